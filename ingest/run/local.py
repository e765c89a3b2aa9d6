"""Ingest on one machine: read articles, run NLP in N processes, write batches to Neo4j.

    run_ingest(driver, ["pages/"], database="neo4j", workers=2)  →  IngestSummary

The main process reads the inputs, drops articles already stored by the same extractor
version (unless `force`), and hands batches to a pool of NLP processes, each of which loads
the spaCy pipeline once. It is also the only writer: while it writes one batch to Neo4j the
pool is already parsing the next ones, so writes hide behind NLP and no two writers contend
for the same locks. A bad item (unreadable input, an article that breaks the pipeline, a
batch Neo4j rolls back) fails alone: it is logged with its id and reason to the JSON Lines
report and everything else goes on.

The first SIGINT or SIGTERM stops reading; the batches already being parsed are written, so
nothing is half-written and a re-run skips what is stored and finishes the rest. A second
Ctrl-C interrupts at once (each batch is one transaction, so even then nothing is partial).

Each batch is the work of `ingest.run.batch`, as for the queue's workers (`ingest.run.worker`).
"""

import json
import os
import signal
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import islice
from multiprocessing import get_context
from typing import IO, TextIO

from neo4j import Driver

from graph.errors import Neo4jUnavailable
from graph.models import Article, ExtractedArticle
from graph.writes import known_articles
from ingest.errors import ItemError
from ingest.nlp.model import load_nlp
from ingest.read.sources import expand_inputs, read_articles
from ingest.run.batch import StopSignal, describe_failure, extract_batch, write_batch
from ingest.settings import EXTRACTOR_VERSION

_TTY_REFRESH_SECONDS = 0.2


@dataclass
class IngestSummary:
    """What one `newsgraph ingest` run did; read = ingested + skipped + failed when complete."""

    read: int = 0
    ingested: int = 0
    skipped: int = 0
    failed: int = 0
    events: int = 0
    seconds: float = 0.0
    interrupted: bool = False
    report_path: str | None = None
    # Why the run stopped early because Neo4j went away (None when it did not).
    store_lost: str | None = None

    @property
    def done(self) -> int:
        return self.ingested + self.skipped + self.failed

    def describe(self) -> str:
        """The one-line summary printed at the end of a run."""
        rate = self.ingested / self.seconds if self.seconds else 0.0
        line = (
            f"read {self.read}, ingested {self.ingested}, skipped {self.skipped}, "
            f"failed {self.failed}; {self.events} events in {self.seconds:.1f}s "
            f"({rate:.1f} articles/s)"
        )
        if self.failed and self.report_path:
            line += f"; failures in {self.report_path}"
        if self.interrupted:
            line += f"; interrupted with {self.read - self.done} read but not written: run again"
        if self.store_lost:
            line += (
                f"; stopped, Neo4j does not answer ({self.store_lost}), with "
                f"{self.read - self.done} read but not written: run again when it is back"
            )
        return line


def run_ingest(
    driver: Driver,
    inputs: Iterable[str],
    *,
    database: str,
    workers: int = 0,
    batch_size: int = 32,
    force: bool = False,
    report_path: str | None = None,
    extractor_version: str = EXTRACTOR_VERSION,
    fmt: str = "auto",
    fetch: bool = False,
    progress: TextIO | None = None,
    log_every: float = 10.0,
) -> IngestSummary:
    """Ingest every article of the inputs into Neo4j; stop cleanly on SIGINT/SIGTERM.

    Args:
        workers: NLP processes; 0 means one per CPU core.
        force: extract and write again articles already stored by this extractor version.
        report_path: JSON Lines file receiving one {item, stage, reason, run} per failure,
            appended to (`run` is the run's start time, so runs can be told apart).
        progress: where the progress bar (a TTY) or periodic log lines go; None for silence.
    """
    processes = workers or os.cpu_count() or 1
    summary = IngestSummary(report_path=report_path)
    started = time.perf_counter()
    report = open(report_path, "a", encoding="utf-8") if report_path else None  # noqa: SIM115
    meter = _Progress(progress, summary, started=started, log_every=log_every)
    run = _Run(driver, summary, meter, report, database, extractor_version, force, batch_size)
    try:
        with (
            StopSignal() as stop,
            ProcessPoolExecutor(
                processes, mp_context=get_context("fork"), initializer=start_nlp_process
            ) as pool,
        ):
            try:
                run.feed(pool, _read(inputs, fmt, fetch, meter), processes, stop)
            except KeyboardInterrupt:
                # A second Ctrl-C: drop the batches in flight; each write was one transaction.
                pool.shutdown(wait=False, cancel_futures=True)
            except Neo4jUnavailable as e:
                # Each batch is one transaction: what was counted is stored, the rest is not.
                pool.shutdown(wait=False, cancel_futures=True)
                summary.store_lost = describe_failure("neo4j", e).removeprefix("neo4j: ")
            summary.interrupted = stop.requested
    finally:
        summary.seconds = time.perf_counter() - started
        meter.close()
        if report is not None:
            report.close()
    return summary


