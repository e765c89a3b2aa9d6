"""Temporal expressions: finding them and normalising them against a publication date."""

from datetime import date
from typing import Any

import pytest

from graph.models import DatePrecision, DateSource
from ingest.nlp.dates import TimeExpression, find_dates, resolve_date

WED = date(2025, 1, 22)  # the sample article's publication date, a Wednesday
DEC = date(2024, 12, 11)
MON = date(2025, 1, 20)


def _found(text: str, anchor: date = WED) -> list[tuple[str, str]]:
    return [(e.text, e.value) for e in find_dates(text, anchor)]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # explicit dates
        ("January 20 has witnessed several events.", WED, [("January 20", "2025-01-20")]),
        ("It was signed on Jan. 20, 2025 in Washington.", WED, [("Jan. 20, 2025", "2025-01-20")]),
        ("Talks opened on 20 January 2025.", WED, [("20 January 2025", "2025-01-20")]),
        ("Filed on 20/01/2025.", WED, [("20/01/2025", "2025-01-20")]),
        ("Filed on 2025-01-20.", WED, [("2025-01-20", "2025-01-20")]),
        ("The summit on Sept. 3rd, 2019 ended.", WED, [("Sept. 3rd, 2019", "2019-09-03")]),
        ("He arrived on Monday, March 3, 2014.", WED, [("Monday, March 3, 2014", "2014-03-03")]),
        # a month and day without a year: the nearest occurrence, future when the verb says so
        ("The offer expires Feb. 3.", WED, [("Feb. 3", "2025-02-03")]),
        ("They met on December 30.", WED, [("December 30", "2024-12-30")]),
        # a bare month told in the past reaches ten months back, not to the month after the
        # anchor's; right after its past verb it is in the past however far
        (
            "Officials told exporters of lower quotas in June.",
            date(2024, 5, 20),
            [("June", "2024-06")],
        ),
        (
            "The board said rail freight in March was the lowest on record.",
            date(2024, 5, 20),
            [("March", "2024-03")],
        ),
        ("The mayor resigned in June.", date(2024, 5, 20), [("June", "2023-06")]),
        # days counted from a day told: one expression; from an event, only a duration
        (
            "The ballots were sealed the day before last Sunday.",
            WED,
            [("the day before last Sunday", "2025-01-18")],
        ),
        (
            "Fighting resumed two weeks after Jan. 3.",
            WED,
            [("two weeks after Jan. 3", "2025-01-17")],
        ),
        ("Fighting resumed two weeks after the truce.", WED, [("two weeks", "P2W")]),
        # a month or season takes the year told right after it, in words too
        (
            "Elections were held in March nineteen ninety-six.",
            WED,
            [("March nineteen ninety-six", "1996-03")],
        ),
        ("Floods hit in the summer of 2011.", WED, [("the summer of 2011", "2011-SU")]),
        (
            "Talks will resume this spring, 2011 was a failure.",
            WED,
            [("this spring", "2025-SP"), ("2011", "2011")],
        ),
        # a capitalised "Today" after a name is part of it
        ("The debate was moderated by USA Today's editor.", WED, []),
        # right after its past verb, a day is in the past however far back
        ("Trading closed Jan. 31 at a record.", date(2024, 11, 2), [("Jan. 31", "2024-01-31")]),
        # weekdays: the last one on or before publication, the next one in the future tense
        ("Trump on Tuesday threatened tariffs.", WED, [("Tuesday", "2025-01-21")]),
        ("The minister spoke on Wednesday.", WED, [("Wednesday", "2025-01-22")]),
        ("The ministers met on Friday.", WED, [("Friday", "2025-01-17")]),
        # the weekday after the anchor's is the next day (a time zone ahead), not six days back
        ("Rebels shelled the port on Thursday, local time.", WED, [("Thursday", "2025-01-23")]),
        # ... unless a day before the anchor was told first: the story counts days in the
        # publication's zone, and that weekday is six days back
        (
            "Aides said on Monday that the envoy was recalled Thursday.",
            WED,
            [("Monday", "2025-01-20"), ("Thursday", "2025-01-16")],
        ),
        (
            "The rebels withdrew yesterday. On Thursday night, they had shelled the port.",
            WED,
            [("yesterday", "2025-01-21"), ("Thursday night", "2025-01-16TNI")],
        ),
        ("The ministers will meet on Friday.", WED, [("Friday", "2025-01-24")]),
        ("They held talks last Wednesday.", WED, [("last Wednesday", "2025-01-15")]),
        # "last" with the anchor's eve is the week before's: the eve itself is "Tuesday"
        ("The envoys arrived last Tuesday.", WED, [("last Tuesday", "2025-01-14")]),
        ("The envoys arrived this past Tuesday.", WED, [("past Tuesday", "2025-01-21")]),
        ("Parliament was dissolved last Monday.", WED, [("last Monday", "2025-01-20")]),
        # a date right after a past verb is that verb's, even with "will" as near after it
        ("Russia said on Tuesday it will act.", WED, [("Tuesday", "2025-01-21")]),
        ("They hold talks next Monday.", WED, [("next Monday", "2025-01-27")]),
        # "next" with the anchor's morrow is the week after's: the morrow itself is "Thursday"
        ("the unions will strike next thursday.", WED, [("next thursday", "2025-01-30")]),
        ("Envoys return next Friday.", WED, [("next Friday", "2025-01-24")]),
        ("The envoys fly in this coming Thursday.", WED, [("coming Thursday", "2025-01-23")]),
        # relative days, weeks, months and years
        ("He said today that", WED, [("today", "2025-01-22")]),
        ("She left yesterday.", WED, [("yesterday", "2025-01-21")]),
        ("He flies out tomorrow.", WED, [("tomorrow", "2025-01-23")]),
        ("Troops moved in two days ago.", WED, [("two days ago", "2025-01-20")]),
        ("Protests began three weeks ago.", WED, [("three weeks ago", "2025-W01")]),
        ("The talks stalled last week.", WED, [("last week", "2025-W03")]),
        ("Talks resume this week.", WED, [("this week", "2025-W04")]),
        # "this weekend" told in the past is the one just gone, else the calendar week's
        ("Protesters clashed with police this weekend.", WED, [("this weekend", "2025-W03-WE")]),
        ("Farmers will block the roads this weekend.", WED, [("this weekend", "2025-W04-WE")]),
        # "the week of" a day is that day's calendar week
        ("Talks resume the week of Feb. 3.", WED, [("the week of Feb. 3", "2025-W06")]),
        ("Earlier this month the army withdrew.", WED, [("Earlier this month", "2025-01")]),
        ("Elections are due next month.", WED, [("next month", "2025-02")]),
        ("The deal was signed last year.", WED, [("last year", "2024")]),
        ("The deal was signed a year ago.", WED, [("a year ago", "2024")]),
        # an anniversary: "ago" with "today" or "this week" counts back to the day or week
        (
            "Four years ago today, the rebels took Kabul.",
            WED,
            [("Four years ago today", "2021-01-22")],
        ),
        (
            "A decade ago this week, the treaty was signed.",
            WED,
            [("A decade ago this week", "2015-W04")],
        ),
        ("Prices will rise next year.", WED, [("next year", "2026")]),
        # months, years, decades, quarters, seasons
        ("In March the rebels advanced.", WED, [("March", "2024-03")]),
        ("The vote is expected in March.", WED, [("March", "2025-03")]),
        # an intention looks forward, even told in the past tense, and across a new year
        ("He said he hoped to visit Moscow in May.", WED, [("May", "2025-05")]),
        ("He said he hoped to visit Moscow in May.", DEC, [("May", "2025-05")]),
        ("They want to meet on Friday.", WED, [("Friday", "2025-01-24")]),
        ("He visited Moscow in May.", DEC, [("May", "2024-05")]),
        # a participle after "be" is no past tense: the auxiliary before it tells the time
        ("She will be appointed envoy to Paris in November.", WED, [("November", "2025-11")]),
        ("The loan would be paid back in October.", WED, [("October", "2025-10")]),
        # an infinitive after "agree", "vow"... tells of a time after the verb
        ("Ankara agreed to buy the jets in November.", WED, [("November", "2025-11")]),
        ("Rebels vowed to retake the town by Sunday.", WED, [("Sunday", "2025-01-26")]),
        # ... but a date told before such a verb in the past is the verb's own time
        ("In November, Ankara agreed to buy the jets.", WED, [("November", "2024-11")]),
        (
            "Under the October 9 accord, the rebels pledged to disarm.",
            WED,
            [("October 9", "2024-10-09")],
        ),
        # and so does their noun, or another noun of an undertaking
        (
            "The insurer disclosed an agreement to buy a rival in April.",
            date(2024, 11, 5),
            [("April", "2025-04")],
        ),
        ("Parliament backed a proposal to cut fuel duty in June.", DEC, [("June", "2025-06")]),
        ("The insurer bought a rival in April.", date(2024, 11, 5), [("April", "2024-04")]),
        # an irregular past is a past marker too, nearer than an intention farther off; a name
        # spelt as one ("Hung") is not
        (
            "Envoys seeking to end the siege flew to Cairo on Friday.",
            WED,
            [("Friday", "2025-01-17")],
        ),
        (
            "The minister, hoping to calm markets, withdrew the bill in October.",
            WED,
            [("October", "2024-10")],
        ),
        ("A summit will follow the talks with Hung on Friday.", WED, [("Friday", "2025-01-24")]),
        # any the lemmatizer's exceptions know, however rare; after a determiner such a form is
        # a noun, no past
        (
            "Envoys seeking to end the feud forsook the talks on Friday.",
            WED,
            [("Friday", "2025-01-17")],
        ),
        (
            "Rebels hoping to seize the port smote the garrison on Friday.",
            WED,
            [("Friday", "2025-01-17")],
        ),
        ("The clinic offers the shot free until Friday.", WED, [("Friday", "2025-01-24")]),
        # a deadline follows a future tense, not a past one
        ("The airline will double its flights to Lagos by July.", WED, [("July", "2025-07")]),
        ("The ceasefire held until July.", WED, [("July", "2024-07")]),
        # a weekday's deadline not told in the past lies ahead, a few days off
        ("Hamas has until Friday to reply.", WED, [("Friday", "2025-01-24")]),
        ("The curfew stays in force until Monday.", WED, [("Monday", "2025-01-27")]),
        ("Miners must clear the site by Saturday.", WED, [("Saturday", "2025-01-25")]),
        ("The curfew stayed in force until Monday.", WED, [("Monday", "2025-01-20")]),
        # a weekday ending a time granted is the next after the granting, whatever its tense
        (
            "The junta gave the strikers until Friday to end the walkout.",
            WED,
            [("Friday", "2025-01-24")],
        ),
        (
            "Protesters were given until Monday to leave the square.",
            WED,
            [("Monday", "2025-01-27")],
        ),
        # ... after a long object too, but not past a comma: "fought until Friday" is no grant
        (
            "The junta gave foreign reporters working for the state-owned broadcasters in the"
            " capital until Friday to leave.",
            WED,
            [("Friday", "2025-01-24")],
        ),
        (
            "The envoy gave a speech on Monday, and the rebels fought on until Friday.",
            WED,
            [("Monday", "2025-01-20"), ("Friday", "2025-01-17")],
        ),
        (
            "On Monday the court granted the firm until Thursday to appeal.",
            WED,
            [("Monday", "2025-01-20"), ("Thursday", "2025-01-23")],
        ),
        # ... a day its sentence told weeks before too; not one long past, nor one of another
        # sentence beyond the story's reach
        (
            "On January 2 the regulator gave the bank until Friday to sell its stake.",
            WED,
            [("January 2", "2025-01-02"), ("Friday", "2025-01-03")],
        ),
        (
            "The bank, founded on June 1, 2010, was given until Friday to sell its stake.",
            WED,
            [("June 1, 2010", "2010-06-01"), ("Friday", "2025-01-24")],
        ),
        (
            "The strike began on December 2. The junta gave the strikers until Monday to end it.",
            WED,
            [("December 2", "2024-12-02"), ("Monday", "2025-01-27")],
        ),
        # ... not in the past perfect, told before the story's time: its deadline may be past
        (
            "The unions had given the cabinet until Monday to resign.",
            WED,
            [("Monday", "2025-01-20")],
        ),
        # ... and so does a month's, unless it passed within the story's reach
        ("The curfew stays in force until December 20.", WED, [("December 20", "2025-12-20")]),
        ("Fairs are planned in the town until December.", WED, [("December", "2025-12")]),
        ("Refugees have until January 15 to leave.", WED, [("January 15", "2025-01-15")]),
        # "since" looks back, whatever the tense around it
        ("Strikes have gone on since February.", WED, [("February", "2024-02")]),
        ("Strikes have gone on since Feb. 3.", WED, [("Feb. 3", "2024-02-03")]),
        ("Prices fell in early December.", WED, [("early December", "2024-12")]),
        ("They marched on.", WED, []),
        ("The treaty dates from May 2019.", WED, [("May 2019", "2019-05")]),
        ("It may rain.", WED, []),
        ("Voters rejected the May referendum.", WED, [("May", "2024-05")]),
        ("Envoys met on March 20 last year.", WED, [("March 20 last year", "2024-03-20")]),
        # a day's year told after "of", by number or from the anchor's
        ("Talks opened on June 9 of last year.", WED, [("June 9 of last year", "2024-06-09")]),
        (
            "The strike came on January 2 of this year.",
            WED,
            [("January 2 of this year", "2025-01-02")],
        ),
        ("Rebels took the pass on 14 August of 2021.", WED, [("14 August of 2021", "2021-08-14")]),
        (
            "A truce began on the 3rd of May last year.",
            WED,
            [("the 3rd of May last year", "2024-05-03")],
        ),
        ("Relations soured in 2019.", WED, [("2019", "2019")]),
        ("He rose to power in the 1990s.", WED, [("the 1990s", "199")]),
        ("He rose to power in the '80s.", date(1989, 10, 26), [("the '80s", "198")]),
        ("It is the economy of the '20s.", WED, [("the '20s", "202")]),
        ("It was born in the 20th century.", WED, [("the 20th century", "19")]),
        ("Profit rose in the third quarter.", WED, [("the third quarter", "2024-Q3")]),
        ("The third-quarter loss widened.", WED, [("third-quarter", "2024-Q3")]),
        ("Offensives resumed last spring.", WED, [("last spring", "2024-SP")]),
        ("The treaty came into force on Christmas Day.", WED, [("Christmas Day", "2024-12-25")]),
        # ranges give one expression per end
        ("Talks from Jan 3 to 5 failed.", WED, [("Jan 3", "2025-01-03"), ("5", "2025-01-05")]),
        (
            "The summit runs 3-5 March 2025.",
            WED,
            [("3", "2025-03-03"), ("5 March 2025", "2025-03-05")],
        ),
        # the present, durations, frequencies and clock times
        ("Russia is now aligned with China.", WED, [("now", "PRESENT_REF")]),
        ("The two are currently allies.", WED, [("currently", "PRESENT_REF")]),
        ("The siege lasted three days.", WED, [("three days", "P3D")]),
        ("Fighting in the past two years", WED, [("the past two years", "P2Y")]),
        ("Flights leave daily.", WED, [("daily", "P1D")]),
        ("Polls close at 8 p.m. on Tuesday.", WED, [("8 p.m. on Tuesday", "2025-01-21T20:00")]),
        ("He said it on Tuesday night.", WED, [("Tuesday night", "2025-01-21TNI")]),
        # a time zone in words between a clock time and its day; a year is no clock time
        (
            "Shelling began at 6:15 a.m. local time on Monday.",
            WED,
            [("6:15 a.m. local time on Monday", "2025-01-20T06:15")],
        ),
        ("The ferry sank on Monday (1720 GMT).", WED, [("Monday", "2025-01-20")]),
        # "earlier in the month" is the month the text is talking about
        (
            "The EU sanctioned Iran earlier in the month.",
            WED,
            [("earlier in the month", "2025-01")],
        ),
        # a clock time is on the day the text is talking about
        (
            "The envoys met on Monday. Talks ended at 9 p.m.",
            WED,
            [("Monday", "2025-01-20"), ("9 p.m.", "2025-01-20T21:00")],
        ),
        # "before" a noun phrase counts from an event, whose time we do not know
        ("Two days before the vote, rebels attacked.", WED, [("Two days", "P2D")]),
        # ... a name's ("Ruto's swearing-in") and a clause's ("she was charged") too; "before"
        # alone counts from the time told, and a holiday after it is read with it
        (
            "The raid came less than a week before President Ruto's swearing-in.",
            WED,
            [("less than a week", "P1W")],
        ),
        ("She fled the country a month before she was charged.", WED, [("a month", "P1M")]),
        ("The envoy resigned three days before Congress voted.", WED, [("three days", "P3D")]),
        (
            "Rebels seized the port on Monday. A week before, they had shelled it.",
            WED,
            [("Monday", "2025-01-20"), ("A week before", "2025-W03")],
        ),
        (
            "Guards were posted a week before Christmas.",
            WED,
            [("a week before Christmas", "2024-12-18")],
        ),
        # "last night" is the night before the day of publication
        ("Drones struck the port last night.", WED, [("last night", "2025-01-21TNI")]),
        # and so is "overnight" told as an adverb, not a kind of thing, nor a weekday's night
        (
            "Gunmen raided two villages overnight, police said.",
            WED,
            [("overnight", "2025-01-21TNI")],
        ),
        ("Drones hit a depot overnight in Odesa.", WED, [("overnight", "2025-01-21TNI")]),
        ("The central bank raised its overnight rate.", WED, []),
        ("Rebels shelled the port on Sunday overnight.", WED, [("Sunday", "2025-01-19")]),
        # other anchors
        ("Markets fell Friday.", date(1989, 10, 27), [("Friday", "1989-10-27")]),
        (
            "Profit fell from a year ago in the quarter.",
            date(1989, 10, 26),
            [("a year ago", "1988-Q3"), ("the quarter", "1989-Q3")],
        ),
        ("Results for the quarter", date(1989, 10, 26), [("the quarter", "1989-Q3")]),
        ("He was born in nineteen fifty-two.", WED, [("nineteen fifty-two", "1952")]),
        # quantities that look like years are not years
        ("Some 1990 troops and $2000 were sent.", WED, []),
        # "next to" is a place, not a time ahead; a name in -ed ("United") is no past tense
        ("Shells fell next to the consulate on Friday.", WED, [("Friday", "2025-01-17")]),
        ("Envoys would reach the United Nations Friday.", WED, [("Friday", "2025-01-24")]),
        # the perfect of "would" tells a past that did not come about
        ("Envoys would have reached the United Nations Friday.", WED, [("Friday", "2025-01-17")]),
        ("Aid would not have landed at the port in March.", DEC, [("March", "2024-03")]),
        # a word in -ed after a determiner is an adjective, no past tense; a verb is one
        ("Aid would land on a still undisclosed day in March.", DEC, [("March", "2025-03")]),
        ("Aid would land at the renamed port in March.", DEC, [("March", "2025-03")]),
        ("The envoys landed at the port in March.", DEC, [("March", "2024-03")]),
        # a day's occasion ("Tuesday's ruling") is behind unless the verb governing it looks
        # ahead; a tense farther off does not move it
        ("Rebels would look for ways around Tuesday's ruling.", WED, [("Tuesday", "2025-01-21")]),
        (
            "The step follows Monday's offer by Iran, which is prepared to talk.",
            WED,
            [("Monday", "2025-01-20")],
        ),
        ("The envoy will attend Friday's talks in Doha.", WED, [("Friday", "2025-01-24")]),
        ("Crowds will gather ahead of Sunday's vote.", WED, [("Sunday", "2025-01-26")]),
        ("Crowds gathered ahead of Sunday's vote.", WED, [("Sunday", "2025-01-19")]),
        # what is planned or slated for a time lies ahead, however the planning is told
        ("The handover was planned for late January.", DEC, [("late January", "2025-01")]),
        ("A runoff is slated for March, the commission said.", DEC, [("March", "2025-03")]),
        # a verb after a date is less often its own than a verb before it
        ("Kyiv will join the pact in March, an aide said.", WED, [("March", "2025-03")]),
        # a title's period ends no sentence: the tense of "killed" reaches back over "Gen."
        ("In March, Gen. Haftar's men killed 30.", WED, [("March", "2024-03")]),
        # a participle after "is" is a present passive, not a past tense
        ("The appeal is heard in May.", WED, [("May", "2025-05")]),
        # halves are written in the next smaller unit; "more" and "couple of" count too
        ("Refugees stayed in camps for 3 1/2 years.", WED, [("3 1/2 years", "P3Y6M")]),
        ("The envoy spent half an hour in Kabul.", WED, [("half an hour", "PT30M")]),
        ("Talks ran for one and a half days.", WED, [("one and a half days", "P1DT12H")]),
        ("The truce will hold for two more weeks.", WED, [("two more weeks", "P2W")]),
        ("over the next couple of years", WED, [("the next couple of years", "P2Y")]),
        ("Troops will arrive within weeks.", WED, [("weeks", "PXW")]),
        # "the last night" of an event is no night before the anchor
        ("Talks ran into the last night of the summit.", WED, []),
        # "recent" and "coming" stretches are durations of unknown length (TimeML, HeidelTime)
        ("Attacks on convoys rose in recent months.", WED, [("recent months", "PXM")]),
        ("More envoys will follow in the coming weeks.", WED, [("coming weeks", "PXW")]),
        # a stretch back from now of untold length: a bare plural before "ago" (TimeML, TBAQ)
        ("The rebels left the valley years ago.", WED, [("years ago", "PXY")]),
        ("Bolivia closed the border crossing months ago.", WED, [("months ago", "PXM")]),
        (
            "The dam burst decades ago, not two years ago.",
            WED,
            [("decades ago", "PXY"), ("two years ago", "2023")],
        ),
        # a quarter is a fraction before "of" and as "a quarter"; a four-digit year is no count
        ("Three-quarters of the deputies voted for the bill.", WED, []),
        ("The party won more than a quarter of the seats.", WED, []),
        ("over the past two quarters", WED, [("the past two quarters", "P6M")]),
        ("Sales beat the 2023 quarter.", WED, [("the 2023 quarter", "2023-Q4")]),
        # halves of a named year
        ("Exports fell in the second half of 2023.", WED, [("the second half of 2023", "2023-H2")]),
        # decades in words (after "the": "in his forties" is an age), centuries by ordinal
        ("Unrest grew through the nineties.", WED, [("the nineties", "199")]),
        ("The rebel leader is in his forties.", WED, []),
        ("a 12th-century fortress", WED, [("12th-century", "11")]),
        ("Its mills closed in the Nineteenth Century.", WED, [("the Nineteenth Century", "18")]),
        ("a fifteenth-century chapel", WED, [("fifteenth-century", "14")]),
        ("the wars of the twenty-first century", WED, [("the twenty-first century", "20")]),
        # a year that "ended" a day is a twelve-month period
        (
            "In the year ended March 31, the utility lost $3 million.",
            date(1989, 11, 1),
            [("the year", "P1Y"), ("March 31", "1989-03-31")],
        ),
        # weekdays and months in lower case, "march" and "may" only with "on" and a day
        ("Police detained him on tuesday.", WED, [("tuesday", "2025-01-21")]),
        ("The curfew began last saturday night.", WED, [("last saturday night", "2025-01-18TNI")]),
        ("Gunmen killed two on 3 january.", WED, [("3 january", "2025-01-03")]),
        ("Troops withdrew in october.", WED, [("october", "2024-10")]),
        ("Gunmen killed two on 3 may.", date(2025, 6, 4), [("3 may", "2025-05-03")]),
        ("The raid on march 12 failed.", date(2025, 6, 4), [("march 12", "2025-03-12")]),
        ("They may march 12 miles to the capital.", WED, []),
        ("Students march in may.", WED, []),
        # clock times in words, on the day the text is talking about
        ("He lands at 6 in the morning.", WED, [("6 in the morning", "2025-01-22T06:00")]),
        ("The court sat at midday.", WED, [("midday", "2025-01-22T12:00")]),
        ("By mid-afternoon the crowd had gone.", WED, [("mid-afternoon", "2025-01-22TAF")]),
    ],
)
def test_find_dates_values(text: str, anchor: date, expected: list[tuple[str, str]]) -> None:
    assert _found(text, anchor) == expected


