"""Read an article file (plain text or HTML) into an ``Article`` with its body spans.

Plain text is kept exactly as the file's content, so every span the analyser reports can
be checked against the file itself. Page furniture (navigation, bylines, datelines,
captions and credits, subheads, related links, embedded posts, prompts, licence lines) is
not cut out of the text: ``quizapp.core.furniture`` leaves it outside ``Article.body`` so
that offsets never shift. The headline is kept as the title and left out of the body: it
is the outlet's summary, not a statement to analyse.

A saved page (.html) goes through trafilatura; its headings are subheads, its metadata
gives the title, outlet, URL and date.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from pathlib import Path

from quizapp.core.claims import Article, Span
from quizapp.core.furniture import Layout, classify_line, split_lines
from quizapp.core.hyphens import mend_hyphens

__all__ = [
    "MAX_BYTES",
    "MAX_HTML_BYTES",
    "MAX_WORDS",
    "Article",
    "ArticleEncodingWarning",
    "ArticleError",
    "Layout",
    "article_from_text",
    "classify_line",
    "read_article",
    "split_lines",
]

MAX_BYTES = 1_000_000
"""Largest accepted article text (1 MB of UTF-8): a .txt file, or the text extracted from a
saved page. Far above any news article, small enough to parse quickly."""
MAX_HTML_BYTES = 8_000_000
"""Largest accepted saved page (8 MB of HTML). A page carries scripts, styles, inline images
and menus around its text (a 1,200-word news page can weigh 1.5 MB); only its extracted text
is held to ``MAX_BYTES``."""
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
    large input (``MAX_HTML_BYTES`` for a page, ``MAX_BYTES`` for text, ``MAX_WORDS``).
    """
    if isinstance(source, bytes):
        raw, label = source, name or "<input>"
    else:
        path = Path(source)
        label = name or str(source)
        raw = _read_bytes(path, label)
    _check_size(len(raw), MAX_HTML_BYTES, label, "a saved page")
    if not raw.strip():
        raise ArticleError(f"{label}: the file is empty")
    text = _decode(raw, label)
    if _looks_html(label, text):
        article = _from_html(text, label)
    else:
        _check_size(len(raw), MAX_BYTES, label, "text")
        article = article_from_text(text, path=label)
    words = len(article.text.split())
    if words > MAX_WORDS:
        raise ArticleError(f"{label}: {words:,} words is over the {MAX_WORDS:,}-word limit")
    if not article.body:
        raise ArticleError(f"{label}: no article text found (only boilerplate)")
    return article


def article_from_text(
    text: str,
    path: str = "",
    title: str = "",
    outlet: str = "",
    url: str = "",
    date: str = "",
    *,
    known: Sequence[tuple[Span, str]] = (),
    guess_headline: bool = True,
) -> Article:
    """Build an Article from text already decoded: find the headline and the body spans.

    ``known`` and ``guess_headline`` are ``split_lines``'s: kinds of lines known from a
    page's markup, and whether the first line of headline length is taken as the headline.
    """
    layout = split_lines(text, known=known, guess_headline=guess_headline)
    headline = title
    if not headline and layout.headline is not None:
        headline, site = _site_suffix(text[slice(*layout.headline)])
        outlet = outlet or site
    if not outlet and layout.body:
        outlet = _wire_credit(text[slice(*layout.body[0])])
    return Article(
        text=text,
        title=headline.strip(),
        outlet=outlet,
        url=url,
        date=date,
        path=path,
        body=layout.body,
    )


# A page title copied with its site's name: "Bridge to close | The Riverton Ledger",
# "Bridge to close - ledger.example".
_SITE_SUFFIX = re.compile(
    r"^(?P<title>.{12,}?)\s+(\|\s+(?P<name>[A-Z][\w.&'’ -]{1,40})"
    r"|[-–—]\s+(?P<domain>[\w-]+(\.[\w-]+)*\.(com|org|net|info|news|co\.uk|[a-z]{2})))\s*$"
)
# A wire or outlet credit opening the first paragraph: "OSLO (Nordic Wire) —", "(CNN)".
_WIRE_CREDIT = re.compile(
    r"^[A-Z][A-Z .,'’-]{0,40}?\s*\(([A-Z][\w&.]*(\s[A-Z][\w&.]*){0,2})\)\s*[-–—:]?"
)


def _site_suffix(headline: str) -> tuple[str, str]:
    """The headline without a site name appended to it, and that name ("" if none)."""
    match = _SITE_SUFFIX.match(headline.strip())
    if match is None or len((match.group("name") or "").split()) > 4:
        return headline, ""
    return match.group("title"), (match.group("name") or match.group("domain")).strip()


def _wire_credit(paragraph: str) -> str:
    match = _WIRE_CREDIT.match(paragraph) or re.match(r"^\(([A-Z][\w&.]*)\)", paragraph)
    return match.group(1) if match else ""


def _check_size(size: int, limit: int, label: str, what: str) -> None:
    if size > limit:
        raise ArticleError(f"{label}: {size:,} bytes is over the {limit:,}-byte limit for {what}")


