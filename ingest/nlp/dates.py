"""Temporal expressions: find them in news text and normalise them against a publication date.

The grammar is ours: a table of compiled regular expressions, each with a function that turns a
match into TimeML TIMEX3 values (`2013-03-22`, `2013-W11`, `2013-03`, `2013-Q1`, `2013`, `201`
for a decade, `P3D`, `PRESENT_REF`, ...). python-dateutil does the calendar arithmetic.

Underspecified dates ("on Tuesday", "in March", "Jan. 20") take the occurrence on or before the
anchor, unless the words around them point to the future ("will meet on Tuesday"). A caller
that knows more of the grammar (events know which act is only planned or hoped for) can name
a word of the text as future, `future_at`: it counts for the dates after it as "will" would.
"""

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from functools import partial
from typing import NamedTuple

from dateutil.easter import easter
from dateutil.relativedelta import MO, TH, relativedelta
from pydantic import BaseModel, ConfigDict, Field

from graph.models import DatePrecision, DateSource
from ingest.calendar_names import MONTHS, WEEKDAYS
from ingest.nlp.verb_forms import IRREGULAR_PASTS

__all__ = [
    "TimeExpression",
    "find_dates",
    "long_before",
    "resolve_date",
    "shift_day",
    "within_story",
]


class TimeExpression(BaseModel):
    """One temporal expression found in a text, with its TimeML value."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str
    start: int
    end: int
    value: str
    precision: str  # day, week, month, quarter, season, year, decade, century, time, ...
    type: str  # DATE, TIME, DURATION or SET
    # A year, or a month of a year, that opens its sentence: the scene the text goes on telling
    # of. How the text reads, not a TimeML attribute: left out of what `dates --json` prints.
    frame: bool = Field(default=False, exclude=True)

    def reference(self) -> date | None:
        """The day this expression makes the time the text is talking about, if it does."""
        return _reference_of(self)

    def first_day(self) -> date | None:
        """The first day of the calendar period this expression names, if it names one."""
        found = _calendar(self.value, self.precision, self.type)
        return None if found is None else found[0]

    def sets_time(self) -> bool:
        """Whether "at the time" after this expression is its time."""
        return _told_time(self) is not None

    def names_month(self) -> bool:
        """Whether this expression names a month, or a day of it untold ("2017-03-XX")."""
        found = _calendar(self.value, self.precision, self.type)
        return found is not None and found[1] is DatePrecision.MONTH


class _Hit(NamedTuple):
    start: int
    end: int
    value: str
    precision: str
    type: str = "DATE"
    # (unit, amount): a time told from the reference time ("a week later"), resolved once the
    # dates before it are known; a weekday's name as the unit is that weekday before (-1) or
    # after (1) the reference day.
    shift: tuple[str, int] | None = None
    # A year, or a month of a year, that opens its sentence ("In 2016, ...", "Last year, ..."): it
    # sets the scene the text goes on telling of, where a day dates one act.
    frame: bool = False
    # A month (and day) whose year was not told, guessed around the anchor: a story telling of
    # an earlier year puts it in that year (see `_from_reference`).
    year_guessed: bool = False


# ---------------------------------------------------------------------------------------------
# Vocabulary

_MONTHS = {name: number for number, name in enumerate(MONTHS, start=1)}
_MONTH_ABBREVIATIONS = {"Sept": 9} | {name[:3]: number for name, number in _MONTHS.items()}
_MONTH_NUMBER = {k.lower(): v for k, v in (_MONTHS | _MONTH_ABBREVIATIONS).items()}
_WEEKDAYS = list(WEEKDAYS)
_WEEKDAY_NUMBER = {name.lower(): i for i, name in enumerate(_WEEKDAYS)}

_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "a couple of": 2,
    "couple of": 2,
    "a half": 0.5,
    "half a": 0.5,
    "half an": 0.5,
    "a dozen": 12,
    "dozen": 12,
}
_VAGUE_NUMBERS = ("several", "a few", "few", "many", "some", "a number of")
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3}
_ORDINALS |= {"4th": 4}

_PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_SET_ADVERBS = {
    "hourly": "PT1H",
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "quarterly": "P3M",
    "annually": "P1Y",
    "yearly": "P1Y",
}
# Unit → (TimeML duration letter, multiplier, is a time-of-day unit).
# A half of a unit, in the next smaller one ("2 1/2 years": P2Y6M, "5 1/2 hours": PT5H30M).
_HALVES = {"year": "6M", "month": "15D", "day": "T12H", "hour": "30M", "minute": "30S"}
_UNITS = {
    "second": ("S", 1, True),
    "minute": ("M", 1, True),
    "hour": ("H", 1, True),
    "day": ("D", 1, False),
    "week": ("W", 1, False),
    "fortnight": ("W", 2, False),
    "month": ("M", 1, False),
    "quarter": ("M", 3, False),
    "year": ("Y", 1, False),
    "decade": ("DE", 1, False),
    "century": ("CE", 1, False),
}
_YEARS_IN = {"decade": 10, "century": 100}
_REFERENCES = {
    "now": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "just now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "presently": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "recently": "PAST_REF",
    "lately": "PAST_REF",
    "the past": "PAST_REF",
    "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF",
}


def _alternation(words: list[str]) -> str:
    """A regex alternation that tries the longest words first."""
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


# Month and weekday names are matched capitalised ("May", "March" and "Sun" are also words),
# and in lower case, as text typed without capitals writes them, where no other word has that
# spelling: every weekday, every month but "march" and "may", which are such words unless "on"
# and a day of the month come with them ("on may 3", "on 3 may").
_LOWER_DAY_MONTH = r"(?:(?<=\bon\x20)|(?<=\bon\x20\d\x20)|(?<=\bon\x20\d\d\x20))(?:march|may)\b"
_LOWER_MONTHS = [m.lower() for m in _MONTHS if m not in ("March", "May")]
_MONTH_FULL = (
    rf"(?:{_alternation(list(_MONTHS))}|{_alternation([m.upper() for m in _MONTHS])}"
    rf"|{_alternation(_LOWER_MONTHS)})\b"
)
_MONTH_SHORT = rf"(?:{_alternation(list(_MONTH_ABBREVIATIONS))})\b\.?"
_MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_SHORT}|{_LOWER_DAY_MONTH})"
_WEEKDAY_NAME = (
    rf"(?:{_alternation(_WEEKDAYS)}|{_alternation([w.upper() for w in _WEEKDAYS])}"
    rf"|{_alternation([w.lower() for w in _WEEKDAYS])})"
)
_WEEKDAY = rf"{_WEEKDAY_NAME}\b"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)\b"
_NUM_WORD = _alternation(list(_NUMBERS))
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS_DIGIT = "one|two|three|four|five|six|seven|eight|nine"
_NUM = (
    rf"(?:\d+(?:\.\d+)?|(?:{_TENS})(?:[\s-]+(?:{_UNITS_DIGIT}))?|{_NUM_WORD}"
    rf"|{_alternation(list(_VAGUE_NUMBERS))})"
)
_UNIT = r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur(?:y|ie))s?"
_DECADE_WORDS = "twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties"
_PART = rf"(?:{'|'.join(_PARTS_OF_DAY)})"


def _rx(pattern: str) -> re.Pattern[str]:
    """Compile a grammar pattern: words stand alone, whitespace may be any run of spaces."""
    return re.compile(rf"(?<![\w$£€/.-])(?:{pattern})(?![\w%])".replace(" ", r"\s+"))


# ---------------------------------------------------------------------------------------------
# Context: tense of the words around an expression, for underspecified dates


_SENTENCE_END = re.compile(r"[.!?][\"')\]\u201d\u2019]*\s+(?=[\"'\u201c\u2018(A-Z])|\n\s*\n")
# Words whose period ends no sentence: initials, titles, "vs.", months, company suffixes.
_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:[A-Z]|vs|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Jr|Sr|Prof|Rev"
    r"|Inc|Corp|Co|Ltd|No|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)$"
)
# Verbs whose infinitive tells of a time after them ("agreed to buy the line in February").
_FORWARD_VERBS = (
    r"agree|decide|promise|pledge|vow|threaten|prepare|vote|propose|offer|undertake|resolve"
)
# Their nouns, and others of an undertaking, tell the same ("an agreement to acquire the bank in
# January" in a November article: the coming January).
_FORWARD_NOUNS = r"agreement|decision|proposal|commitment|bid|deal|accord|pact"
_FUTURE_MARKERS = re.compile(
    r"\b(?:will|won't|shall|going to|plan(?:s|ned|ning)? to|(?:planned|slated) for|scheduled"
    r"|expected|due to be"
    r"|(?:is|are|was|were) (?:due|set|to)|set to|upcoming|next(?! to\b)|as soon as"
    r"|(?:hop(?:e|es|ed|ing)|(?:intend|aim|want|seek|expect)(?:s|ed|ing)?|wish(?:es|ed|ing)?"
    rf"|sought|(?:{_FORWARD_VERBS})(?:s|d|ed|ing)?|(?:{_FORWARD_NOUNS})s?) to)\b"
    r"|'ll\b"
    # "would have met on Monday": the perfect of "would" tells a past that did not come about
    r"|\bwould\b(?!\s+(?:not\s+)?have\b)",
    re.IGNORECASE,
)
# A verb of intention in the past before "to": what it looks forward to is ahead of it, but a
# date told before it is its own time ("In March, Armenia agreed to withdraw": the March before).
_PAST_INTENT = re.compile(
    rf"(?:(?:{_FORWARD_VERBS})e?d|hoped|intended|aimed|wanted|sought|wished|planned) to",
    re.IGNORECASE,
)
_PAST_MARKERS = re.compile(
    r"\b(?:(?:was|were|had|did|ago|last)\b"
    # a participle after "be" is a passive, whose tense is its auxiliary's ("will be paid",
    # "is heard")
    r"|(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )"
    r"(?:said|told|went|met|made|took|came|gave|held"
    r"|began|won|lost|fell|rose|sold|bought|left|sent|spoke|wrote|saw|thought|got|paid|found"
    # a lower-case word, a past if in -ed or irregular (`_past_markers`): not a name such as
    # "United", "Mohammed" or "Rose"
    r"|became|brought|(?P<word>(?-i:[a-z]{2,})))\b)",
    re.IGNORECASE,
)
# A past form after a determiner, maybe past an adverb, is an adjective or a noun: "on a still
# unspecified date", "the proposed merger", "a slew of", "a shot" tell no past.
_DETERMINER_BEFORE = re.compile(
    r"\b(?:a|an|the|its|his|her|their|our|this|these|those)\s+"
    r"(?:(?:[a-z]+ly|still|just|already)\s+)?$",
    re.IGNORECASE,
)


def _past_markers(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """The past-tense markers between two positions, less the adjectives and nouns of a past's
    form."""
    for m in _PAST_MARKERS.finditer(text, lo, hi):
        word = m["word"]
        if word is None or (
            (word.endswith("ed") or word in IRREGULAR_PASTS)
            and not _DETERMINER_BEFORE.search(text, max(0, m.start() - 30), m.start())
        ):
            yield m


_RIGHT_AFTER = re.compile(r"(?:\s+(?:on|in))?\s+", re.IGNORECASE)
_DEADLINE = re.compile(r"\b(?:by|until|till|through|to|before|effective|expires?)\s+$", re.I)
# A time granted ("gave the rebels until Friday to disarm", "was given until Monday"): it ends
# after the granting, whatever the tense of the verb that grants it; not in the past perfect,
# which tells the granting before the story's time, its deadline maybe passed ("had given the
# government until Thursday, but this deadline was not met").
_TIME_GRANTED = re.compile(
    r"(?<!\bhad )(?<!\bhad been )(?<!'d )"
    r"\b(?:g[ai]ve[ns]?|giving|grant(?:s|ed|ing)?)(?:\s+[\w'-]+){0,12}?\s+(?:until|till)\s+$",
    re.I,
)
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
# A time that is the subject of a verb of coming nearer ("as Election Day drew closer", "as
# Easter approached"): that tense tells the story's time, not the date's, which lies ahead of it.
_APPROACHED = re.compile(
    r"\s+(?:(?:drew|draws|drawing|draw|came|comes|coming|got|gets|getting) (?:near|close)r?\b"
    r"|(?:approach|near|loom)(?:e?s|e?d|ing)?\b)",
    re.IGNORECASE,
)
# A time named, not dated: "during his tenure", "when he was mayor".
_UNDATED_TIME = re.compile(r"\b(?:during|when|while)\b", re.IGNORECASE)
# What opens a sentence before a year that sets its scene: "In 2016, ...", "During 2016", and
# an occasion the year names that the sentence is told in ("In the 2016 election, ...").
_FRAME_OPENER = re.compile(
    r"\W*(?:(?:(?:back|early|late|later|earlier) )?(?:in|during) (?:early |late |mid-|the )?)?",
    re.I,
)


_WORD = re.compile(r"\w+")


class _Context:
    """The text being searched, its anchor, and a tense guess for any position in it."""

    def __init__(
        self,
        text: str,
        anchor: date,
        future_at: int | None = None,
        tense: str | None = None,
        *,
        quarter_told: bool = False,
        tense_at: Callable[[int], str | None] | None = None,
    ) -> None:
        self.text = text
        self.anchor = anchor
        self.quarter_told = quarter_told
        self.future_word = _WORD.match(text, future_at) if future_at is not None else None
        self.known_tense = tense
        self.tense_at = tense_at
        self._bounds: list[int] | None = None
        self._markers: dict[int, list[tuple[int, int, bool]]] = {}
        self._quarters: list[int] | None = None

    def _sentence(self, pos: int) -> tuple[int, int]:
        if self._bounds is None:
            ends = _SENTENCE_END.finditer(self.text)
            self._bounds = [
                0,
                *(
                    m.end()
                    for m in ends
                    if not _ABBREVIATION.search(self.text, max(m.start() - 5, 0), m.start())
                ),
            ]
            self._bounds.append(len(self.text))
        i = bisect_right(self._bounds, pos)
        return self._bounds[i - 1], self._bounds[min(i, len(self._bounds) - 1)]

    def parsed_tense(self, start: int) -> str | None:
        """The tense of the verb that governs the expression at `start` by the caller's parse
        ("past", "perfect", "future", "present"), or None where the parse tells none."""
        return None if self.tense_at is None else self.tense_at(start)

    def tense(self, start: int, end: int) -> str | None:
        """ "future" or "past": the caller's, else the parsed tense of the verb governing the
        span, else after the tense marker nearest the span in its sentence, or None."""
        if self.known_tense is not None:
            return self.known_tense
        parsed = self.parsed_tense(start)
        if parsed is not None:
            return {"present": None, "perfect": "past"}.get(parsed, parsed)
        lo, hi = self._sentence(start)
        markers = self._markers.get(lo)
        if markers is None:
            markers = [
                (m.start(), m.end(), True) for m in _FUTURE_MARKERS.finditer(self.text, lo, hi)
            ]
            markers += [(m.start(), m.end(), False) for m in _past_markers(self.text, lo, hi)]
            self._markers[lo] = markers
        word = self.future_word
        if word is not None and lo <= word.start() and word.end() <= start:
            # The act's verb dates what follows it: in "urged China on Monday to exercise
            # restraint", Monday is when China was urged.
            markers = [*markers, (word.start(), word.end(), True)]
        best: tuple[int, bool, bool] | None = None
        future = None
        for m_start, m_end, is_future in markers:
            if m_end <= start:
                distance = start - m_end
            elif m_start >= end:
                distance = m_start - end
            else:
                continue  # a marker inside the expression itself ("last", "next")
            # A date follows the verb it modifies: a marker after it counts at twice its
            # distance ("will admit them in March, an official said"), and at equal distance
            # the verb before wins ("said on Tuesday it will ..."); then the future.
            after = m_start >= end
            if after and is_future and _PAST_INTENT.fullmatch(self.text, m_start, m_end):
                is_future = False
            rank = (distance * (2 if after else 1), after, not is_future)
            if best is None or rank < best:
                best, future = rank, is_future
        return None if future is None else "future" if future else "past"

    def mentions_quarter(self, pos: int) -> bool:
        """Whether the story tells of a calendar quarter in the sentence of a position or before
        it, in this text or (`quarter_told`) before it: company results compare that quarter
        with the same one "a year ago"."""
        if self._quarters is None:
            self._quarters = [
                hit.start
                for rule in _RULES
                if rule.handle in (_ordinal_quarter, _quarter_ref)
                for m in _matches(rule, self.text)
                for hit in rule.handle(m, self)
            ]
        end = self._sentence(pos)[1]
        return self.quarter_told or any(start < end for start in self._quarters)

    def date_tense(self, start: int, end: int) -> str | None:
        """The tense for an underspecified date; none after "by", "until", "through"...

        A deadline ("extended the offer until Nov. 20") is not dated by its verb's tense.
        """
        if _DEADLINE.search(self.text, max(0, start - 12), start):
            # only a future tense reads it: "will double its flights by August"
            return "future" if self.tense(start, end) == "future" else None
        if _SINCE.search(self.text, max(0, start - 8), start):
            return "past"  # "since January": a start already behind, whatever the verb's tense
        if _APPROACHED.match(self.text, end):
            return None  # "as Christmas approached": the nearer one, as for a date untensed
        return self.tense(start, end)

    def is_deadline_ahead(self, start: int, end: int, *, last: date | None = None) -> bool:
        """Whether a date is a deadline not told in the past ("has until Friday to answer", "the
        truce lasts until March 1"), which lies ahead unless its `last` occurrence passed within
        the story's reach: a deadline just passed is still news ("to return him by Jan. 14"
        told on Jan. 15)."""
        return (
            bool(_DEADLINE.search(self.text, max(0, start - 12), start))
            and self.tense(start, end) != "past"
            and (last is None or not within_story(last, self.anchor))
        )

    def ends_time_granted(self, start: int) -> bool:
        """Whether a date ends a time granted ("gave them until Friday to leave"): a weekday's
        is the next after the granting, whatever its tense. A month's reads as any deadline's:
        the nearer one."""
        return _TIME_GRANTED.search(self.text, max(0, start - 120), start) is not None

    def names_time_before(self, start: int) -> bool:
        """Whether the sentence names a time of its own before `start` ("during his tenure")."""
        return _UNDATED_TIME.search(self.text, self._sentence(start)[0], start) is not None

    def starts_sentence(self, start: int) -> bool:
        """Whether a word is the first of its sentence, after any opening quote or bracket."""
        return not self.text[self._sentence(start)[0] : start].strip(" \"'\u201c\u2018(")

    def opens_sentence(self, start: int) -> bool:
        """Whether a date opens its sentence after a preposition of time ("In 2016, ...")."""
        return _FRAME_OPENER.fullmatch(self.text, self._sentence(start)[0], start) is not None

    def follows_past_verb(self, start: int) -> bool:
        """Whether a position comes right after a past verb, whose time it tells ("the year
        ended Jan. 31", "met on Dec. 30"): that past is certain however far back. Not after a
        verb of schedule ("scheduled on", "expected in"), which looks forward."""
        lo = max(self._sentence(start)[0], start - 30)
        return any(
            _RIGHT_AFTER.fullmatch(self.text, m.end(), start)
            and not _FUTURE_MARKERS.fullmatch(m.group())
            for m in _past_markers(self.text, lo, start)
        )

    def knows_tense(self, start: int) -> bool:
        """Whether the tense of a date at a position is certain, not guessed from words farther
        off: the caller's, the parse's, a past verb right before it, or "since"."""
        return (
            self.known_tense is not None
            or self.parsed_tense(start) is not None
            or self.follows_past_verb(start)
            or bool(_SINCE.search(self.text, max(0, start - 8), start))
        )

    def is_future(self, start: int, end: int) -> bool:
        return self.tense(start, end) == "future"


def in_quotation(text: str, pos: int) -> bool:
    """Whether a position of a text lies inside a quotation opened in its paragraph."""
    before = text[text.rfind("\n", 0, pos) + 1 : pos]
    return (
        before.count('"') % 2 == 1
        or before.count("\u201c") > before.count("\u201d")
        or before.count("``") > before.count("''")
    )


# ---------------------------------------------------------------------------------------------
# Calendar helpers


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _quarter(day: date) -> int:
    return (day.month - 1) // 3 + 1


def _last_quarter(day: date) -> date:
    """The first day of the last complete quarter before a day."""
    return date(day.year, (_quarter(day) - 1) * 3 + 1, 1) - relativedelta(months=3)


def _number(word: str) -> float | None:
    """The value of a number written in digits or words; None for vague ones ("several")."""
    word = re.sub(r"\s+", " ", word.lower())
    if word[0].isdigit():
        return float(word)
    if word in _NUMBERS:
        return _NUMBERS[word]
    parts = re.split(r"[\s-]+", word)
    if len(parts) == 2 and parts[0] in _NUMBERS and parts[1] in _NUMBERS:
        return _NUMBERS[parts[0]] + _NUMBERS[parts[1]]
    return None


def _unit(word: str) -> str:
    word = word.lower().rstrip("s")
    return "century" if word.startswith("centur") else word


def _shift(anchor: date, unit: str, amount: int) -> date | None:
    """The anchor moved by a whole number of calendar units; None past the calendar's years
    1 to 9999 ("2100 years ago" told in 2001), a time no date can hold."""
    n = amount * _UNITS[unit][1]
    years = _YEARS_IN.get(unit, 1)
    try:
        if unit == "day":
            return anchor + timedelta(days=n)
        if unit in ("week", "fortnight"):
            return anchor + timedelta(weeks=n)
        if unit in ("month", "quarter"):
            return anchor + relativedelta(months=n)
        return anchor + relativedelta(years=years * n)
    except (ValueError, OverflowError):
        return None


def _period(day: date, unit: str) -> tuple[str, str]:
    """The TimeML value and precision of the calendar unit that contains a day."""
    if unit == "day":
        return day.isoformat(), "day"
    if unit in ("week", "fortnight"):
        return _iso_week(day), "week"
    if unit == "weekend":
        return _iso_week(day) + "-WE", "week"
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}", "month"
    if unit == "quarter":
        return f"{day.year:04d}-Q{_quarter(day)}", "quarter"
    if unit == "decade":
        return f"{day.year // 10:03d}", "decade"
    if unit == "century":
        return f"{day.year // 100:02d}", "century"
    return f"{day.year:04d}", "year"


def _year_of(
    month: int, day: int | None, anchor: date, tense: str | None, *, known: bool = False
) -> int:
    """The year of a month (and day) given without one, from the tense and the anchor.

    Future tense takes the next occurrence, past tense the last one (for a tense guessed from
    the words around it, only up to half a year back for a day, "said the offer expires Nov.
    20" is told in the past, and ten months for a month; a `known` tense has no such limit);
    otherwise the nearer one, past preferred, wins: news dates cluster around the publication
    date ("the offer expires Nov. 20" in an article of Nov. 2).
    """
    if day is None:
        this_year = date(anchor.year, month, 1)
        current = date(anchor.year, anchor.month, 1)
    else:
        this_year = date(anchor.year, month, min(day, 28) if month == 2 else day)
        current = anchor
    before = this_year if this_year <= current else this_year - relativedelta(years=1)
    after = this_year if this_year >= current else this_year + relativedelta(years=1)
    if tense == "future":
        return after.year
    back, ahead = (current - before).days, (after - current).days
    reach = _PAST_REACH_DAYS if day is not None else _MONTH_REACH_DAYS
    if tense == "past" and (known or back <= reach):
        return before.year
    return before.year if _past_nearer(back, ahead) else after.year


_PAST_REACH_DAYS = 180
# A month told in the past reaches ten months back at most: the month after the anchor's is
# ahead ("a cutback in September" in an August article), unless a past verb right before it
# tells it ("stepped down in September").
_MONTH_REACH_DAYS = 310
_PAST_BIAS = 2.0


def _past_nearer(back: int, ahead: int) -> bool:
    """Whether the past occurrence, `back` days off, wins over the one `ahead` days off: news
    tells of what was more than of what will be."""
    return back <= ahead * _PAST_BIAS


def _weekday_date(weekday: int, anchor: date, *, future: bool, strict: bool) -> date:
    """The weekday on or before the anchor (past) or on or after it (future)."""
    if future:
        ahead = (weekday - anchor.weekday()) % 7 or (7 if strict else 0)
        return anchor + timedelta(days=ahead)
    back = (anchor.weekday() - weekday) % 7 or (7 if strict else 0)
    return anchor - timedelta(days=back)


def _last_weekday(weekday: int, anchor: date) -> date:
    """The weekday "last" names: the one before the anchor, a week further back for the anchor's
    eve, which news calls "Thursday" or "yesterday" ("last Thursday" in a Friday article is the
    previous week's; "this past Thursday" stays the eve)."""
    day = _weekday_date(weekday, anchor, future=False, strict=True)
    return day - timedelta(days=7) if anchor - day == timedelta(days=1) else day


def _next_weekday(weekday: int, anchor: date) -> date:
    """The weekday "next" names: the one after the anchor, a week further on for the anchor's
    morrow, which news calls "Saturday" or "tomorrow" ("next Saturday" in a Friday article is
    the following week's; "this coming Saturday" stays the morrow), as `_last_weekday`."""
    day = _weekday_date(weekday, anchor, future=True, strict=True)
    return day + timedelta(days=7) if day - anchor == timedelta(days=1) else day


# Words that move a calendar unit from its reference: "last week", "the following day".
_STEPS = {"last": -1, "past": -1, "previous": -1, "prior": -1}
_STEPS |= {"next": 1, "coming": 1, "following": 1, "upcoming": 1}
# The unit of a shift counted in days from the day quoted words were said.
_SPEECH = "speech"
# The unit of a weekday (its number) that ends a time granted: the next after the day the
# granting was told, as for quoted words.
_GRANTED = "granted"
# The unit of the weekday after the anchor's, told as past (its number): see `_from_reference`.
_ZONE_AHEAD = "zone ahead"
# The unit of "that year": the last year told, which a bare year moves too.
_YEAR_TOLD = "year told"
# The unit of "at the time": the time the text told before, if it told one, of these.
_TIME_TOLD = "time told"
_TIMES_TOLD = frozenset({DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH})


def _from_reference_time(m: re.Match[str], unit: str, amount: int) -> _Hit:
    """A hit told from the reference time ("a week later"), resolved once the dates before it
    are known."""
    return _Hit(m.start(), m.end(), "", "", shift=(unit, amount))


def _valid_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------------
# Grammar: each rule is a compiled pattern and a function from a match to hits.

_Handler = Callable[[re.Match[str], _Context], Iterator[_Hit]]


class _Rule(NamedTuple):
    pattern: re.Pattern[str]
    # A cheap pattern that every match contains: the full pattern only runs around it.
    needle: re.Pattern[str]
    handle: _Handler


_RULES: list[_Rule] = []


def _rule(pattern: str, *, needle: str) -> Callable[[_Handler], _Handler]:
    def register(handler: _Handler) -> _Handler:
        _RULES.append(_Rule(_rx(pattern), re.compile(needle), handler))
        return handler

    return register


def _needle(words: str) -> str:
    """A case-sensitive alternation of words as written, Capitalised and in CAPITALS.

    Case-insensitive patterns cannot use the regex engine's first-character scan.
    """
    variants = [v for w in words.split("|") for v in (w, w[:1].upper() + w[1:], w.upper())]
    return "|".join(dict.fromkeys(variants))


# Capitalised and in capitals by their first three letters, in lower case whole (no lower-case
# abbreviation is read).
_MONTH_NEEDLE = "|".join(
    [*(m[:3] for m in _MONTHS), *(m[:3].upper() for m in _MONTHS), *(m.lower() for m in _MONTHS)]
)
_WEEKDAY_NEEDLE = "|".join(
    [*(w[:3] for w in _WEEKDAYS), *(w[:3].upper() for w in _WEEKDAYS), *map(str.lower, _WEEKDAYS)]
)
_UNIT_NEEDLE = _needle("second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur")


_I = "(?i:{})".format


@_rule(
    r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:T(?P<t>\d\d:\d\d)(?::\d\d)?)?", needle=r"\d-\d\d-\d"
)
def _iso(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    day = _valid_day(int(m["y"]), int(m["m"]), int(m["d"]))
    if day is not None:
        if m["t"]:
            yield _Hit(m.start(), m.end(), f"{day.isoformat()}T{m['t']}", "time", "TIME")
        else:
            yield _Hit(m.start(), m.end(), day.isoformat(), "day")


@_rule(r"(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d\d)", needle=r"\d[/.]\d")
def _numeric(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
    if m["sep"] == "." and len(m["y"]) == 2:
        return  # "3.5.10" is more often a version or a score than a date
    if year < 100:
        year += 1900 if year > (ctx.anchor.year % 100) + 1 else 2000
    # Day first unless that is impossible: most of the world writes 20/01/2025.
    day = _valid_day(year, b, a) or _valid_day(year, a, b)
    if day is not None:
        yield _Hit(m.start(), m.end(), day.isoformat(), "day")


_NOT_A_DAY = _I(r"a\.?m|p\.?m|%|percent")
# The year of a day told after it, by "of" or relative to the anchor's: "March 3 of 2018",
# "March 20 last year", "September 20 of this year".
_YEAR_OF = (
    rf" {_I('of')} (?P<y_of>{_YEAR})|(?: {_I('of')})? (?P<rel>{_I('last|this|next')}) {_I('year')}"
)
_RANGE_SEP = r"\s*(?:-|\u2013|\u2014|to|through|until|till|and)\s*"


@_rule(
    rf"(?:(?P<wd>{_WEEKDAY}),? )?(?P<mon>{_MONTH})\s*(?P<d1>{_DAY})(?![:.,]\d)"
    rf"(?:{_RANGE_SEP}(?P<d2>{_DAY})(?![:.]\d|\s*(?:{_NOT_A_DAY})))?"
    rf"(?:,? (?P<y>{_YEAR}|'\d\d)|{_YEAR_OF})?(?!\d)",
    needle=_MONTH_NEEDLE,
)
def _month_day(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    yield from _day_month_hits(m, ctx, first_end=m.end("d1"), second_start=m.start("d2"))


@_rule(
    rf"{_I('the week of')} (?P<mon>{_MONTH})\s*(?P<d1>{_DAY})(?:,? (?P<y>{_YEAR}))?",
    needle=_needle("week"),
)
def _week_of(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    """ "The week of March 6": the calendar week of that day."""
    for hit in _day_month_hits(m, ctx, first_end=m.end(), second_start=m.end()):
        yield _Hit(m.start(), m.end(), _iso_week(date.fromisoformat(hit.value)), "week")


@_rule(
    rf"(?:(?P<wd>{_WEEKDAY}),? )?(?:the )?(?P<d1>{_DAY})(?:{_RANGE_SEP}(?P<d2>{_DAY}))?"
    rf" (?:of )?(?P<mon>{_MONTH})(?:,? (?P<y>{_YEAR})|{_YEAR_OF})?",
    needle=_MONTH_NEEDLE,
)
def _day_month(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    yield from _day_month_hits(m, ctx, first_end=m.end("d1"), second_start=m.start("d2"))


def _year_of_weekday(month: int, day: int, weekday: str, anchor: date) -> int | None:
    """The year next to the anchor's (one before to one after) in which a month's day falls
    on the named weekday, if one does: a weekday shifts by one or two days a year."""
    wanted = _WEEKDAY_NUMBER[weekday.lower()]
    years = [
        y
        for y in (anchor.year - 1, anchor.year, anchor.year + 1)
        if (d := _valid_day(y, month, day)) is not None and d.weekday() == wanted
    ]
    return years[0] if len(years) == 1 else None


def _day_month_hits(
    m: re.Match[str], ctx: _Context, *, first_end: int, second_start: int
) -> Iterator[_Hit]:
    """One hit per day of "Jan 3", "Jan 3-5, 2025", "3 to 5 January": ranges give two."""
    month = _MONTH_NUMBER[m["mon"].rstrip(".").lower()]
    days = [int(re.sub(r"\D", "", m["d1"]))]
    groups = m.groupdict()
    if groups.get("d2"):
        days.append(int(re.sub(r"\D", "", m["d2"])))
    rel = (groups.get("rel") or "").lower()
    guessed = False
    if told := m["y"] or groups.get("y_of"):
        year = int(told.lstrip("'"))
        year += 0 if year >= 100 else (1900 if year > ctx.anchor.year % 100 + 1 else 2000)
    elif rel:
        # "March 20 last year"
        year = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[rel]
    elif groups.get("wd") and (named := _year_of_weekday(month, days[0], m["wd"], ctx.anchor)):
        year = named  # "Saturday, April 25": the year in which that day is a Saturday
    else:
        tense = ctx.date_tense(m.start(), m.end())
        last = _valid_day(_year_of(month, days[0], ctx.anchor, "past", known=True), month, days[0])
        if tense is None and ctx.is_deadline_ahead(m.start(), m.end(), last=last):
            tense = "future"
        year = _year_of(month, days[0], ctx.anchor, tense, known=ctx.knows_tense(m.start()))
        guessed = tense != "future"
    found = [_valid_day(year, month, d) for d in days]
    days_found = [d for d in found if d is not None]
    if len(days_found) < len(found):
        return
    if len(days_found) == 1:
        yield _Hit(m.start(), m.end(), days_found[0].isoformat(), "day", year_guessed=guessed)
        return
    # TimeML marks the two ends of "Jan 3 to 5" as two expressions sharing month and year.
    yield _Hit(m.start(), first_end, days_found[0].isoformat(), "day", year_guessed=guessed)
    yield _Hit(second_start, m.end(), days_found[1].isoformat(), "day", year_guessed=guessed)


_EDGE = _I(
    r"early|late|mid|the end of|the beginning of|the start of|the middle of|the turn of"
    r"|the first half of|the second half of|the last half of|the rest of|the remainder of"
    r"|the early|the late|the mid|around"
)


@_rule(
    rf"(?:(?:{_EDGE})(?: |-))?(?P<mon>{_MONTH_FULL}|{_MONTH}(?= ?\d))(?: of)?,? (?P<y>{_YEAR})",
    needle=_MONTH_NEEDLE,
)
def _month_year(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    month = _MONTH_NUMBER[m["mon"].rstrip(".").lower()]
    frame = ctx.opens_sentence(m.start())
    yield _Hit(m.start(), m.end(), f"{m['y']}-{month:02d}", "month", frame=frame)


# Words that introduce a month, so that "in May" is a month and "they may" is not.
_MONTH_LEFT = re.compile(
    r"\b(?:in|since|until|till|by|from|during|of|through|before|after|last|next|this|early"
    r"|late|mid|to|between|and|or|each|every|for|on|that|the|the end of|the beginning of"
    r"|the middle of)\s+$",
    re.IGNORECASE,
)
_YEAR_KIND = _I("fiscal|fiscal year|the fiscal year|calendar|calendar year|the year")
_MONTH_REL = _I(
    "last|next|this|that|early|late|mid|the end of|the beginning of|the start of|the middle of"
    "|the rest of|the first half of|the second half of"
)


@_rule(
    rf"(?:(?P<rel>{_MONTH_REL})(?: |-))?"
    rf"(?P<mon>{_MONTH_FULL})(?P<after> {_I('last year|this year|next year')})?",
    needle=_MONTH_NEEDLE,
)
def _bare_month(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    word = m["mon"]
    month = _MONTH_NUMBER[word.lower()]
    rel = (m["rel"] or "").lower()
    after = re.sub(r"\s+", " ", (m["after"] or "").strip().lower())
    if word in ("May", "March", "MAY", "MARCH") and not (rel or after):
        # The verbs "may" and "march": only a month after a word that introduces one.
        before = ctx.text[max(0, m.start() - 20) : m.start()]
        if not _MONTH_LEFT.search(before):
            return
    anchor = ctx.anchor
    guessed = False
    if after == "last year" or (rel == "last" and month >= anchor.month):
        year = anchor.year - 1
    elif after == "next year" or (rel == "next" and month <= anchor.month):
        year = anchor.year + 1
    elif after == "this year" or rel in ("this", "last", "next"):
        year = anchor.year
    else:
        tense = ctx.date_tense(m.start(), m.end())
        last = date(_year_of(month, None, anchor, "past", known=True), month, 1)
        if tense is None and ctx.is_deadline_ahead(m.start(), m.end(), last=last):
            tense = "future"
        year = _year_of(month, None, anchor, tense, known=ctx.knows_tense(m.start()))
        guessed = tense != "future"
    yield _Hit(m.start(), m.end(), f"{year:04d}-{month:02d}", "month", year_guessed=guessed)


@_rule(
    rf"(?:(?P<edge>{_EDGE}|{_YEAR_KIND})(?: |-))?"
    rf"(?P<y>{_YEAR})(?!-\d|\.\d|,\d| ?(?:%|percent))",
    needle=r"1[5-9]\d\d|20\d\d",
)
def _year(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    # A bare four-digit number next to a unit or currency is a quantity, one before a time
    # zone a clock time ("1620 UTC"): not a year.
    after = ctx.text[m.end() : m.end() + 12].lower()
    if not m["edge"] and re.match(
        r"\s*(?:people|men|women|troops|shares|tons|miles|km|barrels|utc|gmt)", after
    ):
        return
    half = re.fullmatch(r"the (first|second|last) half of", (m["edge"] or "").lower())
    if half:
        yield _Hit(m.start(), m.end(), f"{m['y']}-H{1 if half[1] == 'first' else 2}", "half")
        return
    yield _Hit(m.start(), m.end(), m["y"], "year", frame=ctx.opens_sentence(m.start()))


@_rule(
    rf"(?:(?P<the>{_I('the')}) )?(?:(?P<edge>{_I('early|late|mid')})(?: |-))?"
    r"(?:(?P<c>1[5-9]|20)(?P<d>\d)0|'(?P<d2>\d)0)'?s",
    needle=r"0'?s",
)
def _decade(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    # "the '80s": the last such decade that has begun by the anchor.
    century = m["c"] or ("20" if 2000 + 10 * int(m["d2"]) <= ctx.anchor.year else "19")
    # The determiner belongs to the decade's extent, as to a quarter's ("the early 1990s").
    start = m.start("the") if m["the"] else m.start("edge") if m["edge"] else m.start("c")
    if not (m["the"] or m["edge"] or m["c"]):
        start = m.start("d2") - 1  # the apostrophe of "'80s"
    yield _Hit(start, m.end(), f"{century}{m['d'] or m['d2']}", "decade")


# "The nineties": only after "the" ("in his forties" is an age).
@_rule(
    _I(rf"the (?:(?:early|late|mid)(?: |-))?(?P<word>{_DECADE_WORDS})"),
    needle=r"ties\b|TIES\b",
)
def _decade_word(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    # like "the '80s", the last such decade that has begun by the anchor
    digit = _DECADE_WORDS.split("|").index(m["word"].lower()) + 2
    century = "20" if 2000 + 10 * digit <= ctx.anchor.year else "19"
    yield _Hit(m.start(), m.end(), f"{century}{digit}", "decade")


# Ordinals of the centuries in words, first to twenty-first ("the nineteenth century").
_CENTURY_WORDS = {
    word: n
    for n, word in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
            "twenty-first",
        ],
        1,
    )
}


@_rule(
    rf"(?:{_I('the')} )?(?:(?P<n>[1-9]|1\d|2[01])(?:st|nd|rd|th)"
    rf"|(?P<word>{_I('|'.join(_CENTURY_WORDS))}))[ -]{_I('century')}",
    needle=_needle(r"century"),
)
def _century(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    number = int(m["n"]) if m["n"] else _CENTURY_WORDS[m["word"].lower()]
    yield _Hit(m.start(), m.end(), f"{number - 1:02d}", "century")


@_rule(
    _I(
        rf"(?:the year )?(?:(?P<c>nineteen|twenty) (?P<t>{_TENS}|ten)"
        rf"(?:(?: |-)(?P<u>{_UNITS_DIGIT}))?"
        rf"|two thousand(?: and (?P<u2>{_UNITS_DIGIT}|ten))?)"
    ),
    needle=_needle("nineteen|twenty|two thousand"),
)
def _spoken_year(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    """Years as said on air: "nineteen ninety-six", "the year two thousand"."""
    if m["c"]:
        century = 19 if m["c"].lower() == "nineteen" else 20
        year = (
            century * 100 + (_number(m["t"]) or 0) + (_number(m["u"] or "") or 0 if m["u"] else 0)
        )
    else:
        year = 2000 + int(_number(m["u2"]) or 0) if m["u2"] else 2000
    yield _Hit(m.start(), m.end(), f"{int(year)}", "year")


@_rule(
    _I(
        r"(?:(?:the|this|last|next) )?(?:year-end|year end|year's end|full year)"
        r"|the end of the year"
    ),
    needle=_needle("year"),
)
def _year_end(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    words = m.group(0).lower()
    year = ctx.anchor.year + (
        1 if words.startswith("next") else -1 if words.startswith("last") else 0
    )
    # "The end of the year" that no word puts in this year is the scene's year, as a month is.
    guessed = not words.startswith("this") and ctx.date_tense(m.start(), m.end()) != "future"
    yield _Hit(
        m.start(), m.end(), f"{year}", "year", year_guessed=guessed and year == ctx.anchor.year
    )


@_rule(
    r"\b(?:[Ff]or|of|in|during|throughout) (?P<y>the year)"
    r"(?![\w-]| (?:\d|ago|before|after|earlier|later|ended|ending|when|that|since|in which)\b)",
    needle="the year",
)
def _the_year(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    """ "For the year", "the deal of the year": the year under way, or the scene's (TimeML's
    value: the year)."""
    guessed = ctx.date_tense(m.start("y"), m.end()) != "future"
    yield _Hit(m.start("y"), m.end(), f"{ctx.anchor.year}", "year", year_guessed=guessed)


def _holiday_date(name: str, year: int) -> date:
    """The day of a public holiday in a year."""
    if name.startswith("christmas eve"):
        return date(year, 12, 24)
    if name.startswith("christmas"):
        return date(year, 12, 25)
    if name.startswith("new year's eve"):
        return date(year, 12, 31)
    if name.startswith("new year"):
        return date(year, 1, 1)
    if name.startswith("easter"):
        return easter(year)
    if name.startswith("independence"):
        return date(year, 7, 4)
    if name.startswith("thanksgiving"):
        return date(year, 11, 1) + relativedelta(weekday=TH(4))
    # Election Day: the Tuesday after the first Monday of November.
    return date(year, 11, 1) + relativedelta(weekday=MO(1)) + timedelta(days=1)


def _holiday_days(name: str, year: int) -> tuple[date, date]:
    """The first and last day of a holiday in a year: Easter week is the week that ends on
    Easter Sunday."""
    day = _holiday_date(name, year)
    return (day - timedelta(days=6) if name.endswith("week") else day), day


def _occurrence_year(
    days: Callable[[int], tuple[date, date]], anchor: date, rel: str | None, tense: str | None
) -> int:
    """The year of a yearly period told without one, a holiday or a season (`days` gives its
    first and last day for a year; a winter ends in the next): "last" takes the last one over
    by the anchor, "next" the next one not begun, a past tense the last one begun, a future
    tense the next one not over, and otherwise, as for a month, the nearer one, past
    preferred."""
    years = range(anchor.year - 2, anchor.year + 2)
    if rel == "last":
        return max(y for y in years if days(y)[1] < anchor)
    if rel == "next":
        return min(y for y in years if days(y)[0] > anchor)
    before = max(y for y in years if days(y)[0] <= anchor)
    after = min(y for y in years if days(y)[1] >= anchor)
    if tense == "past":
        return before
    if tense == "future":
        return after
    back = (anchor - days(before)[0]).days
    ahead = (days(after)[0] - anchor).days
    return before if _past_nearer(back, ahead) else after


# A capitalised word right after, other than a weekday or a month: the words form a name,
# unless a preposition of time introduces them ("on Christmas Eve Russia fired").
_NAME_AFTER = re.compile(rf" +(?!{_WEEKDAY}|{_MONTH})[A-Z][a-z]")
_TIME_BEFORE = re.compile(r"\b(?:on|at|before|after|since|until|till|over|by|during)\s+$", re.I)


@_rule(
    r"(?:(?P<eve>the eve of )|(?P<rel>last|next|this) )?"
    r"(?P<name>Christmas(?: Day| Eve)?|New Year's(?: Day| Eve)"
    r"|Easter(?: Sunday| week)?|Thanksgiving(?: Day)?|Independence Day|Election Day)"
    rf"(?: (?P<y>{_YEAR}))?",
    needle="Christmas|New Year|Easter|Thanksgiving|Independence Day|Election Day",
)
def _holiday(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    name = m["name"].lower()
    if (
        not (m["y"] or m["rel"])
        and _NAME_AFTER.match(ctx.text, m.end())
        and not _TIME_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
    ):
        return  # a word of a name: "Christmas Island", "the Easter Rising"
    if name == "independence day" and not _american_holiday(ctx.text):
        return  # each country has its own: "on the eve of Independence Day" in Delhi
    if m["y"]:
        year = int(m["y"])
    else:
        tense = ctx.date_tense(m.start(), m.end())
        year = _occurrence_year(partial(_holiday_days, name), ctx.anchor, m["rel"], tense)
    # "the eve of Independence Day": the day before it
    day = _holiday_date(name, year) - timedelta(days=bool(m["eve"]))
    if name.endswith("week"):
        yield _Hit(m.start(), m.end(), _iso_week(day), "week")
    else:
        yield _Hit(m.start(), m.end(), day.isoformat(), "day")


# The words that make a text's "Independence Day" the United States' July 4.
_AMERICAN = re.compile(
    r"\b(?:U\.S\.(?:A\.)?|USA?|United States|Americans?|America's"
    r"|July 4(?:th)?|Fourth of July)(?!\w)"
)


def _american_holiday(text: str) -> bool:
    """Whether a text's "Independence Day" is the United States' July 4: a text that names the
    country or the day ("the U.S. Independence Day", "celebrations across the US"); every other
    country keeps its own day ("on the eve of Independence Day" in Delhi), which the calendar
    cannot tell."""
    return _AMERICAN.search(text) is not None


_WEEKDAY_REL = "last|next|this|coming|past|early|late|that|the previous|the prior|the following"


@_rule(
    rf"(?:(?P<rel>{_I(_WEEKDAY_REL)}) )?(?P<wd>{_WEEKDAY})"
    rf"(?:(?P<poss>'s)| (?P<part>{_I(_PART)}))?",
    needle=_WEEKDAY_NEEDLE,
)
def _weekday(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    if _RECURRING_AFTER.match(ctx.text, m.end()):
        return  # one of weekdays that recur (`_weekdays`), no one day
    weekday = _WEEKDAY_NUMBER[m["wd"].lower()]
    rel = (m["rel"] or "").lower()
    shift: tuple[str, int] | None = None
    if rel.startswith("the "):
        # "The previous Friday", "the following Monday": told from the day the story is at
        # (TimeML's anchor), not from the publication.
        end = m.start("poss") if m["poss"] else m.end()
        shift = (m["wd"].lower(), _STEPS[rel.removeprefix("the ")])
        if m["part"]:
            part = _PARTS_OF_DAY[m["part"].lower()]
            yield _Hit(m.start(), end, f"T{part}", "time", "TIME", shift=shift)
        else:
            yield _Hit(m.start(), end, "", "", shift=shift)
        return
    # A clock time before the weekday ("gave them until 9 a.m. Tuesday", "expires at midnight
    # Friday") leaves the words that make it a deadline or a time granted before it.
    lead = m.start()
    if clock := _CLOCK_BEFORE.search(ctx.text, max(0, lead - 30), lead):
        lead = clock.start()
    if ctx.ends_time_granted(lead) and not (m["poss"] or m["part"]):
        # The weekday after the granting, the last day the story told (see `_from_reference`).
        yield _Hit(m.start(), m.end(), "", "", shift=(_GRANTED, weekday))
        return
    if rel == "next":
        day = _next_weekday(weekday, ctx.anchor)
    elif rel == "coming":
        day = _weekday_date(weekday, ctx.anchor, future=True, strict=True)
    elif rel == "last":
        day = _last_weekday(weekday, ctx.anchor)
    elif rel == "past":
        day = _weekday_date(weekday, ctx.anchor, future=False, strict=True)
    elif m["poss"]:
        # A day's occasion ("Tuesday's ruling") is mostly one the news already told: ahead
        # where the verb that governs it says so ("will attend Friday's talks"), not by a tense
        # farther off ("would look for ways around Wednesday's ruling"); "ahead of Sunday's
        # vote" only says the vote follows the act, which the act's tense places.
        before = ctx.text[max(0, m.start() - 40) : m.start()]
        future = bool(_OCCASION_AHEAD.search(before)) or (
            before.rstrip().lower().endswith("ahead of") and ctx.is_future(m.start(), m.end())
        )
        day = _weekday_date(weekday, ctx.anchor, future=future, strict=False)
    else:
        future = ctx.is_future(m.start(), m.end()) or ctx.is_deadline_ahead(lead, m.end())
        day = _weekday_date(weekday, ctx.anchor, future=future, strict=False)
        if in_quotation(ctx.text, m.start()):
            # Quoted words count from the day they were said ("spoke on Friday: 'police
            # detained them on Monday'" is the Monday before), as "yesterday" in them does.
            shift = (f"{_SPEECH} {m['wd'].lower()}", int(future))
        elif ctx.anchor - day == timedelta(days=6):
            # The weekday after the anchor's, told as past: the next day or six days back, by
            # the days told before it (`_from_reference`).
            shift = (_ZONE_AHEAD, weekday)
    end = m.start("poss") if m["poss"] else m.end()
    if shift:
        if m["part"]:
            part = _PARTS_OF_DAY[m["part"].lower()]
            yield _Hit(m.start(), end, f"T{part}", "time", "TIME", shift=shift)
        else:
            yield _Hit(m.start(), end, "", "", shift=shift)
    elif m["part"]:
        part = _PARTS_OF_DAY[m["part"].lower()]
        yield _Hit(m.start(), end, f"{day.isoformat()}T{part}", "time", "TIME")
    else:
        yield _Hit(m.start(), end, day.isoformat(), "day")


_CLOCK_BEFORE = re.compile(
    r"\b(?i:(?:at )?(?:\d{1,2}(?:[:.]\d\d)? ?[ap]\.?m\b\.?|noon|midnight|midday))"
    r"(?: [A-Z]{2,4}T?)?,? (?i:on )?$"
)
_OCCASION_AHEAD = re.compile(
    rf"(?:{_FUTURE_MARKERS.pattern})(?:\s+\w+)?\s+(?:the\s+)?$", re.IGNORECASE
)


# A capitalised word right before, in the same sentence: "Today" after it is part of a name.
_NAME_BEFORE = re.compile(r"\b[A-Z]\w*(?:'s)? +$")
# "Overnight" told as an adverb, the night just gone, ends its clause or comes before a phrase
# ("shelled the town overnight, officials said", "overnight in Kharkiv"); before a noun it may
# name a kind ("the overnight rate", "an overnight stay"), and before a day it is that day's.
_ADVERB_END = (
    r"\s*(?:[,.;:!?)\"”—]|$)|\s+(?:in|at|near|across|around|along|and|as|after|when|while)\b"
)
# A weekday or a day of a month right before: "Monday overnight", "on May 3 overnight".
_DAY_BEFORE = re.compile(rf"(?i:\b(?:{'|'.join(_WEEKDAYS)})|\b\d{{1,2}}(?:st|nd|rd|th)?),? +$")


@_rule(
    _I(
        rf"(?:(?P<edge>late|early|earlier|later) )?(?P<w>today|yesterday|tomorrow|tonight"
        rf"|the day before yesterday|the day after tomorrow)(?:'s)?(?: (?P<part>{_PART}))?"
        rf"|(?P<this>this|last|tomorrow|yesterday|this past) (?P<part2>{_PART})"
        rf"|(?P<over>overnight)(?={_ADVERB_END})"
    ),
    needle=_needle(r"today|yesterday|tomorrow|tonight|morning|afternoon|evening|night"),
)
def _relative_day(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    word = re.sub(r"\s+", " ", (m["w"] or m["this"] or m["over"]).lower())
    if m.group(0).startswith("Today") and _NAME_BEFORE.search(ctx.text, 0, m.start()):
        return  # a name: "USA Today", "NBC's Today"
    if m["over"] and _DAY_BEFORE.search(ctx.text, 0, m.start()):
        return  # "on Monday overnight": the night of the day told
    if m["this"] and re.search(r"\bthe\s+$", ctx.text[max(0, m.start() - 4) : m.start()], re.I):
        return  # "the last night of the convention" is no night before the anchor
    # "last night" is the night before the anchor's day.
    offsets = {"yesterday": -1, "last": -1, "overnight": -1, "tomorrow": 1}
    offsets["the day before yesterday"] = -2
    offsets["the day after tomorrow"] = 2
    offset = offsets.get(word, 0)
    day = ctx.anchor + timedelta(days=offset)
    part = (m["part"] or m["part2"] or "").lower()
    if word in ("tonight", "overnight"):
        part = "night"
    end = m.end()
    if m.group(0).lower().endswith("'s"):
        end -= 2
    time = f"T{_PARTS_OF_DAY[part]}" if part else ""
    if in_quotation(ctx.text, m.start()):
        # Quoted words count from the day they were said, not from the day of the report.
        kind = ("time", "TIME") if part else ("", "DATE")
        yield _Hit(m.start(), end, time, *kind, shift=(_SPEECH, offset))
    elif part:
        yield _Hit(m.start(), end, f"{day.isoformat()}{time}", "time", "TIME")
    else:
        yield _Hit(m.start(), end, day.isoformat(), "day")


@_rule(
    _I(
        r"(?:(?P<edge>early|late|earlier|later|the end of|the beginning of|the start of"
        r"|the middle of|the rest of|the first half of|the second half of|the remainder of"
        r"|around)(?: |-))?"
        r"(?P<rel>last|this|next|the past|the coming|the current|the previous|the following"
        r"|the(?= (?:weekend|week|month)\b)"
        r"|the latest|the most recent|the prior|the same|the upcoming|the last)"
        r" (?P<unit>week|weekend|month|year|fiscal year|calendar year|decade|century)"
        r"(?!-)"
    ),
    needle=_needle(r"week|month|year|decade|century"),
)
def _relative_unit(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = m["unit"].lower().split()[-1]
    if rel in ("the same",) or (rel == "the" and unit != "weekend" and not m["edge"]):
        return  # "the week" alone names no one week
    if rel == "the" and unit != "weekend":
        # "the end of the month": of the month the text is telling of (TimeML's anchor)
        yield _from_reference_time(m, unit, 0)
        return
    amount = _STEPS.get(rel.removeprefix("the "), 0)
    if rel in ("the following", "the previous", "the prior") and unit != "weekend":
        yield _from_reference_time(m, unit, amount)
        return
    if rel == "the past" and unit in ("decade", "century") and not m["edge"]:
        # "Over the past decade" is the ten years up to now, not the calendar decade before the
        # one under way (the 1970s, told in 1989); "the last century" may be the calendar one.
        yield _Hit(m.start(), m.end(), f"P{_YEARS_IN[unit]}Y", "duration", "DURATION")
        return
    day: date | None
    if unit == "weekend" and rel == "the":
        future = ctx.is_future(m.start(), m.end())
        day = _weekday_date(5, ctx.anchor, future=future, strict=False)
    elif unit == "weekend" and rel == "this" and ctx.tense(m.start(), m.end()) == "past":
        # "clashed with police this weekend", told early in the week: the one just past, not
        # the calendar week's still ahead.
        day = _weekday_date(5, ctx.anchor, future=False, strict=False)
    elif unit == "weekend" and rel in ("last", "the past", "the last"):
        # "last weekend" is the most recent one, which may be this calendar week's.
        day = ctx.anchor - timedelta(days=(ctx.anchor.weekday() - 5) % 7 or 7)
    else:
        day = _shift(ctx.anchor, "week" if unit == "weekend" else unit, amount)
    if day is None:
        return
    frame = unit == "year" and ctx.opens_sentence(m.start())  # "Last year, ..."
    yield _Hit(m.start(), m.end(), *_period(day, unit), frame=frame)


@_rule(
    _I(
        r"(?:(?P<edge>earlier|later) )?(?:the (?P<rel>next|following|previous|prior|same)"
        rf" (?:day|(?P<part>{_PART}))"
        rf"|that (?:same |very )?(?:(?P<unit>day|week|month|year)|(?P<part2>{_PART})))"
        r"|(?:earlier|later) in the (?P<unit2>day|week|month|year)"
        # "the day before" ending its phrase; not "the day before the vote", nor "the day
        # before last Tuesday" (counted from the day it names)
        rf"|the (?:(?P<unit3>day|week|month|year)|(?P<part3>{_PART})) (?P<side>before|after)"
        r"(?=[,.;:!?)\u2014\"\u201d]|\s*$)"
    ),
    needle=_needle(r"day|week|month|year|morning|afternoon|evening|night"),
)
def _reference_unit(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    """ "The next day", "that year", "later that month", "earlier in the week", "the next
    morning", "that night", "the day before": told from the reference time."""
    rel = (m["rel"] or "same").lower()
    amount = _STEPS.get(rel, 0)
    if m["side"]:
        amount = -1 if m["side"].lower() == "before" else 1
    part = m["part"] or m["part2"] or m["part3"]
    if part:
        # A part of the day told from the reference day is a TIME: 2024-03-04TMO.
        hit = _from_reference_time(m, "day", amount)
        yield hit._replace(value=f"T{_PARTS_OF_DAY[part.lower()]}", precision="time", type="TIME")
        return
    unit = (m["unit"] or m["unit2"] or m["unit3"] or "day").lower()
    if (m["unit"] or m["unit3"]) and unit == "year":
        unit = _YEAR_TOLD
    yield _from_reference_time(m, unit, amount)


@_rule(
    _I(
        r"(?:at|around|about) (?P<time>the time|that (?:same |very )?time)"
        r"(?=[,.;:!?)\u2014\"\u201d]|\s*$)"
    ),
    needle=_needle("time"),
)
def _time_told(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    """ "At the time", "around that same time" closing a clause: the time told before, as "that
    month" is. Followed by more words it may open a time of its own ("at the time of the fire",
    "at the time he was captured"), and a sentence that names one undated before it ("during
    his time as vice president ... at the time") means that one."""
    if ctx.names_time_before(m.start()):
        return
    yield _Hit(m.start("time"), m.end(), "", "", shift=(_TIME_TOLD, 0))


# What follows "before" when it is a preposition before a noun phrase ("the vote", a name:
# "Widodo's inauguration") or a conjunction before a clause ("he was charged"), not an adverb.
_EVENT_AFTER = re.compile(
    r"\s+(?:(?i:the|a|an|his|her|its|their|this|that|he|she|they|we|it)\b|[A-Z])"
)


@_rule(
    _I(
        rf"(?:(?P<approx>about|nearly|almost|some|roughly|more than|less than|over|just|only"
        rf"|exactly|around|barely) )?(?P<num>{_NUM})(?: |-)(?P<unit>{_UNIT})"
        rf"(?: or so)? (?P<dir>ago|earlier|before|later|from now|hence|previously|back)"
        r"(?:(?<=ago),? (?P<now>today|this week|this month))?"
    ),
    needle=_needle(r"ago|earlier|before|later|from now|hence|previously|back"),
)
def _offset(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    unit = _unit(m["unit"])
    amount = _number(m["num"])
    direction = m["dir"].lower()
    if direction == "before" and _EVENT_AFTER.match(ctx.text, m.end()):
        # "ten days before the murder" counts from an event, not from a time we know: only
        # "ten days", a duration, is a time expression (a date or a holiday after "before"
        # is read with it by the rules of those).
        return
    backwards = direction in ("ago", "earlier", "before", "previously", "back")
    vague = _Hit(m.start(), m.end(), "PAST_REF" if backwards else "FUTURE_REF", "ref")
    if amount is None or amount != int(amount):
        yield vague
        return
    if _UNITS[unit][2]:
        yield _Hit(m.start(), m.end(), ctx.anchor.isoformat(), "day", "TIME")
        return
    if unit == "year" and backwards and ctx.mentions_quarter(m.start()):
        # Company results compare a quarter with the same quarter "a year ago".
        quarter = _shift(_last_quarter(ctx.anchor), "year", -int(amount))
        yield _Hit(m.start(), m.end(), *_period(quarter, "quarter")) if quarter else vague
        return
    steps = -int(amount) if backwards else int(amount)
    if direction in ("earlier", "before", "later", "previously"):
        # "a week later" counts from the time the text is talking about, "a week ago" from now;
        # years from the last year told, as "the next year" ("left in 2011, returned three
        # years later": 2014, though a bare year is not the time the text is talking about).
        yield _from_reference_time(m, _YEAR_TOLD if unit == "year" else unit, steps)
        return
    if (day := _shift(ctx.anchor, unit, steps)) is None:
        yield vague
        return
    # "two years ago today", "a year ago this week": an anniversary, to the day or the week.
    grain = {"today": "day", "this week": "week", "this month": "month"}.get(
        (m["now"] or "").lower()
    )
    yield _Hit(m.start(), m.end(), *_period(day, grain or unit))


@_rule(_I(r"(?P<unit>decades|years|months|weeks|days) ago"), needle=_needle("ago"))
def _vague_ago(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    """ "Years ago", "months ago": a stretch back from now of untold length (TimeML: "PXM")."""
    yield _Hit(m.start(), m.end(), _untold_length(m["unit"]), "duration", "DURATION")


@_rule(
    _I(
        r"(?:(?:the|its) )?(?:(?:comparable|same) )?(?P<w>year-earlier|year-ago|year earlier)"
        r"(?: (?P<n>period|results|figure|level|quarter))?"
    ),
    needle=_needle(r"year-earlier|year-ago|year earlier"),
)
def _year_ago(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    noun = (m["n"] or "").lower()
    # "the year-ago period" is one expression; in "year-ago results" only the adjective is.
    start, end = (m.start(), m.end()) if noun in ("period", "quarter") else m.span("w")
    if noun == "quarter" or ctx.mentions_quarter(m.start()):
        day = _last_quarter(ctx.anchor) - relativedelta(years=1)
        yield _Hit(start, end, *_period(day, "quarter"))
    else:
        yield _Hit(start, end, f"{ctx.anchor.year - 1}", "year")


_QUARTER_BEFORE = _I(
    r"(?:the|its|this|last|next|that|a|(?P<yr_word>this year's|last year's|next year's))"
    r"(?: (?P<ago>year-earlier|year-ago|comparable year-ago|comparable|same|previous"
    r"|latest|current|fiscal|calendar|just-ended|recent|most recent|past|prior|flat))*"
)


@_rule(
    rf"(?:{_QUARTER_BEFORE} )?(?:(?P<y1>{_YEAR}) )?"
    rf"(?:(?P<fy>{_I('fiscal|fiscal-|calendar')})(?: |-)?)?"
    rf"(?P<ord>{_I('first|second|third|fourth|1st|2nd|3rd|4th')})(?: |-){_I('quarter')}"
    rf"(?: {_I('of')}(?: {_I('fiscal')})? (?P<y2>{_YEAR}))?",
    needle=_needle(r"quarter"),
)
def _ordinal_quarter(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    quarter = _ORDINALS[m["ord"].lower()]
    explicit = m["y1"] or m["y2"]
    words = " ".join(filter(None, [m["yr_word"], m["ago"]])).lower()
    if explicit:
        year = int(explicit)
    else:
        year = ctx.anchor.year
        if "last year" in words or "year-earlier" in words or "year-ago" in words:
            year -= 1
        elif "next year" in words:
            year += 1
        elif (quarter - 1) * 3 + 1 > ctx.anchor.month and not ctx.is_future(m.start(), m.end()):
            year -= 1
    start = m.start()
    if m.group(0)[m.end("ord") - m.start()] == "-":
        # "a third-quarter loss": TimeML marks the adjective alone.
        start = min(m.start(g) for g in ("y1", "fy", "ord") if m[g])
    yield _Hit(start, m.end(), f"{year}-Q{quarter}", "quarter")


# Not a compound: "its quarter-century low", "the quarter-to-quarter comparison".
@_rule(
    rf"{_QUARTER_BEFORE} (?:(?P<y1>{_YEAR}) )?{_I('quarter')}(?![s-])", needle=_needle(r"quarter")
)
def _quarter_ref(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    words = m.group(0).lower()
    if re.match(r"a\b", words) and "flat" not in words:
        return  # "a quarter of the vote"
    # "the quarter" in company news is the one just reported: the last complete one; "the 1988
    # quarter" is the same quarter of 1988.
    current = date(ctx.anchor.year, (_quarter(ctx.anchor) - 1) * 3 + 1, 1)
    if re.match(r"(?:this|the current)\b", words) or "current" in words:
        day = current
    elif words.startswith("next"):
        day = current + relativedelta(months=3)
    else:
        day = current - relativedelta(months=3)
    if "year-earlier" in words or "year-ago" in words or "last year's" in words:
        day -= relativedelta(years=1)
    year = int(m["y1"]) if m["y1"] else day.year
    yield _Hit(m.start(), m.end(), f"{year}-Q{_quarter(day)}", "quarter")


@_rule(_I(r"(?:the|its) (?:latest|most recent|just-ended) period"), needle=_needle("period"))
def _latest_period(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    """ "The latest period" of a story that tells of quarters is the quarter just reported, as
    "the latest quarter" is; elsewhere it is no time ("the latest period of unrest")."""
    if ctx.mentions_quarter(m.start()):
        yield _Hit(m.start(), m.end(), *_period(_last_quarter(ctx.anchor), "quarter"))


# Words that take the last season over ("last spring" in October is that year's) or the next
# one not begun; the others but "this" ("the", "early") follow the tense.
_SEASON_BACK = frozenset({"last", "the past", "this past"})
_SEASON_AHEAD = frozenset({"next", "the coming"})


def _season_days(season: str, year: int) -> tuple[date, date]:
    """The first and last day of a season in a year: a winter begins in December."""
    first = date(year, _SEASON_MONTH[season], 1)
    return first, first + relativedelta(months=3, days=-1)


@_rule(
    _I(
        r"(?:(?P<rel>last|this|next|the|early|late|mid|the early|the late|the coming|the past"
        r"|this past|that)(?: |-))?(?P<s>spring|summer|fall|autumn|winter)"
        r"(?: of (?P<y>\d{4}))?"
    ),
    needle=_needle(r"spring|summer|fall|autumn|winter"),
)
def _season(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    rel = (m["rel"] or "").lower()
    if not rel and not m["y"] and not m["s"][0].isupper():
        return  # a bare "fall" or "spring" is a verb or a noun more often than a season
    if m["s"].lower() == "fall" and not (
        m["y"] or rel in ("last", "this", "next", "the", "early", "late")
    ):
        return
    season = _SEASONS[m["s"].lower()]
    if m["y"]:
        year = int(m["y"])
    elif rel == "this":
        # this year's, whatever the tense; in January, the winter under way
        year = ctx.anchor.year - (season == "WI" and ctx.anchor.month <= 2)
    else:
        step = "last" if rel in _SEASON_BACK else "next" if rel in _SEASON_AHEAD else None
        tense = ctx.date_tense(m.start(), m.end())
        year = _occurrence_year(partial(_season_days, season), ctx.anchor, step, tense)
    yield _Hit(m.start(), m.end(), f"{year}-{season}", "season")


@_rule(
    _I(rf"(?:in )?(?P<w>{_alternation(list(_REFERENCES))})"),
    needle=_needle(r"now|current|days|present|recent|late|past|future|coming"),
)
def _reference(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    word = re.sub(r"\s+", " ", m["w"].lower())
    yield _Hit(m.start("w"), m.end(), _REFERENCES[word], "ref")


# "Current" before a noun is the present (TimeML: PRESENT_REF): "its current leader", "current
# market conditions"; not in the terms of accounting, nor as the noun before its verb ("the
# current is strong", "the current swept them away"), nor said of a thing ("current until May").
_NOT_CURRENTS_NOUN = (
    "accounts?|affairs|assets|liabilities|is|was|are|were|and|or|of|in|on|at|to|for|from|with"
    "|until|till|through|as|by|than|that|which"
)


@_rule(
    rf"[Cc]urrent(?= (?!(?:{_NOT_CURRENTS_NOUN})\b)(?P<next>[a-z]+))",
    needle="[Cc]urrent ",
)
def _current(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    if not (m["next"].endswith("ed") or m["next"] in IRREGULAR_PASTS):
        yield _Hit(m.start(), m.end(), "PRESENT_REF", "attribute")


# "A second" before a word that goes on with it is mostly the ordinal ("a second term"); as a
# time it follows "for", "in", "wait", "half"... or precedes "later", "ago", "or two".
_SECOND_TIME_BEFORE = re.compile(r"\b(?:for|in|within|wait|just|only|half|than)\s+$", re.I)
_ORDINAL_AFTER = re.compile(r" (?!(?:later|earlier|ago|longer|or|and|of|before|after)\b)[a-z]")


# What a rate's "a year", "a day" follows: a quantity, maybe of things named in the plural ("$500
# million a year", "four flights a week", "2,000 barrels of oil a day"), or a count of times. A
# year is no quantity: "2016 was a year of drought".
_RATE_BEFORE = re.compile(
    rf"(?:(?<![\w,.])(?!{_YEAR})\d[\d,.]*|\b(?!an?\b)(?:{_NUM_WORD})|%|percent|cents?|dollars?"
    r"|times|twice|once)(?: (?:million|billion|trillion|thousand))?"
    r"(?: (?!(?:was|has|this|thus|its|his|as)\b)(?-i:[a-z]{2,}s)(?: of (?-i:[a-z]+))?)?\s*$",
    re.IGNORECASE,
)


@_rule(
    _I(
        r"(?:(?P<the>the) |(?P<bound>nearly|almost) |(?:about|over|some|roughly|only|just"
        r"|around|barely) )?"
        rf"(?:(?P<pre>(?:past|last|next|first|coming|previous|following|final|latest|more than"
        rf"|less than|at least|up to|another|an additional|a full)) )?"
        rf"(?P<num>{_NUM})(?P<half> 1/2|\u00bd| and a half)?(?: more)?(?: |-)(?P<unit>{_UNIT})"
        rf"(?P<and_half> and a half)?(?P<long>-long)?(?!-old| old)"
    ),
    needle=_UNIT_NEEDLE,
)
def _duration(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    unit = _unit(m["unit"])
    amount = _number(m["num"])
    if re.fullmatch(_YEAR, m["num"]) and not m["unit"].lower().endswith("s"):
        return  # "the 1988 quarter" is a quarter of 1988, not 1988 of them
    if unit == "quarter" and (
        re.match(r"\s+of\b", ctx.text[m.end() :])
        or (m["unit"].lower() == "quarters" and ctx.text[m.end("num")] == "-")
        or (m["num"].lower() in ("a", "an") and not m["pre"])
    ):
        return  # a fraction: "three-quarters of the vote", "more than a quarter"
    if (
        m["unit"].lower() == "second"
        and m["num"].lower() in ("a", "an")
        and not (m["pre"] or m["long"])
    ):
        before = ctx.text[max(0, m.start() - 12) : m.start()]
        if ctx.text.startswith("-", m.end()) or (
            not _SECOND_TIME_BEFORE.search(before) and _ORDINAL_AFTER.match(ctx.text, m.end())
        ):
            return  # the ordinal: "a second term", "a second man was held", "a second-floor flat"
    if m["long"] and m["num"].lower() in ("a", "an"):
        return  # "a day-long meeting": the article is the noun's (`_unit_long`)
    letter, _, is_time = _UNITS[unit]
    if amount is not None and (m["half"] or m["and_half"]):
        amount += 0.5
    if m["num"].lower() in ("a", "an") and _RATE_BEFORE.search(
        ctx.text, max(0, m.start() - 40), m.start()
    ):
        # "$5 a year", "twice a day", "700 seats a week": a frequency, not a stretch of time.
        yield _Hit(m.start(), m.end(), f"P1{letter}", "set", "SET")
        return
    value = _length(unit, amount)
    letter = "Y" if letter in ("DE", "CE") else letter
    if amount is not None and amount % 1 == 0.5 and unit in _HALVES:
        # TimeML writes a half in the next smaller unit: "2 1/2 years" is P2Y6M.
        whole = f"{int(amount)}{letter}" if amount > 1 else ""
        value = f"{'PT' if is_time else 'P'}{whole}{_HALVES[unit]}"
    # TimeML leaves words that may be prepositions ("about", "over") outside a duration, and
    # "the" before an adjective ("the two-year contract"); an adverb bounding the length
    # ("nearly", "almost": its mod) is inside.
    start = m.start("pre") if m["pre"] else m.start("num")
    if (m["the"] or m["bound"]) and ctx.text[m.end("num")] != "-":
        start = m.start()
    yield _Hit(start, m.end(), value, "duration", "DURATION")


def _length(unit: str, amount: float | None) -> str:
    """The TimeML value of a stretch of `amount` units (None: untold, "PXY")."""
    letter, multiplier, is_time = _UNITS[unit]
    if letter in ("DE", "CE"):
        letter, multiplier = "Y", multiplier * (10 if letter == "DE" else 100)
    count = "X" if amount is None else f"{amount * multiplier:g}"
    return f"PT{count}{letter}" if is_time else f"P{count}{letter}"


@_rule(_I(rf"(?<![\w-])(?P<unit>{_UNIT})-long\b"), needle="-long|-LONG")
def _unit_long(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    """ "A day-long meeting", "a decades-long feud": one unit, or units of untold number."""
    plural = m["unit"].lower().endswith("s")
    yield _Hit(
        m.start(), m.end(), _length(_unit(m["unit"]), None if plural else 1), "duration", "DURATION"
    )


@_rule(_I(r"(?:the|its) (?:fiscal )?year(?= end(?:ed|ing)\b)"), needle=_needle("year"))
def _year_ended(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    """ "The year ended March 31": a twelve-month period, whose end the date after it tells."""
    yield _Hit(m.start(), m.end(), "P1Y", "duration", "DURATION")


@_rule(
    _I(
        r"(?:(?:for|in|over|within) |(?P<adj>recent|coming) )"
        r"(?P<unit>years|months|weeks|days|decades|hours|quarters)"
    ),
    needle=_needle(r"years|months|weeks|days|decades|hours|quarters"),
)
def _vague_duration(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    """ "For years", "in recent months", "the coming weeks": stretches of unknown length."""
    if m["unit"].lower() == "quarters" and not m["adj"]:
        return  # "in quarters" is a manner, not a time
    start = m.start("adj") if m["adj"] else m.start("unit")
    yield _Hit(start, m.end(), _untold_length(m["unit"]), "duration", "DURATION")


def _untold_length(unit: str) -> str:
    """The TimeML value of a stretch of units of untold number ("years": "PXY")."""
    letter, _, is_time = _UNITS[_unit(unit)]
    letter = "Y" if letter == "DE" else letter
    return f"PTX{letter}" if is_time else f"PX{letter}"


@_rule(
    _I(
        rf"(?P<adv>{'|'.join(_SET_ADVERBS)})"
        r"|(?:every|each|per) (?P<unit>day|week|month|year|quarter|hour|night|morning)"
    )
    + rf"|(?:{_I('every|each')}) (?P<wd>{_WEEKDAY}|{_MONTH_FULL})",
    needle=_needle("|".join([*_SET_ADVERBS, "every", "each", "per"])),
)
def _set(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    if m["adv"]:
        # Capitalised inside its sentence, or before a name, a periodical's name: "the Daily
        # Mail", "China Daily", "Daily Hive reported".
        if m["adv"][0].isupper() and (
            not ctx.starts_sentence(m.start()) or _NAME_AFTER.match(ctx.text, m.end())
        ):
            return
        yield _Hit(m.start(), m.end(), _SET_ADVERBS[m["adv"].lower()], "set", "SET")
    elif m["unit"]:
        unit = m["unit"].lower()
        value = {"hour": "PT1H", "night": "P1D", "morning": "P1D", "quarter": "P3M"}.get(unit)
        yield _Hit(m.start(), m.end(), value or f"P1{unit[0].upper()}", "set", "SET")
    elif m["wd"].lower() in _WEEKDAY_NUMBER:
        yield _Hit(
            m.start(), m.end(), f"XXXX-WXX-{_WEEKDAY_NUMBER[m['wd'].lower()] + 1}", "set", "SET"
        )
    else:
        yield _Hit(m.start(), m.end(), f"XXXX-{_MONTH_NUMBER[m['wd'].lower()]:02d}", "set", "SET")


# Weekdays told in the plural, or with a part of day in the plural, recur: "on Sundays", "Monday
# and Tuesday nights" (TimeML: each a SET, "XXXX-WXX-7", "XXXX-WXX-1TNI"), no day to date.
_AND_WEEKDAY = rf"(?:,?(?: and| or)? {_WEEKDAY})"
_RECURRING_AFTER = re.compile(rf"{_AND_WEEKDAY}*(?: {_I(_PART)})?s\b")


@_rule(
    rf"(?P<wds>(?:{_WEEKDAY}{_AND_WEEKDAY}*(?:,?(?: and| or)?) )?)"
    rf"(?P<wd>{_WEEKDAY_NAME})(?: (?P<part>{_I(_PART)}))?s\b",
    needle=_WEEKDAY_NEEDLE,
)
def _weekdays(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    part = f"T{_PARTS_OF_DAY[m['part'].lower()]}" if m["part"] else ""
    at = m.start("wds")
    days = [(at + d.start(), at + d.end(), d[0]) for d in re.finditer(_WEEKDAY, m["wds"])]
    for start, end, name in [*days, (m.start("wd"), m.end(), m["wd"])]:
        value = f"XXXX-WXX-{_WEEKDAY_NUMBER[name.lower()] + 1}{part}"
        yield _Hit(start, end, value, "set", "SET")


@_rule(
    _I(
        r"(?:(?:about|around|at|until|by|before|after) )?"
        r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<min>[0-5]\d))? ?(?P<ap>a\.?m\b\.?|p\.?m\b\.?)"
        r"(?: (?P<tz>[A-Z]{2,4}T?)\b)?|(?P<word>noon|midnight|midday)"
    ),
    needle=r"[ap]\.?m\b|noon|midnight|midday|NOON|MIDNIGHT|MIDDAY|Noon|Midnight|Midday",
)
def _clock(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    if m["word"]:
        hour, minute = (24 if m["word"].lower() == "midnight" else 12), 0
    else:
        hour, minute = int(m["h"]) % 12, int(m["min"] or 0)
        if m["ap"].lower().startswith("p"):
            hour += 12
    start = m.start("h") if m["h"] else m.start()
    end = m.end()
    if m["tz"] and not m["tz"].isupper():
        end = m.end("ap")
    # A clock time is on the day the text is talking about, resolved with the dates before it.
    yield _Hit(start, end, f"T{hour:02d}:{minute:02d}", "time", "TIME", shift=("day", 0))


@_rule(
    _I(
        r"(?P<h>[01]?\d)(?: o'clock)? in the (?P<pod>morning|afternoon|evening)"
        r"|mid(?:-| )(?P<mid>morning|afternoon)"
    ),
    needle=r"in the (?:morning|afternoon|evening)|id[- ](?:morning|afternoon)",
)
def _clock_words(m: re.Match[str], ctx: _Context) -> Iterator[_Hit]:
    """ "4 in the morning", "mid-afternoon": on the day the text is talking about."""
    if m["mid"]:
        value = "T" + _PARTS_OF_DAY[m["mid"].lower()]
    else:
        hour = int(m["h"]) % 12 + (12 if m["pod"].lower() != "morning" else 0)
        value = f"T{hour:02d}:00"
    yield _Hit(m.start(), m.end(), value, "time", "TIME", shift=("day", 0))


# ---------------------------------------------------------------------------------------------
# Search


def _from_reference(
    hits: list[_Hit],
    reference: date | None,
    *,
    text: str,
    anchor: date,
    speech: date | None,
    frame: date | None,
    earlier: set[int],
    coarse: str | None,
    last_told: date | None,
    told_last: date | None,
) -> list[_Hit]:
    """Resolve the times told from the reference time, which each calendar date moves on.

    The reference is the time the text is talking about (TimeML's anchor): the last date
    mentioned to the day or month, at first the caller's or the anchor; "a week later" after
    "January 1" is the week of January 8. Quoted words ("'Today I ask...'") count from the day
    they were said: the last day the story told, if within a fortnight before the anchor
    (`speech` at first), else the anchor. "That year" is the last year mentioned, a bare one
    too: "in 1988 ... that year" is 1988. A weekday ending a time granted is the next after the
    granting: after a day its own sentence told, weeks ago too ("On January 2 the court gave
    them until Friday"), if not a past looked back on (`long_before`), else after the day
    quoted words would be said.

    A month (and day) without its year, not told as ahead, is in the year of the scene long
    past that its line sets (`frame` at first, then a year or a month of a year that opens its
    sentence, or the occasion it names: "In the 2016 race, ...") until a date of the story's
    present is told: "In 2016, rebels took the airport. On March 3, they attacked the capital"
    is 2016-03-03 however recent March 3 is. One told in the past perfect (`earlier`: the starts
    of the times a past perfect governs) lies before the time its paragraph last told
    (`told_last` at first), wherever that time stands: "The rebels took the town in 2017. The
    army had shelled it in March" is March 2017.
    """
    resolved: list[_Hit] = []
    # The last time told, by the caller (the month of `last_told`, else of the reference: the
    # caller's day may be a month's first) or in the text, that "at the time" is: the moment
    # of the act told there, to its day ("the hotel caught fire on May 2; 120 guests were
    # inside at the time"); a bare year only where it sets the scene ("In 2017, ..."), being
    # more often a comparison or a noun's ("the 2020 race"); no time at first, no anchor.
    told_before = last_told or reference
    time_told = None if told_before is None else _period(told_before, "month")
    reference = reference or anchor
    # `coarse`: the reference's precision when it is a month ("In March") or a year that sets
    # the scene ("In 2017, ..."): a time told from it in a finer unit is one of its days or
    # weeks, which one untold ("two days later" is no day after publication, nor March 3).
    year_told = reference
    frame_at = 0
    day_told: tuple[date, int] | None = None  # the last day told, and where it ends
    # the last calendar time told, and where
    last_at = None if told_last is None else (told_last, 0)
    for hit in hits:
        if frame is not None and "\n" in text[frame_at : hit.start]:
            frame = None  # a flashback frames its own paragraph: a line of an article body
        if last_at is not None and "\n" in text[last_at[1] : hit.start]:
            last_at = None
        if hit.year_guessed and frame is not None and long_before(frame, anchor):
            hit = _in_year(hit, frame.year)
        elif (
            hit.year_guessed
            and hit.start in earlier
            and last_at is not None
            and long_before(last_at[0], anchor)
        ):
            hit = _in_year(hit, last_at[0].year)
        if hit.shift is not None:
            unit, amount = hit.shift
            base = reference
            if unit == _YEAR_TOLD:
                unit, base = "year", year_told
            if unit == _SPEECH:
                unit, base = "day", speech or anchor
            elif unit.startswith(_SPEECH):
                base = speech or anchor
            if unit == _TIME_TOLD:
                if time_told is not None:
                    resolved.append(
                        hit._replace(value=time_told[0], precision=time_told[1], shift=None)
                    )
                continue
            if base is reference and (untold := _untold_within(reference, coarse, unit)):
                value, precision = untold[0] + hit.value, hit.precision or untold[1]
                resolved.append(hit._replace(value=value, precision=precision, shift=None))
                continue
            day: date | None
            if unit == _GRANTED:
                granted = speech or anchor
                if day_told and not _SENTENCE_END.search(text, day_told[1], hit.start):
                    granted = day_told[0]
                day = _weekday_date(amount, granted, future=True, strict=True)
                unit = "day"
            elif unit == _ZONE_AHEAD:
                # The weekday after the anchor's, told in the past, is the next day in a time
                # zone ahead of the publication's ("police said Friday morning, local time")
                # unless the story has told a day before the anchor: it counts days in the
                # publication's zone, and the weekday is six days back ("Sununu was told
                # Wednesday" after "sources said Monday", in a Tuesday article).
                back = speech is not None and speech < anchor
                day = anchor + timedelta(days=-6 if back else 1)
                unit = "day"
            elif unit.startswith(_SPEECH):
                # a weekday in quoted words: on or before (after) the day they were said
                weekday = _WEEKDAY_NUMBER[unit.removeprefix(f"{_SPEECH} ")]
                day = _weekday_date(weekday, base, future=amount > 0, strict=False)
                unit = "day"
            elif unit in _WEEKDAY_NUMBER:
                day = _weekday_date(_WEEKDAY_NUMBER[unit], base, future=amount > 0, strict=True)
                unit = "day"
            elif (day := _shift(base, unit, amount)) is None:
                continue  # no date ("2000 years later"), nor a reference time
            value, precision = _period(day, unit)
            # A clock time keeps its hour after the day: 2025-01-20T09:00.
            value, precision = value + hit.value, hit.precision or precision
            hit = hit._replace(value=value, precision=precision, shift=None)
        else:
            told = _calendar(hit.value, hit.precision, hit.type)
            if told and told[1] == DatePrecision.DAY and not long_before(told[0], anchor):
                day_told = told[0], hit.end
                if within_story(told[0], anchor):
                    speech = told[0]  # a day told: quoted words after it were said then
        told_at = _calendar(hit.value, hit.precision, hit.type)
        if (moved := _reference_of(hit)) is not None:
            assert told_at is not None  # a reference is a calendar date's
            reference, coarse = moved, "month" if told_at[1] is DatePrecision.MONTH else None
        elif hit.frame and told_at is not None:
            reference, coarse = told_at[0], "year"
        if told_at is not None:
            year_told = told_at[0]
            last_at = told_at[0], hit.start
        if (told_time := _told_time(hit)) is not None:
            time_told = told_time
        if told_at and hit.frame:
            frame, frame_at = told_at[0], hit.start
        elif (at := _reference_of(hit)) and not long_before(at, anchor):
            frame, frame_at = at, hit.start  # back to the story's present
        resolved.append(hit)
    return resolved


# A unit told from a reference known to its month or year only, finer than that: TimeML's value
# of one of its days, weeks or months, which one untold, and its precision: a day of a month is
# a day (the event dater takes it as the time the story has reached, as before), the rest are
# known to the year only.
_UNTOLD = {
    ("month", "day"): ("{:%Y-%m}-XX", "day"),
    ("month", "week"): ("{:%Y}-WXX", "year"),
    ("year", "day"): ("{:%Y}-XX-XX", "year"),
    ("year", "week"): ("{:%Y}-WXX", "year"),
    ("year", "month"): ("{:%Y}-XX", "year"),
}


def _untold_within(reference: date, coarse: str | None, unit: str) -> tuple[str, str] | None:
    """ "Two days later" after "In March 2015": 2015-03-XX; None if the unit is not finer than
    the reference's precision ("a year later" is 2016)."""
    unit = "day" if unit in _WEEKDAY_NUMBER else "week" if unit == "fortnight" else unit
    found = _UNTOLD.get((coarse or "", unit))
    return None if found is None else (found[0].format(reference), found[1])


def _in_year(hit: _Hit, year: int) -> _Hit:
    """A month or day of a month moved to another year (not February 29 of a common year)."""
    value = f"{year:04d}{hit.value[4:]}"
    if hit.precision == "day" and _valid_day(year, int(value[5:7]), int(value[8:10])) is None:
        return hit
    return hit._replace(value=value)


# Between a clock time and its day: a comma, "on", "at", or the time zone named in words
# ("3 p.m. local time on Friday", "Friday at 9 a.m. (local time)").
_JOIN_DATE_TIME = re.compile(r"\s*\(?(?:local time\b)?\)?,?\s*(?:on|at)?\s*$", re.IGNORECASE)


# A title in quotation marks, two words or more in title case up to the closing mark: a
# programme's, a film's, a campaign's ("ABC's \"This Week,\"", "''60 Minutes''", "``Spring of
# Life'' rallies"). A word capitalised after its first that no date capitalises (a unit, a
# noun) tells it from quoted words opening a sentence ("\"Next Tuesday,\" he said").
_TITLE_WORD = r"(?:[A-Z0-9][\w'-]*|of|the|a|an|and|in|on|at|for|to|with)"
_TITLE = re.compile(
    rf"(?:``|''|\"|\u201c)(?P<t>{_TITLE_WORD}(?: {_TITLE_WORD})+)[,.!?]?(?:''|\"|\u201d)"
)
_TITLE_CASED = re.compile(rf" (?!(?:{_WEEKDAY}|{_MONTH})\b)[A-Z][a-z]")


def _outside_titles(text: str, hits: list[_Hit]) -> list[_Hit]:
    """The hits but those inside a title: words of a name, no time."""
    titles = [
        m.span("t")
        for m in _TITLE.finditer(text)
        if "\n" not in m["t"] and _TITLE_CASED.search(m["t"])
    ]
    return [h for h in hits if not any(a <= h.start and h.end <= b for a, b in titles)]


def _select(hits: list[_Hit]) -> list[_Hit]:
    """The longest of overlapping hits, leftmost first."""
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    chosen: list[_Hit] = []
    for hit in hits:
        if chosen and hit.start < chosen[-1].end:
            previous = chosen[-1]
            if hit.end - hit.start > previous.end - previous.start:
                chosen[-1] = hit
            continue
        chosen.append(hit)
    return chosen


def _join_clock_times(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Give a clock time the day next to it: "5 p.m. EST, Nov. 6", "Friday at 9 a.m."."""
    joined: list[_Hit] = []
    for hit in hits:
        if joined:
            previous = joined[-1]
            pair = {previous.type, hit.type}
            gap = text[previous.end : hit.start]
            if pair == {"TIME", "DATE"} and len(gap) < 20 and _JOIN_DATE_TIME.match(gap):
                clock, day = (previous, hit) if previous.type == "TIME" else (hit, previous)
                if day.precision == "day" and "T" in clock.value and clock.value[10:11] == "T":
                    value = day.value + clock.value[10:]
                    joined[-1] = _Hit(previous.start, hit.end, value, "time", "TIME")
                    continue
        joined.append(hit)
    return joined


# A count of days or weeks: "two weeks", "the day".
_DAYS = rf"(?P<num>the|{_NUM})[\s-]+(?P<unit>(?:day|week)s?)"
# ... before or after the day that follows: "the day before last Tuesday".
_OFFSET_BEFORE = re.compile(rf"\b{_DAYS}\s+(?P<dir>before|after)\s+$", re.IGNORECASE)
_DAYS_ONLY = re.compile(_DAYS, re.IGNORECASE)


def _moved(day: date, m: re.Match[str], *, before: bool) -> date | None:
    """A day moved by the days or weeks a match of `_DAYS` counts; None for a vague count."""
    amount = 1 if m["num"].lower() == "the" else _number(m["num"])
    if amount is None or amount != int(amount):
        return None
    return _shift(day, _unit(m["unit"]), -int(amount) if before else int(amount))


def shift_day(day: date, span: str, *, before: bool) -> date | None:
    """A day moved back (`before`) or on by a count of days or weeks ("two weeks", "a day");
    None for any other span."""
    m = _DAYS_ONLY.fullmatch(span.strip())
    return None if m is None else _moved(day, m, before=before)


def _join_offsets(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Count "two days after Jan. 3" from the day it names: one expression, a day."""
    joined: list[_Hit] = []
    for hit in hits:
        m = _OFFSET_BEFORE.search(text, max(0, hit.start - 40), hit.start)
        told = hit.precision == "day" and hit.shift is None  # a day whose value is known
        before = m is not None and m["dir"].lower() == "before"
        day = _moved(date.fromisoformat(hit.value), m, before=before) if m and told else None
        if m and day:
            # "two days" may have been read as a duration of its own
            while joined and joined[-1].end > m.start():
                joined.pop()
            hit = _Hit(m.start(), hit.end, day.isoformat(), "day")
        joined.append(hit)
    return joined


# Between a month or season and its year: "January 1997", "the winter of nineteen ninety-four".
_JOIN_YEAR = re.compile(r" (?:of )?")
_MONTH_OR_SEASON = re.compile(r"\d{4}-(?:\d\d|SP|SU|FA|WI)")


def _join_years(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Give a month or season the year told right after it, in digits or words."""
    joined: list[_Hit] = []
    for hit in hits:
        if joined and hit.precision == "year" and re.fullmatch(r"\d{4}", hit.value):
            previous = joined[-1]
            gap = text[previous.end : hit.start]
            if _MONTH_OR_SEASON.fullmatch(previous.value) and _JOIN_YEAR.fullmatch(gap):
                value = hit.value + previous.value[4:]
                joined[-1] = previous._replace(
                    end=hit.end, value=value, shift=None, year_guessed=False
                )
                continue
        joined.append(hit)
    return joined


# "Or so" after an expression hedges it (TimeML's mod APPROX): it belongs to the extent.
_OR_SO = re.compile(r",? or so\b", re.IGNORECASE)


def _with_or_so(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Extend each hit over an "or so" right after it: "the next two years or so"."""
    return [h._replace(end=m.end()) if (m := _OR_SO.match(text, h.end)) else h for h in hits]


_REACH = 100  # characters a match may extend beyond its needle, either side


def _matches(rule: _Rule, text: str) -> Iterator[re.Match[str]]:
    """The matches of a rule, searching only the windows around its needle."""
    lo = hi = -1
    for needle in rule.needle.finditer(text):
        start, end = max(needle.start() - _REACH, 0), needle.end() + _REACH
        if start > hi:
            if hi > lo:
                yield from rule.pattern.finditer(text, lo, hi)
            lo = start
        hi = max(hi, end)
    if hi > lo:
        yield from rule.pattern.finditer(text, lo, hi)


def find_dates(
    text: str,
    anchor: date,
    *,
    future_at: int | None = None,
    tense: str | None = None,
    reference: date | None = None,
    reference_month: bool = False,
    speech: date | None = None,
    quarter_told: bool = False,
    tense_at: Callable[[int], str | None] | None = None,
    frame: date | None = None,
    time_told: date | None = None,
    told_last: date | None = None,
) -> list[TimeExpression]:
    """The temporal expressions of a text, normalised against `anchor` and sorted by start.

    `future_at` is the offset of a word known to tell of a future act ("hoped to *welcome* Xi
    in May"): it weighs as a future-tense marker for the dates after it. `tense` ("past" or
    "future") is the tense of the act the text tells, when the caller knows it: it decides the
    direction of underspecified dates instead of the words around them. `reference` is the
    time the text is talking about when it begins (the last date mentioned before it); "a
    week later" counts from it, else from the last date before in the text, else the anchor;
    `reference_month` says it is a month's first day for the month told ("In October ... three
    days later": a day of October, which one untold). `quarter_told` says the story before the
    text told of a quarter: "a year earlier" is then that quarter a year back. `speech` is the
    last day the story told before the text: "today" in a quotation is that day, if it is at
    most a fortnight before the anchor.
    `tense_at` gives, from a parse, the tense of the verb that governs the word at an offset
    ("past", "perfect", "future", "present"; None where the parse tells none): it decides the
    direction of an underspecified date instead of the tense markers around it, and a
    "perfect" puts a month told without its year before the time told last. `frame` is the time long
    past that the paragraph is telling of when the text begins, if it is: a month and day
    without a year told in the past are in its year (see `_from_reference`). `time_told` is the
    first day of the last time told before the text (one that `TimeExpression.sets_time`): "at
    the time" is its month until the text tells one (else the month of `reference`).
    `told_last` is the first day of the last calendar time its paragraph told before the text,
    a bare year too: a past perfect's month is in its year if it is long past.
    """
    ctx = _Context(text, anchor, future_at, tense, quarter_told=quarter_told, tense_at=tense_at)
    hits = [hit for rule in _RULES for m in _matches(rule, text) for hit in rule.handle(m, ctx)]
    if speech is not None and not within_story(speech, anchor):
        speech = None
    hits = _join_years(text, _join_offsets(text, _select(_outside_titles(text, hits))))
    hits = _with_or_so(text, hits)
    hits = _from_reference(
        hits,
        reference,
        text=text,
        anchor=anchor,
        speech=speech,
        frame=frame,
        earlier={h.start for h in hits if ctx.parsed_tense(h.start) == "perfect"},
        coarse="month" if reference is not None and reference_month else None,
        last_told=time_told,
        told_last=told_last,
    )
    return [
        TimeExpression(
            text=text[h.start : h.end],
            start=h.start,
            end=h.end,
            value=h.value,
            precision=h.precision,
            type=h.type,
            frame=h.frame,
        )
        for h in _join_clock_times(text, hits)
    ]


# ---------------------------------------------------------------------------------------------
# Event dates

_RESOLVABLE = re.compile(
    r"(\d{4})(?:-(?:W(\d\d)(?:-WE)?|Q([1-4])|H([12])|(SP|SU|FA|WI)|(\d\d)|W?XX)(?:-(\d\d|XX))?)?(?:T.*)?"
)
_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _calendar(value: str, precision: str, type_: str) -> tuple[date, DatePrecision] | None:
    """The first day of a dated value's period, or None for vague or periodic ones."""
    if type_ not in ("DATE", "TIME"):
        return None
    m = _RESOLVABLE.fullmatch(value)
    if m is None:
        return None
    year, week, quarter, half, season, month, day = m.groups()
    if half is not None:
        return date(int(year), 1, 1), DatePrecision.YEAR  # a timeline has no half-years
    if week is not None:  # a weekend ("2025-W03-WE") too: a timeline's week holds it
        return date.fromisocalendar(int(year), int(week), 1), DatePrecision.WEEK
    if quarter is not None:
        return date(int(year), 3 * int(quarter) - 2, 1), DatePrecision.QUARTER
    if season is not None:
        return date(int(year), _SEASON_MONTH[season], 1), DatePrecision.SEASON
    if month is None:
        return (date(int(year), 1, 1), DatePrecision.YEAR) if precision == "year" else None
    if day is None or day == "XX":  # "2017-03-XX": a day of March, which one untold
        return date(int(year), int(month), 1), DatePrecision.MONTH
    return date(int(year), int(month), int(day)), DatePrecision.DAY


def _told_time(hit: _Hit | TimeExpression) -> tuple[str, str] | None:
    """The time "at the time" is after a date told: a day's (a clock time's too), a week's or a
    month's, or a year's that sets the scene ("In 2017, ..."); None after others."""
    told_at = _calendar(hit.value, hit.precision, hit.type)
    if told_at is None or not (hit.frame or told_at[1] in _TIMES_TOLD):
        return None
    if told_at[1] is DatePrecision.DAY:
        return _period(told_at[0], "day")
    return hit.value, hit.precision


def _reference_of(hit: _Hit | TimeExpression) -> date | None:
    """The day a date moves the reference time to: dates told to the day or month do.

    A bare year is more often a comparison ("up from 1988") than the time of the story.
    """
    found = _calendar(hit.value, hit.precision, hit.type)
    if found is None or found[1] not in (DatePrecision.DAY, DatePrecision.MONTH):
        return None
    return found[0]


def _nearest_date(
    expressions: list[TimeExpression],
    anchor: date,
    *,
    latest: date | None = None,
    within: Callable[[int, int], bool] | None = None,
    distance: Callable[[int, int], int] | None = None,
    present: bool = False,
) -> tuple[date, DatePrecision] | None:
    """Of the calendar dates of a text's expressions (only those `within` a part of it), the
    one nearest the event by `distance`, else the first; none after `latest`. With `present`,
    "now" and "currently" are the anchor's day."""
    found = [
        (distance(e.start, e.end) if distance else 0, e.start, calendar)
        for e in expressions
        if (within is None or within(e.start, e.end))
        and (
            calendar := (anchor, DatePrecision.DAY)
            if present and e.value == "PRESENT_REF" and e.precision == "ref"
            else _calendar(e.value, e.precision, e.type)
        )
        is not None
        and (latest is None or calendar[0] <= latest)
    ]
    return min(found)[2] if found else None


def resolve_date(
    sentence: str,
    anchor: date,
    *,
    clause: str | None = None,
    paragraph: str | None = None,
    future_at: int | None = None,
    tense: str | None = None,
    reference: date | None = None,
    reference_month: bool = False,
    story: date | None = None,
    happened: bool = False,
    distance: Callable[[int, int], int] | None = None,
    quarter_told: bool = False,
    goes_on: bool = True,
    tense_at: Callable[[int], str | None] | None = None,
    frame: date | None = None,
    time_told: date | None = None,
    told_last: date | None = None,
) -> tuple[date, DatePrecision, DateSource]:
    """The date of an event told in `sentence`: from the event's own clause, the sentence,
    its paragraph, the story, or the anchor.

    `paragraph` is the text of the paragraph told before the sentence: its last date is the
    time the story has reached; one more than a year before the anchor dates only an act told
    in the past.

    `clause` is the sentence with all but the event's own clause blanked (same offsets);
    `future_at`, an offset in `sentence`, marks the verb of an act still ahead (see `find_dates`).
    `tense` is the tense of the event's verb, "past", "perfect" (a past perfect: background
    to the story), "present perfect" (told from the time of the report: not the story's day),
    "future" or None; `reference` is the last date the text told before the
    sentence (see `find_dates`, and for `reference_month`), `story` the last day it told: an
    act told in the past with no date in its sentence or paragraph happened then, if that day
    is at most a fortnight before the anchor; after an older `reference`, in that reference's
    year. An act that `happened`
    (neither hypothetical nor negated) is never dated after the anchor. A background act is
    not dated by its paragraph (it lies before the time the paragraph tells of) and, with no
    time of its own, takes the anchor's year: never a false day. `distance` measures how far
    a span of the sentence lies from the event (its path in the parse): of the dates of its
    clause, or else of its sentence, the nearest dates the event ("Kopp's 1987 car was found
    last month": last month); without it, the first. "Currently" and "now" there are the
    anchor's day. `quarter_told`: see `find_dates`. Unless the sentence `goes_on` with the
    story line of the sentence that last told a time long past (the same subject, "then"),
    that time frames its own sentence only: it dates the act neither by its paragraph nor, if
    `reference` is that old, by it ("In 1990, Smith pled guilty. Jones pardoned Smith.").
    `tense_at` (offsets of `sentence`; the paragraph ends where the sentence begins), `frame`
    (the sentence's), `time_told` and `told_last`: see `find_dates`.
    """
    direction = "past" if tense in ("perfect", "present perfect") else tense
    if future_at is not None:
        direction = None  # the future word decides for the dates after it
    # An act that happened is dated on or before the anchor; the day after it was the act's
    # day in a time zone ahead of the publication's: the anchor's day.
    latest = anchor if happened else None
    reach = None if latest is None else latest + timedelta(days=1)
    # A date is read whole from the sentence ("on Aug. 7, 1998" even where the parse leaves
    # the year outside the clause); the clause only says which dates are the event's own.
    in_clause = (lambda a, b: bool(clause[a:b].strip())) if clause else None
    read = partial(
        find_dates,
        sentence,
        anchor,
        future_at=future_at,
        reference=reference,
        reference_month=reference_month,
        speech=story,
        quarter_told=quarter_told,
        tense_at=tense_at,
        frame=frame,
        time_told=time_told,
        told_last=told_last,
    )
    told = read(tense=direction)
    if in_clause and direction is not None:
        # A date outside the event's own clause dates it only where the words around the date
        # read it as the event's tense does: in "has decided to admit them in March" the month
        # is the admission's, ahead, not the decision's March before.
        by_words = {(e.start, e.value) for e in read()}
        told = [e for e in told if in_clause(e.start, e.end) or (e.start, e.value) in by_words]
    for within in (in_clause, None) if in_clause else (None,):
        found = _nearest_date(
            told,
            anchor,
            latest=reach,
            within=within,
            distance=distance,
            # "is currently shut down": the day of the report, said of the event's own clause
            present=within is not None or in_clause is None,
        )
        if found:
            return min(found[0], latest or found[0]), found[1], DateSource.SENTENCE
    # "Had agreed", "recently condemned": before the time the story tells of, by how much the
    # text does not say; so is "in the 1990s", a decade or a century long gone, which no
    # period of a timeline holds: the publication's day would be false. Such a time told
    # in the sentence dates the acts of its clauses as a year told there would ("A decade ago,
    # the army seized power and detained the president": the detention too).
    if tense == "perfect" or any(
        _vague_past(e) or past_era(e, anchor) for e in (*find_dates(clause or "", anchor), *told)
    ):
        return date(anchor.year, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT
    in_paragraph = (
        find_dates(
            paragraph,
            anchor,
            reference=reference,
            reference_month=reference_month,
            speech=story,
            quarter_told=quarter_told,
            tense_at=tense_at and (lambda at: tense_at(at - len(paragraph))),
        )
        if paragraph
        else []
    )
    found = _nearest_date(
        in_paragraph,
        anchor,
        latest=latest,
        distance=lambda a, b: -a,  # the last date told before the sentence
    )
    last = max((e for e in in_paragraph if e.type == "DATE"), key=lambda e: e.start, default=None)
    if tense == "past" and goes_on and last is not None and past_era(last, anchor):
        # "In the 1990s, Mugabe seized farms. He also jailed critics": the story line is
        # still in that decade, which no period of a timeline holds: background.
        return date(anchor.year, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT
    if (
        found
        and tense == "present perfect"
        and found[1] in _MONTHS_IN
        and found[0] + relativedelta(months=_MONTHS_IN[found[1]]) <= anchor
    ):
        # "Talks stalled in March. The rebels have seized two towns": what has happened is
        # told from now, at some time after the month told before, not in it (TimeML: the
        # perfect's reference is the time of speech).
        found = None
    # A paragraph's time long past is a story told of the past: it dates the acts told in the
    # past, not what the article tells in the present ("the rebels are backed by Iran").
    if found and (not long_before(found[0], anchor) or (tense == "past" and goes_on)):
        return found[0], found[1], DateSource.PARAGRAPH
    if tense == "past" and story is not None and within_story(story, anchor):
        return story, DatePrecision.DAY, DateSource.DISCOURSE
    if (
        tense == "past"
        and reference is not None
        and reference < anchor - _STORY_REACH
        and (goes_on or not long_before(reference, anchor))
    ):
        # The text is telling of a time before its publication: an act it tells in the past
        # with no time of its own follows that time (TimeML's anchor), how closely is unknown:
        # its year, not the publication's day.
        return date(reference.year, 1, 1), DatePrecision.YEAR, DateSource.DISCOURSE
    if tense == "past" and found and long_before(found[0], anchor):
        # Told in the past after a time long past that it does not go on from ("In 2002, Mugabe
        # won a disputed vote. The EU refused to endorse it"): then, or since, which is untold;
        # the publication's year, not its day.
        return date(anchor.year, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT
    return anchor, DatePrecision.DAY, DateSource.PUBLISHED_AT


_STORY_REACH = timedelta(days=14)
# The months in a period of a month or longer, from its first day.
_MONTHS_IN = {
    DatePrecision.MONTH: 1,
    DatePrecision.QUARTER: 3,
    DatePrecision.SEASON: 3,
    DatePrecision.YEAR: 12,
}


def past_era(told: TimeExpression, anchor: date) -> bool:
    """Whether an expression names a decade or a century that ended before the anchor's year:
    "in the 1990s", "the 19th century" (not "the 2020s" in 2025)."""
    years = _YEARS_IN.get(told.precision)
    return (
        years is not None and told.value.isdigit() and (int(told.value) + 1) * years <= anchor.year
    )


def _vague_past(told: TimeExpression) -> bool:
    """Whether an expression tells a past at an untold distance: "recently", "years ago"."""
    return told.value == "PAST_REF" or (told.type == "DURATION" and told.text.endswith(" ago"))


def long_before(day: date, anchor: date) -> bool:
    """Whether a day lies more than a year before the anchor: a past the text looks back on,
    not the time of its story."""
    return day < anchor - relativedelta(years=1)


def within_story(day: date, anchor: date) -> bool:
    """Whether a day told is one the story can have reached: at most a fortnight before the
    anchor, and not after it."""
    return anchor - _STORY_REACH <= day <= anchor
