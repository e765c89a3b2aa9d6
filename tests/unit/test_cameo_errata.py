"""The CAMEO dictionary read as its authors meant where it contradicts itself
(scripts/build_verbs.py ERRATA), with the real English model."""

from graph.models import Actor, ActorKind, Article, EventType
from ingest.nlp.pipeline import extract_events


def _roles(sentence: str) -> list[tuple[EventType, list[str], list[str]]]:
    (result,) = extract_events([Article(id="a1", text=sentence, format="text")])
    by_id = {a.id: a for a in result.actors}

    def names(ids: list[str]) -> list[str]:
        return [
            by_id[i].name if by_id[i].kind == ActorKind.PERSON else _country(by_id[i]) for i in ids
        ]

    return [(e.type, names(e.source), names(e.target)) for e in result.events]


def _country(actor: Actor) -> str:
    return actor.country or actor.name


def test_one_who_appears_in_court_is_proceeded_against() -> None:
    # "in court" as "before a court": the legal action is done to the one who appears.
    for sentence in (
        "Former Peruvian president Pedro Castillo appeared in court in Lima on Tuesday.",
        "Former Peruvian president Pedro Castillo appeared before a court in Lima on Tuesday.",
    ):
        ((etype, source, target),) = _roles(sentence)
        assert (etype, target) == (EventType.COERCE, ["Pedro Castillo"])
        assert "Pedro Castillo" not in source


def test_a_call_for_an_end_is_a_request() -> None:
    # "(FOR END)" as "(FOR CESSATION)": an appeal for de-escalation, not support rallied.
    ((etype, source, _),) = _roles("Brazil called for an end to the fighting in Haiti.")
    assert (etype, source) == (EventType.REQUEST, ["BRA"])


def test_attacks_stepped_up_are_attacks() -> None:
    # BOOST's "ATTACK" for STEP_UP (138) as its "ATTACKS" for STEPPED_UP and "OFFENSIVE" (190).
    ((etype, source, target),) = _roles(
        "Al-Shabaab fighters stepped up their attacks on Kenyan army bases in Lamu."
    )
    assert (etype, source, target) == (EventType.ASSAULT, ["SOM"], ["KEN"])
    # Announced, it is still a threat: by its tense, not by the verb's form.
    ((etype, _, _),) = _roles("Al-Shabaab will step up its attacks on Kenyan army bases.")
    assert etype == EventType.THREATEN


def test_relations_improved_are_support() -> None:
    # IMPROVE's "RELATIONS" [030] as its other "RELATIONS" and "TIES" lines (050).
    ((etype, source, target),) = _roles("Vietnam improved relations with Cambodia in 2019.")
    assert (etype, source, target) == (EventType.SUPPORT, ["VNM"], ["KHM"])


def test_armed_forces_called_up_or_mustered_are_mobilised() -> None:
    # MOBILIZE's "&MILITARY" (154), noted for MOBILISE, holds for the block's verbs of its act.
    for sentence, source in (
        ("Chad called up its reserves after the border clashes.", ["TCD"]),
        ("Ghana mustered troops on the border with Togo.", ["GHA"]),
        ("Ghana marshalled its soldiers near the Togolese border.", ["GHA"]),
    ):
        assert [(e, s) for e, s, _ in _roles(sentence)] == [(EventType.MOBILIZE, source)]
    # SUMMON, of the block with a code of its own, calls an army to account.
    ((etype, _, _),) = _roles("The Thai parliament summoned the army over the shooting.")
    assert etype == EventType.ACCUSE
    # Support mustered is no force: the block's own pattern for it still reads it.
    ((etype, _, _),) = _roles("Ghana mustered support for the resolution.")
    assert etype == EventType.REQUEST


