"""Typed exceptions. Each carries what was wrong, where, and how to fix it."""
from __future__ import annotations


class DatelineError(Exception):
    """Base class: `str(err)` is the message, `err.hint` says how to fix it."""

    def __init__(self, message: str, hint: str = "", where: str | None = None):
        self.message = message
        self.hint = hint
        self.where = where
        super().__init__(self.full_message())

    def full_message(self) -> str:
        text = f"{self.where}: {self.message}" if self.where else self.message
        return f"{text} ({self.hint})" if self.hint else text


class InputError(DatelineError):
    """An input file or record cannot be read as a dated article."""


class DateError(InputError):
    """A document has no usable date, or an invalid one."""


class AnalysisError(DatelineError):
    """The NLP pipeline failed on one document (the others are still analysed)."""


class StoreError(DatelineError):
    """The store cannot be opened, migrated or written."""


class ModelError(DatelineError):
    """The spaCy model cannot be loaded."""


class NotFoundError(DatelineError):
    """A document or entity asked for is not in the store."""


class SettingsError(DatelineError):
    """A setting has an invalid value."""


class CurationError(DatelineError):
    """An entity merge or split cannot be done as asked (the store is left unchanged)."""


class AliasFileError(CurationError):
    """An alias file of forced merges and splits cannot be read; `where` is FILE:LINE."""
