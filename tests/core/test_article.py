"""Reading articles: encodings, HTML, boilerplate kinds, bad input."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.core.article import (
    MAX_BYTES,
    MAX_HTML_BYTES,
    ArticleEncodingWarning,
    ArticleError,
    article_from_text,
    classify_line,
    read_article,
    split_lines,
)

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "questions" / "articles" / "kremlin-losses-2026-01-28.txt"

BODY = (
    "The city council voted on Tuesday to close the old bridge for repairs.\n\n"
    "Mayor Ana Ruiz said the work would take three months.\n"
)


def body_text(article) -> str:
    return " ".join(article.text[s:e] for s, e in article.body)


# --------------------------------------------------------------------------- text files


def test_utf8_text_is_kept_exactly(tmp_path):
    raw = "Bridge Closed for Repairs in Riverton\r\n\r\nÉlise Bonnet said “no”.\r\n"
    path = tmp_path / "a.txt"
    path.write_bytes(raw.encode("utf-8"))
    article = read_article(path)
    assert article.text == raw
    assert article.path == str(path)
    assert article.title == "Bridge Closed for Repairs in Riverton"


def test_bom_is_kept_in_text_but_not_in_body_or_title(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ("Bridge Closed for Repairs Today\n\n" + BODY).encode())
    article = read_article(path)
    assert article.text.startswith("\ufeff")
    assert article.title == "Bridge Closed for Repairs Today"
    assert all(article.text[s] != "\ufeff" for s, _ in article.body)


def test_cp1252_falls_back_with_a_warning():
    raw = "Council Votes on Bridge Repairs Today\n\nThe mayor said \x93soon\x94.\n".encode(
        "latin-1"
    )
    with pytest.warns(ArticleEncodingWarning, match="cp1252"):
        article = read_article(raw, name="old.txt")
    assert "“soon”" in article.text


def test_latin1_is_the_last_fallback():
    raw = b"Council Votes on Bridge Repairs Today\n\nA byte cp1252 lacks: \x81 here.\n"
    with pytest.warns(ArticleEncodingWarning, match="latin-1"):
        article = read_article(raw, name="odd.txt")
    assert "\x81" in article.text


def test_utf16_with_bom_is_read_without_warning():
    raw = ("Council Votes on Bridge Repairs Today\n\n" + BODY).encode("utf-16")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        article = read_article(raw, name="wide.txt")
    assert article.title == "Council Votes on Bridge Repairs Today"


# --------------------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Riverton Bridge to Close for Repairs | The Riverton Ledger</title>
<meta property="og:site_name" content="The Riverton Ledger">
<meta property="og:title" content="Riverton Bridge to Close for Repairs">
<meta property="og:url" content="https://ledger.example/news/bridge-repairs">
<meta property="article:published_time" content="2026-03-02">
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a>
<a href="/opinion">Opinion</a></nav></header>
<main><article>
<h1>Riverton Bridge to Close for Repairs</h1>
<p>The city council voted on Tuesday to close the Old Mill bridge for three months of
repairs, after inspectors found cracks in two of its supports.</p>
<p>Mayor Ana Ruiz said the work would start in April and that a free shuttle bus would
carry pedestrians across the river while the bridge is closed.</p>
<p>An engineering report commissioned by the council estimated the cost of the repairs at
2.4 million dollars, and councillors approved the spending by seven votes to two.</p>
</article></main>
<footer><p>Subscribe to our newsletter</p><p>Copyright 2026 The Riverton Ledger</p></footer>
</body></html>
"""


def test_html_body_and_metadata_come_from_trafilatura(tmp_path):
    path = tmp_path / "bridge.html"
    path.write_text(PAGE, encoding="utf-8")
    article = read_article(path)
    assert article.title == "Riverton Bridge to Close for Repairs"
    assert article.outlet == "The Riverton Ledger"
    assert article.date == "2026-03-02"
    assert article.url == "https://ledger.example/news/bridge-repairs"
    assert "Mayor Ana Ruiz said the work would start in April" in body_text(article)
    assert "Subscribe" not in article.text
    assert "Opinion" not in article.text