def test_reneging_on_a_deal_or_a_promise_is_a_refusal() -> None:
    # RENEGE's "(ON DEAL)" and "(ON PROMISE)" (160) as "renege" alone: going back on one's
    # word refuses to keep it; cancelling a deal with a party still reduces relations.
    for sentence, source in (
        ("Ghana reneged on the fishing deal.", ["GHA"]),
        ("Togo reneged on its promise to free the Ghanaian fishermen.", ["TGO"]),
    ):
        ((etype, found, _),) = _roles(sentence)
        assert (etype, found) == (EventType.REJECT, source)
    ((etype, _, target),) = _roles("Ghana cancelled the fishing deal with Togo.")
    assert (etype, target) == (EventType.SANCTION, ["TGO"])


def test_an_investigation_called_for_is_a_request_of_whoever_is_asked() -> None:
    # CALL's "(FOR &INVESTIGATION)" and RECOMMEND's "&INVESTIGATION" as ASK's (0214): an
    # investigation asked for, not one done; what it is to look into is no target.
    for sentence, source in (
        ("The Malian opposition called for an inquiry into the army's conduct.", ["MLI"]),
        ("Senegal called for an investigation into the deaths of Gambian fishermen.", ["SEN"]),
        ("Ghana recommended an investigation into the Togolese police.", ["GHA"]),
        ("Kenyan MPs demanded a probe into President Ruto's spending.", ["KEN"]),
    ):
        ((etype, found, target),) = _roles(sentence)
        assert (etype, found, target) == (EventType.REQUEST, source, [])
    # Whom the request is made of is its target.
    ((etype, _, target),) = _roles("Ghana called on Togo for an inquiry into the shooting.")
    assert (etype, target) == (EventType.REQUEST, ["TGO"])
    # An investigation opened is still one done, into whom it looks.
    ((etype, _, target),) = _roles("Ghanaian police opened an inquiry into Togo's envoy.")
    assert (etype, target) == (EventType.ACCUSE, ["TGO"])


def test_a_sacking_or_a_crackdown_called_for_is_a_request() -> None:
    # CALL's "(FOR SACKING)" (110) and "(FOR CRACKDOWN)" (111) as its "(FOR)": what is called
    # for is asked, no disapproval of anyone.
    for sentence, source in (
        ("The Zambian opposition called for sacking the health minister.", ["ZMB"]),
        ("Ugandan bishops called for the sacking of the police chief.", ["UGA"]),
        ("Peru's mayors called for a crackdown on illegal miners.", ["PER"]),
    ):
        ((etype, found, _),) = _roles(sentence)
        assert (etype, found) == (EventType.REQUEST, source)


def test_a_leader_dismissed_is_disapproved_not_a_claim_rejected() -> None:
    # DISMISS's "GOVERNOR" (110) for any leader of CAMEO's synset; a claim or a proposal
    # dismissed is still rejected.
    for sentence, etype in (
        ("The Zambian president dismissed his deputy minister for health.", EventType.ACCUSE),
        ("The Malawian prime minister was dismissed by the president.", EventType.ACCUSE),
        ("The Peruvian president dismissed the proposal from the opposition.", EventType.REJECT),
    ):
        ((found, _, _),) = _roles(sentence)
        assert found == etype


def test_a_decree_or_law_signed_is_no_request_or_agreement() -> None:
    # SIGN's "DECREE" (100) and "LAW" (057): the government's act on its own people, asked of
    # no one and agreed with no one; pledged, it is no pledge of either.
    for sentence in (
        "The Chilean president signed a decree on fishing quotas.",
        "The Ecuadorian prime minister said she would sign a decree raising pensions.",
        "The Ghanaian president signed a law on mining royalties.",
    ):
        assert _roles(sentence) == []
    # What the decree does is coded from its own words.
    ((etype, _, _),) = _roles("The Bolivian president signed a decree imposing a curfew in La Paz.")
    assert etype == EventType.COERCE
    # An accord signed between parties is still one.
    ((etype, source, target),) = _roles("Chile signed a trade treaty with Peru.")
    assert (etype, source, target) == (EventType.SUPPORT, ["CHL"], ["PER"])


