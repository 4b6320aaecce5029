"""What the article does with each claim: attributed, corroborated, disputed, unattributed.

DOMAIN section 2, read the same way every time:
- disputed: another source rejects the claim or its source ("should not be considered
  reliable", "denied", "dismissed") or sets contrary evidence against the same point; the
  rejecting claim itself stays attributed unless something rejects it in turn;
- corroborated: a source independent of the first (not the same party, not its own office)
  or a cited record states the same point: the same figure of the same thing, or strongly
  overlapping content;
- figures that differ but count different things, or that no one sets against each other,
  leave both claims attributed;
- sentences in the outlet's own voice become claims with status "unattributed".

Everything here works on words and spans, not on a model, so hand-built claims can be
assessed in tests; the Doc, when given, only sharpens sentences and what a figure counts.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quizapp.core.claims import Article, Claim, Figure, Span
from quizapp.core.lexicon import DOCUMENT_STEMS, NAMELESS_SOURCES, STOP_WORDS
from quizapp.core.sources import SourceProfile, source_profiles

if TYPE_CHECKING:
    from spacy.tokens import Doc

# --------------------------------------------------------------------------- cue strength

# Stems (see _stem) of the cue words that mark each strength; "report" is the default.
ESTIMATE_CUES = frozenset(
    [
        "estimat",
        "project",
        "calculat",
        "forecast",
        "predict",
        "reckon",
        "extrapolat",
        "model",
        "approximat",
        "put",
    ]
)
DOUBT_CUES = frozenset(
    ["claim", "alleg", "insist", "purport", "maintain", "contend", "assert", "suggest", "speculat"]
)
ASSERTION_CUES = frozenset(
    [
        "confirm",
        "show",
        "found",
        "find",
        "prove",
        "prov",
        "proven",
        "reveal",
        "demonstrat",
        "establish",
        "verif",
        "document",
        "determin",
        "certif",
    ]
)
REPORT_CUES = frozenset(
    [
        "said",
        "say",
        "tell",
        "told",
        "note",
        "add",
        "announc",
        "report",
        "stat",
        "explain",
        "write",
        "wrote",
        "comment",
        "respond",
        "declar",
        "tweet",
        "remark",
        "according",
        "cite",
        "warn",
        "argu",
        "deni",
        "deny",
        "dismiss",
        "reject",
    ]
)


def cue_strength(cue: str) -> str:
    """report / estimate / doubt / assertion for a cue as written ("estimated", "has claimed")."""
    for word in re.findall(r"[a-z]+", (cue or "").lower()):
        stem = _stem(word)
        if stem in ESTIMATE_CUES or word in ESTIMATE_CUES:
            return "estimate"
        if stem in DOUBT_CUES or word in DOUBT_CUES:
            return "doubt"
        if stem in ASSERTION_CUES or word in ASSERTION_CUES:
            return "assertion"
        if stem in REPORT_CUES or word in REPORT_CUES:
            return "report"
    return "report"


# Adverbs the extractor may take into a cue span ("also noted"): not part of the cue word.
_CUE_ADVERBS = re.compile(
    r"^((also|further|later|previously|again|repeatedly|then|recently|earlier|once|"
    r"separately|publicly|privately|reportedly|similarly|likewise|first|already)\s+)+",
    re.I,
)


def tidy_cue(cue: str) -> str:
    """The cue words without leading adverbs: "also noted" -> "noted" (spans are kept)."""
    cue = re.sub(r"\s+", " ", cue or "").strip(" ,.;:")
    return _CUE_ADVERBS.sub("", cue) or cue


def set_cue_strengths(claims: Sequence[Claim]) -> None:
    for claim in claims:
        claim.cue = tidy_cue(claim.cue)
        claim.cue_strength = (
            "assertion" if claim.status == "unattributed" else cue_strength(claim.cue)
        )


# --------------------------------------------------------------------------- words


_NEGATION = re.compile(r"\b(not|no|never|neither|nor|cannot)\b|n['’]t\b", re.I)


@functools.lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """A crude stem, enough to match "reports"/"reported"/"report", "estimated"/"estimate"."""
    w = word.lower()
    for suffix in ("ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "s", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
            break
    return w


@functools.lru_cache(maxsize=8192)
def content_words(text: str) -> frozenset[str]:
    words = re.findall(r"[a-z][a-z'-]+|\d[\d,.]*", text.lower())
    return frozenset(_stem(w) for w in words if w not in STOP_WORDS)


def overlap(a: set[str], b: set[str]) -> tuple[float, float]:
    """(containment of the smaller set, Jaccard) of two word sets."""
    if not a or not b:
        return 0.0, 0.0
    common = len(a & b)
    return common / min(len(a), len(b)), common / len(a | b)


def _same_point(a: Claim, b: Claim) -> bool:
    """Two claims about one point, for a denial: most of the shorter one's words (at least
    two) are in the other ("had known about the fault since August" / "denied that it had
    known about the fault before November 3")."""
    wa, wb = content_words(a.content), content_words(b.content)
    if len(wa & wb) < 2:
        return False
    contained, _ = overlap(wa, wb)
    return contained >= 0.5 or same_content(a, b)


def same_content(a: Claim, b: Claim) -> bool:
    """Strongly overlapping content: most of the shorter claim's words are in the other."""
    wa, wb = content_words(a.content), content_words(b.content)
    if min(len(wa), len(wb)) < 4 or len(wa & wb) < 5:
        return False
    contained, jaccard = overlap(wa, wb)
    return contained >= 0.6 and jaccard >= 0.5


# --------------------------------------------------------------------------- figures

_QUALIFIERS = (
    r"nearly|almost|about|around|approximately|roughly|some|more than|over|less than|"
    r"fewer than|under|at least|at most|up to|as many as|as few as|close to|an estimated|"
    r"just over|just under|well over|upwards of"
)
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "hundred": 1e2}
_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12, "dozens": 24,
    "hundreds": 200, "thousands": 2000, "half": 0.5, "two-thirds": 2 / 3, "one-third": 1 / 3,
    "a third": 1 / 3, "a quarter": 0.25, "three-quarters": 0.75,
}  # fmt: skip
_FIGURE = re.compile(
    rf"(?:\b(?P<qual>{_QUALIFIERS})\s+)?"
    rf"(?<![\w.,:-])(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![\w:])|\d+(?:\.\d+)?(?![\w:])"
    rf"|\b(?:{'|'.join(sorted(map(re.escape, _WORD_NUMBERS), key=len, reverse=True))})\b)"
    rf"(?:\s*(?P<scale>thousand|million|billion|trillion|hundred|%|percent|per cent)\b)?",
    re.I,
)
# A fast first look: most claims hold no number at all.
_MAYBE_NUMBER = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|hundreds?|thousands?|dozens?|half|third|quarter)",
    re.I,
)
_MONTHS = re.compile(r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$", re.I)
_CLOCK = "time of day"
_CLOCK_TIME = re.compile(r"\b([01]?\d|2[0-3]):([0-5]\d)\b(?:\s*([ap]\.?m\.?)(?!\w))?", re.I)
_LABEL = re.compile(
    r"\b(phase|article|section|chapter|stage|round|level|title|category|grade|no\.|number|"
    r"week|game|item|rule|amendment|part|class|tier|route|flight|gate|line)\s*$",
    re.I,
)
_TIME_UNITS = frozenset(["year", "years", "month", "months", "week", "weeks"])
_COUNT_STOP = frozenset(
    [
        "last",
        "next",
        "ago",
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "today",
        "yesterday",
        "more",
        "less",
        "fewer",
        "nearly",
        "about",
        "around",
        "almost",
        "some",
        "in",
        "on",
        "at",
        "during",
        "for",
        "to",
        "from",
        "by",
        "with",
        "since",
        "after",
        "before",
        "under",
        "over",
        "that",
        "which",
        "who",
        "had",
        "have",
        "has",
        "are",
        "is",
        "were",
        "was",
        "will",
        "would",
        "be",
        "been",
        "as",
        "than",
        "per",
        "each",
        "a",
        "an",
        "the",
        "this",
        "their",
        "its",
        "his",
        "her",
    ]
)


def extract_figures(claim: Claim, text: str, doc: Doc | None = None) -> list[Figure]:
    """The numbers in a claim's content, with what each counts and how it is qualified."""
    pieces: list[tuple[int, str]]
    if claim.content_spans:
        pieces = [(s, text[s:e]) for s, e in claim.content_spans]
    else:
        pieces = [(0, claim.content)]  # a hand-built claim: spans are relative to content
    figures = []
    for base, chunk in pieces:
        if not _MAYBE_NUMBER.search(chunk):
            continue
        for m in _FIGURE.finditer(chunk):
            figure = _figure(m, chunk, base, doc if claim.content_spans else None)
            if figure is not None:
                figures.append(figure)
    return figures


def _clock_times(chunk: str, base: int) -> list[Figure]:
    """ "6:40 a.m.", "15:55": a time of day, which the number pattern leaves alone."""
    out = []
    for m in _CLOCK_TIME.finditer(chunk):
        hours = int(m.group(1)) % 12 if m.group(3) else int(m.group(1))
        if m.group(3) and m.group(3).lower().startswith("p"):
            hours += 12
        out.append(
            Figure(
                text=m.group(0).strip(),
                value=hours + int(m.group(2)) / 60,
                counts=_CLOCK,
                span=(base + m.start(), base + m.end()),
            )
        )
    return out


def _figure(m: re.Match[str], chunk: str, base: int, doc: Doc | None) -> Figure | None:
    num, scale = m.group("num"), (m.group("scale") or "").lower()
    before = chunk[: m.start()]
    is_word = not num[0].isdigit()
    if _MONTHS.search(before) and not scale:
        return None  # "December 24": a date
    if re.fullmatch(r"(19|20)\d\d", num) and not scale:
        return None  # a year
    if _LABEL.search(before) and not scale:
        return None  # "Phase 1", "Article 5", "No. 3": a name, not a count
    if is_word and not scale:
        rest = chunk[m.end() :].lstrip()
        if not re.match(r"(of\s+)?[a-z]", rest) or num.lower() in ("one", "half"):
            return None  # "one of them", "half" alone: not a count worth comparing
    value = _value(num, scale)
    start, end = base + m.start(), base + m.end()
    counts = _counts(chunk, m.end(), doc, base)
    return Figure(
        text=m.group(0).strip(),
        value=value,
        counts=counts,
        span=(start, end),
        qualifier=(m.group("qual") or "").lower(),
    )


def _value(num: str, scale: str) -> float:
    low = num.lower()
    value = float(_WORD_NUMBERS[low]) if low in _WORD_NUMBERS else float(num.replace(",", ""))
    if scale in _SCALES:
        value *= _SCALES[scale]
    return value


def _counts(chunk: str, pos: int, doc: Doc | None, base: int) -> str:
    """What a number counts: its noun in the parse, else the next few content words."""
    if doc is not None:
        noun = _counted_noun(doc, base + pos)
        if noun:
            return noun
    words = []
    for w in re.findall(r"[A-Za-z][\w'-]*|[^\w\s]", chunk[pos:])[:8]:
        low = w.lower()
        if not words and low in ("of", "the"):
            continue  # "40% of voters", "two-thirds of the staff"
        if not w[0].isalpha() or (low in _COUNT_STOP and (words or low not in _TIME_UNITS)):
            break  # "six weeks" counts weeks; "310 babies last year" counts babies
        words.append(w)
        if len(words) == 4:
            break
    while words and words[-1].lower() in ("and", "or"):
        words.pop()
    return " ".join(words)


def _counted_noun(doc: Doc, char: int) -> str:
    span = doc.char_span(max(0, char - 1), char, alignment_mode="expand")
    if span is None or not len(span):
        return ""
    token = span[-1]
    head = token.head
    if (
        token.dep_ in ("nummod", "quantmod", "compound")
        and head.i > token.i
        and head.pos_
        in (
            "NOUN",
            "PROPN",
        )
    ):
        while head.dep_ == "nummod" and head.head.i > head.i:
            head = head.head
        return doc[token.i + 1 : head.i + 1].text
    return ""


_VAGUE = re.compile(r"\b(dozens|hundreds|thousands|millions|several|many)\b", re.I)


def same_figure(a: Figure, b: Figure) -> bool:
    """The same number of the same thing (what is counted shares a word). Vague amounts
    ("thousands of shootings") never count as the same figure."""
    if not a.counts or not b.counts or _VAGUE.search(a.text) or _VAGUE.search(b.text):
        return False
    close = abs(a.value - b.value) <= 0.005 * max(abs(a.value), abs(b.value), 1e-9)
    return close and bool(content_words(a.counts) & content_words(b.counts))


def counts_same_thing(a: Figure, b: Figure) -> bool:
    return bool(a.counts and b.counts and content_words(a.counts) & content_words(b.counts))


# --------------------------------------------------------------------------- parties


_GENERIC = frozenset(
    [
        "ministry",
        "minister",
        "department",
        "office",
        "council",
        "committee",
        "state",
        "states",
        "national",
        "federal",
        "government",
        "united",
        "federation",
        "agency",
        "service",
        "services",
        "russian",
        "american",
        "british",
        "chinese",
        "us",
        "u.s.",
        "uk",
        "of",
        "the",
        "and",
        "for",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "press",
        "secretary",
        "deputy",
        "chairman",
        "president",
        "official",
        "officials",
    ]
)


@functools.lru_cache(maxsize=4096)
def _party_words(text: str) -> frozenset[str]:
    words = re.findall(r"[a-z][\w.-]+", re.sub(r"['’]s\b", "", text.lower()))
    return frozenset(w for w in words if w not in _GENERIC)


def same_party(a: SourceProfile, b: SourceProfile) -> bool:
    """The same source, or one speaking for the other's office ("Defense Minister" and
    "the Ministry of Defense", "Kremlin spokesperson" and "the Kremlin")."""
    na, nb = a.words, b.words
    if na and nb and (na <= nb or nb <= na):
        return True
    if not a.named and not b.named:
        return True  # two unnamed sources: nothing shows that they are independent
    # "the study" and "An exhaustive study ... by researchers", "Poll" and "a new poll":
    # a document named again by its kind is the same document.
    docs_a = (na | _party_words(a.role)) & DOCUMENT_STEMS
    if docs_a and docs_a & (nb | _party_words(b.role)):
        return True
    # "their attorneys" and "attorneys for the family": unnamed groups with the same head.
    if _common_head(a.name) and _common_head(a.name) == _common_head(b.name):
        return True
    aff_a, aff_b = _party_words(a.affiliation), _party_words(b.affiliation)
    return bool(
        (aff_a and (aff_a & aff_b or aff_a & _party_words(b.name)))
        or (aff_b and aff_b & _party_words(a.name))
    )


def _common_head(name: str) -> str:
    """The head noun of a source without capitalised words ("their attorneys"), else ""."""
    words = re.findall(r"[\w'-]+", name)
    if (
        not words
        or any(w[:1].isupper() for w in words[1:])
        or words[0][:1].isupper()
        and (words[0].lower() not in ("the", "a", "an", "their", "his", "her", "its", "some"))
    ):
        return ""
    heads = [w.lower() for w in words if w.lower() not in _POST_HEAD_WORDS]
    return heads[-1] if heads else ""


_POST_HEAD_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "their",
        "his",
        "her",
        "its",
        "some",
        "of",
        "for",
        "at",
        "in",
        "with",
        "from",
    ]
)


