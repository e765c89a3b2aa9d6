"""Build ingest/data/person_nouns.txt from WordNet 3.0, as Debian's wordnet-base ships it.

    apt-get install wordnet-base && python scripts/build_person_nouns.py

A noun names a person where its most frequent sense (WordNet lists a lemma's senses by
frequency) is in the lexicographer file noun.person: "singer", "chef", "tourist", but not
"border" (a place first) nor "tanker" (a ship first, a tank driver second). Single words only,
lower case: the actor resolver asks whether the noun a demonym modifies names a private
person ("an American singer"). WordNet's licence is copied beside the data.
"""

import shutil
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
LICENCE = Path("/usr/share/doc/wordnet-base/copyright")
DATA = Path(__file__).resolve().parents[1] / "ingest" / "data"
NOUN_PERSON = 18  # WordNet's lexicographer file number of noun.person


def lexicographer_files(data_noun: bytes) -> dict[int, int]:
    """Each noun synset's byte offset in data.noun and its lexicographer file number."""
    files = {}
    for line in data_noun.splitlines():
        if not line.startswith(b" "):  # licence lines open with two spaces
            fields = line.split(maxsplit=2)
            files[int(fields[0])] = int(fields[1])
    return files


def person_nouns(index_noun: str, files: dict[int, int]) -> list[str]:
    """Single-word lemmas whose first (most frequent) sense is a person's."""
    found = set()
    for line in index_noun.splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        lemma, pointers = fields[0], int(fields[3])
        first = int(fields[6 + pointers])  # after lemma, pos, senses, pointers, 2 counts
        if lemma.isalpha() and lemma.islower() and files[first] == NOUN_PERSON:
            found.add(lemma)
    return sorted(found)


def main() -> None:
    files = lexicographer_files((WORDNET / "data.noun").read_bytes())
    nouns = person_nouns((WORDNET / "index.noun").read_text("utf-8"), files)
    (DATA / "person_nouns.txt").write_text("\n".join(nouns) + "\n", "utf-8")
    shutil.copyfile(LICENCE, DATA / "person_nouns.LICENSE")
    print(f"{len(nouns)} person nouns")


if __name__ == "__main__":
    main()
