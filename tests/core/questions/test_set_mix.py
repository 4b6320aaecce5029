"""A set teaches the statuses: a disputed or corroborated claim is asked first, and
background sentences in the outlet's own voice do not fill the set; no question gives
another away or copies it, and no type fills a short set while others have questions."""

from __future__ import annotations

import random

from quizapp.core.claims import Analysis, Article, Claim
from quizapp.core.questions.base import Question
from quizapp.core.questions.generate import (
    MAX_OWN_VOICE,
    _keep_every_type,
    generate_questions,
)
from quizapp.core.questions.registry import get_type
from quizapp.core.questions.set_fill import MIN_SET, fill_up
from quizapp.core.questions.set_mix import (
    MAX_OF_ONE_TYPE,
    clashes,
    gives_away,
    kept_for_false,
    keyed_false,
    lopsided,
    near_copy,
    same_lesson,
    used_claims,
)
from tests.factories.claims import build_claim, own_voice, said_by

TEXT = (
    "Harbor Wall Dispute After Storm Damage\n\n"
    "Heavy rain flooded the harbor road on Friday morning.\n"
    "The ferry service stopped all crossings until Sunday evening.\n"
    "Fishing boats stayed tied up along the north quay all weekend.\n"
    "The coast guard closed the beach path near the old lighthouse.\n"
    "Workers moved sandbags to the doors of the fish market on Saturday.\n"
    "Port director Mia Stone said that the harbor wall was repaired in the spring last year.\n"
    "Engineer Tom Lee denied that the harbor wall was repaired in the spring, saying no"
    " work was done.\n"
    "Council member Ann Park said that the storm damage will cost the town about a million.\n"
    "Auditor Ben Ray said that the storm damage will cost the town about a million dollars.\n"
)


def _claim(source: str, kind: str, cue: str, content: str, status: str, related=()) -> Claim:
    line = next(s for s in TEXT.splitlines() if content in s)
    return build_claim(
        TEXT,
        source=source,
        source_text=source,
        source_type=kind,
        cue=cue,
        cue_strength="report" if cue else "assertion",
        content=content,
        status=status,
        evidence=line,
        related=list(related),
    )


def _outlet(content: str) -> Claim:
    return _claim("the outlet", "outlet", "", content, "unattributed")


def harbor_dispute() -> Analysis:
    claims = [
        _outlet("Heavy rain flooded the harbor road on Friday morning"),
        _outlet("The ferry service stopped all crossings until Sunday evening"),
        _outlet("Fishing boats stayed tied up along the north quay all weekend"),
        _outlet("The coast guard closed the beach path near the old lighthouse"),
        _outlet("Workers moved sandbags to the doors of the fish market on Saturday"),
        _claim(
            "Mia Stone",
            "official",
            "said",
            "the harbor wall was repaired in the spring last year",
            "disputed",
            related=[6],
        ),
        _claim(
            "Tom Lee",
            "independent",
            "denied",
            "the harbor wall was repaired in the spring",
            "attributed",
        ),
        _claim(
            "Ann Park",
            "official",
            "said",
            "the storm damage will cost the town about a million",
            "corroborated",
            related=[8],
        ),
        _claim(
            "Ben Ray",
            "independent",
            "said",
            "the storm damage will cost the town about a million dollars",
            "corroborated",
            related=[7],
        ),
    ]
    # The headline places "the harbor wall" and "the storm damage" for a reader.
    title, rest = TEXT.split("\n\n", 1)
    return Analysis(Article(text=TEXT, title=title, body=[(len(title) + 2, len(TEXT))]), claims)


def _status(analysis: Analysis, q) -> str:
    return analysis.claims[q.claims[0]].status


def test_a_disputed_claim_is_the_first_status_question():
    analysis = harbor_dispute()
    questions = get_type("claim_status").generate(analysis, random.Random(0))
    assert _status(analysis, questions[0]) == "disputed"


