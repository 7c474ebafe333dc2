"""Anchoring to the calendar: the date a clause is about. Used by events and quotes."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .syntax import clause_verb

_ANCHOR_TYPES = ("DATE", "TIME")
_VAGUE = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")


def anchor_date(doc: Doc, verb: Token) -> str:
    """The value of a timex in the verb's clause, else the article date."""
    sent = verb.sent
    for timex in doc._.timexes or []:
        if not (sent.start_char <= timex.start < sent.end_char) or timex.type not in _ANCHOR_TYPES:
            continue
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if timex.value not in _VAGUE and span is not None and _owns(verb, clause_verb(span.root)):
            return timex.value
    return doc._.dct.isoformat()


def _owns(verb: Token, governor: Token) -> bool:
    """The timex's clause is the verb's, an infinitive it governs ("invited him to sit ...
    last month"), or the verb it is coordinated with ("visited X today and met Y")."""
    return (governor.i == verb.i
            or (governor.dep_ == "xcomp" and governor.head.i == verb.i)
            or (verb.dep_ == "conj" and verb.head.i == governor.i))
