"""Who is speaking: resolve each claim's source to a full name, and what the article says of it.

``resolve_sources`` turns the words as written ("He", "Peskov", "CSIS", "a report by the
Center for ...") into the named party they stand for, using the parse's named entities and
a simple salience order (mentions in the same sentence first, subjects before objects).
``source_profiles`` (in ``quizapp.core.source_profiles``) gathers the role and affiliation
the article gives each source; the types themselves are in ``quizapp.core.source_types``.

Both take a spaCy Doc but never import spaCy: the Doc comes from ``quizapp.core.nlp``.
Without a Doc (hand-built claims in tests, a stored analysis) they fall back to the words
of the claim alone.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from quizapp.core.claims import Article, Claim, Span
from quizapp.core.lexicon import (
    DOCUMENT_WORDS,
    GROUP_PRONOUNS,
    PERSON_PRONOUNS,
    RELATIVE_PRONOUNS,
)
from quizapp.core.name_mentions import (
    acts,
    clean_name,
    head_word,
    person_or,
    person_surnames,
    roles_by_name,
    strip_the,
    untagged_surnames,
    without_gerund,
    without_role_code,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

UNRESOLVED_PRONOUN = 0.5  # confidence factor of a claim whose pronoun source names no one

# --------------------------------------------------------------------------- resolution


def resolve_sources(claims: list[Claim], doc: Doc | None, article: Article) -> list[Claim]:
    """Set each claim's ``source`` to the full name of the party it stands for, in place."""
    for claim in claims:
        _recover_according_to(claim, article.text)
    if doc is None:
        for claim in claims:
            claim.source = clean_name(claim.source or claim.source_text)
        return claims
    names = name_index(doc, article)
    speakers: list[tuple[int, str]] = []  # (cue position, person) of the claims so far
    bodies: list[tuple[int, str]] = []  # (cue position, source) of claims by no person
    for claim in sorted(claims, key=_cue_start):
        if not claim.source_spans:
            claim.source = clean_name(claim.source or claim.source_text)
            continue
        claim.source = (
            _it_continues(names, claim, bodies)
            or names.resolve(claim, speakers)
            or clean_name(claim.source_text or claim.source)
        )
        if claim.source.lower() in PERSON_PRONOUNS | GROUP_PRONOUNS | RELATIVE_PRONOUNS:
            # No one the pronoun stands for: a "who said it" question would have no answer.
            claim.confidence = round(claim.confidence * UNRESOLVED_PRONOUN, 3)
        if names.is_person(claim.source):
            speakers.append((_cue_start(claim), claim.source))
        elif claim.source.lower() not in GROUP_PRONOUNS | RELATIVE_PRONOUNS:
            bodies.append((_cue_start(claim), claim.source))
    return claims


def _it_continues(names: _NameIndex, claim: Claim, bodies: list[tuple[int, str]]) -> str:
    """ "It said" right after a body's claim (in the same or the sentence before) continues
    that body, as "He said" continues the last speaker: "According to data from Netwatch,
    ... . It said ..." is Netwatch, not another organisation the sentence mentions. So does
    "they said" a group's ("the authors said ... . But ..., they wrote" is the authors, not
    a place the sentence before names)."""
    start, end = claim.source_spans[0][0], claim.source_spans[-1][1]
    pronoun = names.text[start:end].strip().lower()
    if pronoun not in ("it", "they") or not bodies:
        return ""
    position, source = bodies[-1]
    if pronoun == "they" and not _plural_head(source):
        return ""
    window = names.sentences_before(start, 1)
    return source if window and window[-1][0] <= position < start else ""


def _plural_head(source: str) -> bool:
    """Whether a source's head noun is plural: "the authors of the study", "officials"."""
    head = re.split(r",|\s+(?:of|from|at|in|on|with|for|who|which|that)\b", source)[0].split()
    word = head[-1].lower() if head else ""
    return word[:1].isalpha() and word.endswith("s") and not word.endswith(("ss", "us", "'s", "’s"))


def _cue_start(claim: Claim) -> int:
    spans = claim.cue_spans or claim.source_spans or [claim.evidence_span]
    return spans[0][0]


