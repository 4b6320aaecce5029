"""Span-level attribution extraction: who (source) says (cue) what (content).

Two CRFs trained on PolNeAR (``scripts/train_attribution.py``) do the work:

1. a cue tagger labels cue tokens (BIO) sentence by sentence;
2. for each cue, a role tagger labels SOURCE / CONTENT tokens in the cue's sentence and
   the next one, with features relative to that cue (dependency branch, side, quotes,
   other cues in between).

Rules then handle what the CRFs get wrong or cannot see:

- when the best path gives a cue no content or no source, the role marginals are read
  instead, and failing that the syntax (the cue's complement, its subject);
- a direct quote is taken whole, even past the role window;
- "A. B, X said.": the sentence before, in the same paragraph and with no cue of its own,
  belongs to the same statement;
- "In addition, ..." right after a report continues that report (a second claim);
- "according to X": X is the source; a relative pronoun source is named by its
  antecedent ("a report by CSIS, which estimated" -> CSIS);
- layout cues the corpus rarely shows: "SPEAKER: words" lines, "quote ― Name" signatures.

spaCy is not imported here: the caller (``nlp.py``) parses, this module reads the Doc.
Module constants are the tuning knobs ``scripts/eval_attribution.py --set`` turns.
"""

from __future__ import annotations

import gc
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.core.attribution_features import (
    DocFeatures,
    cue_head,
    doc_features,
    role_features,
)
from quizapp.core.attribution_layout import layout_claims
from quizapp.core.attribution_rules import (
    cue_faults,
    cue_subject,
    fill_clause,
    not_nested,
    paragraph_of_cue,
    repair_source,
    speakers_of,
)
from quizapp.core.attribution_runs import (
    body_runs,
    claim_from_spans,
    evidence_span,
    in_body,
    merge,
    overlap,
    quote_range,
    runs,
    trim,
)
from quizapp.core.attribution_spans import (
    extend_back,
    minus_set,
    refine,
    rule_content,
    rule_source,
    with_meridiem,
    without_addressee,
)
from quizapp.core.claims import Article, Claim, Span
from quizapp.core.cues import REPORT_VERBS
from quizapp.core.denial_cues import DENIAL_CONF, denial_cues
from quizapp.core.lexicon import DOCUMENT_KINDS, RELATIVE_PRONOUNS

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc

DATA = Path(__file__).resolve().parent / "data"
CUE_MODEL = DATA / "attribution-cue.crfsuite"
ROLE_MODEL = DATA / "attribution-role.crfsuite"

# A cue whose mean marginal falls below this is dropped: a false claim becomes a wrong quiz
# question, so precision comes first. Tuned on polnear-dev.
CUE_THRESHOLD = 0.5
# Claims below this confidence (cue probability x content probability) are dropped: on
# polnear-dev it buys 2-3 points of precision for a few tenths of a point of F1.
MIN_CONFIDENCE = 0.3
# Extra cue tokens from marginals (1 = off). Off while every tagged cue was kept; with the
# parse checks of attribution_rules.py filtering them, 0.4 gains 0.003 F1 on polnear-dev
# (recall +0.01) for a point of precision on realnews-dev.
CUE_MARGINAL = 0.4
MAX_CONTENT_CHARS = 600
FALLBACK_MARGINAL = 0.25  # role marginal that makes a token content when Viterbi gave none
SOURCE_FALLBACK = 0.2  # the same for the source
FALLBACK_RULE = True  # syntax fallback for content and source
RULE_CONTENT_CONF = 0.5
# Claim.confidence = P(cue) x P(content) x P(source): the mean cue marginal, the mean
# CONTENT marginal of the tagged content (RULE_CONTENT_CONF when syntax found it) and the
# mean SOURCE marginal of the source run (RULE_SOURCE_CONF when syntax found it).
RULE_SOURCE_CONF = 0.5
LAYOUT_CONF = 0.9  # "NAME: words" and "quote - Name" lines: sure layout, no marginals
CONTINUATION_CONF = 0.8  # "In addition, ..." after a report: the report's, a bit less sure
LAYOUT_RULES = True
CONTINUATIONS = True
DENIALS = True  # denials the parse shows, however unsure the tagger (denial_cues.py)
EXTEND_BACK = True
CONTINUATION_OPENERS = ("in addition", "additionally", "moreover", "furthermore", "also")
# Parse checks of attribution_rules.py, each switchable for tuning on polnear-dev.
CUE_CHECKS = ("lexicon", "noun", "clause", "passive", "act", "verdict")
DROP_SOURCELESS = True
# A cue the tagger is this sure of passes these checks anyway (1 = off).
SURE_CUE = 1.0
SURE_CUE_PASSES = {"lexicon"}
SOURCE_FROM_PARSE = True
CONTENT_FROM_PARSE = True

