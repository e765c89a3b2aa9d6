"""Convert the Phoenix actor and agent dictionaries (PETRARCH2, MIT) into ingest/data/phoenix.json.

    python scripts/phoenix_actors.py [DICTIONARY_DIR]

DICTIONARY_DIR defaults to ../shared/vendor/petrarch2-dictionaries. Output, one compact file
loaded once per process by ingest/nlp/gazetteer.py:
  people         [name, country, [aliases], [[sector, from, to], ...]]: every person with a
                 dated role that reaches past 1990 or a role left undated beside dated ones,
                 with all their dated roles (dates ISO, "" when open)
  organisations  [kind, name, country, sector code, [aliases]]: IGOs, NGOs, armed groups, state
                 institutions (country blocks themselves are left to data/countries.json)
  states         [ISO 3166-3 code, name, [aliases]]: the states of the past the dictionaries
                 code with their withdrawn ISO code ("SOVIET UNION": SUN, as Phoenix codes it)
  agents         {phrase: code}: generic agents ("riot police": "COP") of political
                 sectors, civil society, companies and criminals, singular and plural;
                 criminals who act by force as a band ("bandits", "gangs") as armed groups
Names are title-cased from the dictionaries' upper case; a person's aliases holding a title
("PRESIDENT OBAMA") and aliases holding an institution word ("OBAMA ADMINISTRATION") are
dropped: actors.py reads titles itself, and an administration is not its leader. A body keeps
its whole name ("NATIONAL SECURITY COUNCIL") and its acronyms, the one-word aliases that are
the initials of its names ("EPA"); a record grouping several bodies under one code ("FEDERAL
BUREAU OF INVESTIGATION" with "DRUG ENFORCEMENT AGENCY" and "DEA") is split into its bodies,
and so is a sub-body filed under its parent's code: a name of another kind of body that the
record's words do not name ("QUDS FORCE" under the Revolutionary Guard: its own actor; which
body is part of which is not modelled). An armed group's alias in common words only, none
of them its name's ("NATIONAL FRONT" of the Greek Revolutionary People's Struggle), is
dropped: other bodies bear it; its lone words are aliases ("TALEBAN", "NAXALITES"), but
common words and those of a record that files a person ("NASRALLAH" under Hezbollah).
Records of one person spelled apart ("DMITRY MEDVEDEV", "DMITR MEDVEDEV", "BAN KI MOON",
"BAN KI-MOON") are merged on country, surname and
first name's start, or on the letters of the name, unless their middle names tell two people.
A record CountryInfo does not mark is a person's only where no name of it names a body and it
is dated or opens with a given name of the marked people ("EDWARD SNOWDEN", not "KOSOVO
ASSEMBLY"); one with no state of its own (a UN official) is then left out.
  in_states      {state code: [names]}: the other names a state's own block files, places
                 in it ("KASAI" under DR Congo) and its names in other tongues, for
                 ingest/nlp/places.py to read where its places data knows them abroad only
  spellings      {word: word}: the words of people's names the dictionaries spell apart by
                 one vowel in the records of one person ("USAMA BIN LADIN", "OSAMA BIN
                 LADEN"), each to the one spelling of its kind records' own names write
                 most, then their aliases:
                 Arabic's three vowels, which English writes five ways
"""

