"""Conflicting figures: compare figures only by what they count.

Two cases, from the figures of any article:
- two figures for the same counted thing from different sources or dates: how do they
  differ, and does the article reconcile them?
- an estimate from a non-official source where officials in the article give figures only
  for other things: the right answer is that the article has no official figure to set it
  against. A loss estimate is never compared with a recruitment figure as if they measured
  the same thing; the choice that does so is the distractor, and the explanation says why.
"""

from __future__ import annotations

import random

from quizapp.core.claims import Analysis
from quizapp.core.questions.authority_claim import find_preferred
from quizapp.core.questions.base import Question, QuestionType, place_answer
from quizapp.core.questions.english import capitalise_first, cut_clause, join_names
from quizapp.core.questions.figures import Found, article_figures, close, phrase, same_measure
from quizapp.core.questions.frames import verb_forms
from quizapp.core.questions.names import display_name
from quizapp.core.questions.points import same_point
from quizapp.core.questions.statements import content_text, statement


def _from(found: Found) -> str:
    who = display_name(found.claim.source)
    return f"{who}, {found.date}" if found.date else who


def _words(analysis: Analysis, found: Found) -> str:
    """The clause holding the figure, word for word as the article has it."""
    clause = cut_clause(content_text(found.claim, analysis.article))
    if not (found.figure.text in clause and clause in analysis.article.text):
        clause = phrase(found.figure, analysis.article.text)
    # Quoted inside the stem's quotation marks: inner quotes become single ones.
    return clause.replace("\u201c", "\u2018").replace("\u201d", "\u2019").replace('"', "'")


def _what(found: Found) -> str:
    """What a figure counts, when the analyser says more than a head noun ("people")."""
    counts = found.figure.counts.strip()
    return counts if len(counts.split()) >= 2 else "the same thing"


MAX_RATIO = 2.0
"""Two figures of one thing from two sources rarely differ by more than half: a wider gap
(303,417 local sales against 16.6 million national ones) means they count different
things, whatever the words, and no key would be sure."""


def _same_thing(a: Found, b: Found) -> bool:
    """The two figures measure one thing: close in size, and their claims on one point."""
    low, high = sorted((abs(a.figure.value), abs(b.figure.value)))
    if low == 0 or high / low > MAX_RATIO:
        return False
    return same_point(a.claim.content, b.claim.content)


def _shared_count_words(a: Found, b: Found) -> bool:
    """Whether what two figures count shares a word ("passengers per journey")."""
    skip = {"the", "a", "an", "of", "in", "to", "and", "who", "that", "for", "per", "on", "at"}
    wa = {w.lower() for w in a.figure.counts.split()} - skip
    wb = {w.lower() for w in b.figure.counts.split()} - skip
    return bool(wa & wb)


def _differ(a: float, b: float) -> str:
    if close(a, b):
        return "They are close but not equal"
    return f"They differ by about {round(abs(a - b) / max(a, b) * 100)} percent"


def _estimate_words(found: Found, text: str) -> str:
    """ "1.2 million killed and wounded", "9 million dollars": the figure and what it counts,
    short enough for a stem (the clause after a figure may run into another clause)."""
    counts = found.figure.counts.strip()
    figure = found.figure.text.strip()
    if counts.split()[:1] and figure.split()[-1].lower() == counts.split()[0].lower():
        counts = counts[len(counts.split()[0]) :].strip()  # "15 million dollars" + "dollars spent"
    if counts and len(counts.split()) <= 5:
        return f"{figure} {counts}"
    return " ".join(phrase(found.figure, text).split()[:6])


def _comparable(analysis: Analysis, a: Found, b: Found) -> bool:
    """Whether two figures can be set side by side: of two claims, measuring one thing,
    each readable on its own, and from two sources or of two dates."""
    text = analysis.article.text
    if a.claim_index == b.claim_index or not same_measure(a.figure, b.figure, text):
        return False
    if not _same_thing(a, b):
        return False
    # Both must read as statements, or at least as a figure with what it counts.
    for f in (a, b):
        if statement(f.claim, analysis.article) is None and len(phrase(f.figure, text).split()) < 5:
            return False
    return not (a.claim.source == b.claim.source and a.date == b.date)


def _how_they_differ(a: Found, b: Found, both_official: bool, disputes: bool) -> str:
    """The key: by how much, from whom and when the figures differ, and whether one source
    rejects the other's figure."""
    parts = [_differ(a.figure.value, b.figure.value)]
    if a.claim.source != b.claim.source:
        parts.append(
            "come from different officials" if both_official else "come from different sources"
        )
    if a.date and b.date and a.date != b.date:
        parts.append("were given on different dates")
    if disputes:
        return ", ".join(parts) + ", and one source rejects the other's figure"
    return ", ".join(parts) + ", and the article does not say which is right"


