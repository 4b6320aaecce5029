"""The evidence under a question: whole sentences and quotes, each shown once, and a sentence
naming a source the claim only calls "he" or by a surname (hand-written articles)."""

from __future__ import annotations

from quizapp.core.claims import Analysis, Article
from quizapp.core.questions.evidence import claim_evidence, source_shown, status_note
from quizapp.core.questions.evidence_cut import naming_sentence, quote_marks, whole_sentences
from quizapp.core.questions.generate import generate_questions
from tests.factories.claims import build_claim, span_of


def _said(text: str, source: str, written: str, content: str, evidence: str, **kw):
    return build_claim(
        text,
        source=source,
        source_text=written,
        source_type=kw.pop("source_type", "official"),
        cue=kw.pop("cue", "said"),
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=evidence,
        **kw,
    )


def _analysis(text: str, *claims) -> Analysis:
    return Analysis(Article(text=text, body=[(0, len(text))]), list(claims))


ENVOY = (
    "Former envoy Kurt Volker testified on Tuesday. Volker disputed that he had run an"
    ' irregular channel. "My role was the official channel," he told lawmakers.\n'
)


def test_a_source_written_he_shows_the_sentence_before_that_names_him_first():
    claim = _said(
        ENVOY,
        "Kurt Volker",
        "he",
        "My role was the official channel",
        '"My role was the official channel," he told lawmakers.',
        cue="told",
    )
    evidence, spans = claim_evidence(_analysis(ENVOY, claim), [0])
    assert evidence.split("\n") == [
        "Volker disputed that he had run an irregular channel.",
        '"My role was the official channel," he told lawmakers.',
    ]
    assert spans[0][0] < spans[1][0]


def test_a_source_named_by_surname_in_the_evidence_shows_no_other_sentence():
    # The sentence before with the full name is another claim: the learner would look there.
    claim = _said(
        ENVOY,
        "Kurt Volker",
        "Volker",
        "he had run an irregular channel",
        "Volker disputed that he had run an irregular channel.",
        cue="disputed",
    )
    analysis = _analysis(ENVOY, claim)
    evidence, _ = claim_evidence(analysis, [0])
    assert evidence == claim.evidence
    assert source_shown(analysis, 0)


FAR = (
    "Mayor Ana Ruiz said the session would be short. The council debated for an hour. Members"
    " asked about the schools. The vote was delayed twice. She said the plan adds 40 teachers."
    " Finance Director Tom Lee said the budget was late.\n"
)


def _far_claims(written: str = "She") -> list:
    return [
        _said(
            FAR,
            "Ana Ruiz",
            "Mayor Ana Ruiz",
            "the session would be short",
            "Mayor Ana Ruiz said the session would be short.",
        ),
        _said(
            FAR,
            "Tom Lee",
            "Finance Director Tom Lee",
            "the budget was late",
            "Finance Director Tom Lee said the budget was late.",
        ),
        _said(
            FAR.replace("She said", f"{written} said"),
            "Ana Ruiz",
            written,
            "the plan adds 40 teachers",
            f"{written} said the plan adds 40 teachers.",
            figures=[("40", 40.0, "teachers", "")],  # a figure puts it first for who_said
        ),
    ]


def test_a_source_written_she_with_no_name_near_is_not_shown():
    assert not source_shown(_analysis(FAR, *_far_claims()), 2)


def test_no_who_said_question_rests_on_a_source_that_is_not_shown():
    questions = generate_questions(_analysis(FAR, *_far_claims()))
    who_said = [q.claims for q in questions if q.type == "who_said"]
    assert who_said and [2] not in who_said


def test_a_surname_with_no_full_name_near_is_shown_by_the_surname():
    text = FAR.replace("She said", "Ruiz said")
    analysis = _analysis(text, *_far_claims("Ruiz"))
    assert source_shown(analysis, 2)
    assert claim_evidence(analysis, [2])[0] == "Ruiz said the plan adds 40 teachers."


def test_a_body_written_the_fund_is_named_by_its_acronym_before():
    text = (
        "The International Monetary Fund cut its forecast. The IMF blamed trade. Still, the"
        " fund warned of more risks.\n"
    )
    claim = _said(
        text,
        "International Monetary Fund",
        "the fund",
        "of more risks",
        "Still, the fund warned of more risks.",
        cue="warned",
    )
    found = naming_sentence(_analysis(text, claim), claim, [claim.evidence_span])
    assert found is not None and text[found[0] : found[1]] == "The IMF blamed trade."