@pytest.mark.parametrize(
    ("text", "precision", "type_"),
    [
        ("on Tuesday", "day", "DATE"),
        ("last week", "week", "DATE"),
        ("in March", "month", "DATE"),
        ("in 2019", "year", "DATE"),
        ("the third quarter", "quarter", "DATE"),
        ("for three days", "duration", "DURATION"),
        ("every Monday", "set", "SET"),
        ("at 9 a.m.", "time", "TIME"),
        ("right now", "ref", "DATE"),
    ],
)
def test_find_dates_precision_and_type(text: str, precision: str, type_: str) -> None:
    (expression,) = find_dates(text, WED)
    assert (expression.precision, expression.type) == (precision, type_)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry stops running on Sundays.", [("Sundays", "XXXX-WXX-7")]),
        ("She teaches Thursday evenings at the college.", [("Thursday evenings", "XXXX-WXX-4TEV")]),
        (
            "Markets open late on Monday and Friday mornings.",
            [("Monday", "XXXX-WXX-1TMO"), ("Friday mornings", "XXXX-WXX-5TMO")],
        ),
        # one day each, no recurrence
        (
            "The envoy met Monday and Friday with rebels.",
            [("Monday", "2025-01-20"), ("Friday", "2025-01-17")],
        ),
    ],
)
def test_weekdays_in_the_plural_recur(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rents have tripled over the past decade.", [("the past decade", "P10Y")]),
        ("The bridge is the oldest built in the past century.", [("the past century", "P100Y")]),
        # "last" may name the calendar one: in 2025, the 1900s
        ("The fort was built in the last century.", [("the last century", "19")]),
    ],
)
def test_the_past_decade_is_the_stretch_up_to_now(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks resume at the end of the month.", [("the end of the month", "2025-01")]),
        ("They met at the beginning of the week.", [("the beginning of the week", "2025-W04")]),
        # the month the text is telling of
        (
            "Talks stalled in October. By the end of the month both sides had left.",
            [("October", "2024-10"), ("the end of the month", "2024-10")],
        ),
        # "the week" alone is no one week
        ("Prices rose during the week.", []),
    ],
)
def test_an_edge_of_the_month_or_week_is_the_current_one(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the article is the noun's: one unit, or units of untold number
        ("The unions called a week-long strike at the port.", [("week-long", "P1W")]),
        ("Both sides ended a years-long dispute over fishing.", [("years-long", "PXY")]),
        ("It was the council's second hour-long session.", [("hour-long", "PT1H")]),
        ("They began a three-month-long inquiry.", [("three-month-long", "P3M")]),
    ],
)
def test_a_unit_long_before_a_noun_is_its_stretch(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb bounding a length is its mod, inside; a preposition is outside
        ("The strike has lasted nearly three weeks.", [("nearly three weeks", "P3W")]),
        ("Rebels held the town for almost a decade.", [("almost a decade", "P10Y")]),
        ("He spoke for about an hour.", [("an hour", "PT1H")]),
        ("They signed an almost two-year truce.", [("two-year", "P2Y")]),
        ("Troops must leave by the end of 2026.", [("the end of 2026", "2026")]),
        ("The dam is due by the end of June 2026.", [("the end of June 2026", "2026-06")]),
        # the determiner is the decade's, as a quarter's
        ("Unrest spread in the late 1960s.", [("the late 1960s", "196")]),
        ("Exports boomed in the 1970s.", [("the 1970s", "197")]),
        # "or so" hedges the expression before it
        ("Talks may take two weeks or so.", [("two weeks or so", "P2W")]),
        (
            "Prices should hold over the next three years or so.",
            [("the next three years or so", "P3Y")],
        ),
    ],
)
def test_the_extent_of_an_expression(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The current mayor took office after the vote.", [("current", "PRESENT_REF")]),
        ("Rates reflect current market conditions.", [("current", "PRESENT_REF")]),
        ("Current talks have stalled.", [("Current", "PRESENT_REF")]),
        ("The current account deficit widened.", []),
        ("The current swept two boats away.", []),
        ("The permit, current until May 2024, was revoked.", [("May 2024", "2024-05")]),
        ("Sales rose in the current quarter.", [("the current quarter", "2025-Q1")]),
    ],
)
def test_current_before_a_noun_is_the_present(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor is seeking a second term.", []),
        ("A second tanker was seized off the coast.", []),
        ("Fire broke out in a second-floor office.", []),
        ("The lights flickered for a second and went out.", [("a second", "PT1S")]),
        ("He paused a second or two before answering.", [("a second", "PT1S")]),
    ],
)
def test_a_second_before_a_noun_is_the_ordinal(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Its shares hit a quarter-century high.", "The quarter-to-quarter gain was small."],
)
def test_a_quarter_in_a_compound_is_no_quarter_of_a_year(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("The bank expects a loss for the year.", WED, [("the year", "2025")]),
        ("It was the costliest storm of the year.", WED, [("the year", "2025")]),
        ("He was named Person of the Year.", WED, []),
        ("In the year that followed, exports fell.", WED, []),
        # the scene's year, as a month's: told of a year long past, "the year" is that one
        (
            "In 2009, floods hit the delta. Aid arrived by the end of the year.",
            WED,
            [("2009", "2009"), ("the end of the year", "2009")],
        ),
        (
            "In 2009, floods hit the delta. It was the worst flood of the year.",
            WED,
            [("2009", "2009"), ("the year", "2009")],
        ),
        # told ahead, the year under way
        (
            "In 2009, floods hit the delta. New dams will be built by the end of the year.",
            WED,
            [("2009", "2009"), ("the end of the year", "2025")],
        ),
    ],
)
def test_the_year_is_the_one_under_way_or_the_scenes(
    text: str, anchor: date, expected: list[tuple[str, str]]
) -> None:
    assert _found(text, anchor) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister told the Daily Record he would resign.", []),
        ("Daily Record reporters saw the convoy.", []),
        ("An editorial in China Daily backed the plan.", []),
        ("Ferries cross the bay daily.", [("daily", "P1D")]),
        ("Weekly, the council reviews the figures.", [("Weekly", "P1W")]),
    ],
)
def test_a_periodicals_name_is_no_set(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a month, a day told from it is one of its days, which one untold
        (
            "In October, floods cut the road. Crews reopened it three days later.",
            [("October", "2024-10"), ("three days later", "2024-10-XX")],
        ),
        (
            "Last month the strike began; that same day the port shut.",
            [("Last month", "2024-12"), ("that same day", "2024-12-XX")],
        ),
        # after a year that sets the scene, a day, week or month of that year, not of the
        # publication's
        (
            "In 2016, rebels took the airport. A week later they shelled the port, and the next"
            " day they withdrew.",
            [("2016", "2016"), ("A week later", "2016-WXX"), ("the next day", "2016-XX-XX")],
        ),
        (
            "Last year the dam burst. The following month, the villages were rebuilt.",
            [("Last year", "2024"), ("The following month", "2024-XX")],
        ),
        # a clock time too: on a day of that month, which one untold
        (
            "The envoy was kidnapped in March 2019. Gunmen took him just before midnight.",
            [("March 2019", "2019-03"), ("midnight", "2019-03-XXT24:00")],
        ),
        # a unit no finer than the reference's counts from it
        (
            "In 2016, rebels took the airport. The following year they lost it.",
            [("2016", "2016"), ("The following year", "2017")],
        ),
        # years count from the last year told, a bare one too, as "the following year" does
        (
            "The mine closed in 2009 and reopened four years later.",
            [("2009", "2009"), ("four years later", "2013")],
        ),
        (
            "The ceasefire of 2020 broke down. Two years earlier, talks in Oslo had failed.",
            [("2020", "2020"), ("Two years earlier", "2018")],
        ),
        # after a day, the day after it
        (
            "On Jan. 6, floods cut the road. Crews reopened it two days later.",
            [("Jan. 6", "2025-01-06"), ("two days later", "2025-01-08")],
        ),
    ],
)
def test_a_day_told_from_a_month_or_a_year_is_untold(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


def test_a_reference_told_as_a_month_counts_no_day() -> None:
    october = date(2024, 10, 1)
    (later,) = find_dates("Three days later it reopened.", WED, reference=october)
    assert later.value == "2024-10-04"
    (later,) = find_dates(
        "Three days later it reopened.", WED, reference=october, reference_month=True
    )
    assert later.value == "2024-10-XX"
    assert resolve_date(
        "Three days later it reopened.", WED, reference=october, reference_month=True
    ) == (october, DatePrecision.MONTH, DateSource.SENTENCE)


def test_an_untold_day_of_a_month_dates_by_that_month() -> None:
    (_, later) = find_dates("In October, floods cut the road. A day later it reopened.", WED)
    assert later.first_day() == date(2024, 10, 1)
    assert later.reference() == date(2024, 10, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quantity, maybe of things named, before "a year", "a week": a rate, which recurs
        ("The plant loses $300 million a year.", ("a year", "P1Y", "SET")),
        ("The airline adds 900 seats a week.", ("a week", "P1W", "SET")),
        ("The field pumps 4,000 barrels of crude a day.", ("a day", "P1D", "SET")),
        ("The ferry makes three crossings a day.", ("a day", "P1D", "SET")),
        # no quantity, or a year: a stretch of time
        ("It takes patients a week to recover.", ("a week", "P1W", "DURATION")),
        ("Six soldiers were wounded in a week.", ("a week", "P1W", "DURATION")),
        ("1998 was a year of floods.", ("a year", "P1Y", "DURATION")),
    ],
)
def test_a_rate_recurs(text: str, expected: tuple[str, str, str]) -> None:
    assert (*_found(text)[-1], find_dates(text, WED)[-1].type) == expected


