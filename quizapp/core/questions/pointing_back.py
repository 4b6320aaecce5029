"""Words in a quotation that point back into the article: shown alone in a question, the
quotation does not say what they stand for.

A speaker's "such a high-risk individual" (who?), "because of this crisis" (which?), "hold
this to the last minute" (hold what?), "they're going to get a lot of attention" (who?)
or an opening "It has a lot of payload capacity" (what has?) each refer to something the
article named in the sentences before the quotation. A pupil shown the quotation cannot
place it, so statement_checks.placeable counts such a quotation as unplaced and the
generator asks other quotations first.

Not pointing back: "such as", a stretch of time ("this year", "this season"), "this is"
(the situation spoken of), an "it" before an infinitive or a "that" clause ("It is hard
to see"), "It takes a while", and "they" after a plural noun or a name in the quotation
that it can stand for ("we tell clients ..., they'll put ..."); a "they" that expects,
thinks or says stands only for people or a body of them ("fewer concessions than they
anticipate": who anticipate?).
"""

from __future__ import annotations

import re

from quizapp.core.lexicon import AUXILIARIES, PREPOSITIONS, STOP_WORDS, TIME_SPANS
from quizapp.core.questions.english import _EXTRAPOSED_IT
from quizapp.core.source_titles import PERSON_NOUNS, TEAM_MEMBERS

_SUCH = re.compile(r"\bsuch\s+(?!as\b)(?:an?\s+)?[a-z]", re.I)

# Nouns after "this" that a reader places without the article: a stretch of time, a manner.
_PLACED_AFTER_THIS = re.compile(
    rf"(?:{'|'.join(sorted(TIME_SPANS))}|night|moment|point|way|stage|case|instance)s?$"
)

# "this" standing alone as a pronoun: before a preposition, an adverb or the end of a
# clause ("hold this to the last minute", "do this a little bit later"); "that" at the end
# of a clause ("the need to accelerate that"), where it is no conjunction.
_THIS_PRONOUN = re.compile(
    r"\b(?:this|these)(?=\s*(?:[,.;:!?]|$)|\s+(?:to|for|with|into|from|on|at|by|and|but|"
    r"or|because|when|if|until|before|after|a|an|later|again|now|too|soon|right)\b)"
    r"|(?<!^)\b(?<!\bthan )that(?=\s*(?:[.;:!?]|$))",
    re.I,
)

# "this" or "that" as the subject of a verb, where a clause opens ("I think this will
# help", "and that would mean"): a thing named before. Not "this is" (the situation spoken
# of) nor a relative "that" ("a plan that will cut costs"), which follows a noun.
_THIS_SUBJECT = re.compile(
    r"(?:^|[,;:.!?]\s+|\b(?:and|but|so|because|think|guess|hope|believe|know|sure|said)\s+)"
    r"(?:this|that)\s+(?:will|would|could|should|can|may|might|must|has|had|does|did|"
    r"(?:won|wouldn|can|doesn|didn)['\u2019]t|means|meant|makes|made|gives|gave|shows|"
    r"showed|helps|helped|puts|takes|goes|went)\b",
    re.I,
)

# "that game", "those beliefs" after a verb or preposition, ending a phrase: a thing the
# listener was shown ("we lost that game", "took that challenge to heart"). Not the
# conjunction ("said that prices rose"), nor "that" before a verb ("that is").
_THAT_THING = re.compile(
    r"\b(?P<before>[a-z]+) (?:that|those) (?P<noun>[a-z][\w-]*)(?=\s*(?:[,.;:!?]|$)|\s+(?:to|"
    r"for|with|into|from|on|at|by|in|and|but|or|because|when|if)\b)"
)
_CONJUNCTION_BEFORE = frozenset(
    {
        "said",
        "say",
        "says",
        "saying",
        "think",
        "thought",
        "believe",
        "believed",
        "know",
        "knew",
        "hope",
        "hoped",
        "noted",
        "so",
        "now",
        "such",
        "fact",
        "is",
        "was",
        "are",
        "were",
        "be",
        "means",
        "meant",
        "shows",
        "showed",
        "found",
        "feel",
        "felt",
        "sure",
        "clear",
        "expect",
        "expected",
        "told",
        "tell",
        "realize",
        "see",
        "saw",
        "agree",
        "agreed",
    }
)

