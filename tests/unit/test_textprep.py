"""Page clutter and case restoration before parsing (ingest.read.clutter, ingest.nlp.textprep)."""

from datetime import UTC, date, datetime

import pytest
import spacy

from graph.models import Article, ExtractedArticle
from ingest.nlp.pipeline import extract_events
from ingest.nlp.textprep import as_written, doc_text, parse_text
from ingest.read.clutter import is_clutter, without_cards
from ingest.read.extract import article_from_html
from ingest.read.textdump import clean_dump

PUBLISHED = datetime(2025, 3, 12, 8, 0, tzinfo=UTC)  # a Wednesday


def _extract(text: str) -> ExtractedArticle:
    (result,) = extract_events([Article(id="t1", text=text, format="text", published_at=PUBLISHED)])
    return result


@pytest.mark.parametrize(
    "line",
    [
        # captions and credits
        "Photo: Marta Kowalczyk/Reuters",
        "Image caption Ministers from Peru and Chile arrive for the summit in Lima",
        "Soldiers patrol the border crossing near the town on Monday. (Getty Images)",
        "Riot police face demonstrators outside the parliament (AP Photo/Ines Haller)",
        "Delegates leave the conference hall. Photo: Tom Brandt / AFP",
        "The foreign minister greets his counterpart at the airport. REUTERS/Sara Lindqvist",
        "Photograph by Jonas Weber for The Daily Ledger",
        "FILE PHOTO: Iraqi and Turkish ministers meet in Baghdad, March 4, 2024",
        "Ministers meet in Baghdad, March 4, 2024. REUTERS/Lina Haddad/File Photo",
        "Farmers block the highway near Lille on Monday. Luc Martin/AFP via Getty Images",
        "Farmers block the highway near Lille on Monday. (Luc Martin / AP)",
        "A rover crosses the crater rim in a rendering of the mission. Credit: ESA",
        "Border guards check trucks near Tacna in May. (Rosa Vidal/Reuters)",
        "Ministers arrive in Ottawa on Friday. THE NORTHERN PRESS/Anne Dubois",
        "Delegates at the summit in Quito. LUIS PARDO/AFP/Getty Images",
        "Delegates at the summit in Quito, May 2, 2024. \u00a9 2024 Andes Press/Ana Ruiz",
        # video and link teasers
        "Watch: Finland accuses Russia of jamming flights over the Baltic",
        "Read more: Egypt and Sudan sign a water-sharing deal",
        "Related: Why Chile recalled its ambassador from Caracas",
        "WATCH | Finland accuses Russia of jamming flights over the Baltic",
        "SEE ALSO: Protesters storm the ministry in the capital",
        "Inside the talks that ended the blockade [Video]",
        "Ministers clash over the budget deal [ANALYSIS]",
        # the colour key of a map
        "\u2588\u2588 Villages held by the army since March",
        # sign-up, newsletter and share lines
        "Sign up for our morning briefing on world affairs",
        "Get the day's top stories delivered straight to your inbox.",
        "Subscribe to the Foreign Desk newsletter",
        "Follow us on Twitter and Facebook",
        "Share this article on WhatsApp",
    ],
)
def test_clutter_lines(line: str) -> None:
    assert is_clutter(line)


