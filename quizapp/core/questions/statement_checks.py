"""Whether a statement lifted out of the article is fit to stand alone in a question.

``checkable``: a statement asked for its status (claim_status, true_false, sort) must hold
something a reader could check: a figure, an event, a cause, a forecast, an accusation. An
opinion ("should", "a really neat program"), a feeling, the speaker's own knowledge ("I
haven't talked to the trainers") or a courtesy has no status to find in the article:
whatever the key, the learner is asked to weigh nothing. Such words still make who-said and
what-said items, which ask whose they are.

``placeable``: a statement shown without its article must say what it is about: a name or
a figure, or a subject that is not a word pointing back ("the admiration is mutual": whose?
"Some wore clothing ...": some of whom? "the 66-year-old's suicide": who is he? "the
Democrat", "the Swedish forward" where the article ties the epithet to no one person, so
referents.named_in_full left it; "the contract has confused employees", "control of the
territories", where definites.things_in_full found no mention naming them; "Another 30
people"; "a year later, ..."). A quotation in the first person is placed by its speaker,
unless it speaks of "he" or "she" before naming anyone, and no quotation is placed whose
words point back into the article ("such a high-risk individual", "they're going to ...",
an opening "It has ...": pointing_back.quote_points_back).
"""

from __future__ import annotations

import re

from quizapp.core.lexicon import (
    AUXILIARIES,
    CLAUSE_LINKS,
    COMMON_WORDS,
    FIRST_PERSON,
    IRREGULAR_PAST,
    MONTHS,
    PREPOSITIONS,
    STOP_WORDS,
    TIME_SPANS,
)
from quizapp.core.questions.definites import unplaced_thing
from quizapp.core.questions.english import _EXTRAPOSED_IT, has_verb, words
from quizapp.core.questions.pointing_back import quote_points_back
from quizapp.core.questions.quoted_referents import named_for_check
from quizapp.core.questions.referents import unnamed_epithet
from quizapp.core.source_titles import PERSON_NOUNS

_DEONTIC = re.compile(
    r"\b(?:should(?:n['\u2019]t)?|ought to|must(?!\s+(?:not\s+)?(?:have|be)\b)|"
    r"need(?:s)?\s+to|no\s+need|(?:have|has)\s+to(?!\s+do\s+with))\b|"
    r"\b(?:it|that)(?:['\u2019]s|\s+is|\s+was)\s+(?:(?:very|so|really|"
    r"especially|also)\s+)?(?:important|essential|crucial|vital|critical|necessary|key|"
    r"imperative|wise|best)\s+(?:for\s+[^,.;]{1,60}?\s+)?to\b|^\s*(?:please|let['\u2019]s|"
    r"don['\u2019]t|do not)\b",
    re.I,
)
"""What ought to happen is an opinion, not a fact to check: "should", "must", "need to",
"we have to make some job eliminations", "there is no need to worry", "It's important for
doctors to take detailed histories", an order ("Don't panic"). A figure makes it a forecast
("sales should reach 2 million"; so does a time: "the weather should ease by Thursday");
"must have been" and "must be" infer, they do not recommend."""

WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
FORECAST_TIME = re.compile(
    rf"\bshould\s+(?:[a-z]+\s+){{1,6}}?(?:(?:by|before|on|until|from|in|within)\s+(?:the\s+)?"
    rf"(?:{WEEKDAYS}|{'|'.join(MONTHS)}|\d{{4}}|(?:end|middle|start)\b|next\b|(?:a|two|three|"
    rf"few|several)\s+(?:days?|weeks?|months?|years?)\b)|(?:next|this|later\s+this)\s+(?:week|"
    rf"month|year|weekend|{WEEKDAYS})\b|soon\b|tomorrow\b|later\b)"
)
"""A "should" that tells when ("should ease by Thursday morning", "should be released
next week"): what a source expects, a forecast, not what ought to be."""

_EVALUATIVE = re.compile(
    r"\b(?:neat|perfect|wonderful|amazing|awesome|fantastic|terrific|terrible|awful|"
    r"horrible|excellent|incredible|brilliant|beautiful|lovely|nice|fun|exciting|"
    r"inspiring|admiration|great(?!\s+(?:deal|many|majority|depression|lakes|britain|"
    r"recession|wall|barrier)\b))\b"
)
"""Words that grade rather than report (lower case only: "Great Britain" is a name)."""

