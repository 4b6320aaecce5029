"""Spotting the cue: which word of a sentence makes it a source's account, not the article's.

A sentence that opens on an event and closes on ", Harris said" reads as the article's own
report to a reader who skims; asking which of its words shows whose account it is trains
the habit the app is for (DOMAIN 1), where the cue is a plain "said" with no strength to
read. The wrong choices are the verbs of what the source said ("arrested", "cleared"): the
very words a skimming reader takes for the article's. Asked only where the key is the one
word of the sentence that can mark an attribution, so no other choice can be argued right.
"""

from __future__ import annotations

import random
import re

from quizapp.core.claims import Analysis
from quizapp.core.lexicon import (
    AUXILIARIES,
    COGNITION_VERBS,
    IRREGULAR_PAST,
    NOUN_MARKERS,
    PRONOUN_SOURCES,
    SAYING_VERBS,
    SPEECH_VERBS,
)
from quizapp.core.questions.base import Question, QuestionType, place_answer
from quizapp.core.questions.cue_checks import CUE_WORD, lemma
from quizapp.core.questions.english import room_in_stem, words
from quizapp.core.questions.names import name_in
from quizapp.core.questions.support_checks import backed_in_own_voice

WRONG_CHOICES = 2

_HEDGES = frozenset(
    {"reportedly", "allegedly", "purportedly", "apparently", "supposedly", "according"}
)
"""Words that mark an attribution or keep distance without a verb of saying: in a sentence
with one of them, "said" is not the only word that shows whose account it is."""

_CUE_VERBS = SAYING_VERBS | SPEECH_VERBS | COGNITION_VERBS
"""Verbs of saying, thinking or holding a view: "he viewed the delay as a problem" shows
whose view it is as "said" does, so such a word is never a wrong choice."""

# A full stop after a word of three or more letters, then a capital or an opening quote: a
# second sentence ("... Jolinda Drive. While speaking ..."); "D. Battin", "Lt. Matt" are not.
_SENTENCE_END = re.compile(r"[a-z0-9]{3}[.!?][\"'\u201d\u2019]?\s+[\"'\u201c\u2018]?[A-Z]")


def spotting_question(
    qtype: QuestionType, analysis: Analysis, index: int, cue: str, rng: random.Random
) -> Question | None:
    """ "Which word shows that the sentence reports what X said?", keyed on the claim's
    plain cue ``cue`` ("said", "added"), or None where the sentence does not fit."""
    claim = analysis.claims[index]
    sentence = " ".join(claim.evidence.split())
    who = name_in(claim.source, analysis.article.text)
    # Where the outlet tells the same in its own words (support_checks.backed_in_own_voice:
    # "by six months he felt well again" beside "he is now fully recovered, Dempsey said"),
    # "not the article's own" is open to argument: the question asks only whose account
    # the sentence gives.
    backed = bool(backed_in_own_voice(analysis, index))
    frame = (
        f"Which word shows that this sentence gives {who}\u2019s account?"
        if backed
        else f"Which word shows that this is {who}\u2019s account, not the article\u2019s own?"
    )
    if not one_sentence(sentence) or len(words(sentence)) > room_in_stem(frame):
        return None
    if len(cue.split()) != 1 or not only_cue(sentence, cue):
        return None
    if claim.source_text.strip().lower() in PRONOUN_SOURCES:
        return None  # "He added ...": the sentence does not show whose account it is
    # Verbs of what the source said, never of the words that describe the source ("Figgins,
    # who represents Thomas, said"): the explanation calls them the source's words.
    content = " ".join(analysis.article.text[s:e] for s, e in claim.content_spans)
    wrong = [w for w in dict.fromkeys(verbs(content)) if w.lower() != cue.lower()]
    if len(wrong) < WRONG_CHOICES:
        return None
    rng.shuffle(wrong)
    wrong = wrong[:WRONG_CHOICES]
    choices, answer = place_answer(rng, cue, wrong)
    others = " and ".join(f"\u201c{w}\u201d" for w in wrong)
    return qtype.question_about(
        analysis,
        stem=f"\u201c{sentence}\u201d {frame}",
        choices=choices,
        answer=answer,
        explanation=(
            f"\u201c{cue}\u201d attributes the sentence to {who}: "
            + (
                f"the sentence gives what {who} said (the article also tells much the same in"
                " its own words)."
                if backed
                else f"the article reports what {who} said and does not establish it itself."
            )
            + f" {others} are words of what {who} said, not a cue.{_closing_note(sentence, cue)}"
        ),
        claims=[index],
    )


def _closing_note(sentence: str, cue: str) -> str:
    """A word on where the cue stands, where it closes the sentence: there it is missed."""
    ws = [w.lower() for w in words(sentence)]
    return " A cue at the end of a sentence is easy to miss." if ws[-1] == cue.lower() else ""


def one_sentence(text: str) -> bool:
    return not _SENTENCE_END.search(text)


def cue_like(word: str) -> bool:
    """A word that can mark an attribution on its own: a verb of saying or thinking, a
    cue word ("according"), a hedge ("reportedly")."""
    low = word.lower()
    bases = {lemma(low), low[:-1], low[:-2], low[:-3], low[:-3] + "y"}  # viewed, noted, cried
    return low in _HEDGES or bool(CUE_WORD.fullmatch(low)) or bool(bases & _CUE_VERBS)


def only_cue(sentence: str, cue: str) -> bool:
    """``cue`` is written once in the sentence, and no other word can mark an attribution."""
    ws = words(sentence)
    return sum(w.lower() == cue.lower() for w in ws) == 1 and not any(
        cue_like(w) for w in ws if w.lower() != cue.lower()
    )


def verbs(sentence: str) -> list[str]:
    """Words that look like finite verbs, as written: a past tense not after a determiner or
    a preposition ("officers arrested", not "a controlled substance"), a present tense after
    a relative or personal pronoun ("who resides"). Rough, as english.has_verb is; a word it
    takes wrongly is still no cue, so the key stays the only right choice."""
    ws = words(sentence)
    found = []
    for n, w in enumerate(ws[1:], 1):
        low, before = w.lower(), ws[n - 1].lower()
        after = ws[n + 1].lower() if n + 1 < len(ws) else ""
        if not w.isalpha() or not w.islower() or cue_like(w):
            continue
        if (
            low in IRREGULAR_PAST
            or (
                low.endswith("ed")
                and len(low) > 4
                and before not in NOUN_MARKERS
                and after not in {"of", "by"}
                and not (before.endswith("ly") and n >= 2 and ws[n - 2].lower() in NOUN_MARKERS)
            )
            or (
                low.endswith("s")
                and len(low) > 3
                and low not in AUXILIARIES
                and before in {"who", "which", "he", "she", "it"}
            )
        ):
            found.append(w)
    return found
