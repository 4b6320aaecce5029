"""Read an article file (plain text or HTML) into an ``Article`` with its body spans.

Plain text is kept exactly as the file's content, so every span the analyser reports can
be checked against the file itself. Boilerplate (navigation, section labels, captions,
credits, licence links, bylines, prompts such as "Read more") is not cut out of the text:
it is left outside ``Article.body`` so that offsets never shift.

Boilerplate is found with line-level heuristics (shape of the line, repetition, credit and
URL patterns), never with strings from a particular article. No NLP model is used here:
reading must stay cheap and must not import spaCy.
"""

from __future__ import annotations

import re
import warnings
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from quizapp.core.claims import Article, Span

MAX_BYTES = 1_000_000
"""Largest accepted input (1 MB): far above any news article, small enough to parse quickly."""
MAX_WORDS = 200_000
"""Largest accepted text after decoding and extraction, in whitespace-separated words."""

HTML_SUFFIXES = (".html", ".htm", ".xhtml")


class ArticleError(ValueError):
    """An input that cannot be read as an article; the message is one line for the user."""


class ArticleEncodingWarning(UserWarning):
    """The input was not UTF-8 and was decoded with a fallback encoding."""


# --------------------------------------------------------------------------- reading


def read_article(source: str | Path | bytes, name: str = "") -> Article:
    """Read a .txt or .html article from a path or from raw bytes.

    ``name`` labels bytes (stdin, an upload) in messages and in ``Article.path``; its
    suffix also selects HTML. Raises ArticleError for a missing, empty, binary or too
    large input.
    """
    if isinstance(source, bytes):
        raw, label = source, name or "<input>"
    else:
        path = Path(source)
        label = name or str(source)
        raw = _read_bytes(path, label)
    if len(raw) > MAX_BYTES:
        raise ArticleError(f"{label}: {len(raw):,} bytes is over the {MAX_BYTES:,}-byte limit")
    if not raw.strip():
        raise ArticleError(f"{label}: the file is empty")
    text = _decode(raw, label)
    if _looks_html(label, text):
        article = _from_html(text, label)
    else:
        article = article_from_text(text, path=label)
    words = len(article.text.split())
    if words > MAX_WORDS:
        raise ArticleError(f"{label}: {words:,} words is over the {MAX_WORDS:,}-word limit")
    if not article.body:
        raise ArticleError(f"{label}: no article text found (only boilerplate)")
    return article


def article_from_text(
    text: str, path: str = "", title: str = "", outlet: str = "", url: str = "", date: str = ""
) -> Article:
    """Build an Article from text already decoded: find the headline and the body spans."""
    layout = split_lines(text)
    headline = title
    if not headline and layout.headline is not None:
        headline = text[slice(*layout.headline)]
    return Article(
        text=text,
        title=headline.strip(),
        outlet=outlet,
        url=url,
        date=date,
        path=path,
        body=layout.body,
    )


def _read_bytes(path: Path, label: str) -> bytes:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ArticleError(f"{label}: no such file") from None
    except OSError as exc:
        raise ArticleError(f"{label}: cannot read ({exc.strerror})") from None
    if path.is_dir():
        raise ArticleError(f"{label}: is a directory, not an article file")
    if size > MAX_BYTES:
        raise ArticleError(f"{label}: {size:,} bytes is over the {MAX_BYTES:,}-byte limit")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{label}: cannot read ({exc.strerror})") from None


# Signatures of common binary formats someone might upload by mistake.
_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b")


def _decode(raw: bytes, label: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise ArticleError(f"{label}: broken UTF-16 text") from None
    if raw.startswith(_BINARY_MAGIC) or b"\x00" in raw[:8192]:
        raise ArticleError(f"{label}: looks like a binary file, not text or HTML")
    try:
        # The BOM, if any, stays in the text as U+FEFF: offsets then agree with any reader
        # that opens the file as UTF-8. It is never part of the body.
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = raw[exc.start : exc.start + 1].hex()
        try:
            text, used = raw.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, used = raw.decode("latin-1"), "latin-1"
        warnings.warn(
            f"{label}: not valid UTF-8 (byte 0x{bad} at offset {exc.start}); read as {used}",
            ArticleEncodingWarning,
            stacklevel=3,
        )
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls > 0.05 * min(len(text), 8192):
        raise ArticleError(f"{label}: looks like a binary file, not text or HTML")
    return text


def _looks_html(label: str, text: str) -> bool:
    if label.lower().endswith(HTML_SUFFIXES):
        return True
    head = text[:2048].lstrip("\ufeff \t\r\n").lower()
    return head.startswith(("<!doctype html", "<html")) or bool(
        re.search(r"<(body|article|p|div)\b[^>]*>", head) and "</" in head
    )


def _from_html(html: str, label: str) -> Article:
    # trafilatura is heavy to import (lxml, date parsing): only HTML input pays for it.
    import trafilatura

    found = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False
    )
    meta = found.as_dict() if found is not None else {}
    text = meta.get("text") or ""
    if not text.strip():
        raise ArticleError(f"{label}: no article text found in the HTML")
    return article_from_text(
        text,
        path=label,
        title=(meta.get("title") or "").strip(),
        outlet=(meta.get("sitename") or "").strip(),
        url=(meta.get("url") or "").strip(),
        date=(meta.get("date") or "").strip(),
    )


