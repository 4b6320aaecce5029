"""Evidence and status notes: the article sentence behind a question, kept inside the
body, which claims a question may rest on, and what the article does with a claim."""

from __future__ import annotations

import re
from collections.abc import Iterable

from quizapp.core.claims import Analysis, Article, Claim, Span
from quizapp.core.outlet_disputes import disputed_by_outlet
from quizapp.core.questions.english import join_names
from quizapp.core.questions.evidence_cut import (
    claim_lines,
    names_source,
    naming_sentence,
    needs_naming,
    short_name,
    whole_sentences,
)
from quizapp.core.questions.gates import is_sure
from quizapp.core.questions.hedges import distancing_note, rejection_note
from quizapp.core.questions.names import display_name, name_in, named_source, same_source
from quizapp.core.rejections import is_rejection


def evidence_of(analysis: Analysis, index: int) -> tuple[str, tuple[int, int] | None]:
    """The claim's evidence and its span, kept inside the article body, in whole sentences
    and whole quotes (evidence_cut.whole_sentences); a claim spread over paragraphs gives
    the paragraphs that hold it, one per line, and the span from the first to the last.

    An evidence span that reaches into boilerplate (a headline or a section label before
    the sentence) is replaced by the sentence holding the content, cut from the text.
    """
    c = analysis.claims[index]
    if tuple(c.evidence_span) == (0, 0) and c.evidence and not analysis.article.body:
        return c.evidence, None
    spans = evidence_spans(analysis, index)
    if not spans:
        return "", None
    text = analysis.article.text
    return "\n".join(text[s:e] for s, e in spans), (spans[0][0], spans[-1][1])


def evidence_spans(analysis: Analysis, index: int) -> list[Span]:
    """The claim's evidence as spans of the article text, one per paragraph it holds."""
    c = analysis.claims[index]
    article = analysis.article
    span = tuple(c.evidence_span)
    if not (span != (0, 0) and article.in_body(*span) and c.evidence):
        spans = [s for s in c.content_spans if 0 <= s[0] < s[1] <= len(article.text)]
        if not spans:
            return []
        span = article.line_sentence_span(spans[0][0], spans[-1][1])
        if span[0] == span[1] or not article.in_body(*span):
            return []
    lo, hi = _body_block(article, span[0])
    lines = claim_lines(article, c, span)  # type: ignore[arg-type]
    return [whole_sentences(article.text, line, lo, hi) for line in lines]


def _body_block(article: Article, start: int) -> Span:
    for s, e in article.body:
        if s <= start < e:
            return s, e
    return 0, len(article.text)


def claim_evidence(analysis: Analysis, indexes: list[int]) -> tuple[str, list[tuple[int, int]]]:
    """Evidence text (one sentence per line, verbatim, no repeats) and its spans.

    A claim whose source the evidence only calls "he", "the company" or by a surname shows
    the sentence before that names the source too (evidence_cut.naming_sentence). Spans that
    overlap are shown once, as their union."""
    text = analysis.article.text
    spans: list[Span] = []
    loose: list[str] = []  # evidence with no span (an analysis with no article text)
    for i in indexes:
        evidence, span = evidence_of(analysis, i)
        if span is None:
            if any(ch.isalnum() for ch in evidence) and evidence not in loose:
                loose.append(evidence)
            continue
        own = evidence_spans(analysis, i)
        claim = analysis.claims[i]
        named = naming_sentence(analysis, claim, own) if _unnamed_in(claim, evidence) else None
        for part in [named, *own] if named else own:
            # A sentence split can leave a lone closing quote mark: that is no evidence.
            if any(ch.isalnum() for ch in text[part[0] : part[1]]):
                _add_span(spans, part)
    texts = [text[s:e] for s, e in spans] + loose
    return "\n".join(dict.fromkeys(texts)), spans


def _unnamed_in(claim: Claim, evidence: str) -> bool:
    """Whether the evidence leaves the source unnamed ("he said", "the company said"): a
    sentence before that names it must come too. A surname or an acronym ("Hart said")
    names it: the sentence of the full name before is another claim, and a learner would
    look there for what the question asks about."""
    if not needs_naming(claim, evidence):
        return False
    written = short_name(claim)
    return not (written and names_source(evidence, written))


def _add_span(spans: list[Span], new: Span) -> None:
    """Add ``new``, or widen the span it overlaps to hold both."""
    for n, (s, e) in enumerate(spans):
        if new[0] < e and s < new[1]:
            spans[n] = (min(s, new[0]), max(e, new[1]))
            return
    spans.append(new)


def source_shown(analysis: Analysis, index: int) -> bool:
    """Whether a learner checking a key that rests on the source can see who it is: the
    evidence names it, or a sentence just before does, or the evidence writes the surname
    or acronym of the key's full name. A source the claim only calls "he" or "the company",
    with no sentence naming it near, is not shown."""
    claim = analysis.claims[index]
    evidence, _ = evidence_of(analysis, index)
    if not needs_naming(claim, evidence):
        return True
    written = short_name(claim)
    if written and names_source(evidence, written):
        return True
    own = evidence_spans(analysis, index)
    return bool(own) and naming_sentence(analysis, claim, own) is not None


