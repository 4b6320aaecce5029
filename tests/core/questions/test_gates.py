"""The gates every question's claims pass: one hand-written case per check."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quizapp.core.claims import Analysis, Article, Claim
from quizapp.core.questions import gates
from quizapp.core.questions.cue_checks import lemma, saying_cue
from quizapp.core.questions.gates import claim_problems
from quizapp.core.questions.status_checks import status_is_clear
from tests.factories.claims import build_claim, own_voice, said_by

TEXT = (
    "Bridge Reopens\n\n"
    "The bridge reopened on Friday after two years of repairs. Mayor Ana Ruiz said that the"
    " repairs cost 12 million dollars. Engineer Tom Lee warned that the deck could crack again"
    " in a hard winter. Montell Figgins, who represents Lee, said the engineer had done nothing"
    " wrong. He said the city owed Lee an apology.\n\n"
    "Police said a man was arrested on the bridge. A search of his car found two knives.\n"
)


def analysis(*claims: Claim) -> Analysis:
    return Analysis(Article(text=TEXT, body=[(16, len(TEXT))]), list(claims))


def ruiz(**changes) -> Claim:
    claim = build_claim(
        TEXT,
        source="Ana Ruiz",
        source_text="Mayor Ana Ruiz",
        source_type="official",
        cue="said",
        cue_strength="report",
        content="the repairs cost 12 million dollars",
        status="attributed",
        evidence="Mayor Ana Ruiz said that the repairs cost 12 million dollars.",
    )
    return replace(claim, **changes)


def outlet(content: str, evidence: str) -> Claim:
    return own_voice(TEXT, content, evidence)


def test_a_sure_well_formed_claim_passes():
    assert claim_problems(analysis(ruiz()), 0) == []


def test_a_rejection_pointing_back_at_the_claim_disputes_it():
    disputed = ruiz(status="disputed", related=[1], cue="estimated")
    denial = ruiz(source="Tom Lee", source_text="Tom Lee", content="such estimates are not true")
    assert status_is_clear(analysis(disputed, denial), 0)


def test_low_confidence_is_held_back():
    low = ruiz(confidence=gates.MIN_CONFIDENCE - 0.01)
    assert claim_problems(analysis(low), 0) == [f"confidence 0.49 under {gates.MIN_CONFIDENCE}"]


@pytest.mark.parametrize(
    "cue", ["said", "told reporters", "warned", "according to", "also noted", "has said"]
)
def test_verbs_of_saying_are_cues(cue):
    assert saying_cue(cue)


@pytest.mark.parametrize(
    "cue",
    ["ordered", "declined", "did not reveal", "is charged with", "were told", "", "reports for"],
)
def test_actions_are_not_cues(cue):
    assert not saying_cue(cue)


@pytest.mark.parametrize("form", ["contradict", "contradicts", "contradicted", "contradicting"])
def test_a_verb_of_rejecting_has_one_lemma_in_every_form(form):
    # "Z contradicted the minister's account": status_checks reads a rejecting cue by its
    # lemma ("contradict" is among its verbs); "contradicted" stayed "contradicted".
    assert lemma(form) == "contradict"


@pytest.mark.parametrize(
    "source", ["he", "We", "We\u2019re", "That", "Hong Kong chaos: Trump", "Hosting Cook"]
)
def test_a_bare_pronoun_or_a_label_is_no_source(source):
    assert claim_problems(analysis(ruiz(source=source, source_text=source)), 0)


def test_a_name_that_is_not_the_speaker_is_no_source():
    # "Montell Figgins, who represents Lee" is Figgins speaking, not Lee.
    claim = ruiz(source="Tom Lee", source_text="Montell Figgins, who represents Lee")
    assert claim_problems(analysis(claim), 0) == [
        "'Tom Lee' is not the head of 'Montell Figgins, who represents Lee'"
    ]


def test_a_possessive_description_is_not_its_owner():
    claim = ruiz(source="Ana Ruiz", source_text="Ana Ruiz's advisers")
    assert claim_problems(analysis(claim), 0)


def test_a_short_form_of_the_name_is_the_same_source():
    assert claim_problems(analysis(ruiz(source_text="Ruiz")), 0) == []


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("a response", "is not a clause"),
        ("yields rose as US30YT=RR fell back", "ticker"),
        ("the repairs cost 12 million dollars and", "dangling conjunction"),
        ("you should all go home now, Mr. Lee", "addressee"),
        ("lawmakers no evidence supports that", "addressee"),
        ("Staffers 'don't care': Federal prison suicides were rising", "headline"),
        ("Li Jifeng, a doctor, wrote in a blog post that the couple fell ill", "Li Jifeng"),
    ],
)
def test_content_must_be_one_complete_clause(content, problem):
    problems = claim_problems(analysis(ruiz(content=content)), 0)
    assert problems and problem in problems[0]


def test_content_running_into_another_speakers_words_is_held_back():
    content = "We are done,\u201d Tom Lee said, \u201cand we will not come back"
    problems = claim_problems(analysis(ruiz(content=content)), 0)
    assert problems == ["content runs into Tom Lee's words"]


def test_a_pronoun_source_needs_the_nearest_named_speaker():
    figgins = build_claim(
        TEXT,
        source="Montell Figgins",
        source_text="Montell Figgins, who represents Lee",
        source_type="involved",
        cue="said",
        cue_strength="report",
        content="the engineer had done nothing wrong",
        status="attributed",
        evidence="Montell Figgins, who represents Lee, said the engineer had done nothing wrong.",
    )
    he = build_claim(
        TEXT,
        source="Montell Figgins",
        source_text="He",
        source_type="involved",
        cue="said",
        cue_strength="report",
        content="the city owed Lee an apology",
        status="attributed",
        evidence="He said the city owed Lee an apology.",
    )
    assert claim_problems(analysis(figgins, he), 1) == []
    wrong = replace(he, source="Ana Ruiz")
    assert claim_problems(analysis(ruiz(), figgins, wrong), 2)


LONG_QUOTE = (
    "Water Survey\n\n"
    "Dana Cole, a hydrologist at the state university who did not work on the survey, told"
    ' the Courier: "Although the crews fixed most of the pipes in the spring, the leaks will'
    " return within a few years, because the ground keeps moving under the old town and the"
    " city has set aside no money to replace the mains this decade. Even a small rise in"
    " leaks would cost the town more water than its reservoir can spare in a dry summer, and"
    ' the pumps are already running at the edge of what they were built for."\n\n'
    "This map, provided by a mapping firm, shows the streets the survey covered.\n\n"
    "However, she pointed out that the survey covered only two streets of the old town.\n"
)


def _cole(text: str, written: str, content: str, cue: str, evidence: str) -> Claim:
    return build_claim(
        text,
        source="Dana Cole",
        source_text=written,
        source_type="independent",
        cue=cue,
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=evidence,
    )


def test_a_pronoun_reaches_back_over_a_long_quote_to_its_speaker():
    text = LONG_QUOTE
    named = _cole(
        text,
        "Dana Cole, a hydrologist at the state university who did not work on the survey",
        "Although the crews fixed most of the pipes in the spring",
        "told",
        text[text.index("Dana Cole") : text.index("\n\nThis map")],
    )
    she = _cole(
        text,
        "she",
        "the survey covered only two streets of the old town",
        "pointed out",
        "However, she pointed out that the survey covered only two streets of the old town.",
    )
    survey = Analysis(Article(text=text, body=[(14, len(text))]), [named, she])
    assert claim_problems(survey, 1) == []


def test_a_pronoun_does_not_reach_past_another_speaker():
    text = LONG_QUOTE.replace(
        "This map, provided by a mapping firm,", "Mayor Ana Ruiz said the map"
    )
    named = _cole(
        text,
        "Dana Cole, a hydrologist at the state university who did not work on the survey",
        "Although the crews fixed most of the pipes in the spring",
        "told",
        text[text.index("Dana Cole") : text.index("\n\nMayor")],
    )
    ruiz_said = build_claim(
        text,
        source="Ana Ruiz",
        source_text="Mayor Ana Ruiz",
        source_type="official",
        cue="said",
        cue_strength="report",
        content="the map shows the streets the survey covered",
        status="attributed",
        evidence="Mayor Ana Ruiz said the map shows the streets the survey covered.",
    )
    she = _cole(
        text,
        "she",
        "the survey covered only two streets of the old town",
        "pointed out",
        "However, she pointed out that the survey covered only two streets of the old town.",
    )
    survey = Analysis(Article(text=text, body=[(14, len(text))]), [named, ruiz_said, she])
    assert claim_problems(survey, 2)


def test_the_outlets_own_sentence_is_its_voice():
    first = outlet(
        "The bridge reopened on Friday after two years of repairs",
        "The bridge reopened on Friday after two years of repairs.",
    )
    assert claim_problems(analysis(first), 0) == []


def test_a_sentence_after_an_attribution_may_continue_it():
    police = build_claim(
        TEXT,
        source="Police",
        source_text="Police",
        source_type="official",
        cue="said",
        cue_strength="report",
        content="a man was arrested on the bridge",
        status="attributed",
        evidence="Police said a man was arrested on the bridge.",
    )
    search = outlet("A search of his car found two knives", "A search of his car found two knives.")
    assert claim_problems(analysis(police, search), 1) == [
        "outlet statement may continue the attribution before it"
    ]


COURT = (
    "Man Pleads Guilty\n\n"
    "A man pleaded guilty to fraud, the county prosecutor said in a statement.\n\n"
    "He faces up to ten years in prison. Sentencing is scheduled for March 3.\n\n"
    "The money was moved through three banks. The court froze the accounts, Lee said.\n\n"
    'The firm closed its offices in May. "We did nothing wrong," Lee said.\n\n'
    "He was held on the following charges:\n\n"
    "John Doe: Fraud, forgery, held in jail in lieu of $5,000 bond.\n\n"
    "Which is exactly what the county feared in the first place.\n\n"
    "Mary N. Roe: Theft, forgery, held in jail in lieu of $9,000 bond.\n"
)


def court(*claims: Claim) -> Analysis:
    return Analysis(Article(text=COURT, body=[(19, len(COURT))]), list(claims))


def prosecutor() -> Claim:
    return build_claim(
        COURT,
        source="the county prosecutor",
        source_type="official",
        cue="said in a statement",
        cue_strength="report",
        content="A man pleaded guilty to fraud",
        status="attributed",
        evidence="A man pleaded guilty to fraud, the county prosecutor said in a statement.",
    )


def court_outlet(sentence: str) -> Claim:
    return own_voice(COURT, sentence)


def test_a_paragraph_of_the_outlets_sentences_after_an_attribution_is_its_voice():
    scheduled = court_outlet("Sentencing is scheduled for March 3.")
    assert claim_problems(court(prosecutor(), scheduled), 1) == []


def test_a_sentence_before_a_cue_in_its_paragraph_may_be_the_sources():
    # "..., Lee said." closing the paragraph may cover both of its sentences.
    moved = court_outlet("The money was moved through three banks.")
    assert claim_problems(court(prosecutor(), moved), 1) == [
        "outlet statement may continue the attribution before it"
    ]


def test_a_quotations_cue_covers_only_the_quotation():
    closed = court_outlet("The firm closed its offices in May.")
    assert claim_problems(court(prosecutor(), closed), 1) == []


def test_a_line_of_a_list_is_no_outlet_statement():
    line = court_outlet("John Doe: Fraud, forgery, held in jail in lieu of $5,000 bond.")
    assert claim_problems(court(prosecutor(), line), 1) == [
        "outlet statement is a label and a list ('Jane Roe: Possession of ...')"
    ]


def test_a_line_of_a_list_cut_after_its_label_is_no_outlet_statement():
    # "Mary N. Roe:" ends in a full stop after an initial, and the splitter cut it off.
    rest = court_outlet("Theft, forgery, held in jail in lieu of $9,000 bond.")
    assert claim_problems(court(prosecutor(), rest), 1) == [
        "outlet statement is a label and a list ('Jane Roe: Possession of ...')"
    ]


def test_a_sentence_opening_with_which_points_back():
    which = court_outlet("Which is exactly what the county feared in the first place.")
    assert claim_problems(court(prosecutor(), which), 1) == [
        "outlet statement starts with a word pointing back into the article"
    ]


def test_an_attributed_claim_with_another_source_on_the_same_point_is_not_keyed():
    other = ruiz(
        source="Tom Lee", source_text="Tom Lee", content="the repairs cost 15 million dollars"
    )
    assert status_is_clear(analysis(ruiz()), 0)
    assert not status_is_clear(analysis(ruiz(), other), 0)


def test_disputed_needs_another_source_saying_no():
    disputed = ruiz(status="disputed", related=[1])
    denial = ruiz(source="Tom Lee", source_text="Tom Lee", content="the repairs did not cost that")
    pointing_back = replace(denial, content="such figures are not true at all")
    elsewhere = replace(denial, content="the bridge is not safe in winter")
    agreement = replace(denial, content="the repairs cost 12 million dollars")
    assert status_is_clear(analysis(disputed, denial), 0)
    assert not status_is_clear(analysis(disputed, pointing_back), 0)  # no figure in ruiz()
    assert not status_is_clear(analysis(disputed, elsewhere), 0)  # says no to another point
    assert not status_is_clear(analysis(disputed, agreement), 0)


def test_a_claim_with_no_cue_is_held_back_not_a_crash():
    assert claim_problems(analysis(ruiz(cue="", cue_spans=[])), 0) == [
        "cue '' is not a verb of saying"
    ]


def test_a_short_attributed_claim_is_not_keyed():
    # "the aid had been paused": too few words to tell whether another source confirms it.
    assert not status_is_clear(analysis(ruiz(content="the repairs were paused")), 0)


def test_an_object_and_an_infinitive_is_not_a_statement():
    urged = ruiz(cue="urged", content="people to be cautious of what sellers claim")
    assert claim_problems(analysis(urged), 0) == [
        "content is an object and an infinitive ('urged people to be ...')"
    ]


def test_a_clause_told_to_someone_is_a_statement():
    # "told the court that she tried to stop it": a clause, not whom they were urged.
    told = ruiz(cue="told", content="that she tried to stop the crack, but failed to do so")
    assert claim_problems(analysis(told), 0) == []


def test_a_told_clause_opening_with_a_conjunction_is_no_addressee():
    # 'told Reuters: "Although the crews found ..."': "Although" is no name.
    told = ruiz(cue="told", content="Although the crews found leaks, the deck will hold")
    assert claim_problems(analysis(told), 0) == []
    named = ruiz(cue="told", content="Tom Lee the deck will hold for years")
    assert claim_problems(analysis(named), 0) == ["content starts with the addressee of the cue"]


def test_a_status_the_instructor_set_is_the_key():
    disputed = ruiz(status="disputed", related=[])  # no rejecting source in the analysis
    assert not status_is_clear(analysis(disputed), 0)
    assert status_is_clear(analysis(replace(disputed, checked=True)), 0)


SALES = (
    "Car Sales Fall\n\n"
    "Car sales in the county fell 10 percent in October despite low rates.\n\n"
    "Dealers sold 3,154 cars in October, down 10 percent from a year ago, the state data"
    " office said.\n\n"
    "Buyers bought 20,856 cars this year in all. Dealers sold 30,417 cars last year,"
    " according to the state data office.\n\n"
    "Showrooms in the county stayed open late over the holiday weekend.\n"
)


def _sales(*claims: Claim) -> Analysis:
    return Analysis(Article(text=SALES, body=[(16, len(SALES))]), list(claims))


def _data_office(content: str, evidence: str) -> Claim:
    return build_claim(
        SALES,
        source="the state data office",
        source_type="official",
        cue="said",
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=evidence,
    )


def _sales_outlet(content: str) -> Claim:
    return own_voice(SALES, content, content + ".")


def test_an_outlet_statement_giving_a_sources_amount_is_not_its_own():
    lede = _sales_outlet("Car sales in the county fell 10 percent in October despite low rates")
    office = _data_office(
        "Dealers sold 3,154 cars in October, down 10 percent from a year ago",
        "Dealers sold 3,154 cars in October, down 10 percent from a year ago, the state data"
        " office said.",
    )
    assert claim_problems(_sales(lede, office), 0) == [
        "outlet statement may be the source's named after it"
    ]
    assert claim_problems(_sales(lede), 0) == []


def test_an_outlet_statement_before_a_paragraphs_according_to_is_not_its_own():
    first = _sales_outlet("Buyers bought 20,856 cars this year in all")
    late = _sales_outlet("Showrooms in the county stayed open late over the holiday weekend")
    assert claim_problems(_sales(first), 0) == [
        "outlet statement may be the source's named after it"
    ]
    assert claim_problems(_sales(late), 0) == []


def test_attributing_a_cause_is_a_cue_word():
    text = "Markets\n\nBank stocks rose. Lee attributed the rally in bank stocks to the ruling.\n"
    claim = build_claim(
        text,
        source="the outlet",
        source_text="",
        source_type="outlet",
        cue="",
        cue_strength="assertion",
        content="Lee attributed the rally in bank stocks to the ruling.",
        status="unattributed",
        evidence="Lee attributed the rally in bank stocks to the ruling.",
    )
    analysed = Analysis(Article(text=text, body=[(9, len(text))]), [claim])
    assert claim_problems(analysed, 0) == ["outlet statement holds a cue word"]


def test_an_unnamed_sources_claim_is_not_keyed_attributed():
    # What follows an unnamed source is often the on-record answer in other words.
    unnamed = ruiz(source="Sources", source_text="Sources", source_type="anonymous")
    assert status_is_clear(analysis(ruiz()), 0)
    assert not status_is_clear(analysis(unnamed), 0)


@pytest.mark.parametrize(
    "sentence",
    [
        "The bridge is widely seen as the main road into the town",
        "The repairs were reportedly paid for by the state",
        "The old deck was considered to be unsafe by many drivers",
    ],
)
def test_a_view_with_no_one_named_is_not_the_outlets_own_statement(sentence):
    text = f"Bridge\n\n{sentence}.\n"
    claim = own_voice(text, sentence, sentence + ".")
    problems = claim_problems(Analysis(Article(text=text, body=[(8, len(text))]), [claim]), 0)
    assert problems == ["outlet statement reports a view with no one named ('is seen as')"]


def test_a_sentence_garbled_on_the_page_is_held_back():
    garbled = ruiz(evidence="Mayor Ana Ruiz said that the repairs cost 12 million dollars.")
    garbled.evidence = "The repairs cost 12 million dollars, she said she said she told them."
    assert "garbled" in " ".join(claim_problems(analysis(garbled), 0))
    assert claim_problems(analysis(ruiz()), 0) == []


RECOVERED = (
    "Feather Lung\n\n"
    "After a year the patient had fully recovered, Dr. Ann Reid said.\n\n"
    '"It does not affect me at all now," the patient wrote in the case report.\n'
)


def _quote_by(source: str, cue: str) -> Claim:
    return build_claim(
        RECOVERED,
        source=source,
        source_type="independent",
        cue=cue,
        cue_strength="report",
        content="It does not affect me at all now",
        status="attributed",
        evidence='"It does not affect me at all now," the patient wrote in the case report.',
    )


def test_words_the_analysis_gives_to_two_sources_are_held_back():
    reid, patient = _quote_by("Ann Reid", "wrote"), _quote_by("the patient", "wrote")
    both = Analysis(Article(text=RECOVERED, body=[(14, len(RECOVERED))]), [reid, patient])
    assert claim_problems(both, 0) == ["the analysis gives the same words to 'the patient' too"]


def test_words_given_to_one_source_pass():
    reid = _quote_by("Ann Reid", "wrote")
    one = Analysis(Article(text=RECOVERED, body=[(14, len(RECOVERED))]), [reid])
    assert claim_problems(one, 0) == []


PROTEST = (
    "Protests\n\n"
    "Three people died in protests against the self-declared \u201cinterim\u201d government on"
    " Tuesday.\n\n"
    "Crowds marched against the so-called \u201cinterim\u201d government on Wednesday.\n\n"
    "Crowds marched against a government \u201cthat has no right to rule us\u201d on Thursday.\n"
)


def _protest_line(sentence: str) -> list[str]:
    claim = own_voice(PROTEST, sentence[:-1], sentence)
    return claim_problems(Analysis(Article(text=PROTEST, body=[(10, len(PROTEST))]), [claim]), 0)


def test_a_word_the_outlet_holds_at_a_distance_leaves_its_sentence_its_own():
    # "self-declared" is an adjective, not a cue; "interim" in quotation marks is no quote.
    assert (
        _protest_line(
            "Three people died in protests against the self-declared \u201cinterim\u201d government"
            " on Tuesday."
        )
        == []
    )


def test_so_called_still_keeps_the_outlets_distance():
    assert _protest_line(
        "Crowds marched against the so-called \u201cinterim\u201d government on Wednesday."
    ) == ["outlet statement holds a cue word"]


def test_a_quoted_clause_in_an_outlet_sentence_is_someones_words():
    assert _protest_line(
        "Crowds marched against a government \u201cthat has no right to rule us\u201d on Thursday."
    ) == ["outlet statement holds a quotation"]


@pytest.mark.parametrize("source", ["Beijing officials", "Sterling Partners", "King County"])
def test_a_name_ending_in_ing_is_no_verb(source):
    from quizapp.core.questions.source_checks import source_problems

    claim = ruiz(source=source, source_text=source)
    assert not [p for p in source_problems(claim) if "starts with a verb" in p]


FERRY = (
    "Ferry Sinks in Harbor\n\n"
    "The ferry company has ruled out engine failure in the sinking.\n\n"
    "The sinking comes a day after the harbor reopened to boats.\n\n"
    "The coast guard said the captain was rescued from the water.\n\n"
    "The ferry sank in ten minutes near the pier.\n"
)


def ferry(cue: str, content: str, source: str, own: str) -> Analysis:
    acted = said_by(FERRY, source, content, "official", cue=cue)
    return Analysis(Article(text=FERRY, body=[(22, len(FERRY))]), [acted, own_voice(FERRY, own)])


def test_a_lone_paragraph_after_a_source_that_did_not_speak_is_the_outlets_voice():
    # "ruled out" is no account a source goes on giving in the next paragraph.
    ruled = ferry(
        "has ruled out",
        "engine failure in the sinking",
        "The ferry company",
        "The sinking comes a day after the harbor reopened to boats.",
    )
    assert claim_problems(ruled, 1) == []


def test_a_lone_paragraph_after_a_source_that_spoke_may_continue_it():
    said = ferry(
        "said",
        "the captain was rescued from the water",
        "The coast guard",
        "The ferry sank in ten minutes near the pier.",
    )
    assert claim_problems(said, 1) == ["outlet statement may continue the attribution before it"]