class ConflictingFigures(QuestionType):
    name = "conflicting_figures"
    label = "Conflicting figures"
    skills = ("verification",)

    def generate(self, analysis: Analysis, rng: random.Random) -> list[Question]:
        figures = [f for f in article_figures(analysis) if f.claim.status != "unattributed"]
        # One estimate question per claim, about its first figure: "9 million dollars a year",
        # not the "less than 30,000 dollars" income line in the same sentence.
        leading = {}
        for f in figures:
            leading.setdefault(f.claim_index, f)
        questions = [
            q for f in leading.values() if (q := self._estimate(analysis, f, figures, rng))
        ]
        for n, a in enumerate(figures):
            for b in figures[n + 1 :]:
                q = self._pair(analysis, a, b, rng)
                if q:
                    questions.append(q)
        return questions

    def _pair(self, analysis: Analysis, a: Found, b: Found, rng: random.Random) -> Question | None:
        """Two figures for the same thing from different sources (or dates)."""
        text = analysis.article.text
        if not _comparable(analysis, a, b):
            return None
        if a.figure.value == b.figure.value:
            return self._match(analysis, a, b, rng)
        both_official = a.claim.source_type == b.claim.source_type == "official"
        kind = "official figures" if both_official else "figures"
        stem = (
            f"{capitalise_first(_from(a))}: \u201c{_words(analysis, a)}\u201d."
            f" {capitalise_first(_from(b))}: \u201c{_words(analysis, b)}\u201d."
            f" How do these two {kind} differ?"
        )
        disputes = (b.claim_index in a.claim.related or a.claim_index in b.claim.related) and (
            "disputed" in (a.claim.status, b.claim.status)
        )
        wrong = [
            "They count different things, so they cannot be set side by side",
            "They are the same figure, so each source confirms the other",
            "The article explains which of the two figures is correct",
        ]
        choices, answer = place_answer(rng, _how_they_differ(a, b, both_official, disputes), wrong)
        explanation = (
            f"{capitalise_first(phrase(a.figure, text))} ({_from(a)}) and {phrase(b.figure, text)}"
            f" ({_from(b)}) count the same thing."
            f" They differ by {abs(a.figure.value - b.figure.value):,.0f}, and"
            + (
                " the article reports that one source rejects the other's figure."
                if disputes
                else " the article reconciles nothing: it reports both and checks neither."
            )
            + " Two figures from officials of the same government are not independent of each"
            " other, so even a match would not verify them." * both_official
        )
        return self.question_about(
            analysis,
            stem=stem,
            choices=choices,
            answer=answer,
            explanation=explanation,
            claims=[a.claim_index, b.claim_index],
            data={"figures": [a.figure.text, b.figure.text]},
        )

    def _match(self, analysis: Analysis, a: Found, b: Found, rng: random.Random) -> Question | None:
        """The same figure from two sources: corroboration only when they are independent."""
        related = b.claim_index in a.claim.related or a.claim_index in b.claim.related
        if related and "corroborated" in (a.claim.status, b.claim.status):
            right = (
                "The figure is corroborated: a second, independent source or record in the"
                " article gives the same figure"
            )
            lesson = (
                "The two come from independent sources (or a cited record), so the match is"
                " corroboration: the article does more than report one source's word."
            )
            wrong_match = "They match, but a match between two sources verifies nothing"
        elif a.claim.source_type == b.claim.source_type == "official":
            right = (
                "Nothing more than one figure: officials of the same side repeating a figure"
                " are not independent, so the match does not verify it"
            )
            lesson = (
                "Repetition by the same source, or by its own office or spokesperson, is not"
                " corroboration: both figures go back to one side."
            )
            wrong_match = "The figure is corroborated, because two officials give it"
        else:
            return None
        text = analysis.article.text
        stem = (
            f"{capitalise_first(_from(a))}: \u201c{_words(analysis, a)}\u201d."
            f" {capitalise_first(_from(b))}: \u201c{_words(analysis, b)}\u201d."
            " What does the match between these two figures show?"
        )
        wrong = [
            wrong_match,
            "They count different things, so they cannot be set side by side",
            "The article explains which of the two figures is correct",
        ]
        choices, answer = place_answer(rng, right, wrong)
        return self.question_about(
            analysis,
            stem=stem,
            choices=choices,
            answer=answer,
            explanation=(
                f"{capitalise_first(phrase(a.figure, text))} ({_from(a)})"
                f" and {phrase(b.figure, text)}"
                f" ({_from(b)}) give the same figure. {lesson}"
            ),
            claims=[a.claim_index, b.claim_index],
            data={"figures": [a.figure.text, b.figure.text]},
        )

    def _estimate(
        self, analysis: Analysis, est: Found, figures: list[Found], rng: random.Random
    ) -> Question | None:
        """A non-official estimate against official data that counts other things."""
        # Only an estimate, or a figure from an independent body, is "an estimate against the
        # official data"; a newspaper counting parents at a vote is not.
        if est.claim.source_type == "official" or not (
            est.claim.source_type == "independent" or est.claim.cue_strength == "estimate"
        ):
            return None
        official = [f for f in figures if f.claim.source_type == "official"]
        if not official:
            return None
        text = analysis.article.text
        comparable = [f for f in official if same_measure(f.figure, est.figure, text)]
        kind = "independent" if est.claim.source_type == "independent" else "unofficial"
        noun = "estimate" if est.claim.cue_strength == "estimate" else "figure"
        stem = (
            f"How does the {kind} {noun} of {_estimate_words(est, text)} differ from the official"
            " data in the article?"
        )
        key = _estimate_key(est, official, comparable, noun, text)
        if key is None:
            return None
        right, wrong, lesson = key
        choices, answer = place_answer(rng, right, wrong)
        return self.question_about(
            analysis,
            evidence_from=[est.claim_index, *est.claim.related, *(f.claim_index for f in official)],
            stem=stem,
            choices=choices,
            answer=answer,
            explanation=(
                f"{capitalise_first(display_name(est.claim.source))}"
                f" {verb_forms(est.claim.cue)[0]} {phrase(est.figure, text)}. {lesson}"
                f"{_rejection(analysis, est)}"
            ),
            claims=[est.claim_index, *(f.claim_index for f in official)],
            data={"figures": [est.figure.text, *(f.figure.text for f in comparable[:1])]},
        )