def test_find_dates_offsets_point_into_the_text() -> None:
    text = "Xi and Putin spoke on January 20; Trump on Tuesday threatened tariffs."
    expressions = find_dates(text, WED)
    assert [text[e.start : e.end] for e in expressions] == ["January 20", "Tuesday"]
    assert all(isinstance(e, TimeExpression) for e in expressions)
    assert [e.start for e in expressions] == sorted(e.start for e in expressions)


# (text, the word an event reader knows to be a future act, anchor, expected): the word counts
# as "will" would for the dates after it, never for those before it.
@pytest.mark.parametrize(
    ("text", "word", "anchor", "expected"),
    [
        ("Macron was invited to visit Beijing in April.", "visit", WED, [("April", "2025-04")]),
        ("Macron was invited to visit Beijing in April.", None, WED, [("April", "2024-04")]),
        ("The pact they reached lets them meet in May.", "meet", DEC, [("May", "2025-05")]),
        ("Ministers urged Iran on Monday to talk.", "talk", WED, [("Monday", "2025-01-20")]),
        ("Officials pressed Iran to talk on Monday.", "talk", WED, [("Monday", "2025-01-27")]),
        ("They signed the deal in March.", "signed", WED, [("March", "2025-03")]),
    ],
)
def test_find_dates_future_word(
    text: str, word: str | None, anchor: date, expected: list[tuple[str, str]]
) -> None:
    future_at = text.index(word) if word else None
    found = find_dates(text, anchor, future_at=future_at)
    assert [(e.text, e.value) for e in found] == expected


