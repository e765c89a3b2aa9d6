"""When events happened: the pipeline's dating of events, with the real English model."""

from datetime import UTC, date, datetime

import pytest

from graph.models import Article, DatePrecision, DateSource, Event, EventType
from ingest.nlp.event_dating import (
    EventDater,
    _describes,
    _month_named_people,
    _tensed_verb,
    _told_as_cause,
)
from ingest.nlp.model import load_nlp
from ingest.nlp.parse import parse_texts
from ingest.nlp.pipeline import extract_events
from ingest.nlp.syntax import clause_spans

WEDNESDAY = datetime(2025, 1, 22, 9, 30, tzinfo=UTC)
DECEMBER = datetime(2024, 12, 11, 8, 0, tzinfo=UTC)


def _events(text: str, published: datetime = WEDNESDAY) -> list[Event]:
    article = Article(id="a1", text=text, format="text", published_at=published, language="en")
    (result,) = extract_events([article])
    return result.events


def _dating(event: Event) -> tuple[date | None, DatePrecision | None, DateSource | None]:
    return event.date, event.date_precision, event.date_source


def _dated(text: str, trigger: str, published: datetime = WEDNESDAY) -> Event:
    (event,) = [e for e in _events(text, published) if e.trigger.startswith(trigger)]
    return event


# (text, trigger, published, expected): a past event whose own clause names its time is dated by
# it, however long ago, and at the precision the text gives.
OWN_TIME = [
    (
        "Iraqi jets bombed the Kurdish town of Sardasht in 1987.",
        "bombed",
        WEDNESDAY,
        (date(1987, 1, 1), DatePrecision.YEAR, DateSource.SENTENCE),
    ),
    (
        "Kenya deployed police to Haiti in June 2024. Since then, they have fought gangs.",
        "deployed",
        WEDNESDAY,
        (date(2024, 6, 1), DatePrecision.MONTH, DateSource.SENTENCE),
    ),
    # "in May" is a month, "last week" a week
    (
        "Turkey shelled Kurdish positions in Syria in May.",
        "shelled",
        WEDNESDAY,
        (date(2024, 5, 1), DatePrecision.MONTH, DateSource.SENTENCE),
    ),
    (
        "Russia attacked Ukrainian ports last week.",
        "attacked",
        WEDNESDAY,
        (date(2025, 1, 13), DatePrecision.WEEK, DateSource.SENTENCE),
    ),
    # a weekend is dated in its week; "this weekend" told in the past is the one just gone
    (
        "Riot police detained thirty students in Minsk this weekend.",
        "detained",
        WEDNESDAY,
        (date(2025, 1, 13), DatePrecision.WEEK, DateSource.SENTENCE),
    ),
    # a quarter and a season are dated at their own precision
    (
        "Russia attacked Ukrainian ports in the third quarter.",
        "attacked",
        WEDNESDAY,
        (date(2024, 7, 1), DatePrecision.QUARTER, DateSource.SENTENCE),
    ),
    (
        "Turkey shelled Kurdish positions in Syria last summer.",
        "shelled",
        WEDNESDAY,
        (date(2024, 6, 1), DatePrecision.SEASON, DateSource.SENTENCE),
    ),
    # of the dates of its clause, the one the parse ties nearest to the event dates it, not a
    # year naming the object
    (
        "Police in Lyon detained the organiser of the 1998 World Cup bid last week.",
        "detained",
        WEDNESDAY,
        (date(2025, 1, 13), DatePrecision.WEEK, DateSource.SENTENCE),
    ),
    # the past tense reads a bare date back, however far: last February, not the next one
    (
        "Japan recalled its ambassador from China on February 13.",
        "recalled",
        DECEMBER,
        (date(2024, 2, 13), DatePrecision.DAY, DateSource.SENTENCE),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "published", "expected"), OWN_TIME)
def test_an_event_is_dated_by_its_own_time(
    text: str, trigger: str, published: datetime, expected: tuple[object, ...]
) -> None:
    assert _dating(_dated(text, trigger, published)) == expected


def test_relative_times_count_from_the_last_date_told() -> None:
    text = (
        "On January 3 Serbian police detained two Kosovo officials. "
        "A week later Kosovo expelled a Serbian diplomat."
    )
    expelled = _dated(text, "expelled")
    # the week of January 10, not a week after publication
    assert _dating(expelled) == (date(2025, 1, 6), DatePrecision.WEEK, DateSource.SENTENCE)
    text = (
        "Chile and Peru signed a fisheries accord on Monday. Two days later Peru recalled its "
        "ambassador."
    )
    assert _dated(text, "recalled").date == date(2025, 1, 22)
    # a date that names a thing ("the May 9 accord") is no time the story told: not counted from
    text = (
        "Rebels shelled a police post on January 14. They rejected the May 9 accord. The next "
        "day, the rebels attacked an army base."
    )
    assert _dating(_dated(text, "attacked")) == (
        date(2025, 1, 15),
        DatePrecision.DAY,
        DateSource.SENTENCE,
    )
    text = (
        "Rebels shelled a police post on January 14. Talks on the March 2 truce stalled. A day "
        "later, the army bombed the rebels."
    )
    assert _dated(text, "bombed").date == date(2025, 1, 15)
    # "the day before" ending its phrase: the day before the last day told, not background
    text = (
        "Kosovo police detained two Serbian officials on Monday. The day before, Serbia had "
        "expelled a Kosovo diplomat."
    )
    assert _dating(_dated(text, "expelled")) == (
        date(2025, 1, 19),
        DatePrecision.DAY,
        DateSource.SENTENCE,
    )
    # a part of the day told from the last day told: the next day, not that day
    text = (
        "Serbian police detained two Kosovo officials on Sunday, and Kosovo expelled a Serbian"
        " diplomat the following morning."
    )
    assert _dating(_dated(text, "expelled")) == (
        date(2025, 1, 20),
        DatePrecision.DAY,
        DateSource.SENTENCE,
    )


def test_a_background_act_is_not_dated_to_the_day_of_the_report() -> None:
    events = _events("Brazil condemned the coup. Paraguay had condemned it too.")
    news, background = sorted(events, key=lambda e: e.start)
    assert _dating(news) == (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT)
    # a past perfect tells of a time before the story: the publication year, never a false day
    assert _dating(background) == (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT)


def test_a_date_a_condition_supposes_does_not_move_the_story() -> None:
    # "if the vote were held in March" tells a supposed time, not one the story reached: the
    # act told after it goes on from Monday
    text = (
        "On Monday, the minister met his Turkish counterpart in Ankara. An aide warned that the"
        " coalition would fall if the vote were held in March. The minister criticized the"
        " opposition leader."
    )
    assert _dating(_dated(text, "criticized")) == (
        date(2025, 1, 20),
        DatePrecision.DAY,
        DateSource.PARAGRAPH,
    )


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        (
            "The fisherman later claimed to recall nothing of the night the governor was attacked.",
            "attacked",
        ),
        ("Witnesses still speak of the day the president was shot.", "shot"),
    ],
)
def test_an_act_that_names_an_untold_time_is_background(sentence: str, trigger: str) -> None:
    # the day the president was shot is not the Monday the story told: when it was is untold
    event = _dated(f"Government troops shelled the port city on Monday. {sentence}", trigger)
    assert _dating(event) == (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT)