def describe(profile: SourceProfile) -> str:
    """ "Dmitry Peskov (Kremlin)" for reasons that name the other claim."""
    role = profile.role.split(";")[0].strip()
    if role and len(role.split()) <= 4 and role.lower() not in profile.name.lower():
        return f"{profile.name} ({role})"
    if profile.affiliation and profile.affiliation.lower() not in profile.name.lower():
        return f"{profile.name} ({profile.affiliation})"
    return profile.name or "another source"


# --------------------------------------------------------------------------- rejection


REJECT_CUES = frozenset(
    [
        "deny",
        "deni",
        "dismiss",
        "reject",
        "disput",
        "refut",
        "rebut",
        "contradict",
        "disavow",
        "debunk",
        "contest",
        "discredit",
        "disprov",
        "repudiat",
    ]
)
_REJECT_CONTENT = re.compile(
    r"(\b(not|never|no|hardly|cannot)\b|n['’]t\b)(\W+\w+){0,10}?\W+"
    r"(credible|reliable|true|accurate|correct|valid|trustworthy|trusted|legitimate|"
    r"believable|factual|right|real|serious)\b"
    r"|\b(false|untrue|inaccurate|baseless|unfounded|groundless|fabricated|misleading|"
    r"incorrect|wrong|fake|nonsense|exaggerated|inflated|flawed|erroneous|bogus|debunked|"
    r"lies|lie|made[- ]up|propaganda|fiction|absurd|incomplete|impossible|overstated|"
    r"understated)\b"
    r"|\bno (evidence|basis|truth|proof)\b"
    r"|\bnot possible\b"
    r"|\b(far |much |way )?too (high|low|large|small|big|optimistic|pessimistic)\b",
    re.I,
)
_DOC_NOUNS = (
    "report|reports|estimate|estimates|figure|figures|number|numbers|claim|claims|"
    "allegation|allegations|statement|statements|study|studies|analysis|data|account|"
    "assessment|poll|polls|survey|findings|assertion|assertions|accusation|accusations|"
    "story|stories|article|research|calculation|calculations|projection|projections|"
    "forecast|forecasts|count|reporting|suggestion|suggestions|remarks|comments|version|"
    "finding"
)
_SPEECH_NOUNS = frozenset(
    [
        "claim",
        "claims",
        "account",
        "statement",
        "statements",
        "assertion",
        "assertions",
        "allegation",
        "allegations",
        "accusation",
        "accusations",
        "suggestion",
        "suggestions",
        "remarks",
        "comments",
        "version",
    ]
)
_ANAPHOR = re.compile(
    rf"\b(such|this|these|that|those|the|its|their|his|her)\s+"
    rf"(?:(?:[A-Za-z-]+(?:['’]s)?|and)\s+){{0,3}}?({_DOC_NOUNS})\b",
    re.I,
)
_CONTRAST = re.compile(
    r"\b(contrary to|contradict\w*|in fact|actually|at odds with|far (fewer|more|lower|higher)|"
    r"much (lower|higher)|rather than|instead)\b",
    re.I,
)
# A claim that corrects the one before it: "the injury was in fact a ruptured tendon".
_CORRECTION = re.compile(r"\b(in fact|contrary to|at odds with)\b", re.I)
WINDOW = 1500  # characters back that an anaphor ("such reports") may reach
# What may stand between a rejected subject and the word that rejects it.
_LINK = re.compile(
    r"[\s\"“”'‘’,]*(?:(?:that|this|it|is|was|were|are|be|been|being|has|have|had|would|"
    r"should|could|may|might|must|can|or|considered|seen|regarded|treated|taken|as|"
    r"simply|completely|entirely|"
    r"totally|plainly|clearly|absolutely|patently|wholly|also|itself|themselves|so|"
    r"not|far|much|way)[\s\"“”'‘’,]+)*",
    re.I,
)
# A rejection whose subject is a bare pointer at what was just said: "that was not possible".
# ("the jury that was not possible": an addressee the content kept is skipped.)
_POINTING = re.compile(
    r"\s*(?:the\s+[a-z]+\s+)?(that|this|it)\s+(?:is|was|were|are|would be)\b", re.I
)


