"""Tests for dateline.segment (paragraphs, captions, quotation-mark spans) and for the same
segmentation as seen through the full pipeline. Every text here is written for these tests.
"""
from __future__ import annotations

import pytest

from dateline.segment import captions, inside, paragraphs, quoted_spans

DATE = "2019-03-12"


def paras_text(text: str) -> list[str]:
    return [text[a:b] for a, b in paragraphs(text)]


def spans_text(text: str) -> list[str]:
    return [text[a:b] for a, b in quoted_spans(text, paragraphs(text))]


def caption_of(line: str):
    found = captions(line, paragraphs(line))
    return found[0] if found else None


# ---------------------------------------------------------------- paragraphs
def test_blank_lines_separate_paragraphs():
    text = "The ferry left at noon.\n\nIt reached the island by two.\n\n\nThe crew rested."
    assert paras_text(text) == ["The ferry left at noon.", "It reached the island by two.",
                                "The crew rested."]


def test_hard_wrapped_lines_stay_in_one_paragraph():
    text = "The ferry left at noon and\nreached the island by two.\n\nThe crew rested."
    assert paras_text(text) == ["The ferry left at noon and\nreached the island by two.",
                                "The crew rested."]


def test_indented_wire_paragraphs():
    text = ("  SEOUL, March 12 - The ferry left at noon and\nreached the island by two.\n"
            "  The crew rested before the return trip.\n"
            "    Passengers were offered tea.")
    assert paras_text(text) == [
        "SEOUL, March 12 - The ferry left at noon and\nreached the island by two.",
        "The crew rested before the return trip.",
        "Passengers were offered tea.",
    ]


def test_paragraph_spans_are_stripped_offsets():
    text = "\n\n  The ferry left at noon.  \n\n  It reached the island.\n"
    for start, end in paragraphs(text):
        assert not text[start].isspace() and not text[end - 1].isspace()
    assert paras_text(text) == ["The ferry left at noon.", "It reached the island."]


def test_empty_text_has_no_paragraphs():
    assert paragraphs("") == []
    assert paragraphs("\n\n   \n") == []


def test_crlf_blank_lines_separate_paragraphs():
    text = "The ferry left at noon.\r\n\r\nIt reached the island by two.\r\n\r\nThe crew rested."
    assert paras_text(text) == ["The ferry left at noon.", "It reached the island by two.",
                                "The crew rested."]


def test_crlf_single_line_break_keeps_one_paragraph():
    text = "The ferry left at noon and\r\nreached the island by two."
    assert paras_text(text) == [text]


# ---------------------------------------------------------------- captions
@pytest.mark.parametrize("line, credit", [
    ("Dockers unload containers at the port on Monday (Reuters/Choi Jae-won)", "Reuters/Choi Jae-won"),
    ("A crane at the Harbour Authority terminal (AP/Helen Marsh)", "AP/Helen Marsh"),
    ("Passengers wait for a ferry at the new terminal (Photo: Harbour Authority)",
     "Harbour Authority"),
    ("Passengers wait for a ferry at dusk (Photo by Kim Ha-neul)", "Kim Ha-neul"),
])
def test_caption_with_credit(line, credit):
    cap = caption_of(line)
    assert cap is not None
    assert (cap.start, cap.end) == (0, len(line))
    assert line[cap.start:cap.end] == cap.text
    assert credit in cap.credit
    assert "(" not in cap.credit and ")" not in cap.credit


@pytest.mark.parametrize("line", [
    "The crane was repaired on Monday. (Reuters/Choi Jae-won)",     # sentence, then credit
    "Were the cranes repaired on Monday? (AP/Helen Marsh)",
    "Workers call it \"the old lady\" at the port (Reuters/Choi Jae-won)",  # has quotes
    "Workers call it “the old lady” at the port (Reuters/Choi Jae-won)",
    "A crane at the terminal on Monday",                             # no credit
    "A crane at the terminal (the largest in the port)",             # bracket, not a credit
])
def test_not_a_caption(line):
    assert caption_of(line) is None


