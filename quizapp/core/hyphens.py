"""Compounds split where a line broke: "short- term" in a page whose source wrapped inside
the word, "self-\nfulfilling" in a text file. The analyser reads a text file as it is (its
offsets are the file's); a saved page's text is mended as article.py builds it, and what a
question shows a learner is mended as it is rendered (questions/base.py)."""

from __future__ import annotations

import re

SPLIT_HYPHEN = re.compile(
    r"(?<=\w)-(?:[ \t]*\n[ \t]*|[ \t]+)"
    r"(?!(?:and|or|nor|to|through|than|versus|vs|&)\b)(?=\w)"
)
"""A word's hyphen with a space or a line break after it ("short- term", "self-\nfulfilling"):
a compound split where a line broke, in the page or in the file. Not a hyphen left hanging
before "and", "or" or "to" ("short- and long-term loans", "18- to 24-year-olds")."""


def mend_hyphens(text: str) -> str:
    """The text with each compound split at a line break joined again: "short-term"."""
    return SPLIT_HYPHEN.sub("-", text)
