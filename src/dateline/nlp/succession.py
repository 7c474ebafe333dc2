"""Who took over from whom: "her predecessor" is the person the article says she
replaced or succeeded, and "his successor" the one who replaced him."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .mention import Candidate, POSSESSIVE, describe, enclosing_quote, person_at, quoted_speaker
from .names import TITLES
from .syntax import own_subject

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
    if not pairs:
        pairs = _one_leaves_one_comes(doc, people)
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
            new = own_subject(head)
        if new is not None and new.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            new = verb.head  # "Rania Aziz, who succeeded Layla Haddad"
    pair = [_cluster_at(t, people) if t is not None else None for t in (new, old)]
    if None in pair or pair[0] == pair[1]:
        return None
    return pair[0], pair[1]


def _cluster_at(tok: Token, people: list[Candidate]) -> int | None:
    """The person a token stands for: the mention covering it, else its apposition's."""
    for t in [tok] + [c for c in tok.children if c.dep_ == "appos"]:
        hit = person_at(t, people)
        if hit is not None:
            return hit.cluster
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


_TAKING_OVER = {"elect", "appoint", "name", "choose", "select", "promote", "install"}
_LEAVING = {"resign", "retire", "quit"}
_LEAVING_BY_OTHERS = {"remove", "oust", "dismiss", "fire", "sack", "depose", "unseat"}


def newcomers(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> list[Candidate]:
    """"the new chairwoman", "The mayor-elect": the person the article last said was elected,
    appointed or named to a post, or takes it over ("has been elected mayor", "would take
    over immediately", "will now take on both roles"), when the noun is a title."""
    people = [c for c in cands if c.label == "PERSON" and c.cluster >= 0]
    taken = [(c.start, c.end) for c in cands]
    out = []
    for tok in doc[2:]:
        found = _new_title(doc, tok)
        if found is None:
            continue
        start, end = found
        if any(a < end and start < b for a, b in taken):
            continue
        holder = _last_newcomer(doc, start, people)
        if holder is not None:
            out.append(describe(doc, start, end, holder, clusters))
            taken.append((start, end))
    return out


def _new_title(doc: Doc, tok: Token) -> tuple[int, int] | None:
    """The span of "the new chief executive" (found at its last word) or "the mayor-elect"
    (at "elect")."""
    if tok.lower_ != "elect" and tok.lower_ not in TITLES:
        return None  # most tokens: no neighbour looked at
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if tok.lower_ == "elect" and doc[tok.i - 1].text == "-":
        first = tok.i - 1
    elif tok.lower_ in TITLES and tok.is_lower and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN")):
        first = tok.i
    else:
        return None
    while first > 0 and doc[first - 1].lower_ in TITLES and doc[first - 1].is_lower:
        first -= 1  # "chief" of "chief executive"
    if tok.lower_ != "elect":
        if first < 2 or doc[first - 1].lower_ not in ("new", "incoming"):
            return None
        first -= 1
    if first < 1 or doc[first - 1].lower_ != "the" or first >= tok.i:
        return None
    return doc[first - 1].idx, tok.idx + len(tok.text)


def _last_newcomer(doc: Doc, before: int, people: list[Candidate]) -> int | None:
    """The cluster of the latest person before `before` said to take up a post."""
    found = [cluster for at, cluster in _moves(doc, people, _taking_over) if at < before]
    return found[-1] if found else None


def _one_leaves_one_comes(doc: Doc, people: list[Candidate]) -> list[tuple[int, int]]:
    """(newcomer, the one who left) where the article has one of each: "Pham Van Duc will
    step down as chairman ... Pham Thi Mai will now take on both roles"."""
    comes = {cluster for _, cluster in _moves(doc, people, _taking_over)}
    leaves = {cluster for _, cluster in _moves(doc, people, _leaving)}
    if len(comes) == 1 and len(leaves) == 1 and comes != leaves:
        return [(comes.pop(), leaves.pop())]
    return []


def _moves(doc: Doc, people: list[Candidate], who_moves) -> list[tuple[int, int]]:
    """(offset, cluster) of each person a verb says takes up or leaves a post."""
    out = []
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        who = who_moves(verb)
        cluster = _cluster_at(who, people) if who is not None else None
        if cluster is not None:
            out.append((verb.idx, cluster))
    return out


def _taking_over(verb: Token) -> Token | None:
    """"X has been elected mayor", "the board named X", "X would take over", "X ... will now
    take on both roles"."""
    deps = {c.dep_: c for c in verb.children}
    if verb.lemma_ in _TAKING_OVER:
        return deps.get("nsubjpass") if "auxpass" in deps else deps.get("dobj")
    if verb.lemma_ == "take" and any(c.dep_ == "prt" and c.lower_ in ("over", "on") for c in verb.children):
        return deps.get("nsubj") or (own_subject(verb.head) if verb.dep_ == "conj" else None)
    return None


def _leaving(verb: Token) -> Token | None:
    """"X will step down", "X resigned", "X has been removed as chief executive", "the board
    ousted X"."""
    deps = {c.dep_: c for c in verb.children}
    if verb.lemma_ in _LEAVING_BY_OTHERS:
        return deps.get("nsubjpass") if "auxpass" in deps else deps.get("dobj")
    if verb.lemma_ in _LEAVING or verb.lemma_ == "step" and any(
            c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
        return deps.get("nsubj") or (own_subject(verb.head) if verb.dep_ == "conj" else None)
    return None

