"""Temporal expressions: find them and normalise them to TimeML TIMEX3 values.

`extract_timexes(doc)` scans the text once with a single combined regex built from the rules
below, resolves every match against the article date (`doc._.dct`, never the clock) and uses
the parse only where the text alone is ambiguous: the tense of the governing verb (for
"on Friday", "in March") and spaCy's DATE entities (to accept bare years and month names).
The `dateline_timex` pipeline component stores the result in `doc._.timexes`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from datetime import date, timedelta
from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

import dateline.nlp.extensions  # noqa: F401  (declares doc._.dct and doc._.timexes)
from dateline.errors import DateError
from dateline.model import Timex
from dateline.nlp.component import Component

PAST, FUTURE = "past", "future"

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {name: i for i, name in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
SMALL_NUMBERS = {name: i for i, name in enumerate(
    ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
     "fifteen sixteen seventeen eighteen nineteen").split())}
TENS = {name: 10 * i for i, name in enumerate(
    "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if name != "_"}
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
            "fourth": 4, "4th": 4, "final": 4, "last": 4}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "fall": ("FA", 9), "autumn": ("FA", 9),
           "winter": ("WI", 12)}
# unit -> (TIMEX3 letter, multiplier, is a time-of-day unit written after "T")
UNITS = {"second": ("S", 1, True), "minute": ("M", 1, True), "hour": ("H", 1, True),
         "day": ("D", 1, False), "week": ("W", 1, False), "month": ("M", 1, False),
         "quarter": ("Q", 1, False), "year": ("Y", 1, False), "decade": ("Y", 10, False),
         "century": ("Y", 100, False)}
SET_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
               "yearly": "P1Y", "hourly": "PT1H", "nightly": "P1D", "quarterly": "P3M"}
VAGUE = {"now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
         "at present": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
         "recently": "PAST_REF", "lately": "PAST_REF", "previously": "PAST_REF",
         "the past": "PAST_REF", "soon": "FUTURE_REF"}
# Verbs whose complement is in the future even though they are in the present tense
# ("is expected to vote Friday", "plans to visit in March").
FUTURE_LEMMAS = {"expect", "plan", "schedule", "intend", "aim", "hope", "set", "due", "propose"}
FUTURE_AUX = {"will", "'ll", "wo", "shall", "ll"}
DEADLINE_WORDS = {"until", "till", "by", "through", "before"}
# Words that make a bare number such as "1998" read as a year rather than a quantity.
YEAR_CUES = {"in", "since", "by", "of", "until", "till", "before", "after", "from", "during",
             "through", "to", "between", "and", "early", "late", "mid", "fiscal", "year",
             "around", "circa", "for", "the", "'s", "summer", "spring", "winter", "autumn",
             "fall", "end", "start", "beginning", "throughout", "post-", "pre-"}
MONTH_CUES = YEAR_CUES | {"last", "next", "this", "on", "at", "each", "every", "that"}

# ---------------------------------------------------------------------------- patterns
_MONTH_FULL = (r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|"
               r"November|December)\b)")
_MONTH = rf"(?:{_MONTH_FULL}|(?-i:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?))"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)\b"
_NUM = (r"(?:\d{1,3}\s+1/2|\d{1,3}(?:\.\d+)?|(?:a\s+)?hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
        r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
        r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
        r"fifteen|sixteen|seventeen|eighteen|nineteen|a\s+few|(?:a\s+)?couple\s+of|a\s+couple|"
        r"several|few|some|many|an|a)\b")
_UNIT = r"(?:second|minute|hour|day|week|month|quarter|year|decade)s?\b|century\b|centuries\b"
_REL = r"(?:last|this|next|past|coming|previous|current|following)"
_MOD = r"(?:early|earlier|late|later|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of)"
_NOT_AFTER_NUMBER = r"(?<![\d.,$£€#/:-])"

# A year as a transcript spells it: "nineteen ninety-seven", "two thousand and one".
_SPELLED_YEAR = (r"nineteen\s+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                 r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|two\s+thousand"
                 r"(?:\s+and\s+(?:one|two|three|four|five|six|seven|eight|nine))?")

# Order matters: at one position the first rule that matches wins, so longer and more
# specific forms come before the forms they contain.
RULES: list[tuple[str, str]] = [
    ("iso", r"\b(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    ("slash", _NOT_AFTER_NUMBER + r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d\d)\b(?!/)"),
    ("md", rf"\b(?:{_WEEKDAY},?\s+|(?P<rel>last|next|this)\s+)?(?P<mon>{_MONTH})\s*(?P<d>{_DAY})"
           rf"(?:,?\s+(?P<y>{_YEAR}))?"),
    ("dm", rf"\b(?:{_WEEKDAY},?\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH})"
           rf"(?:,?\s+(?P<y>{_YEAR}))?"),
    ("holiday", r"\b(?P<h>Christmas(?:\s+Day|\s+Eve)?|New\s+Year's(?:\s+Day|\s+Eve)|"
                r"Thanksgiving(?:\s+Day)?)\b(?:,?\s+(?P<y>" + _YEAR + "))?"),
    ("daypart", rf"\b(?:(?P<mod>early|late)\s+)?(?P<day>{_WEEKDAY}|yesterday|today|tomorrow|"
                r"this|last)\s+(?P<part>morning|afternoon|evening|night)\b"),
    ("partofday", rf"\b(?:the\s+)?(?:(?P<mid>mid)[- ]?|(?P<mod>early|late)\s+)?"
                  rf"(?P<part>morning|afternoon|evening)\b(?:\s+(?P<day>yesterday|today|tomorrow|"
                  rf"{_WEEKDAY})\b)?"),
    ("time", _NOT_AFTER_NUMBER + r"\b(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*"
             r"(?P<ap>[ap]\.m\.|[ap]m\b|[ap]\.m\b)(?:\s+(?P<tz>[ECMP][SD]T|GMT|UTC)\b)?"),
    ("clock", r"\b(?P<word>noon|midday|midnight)\b"),
    ("oclock", _NOT_AFTER_NUMBER + r"\b(?P<h>1[0-2]|0?[1-9])(?:\s+o'clock)?\s+in\s+the\s+"
               r"(?P<part>morning|afternoon|evening)\b"),
    ("tonight", r"\btonight\b"),
    ("reldaypair", r"\bthe\s+day\s+(?P<dir>before\s+yesterday|after\s+tomorrow)\b"),
    ("relday", r"\b(?:(?P<mod>early|late)\s+)?(?P<rel>today|yesterday|tomorrow)\b"),
    ("relweekday", rf"\b(?P<rel>last|next|this(?:\s+past|\s+coming)?|coming|past)\s+"
                   rf"(?P<wd>{_WEEKDAY})\b"),
    ("weekdays", rf"\b(?:every\s+|each\s+)(?P<wd>{_WEEKDAY})\b|\b(?P<wd2>{_WEEKDAY})s\b"
                 rf"|\b(?P<wd3>{_WEEKDAY})\s+(?P<part>morning|afternoon|evening|night)s\b"),
    ("months", rf"\b(?:every|each)\s+(?P<mon>{_MONTH_FULL})\b"),
    ("weekday", rf"\b(?P<wd>{_WEEKDAY})\b"),
    ("decade", r"\b(?:the\s+)?(?:(?P<mod>early|late|mid)[- ])?(?P<dec>1[5-9]\d0|20\d0|'\d0)s\b"),
    ("century", r"\b(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)\s+century\b"),
    ("quarter", r"\b(?:the\s+)?(?:(?:comparable\s+)?(?P<ago>year-ago|year-earlier)\s+|"
                r"(?P<y0>" + _YEAR + r")\s+|(?P<rel0>this|last|next)\s+year's\s+)?"
                r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|final)[- ]"
                r"(?P<unit>quarter|half)\b(?!s)(?:\s+of\s+(?:(?:fiscal\s+)?(?P<y>" + _YEAR + r")|"
                r"(?P<rel>this|last|next)\s+year))?"),
    ("year_period", r"\bthe\s+(?P<y>" + _YEAR + r")\s+(?:quarter|period)\b"),
    ("yearago_quarter", r"\b(?:the\s+)?(?:comparable\s+|corresponding\s+)?(?:year-ago|"
                        r"year-earlier|year\s+ago|year\s+earlier)\s+(?:quarter|period)\b"),
    ("the_quarter", r"\b(?:the\s+)?(?P<rel>latest|current|most\s+recent|recent|previous|"
                    r"same|fiscal|last|this)?\s*quarter\b(?!s|ly|\s+of\b)"),
    ("latest_period", r"\bthe\s+(?:latest|most\s+recent|current)\s+period\b"),
    ("year_end", r"\b(?:the\s+end\s+of\s+(?:the|this)\s+year|year-end|year\s+end|"
                 r"year's\s+end|the\s+(?:full|current|current\s+fiscal)\s+year)\b"
                 r"(?!\s+(?:ago|earlier))"),
    ("the_year", r"\b(?:(?P<mod>earlier|later)\s+in\s+)?the\s+(?P<latest>latest\s+)?(?:fiscal\s+)?"
                 r"year\b(?!-|'s\s+end|\s+(?:before|earlier|ago|after|later|two|nineteen)\b)"
                 r"(?P<ended>\s+(?:ended|ending|ends|that\s+ended)\b)?"),
    ("that_year", r"\b(?:(?:later|earlier)\s+)?that\s+year\b"),
    ("period_edge", r"\bthe\s+(?:end|beginning|start|middle)\s+of\s+(?:the|this)\s+"
                    r"(?P<unit>month|week)\b"),
    ("fiscal", rf"\b(?:fiscal|FY)\s*(?:year\s+)?(?P<y>{_YEAR}|'\d\d)|"
               rf"\b(?:the\s+)?(?P<y2>{_YEAR})\s+fiscal\s+year\b"),
    ("ago", _NOT_AFTER_NUMBER + rf"\b(?P<n>{_NUM})[\s-]+(?P<unit>{_UNIT})\s+"
            r"(?P<dir>ago|earlier|later|from\s+now|hence)\b"),
    ("relpart", rf"\b(?:(?P<mod>{_MOD})\s+)?(?P<rel>{_REL})\s+(?P<unit>week|weekend|month|"
                r"year|decade|century|spring|summer|fall|autumn|winter)\b"),
    ("the_relunit", r"\bthe\s+(?P<rel>past|last|next|previous|coming|following)\s+"
                    r"(?P<unit>week|month|year|decade|century|day|hour)\b"),
    ("the_weekend", r"\b(?:over\s+)?the\s+weekend\b"),
    ("the_season", r"\b(?:(?<=\bthe\s)|(?<=\bthis\s)|(?<=\bthat\s))(?:(?P<mod>early|late)\s+)?"
                   r"(?P<s>spring|summer|autumn|winter)\b(?!\s+(?:of|Olympics|games)\b)"),
    ("spelled_year", rf"\b(?:the\s+year\s+)?(?P<y>{_SPELLED_YEAR})\b"),
    ("spelled_decade", r"\bthe\s+(?P<d>twenties|thirties|forties|fifties|sixties|seventies|"
                       r"eighties|nineties)\b"),
    ("set", rf"\b(?:(?P<freq>once|twice|{_NUM}\s+times)\s+)?(?:every|each|per|a)\s+"
            r"(?:other\s+)?(?P<unit>day|week|month|year|quarter|hour|minute|morning|night|"
            r"evening|weekend)\b"),
    ("setadv", r"\b(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly)\b"),
    ("duration", _NOT_AFTER_NUMBER + rf"\b(?:(?:the\s+)?(?P<pre>first|past|last|next|previous|"
                 rf"coming|final|latest|remaining|following|other)\s+)?(?P<n>{_NUM})"
                 r"(?:\s+(?:additional|extra|further))?"
                 rf"(?:\s+and\s+a\s+half)?(?:\s+more)?[\s-]+(?P<unit>{_UNIT})"
                 r"(?![\s-]+old\b|-(?:earlier|ago)\b)(?:\s+and\s+a\s+half\b)?"),
    ("vague_units", r"(?:(?<=\bfor\s)|(?<=\bin\s)|(?<=\bover\s)|(?<=\bwithin\s))(?P<unit>hours|days|weeks|"
                    r"months|years|decades|centuries)\b(?!\s+(?:of|ago|old)\b)"),
    ("recent", r"\brecent\s+(?P<unit>years|months|weeks|days)\b"),
    ("coming", r"\b(?:the\s+)?coming\s+(?:days|weeks|months|years|quarters|decades)\b|"
               r"\bthe\s+(?:days|weeks|months|years)\s+ahead\b"),
    ("term", r"\b(?:the\s+)?(?:near|short)\s+term\b"),
    ("long_compound", r"\b(?P<unit>hour|day|week|month|year|decade)(?P<pl>s)?-long\b"),
    ("future", r"\b(?:the\s+|in\s+)(?:(?:near|distant|foreseeable|immediate)\s+)?future\b"),
    ("vague_adj", r"\b(?P<w>current|recent|future)\b(?=\s+[a-z])"),
    ("vague", r"\b(?:right\s+now|now|currently|at\s+present|nowadays|these\s+days|recently|"
              r"lately|the\s+past)\b(?!\s+(?:a|an)\b)"),
    ("monthyear", rf"\b(?:(?P<mod>early|late|mid|mid-)\s*)?(?P<mon>{_MONTH})(?:,?\s+|\s+of\s+)"
                  rf"(?:(?P<y>{_YEAR})|(?P<sy>{_SPELLED_YEAR})\b|(?P<rel>this|last|next)\s+year\b)"),
    ("seasonyear", rf"\b(?:the\s+)?(?P<s>spring|summer|fall|autumn|winter)\s+(?:of\s+)?"
                   rf"(?:(?P<y>{_YEAR})|(?P<sy>{_SPELLED_YEAR})\b)"),
    ("month", rf"\b(?:(?P<rel>last|next|this)\s+|(?P<mod>early|late|mid)[\s-]?)?"
              rf"(?P<mon>{_MONTH_FULL})"),
    ("year", r"(?:(?<=\bpost-)|(?<=\bpre-)|" + _NOT_AFTER_NUMBER + r")" + rf"\b(?:(?P<mod>early|late|mid|mid-)\s*)?(?P<y>{_YEAR})"
             r"(?![%$/-]\d|\s*%|\s+percent\b)"),
    ("yearearlier", r"\b(?:year-earlier|year-ago)\b"),
]


_INNER_NAME = re.compile(r"\(\?P<\w+>")


def _combine(rules: list[tuple[str, str]]) -> re.Pattern[str]:
    """One scanner for all rules: inner names are dropped, each rule becomes one group."""
    parts = [f"(?P<{name}>{_INNER_NAME.sub('(?:', pattern)})" for name, pattern in rules]
    return re.compile("|".join(parts), re.IGNORECASE)


SCANNER = _combine(RULES)
RULE_NAMES = [name for name, _ in RULES]
RULE_PATTERNS = {name: re.compile(pattern, re.IGNORECASE) for name, pattern in RULES}
WORD = re.compile(r"'\d0s|[A-Za-z]+|\d+")
# First words of every rule: the scanner is only tried where one of these (or a digit) starts.
TRIGGERS = set(MONTHS) | set(WEEKDAYS) | set(SMALL_NUMBERS) | set(TENS) | set(ORDINALS) | {
    "january", "february", "march", "april", "june", "july", "august", "september", "sept",
    "october", "november", "december", "the", "a", "an", "over", "every", "each", "per", "once",
    "twice", "early", "late", "mid", "earlier", "later", "last", "this", "next", "past",
    "coming", "previous", "current", "following", "recent", "in", "right", "now", "currently",
    "at", "nowadays", "these", "recently", "lately", "today", "yesterday", "tomorrow",
    "tonight", "noon", "midday", "midnight", "christmas", "new", "thanksgiving", "fiscal",
    "fy", "year", "comparable", "corresponding", "several", "few", "some", "many",
    "spring", "summer", "fall", "autumn", "winter", "hours", "days", "weeks", "months",
    "years", "decades", "daily", "weekly", "monthly", "annually", "yearly", "hourly",
    "nightly", "nineteen", "two", "other", "first", "final", "latest", "remaining", "most",
    "near", "short", "centuries", "morning", "afternoon", "evening", "post", "pre", "that", "hour", "day", "week", "month", "decade",
}
# Between a clock time and its day: "Friday at 3 p.m.", "9:15 a.m. (local time) Friday".
_NEIGHBOUR_GAP = re.compile(r"[ ,]*(?:\([^()\n]{1,24}\))?[ ,]*(?:at|on|of)?[ ,]*", re.IGNORECASE)
_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\dT\d")


# How far back a match looks for what it counts from ("the following year", "a year
# earlier" in a quarterly report): a few sentences, not the whole article.
CONTEXT_CHARS = 600


# ---------------------------------------------------------------------------- context
@dataclass
class _Context:
    """What a rule handler may look at: the doc, its date and the match position."""

    doc: Doc
    text: str  # doc.text, which spaCy rebuilds from the tokens on every access
    dct: date
    start: int
    end: int

    @cached_property
    def span(self) -> Span | None:
        """The tokens the match covers, None when there are none (computed once: several
        checks of one match look at it)."""
        span = self.doc.char_span(self.start, self.end, alignment_mode="expand")
        return span if span is not None and len(span) else None

    def token(self) -> Token | None:
        """The first token of the match (None if the match starts inside a token)."""
        return self.span[0] if self.span is not None else None

    def before(self) -> str:
        """The text of the last few sentences before the match (CONTEXT_CHARS), where an
        earlier year or quarter it counts from would be named."""
        return self.text[max(0, self.start - CONTEXT_CHARS):self.start]

    def previous_word(self) -> str:
        """The lower-cased word just before the match, if any."""
        before = self.text[max(0, self.start - 20):self.start].split()
        return before[-1].lower() if before else ""

    def tense(self) -> str | None:
        """PAST, FUTURE or None, from the verb that governs the match; "since" before it
        ("shut since the Oct. 23 storm") makes it past."""
        if "since" in self.text[max(0, self.start - 30):self.start].lower().split()[-4:]:
            return PAST
        verb = _governing_verb(self.span.root) if self.span is not None else None
        return _verb_tense(verb) if verb is not None else None

    def own_verb(self) -> bool:
        """Whether the governing verb is the match's own ("the year ended March 31", "posted
        on Aug. 6"), not one reached through a noun phrase ("the fee, due Dec. 15, was
        announced"), a deadline ("extended to Nov. 9") or an infinitive ("asked to
        appear on Feb. 3"), whose tense may not be the date's."""
        if self.span is None:
            return False
        head = self.span.root.head
        if head.dep_ == "prep" or head.pos_ == "ADP":
            if head.lower_ not in ("on", "in"):
                return False  # "extended to Nov. 9", "reply by Oct. 30": a deadline ahead
            head = head.head
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
        return head.pos_ in ("VERB", "AUX") and not infinitive


