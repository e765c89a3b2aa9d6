"""Actor ids over three corpora, and the pairs of ids that look like one real-world actor.

    python bench/actors.py [--list] [--wikinews N]

Corpora: the AEB dev pages (../shared/eval/extraction/aeb-dev/html), the demo corpus
(samples/) and the PLOVER dev records (../shared/eval/events/plover-gsr-dev.jsonl), read as
`newsgraph extract --events` reads them; with --wikinews, also N Wikinews articles of
2019-2020 (../shared/samples/wikinews-2019-2020) drawn with a fixed seed. Prints per corpus
the number of actor ids, their mentions and how many take part in events; with --list every
id with its mentions, articles and surface forms. Then the suspect pairs over all corpora,
each with its reason:
  inside     one name's words inside the other's, same kind ("Obama" / "Barack Obama"),
             or the end of a person's name whatever its kind ("Buttigieg" place / person)
  surname    two people of one surname ("Bill Clinton" / "Hillary Clinton": judge by eye)
  entry      a surface form of one id is a dictionary alias of the other
  acronym    one name is the initials of the other's words, or of a form of it ("NLD" /
             "National League for Democracy", "EC" / "European Union" written "European
             Community")
  spelled    the same words but for a letter added, dropped or changed in some of four
             letters or more, same kind but states (one id per state code): transliterations
             ("Osama bin Laden" / "Usama bin Ladin")
A true split is a suspect pair that names one actor; the goal is none.
"""

import argparse
import json
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import combinations
from pathlib import Path

import _syspath  # noqa: F401  (first: bench/ must not shadow the packages)

from graph.models import Article, ExtractedArticle
from ingest.nlp.gazetteer import load_gazetteer
from ingest.nlp.pipeline import extract_events
from ingest.read.sources import read_articles

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared" / "eval"
AEB = SHARED / "extraction" / "aeb-dev" / "html"
PLOVER = SHARED / "events" / "plover-gsr-dev.jsonl"
WIKINEWS = ROOT / ".." / "shared" / "samples" / "wikinews-2019-2020" / "articles.jsonl"
PUBLISHED = datetime(2000, 1, 15, tzinfo=UTC)  # as bench/events.py: records carry no date
_BODIES = {"organisation", "group"}


@dataclass
class Seen:
    """One actor id over a corpus."""

    kind: str
    name: str
    mentions: int = 0
    articles: int = 0
    events: int = 0
    forms: set[str] = field(default_factory=set)


def _corpora(wikinews: int) -> dict[str, list[Article]]:
    pages = [str(p) for p in sorted(AEB.glob("*.html.gz"))]
    rows = [json.loads(line) for line in PLOVER.read_text("utf-8").splitlines() if line.strip()]
    corpora = {
        "aeb-dev": [a for a in read_articles(pages, fmt="html") if isinstance(a, Article)],
        "samples": [a for a in read_articles([str(ROOT / "samples")]) if isinstance(a, Article)],
        "plover-dev": [
            Article(id=str(r["id"]), text=str(r["text"]), format="text", published_at=PUBLISHED)
            for r in rows
        ],
    }
    if wikinews:
        lines = WIKINEWS.read_text("utf-8").splitlines()
        drawn = [json.loads(line) for line in random.Random(14).sample(lines, wikinews)]
        corpora["wikinews"] = [
            Article(
                id=r["id"],
                text=f"{r['title']}\n{r['text']}",
                format="text",
                published_at=datetime.fromisoformat(r["published_at"]).replace(tzinfo=UTC),
            )
            for r in drawn
        ]
    return corpora


def collect(articles: list[ExtractedArticle], seen: dict[str, Seen]) -> None:
    """Add each article's actors (mentions, forms, events) to `seen`."""
    for article in articles:
        involved = {i for e in article.events for i in (*e.source, *e.target, *e.participants)}
        for actor in article.actors:
            s = seen.setdefault(actor.id, Seen(actor.kind.value, actor.name))
            s.mentions += actor.mentions
            s.articles += 1
            s.events += actor.id in involved
            s.forms.update([actor.name, *actor.aliases])


