"""Whether the article sources what a status item keys as the outlet's own: a key a careful
pupil can argue against.

Own voice (``sourced_nearby``): the sentence carries a source ("under the mayor's plan",
"the vet diagnosed the dog with ...": a reported judgement), or a source's sentence in its
paragraph or the next makes the same point (the outlet's lead-in to a quotation, a count
the next paragraph's source gives, figures of one measure given "according to" someone).

Attributed (``backed_in_own_voice``): a sentence in the outlet's own voice, or its headline,
states the claim's point in words of its own (the same figure, or three of its content stems
and a quarter of them, or an admission the outlet reports as a guilty plea): a pupil may
argue that the article stands behind it.
"""

from __future__ import annotations

import bisect
import functools
import re

from quizapp.core.claims import Analysis, Claim
from quizapp.core.lexicon import (
    AUXILIARIES,
    COMMON_WORDS,
    FIGURE_WORDS,
    POINT_STOP_WORDS,
    STOP_WORDS,
)
from quizapp.core.questions.points import LIGHT_WORDS, proper_names, topic_words
from quizapp.core.questions.statement_checks import forecast

NEAR_SHARE = 0.25
"""Share of the outlet statement's stems a source's sentence beside it must share (three at
least) to make its point: a quarter, so that a long statement is not sourced by a few words
of its topic."""

# fmt: off
_SYNONYMS = (
    "death deaths die died dies dying dead fatality fatalities killed killing killings",
    "threat threats danger dangers dangerous risk risks peril",
    "economic economy economies financial financially fiscal",
    "hardship hardships pain suffering distress",
    "guilty responsibility admit admits admitted admitting confess confessed",
    "layoff layoffs elimination eliminations redundancy redundancies",
    "recover recovered recovering recovery improve improved improving healed cured cleared",
)
# fmt: on
"""Light synonyms news writing trades for one another within a story: a source's "deaths"
are the outlet's "died", a lobby's "economic hardship" the outlet's "financial pain", a
lawyer's "he has taken responsibility" the outlet's "pleaded guilty", a chairman's "job
eliminations" the outlet's "layoffs", a doctor's "his symptoms cleared" the outlet's "his
symptoms improved"."""

_CANONICAL = {w: group.split()[0] for group in _SYNONYMS for w in group.split()}

_IGNORED = (
    POINT_STOP_WORDS
    | STOP_WORDS
    | COMMON_WORDS
    | LIGHT_WORDS
    | FIGURE_WORDS
    | {"people", "person", "year", "years"}
)
"""Words that carry no point: function words, verbs of saying, light and vague words
("people" is whoever a story is about)."""

_SUFFIX = re.compile(r"(?:ities|ity|ies|ing|ed|(?<=ss|ch|sh|.x|.z)es|(?<!s)s|ly)$")


def _stem(word: str) -> str:
    """A crude stem that gives a word's forms one stem: "business" and "businesses",
    "sale" and "sales", "create" and "created" (a final "e" goes)."""
    if word in _CANONICAL:
        return _CANONICAL[word]
    bare = _SUFFIX.sub("", word) if len(word) > 3 else word
    if bare.endswith("e") and len(bare) > 4:
        bare = bare[:-1]
    return bare if len(bare) >= 3 else word


@functools.lru_cache(maxsize=16384)
def stems(text: str, names: frozenset[str] = frozenset()) -> frozenset[str]:
    """The content stems of a text: no function, light or vague words; hyphenated words
    split ("money-making"); synonyms folded; the article's ``names`` kept as written
    (lower case), so that a name's words can be counted once (``shared``); figures as
    written ("12", "$39,014"), but no year, which dates a point and is not one."""
    out = set()
    for word in _TOKEN.findall(text.lower()):
        if word[0].isdigit():
            if not _YEAR.fullmatch(word):
                out.add(word)
            continue
        word = re.split(r"['\u2019]", word)[0]
        if len(word) < 3 or word in _IGNORED:
            continue
        out.add(word if word in names else _stem(word))
    return frozenset(out)