@pytest.mark.parametrize(
    ("sentence", "paragraph", "expected"),
    [
        (
            "Trump on Tuesday threatened tariffs on Beijing.",
            None,
            (date(2025, 1, 21), DatePrecision.DAY, DateSource.SENTENCE),
        ),
        (
            "Xi and Putin held a video call.",
            "January 20 has witnessed several events. Xi and Putin held a video call.",
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.PARAGRAPH),
        ),
        (
            "The talks stalled last week.",
            None,
            (date(2025, 1, 13), DatePrecision.WEEK, DateSource.SENTENCE),
        ),
        (
            "Russia mobilised troops in March.",
            None,
            (date(2024, 3, 1), DatePrecision.MONTH, DateSource.SENTENCE),
        ),
        (
            "The treaty was signed in 2019.",
            None,
            (date(2019, 1, 1), DatePrecision.YEAR, DateSource.SENTENCE),
        ),
        # a weekend dates an event in its calendar week
        (
            "The rebels shelled the airbase over the weekend.",
            None,
            (date(2025, 1, 13), DatePrecision.WEEK, DateSource.SENTENCE),
        ),
        (
            "Police detained two reporters last weekend.",
            None,
            (date(2025, 1, 13), DatePrecision.WEEK, DateSource.SENTENCE),
        ),
        # vague or periodic expressions do not date an event
        (
            "Russia sided with China for three days every week.",
            "No dates here either.",
            (WED, DatePrecision.DAY, DateSource.PUBLISHED_AT),
        ),
        # "now" is the day of the report, whatever day the paragraph told before
        (
            "Russia is now aligned with China.",
            "The talks opened on Monday.",
            (WED, DatePrecision.DAY, DateSource.SENTENCE),
        ),
        # "current" before a noun tells what holds now, not when the act was: the paragraph's day
        (
            "The current mayor opened the bridge.",
            "The talks opened on Monday.",
            (MON, DatePrecision.DAY, DateSource.PARAGRAPH),
        ),
        # a quarter or a season dates an event at its own precision, not as a false month
        (
            "The state oil firm's exports fell in the third quarter.",
            None,
            (date(2024, 7, 1), DatePrecision.QUARTER, DateSource.SENTENCE),
        ),
        (
            "The rebels overran the airbase last summer.",
            None,
            (date(2024, 6, 1), DatePrecision.SEASON, DateSource.SENTENCE),
        ),
    ],
)
def test_resolve_date(
    sentence: str, paragraph: str | None, expected: tuple[date, DatePrecision, DateSource]
) -> None:
    assert resolve_date(sentence, WED, paragraph=paragraph) == expected