BACKGROUND = (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT)
_MONDAY_PARAGRAPH = (date(2025, 1, 20), DatePrecision.DAY, DateSource.PARAGRAPH)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # "once" before its verb: at some time before the story, not on its Monday
        (
            "The governor, who once accused the paper of bias, denied the charges.",
            "accused",
            BACKGROUND,
        ),
        ("The governor once jailed two editors of the paper.", "jailed", BACKGROUND),
        # the subordinator tells a time the story reached, a count after the verb no past
        (
            "Once the ballots were counted, the governor accused the paper of bias.",
            "accused",
            _MONDAY_PARAGRAPH,
        ),
        (
            "The governor met the editor once and accused him of bias.",
            "accused",
            _MONDAY_PARAGRAPH,
        ),
    ],
)
def test_an_act_told_as_once_done_is_background(
    sentence: str, trigger: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    event = _dated(f"Police raided the paper's offices on Monday. {sentence}", trigger)
    assert _dating(event) == expected


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # what the doer did instead of what it would have done: an act of that past
        (
            "The governor would have faced impeachment over the affair but resigned before the"
            " vote.",
            "resigned",
            BACKGROUND,
        ),
        (
            "The senator could have blocked the inquiry, but she endorsed it.",
            "endorsed",
            BACKGROUND,
        ),
        # another doer's act may be the story's; a time of its own dates it
        (
            "The rebels would have attacked the port, but the army shelled their camp.",
            "shelled",
            _MONDAY_PARAGRAPH,
        ),
        (
            "The governor would have faced a recall vote but resigned in March 2023.",
            "resigned",
            (date(2023, 3, 1), DatePrecision.MONTH, DateSource.SENTENCE),
        ),
        # acts counted on occasions, or times in an active perfect, are on no one day
        ("The governor has accused the paper of bias three times.", "accused", BACKGROUND),
        ("The army detained the paper's editor on several occasions.", "detained", BACKGROUND),
        # not the blows of one act
        ("The editor was stabbed three times by a gunman.", "stabbed", _MONDAY_PARAGRAPH),
    ],
)
def test_an_act_beside_an_unreal_one_or_counted_is_background(
    sentence: str, trigger: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    event = _dated(f"Police raided the paper's offices on Monday. {sentence}", trigger)
    assert _dating(event) == expected


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # a party named by the title it held then: the act lies before the story
        (
            "Then-Governor Ray Dunn accused the paper's owner of fraud.",
            "accused",
            BACKGROUND,
        ),
        ("Rebels kidnapped the then-governor of the province.", "kidnapped", BACKGROUND),
        (
            "Police arrested Ana Soto, then the mayor of the town, on fraud charges.",
            "arrested",
            BACKGROUND,
        ),
        # a time of its own still dates it
        (
            "In March 2023, then-Governor Ray Dunn accused the paper's owner of fraud.",
            "accused",
            (date(2023, 3, 1), DatePrecision.MONTH, DateSource.SENTENCE),
        ),
        # not the "then" of a sequence, nor a title deeper in a phrase
        ("Police arrested the editor, then the printer.", "arrested", _MONDAY_PARAGRAPH),
        (
            "The governor accused the editor of a talk with then-Mayor Ana Soto.",
            "accused",
            _MONDAY_PARAGRAPH,
        ),
    ],
)
def test_an_act_on_a_party_with_the_title_it_held_then_is_background(
    sentence: str, trigger: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    event = _dated(f"Police raided the paper's offices on Monday. {sentence}", trigger)
    assert _dating(event) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # years served or spent since the act: it lies years before the story
        ("A court jailed the editor, and he spent eleven years in prison.", BACKGROUND),
        (
            "A court jailed the editor for twenty years, serving nine before his release.",
            BACKGROUND,
        ),
        # not days spent, nor a term still being served
        ("A court jailed the editor, and he spent two days in a cell.", _MONDAY_PARAGRAPH),
        ("A court jailed the editor, and he is serving eleven years.", _MONDAY_PARAGRAPH),
    ],
)
def test_an_act_years_served_went_on_from_is_background(
    sentence: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    event = _dated(f"Police raided the paper's offices on Monday. {sentence}", "jailed")
    assert _dating(event) == expected


def test_a_decade_or_years_ago_dates_the_acts_its_sentence_coordinates() -> None:
    # no timeline period holds "a decade ago": background for each act it dates
    text = "Years ago, the army seized the capital and detained the president."
    assert _dating(_dated(text, "detained")) == BACKGROUND
    assert _dating(_dated(text.replace("Years", "A decade"), "detained")) == BACKGROUND


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a clause joined by "and" goes on with the doer of a clause told as before the story:
        # the same past
        (
            "The governor threatened the paper before, and he accused its owner of bias.",
            BACKGROUND,
        ),
        (
            "The governor previously threatened the paper, and the governor accused its owner"
            " of bias.",
            BACKGROUND,
        ),
        # another doer's act is not that past; a time of its own dates it
        (
            "The governor previously threatened the paper, and it accused him of bias.",
            _MONDAY_PARAGRAPH,
        ),
        (
            "The governor previously threatened the paper, and the mayor accused its owner of"
            " bias.",
            _MONDAY_PARAGRAPH,
        ),
        (
            "The governor threatened the paper before, and he accused its owner of bias in"
            " March 2023.",
            (date(2023, 3, 1), DatePrecision.MONTH, DateSource.SENTENCE),
        ),
    ],
)
def test_a_clause_going_on_from_a_background_act_is_background(
    sentence: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    event = _dated(f"Police raided the paper's offices on Monday. {sentence}", "accused")
    assert _dating(event) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an act on another person
        (
            "Gunmen murdered the journalist Ana Diaz in March 2022 in the capital. Her family met"
            " the president on Monday. The president promised them an inquiry into the killing"
            " of Luis Mora.",
            "killing",
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.PARAGRAPH),
        ),
        # the definite noun a verb takes: the meeting its attendees' states held, not the day an
        # earlier paragraph told
        (
            "On Tuesday, the Kenyan president spoke in Nairobi.\n\nOn Monday, the leaders of Kenya,"
            " Uganda and Tanzania had met in Arusha to sign a pipeline accord. The meeting was"
            " attended by Kenyan President William Ruto, Ugandan President Yoweri Museveni and"
            " Tanzanian President Samia Suluhu Hassan.",
            "attended",
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.DISCOURSE),
        ),
        # not his act with another side
        (
            "President William Ruto spoke by phone with Ugandan President Yoweri Museveni on"
            " January 9. Ruto's call with Nigerian President Bola Tinubu was tense.",
            "call",
            (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
        ),
    ],
)
def test_an_act_a_definite_noun_tells_again_keeps_its_date(
    text: str, trigger: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    assert _dating(_dated(text, trigger)) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "told", "expected"),
    [
        # A definite noun telling again an act its earlier sentence dated, by no new party, is
        # that act, whatever words tell it: one event, on the earlier telling's date.
        (
            "A court convicted the former mayor Carlos Ruiz of tax fraud in 2010. The president"
            " pardoned Ruiz on Tuesday. His lawyer had cited Ruiz's conviction in an appeal to"
            " the president.",
            "conviction",
            "convicted",
            (date(2010, 1, 1), DatePrecision.YEAR, DateSource.SENTENCE),
        ),
        (
            "Gunmen murdered the journalist Ana Diaz in March 2022 in the capital. Her family met"
            " the president on Monday. The president promised them an inquiry into the killing"
            " of Ana Diaz.",
            "killing",
            "murdered",
            (date(2022, 3, 1), DatePrecision.MONTH, DateSource.SENTENCE),
        ),
        (
            "President Joe Biden spoke by phone with Chinese President Xi Jinping on January 9."
            " Republicans said Biden's call with Xi was a mistake.",
            "call",
            "spoke",
            (date(2025, 1, 9), DatePrecision.DAY, DateSource.SENTENCE),
        ),
    ],
)
def test_an_act_a_definite_noun_tells_again_is_its_earlier_telling(
    text: str, trigger: str, told: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    events = _events(text)
    assert not [e for e in events if e.trigger.startswith(trigger)]
    assert _dating(_dated(text, told)) == expected


def test_an_act_a_noun_names_before_the_text_dates_it_takes_the_later_date() -> None:
    # "Biden's call" told first, then "Biden's January 9 call": one call, dated by the second
    text = (
        "Republicans said Biden's call with his Chinese counterpart was a mistake. Senators"
        " questioned aides on Biden's January 9 phone call with Chinese President Xi Jinping."
    )
    first, second = (e for e in _events(text) if e.trigger == "call")
    assert _dating(first) == (date(2025, 1, 9), DatePrecision.DAY, DateSource.DISCOURSE)
    assert _dating(second) == (date(2025, 1, 9), DatePrecision.DAY, DateSource.SENTENCE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's one act, named first and dated after: the same act
        (
            "Chile said Peru's protest was baseless. Peru protested to Chile on January 9 over"
            " the border fence.",
            (date(2025, 1, 9), DatePrecision.DAY, DateSource.DISCOURSE),
        ),
        # not another state's act
        (
            "Chile said Peru's protest was baseless. Bolivia protested to Chile on January 9 over"
            " the border fence.",
            (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
        ),
    ],
)
def test_a_states_act_a_noun_names_takes_the_date_its_telling_gives(
    text: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    (event,) = (e for e in _events(text) if e.trigger == "protest")
    assert _dating(event) == expected


_EARLY = "Early in the month, the president attacked the opposition leader over crime."
_AT_CONGRESS = "During the 2023 party congress, police arrested the opposition leader in Abuja."
_APRIL_2023 = datetime(2023, 4, 20, tzinfo=UTC)


@pytest.mark.parametrize(
    ("title", "act", "published", "expected"),
    [
        # a monthly round-up's heading names the month its acts fall in
        (
            "On the campaign trail in Nigeria, March 2023",
            _EARLY,
            _APRIL_2023,
            (date(2023, 3, 1), DatePrecision.MONTH, DateSource.DISCOURSE),
        ),
        # a month in another heading is no period covered
        (
            "Campaign in Nigeria heats up",
            _EARLY,
            _APRIL_2023,
            (date(2023, 4, 20), DatePrecision.DAY, DateSource.PUBLISHED_AT),
        ),
        # nor one after publication
        (
            "On the campaign trail in Nigeria, May 2023",
            _EARLY,
            _APRIL_2023,
            (date(2023, 4, 20), DatePrecision.DAY, DateSource.PUBLISHED_AT),
        ),
        # a year told only by an occasion's name is no more than the round-up's month tells
        (
            "On the campaign trail in Nigeria, March 2023",
            _AT_CONGRESS,
            datetime(2024, 4, 20, tzinfo=UTC),
            (date(2023, 3, 1), DatePrecision.MONTH, DateSource.DISCOURSE),
        ),
        (
            "Campaign in Nigeria heats up",
            _AT_CONGRESS,
            datetime(2024, 4, 20, tzinfo=UTC),
            (date(2023, 1, 1), DatePrecision.YEAR, DateSource.SENTENCE),
        ),
        # a year of another round-up's month is the act's own
        (
            "On the campaign trail in Nigeria, March 2024",
            _AT_CONGRESS,
            datetime(2024, 4, 20, tzinfo=UTC),
            (date(2023, 1, 1), DatePrecision.YEAR, DateSource.SENTENCE),
        ),
    ],
)
def test_a_round_up_dates_its_acts_in_the_month_of_its_heading(
    title: str, act: str, published: datetime, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    text = f"The following is a round-up of the month in the election campaign.\n\n{act}"
    article = Article(
        id="a1", title=title, text=text, format="text", published_at=published, language="en"
    )
    ((event,),) = [r.events for r in extract_events([article])]
    assert _dating(event) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the text an act's words were said in dates it, wherever the parse hangs the text
        (
            "The foreign minister condemned the raid in a statement released on Sunday.",
            "condemned",
            (date(2025, 1, 19), DatePrecision.DAY, DateSource.SENTENCE),
        ),
        (
            "The senator pleaded for compassion in a letter posted on Monday.",
            "pleaded",
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.SENTENCE),
        ),
        # what a recording shows is no text the act was said in
        (
            "The minister condemned the beating in the video posted on Monday.",
            "condemned",
            (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
        ),
    ],
)
def test_the_text_an_act_was_said_in_dates_it(
    text: str, trigger: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    assert _dating(_dated(text, trigger)) == expected


def test_an_act_that_names_the_time_of_another_keeps_the_story_day() -> None:
    # "until the day the army withdrew" is the time of the attacks: told as the story's day
    text = (
        "Government troops shelled the port city on Monday. Until the day the army withdrew,"
        " rebels attacked the port."
    )
    assert _dating(_dated(text, "withdrew")) == (
        date(2025, 1, 20),
        DatePrecision.DAY,
        DateSource.PARAGRAPH,
    )


def test_the_infinitive_of_a_verb_of_aspect_is_told_in_its_tense() -> None:
    # "continued to criticize" tells the criticism in the past, after the month told before:
    # that month's year, not the publication's day
    text = (
        "In early March, the two parties clashed over the budget in the capital.\n\n"
        "The opposition continued to criticize the prime minister over the tax plan."
    )
    event = _dated(text, "criticize", datetime(2025, 4, 28, 9, 30, tzinfo=UTC))
    assert _dating(event) == (date(2025, 1, 1), DatePrecision.YEAR, DateSource.DISCOURSE)


# (text, trigger): the date of a noun's modifier tells of the noun, not of the event.
NOUN_MODIFIERS = [
    (
        "Angela Merkel visited Hungary's old fortress prison, where rebels were jailed in 1957.",
        "visited",
    ),
    ("Russia freed a French researcher, a scholar detained since June.", "freed"),
    # an event noun's clause dates that event, not the act around it
    ("Citing the truce brokered by Egypt in March, Israel released 30 prisoners.", "released"),
    ("Under the truce that Qatar negotiated in March, Israel released 30 prisoners.", "released"),
]


@pytest.mark.parametrize(("text", "trigger"), NOUN_MODIFIERS)
def test_a_date_in_a_noun_modifier_does_not_date_the_event(text: str, trigger: str) -> None:
    assert _dated(text, trigger).date_source == DateSource.PUBLISHED_AT


# (text, trigger, expected): a date before another noun tells of that noun ("this year's
# summit"); it dates the event only where no other date of the sentence does, unless that noun
# is the event's own: an argument, or the occasion it happened in.
NOUN_DATES = [
    (
        "Germany's chancellor said on Tuesday that he was backing Italy's candidate for this"
        " year's NATO summit chair.",
        "backing",
        (date(2025, 1, 21), DatePrecision.DAY, DateSource.SENTENCE),
    ),
    (
        "Two soldiers were killed in last week's attack on the base, the Malian army said.",
        "killed",
        (date(2025, 1, 13), DatePrecision.WEEK, DateSource.SENTENCE),
    ),
    # a date before a text names when it was made: the act on the text takes its own time, or
    # its sentence's; it is dated by the text's only where nothing else dates it
    (
        "Putin and Erdogan discussed the 2015 agreement by phone on Monday.",
        "discussed",
        (date(2025, 1, 20), DatePrecision.DAY, DateSource.SENTENCE),
    ),
    (
        "The opposition on Sunday denounced the 2019 electoral law.",
        "denounced",
        (date(2025, 1, 19), DatePrecision.DAY, DateSource.SENTENCE),
    ),
    (
        "The minister attended Monday's summit and criticised the 2020 accord.",
        "criticised",
        (date(2025, 1, 20), DatePrecision.DAY, DateSource.SENTENCE),
    ),
    # a clause on the text still dates the act on it
    (
        "Most notably, the sultan helped negotiate the Iran nuclear deal that was signed in 2015.",
        "negotiate",
        (date(2015, 1, 1), DatePrecision.YEAR, DateSource.SENTENCE),
    ),
    (
        "Chile signed the 2015 climate accord.",
        "signed",
        (date(2015, 1, 1), DatePrecision.YEAR, DateSource.SENTENCE),
    ),
    # the undertaking's own occasion, its day told before the verb, is past, not the story's
    # day, though what was undertaken lies ahead
    (
        "Envoys met in Vienna on Monday. Under the October 9 accord, Serbia agreed to withdraw "
        "its police from the border.",
        "agreed",
        (date(2024, 10, 9), DatePrecision.DAY, DateSource.SENTENCE),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), NOUN_DATES)
def test_a_date_before_another_noun_dates_the_event_only_where_nothing_else_does(
    text: str, trigger: str, expected: tuple[object, ...]
) -> None:
    assert _dating(_dated(text, trigger)) == expected


# (text, trigger): a date before a noun of another clause with its own subject tells of that
# clause alone, even where nothing else in the sentence dates the event; a coordinated verb
# without a subject still shares the occasion of its clause.
OTHER_CLAUSE_NOUN_DATES = [
    (
        "Serbia boycotted the 2019 summit in Skopje, and Croatia summoned the Serbian envoy.",
        "summoned",
        None,
    ),
    (
        "Croatia summoned the Serbian envoy after Serbia boycotted the 2019 summit in Skopje.",
        "summoned",
        None,
    ),
    (
        "Gunmen kidnapped three engineers and killed two soldiers in the 2019 raid on the mine.",
        "killed",
        date(2019, 1, 1),
    ),
    # passives coordinated share only the occasion the last one names
    (
        "Two envoys were expelled in the 2019 purge, and three journalists were detained.",
        "detained",
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), OTHER_CLAUSE_NOUN_DATES)
def test_a_date_before_a_noun_of_another_clause_does_not_date_the_event(
    text: str, trigger: str, expected: date | None
) -> None:
    event = _dated(text, trigger)
    if expected is None:
        assert event.date_source == DateSource.PUBLISHED_AT
    else:
        assert event.date == expected


# (text, trigger, expected): the deadline of a condition lies ahead of the threat it bounds,
# however its verb's tense reads (a future told in the past): it does not date the threat.
CONDITION_DEADLINES = [
    (
        "The president threatened to expel the envoys unless they left by Friday.",
        "threatened",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
    (
        "Turkey threatened sanctions on Sweden unless it extradited the activists by Saturday.",
        "threatened",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
    (
        "On Monday, the junta threatened to arrest the strikers if they did not return by Sunday.",
        "threatened",
        (date(2025, 1, 20), DatePrecision.DAY, DateSource.SENTENCE),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CONDITION_DEADLINES)
def test_the_deadline_of_a_condition_does_not_date_the_threat(
    text: str, trigger: str, expected: tuple[object, ...]
) -> None:
    assert _dating(_dated(text, trigger)) == expected


# (text, trigger, expected): a deadline on the act a complement tells bounds that act, ahead of
# the order or request that sets it: it does not date the order; the order's own day does, and
# a day that is no deadline may.
COMPLEMENT_DEADLINES = [
    (
        "The ministry ordered the diplomats to leave by Friday, January 17.",
        "ordered",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
    (
        "The UN asked Israel to halt the operation by Friday, January 17.",
        "asked",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
    (
        "The ministry ordered the police to guard the embassy until January 18.",
        "ordered",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
    (
        "The ministry on Monday ordered the diplomats to leave by Friday, January 24.",
        "ordered",
        (date(2025, 1, 20), DatePrecision.DAY, DateSource.SENTENCE),
    ),
    (
        "The ministry ordered the police to guard the embassy on January 18.",
        "ordered",
        (date(2025, 1, 18), DatePrecision.DAY, DateSource.SENTENCE),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), COMPLEMENT_DEADLINES)
def test_a_deadline_in_a_complement_does_not_date_the_order(
    text: str, trigger: str, expected: tuple[object, ...]
) -> None:
    assert _dating(_dated(text, trigger)) == expected


# (text, published): sentences whose dates read naively would put an act that happened after
# its report: a date of another clause, of an act still ahead, or a bare date.
NEVER_AFTER = [
    ("Egypt hosted talks with Israel, and a second round is due in March.", WEDNESDAY),
    ("Pakistan expelled two Indian diplomats, and India will respond next week.", WEDNESDAY),
    ("Greece protested to Turkey over drilling that is set to begin next month.", WEDNESDAY),
    (
        "Mexico's president met Joe Biden in Washington in December.",
        datetime(2024, 10, 1, tzinfo=UTC),
    ),
    ("The European Union threatened to impose sanctions on Iran in March.", WEDNESDAY),
    ("Japan recalled its ambassador from China on February 13.", DECEMBER),
    ("Nigeria expelled Benin's ambassador on Friday, and talks will follow on Friday.", WEDNESDAY),
]


@pytest.mark.parametrize(("text", "published"), NEVER_AFTER)
def test_an_act_that_happened_is_never_dated_after_publication(
    text: str, published: datetime
) -> None:
    events = _events(text, published)
    assert events
    happened = [e for e in events if not (e.hypothetical or e.negated)]
    assert happened
    assert all(e.date is not None and e.date <= published.date() for e in happened), [
        (e.trigger, e.date) for e in happened
    ]


# (text, trigger, expected date): the verb phrase coordinated after an act dates it only where
# the two share their words; the means of an act ("via", "through") dates it as its own.
COORDINATED = [
    (
        "Canada condemned the raid on the embassy, and sent its envoy to a summit in Oslo on"
        " December 9.",
        "condemned",
        date(2025, 1, 22),
    ),
    ("Militants attacked and burned a police post on Monday.", "attacked", date(2025, 1, 20)),
    # the phrases of time (and occasion) closing the last phrase, with no comma before it,
    # tell the time of both
    (
        "Gunmen shot dead a village chief and wounded his two sons in an ambush on Monday.",
        "shot",
        date(2025, 1, 20),
    ),
    (
        "Soldiers detained six students and beat a reporter in Harare on 18 January.",
        "detained",
        date(2025, 1, 18),
    ),
    (
        "Students blocked the highway and burned tyres in Chittagong on Monday, demanding the"
        " release of their leader.",
        "blocked",
        date(2025, 1, 20),
    ),
    (
        "Canada expressed its support for the pipeline via the January 14 signing of a"
        " memorandum, and sent its trade minister to a summit in Oslo on December 9.",
        "expressed",
        date(2025, 1, 14),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), COORDINATED)
def test_a_coordinated_verb_phrase_dates_the_act_only_where_they_share_words(
    text: str, trigger: str, expected: date
) -> None:
    assert _dated(text, trigger).date == expected


def test_a_time_coordinated_with_the_verb_dates_the_clause_after_it_only() -> None:
    # the parse hangs "the following year" on "made" as its conjunct, the next clause on it
    text = "In 2019 the colonel was made a general, and the following year he was sent to Oslo."
    doc = load_nlp()(text)
    dater = EventDater(text, doc, WEDNESDAY)
    for word, expected in (("made", date(2019, 1, 1)), ("sent", date(2020, 1, 1))):
        (token,) = [t for t in doc if t.text == word]
        sentence = (token.sent.start_char, token.sent.end_char)
        dated = dater.date(token.idx, sentence, clause=clause_spans(token))
        assert dated == (expected, DatePrecision.YEAR, DateSource.SENTENCE)


def test_a_date_of_the_paragraph_is_read_in_the_tense_of_its_own_verb() -> None:
    # the talks held on Friday are ahead: they do not date the rejection told after them
    text = (
        "Iran and the United States hold talks in Geneva on Friday, diplomats who attended the"
        " last round said. Iran rejected the latest proposal."
    )
    assert _dating(_dated(text, "rejected")) == (
        date(2025, 1, 22),
        DatePrecision.DAY,
        DateSource.PUBLISHED_AT,
    )


def test_an_act_told_on_the_day_after_publication_is_dated_to_publication() -> None:
    # Thursday, local time, ahead of a Wednesday publication: not the Thursday six days back
    event = _dated("Rebels shelled the port on Thursday morning, local time.", "shelled")
    assert _dating(event) == (date(2025, 1, 22), DatePrecision.DAY, DateSource.SENTENCE)


def test_the_weekday_after_publication_after_a_day_told_is_the_one_six_days_back() -> None:
    # the story told Monday in the publication's zone: Thursday is the one before it
    text = "Kenya closed its border on Monday.\nOn Thursday, Somali troops shelled the town."
    event = _dated(text, "shelled")
    assert _dating(event) == (date(2025, 1, 16), DatePrecision.DAY, DateSource.SENTENCE)


def test_an_act_still_ahead_is_dated_forward() -> None:
    event = _dated("Narendra Modi plans to visit Washington in February.", "visit", DECEMBER)
    assert event.hypothetical
    assert _dating(event) == (date(2025, 2, 1), DatePrecision.MONTH, DateSource.SENTENCE)


# (text, trigger, expected, hypothetical): a present tense with a day of its own tells an act on a
# schedule, dated to its day ahead and not yet done; a plan is made when it is reported, and an act
# told as done is never dated after publication.
SCHEDULED = [
    (
        "The foreign ministers of Iran and Iraq meet in Geneva on Friday.",
        "meet",
        (date(2025, 1, 24), DatePrecision.DAY, DateSource.SENTENCE),
        True,
    ),
    (
        "The presidents of Chile and Peru are meeting Thursday in Lima.",
        "meeting",
        (date(2025, 1, 23), DatePrecision.DAY, DateSource.SENTENCE),
        True,
    ),
    # the tagger reads this "meet" as a bare verb: its subject makes it a present
    (
        "The prime ministers of Spain and Portugal meet separately Monday with the Pope.",
        "meet",
        (date(2025, 1, 27), DatePrecision.DAY, DateSource.SENTENCE),
        True,
    ),
    (
        "Chilean and Peruvian diplomats hold talks in Lima next week.",
        "hold",
        (date(2025, 1, 27), DatePrecision.WEEK, DateSource.SENTENCE),
        True,
    ),
    (
        "The leaders of Chile and Peru meet in Lima today.",
        "meet",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.SENTENCE),
        False,
    ),
    # a verb whose past is its present tells no schedule
    (
        "Street protests spread to Caracas on Monday.",
        "protests",
        (date(2025, 1, 20), DatePrecision.DAY, DateSource.SENTENCE),
        False,
    ),
    # nor does a rare irregular past the tagger reads as a present
    (
        "The senators overrode the governor's veto of the budget on Monday.",
        "veto",
        (date(2025, 1, 20), DatePrecision.DAY, DateSource.SENTENCE),
        False,
    ),
    (
        "The rebels planned an attack on the army base on Saturday.",
        "planned",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
        False,
    ),
    (
        "The foreign ministers of Iran and Iraq met in Geneva on Friday.",
        "met",
        (date(2025, 1, 17), DatePrecision.DAY, DateSource.SENTENCE),
        False,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected", "hypothetical"), SCHEDULED)
def test_a_scheduled_act_is_dated_to_its_day_ahead(
    text: str, trigger: str, expected: tuple[object, ...], hypothetical: bool
) -> None:
    event = _dated(text, trigger)
    assert _dating(event) == expected
    assert event.hypothetical is hypothetical


def test_an_infinitive_does_not_take_the_past_of_its_verb() -> None:
    # "meet" lies after the scheduling: Friday is the coming one, as the words around it say
    text = "The two foreign ministers were scheduled to meet in Geneva on Friday."
    doc = load_nlp()(text)
    meet = next(t for t in doc if t.text == "meet")
    dated = EventDater(text, doc, WEDNESDAY).date(
        meet.idx, (0, len(text)), clause=clause_spans(meet), happened=False
    )
    assert dated == (date(2025, 1, 24), DatePrecision.DAY, DateSource.SENTENCE)


@pytest.mark.parametrize(
    "text",
    [
        "The alliance has decided to admit two new members in early March.",
        "The council voted to free the prisoners in April.",
    ],
)
def test_a_date_of_an_infinitive_is_not_read_in_the_tense_of_its_verb(text: str) -> None:
    # the month is the admission's, ahead of the decision: not the past March of "decided"
    published = datetime(2025, 2, 10, 7, 0, tzinfo=UTC)
    doc = load_nlp()(text)
    dater = EventDater(text, doc, published)
    verb, infinitive = (t for t in doc if t.pos_ == "VERB")
    span = (0, len(text))
    assert dater.date(verb.idx, span, clause=clause_spans(verb)) == (
        date(2025, 2, 10),
        DatePrecision.DAY,
        DateSource.PUBLISHED_AT,
    )
    ahead = dater.date(infinitive.idx, span, clause=clause_spans(infinitive), happened=False)
    assert ahead is not None and ahead[0] > published.date()


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Farmers blocked the highway on Monday.\n"
            "As they tried to storm the ministry, police fired water cannon.",
            "storm",
            date(2025, 1, 20),
        ),
        (
            "A judge convicted the activist on Monday.\n"
            "Her lawyer announced she intended to appeal the verdict.",
            "appeal",
            date(2025, 1, 20),
        ),
        (
            "Rebels attacked the border town on Sunday.\nThe army sent troops to defend it.",
            "defend",
            date(2025, 1, 19),
        ),
    ],
)
def test_an_infinitive_of_a_past_verb_is_dated_at_that_verb_s_time(
    text: str, trigger: str, expected: date
) -> None:
    # the attempt or the intent is the past verb's, on the day the story told, not the
    # publication's; a present ("plans to sign") still tells how things stand at publication
    assert _dated(text, trigger).date == expected
    planned = "The minister met his Irish counterpart on Monday.\nHe plans to sign a fishing deal."
    assert _dated(planned, "sign").date == WEDNESDAY.date()
    # one a past perfect tells is background with it, not the publication's day
    assert _dating(_dated("The rebels had tried to seize the airport.", "seize")) == BACKGROUND


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The cabinet voted to lift the curfew on Saturday.", "lift", date(2025, 1, 18)),
        ("The senate voted to impeach the governor on Monday.", "impeach", date(2025, 1, 20)),
        # a plan's day is the act planned, still ahead: the plan is made on publication
        ("The rebels planned an attack on the army base on Saturday.", "planned", WEDNESDAY.date()),
    ],
)
def test_an_infinitive_told_as_done_reads_its_weekday_gone_by(
    text: str, trigger: str, expected: date
) -> None:
    # an act coded as done is never ahead: its bare weekday is the one just gone, not the
    # coming one the infinitive reads
    assert _dated(text, trigger).date == expected


def test_a_text_that_acts_is_dated_by_its_own_date() -> None:
    # a date before a text the act is done to names the text; one before the text that acts
    # tells when it began to act
    text = "A 2004 decree tightened the 1990 embargo on Haiti."
    doc = load_nlp()(text)
    verb = next(t for t in doc if t.lower_ == "tightened")
    assert EventDater(text, doc, WEDNESDAY).date(
        verb.idx, (0, len(text)), clause=clause_spans(verb)
    ) == (date(2004, 1, 1), DatePrecision.YEAR, DateSource.SENTENCE)


def test_a_noun_is_dated_by_its_own_modifier() -> None:
    # the date in the clause that modifies "ceremony" tells of the ceremony, not of "disrupted"
    text = "Protesters disrupted the ceremony held in Vilnius on Saturday."
    doc = load_nlp()(text)
    dater = EventDater(text, doc, WEDNESDAY)
    ceremony, disrupted = (next(t for t in doc if t.text == w) for w in ("ceremony", "disrupted"))
    dating = {t.text: dater.date(t.idx, (0, len(text)), clause=clause_spans(t)) for t in doc}
    assert dating[ceremony.text] == (date(2025, 1, 18), DatePrecision.DAY, DateSource.SENTENCE)
    assert dating[disrupted.text] == (
        date(2025, 1, 22),
        DatePrecision.DAY,
        DateSource.PUBLISHED_AT,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Militants killed two soldiers and wounded six in an ambush that took place on Dec. 27.",
        "Four policemen were killed and nine were injured in a blast that happened on Dec. 27.",
    ],
)
def test_an_act_is_dated_by_the_clause_of_its_occasion(text: str) -> None:
    # the ambush, the blast is when both coordinated acts happened
    for event in _events(text):
        assert event.date == date(2024, 12, 27)


# (text, trigger, expected): an act that goes on from the verb of a clause modifying a noun, by
# a participle or a conjunct, is told in that clause and dated by its time, not by the time of
# the clause around the noun, which keeps its own.
MODIFIER_CLAUSE_ACTS = [
    (
        "Al-Shabaab, which stormed a hotel in Mogadishu in 2017, killing 20 people, attacked a"
        " police station on Tuesday.",
        "killing",
        date(2017, 1, 1),
    ),
    (
        "The army, which seized the town in March, arresting dozens of activists, withdrew on"
        " Tuesday.",
        "arresting",
        date(2024, 3, 1),
    ),
    (
        "The rebels, who attacked the base in 2015 and killed 30 soldiers, signed a truce on"
        " Monday.",
        "killed",
        date(2015, 1, 1),
    ),
    (
        "The army, which seized the town in March, arresting dozens of activists, withdrew on"
        " Tuesday.",
        "withdrew",
        date(2025, 1, 21),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), MODIFIER_CLAUSE_ACTS)
def test_an_act_going_on_from_a_noun_modifier_is_dated_by_it(
    text: str, trigger: str, expected: date
) -> None:
    assert _dated(text, trigger).date == expected


# (text, trigger, expected): a meeting an act came for ("met for a summit") or was done at,
# where the parse hangs it on the act's object ("condemned the coup at the summit"), is its
# occasion: the clause on the meeting dates the act, "on" and a day too where the parse reads
# the day as a noun's modifier ("where on Sunday leaders signed"); what a verb asks for is not.
MEETING_OCCASIONS = [
    (
        "The ministers met for a summit where on Sunday leaders signed a trade pact.",
        "met",
        date(2025, 1, 19),
    ),
    (
        "Delegates gathered in Kampala for a summit where, on Sunday, they signed a truce.",
        "gathered",
        date(2025, 1, 19),
    ),
    (
        "Macron criticised the decision at the G7 summit, which opened on Sunday.",
        "criticised",
        date(2025, 1, 19),
    ),
    ("The opposition called for talks that would begin on Monday.", "called", date(2025, 1, 22)),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), MEETING_OCCASIONS)
def test_a_meeting_the_act_came_for_or_was_done_at_dates_it(
    text: str, trigger: str, expected: date
) -> None:
    assert _dated(text, trigger).date == expected


def test_a_report_is_not_dated_by_what_it_reports() -> None:
    text = "The ministry said the convoy crossed the border on Monday."
    doc = load_nlp()(text)
    dater = EventDater(text, doc, WEDNESDAY)
    said, crossed = (next(t for t in doc if t.text == word) for word in ("said", "crossed"))
    dating = {
        t.text: dater.date(t.idx, (0, len(text)), clause=clause_spans(t)) for t in (said, crossed)
    }
    assert dating == {
        "crossed": (date(2025, 1, 20), DatePrecision.DAY, DateSource.SENTENCE),
        "said": (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    }


# (text, trigger, expected): the day a report of another's act was made (WEDNESDAY's Monday,
# January 20) bounds the act, which may have been days before: the report's week dates it; a
# speaker telling its own act tells it on that day.
REPORT_DAYS = [
    (
        "A Moldovan judge was shot outside her home, the Chisinau daily Ziarul reported on"
        " Tuesday.",
        "shot",
        (date(2025, 1, 20), DatePrecision.WEEK, DateSource.SENTENCE),
    ),
    (
        "It was reported on Tuesday that Sudanese troops had burned two villages in Darfur.",
        "burned",
        (date(2025, 1, 20), DatePrecision.WEEK, DateSource.SENTENCE),
    ),
    (
        "Gunmen kidnapped three engineers in Zamfara, the Nigerian army said on Tuesday.",
        "kidnapped",
        (date(2025, 1, 20), DatePrecision.WEEK, DateSource.SENTENCE),
    ),
    # the clauses joined to the reported one, each with a doer of its own, are reported too
    (
        "A journalist was beaten in Grodno while two students were detained, the Belarusian"
        " agency said on Tuesday.",
        "detained",
        (date(2025, 1, 20), DatePrecision.WEEK, DateSource.SENTENCE),
    ),
    (
        "A border guard was killed when gunmen attacked a checkpoint near Tacna, Peruvian police"
        " reported on Tuesday.",
        "attacked",
        (date(2025, 1, 20), DatePrecision.WEEK, DateSource.SENTENCE),
    ),
    (
        "The mayor of Bunia was shot dead and militiamen kidnapped his driver, Radio Okapi"
        " reported on Tuesday.",
        "kidnapped",
        (date(2025, 1, 20), DatePrecision.WEEK, DateSource.SENTENCE),
    ),
    # ... but a speaker's own act joined to it is told on that day
    (
        "A gunman opened fire on a bus in Kandahar and police arrested him, the Kandahar police"
        " said on Tuesday.",
        "arrested",
        (date(2025, 1, 21), DatePrecision.DAY, DateSource.SENTENCE),
    ),
    # the report's day, the last its paragraph told, bounds the acts told after it too
    (
        "A Moldovan judge was shot outside her home, the daily Ziarul reported on Tuesday."
        " Police arrested two suspects.",
        "arrested",
        (date(2025, 1, 20), DatePrecision.WEEK, DateSource.PARAGRAPH),
    ),
    # ... but not a saying, told on the report's occasion
    (
        "A Moldovan judge was shot outside her home, the daily Ziarul reported on Tuesday."
        " The interior minister announced an inquiry into the police.",
        "announced",
        (date(2025, 1, 21), DatePrecision.DAY, DateSource.PARAGRAPH),
    ),
    # ... nor where the speaker tells its own act there
    (
        "Peruvian police said on Tuesday that a judge was shot in Cusco. They arrested two"
        " suspects.",
        "arrested",
        (date(2025, 1, 21), DatePrecision.DAY, DateSource.PARAGRAPH),
    ),
    # a report on a Monday: its week holds no earlier day, the day is as true and sharper
    (
        "Gunmen kidnapped three engineers in Zamfara, the Nigerian army said on Monday.",
        "kidnapped",
        (date(2025, 1, 20), DatePrecision.DAY, DateSource.SENTENCE),
    ),
    # a present perfect is told from the time of its report, as from publication's unreported
    (
        "State television reported on Tuesday that Ethiopia has expelled two Kenyan diplomats.",
        "expelled",
        (date(2025, 1, 21), DatePrecision.DAY, DateSource.SENTENCE),
    ),
    (
        "Peruvian police said on Tuesday they had detained the mayor of Cusco.",
        "detained",
        (date(2025, 1, 21), DatePrecision.DAY, DateSource.SENTENCE),
    ),
    (
        "Chilean prosecutors charged two army officers with torture, they said on Tuesday.",
        "charged",
        (date(2025, 1, 21), DatePrecision.DAY, DateSource.SENTENCE),
    ),
    # a promise of another's act is made on the day it is told
    (
        "On Tuesday, the Kenyan president announced that his government will withdraw the tax"
        " bill.",
        "withdraw",
        (date(2025, 1, 21), DatePrecision.DAY, DateSource.SENTENCE),
    ),
    # ... "would" tells it as a promise in the report's past: made on that day too
    (
        "On Tuesday, the Kenyan president announced that his government would withdraw the tax"
        " bill.",
        "withdraw",
        (date(2025, 1, 21), DatePrecision.DAY, DateSource.SENTENCE),
    ),
    (
        "Late on Sunday, the Ghanaian president announced that his troops would withdraw from"
        " Mali.",
        "withdraw",
        (date(2025, 1, 19), DatePrecision.DAY, DateSource.SENTENCE),
    ),
    # ... as the story dates that report where its sentence has no time
    (
        "On Monday, protesters stormed the governor's office in Kano.\n\nThe governor announced"
        " he would resign.",
        "resign",
        (date(2025, 1, 20), DatePrecision.DAY, DateSource.DISCOURSE),
    ),
    (
        "On Monday, rebels shelled the port of Kismayo.\n\nThe minister said Kenya will"
        " withdraw its troops from Somalia.",
        "withdraw",
        (date(2025, 1, 20), DatePrecision.DAY, DateSource.DISCOURSE),
    ),
    # one told in the present is made at publication
    (
        "On Monday, protesters stormed the governor's office in Kano.\n\nThe governor says he"
        " will resign.",
        "resign",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Kenya's foreign ministry said on Monday it would expel two Ugandan diplomats.", "expel"),
        ("Kenya's defence ministry said on Monday it will send troops to Haiti.", "send"),
        ("The Yemeni army said on Monday it would investigate the air strike.", "investigate"),
    ],
)
def test_a_day_told_before_a_complement_s_subject_is_the_day_of_the_saying(
    text: str, trigger: str
) -> None:
    # the parse hangs "on Monday" on the complement's verb, ahead; it is when the words were
    # said, and the promise or plan was made then
    assert _dating(_dated(text, trigger)) == (
        date(2025, 1, 20),
        DatePrecision.DAY,
        DateSource.SENTENCE,
    )


_DEPOT = (
    "Israeli jets bombed a Houthi base in Hodeidah on January 3.\n\nOn Tuesday the Houthis held"
    " a rally in Sanaa.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "verb", "event_type", "expected"),
    [
        # an act done by or in an act of its own type told before is part of it: its day
        (
            "Two Houthi commanders were killed in the bombing, Israel's army said.",
            "killed",
            EventType.ASSAULT,
            (date(2025, 1, 3), DatePrecision.DAY, DateSource.DISCOURSE),
        ),
        (
            "The bombing killed a senior Houthi commander, Israel's army said.",
            "killed",
            EventType.ASSAULT,
            (date(2025, 1, 3), DatePrecision.DAY, DateSource.DISCOURSE),
        ),
        # not an act of another type that the act drew: the day the story has reached
        (
            "The bombing was condemned by Iran's foreign ministry.",
            "condemned",
            EventType.ACCUSE,
            (date(2025, 1, 21), DatePrecision.DAY, DateSource.DISCOURSE),
        ),
    ],
)
def test_an_act_done_by_or_in_an_act_told_paragraphs_before_keeps_its_day(
    sentence: str,
    verb: str,
    event_type: EventType,
    expected: tuple[date, DatePrecision, DateSource],
) -> None:
    text = _DEPOT + sentence
    (doc,) = parse_texts([text])
    word = next(t for t in doc if t.text == verb)
    span = (word.sent.start_char, word.sent.end_char)
    dater = EventDater(text, doc, WEDNESDAY)
    dated = dater.date(word.idx, span, clause=clause_spans(word), event_type=event_type)
    assert dated == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an act done at or during an occasion told before happened in it: its day
        (
            "The candidates' first debate, held on January 9 in Accra, ran for two hours.\n\n"
            "At the debate, John Mahama accused the president of wasting public money.",
            "accused",
            (date(2025, 1, 9), DatePrecision.DAY, DateSource.DISCOURSE),
        ),
        (
            "Ministers met at the January 14 summit in Nairobi.\n\nOn Monday Kenya recalled its"
            " ambassador from Addis Ababa.\n\nDuring the summit, Kenya criticized Ethiopia's dam"
            " on the Nile.",
            "criticized",
            (date(2025, 1, 14), DatePrecision.DAY, DateSource.DISCOURSE),
        ),
        # a place is no occasion: the day the story has reached
        (
            "Rebels shelled the city of Goma on January 14.\n\nOn Monday the rebels took the"
            " airport.\n\nIn the city, Congolese soldiers arrested two journalists.",
            "arrested",
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.DISCOURSE),
        ),
    ],
)
def test_an_act_at_an_occasion_told_before_takes_its_day(
    text: str, trigger: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    assert _dating(_dated(text, trigger)) == expected


def test_that_same_time_is_the_last_time_told_even_one_the_story_goes_on_from_not() -> None:
    # the end of August dates an act told as earlier ("first"), so the story does not go on
    # from it; "around that same time" still points back to it, not to the story's Tuesday
    text = (
        "On Tuesday the envoy testified before a Senate committee.\n\nShe said she first"
        " discussed the aid freeze with Ukrainian officials at the end of August, after reports"
        ' that the aid had been paused.\n\n"I did not know that Rudy Giuliani was pressuring'
        ' Ukraine to open an investigation around that same time," she said.'
    )
    published = datetime(2019, 11, 20, 10, 0, tzinfo=UTC)
    assert _dating(_dated(text, "pressuring", published)) == (
        date(2019, 8, 1),
        DatePrecision.MONTH,
        DateSource.SENTENCE,
    )


def test_at_the_time_after_a_day_told_is_only_that_day_s_month() -> None:
    # the day told last may be another act's (the primaries'), not the one "at the time" means
    text = (
        "Kenyan senator Amina Wako quit the presidential race in early March, after she lost the"
        " six primaries of Super Tuesday, March 3. She endorsed William Ruto at the time."
    )
    published = datetime(2020, 4, 16, 10, 0, tzinfo=UTC)
    assert _dating(_dated(text, "endorse", published)) == (
        date(2020, 3, 1),
        DatePrecision.MONTH,
        DateSource.SENTENCE,
    )


def test_an_act_of_the_kind_long_past_is_not_the_act_told() -> None:
    text = (
        "In 2023, Houthi militants attacked a Saudi army post in Jizan.\n\nOn Tuesday the"
        " Houthis held a rally in Sanaa.\n\nThe attack wounded two Saudi soldiers."
    )
    (doc,) = parse_texts([text])
    word = next(t for t in doc if t.text == "wounded")
    span = (word.sent.start_char, word.sent.end_char)
    dated = EventDater(text, doc, WEDNESDAY).date(
        word.idx, span, clause=clause_spans(word), event_type=EventType.ASSAULT
    )
    assert dated == (date(2025, 1, 21), DatePrecision.DAY, DateSource.DISCOURSE)


@pytest.mark.parametrize(("text", "trigger", "expected"), REPORT_DAYS)
def test_the_day_of_a_report_bounds_another_s_act_it_tells(
    text: str, trigger: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    assert _dating(_dated(text, trigger)) == expected


@pytest.mark.parametrize(
    ("reported", "direct", "trigger"),
    [
        (
            "Kenyan officials said the militants had ambushed a police patrol.",
            "Kenyan officials said the militants ambushed a police patrol.",
            "ambushed",
        ),
        (
            "Students marched in Accra on Tuesday. Their union said police had detained dozens.",
            "Students marched in Accra on Tuesday. Their union said police detained dozens.",
            "detained",
        ),
        (
            "The militants had attacked the base, the Nigerian army said.",
            "The militants attacked the base, the Nigerian army said.",
            "attacked",
        ),
        # news learned or breaking moves it back alike
        (
            "Fishermen in the harbour learned that the coast guard had detained their captain.",
            "Fishermen in the harbour learned that the coast guard detained their captain.",
            "detained",
        ),
        (
            "As news broke that rebels had ambushed a convoy, the governor cut short her visit.",
            "As news broke that rebels ambushed a convoy, the governor cut short her visit.",
            "ambushed",
        ),
    ],
)
def test_a_past_perfect_in_reported_speech_is_dated_as_the_simple_past_it_stands_for(
    reported: str, direct: str, trigger: str
) -> None:
    # reported speech moves the speaker's simple past into the past perfect: as recent an act
    dating = _dating(_dated(reported, trigger))
    assert dating == _dating(_dated(direct, trigger))
    assert dating[1] is DatePrecision.DAY


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # told as earlier or lasting, it is background still
        (
            "Ghana's opposition said the government had previously rejected talks with them.",
            "rejected",
            (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
        ),
        # a report in the present tells no backshift: the past perfect is before its time
        (
            "The Nigerian army says the militants had attacked the base.",
            "attacked",
            (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
        ),
        # in quoted words the past perfect is the speaker's own
        (
            '"The militants had attacked the base," the Nigerian general said.',
            "attacked",
            (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
        ),
        # a time of its own dates it
        (
            "The Nigerian army said the militants had attacked the base in 2019.",
            "attacked",
            (date(2019, 1, 1), DatePrecision.YEAR, DateSource.SENTENCE),
        ),
    ],
)
def test_a_past_perfect_reported_as_earlier_stays_background(
    text: str, trigger: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    assert _dating(_dated(text, trigger)) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the time of the verb it completes is the one the act came before, by an untold
        # stretch: the smallest period that holds it and the day before it
        (
            "On Tuesday the army conceded that its artillery had shelled a border village.",
            "shelled",
            (date(2025, 1, 20), DatePrecision.WEEK, DateSource.SENTENCE),
        ),
        (
            "The ministry admitted on Monday that police had detained two reporters.",
            "detained",
            (date(2025, 1, 1), DatePrecision.MONTH, DateSource.SENTENCE),
        ),
        # with no time told, background
        (
            "The army conceded that its artillery had shelled a border village.",
            "shelled",
            (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
        ),
        # not a participle the parse hangs on it: the act of the verb completed, often
        (
            "On Tuesday the army conceded that its artillery had shelled a border village,"
            " blaming faulty maps supplied by Ukraine.",
            "blaming",
            (date(2025, 1, 21), DatePrecision.DAY, DateSource.SENTENCE),
        ),
        # a time of its own clause still dates it
        (
            "On Tuesday the army conceded that its artillery had shelled the village on Sunday.",
            "shelled",
            (date(2025, 1, 19), DatePrecision.DAY, DateSource.SENTENCE),
        ),
    ],
)
def test_a_past_perfect_completing_a_dated_verb_is_not_dated_by_that_verb_s_time(
    text: str, trigger: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    assert _dating(_dated(text, trigger)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan opposition called for an investigation into the killings of 3 January.",
        "Human rights groups demanded an inquiry into the arrests of 14 January.",
        "Kenyan lawyers demanded an inquiry into the shooting of students on 12 January.",
    ],
)
def test_a_date_of_an_act_in_another_noun_s_phrase_does_not_date_the_event(text: str) -> None:
    # the date is the killings', arrests', shooting's: the demand came later, on no day told
    (event,) = [e for e in _events(text) if e.type is EventType.REQUEST]
    assert _dating(event) == (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT)


def test_a_date_of_an_act_in_another_noun_s_phrase_still_dates_that_act() -> None:
    text = "Kenyan lawyers demanded an inquiry into the shooting of students on 12 January."
    assert _dating(_dated(text, "shooting")) == (
        date(2025, 1, 12),
        DatePrecision.DAY,
        DateSource.SENTENCE,
    )


_STORY = "Kenyan police arrested two journalists on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a report told as before the story tells an act before it too: background
        (
            _STORY + "Reuters had reported that the army detained a reporter in Garissa.",
            (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
        ),
        (
            _STORY + "Reuters previously reported that the army detained a reporter in Garissa.",
            (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
        ),
        # a time of its own still dates it; a report of the story's time keeps the story's day
        (
            _STORY + "Reuters had reported that the army detained a reporter in May.",
            (date(2024, 5, 1), DatePrecision.MONTH, DateSource.SENTENCE),
        ),
        (
            _STORY + "Reuters reported that the army detained a reporter in Garissa.",
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.PARAGRAPH),
        ),
    ],
)
def test_an_act_a_report_before_the_story_tells_is_background(
    text: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    assert _dating(_dated(text, "detained")) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a deed the news came after was before it by an untold stretch: background
        "Kenya recalled its envoy on Monday after the Ugandan bombardment of Kenyan soldiers.",
        "Kenya recalled its envoy on Monday following Ugandan raids on Kenyan soldiers.",
    ],
)
def test_a_deed_the_news_came_after_is_background(text: str) -> None:
    (event,) = [e for e in _events(text) if e.type is EventType.ASSAULT]
    assert _dating(event) == (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an act a clause tells the news came after, or of, was before it by an untold
        # stretch: background, not the day of the act it hangs on nor the story's
        (
            "The border between Niger and Chad is closed because the two governments could not"
            " agree on a treaty.",
            "agree",
            (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
        ),
        (
            "Senegal expelled the French envoy on Monday because of the raid on its embassy.",
            "raid",
            (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
        ),
        (
            "Mali closed the border with Niger on Monday in retaliation for the attack on its"
            " soldiers.",
            "attack",
            (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
        ),
        (
            "In response to a complaint by the opposition, the Supreme Court of Kenya annulled"
            " the election on Monday.",
            "complaint",
            (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
        ),
        # the act it hangs on keeps its day
        (
            "Senegal expelled the French envoy on Monday because of the raid on its embassy.",
            "expelled",
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.SENTENCE),
        ),
        # a time of its own dates it, read in the story ("Sunday" before the Monday told)
        (
            "Police arrested the mayor of Kano on Monday after he attacked a journalist on Sunday.",
            "attacked",
            (date(2025, 1, 19), DatePrecision.DAY, DateSource.SENTENCE),
        ),
        # one in the present tells how things stand: it keeps its day
        (
            "Kenya will not extradite the general because the court forbids it.",
            "forbids",
            (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
        ),
        # a stretch told before it ("hours after") dates it from that act
        (
            "Hours after the army freed two rebels, the rebels released four hostages on Tuesday.",
            "freed",
            (date(2025, 1, 21), DatePrecision.DAY, DateSource.SENTENCE),
        ),
    ],
)
def test_an_act_the_news_came_after_or_of_is_background(
    text: str, trigger: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    assert _dating(_dated(text, trigger)) == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # "the attack" is the one told before: dated as that sentence dates it
        ("The attack killed 12 people.", (date(2024, 12, 30), DateSource.DISCOURSE)),
        ("Its attack killed 12 people.", (date(2024, 12, 30), DateSource.DISCOURSE)),
        # "another attack" is not: no date of its own, told after a day three weeks back: that
        # day's year, not the publication's day
        ("Another attack killed 12 people.", (date(2024, 1, 1), DateSource.DISCOURSE)),
    ],
)
def test_a_definite_event_noun_is_the_event_told_before(
    second: str, expected: tuple[date, DateSource]
) -> None:
    text = f"Gunmen launched an attack on a market in Kano on December 30.\n{second}"
    doc = load_nlp()(text)
    attack = doc[[t.text for t in doc].index("attack", 8)]
    sentence = (attack.sent.start_char, attack.sent.end_char)
    dated = EventDater(text, doc, WEDNESDAY).date(attack.idx, sentence, clause=clause_spans(attack))
    assert dated is not None
    assert (dated[0], dated[2]) == expected


def test_a_gerund_is_the_event_its_verb_told() -> None:
    text = "Soldiers shot three protesters in Kano on December 30.\nThe shooting drew protests."
    doc = load_nlp()(text)
    shooting = next(t for t in doc if t.text == "shooting")
    sentence = (shooting.sent.start_char, shooting.sent.end_char)
    dated = EventDater(text, doc, WEDNESDAY).date(
        shooting.idx, sentence, clause=clause_spans(shooting)
    )
    assert dated == (date(2024, 12, 30), DatePrecision.DAY, DateSource.DISCOURSE)


def test_an_act_conceded_as_known_is_the_act_told_before() -> None:
    text = (
        "Iran seized a British tanker on January 4.\nThe strait is busy.\n"
        "Although Iran seized the tanker, Britain kept its envoy in Tehran.\n"
        "Although Russia seized a ship, the talks went on."
    )
    doc = load_nlp()(text)
    dater = EventDater(text, doc, WEDNESDAY)
    iran, russia = [
        dater.date(t.idx, (t.sent.start_char, t.sent.end_char), clause=clause_spans(t))
        for t in doc
        if t.text == "seized" and t.sent.start > 0
    ]
    # the same verb with the same subject: the seizure told on January 4 (in the article, that
    # act told again: one event)
    assert iran == (date(2025, 1, 4), DatePrecision.DAY, DateSource.DISCOURSE)
    # another subject's act is not that one
    assert russia is not None and russia[0] != date(2025, 1, 4)


def test_a_word_without_a_verb_is_dated_by_the_publication_date() -> None:
    # A headline's noun climbs to a noun root: no tense, and no endless climb.
    text = "Fresh talks with Iran\nThe talks were held in Oman in 2019."
    doc = load_nlp()(text)
    dater = EventDater(text, doc, WEDNESDAY)
    talks = doc[1]
    dated = dater.date(talks.idx, (0, text.index("\n")), clause=[(talks.idx, talks.idx + 5)])
    assert dated == (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT)


# (text, expected dating of the second act): an act told in the past with no date of its own
# happened on the last day the story told, if that day is recent; after an older day, in that
# day's year (how long after is unknown), never on the publication's day.
STORY = [
    (
        "Serbia expelled a Croatian diplomat on Monday.\nCroatia recalled its ambassador.",
        (date(2025, 1, 20), DatePrecision.DAY, DateSource.DISCOURSE),
    ),
    (
        "Serbia expelled a Croatian diplomat on 3 March 2024.\nCroatia recalled its ambassador.",
        (date(2024, 1, 1), DatePrecision.YEAR, DateSource.DISCOURSE),
    ),
    (
        "In May the army shelled Kherson.\nUkraine recalled its ambassador.",
        (date(2024, 1, 1), DatePrecision.YEAR, DateSource.DISCOURSE),
    ),
    # an older time told in quoted words is the speaker's past: the narration stays on its day
    (
        'Serbia expelled a Croatian diplomat on Monday.\n"We have not forgotten the attack on'
        ' 3 March 2024," the Serbian president said.\nCroatia recalled its ambassador.',
        (date(2025, 1, 20), DatePrecision.DAY, DateSource.DISCOURSE),
    ),
    # a day still ahead is not where the story is: the day told before it is
    (
        "Serbia closed the border on Monday. Its vote will be held on 2 June.\nCroatia recalled"
        " its ambassador.",
        (date(2025, 1, 20), DatePrecision.DAY, DateSource.DISCOURSE),
    ),
    # a clock time names its day as a date does ("local time" between them)
    (
        "At 4:15 p.m. local time on Monday, Serbia expelled a Croatian diplomat.\nCroatia"
        " recalled its ambassador.",
        (date(2025, 1, 20), DatePrecision.DAY, DateSource.DISCOURSE),
    ),
    # a part of a day does not move the story ("last night" in a quote is the speaker's)
    (
        "Serbia expelled a Croatian diplomat last night.\nCroatia recalled its ambassador.",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
    # ... but a part of a day it names does, as the day would
    (
        "Serbia expelled a Croatian diplomat on Monday evening.\n\nCroatia recalled its"
        " ambassador.",
        (date(2025, 1, 20), DatePrecision.DAY, DateSource.DISCOURSE),
    ),
    (
        "Yesterday afternoon the Serbian police detained two Croatian reporters near Novi Sad."
        "\n\nCroatia recalled its ambassador.",
        (date(2025, 1, 21), DatePrecision.DAY, DateSource.DISCOURSE),
    ),
    # the time of an act told as earlier does not, even where the parse hangs it on a noun
    (
        "On Tuesday, the Serbian president announced he had asked for Defence Minister Petar"
        " Ilic's resignation Sunday night.\n\nCroatia recalled its ambassador.",
        (date(2025, 1, 21), DatePrecision.DAY, DateSource.DISCOURSE),
    ),
    # a present perfect is told from the time of the report, not from the story's day
    (
        "Serbia expelled a Croatian diplomat on Monday.\nCroatia has recalled its ambassador.",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
    # ... in the paragraph that told the day too, where it has happened "since": told from now
    (
        "On Monday Serbia expelled a Croatian diplomat. Croatia has since recalled its ambassador.",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
    (
        "Last week Serbia closed two border crossings. Croatia has since recalled its ambassador.",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
    # without it, the present perfect of the paragraph's scene stays there
    (
        "On Monday Serbia expelled a Croatian diplomat. Croatia has recalled its ambassador.",
        (date(2025, 1, 20), DatePrecision.DAY, DateSource.PARAGRAPH),
    ),
    # ... and under a report told in the past, from that report's time: the story's day
    (
        "Serbia expelled a Croatian diplomat on Monday.\nZagreb said Croatia has recalled its"
        " ambassador.",
        (date(2025, 1, 20), DatePrecision.DAY, DateSource.DISCOURSE),
    ),
    (
        "Serbia expelled a Croatian diplomat on Monday.\nOfficials said the ambassador has been"
        " recalled from Belgrade.",
        (date(2025, 1, 20), DatePrecision.DAY, DateSource.DISCOURSE),
    ),
    # a report told in the present is told at publication
    (
        "Serbia expelled a Croatian diplomat on Monday.\nZagreb says Croatia has recalled its"
        " ambassador.",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
    # ... as is a verb coordinated under its auxiliary, though the tagger reads it as a past
    (
        "Serbia expelled a Croatian diplomat on Monday.\nCroatia has condemned the move and"
        " recalled its ambassador from Belgrade.",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
    (  # the parse hangs it on the participle after the perfect
        "Serbia expelled a Croatian diplomat on Monday.\nCroatia has condemned the move,"
        " summoning the Serbian envoy and recalled its ambassador.",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
    # ... and under a past perfect's, background to the story (no false day)
    (
        "Serbia expelled a Croatian diplomat on Monday.\nCroatia had condemned the move and"
        " recalled its ambassador from Belgrade.",
        (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
    ),
    # a date before a noun tells when that noun was, not the day the story has reached
    (
        "Serbia condemned Monday's attack on its embassy.\nCroatia recalled its ambassador.",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
    # a flashback that sets its scene frames its paragraph: a sentence that goes on from the
    # story's day (its actor) is back there; one that goes on from the flashback stays in it,
    # as does one with no sign either way (no false day)
    (
        "Croatia expelled a Serbian diplomat on Monday.\nOn 3 March 2024, Serbia expelled two"
        " Croatian envoys.\nCroatia recalled its ambassador.",
        (date(2025, 1, 20), DatePrecision.DAY, DateSource.DISCOURSE),
    ),
    (
        "Croatia expelled a Serbian diplomat on Monday.\nOn 3 March 2024, Serbia expelled two"
        " Croatian envoys.\nSerbia recalled its ambassador.",
        (date(2024, 1, 1), DatePrecision.YEAR, DateSource.DISCOURSE),
    ),
    (
        "Croatia expelled a Serbian diplomat on Monday.\nSerbia expelled two Croatian envoys on"
        " 3 March 2024.\nCroatia recalled its ambassador.",
        (date(2024, 1, 1), DatePrecision.YEAR, DateSource.DISCOURSE),
    ),
]


# (text, trigger, expected): a date its paragraph told before an event noun of the act's own
# type is the time of that act, told again by its verb; not of an act of another type.
SAME_TYPE_NOUN_DATES = [
    (
        "Sunday's protest in Mombasa drew thousands. Dockworkers marched to the port authority.",
        "marched",
        (date(2025, 1, 19), DatePrecision.DAY, DateSource.PARAGRAPH),
    ),
    (
        "The Jan. 18 bombing in Kabul killed 20. Taliban fighters attacked the ministry with a"
        " truck bomb.",
        "attacked",
        (date(2025, 1, 18), DatePrecision.DAY, DateSource.PARAGRAPH),
    ),
    (
        "Sunday's protest in Nairobi drew thousands. Police fired tear gas at the crowd.",
        "fired",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), SAME_TYPE_NOUN_DATES)
def test_a_date_of_a_noun_of_the_act_s_own_type_dates_the_act(
    text: str, trigger: str, expected: tuple[object, ...]
) -> None:
    assert _dating(_dated(text, trigger)) == expected


# (text, trigger, expected): the paragraph dates an act by the last date told before its
# sentence, the time the story has reached; a date told after it, or one before a noun ("the
# March 3 accord"), tells of something else. "Currently" is the day of the report.
PARAGRAPH = [
    (
        "Serbia closed the border on Monday. On Tuesday Croatia recalled its ambassador."
        " Serbian police arrested two Croatian journalists.",
        "arrested",
        (date(2025, 1, 21), DatePrecision.DAY, DateSource.PARAGRAPH),
    ),
    (
        "Serbian police arrested two Croatian journalists. The two states had already clashed"
        " over the border in 2019.",
        "arrested",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
    # ... nor does it move the story to its time: the arrest is news of the day
    (
        "Under the December 3 accord, Serbia and Croatia agreed on a border line. Serbian police"
        " arrested two Croatian journalists.",
        "arrested",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
    # nor does a time after a subject noun, which tells of that subject
    (
        "On Monday, Croatia recalled its ambassador. Its minister said Serbia's visit to the"
        " border last November was a provocation. Serbian police arrested two Croatian"
        " journalists.",
        "arrested",
        (date(2025, 1, 20), DatePrecision.DAY, DateSource.PARAGRAPH),
    ),
    (
        "In early January, Croatia recalled its ambassador. Reporters asked whether the"
        " general's trip to the border last October was approved. Serbian police later arrested"
        " two Croatian journalists.",
        "arrested",
        (date(2025, 1, 1), DatePrecision.MONTH, DateSource.PARAGRAPH),
    ),
    (
        "Croatia said on Friday that talks may resume. Serbian police currently detain two"
        " Croatian journalists.",
        "detain",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.SENTENCE),
    ),
    # only in the act's own clause: another clause's "currently" does not date it
    (
        "Serbia currently holds the presidency; in 2019 it was chosen after Croatia withdrew"
        " its candidacy.",
        "withdrew",
        (date(2019, 1, 1), DatePrecision.YEAR, DateSource.SENTENCE),
    ),
    # a date told after the dated verb, in a phrase under a preposition ("with the toll
    # rising"), tells of that phrase: the story goes on from the verb's day
    (
        "On Monday, Serbian police fired on protesters in Novi Sad, with the toll rising to"
        " nine on Tuesday. Officers arrested two Croatian journalists.",
        "arrested",
        (date(2025, 1, 20), DatePrecision.DAY, DateSource.PARAGRAPH),
    ),
    # so does a second date hung on the dated verb after its object, an event: the event's
    (
        "The European Union on Tuesday condemned the shelling of a Kharkiv hospital on Sunday."
        " Brussels summoned the Russian envoy.",
        "summoned",
        (date(2025, 1, 21), DatePrecision.DAY, DateSource.PARAGRAPH),
    ),
    (
        "Croatia recalled its ambassador on Monday, after protesting to Serbia on Saturday."
        " Serbian police arrested two Croatian journalists.",
        "arrested",
        (date(2025, 1, 20), DatePrecision.DAY, DateSource.PARAGRAPH),
    ),
    # the day of a report that is a source, after the day the story told, is when the acts
    # were told: the story stays on its day; the report's day alone is the story's
    (
        "On Friday, a gunman stabbed six people in a Belgrade market. By reports on Saturday,"
        " two of them died. Police shot the gunman.",
        "shot",
        (date(2025, 1, 17), DatePrecision.DAY, DateSource.PARAGRAPH),
    ),
    (
        "Serbian police arrested two Croatian journalists on Monday, according to officials on"
        " Tuesday. Croatia recalled its ambassador.",
        "recalled",
        (date(2025, 1, 20), DatePrecision.DAY, DateSource.PARAGRAPH),
    ),
    (
        "According to officials on Tuesday, Serbian police arrested two Croatian journalists."
        " Croatia recalled its ambassador.",
        "recalled",
        (date(2025, 1, 21), DatePrecision.DAY, DateSource.PARAGRAPH),
    ),
    # ... not one the verb's own words tell
    (
        "Croatia recalled its ambassador on Monday. On Tuesday, Serbia expelled two Croatian"
        " envoys. Serbian police arrested two Croatian journalists.",
        "arrested",
        (date(2025, 1, 21), DatePrecision.DAY, DateSource.PARAGRAPH),
    ),
    # the time of an act told as background, in the past perfect or in a clause on a noun,
    # is when that act was, not a time the story goes on from; a report of an act in the
    # simple past tells the story's own time
    (
        "The Croatian minister said Serbia had closed the border in November. Croatia recalled"
        " its ambassador.",
        "recalled",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
    (
        "Croatia condemned the blockade, which Serbian farmers began on Monday. Croatia"
        " recalled its ambassador.",
        "recalled",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
    (
        "Croatia said Serbia closed the border on Monday. Croatia recalled its ambassador.",
        "recalled",
        (date(2025, 1, 20), DatePrecision.DAY, DateSource.PARAGRAPH),
    ),
    # a participle's clause opening its sentence tells of the subject after it, as a clause
    # on a noun does, even one the tagger reads as a past ("announced")
    (
        "Police arrested 40 protesters in Lagos on Monday. First proposed in March, the law"
        " bans masks at rallies. The opposition condemned the arrests.",
        "condemned",
        (date(2025, 1, 20), DatePrecision.DAY, DateSource.PARAGRAPH),
    ),
    (
        "First announced on January 6, the plan would cut the army by half. The defence"
        " minister criticised the cuts.",
        "criticised",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
    # the time of an event told of another noun ("a transcript of a call in May") is that
    # event's, not a time the story reaches; the same phrase on the verb is
    (
        "The newspaper obtained a transcript of a phone call between the two presidents in"
        " late May. The opposition demanded an inquiry.",
        "demanded",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
    (
        "Senators asked for details of an attack on a convoy in early April. They also"
        " summoned the army chief.",
        "summoned",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
    (
        "Senators questioned the army chief in early April. They also summoned the defence"
        " minister.",
        "summoned",
        (date(2024, 4, 1), DatePrecision.MONTH, DateSource.PARAGRAPH),
    ),
    # a present perfect is told from now: a month or year told before that has ended is a
    # time it came after, not its own; one that holds the publication still is
    (
        "In November, the army shelled the port. The rebels have seized two towns.",
        "seized",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
    (
        "Last autumn, Serbia expelled a Croatian diplomat. Croatia has recalled its ambassador.",
        "recalled",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
    (
        "In January, Serbia expelled a Croatian diplomat. Croatia has recalled its ambassador.",
        "recalled",
        (date(2025, 1, 1), DatePrecision.MONTH, DateSource.PARAGRAPH),
    ),
    (
        "In November, the army shelled the port. The rebels seized two towns.",
        "seized",
        (date(2024, 11, 1), DatePrecision.MONTH, DateSource.PARAGRAPH),
    ),
]


# (text, trigger, expected): a date long past told after its sentence's verb is an aside that
# dates only its sentence, unless the next one goes on from it ("later"); one opening its
# sentence sets the time told for the sentences that go on from it (the same subject, a
# pronoun, "then"), not for another actor's act, which took place then or since: the
# publication's year, not its day; either dates only acts told in the past.
LONG_PAST = [
    (
        "Rebel fighters seized the port in 2016. Government troops attacked the rebels there.",
        "attacked",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
    (
        "Rebel fighters seized the port in 2016. Government troops later attacked the rebels"
        " there.",
        "attacked",
        (date(2016, 1, 1), DatePrecision.YEAR, DateSource.PARAGRAPH),
    ),
    (
        "In 2016, rebel fighters seized the port. Government troops attacked the rebels there.",
        "attacked",
        (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
    ),
    (
        "In 2016, rebel fighters seized the port. Government troops then attacked the rebels.",
        "attacked",
        (date(2016, 1, 1), DatePrecision.YEAR, DateSource.PARAGRAPH),
    ),
    (
        "In 2011, the general was arrested for corruption. He accused the minister of lying.",
        "accused",
        (date(2011, 1, 1), DatePrecision.YEAR, DateSource.PARAGRAPH),
    ),
    (
        "In 2011, police arrested the general. The general accused the minister of lying.",
        "accused",
        (date(2011, 1, 1), DatePrecision.YEAR, DateSource.PARAGRAPH),
    ),
    (
        "In 2011, the general was arrested for corruption. The president pardoned the general.",
        "pardoned",
        (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
    ),
    (
        "In March 2011, the general was arrested.\nThe president pardoned the general.",
        "pardoned",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
    (
        "In March 2015, the ceasefire was signed. The rebels are backed by Iran.",
        "backed",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
    (
        "In 2016, rebel fighters seized the port. The army has attacked the rebels there.",
        "attacked",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), LONG_PAST)
def test_a_date_long_past_dates_the_paragraph_only_where_the_story_goes_on_from_it(
    text: str, trigger: str, expected: tuple[object, ...]
) -> None:
    assert _dating(_dated(text, trigger)) == expected


# (text, trigger, expected): a decade or a century long gone dates an act as background (no
# period of a timeline holds it), in its own clause and in the sentences that go on from it; not
# the current decade, nor an act of another party after it, nor the news told after it.
ERAS = [
    ("In the 1990s, the junta expelled the Dutch ambassador.", "expelled", BACKGROUND),
    ("Britain seized the island in the 19th century.", "seized", BACKGROUND),
    ("Spanish troops invaded the island in the eighteenth century.", "invaded", BACKGROUND),
    (
        "In the 1980s, the army detained thousands. It also arrested the union leaders.",
        "arrested",
        BACKGROUND,
    ),
    (
        "Police arrested two men on Monday. In the '90s, the gang attacked a police station. They"
        " also killed a judge.",
        "killed",
        BACKGROUND,
    ),
    (
        "In the 1980s, the army detained thousands. Police arrested the union leaders.",
        "arrested",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
    (
        "In the 1990s, the junta expelled the Dutch ambassador. On Monday, police arrested the"
        " French envoy.",
        "arrested",
        (date(2025, 1, 20), DatePrecision.DAY, DateSource.SENTENCE),
    ),
    (
        "Rebels attacked the capital in the 2020s.",
        "attacked",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
]


# (text, trigger, expected): an act told in the era of an office-holder whose dated terms all
# ended before publication (the Phoenix roles) is background, unless its sentence dates it;
# not the era of one in office, nor a phrase that names no era.
OFFICE_ERAS = [
    ("Under Yeltsin, Russia sent troops to Chechnya.", "sent", BACKGROUND),
    ("During the Gorbachev era, the Soviet Union withdrew its troops.", "withdrew", BACKGROUND),
    (
        "Washington imposed sanctions on Cuba during the Obama administration.",
        "imposed",
        BACKGROUND,
    ),
    (
        "Under Boris Yeltsin, Russia sent troops to Chechnya in 1994.",
        "sent",
        (date(1994, 1, 1), DatePrecision.YEAR, DateSource.SENTENCE),
    ),
    (
        "Under pressure, Russia sent troops to Chechnya on Monday.",
        "sent",
        (date(2025, 1, 20), DatePrecision.DAY, DateSource.SENTENCE),
    ),
    # an era told as earlier or former, whoever held it
    (
        "Under the previous government, soldiers detained hundreds of students.",
        "detained",
        BACKGROUND,
    ),
    ("Under former president Mutharika, the army attacked strikers.", "attacked", BACKGROUND),
    ("During the former regime, police arrested dissidents in Tunis.", "arrested", BACKGROUND),
    # or whose holder is told as former
    (
        "Police charged a man on Monday. He said he was wrongfully imprisoned under the former"
        " ruling party's time in government.",
        "imprisoned",
        BACKGROUND,
    ),
    (
        "Police charged a man on Monday. He said he was jailed under the former mayor's rule.",
        "jailed",
        BACKGROUND,
    ),
    (
        "Under the new government, soldiers detained hundreds of students.",
        "detained",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
    # the era told on a verb is that of the verbs coordinated under it, sharing its subject
    (
        "Under Yeltsin, Russia sent troops to Chechnya and bombarded Grozny.",
        "bombarded",
        BACKGROUND,
    ),
    # a "when" clause tells a time of what it hangs on, in its era
    (
        "Under Yeltsin, when Russian troops attacked Grozny, the West said little.",
        "attacked",
        BACKGROUND,
    ),
    (
        "The envoys were silent during the Obama administration, when Washington declined to"
        " send arms to Ukraine.",
        "declined",
        BACKGROUND,
    ),
    (
        "Under Putin, when Russian troops attacked Grozny, the West said little.",
        "attacked",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
    # not of one with a subject of its own after it
    (
        "Russia sent troops to Chechnya under Yeltsin, and rebels attacked Grozny on Monday.",
        "attacked",
        (date(2025, 1, 20), DatePrecision.DAY, DateSource.SENTENCE),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), OFFICE_ERAS)
def test_an_act_in_the_era_of_a_past_office_holder_is_background(
    text: str, trigger: str, expected: tuple[object, ...]
) -> None:
    assert _dating(_dated(text, trigger)) == expected


# (text, trigger, expected): an act told over the whole span of a life or a history, named
# by its owner, is spread over years: background, whatever its tense (a present perfect over
# a history is a record, no event at all: test_event_modality); a time of its own still dates
# it, and a noun that only shares the word is no such span.
LIFESPANS = [
    (
        "In its history, the Brazilian Senate removed two presidents from office.",
        "removed",
        BACKGROUND,
    ),
    (
        "Only three Kenyan presidents were impeached in the history of the republic.",
        "impeached",
        BACKGROUND,
    ),
    ("In her career, the envoy has expelled two Iranian diplomats.", "expelled", BACKGROUND),
    ("During his campaign, the senator criticised the Chinese army.", "criticised", BACKGROUND),
    (
        "During his campaign, the senator criticised the Chinese army on Monday.",
        "criticised",
        (date(2025, 1, 20), DatePrecision.DAY, DateSource.SENTENCE),
    ),
    # a first in a history is one act, on its day
    (
        "For the first time in its history, the Peruvian Congress has removed a sitting"
        " president from office.",
        "removed",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
    (
        "Police detained 40 protesters in the history museum.",
        "detained",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
    (
        "Police have arrested 40 people in the capital.",
        "arrested",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), LIFESPANS)
def test_an_act_told_over_a_life_or_a_history_is_background(
    text: str, trigger: str, expected: tuple[object, ...]
) -> None:
    assert _dating(_dated(text, trigger)) == expected


def test_the_era_of_an_office_holder_still_in_office_is_no_background() -> None:
    # Obama's last dated term (2009-2015) covers a 2012 article: the news of its day
    text = "Under Obama, Washington imposed sanctions on Iran."
    published = datetime(2012, 3, 7, 9, 0, tzinfo=UTC)
    assert _dating(_dated(text, "imposed", published)) == (
        date(2012, 3, 7),
        DatePrecision.DAY,
        DateSource.PUBLISHED_AT,
    )


@pytest.mark.parametrize(("text", "trigger", "expected"), ERAS)
def test_a_decade_or_century_long_gone_makes_an_act_background(
    text: str, trigger: str, expected: tuple[object, ...]
) -> None:
    events = [e for e in _events(text) if text.find(e.trigger) == text.find(trigger)]
    assert [_dating(e) for e in events] == [expected]


# (text, trigger, expected): a month and day without a year, in a paragraph whose scene a year
# long past sets, are in that year; in the next paragraph the story is back in its present. One
# told in the past perfect lies before the last time its paragraph told, a bare year after its
# verb too; a simple past, or a time told in another paragraph, leaves it in the recent year.
SCENE_YEAR = [
    (
        "Kurdish rebels captured the town of Afrin in 2019. Turkish troops had shelled the"
        " rebels in March, officials said.",
        "shelled",
        (date(2019, 3, 1), DatePrecision.MONTH, DateSource.SENTENCE),
    ),
    (
        "the strike ended in 2018. the union had accused the labour ministry of fraud on may 4.",
        "accused",
        (date(2018, 5, 4), DatePrecision.DAY, DateSource.SENTENCE),
    ),
    (
        "In a 2017 interview, the colonel said Syrian troops had attacked the Kurdish rebels in"
        " August.",
        "attacked",
        (date(2017, 8, 1), DatePrecision.MONTH, DateSource.SENTENCE),
    ),
    (
        "Kurdish rebels captured the town of Afrin in 2019. Turkish troops shelled the rebels in"
        " March.",
        "shelled",
        (date(2024, 3, 1), DatePrecision.MONTH, DateSource.SENTENCE),
    ),
    (
        "Kurdish rebels captured the town of Afrin in 2019.\n\nTurkish troops had shelled the"
        " rebels in March, officials said on Monday.",
        "shelled",
        (date(2024, 3, 1), DatePrecision.MONTH, DateSource.SENTENCE),
    ),
    (
        "Kurdish rebels captured the town of Afrin in 2019. On Monday, the army said Turkish"
        " troops had shelled the rebels on Jan. 10.",
        "shelled",
        (date(2025, 1, 10), DatePrecision.DAY, DateSource.SENTENCE),
    ),
    (
        "In 2016, rebels seized the port. On March 3, the navy shelled the rebels there.",
        "shelled",
        (date(2016, 3, 3), DatePrecision.DAY, DateSource.SENTENCE),
    ),
    (
        "In 2016, rebels seized the port. They fought the army for a month.\n\nOn January 3,"
        " the navy shelled the rebels there.",
        "shelled",
        (date(2025, 1, 3), DatePrecision.DAY, DateSource.SENTENCE),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), SCENE_YEAR)
def test_a_month_and_day_are_in_the_year_of_the_scene_their_paragraph_sets(
    text: str, trigger: str, expected: tuple[object, ...]
) -> None:
    assert _dating(_dated(text, trigger)) == expected


def test_a_date_is_read_whole_where_a_noun_modifier_begins_inside_it() -> None:
    # the parse makes "2001 attacks" a modifier: the year still belongs to the date
    text = "Al-Qaeda hijackers attacked the Pentagon during the September 11, 2001 attacks."
    assert _dated(text, "attacked").date == date(2001, 9, 11)


@pytest.mark.parametrize(("text", "trigger", "expected"), PARAGRAPH)
def test_the_paragraph_dates_an_act_by_the_time_told_before_it(
    text: str, trigger: str, expected: tuple[object, ...]
) -> None:
    assert _dating(_dated(text, trigger)) == expected


@pytest.mark.parametrize(("text", "expected"), STORY)
def test_an_act_without_a_date_happened_when_the_story_is(
    text: str, expected: tuple[object, ...]
) -> None:
    assert _dating(_dated(text, "recalled")) == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Serbia expelled a Croatian diplomat on Monday.\nThe Croatian president posted a"
            " message blaming Serbia for the crisis.",
            "blaming",
        ),
        (
            "Serbia expelled a Croatian diplomat on Monday.\nCroatian officials issued a"
            " statement accusing Belgrade of provocation.",
            "accusing",
        ),
        # where the parse hangs the participle on the noun of a phrase after the argument, or
        # after the verb
        (
            "Serbia expelled a Croatian diplomat on Monday.\nThe Croatian president posted a"
            " statement on Twitter accusing Serbia of provocation.",
            "accusing",
        ),
        (
            "Serbia expelled a Croatian diplomat on Monday.\nThe Croatian ministry sent a note"
            " to the embassy protesting the expulsion.",
            "protesting",
        ),
    ],
)
def test_a_participle_on_a_verb_s_argument_is_told_in_that_verb_s_tense(
    text: str, trigger: str
) -> None:
    # the blaming is the posting, told in the past: the story's day, not the publication's
    assert _dating(_dated(text, trigger)) == (
        date(2025, 1, 20),
        DatePrecision.DAY,
        DateSource.DISCOURSE,
    )


def test_an_infinitive_reads_its_time_from_the_verb_it_completes() -> None:
    # "set to resume" lies ahead, though the noun's modifier is blanked and the main verb past
    text = "The attack appeared to undermine the peace process set to resume Monday in Geneva."
    doc = load_nlp()(text)
    dater = EventDater(text, doc, WEDNESDAY)
    (resume,) = [t for t in doc if t.text == "resume"]
    dated = dater.date(resume.idx, (0, len(text)), clause=clause_spans(resume), happened=False)
    assert dated == (date(2025, 1, 27), DatePrecision.DAY, DateSource.SENTENCE)


def test_a_date_misparsed_as_a_noun_modifier_still_dates_its_clause() -> None:
    # the parser makes "Friday" an apposition of "the Czech Republic"
    text = "Poland and the Czech Republic Friday formally joined the alliance in Missouri."
    events = _events(text)
    assert events
    assert all(e.date == date(2025, 1, 17) for e in events), [(e.trigger, e.date) for e in events]


@pytest.mark.parametrize(
    ("first_line", "expected"),
    [
        # company results: a calendar quarter told before, however far, makes "a year
        # earlier" that quarter a year back
        ("Acme earned $5 million in the fourth quarter.", (date(2023, 10, 1), "quarter")),
        # "a quarter of" a quantity is no calendar quarter
        ("Acme sold a quarter of its shops.", (date(2024, 1, 1), "year")),
    ],
)
def test_a_year_earlier_is_the_quarter_the_story_speaks_of(
    first_line: str, expected: tuple[date, str]
) -> None:
    text = first_line + "\nIts sales rose 8%.\nIts chief met investors.\nShares fell 2%.\n"
    text += "A year earlier, Acme lost $2 million."
    doc = load_nlp()(text)
    dater = EventDater(text, doc, WEDNESDAY)
    (lost,) = [t for t in doc if t.text == "lost"]
    sentence = (lost.sent.start_char, lost.sent.end_char)
    dated = dater.date(lost.idx, sentence, clause=clause_spans(lost))
    assert dated == (expected[0], DatePrecision(expected[1]), DateSource.SENTENCE)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # the base of a comparison is not the time of the act compared with it
        (
            "Exports to China fell to $2 billion from $3 billion a year earlier.",
            "fell",
            (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
        ),
        (
            "Rebel attacks were fewer than a year ago.",
            "attacks",
            (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
        ),
        # a time inside a "than" phrase or clause is that comparison's base
        (
            "Rebels staged more attacks in the north than in 2021.",
            "attacks",
            (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
        ),
        (
            "Rebels staged more attacks than there were in 2021.",
            "staged",
            (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
        ),
        (
            "Rebels staged more attacks in 2024 than they staged in 2021.",
            "attacks",
            (date(2024, 1, 1), DatePrecision.YEAR, DateSource.SENTENCE),
        ),
        # so it is in a clause that modifies a noun, which is read from the text itself
        (
            "Acme gained most in its mining unit, where profit rose to $9 million from $6"
            " million a year earlier.",
            "rose",
            (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
        ),
        # and the time hung on the verb right after the quantity a change went from
        (
            "The number of tourists to the island jumped from fewer than 5,000 in 2010 to"
            " more than 20,000 last year.",
            "jumped",
            (date(2024, 1, 1), DatePrecision.YEAR, DateSource.SENTENCE),
        ),
        # but it dates what is compared
        (
            "The army lost 40 men, compared with 90 losses a year earlier.",
            "losses",
            (date(2024, 1, 1), DatePrecision.YEAR, DateSource.SENTENCE),
        ),
    ],
)
def test_a_comparison_base_dates_only_what_is_compared(
    text: str, word: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    doc = load_nlp()(text)
    dater = EventDater(text, doc, WEDNESDAY)
    (token,) = [t for t in doc if t.text == word]
    sentence = (token.sent.start_char, token.sent.end_char)
    assert dater.date(token.idx, sentence, clause=clause_spans(token)) == expected


def test_a_present_participle_modifier_dates_the_act_it_goes_with() -> None:
    # "carrying rifles" happens with the kidnapping: the parser's attaching "in May 2023" to it
    # does not make the date a noun's own ("an envoy held since 2021" would)
    text = "The envoys were kidnapped by men carrying rifles in May 2023."
    doc = load_nlp()(text)
    dater = EventDater(text, doc, WEDNESDAY)
    (token,) = [t for t in doc if t.text == "kidnapped"]
    sentence = (token.sent.start_char, token.sent.end_char)
    dated = dater.date(token.idx, sentence, clause=clause_spans(token))
    assert dated == (date(2023, 5, 1), DatePrecision.MONTH, DateSource.SENTENCE)


@pytest.mark.parametrize(
    "text",
    [
        # the parse takes the participle for the root, with the tensed verb its conjunct
        "Farmers marched on the capital on Saturday.\n\nProtesters, carrying placards asking the"
        " government to release the detained leaders, marched from the university to"
        " parliament.",
        # as it does when the sentence is read right, the participle under the tensed verb
        "Farmers marched on the capital on Saturday.\n\nProtesters, carrying placards asking the"
        " government to revoke the farm law, marched from the station to parliament.",
    ],
)
def test_a_participle_on_the_subject_is_told_in_the_tense_of_its_sentence(text: str) -> None:
    # the banners' demand was carried at the march, on the day the story told, not on the
    # publication day
    assert _dating(_dated(text, "asking")) == (
        date(2025, 1, 18),
        DatePrecision.DAY,
        DateSource.DISCOURSE,
    )


def test_a_quoted_today_is_the_day_the_words_were_said() -> None:
    text = (
        "The Estonian president met the police chief on Monday.\n"
        'She said: "Today I ask every party to back the police."'
    )
    # Monday, not the publication's Wednesday
    assert _dating(_dated(text, "ask")) == (
        date(2025, 1, 20),
        DatePrecision.DAY,
        DateSource.SENTENCE,
    )


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the day before the Monday it was told on, not before the publication's Wednesday
        (
            '"We detained three smugglers yesterday," the Latvian border chief told reporters'
            " on Monday.",
            "detained",
            date(2025, 1, 19),
        ),
        # the night before Sunday
        (
            '"Our artillery shelled their trenches last night," the Chadian army said on Sunday.',
            "shelled",
            date(2025, 1, 18),
        ),
        # with no day told for the saying, the publication's day is the anchor still
        (
            '"We detained three smugglers yesterday," the Latvian border chief said.',
            "detained",
            date(2025, 1, 21),
        ),
    ],
)
def test_quoted_deixis_counts_from_the_day_told_after_the_quote(
    text: str, trigger: str, expected: date
) -> None:
    dated = _dated(text, trigger)
    assert (dated.date, dated.date_source) == (expected, DateSource.SENTENCE)


# (text, trigger, expected): a weekday in quoted words is the one on or before the day they
# were said (told in an earlier sentence or after the quotation), not the one before the
# publication's Wednesday; with no day of saying told, the publication's day counts.
QUOTED_WEEKDAYS = [
    (
        "The Moldovan interior minister spoke to reporters on Friday.\n"
        '"Our officers detained the smugglers on Monday," he said.',
        "detained",
        date(2025, 1, 13),
    ),
    (
        '"The rebels shelled the depot on Tuesday," the Malian army said on Saturday.',
        "shelled",
        date(2025, 1, 14),
    ),
    (
        "Ghana's opposition leader addressed supporters on Thursday.\n"
        '"Police arrested our agents on Thursday morning," she said.',
        "arrested",
        date(2025, 1, 16),
    ),
    (
        '"Our officers detained the smugglers on Monday," the minister said.',
        "detained",
        date(2025, 1, 20),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), QUOTED_WEEKDAYS)
def test_a_quoted_weekday_counts_from_the_day_the_words_were_said(
    text: str, trigger: str, expected: date
) -> None:
    dated = _dated(text, trigger)
    assert (dated.date, dated.date_source) == (expected, DateSource.SENTENCE)


def test_a_person_called_by_a_month_name_is_no_month() -> None:
    text = (
        "Chancellor Angela June met Polish leaders in Warsaw on Monday.\n"
        "Officials said that June asked Poland for more troops."
    )
    # the paragraph's Monday, not last June
    assert _dated(text, "asked").date == date(2025, 1, 20)
    # the month where no verb has the name as subject or object
    text = "Chancellor Angela June met Polish leaders.\nPoland rejected the plan in June."
    assert _dated(text, "rejected").date == date(2024, 6, 1)


def test_a_recent_act_is_not_dated_to_the_day_of_the_story() -> None:
    text = "Slovak police arrested two men on Monday.\nThe minister recently condemned the gangs."
    # before the story's Monday by an unknown stretch: the year of the report, never a day
    assert _dating(_dated(text, "condemned")) == (
        date(2025, 1, 1),
        DatePrecision.YEAR,
        DateSource.PUBLISHED_AT,
    )


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Slovak police arrested two men on Monday.\nThe minister previously condemned gangs.",
            "condemned",
        ),
        # told as repeated: on no one day
        (
            "Kosovo police arrested two Serbs on Monday.\nBelgrade has repeatedly condemned"
            " such arrests.",
            "condemned",
        ),
        (
            "Slovak police arrested two men on Monday.\nThe minister occasionally condemned"
            " the gangs.",
            "condemned",
        ),
        # "already": done before the time of telling, by an untold stretch; the day a report
        # of it was made is not its day
        (
            "Nepali police detained six students on Monday.\nA court in Patan has already"
            " convicted their teacher of sedition.",
            "convicted",
        ),
        (
            "The Bolivian ministry said on Monday that it has already expelled three Chilean"
            " diplomats.",
            "expelled",
        ),
        (
            "Rebels already attacked the convoy near Goma, a Congolese army spokesman said on"
            " Tuesday.",
            "attacked",
        ),
        # a bare "before" tells an earlier time, unlike "two days before"
        (
            "Nepali police detained six students on Monday.\nThe police attacked students before,"
            " but never in a school.",
            "attacked",
        ),
        # its occasion or its subject marked as earlier, not a title's former holder
        (
            "Kenyan police fired tear gas at protesters on Monday.\nTwo protesters were injured"
            " by police in an earlier clash.",
            "injured",
        ),
        (
            "Kenyan police fired tear gas at protesters on Monday.\nThe previous government"
            " signed a deal with the rebels.",
            "signed",
        ),
        # one of coordinated subjects, the earlier
        (
            "Kenyan police fired tear gas at protesters on Monday.\nThe president and the"
            " previous parliament rejected the treaty with Somalia.",
            "rejected",
        ),
        # spread over uncounted years (in the present perfect, a record, no event at all:
        # test_event_modality)
        (
            "Bolivian police detained the senator on Monday.\nOver the years, the senator"
            " accused three ministers of graft.",
            "accused",
        ),
        (
            "Chadian troops shelled the camp on Monday.\nFor decades, the rebels have raided"
            " villages near the border.",
            "raided",
        ),
        # a time ago of untold length: "years ago", as "recently"
        (
            "Police in Lagos arrested the preacher on Monday. A court in Abuja jailed him for fraud"
            " years ago.",
            "jailed",
        ),
        (
            "Chadian troops shelled the camp on Monday.\nThe rebels seized the camp from the"
            " army months ago.",
            "seized",
        ),
        # its occasion a period of someone's office: years, not the story's day
        (
            "Bolivian police detained the senator on Monday. During his time as interior"
            " minister, he expelled two Chilean diplomats.",
            "expelled",
        ),
        (
            "Guatemalan police arrested the former governor on Monday. In her second term, she"
            " pardoned forty soldiers.",
            "pardoned",
        ),
        # an active perfect in a clause that describes a party, whatever the date of the act
        # around it: what the party is known for
        (
            "Kenyan police fired tear gas at protesters on Monday.\nThe opposition, which has"
            " accused the police of torture, marched again on Tuesday.",
            "accused",
        ),
        (
            "Lima hosted the trade talks on Monday. Chile is one of Peru's fiercest critics and"
            " has accused Lima of stalling them.",
            "accused",
        ),
        # "long" before the verb: over untold years up to the time told
        ("Kenya has long accused Somalia of harbouring militants.", "accused"),
        ("The union has long demanded the resignation of the labour minister.", "demanded"),
    ],
)
def test_an_act_told_as_earlier_is_not_dated_to_the_day_of_the_story(
    text: str, trigger: str
) -> None:
    # "previously": before the story's time by an unknown stretch; the
    # publication's year, never a false day
    assert _dating(_dated(text, trigger)) == (
        date(2025, 1, 1),
        DatePrecision.YEAR,
        DateSource.PUBLISHED_AT,
    )


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a relative clause with a doer of its own on a text's noun: the act that made the
        # text, done before the text could be denounced
        (
            "On Tuesday Greece denounced the accord under which Ankara and Tripoli agreed on a"
            " maritime border.",
            "agreed",
            (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
        ),
        (
            "A Kenyan senator on Monday criticised the deal under which the president agreed to"
            " buy drones from Ankara.",
            "agreed",
            (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
        ),
        # its own time still dates it
        (
            "On Tuesday Greece denounced the accord under which Ankara and Tripoli agreed on a"
            " maritime border in November.",
            "agreed",
            (date(2024, 11, 1), DatePrecision.MONTH, DateSource.SENTENCE),
        ),
        # an act a phrase on a noun that describes a participant tells
        (
            "Rosa Campos, the victim of an attack by soldiers, was freed by the rebels on Tuesday.",
            "attack",
            (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
        ),
        (
            "On Monday the Kenyan interior minister, the target of a protest by farmers, resigned.",
            "protest",
            (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
        ),
        (
            "Omar Diallo, the suspect in a shooting of two protesters in August, was released"
            " by police in Dakar on Friday.",
            "shooting",
            (date(2024, 8, 1), DatePrecision.MONTH, DateSource.SENTENCE),
        ),
        # the act around them keeps its day
        (
            "On Monday the Kenyan interior minister, the target of a protest by farmers, resigned.",
            "resigned",
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.SENTENCE),
        ),
    ],
)
def test_an_act_a_description_tells_is_not_dated_by_the_act_around_it(
    text: str, trigger: str, expected: tuple[object, ...]
) -> None:
    assert _dating(_dated(text, trigger)) == expected


def test_an_act_ahead_under_a_text_is_not_background() -> None:
    text = "The cabinet on Monday approved a plan under which troops will withdraw from Gao."
    assert _dated(text, "withdraw").date_precision is DatePrecision.DAY


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Former Chilean foreign minister Ana Vela died on Monday.\nShe negotiated a trade"
            " accord with Argentina.",
            "negotiated",
        ),
        # a verb coordinated after the first, sharing its subject
        (
            "Kenyan opposition leader Joseph Otieno died on Monday in Nairobi.\nOtieno founded"
            " the party and criticised the police.",
            "criticised",
        ),
        # a death told as a killing
        (
            "Mexican reporter Rosa Campos was murdered on Monday in Veracruz.\nCampos criticised"
            " the state governor.",
            "criticised",
        ),
    ],
)
def test_a_dead_person_s_act_told_after_the_death_is_the_life_not_the_story_s_day(
    text: str, trigger: str
) -> None:
    # the dead do nothing: what the person did is before the death by an untold stretch
    assert _dating(_dated(text, trigger)) == (
        date(2025, 1, 1),
        DatePrecision.YEAR,
        DateSource.PUBLISHED_AT,
    )


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a charge before the conviction the story dates
        (
            "Senator Mark Hale was convicted of bribery by a Texas court on Monday.\nHale was"
            " charged with bribery and tax fraud.",
            "charged",
        ),
        # a conviction and a sentence before the pardon the story dates
        (
            "President Ruth Diaz pardoned the activist Omar Kaya on Tuesday.\nKaya was"
            " convicted of sedition.",
            "convicted",
        ),
        (
            "President Ruth Diaz pardoned the activist Omar Kaya on Tuesday.\nKaya was"
            " sentenced to nine years.",
            "sentenced",
        ),
    ],
)
def test_an_earlier_stage_of_a_legal_process_the_story_dates_is_background(
    text: str, trigger: str
) -> None:
    # arrest < charge < conviction and sentence < release: an earlier stage told with no
    # time of its own came before the later one, by an untold stretch, not on its day
    assert _dating(_dated(text, trigger)) == (
        date(2025, 1, 1),
        DatePrecision.YEAR,
        DateSource.PUBLISHED_AT,
    )


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a later stage told after an earlier one the story dates: its day
        (
            "Police arrested former senator Mark Hale on Monday.\nHale was charged with bribery.",
            "charged",
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.DISCOURSE),
        ),
        # a jail term a conviction imposes is no earlier stage: the conviction's day
        (
            "A court in Ankara convicted the activist Omar Kaya on Monday.\nKaya was jailed"
            " for nine years.",
            "jailed",
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.DISCOURSE),
        ),
        # another person's process
        (
            "Senator Mark Hale was convicted of bribery by a Texas court on Monday.\nGovernor"
            " Tom Reyes was charged with fraud.",
            "charged",
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.DISCOURSE),
        ),
        # an earlier stage with a time of its own keeps it
        (
            "Senator Mark Hale was convicted of bribery by a Texas court on Monday.\nHale was"
            " charged with bribery in March.",
            "charged",
            (date(2024, 3, 1), DatePrecision.MONTH, DateSource.SENTENCE),
        ),
    ],
)
def test_a_legal_stage_not_before_the_one_the_story_dates_keeps_its_day(
    text: str, trigger: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    assert _dating(_dated(text, trigger)) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # another's act on the dead, after the death: the story's day
        (
            "Former Chilean foreign minister Ana Vela died on Monday.\nPresident Pedro Soto"
            " praised Vela.",
            "praised",
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.DISCOURSE),
        ),
        # a death that may come is none told
        (
            "Doctors said on Monday that Swedish minister Lars Berg could die.\nBerg criticised"
            " the Russian government.",
            "criticised",
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.DISCOURSE),
        ),
        # a time long past the life is told in still dates it
        (
            "Nigerian general Musa Bello died on Monday.\nIn 1993, Bello seized power in a coup."
            " He then jailed the opposition leader.",
            "jailed",
            (date(1993, 1, 1), DatePrecision.YEAR, DateSource.PARAGRAPH),
        ),
    ],
)
def test_a_death_told_leaves_others_acts_and_the_life_s_own_times(
    text: str, trigger: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    assert _dating(_dated(text, trigger)) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "A Texas man pleaded guilty on Monday to charges he threatened a federal judge.",
            "threatened",
            (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
        ),
        (
            "Police arrested the mayor of Lyon on Monday over claims that he attacked a"
            " journalist.",
            "attacked",
            (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
        ),
        # any noun of accusing, claiming or suspecting: the lexicon's, and those it lacks
        (
            "The family filed a lawsuit on Monday that police shot their son.",
            "shot",
            (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
        ),
        (
            "A Texas man was held on suspicion on Monday that he threatened a judge.",
            "threatened",
            (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
        ),
        # so does the offence a verb of accusing or convicting names, and the words in it
        (
            "A court freed the sheriff on Monday. The sheriff is accused of shooting two men who"
            " were protesting outside the jail.",
            "protesting",
            (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
        ),
        (
            "A court jailed the sheriff on Monday. He was convicted of shooting two men who were"
            " protesting outside the jail.",
            "protesting",
            (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
        ),
        (
            "A court jailed the sheriff on Monday. He was convicted of shooting two men who were"
            " protesting outside the jail in May.",
            "protesting",
            (date(2024, 5, 1), DatePrecision.MONTH, DateSource.SENTENCE),
        ),
        # a time of its own still dates the act charged, and the charge keeps the sentence's
        (
            "Police arrested the mayor of Lyon on Monday over claims that he attacked a"
            " journalist in May.",
            "attacked",
            (date(2024, 5, 1), DatePrecision.MONTH, DateSource.SENTENCE),
        ),
        (
            "Police arrested the mayor of Lyon on Monday over claims that he attacked a"
            " journalist in May.",
            "arrested",
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.SENTENCE),
        ),
    ],
)
def test_the_act_a_charge_tells_is_dated_by_its_own_clause_alone(
    text: str, trigger: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    # the act charged is before the charge by an untold stretch: not the day of the arrest
    assert _dating(_dated(text, trigger)) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "A UN panel released its report on Monday, finding Ethiopian troops shelled the"
            " market killing nine civilians.",
            "killing",
            (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
        ),
        (
            "The tribunal ruled on Monday that Serbian police beat the protesters.",
            "beat",
            (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
        ),
        # a witness testifies at a trial to an act done before it
        (
            "Two police officers went on trial on Monday. A student testified that Serbian"
            " police beat the protesters.",
            "beat",
            (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
        ),
        # a time of the words found still dates the act
        (
            "A UN panel released its report on Monday, finding that Ethiopian troops shelled"
            " the market in May and killed nine civilians.",
            "killed",
            (date(2024, 5, 1), DatePrecision.MONTH, DateSource.SENTENCE),
        ),
        (
            "Two police officers went on trial on Monday. A student testified that Serbian"
            " police beat the protesters in March 2021.",
            "beat",
            (date(2021, 3, 1), DatePrecision.MONTH, DateSource.SENTENCE),
        ),
    ],
)
def test_the_act_a_finding_tells_is_not_dated_by_the_finding(
    text: str, trigger: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    # what a ruling or an inquiry finds was done before it, by an untold stretch
    assert _dating(_dated(text, trigger)) == expected


@pytest.mark.parametrize(
    "told",
    [
        "Kenyan President William Ruto said he lifted the ban on maize imports in March, which"
        " the opposition opposed.",
        "According to the newspaper, Kenyan police arrested opposition activists in March.",
    ],
)
def test_a_time_a_report_tells_of_an_earlier_act_does_not_date_the_paragraph(told: str) -> None:
    # the month dates the act reported, not the time the paragraph goes on at
    assert _dating(_dated(told, "lifted" if "lifted" in told else "arrested")) == (
        date(2024, 3, 1),
        DatePrecision.MONTH,
        DateSource.SENTENCE,
    )
    assert _dating(_dated(told + " Raila Odinga criticised Ruto over the debt.", "criticised")) == (
        date(2025, 1, 22),
        DatePrecision.DAY,
        DateSource.PUBLISHED_AT,
    )


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # what a past perfect in a clause of comparison or manner tells was done before the
        # time of the clause it hangs on
        (
            "On Tuesday, Chad sent as many soldiers to the border as Sudan had deployed.",
            "deployed",
            BACKGROUND,
        ),
        (
            "On Monday, the rebels shelled the port of Aden, as they had threatened.",
            "threatened",
            BACKGROUND,
        ),
        # its own time still dates it
        (
            "On Monday, the rebels shelled the port of Aden, as they had threatened in March.",
            "threatened",
            (date(2024, 3, 1), DatePrecision.MONTH, DateSource.SENTENCE),
        ),
        # the act of the clause around it keeps its day
        (
            "On Monday, the rebels shelled the port of Aden, as they had threatened.",
            "shelled",
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.SENTENCE),
        ),
        # a past perfect of time ("once they had crossed") dates no act hung on it, here by a
        # misparse, before the clause around it
        (
            "On Monday, the Sudanese president had wanted to sign a returns pact \u2013 under which"
            " Chad would take back refugees once they had crossed the border \u2013 as the close of"
            " a two-day state visit by the Chadian president, Mahamat Deby.",
            "visit",
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.SENTENCE),
        ),
    ],
)
def test_a_past_perfect_in_an_adverbial_clause_is_before_the_day_of_the_clause_around_it(
    text: str, trigger: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    assert _dating(_dated(text, trigger)) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a relative clause in the passive tells what befell a participant, as a participle
        ("The men, who were arrested in Kano, went on trial on Monday.", "arrested", BACKGROUND),
        (
            "Kenya on Monday expelled two diplomats who were accused of spying.",
            "accused",
            BACKGROUND,
        ),
        # on a party named after another noun's preposition than "of" too: "against"
        (
            "Lawyers on Monday demanded the dropping of charges against students who were"
            " arrested in Accra.",
            "arrested",
            BACKGROUND,
        ),
        # the clause's own time dates it, its complements' too, and the act around it keeps
        # its day
        (
            "Ghana on Monday deported three Britons, who were convicted of assault in June.",
            "convicted",
            (date(2024, 6, 1), DatePrecision.MONTH, DateSource.SENTENCE),
        ),
        (
            "Ghana on Monday deported three Britons, who were convicted of assault in June.",
            "deported",
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.SENTENCE),
        ),
        (
            "Ghana and Togo, which were asked to join the talks in July 2023, sent envoys to"
            " Accra on Monday.",
            "asked",
            (date(2023, 7, 1), DatePrecision.MONTH, DateSource.SENTENCE),
        ),
        # a present passive tells how things stand, not what befell it: not dated apart
        (
            "Uganda, which last year hosted the talks and is accused of arming rebels, expelled"
            " two envoys on Monday.",
            "accused",
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.SENTENCE),
        ),
        # an active one may tell the participant's part in the story
        (
            "Police on Monday surrounded the campus, and arrested students who attacked officers.",
            "attacked",
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.SENTENCE),
        ),
        # an act that happened in an event told before is anchored to it
        (
            "Militants attacked a police station in Kano on Monday. Police named a commander,"
            " who was also killed in the attack.",
            "killed",
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.PARAGRAPH),
        ),
        # a clause on an event tells of that event, at its time
        (
            "The attack, which killed nine soldiers, took place near Kano on Monday.",
            "killed",
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.SENTENCE),
        ),
        # a past perfect tells what the participant had done before the clause around it
        (
            "The colonel, who had shelled the village, was detained on Tuesday.",
            "shelled",
            BACKGROUND,
        ),
        (
            "Troops on Sunday seized the cleric who had denounced the junta.",
            "denounced",
            BACKGROUND,
        ),
        (
            "The colonel, who had shelled the village in March, was detained on Tuesday.",
            "shelled",
            (date(2024, 3, 1), DatePrecision.MONTH, DateSource.SENTENCE),
        ),
        # so does a perfect participle, opening its sentence or on the subject
        ("Having bombed the depot, the rebels left the valley on Monday.", "bombed", BACKGROUND),
        (
            "The militia, having kidnapped two aid workers, fled to the hills on Monday.",
            "kidnapped",
            BACKGROUND,
        ),
        (
            "Having bombed the depot in 2019, the rebels left the valley on Monday.",
            "bombed",
            (date(2019, 1, 1), DatePrecision.YEAR, DateSource.SENTENCE),
        ),
    ],
)
def test_a_passive_relative_clause_on_a_participant_is_dated_by_its_own_clause_alone(
    text: str, trigger: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    # what the clause tells of the participant is related to no time of the clause around it
    assert _dating(_dated(text, trigger)) == expected


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # the noun described is not the doer: the act is news, told from the report's time
        (
            "Ghana praised the sanctions that the European Union has imposed on the junta.",
            "imposed",
        ),
        # a past perfect is the sentence's past, not what a party is known for
        ("Ghana's army, which had withdrawn from the town in 1992, returned.", "withdrawn"),
    ],
)
def test_only_a_present_perfect_done_by_the_party_described_tells_what_it_is_known_for(
    text: str, verb: str
) -> None:
    (doc,) = parse_texts([text])
    tensed = _tensed_verb(next(t for t in doc if t.text == verb))
    assert tensed is not None
    assert not _describes(*tensed)


def test_a_passive_perfect_in_a_clause_of_a_noun_is_the_story_s_act() -> None:
    # "the men who have been arrested": the arrest the story tells, not a trait of the men
    text = "Police in Kano on Monday named the two men who have been arrested over the bombing."
    assert _dating(_dated(text, "arrested")) == (
        date(2025, 1, 20),
        DatePrecision.DAY,
        DateSource.SENTENCE,
    )


def test_a_former_holder_of_a_title_acts_on_the_day_of_the_story() -> None:
    # "former" tells a title no longer held, not a time before the story
    text = "Kenyan police fired tear gas at protesters on Monday.\nThe former president condemned"
    text += " the police."
    assert _dating(_dated(text, "condemned")) == (
        date(2025, 1, 20),
        DatePrecision.DAY,
        DateSource.DISCOURSE,
    )


def test_an_act_told_some_days_before_is_dated_by_them() -> None:
    text = (
        "Nepali police detained six students on Monday.\nThe police attacked them two days before."
    )
    assert _dating(_dated(text, "attacked")) == (
        date(2025, 1, 18),
        DatePrecision.DAY,
        DateSource.SENTENCE,
    )


def test_a_present_in_quoted_words_is_told_on_the_day_they_were_said() -> None:
    text = (
        "Serbia's president met protest leaders in Belgrade on Monday.\nHe told them: \"We"
        ' reject your demands and we condemn the violence in Novi Sad."\n\nThe president'
        " deplores the violence in Novi Sad."
    )
    dating = {e.trigger: _dating(e) for e in _events(text)}
    said = (date(2025, 1, 20), DatePrecision.DAY, DateSource.DISCOURSE)
    assert dating["reject"] == dating["condemn"] == said
    # told in the present outside a quotation: the day of the report
    assert dating["deplores"] == (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the quotation's "last night" is the speaker's past: the thanks are Tuesday's
        (
            'On Tuesday, the Nigerian police chief spoke to reporters in Abuja. "Our officers'
            ' arrested the gang leader last night. We thank the army for its help," he said.',
            "thank",
            (date(2025, 1, 21), DatePrecision.DAY, DateSource.PARAGRAPH),
        ),
        (
            "Kenya's foreign minister spoke in Nairobi on Friday. \"Police detained the suspects"
            ' on Monday. We condemn the attack on the embassy," she said.',
            "condemn",
            (date(2025, 1, 17), DatePrecision.DAY, DateSource.PARAGRAPH),
        ),
    ],
)
def test_a_quoted_present_is_not_dated_by_a_past_its_quotation_told(
    text: str, trigger: str, expected: tuple[object, ...]
) -> None:
    assert _dating(_dated(text, trigger)) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a past the quotation tells after a time of its own goes on from that time, not from
        # the day of speaking told in the tag between its parts
        (
            '"Our navy sank two smuggling boats on Saturday," the Libyan coast guard chief said'
            ' on Monday. "Our officers also arrested their captains."',
            "arrested",
            (date(2025, 1, 18), DatePrecision.DAY, DateSource.PARAGRAPH),
        ),
        # with no time of its own in the quotation, the speaking day still dates it
        (
            'The Libyan coast guard chief said on Monday: "Our navy sank two boats. Our officers'
            ' also arrested their captains."',
            "arrested",
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.PARAGRAPH),
        ),
        # a day of speaking told in a sentence of its own is a new time of the story
        (
            '"Our navy sank two boats on Saturday," the Libyan coast guard chief said on Monday.'
            ' He spoke again on Tuesday. "Our officers arrested their captains," he said.',
            "arrested",
            (date(2025, 1, 21), DatePrecision.DAY, DateSource.PARAGRAPH),
        ),
    ],
)
def test_a_quoted_past_goes_on_from_the_time_its_quotation_told(
    text: str, trigger: str, expected: tuple[object, ...]
) -> None:
    assert _dating(_dated(text, trigger)) == expected


def test_a_promise_or_threat_in_quoted_words_is_made_on_the_day_they_were_said() -> None:
    text = (
        'On Monday, Serbia expelled a Croatian diplomat.\n"We will recall our ambassador on'
        ' Friday," the Croatian foreign minister said.\n"We will destroy their economy," the'
        " Croatian president said.\n\nCroatia will recall its ambassador, the minister said."
    )
    dating = [_dating(e) for e in _events(text) if e.type != "SANCTION"]
    said = (date(2025, 1, 20), DatePrecision.DAY, DateSource.DISCOURSE)
    # the Friday ahead does not date the threat; outside quoted words, the day of the report
    # too, as the story dates it
    assert dating == [said, said, said]


def test_a_quoted_present_progressive_goes_on_on_the_day_of_the_report() -> None:
    # not the year of the older time told before it
    text = (
        'Kenya sent police officers to Haiti in March 2023.\n\n"We are fully supporting the'
        ' Haitian police against the gangs," the Kenyan president told reporters.'
    )
    assert _dating(_dated(text, "supporting")) == (
        date(2025, 1, 22),
        DatePrecision.DAY,
        DateSource.PUBLISHED_AT,
    )


def test_a_clock_time_is_on_the_day_next_to_it() -> None:
    # "local time" between them: Monday, not the day of the report
    text = (
        "At 9:30 a.m. local time on Monday, protesters burned a Chinese flag outside the"
        " embassy in Hanoi."
    )
    assert _dating(_dated(text, "burned", datetime(2025, 1, 25, tzinfo=UTC))) == (
        date(2025, 1, 20),
        DatePrecision.DAY,
        DateSource.SENTENCE,
    )


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # the date just before "when" is the time of the clause it opens, however it is parsed
        (
            "In contrast to Monday, when riot police detained forty marchers, demonstrators in"
            " Minsk were peaceful Tuesday.",
            "detained",
            date(2025, 1, 20),
        ),
        (
            "Unlike Monday, when soldiers fired on the crowd, the capital was calm Tuesday.",
            "fired",
            date(2025, 1, 20),
        ),
        (
            "Unlike last week, when rebels seized two villages, the front held this week.",
            "seized",
            date(2025, 1, 13),
        ),
        ("In 2019, when the truce collapsed, both armies rearmed.", "collapsed", date(2019, 1, 1)),
        # a question told is no clause of that date
        ("The senator asked on Monday when the troops will leave.", "leave", date(2025, 1, 22)),
    ],
)
def test_a_when_clause_is_dated_by_the_date_before_it(text: str, word: str, expected: date) -> None:
    doc = load_nlp()(text)
    token = next(t for t in doc if t.text == word)
    dater = EventDater(text, doc, WEDNESDAY)
    dated = dater.date(token.idx, (0, len(text)), clause=clause_spans(token))
    assert dated is not None
    assert dated[0] == expected


# (text, trigger, expected): an act told as days or weeks before or after an event is dated
# from the day the story gave that event; an event with no day told leaves it to the story.
FROM_EVENT = [
    (
        "Moldova held a referendum on January 5. Two days after the referendum, Russian"
        " diplomats were expelled from Chisinau.",
        "expelled",
        (date(2025, 1, 7), DatePrecision.DAY, DateSource.DISCOURSE),
    ),
    (
        "The ceasefire was signed on January 9. Militias shelled the port a week before the"
        " ceasefire.",
        "shelled",
        (date(2025, 1, 2), DatePrecision.DAY, DateSource.DISCOURSE),
    ),
    (
        "Militias shelled the port a week before the ceasefire.",
        "shelled",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
    # a count that opens the sentence, the phrase hung on it
    (
        "Ghana held its election on January 12. The day before the election, soldiers arrested"
        " an opposition candidate in Tamale.",
        "arrested",
        (date(2025, 1, 11), DatePrecision.DAY, DateSource.DISCOURSE),
    ),
    (
        "The Kenyan vote was held on Sunday. The day before the vote, police detained two"
        " opposition activists.",
        "detained",
        (date(2025, 1, 18), DatePrecision.DAY, DateSource.DISCOURSE),
    ),
    # "on the eve of" the event is the day before it
    (
        "The talks opened in Doha on Tuesday. On the eve of the talks, gunmen attacked a convoy"
        " in Kandahar.",
        "attacked",
        (date(2025, 1, 20), DatePrecision.DAY, DateSource.DISCOURSE),
    ),
    (
        "Gunmen attacked a convoy in Kandahar on the eve of the talks.",
        "attacked",
        (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
    ),
    # a clause told a count after: its own time, not the act's, moved by the count
    (
        "Chad expelled a French diplomat the day after France detained a Chadian minister on"
        " Monday.",
        "expelled",
        (date(2025, 1, 21), DatePrecision.DAY, DateSource.DISCOURSE),
    ),
    # an act told a count before the event its subject names: that event's day moved back
    (
        "Rebels bombed a bridge in Goma on Sunday. The bombing comes two days after the army"
        " arrested a rebel commander.",
        "arrested",
        (date(2025, 1, 17), DatePrecision.DAY, DateSource.DISCOURSE),
    ),
    # an untold count of days after gives the period that holds the event's day and now, and
    # one before it, no day at all: never the event's own day
    (
        "Niger held its referendum on January 6. Days after the referendum, soldiers detained"
        " the speaker of parliament.",
        "detained",
        (date(2025, 1, 1), DatePrecision.MONTH, DateSource.DISCOURSE),
    ),
    (
        "Niger held its referendum on January 6. Weeks before the referendum, soldiers detained"
        " the speaker of parliament.",
        "detained",
        (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), FROM_EVENT)
def test_an_act_told_from_an_event_is_dated_from_that_event_s_day(
    text: str, trigger: str, expected: tuple[object, ...]
) -> None:
    assert _dating(_dated(text, trigger)) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a present tense in a clause of time under a modal or a future tells of a time ahead
        (
            "The court may free the prisoners when the appeal is heard in December.",
            "heard",
            date(2025, 12, 1),
        ),
        # in the past, or with no modal over it (a habit), it does not
        (
            "The court freed the prisoners when the appeal was heard in December.",
            "heard",
            date(2024, 12, 1),
        ),
        (
            "The court frees prisoners when an appeal is heard in December.",
            "heard",
            date(2024, 12, 1),
        ),
    ],
)
def test_a_present_in_a_clause_of_time_under_a_modal_looks_ahead(
    text: str, word: str, expected: date
) -> None:
    doc = load_nlp()(text)
    verb = next(t for t in doc if t.text == word)
    dated = EventDater(text, doc, WEDNESDAY).date(
        verb.idx, (0, len(text)), clause=clause_spans(verb), happened=False
    )
    assert dated == (expected, DatePrecision.MONTH, DateSource.SENTENCE)


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # A past participle and a relative clause modify their nouns; a present participle
        # ("guarding") does not count.
        (
            "The truce brokered last month collapsed, and soldiers guarding the border fled "
            "to a town that rebels held.",
            [("truce", "brokered last month"), ("town", "that rebels held")],
        ),
        ("The envoy arrived in May and left on Friday.", []),
    ],
)
def test_the_dater_finds_the_clauses_that_modify_a_noun(
    text: str, clauses: list[tuple[str, str]]
) -> None:
    (doc,) = parse_texts([text])
    dater = EventDater(doc.text, doc, WEDNESDAY)
    found = dater._event_clauses
    assert [(doc[head].text, text[a:b]) for head, (a, b) in found] == clauses


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        ("Prime Minister Theresa May met the envoy. Aides said May asked for more talks.", [53]),
        ("The envoy arrived in May. Aides said the minister asked for more talks.", []),
    ],
)
def test_a_person_called_by_a_months_name_is_no_date(text: str, blanked: list[int]) -> None:
    (doc,) = parse_texts([text])
    assert [a for a, _ in _month_named_people(doc)] == blanked