_local = threading.local()


def _taggers():
    """One pair of crfsuite taggers per thread (a Tagger is not safe to share)."""
    tg = getattr(_local, "taggers", None)
    if tg is None:
        import pycrfsuite

        cue = pycrfsuite.Tagger()
        cue.open(str(CUE_MODEL))
        role = pycrfsuite.Tagger()
        role.open(str(ROLE_MODEL))
        tg = _local.taggers = (cue, role)
    return tg


def _find_cues(df: DocFeatures, body_tok: list[bool], tagger) -> list[tuple[int, int, float]]:
    """Cue token spans with their confidence (mean of 1 - P(O) over the span)."""
    cues = []
    for s, e in df.sent_bounds:
        if not any(body_tok[s:e]):
            continue
        labels = tagger.tag(df.cue_feats[s:e])
        n = e - s
        if CUE_MARGINAL < 1:
            # A cue the best path just missed is still a cue when its tokens are likely
            # enough on their own (unusual cues rarely win the Viterbi path).
            labels = list(labels)
            for m in range(n):
                if labels[m] == "O" and 1.0 - tagger.marginal("O", m) >= CUE_MARGINAL:
                    labels[m] = "I" if m and labels[m - 1] != "O" else "B"
        k = 0
        while k < n:
            if labels[k] == "O":
                k += 1
                continue
            j = k + 1
            while j < n and labels[j] == "I":
                j += 1
            conf = sum(1.0 - tagger.marginal("O", m) for m in range(k, j)) / (j - k)
            if all(body_tok[s + m] for m in range(k, j)):
                cues.append((s + k, s + j, conf))
            k = j
    return cues


def extract_claims(doc: Doc, article: Article) -> list[Claim]:
    """Every attribution in the article body, as Claims with char spans into article.text.

    source / source_text are the words as written (a pronoun stays "He"); source_type,
    cue_strength and status are left empty for the later steps of the analysis.
    """
    # The feature lists are many small objects that live until the function returns: the
    # cyclic GC would only rescan them (a third of the feature time), so pause it here.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _extract(doc, article)
    finally:
        if was_enabled:
            gc.enable()


def _extract(doc: Doc, article: Article) -> list[Claim]:
    text = article.text
    cue_tagger, role_tagger = _taggers()
    df = doc_features(doc)
    body_tok = in_body(df, article.body, len(text))
    cues = [
        c
        for c in _find_cues(df, body_tok, cue_tagger)
        if c[2] >= CUE_THRESHOLD or c[2] >= CUE_MARGINAL and _document_finds(doc, df, c)
    ]
    if DENIALS:
        taken = [i for s, e, _ in cues for i in range(s, e)]
        cues = sorted(cues + [(s, e, DENIAL_CONF) for s, e in denial_cues(doc, body_tok, taken)])
    cue_spans = [(s, e) for s, e, _ in cues]
    page = _Page(doc, df, text, body_tok, cue_spans, speakers_of(doc, df, cue_spans))
    claims: list[Claim] = []
    scores: list[float] = []  # cue x content probability of each claim, what MIN_CONFIDENCE cuts
    reported: list[tuple[int, list[tuple[int, int]], list[tuple[int, int]], tuple[int, int]]] = []
    for s, e, conf in cues:
        found = _cue_claim(page, (s, e), conf, role_tagger)
        if found is None:
            continue
        claim, score, src, con = found
        scores.append(score)
        claims.append(claim)
        reported.append((len(claims) - 1, src, con, (s, e)))
    if CONTINUATIONS:
        claims += _continuations(df, text, claims, reported, page.cue_set, body_tok, scores)
    if LAYOUT_RULES:
        _add_layout_claims(claims, doc, df, text, body_tok)
    claims.sort(key=lambda c: c.cue_spans[0])
    return claims


