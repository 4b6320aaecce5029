"""English for stems and choices, built from claims of any article.

Generators never paste a claim's content as it comes: they cut it at a clause boundary,
turn it into a clause that reads after "that", and refuse content a teacher would have to
fix (a dangling pronoun, a headline in title case, first person outside a quotation).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from quizapp.core.claims import Analysis, Article, Claim

QUOTES = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"
MAX_WORDS = 32
MIN_QUOTE_WORDS = 6

# Past tense for stems ("Who reported that..."), base form for "What did X report?".
VERBS: dict[str, tuple[str, str]] = {
    "said": ("said", "say"),
    "says": ("said", "say"),
    "stated": ("stated", "state"),
    "states": ("stated", "state"),
    "noted": ("noted", "note"),
    "reported": ("reported", "report"),
    "reports": ("reported", "report"),
    "announced": ("announced", "announce"),
    "estimated": ("estimated", "estimate"),
    "estimates": ("estimated", "estimate"),
    "claimed": ("claimed", "claim"),
    "claims": ("claimed", "claim"),
    "told": ("told", "tell"),
    "repeated": ("repeated", "repeat"),
    "projected": ("projected", "project"),
    "added": ("added", "add"),
    "insisted": ("insisted", "insist"),
    "denied": ("denied", "deny"),
    "warned": ("warned", "warn"),
    "argued": ("argued", "argue"),
    "believes": ("believes", "believe"),
    "believed": ("believed", "believe"),
    "cited": ("cited", "cite"),
    "confirmed": ("confirmed", "confirm"),
    "wrote": ("wrote", "write"),
    "explained": ("explained", "explain"),
    "suggested": ("suggested", "suggest"),
    "predicted": ("predicted", "predict"),
    "found": ("found", "find"),
    "concluded": ("concluded", "conclude"),
    "acknowledged": ("acknowledged", "acknowledge"),
    "admitted": ("admitted", "admit"),
    "alleged": ("alleged", "allege"),
    "emphasized": ("emphasized", "emphasize"),
    "stressed": ("stressed", "stress"),
    "revealed": ("revealed", "reveal"),
    "indicated": ("indicated", "indicate"),
    "showed": ("showed", "show"),
    "shows": ("showed", "show"),
}

# First words that are not proper nouns, lower-cased when a sentence becomes a clause.
_FUNCTION_WORDS = set(
    [
        "a",
        "an",
        "the",
        "it",
        "its",
        "there",
        "this",
        "these",
        "those",
        "that",
        "some",
        "many",
        "most",
        "all",
        "any",
        "no",
        "none",
        "one",
        "in",
        "on",
        "at",
        "for",
        "of",
        "by",
        "to",
        "with",
        "from",
        "about",
        "around",
        "nearly",
        "approximately",
        "almost",
        "roughly",
        "over",
        "under",
        "more",
        "less",
        "fewer",
        "only",
        "even",
        "just",
        "also",
        "both",
        "each",
        "every",
        "such",
        "our",
        "we",
        "i",
        "if",
        "when",
        "while",
        "as",
        "after",
        "before",
        "since",
        "because",
        "although",
        "though",
        "despite",
        "up",
        "down",
        "much",
        "several",
        "few",
        "half",
        "perhaps",
        "maybe",
        "still",
        "now",
        "already",
        "yet",
        "probably",
        "clearly",
    ]
)
_PRONOUNS = {"he", "she", "they", "him", "her", "them", "his", "hers", "their", "theirs"}
_FIRST_PERSON = {"i", "we", "me", "us", "my", "our", "ours", "mine"}
_DEMONSTRATIVE_START = {"this", "these", "those", "that", "such"}
# Where a clause may be cut without leaving it incomplete.
_CLAUSE_BREAK = re.compile(
    r"(?:,\s+(?:with|which|who|while|whereas|although|though|but|as|after|before|when|where|"
    r"including|adding|saying|according)\b"
    r"|;\s"
    r"|\s+(?:but|and)\s+(?:also\s+)?(?:noted|said|added|argued|stressed|warned|insisted|claimed|"
    r"told|says|adds)\b"
    r"|\s+and that\s"
    r"|\s+(?:—|–|--)\s"
    r"|(?<=[a-z0-9])\.\s+(?=[A-Z\"\u201c]))"
)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE = re.compile(rf"\b[Oo]n ((?:{_MONTHS}) \d{{1,2}}(?:, \d{{4}})?)\b")
_FIGURE_AT = re.compile(
    r"^(?P<np>.+?) at (?P<fig>(?:about |around |nearly |approximately |almost |roughly |"
    r"more than |over |some |at least )?[$€£]?\d.*)$"
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


def cut_clause(text: str, max_words: int = MAX_WORDS) -> str:
    """The first clause of ``text`` that still says something (at least four words)."""
    text = " ".join(strip_quotes(text).split())  # article line breaks, double spaces
    for match in _CLAUSE_BREAK.finditer(text):
        if match.group(0).startswith(".") and _abbreviation(text[: match.start()]):
            continue  # "Mr. Obama", "Marc H. Morial", "U.S. officials"
        head = text[: match.start()].rstrip(" ,;.")
        if len(words(head)) >= 4:
            text = head
            break
    text = text.rstrip(" ,;:.")
    if not _balanced(text):
        return ""
    return text if len(words(text)) <= max_words else ""


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


def lower_first(text: str, article_text: str = "") -> str:
    """Lower-case a sentence's first word when it is not a name ("It is" -> "it is").

    A word is taken for a common word when it is a function word, ends like a verb form or
    an adverb ("Following", "Perhaps"), or the article also writes it in lower case.
    """
    first = words(text)[:1]
    second = words(text)[1:2]
    if first in (["A"], ["An"]) and second and second[0][:1].islower():
        return text[0].lower() + text[1:]  # "A search of the car found ..."
    if not first or first[0] == "I" or first[0].isupper() or not first[0][:1].isupper():
        return text
    word = first[0].lower()
    common = (
        word in _FUNCTION_WORDS
        or word.endswith(("ing", "ly"))
        or bool(article_text and re.search(rf"\b{re.escape(word)}\b", article_text))
        # "Crews reached the mill": capitalised only where a sentence starts, and not the
        # first of two capitalised words ("Vladimir Putin"), so not a name.
        or bool(
            article_text
            and not (second and second[0][:1].isupper())
            and not re.search(rf"[a-z,;:] {re.escape(first[0])}\b", article_text)
            and "'" not in first[0]
            and "’" not in first[0]
        )
    )
    return text[0].lower() + text[1:] if common else text


def sentence(text: str) -> str:
    """A clause as a sentence: capital first letter, full stop."""
    text = text.strip()
    if not text:
        return text
    text = capitalise_first(text)
    return text if text[-1] in ".!?" else text + "."


def is_title_case(text: str) -> bool:
    ws = [w for w in words(text) if w.lower() not in _FUNCTION_WORDS]
    return len(ws) >= 4 and sum(w[:1].isupper() for w in ws) / len(ws) > 0.7


_POINTING_PHRASE = re.compile(r"(?<!^)\b(?:this|these|those)\s+[a-z]|\bthat\s+[a-z]+[.,]?$")


def has_dangling_reference(text: str, first_person: bool = False) -> bool:
    """A pronoun the reader of the stem cannot resolve ("she's", "doing it"); first person
    too, unless the words are a quotation (``first_person=True``)."""
    ws = [re.split(r"['’]", w.lower())[0] for w in words(text)]
    if not ws:
        return True
    if ws[0] in _DEMONSTRATIVE_START and len(ws) > 1 and ws[1] not in {"is", "was"}:
        return True
    if ws[0] in {"its", "their", "his", "her"}:
        return True  # "Its first test ...": whose?
    if "it" in ws[1:]:
        return True  # "doing it" points back into the article
    if _POINTING_PHRASE.search(text):
        return True  # "would fund these schools", "... than that plan": which ones?
    if (
        ws[0] == "it"
        and not first_person  # in a quotation, the speaker's own "It ..." stays as said
        and not re.match(r"it(?:['’]s| is| was) \w+ (?:to|that)\b", text.lower())
    ):
        return True  # "It would depend on ...": what would? Only "It is hard to ..." stands alone
    if any(w in _FIRST_PERSON and not first_person for w in ws):
        return True
    original = words(text)
    for k, w in enumerate(ws):
        if w not in _PRONOUNS:
            continue
        # "Rudolph should be disciplined for his role": a possessive or object pronoun after
        # a name in the same clause points to that name, not back into the article.
        named_before = any(o[:1].isupper() and o not in {"The", "A", "An"} for o in original[:k])
        if k == 0 or w in {"he", "she", "they"} or not named_before:
            return True
    return False


_SUBORDINATE = {
    "if",
    "when",
    "because",
    "although",
    "though",
    "while",
    "unless",
    "whether",
    "since",
    "once",
    "until",
    "whereas",
    "and",
    "or",
    "but",
    "than",
    "as",
}
_AUXILIARIES = {
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "will",
    "would",
    "can",
    "could",
    "should",
    "shall",
    "may",
    "might",
    "must",
}
_IRREGULAR_PAST = set(
    [
        "went",
        "got",
        "took",
        "made",
        "said",
        "found",
        "gave",
        "rose",
        "fell",
        "grew",
        "won",
        "lost",
        "spent",
        "paid",
        "led",
        "left",
        "met",
        "sent",
        "told",
        "thought",
        "knew",
        "saw",
        "came",
        "became",
        "began",
        "ran",
        "held",
        "kept",
        "brought",
        "bought",
        "built",
        "cut",
        "put",
        "set",
        "hit",
        "let",
        "shut",
        "struck",
        "stood",
        "sold",
        "fought",
        "drove",
        "wrote",
        "spoke",
        "broke",
        "chose",
        "drew",
        "flew",
        "forgot",
        "hid",
        "meant",
        "read",
        "rode",
        "sank",
        "sat",
        "slept",
        "stole",
        "swam",
        "threw",
        "understood",
        "wore",
    ]
)


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
        if low in _AUXILIARIES or low in _IRREGULAR_PAST:
            return True
        if low.endswith("ed"):
            # "people accused of", "a newly created role": participles, not verbs
            if (
                after not in {"of", "by", "to"}
                and before not in _DETERMINERS
                # "a newly created role" is a participle; "Russians voluntarily entered" is not
                and not (before.endswith("ly") and n >= 2 and ws[n - 2].lower() in _DETERMINERS)
            ):
                return True
        elif (
            low.endswith("s")
            and not low.endswith(("ss", "us", "is"))
            and len(low) > 3
            and before not in _DETERMINERS
            and not w[:1].isupper()
        ):
            return True
    return False


_DETERMINERS = set(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "its",
        "his",
        "her",
        "their",
        "our",
        "your",
        "my",
        "some",
        "many",
        "most",
        "all",
        "any",
        "no",
        "of",
        "for",
        "in",
        "on",
        "with",
        "by",
        "from",
        "at",
        "to",
        "and",
        "or",
        "more",
        "other",
        "such",
        "several",
        "few",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "hundreds",
        "thousands",
        "millions",
        "new",
        "former",
        "both",
    ]
)
_PREPOSITIONS = set(
    [
        "with",
        "without",
        "about",
        "against",
        "among",
        "between",
        "for",
        "from",
        "into",
        "of",
        "on",
        "over",
        "under",
        "by",
        "at",
        "in",
        "as",
        "like",
        "unlike",
        "despite",
        "amid",
    ]
)
_DANGLING_END = (
    _SUBORDINATE
    | _PREPOSITIONS
    | set(["a", "an", "the", "to", "that", "which", "who", "its", "their", "his", "her", "said"])
)


def verb_forms(cue: str) -> tuple[str, str]:
    """(past, base) of a cue: "estimated" -> ("estimated", "estimate"); others -> said/say."""
    key = " ".join(cue.lower().split())
    if key not in VERBS and " " in key and key != "according to":
        key = key.split()[-1]  # "also noted" -> "noted"
    return VERBS.get(key, ("said", "say"))


def cue_frame(claim: Claim, article: Article) -> tuple[str, str]:
    """(past, base) of the cue as the stem may use it: "told reporters" / "tell reporters"
    where the article names whom the source told; a bare "told" reads as "said"."""
    past, base = verb_forms(claim.cue)
    if base != "tell":
        return past, base
    who = addressee(claim, article)
    return (f"told {who}", f"tell {who}") if who else ("said", "say")


_ADDRESSEE = re.compile(r"(?:the |a |an )?[A-Za-z][\w.'’-]*(?: [A-Za-z][\w.'’-]*){0,3}")
_NOT_ADDRESSEES = {"him", "her", "them", "us", "me", "you", "it", "that", "this", "in", "on"}


def addressee(claim: Claim, article: Article) -> str:
    """Whom the source told, as the article writes it: "reporters", "the committee"."""
    if not claim.cue_spans:
        return ""
    text = article.text
    cue_end = claim.cue_spans[0][1]
    starts = [s for s, _ in claim.content_spans if s >= cue_end]
    if starts:
        between = text[cue_end : starts[0]]
    else:
        between = re.split(r"[.,;:!?\"\u201c\u201d\n]", text[cue_end : cue_end + 80])[0]
    between = re.sub(r"\s+that\s*$", "", " ".join(between.split()).strip(" ,:"))
    ws = between.lower().split()
    if not ws or ws[0] in _NOT_ADDRESSEES or not _ADDRESSEE.fullmatch(between):
        return ""
    return between


def date_of(claim: Claim) -> str:
    """ "on December 24" when the claim's sentence dates it, else ""."""
    match = _DATE.search(claim.evidence)
    return f"on {match.group(1)}" if match else ""