def test_resolve_date_reads_a_date_whole_and_takes_the_nearest() -> None:
    sentence = "Gunmen stormed the two consulates on Aug. 7, 1998 in the capitals."
    # the parse left the year outside the verb's clause: the date is still read whole
    year = sentence.index("1998")
    clause = sentence[:year] + " " * 4 + sentence[year + 4 :]
    assert resolve_date(sentence, WED, clause=clause, tense="past", happened=True) == (
        date(1998, 8, 7),
        DatePrecision.DAY,
        DateSource.SENTENCE,
    )
    # of two dates of the clause, the one nearest the event (here: the later one) dates it
    sentence = "The 2019 accord was broken last week."
    nearest = resolve_date(sentence, WED, distance=lambda start, end: -start)
    assert nearest == (date(2025, 1, 13), DatePrecision.WEEK, DateSource.SENTENCE)


def test_resolve_date_of_an_act_ahead() -> None:
    sentence = "Putin said he hoped to welcome Xi in May."
    at = sentence.index("welcome")
    assert resolve_date(sentence, DEC, future_at=at) == (
        date(2025, 5, 1),
        DatePrecision.MONTH,
        DateSource.SENTENCE,
    )
    assert resolve_date("Putin welcomed Xi in May.", DEC)[0] == date(2024, 5, 1)