@pytest.mark.parametrize(
    "line",
    [
        "Finland accused Russia on Monday of jamming flights over the Baltic Sea.",
        "Police arrested 40 protesters, a spokesman told Reuters.",
        "Egypt said it would watch the dam talks closely before signing any deal.",
        "The photo showed the minister shaking hands with his Chilean counterpart.",
        "Officials read the statement aloud: Peru would recall its ambassador.",
        "Thousands of volunteers sign up for the army every month, the ministry said.",
        "The bank tightened credit: Moody's said rates would rise for lenders in Europe.",
        "A joint Ipsos/Reuters poll found that most voters backed the ceasefire.",
        "Watch closely: the ministry said the talks would resume in Geneva.",
        "The file photo showed the two ministers shaking hands in Baghdad last year.",
        # two bodies joined by a slash in the sentence, not a desk's credit after it
        "The ceasefire in Darfur was brokered by the EU and the UN/AU.",
        "Ethiopia hosted the talks with Kenya and the IGAD/AU",
    ],
)
def test_article_lines_are_not_clutter(line: str) -> None:
    assert not is_clutter(line)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Title-Case headline: common words lower-case, names kept
        (
            "Moldova Accuses Belarus of Hiding Smuggled Weapons",
            "Moldova accuses Belarus of hiding smuggled weapons",
        ),
        # gazetteer names that are common words too, spelled as the gazetteer spells them
        (
            "Turkey and the United Nations Agree to Extend the Grain Deal",
            "Turkey and the United Nations agree to extend the grain deal",
        ),
        ("NATO Warns Serbia Over Troop Build-Up", "NATO warns Serbia over troop build-up"),
        # pronouns, "that" and auxiliaries a headline writer leaves in lower case
        (
            "Ghana Restates its Backing of the African Union",
            "Ghana restates its backing of the African Union",
        ),
        (
            "Peru Says that it will Recall Envoy From Caracas",
            "Peru says that it will recall envoy from Caracas",
        ),
        # lower-cased text: sentence starts, names, initials and gazetteer names capitalised
        (
            "police detained dozens of students in lahore on friday. the u.s. embassy urged calm.",
            "Police detained dozens of students in Lahore on Friday. The U.S. embassy urged calm.",
        ),
        (
            "china's foreign ministry summoned the japanese ambassador to beijing.",
            "China's foreign ministry summoned the Japanese ambassador to Beijing.",
        ),
        # "us" and "who" stay pronouns when nothing shows they are the abbreviations
        (
            "officials who met us said the white house would respond.",
            "Officials who met us said the White House would respond.",
        ),
        # ... but no pronoun follows "the": "the us" is the country
        (
            "the us and the who urged calm.",
            "The US and the WHO urged calm.",
        ),
        # nor does a pronoun open a sentence before its verb, modify a body of a state or a
        # title, or join a word by a hyphen: "us" there is the country, in lower or Title Case
        (
            "us troops shelled the border post. a us-led force withdrew.",
            "US troops shelled the border post. A US-led force withdrew.",
        ),
        ("us imposes tariffs on canada", "US imposes tariffs on Canada"),
        ("Us Envoy Meets Taliban Delegation In Doha", "US envoy meets Taliban delegation in Doha"),
        (
            "soldiers told us nothing and beat us. us and them, he said.",
            "Soldiers told us nothing and beat us. Us and them, he said.",
        ),
        # an acronym in brackets spelling the initials of the words before it: a name
        (
            "the federal revenue bureau (frb) froze the accounts of the opposition party.",
            "The Federal Revenue Bureau (FRB) froze the accounts of the opposition party.",
        ),
        ("the council (cdc) met on monday.", "The council (Cdc) met on Monday."),
        # the coder's own event words are no names, though no general word list has them
        (
            "nepali police fired at a bandh called after an airstrike.",
            "Nepali police fired at a bandh called after an airstrike.",
        ),
        # a headline's capital makes no name with inner capitals of a common word ("LeT")
        ("Let Us Vote, Say Students In Srinagar", "Let us vote, say students in Srinagar"),
        (
            "LeT Militants Attack Army Camp In Kashmir",
            "LeT militants attack army camp in Kashmir",
        ),
        # a number first: the word after it starts no sentence; links are left as written
        ("5 ways the summit in oslo could end", "5 ways the summit in Oslo could end"),
        (
            "statement at https://gov.example/press-room and @ministry_news",
            "Statement at https://gov.example/press-room and @ministry_news",
        ),
        # upper-cased line
        ("KENYA EXPELS TWO DIPLOMATS", "Kenya expels two diplomats"),
    ],
)
def test_case_is_restored(text: str, expected: str) -> None:
    assert parse_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Peru recalled its ambassador from Caracas on Tuesday.",
        # names and titles in a row, but a verb in lower case: prose, not a headline
        "Chilean President Ana Rojas met Peruvian Foreign Minister Luis Soto in Lima.",
        "Ok then",
        "",
    ],
)
def test_mixed_case_text_is_parsed_as_written(text: str) -> None:
    assert parse_text(text) is text


