"""Sort the statements: label each one as the article presents it."""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import Any

from quizapp.core.claims import STATUSES, Analysis
from quizapp.core.questions.base import (
    STANDS_BEHIND,
    STATUS_LABELS,
    Edit,
    EditError,
    EditField,
    Judgement,
    Mark,
    Question,
    QuestionType,
    common_errors,
)
from quizapp.core.questions.evidence import cautions, usable
from quizapp.core.questions.gift_text import GiftBlock, escape, general_feedback
from quizapp.core.questions.hedges import second_hand
from quizapp.core.questions.names import display_name
from quizapp.core.questions.statements import plain_statement, statement
from quizapp.core.questions.status_checks import status_is_clear, status_support

PAGES = ("quiz", "locked", "feedback", "set", "print")
SIZE = 5
MIN_EACH = 2
"""Statements of each kind (the article stands behind / only reports) a sort question holds
when the article has them: scoring.MIN_STATEMENTS of each make discernment measurable."""


class SortStatements(QuestionType):
    name = "sort_statements"
    label = "Sort the statements"
    skills = ("attribution", "verification")
    key_rests_on = frozenset({"status"})
    quota = 1
    templates = {
        **QuestionType.templates,
        **{page: f"questions/sort_statements/{page}.html" for page in PAGES},
    }
    edit_fields = (
        EditField(
            "statements",
            "Sort the statements only: one per line, as \u201clabel | statement\u201d",
            5,
        ),
    )
    choices_note = "these are the labels, and no right answer is picked here."
    phrase_choices = True
    quoting_keys = QuestionType.quoting_keys | {"statements"}
    gift_kind = "matching"
    gift_default = True
    gift_nearest = True

    def generate(self, analysis: Analysis, rng: random.Random) -> list[Question]:
        return self._sort(analysis, rng, frozenset())

    def generate_apart(
        self, analysis: Analysis, rng: random.Random, asked: frozenset[int]
    ) -> list[Question] | None:
        return self._sort(analysis, rng, asked)

    def _sort(
        self, analysis: Analysis, rng: random.Random, asked: frozenset[int]
    ) -> list[Question]:
        pool, spare = _sortable(analysis, asked)
        picked = _pick(pool, spare, analysis, rng)
        if len(picked) < 3 or len({analysis.claims[i].status for i, _ in picked}) < 2:
            return []
        rng.shuffle(picked)
        indexes = [i for i, _ in picked]
        lines = [
            _verdict(text, analysis.claims[i].status, analysis.claims[i].source)
            + cautions(analysis.claims[i], analysis)
            for i, text in picked
        ]
        return [
            self.question_about(
                analysis,
                stem="Label each statement by how the article presents it.",
                choices=list(STATUSES),
                answer=[analysis.claims[i].status for i in indexes],
                explanation=(
                    " ".join(lines)
                    + " The article stands behind what it says in its own voice and what an"
                    " independent source or record confirms; everything a source merely says"
                    " stays attributed, however official the source."
                ),
                claims=indexes,
                # A disputed or corroborated statement shows the other source's sentence too.
                evidence_from=list(
                    dict.fromkeys(
                        [*indexes, *(j for i in indexes for j in status_support(analysis, i))]
                    )
                ),
                data={"statements": [text for _, text in picked]},
            )
        ]

    def render(self, question: Question) -> dict[str, Any]:
        labels = list(question.choices)
        return {
            "type": question.type,
            "label": self.label,
            "stem": question.stem,
            "statements": list(question.data.get("statements", [])),
            "labels": labels,
            "label_help": {k: STATUS_LABELS[k] for k in labels if k in STATUS_LABELS},
        }

    def parse_response(self, form: Mapping[str, Any]) -> list[str | None]:
        """One select per statement: s0, s1, ...; a missing one is None (wrong)."""
        n = 0
        out: list[str | None] = []
        while f"s{n}" in form:
            value = form[f"s{n}"]
            if isinstance(value, list | tuple):
                value = value[0] if value else None
            out.append(str(value) if value is not None else None)
            n += 1
        return out

    def clean_response(self, response: Any, choices: list[str]) -> Any:
        """A label that is not one of the choices is None (not judged), so a blank select
        never counts as "not verified"; no label at all is no answer."""
        if not isinstance(response, list):
            return super().clean_response(response, choices)
        labels = set(choices)
        cleaned = [r if isinstance(r, str) and r in labels else None for r in response]
        return cleaned if any(r is not None for r in cleaned) else None

    def validate(self, question: Question) -> list[str]:
        errors = common_errors(question)
        statements = question.data.get("statements") if isinstance(question.data, dict) else None
        if (
            not isinstance(question.choices, list)
            or len(question.choices) < 2
            or not all(isinstance(c, str) and c.strip() for c in question.choices)
        ):
            errors.append("choices: the labels must be a list of at least two texts")
        elif len(set(question.choices)) != len(question.choices):
            errors.append("choices: a label is listed twice")
        if (
            not isinstance(statements, list)
            or len(statements) < 2
            or not all(isinstance(s, str) and s.strip() for s in statements)
        ):
            errors.append("data: statements must be a list of at least two texts")
            return errors
        if len(set(statements)) != len(statements):
            errors.append("data: a statement is listed twice")
        if not isinstance(question.answer, list) or len(question.answer) != len(statements):
            errors.append("answer: must give one label per statement")
        elif isinstance(question.choices, list) and any(
            not isinstance(a, str) or a not in question.choices for a in question.answer
        ):
            errors.append("answer: every label must be one of the choices")
        return errors

    def grade(self, question: Question, response: Any) -> Mark:
        key = list(question.answer)
        given = list(response or [])[: len(key)]
        given += [None] * (len(key) - len(given))
        right = sum(g == k for g, k in zip(given, key, strict=True))
        score = right / len(key) if key else 0.0
        return Mark(right == len(key), score, self.judgements(question, given))

    def judgements(self, question: Question, response: Any) -> list[Judgement]:
        if not set(question.answer) <= set(STATUSES):
            return []  # labels that are not statuses (an imported matching question)
        return [
            Judgement(k in STANDS_BEHIND, g in STANDS_BEHIND)
            for g, k in zip(response, question.answer, strict=False)
            if g is not None
        ]

    def texts_to_check(self, question: Question) -> list[Any]:
        statements = question.data.get("statements") if isinstance(question.data, dict) else None
        return list(statements) if isinstance(statements, list) else list(question.choices)

    def edit_values(self, question: Question) -> dict[str, str]:
        pairs = zip(question.data.get("statements", []), question.answer or [], strict=False)
        return {"statements": "\n".join(f"{label} | {text}" for text, label in pairs)}

    def read_edit(self, edit: Edit) -> tuple[list[str], Any, dict[str, Any]]:
        """One statement a line, as "label | statement"; no labels typed: the statuses."""
        statements, labels, errors = [], [], []
        lines = [line.strip() for line in edit.fields.get("statements", "").splitlines()]
        for number, line in enumerate(filter(None, lines), start=1):
            label, sep, text = line.partition("|")
            if not sep or not text.strip():
                errors.append(f"statements: line {number} is not \u201clabel | statement\u201d")
                continue
            labels.append(label.strip())
            statements.append(text.strip())
        if errors:
            raise EditError(errors)
        return edit.choices or list(STATUSES), labels, {"statements": statements}

    def feedback(self, question: Question, response: Any) -> dict[str, Any]:
        """A row per statement: the learner's label, the right one, and whether they match."""
        statements = question.data.get("statements")
        if not isinstance(statements, list) or not isinstance(question.answer, list):
            return super().feedback(question, response)
        given = list(response or []) if isinstance(response, list) else []
        given += [None] * (len(statements) - len(given))
        rows = [
            {"statement": str(s), "yours": g, "right": str(k), "ok": g == k}
            for s, g, k in zip(statements, given, question.answer, strict=False)
        ]
        return {"rows": rows, "parts": len(rows) or 1}

    def answer_parts(self, answer: Any) -> int:
        return len(answer) if isinstance(answer, list) else 1  # one label per statement

    def listing(self, question: Question) -> list[str]:
        statements = question.data.get("statements") if isinstance(question.data, dict) else None
        if not isinstance(statements, list) or not isinstance(question.answer, list):
            return super().listing(question)
        pairs = zip(statements, question.answer, strict=False)
        return [f"   - {s}  -> {label}" for s, label in pairs]

    def printed(self, question: Question) -> dict[str, Any]:
        """Each statement with its label (the key prints them; the quiz leaves a blank)."""
        pairs = zip(question.data.get("statements", []), question.answer or [], strict=False)
        return {"statements": list(pairs)}

    def to_yaml(self, question: Question) -> dict[str, Any]:
        out = super().to_yaml(question)
        if not question.choices:
            del out["choices"]  # no labels given: the statuses
        return out

    def answer_from_yaml(self, answer: Any, choices: Any, as_written: Any) -> Any:
        return as_written if isinstance(answer, list) else answer

    def yaml_answer_error(self, written: Any) -> str | None:
        return None

    def gift_meta(self, question: Question) -> dict[str, Any]:
        return {"choices": question.choices}  # the labels: GIFT matching keeps only those used

    def to_gift(self, question: Question) -> str:
        pairs = [
            f"={escape(s)} -> {escape(label)}"
            for s, label in zip(question.data.get("statements", []), question.answer, strict=False)
        ]
        return "{\n" + "\n".join(pairs) + general_feedback(question.explanation) + "\n}"

    def from_gift(self, stem: str, block: GiftBlock, meta: Mapping[str, Any]) -> Question:
        paired = [(left, right) for left, right in block.pairs if left]
        rights = [right for _, right in paired]
        # Moodle's extra answers ("= -> label", no statement) are labels no statement has.
        choices = meta.get("choices") or list(dict.fromkeys(r for _, r in block.pairs))
        data = dict(meta.get("data", {}))
        data["statements"] = [left for left, _ in paired]
        return self.question_from_gift(
            stem, block, meta, choices=list(choices), answer=rights, data=data
        )


