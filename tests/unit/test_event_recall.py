"""Acts the coder used to miss on unseen news: arms fired at a target, an act named in a
package, a headline's verb known only to the CAMEO dictionary, a subpoena, people hanged,
rounded up or released by the dozen, arms laid down, warplanes pounding, an airstrike that
hit, a death in an attack, thousands of protesters gathering, prisoners swapped, an accord
signed on to, an attack's doer after a comma, a fine, an answer a gerund tells, someone
placed under arrest or the target of an act, a reaction that came from someone or drew
rebukes from someone, one on hunger strike, captives freed with no one told freeing them,
the sides of a deed told by "between", an act the news follows from ("a day after Sudan
swapped prisoners"), an attack claimed by a bare claim of responsibility or as a claim's
object, a bomb going off or
a passive with its time told ("was on Monday arrested"), an attack attributed to someone, a
car driven into people, a state's protest drawn by a deed, a state's forces killed where no
cause is told or by a munition their vehicle hit, a projectile slamming into a camp, a thing
acted on whose owner a participle names, an office-holder impeached, a vote of no confidence
passed, forces leaving a country or disbanding, a party's act named a fault, an attack in a
town of a state the article names, munitions landing, a withdrawal of one's own forces named
by its noun, force on a town of a state the article names, a drone hitting a building, an
attack orchestrated or masterminded, force on a gathering, arms fired or launched that hit
something (told by a participle or, where the parse makes that the verb, by its conjunct), an
act survived or withstood by the one it was done to, an act a passive gerund told with its
doer did to one who then died ("died after being beaten by police"), a protest named by its
South Asian word or done to protest something, a party's workers named by its initials, an
act done again ("recaptured"), property looted, a bombing whose doer is untold or told only by
a pronoun or a name no actor is made of, an attack told by its noun in passing; with the real
English model."""

from datetime import UTC, date, datetime

import pytest

from graph.models import Article, EventType
from ingest.nlp.lexicon import load_lexicon
from ingest.nlp.pipeline import extract_events
from tests.unit.test_event_assertion import _events, _key

