"""Token features for the two attribution CRFs (cue tagger, cue-conditioned role tagger).

Everything that does not depend on a cue is computed once per Doc (``DocFeatures``), so the
role tagger only adds the few cue-relative features per token and per cue. The training
script and the extractor both build features here, so they cannot drift apart.
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizapp.core.cues import lexicon_class

if TYPE_CHECKING:
    from spacy.tokens import Doc

OPEN_QUOTES = {"“", "‘‘", "``"}
CLOSE_QUOTES = {"”", "’’", "''"}
STRAIGHT_QUOTES = {'"'}
# Child dependencies that tell a reporting verb from any other verb.
CHILD_DEPS = {
    "nsubj",
    "nsubjpass",
    "ccomp",
    "xcomp",
    "dobj",
    "dative",
    "agent",
    "advcl",
    "parataxis",
}
SUBJ_DEPS = {"nsubj", "nsubjpass", "agent"}
PUNCT_CHILD = {":", '"', "“", "”"}


def _bucket(n: int) -> str:
    if n <= 3:
        return str(n)
    if n <= 6:
        return "4-6"
    if n <= 12:
        return "7-12"
    if n <= 25:
        return "13-25"
    return "26+"


DIST = {side: ["dist=" + side + _bucket(n) for n in range(41)] for side in "AB"}
# Sentences before and after the cue's own that the role tagger sees. Training looks one
# sentence either side; extraction only forward, which scores the same on polnear-dev at
# a tenth less time (content before the cue's sentence is picked up by the quote and
# "A. B, X said." rules instead).
TRAIN_WINDOW = (1, 1)
# Verb-frame conjunctions for the cue tagger. Off: a model trained with them scored only
# +0.003 F1 on polnear-dev (c1=0.3), not worth the feature time. A model must be trained
# and used with the same setting.
FRAME_FEATURES = False
WINDOW = (0, 1)
DEPTH = ["depth=" + str(n) for n in range(5)]


@dataclass
class DocFeatures:
    """Per-token arrays and cue-independent features of one Doc."""

    n: int
    lower: list[str]
    lemma: list[str]
    pos: list[str]
    dep: list[str]
    head: list[int]
    ent: list[str]
    sent: list[int]  # sentence index of each token
    sent_bounds: list[tuple[int, int]]  # token range of each sentence
    quote: list[int]  # id of the quotation a token is inside, -1 outside
    is_space: list[bool]
    start: list[int]
    end: list[int]
    cue_feats: list[list[str]]  # static features for the cue tagger
    role_feats: list[list[str]]  # static features for the role tagger

    @functools.cached_property
    def quoted_before(self) -> list[int]:
        """How many tokens before each position are inside a quotation (one more entry than
        tokens), so "is any token of lo..hi quoted" is one subtraction, not a scan."""
        counts = [0]
        for q in self.quote:
            counts.append(counts[-1] + (q >= 0))
        return counts

    def any_quoted(self, lo: int, hi: int) -> bool:
        return self.quoted_before[hi] > self.quoted_before[lo]


def _quotes(lower: list[str]) -> list[int]:
    """Mark tokens inside quotation marks; a new line closes an unclosed quote (news
    paragraphs often leave a quote open when it continues in the next paragraph)."""
    out = [-1] * len(lower)
    qid = -1
    inside = False
    for i, t in enumerate(lower):
        if "\n" in t:
            inside = False
            continue
        if t in OPEN_QUOTES or (t in STRAIGHT_QUOTES and not inside):
            inside = True
            qid += 1
            out[i] = qid
            continue
        if t in CLOSE_QUOTES or (t in STRAIGHT_QUOTES and inside):
            out[i] = qid if inside else -1
            inside = False
            continue
        if inside:
            out[i] = qid
    return out


ATTRS = ["LOWER", "LEMMA", "POS", "TAG", "DEP", "HEAD", "ENT_TYPE", "IDX", "LENGTH", "SENT_START"]


def doc_features(doc: Doc) -> DocFeatures:
    t = _columns(doc)
    n = t.n
    sent, bounds = _sentences(t.sent_start, n)
    quote = _quotes(t.lower)
    lex = [lexicon_class(lm) for lm in t.lemma]
    cue_feats = _cue_columns(t, lex, quote) if n else []
    role_feats = _role_columns(t, lex, quote) if n else []
    _add_sparse(cue_feats, role_feats, t, lex, quote, sent, len(bounds))
    return DocFeatures(
        n=n,
        lower=t.lower,
        lemma=t.lemma,
        pos=t.pos,
        dep=t.dep,
        head=t.head,
        ent=t.ent,
        sent=sent,
        sent_bounds=bounds,
        quote=quote,
        is_space=[not w.strip() for w in t.lower],
        start=t.start,
        end=t.end,
        cue_feats=cue_feats,
        role_feats=role_feats,
    )


@dataclass
class _Columns:
    """The token attributes of one Doc, column by column."""

    n: int
    lower: list[str]
    lemma: list[str]
    pos: list[str]
    tag: list[str]
    dep: list[str]
    head: list[int]
    ent: list[str]
    start: list[int]
    end: list[int]
    sent_start: list[int]


def _columns(doc: Doc) -> _Columns:
    # One to_array call instead of a Token object per attribute read: the per-token Python
    # objects cost more than everything else here.
    arr = doc.to_array(ATTRS).astype("int64").tolist()
    strings = doc.vocab.strings
    cols = list(zip(*arr, strict=True)) if arr else [()] * len(ATTRS)
    names = {h: strings[h & 0xFFFFFFFFFFFFFFFF] for c in (0, 1, 2, 3, 4, 6) for h in set(cols[c])}
    names[0] = ""
    return _Columns(
        n=len(arr),
        lower=[names[h] for h in cols[0]],
        lemma=[names[h].lower() for h in cols[1]],
        pos=[names[h] for h in cols[2]],
        tag=[names[h] for h in cols[3]],
        dep=[names[h] for h in cols[4]],
        head=[i + d for i, d in enumerate(cols[5])],
        ent=[names[h] for h in cols[6]],
        start=list(cols[7]),
        end=[a + b for a, b in zip(cols[7], cols[8], strict=True)],
        sent_start=list(cols[9]),
    )


def _sentences(sent_start: list[int], n: int) -> tuple[list[int], list[tuple[int, int]]]:
    """The sentence index of each token, and the token range of each sentence."""
    sent = [0] * n
    bounds: list[tuple[int, int]] = []
    k = -1
    for i, ss in enumerate(sent_start):
        if ss == 1 or i == 0:
            if bounds:
                bounds[-1] = (bounds[-1][0], i)
            bounds.append((i, n))
            k += 1
        sent[i] = k
    return sent, bounds


def _cue_columns(t: _Columns, lex: list[str], quote: list[int]) -> list[list[str]]:
    """The cue tagger's dense features: the token, its neighbours, its head."""
    # Column by column with comprehensions: several times faster than a per-token loop,
    # and this runs on every analysed text.
    n, lower, lemma, tag, dep, head = t.n, t.lower, t.lemma, t.tag, t.dep, t.head
    hl = ["ROOT" if head[i] == i else lemma[head[i]] for i in range(n)]
    hdep = ["ROOT" if head[i] == i else dep[head[i]] for i in range(n)]
    hlex = ["ROOT" if head[i] == i else lex[head[i]] for i in range(n)]
    pad_w = ["BOS", "BOS"] + lower + ["EOS", "EOS"]
    pad_t = ["BOS"] + tag + ["EOS"]
    pad_l = ["BOS"] + lemma + ["EOS"]
    cols_c = [
        ["w=" + x for x in lower],
        ["l=" + x for x in lemma],
        ["t=" + x for x in tag],
        ["lt=" + a + "|" + b for a, b in zip(lemma, tag, strict=True)],
        ["s3=" + x[-3:] for x in lower],
        ["lex=" + x for x in lex],
        ["d=" + x for x in dep],
        ["ld=" + a + "|" + b for a, b in zip(lemma, dep, strict=True)],
        ["hl=" + x for x in hl],
        ["hd=" + a + ">" + b for a, b in zip(dep, hdep, strict=True)],
        ["hlex=" + x for x in hlex],
        ["q=1" if x >= 0 else "q=0" for x in quote],
        ["w-1=" + x for x in pad_w[1 : n + 1]],
        ["w-2=" + x for x in pad_w[:n]],
        ["w+1=" + x for x in pad_w[3 : n + 3]],
        ["w+2=" + x for x in pad_w[4 : n + 4]],
        ["t-1=" + x for x in pad_t[:n]],
        ["t+1=" + x for x in pad_t[2 : n + 2]],
        ["l-1l=" + a + "|" + b for a, b in zip(pad_l[:n], lemma, strict=True)],
        ["ll+1=" + a + "|" + b for a, b in zip(lemma, pad_l[2 : n + 2], strict=True)],
    ]
    return [["b", *row] for row in zip(*cols_c, strict=True)]


