"""Clean a plain-text page dump (`w3m -dump`, `lynx -dump`, a scraper's `innerText`).

A dump holds the article among menus ("  •" bullets), repeated navigation, "Also Read" lists,
share buttons, cookie and login notices, tag lines, author bios and footers. The cleaner:

1. joins the lines the text browser wrapped back into paragraphs;
2. scores each paragraph: sentence-like prose scores its word count, boilerplate (menus,
   notices, repeated lines, captions, headline lists) scores negative, short lines a little;
3. keeps the contiguous run of paragraphs with the highest total score (the article body),
   trims it at end markers (tags, share bars, comments) and drops the junk left inside;
4. reads the headline, byline, date line, section and tags from the lines around it;
5. names the site from the page chrome (see `_site_name`), only when two clues agree or one
   leaves no doubt: a wrong site name is worse than none.
"""

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit

from dateutil import parser as date_parser

from ingest.calendar_names import MONTHS
from ingest.read.clutter import is_clutter, without_cards

# Bullets and tree markers text browsers draw in front of list items and menu entries.
_BULLET = re.compile(r"^\s*(?:[•●◦▪▫■□☆★○◆◇‣∙·*+-]|\d{1,2}\.)\s+")
_FORM_FIELD = re.compile(r"\[[ _x*]*\]|\[\s{3,}\]|\(\s?\)|\[(?:Go|Search|Submit|Close)\]")
_WORD = re.compile(r"[^\W_]+(?:['\u2019.-][^\W_]+)*")
# Scripts written without spaces: about two characters make a word.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_IMAGE_ALT = re.compile(r"^(?:\[[^\]]*\]\s*)+$")
_CREDIT = re.compile(
    r"\((?:photo|image|picture|pic)(?:graph)?s?(?: by|:| credit)|(?:photo |image )?credits?:|"
    r"/\s*(?:afp|getty images|reuters|ap photo|shutterstock|epa)\b",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"©|\(c\) ?\d{4}|copyright|all rights reserved", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…:;。\uff01\uff1f][\"'”\u2019»)\]」』]*$")
_BOILERPLATE = re.compile(
    r"cookie|privacy (?:policy|notice|settings)|terms (?:of|and) (?:use|service|conditions)"
    r"|all rights reserved|^©|©\s*\d{4}|\bcopyright\b|sign (?:in|up)|log ?in\b|log ?out\b"
    r"|subscribe|newsletter|^advertisement$|^sponsored|^share\b|share (?:on|this|via)"
    r"|^(?:share|tweet|email|print|comment|comments|reply|send|whatsapp|pinterest)+$"
    r"|follow us|download (?:the|our) app|javascript|your browser|forgotten password"
    r"|reset your password|username or email|^(?:no result|view all result)s?$|^loading"
    r"|^(?:image|photo|picture|pic|video)(?: credit)?s?\s*[:|-]|\((?:pic|photo|image) credit"
    r"|^(?:getty|reuters|ap|afp)(?: images)?$|get short url|^skip to|^read more$|^menu"
    r"|^(?:back to top|close|search|open|next|previous|home)$|^\d+\s*/\s*\d+$|^image \d+ of",
    re.IGNORECASE,
)
# A line that introduces a list of other articles' headlines.
_RELATED = re.compile(
    r"^(?:also read|read also|read more|related(?: articles| stories| posts| news| coverage)?"
    r"|more (?:from|on|stories|news|in)\b.*|recommended(?: for you)?|you may (?:also )?like"
    r"|trending(?: now)?|most (?:read|popular|viewed)|latest(?: news| stories)?"
    r"|popular(?: now| stories)?|editor'?s picks?|top stories|see also|don'?t miss"
    r"|further reading|what to read next)\s*:?$",
    re.IGNORECASE,
)
# Lines after which the article has ended: tags, share bars, comments, author box.
_END = re.compile(
    r"^(?:tags?|tagged(?: with)?|topics?|keywords|filed under)\s*:"
    r"|^(?:share|tweet|send|email)(?:share|tweet|send|email|\s)*$"
    r"|^share (?:this|the article|this article|on)\b|^\d+ (?:responses?|comments?|replies)\b"
    r"|^(?:comments?|leave a (?:comment|reply)|post a comment|join the conversation|permalink"
    r"|about the author|more about|related topics|you must be logged in)\b",
    re.IGNORECASE,
)
_TAGS = re.compile(r"^(?:tags?|tagged(?: with)?|topics?|keywords|filed under)\s*:\s*(.+)$", re.I)
_BYLINE = re.compile(
    r"(?:^|\s)[Bb]y\s+([A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|and|&|de|van|von|bin|al))*)"
)
_SECTION = re.compile(r"^(?:in|posted in|filed in|section|category)\s*:?\s+(.{2,40})$", re.I)
# A month in full or cut to three letters ("Jan", "January"), or "Sept"; the dates ignore case.
_MONTHS = "(?:" + "|".join(f"{m[:3]}(?:{m[3:]})?" for m in MONTHS) + r"|sept)\.?"
_DATE = re.compile(
    rf"\b(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS},?\s+\d{{4}}"
    r"|\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?)?)",
    re.IGNORECASE,
)
# Glued tags: split "RelationsChina" and "MAGAPresident" at their capitalisation seams.
_TAG_SEAM = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_TAG_SEPARATORS = re.compile(r"\s*[,;|•·#/]\s*|\s{2,}")

