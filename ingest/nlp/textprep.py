"""The text the parser reads: the article's characters, page clutter blanked, case restored.

The parser reads a copy of the article text with exactly as many characters, so every offset
(sentence, trigger, actor) still points into the article; events quote the article as it is
written (`as_written`). Line by line:

- Page clutter, lines that are not article text, turns to spaces, so nothing is coded from
  it: photo captions and credits ("Photo: ...", "... (Getty Images)", "Image caption ..."),
  video and link teasers ("Watch: ...", "Read more: ...", "Related: ..."), sign-up,
  newsletter and share lines (`ingest.read.clutter`); so does a hover card glued into a
  sentence after a person's name ("Rep. Ann LeeAnn LeeSenate votes ... MORE (D-Ohio)"), and
  the attribution line of a pull quote, a dash glued to the speaker's name ("—Ana Ruiz
  calling for a halt to the talks"): the body keeps it, but it codes no act of its own.
  A paragraph a text wraps at a width is judged whole: a caption over three lines goes
  whole, and a line that only opens as clutter because the wrap falls there ("... urged its
  citizens to" / "sign up for the register.") is article text.
- Three or more headlines in a row (lines in headline case that do not end as sentences do,
  blank lines between them aside) are a list: related-article teasers ("Ciara to Host the
  Awards, Plus New Performers Announced" under the article's tag), or list items such as
  tour dates that name no event. They turn to spaces too; one headline, or a headline and its
  standfirst, is parsed.
- Case: the small model's tagger, parser and NER lean on capitals, so a Title-Case headline
  ("Turkmenistan Accuses Samoa of Election Interference"), a lower-cased line ("police
  arrested protesters in delhi") or an upper-cased one is re-cased the way prose is written:
  common English words lower-case (data/common_words.txt, built from SCOWL by
  scripts/build_common_words.py, and the lexicon's event words), the gazetteer's names as it
  spells them, sentence starts and other words capitalised. A pronoun an abbreviation spells
  is the abbreviation where no pronoun stands (`_abbreviations`: "the us", "us-led", "us
  troops"), and an acronym in brackets spelling the initials of the words before it is a
  name in capitals with them ("the national investigation agency (nia)"). A line in
  ordinary mixed case is parsed as written.
- Two hyphens between spaces around words of one sentence, the first in lower case, are
  dashes ("the minister - who took office in May - said"): the parser reads en dashes there,
  which it parses as a parenthesis, where the hyphens wreck the sentence (the subject left
  without its verb).
"""

import json
import re
from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc

from ingest.nlp.gazetteer import DATA_DIR, codes_of, common_words, load_gazetteer
from ingest.nlp.lexicon import load_lexicon
from ingest.read.clutter import is_clutter, without_cards

# A word: letters, with an apostrophe inside ("Iran's"); not the letters of "1990s" or "F16".
_WORD = re.compile(r"\b[^\W\d_]+(?:['\u2019][^\W\d_]+)*\b")
# A word as a headline capitalises it: "Pre-dawn" and "Côte d'Ivoire" are capitalised.
_TITLE_WORD = re.compile(r"[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*")
_APOSTROPHE = re.compile(r"['\u2019]")
# A link, a handle or an address ("https://...", "@agency", "and/or"): left as written.
_LINK = re.compile(r"\S*[/@]\S*")
# An alias the re-caser can match: letter words joined by spaces, hyphens, dots, apostrophes.
_PLAIN_ALIAS = re.compile(r"[^\W\d_]+(?:[ .'\u2019-]+[^\W\d_]+)*\.?")
# A full stop, question or exclamation mark, closing quotes, then a space.
_SENTENCE_END = re.compile(r"[.!?][\"')\]\u201d\u2019]*\s")
# "may" and "march" that a day of the month comes with, after "on": the months ("on 3 may",
# "on march 12"), not the words.
_DAY_MONTH = re.compile(
    r"\bon (?:\d{1,2} (?P<after>march|may)\b|(?P<before>march|may) \d{1,2}\b)", re.I
)
_MIN_WORDS = 3  # fewer words say too little about a line's case
# A line that ends as a sentence ends, closing quotes or brackets after the stop.
_ENDS_SENTENCE = re.compile(r"[.!?][\"')\]\u201d\u2019]*\s*$")
# The attribution line of a pull quote: an em dash glued to the speaker's name, when the line
# does not end as a sentence does; a dash and a space open a list item or a reply, parsed.
_ATTRIBUTION = re.compile(r"\s*[\u2014\u2015](?=[^\W\d_])")
# So many headlines in a row, blank lines between them aside, are a list, not a headline
# with its standfirst or a heading over its paragraph.
_MIN_HEADLINES = 3
# Words of a sentence between two hyphens set off by spaces, the first in lower case: a
# parenthesis ("the minister - who took office in May - said"), not words' hyphens spaced
# out ("the al - Qusour district and a Saudi - led convoy").
_DASHED = re.compile(r" - ([a-z][^\n.!?]*?\S \S[^\n.!?]*?) - ")
# Words a Title-Case headline may leave in lower case (articles, conjunctions, prepositions,
# and often pronouns and auxiliaries: "Renews its Support", "States that it will Begin"); any
# other word in lower case makes the line prose.
# fmt: off
_MINOR = frozenset({
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in",
    "of", "off", "on", "out", "per", "to", "up", "via", "vs", "with", "from", "into", "onto",
    "over", "upon", "than", "amid", "about", "above", "across", "after", "against", "along",
    "among", "around", "before", "behind", "below", "beside", "between", "beyond", "despite",
    "down", "during", "inside", "near", "outside", "past", "since", "through", "toward",
    "towards", "under", "until", "within", "without",
    "that", "this", "these", "those", "its", "his", "her", "their", "our", "my", "your", "they",
    "them", "him", "she", "who", "will", "would", "could", "should", "can", "may", "have",
    "has", "had", "are", "was", "were", "been",
})
# fmt: on
# English pronouns, which some abbreviations spell ("US", "WHO").
_PRONOUNS = frozenset(
    {"i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them", "who", "whom"}
)
# The pronouns that are only ever objects: none opens a sentence before its verb, modifies a
# noun or is joined by a hyphen, as the abbreviations they spell do ("US troops", "US-led").
_OBJECT_PRONOUNS = frozenset({"me", "us", "him", "them", "whom"})
# CAMEO codes of a state's bodies ("troops", "officials", "senator": MIL, GOV, LEG), and the
# titles before a name ("secretary", "ambassador"): what a state's abbreviation modifies.
_STATE_CODES = codes_of("state")
_AGENT_WORDS = 4  # words of the longest agent phrase looked for after it ("armed forces")
_TITLE_HEADS = frozenset(
    json.loads((DATA_DIR / "actor_words.json").read_text("utf-8"))["title_heads"]
)


