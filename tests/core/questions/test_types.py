"""Each question type on a small hand-written article: the exact English it produces."""

from __future__ import annotations

import random

from quizapp.core.claims import Analysis, Article
from quizapp.core.questions.base import Judgement, Question
from quizapp.core.questions.registry import get_type, validate_question
from tests.factories.claims import build_claim, own_voice


def first(analysis: Analysis, name: str, **match: object) -> Question:
    """The first candidate of a type (seeded), optionally the first whose fields match."""
    for q in get_type(name).generate(analysis, random.Random(0)):
        if all(getattr(q, k) == v for k, v in match.items()):
            assert validate_question(q) == []
            return q
    raise AssertionError(f"no {name} question matching {match}")


def right(q: Question) -> str:
    return q.choices[q.answer]


def test_who_said(town):
    q = first(town, "who_said")
    assert q.stem == "Who estimated spending on schools at 15 million dollars?"
    # The Harbor Times only reported a vote count: an outlet is no plausible estimator.
    assert q.choices == ["Ana Ruiz", "Institute for Fiscal Studies", "Tom Lee"]
    assert right(q) == "Institute for Fiscal Studies"
    assert q.skills == ["attribution"]
    assert q.evidence in town.article.text


def test_who_said_quote_and_that_clause(town):
    stems = [q.stem for q in get_type("who_said").generate(town, random.Random(0))]
    assert "Who said that the budget adds 40 new teachers?" in stems
    assert "Who said that nearly 11 million dollars went to teacher salaries?" in stems
    # "such reports are not credible" has no antecedent in a stem: no question from it.
    assert not any("such reports" in s for s in stems)


def test_what_said(town):
    q = first(town, "what_said", stem="What did Tom Lee report on March 3?")
    assert q.choices == [
        "The budget adds 40 new teachers.",
        "Spending on schools amounts to 15 million dollars.",
        "Only the Finance Department is authorized to publish figures on school spending.",
        "The city spent about 12 million dollars on schools last year.",
    ]
    assert right(q) == "The city spent about 12 million dollars on schools last year."
    # Nothing else Tom Lee said may be a distractor: it would also be right.
    assert "Nearly 11 million dollars went to teacher salaries." not in q.choices
    assert "the other choices are what other sources in the article said" in q.explanation


def test_what_said_offers_no_sentence_of_the_outlets_own(town):
    # Nobody "said" the outlet's background: a learner rules it out by its look.
    for q in get_type("what_said").generate(town, random.Random(0)):
        assert "The city council approved a new budget on Monday." not in q.choices


def test_what_said_offers_no_statement_over_twice_as_long_or_short_as_the_key(town):
    q = first(town, "what_said", stem="What did Tom Lee report on March 3?")
    # Five words against the key's eleven: it stands out whatever it says.
    assert "300 parents attended the vote." not in q.choices


def test_what_said_is_not_asked_without_three_other_sources_statements(town):
    from dataclasses import replace

    # Tom Lee's and two others' statements only: two wrong choices are too few, and the
    # outlet's own sentence may not make the third.
    kept = [town.claims[i] for i in (0, 1, 2, 3)]
    assert get_type("what_said").generate(replace(town, claims=kept), random.Random(0)) == []


def test_authority_claim(town):
    q = first(town, "authority_claim")
    assert q.stem == (
        "Which institution does Ana Ruiz call the only authorized source on school spending?"
    )
    assert q.choices == [
        "The Institute for Fiscal Studies",
        "The Finance Department",
        "The Harbor Times",
    ]
    assert right(q) == "The Finance Department"
    assert q.skills == ["sourcing"]
    assert "authority claim" in q.explanation


def test_claim_status(town):
    q = first(town, "claim_status")
    assert q.stem == (
        "How does the article present the statement that spending on schools amounts to"
        " 15 million dollars?"
    )
    assert q.choices == [
        "A source's claim that the article reports but does not check",
        "A source's claim that another source in the article rejects",
        "A point that a second, separate source or a record in the article confirms",
        "A statement the outlet makes in its own voice, with no source",
    ]
    assert q.data["statuses"][q.answer] == "disputed"


def test_claim_status_unattributed(town):
    q = first(
        town,
        "claim_status",
        stem="How does the article present the statement that the city council approved a new"
        " budget on Monday?",
    )
    assert right(q) == "A statement the outlet makes in its own voice, with no source"


