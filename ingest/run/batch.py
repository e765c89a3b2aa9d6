"""One batch of articles, the work every ingest path shares: NLP, then one write.

    extract_batch(articles)                  →  each article with its events, or an ItemError
    write_batch(driver, extracted, ...)      →  (written, failed), one transaction, retried
                                                article by article when Neo4j rolls it back

`newsgraph ingest` (ingest.run.local), `newsgraph worker` (ingest.run.worker) and POST /articles
run their batches through these two; `StopSignal` is the stop they check between batches.
"""

import signal
import threading
from collections.abc import Sequence
from types import FrameType, TracebackType
from typing import Any, Self

from neo4j import Driver

from graph.errors import WriteFailed
from graph.models import Article, ExtractedArticle
from graph.writes import write_articles
from ingest.errors import ItemError
from ingest.nlp.model import ModelUnavailable
from ingest.nlp.pipeline import extract_events

_REASON_CHARS = 300


class StopSignal:
    """Turn the first SIGINT/SIGTERM into a flag checked between batches.

    A second SIGINT raises KeyboardInterrupt, for a user who will not wait for the batch.
    Handlers are only installed from the main thread (signals are delivered there).
    """

    def __init__(self) -> None:
        self.requested = False
        self._previous: dict[int, Any] = {}

    def __enter__(self) -> Self:
        if threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGINT, signal.SIGTERM):
                self._previous[signum] = signal.signal(signum, self._handle)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)
        self._previous.clear()

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.requested and signum == signal.SIGINT:
            raise KeyboardInterrupt
        self.requested = True


def extract_batch(
    articles: Sequence[Article], *, batch_size: int = 32
) -> list[ExtractedArticle | ItemError]:
    """NLP of one batch, in order; an article that breaks the pipeline fails alone."""
    try:
        return list(extract_events(articles, batch_size=batch_size))
    except ModelUnavailable:
        raise  # no article's fault: the caller says so (a worker loads the model first)
    except Exception:
        # nlp.pipe fails the whole batch for one bad text: find it by parsing one by one.
        results: list[ExtractedArticle | ItemError] = []
        for article in articles:
            try:
                results.extend(extract_events([article]))
            except Exception as e:
                results.append(ItemError(item=article.id, reason=describe_failure("nlp", e)))
        return results


def write_batch(
    driver: Driver,
    articles: Sequence[ExtractedArticle],
    *,
    database: str,
    extractor_version: str,
) -> tuple[list[ExtractedArticle], list[ItemError]]:
    """Write a batch in one transaction: (written, failed); a rolled-back batch is retried
    article by article so only the bad ones fail.

    Raises:
        Neo4jUnavailable: the database does not answer (nothing of the batch is written).
    """
    try:
        write_articles(driver, articles, database=database, extractor_version=extractor_version)
        return list(articles), []
    except WriteFailed as e:
        if len(articles) == 1:
            return [], [ItemError(item=articles[0].id, reason=describe_failure("write", e))]
    written: list[ExtractedArticle] = []
    failed: list[ItemError] = []
    for article in articles:
        done, bad = write_batch(
            driver, [article], database=database, extractor_version=extractor_version
        )
        written += done
        failed += bad
    return written, failed


def describe_failure(stage: str, error: Exception) -> str:
    """`stage: ErrorType: first line of the message`, cut short for a report line."""
    first_line = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return f"{stage}: {type(error).__name__}: {first_line}"[:_REASON_CHARS]
