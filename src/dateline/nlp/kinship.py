"""Kin descriptions: "her brother" is a mention of whoever her brother is, as far as
the article says (appositions, relations read back, family names, generations, ages)."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .mention import (PERSONAL_PRONOUNS, Candidate, POSSESSIVE, RANK_WORDS, by_seniority, cluster_gender, describe,
                      doc_text, enclosing_quote, family_name, in_law, full_name, is_person, locate, norm, opens_restriction,
                      person_at, same_family)
from .names import KIN_WORDS


class Kinship:
    """Who is whose relative, as far as the article says, and the kin mentions that follow
    from it: "her brother" is the brother of whoever "her" is. The article names him by
    apposition ("his son, Lee Jae-won", "Lee Jae-won's sister, Lee Soo-ah"), or he is the
    one person of the owner's family name, gender and generation it names."""

    def __init__(self, doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]):
        self.doc, self.clusters = doc, clusters
        self.appositive = {c.start: c for c in cands if c.role}
        self.ending = {c.end: c for c in cands if c.role}  # "then her grandson, Yanis,"
        self.taken = [(c.start, c.end) for c in cands]
        self.known: dict[tuple[int, str], int] = {}
        self.unnamed: dict[tuple[int, str, int], int] = {}
        for owner, word, relative in _named_kin(doc, cands, clusters) + _marriages(doc, cands, clusters):
            self.known[(owner, word)] = relative
        self.unrelated = _declared_unrelated(doc, cands)
        self.cands = cands

    def relative(self, tok: Token, owner: int, quote: tuple[int, int] | None) -> list[Candidate]:
        """The kin mention `tok` starts ("her elder son"), bound to the relative, if any."""
        head, rank = _kin_head(self.doc, tok)
        if head is None:
            return []
        word, end = kin_word(head), head.idx + len(head.text)
        described = self.appositive.get(_begin(tok)) or self.ending.get(end)
        if described is not None:  # "his son, Lee Jae-won": the article says who
            self.known[(owner, word)] = described.cluster
            return []
        if any(a < end and _begin(tok) < b for a, b in self.taken):
            return []
        target = self.known.get((owner, word))
        if target is None and _KIND.get(word) == "parent":
            target = self._siblings_parent(owner, word)
        if target is None and _KIND.get(word) in _SAME_GENERATION:
            target = self._read_back(owner, word)
        if target is None:
            # A namesake the article gave this relative, when the owner can have none.
            guess = self._guess(owner, word, rank)
            found = self._namesake_with(owner, word, tok, guess)
            owner, target = found if found is not None else (owner, guess)
        if target is None:
            # A parent or child read back only when the family names none: a parent's "his
            # son" is the son of the family before one a wrongly bound "his father" made.
            target = self._read_back(owner, word)
        if target is None:
            owner, target = self._misread(tok, owner, word)
        if target is None:
            return [self._unnamed(tok, owner, word, rank, end, quote)]
        return [self._mention(tok, owner, word, end, target, quote)]

    def of_named(self, cands: list[Candidate]) -> list[Candidate]:
        """Kin of a person named just before the possessive: "Ruiz's mother, a retired
        schoolteacher, said ..." is a mention of Ruiz's mother, named or not."""
        out = []
        for cand in cands:
            span = self.doc.char_span(cand.start, cand.end, alignment_mode="expand")
            if (cand.label == "PERSON" and cand.cluster >= 0 and span is not None
                    and span.end < len(self.doc) and self.doc[span.end].text in POSSESSIVE):
                out += self.relative(self.doc[span.end], cand.cluster, enclosing_quote(self.doc, cand.start))
        return out

    def _misread(self, tok: Token, owner: int, word: str) -> tuple[int, int | None]:
        """When the owner is already the one person's relative of this kind, the pronoun
        meant that person: after "Her daughter, Mori Rin, said", a later "her daughter
        said" is Mori Rin again, and its "her" her mother. Returns (owner, relative)."""
        whose = {o for (o, w), rel in self.known.items() if w == word and rel == owner}
        own = tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "own"  # "his own father": his, no misreading
        if len(whose) != 1 or tok.text in POSSESSIVE or own:
            return owner, None
        other = whose.pop()
        _move(self.clusters, [m for m in self.clusters[owner] if m.start == tok.idx], other)
        return other, owner

    def _unnamed(self, tok: Token, owner: int, word: str, rank: int, end: int,
                 quote: tuple[int, int] | None) -> Candidate:
        """A relative the article has not named (yet): one person per owner, kin word and
        rank, known by the relation ("uncle of Tyler Brandt") unless `named_later` finds
        the name."""
        key = (owner, word, rank)
        if key not in self.unnamed:
            self.unnamed[key] = len(self.clusters)
            self.clusters.append([])
        cand = self._mention(tok, owner, word, end, self.unnamed[key], quote)
        self.known.pop((owner, word))
        cand.relation = f"{_RANKED.get(rank, '')}{word} of {full_name(self.clusters[owner])}"
        return cand

    def _their_kin(self) -> None:
        """"Their father, Giorgos Stathakis": the parent of both siblings the article has
        paired ("Her older brother, Nikos Stathakis"), when it paired only two."""
        pairs = {frozenset((o, rel)) for (o, w), rel in self.known.items() if _KIND.get(w) == "sibling" and o != rel}
        if len(pairs) != 1:
            return
        for cand in self.cands:
            word, poss = _apposed_kin(self.doc, cand) or ("", None)
            if poss is not None and poss.lower_ == "their" and _KIND.get(word) == "parent":
                for sibling in next(iter(pairs)):
                    self.known.setdefault((sibling, word), cand.cluster)

    def _siblings_parent(self, owner: int, word: str, besides: int = -1) -> int | None:
        """A sibling's father is one's own: after "her father, Alemu Tesfaye" and "Her
        brother, Dawit Alemu", his "his father" is Alemu Tesfaye."""
        siblings = {rel for (o, w), rel in self.known.items() if o == owner and _KIND.get(w) == "sibling"}
        siblings |= {o for (o, w), rel in self.known.items() if rel == owner and _KIND.get(w) == "sibling"}
        parents = {self.known[(s, word)] for s in siblings if (s, word) in self.known} - {owner, besides}
        return parents.pop() if len(parents) == 1 else None

    def named_later(self) -> None:
        """A relative the article names only further on is that person, with every
        mention the unnamed relative had gathered: "she argued over it with her husband
        ... her husband, Mark, would drive up"."""
        self._their_kin()
        for (owner, word, _), unnamed in self.unnamed.items():
            target = self.known.get((owner, word))
            if (target is None or target == unnamed) and _KIND.get(word) == "parent":
                target = self._siblings_parent(owner, word, besides=unnamed)  # "Their father, Giorgos"
            if target is None or target == unnamed:
                continue
            for m in self.clusters[unnamed]:
                m.cluster, m.relation = target, ""
            self.clusters[target] += self.clusters[unnamed]
            self.clusters[unnamed] = []

    def _mention(self, tok: Token, owner: int, word: str, end: int, target: int,
                 quote: tuple[int, int] | None) -> Candidate:
        self.known[(owner, word)] = target
        cand = Candidate(_begin(tok), end, doc_text(self.doc)[_begin(tok):end], "PERSON", KIN_WORDS[word][0],
                         cluster=target, role=True, aside=quote is not None)
        locate(self.doc, cand)
        self.clusters[target].append(cand)
        return cand

    def _namesake_with(self, owner: int, word: str, tok: Token,
                       guess: int | None) -> tuple[int, int] | None:
        """When the owner can have no such relative (`guess` is None) and exactly one
        namesake is known to have one ("Mr al-Haddad said he would not attend unless his
        daughter asked him": the son named last has no daughter, the father does), the short
        form and pronouns of this sentence were that namesake's: they move to him. Returns
        (the namesake, the relative). Where the owner could have one, nothing moves: that
        guess lost on the cross-document set."""
        own, gender = full_name(self.clusters[owner]), cluster_gender(self.clusters[owner])
        found = {(o, rel) for o, rel in self._relatives(word)
                 if o != owner and is_person(self.clusters[o])
                 and same_family(full_name(self.clusters[o]), own)
                 and cluster_gender(self.clusters[o]) in (None, gender)}
        if len(found) != 1:
            return None
        other, relative = found.pop()
        if guess is not None:
            return None
        sent = tok.sent
        moved = [m for m in self.clusters[owner] if sent.start_char <= m.start < sent.end_char
                 and not m.role and len(m.name.split()) == 1]
        if not any(m.name.lower() not in PERSONAL_PRONOUNS for m in moved):
            return None  # only a short form named in this sentence says who it is
        for m in moved:
            self.clusters[owner].remove(m)
            m.cluster, m.settled = other, True
            self.clusters[other].append(m)
        return other, relative

    def _read_back(self, owner: int, word: str) -> int | None:
        """The one person the article made the owner's converse relative, of the kin
        word's gender: after "The victim's husband, David Kerr", his "his wife" is the
        victim, whatever their family names; after "Mr. Jang's cousin, Jang Eun-ha", her
        "her cousin" is Mr. Jang; after "Ruiz's mother said", the mother's "her daughter"
        is Ruiz."""
        kind = _KIND.get(word)
        if kind is None:
            return None  # an uncle's nephew may be anyone's: `_guess` reads those back by family
        gender = KIN_WORDS[word][0]
        said = list(self.known.items()) + [((o, w), rel) for (o, w, _), rel in self.unnamed.items()]
        found = {o for (o, w), rel in said if rel == owner and _CONVERSE[_KIND.get(w, "")] == kind
                 and (gender is None or cluster_gender(self.clusters[o]) in (None, gender))}
        return found.pop() if len(found) == 1 else None

    def _relatives(self, word: str) -> list[tuple[int, int]]:
        """(person, their relative of kind `word`) as the article states it, directly or
        read back ("her father, X" gives X a daughter)."""
        gender, offset, spouse = KIN_WORDS[word]
        pairs = [(o, rel) for (o, w), rel in self.known.items() if w == word]
        pairs += [(rel, o) for (o, w), rel in self.known.items()
                  if KIN_WORDS[w][1] == -offset and KIN_WORDS[w][2] == spouse
                  and cluster_gender(self.clusters[o]) in (None, gender)]
        return pairs

    def _guess(self, owner: int, word: str, rank: int) -> int | None:
        """The one person named in full who shares the owner's family name and fits the
        kin word's gender and generation; "elder"/"younger" choose between several."""
        gender, offset, _ = KIN_WORDS[word]
        own = full_name(self.clusters[owner])
        if " " not in own or "-in-" in word:  # a relative by marriage has a family name of their own
            return None
        generations = self._generations()
        options = [i for i, c in enumerate(self.clusters) if i != owner and is_person(c)
                   and " " in full_name(c) and same_family(full_name(c), own)
                   and cluster_gender(c) in (None, gender) and not self._other_kin(owner, i, word)
                   and not {i, owner} & self.unrelated
                   and self._fits(owner, i, offset, generations)]
        # "her husband, Chukwudi Eze" makes a later "his wife" her: the relation read back.
        options = [i for i in options if self._inverse(owner, i, word)] or options
        if rank and len(options) > 1:
            return by_seniority(options, self.clusters, rank)
        return options[0] if len(options) == 1 else None

    def _inverse(self, owner: int, other: int, word: str) -> bool:
        """Whether the article made the owner `other`'s relative of the converse kind."""
        _, offset, spouse = KIN_WORDS[word]
        return any(o == other and rel == owner and KIN_WORDS[w][1] == -offset
                   and KIN_WORDS[w][2] == spouse for (o, w), rel in self.known.items())

    def _other_kin(self, owner: int, other: int, word: str) -> bool:
        return any(o == owner and rel == other and w != word for (o, w), rel in self.known.items())

    def _fits(self, owner: int, other: int, offset: int, generations: dict[int, int]) -> bool:
        """Whether `other` can be `offset` generations from the owner: by what the article
        said of the family, else by their ages (a parent is 15 or more years older)."""
        if owner in generations and other in generations:
            return generations[other] - generations[owner] == offset
        ages = [max((m.age for m in self.clusters[i] if m.age is not None), default=None)
                for i in (owner, other)]
        if None in ages:
            return True
        gap = ages[1] - ages[0]
        return gap >= 15 if offset > 0 else gap <= -15 if offset < 0 else abs(gap) < 15

    def _generations(self) -> dict[int, int]:
        """A generation number for everyone the known relations link, relative within
        each family (the first one met is 0)."""
        edges: dict[int, list[tuple[int, int]]] = {}
        for (owner, word), rel in self.known.items():
            edges.setdefault(owner, []).append((rel, KIN_WORDS[word][1]))
            edges.setdefault(rel, []).append((owner, -KIN_WORDS[word][1]))
        gens: dict[int, int] = {}
        for start in edges:
            if start in gens:
                continue
            gens[start], todo = 0, [start]
            while todo:
                here = todo.pop()
                for there, step in edges[here]:
                    if there not in gens:
                        gens[there] = gens[here] + step
                        todo.append(there)
        return gens