# (sentence, expected events as (type, source, target, negated, hypothetical))
CASES = [
    # Arms fired or launched at, into or toward a target attack it (CAMEO's 19x).
    (
        "Venezuela fired missiles at Colombian border posts on Sunday.",
        [(EventType.ASSAULT, {"VEN"}, {"COL"}, False, False)],
    ),
    (
        "Armenian forces launched drones toward Azerbaijani villages.",
        [(EventType.ASSAULT, {"ARM-military"}, {"AZE-civilians"}, False, False)],
    ),
    (
        "Eritrea fired a barrage of shells into the Ethiopian camp.",
        [(EventType.ASSAULT, {"ERI"}, {"ETH"}, False, False)],
    ),
    (
        "Serbia launched missiles targeting Kosovar police stations.",
        [(EventType.ASSAULT, {"SRB"}, {"XKX-police"}, False, False)],
    ),
    # "fire" alone aims at whom its preposition names.
    (
        "Bolivian police fired on protesters near La Paz.",
        [(EventType.ASSAULT, {"BOL-police"}, {"BOL-protesters"}, False, False)],
    ),
    # At no actor, or no arms, no attack.
    ("Pakistan fired two missiles into the ocean during the drill.", []),
    # So too the dictionary's own "fire ROCKET (INTO +)": at no actor, no attack.
    ("Pakistan fired two rockets into the ocean during the drill.", []),
    (
        "Syrian troops fired rockets at Turkish border villages.",
        [(EventType.ASSAULT, {"SYR-military"}, {"TUR-civilians"}, False, False)],
    ),
    ("The carmaker fired its finance director on Friday.", []),
    ("The Peruvian senator fired questions at the minister.", []),
    ("The agency launched a weather satellite into orbit from Kourou.", []),
    ("The biathletes fired at targets on the range.", []),
    # A package is of the act its modifier names.
    (
        "Norway signed an aid package with Malawi.",
        [(EventType.AID, {"NOR"}, {"MWI"}, False, False)],
    ),
    (
        "Canada approved a sanctions package against Belarus.",
        [(EventType.SANCTION, {"CAN"}, {"BLR"}, False, False)],
    ),
    ("The firm unveiled a new software package.", []),
    # A headline's present verb after a noun, one of the dictionary's verbs too, is a verb.
    ("Chile and Peru Sign Trade Agreement", [(EventType.SUPPORT, set(), set(), False, False)]),
    ("Tesla Model Release Date Announced", []),
    # A subpoena is a step of an investigation (CAMEO 09: ACCUSE), whoever must comply.
    (
        "The Kenyan court subpoenaed the reporter.",
        [(EventType.ACCUSE, {"KEN-judiciary"}, {"KEN-media"}, False, False)],
    ),
    (
        "Peruvian prosecutors issued a subpoena to the interior minister.",
        [(EventType.ACCUSE, {"PER-judiciary"}, {"PER-government"}, False, False)],
    ),
    ("The clinic received a subpoena.", []),
    # A doer who blows himself up destroys no property: a suicide bombing (CAMEO's 183).
    (
        "Two Boko Haram militants blew themselves up in a mosque in Maiduguri.",
        [(EventType.ASSAULT, {"NGA"}, set(), False, False)],
    ),
    (
        "Russian saboteurs blew up a railway bridge in Belarus.",
        [(EventType.COERCE, {"RUS"}, {"BLR"}, False, False)],
    ),
    # A weapon that goes off with no attacker told is the attack itself; arms left from a
    # past war that go off are a mishap.
    (
        "A bomb exploded at a Syrian army checkpoint near Homs.",
        [(EventType.ASSAULT, set(), {"SYR"}, False, False)],
    ),
    (
        "A car bomb exploded in a crowded square in Kabul.",
        [(EventType.ASSAULT, set(), {"AFG"}, False, False)],
    ),
    # The harm it did, told in its clause, is that attack, told once.
    (
        "A bomb exploded at a Syrian army checkpoint near Homs, wounding four soldiers.",
        [(EventType.ASSAULT, set(), {"SYR-military"}, False, False)],
    ),
    ("An unexploded shell from the Second World War exploded in Dresden.", []),
    # Any munition gone off in the harm's clause did the harm, as a bomb does; no craft, nor
    # arms left from a past war.
    (
        "A grenade exploded at a checkpoint in Mosul, killing two policemen.",
        [(EventType.ASSAULT, set(), {"IRQ-police"}, False, False)],
    ),
    (
        "A grenade exploded at a market in Bangui and killed three people.",
        [(EventType.ASSAULT, set(), {"CAF-civilians"}, False, False)],
    ),
    ("An old grenade exploded in a field near Hue, killing two Vietnamese children.", []),
    ("A gas cylinder exploded at a restaurant in Lahore, killing four Pakistani workers.", []),
    # A state's forces a weapon went off near were what it struck; none else near it.
    (
        "A grenade exploded near Malian troops in Gao.",
        [(EventType.ASSAULT, set(), {"MLI-military"}, False, False)],
    ),
    (
        "A roadside bomb went off near a Somali army convoy.",
        [(EventType.ASSAULT, set(), {"SOM-military"}, False, False)],
    ),
    # (by an armed group untold: see the bombings of no side named below)
    (
        "A bomb exploded near the home of a Nigerian army general.",
        [(EventType.ASSAULT, {"None-armed group"}, set(), False, False)],
    ),
    ("A gas cylinder exploded near a patrol of Malian troops in Gao.", []),
    ("An old shell exploded near Vietnamese soldiers clearing a field.", []),
    # Any arms going off, WordNet's as CAMEO's: a grenade, a mortar round.
    (
        "A grenade exploded at a Malian army checkpoint near Gao.",
        [(EventType.ASSAULT, set(), {"MLI"}, False, False)],
    ),
    ("A gas cylinder exploded at a restaurant near a Malian army checkpoint.", []),
    # Hostages handed over are released by those who held them (CAMEO's RELEASE &HOSTAGE),
    # not taken; a prisoner handed from one authority to another is no release.
    (
        "Colombian rebels handed over two Peruvian hostages to Colombian troops.",
        [(EventType.RETREAT, {"COL-rebels"}, {"PER-civilians", "COL-military"}, False, False)],
    ),
    ("The Nigerian army handed over the captured prisoners to the police.", []),
    # So are any people held: CAMEO names them by one word of its &HOSTAGE ("prisoners"),
    # its synset lacks "detainees", and a participle of seizing makes people held ("the
    # captured rebels"); passed on to police or a court they stay in custody.
    (
        "Malian jihadists handed over three prisoners to the Red Cross in Gao.",
        [
            (
                EventType.RETREAT,
                {"MLI-armed group"},
                {"International Committee of the Red Cross"},
                False,
                False,
            )
        ],
    ),
    (
        "Chadian soldiers handed over the captured rebels to Sudan.",
        [(EventType.RETREAT, {"TCD-military"}, {"SDN", "TCD-rebels"}, False, False)],
    ),
    # "over 40": the particle the parse reads as the modifier of the object's number.
    (
        "Sudanese rebels handed over 40 prisoners to the Red Cross.",
        [
            (
                EventType.RETREAT,
                {"SDN-rebels"},
                {"International Committee of the Red Cross"},
                False,
                False,
            )
        ],
    ),
    ("Chadian police released the detained students to a Chadian court.", []),
    # What CAMEO names going off beside its weapons, a landmine, is a munition too: it goes
    # off or kills as a bomb does; one cleared is no attack.
    (
        "A landmine exploded near a Chadian army patrol in Tibesti.",
        [(EventType.ASSAULT, set(), {"TCD-military"}, False, False)],
    ),
    (
        "Two Colombian soldiers were killed by a landmine in Cauca.",
        [(EventType.ASSAULT, set(), {"COL-military"}, False, False)],
    ),
    ("Deminers cleared a landmine from a field in Angola.", []),
    # So are WordNet's arms named in two words whose head alone is none ("mine", "trap").
    (
        "A land mine exploded near a Sudanese army convoy in Darfur.",
        [(EventType.ASSAULT, set(), {"SDN-military"}, False, False)],
    ),
    (
        "A booby trap killed three Somali policemen in Baidoa.",
        [(EventType.ASSAULT, set(), {"SOM-police"}, False, False)],
    ),
    ("A coal mine exploded near a Chinese village in Shanxi.", []),
    ("The Angolan army cleared a land mine from a school yard.", []),
    # A munition in the clause that tells when the harm was done is the attack.
    (
        "Three Chadian soldiers were wounded when their truck ran over a landmine.",
        [(EventType.ASSAULT, set(), {"TCD-military"}, False, False)],
    ),
    ("Three Chadian soldiers were wounded when their truck ran into a ditch.", []),
    ("Three Chadian soldiers were hurt when a gas canister exploded in their kitchen.", []),
    ("Two Chadian soldiers were wounded when an unexploded shell went off in their camp.", []),
    # So it is after "died": the dead were attacked, whoever did it; not by a mishap there.
    (
        "Two Kenyan soldiers died when their lorry drove over a landmine near Mandera.",
        [(EventType.ASSAULT, set(), {"KEN-military"}, False, False)],
    ),
    (
        "Four Malian policemen died after a mortar shell hit their camp in Mopti.",
        [(EventType.ASSAULT, set(), {"MLI-police"}, False, False)],
    ),
    ("Two Kenyan soldiers died when their bomber crashed near Garissa.", []),
    ("Two Kenyan soldiers died when a gas canister exploded in their barracks.", []),
    ("Three Kenyan soldiers died when an old shell went off in a field near Lamu.", []),
    # A state's forces killed or wounded where no cause but a place or a time is told fell
    # to violence; a mishap in the paragraph, or any other cause, leaves them out.
    (
        "Four Nigerien soldiers were killed in Tillaberi on Friday.",
        [(EventType.ASSAULT, set(), {"NER-military"}, False, False)],
    ),
    (
        "Two Colombian policemen were wounded in Cauca province.",
        [(EventType.ASSAULT, set(), {"COL-police"}, False, False)],
    ),
    ("Four Nigerien soldiers were killed on Friday. Their helicopter crashed near Agadez.", []),
    ("Two Colombian policemen were injured in a training exercise.", []),
    ("Four Nigerien miners were killed in Tillaberi on Friday.", []),
    ("Officials would not say whether Nigerien soldiers were wounded in Tillaberi.", []),
    # A weapon "went off" as it "exploded"; nothing else that goes off is an attack.
    (
        "A bomb went off at a Malian army checkpoint near Gao.",
        [(EventType.ASSAULT, set(), {"MLI"}, False, False)],
    ),
    ("The fire alarm went off at the Malian army checkpoint.", []),
    # CAMEO's "ram explosive &car" (193) names the vehicle rigged to explode by its compound
    # too; a vehicle rammed with no explosives is none.
    (
        "A truck bomb was rammed into a military base in central Somalia.",
        [(EventType.ASSAULT, set(), {"SOM-military"}, False, False)],
    ),
    ("The driver rammed his van into a parked car in Lyon.", []),
    ("An old grenade exploded at a scrapyard in Vietnam.", []),
    # An armed group named by the acronym of its name in its own language (Phoenix's
    # brackets) is the group, a political actor: ETA, Euskadi Ta Askatasuna.
    (
        "ETA militants detonated a bomb in Bilbao.",
        [(EventType.ASSAULT, {"ESP"}, set(), False, False)],
    ),
    # A verb of CAMEO's block of killing the lexicon does not list kills people only.
    (
        "Iran hanged two protesters on Tuesday.",
        [(EventType.ASSAULT, {"IRN"}, {"IRN-protesters"}, False, False)],
    ),
    (
        "Boko Haram strangled a Nigerian aid worker.",
        [(EventType.ASSAULT, {"NGA"}, {"NGA-labour"}, False, False)],
    ),
    # "Hanged", the form kept for killing by the rope, is an execution: no doer needed, as
    # for "executed"; one's own death is none.
    (
        "Three Kurdish activists were hanged in Iran on Sunday.",
        [(EventType.ASSAULT, set(), {"IRN-activists"}, False, False)],
    ),
    ("A jailed Iranian general hanged himself in his cell.", []),
    ("A Kurdish activist was found hanged in his cell in Tehran.", []),
    ("Protesters hung banners from the bridge.", []),
    ("The painting hangs in the Iraqi parliament.", []),
    ("The Iraqi government wiped out the budget deficit.", []),
    # People rounded up, counted or not, are seized (CAMEO's arrests); cattle are not.
    (
        "Egyptian security forces rounded up activists in Cairo.",
        [(EventType.COERCE, {"EGY-police"}, {"EGY-activists"}, False, False)],
    ),
    (
        "Dozens of protesters were rounded up by Belarusian riot police.",
        [(EventType.COERCE, {"BLR-police"}, {"BLR-protesters"}, False, False)],
    ),
    ("The farmers rounded up dozens of cattle.", []),
    ("The Kenyan minister rounded up support for the bill.", []),
    # CAMEO's verbs of prohibiting and expelling the lexicon lacks restrict a party they are
    # done to, named by its head; a thing banned, a party's goods, or a ban with no one told
    # imposing it, is none.
    (
        "Tajikistan outlawed the Islamic Renaissance Party in 2015.",
        [(EventType.COERCE, {"TJK"}, {"TJK"}, False, False)],
    ),
    (
        "The Egyptian junta banished three dissidents to an oasis.",
        [(EventType.COERCE, {"EGY-government"}, {"EGY-opposition"}, False, False)],
    ),
    (
        "Chilean police evicted the protesters from the square.",
        [(EventType.COERCE, {"CHL-police"}, {"CHL-protesters"}, False, False)],
    ),
    # Fining is CAMEO's prohibiting block's code too (172): the fining authority restricts
    # the party that pays, in either voice; a sports or a traffic fine restricts no party.
    (
        "A Belarusian court fined the opposition leader for organising an unauthorised protest.",
        [(EventType.COERCE, {"BLR-judiciary"}, {"BLR-opposition"}, False, False)],
    ),
    (
        "The Russian defence ministry was fined by a Moscow court.",
        [(EventType.COERCE, {"RUS-judiciary"}, {"RUS-government"}, False, False)],
    ),
    ("The league fined the quarterback $10,000 for a late hit.", []),
    ("He was fined $500 for speeding.", []),
    ("The government taxed imports from China.", []),
    ("Chile banned plastic bags in 2018.", []),
    # An answer to another's act told by "by" and a gerund is the act the gerund names, done
    # by the one who answered; a word said or a cheer is no act.
    (
        "Moscow responded by expelling two British diplomats.",
        [(EventType.SANCTION, {"RUS"}, {"GBR-government"}, False, False)],
    ),
    (
        "China retaliated by imposing tariffs on American soybeans.",
        [(EventType.SANCTION, {"CHN"}, {"USA"}, False, False)],
    ),
    (
        "Pakistan replied by closing its airspace to Indian flights.",
        [(EventType.COERCE, {"PAK"}, {"IND"}, False, False)],
    ),
    ("The minister responded by saying the report was false.", []),
    ("The crowd reacted by cheering loudly.", []),
    # "place" and "put" with "under" put what they act on in the state an event noun names,
    # in either voice; a state that is no act is none.
    (
        "The Malian army placed the former president under house arrest.",
        [(EventType.COERCE, {"MLI-military"}, {"MLI-elites"}, False, False)],
    ),
    # One who held a post before ("former", "ex-") is no body of the state now: a former
    # office-holder is of its elites (CAMEO's ELI), a former soldier no one; nor is "ex" of
    # "ex-president" a Peruvian's former partner.
    (
        "Police in Lima arrested the Peruvian ex-president on Friday.",
        [(EventType.COERCE, {"PER-police"}, {"PER-elites"}, False, False)],
    ),
    (
        "An ex-soldier shot two police officers in Oslo.",
        [(EventType.ASSAULT, set(), {"NOR-police"}, False, False)],
    ),
    (
        "The Bolivian opposition leader was placed under house arrest on Friday.",
        [(EventType.COERCE, {"BOL-police"}, {"BOL-opposition"}, False, False)],
    ),
    (
        "The Nepalese government placed Kathmandu under curfew after the riots.",
        [(EventType.COERCE, {"NPL-government"}, {"NPL"}, False, False)],
    ),
    ("The Ugandan government put the plan under review.", []),
    ("The coach was placed under pressure by the results.", []),
    ("Soldiers put the fire out at the Nigerian barracks.", []),
    # One a copula makes what a hostile act is aimed at undergoes it; an act of no conflict
    # ("talks") is about its subject, not done to it.
    (
        "Venezuela has been the subject of Canadian sanctions since 2017.",
        [(EventType.SANCTION, {"CAN"}, {"VEN"}, False, False)],
    ),
    (
        "The Iraqi prime minister became the target of protests in Basra.",
        [(EventType.PROTEST, set(), {"IRQ-government"}, False, False)],
    ),
    ("Kashmir was the subject of talks between India and Pakistan.", []),
    ("India banned Pakistani films after the attack.", []),
    ("The pupils were forbidden from using phones in class.", []),
    # CAMEO's verbs of disapproval (111) the lexicon lacks criticise as "criticized" does;
    # one whose first sense is none, or a flogging, is no disapproval.
    (
        "Ghana lambasted Togo over the closure of the border.",
        [(EventType.ACCUSE, {"GHA"}, {"TGO"}, False, False)],
    ),
    (
        "The Chilean president lashed out at Argentina on Friday.",
        [(EventType.ACCUSE, {"CHL-government"}, {"ARG"}, False, False)],
    ),
    (
        "Peru reprimanded Bolivia for the incursion.",
        [(EventType.ACCUSE, {"PER"}, {"BOL"}, False, False)],
    ),
    ("The Kenyan minister lectured at the University of Nairobi.", []),
    # Beating people is an assault (CAMEO's own code for "beat", 182); a rival beaten, a
    # state, a person named, a nation or an office, is a contest won.
    (
        "Ugandan police beat dozens of students in Kampala.",
        [(EventType.ASSAULT, {"UGA-police"}, {"UGA-education"}, False, False)],
    ),
    (
        "Two Kenyan reporters were beaten by soldiers in Nairobi.",
        [(EventType.ASSAULT, {"KEN-military"}, {"KEN-media"}, False, False)],
    ),
    ("Uruguay beat Peru in the semi-final.", []),
    ("The Ghanaian runners beat the Ethiopians in Doha.", []),
    ("The Kenyan senator beat the incumbent governor in the primary.", []),
    ("Ukrainian troops beat back the assault on Kharkiv.", []),
    # A pattern's object counted by a number is what the number's "of" names.
    (
        "Vietnam released dozens of political prisoners.",
        [(EventType.RETREAT, {"VNM"}, {"VNM-opposition"}, False, False)],
    ),
    (
        "Myanmar released thousands of prisoners in an amnesty.",
        [(EventType.RETREAT, {"MMR"}, set(), False, False)],
    ),
    ("Kenya released dozens of new photographs of the lake.", []),
    # Arms laid down are weapons laid down (CAMEO's 0871); elsewhere "arms" may be limbs.
    (
        "Kurdish militants laid down their arms in Turkey.",
        [(EventType.RETREAT, {"TUR-rebels"}, set(), False, False)],
    ),
    ("The FARC rebels dropped their arms.", []),
    # CAMEO's attacks read from an armed subject alone ("&AIRCRAFT * # POUND"), by someone's
    # arms; not by a plane of no one's, nor by weather.
    (
        "Israeli warplanes pounded Gaza on Monday.",
        [(EventType.ASSAULT, {"ISR-military"}, {"PSE"}, False, False)],
    ),
    (
        "Syrian army helicopters bombed the town of Daraya.",
        [(EventType.ASSAULT, {"SYR-military"}, {"Daraya"}, False, False)],
    ),
    ("A small plane hit a power line near Nairobi.", []),
    ("Heavy rains pounded the Kenyan coast.", []),
    # CAMEO's armed forces as doers are forces: one member named in the singular is a person.
    (
        "Chadian troops entered the village.",
        [(EventType.ASSAULT, {"TCD-military"}, {"TCD-civilians"}, False, False)],
    ),
    ("A Chadian soldier entered the village.", []),
    (
        "Russian soldiers returned home from Syria.",
        [(EventType.RETREAT, {"RUS-military"}, {"SYR"}, False, False)],
    ),
    ("A Russian soldier returned home from Syria.", []),
    # By armed forces moving or striking at no one named and into no other state, none; a
    # weapon going off is the harm itself.
    ("Malian soldiers advanced toward the old fort.", []),
    ("Egyptian jets pounded the desert at dawn.", []),
    (
        "A Taliban bomb exploded outside the hotel in Kabul.",
        [(EventType.ASSAULT, {"AFG"}, {"AFG"}, False, False)],
    ),
    (
        "Malian soldiers advanced on Niger.",
        [(EventType.ASSAULT, {"MLI-military"}, {"NER"}, False, False)],
    ),
    # The verbs CAMEO files with "strike" ("hit", "hammer") strike as it does where arms or
    # an attack do it; else they keep CAMEO's reading, or none.
    (
        "An Egyptian airstrike hit a market in Libya.",
        [(EventType.ASSAULT, {"EGY"}, {"LBY"}, False, False)],
    ),
    (
        "A Saudi missile hit a wedding party in Yemen.",
        [(EventType.ASSAULT, {"SAU"}, {"YEM"}, False, False)],
    ),
    (
        "Kenyan army bases were hit by Somali drone attacks.",
        [(EventType.ASSAULT, {"SOM"}, {"KEN"}, False, False)],
    ),
    (
        "Turkish rockets hammered Kurdish positions in Syria.",
        [(EventType.ASSAULT, {"TUR"}, {"SYR"}, False, False)],
    ),
    ("A storm hit the coast of Ghana.", []),
    ("The new tariffs hit Chilean exporters.", []),
    ("The Kenyan minister was hit by an egg.", []),
    # Bare "strikes" may be stoppages of work.
    ("Lima was hit by strikes on Monday.", []),
    # A death in an attack the lexicon names is that attack, done to the dead, by whoever
    # the attack's own words name, not the place it was in (CAMEO's DIE (IN BLAST), [:190]).
    (
        "Four Somali soldiers died in the attack.",
        [(EventType.ASSAULT, set(), {"SOM-military"}, False, False)],
    ),
    (
        "Two Malian policemen died in an ambush by Algerian troops.",
        [(EventType.ASSAULT, {"DZA-military"}, {"MLI-police"}, False, False)],
    ),
    (
        "Six civilians died in an airstrike in Libya.",
        [(EventType.ASSAULT, set(), {"LBY-civilians"}, False, False)],
    ),
    # Not a death in a mishap, an ailment or a place.
    ("Four Somali soldiers died in a fire at their barracks.", []),
    ("The Somali general died in a heart attack.", []),
    ("The Somali president died in hospital.", []),
    # A number of protesters does what protesters do: a verb with a sense of protest in CAMEO.
    (
        "Hundreds of protesters gathered in Lusaka on Saturday.",
        [(EventType.PROTEST, {"ZMB-protesters"}, set(), False, False)],
    ),
    (
        "Dozens of Zambian demonstrators occupied the ministry.",
        [(EventType.PROTEST, {"ZMB-protesters"}, {"ZMB-government"}, False, False)],
    ),
    ("Hundreds of fans gathered in Lusaka on Saturday.", []),
    # Swapping what is exchanged is exchanging it; any people held are prisoners exchanged, as
    # the verb's own noun with them before it is.
    (
        "Kyrgyzstan and Tajikistan swapped prisoners at the border on Monday.",
        [(EventType.RETREAT, {"KGZ", "TJK"}, set(), False, False)],
    ),
    (
        "The Houthis exchanged eleven hostages with Saudi Arabia.",
        [(EventType.RETREAT, {"YEM"}, {"SAU"}, False, False)],
    ),
    (
        "The Ethiopian rebels swapped two captives for a jailed commander.",
        [(EventType.RETREAT, {"ETH-rebels"}, set(), False, False)],
    ),
    (
        "Kyrgyzstan and Tajikistan carried out a prisoner swap at the border.",
        [(EventType.RETREAT, {"KGZ", "TJK"}, set(), False, False)],
    ),
    ("The Kyrgyz president swapped his car for a bicycle.", []),
    # A phrasal verb of signing joins the accord its preposition names: the type of signing one
    # (CAMEO 057, SUPPORT in the CAMEO-PLOVER table).
    (
        "Bhutan signed on to the accord in March.",
        [(EventType.SUPPORT, {"BTN"}, set(), False, False)],
    ),
    (
        "Nepal signed up to the treaty on Monday.",
        [(EventType.SUPPORT, {"NPL"}, set(), False, False)],
    ),
    (
        "Bhutan signed onto the pact last year.",
        [(EventType.SUPPORT, {"BTN"}, set(), False, False)],
    ),
    ("The Nepali minister signed up to the gym.", []),
    # A participle after a comma that closes the attack's phrase names its doer, as one right
    # after the attack does; one that judges the attack names none.
    (
        "Five Somali soldiers died in the attack, carried out by al-Shabaab.",
        [(EventType.ASSAULT, {"SOM"}, {"SOM-military"}, False, False)],
    ),
    (
        "Four Malian soldiers were killed in an ambush, condemned by France.",
        [
            (EventType.ASSAULT, set(), {"MLI-military"}, False, False),
            (EventType.ACCUSE, {"FRA"}, set(), False, False),
        ],
    ),
    # A view or a reaction a noun names is voiced by the "from" of "came" or "drew"; with
    # no one it bears on named, at no one.
    (
        "Condemnation of Israel came from Malaysia and Indonesia.",
        [(EventType.ACCUSE, {"MYS", "IDN"}, {"ISR"}, False, False)],
    ),
    (
        "Criticism of the airstrike came from Norway.",
        [(EventType.ACCUSE, {"NOR"}, set(), False, False)],
    ),
    (
        "Statements of support have come from Ghana.",
        [(EventType.SUPPORT, {"GHA"}, set(), False, False)],
    ),
    (
        "The new tariffs drew criticism from Canada.",
        [(EventType.ACCUSE, {"CAN"}, set(), False, False)],
    ),
    # A noun written as the lexicon's verb of words is that verb's act where a voicing verb
    # tells who voiced it; the one who drew or faced it, or whose deed drew it, is its target.
    (
        "The annexation plan drew stern rebukes from Morocco.",
        [(EventType.ACCUSE, {"MAR"}, set(), False, False)],
    ),
    (
        "The ceasefire deal won praise from Kenya.",
        [(EventType.SUPPORT, {"KEN"}, set(), False, False)],
    ),
    (
        "Chile's decision drew criticism from Peru.",
        [(EventType.ACCUSE, {"PER"}, {"CHL"}, False, False)],
    ),
    (
        "The new law met with censure from Sweden.",
        [(EventType.ACCUSE, {"SWE"}, set(), False, False)],
    ),
    # What it is over names no one: the one who faced or drew it stays its target.
    (
        "Portugal got a sharp rebuke from Spain over the fishing quotas.",
        [(EventType.ACCUSE, {"ESP"}, {"PRT"}, False, False)],
    ),
    (
        "Serbia's vote drew condemnation from Croatia over the border treaty.",
        [(EventType.ACCUSE, {"HRV"}, {"SRB"}, False, False)],
    ),
    # A text that receives or faces a reaction is acted on, not saying its content.
    (
        "The draft law received criticism from Austria.",
        [(EventType.ACCUSE, {"AUT"}, set(), False, False)],
    ),
    (
        "The budget bill faced criticism from Denmark.",
        [(EventType.ACCUSE, {"DNK"}, set(), False, False)],
    ),
    # With no voicer, or none a party, the noun is no act ("praise" of a hymn, a critic's).
    ("The hymn is a song of praise from the old psalter.", []),
    ("Her first novel drew praise from reviewers.", []),
    # Nor a deed: where arms came from tells no one who used them.
    ("The rockets came from Lebanon.", []),
    # Who a protest's "on" tells is in that state protests; a noun it is about does not.
    (
        "Ugandan activist on hunger strike outside the court",
        [(EventType.PROTEST, {"UGA-opposition"}, set(), False, False)],
    ),
    (
        "The Bolivian miner on hunger strike met reporters in La Paz.",
        [(EventType.PROTEST, {"BOL-civilians"}, set(), False, False)],
    ),
    ("A Ghanaian report on the hunger strike was published on Monday.", []),
    # Those set free with no one told freeing them are freed by who the participle on them
    # says took or held them; with no taking told, no one.
    (
        "Two Indian sailors seized by Iran in July were released on Monday.",
        [
            (EventType.COERCE, {"IRN"}, {"IND-civilians"}, False, False),
            (EventType.RETREAT, {"IRN"}, {"IND-civilians"}, False, False),
        ],
    ),
    (
        "Protesters arrested by Belarusian police were released after paying fines.",
        [
            (EventType.COERCE, {"BLR-police"}, {"BLR-protesters"}, False, False),
            (EventType.RETREAT, {"BLR-police"}, {"BLR-protesters"}, False, False),
        ],
    ),
    ("The documents obtained by Reuters were released on Monday.", []),
    # A clause of what the news follows from ("after ...") reports its act, told with its own
    # subject, also for a verb only the dictionary knows.
    (
        "The talks resumed a day after Sudan swapped three prisoners for two of its soldiers.",
        [(EventType.RETREAT, {"SDN"}, set(), False, False)],
    ),
    (
        "Ties improved after Morocco exchanged prisoners with Algeria.",
        [(EventType.RETREAT, {"MAR"}, {"DZA"}, False, False)],
    ),
    (
        "Tension rose after Qatar closed its embassy in Chad.",
        [(EventType.SANCTION, {"QAT"}, {"TCD"}, False, False)],
    ),
    # Not one "before" it, which may not have happened, nor a purpose.
    ("Fighting resumed before Chad swapped the prisoners.", []),
    ("The plan is to swap prisoners with Chad after the talks end.", []),
    # A claim of responsibility naming no act claims the attack told before it.
    (
        "Gunmen stormed a police post near Mosul. The Islamic State later claimed responsibility.",
        [
            (EventType.ASSAULT, {"IRQ-armed group"}, {"IRQ-police"}, False, False),
            (EventType.ASSAULT, {"Islamic State"}, set(), False, False),
        ],
    ),
    # The attack told with no doer is the claimer's; a claim denied gives it none.
    (
        "A bomb went off at a bus station in Kabul. The Islamic State later claimed"
        " responsibility.",
        [(EventType.ASSAULT, {"Islamic State"}, {"AFG"}, False, False)],
    ),
    (
        "A bomb went off at a bus station in Kabul. The Islamic State did not claim"
        " responsibility.",
        [(EventType.ASSAULT, set(), {"AFG"}, False, False)],
    ),
    # An attack a claim takes as its object is the claimant's, active or passive, as with
    # responsibility claimed for it (CAMEO's CLAIM * ATTACK, BOMBING); no other object.
    (
        "The Islamic State claimed the bombing of a Kabul police station.",
        [(EventType.ASSAULT, {"Islamic State"}, {"AFG-police"}, False, False)],
    ),
    (
        "The attack on the army post was claimed by the Taliban.",
        [(EventType.ASSAULT, {"AFG"}, set(), False, False)],
    ),
    ("The rebels claimed the town after the ceasefire collapsed.", []),
    # With no attack told, it claims nothing; nor does a claim no one made.
    ("Parliament passed the budget on Monday. The Kenyan government claimed responsibility.", []),
    (
        "A bomb went off at a bus station in Kabul. No group has claimed responsibility.",
        [(EventType.ASSAULT, set(), {"AFG"}, False, False)],
    ),
    # A bombing at no side named, its doer untold, is the unidentified armed group's of the
    # state its sentence places it in (ACLED's), else of none; not one only possible, nor
    # arms left from a past war, nor what else explodes.
    (
        "A grenade exploded at a bus stop in Bujumbura.",
        [(EventType.ASSAULT, {"BDI-armed group"}, set(), False, False)],
    ),
    (
        "An IED went off near a school in Imphal.",
        [(EventType.ASSAULT, {"IND-armed group"}, set(), False, False)],
    ),
    (
        "Two IEDs detonated along the railway line near the border on Sunday.",
        [(EventType.ASSAULT, {"None-armed group"}, set(), False, False)],
    ),
    # A passive leaves its doer untold: a bomb squad's, as often as not.
    ("The suspicious package was safely detonated near the station in Leeds.", []),
    # So is one whose doer is told only by "he" or "she" or a name the resolver makes no
    # actor of; not by a common noun ("experts": a bomb squad), "they" (the police who found
    # it, as often) or arms told by a pronoun.
    (
        "He detonated a bomb outside a federal building in Oklahoma City.",
        [(EventType.ASSAULT, {"USA-armed group"}, set(), False, False)],
    ),
    (
        "She detonated explosives at a checkpoint near Maiduguri on Monday.",
        [(EventType.ASSAULT, {"NGA-armed group"}, set(), False, False)],
    ),
    (
        "Two bombs were detonated remotely by the Tsarnaev brothers near the finish line in"
        " Boston.",
        [(EventType.ASSAULT, {"USA-armed group"}, set(), False, False)],
    ),
    ("Bomb disposal experts detonated the bomb in a controlled explosion in Leeds.", []),
    ("They detonated the bomb in a controlled explosion near the station in Lyon.", []),
    ("He detonated the device safely in a field near Leeds.", []),
    ("He detonated an unexploded shell found on a farm in Belgium.", []),
    # Things set off at no one by a state's forces or people of no armed side are disposed
    # of or demolished; an armed side's bomb, troops' munitions or harm told is an attack.
    ("Kenyan police detonated a suspicious package outside the station in Nairobi.", []),
    ("The Nigerian army detonated unexploded shells near the border.", []),
    ("Engineers in Lagos detonated the old bridge over the river.", []),
    (
        "Militants detonated a car bomb at a checkpoint in Kandahar.",
        [(EventType.ASSAULT, {"AFG-rebels"}, set(), False, False)],
    ),
    (
        "Nigerian troops detonated a bomb near a Boko Haram camp.",
        [(EventType.ASSAULT, {"NGA-military"}, set(), False, False)],
    ),
    (
        "Kenyan police detonated a bomb, killing two protesters.",
        [(EventType.ASSAULT, {"KEN-police"}, {"KEN-protesters"}, False, False)],
    ),
    (
        "When the bombing began, the market in Kirkuk was full of shoppers.",
        [(EventType.ASSAULT, {"IRQ-armed group"}, set(), False, False)],
    ),
    ("The bomb could have exploded at any moment, the officer said.", []),
    ("An unexploded bomb went off at a construction site in Hamburg.", []),
    ("A gas cylinder exploded in a restaurant in Karachi.", []),
    # Told with another attack in its sentence, before it, or with a side in the sentence
    # after it, it is that attack told again.
    (
        "A landmine exploded under a truck in Borno, killing six passengers.",
        [(EventType.ASSAULT, set(), {"NGA-civilians"}, False, False)],
    ),
    (
        "Militants attacked a checkpoint in Kandahar. A bomb went off nearby an hour later.",
        [(EventType.ASSAULT, {"AFG-rebels"}, set(), False, False)],
    ),
    (
        "A grenade exploded at a bus stop in Bujumbura. The FNL rebels claimed responsibility"
        " for the attack.",
        [(EventType.ASSAULT, {"BDI"}, set(), False, False)],  # rebels of where they act
    ),
    # A time told by "on" brings no act to the verb ("went on hunger strike" does).
    (
        "A grenade went off at a police post in Peshawar on Monday.",
        [(EventType.ASSAULT, set(), {"PAK-police"}, False, False)],
    ),
    (
        "On Saturday a car bomb went off near a Libyan army base.",
        [(EventType.ASSAULT, set(), {"LBY-military"}, False, False)],
    ),
    (
        "Two Bahraini activists went on hunger strike on Monday.",
        [(EventType.PROTEST, {"BHR-activists"}, set(), False, False)],
    ),
    # A time between an auxiliary and its participle: read as without it.
    (
        "A car bomb was on Thursday rammed into a military base in Helmand.",
        [(EventType.ASSAULT, set(), {"AFG-military"}, False, False)],
    ),
    (
        "Four Nigerian soldiers were last month wounded by a roadside bomb.",
        [(EventType.ASSAULT, set(), {"NGA-military"}, False, False)],
    ),
    (
        "The opposition leader was on Monday arrested by police in Lusaka.",
        [(EventType.COERCE, {"ZMB-police"}, {"ZMB-opposition"}, False, False)],
    ),
    # An attack ascribed to someone blames them for it, as "blamed ... on" does.
    (
        "Kenya attributed the bombing to al-Shabaab militants.",
        [(EventType.ACCUSE, {"KEN"}, {"SOM"}, False, False)],
    ),
    (
        "Iraqi officials ascribed the rocket attack to an Iranian-backed militia.",
        [(EventType.ACCUSE, {"IRQ-government"}, {"IRN-armed group"}, False, False)],
    ),
    ("Police attributed the blast to a gas leak.", []),
    ("The coach attributed the victory to his players.", []),
    # A vehicle driven into people attacks them; into a place or a thing, no one.
    (
        "A man drove a car into a crowd of protesters in Charlottesville.",
        [(EventType.ASSAULT, {"USA-civilians"}, {"USA-protesters"}, False, False)],
    ),
    (
        "A Palestinian man rammed his car into Israeli soldiers at a checkpoint.",
        [(EventType.ASSAULT, {"PSE-civilians"}, {"ISR-military"}, False, False)],
    ),
    ("A Turkish truck driver drove his lorry into Bulgaria.", []),
    ("The driver drove the bus into a ditch near Lima.", []),
    ("A bus crashed into a police car in Lagos.", []),
    # Whom a vehicle is driven into it strikes, even civilians as its driver is, as a
    # stabbing's victims are: an attack where the text marks it political.
    (
        "A man ploughed a lorry into Jewish worshippers near a synagogue in Manchester in "
        "what police called a terrorist attack.",
        [(EventType.ASSAULT, {"GBR-armed group"}, {"GBR-civilians"}, False, False)],
    ),
    (
        "A woman drove a car into shoppers at a market in Nice. Prosecutors said it was a "
        "terrorist attack.",
        [(EventType.ASSAULT, {"FRA-armed group"}, {"FRA-civilians"}, False, False)],
    ),
    ("A man ploughed his van into pedestrians in Leeds.", []),
    ("The driver ploughed his car into a ditch near Quito.", []),
    # A protest a state or its officials voice is a diplomatic one, at whose deed drew it;
    # people's protests, or a state's word on the protesters, stay no such act.
    (
        "Iran's missile test drew protests from Washington.",
        [(EventType.ACCUSE, {"USA"}, {"IRN"}, False, False)],
    ),
    (
        "Japan's new textbook drew protests from the South Korean foreign ministry.",
        [(EventType.ACCUSE, {"KOR"}, {"JPN"}, False, False)],
    ),
    ("The new pension law drew protests from French unions.", []),
    ("The film drew protests from religious groups.", []),
    # "Slam" is criticism, but by a projectile an attack (CAMEO's "&WEAPON *", "ROCKET *").
    (
        "A mortar shell slammed into a Malian army camp near Gao.",
        [(EventType.ASSAULT, set(), {"MLI-military"}, False, False)],
    ),
    (
        "Two missiles slammed into the Ukrainian navy's headquarters in Odesa.",
        [(EventType.ASSAULT, set(), {"UKR-military"}, False, False)],
    ),
    (
        "The Malian opposition leader slammed the government over the new budget.",
        [(EventType.ACCUSE, {"MLI-opposition"}, {"MLI-government"}, False, False)],
    ),
    (
        "The Kenyan president slammed the rocket attack on the embassy.",
        [(EventType.ACCUSE, {"KEN-government"}, set(), False, False)],
    ),
    # A thing acted on stands for its owner, whom a participle of owning names.
    (
        "A cargo ship owned by a Chinese state company was seized by Houthi rebels.",
        [(EventType.COERCE, {"YEM"}, {"CHN"}, False, False)],
    ),
    (
        "Oil facilities belonging to Saudi Aramco were hit by drone attacks.",
        [(EventType.ASSAULT, set(), {"SAU"}, False, False)],
    ),
    (
        "Rebels ambushed a convoy belonging to the Malian army near Gao.",
        [(EventType.ASSAULT, {"MLI-rebels"}, {"MLI-military"}, False, False)],
    ),
    # A private owner opens no gate: theft is crime.
    ("Thieves stole a car belonging to a local farmer.", []),
    # An impeachment is a legislature's charge of the office-holder, as an indictment is.
    (
        "Peru's Congress impeached President Martin Vizcarra.",
        [(EventType.ACCUSE, {"PER-legislature"}, {"Martin Vizcarra"}, False, False)],
    ),
    (
        "Lawmakers in Seoul impeached President Park Geun-hye in December.",
        [(EventType.ACCUSE, {"KOR-legislature"}, {"Park Geun-hye"}, False, False)],
    ),
    # A vote of no confidence passed disapproves; one of confidence supports.
    (
        "The Kenyan parliament passed a vote of no confidence in the prime minister.",
        [(EventType.ACCUSE, {"KEN-legislature"}, set(), False, False)],
    ),
    (
        "The Italian senate passed a vote of confidence in the government.",
        [(EventType.SUPPORT, {"ITA-legislature"}, set(), False, False)],
    ),
    # "no" on a pattern's object denies the act: not done, no event.
    ("Egypt gave no support to the rebels.", []),
    ("Iran gave no assurances to the inspectors.", []),
    # Armed forces leaving a place withdraw from it; not a trip, nor leaving a thing.
    (
        "Belgian soldiers left Somalia in 1993.",
        [(EventType.RETREAT, {"BEL-military"}, {"SOM"}, False, False)],
    ),
    (
        "Ethiopian troops departed Mogadishu after two years.",
        [(EventType.RETREAT, {"ETH-military"}, {"SOM"}, False, False)],
    ),
    ("Belgian soldiers left for Somalia in 1993.", []),
    ("The Ethiopian troops left their barracks at dawn.", []),
    ("The Belgian minister left Somalia on Sunday.", []),
    # Armed forces disbanding or dissolving themselves demobilise (CAMEO's "DISBAND * MILITIA",
    # 0873, read of the forces themselves); a body of no arms does not.
    (
        "The Sudanese militia disbanded after the peace accord.",
        [(EventType.RETREAT, {"SDN-armed group"}, set(), False, False)],
    ),
    (
        "Colombian rebels dissolved themselves in 2017.",
        [(EventType.RETREAT, {"COL-rebels"}, set(), False, False)],
    ),
    (
        "Nigerian troops disengaged from the town.",
        [(EventType.RETREAT, {"NGA-military"}, set(), False, False)],
    ),
    ("The Peruvian parliament dissolved on Monday.", []),
    ("The Chilean protest movement disbanded after the referendum.", []),
    # Naming a party's act a fault (WordNet's wrongdoings, mistakes, dishonours, fakes, lies)
    # disapproves of the party; a name of no fault, or no party named, is nothing.
    (
        "Erdogan termed the Swedish decision a disgrace.",
        [(EventType.ACCUSE, {"Recep Tayyip Erdoğan"}, {"SWE"}, False, False)],
    ),
    (
        "The Chilean opposition described the government's reform as a blunder.",
        [(EventType.ACCUSE, {"CHL-opposition"}, {"CHL-government"}, False, False)],
    ),
    (
        "Moscow called Ukraine's referendum a fraud.",
        [(EventType.ACCUSE, {"RUS"}, {"UKR"}, False, False)],
    ),
    ("The Chilean president called Friday a holiday.", []),
    ("Police in Lima described the incident as a robbery.", []),
    # A bomb gone off in a town bears on no other state the article names (its doer untold,
    # it is the armed group's of the town's state).
    (
        "Poland said a car bomb exploded outside a bank in Lviv.",
        [(EventType.ASSAULT, {"UKR-armed group"}, set(), False, False)],
    ),
    # Munitions landing fall where they land (CAMEO's "&WEAPON FALL"); craft do not.
    (
        "Two mortar shells landed near a police station in Kabul.",
        [(EventType.ASSAULT, set(), {"AFG-police"}, False, False)],
    ),
    ("The Iraqi president's plane landed in Tehran on Sunday.", []),
    ("A SpaceX rocket landed on a barge off Florida.", []),
    # A craft that carries no one strikes as a munition does, told by the drone alone; a
    # crewed craft hitting something crashed, and a drone lands where it is flown to.
    (
        "A drone hit a hospital in Sumy, Ukraine, on Sunday.",
        [(EventType.ASSAULT, set(), {"UKR"}, False, False)],
    ),
    (
        "A drone slammed into a fuel depot in Belgorod, Russia.",
        [(EventType.ASSAULT, set(), {"RUS"}, False, False)],
    ),
    (
        "Sudanese drones hit a market in Chad.",
        [(EventType.ASSAULT, {"SDN"}, {"TCD"}, False, False)],
    ),
    ("A cargo plane hit a hangar in Sumy, Ukraine.", []),
    ("A drone landed near the parliament in Vilnius, Lithuania.", []),
    # Who orchestrates or masterminds an act does it, as who organises it does (CAMEO's block
    # of "organise", WordNet's synset of planning and directing an undertaking).
    (
        "The Shining Path orchestrated the attacks on Peruvian police posts.",
        [(EventType.ASSAULT, {"PER"}, {"PER-police"}, False, False)],
    ),
    (
        "Al-Shabaab masterminded the bombing of the Kenyan army camp.",
        [(EventType.ASSAULT, {"SOM"}, {"KEN-military"}, False, False)],
    ),
    ("The Chilean conductor orchestrated the symphony.", []),
    ("The Peruvian bank masterminded the merger with its rival.", []),
    # What is waged is the act its noun names (CAMEO's WAGE takes a war or an offensive).
    (
        "Houthi rebels waged drone attacks on Saudi oil facilities.",
        [(EventType.ASSAULT, {"YEM"}, {"SAU"}, False, False)],
    ),
    (
        "The Sudanese government waged a crackdown on protesters in Khartoum.",
        [(EventType.COERCE, {"SDN-government"}, {"SDN-protesters"}, False, False)],
    ),
    ("The Kenyan opposition waged a campaign against the tax bill.", []),
    # A withdrawal's noun moves the withdrawer's own forces ("of"): it is done to whom they
    # leave, not to them.
    (
        "Chile announced the withdrawal of Chilean troops from Haiti.",
        [(EventType.RETREAT, {"CHL"}, {"HTI"}, False, False)],
    ),
    (
        "Uganda ordered the withdrawal of its soldiers from South Sudan.",
        [(EventType.RETREAT, {"UGA"}, {"SSD"}, False, False)],
    ),
    (
        "Belarus demanded the withdrawal of Polish troops from the border.",
        [(EventType.REQUEST, {"BLR"}, {"POL-military"}, False, False)],
    ),
    # Force on a town is on the state the gazetteer places it in, where the article names it.
    (
        "Turkish jets struck Afrin in Syria.",
        [(EventType.ASSAULT, {"TUR"}, {"SYR"}, False, False)],
    ),
    (
        "Russian missiles struck the city of Kharkiv, Ukraine said.",
        [(EventType.ASSAULT, {"RUS"}, {"UKR"}, False, False)],
    ),
    ("Turkish jets struck Afrin.", [(EventType.ASSAULT, {"TUR"}, {"Afrin"}, False, False)]),
    # Force on a gathering is violent repression (CAMEO 175), done to those gathered: the
    # dissenters named, the gathering's "by", else the state it was held in.
    (
        "Riot police crushed the demonstrators outside the parliament in Minsk.",
        [(EventType.ASSAULT, {"BLR-police"}, {"BLR-protesters"}, False, False)],
    ),
    (
        "Zimbabwean soldiers broke up a rally by opposition supporters in Harare.",
        [(EventType.ASSAULT, {"ZWE-military"}, {"ZWE-opposition"}, False, False)],
    ),
    (
        "Kenyan police quelled the riots in Nairobi after the election.",
        [(EventType.ASSAULT, {"KEN-police"}, {"KEN"}, False, False)],
    ),
    (
        "Security forces suppressed a demonstration near the presidential palace in Khartoum.",
        [(EventType.ASSAULT, {"SDN-police"}, {"SDN"}, False, False)],
    ),
    # At no one named, no act: a rally may be a market's.
    ("The central bank's decision crushed the rally in Brazilian bonds.", []),
    ("The Federal Reserve smashed the stock market rally on Wednesday.", []),
    ("The striker crushed Peru's hopes of a draw.", []),
    ("The opposition crushed the government's march toward a referendum in Caracas.", []),
    # Arms fired or launched that strike are one attack, whose target the striking verb names;
    # fired from a place with no one named firing them, they are of whoever holds it.
    (
        "Mortar shells fired by Eritrean troops hit an Ethiopian border post.",
        [(EventType.ASSAULT, {"ERI-military"}, {"ETH"}, False, False)],
    ),
    (
        "A rocket fired by Hezbollah fighters struck a house in Haifa, Israel.",
        [(EventType.ASSAULT, {"LBN"}, {"ISR"}, False, False)],
    ),
    (
        "Missiles launched from Yemen hit an oil refinery in Saudi Arabia.",
        [(EventType.ASSAULT, {"YEM"}, {"SAU"}, False, False)],
    ),
    (
        "Missiles launched from Iran struck an American base in Iraq.",
        [(EventType.ASSAULT, {"IRN"}, {"USA"}, False, False)],
    ),
    # The parse may make the participle of arms fired from a place the sentence's verb and
    # the verb that tells what they struck its conjunct or adverbial clause: the same attack.
    (
        "Rockets fired from Gaza hit the Israeli city of Sderot.",
        [(EventType.ASSAULT, {"PSE"}, {"ISR"}, False, False)],
    ),
    (
        "Mortars fired from Syria hit a Turkish border town.",
        [(EventType.ASSAULT, {"SYR"}, {"TUR"}, False, False)],
    ),
    (
        "Shells fired from Russian positions hit a school in Kherson, Ukraine.",
        [(EventType.ASSAULT, {"RUS"}, {"UKR"}, False, False)],
    ),
    ("Rockets fired from Gaza landed in the sea.", []),
    # Where arms are fired from is no party they are fired at.
    ("Russia launched missiles from Belarus.", []),
    ("Drones launched from Russia hit a power plant in Kharkiv, Ukraine.", []),
    (
        "Syrian forces fired rockets from Idlib at Turkish border villages.",
        [(EventType.ASSAULT, {"SYR-military"}, {"TUR-civilians"}, False, False)],
    ),
    # Another attack on the subject is its own.
    (
        "Police attacked by rioters shot two men in Kano.",
        [
            (EventType.ASSAULT, {"NGA-protesters"}, {"NGA-police"}, False, False),
            (EventType.ASSAULT, {"NGA-police"}, {"NGA-civilians"}, False, False),
        ],
    ),
    # Attacks one can count, their doer told by an adjective, with no target named.
    (
        "Rebel positions held out for weeks despite Egyptian airstrikes.",
        [(EventType.ASSAULT, {"EGY"}, set(), False, False)],
    ),
    (
        "Aid convoys turned back because of Kenyan airstrikes.",
        [(EventType.ASSAULT, {"KEN"}, set(), False, False)],
    ),
    # Not a state of things where it happened, nor a place named as a noun, nor one feared.
    ("Kashmiri violence has eased this year.", []),
    ("The ministers discussed the risk of an Algerian raid.", []),
    # What a verb acts on or tells of is its matter: the act judged, not a new attack.
    ("Analysts in Kampala spoke about the Rwandan raids.", []),
    (
        "Lawmakers in Tunis condemned the Algerian raids.",
        [(EventType.ACCUSE, {"TUN-legislature"}, {"DZA"}, False, False)],
    ),
    ("Lawmakers debated the Libyan fighting on Monday.", []),
    ("Crowds gathered on the anniversary of a Kabul bombing.", []),
    # A death after a passive gerund told with its doer: that act, done to the one who died
    # (the subject the gerund is on); the death itself is no protest of protesters.
    (
        "The Kenyan protester died after being beaten by police in Nairobi.",
        [(EventType.ASSAULT, {"KEN-police"}, {"KEN-opposition"}, False, False)],
    ),
    (
        "The Ugandan minister resigned after being criticised by the opposition.",
        [
            (EventType.CONCEDE, {"UGA-government"}, set(), False, False),
            (EventType.ACCUSE, {"UGA-opposition"}, {"UGA-government"}, False, False),
        ],
    ),
    ("Two Kenyan protesters died in Nairobi on Sunday.", []),
    # Doing again is doing: a verb WordNet glosses as its stem's act again or back reads as
    # the stem where its own senses read nothing ("recapture the convicts" stays an arrest).
    (
        "Syrian government forces recaptured the town of Kafr Zita from the rebels.",
        [(EventType.ASSAULT, {"SYR-military"}, {"SYR-rebels"}, False, False)],
    ),
    (
        "The Afghan army retook the district centre of Qaisar from the Taliban.",
        [(EventType.ASSAULT, {"AFG-military"}, {"AFG"}, False, False)],
    ),
    (
        "Indian authorities reimposed a curfew in Srinagar after the clashes.",
        [(EventType.COERCE, {"IND-government"}, set(), False, False)],
    ),
    (
        "Kenyan police recaptured two escaped convicts in Mombasa.",
        [(EventType.COERCE, {"KEN-police"}, {"KEN-criminals"}, False, False)],
    ),
    ("The singer recaptured the mood of her first album.", []),
    # Looting of any property is CAMEO's LOOT HOME (1712, ASSAULT), by a political doer;
    # private doers' force on their own state's ground is crime, on another state no crime.
    (
        "Al-Shabaab fighters plundered the market in Bulo Burde.",
        [(EventType.ASSAULT, {"SOM"}, set(), False, False)],
    ),
    (
        "Soldiers pillaged the village of Kabara.",
        [(EventType.ASSAULT, {"None-military"}, {"None-civilians"}, False, False)],
    ),
    ("The company plundered the pension fund.", []),
    (
        "Russian hackers attacked Ukraine.",
        [(EventType.ASSAULT, {"RUS-criminals"}, {"UKR"}, False, False)],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_recalled_events(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _events(sentence) == expected


def test_people_held_include_the_held_nouns_of_verbs_of_holding() -> None:
    # CAMEO's &HOSTAGE lacks them; English forms them from "detain" and "abduct".
    assert {"hostage", "prisoner", "captive", "detainee", "abductee"} <= load_lexicon().captives


@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        # A joint deed's noun that only takes place has its sides told by "between".
        ("The prisoner exchange between Sudan and Chad took place on Tuesday.", {"SDN", "TCD"}),
        ("A hostage swap between Yemen and Oman took place in March.", {"YEM", "OMN"}),
        (
            "The meeting between Macron and Merkel took place in Aachen.",
            {"Emmanuel Macron", "Angela Merkel"},
        ),
    ],
)
def test_sides_between(sentence: str, sides: set[str]) -> None:
    (result,) = extract_events([Article(id="a1", text=sentence, format="text")])
    by_id = {a.id: a for a in result.actors}
    (event,) = result.events
    assert not event.source and not event.target
    assert {_key(by_id[a]) for a in event.participants} == sides


def test_time_inside_passive_dates_the_event() -> None:
    """The time put back on the participle still dates the act."""
    text = "The Tunisian blogger was on Tuesday arrested by police in Sfax."
    published = datetime(2024, 5, 10, tzinfo=UTC)
    (result,) = extract_events([Article(id="a1", text=text, format="text", published_at=published)])
    (event,) = result.events
    assert event.type is EventType.COERCE and event.target  # the blogger, read as without it
    assert event.date == date(2024, 5, 7)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A verb of armed attack that WordNet reads as criticism too attacks in words where a
        # person or a body is attacked, by no armed doer, with no arms nor place hit.
        (
            "Erdogan blasts Italian government over migrant deal",
            [(EventType.ACCUSE, {"Recep Tayyip Erdoğan"}, {"ITA-government"}, False, False)],
        ),
        (
            "The Kenyan senator blasted the Ugandan government over the border dispute.",
            [(EventType.ACCUSE, {"KEN-legislature"}, {"UGA-government"}, False, False)],
        ),
        (
            "Maduro assailed the Colombian president on Thursday.",
            [(EventType.ACCUSE, {"Nicolás Maduro"}, {"COL-government"}, False, False)],
        ),
        # Physical where forces or arms act, or a place is hit: never criticism.
        ("Nigerian troops blasted Boko Haram positions near Maiduguri.", []),
        ("Indian rockets blasted into the Pakistani village.", []),
        ("Serbian protesters assailed the police with stones.", []),
    ],
)
def test_attack_in_words(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _events(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A bombing of no kind told is set off by explosives, as CAMEO's car and roadside
        # bombings are; a suicide attack only where the doer blew himself up.
        ("Separatists planted a bomb outside a Moroccan army post.", ("ASSAULT", "explosives")),
        ("A grenade exploded near a Malian police patrol.", ("ASSAULT", "explosives")),
        ("A bomber blew himself up at a Malian police post.", ("ASSAULT", "suicide-attack")),
        # The arms a bombing plants, throws or sets off are any munition, as CAMEO names
        # "explosive" set off.
        ("Separatists planted explosives outside a Moroccan army post.", ("ASSAULT", "explosives")),
        ("Rioters hurled grenades at a Togolese police station.", ("ASSAULT", "explosives")),
    ],
)
def test_bombing_mode(sentence: str, expected: tuple[str, str]) -> None:
    (result,) = extract_events([Article(id="a1", text=sentence, format="text")])
    assert [(e.type.value, e.mode) for e in result.events] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Volunteers planted trees along the Moroccan border.",
        "Moroccan agents planted a listening device in the Algerian embassy.",
    ],
)
def test_planted_no_arms(sentence: str) -> None:
    (result,) = extract_events([Article(id="a1", text=sentence, format="text")])
    assert not [e for e in result.events if e.type is EventType.ASSAULT]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Arms go through what they strike, and do harm CAMEO files with "damage" (180).
        (
            "A truck bomb tore through a Somali army checkpoint.",
            [(EventType.ASSAULT, set(), {"SOM"}, False, False)],
        ),
        (
            "Sudanese rockets damaged a Chadian power station.",
            [(EventType.ASSAULT, {"SDN"}, {"TCD"}, False, False)],
        ),
        # What went off, where it goes through a state's forces; not a gas explosion, nor a
        # blast through a plant, which may be a mishap.
        (
            "An explosion ripped through a Nigerien army convoy.",
            [(EventType.ASSAULT, set(), {"NER-military"}, False, False)],
        ),
        ("A gas explosion ripped through a Nigerien army barracks.", []),
        ("An explosion ripped through a Nigerien chemical plant.", []),
        ("A storm damaged a Chadian power station.", []),
        ("A tornado tore through a Nigerien village.", []),
    ],
)
def test_arms_through_or_damaging(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _events(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A force's patrol or convoy, by its agent word, is the force struck; a body of
        # another kind ("council", "coalition") is no force.
        (
            "A roadside bomb hit a Malian police patrol.",
            [(EventType.ASSAULT, set(), {"MLI-police"}, False, False)],
        ),
        (
            "Jihadists ambushed a Burkinabe army convoy.",
            [(EventType.ASSAULT, {"BFA-armed group"}, {"BFA-military"}, False, False)],
        ),
        # A force's site is where the act done to it was done, its verb's "in".
        (
            "A roadside bomb struck a police station in Kandahar.",
            [(EventType.ASSAULT, set(), {"AFG-police"}, False, False)],
        ),
        # Arms or an attack that target someone strike them (CAMEO's "target", 190).
        (
            "The blast targeted a convoy of Nigerien soldiers.",
            [(EventType.ASSAULT, set(), {"NER-military"}, False, False)],
        ),
        ("The campaign targeted young Nigerien voters.", []),
        # A vehicle driven into a state force's patrol or convoy attacks it; into its
        # building, no one.
        (
            "A suicide bomber drove his car into a Somali police convoy.",
            [(EventType.ASSAULT, {"SOM-rebels"}, {"SOM-police"}, False, False)],
        ),
        ("A man drove his truck into a police station in Lyon.", []),
        # A blast claimed was set off by the claimant; unclaimed, or a gas explosion, none.
        (
            "Boko Haram claimed responsibility for the explosion.",
            [(EventType.ASSAULT, {"NGA"}, set(), False, False)],
        ),
        ("No group has claimed responsibility for the explosion.", []),
        # ... whoever the blast claimed harmed, not only a state's forces.
        (
            "Boko Haram claimed the blast, which killed six Nigerian traders.",
            [
                (EventType.ASSAULT, {"NGA"}, set(), False, False),
                (EventType.ASSAULT, set(), {"NGA-business"}, False, False),
            ],
        ),
        ("The Nigerian firm claimed responsibility for the gas explosion at its plant.", []),
        # ... and a suicide blast, or one aimed at what it struck, whoever it harmed or hit.
        (
            "A suicide blast killed 12 people at a funeral in Jalalabad, Afghanistan.",
            [(EventType.ASSAULT, set(), {"AFG-civilians"}, False, False)],
        ),
        (
            "The explosion targeted the convoy of the governor in Lashkar Gah.",
            [(EventType.ASSAULT, set(), {"AFG-government"}, False, False)],
        ),
        ("A boiler blast at a textile mill in Dhaka killed six workers.", []),
    ],
)
def test_bombs_striking_forces(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _events(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Arms that strike something, no side named, strike the state of the town they hit,
        # whether the text names that state or not; at sea or at their own aim, no one.
        (
            "A missile hit a clinic in Zaporizhzhia.",
            [(EventType.ASSAULT, set(), {"UKR"}, False, False)],
        ),
        (
            "Shells struck a power station in Donetsk on Sunday.",
            [(EventType.ASSAULT, set(), {"UKR"}, False, False)],
        ),
        ("A rocket struck a cargo ship in the Red Sea.", []),
        ("The missile hit its target during a test over Nevada.", []),
    ],
)
def test_arms_striking_a_town(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _events(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # An attack, an ambush, a massacre or a bombing told by its noun alone, where it was
        # done or whom it hit told, is the unidentified armed group's of its state (ACLED's).
        (
            "Police cordoned off the area after the attack at a market in Mogadishu, Somalia.",
            [(EventType.ASSAULT, {"SOM-armed group"}, set(), False, False)],
        ),
        (
            "Three policemen were among the dead in the bombing at a checkpoint in Quetta.",
            [(EventType.ASSAULT, {"PAK-armed group"}, set(), False, False)],
        ),
        (
            "Two days after the ambush on an army convoy in Borno State, troops launched an"
            " operation.",
            [(EventType.ASSAULT, {"NGA-armed group"}, {"NGA-military"}, False, False)],
        ),
        (
            "Twelve people were killed in the attack on the Turkish embassy in Kabul on Tuesday.",
            [
                (EventType.ASSAULT, set(), {"AFG-civilians"}, False, False),
                (EventType.ASSAULT, {"AFG-armed group"}, {"TUR"}, False, False),
            ],
        ),
        # Not one planned, words, a beast's, a past one known by its name, nor ground struck
        # (an assault of war, its side untold).
        ("Police uncovered plans for an attack on the embassy in Nairobi.", []),
        ("An attack on the budget in Kenya would hurt the poor, the opposition said.", []),
        ("A shark attack near Sydney, Australia, injured a surfer.", []),
        ("Survivors of the 1995 Srebrenica massacre gathered in Potocari on Saturday.", []),
        (
            "The heavy bombing of Mosul, Iraq, destroyed the old city.",
            [(EventType.ASSAULT, set(), {"IRQ"}, False, False)],
        ),
        # After an attack told, it is that attack told again.
        (
            "Militants stormed a hotel in Mogadishu, Somalia. Guests fled after the attack on"
            " the hotel in Mogadishu.",
            [(EventType.ASSAULT, {"SOM-rebels"}, {"SOM"}, False, False)],
        ),
    ],
)
def test_attack_told_in_passing(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _events(sentence) == expected


def test_attack_noun_of_a_site_in_a_town() -> None:
    """An attack's noun's "of" is what it was done to, placed by its own "in" as a verb's
    object is: the town's state, which the article names."""
    text = "Unrest has spread across Niger. The bombing of a church in Zinder took place at dawn."
    assert _events(text) == [(EventType.ASSAULT, set(), {"NER"}, False, False)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # One who survives, withstands, weathers or endures an act named underwent it: the
        # act happened, done to the verb's subject.
        (
            "A Malian army base withstood an assault by Burkinabe soldiers.",
            [(EventType.ASSAULT, {"BFA-military"}, {"MLI-military"}, False, False)],
        ),
        (
            "Venezuela has weathered years of Canadian sanctions.",
            [(EventType.SANCTION, {"CAN"}, {"VEN"}, False, False)],
        ),
        # An object that names no act codes nothing; a definite one names an act told before.
        ("The Malian army base withstood the sandstorm.", []),
        ("The Malian army base withstood the assault.", []),
    ],
)
def test_act_undergone(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _events(sentence) == expected


_PROTEST = EventType.PROTEST


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # South Asian news names its protests by their Hindi-Urdu words; a party's workers,
        # activists or cadres named by its initials or its short name are the party.
        (
            "Congress party workers staged a dharna outside the district office in Indore.",
            [(_PROTEST, {"IND"}, set(), False, False)],
        ),
        (
            "BJP activists observed a bandh in Ranchi against the arrest of their leader.",
            [(_PROTEST, {"IND"}, set(), False, False)],
        ),
        (
            "ABVP activists gheraoed the district collector in Jaipur on Tuesday.",
            [(_PROTEST, {"IND"}, set(), False, False)],
        ),
        (
            "Shiv Sena activists held a chakka jam in Nashik against the fuel price hike.",
            [(_PROTEST, {"IND"}, set(), False, False)],
        ),
        (
            "PML-N workers took out a protest procession in Lahore against the inflation.",
            [(_PROTEST, {"PAK"}, set(), False, False)],
        ),
        (
            "Hundreds of villagers staged a rasta roko on the highway near Gaya.",
            [(_PROTEST, {"IND-civilians"}, set(), False, False)],
        ),
        (
            "Opposition MPs staged a walkout from the Kenyan parliament over the finance bill.",
            [(_PROTEST, {"KEN-opposition"}, {"KEN-legislature"}, False, False)],
        ),
        # A protest done to protest something is one protest, against what its infinitive
        # names; no second one, planned.
        (
            "Nurses in Kenya went on strike on Monday to protest the delay in their salaries.",
            [(_PROTEST, {"KEN-health"}, set(), False, False)],
        ),
        (
            "Farmers in Punjab went on strike to protest the Indian government's farm laws.",
            [(_PROTEST, {"IND-agriculture"}, {"IND-government"}, False, False)],
        ),
        # Nurses on strike are labour, as striking workers are.
        (
            "The striking nurses in Kenya continued their hunger strike outside the hospital.",
            [(_PROTEST, {"KEN-labour"}, set(), False, False)],
        ),
        # A protest against a deed is aimed at its doer, not at whom it was done to.
        (
            "BJP workers staged a protest in Patna against the arrest of their leader by the"
            " Bihar police.",
            [
                (_PROTEST, {"IND"}, {"IND-police"}, False, False),
                (EventType.COERCE, {"IND-police"}, set(), False, False),
            ],
        ),
        (
            "Students marched in Nairobi against the killing of a classmate by police.",
            [
                (_PROTEST, {"KEN-education"}, {"KEN-police"}, False, False),
                (EventType.ASSAULT, {"KEN-police"}, set(), False, False),
            ],
        ),
        # A market's rally, a share's strike: no protest.
        ("The rupee staged a strong rally against the dollar on Monday.", []),
        # Only a shutdown is observed as a protest: an air strike watched is none.
        ("UN monitors observed an air strike on the village near Idlib.", []),
    ],
)
def test_protest_forms_and_parties(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _events(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "mode"),
    [
        ("Congress party workers staged a dharna in Bhopal.", "demonstration"),
        ("BJP workers observed a hartal in Thane.", "strike"),
        ("ABVP activists gheraoed the vice chancellor in Jaipur.", "blockade"),
    ],
)
def test_protest_form_modes(sentence: str, mode: str) -> None:
    (result,) = extract_events([Article(id="a1", text=sentence, format="text")])
    assert [(e.type, e.mode) for e in result.events] == [(_PROTEST, mode)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # People of a trade protest as any people do: a protest is political by its nature.
        (
            "Shop owners and traders observed a shutdown in Silchar against the new tax.",
            [(_PROTEST, {"IND-business"}, set(), False, False)],
        ),
        (
            "Traders protested outside the municipal office in Sylhet on Sunday.",
            [(_PROTEST, {"BGD-business"}, set(), False, False)],
        ),
        # A demand for a release or an arrest is made of the authorities, whoever makes it
        # (its target the people it is for, as before); not one for money of no one named.
        (
            "Villagers in Sindh demanded the release of three fishermen held since May.",
            [(EventType.REQUEST, {"PAK-civilians"}, {"PAK-agriculture"}, False, False)],
        ),
        (
            "Students in Nepal demanded the arrest of the man who attacked their teacher.",
            [(EventType.REQUEST, {"NPL-education"}, {"NPL-civilians"}, False, False)],
        ),
        ("Villagers in Sindh demanded compensation for the flooded fields.", []),
        # A crowd naming no actor protests as protesters, where it marches; the capital it
        # marches in is no state it protests against.
        (
            "Thousands of supporters of the jailed cleric marched in Islamabad on Friday.",
            [(_PROTEST, {"PAK-protesters"}, set(), False, False)],
        ),
        (
            "Rickshaw pullers rallied in Dhaka against the ban on their vehicles.",
            [(_PROTEST, {"BGD-protesters"}, set(), False, False)],
        ),
        # A participle the parse hangs on the protest's noun, or on whom the protest hems
        # in, is the protesters' demand.
        (
            "Nurses in Lahore staged a demonstration demanding action against the police.",
            [
                (_PROTEST, {"PAK-health"}, set(), False, False),
                (EventType.REQUEST, {"PAK-health"}, {"PAK-police"}, False, False),
            ],
        ),
        (
            "Mill workers gheraoed the district officer demanding the resignation of the minister.",
            [
                (_PROTEST, {"None-labour"}, set(), False, False),
                (EventType.REQUEST, {"None-labour"}, {"None-government"}, False, False),
            ],
        ),
        # A pronoun's referent is untold: no protesters, and still no state protested
        # against; nor is a thing that "demonstrates" a crowd.
        ("They rallied in Dhaka on Monday.", []),
        ("The new survey of Dhaka demonstrates that rents rose.", []),
    ],
)
def test_protests_of_people_and_crowds(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _events(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A bare union is a trade union (Phoenix's LABOR_UNION), and so are its leaders;
        # truckers are transport workers; Maoists are India's rebels: generic agents of the
        # state the sentence places them in, as police or farmers are.
        (
            "The union called a general strike in Chittagong on Sunday.",
            [(_PROTEST, {"BGD-labour"}, set(), False, False)],
        ),
        (
            "Unions in Peru called a national strike against the mining law.",
            [(_PROTEST, {"PER-labour"}, set(), False, False)],
        ),
        (
            "Union leaders met the transport minister in Kandy on Monday.",
            [(EventType.CONSULT, {"LKA-labour"}, {"LKA-government"}, False, False)],
        ),
        (
            "Truckers in Nepal went on strike over the new toll.",
            [(_PROTEST, {"NPL-labour"}, set(), False, False)],
        ),
        (
            "Maoists torched two trucks at a road construction site in Bijapur.",
            [(EventType.ASSAULT, {"IND-rebels"}, set(), False, False)],
        ),
        # "it" of the union that says it will strike stops work, no blow.
        (
            "The union said it would strike again from Monday, in Nairobi.",
            [(EventType.THREATEN, {"KEN-labour"}, set(), False, False)],
        ),
        # A union named by what it unites is no trade union: a sport's, a bank.
        ("The players' union rejected the new transfer rules proposed by the league.", []),
        ("The union of chess players rejected the new rating rules.", []),
        ("A credit union in Ohio rejected the merger offer.", []),
    ],
)
def test_bare_generic_agents(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _events(sentence) == expected
