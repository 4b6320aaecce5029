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
from bisect import bisect_left
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.core.attribution_features import (
    DocFeatures,
    cue_head,
    doc_features,
    role_features,
)
from quizapp.core.attribution_rules import (
    cue_faults,
    cue_subject,
    fill_clause,
    not_nested,
    paragraph_of_cue,
    repair_source,
    speakers_of,
)
from quizapp.core.claims import Article, Claim, Span
from quizapp.core.cues import NOUNS
from quizapp.core.lexicon import RELATIVE_PRONOUNS

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
EXTEND_BACK = True
CONTINUATION_OPENERS = ("in addition", "additionally", "moreover", "furthermore", "also")
# Parse checks of attribution_rules.py, each switchable for tuning on polnear-dev.
CUE_CHECKS = ("lexicon", "noun", "clause", "passive")
DROP_SOURCELESS = True
# A cue the tagger is this sure of passes these checks anyway (1 = off).
SURE_CUE = 1.0
SURE_CUE_PASSES = {"lexicon"}
SOURCE_FROM_PARSE = True
CONTENT_FROM_PARSE = True
PUNCT_EDGE = set(" \t\n\r\"'“”‘’,.;:—–-()")

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


def _in_body(df: DocFeatures, body: list[Span], n_text: int) -> list[bool]:
    """Which tokens lie wholly inside a body span (no body means all of the text)."""
    out = [False] * df.n
    for s, e in body or [(0, n_text)]:
        i = bisect_left(df.start, s)
        while i < df.n and df.start[i] < e:
            if df.end[i] <= e and not df.is_space[i]:
                out[i] = True
            i += 1
    return out


def _runs(labels: list[str], lo: int, tag: str) -> list[tuple[int, int]]:
    out = []
    start = None
    for k, lab in enumerate(labels + ["O"]):
        if lab == tag and start is None:
            start = k
        elif lab != tag and start is not None:
            out.append((lo + start, lo + k))
            start = None
    return out


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


def _trim(df: DocFeatures, text: str, run: tuple[int, int]) -> Span | None:
    """Char span of a token run without edge spaces and punctuation (quotes are kept off
    the edges too, the scorer trims them the same way)."""
    s, e = run
    if s >= e:
        return None
    cs, ce = df.start[s], df.end[e - 1]
    while cs < ce and text[cs] in PUNCT_EDGE:
        cs += 1
    while ce > cs and text[ce - 1] in PUNCT_EDGE:
        ce -= 1
    return (cs, ce) if cs < ce else None


def _quote_range(df: DocFeatures, q: int, near: int) -> tuple[int, int]:
    lo = near
    while lo > 0 and df.quote[lo - 1] == q:
        lo -= 1
    hi = near
    while hi < df.n and df.quote[hi] == q:
        hi += 1
    return lo, hi


def _evidence(df: DocFeatures, text: str, toks: list[int]) -> Span:
    first = df.sent_bounds[min(df.sent[i] for i in toks)][0]
    last = df.sent_bounds[max(df.sent[i] for i in toks)][1] - 1
    while last > first and df.is_space[last]:
        last -= 1
    while first < last and df.is_space[first]:
        first += 1
    return df.start[first], df.end[last]


