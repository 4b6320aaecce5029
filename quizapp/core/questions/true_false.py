"""True or false: does the article itself stand behind a statement, or only report that
someone says it?"""

from __future__ import annotations

import random
from typing import Any

from quizapp.core.claims import Analysis
from quizapp.core.questions.base import (
    STANDS_BEHIND,
    Judgement,
    Mark,
    Question,
    QuestionType,
    common_errors,
)
from quizapp.core.questions.distractors import rank_sources, said_too
from quizapp.core.questions.english import MAX_STEM_WORDS, room_in_stem, words
from quizapp.core.questions.evidence import status_note, usable
from quizapp.core.questions.frames import cue_frame
from quizapp.core.questions.gift_text import GiftBlock, general_feedback
from quizapp.core.questions.hedges import second_hand
from quizapp.core.questions.names import (
    display_name,
    full_name,
    may_be_one_body,
    named_source,
    same_source,
    source_names,
)
from quizapp.core.questions.statements import Statement, plain_statement, statement
from quizapp.core.questions.status_checks import status_evidence, status_is_clear

CHOICES = ["True", "False"]
# DOMAIN 5's words: an article stands behind what it says in its own voice and what an
# independent source corroborates. "Confirms" would tell a learner that a sentence the
# outlet only states, with no source, has been checked.
STANDS_BEHIND_FRAME = "The article stands behind this statement:"