import argparse
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pycountry

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "ingest" / "data"
SOURCE = ROOT / ".." / "shared" / "vendor" / "petrarch2-dictionaries"
# A state with no ISO code, coded by Phoenix as the World Bank once did (Kosovo, KSV), and
# in data/countries.json by the user-assigned code the World Bank and the EU use now.
_NOT_ISO = {"KSV": "XKX"}
NOTICE = (
    "Derived from the Phoenix dictionaries of PETRARCH2 (Open Event Data Alliance, MIT "
    "licence, see PHOENIX-LICENSE.txt) by scripts/phoenix_actors.py."
)
EARLIEST = "1990-01-01"  # people whose roles all end before this are history, not news
_CODE = re.compile(r"\[([^\]]*)\]")
_SMALL = {"of", "the", "and", "for", "in", "on", "al", "bin", "ibn", "de", "del", "la", "von"}
_SMALL |= {"to", "at", "by", "an", "as", "or", "el", "du", "da", "di", "le", "wal"}
# Names of Greek letters: a name made of them alone is a society's ("ALPHA KAPPA ALPHA",
# "PHI BETA KAPPA"), though "Alpha" opens people's names too.
_GREEK_LETTERS = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota"}
_GREEK_LETTERS |= {"kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau"}
_GREEK_LETTERS |= {"upsilon", "phi", "chi", "psi", "omega"}
# "Son of", "daughter of" inside an Arabic name.
_PATRONYMICS = {"bin", "ibn", "bint"}
_HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sayyid", "sayed", "seyed"}
# Words an acronym leaves out ("NASA": National Aeronautics and Space Administration).
_INITIAL_SKIPS = {"of", "the", "and", "for", "in", "on", "de", "la", "du", "des", "del", "di"}
_NOT_IN_NAMES = {"administration", "government", "regime", "cabinet", "camp", "family"}
# Agent phrases ending on one of these name a building or an institution, not people who act
# ("school", "hospital", "health facility"): an attack on a school is not on students.
_PLACE_HEADS = {"building", "clinic", "college", "conservatory", "facilitiy", "facility"}
_PLACE_HEADS |= {"hospital", "infirmary", "institution", "kindergarden", "kindergarten"}
_PLACE_HEADS |= {"preschool", "sanatarium", "sanatorium", "sanitarium", "school", "schoolhouse"}
_PLACE_HEADS |= {"jail", "penitentiary", "prison", "university"}
# The last words of the names of bodies of a state (singular).
_BODY_HEADS = {"administration", "agency", "army", "board", "brigade", "bureau", "cabinet"}
_BODY_HEADS |= {"command", "commission", "committee", "corp", "council", "court", "department"}
_BODY_HEADS |= {"directorate", "force", "guard", "ministry", "office", "police", "service"}
# Words that name a body, not a person, wherever they stand in a name (with _BODY_HEADS and
# actor_words.json's institution words): "ISLAMIC STATE", "WARSAW TREATY ORGANIZATION".
_BODY_WORDS = {"alliance", "association", "federation", "organisation", "organization"}
_BODY_WORDS |= {"republic", "state", "group", "inc", "company", "corporation", "foundation"}
_BODY_WORDS |= {"institute", "fund", "centre", "center", "international", "battalion", "mission"}
_BODY_WORDS |= {"commando", "fellowship", "relief", "society", "solidarity", "worldwide"}
# The sectors of violence and radicalism a second code can name (see _agents).
_VIOLENT_SECTORS = {"armed group", "rebels", "radicals"}
# Heads of the criminals Phoenix files under CRM who act by force as a band: bands of armed
# robbers ("bandits", "brigands"), gangs and their members ("a drug gang", "mobsters"),
# those who seize people ("kidnappers") or ships ("pirates"), and terrorists ("narco-
# terrorists"). They are armed groups, as Phoenix codes an armed gang (UAF) and a gang it
# names ("MS-13": rebels), and as ACLED codes them where they attack civilians or the state;
# criminals who act alone or by stealth ("robbers", "smugglers", "hackers") stay criminals.
_BAND_HEADS = {"bandit", "brigand", "gang", "gangster", "mobster", "mafia", "maffia"}
_BAND_HEADS |= {"mafioso", "cartel", "syndicate", "kidnapper", "kidnaper", "abductor"}
_BAND_HEADS |= {"pirate", "terrorist"}


def main() -> None:
    """Read the dictionaries, write ingest/data/phoenix.json."""
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument(
        "source", nargs="?", type=Path, default=SOURCE, help=f"dictionary directory ({SOURCE})"
    )
    src = parser.parse_args().source
    sectors = json.loads((DATA / "sectors.json").read_text("utf-8"))["codes"]
    countries = set(json.loads((DATA / "countries.json").read_text("utf-8")))
    # The states of the past by their withdrawn ISO 3166-3 code and their ISO names.
    historic = {
        str(c.alpha_3): {n.lower() for n in str(c.name).split(", ")}
        for c in pycountry.historic_countries
        if c.alpha_3 not in countries
    }
    words = json.loads((DATA / "actor_words.json").read_text("utf-8"))
    heads = set(words["title_heads"])
    titles = {*heads, *words["title_words"]}
    bodies = _BODY_HEADS | _BODY_WORDS | set(words["institution_words"])
    given = _given_names((src / "Phoenix.Countries.actors.txt").read_text("latin-1"), bodies)
    common = set((DATA / "common_words.txt").read_text("utf-8").split())
    agent_sectors = set(words["agent_sectors"])
    found: dict[str, list[list[Any]]] = {"people": [], "organisations": [], "states": []}
    for name, kind in [
        ("Phoenix.Countries.actors.txt", "organisation"),
        ("Phoenix.International.actors.txt", "organisation"),
        ("Phoenix.MilNonState.actors.txt", "group"),
    ]:
        for names, codes, person in _records((src / name).read_text("latin-1")):
            _convert(
                names,
                codes,
                person,
                kind,
                sectors,
                (countries, historic),
                (heads, titles, bodies, given, common),
                found,
            )
    agents = _agents(
        (src / "Phoenix.agents.txt").read_text("latin-1"),
        sectors,
        agent_sectors,
        offices=heads,
        clergy=set((DATA / "clergy_nouns.txt").read_text("utf-8").split()),
        common=common,
    )
    out = {
        "notice": NOTICE,
        "people": _merge_people(found["people"]),
        "organisations": found["organisations"],
        "states": found["states"],
        "agents": agents,
        "spellings": _spellings(found.get("names", [])),
        "in_states": _in_states(found.get("in_states", [])),
    }
    text = json.dumps(out, ensure_ascii=False, separators=(",", ":"))
    (DATA / "phoenix.json").write_text(text + "\n", "utf-8")
    sizes = ", ".join(f"{len(out[k])} {k}" for k in ("people", "organisations", "states"))
    print(f"phoenix.json: {sizes}, {len(agents)} agents")


