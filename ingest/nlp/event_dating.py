"""When events happened: each event's date (`EventDater`).

Each event is dated from its own clause (the date nearest its word in the parse), else its sentence
(not the clause it reports), else its paragraph (the last date told before the sentence, not one
before a noun nor one a speaker's words tell of an act before the story's reach; one long past
only for acts told in the past, and only where it opens its sentence or the act's sentence goes on
from it, "later": else it is an aside), else (an act told in the simple past) the recent day the
story had reached (a date before a noun, "the Aug. 7 bombings", moves it no more) or, when the
story tells of an older time, that time's year, else (a definite noun, "the attack", or an act
done at one, "at the debate") the date of an earlier mention of the same word (or of the same
act by the same parties, `told_again`: "Ruiz's conviction", "attended the meeting"), else the
publication date (EventDater; in a monthly round-up, the month its heading names,
`in_month_covered`).
The tense of the event's verb decides which way a bare date reads; "a week later" counts from the
last date the article told before the sentence; an act that happened is never dated after
publication, and one told in the present with a day of its own still ahead ("they meet on Friday")
is scheduled: hypothetical, dated to that day; a past-perfect act with no time of its own is
background (so is one told "once" done, and a clause joined by "and" going on with its doer)
and takes the publication year, not a false day, unless reported speech put it there
("officials said the rebels had seized the town": the simple past of the words told); one
completing a verb its sentence dates ("conceded on Tuesday that it had shelled the village") lies
before that time, in the week or month that holds the day before it. Dates in the
modifiers of nouns ("an American teacher held since 2021") tell of the noun and date no event
outside them; a date before a noun ("for this year's election") dates an event only where no other
date of its sentence does, unless the noun is the event's own (its argument, or the occasion it
happened in: "killed in last week's attack"). An article with no publication date has no anchor for
"on Tuesday" or "last week": its events are dated only where their date does not depend on the
anchor (an explicit "January 20, 2025" in the sentence or paragraph); the rest stay undated (date,
precision and source None) rather than dated by guesswork. The act is still coded: who did what to
whom does not depend on when.
"""

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from functools import partial
from typing import NamedTuple

import numpy
from dateutil.relativedelta import relativedelta
from spacy.tokens import Doc, Span, Token

from graph.models import ActorKind, DatePrecision, DateSource, Event, EventType
from ingest.calendar_names import MONTHS, WEEKDAYS
from ingest.nlp.actors import ArticleActors, is_person_noun
from ingest.nlp.dates import (
    TimeExpression,
    find_dates,
    in_quotation,
    long_before,
    past_era,
    resolve_date,
    shift_day,
    within_story,
)
from ingest.nlp.events import EventMention
from ingest.nlp.gazetteer import load_gazetteer
from ingest.nlp.lexicon import load_lexicon
from ingest.nlp.modality import in_condition
from ingest.nlp.parse import PARAGRAPH_BREAK, trigger_word
from ingest.nlp.syntax import (
    NOUN_MODIFIERS,
    clause_spans,
    definite_noun,
    lower_lemma,
    noun_modifier_spans,
    ranked,
)

# Texts and recordings whose words an "in" phrase tells ("In the letter, she asks ..."): their
# present is the act their making did. Not every communication noun: an occasion of speaking ("In
# final speech to troops, X urges ...", a headline) is told on the story's day.
_DOCUMENTS = frozenset(
    {
        "affidavit",
        "article",
        "audio",
        "clip",
        "communique",
        "communiqué",
        "document",
        "editorial",
        "filing",
        "footage",
        "interview",
        "letter",
        "memo",
        "memoir",
        "message",
        "note",
        "op-ed",
        "post",
        "readout",
        "recording",
        "report",
        "statement",
        "summary",
        "transcript",
        "tweet",
        "video",
    }
)

# Two anchors far apart: a date both give alike was read from the text, not the anchor.
_PROBE_ANCHORS = (date(2001, 3, 7), date(2023, 10, 19))


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Character spans of the paragraphs (lines) of an article body."""
    spans = []
    start = 0
    for brk in PARAGRAPH_BREAK.finditer(text):
        spans.append((start, brk.start()))
        start = brk.end()
    spans.append((start, len(text)))
    return spans


def _blanked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """The text with the characters of the spans turned to spaces (offsets kept)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _kept(text: str, spans: Iterable[tuple[int, int]], start: int, end: int) -> str:
    """text[start:end] with everything outside the spans turned to spaces (offsets kept)."""
    chars = [" "] * (end - start)
    for a, b in spans:
        a, b = max(a, start), min(b, end)
        chars[a - start : b - start] = text[a:b]
    return "".join(chars)


# An event's date, its precision and where it came from.
_Dating = tuple[date, DatePrecision, DateSource]


