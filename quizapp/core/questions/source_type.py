"""Source types: official, independent, involved, media, anonymous; and who is independent of
whom."""

from __future__ import annotations

import random
import re

from quizapp.core.claims import Analysis, Span
from quizapp.core.questions.base import Question, QuestionType, place_answer
from quizapp.core.questions.casing import lower_first
from quizapp.core.questions.distractors import descriptions
from quizapp.core.questions.english import (
    capitalise_first,
    room_in_stem,
    strip_quotes,
    words,
)
from quizapp.core.questions.evidence import usable
from quizapp.core.questions.evidence_cut import sentence_end, sentence_start, whole_sentences
from quizapp.core.questions.names import (
    choice_name,
    full_name,
    may_be_one_body,
    may_be_the_outlet,
    name_in,
    named_source,
    same_source,
)
from quizapp.core.questions.source_evidence import TYPE_PATTERNS, described_words, type_evidence
from quizapp.core.questions.statements import content_text, statement
from quizapp.core.source_titles import PERSON_NOUNS

TYPE_LABELS = {
    "official": "An official source: government, police or military",
    "independent": "An independent source: expert, university, UN body",
    "involved": "A party to the story: a company, a union, a witness",
    "media": "Another news outlet: a paper, broadcaster or agency",
    "anonymous": "An unnamed source: the article does not name it",
}
"""Choices of like length and form (a short name, a colon, three examples), so that
the length of a choice never points at the key."""

_WHY = {
    # "government", not "the state": a disease-control centre is a national agency, and a
    # reader of "body of the state" may take it for one of a country's states.
    "official": "is an official source: {role}a government official or body",
    "independent": "is an independent source: {role}expertise with no stake in the story",
    "involved": "is a party to the story: {role}a side with a stake in how it is told",
    "media": "is another news outlet, reporting what it learned",
    "anonymous": "is not named, so a reader cannot check who is speaking",
}
"""Why a source has its type (DOMAIN section 3), with the article's own word for its role
where there is one: never more than the article says ("speaking for a government" is false
of an ombudsman who criticises it; "speaking for itself" of a lawyer)."""

# An author of the study a story reports is independent by DOMAIN 3 (a university's study
# is independent), but has a stake in the study's findings: "no stake in the story" would be
# false of her.
_AUTHOR = re.compile(
    r"\b(?:(?:senior|lead|first|last|co-?|corresponding|study|the study's)\s*authors?|"
    r"authors? of the (?:study|report|paper|research)|led the (?:study|research))\b",
    re.I,
)
_AUTHOR_WHY = (
    "is an independent source: {role}expertise outside government and the sides in the"
    " story, though as an author of the study this source speaks for its findings and is not"
    " independent of them"
)

# A media source whose own name holds no outlet's word ("Sui-Lee Wee of the New York Times")
# is someone who reports for an outlet, not an outlet: "Sui-Lee Wee is another news outlet"
# is false.
_REPORTER_WHY = "reports for another news outlet, passing on what it learned"


def why(analysis: Analysis, source: str, kind: str, shown: str | None = None) -> str:
    """ "Jane Roe is an independent source: the article's word "professor" marks expertise
    with no stake in the story". The article's word is cited only when ``shown`` (the
    question's evidence) holds it: a learner must be able to check the reason."""
    words = described_words(analysis, source)
    found = role_word(analysis, source, kind)
    role = ""
    name = name_in(source, analysis.article.text)
    if found and found[:1].isupper() and found in name:
        # A word of the body's own name ("Disease Control" in "Chinese Center for Disease
        # Control and Prevention") is no role the article gives it: citing it teaches that a
        # name's words make a body official.
        found = ""
    if found and (shown is None or _holds(shown, found)):
        several = " " in found.strip()
        role = (
            f"the article's {'words' if several else 'word'} \u201c{found}\u201d"
            f" {'mark' if several else 'marks'} "
        )
    reason = _WHY[kind]
    if kind == "independent" and _AUTHOR.search(words):
        reason = _AUTHOR_WHY
    if kind == "media" and not TYPE_PATTERNS["media"].search(name):
        reason = _REPORTER_WHY
    return f"{capitalise_first(name)} {reason.format(role=role)}"


def role_word(analysis: Analysis, source: str, kind: str) -> str:
    """The article's word for the source's role that shows its type ("union", "coach"),
    or ""."""
    found = (
        TYPE_PATTERNS[kind].search(described_words(analysis, source))
        if kind in TYPE_PATTERNS
        else None
    )
    return found.group(0) if found else ""