def _records(text: str) -> list[tuple[list[str], list[str], bool]]:
    """(names, codes, person) per record: the primary phrase and its synonyms, its codes, and
    whether CountryInfo's comment marks it as a person.

    A synonym carrying CountryInfo's own comment is another person who shares the codes. A
    primary phrase that no code follows before the next primary phrase shares the next codes,
    as PETRARCH2 reads it: after a person's, it is that person spelled otherwise
    ("MIKHAIL_GORBACHEV_" then "GENERAL_SECRETARY_GORBACHEV" and the codes); after a body's,
    another body filed under the same code ("VETERANS_HEALTH_ADMINISTRATION_")."""
    records: list[tuple[list[list[str]], list[str], bool]] = []
    for raw in text.splitlines():
        line, _, comment = raw.partition("#")
        if not line.strip():
            continue
        codes = _CODE.findall(line)
        phrase = _CODE.sub("", line).strip()
        if raw[0] in " \t" and not phrase:
            if records:
                records[-1][1].extend(codes)
        elif phrase.startswith("+") and records:
            if "CountryInfo" in comment:
                records[-1][0].append([phrase[1:]])
            else:
                records[-1][0][-1].append(phrase[1:])
        elif records and not records[-1][1] and phrase[:1].isalpha():
            names = records[-1][0][-1] if records[-1][2] else []
            if not names:
                records[-1][0].append(names)
            names.append(phrase)
            records[-1][1].extend(codes)
        elif not phrase.startswith(("+", "<", "!")):
            records.append(([[phrase]], codes, "CountryInfo" in comment))
    return [(names, codes, person) for groups, codes, person in records for names in groups]


def _words(phrase: str) -> list[str]:
    return [w for w in re.split(r"[_\s]+", phrase.strip()) if w]


def _case(word: str) -> str:
    """'OBAMA' -> 'Obama', 'KI-MOON' -> 'Ki-moon'; the Gaelic patronymic prefixes keep the
    capital after them: 'MCCAIN' -> 'McCain', "O'CONNOR" -> "O'Connor"."""
    if word.lower() in _SMALL:
        return word.lower()
    if (len(word) == 2 and word.isalpha()) or (len(word) <= 4 and not set(word) & set("AEIOUY.")):
        return word  # an acronym: "US", "PKK", "NLD"
    if prefix := re.match(r"(?i)(mc|o')(?=[a-z]{2})", word):
        return prefix.group(1).title() + _case(word[prefix.end() :])
    return word[:1].upper() + word[1:].lower()


def _name(phrase: str) -> str:
    words = [_case(w) for w in _words(phrase)]
    return " ".join(words)[:1].upper() + " ".join(words)[1:] if words else ""


def _date(text: str) -> str:
    """'090120' -> '2009-01-20', '19970101' -> '1997-01-01'."""
    if len(text) == 6:
        year = int(text[:2])
        text = ("20" if year < 30 else "19") + text
    text = text[:8]  # a stray ninth digit: ">201005011"
    return f"{text[:4]}-{text[4:6]}-{text[6:8]}" if len(text) == 8 and text.isdigit() else ""


def _code(raw: str) -> tuple[str, str, str]:
    """'USAGOV >090120' -> ('USAGOV', '2009-01-20', ''); a few records write '> 090120'."""
    parts = re.sub(r"([<>])\s+", r"\1", raw).split()
    code = parts[0].strip("~") if parts else ""
    span = parts[1] if len(parts) > 1 else ""
    if span.startswith(">"):
        return code, _date(span[1:]), ""
    if span.startswith("<"):
        return code, "", _date(span[1:])
    if "-" in span:
        start, end = span.split("-", 1)
        return code, _date(start), _date(end)
    return code, "", ""


def _split_code(code: str, countries: set[str]) -> tuple[str | None, str]:
    """'USAGOV' -> ('USA', 'GOV'); 'IGOUNO' -> (None, 'IGO')."""
    state = _NOT_ISO.get(code[:3], code[:3])
    if state in countries:
        return state, code[3:6]
    return None, code[:3]


