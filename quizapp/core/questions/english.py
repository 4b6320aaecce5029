"""English for stems and choices: clauses cut, cased and checked so that they read well.

Generators never paste a claim's content as it comes: they cut it at a clause boundary,
turn it into a clause that reads after "that", and refuse content a teacher would have to
fix (a dangling pronoun, a headline in title case, first person outside a quotation).
"""

from __future__ import annotations

import re
from functools import lru_cache

from quizapp.core.lexicon import (
    AUXILIARIES,
    CLAUSE_LINKS,
    COMMON_WORDS,
    DEMONSTRATIVES,
    FIRST_PERSON,
    IRREGULAR_PAST,
    NOUN_MARKERS,
    PREPOSITIONS,
    STEM_PRONOUNS,
    TIME_SPANS,
)
from quizapp.core.source_titles import PERSON_NOUNS

QUOTES = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"


MAX_WORDS = 32


# Where a clause may be cut without leaving it incomplete.
_CLAUSE_BREAK = re.compile(
    # Not ", but": "Selling a product is difficult, but altering behavior is much more
    # difficult" cut there says the opposite of what was said.
    r"(?:,\s+(?:with|which|who|while|whereas|although|though|as|after|before|when|where|"
    r"including|adding|saying|according|raising|prompting|leaving|sending|forcing|causing|"
    r"sparking|triggering|bringing|pushing|citing|noting)\b"
    r"|;\s"
    # A second cue of the same speaker ends the statement: "the deaths were caused by
    # gunshot wounds and called on the government to ..." holds a claim and a demand.
    r"|\s+(?:but|and)\s+(?:also\s+)?(?:noted|said|added|argued|stressed|warned|insisted|claimed|"
    r"told|says|adds|called|urged|demanded|asked|appealed|vowed|pledged|promised|accused)\b"
    r"|\s+and that\s"
    # A quotation the paraphrase runs into with a consequence ('... the cannabis used, "so
    # it might be that ..."'): the clause before it is whole; after "but" it would not be.
    r"|,\s+(?=[\"\u201c](?:so|and)\s)"
    r"|\s+(?:—|–|--)\s"
    r"|(?<=[a-z0-9])\.\s+(?=[A-Z\"\u201c]))"
)


def words(text: str) -> list[str]:
    return list(_words(text))


@lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    # Cached: generators compare the same few dozen claims with each other many times.
    return tuple(_WORD.findall(text))


_WORD = re.compile(r"[\w'’-]+")


def strip_quotes(text: str) -> str:
    return text.strip().strip(QUOTES).strip().rstrip(",;:").strip()


def cut_clause(text: str, max_words: int = MAX_WORDS, quoted: bool = False) -> str:
    """The first clause of ``text`` that still says something (at least four words) and
    means what the whole said: never cut inside an aside the sentence goes on after, nor
    (in a quotation, ``quoted``) before a sentence that comments on it: a speaker's first
    sentence may set up the view the next one turns against."""
    text = " ".join(strip_quotes(text).split())  # article line breaks, double spaces
    asides = _dash_asides(text)
    for match in _CLAUSE_BREAK.finditer(text):
        if match.group(0).startswith(".") and _abbreviation(text[: match.start()]):
            continue  # "Mr. Obama", "Marc H. Morial", "U.S. officials"
        if any(a <= match.start() <= b for a, b in asides):
            continue  # "fleet sales -- new vehicles sold to ... -- began ...": no verb left
        if match.group(0).startswith(",") and main_clause_goes_on(text, match.end()):
            continue  # "lost Matt Dumba, who sat out the third period, to an injury"
        if quoted and match.group(0).startswith(".") and COMMENTS_BACK.match(text, match.end()):
            continue  # "... an international consensus. The breaking of that consensus ..."
        head = text[: match.start()].rstrip(" ,;.")
        if len(words(head)) >= 4:
            text = head
            break
    text = text.rstrip(" ,;:.")
    if not quoted:
        text = closed_partial_quote(text)
    if not _balanced(text):
        return ""
    return text if len(words(text)) <= max_words else ""


_PARTIAL_QUOTE = re.compile(r"\w\s+(?:\u201c|\")(?=\w)")


def closed_partial_quote(text: str) -> str:
    """A restated clause whose one quotation runs past the cut ('China "is going to have to
    make a deal that I like' of '... I like. If they don't, that's it."') with its mark
    closed where the clause ends, as a writer quoting part of a sentence would: the
    speaker's words stay marked as theirs. Only a quotation opened inside the clause, after
    words of the writer's, and the only mark in it."""
    marks = [m for m in re.finditer(r"[\u201c\u201d\"]", text)]
    if len(marks) != 1 or marks[0].group() == "\u201d":
        return text
    opening = _PARTIAL_QUOTE.search(text)
    if opening is None or opening.end() != marks[0].end():
        return text
    if len(words(text[marks[0].end() :])) < 3:
        return text
    return text + ("\u201d" if marks[0].group() == "\u201c" else '"')