def _governing_verb(token: Token) -> Token | None:
    """Walk up the parse to the nearest verb; give up after a few steps (long NPs)."""
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head is token:
            return None
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def _verb_tense(verb: Token, depth: int = 0) -> str | None:
    """Tense of a verb group from its auxiliaries, tag and morphology."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    aux_words = {a.lower_ for a in auxes}
    if aux_words & FUTURE_AUX or "going" in aux_words:
        return FUTURE
    scheduled = any(c.dep_ == "xcomp" or c.lower_ == "for" for c in verb.children)  # "set for April"
    if verb.lemma_ in FUTURE_LEMMAS and scheduled and aux_words & {"was", "were"} and "had" not in aux_words:
        return FUTURE  # "the timetable was planned for early March": still ahead
    if any(a.tag_ == "VBD" for a in auxes):
        return PAST  # "had been scheduled to expire Friday" is over
    done = (verb.tag_ == "VBD" and any(c.dep_ == "dobj" for c in verb.children)) or (
        verb.tag_ == "VBN" and not auxes and not scheduled)
    if verb.lemma_ in FUTURE_LEMMAS and not done:
        return FUTURE  # "is set to meet", but not "set a record" or "the record set on Aug. 6"
    if "to" in aux_words and depth < 2 and verb.head is not verb:
        # "plans to meet Friday", "is going to meet Friday", "to be published in
        # November": the tense is the head's.
        if verb.head.lower_ == "going" or (verb.head.lemma_ == "be" and verb.head.tag_ in ("VBZ", "VBP")):
            return FUTURE  # "is going to meet", "is to resume trading Tuesday"
        return _verb_tense(verb.head, depth + 1)
    if verb.tag_ == "VBD":
        return PAST
    if verb.tag_ == "VBN":
        # "the year ended March 31", "has agreed": past; "is scheduled for May": present.
        present = [a for a in auxes if a.tag_ in ("VBZ", "VBP", "VB") and a.lower_ not in ("has", "have")]
        return None if present else PAST
    return None


# ---------------------------------------------------------------------------- helpers
def _month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")[:3]]


def _number(text: str) -> int | None:
    """'24' -> 24, 'twenty-four' -> 24, 'a' -> 1; None for vague ('several', 'a few')."""
    words = re.split(r"[\s-]+", text.lower())
    if words[0] in ("a", "an") and len(words) == 1:
        return 1
    if "couple" in words[:2]:
        return 2
    if "hundred" in words[:2]:
        return 100
    if words[0].replace(".", "", 1).isdigit():
        return int(float(words[0])) if float(words[0]).is_integer() else None
    if words[0] in SMALL_NUMBERS:
        return SMALL_NUMBERS[words[0]]
    if words[0] in TENS:
        return TENS[words[0]] + (SMALL_NUMBERS.get(words[1], 0) if len(words) > 1 else 0)
    return None


def _unit(word: str) -> str:
    """Singular unit name: 'centuries' -> 'century', 'days' -> 'day'."""
    word = word.lower()
    return "century" if word.startswith("centur") else word.rstrip("s")


def _duration(n: int | None, unit: str) -> str:
    """TIMEX3 duration value: (3, 'day') -> 'P3D', (24, 'hour') -> 'PT24H', None -> 'PX..'."""
    letter, mult, is_time = UNITS[unit]
    amount = "X" if n is None else str(n * mult)
    if n is None and mult == 10:
        letter = "DE"
    if n is None and mult == 100:
        letter = "CE"
    return f"PT{amount}{letter}" if is_time else f"P{amount}{letter}"


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def _week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _quarter(month: int) -> int:
    return (month - 1) // 3 + 1


def _pick_year(candidate: date, dct: date, tense: str | None, slack: int = 0) -> int:
    """Year for a month or day given without one: the tense, else the closest to the article.

    `slack` days let a near date win over the tense: "payable Dec. 15" in a past-tense
    sentence written in October is still this December (the parse's tense is often the
    reporting verb's, not the date's).
    """
    # Feb. 29 exists only in leap years: skip the years where it does not.
    options = [d for k in (-1, 0, 1) if (d := _safe_date(dct.year + k, candidate.month, candidate.day))]
    if tense == PAST:  # the latest one before the article ("the year ended March 31")
        return max((d for d in options if d <= dct + timedelta(days=slack)), default=candidate).year
    if tense == FUTURE:
        return min((d for d in options if d >= dct - timedelta(days=slack)), default=candidate).year
    return min(options, key=lambda d: (abs((d - dct).days), d > dct)).year


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _two_digit_year(text: str, dct: date) -> int:
    """'18' -> 2018 next to a 2018 article; a century back if that would be the future."""
    year = dct.year // 100 * 100 + int(text)
    return year - 100 if year > dct.year + 10 else year


# ---------------------------------------------------------------------------- handlers
Result = tuple[str, str] | None
Handler = Callable[[re.Match[str], _Context], Result]


def _iso(m: re.Match[str], ctx: _Context) -> Result:
    day = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return ("DATE", day.isoformat()) if day else None


def _slash(m: re.Match[str], ctx: _Context) -> Result:
    """US order (month/day/year) unless the first number cannot be a month."""
    a, b = int(m["a"]), int(m["b"])
    month, day = (a, b) if a <= 12 else (b, a)
    year = int(m["y"]) if len(m["y"]) == 4 else _two_digit_year(m["y"], ctx.dct)
    found = _safe_date(year, month, day)
    return ("DATE", found.isoformat()) if found else None


def _month_day(m: re.Match[str], ctx: _Context) -> Result:
    month, day = _month_number(m["mon"]), int(re.match(r"\d+", m["d"]).group())
    if m["y"]:
        found = _safe_date(int(m["y"]), month, day)
        return ("DATE", found.isoformat()) if found else None
    guess = _safe_date(ctx.dct.year, month, day) or _safe_date(ctx.dct.year, month, 28)
    if guess is None:
        return None
    if m.groupdict().get("rel"):
        return _month_day_rel(m["rel"].lower(), guess, ctx.dct)
    weekday = re.match(_WEEKDAY, m.group(), re.IGNORECASE)
    year = _weekday_year(month, day, weekday.group().lower(), ctx.dct) if weekday else None
    year = year or _pick_year(guess, ctx.dct, ctx.tense(), slack=0 if ctx.own_verb() else 90)
    found = _safe_date(year, month, day)
    return ("DATE", found.isoformat()) if found else None


def _month_day_rel(rel: str, guess: date, dct: date) -> Result:
    """'last Oct. 23' is the latest one before the article, 'next March 3' the first after."""
    found: date | None = guess
    if rel == "last" and guess >= dct:
        found = _safe_date(guess.year - 1, guess.month, guess.day)
    elif rel == "next" and guess <= dct:
        found = _safe_date(guess.year + 1, guess.month, guess.day)
    return ("DATE", found.isoformat()) if found else None


def _weekday_year(month: int, day: int, weekday: str, dct: date) -> int | None:
    """'Saturday, April 25': the year near the article in which April 25 is a Saturday."""
    for year in (dct.year, dct.year - 1, dct.year + 1):
        found = _safe_date(year, month, day)
        if found and found.weekday() == WEEKDAYS[weekday]:
            return year
    return None


def _holiday_date(name: str, year: int) -> date:
    name = " ".join(name.lower().split())
    if name.startswith("thanksgiving"):
        first = date(year, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    if name.startswith("new year's"):
        return date(year, 12, 31) if name.endswith("eve") else date(year, 1, 1)
    return date(year, 12, 24) if name.endswith("eve") else date(year, 12, 25)


def _holiday(m: re.Match[str], ctx: _Context) -> Result:
    if m["y"]:
        return "DATE", _holiday_date(m["h"], int(m["y"])).isoformat()
    guess = _holiday_date(m["h"], ctx.dct.year)
    year = _pick_year(guess, ctx.dct, ctx.tense())
    return "DATE", _holiday_date(m["h"], year).isoformat()


def _weekday_date(weekday: int, ctx: _Context, tense: str | None, strict: bool = False) -> date:
    """The date of a weekday near the article date, in the direction the tense says."""
    back = (ctx.dct.weekday() - weekday) % 7 or (7 if strict else 0)
    ahead = (weekday - ctx.dct.weekday()) % 7 or (7 if strict else 0)
    if tense == FUTURE:
        return ctx.dct + timedelta(days=ahead)
    if tense == PAST:
        return ctx.dct - timedelta(days=back)
    # No cue: newswire mostly reports what happened, so the future must be clearly closer.
    return ctx.dct + timedelta(days=ahead) if ahead < back - 3 else ctx.dct - timedelta(days=back)


def _day_reference(word: str, ctx: _Context) -> date:
    """'yesterday' / 'Tuesday' / 'this' -> a date relative to the article."""
    word = word.lower()
    if word in WEEKDAYS:
        return _weekday_date(WEEKDAYS[word], ctx, ctx.tense())
    offset = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(word, 0)
    return ctx.dct + timedelta(days=offset)


def _daypart(m: re.Match[str], ctx: _Context) -> Result:
    day = _day_reference(m["day"], ctx)
    if m["day"].lower() == "last" and m["part"].lower() != "night":
        return None  # "last morning" is not an English way to say yesterday morning
    return "TIME", f"{day.isoformat()}T{PARTS_OF_DAY[m['part'].lower()]}"


def _time(m: re.Match[str], ctx: _Context) -> Result:
    hour = int(m["h"]) % 12 + (12 if m["ap"].lower().startswith("p") else 0)
    return "TIME", f"{ctx.dct.isoformat()}T{hour:02d}:{m['mi'] or '00'}"


def _partofday(m: re.Match[str], ctx: _Context) -> Result:
    """'mid-afternoon', 'the morning', 'late evening yesterday': that part of the day
    named, else of the article's day."""
    if not (m["mid"] or m["mod"] or m["day"] or m.group()[:3].lower() == "the"):
        return None  # "good evening", "a morning talk show"
    day = _day_reference(m["day"], ctx) if m["day"] else ctx.dct
    return "TIME", f"{day.isoformat()}T{PARTS_OF_DAY[m['part'].lower()]}"


