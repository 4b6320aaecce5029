"""Which claims a question may rest on: the analyser must be sure, and the claim well formed.

A wrong answer key teaches the opposite of the lesson, so a claim is held back when any of
these fails (``claim_problems`` names the reasons):

- confidence: the analyser's own confidence (``Claim.confidence``) is under
  ``MIN_CONFIDENCE``, tuned on the dev articles;
- cue (``cue_checks``): the cue is a verb or phrase of saying or thinking ("said", "told reporters",
  "warned", "according to"), not an action the source took ("ordered", "declined",
  "did not reveal", "is charged with");
- source (``source_checks``): a resolved, named source: not a bare pronoun, not "we",
  not a headline label, and the name is the head of the words the article uses for it
  ("Montell Figgins, who represents Thomas" is not Thomas; "President Trump's advisers"
  are not Trump);
- content (``content_checks``): a complete clause inside one speaker's words: a verb, no
  dangling conjunction or addressee, no ticker or code ("US30YT=RR"), not glued from two
  places ("...");
- an outlet statement (status unattributed) is only the outlet's when its sentence has no
  quotation, no cue word and no first person, is not page furniture, and does not follow
  an attribution it may continue ("Police said ... . A search of the car found ...").

Type-specific premises (the strength of a status or a source type) are checked by the
types themselves (with ``status_checks`` for statuses); these checks hold for every
question.
"""

from __future__ import annotations

import re

from quizapp.core.claims import Analysis
from quizapp.core.lexicon import PRONOUN_SOURCES, SAYING_VERBS
from quizapp.core.questions.content_checks import HEADLINE, TICKER, content_problems
from quizapp.core.questions.cue_checks import CUE_WORD, lemma, saying_cue
from quizapp.core.questions.cue_verbs import cue_verb
from quizapp.core.questions.names import may_be_one_body
from quizapp.core.questions.source_checks import pronoun_problems, source_problems

MIN_CONFIDENCE = 0.5
"""Claims under this confidence make no question (tuned on realnews-dev: above it the
claims that match the gold rise from 80% to 84% while 92% of the right ones stay)."""


_QUOTE_CHARS = '"\u201c\u201d'


_SCARE_QUOTE = re.compile(r"(?<=\w )[\u201c\"][\w'\u2019-]+(?: [\w'\u2019-]+)?[\u201d\"](?= \w)")
"""One or two words in quotation marks inside a sentence ('the self-declared "interim"
government'): the outlet's own word held at a distance, not someone's words."""


_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|My|me)\b")


_FURNITURE = re.compile(
    r"\b(?:advises? users|click|subscribe|newsletter|sign up|copyright|all rights reserved|"
    r"disclaimer|read more|follow us|photo|image|file photo|getty|caption|advertisement|"
    r"editing by|reporting by|originally published|this article|adapted from)\b|www\.|"
    r"https?:|\.com\b",
    re.I,
)


def claim_problems(
    analysis: Analysis, index: int, described: bool = False, framed: bool = False
) -> list[str]:
    """Why a question must not rest on this claim ([] when it may). ``described``: a
    source the article describes but does not name ("a doctor on the scene") will do, for
    a question that shows the article's words for it (source_checks.source_problems).
    ``framed``: the question asks the content after its cue ("Who accused the board of
    hiding costs?", cue_objects.py), so a cue whose object is no statement ("accused",
    "called for") will do, as will an object and an infinitive ("urged the board to ...")."""
    claim = analysis.claims[index]
    if claim.status == "unattributed":
        return outlet_problems(analysis, index)
    problems = []
    if claim.confidence < MIN_CONFIDENCE:
        problems.append(f"confidence {claim.confidence:.2f} under {MIN_CONFIDENCE}")
    if not saying_cue(claim.cue) and not (framed and cue_verb(claim.cue)):
        problems.append(f"cue {claim.cue!r} is not a verb of saying")
    problems += source_problems(claim, described)
    if not problems and _common_noun(claim.source, analysis.article.text):
        problems.append(f"source {claim.source!r} is a common noun, not a name")
    if not problems and _dateline(claim.source, analysis.article.text):
        problems.append(f"source {claim.source!r} is the dateline's place, not a speaker")
    if not problems and claim.source_text.strip().lower() in PRONOUN_SOURCES:
        problems += pronoun_problems(analysis, index, described)
    problems += content_problems(claim, framed)
    other = _same_words_elsewhere(analysis, index)
    if other:
        problems.append(f"the analysis gives the same words to {other!r} too")
    return problems