def usable(analysis: Analysis, index: int, described: bool = False, framed: bool = False) -> bool:
    """A claim questions may come from: a sentence of the article body, and a claim the
    analyser is sure of and that is well formed (gates.py); ``described``: a source the
    article describes but does not name will do (for a question showing its words);
    ``framed``: a stem asks the content after its cue (gates.claim_problems)."""
    c = analysis.claims[index]
    evidence, _ = evidence_of(analysis, index)
    if not evidence.strip():
        return False
    if evidence.rstrip()[-1] not in ".!?\"\u201d\u2019')":
        return False  # a headline or a label line, not a sentence of the article
    if any(not analysis.article.in_body(s, e) for s, e in c.content_spans if (s, e) != (0, 0)):
        return False

    return is_sure(analysis, index, described, framed)


def _related_names(claims: Iterable[Claim]) -> str:
    """The claims' sources as one phrase, each named once, in order."""
    return join_names(list(dict.fromkeys(_named_as_written(c) for c in claims)))


# "both Vindman and Williams": two named people as one source.
_PAIR = re.compile(
    r"(?:both\s+)?([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*\s+and\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)"
)


def _named_as_written(claim: Claim) -> str:
    """The source's name, or the pair the article names when the analysis took one of two
    speakers for the source ("both Vindman and Williams" -> "Vindman and Williams", not
    "Alexander Vindman" alone)."""
    pair = _PAIR.fullmatch(claim.source_text.strip())
    surname = claim.source.split()[-1] if claim.source.split() else ""
    if pair and surname and surname in pair.group(1).split():
        return pair.group(1)
    return display_name(claim.source)


def status_note(claim: Claim, analysis: Analysis | None = None) -> str:
    """One sentence on what the article does with the claim (DOMAIN section 2)."""
    text = analysis.article.text if analysis is not None else ""
    who = name_in(claim.source, text)
    related = [
        analysis.claims[j]
        for j in claim.related
        if analysis is not None and 0 <= j < len(analysis.claims)
    ]
    # The sources that make the status plain (status_checks.status_support) when there are
    # any: a corroborating source of a disputed claim does not reject it.
    supporting = _supporting(claim, analysis)
    related = supporting or related
    # A party the article describes ("the Afghan government") is named when it is the one
    # that makes the dispute plain (status_checks.status_support accepts it).
    against = [
        c for c in related if c.source != claim.source and (named_source(c) or c in supporting)
    ]
    rejecters = _related_names(against)
    # "rejects" for words of rejection; a rebuttal ("However, ...") only contradicts it.
    verb = "contradict" if supporting and not any(map(is_rejection, supporting)) else "reject"
    several = len({c.source for c in against}) > 1 or " and " in rejecters
    verb += "" if several else "s"
    agreeing = _related_names(
        c for c in related if not same_source(c.source, claim.source) and named_source(c)
    )
    note = {
        "attributed": (
            # What "attributed" means, not a claim about the whole article: the analysis may
            # have missed a source that backs the point, and "gives no independent support"
            # would then be false.
            f"The article reports this as a claim by {who} and does not itself verify it,"
            " so it is attributed, not verified."
        ),
        "corroborated": (
            (
                f"The same point comes from {agreeing}, independent of {who}, so the article"
                " corroborates it."
            )
            if agreeing
            else (
                "An independent source or a cited record in the article agrees, so the article"
                " corroborates it."
            )
        ),
        "disputed": (
            f"The article reports this as a claim by {who}, and"
            f" {_disputer(claim, rejecters, verb)} it: it is disputed, not verified."
        ),
        "unattributed": (
            "The outlet states this in its own voice, naming no source: the article itself"
            " stands behind it."
        ),
    }.get(claim.status, "")
    return note + (cautions(claim, analysis) if analysis is not None else "")


def _disputer(claim: Claim, rejecters: str, verb: str) -> str:
    """Who disputes the claim, with the verb: the named rejecters, the article itself where
    only its own voice sets evidence against it, else another source."""
    if rejecters:
        return f"{rejecters} {verb}"
    if disputed_by_outlet(claim):
        return "the article itself contradicts"
    return "another source in the article rejects"


def _supporting(claim: Claim, analysis: Analysis | None) -> list[Claim]:
    """The claims status_checks.status_support finds for ``claim``, in ``analysis``."""
    from quizapp.core.questions.status_checks import status_support  # it imports this module

    index = next((k for k, c in enumerate(analysis.claims) if c is claim), -1) if analysis else -1
    if analysis is None or index < 0:
        return []
    return [analysis.claims[j] for j in status_support(analysis, index)]


def cautions(claim: Claim, analysis: Analysis) -> str:
    """What a status note adds for words of the evidence a learner could misread: a
    distancing word before the cue, the source's own "disputed" beside "attributed"."""
    who = name_in(claim.source, analysis.article.text)
    index = next((k for k, c in enumerate(analysis.claims) if c is claim), -1)
    shown = claim_evidence(analysis, [index])[0] if index >= 0 else claim.evidence
    return distancing_note(claim, analysis, who) + rejection_note(claim, shown, who)
