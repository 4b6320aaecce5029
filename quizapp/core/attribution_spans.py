"""Attribution spans fixed from the parse: content and source by syntax when the role
tagger finds none, "according to X", a relative pronoun named by its antecedent, content
completed to the end of its phrase, and "A. B, X said." taking the sentence before.

spaCy is not imported here: the Doc comes from the caller.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizapp.core.attribution_features import DocFeatures, cue_head
from quizapp.core.cues import NOUNS
from quizapp.core.lexicon import AUDIENCES, RELATIVE_PRONOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc


Run = tuple[int, int]


def rule_content(
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


# Verbs whose object is whom one speaks to, and a "that" clause what one says to them.
ADDRESSING_VERBS = frozenset(["tell", "assure", "warn", "inform", "remind", "convince"])


def without_addressee(doc, df: DocFeatures, cue, con: list[Run]) -> list[Run]:
    """What was said to someone starts after whom it was said to: "told the committee [that
    was not true]" (a content run from the addressee), "told the jury [that was not
    possible]" (the parser reads the said clause as a relative clause on the addressee)."""
    h = doc[cue_head(df, cue)]
    if h.lemma_.lower() not in ADDRESSING_VERBS:
        return con
    for obj in (c for c in h.children if c.dep_ in ("dobj", "dative")):
        said = _said_to(h, obj)
        if said is not None:
            con = [(said, b) if a == obj.left_edge.i and b > said else (a, b) for a, b in con]
    return con


def _said_to(verb, obj) -> int | None:
    """Where the clause said to ``obj`` starts: after a colon closing the addressee ("told
    Reuters: \"Although ...\"", where the parser may hang the quotation anywhere), the
    verb's complement after it, or a "that" relative clause on an addressee (a person, a
    body, "the jury")."""
    after = _after_colon(verb.doc, obj.right_edge.i + 1)
    if after is not None:
        return after
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > obj.i), None)
    if clause is not None:
        return clause.left_edge.i
    addressee = (
        obj.pos_ in ("PRON", "PROPN")
        or obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or obj.lower_ in AUDIENCES
    )
    rel = next((r for r in obj.children if r.dep_ == "relcl"), None)
    that = rel.left_edge if rel is not None else None
    if addressee and that is not None and that.lower_ == "that" and that.dep_ == "nsubj":
        return that.i if that.i > obj.i else None
    return None


def _after_colon(doc, i: int) -> int | None:
    """The first word after a colon at token ``i`` and any quotation mark opening it."""
    if i >= len(doc) or doc[i].text != ":":
        return None
    i += 1
    while i < len(doc) and (doc[i].is_quote or doc[i].is_space):
        i += 1
    return i if i < len(doc) else None


def rule_source(
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


def refine(doc, df: DocFeatures, cue, src, con):
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
            con = [r for part in con for r in minus_set(part, cut)]
    con = [_complete(doc, df, run, (s, e), src) for run in con]
    con = _inside_subordinate_clause(doc, df, con, h)
    if comp is not None and doc[comp.left_edge.i].dep_ == "mark":
        con = _before_semicolon_dropped(df, con, src, (s, e))
        con = _coordinate_comment_cut(doc, df, con, h, comp)
    if len(src) == 1 and src[0][1] - src[0][0] == 1 and df.lower[src[0][0]] in RELATIVE_PRONOUNS:
        ante = _antecedent(doc[src[0][0]])
        if ante is not None:
            named = doc.text[df.start[ante[0]] : df.end[ante[1] - 1]]
            src = [ante, src[0]]
    return (s, e), src, con, named


# Words opening a clause that says only what it holds; not "as" ("As Reed noted, the
# merger ..."), whose clause points at the main clause as what was said.
SUBORDINATORS = frozenset(
    ["while", "although", "though", "whereas", "after", "before", "because", "since", "when"]
    + ["once", "until", "unless", "if"]
)


def _inside_subordinate_clause(doc, df: DocFeatures, con, head) -> list[tuple[int, int]]:
    """ "While the mayor said the bridge was safe, it had not been inspected since 2009": a
    cue heading a clause that opens with a subordinator (``SUBORDINATORS``) said only what
    that clause holds; the main clause after it is someone else's words, or the outlet's.
    A quotation running on past the clause is still the speaker's."""
    if head.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.i < head.i and c.lower_ in SUBORDINATORS for c in head.children
    ):
        return con
    end = head.right_edge.i + 1
    kept = [
        run if df.any_quoted(end, run[1]) else (run[0], min(run[1], end))
        for run in con
        if run[0] < end
    ]
    return kept if kept else con


def _before_semicolon_dropped(df: DocFeatures, con, src, cue) -> list[tuple[int, int]]:
    """ "The merger may not change things; Reed has said that he expects ...": a speaker whose
    words follow as a "that" clause said only that clause; what stands before a semicolon
    ahead of the speaker is another sentence, the outlet's own (unless it is quoted)."""
    start = min([cue[0], *(a for a, _ in src)])
    if not any(a >= cue[1] for a, _ in con):
        return con
    return [
        (a, b)
        for a, b in con
        if not (
            b <= start
            and any(df.lower[i] == ";" for i in range(b - 1, start))
            and not df.any_quoted(a, b)
        )
    ]


def _coordinate_comment_cut(doc, df: DocFeatures, con, head, comp) -> list[tuple[int, int]]:
    """ "Reed has said that he expects $300 million in savings, but that may be hard to do":
    a clause joined to the verb of saying, not to what was said, is the outlet's comment on
    it. A second "that" clause ("..., but that it would ...") is still the speaker's."""
    conj = next((c for c in head.children if c.dep_ == "conj" and c.i > comp.i), None)
    if conj is None:
        return con
    cut = conj.left_edge.i
    while cut > comp.right_edge.i + 1 and df.pos[cut - 1] in ("CCONJ", "PUNCT"):
        cut -= 1
    if any(t.dep_ == "mark" for t in conj.children) or df.any_quoted(cut, conj.right_edge.i + 1):
        return con
    kept = [(a, min(b, cut)) for a, b in con if a < cut]
    return kept if kept else con


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


def minus_set(run: tuple[int, int], cut: set[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for i in range(*run):
        if i in cut:
            continue
        if out and out[-1][1] == i:
            out[-1] = (out[-1][0], i + 1)
        else:
            out.append((i, i + 1))
    return out


def extend_back(
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
    if df.any_quoted(ps, e0):
        return content
    if any(s < pe for s, _ in content):
        return content
    return [(ps, pe)] + content


MERIDIEM = frozenset(["a.m.", "p.m.", "a.m", "p.m"])


def with_meridiem(df: DocFeatures, run: tuple[int, int]) -> tuple[int, int]:
    """A content run that ends on a clock time takes the "a.m." / "p.m." after it: the
    parser hangs that word on the sentence, not on the time ("began at 6:40 a.m.")."""
    a, b = run
    if a < b < df.n and df.lower[b] in MERIDIEM and df.lower[b - 1][:1].isdigit():
        return a, b + 1
    return run