FEATURE = """<!DOCTYPE html>
<html lang="en"><head><title>Ferries Return to the East Bank</title>
<meta property="og:title" content="Ferries Return to the East Bank">
<meta property="og:url" content="https://www.valleypress.example/2026/03/ferries">
<meta name="date" content="2026-03-04">
</head><body><main><article>
<h1>Ferries Return to the East Bank</h1>
<p>Ferries returned to the east bank of the river on Wednesday, a week after a storm tore
two of the landing stages from their moorings and left hundreds of commuters stranded.</p>
<h2>Crews worked through the night to repair the landing stages</h2>
<p>Lea Brandt, who runs the ferry company, said crews had worked through the night to
repair the landing stages and that the timetable would be back to normal by Friday.</p>
<p>The town's harbour office said the river was still higher than usual for the season
and asked passengers to allow extra time for boarding during the rest of the week.</p>
</article></main>
<script>var padding = "PADDING";</script>
</body></html>
"""


def test_a_compound_the_pages_source_splits_at_a_line_break_is_joined():
    page = FEATURE.replace("a week after a storm", "a short-\n   term fix after a storm")
    article = read_article(page.encode(), name="ferries.html")
    assert "a short-term fix after a storm" in body_text(article)


def test_a_hyphen_left_hanging_before_and_stays_in_a_page():
    page = FEATURE.replace("a week after a storm", "short- and long-term work after a storm")
    article = read_article(page.encode(), name="ferries.html")
    assert "short- and long-term work after a storm" in body_text(article)


def test_html_headings_are_subheads_and_the_title_is_not_body():
    article = read_article(FEATURE.encode(), name="ferries.html")
    body = body_text(article)
    assert article.title == "Ferries Return to the East Bank"
    assert "Crews worked through the night to repair" not in body
    assert "East Bank" not in body
    assert "Lea Brandt, who runs the ferry company" in body
    # Blocks are paragraphs apart, as in pasted text.
    assert "moorings and left hundreds of commuters stranded.\n\n" in article.text


def test_html_outlet_falls_back_to_the_site_host():
    article = read_article(FEATURE.encode(), name="ferries.html")
    assert article.outlet == "valleypress.example"
    assert article.date == "2026-03-04"


def test_a_saved_page_may_weigh_more_than_its_text_limit():
    padded = FEATURE.replace("PADDING", "x" * (MAX_BYTES + 1000))
    article = read_article(padded.encode(), name="heavy.html")
    assert "Lea Brandt" in body_text(article)


def test_a_saved_page_over_the_page_limit(tmp_path):
    path = tmp_path / "huge.html"
    path.write_text(FEATURE.replace("PADDING", "x" * MAX_HTML_BYTES), encoding="utf-8")
    with pytest.raises(ArticleError, match="byte limit for a saved page"):
        read_article(path)


def test_text_extracted_from_a_page_is_held_to_the_text_limit():
    paragraph = "<p>Crossing {} left on time. " + "The ferry crossed the river again. " * 40
    count = MAX_BYTES // len(paragraph) + 50
    page = "<html><body><article>"
    page += "".join(paragraph.format(i) + "</p>\n" for i in range(count))
    page += "</article></body></html>"
    with pytest.raises(ArticleError, match="text found in the page is .* over the 1,000,000"):
        read_article(page.encode(), name="long.html")


def test_html_is_sniffed_without_a_suffix():
    article = read_article(PAGE.encode(), name="-")
    assert article.outlet == "The Riverton Ledger"


def test_html_without_text_is_an_error():
    with pytest.raises(ArticleError, match="no article text"):
        read_article(b"<html><body><nav><a href='/'>Home</a></nav></body></html>", name="x.html")


