"""What kind of source speaks: DOMAIN section 3's six types, from the words the article uses.

A source is typed as a party, not claim by claim: "Kennedy", "he" and "James P. Kennedy Jr.,
the U.S. Attorney for the Western District of New York" are one party, and the description
the article gives it once (a title before the name, an appositive after it, "the company's
chief operating officer") types every claim it makes.

A description is read the way an English noun phrase is built: its head is the rightmost
role word before the first "of / at / for / with" ("Wild coach", "Taliban spokesman", "a
senior military analyst at Stratfor"). A head that names a profession or a kind of body
decides ("analyst": independent; "prosecutors": official; "coach": involved). A head that
only says someone speaks for an organisation ("president", "spokesman", "chief executive")
takes the type of that organisation ("of the Federal Reserve Bank": official; "of SpaceX":
involved), read from the words around it and from what the article says about it ("InfoNation,
a provider of automobile data"). An employer named in the possessive ("PG&E's principal
meteorologist") decides over the profession: the meteorologist speaks for the utility.

What is left without a description falls back on the entity label: a state ("Russia", "the
Chinese") is official; a person or an organisation the article gives no public or expert
role is a party to the story, involved.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quizapp.core.claims import Article, Claim
from quizapp.core.lexicon import DOCUMENT_WORDS
from quizapp.core.name_mentions import clean_name
from quizapp.core.source_descriptions import descriptions, teams
from quizapp.core.source_lexicon import KIND_OF, LEXICON_RE, MEDIA_NAME
from quizapp.core.source_profiles import SourceProfile
from quizapp.core.source_titles import (
    AFFILIATION_TITLES,
    AGENCY_ACRONYMS,
    DATA_WORK,
    INTERNATIONAL_ACRONYMS,
    MEDIA_PEOPLE,
    PERSON_NOUNS,
    TITLE_DEFAULTS,
)
from quizapp.core.sources import name_index

if TYPE_CHECKING:
    from spacy.tokens import Doc

STATE_KINDS = ("GPE", "NORP")
# Where the part of a description naming an organisation begins: "president OF SpaceX".
_AFFILIATION = re.compile(r"\s*(?:,|\b(?:of|at|for|with|from)\b)\s*", re.I)
# Where a description stops saying who someone is: "in an interview on Fox News", "via ...".
_ASIDE = re.compile(
    r"(?:^|\s)(?i:in|on|to|via|during|after|before|about|when|while|as)\s+(?=[a-z]).*$"
)
_POSSESSIVE = re.compile(r"^(.*?\S)\s*['’]s?\s+(.+)$")
_INDEFINITE = re.compile(r"^(a|an|one|another)\s+", re.I)
_COMMERCIAL = r"\b(company|firm|business|corporation|bank|airline|maker|retailer|largest|biggest)"
_POST_HEAD = re.compile(r"\s+(?:familiar|close|with|from|in|at|who|on|of|for)\b")
_PRONOUN_GROUPS = frozenset(["those", "some", "others", "many", "several", "few", "most"])
# A service body that a level of government names as its own ("the state health laboratory",
# "the County Hospital"): it is official, though a laboratory or hospital alone is not.
_GOVERNMENT_BODY = re.compile(
    r"^(?:state|federal|county|city|municipal|provincial|regional|national|government)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:laborator(?:y|ies)|labs?|hospitals?|clinics?|utilit(?:y|ies)|"
    r"observator(?:y|ies)|institutes?|services?|offices?|boards?)$",
    re.I,
)


# --------------------------------------------------------------------------- the entry


def classify_sources(
    claims: list[Claim],
    doc: Doc | None = None,
    article: Article | None = None,
    profiles: Sequence[SourceProfile] | None = None,
) -> list[Claim]:
    """Set each attribution's ``source_type`` (DOMAIN section 3), in place."""
    from quizapp.core.source_profiles import source_profiles

    profiles = profiles if profiles is not None else source_profiles(claims, doc, article)
    reader = _Reader(claims, profiles, doc, article)
    earlier: list[tuple[str, str]] = []  # (name, type) of the sources so far
    for claim, profile in zip(claims, profiles, strict=True):
        if claim.status == "unattributed":
            claim.source_type = "outlet"
            continue
        kind = _named_before(profile.name, earlier) or reader.type_of(claim, profile)
        if kind == "" and earlier:
            kind = earlier[-1][1]  # "the statement": whoever spoke last issued it
        claim.source_type = kind or "involved"
        earlier.append((profile.name, claim.source_type))
    return claims