def test_a_corroborated_claim_leads_the_true_keys_of_true_or_false():
    analysis = harbor_dispute()
    questions = get_type("true_false").generate(analysis, random.Random(0))
    confirms = [q for q in questions if q.data.get("asks") == "verified"]
    trues = [q for q in confirms if q.answer == 0]
    assert trues and _status(analysis, trues[0]) == "corroborated"
    assert {q.answer for q in confirms[:2]} == {0, 1}  # one key of each first


def test_at_most_two_questions_of_a_set_are_keyed_on_the_outlets_own_voice():
    analysis = harbor_dispute()
    questions = generate_questions(analysis)
    own = [
        q
        for q in questions
        if q.type in ("claim_status", "true_false")
        and len(q.claims) == 1
        and _status(analysis, q) == "unattributed"
    ]
    assert MAX_OWN_VOICE == 2
    assert len(own) <= MAX_OWN_VOICE
    assert any(_status(analysis, q) in ("disputed", "corroborated") for q in questions)


def test_a_sort_takes_statements_the_set_does_not_ask_about_first():
    from quizapp.core.questions.generate import _apart
    from tests.core.questions.conftest import town_analysis

    analysis = town_analysis()
    analysis.article.outlet = "Harbor Gazette"  # the Harbor Times is another outlet
    (sort,) = get_type("sort_statements").generate(analysis, random.Random(0))
    asked = [
        q
        for q in get_type("claim_status").generate(analysis, random.Random(0))
        if q.claims[0] in (6, 8)  # two of the many attributed statements it sorts
    ]
    assert len(asked) == 2
    after = _apart([*asked, sort], analysis, 0)[-1]
    repeats = {i for q in asked for i in q.claims}
    assert len(set(after.claims) & repeats) < len(set(sort.claims) & repeats)


# One question must not give another away, nor copy it.


def _asked(qtype: str, claims: list[int], stem: str, choices=(), answer=0, evidence=""):
    return Question(
        type=qtype,
        stem=stem,
        choices=list(choices),
        answer=answer,
        evidence=evidence,
        claims=claims,
    )


PEOPLE = ["Mia Stone", "Tom Lee", "Ann Park", "Ben Ray"]


def test_evidence_holding_the_words_another_question_asks_about_gives_it_away():
    analysis = harbor_dispute()
    # A true/false on Mia Stone's claim shows the claim that disputes it as evidence too.
    verdict = _asked(
        "true_false",
        [5],
        "The article confirms that the harbor wall was repaired in the spring last year.",
        ["True", "False"],
        1,
        evidence=analysis.claims[5].evidence + "\n" + analysis.claims[6].evidence,
    )
    who = _asked("who_said", [6], "Who denied that the harbor wall was repaired?", PEOPLE, 1)
    assert gives_away(verdict, who, analysis)
    assert clashes(who, [verdict], analysis)


def test_a_wrong_choice_that_another_question_asks_about_gives_it_away():
    # "What did Ann Park say?" offers the outlet's rain sentence as a wrong choice: a
    # learner then knows it is no source's words before the status question on it.
    analysis = harbor_dispute()
    what = _asked("what_said", [7], "What did Ann Park say?",
                  ["The storm damage will cost the town about a million.",
                   "Heavy rain flooded the harbor road on Friday morning."])  # fmt: skip
    status = _asked("claim_status", [0], "How does the article present it?")
    assert gives_away(what, status, analysis)
    assert not gives_away(status, what, analysis)


def test_an_explanation_naming_another_questions_statement_gives_it_away():
    analysis = harbor_dispute()
    verdict = _asked("true_false", [7], "The article confirms that the damage costs a million.",
                     ["True", "False"], 0)  # fmt: skip
    verdict.explanation = (
        "True: Ben Ray says the storm damage will cost the town about a million dollars too."
    )
    who = _asked("who_said", [8], "Who said the damage will cost a million dollars?", PEOPLE, 3)
    assert gives_away(verdict, who, analysis)


