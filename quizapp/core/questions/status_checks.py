"""Whether the article's support for a claim (its status) is plain enough to key a
question on: no missed dispute or corroboration, a rejection that answers the claim."""

from __future__ import annotations

import re

from quizapp.core.claims import Analysis, Claim
from quizapp.core.counterpoints import restates, set_against, turns
from quizapp.core.lexicon import (
    NAMELESS_SOURCES,
    POINT_STOP_WORDS,
    REJECTING_VERBS,
    STEM_PRONOUNS,
    STOP_WORDS,
)
from quizapp.core.questions.cue_checks import lemma
from quizapp.core.questions.english import similar, words
from quizapp.core.questions.evidence import evidence_spans
from quizapp.core.questions.gates import MIN_CONFIDENCE, outlet_problems, saying_cue
from quizapp.core.questions.names import (
    may_be_one_body,
    may_be_the_outlet,
    named_source,
    same_source,
)
from quizapp.core.questions.points import (
    SAME_POINT,
    on_one_point,
    proper_names,
    shares_a_rare_word,
    topic_words,
)
from quizapp.core.questions.statement_checks import checkable, forecast
from quizapp.core.questions.support_checks import (
    backed_in_own_voice,
    near,
    same_count,
    sourced_nearby,
    stems,
    topic_stems,
    without_measures,
)
from quizapp.core.rejections import is_rejection, rejecting_words


def status_is_clear(analysis: Analysis, index: int) -> bool:
    """Whether the article's support for the claim is plain enough to key a question on.

    A claim the instructor corrected is plain by their word. Attributed: no other source
    in the article speaks to the same point, and no witness reports what they saw or heard
    of it (else a missed dispute or corroboration would make the key wrong). Disputed: a
    named other source rejects it with a word of rejection. Corroborated: an independent
    other source says much the same. Unattributed: the outlet checks of
    ``outlet_problems`` (in usable()), and no source in or beside the sentence that a
    pupil may take for its source (support_checks.sourced_nearby). Whatever the status,
    the content must hold something to check (statement_checks.checkable): a view
    ("should", "a really neat program"), a feeling or the speaker's own knowledge has no
    status to find.
    """

    claim = analysis.claims[index]
    if claim.checked:
        return True  # the instructor set or confirmed this status: it is the key
    if not checkable(claim.content):
        return False  # a view, a feeling or a courtesy: no status for a learner to find
    if claim.status == "unattributed":
        # A source beside the sentence, or in it, may be read as its source.
        return not outlet_problems(analysis, index) and not sourced_nearby(analysis, index)
    if claim.status == "attributed":
        return _attributed_is_clear(analysis, index)
    if claim.status in ("disputed", "corroborated"):
        return bool(status_support(analysis, index))
    return False


def _attributed_is_clear(analysis: Analysis, index: int) -> bool:
    """An attributed claim's status is plain: a named source, long enough to compare, whose
    point neither the outlet's own voice, nor another source, nor a witness speaks to."""
    claim = analysis.claims[index]
    if claim.source_type == "anonymous":
        # An unnamed source's claim is news the outlet could not put on record: what
        # follows it is the on-record answer ("the President admits he has not followed
        # it"), confirming or denying it in other words, which word overlap cannot see.
        return False
    if len(_content_words(claim.content)) < 4:
        return False  # too short to tell whether another sentence makes the same point
    if backed_in_own_voice(analysis, index):
        return False  # the outlet states its point in its own words: a pupil may argue
    if leads_into_quote(claim):
        return False  # the outlet's words or the source's? A pupil may argue either
    if may_be_the_outlet(analysis, claim.source, claim.source_type):
        return False  # a reporter of the article's own outlet, for all it says: its voice
    if one_side_of_a_dispute(analysis, index):
        return False  # a denial: its other side may be read as "another source rejects"
    if factive(claim):
        return False  # "acknowledged that ...": the outlet's verb takes the point as true
    body = analysis.article.body_text()
    topic, names = topic_words(body), proper_names(body)
    # Other sources, and the outlet's own sentences: a fact-check confirms in its own voice.
    voices = [
        c
        for c in analysis.claims
        if c is not claim
        and (c.status == "unattributed" or not same_source(c.source, claim.source))
    ]
    if any(
        _on_its_point(claim.content, c, topic, names)
        for c in voices
        if _speaks_to(claim.content, c)
    ):
        return False
    # A witness may back the claim in words of their own ("Seeing it was a shot in the
    # heart" for "gunshot wounds"): an independent corroboration the analysis may miss.
    text = analysis.article.text
    return not any(
        _WITNESS.search(c.content) and shares_a_rare_word(claim.content, c.content, text)
        for c in voices
        if not may_be_one_body(c.source, claim.source)
    )


