"""What is asserted, and by whom: questions, polls, negation, mishaps, the media and roles
the parse hides, with the real English model."""

import pytest

from graph.models import Actor, ActorKind, Article, EventType
from ingest.nlp.pipeline import extract_events


def _key(actor: Actor) -> str:
    """People and towns by name, sector actors as country and sector, others by country or
    name."""
    if actor.kind in (ActorKind.PERSON, ActorKind.LOCATION):
        return actor.name
    if actor.kind == ActorKind.SECTOR:
        return f"{actor.country}-{actor.sector}"
    return actor.country or actor.name


def _events(sentence: str) -> list[tuple[object, ...]]:
    (result,) = extract_events([Article(id="a1", text=sentence, format="text")])
    by_id = {a.id: a for a in result.actors}
    return [
        (
            e.type,
            {_key(by_id[a]) for a in e.source},
            {_key(by_id[a]) for a in e.target},
            e.negated,
            e.hypothetical,
        )
        for e in result.events
    ]


# (sentence, expected events as (type, source, target, negated, hypothetical))
CASES = [
    # An indirect or a yes-no question asserts nothing; "why" takes the act as done.
    ("The minister would not say whether Chile had expelled the Peruvian envoy.", []),
    ("Did Hungary sign the treaty with Serbia?", []),
    # Asked about a topic is a question; asked for a thing, or to act, a request.
    ("The senator asked the Kenyan minister about the loans from China.", []),
    ("The Ugandan minister was asked about the payments to the contractor.", []),
    # So is asking someone a thing told by a pronoun: the question just told.
    ("Ugandan police asked the journalists all of this.", []),
    (
        "The US asked China about its plans for Taiwan and urged it to show restraint.",
        [(EventType.REQUEST, {"USA"}, {"CHN"}, False, False)],
    ),
    (
        "Kenya asked Uganda for information about the missing soldiers.",
        [(EventType.REQUEST, {"KEN"}, {"UGA"}, False, False)],
    ),
    (
        "Why did Norway expel two Russian diplomats?",
        [(EventType.SANCTION, {"NOR"}, {"RUS-government"}, False, False)],
    ),
    # What a poll's respondents do is no act of their country.
    ("About 60 percent of Kenyans oppose the deal with Uganda.", []),
    # Nor is what a poll finds, whatever verb reports it, or wherever the poll is told.
    ("A new poll found that most Ghanaians backed the Togolese president.", []),
    ("Most Peruvians blame Bolivia for the crisis, a survey showed on Monday.", []),
    ("According to a survey, Chileans condemned the Argentine minister.", []),
    # Deeds a survey finds are reported as any others are.
    (
        "A survey by the UN found that Ugandan soldiers burned ten villages near Gulu.",
        [(EventType.ASSAULT, {"UGA-military"}, {"UGA-civilians"}, False, False)],
    ),
    # A poll's staff are people an act is done to or by, as anyone.
    (
        "Ugandan soldiers attacked a survey team near the Kenyan border.",
        [(EventType.ASSAULT, {"UGA-military"}, set(), False, False)],
    ),
    # Negation stays in its own conjunct where the next has a tense of its own.
    (
        "Mongolia did not take sides and urged China and Russia to talk.",
        [(EventType.REQUEST, {"MNG"}, {"CHN", "RUS"}, False, False)],
    ),
    (
        "The Colombian president did not attend the summit but met the Peruvian foreign "
        "minister in Lima.",
        [(EventType.CONSULT, {"COL-government"}, {"PER-government"}, False, False)],
    ),
    # An act its doer denies, told as the gerund of the denial, was not done: the denial is
    # the event. One a verb of refusing with no event of its own rules out is refused.
    (
        "The Malian colonel denied ordering the arrest of the Senegalese envoy.",
        [(EventType.REJECT, {"MLI-military"}, set(), False, False)],
    ),
    (
        "Nepal's prime minister denied having met the Chinese ambassador in secret.",
        [(EventType.REJECT, {"NPL-government"}, set(), False, False)],
    ),
    (
        "The Brazilian defence minister ruled out deploying soldiers to Venezuela.",
        [(EventType.REJECT, {"BRA-government"}, {"BRA-military", "VEN"}, False, False)],
    ),
    # "no" before the event noun denies it: an act not done is no event.
    ("Lithuania held no talks with Belarus.", []),
    # A disaster told through a noun it qualifies is no attack.
    (
        "A strong earthquake with a magnitude of 6.1 that struck northern Chile on Sunday "
        "destroyed dozens of homes.",
        [],
    ),
    # Where a clause tells the cause of harm, an attack elsewhere in the line does not.
    (
        "Four Iraqi soldiers were injured when their helicopter crashed near Mosul, where the "
        "army is fighting militants.",
        [(EventType.ASSAULT, {"IRQ-military"}, {"IRQ-rebels"}, False, False)],
    ),
    # "with X doing ..." is a clause of its own, not a partner of the act.
    (
        "In response, many offices were closed on Monday and after, with the regional "
        "government in Ayacucho suspending classes province-wide.",
        [],
    ),
    # A passive without its auxiliary: its subject is the one acted on.
    (
        "Asked to condemn the attack, the Serbian president declined.",
        [
            (EventType.REQUEST, set(), {"SRB-government"}, False, False),
            (EventType.REJECT, {"SRB-government"}, set(), False, False),
        ],
    ),
    (
        "Journalist shot and killed by gunmen in Oslo",
        [(EventType.ASSAULT, {"NOR-armed group"}, {"NOR-media"}, False, False)],
    ),
    # The media interview and report; they do not consult. They may be attacked.
    ("Reuters spoke to Nigerian officials in Abuja.", []),
    # So does a body whose own name is a news masthead's ("... News", "... Times", "... TV").
    ("The Kenyan president spoke to Citizen TV on Monday.", []),
    ("The Ghanaian foreign minister spoke to the Accra Times about the border.", []),
    ("A Ghanaian opposition leader spoke to Ghanews on Friday.", []),
    (
        "Two Afghan journalists were shot dead in Kabul on Monday.",
        [(EventType.ASSAULT, set(), {"AFG-media"}, False, False)],
    ),
    # A company's name stands for itself, not for the country that owns it.
    ("Japan's Nikkei 225 declined 0.3 percent on Monday.", []),
    # A person attacked for a reason, with no weapon named, is criticised.
    (
        "The Chilean president attacked Evo Morales for the border closures.",
        [(EventType.ACCUSE, {"CHL-government"}, {"Evo Morales"}, False, False)],
    ),
    # So is a text attacked (CAMEO: an attack on a plan or a policy); a place is not a text.
    (
        "The Indonesian president attacked the decree on Tuesday.",
        [(EventType.ACCUSE, {"IDN-government"}, set(), False, False)],
    ),
    (
        "Militants attacked a police station in Peshawar with grenades.",
        [(EventType.ASSAULT, {"PAK-rebels"}, {"PAK-police"}, False, False)],
    ),
    # And so is what is said or thought (WordNet's communication and cognition), by the
    # unarmed: a report, a record, an idea; armed men attack bodily what they attack.
    (
        "The Chinese foreign ministry attacked the American report on Monday.",
        [(EventType.ACCUSE, {"CHN"}, {"USA"}, False, False)],
    ),
    (
        "Kenyan opposition senators attacked the idea of a new tax.",
        [(EventType.ACCUSE, {"KEN-opposition"}, set(), False, False)],
    ),
    (
        "Somali militants attacked the Kenyan army's statement.",
        [(EventType.ASSAULT, {"SOM-rebels"}, {"KEN-military"}, False, False)],
    ),
    # One person's attack on a party, a faction or the media is made in words; on a state,
    # not.
    (
        "The Kenyan president attacked the opposition on Monday.",
        [(EventType.ACCUSE, {"KEN-government"}, {"KEN-opposition"}, False, False)],
    ),
    (
        "The Kenyan president attacked Somalia on Monday.",
        [(EventType.ASSAULT, {"KEN-government"}, {"SOM"}, False, False)],
    ),
    # The "on" of an attack noun names what it hits, no matter a person speaks on: the one
    # who approves or launches the attack is its side; an "over" still tells words.
    (
        "The Saudi crown prince approved the attack on the Yemeni port.",
        [(EventType.ASSAULT, {"SAU-government"}, {"YEM"}, False, False)],
    ),
    (
        "The Kenyan president launched an attack on the opposition over the tax.",
        [(EventType.ACCUSE, {"KEN-government"}, {"KEN-opposition"}, False, False)],
    ),
    # So is an attack noun told in words, by a party or an office unarmed, or aimed at what
    # is decided; an army's or a state's attack on a town or a state is force.
    (
        "A Kenyan senator's verbal attack on the president drew criticism.",
        [(EventType.ACCUSE, {"KEN-legislature"}, {"KEN-government"}, False, False)],
    ),
    (
        "The Kenyan opposition's attack on the president's budget was fierce.",
        [(EventType.ACCUSE, {"KEN-opposition"}, {"KEN-government"}, False, False)],
    ),
    (
        "The Kenyan army's attack on the Somali town began at dawn.",
        [(EventType.ASSAULT, {"KEN-military"}, {"SOM"}, False, False)],
    ),
    (
        "Ethiopia's attack on Eritrea began in May.",
        [(EventType.ASSAULT, {"ETH"}, {"ERI"}, False, False)],
    ),
    # A verb CAMEO never reads as criticism is done with arms.
    (
        "The Russian president bombed the parliament in 1993.",
        [(EventType.ASSAULT, {"RUS-government"}, {"RUS-legislature"}, False, False)],
    ),
    # Whoever is attacked in what is said ("in a speech") is criticised, but by the unarmed.
    (
        "The Kenyan president attacked the media in a speech on Monday.",
        [(EventType.ACCUSE, {"KEN-government"}, {"KEN-media"}, False, False)],
    ),
    (
        "Somali gunmen attacked a Kenyan senator during a speech.",
        [(EventType.ASSAULT, {"SOM-armed group"}, {"KEN-legislature"}, False, False)],
    ),
    # What the object is for is its target: "support for Azerbaijan".
    (
        "Canada announced new aid for Ukraine.",
        [(EventType.AGREE, {"CAN"}, {"UKR"}, False, False)],
    ),
    # What a mobilisation moves is not its target; what the force is for names it.
    (
        "Armenia mobilized its reservists for a war against Azerbaijan.",
        [(EventType.MOBILIZE, {"ARM"}, {"AZE"}, False, False)],
    ),
    # "were engaged in": the subject is the one engaged, not one acted on.
    (
        "Ugandan soldiers were engaged in ethnic cleansing against the Acholi population.",
        [(EventType.ASSAULT, {"UGA-military"}, {"UGA-civilians"}, False, False)],
    ),
    # A visit to a place with no government of its own meets no one.
    ("The Brazilian president visited Sao Paulo on Friday.", []),
    # Nor does a visit to the visitor's own state, by a verb or a light verb's noun; a visit
    # to another state is one.
    ("The Kenyan president visited Kenya's coast on Friday.", []),
    ("The Kenyan president paid a visit to northern Kenya.", []),
    (
        "The Kenyan president paid a visit to Uganda.",
        [(EventType.CONSULT, {"KEN-government"}, {"UGA"}, False, False)],
    ),
    # A border is two states' edge: a visit to it is to neither, whichever names it.
    ("The Indian defence minister visited the Chinese border on Friday.", []),
    ("The Thai prime minister visited the Cambodian frontier last week.", []),
    ("A Mexican senator visited the US-Mexico border on Monday.", []),
    # A spokesperson acts as whom it speaks for.
    (
        "The spokesman for the Chinese foreign ministry condemned the American sanctions.",
        [(EventType.ACCUSE, {"CHN"}, {"USA"}, False, False)],
    ),
    (
        "The Kenyan interior ministry's spokeswoman accused Somalia of sheltering the attackers.",
        [(EventType.ACCUSE, {"KEN"}, {"SOM"}, False, False)],
    ),
    # A participle after the acts an accusation charges goes on charging the accused: no
    # act of the accuser's; words after a deed charged are the accuser's own.
    (
        "Kenyan prosecutors accused the businessman of trying to pressure the ministry, "
        "threatening to leak its documents.",
        [(EventType.ACCUSE, {"KEN-judiciary"}, set(), False, False)],
    ),
    (
        "Ethiopia accused Eritrea of shelling the border town, killing four soldiers.",
        [(EventType.ACCUSE, {"ETH"}, {"ERI"}, False, False)],
    ),
    (
        "Sudan accused Chad of bombing the refugee camp, killing ten Sudanese civilians.",
        [(EventType.ACCUSE, {"SDN"}, {"TCD"}, False, False)],
    ),
    (
        "Ukraine accused Russia of shelling the power plant, threatening to retaliate.",
        [
            (EventType.ACCUSE, {"UKR"}, {"RUS"}, False, False),
            (EventType.THREATEN, {"UKR"}, set(), False, False),
        ],
    ),
    # What one is alleged to have done is alleged only.
    (
        "Eritrean troops are alleged to have attacked the Ethiopian convoy.",
        [
            (EventType.ACCUSE, set(), {"ERI-military"}, False, False),
            (EventType.ASSAULT, set(), {"ETH"}, False, True),
        ],
    ),
    # A command is no act done.
    ('"Do not impose sanctions on Latvia," the Estonian president said.', []),
    ('"We have one message for Moscow: don\'t invade Moldova," the Romanian president said.', []),
    # Nor is what it bids done with it, or lets another do, nor a sentence that opens on one,
    # however the parser hangs it; a clause with its own tense, or the teller's time, tells acts.
    (
        '"Take your rifles and attack the Kenyan soldiers," the Shabaab commander told his '
        "fighters.",
        [],
    ),
    (
        "Attack the Nigerian soldiers wherever you find them, the Boko Haram leader said in a "
        "video.",
        [],
    ),
    ("Don't let Ethiopia invade Eritrea, the senator told Congress.", []),
    (
        '"Remember that Russia invaded Georgia," the Georgian president told the senators.',
        [(EventType.ASSAULT, {"RUS"}, {"GEO"}, False, False)],
    ),
    (
        '"Seize their boats," the Somali commander told his men after the navy arrested ten '
        "pirates.",
        [(EventType.COERCE, {"SOM-military"}, {"SOM-armed group"}, False, False)],
    ),
    # A command told to a party named by a speaker named is the speaker's demand of that
    # party, however quoted; an ultimatum a threat. Told to no one, or by no one named (the
    # army the command names is not its speaker), it is no one's demand.
    (
        '"Free the Malian soldiers now," the Nigerien government told the junta in Bamako.',
        [(EventType.REQUEST, {"NER-government"}, {"MLI-government"}, False, False)],
    ),
    (
        "Pull your troops out of Kidal, the Malian government told Algeria on Monday.",
        [(EventType.REQUEST, {"MLI-government"}, {"DZA"}, False, False)],
    ),
    (
        'The Malian prime minister said to Algeria: "Close your border with Kidal."',
        [(EventType.REQUEST, {"MLI-government"}, {"DZA"}, False, False)],
    ),
    (
        '"Pull your troops out of Kidal or face expulsion," the Malian government told Algeria.',
        [(EventType.THREATEN, {"MLI-government"}, {"DZA"}, False, False)],
    ),
    ('"Pull your troops out of Kidal," the Malian government said.', []),
    # A bare infinitive asked, not set off as a quotation, is the asking verb's own frame.
    (
        "The Malian government asked the Algerian court intervene in the extradition case.",
        [(EventType.REQUEST, {"MLI-government"}, {"DZA-judiciary"}, False, False)],
    ),
    # A question of what would, could or should be done takes nothing as done; after a quoted
    # question, asking whom names the question's teller, no request.
    ('"Why would Chad attack its own allies?"', []),
    ('"How can Mali negotiate with the jihadists?"', []),
    (
        '"Will Bolivia expel the Chilean consul?" the senator asked the Bolivian minister on '
        "Tuesday.",
        [],
    ),
    # A line the page repeats tells its act once.
    (
        "Police arrested six Kenyan activists in Nairobi.\nThe city was quiet.\n"
        "Police arrested six Kenyan activists in Nairobi.",
        [(EventType.COERCE, {"KEN-police"}, {"KEN-activists"}, False, False)],
    ),
    # An infinitive of purpose is what was meant, not what was done: after a journey, no
    # event...
    ("The Iranian commander came to Iraq to fight the Islamic State.", []),
    # ...but a material act is its means, a meeting is held for it, a protest is being there.
    (
        "Britain sent troops to Iraq to fight the Islamic State.",
        [
            (EventType.MOBILIZE, {"GBR"}, set(), False, False),
            (EventType.ASSAULT, {"GBR"}, {"Islamic State"}, False, False),
        ],
    ),
    (
        "Greek officials met their Turkish counterparts in Paris to sign a border treaty.",
        [
            # The cooperation a meeting is for is neither done nor promised: the meeting is
            # the event.
            (EventType.CONSULT, {"GRC-government"}, {"TUR"}, False, False),
        ],
    ),
    (
        "Thousands of Kenyans gathered in Nairobi to protest the new tax law.",
        [(EventType.PROTEST, {"KEN-civilians"}, set(), False, False)],
    ),
    # What a verb of appeal or proposal (CAMEO 020) governs is asked for, not done; the
    # appeal itself is a REQUEST where it names whom it asks and what, or an act.
    ("The Slovak defence minister recommended that the troops withdraw from Hungary.", []),
    (
        "A Dutch parliamentary panel advised the government to suspend talks with Morocco.",
        [(EventType.REQUEST, {"NLD"}, {"NLD-government"}, False, False)],
    ),
    (
        "The Slovak defence minister recommended that Hungary close the border.",
        [(EventType.REQUEST, {"SVK-government"}, {"HUN"}, False, False)],
    ),
    (
        "The Irish panel recommended that Portugal should reopen its embassy in Tehran.",
        [(EventType.REQUEST, {"IRL"}, {"PRT"}, False, False)],
    ),
    (
        "Chile advocated tougher sanctions on Venezuela.",
        [(EventType.REQUEST, {"CHL"}, {"VEN"}, False, False)],
    ),
    # A "that" clause whose past is the bare verb is the subjunctive asked for, unless the
    # verb also tells what is so ("suggest"); a proposal asks another as an appeal does,
    # its own act is an intent; a passive's infinitive after its agent is what is asked.
    (
        "The World Bank recommended that Zambia cut its spending on fuel.",
        [(EventType.REQUEST, {"World Bank"}, {"ZMB"}, False, False)],
    ),
    ("An Estonian report suggested that Latvia hit the quota.", []),
    (
        "Norway proposed that Sudan suspend the offensive in Darfur.",
        [(EventType.REQUEST, {"NOR"}, {"SDN"}, False, False)],
    ),
    (
        "Angola proposed to hold talks with Zambia.",
        [(EventType.CONSULT, {"AGO"}, {"ZMB"}, False, True)],
    ),
    (
        "The Malian junta was advised by Algeria to expel the French envoy.",
        [(EventType.REQUEST, {"DZA"}, {"MLI-government"}, False, False)],
    ),
    # Words quoted after a verb of appeal are what was said, a request made among them.
    (
        'The Kenyan president proposed: "I ask Uganda to reopen the border."',
        [(EventType.REQUEST, {"KEN-government"}, {"UGA"}, False, False)],
    ),
    (
        'The Kenyan president suggested: "I ask Uganda to reopen the border."',
        [(EventType.REQUEST, {"KEN-government"}, {"UGA"}, False, False)],
    ),
    # A passive subjunctive asks the act it types, done to its subject by whoever is to do
    # it; not care for the public, nor an arrangement the lexicon does not type.
    (
        "The Lithuanian senators recommended that the Belarusian consul be expelled.",
        [(EventType.REQUEST, {"LTU-legislature"}, {"BLR-government"}, False, False)],
    ),
    (
        "Amnesty International suggested that the detained Ugandan reporters be freed.",
        [(EventType.REQUEST, {"Amnesty International"}, {"UGA-media"}, False, False)],
    ),
    ("The Chilean police recommended that residents be evacuated from the valley.", []),
    ("The Peruvian judge suggested that the hearing be moved to Monday.", []),
    # A claim made with an appeal verb, or being told of something, asks for nothing.
    ("The Estonian minister suggested that Latvia had hidden the report.", []),
    ("A Finnish envoy was advised of the new rules by Sweden.", []),
    ("The ruling Spanish party advocates Gibraltar becoming a Spanish province.", []),
    # No one acted on: the act did not happen, no event (the rocket's hit did).
    (
        "A rocket hit the Iraqi base in Erbil. No American soldiers were injured.",
        [(EventType.ASSAULT, set(), {"IRQ"}, False, False)],
    ),
    # No one acting: the act did not happen either.
    ("Nobody shelled the Georgian border post that night.", []),
    ("None of the militias attacked the Armenian army.", []),
    ("Kenyan police did not arrest the opposition senator.", []),
    # "not just", "not merely" grant the act and add more; "did not ... until" tells it done
    # later ("will not ... until" is a condition).
    (
        "Nigerian police not just arrested the protesters in Lagos but beat them with batons.",
        [
            (EventType.COERCE, {"NGA-police"}, {"NGA-protesters"}, False, False),
            (EventType.ASSAULT, {"NGA-police"}, {"NGA-protesters"}, False, False),
        ],
    ),
    (
        "Ghanaian soldiers not merely dispersed the marchers, they fired live rounds at them.",
        [(EventType.COERCE, {"GHA-military"}, set(), False, False)],
    ),
    (
        "Senegal did not recall its ambassador from Gambia until March.",
        [(EventType.SANCTION, {"SEN"}, {"GMB-government"}, False, False)],
    ),
    # No one claiming a bombing leaves the bombing, by an author untold.
    (
        "No group has claimed responsibility for the bombing of the market in Mogadishu.",
        [(EventType.ASSAULT, set(), {"SOM"}, False, False)],
    ),
    # A record with "previously", a definition of a kind of incident, a stance held in the
    # present passive: no act of a day.
    ("The Malian minister said rebels have attacked aid convoys previously.", []),
    (
        "Rebels have attacked aid convoys near Goma, the Congolese army said on Tuesday.",
        [(EventType.ASSAULT, {"COD-rebels"}, set(), False, False)],
    ),
    (
        "The Kenyan monitor defines incidents where three or more people are killed or "
        "wounded as massacres.",
        [],
    ),
    ("The ceasefire with Hamas is opposed by many Israelis, the minister said.", []),
    (
        "The ceasefire plan is opposed by the Syrian opposition.",
        [(EventType.REJECT, {"SYR-opposition"}, set(), False, False)],
    ),
    (
        "The ceasefire plan was opposed by the Syrian opposition at talks in Geneva on Friday.",
        [(EventType.REJECT, {"SYR-opposition"}, set(), False, False)],
    ),
    # A thing attacked as something, no weapon named, is criticised.
    (
        "The Spanish senator attacked the Catalan inquiry as a partisan stunt.",
        [(EventType.ACCUSE, {"ESP-legislature"}, set(), False, False)],
    ),
    # Workers join a stoppage of work, not an attack.
    (
        "Bolivian miners joined the strike on Monday.",
        [(EventType.PROTEST, {"BOL-civilians"}, set(), False, False)],
    ),
    # Where one speaks is no one spoken with.
    ("The Iranian president was speaking at the opening of the Iraqi parliament.", []),
    ("From Israel, the American secretary of state spoke on Monday.", []),
    # Police question a suspect or take a call: no consultation; meeting an official is one.
    ("British police spoke with Maria Lindqvist as a suspect.", []),
    ("According to Dutch police, they received a call about the attack at noon.", []),
    (
        "The Kenyan police chief met the interior minister in Nairobi.",
        [(EventType.CONSULT, {"KEN-police"}, {"KEN-government"}, False, False)],
    ),
    # What a state's own people say the state must do is its course, no request of anyone.
    ("The Iranian foreign minister said Iran must resist American pressure.", []),
    # What a newspaper, or no actor named, says a state must do is a report or a view, no
    # demand; an official's is.
    ("The New York Times wrote that Russia must withdraw its troops from Ukraine.", []),
    ("Le Monde wrote that France must withdraw its troops from Mali.", []),
    (
        "The Kenyan president said Uganda must release the detained activists.",
        [(EventType.REQUEST, {"KEN-government"}, {"UGA"}, False, False)],
    ),
    # What a speaker says another person, state or body should or ought to do is a call on
    # them; of one's own side or the public at large, or believed, it is a view, no request.
    (
        "The Kenyan president said Uganda should release the detained activists.",
        [(EventType.REQUEST, {"KEN-government"}, {"UGA"}, False, False)],
    ),
    (
        "The Kenyan president argued that Uganda ought to release the activists.",
        [(EventType.REQUEST, {"KEN-government"}, {"UGA"}, False, False)],
    ),
    (
        "The banker Peter Hall said the president should accept the verdict.",
        [(EventType.REQUEST, {"Peter Hall"}, {"None-government"}, False, False)],
    ),
    (
        "The Kenyan opposition leader said President Uhuru Kenyatta should resign.",
        [(EventType.REQUEST, {"KEN-opposition"}, {"Uhuru Kenyatta"}, False, False)],
    ),
    ("The Kenyan president believes Uganda must release the detained activists.", []),
    ("The Kenyan president argued that Kenya should lead the talks.", []),
    ("The French minister said the French army should leave Mali.", []),
    ("The French minister said voters should stay calm on Sunday.", []),
    ("The senator said the public ought to report any attack.", []),
    # One's own party or state, named as the speaker's, is told its course.
    ("Labour's Jeremy Corbyn said the Labour Party should back a new referendum.", []),
    ("Kenyan senator Moses Wetangula said Kenya should leave the talks.", []),
    (
        "Labour's Jeremy Corbyn said the Conservative Party should call an election.",
        [(EventType.REQUEST, {"Jeremy Corbyn"}, {"Conservative Party"}, False, False)],
    ),
    (
        "The Kenyan president urged Uganda to release the detained activists.",
        [(EventType.REQUEST, {"KEN-government"}, {"UGA"}, False, False)],
    ),
    # So is one told to act: an order said is asked of the one told, not done by them; told
    # to one's own state's body it is the exercise of an office, and advice (no act) is none.
    (
        "The Egyptian foreign minister told Israel to halt its strikes on Gaza.",
        [(EventType.REQUEST, {"EGY-government"}, {"ISR"}, False, False)],
    ),
    (
        "Beijing told Manila to withdraw its ships from the shoal.",
        [(EventType.REQUEST, {"CHN"}, {"PHL"}, False, False)],
    ),
    (
        "Zimbabwean police told the protesters to disperse.",
        [(EventType.REQUEST, {"ZWE-police"}, {"ZWE-protesters"}, False, False)],
    ),
    ("The Ghanaian president told the army to free the detained journalists.", []),
    # A phrase of time or place may stand between the one bidden and the act bidden.
    (
        "Pakistan told India on Monday to release the captured pilot.",
        [(EventType.REQUEST, {"PAK"}, {"IND"}, False, False)],
    ),
    (
        "The United States urged Iran on Friday to free the detained sailors.",
        [(EventType.REQUEST, {"USA"}, {"IRN"}, False, False)],
    ),
    (
        "Kenya urged Somalia last week to hold elections.",
        [(EventType.REQUEST, {"KEN"}, {"SOM"}, False, False)],
    ),
    (
        "France told Mali at a meeting in Paris to expel the mercenaries.",
        [(EventType.REQUEST, {"FRA"}, {"MLI"}, False, False)],
    ),
    (
        "India asked Nepal in a letter to hand over the suspects.",
        [(EventType.REQUEST, {"IND"}, {"NPL"}, False, False)],
    ),
    (
        "Turkey urged Greece on Tuesday to withdraw its troops from the islands, a spokesman said.",
        [(EventType.REQUEST, {"TUR"}, {"GRC"}, False, False)],
    ),
    (
        "Germany called on Russia in Berlin on Monday to withdraw its forces.",
        [(EventType.REQUEST, {"DEU"}, {"RUS"}, False, False)],
    ),
    (
        "Egypt called on Israel on Sunday to halt its strikes on Gaza.",
        [(EventType.REQUEST, {"EGY"}, {"ISR"}, False, False)],
    ),
    ("Pakistan told India on Monday that the pilot was safe.", []),
    ("The minister told reporters on Monday that the plan would go ahead.", []),
    # A demand that a party act asks that party, the clause's doer, whoever demands it
    # (protesters too); the act demanded is neither done nor that party's own intent.
    (
        "Protesters demanded that the Chilean government withdraw the pension bill.",
        [(EventType.REQUEST, {"CHL-protesters"}, {"CHL-government"}, False, False)],
    ),
    (
        "Demonstrators demanded that the Kenyan police free the activists, witnesses said.",
        [(EventType.REQUEST, {"KEN-protesters"}, {"KEN-police"}, False, False)],
    ),
    (
        "Iran demanded that the United States lift its sanctions.",
        [(EventType.REQUEST, {"IRN"}, {"USA"}, False, False)],
    ),
    (
        "The rebels demanded that the Sudanese army release their commander.",
        [(EventType.REQUEST, {"SDN-rebels"}, {"SDN-military"}, False, False)],
    ),
    (
        "Opposition leaders demanded that the prime minister step down.",
        [(EventType.REQUEST, {"None-opposition"}, {"None-government"}, False, False)],
    ),
    # The bare verb ending the clause, which the small model reads as a noun ("that Malawi
    # apologise"), and a past written as the bare verb ("that Peru cut"), still ask its doer.
    (
        "Zambia demanded that Malawi apologise for the border incident.",
        [(EventType.REQUEST, {"ZMB"}, {"MWI"}, False, False)],
    ),
    (
        "The Gabonese opposition demanded the prime minister resign.",
        [(EventType.REQUEST, {"GAB-opposition"}, {"GAB-government"}, False, False)],
    ),
    (
        "Chile demanded that Peru cut its import duties.",
        [(EventType.REQUEST, {"CHL"}, {"PER"}, False, False)],
    ),
    # An act's noun under "any" is whichever may come, no act told.
    ("The Kenyan army is ready for any attack by al-Shabaab.", []),
    # A wire's dateline, its date and agency too, is no subject of the sentence after its dash.
    (
        "ACCRA, June 2 (AFP) - Ghana on Monday accused Togo of harbouring dissidents.",
        [(EventType.ACCUSE, {"GHA"}, {"TGO"}, False, False)],
    ),
    (
        "MOSCOW (AFP) - Russia warned Georgia against joining NATO.",
        [(EventType.THREATEN, {"RUS"}, {"GEO"}, False, False)],
    ),
    # Insisting that a party act, in the subjunctive, asks it; insisting on what is so does not.
    (
        "Egypt insisted that Ethiopia halt the filling of the dam.",
        [(EventType.REQUEST, {"EGY"}, {"ETH"}, False, False)],
    ),
    (
        "Iran insisted on Monday that the United States lift all sanctions, a spokesman said.",
        [(EventType.REQUEST, {"IRN"}, {"USA"}, False, False)],
    ),
    ("Egypt insisted that Ethiopia had halted the filling of the dam.", []),
    # Asked of no actor, a demand is no one's demand of anyone.
    ("The union demanded on Sunday that the company reinstate the sacked workers.", []),
    ("The Peruvian consulate told tourists to stay indoors.", []),
    # "would" announces an act only where it is told (or on a condition); else it tells a
    # habit of the past, no threat.
    (
        "In the 1990s, Serbian police would routinely arrest Albanian activists.",
        [(EventType.COERCE, {"SRB-police"}, {"ALB-activists"}, False, True)],
    ),
    (
        "Iran said it would attack Israel.",
        [(EventType.THREATEN, {"IRN"}, {"ISR"}, False, False)],
    ),
    # Releasing a thing frees no one, whoever its prepositions name.
    (
        "The American president released the transcript of his call with the Ukrainian president.",
        [],
    ),
    ("The Taliban released two videos of the American hostages.", []),
    (
        "The Afghan government freed three Taliban prisoners.",
        [(EventType.RETREAT, {"AFG-government"}, {"AFG"}, False, False)],
    ),
    # What a demand asks is its content, not an act done.
    ("Peru repeated its demand that Chile withdraw its troops.", []),
    # A text "executed" is carried out (no criticism sense in CAMEO); people executed are not;
    # an act executed is carried out, coded as the act ("executed an attack" is one).
    ("Ohio police executed a search warrant at the house on Monday.", []),
    (
        "Saudi Arabia executed 37 prisoners on Tuesday.",
        [(EventType.ASSAULT, {"SAU"}, set(), False, False)],
    ),
    (
        "The Iranian authorities executed him at dawn.",
        [(EventType.ASSAULT, {"IRN-government"}, set(), False, False)],
    ),
    ("The Kenyan government executed a shutdown of the mobile network.", []),
    (
        "Ukrainian forces executed the withdrawal from the town.",
        [(EventType.RETREAT, {"UKR-military"}, set(), False, False)],
    ),
    (
        "Gunmen executed an attack on a Nigerian village.",
        [(EventType.ASSAULT, {"NGA-armed group"}, {"NGA-civilians"}, False, False)],
    ),
    # A proper noun inside a body's name is part of the name, no event noun ("Force").
    (
        "The commander of Iran's Quds Force met Iraqi militia leaders in Basra.",
        [(EventType.CONSULT, {"IRN-military"}, {"IRQ"}, False, False)],
    ),
    # An investigation of what brought a mishap about accuses no one; one of a person does.
    ("The Chilean fire service is investigating the cause of the blaze.", []),
    ("Peruvian firefighters are investigating the possibility of a fault in the wiring.", []),
    # Its phrase carried by the light verb that opens it.
    ("Nigeria opened an inquiry into the crash of the military jet.", []),
    (
        "Kenya opened an investigation into the Somali minister.",
        [(EventType.ACCUSE, {"KEN"}, {"SOM-government"}, False, False)],
    ),
    (
        "The FBI is investigating the senator over the payments.",
        [(EventType.ACCUSE, {"USA"}, {"USA-legislature"}, False, False)],
    ),
    # What a verb of gathering is done for is the meeting that took place.
    (
        "Kenyan and Ugandan ministers gathered in Nairobi to discuss the drought.",
        [(EventType.CONSULT, set(), set(), False, False)],
    ),
    # One named by a tie to another ("the son of") is not that other; a nationality is his.
    (
        "The son of the Zambian president was arrested by police in Lusaka.",
        [(EventType.COERCE, {"ZMB-police"}, set(), False, False)],
    ),
    (
        "Gunmen in Mali kidnapped two Chinese advisers at a mine.",
        [(EventType.ASSAULT, {"MLI-armed group"}, {"CHN"}, False, False)],
    ),
    # Verbs joined to a passive share it: the one shot and killed did neither.
    (
        "A Brazilian senator was stabbed and killed in Rio de Janeiro.",
        [(EventType.ASSAULT, set(), {"BRA-legislature"}, False, False)],
    ),
    # A verb CAMEO files under protest, with an object that is no place or body, is used in
    # another sense; without one it is a protest.
    ("The judge demonstrated contempt for the Peruvian government, the minister said.", []),
    (
        "Serbian students marched through Novi Sad on Sunday.",
        [(EventType.PROTEST, {"SRB-education"}, set(), False, False)],
    ),
    # A storm named for what it is attacks no one, even as an unknown name.
    ("Cyclone Idai, which struck Mozambique in March, killed hundreds of people in Beira.", []),
    # An adjective after a judged noun, however parsed, is what the noun is called.
    ('The Danish minister called Norway\'s fishing deal "shameful" and left the meeting.', []),
    # A preposition that tells when is no particle: "called ... on Monday" is no "call on".
    ('Sweden\'s prime minister called the Finnish border deal "useless" on Monday.', []),
    # What "be to" governs, and what it is for, is arranged, not yet done.
    (
        "Protesters in Lima were to march on the Peruvian parliament on Friday.",
        [(EventType.PROTEST, {"PER-protesters"}, {"PER-legislature"}, False, True)],
    ),
    (
        "The Chilean senate was to meet on Monday to discuss the treaty with Bolivia.",
        [(EventType.CONSULT, {"CHL-legislature"}, {"BOL"}, False, True)],
    ),
    # So is what a verb of scheduling governs, and a meeting set for a day: no meeting yet.
    (
        "The annual summit of the African Union is set to open in Addis Ababa tomorrow.",
        [(EventType.CONSULT, set(), {"African Union"}, False, True)],
    ),
    (
        "The Kenyan president is scheduled to meet the Ugandan president on Friday.",
        [(EventType.CONSULT, {"KEN-government"}, {"UGA-government"}, False, True)],
    ),
    (
        "The talks between Chile and Peru were set for Friday.",
        [(EventType.CONSULT, set(), set(), False, True)],
    ),
    (
        "The houses of Rohingya villagers in Myanmar were set on fire by soldiers.",
        [(EventType.ASSAULT, {"MMR-military"}, {"MMR-civilians"}, False, False)],
    ),
    # An invitation asks for the meeting it offers, which has not happened.
    (
        "Norway invited the Colombian rebels to hold talks in Oslo.",
        [(EventType.REQUEST, {"NOR"}, {"COL-rebels"}, False, False)],
    ),
    # A candidacy is sought from voters, not asked of anyone; CAMEO's hyphenated words count.
    ("Senator Warren sought the Democratic nomination in 2020.", []),
    ("The French president is seeking re-election next year.", []),
    # A release from somewhere other than detention is a discharge; from custody it frees.
    ("The opposition leader was released from the hospital on Tuesday.", []),
    (
        "Peru released the Chilean fishermen from custody on Friday.",
        [(EventType.RETREAT, {"PER"}, {"CHL-agriculture"}, False, False)],
    ),
    # A thing that is neither actor nor arms strikes or captures in no armed sense.
    ("A video captured Trump mocking the reporter.", []),
    (
        "A Turkish drone struck a Kurdish convoy in Syria.",
        [(EventType.ASSAULT, {"TUR"}, {"SYR"}, False, False)],
    ),
    # A headline's "X to do Y" announces the act: not done yet; a hostile one announced on a
    # condition is a threat.
    (
        "Norway to expel Russian diplomats over spying",
        [(EventType.SANCTION, {"NOR"}, {"RUS-government"}, False, True)],
    ),
    (
        "Japan to send aid to the Philippines after the typhoon",
        [(EventType.AID, {"JPN"}, {"PHL"}, False, True)],
    ),
    (
        "Peruvian Government to Arrest Miners if they Block the Highway",
        [(EventType.THREATEN, {"PER-government"}, set(), False, False)],
    ),
    # What an accusation, a denial or a claim says was done is a claim; what a statement
    # says, told.
    (
        "The Kenyan exile claimed that police in Nairobi had jailed him without trial.",
        [(EventType.COERCE, {"KEN-police"}, set(), False, True)],
    ),
    (
        "The Chadian opposition contends that soldiers burned two villages near Abeche.",
        [(EventType.ASSAULT, {"TCD-military"}, {"TCD-civilians"}, False, True)],
    ),
    (
        "Amnesty alleged that Burmese soldiers burned three Rohingya villages.",
        [
            (EventType.ACCUSE, {"Amnesty"}, {"MMR-military"}, False, False),
            (EventType.ASSAULT, {"MMR-military"}, {"MMR-civilians"}, False, True),
        ],
    ),
    (
        "The Syrian government denied that its forces bombed the hospital in Idlib.",
        [
            (EventType.REJECT, {"SYR-government"}, set(), False, False),
            (EventType.ASSAULT, {"SYR-military"}, set(), False, True),
        ],
    ),
    (
        "The Syrian government said that its forces bombed the rebel camp in Idlib.",
        [(EventType.ASSAULT, {"SYR-military"}, set(), False, False)],
    ),
    # A known act cited as a reason inside a claim is asserted; the claim's own act is not.
    (
        "The Chadian opposition claimed that the vote was a fraud, citing the arrest of its"
        " monitors by Chadian police.",
        [(EventType.COERCE, {"TCD-police"}, set(), False, False)],
    ),
    (
        "The Malian rebels claimed that the truce had collapsed, pointing to the army's"
        " shelling of Kidal.",
        [(EventType.ASSAULT, {"MLI-military"}, set(), False, False)],
    ),
    (
        "The Malian rebels claimed that the army had shelled Kidal, citing witnesses.",
        [(EventType.ASSAULT, {"MLI-military"}, set(), False, True)],
    ),
    # A told act whose nature a claim judges is asserted; its taking place, disputed, or an
    # act not yet told, is not.
    (
        "Russia denied that the strike on the Ukrainian hospital was deliberate.",
        [
            (EventType.REJECT, {"RUS"}, set(), False, False),
            (EventType.ASSAULT, set(), {"UKR"}, False, False),
        ],
    ),
    (
        "Russia denied that the strike on the Ukrainian hospital took place.",
        [
            (EventType.REJECT, {"RUS"}, set(), False, False),
            (EventType.ASSAULT, set(), {"UKR"}, False, True),
        ],
    ),
    (
        "Iran claimed an attack on its embassy was imminent.",
        [(EventType.ASSAULT, set(), {"IRN-government"}, False, True)],
    ),
    # What an act is for shares its tense and its negation: done, announced or not done.
    (
        "Chad sent troops to fight Boko Haram in Niger.",
        [
            (EventType.MOBILIZE, {"TCD"}, set(), False, False),
            (EventType.ASSAULT, {"TCD"}, {"NGA"}, False, False),
        ],
    ),
    ("Chad did not send troops to fight Boko Haram.", []),
    # An act one is eager or keen to do is wanted, not done: a wish, no event.
    ("The Dutch prime minister has been eager to withdraw the troops from Mali.", []),
    (
        "Norway will give Kenya a loan to finance the new railway.",
        # The financing of no target is the pledged loan told again: one event.
        [(EventType.AGREE, {"NOR"}, {"KEN"}, False, False)],
    ),
    # "I" and "we" outside any quotation are the writer or an interviewee answering, no actor:
    # their own work or view is no political act; in a quotation they are its speaker.
    ("Grace Wanjiru: I support the Kenyan president's plan to build houses.", []),
    ("Answer: We welcomed the Syrian families who came to Toronto last year.", []),
    (
        '"I support the Kenyan president\'s plan," said the Kenyan senator.',
        [(EventType.SUPPORT, {"KEN-legislature"}, {"KEN-government"}, False, False)],
    ),
    # The accused's answer to a charge is a step of a trial, no denial toward the state nor a
    # request; a plea made to someone is a request.
    ("The Kenyan opposition leader pleaded innocent to charges of treason.", []),
    ("The former Kenyan minister entered a plea of not guilty to bribery charges.", []),
    (
        "The Kenyan senator pleaded with the Ugandan government for help.",
        [(EventType.REQUEST, {"KEN-legislature"}, {"UGA-government"}, False, False)],
    ),
    # A source's wish to stay unnamed is no request of anyone; what the source says stays.
    (
        "A senior Ugandan official who asked not to be named said troops had withdrawn.",
        [(EventType.RETREAT, {"UGA-military"}, set(), False, False)],
    ),
    ("A Pakistani minister, who requested anonymity, said the talks had stalled.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_asserted_events(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _events(sentence) == expected


# A verb of ending (CAMEO's block of "halt", "stop", "suspend") takes its sense from the act
# it ends: ending attacks is a ceasefire, whatever the verb alone is;
# with nothing ended named, its subject only stopped.
ENDINGS = [
    (
        "The Houthis suspended their attacks on Saudi Arabia during the talks.",
        [(EventType.RETREAT, {"YEM"}, {"SAU"}, False, False)],
    ),
    (
        "Azerbaijan halted the offensive against Armenian forces on Sunday.",
        [(EventType.RETREAT, {"AZE"}, {"ARM-military"}, False, False)],
    ),
    # Air strikes are attacks, whatever CAMEO's pattern for a halted (work) "strike" says.
    (
        "Russia halted its air strikes on the Syrian rebels near Idlib.",
        [(EventType.RETREAT, {"RUS"}, {"SYR-rebels"}, False, False)],
    ),
    (
        "The Pakistani army stopped shelling the Indian posts along the border.",
        [(EventType.RETREAT, {"PAK-military"}, {"IND"}, False, False)],
    ),
    (
        "Hamas declared an end to the rocket fire on Israel.",
        [(EventType.RETREAT, {"PSE"}, {"ISR"}, False, False)],
    ),
    (
        "The United States suspended its military aid to Egypt.",
        [(EventType.SANCTION, {"USA"}, {"EGY"}, False, False)],
    ),
    ("The US federal government shut down after Congress failed to pass a budget.", []),
    # Ending one's own protest or strike eases dissent, a concession.
    (
        "Kenya's opposition party called off its 24-hour strike against the government.",
        [(EventType.CONCEDE, {"KEN-opposition"}, {"KEN-government"}, False, False)],
    ),
    (
        "The Bolivian opposition suspended their protests against the government.",
        [(EventType.CONCEDE, {"BOL-opposition"}, {"BOL-government"}, False, False)],
    ),
    (
        "The Chadian opposition ended its hunger strike on Tuesday.",
        [(EventType.CONCEDE, {"TCD-opposition"}, set(), False, False)],
    ),
    # With no owner named, the strike or protest a side that is no state or force ends is its
    # own, as with "its"; authorities ending "the protests" concede nothing.
    (
        "Kenya's opposition party called off the 24-hour strike against the government.",
        [(EventType.CONCEDE, {"KEN-opposition"}, {"KEN-government"}, False, False)],
    ),
    ("The Egyptian authorities halted the protests in Cairo.", []),
    # ... the side being the subject of the verb the ending completes, too.
    (
        "The Zambian opposition agreed to suspend protests against the government.",
        [(EventType.CONCEDE, {"ZMB-opposition"}, {"ZMB-government"}, False, False)],
    ),
    # Police ending violence not told as theirs keep order: no ceasefire of theirs; an
    # army ending attacks with no owner named ends its own.
    ("Kenyan police ended the violence in Nairobi after two days.", []),
    ("Nigerian police stopped the attack on the French embassy in Abuja.", []),
    # ... the police being the subject of what governs the ending verb too
    ("Kenya's police chief told reporters that police alone are not able to end the violence.", []),
    ("Mexican police are unable to end the violence in Sinaloa, the governor said.", []),
    (
        "The Ugandan army stopped the attacks on the rebels.",
        [(EventType.RETREAT, {"UGA-military"}, {"UGA-rebels"}, False, False)],
    ),
    # Police stopping another's protest concede nothing.
    (
        "Bolivian police halted the opposition's protest in La Paz.",
        [(EventType.PROTEST, {"BOL-opposition"}, {"BOL"}, False, False)],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), ENDINGS)
def test_ending_an_act(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _events(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "negated"),
    [
        ("The Kenyan police were unable to arrest the opposition senator.", True),
        ("The Kenyan police were not able to arrest the opposition senator.", True),
        ("The Kenyan police were able to arrest the opposition senator.", False),
    ],
)
def test_an_act_one_could_not_do_did_not_happen(sentence: str, negated: bool) -> None:
    done = [(EventType.COERCE, {"KEN-police"}, {"KEN-opposition"}, False, False)]
    assert _events(sentence) == ([] if negated else done)


# CAMEO codes "prevent" only with what is prevented: a protest of any kind is restricted
# (COERCE); a clash or a law prevented is no act done to anyone.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Greece and Turkey opened a military hotline to prevent clashes in the Aegean.", []),
        ("A court in Texas could prevent the Arizona law from taking effect.", []),
        (
            "Belarusian police prevented the opposition rally in Minsk.",
            [(EventType.COERCE, {"BLR-police"}, {"BLR"}, False, False)],
        ),
        (
            "Belarusian police prevented a demonstration by the opposition in Minsk.",
            [(EventType.COERCE, {"BLR-police"}, {"BLR-opposition"}, False, False)],
        ),
    ],
)
def test_preventing_codes_by_what_is_prevented(
    sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert _events(sentence) == expected


# A pattern's preposition may take a gerund (CAMEO's "join (in condemning)", "prevent (from
# entering)"), which the parser hangs on it as a clause, not an object.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Norway joined Sweden in condemning the Russian strikes on Kyiv.",
            [(EventType.SUPPORT, {"NOR"}, {"SWE"}, False, False)],
        ),
        (
            "Israeli soldiers prevented the Palestinian journalists from entering Hebron.",
            [(EventType.COERCE, {"ISR-military"}, {"PSE-media"}, False, False)],
        ),
    ],
)
def test_a_pattern_preposition_takes_a_gerund(
    sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert _events(sentence) == expected


# CAMEO codes joining a protest as a state's diplomatic one (JOIN * PROTEST, 110): people who
# join a protest demonstrate, as do any who join one held in a place; a state protests by note.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Chilean students joined the protests against the government.",
            [(EventType.PROTEST, {"CHL-education"}, {"CHL-government"}, False, False)],
        ),
        (
            "Tens of thousands of Chileans joined the protest against the government.",
            [(EventType.PROTEST, {"CHL-civilians"}, {"CHL-government"}, False, False)],
        ),
        (
            "Kenyan lawmakers joined the protest outside the court in Nairobi.",
            [(EventType.PROTEST, {"KEN-legislature"}, {"KEN"}, False, False)],
        ),
        (
            "Chile joined the protest against the Argentine fishing ban.",
            [(EventType.ACCUSE, {"CHL"}, {"ARG"}, False, False)],
        ),
    ],
)
def test_people_who_join_a_protest_demonstrate(
    sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert _events(sentence) == expected


# An idea or a proposal sided with names no side from inside it (the act it is of, and with
# whom), only its owner.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Nigerian senator supports the idea of a ceasefire with Boko Haram.",
            [(EventType.SUPPORT, {"NGA-legislature"}, set(), False, False)],
        ),
        (
            "Uganda endorsed the suggestion of talks with the Lord's Resistance Army.",
            [(EventType.SUPPORT, {"UGA"}, set(), False, False)],
        ),
        (
            "Kenya backed Ethiopia's proposal of a truce with al-Shabaab.",
            [(EventType.SUPPORT, {"KEN"}, {"ETH"}, False, False)],
        ),
    ],
)
def test_an_idea_sided_with_names_only_its_owner(
    sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert _events(sentence) == expected