def test_true_false(town):
    q = first(town, "true_false")
    assert q.stem == (
        "The article stands behind this statement: Spending on schools amounts to 15 million"
        " dollars."
    )
    assert q.choices == ["True", "False"]
    assert right(q) == "False"
    stems = {x.stem: x for x in get_type("true_false").generate(town, random.Random(0))}
    # The outlet's own voice is what the article stands behind: True.
    outlet = stems[
        "The article stands behind this statement: The city council approved a new budget on"
        " Monday."
    ]
    assert right(outlet) == "True" and outlet.data == {"asks": "verified"}
    attribution = [s for s in stems if s.startswith("According to the article, ")]
    assert attribution, "attribution statements are asked too"
    assert {right(stems[s]) for s in attribution} == {"True", "False"}


def test_conflicting_figures_same_thing(town):
    q = first(town, "conflicting_figures", type="conflicting_figures")
    assert q.stem == (
        "How does the independent estimate of 15 million dollars spent on schools differ from"
        " the official data in the article?"
    )
    assert q.choices == [
        "The article gives no official figure for dollars spent on schools",
        "It matches the official data, so the article confirms it",
        "The official data prove the estimate wrong",
        "It is higher than the figure Tom Lee gave, about 12 million dollars, and the article"
        " does not say which is right",
    ]
    assert q.answer == 3
    pair = [
        x
        for x in get_type("conflicting_figures").generate(town, random.Random(0))
        if x.stem.endswith("How do these two figures differ?")
    ][0]
    assert pair.stem == (
        "Tom Lee, March 3: \u201cthe city spent about 12 million dollars on schools last"
        " year\u201d."
        " The Institute for Fiscal Studies: \u201cspending on schools at 15 million dollars\u201d."
        " How do these two figures differ?"
    )
    assert right(pair) == (
        "They differ by about 20 percent, come from different sources, and the article does not"
        " say which is right"
    )


def test_conflicting_figures_never_compares_different_things(town):
    # Teacher salaries (11 million) count something else than school spending: no question
    # may set them side by side, and no figure is compared with the 300 parents.
    for q in get_type("conflicting_figures").generate(town, random.Random(0)):
        assert "11 million" not in q.stem
        assert "300" not in q.stem


def test_source_type(town):
    q = first(town, "source_type")
    assert q.stem == "Which of these sources in the article is independent of the government?"
    assert q.choices == ["Ana Ruiz", "Institute for Fiscal Studies", "Tom Lee"]
    assert right(q) == "Institute for Fiscal Studies"
    stems = [q.stem for q in get_type("source_type").generate(town, random.Random(0))]
    # The article's outlet is unknown, so the Harbor Times might be the article's own
    # outlet: no question calls it another outlet.
    assert "What kind of source is The Harbor Times in this article?" not in stems


def test_source_type_only_where_the_words_show_the_type(town):
    town.article.outlet = "Bay Gazette"
    kind = first(
        town, "source_type", stem="What kind of source is The Harbor Times in this article?"
    )
    assert right(kind) == "Another news outlet: a paper, broadcaster or agency"
    # Ana Ruiz is "Mayor Ana Ruiz": official, and shown as such; the Institute is shown
    # independent by "Institute". Tom Lee, "Finance Director", has no word of his type.
    stems = [q.stem for q in get_type("source_type").generate(town, random.Random(0))]
    assert "What kind of source is Ana Ruiz in this article?" in stems
    assert "What kind of source is Tom Lee in this article?" not in stems


def test_source_type_names_a_party_to_the_story_as_involved(town):
    import copy

    analysis = copy.deepcopy(town)
    times = next(c for c in analysis.claims if c.source == "The Harbor Times")
    times.source, times.source_type = "Harbor Builders Inc.", "involved"
    times.source_text = times.source  # the article's words for it, as the analyser gives them
    kind = first(
        analysis, "source_type", stem="What kind of source is Harbor Builders Inc. in this article?"
    )
    assert right(kind) == "A party to the story: a company, a union, a witness"
    assert "stake" in kind.explanation
    assert len(kind.choices) == 5


def test_cue_reading(town):
    q = first(town, "cue_reading")
    assert q.stem == "Which word shows that the figure of 15 million dollars is an estimate?"
    assert q.choices == ["estimated", "said", "according to", "reported"]
    assert right(q) == "estimated"
    lee = first(
        town,
        "cue_reading",
        stem="Which words attribute to Tom Lee the figure of nearly 11 million dollars?",
    )
    assert right(lee) == "according to"
    # "reported" is Tom Lee's cue elsewhere: it is no distractor here.
    assert "reported" not in lee.choices


