"""Every Doc extension Dateline uses, declared once.

Values are plain data (dataclasses from `dateline.model`, tuples, dates) so that docs
survive `nlp.pipe(n_process=...)` serialisation.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import fields, is_dataclass
from typing import Any

import srsly
from spacy.tokens import Doc

from .. import model

# name -> default. Lists use a getter-free default of None; components always set them.
DOC_EXTENSIONS: dict[str, object] = {
    "dct": None,          # datetime.date: the article date, set before the pipeline runs
    "paragraphs": None,   # list[tuple[int, int]]: char spans of paragraphs
    "captions": None,     # list[model.Caption]: photo captions and credits
    "quoted": None,       # list[tuple[int, int]]: spans between quotation marks
    "entities": None,     # list[model.Entity]: resolved in-document entities
    "timexes": None,      # list[model.Timex]
    "quotes": None,       # list[model.Quote]
    "events": None,       # list[model.Event]
}


def register_extensions() -> None:
    """Declare the Doc extensions; safe to call many times."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()


# nlp.pipe(n_process > 1) ships Docs between processes with msgpack, which knows neither
# dates nor dataclasses: teach it both, tagged so that decoding rebuilds the same values.
_DATE, _CLASS = "__dateline_date__", "__dateline_class__"


@srsly.msgpack_encoders("dateline")
def _encode(obj: Any, chain: Any = None) -> Any:
    if isinstance(obj, dt.date):
        return {_DATE: obj.isoformat()}
    if is_dataclass(obj) and getattr(model, type(obj).__name__, None) is type(obj):
        # Field values stay as they are, so nested dataclasses are encoded in turn.
        return {_CLASS: type(obj).__name__, "fields": {f.name: getattr(obj, f.name) for f in fields(obj)}}
    return obj if chain is None else chain(obj)


@srsly.msgpack_decoders("dateline")
def _decode(obj: Any, chain: Any = None) -> Any:
    if isinstance(obj, dict) and _DATE in obj:
        return dt.date.fromisoformat(obj[_DATE])
    if isinstance(obj, dict) and _CLASS in obj:
        return getattr(model, obj[_CLASS])(**obj["fields"])
    return obj if chain is None else chain(obj)