def _named_before(name: str, earlier: Sequence[tuple[str, str]]) -> str:
    """ "The utility" after "Harbor City's water utility": the party named before, whose
    type the article has already shown."""
    m = re.fullmatch(r"the\s+([a-z]+)", name.strip(), re.I)
    if m is None or m.group(1).lower() in DOCUMENT_WORDS:
        return ""
    noun = m.group(1).lower()
    for before, kind in reversed(earlier):
        words = before.lower().split()
        if len(words) > 2 and words[-1] == noun:
            return kind
    return ""


def source_type(claim: Claim, profile: SourceProfile, outlet: str = "") -> str:
    """The type of one claim's source, from the claim and its profile alone."""
    reader = _Reader([claim], [profile], None, Article(text="", outlet=outlet))
    return reader.type_of(claim, profile) or "involved"


# --------------------------------------------------------------------------- parties


class _Reader:
    """The article's parties and what it says about each, gathered once per article."""

    def __init__(
        self,
        claims: Sequence[Claim],
        profiles: Sequence[SourceProfile],
        doc: Doc | None,
        article: Article | None,
    ) -> None:
        self.outlet = _squash_outlet(_outlet_of(article) if article else "")
        self.text = article.text if article else ""
        self._titles: dict[str, list[str]] = {}
        self.labels: dict[str, str] = {}
        self.described: dict[str, list[str]] = {}
        if doc is not None and article is not None:
            index = name_index(doc, article)
            self.labels = {k.lower(): v for k, v in index.labels.items()}
            for team in teams(doc):  # "Harrow City striker": a club the tagger took for a city
                self.labels[team.lower()] = "ORG"
            self.described = descriptions(doc)
            self.acronyms = {k: v for k, v in index.acronyms.items()}
        else:
            self.acronyms = {}
        # Every name a party goes by, mapped to the fullest one: "Kennedy" -> "James P.
        # Kennedy Jr.", "Liu" -> "Liu Xiaming".
        names = {p.name for p in profiles if p.name} | set(self.described)
        self.named = {
            n: frozenset(_name_words(n))
            for n in names
            if self.labels.get(n.lower()) in ("PERSON", "ORG")
        }
        self.full = {n.lower(): _fullest(n, self.named) for n in names}
        self.roles: dict[str, list[str]] = {}
        for claim, profile in zip(claims, profiles, strict=True):
            if claim.status == "unattributed" or not profile.name:
                continue
            key = self.party(profile.name)
            for part in [_rest_of(claim.source_text, profile.name), *profile.role.split(";")]:
                part = part.strip()
                if part and part not in self.roles.setdefault(key, []):
                    self.roles[key].append(part)

    def party(self, name: str) -> str:
        if name.lower() not in self.full:
            self.full[name.lower()] = _fullest(name, self.named)
        return self.full[name.lower()].lower()

    def descriptions(self, name: str) -> list[str]:
        """What the article says a party is: the claims' own words first, then the rest."""
        key = self.party(name)
        out = list(self.roles.get(key, []))
        for other, parts in self.described.items():
            if self.party(other) == key:
                out.extend(p for p in parts if p not in out)
        # Relative clauses ("who consults with administration officials") say least.
        return sorted(out, key=lambda d: d.lower().startswith(("who ", "which ", "that ")))

    def _titles_in_text(self, name: str) -> list[str]:
        """ "Deputy Mayor Ines Carvalho" where the tagger found no name: the capitalised
        words before the surname, when they hold a title."""
        if not self.text or not name[:1].isupper():
            return []
        surname = name.split()[-1]
        if surname not in self._titles:
            self._titles[surname] = []
            for m in re.finditer(rf"\b{re.escape(surname)}\b", self.text):
                before = _CAPITALISED_RUN.search(self.text, max(0, m.start() - 80), m.start())
                if before and LEXICON_RE.search(before.group(1).lower()):
                    self._titles[surname] = [before.group(1).strip()]
                    break
        return self._titles[surname]
        surname = re.escape(name.split()[-1])
        for m in re.finditer(rf"((?:[A-Z][\w.'’-]*\s+){{1,4}}){surname}\b", self.text):
            if LEXICON_RE.search(m.group(1).lower()):
                return [m.group(1).strip()]
        return []

    def type_of(self, claim: Claim, profile: SourceProfile) -> str:
        # "Scissors, who consults with ...": the name is what comes before the clause.
        name = clean_name(re.split(r",\s*(?:who|which)\b", profile.name)[0])
        low = name.lower()
        if _OWN_VOICE.search(name) or self.outlet and self._is_outlet(name):
            return "outlet"
        media_name = MEDIA_NAME.search(name) or _lexicon_kind(_strip_article(low)) == "media"
        # A person is media only as a journalist, or when the "person" is an outlet's name.
        if media_name and (profile.kind != "PERSON" or not _words(low) - _media_words(low)):
            return "media"
        if not profile.named:
            return self._unnamed(name)
        if _anonymous_description(low):
            return "anonymous"
        if profile.affiliation and re.match(r"(its|their)\b", profile.role, re.I):
            # "Its spokeswoman": she speaks for the body the article named just before.
            return self.type_of_party(profile.affiliation)
        return self.type_of_party(name, self.labels.get(low) or profile.kind)

    def type_of_party(self, name: str, label: str = "") -> str:
        """A named party's type: what the article says it is, else what its name says."""
        low = name.lower()
        label = label or self.labels.get(_strip_article(low), "")
        descriptions = self.descriptions(name)
        if label == "PERSON":
            descriptions += self._titles_in_text(name)
        # "The president" says least of whom it refers back to: "US President Donald
        # Trump" says whose president he is.
        descriptions.sort(key=lambda d: re.fullmatch(r"the\s+\w+", d, re.I) is not None)
        for description in descriptions:
            kind = self.read(description)
            if kind:
                return kind
        kind = self._name_kind(name)
        if kind:
            return kind
        if label in STATE_KINDS:
            return "official"  # "Russia said", "the Chinese": a state speaking
        if _bare_document(low):
            return ""  # "the statement": the caller gives it its issuer's type
        return "involved"

    def _is_outlet(self, name: str) -> bool:
        """The outlet by its name ("NBC News"), its short name ("the Gazette" in the
        Millbrook Gazette) or one of its own journalists."""
        squashed = _squash_outlet(name)
        short = re.fullmatch(r"(?:the\s+)?([A-Z][\w.-]+)", name)
        return (
            squashed == self.outlet
            or bool(short and len(short.group(1)) > 3 and self.outlet.endswith(squashed))
            or self._outlet_person(name)
        )

    def _outlet_person(self, name: str) -> bool:
        """ "CBS Sports NFL Insider Jason La Canfora" in a CBS Sports article."""
        return any(
            self.outlet in _squash_outlet(d) and _lexicon_kind(d.lower()) in ("media", None)
            for d in self.descriptions(name)
        )

    def _unnamed(self, name: str) -> str:
        """ "officials", "a person familiar": anonymous, unless an organisation is named
        ("PG&E officials", "Beijing officials": they speak for it)."""
        before_head = f" {_POST_HEAD.split(name.lower(), maxsplit=1)[0]} "
        for ent_name, label in self.labels.items():
            if label in ("ORG", *STATE_KINDS) and f" {ent_name} " in before_head:
                if label in STATE_KINDS:
                    return "official"
                return self._org_kind(ent_name) or "involved"
        return "anonymous"

    def _name_kind(self, name: str, titles: bool = True) -> str | None:
        """A name that says what it is: "the Chinese Center for Disease Control", "NASA",
        "the European Union's top court" (the court, not the union)."""
        bare = _strip_article(name)
        m = _POSSESSIVE.match(bare)
        if m and (kind := _lexicon_kind(m.group(2).lower(), titles)):
            if kind == "involved" and self._public(m.group(1), m.group(2)):
                return "official"  # "Harbor City's water utility": the city's own
            return kind
        for word in re.findall(r"\b[A-Z][A-Za-z&]{1,7}\b", bare):
            if word in AGENCY_ACRONYMS:
                return "official"
            if word in INTERNATIONAL_ACRONYMS:
                return "independent"
            full = self.acronyms.get(word)
            if full and (kind := _lexicon_kind(full.lower())):
                return kind
        if MEDIA_NAME.search(bare):
            return "media"
        if _GOVERNMENT_BODY.match(bare.strip()):
            return "official"
        return _lexicon_kind(bare.lower(), titles)

    def _public(self, possessor: str, owned: str) -> bool:
        """A service a place owns is public ("the city's water utility"); a company based
        there is not ("Britain's largest bank")."""
        place = self.labels.get(_strip_article(possessor).lower()) == "GPE" or bool(
            re.fullmatch(r"(the\s+)?(city|town|county|state|village|district)", possessor, re.I)
        )
        return place and not re.search(_COMMERCIAL, owned.lower())

    def _org_kind(self, org: str) -> str | None:
        """An organisation's type from its name, else from what the article says it is
        ("PayLink, a payment processor": whatever the tagger's label says)."""
        org = _strip_article(clean_name(org))
        if not org:
            return None
        kind = self._name_kind(org, titles=False)
        if kind:
            return kind
        for description in self.descriptions(org):
            if description.lower() != org.lower() and (kind := _plain_kind(description.lower())):
                return kind
        if self.labels.get(org.lower()) in STATE_KINDS:
            return "official"
        return None

    def read(self, description: str) -> str | None:
        """The type a description gives ("InfoNation President" -> InfoNation's type)."""
        text = _ASIDE.sub("", re.sub(r"\s+", " ", description)).strip(" ,;")
        if not text:
            return None
        if DATA_WORK.search(text.lower()):
            return "independent"
        title, _, rest = _split_affiliation(text)
        possessor = ""
        m = _POSSESSIVE.match(title)
        if m:
            possessor, title = m.group(1), m.group(2)
            kind = self._possessor_kind(possessor)
            if kind:
                return kind  # "PG&E's principal meteorologist" speaks for PG&E
        head, modifiers = _head(title)
        if head is None:
            return self._org_kind(rest) if rest else None
        kind = KIND_OF[head]
        if head not in AFFILIATION_TITLES:
            return kind
        # A title that only says whom it speaks for: the organisation decides.
        modifiers = re.split(r"\b(?:and|&)\b", modifiers)[-1].strip()
        for org in (rest, modifiers, possessor):
            if org and (kind := self._org_kind(org)):
                return kind
        if rest or (modifiers and any(w[:1].isupper() for w in modifiers.split())):
            return "involved"  # an organisation the article gives no public or expert role
        return TITLE_DEFAULTS.get(head, "involved")

    def _possessor_kind(self, possessor: str) -> str | None:
        label = self.labels.get(_strip_article(possessor).lower(), "")
        if label == "PERSON" or not possessor[:1].isupper() and label == "":
            kind = _plain_kind(possessor.lower())
            return kind if kind in ("official", "media") else None
        kind = self._org_kind(possessor)
        if kind:
            return kind
        return "involved" if label == "ORG" else None


