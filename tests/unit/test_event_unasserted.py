"""Acts told but not done: rules of a kind, and what is wished for or judged unlikely, with
the real English model."""

import pytest

from graph.models import Article, EventType
from ingest.nlp.pipeline import extract_events
from tests.unit.test_event_assertion import _key


def _events(sentence: str) -> list[tuple[object, ...]]:
    (result,) = extract_events([Article(id="a1", text=sentence, format="text")])
    by_id = {a.id: a for a in result.actors}
    return [
        (e.type, {_key(by_id[a]) for a in e.source}, {_key(by_id[a]) for a in e.target})
        for e in result.events
    ]


def _flagged(sentence: str) -> list[tuple[EventType, bool]]:
    """Each event's type and whether it is hypothetical."""
    (result,) = extract_events([Article(id="a1", text=sentence, format="text")])
    return [(e.type, e.hypothetical) for e in result.events]


# (sentence, expected events as (type, source, target))
RULES = [
    # A simple present passive of a kind, or between roles, tells how things are done.
    ("Foreign diplomats are expelled by the government when ties are cut.", []),
    ("The defence minister is appointed by the prime minister.", []),
    # An office the tagger takes for a name or a place is a role too, and so is each of two.
    ("The leader of the largest party is appointed prime minister by the King or Queen.", []),
    # What is done as a rule by tradition.
    ("Traditionally, Ugandan presidents expelled Kenyan diplomats after disputed elections.", []),
    ("Arrest warrants are issued to ask police forces abroad to detain fugitives.", []),
    ("Sanctions are imposed to force governments to release prisoners.", []),
    # What defines the kind a rule is about is no act either.
    ("Journalists who have been detained by police do not have to pay bail.", []),
    # A named or counted subject, or a past tense, tells an act.
    (
        "Three Kenyan envoys are expelled by Uganda.",
        [(EventType.SANCTION, {"UGA"}, {"KEN-government"})],
    ),
    (
        "Protesters who were arrested by Kenyan police on Monday were released.",
        [
            (EventType.COERCE, {"KEN-police"}, {"KEN-protesters"}),
            (EventType.RETREAT, set(), {"KEN-protesters"}),
        ],
    ),
    # An active present headline with a bare plural subject reports.
    (
        "Soldiers attack rebel camp in Mali.",
        [(EventType.ASSAULT, {"MLI-military"}, {"MLI"})],
    ),
    # What a thing is needed for is not done: the noun's purpose, as an aim is.
    ("Democrats lack the votes needed to convict Trump in the Senate.", []),
    ("Opposition parties in Kenya have the two-thirds majority required to impeach Ruto.", []),
    (
        "The documents needed to indict the Nigerian governor were seized by the police.",
        [(EventType.COERCE, {"NGA-police"}, set())],
    ),
    # What a text provides, told in the simple present under it, is its content; done in the
    # past, or reported by a headline's present, it is an act.
    (
        "Under the Kenyan constitution, the National Assembly impeaches the president and the"
        " Senate tries him.",
        [],
    ),
    ("Under the deal signed on Monday, Russia withdraws its troops from Moldova by May.", []),
    (
        "Under the deal signed on Monday, Russia withdrew its troops from Moldova.",
        [(EventType.RETREAT, {"RUS"}, {"MDA"})],
    ),
    ("Under new law, Kenya jails blogger", [(EventType.COERCE, {"KEN"}, {"KEN-media"})]),
    # An obligation denied is no demand.
    ("Peru said Chile does not have to return the fishing boats.", []),
    (
        "Peru said Chile has to return the fishing boats.",
        [(EventType.REQUEST, {"PER"}, {"CHL"})],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), RULES)
