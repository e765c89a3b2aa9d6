"""Articles: read one, or ingest one synchronously (POST /ingest queues batches instead).

HTML, text dumps and URLs become articles (ingest.read.submissions), then go through the batch
core of every ingest path (ingest.run.batch): actors and events, then the graph.
"""

import threading
from typing import Annotated

from fastapi import APIRouter, Depends, Path

from api.deps import (
    DatabaseDep,
    IngestSettingsDep,
    require_read_key,
    require_write_key,
)
from api.errors import COMMON_RESPONSES, NOT_FOUND, UNAUTHORIZED, ApiError, Invalid, NotFound
from api.schemas import IngestedArticle
from graph import reads
from graph.errors import WriteFailed
from graph.views import ArticleOut
from ingest.errors import ItemError, ItemFailed
from ingest.nlp.model import ModelUnavailable
from ingest.read.submissions import ArticleIn, read_submission
from ingest.run.batch import extract_batch, write_batch

router = APIRouter(tags=["articles"], responses=COMMON_RESPONSES)

# spaCy pipelines are not documented thread-safe: concurrent requests take turns.
_NLP_LOCK = threading.Lock()


@router.get(
    "/articles/{article_id}",
    response_model=ArticleOut,
    responses=NOT_FOUND,
    dependencies=[Depends(require_read_key)],
)
def get_article(
    db: DatabaseDep,
    article_id: Annotated[str, Path(min_length=1, max_length=200)],
) -> ArticleOut:
    """A stored article's metadata, source, events (with their sentences) and actors."""
    view = reads.article(db.driver, article_id, database=db.name)
    if view is None:
        raise NotFound(f"no article with id {article_id!r}")
    return view


@router.post(
    "/articles",
    response_model=IngestedArticle,
    responses=UNAUTHORIZED,
    dependencies=[Depends(require_write_key)],
)
def post_article(item: ArticleIn, db: DatabaseDep, ingest: IngestSettingsDep) -> IngestedArticle:
    """Ingest one article now (HTML, text dump or URL) and return it with its events."""
    try:
        article = read_submission(item, name=item.url or "POST /articles")
    except ItemFailed as e:
        raise Invalid(e.error.reason, code="unprocessable_article") from e
    # The batch core of every ingest path, for a batch of one.
    try:
        with _NLP_LOCK:
            [extracted] = extract_batch([article])
    except ModelUnavailable as e:
        raise _NlpUnavailable(str(e)) from e
    if isinstance(extracted, ItemError):
        raise Invalid(extracted.reason, code="unprocessable_article")
    _, failed = write_batch(
        db.driver, [extracted], database=db.name, extractor_version=ingest.extractor_version
    )
    if failed:
        raise WriteFailed(failed[0].reason, article_ids=[article.id])
    view = reads.article(db.driver, article.id, database=db.name)
    if view is None:  # deleted between the write and the read
        raise NotFound(f"article {article.id!r} vanished after it was written")
    return IngestedArticle(
        article=view,
        events=view.events,
        nlp_skipped=extracted.nlp_skipped,
        text_truncated=article.text_truncated,
    )


class _NlpUnavailable(ApiError):
    status = 503
    code = "nlp_unavailable"
