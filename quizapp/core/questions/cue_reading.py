"""Cue reading: the words that mark an attribution, and what their strength says."""

from __future__ import annotations

import random

from quizapp.core.claims import Analysis, Claim
from quizapp.core.questions.base import Question, QuestionType, place_answer
from quizapp.core.questions.cue_checks import lemma
from quizapp.core.questions.evidence import usable
from quizapp.core.questions.figures import article_figures
from quizapp.core.questions.names import display_name, named_source, same_source

_ADVERBS = {"also", "then", "later", "further", "again", "previously", "earlier", "once"}
_MEANING = {
    "estimate": "marks an estimate: a calculation or guess, not a count",
    "doubt": "puts distance between the article and the claim",
    "assertion": "presents the point as established",
    "report": "marks the words as the source's, not the article's",
}


def cue_as_written(claim: Claim, text: str) -> str:
    for start, end in claim.cue_spans:
        written = " ".join(text[start:end].split())
        parts = written.split()
        if len(parts) > 1 and (parts[0].lower() in _ADVERBS or parts[0].lower().endswith("ly")):
            written = " ".join(parts[1:])  # "also noted": the cue is "noted"
        if written:
            return written.lower() if not written[1:2].isupper() else written
    return " ".join(claim.cue.split()).lower()


class CueReading(QuestionType):
    name = "cue_reading"
    label = "Reading the cue"
    skills = ("attribution",)

    def generate(self, analysis: Analysis, rng: random.Random) -> list[Question]:
        text = analysis.article.text
        cues = {
            i: cue_as_written(c, text)
            for i, c in enumerate(analysis.claims)
            if named_source(c) and c.cue.strip() and usable(analysis, i)
        }
        cues = {i: w for i, w in cues.items() if plain_cue(w)}
        # Ask only where the cue is in the evidence sentence the learner is shown.
        shown = {i for i in cues if _cue_in_evidence(analysis.claims[i])}
        figures = article_figures(analysis)  # figures that count something, not "EB-5"
        questions = []
        for i, cue in cues.items():
            if i not in shown:
                continue
            claim = analysis.claims[i]
            figure = next((f.figure.text for f in figures if f.claim_index == i), "")
            who = display_name(claim.source)
            if claim.cue_strength == "estimate" and figure:
                stem = f"Which word shows that the figure of {figure} is an estimate?"
                # Another estimate cue would also be right.
                excluded = {"estimate"}
            elif claim.cue_strength == "doubt":
                stem = f"Which word shows that the article keeps its distance from what {who} said?"
                excluded = {"doubt"}
            elif figure:
                stem = f"Which words attribute the figure of {figure} to {who}?"
                excluded = set()
            else:
                continue
            # A cue the same source uses elsewhere might read as right too: never a distractor.
            own = {
                w for j, w in cues.items() if same_source(analysis.claims[j].source, claim.source)
            }
            # Not the right cue in another form ("saying", "has said" beside "said").
            wrong = [
                w
                for j, w in cues.items()
                if w not in own
                and analysis.claims[j].cue_strength not in excluded
                and lemma(w.split()[-1]) != lemma(cue.split()[-1])
                and (len(w.split()) == 1 or w == "according to")
                and not w.endswith("ing")  # "adding" beside "said": not a cue of the same form
            ]
            wrong = list(dict.fromkeys(wrong))
            if len(wrong) < 2:
                continue
            rng.shuffle(wrong)
            choices, answer = place_answer(rng, cue, wrong)
            questions.append(
                self.question_about(
                    analysis,
                    stem=stem,
                    choices=choices,
                    answer=answer,
                    explanation=(
                        f"\u201c{cue}\u201d {_MEANING.get(claim.cue_strength, _MEANING['report'])}."
                        f" The claim comes from {who}; the article reports it and does not"
                        " establish it. Cues tell you whose claim you are reading and how firmly"
                        " it is put."
                    ),
                    claims=[i],
                )
            )
        questions.sort(key=lambda q: analysis.claims[q.claims[0]].cue_strength == "report")
        return questions


def plain_cue(cue: str) -> bool:
    """A cue a choice can show: "said", "pointed out", "according to"; not "said via email"
    or "is seizing upon a report" (an analyser's over-long cue)."""
    ws = cue.split()
    if cue == "according to":
        return True
    return 1 <= len(ws) <= 2 and all(w.isalpha() for w in ws) and len(ws[0]) > 2


def _cue_in_evidence(claim: Claim) -> bool:
    start, end = claim.evidence_span
    return bool(claim.cue_spans) and all(start <= s and e <= end for s, e in claim.cue_spans)