DASH = re.compile(r"\s+(?:\u2014|\u2013|--)\s+")


def _dash_asides(text: str) -> list[tuple[int, int]]:
    """Spans between a pair of spaced dashes: an aside the sentence runs around ("fleet
    sales -- new vehicles sold to corporations -- began trending upwards"). A lone dash (the
    last of an odd number) sets off an afterthought, after which a cut may come."""
    dashes = [m.start() for m in DASH.finditer(text)]
    return [(dashes[k], dashes[k + 1]) for k in range(0, len(dashes) - 1, 2)]


MAX_STEM_WORDS = 32
"""The most words a stem holds: past this a 14-year-old loses the thread (the strict readers
cut or deleted stems of 33 to 38 words and kept those of up to 30)."""


def room_in_stem(frame: str) -> int:
    """How many words of the article a stem may restate after ``frame`` ("Who said that")."""
    return MAX_STEM_WORDS - len(words(frame))


def cut_open(clause: str, sentence: str) -> bool:
    """Whether a clause holds the opening dash of an aside its sentence closes later ("given
    that history -- and the fact that Trump has made ..." out of "... -- there is every
    reason ..."): the clause stops inside the aside, before the sentence's main verb."""
    return len(DASH.findall(clause)) % 2 == 1 and len(DASH.findall(sentence)) % 2 == 0


def main_clause_goes_on(text: str, after: int) -> bool:
    """Whether a phrase set off by a comma (", who sat out the third period,") closes with
    another comma in the same sentence and the main clause goes on after it ("to an
    undisclosed injury", "but ..."): cut there, the statement would lose what it says of
    its subject. A new clause joined by "and" may be left off, and so may the cue that
    closes the sentence (", who lives on Elm Street, Harris said."): it says who spoke."""
    stop = _SENTENCE_END.search(text, after)
    sentence_rest = text[after : stop.start() if stop else len(text)]
    if "," not in sentence_rest:
        return False
    rest = sentence_rest.split(",", 1)[1].strip()
    if _CLOSING_CUE.fullmatch(rest.rstrip(" .!?")):
        return False
    return bool(words(rest)) and words(rest)[0].lower() != "and"


_CLOSING_CUE = re.compile(
    r"(?:[A-Z][\w.'\u2019-]*\s+){1,4}(?:said|says|added|adds|noted|wrote|told\s+\w+)"
    r"|(?:he|she|they|police|officials)\s+(?:said|says|added|adds|noted|wrote)"
)
"""A cue closing a sentence after its source: "Harris said", "Lt. Matt Harris said", "he
added"."""


_SENTENCE_END = re.compile(r"(?<=[a-z0-9])[.!?]\s+(?=[A-Z\"\u201c])")


# A sentence that comments on the one before it ("The breaking of that consensus is
# important", "That goes a long way", "But ..."): the one before, shown alone, may say the
# opposite of the speaker's point.
COMMENTS_BACK = re.compile(
    r"[\"\u201c]?(?:(?:That|This|These|Those|It|But|Yet|However|Still|Such|Which)\b"
    r"|(?:\S+\s+){0,5}?(?:(?:this|these|those|such)\s+[a-z]"
    r"|(?:of|on|in|to|for|with|about|by|from)\s+that\s+[a-z]))"
)


_ABBREVIATIONS = set(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "gen",
        "sen",
        "rep",
        "gov",
        "lt",
        "col",
        "sgt",
        "capt",
        "prof",
        "jr",
        "sr",
        "inc",
        "co",
        "corp",
        "ltd",
        "vs",
        "no",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mt",
        "ft",
        "pres",
        "supt",
        "dept",
        "univ",
        "est",
        "approx",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
    ]
)


def _abbreviation(before: str) -> bool:
    last = before.split()[-1] if before.split() else ""
    last = last.lstrip('("\u201c').lower()
    return len(last) == 1 or last in _ABBREVIATIONS or "." in last


def _balanced(text: str) -> bool:
    """Quotation marks that open also close: a clause cut inside a quote reads wrong."""
    return text.count("\u201c") == text.count("\u201d") and text.count('"') % 2 == 0


def sentence(text: str) -> str:
    """A clause as a sentence: capital first letter, full stop."""
    text = text.strip()
    if not text:
        return text
    text = capitalise_first(text)
    return text if text[-1] in ".!?" else text + "."