def test_parse_text_keeps_every_offset() -> None:
    text = (
        "Sudan Closes Border With Chad\n\n"
        "Photo: Ali Hassan/AFP\n"
        "khartoum shut the crossing on sunday, officials said.\r\n"
        "İSTANBUL TALKS DELAYED AGAIN"  # "İ" lower-cased is two characters: left as it is
    )
    parsed = parse_text(text)
    assert len(parsed) == len(text)
    lines, parsed_lines = text.split("\n"), parsed.split("\n")
    assert [len(line) for line in parsed_lines] == [len(line) for line in lines]
    assert parsed_lines[2] == " " * len(lines[2])
    for line, prepared in zip(lines, parsed_lines, strict=True):
        assert prepared == line or prepared.lower() == line.lower() or prepared.isspace()
    assert parsed_lines[3] == "Khartoum shut the crossing on Sunday, officials said.\r"
    assert parsed_lines[4] == "İSTANBUL talks delayed again"


def test_as_written_reads_the_article_characters() -> None:
    text = "russia said sudan must return the helicopter."
    parsed = parse_text(text)
    assert parsed.startswith("Russia said Sudan")
    assert as_written(text, parsed, "Sudan", 0) == "sudan"
    assert as_written(text, parsed, "said ... return", 7) == "said ... return"
    assert as_written(text, parsed, "Russia", 0) == "russia"


def test_events_of_a_headline_quote_it_as_written() -> None:
    text = "Moldova Accuses Belarus of Hiding Smuggled Weapons"
    result = _extract(text)
    (event,) = result.events
    assert event.type == "ACCUSE"
    assert (event.source, event.target) == (["country:MDA"], ["country:BLR"])
    assert event.sentence == text[event.start : event.end] == text
    assert event.trigger == "Accuses"
    assert result.text == text


_PROSE = "Chile recalled its ambassador from Caracas on Tuesday, the ministry said."
_HEADLINES = [
    "Peru Accuses Bolivia of Hiding Smuggled Gold",
    "Ecuador and Colombia Agree to Reopen Border Crossings",
    "- Brazil Threatens Tariffs on Argentine Wheat",
]


@pytest.mark.parametrize(
    ("lines", "blanked"),
    [
        # a list of headlines, under a tag or among paragraphs, blank lines between them or not
        (["South American Politics", *_HEADLINES, _PROSE], [0, 1, 2, 3]),
        ([_PROSE, "", _HEADLINES[0], "", _HEADLINES[1], "", _HEADLINES[2], "", _PROSE], [2, 4, 6]),
        # a list of places and dates names no event
        (
            [
                "May 3 -- National Stadium, Santiago",
                "May 9 -- Arena Lima, Lima",
                "May 12 -- Estadio Azteca, Mexico City",
            ],
            [0, 1, 2],
        ),
        # a headline, a headline and its standfirst, a heading over its paragraph: parsed
        ([_HEADLINES[0], _PROSE], []),
        ([_HEADLINES[0], _HEADLINES[1], _PROSE], []),
        ([_HEADLINES[0], _PROSE, _HEADLINES[1], _PROSE, _HEADLINES[2], _PROSE], []),
        # headlines that end as sentences do are prose in Title Case
        ([f"{h}." for h in _HEADLINES], []),
    ],
)
def test_lists_of_headlines_are_blanked(lines: list[str], blanked: list[int]) -> None:
    parsed = parse_text("\n".join(lines)).split("\n")
    assert [i for i, line in enumerate(parsed) if line.strip() == "" != lines[i]] == blanked
    assert all(len(a) == len(b) for a, b in zip(parsed, lines, strict=True))