# --------------------------------------------------------------------------- boilerplate


@dataclass
class Layout:
    """What ``split_lines`` found: body spans, the headline span, and why lines were dropped."""

    body: list[Span]
    headline: Span | None
    dropped: list[tuple[Span, str]]  # (line span, kind) for every boilerplate line


# Words that a sentence or a headline almost always has and a menu of sections never has.
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "for",
        "and",
        "or",
        "with",
        "as",
        "at",
        "by",
        "from",
        "into",
        "over",
        "after",
        "before",
        "about",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "not",
        "no",
        "but",
        "if",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "you",
        "i",
        "his",
        "her",
        "their",
        "our",
        "your",
        "who",
        "what",
        "says",
        "said",
        "say",
    ]
)
_SENTENCE_END = re.compile(r"""[.!?…]["'”’)\]]*\s*$""")
_URL = re.compile(r"(https?://|www\.)\S+", re.I)
_LICENCE = re.compile(
    r"creativecommons\.org|\bCC[- ]BY\b|\blicen[cs]ed under\b|\ball rights reserved\b"
    r"|(©|\(c\)|\bcopyright)\s*(\d{4}|[A-Z])",
    re.I,
)
_CREDIT = re.compile(
    r"^\s*(photo(graph)?s?|image|picture|pic|video|illustration|graphic|caption|credit|"
    r"source|file photo)\s*(credit)?\s*[:|/-]"
    r"|\((photo|image|picture)s?\s*(by|:|credit)"
    r"|\b(photo|image|picture)s?\s+(by|courtesy of)\b"
    r"|\b(getty images|ap photo|afp photo|shutterstock|istock|via getty)\b",
    re.I,
)
_BYLINE = re.compile(
    r"^\s*(by|written by|words by|reporting by|text by|story by)\s+"
    r"[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){0,3}"
    r"(\s*(,|and|&)\s*[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){0,3})*\s*[.;|]?\s*"
    r"(;?\s*(editing|additional reporting) by\b.*)?$"
    r"|^\s*(staff writer|staff reporter|correspondent|contributor)\s*$"
    r"|^\s*(reporting|editing|additional reporting) by\b.{0,120}$",
    re.I,
)
_PROMPT = re.compile(
    r"^\s*(advertisement|sponsored( content)?|read more|read the rest( of (it|this|the story))?"
    r"( here)?|continue reading|click here|share( this( article| story)?| on \w+)?|"
    r"follow us|sign up|subscribe|related( articles| stories| coverage)?|recommended|"
    r"most read|more from|watch( now)?|listen( now)?|skip to( main)? content|back to top|"
    r"comments?|tags?|topics?|filed under|print( this)?|email( this)?|"
    r"you (may|might) also like|loading|see also|more on this story|"
    r"(story|article) continues below)\b.{0,100}$",
    re.I,
)
_NOTICE = re.compile(
    r"^\s*(practice article|editor'?’?s note|note to readers|disclaimer|correction)\b"
    r"|\b(is|are) (entirely )?fictional\b|\bwritten for (quizapp|practice|training)\b",
    re.I,
)
_MONTH = (
    r"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|"
    r"oct(ober)?|nov(ember)?|dec(ember)?)\.?"
)
_DATE_TOKEN = re.compile(
    rf"^(\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|{_MONTH})$", re.I
)
_DATELINE = re.compile(
    rf"^\s*((published|updated|posted|last updated|date)\s*:?\s*)?"
    rf"(\w+day,?\s+)?({_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|"
    rf"\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}})"
    rf"([\s,|-]+(at\s+)?\d{{1,2}}[:.]\d{{2}}\s*([ap]\.?m\.?)?\s*[A-Z]{{0,4}})?\s*$",
    re.I,
)
_SEPARATORS = re.compile(r"\s[|»›•·>/]\s|\s[|»›•·]$")