def _oclock(m: re.Match[str], ctx: _Context) -> Result:
    """'4 in the morning' -> T04:00, '7 in the evening' -> T19:00."""
    hour = int(m["h"]) % 12 + (0 if m["part"].lower() == "morning" else 12)
    return "TIME", f"{ctx.dct.isoformat()}T{hour:02d}:00"


def _clock(m: re.Match[str], ctx: _Context) -> Result:
    hour = "24:00" if m["word"].lower() == "midnight" else "12:00"
    return "TIME", f"{ctx.dct.isoformat()}T{hour}"


def _tonight(m: re.Match[str], ctx: _Context) -> Result:
    return "TIME", f"{ctx.dct.isoformat()}TNI"


def _reldaypair(m: re.Match[str], ctx: _Context) -> Result:
    offset = -2 if m["dir"].lower().startswith("before") else 2
    return "DATE", (ctx.dct + timedelta(days=offset)).isoformat()


def _relday(m: re.Match[str], ctx: _Context) -> Result:
    return "DATE", _day_reference(m["rel"], ctx).isoformat()


def _relweekday(m: re.Match[str], ctx: _Context) -> Result:
    rel, weekday = m["rel"].lower().split()[-1], WEEKDAYS[m["wd"].lower()]
    if rel in ("last", "past"):
        return "DATE", _weekday_date(weekday, ctx, PAST, strict=True).isoformat()
    if rel == "next":
        return "DATE", _weekday_date(weekday, ctx, FUTURE, strict=True).isoformat()
    tense = PAST if ctx.tense() == PAST else FUTURE  # "this Friday": the coming one by default
    return "DATE", _weekday_date(weekday, ctx, tense).isoformat()