_RANKED = {1: "elder ", -1: "younger "}
# "her late husband", "his twin brother", "his only son", "her teenage daughter".
_KIN_MODIFIERS = {"late", "twin", "only", "teenage", "young", "adult", "infant", "newborn", "estranged", "own"}
_BEFORE_KIN = RANK_WORDS.keys() | _KIN_MODIFIERS  # what may stand between a possessive and its kin word
# Kinds of relative, and the kind each is of the other: her mother's daughter is she.
_KIND = {"father": "parent", "mother": "parent", "dad": "parent", "mum": "parent", "mom": "parent",
         "son": "child", "daughter": "child", "grandfather": "grandparent", "grandmother": "grandparent",
         "grandson": "grandchild", "granddaughter": "grandchild", "brother": "sibling",
         "sister": "sibling", "cousin": "cousin", "husband": "spouse", "wife": "spouse",
         "widow": "spouse", "widower": "spouse"}
_SAME_GENERATION = {"sibling", "cousin", "spouse"}
_CONVERSE = {"parent": "child", "child": "parent", "grandparent": "grandchild", "grandchild": "grandparent",
             "sibling": "sibling", "cousin": "cousin", "spouse": "spouse", "": ""}
_WOMEN_HONORIFICS = {"mrs", "ms", "miss"}


