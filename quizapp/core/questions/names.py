"""Sources as a stem names them: which names are names, when two names are one source,
and how a name reads inside a sentence and as a choice."""

from __future__ import annotations

import re
from functools import lru_cache

from quizapp.core.claims import Analysis, Claim
from quizapp.core.lexicon import COMMON_WORDS, FIRST_PERSON, MONTHS, STEM_PRONOUNS, STOP_WORDS
from quizapp.core.questions.english import capitalise_first, words
from quizapp.core.questions.written_names import written_name
from quizapp.core.source_titles import PERSON_NOUNS


def source_names(analysis: Analysis) -> list[str]:
    """Named sources in order of first appearance (the outlet and unnamed sources excluded),
    one name per source ("Trump" and "Donald Trump" are one); only names that pass the
    source checks of source_checks.py, so no "We're" or "That" is offered as a choice."""
    from quizapp.core.questions.source_checks import source_problems

    names: list[str] = []
    for c in analysis.claims:
        if not named_source(c) or source_problems(c):
            continue
        if c.source_text.strip().lower() in STEM_PRONOUNS | {"it", "we"}:
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
    if acronym_of(a, b) or acronym_of(b, a):
        return True  # "the Chinese CDC" and "Chinese Center for Disease Control and ..."
    # Two people with the same surname may be one person named two ways.
    person = not is_organisation(a) and not is_organisation(b)
    return person and words(a)[-1].lower() == words(b)[-1].lower()


def may_be_one_body(a: str, b: str) -> bool:
    """Whether two names may be one source, as a choice must never offer them apart: one
    source (``same_source``), or two bodies with the same kind of head ("Bolivia's public
    defender's office" and "Public Ombudsman Nadia Cruz's office" may be one office)."""
    if same_source(a, b):
        return True
    heads = [(words(n)[-1:] or [""])[0].lower() for n in (a, b)]
    return is_organisation(a) and is_organisation(b) and heads[0] == heads[1]


def acronym_of(short: str, long: str) -> bool:
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
        and name.lower() not in STEM_PRONOUNS | FIRST_PERSON
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


_OWNED = re.compile(r"(?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*['’]s ")
"""A name opening with a possessive, however many capitalised words own it."""


def display_name(name: str) -> str:
    """A source as it reads inside a sentence: "the Center for ...", "Dmitry Peskov"."""
    if re.match(r"The [a-z]", name) or (name.startswith("The ") and not _MASTHEAD.search(name)):
        # "The authority", "The United Nations" inside a sentence: "the"; a newspaper
        # keeps its capital ("The Washington Post").
        return "t" + name[1:]
    if name.lower().startswith(("the ", "a ", "an ")) or _OWNED.match(name):
        return name  # "Chief Inspector Ada Moss's office": the possessive says whose
    last = name.split()[-1].lower() if name.split() else ""
    if last in {"university", "college"} and not name.lower().startswith(("university", "college")):
        return name  # "Eastbrook University", but "the University of Texas"
    if name.lower() in _NO_ARTICLE:
        return name  # "Reuters", "Congress"
    if is_organisation(name) or (name.isupper() and 2 <= len(name) <= 3):
        return "the " + name  # "the FBI", "the Center for ..."
    return name


def choice_name(name: str, text: str = "") -> str:
    """A source as a choice: "The county's dispatch logs". An acronym that reads as a
    question word ("WHO" under "Who reported ...?") is spelt out as the article spells it
    ("The World Health Organization (WHO)"), given the article's ``text``."""
    if reads_as_question_word(name) and text:
        long = spelt_out(name, text)
        if long:
            return capitalise_first(f"the {long} ({name})")
    return capitalise_first(written_name(_owner_in_full(full_name(name, text), text), text))


def _owner_in_full(name: str, text: str) -> str:
    """ "Varga's supporters" as "Nell Varga's supporters", where the article names
    that person in full (referents.person_in_full)."""
    from quizapp.core.questions.referents import person_in_full  # referents imports names

    owner = re.match(r"([A-Z][a-z][\w-]*)(['\u2019]s \S.*)$", name)
    if not owner or not text:
        return name
    return person_in_full(owner.group(1), text) + owner.group(2)