def test_a_dispatch_is_a_sending() -> None:
    # DISPATCH, filed in DISMISS's block, reads SEND's patterns: a medical team or aid sent is
    # AID, an envoy a visit; a thing of no pattern dispatched is no event.
    for sentence, expected in (
        (
            "Mexico dispatched a medical team to Guatemala after the floods.",
            (EventType.AID, ["MEX"], ["GTM"]),
        ),
        ("Spain despatched humanitarian aid to Mauritania.", (EventType.AID, ["ESP"], ["MRT"])),
        (
            "The Egyptian government dispatched an envoy to Khartoum.",
            (EventType.CONSULT, ["EGY"], ["SDN"]),
        ),
    ):
        assert _roles(sentence) == [expected]
    assert _roles("The courier dispatched the parcel on Monday.") == []
    # Troops dispatched are sent, as the lexicon reads "sent troops": forces moved.
    for verb in ("sent", "dispatched"):
        ((etype, _, _),) = _roles(f"Kenya {verb} troops to Mombasa.")
        assert etype == EventType.MOBILIZE


def test_goods_shipped_or_arms_delivered_are_aid() -> None:
    # SHIP, listed under SEND, reads its patterns (medical equipment: 073; weapons: 072);
    # DELIVER codes weapons as SEND does; any arms are CAMEO's weapons there (WordNet's too).
    for sentence, source, target in (
        ("Norway shipped medical equipment to Moldova.", ["NOR"], ["MDA"]),
        ("Poland shipped ammunition to Ukraine.", ["POL"], ["UKR"]),
        ("Turkey delivered missiles to Azerbaijan.", ["TUR"], ["AZE"]),
        ("Britain delivered artillery shells to Ukraine.", ["GBR"], ["UKR"]),
    ):
        assert _roles(sentence) == [(EventType.AID, source, target)]
    # Goods of no pattern shipped are trade, no aid.
    assert _roles("Ghana shipped cocoa to Belgium.") == []


def test_medicines_and_food_given_are_humanitarian_aid() -> None:
    # Vaccines sent or delivered are aid, as given or donated (073); WordNet's medicines and
    # foods are CAMEO's vaccines and &FOOD where its patterns of aid name them.
    for sentence, source, target in (
        ("Cuba sent vaccines to Venezuela.", ["CUB"], ["VEN"]),
        ("Italy delivered vaccines to Libya.", ["ITA"], ["LBY"]),
        ("Japan gave antibiotics to Myanmar.", ["JPN"], ["MMR"]),
        ("China shipped painkillers to Iran.", ["CHN"], ["IRN"]),
        ("Egypt provided rice to Sudan.", ["EGY"], ["SDN"]),
    ):
        assert _roles(sentence) == [(EventType.AID, source, target)]
    # A drink is no foodstuff: cocoa delivered is trade.
    assert _roles("Ghana delivered cocoa to Belgium.") == []


def test_cooperation_expanded_is_material_cooperation() -> None:
    # EXPAND's "COOPERATION" as RESUME's (060): COOPERATE, as for the block's other verbs.
    for verb in ("expanded", "resumed", "deepened"):
        (found,) = _roles(f"Chile and Peru {verb} their judicial cooperation.")
        assert found[0] == EventType.COOPERATE


def test_talks_called_for_or_proposed_are_asked_not_agreed() -> None:
    # CALL's "(FOR TALKS)" and PROPOSE's "&NEGOTIATION" (036) as their siblings' appeal to
    # meet (026): the other side is asked, nothing is agreed with it.
    for sentence, source, target in (
        ("The Zambian opposition called for talks with the government.", ["ZMB"], ["ZMB"]),
        ("Norway proposed negotiations between Colombia and the rebels.", ["NOR"], ["COL"]),
        ("Ghana called for talks with Togo over the border.", ["GHA"], ["TGO"]),
    ):
        ((etype, found, to),) = _roles(sentence)
        assert (etype, found, to[:1]) == (EventType.REQUEST, source, target)
    # Talks agreed to or held stay so.
    ((etype, _, _),) = _roles("Ghana agreed to hold talks with Togo over the border.")
    assert etype == EventType.AGREE