def test_a_source_kind_shows_its_evidence_but_asks_about_no_words():
    analysis = harbor_dispute()
    kind = _asked("source_type", [6], "What kind of source is Tom Lee?",
                  evidence=analysis.claims[6].evidence)  # fmt: skip
    who = _asked("who_said", [6], "Who denied it?", PEOPLE, 1, evidence=kind.evidence)
    # Its evidence shows who denied it: the "who said" is answered there.
    assert gives_away(kind, who, analysis)
    # Asking who said it names Tom Lee, but not what kind of source he is.
    assert not gives_away(who, kind, analysis)


def test_questions_on_other_sentences_give_nothing_away():
    analysis = harbor_dispute()
    first = _asked("claim_status", [1], "?", evidence=analysis.claims[1].evidence)
    second = _asked("claim_status", [2], "?", evidence=analysis.claims[2].evidence)
    assert not clashes(first, [second], analysis)


def test_a_sorted_statement_that_another_question_asks_about_is_given_away():
    analysis = harbor_dispute()
    sort = _asked("sort_statements", [0, 1, 2, 5], "Label each statement.",
                  evidence=analysis.claims[0].evidence)  # fmt: skip
    status = _asked("claim_status", [0], "?", evidence=analysis.claims[0].evidence)
    assert gives_away(sort, status, analysis)
    assert gives_away(status, sort, analysis)
    other = _asked("claim_status", [3], "?", evidence=analysis.claims[3].evidence)
    assert not clashes(other, [sort], analysis)


def test_the_claims_a_set_shows_are_those_it_asks_about_and_those_in_its_choices():
    analysis = harbor_dispute()
    what = _asked("what_said", [7], "What did Ann Park say?",
                  ["The storm damage will cost the town about a million.",
                   "Heavy rain flooded the harbor road on Friday morning."],
                  evidence=analysis.claims[7].evidence)  # fmt: skip
    kind = _asked("source_type", [6], "What kind of source is Tom Lee?")
    # Ben Ray's words are Ann Park's plus "dollars": the choice shows them too. A question on
    # the kind of a source asks about no claim's words.
    assert used_claims([what, kind], analysis) == {0, 7, 8}


def test_two_who_said_questions_with_the_same_names_are_near_copies():
    one = _asked("who_said", [5], "Who said that the wall ...?", PEOPLE[:3], 0)
    two = _asked("who_said", [7], "Who said that the damage ...?", PEOPLE[2::-1], 0)
    assert near_copy(one, two)


def test_the_same_speaker_asked_twice_with_other_names_is_no_copy():
    one = _asked("who_said", [5], "?", ["Mia Stone", "Tom Lee", "Ann Park"], 0)
    two = _asked("who_said", [7], "?", ["Mia Stone", "Ben Ray", "Paul Kim"], 0)
    assert not near_copy(one, two)
    three = _asked("who_said", [8], "?", ["Mia Stone", "Tom Lee", "Ann Park", "Ben Ray"], 0)
    four = _asked("who_said", [6], "?", ["Mia Stone", "Tom Lee", "Ann Park", "Paul Kim"], 0)
    assert near_copy(three, four)  # the same key, three of four choices the same


def test_questions_of_two_types_are_no_copies():
    one = _asked("who_said", [5], "?", PEOPLE, 0)
    two = _asked("what_said", [5], "?", PEOPLE, 0)
    assert not near_copy(one, two)


COUNCIL = (
    "Council Meeting\n\n"
    "The council met in the old town hall on Tuesday evening.\n"
    "Mayor Mia Stone said that the new bus line will open in March next year.\n"
    "Treasurer Tom Lee said that the library budget will grow by a fifth in autumn.\n"
    "Planner Ann Park said that the bridge over the river needs a new coat of paint.\n"
    "Teacher Ben Ray said that the school garden will be finished before the summer.\n"
)


