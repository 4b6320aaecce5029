"""The 'check this one' flag marks what a strict reader deletes or fixes, not only keys the
analyser is unsure of: a question that repeats a claim of its set, shows another question's
statement, repeats an earlier lesson and answer, or fails the linter (review.doubts)."""

from __future__ import annotations

from quizapp.core.claims import Analysis, Article
from quizapp.core.questions.base import Question
from quizapp.core.questions.review import check_first, doubts
from tests.factories.claims import said_by

TEXT = (
    "Harbor Wall\n\n"
    "Port director Mia Stone said that the harbor wall needs urgent repairs before winter.\n\n"
    "Engineer Tom Lee said that the harbor wall will hold for another ten years.\n"
)


def said(source: str, content: str) -> object:
    return said_by(TEXT, source, content)


ANALYSIS = Analysis(
    Article(text=TEXT, title="Harbor Wall", body=[(13, len(TEXT))]),
    [
        said("Mia Stone", "the harbor wall needs urgent repairs before winter"),
        said("Tom Lee", "the harbor wall will hold for another ten years"),
    ],
)
STONE = "the harbor wall needs urgent repairs before winter"
LEE = "the harbor wall will hold for another ten years"


def who_said(claim: int, clause: str, answer: int = 0) -> Question:
    return Question(
        type="who_said",
        stem=f"Who said that {clause}?",
        choices=["Mia Stone", "Tom Lee"],
        answer=answer,
        explanation="The article attributes this to the source. It is attributed, not verified.",
        evidence=TEXT.splitlines()[2 + 2 * claim],
        claims=[claim],
    )


def what_said(claim: int, right: str, wrong: str) -> Question:
    return Question(
        type="what_said",
        stem="What did Mia Stone say?",
        choices=[f"{right[0].upper()}{right[1:]}.", f"{wrong[0].upper()}{wrong[1:]}."],
        answer=0,
        explanation="The article attributes this to Mia Stone. It is attributed, not verified.",
        evidence=TEXT.splitlines()[2 + 2 * claim],
        claims=[claim],
    )


def test_a_sure_question_alone_in_its_set_is_not_flagged():
    (q,) = check_first([who_said(0, STONE)], ANALYSIS)
    assert "check" not in q.data


def test_a_question_showing_another_questions_statement_is_flagged():
    # Sure keys both: the old flag, on the analyser's confidence alone, marked neither.
    asked = who_said(1, LEE, answer=1)
    shows = what_said(0, STONE, LEE)
    found = [why for _, why in doubts(shows, [asked, shows], ANALYSIS)]
    assert "its choices show a statement another question asks about" in found


def test_a_second_question_with_the_same_type_and_answer_is_flagged():
    first, second = who_said(0, STONE), who_said(1, LEE)  # both keyed "Mia Stone"
    assert [why for _, why in doubts(first, [first, second], ANALYSIS)] == []
    assert [why for _, why in doubts(second, [first, second], ANALYSIS)] == [
        "another question of its type has the same answer"
    ]


def test_a_second_status_question_with_the_same_status_is_flagged_whoever_said_it():
    def status(claim: int, source: str) -> Question:
        return Question(
            type="claim_status",
            stem=f"How does the article present the statement number {claim}?",
            choices=[f"A claim by {source} that the article reports but does not check", "x"],
            answer=0,
            claims=[claim],
            data={"statuses": ["attributed", "unattributed"]},
        )

    first, second = status(0, "Mia Stone"), status(1, "Tom Lee")
    assert [why for _, why in doubts(second, [first, second], ANALYSIS)] == [
        "another question of its type has the same answer"
    ]


def test_two_questions_on_one_claim_each_doubt_the_other():
    again = Question(
        type="claim_status",
        stem=f"How does the article present the statement that {STONE}?",
        choices=["A claim by Mia Stone that the article reports but does not check", "Other"],
        answer=0,
        explanation="The article reports this as a claim by Mia Stone, so it is attributed.",
        evidence=TEXT.splitlines()[2],
        claims=[0],
    )
    first = who_said(0, STONE)
    for q in (first, again):
        assert [why for _, why in doubts(q, [first, again], ANALYSIS)] == [
            "another question of the set asks about the same claim"
        ]


def test_a_flagged_question_says_why():
    # A sure key that shows the other question's statement and repeats its claim.
    asked = who_said(0, STONE)
    shows = what_said(0, STONE, LEE)
    marked = check_first([asked, shows], ANALYSIS)
    assert marked[0] is shows and shows.data["check"] is True
    assert shows.data["check_why"] == [
        "another question of the set asks about the same claim",
        "its choices show a statement another question asks about",
    ]
    assert "check" not in asked.data


def test_a_statement_a_reader_cannot_place_is_flagged_and_says_why():
    (q,) = check_first([who_said(0, "the admiration is mutual")], ANALYSIS)
    assert q.data["check"]
    assert "a statement it shows may not say whom or what it is about" in q.data["check_why"]


def test_a_thing_the_headline_names_is_placed():
    (q,) = check_first([who_said(0, STONE)], ANALYSIS)
    assert "check" not in q.data


def test_questions_a_reader_cannot_place_come_after_the_others():
    from quizapp.core.questions.review import placed_first

    vague = who_said(0, "the admiration is mutual")
    clear = who_said(1, LEE, answer=1)
    assert placed_first([vague, clear], ANALYSIS) == [clear, vague]


def test_a_who_stems_own_predicate_must_be_placeable():
    from quizapp.core.questions.review import placed

    q = who_said(0, STONE)
    q.stem = "Who accused Spain and Italy of meddling in the country's affairs?"
    assert not placed(q, ANALYSIS)


def test_a_status_stem_naming_a_claim_by_its_noun_must_be_placeable():
    from quizapp.core.questions.review import placed

    q = who_said(0, STONE)
    q.stem = (
        "How does the article present the accusation against Spain and Italy of meddling"
        " in the country's affairs?"
    )
    assert not placed(q, ANALYSIS)


def test_a_headlines_phrasal_verb_places_the_event_it_names():
    from quizapp.core.questions.review import headline_known
    from quizapp.core.questions.statement_checks import placeable

    clause = "Harbor Line staff have waited weeks for notice of the layoffs"
    assert placeable(clause, known=headline_known("Harbor Line staff to be laid off this week"))
    assert not placeable(clause, known=headline_known("Harbor Line staff fear for their jobs"))
    assert "shutdown" in headline_known("Dover plant shutting down after leak")


def test_a_headline_taking_someone_to_court_places_the_case():
    from quizapp.core.questions.review import headline_known
    from quizapp.core.questions.statement_checks import placeable

    clause = "the case shows that threats carry a price"
    assert placeable(clause, known=headline_known("Dover man pleads guilty to threats"))
    assert not placeable(clause, known=headline_known("Dover man makes threats"))


def test_a_headline_calling_something_off_knows_the_calloff():
    from quizapp.core.questions.review import headline_known

    assert "calloff" in headline_known("Harbor union calls off the ferry strike")