def test_a_rule_is_no_act(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _events(sentence) == expected


# What one wants, hopes or expects another to do is a wish; what is judged likely or
# unlikely is an opinion: (type, hypothetical) of each event.
WISHES = [
    ("Kenyan lawmakers want the president to resign.", []),
    ("The opposition hopes Russia will withdraw its troops from Moldova.", []),
    ("Ghana expects Nigeria to reopen the border.", []),
    # So is what one hopes, wants or is eager to do oneself; what one seeks to do is tried.
    ("Ethiopia hopes to sign the water deal with Egypt.", []),
    ("The Kenyan president is eager to withdraw troops from Somalia.", []),
    ("Uganda is keen to meet the rebels in Nairobi.", []),
    ("Chad wants to expel the French ambassador.", []),
    (
        "Sudanese lawmakers sought to meet the protest leaders but were stopped.",
        [(EventType.CONSULT, True)],
    ),
    ("The envoy called it unlikely that Chile would fund the pipeline.", []),
    (
        "The minister said it was unlikely that Israel would attack Iran.",
        [],
    ),
    ("Peru said Chile would fund the pipeline.", [(EventType.AGREE, False)]),
    # What a request is for is asked of another, not done; told done, it is.
    ("Kenyan protesters called for the president's resignation.", [(EventType.REQUEST, False)]),
    (
        "The Nigerian opposition appealed for the governor's arrest and Buhari's resignation.",
        [(EventType.REQUEST, False)],
    ),
    ("The president's resignation angered Kenyan protesters.", [(EventType.CONCEDE, False)]),
    # An act's noun that a verb of desiring or fearing takes is wished for or feared.
    ("Villagers in Mali dread an assault by the jihadists.", []),
    ("The Bolivian mayor hoped for the army's withdrawal from the mine.", []),
    (
        "Chilean miners are seeking an investigation by the labour ministry.",
        [(EventType.ACCUSE, True)],
    ),
    # Sought with an object, what it is for is an act done.
    (
        "The family is seeking justice for the killing of the journalist by soldiers.",
        [(EventType.ASSAULT, False)],
    ),
    # What a deal or a plan is for, told with a subject of its own, is not done.
    ("Armenia and Azerbaijan sought a deal for Russian troops to withdraw from Karabakh.", []),
    ("Moldova drafted a plan for Russian soldiers to leave Transnistria.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), WISHES)
def test_a_wish_or_a_judged_likelihood_is_no_act(
    sentence: str, expected: list[tuple[EventType, bool]]
) -> None:
    assert _flagged(sentence) == expected


# What should or must be done, told in no one's name, is a view or a rule; told by a speaker
# after it, a demand; a duty of the past, or an inference of one, stays an act flagged:
# (type, hypothetical) of each event.
ADVICE = [
    ("These governors should apologise to the farmers of Kano.", []),
    ("The Kenyan parliament must approve the loan from China.", []),
    ("Nigeria must not deport the Ghanaian traders.", []),
    (
        "Venezuela must release the Colombian soldiers, Colombia's defence minister said on "
        "Friday, warning of consequences.",
        [(EventType.REQUEST, False), (EventType.THREATEN, False)],
    ),
    ("Kenyan police had to fire tear gas at the rioters in Kisumu.", [(EventType.ASSAULT, True)]),
    ("The rebels must have shelled the village from the hills.", [(EventType.ASSAULT, True)]),
]


@pytest.mark.parametrize(("sentence", "expected"), ADVICE)
def test_advice_is_no_act(sentence: str, expected: list[tuple[EventType, bool]]) -> None:
    assert _flagged(sentence) == expected


# What the teller estimates, by an adverb or an adjective of likelihood, is no act, nor its
# doer's pledge or threat (by an adverb of what is to come, no event; of its subject's
# course, flagged); told plainly ahead, it is one.
ESTIMATES = [
    (
        "Ethiopia will probably attack the Eritrean border posts in May.",
        [],
    ),
    ("Perhaps the Malian junta will expel the French ambassador.", []),
    ("Chad is likely to withdraw its troops from Niger.", [(EventType.RETREAT, True)]),
    ("The Sudanese army is certain to attack the rebel camp.", [(EventType.ASSAULT, True)]),
    (
        "The Sudanese army was quick to attack the rebel camp.",
        [(EventType.ASSAULT, False)],
    ),
    ("Ethiopia will attack the Eritrean border posts in May.", [(EventType.THREATEN, False)]),
]


@pytest.mark.parametrize(("sentence", "expected"), ESTIMATES)
def test_an_estimate_is_no_pledge(sentence: str, expected: list[tuple[EventType, bool]]) -> None:
    assert _flagged(sentence) == expected


# An infinitive told of a noun ranked by an ordinal or a superlative states a record, done,
# however the parser hangs it; a verbless headline's infinitive stays a plan: (type,
# hypothetical) of each event.
RECORDS = [
    (
        "Nixon, the third President to be censured by the House, is to face a vote in the Senate.",
        [(EventType.ACCUSE, False)],
    ),
    ("Kenya becomes second country to expel Ugandan diplomats", [(EventType.SANCTION, False)]),
    ("Germany's largest party to boycott the Russian summit", [(EventType.REJECT, True)]),
]


@pytest.mark.parametrize(("sentence", "expected"), RECORDS)
def test_a_record_is_an_act_done(sentence: str, expected: list[tuple[EventType, bool]]) -> None:
    assert _flagged(sentence) == expected


# What a text would or could bring about, told in its relative clause, is the text's content;
# a modal clause whose subject is a party is that party's possible act: (type, hypothetical).
TEXT_CONTENT = [
    (
        "Kenyan students marched against a bill that would allow the police to detain them.",
        [(EventType.PROTEST, False)],
    ),
    (
        "Brazil's senate rejected a law which could have forced Bolivia to pay debts.",
        [(EventType.REJECT, False)],
    ),
    ("The minister tabled legislation that would fund Ghana's army.", []),
    (
        "Chile said it would sign a treaty that Peru would ratify.",
        [(EventType.AGREE, False), (EventType.AGREE, True)],
    ),
    ("Ghana's parliament passed a bill imposing sanctions on Togo.", [(EventType.SANCTION, False)]),
]


@pytest.mark.parametrize(("sentence", "expected"), TEXT_CONTENT)
def test_what_a_text_would_do_is_no_act(
    sentence: str, expected: list[tuple[EventType, bool]]
) -> None:
    assert _flagged(sentence) == expected


# A present verb after a past verb of saying goes on with what the reported clause's subject
# does (the parse may hang it on the verb of saying): a thing's doing, not the speaker's act.
REPORTED_DOINGS = [
    (
        "Chad said the pipeline is dangerous, harms its fishermen and threatens the peace of "
        "the region.",
        [],
    ),
    (
        "Bolivia said the treaty is unfair, hurts its miners and threatens the stability of "
        "the region.",
        [],
    ),
    # A conjunct shares its head's subject: a thing there is no doer either.
    ("Kenya said the tariffs were unfair and would hurt relations with Uganda.", []),
    ("Germany said the pipeline was legal and did not threaten Ukraine.", []),
    (
        "The minister said Turkey was angry and threatened Greece.",
        [(EventType.THREATEN, {"TUR"}, {"GRC"})],
    ),
    (
        "The crowd gathered outside parliament and demanded the resignation of the Serbian "
        "president.",
        [(EventType.REQUEST, set(), {"SRB-government"})],
    ),
    (
        "The minister said Iran supports the rebels and threatens Israel.",
        [(EventType.SUPPORT, {"IRN"}, {"IRN-rebels"}), (EventType.THREATEN, {"IRN"}, {"ISR"})],
    ),
    # A group of people is no thing, told alone too; a thing is.
    (
        "The crowd demanded the resignation of the Bolivian president.",
        [(EventType.REQUEST, set(), {"BOL-government"})],
    ),
    (
        "The delegation met the Ghanaian president in Accra.",
        [(EventType.CONSULT, set(), {"GHA-government"})],
    ),
    (
        "A committee urged Zambia to free the jailed journalists.",
        [(EventType.REQUEST, set(), {"ZMB"})],
    ),
    ("The decision threatens the viability of a deal with Venezuela.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), REPORTED_DOINGS)
def test_what_a_reported_thing_does_is_no_act_of_the_speaker(
    sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert _events(sentence) == expected


# A promise written as a noun, of an act the dictionaries do not know, is political only made
# to a party or bearing on one, as the verb's is ("pledged to pick a running mate"): a
# campaign promise with no counterpart is no accord.
PROMISES = [
    ("The mayor of Accra's promise to clean the streets was broken.", []),
    ("The Nigerian senator's pledge to cut income taxes was popular.", []),
    (
        "The Kenyan governor's promise to the teachers to raise their pay was broken.",
        [(EventType.AGREE, {"KEN-government"}, {"KEN-education"})],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), PROMISES)
def test_a_promise_to_no_one_is_no_accord(
    sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert _events(sentence) == expected


# A transcript's line given to the one who asks is a question and its premises; the answer's
# line, a line without the label and a "Q" that is no label still tell acts.
TRANSCRIPT = [
    ("Q: Minister, the Eritrean army shelled the border town. Will Ethiopia respond?", []),
    ("Q. Why did Chad recall its envoy from Sudan?", []),
    ("QUESTION: Uganda expelled two Kenyan diplomats. Is that a mistake?", []),
    (
        "Q: Will Ethiopia respond?\nA: Ethiopia recalled its ambassador from Eritrea.",
        [(EventType.SANCTION, {"ETH"}, {"ERI-government"})],
    ),
    (
        "Minister, the Eritrean army shelled the border town.",
        [(EventType.ASSAULT, {"ERI-military"}, set())],
    ),
    # The label governs every sentence of its line, and only its line (a later line's too).
    (
        "A: Kenya recalled its ambassador from Uganda.\nQ: Uganda closed the border with Kenya."
        " Tanzania expelled a Kenyan diplomat. Why?",
        [(EventType.SANCTION, {"KEN"}, {"UGA-government"})],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TRANSCRIPT)
def test_a_questioners_line_is_no_act(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _events(text) == expected


# A request told only as the ground of another's act names no one asked: no REQUEST; one made
# to a named party stays.
GROUNDS = [
    ("At Putin's request, the Russian ambassador stayed in Minsk.", []),
    ("The Chilean consul left Lima at the request of the Peruvian president.", []),
    (
        "The Ugandan minister made a request to Kenya for help.",
        [(EventType.REQUEST, {"UGA-government"}, {"KEN"})],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GROUNDS)
def test_a_request_as_the_ground_of_an_act_is_no_request(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert _events(text) == expected


# What a phrase of condition or of guarding against opens is no act ("in case ...", "in the
# event that ...", "lest ..."); the act told on it stays, and "in this case" or "in the event"
# alone open no condition.
CONDITIONS = [
    (
        "Kenyan police were deployed in case protesters stormed the parliament.",
        [(EventType.MOBILIZE, {"KEN-police"}, set())],
    ),
    (
        "The Malian minister resigned lest the parliament impeach him.",
        [(EventType.CONCEDE, {"MLI-government"}, set())],
    ),
    (
        "In the event that Eritrea invades, Ethiopia will recall its ambassador from Asmara.",
        [(EventType.THREATEN, {"ETH"}, {"ERI-government"})],
    ),
    ("Chadian troops stood by in case of clashes between the rebels and the army.", []),
    (
        "In this case, Ugandan police arrested the leaders of the march.",
        [(EventType.COERCE, {"UGA-police"}, set())],
    ),
    # An auxiliary put before the subject opens a condition; after "never" or "only once"
    # it tells what was done, or not.
    ("Five senators will serve as jurors should the House vote to impeach President Trump.", []),
    ("Had the Kenyan army attacked the palace, the king would have fled.", []),
    # Negated, or after the main clause, where the parse makes the auxiliary a verb.
    ("Relations would have suffered had the Ghanaian government not apologised to Togo.", []),
    ("The border war would have spread had Ethiopia not withdrawn its troops.", []),
    ("Had Nigeria not released the fishermen, relations with Ghana would have suffered.", []),
    (
        "The Kenyan government had apologised to Uganda for the raid.",
        [(EventType.SUPPORT, {"KEN-government"}, {"UGA"})],
    ),
    (
        "Only once had Kenya expelled a Ugandan diplomat, the minister said in March.",
        [(EventType.SANCTION, {"KEN"}, {"UGA-government"})],
    ),
    ("Never had Kenya expelled a Ugandan diplomat before, the minister said.", []),
    # What an act was done for, by "so" and a modal, is its aim.
    ("The Ghanaian president declared an emergency so he could deploy the army.", []),
    (
        "Togo closed the border so that Ghana would extradite the rebels.",
        [(EventType.COERCE, {"TGO"}, set())],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONDITIONS)
def test_what_a_condition_opens_is_no_act(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _events(text) == expected


# An undertaking given to a court, a judge or prosecutors is a step of a case, not an accord
# between sides; one given to a state, or to a court named as a body, stays.
UNDERTAKINGS = [
    ("The logging firm promised the court to pay damages to the Ghanaian government.", []),
    ("The former Zambian minister pledged to cooperate with prosecutors.", []),
    ("The Kenyan governor told the judge that he would return to Nairobi for the trial.", []),
    (
        "Ghana promised Togo to pay compensation for the raid.",
        [(EventType.CONCEDE, {"GHA"}, {"TGO"})],
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNDERTAKINGS)
def test_an_undertaking_in_court_is_no_accord(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert _events(text) == expected


# What one worries or is afraid another will do is feared, not threatened: no event;
# said, it is announced.
FEARS = [
    ("Ghanaian officials worry that Togo will close the border.", []),
    ("Lithuania is afraid that Belarus will attack its border posts.", []),
    ("Chad is concerned that Sudan will expel its diplomats.", []),
    ("Belarus said it will attack the Lithuanian border posts.", [(EventType.THREATEN, False)]),
]


@pytest.mark.parametrize(("sentence", "expected"), FEARS)
def test_a_fear_is_no_threat(sentence: str, expected: list[tuple[EventType, bool]]) -> None:
    assert _flagged(sentence) == expected


# An act a verb of averting, deterring or preventing takes for object did not happen; the
# act that does the averting stays.
AVERTED = [
    (
        "Niger sent troops to the border to deter an attack by the jihadists.",
        [(EventType.MOBILIZE, {"NER"}, set())],
    ),
    ("A coup against the Malian president was averted.", []),
    ("Ethiopia postponed the summit with Eritrea.", []),
    (
        "Kenyan police closed the road to prevent an attack on the embassy by protesters.",
        [(EventType.COERCE, {"KEN-police"}, set())],
    ),
    # Nor did one warned or advised against.
    (
        "NATO warned Moscow against an invasion of Moldova.",
        [(EventType.THREATEN, {"NATO"}, {"RUS", "MDA"})],
    ),
    (
        "The EU warned Belgrade against a crackdown on protesters.",
        [(EventType.THREATEN, {"European Union"}, {"SRB"})],
    ),
    # The act done to avert another stays.
    (
        "Sudan shelled the rebel camp to avert an offensive by the rebels.",
        [(EventType.ASSAULT, {"SDN"}, set())],
    ),
]


@pytest.mark.parametrize(("text", "expected"), AVERTED)
def test_an_averted_act_did_not_happen(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _events(text) == expected


# An act a verb of motion heads for is not done yet; one already told, done by another, or
# what a feeling is toward, stays.
HEADED_FOR = [
    ("Canada moved toward new sanctions on Venezuela.", []),
    ("Japan is heading towards an embargo on North Korean coal and iron.", []),
    ("The Senate edged closer to sanctions on Turkey.", []),
    ("The bloc moved quickly towards agreeing on sanctions against Minsk.", []),
    (
        "Riot police marched toward a protest by Ghanaian teachers.",
        [(EventType.PROTEST, {"GHA-education"}, set())],
    ),
    (
        "Anger toward the crackdown on Togolese protesters grew.",
        [(EventType.COERCE, set(), {"TGO-protesters"})],
    ),
    # A noun of motion heads for the act as a verb does; a feeling's noun does not.
    ("Ottawa took a first step toward an embargo on Venezuelan gold.", []),
    ("The bloc's move towards sanctions on Belarus angered Minsk.", []),
    ("Washington made a fresh push toward sanctions against Caracas.", []),
    (
        "Resentment toward sanctions on Cuba grew in Havana.",
        [(EventType.SANCTION, set(), {"CUB"})],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADED_FOR)
def test_an_act_headed_for_is_not_done(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _events(text) == expected


# Forces a command tells to do an act are given that act, not mobilised; forces sent, or told
# to deploy, to mobilise or to guard, are.
FORCES_TOLD: list[tuple[str, list[tuple[object, ...]]]] = [
    ("The judge ordered police to release the Ugandan journalist.", []),
    ("The governor ordered riot police to investigate the attack on the Kenyan embassy.", []),
    (
        "The Peruvian president ordered police onto the streets of Lima.",
        [(EventType.MOBILIZE, {"PER-government"}, set())],
    ),
    (
        "The Chilean interior minister ordered police to guard the Bolivian embassy.",
        [(EventType.MOBILIZE, {"CHL-government"}, set())],
    ),
    # A state's order that its own forces deploy or mobilise puts them in motion; told to
    # another state's forces it asks that state.
    (
        "The Indian defence minister ordered troops to deploy to the border with Pakistan.",
        [(EventType.MOBILIZE, {"IND-government"}, set())],
    ),
    (
        "The Armenian president ordered the army to mobilise after the shelling.",
        [(EventType.MOBILIZE, {"ARM-government"}, set())],
    ),
    (
        "The Kenyan president ordered Somali troops to deploy in Kismayo.",
        [(EventType.REQUEST, {"KEN-government"}, {"SOM-military"})],
    ),
    ("The Ethiopian prime minister ordered the army to withdraw from Tigray.", []),
    # Forces of no state told are the orderer's own, whose country the sentence need not tell;
    # they are moved, no target.
    (
        "Erdogan ordered troops to deploy along the Syrian border.",
        [(EventType.MOBILIZE, {"Recep Tayyip Erdoğan"}, set())],
    ),
    (
        "Lula ordered his soldiers to guard the airport in Manaus.",
        [(EventType.MOBILIZE, {"Luiz Inácio Lula da Silva"}, set())],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FORCES_TOLD)
def test_forces_told_an_act_are_not_mobilised(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert _events(text) == expected


def test_an_act_protested_against_did_happen() -> None:
    text = "Students protested against the invasion of Moldova by Russia."
    (result,) = extract_events([Article(id="a1", text=text, format="text")])
    assert [e.type for e in result.events] == [EventType.PROTEST, EventType.ASSAULT]


# A participle of a lasting state on a noun tells how it stands, no act; a taking stays.
HELD_STATES = [
    (
        "Ghana called for the release of the fishermen held by the Togolese navy.",
        [(EventType.REQUEST, {"GHA"}, {"TGO-agriculture"})],
    ),
    (
        "Chad negotiated with the rebels holding the hostages.",
        [(EventType.CONSULT, {"TCD"}, {"TCD-rebels"})],
    ),
    (
        "Nigeria freed the students kidnapped by bandits in Zamfara.",
        [
            (EventType.AID, {"NGA"}, {"NGA-education"}),
            (EventType.ASSAULT, {"NGA-armed group"}, {"NGA-education"}),
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), HELD_STATES)
def test_a_state_on_a_noun_is_no_act(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _events(sentence) == expected


# A time clause in the present tense ("until", "before", "once") tells an act still ahead, on
# which another waits: as much a condition as "unless". In the past it tells an act done.
PENDING: list[tuple[str, list[tuple[object, ...]]]] = [
    (
        "The Chadian rebels said the government must free the prisoners before they disarm.",
        [(EventType.REQUEST, {"TCD-rebels"}, {"TCD-government"})],
    ),
    (
        "Hamas said it will not disarm until Israel ends the blockade of Gaza.",
        [(EventType.REJECT, {"PSE"}, set())],
    ),
    ("The Kurdish militia said it would hand over Raqqa once Turkey withdraws its troops.", []),
    ("The Malian rebels will keep their weapons until the army withdraws from Kidal.", []),
    (
        "The Malian army shelled Kidal before the rebels withdrew from the town.",
        [(EventType.ASSAULT, {"MLI-military"}, set()), (EventType.RETREAT, {"MLI-rebels"}, set())],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), PENDING)
def test_an_act_waited_for_is_no_act(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _events(sentence) == expected


# An act in the simple present on the occasions a "when", "whenever", "every time" or "if"
# clause tells, and that clause itself, is what is done in general, no act of a day; told in
# the past, or in a headline's present, it was done.
GENERAL_OCCASIONS = [
    ("When Canada imposes duties on steel, it is builders who pay the bill.", []),
    ("Whenever Ethiopia bombs a town in Tigray, the rebels fire at Gondar.", []),
    ("Every time Russia attacks a city in Ukraine, Kyiv asks its allies for more weapons.", []),
    ("Each time the Sudanese army shells the camp, families flee to Chad.", []),
    (
        "When Kenyan police fired on protesters in Nairobi, two students died.",
        [(EventType.ASSAULT, {"KEN-police"}, {"KEN-protesters"})],
    ),
    (
        "Ethiopia bombs Tigray town when talks stall",
        [(EventType.ASSAULT, {"ETH"}, set())],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), GENERAL_OCCASIONS)
def test_an_act_on_general_occasions_is_no_act(
    sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert _events(sentence) == expected


# A deed of a kind or told in a relative clause, or a stance of a body no name names, in the
# simple present of prose with no time of its own is a habit, a policy or a position; a
# headline, a deed going on or beside the news, a time told and a stance quoted report.
STANDING = [
    ("Foreign donors supply weapons to the Somali militias.", []),
    ("Every government in the region jails its critics.", []),
    ("In the north, the party supports the ruling coalition.", []),
    ("Both factions oppose the Sudanese junta.", []),
    (
        "Hezbollah, which Iran funds, fired rockets at Israel on Monday.",
        [(EventType.ASSAULT, {"IRN"}, {"ISR"})],
    ),
    (
        "The airline flies fighters to Syria, supporting the regime, the minister said.",
        [],
    ),
    (
        '"We oppose the Sudanese junta," the rebel leader said.',
        [(EventType.REJECT, {"SDN-rebels"}, {"SDN-government"})],
    ),
    ("The Ugandan minister denies the charges.", [(EventType.REJECT, {"UGA-government"}, set())]),
    ("Ethiopian troops continue to shell Mekelle.", [(EventType.ASSAULT, {"ETH-military"}, set())]),
    (
        "Talks open in Doha as Sudan masses troops on the border.",
        [(EventType.MOBILIZE, {"SDN"}, set())],
    ),
    (
        "Kenya deploys troops to the Somali border on Monday.",
        [(EventType.MOBILIZE, {"KEN"}, {"SOM"})],
    ),
    ("Eritrea sends troops to Sudan border", [(EventType.MOBILIZE, {"ERI"}, {"SDN"})]),
    (
        "Eritrea sends troops to Sudan border, citing 'threats'",
        [(EventType.MOBILIZE, {"ERI"}, {"SDN"})],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), STANDING)
def test_a_habit_or_a_standing_position_is_no_act(
    sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert _events(sentence) == expected


# What a person did in a capacity told by "as a" and a noun of a person is that person's
# career, background to the news; an office held, a state's seat or no capacity reports.
CAREER = [
    ("As a union leader, she met the Kenyan labour minister several times.", []),
    ("As a young lawyer, Odinga sued the Kenyan government over detentions.", []),
    (
        "As president, Ruto visited Uganda on Monday.",
        [(EventType.CONSULT, {"William Ruto"}, {"UGA"})],
    ),
    (
        "The Kenyan president attacked Odinga as a traitor on Monday.",
        [(EventType.ACCUSE, {"KEN-government"}, {"Raila Odinga"})],
    ),
    (
        "As a gesture of goodwill, Kenya released the Ugandan fishermen on Monday.",
        [(EventType.RETREAT, {"KEN"}, {"UGA-agriculture"})],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CAREER)
def test_an_act_of_a_career_is_no_act(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _events(sentence) == expected