def _background(anchor: date) -> _Dating:
    """The date of an act background to the story, on no day it tells: the publication's year."""
    return date(anchor.year, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT


class EventDater:
    """Dates the events of one parsed article (see the module docstring)."""

    def __init__(self, text: str, doc: Doc, published: datetime | None) -> None:
        # The text as read for dates: a person called by a month's name is no month, and the
        # period a record is measured over ("the largest protest since 2019") dates nothing.
        self.text = _blanked(text, _month_named_people(doc) + _record_periods(doc))
        self.doc = doc
        # Without the modifiers of nouns, whose dates tell of the noun: the sentence and
        # paragraph read for an event's date. Its own clause is read from the text itself.
        modifiers = [s for s in noun_modifier_spans(doc) if not _is_date(doc, s)]
        # The clauses that modify a noun, an event's too ("the truce brokered last month"), tell
        # of it: they date it and the act it is an argument of, not the other acts around it.
        # Tokens are made only for the clauses' words, found in the dependency array.
        deps = {doc.vocab.strings[d] for d in ("relcl", "acl")}
        clauses = [doc[i] for i, d in enumerate(doc.to_array("DEP").tolist()) if d in deps]
        self._event_clauses = [
            (t.head.i, (t.left_edge.idx, t.right_edge.idx + len(t.right_edge)))
            for t in clauses
            if (t.dep_ == "relcl" or t.tag_ != "VBG") and t.head.ent_type_ not in ("DATE", "TIME")
        ]
        # A date is read whole: a modifier that begins inside one ("the September 11, 2001
        # attacks") is blanked from the date's end.
        self._starts = doc.to_array("IDX").tolist()  # token offsets, making no Token objects
        modifiers = [(_date_end(doc[bisect_left(self._starts, a)]), b) for a, b in modifiers]
        self.dating_text = _blanked(self.text, modifiers)
        self.anchor = None if published is None else published.date()
        self._paragraphs = _paragraphs(text)
        told = (
            []
            if self.anchor is None
            else find_dates(self.dating_text, self.anchor, tense_at=self._tense_at)
        )
        # The day of a report that is a source, after the day the story told ("On Friday, a man
        # stabbed six. By reports on Saturday, two died"), is when the acts were told, not when
        # they happened: it dates neither its sentence nor the story after it.
        if self.anchor is not None and (reports := _later_reports(doc, told)):
            self.dating_text = _blanked(self.dating_text, reports)
            told = find_dates(self.dating_text, self.anchor, tense_at=self._tense_at)
        # A comparison's base ("rose to $5 million from $4 million a year earlier") dates only
        # what is compared ("compared with year-earlier profit"), not the act nor the story.
        # One in a noun's modifier ("its unit, where profit rose to $5 million from $4 million
        # a year earlier") too, whose clause an event in it reads from the text itself: the
        # times of the words blanked are read apart, as reading the whole text again costs.
        blanked = "".join(
            c if d == " " else " " for c, d in zip(self.text, self.dating_text, strict=True)
        )
        inner = (
            [] if self.anchor is None or not blanked.strip() else find_dates(blanked, self.anchor)
        )
        self._comparisons = _comparison_bases(doc, sorted([*told, *inner], key=lambda e: e.start))
        bases = {a for (a, _), _ in self._comparisons}
        self.dating_text = _blanked(self.dating_text, [d for d, _ in self._comparisons])
        told = [e for e in told if e.start not in bases]
        # A date before a noun ("the Aug. 7 bombings") tells of the noun, not of the story.
        self._noun_dates = [(noun, _widened(span, told)) for noun, span in _noun_dates(doc)]
        noun_dates = [span for _, span in self._noun_dates]
        self.paragraph_text = _blanked(self.dating_text, noun_dates)
        # The times the text is talking about, in order: the reference of each sentence. A date
        # that names a thing ("signed the May 9 accord") moves it not: "the next day" after it
        # counts from the time told before.
        story = told
        if self.anchor is not None and any(
            a <= e.start < b for e in told if e.reference() for a, b in noun_dates
        ):  # read again without the names (few articles: reading costs)
            story = find_dates(self.paragraph_text, self.anchor, tense_at=self._tense_at)
        # A sentence whose main verb is dated is set at that time: a date told after it in the
        # phrase of a verb under a preposition ("shot shoppers on Saturday, with the toll rising
        # to 22 on Monday", "after meeting him on Friday") tells of that phrase alone, not of
        # the time the story goes on from.
        beside = _side_dates(doc, story)
        # What "at the time" is after each date: the last time told, one of an act told as
        # background too ("first raised it at the end of August ... around that same time").
        self._times_told = [
            (e.start, day)
            for e in story
            if e.start not in beside and e.sets_time() and (day := e.first_day()) is not None
        ]
        # The time of an act told as background tells when that act was, not a time the story
        # reaches: it dates no later act.
        beside |= _background_dates(doc, story, self.anchor)
        story = [e for e in story if e.start not in beside]
        self.paragraph_text = _blanked(self.paragraph_text, list(beside.items()))
        self._references = [(e.start, day) for e in story if (day := e.reference()) is not None]
        # Every calendar time told, a bare year too: what a past perfect is told before.
        self._told_times = [(e.start, day) for e in story if (day := e.first_day()) is not None]
        # The dates told in quoted words, by their spans.
        self._quoted_dates = [(e.start, e.end) for e in story if in_quotation(self.text, e.start)]
        # Where a reference is a month ("in October"): a day told from it is one of its days.
        self._months_told = {e.start for e in story if e.names_month()}
        # A clock time told with its day ("12:20 p.m. local time on Wednesday") or a part of a
        # named day ("on Tuesday night", "yesterday afternoon") names that day as a date does; a
        # part of a day told from now alone ("last night", "this morning") does not move the story.
        self._days = [
            (e.start, day)
            for e in story
            if (day := e.reference())
            and (
                e.precision == "day"
                or _CLOCK.fullmatch(e.value)
                or (e.type == "TIME" and _names_day(e.text))
            )
        ]
        # The days a verb of saying is told on ("Radio Kigali reported on Wednesday"), by the
        # verb's index: when a report was made, which bounds the acts it tells.
        speech = load_lexicon().speech
        spoken = [
            (e, word, day)
            for e in story
            if e.precision == "day"
            and (day := e.reference())
            and (word := _saying_of(_dated_word(doc, e))) is not None
            and word.lemma_ in speech
        ]
        self._report_days = {word.i: day for _, word, day in spoken}
        # The verb of saying each of those days is told on, by the date's offset.
        self._reports_at = {e.start: word for e, word, _ in spoken}
        # The day of the speaking that tags quoted words which told a time of their own ("'We
        # seized the port on Sunday,' he said on Monday"): the time of the words, not of the
        # acts they tell.
        self._speaking_dates = [
            (e.start, e.end)
            for e, word, _ in spoken
            if any(word.sent.start_char <= a < e.start for a, _ in self._quoted_dates)
        ]
        # A date long past told after its sentence's verb is an aside ("they fought a war over
        # the region in 1994"): it dates its sentence, not the next ones, unless they go on from
        # it ("then", "later"); one that opens its sentence ("In 1994, ...") sets the time told.
        self._asides = [(e.start, e.end) for e in told if self._is_aside(e)]
        # Where the text tells of a time long past: it frames its sentence and the ones that go
        # on from it (`_goes_on`), not the news told after it.
        self._past_told = [
            e.start
            for e in told
            if self.anchor
            and (
                ((day := e.first_day()) and long_before(day, self.anchor))
                or past_era(e, self.anchor)
            )
        ]
        # Where a paragraph sets a scene long past ("In 2016, ..."), and where it is back in the
        # story's present: a month and day after it in the paragraph are in the scene's year.
        self._frames = [
            (e.start, day)
            for e in told
            if self.anchor
            and (day := e.first_day())
            and (e.frame or (e.reference() and not long_before(day, self.anchor)))
        ]
        # The stretches told as reaching the publication ("in the past two weeks", "over the
        # last few years"), by their span: an act counted or carried on over one is bounded by it.
        self._stretches = {
            (e.start, e.end): e.value
            for e in told
            if e.type == "DURATION" and _UP_TO_NOW.search(e.text)
        }
        # Where the story first tells of a calendar quarter: "a year earlier" is then a quarter.
        self._first_quarter = min(
            (e.start for e in told if e.precision == "quarter"), default=len(text)
        )

    def _on_report_day(self, trigger: Token, dated: _Dating) -> bool:
        """Whether an act is dated by its sentence on the day of the report that tells it, as
        another's act ("The minister was stabbed, Radio Kigali reported on Wednesday"). Not a
        speaker's own act ("police said on Monday they had arrested two men"), what still goes
        on ("has been pushing"), a noun's modifier ("the body found"), which is not the act
        the report tells, nor a report on a Monday: the week that begins on it holds no
        earlier day, nothing the day does not say."""
        day, precision, source = dated
        if precision is not DatePrecision.DAY or source is not DateSource.SENTENCE:
            return False
        if day.weekday() == 0 or _progressive(trigger):
            return False
        report = _reported_under(trigger)
        tensed = _tensed_verb(trigger)
        if report is None or tensed is None:
            return False
        # The report tells the clauses joined to its clause too ("was beaten while two
        # students were detained, the agency reported"), each with its own doer.
        verb = tensed[0]
        while verb != report[0] and verb.dep_ in ("conj", "advcl"):
            verb = verb.head
        return (
            verb == report[0]
            and self._report_days.get(report[1].i) == day
            and not _own_report(tensed[0], report[1])
        )

    def _report_time(self, report: tuple[Token, Token] | None, dated: _Dating) -> bool:
        """Whether an act's date is the day of the report that tells it: of acts "since" a
        start ("said on Tuesday that police have arrested 60 since March"), the day they are
        told up to, not their own."""
        return report is not None and self._report_days.get(report[1].i) == dated[0]

    def background(self, event: Event) -> bool:
        """Whether an event's dating (`date`'s) tells it as background to the story: long
        before publication, or before the story's time on no day the text tells
        (`_background`)."""
        if event.date is None or self.anchor is None:
            return False
        dated = event.date, event.date_precision, event.date_source
        return long_before(event.date, self.anchor) or dated == _background(self.anchor)

    def _after_report(
        self,
        tensed: tuple[Token, list[Token]] | None,
        dated: _Dating,
        p_start: int,
        start: int,
    ) -> bool:
        """Whether an act is dated by its paragraph on the day of a report told last there, as
        another's act: not the speaker's own (`_own_report`), nor a report on a Monday, nor a
        saying ("an aide also suggested ...") or a state ("appeared confident"), told on the
        report's occasion."""
        day, precision, source = dated
        if (
            tensed is None
            or tensed[0].lemma_ in load_lexicon().speech
            or any(c.dep_ in _PREDICATES or c.dep_ == "oprd" for c in tensed[0].children)
            or precision is not DatePrecision.DAY
            or source is not DateSource.PARAGRAPH
            or day.weekday() == 0
        ):
            return False
        told = [(at, d) for at, d in self._references if p_start <= at < start]
        if not told or told[-1][1] != day:
            return False
        report = self._reports_at.get(told[-1][0])
        return report is not None and not _own_report(tensed[0], report)

    def on_schedule(self, trigger_start: int) -> bool:
        """Whether the act at `trigger_start` is told in the present with a day of its own."""
        tensed = _tensed_verb(self.doc[bisect_left(self._starts, trigger_start)])
        return tensed is not None and _scheduled(*tensed)

    def date(
        self,
        trigger_start: int,
        sentence: tuple[int, int],
        *,
        clause: Iterable[tuple[int, int]],
        future_at: int | None = None,
        happened: bool = True,
        follow: bool = True,
        prior: bool = False,
        event_type: EventType | None = None,
    ) -> tuple[date, DatePrecision, DateSource] | None:
        """The date of the event told by the word at `trigger_start` (article offsets), or
        None when the article has no publication date and the text alone does not date it.

        `clause` holds the spans of the event's own clause; `future_at` the offset of the
        verb of an act still ahead; an act that `happened` is never dated after publication.
        A definite noun with no time of its own ("the bombing") is the event an earlier
        mention told, dated as that mention's sentence dates it (`follow`). An act told in the
        past that the story tells as `prior` to its news (a dead person's life, an earlier
        stage of a legal process it dates) is background: never the story's day. A date its
        paragraph told of an event noun of the act's own type (`event_type`) is a time it told.
        """
        start, end = sentence
        trigger = self.doc[bisect_left(self._starts, trigger_start)]
        # A phrase before a complement's subject is the main verb's, not the complement's.
        fronted = [t for t in trigger.sent if _before_complement(t)]
        clause = [
            *clause,
            *_when_date(trigger),
            *_copula_times(trigger),
            *(_span(p) for p in fronted if p.head.head == trigger),
        ]
        tensed = _tensed_verb(trigger)
        told_apart = tensed is not None and (_alleged(tensed[0]) or _charged_with(tensed[0]))
        if tensed is not None and (found := _found(tensed[0])) is not None:
            # before the finding that tells it, by an untold stretch: dated by the words found
            told_apart = True
            clause.append(_span(found))
        if tensed is not None and (relative := _characterising(*tensed)) is not None:
            told_apart = True
            clause.append(
                (relative.left_edge.idx, relative.right_edge.idx + len(relative.right_edge))
            )
        clause_text = _kept(self.text, clause, start, end)
        clause_text = _blanked(
            clause_text,
            [
                (a - start, b - start)
                for p in fronted
                if p.head.left_edge.i <= trigger.i <= p.head.right_edge.i
                for a, b in [_span(p)]
            ],
        )
        clause_text = _blanked(
            clause_text,
            [
                (a - start, b - start)
                for (a, b), (lo, hi) in self._comparisons
                if start <= a < end and not lo <= trigger_start < hi
            ],
        )
        # The sentence as read for dates, with the event's own clause kept even where it is a
        # noun's modifier ("the bombing that killed 259 on Dec. 21": killed, Dec. 21).
        text = "".join(
            own if not own.isspace() else kept
            for own, kept in zip(clause_text, self.dating_text[start:end], strict=True)
        )
        # What the event reports ("said the convoy crossed on Monday") has its own time; so
        # has any clause under it with a subject of its own ("arrested her because she stole a
        # car last year", "charged him, saying he fled in May") but one of the act's time.
        reported = [
            (c.left_edge.idx - start, c.right_edge.idx + len(c.right_edge) - start)
            for c in trigger.subtree
            if c != trigger and _own_time_clause(c)
        ]
        text = _blanked(text, reported)
        # A deadline set on the act a verb's complement tells ("ordered the envoys to leave by
        # Friday, January 17", "demanded that the army withdraw by Monday") bounds that act, still
        # ahead when it was set: it dates the act ordered or promised, not the order.
        deadlines = [
            (p.left_edge.idx - start, p.right_edge.idx + len(p.right_edge) - start)
            for p in _complement_deadlines(trigger)
        ]
        text, clause_text = _blanked(text, deadlines), _blanked(clause_text, deadlines)
        # A verb phrase coordinated after the event's, each with words of its own, has its own
        # time: "condemned the drilling, and sent warships there on May 4 last year" does not
        # date the condemnation; verbs that share theirs share it ("shot down and destroyed
        # last night"). So has the clause after a time the parse coordinates with the verb:
        # "was made a general in 2015, and the following year he was appointed envoy".
        later = [
            (a - start, b - start)
            for c in trigger.conjuncts
            if c.i > trigger.i
            and (
                (
                    c.pos_ == "VERB"
                    and any(
                        trigger.i < w.i < c.i and w.dep_ not in _SHARED for w in trigger.children
                    )
                )
                or _opens_next_clause(c)
            )
            for a, b in _own_words(trigger, c)
        ]
        text, clause_text = _blanked(text, later), _blanked(clause_text, later)
        # A noun's own modifiers tell of it ("a service planned for Saturday"), an occasion's of
        # the act that happened in it ("wounded eight in an ambush that began on Monday").
        # So do a text's ("in a video posted on Sunday, he says ...") of what it tells.
        document = _document(trigger) if _present(trigger) else None
        for noun in (
            ([trigger] if trigger.pos_ == "NOUN" else [])
            + _occasions(trigger)
            + ([document] if document is not None else [])
        ):
            for c in noun.children:
                if c.dep_ in NOUN_MODIFIERS:
                    a, b = c.left_edge.idx, c.right_edge.idx + len(c.right_edge)
                    text = text[: a - start] + self.text[a:b] + text[b - start :]
        # An act that goes on from the verb of a clause modifying a noun ("Al-Shabaab, which
        # stormed a hotel in 2017, killing 20, attacked ..."; "who attacked the base in 2015 and
        # killed 30") is told in that clause: a time the clause tells dates it, not the time of
        # the clause around the noun. Not a present, which tells how things stand ("which last
        # year hosted the talks and is accused of arming rebels").
        modifier = None if _present(trigger) else _modifier_clause(trigger)
        if (
            modifier is not None
            and self.anchor is not None
            and find_dates(_kept(self.text, [_span(modifier)], start, end), self.anchor)
        ):
            text = _kept(self.text, [_span(modifier), *clause], start, end)
        # An infinitive reads its time from the verb it completes, even in a blanked modifier:
        # "the talks, set to resume Monday" look forward.
        verb = trigger
        while verb.dep_ == "xcomp":  # an xcomp is never the root: the walk ends
            verb = verb.head
            a, b = verb.idx, verb.idx + len(verb)
            text = text[: a - start] + self.text[a:b] + text[b - start :]
        # The paragraph told before the sentence: the time it is talking about is the last
        # date told there (a date told after the sentence tells of what follows it).
        p_start = next((p[0] for p in self._paragraphs if p[0] <= start < p[1]), start)
        paragraph = self.paragraph_text[p_start:start]
        if event_type is not None:
            # A date of another noun tells of that noun, not of the story, unless the noun is
            # an act of the event's own type ("Sunday's protest drew thousands. Students
            # marched to parliament"): the same act, told again by its verb.
            nouns = load_lexicon().nouns
            for noun_at, (a, b) in self._noun_dates:
                lemma = lower_lemma(self.doc[bisect_left(self._starts, noun_at)])
                if p_start <= a < start and nouns.get(lemma, (None,))[0] is event_type:
                    paragraph = (
                        paragraph[: a - p_start] + self.dating_text[a:b] + paragraph[b - p_start :]
                    )
        if not any(t.dep_ == "advmod" and t.lower_ in _SEQUENCE for t in trigger.sent):
            asides = [(a - p_start, b - p_start) for a, b in self._asides if p_start <= a < start]
            paragraph = _blanked(paragraph, asides)
        # A date before a noun other than the event's own ("endorsing Biden for this year's
        # election") tells of that noun: not of the event's clause, and of its sentence only
        # where no other date is told there. The event's own nouns are its arguments and the
        # occasion it happened in ("injured in the 1998 bombing").
        own = _own_nouns(trigger)
        named = own - _texts_acted_on(trigger)
        noun_dates = [
            (a - start, b - start)
            for noun, (a, b) in self._noun_dates
            if start <= a < end and bisect_left(self._starts, noun) not in named
        ]
        clause_text = _blanked(clause_text, noun_dates)
        # The time of an "after" or "before" phrase is its own act's ("resigned after the
        # recording was posted on Monday"), and one "since" is a start: they only bound the act
        # around them (TimeML AFTER, BEFORE, BEGUN_BY).
        kind, spans = _bound_phrases(trigger)
        # One told in another clause with a subject of its own ("Russia meddled in the 2016
        # vote, and Britain expelled its diplomats"), or of an act in another noun's phrase
        # ("demanded an inquiry into the killings of 3 May"), tells of that act alone (and of
        # the clauses on it: "the 1996 bombing that killed one"), unless that phrase bounds
        # the event ("in the wake of the bombings of January 8"); so does one in what the act
        # was done for ("jailed two men over the 2013 attack"), which came before it.
        causes = _cause_phrases(trigger)
        text = _blanked(
            text,
            [
                (a - start, b - start)
                for noun, (a, b) in self._noun_dates
                if start <= a < end
                and (
                    _in_other_clause(word := self.doc[bisect_left(self._starts, noun)], trigger)
                    or any(p.left_edge.i <= word.i <= p.right_edge.i for p in causes)
                    or (
                        word.i not in own
                        and _of_noun(word)
                        and not word.left_edge.i <= trigger.i <= word.right_edge.i
                        and not any(a <= noun < b for a, b in spans)
                    )
                )
            ],
        )
        others = [
            (a - start, b - start)
            for noun, (a, b) in self._event_clauses
            if start <= a < end
            and noun not in own
            and not a <= trigger_start < b
            and (modifier is None or (a, b) != _span(modifier))
        ]
        text, clause_text = _blanked(text, others), _blanked(clause_text, others)
        at = None if future_at is None else future_at - start
        tense = _tense(trigger)
        if (
            tense == "perfect"
            and tensed is not None
            and _backshifted(*tensed)
            and not in_quotation(self.text, trigger.idx)
        ):
            # "officials said the rebels had seized the town": reported speech tells the
            # speaker's simple past in the past perfect; the act is as recent as the one told in
            # direct speech ("the rebels seized the town"), not background.
            tense = "past"
        if (
            tense == "past"
            and tensed is not None
            and any(_in_past_era(v, self.anchor) for v in _sharing_clause(tensed[0]))
        ):
            tense = "perfect"  # "under Yeltsin, Russia sent troops": background, not the news
        report = _reported_under(trigger)
        if tense == "past" and (
            told_apart or (report is not None and _tense(report[1]) == "perfect")
        ):
            # before the charge that tells it, the time of the clause around it, or a report
            # told as before the story ("Reuters had reported that the army detained him"), by
            # an untold stretch
            tense = "perfect"
        # The sentence of a past perfect completing another verb, not backshifted ("conceded
        # on Tuesday that it had shelled the village"): its time is the one the act came before.
        completed = None
        if tense == "perfect" and tensed is not None:
            if _describes(*tensed) or told_apart or _told_as_background(tensed[0]):
                # What a party is known for ("Iran, which has armed the rebels, condemned the
                # strike on Monday"), what a relative clause tells befell a participant ("the
                # men, who were arrested in Kano, went on trial on Monday"), the act a charge
                # tells ("pleaded guilty on Monday to charges he threatened a judge") and one
                # told as earlier or repeated ("said on Monday it has already paid") are dated
                # by their own clause alone, not by the news around them.
                text = clause_text
            elif _completes(tensed[0]) and trigger.tag_ != "VBG":
                # So is a past perfect completing another verb, whose time only bounds it. Not
                # a participle the parse hangs there ("conceded it had shelled the village,
                # blaming the rebels"): often the act of the verb completed.
                completed, text = text, clause_text
        quoted = in_quotation(self.text, trigger.idx)
        said = happened and quoted
        told_in = document is not None and tense is None and not quoted
        if told_in:
            # "On Monday the mayor wrote to him. In the letter, she asks him to resign": the
            # present of a text or a recording is the act its making did, at the time told of it.
            tense = "past"
        if tense is None and said and not _progressive(trigger):
            # "'We call on Italy to join,' he added": a present in quoted words is told on the
            # day they were said, as an act told in the past is. A present progressive ("'we
            # are fully cooperating'") tells what still goes on: the report's day. A time its
            # quotation told before it is the speaker's past ("'We arrested him last night. We
            # thank the police'"), not the time of speaking.
            tense = "past"
            paragraph = _blanked(
                paragraph,
                [(a - p_start, b - p_start) for a, b in self._quoted_dates if p_start <= a < start],
            )
        elif tense == "past" and quoted:
            # "'We seized the port on Sunday,' he said on Monday. 'We also freed the hostages'":
            # an act the quotation tells goes on from the time it told, not from its speaking.
            paragraph = _blanked(
                paragraph,
                [
                    (a - p_start, b - p_start)
                    for a, b in self._speaking_dates
                    if p_start <= a < start
                ],
            )
        elif (tense is None and _present(trigger)) or (
            tense == "present perfect" and tensed is not None and _since_then(tensed[0])
        ):
            # Any other present ("Turkey maintains a position", "is fighting") tells how things
            # stand at publication, not at the time the paragraph told before its sentence; an
            # act that has happened "since" that time is after it, told from now.
            paragraph = ""
        if self.anchor is None:
            return _anchorless_date(text, clause_text, paragraph, tense=tense)
        references = self._references[: bisect_left(self._references, (start,))]
        days = self._days[: bisect_left(self._days, (start,))]
        if not quoted:
            # An older time told in quoted words is the speaker's past ("'I feared at the time
            # of the call on July 25,' he said"), not one the narration around them goes back to.
            anchor = self.anchor
            references, days = (
                [
                    (at, day)
                    for at, day in told
                    if within_story(day, anchor) or not in_quotation(self.text, at)
                ]
                for told in (references, days)
            )
        flashback = self._flashback_before(trigger, p_start)
        if flashback is not None:
            references = [(at, d) for at, d in references if not flashback[0] <= at < flashback[1]]
            days = [(at, d) for at, d in days if not flashback[0] <= at < flashback[1]]
        k = bisect_left(self._past_told, start)
        told_at = self._past_told[k - 1] if k else None
        f = bisect_left(self._frames, (start,))
        frame = self._frames[f - 1] if f and self._frames[f - 1][0] >= p_start else None
        t = bisect_left(self._told_times, (start,))
        told_last = self._told_times[t - 1] if t and self._told_times[t - 1][0] >= p_start else None
        story = _story_day(days, references, self.anchor)
        times_told = self._times_told[: bisect_left(self._times_told, (start,))]
        if quoted and report is not None and report[1].i in self._report_days:
            # "'We arrested two men yesterday,' the chief told reporters on Monday": quoted
            # words count from the day they were told on, even where that day comes after them.
            story = self._report_days[report[1].i]
        bounds = [(a - start, b - start) for a, b in spans]
        read = partial(
            resolve_date,
            anchor=self.anchor,
            paragraph=paragraph,
            future_at=at,
            tense=tense,
            reference=references[-1][1] if references else None,
            reference_month=bool(references) and references[-1][0] in self._months_told,
            story=story,
            happened=happened,
            distance=lambda a, b: (
                self._distance(trigger, start + a, start + b)
                + len(self.doc) * any(a < d and c < b for c, d in noun_dates)
            ),
            quarter_told=self._quarter_told(start),
            goes_on=told_at is None or _goes_on(trigger, self._sentence_at(told_at)),
            tense_at=lambda at: self._tense_at(start + at),
            frame=frame[1] if frame else None,
            time_told=times_told[-1][1] if times_told else None,
            told_last=told_last[1] if told_last else None,
        )
        dated = read(_blanked(text, bounds), clause=_blanked(clause_text, bounds))
        if told_in and dated[2] not in (DateSource.SENTENCE, DateSource.PARAGRAPH):
            # an undated text is read as any present: how things stand at publication
            dated = read(
                _blanked(text, bounds),
                clause=_blanked(clause_text, bounds),
                tense=None,
                paragraph="",
            )
        if told_in and document is not None and dated[2] is not DateSource.SENTENCE:
            # "released a summary of the call made in July. In it, he asks": a record of an
            # act tells what was done at that act, on its date, not at the record's making
            dated = self._recorded_act_date(document, trigger, happened=happened) or dated
        if bounds and (
            dated[2] is not DateSource.SENTENCE
            or (kind == "since" and self._report_time(report, dated))
        ):
            # a report's time is the sentence's nearest: the bound's is in its own phrases
            phrases = _kept(self.text, spans, start, end)
            bound = (
                read(phrases, clause=phrases)
                if dated[2] is DateSource.SENTENCE
                else read(text, clause=clause_text)
            )
            if bound[2] is DateSource.SENTENCE:
                # An act an "after" clause itself tells ("18 years after Washington invaded
                # the country in the wake of the attacks") is before the news: no story day.
                told = dated if not _bounds_another(trigger) else None
                dated = _bounded(kind, told, bound, self.anchor) if happened else bound
            elif kind == "since" and happened and tense in ("present perfect", None):
                # "Since the coup, the army has detained hundreds": a stretch up to now from a
                # start the text does not date, of untold length: background, as "in recent
                # years" is, not the publication day (a causal "since" takes a past).
                dated = _background(self.anchor)
        if completed is not None and happened and dated[2] is not DateSource.SENTENCE:
            bound = read(completed, clause=clause_text)
            if bound[2] is DateSource.SENTENCE:
                # before the time of the verb completed, by an untold stretch (TimeML BEFORE):
                # the smallest period that holds it and the day before it
                dated = _bounded("before", None, bound, self.anchor)
        if (
            happened
            and tense == "past"
            and tensed is not None
            and _told_afterwards(tensed[0])
            and dated[1] in (DatePrecision.DAY, DatePrecision.WEEK)
            and dated[2] is not DateSource.PUBLISHED_AT
            and read(clause_text, clause=clause_text, paragraph="")[2] is not DateSource.SENTENCE
            and not any(e.type == "TIME" for e in find_dates(clause_text, self.anchor))
        ):
            # "declared an emergency on May 3 and later banned rallies", "Police held him on
            # Monday. He was later freed": the time told before is one the act came after by an
            # untold stretch (TimeML AFTER), as an "after" phrase's: it bounds the act, not
            # dates it; a time of the act's own clause still does, a time of day ("eventually
            # shot him at 2 p.m.") on the day told.
            day, precision, _ = _bounded("after", None, dated, self.anchor)
            dated = day, precision, dated[2]
        if happened and dated[2] is not DateSource.SENTENCE and tensed is not None:
            stretch = self._stretch_of(tensed[0])
            if stretch is not None:
                # "has expelled dozens in the past two years": the acts lie between the
                # stretch's first day and publication, on no day the text tells (TimeML
                # BEGUN_BY, as "since"): the period that holds both, else background.
                start_day = _stretch_start(stretch, self.anchor)
                dated = (
                    _bounded(
                        "since",
                        None,
                        (start_day, DatePrecision.DAY, dated[2]),
                        self.anchor,
                        start_told=False,
                    )
                    if start_day is not None
                    else _background(self.anchor)
                )
        earlier = next(
            (
                t
                for t in (trigger, *trigger.ancestors)
                if _earlier_clause(t)
                or _made_text(t)
                or _had_done(t)
                or _described_by(trigger, t)
                or _told_as_cause(t)
                or _names_untold_time(t)
            ),
            None,
        )
        if (
            (_known_act(trigger) or earlier is not None)
            and dated[1] in (DatePrecision.DAY, DatePrecision.WEEK)
            and within_story(dated[0], self.anchor)
        ):
            # An act the sentence concedes or judges ("despite the minister's call for calm",
            # "the president's request was improper"), or that another act came after or of
            # ("after the governor was impeached", "in response to a complaint"), that made a
            # text the sentence speaks of ("denounced the accord under which they agreed"),
            # that a noun describing a participant tells ("the victim of an attack") or that
            # names a time ("speak of the day he was shot", `_names_untold_time`), was done
            # before the day it is told on, by an untold stretch: background, dated by its own
            # words alone (that clause's, wherever the parse hangs its time), not by the other
            # act's; where they tell a time, as the sentence read it ("after Turkey began its
            # offensive on Wednesday": the story's Wednesday).
            words = (
                clause_text
                if earlier is None
                else _kept(
                    self.text,
                    [(earlier.left_edge.idx, earlier.right_edge.idx + len(earlier.right_edge))],
                    start,
                    end,
                )
            )
            alone = read(words, clause=words, paragraph="", tense="perfect")
            if alone[2] is not DateSource.SENTENCE:
                dated = alone
        if (
            prior
            and tense == "past"
            and dated[2] is not DateSource.SENTENCE
            and within_story(dated[0], self.anchor)
        ):
            # "Ana Vela died on Saturday. She founded the party": a dead person's act is her
            # life, before the story's day (a time long past the paragraph told may date it); so
            # is "He was charged with fraud" where the story's day convicted him.
            return _background(self.anchor)
        if (
            tense == "past"
            and dated[1] is DatePrecision.DAY
            and dated[2] is DateSource.DISCOURSE
            and self._goes_on_aside(
                trigger, max([p_start, *(at for at, day in days if within_story(day, self.anchor))])
            )
        ):
            # "Mugabe was jailed in 1963. Mugabe was hailed a hero": an aside dates no later
            # sentence, but one that goes on with its story line tells of that past, not of the
            # story's day.
            return _background(self.anchor)
        if (
            said
            and tense == "future"
            and dated[2] == DateSource.PUBLISHED_AT
            and story is not None
            and within_story(story, self.anchor)
        ):
            # "'We will withdraw the bill,' Lam said": a promise or a threat in quoted words is
            # made on the day they were said, as a present there is told; their dates still
            # read ahead ("'we will leave on Friday'").
            dated = story, DatePrecision.DAY, DateSource.DISCOURSE
        if (
            happened
            and tense not in ("future", "present perfect")
            and not _promised(tensed)
            and (
                self._on_report_day(trigger, dated)
                or (
                    tense == "past"
                    and not quoted
                    and self._after_report(tensed, dated, p_start, start)
                )
            )
        ):
            # The day of a report of another's act is only the last day the act can have been,
            # not its day: the report's week is the vaguer date that holds it; so it is of the
            # acts told after it where it is the last time their paragraph told ("X was stabbed,
            # Kan reported on Wednesday. Police arrested a man"). A promise ("announced that her
            # government will withdraw the bill", "said on Sunday its troops would leave") is
            # made on that day, a present perfect ("said
            # on Monday the army has decided") is told from its time, as one unreported is from
            # publication's.
            return dated[0] - timedelta(days=dated[0].weekday()), DatePrecision.WEEK, dated[2]
        if (
            (tense == "present perfect" or _promised(tensed))
            and dated == (self.anchor, DatePrecision.DAY, DateSource.PUBLISHED_AT)
            and report is not None
            and (_tense(report[1]) == "past" or _document(report[1]) is not None)
        ):
            # "The SDF said an agreement has been reached": a present perfect is told from the
            # time of its report, and a report told in the past is dated as the story dates it,
            # not on the publication day; so is an act it promises with no time of its own
            # ("announced he would resign", "said it will withdraw"): the promise's, where the
            # story dates it. Not acts over a span from a long past or untold start ("said the
            # army has jailed 40 reporters since 2015"): background, not the report's day.
            told = self.date(
                report[1].idx,
                sentence,
                clause=clause_spans(report[1]),
                happened=happened,
                follow=False,
            )
            if told is not None and (
                tense == "present perfect" or within_story(told[0], self.anchor)
            ):
                dated = told
        if (
            happened
            and tense == "past"
            and tensed is not None
            and dated[2] is not DateSource.SENTENCE
            and within_story(dated[0], self.anchor)
            and self._joined_long_past(tensed[0], sentence)
        ):
            # "A jury convicted him, and he was jailed in 2016": an act told before a clause
            # joined to its own that tells a time long past came before that time, not on the
            # story's day: background.
            return _background(self.anchor)
        attempt = _infinitive_of_past(trigger) if tensed is None else None
        if attempt is not None and happened and dated[2] is not DateSource.SENTENCE:
            done = read(_blanked(text, bounds), clause=_blanked(clause_text, bounds), tense="past")
            if done[2] is DateSource.SENTENCE and within_story(done[0], self.anchor):
                # One told as done has its own day just gone by, which the infinitive read
                # ahead ("voted to lift the curfew on Saturday", told in a Wednesday story:
                # lifted it last Saturday); a month ahead is still the act's, not done.
                dated = done
        if attempt is not None and dated[2] is DateSource.PUBLISHED_AT:
            # "As they tried to storm parliament", "announced he intended to appeal": an act
            # an infinitive tells, with no time of its own, is tried or intended at the time
            # of the past verb it completes, where the story dates that verb, or as background
            # with it ("had planned to attack"); not on the publication's day (the act itself,
            # if ever done, lies after it).
            told = self.date(
                attempt.idx, sentence, clause=clause_spans(attempt), happened=True, follow=False
            )
            if told is not None and told != (self.anchor, DatePrecision.DAY, dated[2]):
                dated = told
        if follow:
            own_time = dated[2] == DateSource.SENTENCE
            offset = self._from_event(trigger, happened=happened, own_time=own_time)
            if offset is not None:
                return offset
        # No time of its own: the publication's day, or the year of the story's older time.
        undated = dated[2] == DateSource.PUBLISHED_AT or (
            dated[2] == DateSource.DISCOURSE and dated[1] == DatePrecision.YEAR
        )
        if undated and follow and (definite_noun(trigger) or _conceded(trigger)):
            told = self._told_before(trigger, happened=happened)
            if told is not None:
                return told[0], told[1], DateSource.DISCOURSE
        if follow and dated[2] in (DateSource.PUBLISHED_AT, DateSource.DISCOURSE):
            # "The bombing of the depot, on January 3, ... [paragraphs later] The bombing killed
            # five": an act done by or in an act told before, of its own type, is part of it and
            # keeps the day its earlier mention told, not the day the story has since reached;
            # a mention long past is another act of the kind ("the 2015 attack"). So does an
            # act done at an occasion told before ("the debate, held on October 8 ... At the
            # debate, she accused him"): it happened during it (TimeML IS_INCLUDED).
            for noun in _part_of(trigger, event_type) + _held_at(trigger):
                told = self._told_before(noun, happened=happened)
                if told is not None and not long_before(told[0], self.anchor):
                    return told[0], told[1], DateSource.DISCOURSE
        return dated

    def _recorded_act_date(
        self, document: Token, trigger: Token, *, happened: bool
    ) -> _Dating | None:
        """The date of the act a text or a recording is "of" ("a summary of a phone call made
        in late July", "footage of the raid on Monday"), as its own sentence dates it, if it
        does; from an earlier sentence, told by the discourse."""
        nouns = load_lexicon().nouns
        for prep in document.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for act in prep.children:
                if act.dep_ != "pobj" or lower_lemma(act) not in nouns:
                    continue
                sentence = (act.sent.start_char, act.sent.end_char)
                told = self.date(
                    act.idx, sentence, clause=clause_spans(act), happened=happened, follow=False
                )
                if told is not None and told[2] is DateSource.SENTENCE:
                    same = act.sent == trigger.sent
                    return told[0], told[1], told[2] if same else DateSource.DISCOURSE
        return None

    def _joined_long_past(self, verb: Token, sentence: tuple[int, int]) -> bool:
        """Whether a clause with a subject of its own, coordinated after a verb's, is dated by
        its sentence more than a year before publication."""
        assert self.anchor is not None
        for later in verb.conjuncts:
            if later.i > verb.i and later.pos_ in ("VERB", "AUX") and _has_subject(later):
                # not as an act that happened: its own joined clauses are not read again
                told = self.date(
                    later.idx, sentence, clause=clause_spans(later), happened=False, follow=False
                )
                if told is not None and told[2] is DateSource.SENTENCE:
                    return long_before(told[0], self.anchor)
        return False

    def _goes_on_aside(self, trigger: Token, since: int) -> bool:
        """Whether the event's sentence goes on with the story line of an earlier sentence,
        told in the past, that told a time long past after its verb (an aside) after the offset
        `since` (its paragraph's start or the story's last day, whichever is later)."""
        asides = [a for a, _ in self._asides if since <= a < trigger.sent.start_char]
        if not asides:
            return False
        told = self._sentence_at(asides[-1])
        return _tense(told.root) == "past" and _goes_on(trigger, told)

    def _stretch_of(self, verb: Token) -> str | None:
        """The value of a stretch up to publication that a phrase on a verb tells ("in the
        last three months", "over the past few years"), if one does."""
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in _STRETCH_PREPS:
                for noun in prep.children:
                    span = (noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge))
                    if noun.dep_ == "pobj" and span in self._stretches:
                        return self._stretches[span]
        return None

    def _flashback_before(self, trigger: Token, p_start: int) -> tuple[int, int] | None:
        """The span of the paragraphs before the event's (which begins at `p_start`) that told
        a flashback after a day of the story's own, if the event is back in the story's
        present: its sentence goes on from the story's last day (an actor of that sentence),
        not from the flashback ("Police arrested three men on Monday. / On Aug. 4 last year,
        the gang robbed a bank. / Police charged the men."). Without such a sign the flashback
        may go on: the event keeps its time."""
        assert self.anchor is not None
        anchor = self.anchor
        present = [at for at, day in self._days if at < p_start and within_story(day, anchor)]
        if not present:
            return None
        # a flashback sets its scene before its sentence's verb ("On Aug. 4 last year, ..."): a
        # date told after it is an aside
        older = [
            at
            for at, day in self._references
            if present[-1] < at < p_start
            and day < anchor
            and not within_story(day, anchor)
            and at < self._sentence_at(at).root.idx
        ]
        if not older:
            return None
        if _goes_on(trigger, self._sentence_at(present[-1])) and not _goes_on(
            trigger, self._sentence_at(older[-1])
        ):
            return present[-1] + 1, p_start
        return None

    def _sentence_at(self, offset: int) -> Span:
        """The sentence of the word at an article offset."""
        return self.doc[bisect_left(self._starts, offset + 1) - 1].sent

    def _tense_at(self, offset: int) -> str | None:
        """The tense of the verb that governs the word at an article offset (`find_dates`)."""
        return _governing_tense(self.doc[max(bisect_right(self._starts, offset) - 1, 0)])

    def _is_aside(self, told: TimeExpression) -> bool:
        """Whether a date long past is told after the verb of its sentence."""
        day = told.first_day()
        if self.anchor is None or day is None or not long_before(day, self.anchor):
            return False
        word = self.doc[bisect_left(self._starts, told.start + 1) - 1]
        return told.start > word.sent.root.idx

    def _from_event(self, trigger: Token, *, happened: bool, own_time: bool) -> _Dating | None:
        """The day of an act told as days or weeks before or after another act the text dates
        ("withdrew two weeks after the election", the election held on March 3; "seized a
        tanker the day after Britain detained a ship on Sunday"; "The crash comes a day after
        the Taliban freed prisoners", the crash told on Tuesday); None where that act has no
        day. A vague count ("days after the election") gives the smallest period that holds
        the other act's day and the publication's, not a day; one before it, the background."""
        for span, event, before in _offsets(trigger, own_time=own_time):
            if event.pos_ == "VERB":
                sentence = (event.sent.start_char, event.sent.end_char)
                told = self.date(
                    event.idx, sentence, clause=clause_spans(event), happened=happened, follow=False
                )
                if told is None or told[2] is not DateSource.SENTENCE:
                    continue
            else:
                told = self._told_before(event, happened=happened)
            if told is None or told[1] != DatePrecision.DAY:
                continue
            day = shift_day(told[0], span, before=before)
            if day is None and self.anchor and span.split()[-1].lower() in _UNITS:
                if before:
                    return _background(self.anchor)  # how far back is untold
                bounded = _bounded("after", None, told, self.anchor)
                return bounded[0], bounded[1], DateSource.DISCOURSE
            if day is not None and not (happened and self.anchor and day > self.anchor):
                return day, DatePrecision.DAY, DateSource.DISCOURSE
        return None

    def _quarter_told(self, start: int) -> bool:
        """Whether the story told of a calendar quarter before the sentence at `start`."""
        return self._first_quarter < start

    def _told_before(self, trigger: Token, *, happened: bool) -> _Dating | None:
        """The date of the nearest earlier mention of the same event word ("the bombing",
        after "bombs hit two embassies on Friday"; a verb by the same subject: "McKinley
        visited", after "In October, McKinley visited") that its own sentence dates."""
        for word in reversed(self.doc[: trigger.sent.start]):
            if _same_event_word(word, trigger) and (
                trigger.pos_ != "VERB" or _subject_words(word) == _subject_words(trigger) != []
            ):
                sentence = (word.sent.start_char, word.sent.end_char)
                told = self.date(
                    word.idx, sentence, clause=clause_spans(word), happened=happened, follow=False
                )
                if told is not None and told[2] == DateSource.SENTENCE:
                    return told
        return None

    def _distance(self, trigger: Token, start: int, end: int) -> int:
        """The number of parse arcs between the event's word and a span of its sentence."""
        words = self.doc.char_span(start, end, alignment_mode="expand")
        if words is None or not len(words):
            return len(self.doc)
        up = {t.i: n for n, t in enumerate([trigger, *trigger.ancestors])}
        for n, t in enumerate([words.root, *words.root.ancestors]):
            if t.i in up:
                return n + up[t.i]
        return len(self.doc)


