"""Build ingest/data/common_words.txt from SCOWL, the word lists of Debian's spell checkers.

    apt-get install wamerican wbritish && python scripts/build_common_words.py

SCOWL spells each word as it is written: "police", "china" (the porcelain) and "China", but
only "Delhi". A word listed in lower case is a common word; one listed only capitalised is a
name. The parse-text stage (ingest/nlp/textprep.py) keeps common words lower-case and capitalises
the rest. Single letters other than "a" are left out: "i" and the "u" of "u.s." are capitals.
The lists' licence (the same SCOWL notice in both packages) is copied beside the data.
"""

import shutil
from pathlib import Path

LISTS = [Path("/usr/share/dict/american-english"), Path("/usr/share/dict/british-english")]
LICENCE = Path("/usr/share/doc/wamerican/copyright")
DATA = Path(__file__).resolve().parents[1] / "ingest" / "data"


def common_words(lines: list[str]) -> list[str]:
    """Lower-case entries, possessives dropped, sorted."""
    words = {
        w
        for w in lines
        if w.islower()
        and w.replace("'", "").isalpha()
        and not w.endswith("'s")
        and (len(w) > 1 or w == "a")
    }
    return sorted(words)


def main() -> None:
    lines = [w.strip() for path in LISTS for w in path.read_text("utf-8").splitlines()]
    words = common_words(lines)
    (DATA / "common_words.txt").write_text("\n".join(words) + "\n", "utf-8")
    shutil.copyfile(LICENCE, DATA / "common_words.LICENSE")
    print(f"{len(words)} common words from {len(lines)} entries")


if __name__ == "__main__":
    main()
