"""What the article's own words say a source is: the words around its name and in its
claims, and the source types those words point to (DOMAIN section 3). A source-type
question is keyed only where they point to one type."""

from __future__ import annotations

import re

from quizapp.core.claims import Analysis
from quizapp.core.questions.cue_spotting import cue_like
from quizapp.core.questions.english import words

# Words that say what kind of party a source is, as the article describes it. A source type
# is asked about only when its description holds words of that type and of no other: a
# wrong key on a source type teaches the wrong lesson about whom to trust.
EVIDENCE = {
    # Not "president", "director", "agency" or "council": a company or a think tank has
    # them too.
    "official": r"ministry|minister|department|government|governor|senator|sen\.|"
    r"rep\.|representative|congress\w*|lawmakers?|legislator|mayor|police|sheriff|prosecutors?|"
    r"attorney general|u\.s\. attorney|ambassador|secretary|officials?|commission\w*|"
    r"military|army|navy|pentagon|white house|kremlin|federal|embassy|city council|"
    r"council(?:lor|man|woman| member)|parliament|government agency|"
    r"cabinet|chancellor|judge|court|fbi|cia|nasa|disease control|public defender|ombudsman|"
    r"spokes(?:man|woman|person) for the (?:ministry|department|government|state)",
    "independent": r"university|professor|researchers?|institute|think tank|analysts?|"
    r"economists?|scientists?|united nations|world bank|imf|world health organi[sz]ation|"
    r"ngo|watchdog|observatory",
    "media": r"times|post|journal|news|newspaper|reuters|associated press|cnn|bbc|nbc|cbs|"
    r"abc|fox|npr|bloomberg|television|tv|radio|magazine|reporter|correspondent|politico|"
    r"guardian|telegraph|herald|tribune|gazette|xinhua|tass",
    "involved": r"ceo|chief executive|executive|company|companies|inc\.?|corp\.?|founder|"
    r"owner|union|"
    # "Roe's attorney" and "attorney for Roe" speak for one side; "U.S. Attorney for the
    # Western District" and "district attorney for" prosecute: official.
    r"lawyer|(?<!u\.s\. )(?<!district )attorney for|defen[cs]e attorney|\w+['’]s attorney|"
    r"campaign|party|candidate|coach|player|manager|"
    r"club|team|protesters?|victims?|family|residents?|witness\w*|accused|defendant|"
    r"chairman|spokes(?:man|woman|person) for the company",
}
TYPE_PATTERNS = {k: re.compile(rf"\b(?:{v})\b", re.I) for k, v in EVIDENCE.items()}


def described_words(analysis: Analysis, source: str) -> str:
    """The article's own words for ``source``: as its claims name it, and around its first
    mention."""
    claims = [c for c in analysis.claims if c.source == source]
    texts = [c.source_text for c in claims] + [source, _described(analysis, source)]
    return " ".join(dict.fromkeys(texts))


def type_evidence(analysis: Analysis, source: str) -> set[str]:
    """The types the article's own words for ``source`` point to. A university's department
    ("the Department of Health Sciences at the University of York") is no government's."""
    words = described_words(analysis, source)
    found = {k for k, rx in TYPE_PATTERNS.items() if rx.search(words)}
    # Every mention of the unit goes, the cut-off one around the first mention too.
    for unit in {m.group(1) for m in _ACADEMIC_UNIT.finditer(words)}:
        words = re.sub(re.escape(unit), " ", words, flags=re.I)
    if "official" in found and not TYPE_PATTERNS["official"].search(words):
        found.discard("official")
    return found


_ACADEMIC_UNIT = re.compile(
    r"\b((?:department|school|faculty|division|cent(?:er|re)) of [^,;]{1,60}?) at (?:the )?"
    r"[^,;]{0,40}?\b(?:university|college)\b",
    re.I,
)


def _described(analysis: Analysis, source: str) -> str:
    """The words around the first mention of the source: "Apple CEO Tim Cook", "Jane Roe,
    a professor at ..."."""
    text = analysis.article.body_text()
    at = text.find(source)
    if at < 0:
        return ""
    before = text[max(0, at - 60) : at].split(".")[-1].split("\n")[-1]
    after = text[at + len(source) : at + len(source) + 90]
    apposition = re.match(r",\s+([^,.;]+)", after)
    # ", said in an email to The Associated Press ...": the cue and what was said, no role.
    if apposition and cue_like(words(apposition.group(1))[0]):
        apposition = None
    return f"{before} {apposition.group(1) if apposition else ''}"