# The stems of verbs that take what they introduce as true: a stem, not a lemma, because
# cue_checks.lemma knows only verbs of saying ("established", "proved", "shows").
_FACTIVE = re.compile(
    r"acknowledg\w*|admit\w*|conced\w*|confirm\w*|reveal\w*|prov(?:e|ed|en|es|ing)|"
    r"establish\w*|show(?:s|ed|n|ing)?|demonstrat\w*|verif\w*|document\w*|recogni[sz]\w*",
    re.I,
)
_NEGATED = re.compile(r"\b(?:not|never|no|n['’]t|declined|refused|failed)\b", re.I)


def factive(claim: Claim) -> bool:
    """A cue that takes what it introduces as true ("the CDC has acknowledged that remote
    regions are vulnerable", "blood tests revealed that ..."), or one of assertion strength:
    the outlet's own verb stands behind the point, so "the article reports but does not
    check it" is open to argument (DOMAIN 1: "confirmed" asserts)."""
    if _NEGATED.search(claim.cue):
        return False  # "could not confirm" takes nothing as true
    head = claim.cue.split()[-1:] or [""]
    return claim.cue_strength == "assertion" or bool(_FACTIVE.fullmatch(head[0]))


def one_side_of_a_dispute(analysis: Analysis, index: int) -> bool:
    """An attributed claim that rejects someone's view the article tells of without naming
    its holder, by its cue or as its source's rejection beside it restates it ("Volker
    disputed the notion that he had been part of what's been portrayed as an irregular
    channel. 'My role was not some irregular channel,' he told lawmakers"): a pupil may key
    it as one side of a dispute ("another source rejects") as fairly as "only reported". A
    denial of no view the article tells of ("denied any wrongdoing") is asked as before."""
    claim = analysis.claims[index]
    if _rejects_a_view(claim):
        return True
    body = analysis.article.body_text()
    names, topic = proper_names(body), topic_stems(body)
    own = stems(claim.content, names) - names - topic
    return any(
        _rejects_a_view(other)
        and same_source(other.source, claim.source)
        and near(analysis, claim, other, 1)
        and own & stems(other.content, names)
        for other in analysis.claims
        if other is not claim
    )


_VIEW = re.compile(
    r"\b(?:notion|idea|suggestion|characteri[sz]ation|portray\w*|described as|"
    r"accusations?|allegations?|claims?|reports?|assertions?)\b",
    re.I,
)


def _rejects_a_view(claim: Claim) -> bool:
    """A rejecting cue whose object is someone's view ("disputed the notion that ...",
    "denied the allegations")."""
    head = claim.cue.split()[-1:] if claim.cue.split() else [""]
    return lemma(head[0]) in _REJECTING and bool(_VIEW.search(claim.content))


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
        and _sure_attribution(analysis.claims[j], claim.status)
    ]
    if claim.status == "corroborated":
        return [j for j in related if similar(claim.content, analysis.claims[j].content)]
    return [j for j in related if _plainly_disputes(analysis, j, index)]


def _sure_attribution(claim: Claim, status: str) -> bool:
    """A claim that backs or rejects another for a key: an attribution the analysis is sure
    of (a verb of saying or of denial, confidence enough) by a source a note can name. A
    rejection needs no name: a party the article describes ("the Afghan government", "the
    player's supporters") saying no makes a dispute; agreement must come from a source a
    learner can see is another (DOMAIN section 2: independent of the first)."""
    if claim.confidence < MIN_CONFIDENCE:
        return False
    if named_source(claim) and saying_cue(claim.cue):
        return True
    return (
        status == "disputed"
        and described_party(claim)
        and (saying_cue(claim.cue) or rejecting_words(claim.cue))
    )


