"""Source types (DOMAIN section 3): one test per rule, on sources written for the tests."""

from __future__ import annotations

import pytest

from quizapp.core.claims import Article, Claim
from quizapp.core.source_profiles import SourceProfile, source_profiles
from quizapp.core.source_types import classify_sources, source_type


def plain(source_text: str, source: str = "", evidence: str = "") -> Claim:
    return Claim(
        source=source or source_text,
        source_text=source_text,
        source_type="",
        cue="said",
        cue_strength="report",
        content="the bridge will reopen in June",
        status="attributed",
        evidence=evidence,
    )


def typed(*claims: Claim, outlet: str = "") -> list[str]:
    classify_sources(list(claims), None, Article(text="", outlet=outlet))
    return [c.source_type for c in claims]


# Each source as an article would write it, and the type DOMAIN section 3 gives it.
OFFICIAL = {
    "Kremlin spokesperson Dmitry Peskov": "Dmitry Peskov",
    "Defense Minister Andrei Belousov": "Andrei Belousov",
    "the police": "",
    "Federal prosecutors": "",
    "the FDA": "",
    "the state's utilities regulator": "",
    "the army": "",
    "Rep. Dana Fields, the ranking Republican on the committee": "Dana Fields",
    "Sen. Omar Bright": "Omar Bright",
    "Governor Ruth Alder's office": "",
    "A spokesperson for the Interior Ministry": "",
    "Brazil's environment ministry": "",
    "Marta Cole, the county's chief medical examiner": "Marta Cole",
    "Ivo Rask, deputy administrator of the space agency": "Ivo Rask",
    "Detective Sergeant Amy Cole": "Amy Cole",
    "Liam Hart, the Labour MP for Eastfield": "Liam Hart",
}
INVOLVED = {
    "Larkfield Robotics Inc.": "",
    "CEO Nadia Park": "Nadia Park",
    "Nadia Park, president and chief operating officer of Larkfield Robotics": "Nadia Park",
    "Jane Roe, a lawyer for the family": "Jane Roe",
    "Defense attorneys": "",
    "Tom Ward, who represents the plaintiffs": "Tom Ward",
    "the accused": "",
    "the victim's mother": "",
    "Protesters": "",
    "Harbor coach Lena Ortiz": "Lena Ortiz",
    "Rovers defenseman Eli Stone": "Eli Stone",
    "the club": "",
    "Pia Lund, local president of the teachers' union": "Pia Lund",
    "the Fair Fares campaign": "",
    "Ben Ash, chairman of the Vale Farmers Federation": "Ben Ash",
    "the opposition party's candidate": "",
}
INDEPENDENT = {
    "Center for Strategic and International Studies": "",
    "researchers at Eastbrook University": "",
    "a United Nations agency": "",
    "the WHO": "",
    "Ida Moss, a senior fellow at the Harbor Policy Forum": "Ida Moss",
    "Raj Patel, chief economist at Northgate Securities": "Raj Patel",
    "Ola Berg, a senior military analyst at Stratline": "Ola Berg",
    "Traffix, a provider of road traffic data": "Traffix",
    "an outage tracker": "",
}
MEDIA = {
    "Reuters": "",
    "The Washington Post": "",
    "the news agency Interfax": "",
    "Sam Hill of the Daily Planet": "Sam Hill",
}
ANONYMOUS = {
    "officials": "",
    "a source familiar with the talks": "",
    "two senior officials": "",
    "a doctor at the scene": "",
    "one commenter on the forum": "",
}
CASES = [
    (written, name, kind)
    for kind, table in (
        ("official", OFFICIAL),
        ("involved", INVOLVED),
        ("independent", INDEPENDENT),
        ("media", MEDIA),
        ("anonymous", ANONYMOUS),
    )
    for written, name in table.items()
]


@pytest.mark.parametrize("written, name, expected", CASES)
def test_source_types_from_titles_roles_and_names(written, name, expected):
    assert typed(plain(written, source=name)) == [expected]


def test_a_title_that_only_says_whom_one_speaks_for_takes_the_organisations_type():
    # "president" alone is a head of state; of a company, a party to the story.
    assert typed(plain("The president")) == ["official"]
    assert typed(plain("Ana Ruiz, president of Larkfield Robotics", "Ana Ruiz")) == ["involved"]
    assert typed(plain("Ana Ruiz, president of the Federal Reserve Bank", "Ana Ruiz")) == [
        "official"
    ]


def test_an_employer_in_the_possessive_decides_over_the_profession():
    meteorologist = SourceProfile(
        name="Eva Dunn", kind="PERSON", role="Larkfield Power's principal meteorologist"
    )
    claim = plain("Eva Dunn")
    reader_type = source_type(claim, meteorologist)
    assert reader_type == "involved"  # she speaks for the utility, not as an outside expert


def test_a_named_person_the_article_gives_no_role_is_a_party_to_the_story():
    person = SourceProfile(name="Maya Lind", kind="PERSON")
    assert source_type(plain("Maya Lind"), person) == "involved"


def test_a_state_speaking_is_official():
    state = SourceProfile(name="Norway", kind="GPE")
    assert source_type(plain("Norway"), state) == "official"


def test_unnamed_people_of_a_named_body_speak_for_it():
    officials = SourceProfile(name="Larkfield officials", kind="", named=False)
    assert source_type(plain("Larkfield officials"), officials) == "anonymous"
    reader = _reader_with_labels({"larkfield": "ORG", "oslo": "GPE"})
    assert reader.type_of(plain("Larkfield officials"), officials) == "involved"
    city = SourceProfile(name="Oslo officials", kind="", named=False)
    assert reader.type_of(plain("Oslo officials"), city) == "official"


