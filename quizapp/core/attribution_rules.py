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
from quizapp.core.cues import CLAUSE_ONLY, GATE_EXTRA, LEXICON, NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Run = tuple[int, int]

CLAUSE_DEPS = ("ccomp", "xcomp", "parataxis")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# A source run holding one of these outside a relative clause or apposition is a clause,
# not a name ("Volker said he never", the words of another attribution).
CLAUSE_INSIDE_NAME = ("relcl", "acl", "appos")


def is_cue(doc: Doc, df: DocFeatures, cue: Run, content: list[Run]) -> tuple[bool, str]:
    """Whether a tagged cue marks an attribution, and the rule that said no.

    - Some word of the cue must be about saying, thinking or reporting (a verb or noun of
      the lexicon, or a listed one the feature lexicon lacks: "voiced", "ruled out").
    - Verbs that also have a sense with a plain object ("ordered an inquiry", "posted
      photos", "asked X about Y", "could see the frustration", "concluded its hearing") are
      cues only with a clause or a quotation for content, or with the content before them
      ("The plan failed, she concluded").
    - A passive with no agent names no speaker ("He is charged with ...", "are seen as"):
      the subject is who the words are about, not who says them.
    """
    s, e = cue
    lemmas = {df.lemma[i] for i in range(s, e)}
    words = " ".join(df.lower[s:e])
    if words == "according to":
        return True, ""
    if not lemmas & (LEXICON | NOUNS | GATE_EXTRA):
        return False, "not a verb of saying or thinking"
    h = doc[cue_head(df, cue)]
    if h.pos_ in ("VERB", "AUX") and _agentless_passive(h):
        return False, "passive with no speaker"
    if h.lemma_.lower() in CLAUSE_ONLY and not _clausal(df, h, cue, content):
        return False, "no clause or quotation for content"
    return True, ""


def _agentless_passive(h: Token) -> bool:
    deps = {c.dep_ for c in h.children}
    return "auxpass" in deps and "agent" not in deps


def _clausal(df: DocFeatures, h: Token, cue: Run, content: list[Run]) -> bool:
    if any(c.dep_ in CLAUSE_DEPS for c in h.children):
        return True
    if h.dep_ in ("parataxis", "ccomp") or any(b <= cue[0] for _, b in content):
        return True  # "..., she concluded": the content comes first
    return any(df.quote[i] >= 0 for a, b in content for i in range(a, b))


def cue_subject(doc: Doc, df: DocFeatures, cue: Run) -> list[Run]:
    """The cue verb's own subject, as one run: all its nsubj children together when the
    parser split one name into two ("CPUC President Marybel Batjer said": CPUC and Batjer
    both nsubj)."""
    h = doc[cue_head(df, cue)]
    subj = [c for c in h.children if c.dep_ in SUBJECT_DEPS]
    if not subj:
        return []
    return [(min(c.left_edge.i for c in subj), max(c.right_edge.i for c in subj) + 1)]


def repair_source(
    doc: Doc, df: DocFeatures, cue: Run, src: list[Run], subject: list[Run]
) -> list[Run]:
    """The tagged source runs, kept to the speaker.

    - Runs outside the cue's sentence go when one lies inside it (the tagger's window
      spans two sentences: "He ... Morrison's lawyer said").
    - A run that overlaps the cue's syntactic subject is cut to that subject ("Many of the
      prisons, she said" -> "she").
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
    out = []
    for r in src:
        if r[0] < b and a < r[1]:
            out.append((max(r[0], a), min(r[1], b)))
        elif _holds_clause(doc, r):
            return subject
        else:
            out.append(r)
    return out


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