# A footer copyright line with a year: "© 2025 Example Times", "Copyright 2024-2025 X Ltd.".
_COPYRIGHT_LINE = re.compile(r"^(?:©|copyright\b|\(c\))(?=.*\b(?:19|20)\d\d\b)", re.IGNORECASE)
_COPYRIGHT_MARKS = re.compile(
    r"all rights reserved.*$|copyright|©|\(c\)|\b(?:19|20)\d\d\b", re.IGNORECASE
)
# What ends a copyright holder's name: ". Powered by ...", " | Privacy", " - Terms".
_HOLDER_END = re.compile(r"[.;|]\s|\s[-\u2013\u2014|]\s")
# Company-form words after a site's name ("Frontline Asia Ltd", "Gulf Ledger Publishing").
_COMPANY = re.compile(
    r"(?:,?\s+(?:private|pvt\.?|ltd\.?|limited|inc\.?|llc|llp|plc|gmbh|ag|kk|co\.|corp\.?"
    r"|corporation|company|media|publishing|publications|group|holdings))+$",
    re.IGNORECASE,
)
# Words that make a copyright holder read as a news title, not a parent company.
_NEWS_NAME = re.compile(
    r"\b(?:news|times|post|herald|journal|tribune|daily|gazette|chronicle|review|monitor"
    r"|observer|telegraph|express|standard|guardian|wire|press|mail|courier|ledger|insider"
    r"|today|globe|bulletin|reporter|dispatch|inquirer|independent|mirror|examiner|weekly"
    r"|magazine)\b",
    re.IGNORECASE,
)
# "<headline> | Site Name" or "<headline> - Site Name": the <title> of the page.
_TITLE_SUFFIX = re.compile(r"^(?P<head>.+)\s[|\u2013\u2014-]\s(?P<site>[^|\u2013\u2014]+)$")
# The page's own URL above the body, bare at the very top or labelled: "URL: https://...".
# Not "Source:" or "Link:": those cite other pages as often as they name this one.
_URL_LINE = re.compile(
    r"^(?P<label>(?:(?:page|source|canonical|original) )?url\s*:\s*)?"
    r"(?P<url>https?://\S+)$",
    re.IGNORECASE,
)
_NAME_EDGES = " -\u2013\u2014|,.:"  # separators left around a name once the marks are gone
_SITE_MAX_WORDS = 6
_URL_TOP_LINES = 3  # how many paragraphs at the top may hold a bare URL of the page itself

_GOOD_MIN_WORDS = 8
_HEADING_MAX_WORDS = 10
_FURNITURE = -3.0  # scores at or below this mark menus, notices, captions and repeats
_NEAR_TOP = 60  # how many paragraphs before the body may hold the headline and byline