# "there" for a place named before ("does not control any actors there"): not the "there"
# of "there is", "We've been there" (an experience) nor "out there" (the world at large).
_THERE = re.compile(
    r"(?<!\bbeen )(?<!\bout )(?<!^)\bthere\b(?!['\u2019]s)(?!\s+(?:is|are|was|were|will|"
    r"would|could|should|might|may|must|can|has|have|had|seems?|seemed|appears?|remains?|"
    r"used|\w+n['\u2019]t)\b)",
    re.I,
)

# "start with something smaller": smaller than what the article named before, where the
# quotation says no "than".
_COMPARATIVES = (
    "smaller|bigger|larger|better|worse|greater|higher|lower|cheaper|faster|slower|easier|"
    "harder|stronger|weaker|safer|newer|simpler|tougher|longer|shorter|riskier|costlier"
)
_UNCOMPARED = re.compile(
    r"\b(?:something|anything|nothing|someone|anyone|somewhere|one|ones)\s+"
    rf"(?:(?:much|even|a bit|a little|far)\s+)?(?:(?:more|less)\s+[a-z]+|{_COMPARATIVES})\b"
    r"(?![^.;!?]*\bthan\b)",
    re.I,
)

_THEY = re.compile(r"\b(?:they|them|their|theirs)\b", re.I)

# An opening "It" that is the subject of a clause about a thing ("It has ...").
_OPENING_IT = re.compile(
    r"^(?:(?:I|[Ww]e)(?:['\u2019]m| am| are|['\u2019]re)? (?:sure|think|guess|know|believe|"
    r"hope|suspect|bet) (?:that )?)?(?P<it>[Ii]t(?:['\u2019]s)?\s+(?P<verb>[\w'\u2019]+))"
)
_IT_IDIOMS = frozenset({"takes", "took", "depends", "seems", "seemed", "looks", "appears"})


def quote_points_back(quote: str, known: frozenset[str] = frozenset()) -> bool:
    """Whether the quotation holds a word standing for something it does not name: "such
    X", "this X" (not a time, nor a thing the headline names: ``known``, its words
    lower-cased), a pronoun "this", "they" before any plural or name it could stand for,
    an opening "It" that is not "It is hard to ...", or "there" for a place."""
    if _SUCH.search(quote) or _THIS_PRONOUN.search(quote) or _THERE.search(quote):
        return True
    if _this_thing(quote, known) or _that_thing(quote, known) or _UNCOMPARED.search(quote):
        return True
    if _THIS_SUBJECT.search(quote):
        return True  # "I think this will help": what will?
    return _unnamed_they(quote) or _opening_it(quote)


def _that_thing(quote: str, known: frozenset[str]) -> bool:
    """Whether "that" or "those" shows a thing the quotation does not name before ("we lost
    that game"; not "an international consensus. The breaking of that consensus")."""
    for m in _THAT_THING.finditer(quote):
        noun, before = m.group("noun"), m.group("before")
        if before in _CONJUNCTION_BEFORE or noun in AUXILIARIES | PREPOSITIONS | STOP_WORDS:
            continue
        if _PLACED_AFTER_THIS.match(noun) or noun in known or noun.rstrip("s") in known:
            continue
        if re.search(rf"\b{re.escape(noun.rstrip('s'))}", quote[: m.start("noun") - 5], re.I):
            continue  # named before in the quotation
        return True
    return False


def _this_thing(quote: str, known: frozenset[str]) -> bool:
    """Whether "this" shows a thing ("this crisis", "these measures"): the speaker shows
    it to the listener, the quotation alone does not ("this impeachment sham" under a
    headline on the impeachment does). An opening "This" is for _bare_subject."""
    for m in re.finditer(r"(?<!^)\b(?:this|these) ([a-z][\w-]*)", quote):
        nxt = m.group(1)
        if nxt in AUXILIARIES | PREPOSITIONS | STOP_WORDS or _PLACED_AFTER_THIS.match(nxt):
            continue
        if nxt in known or nxt.rstrip("s") in known:
            continue
        return True
    return False