def _holds(text: str, word: str) -> bool:
    pattern = r"\s+".join(re.escape(w) for w in word.split())
    return re.search(rf"(?<!\w){pattern}(?!\w)", text, re.I) is not None


def _describes(evidence: str, source: str, word: str) -> bool:
    """Whether the evidence gives the source its role word where it names it ("Jo Hart,
    the agency's director"), not only somewhere else ("Hart said the agency will ...")."""
    names = {source, *source.split()[-1:]}
    return any(_holds(descriptions(evidence, n), word) for n in names)


def role_sentence(analysis: Analysis, source: str, word: str) -> Span | None:
    """The first sentence of the body that names the source and holds its role word
    ("..., said Serene Gregg, local president of the prison workers' union."), or None."""
    text = analysis.article.text
    for lo, hi in analysis.article.body:
        for m in re.finditer(re.escape(source), text[lo:hi]):
            at, stop = lo + m.start(), lo + m.end()
            line_start = max(lo, text.rfind("\n", 0, at) + 1)
            line_end = min(hi, _find(text, "\n", stop))
            begin = sentence_start(text, at, line_start)
            end = sentence_end(text, stop, line_end)
            if _holds(text[begin:end], word):
                return whole_sentences(text, (begin, end), lo, hi)
    return None


def _find(text: str, needle: str, start: int) -> int:
    found = text.find(needle, start)
    return len(text) if found < 0 else found


def show_role(analysis: Analysis, question: Question, source: str, kind: str) -> None:
    """Add to the question's evidence, in article order, the sentence that gives the source
    the role word its explanation cites, when the evidence does not hold that word."""
    word = role_word(analysis, source, kind)
    if not word or not question.evidence_spans or _describes(question.evidence, source, word):
        return
    span = role_sentence(analysis, source, word)
    if span is None or any(a <= span[0] and span[1] <= b for a, b in question.evidence_spans):
        return
    spans: list[Span] = []
    for new in sorted([*question.evidence_spans, span]):
        if spans and new[0] < spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], new[1]))
        else:
            spans.append(new)
    question.evidence_spans = spans
    question.evidence = "\n".join(analysis.article.text[a:b] for a, b in spans)


