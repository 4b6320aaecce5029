"""A set keeps the few statements the article only reports that a status can be keyed on
for its status questions, rather than spend them on "who said it" (set_status.py)."""

from __future__ import annotations

from quizapp.core.claims import Analysis, Article
from quizapp.core.questions.generate import generate_questions
from quizapp.core.questions.suitability import statement_kinds
from tests.factories.claims import own_voice, said_by

TEXT = (
    "Harbor Works\n\n"
    "The crossing to the island takes forty minutes in calm weather.\n\n"
    "The pier reopened on Monday after a week of repairs to its deck.\n\n"
    "\u201cThe night ferry carried ninety passengers on its first weekend,\u201d Mayor Mia Stone"
    " said.\n\n"
    "\u201cThe council will paint the old lighthouse before the summer,\u201d Planner Tom Lee"
    " said.\n\n"
    "\u201cWe love this town and its people,\u201d Captain Ann Park said.\n\n"
    "\u201cThe children had a wonderful time on the boats,\u201d Teacher Ben Ray said.\n"
)


def harbor_works() -> Analysis:
    """Two outlet sentences and four quotations, of which two (Stone's, Lee's) hold a point
    to check: the others are feelings, with no status to find."""
    claims = [
        own_voice(TEXT, "The crossing to the island takes forty minutes in calm weather."),
        own_voice(TEXT, "The pier reopened on Monday after a week of repairs to its deck."),
        said_by(
            TEXT,
            "Mia Stone",
            "The night ferry carried ninety passengers on its first weekend",
            written="Mayor Mia Stone",
        ),  # fmt: skip
        said_by(
            TEXT,
            "Tom Lee",
            "The council will paint the old lighthouse before the summer",
            written="Planner Tom Lee",
        ),  # fmt: skip
        said_by(
            TEXT,
            "Ann Park",
            "We love this town and its people",
            "involved",
            written="Captain Ann Park",
        ),  # fmt: skip
        said_by(
            TEXT,
            "Ben Ray",
            "The children had a wonderful time on the boats",
            "involved",
            written="Teacher Ben Ray",
        ),  # fmt: skip
    ]
    return Analysis(Article(text=TEXT, body=[(TEXT.index("The crossing"), len(TEXT))]), claims)


def test_a_statement_the_article_only_reports_is_asked_for_its_status_not_its_speaker():
    questions = generate_questions(harbor_works())
    on_lee = [q.type for q in questions if q.claims == [3]]
    assert on_lee == ["claim_status"]
    assert statement_kinds(questions)[1] >= 1