@pytest.mark.parametrize(
    ("lines", "blanked"),
    [
        # a paragraph wrapped mid-sentence: a line that opens as a sign-up or a teaser does
        # only because the wrap falls there
        (
            ["Chile urged its citizens abroad on Tuesday to", "sign up for the consular register."],
            [],
        ),
        (
            [
                "Ecuador is one of the eleven coastal states that",
                "subscribe to the fisheries accord.",
            ],
            [],
        ),
        (
            ["The ministers agreed on Monday to read and", "see more of the draft before Friday."],
            [],
        ),
        # a short line is no wrap: a credit line over lower-cased text is blanked alone
        (["Photo: Rosa Vidal/AFP", "peru closed the border on monday."], [0]),
        # a caption wrapped over lines is blanked whole, not only the line its credit closes
        (
            [
                "Soldiers of the Peruvian army guard the border crossing near Tacna on",
                "the border with Chile, in May. (Rosa Vidal/Reuters)",
                _PROSE,
            ],
            [0, 1],
        ),
    ],
)
def test_a_wrapped_paragraph_is_judged_whole(lines: list[str], blanked: list[int]) -> None:
    parsed = parse_text("\n".join(lines)).split("\n")
    assert [i for i, line in enumerate(parsed) if line.strip() == "" != lines[i]] == blanked


def test_no_event_from_a_list_of_headlines() -> None:
    text = "\n".join([*_HEADLINES, _PROSE])
    events = [(e.type, e.trigger) for e in _extract(text).events]
    assert events == [(e.type, e.trigger) for e in _extract(_PROSE).events] != []
    assert {e.type for e in _extract(_HEADLINES[0]).events} == {"ACCUSE"}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The Kenyan foreign minister - who took office in May - accused Somalia of lying.",
            ["sector:KEN-government"],
            ["country:SOM"],
        ),
        (
            "The army - which has ruled since the coup - arrested three opposition leaders.",
            ["sector:military"],
            ["sector:opposition"],
        ),
    ],
)
def test_a_parenthesis_set_off_by_hyphens_keeps_the_roles(
    text: str, source: list[str], target: list[str]
) -> None:
    parsed = parse_text(text)
    assert len(parsed) == len(text) and " - " not in parsed
    (event,) = _extract(text).events
    assert (event.source, event.target) == (source, target)
    assert event.sentence == text  # quoted with its hyphens


def test_a_lone_spaced_hyphen_stays_a_hyphen() -> None:
    # Tokenised text spaces out a word's hyphen: no parenthesis there.
    text = "Jets struck the al - Qusour district and a Saudi - led convoy."
    assert parse_text(text) is text


def test_events_of_lower_cased_text_point_into_it() -> None:
    text = "the weather was mild.\nromania accused hungary on tuesday of meddling in its election."
    result = _extract(text)
    (event,) = result.events
    assert event.type == "ACCUSE"
    assert (event.source, event.target) == (["country:ROU"], ["country:HUN"])
    assert event.sentence == text[event.start : event.end]
    assert event.sentence.startswith("romania accused hungary")
    assert event.trigger == "accused"
    assert event.date == date(2025, 3, 11)  # "tuesday", the day before publication


def test_a_lower_cased_us_modifying_a_force_is_the_country() -> None:
    (event,) = _extract("us forces detained two militants in eastern syria.").events
    assert event.type == "COERCE"
    assert event.source == ["sector:USA-military"]


def test_a_lower_cased_event_noun_missing_from_general_english_keeps_its_event() -> None:
    (event,) = _extract("students staged a gherao of the vice chancellor in patna.").events
    assert event.type == "PROTEST"
    assert event.target == ["sector:IND-government"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "may" and "march" with "on" and a day of the month are the months
        (
            "on 3 may, gunmen shot dead two guards in kandahar.",
            "On 3 May, gunmen shot dead two guards in Kandahar.",
        ),
        ("police dispersed the rally on march 8.", "Police dispersed the rally on March 8."),
        # and the words elsewhere
        ("students may march on friday to court.", "Students may march on Friday to court."),
    ],
)
def test_lower_cased_may_and_march_with_a_day_are_months(text: str, expected: str) -> None:
    assert parse_text(text) == expected