def _reader_with_labels(labels: dict[str, str]):
    from quizapp.core.source_types import _Reader

    reader = _Reader([], [], None, None)
    reader.labels = labels
    return reader


def test_anonymity_in_the_sentence_makes_a_source_anonymous():
    claims = [plain("a senior diplomat", evidence="a senior diplomat, who requested anonymity")]
    classify_sources(claims)
    assert claims[0].source_type == "anonymous"


def test_the_outlet_quoting_itself_is_the_outlet():
    assert typed(plain("NBC News"), outlet="NBC News") == ["outlet"]
    assert typed(plain("The Post", source="The Post"), outlet="The Post") == ["outlet"]


def test_the_outlets_own_journalist_is_the_outlet_another_outlets_is_media():
    own = plain("Daily Planet reporter Sam Hill", source="Sam Hill")
    other = plain("Sam Hill of the Daily Planet", source="Sam Hill")
    assert typed(own, outlet="DailyPlanet.com") == ["outlet"]
    assert typed(other, outlet="The Harbor Times") == ["media"]


def test_outlet_statements_stay_outlet():
    claim = plain("")
    claim.status = "unattributed"
    classify_sources([claim], None, Article(text=""))
    assert claim.source_type == "outlet"


def test_a_person_near_an_outlet_is_not_media_but_a_journalist_is():
    trump = SourceProfile(name="Donald Trump", kind="PERSON", role="in an interview on Fox News")
    writer = SourceProfile(name="Ana Ruiz", kind="PERSON", role="a Reuters reporter")
    assert source_type(plain("Donald Trump"), trump) != "media"
    assert source_type(plain("Ana Ruiz"), writer) == "media"


def test_a_party_keeps_the_type_its_first_description_gave_it():
    first = plain("Ivo Rask, a professor at Eastbrook University", source="Ivo Rask")
    later = plain("Rask", source="Ivo Rask")
    assert typed(first, later) == ["independent", "independent"]


def test_the_definite_description_takes_the_type_of_the_party_it_names_again():
    utility = plain("the city's water utility")
    again = plain("The utility")
    assert typed(utility, again) == ["official", "official"]


def test_its_spokeswoman_speaks_for_the_body_named_before():
    company = plain("Larkfield Robotics Inc.")
    spokeswoman = plain("Its spokeswoman, Dana Whit", source="Dana Whit")
    profiles = source_profiles([company, spokeswoman])
    classify_sources([company, spokeswoman], None, Article(text=""), profiles)
    assert spokeswoman.source_type == "involved"


def test_a_bare_document_takes_the_type_of_whoever_spoke_before():
    military = plain("the US military")
    statement = plain("the statement")
    assert typed(military, statement) == ["official", "official"]


ARTICLE = (
    "Carla Diaz, a lawyer for the Mendez family, said the city had ignored the warnings.\n\n"
    "James P. Kennedy Jr., the U.S. attorney for the district, said charges would follow.\n\n"
    '"We will not rest," Kennedy said.\n\n'
    "Diaz said the family would sue.\n"
)


@pytest.mark.slow
def test_a_party_described_once_in_the_article_is_typed_everywhere(parsed):
    from quizapp.core.analysis import _default_extractor, analyze_doc

    article, doc = parsed(ARTICLE)
    analysis = analyze_doc(article, doc, _default_extractor())
    types = {c.source_text: c.source_type for c in analysis.claims if c.status != "unattributed"}
    assert types.get("Kennedy") == "official"
    assert types.get("Diaz") == "involved"


def test_the_outlet_naming_itself_is_the_outlet():
    assert typed(plain("A survey by this newspaper of 300 voters")) == ["outlet"]


def test_a_byline_in_pasted_text_names_the_outlet():
    article = Article(text="Bridge Case Closes\n\nBy Ana Ruiz, Millbrook Gazette\n\nText.\n")
    gazette = plain("the Gazette")
    other = plain("The Halden Courier")
    classify_sources([gazette, other], None, article)
    assert [gazette.source_type, other.source_type] == ["outlet", "media"]


CLUB = (
    "Harrow City striker Joel Mensah was hurt on Saturday.\n\n"
    "Harrow City said on Sunday that a scan had shown a torn hamstring.\n\n"
    '"It is a hamstring," Harrow City\'s manager, Claire Dunmore, told reporters.\n\n'
    "Deputy Mayor Ines Carvalho said the city would pay for the new stand.\n"
)


@pytest.mark.slow
def test_a_club_the_tagger_takes_for_a_city_is_involved_and_a_title_in_the_text_counts(parsed):
    from quizapp.core.analysis import _default_extractor, analyze_doc

    article, doc = parsed(CLUB)
    analysis = analyze_doc(article, doc, _default_extractor())
    types = {c.source: c.source_type for c in analysis.claims if c.status != "unattributed"}
    assert types.get("Harrow City") == "involved"
    assert types.get("Claire Dunmore") == "involved"
    assert types.get("Ines Carvalho", types.get("Carvalho")) == "official"


@pytest.mark.parametrize(
    "written",
    ["the state health laboratory", "The State Health Laboratory", "the county hospital"],
)
def test_a_service_body_a_level_of_government_names_as_its_own_is_official(written):
    body = SourceProfile(name=written, kind="ORG")
    assert source_type(plain(written), body) == "official"


def test_a_laboratory_no_government_names_keeps_its_expert_type():
    lab = SourceProfile(name="the Harlow Analytical Laboratory", kind="ORG")
    assert source_type(plain("the Harlow Analytical Laboratory"), lab) == "independent"