def is_title_case(text: str) -> bool:
    ws = [w for w in words(text) if w.lower() not in COMMON_WORDS]
    return len(ws) >= 4 and sum(w[:1].isupper() for w in ws) / len(ws) > 0.7


# "this plan" points back into the article; "this year" does not.
_POINTING_PHRASE = re.compile(
    rf"(?<!^)\b(?:this|these|those)\s+(?!(?:{'|'.join(sorted(TIME_SPANS))})s?\b)[a-z]"
    r"|\bthat\s+[a-z]+[.,]?$"
)


# Nouns an article uses for a thing it named before: "the company" (SNC), "the order" (the
# court's ruling), "that experience" (building small satellites). Restated in a stem, they
# point back into an article the stem does not show: which company? A following "of", "to",
# "by" ... may say which ("the decision to raise rates", "the order by the court").
_BACK_NOUNS = (
    r"company|companies|firm|group|agency|order|move|decision|plan|deal|ruling|judgment|"
    r"judgement|verdict|experience|report|study|bill|measure|proposal|agreement|announcement|"
    r"step|incident|policy|program|programme|project|scheme|effort"
)
_POINTING_BACK = re.compile(
    rf"\b(?:the|that)\s+(?:{_BACK_NOUNS})(?:['\u2019]s)?\b"
    r"(?!\s+(?:of|to|for|by|on|with|between|against|that|which|who|whose)\b)",
    re.I,
)


_BODY_NOUNS = {"company", "companies", "firm", "group", "agency"}


def points_back(text: str) -> bool:
    """Whether a clause names a thing only by the noun the article used for it after naming
    it ("the company could take larger payloads", "the order favoured banks", "would leverage
    that experience"): a reader of the stem cannot tell which. A company after a name in the
    clause is that name's ("WeWork employees have waited ... since the company abandoned
    ..."); an order or an experience is no name's."""
    for m in _POINTING_BACK.finditer(text):
        noun = re.sub(r"['\u2019]s$", "", m.group(0).split()[-1].lower())
        named_before = any(
            w[:1].isupper() and w not in {"The", "A", "An"} for w in words(text[: m.start()])
        )
        if not (noun in _BODY_NOUNS and named_before):
            return True
    return False


_QUOTED_PART = re.compile(r"\u201c[^\u201d]*\u201d|\"[^\"]*\"")


def has_dangling_reference(text: str, first_person: bool = False) -> bool:
    """A pronoun the reader of the stem cannot resolve ("she's", "doing it"); first person
    too, unless the words are a quotation (``first_person=True``)."""
    ws = [re.split(r"['’]", w.lower())[0] for w in words(text)]
    if not ws:
        return True
    if ws[0] in DEMONSTRATIVES and len(ws) > 1 and ws[1] not in {"is", "was"}:
        return True
    if ws[0] in {"its", "their", "his", "her"}:
        return True  # "Its first test ...": whose?
    if ws[0] == "another" and len(ws) > 1 and ws[1] in AUXILIARIES:
        return True  # "Another is stewardship of the Earth": another what?
    if "it" in ws[1:]:
        return True  # "doing it" points back into the article
    if _POINTING_PHRASE.search(text):
        return True  # "would fund these schools", "... than that plan": which ones?
    if not first_person and points_back(text):
        return True  # "the company could take ...": a quotation keeps the speaker's words
    if (
        ws[0] == "it"
        and not first_person  # in a quotation, the speaker's own "It ..." stays as said
        and not _EXTRAPOSED_IT.match(text.lower())
    ):
        return True  # "It would depend on ...": what would? Only "It is hard to ..." stands alone
    # "US troops": the country, not "us". Inside a quotation the restated clause marks as
    # the speaker's ('China "is going to make a deal that I like"'), "I" is the speaker:
    # only the writer's words are checked.
    said = words(_QUOTED_PART.sub(" ", text))
    own = [re.split(r"['’]", w.lower())[0] for w in said if w != "US"]
    if not first_person and any(w in FIRST_PERSON for w in own):
        return True
    original = words(text)
    for k, w in enumerate(ws):
        if w not in STEM_PRONOUNS:
            continue
        # "Rudolph should be disciplined for his role": a possessive or object pronoun after
        # a name in the same clause points to that name, not back into the article.
        named_before = any(o[:1].isupper() and o not in {"The", "A", "An"} for o in original[:k])
        # "The patient went to his doctor": so does a person the clause names by a noun.
        person_before = w in {"his", "him", "her"} and _person_noun_before(ws[:k])
        # "people with pillows and duvets shouldn't throw them out": things the clause names.
        things_before = w == "them" and _things_before(ws[:k])
        if (
            k == 0
            or w in {"he", "she", "they"}
            or not (named_before or person_before or things_before)
        ):
            return True
    return False


