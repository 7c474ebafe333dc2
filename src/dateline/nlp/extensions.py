"""Every Doc extension Dateline uses, declared once.

Values are plain data (dataclasses from `dateline.model`, tuples, dates) so that docs
survive `nlp.pipe(n_process=...)` serialisation.
"""
from __future__ import annotations

from spacy.tokens import Doc

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
