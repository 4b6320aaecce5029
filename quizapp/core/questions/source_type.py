"""Source types: official, independent, involved, media, anonymous; and who is independent of
whom."""

from __future__ import annotations

import random

from quizapp.core.claims import Analysis
from quizapp.core.questions.base import Question, QuestionType, place_answer, register
from quizapp.core.questions.text import (
    capitalise_first,
    choice_name,
    display_name,
    named_source,
    same_source,
    usable,
)

TYPE_LABELS = {
    "official": "An official source: a government body, an official or the military",
    "independent": "An independent source: a think tank, university, NGO or international body",
    "involved": "A party to the story: a company, a campaign, a side in a case, a witness",
    "media": "Another news outlet",
    "anonymous": "An unnamed source",
}

_WHY = {
    "official": "is an official source, speaking for a government, a ministry or the military",
    "independent": "is an independent source, not part of any government",
    "involved": "is a party to the story, speaking for itself, with a stake in how it is told",
    "media": "is another news outlet, reporting what it learned",
    "anonymous": "is not named, so a reader cannot check who is speaking",
}


@register
class SourceType(QuestionType):
    name = "source_type"
    label = "Source type"
    skills = ("sourcing",)

    def generate(self, analysis: Analysis, rng: random.Random) -> list[Question]:
        first: dict[str, int] = {}  # source -> its first usable claim
        for i, c in enumerate(analysis.claims):
            if named_source(c) and c.source_type in TYPE_LABELS and usable(analysis, i):
                first.setdefault(c.source, i)
        questions = []
        independent = [
            s for s, i in first.items() if analysis.claims[i].source_type == "independent"
        ]
        official = [s for s, i in first.items() if analysis.claims[i].source_type == "official"]
        official = [
            s for n, s in enumerate(official) if not any(same_source(s, o) for o in official[:n])
        ]
        for name in independent:
            if len(official) < 2:
                break
            wrong = official[:]
            rng.shuffle(wrong)
            choices, answer = place_answer(rng, choice_name(name), [choice_name(w) for w in wrong])
            i = first[name]
            questions.append(
                self.question_about(
                    analysis,
                    stem="Which of these sources in the article is independent of the government?",
                    choices=choices,
                    answer=answer,
                    explanation=(
                        f"{capitalise_first(display_name(name))} {_WHY['independent']};"
                        " the others speak for"
                        " the government. Independence matters because only an independent"
                        " source can corroborate an official claim, and it is no proof of"
                        " being right: an independent estimate is still a claim."
                    ),
                    claims=[i],
                )
            )
        kinds = list(TYPE_LABELS)
        for name, i in first.items():
            claim = analysis.claims[i]
            order = kinds[:]
            rng.shuffle(order)
            questions.append(
                self.question_about(
                    analysis,
                    stem=f"What kind of source is {display_name(name)} in this article?",
                    choices=[TYPE_LABELS[k] for k in order],
                    answer=order.index(claim.source_type),
                    explanation=(
                        f"{capitalise_first(display_name(name))} {_WHY[claim.source_type]}."
                        " The type of a"
                        " source tells you whose voice a claim carries and whether a second"
                        " source is independent of the first; it does not make a claim true."
                    ),
                    claims=[i],
                )
            )
        # Non-official sources first: the contrast with officials is the lesson.
        questions.sort(key=lambda q: analysis.claims[q.claims[0]].source_type == "official")
        return questions