def _estimate_key(
    est: Found, official: list[Found], comparable: list[Found], noun: str, text: str
) -> tuple[str, list[str], str] | None:
    """(right choice, wrong choices, lesson) of an estimate-versus-official question, or
    None when no key is sure: the official figures give the same figure (a corroboration
    question instead), or one may count the same thing without the measure showing it."""
    if any(f.figure.value == est.figure.value for f in comparable):
        return None  # the same figure: a corroboration question (_match), not this one
    if comparable:
        off = comparable[0]
        side = "higher" if est.figure.value > off.figure.value else "lower"
        right = (
            f"It is {side} than the figure {display_name(off.claim.source)} gave,"
            f" {off.figure.text}, and the article does not say which is right"
        )
        wrong = [
            f"The article gives no official figure for {_what(est)}",
            "It matches the official data, so the article confirms it",
            "The official data prove the estimate wrong",
        ]
        lesson = (
            "Both count the same thing, so they can be compared; the article reports"
            " both and verifies neither."
        )
        return right, wrong, lesson
    if any(_shared_count_words(est, f) for f in official):
        return None  # an official figure may count the same thing: no sure key
    right = (
        f"The article gives no official figure for {_what(est)}: the official"
        " figures it reports count other things"
    )
    # The tempting misreading assumes an official figure exists; the choices never
    # set the estimate against an official figure that counts something else.
    wrong = [
        f"Officials in the article give a lower figure for {_what(est)}, so the"
        f" {noun} is exaggerated",
        "It matches the official data, so the article confirms it",
        "The official data in the article prove the estimate wrong",
    ]
    counted = _what(est) if _what(est) != "the same thing" else "what the estimate counts"
    others = "; ".join(
        f"{phrase(f.figure, text)} ({display_name(f.claim.source)})" for f in official
    )
    lesson = (
        f"The official figures in the article count other things: {others}. None of"
        f" them counts {counted}, so setting the estimate against any of them would"
        " compare different things."
    )
    return right, wrong, lesson


def _rejection(analysis: Analysis, est: Found) -> str:
    """What the officials who reject the estimate say, as a sentence for the explanation
    ("" when none does): a rejection is a claim too."""
    disputing = [
        analysis.claims[j]
        for j in est.claim.related
        if 0 <= j < len(analysis.claims) and analysis.claims[j].source_type == "official"
    ]
    disputers = list(dict.fromkeys(display_name(c.source) for c in disputing))
    if not disputers:
        return ""
    # What the disputing officials point to instead, when they name it.
    named = [found for c in disputing if (found := find_preferred(c))]
    return (
        f" {join_names(disputers)} rejects such reports and"
        + (f" insists on data from the {named[0]}" if named else " points to official data")
        + ", but a rejection is a claim too: it makes the estimate disputed, not wrong."
    )