_ACCORDING_SOURCE = re.compile(r"\s*([^,;:.\"“”]{1,60}?)\s*,\s*")


def _recover_according_to(claim: Claim, text: str) -> None:
    """ "According to him, ..." with no source span but "him," opening the content: the
    words before the comma are the source. A guard for an extractor miss, not a rule of its
    own: it acts only when the source is empty and the content starts right after the cue."""
    if claim.source_spans or not claim.cue_spans or not claim.content_spans:
        return
    if not re.fullmatch(r"according to", re.sub(r"\s+", " ", claim.cue.strip().lower())):
        return
    cue_end = claim.cue_spans[-1][1]
    start, end = claim.content_spans[0]
    if text[cue_end:start].strip() or start < cue_end:
        return
    m = _ACCORDING_SOURCE.match(text, start, end)
    if m is None or len(m.group(1).split()) > 6:
        return
    claim.source_spans = [(m.start(1), m.end(1))]
    claim.source_text = claim.source = m.group(1)
    claim.content_spans = [(m.end(), end), *claim.content_spans[1:]]
    claim.content = " ".join(text[s:e] for s, e in claim.content_spans)


def _initials(name: str) -> str:
    words = [w for w in re.findall(r"[A-Za-z][\w-]*", name) if w[0].isupper()]
    return "".join(w[0] for w in words)


def name_index(doc: Doc, article: Article) -> _NameIndex:
    """The article's name index, built once per Doc and kept in ``doc.user_data``."""
    index = doc.user_data.get("quizapp.names")
    if index is None:
        index = doc.user_data["quizapp.names"] = _NameIndex(doc, article)
    return index