@pytest.mark.parametrize(
    ("clutter", "article_line"),
    [
        (
            "Armenian soldiers shelled a Georgian checkpoint. (Getty Images)",
            "Armenian soldiers shelled a Georgian checkpoint.",
        ),
        (
            "Watch: Azerbaijan accuses Armenia of shelling its positions",
            "Azerbaijan accuses Armenia of shelling its positions",
        ),
        (
            "Image caption Iran threatened Israel with retaliation",
            "Iran threatened Israel with retaliation",
        ),
        (
            "Sign up for our newsletter to read why Egypt rejected the Ethiopian proposal.",
            "Egypt rejected the Ethiopian proposal.",
        ),
        # the attribution of a pull quote
        (
            "\u2014Nino Beridze urging Armenia to withdraw its troops from the border",
            "Nino Beridze urged Armenia to withdraw its troops from the border.",
        ),
        (
            "\u2014Tbilisi's envoy to the UN condemning the shelling",
            "Tbilisi's envoy to the UN condemned the shelling.",
        ),
    ],
)
def test_no_event_from_clutter_lines(clutter: str, article_line: str) -> None:
    lead = "Georgia and Armenia reopened their border on Monday.\n"
    coded = [e.start for e in _extract(lead + article_line).events]
    assert len(lead) in coded  # the same words as article text are coded
    assert not [e for e in _extract(lead + clutter).events if e.start >= len(lead)]


@pytest.mark.parametrize(
    "text",
    [
        "\u2014 Armenian troops shelled a Georgian village on Monday, officials said.",
        "\u2014 Reports that Armenian troops shelled a Georgian village on Monday",
        "\u2014Armenian troops shelled a Georgian village on Monday, officials said.",
    ],
)
def test_lines_after_a_dash_are_parsed(text: str) -> None:
    assert parse_text(text) is text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name again, then teaser headlines joined by " | ", then the card's link
        (
            "Police detained a man who threatened Sen. Mara DiazMara DiazSenate panel backs "
            "port security bill | Diaz urges talks with Cuba MORE (D-Fla.) on Monday.",
            "Police detained a man who threatened Sen. Mara Diaz (D-Fla.) on Monday.",
        ),
        # the card's name with a middle name; a surname alone in the sentence
        (
            "Gov. Tom ReyesTom Alan ReyesReyes vetoes tax cut Governor signs water pact MORE "
            "(R) rejected the plan, and Mayor OkaforJoan OkaforOkafor calls for calm MORE "
            "agreed.",
            "Gov. Tom Reyes (R) rejected the plan, and Mayor Okafor agreed.",
        ),
        # a text dump puts the card's picture between the names
        (
            "Rep. Lena Park[parklena_02]Lena ParkHouse passes the farm bill MORE (D-Ore.) said.",
            "Rep. Lena Park (D-Ore.) said.",
        ),
        # glued names with no card link, and a link with no glued name: prose is left alone
        (
            "The firm McDonaldMcDonald Holdings said on Monday it would hire MORE staff.",
            "The firm McDonaldMcDonald Holdings said on Monday it would hire MORE staff.",
        ),
        (
            "Ann Lee said MORE than once that Ann Lee would not resign.",
            "Ann Lee said MORE than once that Ann Lee would not resign.",
        ),
    ],
)
def test_hover_cards_are_cut(text: str, expected: str) -> None:
    assert without_cards(text) == expected
    blanked = without_cards(text, blank=True)
    assert len(blanked) == len(text) and " ".join(blanked.split()) == expected


def test_no_event_from_a_hover_card() -> None:
    card = (
        "Carla VegaVega urges ceasefire in Sudan | Senate demands answers from the "
        "Pentagon | Lawmakers threaten to block arms sales MORE"
    )
    sentence = "A man who threatened Rep. Carla Vega{} (D-Ill.) was arrested on Friday."
    events = _extract(sentence.format(card)).events
    clean = _extract(sentence.format("")).events
    assert [(e.type, e.trigger) for e in events] == [(e.type, e.trigger) for e in clean]
    assert len(events) == 2  # THREATEN and COERCE, none from the card's headlines