def claim_date(analysis: Analysis, index: int) -> str:
    """The claim's date, or that of the same source's claim just before it: "According to
    him, ..." continues a dated report."""
    for j in (index, index - 1):
        if j < 0:
            break
        c = analysis.claims[j]
        if c.source != analysis.claims[index].source:
            break
        found = date_of(c)
        if found:
            return found
    return ""


def is_quotation(claim: Claim, article: Article) -> bool:
    """True when the content is a direct quote (quotation mark before or at its start)."""
    if claim.content.strip()[:1] in QUOTES:
        return True
    if not claim.content_spans:
        return False
    start = claim.content_spans[0][0]
    before = article.text[max(0, start - 3) : start].strip()
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
    r"^(?:in addition|additionally|also|moreover|furthermore|however|meanwhile|but|and|so|"
    r"still|yet|besides|further|instead|then)\b,?\s+",
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
        text = re.sub(r"^(?:[\w'’-]+\s+){1,3}?that\s+(?=\S)", "", text, count=1)
    text = re.sub(r"^that\s+", "", text)
    return _DISCOURSE.sub("", text, count=1)


@dataclass(frozen=True)
class Statement:
    """A claim's content in the forms a stem needs."""

    clause: str  # reads after "that" (or is the quotation, for form "quote")
    form: str  # "that", "object" ("estimated X at Y") or "quote"
    direct: str = ""  # object form as written: "Russia's losses ... at 1.2 million ..."

    @property
    def as_sentence(self) -> str:
        return (
            f"\u201c{sentence(self.clause)}\u201d"
            if self.form == "quote"
            else sentence(self.clause)
        )


