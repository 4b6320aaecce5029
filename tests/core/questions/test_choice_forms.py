"""Choices and stems that do not give the key away or lose what the article says: no
distractor that speaks for the right answer, person choices all in full, a hedge before the
cue kept in the stem, an unnamed source asked about by its claim, and evidence that shows a
source's role where the article gives it."""

from __future__ import annotations

import random

from quizapp.core.claims import Analysis, Article, Claim
from quizapp.core.questions.distractors import rank_sources, speaks_for
from quizapp.core.questions.hedges import relayed_by
from quizapp.core.questions.names import choice_name, full_name
from quizapp.core.questions.registry import get_type
from tests.factories.claims import build_claim, said_by

FERRY = (
    "Ferry Line Expands\n\n"
    "The Harbor Board said that two new routes would open in June.\n"
    "Mara Quist, deputy director of the Harbor Board, said that fares would stay the same.\n"
    "Dockhands union leader Ivo Brandt said that crews were not consulted.\n"
    "Port analyst Lena Sato said that demand had doubled since the spring.\n"
    "Gull Ferries said that its boats would run every hour.\n"
)
BODY = [(FERRY.index("The Harbor"), len(FERRY))]


def _said(source: str, written: str, kind: str, content: str, text: str = FERRY) -> Claim:
    return said_by(text, source, content, kind, written)


def ferry() -> Analysis:
    claims = [
        _said("Harbor Board", "The Harbor Board", "official", "two new routes would open in June"),
        _said("Mara Quist", "Mara Quist", "official", "fares would stay the same"),
        _said("Ivo Brandt", "Dockhands union leader Ivo Brandt", "involved", "crews were not"),
        _said("Lena Sato", "Port analyst Lena Sato", "independent", "demand had doubled"),
        _said("Gull Ferries", "Gull Ferries", "involved", "its boats would run every hour"),
    ]
    return Analysis(Article(text=FERRY, body=BODY), claims)


def test_a_person_whose_role_names_the_keyed_body_is_no_distractor():
    analysis = ferry()
    others = ["Mara Quist", "Ivo Brandt", "Lena Sato", "Gull Ferries"]
    assert "Mara Quist" not in rank_sources(analysis, analysis.claims[0], others)


def test_the_body_a_keyed_person_speaks_for_is_no_distractor():
    analysis = ferry()
    others = ["Harbor Board", "Ivo Brandt", "Lena Sato", "Gull Ferries"]
    assert "Harbor Board" not in rank_sources(analysis, analysis.claims[1], others)


def test_a_body_no_role_names_stays_a_distractor():
    analysis = ferry()
    assert not speaks_for(analysis, "Gull Ferries", "Harbor Board")
    assert not speaks_for(analysis, "Lena Sato", "Harbor Board")


def test_a_bare_surname_is_shown_as_the_article_first_writes_it_in_full():
    text = "Nell Varga scores twice\n\nVarga said the team found its rhythm.\n"
    assert choice_name("Varga", text) == "Nell Varga"


def test_a_bare_surname_owning_a_source_is_shown_in_full():
    text = "Nell Varga scores twice\n\nVarga's supporters said she was fouled.\n"
    assert choice_name("Varga's supporters", text) == "Nell Varga's supporters"


def test_a_title_before_a_surname_is_no_first_name():
    text = "Coach Varga said the team found its rhythm. The coach was pleased.\n"
    assert full_name("Varga", text) == "Varga"


def test_a_capitalised_word_the_article_also_writes_in_lower_case_is_no_first_name():
    text = "But Varga said the team found its rhythm, but not its speed.\n"
    assert full_name("Varga", text) == "Varga"


def test_two_first_names_for_one_surname_leave_the_surname_bare():
    text = "Nell Varga and Piet Varga both played. Varga said the team found its rhythm.\n"
    assert full_name("Varga", text) == "Varga"


def test_a_family_name_written_first_is_shown_in_full_as_the_article_writes_it():
    text = "Wu Meiling, a nurse at the clinic, wrote that the ward was full. Wu explained why.\n"
    assert choice_name("Wu", text) == "Wu Meiling"