def suspect_pairs(seen: dict[str, Seen]) -> list[tuple[str, str, str]]:
    """(id, id, reason) for the pairs of ids that look like one actor."""
    gaz = load_gazetteer()
    owner = {}
    for actor_id, s in seen.items():
        for form in s.forms:
            found = gaz.lookup(form)
            if found is not None and found[0].id != actor_id and found[0].id in seen:
                owner[actor_id] = found[0].id
    pairs = []
    for a, b in combinations(sorted(seen), 2):
        sa, sb = seen[a], seen[b]
        wa, wb = sa.name.lower().split(), sb.name.lower().split()
        if sa.kind == "sector" or sb.kind == "sector":
            continue  # one per country and sector by construction
        if owner.get(a) == b or owner.get(b) == a:
            pairs.append((a, b, "entry"))
        elif {sa.kind, sb.kind} <= _BODIES and (
            any(_initials(sa.name, f) for f in sb.forms | {sb.name})
            or any(_initials(sb.name, f) for f in sa.forms | {sa.name})
        ):
            pairs.append((a, b, "acronym"))
        elif (
            (sa.kind == sb.kind and (_inside(wa, wb) or _inside(wb, wa)))
            or _surname_of(sa, wa, wb)
            or _surname_of(sb, wb, wa)
        ):
            pairs.append((a, b, "inside"))
        elif sa.kind == sb.kind == "person" and wa[-1] == wb[-1]:
            pairs.append((a, b, "surname"))
        elif sa.kind == sb.kind != "country" and _spelled_apart(wa, wb):
            pairs.append((a, b, "spelled"))
    return pairs


def _initials(short: str, long: str) -> bool:
    """Whether `short` is the initials of `long`'s capitalised words ("NLD")."""
    capitals = [w[0] for w in long.replace("-", " ").split() if w[0].isupper()]
    return short.isalpha() and short.isupper() and len(capitals) > 1 and short == "".join(capitals)


def _surname_of(person: Seen, words: list[str], short: list[str]) -> bool:
    """Whether `short` is the end of a person's name ("Buttigieg" of "Pete Buttigieg")."""
    return person.kind == "person" and len(short) < len(words) and words[-len(short) :] == short


def _spelled_apart(one: list[str], other: list[str]) -> bool:
    """Whether two names' words pair up, each alike or one letter apart in a word of four
    letters or more ("usama bin ladin" / "osama bin laden")."""
    if len(one) != len(other) or one == other:
        return False
    return all(
        x == y or (min(len(x), len(y)) >= 4 and _one_letter_apart(x, y))
        for x, y in zip(one, other, strict=True)
    )


def _one_letter_apart(x: str, y: str) -> bool:
    if len(x) == len(y):
        return sum(p != q for p, q in zip(x, y, strict=True)) == 1
    short, long = sorted((x, y), key=len)
    return len(long) - len(short) == 1 and any(
        long[:i] + long[i + 1 :] == short for i in range(len(long))
    )


def _inside(short: list[str], long: list[str]) -> bool:
    n = len(short)
    return n < len(long) and any(long[i : i + n] == short for i in range(len(long) - n + 1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="print every actor id")
    parser.add_argument("--wikinews", type=int, default=0, help="add N Wikinews articles")
    args = parser.parse_args()
    everything: dict[str, Seen] = {}
    for name, articles in _corpora(args.wikinews).items():
        seen: dict[str, Seen] = {}
        collect(list(extract_events(articles)), seen)
        with_events = sum(s.events > 0 for s in seen.values())
        mentions = sum(s.mentions for s in seen.values())
        print(
            f"{name:11} {len(articles):4} articles {len(seen):5} actor ids {mentions:6} mentions "
            f"{with_events:5} ids in events"
        )
        for actor_id, s in seen.items():
            total = everything.setdefault(actor_id, Seen(s.kind, s.name))
            total.mentions += s.mentions
            total.articles += s.articles
            total.events += s.events
            total.forms |= s.forms
        if args.list:
            for actor_id, s in sorted(seen.items(), key=lambda kv: (-kv[1].mentions, kv[0])):
                forms = ", ".join(sorted(s.forms - {s.name}))
                print(f"  {actor_id:40} {s.mentions:4} in {s.articles:3}  {s.name} | {forms}")
    pairs = suspect_pairs(everything)
    print(f"suspect pairs: {len(pairs)} (judge each: a true split names one actor; goal 0)")
    for a, b, reason in pairs:
        print(f"  {reason:8} {a} ({everything[a].mentions}) ~ {b} ({everything[b].mentions})")


if __name__ == "__main__":
    main()