def _overlap(a: list[Span], b: list[Span]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _join(text: str, spans: list[Span]) -> str:
    """Fragments as one string; a gap of only spaces and punctuation is kept as written
    (the full stop between two sentences of one statement)."""
    out = ""
    prev = None
    for s, e in spans:
        if prev is not None:
            gap = text[prev:s]
            out += gap if len(gap) <= 3 and not gap.strip(" \n.,;:") else " … "
        out += text[s:e]
        prev = e
    return out


def _claim(
    text: str,
    source: list[Span],
    cue: list[Span],
    content: list[Span],
    evidence: Span,
    confidence: float,
) -> Claim:
    source_text = " ".join(text[s:e] for s, e in source)
    return Claim(
        source=source_text,
        source_text=source_text,
        source_type="",
        cue=" ".join(text[s:e] for s, e in cue),
        cue_strength="",
        content=_join(text, content),
        status="",
        evidence=text[evidence[0] : evidence[1]],
        source_spans=source,
        cue_spans=cue,
        content_spans=content,
        evidence_span=evidence,
        confidence=round(confidence, 3),
    )


def _merge(runs: list[tuple[int, int]], df: DocFeatures) -> list[tuple[int, int]]:
    """Join runs separated only by spaces or punctuation (one fragment, not three)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(runs):
        if out and all(df.is_space[i] or df.pos[i] == "PUNCT" for i in range(out[-1][1], s)):
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


def _rule_content(
    doc: Doc, df: DocFeatures, cue: tuple[int, int], src: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Content by syntax when the role tagger finds none: the cue's clausal complement, or
    else the clause the cue is parenthetical to ("X, he said, Y")."""
    s, e = cue
    h = doc[cue_head(df, cue)]
    # "told reporters the plant would reopen": the addressee is not what was said.
    comp = [c for c in h.children if c.dep_ in ("ccomp", "xcomp")] or [
        c for c in h.children if c.dep_ in ("dobj", "attr")
    ]
    if comp:
        return [(c.left_edge.i, c.right_edge.i + 1) for c in comp]
    ss, se = df.sent_bounds[df.sent[s]]
    taken = set(range(h.left_edge.i, h.right_edge.i + 1)) if h.head.i != h.i else set()
    taken |= set(range(s, e))
    for a, b in src:
        taken |= set(range(a, b))
    runs = []
    start = None
    for i in range(ss, se + 1):
        free = i < se and i not in taken and not df.is_space[i]
        if free and start is None:
            start = i
        elif not free and start is not None:
            runs.append((start, i))
            start = None
    runs = [r for r in runs if sum(df.pos[i] != "PUNCT" for i in range(*r)) >= 3]
    return [max(runs, key=lambda r: r[1] - r[0])] if runs else []


def _rule_source(
    doc: Doc, df: DocFeatures, cue: tuple[int, int], content: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Source by syntax when the role tagger finds none: the subject of the cue (or of the
    verb it hangs from: "X says ... and said", "X wants to ..."), or the passive agent."""
    h = doc[cue_head(df, cue)]
    inside = {i for a, b in content for i in range(a, b)}
    for _ in range(3):
        for c in h.children:
            if c.dep_ in ("nsubj", "agent", "poss") and c.i not in inside:
                t = c
                if c.dep_ == "agent":
                    t = next((g for g in c.children if g.dep_ == "pobj"), None)
                if t is not None and t.lower_ not in ("it", "there"):
                    return [(t.left_edge.i, t.right_edge.i + 1)]
        if h.dep_ not in ("xcomp", "conj", "advcl", "relcl", "acl") or h.head.i == h.i:
            break
        if h.dep_ in ("relcl", "acl") and h.head.pos_ in ("NOUN", "PROPN"):
            t = h.head
            return [(t.left_edge.i, t.i + 1)]
        h = h.head
    return []


PLACE_PREPS = {"in", "at", "on", "from", "near", "during"}


def _name_span(tok) -> tuple[int, int]:
    """A noun phrase without its trailing place or time modifiers and clauses ("the Center
    for Strategic and International Studies in the United States" -> up to "Studies")."""
    end = tok.right_edge.i + 1
    for t in tok.subtree:
        if t.i > tok.i and (
            (t.dep_ == "prep" and t.lower_ in PLACE_PREPS) or t.dep_ in ("relcl", "acl")
        ):
            end = min(end, t.left_edge.i)
    while end > tok.i + 1 and tok.doc[end - 1].pos_ == "PUNCT":
        end -= 1
    return tok.left_edge.i, end


def _antecedent(rel) -> tuple[int, int] | None:
    """What a relative pronoun source stands for. A report-like noun with "by X" gives X
    ("a report by CSIS ..., which estimated" -> CSIS)."""
    verb = rel.head
    if verb.dep_ not in ("relcl", "acl") or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    chain = [verb.head]
    while chain[-1].dep_ == "pobj" and chain[-1].head.dep_ == "prep" and len(chain) < 5:
        chain.append(chain[-1].head.head)
    for noun in chain:
        if noun.lemma_.lower() in NOUNS:
            for prep in noun.children:
                if prep.dep_ in ("prep", "agent") and prep.lower_ == "by":
                    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                    if obj is not None:
                        return _name_span(obj)
    return _name_span(chain[0])


def _refine(doc, df: DocFeatures, cue, src, con):
    """Syntax-sure fixes to the tagged spans.

    - "according to X": X is the source and never part of the content.
    - A leading adverb, possessive or punctuation is not the cue ("also noted" -> "noted").
    - Content stopped a few words short of the end of its phrase is completed.
    - Content that starts inside the cue's own modifier ("stated during a live televised
      event that ...") starts at the complement instead.
    - A relative pronoun source ("..., which estimated") is named by its antecedent; the
      pronoun's span stays too, since PolNeAR marks the pronoun itself.
    """
    s, e = cue
    named = ""
    # The cue's own words are neither source nor content.
    con = [r for part in con for r in _minus(part, cue)]
    src = [r for part in src for r in _minus(part, cue)]
    words = " ".join(df.lower[s:e])
    if words == "according to" and e < df.n:
        obj = next((c for c in doc[e - 1].children if c.dep_ == "pobj"), None)
        if obj is not None:
            a, b = obj.left_edge.i, obj.right_edge.i + 1
            src = [(a, b)]
            con = [r for part in con for r in _minus(part, (a, b))]
    while e - s > 1 and (
        (df.pos[s] in ("ADV", "PART") and df.pos[s + 1] in ("VERB", "AUX"))
        or df.lower[s] in ("'s", "’s", "s")
        or df.pos[s] == "PUNCT"
    ):
        s += 1
    h = doc[cue_head(df, (s, e))]
    comp = next((c for c in h.children if c.dep_ == "ccomp" and c.i > h.i), None)
    if comp is not None and con and doc[comp.left_edge.i].dep_ == "mark":
        lo = comp.left_edge.i
        mods = [c for c in h.children if c.dep_ in ("prep", "npadvmod", "advmod") and e <= c.i < lo]
        if mods:
            cut = {i for m in mods for i in range(m.left_edge.i, m.right_edge.i + 1)}
            con = [r for part in con for r in _minus_set(part, cut)]
    con = [_complete(doc, df, run, (s, e), src) for run in con]
    if len(src) == 1 and src[0][1] - src[0][0] == 1 and df.lower[src[0][0]] in RELATIVE_PRONOUNS:
        ante = _antecedent(doc[src[0][0]])
        if ante is not None:
            named = doc.text[df.start[ante[0]] : df.end[ante[1] - 1]]
            src = [ante, src[0]]
    return (s, e), src, con, named


def _body_runs(run: tuple[int, int], body_tok: list[bool]) -> list[tuple[int, int]]:
    """A token run split around the tokens outside the body."""
    return _runs(["B" if body_tok[i] else "O" for i in range(*run)], run[0], "B")


def _complete(doc, df: DocFeatures, run, cue, src) -> tuple[int, int]:
    """Extend a content run to the end of its own phrase when the tagger stopped a few
    words short ("came back on February" -> "... February 3")."""
    a, b = run
    top = next((i for i in range(a, b) if not a <= df.head[i] < b or df.head[i] == i), None)
    if top is None:
        return run
    end = doc[top].right_edge.i + 1
    if end <= b or end - b > 3 or df.sent[end - 1] != df.sent[a]:
        return run
    if any(df.is_space[i] for i in range(b, end)):
        return run
    busy = set(range(*cue)) | {i for x, y in src for i in range(x, y)}
    if any(i in busy for i in range(b, end)):
        return run
    return a, end


def _minus(run: tuple[int, int], cut: tuple[int, int]) -> list[tuple[int, int]]:
    a, b = run
    out = []
    if a < cut[0]:
        out.append((a, min(b, cut[0])))
    if b > cut[1]:
        out.append((max(a, cut[1]), b))
    return [r for r in out if r[0] < r[1]]


def _minus_set(run: tuple[int, int], cut: set[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for i in range(*run):
        if i in cut:
            continue
        if out and out[-1][1] == i:
            out[-1] = (out[-1][0], i + 1)
        else:
            out.append((i, i + 1))
    return out


def _extend_back(
    df: DocFeatures,
    cue: tuple[int, int],
    content: list[tuple[int, int]],
    cue_set: set[int],
    text: str,
) -> list[tuple[int, int]]:
    """ "A. B, X said." - when the content opens the cue's sentence and the cue closes it,
    the sentence before, in the same paragraph and with no cue of its own, is part of the
    same statement (the reporter does not repeat "X said" after every sentence)."""
    if not content:
        return content
    k = df.sent[cue[0]]
    s0, e0 = df.sent_bounds[k]
    first = min(s for s, _ in content)
    if k == 0 or first > s0 + 1 or max(e for _, e in content) > cue[0]:
        return content
    ps, pe = df.sent_bounds[k - 1]
    if any(i in cue_set for i in range(ps, pe)) or "\n" in text[df.start[ps] : df.start[s0]]:
        return content
    if any(df.quote[i] >= 0 for i in range(ps, e0)):
        return content
    if any(s < pe for s, _ in content):
        return content
    return [(ps, pe)] + content


NAME_POS = {"PROPN", "NOUN", "DET", "CCONJ", "PUNCT", "ADJ", "NUM", "PART"}
NOT_SPEAKERS = {
    "update",
    "updates",
    "related",
    "watch",
    "video",
    "photo",
    "photos",
    "note",
    "editor",
    "read",
    "breaking",
    "source",
    "sources",
    "credit",
    "image",
    "see",
    "correction",
    "clarification",
    "editors",
    "disclosure",
    "caption",
}
DASHES = {"―", "—", "–", "--"}
DASH_CHARS = "―—–"


def _speaker(df: DocFeatures, text: str, a: int, b: int) -> bool:
    """Tokens a..b look like a speaker's name: short, capitalised, no verb, and either a
    named entity or an all-capitals transcript label."""
    toks = [i for i in range(a, b) if not df.is_space[i]]
    if not 1 <= len(toks) <= 6:
        return False
    if any(df.pos[i] not in NAME_POS for i in toks) or df.lower[toks[0]] in NOT_SPEAKERS:
        return False
    words = [text[df.start[i] : df.end[i]] for i in toks if df.pos[i] != "PUNCT"]
    if not words or not words[0][:1].isupper():
        return False
    named = any(df.ent[i] in ("PERSON", "ORG", "NORP", "GPE") for i in toks)
    return named or all(w.isupper() and len(w) > 1 for w in words)


def _lines(df: DocFeatures) -> list[list[int]]:
    """Non-space tokens grouped by line of text."""
    out: list[list[int]] = [[]]
    for i in range(df.n):
        if df.is_space[i]:
            if "\n" in df.lower[i] and out[-1]:
                out.append([])
        else:
            out[-1].append(i)
    return [line for line in out if line]


FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
SPEAKING_PRONOUNS = {"i", "we", "you", "me", "us", "my", "our"}


def _says_something(doc: Doc, df: DocFeatures, toks: list[int]) -> bool:
    """Words after "NAME:" that are a statement: a finite verb, a quotation or a speaker's
    pronoun. A list of charges or items ("Jane Roe: Possession of ..., held in jail") is
    a label and its entry, not speech."""
    return any(
        doc[i].tag_ in FINITE_TAGS or df.quote[i] >= 0 or df.lower[i] in SPEAKING_PRONOUNS
        for i in toks
    )


def _layout_claims(doc: Doc, df: DocFeatures, text: str, body_tok: list[bool]):
    """Attributions marked by layout rather than words, which the CRF rarely sees:
    "SPEAKER: words" lines (transcripts, "Name: quote" headlines) and
    "“quote” ― Name" signatures (vox pops, embedded posts)."""
    out = []
    for toks in _lines(df):
        if len(toks) < 4 or not all(body_tok[i] for i in toks):
            continue
        colon = next((i for i in toks[:8] if df.lower[i] == ":"), None)
        if colon is not None and _speaker(df, text, toks[0], colon):
            rest = [i for i in toks if i > colon and df.pos[i] != "PUNCT"]
            if len(rest) >= 3 and _says_something(doc, df, [i for i in toks if i > colon]):
                cue = (df.start[colon], df.end[colon])
                out.append(((toks[0], colon), cue, [(colon + 1, toks[-1] + 1)]))
                continue
        for k, i in enumerate(toks):
            w = df.lower[i]
            # The tokenizer may glue a closing quote to the dash ("”―").
            if (
                k == 0
                or k + 1 >= len(toks)
                or not (w in DASHES or (w[-1] in DASH_CHARS and not w.strip("“”\"'’" + DASH_CHARS)))
            ):
                continue
            prev = toks[k - 1]
            if df.quote[prev] < 0 and df.lower[prev] not in {".", "!", "?"}:
                continue
            name_end = k + 1
            while name_end < len(toks) and df.lower[toks[name_end]] not in {"(", ",", "."}:
                name_end += 1
            a, b = toks[k + 1], toks[name_end - 1] + 1
            if not _speaker(df, text, a, b):
                continue
            # The content is the quote before the dash, or the line before it.
            q = df.quote[prev]
            c0 = toks[0]
            if q >= 0:
                c0 = next((j for j in toks[:k] if df.quote[j] == q), toks[0])
            dash = (df.end[i] - 1, df.end[i]) if w not in DASHES else (df.start[i], df.end[i])
            out.append(((a, b), dash, [(c0, prev + 1)]))
            break
    return out


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
    body_tok = _in_body(df, article.body, len(text))
    cues = [c for c in _find_cues(df, body_tok, cue_tagger) if c[2] >= CUE_THRESHOLD]
    cue_spans = [(s, e) for s, e, _ in cues]
    cue_set = {i for s, e in cue_spans for i in range(s, e)}
    speakers = speakers_of(doc, df, cue_spans)
    claims: list[Claim] = []
    scores: list[float] = []  # cue x content probability of each claim, what MIN_CONFIDENCE cuts
    reported: list[tuple[int, list[tuple[int, int]], list[tuple[int, int]], tuple[int, int]]] = []
    for s, e, conf in cues:
        (lo, hi), feats = role_features(df, (s, e), cue_spans)
        labels = role_tagger.tag(feats)
        src = [(a, b) for a, b in _runs(labels, lo, "S") if all(body_tok[a:b])]
        con_raw = _runs(labels, lo, "C")
        if not con_raw and FALLBACK_MARGINAL < 1:
            # The best path gave the cue no content: the cue tagger is surer than the role
            # tagger here, so read the content off the role marginals instead.
            soft = [
                "C" if role_tagger.marginal("C", k) >= FALLBACK_MARGINAL else "O"
                for k in range(hi - lo)
            ]
            con_raw = _runs(soft, lo, "C")
            if con_raw and not src:
                soft = [
                    "S" if role_tagger.marginal("S", k) >= FALLBACK_MARGINAL else "O"
                    for k in range(hi - lo)
                ]
                src = [(a, b) for a, b in _runs(soft, lo, "S") if all(body_tok[a:b])]
        by_rule = False
        if not con_raw and FALLBACK_RULE:
            con_raw = _rule_content(doc, df, (s, e), src)
            by_rule = True
        if not con_raw:
            continue
        if not src and SOURCE_FALLBACK < 1:
            marg = [role_tagger.marginal("S", k) for k in range(hi - lo)]
            soft = ["S" if m >= SOURCE_FALLBACK else "O" for m in marg]
            runs = [(a, b) for a, b in _runs(soft, lo, "S") if all(body_tok[a:b])]
            # One source: the likeliest run, not scattered tokens from the whole window.
            if runs:
                src = [max(runs, key=lambda r: sum(marg[r[0] - lo : r[1] - lo]))]
        if not src and FALLBACK_RULE:
            src = _rule_source(doc, df, (s, e), con_raw)
        if by_rule:
            # The tagger's marginals say nothing about a content found by syntax.
            con_conf = RULE_CONTENT_CONF
        else:
            con_conf = sum(
                role_tagger.marginal("C", i - lo) for a, b in con_raw for i in range(a, b)
            ) / sum(b - a for a, b in con_raw)
        # A direct quote is one statement: take it whole, even past the role window.
        qs = {df.quote[i] for a, b in con_raw for i in range(a, b) if df.quote[i] >= 0}
        qs.discard(df.quote[s])
        for q in qs:
            near = next(i for a, b in con_raw for i in range(a, b) if df.quote[i] == q)
            con_raw.append(_quote_range(df, q, near))
        con = _merge(con_raw, df)
        if EXTEND_BACK:
            con = _extend_back(df, (s, e), con, cue_set, text)
        src = _merge(src, df)
        if SOURCE_FROM_PARSE:
            subject = cue_subject(doc, df, (s, e)) or _rule_source(doc, df, (s, e), con)
            src = repair_source(doc, df, (s, e), src, subject)
        (cs, ce), src, con, named = _refine(doc, df, (s, e), src, con)
        faults = set(cue_faults(doc, df, (cs, ce), con)) & set(CUE_CHECKS)
        if conf >= SURE_CUE:
            faults -= SURE_CUE_PASSES
        if faults:
            continue
        if DROP_SOURCELESS and not src and " ".join(df.lower[cs:ce]) != "according to":
            continue  # no one says it: not an attribution the quiz can ask about
        if CONTENT_FROM_PARSE:
            others = not_nested(doc, df, (s, e), speakers) - {
                i for a, b in src for i in range(a, b)
            }
            con = fill_clause(doc, df, (cs, ce), con, src, others)
            con = [r for run in con for r in _minus_set(run, others)]
            con = paragraph_of_cue(df, (cs, ce), con)
        # Boilerplate is blank in the Doc but not in article.text: no span may reach into it.
        con = [r for run in con for r in _body_runs(run, body_tok)]
        src = [r for run in src for r in _body_runs(run, body_tok)]
        src_spans = [sp for sp in (_trim(df, text, r) for r in src) if sp]
        con_spans = [sp for sp in (_trim(df, text, r) for r in con) if sp]
        cue_sp = _trim(df, text, (cs, ce)) or (df.start[cs], df.end[ce - 1])
        if not con_spans:
            continue
        if conf * con_conf < MIN_CONFIDENCE:
            continue
        toks = [s] + [a for a, _ in con] + [b - 1 for _, b in con]
        src_conf = _source_confidence(role_tagger, src, lo, hi)
        claim = _claim(
            text,
            src_spans,
            [cue_sp],
            con_spans,
            _evidence(df, text, toks),
            conf * con_conf * src_conf,
        )
        scores.append(conf * con_conf)
        if named:
            claim.source = claim.source_text = named
        claims.append(claim)
        reported.append((len(claims) - 1, src, con, (s, e)))
    if CONTINUATIONS:
        claims += _continuations(df, text, claims, reported, cue_set, body_tok, scores)
    if LAYOUT_RULES:
        for src_t, cue_t, con_t in _layout_claims(doc, df, text, body_tok):
            cue_sp = cue_t
            con_sp = [sp for sp in (_trim(df, text, r) for r in con_t) if sp]
            src_sp = [sp for sp in [_trim(df, text, src_t)] if sp]
            if not con_sp or any(_overlap(c.cue_spans, [cue_sp]) for c in claims):
                continue
            toks = [src_t[0], src_t[1] - 1, con_t[0][0], con_t[-1][1] - 1]
            claims.append(
                _claim(text, src_sp, [cue_sp], con_sp, _evidence(df, text, toks), LAYOUT_CONF)
            )
    claims.sort(key=lambda c: c.cue_spans[0])
    return claims


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
        if any(i in cue_set for i in range(ns, ne)) or any(df.quote[i] >= 0 for i in range(ns, ne)):
            continue
        if "\n\n" in text[df.end[s] : df.start[ns]]:
            continue
        sp = _trim(df, text, (ns, ne))
        if not sp or sp[1] - sp[0] > MAX_CONTENT_CHARS:
            continue
        base = claims[idx]
        if scores[idx] * CONTINUATION_CONF < MIN_CONFIDENCE:
            continue
        ev = _evidence(df, text, [s, ne - 1])
        out.append(
            _claim(
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
