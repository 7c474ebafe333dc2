"""The shape every Dateline component shares: run a pure function, attach its result."""
from __future__ import annotations

from typing import Any, Callable

from spacy.tokens import Doc
from spacy.util import raise_error

ErrorHandler = Callable[[str, Any, list[Doc], Exception], None]


class Component:
    """Calls `extract(doc)` and stores the result on `doc._.<attribute>`.

    spaCy's `nlp.pipe` asks a component without its own `pipe` for `get_error_handler`;
    a handler that does not raise makes the failing document drop out of the stream
    while the rest of the batch goes on.
    """

    attribute = ""

    def __init__(self) -> None:
        self.error_handler: ErrorHandler = raise_error

    def extract(self, doc: Doc) -> Any:
        raise NotImplementedError

    def __call__(self, doc: Doc) -> Doc:
        setattr(doc._, self.attribute, self.extract(doc))
        return doc

    def get_error_handler(self) -> ErrorHandler:
        return self.error_handler

    def set_error_handler(self, handler: ErrorHandler) -> None:
        self.error_handler = handler