# Adverbs that tell an act as following the time told before ("then", "later").
_SEQUENCE = frozenset(
    {"then", "later", "afterwards", "afterward", "subsequently", "eventually", "thereafter"}
)

# Of those, the ones that tell an untold stretch since that time: "then" tells the next step,
# "eventually" the end of the steps told ("officers eventually shot him"), often on that day.
_AFTERWARDS = _SEQUENCE - {"then", "eventually"}

# The TimeML value of a clock time on a calendar day.
_CLOCK = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
# The words of a time that name its day: a weekday, a month (with its day), "yesterday".
_DAY_NAMES = frozenset(w.lower() for w in (*WEEKDAYS, *MONTHS)) | {"yesterday"}


def _own_words(verb: Token, conjunct: Token) -> list[tuple[int, int]]:
    """The spans of the words of a verb's later conjunct that are its own: all but the phrases
    of time (and place, occasion) that close it, before any participle after a comma, which
    tell the time of both where no comma parts the verbs ("killed two policemen and wounded
    five in an ambush on Monday"); else all ("condemned the drilling, and sent warships there
    on May 4")."""
    left, end = conjunct.left_edge.idx, conjunct.right_edge.idx + len(conjunct.right_edge)
    if any(c.lower_ == "," and verb.i < c.i < conjunct.i for c in verb.children) or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in conjunct.children
    ):
        return [(left, end)]
    tail: list[Token] = []
    for c in reversed(list(conjunct.rights)):
        if c.dep_ in ("punct", "advcl") and not tail:
            continue
        if c.dep_ not in ("prep", "npadvmod"):
            break
        tail.insert(0, c)
    if not any(t.ent_type_ in _TIMES for c in tail for t in c.subtree):
        return [(left, end)]
    after = tail[-1].right_edge.idx + len(tail[-1].right_edge)
    return [(left, tail[0].left_edge.idx), (after, end)]


def _opens_next_clause(conjunct: Token) -> bool:
    """Whether a verb's conjunct is a time that a clause of its own hangs on ("..., and the
    following year he was appointed"): the parse's reading of a clause's fronted time."""
    return conjunct.ent_type_ in _TIMES and any(
        c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX") for c in conjunct.children
    )


def _names_day(text: str) -> bool:
    """Whether a time's words name its day ("Sunday night", not "last night")."""
    return not _DAY_NAMES.isdisjoint(re.findall(r"[a-z]+", text.lower()))


def _goes_on(trigger: Token, told: Span) -> bool:
    """Whether the sentence of an event goes on with the story line of an earlier sentence
    `told`: "then", "later", or a subject named there as subject or object, or a pronoun ("In
    1990, Smith pled guilty. He was sentenced..."), not another actor's act ("Jones pardoned
    Smith")."""
    if any(t.dep_ == "advmod" and t.lower_ in _SEQUENCE for t in trigger.sent):
        return True
    subject = next(
        (c for t in (trigger, *trigger.ancestors) for c in t.children if c.dep_ in _SUBJECTS),
        None,
    )
    if subject is None:
        return False
    if subject.tag_ == "PRP":
        return True
    earlier = {
        t.lower_ for t in told if t.dep_ in (*_SUBJECTS, "dobj") and t.pos_ in ("NOUN", "PROPN")
    }
    return subject.lower_ in earlier


def _dated_word(doc: Doc, told: TimeExpression) -> Token | None:
    """The word a date told hangs on: the head of its preposition ("shot on Monday"), else
    its own head."""
    words = doc.char_span(told.start, told.end, alignment_mode="expand")
    if words is None or not len(words):
        return None
    root = words.root
    return root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head


def _saying_of(word: Token | None) -> Token | None:
    """The word a date tells the day of: the verb of saying whose occasion a noun the date
    hangs on is ("said in a statement on Friday", "told reporters at a briefing on Monday"),
    else the word itself."""
    if word is not None and word.dep_ == "pobj" and word.head.dep_ == "prep":
        verb = word.head.head
        if verb.lemma_ in load_lexicon().speech:
            return verb
    return word


