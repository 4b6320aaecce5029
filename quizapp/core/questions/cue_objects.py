"""A cue's object as a "who" stem asks it, in the cue's own frame: "Who accused the harbor
board of hiding costs?", "Who urged the council to publish the audit?", "Who called for an
inquiry into the fire?", "Who suggested that the city buy back the buses?".

statement() refuses such a content: cut from its verb, "the harbor board of hiding costs"
is no clause, and "the statement that the city buy back the buses" reads as broken English.
Kept after the verb that governs it, it is the article's own English and says who did what.
Only verbs whose object a stem can carry whole are framed; any other is still refused.
"""

from __future__ import annotations

import re

from quizapp.core.claims import Article, Claim
from quizapp.core.questions.cue_verbs import (
    FRAMES,
    TAKE_CLAUSES,
    THAT_FRAMES,
    cue_verb,
    named_claim,
    opens_object,
)
from quizapp.core.questions.english import (
    QUOTES,
    cut_clause,
    cut_open,
    has_dangling_reference,
    has_verb,
    words,
)
from quizapp.core.questions.pronoun_owners import _owner_in_doubt, _person_before_pronoun
from quizapp.core.questions.shortening import shortened
from quizapp.core.questions.statements import (
    _CLOSING_LINK,
    LONGEST,
    _cut_off,
    _negated,
    connector,
    content_text,
    drop_also,
)

_EXAMPLES = re.compile(r",\s+such as\s[^;]*$")
_WRITERS_BUT = re.compile(r",?\s+but\s+(?=[A-Z]|(?:the|he|she|they|it|we)\s)")
_NO_OBJECT = re.compile(r"(?:of|for|on|over|to)\s", re.I)


def framed_object(claim: Claim, article: Article, limit: int) -> str | None:
    """What a "Who ...?" stem asks after the cue's subject: the cue's verb and its object
    as the article writes them ("accused the harbor board of hiding costs", "suggested that
    Harborview buy back 40 buses"), at most ``limit`` words; None where the cue is no framed
    verb or the object would not read whole."""
    parts = _framed_parts(claim, article, limit)
    if parts is None:
        return None
    _, said, link, thing = parts
    return f"{said} that {thing}" if link else f"{said} {thing}"


def named_object(claim: Claim, article: Article, limit: int) -> str | None:
    """The cue's object named by the cue's noun, as a status stem asks it: "the claim of
    responsibility for the attack", "the accusation against the harbor board of hiding
    costs" (cue_verbs.NOUNS), at most ``limit`` words; None where the cue has no such noun
    or its object would not read whole after its verb (framed_object)."""
    parts = _framed_parts(claim, article, limit)
    if parts is None or parts[2]:
        return None  # "suggested that ...": a proposal, no claim of fact
    base, _, _, thing = parts
    return named_claim(base, thing)


def _framed_parts(claim: Claim, article: Article, limit: int) -> tuple[str, str, str, str] | None:
    """(base verb, the verb as a stem writes it, "that" or "", the object) of framed_object."""
    verb = cue_verb(claim.cue)
    link = connector(claim, article)
    if link == "" and re.match(r"that\s", claim.content.strip()):
        link = "that"  # the content span holds its "that": "suggested | that the city buy"
    if verb is None or link is None or link not in ("", "that"):
        return None
    base, said = verb
    pattern = FRAMES.get(base, ("", None))[1]
    if link == "that" and base not in THAT_FRAMES:
        return None  # "reported that ...": a clause, which statement() restates
    if link == "" and base not in FRAMES:
        return None
    content = content_text(claim, article)
    if not content or content[:1] in QUOTES or _negated(claim, article):
        return None
    room = limit - len(words(said)) - (1 if link else 0)
    thing = drop_also(cut_clause(content, max_words=LONGEST))
    if link == "":
        # "claimed responsibility for the attack but U.S. officials have said ...": the
        # writer's own clause after "but" is no part of the cue's object.
        thing = _WRITERS_BUT.split(thing, maxsplit=1)[0]
    # Examples closing the object ("..., such as unproven claims") can go: a stem in the
    # cue's frame is the sentence itself, and it asks who, not what for instance.
    thing = shortened(_CLOSING_LINK.sub("", _EXAMPLES.sub("", thing)), room)
    if not _whole(thing, claim, article) or (link and not has_verb(thing)):
        return None
    if link == "" and pattern is not None and not pattern.search(thing):
        return None  # "accused the board" with no "of": what of?
    if link == "" and pattern is not None and _NO_OBJECT.match(thing):
        return None  # "accused | of preying on ...": whom? (the object was not found)
    if link == "" and base in TAKE_CLAUSES and not opens_object(base, words(thing)[0].lower()):
        return None  # "reports 28 people were quarantined": a clause, statement()'s to judge
    return base, said, link, thing


def _whole(thing: str, claim: Claim, article: Article) -> bool:
    """Whether the object reads whole and placed: three words at least, no quotation marks,
    not cut inside an aside or before its last word, no word pointing back into the article."""
    return bool(
        thing
        and len(words(thing)) >= 3
        and not any(q in thing for q in '"\u201c\u201d')
        and thing.count("(") == thing.count(")")
        and not cut_open(thing, claim.evidence)
        and not _cut_off(thing)
        and not has_dangling_reference(thing)
        and _person_before_pronoun(thing, article.text)
        and not _owner_in_doubt(thing, claim, article)
    )
