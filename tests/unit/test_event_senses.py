"""Triggers found but read in the wrong sense: a state, a substance, a bid, a criticism, an
act to be done to the subject, a science's inquiry, a thing's act; with the real
English model."""

import pytest

from graph.models import EventType
from tests.unit.test_event_assertion import _events

# (sentence, expected events as (type, source, target, negated, hypothetical))
CASES = [
    # Going out of any meeting halts it as going out of talks does (CAMEO's 164); an "of"
    # near a verb that goes nowhere out leaves nothing.
    (
        "The Peruvian delegation walked out of the negotiations with Chile in Lima.",
        [(EventType.SANCTION, {"PER"}, {"CHL"}, False, False)],
    ),
    ("Peruvian officials toured the venue of the talks in Lima.", []),
    # Goods given as aid may come second among the objects.
    (
        "Norway delivered diesel and antibiotics to the refugee camps in Chad.",
        [(EventType.AID, {"NOR"}, set(), False, False)],
    ),
    # An agentless present passive tells how things stand; the past or the progressive acts.
    ("The Nigerian federal government is partially shut down over the budget.", []),
    ("The Lebanese border with Syria is closed to trucks.", []),
    (
        "The opposition radio station in Caracas was shut down by Venezuelan police.",
        [(EventType.COERCE, {"VEN-police"}, {"VEN-media"}, False, False)],
    ),
    # A "decline" told since a time or by an amount is a fall; with no such phrase, a refusal.
    ("Since the 1990 election, the Kenyan opposition party has declined.", []),
    ("The vote of the Chilean Socialist Party declined by 12 percent.", []),
    (
        "Kenya asked Uganda to withdraw its troops, but Uganda declined.",
        [
            (EventType.REQUEST, {"KEN"}, {"UGA"}, False, False),
            (EventType.REJECT, {"UGA"}, {"KEN"}, False, False),
        ],
    ),
    # A substance does not attack; arms or an attacker do.
    ("Dozens of Kenyan schoolchildren were poisoned by contaminated milk.", []),
    ("Two Pakistani soldiers were struck by a falling rock near the border.", []),
    (
        "Two Pakistani soldiers were struck by a roadside bomb near the border.",
        [(EventType.ASSAULT, set(), {"PAK-military"}, False, False)],
    ),
    # A charge for an office is a bid, no accusation; charges against someone are one.
    ("The Peruvian senator began her last charge for the presidency on Monday.", []),
    (
        "Bolivian prosecutors dropped the charges against the former president.",
        [(EventType.CONCEDE, {"BOL-judiciary"}, {"BOL-elites"}, False, False)],
    ),
    # A legal charge takes whom it accuses; one "at" or "into" somewhere, no one charged, is
    # a rush forward.
    (
        "Police said troopers shot a man who charged at them with a machete in Leeds.",
        [(EventType.ASSAULT, {"GBR-police"}, {"GBR-civilians"}, False, False)],
    ),
    ("the rebels charged into the town of kalemie on sunday.", []),
    (
        "Kenyan prosecutors charged two opposition leaders with treason.",
        [(EventType.ACCUSE, {"KEN-judiciary"}, {"KEN-opposition"}, False, False)],
    ),
    # One of a force named by its word ("the deputy") who opens fire on someone fires; a
    # minister who does attacks in words.
    (
        "the deputy opened fire on the driver when the van sped toward him.",
        [(EventType.ASSAULT, {"None-police"}, {"None-civilians"}, False, False)],
    ),
    (
        "The Kenyan minister opened fire on his critics in parliament.",
        [(EventType.ACCUSE, {"KEN-government"}, set(), False, False)],
    ),
    # "shot and killed" after a compound subject ("state trooper") is the sentence's verb,
    # not the compound's last noun.
    (
        "a state trooper shot and killed a man who fled a traffic stop.",
        [(EventType.ASSAULT, {"None-police"}, {"None-civilians"}, False, False)],
    ),
    (
        "a sheriff deputy shot and wounded a suspect outside the store.",
        [(EventType.ASSAULT, {"None-police"}, {"None-criminals"}, False, False)],
    ),
    # "beat him", the pronoun standing for a group told by its kind, is a beating; a rival
    # beaten is none.
    (
        "a protester died after police beat him.",
        [(EventType.ASSAULT, {"None-police"}, {"None-opposition"}, False, False)],
    ),
    ("nadal lost the first set to djokovic, but then he beat him in the final.", []),
    # The dead in a clash are its target, the side the clash is "with" its source.
    (
        "two demonstrators died in the clashes with riot police.",
        [(EventType.ASSAULT, {"None-police"}, {"None-protesters"}, False, False)],
    ),
    (
        "three protesters were killed in clashes with police in the capital.",
        [(EventType.ASSAULT, {"None-police"}, {"None-protesters"}, False, False)],
    ),
    # Violence on oneself alone is no act on another; others shot with oneself are.
    ("a police officer accidentally shot himself while cleaning his gun.", []),
    (
        "the gunman shot himself and two bystanders.",
        [(EventType.ASSAULT, {"None-armed group"}, {"None-civilians"}, False, False)],
    ),
    # A stun gun's shock is force on a person.
    (
        "officers tasered the man twice outside the bar.",
        [(EventType.ASSAULT, {"None-police"}, {"None-civilians"}, False, False)],
    ),
    ("the ranger tased a charging bear near the campsite.", []),
    # Blows of the body on a person are assault (a teenager a civilian, an inmate one held
    # for a crime); on a thing, with a particle, or in a pattern of another act, none.
    (
        "an officer punched a teenager outside the mall.",
        [(EventType.ASSAULT, {"None-police"}, {"None-civilians"}, False, False)],
    ),
    (
        "two deputies kicked an inmate in the county jail.",
        [(EventType.ASSAULT, {"None-police"}, {"None-criminals"}, False, False)],
    ),
    ("the striker kicked the ball into the net.", []),
    ("the party kicked out two lawmakers after the vote.", []),
    (
        "Washington slapped sanctions on Iran.",
        [(EventType.SANCTION, {"USA"}, {"IRN"}, False, False)],
    ),
    # A verb hyphened to arms, or a charge made with a thing, assaults whom it is done to.
    (
        "police pepper-sprayed a woman outside the courthouse.",
        [(EventType.ASSAULT, {"None-police"}, {"None-civilians"}, False, False)],
    ),
    (
        "police baton-charged the protesters in dhaka.",
        [(EventType.ASSAULT, {"BGD-police"}, {"BGD-protesters"}, False, False)],
    ),
    (
        "police resorted to a lathi-charge to disperse the crowd.",
        [
            (EventType.ASSAULT, {"None-police"}, set(), False, False),
            (EventType.COERCE, {"None-police"}, set(), False, False),
        ],
    ),
    ("the senate rubber-stamped the bill.", []),
    # Written apart ("pepper sprayed", "tear gassed") or told by "with", arms so used assault
    # the people they are used on; a thing sprayed is none.
    (
        "riot police pepper sprayed students outside the university in nairobi.",
        [(EventType.ASSAULT, {"KEN-police"}, {"KEN-education"}, False, False)],
    ),
    (
        "Guinean soldiers sprayed the marchers with tear gas in Conakry.",
        [(EventType.ASSAULT, {"GIN-military"}, set(), False, False)],
    ),
    ("the artist sprayed the wall with paint.", []),
    # Shots fired at people are an attack with small arms; what they hit is told after them.
    (
        "Sudanese troops fired shots at protesters in Khartoum.",
        [(EventType.ASSAULT, {"SDN-military"}, {"SDN-protesters"}, False, False)],
    ),
    (
        "Gunmen fired shots outside a church in Kaduna, hitting three worshippers.",
        [(EventType.ASSAULT, {"NGA-armed group"}, {"NGA-civilians"}, False, False)],
    ),
    ("the hunter fired shots at a deer near the lake.", []),
    # Armed forces or an armed group targeting what they aim at attack it; not with no arms.
    (
        "Insurgents targeted a Nigerian army base in Borno state.",
        [(EventType.ASSAULT, {"NGA-rebels"}, {"NGA-military"}, False, False)],
    ),
    ("The Kenyan army targeted school leavers with a recruitment drive.", []),
    # What CAMEO's small-arms patterns are done in ("KILL (IN SHOOTOUT)") is a fight, its
    # "with" the other side.
    (
        "two Somali soldiers died in a shootout with Al-Shabaab militants near Kismayo.",
        [(EventType.ASSAULT, {"SOM"}, {"SOM-military"}, False, False)],
    ),
    (
        "Three suspected rebels were killed in a gunbattle with Ugandan troops.",
        [(EventType.ASSAULT, {"UGA-military"}, {"UGA-rebels"}, False, False)],
    ),
    # People left dead or wounded were harmed, as by "killed": by whoever left them so, an
    # attack only where someone or arms did it, not a storm.
    (
        "bandits left four farmers dead in a raid on a village in Katsina.",
        [
            (EventType.ASSAULT, {"NGA-armed group"}, {"NGA-agriculture"}, False, False),
            (EventType.ASSAULT, set(), {"NGA-civilians"}, False, False),
        ],
    ),
    ("the storm left three fishermen dead off the coast of Manila.", []),
    # Fire a person or a force is named for is gunfire; a house fire is none.
    (
        "Two Iraqi protesters were killed by sniper fire in Baghdad.",
        [(EventType.ASSAULT, set(), {"IRQ-protesters"}, False, False)],
    ),
    ("A house fire killed three children in Lagos.", []),
    # A hostile deed told by a gerund after "after" was done by the doer of the verb it
    # follows, a passive's subject too; a deed of no other kind, or a private crime, is none.
    (
        "two Kenyan police officers were arrested after fatally shooting a student in Kisumu.",
        [
            (EventType.COERCE, set(), {"KEN-police"}, False, False),
            (EventType.ASSAULT, {"KEN-police"}, {"KEN-education"}, False, False),
        ],
    ),
    (
        "Malian soldiers fled the camp after killing three herders near Mopti.",
        [(EventType.ASSAULT, {"MLI-military"}, set(), False, False)],
    ),
    (
        "the minister resigned after meeting the striking nurses.",
        [(EventType.CONCEDE, {"None-government"}, set(), False, False)],
    ),
    # A driver is a civilian.
    (
        "troopers shot a driver who fled a checkpoint.",
        [(EventType.ASSAULT, {"None-police"}, {"None-civilians"}, False, False)],
    ),
    # Fire opened is shots, with no one named hit too.
    (
        "police opened fire when the crowd refused to disperse.",
        [(EventType.ASSAULT, {"None-police"}, set(), False, False)],
    ),
    # A body of one's own state convened is called to sit, no one met.
    ("The Jordanian president convened parliament on Monday.", []),
    # Met with a reaction in the passive is received so, no meeting; "met by" stays one.
    ("The Kenyan proposal was met with scepticism in Kampala.", []),
    ("Protesters in Nairobi were met with tear gas on Friday.", []),
    (
        "The Kenyan plan has been met with condemnation from Uganda.",
        [(EventType.ACCUSE, {"UGA"}, {"KEN"}, False, False)],
    ),
    (
        "The Ghanaian president was met by Togolese officials in Lome.",
        [(EventType.CONSULT, {"TGO-government"}, {"GHA-government"}, False, False)],
    ),
    # Indicted "on charges" is a charge, as "indicted for" is, by a grand jury (judiciary).
    (
        "a grand jury indicted the trooper on charges of assault.",
        [(EventType.ACCUSE, {"None-judiciary"}, {"None-police"}, False, False)],
    ),
    # Attacked for doing something: criticised (CAMEO's ATTACK (FOR)), no violence.
    (
        "Macron attacked Marine Le Pen for praising the Russian president.",
        [(EventType.ACCUSE, {"Emmanuel Macron"}, {"Marine Le Pen"}, False, False)],
    ),
    # One person attacking another on doing something or in a debate: with words, no blows.
    (
        "Kamala Harris attacked Joe Biden during a televised debate.",
        [(EventType.ACCUSE, {"Kamala Harris"}, {"Joe Biden"}, False, False)],
    ),
    (
        "Taliban gunmen attacked Governor Ahmed Khan during a meeting with tribal elders.",
        [(EventType.ASSAULT, {"AFG"}, {"Ahmed Khan"}, False, False)],
    ),
    # What is to be done to the subject is no pledge or threat of its own, only ahead.
    (
        "If the appeal fails, the Ecuadorian minister would then face trial in Quito.",
        [],
    ),
    # An inquiry a science names studies and accuses no one; one into a person accuses.
    (
        "Kenyan health officials carried out epidemiological investigations among villagers"
        " after the cholera cases.",
        [],
    ),
    (
        "Kenyan police opened an investigation into the minister over the missing funds.",
        [(EventType.ACCUSE, {"KEN-police"}, {"KEN-government"}, False, False)],
    ),
    # An investigation of a happening, its cause or its circumstances, accuses no one.
    ("Ugandan police are looking into the death of a student in Kampala.", []),
    ("The Peruvian army is investigating the circumstances of the explosion at the depot.", []),
    ("Polish prosecutors are investigating the incident.", []),
    # So does one of what a thing "about" or "behind" it tells of.
    ("The Kenyan police have been investigating the details about the cause of his death.", []),
    ("Ghanaian police are investigating the circumstances behind the explosion at the depot.", []),
    # So does one of what a clause on it ties to a happening, as "of" does.
    ("Chilean police are investigating the circumstances surrounding the death of a miner.", []),
    ("Italian prosecutors are investigating the failures that led to the collapse of a dam.", []),
    ("Romanian police are examining the events leading up to the fire at the depot.", []),
    # The clause on an inquiry may have the inquiry for its object: read once, not for ever.
    ("An inquiry conducted by Peruvian police into the explosion at the depot found no fault.", []),
    # Not where the clause ties it to an attack, or to no happening.
    (
        "Kenyan police are investigating the events leading up to the attack on the senator.",
        [
            (EventType.ACCUSE, {"KEN-police"}, set(), False, False),
            (EventType.ASSAULT, set(), {"KEN-legislature"}, False, False),
        ],
    ),
    # A strike that lasts a stated time is a stoppage of work; an attack is no span.
    (
        "Ghanaian nurses began a four-day strike against the government.",
        [(EventType.PROTEST, {"GHA-health"}, {"GHA-government"}, False, False)],
    ),
    (
        "The US carried out a drone strike in Somalia on Tuesday.",
        [(EventType.ASSAULT, {"USA"}, {"SOM"}, False, False)],
    ),
    # So is one by people at work, theirs or their union's; a state's or its forces' is an
    # attack.
    (
        "Ghanaian dock workers launched a strike against the new port tax.",
        [(EventType.PROTEST, {"GHA-labour"}, set(), False, False)],
    ),
    (
        "The Ghanaian union called a strike.",
        [(EventType.PROTEST, {"GHA"}, set(), False, False)],
    ),
    (
        "Ghanaian troops launched a strike on the rebel camp.",
        [(EventType.ASSAULT, {"GHA-military"}, set(), False, False)],
    ),
    # So is a general strike, and one called (an air strike is called in).
    (
        "The Togolese opposition called a general strike for Monday.",
        [(EventType.PROTEST, {"TGO-opposition"}, set(), False, False)],
    ),
    (
        "A strike called by the Malian opposition closed schools in Bamako.",
        [(EventType.PROTEST, {"MLI-opposition"}, set(), False, False)],
    ),
    # A stoppage of work told as the subject is one still; a strike by arms an attack.
    (
        "A strike by Senegalese railway workers stopped trains to Bamako.",
        [(EventType.PROTEST, {"SEN-labour"}, set(), False, False)],
    ),
    (
        "The strike by Zimbabwean teachers entered its second week.",
        [(EventType.PROTEST, {"ZWE-education"}, set(), False, False)],
    ),
    (
        "A strike by Egyptian warplanes destroyed a militant camp in Sinai.",
        [(EventType.ASSAULT, {"EGY-military"}, set(), False, False)],
    ),
    # A strike called is one in the passive too.
    (
        "The strike was called by the Malian opposition on Monday.",
        [(EventType.PROTEST, {"MLI-opposition"}, set(), False, False)],
    ),
    # The verb of people at work striking no one, or striking "work", stops work; forces
    # striking a target attack, and striking back at words is criticism.
    (
        "Ghanaian dock workers struck for a second day.",
        [(EventType.PROTEST, {"GHA-labour"}, set(), False, False)],
    ),
    (
        "Zimbabwean teachers have been striking over pay since March.",
        [(EventType.PROTEST, {"ZWE-education"}, set(), False, False)],
    ),
    (
        "Kenyan court employees struck work in Mombasa.",
        [(EventType.PROTEST, {"KEN-labour"}, set(), False, False)],
    ),
    (
        "Malian troops struck a rebel camp near Gao.",
        [(EventType.ASSAULT, {"MLI-military"}, set(), False, False)],
    ),
    (
        "Ghanaian teachers struck back at the minister's remarks.",
        [(EventType.ACCUSE, {"GHA-education"}, {"GHA-government"}, False, False)],
    ),
    # Observers, monitors, inspectors or peacekeepers received are let in (CAMEO 086, yield),
    # a group of them too; a delegation or a mission received is a visit.
    (
        "Georgia received a team of monitors from Ukraine in Tbilisi on Monday.",
        [(EventType.RETREAT, {"GEO"}, {"UKR"}, False, False)],
    ),
    (
        "Iran received Ukrainian nuclear inspectors at the Natanz site.",
        [(EventType.RETREAT, {"IRN"}, {"UKR"}, False, False)],
    ),
    (
        "The Bolivian president received a delegation of ministers from Peru.",
        [(EventType.CONSULT, {"BOL-government"}, {"PER-government"}, False, False)],
    ),
    # Hosting an occasion that is no meeting, for no visitor, is no visit.
    ("The Canadian prime minister will host the annual music awards in Toronto.", []),
    ("The Moroccan king will host the film festival in Marrakesh.", []),
    (
        "The Kenyan president hosted his Ugandan counterpart in Nairobi.",
        [(EventType.CONSULT, {"KEN-government"}, {"UGA"}, False, False)],
    ),
    # A thing as a passive's agent supports no one; people do.
    ("The Turkish lira is being supported by a mix of high interest rates and strong exports.", []),
    (
        "The Nigerian president was supported by opposition lawmakers in the vote.",
        [(EventType.SUPPORT, {"NGA-legislature"}, {"NGA-government"}, False, False)],
    ),
    # Nor does a thing as an active subject (a mishap, a singular common noun that names no
    # actor, agent, body or event): it says, asks or backs nothing.
    ("The famine threatens the Somali government with collapse.", []),
    ("A weaker currency supported the Brazilian government this quarter.", []),
    ("The paper also spoke to the Chilean navy about the missing ship.", []),
    # Of a threat or a request, a plural thing too: it endangers or presses, it makes no threat
    # nor demand; people still threaten and ask.
    ("Rising fuel prices threaten the stability of the Peruvian government.", []),
    ("Mounting debts threaten the survival of the Ghanaian government.", []),
    ("The Bolivian government is threatened by falling gas revenues.", []),
    ("Soaring food prices are pressing the Egyptian government to cut bread subsidies.", []),
    (
        "Foreign donors pressed the Egyptian government to cut bread subsidies.",
        [(EventType.REQUEST, set(), {"EGY-government"}, False, False)],
    ),
    (
        "Student groups urged the Chilean government to cut tuition fees.",
        [(EventType.REQUEST, set(), {"CHL-government"}, False, False)],
    ),
    (
        "Kenyan nurses threatened the Kenyan government with a strike.",
        [(EventType.THREATEN, {"KEN-health"}, {"KEN-government"}, False, False)],
    ),
    (
        "Striking dockworkers threatened the Chilean government.",
        [(EventType.THREATEN, set(), {"CHL-government"}, False, False)],
    ),
    # Nor does an act that names no one doing it; a gathering or an inquiry speaks for those
    # it brings together.
    ("The raids threaten the fragile truce between Israel and Hamas.", []),
    ("The invasion threatened the peace talks between Russia and Ukraine.", []),
    (
        "The conference urged Sudan to end the war.",
        [(EventType.REQUEST, set(), {"SDN"}, False, False)],
    ),
    (
        "The inquiry accused the Kenyan minister of fraud.",
        [(EventType.ACCUSE, set(), {"KEN-government"}, False, False)],
    ),
    # People, bodies and gatherings the resolver may not name still act.
    (
        "Critics accused the Hungarian government of corruption.",
        [(EventType.ACCUSE, set(), {"HUN-government"}, False, False)],
    ),
    (
        "The committee urged the Kenyan government to release the journalists.",
        [(EventType.REQUEST, set(), {"KEN-government"}, False, False)],
    ),
    (
        "The summit condemned the Syrian government for the shelling.",
        [(EventType.ACCUSE, set(), {"SYR-government"}, False, False)],
    ),
    # A politician's own rally, or a campaign's, is no protest; one against someone is.
    ("Senator Warren held a rally in Boston on Saturday.", []),
    ("The Labour Party held campaign rallies in Leeds.", []),
    (
        "Kenyan students held a rally in Nairobi against the Kenyan government.",
        [(EventType.PROTEST, {"KEN-education"}, {"KEN-government"}, False, False)],
    ),
    # A possessor owns the thing, it does not act through it; a body it owns still acts.
    ("Macron's popularity offers the Algerian government an opening.", []),
    (
        "Erdogan's government accused the Dutch government of hostility.",
        [(EventType.ACCUSE, {"TUR-government"}, {"NLD-government"}, False, False)],
    ),
    # A synset inside a pattern's phrase ("halt &military cooperation", "receive &military
    # equipment") stands for each of its words.
    (
        "Japan halted military cooperation with Myanmar.",
        [(EventType.SANCTION, {"JPN"}, {"MMR"}, False, False)],
    ),
    (
        "The Philippines received military equipment from Japan.",
        [(EventType.AID, {"JPN"}, {"PHL"}, False, False)],
    ),
    # ... unless the verb's pattern on the synset alone reads it otherwise: signing an
    # accord of any kind ("sign &treaty") is the same act.
    (
        "Kenya and Uganda signed a trade agreement.",
        [(EventType.SUPPORT, set(), set(), False, False)],
    ),
    # One person attacking another on or over a matter criticises; an armed band attacks.
    (
        "The Kenyan opposition leader attacked the finance minister over the new fuel tax.",
        [(EventType.ACCUSE, {"KEN-opposition"}, {"KEN-government"}, False, False)],
    ),
    (
        "Senator Okafor attacked the Nigerian president on corruption at a rally in Lagos.",
        [(EventType.ACCUSE, {"Okafor"}, {"NGA-government"}, False, False)],
    ),
    # A person attacks in words whomever they attack for a reason or over a matter.
    (
        "Senator Okafor attacked the Nigerian media for ignoring the fuel shortage.",
        [(EventType.ACCUSE, {"Okafor"}, {"NGA-media"}, False, False)],
    ),
    # So does a party or a faction attacking a person; an armed group attacks.
    (
        "The Kenyan opposition party attacked the finance minister over the fuel tax.",
        [(EventType.ACCUSE, {"KEN-opposition"}, {"KEN-government"}, False, False)],
    ),
    (
        "Conservatives attacked the Canadian finance minister over the carbon tax.",
        [(EventType.ACCUSE, {"CAN"}, {"CAN-government"}, False, False)],
    ),
    (
        "Al-Shabaab attacked the Kenyan finance minister over the fuel tax.",
        [(EventType.ASSAULT, {"SOM"}, {"KEN-government"}, False, False)],
    ),
    (
        "Masked gunmen attacked the Nigerian governor on the road to Kano.",
        [(EventType.ASSAULT, {"NGA-armed group"}, {"NGA-government"}, False, False)],
    ),
    # An interview is the media's questioning, no consultation; a call between leaders is.
    ("The Ghanaian president spoke to Citi FM in an interview on Sunday.", []),
    (
        "The Ghanaian president spoke with the Togolese president on Sunday.",
        [(EventType.CONSULT, {"GHA-government"}, {"TGO-government"}, False, False)],
    ),
    # Fires set to ground or to nothing burn land; set to a building or a truck, they attack.
    ("Brazilian ranchers set fires to clear pasture for their cattle.", []),
    ("Indonesian planters set fire to peatland to make way for palm oil.", []),
    (
        "Rebels set fire to a Malian army truck.",
        [(EventType.ASSAULT, {"MLI-rebels"}, {"MLI-military"}, False, False)],
    ),
    # A request counted by a sum is a budget's, asking no one; one of a lender asks it.
    ("The Chilean senate debated the navy's $3 billion request for new frigates.", []),
    (
        "Chile requested $3 billion from the World Bank.",
        [(EventType.REQUEST, {"CHL"}, {"World Bank"}, False, False)],
    ),
    # Speaking "on" a channel, a show or a topic consults no one; "with" a leader does.
    ("The Ghanaian president spoke on Joy News's evening programme Newsfile.", []),
    ("The Ghanaian president spoke on the Togolese border dispute on Sunday.", []),
    (
        "The Ghanaian president spoke on the phone with the Togolese president.",
        [(EventType.CONSULT, {"GHA-government"}, {"TGO-government"}, False, False)],
    ),
    # A promise of an unknown act bearing on no actor is no pledge; one to a state is.
    ("The Peruvian president offered to sign autographs for the crowd at the stadium.", []),
    (
        "Peru promised to return the seized boats to Chile.",
        [(EventType.AGREE, {"PER"}, {"CHL"}, False, False)],
    ),
    # What a person is given by no one named is no cooperation; what a state gets from one is.
    ("The Bolivian interior minister received hospital treatment after a fall at his home.", []),
    (
        "Bolivia received medical supplies from Argentina.",
        [(EventType.AID, {"ARG"}, {"BOL"}, False, False)],
    ),
    # A crash told in a clause the parser hangs on the time is still the cause.
    (
        "Five Polish airmen were killed in Poland on Monday, when a bomber crashed during a drill.",
        [],
    ),
    # A leader's supporters are not the leader.
    (
        "The Serbian president's supporters attacked two Croatian journalists in Belgrade.",
        [(EventType.ASSAULT, set(), {"HRV-media"}, False, False)],
    ),
    # A clause describing the victims of the act a sentence is a reason for is no event of it;
    # one describing whom the sentence's act is done to, or an act, is.
    (
        "A Belgrade court jailed a Serbian driver for ramming a car full of students who were "
        "protesting against the president.",
        [(EventType.COERCE, {"SRB-judiciary"}, {"SRB-civilians"}, False, False)],
    ),
    (
        "Serbian police arrested six students who were protesting against the president.",
        [
            (EventType.COERCE, {"SRB-police"}, {"SRB-education"}, False, False),
            (EventType.PROTEST, {"SRB-education"}, {"SRB-government"}, False, False),
        ],
    ),
    (
        "A Somali man was charged with planning the attack on the mall, which killed twelve "
        "Kenyan soldiers.",
        [(EventType.ASSAULT, set(), {"KEN-military"}, False, False)],
    ),
    (
        "Kenya praised Ghana for mediating the accord that ended fighting between Chad and Sudan.",
        [
            (EventType.SUPPORT, {"KEN"}, {"GHA"}, False, False),
            (EventType.RETREAT, set(), set(), False, False),  # Chad and Sudan its participants
        ],
    ),
    (
        "Kenya praised Ghana for mediating the Nairobi Accords that ended fighting between Chad "
        "and Sudan.",
        [
            (EventType.SUPPORT, {"KEN"}, {"GHA"}, False, False),
            (EventType.RETREAT, set(), set(), False, False),  # Chad and Sudan its participants
        ],
    ),
    # A consultation told by a verb alone needs whom it is with; a mediator's stands alone.
    ("Kenyan senators raised concerns over the Chinese takeover of the port.", []),
    (
        "The Kenyan president raised concerns with the Chinese ambassador over the port.",
        [(EventType.CONSULT, {"KEN-government"}, {"CHN-government"}, False, False)],
    ),
    (
        "Norway tried to broker a truce in Chad.",
        [(EventType.CONSULT, {"NOR"}, set(), False, True)],
    ),
    # A thing gives nothing; a state does.
    ("The crisis has boosted the prospects of the Kenyan opposition leader.", []),
    ("Japan boosted its aid to Kenya.", [(EventType.AID, {"JPN"}, {"KEN"}, False, False)]),
    # So do the verbs of CAMEO's blocks of "strengthen" and "accelerate": the act they speed.
    (
        "Nigeria expedited the delivery of food aid to Niger.",
        [(EventType.AID, {"NGA"}, {"NER"}, False, False)],
    ),
    (
        "Kenya hastened the deployment of police officers to Haiti.",
        [(EventType.MOBILIZE, {"KEN"}, {"HTI"}, False, False)],
    ),
    ("The factory accelerated production of cotton shirts.", []),
    # A politician's rally is no protest, whoever attends it; a rally against someone is.
    ("The Kenyan senator attended President William Ruto's rally in Kisumu.", []),
    (
        "Kenyan students attended a rally against President William Ruto in Nairobi.",
        [(EventType.PROTEST, {"KEN-education"}, {"William Ruto"}, False, False)],
    ),
    # Granting what is asked concedes (CAMEO 083); agreeing to a proposal, or to grant it
    # later, is agreement.
    (
        "Ghana accepted Togo's request on Monday.",
        [(EventType.CONCEDE, {"GHA"}, {"TGO"}, False, False)],
    ),
    (
        "The Bolivian government agreed to the miners' demands on Friday.",
        [(EventType.CONCEDE, {"BOL-government"}, set(), False, False)],
    ),
    (
        "Ghana agreed to the Togolese proposal on Monday.",
        [(EventType.AGREE, {"GHA"}, {"TGO"}, False, False)],
    ),
    # One side agreeing to nothing named assents to what was said; sides agreeing together,
    # or agreeing to an act, agree; agreeing to yield concedes (PLOVER's codebook).
    ("The Ghanaian foreign minister agreed, calling the report accurate.", []),
    ("Ghana and Togo agreed on Monday.", [(EventType.AGREE, set(), set(), False, False)]),
    (
        "Ghana agreed to release the Togolese fishermen.",
        [(EventType.CONCEDE, {"GHA"}, {"TGO-agriculture"}, False, False)],
    ),
    # A wild animal or a disease agent is no attacker; a gunman is.
    ("A shark attacked an Australian navy diver off Perth.", []),
    ("The coronavirus attacked the lungs of the Iranian health minister.", []),
    (
        "A gunman attacked an Australian navy diver off Perth.",
        [(EventType.ASSAULT, {"AUS-armed group"}, set(), False, False)],
    ),
    # Force done only to animals, or by one, is no political act; a named owner is acted on,
    # and a drone (arms first, though WordNet's first sense is a bee) is no animal.
    ("Nigerian soldiers shot a stray dog that had bitten a Nigerian officer.", []),
    ("Kenyan police shot a dog that attacked a Kenyan schoolgirl.", []),
    # A plural relative clause on a list is done by all of it: a person among animals acts.
    (
        "A Nigerian farmer and two dogs that attacked a Nigerian policeman were shot by soldiers.",
        [
            (EventType.ASSAULT, {"NGA-agriculture"}, {"NGA-police"}, False, False),
            (EventType.ASSAULT, {"NGA-military"}, {"NGA-agriculture"}, False, False),
        ],
    ),
    # A list is animals only where every conjunct is: a person among the doers acts; a
    # singular relative clause on the last conjunct is that animal's alone.
    (
        "A stray dog and a Ugandan smuggler attacked two Ugandan soldiers at the border.",
        [(EventType.ASSAULT, {"UGA-criminals"}, {"UGA-military"}, False, False)],
    ),
    (
        "Two dogs and a Kenyan herdsman who attacked a Kenyan policeman were shot by soldiers.",
        [
            (EventType.ASSAULT, {"KEN-agriculture"}, {"KEN-police"}, False, False),
            (EventType.ASSAULT, {"KEN-military"}, {"KEN-agriculture"}, False, False),
        ],
    ),
    (
        "A Kenyan herdsman and a dog that has attacked a Kenyan policeman were shot by soldiers.",
        [(EventType.ASSAULT, {"KEN-military"}, {"KEN-agriculture"}, False, False)],
    ),
    (
        "Syrian soldiers shot the goats of the Kurdish farmers.",
        [(EventType.ASSAULT, {"SYR-military"}, {"SYR-agriculture"}, False, False)],
    ),
    # A deed's noun is done to its "of": a cull ordered or carried out is no attack; the
    # killing of people ordered is one.
    ("The Danish agriculture ministry ordered the killing of 20,000 pigs after the outbreak.", []),
    ("Chinese officials began the killing of thousands of pigs in Hubei on Monday.", []),
    ("The killing of 20,000 pigs by Danish authorities began on Monday.", []),
    ("Polish soldiers took part in the shooting of wild boars near the border.", []),
    (
        "The Kenyan army ordered the killing of the rebel commander.",
        [(EventType.ASSAULT, {"KEN-military"}, {"KEN-rebels"}, False, False)],
    ),
    (
        "Iranian forces shot down a drone near the Strait of Hormuz.",
        [(EventType.ASSAULT, {"IRN-military"}, set(), False, False)],
    ),
    # A mishap fought is no enemy; a fire station attacked is attacked.
    ("Greek firefighters fought the wildfires near Athens on Tuesday.", []),
    (
        "Militants attacked a fire station in Kabul.",
        [(EventType.ASSAULT, {"AFG-rebels"}, {"AFG"}, False, False)],
    ),
    # A headline giving its verb two subjects: a mishap among them is the cause.
    ("Nairobi highway pileup, fire kill six Kenyan soldiers", []),
    # Suspending one's own activity sanctions no one; suspending another's does.
    ("The Chilean senator suspended her presidential campaign on Tuesday.", []),
    ("Peru suspended its oil drilling programme last year.", []),
    # Told ahead, it threatens no one either; another's still is threatened.
    ("The Chilean senator will suspend her presidential campaign next week.", []),
    (
        "Peru will suspend Chile's fishing licences next month.",
        [(EventType.THREATEN, {"PER"}, {"CHL"}, False, False)],
    ),
    (
        "Peru suspended Chile's fishing licences last year.",
        [(EventType.SANCTION, {"PER"}, {"CHL"}, False, False)],
    ),
    # Rescuers moving or treating people give no political aid; a named state or body does.
    ("Mountain rescuers evacuated three injured skiers from the glacier.", []),
    ("The wounded Kenyan minister was airlifted to a clinic in Nairobi.", []),
    (
        "Uganda evacuated three injured Kenyan skiers from the glacier.",
        [(EventType.AID, {"UGA"}, {"KEN-civilians"}, False, False)],
    ),
    # A gerund a light verb's preposition brings is the act, its subject's; a light verb
    # whose sense names no such act yields to it; the act takes the light verb's negation
    # (then it is not done: no event).
    (
        "Hezbollah fighters engaged in shelling Israeli army posts along the border.",
        [(EventType.ASSAULT, {"LBN"}, {"ISR-military"}, False, False)],
    ),
    (
        "Ethiopian soldiers took part in attacking Eritrean border posts.",
        [(EventType.ASSAULT, {"ETH-military"}, {"ERI"}, False, False)],
    ),
    ("Ethiopian soldiers did not take part in attacking Eritrean border posts.", []),
    ("Lebanese farmers engaged in growing tobacco near the border.", []),
    # Taking part in what names no act is none (CAMEO's bare "take part" is 030).
    ("The Ghanaian president took part in the funeral of the former king.", []),
    # An act a verb of ending governs is ended, not done; a hostile one codes as its ending.
    ("Algeria stopped supplying gas to Morocco.", []),
    ("Morocco postponed signing the fisheries agreement with Spain.", []),
    (
        "Azerbaijani forces stopped shelling Armenian villages.",
        [(EventType.RETREAT, {"AZE-military"}, {"ARM-civilians"}, False, False)],
    ),
    # Offering a thing no CAMEO pattern names as an act (goods, a service, an object) commits
    # to nothing political; offering talks does.
    ("Qatar Airways and Emirates offer flights to Sudanese cities.", []),
    ("The Moroccan king offered an ancient manuscript to the Tunisian national library.", []),
    ("The Kenyan king brought back the relic and offered it to the Nigerian president.", []),
    (
        "Kenya offered talks to the Ethiopian government.",
        [(EventType.AGREE, {"KEN"}, {"ETH-government"}, False, False)],
    ),
    # What a verb of taste or habit governs is no act done; a verb coordinated with it is.
    (
        "The Ghanaian minister said Nigeria likes bombing villages and killing farmers.",
        [],
    ),
    (
        "Turkey tends to shell Kurdish villages in winter.",
        [],
    ),
    (
        "Nigerian troops love their country and attacked the camp.",
        [(EventType.ASSAULT, {"NGA-military"}, set(), False, False)],
    ),
    # A conference for the press consults no one, unless it is held with a partner.
    ("The Kenyan president held his first press conference in Nairobi.", []),
    (
        "The Nigerian foreign minister gave a news conference with his Ghanaian counterpart.",
        [(EventType.CONSULT, {"NGA-government"}, {"GHA"}, False, False)],
    ),
    # A meeting proposed or offered is asked for or intended, whichever meeting noun CAMEO's
    # pattern for the verb names ("PROPOSE SUMMIT", "OFFER TALKS"): not held; still none for
    # the press.
    (
        "Ghana proposed talks with Togo over the border.",
        [(EventType.REQUEST, {"GHA"}, {"TGO"}, False, False)],
    ),
    (
        "Kenya offered a summit to Uganda.",
        [(EventType.AGREE, {"KEN"}, {"UGA"}, False, False)],
    ),
    ("The Kenyan president announced a press conference for Friday.", []),
    # Calling off a planned hostile act yields: a planned attack is a ceasefire, a planned
    # coercion a concession; it is no sanction.
    (
        "Ecuador suspends plans to impose curfews.",
        [(EventType.CONCEDE, {"ECU"}, set(), False, False)],
    ),
    (
        "Kenya suspended plans to attack rebel camps.",
        [(EventType.RETREAT, {"KEN"}, set(), False, False)],
    ),
    # Ending a restriction or a sanction lifts it (CONCEDE, as "lifted the curfew"); promised,
    # it is a pledge (CAMEO's 035, AGREE); ending aid is still its suspension.
    (
        "Kenya ended the curfew in Nairobi.",
        [(EventType.CONCEDE, {"KEN"}, set(), False, False)],
    ),
    (
        "The EU ended its sanctions on Belarus.",
        [(EventType.CONCEDE, {"European Union"}, {"BLR"}, False, False)],
    ),
    (
        "Kenya promised to end the curfew in Nairobi.",
        [(EventType.CONCEDE, {"KEN"}, set(), False, False)],
    ),
    (
        "The EU suspended its sanctions on Iran.",
        [(EventType.CONCEDE, {"European Union"}, {"IRN"}, False, False)],
    ),
    (
        "Egypt's government ended its crackdown on journalists.",
        [(EventType.CONCEDE, {"EGY-government"}, {"EGY-media"}, False, False)],
    ),
    (
        "Germany suspended aid to Mali.",
        [(EventType.SANCTION, {"DEU"}, {"MLI"}, False, False)],
    ),
    # A ban or a restriction, measures "lift" takes in CAMEO (081) and no act of the lexicon,
    # is lifted by any verb of ending too: suspending a ban is no sanction.
    (
        "Ghana suspended its ban on Togolese traders.",
        [(EventType.CONCEDE, {"GHA"}, {"TGO-business"}, False, False)],
    ),
    (
        "Chile ended the restrictions on Peruvian fishermen.",
        [(EventType.CONCEDE, {"CHL"}, {"PER-agriculture"}, False, False)],
    ),
    # CAMEO's block of "revoke" lifts a restriction or a sanction it ends as well; its "renege
    # on", with no object, abandons a commitment (REJECT).
    (
        "Ghana repealed the sanctions on Togo.",
        [(EventType.CONCEDE, {"GHA"}, {"TGO"}, False, False)],
    ),
    (
        "Peru revoked the restrictions on Bolivian truckers.",
        [(EventType.CONCEDE, {"PER"}, {"BOL-labour"}, False, False)],
    ),
    (
        "Colombia reneged on its commitment to the peace accord.",
        [(EventType.REJECT, {"COL"}, set(), False, False)],
    ),
    ("The government of Chad cancelled the concert in N'Djamena.", []),
    # Mobilising readies armed forces (an armed agent, or men counted), or stands alone;
    # money, votes or a sector's people mobilised are no military readiness.
    (
        "Belarus mobilized militias along the border.",
        [(EventType.MOBILIZE, {"BLR"}, set(), False, False)],
    ),
    ("Russia mobilised 300,000 men.", [(EventType.MOBILIZE, {"RUS"}, set(), False, False)]),
    (
        "The Taliban mobilised international terrorists in Kunar.",
        [(EventType.MOBILIZE, {"AFG"}, set(), False, False)],
    ),
    ("Ukraine mobilized.", [(EventType.MOBILIZE, {"UKR"}, set(), False, False)]),
    (
        "Columns of Iraqi troops were mobilising east of the town.",
        [(EventType.MOBILIZE, {"IRQ-military"}, set(), False, False)],
    ),
    ("Qatar mobilized lobbying groups in Washington.", []),
    ("The UN mobilized $2 billion for Yemen.", []),
    ("Kenyan activists mobilized thousands of students against the law.", []),
    # A particle or a directional adverb in the object's place that neither CAMEO nor the
    # lexicon pairs with the verb makes another verb: pressing on is going on, not urging.
    ("The Eritrean army pressed on towards the border town.", []),
    ("The Zambian government pressed ahead with the vote.", []),
    # So does an "on" after a verb of coercion with no object: seizing on a chance is no
    # seizure, unless CAMEO pairs the two ("cracked down on").
    ("Tanzania seized on Uganda's mistakes in the talks.", []),
    ("Zambia is trying to seize upon the crisis in Malawi.", []),
    (
        "The Ghanaian navy seized two Togolese boats on Monday.",
        [(EventType.COERCE, {"GHA-military"}, {"TGO"}, False, False)],
    ),
    (
        "Kenyan police cracked down on Somali traders.",
        [(EventType.COERCE, {"KEN-police"}, {"SOM-business"}, False, False)],
    ),
    (
        "Uganda pressed Kenya to reopen the border.",
        [(EventType.REQUEST, {"UGA"}, {"KEN"}, False, False)],
    ),
    (
        "The Peruvian army struck back at the rebels.",
        [(EventType.ASSAULT, {"PER-military"}, {"PER-rebels"}, False, False)],
    ),
    # An adverb or a particle with a preposition of its own tells a place or a number.
    (
        "Rwandan soldiers were deported back to Burundi.",
        [(EventType.COERCE, set(), {"RWA-military"}, False, False)],
    ),
    (
        "Colombian rebels kidnapped up to 12 Venezuelan farmers.",
        [(EventType.ASSAULT, {"COL-rebels"}, {"VEN-agriculture"}, False, False)],
    ),
    # Nor is it the particle of a phrasal sense ("cut down": kill) where it brings an
    # amount: how far a measure moved.
    ("The Peruvian government cut fuel subsidies down to 5 percent.", []),
    ("The Chilean senate cut the term of judges by a year, down to eight years.", []),
    ("Ghana cut its troops in Mali, down to 200.", []),
    (
        "Kenyan troops cut down the rebels near the border.",
        [(EventType.ASSAULT, {"KEN-military"}, {"KEN-rebels"}, False, False)],
    ),
    # A small clause ("found X guilty") is read as the passive is ("X was found guilty"): the
    # verdict, on its subject; what it judges is no act brought about, nor is one found dead.
    (
        "A Kenyan court found the opposition leader guilty of treason.",
        [(EventType.SANCTION, {"KEN-judiciary"}, {"KEN-opposition"}, False, False)],
    ),
    (
        "A Ugandan military court found two rebel commanders guilty of murder.",
        [(EventType.SANCTION, {"UGA-judiciary"}, {"UGA-rebels"}, False, False)],
    ),
    ("The Kenyan court declared the peace agreement void.", []),
    ("Kenyan police found the journalist dead in his home.", []),
    # A phrasal verb's preposition the parse hangs on its particle is the verb's: "pulled out
    # of the talks" is CAMEO's PULL_OUT "(OF TALKS)", negotiations halted, no troops withdrawn.
    (
        "Eritrea pulled out of the talks with Djibouti on Friday.",
        [(EventType.SANCTION, {"ERI"}, {"DJI"}, False, False)],
    ),
    (
        "The Malian rebels walked out of the talks with the government.",
        [(EventType.SANCTION, {"MLI-rebels"}, {"MLI-government"}, False, False)],
    ),
    # CAMEO recalls an envoy (RECALL AMBASSADOR, 161): goods recalled, or things
    # remembered, are no withdrawal; whoever is recalled still is.
    ("French-brand cheese products sold in Ontario are being recalled.", []),
    ("Canada recalled Italian sausages over listeria fears.", []),
    ("The Kenyan general recalled the night of the election.", []),
    (
        "Peru recalled its ambassador from Chile on Monday.",
        [(EventType.SANCTION, {"PER"}, {"CHL-government"}, False, False)],
    ),
    # Troops joining the forces already somewhere stand with them; parties joining forces,
    # CAMEO's idiom of the bare noun, cooperate.
    ("The reserve troops will join the French forces in Mali.", []),
    (
        "Malian rebel forces joined forces with Islamist militants in the north.",
        [(EventType.COOPERATE, {"MLI-rebels"}, set(), False, False)],
    ),
    # An "in" with an object of its own tells where, no particle: a speech given in a town
    # is no giving in; the particle alone still is.
    ("The Ghanaian president gave a speech in Accra on the border dispute with Togo.", []),
    (
        "The Ghanaian rebels gave in to the army's demands after a week of talks.",
        [
            (EventType.CONCEDE, {"GHA-rebels"}, {"GHA-military"}, False, False),
            (EventType.REQUEST, {"GHA-military"}, set(), False, False),
        ],
    ),
    # Arms blown up are set off, a bombing (CAMEO's 183), where a bridge blown up is
    # property destroyed.
    (
        "Taliban fighters blew up explosive belts near an Afghan army base in Kandahar.",
        [(EventType.ASSAULT, {"AFG"}, set(), False, False)],
    ),
    (
        "Somali militants blew up a car bomb outside the Kenyan embassy in Mogadishu.",
        [(EventType.ASSAULT, {"SOM-rebels"}, {"SOM"}, False, False)],
    ),
    (
        "Taliban fighters blew up a bridge used by the Afghan army in Kandahar.",
        [(EventType.COERCE, {"AFG"}, {"AFG-military"}, False, False)],
    ),
    # What a light verb brings on a noun "your" owns is the addressee's act, not the speaker's.
    ('"We will never take your support for granted," the Kenyan president told Uganda.', []),
    (
        '"We will give our support to Uganda," the Kenyan president said.',
        [(EventType.AGREE, {"KEN-government"}, {"UGA"}, False, False)],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_trigger_senses(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _events(sentence) == expected
