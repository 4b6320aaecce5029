"""Authority claims: a source naming who alone may be believed. Naming is not verifying."""

from __future__ import annotations

import random
import re

from quizapp.core.claims import Analysis, Claim
from quizapp.core.lexicon import NAME_STOP_WORDS
from quizapp.core.questions.base import Question, QuestionType, place_answer
from quizapp.core.questions.english import capitalise_first, words
from quizapp.core.questions.evidence import usable
from quizapp.core.questions.names import display_name, is_organisation, named_source

_NAME = r"(?:the )?(?P<org>[A-Z][\w.'’-]*(?: (?:of|for|and|on|the|[A-Z][\w.'’-]*))*)"
_AUTHORIZED = re.compile(
    rf"\bonly {_NAME}(?:,? (?:that|which|who))? (?:is|are|was|were) (?:authori[sz]ed|entitled|"
    r"allowed|competent|permitted) to (?:provide|give|release|publish|report|disclose) "
    r"(?:information|data|figures|statistics|numbers)(?: (?:about|on|of) (?P<topic>[^,.;]+?))?"
    r"(?= during | in the | in |[,.;]|$)"
)
_ONLY_SOURCE = re.compile(
    rf"\b{_NAME} (?:is|are|was|were) the only (?:reliable|credible|official|authori[sz]ed|"
    r"trustworthy|legitimate) source(?: of (?:information|data|figures))?"
    r"(?: (?:about|on|of|for) (?P<topic>[^,.;]+?))?(?= during | in the | in |[,.;]|$)"
)
_PREFERRED = re.compile(
    rf"\b(?:data|information|figures|statistics) (?:provided|released|published|given) "
    rf"(?:by|through|from) {_NAME}"
)
# Capitalised names of institutions in the body text, for distractors.
_INSTITUTION = re.compile(
    r"\b(?:[A-Z][\w'’-]*(?: (?:of|for|and|on|the) | ))*?[A-Z][\w'’-]*(?: (?:of|for|and|on|the)"
    r"(?: the)? [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)*"
)


def _key(name: str) -> frozenset[str]:
    """Word set of a name: "Defense Ministry" and "Ministry of Defense" are one institution."""
    return frozenset(w.lower().rstrip("s") for w in words(name) if w.lower() not in NAME_STOP_WORDS)


def find_authority(claim: Claim) -> tuple[str, str] | None:
    """(institution, topic) when the claim names an institution as the only source."""
    for pattern in (_AUTHORIZED, _ONLY_SOURCE):
        match = pattern.search(claim.content)
        if match and is_organisation(match.group("org")):
            org = match.group("org").strip()
            topic = (match.group("topic") or "").strip()
            return org, topic
    return None


def find_preferred(claim: Claim) -> str | None:
    """The institution a claim names as the only source, or points to for data."""
    found = find_authority(claim)
    if found:
        return found[0]
    match = _PREFERRED.search(claim.content)
    if match and is_organisation(match.group("org")):
        return match.group("org").strip()
    return None


def institutions(analysis: Analysis) -> list[str]:
    """Institutions the article body names, and the organisations among its sources."""
    found: list[str] = []
    text = analysis.article.text
    for m in _INSTITUTION.finditer(text):
        name = m.group(0).strip()
        if name.lower().startswith("the "):
            name = name[4:]
        # "Deputy Chairman of the Security Council": the office is not the institution.
        while " of " in name and not is_organisation(name.split(" of ")[0]):
            name = re.sub(r"^.*? of (?:the )?", "", name, count=1)
        if (
            is_organisation(name)
            and len(words(name)) >= 2
            and analysis.article.in_body(m.start(), m.end())
        ):
            found.append(name)
    found += [c.source for c in analysis.claims if named_source(c) and is_organisation(c.source)]
    unique: list[str] = []
    keys: list[frozenset[str]] = []
    for name in found:
        k = _key(name)
        if k and not any(k <= other or other <= k for other in keys):
            unique.append(name)
            keys.append(k)
    return unique


def _speaker(claim: Claim, article_text: str) -> str:
    """The source with the office the article gives it: "Kremlin spokesperson Dmitry Peskov"."""
    for start, end in claim.source_spans:
        written = article_text[start:end].strip()
        if written.endswith(claim.source) and written != claim.source and "," not in written:
            return written
    return display_name(claim.source)


class AuthorityClaim(QuestionType):
    name = "authority_claim"
    label = "Authority claim"
    skills = ("sourcing",)
    quota = 1

    def generate(self, analysis: Analysis, rng: random.Random) -> list[Question]:
        others = institutions(analysis)
        questions = []
        for i, claim in enumerate(analysis.claims):
            if not (named_source(claim) and usable(analysis, i)):
                continue
            found = find_authority(claim)
            if found is None:
                continue
            org, topic = found
            k = _key(org)
            # Any name for the same institution ("Defense Ministry") would also be right.
            wrong = [
                f"The {n}" if not n.startswith("The ") else n
                for n in others
                if not (_key(n) <= k or k <= _key(n))
            ]
            if len(wrong) < 2:
                continue
            rng.shuffle(wrong)
            right = f"The {org}"
            choices, answer = place_answer(rng, right, wrong)
            speaker = _speaker(claim, analysis.article.text)
            about = f" on {topic}" if topic else ""
            stem = f"Which institution does {speaker} call the only authorized source{about}?"
            questions.append(
                self.question_about(
                    analysis,
                    stem=stem,
                    choices=choices,
                    answer=answer,
                    explanation=(
                        f"{capitalise_first(display_name(claim.source))}"
                        f" says only the {org} may be trusted{about}. That is an authority"
                        " claim: it tells you whom the speaker wants you to believe, not that"
                        f" what the {org} says is right."
                        + (
                            " An official naming an institution of the same government as the"
                            " only reliable source is not independent of it."
                            if claim.source_type == "official"
                            else ""
                        )
                        + " Naming a source verifies nothing the article reports."
                    ),
                    claims=[i],
                )
            )
        return questions
