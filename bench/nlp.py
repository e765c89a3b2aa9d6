"""Throughput of the whole extraction against plain spaCy, in the same run, same model.

    python bench/nlp.py [--rounds N]

Corpus: the articleBody texts of ../shared/eval/extraction/aeb-dev/ground-truth.json. Each
side runs in 2 fresh worker processes that load the model before their clock starts and
take half of the articles each; the slower worker sets the pace. Sides:
  plain      `nlp.pipe(texts)`, every component enabled by default
  full       `extract_events(articles)`: parse everything, then actors, events, dates, places
  no-places  the same without geolocation (toponyms and event locations), as before places:
             its workers never load the places gazetteer
Rounds alternate the sides (the machine is shared; the best round of each side counts).
Prints articles/second, the ratio to plain, and peak resident memory per worker; then what
places cost, full against no-places: the speed and the largest worker's memory (goal: the
gazetteer doubles neither, speed ratio > 0.5 and memory ratio < 2).
"""

import argparse
import json
import resource
import time
from collections.abc import Callable
from datetime import UTC, datetime
from multiprocessing import get_context
from pathlib import Path
from typing import TypeVar

import _syspath  # noqa: F401  (first: bench/ must not shadow the packages)
from spacy.tokens import Doc

from graph.models import Article, Toponym
from ingest import pipeline
from ingest.nlp import load_nlp
from ingest.pipeline import extract_events

CORPUS = (
    Path(__file__).resolve().parents[1]
    / ".."
    / "shared"
    / "eval"
    / "extraction"
    / "aeb-dev"
    / "ground-truth.json"
)
PROCESSES = 2
PUBLISHED = datetime(2025, 1, 22, tzinfo=UTC)
T = TypeVar("T")
Result = tuple[int, float, int]  # events (or docs), seconds, peak MiB


def _no_toponyms(doc: Doc, **_: object) -> list[Toponym]:
    return []


def _warm_up(places: bool = True) -> None:
    # Each worker loads the model (and lexicon, gazetteers) before any clock starts.
    if not places:
        # This worker codes events as before places: it never reads the places gazetteer.
        pipeline.find_toponyms = _no_toponyms  # type: ignore[attr-defined]
    load_nlp()
    list(extract_events([Article(id="w", text="Japan rejected the offer.", format="text")]))


def _plain(texts: list[str]) -> Result:
    nlp = load_nlp()
    started = time.perf_counter()
    n = sum(1 for _ in nlp.pipe(texts, batch_size=32))
    return n, time.perf_counter() - started, _peak_mib()


def _extract(articles: list[Article]) -> Result:
    started = time.perf_counter()
    n = sum(len(a.events) for a in extract_events(articles))
    return n, time.perf_counter() - started, _peak_mib()


def _peak_mib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024  # Linux reports KiB


def _run(work: Callable[[list[T]], Result], items: list[T], *, places: bool = True) -> list[Result]:
    """Run `work` on each half in its own fresh worker; each worker times itself."""
    halves = [items[i::PROCESSES] for i in range(PROCESSES)]
    with get_context("fork").Pool(PROCESSES, initializer=_warm_up, initargs=(places,)) as pool:
        return pool.map(work, halves, chunksize=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2, help="rounds of each side; best counts")
    rounds = parser.parse_args().rounds
    bodies = [v["articleBody"] for v in json.loads(CORPUS.read_text("utf-8")).values()]
    texts = [t for t in bodies if t and t.strip()]
    articles = [
        Article(id=f"aeb-{i}", text=t, format="text", published_at=PUBLISHED)
        for i, t in enumerate(texts)
    ]
    words = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(texts)} articles, {words} words, {PROCESSES} processes, {rounds} rounds")
    sides: dict[str, Callable[[], list[Result]]] = {
        "plain": lambda: _run(_plain, texts),
        "full": lambda: _run(_extract, articles),
        "no-places": lambda: _run(_extract, articles, places=False),
    }
    best: dict[str, list[Result]] = {}
    for _ in range(rounds):
        for name, run in sides.items():
            got = run()
            if name not in best or max(r[1] for r in got) < max(r[1] for r in best[name]):
                best[name] = got
    rates = {name: len(texts) / max(r[1] for r in got) for name, got in best.items()}
    for name, got in best.items():
        events = "" if name == "plain" else f"  {sum(r[0] for r in got)} events"
        print(
            f"{name:10} {rates[name]:6.2f} articles/s  ratio {rates[name] / rates['plain']:.2f}"
            f"  peak MiB per process {[r[2] for r in got]}{events}"
        )
    print("goal: ratio >= 0.8 (full extraction vs plain nlp.pipe), better above 1.0")
    peak = {name: max(r[2] for r in got) for name, got in best.items()}
    print(
        f"places: articles/s x{rates['full'] / rates['no-places']:.2f}, "
        f"peak MiB per process {peak['no-places']} -> {peak['full']} "
        f"(x{peak['full'] / peak['no-places']:.2f}); goal: neither doubles"
    )


if __name__ == "__main__":
    main()
