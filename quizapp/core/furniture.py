"""Page furniture: the lines of a pasted or extracted article that are not its body.

A copy from a browser brings menus, bylines, datelines, photo captions and credits,
subheads, related links, embedded social posts, newsletter prompts and licence lines along
with the article. ``split_lines`` sorts every line of the text into body, headline or one
kind of furniture, without changing the text: furniture is only left outside the body
spans, so every offset the analyser reports still points into the text as given.

The rules are about the shape of a line (a credit's "Name / Agency", a line without a
sentence's final punctuation between paragraphs, a "— Name (@handle) date" post credit, a
line repeated elsewhere as a pull quote), never about the words of a particular outlet or
article. No NLP model is used: reading must stay cheap and must not import spaCy.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from quizapp.core.lexicon import FUNCTION_WORDS

Span = tuple[int, int]


@dataclass
class Layout:
    """What ``split_lines`` found: body spans, the headline span, and why lines were dropped."""

    body: list[Span]
    headline: Span | None
    dropped: list[tuple[Span, str]]  # (line span, kind) for every boilerplate line


_SENTENCE_END = re.compile(r"""[.!?…]\s?["'”’“‘)\]]*\s*$""")
# A quotation signed with a dash: "We will rebuild." ― Jane Roe
_SIGNED_QUOTE = re.compile(r"""[.!?…]["”’]\s*[―—–-]{1,2}\s*[A-Z][\w.'’-]*(\s+[\w.'’-]+){0,4}\s*$""")
_URL = re.compile(r"(https?://|www\.)\S+", re.I)
# An e-mail address or a bare "site.com/path" link standing alone on a line.
_BARE_LINK = re.compile(r"^(\S+@[\w-]+(\.[\w-]+)+|[\w-]+(\.[\w-]+)*\.[a-z]{2,6}/\S*)$", re.I)
_LICENCE = re.compile(
    r"creativecommons\.org|\bCC[- ]BY\b|\blicen[cs]ed under\b|\ball rights reserved\b"
    r"|(©|\(c\)|\bcopyright)\s*(\d{4}|[A-Z])",
    re.I,
)
_CREDIT = re.compile(
    r"^\s*[(\[]?(photo(graph)?s?|image|picture|pic|video|illustration|graphic|caption|credit|"
    r"source|file photo)\s*(credit)?\s*[:|/-]"
    r"|\((photo|image|picture)s?\s*(by|:|credit)"
    r"|\b(photo|image|picture)s?\s+(by|courtesy of)\b"
    r"|\b(getty images|ap photo|afp photo|shutterstock|istock|via getty|submitted photo)\b",
    re.I,
)
# A caption that says it is one: "Image caption ...", "This graphic shows ...".
_CAPTION = re.compile(
    r"^\s*(image|photo|video|media) (caption|copyright)\b|^\s*file (photo|image)\s*[:-]"
    r"|^\s*(this|the above) (graphic|chart|map|infographic|photo(graph)?|image|picture|video)"
    r"\b.{0,40}\b(shows?|depicts?|illustrates?)\b",
    re.I,
)
# "Jane Roe / Agency" or "AGENCY / Jane Roe" closing a caption: a credit by its slash.
_SLASH_CREDIT = re.compile(
    r"(^|[.)]\s+|\s)[A-Z][\w'’.-]*(\s+[A-Z][\w'’.-]*){0,3}\s*/\s*[A-Z][\w'’.&-]*"
    r"(\s+[A-Z][\w'’.&-]*){0,3}\s*[)\]]?\s*$"
)
_NAME = r"[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){0,3}"
_BYLINE = re.compile(
    rf"^\s*\(?(by|written by|words by|reporting by|text by|story by|"
    rf"(analysis|opinion|commentary|column|review|interview) by)\s+{_NAME}"
    rf"(\s*(,|and|&)\s*{_NAME})*\s*[.;|]?\s*"
    r"(;?\s*(editing|additional reporting|writing) by\b.*)?"
    r"(\s*[-–—|,]\s*(staff|senior|chief|special)?\s*(writer|reporter|correspondent|editor)\b.*)?$"
    r"|^\s*(staff writer|staff reporter|correspondent|contributor)\s*$"
    r"|^\s*\(?(reporting|editing|additional reporting|writing|compiled) by\b.{0,120}$",
    re.I,
)
# Case matters here: names are capitalised ("Jane Roe contributed reporting from Oslo.",
# "Jane Roe @janeroe", "Jane Roe jane.roe@example.com").
_CREDIT_NAME = r"[A-Z][\w.'’-]*(\s+(de|van|von|da|[A-Z][\w.'’-]*)){0,3}"
_CONTRIBUTOR = re.compile(
    rf"^\s*{_CREDIT_NAME}((,|,? and)\s+{_CREDIT_NAME})*\s+contributed\s+"
    r"(reporting|research|additional reporting|to (this|the) (report|story|article))\b"
    rf"|^\s*{_CREDIT_NAME}\s+(@\w+|\S+@[\w-]+(\.[\w-]+)+)\s*$"
)
_PROMPT = re.compile(
    r"^\s*[\[(]?\s*(advertisement|sponsored( content)?|read more|read the rest( of (it|this|the "
    r"story))?( here)?|continue reading|click here|share( this( article| story)?| on \w+)?|"
    r"follow us|sign up|subscribe|related( articles| stories| coverage| topics)?|recommended|"
    r"most read|more from|watch( now)?|listen( now)?|skip to( main)? content|back to top|"
    r"comments?|tags?|topics?|filed under|print( this)?|email( this)?|"
    r"you (may|might) also like|loading|see also|more on this story|also on \S+|"
    r"like this (story|article)|(story|article) continues below)\b.{0,100}$"
    r"|^\s*here('s| is| are)\b.{0,80}:\s*$",
    re.I,
)
# A newsletter or subscription prompt: a short imperative about an inbox or a subscription.
_NEWSLETTER = re.compile(
    r"^\s*(get|sign up|subscribe|join|receive|enter|want|don'?t miss|never miss|stay|be the "
    r"first|let|try)\b.{0,160}\b(newsletters?|inbox|subscri(be|ption|ptions|bers?)|e-?mail alerts?)"
    r"\b",
    re.I,
)
_NOTICE = re.compile(
    r"^\s*(practice article|editor'?’?s note|note to readers|disclaimer|correction)\b"
    r"|\b(is|are) (entirely )?fictional\b|\bwritten for (quizapp|practice|training)\b"
    r"|^\s*(this|the) (article|story|report|piece) (has been|was|is|first) (adapted|"
    r"republished|reprinted|originally|first|published|appeared|syndicated)\b"
    r"|^\s*(originally|first) (published|appeared) (on|in|by|at)\b",
    re.I,
)
# A paragraph the outlet labels as a note about the article, not part of it.
_NOTE_LABEL = re.compile(r"^\s*(disclaimer|editor'?’?s note|note to readers|disclosure)\s*:", re.I)
# Related-link lines tag their items: "[VIDEO]", "[INSIGHT]", "[PICTURES]".
_LINK_TAG = re.compile(r"\[[A-Z][A-Z ]{2,15}\]")
_MONTH = (
    r"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|"
    r"oct(ober)?|nov(ember)?|dec(ember)?)\.?"
)
_DATE_TOKEN = re.compile(
    rf"^(\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|{_MONTH})$", re.I
)
_DAY = r"(\d{1,2}(st|nd|rd|th)?)"
_DATELINE = re.compile(
    rf"^\s*((published|updated|posted|last updated|first published|date|on)\s*:?\s*)?"
    rf"((\w+day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+)?"
    rf"({_MONTH}\s+{_DAY},?\s+\d{{4}}|{_DAY}\s+{_MONTH},?\s+\d{{4}}|"
    rf"\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}})"
    rf"([\s,|-]+(at\s+)?\d{{1,2}}[:.]?\d{{2}}\s*([ap]\.?m\.?)?\s*[A-Z]{{0,4}}"
    rf"(\s*\(\d{{1,4}}[:.]?\d{{0,2}}\s*[A-Z]{{0,4}}\))?)?\s*$",
    re.I,
)
_SEPARATORS = re.compile(r"\s[|»›•·>/]\s|\s[|»›•·]$")
# "— Jane Roe (@janeroe) March 2, 2026" under an embedded post; "A post shared by ...".
_SOCIAL_CREDIT = re.compile(
    r"^\s*[—–-]{1,2}\s*[^()\n]{1,80}\(@\w{1,30}\)\s*(\S+\s*){0,6}$"
    r"|^\s*[A-Z][^()\n]{0,60}\(@\w{1,30}\)[\s,]*(\w+\.?\s+\d{1,2},?\s+\d{4}|[\d/.-]{6,10})?\s*$"
    r"|^\s*a post shared by\b.{0,120}$"
    r"|\bpic\.twitter\.com/\w+",
    re.I,
)
_BULLET = re.compile(r"^\s*[-–•*·]\s+")
_QUOTE_ONLY = re.compile(r"""^\s*["“‘'][^"“”]{2,200}["”’']\s*$""")