@dataclass(frozen=True)
class _Para:
    text: str
    bullet: bool


@dataclass(frozen=True)
class Dump:
    """What a page dump holds: the article body and the metadata found around it."""

    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: datetime | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    source: str | None = None  # the site's name


def clean_dump(raw: str, *, url: str | None = None) -> Dump:
    """Extract the body and its headline, byline, date, section, tags and site name."""
    paras = _paragraphs(raw)
    counts = Counter(_key(p.text) for p in paras)
    base = [_score(paras, i, counts) for i in range(len(paras))]
    scores = _adjust(base, paras)
    start, end = _best_run(scores)
    start, end = _trim(paras, scores, start, end)
    body = _body(paras, base, start, end)
    head = paras[max(0, start - _NEAR_TOP) : start + 3]
    title = _title(head, counts)
    return Dump(
        text=without_cards("\n\n".join(body)),
        title=title,
        authors=_byline(head),
        published=_date_line(head),
        section=_section(head),
        tags=_tags(paras[start:]),
        source=_site_name(paras, counts, body=(start, end), title=title, url=url),
    )


def _paragraphs(raw: str) -> list[_Para]:
    """Split a dump into paragraphs, re-joining lines that were wrapped at the page width."""
    lines = [line.replace("\u00a0", " ").rstrip() for line in raw.splitlines()]
    width = _wrap_width(lines)
    paras: list[_Para] = []
    current: list[str] = []
    bullet = False
    for line in lines:
        stripped = line.strip()
        starts_bullet = bool(_BULLET.match(line))
        # A wrapped line continues a previous line that reached (almost) the full width.
        continues = (
            bool(current)
            and not starts_bullet
            and stripped != ""
            and len(current[-1]) >= width - 25
            and width >= 60
            and bool(_WORD.search(current[-1]))
        )
        if continues:
            current.append(stripped)
            continue
        if current:
            paras.append(_Para(" ".join(s.strip() for s in current), bullet))
        current = [line] if stripped else []
        bullet = starts_bullet
        if starts_bullet:
            current = [_BULLET.sub("", line)]
    if current:
        paras.append(_Para(" ".join(s.strip() for s in current), bullet))
    return [p for p in paras if _WORD.search(p.text)]