def council_meeting() -> Analysis:
    """Four speakers with one claim each: every "who said" offers the same four names."""

    def said(source: str, kind: str, content: str) -> Claim:
        line = next(s for s in COUNCIL.splitlines() if content in s)
        return build_claim(COUNCIL, source=source, source_type=kind, cue="said",
                           cue_strength="report", content=content, status="attributed",
                           evidence=line)  # fmt: skip

    claims = [
        said("Mia Stone", "official", "the new bus line will open in March next year"),
        said("Tom Lee", "official", "the library budget will grow by a fifth in autumn"),
        said("Ann Park", "official", "the bridge over the river needs a new coat of paint"),
        said("Ben Ray", "witness", "the school garden will be finished before the summer"),
    ]
    return Analysis(Article(text=COUNCIL, body=[(17, len(COUNCIL))]), claims)


def _copies(questions: list[Question]) -> list[tuple[Question, Question]]:
    return [(a, b) for n, a in enumerate(questions) for b in questions[n + 1 :] if near_copy(a, b)]


def test_a_set_holds_no_two_who_said_questions_with_the_same_names():
    analysis = council_meeting()
    candidates = get_type("who_said").generate(analysis, random.Random(0))
    assert _copies(candidates)  # the article offers near-copies to choose from
    who = [q for q in generate_questions(analysis) if q.type == "who_said"]
    assert who
    assert not _copies(who)


# A type whose candidates all clash with questions picked before it.


def _harbor_candidates() -> dict[str, list[Question]]:
    """Two "who said" questions, and one true/false whose evidence shows the claim the
    first of them asks about (Tom Lee's denial quotes Mia Stone's words)."""
    analysis = harbor_dispute()
    mia = _asked("who_said", [5], "Who said that the harbor wall was repaired?",
                 ["Mia Stone", "Tom Lee", "Ann Park"], 0)  # fmt: skip
    ann = _asked("who_said", [7], "Who said that the storm damage will cost a million?",
                 ["Ann Park", "Ben Ray", "Paul Kim"], 0)  # fmt: skip
    verdict = _asked("true_false", [6], "The article confirms that the wall was not repaired.",
                     ["True", "False"], 1, evidence=analysis.claims[6].evidence)  # fmt: skip
    assert gives_away(verdict, mia, analysis)
    return {"who_said": [mia, ann], "true_false": [verdict]}


def test_a_type_with_one_candidate_keeps_it_when_the_clashing_question_has_a_stand_in():
    found = _harbor_candidates()
    picked = _keep_every_type(found, harbor_dispute(), 0).questions
    assert {q.stem for q in picked} == {found["true_false"][0].stem, found["who_said"][1].stem}


def test_a_type_is_not_kept_at_the_cost_of_another_type():
    found = _harbor_candidates()
    found["who_said"] = found["who_said"][:1]
    picked = _keep_every_type(found, harbor_dispute(), 0).questions
    assert [q.type for q in picked] == ["who_said"]


def test_filling_a_short_set_takes_another_type_before_a_third_of_one_type():
    analysis = harbor_dispute()
    chosen = [
        _asked("who_said", [5], "Who said one?", PEOPLE, 0),
        _asked("who_said", [6], "Who said two?", ["Tom Lee", "Paul Kim", "Ann Park"], 0),
        _asked("claim_status", [0], "Status one?"),
        _asked("claim_status", [1], "Status two?"),
        _asked("sort_statements", [0, 1, 2], "Sort?"),
    ]
    third = _asked("who_said", [7], "Who said three?", ["Ann Park", "Ben Ray", "Paul Kim"], 0)
    other = _asked("true_false", [8], "The article confirms four.", ["True", "False"], 0)
    assert len(chosen) + 1 == MIN_SET
    filled = fill_up(chosen, [(0, third), (0, other)], set(), {}, analysis)
    assert other in filled and third not in filled
    assert MAX_OF_ONE_TYPE == 2