class _NameIndex:
    """The named parties of one article: full names, surnames, acronyms, mention order.

    Built in one pass over the Doc: walking a Doc's sentences or tokens again for every
    claim costs more than the rest of the analysis together.
    """

    def __init__(self, doc: Doc, article: Article) -> None:
        self.doc = doc
        self.text = article.text  # doc.text would rebuild the string from every token
        self.token_starts = doc.to_array("IDX").tolist()
        self.sentences: list[Span] = [(s.start_char, s.end_char) for s in doc.sents]
        self.sentence_starts = [s for s, _ in self.sentences]
        self.labels: dict[str, str] = {}
        self._roles: dict[str, list[str]] | None = None
        self._genders: dict[str, str] | None = None
        self.mentions: list[tuple[int, str, str, Any]] = []  # (start char, label, name, ent)
        self.by_surname: dict[str, list[tuple[int, str]]] = {}
        self.acronyms: dict[str, str] = {}
        orgs: list[str] = []
        surnames = person_surnames(doc)
        for ent in doc.ents:
            if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP"):
                continue
            name = strip_the(without_gerund(ent))
            if ent.label_ == "PERSON":
                name = without_role_code(name)
            if not name or "\n" in name:
                continue
            label = person_or(ent.label_, name, surnames, acts(ent.root))
            self.labels.setdefault(name, label)
            self.labels.setdefault(ent.text, label)
            if label == "PERSON":
                tokens = name.split()
                if len(tokens) >= 2:
                    self.by_surname.setdefault(tokens[-1].lower(), []).append(
                        (ent.start_char, name)
                    )
            elif label == "ORG":
                orgs.append(name)
            self.mentions.append((ent.start_char, label, name, ent))
        # "Center for Strategic and International Studies (CSIS)", or the initials of an
        # organisation named in full somewhere in the article.
        for full, short in re.findall(
            r"((?:[A-Z][\w'-]*\s+(?:(?:of|for|and|the|on|in)\s+)*){1,8}[A-Z][\w'-]*)\s*\(([A-Z]{2,8})\)",
            article.text,
        ):
            self.acronyms[short] = strip_the(full)
        self.mentions += untagged_surnames(doc, surnames)
        self.mentions.sort(key=lambda m: m[0])
        for name in orgs:
            initials = _initials(name)
            if len(initials) >= 2 and name.upper() != name:
                self.acronyms.setdefault(initials, name)

    def full_person(self, name: str, before: int, gender: str = "") -> str:
        """The full name a partial one ("Peskov") stands for, preferring earlier mentions;
        ``gender`` ("m" for "Mr. Obama") skips full names the article refers to otherwise."""
        tokens = name.split()
        if not tokens:
            return name
        candidates = self.by_surname.get(tokens[-1].lower(), [])
        longer = [(pos, full) for pos, full in candidates if len(full.split()) > len(tokens)]
        if gender:
            longer = [c for c in longer if self.gender(c[1]) in ("", gender)]
        if not longer:
            return name
        earlier = [c for c in longer if c[0] <= before]
        return (earlier[-1] if earlier else longer[0])[1]

    def token_at(self, char: int) -> Any:
        i = bisect.bisect_right(self.token_starts, char) - 1
        return self.doc[i] if 0 <= i < len(self.doc) else None

    def sentences_before(self, position: int, count: int) -> list[Span]:
        """The sentence holding ``position`` and the ``count`` before it, nearest first."""
        i = bisect.bisect_right(self.sentence_starts, position) - 1
        return [self.sentences[k] for k in range(i, max(-1, i - count - 1), -1)]

    def gender(self, name: str) -> str:
        """ "m", "f" or "": what the article's own pronouns say about a person.

        Learnt from sentences that name one person only: the he/his or she/her in that
        sentence (and in the next, when it names no one) most likely refer to that person.
        No name lists involved.
        """
        if self._genders is None:
            self._genders = self._learn_genders()
        return self._genders.get(name, "")

    def _learn_genders(self) -> dict[str, str]:
        votes: dict[str, list[int]] = {}
        text = self.doc.text  # as parsed: furniture blanked, so a caption's "his" never counts
        persons = [m for m in self.mentions if m[1] == "PERSON"]
        for k, (lo, hi) in enumerate(self.sentences):
            names = {self.full_person(m[2], m[0]) for m in persons if lo <= m[0] < hi}
            if len(names) != 1:
                continue
            end = hi
            if k + 1 < len(self.sentences):
                nlo, nhi = self.sentences[k + 1]
                if not any(nlo <= m[0] < nhi for m in persons):
                    end = nhi  # the next sentence names no one else: its "he" is still ours
            tally = votes.setdefault(names.pop(), [0, 0])
            # The person's own sentence weighs twice the next one.
            for chunk, weight in ((text[lo:hi].lower(), 2), (text[hi:end].lower(), 1)):
                tally[0] += weight * len(_HE.findall(chunk))
                tally[1] += weight * len(_SHE.findall(chunk))
        return {
            name: ("m" if he > she else "f")
            for name, (he, she) in votes.items()
            if he != she and max(he, she) >= 1
        }

    @property
    def roles(self) -> dict[str, list[str]]:
        if self._roles is None:
            self._roles = roles_by_name(self.doc)
        return self._roles

    def expand(self, name: str) -> str:
        return self.acronyms.get(name.strip(), name)

    def is_person(self, name: str) -> bool:
        return self.labels.get(name) == "PERSON" or bool(self.gender(name))

    def resolve(self, claim: Claim, speakers: Sequence[tuple[int, str]] = ()) -> str:
        start, end = claim.source_spans[0][0], claim.source_spans[-1][1]
        start = self.possessor_start(start)
        text = clean_name(self.text[start:end])
        low = text.lower()
        if low in PERSON_PRONOUNS:
            return self.speaker_before(start, low, speakers, claim.content_spans) or (
                self.antecedent(start, low, claim.content_spans)
            )
        if low in GROUP_PRONOUNS:
            return self.antecedent(start, low, claim.content_spans)
        if low in RELATIVE_PRONOUNS:
            return self.relative_head(start) or text
        named = _NAME_THEN_CLAUSE.match(text)
        if named and (named.group(1) in self.labels or named.group(1).lower() in self.by_surname):
            # "Scissors, who consults with officials": the name, not its relative clause.
            return self.full_person(named.group(1), start)
        inside = [m for m in self.mentions if start <= m[0] < end]
        head = self.head_name(start, end, inside)
        if head is not None:
            return head
        persons = [m for m in inside if m[1] == "PERSON"]
        if persons:
            title = re.match(r"(mr|mrs|ms|miss)\b", text, re.I)
            gender = "" if title is None else "m" if title.group(1).lower() == "mr" else "f"
            return self.full_person(persons[0][2], start, gender)
        orgs = [m for m in inside if m[1] == "ORG"]
        head = head_word(self.doc, start, end)
        if orgs and (head in DOCUMENT_WORDS or strip_the(text) == orgs[0][2]):
            return self.expand(orgs[0][2])
        if orgs and orgs[0][0] - start <= 4 and self._ends_name(orgs[0][3], end):
            # "The Center for Urban Mobility, a research institute at ...", "the Center for
            # ... in the United States, which": the name, not what describes it. ("Kremlin
            # spokesperson" is kept: there the organisation only qualifies a noun.)
            return self.expand(orgs[0][2])
        if text in self.acronyms:
            return self.acronyms[text]
        if re.fullmatch(r"[A-Z][\w'-]+", text):
            return self.full_person(text, start)
        if head in DOCUMENT_WORDS and len(text.split()) <= 2:
            # "according to results ...", "the report said": its author is the
            # organisation named nearest to it in the same sentence.
            author = self.nearest_org(start)
            if author:
                return author
        return self.role_holder(text, start) or text

    def role_holder(self, text: str, start: int) -> str:
        """The person "the president" or "the mayor" refers back to: the one person named
        before ``start`` with that title or description ("US President Donald Trump").
        Nobody when two people named so far hold it: the reader could not tell either."""
        role = _ROLE_BACK.fullmatch(text)
        if role is None:
            return ""
        # The title must end the description: "the authority's finance director" is a
        # director, not "the authority".
        noun = re.compile(rf"(?:^|\s){re.escape(role.group(1).lower())}$")
        holders = set()
        for position, label, name, _ in self.mentions:
            if position >= start:
                break
            if label != "PERSON":
                continue
            full = self.full_person(name, position)
            if any(noun.search(r.lower()) for r in self.roles.get(full, [])):
                holders.add(full)
        return holders.pop() if len(holders) == 1 else ""

    def head_name(self, start: int, end: int, inside: Sequence[Any]) -> str | None:
        """The party a source phrase names, read from its syntactic head.

        "Montell Figgins, who represents Thomas" names Figgins (even when the tagger
        missed him as a person), "Morrison's lawyer" and "representatives of Epstein's
        family" name the lawyer and the representatives, not the person in the modifier;
        "the lawyer, Jane Roe" names Jane Roe. None when the head says nothing sure.
        """
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        root = span.root
        for m in inside:
            if m[3].start <= root.i < m[3].end:
                return self.full_person(m[2], start) if m[1] == "PERSON" else None
        if root.pos_ == "PROPN":
            words = [t for t in root.lefts if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN"]
            first = words[0].i if words else root.i
            return self.full_person(self.doc[first : root.i + 1].text, start)
        if root.pos_ != "NOUN":
            return None
        for child in root.children:
            if child.dep_ == "appos":
                found = [m for m in inside if m[1] == "PERSON" and m[3].start <= child.i < m[3].end]
                if found:
                    return self.full_person(found[0][2], start)
        if any(m[1] == "PERSON" for m in inside):
            # A person only inside a modifier: the phrase is the source, as written.
            return clean_name(self.text[span.start_char : span.end_char])
        return None

    def speaker_before(
        self, position: int, pronoun: str, speakers: Sequence[tuple[int, str]], skip: Sequence[Span]
    ) -> str:
        """ "He said" continues the last speaker of a compatible gender quoted in the last
        few sentences, unless a person it may stand for is named after that speaker's
        sentence (in the pronoun's own sentence, or as a subject in between: "Morrison was
        the third witness. He said ..."): reporters name a new speaker before they switch
        to a pronoun. "" when no speaker fits; the caller then reads the mentions.
        """
        wanted = "m" if pronoun in ("he", "him", "his") else "f"
        window = self.sentences_before(position, 4)
        earliest = window[-1][0] if window else 0
        own = window[0][0] if window else 0
        for pos, name in reversed(speakers):
            if pos < earliest:
                return ""
            if pos >= position or self.gender(name) not in ("", wanted):
                continue
            after = self.sentences_before(pos, 0)
            since = after[0][1] if after else pos
            if any(
                since <= m[0] < position
                and m[1] == "PERSON"
                and (m[0] >= own or m[3].root.dep_ in ("nsubj", "nsubjpass"))
                and not any(s <= m[0] < e for s, e in skip)
                and m[2].split()[-1] not in name.split()  # not the speaker named again
                and self.gender(self.full_person(m[2], m[0])) in ("", wanted)
                for m in self.mentions
            ):
                return ""  # someone else named since: "he" may be that person
            return name
        return ""

    def _ends_name(self, ent: Any, end: int) -> bool:
        if ent.end_char >= end or ent.end >= len(self.doc):
            return True
        return self.doc[ent.end].pos_ in ("ADP", "PUNCT", "PRON", "SCONJ")

    def possessor_start(self, start: int) -> int:
        """Where "Harbor City's water utility" starts when a span begins at its "s"."""
        if not (self.text[start : start + 2] == "s " and start and self.text[start - 1] in "'’"):
            return start
        token = self.token_at(start - 1)
        if token is None:
            return start
        i = token.i - 1
        while i >= 0 and self.doc[i].pos_ == "PROPN":
            i -= 1
        return self.doc[i + 1].idx if i + 1 < token.i else start

    def nearest_org(self, position: int) -> str:
        sentence = self.sentences_before(position, 0)
        if not sentence:
            return ""
        lo, hi = sentence[0]
        orgs = [m for m in self.mentions if lo <= m[0] < hi and m[1] == "ORG"]
        if not orgs:
            return ""
        return self.expand(min(orgs, key=lambda m: abs(m[0] - position))[2])

    def antecedent(self, position: int, pronoun: str, skip: Sequence[Span] = ()) -> str:
        """The most salient compatible mention before ``position`` (same sentence first).

        Mentions inside ``skip`` (the claim's own content) are not candidates: a speaker is
        never someone named in what they say ("Crews reached the mill, she said").
        """
        labels = ("PERSON",) if pronoun in PERSON_PRONOUNS else ("ORG", "NORP", "GPE")
        wanted = (
            "m" if pronoun in ("he", "him", "his") else "f" if pronoun in PERSON_PRONOUNS else ""
        )
        sentences = self.sentences_before(position, 4)
        for lo, hi in sentences:
            found = [
                m
                for m in self.mentions
                if lo <= m[0] < min(hi, position)
                and m[1] in labels
                and not any(s <= m[0] < e for s, e in skip)
                and not (wanted and self.gender(self.full_person(m[2], m[0])) not in ("", wanted))
            ]
            if not found:
                continue
            subjects = [m for m in found if m[3].root.dep_ in ("nsubj", "nsubjpass")]
            pick = (subjects or found)[-1]
            name = pick[2]
            return self.full_person(name, pick[0]) if pick[1] == "PERSON" else self.expand(name)
        token = self.token_at(position)
        return token.text if token is not None else ""

    def relative_head(self, position: int) -> str:
        token = self.token_at(position)
        if token is None:
            return ""
        noun = token.head.head if token.head.dep_ in ("relcl", "acl") else token.head
        for start, label, name, ent in self.mentions:
            if ent.start <= noun.i < ent.end:
                return self.full_person(name, start) if label == "PERSON" else self.expand(name)
        return ""


_HE = re.compile(r"\b(he|him|his|himself)\b")
_SHE = re.compile(r"\b(she|her|hers|herself)\b")
_NAME_THEN_CLAUSE = re.compile(r"([A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+)*),\s+(?:who|whose)\b")
_ROLE_BACK = re.compile(r"[Tt]he ([a-z]+(?:[ -][a-z]+)?)")