def test_a_name_before_a_word_describing_a_thing_is_no_family_name():
    text = "Harbor Radio, a station of the port, said the ferry was late. Harbor said more.\n"
    assert full_name("Harbor", text) == "Harbor"


SHED = (
    "Depot Guards Charged\n\n"
    '"We locked the wrong gate and never went back to it," Rui Tan allegedly told a foreman.\n'
    "Tan told a foreman that the alarm was off, according to court documents.\n"
    "Depot manager Ola Berg said that the cameras were being repaired.\n"
    "Union steward Kim Holt said that the guards had worked double shifts.\n"
)


def _shed_claim(content: str, cue: str, source: str = "Rui Tan") -> Claim:
    line = next(s for s in SHED.splitlines() if content in s)
    return build_claim(
        SHED,
        source=source,
        source_text=source.split()[-1] if source == "Rui Tan" else source,
        source_type="involved",
        cue=cue,
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=line,
    )


def shed() -> Analysis:
    claims = [
        _shed_claim("We locked the wrong gate and never went back to it", "told"),
        _shed_claim("the alarm was off", "told"),
        _shed_claim("the cameras were being repaired", "said", "Ola Berg"),
        _shed_claim("the guards had worked double shifts", "said", "Kim Holt"),
    ]
    return Analysis(Article(text=SHED, body=[(SHED.index('"We'), len(SHED))]), claims)


def test_who_said_keeps_the_distancing_word_before_the_cue():
    questions = get_type("who_said").generate(shed(), random.Random(0))
    quote = next(q for q in questions if "wrong gate" in q.stem)
    assert quote.stem.startswith("Who allegedly told a foreman, \u201cWe locked")


def test_who_said_names_the_record_the_words_reach_the_article_through():
    questions = get_type("who_said").generate(shed(), random.Random(0))
    relayed = next(q for q in questions if "alarm" in q.stem)
    assert relayed.stem.startswith("According to court documents, who told a foreman")


def test_according_to_the_source_itself_is_no_relay():
    text = "Depot\n\nThe alarm was off, according to Ola Berg.\n"
    claim = build_claim(
        text,
        source="Ola Berg",
        source_type="involved",
        cue="according to",
        cue_strength="report",
        content="The alarm was off",
        status="attributed",
        evidence="The alarm was off, according to Ola Berg.",
    )
    assert relayed_by(claim, Article(text=text)) == ""


ROLE = (
    "Bridge Repairs\n\n"
    "Repairs will take a year, said Tove Lind, chief engineer at the city's transport"
    " department.\n"
    "Lind said the department is hiring two more crews.\n"
)


def test_a_role_word_used_of_something_else_does_not_stand_for_the_role_sentence():
    # "the department" in Lind's own claim is not her role: the sentence that makes her the
    # department's engineer comes too.
    claim = build_claim(
        ROLE,
        source="Tove Lind",
        source_text="Lind",
        source_type="official",
        cue="said",
        cue_strength="report",
        content="the department is hiring two more crews",
        status="attributed",
        evidence="Lind said the department is hiring two more crews.",
    )
    analysis = Analysis(Article(text=ROLE, body=[(16, len(ROLE))]), [claim])
    (q,) = get_type("source_type").generate(analysis, random.Random(0))
    assert "chief engineer at the city's transport department" in q.evidence


def test_a_spokesman_of_a_group_named_with_its_peoples_adjective_speaks_for_it():
    text = (
        "Blast at Depot\n\n"
        "The Kerrish Brotherhood said that its fighters hit the depot.\n"
        "Brotherhood spokesman Aram Vell said that no fighter was hurt.\n"
    )
    analysis = Analysis(
        Article(text=text, body=[(text.index("The Kerrish"), len(text))]),
        [
            _said(
                "Kerrish Brotherhood", "The Kerrish Brotherhood", "involved", "its fighters", text
            ),
            _said("Aram Vell", "Brotherhood spokesman Aram Vell", "involved", "no fighter", text),
        ],
    )
    assert speaks_for(analysis, "Aram Vell", "Kerrish Brotherhood")
