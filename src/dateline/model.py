"""Plain dataclasses at the library boundary: what goes in and what comes out.

`Document.to_dict()` produces the analysed-document JSON contract
(`docs/document-json.md`); `Document.from_dict()` reads it back.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Article:
    """One dated article as read from a source, before analysis."""

    text: str
    date: str  # ISO YYYY-MM-DD
    id: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None  # where it was read from: "file.jsonl:12"


@dataclass
class Caption:
    start: int
    end: int
    text: str
    credit: str | None = None


@dataclass
class Mention:
    start: int
    end: int
    text: str


@dataclass
class Entity:
    id: str
    name: str
    type: str
    mentions: list[Mention] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)  # "President", "Mr", ...
    gender: str | None = None  # "m", "f" or None
    # The country whose government a seat acting in the text stands for: "Pyongyang said".
    stands_for: str | None = None
    # Known only by description ("uncle of Tyler Brandt"): kept to its article in the store.
    described: bool = False


@dataclass
class Cue:
    start: int
    end: int
    text: str


@dataclass
class Speaker:
    entity: str | None
    name: str
    start: int
    end: int
    text: str


@dataclass
class Quote:
    start: int
    end: int
    text: str
    kind: str  # direct | indirect | mixed
    cue: Cue | None = None
    speaker: Speaker | None = None
    pieces: list[list[int]] | None = None
    date: str | None = None  # when it was said: a timex in the cue's clause, else the article date


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str


@dataclass
class Event:
    start: int
    end: int
    text: str
    type: str
    actor: str | None
    target: str | None
    date: str
    sentence: dict[str, int] = field(default_factory=dict)


@dataclass
class Document:
    id: str
    date: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    paragraphs: list[list[int]] = field(default_factory=list)  # [start, end] of each
    captions: list[Caption] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The contract JSON object; optional fields left out when empty."""
        out = asdict(self)
        for key in ("title", "url", "source"):
            if out[key] is None:
                del out[key]
        for quote in out["quotes"]:
            for key in ("pieces", "date"):
                if quote[key] is None:
                    del quote[key]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Document":
        def quote(q: dict[str, Any]) -> Quote:
            cue = Cue(**q["cue"]) if q.get("cue") else None
            speaker = Speaker(**q["speaker"]) if q.get("speaker") else None
            return Quote(q["start"], q["end"], q["text"], q["kind"], cue, speaker, q.get("pieces"), q.get("date"))

        def entity(e: dict[str, Any]) -> Entity:
            mentions = [Mention(**m) for m in e.get("mentions", [])]
            return Entity(e["id"], e["name"], e["type"], mentions, e.get("titles", []), e.get("gender"))

        return cls(
            id=data["id"], date=data["date"], text=data["text"], title=data.get("title"),
            url=data.get("url"), source=data.get("source"),
            paragraphs=[list(p) for p in data.get("paragraphs", [])],
            captions=[Caption(**c) for c in data.get("captions", [])],
            entities=[entity(e) for e in data.get("entities", [])],
            quotes=[quote(q) for q in data.get("quotes", [])],
            timexes=[Timex(**t) for t in data.get("timexes", [])],
            events=[Event(**e) for e in data.get("events", [])],
        )