def test_the_act_of_a_time_a_copula_dates_takes_the_copulas_time() -> None:
    # "was during the civil war that broke out in 1991": the blockade's time, not the report's
    text = (
        "The last time the navy blockaded the port was during the civil war that broke out in 1991."
    )
    assert _dating(_dated(text, "blockaded")) == (
        date(1991, 1, 1),
        DatePrecision.YEAR,
        DateSource.SENTENCE,
    )


def test_an_act_told_in_the_present_is_not_dated_by_its_paragraph() -> None:
    text = (
        "On Monday, Greece expelled the Libyan ambassador over the maritime deal. Turkey"
        " rejects the claims of Greece and is backing the government in Tripoli."
    )
    dating = {e.trigger: _dating(e) for e in _events(text)}
    assert dating["expelled"] == (date(2025, 1, 20), DatePrecision.DAY, DateSource.SENTENCE)
    published = (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT)
    assert dating["rejects"] == dating["backing"] == published


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the time of an "after" clause, gerund or noun is its own act's: the act around it
        # came later, on a day the text does not tell: the week that holds both that time and
        # the publication, or the month, not the bound's own day
        (
            "The interior minister resigned after the recording was posted online on Monday.",
            "resigned",
            (date(2025, 1, 20), DatePrecision.WEEK, DateSource.SENTENCE),
        ),
        (
            "Police detained the editor after raiding his office on Monday.",
            "detained",
            (date(2025, 1, 20), DatePrecision.WEEK, DateSource.SENTENCE),
        ),
        (
            "The interior minister resigned after the recording was posted online on January 8.",
            "resigned",
            (date(2025, 1, 1), DatePrecision.MONTH, DateSource.SENTENCE),
        ),
        # not a day the story told before the bound
        (
            "On Monday, rebels seized the airport. The army withdrew from the city after the"
            " rebels shelled its barracks on Tuesday.",
            "withdrew",
            (date(2025, 1, 20), DatePrecision.WEEK, DateSource.SENTENCE),
        ),
        # nor the story's later day, which may be the news the act led to
        (
            "On Tuesday, a gunman attacked two guards in the capital. Police detained his"
            " brother after the release of a video on Monday.",
            "detained",
            (date(2025, 1, 20), DatePrecision.WEEK, DateSource.SENTENCE),
        ),
        # the clause's own act keeps its day, and the act around it a time of its own
        (
            "On Monday, rebels seized the airport. The army withdrew from the city after the"
            " rebels shelled its barracks on Tuesday.",
            "shelled",
            (date(2025, 1, 21), DatePrecision.DAY, DateSource.SENTENCE),
        ),
        (
            "The army withdrew from the city on Tuesday after the rebels shelled its barracks"
            " on Monday.",
            "withdrew",
            (date(2025, 1, 21), DatePrecision.DAY, DateSource.SENTENCE),
        ),
        # a recent bound in another year holds no period with it: the act is recent news,
        # dated as its own words date it, not in the bound's year
        (
            "Border police have detained two smugglers after a tip-off from Interpol last"
            " December.",
            "detained",
            (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
        ),
        (
            "The transport minister resigned after a ferry sank off the coast in November.",
            "resigned",
            (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
        ),
        # a time told after a comma that closes the clause is the act's, wherever the parse
        # hangs it
        (
            "Rebels shelled the garrison after the army withdrew from the town, on Monday.",
            "shelled",
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.SENTENCE),
        ),
        (
            "The governor rebuked the strikers at his first rally since the floods hit the"
            " province, on 4 January in Mombasa.",
            "rebuked",
            (date(2025, 1, 4), DatePrecision.DAY, DateSource.SENTENCE),
        ),
        # a time after "after" ("after midnight") and a stretch told ("shortly after") tell
        # the act's own time
        (
            "Police detained the editor shortly after the recording was posted online on Monday.",
            "detained",
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.SENTENCE),
        ),
    ],
)
def test_an_after_phrase_s_time_only_bounds_the_act_around_it(
    text: str, trigger: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    assert _dating(_dated(text, trigger)) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a clause under the act with a subject of its own tells its own time: a cause, a
        # concession, what a participle says
        (
            "Border guards detained a fisherman because he crossed into their waters in August.",
            "detained",
            (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
        ),
        (
            "The prosecutor charged the mayor, saying he took bribes in October.",
            "charged",
            (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
        ),
        # one of its own time ("when") dates it
        (
            "Border guards detained a fisherman when he crossed into their waters in August.",
            "detained",
            (date(2024, 8, 1), DatePrecision.MONTH, DateSource.SENTENCE),
        ),
    ],
)
def test_a_subordinate_clause_s_time_is_its_own(
    text: str, trigger: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    assert _dating(_dated(text, trigger)) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # "in the wake of" a dated act is after it: the month holding it and publication
        (
            "In the wake of the bombings of January 8, Kenya expelled two Somali diplomats.",
            "expelled",
            (date(2025, 1, 1), DatePrecision.MONTH, DateSource.SENTENCE),
        ),
        # a time told right after the noun is the noun's, wherever the parse hangs it; the act
        # was before that day: the week (or month) that holds the day before it
        (
            "Police arrested the opposition leader before the vote on Tuesday.",
            "arrested",
            (date(2025, 1, 20), DatePrecision.WEEK, DateSource.SENTENCE),
        ),
        (
            "Police arrested the opposition leader before the vote on Monday.",
            "arrested",
            (date(2025, 1, 1), DatePrecision.MONTH, DateSource.SENTENCE),
        ),
        (
            "Police arrested the opposition leader on Monday, before the vote.",
            "arrested",
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.SENTENCE),
        ),
        # "since" starts a stretch of acts counted or a record: the period holding it and
        # publication, else background (the publication's year)
        (
            "Turkish jets have carried out 30 air strikes since Monday.",
            "carried",
            (date(2025, 1, 20), DatePrecision.WEEK, DateSource.SENTENCE),
        ),
        (
            "Tanzania has detained 40 journalists since 2015.",
            "detained",
            (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
        ),
        (
            "Ruto is the first Kenyan president to visit Somalia since 1990.",
            "visit",
            (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
        ),
        # from a start the text does not date, a stretch of untold length: background
        (
            "Since the coup, the army has detained hundreds of activists.",
            "detained",
            (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
        ),
        (
            "Police have been arresting protesters in Lagos since the election.",
            "arresting",
            (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
        ),
        # a causal "since", told in the past, is no stretch
        (
            "Since the court banned the rally, police arrested its organisers.",
            "arrested",
            (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
        ),
        # a state's start is its act's day
        (
            "The opposition leader has been detained since March.",
            "detained",
            (date(2024, 3, 1), DatePrecision.MONTH, DateSource.SENTENCE),
        ),
        # the act an "after" clause tells is before the news: its bound's year, no story day
        (
            "Kenyan troops remain in Somalia, 18 years after Ethiopia invaded the country in the"
            " wake of the clashes in Mogadishu in June 2006.",
            "invaded",
            (date(2006, 1, 1), DatePrecision.YEAR, DateSource.SENTENCE),
        ),
    ],
)
def test_a_before_wake_or_since_phrase_bounds_the_act(
    text: str, trigger: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    assert _dating(_dated(text, trigger)) == expected


# (text, trigger, published, expected): acts over a span from a start told to the month or
# finer, that no week or month holds whole, are dated at the start's month, not the year that
# holds it; a start long past leaves them background, whatever report tells them.
SPAN_STARTS = [
    (
        "Security forces have detained 14 organisers since the unrest began in October.",
        "detained",
        DECEMBER,
        (date(2024, 10, 1), DatePrecision.MONTH, DateSource.SENTENCE),
    ),
    (
        "Police have detained 80 miners since last month.",
        "detained",
        DECEMBER,
        (date(2024, 11, 1), DatePrecision.MONTH, DateSource.SENTENCE),
    ),
    (
        "Police have arrested 300 students since the demonstrations started in early December.",
        "arrested",
        WEDNESDAY,
        (date(2024, 12, 1), DatePrecision.MONTH, DateSource.SENTENCE),
    ),
    # a report's day is the day they are told up to, not theirs
    (
        "Rights groups said on Friday that police have arrested 60 miners since the strike began"
        " in October.",
        "arrested",
        DECEMBER,
        (date(2024, 10, 1), DatePrecision.MONTH, DateSource.SENTENCE),
    ),
    (
        "Police have detained 500 activists since June 2019.",
        "detained",
        WEDNESDAY,
        BACKGROUND,
    ),
    (
        "The government has jailed 40 reporters since 2015, the watchdog said.",
        "jailed",
        WEDNESDAY,
        BACKGROUND,
    ),
    (
        "The watchdog said the army has detained hundreds of activists in recent years.",
        "detained",
        WEDNESDAY,
        BACKGROUND,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "published", "expected"), SPAN_STARTS)
def test_acts_since_a_start_told_take_its_month(
    text: str,
    trigger: str,
    published: datetime,
    expected: tuple[date, DatePrecision, DateSource],
) -> None:
    assert _dating(_dated(text, trigger, published)) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an act conceded or judged in the past was done before the day it is told on
        (
            "Despite the minister's call for calm, protesters marched through the capital on"
            " Monday.",
            "call",
            BACKGROUND,
        ),
        (
            "The opposition said on Monday that the president's request for a recount was"
            " unlawful.",
            "request",
            BACKGROUND,
        ),
        # its own time still dates it, and so does an older time its sentence tells
        (
            "Despite the minister's call for calm on Sunday, protesters marched through the"
            " capital on Monday.",
            "call",
            (date(2025, 1, 19), DatePrecision.DAY, DateSource.SENTENCE),
        ),
        (
            "In 2013, despite the opposition's allegations of fraud, the president ended the"
            " coalition.",
            "allegations",
            (date(2013, 1, 1), DatePrecision.YEAR, DateSource.SENTENCE),
        ),
    ],
)
def test_an_act_conceded_or_judged_is_background_to_the_day_it_is_told_on(
    text: str, trigger: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    assert _dating(_dated(text, trigger)) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a stretch up to publication bounds the acts counted over it: the period that holds
        # its first day and publication
        (
            "Police have arrested 60 protesters in the last two weeks.",
            "arrested",
            (date(2025, 1, 1), DatePrecision.MONTH, DateSource.SENTENCE),
        ),
        (
            "The army killed 12 rebels in the past 48 hours, a spokesman said.",
            "killed",
            (date(2025, 1, 20), DatePrecision.WEEK, DateSource.SENTENCE),
        ),
        # none holds both, or the stretch has no told length: background, never a false day
        (
            "Over the last six months, Ugandan troops have attacked rebel camps in Congo.",
            "attacked",
            BACKGROUND,
        ),
        (
            "Iran has increased its military cooperation with China in recent years.",
            "increased",
            BACKGROUND,
        ),
        # a day of its own still dates the act
        (
            "Police arrested 60 protesters on Monday, the most in the past two weeks.",
            "arrested",
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.SENTENCE),
        ),
    ],
)
def test_a_stretch_up_to_publication_bounds_the_acts_told_over_it(
    text: str, trigger: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    assert _dating(_dated(text, trigger)) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a sentence that goes on from an aside long past (the same subject, a pronoun) tells
        # of that past, not of the story's day
        (
            "Ana Vela, a former guerrilla leader, died on Monday.\n\nVela joined the rebels as a"
            " student and was jailed by the army in 1985. She was freed by the new government"
            " after the war.",
            "freed",
            BACKGROUND,
        ),
        (
            "The army shelled the town on Monday.\n\nThe rebels seized the town from the army in"
            " 2014. The rebels fired rockets at the army's positions.",
            "fired",
            BACKGROUND,
        ),
        # another actor's act keeps the story's day, as does one after a day of the story
        (
            "Police arrested Vela on Monday.\n\nVela joined the rebels and was captured by the"
            " army in 1985. Police charged Vela with murder.",
            "charged",
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.DISCOURSE),
        ),
        (
            "Vela joined the rebels and was captured by the army in 1985. On Monday, police"
            " arrested Vela. He threatened the judge.",
            "threatened",
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.PARAGRAPH),
        ),
    ],
)
def test_a_sentence_going_on_from_an_aside_long_past_is_not_on_the_story_day(
    text: str, trigger: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    assert _dating(_dated(text, trigger)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day counted from a month is one of its days, which one untold: that month
        (
            "In October, rebels seized the town of Kamba. Three days later, the army attacked"
            " the rebels.",
            (date(2024, 10, 1), DatePrecision.MONTH, DateSource.SENTENCE),
        ),
        # from a day, the day counted
        (
            "On October 3, rebels seized the town of Kamba. Three days later, the army attacked"
            " the rebels.",
            (date(2024, 10, 6), DatePrecision.DAY, DateSource.SENTENCE),
        ),
    ],
)
def test_a_day_counted_from_a_month_dates_by_the_month(
    text: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    assert _dating(_dated(text, "attacked")) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a bare "later" or "subsequently" tells an untold stretch after the time told before,
        # in its sentence or its paragraph: that time bounds the act, as an "after" phrase does
        (
            "Police detained the opposition leader on Monday and later released him.",
            "released",
            (date(2025, 1, 20), DatePrecision.WEEK, DateSource.SENTENCE),
        ),
        (
            "On January 3, the army shelled the port. The navy subsequently blockaded it.",
            "blockaded",
            (date(2025, 1, 1), DatePrecision.MONTH, DateSource.PARAGRAPH),
        ),
        # a stretch told, the same day, a time of the act's own, a time of day, "then" and
        # "eventually" still date it
        (
            "Police detained the opposition leader on Monday and released him later that day.",
            "released",
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.SENTENCE),
        ),
        (
            "Police detained the opposition leader on Monday and later released him on Tuesday.",
            "released",
            (date(2025, 1, 21), DatePrecision.DAY, DateSource.SENTENCE),
        ),
        (
            "Police detained the opposition leader on Monday and later released him at 5 p.m.",
            "released",
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.SENTENCE),
        ),
        (
            "The army shelled the port on January 3. The navy then blockaded it.",
            "blockaded",
            (date(2025, 1, 3), DatePrecision.DAY, DateSource.PARAGRAPH),
        ),
        (
            "On Monday, a gunman stabbed two guards at the palace. Soldiers eventually shot him.",
            "shot",
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.PARAGRAPH),
        ),
    ],
)
def test_an_act_told_later_is_bounded_by_the_time_told_before(
    text: str, trigger: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    assert _dating(_dated(text, trigger)) == expected


def test_a_clock_time_told_in_a_month_dates_an_act_to_that_month_not_a_day() -> None:
    text = "The envoy was kidnapped in March 2019. Gunmen seized him at 11 p.m. near the port."
    assert _dating(_dated(text, "seized")) == (
        date(2019, 3, 1),
        DatePrecision.MONTH,
        DateSource.SENTENCE,
    )


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a date in what the act was done for or over is that cause's, told before it
        (
            "A court in Cairo convicted two men over the 2013 attack on a police station.",
            "convicted",
            (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
        ),
        (
            "A Tehran court sentenced the activist to six years for organizing the 2019"
            " demonstrations.",
            "sentenced",
            (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
        ),
        (
            "The European Union imposed sanctions on Belarus over the 2020 election.",
            "imposed",
            (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
        ),
        # so is one in the charge it was done on: the time of the deed charged
        (
            "A court in Minsk jailed the activist on charges that she organised a rally in 2021.",
            "jailed",
            (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
        ),
        (
            "Police detained the editor on accusations that he insulted the king in 2022.",
            "detained",
            (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
        ),
        # the act's own time still dates it
        (
            "A Hong Kong court jailed the publisher on Monday for his part in the 2019 protests.",
            "jailed",
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.SENTENCE),
        ),
    ],
)
def test_a_date_of_what_an_act_was_done_for_is_not_the_acts(
    text: str, trigger: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    assert _dating(_dated(text, trigger)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one of several acts a present perfect told: background, on no day
        (
            "The activist has met many heads of state, including meeting Pope Francis at the"
            " Vatican and speaking to the European Parliament.",
            BACKGROUND,
        ),
        # one of those a past told: its time
        (
            "Last month the activist met many heads of state, including meeting Pope Francis at"
            " the Vatican and speaking to the European Parliament.",
            (date(2024, 12, 1), DatePrecision.MONTH, DateSource.SENTENCE),
        ),
    ],
)
def test_an_act_including_enumerates_takes_the_tense_of_the_act_it_enumerates(
    text: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    assert _dating(_dated(text, "speaking")) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a letter's present: the day its writing was told
        (
            "On Monday, the governor of Tabasco wrote to the interior ministry. In the letter, he"
            " asks the minister to send troops.",
            "asks",
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.PARAGRAPH),
        ),
        # "in it" after a sentence that names the recording
        (
            "Hamas released a recording on Sunday. In it, a spokesman accuses Israel of bombing"
            " a school.",
            "accuses",
            (date(2025, 1, 19), DatePrecision.DAY, DateSource.PARAGRAPH),
        ),
        # the date in the text's own modifier dates what it tells, a threat under it too
        (
            "In a video posted on January 14, the rebel commander says his fighters will attack"
            " the base.",
            "attack",
            (date(2025, 1, 14), DatePrecision.DAY, DateSource.SENTENCE),
        ),
        # a record of an act tells what was done at that act, on the act's date, not on the
        # day the record was made or released
        (
            "On Monday the palace published a transcript of a phone call made by the king in"
            " early December. In it, the king urges the prime minister to resign.",
            "urges",
            (date(2024, 12, 1), DatePrecision.MONTH, DateSource.DISCOURSE),
        ),
        # an occasion of speaking is no text: the story's day
        (
            "Police dispersed the march on Monday. In a speech, the mayor urges the protesters to"
            " go home.",
            "urges",
            (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
        ),
        # a text with no time told stands at publication, as any present
        (
            "In a statement, the foreign ministry accuses Serbia of arming the rebels.",
            "accuses",
            (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
        ),
    ],
)
def test_a_text_s_present_is_dated_by_the_time_told_of_the_text(
    text: str, trigger: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    assert _dating(_dated(text, trigger)) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # words after an appositive's closing mark are the clause's, wherever the parse hangs them
        (
            "Police arrested 40 students — the biggest sweep in years — on Monday.",
            "arrested",
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.SENTENCE),
        ),
        (
            "Israel bombed the camp, the deadliest strike of the war, on Sunday.",
            "bombed",
            (date(2025, 1, 19), DatePrecision.DAY, DateSource.SENTENCE),
        ),
        # a modifier inside the appositive still tells of its noun
        (
            "Police detained Omar Haddad, a reporter jailed in 2019.",
            "detained",
            (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
        ),
    ],
)
def test_a_time_after_an_appositive_dates_the_clause(
    text: str, trigger: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    assert _dating(_dated(text, trigger)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day of a saying told on its occasion ("in a statement on Friday") anchors quoted
        # words' relative days
        (
            '"Police arrested the suspects last night," the minister said in a statement on'
            " Friday.",
            (date(2025, 1, 16), DatePrecision.DAY, DateSource.SENTENCE),
        ),
        (
            '"We expelled the envoy this morning," the foreign minister said in an interview on'
            " Friday.",
            (date(2025, 1, 17), DatePrecision.DAY, DateSource.SENTENCE),
        ),
        # and bounds another's act the report tells, as a day on the verb does
        (
            "A judge was shot dead in Kabul, police said in a statement on Tuesday.",
            (date(2025, 1, 20), DatePrecision.WEEK, DateSource.SENTENCE),
        ),
    ],
)
def test_the_day_of_a_saying_s_occasion_is_the_saying_s(
    text: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    (event,) = _events(text)
    assert _dating(event) == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the period a record is measured over dates neither the act nor its noun
        ("Thousands of farmers marched in Lagos, the largest protest since 2018.", "marched"),
        ("Macron flew to Algiers, the first visit by a French leader since 2012.", "visit"),
        ("Troops detained 30 reporters in the biggest crackdown since 2017.", "detained"),
        ("The navy shelled the port city for the first time since 2014.", "shelled"),
    ],
)
def test_a_records_since_period_dates_no_act(text: str, trigger: str) -> None:
    assert _dating(_dated(text, trigger)) == (
        date(2025, 1, 22),
        DatePrecision.DAY,
        DateSource.PUBLISHED_AT,
    )


def test_a_since_time_without_a_record_still_bounds_a_state() -> None:
    dated = _dated("The opposition leader has been detained since March 2024.", "detained")
    assert _dating(dated)[2] is DateSource.SENTENCE


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # an act told in what another act was done for came before it: not on its day
        ("Police detained four men on Monday over an ambush that killed two soldiers.", "killed"),
        ("On Tuesday a court jailed the captain for a raid that wounded six villagers.", "wounded"),
    ],
)
def test_an_act_told_in_a_cause_is_not_dated_by_the_act_it_explains(
    text: str, trigger: str
) -> None:
    assert _dating(_dated(text, trigger))[2] is not DateSource.SENTENCE


