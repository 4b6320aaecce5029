"""Which claims a claim disputes (DOMAIN section 2): it rejects them ("denied",
"dismissed the estimate", "such reports are not credible", "that was not possible") or
sets contrary evidence against the same point (a contrasting figure of the same thing, the
same point negated, a correction "in fact ..."). Never a claim of its own party."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence

from quizapp.core.claim_figures import counts_same_thing, same_figure
from quizapp.core.claims import Claim
from quizapp.core.counterpoints import restates, set_against
from quizapp.core.parties import GENERIC_PARTY_WORDS, same_party, unnamed
from quizapp.core.rejections import REJECT_CONTENT, is_rejection, rejecting_words
from quizapp.core.source_profiles import SourceProfile
from quizapp.core.stances import sides_dispute
from quizapp.core.wording import about_same_point, content_words, negated, negated_words, word_stem

_DOC_NOUNS = (
    "report|reports|estimate|estimates|figure|figures|number|numbers|claim|claims|"
    "allegation|allegations|statement|statements|study|studies|analysis|data|account|"
    "assessment|poll|polls|survey|findings|assertion|assertions|accusation|accusations|"
    "story|stories|article|research|calculation|calculations|projection|projections|"
    "forecast|forecasts|count|reporting|suggestion|suggestions|remarks|comments|version|"
    "finding|case"
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
        "case",
    ]
)
_REACH = 3  # words between the determiner and the noun: "these new official figures"
_NAMED_REACH = 5  # when they name the owner: "the Russian and Syrian defense ministry's claim"
_ANAPHOR = re.compile(
    rf"\b(such|this|these|that|those|the|its|their|his|her)\s+"
    rf"(?:(?:[A-Za-z-]+(?:['’]s)?|and)\s+){{0,{_NAMED_REACH}}}?({_DOC_NOUNS})\b",
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


def _rejecting_cue(claim: Claim) -> bool:
    return rejecting_words(claim.cue)


def claim_start(claim: Claim) -> int:
    """Where a claim begins in the text: its content, else its cue or source, else its sentence."""
    spans = claim.content_spans or claim.cue_spans or claim.source_spans
    return min(s for s, _ in spans) if spans else claim.evidence_span[0]


def disputed_targets(
    r: int, claims: Sequence[Claim], profiles: Sequence[SourceProfile]
) -> list[int]:
    """The claims that claim ``r`` rejects or contradicts (never its own party's)."""
    rejecter = claims[r]
    if unnamed(profiles[r]):
        return []  # an unnamed rejection ("it was called false") has no one to weigh
    # Two sides named by their stance ("critics", "supporters") dispute each other.
    sides = [
        t
        for t, c in enumerate(claims)
        if t != r
        and c.status != "unattributed"
        and sides_dispute(rejecter, c, claim_start(rejecter), claim_start(c))
    ]
    rejecting = is_rejection(rejecter)
    contrasting = bool(_CONTRAST.search(rejecter.content))
    negating = negated(rejecter.content)
    if not rejecting and not contrasting and not negating:
        return sides  # most claims reject nothing: skip the pairing below
    others = [
        t
        for t, c in enumerate(claims)
        if t != r
        and c.status != "unattributed"
        and not unnamed(profiles[t])
        and not same_party(profiles[r], profiles[t], by_nation=False)
    ]
    found: list[int] = []
    if rejecting:
        found += _named_or_denied(r, claims, profiles, others)
        found += _pointed_at(r, claims, others)
        found += _anaphor_targets(r, claims, profiles, others)
        if not found:
            found += _conceded(r, claims, others)
    # (e) contrary evidence in words: "no ballot was counted twice" after "ballots were
    # counted twice"; "in fact a ruptured tendon" after "a torn hamstring"
    if negating or _CORRECTION.search(rejecter.content):
        found.extend(_contradicted(r, claims, others, negating))
    # (d) contrary evidence: a contrasting figure of the same thing
    if contrasting:
        found += [t for t in others if _contrary_figures(rejecter, claims[t])]
    return sorted(set(found + sides))


def _named_or_denied(
    r: int, claims: Sequence[Claim], profiles: Sequence[SourceProfile], others: list[int]
) -> list[int]:
    """(a) The claims a rejection names by their party, the nearest one per party; (b) the
    claims a denial answers on the same point."""
    rejecter = claims[r]
    aimed = rejecter.content + (" " + _without_source(rejecter) if _rejecting_cue(rejecter) else "")
    found: list[int] = []
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
            and about_same_point(rejecter, claims[t])
        ):
            found.append(t)
    for party in named.values():
        nearest = _nearest(r, party, claims)
        found.append(nearest)
        found += _repeated(nearest, claims, profiles, others)
    return found


