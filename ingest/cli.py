"""The `newsgraph` command line: one console script, one subcommand a job.

Output printed with --json is a public contract (see the README): extend, never rename.
"""

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from itertools import islice
from typing import TYPE_CHECKING, TypeVar

from graph.errors import GraphError
from graph.models import Article
from ingest.errors import ItemError
from ingest.read import FORMATS

if TYPE_CHECKING:  # the job model only for annotations: `jobs` loads Redis and the readers
    from ingest.run.jobs import JobStatus

_EVENTS_BATCH = 32
_T = TypeVar("_T")


def main(argv: list[str] | None = None) -> int:
    """Run one subcommand and return its exit code."""
    import redis

    parser = _parser()
    args = parser.parse_args(argv)
    try:
        result: int = args.run(args)
    except GraphError as e:
        print(f"newsgraph: {e}", file=sys.stderr)
        return 1
    except (redis.ConnectionError, redis.TimeoutError) as e:
        print(
            f"newsgraph: the queue (Redis, NEWSGRAPH_REDIS_URL) does not answer: {e}",
            file=sys.stderr,
        )
        return 1
    return result


def _format_option(command: argparse.ArgumentParser) -> None:
    command.add_argument("--format", default="auto", choices=FORMATS)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsgraph", description="Geopolitical news knowledge graph on Neo4j."
    )
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    extract = _command(commands, "extract", _extract, "articles (and events) from files, URLs or -")
    extract.add_argument("inputs", nargs="+", metavar="PATH|URL|-")
    _format_option(extract)
    extract.add_argument("--json", action="store_true", help="one JSON article per line")
    extract.add_argument("--events", action="store_true", help="add actors[] and events[]")
    extract.add_argument("--fetch", action="store_true", help="follow feed items' links")

    places = _command(commands, "places", _places, "place names in texts, resolved to GeoNames")
    places.add_argument("inputs", nargs="+", metavar="PATH|URL|-")
    _format_option(places)
    places.add_argument("--json", action="store_true", help="one JSON object per input")

    dates = _command(commands, "dates", _dates, "temporal expressions in a text, as TimeML values")
    dates.add_argument("text")
    dates.add_argument("--anchor", type=date.fromisoformat, default=date.today(), metavar="DATE")
    dates.add_argument("--json", action="store_true")

    server = _command(commands, "neo4j", _neo4j, "start, stop or check the local Neo4j server")
    server.add_argument("action", choices=["start", "stop", "status"])

    serve = _command(commands, "serve", _serve, "serve the API and dashboard")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)

    ingest = _command(
        commands, "ingest", _ingest, "read, extract and store articles (this machine)"
    )
    ingest.add_argument("inputs", nargs="+", metavar="PATH|URL|-")
    ingest.add_argument("--workers", type=int, help="NLP processes (default: all cores)")
    ingest.add_argument("--batch-size", type=int, help="articles per NLP batch and write")
    ingest.add_argument("--force", action="store_true", help="redo articles already stored")
    ingest.add_argument(
        "--report",
        default=".newsgraph/ingest-report.jsonl",
        help="failures, one JSON a line, appended to",
    )
    _format_option(ingest)
    ingest.add_argument("--fetch", action="store_true", help="follow feed items' links")
    ingest.add_argument("--json", action="store_true", help="print the summary as JSON")

    enqueue = _command(commands, "enqueue", _enqueue, "queue articles for the workers (Redis)")
    enqueue.add_argument("inputs", nargs="+", metavar="PATH|URL|-")
    enqueue.add_argument("--force", action="store_true", help="redo articles already stored")
    _format_option(enqueue)
    enqueue.add_argument("--fetch", action="store_true", help="follow feed items' links")
    enqueue.add_argument("--json", action="store_true", help="print the job as JSON")

    worker = _command(commands, "worker", _worker, "ingest queued articles until SIGTERM")
    worker.add_argument("--batch-size", type=int, help="messages per batch")
    worker.add_argument("--name", help="consumer name (default: host-pid)")
    worker.add_argument("--until-empty", action="store_true", help="exit when the queue is done")

    jobs = _command(commands, "jobs", _jobs, "recent ingest jobs, or one job with its failures")
    jobs.add_argument("job", nargs="?", help="a job id")
    jobs.add_argument("--limit", type=int, default=20)
    jobs.add_argument("--json", action="store_true")
    return parser