def _role_columns(t: _Columns, lex: list[str], quote: list[int]) -> list[list[str]]:
    """The role tagger's cue-independent features of each token."""
    return [
        ["b", *row]
        for row in zip(
            ["w=" + x for x in t.lower],
            ["l=" + x for x in t.lemma],
            ["p=" + x for x in t.pos],
            ["d=" + x for x in t.dep],
            ["q=1" if x >= 0 else "q=0" for x in quote],
            ["lex=" + x for x in lex],
            strict=True,
        )
    ]


def _add_sparse(
    cue_feats: list[list[str]],
    role_feats: list[list[str]],
    t: _Columns,
    lex: list[str],
    quote: list[int],
    sent: list[int],
    n_sents: int,
) -> None:
    """Sparse extras, in place: entity type, informative children, quote edges."""
    n, dep = t.n, t.dep
    sent_quoted = [False] * n_sents
    for i, qv in enumerate(quote):
        if qv >= 0:
            sent_quoted[sent[i]] = True
    children: list[list[int]] = [[] for _ in range(n)]
    for i in range(n):
        if t.head[i] != i:
            children[t.head[i]].append(i)
    for i in range(n):
        if t.ent[i]:
            e = "e=" + t.ent[i]
            cue_feats[i].append(e)
            role_feats[i].append(e)
        f = cue_feats[i]
        frame = []
        for c in children[i]:
            dc = dep[c]
            if dc in CHILD_DEPS:
                f.append("c=" + dc)
                frame.append(dc)
                if dc in SUBJ_DEPS:
                    f.append("cs=" + (t.ent[c] or t.pos[c]))
            elif dc == "prep":
                f.append("cprep=" + t.lower[c])
            elif dc == "punct" and t.lower[c] in PUNCT_CHILD:
                f.append("cp=" + t.lower[c])
        if FRAME_FEATURES:
            # The verb's whole frame as one feature (a linear model cannot conjoin
            # "has a subject" and "has a clause" by itself), alone and with the lexicon class.
            if frame:
                fr = "|".join(sorted(set(frame)))
                f.append("fr=" + fr)
                f.append("lfr=" + lex[i] + "|" + fr)
            if quote[i] < 0 and sent_quoted[sent[i]]:
                f.append("sq")
        if quote[i] < 0:
            if i > 0 and quote[i - 1] >= 0:
                f.append("afterq")
            if i + 1 < n and quote[i + 1] >= 0:
                f.append("beforeq")


