"""Whether the article's support for a claim (its status) is plain enough to key a
question on: no missed dispute or corroboration, a rejection that answers the claim."""

from __future__ import annotations

import functools
import re

from quizapp.core.claims import Analysis, Claim
from quizapp.core.counterpoints import restates, set_against, turns
from quizapp.core.lexicon import (
    COMMON_WORDS,
    FIGURE_WORDS,
    MONTHS,
    POINT_STOP_WORDS,
    STOP_WORDS,
)
from quizapp.core.questions.cue_checks import lemma
from quizapp.core.questions.english import similar
from quizapp.core.questions.evidence import evidence_spans
from quizapp.core.questions.gates import MIN_CONFIDENCE, outlet_problems, saying_cue
from quizapp.core.questions.names import may_be_one_body, named_source, same_source
from quizapp.core.questions.statement_checks import checkable
from quizapp.core.rejections import is_rejection


def status_is_clear(analysis: Analysis, index: int) -> bool:
    """Whether the article's support for the claim is plain enough to key a question on.

    A claim the instructor corrected is plain by their word. Attributed: no other source
    in the article speaks to the same point, and no witness reports what they saw or heard
    of it (else a missed dispute or corroboration would make the key wrong). Disputed: a
    named other source rejects it with a word of rejection. Corroborated: an independent
    other source says much the same. Unattributed: the outlet checks of
    ``outlet_problems`` (in usable()). Whatever the status, the content must hold
    something to check (statement_checks.checkable): a view ("should", "a really neat
    program"), a feeling or the speaker's own knowledge has no status to find.
    """

    claim = analysis.claims[index]
    if claim.checked:
        return True  # the instructor set or confirmed this status: it is the key
    if not checkable(claim.content):
        return False  # a view, a feeling or a courtesy: no status for a learner to find
    if claim.status == "unattributed":
        return not outlet_problems(analysis, index)
    others = [
        (j, c)
        for j, c in enumerate(analysis.claims)
        if j != index and c.status != "unattributed" and not same_source(c.source, claim.source)
    ]
    if claim.status == "attributed":
        if claim.source_type == "anonymous":
            # An unnamed source's claim is news the outlet could not put on record: what
            # follows it is the on-record answer ("the President admits he has not followed
            # it"), confirming or denying it in other words, which word overlap cannot see.
            return False
        if len(_content_words(claim.content)) < 4:
            return False  # too short to tell whether another sentence makes the same point
        body = analysis.article.body_text()
        topic, names = topic_words(body), proper_names(body)
        # The outlet's own sentences count too: a fact-check confirms in its own voice.
        voices = [c for _, c in others] + [
            c for c in analysis.claims if c.status == "unattributed" and c is not claim
        ]
        if any(on_one_point(claim.content, c.content, topic, names) for c in voices):
            return False
        # A witness may back the claim in words of their own ("Seeing it was a shot in the
        # heart" for "gunshot wounds"): an independent corroboration the analysis may miss.
        text = analysis.article.text
        return not any(
            _WITNESS.search(c.content) and shares_a_rare_word(claim.content, c.content, text)
            for c in voices
            if not may_be_one_body(c.source, claim.source)
        )
    if claim.status in ("disputed", "corroborated"):
        return bool(status_support(analysis, index))
    return False


def status_evidence(analysis: Analysis, index: int) -> list[int]:
    """The claims whose sentences a status question shows: the claim, and the claims that
    make its status plain (else those the analysis relates to it)."""
    return [index, *(status_support(analysis, index) or analysis.claims[index].related)]


def status_support(analysis: Analysis, index: int) -> list[int]:
    """The claims that make a disputed or corroborated claim's status plain, each a
    sentence of the body a learner is shown beside the question ([] for other statuses).

    Disputed: a named other source rejects it on its point (a word of rejection that
    answers it, or a rejection its own sentence sets against it: "Although X suggested ...,
    Y said no evidence supports ..."), or, for a rejection, answers it after "However" with
    the point it rejected. Corroborated: an independent other source says much the same."""
    claim = analysis.claims[index]
    if claim.status not in ("disputed", "corroborated"):
        return []
    related = [
        j
        for j, c in enumerate(analysis.claims)
        if j != index
        and (j in claim.related or index in c.related)
        and c.status != "unattributed"
        and not same_source(c.source, claim.source)
        and evidence_spans(analysis, j)  # the learner must see the other source's sentence
        and _sure_attribution(analysis.claims[j])
    ]
    if claim.status == "corroborated":
        return [j for j in related if similar(claim.content, analysis.claims[j].content)]
    return [j for j in related if _plainly_disputes(analysis, j, index)]


def _sure_attribution(claim: Claim) -> bool:
    """A claim that backs or rejects another for a key: an attribution the analysis is sure
    of (a verb of saying, confidence enough) by a source a note can name."""
    return claim.confidence >= MIN_CONFIDENCE and saying_cue(claim.cue) and named_source(claim)


