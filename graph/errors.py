"""Graph errors.

GraphError                 root of every graph failure
├── Neo4jUnavailable       the database does not answer (down, unreachable, auth refused)
├── WriteFailed            a batch was rolled back; carries the article ids of the batch
├── CypherRefused          a user's Cypher is not run, or the database refused or aborted it
└── LocalServerError       the local Neo4j could not be started, stopped or queried
"""


class GraphError(Exception):
    """Root of graph failures."""


class Neo4jUnavailable(GraphError):
    """Neo4j does not answer."""


class WriteFailed(GraphError):
    """A write batch failed for a non-transient reason and was rolled back whole."""

    def __init__(self, reason: str, *, article_ids: list[str]) -> None:
        super().__init__(f"batch of {len(article_ids)} articles rolled back: {reason}")
        self.article_ids = article_ids


class CypherRefused(GraphError):
    """A user's query is not one the graph runs, or the database refused or aborted it."""

    def __init__(self, detail: str, *, code: str = "cypher_refused") -> None:
        super().__init__(detail)
        self.detail = detail
        self.code = code


class LocalServerError(GraphError):
    """The project's own Neo4j server could not be managed."""