# (text, reference, expected): "later", "earlier", "the next day", "that month" count from the
# time the text is talking about: the caller's reference, then the last date told to the day
# or month; "ago" counts from the anchor (published 11 December 2024).
@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        (
            "The port reopened on 2 June 2024. Ten days later it shut again.",
            None,
            [("2 June 2024", "2024-06-02"), ("Ten days later", "2024-06-12")],
        ),
        (
            "The truce began on March 3, 2024, and the next day fighting resumed.",
            None,
            [("March 3, 2024", "2024-03-03"), ("the next day", "2024-03-04")],
        ),
        # "the day before" ending its phrase, not before a noun it tells the day before of
        (
            "The ferry sank on 9 May 2024. The day before, the crew had warned the owners, "
            "and the week after, the owners sold the fleet.",
            None,
            [
                ("9 May 2024", "2024-05-09"),
                ("The day before", "2024-05-08"),
                ("the week after", "2024-W20"),
            ],
        ),
        ("The mayor resigned the day before the vote.", None, []),
        # a part of the day told from the reference day, which it moves on
        (
            "Rebels shelled the port on 7 May 2024; the following morning the navy left. "
            "That night the shelling stopped.",
            None,
            [
                ("7 May 2024", "2024-05-07"),
                ("the following morning", "2024-05-08TMO"),
                ("That night", "2024-05-08TNI"),
            ],
        ),
        (
            "Two weeks earlier the envoy had left.",
            date(2024, 6, 20),
            [("Two weeks earlier", "2024-W23")],
        ),
        ("Later that month the siege ended.", date(2024, 6, 10), [("Later that month", "2024-06")]),
        (
            "The following year the border closed.",
            date(2019, 5, 1),
            [("The following year", "2020")],
        ),
        # without a reference, the anchor; "ago" always from the anchor
        ("A week later the border closed.", None, [("A week later", "2024-W51")]),
        ("Two days ago the border closed.", date(2019, 5, 1), [("Two days ago", "2024-12-09")]),
        # a bare year is a comparison more often than the time of the story: a week or a day
        # later does not count from it
        (
            "Exports rose from 2019 levels. A week later they fell.",
            None,
            [("2019", "2019"), ("A week later", "2024-W51")],
        ),
        # ... but years, and "that year", count from the last year told, a bare one too
        (
            "Exports rose from 2019 levels. A year later they fell.",
            None,
            [("2019", "2019"), ("A year later", "2020")],
        ),
        (
            "Grain exports doubled in 2016, and that same year the port was dredged.",
            None,
            [("2016", "2016"), ("that same year", "2016")],
        ),
        (
            "Its harvest failed in 2021. Later that year the mill closed; earlier in the year "
            "it had hired.",
            date(2024, 3, 5),
            [("2021", "2021"), ("Later that year", "2021"), ("earlier in the year", "2024")],
        ),
        # "at the time" closing a clause is the time told before, a day (a clock time's too)
        # kept, or the month of the caller's reference...
        (
            "The rebels seized the mine on March 3, 2018. The army said at the time, it would "
            "retake it.",
            None,
            [("March 3, 2018", "2018-03-03"), ("the time", "2018-03-03")],
        ),
        (
            "A fire broke out at 2 a.m. on Sunday; 40 guests were in the hotel at the time.",
            None,
            [("2 a.m. on Sunday", "2024-12-08T02:00"), ("the time", "2024-12-08")],
        ),
        (
            "He spoke of a truce three weeks ago and was hopeful at the time.",
            None,
            [("three weeks ago", "2024-W47"), ("the time", "2024-W47")],
        ),
        (
            "Around that same time, the envoy quit.",
            date(2023, 8, 1),
            [("that same time", "2023-08")],
        ),
        # ... nothing where none was told, where it may open a time of its own, or where the
        # sentence names an undated time
        ("The minister was abroad at the time.", None, []),
        ("He was in Kabul at the time of the blast.", date(2023, 8, 1), []),
        ("At the time the envoy was seized, talks had stalled.", date(2023, 8, 1), []),
        (
            "While he was governor, he cut taxes, and his aide ran the port at the time.",
            date(2023, 8, 1),
            [],
        ),
    ],
)
def test_find_dates_from_the_reference_time(
    text: str, reference: date | None, expected: list[tuple[str, str]]
) -> None:
    found = find_dates(text, DEC, reference=reference)
    assert [(e.text, e.value) for e in found] == expected


# (text, frame, expected): a month (and day) without its year, not told as ahead, is in the year
# of the scene long past that its paragraph sets ("In 2016, ...", "In the 2016 race, ...", "Last
# year, ..." opening a sentence, or the caller's `frame`), until the line ends or a date of the
# story's present is told (published 11 December 2024).
@pytest.mark.parametrize(
    ("text", "frame", "expected"),
    [
        (
            "In 2016, rebels took the airport. On March 3, they shelled the capital.",
            None,
            [("2016", "2016"), ("March 3", "2016-03-03")],
        ),
        (
            "During 2012, the party gained seats in May and lost them in November.",
            None,
            [("2012", "2012"), ("May", "2012-05"), ("November", "2012-11")],
        ),
        (
            "In September 2019, the dam burst. On Oct. 2, the river crested.",
            None,
            [("September 2019", "2019-09"), ("Oct. 2", "2019-10-02")],
        ),
        (
            "Last year, rebels took the airport. On Nov. 3, they shelled the capital.",
            None,
            [("Last year", "2023"), ("Nov. 3", "2023-11-03")],
        ),
        ("On Oct. 2, the river crested.", date(2019, 1, 1), [("Oct. 2", "2019-10-02")]),
        # a new paragraph, or a date of the story's present, is back in the present
        (
            "In 2016, rebels took the airport.\nOn Nov. 3, they shelled the capital.",
            None,
            [("2016", "2016"), ("Nov. 3", "2024-11-03")],
        ),
        (
            "In 2016, rebels took the airport. On Monday they left it. On Nov. 3, they shelled "
            "the capital.",
            None,
            [("2016", "2016"), ("Monday", "2024-12-09"), ("Nov. 3", "2024-11-03")],
        ),
        # an occasion the year names, opening the sentence, sets the scene too
        (
            "In the 2018 race, the mayor trailed until August and won in November.",
            None,
            [("2018", "2018"), ("August", "2018-08"), ("November", "2018-11")],
        ),
        # a year inside its sentence is more often a comparison than a scene
        (
            "Exports rose above 2016 levels. On Nov. 3, the port shut.",
            None,
            [("2016", "2016"), ("Nov. 3", "2024-11-03")],
        ),
        # an act ahead is not in the scene's year
        (
            "In 2016, rebels took the airport. They will leave it on March 3.",
            None,
            [("2016", "2016"), ("March 3", "2025-03-03")],
        ),
    ],
)
def test_a_month_and_day_are_in_the_year_of_the_scene_told(
    text: str, frame: date | None, expected: list[tuple[str, str]]
) -> None:
    assert [(e.text, e.value) for e in find_dates(text, DEC, frame=frame)] == expected


