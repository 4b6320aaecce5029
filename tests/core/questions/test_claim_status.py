"""A claim that is its cue's object, no clause ("claimed responsibility for ...", "accused
the board of hiding costs"), is asked for its status by the cue's noun (cue_verbs.NOUNS)."""

from __future__ import annotations

import random

from quizapp.core.claims import Analysis, Article, Claim
from quizapp.core.questions.checks import language_problems
from quizapp.core.questions.registry import get_type
from quizapp.core.questions.statements import statement
from tests.factories.claims import said_by

CRASH = (
    "Helicopter Down\n\n"
    "The Red Hand Front claimed responsibility for shooting down the helicopter near Tarn.\n\n"
    "The provincial government ruled out Red Hand involvement in the crash.\n\n"
    "Ana Ruiz accused the harbor board of hiding costs in the town's audits.\n\n"
    "Ana Ruiz called for an inquiry into the harbor fire last week.\n\n"
    "Tom Lee claimed the ferry engine had been tampered with in May.\n\n"
    "Mia Chen denied any wrongdoing in the award of the ferry contract.\n\n"
    "Mia Chen denied the ferry engine was serviced late last winter.\n"
)


def _claim(text: str, source: str, cue: str, content: str, kind: str = "official") -> Claim:
    return said_by(text, source, content, kind, cue=cue, confidence=0.9)


def _analysis(accused: str = "the harbor board") -> Analysis:
    """The Front's claim, disputed by the provincial government, and the others; Ana Ruiz
    accuses ``accused``."""
    text = CRASH.replace("the harbor board", accused)
    article = Article(text=text, body=[(17, len(text))])
    militia = _claim(
        text,
        "Red Hand Front",
        "claimed",
        "responsibility for shooting down the helicopter near Tarn",
    )
    militia.source_type, militia.status, militia.related = "involved", "disputed", [1]
    return Analysis(
        article,
        [
            militia,
            _claim(text, "The provincial government", "ruled out", "Red Hand involvement"),
            _claim(text, "Ana Ruiz", "accused", f"{accused} of hiding costs in the town's audits"),
            _claim(text, "Ana Ruiz", "called for", "an inquiry into the harbor fire last week"),
            _claim(text, "Tom Lee", "claimed", "the ferry engine had been tampered with in May"),
            _claim(text, "Mia Chen", "denied", "any wrongdoing in the award of the ferry contract"),
            _claim(text, "Mia Chen", "denied", "the ferry engine was serviced late last winter"),
        ],
    )


def _stems() -> dict[int, tuple[str, str]]:
    """Claim index -> (stem, keyed status) of each status question."""
    questions = get_type("claim_status").generate(_analysis(), random.Random(0))
    return {q.claims[0]: (q.stem, q.data["statuses"][q.answer]) for q in questions}


def test_a_claim_of_responsibility_is_asked_by_its_noun():
    assert _stems()[0] == (
        "How does the article present the claim of responsibility for shooting down the"
        " helicopter near Tarn?",
        "disputed",
    )


def test_an_accusation_is_asked_by_its_noun():
    assert _stems()[2] == (
        "How does the article present the accusation against the harbor board of hiding"
        " costs in the town's audits?",
        "attributed",
    )


def test_the_stem_naming_a_claim_by_its_noun_passes_the_linter():
    questions = get_type("claim_status").generate(_analysis(), random.Random(0))
    named = [q for q in questions if q.claims[0] in (0, 2)]
    assert len(named) == 2
    assert all(language_problems(q) == [] for q in named)


def test_a_call_for_something_is_no_claim_of_fact_to_ask_the_status_of():
    assert 3 not in _stems()


def test_a_clause_claimed_without_its_that_is_still_restated_as_a_statement():
    analysis = _analysis()
    said = statement(analysis.claims[4], analysis.article)
    assert said is not None
    assert said.clause == "the ferry engine had been tampered with in May"


def test_a_claim_of_responsibility_is_no_statement_to_restate():
    # "Who claimed that responsibility for shooting down the helicopter ...?"
    analysis = _analysis()
    assert statement(analysis.claims[0], analysis.article) is None


def test_a_denial_is_asked_by_its_noun():
    assert _stems()[5] == (
        "How does the article present the denial of any wrongdoing in the award of the ferry"
        " contract?",
        "attributed",
    )


def test_a_clause_denied_without_its_that_is_still_restated_as_a_statement():
    analysis = _analysis()
    said = statement(analysis.claims[6], analysis.article)
    assert said is not None
    assert said.clause == "the ferry engine was serviced late last winter"


def test_an_accusation_whose_target_speaks_in_the_article_is_not_keyed_attributed():
    # Tom Lee may be answering the charge: "attributed" would be no plain key.
    questions = get_type("claim_status").generate(_analysis("Tom Lee"), random.Random(0))
    assert all(q.claims != [2] for q in questions)


QUOTES = (
    "Ferry Plans\n\n"
    "\u201cThe ferry will stop running to Tarn island after the end of March,\u201d"
    " Tom Lee said.\n\n"
    "\u201cWe will not cut a single crossing before the summer timetable,\u201d Mia Chen said.\n"
)


def _quoted(content: str, source: str) -> Claim:
    return said_by(QUOTES, source, content, confidence=0.9)


def _quote_stems() -> list[str]:
    claims = [
        _quoted("The ferry will stop running to Tarn island after the end of March", "Tom Lee"),
        _quoted("We will not cut a single crossing before the summer timetable", "Mia Chen"),
    ]
    analysis = Analysis(Article(text=QUOTES, body=[(13, len(QUOTES))]), claims)
    return [q.stem for q in get_type("claim_status").generate(analysis, random.Random(0))]


def test_a_quotation_that_reads_as_a_plain_statement_is_asked_without_its_marks():
    # In quotation marks it is someone's words on sight: the marks would give the key away.
    assert (
        "How does the article present the statement that the ferry will stop running to Tarn"
        " island after the end of March?" in _quote_stems()
    )


def test_a_quotation_in_the_first_person_keeps_its_marks():
    assert any("\u201cWe will not cut a single crossing" in s for s in _quote_stems())