def _read_bytes(path: Path, label: str) -> bytes:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ArticleError(f"{label}: no such file") from None
    except OSError as exc:
        raise ArticleError(f"{label}: cannot read ({exc.strerror})") from None
    if path.is_dir():
        raise ArticleError(f"{label}: is a directory, not an article file")
    _check_size(size, MAX_HTML_BYTES, label, "a saved page")
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
    if found is None:
        raise ArticleError(f"{label}: no article text found in the HTML")
    title = " ".join((found.title or "").split())
    blocks = _blocks(found.body) if found.body is not None else []
    blocks = _with_standfirst(blocks, html, found.description or "")
    if not blocks:  # no structure: trafilatura's plain text, one block per line
        blocks = [([line], None) for line in (found.text or "").splitlines() if line.strip()]
    text, known = _page_text(blocks, title)
    if not text.strip():
        raise ArticleError(f"{label}: no article text found in the HTML")
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise ArticleError(
            f"{label}: the article text found in the page is {len(text.encode('utf-8')):,} "
            f"bytes, over the {MAX_BYTES:,}-byte limit"
        )
    url = (found.url or "").strip()
    outlet = (found.sitename or "").strip() or _host(url)
    return article_from_text(
        text,
        path=label,
        title=title,
        outlet=outlet,
        url=url,
        date=(found.date or "").strip(),
        known=known,
        guess_headline=False,
    )


Block = tuple[list[str], "str | None"]  # the block's lines and its known kind, if any


def _blocks(body) -> list[Block]:
    """The page's main text as blocks of lines, with headings marked as subheads."""
    blocks: list[Block] = [([_line(body.text or "")], None)]
    for child in body:
        if child.tag in ("graphic", "table"):
            pass
        elif child.tag == "head":
            blocks.append(([_line(_flat(child))], "subhead"))
        elif child.tag == "list":
            items = [_line(_flat(item)) for item in child.iter("item")]
            blocks.append(([f"- {item}" for item in items if item], None))
        else:
            lines = [_line(line) for line in _flat(child).split("\n")]
            blocks.append(([line for line in lines if line], None))
        blocks.append(([_line(child.tail or "")], None))  # text between blocks
    blocks = [([line for line in lines if line], kind) for lines, kind in blocks]
    return [(lines, kind) for lines, kind in blocks if lines]


def _with_standfirst(blocks: list[Block], html: str, description: str) -> list[Block]:
    """The blocks with the page's standfirst put back before the paragraph it leads into,
    where the extractor dropped it as furniture: the page's description (its meta summary)
    that is the whole text of an element whose next element holds the start of the article
    text ("<div class=summary>Three people have died ...</div><div class=text><p>In
    addition to the three fatalities ..."). A dek in the page's header, apart from the
    article text, stays out: it is a second headline, not the lede."""
    summary = " ".join(description.split())
    if not summary or not blocks or summary in " ".join(" ".join(b[0]) for b in blocks):
        return blocks
    import lxml.html  # with trafilatura, which needs it

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return blocks
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("head", "meta", "title"):
            continue
        if " ".join("".join(element.itertext()).split()) != summary:
            continue
        after = element.getnext()
        while after is not None and not isinstance(after.tag, str):
            after = after.getnext()  # a comment between the two
        following = " ".join("".join(after.itertext()).split()) if after is not None else ""
        for n, (lines, kind) in enumerate(blocks):
            start = " ".join(lines)[:STANDFIRST_MATCH]
            if kind is None and len(start) == STANDFIRST_MATCH and start in following:
                return [*blocks[:n], ([_line(summary)], None), *blocks[n:]]
    return blocks


STANDFIRST_MATCH = 50
"""Characters of a paragraph's start that place it in the element after a standfirst."""


def _line(text: str) -> str:
    """One line of the page's text: its spaces as one, and a compound the page's source
    split where its line broke joined ("short-\nterm" shows as "short- term"): here the
    text is built, and no offset in it is anyone's yet."""
    return " ".join(mend_hyphens(text).split())


def _flat(element) -> str:
    """An element's text, with a line break for each <lb/> and none for nested lists."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag != "list" or element.tag != "item":
            parts.append(_flat(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _page_text(blocks: list[Block], title: str) -> tuple[str, list[tuple[Span, str]]]:
    """One text, blocks apart by a blank line (a paragraph end the parser sees), and the
    spans of the blocks whose kind the markup gave (the title line is the headline)."""
    parts: list[str] = []
    known: list[tuple[Span, str]] = []
    pos = 0
    for lines, kind in blocks:
        block = "\n".join(lines)
        if block.casefold() == title.casefold() and not any(k == "headline" for _, k in known):
            kind = "headline"
        if kind:
            known.append(((pos, pos + len(block)), kind))
        parts.append(block)
        pos += len(block) + 2
    return "\n\n".join(parts), known


def _host(url: str) -> str:
    match = re.match(r"https?://(www\.)?([^/:]+)", url)
    return match.group(2) if match else ""
