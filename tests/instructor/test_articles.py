"""The highlighted article: however the claims' spans fall (overlapping, nested, touching,
in boilerplate), the page's text pieces put back together are the article text exactly,
so a selection's offsets always point at the right characters."""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.instructor.articles import _segments

TEXT = "Peskov said the report was wrong. CSIS estimated 1.2 million.\nPhoto: credit."
BODY_END = TEXT.index("\n")


def spans(length: int):
    return st.lists(
        st.tuples(st.integers(0, length), st.integers(0, length))
        .filter(lambda t: t[0] < t[1])
        .map(list),
        max_size=3,
    )


claim = st.builds(
    lambda s, c, t: SimpleNamespace(source_spans=s, cue_spans=c, content_spans=t),
    spans(len(TEXT)),
    spans(len(TEXT)),
    spans(len(TEXT)),
)


@settings(max_examples=200, deadline=None)
@given(claims=st.lists(claim, max_size=4))
def test_segments_rebuild_the_text_and_label_every_highlight(claims) -> None:
    article = SimpleNamespace(text=TEXT, body=[[0, BODY_END]], claims=claims)
    segments = _segments(article)
    assert "".join(s["text"] for s in segments) == TEXT
    assert all(TEXT.startswith(s["text"], s["start"]) for s in segments)
    starts = {
        (n, role, s)
        for n, c in enumerate(claims, start=1)
        for role in ("source", "cue", "content")
        for s, _ in getattr(c, f"{role}_spans")
    }
    labelled = {(n, role, seg["start"]) for seg in segments for n, role in seg["labels"]}
    assert labelled == starts
    assert all(not seg["body"] for seg in segments if seg["start"] >= BODY_END)