def test_one_type_fills_a_short_set_when_no_other_type_can():
    analysis = harbor_dispute()
    chosen = [_asked("who_said", [5], "Who said one?", PEOPLE, 0)]
    more = [
        _asked("who_said", [i], f"Who said {i}?", [PEOPLE[i - 5], f"Name {i}", "Paul Kim"], 0)
        for i in (6, 7)
    ]
    filled = fill_up(chosen, [(0, q) for q in more], set(), {}, analysis)
    assert len(filled) == 3


def test_a_set_is_the_same_every_time():
    first = [q.to_json() for q in generate_questions(harbor_dispute(), seed=3)]
    assert first == [q.to_json() for q in generate_questions(harbor_dispute(), seed=3)]


# A set teaches each lesson once: no two questions of one type with the same key.


def _status_question(analysis: Analysis, i: int) -> Question:
    (q,) = [
        q for q in get_type("claim_status").generate(analysis, random.Random(0)) if q.claims == [i]
    ]
    return q


def test_two_status_questions_with_the_same_status_teach_one_lesson():
    analysis = harbor_dispute()
    rain, ferry = _status_question(analysis, 0), _status_question(analysis, 1)
    assert same_lesson(rain, ferry)  # both "the outlet says it in its own voice"
    assert not same_lesson(rain, _status_question(analysis, 5))  # disputed


def test_status_keys_naming_two_sources_are_one_lesson():
    statuses = ["attributed", "unattributed"]
    stone = _asked("claim_status", [5], "?", ["A claim by Mia Stone", "The outlet's own voice"], 0)
    lee = _asked("claim_status", [6], "?", ["A claim by Tom Lee", "The outlet's own voice"], 0)
    stone.data = {"statuses": statuses}
    lee.data = {"statuses": list(statuses)}
    assert same_lesson(stone, lee)  # both attributed, whoever said it
    lee.answer = 1
    assert not same_lesson(stone, lee)


def test_the_same_speaker_or_source_kind_twice_is_one_lesson():
    one = _asked("who_said", [5], "?", ["Mia Stone", "Tom Lee", "Ann Park"], 0)
    two = _asked("who_said", [7], "?", ["Ben Ray", "Mia Stone", "Paul Kim"], 1)
    assert same_lesson(one, two)
    assert not same_lesson(one, _asked("who_said", [6], "?", ["Tom Lee", "Mia Stone"], 0))
    kinds = ["An official source", "An independent source", "A party to the story"]
    stone = _asked("source_type", [5], "What kind of source is Mia Stone?", kinds, 0)
    park = _asked("source_type", [7], "What kind of source is Ann Park?", kinds, 0)
    lee = _asked("source_type", [6], "What kind of source is Tom Lee?", kinds, 1)
    assert same_lesson(stone, park) and not same_lesson(stone, lee)


def test_a_set_asks_each_status_once_while_other_questions_remain():
    analysis = harbor_dispute()
    questions = generate_questions(analysis)
    assert len(questions) >= 5
    keys = [(q.type, q.data["statuses"][q.answer]) for q in questions if q.type == "claim_status"]
    assert len(keys) == len(set(keys))


def test_a_repeated_lesson_only_fills_a_set_up_to_five():
    analysis = harbor_dispute()
    chosen = [
        _asked("who_said", [5], "Who said one?", PEOPLE, 0),
        _asked("true_false", [7], "The article confirms two.", ["True", "False"], 0),
        _asked("sort_statements", [1, 2, 3], "Sort?"),
        _status_question(analysis, 0),
    ]
    again = _status_question(analysis, 4)  # the outlet's own voice again
    filled = fill_up(list(chosen), [(0, again)], set(), {}, analysis)
    assert again in filled  # four questions: the repeat makes the set publishable
    more = [*chosen, _asked("who_said", [6], "Who said five?", ["Tom Lee", "Paul Kim"], 0)]
    assert again not in fill_up(list(more), [(0, again)], set(), {}, analysis)