def _same_words_elsewhere(analysis: Analysis, index: int) -> str:
    """Another source the analysis gives exactly the same words to ("..., Dempsey said." and
    the patient's quotation after it, both read as the quotation's source): one of the two
    is wrong, and a question cannot tell which."""
    claim = analysis.claims[index]
    if not claim.content_spans:
        return ""
    for other in analysis.claims:
        if (
            other is not claim
            and other.status != "unattributed"
            and other.content_spans[:1] == claim.content_spans[:1]
            and not may_be_one_body(other.source, claim.source)
        ):
            return other.source
    return ""


def _common_noun(source: str, text: str) -> bool:
    """A one-word source the article also writes in lower case: "Doctors", "Protesters"."""
    words = source.split()
    return len(words) == 1 and bool(re.search(rf"\b{re.escape(words[0].lower())}\b", text))


def _dateline(source: str, text: str) -> bool:
    """A place in capitals that opens a paragraph: "BUFFALO, N.Y. — Hours before ..."."""
    name = source.strip()
    return (
        len(name) > 3
        and name.isupper()
        and bool(re.search(rf"(?m)^{re.escape(name)}(?:,|\s+[\u2014\u2013-])", text))
    )


def is_sure(analysis: Analysis, index: int, described: bool = False, framed: bool = False) -> bool:
    return not claim_problems(analysis, index, described, framed)


def held_back(analysis: Analysis) -> int:
    """Attributions no question may rest on (for the teacher and the sweep report)."""
    return sum(
        1
        for i, c in enumerate(analysis.claims)
        if c.status != "unattributed" and claim_problems(analysis, i)
    )


_POINTS_BACK = re.compile(
    r"(?:it|its|this|these|those|that|such|another|he|she|they|his|her|their|the other|"
    r"but|and|so|also|still|however|which)\b",
    re.I,
)


# "may" in lower case: "in May" is a month, not a guess.
_NO_AGENT = re.compile(
    r"\b(?:(?:is|are|was|were|been|being)\s+(?:widely\s+|generally\s+|often\s+)?"
    r"(?:seen|considered|regarded|viewed|believed|thought|said|reported|rumou?red|deemed)"
    r"\s+(?:as|to)\b|reportedly|allegedly|widely (?:seen|regarded|considered|believed))",
    re.I,
)
"""A view with no one named: "Settlements are seen as one of the most difficult issues" is
an attribution without a source (DOMAIN section 1), not the outlet stating a fact."""


_HEDGE = re.compile(
    r"\b(?:(?-i:may)|might|could|should|would|must|seems?|appears?|likely|perhaps|probably|"
    r"arguably|mistake|important)\b",
    re.I,
)


def outlet_problems(analysis: Analysis, index: int) -> list[str]:
    """Why a statement may not be the outlet's own voice."""
    claim = analysis.claims[index]
    sentence = claim.evidence or claim.content
    if any(q in _SCARE_QUOTE.sub("", sentence) for q in _QUOTE_CHARS):
        return ["outlet statement holds a quotation"]
    if any(not _in_compound(sentence, m.start()) for m in CUE_WORD.finditer(sentence)):
        return ["outlet statement holds a cue word"]
    if _FIRST_PERSON.search(sentence):
        return ["outlet statement speaks in the first person"]
    if _FURNITURE.search(sentence) or TICKER.search(sentence):
        return ["outlet statement looks like page furniture"]
    if len(re.findall(r"\w+", claim.content)) < 5 or sentence.rstrip()[-1:] not in ".!?":
        return ["outlet statement is not a sentence"]
    if (
        HEADLINE.match(claim.content.strip())
        or HEADLINE.match(sentence.strip())
        or _after_label(analysis.article.text, claim.evidence_span)
    ):
        return ["outlet statement is a label and a list ('Jane Roe: Possession of ...')"]
    if _POINTS_BACK.match(claim.content.strip()):
        return ["outlet statement starts with a word pointing back into the article"]
    if _HEDGE.search(claim.content):
        return ["outlet statement is a guess or a view, not a statement of fact"]
    if _NO_AGENT.search(claim.content):
        return ["outlet statement reports a view with no one named ('is seen as')"]
    if _continues_attribution(analysis, index):
        return ["outlet statement may continue the attribution before it"]
    if _sourced_after(analysis, index):
        return ["outlet statement may be the source's named after it"]
    return []


_LABEL = re.compile(r"[^:\u201c\u201d\"]{3,60}:")


def _after_label(text: str, span: tuple[int, int]) -> bool:
    """The statement follows a label on its line ("Victor N. Burton: | Dealing in ..."): the
    sentence splitter cut the label off a line of a list, which is no sentence of its own."""
    if tuple(span) == (0, 0):
        return False
    prefix = text[text.rfind("\n", 0, span[0]) + 1 : span[0]]
    return bool(_LABEL.fullmatch(prefix.strip()))


