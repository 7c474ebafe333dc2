"""The `dateline_segment` component: paragraphs, captions and quotation-mark spans.

It runs before the parser so that paragraph breaks become sentence breaks: a caption
without a full stop must not be parsed into the sentence that follows it.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import segment
from . import extensions  # noqa: F401  (declares the Doc extensions)
from .component import Component


@Language.factory("dateline_segment", assigns=["doc._.paragraphs", "doc._.captions", "doc._.quoted"])
def make_segmenter(nlp: Language, name: str) -> "Segmenter":
    return Segmenter()


class Segmenter(Component):
    """Attach paragraph, caption and quoted spans, and mark paragraph starts."""

    def __call__(self, doc: Doc) -> Doc:
        paras = segment.paragraphs(doc.text)
        doc._.paragraphs = paras
        doc._.captions = segment.captions(doc.text, paras)
        doc._.quoted = segment.quoted_spans(doc.text, paras)
        _mark_paragraph_starts(doc, paras)
        return doc


def _mark_paragraph_starts(doc: Doc, paras: list[tuple[int, int]]) -> None:
    starts = {start for start, _ in paras}
    for token in doc[1:]:
        if token.idx in starts:
            token.is_sent_start = True
