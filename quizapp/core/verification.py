"""What the article does with each claim: attributed, corroborated, disputed, unattributed.

DOMAIN section 2, read the same way every time:
- disputed: another source rejects the claim or its source ("should not be considered
  reliable", "denied", "dismissed") or sets contrary evidence against the same point; the
  rejecting claim itself stays attributed unless something rejects it in turn;
- corroborated: a source independent of the first (not the same party, not its own office)
  or a cited record states the same point: the same figure of the same thing, or strongly
  overlapping content;
- figures that differ but count different things, or that no one sets against each other,
  leave both claims attributed;
- sentences in the outlet's own voice become claims with status "unattributed".

Everything here works on words and spans, not on a model, so hand-built claims can be
assessed in tests; the Doc, when given, only sharpens sentences and what a figure counts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quizapp.core.agreements import named_thing, names_same_thing
from quizapp.core.claim_figures import (
    clock_times,
    counts_something,
    exact_figure,
    extract_figures,
    near_values,
    same_figure,
)
from quizapp.core.claims import Article, Claim
from quizapp.core.disputes import disputed_targets, is_rejection
from quizapp.core.outlet_disputes import REASON, outlet_rebuttals
from quizapp.core.parties import describe, same_party, unnamed
from quizapp.core.rebuttals import rebuttals
from quizapp.core.source_profiles import SourceProfile, source_profiles
from quizapp.core.wording import content_words, negated, same_content

if TYPE_CHECKING:
    from spacy.tokens import Doc


def assess_claims(
    claims: list[Claim],
    article: Article,
    doc: Doc | None = None,
    profiles: Sequence[SourceProfile] | None = None,
) -> list[Claim]:
    """Set figures, status, status_reason and related for every claim, in place.

    Claims already marked "unattributed" (the outlet's own statements) keep that status.
    """
    profiles = profiles if profiles is not None else source_profiles(claims, doc, article)
    for i, claim in enumerate(claims):
        claim.figures = extract_figures(claim, article.text, doc)
        for figure in claim.figures:
            figure.claim = i
    disputed_by: dict[int, list[int]] = {}
    rejects: dict[int, list[int]] = {}
    for r, claim in enumerate(claims):
        if claim.status == "unattributed":
            continue
        for t in disputed_targets(r, claims, profiles):
            disputed_by.setdefault(t, []).append(r)
            rejects.setdefault(r, []).append(t)
    # A rebuttal ("However, ...") disputes the rejection it answers and states the same
    # point as the claim that rejection rejected.
    answered = rebuttals(claims, profiles, rejects)
    for c, r, _ in answered:
        disputed_by.setdefault(r, []).append(c)
        rejects.setdefault(c, []).append(r)
    corroborated_by = _corroborations(claims, profiles, rejects, doc)
    for c, _, t in answered:
        if not same_party(profiles[c], profiles[t]) and not unnamed(profiles[t]):
            corroborated_by.setdefault(c, []).append(t)
            corroborated_by.setdefault(t, []).append(c)
    # The outlet's own contrary evidence ("In fact, records show ..."): it disputes, but is
    # no party whose rejection corroborates another's.
    outlet = {t: (o, words) for t, o, words in outlet_rebuttals(claims)}
    for i, claim in enumerate(claims):
        if claim.status == "unattributed":
            claim.status_reason = claim.status_reason or (
                "unattributed: stated in the article's own voice, with no source"
            )
        elif i in disputed_by:
            _set_disputed(claims, i, profiles, disputed_by[i], corroborated_by.get(i, []))
        elif i in outlet:
            _set_disputed_by_outlet(claim, *outlet[i], corroborated_by.get(i, []))
        elif i in corroborated_by:
            _set_corroborated(claims, i, profiles, corroborated_by[i])
        else:
            _set_attributed(claim, profiles[i], [profiles[t] for t in rejects.get(i, [])])
            claim.related = sorted(rejects.get(i, []))
    return claims


def _corroborations(
    claims: Sequence[Claim],
    profiles: Sequence[SourceProfile],
    rejects: dict[int, list[int]],
    doc: Doc | None = None,
) -> dict[int, list[int]]:
    """For each claim, the claims that corroborate it: pairs that state the same point, then
    independent parties that reject the same claim."""
    corroborated_by: dict[int, list[int]] = {}
    # Cheap keys first: a pair can only corroborate with a shared figure value or shared
    # content words, so most of the n*n pairs are dropped before any closer look.
    values = [{round(f.value, 6) for f in [*c.figures, *clock_times(c.content, 0)]} for c in claims]
    words = [content_words(c.content) for c in claims]
    said = [_predication(c, doc) for c in claims]
    for i, a in enumerate(claims):
        if a.status == "unattributed":
            continue
        for j in range(i + 1, len(claims)):
            b = claims[j]
            if b.status == "unattributed":
                continue
            shared_value = values[i] and values[j] and near_values(values[i], values[j])
            same_said = said[i] is not None and said[i] == said[j]
            if not (shared_value or same_said or len(words[i] & words[j]) >= 3):
                continue
            if j in rejects.get(i, []):
                continue
            if _corroborates(a, b, profiles[i], profiles[j]) or (
                same_said and _may_corroborate(a, b, profiles[i], profiles[j])
            ):
                corroborated_by.setdefault(i, []).append(j)
                corroborated_by.setdefault(j, []).append(i)
    for i, j in _joint_rejections(rejects, profiles) + _same_thing_named(claims, profiles):
        corroborated_by.setdefault(i, []).append(j)
        corroborated_by.setdefault(j, []).append(i)
    return corroborated_by


def _same_thing_named(
    claims: Sequence[Claim], profiles: Sequence[SourceProfile]
) -> list[tuple[int, int]]:
    """Pairs of independent claims where one acknowledges a thing by naming it and the other
    asserts the same thing (agreements.py: "acknowledged significant staffing shortages")."""
    pairs = []
    for i, a in enumerate(claims):
        thing = named_thing(a) if a.status != "unattributed" else None
        if thing is None or unnamed(profiles[i]):
            continue
        for j, b in enumerate(claims):
            if (
                j != i
                and b.status != "unattributed"
                and not unnamed(profiles[j])
                and not same_party(profiles[i], profiles[j])
                and not _nested(a, b)
                and names_same_thing(thing, b)
            ):
                pairs.append((i, j))
    return pairs


def _set_disputed(
    claims: Sequence[Claim],
    i: int,
    profiles: Sequence[SourceProfile],
    disputed_by: list[int],
    corroborated_by: list[int],
) -> None:
    r = disputed_by[0]
    claim = claims[i]
    claim.status = "disputed"
    claim.status_reason = (
        f"disputed: {describe(profiles[r])} "
        f"{'rejects' if is_rejection(claims[r]) else 'contradicts'} this: "
        f"{_quote(_said(claims[r]))}"
    )
    claim.related = sorted(set(disputed_by) | set(corroborated_by))


def _set_disputed_by_outlet(
    claim: Claim, statement: int | None, words: str, corroborated_by: list[int]
) -> None:
    claim.status = "disputed"
    claim.status_reason = f"{REASON}: {_quote(words)}"
    claim.related = sorted({*([] if statement is None else [statement]), *corroborated_by})


def _set_corroborated(
    claims: Sequence[Claim], i: int, profiles: Sequence[SourceProfile], corroborated_by: list[int]
) -> None:
    j = corroborated_by[0]
    claim = claims[i]
    claim.status = "corroborated"
    claim.status_reason = (
        f"corroborated: {describe(profiles[j])}, an independent source, states the same "
        f"point: {_quote(claims[j].content)}"
    )
    claim.related = sorted(corroborated_by)


def _set_attributed(
    claim: Claim, profile: SourceProfile, rejected: Sequence[SourceProfile]
) -> None:
    claim.status = "attributed"
    who = profile.name or "an unnamed source"
    reason = f"attributed: reported as {who}'s claim; the article gives no independent support"
    if rejected:
        reason += "; it rejects " + ", ".join(f"{describe(p)}'s claim" for p in rejected)
    claim.status_reason = reason


def _joint_rejections(
    rejects: dict[int, list[int]], profiles: Sequence[SourceProfile]
) -> list[tuple[int, int]]:
    """Pairs of claims by independent parties that reject the same claim: each states the
    point the other makes ("the ministry's figure is false"), so each corroborates the other.
    The same party's or its own office's rejections only repeat it."""
    pairs = []
    rejecters = sorted(rejects)
    for n, i in enumerate(rejecters):
        for j in rejecters[n + 1 :]:
            if set(rejects[i]) & set(rejects[j]) and not same_party(profiles[i], profiles[j]):
                pairs.append((i, j))
    return pairs


def _corroborates(a: Claim, b: Claim, pa: SourceProfile, pb: SourceProfile) -> bool:
    if "unattributed" in (a.status, b.status) or same_party(pa, pb):
        return False
    if unnamed(pa) or unnamed(pb) or _nested(a, b):
        return False
    if is_rejection(a) != is_rejection(b):
        return False
    pairs = [(fa, fb) for fa in a.figures for fb in b.figures if same_figure(fa, fb)]
    # An exact figure ("1,300", "17", "6:40 a.m.") is rarely the same by chance: said of the
    # same matter, it is the same point even if the two name what it counts differently
    # ("17 people infected", "17 cases confirmed").
    # (Times of day are compared here only: they are no figure for a question to compare.)
    exact = [
        (fa, fb)
        for fa in [*a.figures, *clock_times(a.content, 0)]
        for fb in [*b.figures, *clock_times(b.content, 0)]
        if exact_figure(fa) and exact_figure(fb) and near_values({fa.value}, {fb.value})
    ]
    if pairs or exact:
        # The same figure of the same thing, said about the same matter: the sentences share
        # words beyond the figure itself ("lead", "water"; not just "10 judges").
        figure_words: set[str] = set()
        for fa, fb in pairs + exact:
            figure_words |= content_words(f"{fa.text} {fa.counts} {fb.text} {fb.counts}")
        shared = content_words(a.evidence or a.content) & content_words(b.evidence or b.content)
        beyond = len(shared - figure_words)
        exact_same = [p for p in exact if same_figure(*p)]
        return beyond >= 2 or bool(exact_same) and any(exact_figure(f, 100) for f, _ in exact_same)
    if counts_something(a) and counts_something(b):
        return False  # both count something and no figure agrees: not the same point
    if negated(a.content) != negated(b.content):
        return False  # one says it happened, the other that it did not
    return same_content(a, b)


def _may_corroborate(a: Claim, b: Claim, pa: SourceProfile, pb: SourceProfile) -> bool:
    """Two claims that say the same thing of the same subject in their own words ("a
    switch could stick" and "the switch stuck") corroborate when independent parties make
    them and neither negates or rejects what the other says."""
    if same_party(pa, pb) or unnamed(pa) or unnamed(pb) or _nested(a, b):
        return False
    return is_rejection(a) == is_rejection(b) and negated(a.content) == negated(b.content)


# Verbs too light to make a point of their own: "the company is ...", "the plan has ...".
_LIGHT_VERBS = frozenset(
    ["be", "have", "do", "get", "make", "take", "go", "come", "become", "remain", "say"]
)


def _predication(claim: Claim, doc: Doc | None) -> tuple[str, str, str] | None:
    """What the main clause of a claim's content says of what: the lemmas of its subject's
    head, its verb and its object's head ("the switch stuck in three of them" -> switch,
    stick, ""). None without a parse, for a light verb, or for a subject that is no noun
    (a pronoun may stand for anything)."""
    if doc is None or not claim.content_spans:
        return None
    s, e = claim.content_spans[0]
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = span.root
    if verb.pos_ != "VERB" or verb.lemma_.lower() in _LIGHT_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return subject.lemma_.lower(), verb.lemma_.lower(), obj.lemma_.lower() if obj else ""


def _nested(a: Claim, b: Claim) -> bool:
    """One statement, not two: overlapping content, or one claim inside the other's content
    ("X said that Y said ..."). A second source must say it in its own words."""
    spans_a = [*a.content_spans, *a.source_spans]
    spans_b = [*b.content_spans, *b.source_spans]
    return any(s1 < e2 and s2 < e1 for s1, e1 in spans_a for s2, e2 in spans_b) or (
        a.evidence_span != (0, 0) and a.evidence_span == b.evidence_span
    )


def _said(claim: Claim) -> str:
    """What a claim says, or its whole sentence when the content is only "that claim"."""
    if len(claim.content.split()) < 4 and claim.evidence:
        return claim.evidence
    return claim.content


def _quote(text: str, limit: int = 160) -> str:
    text = re.sub(r"\s+", " ", text).strip().strip('"“”')
    if len(text) > limit:
        text = text[: limit - 1].rsplit(" ", 1)[0] + "…"
    return f"'{text}'"