class _Run:
    """The main process's loop: read, skip, submit to the pool, write what comes back."""

    def __init__(
        self,
        driver: Driver,
        summary: IngestSummary,
        meter: "_Progress",
        report: IO[str] | None,
        database: str,
        extractor_version: str,
        force: bool,
        batch_size: int,
    ) -> None:
        self.driver = driver
        self.summary = summary
        self.meter = meter
        self.report = report
        self.database = database
        self.extractor_version = extractor_version
        self.force = force
        self.batch_size = batch_size
        self.seen: set[str] = set()
        # The report is appended to: each line says which run it belongs to.
        self.started = datetime.now(UTC).isoformat(timespec="seconds")

    def feed(
        self,
        pool: ProcessPoolExecutor,
        items: Iterator[Article | ItemError],
        processes: int,
        stop: StopSignal,
    ) -> None:
        # Two batches a process: one being parsed, one waiting, so no process idles while
        # the main process reads or writes.
        limit = 2 * processes
        running: set[Future[list[ExtractedArticle | ItemError]]] = set()
        while not stop.requested and (chunk := list(islice(items, self.batch_size))):
            self.summary.read += len(chunk)
            articles = self._new_articles(chunk)
            if articles:
                running.add(pool.submit(extract_batch, articles, batch_size=self.batch_size))
            while len(running) >= limit and not stop.requested:
                running = self._write_finished(running)
            self.meter.update()
        if stop.requested:
            # Batches not started yet are dropped; those being parsed are still written.
            running = {f for f in running if not f.cancel()}
        while running:
            running = self._write_finished(running)
        self.meter.update()

    def _new_articles(self, chunk: list[Article | ItemError]) -> list[Article]:
        articles: list[Article] = []
        for item in chunk:
            if isinstance(item, ItemError):
                self._fail(item, "read")
            elif item.id in self.seen:
                self.summary.skipped += 1  # the same article twice in one run
            else:
                self.seen.add(item.id)
                articles.append(item)
        if self.force or not articles:
            return articles
        stored = known_articles(
            self.driver,
            [a.id for a in articles],
            database=self.database,
            extractor_version=self.extractor_version,
        )
        self.summary.skipped += len(stored)
        return [a for a in articles if a.id not in stored]

    def _write_finished(
        self, running: set[Future[list[ExtractedArticle | ItemError]]]
    ) -> set[Future[list[ExtractedArticle | ItemError]]]:
        """Wait for at least one batch to come back from the pool, and write what did."""
        finished, running = wait(running, return_when=FIRST_COMPLETED)
        for future in finished:
            extracted: list[ExtractedArticle] = []
            for result in future.result():
                if isinstance(result, ItemError):
                    self._fail(result, "nlp")
                else:
                    extracted.append(result)
            if extracted:
                written, failed = write_batch(
                    self.driver,
                    extracted,
                    database=self.database,
                    extractor_version=self.extractor_version,
                )
                self.summary.ingested += len(written)
                self.summary.events += sum(len(a.events) for a in written)
                for error in failed:
                    self._fail(error, "write")
            self.meter.update()
        return running

    def _fail(self, error: ItemError, stage: str) -> None:
        self.summary.failed += 1
        if self.report is not None:
            line = {"item": error.item, "stage": stage, "reason": error.reason}
            line["run"] = self.started
            self.report.write(json.dumps(line) + "\n")
            self.report.flush()  # an interrupted run still leaves its report


def start_nlp_process() -> None:
    """Pool initializer: the parent decides when to stop; load the model before any batch."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    load_nlp()


def _read(
    inputs: Iterable[str], fmt: str, fetch: bool, meter: "_Progress"
) -> Iterator[Article | ItemError]:
    """Articles of the inputs, counting the files done so the meter can estimate a total."""
    paths: list[str] = []
    for item in expand_inputs(inputs):
        if isinstance(item, ItemError):
            yield item
        else:
            paths.append(item)
    meter.files_total = len(paths)
    for path in paths:
        yield from read_articles([path], fmt=fmt, fetch=fetch)
        meter.files_read += 1
    meter.reading_done = True


class _Progress:
    """A live bar on a terminal, a plain line every `log_every` seconds elsewhere."""

    def __init__(
        self, stream: TextIO | None, summary: IngestSummary, *, started: float, log_every: float
    ) -> None:
        self.stream = stream
        self.summary = summary
        self.started = started
        self.tty = bool(stream is not None and stream.isatty())
        self.every = _TTY_REFRESH_SECONDS if self.tty else log_every
        self.last = started
        self.files_total = 0
        self.files_read = 0
        self.reading_done = False

    def update(self) -> None:
        now = time.perf_counter()
        if self.stream is None or now - self.last < self.every:
            return
        self.last = now
        self._show(now)

    def close(self) -> None:
        if self.stream is None:
            return
        self._show(time.perf_counter())
        if self.tty:
            self.stream.write("\n")
        self.stream.flush()

    def _show(self, now: float) -> None:
        assert self.stream is not None
        s = self.summary
        elapsed = max(now - self.started, 1e-9)
        rate = s.done / elapsed
        total = self._estimated_total()
        eta = "?" if total is None or not rate else _clock(max(total - s.done, 0) / rate)
        counts = f"{rate:.1f} articles/s  events {s.events}  errors {s.failed}  ETA {eta}"
        if self.tty:
            share = min(s.done / total, 1.0) if total else 0.0
            bar = "#" * int(share * 24)
            of = str(total) if self.reading_done else f"~{total}" if total else "?"
            self.stream.write(f"\r[{bar:<24}] {s.done}/{of}  {counts} ")
        else:
            self.stream.write(
                f"ingest: {s.done} of {s.read} read done (ingested {s.ingested}, "
                f"skipped {s.skipped}), {counts}\n"
            )
        self.stream.flush()

    def _estimated_total(self) -> int | None:
        if self.reading_done:
            return self.summary.read
        if self.files_total > 1 and self.files_read:
            return round(self.summary.read * self.files_total / self.files_read)
        return None


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes // 60}:{minutes % 60:02d}:{secs:02d}"


def exit_code(summary: IngestSummary) -> int:
    """The exit status of `newsgraph ingest`: 130 when interrupted, 1 when nothing got in."""
    if summary.interrupted:
        return 130
    if summary.store_lost:
        return 1
    return 1 if summary.failed and not (summary.ingested or summary.skipped) else 0
