"""Turn extracted fields into one `Article`: stable id, language, UTC publication date.

The id is what makes re-ingestion idempotent: the same article reached twice (two formats,
a re-run) gets the same id. It is a hash of the normalised canonical URL when there is one
(scheme and host lower-cased, default port, fragment and tracking parameters dropped),
otherwise a hash of the normalised body text.

Every reader ends here, so the checks every article needs live here too: the URL must be a
well-formed http(s) URL (else the item fails, naming the reason), lone surrogates (from JSON
escapes such as "\\ud800") become U+FFFD, dates UTC cannot hold are dropped like unparsable
ones, and a body over `MAX_TEXT_CHARS` is cut at a paragraph break with `text_truncated` set.
"""

import hashlib
import re
import unicodedata
from datetime import UTC, datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import py3langid
from dateutil import parser as date_parser

from graph.models import Article
from ingest.errors import ItemError, ItemFailed
from ingest.nlp.gazetteer import common_words

# spaCy's default `nlp.max_length`: longer texts are refused by the parser. Seventy times the
# longest news article we know of; anything longer is a dump of many pages.
MAX_TEXT_CHARS = 1_000_000
MAX_URL_CHARS = 2000

# Query parameters that identify a campaign or a click, never the article itself.
_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "hsa_", "_hs")
_TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "yclid",
        "igshid",
        "ocid",
        "cmpid",
        "ncid",
        "ito",
        "smid",
        "share",
        "ref",
        "ref_src",
        "cid",
        "sref",
        "mkt_tok",
        "_ga",
    }
)
_DEFAULT_PORTS = {"http": 80, "https": 443}
# /2025/01/22/ or /2025-01-22/ style dates in article URLs.
_URL_DATE = re.compile(
    r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|[-_]|$)"
)
_MIN_LANGUAGE_CHARS = 40
# Share of a text's words found in the English word list above which the text is English.
_MIN_ENGLISH_SHARE = 0.5
_WORD = re.compile(r"[^\W\d_]+")
_MAX_UNIX_SECONDS = 10**11  # larger Unix times are in milliseconds (year 5138 in seconds)
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
_SCHEMES = ("http", "https")


def check_url(url: object) -> str:
    """The URL, stripped, if it is a well-formed http(s) URL; else ValueError saying why."""
    if not isinstance(url, str):
        raise ValueError(f"url must be a string, not {type(url).__name__}")
    url = url.strip()
    if len(url) > MAX_URL_CHARS:
        raise ValueError(f"url is longer than {MAX_URL_CHARS} characters")
    if _LONE_SURROGATE.search(url) or any(c.isspace() or ord(c) < 32 for c in url):
        raise ValueError("url holds whitespace, control characters or invalid Unicode")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - urlsplit checks the port only when it is read
    except ValueError as e:
        raise ValueError(f"url is malformed: {e}") from e
    if parts.scheme.lower() not in _SCHEMES:
        raise ValueError("url must start with http:// or https://")
    if not parts.hostname:
        raise ValueError("url has no host")
    return url


def clean_unicode(value: str) -> str:
    """The string with lone surrogates (which UTF-8 cannot encode) replaced by U+FFFD."""
    return _LONE_SURROGATE.sub("\ufffd", value)


