"""A claim's content as a statement a stem can carry: one clean clause after "that", an
object ("estimated X at Y"), or a quotation; None when it would not read well."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from quizapp.core.claims import Article, Claim
from quizapp.core.lexicon import AUXILIARIES, CLAUSE_LINKS, PREPOSITIONS
from quizapp.core.questions.casing import lower_first
from quizapp.core.questions.cue_verbs import takes_object
from quizapp.core.questions.definites import things_in_full
from quizapp.core.questions.english import (
    _DANGLING_END,
    MAX_WORDS,
    QUOTES,
    cut_clause,
    cut_open,
    has_dangling_reference,
    has_verb,
    is_title_case,
    sentence,
    strip_quotes,
    words,
)
from quizapp.core.questions.frames import verb_forms
from quizapp.core.questions.pronoun_owners import (
    SPEAKER_OPENING,
    _owner_in_doubt,
    _person_before_pronoun,
    _plural,
    speaker_pronoun,
)
from quizapp.core.questions.quoted_referents import with_referent
from quizapp.core.questions.referents import named_in_full
from quizapp.core.questions.shortening import shortened
from quizapp.core.questions.statement_checks import (
    RELATIVE_TIME,
    object_not_clause,
    proposal,
)

MIN_QUOTE_WORDS = 6
LONGEST = 80  # a paraphrase cut before shortening: what shortened() may bring under a limit


_FIGURE_AT = re.compile(
    r"^(?P<np>.+?) at (?P<fig>(?:about |around |nearly |approximately |almost |roughly |"
    r"more than |over |some |at least )?[$€£]?\d.*)$"
)


def is_quotation(claim: Claim, article: Article) -> bool:
    """True when the content is a direct quote (quotation mark before or at its start)."""
    if claim.content.strip()[:1] in QUOTES:
        return True
    if not claim.content_spans:
        return False
    start = claim.content_spans[0][0]
    # On the content's own line: a quote closing the paragraph before opens nothing here.
    before = article.text[max(0, start - 3) : start].rsplit("\n", 1)[-1].strip()
    return bool(before) and before[-1] in QUOTES


def connector(claim: Claim, article: Article) -> str | None:
    """The words between cue and content ("that"), or None when the content comes first."""
    if not claim.cue_spans or not claim.content_spans:
        return None
    cue_end = claim.cue_spans[0][1]
    content_start = claim.content_spans[0][0]
    if content_start < cue_end:
        return None
    between = article.text[cue_end:content_start]
    return " ".join(between.split()).strip(" ,").lower()


_DISCOURSE = re.compile(
    r"^(?:(?:in addition|additionally|also|moreover|furthermore|however|meanwhile|but|and|"
    r"so|still|yet|besides|further|instead|then)\b,?"
    # Links and the outlet's asides that need their comma to be one: "For good measure,
    # Parise blocked a shot", "Ironically, the dry weather came as ...". Embedded after
    # "the statement that", they point at a sentence the stem does not show.
    r"|(?:ironically|for good measure|in fact|indeed|after all|nonetheless|nevertheless|"
    r"even so|by contrast|in contrast|likewise|similarly|separately|notably|interestingly|"
    r"importantly|curiously|surprisingly|unsurprisingly|predictably|fortunately|"
    r"unfortunately|sadly|on the other hand|what's more|as well|plus|again|finally|"
    # A concession to the sentence before: "That being said, people shouldn't panic".
    r"that being said|that said|having said that|with that said|all the same|"
    # A summing up of the sentences before: "In sum, more than 4,000 people ...".
    r"in sum|in short|all told|all in all),)\s+",
    re.I,
)


def content_text(claim: Claim, article: Article) -> str:
    """The claim's content as one clause: its first span (a content split over two sentences
    is joined without a full stop), without a leading "that" or "In addition,"."""
    text = claim.content
    spans = [s for s in claim.content_spans if 0 <= s[0] < s[1] <= len(article.text)]
    if len(spans) > 1:
        text = article.text[spans[0][0] : spans[0][1]]
    if spans:
        # A span that stops inside a clause ("18 percent of buses ran | more than ten minutes
        # late") is carried on to the clause's end, so no statement is cut mid-sentence.
        end = spans[0][1]
        rest = article.text[end:]
        if re.match(r" [a-z0-9]", rest) and text.strip() == article.text[spans[0][0] : end].strip():
            more = re.match(r"[^,.;:!?\"\u201c\u201d\n]*", rest)
            text = article.text[spans[0][0] : end] + (more.group(0) if more else "")
    text = text.strip()
    link = connector(claim, article)
    if link and not link.endswith("that"):
        # "stated during a live televised event that ...": a content span that starts
        # inside the words between cue and "that" starts after that "that".
        text = re.sub(r"^(?:[\w'’-]+\s+){1,5}?that\s+(?=\S)", "", text, count=1)
    # "said in an email to The Associated Press that ...": whom it was said to goes too.
    text = re.sub(r"^to\s+(?:[\w'\u2019.-]+\s+){1,5}?that\s+(?=\S)", "", text, count=1)
    text = re.sub(r"^that\s+", "", text)
    # "But ironically, ...": one link may follow another.
    for _ in range(2):
        text = _DISCOURSE.sub("", text, count=1)
    return text


_NEGATION_BEFORE = re.compile(r"(?:\b(?:not|never|no)|n['\u2019]t)[\s,\"\u201c]*$", re.I)


def _negated(claim: Claim, article: Article) -> bool:
    """Whether the words just before the content deny it ("was \u201cnot, per se,
    inconsistent ...", "did not say that ..."): the statement alone would say the opposite."""
    if not claim.content_spans:
        return False
    start = claim.content_spans[0][0]
    return bool(_NEGATION_BEFORE.search(article.text[max(0, start - 15) : start]))


_ASIDE_LINK = re.compile(
    r",\s+(?:however|though|meanwhile|moreover|in turn|too|for instance|for example),(?=\s)",
    re.I,
)
_CLOSING_LINK = re.compile(
    r",\s+(?:however|though|too|as well|also|meanwhile|nonetheless|nevertheless|instead|"
    r"in turn|after all)$",
    re.I,
)
"""A discourse marker closing the clause ("that's a costly plan, however"): it sets the
clause against a sentence the stem does not show, and goes as the one inside it does."""


@dataclass(frozen=True)
class Statement:
    """A claim's content in the forms a stem needs."""

    clause: str  # reads after "that" (or is the quotation, for form "quote")
    form: str  # "that", "object" ("estimated X at Y"), "quote" or "frame" (who_said only)
    # Object form as written: "Russia's losses ... at 1.2 million ..."; for "frame", the
    # cue's verb with its object ("accused the board of hiding costs", cue_objects.py).
    direct: str = ""
    # A quotation the clause cut inside and closed (english.closed_partial_quote): shown
    # with its marks it is the speaker's, but a status key must not rest on words the
    # generator cut short and a true/false shows without marks.
    cut_quote: bool = False

    @property
    def as_sentence(self) -> str:
        return (
            f"\u201c{sentence(self.clause)}\u201d"
            if self.form == "quote"
            else sentence(self.clause)
        )


def statement(
    claim: Claim, article: Article, limit: int = MAX_WORDS, asker: bool = False
) -> Statement | None:
    """The claim's content as a clean clause of at most ``limit`` words (for a stem, the
    room its frame leaves: english.room_in_stem), or None when it would not read well.
    ``asker``: the stem asks who the source is ("Who told ... that ...?"), so a "he" or
    "she" opening the clause may be the speaker (speaker_pronoun)."""
    content = content_text(claim, article)
    if not content.strip() or is_title_case(content):
        return None
    if strip_quotes(content).rstrip().endswith(("?", "!")):
        return None  # a question or an exclamation is not a statement to attribute
    quoted = is_quotation(claim, article)
    clause = cut_clause(content, max_words=limit if quoted else LONGEST, quoted=quoted)
    if cut_open(clause, claim.evidence) or _negated(claim, article):
        return None  # "given that history -- and the fact that ...", "not, per se, ..."
    # A paraphrase over the limit drops what it can spare; a quotation is not cut inside
    # a sentence.
    clause = clause if quoted else shortened(clause, limit)
    if clause.count("(") > clause.count(")"):
        # "5 inches (127 millimeters" cut at the full stop: the aside goes, not the sense.
        clause = clause[: clause.rfind("(")].rstrip(" ,")
    if not clause or len(words(clause)) < 4:
        return None
    if quoted:
        if len(words(clause)) < MIN_QUOTE_WORDS:
            return None  # "It's hard not to": too little of the quote to know it by
        # No pronoun check: shown word for word in quotation marks, "We're on it" or "they
        # put the heart of their message" are the speaker's own words, which a learner finds
        # in the article as they are; only a restated clause must say who "it" or "they" is.
        if clause[:1].islower() or any(q in clause for q in '"\u201c\u201d'):
            return None  # a phrase quoted inside a sentence, or quotes within the quote
        # "He's [Zach Parise] starting ...": whom an opening "He" stands for, where the
        # article settles it (quoted_referents.py).
        return Statement(with_referent(_close_inner_quote(clause), claim, article, limit), "quote")
    said = _paraphrase(clause, claim, article, limit, asker and speaker_pronoun(claim, article))
    if said is not None and said.clause[-1:] in ('"', "\u201d"):
        # Closed by the cut when the article closes no quotation after the clause's words.
        tail = re.escape(" ".join(said.clause[:-1].split()[-3:]))
        closed = re.search(tail + r"[.,!?]?[\"\u201d]", " ".join(content.split()))
        said = replace(said, cut_quote=closed is None)
    return said


_INNER_OPEN = "\u2018"
_INNER_CLOSE = re.compile(r"\u2019(?![A-Za-z])")  # not an apostrophe: "they\u2019re"


def _close_inner_quote(clause: str) -> str:
    """A quotation ending inside a quotation it holds ("... was, \u2018Oh no, they\u2019re
    going to get a lot of attention,\u2019 \u201d" cut before its commas) closes the inner one,
    or the stem shows a mark opened and never closed."""
    start = clause.rfind(_INNER_OPEN)
    if start < 0 or _INNER_CLOSE.search(clause, start + 1):
        return clause
    return clause.rstrip() + "\u2019"


def restated_quote(said: Statement, claim: Claim, article: Article, limit: int) -> Statement | None:
    """A quotation as a "that" clause, for a stem that must not show quotation marks (beside
    them "the article's own voice" is a choice nobody takes): only a quotation that reads as
    a plain statement of the outlet's, with no "I", "we", "you" or "it" pointing back, and
    as the checks of a restated clause allow; None otherwise."""
    if said.form != "quote":
        return said
    if _ADDRESSED.search(said.clause) or has_dangling_reference(said.clause):
        return None
    return _paraphrase(said.clause, claim, article, limit)


def _paraphrase(
    clause: str, claim: Claim, article: Article, limit: int, speaker: bool = False
) -> Statement | None:
    """A clause that is not a quotation as a stem restates it, or None. ``speaker``: a "he"
    or "she" opening it is the source, whom the stem asks for (speaker_pronoun)."""
    clause = _without_time_link(clause)
    first = words(clause)[0].lower()
    # "In the north, however, warnings ...": the link to the sentence before goes (a
    # quotation keeps the speaker's words as they are).
    clause = drop_also(_ASIDE_LINK.sub("," if first in PREPOSITIONS else "", clause))
    if _SCOPE.match(clause):
        return _scoped(clause, claim, article)
    clause = _CLOSING_LINK.sub("", clause)  # a quotation (above) keeps it
    link = connector(claim, article)
    if (
        proposal(content_text(claim, article), claim.cue)
        or object_not_clause(clause, claim.cue, link)
        or takes_object(claim.cue, link, clause)
    ):
        # "Beijing resume buying ...", "the Democrats of being blinded ...", "the council
        # to publish ...": who_said asks them in the cue's frame (cue_objects.py).
        return None
    checked = SPEAKER_OPENING.sub("Someone ", clause, count=1) if speaker else clause
    if has_dangling_reference(checked) or first == "to" or first in CLAUSE_LINKS:
        return None  # "to organize a rally", "if Trump could...": not a statement
    if not _person_before_pronoun(clause, article.text):
        return None  # "Apple has had a place in his heart": his is the speaker's
    if _owner_in_doubt(clause, claim, article):
        return None  # "Montour spoiled his shutout bid": the goalie's, named before
    clause = _mended(clause, limit)
    if len(words(clause)) < 4:
        return None
    if _cut_off(clause):
        return None  # "Trump was absolutely right when", "Obama has long": cut off
    if first in PREPOSITIONS and "," not in clause:
        return None  # "with attacks on Machado": a phrase, not a clause
    clause = _placed(clause, article.text, limit, claim.content_spans[:1])
    match = _FIGURE_AT.match(clause)
    estimate_cue = claim.cue_strength == "estimate" or verb_forms(claim.cue)[1] in {
        "estimate",
        "put",
        "value",
        "calculate",
        "project",
        "forecast",
    }
    if link == "" and match and estimate_cue and not re.search(r"\b[ap]\.m\b", clause):
        # "estimated Russia's losses at 1.2 million": an object, not a clause; the
        # clause form says the same thing with a verb.
        np = lower_first(match.group("np"))
        verb = "amount" if _plural(np) else "amounts"
        return Statement(f"{np} {verb} to {match.group('fig')}", "object", lower_first(clause))
    if not has_verb(clause):
        return None
    return Statement(lower_first(clause, article.text), "that")


def _placed(clause: str, text: str, limit: int, spans: list[tuple[int, int]]) -> str:
    """The clause with the names the article gives for its bare surnames and epithets
    ("Lars Vik Holm" for "Vik Holm") and for the things it calls "the campaign" (the
    article's last naming mention before the clause, at the start of ``spans``), so it
    says whom and what it is about shown alone; as it is where the names would take it
    over ``limit`` words."""
    named = named_in_full(clause, text)
    named = things_in_full(named, text, spans[0][0]) if spans else named
    return named if len(words(named)) <= limit else clause


def _without_time_link(clause: str) -> str:
    """The clause without an opening phrase that dates it from the sentence before ("A
    short time later, officers stopped a car", "a year later, Reid had made ..."): shown
    alone, "later" than what? Kept where the clause would be too short without it."""
    rest = RELATIVE_TIME.sub("", clause, count=1)
    return rest if rest != clause and len(words(rest)) >= 4 else clause


_ALSO = re.compile(r",\s+also,(?=\s)|(?<![Bb]ut)\s+also\b(?!\s+(?:known|called)\b)")


def drop_also(clause: str) -> str:
    """The clause without an "also" that adds it to something said before ("censors had
    also instructed ..."): restated alone in a stem, it points at a sentence the stem does
    not show. "not only ... but also" keeps its "also", and so does "also known as"."""
    if re.search(r"\bnot only\b", clause, re.I):
        return clause
    return _ALSO.sub(lambda m: "," if m.group(0).startswith(",") else "", clause)


_SCOPE = re.compile(
    r"^(?!(?:only|early|likely|nearly|roughly|apply|fly|rally|supply|family)\b)"
    r"(?:[a-z]+ly|overall|worldwide|nationwide|statewide|elsewhere),\s+",
    re.I,
)
"""A sentence-opening adverbial that limits what the sentence says ("Nationally, dealers
sold ...", "Globally, ..."): it cannot go, and lower-cased after "the statement that" it
reads as a slip ("the statement that nationally, dealers sold ...")."""


def _scoped(clause: str, claim: Claim, article: Article) -> Statement | None:
    """A clause that opens with a scope adverbial, as the article's sentence word for word
    in quotation marks, when the outlet says it itself and the article has these very
    words; else None: a source's words restated are not theirs to quote."""
    if claim.status != "unattributed" or clause not in " ".join(article.text.split()):
        return None
    if has_dangling_reference(clause) or not has_verb(clause):
        return None
    return Statement(clause, "quote")


def _cut_off(clause: str) -> bool:
    """Whether the clause ends on a word that needs more after it."""
    tail = [w.lower() for w in words(clause)[-2:]]
    if len(tail) == 2 and tail[1] == "like" and tail[0] in {"i", "you", "we", "they"}:
        return False  # "a deal that I like": the verb, not the preposition
    return (
        tail[-1] in _DANGLING_END
        # "... rose in May": a month, not "may" left hanging.
        or (tail[-1] in AUXILIARIES and words(clause)[-1].islower())
        or (
            len(tail) == 2
            and tail[0] in AUXILIARIES
            and tail[1] in {"long", "also", "still", "not"}
        )
    )


# Words that take their object only through one preposition ("pertaining to the news").
# A clause that drops it ("discussions pertaining the news") is the article's slip: a stem
# restating it would sign the slip as the generator's English, and quotation marks would
# make a paraphrase the source's words, so the stem's clause ends before it.
_NEEDS_PREPOSITION = {
    "pertaining": "to",
    "according": "to",
    "owing": "to",
    "regardless": "of",
    "irrespective": "of",
}
_SLIP = re.compile(
    "|".join(rf"\b{word}\s+(?!{prep}\b)(?=\w)" for word, prep in _NEEDS_PREPOSITION.items()),
    re.I,
)


def _mended(clause: str, limit: int) -> str:
    """The clause with the preposition the article's slip dropped ("discussions pertaining
    to the news"), outside quotation marks: restated, the English is the generator's, and
    what the discussions are about is kept. Over ``limit`` words, or inside a quotation,
    the clause ends before the slip as before."""
    slip = missing_preposition(clause)
    if slip < 0:
        return clause
    word = words(clause[slip:])[0]
    mended = f"{clause[:slip]}{word} {_NEEDS_PREPOSITION[word.lower()]}{clause[slip + len(word) :]}"
    inside = clause[:slip].count("\u201c") > clause[:slip].count("\u201d")
    if inside or len(words(mended)) > limit:
        return clause[:slip].rstrip(" ,")
    return mended


def missing_preposition(clause: str) -> int:
    """Where a word of _NEEDS_PREPOSITION stands followed straight away (no comma between)
    by a word that is not its preposition ("pertaining the news"), or -1."""
    found = _SLIP.search(clause)
    return found.start() if found else -1


_ADDRESSED = re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b", re.I)


def plain_statement(said: Statement) -> str | None:
    """The statement as a plain sentence, so a learner judges it by what the article does
    with it, not by its look (a sort's statements, the choices of "what did X say?").
    Quotation marks would mark the quoted ones on sight, and so would a speaker's "I", "we"
    or "you": such a quotation is None; one that reads as a plain sentence is shown without
    its marks, and so is a restated one that quotes a phrase."""
    if said.form != "quote":
        # A phrase the source is quoted in ('care providers should "take detailed
        # histories"') would mark it too: the outlet's own sentences never hold one.
        return re.sub(r"[\"\u201c\u201d]", "", said.as_sentence)
    if has_dangling_reference(said.clause) or _ADDRESSED.search(said.clause):
        return None
    return sentence(said.clause)