def _convert(
    names: list[str],
    raw_codes: list[str],
    person: bool,
    kind: str,
    sectors: dict[str, list[object]],
    states: tuple[set[str], dict[str, set[str]]],
    vocab: tuple[set[str], set[str], set[str], set[str], set[str]],
    found: dict[str, list[list[Any]]],
) -> None:
    countries, historic = states
    heads, titles, bodies, given, common = vocab
    names, acronyms = _unbracketed(names)
    codes = [_code(c) for c in raw_codes if c.strip() and c.strip() != "---"]
    dated = [c for c in codes if c[1] or c[2]]
    if not codes:
        return
    # The armed groups' file names its groups after people ("ABU SAYYAF"): no guess there.
    guess = given
    person = _names_person(names, person=person, dated=bool(dated), bodies=bodies, given=guess)
    primary = _strip_titles(_words(names[0]), titles | {"the"})
    if not primary:
        return
    if person:
        found.setdefault("names", []).append(names)  # a stateless one too ("OSAMA BIN LADEN")
    if not person:
        # A body's name keeps its words: "NATIONAL SECURITY COUNCIL" is no "Council".
        primary = _strip_titles(_words(names[0]), {"the"})
    name = _name(" ".join(primary))
    longer = [" ".join(_words(n)) for n in names if len(_words(n)) > 1]
    # A person's alias holds no title; a body's may ("NATIONAL SECURITY AGENCY"), but not an
    # office or a person's honorific ("MR. ASSAD").
    not_in_alias = titles if person else heads
    aliases = []
    for alias in names[1:]:
        words = _words(alias)
        lowered = {w.lower() for w in words}
        if lowered & not_in_alias or len(words) > 6:
            continue
        if lowered & _NOT_IN_NAMES and (person or _head(" ".join(words)) not in _BODY_HEADS):
            continue  # a leader's government ("OBAMA ADMINISTRATION"), not a body's own name
        if words[0].lower() in _HONORIFICS:
            continue
        if not person and len(words) > 1 and words[0].lower() in given and not lowered & bodies:
            continue  # a person filed under a body's code ("ABU BAKR AL-BAGHDADI" under ISIL's)
        if words[0].lower() == "the":
            words = words[1:]  # "THE LIGHTNING" reads as "Lightning"
        # An acronym of the record's names ("DEA") or one its brackets mark ("ETA"); of two
        # letters it names too much ("CA").
        acronym = words[0].upper() in acronyms or any(_abbreviates(words[0], n) for n in longer)
        if len(words) == 1 and len(words[0]) > 2 and acronym:
            aliases.append(words[0].upper())
            continue
        if len(words) == 1 and words[0].lower() != primary[-1].lower():
            if kind == "group" and _group_word(words[0], names, given, common):
                # A short word of letters only is an acronym ("FARC"), written as one.
                short = words[0].isalpha() and len(words[0]) <= _ACRONYM_MAX
                aliases.append(words[0].upper() if short else _name(alias))
            continue  # a lone word other than the surname: a nickname or a place
        aliases.append(_name(alias))
    aliases = [a for a in dict.fromkeys(aliases) if a != name]
    if {" ".join(_words(n)).lower() for n in names} & historic.get(codes[0][0], set()):
        # A state of the past named as ISO names it: all its names, "SOVIET" among them.
        found["states"].append([codes[0][0], name, [_name(n) for n in names[1:] if n.isascii()]])
        return
    country, sector_code = _split_code(codes[0][0], countries)
    # An armed group coded by its region, not a state ("IRA": WEUREB, Western Europe).
    region = kind == "group" and country is None and codes[0][0][:3] not in historic
    if region and sector_code not in sectors and codes[0][0][3:6] in sectors:
        sector_code = codes[0][0][3:6]
    if person and len(primary) > 1:
        roles, recent = [], False
        for code, start, end in dated or codes:
            c, s = _split_code(code, countries)
            country = country or c
            if s in sectors:
                roles.append([sectors[s][0], start, end])
                recent = recent or not end or end >= EARLIEST
        # A code left undated beside dated ones holds at other times, to this day ("MUHAMMADU
        # BUHARI": head of state in 1984, an elite since): a person of the news.
        open_codes = [code for code, start, end in codes if not start and not end]
        recent = recent or any(_split_code(c, countries)[1] in sectors for c in open_codes)
        # A person of the news keeps the roles before it ("Ronald Reagan", president in 1985).
        if recent and country:
            found["people"].append([name, country, aliases, roles])
        return
    if country and not sector_code:
        # A state's own block: data/countries.json knows the state; its other names are
        # places in it ("+KASAI_" in DR Congo's), its own names in other tongues and spellings.
        found.setdefault("in_states", []).append([country, [_name(n) for n in names[1:]]])
        return
    if sector_code in ("", "ELI") or person or {w.lower() for w in primary} & heads:
        return  # a person or an office ("US Secretary of State"): not an organisation
    if sector_code not in sectors:
        return
    sector = sectors[sector_code][0]
    if kind == "group" or sector in _VIOLENT_SECTORS:
        kind = "group"
        # A group's name rendered in English words that share none of its own is the
        # generic name of other bodies too ("NATIONAL FRONT" of the Greek Revolutionary
        # People's Struggle, "UNITED NATIONAL FRONT" of the MQM: France's party, others).
        aliases = [a for a in aliases if not _generic_alias(a, name, common)]
    for body, body_aliases in _bodies(name, aliases):
        found["organisations"].append([kind, body, country, sector_code, body_aliases])


