"""Acts read in the wrong type, or no act at all: states told as claims, pledges of acts that
are no commitment, harm promised, money spent with no receiver, things taken that are no party
or place, protesters' violence to people, an event as the doer; with the real English model."""

import pytest

from graph.models import Article, EventType
from ingest.nlp.pipeline import extract_events
from tests.unit.test_event_assertion import _events

# (sentence, expected events as (type, source, target, negated, hypothetical))
CASES = [
    # "have" in the simple present holds a state; in the past it tells an act.
    ("The Kenyan opposition insists it has the backing of most voters.", []),
    ("Chile has the support of Peru in the border dispute.", []),
    (
        "Chile had talks with Peru in Lima.",
        [(EventType.CONSULT, {"CHL"}, {"PER"}, False, False)],
    ),
    # A candidate or a party stepping aside leaves no position held by arms: no RETREAT
    # (CAMEO: WITHDRAW (FROM) RACE, no event); a person who leaves a place still retreats.
    ("The former governor withdrew his bid for the Republican nomination.", []),
    ("The Ghanaian party withdrew its candidate from the mayoral election.", []),
    ("The Kenyan senator sought the party's nomination but withdrew in March.", []),
    (
        "The Kenyan president withdrew his soldiers from Somalia.",
        [(EventType.RETREAT, {"KEN-government"}, {"SOM"}, False, False)],
    ),
    # "Out of" right after a verb is its particle: backing out of a deal is no backing; the
    # parser's preposition further on still moves what the verb acts on.
    ("Chile backed out of the trade agreement with Peru.", []),
    ("The Kenyan lawsuit against Uganda was thrown out of court.", []),
    # Measures backed or announced threaten only whom they are against (CAMEO's BACK *
    # SANCTION, ANNOUNCE * MEASURE), not no one, nor the host of where they are announced.
    ("Ghana backed the new sanctions.", []),
    ("The Spanish minister announced the measure at the Spanish Government's daily briefing.", []),
    (
        "Ghana backed the new sanctions on Togo.",
        [(EventType.THREATEN, {"GHA"}, {"TGO"}, False, False)],
    ),
    # A pledge of an act that commits to no cooperation or harm is that act, ahead, ...
    (
        "The Ghanaian president vowed to sue the Nigerian government.",
        [(EventType.ACCUSE, {"GHA-government"}, {"NGA-government"}, False, True)],
    ),
    # ... where it bears on a party named: an order or a demand vowed to no one is none.
    ("The Kenyan president vowed to issue an executive order on the census.", []),
    ("The Kenyan opposition vowed to demand a recount.", []),
    (
        "Peru pledged to send food aid to Bolivia.",
        [(EventType.AGREE, {"PER"}, {"BOL"}, False, False)],
    ),
    # A commitment not to do harm is a pledge of restraint, no threat; not to cooperate, a
    # refusal, ahead as a pledged refusal is.
    (
        "Kenya promised not to attack Somalia.",
        [(EventType.AGREE, {"KEN"}, {"SOM"}, False, False)],
    ),
    (
        "The Kenyan government vowed not to arrest opposition leaders.",
        [(EventType.AGREE, {"KEN-government"}, {"KEN-opposition"}, False, False)],
    ),
    (
        "Peru pledged not to send food aid to Bolivia.",
        [(EventType.REJECT, {"PER"}, {"BOL"}, False, True)],
    ),
    # Opposing a hostile act defends in words whom it is aimed at (CAMEO's 052), a stance
    # voiced, no pledge even told ahead; with the act's doer named it opposes the doer.
    (
        "Egypt vowed to oppose any sanctions against Sudan.",
        [(EventType.SUPPORT, {"EGY"}, {"SDN"}, False, False)],
    ),
    (
        "Ghana said it would oppose any Nigerian sanctions.",
        [(EventType.REJECT, {"GHA"}, {"NGA"}, False, True)],
    ),
    (
        "Kenya opposes Ugandan sanctions on Kenyan officials.",
        [(EventType.REJECT, {"KEN"}, {"UGA"}, False, False)],
    ),
    # A concession or retreat promised, pledged or agreed to is a concession made in words,
    # not an agreement (PLOVER's codebook: CONCEDE + future, RETREAT + future); one only
    # offered, or one is willing to make, is an offer (AGREE).
    (
        "Chadian rebels agreed to stop fighting on Monday.",
        [(EventType.CONCEDE, {"TCD-rebels"}, set(), False, False)],
    ),
    (
        "The Nigerian government promised to lift the curfew in Lagos.",
        [(EventType.CONCEDE, {"NGA-government"}, set(), False, False)],
    ),
    (
        "Sudanese rebels announced their intention to lay down their arms.",
        [(EventType.CONCEDE, {"SDN-rebels"}, set(), False, False)],
    ),
    (
        "Serbia agreed to withdraw its troops from Kosovo.",
        [(EventType.CONCEDE, {"SRB"}, {"XKX"}, False, False)],
    ),
    (
        "Kenya says it is willing to withdraw its soldiers from Somalia.",
        [(EventType.AGREE, {"KEN"}, {"SOM"}, False, False)],
    ),
    # So is one a noun names, the doer's own; one offered is not.
    (
        "The Malian junta promised concessions to the opposition.",
        [(EventType.CONCEDE, {"MLI-government"}, {"MLI-opposition"}, False, False)],
    ),
    (
        "Serbia agreed to a withdrawal from Kosovo.",
        [(EventType.CONCEDE, {"SRB"}, {"XKX"}, False, False)],
    ),
    (
        "Sudanese rebels pledged a truce.",
        [(EventType.CONCEDE, {"SDN-rebels"}, set(), False, False)],
    ),
    (
        "Chad offered a ceasefire to the rebels.",
        [(EventType.AGREE, {"TCD"}, {"TCD-rebels"}, False, False)],
    ),
    # Harm promised with a noun is a threat, whichever verb of commitment promises it: CAMEO's
    # "vow revenge", "pledge a crackdown", "promise a raid" hold for their synonyms.
    (
        "Hamas promised revenge against Israel.",
        [(EventType.THREATEN, {"PSE"}, {"ISR"}, False, False)],
    ),
    # Harm committed is done, as CAMEO's 'commit attack' is; troops committed are pledged.
    (
        "Sudanese militiamen committed a massacre in the village.",
        [(EventType.ASSAULT, {"SDN-armed group"}, set(), False, False)],
    ),
    (
        "The Kenyan president committed troops to Somalia.",
        [(EventType.AGREE, {"KEN-government"}, {"SOM"}, False, False)],
    ),
    (
        "The Houthis pledged revenge against Saudi Arabia.",
        [(EventType.THREATEN, {"YEM"}, {"SAU"}, False, False)],
    ),
    (
        "The Taliban promised attacks against Afghan forces.",
        [(EventType.THREATEN, {"AFG"}, {"AFG-military"}, False, False)],
    ),
    (
        "The Nigerian governor pledged a crackdown on the bandits.",
        [(EventType.THREATEN, {"NGA-government"}, {"NGA-armed group"}, False, False)],
    ),
    # So are the nouns of the dictionary's verbs of force and the nouns it reads only as
    # threatened; a noun of a verb with other senses ("engagement") is no force promised.
    (
        "Iran promised retaliation against Israel.",
        [(EventType.THREATEN, {"IRN"}, {"ISR"}, False, False)],
    ),
    (
        "The Sudanese army vowed reprisals against Chad.",
        [(EventType.THREATEN, {"SDN-military"}, {"TCD"}, False, False)],
    ),
    (
        "Russia swore a harsh riposte to Finland.",
        [(EventType.THREATEN, {"RUS"}, {"FIN"}, False, False)],
    ),
    # An act vowed or promised against a party threatens it (CAMEO's PROMISE * ACTION
    # (AGAINST)); not one against what its object is shielded from.
    (
        "The Ghanaian government promised to take action against the Togolese rebels.",
        [(EventType.THREATEN, {"GHA-government"}, {"TGO-rebels"}, False, False)],
    ),
    ("Greece vowed to protect its islands against Turkish migrants.", []),
    # So is a verb the dictionary reads only as force, vowed at a party, at a hostile act it
    # answers or at no one; not at a thing, nor one WordNet reads first as a state.
    (
        "Eritrea vowed to retaliate against Ethiopia.",
        [(EventType.THREATEN, {"ERI"}, {"ETH"}, False, False)],
    ),
    (
        "The Chadian president swore to crush the rebels.",
        [(EventType.THREATEN, {"TCD-government"}, {"TCD-rebels"}, False, False)],
    ),
    (
        "Ghana warned it would retaliate against any Togolese attack.",
        [(EventType.THREATEN, {"GHA"}, {"TGO"}, False, False)],
    ),
    (
        "Eritrea vowed not to retaliate against Ethiopia.",
        [(EventType.AGREE, {"ERI"}, {"ETH"}, False, False)],
    ),
    ("The Kenyan government vowed to smash the export record.", []),
    # An act the lexicon does not know, pledged on a hostile act, answers it: no accord with
    # whoever did it; a pledge of such an act on anything else stays AGREE.
    (
        "Eritrea pledged to avenge the shelling of Assab by Ethiopia.",
        [(EventType.ASSAULT, {"ETH"}, {"ERI"}, False, False)],
    ),
    (
        "Turkey promised to facilitate the talks between Russia and Ukraine.",
        [(EventType.AGREE, {"TUR"}, {"RUS", "UKR"}, False, False)],
    ),
    (
        "Kenya pledged continued engagement with Somalia.",
        [(EventType.AGREE, {"KEN"}, {"SOM"}, False, False)],
    ),
    (
        "Germany pledged support for Ukraine.",
        [(EventType.AGREE, {"DEU"}, {"UKR"}, False, False)],
    ),
    # A hostile act named by "for" is the reason a hostile act answers: its doer is aimed at,
    # not whom it hit; a verb's own "for" names what is asked.
    (
        "Hamas promised retaliation for the bombing of Gaza by Israeli jets.",
        [
            (EventType.THREATEN, {"PSE"}, {"ISR"}, False, False),
            (EventType.ASSAULT, {"ISR"}, {"PSE"}, False, False),
        ],
    ),
    (
        "The Syrian militia vowed revenge for the killing of its commander.",
        [
            (EventType.THREATEN, {"SYR-armed group"}, set(), False, False),
            (EventType.ASSAULT, set(), {"SYR-military"}, False, False),
        ],
    ),
    (
        "The EU imposed sanctions for the poisoning of the Belarusian activist.",
        [
            (EventType.SANCTION, {"European Union"}, set(), False, False),
            (EventType.ASSAULT, set(), {"BLR-opposition"}, False, False),
        ],
    ),
    (
        "Ukraine pressed for sanctions against Russia.",
        [(EventType.REQUEST, {"UKR"}, {"RUS"}, False, False)],
    ),
    # A commitment verb that is also a light verb gives its event noun the act it names, not a
    # pledge: an endorsement offered is support.
    (
        "The Chilean senator offered an endorsement of Peru's bid.",
        [(EventType.SUPPORT, {"CHL-legislature"}, {"PER"}, False, False)],
    ),
    # Forces promised to a state go there to back it: a pledge, not a threat; moved to a
    # border, a threat. The forces moved are never the target.
    (
        "Britain pledged to deploy 500 soldiers to Estonia next year.",
        [(EventType.AGREE, {"GBR"}, {"EST"}, False, False)],
    ),
    (
        "Canada will send more troops to Latvia.",
        [(EventType.AGREE, {"CAN"}, {"LVA"}, False, False)],
    ),
    (
        "China will deploy troops to the border.",
        [(EventType.THREATEN, {"CHN"}, set(), False, False)],
    ),
    # "Deploy" mobilises the forces or arms it moves, as CAMEO's DEPLOY * &MILITARY reads it;
    # a team of searchers or of engineers deployed is no force shown.
    (
        "Bolivia deployed 4,000 soldiers along its border with Paraguay.",
        [(EventType.MOBILIZE, {"BOL"}, set(), False, False)],
    ),
    ("Chile deployed a search team to Ecuador after the landslide.", []),
    ("The Ugandan government deployed engineers to repair the bridge near Gulu.", []),
    # What is airlifted to a party is given as "shipped" gives it (CAMEO's AIRLIFT, 073): the
    # aid it names; people flown to a hospital are no aid.
    (
        "Greece airlifted food and blankets to Albania after the earthquake.",
        [(EventType.AID, {"GRC"}, {"ALB"}, False, False)],
    ),
    ("The Chilean air force airlifted the injured miners to a hospital in Santiago.", []),
    # A clause of purpose is no speech: "could" there announces nothing, and tells an aim.
    ("Chile declared a state of emergency so it could deploy troops in Santiago.", []),
    # A stance a verb of no type of its own voices is the act, no party acted on: the
    # opposition voiced is disapproval, the opposition criticised a group.
    (
        "Kenya voiced strong opposition to the Ugandan proposal.",
        [(EventType.ACCUSE, {"KEN"}, {"UGA"}, False, False)],
    ),
    (
        "Chile reiterated its opposition to the Bolivian claim.",
        [(EventType.ACCUSE, {"CHL"}, {"BOL"}, False, False)],
    ),
    (
        "The Ugandan president criticised the opposition.",
        [(EventType.ACCUSE, {"UGA-government"}, {"UGA-opposition"}, False, False)],
    ),
    # Nor is what is needed or wanted a party asked: a need of no one named is no request.
    ("Chile needs stronger border security.", []),
    ("The Kenyan government wants tighter border security.", []),
    (
        "Ukraine needs more money from the IMF.",
        [(EventType.REQUEST, {"UKR"}, {"International Monetary Fund"}, False, False)],
    ),
    # Money with no receiver is spending, not aid; given to someone it is.
    ("The Kenyan parliament approved funding for a new highway.", []),
    ("The Peruvian government funded the construction of the dam.", []),
    (
        "Qatar funded Hamas for years.",
        [(EventType.AID, {"QAT"}, {"PSE"}, False, False)],
    ),
    # Taken by force: a party or a place, not an image or a seat; the police's seizures stay.
    ("Kenyan tourists captured pictures of the old palace.", []),
    ("In Nairobi, most council seats are held or occupied by the ruling party.", []),
    (
        "Malian rebels captured the town of Gao.",
        [(EventType.ASSAULT, {"MLI-rebels"}, set(), False, False)],
    ),
    (
        "Peruvian police seized documents from the senator.",
        [(EventType.COERCE, {"PER-police"}, {"PER-legislature"}, False, False)],
    ),
    # A cyberattack is hacking (the lexicon's "hack": COERCE, cyber), no violence.
    (
        "Bolivia launched a cyberattack on Chilean ministries.",
        [(EventType.COERCE, {"BOL"}, {"CHL-government"}, False, False)],
    ),
    # Protesters' violence to people is an assault; taking a ministry is their protest.
    (
        "Protesters attacked shoppers in Santiago.",
        [(EventType.ASSAULT, {"CHL-protesters"}, {"CHL-civilians"}, False, False)],
    ),
    (
        "Protesters occupied the ministry of health in Santiago.",
        [(EventType.PROTEST, {"CHL-protesters"}, {"CHL"}, False, False)],
    ),
    # An event is no actor of a cooperative act, unless its own words name one.
    ("The march moved a few blocks toward the Chilean parliament.", []),
    (
        "The EU summit agreed to impose sanctions on Russia.",
        [(EventType.AGREE, {"European Union"}, {"RUS"}, False, False)],
    ),
    # Agreeing with a proposition, a policy or an act endorses it, the target its owner;
    # agreeing with a party, or with one to do something, is an accord. With no owner named,
    # or with what someone thinks, it is a view shared.
    ("The Kenyan senator agreed with the decision to shut the consulate.", []),
    ("Macron and Merkel agreed with the plan to cut emissions.", []),
    ("The Kenyan minister agreed with the opposition's view that the tax was unfair.", []),
    ("The Chilean president agrees with Peru's assessment of the crisis.", []),
    (
        "The Kenyan president agreed with the IMF's recommendation to cut spending.",
        [(EventType.SUPPORT, {"KEN-government"}, {"International Monetary Fund"}, False, False)],
    ),
    (
        "Ghana agreed with Togo's proposal to reopen the border.",
        [(EventType.SUPPORT, {"GHA"}, {"TGO"}, False, False)],
    ),
    (
        "Ghana agreed with Togo.",
        [(EventType.AGREE, {"GHA"}, {"TGO"}, False, False)],
    ),
    (
        "Ghana agreed with Togo to reopen the border.",
        [(EventType.AGREE, {"GHA"}, {"TGO"}, False, False)],
    ),
    # A particle that makes another verb ("give up": yield) reads it in that verb's sense; the
    # bare light verb brings its object's act ("gave weapons": aid).
    (
        "Congolese rebels gave up their weapons.",
        [(EventType.CONCEDE, {"COD-rebels"}, set(), False, False)],
    ),
    (
        "The United States gave weapons to Ukraine.",
        [(EventType.AID, {"USA"}, {"UKR"}, False, False)],
    ),
    # Arms of one's own handed to the forces of order are laid down, as surrendered ones are.
    (
        "The Syrian rebels handed over their heavy weapons to Turkish troops.",
        [(EventType.RETREAT, {"SYR-rebels"}, {"TUR-military"}, False, False)],
    ),
    (
        "Russia handed over weapons to Ukraine.",
        [(EventType.AID, {"RUS"}, {"UKR"}, False, False)],
    ),
    # An act of cooperation a meeting or a visit is for is neither done nor promised: the
    # meeting is the event; signed after the meeting, it is done.
    (
        "Ghanaian and Togolese delegations met in Accra to sign a fishing accord.",
        [(EventType.CONSULT, set(), set(), False, False)],
    ),
    (
        "Senegal's President Visits Mali to Strengthen Trade Ties",
        [(EventType.CONSULT, {"SEN-government"}, {"MLI"}, False, False)],
    ),
    (
        "Kenyan and Ethiopian ministers held talks in Nairobi to expand security cooperation.",
        [(EventType.CONSULT, set(), set(), False, False)],
    ),
    # Signing or entering into an accord is one act whatever the accord is called (CAMEO's
    # SIGN and ENTER &TREATY, 057: SUPPORT); one reached is agreed (REACH &TREATY: AGREE).
    (
        "Kenya entered into a security pact with Somalia.",
        [(EventType.SUPPORT, {"KEN"}, {"SOM"}, False, False)],
    ),
    (
        "Kenya signed a trade deal with Uganda on Monday.",
        [(EventType.SUPPORT, {"KEN"}, {"UGA"}, False, False)],
    ),
    (
        "Kenya reached a deal with Uganda on Monday.",
        [(EventType.AGREE, {"KEN"}, {"UGA"}, False, False)],
    ),
    # A verb linking its subject to an adjective, or a participle after a linking verb, tells
    # a state, not an act; "got" is a passive auxiliary and keeps the act.
    ("Several opposition lawmakers remain skeptical of the president's budget.", []),
    ("Iran remained defiant over its nuclear programme.", []),
    ("The ruling party became embroiled in a dispute with the electoral commission.", []),
    (
        "Two activists got arrested in Nairobi on Monday.",
        [(EventType.COERCE, {"KEN-police"}, {"KEN-activists"}, False, False)],
    ),
    # A participle the parser reads as a verb between a count and its noun only tells the
    # noun's kind.
    ("Senator Warren has amassed 312 pledged delegates so far.", []),
    ("The former governor has amassed 412 pledged delegates so far, according to Reuters.", []),
    # "Be" with a stance's participle and what it is toward is a view held, whatever parse
    # the participle gets; with an agent it is the act of opposing.
    ("The Zambian opposition is strongly opposed to the Chinese loan.", []),
    ("Ecuador's president has long been opposed to the Chinese loan.", []),
    ("Peru is opposed to Chile's claims over the river.", []),
    (
        "The copper tax was opposed by the Zambian senate on Tuesday.",
        [(EventType.REJECT, {"ZMB-legislature"}, set(), False, False)],
    ),
    (
        "Ghana and Togo met in Accra and signed a fishing accord.",
        [
            (EventType.CONSULT, set(), set(), False, False),
            (EventType.SUPPORT, set(), set(), False, False),
        ],
    ),
    # The place visited or the one met controls no infinitive: what the visit is for is no
    # act of the place's, nor one done; one asked or invited still does what it is asked.
    (
        "The Ghanaian president visited Lome to sign an accord with Togo.",
        [(EventType.CONSULT, {"GHA-government"}, {"TGO"}, False, False)],
    ),
    (
        "Ghana invited Togo to sign an accord.",
        [(EventType.REQUEST, {"GHA"}, {"TGO"}, False, False)],
    ),
    # A fight against an ill, or by legal means, is no force, nor is a vow of one; an
    # opponent named, as object or in the fight's "against", keeps the attack.
    ("The Nigerian government is fighting corruption in the oil sector.", []),
    ("The Kenyan opposition vowed to fight the election result in court.", []),
    ("The Indian government fought the pandemic with a strict lockdown.", []),
    ("The Kenyan government is waging a war against corruption.", []),
    ("The Ghanaian president vowed to wage war on drug trafficking.", []),
    # So is a fight for a cause with no opponent; not one for a place or its control.
    ("Colombian activists have been fighting for land rights since 2010.", []),
    ("Nigerian workers fought for higher wages.", []),
    (
        "Somali clan militias have fought for years.",
        [(EventType.ASSAULT, {"SOM-armed group"}, set(), False, False)],
    ),
    (
        "Syrian rebels fought fiercely for the hills above the town.",
        [(EventType.ASSAULT, {"SYR-rebels"}, set(), False, False)],
    ),
    (
        "Libyan militias fought for the airport in Tripoli.",
        [(EventType.ASSAULT, {"LBY-armed group"}, set(), False, False)],
    ),
    (
        "Syrian rebels fought for control of the town.",
        [(EventType.ASSAULT, {"SYR-rebels"}, set(), False, False)],
    ),
    (
        "Syrian rebels fought government troops for control of the town.",
        [(EventType.ASSAULT, {"SYR-rebels"}, {"SYR-military"}, False, False)],
    ),
    (
        "Hezbollah vowed to wage war on Israel.",
        [(EventType.THREATEN, {"LBN"}, {"ISR"}, False, False)],
    ),
    (
        "Nigerian troops fought a battle in Borno.",
        [(EventType.ASSAULT, {"NGA-military"}, set(), False, False)],
    ),
    (
        "Nigerian troops fought a fierce battle with Boko Haram.",
        [(EventType.ASSAULT, {"NGA-military"}, {"NGA"}, False, False)],
    ),
    (
        "The Nigerian army vowed to fight Boko Haram.",
        [(EventType.THREATEN, {"NGA-military"}, {"NGA"}, False, False)],
    ),
    # A time told beside a fight is when it was, not what was fought.
    (
        "Fighting broke out between Armenian and Azerbaijani forces on Monday.",
        [(EventType.ASSAULT, set(), set(), False, False)],
    ),
    (
        "Clashes erupted between Malian troops and rebels near Gao on Sunday.",
        [(EventType.ASSAULT, set(), set(), False, False)],
    ),
    ("The Nigerian government fought corruption on Monday.", []),
    ("The Kenyan minister vowed on Tuesday to keep fighting corruption.", []),
    # A view of a kind of thing (a bare plural or mass noun naming no party, act or text, and
    # what is joined to it) is endorsed or criticised, no act toward anyone; a party's plan,
    # or the act a CAMEO pattern names ("resume relations"), still is.
    ("The Kenyan senator supported gun control and lower taxes.", []),
    ("The Chilean minister defended press freedom.", []),
    ("The Chilean minister defended press freedom.\nShe spoke in Valparaiso.", []),
    ("The Chilean senator supported lower taxes and the expansion of rail services.", []),
    ("Japan condemned terrorism.", []),
    (
        "The Kenyan senator supported the president's plan.",
        [(EventType.SUPPORT, {"KEN-legislature"}, {"KEN-government"}, False, False)],
    ),
    (
        "Chile and Peru resumed diplomatic relations.",
        [(EventType.SUPPORT, {"CHL", "PER"}, set(), False, False)],
    ),
    # One's own deed or record backed (a possessive of the subject's number, no person) is
    # a view of oneself; another's, or a person, is still backed.
    ("The Kenyan president defended his decision to close the border.", []),
    ("The Chilean government defended its handling of the protests.", []),
    ("Kenyan officials praised their response to the floods.", []),
    (
        "Kenya backed their proposal for a ceasefire.",
        [(EventType.SUPPORT, {"KEN"}, set(), False, False)],
    ),
    (
        "The Kenyan president defended his son.",
        [(EventType.SUPPORT, {"KEN-government"}, set(), False, False)],
    ),
    (
        "Kenya expressed its support for the pipeline.",
        [(EventType.SUPPORT, {"KEN"}, set(), False, False)],
    ),
    # Defending oneself or one's own deed against criticism rejects the criticism (CAMEO's
    # denials, REJECT), of whoever made it; another defended so is still backed.
    (
        "The Chilean government defended its pension reform against criticism from the unions.",
        [(EventType.REJECT, {"CHL-government"}, {"CHL-labour"}, False, False)],
    ),
    (
        "The Kenyan president defended himself against accusations of corruption.",
        [(EventType.REJECT, {"KEN-government"}, set(), False, False)],
    ),
    (
        "the kenyan ministry is defending its policy against criticism.",
        [(EventType.REJECT, {"KEN-government"}, set(), False, False)],
    ),
    (
        "The Kenyan president defended the police against criticism.",
        [(EventType.SUPPORT, {"KEN-government"}, {"KEN-police"}, False, False)],
    ),
    ("The Kenyan president defended his record against the storm of protests.", []),
    # A letter sent that tells what it does is the medium of that act, no contact besides
    # (the permission given codes nothing).
    (
        "Kenya sent a letter to Uganda, giving Kampala permission to reopen the border.",
        [],
    ),
    (
        "Kenya's president sent a letter to Uganda's president,"
        " urging Kampala to reopen the border.",
        [(EventType.REQUEST, {"KEN-government"}, {"UGA"}, False, False)],
    ),
    (
        "Kenya sent a letter to Uganda on Monday.",
        [(EventType.CONSULT, {"KEN"}, {"UGA"}, False, False)],
    ),
    # The subject a conjoined verb shares backs its own record as well.
    ("The Kenyan president spoke for an hour and defended his tax policies.", []),
    # A thing backed with no owner named is a view of it, as agreeing with it is; a person or
    # a named owner's thing is still backed.
    ("The Peruvian regulator defended the process at a hearing.", []),
    ("The Kenyan senator backed the reform.", []),
    (
        "The Kenyan senator welcomed the president's decision.",
        [(EventType.SUPPORT, {"KEN-legislature"}, {"KEN-government"}, False, False)],
    ),
    (
        "The Kenyan senator praised the volunteers.",
        [(EventType.SUPPORT, {"KEN-legislature"}, set(), False, False)],
    ),
    (
        "The Kenyan president thanked the nation for its patience.",
        [(EventType.SUPPORT, {"KEN-government"}, set(), False, False)],
    ),
    # A thing said is its speaker's words, backed as theirs.
    (
        "The Kenyan senator praised the announcement.",
        [(EventType.SUPPORT, {"KEN-legislature"}, set(), False, False)],
    ),
    # An assembly itself suspended or recalled has its sittings put off or called, its own
    # state's procedure, no sanction; its members suspended, a permit or aid suspended are.
    ("The Nepali king suspended parliament for five weeks.", []),
    ("Peru's congress was suspended after the president's decree.", []),
    ("The president's suspension of the Kenyan parliament drew protests.", []),
    (
        "Kenya suspended aid to Somalia.",
        [(EventType.SANCTION, {"KEN"}, {"SOM"}, False, False)],
    ),
    # People expelled who act for no state, international body or aid agency are deported
    # (COERCE); envoys, peacekeepers or aid workers expelled cut relations (SANCTION).
    (
        "Rwanda expelled a Belgian journalist.",
        [(EventType.COERCE, {"RWA"}, {"BEL-media"}, False, False)],
    ),
    (
        "Kenya expelled 40 Chinese nationals.",
        [(EventType.COERCE, {"KEN"}, {"CHN-civilians"}, False, False)],
    ),
    (
        "Chad expelled the French ambassador.",
        [(EventType.SANCTION, {"TCD"}, {"FRA-government"}, False, False)],
    ),
    (
        "Sudan expelled the UN peacekeepers.",
        [(EventType.SANCTION, {"SDN"}, {"United Nations"}, False, False)],
    ),
    # An order to one's own staff or state's body, or to no actor, exercises an office, no
    # request; an order to another side asks it to act.
    ("The Kenyan president ordered his staff to delay the payment.", []),
    ("A Kenyan judge ordered the accused remain in custody.", []),
    (
        "Russia ordered Ukraine to withdraw its troops.",
        [(EventType.REQUEST, {"RUS"}, {"UKR"}, False, False)],
    ),
    # So is an order issued to no one named (CAMEO's "issue * order"); one issued to another
    # side asks it.
    ("Ruto issued an executive order banning plastic bags.", []),
    (
        "Russia issued an order to Ukraine to withdraw its troops.",
        [(EventType.REQUEST, {"RUS"}, {"UKR"}, False, False)],
    ),
    # A clause in the simple past hung on a verb of request is an act told beside it, none
    # asked; a clause of what is to be done is asked.
    ("Chile's government ordered smaller trucks from Volvo, Peru's army ordered more rifles.", []),
    (
        "Russia demanded that Ukraine withdraw its troops.",
        [(EventType.REQUEST, {"RUS"}, {"UKR"}, False, False)],
    ),
    # A state's call on its own forces, nothing asked of them, mobilises them; another's
    # forces called upon, or one's own asked to do something, are asked.
    (
        "The Kenyan army called upon its conscripts.",
        [(EventType.MOBILIZE, {"KEN-military"}, set(), False, False)],
    ),
    (
        "Chile called on its reservists on Monday.",
        [(EventType.MOBILIZE, {"CHL"}, set(), False, False)],
    ),
    (
        "Kenya called upon Somali troops.",
        [(EventType.REQUEST, {"KEN"}, {"SOM-military"}, False, False)],
    ),
    (
        "The Kenyan president called on the police to show restraint.",
        [(EventType.REQUEST, {"KEN-government"}, {"KEN-police"}, False, False)],
    ),
    # A warning issued to no side named threatens no one; one to a side named does.
    ("The Kenyan air force issued warnings against attempts to enter the base.", []),
    (
        "Russia issued a stern warning to Ukraine against attacking Crimea.",
        [(EventType.THREATEN, {"RUS"}, {"UKR"}, False, False)],
    ),
    # So are measures announced against no one (a curfew at home); against a side named,
    # a threat (CAMEO's ANNOUNCE * MEASURES).
    ("The Peruvian government announced new curfew measures on Monday.", []),
    (
        "China announced retaliatory measures against Japan on Friday.",
        [(EventType.THREATEN, {"CHN"}, {"JPN"}, False, False)],
    ),
    # Agreeing that something is so, or on how it is, shares a view: no accord; what is to
    # be done, agreed, is one.
    ("Kenyan and Somali officials agreed that the plan was flawed.", []),
    ("The Chilean president agreed with Peru that the region needs reform.", []),
    ("Kenyan lawmakers do not all agree on how impeachment inquiries work.", []),
    (
        "Kenya agreed with Somalia that the border should reopen.",
        [(EventType.AGREE, {"KEN"}, {"SOM"}, False, False)],
    ),
    # An appeal in law asks no actor: against a court's judgement it declines to yield to it
    # (REJECT, as CAMEO's LODGE APPEAL (AGAINST SENTENCE)); made to a court alone, it is none.
    (
        "The Kenyan government appealed against the ruling of the court.",
        [(EventType.REJECT, {"KEN-government"}, {"KEN-judiciary"}, False, False)],
    ),
    (
        "The Chilean minister filed an appeal against his sentence.",
        [(EventType.REJECT, {"CHL-government"}, set(), False, False)],
    ),
    ("The Kenyan opposition leader appealed to the Supreme Court.", []),
    ("The Kenyan court heard the appeal of the former Kenyan governor.", []),
    # A court acting on an appeal tells of it, already made: no act of the appellant's.
    ("The Kenyan Supreme Court ruled on the appeal of that decision by the government.", []),
    (
        "The Kenyan government appealed to the Supreme Court against the ruling.",
        [(EventType.REJECT, {"KEN-government"}, {"KEN-judiciary"}, False, False)],
    ),
    (
        "Kenya appealed to Somalia for food aid.",
        [(EventType.REQUEST, {"KEN"}, {"SOM"}, False, False)],
    ),
    # A thing put in danger, by no party, is threatened by no one: no threat; a party that
    # threatens a thing, or an act against a party, still threatens.
    ("The protests threaten the stability of the Kenyan government.", []),
    ("The lives of Kenyan soldiers were threatened.", []),
    (
        "Iran threatened shipping in the Strait of Hormuz.",
        [(EventType.THREATEN, {"IRN"}, set(), False, False)],
    ),
    (
        "The Ugandan president threatened military action against the rebels.",
        [(EventType.THREATEN, {"UGA-government"}, {"UGA-rebels"}, False, False)],
    ),
    # A raid by the police or officials searches, coercion; by troops it is force of arms.
    (
        "Turkish police raided the homes of 40 journalists on Tuesday.",
        [(EventType.COERCE, {"TUR-police"}, {"TUR-media"}, False, False)],
    ),
    (
        "Police carried out a raid on the headquarters of the Ugandan opposition party.",
        [(EventType.COERCE, {"UGA-police"}, {"UGA-opposition"}, False, False)],
    ),
    (
        "Israeli troops raided a refugee camp in the West Bank.",
        [(EventType.ASSAULT, {"ISR-military"}, {"PSE"}, False, False)],
    ),
    # A police raid and the arrests made with it are one act, the arrest, on whom the raid
    # was where the arrest names no one; a raid by troops stays force of its own.
    (
        "Kenyan police raided a house in Mombasa and arrested two suspects.",
        [(EventType.COERCE, {"KEN-police"}, {"KEN-criminals"}, False, False)],
    ),
    (
        "Ugandan police raided the homes of opposition activists and arrested 20 members.",
        [(EventType.COERCE, {"UGA-police"}, {"UGA-opposition"}, False, False)],
    ),
    (
        "Kenyan police who raided a house in Mombasa arrested two suspects.",
        [(EventType.COERCE, {"KEN-police"}, {"KEN-criminals"}, False, False)],
    ),
    (
        "Ugandan troops raided a rebel camp near Beni and arrested 12 rebels.",
        [
            (EventType.ASSAULT, {"UGA-military"}, set(), False, False),
            (EventType.COERCE, {"UGA-military"}, {"UGA-rebels"}, False, False),
        ],
    ),
    # People captured by the state's army or police are taken into custody (an arrest);
    # captured by an armed group, or ground captured, it stays force.
    (
        "Ugandan police captured three suspects in Kampala on Friday.",
        [(EventType.COERCE, {"UGA-police"}, {"UGA-criminals"}, False, False)],
    ),
    (
        "Two insurgents were captured by Malian troops near Gao.",
        [(EventType.COERCE, {"MLI-military"}, {"MLI-rebels"}, False, False)],
    ),
    (
        "Rebels captured two Malian soldiers near Gao.",
        [(EventType.ASSAULT, {"MLI-rebels"}, {"MLI-military"}, False, False)],
    ),
    (
        "Malian troops captured the rebel-held town of Kidal.",
        [(EventType.ASSAULT, {"MLI-military"}, {"MLI-rebels"}, False, False)],
    ),
    # A relative clause whose verb makes or strikes the event noun it is said of tells that
    # act again: no attack, no second call; a verb that acts on the event stays.
    (
        "Uganda criticised the agreement Kenya struck with Somalia.",
        [(EventType.ACCUSE, {"UGA"}, {"KEN"}, False, False)],
    ),
    (
        "Kenya criticised the deal that Somalia had struck with Ethiopia.",
        [(EventType.ACCUSE, {"KEN"}, {"SOM"}, False, False)],
    ),
    (
        "A Kenyan man was arrested for a phone call he made to the Ugandan president's office.",
        [(EventType.COERCE, set(), {"KEN-civilians"}, False, False)],
    ),
    (
        "The Kenyan protest that police dispersed on Monday drew criticism.",
        [(EventType.COERCE, {"KEN-police"}, {"KEN"}, False, False)],
    ),
    # What a protest did, told with the protest as its doer, is that protest; those who
    # close something themselves still do.
    (
        "Opposition parties in Togo organised a general strike that shut down Lome.",
        [(EventType.PROTEST, {"TGO-opposition"}, set(), False, False)],
    ),
    (
        "Protests by Ghanaian farmers shut down the main road to Accra.",
        [(EventType.PROTEST, {"GHA-agriculture"}, set(), False, False)],
    ),
    (
        "The Togolese government shut down the university after the strike.",
        [(EventType.COERCE, {"TGO-government"}, set(), False, False)],
    ),
    # An apology accepted is forgiven, of whoever made it; a resignation accepted is no act
    # on the one who leaves; an invitation accepted is an intent to meet its host.
    (
        "Senegal accepted the Gambia's apology for the fishing raid.",
        [(EventType.SUPPORT, {"SEN"}, {"GMB"}, False, False)],
    ),
    ("The Peruvian president accepted the resignation of his defence minister.", []),
    (
        "Chile accepted an invitation from Peru to attend the summit.",
        [(EventType.AGREE, {"CHL"}, {"PER"}, False, False)],
    ),
    # "has alleged ties to": ties the subject holds, alleged by no one told, not an accusation
    # the subject makes of whom the ties reach; an accuser with what is alleged still accuses.
    ("The Kenyan businessman has alleged ties to al-Shabaab.", []),
    ("The Somali minister had alleged links with the pirates.", []),
    # A person dismissed is removed, as CAMEO's DISMISS &LEADER reads a leader (disapproval,
    # 110), whether named or a pronoun; a claim dismissed is rejected.
    (
        "The Kenyan president dismissed Francis Ogolla from the cabinet on Monday.",
        [(EventType.ACCUSE, {"KEN-government"}, {"Francis Ogolla"}, False, False)],
    ),
    (
        "The Kenyan president dismissed him on Monday.",
        [(EventType.ACCUSE, {"KEN-government"}, set(), False, False)],
    ),
    (
        "The Kenyan president dismissed the allegations of the opposition.",
        [(EventType.REJECT, {"KEN-government"}, {"KEN-opposition"}, False, False)],
    ),
    # A siege laid is a blockade (CAMEO's BESIEGE, 191: COERCE); a wreath laid is no act.
    (
        "Ethiopian troops have laid siege to the rebel-held town of Mekele.",
        [(EventType.COERCE, {"ETH-military"}, {"ETH-rebels"}, False, False)],
    ),
    ("The Kenyan president laid a wreath at the memorial.", []),
    (
        "Kenya alleged Ugandan involvement in the raid.",
        [(EventType.ACCUSE, {"KEN"}, {"UGA"}, False, False)],
    ),
    # Legal outcomes, as CAMEO codes them: a sentence or a conviction upheld is the court's
    # sentence (SANCTION); a ban upheld is the court's ruling, no act between sides (none); an
    # acquittal eases the legal action as a verdict of innocence and a conviction overturned
    # do (CONCEDE).
    (
        "The Egyptian appeals court upheld the conviction of the former president.",
        [(EventType.SANCTION, {"EGY-judiciary"}, {"EGY-elites"}, False, False)],
    ),
    (
        "An Egyptian appeals court upheld the sentence of the opposition leader.",
        [(EventType.SANCTION, {"EGY-judiciary"}, {"EGY-opposition"}, False, False)],
    ),
    ("Kenya's high court upheld the ban on the opposition party.", []),
    (
        "A Kenyan military court acquitted two Egyptian soldiers.",
        [(EventType.CONCEDE, {"KEN-judiciary"}, {"EGY-military"}, False, False)],
    ),
    (
        "The former minister was acquitted by a Kenyan court.",
        [(EventType.CONCEDE, {"KEN-judiciary"}, {"KEN-elites"}, False, False)],
    ),
    (
        "The Kenyan court overturned the conviction of the opposition leader.",
        [(EventType.CONCEDE, {"KEN-judiciary"}, {"KEN-opposition"}, False, False)],
    ),
    ("The audit vindicated the Kenyan finance minister.", []),
    # A blockade or a siege lifted, eased or ended is a military step back (CAMEO's LIFT *
    # BLOCKADE 0872, END * BLOCKADE 087: RETREAT); a curfew lifted is a concession (081).
    (
        "Ethiopian troops lifted their siege of the rebel-held town.",
        [(EventType.RETREAT, {"ETH-military"}, {"ETH-rebels"}, False, False)],
    ),
    (
        "Saudi Arabia ended its blockade of Qatar.",
        [(EventType.RETREAT, {"SAU"}, {"QAT"}, False, False)],
    ),
    (
        "Israel relaxed the blockade of Gaza.",
        [(EventType.RETREAT, {"ISR"}, {"PSE"}, False, False)],
    ),
    (
        "Saudi Arabia brought its blockade of Qatar to an end.",
        [(EventType.RETREAT, {"SAU"}, {"QAT"}, False, False)],
    ),
    ("Kenya lifted the curfew in Nairobi.", [(EventType.CONCEDE, {"KEN"}, set(), False, False)]),
    # An invasion "of" people at large is a crowd moving in, no act of arms; of a place, or of
    # a force, it is one.
    ("The pamphlet spoke of an invasion of Hispanic people into the United States.", []),
    ("The leaflet described an invasion of migrants into Italy as a threat.", []),
    (
        "The invasion of Kuwait by Iraq began in August.",
        [(EventType.ASSAULT, {"IRQ"}, {"KWT"}, False, False)],
    ),
    (
        "The invasion of Iraqi troops into Kuwait began in August.",
        [(EventType.ASSAULT, set(), {"KWT"}, False, False)],
    ),
    # Kidnapping is violence (CAMEO 181, ASSAULT abduct in PLOVER's table) by verb or noun,
    # whichever CAMEO pattern the object meets; an arrest stays force short of it (COERCE).
    (
        "Colombian guerrillas kidnapped a Venezuelan mayor near the border.",
        [(EventType.ASSAULT, {"COL-rebels"}, {"VEN-government"}, False, False)],
    ),
    (
        "The abduction of two Nigerian priests by gunmen angered the bishops.",
        [(EventType.ASSAULT, {"NGA-armed group"}, {"NGA-religion"}, False, False)],
    ),
    (
        "The Turkish police detained two Syrian journalists in Ankara.",
        [(EventType.COERCE, {"TUR-police"}, {"SYR-media"}, False, False)],
    ),
    # Hijacking is too, of a vessel, an aircraft or a vehicle; of what no one rides, figurative.
    (
        "Somali pirates hijacked a Greek oil tanker off the coast of Yemen.",
        [(EventType.ASSAULT, {"SOM-armed group"}, {"GRC-business"}, False, False)],
    ),
    (
        "Militants hijacked two trucks of the Nigerian army.",
        [(EventType.ASSAULT, {"NGA-rebels"}, {"NGA-military"}, False, False)],
    ),
    ("Hackers hijacked the Twitter account of the Venezuelan president.", []),
    ("The opposition hijacked the election, the Kenyan president said.", []),
    ("The United States' hijacking of the trade talks angered Japan.", []),
    (
        "The hijacking of an Indian airliner by Pakistani militants shocked Delhi.",
        [(EventType.ASSAULT, {"PAK-rebels"}, {"IND-civilians"}, False, False)],
    ),
    # Held or kept people hostage: a hostage-taking (CAMEO's HOLD * &HOSTAGE, 181: an abduction,
    # ASSAULT), whether the parse makes the hostage the object or a small clause on them.
    (
        "Somali gunmen held the Ethiopian doctors hostage for three months.",
        [(EventType.ASSAULT, {"SOM-armed group"}, {"ETH-health"}, False, False)],
    ),
    (
        "Malian jihadists kept the Swiss missionary hostage for years.",
        [(EventType.ASSAULT, {"MLI-armed group"}, {"CHE-civilians"}, False, False)],
    ),
    (
        "Boko Haram kept them hostage in the forest.",
        [(EventType.ASSAULT, {"NGA"}, set(), False, False)],
    ),
    # Warned of such a crowd moving in: a comment on a flow of people, no threat; warned of
    # a force's invasion, a threat.
    ("The Slovak premier warned of an invasion of migrants.", []),
    ("Salvini warned Brussels against an invasion of tourists.", []),
    (
        "The Latvian premier warned of an invasion of Russian troops.",
        [(EventType.THREATEN, {"LVA-government"}, set(), False, False)],
    ),
    # Force done by those in politics unarmed to a person or a body of politics, nothing
    # armed in its clause: criticism where CAMEO reads the verb so, else pressure, no act; a
    # crowd of a faction and an armed group besiege.
    ("The Zambian cabinet had been besieged by the opposition for a month.", []),
    (
        "The Malawian president was attacked by opposition lawmakers over the drought.",
        [(EventType.ACCUSE, {"MWI-legislature"}, {"MWI-government"}, False, False)],
    ),
    (
        "Opposition supporters besieged the Malawian parliament.",
        [(EventType.COERCE, {"MWI-opposition"}, {"MWI-legislature"}, False, False)],
    ),
    (
        "The Taliban besieged the governor of Kunar.",
        [(EventType.COERCE, {"AFG"}, {"AFG-government"}, False, False)],
    ),
    # What a warning's object names is no one warned where it names no one: the clause told
    # of; harm warned of that its words make another's foretells it, threatens none.
    (
        "Chile's trade minister has warned the failure of the region to act will leave nothing"
        " to sell, as Peru cuts its prices.",
        [],
    ),
    ("The Estonian premier warned of raids by Russian hackers on the power grid.", []),
    ("Kenya's defence minister warned of a Somali offensive on the border towns.", []),
    (
        "Colombia warned Venezuela of a harsh response by its army.",
        [(EventType.THREATEN, {"COL"}, {"VEN"}, False, False)],
    ),
    # Warned of a danger with no one warned: advice, as CAMEO's WARN OF RISK (012); of harm
    # a warning announces, whatever its modifier, or against another's act: a threat.
    ("The Chilean health ministry warned of a measles outbreak in Santiago.", []),
    ("The Ghanaian finance minister warned of a recession.", []),
    (
        "The Sudanese army warned of military action.",
        [(EventType.THREATEN, {"SDN-military"}, set(), False, False)],
    ),
    (
        "Beijing warned against foreign interference in Taiwan.",
        [(EventType.THREATEN, {"CHN"}, set(), False, False)],
    ),
    # A warning with no one warned and nothing warned of in its own words tells its content
    # in the clause it hangs on or in the words before: the verb alone threatens no one; a
    # warning to a side named does.
    (
        "The dam could burst within days, the Kenyan interior minister warned, and thousands"
        " could lose their homes.",
        [],
    ),
    ("Peru's health minister spoke on Monday. Heat kills, she warned.", []),
    ("The Chilean foreign minister warned.", []),
    (
        "Iran warned the United States on Sunday.",
        [(EventType.THREATEN, {"IRN"}, {"USA"}, False, False)],
    ),
    # A war warned of threatens force where the speaker names whom it would fight: the one
    # warned, the war's other side, or what would set it off; else it foresees a war. A
    # crisis warned of blames no one.
    ("The Norwegian foreign minister warned of war in the Arctic.", []),
    ("Bolivia's president warned of a deepening crisis in the mines.", []),
    (
        "Venezuela warned Guyana of war over the oil fields.",
        [(EventType.THREATEN, {"VEN"}, {"GUY"}, False, False)],
    ),
    (
        "Ethiopia warned of war if Egypt attacked the dam.",
        [(EventType.THREATEN, {"ETH"}, {"EGY"}, False, False)],
    ),
    # Forces or goods sent to further an aid effort are humanitarian aid, done as told, to the
    # state the effort is in; sent for an act that is no aid, they move for it.
    (
        "Japan sent two navy ships to support the relief effort in the Philippines.",
        [(EventType.AID, {"JPN"}, {"PHL"}, False, False)],
    ),
    (
        "Canada sent troops to help the relief operation in Haiti.",
        [(EventType.AID, {"CAN"}, {"HTI"}, False, False)],
    ),
    (
        "Turkey sent rescue teams to help the relief effort in Albania.",
        [(EventType.AID, {"TUR"}, {"ALB"}, False, False)],
    ),
    (
        "Russia sent troops to seize the relief convoy in Syria.",
        [
            (EventType.MOBILIZE, {"RUS"}, set(), False, False),
            (EventType.COERCE, {"RUS"}, {"SYR"}, False, False),
        ],
    ),
    # Sums of no party held still are a measure of the economy, no sanction; a party's, or
    # one sent to a party, are sanctioned.
    ("The Greek government froze pensions until 2020.", []),
    ("The Nigerian government froze fuel prices after the protests.", []),
    (
        "The United States froze Iran's funds.",
        [(EventType.SANCTION, {"USA"}, {"IRN"}, False, False)],
    ),
    (
        "The World Bank suspended loans to Kenya.",
        [(EventType.SANCTION, {"World Bank"}, {"KEN"}, False, False)],
    ),
    # So is such a measure lifted or eased, whichever words name the sum: no concession; one on
    # a party's sum, or a restriction on a party, is eased for the party.
    ("The Portuguese government lifted the pay freeze for Portuguese nurses.", []),
    ("The Chilean government lifted the cap on pensions.", []),
    ("The Moroccan government eased price controls on bread.", []),
    (
        "The Canadian government lifted the freeze on Venezuelan assets.",
        [(EventType.CONCEDE, {"CAN-government"}, {"VEN"}, False, False)],
    ),
    (
        "Chile lifted the ban on Peruvian fruit.",
        [(EventType.CONCEDE, {"CHL"}, {"PER"}, False, False)],
    ),
    # A verb of accusing that may levy, whose object is a sum not told of before, levies it:
    # no one is accused; a sum told of is what is condemned, and a verb of accusing that
    # levies nothing criticises what it names.
    ("The Peruvian government will charge a fee for visas.", []),
    (
        "The Kenyan opposition condemned the new fuel tax.",
        [(EventType.ACCUSE, {"KEN-opposition"}, set(), False, False)],
    ),
    (
        "The Kenyan opposition criticised the government's fuel tax.",
        [(EventType.ACCUSE, {"KEN-opposition"}, {"KEN-government"}, False, False)],
    ),
    ("Mexican police charged drivers 200 pesos at the checkpoint.", []),
    # Talks hosted between sides are mediated (CAMEO 045): the host consults both; hosting
    # them told ahead by the news is on the calendar, not yet held.
    (
        "Oman hosted talks between Iran and the United States.",
        [(EventType.CONSULT, {"OMN"}, {"IRN", "USA"}, False, False)],
    ),
    (
        "Oman will host talks between Iran and the United States.",
        [(EventType.CONSULT, {"OMN"}, {"IRN", "USA"}, False, True)],
    ),
    (
        "Kenyan prosecutors charged the governor with fraud.",
        [(EventType.ACCUSE, {"KEN-judiciary"}, {"KEN-government"}, False, False)],
    ),
    # A post given up is no concession to the body left, whose name may hold words of its own;
    # pledged, no more. What a concession gives up may still be owed to a party, and a
    # measure lifted from a party eases it.
    (
        "The Norwegian diplomat resigned from the International Criminal Court.",
        [(EventType.CONCEDE, {"NOR-government"}, set(), False, False)],
    ),
    (
        "A Ghanaian judge stepped down from the African Court on Human Rights.",
        [(EventType.CONCEDE, {"GHA-judiciary"}, set(), False, False)],
    ),
    (
        "The Norwegian diplomat promised to step down from the International Criminal Court.",
        [(EventType.CONCEDE, {"NOR-government"}, set(), False, False)],
    ),
    (
        "Bolivia backed down from its demand to Chile.",
        [(EventType.CONCEDE, {"BOL"}, {"CHL"}, False, False)],
    ),
    (
        "The United States lifted the travel ban from Niger.",
        [(EventType.CONCEDE, {"USA"}, {"NER"}, False, False)],
    ),
    # A verb of force whose object is how one is or feels, or what is said, is an idiom; a
    # party's positions struck, or control of a town seized, stay.
    ("The Brazilian president struck a conciliatory tone toward Argentina.", []),
    ("The Kenyan foreign minister struck a balance between China and India.", []),
    ("A defiant note was struck by the Ghanaian president against Togo.", []),
    (
        "Turkish jets struck Kurdish militant positions in northern Iraq.",
        [(EventType.ASSAULT, {"TUR"}, {"IRQ-armed group"}, False, False)],
    ),
    (
        "Rebels seized control of the Malian town of Gao.",
        [(EventType.ASSAULT, {"MLI-rebels"}, {"MLI"}, False, False)],
    ),
    # Control taken of a town is seized as control seized is (CAMEO's TAKE * CONTROL +,
    # 192: ASSAULT, as PLOVER's gold codes a stronghold captured); of a company by a private
    # buyer, no party acts.
    (
        "Rebels took control of the Malian town of Gao.",
        [(EventType.ASSAULT, {"MLI-rebels"}, {"MLI"}, False, False)],
    ),
    ("A Chadian investor took control of the company last year.", []),
    # Control taken or seized of a body (won in a vote) or of a thing is no ground seized;
    # of a town the parse leaves unnamed, or of a building in a city, it is.
    ("The Kenyan opposition took control of the Senate after the elections.", []),
    ("Zambian opposition parties seized control of parliament in the vote.", []),
    ("Kenyan firefighters took control of the blaze on Sunday.", []),
    (
        "Malian rebels seized control of Timbuktu on Sunday.",
        [(EventType.ASSAULT, {"MLI-rebels"}, set(), False, False)],
    ),
    (
        "Ukrainian separatists took control of the administration building in Donetsk.",
        [(EventType.ASSAULT, {"UKR-rebels"}, {"UKR-government"}, False, False)],
    ),
    # Of a state's executive arm, it is a coup.
    (
        "The Guinean army took control of the government on Sunday.",
        [(EventType.ASSAULT, {"GIN-military"}, {"GIN-government"}, False, False)],
    ),
    # Control of ground regained or wrested, and ground taken over, are seized alike; whom
    # its "from" names it is taken from. Not control of a body or a thing, nor a business or
    # a post taken over.
    (
        "Afghan troops regained control of the town of Kunduz from the Taliban.",
        [(EventType.ASSAULT, {"AFG-military"}, {"AFG"}, False, False)],
    ),
    (
        "Rebels wrested control of the Malian town of Kidal from the army.",
        [(EventType.ASSAULT, {"MLI-rebels"}, {"MLI-military"}, False, False)],
    ),
    (
        "Houthi rebels took over the Yemeni port city of Hodeidah.",
        [(EventType.ASSAULT, {"YEM"}, {"YEM"}, False, False)],
    ),
    ("The Chadian opposition regained control of parliament.", []),
    ("The Kenyan opposition regained control of the city council.", []),
    ("The ruling party gained control of twelve Kenyan districts in the local elections.", []),
    ("The Kenyan pilot regained control of the plane.", []),
    ("A Kenyan businessman took over the bank in May.", []),
    ("The Nigerian governor took over as party chairman in May.", []),
    ("Aid workers said the drought could take over whole villages.", []),
    # A court's or a judge's refusal or accord is its ruling in a case, no act between sides;
    # its verdict stays a sanction, and others' refusal of a ruling stays theirs.
    ("The Ghanaian Supreme Court rejected the opposition's appeal.", []),
    ("A Nigerian judge rejected the Nigerian government's request.", []),
    ("The petition was dismissed by a Zambian court.", []),
    ("The Constitutional Court of Peru agreed to hear the opposition's case.", []),
    (
        "The Ghanaian opposition rejected the court's ruling.",
        [(EventType.REJECT, {"GHA-opposition"}, {"GHA-judiciary"}, False, False)],
    ),
    # A visit cancelled or put off cuts relations as the act of a political side, with the
    # side it was to be made to; a visit called off was never made; one ended was.
    (
        "The Chilean president called off his visit to Peru.",
        [(EventType.SANCTION, {"CHL-government"}, {"PER"}, False, False)],
    ),
    (
        "The Chilean president postponed his trip to Peru.",
        [(EventType.SANCTION, {"CHL-government"}, {"PER"}, False, False)],
    ),
    ("The singer cancelled her tour of Peru.", []),
    ("The visit to Peru was cancelled.", []),
    (
        "The Chilean president ended his visit to Peru on Friday.",
        [(EventType.CONSULT, {"CHL-government"}, {"PER"}, False, False)],
    ),
    # A waiver or an exemption from a sanction eases it for a party (CAMEO's 081, 085): the
    # sanction it governs is no sanction imposed.
    (
        "Chile granted Peru a waiver from the copper tariffs on Monday.",
        [(EventType.CONCEDE, {"CHL"}, {"PER"}, False, False)],
    ),
    (
        "Kenya gave Uganda a six-month waiver from its sanctions on Sudanese oil.",
        [(EventType.CONCEDE, {"KEN"}, {"UGA"}, False, False)],
    ),
    (
        "The Kenyan government announced an exemption from the tariffs for Ugandan sugar.",
        [(EventType.CONCEDE, {"KEN-government"}, set(), False, False)],
    ),
    # A debt forgiven is aid, agreed to or done (PLOVER's codebook); an offer of it, or a loan
    # pledged, is a promise of aid.
    (
        "Kenya agreed to cancel the debt of Somalia.",
        [(EventType.AID, {"KEN"}, {"SOM"}, False, False)],
    ),
    (
        "Chile pledged to write off $300 million of Bolivia's debt.",
        [(EventType.AID, {"CHL"}, {"BOL"}, False, False)],
    ),
    (
        "Kenya offered to cancel the debt of Somalia.",
        [(EventType.AGREE, {"KEN"}, {"SOM"}, False, False)],
    ),
    (
        "Chile pledged to lend $300 million to Bolivia.",
        [(EventType.AGREE, {"CHL"}, {"BOL"}, False, False)],
    ),
    # A retreat from an aim, a plan or from doing something yields (CAMEO's block of
    # retreating alone, 080); forces withdrawing, or a step back from a hostile act, retreat.
    (
        "Chile retreated from its demand for a new vote in the border region.",
        [(EventType.CONCEDE, {"CHL"}, set(), False, False)],
    ),
    (
        "The Kenyan opposition retreated from its plan to boycott the election.",
        [(EventType.CONCEDE, {"KEN-opposition"}, set(), False, False)],
    ),
    (
        "The Ghanaian ruling party withdrew from nominating the minister as its candidate.",
        [(EventType.CONCEDE, {"GHA-government"}, set(), False, False)],
    ),
    # So does a text withdrawn, by the verb or its noun: a bill is no force pulled back.
    (
        "The Zambian government withdrew the land bill after the riots.",
        [(EventType.CONCEDE, {"ZMB-government"}, set(), False, False)],
    ),
    (
        "Malawi's president announced the withdrawal of the tax decree.",
        [(EventType.CONCEDE, {"MWI-government"}, set(), False, False)],
    ),
    (
        "Ghana announced the withdrawal of its troops from Mali.",
        [(EventType.RETREAT, {"GHA"}, {"MLI"}, False, False)],
    ),
    (
        "Peruvian troops retreated from the border town.",
        [(EventType.RETREAT, {"PER-military"}, set(), False, False)],
    ),
    (
        "Chadian rebels withdrew from fighting in the north.",
        [(EventType.RETREAT, {"TCD-rebels"}, set(), False, False)],
    ),
    # An approval (CAMEO's block of approving) with no party besides the approver is a body
    # passing its own measure, no accord; another's proposal approved stays one.
    ("The Zambian cabinet approved the plan on Monday.", []),
    ("The Malawian parliament approved the spending deal on Thursday.", []),
    (
        "The Zambian parliament approved Malawi's proposal to share the lake.",
        [(EventType.AGREE, {"ZMB-legislature"}, {"MWI"}, False, False)],
    ),
    # One's own activity suspended, told ahead, threatens no one, whoever else the
    # possessive could stand for read alone.
    (
        "Zambian Governor Mary Banda won the primary in Lusaka. She came in first. Reporters "
        "said that Senator Grace Mwila would be suspending her campaign.",
        [],
    ),
    # So is work of no kind and no owner stopped: a mission's own; a programme named by what
    # it does stays a sanction.
    ("The Chilean consulate in Lima suspended operations and told citizens to stay home.", []),
    ("Chile suspended the aid programme.", [(EventType.SANCTION, {"CHL"}, set(), False, False)]),
    # An apology denied, to no one named or to a party, is no act done.
    ("We make no apology for our policy on drought, the Zambian president said.", []),
    ("Zambia made no apology to Malawi for the raid.", []),
    # People told only as unknown are an armed group where they do violence, not otherwise.
    ("Unknown persons donated food to the refugees in Kakuma, Kenya.", []),
    (
        "Hooded men protested outside the Kenyan parliament.",
        [(EventType.PROTEST, {"KEN-civilians"}, set(), False, False)],
    ),
    # Torching is force done (CAMEO files "torch" with "bomb" and "fire", 190), whatever is
    # set ablaze; a flag torched stays a protest (TORCH * FLAG, 141).
    (
        "Zambian rebels torched two houses in Kitwe on Friday.",
        [(EventType.ASSAULT, {"ZMB-rebels"}, set(), False, False)],
    ),
    (
        "Zambian protesters torched a Malawian flag in Lusaka.",
        [(EventType.PROTEST, {"ZMB-protesters"}, {"MWI"}, False, False)],
    ),
    # Force used is force done (CAMEO's USE * &WEAPON, 175; 190), no forces readied.
    (
        "Zambian police used force against opposition supporters in Kitwe.",
        [(EventType.ASSAULT, {"ZMB-police"}, {"ZMB-opposition"}, False, False)],
    ),
    # A journey made on a visit is the visit, to the state it goes to, as one made for it.
    (
        "The Chilean foreign minister arrived in Lima on Sunday on a two-day official visit.",
        [(EventType.CONSULT, {"CHL-government"}, {"PER"}, False, False)],
    ),
    # So is a party that is on a visit, or on strike: the act under way; not a thing that is
    # "on" an act (its topic), nor a party on the verge of one.
    (
        "The Chilean foreign minister is on a three-day visit to Peru.",
        [(EventType.CONSULT, {"CHL-government"}, {"PER"}, False, False)],
    ),
    ("The Chilean report was on the visit to Peru.", []),
    ("Chile and Peru were on the verge of a deal on the border.", []),
    # A guest welcomed or received, named or by office, is hosted (CAMEO's WELCOME (TO),
    # RECEIVE * MINISTERS: 043), not praised; a thing welcomed, or refugees, stay support.
    (
        "The Chilean president welcomed Peruvian President Dina Boluarte to Santiago on Monday.",
        [(EventType.CONSULT, {"CHL-government"}, {"Dina Boluarte"}, False, False)],
    ),
    (
        "The Chilean president welcomed the visiting Peruvian premier on Monday.",
        [(EventType.CONSULT, {"CHL-government"}, {"PER-government"}, False, False)],
    ),
    (
        "The Chilean president received Peruvian President Dina Boluarte in Santiago on Monday.",
        [(EventType.CONSULT, {"CHL-government"}, {"Dina Boluarte"}, False, False)],
    ),
    (
        "Peruvian President Dina Boluarte was received by the Chilean president in Santiago.",
        [(EventType.CONSULT, {"CHL-government"}, {"Dina Boluarte"}, False, False)],
    ),
    (
        "Chile welcomed thousands of Peruvian refugees to the country.",
        [(EventType.SUPPORT, {"CHL"}, {"PER-refugees"}, False, False)],
    ),
    (
        "The Chilean president welcomed the Peruvian decision to reopen the border.",
        [(EventType.SUPPORT, {"CHL-government"}, {"PER"}, False, False)],
    ),
    # An office holder welcomed is a guest where told visiting or brought somewhere, as
    # above; one new in office is welcomed into it, no visit. An envoy received is hosted.
    (
        "Chile welcomed the new Peruvian president.",
        [(EventType.SUPPORT, {"CHL"}, {"PER-government"}, False, False)],
    ),
    (
        "The Chilean president received the Peruvian ambassador in Santiago.",
        [(EventType.CONSULT, {"CHL-government"}, {"PER-government"}, False, False)],
    ),
    # A delegate may be one a candidate wins in a primary, no guest.
    ("The Chilean senator received the other delegate in Iowa.", []),
    # Measures slapped on a party are imposed on it, as "slapped sanctions" (CAMEO's SLAP *
    # SANCTIONS, 163) is; a person slapped is struck.
    (
        "Chile slapped an embargo on Peru in 1879.",
        [(EventType.SANCTION, {"CHL"}, {"PER"}, False, False)],
    ),
    (
        "Chile slapped tariffs on Peruvian copper on Monday.",
        [(EventType.SANCTION, {"CHL"}, {"PER"}, False, False)],
    ),
    (
        "A Chilean policeman slapped a Peruvian protester in Santiago.",
        [(EventType.ASSAULT, {"CHL-police"}, {"PER-opposition"}, False, False)],
    ),
]