# --------------------------------------------------------------------------- boilerplate

BOILERPLATE = {
    "nav": "Home World Politics Business Science Sport Culture Opinion",
    "nav with date": "date 2025-11-03 News Economy Health Tech Travel",
    "nav separators": "Home | News | Local | Weather",
    "licence": "https://creativecommons.org/licenses/by-sa/4.0/",
    "credit": "Photo: Jan Novak / City Archive",
    "credit by": "Image by Maria Lopez, courtesy of the museum",
    "byline": "By Helen Park and Tom Ibsen",
    "advert": "Advertisement",
    "read more": "Read more: Ten bridges that changed their cities",
    "read the rest": "Read the rest here.",
    "share": "Share this article",
    "subscribe": "Sign up for our morning newsletter",
    "practice marker": (
        "Practice article written for quizapp; the people and bodies in it are fictional."
    ),
    "date line": "Updated March 2, 2026 10:45 AM ET",
}


@pytest.mark.parametrize("line", BOILERPLATE.values(), ids=BOILERPLATE.keys())
def test_each_boilerplate_line_is_recognised(line):
    assert classify_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Mayor Ana Ruiz said the work would take three months.",
        "Stealth Over Health: Clinton Was Headed to ER But Diverted to Avoid Bad Optics.",
        "Kremlin Dismisses US Think Tank Report on Russian Losses in Ukraine Conflict",
        "Poll: Wealthy Voters Abandon Republican Party for Clinton",
        "Read what the inspectors wrote in their report, which the council published in full.",
        "The photographer, who asked not to be named, said the crowd was peaceful.",
    ],
)
def test_sentences_and_headlines_are_not_boilerplate(line):
    assert classify_line(line) is None


def test_context_boilerplate_label_and_repeated_caption():
    text = (
        "Home News Politics Economy World Sport Culture\n"
        "Council Votes to Close the Old Mill Bridge\n\n"
        "Local\n\n"
        "The city council voted on Tuesday to close the Old Mill bridge.\n\n"
        "The Old Mill bridge at dusk\n"
        "Photo: Jan Novak\n"
        "The Old Mill bridge at dusk\n\n"
        "Mayor Ana Ruiz said the work would take three months.\n"
    )
    layout = split_lines(text)
    kinds = {text[s:e]: kind for (s, e), kind in layout.dropped}
    assert kinds["Local"] == "label"
    assert kinds["The Old Mill bridge at dusk"] == "caption"
    assert kinds["Photo: Jan Novak"] == "credit"
    assert text[slice(*layout.headline)] == "Council Votes to Close the Old Mill Bridge"
    article = article_from_text(text)
    assert "Mayor Ana Ruiz" in body_text(article)
    assert "dusk" not in body_text(article)
    assert "Politics" not in body_text(article)


def test_article_without_headline_line():
    article = article_from_text(
        "The city council voted on Tuesday to close the Old Mill bridge for three months "
        "of repairs after inspectors found cracks in two supports, officials said, adding "
        "that a shuttle bus would run in the meantime.\n"
    )
    assert article.title == ""
    assert len(article.body) == 1


def test_seed_boilerplate_is_outside_the_body():
    article = read_article(SEED)
    body = body_text(article)
    assert article.title.startswith("Kremlin Dismisses US Think Tank Report")
    for word in ("Svetlana", "creativecommons", "World Russia Society", "Photo:", "Incidents"):
        assert word not in body
    assert "Peskov was responding" in body
    assert "under the age of 40" in body


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([*BOILERPLATE.values(), BODY, "", "Short label"]), max_size=12))
def test_body_spans_are_ordered_inside_the_text(parts):
    text = "\n".join(parts)
    article = article_from_text(text)
    assert article.text == text
    last = 0
    for s, e in article.body:
        assert last <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        last = e


# --------------------------------------------------------------------------- bad input