def _weekdays(m: re.Match[str], ctx: _Context) -> Result:
    """'every Tuesday', 'Tuesdays' -> XXXX-WXX-2; 'Tuesday nights' -> XXXX-WXX-2TNI."""
    weekday = WEEKDAYS[(m["wd"] or m["wd2"] or m["wd3"]).lower()]
    part = f"T{PARTS_OF_DAY[m['part'].lower()]}" if m["part"] else ""
    return "SET", f"XXXX-WXX-{weekday + 1}{part}"


def _months(m: re.Match[str], ctx: _Context) -> Result:
    """'each July' -> XXXX-07."""
    return "SET", f"XXXX-{_month_number(m['mon']):02d}"


def _weekday(m: re.Match[str], ctx: _Context) -> Result:
    return "DATE", _day_reference(m["wd"], ctx).isoformat()


def _decade(m: re.Match[str], ctx: _Context) -> Result:
    text = m["dec"]
    if text.startswith("'"):
        year = ctx.dct.year // 100 * 100 + int(text[1:])
        text = str(year - 100 if year > ctx.dct.year else year)
    return "DATE", text[:3]


def _century(m: re.Match[str], ctx: _Context) -> Result:
    return "DATE", f"{int(m['n']) - 1:02d}"


def _quarter_rule(m: re.Match[str], ctx: _Context) -> Result:
    """'the third quarter' -> 2018-Q3 (last year's if we are told it is over but it is not)."""
    is_half = m["unit"].lower() == "half"
    ordinal = m["ord"].lower()
    if ordinal in ("last", "final") and not is_half:
        return None  # "the last quarter" is the previous quarter: a later rule handles it
    number = 2 if is_half and ordinal in ("last", "final") else ORDINALS[ordinal]
    if number > 2 and is_half:
        return None
    year = _rel_year(m, ctx)
    if year is None:
        current = _quarter(ctx.dct.month) if not is_half else (ctx.dct.month - 1) // 6 + 1
        year = ctx.dct.year - (1 if number > current and ctx.tense() == PAST else 0)
    return "DATE", f"{year - (1 if m['ago'] else 0)}-{'H' if is_half else 'Q'}{number}"


