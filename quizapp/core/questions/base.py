"""The question interface: Question, Mark, Judgement, and QuestionType with the defaults
choice-based types share.

A question type is one class (as a CTFd challenge type is), listed by name in registry.py:
adding a type means adding one module under ``quizapp/core/questions/`` and its line there.
Everything here is plain data and plain functions: no Flask, no database.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from quizapp.core.claims import SKILLS, Analysis, Span
from quizapp.core.hyphens import mend_hyphens
from quizapp.core.questions.gift_text import GiftBlock, choice_block

# The four verification statuses as a learner reads them: the labels of a sort question and
# of the "status of a claim" choices.
# Descriptions shown beside each label (the label itself is shown as it is).
STATUS_LABELS: dict[str, str] = {
    "attributed": "a source's claim that the article reports but does not check",
    "corroborated": "a second, separate source or a record in the article agrees",
    "disputed": "another source in the article rejects it",
    "unattributed": "the outlet says it in its own voice, with no source",
}
VERIFIED_STATUS = "corroborated"
# What the article itself stands behind (DOMAIN 5): its own voice, or a point an independent
# source or record corroborates. Attributed and disputed statements it only reports.
STANDS_BEHIND = frozenset({"unattributed", "corroborated"})


@dataclass
class Question:
    type: str
    stem: str
    choices: list[str] = field(default_factory=list)
    answer: Any = None  # int index into choices; list of labels for a sort question
    skills: list[str] = field(default_factory=list)
    explanation: str = ""
    evidence: str = ""  # article sentence(s), verbatim; one per line when several
    evidence_spans: list[Span] = field(default_factory=list)
    claims: list[int] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "stem": self.stem,
            "choices": list(self.choices),
            "answer": self.answer,
            "skills": list(self.skills),
            "explanation": self.explanation,
            "evidence": self.evidence,
            "evidence_spans": [list(s) for s in self.evidence_spans],
            "claims": list(self.claims),
            "data": dict(self.data),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Question:
        return cls(
            type=data["type"],
            stem=data["stem"],
            choices=list(data.get("choices", [])),
            answer=data.get("answer"),
            skills=list(data.get("skills", [])),
            explanation=data.get("explanation", ""),
            evidence=data.get("evidence", ""),
            evidence_spans=[(int(a), int(b)) for a, b in data.get("evidence_spans", [])],
            claims=[int(c) for c in data.get("claims", [])],
            data=dict(data.get("data", {})),
        )


@dataclass
class Judgement:
    """One statement a learner judged (feeds the discernment score): whether the article
    stands behind it (its own voice, or corroborated) and whether the learner said so.
    The field names are those stored with every answer, so they stay."""

    truly_verified: bool  # the article stands behind it
    said_verified: bool  # the learner said it does


@dataclass
class Mark:
    correct: bool
    score: float  # 0..1
    judgements: list[Judgement] = field(default_factory=list)


@dataclass(frozen=True)
class EditField:
    """A text box a type adds to the question editor, as plain data: the web layer builds
    the form field, the type reads what was typed (``read_edit``)."""

    name: str
    label: str
    rows: int = 3


@dataclass
class Edit:
    """What the teacher typed in the question editor, as plain data.

    ``rows`` are the choice boxes in order, blank ones included (as typed, stripped);
    ``picked`` is the row number (1 = the first) whose *right* radio is checked; ``fields``
    are the type's own boxes (its ``edit_fields``) by name.
    """

    rows: list[str]
    picked: int | None = None
    fields: dict[str, str] = field(default_factory=dict)

    @property
    def choices(self) -> list[str]:
        return [text for text in self.rows if text]


class EditError(ValueError):
    """The teacher's input cannot make a question; ``errors`` as "field: what is wrong"."""

    def __init__(self, errors: list[str]) -> None:
        self.errors = errors
        super().__init__("; ".join(errors))