def _command(
    commands: "argparse._SubParsersAction[argparse.ArgumentParser]",
    name: str,
    run: Callable[[argparse.Namespace], int],
    summary: str,
) -> argparse.ArgumentParser:
    command = commands.add_parser(name, help=summary, description=summary)
    command.set_defaults(run=run)
    return command


def _extract(args: argparse.Namespace) -> int:
    from ingest.read.sources import read_articles

    items: Iterable[object] = read_articles(args.inputs, fmt=args.format, fetch=args.fetch)
    if args.events:
        items = _with_events(items)  # type: ignore[arg-type]
    tally = _Tally()
    for item in tally.good(items):
        if args.json:
            print(item.model_dump_json())  # type: ignore[attr-defined]
        else:
            print(f"{item.id}\t{item.published_at or '-'}\t{item.title or '-'}")  # type: ignore[attr-defined]
    return tally.close("extracted")


class _Tally:
    """Counts the good items of a command and prints each bad one with its reason."""

    def __init__(self) -> None:
        self.ok = self.failed = 0

    def good(self, items: Iterable[_T | ItemError]) -> Iterator[_T]:
        """The items that are not errors; the errors are printed as they pass."""
        for item in items:
            if isinstance(item, ItemError):
                self.failed += 1
                print(f"newsgraph: {item.item}: {item.reason}", file=sys.stderr)
            else:
                self.ok += 1
                yield item

    def close(self, verb: str) -> int:
        """Print the counts; the exit code is 1 when no item was good."""
        print(f"{verb} {self.ok}, failed {self.failed}", file=sys.stderr)
        return 0 if self.ok else 1


def _with_events(items: Iterable[Article | ItemError]) -> Iterator[object]:
    """Each article with its actors and events, in input order; errors passed through."""
    from ingest.run.batch import extract_batch

    items = iter(items)
    while chunk := list(islice(items, _EVENTS_BATCH)):
        extracted = iter(extract_batch([i for i in chunk if isinstance(i, Article)]))
        for item in chunk:
            yield item if isinstance(item, ItemError) else next(extracted)


def _places(args: argparse.Namespace) -> int:
    from ingest.nlp.parse import parse_texts
    from ingest.nlp.places import find_toponyms, load_places

    load_places()  # a broken gazetteer fails here, before any input is read
    items = _plain_texts(args.inputs) if args.format == "text" else _article_texts(args)
    tally = _Tally()
    texts = tally.good(items)
    while chunk := list(islice(texts, 32)):
        for (path, _), doc in zip(chunk, parse_texts([text for _, text in chunk]), strict=True):
            toponyms = find_toponyms(doc)
            if args.json:
                found = [t.model_dump(exclude={"id"}) for t in toponyms]
                print(json.dumps({"path": path, "toponyms": found}, ensure_ascii=False))
                continue
            for t in toponyms:
                print(f"{path}\t{t.start}\t{t.end}\t{t.text}\t{t.name}\t{t.country or '-'}")
    return tally.close("read")


def _plain_texts(inputs: list[str]) -> Iterator[tuple[str, str] | ItemError]:
    """Files (and "-") read as they are, so that offsets count their own characters."""
    from ingest.errors import ItemFailed
    from ingest.read.sources import decode_bytes, expand_inputs

    for item in expand_inputs(inputs):
        if isinstance(item, ItemError):
            yield item
            continue
        try:
            if item == "-":
                yield "-", decode_bytes(sys.stdin.buffer.read(), "-")
            elif os.path.isfile(item):
                with open(item, "rb") as f:
                    yield item, decode_bytes(f.read(), item)
            else:
                yield ItemError(item=item, reason="--format text reads files and -, not URLs")
        except ItemFailed as e:
            yield e.error
        except OSError as e:
            yield ItemError(item=item, reason=f"cannot read: {e.strerror or e}")


def _article_texts(args: argparse.Namespace) -> Iterator[tuple[str, str] | ItemError]:
    """Articles as `extract` reads them; offsets count the article's text."""
    from ingest.read.sources import read_articles

    for article in read_articles(args.inputs, fmt=args.format):
        if isinstance(article, ItemError):
            yield article
        else:
            yield article.path or article.id, article.text


def _dates(args: argparse.Namespace) -> int:
    from ingest.nlp.dates import find_dates

    found = find_dates(args.text, args.anchor)
    if args.json:
        print(json.dumps([t.model_dump() for t in found]))
    else:
        for t in found:
            print(f"{t.start}\t{t.end}\t{t.value}\t{t.precision}\t{t.text}")
    return 0