def statement(claim: Claim, article: Article) -> Statement | None:
    """The claim's content as a clean clause, or None when it would not read well."""
    content = content_text(claim, article)
    if not content.strip() or is_title_case(content):
        return None
    if strip_quotes(content).rstrip().endswith(("?", "!")):
        return None  # a question or an exclamation is not a statement to attribute
    clause = cut_clause(content)
    if clause.count("(") > clause.count(")"):
        # "5 inches (127 millimeters" cut at the full stop: the aside goes, not the sense.
        clause = clause[: clause.rfind("(")].rstrip(" ,")
    if not clause or len(words(clause)) < 4:
        return None
    if is_quotation(claim, article):
        if len(words(clause)) < MIN_QUOTE_WORDS:
            return None  # "It's hard not to": too little of the quote to know it by
        if has_dangling_reference(clause, first_person=True):
            return None
        if clause[:1].islower() or any(q in clause for q in '"\u201c\u201d'):
            return None  # a phrase quoted inside a sentence, or quotes within the quote
        return Statement(clause, "quote")
    first = words(clause)[0].lower()
    if has_dangling_reference(clause) or first == "to" or first in _SUBORDINATE:
        return None  # "to organize a rally", "if Trump could...": not a statement
    tail = [w.lower() for w in words(clause)[-2:]]
    if (
        tail[-1] in _DANGLING_END
        or tail[-1] in _AUXILIARIES
        or (
            len(tail) == 2
            and tail[0] in _AUXILIARIES
            and tail[1] in {"long", "also", "still", "not"}
        )
    ):
        return None  # "Trump was absolutely right when", "Obama has long": cut off
    if first in _PREPOSITIONS and "," not in clause:
        return None  # "with attacks on Machado": a phrase, not a clause
    link = connector(claim, article)
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


