"""Where a question's evidence starts and ends in the article: whole sentences, whole quotes,
only the paragraphs that hold the claim, and the sentence that names a source the claim
only calls "he" or by a surname.

Everything here works on spans of ``Article.text`` and returns spans: what is shown is
always the article's own words.
"""

from __future__ import annotations

import re

from quizapp.core.claims import Analysis, Article, Claim, Span
from quizapp.core.questions.names import is_organisation, named_source, same_source

# A sentence end: ., ! or ? (or an ellipsis) with any closing quotes or brackets, before a
# space or the end of the line. It ends a sentence only when the next word is not in lower
# case ('"Bobby!" at a labor conference' goes on) and the word before is no abbreviation.
_END = re.compile(r"(?:[.!?]|\u2026)[\"'\u201d\u2019)\]]*(?=\s|\Z)")
_ABBREVIATED = (
    "mr mrs ms dr st jr sr prof gen gov sen rep col lt sgt capt no vs inc corp co"
    " jan feb mar apr jun jul aug sep sept oct nov dec"
)
_ABBREVIATIONS = frozenset(_ABBREVIATED.split())
# Double quote marks of any style: articles mix straight and curly ones.
_QUOTE = re.compile('["\u201c\u201d]')
# How far evidence may grow to take in a whole sentence or quote (characters each way):
# past that the claim's own sentence is shown as it is.
MAX_GROWTH = 400
# How far back a sentence naming the source may be, in sentences (news paragraphs are often
# one sentence long, so paragraphs are not counted).
NAMING_SENTENCES = 3


def _line(text: str, start: int, end: int, lo: int, hi: int) -> Span:
    """The line (paragraph) holding ``[start, end)``, kept inside ``[lo, hi)``."""
    return max(lo, text.rfind("\n", 0, start) + 1), min(hi, _find(text, "\n", end, len(text)))


def _find(text: str, needle: str, start: int, default: int) -> int:
    found = text.find(needle, start)
    return default if found < 0 else found


def _ends_sentence(text: str, m: re.Match[str], line_end: int) -> bool:
    after = text[m.end() : line_end].lstrip()[:1]
    if after.islower() or after in {",", ";"}:
        return False
    word = re.search(r"(\w+)\.?$", text[max(0, m.start() - 12) : m.start() + 1])
    if m.group()[0] == "." and word:
        w = word.group(1)
        if w.lower() in _ABBREVIATIONS or len(w) == 1:
            return False  # "Dr. Silvia S. Martins", "U.S. officials", "a Sept. 11 event"
    return True


def sentence_start(text: str, pos: int, line_start: int) -> int:
    """Where the sentence holding ``pos`` starts, on its line."""
    begin = line_start
    line_end = _find(text, "\n", pos, len(text))
    for m in _END.finditer(text, line_start):
        if m.end() > pos:
            break
        if _ends_sentence(text, m, line_end):
            begin = m.end()
    while begin < pos and text[begin].isspace():
        begin += 1
    return begin


def sentence_end(text: str, pos: int, line_end: int) -> int:
    """Where the sentence holding ``pos`` ends (after its closing marks), on its line."""
    for m in _END.finditer(text, pos):
        if m.end() > line_end:
            break
        if _ends_sentence(text, m, line_end):
            return m.end()
    return len(text[:line_end].rstrip())


def quote_marks(line: str) -> tuple[int, int]:
    """Closing quote marks with no opening one before them, and quotes left open at the end.
    A mark opens a quote when a curly opening mark, or a straight one after a space, a
    bracket or the line start."""
    depth = lone = 0
    for m in _QUOTE.finditer(line):
        before = line[m.start() - 1] if m.start() else " "
        if m.group() == "\u201c" or (m.group() == '"' and (before.isspace() or before in "([")):
            depth += 1
        elif depth:
            depth -= 1
        else:
            lone += 1
    return lone, depth


def whole_sentences(text: str, span: Span, lo: int, hi: int) -> Span:
    """``span`` grown to whole sentences and whole quotes within its line (and ``[lo, hi)``,
    the body block): a span starting in lower case ('a narrator in the ad asks' after the
    quote it attributes), inside a quote, or ending where the line goes on in lower case or
    inside an open quote starts and ends where the sentence or quote does, unless that is
    more than MAX_GROWTH characters away."""
    start, end = span
    line_start, line_end = _line(text, start, end, lo, hi)
    first = text[start:end].lstrip()[:1]
    if first.islower() or first in {",", ";", ":", "\u201d"}:
        start = _grown(start, sentence_start(text, start, line_start), start)
    lone, _ = quote_marks(text[start:end])
    if lone:
        opening = max(text.rfind("\u201c", line_start, start), text.rfind('"', line_start, start))
        if opening >= 0:
            start = _grown(start, sentence_start(text, opening, line_start), start)
    if text[end:line_end].lstrip()[:1].islower():
        end = _grown(end, sentence_end(text, end, line_end), end)
    _, open_quotes = quote_marks(text[start:end])
    if open_quotes and any(ch.isalnum() for ch in text[end:line_end]):
        closing = _QUOTE.search(text, end, line_end)
        # The sentence holding the closing mark ('... sovereignty.”' or '...,” he said.').
        stop = sentence_end(text, closing.start() - 1, line_end) if closing else line_end
        end = _grown(end, len(text[:stop].rstrip()), end)
    return start, end