def _document_finds(doc: Doc, df: DocFeatures, cue: tuple[int, int, float]) -> bool:
    """A cue the tagger is less sure of whose subject is a document: "The study, which
    used ..., found 27 nights", "a report ..., which found": what a study or report finds is
    its claim, however far the cue stands from its subject."""
    h = doc[cue_head(df, cue[:2])]
    if h.pos_ != "VERB" or h.lemma_.lower() not in REPORT_VERBS:
        return False
    for subject in (c for c in h.children if c.dep_ == "nsubj"):
        noun = subject.head.head if subject.lower_ in RELATIVE_PRONOUNS else subject
        if h.dep_ not in ("relcl",) and subject.lower_ in RELATIVE_PRONOUNS:
            return False
        # "a report by the state office, which found": the office's report
        by = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "by" else None
        if (
            noun.lemma_.lower() in DOCUMENT_KINDS
            or by is not None
            and (by.head.lemma_.lower() in DOCUMENT_KINDS)
        ):
            return True
    return False


class _Page:
    """What every cue of one article is read against: the parse, its features, the text,
    which tokens are body, the cue spans and the speakers the parse found."""

    def __init__(self, doc, df, text, body_tok, cue_spans, speakers) -> None:
        self.doc, self.df, self.text, self.body_tok = doc, df, text, body_tok
        self.cue_spans = cue_spans
        self.cue_set = {i for s, e in cue_spans for i in range(s, e)}
        self.speakers = speakers


def _cue_claim(page: _Page, cue: tuple[int, int], conf: float, role_tagger):
    """The claim one tagged cue introduces, with its cue x content score and its source and
    content token runs; None when it has no content, fails a cue check or is too unsure."""
    doc, df, text, body_tok = page.doc, page.df, page.text, page.body_tok
    s, e = cue
    (lo, hi), src, con_raw = _tagged_roles(df, cue, page.cue_spans, body_tok, role_tagger)
    by_rule = False
    if not con_raw and FALLBACK_RULE:
        con_raw = rule_content(doc, df, (s, e), src)
        by_rule = True
    if not con_raw:
        return None
    if not src and SOURCE_FALLBACK < 1:
        src = _likeliest_source(role_tagger, lo, hi, body_tok)
    if not src and FALLBACK_RULE:
        src = rule_source(doc, df, (s, e), con_raw)
    if by_rule:
        # The tagger's marginals say nothing about a content found by syntax.
        con_conf = RULE_CONTENT_CONF
    else:
        con_conf = sum(
            role_tagger.marginal("C", i - lo) for a, b in con_raw for i in range(a, b)
        ) / sum(b - a for a, b in con_raw)
    con_raw += _whole_quotes(df, s, con_raw)
    fixed = _parse_fixes(page, (s, e), conf, src, merge(con_raw, df))
    if fixed is None:
        return None
    (cs, ce), src, con, named = fixed
    # Boilerplate is blank in the Doc but not in article.text: no span may reach into it.
    con = [r for run in con for r in body_runs(run, body_tok)]
    src = [r for run in src for r in body_runs(run, body_tok)]
    src_spans = [sp for sp in (trim(df, text, r) for r in src) if sp]
    con_spans = [sp for sp in (trim(df, text, r) for r in con) if sp]
    cue_sp = trim(df, text, (cs, ce)) or (df.start[cs], df.end[ce - 1])
    if not con_spans or conf * con_conf < MIN_CONFIDENCE:
        return None
    toks = [s] + [a for a, _ in con] + [b - 1 for _, b in con]
    src_conf = _source_confidence(role_tagger, src, lo, hi)
    claim = claim_from_spans(
        text,
        src_spans,
        [cue_sp],
        con_spans,
        evidence_span(df, text, toks),
        conf * con_conf * src_conf,
    )
    if named:
        claim.source = claim.source_text = named
    return claim, conf * con_conf, src, con


