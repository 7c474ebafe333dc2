"""The smoke test of issue 2 on the article Dateline grew from (../shared/samples)."""
from __future__ import annotations

import pytest

from dateline.ingest import read_sources

from conftest import shared_file


@pytest.fixture(scope="module")
def seed(analyzer):
    articles = list(read_sources([shared_file("samples/seed-article.txt")]))
    assert len(articles) == 1 and articles[0].date == "2018-02-13"
    return next(analyzer.analyze_articles(articles))


def entity_of(doc, mention_text):
    """Names of the entities that have a mention with this exact text."""
    return {e.name for e in doc.entities for m in e.mentions if m.text == mention_text}


def by_name(doc, name):
    return next(e for e in doc.entities if e.name == name)


def test_date_and_offsets(seed):
    assert seed.date == "2018-02-13"
    spans = [m for e in seed.entities for m in e.mentions] + seed.timexes + seed.quotes + seed.captions
    for span in spans:
        assert seed.text[span.start:span.end] == span.text


def test_people_resolved(seed):
    assert entity_of(seed, "Mr Ji") == {"Ji Seong-ho"}
    assert entity_of(seed, "Ms Kim") == {"Kim Yo Jong"}
    assert entity_of(seed, "Mr Trump") == {"Donald Trump"}
    assert "Moon Jae-in" in {e.name for e in seed.entities}
    kim_jong_un = by_name(seed, "Kim Jong Un")
    assert all(m.text != "Ms Kim" for m in kim_jong_un.mentions)
    trump_mentions = {m.text for m in by_name(seed, "Donald Trump").mentions}
    assert "Trump" in trump_mentions  # "President Trump": the title is kept out of the name
    assert "President" in by_name(seed, "Donald Trump").titles


def test_descriptions_kin_and_gender_on_the_seed(seed):
    assert entity_of(seed, "The North Korean defector") == {"Ji Seong-ho"}  # the lead
    assert entity_of(seed, "the 35-year-old") == {"Ji Seong-ho"}  # "introduced Mr Ji, and the 35-year-old"
    assert entity_of(seed, "her brother") == {"Kim Jong Un"}  # "leader Kim Jong Un's sister, Kim Yo Jong"
    moon = by_name(seed, "Moon Jae-in")
    assert moon.gender == "m" and "Mr Moon" in {m.text for m in moon.mentions}
    assert "her" not in {m.text for m in moon.mentions}  # "She ... with Moon Jae-in and ... her brother"


def test_captions(seed):
    assert len(seed.captions) == 2
    assert {c.credit for c in seed.captions} == {"AP/Manuel Balce Ceneta", "AP/J Scott Applewhite"}
    for caption in seed.captions:
        assert not any(caption.start <= q.start < caption.end for q in seed.quotes)
        assert not any(caption.start <= e.start < caption.end for e in seed.events)


def test_quotes_of_ji(seed):
    ji = [q for q in seed.quotes if q.speaker and q.speaker.name == "Ji Seong-ho"]
    direct = [q for q in ji if q.kind == "direct"]
    reported = [q for q in ji if q.kind == "indirect"]
    assert len(direct) == 3
    assert len(reported) >= 2
    he_said = [q for q in direct if q.speaker.text == "he"]
    assert he_said and he_said[0].cue.text == "said"
    # The closing quote-only paragraph continues Mr Ji's reported statement before it.
    last_start = seed.paragraphs[-1][0]
    assert any(q.start == last_start and q.cue is None for q in direct)


def test_human_scum_is_the_un_mission(seed):
    quote = next(q for q in seed.quotes if "human scum" in q.text)
    assert quote.kind == "mixed"
    assert quote.speaker.text == "North Korea’s UN mission"


def test_timexes(seed):
    values = {(t.text, t.value) for t in seed.timexes}
    assert ("last month", "2018-01") in values
    tuesday = next(t for t in seed.timexes if "Tuesday" in t.text)
    assert tuesday.value == "2018-02-13"


def test_trump_invited_ji_in_january(seed):
    trump, ji = by_name(seed, "Donald Trump").id, by_name(seed, "Ji Seong-ho").id
    invites = [e for e in seed.events if e.type == "invite" and e.actor == trump and e.target == ji]
    assert invites and invites[0].date == "2018-01"
