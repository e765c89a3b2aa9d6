"""Articles in, articles with their actors and dated events out: the NLP stage of ingest.

The spaCy pipeline is loaded once per process and run over articles in nlp.pipe batches.
Every sentence is parsed: parsing only sentences holding a trigger word was measured to be
no faster with the small model (tok2vec and NER dominate) and lost events where the sentence
splitter and the parser disagree. Each line (paragraph) is parsed on its own and the lines
joined into one doc: given the whole text, the parser runs a headline into the first line of
the body and leaves that line's verb without its subject, and a sentence start preset after
the line break only moves the damage (it split "India and China agreed" into three).
The parser reads the text prepared by `ingest.textprep` (page clutter blanked, headlines and
lower-cased lines re-cased, same characters count); dates are read from it too, and events
quote the article as written.

Each event is dated from its own clause, else its sentence, else its paragraph, else the
publication date. Dates in the modifiers of nouns ("an American teacher held since 2021")
tell of the noun and date no event outside them. An
article with no publication date has no anchor for "on Tuesday" or "last week": its events
are kept only when their date does not depend on the anchor (an explicit "January 20, 2025"
in the sentence or paragraph), and the rest are dropped rather than dated by guesswork.
"""

import hashlib
import re
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import islice, pairwise

from spacy.language import Language
from spacy.tokens import Doc

from graph.models import ActorKind, Article, DatePrecision, DateSource, Event, ExtractedArticle
from ingest.actors import ArticleActors, resolve_actors
from ingest.dates import resolve_date
from ingest.events import EventMention, find_events, noun_modifier_spans
from ingest.nlp import load_nlp
from ingest.textprep import as_written, parse_text

_PARAGRAPH_BREAK = re.compile(r"\n\s*")
# Two anchors far apart: a date both give alike was read from the text, not the anchor.
_PROBE_ANCHORS = (date(2001, 3, 7), date(2023, 10, 19))


def extract_events(
    articles: Iterable[Article], *, batch_size: int = 32
) -> Iterator[ExtractedArticle]:
    """Yield each article with its actors and dated PLOVER events, in input order."""
    nlp = load_nlp()
    it = iter(articles)
    while chunk := list(islice(it, batch_size)):
        english = [a for a in chunk if _skip_reason(a) is None]
        docs = _parse_by_line(nlp, [parse_text(a.text) for a in english], batch_size=batch_size)
        done = iter([extract_article(a, d) for a, d in zip(english, docs, strict=True)])
        for article in chunk:
            reason = _skip_reason(article)
            if reason is not None:
                yield ExtractedArticle(**article.model_dump(), nlp_skipped=reason)
            else:
                yield next(done)


def extract_article(article: Article, doc: Doc) -> ExtractedArticle:
    """Actors and dated events of one article from its fully parsed text."""
    actors = resolve_actors(doc)
    found = find_events(
        doc,
        actors.mentions(),
        regions=_ids_of(actors, ActorKind.LOCATION),
        people=_ids_of(actors, ActorKind.PERSON),
    )
    parsed = doc.text  # the parser's copy of the text (ingest.textprep), offsets as in it
    dating_text = _blanked(parsed, noun_modifier_spans(doc))
    paragraphs = _paragraphs(article.text)
    dated = (_dated(article, m, dating_text, paragraphs, parsed=parsed) for m in found)
    events = [e for e in dated if e is not None]
    return ExtractedArticle(**article.model_dump(), actors=actors.actors, events=events)


def _parse_by_line(nlp: Language, texts: list[str], *, batch_size: int) -> Iterator[Doc]:
    """One doc per text, each line parsed apart so that no sentence spans a line break."""
    chunked = [_lines(text) for text in texts]
    docs = nlp.pipe((line for lines in chunked for line in lines), batch_size=batch_size)
    for lines in chunked:
        # The lines keep their breaks, so the joined doc has the text's exact characters.
        yield Doc.from_docs([next(docs) for _ in lines], ensure_whitespace=False)