def _tagged_roles(df: DocFeatures, cue, cue_spans, body_tok: list[bool], role_tagger):
    """The role tagger's source and content runs for one cue (in the body), with the token
    window it read. When the best path gives the cue no content, the cue tagger is surer
    than the role tagger here: the content (and then the source) is read off the role
    marginals instead."""
    (lo, hi), feats = role_features(df, cue, cue_spans)
    labels = role_tagger.tag(feats)
    src = [(a, b) for a, b in runs(labels, lo, "S") if all(body_tok[a:b])]
    con_raw = runs(labels, lo, "C")
    if not con_raw and FALLBACK_MARGINAL < 1:
        soft = [
            "C" if role_tagger.marginal("C", k) >= FALLBACK_MARGINAL else "O"
            for k in range(hi - lo)
        ]
        con_raw = runs(soft, lo, "C")
        if con_raw and not src:
            soft = [
                "S" if role_tagger.marginal("S", k) >= FALLBACK_MARGINAL else "O"
                for k in range(hi - lo)
            ]
            src = [(a, b) for a, b in runs(soft, lo, "S") if all(body_tok[a:b])]
    return (lo, hi), src, con_raw


def _likeliest_source(role_tagger, lo: int, hi: int, body_tok: list[bool]) -> list[Span]:
    """One source from the role marginals: the likeliest run, not scattered tokens from the
    whole window."""
    marg = [role_tagger.marginal("S", k) for k in range(hi - lo)]
    soft = ["S" if m >= SOURCE_FALLBACK else "O" for m in marg]
    found = [(a, b) for a, b in runs(soft, lo, "S") if all(body_tok[a:b])]
    return [max(found, key=lambda r: sum(marg[r[0] - lo : r[1] - lo]))] if found else []