def _rel_year(m: re.Match[str], ctx: _Context) -> int | None:
    """An explicit year ('of 1990', 'the 1988 third quarter', 'next year's first quarter')."""
    explicit = m["y"] or m.groupdict().get("y0")
    if explicit:
        return int(explicit)
    rel = m["rel"] or m.groupdict().get("rel0")
    if rel:
        return ctx.dct.year + {"this": 0, "last": -1, "next": 1}[rel.lower()]
    return None


def _year_period(m: re.Match[str], ctx: _Context) -> Result:
    """'the 1988 period' in an earnings report: that year's quarter matching the latest one."""
    _, quarter = _last_completed_quarter(ctx.dct)
    return "DATE", f"{m['y']}-Q{quarter}"


def _latest_period(m: re.Match[str], ctx: _Context) -> Result:
    year, quarter = _last_completed_quarter(ctx.dct)
    return "DATE", f"{year}-Q{quarter}"


def _year_end(m: re.Match[str], ctx: _Context) -> Result:
    return "DATE", str(ctx.dct.year)


def _the_year(m: re.Match[str], ctx: _Context) -> Result:
    """'for the year' is the article's year; 'the year ended March 31' a twelve-month
    period; 'the latest fiscal year' the last one closed."""
    if "Year" in m.group() and not m.group().isupper():
        return None  # a title: "Person of the Year"
    if m["ended"]:
        return "DURATION", "P1Y"
    return "DATE", str(ctx.dct.year - (1 if m["latest"] else 0))