def test_idioms_of_verbal_attack_are_disapproval() -> None:
    # "railed against", "rounded on" as DEPLORE's "lashed out at"; "took aim at" as TAKE's
    # "took a jab at" (111): the target is the one attacked in words.
    for sentence, source, target in (
        ("The Hungarian prime minister railed against Romania.", ["HUN"], ["ROU"]),
        ("The Turkish president rounded on Greece over the islands.", ["TUR"], ["GRC"]),
        ("Venezuela's foreign minister took aim at Colombia in a speech.", ["VEN"], ["COL"]),
    ):
        assert _roles(sentence) == [(EventType.ACCUSE, source, target)]
    # Not the verbs alone: a corner rounded, a rifle aimed with no one at the end of it.
    assert _roles("The Turkish president's motorcade rounded the corner.") == []


def test_a_states_own_citizens_evacuated_are_its_ties_cut_with_the_host() -> None:
    # "its citizens" are the foreign people of the country they leave, as EVACUATE's
    # "{FOREIGN &PEOPLE}" (160) reads them, and its staff: no aid given to that country.
    for sentence, host in (
        ("France evacuated its citizens from Sudan on Monday.", ["SDN"]),
        ("South Korea evacuated their citizens from Yemen.", ["YEM"]),
        ("The Spanish government evacuated its nationals from Haiti on Sunday.", ["HTI"]),
    ):
        ((etype, _, target),) = _roles(sentence)
        assert (etype, target) == (EventType.SANCTION, host)
    # Moved within their own country, they are no one's loss.
    assert _roles("The Kenyan government evacuated its citizens from flooded areas.") == []


def test_embassy_staff_withdrawn_are_ties_cut_with_the_host() -> None:
    # Staff of an embassy withdrawn or pulled out cut relations (161), as a diplomat withdrawn
    # does; troops withdrawn are still a military step back.
    for sentence, host in (
        ("Chile withdrew its embassy staff from Lima.", ["PER"]),
        ("Kenya withdrew its diplomatic staff from Kampala on Monday.", ["UGA"]),
        ("Chile pulled its embassy staff out of Bolivia.", ["BOL"]),
    ):
        ((etype, _, target),) = _roles(sentence)
        assert (etype, target) == (EventType.SANCTION, host)
    ((etype, _, _),) = _roles("Chile withdrew its troops from Bolivia.")
    assert etype is EventType.RETREAT


def test_forces_disbanded_or_dissolved_are_demobilized() -> None:
    # DISBAND's and DISSOLVE's "&MILITARY" and "MILITIA" as REDUCE's "TROOPS" (0873): the
    # holder demobilizes its forces.
    for sentence, source in (
        ("The Libyan government disbanded the militias in Tripoli in May.", "LBY"),
        ("The president of Costa Rica dissolved the army in 1948.", "CRI"),
        ("The Iraqi authorities disbanded the army in 2003.", "IRQ"),
    ):
        ((etype, found, _),) = _roles(sentence)
        assert (etype, found) == (EventType.RETREAT, [source])
    # Not the verbs alone: a parliament dissolved, a band disbanded.
    assert _roles("The Italian president dissolved parliament on Monday.") == []
    assert _roles("The band disbanded in 1970.") == []


def test_charges_unsealed_against_a_party_are_brought_against_it() -> None:
    # UNSEAL with FILE's "CHARGE (AGAINST)" (173): legal action against the one charged.
    for sentence in (
        "Federal prosecutors unsealed charges against the former governor of Jalisco.",
        "Prosecutors in Kyiv unsealed charges against a Ukrainian lawmaker on Monday.",
    ):
        ((etype, _, target),) = _roles(sentence)
        assert etype == EventType.COERCE and target
    # Not the verb alone: papers unsealed by a court.
    assert _roles("A judge in Texas unsealed documents in the case on Friday.") == []


