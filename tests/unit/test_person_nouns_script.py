"""scripts/build_person_nouns.py: which WordNet nouns name a private person."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import build_person_nouns

# Lines written for this test in the form of WordNet's data.noun and index.noun: a synset's
# offset, lexicographer file, words and hypernyms ("@"); a lemma's senses, most frequent first.
DATA = (
    "  1 licence line\n"
    "00000100 18 n 01 person 0 000 | a human being\n"
    "00000200 18 n 01 fiddler 0 001 @ 00000100 n 0000 | one who plays the fiddle\n"
    "00000300 06 n 01 barge 0 000 | a boat\n"
    "00000400 15 n 01 frontier 0 000 | a border\n"
    "00000500 18 n 01 warrior 0 001 @ 00000100 n 0000 | one who fights\n"
    "00000600 18 n 02 raider 0 marauder 0 001 @ 00000500 n 0000 | one who raids\n"
)
INDEX = (
    "  1 licence line\n"
    "fiddler n 1 1 @ 1 0 00000200\n"
    "barge n 2 2 @ ~ 2 0 00000300 00000200\n"
    "frontier n 1 0 1 0 00000400\n"
    "bargee n 2 1 @ 2 0 00000200 00000300\n"
    "rock_star n 1 1 @ 1 0 00000200\n"
    "raider n 1 1 @ 1 0 00000600\n"
)


def test_a_noun_names_a_private_person_where_its_first_sense_does() -> None:
    synsets = build_person_nouns.read_synsets(DATA)
    assert synsets[600] == (18, "raider", [500])
    # "barge" names a person only in its second sense; "rock_star" is no single word; a
    # raider is a warrior, a side in a fight.
    assert build_person_nouns.person_nouns(INDEX, synsets) == ["bargee", "fiddler"]