class SourceType(QuestionType):
    name = "source_type"
    label = "Source type"
    skills = ("sourcing",)
    key_rests_on = frozenset({"source"})
    asks_about_source = True

    def generate(self, analysis: Analysis, rng: random.Random) -> list[Question]:
        return self._source_types(analysis, rng, frozenset())

    def generate_apart(
        self, analysis: Analysis, rng: random.Random, asked: frozenset[int]
    ) -> list[Question] | None:
        """Each source shown by a claim the set's other questions do not ask about, where
        it has one: its evidence would otherwise show another question's answer."""
        return self._source_types(analysis, rng, asked)

    def _source_types(
        self, analysis: Analysis, rng: random.Random, asked: frozenset[int]
    ) -> list[Question]:
        first = _surest_claims(analysis, asked)
        clear = _clear_sources(analysis, first)
        questions = self._independence(analysis, first, clear, rng)
        named: list[str] = []
        for name, i in first.items():
            # One body under two names ("the public defender's office" and "the Ombudsman's
            # office") is asked about once: two questions would read as two sources.
            if name in clear and not any(may_be_one_body(name, a) for a in named):
                questions.append(self._kind_of(analysis, name, i, rng))
                named.append(name)
        # The surest unnamed source's claim that reads as a stem: the first may not
        # ("But it may morph into ..."), where another of the article's does.
        for unnamed in _clearly_unnamed(analysis, asked):
            question = self._unnamed(analysis, unnamed, rng)
            if question is not None:
                questions.append(question)
                break
        # Non-official sources first: the contrast with officials is the lesson.
        questions.sort(key=lambda q: analysis.claims[q.claims[0]].source_type == "official")
        return questions

    def _unnamed(self, analysis: Analysis, i: int, rng: random.Random) -> Question | None:
        """ "What kind of source does the article cite for the claim that ...?": the claim
        the unnamed source makes, since it has no name to ask about, and the article's own
        word for it ("sources") would give the answer away. None when the claim does not
        read as a clause or a quotation."""
        claim = analysis.claims[i]
        written = lower_first(" ".join(claim.source_text.split()), analysis.article.text)
        stem = _unnamed_stem(analysis, i)
        if not stem:
            return None
        order = list(TYPE_LABELS)
        rng.shuffle(order)
        return self.question_about(
            analysis,
            stem=stem,
            choices=[TYPE_LABELS[k] for k in order],
            answer=order.index("anonymous"),
            explanation=(
                f"The article cites \u201c{written}\u201d, which names no one, so a reader"
                " cannot check who is speaking or what they stand to gain: the claim rests on"
                " the outlet's trust in its source."
            ),
            claims=[i],
        )

    def _independence(
        self,
        analysis: Analysis,
        first: dict[str, int],
        clear: set[str],
        rng: random.Random,
    ) -> list[Question]:
        """ "Which of these sources is independent of the government?", for each clearly
        independent source, against at least two officials nothing in the article says
        otherwise of."""
        independent = [
            s for s, i in first.items() if analysis.claims[i].source_type == "independent"
        ]
        independent = [s for s in independent if s in clear]
        official = [
            s
            for s, i in first.items()
            if analysis.claims[i].source_type == "official"
            and type_evidence(analysis, s) <= {"official"}
            and not at_arms_length(analysis, s)
        ]
        official = [
            s for n, s in enumerate(official) if not any(same_source(s, o) for o in official[:n])
        ]
        questions = []
        for name in independent:
            if len(official) < 2:
                break
            wrong = official[:]
            rng.shuffle(wrong)
            choices, answer = place_answer(rng, choice_name(name), [choice_name(w) for w in wrong])
            question = self.question_about(
                analysis,
                stem="Which of these sources in the article is independent of the government?",
                choices=choices,
                answer=answer,
                claims=[first[name]],
            )
            show_role(analysis, question, name, "independent")
            question.explanation = (
                f"{why(analysis, name, 'independent', question.evidence)};"
                " the others speak for"
                " the government. Independence matters because only an independent"
                " source can corroborate an official claim, and it is no proof of"
                " being right: an independent estimate is still a claim."
            )
            questions.append(question)
        return questions

    def _kind_of(self, analysis: Analysis, name: str, i: int, rng: random.Random) -> Question:
        """ "What kind of source is X in this article?", with every type as a choice."""
        claim, text = analysis.claims[i], analysis.article.text
        order = list(TYPE_LABELS)
        rng.shuffle(order)
        question = self.question_about(
            analysis,
            stem=f"What kind of source is {name_in(full_name(name, text), text)} in this article?",
            choices=[TYPE_LABELS[k] for k in order],
            answer=order.index(claim.source_type),
            claims=[i],
        )
        show_role(analysis, question, name, claim.source_type)
        question.explanation = (
            f"{why(analysis, name, claim.source_type, question.evidence)}."
            " The type of a"
            " source tells you whose voice a claim carries and whether a second"
            " source is independent of the first; it does not make a claim true."
        )
        return question


_UNNAMED_FRAME = "What kind of source does the article cite for"
_OPENING = re.compile(r"[^,;:()\u2014\u2013\"\u201c\u201d]+")


def _unnamed_stem(analysis: Analysis, i: int) -> str:
    """The stem asking for the type of claim ``i``'s unnamed source by what it says: the
    claim as a clause or a quotation, or, too long for a stem, the words it begins with up
    to its first comma (six words at least); "" when neither reads well."""
    claim = analysis.claims[i]
    that = f"{_UNNAMED_FRAME} the claim that"
    said = statement(claim, analysis.article, room_in_stem(that))
    if said is not None and said.form == "quote":
        return f"{_UNNAMED_FRAME} the words \u201c{said.clause}\u201d?"
    if said is not None and said.form == "that":
        return f"{that} {said.clause}?"
    begins = f"{_UNNAMED_FRAME} the claim that begins"
    opening = _OPENING.match(strip_quotes(content_text(claim, analysis.article)))
    part = " ".join(opening.group(0).split()) if opening else ""
    if not 6 <= len(words(part)) <= room_in_stem(begins):
        return ""
    return f"{begins} \u201c{part}\u201d?"


_UNNAMED = re.compile(
    r"\b(?:familiar with|close to the|with (?:direct )?knowledge of|briefed on|"
    r"on condition of anonymity|not authori[sz]ed to|unnamed|anonymous|"
    r"(?:declined|asked) not to be (?:named|identified))\b|"
    r"^(?:(?:a|two|three|several|multiple|other)\s+)?(?:\w+\s+)?sources?$",
    re.I,
)