def _later_reports(doc: Doc, told: list[TimeExpression]) -> list[tuple[int, int]]:
    """The spans of the days told of a report's source ("according to police on Thursday",
    "by reports on Saturday") after an earlier day the story told."""
    found = []
    last = None  # the last day told
    for e in told:
        day = e.reference()
        if e.precision != "day" or day is None:
            continue
        word = _dated_word(doc, e)
        if last is not None and day > last and word is not None and _source(word):
            found.append((e.start, e.end))
        else:
            last = day
    return found


def _reported_under(token: Token) -> tuple[Token, Token] | None:
    """The verb of the clause a word is told in and the verb of saying that clause is reported
    under ("stabbed", "reported" in "X was stabbed, Kan reported"), if any."""
    speech = load_lexicon().speech
    for anc in [token, *token.ancestors]:
        if anc.dep_ in ("ccomp", "parataxis") and anc.head.lemma_ in speech:
            return anc, anc.head
    return None


def _backshifted(verb: Token, aux: list[Token]) -> bool:
    """Whether a past perfect is a simple past moved back by reported speech: the verb of the
    clause a verb of saying in the simple past reports ("said the rebels had seized the town",
    "had seized the town and blocked the road, officials said") or one of news learned
    ("learned that the minister had resigned", "news broke that ..."), told with no adverb of an
    earlier or lasting act ("had previously", "had long")."""
    if (
        not any(a.lower_ == "had" for a in aux)
        or _told_as_background(verb)
        or _told_of_earlier(verb)
    ):
        return False
    clause = verb
    while clause.dep_ == "conj":
        clause = clause.head
    report = _reported_under(clause)
    if report is not None and report[0] == clause:
        return _tense(report[1]) == "past"
    return clause.dep_ == "ccomp" and _tense(clause.head) == "past" and _learned(clause.head)


def _learned(verb: Token) -> bool:
    """Whether a verb tells news learned ("learned", "heard") or breaking ("news broke"): what
    it governs was news then, moved back in the past perfect as reported speech is."""
    lexicon = load_lexicon()
    return verb.lemma_ in lexicon.learning or any(
        c.dep_ == "nsubj" and c.lemma_ in lexicon.news for c in verb.children
    )


def _own_time_clause(verb: Token) -> bool:
    """Whether a verb's clause, with a subject of its own, tells a time of its own: a
    complement, or a clause opened by a mark that tells no time shared with the act it hangs
    on ("because", "although"; not "when", "as", "until"), nor a bound ("after", "since")."""
    if not any(c.dep_ in _SUBJECTS for c in verb.children):
        return False
    marks = [c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod") and c.i < verb.i]
    return verb.dep_ == "ccomp" or (
        verb.dep_ == "advcl"
        and any(c.dep_ == "mark" for c in verb.children)
        and not set(marks) & (_TIME_CLAUSE | _BOUNDS.keys() | {"as", "while"})
    )


def _own_report(verb: Token, report: Token) -> bool:
    """Whether a speaker tells an act of its own: the act is active and its doer is the
    speaker, named by a pronoun on one side ("police said they had arrested", "arrested two
    men, they said") or by the same word. An act told in the passive ("was stabbed") is
    another's, as is any act of a report with no speaker ("it was reported").
    """
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    speaker = next((c for c in report.children if c.dep_ == "nsubj"), None)
    if any(c.dep_ == "nsubjpass" for c in verb.children) or speaker is None:
        return False
    return doer is None or "PRP" in (doer.tag_, speaker.tag_) or doer.lemma_ == speaker.lemma_


def _source(word: Token) -> bool:
    """Whether a word names the source of a report: "according (to police)", "(by) reports"."""
    if word.lower_ == "according" or (word.dep_ == "pobj" and word.head.head.lower_ == "according"):
        return True
    return word.lemma_ == "report" and word.dep_ == "pobj"


def _side_dates(doc: Doc, told: list[TimeExpression]) -> dict[int, int]:
    """The spans (start: end) of the dates told in the phrase of a verb under a preposition
    after their sentence's main verb was dated, and of a second date the parse hangs on that
    verb after its object, an event ("on Saturday condemned the attack on Friday"): the
    object's time, not the one the story goes on from."""
    dated: set[int] = set()  # the main verbs a date told so far dates
    beside = {}
    for e in told:
        word = _dated_word(doc, e)
        if e.reference() is None or word is None:
            continue
        verb = word.sent.root
        if word == verb and verb.i in dated and _after_event_object(verb, e.start):
            beside[e.start] = e.end
        elif word == verb or (word.dep_ == "conj" and word.head == verb):
            dated.add(verb.i)
        elif verb.i in dated and word.dep_ == "pcomp":
            beside[e.start] = e.end
    return beside


def _after_event_object(verb: Token, start: int) -> bool:
    """Whether a verb's direct object names an event and comes before the offset `start`."""
    nouns = load_lexicon().nouns
    return any(
        c.dep_ == "dobj" and c.idx < start and lower_lemma(c) in nouns for c in verb.children
    )


def _background_dates(doc: Doc, told: list[TimeExpression], anchor: date | None) -> dict[int, int]:
    """The spans (start: end) of the dates that time an act told as background: one in the
    past perfect, before the time the story tells of ("said he had banned travel in
    January"), one a report tells of an act before the story's reach (`_in_report`: "said he
    banned travel in January", what was said of an earlier act, not the time the story is
    at), one a clause on a noun tells ("the strike, which began on Monday";
    "first proposed in March, the law ..."), or one a condition supposes ("would run again if
    he lost in 2020": a time supposed, not one the story reached)."""
    found = {}
    for e in told:
        word = _dated_word(doc, e)
        if word is not None and (
            _tense(_clause_verb(word)) == "perfect"
            or (
                anchor is not None
                and (day := e.reference()) is not None
                and day < anchor
                and not within_story(day, anchor)
                and _in_report(word)
            )
            or any(
                t.dep_ in ("relcl", "acl") or _opening_participle(t)
                for t in [word, *word.ancestors]
            )
            or in_condition(word)
        ):
            found[e.start] = e.end
    return found


def _in_report(word: Token) -> bool:
    """Whether a word is in a clause a report tells: the complement of a verb of saying ("said
    he banned travel"), or a clause opened by its source ("According to the paper, officials
    warned him last December"; not the story going on, "He then led, according to ...")."""
    verb = _clause_verb(word)
    return _reported_under(word) is not None or any(
        c.dep_ == "prep" and c.lower_ == "according" and c.i < verb.i for c in verb.children
    )


def _clause_verb(word: Token) -> Token:
    """The verb of a word's clause: the word if it is one, else its nearest verb above (the
    parse hangs a time on a noun at times: "had asked for his resignation Monday night")."""
    if word.pos_ in ("VERB", "AUX"):
        return word
    return next((t for t in word.ancestors if t.pos_ in ("VERB", "AUX")), word)


def _since_then(verb: Token) -> bool:
    """Whether a verb is told as after the time told before it: "It has since arrested 40"."""
    return any(c.dep_ == "advmod" and c.lower_ == "since" for c in verb.children)


def _opening_participle(verb: Token) -> bool:
    """Whether a verb is a participle whose clause opens its sentence and tells of the subject
    after it ("First announced on November 6, the plan ...", a past tense to the tagger):
    no subject, auxiliary or conjunction of its own."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ in ("VBN", "VBD")
        and verb.left_edge.i == verb.sent.start
        and verb.i < verb.head.i
        and not any(c.dep_ in (*_SUBJECTS, "aux", "auxpass", "mark") for c in verb.children)
    )


def _story_day(
    days: list[tuple[int, date]], references: list[tuple[int, date]], anchor: date
) -> date | None:
    """The time the story has reached: the last of the `days` told (offset, day). A day still
    ahead ("postponed to June 2") is not: the day told before it is, unless an older time of
    the `references` was told after that one (an aside, a flashback: the story's time is then
    unknown)."""
    past = [(at, day) for at, day in days if day <= anchor]
    if not past:
        return None
    at, day = past[-1]
    if past[-1] != days[-1] and any(d < day for p, d in references if p > at):
        return None
    return day


def _month_named_people(doc: Doc) -> list[tuple[int, int]]:
    """The words that name a person the article calls by a month's name ("Theresa May"),
    where a verb has them as its subject or object ("said that May asked"): no dates."""
    names = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1} & _MONTHS
    if not names:  # most articles: no pass over every word
        return []
    return [
        (t.idx, t.idx + len(t))
        for t in doc
        if t.text in names and t.dep_ in _PERSON_ROLES and t.ent_iob_ != "I"
    ]


_MONTHS = frozenset(MONTHS)
# A month told as a subject or object ("May was wet") is rarer than a person.
_PERSON_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "poss"})


def _comparison_bases(
    doc: Doc, expressions: Iterable[TimeExpression]
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The dates that a comparison measures from ("lower than a year ago", "higher than in
    2018", "more fires than there were in 2018", "compared with a year earlier", "from $4
    million a year earlier": a "from" with a quantity), each with the span of its comparison
    phrase."""
    found = []
    for e in expressions:
        words = doc.char_span(e.start, e.end, alignment_mode="expand")
        if words is None or not len(words):
            continue
        prep = next((t for t in words.root.ancestors if t.dep_ == "prep"), None)
        if prep is None:
            continue
        word = prep.lower_
        than = _than_phrase(prep)
        if than is not None:
            prep, word = than, "than"
        start = prep.left_edge.idx
        if (base := _base_before(prep)) is not None:
            # "jumped from 100,000 in 1980 to 300,000 last year": the time the parse hangs on
            # the verb right after a quantity it changed from is that quantity's
            start, word = base.idx, "from"
        if (
            word == "than"
            or (word == "with" and prep.head.lower_ in ("compared", "comparison"))
            or (word == "from" and any(t.ent_type_ in _QUANTITIES for t in prep.subtree))
            or base is not None
        ):
            phrase = (start, prep.right_edge.idx + len(prep.right_edge))
            found.append(((e.start, e.end), phrase))
    return found


def _base_before(prep: Token) -> Token | None:
    """The "from" phrase of a quantity just before a time's phrase on a verb that also tells
    the quantity it went to ("rose from 100,000 in 1980 to 300,000"), if there is one: that
    time is the first quantity's."""
    before = prep.nbor(-1) if prep.i > prep.sent.start else None
    if before is None or before.dep_ == "punct":
        return None
    phrases = [c for c in prep.head.children if c.dep_ == "prep"]
    source = next((p for p in phrases if p.right_edge == before), None)
    if (
        source is not None
        and source.lower_ == "from"
        and any(p.lower_ == "to" for p in phrases)
        and any(t.ent_type_ in _QUANTITIES for t in source.subtree)
    ):
        return source
    return None


def _than_phrase(prep: Token) -> Token | None:
    """The "than" phrase ("than in 2018") or clause ("than there were in 2018") that holds a
    time's preposition, if one does."""
    head = prep.head
    if head.lower_ == "than":
        return head
    if head.pos_ in ("VERB", "AUX") and any(
        c.lower_ == "than" and c.dep_ == "mark" for c in head.children
    ):
        return head
    return None


_QUANTITIES = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY"})


def _noun_dates(doc: Doc) -> list[tuple[int, tuple[int, int]]]:
    """The dates that modify a noun, before it ("the 1995 shooting", "last year's vote"),
    after a subject ("the visit to the border last November was a stunt") or in a phrase
    after an event's noun that tells of another noun ("sought the notes of a call in late
    July": the call's time, not the request's), each with the offset of its noun."""
    found = []
    for ent in doc.ents:
        head = ent.root.head
        if ent.root.dep_ == "pobj" and head.dep_ == "prep" and head.head.i < head.i:
            # the parse hangs a verb's phrase on its object, seldom on a noun deeper
            head = head.head
            after = _of_noun(head) and lower_lemma(head) in load_lexicon().nouns
        else:
            after = ent.root.dep_ == "npadvmod" and head.i < ent.start and _in_subject(head)
        if (
            ent.label_ in ("DATE", "TIME")
            and (
                (
                    ent.root.dep_ in _PREMODIFIERS
                    and head.i >= ent.end
                    and not _misread_time_phrase(ent)
                )
                or after
            )
            and head.pos_ in ("NOUN", "PROPN")
            and head.ent_type_ not in ("DATE", "TIME")
        ):
            found.append((head.idx, (ent.start_char, ent.end_char)))
    return found


def _misread_time_phrase(ent: Span) -> bool:
    """Whether a date the parse reads as a noun's modifier is the object of an "on" right before
    it ("where on Sunday leaders signed", "on Sunday Presidents"): a day after "on" tells when,
    a possessive of its noun aside ("on Sunday's vote")."""
    before = ent.doc[ent.start - 1] if ent.start > ent.sent.start else None
    return (
        before is not None
        and before.lower_ == "on"
        and ent.root.dep_ != "poss"
        and ent.doc[ent.end - 1].tag_ != "POS"
    )


def _of_noun(noun: Token) -> bool:
    """Whether a noun is in a prepositional phrase of another noun ("the notes of a call")."""
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN"


def _in_subject(noun: Token) -> bool:
    """Whether a noun is a clause's subject or in one's prepositional phrases ("the visit to
    the border", "the trip to the front"): a time after it tells of that subject ("the visit
    last November was a stunt"); the parse hangs a verb's time on a subject seldom, as it
    comes before the verb."""
    while noun.dep_ in ("pobj", "prep"):
        noun = noun.head
    return noun.dep_ in _SUBJECTS and noun.pos_ in ("NOUN", "PROPN")


def _date_end(word: Token) -> int:
    """Where a span beginning at a word, which may lie inside a date ("2001 attacks" of "the
    September 11, 2001 attacks"), begins once that date is read whole: the date's end, else
    the word's start.

    Only a word inside an entity, or after a number or a date, can: their sentences are read.
    """
    start = word.idx
    before = word.nbor(-1) if word.i > word.sent.start else None
    if before is not None and before.text == "," and before.i > word.sent.start:
        before = before.nbor(-1)
    if before is None or not (
        word.ent_iob_ == "I" or before.like_num or before.ent_type_ in ("DATE", "TIME")
    ):
        return start
    sentence = word.sent
    for e in find_dates(sentence.text, _PROBE_ANCHORS[0]):
        if e.start < start - sentence.start_char < e.end:
            return sentence.start_char + e.end
    return start


def _widened(span: tuple[int, int], expressions: Iterable[TimeExpression]) -> tuple[int, int]:
    """A span joined with the time expressions it overlaps: a date is read whole (the model's
    entity "year" is the expression "this year")."""
    a, b = span
    for e in expressions:
        if e.start < span[1] and span[0] < e.end:
            a, b = min(a, e.start), max(b, e.end)
    return a, b


def _texts_acted_on(trigger: Token) -> set[int]:
    """The indices of the texts among the event's own nouns that it is done to: a date before
    one names the text, when it was made ("condemned the 1998 treaty on Monday", "met to
    discuss the 2015 accord"), not the act; a text that acts is made by then ("a 1996 law
    tightened the embargo"), and a clause on the text still dates it ("negotiated the deal
    that was signed in 2015")."""
    documents = load_lexicon().documents
    return {
        c.i
        for h in _heads(trigger)
        for c in h.children
        if c.dep_ in ("dobj", "pobj") and c.lemma_.lower() in documents
    }


def _own_nouns(trigger: Token) -> set[int]:
    """The indices of the event's word and of the nouns that are its own: its arguments (a
    predicate's are its verb's: "earnings haven't been good"), the time or occasion it
    happened in ("injured in the 1998 bombing") and its means ("backed it via the May 2
    signing"), its coordinated verbs' too (`_heads`)."""
    own = {trigger.i} | {w.i for w in _occasions(trigger)}
    for c in (c for h in _heads(trigger) for c in h.children):
        if c.dep_ in _ARGUMENTS or c.dep_ == "pobj":
            own.add(c.i)
        elif c.dep_ == "prep" and c.lower_ in _MEANS:
            own.update(g.i for g in c.children if g.dep_ == "pobj")
    return own


# The dependents of a verb that leave its object and adjuncts to the verb coordinated with it.
_SHARED = frozenset({"cc", "punct", "prt", "advmod", "neg", "aux", "auxpass"})
# Prepositions of the means of an act: an act done by way of another is dated by it.
_MEANS = frozenset({"via", "through", "by"})
# Words of a phrase that tells an act the act came after; of one that tells an act or time
# the act came after or before, and which; entity types of a time told there.
_AFTER = frozenset({"after", "following"})
_BOUNDS = {**dict.fromkeys(_AFTER, "after"), "amid": "after", "before": "before", "since": "since"}
_TIMES = frozenset({"DATE", "TIME"})
# Prepositions of a concession; a copula's dependencies that judge its subject.
_CONCESSIVE = frozenset({"despite", "notwithstanding"})
# Words that mark a clause as what the act it hangs on came after or of; phrases that tell a
# noun as what the act was caused by.
_EARLIER_MARKS = _AFTER | {"since", "because"}
_CAUSES = frozenset(
    {
        "because of",
        "due to",
        "in response to",
        "in reaction to",
        "in retaliation for",
        "as a result of",
    }
)
_PREDICATES = frozenset({"acomp", "attr"})


# Dependencies from a word up to its clause's verb: a verb's conjuncts and complements, its
# subject and object (not the nouns of its prepositions, which may have a time of their own).
_IN_CLAUSE = frozenset({"conj", "xcomp", "dobj", "nsubj", "nsubjpass"})


def _when_date(trigger: Token) -> list[tuple[int, int]]:
    """The date a "when" clause is told of: the one just before it ("on Thursday, when police
    fired", "in 1998, when the war began"), which the parse often hangs elsewhere. It dates
    the clause's acts as a date of their own."""
    for verb in [trigger, *trigger.ancestors]:
        when = next((c for c in verb.children if c.lower_ == "when" and c.i < verb.i), None)
        if when is not None:
            break
        if verb.dep_ not in _IN_CLAUSE:
            return []
    else:
        return []
    if verb.dep_ == "ccomp":
        return []  # a question told: "asked on Monday when the troops would leave"
    words = when.doc[when.sent.start : when.i]
    if len(words) > 1 and words[-1].is_punct:
        words = words[:-1]
    date = next((e for e in words.ents if e.end == words.end), None)
    if date is None or date.label_ not in ("DATE", "TIME"):
        return []
    return [(date.start_char, date.end_char)]


def _bound_phrases(trigger: Token) -> tuple[str, list[tuple[int, int]]]:
    """The spans of the phrases on an act that tell another act or time it came after or
    before, and which ("after", "before" or "since"): a clause ("after the recording was
    posted"), a gerund ("after raiding his office") or a noun ("following the vote", "in the
    wake of the attacks", "amid the protests"); not a time ("after midnight") nor a stretch
    told ("two days after", "shortly before"), which tell the act's own time. A time told
    right after a noun there is the noun's ("before the vote on Monday"), wherever the parse
    hangs it. A time "since" bounds an act that is no single one: an activity ("have been
    marching since June"), acts counted ("has detained 40 journalists since 2015") or a
    record ("the first president to refuse since 1976"); a state's start dates its act ("has
    been detained since March")."""
    kind, phrases = "", []
    for c in trigger.children:
        if c.dep_ == "advcl":
            word = next((m for m in c.children if m.dep_ == "mark" and m.lower_ in _BOUNDS), None)
            told = _BOUNDS[word.lower_] if word is not None else ""
        elif c.dep_ == "prep" and (c.lower_ in _BOUNDS or _in_wake_of(c)):
            word, told = c, _BOUNDS.get(c.lower_, "after")
            objects = [o for o in c.children if o.dep_ in ("pobj", "pcomp", "dobj")]
            if all(o.ent_type_ in _TIMES for o in objects) and not (
                told == "since" and objects and not _single_act(trigger)
            ):
                continue
        else:
            continue
        if word is None or _measured(c, word):
            continue
        kind, end = kind or told, _bound_end(c)
        after = trigger.doc[end.i + 1] if end.i + 1 < len(trigger.doc) else None
        if (
            c.dep_ == "prep"
            and after is not None
            and after.head == trigger
            and after.dep_ == "prep"
            and after.lower_ in ("on", "in")
            and all(o.ent_type_ in _TIMES for o in after.children)
            and any(o.ent_type_ not in _TIMES for o in c.children)
        ):
            end = after.right_edge
        phrases.append((c.left_edge.idx, end.idx + len(end)))
    return kind, phrases


def _bound_end(phrase: Token) -> Token:
    """The last word of a bound phrase: a clause's phrases of time (and place) told after a
    comma are the act's that it hangs on, wherever the parse puts them ("rallied for the
    first time since the pandemic began, on June 20 in Tulsa": the rally's day)."""
    if phrase.dep_ == "advcl":
        comma = next((c for c in phrase.rights if c.lower_ == ","), None)
        tail = [c for c in phrase.rights if comma is not None and c.i > comma.i]
        if (
            comma is not None
            and tail
            and all(c.dep_ == "prep" for c in tail)
            and any(o.ent_type_ in _TIMES for c in tail for o in c.children)
        ):
            return phrase.doc[comma.i - 1]
    return phrase.right_edge


def _cause_phrases(trigger: Token) -> list[Token]:
    """The phrases on an act that tell what it was done for, over or on, a cause told before it
    ("arrested for taking part in the 2019 protests", "convicted over the 2013 attack", "in
    retaliation for the May 3 raid"), not a stretch ("for two years", "over the weekend").
    The parse may hang one on a time of the act ("sentenced him to six years for leading the
    2019 protests")."""
    preps = [c for h in _heads(trigger) for c in h.children if c.dep_ == "prep"]
    preps += [
        c
        for p in preps
        for o in p.children
        if o.dep_ == "pobj" and o.ent_type_ in _TIMES
        for c in o.children
        if c.dep_ == "prep"
    ]
    return [
        c
        for c in preps
        if (
            c.lower_ in ("for", "over")
            or _grounds(c)
            or any(_phrase_to(p) in _CAUSES for p in c.subtree if p.dep_ == "prep")
        )
        and not all(o.ent_type_ in _TIMES for o in c.children if o.dep_ in ("pobj", "pcomp"))
    ]


def _in_wake_of(prep: Token) -> bool:
    """Whether a preposition opens "in the wake (aftermath) of", an act's "after"."""
    return prep.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lower_ in ("wake", "aftermath") for o in prep.children
    )