def ancestors(df: DocFeatures, i: int) -> list[int]:
    out = []
    while df.head[i] != i and len(out) < 40:
        i = df.head[i]
        out.append(i)
    return out


def cue_head(df: DocFeatures, cue: tuple[int, int]) -> int:
    """The token of a cue span whose head lies outside the span (the span's syntactic head)."""
    s, e = cue
    for i in range(s, e):
        if not (s <= df.head[i] < e) or df.head[i] == i:
            return i
    return s


def role_window(
    df: DocFeatures, cue: tuple[int, int], window: tuple[int, int] | None = None
) -> tuple[int, int]:
    """Tokens the role tagger looks at for a cue: its sentence and one sentence either side."""
    before, after = window or WINDOW
    k = df.sent[cue[0]]
    lo = df.sent_bounds[max(0, k - before)][0]
    hi = df.sent_bounds[min(len(df.sent_bounds) - 1, k + after)][1]
    return lo, hi


def role_features(
    df: DocFeatures,
    cue: tuple[int, int],
    other_cues: list[tuple[int, int]],
    window: tuple[int, int] | None = None,
) -> tuple[tuple[int, int], list[list[str]]]:
    """Cue-relative features for every token of the cue's window.

    The strongest signal is where a token hangs in the tree relative to the cue: under the
    cue's nsubj branch (source), its ccomp branch (content), or beside it under a shared
    head ("according to X, ..."). Other cues between a token and this cue tell which of
    several attributions in a sentence the token belongs to.
    """
    lo, hi = role_window(df, cue, window)
    cs, ce = cue
    view = _CueView(df, cue, sorted(o[0] for o in other_cues if o != cue))
    feats = []
    for i in range(lo, hi):
        if cs <= i < ce:
            feats.append([*df.role_feats[i], "CUE"])
        else:
            feats.append(view.features(i))
    return (lo, hi), feats


