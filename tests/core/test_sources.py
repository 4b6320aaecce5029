"""Sources: pronouns, partial names and acronyms resolved to the party they stand for."""

from __future__ import annotations

import pytest

from quizapp.core.claims import Article, Claim
from quizapp.core.name_mentions import clean_name
from quizapp.core.sources import resolve_sources


def claim_in(text: str, source: str, cue: str, content: str, after: int = 0) -> Claim:
    """A claim whose spans point at the first ``source``/``cue``/``content`` from ``after``."""
    spans = []
    for part in (source, cue, content):
        start = text.index(part, after)
        spans.append([(start, start + len(part))] if part else [])
    return Claim(
        source=source,
        source_text=source,
        source_type="",
        cue=cue,
        cue_strength="report",
        content=content,
        status="attributed",
        source_spans=spans[0],
        cue_spans=spans[1],
        content_spans=spans[2],
    )


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


# --------------------------------------------------------------------------- resolution

PUTIN = (
    "President Vladimir Putin stated during a televised event that 700,000 soldiers are at "
    "the front. He also noted that interest in contracts remains high.\n\n"
    "Kremlin spokesperson Dmitry Peskov said the figures were accurate. Later, Peskov said "
    "that no new mobilisation was planned.\n\n"
    "The Kremlin spokesperson said the talks would continue.\n"
)


@pytest.mark.slow
def test_pronoun_and_partial_name_resolve_to_the_full_name(parsed):
    article, doc = parsed(PUTIN)
    he = claim_in(PUTIN, "He", "noted", "that interest in contracts remains high")
    later = claim_in(PUTIN, "Peskov", "said", "that no new mobilisation was planned", 150)
    role = claim_in(PUTIN, "The Kremlin spokesperson", "said", "the talks would continue")
    resolve_sources([he, later, role], doc, article)
    assert he.source == "Vladimir Putin"
    assert he.source_text == "He"  # the words as written stay, with their span
    assert later.source == "Dmitry Peskov"
    assert role.source == "The Kremlin spokesperson"  # a role without a name is kept


ACRONYM = (
    "The Center for Strategic and International Studies (CSIS), a think tank in "
    "Washington, published a report on Monday.\n\n"
    "CSIS said the losses had been underestimated.\n"
)


@pytest.mark.slow
def test_acronym_resolves_to_the_name_the_article_defines(parsed):
    article, doc = parsed(ACRONYM)
    claim = claim_in(ACRONYM, "CSIS", "said", "the losses had been underestimated", 100)
    resolve_sources([claim], doc, article)
    assert claim.source == "Center for Strategic and International Studies"


QUOTE = (
    "Fire Chief Laura Brennan spoke to reporters on Sunday. Officer Tom Hale was there too.\n\n"
    "Brennan said the fire began at night. According to her, crews arrived quickly.\n\n"
    '"Crews reached the mill nine minutes later," she said.\n'
)


@pytest.mark.slow
def test_according_to_pronoun_and_quote_speaker(parsed):
    article, doc = parsed(QUOTE)
    start = QUOTE.index("According to her")
    according = Claim(
        source="",
        source_text="",
        source_type="",
        cue="According to",
        cue_strength="report",
        content="her, crews arrived quickly",
        status="attributed",
        cue_spans=[(start, start + len("According to"))],
        content_spans=[(start + len("According to "), QUOTE.index(".", start))],
    )
    quoted = claim_in(QUOTE, "she", "said", "Crews reached the mill nine minutes later")
    resolve_sources([according, quoted], doc, article)
    assert according.source_text == "her"  # recovered from "According to her, ..."
    assert according.content == "crews arrived quickly"
    assert according.source == "Laura Brennan"
    assert quoted.source == "Laura Brennan"  # not a name inside her own quote


def test_without_a_doc_sources_are_cleaned_words():
    claim = plain(" \"Peskov's ", source="")
    resolve_sources([claim], None, Article(text=""))
    assert claim.source == "Peskov"
    assert clean_name("  the   Kremlin  ") == "the Kremlin"


GENDER = (
    "Fire Chief Laura Brennan said her crews had worked all night.\n\n"
    "Officer Tom Hale said his team had closed the road.\n\n"
    "Later she said the building could not be saved.\n"
)


@pytest.mark.slow
def test_a_pronoun_skips_a_person_the_article_refers_to_otherwise(parsed):
    article, doc = parsed(GENDER)
    claim = claim_in(GENDER, "she", "said", "the building could not be saved")
    resolve_sources([claim], doc, article)
    assert claim.source == "Laura Brennan"