def _begin(tok: Token) -> int:
    """Where the kin mention `tok` opens starts: at the pronoun ("her mother"), or after
    a named owner's possessive ("Ruiz's mother")."""
    return tok.doc[tok.i + 1].idx if tok.text in POSSESSIVE else tok.idx


def _kin_head(doc: Doc, tok: Token) -> tuple[Token | None, int]:
    """The kin noun a possessive introduces, and its rank: "her elder son" -> (son, 1).
    Not when a name follows ("her brother Ji-hoon") or the word goes on ("son-in-law")."""
    i, rank = tok.i + 1, 0
    while i < len(doc) and i <= tok.i + 2 and doc[i].lower_ in _BEFORE_KIN:
        rank = rank or RANK_WORDS.get(doc[i].lower_, 0)
        i += 1
    if doc[i:i + 5].text.lower().endswith("-year-old") and doc[i].like_num:
        i += 5  # "her 6-year-old son"
    if i >= len(doc) or doc[i].lower_ not in KIN_WORDS or doc[i].pos_ not in ("NOUN", "PROPN"):
        return None, 0
    if (law := in_law(doc[i])) is not None:
        i = law.i  # "his son-in-law"
    elif doc[i].pos_ != "NOUN":
        return None, 0
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and (nxt.pos_ == "PROPN" or nxt.text in ("-", "–")):
        return None, 0
    return doc[i], rank