def test_a_short_set_takes_the_question_that_clashes_with_the_fewest():
    analysis = harbor_dispute()
    chosen = [
        _asked("who_said", [5], "Who said one?", PEOPLE, 0),
        _asked("true_false", [7], "The article confirms two.", ["True", "False"], 0),
        _asked("cue_reading", [8], "Which word three?", ["said", "denied"], 0),
        _status_question(analysis, 0),
    ]
    # Its wrong choices are the statements of two questions chosen already.
    both = _asked("what_said", [6], "What did Tom Lee deny?",
                  [analysis.claims[0].content, analysis.claims[5].content,
                   analysis.claims[6].content], 2)  # fmt: skip
    # Repeats the lesson of one of them (the outlet's own voice) and gives nothing away.
    one = _status_question(analysis, 2)
    filled = fill_up(list(chosen), [(0, both), (0, one)], set(), {}, analysis)
    assert one in filled and both not in filled


LIBRARY = (
    "Library Vote\n\n"
    "The town council voted on Tuesday to close the east branch library.\n"
    "The branch opened a reading room for children in the autumn.\n"
    "About forty people attended the meeting at the town hall.\n"
    "Councillor Ruth Hale said that the branch costs the town far more than it can afford.\n"
    "Librarian Omar Diaz said that visits to the branch doubled over the summer months.\n"
    "Parent Lena Fox said that the children of the east side have no other place to study.\n"
)


def _library_said(source: str, content: str, kind: str = "involved") -> Claim:
    return said_by(LIBRARY, source, content, kind)


def library_vote() -> Analysis:
    """Three sentences in the outlet's voice, three sources' claims on three points."""
    outlet = [line.rstrip(".") for line in LIBRARY.splitlines()[2:5]]
    claims = [own_voice(LIBRARY, content, content + ".") for content in outlet] + [
        _library_said("Ruth Hale", "the branch costs the town far more than it can afford"),
        _library_said("Omar Diaz", "visits to the branch doubled over the summer months"),
        _library_said("Lena Fox", "the children of the east side have no other place to study"),
    ]
    return Analysis(Article(text=LIBRARY, body=[(14, len(LIBRARY))]), claims)


def test_a_set_with_a_true_statement_to_judge_gets_a_false_one_when_a_claim_allows():
    questions = generate_questions(library_vote())
    keys = [q.answer for q in questions if q.data.get("asks") == "verified"]
    assert 0 in keys and 1 in keys


def test_the_claim_kept_for_a_false_statement_is_one_a_status_question_does_not_need():
    tf = Question("true_false", "T", ["True", "False"], 1, claims=[4], data={"asks": "verified"})
    assert keyed_false(tf)
    assert kept_for_false([tf], set()) == {4}
    assert kept_for_false([tf], {4}) == set()


def test_true_to_whose_words_and_true_to_what_the_article_backs_are_two_lessons():
    behind = Question("true_false", "A", ["True", "False"], 0, data={"asks": "verified"})
    said = Question("true_false", "B", ["True", "False"], 0)
    assert not same_lesson(behind, said)


def _sorted(*labels: str) -> Question:
    return Question("sort_statements", "S", ["attributed", "unattributed"], list(labels))


def test_a_sort_with_one_label_on_more_than_half_is_lopsided():
    assert lopsided(_sorted("unattributed", "attributed", "unattributed"))


def test_a_sort_with_one_label_on_half_is_not_lopsided():
    assert not lopsided(_sorted("unattributed", "attributed", "unattributed", "attributed"))


def test_two_source_questions_on_one_claim_are_one_lesson():
    kinds = ["An official source", "An independent source", "A party to the story"]
    apart = _asked("source_type", [5], "Which is independent?", ["Tom Lee", "Mia Stone"], 1)
    kind = _asked("source_type", [5], "What kind of source is Mia Stone?", kinds, 1)
    assert same_lesson(apart, kind)