def _plainly_disputes(analysis: Analysis, j: int, index: int) -> bool:
    """Claim ``j`` rejects claim ``index`` in words a learner can point to, or rebuts it."""
    other, claim = analysis.claims[j], analysis.claims[index]
    rejecting = _rejects(other) or is_rejection(other)
    if rejecting and (_answers(other, claim) or set_against(other, claim)):
        return True
    return (
        is_rejection(claim)
        and turns(other)
        and any(
            index in rejected.related and restates(other, rejected)
            for k, rejected in enumerate(analysis.claims)
            if k not in (j, index) and rejected.status == "disputed"
        )
    )


SAME_POINT = 0.2
"""Share of the shorter content's words two contents must share to be on one point."""


_REJECTING = {"deny", "reject", "dismiss", "dispute", "refute", "rebut", "contradict", "counter"}


_REJECTION = re.compile(
    r"\b(?:not|no|never|false|untrue|wrong|baseless|groundless|nonsense|fake|"
    r"den(?:y|ied|ies)|reject\w*|dismiss\w*|disput\w*|refut\w*|contradict\w*)\b",
    re.I,
)


def _rejects(claim: Claim) -> bool:
    """A claim that says no: a rejecting cue ("denied"), or words of rejection in it."""
    head = claim.cue.split()[-1:] if claim.cue.split() else [""]
    return lemma(head[0]) in _REJECTING or bool(_REJECTION.search(claim.content))


_BACK_REFERENCE = re.compile(
    r"\b(?:such|these|those|this|that|the|its|their)\s+"
    r"(report|claim|allegation|accusation|figure|estimate|statement|number|data|stor)",
    re.I,
)