class QuestionType:
    """One kind of question, with its whole shape: how it is generated, shown to a learner,
    graded, edited, given feedback on, printed, and written to and read from YAML and GIFT.

    Subclasses set the class attributes and implement generate; the defaults here are those
    of a choice question (``answer`` is the index of the right choice), which most types are.
    """

    name: ClassVar[str] = ""
    label: ClassVar[str] = ""
    skills: ClassVar[tuple[str, ...]] = ()
    # How many questions of this type one generated set holds at most.
    quota: ClassVar[int] = 2
    # True when generate() orders every candidate by teaching value (not just the first).
    ranked: ClassVar[bool] = False
    # The partial templates that show it, by page: "quiz" (the learner's answer inputs),
    # "locked" (above the feedback of an answer that is final), "feedback" (the learner's
    # answer and the right one), "set" (the teacher's draft), "print" (paper and key),
    # "edit" (the type's own boxes in the editor). A type may name its own for any of them.
    templates: ClassVar[Mapping[str, str]] = {
        "quiz": "questions/choice/quiz.html",
        "locked": "questions/choice/locked.html",
        "feedback": "questions/choice/feedback.html",
        "set": "questions/choice/set.html",
        "print": "questions/choice/print.html",
        "edit": "questions/choice/edit.html",
    }
    # A folder holding those templates, for a type that lives outside quizapp (a test's,
    # a plugin's); quizapp's own are in quizapp/templates/questions/.
    template_folder: ClassVar[str | None] = None
    # The boxes the editor adds for this type (beside stem, choices and the right one).
    edit_fields: ClassVar[tuple[EditField, ...]] = ()
    # What the editor's choice rows mean for this type when not "choices, one of them right"
    # (shown under the rows as: For “<label>” <choices_note>).
    choices_note: ClassVar[str] = ""
    # Choices that are names or statements, so English checks hold them to a sentence's
    # rules (a capital first, no "It" pointing back into the article).
    phrase_choices: ClassVar[bool] = False
    # What the key rests on besides the claim's words ("source": who or what kind of source
    # said it; "status": how the article presents it), so review.risk knows what to doubt.
    key_rests_on: ClassVar[frozenset[str]] = frozenset()
    # True when the question asks about the source, not the claim's words or status, so it
    # may sit beside another question on the same claim without giving that one away.
    asks_about_source: ClassVar[bool] = False
    # Render keys that may quote the article (anything else must not carry evidence).
    quoting_keys: ClassVar[frozenset[str]] = frozenset({"stem", "choices"})
    # The GIFT answer block it is written as ("choice", "truefalse" or "matching");
    # ``gift_default``: a GIFT question of that kind naming no quizapp type becomes one;
    # ``gift_nearest``: GIFT has no form of its own for it, and an export says so.
    gift_kind: ClassVar[str] = "choice"
    gift_default: ClassVar[bool] = False
    gift_nearest: ClassVar[bool] = False

    def generate(self, analysis: Analysis, rng: random.Random) -> list[Question]:
        """Candidate questions, best first; generate_questions picks from them."""
        return []

    def generate_apart(
        self, analysis: Analysis, rng: random.Random, asked: frozenset[int]
    ) -> list[Question] | None:
        """For a type whose question gathers many claims (a sort): candidates made, as far
        as the article allows, of claims the set's other questions do not ask about
        (``asked``), so one question does not repeat the others' statements and keys.
        None: the type gathers nothing and keeps its question."""
        return None

    def question_about(
        self,
        analysis: Analysis,
        claims: list[int],
        evidence_from: list[int] | None = None,
        **fields: Any,
    ) -> Question:
        """A generated question of this type on ``claims`` (indexes into the analysis).

        Its evidence is the article's own sentences for ``evidence_from`` (by default the
        claims themselves); ``fields`` give the rest (stem, choices, answer, ...). Skills
        default to the type's.
        """
        from quizapp.core.questions.evidence import claim_evidence

        evidence, spans = claim_evidence(analysis, evidence_from or claims)
        fields.setdefault("skills", list(self.skills))
        # What a learner reads, whatever type built it, has no compound split where a line
        # of the article broke ("short- term"); the evidence stays the article's, verbatim.
        fields["stem"] = mend_hyphens(fields.get("stem", ""))
        fields["choices"] = [_mended(c) for c in fields.get("choices", [])]
        if isinstance(fields.get("data", {}).get("statements"), list):
            fields["data"]["statements"] = [_mended(t) for t in fields["data"]["statements"]]
        return Question(
            type=self.name,
            evidence=evidence,
            evidence_spans=spans,
            claims=list(claims),
            **fields,
        )

    def render(self, question: Question) -> dict[str, Any]:
        """What the learner's browser may see before submitting: never the key."""
        return {
            "type": question.type,
            "label": self.label,
            "stem": question.stem,
            "choices": list(question.choices),
        }

    def parse_response(self, form: Mapping[str, Any]) -> Any:
        """The radio button's value as a choice index, or None when missing or malformed."""
        value = form.get("answer")
        if isinstance(value, list | tuple):
            value = value[0] if value else None
        try:
            return int(str(value).strip())
        except (TypeError, ValueError):
            return None

    def clean_response(self, response: Any, choices: list[str]) -> Any:
        """A parsed response held against the question: a choice number outside its choices
        is no answer (None), and so is blank text."""
        if isinstance(response, int) and not isinstance(response, bool):
            return response if 0 <= response < len(choices) else None
        if isinstance(response, str):
            return response.strip() or None
        return response

    def validate(self, question: Question) -> list[str]:
        """Errors as "field: what is wrong", so a file loader can point at the field."""
        errors = common_errors(question)
        errors += choice_errors(question)
        return errors

    def grade(self, question: Question, response: Any) -> Mark:
        correct = isinstance(response, int) and response == question.answer
        return Mark(correct, 1.0 if correct else 0.0, self.judgements(question, response))

    def judgements(self, question: Question, response: Any) -> list[Judgement]:
        """Only types that ask whether the article verifies something return judgements."""
        return []

    def texts_to_check(self, question: Question) -> list[Any]:
        """The texts a learner reads as answers, for the English checks."""
        return list(question.choices)

    # --- the editor ---------------------------------------------------------------------

    def edit_values(self, question: Question) -> dict[str, str]:
        """The type's own editor boxes filled in from ``question`` (choices are shared)."""
        return {}

    def read_edit(self, edit: Edit) -> tuple[list[str], Any, dict[str, Any]]:
        """Choices, answer and the type's ``data`` entries from the editor; EditError when
        the input cannot make a question (``validate`` then checks the question itself)."""
        rows, picked = edit.rows, edit.picked
        if picked is None or not 1 <= picked <= len(rows) or not rows[picked - 1]:
            raise EditError(["answer: pick the right answer beside one of the filled-in choices"])
        return edit.choices, sum(1 for text in rows[: picked - 1] if text), {}

    # --- feedback and paper -------------------------------------------------------------

    def feedback(self, question: Question, response: Any) -> dict[str, Any]:
        """The learner's answer beside the right one, for the "feedback" partial; ``parts``
        is how many parts a partly right answer has (one here)."""
        return {
            "yours": choice_text(question.choices, response),
            "right": choice_text(question.choices, question.answer) or "",
            "parts": 1,
        }

    def answer_parts(self, answer: Any) -> int:
        """How many parts a key has, its mark shared between them (a results table's
        verdict "2 of 5 right" needs it)."""
        return 1

    def listing(self, question: Question) -> list[str]:
        """The answers as ``quizapp generate`` lists them for a teacher, the right one starred."""
        return [
            f"   {'*' if i == question.answer else ' '} {chr(ord('a') + i)}) {c}"
            for i, c in enumerate(question.choices)
        ]

    def printed(self, question: Question) -> dict[str, Any]:
        """What the "print" partial shows of the key: the right choice's text."""
        answer, choices = question.answer, question.choices
        if isinstance(answer, int) and 0 <= answer < len(choices):
            return {"right": choices[answer]}
        return {"right": ""}

    # --- question-set files (YAML) ------------------------------------------------------

    def to_yaml(self, question: Question) -> dict[str, Any]:
        """The ``choices`` and ``answer`` entries of a set file: the right choice by its text,
        which survives reordering the choices by hand."""
        q = question
        out: dict[str, Any] = {"choices": list(q.choices)}
        if (
            isinstance(q.answer, int)
            and not isinstance(q.answer, bool)
            and 0 <= q.answer < len(q.choices)
            and q.choices.count(q.choices[q.answer]) == 1
        ):
            out["answer"] = q.choices[q.answer]
        else:
            out["answer"] = q.answer
        return out

    def answer_from_yaml(self, answer: Any, choices: Any, as_written: Any) -> Any:
        """A set file's ``answer`` as the question keeps it: a choice's text becomes its
        number. ``as_written`` is a list answer with each item as typed (``yes`` stays text)."""
        if isinstance(answer, str) and isinstance(choices, list) and answer in choices:
            return choices.index(answer)
        return answer

    def yaml_answer_error(self, written: Any) -> str | None:
        """What to say of a set file's wrong ``answer`` when it was written as text."""
        return (
            f"answer: {written!r} is not one of the choices" if isinstance(written, str) else None
        )

    def gift_meta(self, question: Question) -> dict[str, Any]:
        """What the GIFT block loses that the quizapp comment must carry, beyond the fields
        every type's comment has."""
        return {}

    def to_gift(self, question: Question) -> str:
        return choice_block(question.choices, question.answer, question.explanation)

    def from_gift(self, stem: str, block: GiftBlock, meta: Mapping[str, Any]) -> Question:
        """Build a question from a parsed GIFT answer block (see formats/gift.py)."""
        right = [i for i, (ok, _) in enumerate(block.answers) if ok]
        return self.question_from_gift(
            stem,
            block,
            meta,
            choices=[text for _, text in block.answers],
            answer=right[0] if len(right) == 1 else None,
        )

    def question_from_gift(
        self, stem: str, block: GiftBlock, meta: Mapping[str, Any], **fields: Any
    ) -> Question:
        """A question of this type read from GIFT: what GIFT has no field for comes from the
        quizapp comment ``meta``; ``fields`` give the type's own (choices, answer, data)."""
        fields.setdefault("data", dict(meta.get("data", {})))
        return Question(
            type=self.name,
            stem=stem,
            skills=list(meta.get("skills", self.skills)),
            explanation=block.feedback,
            evidence=meta.get("evidence", ""),
            evidence_spans=[tuple(s) for s in meta.get("evidence_spans", [])],
            claims=list(meta.get("claims", [])),
            **fields,
        )