def test_missing_file(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        read_article(tmp_path / "nope.txt")


def test_directory(tmp_path):
    with pytest.raises(ArticleError, match="directory"):
        read_article(tmp_path)


@pytest.mark.parametrize("raw", [b"", b"  \n\t\n"])
def test_empty(raw):
    with pytest.raises(ArticleError, match="empty"):
        read_article(raw, name="empty.txt")


@pytest.mark.parametrize("raw", [b"%PDF-1.7\n...", b"abc\x00\x01\x02def", bytes(range(1, 32)) * 20])
def test_binary(raw):
    with pytest.raises(ArticleError, match="binary"):
        read_article(raw, name="blob.txt")


def test_over_the_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * (MAX_BYTES // 5 + 1))
    with pytest.raises(ArticleError, match="byte limit for text"):
        read_article(path)


def test_over_the_word_limit():
    with pytest.raises(ArticleError, match="word limit"):
        read_article(b"a " * 200_001, name="many.txt")


def test_only_boilerplate():
    with pytest.raises(ArticleError, match="only boilerplate"):
        read_article(b"Advertisement\nRead more\n", name="ads.txt")


# --------------------------------------------------------------------------- outlet of pasted text


def test_a_site_name_after_the_headline_is_the_outlet():
    article = article_from_text(
        f"Riverton Bridge to Close for Repairs | The Valley Press\n\n{BODY}"
    )
    assert article.title == "Riverton Bridge to Close for Repairs"
    assert article.outlet == "The Valley Press"


def test_a_site_domain_after_the_headline_is_the_outlet():
    article = article_from_text(f"Riverton Bridge to Close for Repairs - valleypress.com\n\n{BODY}")
    assert article.outlet == "valleypress.com"


def test_a_headline_with_a_dash_keeps_its_words():
    article = article_from_text(f"Riverton Bridge - the Long Wait Is Over\n\n{BODY}")
    assert article.title == "Riverton Bridge - the Long Wait Is Over"
    assert article.outlet == ""


def test_a_wire_credit_opening_the_first_paragraph_is_the_outlet():
    text = f"Riverton Bridge to Close\n\nRIVERTON (Nordic Wire) — {BODY}"
    assert article_from_text(text).outlet == "Nordic Wire"


def test_a_given_outlet_wins_over_the_text():
    text = f"Riverton Bridge to Close | The Valley Press\n\n{BODY}"
    assert article_from_text(text, outlet="Ledger").outlet == "Ledger"


STANDFIRST = """<!DOCTYPE html>
<html lang="en"><head><title>Ferry Service Halted After Storm</title>
<meta name="description" content="Ferries across the river were halted on Monday after a
storm tore two landing stages from their moorings.">
</head><body><header><h1>Ferry Service Halted After Storm</h1></header>
<div class="summary">
  Ferries across the river were halted on Monday after a storm tore two landing stages
  from their moorings.
</div><div class="text"><p>In addition to the landing stages, the harbour office said three
boats had been damaged in the storm, and added that repairs would take at least a week.</p>
<p>Lea Brandt, who runs the ferry company, said crews had worked through the night to
secure the remaining boats and that passengers would be offered refunds.</p>
<p>The town council said it would meet on Thursday to discuss emergency funding for the
repairs and for a temporary bus service along the river road.</p></div>
</body></html>
"""


def test_a_standfirst_shown_before_the_article_text_is_its_lede():
    article = read_article(STANDFIRST.encode(), name="ferries.html")
    body = body_text(article)
    assert "Ferries across the river were halted on Monday" in body
    assert body.index("Ferries across") < body.index("In addition to the landing stages")


def test_a_dek_apart_from_the_article_text_stays_out():
    page = STANDFIRST.replace('<div class="summary">', '<div class="summary"><!-- -->').replace(
        '</div><div class="text">', '</div><aside>Related stories</aside><div class="text">'
    )
    article = read_article(page.encode(), name="ferries.html")
    assert "Ferries across the river were halted" not in body_text(article)