def classify_line(line: str) -> str | None:
    """The kind of boilerplate a line is on its own ("nav", "credit"...), or None.

    Lines that are boilerplate only in context (repeated captions, section labels) are
    found by ``split_lines``.
    """
    stripped = line.strip().lstrip("\ufeff")
    if not stripped:
        return None
    words = stripped.split()
    # Credits, licences and notices are short; a long sentence that mentions a photo or a
    # copyright is body text.
    sentence = _long_sentence(stripped)
    if _NOTICE.search(stripped) and len(words) <= 25:
        return "notice"
    if _LICENCE.search(stripped) and len(words) <= 40 and not sentence:
        return "licence"
    if _CREDIT.search(stripped) and len(words) <= 40 and not sentence:
        return "credit"
    if _URL.fullmatch(stripped) or (_URL.search(stripped) and len(words) <= 3):
        return "url"
    if _BYLINE.match(stripped) and len(words) <= 16:
        return "byline"
    if _PROMPT.match(stripped) and len(words) <= 16 and not sentence:
        return "prompt"
    if _DATELINE.match(stripped):
        return "date"
    if _is_nav(stripped, words):
        return "nav"
    return None


def _long_sentence(line: str) -> bool:
    # "Watch what happens when ..." is a sentence that happens to start with a prompt word.
    return len(line.split()) > 8 and bool(_SENTENCE_END.search(line))


def _is_nav(line: str, words: list[str]) -> bool:
    if _SENTENCE_END.search(line) or not 4 <= len(words) <= 30:
        return False
    if len(_SEPARATORS.findall(f" {line} ")) >= 2:
        return True
    bare = [w.strip(",;:()[]\"'“”") for w in words]
    if any(w.lower() in _FUNCTION_WORDS for w in bare):
        return False
    menu_like = sum(1 for w in bare if w[:1].isupper() or w[:1].isdigit() or _DATE_TOKEN.match(w))
    has_date = any(_DATE_TOKEN.match(w) for w in bare)
    # A menu is a run of capitalised single-word items; a headline without a single function
    # word is rarely six words long, and never carries a date.
    return menu_like >= 0.8 * len(bare) and (len(bare) >= 6 or has_date)


def _is_label(line: str) -> bool:
    words = line.split()
    return (
        1 <= len(words) <= 3
        and not _SENTENCE_END.search(line)
        and not line.rstrip().endswith((":", ",", ";"))
        and not any(ch.isdigit() for ch in line)
        and line.lstrip()[:1].isupper()
        and not line.strip().startswith(("“", '"', "‘", "'"))
    )


def split_lines(text: str) -> Layout:
    """Sort the lines of ``text`` into body, headline and boilerplate."""
    lines: list[Span] = []
    start = 0
    for match in re.finditer(r"\n", text):
        lines.append((start, match.start()))
        start = match.end()
    lines.append((start, len(text)))
    content = [_trim(text, s, e) for s, e in lines]
    kinds: list[str | None] = [classify_line(text[s:e]) if e > s else "blank" for s, e in content]

    # A short line seen more than once is a caption or a label repeated around a photo.
    short = Counter(
        text[s:e].strip()
        for (s, e), kind in zip(content, kinds, strict=True)
        if kind is None and len(text[s:e].split()) <= 14 and not _SENTENCE_END.search(text[s:e])
    )
    for i, (s, e) in enumerate(content):
        if kinds[i] is None and short.get(text[s:e].strip(), 0) > 1:
            kinds[i] = "caption"
    # A short line touching a credit line (no blank between) is that photo's caption.
    changed = True
    while changed:
        changed = False
        for i, (s, e) in enumerate(content):
            if kinds[i] is not None:
                continue
            near = [kinds[j] for j in (i - 1, i + 1) if 0 <= j < len(kinds)]
            if (
                any(k in ("credit", "caption", "licence") for k in near)
                and len(text[s:e].split()) <= 25
            ):
                kinds[i] = "caption"
                changed = True

    # The headline is the first remaining line of headline length; short lines before it
    # and short unpunctuated lines after it are section labels.
    headline: Span | None = None
    for i, (s, e) in enumerate(content):
        if kinds[i] is not None:
            continue
        if 4 <= len(text[s:e].split()) <= 30:
            headline = (s, e)
            kinds[i] = "headline"
        if not _is_label(text[s:e]):
            break  # a sentence-long first line: the article has no headline line
    for i, (s, e) in enumerate(content):
        if kinds[i] is None and _is_label(text[s:e]):
            kinds[i] = "label"

    body: list[Span] = []
    dropped: list[tuple[Span, str]] = []
    for span, kind in zip(content, kinds, strict=True):
        if kind in (None, "headline"):
            if body and not text[body[-1][1] : span[0]].strip():
                body[-1] = (body[-1][0], span[1])  # join paragraphs split only by blank lines
            else:
                body.append(span)
        elif kind != "blank":
            dropped.append((span, kind))
    return Layout(body=body, headline=headline, dropped=dropped)


def _trim(text: str, start: int, end: int) -> Span:
    # Any Unicode space (no-break spaces included) and a BOM are not part of a line's content.
    while start < end and (text[start].isspace() or text[start] == "\ufeff"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