def _wrap_width(lines: list[str]) -> int:
    """The width the browser wrapped at: the most common length among the longest lines."""
    lengths = sorted((len(line) for line in lines if line.strip()), reverse=True)
    if len(lengths) < 5:
        return 10_000
    top = lengths[: max(5, len(lengths) // 10)]
    width = top[len(top) // 2]
    # Unwrapped dumps have few lines of equal length; never join lines there.
    similar = sum(1 for n in lengths if width - 25 <= n <= width + 5)
    return width if similar >= 3 else 10_000


def _key(text: str) -> str:
    return " ".join(w.casefold() for w in _WORD.findall(text))


def _words(text: str) -> list[str]:
    """Words of a paragraph; runs of CJK characters count one word per two characters."""
    words = _WORD.findall(text)
    cjk = len(_CJK.findall(text))
    if cjk:
        words = [w for w in words if not _CJK.search(w)] + ["字"] * (cjk // 2)
    return words


def _capital_ratio(words: list[str]) -> float:
    if not words:
        return 1.0
    return sum(1 for w in words if w[0].isupper() or w[0].isdigit()) / len(words)


def _is_prose(text: str) -> bool:
    """A sentence-like paragraph: enough words, mostly lower case, ends like a sentence."""
    words = _words(text)
    if len(words) < _GOOD_MIN_WORDS or _capital_ratio(words) > 0.55:
        return False
    return bool(_SENTENCE_END.search(text)) or len(words) >= 25


def _score(paras: list[_Para], i: int, counts: Counter[str]) -> float:
    """How much paragraph i looks like article body (positive) or page furniture (negative)."""
    para = paras[i]
    text = para.text
    words = _words(text)
    n = len(words)
    if _IMAGE_ALT.match(text):
        return -3.0
    if _FORM_FIELD.search(text) or (_BOILERPLATE.search(text) and n < 40) or is_clutter(text):
        return -max(5.0, n)
    if _RELATED.match(text) or _END.match(text):
        return -10.0
    if counts[_key(text)] > 1 and n >= 2:
        return -max(3.0, n)  # repeated: navigation, headline lists, teasers
    if _is_caption(paras, i):
        return -max(3.0, n)
    if _is_prose(text):
        return n * (0.5 if para.bullet else 1.0)
    if para.bullet:
        return _FURNITURE
    return -1.0 if n <= _HEADING_MAX_WORDS else -0.5 * n / _HEADING_MAX_WORDS


def _adjust(scores: list[float], paras: list[_Para]) -> list[float]:
    """Context: prose alone between furniture counts half (teasers); the footer counts against."""
    adjusted = list(scores)
    for i, score in enumerate(scores):
        alone = (i == 0 or scores[i - 1] <= 0) and (i + 1 == len(scores) or scores[i + 1] <= 0)
        if score > 0 and alone:
            adjusted[i] = score / 2
    # A long stretch of furniture separates the article from teasers: each further line costs more.
    gap = 0
    for i, score in enumerate(adjusted):
        gap = gap + 1 if score <= 0 else 0
        if gap > 1:
            adjusted[i] -= 2.0 * (gap - 1)
    footer = _footer_start(paras)
    for i in range(footer, len(paras)):
        adjusted[i] = -abs(adjusted[i]) or -1.0
    return adjusted


def _footer_start(paras: list[_Para]) -> int:
    """Where the footer begins: a few lines above a copyright line in the last quarter."""
    for i in range(len(paras) - 1, len(paras) * 3 // 4 - 1, -1):
        if _COPYRIGHT.search(paras[i].text) and len(_words(paras[i].text)) < 60:
            return max(len(paras) * 3 // 4, i - 5)
    return len(paras)


def _is_caption(paras: list[_Para], i: int) -> bool:
    """An image caption: a photo credit, or words the next line repeats (alt text + caption)."""
    if _CREDIT.search(paras[i].text):
        return True
    key = _key(paras[i].text)
    half = len(key) // 2
    if key and key[:half].strip() == key[half:].strip():
        return True
    for j in (i - 1, i + 1):
        if 0 <= j < len(paras) and key:
            other = _key(paras[j].text)
            if other != key and (other.startswith(key) or key.startswith(other)):
                return True
    return False


def _best_run(scores: list[float]) -> tuple[int, int]:
    """The contiguous run [start, end) with the highest total score (Kadane)."""
    best, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    for i, score in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
        total += score
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


def _trim(paras: list[_Para], scores: list[float], start: int, end: int) -> tuple[int, int]:
    """Cut the run at end markers: after a body they cut the tail, before it the head."""
    body_words = [max(0.0, s) for s in scores]
    for i in range(start, end):
        if not _END.match(paras[i].text):
            continue
        before = sum(body_words[start:i])
        after = sum(body_words[i + 1 : end])
        # Comments after an article can outweigh it; a real body before the marker wins.
        if before >= 30 and before >= after / 4:
            return start, i
        start = i + 1
    return start, end


def _body(paras: list[_Para], base: list[float], start: int, end: int) -> list[str]:
    """The body paragraphs of the run: prose, plus short lines between prose and no furniture."""
    kept: list[str] = []
    in_related = False
    i = start
    while i < end:
        text = paras[i].text
        if _RELATED.match(text):
            in_related = True  # skip the headline list that follows, up to the next prose
        elif base[i] > 0:
            if not (in_related and _capital_ratio(_words(text)) > 0.4):
                in_related = False
                kept.append(text)
        else:
            # A gap between prose: short headings, Q&A lines, list items survive only when the
            # gap holds no furniture (menus, notices, captions, repeats) and prose follows it.
            gap_end = i
            while gap_end < end and base[gap_end] <= 0 and not _RELATED.match(paras[gap_end].text):
                gap_end += 1
            gap = range(i, gap_end)
            clean = all(base[j] > _FURNITURE for j in gap) and gap_end < end and kept
            if clean and not in_related:
                kept.extend(paras[j].text for j in gap)
            i = gap_end
            continue
        i += 1
    return kept


def _title(head: list[_Para], counts: Counter[str]) -> str | None:
    """The headline: a prose-free line near the top, preferring one the page repeats."""
    candidates = [
        p.text
        for p in head
        if not p.bullet
        and 3 <= len(_words(p.text)) <= 30
        and not _BOILERPLATE.search(p.text)
        and not _is_prose(p.text)
        and not _DATE.search(p.text)
        and not _BYLINE.search(p.text)
    ]
    repeated = [c for c in candidates if counts[_key(c)] > 1]
    if repeated:
        return repeated[-1]
    return candidates[-1] if candidates else None


def _byline(head: list[_Para]) -> list[str]:
    """Author names from a "by NAME" line near the top."""
    for para in head:
        if len(para.text) > 120:
            continue
        match = _BYLINE.search(para.text)
        if match:
            names = re.split(r"\s+(?:and|&)\s+|,\s*", match.group(1))
            return [name.strip() for name in names if len(name.split()) >= 1 and name.strip()]
    return []


def _date_line(head: list[_Para]) -> datetime | None:
    """The publication date from a short date line near the top."""
    for para in head:
        if len(_words(para.text)) > 14:
            continue
        match = _DATE.search(para.text)
        if match:
            try:
                return date_parser.parse(match.group(0), fuzzy=True)
            except (ValueError, OverflowError):
                continue
    return None


def _section(head: list[_Para]) -> str | None:
    """The section from an "in Eurasia" style line near the top."""
    for para in head:
        match = _SECTION.match(para.text.strip())
        if match and len(_words(match.group(1))) <= 4 and not _DATE.search(para.text):
            return match.group(1).strip()
    return None


def _tags(paras: list[_Para]) -> list[str]:
    """Tags from a "Tags:" line, split on separators or, when glued, on capital seams."""
    for para in paras:
        match = _TAGS.match(para.text.strip())
        if match:
            return split_tags(match.group(1))
    return []


def split_tags(line: str) -> list[str]:
    """Split a tag line: on commas and bars, else where one tag's end runs into the next."""
    parts = _TAG_SEPARATORS.split(line.strip())
    if len(parts) == 1:
        parts = _TAG_SEAM.split(line.strip())
    return [part.strip() for part in parts if part.strip()]


def _site_name(
    paras: list[_Para],
    counts: Counter[str],
    *,
    body: tuple[int, int],
    title: str | None,
    url: str | None,
) -> str | None:
    """The site's name: a clue two sources agree on, a sure one alone, else the URL's host.

    Clues, most trusted first: the page <title>'s "| Site" suffix, the short line the header
    repeats, the logo line printed twice ("SiteSite"), the footer's copyright holder.
    """
    start, end = body
    suffix, sure = _title_suffix(paras[: start + 3], title)
    if suffix and sure:
        return suffix
    chrome = paras[:start] + paras[end:]
    holder = next(filter(None, (_copyright_holder(p) for p in chrome if not p.bullet)), None)
    host = _host(url) or _carried_host(paras[:start])
    clues = [
        name
        for name in (suffix, _header_name(paras[:start], counts, title), _logo_name(chrome), holder)
        if name
    ]
    for i, name in enumerate(clues):
        others = clues[:i] + clues[i + 1 :]
        if any(_same_site(name, other) for other in others) or (host and _on_host(name, host)):
            return name
    # A parent company ("Harlow & Sons Ltd") is no site name; a news title ("Example Times") is.
    if holder and _NEWS_NAME.search(holder):
        return holder
    return host


def _site_like(text: str) -> bool:
    """A line short enough and plain enough to be a site's name."""
    n = len(_words(text))
    return (
        1 <= n <= _SITE_MAX_WORDS
        and not _BOILERPLATE.search(text)
        and not _RELATED.match(text)
        and not _END.match(text)
        and not _DATE.search(text)
        and not _SENTENCE_END.search(text)
    )


def _title_suffix(head: list[_Para], title: str | None) -> tuple[str | None, bool]:
    """A "<headline> | Site" line's site, and whether its headline is the page's headline."""
    found: list[tuple[str | None, bool]] = []
    for para in head:
        match = _TITLE_SUFFIX.match(para.text.strip())
        if para.bullet or match is None:
            continue
        site = match["site"].strip()
        if _site_like(site) and len(_words(match["head"])) >= 3:
            found.append((site, _key(match["head"]) == _key(title or "")))
    # A breadcrumb ("Home - World - Europe") may come first: the page's own title wins.
    return max(found, key=lambda f: f[1], default=(None, False))


def _header_name(head: list[_Para], counts: Counter[str], title: str | None) -> str | None:
    """The short line repeated most often in the page header (the site's name, or a menu)."""
    title_key = _key(title or "")
    best: tuple[int, str] | None = None
    for para in head:
        key = _key(para.text)
        if para.bullet or counts[key] < 2 or key == title_key or not _site_like(para.text):
            continue
        if _BYLINE.search(para.text) or _SECTION.match(para.text.strip()):
            continue
        if best is None or counts[key] > best[0]:
            best = (counts[key], para.text.strip())
    return best[1] if best else None


def _logo_name(paras: list[_Para]) -> str | None:
    """A name printed twice without a space ("Levant MonitorLevant Monitor"): logo alt + text."""
    for para in paras:
        text = para.text.strip()
        half = len(text) // 2
        doubled = not para.bullet and len(text) % 2 == 0 and text[:half] == text[half:]
        if doubled and len(text[:half]) >= 3 and _site_like(text[:half]):
            return text[:half]
    return None


def _copyright_holder(para: _Para) -> str | None:
    """The holder of a "© 2025 Example Times" line, without its company form ("Ltd")."""
    text = para.text.strip()
    if not _COPYRIGHT_LINE.match(text):
        return None
    rest = _COPYRIGHT_MARKS.sub(" ", text).strip(_NAME_EDGES)
    holder = _HOLDER_END.split(rest)[0].strip(_NAME_EDGES)
    holder = _COMPANY.sub("", holder).strip(" ,.")
    words = _words(holder)
    if not 1 <= len(words) <= _SITE_MAX_WORDS or not holder[0].isupper() or "@" in holder:
        return None
    return holder


def _compact(name: str) -> str:
    return "".join(c for c in _COMPANY.sub("", name).casefold() if c.isalnum())


def _same_site(a: str, b: str) -> bool:
    """Two spellings of one name: "SteppeWire" and "STEPPEWIRE MEDIA", "The Hindu", "Hindu"."""
    x, y = _compact(a), _compact(b)
    return bool(x) and x.removeprefix("the") == y.removeprefix("the")


def _on_host(name: str, host: str) -> bool:
    """The name spelled in the host: "The Hindu" on thehindu.com, "TFIGlobal" on tfiglobalnews."""
    compact = _compact(name)
    labels = host.split(".")[:-1]
    return any(
        label in (compact, compact.removeprefix("the"))
        or (len(compact) >= 5 and label.startswith(compact))
        for label in labels
    )


def _host(url: str | None) -> str | None:
    """A URL's host without "www."; None for an IP address or a name without a dot."""
    host = (urlsplit(url).hostname or "").lower() if url else ""
    if "." not in host or ":" in host or host.replace(".", "").isdigit():
        return None
    return host.removeprefix("www.")


def _carried_host(paras: list[_Para]) -> str | None:
    """The host of the page's own URL when the dump prints it above the body."""
    for i, para in enumerate(paras):
        match = _URL_LINE.match(para.text.strip())
        if match and not para.bullet and (match["label"] or i < _URL_TOP_LINES):
            return _host(match["url"])
    return None