def _neo4j(args: argparse.Namespace) -> int:
    from graph import localserver
    from graph.settings import LocalServerSettings, get_neo4j_settings

    server, neo4j = LocalServerSettings(), get_neo4j_settings()
    if args.action == "start":
        before = localserver.status(server, neo4j)
        after = localserver.start(server, neo4j)
        print(("already running: " if before.running else "started: ") + after.describe())
    elif args.action == "stop":
        stopped = localserver.stop(server, neo4j)
        print("stopped" if stopped else "not running")
    else:
        now = localserver.status(server, neo4j)
        print(now.describe())
        return 0 if now.running else 3
    return 0


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    uvicorn.run("api.main:app", host=args.host, port=args.port)
    return 0


def _ingest(args: argparse.Namespace) -> int:
    from dataclasses import asdict
    from pathlib import Path

    from graph.driver import create_driver
    from graph.schema import apply_schema
    from graph.settings import get_neo4j_settings
    from ingest.run.local import exit_code, run_ingest
    from ingest.settings import get_ingest_settings

    settings, neo4j = get_ingest_settings(), get_neo4j_settings()
    Path(args.report).parent.mkdir(parents=True, exist_ok=True)
    with create_driver(neo4j) as driver:
        apply_schema(driver, database=neo4j.database)
        summary = run_ingest(
            driver,
            args.inputs,
            database=neo4j.database,
            workers=settings.workers if args.workers is None else args.workers,
            batch_size=args.batch_size or settings.batch_size,
            force=args.force,
            report_path=args.report,
            extractor_version=settings.extractor_version,
            fmt=args.format,
            fetch=args.fetch,
            progress=sys.stderr,
        )
    print(summary.describe(), file=sys.stderr)
    if args.json:
        print(json.dumps(asdict(summary)))
    return exit_code(summary)


def _enqueue(args: argparse.Namespace) -> int:
    from ingest.run.jobs import connect_redis, enqueue

    with connect_redis() as client:
        job = enqueue(client, args.inputs, force=args.force, fmt=args.format, fetch=args.fetch)
    if args.json:
        print(job.model_dump_json())
    else:
        print(f"job {job.id}: {job.enqueued} articles queued, {job.failed} unreadable items")
    return 0 if job.enqueued else 1


def _worker(args: argparse.Namespace) -> int:
    import logging

    from graph.driver import create_driver
    from graph.schema import apply_schema
    from graph.settings import get_neo4j_settings
    from ingest.run.jobs import connect_redis
    from ingest.run.worker import run_worker
    from ingest.settings import get_ingest_settings

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    logging.getLogger("neo4j").setLevel(logging.WARNING)
    settings, neo4j = get_ingest_settings(), get_neo4j_settings()
    if args.batch_size:
        settings = settings.model_copy(update={"batch_size": args.batch_size})
    with create_driver(neo4j) as driver, connect_redis(settings) as client:
        apply_schema(driver, database=neo4j.database)
        run_worker(
            client,
            driver,
            database=neo4j.database,
            settings=settings,
            consumer=args.name,
            until_empty=args.until_empty,
        )
    return 0


def _jobs(args: argparse.Namespace) -> int:
    """Print one job with its failures, or the recent jobs; exit status 1 for an unknown id."""
    from ingest.run.jobs import connect_redis, job_status, list_jobs

    with connect_redis() as client:
        if args.job is None:
            for job in list_jobs(client, limit=args.limit):
                print(job.model_dump_json(exclude={"failures"}) if args.json else _job_line(job))
            return 0
        found = job_status(client, args.job)
    if found is None:
        print(f"newsgraph: no job {args.job}")
        return 1
    if args.json:
        print(found.model_dump_json())
        return 0
    print(_job_line(found))
    for failure in found.failures:
        print(f"  {failure.stage}\t{failure.item}\t{failure.reason}")
    return 0


def _job_line(job: "JobStatus") -> str:
    total = "?" if job.total is None else str(job.total)
    return (
        f"{job.id}\t{job.status}\t{job.created_at:%Y-%m-%d %H:%M:%S}\ttotal {total}, "
        f"ingested {job.ingested}, skipped {job.skipped}, failed {job.failed}, "
        f"events {job.events}\t{' '.join(job.inputs)}"
    )