def _that_year(m: re.Match[str], ctx: _Context) -> Result:
    """'that year', 'later that year': the year the text last named, if it named one."""
    named = _YEAR_NAMED.findall(ctx.before())
    return ("DATE", named[-1]) if named else None


def _coming(m: re.Match[str], ctx: _Context) -> Result:
    return "DATE", "FUTURE_REF"


def _long_compound(m: re.Match[str], ctx: _Context) -> Result:
    """'a day-long meeting' -> P1D; 'a decades-long feud' -> PXY."""
    return "DURATION", _duration(None if m["pl"] else 1, m["unit"].lower())


def _period_edge(m: re.Match[str], ctx: _Context) -> Result:
    """'the end of the month' -> the article's month; 'the start of this week' -> its week."""
    return "DATE", _week(ctx.dct) if m["unit"].lower() == "week" else f"{ctx.dct.year}-{ctx.dct.month:02d}"


def _the_weekend(m: re.Match[str], ctx: _Context) -> Result:
    """'over the weekend': the one just gone unless the verb looks ahead."""
    tense = ctx.tense()
    if tense is None:
        tense = PAST if ctx.dct.weekday() < 2 else None
    saturday = _weekday_date(5, ctx, tense) if tense else ctx.dct + timedelta(
        days=5 - ctx.dct.weekday())
    return "DATE", _week(saturday) + "-WE"


def _the_season(m: re.Match[str], ctx: _Context) -> Result:
    """'the summer', 'this winter': this year's, or last year's if the verb says it is over."""
    code, start = SEASONS[m["s"].lower()]
    year = ctx.dct.year
    if ctx.tense() == PAST and ctx.dct.month < start:
        year -= 1
    return "DATE", f"{year}-{code}"


def _spelled_year(m: re.Match[str], ctx: _Context) -> Result:
    """'nineteen ninety-six' -> 1996, 'the year two thousand' -> 2000 (transcribed speech)."""
    return "DATE", str(_spelled(m["y"]))


def _spelled(text: str) -> int:
    words = re.split(r"[\s-]+", text.lower())
    if words[0] == "two":
        return 2000 + (SMALL_NUMBERS[words[-1]] if words[-1] != "thousand" else 0)
    return 1900 + TENS[words[1]] + (SMALL_NUMBERS[words[2]] if len(words) > 2 else 0)


