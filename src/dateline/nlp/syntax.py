"""Small helpers over a parsed Doc shared by the quote, event and entity extractors."""
from __future__ import annotations

from spacy.tokens import Doc, Token

SUBJECTS = ("nsubj", "nsubjpass")
RELATIVE_PRONOUNS = {"who", "which", "that"}
PERSONAL_PRONOUNS = {"he", "she", "they", "i", "we", "you"}


class MentionIndex:
    """Char offset -> (entity id, entity name), over `doc._.entities`."""

    def __init__(self, doc: Doc):
        self.spans = [(m.start, m.end, e.id, e.name) for e in doc._.entities or [] for m in e.mentions]

    def at(self, start: int, end: int) -> tuple[str, str] | None:
        for s, e, eid, name in self.spans:
            if s < end and start < e:
                return eid, name
        return None

    def token(self, tok: Token | None) -> tuple[str, str] | None:
        return None if tok is None else self.at(tok.idx, tok.idx + len(tok.text))

    def phrase(self, head: Token | None) -> tuple[str, str] | None:
        """The entity a noun phrase names: its head, else a name in apposition to it
        ("the transport minister, Funke Adeyemi"; "the economist Chidi Okafor")."""
        found = self.token(head)
        if found is None and head is not None and head.pos_ in ("NOUN", "PROPN"):
            for child in head.rights:
                if child.dep_ in ("appos", "compound", "flat", "npadvmod") and child.pos_ == "PROPN":
                    found = self.token(child)
                    if found:
                        break
        return found


def own_subject(verb: Token) -> Token | None:
    """The verb's own subject, if it has one (none inherited: see `subject_of`)."""
    return next((c for c in verb.children if c.dep_ in SUBJECTS), None)


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, inherited from the verb it is coordinated with when it has none."""
    if (verb.dep_ == "acl" and verb.head.i < verb.i and verb.head.dep_ in ("nsubj", "ROOT")
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)):
        # "the mission called him ..." misparsed as a reduced relative: the noun is the subject.
        return verb.head
    if _trailing_participle(verb):
        # "Trump argued that a database would help, saying it's ...": a participle after a
        # comma shares the subject of the nearest verb above it that a person or
        # organisation did, wherever the parse hung it.
        return _agentive_subject_above(verb)
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if subjects and verb.dep_ == "relcl" and subjects[0].lower_ in RELATIVE_PRONOUNS:
            return verb.head  # "Sarah Whitfield, who met Mr Park": the antecedent
        if subjects:
            return subjects[0]
        if verb.dep_ == "pcomp" and verb.head.head.i != verb.head.i:
            verb = verb.head.head  # "punctuated his list by saying ...": the preposition's verb
            continue
        if verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def token_at_or_after(doc: Doc, char: int) -> Token | None:
    """The token covering `char`, or the first one after it."""
    span = doc.char_span(char, min(char + 1, len(doc.text)), alignment_mode="expand")
    if span is not None and len(span):
        return span[0]
    following = [t for t in doc if t.idx >= char]
    return following[0] if following else None


def clause_verb(tok: Token) -> Token:
    """The nearest verb at or above the token: the clause it belongs to."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _trailing_participle(verb: Token) -> bool:
    return (verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == ","
            and not any(c.dep_ in SUBJECTS for c in verb.children) and verb.sent.root.i != verb.i)


def _agentive_subject_above(verb: Token) -> Token | None:
    fallback = None
    while verb.head.i != verb.i:
        verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if subjects and (subjects[0].pos_ == "PROPN" or subjects[0].lower_ in PERSONAL_PRONOUNS):
            return subjects[0]
        fallback = fallback or (subjects[0] if subjects else None)
    return fallback
