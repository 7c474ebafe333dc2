"""Who took over from whom: "her predecessor" is the person the article says she
replaced or succeeded, and "his successor" the one who replaced him."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .mention import Candidate, POSSESSIVE, describe, enclosing_quote, quoted_speaker

_VERBS = {"replace", "succeed"}
_NOUNS = {"predecessor": -1, "successor": 1}


def successions(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> list[Candidate]:
    """Mentions "her predecessor", "my successor", "Haddad's successor", bound once the
    article has said who replaced whom ("Her deputy, Priya Chandrasekhar, was elected to
    replace her", "Rania Aziz, who succeeded Layla Haddad", "Haddad was replaced by Aziz").
    Runs after pronouns are bound, which the relation often needs."""
    people = [c for c in cands if c.label == "PERSON" and c.cluster >= 0]
    nouns = [t for t in doc if t.lower_ in _NOUNS and t.i > 0]
    if not nouns:
        return []
    pairs = [pair for verb in doc if verb.lemma_ in _VERBS and verb.pos_ == "VERB"
             for pair in [_succession(verb, people)] if pair is not None]
    taken = [(c.start, c.end) for c in cands]
    out = []
    for tok in nouns:
        if any(a < tok.idx + len(tok) and tok.idx < b for a, b in taken):
            continue
        owner, start = _owner(doc, tok, people)
        if owner is None:
            continue
        later = _NOUNS[tok.lower_] > 0
        found = {new if later else old for new, old in pairs if (old if later else new) == owner}
        if len(found) == 1:
            out.append(describe(doc, start, tok.idx + len(tok.text), found.pop(), clusters))
    return out


def _succession(verb: Token, people: list[Candidate]) -> tuple[int, int] | None:
    """(newcomer, the one replaced) for a "replace" or "succeed" verb, by cluster."""
    deps = {c.dep_: c for c in verb.children}
    if "agent" in deps:  # "Haddad was replaced by Aziz"
        agent = next((c for c in deps["agent"].children if c.dep_ == "pobj"), None)
        new, old = agent, deps.get("nsubjpass")
    else:
        new, old = deps.get("nsubj"), deps.get("dobj")
        head = verb
        while new is None and head.dep_ in ("xcomp", "advcl") and head.head is not head:
            head = head.head  # "X was elected to replace her"
            new = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if new is not None and new.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            new = verb.head  # "Rania Aziz, who succeeded Layla Haddad"
    pair = [_cluster_at(t, people) if t is not None else None for t in (new, old)]
    if None in pair or pair[0] == pair[1]:
        return None
    return pair[0], pair[1]


def _cluster_at(tok: Token, people: list[Candidate]) -> int | None:
    """The person a token stands for: the mention covering it, else its apposition's."""
    for t in [tok] + [c for c in tok.children if c.dep_ == "appos"]:
        hit = next((c.cluster for c in people if c.start <= t.idx < c.end), None)
        if hit is not None:
            return hit
    return None


def _owner(doc: Doc, noun: Token, people: list[Candidate]) -> tuple[int | None, int]:
    """Whose predecessor: "her"/"his" as bound, "my" the one quoted, "Haddad's" the name;
    with where the mention starts."""
    i = noun.i - 1
    while i > 0 and doc[i].lower_ in ("former", "immediate", "late", "eventual", "new", "own"):
        i -= 1
    poss = doc[i]
    if poss.lower_ == "my":
        quote = enclosing_quote(doc, poss.idx)
        return (quoted_speaker(doc, quote, people) if quote else None), poss.idx
    if poss.text in POSSESSIVE and i > 0:
        return _cluster_at(doc[i - 1], people), next(
            (c.start for c in people if c.start <= doc[i - 1].idx < c.end), poss.idx)
    if poss.lower_ in ("his", "her", "their"):
        return next((c.cluster for c in people if c.start == poss.idx), None), poss.idx
    return None, poss.idx