def is_rejection(claim: Claim) -> bool:
    """Does this claim reject something: by its cue ("denied") or its words ("not credible")?"""
    return _rejects(claim.cue, claim.content)


@functools.lru_cache(maxsize=4096)
def _rejects(cue: str, content: str) -> bool:
    if _rejecting_words(cue):
        return True
    return bool(_REJECT_CONTENT.search(content))


def _rejecting_cue(claim: Claim) -> bool:
    return _rejecting_words(claim.cue)


def _rejecting_words(cue: str) -> bool:
    """ "denied", "dismissed", "ruled out": a cue that rejects what it introduces."""
    low = cue.lower()
    return any(_stem(w) in REJECT_CUES for w in re.findall(r"[a-z]+", low)) or bool(
        re.search(r"\brul\w*\s+out\b", low)
    )


def _start(claim: Claim) -> int:
    spans = claim.content_spans or claim.cue_spans or claim.source_spans
    return min(s for s, _ in spans) if spans else claim.evidence_span[0]


def disputed_targets(
    r: int, claims: Sequence[Claim], profiles: Sequence[SourceProfile]
) -> list[int]:
    """The claims that claim ``r`` rejects or contradicts (never its own party's)."""
    rejecter = claims[r]
    if _unnamed(profiles[r]):
        return []  # an unnamed rejection ("it was called false") has no one to weigh
    rejecting = is_rejection(rejecter)
    contrasting = bool(_CONTRAST.search(rejecter.content))
    negating = _negated(rejecter.content)
    if not rejecting and not contrasting and not negating:
        return []  # most claims reject nothing: skip the pairing below
    others = [
        t
        for t, c in enumerate(claims)
        if t != r
        and c.status != "unattributed"
        and not _unnamed(profiles[t])
        and not same_party(profiles[r], profiles[t])
    ]
    found: list[int] = []
    if rejecting:
        aimed = rejecter.content + (" " + rejecter.evidence if _rejecting_cue(rejecter) else "")
        named: dict[str, list[int]] = {}
        for t in others:
            # (a) the rejection names the other party's claim: "Mbeki's account", "the
            # estimate by CSIS", or "dismissed CSIS" (a rejecting verb with the party as object)
            if _names_claim_of(aimed, rejecter, profiles[t]):
                named.setdefault(profiles[t].name.lower(), []).append(t)
            # (b) a denial of the same point ("denied that it had known about the fault")
            elif (
                _rejecting_cue(rejecter)
                and not is_rejection(claims[t])
                and _same_point(rejecter, claims[t])
            ):
                found.append(t)
        for party in named.values():
            found.append(_nearest(r, party, claims))
        # (c') "that was not possible", "this is false": the claim just before, another's
        pointer = _POINTING.match(rejecter.content)
        if pointer and _rejected_subject(rejecter.content, pointer.end(1)):
            earlier = [
                t
                for t in others
                if 0 <= _start(rejecter) - _start(claims[t]) <= WINDOW
                and not is_rejection(claims[t])
            ]
            if earlier:
                found.append(max(earlier, key=lambda t: _start(claims[t])))
        # (c) "such reports", "these figures": the nearest earlier claim that made one
        for m in _ANAPHOR.finditer(rejecter.content):
            if not _rejecting_cue(rejecter) and not _rejected_subject(rejecter.content, m.end()):
                continue  # "the study showed that the plan was too small": not the study
            noun = _stem(m.group(2))
            # "that claim", "this account" may point at any earlier claim; "such reports",
            # "these figures" only at one made by a report or with figures.
            generic = m.group(2).lower() in _SPEECH_NOUNS
            # An anaphor that names whose claim it means ("the Russian and Syrian claims")
            # may reach back over the whole article; "such reports" only nearby.
            named_owner = _owners(m.group(0))
            reach = len(rejecter.evidence) + _start(rejecter) if named_owner else WINDOW
            earlier = [
                t
                for t in others
                if 0 <= _start(rejecter) - _start(claims[t]) <= reach
                and (generic or noun in _claim_nouns(claims[t]))
                and _fits_owner(named_owner, claims[t], profiles[t])
            ]
            if earlier:
                nearest = max(earlier, key=lambda t: _start(claims[t]))
                if _plural(m.group(2)):  # "such reports": every one that party made
                    found.extend(t for t in earlier if same_party(profiles[t], profiles[nearest]))
                else:  # "the claim", "that figure": the one just made
                    found.append(nearest)
    # (e) contrary evidence in words: "no ballot was counted twice" after "ballots were
    # counted twice"; "in fact a ruptured tendon" after "a torn hamstring"
    if negating or _CORRECTION.search(rejecter.content):
        found.extend(_contradicted(r, claims, others, negating))
    # (d) contrary evidence: a contrasting figure of the same thing
    if contrasting:
        for t in others:
            if any(
                counts_same_thing(fa, fb) and not same_figure(fa, fb)
                for fa in rejecter.figures
                for fb in claims[t].figures
            ):
                found.append(t)
    return sorted(set(found))