_TOKEN = re.compile(r"[a-z][a-z'\u2019]*|\d(?:[\d,.]*\d)?")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def topic_stems(body: str) -> frozenset[str]:
    """The stems of the article's topic words (points.topic_words): every sentence beside
    the statement may use them, on whatever point."""
    return frozenset(_stem(w) for w in topic_words(body))


_NUMBER = re.compile(
    r"\b(?:\d[\d,.]*\d|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"dozen|hundred)\b",
    re.I,
)


def same_count(a: str, b: str) -> bool:
    """Whether two texts give one count ("Three people have died" and "the three
    fatalities"): with a stem in common, one count of one thing (years are no count)."""
    found = [{m.group(0).lower() for m in _NUMBER.finditer(t)} for t in (a, b)]
    return bool({n for n in found[0] & found[1] if not re.fullmatch(r"(?:19|20)\d\d", n)})


def paragraph_of(text: str, position: int) -> int:
    """The number of the paragraph (non-empty line) a position of the text stands in."""
    return bisect.bisect_right(_paragraph_starts(text), position)


@functools.lru_cache(maxsize=64)
def _paragraph_starts(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"(?m)^[ \t]*\S", text)]


def near(analysis: Analysis, a: Claim, b: Claim, reach: int) -> bool:
    """Two claims whose sentences stand at most ``reach`` paragraphs apart (never a claim
    whose sentence the analysis did not place)."""
    if (0, 0) in (tuple(a.evidence_span), tuple(b.evidence_span)):
        return False
    text = analysis.article.text
    return (
        abs(paragraph_of(text, a.evidence_span[0]) - paragraph_of(text, b.evidence_span[0]))
        <= reach
    )


def sourced_nearby(analysis: Analysis, index: int) -> str:
    """Why keying the outlet's statement "own voice, no source" is open to argument (""
    when it is not): it carries a source of its own, or a source's sentence in its paragraph
    or the next makes its point (the outlet's lead-in to a quotation, figures of one measure
    the next sentence gives "according to" someone, a count of deaths a fire chief gives)."""
    claim = analysis.claims[index]
    sentence = claim.evidence or claim.content
    if carried_source(sentence):
        return "it carries a source ('under the mayor's plan')"
    if reported_judgement(sentence):
        return "it reports someone's judgement ('the vet diagnosed the dog with ...')"
    if reported_instruction(sentence):
        return "it reports what someone tells others to do ('the coach urged his players to ...')"
    text = analysis.article.text
    body = analysis.article.body_text()
    names, topic = proper_names(body), topic_stems(body)
    own = stems(claim.content, names) - names - topic
    here = paragraph_of(text, claim.evidence_span[0])
    for other in analysis.claims:
        if (
            other.status == "unattributed"
            or not other.evidence
            or not near(analysis, claim, other, 1)
        ):
            continue
        if paragraph_of(text, other.evidence_span[0]) < here:
            continue  # the paragraph before: the outlet's sentence may take it up
        said = other.evidence.replace(other.source_text, " ") if other.source_text else ""
        common = own & stems(said or other.evidence, names)
        if (
            (common and same_count(claim.content, said or other.evidence))
            or (len(common) >= 3 and len(common) >= NEAR_SHARE * len(own))
            or (common and _quoted_next(text, claim, other))
        ):
            return f"a source's sentence beside it makes its point: {other.evidence[:60]!r}"
    return ""


def _quoted_next(text: str, claim: Claim, other: Claim) -> bool:
    """The other claim's sentence follows the claim's in the same paragraph and opens on a
    quotation: the outlet's sentence leads in to the quoted source's words."""
    gap = text[claim.evidence_span[1] : other.evidence_span[0]]
    return (
        other.evidence_span[0] >= claim.evidence_span[1]
        and not gap.strip(" \t")
        and other.evidence.lstrip()[:1] in _OPENING_QUOTES
    )


_OPENING_QUOTES = '"\u201c'


