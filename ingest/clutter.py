"""Page clutter: the lines of a news page that are not article text.

Photo captions and credits ("Photo: ...", "... (Getty Images)", "Image caption ..."), video
and link teasers ("Watch: ...", "Read more: ...", "Related: ..."), sign-up, newsletter and
share lines. The body extractors leave them out of an article's text where they can tell, and
the parser reads them as blank (`ingest.textprep`), so no event is coded from them.
"""

import re

_WORD = re.compile(r"[^\W\d_]+")
_MEDIA = r"(?:photo(?:graph)?|image|picture|pic|video|media|graphic|caption)s?"
# A line that opens as a caption, credit, teaser, sign-up or share line.
_CLUTTER_START = re.compile(
    rf"""^[\W_]*(?:
        {_MEDIA}(?:\s+(?:caption|credit|copyright|source))?\s*(?:[:|/\u2013\u2014]|-\s)
      | (?:image|media|video)\s+(?:caption|copyright)\b
      | (?:photo(?:graph)?|image|picture)s?\s+by\s+(?-i:[A-Z])
      | (?:watch|listen|read|see|related|more|recommended|trending)(?:\s+(?:more|also|now))?\s*:
      | (?:read|see)\s+(?:more|also)\b | also\s+read\b
      | (?:click|tap)\s+here\b
      | sign\s+up\b | subscribe\b | get\s+(?:our|the)\s+[\w\s]*newsletter\b
      | follow\s+(?:us\b|@|\S+(?:\s+\S+)?\s+on\s+(?:twitter|facebook|instagram|telegram|x)\b)
      | share\s+(?:this|on|via)\b | download\s+(?:the|our)\s+app\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_AGENCY = r"(?:getty\s+images|shutterstock|ap\s+photo|afp|reuters|epa(?:-efe)?|anadolu|xinhua)"
_NAME = r"(?-i:[A-Z])[\w.\u2019'-]*"
# A line that ends with a photo credit ("... (Getty Images)", "... Photo: AFP", "REUTERS/Name")
# or a media tag ("... [Video]").
_CLUTTER_END = re.compile(
    rf"""(?:
        [(\[][^()\[\]]*\b(?:{_MEDIA}\s*(?:[:/]|by\b|credit)|getty\s+images|shutterstock
            |(?:ap|afp|reuters|epa)(?:\s+photo)?\s*/|{_AGENCY}\s+via\s+getty)[^()\[\]]*[)\]]
      | [(\[](?:video|watch|photos?|gallery|pictures|audio|podcast)[)\]]
      | \b(?:photo(?:graph)?|image|picture|pic)s?(?:\s+credit)?\s*:\s*{_NAME}
            (?:\s*(?:/|via|and|&)?\s*{_NAME}){{0,5}}
      | \b(?-i:[A-Z]{{2,}})/{_NAME}(?:\s+{_NAME}){{0,3}}
    )\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
# A sign-up line anywhere in it: "... straight to your inbox", "Enter your email".
_SIGN_UP = re.compile(
    r"\b(?:to|in)\s+your\s+inbox\b|\benter\s+your\s+e-?mail\b"
    r"|\bsign\s+up\s+(?:for|to)\s+(?:our|the)\s+(?:\w+\s+)?(?:newsletter|briefing|alerts)\b",
    re.IGNORECASE,
)
_CLUTTER_MAX_WORDS = 60  # a longer line is article text whatever it starts or ends with


def is_clutter(line: str) -> bool:
    """True for a line of page clutter: a caption, credit, teaser, sign-up or share line."""
    found = _CLUTTER_START.match(line) or _CLUTTER_END.search(line) or _SIGN_UP.search(line)
    return found is not None and len(_WORD.findall(line)) <= _CLUTTER_MAX_WORDS
