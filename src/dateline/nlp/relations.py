"""Relations between people that the article states, and the mentions that follow from
them: once it says "His lawyer, Tomás Vidal," a lawyer's "his client" is the one he acts
for; once it says "His rival, Chukwudi Nwachukwu," the candidate's "his opponent" is him,
and Mr Nwachukwu's "his opponent" is the candidate. A rival or partner it never names is
the one other person it names clearly most often ("after a dispute with her co-founder")."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .mention import Candidate, describe, locate, most_named_besides, names_entity, person_at

LAWYER_WORDS = {"lawyer", "attorney", "barrister", "solicitor", "counsel", "advocate"}
# A relational noun -> the relation it names, and the one the other person has back
# (None: not known from this side, as a client's lawyer may be an agent).
RELATIONS: dict[str, tuple[str, str | None]] = {w: ("lawyer", "client") for w in LAWYER_WORDS} | {
    "agent": ("agent", "client"), "client": ("client", None),
    "rival": ("rival", "rival"), "opponent": ("rival", "rival"), "challenger": ("rival", "rival"),
    "teammate": ("teammate", "teammate"), "partner": ("partner", "partner"),
    "co-founder": ("partner", "partner"), "cofounder": ("partner", "partner"),
    # Stated by apposition ("her predecessor, Ximena Rojas"); by a verb ("who succeeded
    # Layla Haddad") in succession.py.
    "predecessor": ("predecessor", "successor"), "successor": ("successor", "predecessor"),
    "boss": ("boss", "aide"), "aide": ("aide", "boss"), "deputy": ("aide", "boss"),
}
# Words that may stand between the possessive and the noun: "his former partner".
_MODIFIERS = {"former", "longtime", "long-time", "old", "fellow", "closest", "close", "main", "chief",
              "top", "nearest", "new", "erstwhile"}


class Relations:
    """Who is whose lawyer, rival, partner, ... as the article says by apposition ("His
    lawyer, Ibrahim Musa", "Mr. Keller's rival, Michael Sorensen", "Daniel Okoro, his
    barrister"), and the mentions that follow ("his client", "my opponent")."""

    def __init__(self, doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]):
        self.doc, self.clusters = doc, clusters
        self.people = [c for c in cands if c.label == "PERSON" and names_entity(c)]
        self.taken = [(c.start, c.end) for c in cands]
        self.known: dict[tuple[int, str], int] = {}  # (person's cluster, relation) -> cluster
        for tok in doc:
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            if tok.lower_ in RELATIONS and poss is not None:
                owner = self._person_at(poss) or self._described(poss)
                if owner is not None:
                    self.learn(poss, owner.cluster)

    def learn(self, poss: Token, owner: int) -> None:
        """Records the relation the possessive `poss` (meaning `owner`) names by apposition."""
        noun = _noun(poss)
        if noun is None:
            return
        other = self._apposed(noun)
        if other is None or other == owner:
            return
        relation, back = RELATIONS[_word(noun)]
        self.known.setdefault((owner, relation), other)
        if back is not None:
            self.known.setdefault((other, back), owner)

    def mention(self, tok: Token, owner: int, quote: tuple[int, int] | None) -> list[Candidate]:
        """The mention "his client" or "my former partner" that `tok` (a possessive meaning
        `owner`) starts, when the article has said who that is."""
        noun = _noun(tok)
        if noun is None or self._apposed(noun) is not None:
            return []
        relation, end = RELATIONS[_word(noun)][0], noun.idx + len(noun.text)
        target = self.known.get((owner, relation))
        if target is None and relation in ("rival", "partner"):
            # A contest's or a partnership's other side, when the article never said whose
            # rival or partner is whose ("after a dispute with her co-founder").
            target = most_named_besides(self.clusters, owner)
        if target is None or target == owner or any(a < end and tok.idx < b for a, b in self.taken):
            return []
        cand = describe(self.doc, tok.idx, end, target, self.clusters)
        cand.aside = quote is not None
        locate(self.doc, cand)
        self.taken.append((cand.start, cand.end))
        return [cand]

    def _apposed(self, word: Token) -> int | None:
        """The person named in apposition to a relational noun, either way round."""
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


def _word(noun: Token) -> str:
    """The relational word a noun ends: "co-founder" for "founder" after "co" "-"."""
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and doc[noun.i - 2].lower_ == "co":
        return "co-" + noun.lower_
    return noun.lower_


def _noun(poss: Token) -> Token | None:
    """The relational noun a possessive governs, with at most two modifiers between them;
    "founder" of "her co-founder", which the parser hangs on "co"."""
    head = poss.head
    if head.lower_ == "co" and head.i + 2 < len(poss.doc) and poss.doc[head.i + 1].text == "-":
        head = poss.doc[head.i + 2]
        return head if _word(head) in RELATIONS and head.i - poss.i <= 5 else None
    if poss.dep_ != "poss" or head.lower_ not in RELATIONS or not 0 < head.i - poss.i <= 3:
        return None
    between = poss.doc[poss.i + 1:head.i]
    return head if all(t.lower_ in _MODIFIERS or t.tag_ == "POS" for t in between) else None