# --------------------------------------------------------------------------- reading words


def _split_affiliation(text: str) -> tuple[str, str, str]:
    m = _AFFILIATION.search(text)
    if m is None:
        return text, "", ""
    return text[: m.start()].strip(), m.group(0).strip(), text[m.end() :].strip()


def _head(title: str) -> tuple[str | None, str]:
    """The rightmost lexicon phrase of a title (the longest one ending there), and the
    words before it: "taliban spokesman" -> ("spokesman", "taliban")."""
    found = list(LEXICON_RE.finditer(title.lower()))
    if not found:
        return None, ""
    last_end = max(m.end() for m in found)
    at_end = [m for m in found if m.end() == last_end]
    best = max(at_end, key=lambda m: len(m.group(1)))
    return _singular(best.group(1)), title[: best.start()].strip(" ,")


def _plain_kind(text: str) -> str | None:
    """The rightmost phrase's type, with no organisation to look through."""
    if DATA_WORK.search(text):
        return "independent"
    head, _ = _head(text)
    return KIND_OF[head] if head is not None else None


def _lexicon_kind(text: str, titles: bool = True) -> str | None:
    """The longest phrase's type anywhere in a name ("center for disease control")."""
    if DATA_WORK.search(text):
        return "independent"
    found = [_singular(m.group(1)) for m in LEXICON_RE.finditer(text)]
    if titles is False:
        found = [p for p in found if p not in AFFILIATION_TITLES]
    if not found:
        return None
    best = max(found, key=len)
    kind = KIND_OF[best]
    if best in AFFILIATION_TITLES:
        return TITLE_DEFAULTS.get(best, kind)
    return kind


