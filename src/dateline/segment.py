"""Segmentation of an article body: paragraphs, photo captions with credits, and the
spans between quotation marks. All offsets are character offsets into the text.

Pure functions over a string; `dateline.nlp.segmenter` attaches the results to a Doc.
"""
from __future__ import annotations

import re

from .model import Caption

# A paragraph break: a blank line, or a newline followed by indentation (wire copy such
# as Reuters marks paragraphs that way and hard-wraps lines inside them).
_PARA_BREAK = re.compile(r"\r?\n[ \t\r]*\n\s*|\r?\n(?=[ \t]{2,}\S)")
# A caption line ends with a parenthesised credit: "(AP/Jane Doe)", "(Photo: Reuters)".
_CAPTION = re.compile(
    r"^(?P<body>[^\n]{3,300}?)\s*\((?P<credit>[^()\n]{2,80}/[^()\n]{2,80}"
    r"|(?:Photo|Picture|Image|Credit|Photograph)s?(?: by)?[:\s][^()\n]{2,80})\)\s*$"
)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s*$")

OPENERS = {"“": "”", "‘": "’", '"': '"'}
# A markup tag left in the text (`<tweet author="...">`): its quotation marks quote nobody.
_TAG = re.compile(r"</?[A-Za-z][^<>\n]*>")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character spans of the paragraphs, stripped of surrounding whitespace."""
    spans, pos = [], 0
    for brk in _PARA_BREAK.finditer(text):
        spans.append((pos, brk.start()))
        pos = brk.end()
    spans.append((pos, len(text)))
    return [s for s in (_strip(text, a, b) for a, b in spans) if s[0] < s[1]]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def captions(text: str, paras: list[tuple[int, int]]) -> list[Caption]:
    """Paragraphs that are photo captions: a short line ending in a credit in brackets.

    A caption reads as a noun phrase, so a line that ends in sentence punctuation before
    the credit, or that contains quotation marks, is treated as body text.
    """
    found = []
    for start, end in paras:
        match = _CAPTION.match(text[start:end])
        if not match or _SENTENCE_END.search(match.group("body")):
            continue
        if any(mark in match.group("body") for mark in "“”\""):
            continue
        found.append(Caption(start, end, text[start:end], match.group("credit").strip()))
    return found


def quoted_spans(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans from an opening to its closing double quotation mark, marks included.

    Curly and straight marks are paired within a paragraph. A quotation left open at the
    end of a paragraph continues when the next paragraph opens with a quotation mark (the
    news convention for a multi-paragraph quote): each paragraph gives its own span.
    """
    spans: list[tuple[int, int]] = []
    for start, end in paras:
        found = _pair_marks(text, start, end)
        # British style quotes with single marks; only where no double marks are used.
        spans.extend(found or _pair_single(text, start, end))
    return spans


def _pair_single(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """‘...’ pairs: an opening mark at a word start, closed by a ’ that is not an
    apostrophe (not followed by a letter, as in "don’t" or "Seoul’s")."""
    spans, open_at = [], None
    for i in range(start, end):
        char = text[i]
        if char == "‘" and open_at is None and (i == start or not text[i - 1].isalnum()):
            open_at = i
        elif char == "’" and open_at is not None and (i + 1 == end or not text[i + 1].isalnum()):
            if i - open_at > 3:
                spans.append((open_at, i + 1))
            open_at = None
    return spans


def _pair_marks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, open_at = [], None
    tags = [m.span() for m in _TAG.finditer(text, start, end)]
    i = start
    while i < end:
        char, width = _mark(text, i)
        if char is None or inside(tags, i, i + 1):
            i += 1
            continue
        if open_at is None and (char == "“" or (char == '"' and _opens(text, i))):
            open_at = i
        elif open_at is not None and char in "”\"":
            if any(ch.isalpha() for ch in text[open_at:i]):  # not "", nor an id "1449075600"
                spans.append((open_at, i + width))
            open_at = None
        i += width
    if open_at is not None:
        # Unclosed: runs to the paragraph end (a multi-paragraph quote, or a typo).
        spans.append((open_at, end))
    return spans


def _mark(text: str, i: int) -> tuple[str | None, int]:
    """The double quotation mark at `i` and its width: “, ”, " or the typewriter pair ''
    (as in ''I think so,'' she said)."""
    if text[i] in "“”\"":
        return text[i], 1
    if text.startswith("''", i):
        return '"', 2
    return None, 1


def _opens(text: str, i: int) -> bool:
    """A straight double quote opens when it is not glued to the word before it, nor an
    attribute value in markup (`author="..."`)."""
    return i == 0 or not text[i - 1].isalnum() and text[i - 1] not in ".,!?="


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) lies within one of the spans."""
    return any(a <= start and end <= b for a, b in spans)