def test_diplomats_ordered_to_leave_are_expelled() -> None:
    # ORDER's "DIPLOMAT (TO LEAVE)" read on the infinitive, an ambassador or an envoy a
    # diplomat: relations cut with the diplomats' state by the state that orders.
    for sentence, host, envoys in (
        ("Bolivia ordered two Brazilian diplomats to leave La Paz within 48 hours.", "BOL", "BRA"),
        ("Ghana ordered the Togolese ambassador to leave the country on Friday.", "GHA", "TGO"),
        ("Peru ordered the Mexican envoy to leave within three days.", "PER", "MEX"),
    ):
        ((etype, source, target),) = _roles(sentence)
        assert (etype, source, target) == (EventType.SANCTION, [host], [envoys])
    # Others ordered out are expelled; the doer's own people ordered to leave, no one.
    ((etype, _, _),) = _roles("The Malian junta ordered French journalists to leave the country.")
    assert etype is EventType.COERCE
    assert _roles("Canada ordered its citizens to leave Lebanon.") == []
    # Peacekeepers ordered out are expelled (1661); the orderer's own police, no one.
    ((etype, source, _),) = _roles("The Malian junta ordered the UN peacekeepers to leave Gao.")
    assert (etype, source) == (EventType.SANCTION, ["MLI"])
    assert _roles("The Hong Kong government ordered police to leave the campus.") == []


def test_an_order_to_close_closes_a_mission_or_restricts() -> None:
    # ORDER's bare "(TO CLOSE)": a consulate or an embassy closed cuts relations, anything else
    # closed is a restriction.
    sentence = "Russia ordered the Polish consulate in Kaliningrad to close."
    ((etype, source, target),) = _roles(sentence)
    assert (etype, source, target) == (EventType.SANCTION, ["RUS"], ["POL"])
    ((etype, _, _),) = _roles("The Ugandan government ordered all universities to close.")
    assert etype is EventType.COERCE


def test_talks_halted_broken_off_or_abandoned_are_negotiations_halted() -> None:
    # CANCEL's "TALKS" (164, END's) and &NEGOTIATION for each verb of the block, "break off"
    # among them, and ABANDON's: negotiations halted (SANCTION withdraw), the other side hit.
    for sentence, source, target in (
        ("Nepal halted negotiations with the Maoist rebels in June.", "NPL", "NPL"),
        ("Peru suspended its dialogue with Bolivia over the border.", "PER", "BOL"),
        ("Ghana suspended talks with Togo after the raid.", "GHA", "TGO"),
        ("Armenia broke off talks with Azerbaijan on Friday.", "ARM", "AZE"),
        ("Sudan abandoned the negotiations with Ethiopia last week.", "SDN", "ETH"),
        ("Thailand called off talks with Cambodia after the clash.", "THA", "KHM"),
    ):
        (result,) = extract_events([Article(id="a1", text=sentence, format="text")])
        ((etype, found, hit),) = _roles(sentence)
        assert (etype, found, hit) == (EventType.SANCTION, [source], [target]), sentence
        assert result.events[0].mode == "withdraw"
    # Not the verbs alone: a trail abandoned, a branch broken off.
    assert _roles("Nepalese hikers abandoned the trail in the storm.") == []
    assert _roles("Chilean farmers broke off a branch of the tree.") == []


def test_talks_withdrawn_from_are_halted() -> None:
    # WITHDRAW's diplomatic efforts and delegation withdrawn (164), and PULL_OUT's "(OF
    # TALKS)": talks withdrawn from are negotiations halted, no military retreat.
    assert _roles("Zambia withdrew from the border talks with Malawi on Tuesday.") == [
        (EventType.SANCTION, ["ZMB"], ["MWI"])
    ]
    assert _roles("Zambia withdrew its soldiers from Malawi.") == [
        (EventType.RETREAT, ["ZMB"], ["MWI"])
    ]


