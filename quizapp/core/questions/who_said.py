"""Who said it? The source of a claim, with the article's other sources as distractors."""

from __future__ import annotations

import random
import re
from dataclasses import replace

from quizapp.core.claims import Analysis, Claim
from quizapp.core.lexicon import COMMON_WORDS
from quizapp.core.questions.base import Question, QuestionType, place_answer
from quizapp.core.questions.cue_objects import framed_object
from quizapp.core.questions.described_sources import description, is_one_person
from quizapp.core.questions.distractors import (
    MIN_DISTRACTORS,
    is_person,
    rank_sources,
    said_too,
    speaks_as_one_person,
)
from quizapp.core.questions.english import room_in_stem
from quizapp.core.questions.evidence import status_note, usable
from quizapp.core.questions.frames import cue_frame
from quizapp.core.questions.hedges import hedged, relayed_by, written_cue
from quizapp.core.questions.names import (
    choice_name,
    full_name,
    may_be_one_body,
    name_in,
    named_source,
    reads_as_question_word,
    source_names,
)
from quizapp.core.questions.shortening import without_closing_which
from quizapp.core.questions.statements import Statement, restated_quote, statement
from quizapp.core.questions.unnamed_sources import described_others, may_be_among, unnamed_key

OUTLET_CHOICE = "No one: the article says it in its own voice"


class WhoSaid(QuestionType):
    name = "who_said"
    label = "Who said it?"
    skills = ("attribution",)
    key_rests_on = frozenset({"source"})
    phrase_choices = True  # names / statements

    def generate(self, analysis: Analysis, rng: random.Random) -> list[Question]:
        names = source_names(analysis)
        text = analysis.article.text
        questions = []
        for i, claim in enumerate(analysis.claims):
            who, past = _asker(claim, analysis)
            key, said = _key(analysis, i), None
            if key:
                room = room_in_stem(f"{who} {past} that")
                said = statement(claim, analysis.article, room, asker=_one_person(analysis, claim))
            if said is None:
                # No clause to restate ("accused the board of hiding costs"): the cue's own
                # frame, where it holds the content whole (cue_objects.py).
                said = _in_cue_frame(claim, analysis, who)
                key = _key(analysis, i, framed=True) if said else ""
                if _a_group(key):
                    continue  # "California's utilities regulators": a member named may be right
            if not key or said is None:
                continue
            said = _without_aside(said)
            stem = _stem(who, past, said)
            wrong = _wrong_choices(analysis, i, names, stem, said, rng)
            if not wrong:
                continue
            if len(wrong) < 2 and said.form == "quote":
                # Words in quotation marks are someone's: "the article's own voice" would
                # be a wrong choice nobody takes. Restated as a clause, a quotation that
                # reads as a plain statement asks the same ("Who said that ...?").
                stem, said, wrong = _restated(analysis, i, names, f"{who} {past}", said, rng)
                if not wrong:
                    continue
            if len(wrong) < 2:
                # Few named sources: the outlet's own voice is the tempting wrong answer
                # (taking a source's words for the article's), and always wrong here.
                wrong.append(OUTLET_CHOICE)
            choices, answer = place_answer(rng, key, wrong)
            questions.append(
                self.question_about(
                    analysis,
                    stem=stem,
                    choices=choices,
                    answer=answer,
                    explanation=(
                        f"The article attributes this to {_in_sentence(claim, key, text)}"
                        f" (“{written_cue(claim, analysis.article)}”). Knowing who said"
                        " something tells you whose"
                        f" claim it is, not whether it is true. {status_note(claim, analysis)}"
                    ),
                    claims=[i],
                )
            )
        # Claims with figures and disputed claims first: they teach the most.
        questions.sort(key=lambda q: _priority(analysis, q.claims[0]))
        return questions


def _key(analysis: Analysis, i: int, framed: bool = False) -> str:
    """The right choice for claim ``i``: its source's name, or the article's description of
    an unnamed one; "" when no question may rest on the claim (gates.claim_problems)."""
    claim = analysis.claims[i]
    if not named_source(claim):
        return unnamed_key(analysis, i, framed)
    usable_ = usable(analysis, i, framed=framed)
    return choice_name(claim.source, analysis.article.text) if usable_ else ""


def _one_person(analysis: Analysis, claim: Claim) -> bool:
    """A source that is one person: a personal name, or a description of one ("A doctor on
    the scene")."""
    if named_source(claim):
        return is_person(analysis, claim.source)
    return is_one_person(description(claim))


def _a_group(key: str) -> bool:
    """Whether a key names a group by a plural common noun ("California's utilities
    regulators", "President Trump's advisers"): the article may name one of its members
    (the regulators' president) among the others, who would then be as right. A stem in
    the cue's frame is asked only of a source no other choice can belong to."""
    head = re.split(r"\s+(?:of|to|for|in|at|from)\s", key, maxsplit=1)[0].split()
    last = head[-1] if head else ""
    return last[:1].islower() and last.endswith("s") and not last.endswith("ss")


def _without_aside(said: Statement) -> Statement:
    """Who said it asks about the source's point, not the article's aside on it."""
    if said.form not in ("that", "frame"):
        return said
    return replace(
        said,
        clause=without_closing_which(said.clause),
        direct=without_closing_which(said.direct),
    )


