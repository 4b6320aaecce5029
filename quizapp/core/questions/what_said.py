"""What was said? A source's statement, with other sources' statements as distractors."""

from __future__ import annotations

import random

from quizapp.core.claims import Analysis
from quizapp.core.questions.base import Question, QuestionType, place_answer
from quizapp.core.questions.english import similar
from quizapp.core.questions.evidence import status_note, usable
from quizapp.core.questions.frames import cue_frame, date_of
from quizapp.core.questions.names import (
    display_name,
    may_be_one_body,
    named_source,
    same_source,
)
from quizapp.core.questions.statements import statement


class WhatSaid(QuestionType):
    name = "what_said"
    label = "What was said?"
    skills = ("attribution",)
    key_rests_on = frozenset({"source"})
    phrase_choices = True  # names / statements

    def generate(self, analysis: Analysis, rng: random.Random) -> list[Question]:
        article = analysis.article
        # Statements that read as plain sentences; quotations stay out, since "I" and "we"
        # in a choice would not say whose words they are.
        plain = {}
        for i, c in enumerate(analysis.claims):
            s = statement(c, article) if usable(analysis, i) else None
            if s is not None and s.form != "quote":
                plain[i] = s
        questions = []
        for i, said in plain.items():
            claim = analysis.claims[i]
            if not named_source(claim):
                continue
            # Anything the same source said is also a right answer: never a distractor.
            wrong_claims = [
                j
                for j in plain
                if not may_be_one_body(analysis.claims[j].source, claim.source)
                and j not in claim.related
                and i not in analysis.claims[j].related
                # Whatever this source said elsewhere would also be a right answer.
                and not any(
                    similar(plain[j].clause, c.content)
                    for c in analysis.claims
                    if same_source(c.source, claim.source)
                )
            ]
            # Figures call for figures: a distractor with a number is the plausible one.
            wrong_claims.sort(key=lambda j: bool(analysis.claims[j].figures) != bool(claim.figures))
            head = [
                j for j in wrong_claims if bool(analysis.claims[j].figures) == bool(claim.figures)
            ]
            rest = [j for j in wrong_claims if j not in head]
            rng.shuffle(head)
            rng.shuffle(rest)
            wrong: list[str] = []
            origin: dict[str, int] = {}  # distractor -> the claim it comes from
            for j in head + rest:  # no two distractors saying the same thing
                if not any(similar(plain[j].as_sentence, w) for w in wrong):
                    wrong.append(plain[j].as_sentence)
                    origin[plain[j].as_sentence] = j
            # Whole statements of similar length: a choice three times as long as the others
            # stands out whatever it says.
            size = len(said.as_sentence.split())
            wrong = [w for w in wrong if max(size, len(w.split())) <= 3 * min(size, len(w.split()))]
            if len(wrong) < 2:
                continue
            wrong = _similar_lengths(size, wrong[:3])
            if wrong is None:
                continue
            choices, answer = place_answer(rng, said.as_sentence, wrong)
            _, base = cue_frame(claim, article)
            when = date_of(claim)
            stem = f"What did {display_name(claim.source)} {base}{' ' + when if when else ''}?"
            questions.append(
                self.question_about(
                    analysis,
                    stem=stem,
                    choices=choices,
                    answer=answer,
                    explanation=(
                        f"The article attributes this statement to {display_name(claim.source)};"
                        f" {_other_choices(analysis, [origin[w] for w in wrong])}. Reading who"
                        " said what is the first step; whether it is true is another question. "
                        + status_note(claim, analysis)
                    ),
                    claims=[i],
                )
            )
        questions.sort(key=lambda q: 0 if analysis.claims[q.claims[0]].figures else 1)
        return questions


def _other_choices(analysis: Analysis, sources: list[int]) -> str:
    """Where the distractors come from: other sources, the outlet's own voice, or both."""
    outlet = {analysis.claims[j].status == "unattributed" for j in sources}
    if outlet == {True}:
        return "the other choices are sentences the article states in its own voice"
    if outlet == {False}:
        return "the other choices come from other sources in the article"
    return "the other choices come from other sources in the article or from its own voice"


def _similar_lengths(size: int, wrong: list[str]) -> list[str] | None:
    """The distractors without any that is over three times as long as another choice."""
    kept = list(wrong)
    while len(kept) >= 2:
        sizes = [size] + [len(w.split()) for w in kept]
        if max(sizes) <= 3 * min(sizes):
            return kept
        # Drop the distractor furthest from the right answer's length.
        kept.remove(max(kept, key=lambda w: abs(len(w.split()) - size)))
    return None
