"""A source's name as the article writes it: with its own capital "The" ("seen by The Real
Deal"), the "the" a body's name of several words takes at every mention ("the Arab League")
or its owner outlet ("The Washington Post's Fact Checker"), which the analyser's name
drops. "Real Deal" is no outlet's name, and "Fact Checker" could be anyone's."""

from __future__ import annotations

import re

# An outlet's word: the owner a column or desk is named by ("The Washington Post's").
_OUTLET_WORD = re.compile(
    r"\b(?:Times|Post|Journal|Guardian|Economist|Atlantic|Telegraph|Globe|Herald|Tribune|"
    r"Gazette|Chronicle|Observer|News|Daily|Reuters|Press|CNN|BBC|NBC|CBS|ABC|NPR|Bloomberg)\b"
)
_OWNER = re.compile(r"((?:[Tt]he\s+)?(?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*['\u2019]s\s+)$")
# A capital "The" inside a sentence (after a small letter, a comma or a colon) is the name's.
_OWN_THE = re.compile(r"(?<=[a-z,;:] )The\s+$")


def written_name(name: str, text: str) -> str:
    """``name`` with what the article writes before it at every mention inside a sentence:
    an outlet owner's possessive or a capital "The"; ``name`` itself when the mentions
    disagree, or when there is none."""
    if not text or not name.strip() or re.match(r"(?:the|a|an)\s", name, re.I):
        return name
    prefixes = set()
    opens = False  # a mention opening a sentence with "The"
    for m in re.finditer(rf"(?<![\w'\u2019-]){re.escape(name)}(?![\w-])", text):
        before = text[max(0, m.start() - 80) : m.start()]
        owner = _OWNER.search(before)
        if owner and _OUTLET_WORD.search(owner.group(1)):
            prefixes.add(" ".join(owner.group(1).split()) + " ")
        elif _OWN_THE.search(before):
            prefixes.add("The ")
        elif len(name.split()) > 1 and re.search(r"(?<![\w-])the\s+$", before):
            prefixes.add("the ")  # "the Arab League": a body's name that takes "the"
        elif re.search(r"(?:^|[.!?\"\u201d]\s+|\n)The\s+$", before):
            opens = True
            continue  # "The" opening a sentence may be anyone's
        else:
            prefixes.add("")
    if not prefixes and opens and _head_takes_the(name, text):
        return "the " + name
    return prefixes.pop() + name if len(prefixes) == 1 else name


def _head_takes_the(name: str, text: str) -> bool:
    """Whether a name of several words met only after a sentence's "The" ("The Afghan
    Taliban claimed ...") takes "the": the article writes its last word after a small
    "the" inside a sentence ("a day after the Taliban swapped ...")."""
    parts = name.split()
    if len(parts) < 2 or not parts[-1][:1].isupper():
        return False
    return bool(re.search(rf"(?<![\w-])the\s+{re.escape(parts[-1])}(?![\w'\u2019-])", text))
