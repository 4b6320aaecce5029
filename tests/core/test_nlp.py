"""spaCy stays out of the process until an analysis runs; Doc offsets are Article offsets."""

from __future__ import annotations

import subprocess
import sys

import pytest

from quizapp.core.article import article_from_text
from quizapp.core.nlp import blanked

TEXT = (
    "Home News Politics Economy World Sport Culture\n"
    "Council Votes to Close the Old Mill Bridge\n\n"
    "Photo: Jan Novak\n\n"
    "The city council voted on Tuesday to close the Old Mill bridge.\n"
    "Mayor Ana Ruiz said the work would take three months.\n"
)


@pytest.mark.parametrize(
    "module",
    ["quizapp.core.analysis", "quizapp.core.article", "quizapp.cli.analysis", "quizapp.cli"],
)
def test_importing_the_core_does_not_import_spacy(module):
    code = f"import sys, {module}; print('spacy' in sys.modules, 'flask' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    spacy_loaded, flask_loaded = out.stdout.split()
    assert spacy_loaded == "False"
    if module.startswith("quizapp.cli"):
        assert flask_loaded == "False"  # the analyze command starts without the web app


def test_blanked_keeps_length_and_line_breaks():
    article = article_from_text(TEXT)
    out = blanked(article)
    assert len(out) == len(TEXT)
    assert [i for i, c in enumerate(out) if c == "\n"] == [
        i for i, c in enumerate(TEXT) if c == "\n"
    ]
    assert "Politics" not in out and "Jan Novak" not in out
    for s, e in article.body:
        assert out[s:e] == TEXT[s:e]


@pytest.mark.slow
def test_parse_offsets_are_article_offsets(nlp):
    from quizapp.core.nlp import load_nlp, parse, parse_many

    assert load_nlp() is nlp  # loaded once per process
    article = article_from_text(TEXT)
    doc = parse(article)
    for token in doc:
        if not token.is_space:
            assert TEXT[token.idx : token.idx + len(token.text)] == token.text
    assert "Novak" not in {t.text for t in doc}
    for ent in doc.ents:
        assert TEXT[ent.start_char : ent.end_char] == ent.text
    second = article_from_text("Officials said the bridge would reopen in June.\n")
    docs = list(parse_many([article, second]))
    assert [d.text for d in docs] == [blanked(article), blanked(second)]


@pytest.mark.slow
def test_a_paragraph_break_ends_a_sentence(nlp):
    from quizapp.core.nlp import parse

    text = (
        'He said the old name for the crossing was "the long bridge."\n\n'
        "Mayor Ana Ruiz told the council the work would take three months.\n"
    )
    doc = parse(article_from_text(text))
    second = text.index("Mayor")
    assert any(s.start_char == second for s in doc.sents)