def _single_act(verb: Token) -> bool:
    """Whether a verb tells one act: no progressive, no counted participant ("40 journalists",
    "more than 1000 people") and no record ("the first president to refuse")."""
    if _progressive(verb) or verb.tag_ == "VBG":
        return False
    if any(
        a.dep_ in ("dobj", "nsubjpass", "nsubj")
        and any(n.ent_type_ == "CARDINAL" for n in a.children)
        for a in verb.children
    ):
        return False
    head = verb
    while head.dep_ in ("xcomp", "relcl", "acl") and head.head is not head:
        head = head.head
        if ranked(head):
            return False
    return True


def _record_periods(doc: Doc) -> list[tuple[int, int]]:
    """The spans of the times a "since" phrase tells on a record ("the largest protest since
    2019", "for the first time since 2015"): the period the record is measured over, not a
    time of any act."""
    found = []
    for ent in doc.ents:
        prep = next((t for t in ent.root.ancestors if t.dep_ == "prep"), None)
        if (
            ent.label_ in ("DATE", "TIME")
            and prep is not None
            and prep.lower_ == "since"
            and _told_record(prep.head)
        ):
            found.append((ent.start_char, ent.end_char))
    return found


def _told_record(word: Token) -> bool:
    """Whether the word a "since" phrase hangs on tells a record; the parse may hang the
    phrase on the verb of a record told in its object or apposition ("protested, the largest
    turnout since 2019")."""
    if word.pos_ in ("VERB", "AUX"):
        return any(ranked(c) for c in word.children if c.dep_ in _RECORD_DEPS) or any(
            ranked(o) for p in word.children if p.dep_ == "prep" for o in p.children
        )
    return ranked(word)


_RECORD_DEPS = frozenset({"dobj", "appos", "attr", "npadvmod"})


# Counts of an untold number of days or weeks: "days after the election".
_UNITS = frozenset({"days", "weeks"})


def _offsets(trigger: Token, *, own_time: bool) -> Iterable[tuple[str, Token, bool]]:
    """The counts ("two weeks", "a day") by which an act is told after or before another act
    (True for before), each with the word of that act: a noun ("two weeks after the
    election", "on the eve of the summit"), a clause ("the day after Britain detained a
    ship") or, where the act is that clause, the event its verb's subject names ("The crash
    comes a day after the Taliban freed prisoners": the act is the day before the crash). A
    time of the act's own (`own_time`) dates it, unless only a counted clause holds it."""
    # the count hangs on the verb or on the preposition, or the preposition (the clause) on
    # the count where it opens the sentence ("The day before the vote, police arrested him")
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "npadvmod")]
    if not own_time:
        for prep in (p for h in heads for p in h.children if p.dep_ == "prep"):
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if prep.lower_ == "on" and [o.lower_ for o in objects] == ["eve"]:
                of = [o for p in objects[0].children if p.lower_ == "of" for o in p.children]
                yield from (("a day", o, True) for o in of[:1] if definite_noun(o))
            if prep.lower_ not in ("before", "after"):
                continue
            counts = [c for c in (*trigger.children, *prep.children) if c.dep_ == "npadvmod"]
            events = [o for o in objects if definite_noun(o)]
            if counts and events:
                yield _count_span(counts[0]), events[0], prep.lower_ == "before"
        if (count := _clause_count(trigger)) is not None:
            verb = count[0].head if count[0] is trigger.head else trigger.head
            events = [s for s in verb.children if s.dep_ == "nsubj" and definite_noun(s)]
            if events and verb.pos_ in ("VERB", "AUX"):
                yield _count_span(count[0]), events[0], count[1] == "after"
    for clause in (c for h in heads for c in h.children if c.dep_ == "advcl"):
        count = _clause_count(clause)
        if count is None:
            continue
        told = [*range(clause.left_edge.i, clause.right_edge.i + 1), count[0].i]
        told += range(count[0].left_edge.i, count[0].i)
        if not any(t.ent_type_ in _TIMES and t.i not in told for t in trigger.sent):
            yield _count_span(count[0]), clause, count[1] == "before"


def _clause_count(verb: Token) -> tuple[Token, str] | None:
    """The count and word ("after", "before") of a clause told a count after or before the act
    it hangs on ("a day after the Taliban freed prisoners")."""
    if verb.dep_ != "advcl":
        return None
    mark = next((m.lower_ for m in verb.children if m.dep_ == "mark"), None)
    count = next((c for c in verb.children if c.dep_ == "npadvmod" and c.i < verb.i), None)
    if count is None and verb.head.dep_ == "npadvmod" and verb.head.i < verb.i:
        count = verb.head  # "the day after ...", the clause hung on the count
    return (count, mark) if count is not None and mark in ("after", "before") else None


def _count_span(count: Token) -> str:
    """The words of a count ("two weeks")."""
    return count.doc[count.left_edge.i : count.i + 1].text


def _bounds_another(verb: Token) -> bool:
    """Whether a verb is the act of a clause that bounds another ("after Washington invaded")."""
    return verb.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in _BOUNDS for m in verb.children
    )


def _bounded(
    kind: str,
    dated: tuple[date, DatePrecision, DateSource] | None,
    bound: tuple[date, DatePrecision, DateSource],
    anchor: date,
    *,
    start_told: bool = True,
) -> tuple[date, DatePrecision, DateSource]:
    """The date of an act that happened after ("after", "since") or before the act or time
    `bound` dates: the smallest period that holds both the bound and the day the story had
    reached (`dated`; where that is before the bound or not told, the publication day), not a
    day of either that the text does not give the act (the story's day may be the news the act
    led to: "detained after his release a week ago"); before a bound, the smallest that holds
    the bound and the day before it. With none, the bound's year; since one, the month of the
    start the text tells (`_span_start`), else the publication's year, as any background act;
    after a recent one in another year, the act's own time."""
    if kind == "before":
        day, later = bound[0] - timedelta(days=1), bound[0]
    else:
        day, later = bound[0], anchor
        if dated is not None and dated[2] is not DateSource.PUBLISHED_AT and dated[0] >= day:
            if dated[0] == day:
                return dated
            later = dated[0]
    order = list(DatePrecision)
    # a span from a start told to the month is not reduced to the year that holds it
    span = kind == "since" and start_told and bound[1] in _TO_THE_MONTH
    for precision, first, later_first in (
        (
            DatePrecision.WEEK,
            day - timedelta(days=day.weekday()),
            later - timedelta(days=later.weekday()),
        ),
        (DatePrecision.MONTH, day.replace(day=1), later.replace(day=1)),
        (DatePrecision.YEAR, day.replace(month=1, day=1), later.replace(month=1, day=1)),
    ):
        if span and precision is DatePrecision.YEAR:
            break
        if order.index(precision) >= order.index(bound[1]) and first == later_first:
            return first, precision, DateSource.SENTENCE
    if kind == "since":
        return _span_start(bound, anchor) if start_told else _background(anchor)
    if kind == "after" and dated is not None and not long_before(day, anchor):
        # After a recent bound in another year ("arrested after a break-in last December"):
        # the act may be in either, and is recent news: dated as its own words date it (the
        # story's day, else the publication's), not in the bound's year.
        return dated if dated[0] == later else (anchor, DatePrecision.DAY, DateSource.PUBLISHED_AT)
    return day.replace(month=1, day=1), DatePrecision.YEAR, DateSource.SENTENCE


# The precisions of a time told to the month or finer.
_TO_THE_MONTH = frozenset({DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH})


def _span_start(
    bound: tuple[date, DatePrecision, DateSource], anchor: date
) -> tuple[date, DatePrecision, DateSource]:
    """The date of acts over a span up to now from a start the text tells ("have arrested 1,000
    since the protests began in June", "since last month") that no week or month holds whole:
    the start's month (TimeML BEGUN_BY), which a timeline can place, not the publication's
    year; a start long past, or told no finer than a season, leaves the acts background."""
    if bound[1] not in _TO_THE_MONTH or long_before(bound[0], anchor):
        return _background(anchor)
    return bound[0].replace(day=1), DatePrecision.MONTH, DateSource.SENTENCE


