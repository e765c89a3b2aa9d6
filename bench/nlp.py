"""Throughput of the whole extraction against plain spaCy, in the same run, same model.

    python bench/nlp.py [--rounds N] [--corpus NAME] [--save FILE | --compare FILE]

Corpora: the articleBody texts of ../shared/eval/extraction/aeb-dev/ground-truth.json
(published 2025-01-22) and the demo corpus (samples/, every input format). Each side runs in
2 fresh worker processes that load the model before their clock starts and take half of the
articles each; each worker counts its own CPU time (the machine is shared: wall time measures
the neighbours), and the slower worker sets the pace, in articles/s per process. Sides:
  plain      `nlp.pipe(texts)` of spaCy as installed (its own BLIS ops, not the OpenBLAS
             load_nlp sets), every component enabled by default: the yardstick
  full       `extract_events(articles)`: parse everything, then actors, events, dates, places
  no-places  the same without geolocation (toponyms and event locations), as before places;
             its workers load the places gazetteer all the same: actors read it too
Rounds alternate the sides (the machine is shared; the best round of each side counts).
Prints articles/second, the ratio to plain, and peak resident memory per worker; then what
places cost, full against no-places: the speed and the largest worker's memory (goal: the
gazetteer doubles neither, speed ratio > 0.5 and memory ratio < 2; since actors read the
gazetteer, both sides hold it and the memory ratio is that of geolocation's own work).

`--save FILE` writes the events of the full side (JSON, by corpus and article); `--compare
FILE` checks that this run extracts exactly the events saved, so that a change of speed is
shown not to change the output, and exits 1 if any article differs.
"""

import argparse
import json
import resource
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from multiprocessing import get_context
from pathlib import Path
from typing import Any, TypeVar

import _syspath  # noqa: F401  (first: bench/ must not shadow the packages)
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from graph.models import Article, Toponym
from ingest.nlp import pipeline
from ingest.nlp.model import FALLBACK_MODEL, load_nlp, model_name
from ingest.nlp.pipeline import extract_events
from ingest.nlp.places import load_places
from ingest.read.sources import read_articles

ROOT = Path(__file__).resolve().parents[1]
AEB_DEV = ROOT.parent / "shared" / "eval" / "extraction" / "aeb-dev" / "ground-truth.json"
SAMPLES = ROOT / "samples"
PROCESSES = 2
PUBLISHED = datetime(2025, 1, 22, tzinfo=UTC)
T = TypeVar("T")
Events = dict[str, list[dict[str, Any]]]  # each article's events as JSON, by article id
Result = tuple[int, float, int, Events]  # events (or docs), CPU seconds, peak MiB, events


def _no_toponyms(doc: Doc, **_: object) -> list[Toponym]:
    return []


def _warm_up(places: bool = True) -> None:
    # Each worker loads the model (and lexicon, gazetteers) before any clock starts.
    if not places:
        # This worker codes events as before places: no toponyms, no event locations.
        pipeline.find_toponyms = _no_toponyms  # type: ignore[attr-defined]
    load_nlp()
    # Actors read the places gazetteer (towns, titles' countries) on some articles only: loaded
    # here, not on the clock of whichever side meets such an article first (the no-places
    # side ran at half the full side's speed, 4-5 s of CPU of each worker spent loading it).
    load_places()
    # A headline too: the re-caser builds its index of names on the first one it meets.
    warm = "Japan Rejects the Offer From Its Neighbours\nJapan rejected the offer."
    list(extract_events([Article(id="w", text=warm, format="text")]))


def _warm_up_stock() -> None:
    # A plain worker never calls load_nlp: the model keeps spaCy's own ops.
    global _stock
    for name in (model_name(), FALLBACK_MODEL):
        try:
            _stock = spacy.load(name)
            return
        except OSError:
            continue


_stock: Language


def _plain(texts: list[str]) -> Result:
    nlp = _stock
    started = time.process_time()
    n = sum(1 for _ in nlp.pipe(texts, batch_size=32))
    return n, time.process_time() - started, _peak_mib(), {}


def _extract(articles: list[Article]) -> Result:
    started = time.process_time()
    done = list(extract_events(articles))
    seconds = time.process_time() - started
    events = {a.id: [e.model_dump(mode="json") for e in a.events] for a in done}
    return sum(len(e) for e in events.values()), seconds, _peak_mib(), events


def _peak_mib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024  # Linux reports KiB


def _run(work: Callable[[list[T]], Result], items: list[T], *, places: bool = True) -> list[Result]:
    """Run `work` on each half in its own fresh worker; each worker times itself."""
    halves = [items[i::PROCESSES] for i in range(PROCESSES)]
    warm_up, args = (_warm_up_stock, ()) if work is _plain else (_warm_up, (places,))
    with get_context("fork").Pool(PROCESSES, initializer=warm_up, initargs=args) as pool:
        return pool.map(work, halves, chunksize=1)


def _corpora() -> dict[str, list[Article]]:
    bodies = [v["articleBody"] for v in json.loads(AEB_DEV.read_text("utf-8")).values()]
    aeb = [
        Article(id=f"aeb-{i}", text=t, format="text", published_at=PUBLISHED)
        for i, t in enumerate(t for t in bodies if t and t.strip())
    ]
    samples = [a for a in read_articles([str(SAMPLES)]) if isinstance(a, Article)]
    return {"aeb-dev": aeb, "samples": samples}


def _bench(articles: list[Article], rounds: int) -> Events:
    """Print the sides' rates on one corpus; return the full side's events by article."""
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    print(f"  {len(texts)} articles, {words} words, {PROCESSES} processes, {rounds} rounds")
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
            f"  {name:10} {rates[name]:6.2f} articles/s  ratio {rates[name] / rates['plain']:.2f}"
            f"  peak MiB per process {[r[2] for r in got]}{events}"
        )
    peak = {name: max(r[2] for r in got) for name, got in best.items()}
    print(
        f"  places: articles/s x{rates['full'] / rates['no-places']:.2f}, "
        f"peak MiB per process {peak['no-places']} -> {peak['full']} "
        f"(x{peak['full'] / peak['no-places']:.2f}); goal: neither doubles"
    )
    return {k: v for r in best["full"] for k, v in r[3].items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2, help="rounds of each side; best counts")
    parser.add_argument("--corpus", choices=["aeb-dev", "samples"], help="only this corpus")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--save", type=Path, help="write the full side's events to FILE")
    output.add_argument("--compare", type=Path, help="check the events equal those in FILE")
    args = parser.parse_args()
    corpora = _corpora()
    if args.corpus:
        corpora = {args.corpus: corpora[args.corpus]}
    events: dict[str, Events] = {}
    for name, articles in corpora.items():
        print(f"{name}:")
        events[name] = _bench(articles, args.rounds)
    print("goal: ratio >= 0.8 (full extraction vs plain nlp.pipe), better above 1.0")
    if args.save:
        args.save.write_text(json.dumps(events, indent=1, sort_keys=True) + "\n", "utf-8")
        print(f"events saved to {args.save}")
    if args.compare:
        saved = json.loads(args.compare.read_text("utf-8"))
        differ = [
            f"{name}/{id_}"
            for name, got in events.items()
            for id_ in sorted(set(got) | set(saved.get(name, {})))
            if got.get(id_) != saved.get(name, {}).get(id_)
        ]
        print(f"events compared with {args.compare}: {len(differ)} articles differ {differ[:10]}")
        if differ:
            sys.exit(1)


if __name__ == "__main__":
    main()
