"""Events: actor - action - target, anchored to a date.

`extract_events(doc)` is pure over a parsed Doc carrying entities and timexes; the
`dateline_events` component attaches it. A verb is an event when its subject resolves to
an entity and it either has an entity as object or is a known event verb. The date is the
timex governed by the verb (else the nearest in its sentence), else the article date.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..model import Event
from ..segment import inside
from . import extensions  # noqa: F401
from .component import Component
from .cues import EVENT_VERBS, NON_EVENT_VERBS
from .anchor import anchor_date
from .syntax import MentionIndex, subject_of

_OBJECTS = ("dobj", "attr", "oprd")


@Language.factory("dateline_events", assigns=["doc._.events"],
                  requires=["doc._.entities", "doc._.timexes", "token.dep"])
def make_events(nlp: Language, name: str) -> "EventExtractor":
    return EventExtractor()


class EventExtractor(Component):
    attribute = "events"

    def extract(self, doc: Doc) -> list[Event]:
        return extract_events(doc)


def extract_events(doc: Doc) -> list[Event]:
    """Events in body text (captions and quotations are not reported events)."""
    index = MentionIndex(doc)
    skip = [(c.start, c.end) for c in doc._.captions or []] + list(doc._.quoted or [])
    events = []
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() in NON_EVENT_VERBS or inside(skip, tok.idx, tok.idx + 1):
            continue
        event = _event(doc, tok, index)
        if event is not None:
            events.append(event)
    return events


def _event(doc: Doc, verb: Token, index: MentionIndex) -> Event | None:
    actor, target = _participants(verb, index)
    if actor is None or actor == target:
        return None
    if target is None and verb.lemma_.lower() not in EVENT_VERBS:
        return None
    sent = verb.sent
    return Event(verb.idx, verb.idx + len(verb.text), verb.text, verb.lemma_.lower(), actor, target,
                 anchor_date(doc, verb), {"start": sent.start_char, "end": sent.end_char})


def _participants(verb: Token, index: MentionIndex) -> tuple[str | None, str | None]:
    """(actor, target) entity ids; a passive subject is the target, its agent the actor."""
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if passive:
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return _entity(agents[0] if agents else None, index), _entity(passive[0], index)
    actor = _entity(subject_of(verb), index)
    return actor, _entity(_object(verb), index) or _entity_within(_object(verb), index)


def _object(verb: Token) -> Token | None:
    objects = [c for c in verb.children if c.dep_ in _OBJECTS]
    if objects:
        return objects[0]
    # "met with Mr Park", "visited to Busan": the object of the first preposition.
    for prep in (c for c in verb.rights if c.dep_ == "prep"):
        pobjs = [g for g in prep.children if g.dep_ == "pobj"]
        if pobjs:
            return pobjs[0]
    return None


def _entity_within(tok: Token | None, index: MentionIndex) -> str | None:
    """An entity named inside the object phrase ("visited the Hanbit Marine shipyard"),
    not inside a clause attached to it."""
    if tok is None:
        return None
    for child in tok.lefts:
        if child.dep_ in ("compound", "poss", "amod", "nmod"):
            found = index.token(child)
            if found:
                return found[0]
    return None


def _entity(tok: Token | None, index: MentionIndex) -> str | None:
    found = index.phrase(tok)
    return found[0] if found else None
