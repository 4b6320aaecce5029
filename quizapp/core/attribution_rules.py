"""Parse-based checks on the CRF's attributions: is the cue a cue, is the source the speaker.

The CRFs learnt PolNeAR's clean political text, where almost every verb with a subject and
an object near a quote is a report. Real news has many verbs that are not about saying or
thinking ("ordered an inquiry", "is charged with", "posted photos", "could see the
frustration"), and sentences where the tagger's source run swallows more than the speaker
("Many of the prisons, she said, ..."). These rules read the dependency parse instead of
words at fixed positions, so they carry over to sentences the corpus never showed.

spaCy is not imported here: the functions read a parsed Doc and ``DocFeatures``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizapp.core.attribution_features import DocFeatures, cue_head
from quizapp.core.cues import (
    ACTS_WITH_INFINITIVE,
    CLAUSE_ONLY,
    GATE_EXTRA,
    LEXICON,
    NOUNS,
    VERDICT_VERBS,
    word_forms,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Run = tuple[int, int]

CUE_WORDS = LEXICON | NOUNS | GATE_EXTRA
CLAUSE_DEPS = ("ccomp", "xcomp", "parataxis")
# A source run holding one of these outside a relative clause or apposition is a clause,
# not a name ("Volker said he never", the words of another attribution).
CLAUSE_INSIDE_NAME = ("relcl", "acl", "appos")


def cue_faults(doc: Doc, df: DocFeatures, cue: Run, content: list[Run]) -> list[str]:
    """What makes a tagged cue no attribution cue ([] for a good one).

    - "lexicon": no word of the cue is about saying, thinking or reporting (a verb or
      noun of the lexicon, or a listed one the feature lexicon lacks: "voiced", "ruled").
    - "clause": a verb that also has a sense with a plain object ("ordered an inquiry",
      "posted photos", "asked X about Y", "could see the frustration", "concluded its
      hearing") with neither a clause nor a quotation for content, nor the content
      before it ("The plan failed, she concluded").
    - "noun": a nominal cue headed by a noun that names no statement ("a call for
      proposals", "fears about"): only report-like nouns are cues ("a report by", "in a
      statement").
    - "passive": a passive with no agent names no speaker ("He is charged with ...",
      "are seen as"): its subject is who the words are about, not who says them.
    - "act": an infinitive with no object reports an act, not words ("declined to
      comment", "refused to concede", "asked not to be named").
    - "verdict": an object with a predicative adjective is a verdict, not a finding ("a
      jury found him guilty").
    """
    s, e = cue
    if " ".join(df.lower[s:e]) == "according to":
        return []
    faults = []
    forms = {f for i in range(s, e) for f in word_forms(df.lower[i], df.lemma[i])}
    if not forms & CUE_WORDS:
        faults.append("lexicon")
    h = doc[cue_head(df, cue)]
    if h.pos_ == "NOUN" and not word_forms(h.lower_, h.lemma_.lower()) & (NOUNS | GATE_EXTRA):
        faults.append("noun")
    if h.pos_ in ("VERB", "AUX") and _agentless_passive(h):
        faults.append("passive")
    if h.lemma_.lower() in CLAUSE_ONLY and not _clausal(df, h, cue, content):
        faults.append("clause")
    if h.lemma_.lower() in ACTS_WITH_INFINITIVE and _bare_infinitive(h):
        faults.append("act")
    if h.lemma_.lower() in VERDICT_VERBS and _object_complement(h):
        faults.append("verdict")
    return faults


def _bare_infinitive(h: Token) -> bool:
    """The verb's complement is a "to" infinitive, and neither has an object or a clause:
    "declined to comment", not "asked the court to order", "refused, saying that" or
    "declined to address whether ..." (what was left unanswered)."""
    deps = {c.dep_ for c in h.children}
    if deps & {"dobj", "ccomp", "dative"}:
        return False
    return any(
        c.dep_ == "xcomp" and _has_to(c) and not any(g.dep_ == "ccomp" for g in c.children)
        for c in h.children
    )


def _has_to(verb: Token) -> bool:
    return any(a.dep_ in ("aux", "auxpass") and a.lower_ == "to" for a in verb.children)


def _object_complement(h: Token) -> bool:
    """An object followed by a predicative adjective ("found Victor Strand, ..., guilty"),
    whether the parser hangs the adjective on the verb or after the object."""
    if any(c.dep_ == "ccomp" for c in h.children):
        return False
    for obj in (c for c in h.children if c.dep_ == "dobj"):
        if any(c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ" for c in h.children):
            return True
        if any(c.dep_ == "amod" and c.i > obj.i and c.pos_ == "ADJ" for c in obj.children):
            return True
    return False


def _agentless_passive(h: Token) -> bool:
    deps = {c.dep_ for c in h.children}
    return "auxpass" in deps and "agent" not in deps


def _clausal(df: DocFeatures, h: Token, cue: Run, content: list[Run]) -> bool:
    if any(c.dep_ in CLAUSE_DEPS for c in h.children):
        return True
    if h.dep_ in ("parataxis", "ccomp") or any(b <= cue[0] for _, b in content):
        return True  # "..., she concluded": the content comes first
    toks = [i for a, b in content for i in range(a, b)]
    if any(df.quote[i] >= 0 for i in toks):
        return True
    # A clause the parser did not hang on the cue ("Trump charges that ...", read as a
    # noun): the content opens with "that" or its top word is a verb.
    inside = set(toks)
    tops = [i for i in toks if df.head[i] not in inside or df.head[i] == i]
    return bool(toks) and (
        df.lower[toks[0]] == "that" or any(df.pos[i] in ("VERB", "AUX") for i in tops)
    )


def cue_subject(doc: Doc, df: DocFeatures, cue: Run) -> list[Run]:
    """Who the cue's own syntax says speaks, as one run: the active subject (all its nsubj
    children together when the parser split one name in two: "CPUC President Marybel
    Batjer said" with CPUC and Batjer both nsubj), or a passive's agent ("was first
    reported by The Post"; the passive subject is what was reported)."""
    h = doc[cue_head(df, cue)]
    subj = [c for c in h.children if c.dep_ == "nsubj"]
    if not subj:
        agent = next((c for c in h.children if c.dep_ == "agent"), None)
        obj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
        subj = [obj] if obj is not None else []
    if not subj:
        return []
    return [(min(c.left_edge.i for c in subj), max(c.right_edge.i for c in subj) + 1)]


def repair_source(
    doc: Doc, df: DocFeatures, cue: Run, src: list[Run], subject: list[Run]
) -> list[Run]:
    """The tagged source runs, kept to the speaker.

    - Runs outside the cue's sentence go when one lies inside it (the tagger's window
      spans two sentences: "He ... Morrison's lawyer said").
    - Runs that overlap the cue's syntactic subject are cut to it ("Many of the prisons,
      she said" -> "she"), and the runs that do not are dropped.
    - A run that holds a clause of its own ("Volker said he never ... and added") gives way
      to the syntactic subject.
    """
    k = df.sent[cue[0]]
    inside = [r for r in src if df.sent[r[0]] == k]
    if inside:
        src = inside
    if not subject:
        return src
    a, b = subject[0]
    meets = [(max(r[0], a), min(r[1], b)) for r in src if r[0] < b and a < r[1]]
    if meets:
        return meets  # the other runs belong to other verbs ("He asked ..., but X said")
    if any(_holds_clause(doc, r) for r in src):
        return subject
    return src


def _holds_clause(doc: Doc, run: Run) -> bool:
    """A verb heads the run, or hangs in it outside a relative clause or apposition."""
    for i in range(*run):
        node = doc[i]
        if node.pos_ not in ("VERB", "AUX"):
            continue
        while node.dep_ not in CLAUSE_INSIDE_NAME:
            if node.head.i == node.i or not run[0] <= node.head.i < run[1]:
                return True
            node = node.head
    return False


def fill_clause(
    doc: Doc,
    df: DocFeatures,
    cue: Run,
    content: list[Run],
    src: list[Run],
    others: set[int],
) -> list[Run]:
    """Content runs stretched to the whole clausal complement they sit in.

    The role tagger sometimes starts a content mid-clause ("... but added [the exact
    circumstances were] unclear": it read the subject as the source) or stops short
    ("The weather should [ease by Thursday], said X"). The cue's ccomp subtree is the
    statement: a run inside it grows to its edges, never over the cue, the source, a
    line break or ``others`` (the other cues and their speakers, which a bad parse may
    hang inside the clause).
    """
    h = doc[cue_head(df, cue)]
    clauses = [(c.left_edge.i, c.right_edge.i + 1) for c in h.children if c.dep_ == "ccomp"]
    if not clauses:
        return content
    busy = set(range(*cue)) | {i for a, b in src for i in range(a, b)} | others

    def free(i: int) -> bool:
        return i not in busy and "\n" not in df.lower[i]

    out = []
    for a, b in content:
        for lo, hi in clauses:
            if a < hi and lo < b:
                while a > lo and free(a - 1):
                    a -= 1
                while b < hi and free(b):
                    b += 1
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))  # grown into the run before
        else:
            out.append((a, b))
    return out


def speakers_of(doc: Doc, df: DocFeatures, cues: list[Run]) -> list[tuple[int, set[int]]]:
    """For each cue outside quotation marks: its head and its tokens with its subject,
    what another attribution's content may not swallow ('"...," the office said' after a
    quoted quote) unless the cue hangs inside that content ("X said Y has long called
    for Z" reports Y's call within X's words)."""
    out = []
    for cue in cues:
        if df.quote[cue[0]] >= 0:
            continue
        toks = set(range(*cue))
        for a, b in cue_subject(doc, df, cue):
            toks.update(range(a, b))
        out.append((cue_head(df, cue), toks))
    return out


def not_nested(
    doc: Doc, df: DocFeatures, cue: Run, speakers: list[tuple[int, set[int]]]
) -> set[int]:
    """The tokens of ``speakers_of`` for the cues that are not this one nor under it (a
    cue beyond a quotation is never under it, whatever the parse says: 'he said, "...,"
    the office said')."""
    h = cue_head(df, cue)
    own = set(range(doc[h].left_edge.i, doc[h].right_edge.i + 1))
    out: set[int] = set()
    for head, toks in speakers:
        if head == h:
            continue
        lo, hi = sorted((h, head))
        if df.any_quoted(lo, hi):
            out |= toks  # beyond a quotation: another statement
        elif not any(a.i == h for a in doc[head].ancestors):
            # Not under this cue; when this cue sits in the other's subject ("Aides, who
            # stressed that X, said Y"), its own words stay its own.
            out |= toks - own
    return out


def paragraph_of_cue(df: DocFeatures, cue: Run, content: list[Run]) -> list[Run]:
    """Content kept to the cue's paragraph: a run crossing a line break loses the part on
    the far side (a subhead glued to the next paragraph's sentence, a quote running into
    the next paragraph's quote), except a quotation opening after the cue, or the words
    after a paragraph that ends in a colon ('X said:' then the quote on its own line)."""
    lo = cue[0]
    while lo > 0 and "\n" not in df.lower[lo - 1]:
        lo -= 1
    hi = cue[1]
    while hi < df.n and "\n" not in df.lower[hi]:
        hi += 1
    last = hi - 1
    while last > cue[1] and df.is_space[last]:
        last -= 1
    colon = df.lower[last] == ":"  # "The governor added:" and the words on the next line
    out = []
    for a, b in content:
        if lo <= a and b <= hi:
            out.append((a, b))
            continue
        if a >= hi and (colon or all(df.quote[i] >= 0 or df.is_space[i] for i in range(a, b))):
            out.append((a, b))
            continue
        a2, b2 = max(a, lo), min(b, hi)
        if a2 < b2:
            out.append((a2, b2))
    return out