def test_evidence_that_holds_another_claims_evidence_is_shown_once():
    text = "Medvedev reported 417,000 contracts. In addition, 36,000 citizens joined units.\n"
    one = _said(
        text,
        "Medvedev",
        "Medvedev",
        "417,000 contracts",
        "Medvedev reported 417,000 contracts.",
        cue="reported",
    )
    both = _said(
        text,
        "Medvedev",
        "Medvedev",
        "36,000 citizens joined units",
        text.strip(),
        cue="reported",
    )
    evidence, spans = claim_evidence(_analysis(text, one, both), [0, 1])
    assert evidence == text.strip()
    assert spans == [(0, len(text.strip()))]


def test_evidence_starting_in_lower_case_takes_the_sentence_it_continues():
    text = 'He was greeted with chants of "Bobby!" at a labor conference last month.\n'
    start = text.index("at a labor")
    assert whole_sentences(text, (start, len(text) - 1), 0, len(text)) == (0, len(text) - 1)


def test_evidence_starting_inside_a_quote_starts_where_the_quote_does():
    text = 'The superintendent spoke. "We shut the taps. No child will drink," said Chen.\n'
    start = text.index("No child")
    s, e = whole_sentences(text, (start, len(text) - 1), 0, len(text))
    assert text[s:e] == '"We shut the taps. No child will drink," said Chen.'


def test_evidence_cut_inside_a_quote_runs_on_to_where_the_quote_ends():
    text = "Liu warned: \u201cThey are there. They are there to show sovereignty.\u201d Next.\n"
    end = text.index(" They are there to")
    s, e = whole_sentences(text, (0, end), 0, len(text))
    assert (
        text[s:e] == "Liu warned: \u201cThey are there. They are there to show sovereignty.\u201d"
    )


def test_a_quote_left_open_at_the_paragraphs_end_is_the_articles_own():
    text = 'Achebe said: "Two doses protect most people.\n\n"Check the records."\n'
    end = text.index("\n")
    assert whole_sentences(text, (0, end), 0, len(text)) == (0, end)


def test_an_abbreviated_title_ends_no_sentence():
    text = "Cases rose. Officials met Dr. Samuel Achebe, who said cases rose in every school.\n"
    start = text.index("who said")
    s, e = whole_sentences(text, (start, len(text) - 1), 0, len(text))
    assert text[s:e].startswith("Officials met Dr. Samuel Achebe")


def test_a_claim_spread_over_paragraphs_shows_only_the_paragraphs_that_hold_it():
    text = 'Mulgrew said the day sends a message.\n"Let us support our schools," said Mulgrew.\n'
    claim = _said(
        text, "Michael Mulgrew", "Mulgrew", "the day sends a message", text.strip(), cue="said"
    )
    evidence, spans = claim_evidence(_analysis(text, claim), [0])
    assert evidence == "Mulgrew said the day sends a message."
    assert spans == [span_of(text, evidence)]


def test_quote_marks_pair_whatever_their_style():
    assert quote_marks('"I do not think so,\u201d Peskov said.') == (0, 0)
    assert quote_marks('No child will drink," said Chen.') == (1, 0)
    assert quote_marks("Liu warned: \u201cThey are there.") == (0, 1)


BRIDGE = (
    "While Mayor Lena Park said the bridge was inspected every year, no inspection of the"
    " bridge has been filed since 2009.\n"
)


def _bridge() -> Analysis:
    from quizapp.core.verification import assess_claims

    mayor = _said(
        BRIDGE,
        "Lena Park",
        "Mayor Lena Park",
        "the bridge was inspected every year",
        BRIDGE.strip(),
    )
    analysis = _analysis(BRIDGE, mayor)
    assess_claims(analysis.claims, analysis.article)
    return analysis


def test_the_status_note_of_a_claim_the_outlet_contradicts_names_the_article():
    analysis = _bridge()
    note = status_note(analysis.claims[0], analysis)
    assert "the article itself contradicts it" in note
    assert "another source" not in note