def classify_line(line: str) -> str | None:
    """The kind of boilerplate a line is on its own ("nav", "credit"...), or None.

    Lines that are boilerplate only in context (repeated captions, section labels,
    subheads, pull quotes, the text of an embedded post) are found by ``split_lines``.
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
    if _NOTE_LABEL.match(stripped) and len(words) <= 80:
        return "notice"
    if _SOCIAL_CREDIT.search(stripped) and len(words) <= 60:
        return "social"
    if _LICENCE.search(stripped) and len(words) <= 40 and not sentence:
        return "licence"
    if _CREDIT.search(stripped) and len(words) <= 40 and not sentence:
        return "credit"
    if _CAPTION.search(stripped) and len(words) <= 40:
        return "caption"
    if _SLASH_CREDIT.search(stripped) and len(words) <= 40:
        return "credit"
    if _URL.fullmatch(stripped) or (_URL.search(stripped) and len(words) <= 3):
        return "url"
    if _BARE_LINK.match(stripped):
        return "url"
    if (_BYLINE.match(stripped) or _CONTRIBUTOR.match(stripped)) and len(words) <= 16:
        return "byline"
    if _PROMPT.match(stripped) and len(words) <= 16 and not sentence:
        return "prompt"
    first = re.split(r"(?<=[.!?])\s", stripped, maxsplit=1)[0]
    if _NEWSLETTER.match(first) and len(first.split()) <= 30 and len(words) <= 100:
        return "prompt"  # an offer that opens a paragraph of small print
    if _LINK_TAG.search(stripped) and len(words) <= 60:
        return "related"
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
    if any(w.lower() in FUNCTION_WORDS for w in bare):
        return False
    if len(bare) <= 12 and any(re.search(r"\w['’]s$", w) for w in bare):
        return False  # "Trump’s Made-for-TV Trade War Keeps ...": a headline; menus own nothing
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


# --------------------------------------------------------------------------- layout


def split_lines(
    text: str, known: Sequence[tuple[Span, str]] = (), guess_headline: bool = True
) -> Layout:
    """Sort the lines of ``text`` into body, headline and furniture.

    ``known`` gives kinds already known from the page's markup (a heading is "subhead", the
    page's title "headline"); a line inside such a span takes that kind. Without a known
    headline, ``guess_headline`` takes the first line of headline length as the headline.
    """
    content = _line_spans(text)
    kinds: list[str | None] = []
    for s, e in content:
        kind = next((k for (ks, ke), k in known if ks <= s and e <= ke), None)
        kinds.append("blank" if e <= s else kind or classify_line(text[s:e]))
    lines = [text[s:e] for s, e in content]
    _mark_social_posts(lines, kinds)
    _mark_captions(lines, kinds)
    headline = next((content[i] for i, k in enumerate(kinds) if k == "headline"), None)
    if headline is None and guess_headline:
        headline = _guess_headline(lines, content, kinds)
    for i, line in enumerate(lines):
        if kinds[i] is None and _is_label(line):
            kinds[i] = "label"
    _mark_subheads(lines, kinds)
    _mark_trailing_lists(lines, kinds)
    _mark_pull_quotes(lines, kinds)
    return _assemble(text, content, kinds, headline)


def _line_spans(text: str) -> list[Span]:
    spans: list[Span] = []
    start = 0
    for match in re.finditer(r"\n", text):
        spans.append(_trim(text, start, match.start()))
        start = match.end()
    spans.append(_trim(text, start, len(text)))
    return spans


def _mark_social_posts(lines: list[str], kinds: list[str | None]) -> None:
    """The text of an embedded post: the lines just above its "— Name (@handle)" credit."""
    for i, kind in enumerate(kinds):
        if kind != "social" or not _SOCIAL_CREDIT.match(lines[i]):
            continue
        j = i - 1
        if j >= 0 and kinds[j] == "blank":
            j -= 1  # the post's text may stand one blank line above its credit
            if j >= 0 and kinds[j] is None and len(lines[j].split()) <= 70:
                kinds[j] = "social"
            continue
        while j >= 0 and kinds[j] is None:  # the post's lines run up to the blank before it
            kinds[j] = "social"
            j -= 1


def _mark_captions(lines: list[str], kinds: list[str | None]) -> None:
    # A short line seen more than once is a caption or a label repeated around a photo.
    short = Counter(
        line.strip()
        for line, kind in zip(lines, kinds, strict=True)
        if kind is None and len(line.split()) <= 14 and not _SENTENCE_END.search(line)
    )
    for i, line in enumerate(lines):
        if kinds[i] is None and short.get(line.strip(), 0) > 1:
            kinds[i] = "caption"
    # A short line touching a credit line (no blank between) is that photo's caption.
    changed = True
    while changed:
        changed = False
        for i, line in enumerate(lines):
            if kinds[i] is not None:
                continue
            near = [kinds[j] for j in (i - 1, i + 1) if 0 <= j < len(kinds)]
            if any(k in ("credit", "caption", "licence") for k in near) and len(line.split()) <= 25:
                kinds[i] = "caption"
                changed = True


def _guess_headline(lines: list[str], content: list[Span], kinds: list[str | None]) -> Span | None:
    # The headline is the first remaining line of headline length; short lines before it
    # are section labels.
    for i, line in enumerate(lines):
        if kinds[i] is not None:
            continue
        if 4 <= len(line.split()) <= 30:
            after = lines[i + 1] if i + 1 < len(lines) else ""
            if after[:1].islower():
                return None  # the first line of hard-wrapped text runs on into the next
            kinds[i] = "headline"
            return content[i]
        if not _is_label(line):
            return None  # a sentence-long first line: the article has no headline line
    return None


def _reads_as_prose(lines: list[str], kinds: list[str | None]) -> bool:
    """Most long lines end a sentence: paragraphs one per line, not hard-wrapped text."""
    long = [line for line, kind in zip(lines, kinds, strict=True) if kind is None]
    long = [line for line in long if len(line.split()) >= 8]
    ended = sum(1 for line in long if _SENTENCE_END.search(line) or line.rstrip().endswith(":"))
    return bool(long) and ended >= 0.6 * len(long)


def _mark_subheads(lines: list[str], kinds: list[str | None]) -> None:
    """Short lines between paragraphs that end no sentence: subheads, related links, credits.

    In text where paragraphs end with a full stop, a line of up to 25 words without one is
    a subhead, a related-article link or a caption's credit ("Industry analyst Jane Roe"),
    never a paragraph; left in, it is glued to the next sentence. A list item is kept unless
    it is a bare quotation (a quote used as a subhead) or runs on for more than 25 words
    without one full stop (link titles and teasers run together).
    """
    if not _reads_as_prose(lines, kinds):
        return
    for i, line in enumerate(lines):
        if kinds[i] is not None or _SENTENCE_END.search(line) or _SIGNED_QUOTE.search(line):
            continue
        if line.rstrip().endswith((":", ",", ";", "-", "—", "–")):
            continue
        n_words = len(line.split())
        item = _BULLET.match(line)
        if item and n_words > 25 and not re.search(r"[.!?]\s", line):
            kinds[i] = "related"
        elif n_words > 25 or (item and not _QUOTE_ONLY.match(line[item.end() :])):
            continue
        else:
            kinds[i] = "subhead"


def _mark_trailing_lists(lines: list[str], kinds: list[str | None]) -> None:
    """List items after the article's last paragraph and the furniture that closes it are a
    page's link lists ("more stories"), not the article: a list that ends the article
    directly after its last paragraph stays."""
    prose = [i for i, k in enumerate(kinds) if k is None and not _BULLET.match(lines[i])]
    if not prose:
        return
    furniture_seen = False
    for i in range(prose[-1] + 1, len(lines)):
        if kinds[i] not in (None, "blank"):
            furniture_seen = True
        elif kinds[i] is None and furniture_seen:
            kinds[i] = "related"


def _words_key(line: str) -> list[str]:
    return re.findall(r"\w+", line.lower())


def _mark_pull_quotes(lines: list[str], kinds: list[str | None]) -> None:
    """A line repeated inside another body line: a pull quote or a standfirst.

    A pull quote repeats a speaker's words in large type; left in, it reads as a second
    statement (and its credit line as a second source). The shorter copy is dropped; of two
    equal copies, the later one.
    """
    n = 6  # a shingle of six words: long enough to be distinctive
    shingles: dict[tuple[str, ...], set[int]] = defaultdict(set)
    keys: dict[int, list[str]] = {}
    for i, line in enumerate(lines):
        if kinds[i] is None:
            keys[i] = _words_key(line)
            for k in range(len(keys[i]) - n + 1):
                shingles[tuple(keys[i][k : k + n])].add(i)
    for i, words in keys.items():
        if len(words) < n or len(words) > 80:
            continue
        holders: set[int] | None = None
        for k in range(len(words) - n + 1):
            found = shingles[tuple(words[k : k + n])] - {i}
            holders = found if holders is None else holders & found
            if not holders:
                break
        if not holders:
            continue
        longer = [j for j in holders if len(keys[j]) > len(words) or j < i]
        if longer and all(kinds[j] is None for j in longer):
            kinds[i] = "pullquote"


def _assemble(
    text: str, content: list[Span], kinds: list[str | None], headline: Span | None
) -> Layout:
    # The headline is the outlet's summary, kept as the title but never read as a claim;
    # a first line that ends with a full stop is read as the article's first sentence, and
    # a text that is one line only is read, whatever its shape.
    headline_in_body = headline is not None and (
        bool(re.search(r"\.[\"'”’)\]]*$", text[slice(*headline)])) or None not in kinds
    )
    body: list[Span] = []
    dropped: list[tuple[Span, str]] = []
    for span, kind in zip(content, kinds, strict=True):
        if kind is None or (kind == "headline" and headline_in_body):
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
