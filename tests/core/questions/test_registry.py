"""The registry: one explicit list of types, and a type a test adds is gone after the test."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import quizapp.core.questions as package
from quizapp.core.questions.base import QuestionType
from quizapp.core.questions.registry import TYPES, added, all_types, get_type


class Scratch(QuestionType):
    name = "scratch_type"
    label = "Scratch"


def test_every_type_module_is_listed_once():
    listed = {cls.__module__.rsplit(".", 1)[1] for cls in TYPES}
    defining = {
        path.stem
        for path in Path(package.__path__[0]).glob("*.py")
        if any(
            isinstance(node, ast.ClassDef)
            and any(getattr(b, "id", None) == "QuestionType" for b in node.bases)
            for node in ast.parse(path.read_text(encoding="utf-8")).body
        )
    }
    assert listed == defining
    assert len({cls.name for cls in TYPES}) == len(TYPES)


def test_registry_keeps_the_listed_order():
    assert list(all_types()) == [cls.name for cls in TYPES]


def test_an_added_type_is_there_only_inside_the_block():
    with added(Scratch) as kind:
        assert get_type("scratch_type") is kind
        assert list(all_types())[-1] == "scratch_type"
    assert "scratch_type" not in all_types()
    with pytest.raises(KeyError):
        get_type("scratch_type")


def test_an_added_type_is_removed_when_the_block_fails():
    with pytest.raises(RuntimeError), added(Scratch):
        raise RuntimeError("the test failed")
    assert "scratch_type" not in all_types()


def test_a_name_cannot_be_added_twice():
    class Again(QuestionType):
        name = "who_said"

    with pytest.raises(ValueError, match="registered already"), added(Again):
        pass
    assert type(get_type("who_said")).__name__ == "WhoSaid"