def _contradicted(r: int, claims: Sequence[Claim], others: list[int], negating: bool) -> list[int]:
    """The earlier claim, by another party, that claim ``r`` says the opposite of: the same
    point negated, or a correction ("in fact") of the claim just before about the same
    matter."""
    claim = claims[r]
    words = content_words(claim.content)
    earlier = [
        t
        for t in others
        if 0 < _start(claim) - _start(claims[t]) <= WINDOW
        and not is_rejection(claims[t])
        and not _negated(claims[t].content)
    ]
    if negating:
        negated = _negated_words(claim.content)
        same = [
            t
            for t in earlier
            if _same_point(claim, claims[t]) and negated & content_words(claims[t].content)
        ]
        if same:
            return same
    if _CORRECTION.search(claim.content) and earlier:
        nearest = max(earlier, key=lambda t: _start(claims[t]))
        if words & content_words(claims[nearest].content):
            return [nearest]
    return []


def _negated_words(text: str) -> frozenset[str]:
    """The words a negation governs, roughly: the few after each "not" / "no" / "never"."""
    out: set[str] = set()
    for m in _NEGATION.finditer(text):
        out |= content_words(" ".join(text[m.end() :].split()[:4]))
    return frozenset(out)


def _rejected_subject(content: str, end: int) -> bool:
    """Is the phrase ending at ``end`` what the content calls false: "that figure was far
    too high", "That report is simply wrong", "such reports are not credible"?"""
    for m in _REJECT_CONTENT.finditer(content):
        if m.start() < end < m.end():
            return True  # "I do not think such reports can be regarded as credible"
        if m.start() >= end:
            return bool(_LINK.fullmatch(content[end : m.start()]))
    return False


