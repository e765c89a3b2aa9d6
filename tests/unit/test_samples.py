"""The demo corpus: every article in samples/ reads, is real Wikinews reporting, and is credited."""

from pathlib import Path

from graph.models import Article
from ingest.read.sources import read_articles

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def test_every_demo_article_reads_and_is_credited() -> None:
    read = list(read_articles([str(SAMPLES)]))
    articles = [a for a in read if isinstance(a, Article)]
    assert len(articles) == len(read)  # no item failed
    credits = (SAMPLES / "CREDITS.md").read_text(encoding="utf-8")
    credited = [line for line in credits.splitlines() if "en.wikinews.org/wiki/" in line]
    assert len(articles) == len(credited) > 50
    assert {a.source for a in articles} == {"Wikinews"}
    assert {a.format for a in articles} == {"html", "text", "json", "feed"}
    for a in articles:
        assert a.published_at is not None and 2019 <= a.published_at.year <= 2020, a.path
        assert a.url is None or a.url.startswith("https://en.wikinews.org/wiki/"), a.path
        assert a.url is None or a.url in credits, a.url