# (text, parsed, told_last, expected): a month and day in the past perfect lie before the last
# time told, a bare year inside its sentence too, or the paragraph's before the text; in the
# simple past, or after a recent time, they stay near the anchor.
@pytest.mark.parametrize(
    ("text", "parsed", "told_last", "expected"),
    [
        (
            "Rebels took the airport in 2016. The navy had shelled the port on Nov. 3.",
            "perfect",
            None,
            [("2016", "2016"), ("Nov. 3", "2016-11-03")],
        ),
        (
            "Rebels took the airport in 2016. The navy shelled the port on Nov. 3.",
            "past",
            None,
            [("2016", "2016"), ("Nov. 3", "2024-11-03")],
        ),
        (
            "Rebels took the airport last month. The navy had shelled the port in June.",
            "perfect",
            None,
            [("last month", "2024-11"), ("June", "2024-06")],
        ),
        (
            "The navy had shelled the port in June.",
            "perfect",
            date(2019, 1, 1),
            [("June", "2019-06")],
        ),
        ("The navy had shelled the port in June.", "perfect", None, [("June", "2024-06")]),
    ],
)
def test_a_month_told_in_the_past_perfect_is_before_the_time_told_last(
    text: str, parsed: str, told_last: date | None, expected: list[tuple[str, str]]
) -> None:
    found = find_dates(text, DEC, tense_at=lambda at: parsed, told_last=told_last)
    assert [(e.text, e.value) for e in found] == expected


# (text, speech, expected): "today", "last night" in a quotation count from the day the words
# were said: the last day the story told, within a fortnight before the anchor (Wednesday 22
# January 2025), else the anchor; outside quotations, from the anchor.
@pytest.mark.parametrize(
    ("text", "speech", "expected"),
    [
        (
            'The minister quit on Monday. "Today I leave with a clear conscience," she said.',
            None,
            [("Monday", "2025-01-20"), ("Today", "2025-01-20")],
        ),
        (
            "The minister quit on Monday. \u201cWe argued last night,\u201d she said.",
            None,
            [("Monday", "2025-01-20"), ("last night", "2025-01-19TNI")],
        ),
        (
            "The mayor spoke on Monday. \u201cThey shelled our port overnight,\u201d she said.",
            None,
            [("Monday", "2025-01-20"), ("overnight", "2025-01-19TNI")],
        ),
        (
            "The minister quit on Monday. She said today that she had no regrets.",
            None,
            [("Monday", "2025-01-20"), ("today", "2025-01-22")],
        ),
        ('"Today we vote," the speaker said.', date(2025, 1, 17), [("Today", "2025-01-17")]),
        # a day older than a fortnight is no day the story has reached
        (
            'The pact was signed on 2 March 2024. "Today we vote," the speaker said.',
            None,
            [("2 March 2024", "2024-03-02"), ("Today", "2025-01-22")],
        ),
        ('"Today we vote," the speaker said.', None, [("Today", "2025-01-22")]),
    ],
)
def test_quoted_words_count_from_the_day_they_were_said(
    text: str, speech: date | None, expected: list[tuple[str, str]]
) -> None:
    assert [(e.text, e.value) for e in find_dates(text, WED, speech=speech)] == expected


def test_a_quarter_told_before_makes_a_year_earlier_a_quarter() -> None:
    text = "A year earlier, the bank lost $2 million."
    assert [e.value for e in find_dates(text, WED)] == ["2024"]
    assert [e.value for e in find_dates(text, WED, quarter_told=True)] == ["2023-Q4"]


# A count that carries the anchor past the calendar's years 1 to 9999 is a vague past or
# future, or no date from a reference time; never an error.
@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        (
            "Potters fired this bowl 2300 years ago.",
            date(2001, 3, 7),
            [("2300 years ago", "PAST_REF")],
        ),
        (
            "Its waste stays toxic for 9000 years from now.",
            WED,
            [("9000 years from now", "FUTURE_REF")],
        ),
        (
            "The town was founded in 1850. Some 4000 years earlier, a river ran here.",
            WED,
            [("1850", "1850")],
        ),
        ("Voters will choose next year.", date(9999, 6, 1), []),
    ],
)
def test_a_count_past_the_calendar_is_no_date(
    text: str, anchor: date, expected: list[tuple[str, str]]
) -> None:
    assert _found(text, anchor) == expected


# (text, tense, expected): a tense the caller knows decides the direction of a bare day or
# month however far back it lies; the words around it are only a guess, unless a past verb
# comes right before it (published 11 December).
@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("Flynn resigned on February 13.", "past", "2024-02-13"),
        ("Flynn resigned on February 13.", None, "2024-02-13"),
        ("Flynn said he resigns on February 13.", None, "2025-02-13"),
        # a verb of schedule looks forward
        ("The vote was scheduled on February 13.", None, "2025-02-13"),
        ("The summit opens on February 13.", "future", "2025-02-13"),
        ("Ministers meet in March.", "past", "2024-03"),
        ("Ministers meet in March.", "future", "2025-03"),
        # a deadline is not dated by its verb's tense
        ("They extended the offer until February 13.", "past", "2025-02-13"),
        # a named weekday picks the year in which the day falls on it, whatever the tense
        ("The envoys met on Friday, December 13.", "past", "2024-12-13"),
        ("The envoys met on Wednesday, December 13.", "past", "2023-12-13"),
        ("The envoys meet on Saturday, December 13.", "future", "2025-12-13"),
    ],
)
def test_find_dates_known_tense(text: str, tense: str | None, expected: str) -> None:
    (expression,) = find_dates(text, DEC, tense=tense)
    assert expression.value == expected