def _singular(phrase: str) -> str:
    if phrase in KIND_OF:
        return phrase
    for suffix in ("es", "s"):
        if phrase.endswith(suffix) and phrase[: -len(suffix)] in KIND_OF:
            return phrase[: -len(suffix)]
    return phrase


def _anonymous_description(low: str) -> bool:
    """ "a doctor on the scene", "one Weibo commenter", "those in favour": a person the
    article does not name (not "a United Nations agency": a body, named by what it is)."""
    words = _words(low)
    if low.split(" ", 1)[0] in _PRONOUN_GROUPS and len(low.split()) > 1:
        second = low.split()[1]
        if second in ("in", "who", "of", "familiar", "close"):
            return True
    if not _INDEFINITE.match(low):
        return False
    head = re.split(r"\s+(?:of|at|in|on|from|with|who|that|familiar)\s+", low)[0].split()[-1]
    return _singular(head) in PERSON_NOUNS or (head in ("person", "people") and bool(words))


def _bare_document(low: str) -> bool:
    words = _strip_article(low).split()
    return len(words) == 1 and words[0] in DOCUMENT_WORDS


def _rest_of(written: str, name: str) -> str:
    """The written source without the words of its name: the title the claim gives it."""
    drop = {w.lower().strip(",.;:") for w in name.split()}
    kept = [w for w in clean_name(written).split() if w.lower().strip(",.;:") not in drop]
    rest = " ".join(kept).strip(" ,;")
    return "" if rest.lower() in ("", "the", "a", "an", "he", "she", "they", "it") else rest