def _sortable(
    analysis: Analysis, asked: frozenset[int]
) -> tuple[dict[str, list[tuple[int, str]]], dict[str, list[tuple[int, str]]]]:
    """The statements a sort may hold, by status: those of claims not ``asked`` elsewhere in
    the set, and spare ones (of asked claims) to top a short sort up with."""
    pool: dict[str, list[tuple[int, str]]] = {s: [] for s in STATUSES}
    spare: dict[str, list[tuple[int, str]]] = {s: [] for s in STATUSES}
    seen: set[str] = set()
    for i, c in enumerate(analysis.claims):
        # Each label is a key: only statuses the article makes plain.
        sure = usable(analysis, i) and status_is_clear(analysis, i)
        # "... is attributed to Thomas" would flatten "Thomas allegedly told ...".
        sure = sure and not second_hand(analysis, i)
        said = statement(c, analysis.article) if sure else None
        text = plain_statement(said) if said is not None else None
        if text is None or c.status not in pool or text in seen:
            continue
        seen.add(text)
        (spare if i in asked else pool)[c.status].append((i, text))
    return pool, spare


def _pick(
    pool: dict[str, list[tuple[int, str]]],
    spare: dict[str, list[tuple[int, str]]],
    analysis: Analysis,
    rng: random.Random,
) -> list[tuple[int, str]]:
    """The statements of the sort, taken out of ``pool``."""
    for items in pool.values():
        rng.shuffle(items)
    # One statement of each status the article has first; then up to MIN_EACH of each
    # kind (stands behind / only reports), so the discernment score can be measured;
    # then fill up at random.
    picked = [items.pop() for items in pool.values() if items]
    for kind in (STANDS_BEHIND, set(STATUSES) - STANDS_BEHIND):
        have = sum(analysis.claims[i].status in kind for i, _ in picked)
        more = [item for s in STATUSES if s in kind for item in pool[s]]
        rng.shuffle(more)
        for item in more[: max(0, MIN_EACH - have)]:
            pool[analysis.claims[item[0]].status].remove(item)
            picked.append(item)
    picked += _balanced_rest(picked, pool, analysis, rng)
    picked += _top_up(picked, spare, analysis)
    return picked