def test_caption_offsets_inside_a_longer_text():
    text = ("Helen Marsh visited the terminal on Monday.\n\n"
            "Dockers unload containers at the port (Reuters/Choi Jae-won)\n\n"
            "The ferries run every hour.")
    found = captions(text, paragraphs(text))
    assert len(found) == 1
    cap = found[0]
    assert text[cap.start:cap.end] == cap.text
    assert cap.text == "Dockers unload containers at the port (Reuters/Choi Jae-won)"
    assert cap.credit == "Reuters/Choi Jae-won"


# ---------------------------------------------------------------- quoted spans
def test_curly_quotes():
    text = "Ms Marsh said “the terminal is ready” on Monday."
    assert spans_text(text) == ["“the terminal is ready”"]


def test_straight_quotes():
    text = 'Ms Marsh said "the terminal is ready" on Monday.'
    assert spans_text(text) == ['"the terminal is ready"']


def test_two_quotes_in_one_paragraph():
    text = '"The terminal is ready," Ms Marsh said, "and so are we."'
    assert spans_text(text) == ['"The terminal is ready,"', '"and so are we."']


@pytest.mark.parametrize("text, expected", [
    ("\"He told me 'not this year' twice,\" Ms Marsh said.",
     "\"He told me 'not this year' twice,\""),
    ("“He told me ‘not this year’ twice,” Ms Marsh said.",
     "“He told me ‘not this year’ twice,”"),
])
def test_nested_single_quotes_stay_inside_the_double_quote(text, expected):
    assert spans_text(text) == [expected]


def test_apostrophes_are_not_quotes():
    text = "The port's cranes and the dockers' union were idle."
    assert spans_text(text) == []


def test_unclosed_quote_runs_to_paragraph_end():
    text = "Ms Marsh said: “The terminal is ready and the ferries will run\n\nThe crew rested."
    spans = quoted_spans(text, paragraphs(text))
    assert len(spans) == 1
    start, end = spans[0]
    assert text[start] == "“"
    assert end == text.index("\n\n")
    assert spans_text(text) == ["“The terminal is ready and the ferries will run"]


def test_multi_paragraph_quote_gives_one_span_per_paragraph():
    text = ("Ms Marsh said: \"The terminal is ready.\n\n"
            "\"The ferries will run every hour.\"\n\nThe crew rested.")
    assert spans_text(text) == ['"The terminal is ready.', '"The ferries will run every hour."']


def test_quotes_do_not_pair_across_paragraphs():
    text = "He said “yes\n\nand she said” no."
    spans = quoted_spans(text, paragraphs(text))
    for start, end in spans:
        assert "\n\n" not in text[start:end]


def test_inside():
    spans = [(5, 10), (20, 30)]
    assert inside(spans, 5, 10)
    assert inside(spans, 21, 22)
    assert not inside(spans, 8, 12)
    assert not inside(spans, 0, 1)
    assert not inside([], 0, 1)


# ---------------------------------------------------------------- through the pipeline
def test_pipeline_captions_and_offsets(analyzer):
    text = ("Helen Marsh visited the terminal on Monday.\n\n"
            "Dockers unload containers at the port (Reuters/Choi Jae-won)\n\n"
            "Passengers wait for a ferry (Photo: Harbour Authority)\n\n"
            "The crane was repaired on Monday. (AP/Kim Ha-neul)")
    doc = analyzer.analyze(text, date=DATE)
    assert doc.text == text
    assert [c.text for c in doc.captions] == [
        "Dockers unload containers at the port (Reuters/Choi Jae-won)",
        "Passengers wait for a ferry (Photo: Harbour Authority)",
    ]
    for cap in doc.captions:
        assert doc.text[cap.start:cap.end] == cap.text
    assert doc.captions[0].credit == "Reuters/Choi Jae-won"


def test_pipeline_keeps_text_unchanged(analyzer):
    text = "  Helen Marsh said “yes”.\r\n\r\n  The crew rested.\n"
    doc = analyzer.analyze(text, date=DATE)
    assert doc.text == text