def _plural(noun_phrase: str) -> bool:
    """Whether a noun phrase's head is plural: the last word before its first preposition."""
    head_words = re.split(
        r"\s+(?:during|on|of|in|for|at|by|from|with|to|over|among)\s+", noun_phrase
    )
    head = words(head_words[0])[-1:] or [""]
    w = head[0].lower()
    return w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))


def source_names(analysis: Analysis) -> list[str]:
    """Named sources in order of first appearance (the outlet and unnamed sources excluded),
    one name per source ("Trump" and "Donald Trump" are one); only names that pass the
    source checks of gates.py, so no "We're" or "That" is offered as a choice."""
    from quizapp.core.questions.gates import source_problems

    names: list[str] = []
    for c in analysis.claims:
        if not named_source(c) or source_problems(c):
            continue
        if c.source_text.strip().lower() in _PRONOUNS | {"it", "we"}:
            continue  # named only by the analyser's guess at a pronoun: no sure choice
        if not any(same_source(c.source, n) for n in names):
            names.append(c.source)
    return names


@lru_cache(maxsize=65536)
def same_source(a: str, b: str) -> bool:
    """Whether two names may be one source: "Trump" and "Donald Trump", "Defense Ministry"
    and "the Ministry of Defense". A distractor must never be the right source renamed."""
    wa = {w.lower() for w in words(a) if w.lower() not in {"the", "of", "for", "and"}}
    wb = {w.lower() for w in words(b) if w.lower() not in {"the", "of", "for", "and"}}
    if not wa or not wb:
        return a == b
    if wa <= wb or wb <= wa:
        return True
    if _acronym_of(a, b) or _acronym_of(b, a):
        return True  # "the Chinese CDC" and "Chinese Center for Disease Control and ..."
    # Two people with the same surname may be one person named two ways.
    person = not is_organisation(a) and not is_organisation(b)
    return person and words(a)[-1].lower() == words(b)[-1].lower()


