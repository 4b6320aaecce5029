"""Words that reach the article through someone other than their source ("Lee allegedly
told a clerk", "Ruiz said ... after the Gazette reported ...") are not keyed as that
source's plain claim (hedges.second_hand)."""

from __future__ import annotations

import random

from quizapp.core.claims import Analysis, Article, Claim
from quizapp.core.questions.hedges import second_hand
from quizapp.core.questions.registry import get_type
from tests.factories.claims import build_claim, own_voice

TEXT = (
    "Ferry clerk charged\n\n"
    "The crossing to the island takes forty minutes in calm weather.\n\n"
    "The pier reopened on Monday after a week of repairs to its deck.\n\n"
    "Tom Lee allegedly told a clerk that the office sold the spare tickets twice last summer.\n\n"
    "Ana Ruiz said the ferry company raised every fare in March after the Gazette reported"
    " the company had lost its biggest contract.\n\n"
    "Ben Ray said the harbor office ordered four new ticket machines for the pier,"
    " according to the council minutes.\n\n"
    "Mia Stone said the night ferry carried ninety passengers on its first weekend.\n"
)
BODY = [(TEXT.index("The crossing"), len(TEXT))]


def said(source: str, cue: str, content: str) -> Claim:
    line = next(s for s in TEXT.splitlines() if content in s)
    return build_claim(
        TEXT,
        source=source,
        source_type="official",
        cue=cue,
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=line,
    )


SOLD = said("Tom Lee", "told", "the office sold the spare tickets twice last summer")
RAISED = said(
    "Ana Ruiz",
    "said",
    "the ferry company raised every fare in March after the Gazette reported the company had"
    " lost its biggest contract",
)
LOST = said("Gazette", "reported", "the company had lost its biggest contract")
ORDERED = said("Ben Ray", "said", "the harbor office ordered four new ticket machines for the pier")
CARRIED = said(
    "Mia Stone", "said", "the night ferry carried ninety passengers on its first weekend"
)


def analysis(*claims: Claim) -> Analysis:
    return Analysis(Article(text=TEXT, body=BODY), list(claims))


def test_a_distancing_word_before_the_cue_makes_the_words_second_hand():
    assert second_hand(analysis(SOLD), 0) == "allegedly"


def test_a_cue_inside_another_sources_claim_makes_the_words_second_hand():
    assert second_hand(analysis(RAISED, LOST), 1) == "Ana Ruiz"


def test_the_outer_claim_is_its_sources_own():
    assert second_hand(analysis(RAISED, LOST), 0) == ""


def test_a_relay_by_a_record_makes_the_words_second_hand():
    assert second_hand(analysis(ORDERED), 0) == "the council minutes"


def test_a_plain_attribution_is_the_sources_own():
    assert second_hand(analysis(CARRIED), 0) == ""


def test_no_status_question_keys_second_hand_words_as_the_sources_claim():
    questions = get_type("claim_status").generate(analysis(SOLD, CARRIED), random.Random(0))
    assert [q.claims for q in questions] == [[1]]


def test_no_true_false_says_the_source_plainly_said_second_hand_words():
    questions = get_type("true_false").generate(analysis(SOLD, CARRIED), random.Random(0))
    assert not any(q.claims == [0] and "According to" in q.stem for q in questions)


def test_a_sort_never_labels_second_hand_words_as_the_sources_claim():
    boats = own_voice(TEXT, "The crossing to the island takes forty minutes in calm weather.")
    pier = own_voice(TEXT, "The pier reopened on Monday after a week of repairs to its deck.")
    found = analysis(boats, pier, SOLD, CARRIED)
    questions = get_type("sort_statements").generate(found, random.Random(0))
    assert questions and 2 not in questions[0].claims