def normalise_url(url: str) -> str:
    """Canonical form of an article URL: lower-cased scheme/host, no fragment or trackers."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if parts.port is not None and _DEFAULT_PORTS.get(scheme) != parts.port:
        host = f"{host}:{parts.port}"
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not _is_tracking_param(key)
    ]
    path = parts.path or "/"
    return urlunsplit((scheme, host, path, urlencode(sorted(query)), ""))


def _is_tracking_param(key: str) -> bool:
    key = key.lower()
    return key in _TRACKING_PARAMS or key.startswith(_TRACKING_PREFIXES)


def normalise_text(text: str) -> str:
    """Body text reduced to what identifies it: NFKC, case-folded, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def article_id(url: str | None, text: str) -> str:
    """Stable article id from the canonical URL, else from the normalised body."""
    key = f"url:{normalise_url(url)}" if url else f"text:{normalise_text(text)}"
    return hashlib.sha256(key.encode()).hexdigest()[:32]


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text."""
    if len(text.strip()) < _MIN_LANGUAGE_CHARS:
        return None
    sample = text[:5000]
    language, _score = py3langid.classify(sample)
    # On a headline or a sentence the character n-grams are too few: py3langid takes plain
    # English for Nigerian Pidgin, Sesotho or Italian. A text whose words are mostly English
    # dictionary words is English (French, Spanish or German news shares a fifth of them).
    if language != "en" and _english_share(sample) >= _MIN_ENGLISH_SHARE:
        return "en"
    return str(language)


def _english_share(text: str) -> float:
    # Names belong to no language: judge the lower-case words, unless the text is a
    # Title-Case headline with hardly any.
    words = _WORD.findall(text)
    lower = [w for w in words if w.islower()]
    words = lower if len(lower) >= 3 else [w.lower() for w in words]
    english = common_words()
    return sum(w in english for w in words) / len(words) if words else 0.0


def parse_datetime(value: str | float | datetime | None) -> datetime | None:
    """A date, datetime or Unix time as timezone-aware UTC; naive values are taken as UTC."""
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        # JSON records carry Unix times in seconds, or in milliseconds (JavaScript).
        seconds = value / 1000 if value > _MAX_UNIX_SECONDS else value
        try:
            return datetime.fromtimestamp(seconds, UTC)
        except (ValueError, OverflowError, OSError):
            return None
    elif isinstance(value, str) and value.strip():
        try:
            parsed = date_parser.parse(value.strip())
        except (ValueError, OverflowError):
            return None
    else:
        return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except OverflowError:  # 9999-12-31T23:59-14:00 is in year 10000 in UTC
        return None


def date_from_url(url: str | None) -> datetime | None:
    """The publication day encoded in a URL path such as /2025/01/22/, as UTC midnight."""
    if not url:
        return None
    match = _URL_DATE.search(urlsplit(url).path)
    if match is None:
        return None
    year, month, day = (int(group) for group in match.groups())
    try:
        return datetime(year, month, day, tzinfo=UTC)
    except ValueError:
        return None


def build_article(
    text: str,
    fmt: str,
    *,
    path: str | None = None,
    url: str | None = None,
    title: str | None = None,
    authors: list[str] | None = None,
    published: str | float | datetime | None = None,
    published_source: str = "metadata",
    source: str | None = None,
    section: str | None = None,
    tags: list[str] | None = None,
    language: str | None = None,
    fetched_at: str | float | datetime | None = None,
) -> Article:
    """Assemble an Article: id, language and UTC dates filled in, blanks made None.

    Raises:
        ItemFailed: the URL is not a well-formed http(s) URL.
    """
    if url is not None:
        try:
            url = check_url(url)
        except ValueError as e:
            raise ItemFailed(ItemError(item=path or "article", reason=str(e))) from e
    text, truncated = _cut(clean_unicode(text.strip()))
    published_at = parse_datetime(published)
    published_at_source: str | None = published_source if published_at else None
    if published_at is None:
        published_at = date_from_url(url)
        published_at_source = "url" if published_at else None
    return Article(
        id=article_id(url, text),
        url=normalise_url(url) if url else None,
        title=_clean(title),
        authors=_unique(authors or []),
        published_at=published_at,
        published_at_source=published_at_source,
        source=_clean(source),
        section=_clean(section),
        tags=_unique(tags or []),
        language=language or detect_language(text),
        text=text,
        format=fmt,
        path=clean_unicode(path) if path else None,
        fetched_at=parse_datetime(fetched_at),
        text_truncated=truncated,
    )


def _cut(text: str) -> tuple[str, bool]:
    """The text cut to MAX_TEXT_CHARS, at the last paragraph break if there is one."""
    if len(text) <= MAX_TEXT_CHARS:
        return text, False
    head = text[:MAX_TEXT_CHARS]
    paragraph = head.rfind("\n")
    return (head[:paragraph] if paragraph > 0 else head).rstrip(), True


def _clean(value: str | None) -> str | None:
    value = " ".join(clean_unicode(value).split()) if isinstance(value, str) else ""
    return value or None


def _unique(values: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        cleaned = _clean(value)
        if cleaned and cleaned.casefold() not in seen:
            seen[cleaned.casefold()] = cleaned
    return list(seen.values())
