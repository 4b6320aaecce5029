"""The cue's verb and frame as a stem uses it: "Who estimated ...", "What did X tell
reporters?", "on December 24"."""

from __future__ import annotations

import re

from quizapp.core.claims import Analysis, Article, Claim
from quizapp.core.lexicon import MONTHS
from quizapp.core.questions.referents import named_in_full

# Past tense for stems ("Who reported that..."), base form for "What did X report?".
VERBS: dict[str, tuple[str, str]] = {
    "said": ("said", "say"),
    "says": ("said", "say"),
    "stated": ("stated", "state"),
    "states": ("stated", "state"),
    "noted": ("noted", "note"),
    "reported": ("reported", "report"),
    "reports": ("reported", "report"),
    "announced": ("announced", "announce"),
    "estimated": ("estimated", "estimate"),
    "estimates": ("estimated", "estimate"),
    "claimed": ("claimed", "claim"),
    "claims": ("claimed", "claim"),
    "told": ("told", "tell"),
    "repeated": ("repeated", "repeat"),
    "projected": ("projected", "project"),
    "added": ("added", "add"),
    "insisted": ("insisted", "insist"),
    "denied": ("denied", "deny"),
    "warned": ("warned", "warn"),
    "argued": ("argued", "argue"),
    "believes": ("believes", "believe"),
    "believed": ("believed", "believe"),
    "cited": ("cited", "cite"),
    "confirmed": ("confirmed", "confirm"),
    "wrote": ("wrote", "write"),
    "explained": ("explained", "explain"),
    "suggested": ("suggested", "suggest"),
    "predicted": ("predicted", "predict"),
    "found": ("found", "find"),
    "concluded": ("concluded", "conclude"),
    "acknowledged": ("acknowledged", "acknowledge"),
    "admitted": ("admitted", "admit"),
    "alleged": ("alleged", "allege"),
    "emphasized": ("emphasized", "emphasize"),
    "stressed": ("stressed", "stress"),
    "revealed": ("revealed", "reveal"),
    "indicated": ("indicated", "indicate"),
    "showed": ("showed", "show"),
    "shows": ("showed", "show"),
    # A forecast keeps its verb, and its present tense ("will be sold" after "expected"
    # jars): "Who expects that 16.6 million vehicles will be sold?" is the cue's lesson;
    # "Who said ..." would turn an expectation into a statement.
    "expects": ("expects", "expect"),
    "expected": ("expected", "expect"),
    "forecast": ("forecast", "forecast"),
    "forecasts": ("forecasts", "forecast"),
    "predicts": ("predicts", "predict"),
    "projects": ("projects", "project"),
    "thinks": ("thinks", "think"),
    "testified": ("testified", "testify"),
    "reiterated": ("reiterated", "reiterate"),
    "recalled": ("recalled", "recall"),
    "pointed out": ("pointed out", "point out"),
}


_MONTHS = "|".join(MONTHS)


_DATE = re.compile(rf"\b[Oo]n ((?:{_MONTHS}) \d{{1,2}}(?:, \d{{4}})?)\b")


def verb_forms(cue: str) -> tuple[str, str]:
    """(past, base) of a cue: "estimated" -> ("estimated", "estimate"); others -> said/say."""
    key = " ".join(cue.lower().split())
    if key not in VERBS and " " in key and key != "according to":
        key = key.split()[-1]  # "also noted" -> "noted"
    return VERBS.get(key, ("said", "say"))


# Cues that carry on from what the source said before ("he added", "she went on"): a stem
# shows the one statement, so it asks who said it.
_GOES_ON = {"add", "continue", "repeat"}


def cue_frame(claim: Claim, article: Article) -> tuple[str, str]:
    """(past, base) of the cue as the stem may use it: "told reporters" / "tell reporters"
    where the article names whom the source told; a bare "told", or a cue carrying on from
    an earlier statement ("added"), reads as "said"."""
    past, base = verb_forms(claim.cue)
    if base in _GOES_ON:
        return "said", "say"  # "Who added, ...?" asks what came before, which the stem never shows
    if base != "tell":
        return past, base
    who = addressee(claim, article)
    return (f"told {who}", f"tell {who}") if who else ("said", "say")


_ADDRESSEE = re.compile(r"(?:the |a |an )?[A-Za-z][\w.'’-]*(?: [A-Za-z][\w.'’-]*){0,3}")


_NOT_ADDRESSEES = {"him", "her", "them", "us", "me", "you", "it", "that", "this", "in", "on"}


def addressee(claim: Claim, article: Article) -> str:
    """Whom the source told, as the article writes it: "reporters", "the committee"."""
    if not claim.cue_spans:
        return ""
    text = article.text
    cue_end = claim.cue_spans[0][1]
    starts = [s for s, _ in claim.content_spans if s >= cue_end]
    if starts:
        between = text[cue_end : starts[0]]
    else:
        between = re.split(r"[.,;:!?\"\u201c\u201d\n]", text[cue_end : cue_end + 80])[0]
    between = re.sub(r"\s+that\s*$", "", " ".join(between.split()).strip(" ,:"))
    ws = between.lower().split()
    if not ws or ws[0] in _NOT_ADDRESSEES or not _ADDRESSEE.fullmatch(between):
        return ""
    if _INITIALS.fullmatch(between):
        return spelled_out(between, text)  # "told TRD": "told The Real Deal", or "said"
    # "told Hale": the stem names her as the article first does ("Dana Hale").
    return named_in_full(between, text)


_INITIALS = re.compile(r"[A-Z]{2,6}")


def spelled_out(initials: str, text: str) -> str:
    """The name whose capitalised words' first letters the initials are, as the article
    writes it ("The Real Deal" for "TRD"); "" where it writes none: a pupil shown "TRD"
    alone cannot tell who that is."""
    for m in re.finditer(r"[A-Z][\w&'\u2019-]*(?: (?:of )?[A-Z][\w&'\u2019-]*)+", text):
        run = m.group(0).split()
        for i in range(len(run)):
            for j in range(i + 2, len(run) + 1):
                letters = "".join(w[0] for w in run[i:j])  # "Voice of America": VOA or VA
                if run[i] != "of" and initials in {letters.upper(), letters.replace("o", "")}:
                    the = i > 0 and run[i - 1] == "The" or m.string[: m.start()].endswith("the ")
                    return ("the " if the else "") + " ".join(run[i:j])  # "the Harbor Board"
    return ""


def date_of(claim: Claim) -> str:
    """ "on December 24" when the claim's sentence dates it, else ""."""
    match = _DATE.search(claim.evidence)
    return f"on {match.group(1)}" if match else ""


def claim_date(analysis: Analysis, index: int) -> str:
    """The claim's date, or that of the same source's claim just before it: "According to
    him, ..." continues a dated report."""
    for j in (index, index - 1):
        if j < 0:
            break
        c = analysis.claims[j]
        if c.source != analysis.claims[index].source:
            break
        found = date_of(c)
        if found:
            return found
    return ""
