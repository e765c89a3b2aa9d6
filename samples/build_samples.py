"""Build the demo corpus in samples/ from the shared copy of Wikinews 2019-2020 (CC BY 2.5).

Run from the repository root: `python samples/build_samples.py [--source DIR]` (default
`../shared/samples/wikinews-2019-2020`). It keeps the articles labelled international affairs
and renders them in every input format the demo shows, in date order, round robin: HTML pages
(every fourth gzipped), plain-text page dumps, one JSON Lines file and one RSS feed. It writes
CREDITS.md with each article's credit line. Output is deterministic (fixed gzip mtime).
The page chrome around each article (menus, footer) is ours; the article text is Wikinews'.
"""

import argparse
import gzip
import json
import re
from datetime import UTC, date, datetime, time
from email.utils import format_datetime
from html import escape
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_SOURCE = HERE.parent.parent / "shared" / "samples" / "wikinews-2019-2020"
LABELS = ("core", "broad")  # meta.intl_affairs: the international-affairs articles
FORMATS = ("html", "text", "html", "json", "feed")  # the round robin of formats
FEED_NAME = "wikinews-world-feed.xml"
JSONL_NAME = "wikinews-world-records.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    args = parser.parse_args()
    rows = [json.loads(line) for line in (args.source / "articles.jsonl").open(encoding="utf-8")]
    chosen = sorted(
        (r for r in rows if r["meta"].get("intl_affairs") in LABELS),
        key=lambda r: (r["published_at"], r["id"]),
    )
    for old in HERE.iterdir():
        if old.name.startswith("wikinews-"):
            old.unlink()
    records: list[dict[str, Any]] = []
    items: list[dict[str, Any]] = []
    table: list[str] = []
    for n, row in enumerate(chosen):
        kind = FORMATS[n % len(FORMATS)]
        stem = f"wikinews-{row['published_at']}-{_slug(row['title'])}"
        if kind == "html":
            name = f"{stem}.html"
            page = _html(row).encode()
            if n % 4 == 0:
                name += ".gz"
                page = gzip.compress(page, mtime=0)
            (HERE / name).write_bytes(page)
        elif kind == "text":
            name = f"{stem}.txt"
            (HERE / name).write_text(_text_dump(row), encoding="utf-8")
        elif kind == "json":
            name = JSONL_NAME
            records.append(_record(row))
        else:
            name = FEED_NAME
            items.append(row)
        table.append(f"| {row['published_at']} | `{name}` | {row['meta']['attribution']} |")
    (HERE / JSONL_NAME).write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    (HERE / FEED_NAME).write_text(_feed(items), encoding="utf-8")
    (HERE / "CREDITS.md").write_text(_credits(table), encoding="utf-8")
    print(
        f"{len(chosen)} articles: {len(table) - len(records) - len(items)} files, "
        f"{len(records)} JSON records, {len(items)} feed items"
    )


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60].rstrip("-")


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n") if p.strip()]


def _long_date(day: str) -> str:
    d = date.fromisoformat(day)
    return f"{d:%A}, {d:%B} {d.day}, {d.year}"


def _html(row: dict[str, Any]) -> str:
    title = escape(row["title"])
    body = "\n".join(f"      <p>{escape(p)}</p>" for p in _paragraphs(row["text"]))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{title} - Wikinews, the free news source</title>
  <link rel="canonical" href="{escape(row["url"])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="Wikinews">
  <meta property="og:title" content="{title}">
  <meta property="og:url" content="{escape(row["url"])}">
  <meta property="article:published_time" content="{row["published_at"]}">
</head>
<body>
  <header>
    <a href="https://en.wikinews.org/wiki/Main_Page">Wikinews</a>
    <nav><ul><li>Main page</li><li>Latest news</li><li>World</li><li>Politics</li></ul></nav>
  </header>
  <main>
    <article>
      <h1>{title}</h1>
      <p class="dateline">{_long_date(row["published_at"])}</p>
{body}
    </article>
  </main>
  <footer>
    <p>{escape(row["meta"]["attribution"])}.
    Rendered as a page for the newsgraph demo; the text is Wikinews'.</p>
  </footer>
</body>
</html>
"""


def _text_dump(row: dict[str, Any]) -> str:
    """The article as a text browser would dump a Wikinews page: menus around the story."""
    menu = "\n".join(f"  • {m}" for m in ("Main page", "Latest news", "World", "Politics"))
    body = "\n\n".join(_paragraphs(row["text"]))
    return (
        f"{row['title']} | Wikinews\nURL: {row['url']}\n\n"
        f"Wikinews\n{menu}\nSearch\n\n{row['title']}\n\n"
        f"{_long_date(row['published_at'])}\n\n{body}\n\n"
        f"Share this article\n{row['meta']['attribution']}.\n"
        "Rendered as a text dump for the newsgraph demo; the text is Wikinews'.\n"
    )


def _record(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "url": row["url"],
        "title": row["title"],
        "text": "\n\n".join(_paragraphs(row["text"])),
        "published": row["published_at"],
        "source": "Wikinews",
        "licence": row["meta"]["attribution"],
    }


def _feed(rows: list[dict[str, Any]]) -> str:
    items = []
    for row in rows:
        published = date.fromisoformat(row["published_at"])
        stamp = format_datetime(_noon(published))
        body = "".join(f"<p>{escape(p)}</p>" for p in _paragraphs(row["text"]))
        items.append(f"""    <item>
      <title>{escape(row["title"])}</title>
      <link>{escape(row["url"])}</link>
      <guid isPermaLink="true">{escape(row["url"])}</guid>
      <pubDate>{stamp}</pubDate>
      <description>{escape(_paragraphs(row["text"])[0])}</description>
      <content:encoded><![CDATA[{body}]]></content:encoded>
    </item>""")
    joined = "\n".join(items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Wikinews</title>
    <link>https://en.wikinews.org/wiki/Main_Page</link>
    <description>Wikinews articles on international affairs, 2019-2020 (CC BY 2.5,
    Wikinews contributors; credit lines in CREDITS.md).</description>
    <language>en</language>
{joined}
  </channel>
</rss>
"""


def _noon(day: date) -> datetime:
    return datetime.combine(day, time(12), tzinfo=UTC)


def _credits(table: list[str]) -> str:
    return (
        "# Credits of the demo corpus\n\n"
        "Every article in `samples/` is real reporting from English Wikinews, by Wikinews\n"
        "contributors, licensed under the Creative Commons Attribution 2.5 licence\n"
        "(https://creativecommons.org/licenses/by/2.5/). `build_samples.py` rendered each one\n"
        "as an HTML page, a text dump, a JSON Lines record or a feed item; the page chrome is\n"
        "ours and the text is unchanged. Taken from the vanatteveldt/wikinews scrape (commit\n"
        "347254178bf343f3801aac1d03c41cc09c35decb), March 2021.\n\n"
        "| Published | File | Credit |\n|---|---|---|\n" + "\n".join(table) + "\n"
    )


if __name__ == "__main__":
    main()