def _spelled_decade(m: re.Match[str], ctx: _Context) -> Result:
    tens = TENS[m["d"].lower()[:-3] + "y"]
    return "DATE", str(190 + tens // 10)


def _last_completed_quarter(dct: date) -> tuple[int, int]:
    year, month = _add_months(dct.year, dct.month, -3)
    return year, _quarter(month)


def _yearago_quarter(m: re.Match[str], ctx: _Context) -> Result:
    return "DATE", _year_ago_quarter(ctx)


def _the_quarter(m: re.Match[str], ctx: _Context) -> Result:
    """'the quarter' in earnings news is the one just reported: the last one completed."""
    rel = (m["rel"] or "").lower()
    if rel in ("current", "this") or (not rel and ctx.tense() == FUTURE):
        return "DATE", f"{ctx.dct.year}-Q{_quarter(ctx.dct.month)}"
    if not m.group().lower().startswith("the") and not rel:
        return None  # a bare "quarter" is usually "a quarter of the votes"
    year, quarter = _last_completed_quarter(ctx.dct)
    if rel == "previous":
        year, month = _add_months(year, quarter * 3, -3)
        quarter = _quarter(month)
    return "DATE", f"{year}-Q{quarter}"


def _fiscal(m: re.Match[str], ctx: _Context) -> Result:
    text = m["y"] or m["y2"]
    year = _two_digit_year(text[1:], ctx.dct) if text.startswith("'") else int(text)
    return "DATE", str(year)


def _ago(m: re.Match[str], ctx: _Context) -> Result:
    """'two weeks ago' -> a date at the granularity of the unit."""
    n, unit = _number(m["n"]), _unit(m["unit"])
    sign = 1 if m["dir"].lower().split()[0] in ("later", "hence", "from") else -1
    if n is None:
        return "DATE", "FUTURE_REF" if sign > 0 else "PAST_REF"
    if unit == "year" and n == 1 and _quarter_context(ctx):
        return "DATE", _year_ago_quarter(ctx)
    return "DATE", _shift(ctx.dct, unit, sign * n)


def _quarter_context(ctx: _Context) -> bool:
    """An earnings report: 'a year earlier' then means the same quarter a year before.
    The report must be near (a quarter named in the last few sentences), not anywhere
    earlier in a long article."""
    return "quarter" in ctx.before().lower()


def _year_ago_quarter(ctx: _Context) -> str:
    """The same quarter a year before the one reported: the quarter the text last named
    ("the third quarter ... a year earlier"), else the last completed one."""
    year, quarter = _last_completed_quarter(ctx.dct)
    named = _NAMED_QUARTER.findall(ctx.before())
    if named:
        # A quarter named in a report is this year's unless it has not begun yet (a
        # fiscal fourth quarter can be reported in November).
        quarter = ORDINALS[named[-1].lower()]
        year = ctx.dct.year - (1 if quarter > _quarter(ctx.dct.month) else 0)
    return f"{year - 1}-Q{quarter}"


_NAMED_QUARTER = re.compile(r"\b(first|second|third|fourth)[\s-]+quarter\b", re.IGNORECASE)


def _shift(dct: date, unit: str, amount: int) -> str:
    """The article date moved by `amount` units, written at that unit's granularity."""
    if unit in ("day", "hour", "minute", "second"):
        days = amount if unit == "day" else 0
        return (dct + timedelta(days=days)).isoformat()
    if unit == "week":
        return _week(dct + timedelta(weeks=amount))
    if unit in ("month", "quarter"):
        year, month = _add_months(dct.year, dct.month, amount * (3 if unit == "quarter" else 1))
        return f"{year}-{month:02d}" if unit == "month" else f"{year}-Q{_quarter(month)}"
    if unit == "decade":
        return str(dct.year // 10 + amount)
    if unit == "century":
        return f"{dct.year // 100 + amount:02d}"
    return str(dct.year + amount)


REL_OFFSETS = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1,
               "coming": 1, "following": 1}


def _relpart(m: re.Match[str], ctx: _Context) -> Result:
    """'last week', 'earlier this month', 'late last year', 'this summer'."""
    if m["unit"][0].isupper() and not m.group().isupper():
        return None  # a title: ABC's "This Week"
    rel, unit = m["rel"].lower(), m["unit"].lower()
    offset = REL_OFFSETS[rel]
    if rel == "past" and unit not in SEASONS and unit != "weekend":
        return "DURATION", _duration(1, unit)  # "past year" is the last twelve months
    if unit in SEASONS:
        return "DATE", _season(unit, offset, ctx.dct)
    if unit in ("weekend", "week"):
        suffix = "-WE" if unit == "weekend" else ""
        return "DATE", _week(ctx.dct + timedelta(weeks=offset)) + suffix
    return "DATE", _shift(ctx.dct, unit, offset)


def _season(name: str, offset: int, dct: date) -> str:
    """'last fall' -> last year's fall (newswire usage), 'next summer' -> the next to come."""
    code, start = SEASONS[name]
    year = dct.year
    if offset < 0:
        year -= 1
    if offset > 0 and dct.month >= start:
        year += 1
    return f"{year}-{code}"


def _the_relunit(m: re.Match[str], ctx: _Context) -> Result:
    """'the past week' is a duration; 'the following year' is the year after the last
    one the text named ("elected in 1994 ... the following year")."""
    rel, unit = m["rel"].lower(), m["unit"].lower()
    if unit == "year" and rel in ("following", "previous"):
        named = _YEAR_NAMED.findall(ctx.before())
        if named:
            return "DATE", str(int(named[-1]) + (1 if rel == "following" else -1))
    if unit in ("year", "decade") and rel != "following":
        # TimeBank reads "in the past year" as the calendar year before the article's.
        return "DATE", _shift(ctx.dct, unit, REL_OFFSETS[rel])
    return "DURATION", _duration(1, unit)


_YEAR_NAMED = re.compile(r"(?<![\d$£€.,-])\b((?:1[89]|20)\d\d)\b(?![\d%,.-]\d)")


def _set(m: re.Match[str], ctx: _Context) -> Result:
    """'every week' -> P1W; 'a year' only after a quantity ('$5 million a year')."""
    unit = m["unit"].lower()
    lead = m.group().lower().split()
    if lead[0] == "a" and not _after_quantity(ctx):
        return None
    if unit in PARTS_OF_DAY:
        return "SET", f"TXX{PARTS_OF_DAY[unit]}" if unit != "night" else "TNI"
    if unit == "weekend":
        return "SET", "XXXX-WXX-WE"
    return "SET", _duration(1, unit)


def _after_quantity(ctx: _Context) -> bool:
    word = ctx.previous_word()
    return bool(word) and (word[-1].isdigit() or word in (
        "million", "billion", "thousand", "percent", "times", "once", "twice", "dollars",
        "cents", "hundred", "trillion"))


def _setadv(m: re.Match[str], ctx: _Context) -> Result:
    return "SET", SET_ADVERBS[m["adv"].lower()]


def _duration_rule(m: re.Match[str], ctx: _Context) -> Result:
    unit = _unit(m["unit"])
    n = _number(m["n"])
    if _not_a_unit(m, unit, ctx):
        return None
    if "and a half" in m.group().lower() or "1/2" in m["n"]:
        return "DURATION", _duration(None, unit) if n is None else _half_duration(n, unit)
    if m["n"].lower() in ("a", "an") and _after_quantity(ctx) and unit != "quarter":
        return "SET", _duration(1, unit)
    return "DURATION", _duration(n, unit)


_FRACTION_OF = re.compile(r"\s+of\s+(?:the|its|his|her|their|our|all|a|an|those|these|them|it)\b",
                          re.IGNORECASE)


def _not_a_unit(m: re.Match[str], unit: str, ctx: _Context) -> bool:
    """'three-quarters of its food', 'a quarter of the market' are fractions; 'a second
    group' is an ordinal."""
    if unit == "quarter" and _FRACTION_OF.match(ctx.text, m.end()):
        return True
    if unit == "second" and m["n"].lower() in ("a", "an"):
        span = ctx.span
        return span is not None and span[-1].tag_ in ("JJ", "RB")
    return False


# A half of a unit in the next smaller one: 'two and a half years' -> P2Y6M.
HALVES = {"year": "6M", "hour": "30M", "minute": "30S", "day": "T12H"}


def _half_duration(n: int, unit: str) -> str:
    """'2 1/2 years' -> P2Y6M, '5 1/2 hours' -> PT5H30M, 'three and a half weeks' ->
    P24DT12H; a decimal where no smaller unit fits ('a month and a half' -> P1.5M)."""
    if unit == "week":
        return f"P{7 * n + 3}DT12H"
    if unit in HALVES:
        return _duration(n, unit) + HALVES[unit]
    letter, mult, _ = UNITS[unit]
    amount = f"{n}.5" if mult == 1 else str(n * mult + mult // 2)
    return f"P{amount}{letter}"


def _vague_units(m: re.Match[str], ctx: _Context) -> Result:
    return "DURATION", _duration(None, _unit(m["unit"]))


def _recent(m: re.Match[str], ctx: _Context) -> Result:
    """'in recent years' is the vague past; 'recent weeks' a vague span of weeks."""
    unit = _unit(m["unit"])
    return ("DATE", "PAST_REF") if unit == "year" else ("DURATION", _duration(None, unit))


def _future(m: re.Match[str], ctx: _Context) -> Result:
    return "DATE", "FUTURE_REF"


def _vague_adj(m: re.Match[str], ctx: _Context) -> Result:
    """'current market conditions', 'a recent filing', 'future losses' (TimeML tags these)."""
    return "DATE", {"current": "PRESENT_REF", "recent": "PAST_REF"}.get(m["w"].lower(),
                                                                       "FUTURE_REF")


def _vague(m: re.Match[str], ctx: _Context) -> Result:
    return "DATE", VAGUE[" ".join(m.group().lower().split())]


def _monthyear(m: re.Match[str], ctx: _Context) -> Result:
    if m["y"] or m["sy"]:
        year = int(m["y"]) if m["y"] else _spelled(m["sy"])
    else:
        year = ctx.dct.year + REL_OFFSETS[m["rel"].lower()]
    return "DATE", f"{year}-{_month_number(m['mon']):02d}"


def _seasonyear(m: re.Match[str], ctx: _Context) -> Result:
    year = m["y"] or _spelled(m["sy"])
    return "DATE", f"{year}-{SEASONS[m['s'].lower()][0]}"


def _month(m: re.Match[str], ctx: _Context) -> Result:
    """A month name alone: a date only where the parse or a preposition says so."""
    month = _month_number(m["mon"])
    if not (m["rel"] or m["mod"] or _looks_temporal(ctx, MONTH_CUES)):
        return None
    rel = (m["rel"] or "").lower()
    year = ctx.dct.year
    if rel == "last":
        year -= 0 if month < ctx.dct.month else 1
    elif rel == "next":
        year += 0 if month > ctx.dct.month else 1
    elif not rel:
        # "gave them until November", "to finish by May": a deadline, the nearest one.
        # A month reached through a noun or an infinitive ("November transactions",
        # "agreed to admit them in March") need not be as past as the verb; a future verb
        # still looks ahead ("will lead a mission in December").
        tense = None if ctx.previous_word() in DEADLINE_WORDS else ctx.tense()
        if tense == PAST and not ctx.own_verb():
            tense = None
        year = _pick_year(date(ctx.dct.year, month, 15), ctx.dct.replace(day=15), tense)
    return "DATE", f"{year}-{month:02d}"


def _looks_temporal(ctx: _Context, cues: set[str]) -> bool:
    """spaCy calls it a DATE, or a preposition such as 'in' or 'since' introduces it."""
    token = ctx.token()
    if token is not None and token.ent_type_ == "DATE":
        return True
    return ctx.previous_word() in cues


def _year(m: re.Match[str], ctx: _Context) -> Result:
    if not (m["mod"] or _looks_temporal(ctx, YEAR_CUES)) or _counts_something(ctx):
        return None
    return "DATE", m["y"]


# Words after a number that make it an amount: currencies and units.
COUNT_UNITS = set("""
won yen yuan renminbi dollars dollar euros euro pounds pound sterling rupees rupee naira rand
francs marks lire pesos rubles roubles dinars shekels baht ringgit tonnes tons kilometres
kilometers miles metres meters feet barrels units shares points
""".split())


def _counts_something(ctx: _Context) -> bool:
    """'2018 voters', '2018 won each': a number modifying a plural noun, or before a
    currency or unit, is a count, not a year."""
    token = ctx.token()
    after = ctx.text[ctx.end:ctx.end + 16].split()
    if after and after[0].lower().strip(".,;") in COUNT_UNITS:
        return True
    return (token is not None and token.dep_ == "nummod" and token.head.tag_ == "NNS"
            and token.head.i == token.i + 1)


def _yearearlier(m: re.Match[str], ctx: _Context) -> Result:
    if _quarter_context(ctx):
        return "DATE", _year_ago_quarter(ctx)
    return "DATE", str(ctx.dct.year - 1)


HANDLERS: dict[str, Handler] = {
    "iso": _iso, "slash": _slash, "md": _month_day, "dm": _month_day, "holiday": _holiday,
    "daypart": _daypart, "partofday": _partofday, "time": _time, "oclock": _oclock, "clock": _clock, "tonight": _tonight,
    "reldaypair": _reldaypair, "relday": _relday, "relweekday": _relweekday,
    "weekdays": _weekdays, "weekday": _weekday, "decade": _decade, "century": _century,
    "quarter": _quarter_rule, "yearago_quarter": _yearago_quarter, "the_quarter": _the_quarter,
    "months": _months, "fiscal": _fiscal, "ago": _ago, "relpart": _relpart, "the_relunit": _the_relunit,
    "set": _set, "setadv": _setadv, "duration": _duration_rule, "vague_units": _vague_units,
    "recent": _recent, "future": _future, "vague": _vague, "monthyear": _monthyear,
    "seasonyear": _seasonyear, "month": _month, "year": _year, "yearearlier": _yearearlier,
    "year_period": _year_period, "latest_period": _latest_period, "year_end": _year_end,
    "period_edge": _period_edge, "the_year": _the_year, "that_year": _that_year,
    "coming": _coming, "term": _coming, "long_compound": _long_compound,
    "the_weekend": _the_weekend, "the_season": _the_season, "spelled_year": _spelled_year,
    "spelled_decade": _spelled_decade, "vague_adj": _vague_adj,
}
assert set(HANDLERS) == {name for name, _ in RULES}, "every rule needs a handler"


# ---------------------------------------------------------------------------- extraction
def extract_timexes(doc: Doc) -> list[Timex]:
    """Find the temporal expressions of a parsed doc and normalise them against its date.

    Args:
        doc: A doc run through a pipeline with a tagger, parser and NER, whose
            `doc._.dct` is the article date (`datetime.date`).

    Returns:
        TIMEX3 expressions sorted by start, non-overlapping, with character offsets
        into `doc.text`.

    Raises:
        DateError: If the doc has no article date to resolve relative expressions against.
    """
    dct = doc._.dct
    if dct is None:
        raise DateError("document has no date", hint="give the article a date (header line "
                        "' date YYYY-MM-DD', --date, or a 'date' field)")
    text = doc.text
    return _anchor_times(_scan(doc, text, dct), text)


def _scan(doc: Doc, text: str, dct: date) -> list[Timex]:
    """Try the scanner only where a trigger word starts: far cheaper than searching."""
    found: list[Timex] = []
    for word in WORD.finditer(text):
        if (found and word.start() < found[-1].end) or not _is_trigger(word.group()):
            continue
        match = SCANNER.match(text, word.start())
        timex = _normalise_at(match, doc, text, dct) if match else None
        if timex is not None:
            found.append(timex)
    return found


def _is_trigger(word: str) -> bool:
    return word[0].isdigit() or word.lower() in TRIGGERS


def _normalise_at(match: re.Match[str], doc: Doc, text: str, dct: date) -> Timex | None:
    """The first rule, from the one that matched on, that gives a value at this position.

    A rule may match and still decline ("a year" not after a quantity), in which case a
    later, more general rule ("a year" as a duration) gets its chance.
    """
    start = match.start()
    for name in RULE_NAMES[RULE_NAMES.index(match.lastgroup):]:
        inner = RULE_PATTERNS[name].match(text, start)
        if inner is None or inner.end() == start:
            continue
        result = HANDLERS[name](inner, _Context(doc, text, dct, start, inner.end()))
        if result is not None:
            return Timex(start, inner.end(), inner.group(), result[0], result[1])
    return None


def _anchor_times(timexes: list[Timex], text: str) -> list[Timex]:
    """'Friday at 3 p.m.', '10 p.m. Wednesday': one TIME on the day of the date next to it."""
    out: list[Timex] = []
    for timex in timexes:
        previous = out[-1] if out else None
        if previous is not None and _adjacent(previous, timex, text):
            clock, day = (timex, previous) if _is_clock(timex) else (previous, timex)
            if _is_clock(clock) and _is_day(day.value):
                out[-1] = Timex(previous.start, timex.end, text[previous.start:timex.end],
                                "TIME", day.value + clock.value[10:])
                continue
        out.append(timex)
    return out


def _is_clock(timex: Timex) -> bool:
    return timex.type == "TIME" and _CLOCK_VALUE.match(timex.value) is not None


def _adjacent(first: Timex, second: Timex, text: str) -> bool:
    return _NEIGHBOUR_GAP.fullmatch(text, first.end, second.start) is not None


def _is_day(value: str) -> bool:
    return len(value) == 10 and value[4] == "-" and value[7] == "-"


# ---------------------------------------------------------------------------- component
class TimexComponent(Component):
    """Pipeline component: sets `doc._.timexes` from `extract_timexes`."""

    attribute = "timexes"

    def extract(self, doc: Doc) -> list[Timex]:
        return extract_timexes(doc)


@Language.factory("dateline_timex", assigns=["doc._.timexes"], requires=["doc.ents", "token.dep"])
def make_timex_component(nlp: Language, name: str) -> TimexComponent:
    """Factory for `nlp.add_pipe("dateline_timex")`."""
    return TimexComponent()
