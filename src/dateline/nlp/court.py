"""People in court reports: "the defendant" and "the accused" are the person the article
puts on trial, and a lawyer's "his client" is the one the article says the lawyer acts for."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .mention import Candidate, continues, describe, locate, names_entity, person_at


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


_LAWYER_WORDS = {"lawyer", "attorney", "barrister", "solicitor", "counsel", "advocate"}


class Counsel:
    """Who is whose lawyer, as the article says ("His lawyer, Ibrahim Musa", "Mr. Keller's
    lawyer, Michael Sorensen", "Daniel Okoro, his barrister"), and the client mentions that
    follow: "his client" and a lawyer's own "my client" are the one the lawyer acts for."""

    def __init__(self, doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]):
        self.doc, self.clusters = doc, clusters
        self.people = [c for c in cands if c.label == "PERSON" and names_entity(c)]
        self.taken = [(c.start, c.end) for c in cands]
        self.client_of: dict[int, int] = {}  # lawyer's cluster -> client's cluster
        for tok in doc:
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            if tok.lower_ in _LAWYER_WORDS and poss is not None:
                client = self._person_at(poss) or self._described(poss)
                if client is not None:
                    self.learn(poss, client.cluster)

    def learn(self, poss: Token, owner: int) -> None:
        """Records that `owner` (whom the possessive `poss` means) has the lawyer it names."""
        lawyer = self._lawyer(poss.head) if poss.dep_ == "poss" and poss.head.lower_ in _LAWYER_WORDS else None
        if lawyer is not None and lawyer != owner:
            self.client_of[lawyer] = owner

    def client(self, tok: Token, owner: int, quote: tuple[int, int] | None) -> list[Candidate]:
        """The mention "his client" that `tok` (a possessive meaning `owner`) starts."""
        head = tok.head
        if tok.dep_ != "poss" or head.lower_ != "client" or head.i != tok.i + 1:
            return []
        target, end = self.client_of.get(owner), head.idx + len(head.text)
        if target is None or any(a < end and tok.idx < b for a, b in self.taken):
            return []
        cand = describe(self.doc, tok.idx, end, target, self.clusters)
        cand.aside = quote is not None
        locate(self.doc, cand)
        self.taken.append((cand.start, cand.end))
        return [cand]

    def _lawyer(self, word: Token) -> int | None:
        """The person named in apposition to a lawyer word, either way round."""
        for tok in [c for c in word.children if c.dep_ == "appos"] + ([word.head] if word.dep_ == "appos" else []):
            person = self._person_at(tok)
            if person is not None:
                return person.cluster
        return None

    def _described(self, noun: Token) -> Candidate | None:
        """"The professor's lawyer": the latest person before it titled or described so."""
        if noun.pos_ != "NOUN":
            return None
        word = noun.lower_
        known = [c for c in self.people if c.start < noun.idx and (
            word in c.described or any(word in t.lower().split() for t in c.titles))]
        return max(known, key=lambda c: c.start, default=None)

    def _person_at(self, tok: Token) -> Candidate | None:
        return person_at(tok, self.people)