def _repeated(
    t: int, claims: Sequence[Claim], profiles: Sequence[SourceProfile], others: list[int]
) -> list[int]:
    """The claims in which the party of claim ``t``, or one speaking for it, says its point
    again ("The Taliban claimed responsibility for shooting down the helicopter" and their
    spokesman's "the helicopter was shot down"): a rejection of the party's claim rejects
    them too."""
    return [
        o
        for o in others
        if o != t
        and same_party(profiles[o], profiles[t])
        and not is_rejection(claims[o])
        and restates(claims[o], claims[t])
    ]


def _without_source(claim: Claim) -> str:
    """The claim's sentence without its own source: "the city's police deny accusations"
    names no other police's accusations."""
    if not claim.source_text.strip():
        return claim.evidence
    return claim.evidence.replace(claim.source_text, " ")


def _conceded(r: int, claims: Sequence[Claim], others: list[int]) -> list[int]:
    """(f) The claims that a rejection's own sentence sets it against (counterpoints.
    set_against): "Although the family suggested he may have been murdered, the director
    said no evidence supports anything other than suicide". Only for a rejection that points
    at nothing else (no name, anaphor or pointer)."""
    return [t for t in others if not is_rejection(claims[t]) and set_against(claims[r], claims[t])]


def _pointed_at(r: int, claims: Sequence[Claim], others: list[int]) -> list[int]:
    """(c') "that was not possible", "this is false": the claim just before, another's."""
    rejecter = claims[r]
    pointer = _POINTING.match(rejecter.content)
    if not pointer or not _rejected_subject(rejecter.content, pointer.end(1)):
        return []
    # What was just said, even a rejection of its own ("the prosecution's case rested on
    # faulty measurements"): a rejection may be rejected in turn (DOMAIN section 2).
    earlier = [t for t in others if 0 <= claim_start(rejecter) - claim_start(claims[t]) <= WINDOW]
    return [max(earlier, key=lambda t: claim_start(claims[t]))] if earlier else []


def _anaphor_targets(
    r: int, claims: Sequence[Claim], profiles: Sequence[SourceProfile], others: list[int]
) -> list[int]:
    """(c) "such reports", "these figures": the nearest earlier claim that made one."""
    rejecter = claims[r]
    found: list[int] = []
    for m in _ANAPHOR.finditer(rejecter.content):
        if not _rejecting_cue(rejecter) and not _rejected_subject(rejecter.content, m.end()):
            continue  # "the study showed that the plan was too small": not the study
        if len(m.group(0).split()) - 2 > _REACH and not _owners(m.group(0)):
            continue  # a long run of plain words is no anaphor's modifiers
        noun = word_stem(m.group(2))
        # "that claim", "this account" may point at any earlier claim; "such reports",
        # "these figures" only at one made by a report or with figures.
        generic = m.group(2).lower() in _SPEECH_NOUNS
        # An anaphor that names whose claim it means ("the Russian and Syrian claims")
        # may reach back over the whole article; "such reports" only nearby.
        named_owner = _owners(m.group(0))
        reach = len(rejecter.evidence) + claim_start(rejecter) if named_owner else WINDOW
        earlier = [
            t
            for t in others
            if 0 <= claim_start(rejecter) - claim_start(claims[t]) <= reach
            and (generic or noun in _claim_nouns(claims[t]))
            and _fits_owner(named_owner, claims[t], profiles[t])
        ]
        # "the Russian and Syrian defense ministry's claim": a claim whose source fits every
        # owner named before one that fits only some ("a Syrian refugee").
        fully = [t for t in earlier if _fits_owner(named_owner, claims[t], profiles[t], all)]
        earlier = fully or earlier
        if earlier:
            nearest = max(earlier, key=lambda t: claim_start(claims[t]))
            if _plural(m.group(2)):  # "such reports": every one that party made
                found.extend(t for t in earlier if same_party(profiles[t], profiles[nearest]))
            else:  # "the claim", "that figure": the one just made
                found.append(nearest)
    return found


def _contrary_figures(a: Claim, b: Claim) -> bool:
    """A figure of ``a`` and one of ``b`` count the same thing and differ."""
    return any(
        counts_same_thing(fa, fb) and not same_figure(fa, fb)
        for fa in a.figures
        for fb in b.figures
    )