def test_sort_statements(town):
    # With the article's own outlet unknown, the Harbor Times might be it (status_checks):
    # here the outlet is known, so the Times' count is another outlet's claim.
    town.article.outlet = "Harbor Gazette"
    q = first(town, "sort_statements")
    assert q.stem == "Label each statement by how the article presents it."
    assert q.choices == ["attributed", "corroborated", "disputed", "unattributed"]
    assert dict(zip(q.data["statements"], q.answer, strict=True)) == {
        "300 parents attended the vote.": "attributed",
        "The city council approved a new budget on Monday.": "unattributed",
        "Spending on schools amounts to 15 million dollars.": "disputed",
        # A third "attributed" would put one label on more than half the statements.
        "Only the Finance Department is authorized to publish figures on school spending.": (
            "attributed"
        ),
    }
    assert q.skills == ["attribution", "verification"]


# --- grading ------------------------------------------------------------------------------


def test_grade_choice(town):
    qtype = get_type("who_said")
    q = first(town, "who_said")
    response = qtype.parse_response({"answer": str(q.answer)})
    assert qtype.grade(q, response).correct
    assert qtype.grade(q, response).score == 1.0
    wrong = qtype.grade(q, (q.answer + 1) % len(q.choices))
    assert not wrong.correct and wrong.score == 0.0
    assert qtype.grade(q, qtype.parse_response({})).score == 0.0
    assert qtype.grade(q, qtype.parse_response({"answer": "x"})).score == 0.0


def test_grade_sort_partial_and_judgements(town):
    qtype = get_type("sort_statements")
    q = first(town, "sort_statements")
    form = {f"s{i}": label for i, label in enumerate(q.answer)}
    assert qtype.grade(q, qtype.parse_response(form)).score == 1.0
    disputed = q.answer.index("disputed")
    outlet = q.answer.index("unattributed")
    other = next(i for i, a in enumerate(q.answer) if a == "attributed")
    form[f"s{disputed}"] = "corroborated"  # the disputed estimate called verified
    form[f"s{other}"] = "disputed"
    mark = qtype.grade(q, qtype.parse_response(form))
    assert not mark.correct
    assert mark.score == 2 / 4
    # Discernment: the outlet's own statement is one the article stands behind; the
    # disputed estimate called corroborated is a false alarm; the rest were told apart.
    expected = [Judgement(False, False)] * 4
    expected[disputed] = Judgement(truly_verified=False, said_verified=True)
    expected[outlet] = Judgement(True, True)
    assert mark.judgements == expected
    # A missing select is a wrong label, not an error.
    assert qtype.grade(q, qtype.parse_response({"s0": q.answer[0]})).score == 1 / 4


def test_judgements_true_false_and_status(town):
    tf = get_type("true_false")
    q = first(town, "true_false")  # "The article confirms ... 15 million": False
    mark = tf.grade(q, tf.parse_response({"answer": "true"}))
    assert not mark.correct
    assert mark.judgements == [Judgement(truly_verified=False, said_verified=True)]
    assert tf.grade(q, 1).judgements == [Judgement(False, False)]
    status = get_type("claim_status")
    sq = first(town, "claim_status")
    corroborated = sq.data["statuses"].index("corroborated")
    assert status.grade(sq, corroborated).judgements == [Judgement(False, True)]
    assert status.grade(sq, sq.answer).judgements == [Judgement(False, False)]


def test_who_said_has_no_judgements(town):
    q = first(town, "who_said")
    assert get_type("who_said").grade(q, q.answer).judgements == []


def test_render_hides_the_key(town):
    for name in ("who_said", "sort_statements", "claim_status"):
        q = first(town, name)
        shown = get_type(name).render(q)
        text = repr(shown)
        assert q.explanation not in text and q.evidence not in text
        assert "answer" not in shown and "statuses" not in text
        if name == "sort_statements":
            assert shown["statements"] == q.data["statements"]
            for label in ("disputed", "unattributed"):
                assert label in shown["labels"]  # labels are shown, never which goes where


def test_validate_catches_errors():
    q = Question(type="who_said", stem="", choices=["a", "a"], answer=5, skills=["reading"])
    errors = validate_question(q)
    assert any(e.startswith("stem:") for e in errors)
    assert any(e.startswith("choices:") for e in errors)
    assert any(e.startswith("answer:") for e in errors)
    assert any(e.startswith("skills:") for e in errors)
    assert validate_question(Question(type="nope", stem="x"))[0].startswith("type:")
    sort = Question(
        type="sort_statements",
        stem="Sort",
        choices=["attributed", "disputed"],
        answer=["attributed", "nonsense"],
        data={"statements": ["one", "two"]},
    )
    assert validate_question(sort) == ["answer: every label must be one of the choices"]