def _whole_quotes(df: DocFeatures, s: int, con_raw: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A direct quote is one statement: the whole of every quote the content reaches into
    (other than one the cue itself stands in), even past the role window."""
    qs = {df.quote[i] for a, b in con_raw for i in range(a, b) if df.quote[i] >= 0}
    qs.discard(df.quote[s])
    out = []
    for q in qs:
        near = next(i for a, b in con_raw for i in range(a, b) if df.quote[i] == q)
        out.append(quote_range(df, q, near))
    return out


def _parse_fixes(page: _Page, cue, conf: float, src, con):
    """Source and content fixed from the parse, the cue checked; None when the cue fails a
    check or no one says it. Returns the cue run, source runs, content runs, and the name a
    relative pronoun source stands for."""
    doc, df = page.doc, page.df
    s, e = cue
    if EXTEND_BACK:
        con = extend_back(df, (s, e), con, page.cue_set, page.text)
    src = merge(src, df)
    if SOURCE_FROM_PARSE:
        subject = cue_subject(doc, df, (s, e)) or rule_source(doc, df, (s, e), con)
        src = repair_source(doc, df, (s, e), src, subject)
    (cs, ce), src, con, named = refine(doc, df, (s, e), src, con)
    con = without_addressee(doc, df, (cs, ce), con)
    faults = set(cue_faults(doc, df, (cs, ce), con)) & set(CUE_CHECKS)
    if conf >= SURE_CUE:
        faults -= SURE_CUE_PASSES
    if faults:
        return None
    if DROP_SOURCELESS and not src and " ".join(df.lower[cs:ce]) != "according to":
        return None  # no one says it: not an attribution the quiz can ask about
    if CONTENT_FROM_PARSE:
        others = not_nested(doc, df, (s, e), page.speakers) - {
            i for a, b in src for i in range(a, b)
        }
        con = fill_clause(doc, df, (cs, ce), con, src, others)
        con = [r for run in con for r in minus_set(run, others)]
        con = paragraph_of_cue(df, (cs, ce), con)
    con = [with_meridiem(df, run) for run in con]
    return (cs, ce), src, con, named


def _add_layout_claims(claims: list[Claim], doc: Doc, df: DocFeatures, text: str, body_tok):
    """Claims marked by layout ("SPEAKER: words", "quote ― Name"), unless a claim already
    has the cue."""
    for src_t, cue_t, con_t in layout_claims(doc, df, text, body_tok):
        cue_sp = cue_t
        con_sp = [sp for sp in (trim(df, text, r) for r in con_t) if sp]
        src_sp = [sp for sp in [trim(df, text, src_t)] if sp]
        if not con_sp or any(overlap(c.cue_spans, [cue_sp]) for c in claims):
            continue
        toks = [src_t[0], src_t[1] - 1, con_t[0][0], con_t[-1][1] - 1]
        claims.append(
            claim_from_spans(
                text, src_sp, [cue_sp], con_sp, evidence_span(df, text, toks), LAYOUT_CONF
            )
        )


def _source_confidence(role_tagger, src: list[tuple[int, int]], lo: int, hi: int) -> float:
    """How sure the role tagger is of the source: the mean SOURCE marginal over the best
    source run inside its window; RULE_SOURCE_CONF for a source it never saw (found by
    syntax outside the window, or none)."""
    means = []
    for a, b in src:
        inside = range(max(a, lo), min(b, hi))
        if len(inside):
            means.append(sum(role_tagger.marginal("S", i - lo) for i in inside) / len(inside))
    return max(means + [RULE_SOURCE_CONF])


def _continuations(df, text, claims, reported, cue_set, body_tok, scores) -> list[Claim]:
    """ "In addition, more than 36,000 ..." right after "X reported that ..." is X's report
    too: the next sentence opens with an additive connective and has no cue of its own."""
    out = []
    for idx, src, con, (s, _e) in reported:
        k = df.sent[s]
        if not src or k + 1 >= len(df.sent_bounds):
            continue
        if max(b for _, b in con) > df.sent_bounds[k][1]:
            continue  # the content already runs on into the next sentence
        ns, ne = df.sent_bounds[k + 1]
        while ns < ne and df.is_space[ns]:
            ns += 1
        if ns >= ne or not any(body_tok[ns:ne]):
            continue
        opener = text[df.start[ns] : df.start[ns] + 20].lower()
        if not any(
            opener.startswith(o + ",") or opener.startswith(o + " ") for o in CONTINUATION_OPENERS
        ):
            continue
        if any(i in cue_set for i in range(ns, ne)) or df.any_quoted(ns, ne):
            continue
        if "\n\n" in text[df.end[s] : df.start[ns]]:
            continue
        sp = trim(df, text, (ns, ne))
        if not sp or sp[1] - sp[0] > MAX_CONTENT_CHARS:
            continue
        base = claims[idx]
        if scores[idx] * CONTINUATION_CONF < MIN_CONFIDENCE:
            continue
        ev = evidence_span(df, text, [s, ne - 1])
        out.append(
            claim_from_spans(
                text,
                base.source_spans,
                base.cue_spans,
                [sp],
                ev,
                base.confidence * CONTINUATION_CONF,
            )
        )
    return out


def extract_claims_many(docs: Iterable[Doc], articles: Iterable[Article]) -> list[list[Claim]]:
    """extract_claims over parallel sequences of Docs and Articles."""
    return [extract_claims(d, a) for d, a in zip(docs, articles, strict=True)]