def _contradicted(r: int, claims: Sequence[Claim], others: list[int], negating: bool) -> list[int]:
    """The earlier claim, by another party, that claim ``r`` says the opposite of: the same
    point negated, or a correction ("in fact") of the claim just before about the same
    matter."""
    claim = claims[r]
    words = content_words(claim.content)
    earlier = [
        t
        for t in others
        if 0 < claim_start(claim) - claim_start(claims[t]) <= WINDOW
        and not is_rejection(claims[t])
        and not negated(claims[t].content)
    ]
    if negating:
        governed = negated_words(claim.content)
        same = [
            t
            for t in earlier
            if about_same_point(claim, claims[t]) and governed & content_words(claims[t].content)
        ]
        if same:
            return same
    if _CORRECTION.search(claim.content) and earlier:
        nearest = max(earlier, key=lambda t: claim_start(claims[t]))
        if words & content_words(claims[nearest].content):
            return [nearest]
    return []


def _rejected_subject(content: str, end: int) -> bool:
    """Is the phrase ending at ``end`` what the content calls false: "that figure was far
    too high", "That report is simply wrong", "such reports are not credible"?"""
    for m in REJECT_CONTENT.finditer(content):
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


def _fits_owner(
    owners: list[str],
    claim: Claim,
    party: SourceProfile,
    combine: Callable[[Iterable[bool]], bool] = any,
) -> bool:
    """ "the Russian and Syrian claims" points only at a claim whose source the capitalised
    words name ("Russia", "Syrian"): any of them, or with ``combine=all`` every one;
    "such reports" at any claim."""
    if not owners:
        return True
    source = f"{party.name} {claim.source_text} {party.role}".lower()
    stems = {w[:5] for w in re.findall(r"[a-z][\w-]+", source)}
    return combine(w.lower()[:5] in stems for w in owners)


def _names_claim_of(aimed: str, rejecter: Claim, party: SourceProfile) -> bool:
    """Does ``aimed`` point at a claim of ``party`` (not merely mention the party)?"""
    variants = {party.name}
    if party.kind == "PERSON" or len(party.name.split()) in (2, 3):
        variants.add(party.name.split()[-1])  # "Mbeki's account" for Grace Mbeki
    variants = {v for v in variants if len(v) >= 3 and v.lower() not in GENERIC_PARTY_WORDS}
    if not variants:
        return False
    name = "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True))
    if _claim_of_pattern(name).search(aimed):
        return True
    # "rejected CSIS", "dismissed the Post": the party is the rejecting verb's object, so
    # the cue comes first ("Morrison said ..., a prospect Vindman denied": no object).
    return (
        _rejecting_cue(rejecter)
        and _cue_before_content(rejecter)
        and bool(re.match(rf"\s*(?:the\s+)?(?:{name})\b", rejecter.content, re.I))
    )


def _cue_before_content(claim: Claim) -> bool:
    """Does the cue stand before the content ("denied Morrison's account"), as a verb before
    its object? Without spans (a hand-built claim) the content is taken as the object."""
    if not claim.cue_spans or not claim.content_spans:
        return True
    return claim.cue_spans[0][0] < claim.content_spans[0][0]


@functools.lru_cache(maxsize=1024)
def _claim_of_pattern(name: str) -> re.Pattern[str]:
    """ "Mbeki's account", "the report by CSIS": compiled once per name, since re's own cache
    (512 patterns) overflows on a long article's many parties and recompiles every time."""
    return re.compile(
        rf"\b(?:{name})(?:['’]s?)?\s+(?:[\w-]+\s+)?(?:{_DOC_NOUNS})\b"
        rf"|\b(?:{_DOC_NOUNS})\s+(?:by|from|of)\s+(?:the\s+)?(?:{name})\b",
        re.I,
    )


def _nearest(r: int, candidates: list[int], claims: Sequence[Claim]) -> int:
    """The candidate claim closest before claim ``r``, else the closest after it."""
    here = claim_start(claims[r])
    before = [t for t in candidates if claim_start(claims[t]) <= here]
    if before:
        return max(before, key=lambda t: claim_start(claims[t]))
    return min(candidates, key=lambda t: claim_start(claims[t]))


def _claim_nouns(claim: Claim) -> set[str]:
    """Stems of the words that name what a claim is, for anaphors to match: its cue
    ("estimated" -> estimat), its source ("a recent report by ..." -> report) and the words
    of its sentence before the content ("a report by X, which estimated ...")."""
    lead = claim.evidence
    if claim.content_spans and claim.evidence_span != (0, 0):
        lead = claim.evidence[: max(0, claim.content_spans[0][0] - claim.evidence_span[0])]
    words = re.findall(r"[a-z]+", f"{claim.cue} {claim.source_text} {lead}".lower())
    stems = {word_stem(w) for w in words}
    # "stated" matches "statement(s)", "alleged" matches "allegation(s)".
    extra = {"stat": "statement", "alleg": "allegation", "found": "finding"}
    stems |= {word_stem(extra[s]) for s in stems if s in extra}
    if claim.figures:  # "that figure", "these numbers": a claim that gave one
        stems |= {"figur", "number", "estimat"}
    return stems