def test_question_json_round_trip(town):
    for name in ("who_said", "sort_statements"):
        q = first(town, name)
        assert Question.from_json(q.to_json()) == q


def repeat_analysis(corroborated: bool) -> Analysis:
    """An agency's projection and the same figure from its spokeswoman, or from an auditor."""
    from quizapp.core.claims import Article
    from tests.factories.claims import build_claim

    text = (
        "The agency projected that ridership would fall by about 2 percent this year. "
        "Its spokeswoman, Dana Whitfield, later said that ridership would fall by about 2 percent."
    )
    second = "Dana Whitfield"
    if corroborated:
        text = text.replace(
            "Its spokeswoman, Dana Whitfield, later said", "The state auditor found"
        )
        second = "state auditor"
    status = "corroborated" if corroborated else "attributed"
    claims = [
        build_claim(
            text,
            source="Valley Agency",
            source_text="The agency",
            source_type="official",
            cue="projected",
            cue_strength="estimate",
            status=status,
            related=[1] * corroborated,
            content="ridership would fall by about 2 percent this year",
            evidence=text.split(". ")[0] + ".",
            figures=[("about 2 percent", 2.0, "fall in ridership", "about")],
        ),
        build_claim(
            text,
            source="State Auditor" if corroborated else "Dana Whitfield",
            source_text=second,
            source_type="official",
            cue="found" if corroborated else "said",
            cue_strength="report",
            status=status,
            related=[0] * corroborated,
            content="ridership would fall by about 2 percent",
            evidence=text.split(". ")[1],
            figures=[("about 2 percent", 2.0, "fall in ridership", "about")],
        ),
    ]
    for i, c in enumerate(claims):
        for f in c.figures:
            f.claim = i
    return Analysis(article=Article(text=text), claims=claims)


def test_conflicting_figures_matching_figures():
    same_side = first(repeat_analysis(corroborated=False), "conflicting_figures")
    assert same_side.stem == (
        "The Valley Agency: \u201cridership would fall by about 2 percent this year\u201d."
        " Dana Whitfield: \u201cridership would fall by about 2 percent\u201d."
        " What does the match between these two figures show?"
    )
    assert right(same_side) == (
        "Nothing more than one figure: officials of the same side repeating a figure are not"
        " independent, so the match does not verify it"
    )
    record = first(repeat_analysis(corroborated=True), "conflicting_figures")
    assert right(record) == (
        "The figure is corroborated: a second, independent source or record in the article"
        " gives the same figure"
    )


def test_conflicting_figures_far_apart_count_different_things(town):
    # 12 million against 150 million: whatever the words, not one thing measured twice.
    town.claims[2].figures[0].value = 150e6
    for q in get_type("conflicting_figures").generate(town, random.Random(0)):
        assert not q.stem.endswith("How do these two figures differ?")


def test_who_said_with_few_sources_offers_the_outlets_own_voice(town):
    from dataclasses import replace

    from quizapp.core.questions.who_said import OUTLET_CHOICE

    # Only Ruiz and the Institute named: one other source is no choice; the outlet's own
    # voice (always wrong for an attributed claim) makes the third.
    kept = [c for c in town.claims if c.source in {"Ana Ruiz", "Institute for Fiscal Studies"}]
    small = replace(town, claims=kept)
    q = first(small, "who_said")
    assert OUTLET_CHOICE in q.choices and right(q) != OUTLET_CHOICE
    assert len(q.choices) == 3


def test_who_said_offers_no_outlets_voice_for_words_in_quotation_marks(town):
    from dataclasses import replace

    # Ruiz's "We will not cut a single class," with one other source named: words in
    # quotation marks are someone's, so the outlet's own voice is no choice and two names
    # are too few.
    kept = [c for c in town.claims if c.source in {"Ana Ruiz", "Institute for Fiscal Studies"}]
    small = replace(town, claims=kept)
    stems = [q.stem for q in get_type("who_said").generate(small, random.Random(0))]
    assert stems and not any("single class" in s for s in stems)


def test_a_sort_made_apart_leaves_out_the_sets_other_claims(town):
    sort = get_type("sort_statements")
    asked = frozenset({0, 6})  # the outlet's sentence and Ruiz's quote, asked elsewhere
    (q,) = sort.generate_apart(town, random.Random(0), asked)
    assert 6 not in q.claims
    # The outlet's sentence comes back only because the sort needs a statement the
    # article stands behind (the discernment measure), and it is the only one.
    assert [i for i in q.claims if i in asked] == [0]


