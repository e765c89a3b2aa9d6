"""Acts told ahead of their doing, as possible, needed or habitual: which are pledges or
threats, which only hypothetical, and which no event at all (the real English model)."""

import pytest

from graph.models import Actor, ActorKind, Article, EventType
from ingest.nlp.pipeline import extract_events


def _key(actor: Actor) -> str:
    if actor.kind == ActorKind.SECTOR:
        return f"{actor.country}-{actor.sector}"
    if actor.kind == ActorKind.LOCATION:
        return actor.name  # a town is of a state, not the state
    return actor.country or actor.name


def _events(sentence: str) -> list[tuple[object, ...]]:
    (result,) = extract_events([Article(id="a1", text=sentence, format="text")])
    by_id = {a.id: a for a in result.actors}
    return [
        (e.type, e.mode, {_key(by_id[a]) for a in e.target}, e.negated, e.hypothetical)
        for e in result.events
    ]


# (sentence, expected events as (type, mode, target, negated, hypothetical))
CASES = [
    # Flagged hypothetical or no event: an attempt, a plan or a belief of a past act is a
    # side's and stays flagged; a forecast in the writer's voice, a habit or a consequence
    # told by "would", a fear or a guess of what is to come, a taste and what coming or
    # going was for are no event at all.
    (
        "Serbian protesters tried to storm the parliament in Belgrade.",
        [(EventType.ASSAULT, None, {"SRB-legislature"}, False, True)],
    ),
    (
        "The Greek prosecutor announced she intended to charge the former minister.",
        [(EventType.ACCUSE, "legal", {"GRC-elites"}, False, True)],
    ),
    ("Many in Kenya will condemn the ruling.", []),
    ("Beijing will angrily reject any criticism from Washington.", []),
    ("The Zimbabwean militiamen would often beat the farmers.", []),
    ("If Congress votes to impeach him, the Peruvian president would then face trial.", []),
    ("Officials in Kyiv fear that Russia will invade Ukraine.", []),
    ("Analysts said Moscow would probably expel more Polish diplomats.", []),
    ("It is likely that more Tibetans support the protesters.", []),
    ("The Serbian general says he likes bombing Kosovo.", []),
    ("The French troops came to Mali to fight the jihadists.", []),
    # A quoted command's demand is of the act it bids, unless it forbids that act.
    (
        '"Pull your troops out of Kidal," the Malian government told Algeria.',
        [(EventType.REQUEST, "retreat", {"DZA"}, False, False)],
    ),
    (
        '"Do not attack Latvia," the Estonian government told Moscow.',
        [(EventType.REQUEST, None, {"RUS"}, False, False)],
    ),
    # A possible act its doer announces is held out: a threat, or an offer.
    (
        "Hungary said it could cut diplomatic ties with Slovakia.",
        [(EventType.THREATEN, "sanction", {"SVK"}, False, False)],
    ),
    (
        "Norway said it may send humanitarian aid to Sudan.",
        [(EventType.AGREE, "aid", {"SDN"}, False, False)],
    ),
    # An office that names no state of its own speaks for the state that is to act.
    (
        "The president said Ghana could recall its ambassador from Togo.",
        [(EventType.THREATEN, "sanction", {"TGO-government"}, False, False)],
    ),
    # Told by someone else, or as a past possibility, it stays a possible act.
    (
        "The Beninese president said Ghana could recall its ambassador from Togo.",
        [(EventType.SANCTION, "withdraw", {"TGO-government"}, False, True)],
    ),
    (
        "Analysts said Hungary could cut diplomatic ties with Slovakia.",
        [(EventType.SANCTION, "diplomatic", {"SVK"}, False, True)],
    ),
    (
        "Hungary said it could have cut diplomatic ties with Slovakia.",
        [(EventType.SANCTION, "diplomatic", {"SVK"}, False, True)],
    ),
    # A speaker's own forces said to be possibly sent or used: the speaker's side threatens.
    (
        "The Venezuelan defence minister said the army could attack the Colombian rebels.",
        [(EventType.THREATEN, "military", {"COL-rebels"}, False, False)],
    ),
    (
        "The Chinese ambassador said the People's Liberation Army could be deployed in Taiwan.",
        [(EventType.THREATEN, "military", {"TWN"}, False, False)],
    ),
    (
        "The Pakistani army chief warned that the army could attack the Taliban.",
        [(EventType.THREATEN, "military", {"AFG"}, False, False)],
    ),
    # Not an onlooker's word, forces harmed, forces sent to back a state, or a past act told.
    (
        "Amnesty International warned that the army could attack the Taliban.",
        [(EventType.ASSAULT, None, {"AFG"}, False, True)],
    ),
    (
        "Analysts said the army could attack the Colombian rebels.",
        [(EventType.ASSAULT, None, {"COL-rebels"}, False, True)],
    ),
    (
        "The Venezuelan defence minister said troops could be attacked by Colombian rebels.",
        [(EventType.ASSAULT, None, {"VEN-military"}, False, True)],
    ),
    (
        "The Kenyan defence minister said troops could be sent to Somalia.",
        [(EventType.MOBILIZE, "military", {"SOM"}, False, True)],
    ),
    (
        "The Kenyan defence minister said troops were deployed to Somalia on Monday.",
        [(EventType.MOBILIZE, "troops", {"SOM"}, False, False)],
    ),
    # A headline's plan on a condition, and "will ... unless", are threats alike.
    (
        "Peru to expel Bolivian diplomats if La Paz backs the strike",
        [(EventType.THREATEN, "sanction", {"BOL-government"}, False, False)],
    ),
    (
        "Peru will expel Bolivian diplomats unless La Paz apologises.",
        [(EventType.THREATEN, "sanction", {"BOL-government"}, False, False)],
    ),
    # A headline's plan covers the verbs joined to its infinitive.
    (
        "Chile's president to visit Peru and meet Bolivian officials",
        [
            (EventType.CONSULT, "visit", {"PER"}, False, True),
            (EventType.CONSULT, "meeting", {"BOL-government"}, False, True),
        ],
    ),
    # A headline's plan not to cooperate is a refusal, as "will not" is.
    (
        "Austria not to join talks with Serbia",
        [(EventType.REJECT, "meet", {"SRB"}, False, False)],
    ),
    # Sides told together meeting with no one else have arranged it: a CONSULT on the
    # calendar, not yet held, as one "scheduled to" is; so is one side's meeting, or sides
    # meeting a third, that the news tells ahead. Its doer's own word, or an aim beyond
    # meeting, is a pledge, AGREE with PLOVER's mode of meetings.
    (
        "The presidents of Chile and Peru will meet in Lima on Friday.",
        [(EventType.CONSULT, "meeting", set(), False, True)],
    ),
    (
        "Ghana and Togo to hold talks on border trade",
        [(EventType.CONSULT, None, set(), False, True)],
    ),
    (
        "The Ghanaian president will meet the Togolese president in Accra on Friday.",
        [(EventType.CONSULT, "meeting", {"TGO-government"}, False, True)],
    ),
    (
        "Ghana and Togo will hold talks with Benin on border trade next week.",
        [(EventType.CONSULT, None, {"BEN"}, False, True)],
    ),
    (
        "The Ghanaian president will visit Lome next week to discuss border trade.",
        [(EventType.CONSULT, "visit", {"TGO"}, False, True)],
    ),
    (
        "The Ghanaian president said he would visit Lome next week.",
        [(EventType.AGREE, "meet", {"TGO"}, False, False)],
    ),
    (
        '"We will meet the Togolese president on Friday," the Ghanaian president said.',
        [(EventType.AGREE, "meet", {"TGO-government"}, False, False)],
    ),
    (
        "The Ghanaian president will visit Lome to mediate between the government and the "
        "opposition.",
        [
            (EventType.AGREE, "meet", {"TGO"}, False, False),
            (EventType.AGREE, "meet", {"TGO-government", "TGO-opposition"}, False, False),
        ],
    ),
    # What is needed or owed is not done: told in no one's name, it is a view or a rule, no
    # act; said of another, it is asked of them, as "must" is.
    ("Ecuador needs to recall its ambassador from Colombia.", []),
    (
        "Chile has to return the seized ships to Peru, the Peruvian minister said.",
        [(EventType.REQUEST, None, {"CHL"}, False, False)],
    ),
    # An act named by a gerund a possible act takes for subject is weighed, not done: no
    # event; with a verb in the past it was done.
    ("Expelling the Russian envoys could hurt trade, the Finnish minister warned.", []),
    ("Arresting the Kenyan opposition leaders would only inflame the protests, analysts said.", []),
    (
        "Arresting the Kenyan opposition leaders inflamed the protests in Nairobi.",
        [(EventType.COERCE, "arrest", {"KEN-opposition"}, False, False)],
    ),
    # A verb of asking or ending is announced by its own "will" or "going to" as any act
    # is: a request ahead is not made yet, an end of harm ahead is pledged.
    (
        "Ghana will ask Togo to release the detained fishermen.",
        [(EventType.REQUEST, "retreat", {"TGO"}, False, True)],
    ),
    (
        "Kenya is going to urge Uganda to reopen the border.",
        [(EventType.REQUEST, "support", {"UGA"}, False, True)],
    ),
    (
        "Ghana asked Togo to release the detained fishermen.",
        [(EventType.REQUEST, "retreat", {"TGO"}, False, False)],
    ),
    (
        "Uganda will stop shelling the rebel camps, the army said.",
        [(EventType.AGREE, "retreat", set(), False, False)],
    ),
    # Harm announced as not to be done is a pledge of restraint; on a condition, a threat.
    (
        "Hungary said it will not expel Slovak diplomats.",
        [(EventType.AGREE, None, {"SVK-government"}, False, False)],
    ),
    (
        "Russia will not attack Ukraine unless NATO expands.",
        [(EventType.THREATEN, "military", {"UKR"}, False, False)],
    ),
    # A "that" clause in the subjunctive tells what is wanted (asked of its subject, the act
    # not Togo's own); in the past, what was done.
    (
        "The Ghanaian senator insisted that Togo recall its ambassador from Ghana.",
        [(EventType.REQUEST, "sanction", {"TGO"}, False, False)],
    ),
    (
        "The Ghanaian senator said that Togo recalled its ambassador from Ghana.",
        [(EventType.SANCTION, "withdraw", {"GHA-government"}, False, False)],
    ),
    # The perfect of "would" tells what did not come about: no promise or threat, said or
    # not, and no event; a "would" with no perfect under a report still threatens.
    ("Kenya said that its police would have arrested the protesters.", []),
    ("Kenyan police would have arrested the protesters if the court had allowed it.", []),
    (
        "Kenya said that its police would arrest the protesters.",
        [(EventType.THREATEN, "coercion", {"KEN-protesters"}, False, False)],
    ),
    # What is done as a rule, or often in the simple present, is no event of a day; what was
    # done often is reported.
    ("Kenyan police usually detain opposition supporters after such rallies.", []),
    ("Governments typically expel diplomats from hostile states.", []),
    ("Ugandan police often detain opposition supporters after rallies.", []),
    ("The Kenyan army regularly shells al-Shabaab camps in Somalia.", []),
    ("police in kampala sometimes arrest students at the university gate.", []),
    (
        "Malian soldiers routinely detained herders during the 2019 offensive.",
        [(EventType.COERCE, "arrest", set(), False, False)],
    ),
    # So is a present relative clause on whom the rule is done to: it defines a kind.
    ("Police in Ghana usually arrest protesters who block roads.", []),
    ("The Kenyan army usually detains rebels who attack its convoys.", []),
    ("Nigerian troops normally arrest militants who bomb pipelines.", []),
    (
        "Ghanaian police arrested protesters who blocked roads in Accra on Monday.",
        [
            (EventType.COERCE, "pro_autocracy", {"GHA-protesters"}, False, False),
            (EventType.PROTEST, "blockade", {"GHA"}, False, False),
        ],
    ),
    # So is what was done as a rule or a habit, and a past relative clause on whom it was
    # done to; a means "used to" do something is no habit.
    ("Historically, Nigerian governors were appointed by the military rulers.", []),
    ("Chadian presidents have historically pardoned rebels on Independence Day.", []),
    ("The Burundian army used to detain journalists who criticised the president.", []),
    (
        "Kenyan police used batons to detain opposition supporters in Nairobi.",
        [(EventType.COERCE, "arrest", {"KEN-opposition"}, False, False)],
    ),
    # So is what an adjective of a norm is said of through "it".
    ("It is common for Kenyan police to detain opposition supporters after rallies.", []),
    ("It has become routine for Chad to expel French diplomats.", []),
    # An act with no doer named as what a clause in the present judges is spoken of in
    # general; a past clause, or a headline's present, tells it done.
    ("Attacking Kurdish civilians is a war crime, the UN envoy said.", []),
    ("Detaining Uighur activists without charge is illegal, Amnesty said on Wednesday.", []),
    ("It is illegal to jail Uzbek bloggers, the rights group said on Friday.", []),
    ("It is a grave mistake to expel the Danish envoy, the minister said.", []),
    ("Deploying soldiers to Kosovo is not an option, the Serbian premier said.", []),
    (
        "Arresting the Kenyan opposition leader was a mistake, Odinga said.",
        [(EventType.COERCE, "arrest", {"KEN-opposition"}, False, False)],
    ),
    (
        "Shelling in Aden Kills Yemeni Villagers",
        [
            (EventType.ASSAULT, "artillery", {"YEM"}, False, False),
            (EventType.ASSAULT, None, {"YEM-civilians"}, False, False),
        ],
    ),
    (
        "Egypt has often mediated between Israel and Hamas.",
        [(EventType.CONSULT, "third-party", {"ISR", "PSE"}, False, False)],
    ),
    # What has been done "before" is a record with no day; "before" a named time dates it.
    ("Kenyan police have detained opposition supporters before.", []),
    (
        "Kenyan police had detained opposition supporters before the Nairobi rally.",
        [(EventType.COERCE, "arrest", {"KEN-opposition"}, False, False)],
    ),
    # So is what has been done in a stretch of time or a number of times with no bound told;
    # a count within a bounded time, or a stretch up to the news, tells the acts of the news.
    ("The Zambian parliament has impeached two presidents in its history.", []),
    ("Over the years, Algerian courts have jailed dozens of journalists.", []),
    ("Sudanese police have detained opposition leaders on many occasions.", []),
    (
        "Iraqi police have arrested the protest leaders twice on Monday.",
        [(EventType.COERCE, "arrest", {"IRQ-opposition"}, False, False)],
    ),
    (
        "Sudanese police have detained opposition leaders on many occasions this week.",
        [(EventType.COERCE, "arrest", {"SDN-opposition"}, False, False)],
    ),
    (
        "Kenyan police have detained opposition supporters over the last three years.",
        [(EventType.COERCE, "arrest", {"KEN-opposition"}, False, False)],
    ),
    # An attack's toll over a stretch up to now is a statistic of a war, no act of a day,
    # nor is the fighting it is "in"; a toll of one attack, or of a day or two, is told.
    ("More than 900 Somali civilians have been killed in the fighting so far this year.", []),
    ("At least 200 people have been killed in clashes between Malian troops since March.", []),
    ("Ethiopian forces have killed more than 60 protesters over the past four months.", []),
    (
        "At least four Somali civilians have been killed in a car bombing in Mogadishu.",
        [(EventType.ASSAULT, "massacre", {"SOM-civilians"}, False, False)],
    ),
    (
        "Boko Haram fighters have killed six Nigerian soldiers near Maiduguri since Sunday.",
        [(EventType.ASSAULT, None, {"NGA-military"}, False, False)],
    ),
    # A relative clause in the simple present, or a present participle on a noun of a clause
    # of how things are, describes a lasting relation, no act, and with an adverb of how
    # often a habit.
    ("Cameroon is host to an Islamist militia fighting the Nigerian army.", []),
    ("The rebels are made up of Tuareg militias which support the Malian junta.", []),
    (
        "Tuareg militias, which often attack Malian troops, seized Kidal on Monday.",
        [(EventType.COERCE, "seizure", set(), False, False)],
    ),
    # A plan made known is its act ahead, as "plans to" is, with that act's own target; a
    # plan of no act the dictionaries know is no event (was AGREE with no one).
    (
        "Tanzania announced plans to sue Malawi over the lake border.",
        [(EventType.ACCUSE, "legal", {"MWI"}, False, True)],
    ),
    (
        "Japan announced a plan to send food aid to Haiti.",
        [(EventType.AID, None, {"HTI"}, False, True)],
    ),
    ("Rwanda announced plans to build a new stadium in Kigali.", []),
    # What one supposes, reckons or presumes was done is held, not told done (WordNet's verbs
    # of believing and supposing); what one says was done is told.
    (
        "Analysts presume that Ethiopia deployed troops to the border.",
        [(EventType.MOBILIZE, "troops", set(), False, True)],
    ),
    (
        "Kenyan diplomats reckon Somalia expelled the Ethiopian envoy.",
        [(EventType.SANCTION, "diplomatic", {"ETH-government"}, False, True)],
    ),
    (
        "Kenyan diplomats said Somalia expelled the Ethiopian envoy.",
        [(EventType.SANCTION, "diplomatic", {"ETH-government"}, False, False)],
    ),
    # What an infinitive of purpose is to bring about is aimed at, whether or not the act it
    # serves was done.
    (
        "The decree would instruct the interior ministry to ensure that Kenya expels the "
        "Somali diplomats.",
        [(EventType.SANCTION, "withdraw", {"SOM-government"}, False, True)],
    ),
    (
        "Ghana sent envoys to Lome to make sure that Togo releases the detained Ghanaian "
        "opposition leaders.",
        [
            (EventType.CONSULT, "visit", {"TGO"}, False, False),
            (EventType.RETREAT, "release", {"GHA-opposition"}, False, True),
        ],
    ),
    (
        "Ghana sent envoys to Lome after Togo released the detained Ghanaian opposition leaders.",
        [
            (EventType.CONSULT, "visit", {"TGO"}, False, False),
            (EventType.RETREAT, "release", {"GHA-opposition"}, False, False),
        ],
    ),
    # An infinitive the parser hangs on the predicate of a noun of effort or plan is that
    # noun's aim; a doer's own "quick to" or "managed to" tells an act done.
    (
        "Efforts are ongoing to negotiate a ceasefire between Sudan and the rebels.",
        [(EventType.CONSULT, "meeting", {"SDN", "SDN-rebels"}, False, True)],
    ),
    (
        "A new push is under way to negotiate a truce between Ethiopia and the rebels.",
        [(EventType.CONSULT, "meeting", {"ETH", "ETH-rebels"}, False, True)],
    ),
    (
        "The Somali army was quick to attack the al-Shabaab fighters.",
        [(EventType.ASSAULT, None, {"SOM"}, False, False)],
    ),
    (
        "Al-Shabaab managed to free the aid workers it held.",
        [(EventType.RETREAT, "release", {"None-ngo"}, False, False)],
    ),
    # A pseudo-cleft's act that its "what" clause wants, plans or would do is not done yet.
    (
        "What the Kenyan minister wants to do is meet the Ugandan president in Kampala.",
        [(EventType.CONSULT, "meeting", {"UGA-government"}, False, True)],
    ),
    (
        '"What I would like to do now is visit Beijing and meet the Chinese premier," the '
        "Nepalese prime minister said.",
        [
            (EventType.CONSULT, "visit", {"CHN"}, False, True),
            (EventType.CONSULT, "meeting", {"CHN-government"}, False, True),
        ],
    ),
    (
        "What the Kenyan police did was arrest the Ugandan opposition leader.",
        [(EventType.COERCE, "arrest", {"UGA-opposition"}, False, False)],
    ),
    # What a verb of telling or letting another act governs is bidden or allowed, each
    # conjunct alike; what a verb of forcing governs was done.
    (
        "The Malian junta instructed its soldiers to arrest the Ivorian journalists and "
        "expel the French envoy.",
        [
            (EventType.COERCE, "pro_autocracy", {"CIV-media"}, False, True),
            (EventType.SANCTION, "diplomatic", {"FRA-government"}, False, True),
        ],
    ),
    (
        "The Kenyan parliament authorised the army to deploy troops along the Somali border.",
        [(EventType.MOBILIZE, "troops", set(), False, True)],
    ),
    # So is what one is given as a task or a power.
    (
        "A special envoy was tasked to negotiate a truce between Sudan and Chad.",
        [(EventType.CONSULT, "meeting", {"SDN", "TCD"}, False, True)],
    ),
    (
        "The UN empowered its peacekeepers to arrest the militia leaders in Congo.",
        [(EventType.COERCE, "arrest", {"COD"}, False, True)],
    ),
    (
        "Uganda forced Kenya to withdraw its troops from the island.",
        [(EventType.RETREAT, "disarm", set(), False, False)],
    ),
    # Forcing under way, or pushing, tells pressure: the act pressed for is not yet done.
    (
        "Sanctions are forcing Iran to release the Danish sailors.",
        [(EventType.RETREAT, "release", {"DNK-civilians"}, False, True)],
    ),
    (
        "Protests pushed the Nigerian army to withdraw from Lagos.",
        [(EventType.RETREAT, "military", {"Lagos"}, False, True)],
    ),
    # A post's duty is ahead of whoever is appointed or named to it.
    (
        "A Kenyan judge was appointed to investigate the arrest of the Ugandan opposition leader.",
        [(EventType.ACCUSE, "investigation", {"UGA-opposition"}, False, True)],
    ),
    (
        "Ecuador named a special envoy to negotiate a truce between Sudan and Chad.",
        [(EventType.CONSULT, "meeting", {"SDN", "TCD"}, False, True)],
    ),
    # An infinitive given its subject by "for" is wanted, agreed or fitting, not done; under a
    # noun ("a pact for troops to patrol") it is the noun's content, no event of its own.
    (
        "Sudan and Chad signed a pact for Chadian troops to patrol the border.",
        [(EventType.SUPPORT, None, set(), False, False)],
    ),
    (
        "It is time for Russia to withdraw its troops from Moldova.",
        [(EventType.RETREAT, "disarm", {"MDA"}, False, True)],
    ),
    (
        "It took two weeks for Ethiopian troops to capture the town.",
        [(EventType.ASSAULT, "military", set(), False, False)],
    ),
    # An act's own noun as the subject of a future names no one who pledges it: the act is
    # only ahead; told as past, it was done.
    (
        "A summit between Putin and Biden will take place in Geneva on June 16.",
        [(EventType.CONSULT, "meeting", set(), False, True)],
    ),
    (
        "The meeting between the Kenyan and Ugandan presidents will happen in Nairobi.",
        [(EventType.CONSULT, "meeting", set(), False, True)],
    ),
    (
        "The withdrawal of French troops from Mali will begin in June.",
        [(EventType.RETREAT, "military", {"MLI"}, False, True)],
    ),
    (
        "Talks between Armenia and Azerbaijan took place in Moscow last week.",
        [(EventType.CONSULT, "meeting", set(), False, False)],
    ),
    # An act's noun judged likely or not is an opinion of it, no event; judged of its end,
    # it was done.
    ("An arms embargo on Myanmar is possible, EU diplomats said.", []),
    ("A military strike by Israel on Iran is unlikely, analysts say.", []),
    (
        "Russia's invasion of Ukraine is unlikely to end soon.",
        [(EventType.ASSAULT, "military", {"UKR"}, False, False)],
    ),
    # A clause so judged hangs on the adjective itself: still an opinion of the act.
    ("The minister called it unlikely that Japan would fund the new dam in Laos.", []),
    (
        "The attack on the Kenyan embassy was possible because the guards had left.",
        [(EventType.ASSAULT, None, {"KEN-government"}, False, False)],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_acts_told_ahead(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _events(sentence) == expected
