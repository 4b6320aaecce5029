"""Words in a claim's sentence that an explanation must not pass over: a distancing word
before the cue ("Thomas allegedly told a supervisor"), and a rejection by the source itself
("Volker disputed the notion that ...") shown beside a key that says "attributed".

A distancing word puts even the attribution in doubt: the article does not confirm that the
source said the words. A source's own rejection does not make its words disputed (DOMAIN 2:
the claim that does the rejecting stays attributed), but a learner who sees "disputed" in
the evidence needs to be told why the key is not.
"""

from __future__ import annotations

import re

from quizapp.core.claims import Analysis, Article, Claim
from quizapp.core.questions.names import same_source

DISTANCING = re.compile(r"\b(allegedly|reportedly|purportedly|supposedly|apparently)\s+$", re.I)
REJECTING = re.compile(
    r"\b(disputed|denied|rejected|dismissed|refuted|rebutted|contradicted|disagreed with)\b", re.I
)
_PRONOUNS = {"he", "she", "they", "it"}


def distancing_word(claim: Claim, article: Article) -> str:
    """The distancing adverb standing right before the cue ("allegedly"), or ""."""
    if not claim.cue_spans:
        return ""
    start = claim.cue_spans[0][0]
    found = DISTANCING.search(article.text[max(0, start - 20) : start])
    return found.group(1).lower() if found else ""


def written_cue(claim: Claim, article: Article) -> str:
    """The cue as the article writes it, with a distancing word before it: "allegedly told"."""
    word = distancing_word(claim, article)
    return f"{word} {claim.cue}" if word else claim.cue


def hedged(claim: Claim, article: Article, verb: str) -> str:
    """A stem's verb with the distancing word the article puts before the cue: "allegedly
    told a clerk". Dropped, "Who told a clerk ...?" would take the telling as a fact."""
    word = distancing_word(claim, article)
    return f"{word} {verb}" if word else verb


# "according to court documents" in the cue's sentence: the words reach the article through
# a record or a third party. A name of up to five words, ending at a punctuation mark.
_RELAY = re.compile(
    r"\baccording to ((?:[\w'\u2019.-]+ ){0,4}[\w'\u2019-]+)(?=\s*[,.;:!?\u2014])", re.I
)


def relayed_by(claim: Claim, article: Article) -> str:
    """Who or what the article has the claim from when the source did not tell it ("court
    documents", "prosecutors"): "according to ..." in the sentence of the claim's cue, where
    the cue is another one ("Lee told a clerk, according to court documents"); or ""."""
    if not claim.cue_spans or claim.cue.lower().startswith("according"):
        return ""
    start, end = claim.cue_spans[0]
    lo, hi = article.sentence_span(start, end)
    found = _RELAY.search(article.text, lo, hi)
    if not found or found.group(1).lower() in claim.source.lower():
        return ""
    return found.group(1)


def second_hand(analysis: Analysis, index: int) -> str:
    """Why the claim's words reach the article through someone other than its source, or
    "": a distancing word before the cue ("Thomas allegedly told a supervisor"), a relay
    ("according to court documents"), or the cue inside another source's claim, after that
    source's cue ("Volker said ... after Politico reported the aid had been paused").
    Keyed as the source's plain claim, such words would be flattened: the article reports
    that someone says the source said them (DOMAIN 1)."""
    claim = analysis.claims[index]
    article = analysis.article
    word = distancing_word(claim, article) or relayed_by(claim, article)
    if word or not claim.cue_spans or _according(claim):
        return word
    start = claim.cue_spans[0][0]
    for other in analysis.claims:
        if other is claim or not other.cue_spans or _according(other):
            continue  # "..., according to X" wraps the sentence: X is the outer source
        if same_source(other.source, claim.source):
            continue
        if other.cue_spans[0][1] <= start and any(s <= start < e for s, e in other.content_spans):
            return other.source
    return ""


def _according(claim: Claim) -> bool:
    return claim.cue.lower().startswith("according")


def own_rejection(claim: Claim, evidence: str) -> str:
    """The word by which the evidence shows the claim's own source rejecting something
    ("Volker disputed the notion ..."), or "": the source named (or "he", "she") just
    before it, with at most two words between."""
    names = [w for w in re.findall(r"[\w'\u2019-]+", claim.source) if w[:1].isupper()]
    for m in REJECTING.finditer(evidence):
        before = re.findall(r"[\w'\u2019-]+", evidence[: m.start()])[-3:]
        if any(w in names or w.lower() in _PRONOUNS for w in before):
            return m.group(1).lower()
    return ""


def rejection_note(claim: Claim, evidence: str, who: str) -> str:
    """Why an attributed key stands beside its source's own "disputed" in the evidence."""
    word = own_rejection(claim, evidence)
    if claim.status != "attributed" or not word:
        return ""
    return (
        f" In the evidence it is {who} who \u201c{word}\u201d something; no other source in the"
        f" article rejects what {who} says, so it stays attributed."
    )


def distancing_note(claim: Claim, analysis: Analysis, who: str) -> str:
    """What a distancing word before the cue adds: not even the attribution is confirmed."""
    word = distancing_word(claim, analysis.article)
    if not word or claim.status not in ("attributed", "disputed"):
        return ""
    return (
        f" The word \u201c{word}\u201d means the article does not confirm even that {who} said"
        " this: someone else says so."
    )