def _plural(noun: str) -> bool:
    low = noun.lower()
    return low.endswith("s") and low not in ("analysis", "news", "status") or low == "data"


def _owners(anaphor: str) -> list[str]:
    """The capitalised words of an anaphor after its determiner: whose claim it means."""
    return re.findall(r"[A-Z][\w-]+", anaphor.split(None, 1)[-1])


def _fits_owner(owners: list[str], claim: Claim, party: SourceProfile) -> bool:
    """ "the Russian and Syrian claims" points only at a claim whose source the capitalised
    words name ("Russia", "Syrian"); "such reports" at any."""
    if not owners:
        return True
    source = f"{party.name} {claim.source_text} {party.role}".lower()
    stems = {w[:5] for w in re.findall(r"[a-z][\w-]+", source)}
    return any(w.lower()[:5] in stems for w in owners)


def _names_claim_of(aimed: str, rejecter: Claim, party: SourceProfile) -> bool:
    """Does ``aimed`` point at a claim of ``party`` (not merely mention the party)?"""
    variants = {party.name}
    if party.kind == "PERSON" or len(party.name.split()) in (2, 3):
        variants.add(party.name.split()[-1])  # "Mbeki's account" for Grace Mbeki
    variants = {v for v in variants if len(v) >= 3 and v.lower() not in _GENERIC}
    if not variants:
        return False
    name = "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True))
    pattern = re.compile(
        rf"\b(?:{name})(?:['’]s?)?\s+(?:[\w-]+\s+)?(?:{_DOC_NOUNS})\b"
        rf"|\b(?:{_DOC_NOUNS})\s+(?:by|from|of)\s+(?:the\s+)?(?:{name})\b",
        re.I,
    )
    if pattern.search(aimed):
        return True
    # "rejected CSIS", "dismissed the Post": the party is the rejecting verb's object.
    return _rejecting_cue(rejecter) and bool(
        re.match(rf"\s*(?:the\s+)?(?:{name})\b", rejecter.content, re.I)
    )