def kin_word(head: Token) -> str:
    """The kin word a kin noun ends: "son", or "son-in-law" for the "law" of "son-in-law"."""
    law = in_law(head.doc[head.i - 4]) if head.lower_ == "law" and head.i >= 4 else None
    if law is not None and law.i == head.i:
        first = head.doc[head.i - 4]
        word = f"{first.lower_}-in-law"
        return word if word in KIN_WORDS else ""
    return head.lower_


def _described_as(noun: Token, cands: list[Candidate]) -> Candidate | None:
    """The latest person described by this noun before it ("the victim, Dr. Helen Marsh"
    ... "The victim's husband")."""
    if noun.pos_ != "NOUN":
        return None
    described = [c for c in cands if c.label == "PERSON" and c.cluster >= 0 and c.start < noun.idx
                 and (noun.lower_ in c.described or (c.role and c.name.lower().endswith(" " + noun.lower_)))]
    return max(described, key=lambda c: c.start, default=None)


def _named_kin(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> list[tuple[int, str, int]]:
    """(owner, kin word, relative) for "Lee Jae-won's sister, Lee Soo-ah", "Ms Mai's younger
    brother, Pham Quang Huy", "The victim's husband, David Kerr" (the owner a description
    already bound), "the couple's granddaughter, Magdalena Wójcik" (both of the couple)."""
    ends = {c.end: c for c in cands if c.label == "PERSON" and c.cluster >= 0}
    out = []
    for cand in cands:
        found = _apposed_kin(doc, cand)
        if found is None:
            continue
        word, poss = found
        owner = ends.get(poss.idx) or _described_as(doc[poss.i - 1], cands)
        if word in KIN_WORDS and poss.text in POSSESSIVE and owner is not None:
            out.append((owner.cluster, word, cand.cluster))
        elif word in KIN_WORDS and poss.text in POSSESSIVE and doc[poss.i - 1].lower_ == "couple":
            out += [(spouse, word, cand.cluster) for spouse in _couple(cand.start, cands, clusters)]
    return out


def _apposed_kin(doc: Doc, cand: Candidate) -> tuple[str, Token] | None:
    """For a name after "<possessor> <rank> <kin word>, ", the kin word and the possessor's
    last token: ("sister", "'s") in "Lee Jae-won's sister, Lee Soo-ah", ("father", "Their")
    in "Their father, Giorgos Stathakis"."""
    if cand.label != "PERSON" or cand.role:
        return None
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or span.start < 3 or doc[span.start - 1].text != ",":
        return None
    word = kin_word(doc[span.start - 2])
    at = span.start - (7 if "-in-" in word else 3)  # "Liu's son-in-law, Zhou Lei"
    while at > 0 and doc[at].lower_ in _BEFORE_KIN:  # "younger", "late", "own"
        at -= 1
    return word, doc[at]


_UNRELATED = re.compile(r"\b(?:is|was|are|were)\s+(?:no relation|not related|unrelated)\b")


def _declared_unrelated(doc: Doc, cands: list[Candidate]) -> set[int]:
    """The people the article says are no relation of a namesake ("Chen Kuo-hua, 71, who is
    no relation"; "The two are not related": those of the sentence before): kin words
    never fall to them by their family name."""
    out: set[int] = set()
    names = [c for c in cands if c.label == "PERSON" and not c.role and c.cluster >= 0]
    for sent in doc.sents:
        if not _UNRELATED.search(sent.text):
            continue
        inside = {c.cluster for c in names if sent.start_char <= c.start < sent.end_char}
        before = sent.start and doc[sent.start - 1].sent
        out |= inside or {c.cluster for c in names if before and before.start_char <= c.start < before.end_char}
    return out


def _couple(at: int, cands: list[Candidate], clusters: list[list[Candidate]]) -> list[int]:
    """The couple an article means before `at`: the last man and woman named before it who
    share a family name ("Stanisław Nowak ... Zofia Nowak ... the couple's granddaughter")."""
    named = [c for c in cands if c.label == "PERSON" and not c.role and c.cluster >= 0 and " " in c.name
             and c.start < at]
    for cand in reversed(named):
        gender = cluster_gender(clusters[cand.cluster])
        if gender is None:
            continue
        partner = next((c.cluster for c in reversed(named) if family_name(c.name) == family_name(cand.name)
                        and cluster_gender(clusters[c.cluster]) not in (None, gender)), None)
        if partner is not None:
            return [cand.cluster, partner]
    return []


def _marriages(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> list[tuple[int, str, int]]:
    """(owner, "wife" or "husband", spouse) both ways for "Kowalczyk married Halina
    Zawadzka", by the genders known."""
    out = []
    for verb in (t for t in doc if t.lemma_ == "marry" and t.pos_ == "VERB"):
        a, b = _person_in(verb, ("nsubj",), cands), _person_in(verb, ("dobj",), cands)
        if a is None or b is None or a.cluster == b.cluster:
            continue
        genders = (cluster_gender(clusters[a.cluster]), cluster_gender(clusters[b.cluster]))
        if genders in (("m", "f"), ("m", None), (None, "f")):
            out += [(a.cluster, "wife", b.cluster), (b.cluster, "husband", a.cluster)]
        elif genders in (("f", "m"), ("f", None), (None, "m")):
            out += [(a.cluster, "husband", b.cluster), (b.cluster, "wife", a.cluster)]
    return out


def married_names(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> None:
    """"Kowalczyk married Halina Zawadzka ... Mrs Kowalczyk said": a woman named only by
    "Mrs" and a man's family name, where no woman of that name is named in full, is the
    woman the article says he married. Her short forms and pronouns join her."""
    for verb in (t for t in doc if t.lemma_ == "marry" and t.pos_ == "VERB"):
        husband = _person_in(verb, ("nsubj",), cands)
        wife = _person_in(verb, ("dobj",), cands)
        if husband is None or wife is None or husband.cluster == wife.cluster:
            continue
        family = family_name(full_name(clusters[husband.cluster]))
        women = [i for i, c in enumerate(clusters) if is_person(c) and cluster_gender(c) == "f"
                 and family in norm(full_name(c)).split()]
        named = [i for i in women if " " in full_name(clusters[i])]
        short = [i for i in women if " " not in full_name(clusters[i])]
        # "Mrs Nowicki" put with her husband, the one Nowicki named, as his only namesake
        wrong = [m for m in clusters[husband.cluster] if m.honorific in _WOMEN_HONORIFICS and not m.role]
        if wrong and not named and not short and cluster_gender(clusters[wife.cluster]) != "m":
            _move(clusters, wrong, wife.cluster)
        if named or len(short) != 1 or short[0] == wife.cluster:
            continue
        _move(clusters, list(clusters[short[0]]), wife.cluster)


def maiden_names(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> None:
    """"Dr Halina Wróblewska ... died on Oct. 29. Halina Nowicka was born in Lwów in
    1933": a full name that is the subject of "was born", with the given name of one
    person named earlier under another family name, is her name at birth. The two are one
    person."""
    for verb in (t for t in doc if t.lemma_ == "bear" and any(c.dep_ == "auxpass" for c in t.children)):
        born = _person_in(verb, ("nsubjpass",), cands)
        words = norm(born.name).split() if born is not None else []
        if born is None or len(words) != 2 or born.role:
            continue
        earlier = {c.cluster for c in cands if c.label == "PERSON" and not c.role and c.start < born.start
                   and c.cluster != born.cluster and len(norm(c.name).split()) >= 2
                   and norm(c.name).split()[0] == words[0] and norm(c.name).split()[-1] != words[-1]
                   and cluster_gender(clusters[c.cluster]) != "m"}
        if len(earlier) != 1 or any(m.start < born.start for m in clusters[born.cluster]):
            continue
        _move(clusters, list(clusters[born.cluster]), earlier.pop())


def _move(clusters: list[list[Candidate]], mentions: list[Candidate], target: int) -> None:
    """Moves mentions from their clusters to cluster `target`."""
    for m in mentions:
        clusters[m.cluster].remove(m)
        m.cluster = target
        clusters[target].append(m)


def _person_in(verb: Token, deps: tuple[str, ...], cands: list[Candidate]) -> Candidate | None:
    tok = next((c for c in verb.children if c.dep_ in deps), None)
    if tok is None and "dobj" in deps and verb.i + 1 < len(verb.doc):
        tok = verb.doc[verb.i + 1]  # "married Maria Aparecida dos Santos", the parse broken by "dos"
    return person_at(tok, cands) if tok is not None else None


_CHILD_NOUNS = {"boy": "m", "girl": "f", "child": None, "toddler": None, "baby": None}


def children_described(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> list[Candidate]:
    """"the boy", "the child" that no earlier rule bound is the one son or daughter the
    article speaks of without naming them ("took her 6-year-old son to Mexico ... The boy,
    now 8, lives with his father"), when there is one whose gender fits."""
    kids = {c.cluster: c.gender for c in cands if c.cluster >= 0 and c.relation.split(" ")[0] in ("son", "daughter")}
    taken = [(c.start, c.end) for c in cands]
    out = []
    for tok in doc[1:]:
        det = doc[tok.i - 1]
        if det.lower_ != "the" or tok.lower_ not in _CHILD_NOUNS:
            continue
        end = tok.idx + len(tok.text)
        if opens_restriction(tok) or any(a < end and det.idx < b for a, b in taken):
            continue
        fits = [k for k, g in kids.items() if _CHILD_NOUNS[tok.lower_] in (None, g)]
        if len(fits) == 1:
            out.append(describe(doc, det.idx, end, fits[0], clusters))
            locate(doc, out[-1])
    return out