def _answers(rejecter: Claim, claim: Claim) -> bool:
    """The rejection is about this claim: the same point, or a word pointing back at it
    ("such reports" rejecting what "a report by X" estimated)."""
    if _shares_words(rejecter.content, claim.content):
        return True
    back = _BACK_REFERENCE.search(rejecter.content)
    return bool(back) and back.group(1).lower() in f"{claim.evidence} {claim.cue}".lower()


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[\w'\u2019.-]+", text)} - POINT_STOP_WORDS


def _shares_words(rejecter: str, claim: str) -> bool:
    """A rejection on the claim's point: two words shared, a fifth of the shorter's; "did"
    and "that" count, for a denial is often short ("the repairs did not cost that")."""
    wa, wb = _content_words(rejecter), _content_words(claim)
    if len(wa) < 3 or len(wb) < 3:
        return False
    shared = wa & wb
    return len(shared) >= 2 and len(shared) / min(len(wa), len(wb)) >= SAME_POINT


_POINT_IGNORED = POINT_STOP_WORDS | STOP_WORDS | COMMON_WORDS
"""Words that say nothing of a claim's point: function words, quantifiers, verbs of saying."""


@functools.lru_cache(maxsize=8192)
def point_words(text: str) -> frozenset[str]:
    """The words of a content that carry its point: no function words, no
    contractions of them ("that's", "they're", "don't"), a possessive's noun bare."""
    out = set()
    for word in re.findall(r"[\w'\u2019.-]+", text.lower().replace("\u2019", "'")):
        word = word.strip(".'-")
        base = word.split("'")[0]
        if not base or word.endswith("n't") or base in _POINT_IGNORED:
            continue
        out.add(base)
    return frozenset(out)


TOPIC_SHARE = 1 / 3
"""A word is one of the article's topic words when at least a third of its sentences
use it (and at least ``TOPIC_MIN_SENTENCES``): "tariffs" in an article on a trade war."""
TOPIC_MIN_SENTENCES = 3
_SENTENCE_END = re.compile(r"(?<=[.!?\"\u201d])\s+|\n+")


@functools.lru_cache(maxsize=256)
def topic_words(text: str) -> frozenset[str]:
    """The words most of an article's sentences share (its topic): two sources using them
    speak of the same subject, not necessarily to the same point."""
    sentences = [s for s in _SENTENCE_END.split(text) if len(s.split()) >= 4]
    counts: dict[str, int] = {}
    for sentence in sentences:
        for word in point_words(sentence):
            counts[word] = counts.get(word, 0) + 1
    least = max(TOPIC_MIN_SENTENCES, TOPIC_SHARE * len(sentences))
    return frozenset(
        w for w, n in counts.items() if n >= least and w not in FIGURE_WORDS and not w[0].isdigit()
    )


def same_point(a: str, b: str, topic: frozenset[str] = frozenset()) -> bool:
    """Two contents about the same point: at least two of their point words shared, a fifth
    of the shorter one's. Words of the article's ``topic`` do not count (every source in an
    article on tariffs speaks of tariffs) when each content has three words besides them;
    else they do, for "use rose" and "use fell" may well be on one point."""
    wa, wb = point_words(a), point_words(b)
    if len(wa - topic) >= 3 and len(wb - topic) >= 3:
        wa, wb = wa - topic, wb - topic
    if len(wa) < 3 or len(wb) < 3:
        return False
    shared = wa & wb
    return len(shared) >= 2 and len(shared) / min(len(wa), len(wb)) >= SAME_POINT


def on_one_point(
    a: str, b: str, topic: frozenset[str] = frozenset(), names: frozenset[str] = frozenset()
) -> bool:
    """Two contents that make the same point, for the attributed gate: ``same_point``, with
    a name of several words counted once: "the Bureau of Prisons" and "the Department of
    Justice" name two bodies, not four points two sources share. ``names`` are the
    article's proper names (``proper_names``)."""
    if not same_point(a, b, topic):
        return False
    shared = point_words(a) & point_words(b)
    if len(point_words(a) - topic) >= 3 and len(point_words(b) - topic) >= 3:
        shared -= topic
    shared -= _LIGHT_WORDS | _date_words(a) | _date_words(b)
    return len(shared - names) + _name_count(shared & names, a, b) >= 2


# fmt: off
_LIGHT_WORDS = frozenset({
    "little", "bit", "lot", "way", "ways", "thing", "things", "something", "time", "kind", "sort",
    "certainly", "largely", "really", "very", "still", "even", "well", "least", "whole", "able",
    "going", "get", "getting", "got", "take", "taking", "make", "makes", "making",
    "want", "wants", "wanted",
    "like", "feel", "including", "within", "without", "against", "among", "around",
})
# fmt: on
"""Words too light to carry a point: degree ("a little bit"), vague nouns ("things",
"the way"), light verbs ("get", "take", "going to", "want"), bare prepositions. Two sources
that both say "a little bit" or "including" do not make one point."""

_MONTH = rf"(?:{'|'.join(MONTHS)}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
_MONTH_DAY = re.compile(rf"\b(?:{_MONTH}(?:\s+\d{{1,2}}\b)?|\d{{1,2}}\s+{_MONTH})")


def _date_words(text: str) -> frozenset[str]:
    """The words of a date ("July 25", "25 July"): it says when, not what was said of it;
    two sources who name one day ("the July 25 call") speak of one event, maybe not one
    point ("may" is a month only before a day)."""
    words = set()
    for m in _MONTH_DAY.finditer(text):
        if m.group(0) == "May":
            continue  # "May" without a day may be the verb, a sentence's first word
        words |= point_words(m.group(0))
    return frozenset(words)


# A name as written: capitalised words, with "of" or "of the" between them ("Bureau of
# Prisons", "Department of Justice"), a possessive's noun inside ("Justice Department's").
_NAME = re.compile(r"[A-Z][\w\u2019'.&-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w\u2019'.&-]*)*")


def _name_count(shared_names: set[str], a: str, b: str) -> int:
    """How many names the shared name words make: words written together in one name, in
    either content, are one name ("Justice Department" and "Department of Justice")."""
    groups = [{w} for w in shared_names]
    for name in _NAME.findall(f"{a}\n{b}"):
        words = point_words(name)
        joined = [g for g in groups if g & words]
        if len(joined) > 1:
            groups = [g for g in groups if g not in joined] + [set().union(*joined)]
    return len(groups)


# A word written with a capital after a word in lower case or a comma: not a
# sentence's first word, so a name ("Epstein", "July", "NSC").
_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z,] )([A-Z][\w\u2019'.-]*)")


_LOWER_CASE_WORD = re.compile(r"(?<![\w'\u2019.-])[a-z][\w'\u2019.-]*")


@functools.lru_cache(maxsize=256)
def proper_names(text: str) -> frozenset[str]:
    """The article's proper names as point words: words it writes with a capital inside a
    sentence and never in lower case (not "Prison" if it also writes "prison")."""
    capitalised = {w for m in _MID_SENTENCE_CAPITAL.finditer(text) for w in point_words(m.group(1))}
    lower = point_words(" ".join(_LOWER_CASE_WORD.findall(text)))
    return frozenset(capitalised - lower)


# What a witness reports: what they saw or heard.
_WITNESS = re.compile(r"\b(?:seeing|hearing|saw|heard|witnessed|watched)\b", re.I)
RARE = 2
"""A word stem the article uses at most this often is rare: two sources that both use it
are likely speaking to the same thing."""
_SUFFIX = re.compile(r"(?:['\u2019]s|ies|es|s|ed|ing)$")


def _stems(text: str) -> set[str]:
    """Content word stems of four letters or more: "wounds" -> "wound", "shot" -> "shot"."""
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w'\u2019-]+", text)}
    words -= POINT_STOP_WORDS | COMMON_WORDS | STOP_WORDS
    return {stem for w in words if len(stem := _SUFFIX.sub("", w)) >= 4}


def shares_a_rare_word(a: str, b: str, article_text: str) -> bool:
    """Whether two contents share a stem (one inside the other: "shot" and "gunshot") that
    the article uses at most ``RARE`` times in all."""
    article_words = re.findall(r"[a-z][\w'\u2019-]+", article_text.lower())
    for x in _stems(a):
        for y in _stems(b):
            shared = x if x in y else y if y in x else ""
            if shared and sum(shared in w for w in article_words) <= RARE:
                return True
    return False