def _stem(who: str, past: str, said: Statement) -> str:
    """The question in the cue's frame: "Who accused ...?", "Who said, "..."?", "Who told
    reporters that ...?"."""
    if said.form == "frame":
        return f"{who} {said.direct}?"
    if said.form == "quote":
        return f"{who} {past}, \u201c{said.clause}\u201d?"
    if said.form == "object":
        return f"{who} {past} {said.direct}?"
    return f"{who} {past} that {said.clause}?"


def _in_cue_frame(claim: Claim, analysis: Analysis, who: str) -> Statement | None:
    """What the source did with its words, in the cue's own frame, where statement() has no
    clause to restate: "Who accused the board of hiding costs?" (cue_objects.py)."""
    framed = framed_object(claim, analysis.article, room_in_stem(who))
    if framed is None:
        return None
    framed = hedged(claim, analysis.article, framed)
    return Statement(framed, "frame", framed)


def _restated(
    analysis: Analysis,
    i: int,
    names: list[str],
    asker: str,
    said: Statement,
    rng: random.Random,
) -> tuple[str, Statement, list[str]]:
    """The stem, statement and wrong choices of claim ``i``'s quotation restated as a "that"
    clause (statements.restated_quote); no wrong choices where it does not read as one."""
    restated = restated_quote(
        said, analysis.claims[i], analysis.article, room_in_stem(f"{asker} that")
    )
    if restated is None:
        return "", said, []
    stem = f"{asker} that {restated.clause}?"
    return stem, restated, _wrong_choices(analysis, i, names, stem, restated, rng)


def _wrong_choices(
    analysis: Analysis, i: int, names: list[str], stem: str, said: Statement, rng: random.Random
) -> list[str]:
    """The article's other named sources that may stand as wrong answers, and where they
    are fewer than two, its unnamed ones ("a doctor on the scene"): as much its sources,
    and as tempting."""
    claim = analysis.claims[i]
    text = analysis.article.text
    # "I ..." in a quotation, or "he ..." standing for the source (pronoun_owners.speaker_pronoun):
    # only a person says it.
    first_person = (said.form == "quote" and speaks_as_one_person(said.clause)) or (
        said.form == "that" and said.clause.split()[0] in {"he", "she"}
    )
    wrong = _other_names(analysis, i, names, stem)
    named = rank_sources(analysis, claim, wrong, first_person=first_person)
    rng.shuffle(named)
    wrong = [choice_name(w, text) for w in named]
    if len(wrong) < MIN_DISTRACTORS:
        described = described_others(analysis, i, first_person, beside=named)
        wrong += [d for d in described if not _named_in(d, stem)][: MIN_DISTRACTORS - len(wrong)]
    return wrong


def _in_sentence(claim: Claim, key: str, text: str) -> str:
    """The source inside the explanation's sentence: a name as the article writes it, a
    description with a small first letter ("two people briefed on the talks")."""
    if named_source(claim):
        return name_in(full_name(claim.source, text), text)
    return key[:1].lower() + key[1:]


def _asker(claim: Claim, analysis: Analysis) -> tuple[str, str]:
    """The stem's question word and verb, keeping what the article says of the telling:
    "Who allegedly told a clerk", "According to court documents, who told a clerk"."""
    past, _ = cue_frame(claim, analysis.article)
    relay = relayed_by(claim, analysis.article)
    who = f"According to {relay}, who" if relay else "Who"
    return who, hedged(claim, analysis.article, past)


def _other_names(analysis: Analysis, i: int, names: list[str], stem: str) -> list[str]:
    """The article's names that are not the source of claim ``i`` nor said it too."""
    claim = analysis.claims[i]
    # A source that made the same statement would also be right: never a distractor.
    same = said_too(analysis, i)
    return [
        n
        for n in names
        if n not in same
        and not any(may_be_one_body(n, s) for s in same | {claim.source})
        # A name the stem itself holds ("Who told Benioff ...?", "Who told TRD ...?" for
        # The Real Deal) is no distractor.
        and not _named_in(n, stem)
        and not _initials_in(n, stem)
        # "WHO" under "Who reported ...?" reads as the question's own word.
        and not reads_as_question_word(choice_name(n, analysis.article.text))
        # An unnamed key may be the named one: "Some White House advisers" the White House's
        # spokesman, "the authors of the research" its senior author.
        and (named_source(claim) or not may_be_among(analysis, n, claim))
    ]


def _priority(analysis: Analysis, index: int) -> int:
    c = analysis.claims[index]
    return (0 if c.status == "disputed" else 1) + (0 if c.figures else 1)


def _named_in(name: str, stem: str) -> bool:
    """Whether a capitalised word of the name (not "The" or "Of") is in the stem."""
    return any(
        len(w) >= 3
        and w[:1].isupper()
        and w.lower() not in COMMON_WORDS
        and re.search(rf"\b{re.escape(w)}\b", stem)
        for w in name.split()
    )


def _initials_in(name: str, stem: str) -> bool:
    """Whether the stem holds the name's initials as a word of capitals ("TRD" for "(The)
    Real Deal (New York)": the initials of its first words will do)."""
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    forms = {initials, "T" + initials} if len(initials) >= 2 else set()  # "(The) Real Deal"
    return any(
        f.startswith(w) or w.startswith(f)
        for w in re.findall(r"\b[A-Z]{2,}\b", stem)
        for f in forms
    )