# Words written before a surname that are no first name: titles and ranks ("Coach Reid",
# "Sen. Pike"), days ("Monday Reid"), words opening a sentence ("Meanwhile Reid").
# fmt: off
TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "president", "coach", "sen", "senator", "rep", "gov", "governor", "mayor", "judge",
    "justice", "minister", "secretary", "chairman", "chairwoman", "ceo", "chief", "general",
    "gen", "captain", "capt", "colonel", "col", "lieutenant", "lt", "sergeant", "sgt",
    "officer", "detective", "agent", "inspector", "commissioner", "attorney", "director",
    "king", "queen", "prince", "princess", "pope", "bishop", "father", "rev", "reverend",
    "speaker", "chancellor", "premier", "ambassador", "deputy", "rabbi", "imam", "saint",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})
# fmt: on


def full_name(name: str, text: str) -> str:
    """A source the analyser names by a bare surname ("Reid"), as the article names that
    person in full ("Dana Reid", the one first name it ever writes before the surname):
    beside choices in full, the only bare surname would single out the key. ``name`` itself
    when the article gives no first name, or more than one."""
    if not re.fullmatch(r"[A-Z][a-z][\w'\u2019-]*", name) or is_organisation(name):
        return name
    before = re.compile(
        rf"(?<![\w.'\u2019-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+{re.escape(name)}(?![\w-])"
    )
    firsts = {m.group(1) for m in before.finditer(text)}
    firsts = {f for f in firsts if reads_as_first_name(f, text)}
    if firsts:
        return f"{firsts.pop()} {name}" if len(firsts) == 1 else name
    return _family_name_first(name, text)


def _family_name_first(name: str, text: str) -> str:
    """A bare name the article first writes before a given name, in a person's full name
    that an appositive describes ("Li Jifeng, a doctor at the hospital, ... Li explained"):
    the name in full, family name first, as the article writes it; ``name`` when the
    article writes no such full name, or two."""
    after = re.compile(
        rf"(?<![\w.'\u2019-]){re.escape(name)}\s+([A-Z][a-z]+)"
        r",\s+(?:a|an|the)\s+((?:[a-z]+\s+)?[a-z]+)\b"
    )
    given = {
        m.group(1)
        for m in after.finditer(text)
        if PERSON_NOUNS & set(m.group(2).split()) and reads_as_first_name(m.group(1), text)
    }
    return f"{name} {given.pop()}" if len(given) == 1 else name


def reads_as_first_name(word: str, text: str) -> bool:
    """Whether a capitalised word before a surname reads as a first name: no title, day,
    month or common word, and never written in lower case in the article ("But Reid")."""
    low = word.lower()
    if low in TITLES or low in COMMON_WORDS or low in STOP_WORDS:
        return False
    lower_case = re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text)
    return word not in MONTHS and not lower_case


def name_in(name: str, text: str) -> str:
    """A source inside a sentence, as the article writes it where it adds the name's own
    "The" or its owner outlet ("The Washington Post's Fact Checker"), else display_name."""
    written = written_name(name, text)
    return written if written != name else display_name(name)


QUESTION_WORDS = frozenset({"who", "what", "when", "where", "why", "how", "which"})


def reads_as_question_word(name: str) -> bool:
    return name.strip().lower() in QUESTION_WORDS


def spelt_out(acronym: str, text: str) -> str:
    """The article's long form of an acronym: capitalised words whose initials are its
    letters ("World Health Organization" for "WHO"), or ""."""
    letters = acronym.strip().upper()
    small = r"(?:\s+(?:of|for|and|the|on)\b)*"
    pattern = r"\b" + small.join(rf"{c}[\w'-]+" for c in letters)
    pattern = pattern.replace(small, small + r"\s+")
    found = re.search(pattern, text)
    return " ".join(found.group(0).split()) if found else ""


def may_be_the_outlet(analysis: Analysis, source: str, kind: str) -> bool:
    """Another outlet only when the article's own outlet is known and is not this one: a
    correspondent of the article's own outlet is the outlet speaking."""
    if kind != "media":
        return False
    outlet = analysis.article.outlet.strip().lower()
    words = " ".join(c.source_text for c in analysis.claims if c.source == source).lower()
    return not outlet or outlet in words or outlet in source.lower()