def _unnamed_they(quote: str) -> bool:
    """Whether "they" comes before any plural noun or name in the quotation that it could
    stand for ("my first reaction was, 'Oh no, they're going to ...'"). A "they" that
    expects, thinks or says is people, or a body of them: a plural of things before it
    cannot be it ("giving fewer concessions than they anticipate")."""
    found = _THEY.search(quote)
    if not found:
        return False
    minded = bool(_THEY_MINDS.match(quote, found.start()))
    tokens = list(re.finditer(r"[\w'\u2019-]+", quote[: found.start()]))
    return not any(
        _could_be_they(m.group(0), _opens(quote[: m.start()]))
        and (not minded or _people_like(m.group(0)))
        for m in tokens
    )


# "they" as the subject of a verb only people, or bodies of them, do.
_MIND_VERBS = (
    "anticipate|expect|think|thought|believe|want|hope|fear|feel|felt|know|knew|say|said|"
    "decide|agree|argue|worry|worried|plan|planned|wish|prefer|preferred|like|love|hate|"
    "claim|insist|realise|realize|understand|understood|imagine|suspect|doubt|demand|"
    "complain|promise|intend|tell|told|ask|admit|deny|denied|refuse|vote|voted"
)
_THEY_MINDS = re.compile(
    r"they\s+(?:(?:still|also|just|really|only|never|always|all|now|often|even)\s+)?"
    r"(?:(?:will|would|could|should|may|might|do|does|did|had|have|"
    r"(?:won|wouldn|don|didn|haven|hadn)['\u2019]t)\s+(?:not\s+)?)?"
    rf"(?:{_MIND_VERBS})(?:s|d|ed|es)?\b",
    re.I,
)
# Plurals for people or their bodies: "clients", "officials", "companies", "leaders".
_PEOPLE_PLURAL = re.compile(
    r"(?:people|men|women|children|\w+(?:ers|ors|ists|ians|ants|ents)|countries|nations|"
    r"governments|states|parties|authorities|companies|firms|teams|clubs|banks|markets|"
    r"unions|groups|agencies)$"
)


def _people_like(word: str) -> bool:
    """A name, or a plural for people or a body of them ("buyers", "the Americans")."""
    low = word.lower()
    if word[:1].isupper() and low not in {"i", "we", "you"}:
        return True
    return bool(_PEOPLE_PLURAL.match(low)) or (
        low.endswith("s") and (low[:-1] in PERSON_NOUNS | TEAM_MEMBERS or low[:-2] in PERSON_NOUNS)
    )


def _opens(before: str) -> bool:
    """Whether a word opens the quotation, a sentence or an inner quotation ("'Oh no,"):
    its capital then says nothing of a name."""
    return not before.strip() or before.rstrip()[-1] in ".!?\u2018\u201c\"'"


def _could_be_they(word: str, opening: bool) -> bool:
    low = word.lower()
    if not opening and word[:1].isupper() and low not in {"i", "we", "you"}:
        return True  # a name: "the Americans wanted ..., their helicopter"
    plural = low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "\u2019s"))
    return plural and len(low) > 3 and low not in AUXILIARIES | STOP_WORDS | PREPOSITIONS


def _opening_it(quote: str) -> bool:
    """An opening "It" (or "I'm sure it ...") that stands for a thing named before: not
    one before an infinitive or a "that" clause, nor "It takes a while"."""
    m = _OPENING_IT.match(quote.strip())
    if not m:
        return False
    rest = quote.strip()[m.start("it") :].lower()
    if _EXTRAPOSED_IT.match(rest) or _IT_SITUATION.match(rest):
        return False
    return m.group("verb").lower() not in _IT_IDIOMS


# "It is our hope that ...", "It's a stock-specific market": the situation, or a clause
# the sentence goes on to give, not a thing named before.
_IT_SITUATION = re.compile(
    r"it(?:['\u2019]s| is)(?: (?:a|an)\b| (?:[\w'\u2019-]+ ){1,3}(?:that|to)\b)"
)