def _nearest(r: int, candidates: list[int], claims: Sequence[Claim]) -> int:
    """The candidate claim closest before claim ``r``, else the closest after it."""
    here = _start(claims[r])
    before = [t for t in candidates if _start(claims[t]) <= here]
    if before:
        return max(before, key=lambda t: _start(claims[t]))
    return min(candidates, key=lambda t: _start(claims[t]))


def _claim_nouns(claim: Claim) -> set[str]:
    """Stems of the words that name what a claim is, for anaphors to match: its cue
    ("estimated" -> estimat), its source ("a recent report by ..." -> report) and the words
    of its sentence before the content ("a report by X, which estimated ...")."""
    lead = claim.evidence
    if claim.content_spans and claim.evidence_span != (0, 0):
        lead = claim.evidence[: max(0, claim.content_spans[0][0] - claim.evidence_span[0])]
    words = re.findall(r"[a-z]+", f"{claim.cue} {claim.source_text} {lead}".lower())
    stems = {_stem(w) for w in words}
    # "stated" matches "statement(s)", "alleged" matches "allegation(s)".
    extra = {"stat": "statement", "alleg": "allegation", "found": "finding"}
    stems |= {_stem(extra[s]) for s in stems if s in extra}
    if claim.figures:  # "that figure", "these numbers": a claim that gave one
        stems |= {"figur", "number", "estimat"}
    return stems


# --------------------------------------------------------------------------- assessment