def parse_text(text: str) -> str:
    """The text for the parser: clutter blanked, case restored, as many characters as `text`."""
    lines = text.split("\n")
    blanked = _headline_lists(lines) | _clutter_lines(lines)
    prepared = [
        " " * len(line) if i in blanked else _prepared_line(line) for i, line in enumerate(lines)
    ]
    return text if prepared == lines else "\n".join(prepared)


_DOC_TEXT = "newsgraph.text"  # where `doc_text` keeps it, in the doc's user data


def doc_text(doc: Doc) -> str:
    """The parsed doc's text, joined once: spaCy joins it again, token by token, at each
    `doc.text` (0.4 ms an article of the AEB dev pages), and several stages read it."""
    text: str | None = doc.user_data.get(_DOC_TEXT)
    if text is None:
        text = doc.user_data[_DOC_TEXT] = doc.text
    return text


def as_written(text: str, parsed: str, fragment: str, start: int) -> str:
    """`fragment` of `parsed` (found at or after `start`) in the characters of `text`."""
    if parsed == text:
        return fragment
    out = []
    at = start
    for piece in re.split(r"(\s+)", fragment):
        found = parsed.find(piece, at) if piece and not piece.isspace() else -1
        if found < 0:
            out.append(piece)  # a joint added by the coder ("said ... return")
            continue
        out.append(text[found : found + len(piece)])
        at = found + len(piece)
    return "".join(out)


def _prepared_line(line: str) -> str:
    if _ATTRIBUTION.match(line) and not _ENDS_SENTENCE.search(line):
        return " " * len(line)
    line = without_cards(line, blank=True)
    line = _DASHED.sub(" \u2013 \\1 \u2013 ", line)
    if line.islower() or line.isupper():
        return _recased(line, title=False) if len(_WORD.findall(line)) >= _MIN_WORDS else line
    return _recased(line, title=True) if _is_title_case(line) else line


def _clutter_lines(lines: list[str]) -> set[int]:
    """The lines of clutter paragraphs, a paragraph wrapped over lines judged as a whole."""
    blanked: set[int] = set()
    paragraph: list[int] = []
    for i, line in enumerate([*lines, ""]):  # a last blank line ends the last paragraph
        if paragraph and _goes_on(lines[i - 1], line):
            paragraph.append(i)
            continue
        if paragraph and is_clutter(" ".join(lines[j].strip() for j in paragraph)):
            blanked.update(paragraph)
        paragraph = [i] if line.strip() else []
    return blanked


def _goes_on(previous: str, line: str) -> bool:
    """`line` goes on with the sentence of `previous`, wrapped at a width: its own opening or
    close says nothing of what the paragraph is. It opens in lower case after a line that does
    not end a sentence, with a word too long to have fit on that line."""
    first = line.split(maxsplit=1)[:1]
    return (
        bool(first)
        and first[0][:1].islower()
        and not _ENDS_SENTENCE.search(previous)
        and len(previous.strip()) + 1 + len(first[0]) > len(line.strip())
    )