_SOURCE_NOUNS = (
    r"(?:announcement|statement|plan|proposal|pledge|promise|order|directive|estimate|"
    r"count|account|forecast|projection|reckoning)"
)
_CARRIED = re.compile(
    rf"\b(?:under|per|in line with|pursuant to)\s+(?:[\w.\u2019'-]+\s+){{0,6}}?"
    rf"{_SOURCE_NOUNS}\b|\bby\s+(?:[\w.\u2019'-]+\s+){{0,4}}?"
    rf"(?:count|estimate|account|reckoning|tally)\b"
)
"""A statement resting on someone's words: "will close the pool in May under the mayor's
plan", "by the union's count" (not "by the end of the plan")."""


def carried_source(sentence: str) -> bool:
    """Whether the outlet's sentence rests on someone's announcement, plan or count."""
    return bool(_CARRIED.search(sentence))


_INSTRUCTING = re.compile(
    r"\b(?:urg(?:ed|es|ing)|told|tells|telling|asked|asks|asking|call(?:ed|s|ing) on|"
    r"instruct(?:ed|s|ing)|advis(?:ed|es|ing)|order(?:ed|s|ing)|encourag(?:ed|es|ing)|"
    r"warn(?:ed|s|ing)|implor(?:ed|es)|press(?:ed|es|ing)|(?:has|have|had|been)\s+on)\s+"
    r"(?:[\w'\u2019.-]+\s+){1,4}?to\s+(?!(?:the|a|an|his|her|their|its|our|this|that)\b)"
    r"[a-z]+",
)
"""The outlet reporting someone's instruction ("Boudreau has been on his players to avoid
looking at the standings", "urged residents to leave"): the advice is the speaker's; a pupil
asked whether the article "stands behind" it may fairly answer either way."""


def reported_instruction(sentence: str) -> bool:
    """Whether the outlet's sentence reports what someone tells others to do (an addressee
    between the verb and "to": not "was ordered to pay")."""
    return bool(_INSTRUCTING.search(sentence))


_JUDGING = re.compile(
    r"\b(?:diagnosed|misdiagnosed|judged|deemed|ruled|concluded|determined|assessed|"
    r"classified|found)\b"
)
_PASSIVE = AUXILIARIES | {"being", "get", "got", "gets", "getting"}
_ADVERBS = {"first", "later", "then", "initially", "also", "wrongly", "originally", "finally"}


def reported_judgement(sentence: str) -> bool:
    """Whether the outlet reports someone's judgement in the active voice ("The vet first
    diagnosed the dog with an ear infection", "Inspectors found that the brakes had
    failed"): what is judged is the judge's view, which may later be overturned, not the
    outlet's own finding. "was diagnosed with" (no judge named) and "found a wallet"
    (not a finding that ...) are left."""
    for found in _JUDGING.finditer(sentence):
        before = [w.lower() for w in re.findall(r"[\w'\u2019]+", sentence[: found.start()])]
        while before and (before[-1] in _ADVERBS or before[-1].endswith("ly")):
            before.pop()
        if not before or before[-1] in _PASSIVE:
            continue  # no judge before the verb, or a passive: "was diagnosed with"
        after = sentence[found.end() :].lstrip()
        needs = _JUDGED_BY_CLAUSE.get(found.group(0))
        if needs and not needs.match(after):
            continue  # "found a wallet", "the talks concluded on Friday": no finding
        return True
    return False


_JUDGED_BY_CLAUSE = {
    verb: re.compile(r"that\b") for verb in ("found", "concluded", "determined")
} | {"ruled": re.compile(r"(?:that|against|in favou?r of|out)\b")}
"""Verbs that judge only with a clause after them: "found that the brakes failed", "ruled
that the law stands" (not "ruled the country for a decade")."""


BACKED_SHARE = NEAR_SHARE
"""Share of an attributed claim's stems an own-voice sentence must share (three at least)
to state its point: a quarter, as for a source beside an outlet statement."""

_ADMISSION = "guilty"
"""The stem every word of admission folds to (``_SYNONYMS``): "taken responsibility",
"admitted", "pleaded guilty"."""


