"""Article body extraction benchmark on ../shared/eval/extraction/aeb-dev.

Run: `python bench/extraction.py [--worst 5] [--sample] [--only html|text]`.
Metric (the benchmark's own): per document, precision and recall of the word 4-gram shingles
of the extracted body against the gold `articleBody`, averaged over documents; F1 from the
averaged P and R. Each format is printed beside a whole-text baseline measured in the same run
(the page's full text for HTML, the raw dump for text), with articles/second; then the whole
`read_articles` pipeline's articles/second for each input format (html, text, json, feed, warc).
"""

import argparse
import gzip
import io
import json
import re
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

import _syspath  # noqa: F401  (first: bench/ must not shadow the packages)
import lxml.html
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from ingest.errors import ItemError, ItemFailed
from ingest.read.extract import article_from_html
from ingest.read.sources import read_articles
from ingest.read.textdump import clean_dump

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "eval" / "extraction" / "aeb-dev"
SAMPLE = ROOT.parent / "shared" / "samples" / "tfiglobal-2025-01-22-xi-putin-call.txt"
_TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Multiset of word n-grams of a text."""
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + n]) for i in range(max(0, len(tokens) - n + 1)))


def precision_recall(gold: str, extracted: str) -> tuple[float, float]:
    """Shingle precision and recall of one document (1, 1 when both are empty)."""
    gold_sh, ext_sh = shingles(gold), shingles(extracted)
    tp = sum((gold_sh & ext_sh).values())
    fp = sum((ext_sh - gold_sh).values())
    fn = sum((gold_sh - ext_sh).values())
    if fp == fn == 0:
        return 1.0, 1.0
    if tp == 0:
        return 0.0, 0.0
    return tp / (tp + fp), tp / (tp + fn)


def html_body(raw: bytes, doc_id: str) -> str:
    try:
        return article_from_html(raw, doc_id).text
    except ItemFailed:
        return ""


def html_whole(raw: bytes, _doc_id: str) -> str:
    return str(lxml.html.fromstring(raw).text_content())


def text_body(raw: bytes, _doc_id: str) -> str:
    return clean_dump(raw.decode("utf-8", errors="replace")).text


def text_whole(raw: bytes, _doc_id: str) -> str:
    return raw.decode("utf-8", errors="replace")


def evaluate(
    name: str,
    inputs: dict[str, bytes],
    gold: dict[str, str],
    extractor: Callable[[bytes, str], str],
    *,
    worst: int,
) -> None:
    """Run one extractor over every page and print P, R, F1, speed and the worst pages."""
    scores: dict[str, tuple[float, float]] = {}
    started = time.perf_counter()
    for doc_id, raw in inputs.items():
        scores[doc_id] = precision_recall(gold[doc_id], extractor(raw, doc_id))
    elapsed = time.perf_counter() - started
    p = sum(s[0] for s in scores.values()) / len(scores)
    r = sum(s[1] for s in scores.values()) / len(scores)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    rate = len(scores) / elapsed
    print(f"{name:<24} P={p:.3f} R={r:.3f} F1={f1:.3f}  {rate:8.1f} articles/s  n={len(scores)}")
    if worst:
        ranked = sorted(scores.items(), key=lambda kv: _f1(*kv[1]))[:worst]
        for doc_id, (dp, dr) in ranked:
            print(f"    worst {doc_id[:16]}  P={dp:.3f} R={dr:.3f} F1={_f1(dp, dr):.3f}")


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def throughput(gold: dict[str, str], truth: dict[str, dict[str, str]]) -> None:
    """Articles/second of the whole read_articles pipeline, per input format."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        inputs = _write_inputs(folder, gold, truth)
        print("\nthroughput of read_articles (id, language, metadata included):")
        for fmt, paths in inputs.items():
            started = time.perf_counter()
            # One JSONL file holds all the pages: lift the per-file cap for it.
            results = list(read_articles(paths, max_bytes=200_000_000))
            elapsed = time.perf_counter() - started
            ok = sum(1 for r in results if not isinstance(r, ItemError))
            print(
                f"  {fmt:<5} {ok:4d} articles, {len(results) - ok:3d} errors  {ok / elapsed:8.1f}/s"
            )


def _write_inputs(
    folder: Path, gold: dict[str, str], truth: dict[str, dict[str, str]]
) -> dict[str, list[str]]:
    """The same pages as HTML files, text dumps, a JSONL file, an RSS feed and a WARC."""
    pages = {d: gzip.decompress((DATA / "html" / f"{d}.html.gz").read_bytes()) for d in gold}
    jsonl = folder / "pages.jsonl"
    with jsonl.open("w", encoding="utf-8") as f:
        for d, page in pages.items():
            record = {"url": truth[d]["url"], "html": page.decode("utf-8", errors="replace")}
            f.write(json.dumps(record) + "\n")
    items = "".join(
        f"<item><title>{d}</title><link>{escape(truth[d]['url'])}</link>"
        f"<description>{escape(body)}</description></item>"
        for d, body in gold.items()
    )
    feed = folder / "pages.rss"
    feed.write_text(f'<rss version="2.0"><channel><title>aeb</title>{items}</channel></rss>')
    warc = folder / "pages.warc.gz"
    with warc.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        for d, page in pages.items():
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                truth[d]["url"], "response", payload=io.BytesIO(page), http_headers=http
            )
            writer.write_record(record)
    return {
        "html": [str(DATA / "html" / f"{d}.html.gz") for d in gold],
        "text": [str(DATA / "text" / f"{d}.txt") for d in gold],
        "json": [str(jsonl)],
        "feed": [str(feed)],
        "warc": [str(warc)],
    }


def show_sample() -> None:
    """Print what the text cleaner makes of the shared sample dump."""
    dump = clean_dump(SAMPLE.read_text(encoding="utf-8"))
    print(f"\nsample: {SAMPLE.name}")
    print(f"  title:     {dump.title}")
    print(f"  authors:   {dump.authors}")
    print(f"  published: {dump.published}")
    print(f"  section:   {dump.section}")
    print(f"  tags:      {dump.tags}")
    paras = dump.text.split("\n\n")
    print(f"  body:      {len(paras)} paragraphs, {len(dump.text.split())} words")
    print(f"  first:     {paras[0][:70]}...")
    print(f"  last:      ...{paras[-1][-70:]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--worst", type=int, default=5, help="worst pages to list per format")
    parser.add_argument("--sample", action="store_true", help="also print the sample's result")
    parser.add_argument("--only", choices=["html", "text"], help="run one format only")
    args = parser.parse_args()

    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    gold = {doc_id: entry["articleBody"] for doc_id, entry in truth.items()}
    print(f"aeb-dev: {len(gold)} pages, word 4-gram shingles, P/R averaged over pages\n")
    if args.only in (None, "html"):
        pages = {d: gzip.decompress((DATA / "html" / f"{d}.html.gz").read_bytes()) for d in gold}
        evaluate("html: whole text", pages, gold, html_whole, worst=0)
        evaluate("html: trafilatura", pages, gold, html_body, worst=args.worst)
    if args.only in (None, "text"):
        dumps = {d: (DATA / "text" / f"{d}.txt").read_bytes() for d in gold}
        evaluate("text: whole dump", dumps, gold, text_whole, worst=0)
        evaluate("text: dump cleaner", dumps, gold, text_body, worst=args.worst)
    if args.only is None:
        throughput(gold, truth)
    if args.sample:
        show_sample()


if __name__ == "__main__":
    main()
