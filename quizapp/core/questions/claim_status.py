"""Status of a claim: attributed, corroborated, disputed or stated by the outlet itself."""

from __future__ import annotations

import random
import re
from typing import Any

from quizapp.core.claims import STATUSES, Analysis
from quizapp.core.questions.base import (
    STANDS_BEHIND,
    Judgement,
    Question,
    QuestionType,
)
from quizapp.core.questions.cue_objects import named_object
from quizapp.core.questions.english import room_in_stem
from quizapp.core.questions.evidence import status_note, usable
from quizapp.core.questions.hedges import second_hand
from quizapp.core.questions.statements import restated_quote, statement
from quizapp.core.questions.status_checks import status_evidence, status_is_clear

STATUS_CHOICES = {
    "attributed": "A source's claim that the article reports but does not check",
    # "independent" here would read as the source type of that name: the agreeing
    # source may be an official one, independent only of the first.
    "corroborated": "A point that a second, separate source or a record in the article confirms",
    "disputed": "A source's claim that another source in the article rejects",
    "unattributed": "A statement the outlet makes in its own voice, with no source",
}
"""One choice per status, in the same words whoever the source is: choices that named the
speaker gave the key away (a name among them meant "reported", "a named source" meant "own
voice"); the learner has to find in the article whether, and by whom, it is said."""


_LESSON = {
    "attributed": " Being reported by a source, however senior, is not the same as being verified.",
    "disputed": " Being reported by a source, however senior, is not the same as being verified.",
    "corroborated": " Only this, a second independent source or record, makes a claim verified.",
    # No source to weigh: the lesson is whose word it is, not how far a source goes.
    "unattributed": " Whether it holds then rests on the outlet's own reporting.",
}
"""The lesson each status teaches, after the status note: it must hold for the keyed status
(a statement with no source says nothing about sources)."""


_FRAME = "How does the article present the statement that"


_NAMED_FRAME = "How does the article present the accusation against"
"""The longest frame of a stem naming a claim by its cue's noun (cue_verbs.NOUNS)."""


def _named_stem(analysis: Analysis, i: int) -> str | None:
    """A stem on a claim that is its cue's object, no clause ("claimed responsibility for
    shooting down the helicopter", "accused the board of hiding costs"), named by the cue's
    noun: "How does the article present the claim of responsibility for shooting down the
    helicopter?". The noun says someone claims it, which every choice but the outlet's own
    voice says too; it names no source, so the learner still finds who, and whether anyone
    rejects or confirms it."""
    claim = analysis.claims[i]
    if claim.status == "unattributed":
        return None
    named = named_object(claim, analysis.article, room_in_stem(_NAMED_FRAME))
    if named is None or (claim.status == "attributed" and _accused_speaks(analysis, i, named)):
        return None
    return f"How does the article present {named}?"


def _accused_speaks(analysis: Analysis, i: int, named: str) -> bool:
    """Whether an accusation's target is a source of the article too ("When Sanders accused
    Clinton of ..., she said ..."): an accused who speaks mostly answers the charge, in
    words the dispute checks may not tie to it, so "attributed" would be no plain key."""
    accused = re.match(r"the accusation against (.+?) of ", named)
    if accused is None:
        return False
    target = set(re.findall(r"[A-Z][\w'\u2019-]+", accused.group(1)))
    return any(
        j != i and other.status != "unattributed" and other.source.split()[-1:][0] in target
        for j, other in enumerate(analysis.claims)
        if other.source.split()
    )


class ClaimStatus(QuestionType):
    name = "claim_status"
    label = "Status of a claim"
    skills = ("verification",)
    key_rests_on = frozenset({"status"})
    ranked = True

    def generate(self, analysis: Analysis, rng: random.Random) -> list[Question]:
        questions = []
        for i, claim in enumerate(analysis.claims):
            if claim.status not in STATUSES or not usable(analysis, i):
                continue
            if not status_is_clear(analysis, i):
                continue  # the key is the status: only where the article makes it plain
            if second_hand(analysis, i):
                continue  # "a claim by Thomas" would flatten "Thomas allegedly told ..."
            said = statement(claim, analysis.article, room_in_stem(_FRAME))
            if said is None:
                stem = _named_stem(analysis, i)  # "the claim of responsibility for ..."
                if stem is None:
                    continue
            elif said.cut_quote:
                continue
            elif said.form == "quote" and claim.status == "unattributed":
                # The outlet's own sentence word for word ("Nationally, dealers sold ..."):
                # in quotation marks it would pass for someone's quote in a quiz on quotes.
                stem = f"How does the article present this statement: {said.clause}?"
            elif said.form == "quote":
                # Quotation marks say "someone's words" on sight: a quotation that reads
                # as a plain statement is restated, as the outlet's own sentences are.
                plain = restated_quote(said, claim, analysis.article, room_in_stem(_FRAME))
                stem = (
                    f"{_FRAME} {plain.clause}?"
                    if plain is not None and plain.form == "that"
                    else f"How does the article present the words \u201c{said.clause}\u201d?"
                )
            else:
                stem = f"{_FRAME} {said.clause}?"
            options = STATUS_CHOICES
            order = list(STATUSES)
            rng.shuffle(order)
            questions.append(
                self.question_about(
                    analysis,
                    evidence_from=status_evidence(analysis, i),
                    stem=stem,
                    choices=[options[s] for s in order],
                    answer=order.index(claim.status),
                    explanation=status_note(claim, analysis) + _LESSON[claim.status],
                    claims=[i],
                    data={"statuses": order},
                )
            )
        # Disputed and unattributed claims first: the statuses learners miss most.
        # One question per status first, in the order learners miss them most: disputed,
        # corroborated (the only "verified"), unattributed; then the attributed rest.
        order = ["disputed", "corroborated", "unattributed", "attributed"]
        by_status = {
            s: [q for q in questions if analysis.claims[q.claims[0]].status == s] for s in order
        }
        for group in by_status.values():
            rng.shuffle(group)
        firsts = [g[0] for g in by_status.values() if g]
        return firsts + [q for g in by_status.values() for q in g[1:]]

    def validate(self, question: Question) -> list[str]:
        errors = super().validate(question)
        statuses = question.data.get("statuses") if isinstance(question.data, dict) else None
        if statuses is not None and (
            not isinstance(statuses, list)
            or not isinstance(question.choices, list)
            or len(statuses) != len(question.choices)
            or any(s not in STATUSES for s in statuses)
        ):
            errors.append("data: statuses must give one status per choice")
        return errors

    def judgements(self, question: Question, response: Any) -> list[Judgement]:
        statuses = question.data.get("statuses")
        if not statuses or not isinstance(question.answer, int):
            return []
        said = (
            isinstance(response, int)
            and 0 <= response < len(statuses)
            and statuses[response] in STANDS_BEHIND
        )
        return [Judgement(statuses[question.answer] in STANDS_BEHIND, said)]