_VOWELS = set("aeiou")


def _in_states(blocks: list[list[Any]]) -> dict[str, list[str]]:
    """State code -> the names its blocks file under it, once each, in the order written."""
    names: dict[str, list[str]] = {}
    for country, found in blocks:
        names[country] = list(dict.fromkeys([*names.get(country, []), *found]))
    return dict(sorted(names.items()))


def _spellings(records: list[list[str]]) -> dict[str, str]:
    """Word -> the one spelling of it: two names of one person's record whose words are the
    same but one, of four letters or more, a vowel changed ("USAMA"/"OSAMA", "LADIN"/
    "LADEN"), spell it apart. Its spellings over all records are one word, written as the
    records' own names write it most, then their aliases, then the first in the alphabet."""
    linked: dict[str, set[str]] = {}
    named: dict[str, int] = {}
    written: dict[str, int] = {}
    for names in records:
        spelled = [[w.lower() for w in _words(n)] for n in names]
        for word in spelled[0]:
            named[word] = named.get(word, 0) + 1
        for word in (w for words in spelled for w in words):
            written[word] = written.get(word, 0) + 1
        for i, one in enumerate(spelled):
            for other in spelled[i + 1 :]:
                apart = [(x, y) for x, y in zip(one, other, strict=False) if x != y]
                if len(one) == len(other) and len(apart) == 1 and _vowel_apart(*apart[0]):
                    x, y = apart[0]
                    group = linked.get(x, {x}) | linked.get(y, {y})
                    linked.update(dict.fromkeys(group, group))
    table = {}
    for word, group in linked.items():
        spelling = min(group, key=lambda w: (-named.get(w, 0), -written[w], w))
        if word != spelling:
            table[word] = spelling
    return dict(sorted(table.items()))


def _vowel_apart(x: str, y: str) -> bool:
    changed = [(p, q) for p, q in zip(x, y, strict=False) if p != q]
    return (
        len(x) == len(y) >= 4 and x.isalpha() and len(changed) == 1 and set(changed[0]) <= _VOWELS
    )


def _given_names(text: str, bodies: set[str]) -> set[str]:
    """The first words of two or more of the people CountryInfo marks ("MOHAMMED", "JOHN"):
    what a record's name opens with where the record does not say it is a person's."""
    firsts: dict[str, int] = {}
    for names, _, person in _records(text):
        words = [w.lower() for w in _words(names[0])]
        if person and len(words) > 1:
            firsts[words[0]] = firsts.get(words[0], 0) + 1
    return {w for w, n in firsts.items() if n > 1 and w not in _SMALL | bodies}


def _names_person(
    names: list[str], *, person: bool, dated: bool, bodies: set[str], given: set[str]
) -> bool:
    """Whether a record names a person. CountryInfo marks most; the records it does not mark
    hold bodies too, whose roles may be dated ("KOSOVO ASSEMBLY", "TAWHID BRIGADE"): a name of
    two words or more, none naming a body, is a person's where the record is dated and no
    other name of it ends on a body's head, or where it opens with a given name and no other
    name of it names a body ("EDWARD SNOWDEN" of the opposition, "LOUISE ARBOUR" of the UN;
    not "SHIN BET", also "SECURITY AGENCY")."""
    named = [{w.lower().strip(",.") for w in _words(n)} for n in names]
    words = [w.lower() for w in _words(names[0])]
    if person or len(words) < 2 or named[0] & bodies or set(words) <= _GREEK_LETTERS:
        return person
    # An Arabic name's "son of" between its words is a person's ("OSAMA BIN LADEN").
    patronymic = not _PATRONYMICS.isdisjoint(words[1:-1])
    # A dated record another of whose names is a body's, by its head ("JAISH AL MUHAJIREEN
    # WAL ANSAR", also "MUHAJIREEN BRIGADE"; not "OBAMA ADMINISTRATION"), is that body's.
    heads = {_head(" ".join(_words(n))) for n in names[1:]} & _BODY_HEADS - _NOT_IN_NAMES
    return (
        (dated and not heads)
        or patronymic
        or (words[0] in given and not set().union(*named) & bodies)
    )