def _stretch_start(value: str, anchor: date) -> date | None:
    """The first day of a stretch of a TimeML duration's length ending on `anchor` ("P3M",
    "PT48H"); None for an untold length ("PXY": "the last few years")."""
    m = _DURATION.fullmatch(value)
    if m is None:
        return None
    n, unit = int(m["n"]), m["unit"]
    if m["time"]:
        return anchor - timedelta(days=-(-n // 24)) if unit == "H" else None
    years, months = (n, 0) if unit == "Y" else (0, n) if unit == "M" else (0, 0)
    days = {"W": 7 * n, "D": n}.get(unit, 0)
    return anchor - relativedelta(years=years, months=months, days=days)


# A TimeML duration of a counted length: "P2Y", "P3M", "PT24H".
_DURATION = re.compile(r"P(?P<time>T?)(?P<n>\d+)(?P<unit>[YMWDH])")
# The words of a stretch that ends at the time of telling ("the past week", "recent years").
_UP_TO_NOW = re.compile(r"\b(?:past|last|recent)\b", re.IGNORECASE)
_STRETCH_PREPS = frozenset({"in", "over", "during", "for", "within", "throughout"})


def _known_act(noun: Token) -> bool:
    """Whether an event noun tells an act known when its sentence is told: the object of a
    concession ("despite the minister's call for calm") or of what the act came
    after or of ("after the Ugandan bombardment of Kenyan soldiers", "in response to the
    lawsuit"), or, definite, the subject of a past copula that judges it ("Trump's request
    was inappropriate"; not a present, "the inquiry is incoherent", which tells what still
    goes on, nor a count, "attacks were fewer")."""
    if noun.pos_ != "NOUN":
        return False
    if noun.dep_ == "nsubj":
        copula = noun.head
        return (
            definite_noun(noun)
            and copula.lemma_ == "be"
            and copula.tag_ == "VBD"
            and any(c.dep_ in _PREDICATES for c in copula.children)
        )
    return noun.dep_ == "pobj" and (
        noun.head.lower_ in _CONCESSIVE | _AFTER or _phrase_to(noun.head) in _CAUSES
    )


def _earlier_clause(verb: Token) -> bool:
    """Whether a verb is the act of a clause that tells what the act it hangs on came after or
    of ("began its probe after the lawyer was convicted", "is shut because they could not
    agree", "since details emerged"); not one told as a stretch before ("hours after the army
    freed them", "shortly after"), which dates it from that act, nor one in the present,
    which tells how things stand ("because he needs help")."""
    if verb.dep_ != "advcl" or _present(verb):
        return False
    mark = next((m for m in verb.children if m.dep_ == "mark" and m.lower_ in _EARLIER_MARKS), None)
    return mark is not None and not _measured(verb, mark)


def _names_untold_time(verb: Token) -> bool:
    """Whether a verb's relative clause names a time ("recalls nothing of the night the
    governor was attacked", "speak of the day he was shot"): when that was is not the time of
    the act it hangs on, unless the time is that act's ("on the day the truce began, rebels
    shelled", "until the day the army withdrew") or a copula's subject (`_subject_copula`);
    only the clause's own words date it."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.lemma_ not in _TIME_NOUNS or noun.dep_ in ("npadvmod", "nsubj"):
        return False
    return not (noun.dep_ == "pobj" and noun.head.lower_ in _WHEN | _DEADLINE_WORDS | {"from"})


def _made_text(verb: Token) -> bool:
    """Whether a verb is the act, told in the past, of a relative clause with a doer of its own
    on the noun of a text ("denounced the accord under which the two states agreed on a
    border", "criticised the plan the police drew up"): the act that made or settled the text
    was done before the text could be spoken of. Not one whose doer is the noun ("the deal,
    which allows ..."), nor one still ahead ("under which troops will withdraw")."""
    if verb.dep_ != "relcl" or verb.head.lemma_.lower() not in load_lexicon().documents:
        return False
    tags = {verb.tag_, *(a.tag_ for a in _auxiliaries(verb))}
    return (
        "VBD" in tags
        and "MD" not in tags
        and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in verb.children)
    )


def _had_done(verb: Token) -> bool:
    """Whether a verb is the act of a relative clause in the past perfect ("the colonel, who
    had shelled the village, was detained on Tuesday", "seized the cleric who had denounced
    the junta"), of an adverbial one ("approved more funds than the president had requested",
    "attacked the town, as they had threatened": one of comparison or manner; not one of
    time or condition, "fled before the army had arrived", "would return them once they had
    crossed", "if they had known") or a perfect participle ("having shelled the village, the
    colonel fled on Tuesday", "the junta, having seized the port, expelled the envoy"): done
    before the time of the clause around it, by an untold stretch (TimeML BEFORE)."""
    aux = {a.lower_ for a in _auxiliaries(verb)}
    if "having" in aux or "had" not in aux:
        return "having" in aux
    marks = {m.lower_ for m in verb.children if m.dep_ == "mark"}
    return verb.dep_ == "relcl" or (verb.dep_ == "advcl" and bool(marks & {"as", "than"}))


def _told_as_cause(verb: Token) -> bool:
    """Whether a verb is an act told in what another act was done for ("jailed on Monday for
    leading a march that blocked the highway", "convicted over ploughing into a crowd
    protesting against the rally"): the cause came before the act it explains, so it is
    background to it, dated by its own words alone, not on that act's day. Not one in the
    present, which tells how things stand ("hope for talks, which the US stands ready to
    support"), nor a modal's, still ahead ("called for talks that would end the war")."""
    return (
        verb.pos_ == "VERB"
        and not _present(verb)
        and not any(a.tag_ == "MD" for a in _auxiliaries(verb))
        and any(
            p.left_edge.i <= verb.i <= p.right_edge.i
            for a in verb.ancestors
            if a.pos_ == "VERB"
            for p in _cause_phrases(a)
        )
    )


def _described_by(event: Token, noun: Token) -> bool:
    """Whether an event's noun is the object of a phrase on a noun that describes a participant
    by what it did or what befell it, in apposition or as the predicate of "be" ("Jones, the
    suspect in a shooting", "the victim of an attack", "is the author of the report"): the act
    is known when it is told, not done on the day of the act around it. Not where the noun
    names an event itself ("the strike, a bombing of the market"): that is the act around it
    told again."""
    return (
        event.pos_ == "NOUN"
        and event.dep_ == "pobj"
        and event.head.head == noun
        and noun.pos_ == "NOUN"
        and (noun.dep_ == "appos" or (noun.dep_ == "attr" and noun.head.lemma_ == "be"))
        and noun.lemma_.lower() not in load_lexicon().nouns
    )


def _told_afterwards(verb: Token) -> bool:
    """Whether a verb is told as after the time told before it by an untold stretch: a bare
    "later" or "subsequently" on it, not "two days later" nor "later that day", which
    tell the act's own time."""
    return any(
        c.dep_ == "advmod" and c.lower_ in _AFTERWARDS and not c.n_lefts + c.n_rights
        for c in verb.children
    )


def _measured(phrase: Token, word: Token) -> bool:
    """Whether a stretch or a degree is told before the word that opens a phrase ("two days
    after", "shortly before"): the phrase then tells the act's own time from the other's."""
    return any(
        m.dep_ in ("npadvmod", "advmod") and m.i < word.i
        for m in (*phrase.children, *word.children)
    )


def _phrase_to(prep: Token) -> str:
    """The words, lowercased, of the phrase a preposition ends ("in response to"), or opens
    where the parse hangs the noun on its first ("because of", "due to")."""
    tail = next((c for c in prep.children if c.dep_ == "pcomp" and c.pos_ == "ADP"), None)
    if tail is not None:
        return f"{prep.lower_} {tail.lower_}"
    noun = prep.head
    if prep.dep_ == "prep" and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        return prep.doc[noun.head.i : prep.i + 1].text.lower()
    return prep.lower_


def _in_other_clause(word: Token, trigger: Token) -> bool:
    """Whether a word belongs to a clause with a subject of its own that is neither the
    event's nor one the event's clause is part of (a clause coordinated with it is not)."""
    verb = next((t for t in word.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or not _has_subject(verb):
        return False
    chain = [trigger, *trigger.ancestors]
    if verb not in chain:
        return True
    below = chain[: chain.index(verb)]
    return bool(below) and below[-1].dep_ == "conj" and _has_subject(below[-1])


def _heads(trigger: Token) -> list[Token]:
    """The words whose dependents are the event's: a predicate's verb ("earnings haven't been
    good") and coordinated verbs ("killed and injured in an attack": both in the attack), not
    two clauses each with a subject ("Russia meddled in the 2016 vote, and Britain expelled"),
    unless both are passives told before what the last names ("two were killed and four were
    injured in an ambush": the toll of one act, whose occasion ends the sentence)."""
    heads = [trigger, trigger.head] if trigger.dep_ in ("acomp", "attr") else [trigger]
    if trigger.pos_ != "VERB":
        return heads
    heads += [
        c
        for c in trigger.conjuncts
        if not (_has_subject(trigger) and _has_subject(c))
        or (c.i > trigger.i and _passive(trigger) and _passive(c))
    ]
    return [*heads, copula] if (copula := _subject_copula(trigger)) else heads


def _subject_copula(verb: Token) -> Token | None:
    """The copula whose subject, a time, a verb's relative clause tells of: its times and
    occasions are the act's ("the last time the army arrested them was during martial law";
    not "the man who attacked them was in Paris last week": where he was then)."""
    noun = verb.head
    if (
        verb.dep_ == "relcl"
        and noun.lemma_ in _TIME_NOUNS
        and noun.dep_ == "nsubj"
        and noun.head.lemma_ == "be"
    ):
        return noun.head
    return None


# Nouns that name a time, as the subject a copula dates.
_TIME_NOUNS = frozenset({"time", "moment", "occasion", "day", "night", "week", "month", "year"})


def _copula_times(trigger: Token) -> list[tuple[int, int]]:
    """The spans of the time phrases of the copula an act's clause is the subject of (see
    `_subject_copula`): "was in 1972" dates the act as a time of its own clause does."""
    copula = _subject_copula(trigger)
    if copula is None:
        return []
    return [
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
        for c in copula.children
        if c.lower_ in _WHEN or c.dep_ == "npadvmod"
    ]


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in _SUBJECTS for c in verb.children)


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "nsubjpass" for c in verb.children)


def _occasions(trigger: Token) -> list[Token]:
    """The nouns of the time or occasion an act happened in ("injured in the bombing"), a
    meeting's too (`_meeting_phrases`: "met for a summit where, on Sunday, ...")."""
    return [
        g
        for h in _heads(trigger)
        for c in (
            *(c for c in h.children if c.lower_ in _WHEN and not _grounds(c)),
            *_meeting_phrases(h),
        )
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _modifier_clause(trigger: Token) -> Token | None:
    """The verb of the clause modifying a noun that an act goes on from, by a participle or a
    conjunct ("which stormed a hotel in 2017, killing 20"; a participle the parse hangs on the
    noun right after that clause too): the modifier's times, blanked from the sentence read for
    dates, are its context. None for that verb itself, whose own clause is read, and for an act
    of the main clause."""
    if trigger.dep_ == "acl" and trigger.tag_ == "VBG":
        return next(
            (
                c
                for c in trigger.head.children
                if c.dep_ == "relcl"
                and c.right_edge.i < trigger.i
                and all(w.is_punct for w in trigger.doc[c.right_edge.i + 1 : trigger.i])
            ),
            None,
        )
    verb = trigger
    while verb.dep_ in ("conj", "advcl", "xcomp") and verb.head is not verb:
        verb = verb.head
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb
    return None


def _meeting_phrases(verb: Token) -> list[Token]:
    """The prepositions of a meeting an act was done at or came for, which the parse hangs on
    the verb ("met for a summit", "gathered for talks") or on its object ("condemned the coup
    at the summit"): a meeting is an occasion, not a thing acted on, nor a place of the object.
    Not what a verb asks for ("called for talks"): CAMEO's and the lexicon's phrasal verbs."""
    lex = load_lexicon()
    came = lower_lemma(verb) in lex.convening and not any(
        f"{lower_lemma(verb)} for" in table for table in (lex.phrasal, lex.cameo)
    )
    return [
        c
        for c in (
            *(c for c in verb.children if c.lower_ == "for" and came),
            *(
                c
                for o in verb.children
                if o.dep_ == "dobj"
                for c in o.children
                if c.lower_ in ("at", "during")
            ),
        )
        if any(g.dep_ == "pobj" and lower_lemma(g) in lex.disputes for g in c.children)
    ]


def _grounds(prep: Token) -> bool:
    """Whether a preposition tells the accusation an act was done on ("jailed on charges that
    she led a rally in 2021"): the charge's time is the deed's, not the act's."""
    nouns = load_lexicon().nouns
    return prep.lower_ == "on" and any(
        o.dep_ == "pobj" and nouns.get(lower_lemma(o), (None,))[0] is EventType.ACCUSE
        for o in prep.children
    )


def _part_of(trigger: Token, event_type: EventType | None) -> list[Token]:
    """The definite event nouns of an act's own type that do it or that it happened in ("the
    bombing killed five", "were wounded in the attack"): the act is part of theirs."""
    if event_type is None or trigger.pos_ != "VERB":
        return []
    nouns = load_lexicon().nouns
    return [
        n
        for n in (*(c for c in trigger.children if c.dep_ == "nsubj"), *_occasions(trigger))
        if n.pos_ == "NOUN"
        and definite_noun(n)
        and nouns.get(lower_lemma(n), (None,))[0] is event_type
    ]


def _held_at(trigger: Token) -> list[Token]:
    """The definite nouns of an event or a meeting an act was done at, during or in ("accused
    him at the debate", "walked out during the talks")."""
    lex = load_lexicon()
    return [
        n
        for n in _occasions(trigger)
        if n.head.lower_ in ("at", "during", "in")
        and n.pos_ == "NOUN"
        and definite_noun(n)
        and (lower_lemma(n) in lex.nouns or lower_lemma(n) in lex.disputes)
    ]


# Prepositions of the time or the occasion of an act.
_WHEN = frozenset({"in", "at", "on", "during", "after", "before", "since", "following"})
_PREMODIFIERS = frozenset({"nummod", "compound", "amod", "poss", "nmod"})


def _conceded(verb: Token) -> bool:
    """Whether a verb tells an act conceded as known ("Even though McKinley visited the
    border, ..."): told again, it is the act told before."""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "mark" and c.lower_ in ("though", "although") for c in verb.children
    )


def _subject_words(verb: Token) -> list[str]:
    """The head words of a verb's subjects, in lower case."""
    return [c.lower_ for c in verb.children if c.dep_ in _SUBJECTS]


def _same_event_word(word: Token, noun: Token) -> bool:
    """Whether a word tells the same kind of event as a noun: the same lemma, or the verb of a
    gerund ("shot" for "the shooting")."""
    return word.pos_ in ("NOUN", "VERB") and noun.lemma_ in (word.lemma_, word.lemma_ + "ing")


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def _is_date(doc: Doc, span: tuple[int, int]) -> bool:
    """Whether a noun's modifier is a date itself ("the Czech Republic Friday" is misparsed
    so): it still dates the clause around it."""
    words = doc.char_span(*span, alignment_mode="expand")
    return words is not None and all(t.ent_type_ in ("DATE", "TIME") for t in words)


def _tense(token: Token) -> str | None:
    """The tense of the verb that tells an event: "past", "perfect" (a past perfect, an act told
    as earlier or repeated, or a perfect that tells what a party is known for: background),
    "present perfect", "future", or None (present, modal, or no verb).

    A noun argument takes its verb's tense ("held talks"), an untensed verb the tense of the
    verb it depends on ("met, saying"), except an infinitive ("agreed to meet"), which may lie
    after it.
    """
    tensed = _tensed_verb(token)
    if tensed is None:
        return None
    verb, aux = tensed
    words = {a.lower_ for a in aux}
    if (
        words & _FUTURE_AUX
        or _tells_ahead(verb, aux)
        or verb.lemma_ in _PLANNING
        or _scheduled(verb, aux)
    ):
        return "future"
    if _told_of_earlier(verb) or _instead_of_unreal(verb):
        # "the previous Congress could not agree", "would have faced a vote but resigned":
        # before the story's time
        return "perfect"
    repeated = _told_as_background(verb)
    if any(a.tag_ == "MD" for a in aux):
        # "would often criticise the court": a past habit, on no one day; no adverb of
        # repetition, "would" is a future in the past or a condition
        return "perfect" if repeated and "would" in words else None
    if "had" in words or ("'d" in words and verb.tag_ == "VBN"):
        return "perfect"
    if repeated:
        return "perfect"  # told as before the story or as repeated: background to it
    if words & _HAVE and verb.tag_ == "VBN":
        if _describes(verb, aux) or _enumerated(token, verb):
            # "a group that has applauded the tariffs": what it is known for; "has met
            # leaders, including meeting the Pope": one of several acts, on no day told
            return "perfect"
        return "present perfect"  # "has signed": done before the report, told from its time
    if "VBD" in {verb.tag_, *(a.tag_ for a in aux)}:
        return "past"
    return None


def _including(token: Token) -> bool:
    """Whether a word is the "including" that opens an enumeration of acts (the tagger reads
    it a verb; the parse hangs it as a preposition)."""
    return token.lower_ == "including" and token.dep_ == "prep"


def _enumerated(token: Token, verb: Token) -> bool:
    """Whether a word tells an act that "including" enumerates under a verb ("has met leaders,
    including meeting the Pope")."""
    for t in token.ancestors:
        if t is verb:
            return False
        if _including(t):
            return True
    return False


def _governing_tense(word: Token) -> str | None:
    """The tense of the verb that governs a word, which reads its date: "past", "perfect" (a
    past perfect or another act told as before the story's time, `_tense`), "future" (a
    future, a plan, a modal: "could meet on Friday"), "present", or None where no tensed verb
    does: the date hangs on no verb, or not right on one or by its preposition ("a cutback in
    September" tells of the noun); an infinitive ("agreed to buy it in March") or a bare
    participle ("announced Wednesday", "set for April"), whose time the parse leaves to the
    words around it."""
    path = [word, *word.ancestors]
    verb = next((t for t in path if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or any(
        t.pos_ != "ADP" and t.ent_type_ not in ("DATE", "TIME") for t in path[: path.index(verb)]
    ):
        return None
    if _before_complement(path[path.index(verb) - 1]):
        verb = verb.head
    if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    if _deadline_of_condition(path[1:], verb):
        return "future"
    tensed = _tensed_verb(verb)
    if tensed is None:
        return None
    tense = _tense(verb)
    if tense is not None:
        return tense if tense in ("future", "perfect") else "past"
    if any(a.tag_ == "MD" for a in tensed[1]):
        return None if any(a.lower_ == "have" for a in tensed[1]) else "future"
    return "present" if _present(verb) else None


def _span(token: Token) -> tuple[int, int]:
    """The character span of a word's subtree."""
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge)


def _before_complement(prep: Token) -> bool:
    """Whether a phrase the parse hangs on a clause complement lies before the clause's
    subject, with no "that" before it: it is the main verb's ("said on Monday it would expel
    them", "announced on Friday troops will leave": the saying's Monday, not the expulsion's),
    as the complement begins at its "that" or its subject."""
    clause = prep.head
    if prep.dep_ != "prep" or clause.dep_ != "ccomp" or not clause.head.i < prep.i:
        return False
    subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
    return (
        subject is not None
        and prep.i < subject.i
        and not any(c.dep_ == "mark" and c.i < prep.i for c in clause.children)
    )


def _complement_deadlines(verb: Token) -> list[Token]:
    """The deadlines ("by Friday", "until March") set on the verbs of a verb's complements."""
    return [
        p
        for c in verb.children
        if c.dep_ in ("xcomp", "ccomp")
        for p in c.subtree
        if p.dep_ == "prep" and p.lower_ in _DEADLINE_WORDS and p.head.pos_ == "VERB"
    ]


def _deadline_of_condition(path: list[Token], verb: Token) -> bool:
    """Whether a date is the deadline of a condition ("threatened to expel them unless they
    left by Friday", "if they did not return by Monday"): a condition looks ahead of the act
    it bounds, its past a future told in the past."""
    return (
        bool(path)
        and path[0].dep_ == "prep"
        and path[0].lower_ in _DEADLINE_WORDS
        and verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children)
    )


def _told_of_earlier(verb: Token) -> bool:
    """Whether a verb's subject or the occasion it happened in is marked as earlier than the
    story ("the previous Congress could not agree", "injured in an earlier protest"), not as
    a former holder of a title ("the former president said on Monday"), or the occasion is a
    period of someone's office ("during his time as vice president", "in her first term") or
    the whole span of a life or a history ("in its history", "in the history of Kenya"):
    a stretch of years, not the story's day."""
    occasions = [
        g for c in verb.children if c.lower_ in _WHEN for g in c.children if g.dep_ == "pobj"
    ]
    # each of coordinated subjects: "Trump and the previous Congress could not agree"
    subjects = [s for c in verb.children if c.dep_ in _SUBJECTS for s in (c, *c.conjuncts)]
    nouns = subjects + occasions
    return (
        any(a.dep_ == "amod" and a.lower_ in _EARLIER for n in nouns for a in n.children)
        or any(_office_period(n) or _whole_span(n) for n in occasions)
        or _party_titled_then(verb)
    )


def _party_titled_then(verb: Token) -> bool:
    """Whether a party of a verb is named by the title it held at the act's time and holds no
    longer ("expelled by then-President Obama", "killed the then-governor", "arrested Lee, then
    the mayor, ..."): the act lies before the story, by a stretch the text does not tell. Not a
    noun deeper in a phrase ("a call with then-President Zelensky": the call's time), nor the
    "then" of a sequence ("met the IMF, then the president")."""
    parties = [
        n
        for c in verb.children
        for a in (c, *(o for o in c.children if c.dep_ in ("agent", "dative", "prep")))
        if a.dep_ in _PARTIES
        for n in (a, *a.conjuncts)
    ]
    titled = _titled_then(verb.sent)
    return any(n.i in titled or any(c.i in titled for c in n.children) for n in parties)


def _titled_then(sentence: Span) -> set[int]:
    """The nouns of a sentence named by a title held then: the head after "then-" ("then-
    President Omar al-Bashir": Bashir; "the then-governor"), and an appositive opened by
    ", then" after a name and closed by a comma, a person's ("Lee, then the mayor of the
    town,"), with the name; not a sequence ("attacked the station, then the barracks,",
    "marched to Tahrir Square, then the ministry,", "took Homs, then Hama,")."""
    titled: set[int] = set()
    for word in sentence:
        if word.lower_ != "then" or word.i + 1 >= sentence.end:
            continue
        after = word.nbor()
        if after.tag_ == "HYPH" and not word.whitespace_ and after.i + 1 < sentence.end:
            noun = after.nbor()
            while noun.dep_ in ("compound", "amod") and noun.head.i > noun.i:
                noun = noun.head
            titled.add(noun.i)
        elif (
            word.i - 1 > sentence.start
            and word.nbor(-1).lower_ == ","
            and word.nbor(-2).tag_ == "NNP"
            and word.head.tag_ == "NN"
            and is_person_noun(word.head.lemma_)
            and word.head.i > word.i
            and any(t.lower_ == "," for t in word.doc[word.head.i : word.head.right_edge.i + 2])
        ):
            # the title, and the name before it, wherever the parse hangs the title
            titled.update((word.head.i, word.i - 2))
    return titled


def _office_period(noun: Token) -> bool:
    """Whether a noun is the period someone holds an office, named by its owner: "his tenure",
    "her presidency", "his time as minister" (not "the time", "his time in Paris")."""
    children = {c.dep_ for c in noun.children} | {c.lower_ for c in noun.children}
    return "poss" in children and (
        noun.lemma_ in _OFFICE_PERIODS or (noun.lemma_ in _SPANS_AS and "as" in children)
    )


def _whole_span(noun: Token) -> bool:
    """Whether a noun is the whole span of someone's or something's life or history, named by
    its owner ("its history", "the history of Kenya", "her career", "his campaign"): acts told
    in it ("only two presidents have been impeached in its history") are spread over years
    (an experiential perfect), on no day of the story."""
    return noun.lemma_ in _LIFESPANS and any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children
    )


def _sharing_clause(verb: Token) -> list[Token]:
    """A verb and those it is coordinated under with no subject of its own, whose clause, and
    the time or era told on it, it shares ("Under Yeltsin, Russia sent troops and bombed the
    city"), and the word a "when" clause tells a time of, whose era it shares ("Under Yeltsin,
    when Russia sent troops, the West said little")."""
    verbs = [verb]
    while True:
        if verb.dep_ == "conj" and not _has_subject(verb):
            verb = verb.head
        elif (told := _told_when(verb)) is not None:
            verb = told
        else:
            return verbs
        verbs.append(verb)


def _told_when(verb: Token) -> Token | None:
    """The word a "when" clause tells a time of: the verb it hangs on ("when Russia sent
    troops, the West said little"), or, for a clause on the noun of a phrase, the word that
    phrase is on ("silent during the Obama administration, when Washington declined")."""
    if not any(c.dep_ == "advmod" and c.lower_ == "when" and c.i < verb.i for c in verb.children):
        return None
    if verb.dep_ == "advcl":
        return verb.head
    if verb.dep_ == "relcl" and verb.head.dep_ == "pobj":
        return verb.head.head.head
    return None


def _in_past_era(verb: Token, anchor: date | None) -> bool:
    """Whether an act is told in an era that ended before the anchor: one told as earlier or
    former ("under the previous government", "during the former regime", "under former
    president Bashir"), or that of an office-holder whose dated terms of office (the Phoenix
    roles) all ended before it: "under Yeltsin", "during the Obama administration", "in the
    Gorbachev years" (not "under Putin" while he holds office, nor a person the data gives no
    terms)."""
    if anchor is None:
        return False
    gazetteer = load_gazetteer()
    for prep in verb.children:
        if prep.lower_ not in ("under", "during", "in"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            # not a time ("in the previous year": a date the normaliser reads)
            era = prep.lower_ == "under" or noun.lemma_ in _ERAS
            if era and noun.ent_type_ not in ("DATE", "TIME") and _told_as_former(noun):
                return True
            # the holder ("under Yeltsin") or a name before an era ("the Obama administration")
            names = [noun] if prep.lower_ == "under" else []
            if noun.lemma_ in _ERAS:
                names += [c for c in noun.children if c.dep_ in ("compound", "poss")]
            for name in names:
                ent = next((e for e in name.doc.ents if e.start <= name.i < e.end), None)
                found = name.pos_ == "PROPN" and gazetteer.lookup(ent.text if ent else name.text)
                if found and found[0].kind is ActorKind.PERSON and found[0].left_office(anchor):
                    return True
    return False


def _told_as_former(noun: Token) -> bool:
    """Whether a noun, the title before it or its holder, is marked as earlier or former ("the
    previous government", "former president Bashir", "ex-president Zuma", "the former ruling
    party's time in government")."""
    nouns = [noun, *(c for c in noun.children if c.dep_ == "poss")]
    return any(
        (c.dep_ == "amod" and c.lower_ in _EARLIER | {"former"}) or c.lower_ == "ex"
        for n in (*nouns, *(c for m in nouns for c in m.children if c.dep_ == "compound"))
        for c in n.children
    )


# Verbs of accusing whose "of" or "for" phrase names an offence, beside those of legal charges
# and convictions the lexicon tells ("charge", "indict", "convict", "sentence").
_ACCUSING_OF = frozenset({"accuse", "allege", "blame", "suspect"})
# The pronouns that name a person as a clause's doer.
_PERSONAL = frozenset({"he", "she"})
# Adjectives that put a noun's time before the story's.
_EARLIER = frozenset({"earlier", "previous", "prior"})
# The periods of an office, and the spans of time that are one with "as" ("his time as mayor").
_OFFICE_PERIODS = frozenset(
    {"tenure", "term", "presidency", "premiership", "chancellorship", "reign", "incumbency"}
)
_SPANS_AS = frozenset({"time", "stint", "year", "day"})
# The spans of a life or a history as a whole.
_LIFESPANS = frozenset({"history", "career", "life", "lifetime", "campaign"})
# The eras an office-holder's name modifies ("the Obama administration", "Yeltsin's rule").
_ERAS = _OFFICE_PERIODS | {"administration", "government", "rule", "regime", "era", "year"}


def _describes(verb: Token, aux: list[Token]) -> bool:
    """Whether an active present perfect tells what a party is known for, not news: in a clause
    that describes the party as its doer ("Iran, which has backed the rebels"; not "the steps
    Iran has taken"), or beside a present of "be" or such a clause ("is a critic of Beijing
    and has accused it of ...")."""
    if not {a.lower_ for a in aux} & _HAVE or any(a.dep_ == "auxpass" for a in aux):
        return False  # "the men who have been arrested": the story's own act
    head = verb.head if verb.dep_ == "conj" else verb
    if head.dep_ == "relcl":
        return any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in head.children)
    return head is not verb and head.lemma_ == "be" and _present(head)


def _completes(verb: Token) -> bool:
    """Whether a verb's clause is the complement of another verb ("conceded that its artillery
    had shelled the village and burned the crops")."""
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ccomp"


def _alleged(verb: Token) -> bool:
    """Whether a verb tells the act a charge or a claim says was done: the clause of a noun
    of accusing, with a subject of its own ("charges he threatened a judge", "allegations
    that she took bribes"); the parse's relative clause only with an object of its own,
    the noun not its object ("the charges he denied")."""
    own_object = any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children)
    return (
        (verb.dep_ in ("acl", "ccomp") or (verb.dep_ == "relcl" and own_object))
        and verb.head.pos_ == "NOUN"
        and verb.head.lemma_ in load_lexicon().allegations
        and any(c.dep_ in _SUBJECTS and c.tag_ not in ("WDT", "WP") for c in verb.children)
    )


def _charged_with(verb: Token) -> bool:
    """Whether a verb tells, or is in the words of, the offence a verb of accusing or
    convicting charges ("is accused of shooting two men who were marching", "was convicted of
    ordering police to fire"): an act before the charge, by an untold stretch, as a charge
    noun's clause tells (`_alleged`)."""
    verbs = load_lexicon().verbs
    return any(
        t.dep_ == "pcomp"
        and t.head.lower_ in ("of", "with", "for")
        and (
            t.head.head.lemma_ in _ACCUSING_OF
            or verbs.get(t.head.head.lemma_, (None, None))[1] in ("legal", "convict")
        )
        for t in (verb, *verb.ancestors)
    )


def _found(verb: Token) -> Token | None:
    """The clause, with a subject of its own, in which a verb tells an act a finding or a
    ruling tells of ("finding the army shelled the town", "ruled that police beat him"): a
    verdict on an act done before it, not the day of one (a verb of saying's report day does
    bound the act it tells: `_on_report_day`); so is a witness's testimony ("testified that
    the officers beat him"), given at a hearing or a trial after the act. Not a recollection
    ("a survivor recalled that the gunmen shot her brother"), often of the story's own act."""
    while verb.dep_ == "conj":
        verb = verb.head
    return (
        verb
        if verb.dep_ == "ccomp"
        and verb.head.pos_ == "VERB"
        and verb.head.lemma_ in _FINDING | _TESTIMONY
        and any(c.dep_ in _SUBJECTS for c in verb.children)
        else None
    )


def _characterising(verb: Token, aux: list[Token]) -> Token | None:
    """The relative clause, told in the passive, in which a verb tells what befell a
    participant ("the protesters who were arrested", "the town, which was occupied by
    Israel"), as a participle before it would ("the arrested protesters"): the clause is
    anchored to no time of the clause around it (TimeML links the two by nothing), only to
    its own, complements and all ("who were invited to join NATO in July"). None for a
    clause on an event or a time, which tells of that ("the raid, which killed nine", "the
    day they met"), on the one an event's noun names with "of" ("the shooting of a doctor,
    who was wounded": what befell him is that event; not "charges against students who were
    arrested"), opened by "where" or "when", which sets the act in its noun's place or time,
    or whose act happened in an event ("a commander, who was killed in the raid"): each is
    anchored to that event."""
    lex = load_lexicon()
    past = any(a.tag_ == "VBD" for a in aux)  # "were arrested", "had been"; not "are held"
    if (
        not past
        or not any(a.dep_ == "auxpass" for a in aux)
        or any(o.lemma_ in lex.nouns or o.lemma_ in lex.happenings for o in _occasions(verb))
    ):
        return None
    while verb.dep_ == "conj":  # "which belonged to Syria and was occupied by Israel"
        verb = verb.head
    noun = verb.head
    party_of = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    return (
        verb
        if verb.dep_ == "relcl"
        and noun.pos_ in ("NOUN", "PROPN", "PRON")
        and noun.ent_type_ not in ("DATE", "TIME", "EVENT")
        and noun.lemma_ not in _TIME_NOUNS
        and not {noun.lemma_.lower(), party_of.lemma_.lower()} & lex.nouns.keys()
        and not any(c.tag_ == "WRB" for c in verb.children)
        else None
    )


def _told_as_background(verb: Token) -> bool:
    """Whether an adverb on a verb tells its act as before the story or as repeated, or a
    phrase as spread over years ("over the years", "for decades"), or the verb goes on with
    the same doer from a clause so told (`_goes_on_background`), or its acts are counted
    (`_counted_occasions`)."""
    return (
        _goes_on_background(verb)
        or _counted_occasions(verb)
        or _years_served_after(verb)
        or any(
            (c.dep_ == "advmod" and _tells_background(c)) or (c.dep_ == "prep" and _over_years(c))
            for c in verb.children
        )
    )


def _years_served_after(verb: Token) -> bool:
    """Whether a clause goes on from a verb's act to years served or spent since ("was
    sentenced to 14 years, serving eight before his release", "was jailed and spent 20 years in
    prison"): the act lies years before the story. Not a time served before it ("freed after
    serving ten years": a phrase, no clause of the verb), nor a term ahead ("is serving ten
    years", "will spend")."""
    return any(
        c.dep_ in ("advcl", "conj")
        and c.lemma_ in ("serve", "spend")
        and c.tag_ in ("VBD", "VBG")
        and not any(a.dep_ in ("aux", "auxpass", "mark") for a in c.children)
        and any(
            (t.lemma_ in _MANY_YEARS and t.tag_ == "NNS")
            or (t.dep_ == "dobj" and t.tag_ == "CD" and t.head == c)
            for t in c.subtree
            if t.head == c or t.head.head == c
        )
        for c in verb.children
    )


def _counted_occasions(verb: Token) -> bool:
    """Whether a verb tells acts on several occasions ("raided his home on three occasions"), or
    an active perfect counts times ("has met Putin three times"): acts on days apart, on no one
    day. Not times in a passive or a simple past ("was stabbed three times"): one act's blows.
    The parse may hang the occasions on the object ("detained the editor on two occasions")."""
    perfect = any(a.lower_ in _PERFECT_AUX for a in _auxiliaries(verb)) and not any(
        a.dep_ == "auxpass" for a in _auxiliaries(verb)
    )
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for c in [*verb.children, *(p for o in objects for p in o.children)]:
        counts = [c] if c.dep_ == "npadvmod" and c.head == verb and perfect else []
        if c.dep_ == "prep" and c.lower_ == "on":
            counts = [o for o in c.children if o.dep_ == "pobj" and o.lemma_ == "occasion"]
        if any(
            n.tag_ == "NNS"
            and n.lemma_ in ("time", "occasion")
            and any(m.dep_ in ("nummod", "amod") for m in n.children)
            for n in counts
        ):
            return True
    return False


def _goes_on_background(verb: Token) -> bool:
    """Whether a clause joined by "and" to one an adverb tells as before the story goes on
    with its doer, on no time of its own ("had once ruled the city, and he jailed critics"):
    the same past, not the story's day. Not another doer's ("and the army retook it", "and
    it sued him": a pronoun for a person only)."""
    head = verb.head
    if verb.dep_ != "conj" or not any(c.lower_ == "and" for c in head.children if c.dep_ == "cc"):
        return False
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    own = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
    return (
        subject is not None
        and own is not None
        and (subject.lower_ in _PERSONAL or subject.lower_ == own.lower_)
        and not any(c.ent_type_ in ("DATE", "TIME") for c in verb.subtree)
        and any(c.dep_ == "advmod" and _tells_background(c) for c in head.children)
    )


def _over_years(prep: Token) -> bool:
    """Whether a phrase tells a stretch of many years up to now: years, decades or centuries,
    plural and uncounted, over or for which ("over the years", "for decades"); not a number of
    them ("jailed for two years": a term)."""
    return prep.lower_ in ("over", "for", "throughout") and any(
        o.dep_ == "pobj"
        and o.lemma_ in _MANY_YEARS
        and o.tag_ == "NNS"
        and not any(c.dep_ == "nummod" for c in o.children)
        for o in prep.children
    )


def _tells_background(adverb: Token) -> bool:
    """Whether an adverb tells its act as before the story or as repeated: "previously",
    "often", a bare "before" ("had used force before"; not "two days before", a time of its
    own), "once" or "long" before its verb."""
    return (
        adverb.lower_ in _BACKGROUND_ADVERBS
        or (adverb.lower_ == "before" and not adverb.n_lefts)
        or _once_before(adverb)
        or _long_before(adverb)
    )


def _long_before(adverb: Token) -> bool:
    """Whether "long" tells an act as lasting over untold years up to the time told ("India has
    long accused Pakistan of arming rebels", "had long opposed the deal"): an adverb before its
    verb, not a length after it ("did not stay long")."""
    return adverb.lower_ == "long" and adverb.tag_ == "RB" and adverb.i < adverb.head.i


def _once_before(adverb: Token) -> bool:
    """Whether "once" tells an act as at some time before ("who once ruled the city", "he once
    jailed critics"): an adverb before its finite verb. Not the subordinator ("once the vote
    was counted"), an opening participle ("once elected, he will ...") nor a count after the
    verb ("met him once")."""
    verb = adverb.head
    return (
        adverb.lower_ == "once"
        and adverb.tag_ == "RB"
        and adverb.i < verb.i
        and verb.pos_ in ("VERB", "AUX")
        and _has_subject(verb)
    )


def _tensed_verb(token: Token) -> tuple[Token, list[Token]] | None:
    """The verb whose tense tells the event of a word, with its auxiliaries (see `_tense`):
    a noun's verb ("held talks"), and a participle on a noun that verb's ("posted a message
    blaming Iran", "protesters carrying placards marched")."""
    verb = token
    while True:
        if _including(verb):
            # "has met leaders, including meeting the Pope": an act in an enumeration is told
            # in the tense of the act it enumerates
            verb = verb.head
            continue
        if verb.pos_ not in ("VERB", "AUX"):
            if verb is not token and verb.dep_ == "pobj":
                # "posted a message on Twitter blaming Iran", "sent a note to the embassy
                # protesting": a participle the parse hangs on the noun of a phrase is on what
                # that phrase is on
                verb = verb.head.head
                continue
            if verb.dep_ not in _ARGUMENTS or verb.head.pos_ not in ("VERB", "AUX"):
                return None  # "a ceremony on March 12" is not told in the tense of "invited to"
            verb = verb.head
        aux = _auxiliaries(verb)
        if not aux and _shares_perfect(verb):
            verb = verb.head
            continue
        if not aux and (finite := _finite_verb_of_root_participle(verb)) is not None:
            verb = finite
            continue
        if aux or verb.tag_ not in _UNTENSED or verb.dep_ not in _DEPENDENT:
            return verb, aux
        if any(c.tag_ == "TO" for c in verb.children) and verb.head.lemma_ not in _ASPECTUAL:
            # "planned to leave on Thursday": the leaving lies after the planning; "continued
            # to attack" tells the attacks at the time of its verb
            return None
        verb = verb.head


def _finite_verb_of_root_participle(verb: Token) -> Token | None:
    """The tensed verb of the sentence the parse took a participle on its subject for the
    subject of, or joined to it as a conjunct ("Protesters, carrying placards asking the
    government to resign, marched": "asking" the subject of "marched", or the root with
    "marched" its conjunct), if any: the participle's act is told in that verb's tense."""
    if verb.dep_ == "csubj" and verb.tag_ == "VBG" and verb.head.tag_ in _TENSED_TAGS:
        return verb.head
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBG", "VBN"):
        return None
    return next((c for c in verb.children if c.dep_ == "conj" and c.tag_ in _TENSED_TAGS), None)


def _infinitive_of_past(word: Token) -> Token | None:
    """The verb told in the past that an infinitive completes or tells the purpose of
    ("tried to storm", "intended to appeal", "came to fight"), through other infinitives, if
    one does."""
    verb = word
    while verb.tag_ == "VB" and any(c.tag_ == "TO" for c in verb.children):
        if verb.dep_ not in ("xcomp", "advcl") or verb.head.pos_ not in ("VERB", "AUX"):
            return None
        verb = verb.head
    return verb if verb is not word and _tense(verb) in ("past", "perfect") else None


def _promised(tensed: tuple[Token, list[Token]] | None) -> bool:
    """Whether a verb tells an act ahead by "will" or "would" ("he would resign"), not one
    that would have been ("would have objected")."""
    words = {a.lower_ for a in tensed[1]} if tensed is not None else set()
    return bool(words & (_FUTURE_AUX | {"would"})) and not words & _HAVE


def _shares_perfect(verb: Token) -> bool:
    """Whether a verb the tagger read as a past is a participle coordinated under the perfect
    of the verb before it, with no subject of its own: "police have laid siege to the campus
    and threatened to fire" (present perfect), "had seized the port and blocked the road"; the
    parse may hang it on an untensed verb under that one ("have laid siege to it, pinning 800
    inside and threatened to fire")."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD":
        return False
    if any(c.dep_ in _SUBJECTS for c in verb.children) or _instead_of_unreal(verb):
        return False
    head = verb.head
    while head.tag_ in _UNTENSED and head.dep_ in _DEPENDENT and not _auxiliaries(head):
        head = head.head
    return any(a.lower_ in _PERFECT_AUX for a in _auxiliaries(head))


def _instead_of_unreal(verb: Token) -> bool:
    """Whether a verb in the past tells what its doer did instead of what it would have, joined
    by "but" to a modal perfect ("would have faced impeachment but resigned", "could have
    won, but he withdrew"): an act in that past, not the story's news. Not one joined by
    "and" ("would have faced it and lost"), in the condition, nor another doer's ("would have
    attacked, but the army shelled them"), which may be the story's."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD":
        return False
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is not None and subject.tag_ != "PRP":
        return False
    head = verb.head
    aux = _auxiliaries(head)
    return (
        head.tag_ == "VBN"
        and any(a.tag_ == "MD" for a in aux)
        and any(a.lower_ == "have" for a in aux)
        and any(c.dep_ == "cc" and c.lower_ in _CONTRASTS for c in head.children)
    )


def _auxiliaries(verb: Token) -> list[Token]:
    """A verb's auxiliaries ("has been"), not an infinitive's "to"."""
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ != "TO"]


def _present(token: Token) -> bool:
    """Whether the verb of an event is in the present tense, modals aside."""
    tensed = _tensed_verb(token)
    if tensed is None:
        return False
    verb, aux = tensed
    tags = {verb.tag_, *(a.tag_ for a in aux)}
    return bool(tags & {"VBZ", "VBP"}) and not tags & {"VBD", "MD"}


def _document(verb: Token) -> Token | None:
    """The text or recording whose words a verb tells (`_DOCUMENTS`): "in the letter", "in a
    video posted on Sunday", or "in it" after a sentence that names one (that one's noun)."""
    doc = verb.doc
    before = doc[verb.sent.start - 1].sent if verb.sent.start else None
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ != "in":
            continue
        for g in c.children:
            if g.dep_ == "pobj" and lower_lemma(g) in _DOCUMENTS:
                return g
            if g.dep_ == "pobj" and g.lower_ == "it" and before is not None:
                named = [t for t in before if t.pos_ == "NOUN" and lower_lemma(t) in _DOCUMENTS]
                if named:
                    return named[-1]
    return None


def _progressive(token: Token) -> bool:
    """Whether the verb of an event is a present progressive ("is cooperating")."""
    tensed = _tensed_verb(token)
    if tensed is None:
        return False
    verb, aux = tensed
    return verb.tag_ == "VBG" and any(a.tag_ in ("VBZ", "VBP") for a in aux)


def _tells_ahead(verb: Token, aux: list[Token]) -> bool:
    """Whether a present tense tells of a time ahead: in a clause of time under a future or a
    modal ("may free them when the appeal is heard in December"), English puts the future in
    the present."""
    tags = {verb.tag_, *(a.tag_ for a in aux)}
    return (
        verb.dep_ == "advcl"
        and bool(tags & {"VBZ", "VBP"})
        and "VBD" not in tags
        and any(c.dep_ in ("advmod", "mark") and c.lower_ in _TIME_CLAUSE for c in verb.children)
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.head.children)
    )