def _clearly_unnamed(analysis: Analysis, asked: frozenset[int]) -> list[int]:
    """The claims whose source the article's own words leave unnamed ("people familiar
    with the matter", "sources"), surest first, those not ``asked`` about before the rest."""
    found = [
        i
        for i, c in enumerate(analysis.claims)
        if c.source_type == "anonymous"
        and _UNNAMED.search(" ".join(c.source_text.split()))
        and usable(analysis, i)
    ]
    return sorted(
        found, key=lambda i: (i not in asked, analysis.claims[i].confidence), reverse=True
    )


def _surest_claims(analysis: Analysis, asked: frozenset[int] = frozenset()) -> dict[str, int]:
    """Each named source with a type and a usable claim -> the claim the analyser is surest
    of, which stands for its source; of those not ``asked`` about elsewhere, if any."""
    first: dict[str, int] = {}

    def rank(i: int) -> tuple[bool, float]:
        return i not in asked, analysis.claims[i].confidence

    for i, c in enumerate(analysis.claims):
        surer = c.source not in first or rank(i) > rank(first[c.source])
        if named_source(c) and c.source_type in TYPE_LABELS and usable(analysis, i) and surer:
            first[c.source] = i
    return first


def _clear_sources(analysis: Analysis, first: dict[str, int]) -> set[str]:
    """Sources whose type may be a key: the article's words show that type and no other (or
    the instructor checked the claim), and the source may not be the outlet itself."""
    return {
        s
        for s, i in first.items()
        if (
            analysis.claims[i].checked
            or type_evidence(analysis, s) == {analysis.claims[i].source_type}
        )
        and not may_be_the_outlet(analysis, s, analysis.claims[i].source_type)
        and not _UNNAMED_GROUP.fullmatch(s.strip())
        and not _described_only(s)
        and not _out_of_office(analysis, s, analysis.claims[i].source_type)
        and not _own_work(analysis, s, analysis.claims[i].source_type)
        and not (analysis.claims[i].source_type == "official" and at_arms_length(analysis, s))
    }


_UNNAMED_GROUP = re.compile(
    r"(?:the\s+|some\s+|many\s+|other\s+)?(?:analysts|experts|economists|researchers|"
    r"scientists|officials|critics|observers|diplomats|residents|witnesses|doctors|"
    r"lawyers|investors|traders)",
    re.I,
)
"""A group the article does not name ("Analysts say ..."): an unnamed source by DOMAIN
section 3 and also of its role's kind, so two choices would fit and no key is safe."""


def _described_only(source: str) -> bool:
    """A person the article describes by a role but does not name ("Morrison's lawyer",
    "the company's spokesman"): unnamed by DOMAIN section 3 and also of the role's kind, so
    two choices would fit and no key is safe. A body known by its role ("China's commerce
    ministry") is how the article names it."""
    last = re.findall(r"[A-Za-z][\w.-]*", source)[-1:]
    return bool(last) and last[0].islower() and last[0].rstrip("s") in _ROLE_NOUNS


_ROLE_NOUNS = PERSON_NOUNS | {"spokesman", "spokeswoman", "spokesperson"}


def _own_work(analysis: Analysis, source: str, kind: str) -> bool:
    """A researcher speaking of their own study ("senior author Dr. Ana Pires") is independent
    by DOMAIN section 3 and also a party with a stake in the findings: a strict reader keys
    either, so no key is safe. A researcher who did not work on it is asked as before."""
    return kind == "independent" and bool(_AUTHOR.search(described_words(analysis, source)))


_ARMS_LENGTH = re.compile(
    r"\b(?:federal reserve|central bank|reserve bank|bank of (?:england|japan|canada)|"
    r"(?-i:Fed|ECB))\b",
    re.I,
)


def at_arms_length(analysis: Analysis, source: str) -> bool:
    """A public body the law sets apart from the government ("the president of the Federal
    Reserve Bank of New York", a central bank): official by DOMAIN section 3, and yet
    independent of the government to a pupil who knows its charter, so it is no key and no
    choice beside "independent of the government"."""
    return bool(_ARMS_LENGTH.search(described_words(analysis, source)))


_FORMER = re.compile(r"\b(?:former|ex-|retired|onetime|one-time|then-)", re.I)


def _out_of_office(analysis: Analysis, source: str, kind: str) -> bool:
    """An official described as "former" (an envoy testifying about his time in office) is
    also a witness, a party to the story: two choices would fit, so no key is safe."""
    return kind == "official" and bool(_FORMER.search(described_words(analysis, source)))