def _unbracketed(names: list[str]) -> tuple[list[str], set[str]]:
    """Names without their brackets, and the acronyms among them: an acronym in brackets is
    an alias of its own ("IRISH_REPUBLICAN_ARMY_(IRA)_"; one of the name in its own language
    too, short and no state's name: "BASQUE_FATHERLAND_AND_FREEDOM_(ETA)_", for Euskadi Ta
    Askatasuna), anything else a qualifier ("DIRECT_ACTION_(GREECE)", "FRANCS_TIREURS_
    (MAVERICKS)")."""
    found, acronyms = [], set()
    for name in names:
        base, _, rest = name.partition("(")
        inner = rest.partition(")")[0].strip("_ ")
        found.append(base.rstrip("_ ") or name)
        foreign = inner.isalpha() and len(inner) <= _ACRONYM_MAX and inner not in _state_names()
        if inner and " " not in inner and (_abbreviates(inner, base) or foreign):
            found.append(inner)
            acronyms.add(inner)
    return found, acronyms


_ACRONYM_MAX = 5


@cache
def _state_names() -> frozenset[str]:
    """The upper-case names, codes and aliases of states ("GREECE", "CAR"): a qualifier in
    brackets, not a group's acronym."""
    listed = json.loads((DATA / "countries.json").read_text("utf-8"))
    names = set(listed) | {a for c in listed.values() for a in c.get("aliases", [])}
    for country in [*pycountry.countries, *pycountry.historic_countries]:
        names |= {str(country.name), str(country.alpha_2), str(country.alpha_3)}
    return frozenset(n.upper() for n in names)


def _abbreviates(acronym: str, name: str) -> bool:
    """Whether `acronym` is the initials of `name`'s words, its small words left out or not
    ("DEA" of "DRUG ENFORCEMENT AGENCY", "AQAP" of "AL-QAEDA IN THE ARABIAN PENINSULA")."""
    words = [w for w in re.split(r"[\s_-]+", name) if w[:1].isalpha()]
    every = "".join(w[0].upper() for w in words)
    content = "".join(w[0].upper() for w in words if w.lower() not in _INITIAL_SKIPS)
    return len(acronym) > 1 and acronym.isalpha() and acronym.upper() in (every, content)


def _bodies(name: str, aliases: list[str]) -> list[tuple[str, list[str]]]:
    """A record's names split into the bodies they name. Phoenix groups institutions by their
    code, so one record may hold several bodies ("FEDERAL BUREAU OF INVESTIGATION" with "DRUG
    ENFORCEMENT AGENCY" and "DEA"); an acronym and the names it abbreviates are a body of
    their own unless one of them is the record's own name (the same words, or some of them:
    "MORO LIBERATION FRONT" is the "MORO NATIONAL LIBERATION FRONT")."""
    words = _stems(name)
    rest, bodies = list(aliases), []
    for acronym in [a for a in aliases if " " not in a and a.isupper()]:
        longs = [a for a in rest if " " in a and _abbreviates(acronym, a)]
        own = [_stems(a) for a in longs]
        if acronym == name.upper() or _abbreviates(acronym, name) or not longs:
            continue
        if any(w <= words or words <= w for w in own):
            continue
        rest = [a for a in rest if a not in longs and a != acronym]
        bodies.append((longs[0], [*longs[1:], acronym]))
    # Another kind of body, not named by the record's words: a sub-body Phoenix files under
    # its parent's code ("NATIONAL TRANSPORTATION SAFETY BOARD" under the Department of
    # Transportation, "QUDS FORCE" under the Revolutionary Guard) is a body of its own.
    # Its names are one body where the words of one, short ones left out, are in the other's
    # ("Central Command", "U.S. Central Command"; not "House ..." and "Senate Armed Services
    # Committee").
    subs: list[list[str]] = []
    for alias in [a for a in rest if " " in a]:
        other = _stems(alias)
        kind = _head(alias)
        if kind in _BODY_HEADS and kind != _head(name) and not (other <= words or words <= other):
            rest.remove(alias)
            core = {w for w in other if len(w) > 2}
            same = [n for n in subs if _one_body(core, {w for w in _stems(n[0]) if len(w) > 2})]
            same[0].append(alias) if same else subs.append([alias])
    return [(name, rest), *bodies, *((names[0], names[1:]) for names in subs)]