def _acronym_of(short: str, long: str) -> bool:
    """Whether ``short`` names ``long`` with an acronym: its capitalised words' initials
    hold the acronym's letters, and the rest of ``short`` is in ``long``."""
    caps = [w for w in words(short) if w.isupper() and len(w) >= 2]
    if not caps:
        return False
    initials = "".join(w[0] for w in words(long) if w[:1].isupper())
    rest = {w.lower() for w in words(short) if w not in caps} - {"the", "of", "for", "and"}
    long_words = {w.lower() for w in words(long)}
    return all(c in initials for c in caps) and rest <= long_words


def named_source(claim: Claim) -> bool:
    """A source a stem can name: not the outlet, not "officials", not "he", not "44 percent"."""
    name = claim.source.strip()
    bare = re.sub(r"^the\s+", "", name, flags=re.I)
    last = words(bare)[-1:] or [""]
    return (
        claim.status != "unattributed"
        and claim.source_type not in {"outlet", "anonymous"}
        and bool(bare)
        and bare[0].isupper()
        # "Foreign policy analysts" is a description; "Harbor City's water utility" names one
        and (last[0][:1].isupper() or bool(re.search(r"[A-Z][\w.]*['’]s\b", bare)))
        and not any(ch.isdigit() for ch in bare)
        and name.lower() not in _PRONOUNS | _FIRST_PERSON
        and not re.search(r"[:;()]", bare)  # "The Latest: Trump" is a headline
        and len(words(bare)) <= 7
        and _capitalised(bare)
    )


_NAME_LINKS = {"of", "for", "and", "the", "on", "de", "van", "von", "der", "del", "la", "le"}