def _grown(old: int, new: int, fallback: int) -> int:
    return new if abs(new - old) <= MAX_GROWTH else fallback


def claim_lines(article: Article, claim: Claim, span: Span) -> list[Span]:
    """The lines (paragraphs) of an evidence span that hold the claim's words, its source or
    its cue, each trimmed; a span on one line is returned as it is."""
    text = article.text
    start, end = span
    if "\n" not in text[start:end].strip():
        return [span]
    marks = [s for s in (*claim.content_spans, *claim.source_spans, *claim.cue_spans) if s[1]]
    lines = []
    for m in re.finditer(r"[^\n]+", text[start:end]):
        s, e = start + m.start(), start + m.end()
        part = text[s:e]
        s, e = s + len(part) - len(part.lstrip()), e - len(part) + len(part.rstrip())
        if s < e and (not marks or any(a < e and s < b for a, b in marks)):
            lines.append((s, e))
    return lines or [span]


def names_source(evidence: str, source: str) -> bool:
    """Whether the evidence names the source as the key does: the whole name (a leading
    "the" aside) is in it, not only "he", "the company" or a surname."""
    name = re.sub(r"^the\s+", "", source.strip(), flags=re.I)
    return bool(name) and _mentions(evidence, name)


def _mentions(text: str, name: str) -> bool:
    pattern = r"\s+".join(re.escape(w) for w in name.split())
    return re.search(rf"(?<!\w){pattern}(?!\w)", text, re.I) is not None


def short_name(claim: Claim) -> str:
    """The short form of the source's name the claim is written by: a person's surname
    ("Volker" for "Kurt Volker") or a body's acronym ("IMF" for "International Monetary
    Fund"); "" when the source is written otherwise ("he", "the fund") or in full."""
    if is_organisation(claim.source):
        caps = [w for w in re.findall(r"[\w.]+", claim.source_text) if w.isupper() and len(w) > 1]
        return next((w for w in caps if same_source(w, claim.source)), "")
    parts = claim.source.split()
    if len(parts) < 2:
        return ""
    return parts[-1] if _mentions(claim.source_text, parts[-1]) else ""


def short_forms(source: str, text: str) -> list[str]:
    """Short forms that may stand for the source in a sentence: a person's surname, or an
    acronym of a body's name the article uses."""
    if not is_organisation(source):
        return source.split()[-1:] if len(source.split()) > 1 else []
    caps = {w for w in re.findall(r"\b[A-Z][A-Z.]+\b", text) if len(w) > 1}
    return sorted(w for w in caps if same_source(w, source))


def naming_sentence(analysis: Analysis, claim: Claim, spans: list[Span]) -> Span | None:
    """The nearest sentence before the evidence that names the claim's source, when the
    evidence does not: its whole name, or for a source written "he" or "the fund" its
    surname or acronym too. Looked for among the NAMING_SENTENCES sentences before, inside
    the body block."""
    text = analysis.article.text
    lo, hi = _block(analysis.article, spans[0][0])
    wanted = [claim.source]
    if not short_name(claim):
        wanted += short_forms(claim.source, text)  # "she", after "Gregg said"
    pos = spans[0][0]
    for _ in range(NAMING_SENTENCES):
        back = len(text[:pos].rstrip())
        if back <= lo:
            return None
        begin = sentence_start(text, back - 1, max(lo, text.rfind("\n", 0, back) + 1))
        if any(names_source(text[begin:back], name) for name in wanted):
            return whole_sentences(text, (begin, back), lo, hi)
        pos = begin
    return None


def _block(article: Article, start: int) -> Span:
    for s, e in article.body:
        if s <= start < e:
            return s, e
    return 0, len(article.text)


def needs_naming(claim: Claim, evidence: str) -> bool:
    """Whether a learner checking the key needs more than the evidence to see who the source
    is: a named source the evidence never names in full."""
    return named_source(claim) and not names_source(evidence, claim.source)
