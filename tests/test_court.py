"""Tests for dateline.nlp.court through the full pipeline: defendants. Every text here is written for these tests; the people are fictional."""
from __future__ import annotations

import pytest

from test_entities import analyze, entity, owner


@pytest.mark.parametrize("text, defendant", [
    ("A jury in Bristol found Owen Pritchard, 41, guilty of arson on Monday. His neighbour, "
     "Gareth Lloyd, gave evidence against him.\n\nThe defendant will be sentenced in May.",
     "Owen Pritchard"),
    ("Nadia Karim, 36, is charged with fraud. Her accountant, Peter Vance, told the court "
     "she had signed every invoice.\n\nThe judge said the accused would stay on bail.",
     "Nadia Karim"),
])
def test_the_defendant_is_the_person_put_on_trial(analyzer, text, defendant):
    doc = analyze(analyzer, text)
    role = "The defendant" if "The defendant" in text else "the accused"
    assert owner(doc, role) is entity(doc, defendant)


def test_the_defendant_is_a_convicted_person_described_before_named(analyzer):
    text = ("PORTLAND, Ore. — A jury on Thursday convicted a 31-year-old man of manslaughter "
            "in the death of a cyclist.\n\n"
            "Dylan Reese, a former courier, showed no reaction as the verdict was read.\n\n"
            "Prosecutors said the defendant had been texting moments before the crash.")
    doc = analyze(analyzer, text)
    assert owner(doc, "the defendant") is entity(doc, "Dylan Reese")