def _capitalised(name: str) -> bool:
    """Every word of a name is capitalised ("People like Scott", "The Washington Post ran a
    feature" are not names), except in a possessive description ("Harbor City's water
    utility", "the county's dispatch logs")."""
    if re.search(r"[A-Z][\w.]*['’]s\b", name) or name.lower().startswith("the "):
        head = re.split(r"['’]s\b", name, maxsplit=1)[0]
        return all(w[:1].isupper() or w.lower() in _NAME_LINKS for w in head.split())
    return all(w[:1].isupper() or w.lower() in _NAME_LINKS for w in name.split())


def in_body(article: Article, start: int, end: int) -> bool:
    """True when [start, end) lies inside the article body (never boilerplate)."""
    if not article.body:
        return True
    return any(s <= start and end <= e for s, e in article.body)


def join_names(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def evidence_of(analysis: Analysis, index: int) -> tuple[str, tuple[int, int] | None]:
    """The claim's evidence and its span, kept inside the article body.

    An evidence span that reaches into boilerplate (a headline or a section label before
    the sentence) is replaced by the sentence holding the content, cut from the text.
    """
    c = analysis.claims[index]
    article = analysis.article
    span = tuple(c.evidence_span)
    if span != (0, 0) and in_body(article, *span) and c.evidence:
        return c.evidence, span  # type: ignore[return-value]
    if span == (0, 0) and c.evidence and not article.body:
        return c.evidence, None
    spans = [s for s in c.content_spans if 0 <= s[0] < s[1] <= len(article.text)]
    if not spans:
        return "", None
    text = article.text
    start, end = spans[0][0], spans[-1][1]
    head = max(
        text.rfind("\n", 0, start) + 1, *(m.end() for m in _SENTENCE_END.finditer(text, 0, start))
    )
    tail = _SENTENCE_END.search(text, end)
    stop = text.find("\n", end)
    stop = len(text) if stop < 0 else stop
    finish = min(tail.end() if tail else len(text), stop)
    sentence_text = text[head:finish].strip()
    head = text.index(sentence_text, head) if sentence_text else head
    found = (head, head + len(sentence_text))
    if not sentence_text or not in_body(article, *found):
        return "", None
    return sentence_text, found


_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019)]?(?=\s|$)")


def claim_evidence(analysis: Analysis, indexes: list[int]) -> tuple[str, list[tuple[int, int]]]:
    """Evidence text (one sentence per line, verbatim, no repeats) and its spans."""
    texts: list[str] = []
    spans: list[tuple[int, int]] = []
    for i in indexes:
        evidence, span = evidence_of(analysis, i)
        # A sentence split can leave a lone closing quote mark: that is no evidence.
        if any(ch.isalnum() for ch in evidence) and evidence not in texts:
            texts.append(evidence)
            if span is not None:
                spans.append(span)
    return "\n".join(texts), spans


def usable(analysis: Analysis, index: int) -> bool:
    """A claim questions may come from: a sentence of the article body, and a claim the
    analyser is sure of and that is well formed (gates.py)."""
    c = analysis.claims[index]
    evidence, _ = evidence_of(analysis, index)
    if not evidence.strip():
        return False
    if evidence.rstrip()[-1] not in ".!?\"\u201d\u2019')":
        return False  # a headline or a label line, not a sentence of the article
    if any(not in_body(analysis.article, s, e) for s, e in c.content_spans if (s, e) != (0, 0)):
        return False
    from quizapp.core.questions.gates import is_sure

    return is_sure(analysis, index)


_ORG_WORDS = set(
    [
        "center",
        "centre",
        "ministry",
        "institute",
        "university",
        "council",
        "agency",
        "office",
        "committee",
        "department",
        "service",
        "bank",
        "court",
        "parliament",
        "commission",
        "organization",
        "organisation",
        "fund",
        "foundation",
        "association",
        "union",
        "party",
        "police",
        "army",
        "forces",
        "board",
        "bureau",
        "authority",
        "kremlin",
        "pentagon",
        "government",
        "administration",
        "company",
        "corporation",
        "group",
        "network",
        "times",
        "post",
        "news",
        "journal",
        "press",
        "study",
        "studies",
        "project",
        "program",
        "programme",
        "school",
        "college",
        "hospital",
        "reuters",
        "ledger",
        "herald",
        "courier",
        "tribune",
        "gazette",
        "chronicle",
        "observer",
        "register",
        "daily",
        "magazine",
        "radio",
        "television",
        "logs",
        "auditor",
        "house",
        "senate",
        "congress",
        "assembly",
    ]
)


