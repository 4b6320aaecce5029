"""What was said? A source's statement, with what other sources in the article said as the
wrong choices."""

from __future__ import annotations

import random

from quizapp.core.claims import Analysis, Article
from quizapp.core.questions.base import Question, QuestionType, place_answer
from quizapp.core.questions.english import similar
from quizapp.core.questions.evidence import status_note, usable
from quizapp.core.questions.frames import cue_frame, date_of
from quizapp.core.questions.hedges import hedged, relayed_by
from quizapp.core.questions.names import (
    display_name,
    may_be_one_body,
    named_source,
    same_source,
)
from quizapp.core.questions.statements import plain_statement, statement


class WhatSaid(QuestionType):
    name = "what_said"
    label = "What was said?"
    skills = ("attribution",)
    key_rests_on = frozenset({"source"})
    phrase_choices = True  # names / statements
    # One to a set: its wrong choices are other sources' statements, which no other
    # question may then ask about, so a second would take four more of the article's claims.
    quota = 1

    def generate(self, analysis: Analysis, rng: random.Random) -> list[Question]:
        return self._what_said(analysis, rng, frozenset())

    def generate_apart(
        self, analysis: Analysis, rng: random.Random, asked: frozenset[int]
    ) -> list[Question] | None:
        """Wrong choices the set's other questions do not ask about, as far as the article
        has them: a statement offered here as another source's is answered for them."""
        return self._what_said(analysis, rng, asked)

    def _what_said(
        self, analysis: Analysis, rng: random.Random, asked: frozenset[int]
    ) -> list[Question]:
        article = analysis.article
        # Statements as plain sentences: quotation marks, or a speaker's "I" and "we", would
        # mark a choice as someone's words on sight.
        plain = {}
        for i, c in enumerate(analysis.claims):
            s = statement(c, article) if usable(analysis, i) else None
            if s is None or (s.form == "quote" and not _ends_a_sentence(s.clause, article)):
                continue
            text = plain_statement(s)
            if text is not None:
                plain[i] = text
        questions = []
        for i, said in plain.items():
            claim = analysis.claims[i]
            if not named_source(claim):
                continue
            wrong = _wrong_choices(analysis, plain, i, asked, rng)
            if wrong is None:
                continue
            choices, answer = place_answer(rng, said, [plain[j] for j in wrong])
            _, base = cue_frame(claim, article)
            when = date_of(claim)
            relay = relayed_by(claim, article)
            what = f"According to {relay}, what" if relay else "What"
            verb = hedged(claim, article, base)
            stem = f"{what} did {display_name(claim.source)} {verb}{' ' + when if when else ''}?"
            questions.append(
                self.question_about(
                    analysis,
                    stem=stem,
                    choices=choices,
                    answer=answer,
                    explanation=(
                        f"The article attributes this statement to {display_name(claim.source)};"
                        " the other choices are what other sources in the article said."
                        " Reading who said what is the first step; whether it is true is"
                        " another question. " + status_note(claim, analysis)
                    ),
                    claims=[i],
                )
            )
        questions.sort(key=lambda q: 0 if analysis.claims[q.claims[0]].figures else 1)
        return questions


WRONG_CHOICES = 3
"""Other sources' statements a "what did X say?" offers: with fewer, the question is not
asked (the outlet's own background sentences are no stand-in: a learner rules them out by
their topic, and nobody "said" them)."""

LENGTH_RATIO = 2
"""How much longer one choice may be than another (in words): a choice twice as long as the
others stands out whatever it says."""


def _wrong_choices(
    analysis: Analysis,
    plain: dict[int, str],
    i: int,
    asked: frozenset[int],
    rng: random.Random,
) -> list[int] | None:
    """WRONG_CHOICES statements other sources in the article are reported to have made, of
    about the key's length, none of which the key's source also made nor the set asks about
    elsewhere (``asked``); those with figures first for a key with figures. None when the
    article has too few."""
    claim = analysis.claims[i]
    size = len(plain[i].split())
    candidates = [
        j
        for j in plain
        if j not in asked
        and analysis.claims[j].status != "unattributed"
        and analysis.claims[j].source_type != "outlet"
        and not may_be_one_body(analysis.claims[j].source, claim.source)
        and j not in claim.related
        and i not in analysis.claims[j].related
        and _close_in_length(size, len(plain[j].split()))
        # Whatever this source said elsewhere would also be a right answer.
        and not any(
            similar(plain[j], c.content)
            for c in analysis.claims
            if same_source(c.source, claim.source)
        )
    ]
    rng.shuffle(candidates)
    # Figures call for figures: a distractor with a number is the plausible one.
    candidates.sort(key=lambda j: bool(analysis.claims[j].figures) != bool(claim.figures))
    wrong: list[int] = []
    for j in candidates:  # no two distractors saying the same thing
        if not any(similar(plain[j], plain[k]) for k in wrong):
            wrong.append(j)
    return wrong[:WRONG_CHOICES] if len(wrong) >= WRONG_CHOICES else None


def _close_in_length(a: int, b: int) -> bool:
    return max(a, b) <= LENGTH_RATIO * min(a, b)


def _ends_a_sentence(quote: str, article: Article) -> bool:
    """Whether a quotation's words end where a sentence of the article ends: shown without
    its quotation marks, a quotation cut at a comma ("... a big positive for banks. This
    verdict should be seen in a broader view" before ", as now bidders ...") reads as the
    speaker's whole point."""
    flat = " ".join(article.text.replace("\u2019", "'").split())
    said = " ".join(quote.replace("\u2019", "'").split())
    at = flat.find(said)
    if at < 0:
        return False
    after = flat[at + len(said) :].lstrip()
    # '... more comfortable," said Oza.': a comma before the closing mark ends it too.
    return not after or after[0] in '.!?"\u201d' or after[:2] in {',"', ",\u201d"}