def test_an_act_told_in_a_cause_keeps_its_own_time() -> None:
    text = "Police detained four men on Monday over an ambush that killed two soldiers in May 2023."
    assert _dating(_dated(text, "killed")) == (
        date(2023, 5, 1),
        DatePrecision.MONTH,
        DateSource.SENTENCE,
    )


@pytest.mark.parametrize(
    ("text", "verb", "earlier"),
    [
        ("On Monday the envoy thanked them for a truce that freed the hostages.", "freed", True),
        # a modal's act in a cause is still ahead
        ("On Monday the envoy pressed for a truce that would free the hostages.", "free", False),
    ],
)
def test_an_act_still_ahead_in_a_cause_is_not_told_as_earlier(
    text: str, verb: str, earlier: bool
) -> None:
    (word,) = [t for t in load_nlp()(text) if t.lower_ == verb]
    assert _told_as_cause(word) is earlier


def test_a_counted_span_of_years_is_a_term_not_a_stretch_before_the_story() -> None:
    text = "Police in Lagos arrested the preacher on Monday. A court jailed him for two years."
    # the two years are his term: the act stays on the story's day
    assert _dated(text, "jailed").date_source is not DateSource.PUBLISHED_AT


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an act told before a joined clause that tells a time long past came before it:
        # background, not the story's day
        (
            "On Monday the governor pardoned six people. A jury convicted the mayor of fraud, and"
            " he received a one-year prison sentence in 2016.",
            "convicted",
            (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
        ),
        # the joined clause keeps its own time, and one with none leaves the act as it was
        (
            "On Monday the governor pardoned six people. A jury convicted the mayor of fraud, and"
            " he received a one-year prison sentence in 2016.",
            "received",
            (date(2016, 1, 1), DatePrecision.YEAR, DateSource.SENTENCE),
        ),
        (
            "A jury convicted the mayor of fraud, and he resigned.",
            "convicted",
            (date(2025, 1, 22), DatePrecision.DAY, DateSource.PUBLISHED_AT),
        ),
    ],
)
def test_an_act_joined_before_a_clause_long_past_is_background(
    text: str, trigger: str, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    assert _dating(_dated(text, trigger)) == expected