def _headline_lists(lines: list[str]) -> set[int]:
    """The lines of lists of headlines: related-article teasers, or list items naming no event."""
    listed: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, "."]):  # a last line of prose ends the last run
        if not line.strip():
            continue
        if _is_title_case(line) and not _ENDS_SENTENCE.search(line):
            run.append(i)
            continue
        if len(run) >= _MIN_HEADLINES:
            listed.update(run)
        run = []
    return listed


def _is_title_case(line: str) -> bool:
    """A headline's case: every word capitalised but the articles, conjunctions, prepositions."""
    capitalised = 0
    for m in _TITLE_WORD.finditer(line):
        word = m.group()
        if len(word) < 3 or word.lower() in _MINOR:
            continue
        if word.islower():
            return False  # prose, as most lines show by their second or third word
        capitalised += word[0].isupper()  # not the words of scripts without case
    return capitalised >= _MIN_WORDS


# A gazetteer name for re-casing: its casefolded words, its spelling, and whether it is
# re-cased only where it is written as it is spelled (in a Title-Case line).
_Name = tuple[tuple[str, ...], tuple[str, ...], bool]


@cache
def _names() -> dict[str, list[_Name]]:
    """Gazetteer names by their first casefolded word, longest first."""
    common = common_words()
    by_first: dict[str, list[_Name]] = {}
    for alias, entry, _form in load_gazetteer().entries():
        if not _PLAIN_ALIAS.fullmatch(alias):
            continue
        cased = tuple(_APOSTROPHE.split(w)[0] for w in _WORD.findall(alias))  # "People's"
        key = tuple(w.casefold() for w in cased)
        is_common = all(w in common for w in key)
        if is_common and alias.isupper():
            continue  # "US", "WHO": where not a pronoun, `_abbreviations` tells
        # A country or a person is named far more often than the common word is meant
        # ("china", "trump"); an organisation's one-word name ("Fed", "Quad") is not.
        person_or_country = entry.id.startswith(("country:", "person:"))
        title_only = is_common and len(key) == 1 and not person_or_country
        by_first.setdefault(key[0], []).append((key, cased, title_only))
    for candidates in by_first.values():
        candidates.sort(key=lambda c: -len(c[0]))
    return by_first


@cache
def _prose_words() -> frozenset[str]:
    """Words prose writes in lower case: the common English words and the coder's own event
    words, which a word list of general English may lack ("airstrike", "gherao", "bandh")."""
    lex = load_lexicon()
    own = {w for phrase in (*lex.verbs, *lex.nouns) for w in phrase.split() if w.isalpha()}
    return common_words() | own


def _recased(line: str, *, title: bool) -> str:
    """The line with each word in the case prose gives it (same length)."""
    common = _prose_words()
    chars = list(line)
    links = [m.span() for m in _LINK.finditer(line)]
    matches = [m for m in _WORD.finditer(line) if not any(a <= m.start() < b for a, b in links)]
    starts_at = _sentence_starts(line, matches)
    cased = dict(_name_spellings(matches, title=title))
    cased |= dict(_abbreviations(line, matches, starts_at))
    cased |= dict(_spelled_out(line, matches))
    # the months among common words, which would stay lower-case (`_DAY_MONTH`)
    months = {
        d.start("after") if d["after"] else d.start("before") for d in _DAY_MONTH.finditer(line)
    }
    for i, m in enumerate(matches):
        word = m.group()
        starts = starts_at[i]
        if i in cased:
            new = cased[i]
        elif title and (starts or (word.isupper() and len(word) > 1)):
            continue  # a capital the sentence start asks for, or an acronym
        else:
            lower = word.lower()
            if m.start() in months:
                new = _capitalised(lower)
            elif lower in common or _APOSTROPHE.split(lower)[0] in common:
                new = lower
            else:  # not a common word: a name, written with a capital in prose
                new = word if title else _capitalised(lower)
        if starts:
            new = _capitalised(new)
        if len(new) == len(word):  # a few letters change length with case ("ß")
            chars[m.start() : m.end()] = new
    return "".join(chars)


def _sentence_starts(line: str, matches: list[re.Match[str]]) -> list[bool]:
    """Whether each word opens a sentence: the line's first word, unless a number comes first
    ("10 things ..."), and each after a sentence's end but for one after an initial."""
    starts = []
    previous_end = 0
    after_initial = False
    for i, m in enumerate(matches):
        gap = line[previous_end : m.start()]
        if i == 0:
            starts.append(not any(c.isalnum() for c in gap))
        else:
            starts.append(bool(_SENTENCE_END.search(gap)) and not after_initial)
        previous_end, after_initial = m.end(), len(m.group()) == 1
    return starts


