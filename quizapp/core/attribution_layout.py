"""Attributions marked by layout rather than words, which the CRFs rarely see: "SPEAKER:
words" lines (transcripts, "Name: quote" headlines) and "“quote” ― Name" signatures (vox
pops, embedded posts).

spaCy is not imported here: the Doc comes from the caller.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizapp.core.attribution_features import DocFeatures

if TYPE_CHECKING:
    from spacy.tokens import Doc

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


def layout_claims(doc: Doc, df: DocFeatures, text: str, body_tok: list[bool]):
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