class _CueView:
    """One cue as the tokens around it see it: its head, lemma and quote, the other cues,
    and each token's path in the tree to the cue head's ancestry."""

    def __init__(self, df: DocFeatures, cue: tuple[int, int], others: list[int]) -> None:
        self.df, self.cue, self.others = df, cue, others
        h = cue_head(df, cue)
        self.hs, self.cl, self.cq = df.sent[h], df.lemma[h], df.quote[h]
        self.cl_b, self.cl_a = "cl=" + self.cl + "|B", "cl=" + self.cl + "|A"
        # Path from each token of the cue's sentence up to where it meets the cue head's
        # ancestry, as (top, last dep, second-to-last dep, length); a token's path extends
        # its head's, so each is computed once.
        self.path: dict[int, tuple[str, str, str, int]] = {h: ("under", "", "", 0)}
        for k, a in enumerate(ancestors(df, h)):
            self.path[a] = ("anc" + str(min(k, 3)), "", "", 0)

    def up(self, j: int) -> tuple[str, str, str, int]:
        head, dep, path = self.df.head, self.df.dep, self.path
        chain = []
        while j not in path:
            if head[j] == j:
                path[j] = ("none", "", "", 0)
                break
            chain.append(j)
            j = head[j]
        top, b1, b2, n = path[j]
        for t in reversed(chain):
            if n == 0:
                b1, b2 = dep[t], ""
            elif n == 1:
                b2 = dep[t]
            n += 1
            path[t] = (top, b1, b2, n)
        return path[chain[0]] if chain else path[j]

    def features(self, i: int) -> list[str]:
        """The features of token ``i`` (outside the cue) relative to this cue."""
        df, (cs, ce), others = self.df, self.cue, self.others
        so = df.sent[i] - self.hs
        if i < cs:
            side, dist, cl_s = "B", cs - i, self.cl_b
            between = bisect_right(others, cs - 1) - bisect_right(others, i)
        else:
            side, dist, cl_s = "A", i - ce + 1, self.cl_a
            between = bisect_left(others, i) - bisect_left(others, ce)
        f = [*df.role_feats[i], "so=" + str(so), "side=" + side, DIST[side][min(dist, 40)], cl_s]
        if between:
            f.append("btw=1" if between == 1 else "btw=2+")
        q = df.quote[i]
        if q >= 0:
            f.append(("inq=same|" if q == self.cq else "inq=other|") + side)
        if so == 0:
            top, b1, b2, n = self.up(i)
            branch = b1 or "self"
            f += [
                "top=" + top,
                "br=" + top + "|" + branch,
                "brl=" + top + "|" + branch + "|" + self.cl,
                DEPTH[min(n, 4)],
            ]
            if b2:
                f.append("br2=" + top + "|" + b1 + "|" + b2)
        else:
            f.append("osent=" + str(so) + "|" + side)
        return f