# --- shared checks -------------------------------------------------------------------------


def common_errors(q: Question) -> list[str]:
    errors = []
    if not isinstance(q.stem, str) or not q.stem.strip():
        errors.append("stem: must be non-empty text")
    if not isinstance(q.skills, list) or any(s not in SKILLS for s in q.skills):
        errors.append(f"skills: each skill must be one of {', '.join(SKILLS)}")
    elif len(set(q.skills)) != len(q.skills):
        errors.append("skills: a skill is listed twice")
    for name in ("explanation", "evidence"):
        if not isinstance(getattr(q, name), str):
            errors.append(f"{name}: must be text")
    if not isinstance(q.evidence_spans, list) or not all(
        isinstance(s, tuple | list)
        and len(s) == 2
        and all(isinstance(x, int) and not isinstance(x, bool) for x in s)
        and 0 <= s[0] <= s[1]
        for s in q.evidence_spans
    ):
        errors.append("evidence_spans: must be pairs [start, end] with 0 <= start <= end")
    if not isinstance(q.claims, list) or not all(
        isinstance(c, int) and not isinstance(c, bool) and c >= 0 for c in q.claims
    ):
        errors.append("claims: must be a list of claim numbers")
    if not isinstance(q.data, dict):
        errors.append("data: must be a mapping")
    return errors