def test_html_body_drops_captions_and_teasers() -> None:
    body = "".join(
        f"<p>{s}</p>"
        for s in [
            "Ghana and Togo agreed on Friday to reopen their shared border to traders after "
            "months of talks between the two governments in Accra.",
            "Trucks wait at the Aflao crossing before dawn. (Photo: Kofi Mensah/AFP)",
            "Read more: How the border closure hit cocoa farmers",
            "Officials from both countries said customs posts would open within a week, and "
            "that joint patrols would continue along the frontier.",
        ]
    )
    html = f"<html><body><article>{body}</article></body></html>"
    text = article_from_html(html, "page.html").text
    assert "Ghana and Togo agreed" in text and "joint patrols" in text
    assert "Aflao" not in text and "Read more" not in text


def test_html_body_drops_paragraphs_that_are_one_link() -> None:
    # A teaser: a paragraph that is wholly a link to another story, between the article's own.
    paragraphs = [
        "Ghana and Togo agreed on Friday to reopen their shared border to traders after "
        "months of talks between the two governments in Accra.",
        '<strong><a href="/world/benin-closes-port">BENIN ACCUSES NIGER OF BLOCKING '
        "FUEL CONVOYS</a></strong>",
        '<a href="/world/cocoa">Cocoa farmers protest over prices in Kumasi</a>',
        # a link inside prose, or a link to a place on the page, is the article's
        'Officials said <a href="/world/customs">customs posts</a> would open within a week.',
        '<a href="#notes">Joint patrols will continue along the frontier, both sides said.</a>',
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = f"<html><body><article>{body}</article></body></html>"
    text = article_from_html(html, "page.html").text
    assert "Ghana and Togo agreed" in text and "customs posts would open" in text
    assert "Joint patrols will continue" in text
    assert "BENIN" not in text and "Cocoa farmers" not in text


def test_html_body_drops_hover_cards() -> None:
    card = (
        '<span class="card"><img src="lee.jpg" alt=""><a href="/people/ann-lee">Ann Lee</a>'
        '<a href="/a1">Senate panel backs port security bill | Lee urges talks with Cuba</a> '
        '<a href="/a2">Lee calls for new sanctions on Caracas</a> <a href="/people/ann-lee">MORE'
        "</a></span>"
    )
    html = (
        "<html><body><article><p>Protesters gathered outside the office of Sen. "
        f'<a href="/people/ann-lee">Ann Lee</a>{card} (D-Fla.) on Monday, demanding a vote on the '
        "port security bill before the end of the month.</p><p>Police said the crowd dispersed "
        "peacefully after two hours, and that no arrests had been made.</p></article></body></html>"
    )
    text = article_from_html(html, "page.html").text
    assert "Sen. Ann Lee (D-Fla.) on Monday, demanding" in text
    assert "sanctions" not in text and "MORE" not in text


def test_text_dump_drops_captions() -> None:
    prose = (
        "The two governments agreed on Friday to reopen the shared border to traders after "
        "months of talks, officials in both capitals said in statements."
    )
    dump = "\n\n".join(
        [
            "Home   World   Business",
            prose,
            "Trucks wait at the crossing before dawn. Photo: Kofi Mensah/AFP",
            prose.replace("Friday", "Saturday").replace("traders", "buses"),
            "Sign up for our daily newsletter",
        ]
    )
    text = clean_dump(dump).text
    assert "Trucks wait" not in text and "newsletter" not in text
    assert "traders" in text and "buses" in text


def test_doc_text_is_the_text_joined_once() -> None:
    nlp = spacy.blank("en")
    doc = nlp("The envoy left Accra.\nTalks resume on Monday.")
    assert doc_text(doc) == doc.text
    doc.user_data["newsgraph.text"] = "kept"  # read again from where it was kept, not joined
    assert doc_text(doc) == "kept"