def _group_word(word: str, names: list[str], given: set[str], common: set[str]) -> bool:
    """Whether a lone word names an armed group of the armed groups' file: its name in
    another spelling or tongue ("TALEBAN", "HIZBULLAH") or the name its fighters go by
    ("NAXALITES", "INTERAHAMWE"); not a common word ("YOUTH", "FALCON") nor one of two letters
    ("HM": Her Majesty's too, as the acronyms of `_convert`), nor one of a record
    that files a person among its names ("HASSAN NASRALLAH": "NASRALLAH" is his)."""
    people = any(len(_words(n)) > 1 and _words(n)[0].lower() in given for n in names)
    parts = word.lower().split("-")
    return (
        len(word) > 2 and word[:1].isalpha() and not people and not all(w in common for w in parts)
    )


def _generic_alias(alias: str, name: str, common: set[str]) -> bool:
    """Whether an alias of several words is made of common words only, none of them the
    name's."""
    words = alias.lower().replace("-", " ").split()
    return (
        len(words) > 1
        and not _stems(alias) & _stems(name)
        and all(w in common | _INITIAL_SKIPS for w in words)
    )


def _one_body(one: set[str], other: set[str]) -> bool:
    return one <= other or other <= one


def _head(name: str) -> str:
    """The kind of body a name names: its last word before "of" ("department")."""
    words = name.lower().split()
    return _stem(words[: words.index("of")][-1] if "of" in words[1:] else words[-1])


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _stems(name: str) -> set[str]:
    return {_stem(w.lower().replace(".", "")) for w in name.split()} - _INITIAL_SKIPS


def _strip_titles(words: list[str], titles: set[str]) -> list[str]:
    while words and words[0].lower().strip(".") in titles | {t.strip(".") for t in titles}:
        words = words[1:]
    return words


def _merge_people(people: list[list[Any]]) -> list[list[Any]]:
    """One record per person: records sharing country, surname and first name's start merge
    ("Dmitr Medvedev", "Dmitry Medvedev", "Albert Houngbo" with "Albert Segbegnon Houngbo"),
    or sharing the letters of the name ("Ban Ki Moon", "Ban Ki-moon"); but middle names that
    differ, or a middle initial, tell people apart ("Kim Dae Hwan", "Kim Tae Hwan"; "George
    Bush", "George W. Bush")."""
    merged: dict[tuple[str, ...], list[list[Any]]] = {}
    kept_records: list[list[Any]] = []
    for record in people:
        name, country = str(record[0]), str(record[1])
        words = name.lower().split()
        middle = [w for w in words[1:-1] if w not in _SMALL]
        keys = [(country, words[-1], words[0][:3]), (re.sub(r"\W+", "", name.lower()),)]
        same = [k for key in keys for k in merged.get(key, []) if _same_middle(k[0], middle)]
        if not same:
            kept_records.append(record)
            for key in keys:
                merged.setdefault(key, []).append(record)
            continue
        kept = same[0]
        aliases = [*kept[2], name, *record[2]]
        kept[2] = [a for a in dict.fromkeys(aliases) if a != kept[0]]
        kept[3] = [list(r) for r in sorted({tuple(r) for r in [*kept[3], *record[3]]})]
    return kept_records


def _same_middle(name: str, middle: list[str]) -> bool:
    """Whether a name's middle names agree with `middle`: the same, or one of them left out
    where the other is written in full (an initial marks another person)."""
    other = [w for w in name.lower().split()[1:-1] if w not in _SMALL]
    if other == middle:
        return True
    given = other or middle
    return not (other and middle) and all(len(w.strip(".")) > 1 for w in given)


