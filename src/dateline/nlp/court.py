"""People in court reports: "the defendant" and "the accused" are the person the article
puts on trial (a lawyer's "his client" is in relations)."""
from __future__ import annotations

from spacy.tokens import Doc

from .mention import Candidate, continues, describe


_DEFENDANT_WORDS = {"defendant", "accused"}
# Verbs whose patient is a criminal case's defendant ("was charged", "jailed Mr Lee").
_CASE_VERBS = {"charge", "convict", "sentence", "jail", "acquit", "indict", "accuse", "imprison",
               "prosecute", "arrest", "try", "extradite", "detain", "find"}
# "denies 11 counts", "faces charges", "has pleaded not guilty".
_CASE_OBJECTS = {"charge", "count", "allegation", "accusation", "offence", "offense", "wrongdoing"}


def case_roles(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> list[Candidate]:
    """"the defendant" and "the accused" are the person the article puts on trial: the
    one named or described as charged, convicted, jailed, on trial or pleading to a charge, the one said
    so most often before the description ("A federal jury found Travis Keller guilty ...
    The defendant faces ...")."""
    taken = [(c.start, c.end) for c in cands]
    cued = [c for c in cands if c.label == "PERSON" and c.cluster >= 0 and _on_trial(doc, c)]
    out = []
    for tok in doc[1:]:
        det = doc[tok.i - 1]
        if det.lower_ != "the" or tok.lower_ not in _DEFENDANT_WORDS or continues(doc, tok):
            continue
        end = tok.idx + len(tok.text)
        if any(a < end and det.idx < b for a, b in taken):
            continue
        holder = _case_party(cued, det.idx)
        if holder is not None:
            out.append(describe(doc, det.idx, end, holder, clusters))
    return out


def _case_party(cued: list[Candidate], at: int) -> int | None:
    """The person said to be on trial most often before `at` (the latest on a tie), else
    the first said so after it."""
    before = [c for c in cued if c.start < at]
    if not before:
        return cued[0].cluster if cued else None
    counts = {c.cluster: sum(d.cluster == c.cluster for d in before) for c in before}
    return max(reversed(before), key=lambda c: counts[c.cluster]).cluster


def _on_trial(doc: Doc, cand: Candidate) -> bool:
    """Whether the sentence names this person as a criminal case's defendant."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None:
        return False
    root, head = span.root, span.root.head
    if root.dep_ in ("nsubjpass", "dobj") and head.lemma_ in _CASE_VERBS:
        return head.lemma_ != "find" or any(t.lower_ == "guilty" for t in head.subtree)
    if root.dep_ == "nsubj" and head.lemma_ == "plead":
        return True
    if root.dep_ == "nsubj" and head.lemma_ in ("deny", "face", "admit"):
        return any(t.dep_ == "dobj" and t.lemma_ in _CASE_OBJECTS for t in head.children)
    trial = head if root.dep_ == "poss" else head.head if root.dep_ == "pobj" and head.lower_ == "of" else None
    return trial is not None and trial.lemma_ == "trial"