def test_a_pronoun_in_page_furniture_never_tells_a_speaker_gender(parsed):
    # The caption's "his" is outside the body: it must not make Lea Brandt a "he".
    text = (
        "Ferry Service Resumes After Storm\n\n"
        "Lea Brandt runs the ferry company on the east bank of the river.\n\n"
        "A deckhand waves his cap as the first ferry leaves (Photo: Jan Novak)\n\n"
        "The ferries will run every hour from Monday, she said.\n"
    )
    article, doc = parsed(text)
    she = claim_in(text, "she", "said", "The ferries will run every hour from Monday")
    resolve_sources([she], doc, article)
    assert she.source == "Lea Brandt"


# --------------------------------------------------------------------------- real-news errors

LAWYER = (
    "Tom Berg, who represents Anna Lind, said his client would not accept the offer. "
    "He said Lind had done nothing wrong.\n\n"
    "Lind's lawyer said the case would go to trial.\n"
)


@pytest.mark.slow
def test_the_speaker_is_the_head_of_the_source_phrase_not_a_name_inside_it(parsed):
    article, doc = parsed(LAWYER)
    first = claim_in(LAWYER, "Tom Berg, who represents Anna Lind", "said", "his client")
    lawyer = claim_in(LAWYER, "Lind's lawyer", "said", "the case would go to trial")
    resolve_sources([first, lawyer], doc, article)
    assert first.source == "Tom Berg"
    assert lawyer.source == "Lind's lawyer"


@pytest.mark.slow
def test_he_said_continues_the_last_speaker_not_the_person_he_names(parsed):
    article, doc = parsed(LAWYER)
    first = claim_in(LAWYER, "Tom Berg, who represents Anna Lind", "said", "his client")
    he = claim_in(LAWYER, "He", "said", "Lind had done nothing wrong")
    resolve_sources([first, he], doc, article)
    assert he.source == "Tom Berg"


ADDED = (
    "Tom Berg said the bridge was safe. He said the cables had been tested in May.\n\n"
    "Mayor Maria Lopez approved the repairs on Monday, and she thanked the engineers "
    "for their work.\n\n"
    '"The deck will last another forty years," he added.\n'
)


@pytest.mark.slow
def test_he_added_skips_a_woman_named_in_between(parsed):
    article, doc = parsed(ADDED)
    first = claim_in(ADDED, "Tom Berg", "said", "the bridge was safe")
    added = claim_in(ADDED, "he", "added", "The deck will last another forty years", 150)
    resolve_sources([first, added], doc, article)
    assert added.source == "Tom Berg"


@pytest.mark.slow
def test_a_pronoun_that_names_no_one_lowers_the_confidence(parsed):
    text = "Bridges will reopen in June, he said.\n"
    article, doc = parsed(text)
    claim = claim_in(text, "he", "said", "Bridges will reopen in June")
    claim.confidence = 0.8
    resolve_sources([claim], doc, article)
    assert claim.source == "he"
    assert claim.confidence == 0.4


RELATIVE = (
    "Mayor Ines Ortega won the vote, beating the banker Paul Brandt by 40 votes. She takes "
    "office in May.\n\n"
    '"We worked hard for this," Ortega told supporters.\n\n'
    "Brandt, who has never run for office, refused to concede. He claimed that some ballots "
    "had been lost.\n"
)


@pytest.mark.slow
def test_he_after_a_subject_with_a_relative_clause_is_that_subject(parsed):
    article, doc = parsed(RELATIVE)
    first = claim_in(RELATIVE, "Ortega", "told", "We worked hard for this", 100)
    he = claim_in(RELATIVE, "He", "claimed", "that some ballots had been lost")
    resolve_sources([first, he], doc, article)
    assert he.source == "Paul Brandt"


IT_SAID = (
    "According to figures from Dataline, a firm that tracks web traffic, the first failed "
    "Orbix logins came at noon. It said most users could log in again by evening.\n"
)


@pytest.mark.slow
def test_it_said_continues_the_body_whose_claim_comes_just_before(parsed):
    article, doc = parsed(IT_SAID)
    first = claim_in(IT_SAID, "figures from Dataline", "According to", "the first failed")
    it = claim_in(IT_SAID, "It", "said", "most users could log in again by evening")
    resolve_sources([first, it], doc, article)
    assert it.source == first.source
    assert "Dataline" in it.source


THEY_WROTE = (
    "Ferries now run in 14 ports and the Bay of Lorne. Short trips are not thought to harm"
    " the reefs, the authors of the survey said. But daily trips damage the coral, they"
    " wrote.\n"
)


@pytest.mark.slow
def test_they_said_continues_the_group_whose_claim_comes_just_before(parsed):
    # Not "the Bay of Lorne", a place the sentence before names.
    article, doc = parsed(THEY_WROTE)
    first = claim_in(THEY_WROTE, "the authors of the survey", "said", "Short trips are not")
    they = claim_in(THEY_WROTE, "they", "wrote", "But daily trips damage the coral")
    resolve_sources([first, they], doc, article)
    assert they.source == first.source


