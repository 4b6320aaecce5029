"""Word lists for attribution cues.

The CRF learns cues from PolNeAR, but a cue it has rarely seen ("estimated", "cautioned")
still gets a push from this hand-written list: one boolean feature per token, so the
learned weight carries over to every listed verb. Lemmas, lower case.
"""

from __future__ import annotations

from quizapp.core.lexicon import COGNITION_VERBS, SPEECH_VERBS

# Nouns that head a nominal cue ("a report by X", "in a statement", "X's claim that").
NOUNS = frozenset(
    [
        "report",
        "statement",
        "claim",
        "assertion",
        "estimate",
        "estimation",
        "analysis",
        "study",
        "survey",
        "poll",
        "finding",
        "findings",
        "research",
        "data",
        "figure",
        "figures",
        "interview",
        "remark",
        "remarks",
        "comment",
        "comments",
        "announcement",
        "declaration",
        "testimony",
        "letter",
        "memo",
        "tweet",
        "post",
        "speech",
        "address",
        "warning",
        "view",
        "opinion",
        "belief",
        "argument",
        "allegation",
        "accusation",
        "charge",
        "suggestion",
        "prediction",
        "forecast",
        "projection",
        "accord",
        "account",
        "version",
        "words",
    ]
)

# Multi-word prepositional cues that a rule can handle with certainty.
PREP_CUES = ("according to",)

LEXICON = SPEECH_VERBS | COGNITION_VERBS


def lexicon_class(lemma: str) -> str:
    """A coarse class for a lemma: "speech", "cognition", "noun" or ""."""
    if lemma in SPEECH_VERBS:
        return "speech"
    if lemma in COGNITION_VERBS:
        return "cognition"
    if lemma in NOUNS:
        return "noun"
    return ""


# Not features (the CRF was trained without them): words that make a tagged cue pass the
# check that a cue is about saying or thinking, beyond LEXICON and NOUNS; attitude
# adjectives too ("are worried about", "has been critical of", "made it clear").
GATE_EXTRA = frozenset(
    [
        "accord",
        "express",
        "voice",
        "raise",
        "remember",
        "denounce",
        "rule",
        "decline",
        "refuse",
        "plead",
        "weigh",
        "mouth",
        "attribute",
        "marvel",
        "lobby",
        "tout",
        "cheer",
        "diagnose",
        "introduce",
        "establish",
        "mention",
        "insist",
        "concern",
        "view",
        "accounting",
        "per",
        "via",
        "hail",
        "welcome",
        "applaud",
        "fault",
        "rebuff",
        "pan",
        "decry",
        "lament",
        "regret",
        "apologize",
        "apologise",
        "acknowledge",
        "pronounce",
        "opine",
        "theorize",
        "hypothesize",
        "conclude",
        "determine",
        "rate",
        "rank",
        "endorse",
        "support",
        "oppose",
        "back",
        "defend",
        "promote",
        "champion",
        "liken",
        "compare",
        "encourage",
        "chastise",
        "rail",
        "invoke",
        "thank",
        "exhort",
        "talk",
        "speak",
        "echo",
        "reference",
        "articulate",
        "portray",
        "continue",
        "persuade",
        "convince",
        "retweet",
        "unveil",
        "seem",
        "appear",
        "debate",
        "discuss",
        "address",
        "vow",
        "veto",
        "credit",
        "insult",
        "praise",
        "scold",
        "berate",
        "lecture",
        "dismiss",
        "boast",
        "celebrate",
        "congratulate",
        "caution",
        "ridicule",
        "mock",
        "offer",
        "identify",
        "proclaim",
        "advocate",
        "characterize",
        "characterise",
        "laud",
        "deride",
        "link",
        "envision",
        "embrace",
        "case",
        "discussion",
        "implication",
        "disagreement",
        "expose",
        "worried",
        "concerned",
        "afraid",
        "critical",
        "confident",
        "optimistic",
        "skeptical",
        "sceptical",
        "sure",
        "certain",
        "convinced",
        "aware",
        "adamant",
        "clear",
        "hopeful",
        "eager",
        "vague",
        "frank",
        "candid",
        "coy",
    ]
)

# Verbs with a common sense that takes a plain object and says nothing ("ordered an
# inquiry", "posted photos", "asked Morrison about", "could see the frustration",
# "concluded its hearing", "agreed a deal", "is best known for"): cues only when their
# content is a clause or a quotation.
CLAUSE_ONLY = frozenset(
    [
        "ask",
        "question",
        "post",
        "observe",
        "conclude",
        "charge",
        "agree",
        "see",
        "discover",
        "know",
        "learn",
        "notice",
        "tell",
        "publish",
        "release",
        "issue",
        "record",
        "document",
        "read",
        "count",
        "answer",
        "respond",
        "inform",
        "notify",
        "brief",
        "broadcast",
        "air",
        "log",
        "circulate",
        "assume",
        "seek",
        "aim",
        "refer",
        "send",
        "mean",
        "figure",
        "judge",
    ]
)


# Verbs that, with an infinitive for complement and no object, report what the source did
# or would not do, not what it said: "declined to comment", "refused to concede", "asked not
# to be named".
ACTS_WITH_INFINITIVE = frozenset(["decline", "refuse", "ask"])
# Verbs whose object with a predicative adjective is a verdict, not a finding: "found him
# guilty", "found the company liable".
VERDICT_VERBS = frozenset(["find"])

# Verbs with which a study or a report states what it found: "the study found", "a survey
# shows".
REPORT_VERBS = frozenset(["find", "show", "conclude", "estimate", "report", "say", "suggest"])


def word_forms(lower: str, lemma: str) -> set[str]:
    """A token's lemma and its word with common endings off: the small model lemmatises
    some verbs wrongly ("hopes" -> "hop") and leaves participle adjectives alone."""
    out = {lemma, lower}
    for suffix, repl in (
        ("ies", "y"),
        ("ied", "y"),
        ("es", ""),
        ("s", ""),
        ("ed", ""),
        ("ed", "e"),
        ("d", ""),
        ("ing", ""),
        ("ing", "e"),
    ):
        if lower.endswith(suffix) and len(lower) - len(suffix) >= 3:
            out.add(lower[: -len(suffix)] + repl)
    return out