@lru_cache(maxsize=16384)
def is_organisation(name: str) -> bool:
    return any(w.lower() in _ORG_WORDS for w in words(name))


_NO_ARTICLE = {"reuters", "bloomberg", "congress", "politico", "axios", "parliament"}
_MASTHEAD = re.compile(
    r"\b(?:Times|Post|Journal|Guardian|Economist|Atlantic|Hill|Telegraph|Independent|"
    r"Globe|Herald|Tribune|Gazette|Chronicle|Observer|Sun|Mirror|Star|News|Daily)\b"
)


def display_name(name: str) -> str:
    """A source as it reads inside a sentence: "the Center for ...", "Dmitry Peskov"."""
    if re.match(r"The [a-z]", name) or (name.startswith("The ") and not _MASTHEAD.search(name)):
        # "The authority", "The United Nations" inside a sentence: "the"; a newspaper
        # keeps its capital ("The Washington Post").
        return "t" + name[1:]
    if name.lower().startswith(("the ", "a ", "an ")) or re.match(r"[A-Z][\w.]*['’]s ", name):
        return name
    last = name.split()[-1].lower() if name.split() else ""
    if last in {"university", "college"} and not name.lower().startswith(("university", "college")):
        return name  # "Eastbrook University", but "the University of Texas"
    if name.lower() in _NO_ARTICLE:
        return name  # "Reuters", "Congress"
    if is_organisation(name) or (name.isupper() and 2 <= len(name) <= 3):
        return "the " + name  # "the FBI", "the Center for ..."
    return name


def capitalise_first(text: str) -> str:
    """Upper-case the first letter only: "the Kremlin said" -> "The Kremlin said"."""
    return text[:1].upper() + text[1:]


def choice_name(name: str) -> str:
    """A source as a choice: "The county's dispatch logs"."""
    return capitalise_first(name)


@lru_cache(maxsize=65536)
def similar(a: str, b: str) -> bool:
    """Two statements that say much the same thing: a distractor must not be a second
    right answer ("ridership would fall by about 2 percent" ... "after the increase")."""
    wa = {w.lower() for w in words(a)} - _FUNCTION_WORDS
    wb = {w.lower() for w in words(b)} - _FUNCTION_WORDS
    if not wa or not wb:
        return False
    numbers_a = {w for w in wa if any(ch.isdigit() for ch in w)}
    numbers_b = {w for w in wb if any(ch.isdigit() for ch in w)}
    if numbers_a != numbers_b:
        return False  # 12 million and 15 million dollars on schools are different claims
    return len(wa & wb) / min(len(wa), len(wb)) >= 0.6


def _related_names(claims: Iterable[Claim]) -> str:
    """The claims' sources as one phrase, each named once, in order."""
    return join_names(list(dict.fromkeys(display_name(c.source) for c in claims)))


def status_note(claim: Claim, analysis: Analysis | None = None) -> str:
    """One sentence on what the article does with the claim (DOMAIN section 2)."""
    who = display_name(claim.source)
    related = [
        analysis.claims[j]
        for j in claim.related
        if analysis is not None and 0 <= j < len(analysis.claims)
    ]
    rejecters = _related_names(c for c in related if c.source != claim.source and named_source(c))
    agreeing = _related_names(
        c for c in related if not same_source(c.source, claim.source) and c.source.strip()
    )
    note = {
        "attributed": (
            f"The article reports this as a claim by {who} and gives no independent support,"
            " so it is attributed, not verified."
        ),
        "corroborated": (
            (
                f"The same point comes from {agreeing}, independent of {who}, so the article"
                " corroborates it."
            )
            if agreeing
            else (
                "An independent source or a cited record in the article agrees, so the article"
                " corroborates it."
            )
        ),
        "disputed": (
            f"The article reports this as a claim by {who}, and"
            f" {rejecters or 'another source in the article'} rejects it: it is disputed,"
            " not verified."
        ),
        "unattributed": (
            "The outlet states this in its own voice without naming a source, so the article"
            " gives the reader nothing to check it against."
        ),
    }.get(claim.status, "")
    return note
