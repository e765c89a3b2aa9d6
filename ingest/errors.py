"""Ingest errors.

    IngestError            root of every ingest failure
    └── ItemFailed         one input item could not become an article (carries an ItemError)

A bad item never stops a batch: readers yield an `ItemError` record in its place and go on.
"""

from pydantic import BaseModel, ConfigDict, field_validator

MAX_REASON_CHARS = 500


class ItemError(BaseModel):
    """An input item that yielded no article, and why."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    item: str  # the file, URI, record number or article id that failed
    reason: str

    @field_validator("reason")
    @classmethod
    def _short(cls, reason: str) -> str:
        # A reason may quote its input (a parser's message): a report line stays a line.
        return reason if len(reason) <= MAX_REASON_CHARS else reason[: MAX_REASON_CHARS - 1] + "…"


class IngestError(Exception):
    """Root of ingest failures."""


class ItemFailed(IngestError):
    """One item could not be turned into an article."""

    def __init__(self, error: ItemError) -> None:
        super().__init__(f"{error.item}: {error.reason}")
        self.error = error