def choice_errors(q: Question, minimum: int = 2) -> list[str]:
    if not isinstance(q.choices, list) or not all(
        isinstance(c, str) and c.strip() for c in q.choices
    ):
        return ["choices: must be a list of non-empty texts"]
    errors = []
    if len(q.choices) < minimum:
        errors.append(f"choices: needs at least {minimum} choices")
    if len({c.strip().casefold() for c in q.choices}) != len(q.choices):
        errors.append("choices: two choices are the same")
    if any(c.strip().casefold() in {"all of the above", "none of the above"} for c in q.choices):
        errors.append('choices: "all/none of the above" is not allowed')
    if not isinstance(q.answer, int) or isinstance(q.answer, bool):
        errors.append("answer: must be the number of the right choice (0 is the first)")
    elif not 0 <= q.answer < len(q.choices):
        errors.append(f"answer: {q.answer} is not a choice number (0 to {len(q.choices) - 1})")
    return errors


def choice_text(choices: list[str], value: Any) -> str | None:
    """The text of choice number ``value``; any other value as text, None as None."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < len(choices):
        return str(choices[value])
    return None if value is None else str(value)


def place_answer(
    rng: random.Random, right: str, wrong: list[str], limit: int = 3
) -> tuple[list[str], int]:
    """Choices with the right one at a random position, at most ``limit`` distractors."""
    seen = {right.casefold()}
    distractors = []
    for w in wrong:
        if w.casefold() not in seen:
            seen.add(w.casefold())
            distractors.append(w)
    distractors = distractors[:limit]
    choices = distractors[:]
    index = rng.randrange(len(choices) + 1)
    choices.insert(index, right)
    return choices, index


def _mended(text: Any) -> Any:
    """A choice or statement with its split compounds joined (english.mend_hyphens)."""
    return mend_hyphens(text) if isinstance(text, str) else text
