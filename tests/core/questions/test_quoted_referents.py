"""A quotation's opening "He" or "She" written with the name of the person the article
settles it stands for, in square brackets (quoted_referents.with_referent, through
statements.statement), and the linter's rule that brackets hold an inserted name and
nothing else (cut_checks)."""

from __future__ import annotations

from quizapp.core.claims import Analysis, Article, Claim
from quizapp.core.questions.base import Question
from quizapp.core.questions.cut_checks import cut_problems
from quizapp.core.questions.statement_checks import placeable
from quizapp.core.questions.statements import statement
from tests.factories.claims import said_by

CARRIED = (
    "Owls top the table\n\n"
    "Lars Holm, 24, had scored once in ten games before Friday, when he turned it around.\n\n"
    "Holm opened the scoring with a shot from the blue line.\n\n"
    "He added a second goal late in the third period.\n\n"
    "\u201cHe\u2019s finding his touch again after a long dry spell,\u201d coach Ann Berg said.\n"
)
QUOTE = "He\u2019s finding his touch again after a long dry spell"


def _quoted(text: str, content: str, speaker: str, written: str = "", cue: str = "said") -> Claim:
    return said_by(text, speaker, content, written=written, cue=cue)


def test_a_he_carried_on_from_a_named_subject_takes_the_name_in_brackets():
    claim = _quoted(CARRIED, QUOTE, "Ann Berg", written="coach Ann Berg")
    said = statement(claim, Article(text=CARRIED))
    assert said is not None
    assert said.clause == "He\u2019s [Lars Holm] finding his touch again after a long dry spell"
    assert placeable(said.clause, quoted=True)


def test_a_he_after_a_sentence_about_the_speaker_stays_unplaced():
    text = CARRIED.replace("He added a second goal", "Berg praised her forward")
    claim = _quoted(text, QUOTE, "Ann Berg", written="coach Ann Berg")
    said = statement(claim, Article(text=text))
    assert said is not None and "[" not in said.clause
    assert not placeable(said.clause, quoted=True)


def test_a_he_after_a_quotation_stays_as_it_is():
    text = CARRIED.replace(
        "He added a second goal late in the third period.",
        "\u201cWe needed that,\u201d Holm said.",
    )
    claim = _quoted(text, QUOTE, "Ann Berg", written="coach Ann Berg")
    said = statement(claim, Article(text=text))
    assert said is not None and "[" not in said.clause


def test_the_speaker_is_never_the_one_in_brackets():
    text = CARRIED.replace("coach Ann Berg said", "Holm said")
    claim = _quoted(text, QUOTE, "Lars Holm", written="Holm")
    said = statement(claim, Article(text=text))
    assert said is not None and "[" not in said.clause


WRITTEN_OF = (
    "Mayor's health\n\n"
    "In June, shortly before the vote, Dana Reid released a note from her doctor, Lee Park.\n\n"
    "\u201cHer health and stamina are excellent for a woman of any age,\u201d Park wrote of"
    " Reid.\n"
)


def test_whom_the_words_are_written_of_takes_the_possessive_in_brackets():
    content = "Her health and stamina are excellent for a woman of any age"
    claim = _quoted(WRITTEN_OF, content, "Lee Park", written="Park", cue="wrote of")
    said = statement(claim, Article(text=WRITTEN_OF))
    assert said is not None
    assert said.clause.startswith("Her [Dana Reid\u2019s] health and stamina")


def test_a_pronoun_of_the_other_gender_than_the_article_gives_stays():
    text = WRITTEN_OF.replace("from her doctor", "from his doctor")
    content = "Her health and stamina are excellent for a woman of any age"
    claim = _quoted(text, content, "Lee Park", written="Park", cue="wrote of")
    said = statement(claim, Article(text=text))
    assert said is not None and "[" not in said.clause


def _who_said(quote: str) -> Question:
    return Question(
        type="who_said", stem=f"Who said, \u201c{quote}\u201d?", choices=["Ann Berg", "Lars Holm"]
    )


def test_the_linter_passes_a_name_inserted_in_brackets():
    analysis = Analysis(article=Article(text=CARRIED), claims=[])
    quote = "He\u2019s [Lars Holm] finding his touch again after a long dry spell"
    assert cut_problems(_who_said(quote), analysis) == []


def test_the_linter_flags_brackets_holding_anything_but_a_name():
    analysis = Analysis(article=Article(text=CARRIED), claims=[])
    quote = "He\u2019s [the striker] finding his touch again after a long dry spell"
    assert any("brackets" in p for p in cut_problems(_who_said(quote), analysis))


def test_the_linter_flags_a_bracketed_quotation_with_other_words_changed():
    analysis = Analysis(article=Article(text=CARRIED), claims=[])
    quote = "He [Lars Holm] is finding his touch again after a long dry spell"
    assert any("not the article's words" in p for p in cut_problems(_who_said(quote), analysis))


def test_the_linter_passes_brackets_the_article_itself_writes():
    text = CARRIED.replace("He\u2019s finding", "He [Holm] is finding")
    analysis = Analysis(article=Article(text=text), claims=[])
    quote = "He [Holm] is finding his touch again after a long dry spell"
    assert cut_problems(_who_said(quote), analysis) == []


def test_words_written_of_someones_lawyer_do_not_bracket_that_someone():
    text = (
        "Court date\n\n"
        "Dana Reid hired a new lawyer in June, and he filed a motion the same week.\n\n"
        "\u201cHe works harder than anyone I have ever met in court,\u201d Park said of"
        " Reid's lawyer.\n"
    )
    content = "He works harder than anyone I have ever met in court"
    claim = _quoted(text, content, "Lee Park", written="Park", cue="said of")
    said = statement(claim, Article(text=text))
    assert said is None or "[Dana Reid" not in said.clause and "[Reid" not in said.clause