def _scheduled(verb: Token, aux: list[Token]) -> bool:
    """Whether a verb tells an act on a schedule: a present tense with a day of its own ("meet
    separately Monday", "are meeting on Friday": English tells a fixed plan in the present)."""
    tags = {verb.tag_, *(a.tag_ for a in aux)}
    dated = any(
        c.ent_type_ == "DATE" or any(g.ent_type_ == "DATE" for g in c.children if g.dep_ == "pobj")
        for c in verb.children
        if c.dep_ in ("npadvmod", "prep")
    )
    # The tagger reads some plural presents as bare verbs ("they meet separately Monday"): a bare
    # verb with a subject of its own and no auxiliary is one.
    finite = not aux and verb.tag_ == "VB" and any(c.dep_ == "nsubj" for c in verb.children)
    # "Protests spread across Iran on Sunday": a verb whose past is its present tells no tense.
    past_alike = not aux and _SAME_IN_PAST.fullmatch(verb.lower_) is not None
    present = finite or bool(tags & {"VBZ", "VBP"})
    return dated and present and not past_alike and not tags & {"VBD", "VBN"}


# English verbs whose simple past is their base form.
_SAME_IN_PAST = re.compile(
    "bet|bid|broadcast|burst|cast|cost|cut|fit|forecast|hit|hurt|let|put|quit|read|rid|set|shed"
    "|shut|slit|split|spread|thrust|upset|wed"
)
# Verbs of aspect: the act of their infinitive goes on at their own time ("began to shell").
_ASPECTUAL = frozenset({"begin", "start", "continue", "cease", "resume", "proceed"})
# Verbs whose dates are those of the act planned, still ahead ("planned a rally on Saturday").
_PLANNING = frozenset({"plan", "schedule"})
_ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass", "attr"})
# The dependencies of a verb's parties: its subject, its object, a phrase's object ("by",
# "to", "against").
_PARTIES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
# Words that open a clause of time.
_TIME_CLAUSE = frozenset({"when", "once", "until", "till", "before", "after", "whenever"})
_CONDITIONS = frozenset({"if", "unless"})
_DEADLINE_WORDS = frozenset({"by", "until", "till", "before"})
_UNTENSED = frozenset({"VB", "VBG", "VBN"})
_TENSED_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_DEPENDENT = frozenset({"xcomp", "advcl", "conj", "acl", "pcomp"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_HAVE = frozenset({"has", "have", "'ve"})
# The conjunctions that join what happened to what did not.
_CONTRASTS = frozenset({"but", "yet"})
# The verbs of a verdict on facts, whose complement tells what was done ("found that ...").
_FINDING = frozenset({"find", "rule", "determine", "establish"})
# The verbs of testimony, whose complement tells an act done before the hearing or trial.
_TESTIMONY = frozenset({"testify"})
_PERFECT_AUX = _HAVE | {"had"}
# The spans that, plural and uncounted, stretch over many years.
_MANY_YEARS = frozenset({"year", "decade", "century"})
# "previously given", "historically appointed", "has repeatedly denied", "would sometimes
# kill", "has already been convicted": on no day of the story.
_BACKGROUND_ADVERBS = frozenset(
    {
        "previously",
        "already",
        "formerly",
        "historically",
        "repeatedly",
        "often",
        "frequently",
        "routinely",
        "sometimes",
        "regularly",
        "usually",
        "occasionally",
    }
)


def find_deaths(doc: Doc, actors: ArticleActors) -> list[tuple[int, str]]:
    """Where the story has told a person's death, the end of the sentence that tells it, and
    who died ("Mugabe died on Friday", "X dies at 95", "Y was assassinated"; not "could
    die", "did not die")."""
    people = {a.id for a in actors.actors if a.kind is ActorKind.PERSON}
    lemmas = doc.to_array("LEMMA")
    found = []
    for lemma, subject in _DEATHS.items():
        for i in numpy.flatnonzero(lemmas == doc.vocab.strings[lemma]).tolist():
            verb = doc[i]
            if verb.pos_ != "VERB" or any(
                c.dep_ == "neg" or c.tag_ in ("MD", "TO") for c in verb.children
            ):
                continue
            found += [
                (verb.sent.end_char, dead)
                for c in verb.children
                if c.dep_ == subject and (dead := actors.token_actor.get(c.i)) in people
            ]
    return sorted(found)


# The verbs that tell a person's death, with the dependency of the one who died.
_DEATHS = {"die": "nsubj", "kill": "nsubjpass", "murder": "nsubjpass", "assassinate": "nsubjpass"}


def in_life(
    mention: EventMention, doc: Doc, actors: ArticleActors, deaths: list[tuple[int, str]]
) -> bool:
    """Whether an act is done by a person whose death the story told before its sentence:
    the dead do nothing, so it is that person's life, not the news ("Ana Vela died on
    Saturday. She founded the party": not on the Saturday). Its doer is the active verb's
    subject (a coordinated verb's, its first verb's), named or a personal pronoun the coder
    read as that person."""
    dead = {who for end, who in deaths if end <= mention.start} & set(mention.source)
    word = trigger_word(doc, mention)
    tensed = None if word is None else _tensed_verb(word)
    if not dead or tensed is None:
        return False
    verb = tensed[0]
    while verb.dep_ == "conj" and not _has_subject(verb):  # "founded X and criticised Y"
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    return (
        subject is not None
        and subject.dep_ == "nsubj"
        and (actors.token_actor.get(subject.i) in dead or subject.tag_ == "PRP")
    )


# The stages of a legal process by the lexicon's type and mode, as the lowest and highest of
# arrest 0 < charge 1 < conviction and sentence 2 < release 3 each can be: holding a person
# (arrest, detain, jail) runs from the arrest to the term a sentence imposes.
_LEGAL_STAGES: dict[tuple[EventType, str | None], tuple[int, int]] = {
    (EventType.COERCE, "arrest"): (0, 2),
    (EventType.ACCUSE, "legal"): (1, 1),
    (EventType.SANCTION, "convict"): (2, 2),
    (EventType.CONCEDE, "release"): (3, 3),
    (EventType.RETREAT, "release"): (3, 3),
}


def earlier_stages(events: list[Event], people: frozenset[str]) -> list[bool]:
    """Whether each event is a stage of a person's legal process before one the story dates on
    a day no earlier than its own ("A jury convicted her on Monday. She was charged with
    fraud": the charge came before the conviction, not on its day). Only an act that happened
    is a stage; one whose own sentence dates it keeps that date."""
    stages = [
        _LEGAL_STAGES.get((e.type, e.mode))
        if not e.hypothetical and e.date_precision is DatePrecision.DAY
        else None
        for e in events
    ]
    return [
        stage is not None
        and e.date_source is not DateSource.SENTENCE
        and any(
            later is not None
            and stage[1] < later[0]
            and e.date is not None
            and o.date is not None
            and e.date >= o.date
            and people & set(e.target) & set(o.target)
            for o, later in zip(events, stages, strict=True)
        )
        for e, stage in zip(events, stages, strict=True)
    ]


class Parties(NamedTuple):
    """The article's actors as `told_again` and the pipeline's retellings compare two
    tellings' parties."""

    people: frozenset[str]  # the ids of its persons
    states: frozenset[str]  # the ids of its states
    countries: dict[str, str]  # each actor's state, by the actor's id


def told_again(events: list[Event], words: list[Token | None], parties: Parties) -> list[Event]:
    """The events, each an act a definite noun tells again with no time of its own ("the
    mayor's conviction", "the killing of the reporter", or the object of its verb, "attended
    the meeting") dated as the nearest earlier telling of the same act (its type, by the same
    parties, `_same_parties`) that its own sentence dated, else as a later one told by the same
    word ("Biden's call with his Chinese counterpart ... Biden's January 9 call with Xi"): the
    same event (TimeML coreference), not one on the story's day ("A court convicted Ruiz in
    2010. A senator raised Ruiz's conviction with the president": 2010)."""
    nouns = [_told_noun(word, e.trigger) for e, word in zip(events, words, strict=True)]
    return [
        e
        if noun is None or not _happened_untimed(e)
        else next(
            (
                e.model_copy(
                    update={
                        "date": o.date,
                        "date_precision": o.date_precision,
                        "date_source": DateSource.DISCOURSE,
                    }
                )
                for o in _tellings(events, words, e, noun)
                if o.date_source is DateSource.SENTENCE
                and not o.hypothetical
                and o.type is e.type
                and _same_parties(o, e, noun, parties)
            ),
            e,
        )
        for e, noun in zip(events, nouns, strict=True)
    ]


def _told_noun(word: Token | None, trigger: str) -> Token | None:
    """The definite noun an event is told by: its trigger word ("the attack") or the trigger's
    noun its verb takes as its object ("attended the meeting", "the meeting was attended")."""
    if word is None or definite_noun(word):
        return word
    return next(
        (
            c
            for c in word.children
            if c.dep_ in ("dobj", "nsubjpass") and c.text in trigger.split() and definite_noun(c)
        ),
        None,
    )


def _tellings(
    events: list[Event], words: list[Token | None], event: Event, noun: Token
) -> list[Event]:
    """The other tellings that may be an event's act: the earlier ones, nearest first, then the
    later ones told by the noun's word (a story may name the act before it dates it: "Peru's
    protest ... Peru protested on Monday", "a phone call made by Trump late last July")."""
    word = noun.lemma_.lower()
    return [o for o in reversed(events) if o.start < event.start] + [
        o
        for o, other in zip(events, words, strict=True)
        if o.start > event.start
        and (word in o.trigger.lower().split() or (other is not None and other.lemma_ == word))
    ]


def _same_parties(told: Event, event: Event, noun: Token, parties: Parties) -> bool:
    """Whether two tellings of an act are by the same parties: no other doer or target named
    ("Trump's call with Zelensky" is not his call with Putin; a state and its president are one
    side), and a person on both, the same state doing one act ("Iran's request"; many, "Iran's
    strikes", may be others), or the same two or more states ("Kenya, Uganda and Tanzania met
    ... The meeting was attended by their presidents")."""
    people, states, countries = parties.people, parties.states, parties.countries
    if any(
        a and b and not (_states(a, countries) & _states(b, countries))
        for a, b in ((told.source, event.source), (told.target, event.target))
    ):
        return False
    first, second = ({*e.source, *e.target, *e.participants} for e in (told, event))
    if people & first & second:
        return True
    if noun.tag_ == "NN" and states & set(told.source) & set(event.source):
        return True
    ours, others = _states(first, countries), _states(second, countries)
    return len(ours & others) >= 2 and (ours <= others or others <= ours)


def _states(ids: Iterable[str], countries: dict[str, str]) -> set[str]:
    """The states of actors (an actor of none stands for itself)."""
    return {countries.get(i, i) for i in ids}


# A heading that ends with the month it covers ("On the campaign trail, September 2020").
_MONTH_COVERED = re.compile(
    rf"[,:\u2013\u2014-]\s*(?P<month>{'|'.join(MONTHS)})\s+(?P<year>\d{{4}})\s*$"
)


def in_month_covered(events: list[Event], title: str | None, published: date | None) -> list[Event]:
    """The events of a round-up whose heading names the month it covers, an act that happened
    and that its text dates only by the publication or by a year holding that month dated to
    the month: a monthly series is published after its month, not on the day of its acts."""
    found = _MONTH_COVERED.search(title or "")
    if found is None or published is None:
        return events
    month = date(int(found["year"]), MONTHS.index(found["month"]) + 1, 1)
    if month > published:
        return events
    return [
        e.model_copy(
            update={
                "date": month,
                "date_precision": DatePrecision.MONTH,
                "date_source": DateSource.DISCOURSE,
            }
        )
        if _happened(e) and _dated_loosely(e, month)
        else e
        for e in events
    ]


def _dated_loosely(event: Event, month: date) -> bool:
    """Whether an event is dated by the publication day, or by no more than the year that holds
    the month: told in the sentence by an occasion's name ("before the 2020 convention") or by
    the story's year (not an act told as background, on the publication's year)."""
    if event.date_source is DateSource.PUBLISHED_AT:
        return event.date_precision is not DatePrecision.YEAR
    return (
        event.date_precision is DatePrecision.YEAR
        and event.date is not None
        and event.date.year == month.year
    )


def _happened(event: Event) -> bool:
    """Whether an event happened and has a date."""
    return not event.hypothetical and event.date_source is not None


def _happened_untimed(event: Event) -> bool:
    """Whether an event happened and its own sentence told no time of it."""
    return _happened(event) and event.date_source is not DateSource.SENTENCE


def _anchorless_date(
    sentence: str, clause: str, paragraph: str | None, *, tense: str | None
) -> tuple[date, DatePrecision, DateSource] | None:
    """A date read from the text alone, the same whatever the publication date would be."""
    first, second = (
        resolve_date(sentence, a, clause=clause, paragraph=paragraph, tense=tense)
        for a in _PROBE_ANCHORS
    )
    if first != second or first[2] == DateSource.PUBLISHED_AT:
        return None
    return first
