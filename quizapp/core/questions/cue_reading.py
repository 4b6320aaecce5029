"""Cue reading: the words that mark an attribution, and what their strength says."""

from __future__ import annotations

import random
import re

from quizapp.core.claims import Analysis, Claim
from quizapp.core.questions.base import Question, QuestionType, place_answer
from quizapp.core.questions.cue_checks import lemma
from quizapp.core.questions.cue_spotting import spotting_question
from quizapp.core.questions.evidence import usable
from quizapp.core.questions.figures import Found, article_figures, phrase
from quizapp.core.questions.names import name_in, named_source, same_source

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
            if i in shown and (q := self._strength_question(analysis, i, cue, cues, figures, rng)):
                questions.append(q)
        # A plain "said" has no strength to read; which word of its sentence is the cue does.
        for i in sorted(shown):
            if plain_speech(cues[i]) and (q := spotting_question(self, analysis, i, cues[i], rng)):
                questions.append(q)
        questions.sort(key=lambda q: analysis.claims[q.claims[0]].cue_strength == "report")
        return questions

    def _strength_question(
        self,
        analysis: Analysis,
        i: int,
        cue: str,
        cues: dict[int, str],
        figures: list[Found],
        rng: random.Random,
    ) -> Question | None:
        """What claim ``i``'s cue says of the claim's strength, or of whose figure it is;
        None when the cue says nothing to ask about or there are too few other cues."""
        text = analysis.article.text
        claim = analysis.claims[i]
        figure = next(
            (counted for f in figures if f.claim_index == i and (counted := _counted(f, text))),
            "",
        )
        who = name_in(claim.source, text)
        asked = _strength_stem(claim, cue, figure, who)
        if asked is None:
            return None
        stem, excluded = asked
        wrong = _other_cues(analysis, claim, cue, cues, excluded)
        if len(wrong) < 2:
            return None
        rng.shuffle(wrong)
        choices, answer = place_answer(rng, cue, wrong)
        return self.question_about(
            analysis,
            stem=_numbered(stem, choices),
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


def _strength_stem(claim: Claim, cue: str, figure: str, who: str) -> tuple[str, set[str]] | None:
    """The stem, and the cue strengths whose cues would be right too (never distractors)."""
    if claim.cue_strength == "estimate" and figure:
        # Another estimate cue would also be right.
        return f"Which word shows that the figure of {figure} is an estimate?", {"estimate"}
    if claim.cue_strength == "doubt" and DISTANCING.match(cue.split()[-1]):
        stem = f"Which word shows that the article keeps its distance from what {who} said?"
        return stem, {"doubt"}
    if figure and not plain_speech(cue):
        return f"Which words attribute to {who} the figure of {figure}?", set()
    return None


def _other_cues(
    analysis: Analysis, claim: Claim, cue: str, cues: dict[int, str], excluded: set[str]
) -> list[str]:
    """The distractors: other claims' cues, each once, that cannot read as right."""
    # A cue the same source uses elsewhere might read as right too: never a distractor.
    own = {w for j, w in cues.items() if same_source(analysis.claims[j].source, claim.source)}
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
    return list(dict.fromkeys(wrong))


PLAIN_SPEECH = frozenset({"say", "tell", "add", "state", "report", "note", "write", "speak"})
"""Verbs that only mark words as the source's: a question whose key is "said" among "told"
and "reported" teaches nothing about how firmly a claim is put ("according to", an
estimate, a distancing cue, an admission do)."""


def plain_speech(cue: str) -> bool:
    words = cue.split()
    return len(words) == 1 and lemma(words[0]) in PLAIN_SPEECH


def _numbered(stem: str, choices: list[str]) -> str:
    """ "Which word attributes ..." when every choice is one word: "Which words attribute"
    over "told", "said" and "called" reads as a wrong count to a teacher."""
    if all(len(c.split()) == 1 for c in choices):
        return re.sub(r"^Which words attribute ", "Which word attributes ", stem)
    return stem


DISTANCING = re.compile(r"(?:claim|alleg|purport|insist)", re.I)
"""Doubt cues that put distance between the article and the claim whatever the sentence:
"suggested" may be advice ("suggested that he change his diet"), "maintained" or
"asserted" may be plain reports, so a question keyed on them could teach a wrong reading."""


FIGURE_WITHIN = 8
"""A figure asked about opens its claim (within this many words): "that 28 people who came
into contact were quarantined" is about the 28; the 185 miles to the hospital at the end of a
sentence about a man eating a rabbit is incidental."""
FIGURE_WORDS = 8
"""The figure with what it counts, as a stem shows it: longer reads as a sentence."""


def _counted(found: Found, text: str) -> str:
    """The figure with what it counts, in the article's words ("28 people who came into
    contact", "15 million dollars"), or "" when the article does not say what it counts
    right at the figure, or the figure is incidental to the claim: "the figure of 28" alone
    tells a learner nothing."""
    fig = found.figure
    content = " ".join(found.claim.content.split())
    at = content.find(fig.text)
    if at < 0 or len(content[:at].split()) > FIGURE_WITHIN:
        return ""
    said = phrase(fig, text)
    rest = said[len(fig.text) :].split()
    # The analyser's words for what it counts, as far as the article's words after the
    # figure agree with them: "people in Russia" of "people in Russia who had signed ...".
    shared = 0
    for counted, written in zip(fig.counts.split(), rest, strict=False):
        if counted.lower() != written.lower():
            break
        shared += 1
    if shared:
        group = " ".join([fig.text, *rest[:shared]])  # "28 people"
        tail = " ".join(rest[shared:])
        # A relative clause says which: "28 people who came into contact"; it ends before
        # the clause's own verb ("... were quarantined").
        if re.match(r"(?:who|that|which)\b", tail):
            group = f"{group} {_FINITE.sub('', ' ' + tail).strip()}"
    elif any(w.isalpha() and w.lower() not in _QUALIFIERS for w in fig.text.split()):
        group = fig.text  # the unit is in the figure: "15 million dollars"
    else:
        return ""
    return group if len(group.split()) <= FIGURE_WORDS else ""


_QUALIFIERS = frozenset(
    {
        *("about", "around", "nearly", "approximately", "almost", "roughly", "some", "another"),
        *("more", "less", "than", "over", "under", "up", "to", "at", "least", "most"),
        *("million", "billion", "trillion", "thousand", "hundred", "dozen"),
    }
)
"""Words in a figure that say how much, not what of ("nearly 11 million" has no unit)."""
_FINITE = re.compile(
    r"\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|do)\b.*$"
)


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