def _fullest(name: str, names: dict[str, frozenset[str]]) -> str:
    """The longest named party holding every word of ``name`` ("Liu" -> "Liu Xiaming",
    "Edmunds" -> "Edmunds.com"); ``names`` maps each candidate to its words."""
    words = _name_words(name)
    if not words or len(words) > 2 or not name[:1].isupper():
        return name
    best = name
    for other, low in names.items():
        longer = len(other) > len(best) and len(low) <= 5 and other[:1].isupper()
        if longer and set(words) <= low and " and " not in other:
            best = other
    return best


def _name_words(name: str) -> list[str]:
    return [re.sub(r"\.(com|org|net|info)$", "", w) for w in name.lower().split()]


def _strip_article(text: str) -> str:
    return re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.I)


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z][\w.&-]*", text.lower()))


def _media_words(low: str) -> set[str]:
    return {w for w in _words(low) if KIND_OF.get(w) == "media" or w in MEDIA_PEOPLE}


def _outlet_of(article: Article) -> str:
    """The article's outlet: from the page, else from a byline ("By Ana Ruiz, Millbrook
    Gazette") in pasted text."""
    if article.outlet:
        return article.outlet
    m = _BYLINE.search(article.text[:2000])
    return m.group(1).strip() if m else ""


# Capitalised words right before a name: "Deputy Mayor Ines " before "Carvalho".
_CAPITALISED_RUN = re.compile(r"((?:[A-Z][\w.'’-]*\s+){1,4})$")
_BYLINE = re.compile(r"^By [A-Z][\w.'’ -]{2,60}?,\s*(?:the\s+)?([A-Z][^\n,]{2,60})\s*$", re.M)
# The outlet naming itself: "a survey by this newspaper".
_OWN_VOICE = re.compile(
    r"\b(this|our) (newspaper|paper|publication|website|site|station|magazine|outlet|"
    r"programme|program|network)\b",
    re.I,
)


def _squash_outlet(name: str) -> str:
    low = re.sub(r"\.(com|org|net|info|co\.uk|uk)\b", "", name.lower())
    return re.sub(r"^the|[^a-z0-9]", "", low)