def assess_claims(
    claims: list[Claim],
    article: Article,
    doc: Doc | None = None,
    profiles: Sequence[SourceProfile] | None = None,
) -> list[Claim]:
    """Set figures, status, status_reason and related for every claim, in place.

    Claims already marked "unattributed" (the outlet's own statements) keep that status.
    """
    profiles = profiles if profiles is not None else source_profiles(claims, doc, article)
    for i, claim in enumerate(claims):
        claim.figures = extract_figures(claim, article.text, doc)
        for figure in claim.figures:
            figure.claim = i
    disputed_by: dict[int, list[int]] = {}
    rejects: dict[int, list[int]] = {}
    for r, claim in enumerate(claims):
        if claim.status == "unattributed":
            continue
        for t in disputed_targets(r, claims, profiles):
            disputed_by.setdefault(t, []).append(r)
            rejects.setdefault(r, []).append(t)
    corroborated_by: dict[int, list[int]] = {}
    # Cheap keys first: a pair can only corroborate with a shared figure value or shared
    # content words, so most of the n*n pairs are dropped before any closer look.
    values = [
        {round(f.value, 6) for f in [*c.figures, *_clock_times(c.content, 0)]} for c in claims
    ]
    words = [content_words(c.content) for c in claims]
    for i, a in enumerate(claims):
        if a.status == "unattributed":
            continue
        for j in range(i + 1, len(claims)):
            b = claims[j]
            if b.status == "unattributed":
                continue
            shared_value = values[i] and values[j] and _near_values(values[i], values[j])
            if not (shared_value or len(words[i] & words[j]) >= 3):
                continue
            if _corroborates(a, b, profiles[i], profiles[j]) and j not in rejects.get(i, []):
                corroborated_by.setdefault(i, []).append(j)
                corroborated_by.setdefault(j, []).append(i)
    for i, j in _joint_rejections(rejects, profiles):
        corroborated_by.setdefault(i, []).append(j)
        corroborated_by.setdefault(j, []).append(i)
    for i, claim in enumerate(claims):
        if claim.status == "unattributed":
            claim.status_reason = claim.status_reason or (
                "unattributed: stated in the article's own voice, with no source"
            )
            continue
        if i in disputed_by:
            r = disputed_by[i][0]
            claim.status = "disputed"
            claim.status_reason = (
                f"disputed: {describe(profiles[r])} "
                f"{'rejects' if is_rejection(claims[r]) else 'contradicts'} this: "
                f"{_quote(_said(claims[r]))}"
            )
            claim.related = sorted(set(disputed_by[i]) | set(corroborated_by.get(i, [])))
        elif i in corroborated_by:
            j = corroborated_by[i][0]
            claim.status = "corroborated"
            claim.status_reason = (
                f"corroborated: {describe(profiles[j])}, an independent source, states the same "
                f"point: {_quote(claims[j].content)}"
            )
            claim.related = sorted(corroborated_by[i])
        else:
            claim.status = "attributed"
            who = profiles[i].name or "an unnamed source"
            reason = (
                f"attributed: reported as {who}'s claim; the article gives no independent support"
            )
            if i in rejects:
                reason += "; it rejects " + ", ".join(
                    f"{describe(profiles[t])}'s claim" for t in rejects[i]
                )
            claim.status_reason = reason
            claim.related = sorted(rejects.get(i, []))
    return claims


def _joint_rejections(
    rejects: dict[int, list[int]], profiles: Sequence[SourceProfile]
) -> list[tuple[int, int]]:
    """Pairs of claims by independent parties that reject the same claim: each states the
    point the other makes ("the ministry's figure is false"), so each corroborates the other.
    The same party's or its own office's rejections only repeat it."""
    pairs = []
    rejecters = sorted(rejects)
    for n, i in enumerate(rejecters):
        for j in rejecters[n + 1 :]:
            if set(rejects[i]) & set(rejects[j]) and not same_party(profiles[i], profiles[j]):
                pairs.append((i, j))
    return pairs


def _corroborates(a: Claim, b: Claim, pa: SourceProfile, pb: SourceProfile) -> bool:
    if "unattributed" in (a.status, b.status) or same_party(pa, pb):
        return False
    if _unnamed(pa) or _unnamed(pb) or _nested(a, b):
        return False
    if is_rejection(a) != is_rejection(b):
        return False
    pairs = [(fa, fb) for fa in a.figures for fb in b.figures if same_figure(fa, fb)]
    # An exact figure ("1,300", "17", "6:40 a.m.") is rarely the same by chance: said of the
    # same matter, it is the same point even if the two name what it counts differently
    # ("17 people infected", "17 cases confirmed").
    # (Times of day are compared here only: they are no figure for a question to compare.)
    exact = [
        (fa, fb)
        for fa in [*a.figures, *_clock_times(a.content, 0)]
        for fb in [*b.figures, *_clock_times(b.content, 0)]
        if _exact(fa) and _exact(fb) and _near_values({fa.value}, {fb.value})
    ]
    if pairs or exact:
        # The same figure of the same thing, said about the same matter: the sentences share
        # words beyond the figure itself ("lead", "water"; not just "10 judges").
        figure_words: set[str] = set()
        for fa, fb in pairs + exact:
            figure_words |= content_words(f"{fa.text} {fa.counts} {fb.text} {fb.counts}")
        shared = content_words(a.evidence or a.content) & content_words(b.evidence or b.content)
        beyond = len(shared - figure_words)
        exact_same = [p for p in exact if same_figure(*p)]
        return beyond >= 2 or bool(exact_same) and any(_exact(f, 100) for f, _ in exact_same)
    if _counted(a) and _counted(b):
        return False  # both count something and no figure agrees: not the same point
    if _negated(a.content) != _negated(b.content):
        return False  # one says it happened, the other that it did not
    return same_content(a, b)