# Verbs read in their sense (stop 64): ground seized is taken by force as ground captured
# is (192: ASSAULT, not the table's COERCE), property seized stays a seizure; forces keeping
# a presence take nothing.
SENSES = [
    (
        "Malian rebels seized the town of Gao on Sunday.",
        [(EventType.ASSAULT, {"MLI-rebels"}, set(), False, False)],
    ),
    (
        "Malian rebels captured the town of Gao on Sunday.",
        [(EventType.ASSAULT, {"MLI-rebels"}, set(), False, False)],
    ),
    (
        "Chadian troops occupied the village of Bol.",
        [(EventType.ASSAULT, {"TCD-military"}, {"TCD-civilians"}, False, False)],
    ),
    (
        "Chadian troops took the town of Bol on Sunday.",
        [(EventType.ASSAULT, {"TCD-military"}, set(), False, False)],
    ),
    (
        "Kenyan police seized the offices of the opposition newspaper.",
        [(EventType.COERCE, {"KEN-police"}, {"KEN-opposition"}, False, False)],
    ),
    ("Russia maintains forces in Transnistria.", []),
    ("The Chadian army has taken decisive action to protect its soldiers.", []),
    # Withdrawing from a deal, a pact or a coalition cuts relations (WITHDRAW (FROM &TREATY),
    # 161: SANCTION), no military retreat; troops withdrawn stay a retreat.
    (
        "Chile withdrew from its trade deal with Argentina on Tuesday.",
        [(EventType.SANCTION, {"CHL"}, {"ARG"}, False, False)],
    ),
    (
        "Peru pulled out of the fishing agreement with Ecuador.",
        [(EventType.SANCTION, {"PER"}, {"ECU"}, False, False)],
    ),
    (
        "Chile withdrew its troops from Bolivia.",
        [(EventType.RETREAT, {"CHL"}, {"BOL"}, False, False)],
    ),
    # Exercises of one side raise readiness (PLOVER: MOBILIZE); joint ones, or held with a
    # partner, are military cooperation.
    (
        "The Indian navy held exercises in the Arabian Sea.",
        [(EventType.MOBILIZE, {"IND-military"}, set(), False, False)],
    ),
    (
        "Japan held naval exercises with Australia in the Pacific.",
        [(EventType.COOPERATE, {"JPN"}, {"AUS"}, False, False)],
    ),
    # Hostages freed by a state's forces, or from captors named, are rescued (PLOVER: AID);
    # captives let go by those who held them are released (RETREAT).
    (
        "Somali troops freed five hostages kidnapped by al-Shabaab.",
        [
            (EventType.AID, {"SOM-military"}, set(), False, False),
            (EventType.ASSAULT, {"SOM"}, set(), False, False),
        ],
    ),
    (
        "Chad freed the hostages held by Boko Haram.",
        [(EventType.AID, {"TCD"}, set(), False, False)],
    ),
    (
        "Al-Shabaab freed two Kenyan teachers on Sunday.",
        [(EventType.RETREAT, {"SOM"}, {"KEN-education"}, False, False)],
    ),
    (
        "The Kenyan government freed 300 political prisoners on Friday.",
        [(EventType.RETREAT, {"KEN-government"}, {"KEN-opposition"}, False, False)],
    ),
    # A petition filed is a case brought (FILE * PETITION as FILE * CASE, 115: ACCUSE); one
    # made to a party asks it.
    (
        "The Kenyan opposition filed a petition against the election commission.",
        [(EventType.ACCUSE, {"KEN-opposition"}, {"KEN-government"}, False, False)],
    ),
    (
        "Kenyan farmers petitioned the government to withdraw the tax.",
        [(EventType.REQUEST, {"KEN-agriculture"}, {"KEN-government"}, False, False)],
    ),
    # An infinitive on a thing asked for tells its use, no act bidden of anyone (Norway is
    # not asked to eat); on forces, it bids.
    (
        "Norway's prime minister posted on Twitter asking for places to eat on the drive to Oslo.",
        [],
    ),
    (
        "Kenya asked Uganda for troops to deploy in Somalia.",
        [(EventType.REQUEST, {"KEN"}, {"UGA"}, False, False)],
    ),
    # A party stood by is a partner, no one threatened.
    ("The EU pledged to stand by Kyiv against Moscow.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), SENSES)
def test_verbs_read_in_their_sense(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _events(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_event_types(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _events(sentence) == expected


def test_another_sides_retreat_agreed_to_is_no_concession() -> None:
    # Russia's withdrawal is Russia's act: Ukraine agreeing to it concedes nothing.
    events = _events("Ukraine agreed to Russia's withdrawal from Kherson.")
    assert (EventType.AGREE, {"UKR"}, {"RUS"}, False, False) in events
    assert all(e[0] is not EventType.CONCEDE for e in events)


def test_the_force_of_the_law_vowed_is_no_threat_of_arms() -> None:
    # The law's force used against someone is coercion short of arms (CAMEO 17), not the
    # armed forces the noun "force" names under a light verb.
    text = "The Zambian minister promised to use the full force of the law against thieves."
    (result,) = extract_events([Article(id="a1", text=text, format="text")])
    assert [(e.type, e.mode) for e in result.events] == [(EventType.THREATEN, "coercion")]


def _given_way(text: str) -> list[tuple[object, ...]]:
    (result,) = extract_events([Article(id="a1", text=text, format="text")])
    names = {a.id: a.name for a in result.actors}
    return [
        (e.type, e.mode, [names[i] for i in e.source], [names[i] for i in e.target])
        for e in result.events
    ]


def test_a_pardon_or_clemency_granted_is_a_release() -> None:
    # The state's pardon, clemency or commutation, by its verb or its noun under a light
    # verb, frees the one it names (PLOVER's CONCEDE, mode release), source the granter.
    release = (EventType.CONCEDE, "release")
    for text, target in (
        ("The Ghanaian president granted Kofi Mensah a full pardon.", ["Kofi Mensah"]),
        ("The Ghanaian president granted clemency to Kofi Mensah.", ["Kofi Mensah"]),
        ("Kofi Mensah was granted clemency by the Ghanaian president.", ["Kofi Mensah"]),
        ("The Ghanaian president commuted the sentence of Kofi Mensah.", ["Kofi Mensah"]),
        ("The Ghanaian president issued nine pardons and two commutations.", []),
    ):
        ((etype, mode, source, got),) = _given_way(text)
        assert ((etype, mode), source, got) == (release, ["Ghana government"], target), text


def test_a_pardon_asked_for_or_given_privately_is_no_release() -> None:
    # Asked for, a pardon is an appeal; one person forgiving another is no political act.
    ((etype, _, _, _),) = _given_way("Lawyers for Kofi Mensah asked the president for a pardon.")
    assert etype is EventType.REQUEST
    assert _given_way("The singer granted her former manager a pardon for the theft.") == []
