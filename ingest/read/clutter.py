"""Page clutter: the lines of a news page that are not article text.

Photo captions and credits ("Photo: ...", "... (Getty Images)", "Image caption ..."), video
and link teasers ("Watch: ...", "Read more: ...", "Related: ..."), sign-up, newsletter and
share lines. The body extractors leave them out of an article's text where they can tell, and
the parser reads them as blank (`ingest.nlp.textprep`), so no event is coded from them.
A person's hover card glued into a sentence after their name (`without_cards`) goes the same
way, the sentence around it kept.
"""

import re

_MEDIA = r"(?:photo(?:graph)?|image|picture|pic|video|media|graphic|caption)s?"
# A line that opens as a caption, credit, teaser, sign-up or share line.
_OPENING = re.compile(
    rf"""^(?:\s*[\u2580-\u259f\u25a0]  # the colour key of a map or chart: "██ Held by rebels"
    | [\W_]*(?:
        (?:file\s+)?{_MEDIA}(?:\s+(?:caption|credit|copyright|source))?\s*(?:[:|/\u2013\u2014]|-\s)
      | (?:image|media|video)\s+(?:caption|copyright)\b
      | (?:photo(?:graph)?|image|picture)s?\s+by\s+(?-i:[A-Z])
      | (?:watch|listen|read|see|related|more|recommended|trending)(?:\s+(?:more|also|now))?\s*[:|]
      | (?:read|see)\s+(?:more|also)\b | also\s+read\b
      | (?:click|tap)\s+here\b
      | sign\s+up\b | subscribe\b | get\s+(?:our|the)\s+[\w\s]*newsletter\b
      | follow\s+(?:us\b|@|\S+(?:\s+\S+)?\s+on\s+(?:twitter|facebook|instagram|telegram|x)\b)
      | share\s+(?:this|on|via)\b | download\s+(?:the|our)\s+app\b
    ))""",
    re.IGNORECASE | re.VERBOSE,
)
# A teaser's tag: "[Video]", "(PHOTOS, VIDEO)"; any "[ALL CAPS]" tag closing a line too.
_TAG = r"(?:video|watch|photos?|gallery|pictures|audio|podcast|live)s?"
_AGENCY = r"(?:getty\s+images|shutterstock|ap\s+photo|afp|reuters|epa(?:-efe)?|anadolu|xinhua)"
_NAME = r"(?-i:[A-Z])[\w.\u2019'-]*"
# Where a credit stands apart from the caption's words: at the line's start, after its full stop
# or in brackets; "brokered by the AU/UN." names two bodies, "... Monday. AFP/Name" credits.
_APART = r"(?:^|(?<=[.!?(\[])|(?<=[.!?)\]]\s))\s*"
# A line that ends with a photo credit ("... (Getty Images)", "... Photo: AFP", "REUTERS/Name",
# "Name/AFP via Getty Images", "REUTERS/Name/File Photo", "... Credit: Name", "© 2024 Name") or
# a teaser's tag ("... [Video]", "... [REACTION]").
_CLOSING = re.compile(
    rf"""(?:
        [(\[][^()\[\]]*\b(?:{_MEDIA}\s*(?:[:/]|by\b|credit)|getty\s+images|shutterstock
            |(?:ap|afp|reuters|epa)(?:\s+photo)?\s*/|{_AGENCY}\s+via\s+getty)[^()\[\]]*[)\]]
      | [(\[](?:{_TAG}(?:\s*[,/&]\s*{_TAG})*)[)\]] | \[(?-i:[A-Z]{{3,}}(?:\s+[A-Z]{{3,}})*)\]
      | (?:\b(?:photo(?:graph)?|image|picture|pic)s?(?:\s+credit)?|{_APART}credits?)
            \s*:\s*{_NAME}
            (?:\s*(?:/|via|and|&)?\s*{_NAME}){{0,5}}
      | {_APART}(?:
            (?-i:[A-Z]{{2,}}(?:\s+[A-Z]{{2,}})*)(?:\s*/\s*{_NAME}(?:\s+{_NAME}){{0,3}})+
          | {_NAME}(?:\s+{_NAME}){{0,3}}\s*/\s*(?:{_AGENCY}|ap)(?:\s+via\s+getty\s+images)?
        )
      | \u00a9\s*(?:\d{{4}}\s+)?{_NAME}(?:(?:\s+|\s*/\s*){_NAME}){{0,4}}
    )\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
# A sign-up line anywhere in it: "... straight to your inbox", "Enter your email".
_SIGN_UP = re.compile(
    r"\b(?:to|in)\s+your\s+inbox\b|\benter\s+your\s+e-?mail\b"
    r"|\bsign\s+up\s+(?:for|to)\s+(?:our|the)\s+(?:\w+\s+)?(?:newsletter|briefing|alerts)\b",
    re.IGNORECASE,
)
# A hover card glued into a sentence after a person's name: the name again as the card writes
# it, glued, ending in the same word (a first or middle name added), the teaser headlines of
# the person's articles, then the card's "MORE" link: "Rep. Ann LeeAnn LeeSenate votes on
# ... | ... MORE (D-Ohio) said", or a dump's "Ann Lee[leeann_01]Ann Lee...". The cut runs
# from after the name to the link, so "Rep. Ann Lee (D-Ohio) said" is left.
_CARD = re.compile(
    r"\b(?P<name>[A-Z][\w'\u2019-]*[a-z])"  # the last word of the name in the sentence
    r"(?:\[[^\]\n]{0,80}\])?"  # the card's picture, in a dump
    r"(?:[A-Z][\w.'\u2019-]* ){0,3}(?P=name)"  # the card's name, glued
    r"(?:\S[^\n]{0,800}?\s)?MORE\b"  # its teasers, glued, up to the link
)
_MAX_CHARS = 400  # a longer line is article text, whatever it opens or closes with
_TAIL = 160  # a credit or a tag closes a line within this many characters


def is_clutter(line: str) -> bool:
    """True for a line of page clutter: a caption, credit, teaser, sign-up or share line."""
    if len(line) > _MAX_CHARS:
        return False
    found = (
        _OPENING.match(line)
        or _CLOSING.search(line, max(0, len(line) - _TAIL))
        or _SIGN_UP.search(line)
    )
    return found is not None


def without_cards(text: str, *, blank: bool = False) -> str:
    """`text` without the hover cards glued after names (as many spaces instead if `blank`)."""

    def cut(card: re.Match[str]) -> str:
        name = card["name"]
        return name + (" " * (len(card.group()) - len(name)) if blank else "")

    return _CARD.sub(cut, text)