def _exact(figure: Figure, least: float = 10) -> bool:
    """A figure precise enough not to recur by chance: two significant digits or more
    ("1,300", "17", "1.9 million"; not "10", "2 million", "a dozen"), or a clock time."""
    if figure.counts == _CLOCK:
        return round(figure.value * 60) % 30 != 0  # "6:40", not "10:00" or "2:30"
    if _VAGUE.search(figure.text):
        return False
    digits = re.sub(r"\D", "", re.sub(r"\.\d*$", "", f"{figure.value:.3f}")).strip("0")
    return abs(figure.value) >= least and len(digits) >= 2


def _counted(claim: Claim) -> bool:
    return any(f.counts for f in claim.figures)


def _unnamed(profile: SourceProfile) -> bool:
    """No one to weigh: an empty source or an unresolved pronoun ("it", "that")."""
    name = profile.name.strip().lower()
    return not name or name in NAMELESS_SOURCES


def _nested(a: Claim, b: Claim) -> bool:
    """One statement, not two: overlapping content, or one claim inside the other's content
    ("X said that Y said ..."). A second source must say it in its own words."""
    spans_a = [*a.content_spans, *a.source_spans]
    spans_b = [*b.content_spans, *b.source_spans]
    return any(s1 < e2 and s2 < e1 for s1, e1 in spans_a for s2, e2 in spans_b) or (
        a.evidence_span != (0, 0) and a.evidence_span == b.evidence_span
    )


def _near_values(a: set[float], b: set[float]) -> bool:
    return any(abs(x - y) <= 0.005 * max(abs(x), abs(y), 1e-9) for x in a for y in b)


@functools.lru_cache(maxsize=4096)
def _negated(text: str) -> bool:
    return bool(_NEGATION.search(text))


def _said(claim: Claim) -> str:
    """What a claim says, or its whole sentence when the content is only "that claim"."""
    if len(claim.content.split()) < 4 and claim.evidence:
        return claim.evidence
    return claim.content


def _quote(text: str, limit: int = 160) -> str:
    text = re.sub(r"\s+", " ", text).strip().strip('"“”')
    if len(text) > limit:
        text = text[: limit - 1].rsplit(" ", 1)[0] + "…"
    return f"'{text}'"


# --------------------------------------------------------------------------- outlet voice


def outlet_statements(claims: Sequence[Claim], doc: Doc | None, article: Article) -> list[Claim]:
    """Body sentences that no attribution covers, as claims in the outlet's own voice."""
    covered = sorted(
        s for c in claims for s in (*c.source_spans, *c.cue_spans, *c.content_spans) if s[1] > s[0]
    )
    covered = _merge(covered)
    covered_ends = [e for _, e in covered]
    headline = _headline_span(article)
    source = article.outlet or "the article"
    out = []
    for start, end in _body_sentences(doc, article):
        if headline and start < headline[1] and headline[0] < end:
            continue
        k = bisect.bisect_right(covered_ends, start)
        if k < len(covered) and covered[k][0] < end:
            continue  # some attribution covers part of this sentence
        sentence = article.text[start:end]
        if len(re.findall(r"[A-Za-z]+", sentence)) < 4:
            continue
        out.append(
            Claim(
                source=source,
                source_text="",
                source_type="outlet",
                cue="",
                cue_strength="assertion",
                content=sentence,
                status="unattributed",
                status_reason="unattributed: stated in the article's own voice, with no source",
                evidence=sentence,
                content_spans=[(start, end)],
                evidence_span=(start, end),
            )
        )
    return out


def _merge(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for s, e in spans:
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _headline_span(article: Article) -> Span | None:
    if not article.title:
        return None
    for s, e in article.body or [(0, len(article.text))]:
        at = article.text.find(article.title, s, e)
        if at >= 0:
            return at, at + len(article.title)
    return None


def _body_sentences(doc: Doc | None, article: Article) -> list[Span]:
    """Sentences inside body spans, cut at line breaks (a headline never joins a sentence)."""
    text = article.text
    if doc is not None:
        rough: list[Span] = [(s.start_char, s.end_char) for s in doc.sents]
    else:
        rough = [
            (m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+(?:[.!?]+[\"'”’)]*|$)", text, re.M)
        ]
    body = article.body or [(0, len(text))]
    out = []
    for s, e in rough:
        for bs, be in body:
            lo, hi = max(s, bs), min(e, be)
            if lo >= hi:
                continue
            for piece in re.finditer(r"[^\n]+", text[lo:hi]):
                ps, pe = _strip(text, lo + piece.start(), lo + piece.end())
                if pe > ps:
                    out.append((ps, pe))
    return out


def _strip(text: str, s: int, e: int) -> Span:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def figures_of(claims: Sequence[Claim]) -> list[Figure]:
    return [f for c in claims for f in c.figures]