AGAIN = (
    "Peter J. Holm Jr. admitted the theft, prosecutors said.\n\n"
    "Holm faces up to five years in prison.\n\n"
    '"I am sorry for what I did," he said in court.\n'
)


@pytest.mark.slow
def test_he_said_continues_a_speaker_named_again_by_surname(parsed):
    article, doc = parsed(AGAIN)
    first = claim_in(AGAIN, "Peter J. Holm Jr.", "admitted", "the theft")
    he = claim_in(AGAIN, "he", "said", "I am sorry for what I did")
    resolve_sources([first, he], doc, article)
    assert he.source == "Peter J. Holm Jr"


HOSTING = (
    "Chief executive Tim Cook said Apple was pulled into the enterprise by its customers.\n\n"
    "Hosting Cook at the conference \u201cis our dream,\u201d Benioff said.\n\n"
    "Cook said the admiration is mutual.\n"
)


@pytest.mark.slow
def test_a_verb_in_ing_opening_a_sentence_is_no_first_name(parsed):
    # The tagger reads "Hosting Cook" as one person; the later "Cook" is still Tim Cook.
    article, doc = parsed(HOSTING)
    later = claim_in(HOSTING, "Cook", "said", "the admiration is mutual", HOSTING.index("\u201d"))
    resolve_sources([later], doc, article)
    assert later.source == "Tim Cook"


CODED = (
    "Jets QB Dan Marsh said on Monday that the team would win the next game.\n\n"
    "Marsh said the coach had his trust.\n"
)


@pytest.mark.slow
def test_a_team_and_position_code_before_a_name_are_no_part_of_it(parsed):
    # The tagger reads "Jets QB Dan Marsh" as one person; the source is Dan Marsh.
    article, doc = parsed(CODED)
    first = claim_in(CODED, "Jets QB Dan Marsh", "said", "the team would win the next game", 0)
    later = claim_in(CODED, "Marsh", "said", "the coach had his trust", CODED.index("\n\n"))
    resolve_sources([first, later], doc, article)
    assert (first.source, later.source) == ("Dan Marsh", "Dan Marsh")


TWO_NAMES = (
    "Fred Lane said the mill would reopen in spring.\n\n"
    "Irving Lane, a former owner, said the mill had no buyer yet.\n\n"
    "Lane said the workers had been told nothing.\n"
)


@pytest.mark.slow
def test_a_first_name_opening_a_sentence_stays_a_first_name(parsed):
    article, doc = parsed(TWO_NAMES)
    later = claim_in(TWO_NAMES, "Lane", "said", "the workers had been told nothing", 100)
    resolve_sources([later], doc, article)
    assert later.source == "Irving Lane"  # "Irving" ends in -ing but is no verb's form


def _analysed_sources(text: str) -> list[tuple[str, str]]:
    from quizapp.core.analysis import analyze_many
    from quizapp.core.article import read_article

    analysis = analyze_many([read_article(text.encode())])[0]
    return [(c.source, c.source_type) for c in analysis.claims if c.status != "unattributed"]


@pytest.mark.slow
def test_a_surname_before_its_relative_clause_is_the_person_named_before():
    text = (
        "Trade Talks Stall\n\n\u201cThe president wants a bigger deal,\u201d said Derek"
        " Scissors, a China scholar with the American Enterprise Institute.\n\n"
        "Scissors, who consults with administration officials, said the rollback depends"
        " largely on the polls.\n"
    )
    assert _analysed_sources(text)[-1] == ("Derek Scissors", "independent")


@pytest.mark.slow
def test_the_title_refers_back_to_the_one_person_named_with_it():
    text = (
        "Budget Vote\n\nGovernor Tom Lee met farmers on Monday.\n\n"
        "The governor said that the budget would pass.\n"
    )
    assert _analysed_sources(text) == [("Tom Lee", "official")]


@pytest.mark.slow
def test_the_title_two_people_hold_refers_to_neither():
    text = (
        "Budget Vote\n\nGovernor Tom Lee met Governor Ann Park on Monday.\n\n"
        "The governor said that the budget would pass.\n"
    )
    assert _analysed_sources(text) == [("The governor", "official")]


@pytest.mark.slow
def test_a_bare_title_does_not_decide_the_type_a_fuller_one_gives():
    text = (
        "Trade Talks Stall\n\nUS President Donald Trump met farmers in Iowa on Monday.\n\n"
        "The president said that China would have to make a deal he likes.\n"
    )
    assert _analysed_sources(text)[-1] == ("Donald Trump", "official")


@pytest.mark.slow
def test_a_body_named_in_a_persons_title_is_not_that_person():
    text = (
        "Fares Rise\n\nPaul Ortega, the authority's finance director, said the authority"
        " would lose money.\n\nThe authority projected that ridership would fall.\n"
    )
    assert _analysed_sources(text)[-1][0] != "Paul Ortega"
