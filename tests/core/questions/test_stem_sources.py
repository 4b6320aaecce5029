"""A source named in full in a stem only when the fuller name is surely the same source
(stem_sources.tidy_sources): a wrong one puts one source's words in another's mouth."""

from __future__ import annotations

import pytest

from quizapp.core.claims import Analysis, Article
from quizapp.core.questions.stem_sources import names_in_full, tidy_sources
from tests.factories.claims import reported


@pytest.mark.parametrize(
    ("name", "longer"),
    [
        ("Trump", "Donald Trump"),
        ("Kennedy", "James P. Kennedy Jr"),
        ("the doctor", "A doctor on the scene"),
        ("the authors", "The authors of the study in the journal"),
        ("the Chinese CDC", "Chinese Center for Disease Control and Prevention"),
    ],
)
def test_a_name_is_given_in_full(name: str, longer: str) -> None:
    assert names_in_full(name, longer)


@pytest.mark.parametrize(
    ("name", "longer"),
    [
        ("officials", "Beijing officials"),  # a bare plural: maybe another group
        ("White House advisers", "Some White House advisers"),
        ("Prosecutors", "Federal prosecutors"),
        ("The president", "President Lee's advisers"),  # the owner, not the head
        ("European Union", "The United Nations and European Union"),  # one of a pair
        ("Jane Mola", "a 2018 survey by Jane Mola of the university"),  # a complement
        ("Emily Ross", "Reuters' Ross"),  # same surname, not the same words
        ("people familiar with the talks", "Two people briefed on the talks"),
    ],
)
def test_another_source_is_not_its_full_name(name: str, longer: str) -> None:
    assert not names_in_full(name, longer)


def test_tidy_sources_keeps_a_group_apart_from_a_named_group() -> None:
    claims = [
        reported("Some White House advisers", "want", "tariffs go"),
        reported("White House advisers", "say", "the deal is near"),
        reported("Trump", "said", "he likes it"),
        reported("Donald Trump", "said", "it is good"),
    ]
    tidied = tidy_sources(Analysis(Article(text=""), claims))
    assert [c.source for c in tidied.claims] == [
        "Some White House advisers",
        "White House advisers",
        "Donald Trump",
        "Donald Trump",
    ]