def _balanced_rest(
    picked: list[tuple[int, str]],
    pool: dict[str, list[tuple[int, str]]],
    analysis: Analysis,
    rng: random.Random,
) -> list[tuple[int, str]]:
    """Statements up to SIZE, each time of a label with the fewest statements so far, and
    none that would put one label on more than half: with five of six "unattributed",
    labelling every statement alike would score five of six."""
    count = {s: sum(analysis.claims[i].status == s for i, _ in picked) for s in STATUSES}
    out: list[tuple[int, str]] = []
    while len(picked) + len(out) < SIZE:
        size = len(picked) + len(out) + 1
        fits = [s for s in STATUSES if pool[s] and (count[s] + 1) * 2 <= size]
        if not fits:
            break
        fewest = min(count[s] for s in fits)
        label = rng.choice([s for s in fits if count[s] == fewest])
        out.append(pool[label].pop(rng.randrange(len(pool[label]))))
        count[label] += 1
    return out


def _top_up(
    picked: list[tuple[int, str]], spare: dict[str, list[tuple[int, str]]], analysis: Analysis
) -> list[tuple[int, str]]:
    """Statements other questions ask about, only as many as a sort needs: a label it lacks,
    then up to three statements."""
    have = {analysis.claims[i].status for i, _ in picked}
    extra = [items[0] for status, items in spare.items() if items and status not in have]
    rest = [item for items in spare.values() for item in items if item not in extra]
    if len(have) + len(extra) < 2:
        return []
    return extra + rest[: max(0, 3 - len(picked) - len(extra))]


def _verdict(text: str, status: str, source: str) -> str:
    source = display_name(source)
    quoted = text if text.startswith("\u201c") else f"\u201c{text}\u201d"
    return quoted + {
        "attributed": f" is attributed to {source}.",
        "disputed": f" is disputed: {source} claims it and another source rejects it.",
        "corroborated": " is corroborated by a second, separate source or a record.",
        "unattributed": " is unattributed: the outlet says it with no source.",
    }.get(status, f" is {status}.")