def _agents(
    text: str,
    sectors: dict[str, list[object]],
    agent_sectors: set[str],
    *,
    offices: set[str],
    clergy: set[str],
    common: set[str],
) -> dict[str, str]:
    """Phrase -> code for generic agents of the sectors actors.py makes actors of.

    Phoenix codes a spokesperson by the trade (media); CAMEO codes whom one speaks for, so an
    office held for a body (a title head of actor_words.json: "spokesman") is no media agent:
    the body or country it serves, read by actors.py and events.py, is its side. Of a faith's
    codes, only its clergy and bodies are agents ("CATHOLIC_BISHOP", "MUSLIM_CLERIC": `clergy`,
    WordNet's, holds the head), not its believers ("MUSLIM", "WORSHIPPER"), whom actors.py
    reads as people."""
    substitutions: dict[str, list[str]] = {}
    agents: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line.startswith("!") and "=" in line:
            marker, _, values = line.partition("=")
            substitutions[marker.strip()] = [v.strip().lower() for v in values.split(",")]
            continue
        found = re.match(r"^([^\[{]+?)\s*(\{[^}]*\})?\s*\[([^\]]+)[\]}]", line)
        if not found:
            continue
        phrase, plural, code = found.groups()
        # A religion's or a trade's code with a role of violence ("MUSRAD", Muslim radicals;
        # "BUDUAF", militant monks) is that role: they act as radicals, not as the faithful.
        # Other second codes qualify the first ("CHRPRO", Protestant; "BUSMIL", arms trade).
        code = code.strip().strip("~")
        first = sectors.get(code[:3], [None])[0]
        violent = sectors.get(code[3:6], [None])[0] in _VIOLENT_SECTORS
        if violent and (first == "religion" or first not in agent_sectors):
            code = code[3:6]
        elif first not in agent_sectors:
            continue
        if _words(phrase.lower())[-1] in _PLACE_HEADS:
            continue
        head = _stem(_words(phrase.lower())[-1].rsplit("-", 1)[-1])  # "narco-terrorist"
        if sectors[code[:3]][0] == "criminals" and head in _BAND_HEADS:
            code = "UAF"
        if sectors[code[:3]][0] == "religion" and head not in clergy:
            continue
        for form in _expand(phrase.lower().strip("_ "), substitutions):
            forms = [form]
            if plural is None and "!" not in phrase and (other := _other_number(form, common)):
                forms.append(other)
            elif plural and plural.strip("{} "):
                forms.append(plural.strip("{} ").lower())
            for f in forms if not form.startswith(("a ", "an ", "the ")) else []:
                if sectors[code[:3]][0] == "media" and _agent_head(f) in offices:
                    continue
                agents.setdefault(" ".join(_words(f)), code[:3])
    return dict(sorted((_secretaries(agents) | agents).items()))


def _secretaries(agents: dict[str, str]) -> dict[str, str]:
    """A secretary of a government ministry's portfolio holds a government office, as the
    dictionary lists for some portfolios ("ENERGY_SECRETARY", "SECRETARY_OF_DEFENSE") and
    not for others: "Transportation Secretary", "the Secretary of Health" (the portfolios
    of "DEPT_OF_TRANSPORTATION", "MINISTRY_OF_HEALTH"; a ministry's, not a minister's:
    "PRIME_MINISTER" names no portfolio). A portfolio the dictionary also writes with an
    "s" ("AGRICULTURES") is read once."""
    portfolios = {
        found.group(1) or found.group(2)
        for phrase, code in agents.items()
        if code == "GOV"
        and (
            found := re.fullmatch(
                r"(?:ministry|dept|department) (?:of|for) (?:the )?(.+)|(.+) ministry", phrase
            )
        )
    }
    return {
        form: "GOV"
        for p in portfolios
        if p[:-1] not in portfolios
        for form in (f"{p} secretary", f"{p} secretaries", f"secretary of {p}")
    }


def _expand(phrase: str, substitutions: dict[str, list[str]]) -> list[str]:
    for marker, values in substitutions.items():
        if marker.lower() in phrase:
            return [phrase.replace(marker.lower(), v) for v in values]
    return [phrase]


def _agent_head(phrase: str) -> str:
    """An agent phrase's head noun, singular: 'spokesmen' -> 'spokesman', 'editors in chief'
    -> 'editor'."""
    words = re.split(r"\s+(?:of|in|for)\s+", phrase)[0].split()
    return words[-1][:-3] + "man" if words[-1].endswith("men") else _stem(words[-1])


def _other_number(phrase: str, common: set[str]) -> str | None:
    """A phrase's other number, by its head noun, the last word before "of", "in", "for", "to"
    ("chief of staff": "chiefs of staff"; "armed men": "armed man"); None where the head is
    written plural already ("JIHADISTS", "ARMED_FORCES": the singular is its own entry)."""
    found = re.match(r"(.*?)(?<![^\W_])([^\W_]+)((?:[\s_]+(?:of|in|for|to)[\s_]+.*)?)$", phrase)
    if not found or len(found.group(2)) < 2:
        return None
    before, head, after = found.groups()
    other = _other_word(head, common)
    return before + other + after if other else None


def _other_word(word: str, common: set[str]) -> str | None:
    """'militiamen' -> 'militiaman', 'woman' -> 'women' (a compound of "man": its first part a
    word; not "human"), 'church' -> 'churches' (not "monarch"), 'apparatus' -> 'apparatuses';
    None for a word ending in another "s": a plural ("jihadists", "barracks")."""
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("man") and (word in ("man", "woman") or word[:-3] in common):
        return word[:-3] + "men"
    if word.endswith(("ss", "us", "sh", "x")) or (word.endswith("ch") and word[-4:] != "arch"):
        return word + "es"
    if word.endswith("s"):
        return None
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


if __name__ == "__main__":
    main()
