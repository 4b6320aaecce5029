"""Denials the cue tagger is unsure of: "The government has ruled out rebel involvement",
"The company denied that it knew", "The ministry dismissed the reports".

PolNeAR's political text shows few denials, so the tagger gives a denial verb little weight
("has ruled out" came out at 0.14, far under the cue threshold). A denial is what makes
another party's claim disputed (DOMAIN section 2): a missed one leaves that claim
"attributed". The parse is surer here than the tagger: a denial verb with a subject of its
own and, as object, a clause, something said ("the reports", "the claim") or a part in
something ("involvement", "wrongdoing") is a denial whoever wrote it. Verbs that also name
acts are held to those objects: "rejected the bill" is a vote, "denied him bail" a
decision, "dismissed the charges" a court's ruling, none a statement.

spaCy is not imported here: the functions read a parsed Doc.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizapp.core.lexicon import DENIED_PARTS, DENIED_SAYINGS, REJECTING_VERBS

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Token

DENIAL_CONF = 0.9
"""The cue confidence of a denial the parse shows (a verb of denial, its subject and its
object): as sure as a layout cue, so its claim is sure enough to key a dispute on."""

# Verbs whose object is what they deny; "rule" counts only with "out".
DENIAL_VERBS = REJECTING_VERBS | {"disavow"}

# Pronouns a denial may take for what was just said: "denied it", "rejected that".
POINTERS = frozenset(["it", "this", "that", "them", "these", "those", "everything"])


def denial_cues(doc: Doc, body_tok: list[bool], taken: Iterable[int]) -> list[tuple[int, int]]:
    """Token runs (the verb, and "out" after "rule") of the denials in the body that no
    tagged cue covers."""
    covered = set(taken)
    out = []
    for tok in doc:
        if tok.i in covered or not body_tok[tok.i] or not is_denial(tok):
            continue
        particle = [c.i for c in tok.children if c.dep_ == "prt"]
        out.append((tok.i, (particle[0] if particle else tok.i) + 1))
    return out


def is_denial(verb: Token) -> bool:
    """A verb of denial, made (not negated, proposed or reported inside someone's words),
    with a subject of its own in the active voice and an object it denies: a clause
    ("denied that ..."), something said, a part in something, or (for "deny" and "rule
    out") a pointer at what was just said."""
    lemma = verb.lemma_.lower()
    ruled_out = lemma == "rule" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
    )
    if verb.pos_ != "VERB" or not (ruled_out or lemma in DENIAL_VERBS):
        return False
    deps = {c.dep_ for c in verb.children}
    if "nsubj" not in deps or deps & {"nsubjpass", "auxpass", "dative", "neg"}:
        return False  # no one denies, it is denied to someone, or "did not deny"
    if verb.dep_ not in ("ROOT", "conj", "relcl") or _unreal(verb):
        return False  # inside someone's words ("said the army had ruled out"), or not done
    if "ccomp" in deps:
        return True  # "denied that it had known"
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1:
        return False
    noun = objects[0].lemma_.lower()
    if noun in DENIED_SAYINGS or noun in DENIED_PARTS:
        return True
    return (lemma == "deny" or ruled_out) and objects[0].lower_ in POINTERS


# Auxiliaries that make a denial one not (yet) made: "Mexico must rebut the claims".
MODALS = frozenset(["must", "should", "would", "could", "might", "may", "will", "shall", "can"])


def _unreal(verb: Token) -> bool:
    """A denial that is proposed, expected or possible, not made: "must rebut", "to deny"."""
    return any(c.dep_ == "aux" and c.lower_ in MODALS | {"to", "'ll", "wo"} for c in verb.children)