def _lines(text: str) -> list[str]:
    """The text cut after each run of line breaks; never empty."""
    cuts = [0, *(m.end() for m in _PARAGRAPH_BREAK.finditer(text)), len(text)]
    return [text[a:b] for a, b in pairwise(cuts) if a < b] or [text]


def _ids_of(actors: ArticleActors, kind: ActorKind) -> frozenset[str]:
    return frozenset(a.id for a in actors.actors if a.kind == kind)


def event_id(article_id: str, sentence_start: int, trigger_start: int) -> str:
    """Deterministic id of an event within its article."""
    key = f"{article_id}\x1f{sentence_start}\x1f{trigger_start}"
    return hashlib.sha256(key.encode()).hexdigest()[:24]


def _skip_reason(article: Article) -> str | None:
    lang = (article.language or "en").lower()
    if lang == "en" or lang.startswith("en-"):
        return None
    return f"language {article.language} is not English"


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Character spans of the paragraphs (lines) of an article body."""
    spans = []
    start = 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, brk.start()))
        start = brk.end()
    spans.append((start, len(text)))
    return spans


def _paragraph_of(text: str, paragraphs: list[tuple[int, int]], start: int) -> str | None:
    for p_start, p_end in paragraphs:
        if p_start <= start < p_end:
            return text[p_start:p_end]
    return None


def _blanked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """The text with the characters of the spans turned to spaces (offsets kept)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _kept(text: str, spans: Iterable[tuple[int, int]], start: int, end: int) -> str:
    """text[start:end] with everything outside the spans turned to spaces (offsets kept)."""
    chars = [" "] * (end - start)
    for a, b in spans:
        a, b = max(a, start), min(b, end)
        chars[a - start : b - start] = text[a:b]
    return "".join(chars)


def _dated(
    article: Article,
    mention: EventMention,
    dating_text: str,
    paragraphs: list[tuple[int, int]],
    *,
    parsed: str,
) -> Event | None:
    """The event of a mention, dated from `dating_text` (the parsed text without the
    modifiers of nouns) and from the mention's own clause, quoting the article as written."""
    sentence = dating_text[mention.start : mention.end]
    clause = _kept(parsed, mention.clause, mention.start, mention.end)
    paragraph = _paragraph_of(dating_text, paragraphs, mention.start)
    confidence = mention.confidence
    future_at = None if mention.future_at is None else mention.future_at - mention.start
    if article.published_at is not None:
        when, precision, source = resolve_date(
            sentence,
            article.published_at.date(),
            clause=clause,
            paragraph=paragraph,
            future_at=future_at,
        )
    else:
        dated = _anchorless_date(sentence, clause, paragraph)
        if dated is None:
            return None
        when, precision, source = dated
        confidence = round(confidence * 0.9, 2)
    return Event(
        id=event_id(article.id, mention.start, mention.trigger_start),
        type=mention.type,
        mode=mention.mode,
        quad_class=mention.quad_class,
        date=when,
        date_precision=precision,
        date_source=source,
        source=list(mention.source),
        target=list(mention.target),
        participants=list(mention.participants),
        sentence=article.text[mention.start : mention.end],
        start=mention.start,
        end=mention.end,
        trigger=as_written(article.text, parsed, mention.trigger, mention.trigger_start),
        confidence=confidence,
        negated=mention.negated,
        hypothetical=mention.hypothetical,
    )


def _anchorless_date(
    sentence: str, clause: str, paragraph: str | None
) -> tuple[date, DatePrecision, DateSource] | None:
    """A date read from the text alone, the same whatever the publication date would be."""
    first, second = (
        resolve_date(sentence, a, clause=clause, paragraph=paragraph) for a in _PROBE_ANCHORS
    )
    if first != second or first[2] == DateSource.PUBLISHED_AT:
        return None
    return first
