"""Article ids, URL normalisation, language and publication dates."""

from datetime import UTC, datetime

import pytest

from ingest.read.articles import (
    article_id,
    build_article,
    date_from_url,
    detect_language,
    normalise_url,
    parse_datetime,
)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://WWW.Example.COM/World/Story", "https://www.example.com/World/Story"),
        ("https://example.com/a?utm_source=x&utm_medium=y", "https://example.com/a"),
        ("https://example.com/a?id=3&fbclid=abc&gclid=z", "https://example.com/a?id=3"),
        ("https://example.com/a#comments", "https://example.com/a"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("http://example.com:8080/a", "http://example.com:8080/a"),
        ("https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"),
        ("https://example.com", "https://example.com/"),
    ],
)
def test_normalise_url(url: str, expected: str) -> None:
    assert normalise_url(url) == expected


def test_same_article_by_url_variants_gets_same_id() -> None:
    ids = {
        article_id(url, "different bodies do not matter")
        for url in (
            "https://News.Example.org/story?utm_campaign=a",
            "https://news.example.org/story#top",
            "https://news.example.org/story?fbclid=1",
        )
    }
    assert len(ids) == 1


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Troops left the town.", "  Troops   LEFT the town. ", True),
        ("Troops left the town.", "Troops entered the town.", False),
    ],
)
def test_id_without_url_hashes_normalised_body(first: str, second: str, same: bool) -> None:
    assert (article_id(None, first) == article_id(None, second)) is same


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The foreign ministers met in Vienna on Tuesday to discuss the ceasefire.", "en"),
        ("Les ministres des affaires étrangères se sont réunis mardi à Vienne.", "fr"),
        (
            "Die Außenminister trafen sich am Dienstag in Wien, um über die Waffenruhe zu reden.",
            "de",
        ),
        ("Too short", None),
        # Short English texts py3langid takes for Nigerian Pidgin: mostly English words.
        ("Mali And Niger Sign Border Security Pact In Bamako", "en"),
        ("Chinedu Eze Obi asks Nnamdi Kalu to quit.", "en"),
        # Short texts in other languages stay theirs, names and Title Case or not.
        ("Le maire de Lyon a rencontré les syndicats.", "fr"),
        ("La Police Arrête Trois Militants À Lyon Ce Matin", "fr"),
        ("El ministro de Defensa visitó Kabul el lunes por la tarde.", "es"),
    ],
)
def test_detect_language(text: str, expected: str | None) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-14T09:30:00+01:00", datetime(2024, 3, 14, 8, 30, tzinfo=UTC)),
        ("2024-03-14", datetime(2024, 3, 14, tzinfo=UTC)),
        ("Tue, 09 Jan 2024 07:45:00 GMT", datetime(2024, 1, 9, 7, 45, tzinfo=UTC)),
        ("not a date", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_datetime_is_utc(value: str | None, expected: datetime | None) -> None:
    assert parse_datetime(value) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://x.org/world/2025/01/22/xi-putin", datetime(2025, 1, 22, tzinfo=UTC)),
        ("https://x.org/2024-6-3/story", datetime(2024, 6, 3, tzinfo=UTC)),
        ("https://x.org/world/story-12345", None),
        ("https://x.org/2024/13/40/story", None),
        (None, None),
    ],
)
def test_date_from_url(url: str | None, expected: datetime | None) -> None:
    assert date_from_url(url) == expected


@pytest.mark.parametrize(
    ("published", "url", "date", "source"),
    [
        ("2024-05-01", "https://x.org/2023/02/03/a", datetime(2024, 5, 1, tzinfo=UTC), "metadata"),
        (None, "https://x.org/2023/02/03/a", datetime(2023, 2, 3, tzinfo=UTC), "url"),
        (None, "https://x.org/a", None, None),
    ],
)
def test_build_article_dates_and_their_source(
    published: str | None, url: str, date: datetime | None, source: str | None
) -> None:
    article = build_article("Some body text about the talks.", "json", url=url, published=published)
    assert (article.published_at, article.published_at_source) == (date, source)


def test_build_article_cleans_fields() -> None:
    article = build_article(
        "  Body text.  ",
        "text",
        url="https://X.org/a?utm_source=t",
        title="  A   title ",
        authors=["Ana Silva", "ana silva", " "],
        tags=["Trade", "", "trade"],
        section="",
    )
    assert article.url == "https://x.org/a"
    assert article.title == "A title"
    assert article.authors == ["Ana Silva"]
    assert article.tags == ["Trade"]
    assert article.section is None
    assert article.text == "Body text."