# (sentence, keywords, expected) for resolve_date, published Wednesday 22 January 2025.
@pytest.mark.parametrize(
    ("sentence", "keywords", "expected"),
    [
        # an act that happened skips a date after publication for the next one
        (
            "Talks set for 3 March 2025 follow those of 20 January 2025.",
            {"happened": True},
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.SENTENCE),
        ),
        (
            "The envoy left, and talks open on 3 March 2025.",
            {"happened": True},
            (WED, DatePrecision.DAY, DateSource.PUBLISHED_AT),
        ),
        (
            "The envoy left, and talks open on 3 March 2025.",
            {},
            (date(2025, 3, 3), DatePrecision.DAY, DateSource.SENTENCE),
        ),
        # a past perfect with no time of its own: the publication year, not a false day
        (
            "The envoy had left.",
            {"tense": "perfect", "story": date(2025, 1, 20)},
            (date(2025, 1, 1), DatePrecision.YEAR, DateSource.PUBLISHED_AT),
        ),
        # a past act with no time of its own happened when the story is, if that is recent
        (
            "The envoy left.",
            {"tense": "past", "story": date(2025, 1, 20)},
            (date(2025, 1, 20), DatePrecision.DAY, DateSource.DISCOURSE),
        ),
        (
            "The envoy left.",
            {"tense": "past", "story": date(2024, 11, 20)},
            (WED, DatePrecision.DAY, DateSource.PUBLISHED_AT),
        ),
        (
            "The envoy leaves.",
            {"story": date(2025, 1, 20)},
            (WED, DatePrecision.DAY, DateSource.PUBLISHED_AT),
        ),
    ],
)
def test_resolve_date_of_an_event(
    sentence: str, keywords: dict[str, Any], expected: tuple[date, DatePrecision, DateSource]
) -> None:
    assert resolve_date(sentence, WED, **keywords) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a holiday's name inside a longer name is no date
        ("Ships sailed to Christmas Island.", []),
        ("She sang for the Easter Appeal Choir.", []),
        # unless a preposition of time introduces it
        ("On Christmas Eve Russia shelled Kherson.", [("Christmas Eve", "2024-12-24")]),
        ("Talks stalled at Easter.", [("Easter", "2024-03-31")]),
    ],
)
def test_a_holiday_inside_a_name_is_no_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every country has its own Independence Day: July 4 only in a text of the US
        ("Crowds marched in Accra on Independence Day.", []),
        (
            "Crowds marched in Boston on Independence Day, the US holiday.",
            [("Independence Day", "2024-07-04")],
        ),
        # the eve of a holiday is the day before it
        (
            "Fireworks lit American skies on the eve of Independence Day.",
            [("the eve of Independence Day", "2024-07-03")],
        ),
        ("Guards were posted on the eve of Christmas.", [("the eve of Christmas", "2024-12-24")]),
    ],
)
def test_independence_day_is_july_4_only_in_a_text_of_the_us(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # a holiday's year follows the tense like a month's: the last one begun by the anchor
        # in the past, the next one not over in the future, else the nearer one
        ("Monks fasted during Easter week.", date(2026, 4, 1), [("Easter week", "2026-W14")]),
        ("Monks fasted during Easter week.", date(2026, 3, 20), [("Easter week", "2025-W16")]),
        ("Envoys will gather at Easter.", date(2026, 3, 20), [("Easter", "2026-04-05")]),
        ("Christmas markets draw crowds.", date(2026, 12, 1), [("Christmas", "2026-12-25")]),
        ("Christmas markets draw crowds.", date(2027, 1, 15), [("Christmas", "2026-12-25")]),
        ("Rebels shelled the port at Christmas.", date(2026, 12, 1), [("Christmas", "2025-12-25")]),
        (
            "Voters cast ballots last Christmas.",
            date(2026, 12, 25),
            [("last Christmas", "2025-12-25")],
        ),
        # a holiday that drew near is ahead of the story's time, not behind the anchor: the
        # nearer one
        (
            "Rallies grew as Election Day drew closer.",
            date(2026, 10, 30),
            [("Election Day", "2026-11-03")],
        ),
        (
            "Shops filled as Christmas approached.",
            date(2026, 12, 20),
            [("Christmas", "2026-12-25")],
        ),
        ("Shops filled as Christmas approached.", date(2027, 1, 10), [("Christmas", "2026-12-25")]),
    ],
)
def test_a_holiday_takes_its_year_from_the_tense(
    text: str, anchor: date, expected: list[tuple[str, str]]
) -> None:
    assert _found(text, anchor) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # "last" is the last season over, "next" the next not begun: a winter runs from
        # December into the next year
        ("Herders lost cattle last winter.", date(2026, 1, 20), [("last winter", "2024-WI")]),
        ("Herders lost cattle last winter.", date(2026, 7, 20), [("last winter", "2025-WI")]),
        ("A drought struck last summer.", date(2026, 10, 5), [("last summer", "2026-SU")]),
        ("A drought struck last summer.", date(2026, 7, 5), [("last summer", "2025-SU")]),
        ("Ballots are due next spring.", date(2026, 1, 5), [("next spring", "2026-SP")]),
        ("Ballots are due next spring.", date(2026, 4, 5), [("next spring", "2027-SP")]),
        # "this" is the year's, in January the winter under way
        ("The ferry stops this winter.", date(2026, 1, 20), [("this winter", "2025-WI")]),
        ("The ferry stops this winter.", date(2026, 10, 20), [("this winter", "2026-WI")]),
        ("The party met this summer.", date(2026, 3, 20), [("this summer", "2026-SU")]),
        # "the" follows the tense as a month does
        ("The militia retreated in the autumn.", date(2026, 2, 9), [("the autumn", "2025-FA")]),
        ("The ministers will meet in the autumn.", date(2026, 2, 9), [("the autumn", "2026-FA")]),
        ("The ministers will meet in the spring.", date(2026, 11, 9), [("the spring", "2027-SP")]),
    ],
)
def test_a_season_takes_its_year_from_its_word_or_the_tense(
    text: str, anchor: date, expected: list[tuple[str, str]]
) -> None:
    assert _found(text, anchor) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the previous Friday", "the following Monday" count from the day the story is at
        (
            "Ministers signed the pact on Jan. 8. The previous Friday, envoys had quarrelled.",
            [("Jan. 8", "2025-01-08"), ("The previous Friday", "2025-01-03")],
        ),
        (
            "Ministers signed the pact on Jan. 8. The following Monday morning, it collapsed.",
            [("Jan. 8", "2025-01-08"), ("The following Monday morning", "2025-01-13TMO")],
        ),
        # with no day told before, from the publication's
        ("The previous Tuesday's strike ended.", [("The previous Tuesday", "2025-01-21")]),
        # "that morning" and "earlier that day" stay on the day told
        (
            "Troops crossed the river on Jan. 9. Earlier that day, a bridge fell.",
            [("Jan. 9", "2025-01-09"), ("Earlier that day", "2025-01-09")],
        ),
    ],
)
def test_a_weekday_told_from_the_story_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("parsed", "expected"), [(None, "2025-01-17"), ("future", "2025-01-24")])
def test_a_parsed_tense_reads_a_date_instead_of_the_words_around_it(
    parsed: str | None, expected: str
) -> None:
    # "attended" and "said" read Friday as past; a parse that finds "open" scheduled reads it ahead
    text = "Talks open in Geneva on Friday, diplomats who attended the last round said."
    (friday,) = find_dates(text, WED, tense_at=lambda at: parsed)
    assert friday.value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a story of quarters: the quarter just reported, as "the latest quarter" is
        (
            "Brightwater posted a profit in the second quarter. Revenue in the latest period"
            " rose 8%.",
            [("the second quarter", "2025-Q2"), ("the latest period", "2025-Q2")],
        ),
        (
            "Orchard Mills earned $4 million in the quarter. Its most recent period included"
            " a charge.",
            [("the quarter", "2025-Q2"), ("Its most recent period", "2025-Q2")],
        ),
        # no quarter told: a stretch of unrest, no time
        ("The latest period of unrest began after the vote.", []),
    ],
)
def test_the_latest_period_of_a_story_of_quarters_is_the_quarter_reported(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text, date(2025, 8, 6)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new terminal should open by year's end.", [("year's end", "2025")]),
        ("Exports had slowed by last year's end.", [("last year's end", "2024")]),
        (
            "The ministry hopes to finish the bridge before next year's end.",
            [("next year's end", "2026")],
        ),
    ],
)
def test_years_end_is_the_end_of_the_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a programme's, a campaign's, a film's name in quotation marks: no time
        ('The minister spoke on the radio show "Good Morning Tuesday" about tariffs.', []),
        ("Rebels called the offensive ``Operation Northern Winter'' in a statement.", []),
        (
            'She appeared on "Sixty Minutes," the network said on Monday.',
            [("Monday", "2025-01-20")],
        ),
        ('Fans watched the film "A Year in Lisbon" again.', []),
        # quoted words that open a sentence are a time: no word capitalised as a title's
        ('"Next Tuesday," the mayor said, "the bridge reopens."', [("Next Tuesday", "2025-01-28")]),
        ('"Last year was hard," he said.', [("Last year", "2024")]),
    ],
)
def test_a_title_in_quotation_marks_is_no_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # a time granted, a deadline ahead: the words before the clock time tell it
        (
            "The council gave the builders until 8 a.m. Tuesday to clear the site.",
            WED,
            [("8 a.m. Tuesday", "2025-01-28T08:00")],
        ),
        ("The ceasefire holds until noon Friday.", MON, [("noon Friday", "2025-01-24T12:00")]),
        ("The permit expires at midnight Friday.", MON, [("midnight Friday", "2025-01-24T24:00")]),
        # told in the past, or with no deadline, the weekday before
        ("The ceasefire held until noon Friday.", MON, [("noon Friday", "2025-01-17T12:00")]),
        (
            "Guards opened the gate at 6 a.m. Saturday.",
            MON,
            [("6 a.m. Saturday", "2025-01-18T06:00")],
        ),
    ],
)
def test_a_deadline_before_a_clock_time_reads_the_weekday_after_it(
    text: str, anchor: date, expected: list[tuple[str, str]]
) -> None:
    assert _found(text, anchor) == expected
