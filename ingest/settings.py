"""Ingest settings (NEWSGRAPH_* variables): the queue, batch sizes, worker counts, retries."""

from functools import lru_cache

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# Bump when extraction changes enough that stored articles should be extracted again:
# `newsgraph ingest` skips only articles stored by this same version.
EXTRACTOR_VERSION = "48"
# The spaCy model tried first (then the pinned package's copy, ingest.nlp.model).
DEFAULT_SPACY_MODEL = "en_core_web_sm"


class IngestSettings(BaseSettings):
    """How ingest runs, on one machine (`newsgraph ingest`) or from the queue (`worker`)."""

    model_config = SettingsConfigDict(env_prefix="NEWSGRAPH_", frozen=True)

    redis_url: str = "redis://127.0.0.1:6379/0"
    # The stream of articles to ingest, its consumer group, and where poison messages go.
    ingest_stream: str = "newsgraph:ingest"
    consumer_group: str = "newsgraph-workers"
    dead_letter_stream: str = "newsgraph:ingest:dead"
    # Job records are `<jobs_prefix>:<id>` hashes, listed in the `<jobs_prefix>` sorted set.
    jobs_prefix: str = "newsgraph:jobs"
    batch_size: int = Field(default=32, ge=1)
    # NLP processes of `newsgraph ingest`; 0 means one per CPU core.
    workers: int = Field(default=0, ge=0)
    # A message pending this long on a silent worker is claimed by another one.
    claim_idle_ms: int = Field(default=60_000, ge=1)
    # A message delivered this many times without success goes to the dead-letter stream.
    max_deliveries: int = Field(default=3, ge=1)
    # How long a worker waits on an empty stream before looking at its stop flag again.
    block_ms: int = Field(default=1_000, ge=1)
    extractor_version: str = EXTRACTOR_VERSION
    # Let fetching reach loopback, private, link-local and reserved addresses (ingest.read.fetch).
    fetch_allow_private: bool = False
    # NEWSGRAPH_SPACY_MODEL; empty means the default.
    spacy_model: str = DEFAULT_SPACY_MODEL

    @field_validator("spacy_model")
    @classmethod
    def _default_model_when_empty(cls, name: str) -> str:
        return name or DEFAULT_SPACY_MODEL


@lru_cache
def get_ingest_settings() -> IngestSettings:
    """The process-wide ingest settings."""
    return IngestSettings()