def test_a_source_kind_made_apart_is_shown_by_a_claim_no_other_question_asks_about(town):
    kind = get_type("source_type")
    ruiz = [q for q in kind.generate(town, random.Random(0)) if "Ana Ruiz" in q.stem]
    assert ruiz and ruiz[0].claims == [1]
    asked = frozenset({1})  # "Who said that the budget adds 40 new teachers?" is in the set
    again = [q for q in kind.generate_apart(town, random.Random(0), asked) if "Ana Ruiz" in q.stem]
    assert again and again[0].claims != [1]


def test_what_said_shows_a_quotation_as_a_choice_only_when_it_ends_a_sentence():
    from quizapp.core.claims import Article
    from quizapp.core.questions.what_said import _ends_a_sentence

    article = Article(
        text='"The verdict is a big positive for banks, as bidders will be more comfortable,"'
        " said Oza.\n"
    )
    assert not _ends_a_sentence("The verdict is a big positive for banks", article)
    assert _ends_a_sentence(
        "The verdict is a big positive for banks, as bidders will be more comfortable", article
    )


PIER = (
    "Pier Closed\n\n"
    "The ferry company cancelled the evening crossing on Friday.\n\n"
    'Harbour master Lena Voss said that the northern pier is "beyond repair" after the storms.\n'
)


def test_true_false_shows_a_quoted_phrase_without_its_marks():
    voss = build_claim(
        PIER,
        source="Lena Voss",
        source_text="Harbour master Lena Voss",
        source_type="official",
        cue="said",
        cue_strength="report",
        content='the northern pier is "beyond repair" after the storms',
        status="attributed",
        evidence='Harbour master Lena Voss said that the northern pier is "beyond repair" after'
        " the storms.",
    )
    end = "The ferry company cancelled the evening crossing on Friday."
    claims = [own_voice(PIER, end[:-1], end), voss]
    analysis = Analysis(Article(text=PIER, body=[(13, len(PIER))]), claims)
    stems = [q.stem for q in get_type("true_false").generate(analysis, random.Random(0))]
    assert (
        "The article stands behind this statement: The northern pier is beyond repair after the"
        " storms."
    ) in stems


def test_source_type_choices_are_alike_in_length_so_none_stands_out():
    from quizapp.core.questions.source_type import TYPE_LABELS

    lengths = [len(label) for label in TYPE_LABELS.values()]
    assert max(lengths) - min(lengths) <= 5
    assert all(": " in label for label in TYPE_LABELS.values())


def test_a_source_described_but_not_named_gets_no_source_type_question(town):
    import copy

    analysis = copy.deepcopy(town)
    times = next(c for c in analysis.claims if c.source == "The Harbor Times")
    # "Ruiz's lawyer" is unnamed and a side in the case at once: two choices would fit.
    times.source, times.source_type = "Ruiz's lawyer", "involved"
    times.source_text = times.source
    stems = [q.stem for q in get_type("source_type").generate(analysis, random.Random(0))]
    assert not [s for s in stems if "lawyer" in s]


def _with_researcher(town, source_text: str):
    import copy

    analysis = copy.deepcopy(town)
    study = next(c for c in analysis.claims if c.source == "Institute for Fiscal Studies")
    study.source, study.source_text, study.source_type = "Mia Holt", source_text, "independent"
    return analysis


def test_a_researcher_speaking_of_her_own_study_gets_no_source_type_question(town):
    analysis = _with_researcher(town, "Senior author Mia Holt, an economist at Harbor University")
    stems = [q.stem for q in get_type("source_type").generate(analysis, random.Random(0))]
    assert not [s for s in stems if "Mia Holt" in s]


def test_a_researcher_who_did_not_work_on_the_study_is_still_asked_about(town):
    analysis = _with_researcher(town, "Mia Holt, an economist at Harbor University")
    stems = [q.stem for q in get_type("source_type").generate(analysis, random.Random(0))]
    assert [s for s in stems if "Mia Holt" in s]


def test_the_outlets_own_scoped_sentence_is_asked_without_quotation_marks():
    # "the statement that nationally, ..." reads as a slip, and in quotation marks the
    # outlet's own sentence would pass for someone's quote in a quiz about quotes.
    text = "Turkey Sales Rise\n\nNationally, grocers sold 4 million turkeys in the last month.\n"
    sentence = "Nationally, grocers sold 4 million turkeys in the last month."
    claim = own_voice(text, sentence.rstrip("."), sentence)
    analysis = Analysis(article=Article(text=text, title="Turkey Sales Rise"), claims=[claim])
    stems = [q.stem for q in get_type("claim_status").generate(analysis, random.Random(0))]
    assert stems == [
        "How does the article present this statement: Nationally, grocers sold 4 million"
        " turkeys in the last month?"
    ]