_MIND_VERB = (
    r"(?:feel|felt|feeling|love|loved|like|liked|hope|hoped|wish|wished|miss|missed|enjoy|"
    r"enjoyed|know|knew|talk|talked|speak|spoke|spoken|heard|admire|admired|appreciate|"
    r"appreciated|care|cared|fear|feared|worry|worried|wonder|wondered|think|thought|"
    r"believe|believed|suspect|suspected|doubt|doubted|regret|regretted|expect|expected)"
)
_FIRST_PERSON_MIND = re.compile(
    r"\b(?:I|[Ww]e)(?:['\u2019](?:m|ve|re|d|ll))?\s+"
    r"(?:(?:do|does|did|can|could|will|would|have|had|am|are|was|were|really|just|still|"
    r"would['\u2019]ve|could['\u2019]ve|might['\u2019]ve|"
    r"also|always|never|not|truly|certainly|definitely|all|so|\w+n['\u2019]t)\s+){0,3}"
    + _MIND_VERB
    + r"\b"
)
"""The speaker on their own feelings or knowledge: "I can feel him", "I haven't talked to"."""

_FIRST_PERSON_UNAWARE = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:didn['\u2019]t|did not|never|don['\u2019]t|do not)\s+"
    r"(?:really\s+|even\s+)?(?:see|saw|seen|expect(?:ed)?|noticed?|reali[sz]ed?)\b"
)
"""What the speaker did not see coming: their experience, not an event ("I saw him fire" is
a witness's account and stays)."""

_FIRST_PERSON_STATE = re.compile(
    r"\b(?:I['\u2019]m|I am|[Ww]e['\u2019]re|[Ww]e are)\s+(?:(?:so|very|really|just|not|"
    r"truly|all|extremely)\s+){0,2}(?:happy|proud|glad|excited|thrilled|honou?red|grateful|"
    r"sad|disappointed|delighted|pleased|sorry|humbled|blessed)\b"
)