def backed_in_own_voice(analysis: Analysis, index: int) -> str:
    """Why keying an attributed claim "the article only reports this" is open to argument
    ("" when it is not): a sentence in the outlet's own voice, or the headline, states its
    point in other words. Its point is stated when the sentence gives the claim's figure
    in digits, with a stem besides ("16.6 million" vehicles; "five" of "Forty-five years"
    is no figure to share), shares three of its content stems and a
    quarter of them ("lack of rain is keeping the threat of fire very real ... in many
    areas" and "warnings of extreme fire danger covered a large area"), or reports the
    admission the claim restates ("has taken responsibility for using threatening language"
    and "pleads guilty to threatening"). Topic words and the article's names do not count:
    every sentence of a story may use them, nor do units and compass words
    (``without_measures``). A sentence that says no where the claim says yes ("no longer
    considering settlements illegal") may dispute it, but backs nothing; nor does a record
    of the past back a forecast, unless it gives its figure."""
    claim = analysis.claims[index]
    body = analysis.article.body_text()
    names, topic = proper_names(body), topic_stems(body)
    own = stems(without_measures(claim.content), names) - names - topic
    expects = forecast(claim.content)
    for sentence, beside in _own_voice_sentences(analysis, claim):
        if bool(_NEGATION.search(sentence)) != bool(_NEGATION.search(claim.content)):
            continue  # "no longer considers them illegal": a rejection, not a backing
        common = own & stems(without_measures(sentence), names)
        figures = {w for w in common if w[0].isdigit()}
        if expects and not figures and not forecast(sentence):
            continue  # a record of what happened backs no forecast (status_checks)
        if (
            (figures and common - figures)
            or (len(common) >= (2 if beside else 3) and len(common) >= BACKED_SHARE * len(own))
            or (_ADMISSION in common and len(common) >= 2)
        ):
            return f"the outlet's own voice states its point: {sentence[:60]!r}"
    return ""


def _own_voice_sentences(analysis: Analysis, claim: Claim) -> list[tuple[str, bool]]:
    """The outlet's own sentences, each with whether it stands beside the claim (in its
    paragraph or the next, where two stems of the point are enough: the outlet telling the
    story the source then sums up, "His symptoms improved ... After a year, his symptoms
    cleared, Dempsey said"): its statements in the body and its headline, without what the
    headline quotes (a quoted phrase is someone's words, not the outlet's); not a headline
    of the form "X: Y", which may give X's words."""
    out = [
        (c.evidence or c.content, near(analysis, c, claim, BACKED_REACH))
        for c in analysis.claims
        if c.status == "unattributed" and c is not claim
    ]
    headline = _QUOTED.sub(" ", analysis.article.title or "")
    if ":" in headline:
        return out  # "X: Y" (or "Y: X") repeats what the body attributes to X (DOMAIN 1)
    return [*out, (headline, False)] if headline.strip() else out


BACKED_REACH = 1
"""Paragraphs apart an own-voice sentence stands "beside" an attributed claim."""


_QUOTED = re.compile(r"(?<!\w)[\"\u201c\u2018'][^\"\u201c\u201d]*?[\"\u201d\u2019'](?!\w)")

_NEGATION = re.compile(r"\b(?:not|no|never|none|nor)\b|n['\u2019]t\b", re.I)


def without_measures(text: str) -> str:
    """The text without the units of its figures and the compass words of its places: they
    say how much and where, not what (as a date says when)."""
    return _COMPASS.sub(" ", _UNITS.sub(" ", text))


_UNITS = re.compile(
    r"\b(?:inch(?:es)?|feet|foot|yards?|miles?|mph|kph|km|kilomet(?:er|re)s?|met(?:er|re)s?|"
    r"centimet(?:er|re)s?|millimet(?:er|re)s?|acres?|hectares?|pounds|lbs|kilo(?:gram)?s?|"
    r"grams?|tons?|tonnes?|litres?|liters?|gallons?|barrels?|degrees?|percent|per cent)\b",
    re.I,
)


_COMPASS = re.compile(
    r"\b(?:north|south|east|west|northern|southern|eastern|western|north-?east(?:ern)?|"
    r"north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?|central)\b",
    re.I,
)