class TrueFalse(QuestionType):
    name = "true_false"
    label = "True or false"
    skills = ("verification",)
    key_rests_on = frozenset({"source", "status"})
    ranked = True
    gift_kind = "truefalse"
    gift_default = True

    def generate(self, analysis: Analysis, rng: random.Random) -> list[Question]:
        names = source_names(analysis)
        confirms, attributions, own_source_only = [], [], []
        for i, claim in enumerate(analysis.claims):
            if not usable(analysis, i):
                continue
            said = statement(claim, analysis.article, room_in_stem(STANDS_BEHIND_FRAME))
            if said is None or said.form == "quote" or said.cut_quote:
                continue
            # The key of "the article stands behind ..." rests on the claim's status: only
            # where the article makes it plain.
            clear = status_is_clear(analysis, i)
            if clear:
                confirms.append(self._confirms(analysis, i, said))
            # "According to the article, Thomas told ..." would flatten "Thomas allegedly
            # told ...": the article reports that someone says he did.
            if named_source(claim) and not second_hand(analysis, i):
                # Where the status is not plain, another source may make the same point:
                # only the claim's own source is named (keyed True), never another.
                attributed = self._attributes(
                    analysis, i, said, names, rng, None if clear else False
                )
                if len(words(attributed.stem)) <= MAX_STEM_WORDS:
                    if not clear:
                        attributed.data["only_to_fill"] = True  # generate.only_to_fill
                    (attributions if clear else own_source_only).append(attributed)
        # Last: what a set short of questions may still take (the same lesson, keyed True).
        return _in_order(analysis, confirms, attributions, rng) + own_source_only

    def _confirms(self, analysis: Analysis, i: int, said: Statement) -> Question:
        """ "The article stands behind this statement: ...": it stands behind what it says
        in its own voice and what an independent source or record corroborates (DOMAIN 5);
        it only reports what a source says, disputed or not."""
        claim = analysis.claims[i]
        stands = claim.status in STANDS_BEHIND
        return self.question_about(
            analysis,
            evidence_from=status_evidence(analysis, i),
            # Without a quoted phrase's marks, which would say "attributed" on sight.
            stem=f"{STANDS_BEHIND_FRAME} {plain_statement(said)}",
            choices=list(CHOICES),
            answer=0 if stands else 1,
            skills=["verification"],
            explanation=(
                ("True. " if stands else "False. ")
                + status_note(claim, analysis)
                + (
                    " An article stands behind what it states in its own voice and what an"
                    " independent source or record backs."
                    if stands
                    else " Reporting what a source says is not standing behind it."
                )
            ),
            claims=[i],
            data={"asks": "verified"},
        )

    def keyed(self, analysis: Analysis, question: Question, answer: int) -> Question | None:
        """The "According to the article, X said ..." item on the same statement with the
        key ``answer`` (0 True, 1 False: the wrong source named), or None where it cannot
        be made (no other source to name, a stem too long)."""
        if question.data.get("asks") or len(question.claims) != 1:
            return None  # "the article stands behind ...": its key is the claim's status
        i = question.claims[0]
        if answer == 1 and not status_is_clear(analysis, i):
            return None  # another source named may have made the same point
        frame = room_in_stem(STANDS_BEHIND_FRAME)
        said = statement(analysis.claims[i], analysis.article, frame)
        if said is None:
            return None
        names = source_names(analysis)
        again = self._attributes(analysis, i, said, names, random.Random(0), answer == 1)
        fits = again.answer == answer and len(words(again.stem)) <= MAX_STEM_WORDS
        return again if fits else None

    def _attributes(
        self,
        analysis: Analysis,
        i: int,
        said: Statement,
        names: list[str],
        rng: random.Random,
        swap: bool | None = None,
    ) -> Question:
        """ "According to the article, X said that ...": half of these (or those ``swap``
        says) name the wrong source, so "true" is not always the answer; the wrong source
        never made the same statement."""
        claim = analysis.claims[i]
        past, _ = cue_frame(claim, analysis.article)
        # A source that made the same statement, or corroborates it, said it too.
        same = said_too(analysis, i)
        others = [
            n
            for n in names
            if not may_be_one_body(n, claim.source)
            and not any(same_source(s, n) or may_be_one_body(n, s) for s in same)
        ]
        # The wrong source is the most plausible one: another main speaker of the same kind.
        others = rank_sources(analysis, claim, others)
        if swap is None:
            swap = bool(others) and rng.random() < 0.5
        swap = swap and bool(others)
        who = others[0] if swap else claim.source
        said_text = said.direct if said.form == "object" else f"that {said.clause}"
        text = analysis.article.text
        return self.question_about(
            analysis,
            evidence_from=[i, *claim.related],
            # "Park said that ...": named as the article first names her ("Ann Park").
            stem=f"According to the article, {display_name(full_name(who, text))} {past}"
            f" {said_text}.",
            choices=list(CHOICES),
            answer=1 if swap else 0,
            skills=["attribution"],
            explanation=(
                f"{'False' if swap else 'True'}. The article attributes this to"
                f" {display_name(claim.source)}"
                + (f", not to {display_name(who)}." if swap else ".")
                + " Who said something is a fact the article does report; whether"
                " it is true is another matter."
            ),
            claims=[i],
        )

    def validate(self, question: Question) -> list[str]:
        errors = common_errors(question)
        if question.choices != CHOICES:
            errors.append('choices: a true/false question has the choices ["True", "False"]')
        if question.answer not in (0, 1) or isinstance(question.answer, bool):
            errors.append("answer: must be 0 (True) or 1 (False)")
        return errors

    def parse_response(self, form: Any) -> Any:
        value = form.get("answer")
        if isinstance(value, list | tuple):
            value = value[0] if value else None
        text = str(value).strip().lower()
        return {"0": 0, "true": 0, "t": 0, "1": 1, "false": 1, "f": 1}.get(text)

    def grade(self, question: Question, response: Any) -> Mark:
        correct = response == question.answer
        return Mark(correct, 1.0 if correct else 0.0, self.judgements(question, response))

    def judgements(self, question: Question, response: Any) -> list[Judgement]:
        if question.data.get("asks") != "verified" or response not in (0, 1):
            return []
        return [Judgement(question.answer == 0, response == 0)]

    def texts_to_check(self, question: Question) -> list[Any]:
        return []  # True and False: nothing to check

    def to_gift(self, question: Question) -> str:
        feedback = general_feedback(question.explanation)
        return "{" + ("T" if question.answer == 0 else "F") + feedback + "\n}"

    def from_gift(self, stem: str, block: GiftBlock, meta: Any) -> Question:
        return self.question_from_gift(
            stem, block, meta, choices=list(CHOICES), answer=0 if block.truth else 1
        )


def _in_order(
    analysis: Analysis,
    confirms: list[Question],
    attributions: list[Question],
    rng: random.Random,
) -> list[Question]:
    """A disputed claim "confirmed" is the classic trap and goes first among the False
    keys, a corroborated one (the "True" a source, not the outlet, earns) first among the
    True keys; then the keys alternate True and False, so that the first two give the
    discernment score one statement of each kind; the attribution statements are mixed in
    after them."""
    rng.shuffle(confirms)
    rng.shuffle(attributions)
    confirms.sort(
        key=lambda q: analysis.claims[q.claims[0]].status not in ("disputed", "corroborated")
    )
    falses = [q for q in confirms if q.answer == 1]
    trues = [q for q in confirms if q.answer == 0]
    alternating = [q for pair in zip(falses, trues, strict=False) for q in pair]
    alternating += falses[len(trues) :] + trues[len(falses) :]
    head, rest = alternating[:2], alternating[2:]
    mixed = head[:]
    for pair in zip(attributions, rest, strict=False):
        mixed.extend(pair)
    mixed += attributions[len(rest) :] + rest[len(attributions) :]
    return mixed