# "It is hard to ...", "It's important for health care providers to ...": the "it" stands
# for the clause that follows, not for anything earlier in the article.
_EXTRAPOSED_IT = re.compile(
    r"it(?:['’]s| is| was) \w+ (?:for (?:[\w'’-]+ ){1,4})?"
    r"(?:that\b|to [\"\u201c]?(?!(?:the|a|an|its|their|his|her|this|these|those|our|my)\b)[a-z])"
)
"""Only before an infinitive ("It is hard to see"): "it is committed to the formula" is
an "it" standing for someone named before (China, in "China said it is committed ...")."""


_PREPOSITIONS_TO_A_THING = frozenset({"with", "of", "containing", "about", "for"})
_NOT_PLURAL_NOUNS = frozenset({"this", "his", "its", "was", "has", "does", "us", "is", "as"})


def _things_before(ws: list[str]) -> bool:
    """A plural noun the clause names in a phrase after a preposition ("people with
    [pillows] and duvets ... throw them out", "owners of old [cars] should replace them"):
    an object "them" cannot stand for its own clause's subject ("officials and residents
    should report them" is someone else's), and the stem shows the things it stands for."""
    return any(
        w in _PREPOSITIONS_TO_A_THING and any(_plural(n) for n in ws[j + 1 : j + 4])
        for j, w in enumerate(ws)
    )


def _plural(word: str) -> bool:
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and word not in _NOT_PLURAL_NOUNS
    )


def _person_noun_before(ws: list[str]) -> bool:
    """A singular noun for a person after an article ("the man", "a patient")."""
    return any(w in PERSON_NOUNS and ws[j - 1] in {"the", "a", "an"} for j, w in enumerate(ws) if j)


def has_verb(clause: str) -> bool:
    """A rough test that a clause is a clause: it has a word that looks like a finite verb.

    "a collaborative relationship with the administration" has none and is refused; the
    test lets some noun phrases through (plural nouns end in -s), never refuses a clause
    with an auxiliary or a past tense. A relative clause does not count: "a supporter who
    recently spent time in hospital" is a noun phrase.
    """
    clause = re.split(r"\s(?:who|whom|whose|which)\s", clause, maxsplit=1)[0]
    ws = words(clause)
    for n, w in enumerate(ws[1:], 1):
        low = w.lower()
        before = ws[n - 1].lower()
        after = ws[n + 1].lower() if n + 1 < len(ws) else ""
        if "'" in low or "’" in low:
            if re.search(r"['’](?:s|re|ve|d|ll|m)$", low) and not w[:1].isupper():
                return True
            continue
        if low in AUXILIARIES or low in IRREGULAR_PAST:
            return True
        if low.endswith("ed"):
            if before in {"never", "not", "always", "repeatedly", "previously", "recently"}:
                return True  # "Carlineo never intended to harm": a verb, whatever follows
            # "people accused of", "a newly created role": participles, not verbs
            if (
                after not in {"of", "by", "to"}
                and before not in NOUN_MARKERS
                # "a newly created role" is a participle; "Russians voluntarily entered" is not
                and not (before.endswith("ly") and n >= 2 and ws[n - 2].lower() in NOUN_MARKERS)
            ):
                return True
        elif (
            low.endswith("s")
            and not low.endswith(("ss", "us", "is"))
            and len(low) > 3
            and before not in NOUN_MARKERS
            and not w[:1].isupper()
        ):
            return True
    return False


_DANGLING_END = (
    CLAUSE_LINKS
    | PREPOSITIONS
    | set(["a", "an", "the", "to", "that", "which", "who", "its", "their", "his", "her", "said"])
)


def join_names(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def capitalise_first(text: str) -> str:
    """Upper-case the first letter only: "the Kremlin said" -> "The Kremlin said"."""
    return text[:1].upper() + text[1:]


@lru_cache(maxsize=65536)
def similar(a: str, b: str) -> bool:
    """Two statements that say much the same thing: a distractor must not be a second
    right answer ("ridership would fall by about 2 percent" ... "after the increase")."""
    wa = {w.lower() for w in words(a)} - COMMON_WORDS
    wb = {w.lower() for w in words(b)} - COMMON_WORDS
    if not wa or not wb:
        return False
    numbers_a = {w for w in wa if any(ch.isdigit() for ch in w)}
    numbers_b = {w for w in wb if any(ch.isdigit() for ch in w)}
    if numbers_a != numbers_b:
        return False  # 12 million and 15 million dollars on schools are different claims
    return len(wa & wb) / min(len(wa), len(wb)) >= 0.6