def described_party(claim: Claim) -> bool:
    """A source the article describes in words of its own, not a pronoun, the outlet or a
    bare "officials": "The Afghan government", "Those in favor of punishment"."""
    name = claim.source.strip()
    low = name.lower()
    return (
        claim.source_type != "outlet"
        and low not in NAMELESS_SOURCES | STEM_PRONOUNS
        and len(words(name)) >= 2
        and not any(ch.isdigit() for ch in name)
    )


def _plainly_disputes(analysis: Analysis, j: int, index: int) -> bool:
    """Claim ``j`` rejects claim ``index`` in words a learner can point to, or rebuts it."""
    other, claim = analysis.claims[j], analysis.claims[index]
    rejecting = _rejects(other) or is_rejection(other)
    if rejecting and (
        _answers(other, claim) or set_against(other, claim) or _names_the_claimant(other, claim)
    ):
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


_REJECTING = REJECTING_VERBS | {"contradict", "counter"}


_REJECTION = re.compile(
    r"\b(?:not|no|never|false|untrue|wrong|baseless|groundless|nonsense|fake|"
    r"den(?:y|ied|ies)|reject\w*|dismiss\w*|disput\w*|refut\w*|rebut\w*|contradict\w*)\b",
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


def _names_the_claimant(rejecter: Claim, claim: Claim) -> bool:
    """A rejection that names the claim's source as what it rules out ("ruled out Taliban
    involvement" against the Taliban's claim of responsibility): the analysis related the
    two, and the rejected party is named in the rejection's own words."""
    names = {w for w in words(claim.source) if w[:1].isupper() and w.lower() not in STOP_WORDS}
    # "The Afghan government" ruling out "Afghan Taliban" involvement: a word both names
    # share tells nothing; the word only the claimant's name has must be in the rejection.
    names -= set(words(rejecter.source))
    return bool(names & set(words(rejecter.content)))


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


# What a witness reports: what they saw or heard.
_WITNESS = re.compile(r"\b(?:seeing|hearing|saw|heard|witnessed|watched)\b", re.I)


def _on_its_point(content: str, other: Claim, topic: frozenset[str], names: frozenset[str]) -> bool:
    """``on_one_point`` on the words of what is said, not the units of its figures nor the
    compass words of its places, which say how much and where, not what (as dates say
    when): "a fraction of an inch of rain ... instead of the usual 5 inches" in "the
    northern Sierra Nevada" shares "inches" with "about 2 inches of rain in the San Diego
    County area", and "northern" with "counties ... in the northern San Francisco Bay Area,
    the wine country and Sierra Nevada foothills"."""
    return on_one_point(without_measures(content), without_measures(other.content), topic, names)


def _speaks_to(content: str, other: Claim) -> bool:
    """Whether another sentence can back or dispute the claim at all. A forecast (what a
    source expects: "16.6 million vehicles will be sold this year", "the weather should
    ease by Thursday") is backed or disputed only by another forecast, a rejection, or a
    sentence with its figure: a record of what has happened ("dealers sold nearly 17.3
    million new vehicles last year") neither confirms nor refutes what is to come."""
    if not forecast(content):
        return True
    return bool(
        forecast(other.content)
        or _rejects(other)
        or is_rejection(other)
        or same_count(content, other.content)
    )


_QUOTE_MARKS = '"\u201c\u201d'
_OPENING_WORDS = re.compile(r"([^\"\u201c\u201d.?!]+?)[,:;\u2014-]\s*[\"\u201c]")


def leads_into_quote(claim: Claim) -> bool:
    """A claim whose sentence opens in words outside quotation marks that run into the
    source's quotation, the cue after it ("The researchers weren't able to collect any data
    on potency, "so it might be that ...," Hamilton argued"): the opening words may be the
    outlet's own setting-up of the quotation as much as the source's, so either key is open
    to argument. A cue before the words ("Hamilton said the researchers ...") makes them the
    source's."""
    if not claim.cue_spans or not claim.content_spans:
        return False
    if claim.cue_spans[0][0] < claim.content_spans[0][0]:
        return False
    evidence = claim.evidence
    at = evidence.find(claim.content[:40])
    if at < 0 or any(q in evidence[:at] for q in _QUOTE_MARKS):
        return False  # the words are themselves quoted, or follow a quotation
    opening = _OPENING_WORDS.match(evidence[at:])
    return bool(opening) and len(opening.group(1).split()) >= 4
