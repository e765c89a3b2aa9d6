"""A small hand-built graph with known answers: eight articles from four outlets, May-June 2025.

Events, by the key the store merges them on (reports in brackets):

    CONSULT  Putin + Xi (participants)   2025-05-08 day  [reuters-1, tass-1, reuters-2]
    AGREE    Russia + China              2025-05-08 day  [reuters-1]
    ACCUSE   Russia -> NATO              2025-05-07 day  [tass-1]
    SANCTION United States -> Russia     2025-05-15 day  [ap-1, reuters-3]
    SANCTION United States -> China      2025-05-15 day  [ap-1, hypothetical]
    CONSULT  Trump + Xi                  2025-06-01 day  [xinhua-1]
    REJECT   China -> United States      2025-06-02 day  [xinhua-1]
    ASSAULT  Russia -> Ukraine           2025-06-09 day  [ap-2]
    AID      United States -> Ukraine    2025-06    month [ap-2]
    MOBILIZE NATO                        2025-06-11 day  [blog-1, negated; no source, no url]

So: CONSULT Putin-Xi has n_articles 3 and n_sources 2 (two Reuters articles, one TASS);
SANCTION US->Russia has 2 and 2. Ukraine and Xi Jinping are not connected; Putin reaches
Trump in two hops through Xi.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime

from graph.models import (
    QUAD_CLASS,
    Actor,
    ActorKind,
    DatePrecision,
    DateSource,
    Event,
    EventType,
    ExtractedArticle,
    Location,
    LocationPrecision,
)

RUSSIA = Actor(
    id="country:RUS",
    name="Russia",
    kind=ActorKind.COUNTRY,
    country="RUS",
    aliases=["Moscow", "Russian Federation", "the Kremlin"],
)
CHINA = Actor(
    id="country:CHN",
    name="China",
    kind=ActorKind.COUNTRY,
    country="CHN",
    aliases=["Beijing", "People's Republic of China"],
)
USA = Actor(
    id="country:USA",
    name="United States",
    kind=ActorKind.COUNTRY,
    country="USA",
    aliases=["US", "Washington", "United States of America"],
)
UKRAINE = Actor(
    id="country:UKR", name="Ukraine", kind=ActorKind.COUNTRY, country="UKR", aliases=["Kyiv"]
)
XI = Actor(
    id="person:xi-jinping",
    name="Xi Jinping",
    kind=ActorKind.PERSON,
    country="CHN",
    aliases=["Xi"],
    role="President",
)
PUTIN = Actor(
    id="person:vladimir-putin",
    name="Vladimir Putin",
    kind=ActorKind.PERSON,
    country="RUS",
    aliases=["Putin"],
    role="President",
)
TRUMP = Actor(
    id="person:donald-trump",
    name="Donald Trump",
    kind=ActorKind.PERSON,
    country="USA",
    aliases=["Donald J. Trump", "Trump"],
    role="President",
)
NATO = Actor(
    id="org:NATO",
    name="NATO",
    kind=ActorKind.ORGANISATION,
    aliases=["North Atlantic Treaty Organization"],
)


# Places of the located events of the place tests (GeoNames ids and coordinates).
KYIV = Location(
    id="703448",
    name="Kyiv",
    geonameid=703448,
    country="UKR",
    admin1="12",
    lat=50.45466,
    lon=30.5238,
    precision=LocationPrecision.CITY,
)
KHARKIV = Location(
    id="706483",
    name="Kharkiv",
    geonameid=706483,
    country="UKR",
    admin1="07",
    lat=49.98081,
    lon=36.25272,
    precision=LocationPrecision.CITY,
)


@dataclass(frozen=True)
class Spec:
    """One event of a hand-built article: which sentence, what, when, who."""

    sentence: int
    type: EventType
    day: date
    source: tuple[Actor, ...] = ()
    target: tuple[Actor, ...] = ()
    participants: tuple[Actor, ...] = ()
    precision: DatePrecision = DatePrecision.DAY
    confidence: float = 0.8
    negated: bool = False
    hypothetical: bool = False


def article(
    article_id: str,
    sentences: list[str],
    *,
    url: str | None,
    source: str | None,
    published: datetime | None,
    actors: list[Actor],
    events: list[Spec],
) -> ExtractedArticle:
    """An extracted article whose text is its sentences, with the events `events` describe."""
    text = " ".join(sentences)
    built = []
    for n, spec in enumerate(events, start=1):
        sentence = sentences[spec.sentence]
        start = text.index(sentence)
        built.append(
            Event(
                id=f"{article_id}#{n}",
                type=spec.type,
                quad_class=QUAD_CLASS[spec.type],
                date=spec.day,
                date_precision=spec.precision,
                date_source=DateSource.SENTENCE,
                source=[a.id for a in spec.source],
                target=[a.id for a in spec.target],
                participants=[a.id for a in spec.participants],
                sentence=sentence,
                start=start,
                end=start + len(sentence),
                trigger=spec.type.value.lower(),
                confidence=spec.confidence,
                negated=spec.negated,
                hypothetical=spec.hypothetical,
            )
        )
    return ExtractedArticle(
        id=article_id,
        url=url,
        title=sentences[0],
        published_at=published,
        source=source,
        language="en",
        text=text,
        format="html",
        actors=actors,
        events=built,
    )


def _at(month: int, day: int) -> datetime:
    return datetime(2025, month, day, 9, 30, tzinfo=UTC)


REUTERS_1 = article(
    "reuters-1",
    [
        "Vladimir Putin and Xi Jinping held talks in Moscow on Thursday.",
        "Russia and China also signed an agreement on gas supplies.",
    ],
    url="https://www.reuters.com/world/putin-xi-talks-2025-05-08/",
    source="Reuters",
    published=_at(5, 8),
    actors=[PUTIN, XI, RUSSIA, CHINA],
    events=[
        Spec(0, EventType.CONSULT, date(2025, 5, 8), participants=(PUTIN, XI), confidence=0.9),
        Spec(1, EventType.AGREE, date(2025, 5, 8), participants=(RUSSIA, CHINA)),
    ],
)
TASS_1 = article(
    "tass-1",
    [
        "Putin and Xi met in the Kremlin on May 8.",
        "A day earlier Moscow accused NATO of provocations near its borders.",
    ],
    url="https://tass.com/politics/1001",
    source="TASS",
    published=_at(5, 8),
    actors=[PUTIN, XI, RUSSIA, NATO],
    events=[
        Spec(0, EventType.CONSULT, date(2025, 5, 8), participants=(XI, PUTIN), confidence=0.7),
        Spec(1, EventType.ACCUSE, date(2025, 5, 7), source=(RUSSIA,), target=(NATO,)),
    ],
)
REUTERS_2 = article(
    "reuters-2",
    ["Analysts said Thursday's talks between Putin and Xi changed little."],
    url="https://www.reuters.com/world/analysis-putin-xi-2025-05-09/",
    source="Reuters",
    published=_at(5, 9),
    actors=[PUTIN, XI],
    events=[
        Spec(0, EventType.CONSULT, date(2025, 5, 8), participants=(PUTIN, XI), confidence=0.6),
    ],
)
AP_1 = article(
    "ap-1",
    [
        "The United States imposed new sanctions on Russia on Thursday.",
        "Washington could also impose sanctions on China, an official said.",
    ],
    url="https://apnews.com/article/us-sanctions-russia",
    source="AP",
    published=_at(5, 15),
    actors=[USA, RUSSIA, CHINA],
    events=[
        Spec(0, EventType.SANCTION, date(2025, 5, 15), source=(USA,), target=(RUSSIA,)),
        Spec(
            1,
            EventType.SANCTION,
            date(2025, 5, 15),
            source=(USA,),
            target=(CHINA,),
            hypothetical=True,
        ),
    ],
)
REUTERS_3 = article(
    "reuters-3",
    ["Washington sanctioned Russian banks on Thursday."],
    url="https://www.reuters.com/world/us-sanctions-banks-2025-05-16/",
    source="Reuters",
    published=_at(5, 16),
    actors=[USA, RUSSIA],
    events=[Spec(0, EventType.SANCTION, date(2025, 5, 15), source=(USA,), target=(RUSSIA,))],
)
XINHUA_1 = article(
    "xinhua-1",
    [
        "Xi Jinping spoke with Donald Trump by phone on Sunday.",
        "On Monday Beijing rejected Washington's tariff demands.",
    ],
    url="https://english.news.cn/20250602/xi-trump-call.html",
    source="Xinhua",
    published=_at(6, 2),
    actors=[XI, TRUMP, CHINA, USA],
    events=[
        Spec(0, EventType.CONSULT, date(2025, 6, 1), participants=(XI, TRUMP)),
        Spec(1, EventType.REJECT, date(2025, 6, 2), source=(CHINA,), target=(USA,)),
    ],
)
AP_2 = article(
    "ap-2",
    [
        "Russian forces struck Kyiv overnight, officials said on Monday.",
        "The United States has sent more air defence systems to Ukraine this month.",
    ],
    url="https://apnews.com/article/kyiv-strike",
    source="AP",
    published=_at(6, 10),
    actors=[RUSSIA, UKRAINE, USA],
    events=[
        Spec(0, EventType.ASSAULT, date(2025, 6, 9), source=(RUSSIA,), target=(UKRAINE,)),
        Spec(
            1,
            EventType.AID,
            date(2025, 6, 1),
            source=(USA,),
            target=(UKRAINE,),
            precision=DatePrecision.MONTH,
        ),
    ],
)
BLOG_1 = article(
    "blog-1",
    ["NATO did not mobilise troops on Wednesday, despite rumours."],
    url=None,
    source=None,
    published=None,
    actors=[NATO],
    events=[Spec(0, EventType.MOBILIZE, date(2025, 6, 11), source=(NATO,), negated=True)],
)

ARTICLES = [REUTERS_1, TASS_1, REUTERS_2, AP_1, REUTERS_3, XINHUA_1, AP_2, BLOG_1]
EXTRACTOR_VERSION = "test-1"
INGESTED_AT = datetime(2025, 7, 1, 12, tzinfo=UTC)