_OTHERS_FEELING = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Tt]hey)(?:['\u2019](?:s|re)|\s+(?:is|are|was|were))?\s+"
    r"(?:(?:starting|beginning|going|really|just|still|finally)\s+(?:to\s+)?)*"
    r"(?:feel|feels|feeling|felt)\s+(?:it|that|like|as if|good|better|great|bad|confident|"
    r"comfortable|happy|sad|betrayed|welcome|ready|at home)\b"
)
"""The speaker on what someone else feels ("He's starting to feel it a little bit again",
"they feel betrayed"; not a sensation: "he felt pain in his chest"): a reading of another's
mind, which the outlet may put in its own words ("brimming with
confidence"), not an event to check."""

_COURTESY = re.compile(
    r"\b(?:thanks?|thanked|thanking|congratulat\w*|apologi[sz]\w*|condolences|"
    r"our (?:thoughts|prayers))\b",
    re.I,
)

_GENERIC = re.compile(
    r"^\W*(?:sometimes|often|usually|generally|typically|in general|as a rule)\b(?![^.;]*\d)",
    re.I,
)
"""A rule of thumb ("Sometimes employees don't follow the rules"): a generalisation the
story's events may bear out or not, no event to check (a figure makes it one: "Often 30
people wait")."""

_FIGURE = re.compile(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|percent|"
    r"half|once|twice)\b",
    re.I,
)


_FORECAST = re.compile(
    r"\b(?:will|won['\u2019]t|could|may|might)\s+(?:(?:not|also|likely|probably|soon|"
    r"still|now)\s+)*[a-z]+\b|\w['\u2019]ll\b|\b(?:is|are|was|were)\s+(?:(?:now|also|widely)\s+)?"
    r"(?:expected|set|due|likely|going|poised|projected|forecast)\s+to\b|\b(?:expects?|"
    r"forecasts?|forecasted|predicts?|predicted|projects|anticipates?)\b"
)
"""What a source expects: a modal before a verb ("will be sold", "could begin"), "is
expected to", "is set to", "is due to", a verb of forecasting. Lower case only:
"May" is a month; "would" is left, for it reports a plan of the past as often as a
forecast ("Jobs would typically leave work before him")."""


def forecast(text: str) -> bool:
    """Whether the text tells what a source expects (``_FORECAST``, or a "should" with a
    time: ``FORECAST_TIME``), not what is or ought to be."""
    return bool(_FORECAST.search(text) or FORECAST_TIME.search(text))


def checkable(text: str) -> bool:
    """Whether the statement holds something a reader could check in the article, not
    only a view, a feeling, the speaker's own knowledge or a courtesy."""
    if any(
        p.search(text)
        for p in (_FIRST_PERSON_MIND, _FIRST_PERSON_UNAWARE, _FIRST_PERSON_STATE, _OTHERS_FEELING)
    ):
        return False
    if _EVALUATIVE.search(text) or _COURTESY.search(text) or _GENERIC.search(text):
        return False
    return not (
        _DEONTIC.search(text) and not _FIGURE.search(text) and not FORECAST_TIME.search(text)
    )


_BARE_SUBJECTS = {
    "some",
    "many",
    "most",
    "others",
    "several",
    "both",
    "all",
    "few",
    "they",
    "it",
    "this",
    "these",
    "those",
    "he",
    "she",
}
"""Words that open a statement as its whole subject, standing for people or things the
article named before ("Some wore clothing ...", "They left ...")."""

_TIME_SPAN = "|".join(sorted(TIME_SPANS))
_TIME_NOUNS = re.compile(rf"(?:{_TIME_SPAN})s?$")

_AGE_EPITHET = re.compile(r"\bthe\s+\d+-year-old\b(?!\s+[A-Z])", re.I)
""""the 66-year-old's suicide": a person named only by an age the stem never gives."""

_DEFINITE = {"the", "that", "those", "these", "this", "its", "their", "his", "her"}

_DATED = re.compile(
    r"\b(?:on|in|last|next|this) (?:" + "|".join(MONTHS) + r"|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)

_NOT_NAMES = set(MONTHS) | {
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "I",
}


def placeable(text: str, quoted: bool = False, known: frozenset[str] = frozenset()) -> bool:
    """Whether a reader of the statement alone can tell what it is about: it neither opens
    with a bare "Some", "They" or "These" nor names a person by an age ("the 66-year-old"),
    counts on from the article ("Another 30 people", "those beliefs"), and, restated, it
    neither dates itself from the sentence before ("a year later, ...") nor holds a
    definite phrase for a thing the article named before (definites.unplaced_thing: "the
    contract has confused ...", "control of the territories"), and it holds a name or a
    figure or its subject is no such phrase ("the admiration"). A quotation is the
    speaker's words, found in the article as they are, and one in the first person
    (``quoted``) is placed by its speaker, unless it speaks of "he" or "she" it does not
    name: never the speaker. A definite thing the headline names (``known``: its words,
    lower-cased) is placed by the headline ("the harbor wall" under "Harbor Wall")."""
    if quoted:
        text = named_for_check(text)  # "He [Zach Parise] is ...": the name is given
    ws = words(text)
    if not ws:
        return False
    if _COUNTS_ON.search(text) or (quoted and _unnamed_other(text)):
        return False  # "Another 30 were hurt", "to express those beliefs", "if he had ..."
    if quoted and quote_points_back(text, known):
        return False  # "such a high-risk individual", "they're going to ...", "It has ..."
    if quoted and any(w.lower() in FIRST_PERSON for w in ws):
        return True
    if _bare_subject(ws, text, quoted) or _AGE_EPITHET.search(text):
        return False
    if quoted:
        return True
    if unnamed_epithet(text) or _POINTS_BACK.search(text) or RELATIVE_TIME.match(text):
        return False  # "the Democrat", "resisted such fatalism", "A short time later, ..."
    if _DEMONSTRATIVE_OBJECT.search(text):
        return False  # "in the wake of that outbreak": which one?
    if unplaced_thing(text, known):
        return False
    if _has_name(ws) or _FIGURE.search(text) or _DATED.search(text):
        return True  # a dated event ("approved the budget on Monday") is one to look up
    return not _definite_thing(text, known)


_COUNTS_ON = re.compile(
    r"\b(?:another\s+(?:\d[\d,.]*|(?:two|three|four|five|six|seven|eight|nine|ten|dozen|"
    r"hundred|thousand)\b)(?!\s+(?:more\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|"
    r"decades?|seasons?|times)\b)|those\s+(?!(?:who|which|that|whom|whose|of|with|where|when|are|were|"
    r"in|on|at)\b)[a-z]+\b(?!\s+(?:who|which|that|whom|whose|of|with|where|when)\b))",
    re.I,
)
"""A count or a set the article gave before: "Another 30 people had been injured" (besides
whom?), "those beliefs" (which?). "those who ..." and "those of ..." say which, and
"another ten years" is a length of time."""

_OTHER_PERSON = re.compile(r"\b(?:he|she|him|his|her)\b", re.I)


def _unnamed_other(quote: str) -> bool:
    """Whether a quotation speaks of "he" or "she" before it names anyone: shown alone, the
    learner takes the pronoun for the speaker or cannot tell who it is ("If he had concerns
    about the call, I would have expected ...")."""
    found = _OTHER_PERSON.search(quote)
    # "I'll put a bullet in her ...": the speaker's own "I'll" is no name.
    before = (
        [w for w in words(quote[: found.start()]) if not _FIRST_PERSON_WORD.match(w)]
        if found
        else []
    )
    return bool(found) and not _has_name(before or ["x"])


_FIRST_PERSON_WORD = re.compile(r"^I(?:['\u2019](?:ll|m|d|ve))?$")


RELATIVE_TIME = re.compile(
    r"^(?:(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+)?"
    r"(?:short\s+)?(?:time|while|moments?|minutes?|hours?|days?|weeks?|months?|years?|"
    r"decades?)\s+(?:later|afterwards?|earlier)"
    r"|(?:shortly|soon|not long) (?:after(?:wards?)?|afterwards?|later|before)"
    r"|the (?:next|following|previous) (?:day|morning|night|week|month|year)"
    r"|later|afterwards?|by then|until then|at the time),\s+",
    re.I,
)
"""An opening phrase that dates the sentence from the one before it ("A short time later,",
"a year later,", "The next day,"): lifted alone, later than what?"""

_DEMONSTRATIVE_OBJECT = re.compile(
    r"\b(?:in|of|after|before|since|during|from|for|with|about|despite|over|against|amid)\s+"
    rf"(?:that|this|these)\s+(?!(?:{_TIME_SPAN}|day|night|is|was|the|a|an)\b)[a-z]+\b",
    re.I,
)
"""A demonstrative after a preposition, pointing at a thing the sentence before named ("in
the wake of that outbreak", "because of this decision"): lifted alone, which? "this week"
dates itself."""

_POINTS_BACK = re.compile(
    r"\b(?:such(?!\s+as\b)|a different|the other(?!\s+hand\b)|the latter|the former(?=\s+[a-z])|"
    r"the same(?!\s+\w+\s+as\b)|similar(?!\s+to\b))\s+[a-z]",
    re.I,
)
"""A determiner that points back at something the sentence before named ("such
investment", "a different reason", "the same day"): lifted alone, the statement does not
say which. "such as", "the same X as", "on the other hand" and "similar to" say it."""


def _bare_subject(ws: list[str], text: str, quoted: bool) -> bool:
    first = ws[0].lower()
    if first not in _BARE_SUBJECTS or (quoted and first == "it"):
        return False  # a speaker's "It takes a while" is theirs, as said
    nxt = ws[1] if len(ws) > 1 else ""
    if first in {"this", "that"} and nxt.lower() in {"is", "was"}:
        return False  # "this is a stock-specific market": the situation spoken of
    if nxt[:1].isdigit() or nxt[:1].isupper() or _FIGURE.match(nxt):
        return False  # "Some 14 supporters", "Most Americans", "All three"
    if first in {"this", "these", "those"} and _TIME_NOUNS.match(nxt.lower()):
        return False  # "This year, sales rose"
    return not (first == "it" and _EXTRAPOSED_IT.match(text.strip().lower()))


def _has_name(ws: list[str]) -> bool:
    """A capitalised word other than a sentence's first function word (a restated clause
    keeps a capital only on a name)."""
    opening = COMMON_WORDS | PREPOSITIONS | CLAUSE_LINKS | STOP_WORDS
    start = 1 if ws[0].lower() in opening else 0  # "Without medical care, ..."
    return any(w[:1].isupper() and w not in _NOT_NAMES for w in ws[start:])


def _definite_thing(text: str, known: frozenset[str] = frozenset()) -> bool:
    """The main clause's subject is "the", "that", "its" ... before a thing, not a person
    ("the admiration", "the campaign", "the struggling company"). A person known only by a
    role ("the doctor", "the patient") is how a story tells of one it does not name."""
    ws = _subject_words(text)
    if not ws or ws[0] not in _DEFINITE or (ws[0] in {"this", "that"} and ws[1:2] == ["is"]):
        return False  # "this is a buyers' market": the situation spoken of
    if any(w in known or w.rstrip("s") in known for w in ws[1:4]):
        return False  # "the harbor wall" in a story headed "Harbor Wall Cracks"
    return not any(w in PERSON_NOUNS or w.rstrip("s") in PERSON_NOUNS for w in ws[1:4])


def _subject_words(text: str) -> list[str]:
    """The words of the main clause, lower-cased: after an opening phrase set off by a
    comma ("Without medical intervention, the disease ...", "This week, ...")."""
    ws = [w.lower() for w in words(text)]
    opening = ws[:1] and (ws[0] in PREPOSITIONS or (len(ws) > 1 and bool(_TIME_NOUNS.match(ws[1]))))
    if opening and "," in text:  # "This year, sales rose ..."
        ws = [w.lower() for w in words(text.split(",", 1)[1])]
    return ws


# --- A cue's object or proposal cut out as if it were a clause -------------------------------

_OF_GERUND = re.compile(r"^(?P<object>(?:(?!\bof\b).)+?)\s+of\s+(?:being\s+|having\s+)?[a-z]+ing\b")
""""accused the UK and the US of meddling ...": the content is the cue's object and what
it is accused of, not a clause; after "the statement that" it reads as broken English."""

_DROPS_THAT = re.compile(
    r"\b(?:say|said|says|saying|tell|told|think|thought|believe[sd]?|expect(?:s|ed)?|"
    r"argue[sd]?|claim(?:s|ed)?|warn(?:s|ed)?|add(?:s|ed)?|predict(?:s|ed)?|hope[sd]?|"
    r"feel|felt|know|knew|note[sd]?|wrote|write|writes|insist(?:s|ed)?|suggest(?:s|ed)?)$",
    re.I,
)
"""Verbs that take a clause without its "that" ("said a deal was close"); after any other
cue ("reported a loss of $3 million"), an "a" straight after the cue opens its object."""

_MANDATIVE_ONLY = re.compile(
    r"\b(?:propos|urg|recommend|demand|request|requir|order|advis)\w*$", re.I
)
_MANDATIVE = re.compile(r"\b(?:suggest|insist)\w*$", re.I)
_SUBJUNCTIVE = re.compile(
    r"^(?:that\s+)?(?:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*|(?:the|his|her|its)\s+"
    r"[a-z-]+(?<!s)|he|she|it)\s+(?:not\s+)?(?P<verb>[a-z]+)\b"
)
"""A singular subject and a verb without its -s ("that Beijing resume buying"): the
mandative subjunctive of a proposal."""


def object_not_clause(clause: str, cue: str, link: str | None) -> bool:
    """Whether a restated content is the cue's object rather than a clause of its own:
    "the Democrats of being blinded ..." (after "accused"), "a loss of $304.7 million on
    revenue ..." (after "reported"). Restated after "the statement that" or "Who said
    that", neither has a subject and a verb of its own."""
    found = _OF_GERUND.match(clause)
    if found and not has_verb(found.group("object")):
        return True
    first = words(clause)[:1]
    cue_word = cue.strip().split()[-1] if cue.strip() else ""
    return (
        link == ""
        and first[:1] in (["a"], ["an"], ["A"], ["An"])
        and not _DROPS_THAT.search(cue_word)
    )


def proposal(clause: str, cue: str) -> bool:
    """Whether the content is what a source proposed should happen, not a claim: any clause
    after "proposed", "urged", "recommended", "demanded"; one in the subjunctive after
    "suggested", "insisted" or "asked" ("suggested that Beijing resume buying ..."). It has
    no status to find, and cut from its cue it reads as broken English."""
    cue = cue.strip()
    if not cue:
        return False
    if _MANDATIVE_ONLY.search(cue):
        return True
    if not _MANDATIVE.search(cue):
        return False
    found = _SUBJUNCTIVE.match(clause.strip())
    if not found:
        return False
    verb = found.group("verb")
    if verb == "be":
        return True
    if any(w.lower() in AUXILIARIES for w in words(clause)[:8]):
        return False  # "the disgraced financier may have been ...": an indicative clause
    return not (
        verb in AUXILIARIES
        or verb in IRREGULAR_PAST
        or verb.endswith(("s", "ed", "ly"))
        or verb in COMMON_WORDS
        or verb in PREPOSITIONS
        or words(clause)[0].lower() in PREPOSITIONS
    )
