"""scripts/build_person_nouns.py: which WordNet nouns name a person."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import build_person_nouns

# Lines written for this test in the form of WordNet's data.noun and index.noun: a synset's
# offset and lexicographer file; a lemma's pointers and its senses, most frequent first.
DATA = (
    b"  1 licence line\n"
    b"00000100 18 n 01 fiddler 0 000 | a person who plays the fiddle\n"
    b"00000200 06 n 01 barge 0 000 | a boat\n"
    b"00000300 15 n 01 frontier 0 000 | a border\n"
)
INDEX = (
    "  1 licence line\n"
    "fiddler n 1 1 @ 1 0 00000100\n"
    "barge n 2 2 @ ~ 2 0 00000200 00000100\n"
    "frontier n 1 0 1 0 00000300\n"
    "bargee n 2 1 @ 2 0 00000100 00000200\n"
    "rock_star n 1 1 @ 1 0 00000100\n"
)


def test_a_noun_names_a_person_where_its_first_sense_does() -> None:
    files = build_person_nouns.lexicographer_files(DATA)
    assert files == {100: 18, 200: 6, 300: 15}
    # "barge" names a person only in its second sense; "rock_star" is no single word.
    assert build_person_nouns.person_nouns(INDEX, files) == ["bargee", "fiddler"]