@cache
def _pronoun_abbreviations() -> dict[str, str]:
    """The gazetteer's abbreviations that spell a pronoun, by the pronoun ("us": "US")."""
    return {
        alias.casefold(): alias
        for alias, _entry, _form in load_gazetteer().entries()
        if alias.isupper() and alias.casefold() in _PRONOUNS
    }


def _abbreviations(
    line: str, matches: list[re.Match[str]], starts: list[bool]
) -> Iterator[tuple[int, str]]:
    """(word index, spelling) for the words spelling a pronoun that stand where no pronoun
    can: after "the" ("the us", "the who"), and for an object pronoun at a sentence's start
    before its next word ("us imposes"), joined to the next word by a hyphen ("us-led") or
    before a state's body or a title ("us troops", "us officials", "us secretary")."""
    spelt = _pronoun_abbreviations()
    words = [m.group().casefold() for m in matches]
    for i, word in enumerate(words):
        if word not in spelt:
            continue
        after_the = (
            i > 0
            and words[i - 1] == "the"
            and not line[matches[i - 1].end() : matches[i].start()].strip()
        )
        if after_the or (word in _OBJECT_PRONOUNS and _modifies(line, matches, i, starts[i])):
            yield i, spelt[word]


def _modifies(line: str, matches: list[re.Match[str]], i: int, starts: bool) -> bool:
    """Whether the word at `i` stands before the next as a subject or a modifier does: joined
    to it by a hyphen, at a sentence start before a word a headline capitalises, or before a
    state's body or a title."""
    if i + 1 == len(matches):
        return False
    gap = line[matches[i].end() : matches[i + 1].start()]
    following = [m.group().casefold() for m in matches[i + 1 : i + 1 + _AGENT_WORDS]]
    if gap == "-":
        return True
    if not gap.isspace():
        return False
    agents = load_gazetteer().find_agents(following)
    codes = {c for start, _, code in agents if start == 0 for c in code.split("|")}
    return (
        (starts and following[0] not in _MINOR)
        or following[0] in _TITLE_HEADS
        or not codes.isdisjoint(_STATE_CODES)
    )


# An acronym in brackets after the name it shortens: "the national investigation agency (nia)".
_BRACKETED = re.compile(r"\s*\(\s*")
_ACRONYM_LETTERS = range(2, 7)


def _spelled_out(line: str, matches: list[re.Match[str]]) -> Iterator[tuple[int, str]]:
    """(word index, spelling) for an acronym in brackets whose letters are the initials of the
    words before it, articles, conjunctions and prepositions aside, and for those words: the
    name and its acronym, in capitals ("the International Labour Office (ILO)")."""
    for i, m in enumerate(matches):
        acronym = m.group()
        if (
            i == 0
            or len(acronym) not in _ACRONYM_LETTERS
            or not _BRACKETED.fullmatch(line[matches[i - 1].end() : m.start()])
            or line[m.end() : m.end() + 1] != ")"
        ):
            continue
        name = _initialled(matches, i, acronym.casefold())
        if name is not None:
            yield i, acronym.upper()
            yield from ((j, _capitalised(matches[j].group())) for j in name)


def _initialled(matches: list[re.Match[str]], end: int, initials: str) -> list[int] | None:
    """The indexes of the words before `end` whose initials spell `initials`, the minor words
    between them left out, or None if the words before it do not."""
    name: list[int] = []
    j = end - 1
    while j >= 0 and len(name) < len(initials):
        word = matches[j].group().casefold()
        if word not in _MINOR:
            name.append(j)
        elif not name:
            return None  # a name ends on a word of its own
        j -= 1
    letters = "".join(matches[k].group()[0].casefold() for k in reversed(name))
    return name if letters == initials else None


def _name_spellings(matches: list[re.Match[str]], *, title: bool) -> Iterator[tuple[int, str]]:
    """(word index, spelling) for the words of gazetteer names, longest names first."""
    names = _names()
    words = [m.group() for m in matches]
    folded = [_APOSTROPHE.split(w)[0].casefold() for w in words]
    i = 0
    while i < len(words):
        for key, cased, title_only in names.get(folded[i], ()):
            if tuple(folded[i : i + len(key)]) != key or (
                title_only and not (title and _APOSTROPHE.split(words[i])[0] == cased[0])
            ):
                continue  # a common word's name is the word spelled as it is: "LeT", not "Let"
            for j, spelling in enumerate(cased):
                word = words[i + j]
                yield i + j, spelling + word[len(spelling) :]  # "iran's" keeps its "'s"
            i += len(key) - 1
            break
        i += 1


def _capitalised(word: str) -> str:
    return word[:1].upper() + word[1:]