def test_talks_and_deals_scuttled_are_halted_and_refused() -> None:
    # SCUTTLE, TORPEDO and DERAIL join UNDERMINE's block on talks (164) and deals (120) alone.
    assert _roles("Zambia scuttled the border talks with Malawi.") == [
        (EventType.SANCTION, ["ZMB"], ["MWI"])
    ]
    assert _roles("Malawi torpedoed the water deal with Zambia.") == [
        (EventType.REJECT, ["MWI"], ["ZMB"])
    ]
    assert _roles("The Zambian navy scuttled the old ship near Malawi.") == []


def test_what_is_handed_over_is_read_as_its_sibling_verbs_read_it() -> None:
    # HAND_OVER joins RETURN's block: the dead returned (0841), suspects extradited (063),
    # control yielded (080); a thing no pattern names is no act.
    dead = _roles("Malawian rebels handed over the bodies of three Zambian soldiers to Zambia.")
    assert [(e, s) for e, s, _ in dead] == [(EventType.RETREAT, ["MWI"])]
    suspects = _roles("Malawi handed the two suspects over to Zambia.")
    assert [(e, s) for e, s, _ in suspects] == [(EventType.COOPERATE, ["MWI"])]
    assert _roles("Malawian rebels handed over control of the town to the Zambian army.") == [
        (EventType.CONCEDE, ["MWI"], ["ZMB"])
    ]
    assert _roles("The Zambian chairman handed over the reins to his deputy.") == []


def test_an_election_won_or_claimed_is_no_cooperation() -> None:
    # CLAIM's and DECLARE's "VICTORY (IN ELECTION(S))" [060] as VICTORY alone (013): a
    # comment; no one cooperates with anyone in an election won.
    for sentence in (
        "The ruling party in Zambia claimed victory in the election.",
        "The Zambian opposition declared victory in the elections on Friday.",
    ):
        assert _roles(sentence) == []


def test_a_visit_made_is_a_visit() -> None:
    # MAKE's "VISIT" and "TRIP" [036] as PAY * VISIT and START * VISIT (042): the visit is
    # made, no intent; made ahead, it is still a visit, told by its tense.
    for sentence in (
        "The Chilean president made a state visit to Peru last week.",
        "The Chilean president made a two-day trip to Peru in March.",
    ):
        assert _roles(sentence) == [(EventType.CONSULT, ["CHL"], ["PER"])]


def test_stops_made_are_visits_not_intents() -> None:
    # MAKE's "STOP (IN)" [036] as its "{BRIEF STOP}" (042): a stop made is a visit, and stops
    # in the visitor's own state meet no one, as a visit there does; no intent to meet.
    for sentence in (
        "The Chilean president made stops in Valparaiso and Temuco on Friday.",
        "The Chilean president made a brief stop in Antofagasta.",
    ):
        assert _roles(sentence) == []


def test_one_invited_to_talks_is_asked_to_meet() -> None:
    # INVITE's "(FOR &NEGOTIATION)" [030] as RECEIVE * INVITATION [:026]: an appeal to meet,
    # for talks or to them.
    for sentence in (
        "Chile invited the Peruvian government for talks in Santiago.",
        "Chile invited the Peruvian government to talks in Santiago.",
    ):
        assert _roles(sentence) == [(EventType.REQUEST, ["CHL"], ["PER"])]


def test_a_thing_gifted_is_read_as_donated() -> None:
    # GIFT joins DONATE's block: aircraft gifted are military aid (072); a gift no pattern
    # names is no aid.
    assert _roles("Chile gifted two helicopters to Peru on Monday.") == [
        (EventType.AID, ["CHL"], ["PER"])
    ]
    assert _roles("The Chilean president was gifted a gold watch by the Peruvian president.") == []


def test_armed_forces_sent_are_deployed() -> None:
    # SEND's "&MILITARY" (062, military cooperation) as DEPLOY's (154): forces moved.
    for sentence, source in (
        ("Russia sent soldiers to Syria in 2015.", ["RUS"]),
        ("Iran dispatched an army brigade to the border.", ["IRN"]),
    ):
        ((etype, found, _),) = _roles(sentence)
        assert (etype, found) == (EventType.MOBILIZE, source)