def _in_compound(sentence: str, start: int) -> bool:
    """A cue word ending a hyphenated adjective ("the self-declared government", "a
    long-expected deal") describes, it does not attribute; "so-called" keeps its distance."""
    return sentence[start - 1 : start] == "-" and not sentence[:start].lower().endswith("so-")


_ACCORDING_TO = re.compile(r"\baccording to\b", re.I)
_AMOUNT = re.compile(
    r"\b\d[\d,.]*(?:\s*(?:percent|per cent|%)|\s+(?!(?:months?|years?|weeks?|days?|hours?)\b)"
    r"[a-z]+)",
    re.I,
)


def _sourced_after(analysis: Analysis, index: int) -> bool:
    """The source may come after the statement: the paragraph ends "..., according to X"
    (news style puts a paragraph's figures before the one source they all come from), or a
    source gives the same amount (a lede's "plunged 10 percent" is the report's "down 10
    percent", not the outlet's own finding)."""
    claim = analysis.claims[index]
    text = analysis.article.text
    end = claim.evidence_span[1]
    paragraph_end = text.find("\n", end)
    rest = text[end : paragraph_end if paragraph_end >= 0 else len(text)].strip()
    if rest and _ACCORDING_TO.search(re.split(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])", rest)[-1]):
        return True
    amounts = {a for a in _AMOUNT.findall(claim.content) if not _YEAR.match(a)}
    return any(
        a in c.evidence for c in analysis.claims if c.status != "unattributed" for a in amounts
    )


_YEAR = re.compile(r"(?:1[89]|20)\d\d\b")


def _continues_attribution(analysis: Analysis, index: int) -> bool:
    """The statement may be a source's words the analysis did not attribute: a cue word
    elsewhere in its paragraph (a source named before it may go on speaking, and "..., Harris
    said." closing a paragraph may cover every sentence of it), or its paragraph is one lone
    sentence right after an attributed one ("Police said ... .\n\nA search of the car found
    two knives."). A paragraph of the outlet's own sentences after an attribution is the
    outlet's again ("Carlineo faces a maximum of 10 years in prison. Sentencing is scheduled
    for Feb. 14."), and so is a lone paragraph after sources that did not speak ("The Afghan
    government has ruled out Taliban involvement.\n\nThe crash comes a day after ...")."""
    claim = analysis.claims[index]
    text = analysis.article.text
    start, end = claim.evidence_span if claim.evidence_span != (0, 0) else (None, None)
    if start is None:
        return True
    paragraph_start = text.rfind("\n", 0, start) + 1
    paragraph_end = text.find("\n", end)
    before = text[paragraph_start:start]
    after = text[end : len(text) if paragraph_end < 0 else paragraph_end]
    if CUE_WORD.search(before) or any(
        _TRAILING_CUE.search(s) for s in re.split(r"(?<=[.!?])\s+", after.strip())
    ):
        return True
    if before.strip() or after.strip():
        return False  # one of several outlet sentences in its paragraph
    for j in range(index - 1, -1, -1):
        other = analysis.claims[j]
        if other.status == "unattributed":
            continue
        gap = text[other.evidence_span[1] : start]
        if gap.count("\n") > 2 or _sentence_inside(gap):
            return False
        if _speaks(other.cue):
            return True
    return False


def _speaks(cue: str) -> bool:
    """A cue of saying, writing or thinking anywhere in it ("said in a statement on", "has
    since said", "according to"), or none the analysis could name: a source who spoke may
    go on in the next paragraph; one who "ruled out" something, "is demanding" it or "has
    established" it is not quoted, and the next paragraph is the outlet telling the story."""
    ws = cue.lower().split()
    return (
        not ws
        or " ".join(ws) == "according to"
        or any(lemma(w) in SAYING_VERBS or w in _CUE_NOUNS for w in ws)
    )


_CUE_NOUNS = frozenset({"statement", "report", "interview", "release", "letter", "post", "tweet"})


_TRAILING_CUE = re.compile(
    r"[^\"\u201d\u2019],\s+(?!(?:but|and|while|as|although|because|which|who)\b)"
    r"[^,.!?\"\u201c\u201d]{0,80}?" + CUE_WORD.pattern + r"(?:\s+[\w'\u2019.-]+){0,4}[.!?]$",
    re.I,
)
"""A sentence whose cue comes last ("..., Harris said."): its source may have said the
sentences before it in the paragraph too. A quotation's cue ('"...," Ruiz said.') covers only
the quotation, and a clause of its own (", but Ruiz said such reports are false") only itself."""


def _sentence_inside(gap: str) -> bool:
    return bool(re.search(r"[.!?]\s+[A-Z]", gap.strip()))
