"""What a question says to the learner holds for its key and for the article: explanations
per status and per source type, source types only where one choice fits, figure stems
that say what the figure counts, choices that do not read as the stem's question word."""

from __future__ import annotations

import random

from quizapp.core.claims import Analysis, Article, Claim
from quizapp.core.questions.names import choice_name
from quizapp.core.questions.registry import get_type
from quizapp.core.questions.source_type import why
from tests.core.questions.test_publishable import harbor
from tests.factories.claims import build_claim, said_by

CASE = (
    "Court Hears Mill Case\n\n"
    "Lawyer Ann Park said that the mill owner never saw the safety report before the fire.\n"
    "Ombudsman Ruth Vale said that the ministry must publish every inspection of the mill.\n"
    "Professor Omar Diaz of Lakeside University said that mill fires rose sharply in the"
    " decade.\n"
    "Former minister Carl Voss said that the inspections were stopped for lack of money.\n"
)


def _said(source: str, written: str, kind: str, content: str) -> Claim:
    return said_by(CASE, source, content, kind, written)


def court() -> Analysis:
    claims = [
        _said(
            "Ann Park",
            "Lawyer Ann Park",
            "involved",
            "the mill owner never saw the safety report before the fire",
        ),
        _said(
            "Ruth Vale",
            "Ombudsman Ruth Vale",
            "official",
            "the ministry must publish every inspection of the mill",
        ),
        _said(
            "Omar Diaz",
            "Professor Omar Diaz",
            "independent",
            "mill fires rose sharply in the decade",
        ),
        _said(
            "Carl Voss",
            "Former minister Carl Voss",
            "official",
            "the inspections were stopped for lack of money",
        ),
    ]
    return Analysis(Article(text=CASE, body=[(23, len(CASE))]), claims)


def _kind_of(analysis: Analysis, source: str) -> str | None:
    questions = get_type("source_type").generate(analysis, random.Random(0))
    stem = f"What kind of source is {source} in this article?"
    return next((q.explanation for q in questions if q.stem == stem), None)


def test_an_own_voice_status_explanation_says_nothing_of_sources():
    questions = get_type("claim_status").generate(harbor(), random.Random(0))
    own = next(q for q in questions if q.claims == [0])
    assert "stands behind it" in own.explanation
    assert "reported by a source" not in own.explanation
    reported = next(q for q in questions if q.claims == [2])
    assert "Being reported by a source, however senior" in reported.explanation


def test_a_lawyer_is_a_party_by_the_articles_word_not_speaking_for_itself():
    why = _kind_of(court(), "Ann Park")
    assert why is not None
    assert "is a party to the story" in why and "\u201cLawyer\u201d" in why
    assert "speaking for itself" not in why


def test_an_ombudsman_is_official_without_speaking_for_a_government():
    why = _kind_of(court(), "Ruth Vale")
    assert why is not None
    assert "is an official source" in why and "\u201cOmbudsman\u201d" in why
    assert "speaking for a government" not in why


def test_independent_is_explained_by_expertise_not_by_government():
    why = _kind_of(court(), "Omar Diaz")
    assert why is not None
    assert "expertise with no stake in the story" in why
    assert "not part of any government" not in why


def test_a_former_official_is_not_asked_about_two_choices_would_fit():
    # A former minister speaking of his time in office is also a witness, a party.
    assert _kind_of(court(), "Carl Voss") is None


FIGURES = (
    "Flu Update\n\n"
    "Health officer Mia Stone confirmed that 28 people who met the patient were sent home.\n"
    "Tom Lee reported that the patient had eaten a rabbit before he drove 185 miles to the"
    " clinic.\n"
    "According to Ann Park, the ward has stayed open all week for visitors.\n"
    "Ben Ray explained that the clinic has enough beds for the winter season.\n"
)


def _figured(source: str, cue: str, content: str, figure: tuple | None = None) -> Claim:
    text = FIGURES if cue != "said" else FIGURES.replace("Stone confirmed", "Stone said")
    line = next(s for s in text.splitlines() if source in s)
    return build_claim(
        text,
        source=source,
        source_type="official",
        cue=cue,
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=line,
        figures=[figure] if figure else [],
    )


def figures(stone_cue: str = "confirmed") -> Analysis:
    claims = [
        _figured(
            "Mia Stone",
            stone_cue,
            "28 people who met the patient were sent home",
            ("28", 28.0, "people", ""),
        ),
        _figured(
            "Tom Lee",
            "reported",
            "the patient had eaten a rabbit before he drove 185 miles to the clinic",
            ("185", 185.0, "miles", ""),
        ),
        _figured("Ann Park", "According to", "the ward has stayed open all week for visitors"),
        _figured("Ben Ray", "explained", "the clinic has enough beds for the winter season"),
    ]
    text = FIGURES if stone_cue != "said" else FIGURES.replace("Stone confirmed", "Stone said")
    return Analysis(Article(text=text, body=[(12, len(text))]), claims)


def test_a_figure_stem_says_what_the_figure_counts():
    questions = get_type("cue_reading").generate(figures(), random.Random(0))
    stems = [q.stem for q in questions]
    assert "Which words attribute to Mia Stone the figure of 28 people who met the patient?" in (
        stems
    )
    assert not any("figure of 28?" in s for s in stems)


def test_a_figure_attributed_with_a_plain_said_is_not_asked_about():
    # "said" among "reported" and "explained" teaches nothing about how firmly a figure is
    # put; "confirmed" or "according to" does.
    questions = get_type("cue_reading").generate(figures("said"), random.Random(0))
    assert not any("Mia Stone" in q.stem and "figure" in q.stem for q in questions)


def test_which_word_when_every_choice_is_one_word():
    analysis = figures()
    analysis.claims = [c for c in analysis.claims if c.source != "Ann Park"]  # "According to"
    questions = get_type("cue_reading").generate(analysis, random.Random(0))
    q = next(q for q in questions if "Mia Stone" in q.stem)
    assert q.stem.startswith("Which word attributes to Mia Stone")
    assert all(len(c.split()) == 1 for c in q.choices)


def test_a_figure_incidental_to_the_claim_is_not_asked_about():
    # The claim is that the patient ate a rabbit; the miles to the clinic are by the way.
    questions = get_type("cue_reading").generate(figures(), random.Random(0))
    assert not any("185" in q.stem for q in questions)


def test_an_acronym_that_reads_as_the_question_word_is_spelt_out():
    text = "The World Health Organization (WHO) said cases were few."
    assert choice_name("WHO", text) == "The World Health Organization (WHO)"
    assert choice_name("CDC", text) == "CDC"


REPORTED = (
    "Plague Cases\n\n"
    "Sui Wee reported that censors told news sites to block all talk of the plague.\n"
    "WHO said that the risk to the wider public is low for now.\n"
    "Reuters reported that two more patients were taken to hospital in the city.\n"
)


def test_who_reported_never_offers_who_as_a_choice():
    def said(source: str, cue: str, content: str) -> Claim:
        line = next(s for s in REPORTED.splitlines() if s.startswith(source))
        return build_claim(
            REPORTED,
            source=source,
            source_type="media",
            cue=cue,
            cue_strength="report",
            content=content,
            status="attributed",
            evidence=line,
        )

    analysis = Analysis(
        Article(text=REPORTED, body=[(14, len(REPORTED))]),
        [
            said("Sui Wee", "reported", "censors told news sites to block all talk of the plague"),
            said("WHO", "said", "the risk to the wider public is low for now"),
            said("Reuters", "reported", "two more patients were taken to hospital in the city"),
        ],
    )
    questions = get_type("who_said").generate(analysis, random.Random(0))
    q = next(q for q in questions if q.claims == [0])
    assert q.stem.startswith("Who reported")
    assert "WHO" not in q.choices
    assert "Reuters" in q.choices


OFFICES = (
    "Clashes\n\n"
    "The Public Ombudsman's office said that three people were killed in the clashes.\n"
    "Bolivia's public defender's office said that thirty people were hurt in the skirmishes.\n"
)


def offices() -> Analysis:
    def said(source: str, content: str) -> Claim:
        line = next(s for s in OFFICES.splitlines() if content in s)
        return build_claim(
            OFFICES,
            source=source,
            source_text=source,
            source_type="official",
            cue="said",
            cue_strength="report",
            content=content,
            status="attributed",
            evidence=line,
        )

    return Analysis(
        Article(text=OFFICES, body=[(9, len(OFFICES))]),
        [
            said("The Public Ombudsman's office", "three people were killed in the clashes"),
            said("Bolivia's public defender's office", "thirty people were hurt in the skirmishes"),
        ],
    )


def test_one_body_under_two_names_gets_one_source_type_question():
    questions = get_type("source_type").generate(offices(), random.Random(0))
    assert len([q for q in questions if q.stem.startswith("What kind of source")]) == 1


def test_an_official_body_is_explained_as_government_not_the_state():
    why = _kind_of(court(), "Ruth Vale")
    assert why is not None
    assert "a government official or body" in why
    assert "of the state" not in why


CENTRE = (
    "Fever cases\n\nThe Riverland Centre for Disease Control said that four cases were confirmed.\n"
)


def test_a_word_of_a_bodys_own_name_is_not_cited_as_its_role():
    claim = said_by(CENTRE, "The Riverland Centre for Disease Control", "four cases were confirmed")
    analysis = Analysis(Article(text=CENTRE, body=[(13, len(CENTRE))]), [claim])
    said = why(analysis, claim.source, "official")
    assert "Disease Control\u201d" not in said
    assert said.endswith("is an official source: a government official or body")


STUDY = (
    "Study Finds Rise in Mill Fires\n\n"
    "Senior author Dr. Omar Diaz, a professor at Lakeside University, said that mill fires"
    " rose sharply in the decade.\n"
    "Mayor Ana Ruiz said that the city will inspect every mill.\n"
    "Governor Tom Lee said that the state will pay for the inspections.\n"
)


def test_a_studys_own_author_is_independent_but_not_said_to_have_no_stake():
    line = STUDY.splitlines()[2]
    author = build_claim(
        STUDY,
        source="Omar Diaz",
        source_text="Senior author Dr. Omar Diaz, a professor at Lakeside University",
        source_type="independent",
        cue="said",
        cue_strength="report",
        content="mill fires rose sharply in the decade",
        status="attributed",
        evidence=line,
    )
    analysis = Analysis(Article(text=STUDY, body=[(32, len(STUDY))]), [author])
    # No "What kind of source is ..." question is asked of her (two keys fit); the reason is
    # still given where she is the key of "Which source is independent of the government?".
    reason = why(analysis, "Omar Diaz", "independent")
    assert "is an independent source" in reason and "\u201cprofessor\u201d" in reason
    assert "no stake" not in reason
    assert "not independent of them" in reason


UNNAMED = (
    "Plant Closes\n\n"
    "Two people familiar with the plans said that the plant will close in March next year.\n"
    "Several residents said that the plant was the town's biggest employer for decades.\n"
)


def _unnamed(written: str, content: str) -> Claim:
    line = next(s for s in UNNAMED.splitlines() if s.startswith(written))
    return build_claim(
        UNNAMED,
        source=written,
        source_text=written,
        source_type="anonymous",
        cue="said",
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=line,
    )


def test_an_unnamed_source_is_asked_about_by_the_claim_it_makes():
    analysis = Analysis(
        Article(text=UNNAMED, body=[(14, len(UNNAMED))]),
        [_unnamed("Two people familiar with the plans", "the plant will close in March next year")],
    )
    questions = get_type("source_type").generate(analysis, random.Random(0))
    (q,) = questions
    assert q.stem == (
        "What kind of source does the article cite for the claim that the plant will close in"
        " March next year?"
    )
    assert q.choices[q.answer] == "An unnamed source: the article does not name it"


def test_an_unnamed_sources_own_words_are_quoted_in_the_explanation():
    analysis = Analysis(
        Article(text=UNNAMED, body=[(14, len(UNNAMED))]),
        [_unnamed("Two people familiar with the plans", "the plant will close in March next year")],
    )
    (q,) = get_type("source_type").generate(analysis, random.Random(0))
    assert "\u201ctwo people familiar with the plans\u201d, which names no one" in q.explanation


def test_the_word_sources_that_gives_the_answer_away_is_not_in_the_stem():
    text = "Plant Closes\n\nSources said that the plant will close in March next year.\n"
    claim = build_claim(
        text,
        source="Sources",
        source_type="anonymous",
        cue="said",
        cue_strength="report",
        content="the plant will close in March next year",
        status="attributed",
        evidence="Sources said that the plant will close in March next year.",
    )
    analysis = Analysis(Article(text=text, body=[(14, len(text))]), [claim])
    (q,) = get_type("source_type").generate(analysis, random.Random(0))
    assert "source" not in q.stem.lower().replace("kind of source", "")
    assert "\u201csources\u201d" in q.explanation


def test_an_unnamed_group_without_words_of_anonymity_is_not_asked_about():
    # "Several residents" are unnamed, but they may also be parties to the story: no key.
    analysis = Analysis(
        Article(text=UNNAMED, body=[(14, len(UNNAMED))]),
        [_unnamed("Several residents", "the plant was the town's biggest employer for decades")],
    )
    assert get_type("source_type").generate(analysis, random.Random(0)) == []


DIET = (
    "Health Report\n\n"
    "Doctor Ann Lee suggested that the patient change his diet and walk every day.\n"
    "Senator Bo Park claimed that the clinic hid the full test results from the public.\n"
    "Mayor Cy Ortiz said that the clinic will reopen in May after the long inspection.\n"
    "Judge Di Kerr told reporters that the hearing on the clinic will start in June.\n"
)


def _diet() -> Analysis:
    def cue(source: str, written: str, word: str, strength: str, content: str) -> Claim:
        line = next(s for s in DIET.splitlines() if s.startswith(written))
        return build_claim(
            DIET,
            source=source,
            source_text=written,
            source_type="official",
            cue=word,
            cue_strength=strength,
            content=content,
            status="attributed",
            evidence=line,
        )

    return Analysis(
        Article(text=DIET, body=[(15, len(DIET))]),
        [
            cue("Ann Lee", "Doctor Ann Lee", "suggested", "doubt", "the patient change his diet"),
            cue(
                "Bo Park",
                "Senator Bo Park",
                "claimed",
                "doubt",
                "the clinic hid the full test results from the public",
            ),
            cue("Cy Ortiz", "Mayor Cy Ortiz", "said", "report", "the clinic will reopen in May"),
            cue(
                "Di Kerr",
                "Judge Di Kerr",
                "told",
                "report",
                "the hearing on the clinic will start in June",
            ),
        ],
    )


def test_only_a_distancing_cue_is_asked_as_the_articles_distance():
    questions = get_type("cue_reading").generate(_diet(), random.Random(0))
    stems = [q.stem for q in questions]
    assert "Which word shows that the article keeps its distance from what Bo Park said?" in stems
    assert not any("Ann Lee" in s for s in stems)  # "suggested" here is advice, not doubt


OUTLETS = (
    "Plague Cases\n\n"
    "Two patients were taken to hospital, according to Mei Lin of the Valley Times.\n"
    "The Morning Herald reported that the city closed three markets on Friday.\n"
)


def _outlets() -> Analysis:
    def said(source: str, written: str, cue: str, content: str) -> Claim:
        line = next(s for s in OUTLETS.splitlines() if written in s)
        return build_claim(
            OUTLETS,
            source=source,
            source_text=written,
            source_type="media",
            cue=cue,
            cue_strength="report",
            content=content,
            status="attributed",
            evidence=line,
        )

    claims = [
        said(
            "Mei Lin",
            "Mei Lin of the Valley Times",
            "according to",
            "Two patients were taken to hospital",
        ),
        said(
            "The Morning Herald",
            "The Morning Herald",
            "reported",
            "the city closed three markets on Friday",
        ),
    ]
    return Analysis(Article(text=OUTLETS, body=[(14, len(OUTLETS))], outlet="Gazette"), claims)


def test_a_person_who_reports_for_an_outlet_is_not_called_an_outlet():
    why = _kind_of(_outlets(), "Mei Lin")
    assert why is not None
    assert why.startswith("Mei Lin reports for another news outlet")
    assert "is another news outlet" not in why


def test_an_outlet_is_another_news_outlet():
    why = _kind_of(_outlets(), "The Morning Herald")
    assert why is not None
    assert why.startswith("The Morning Herald is another news outlet")


def test_an_attributed_explanation_says_what_the_status_means_not_what_the_article_lacks():
    # The analysis may miss a source that backs the claim: "the article gives no independent
    # support" would then be false, and a teacher who finds that source stops trusting it.
    questions = get_type("claim_status").generate(harbor(), random.Random(0))
    reported = next(q for q in questions if q.claims == [2])
    assert "does not itself verify it" in reported.explanation
    assert "no independent support" not in reported.explanation


STRIKE = (
    "Mill Strike\n\n"
    "Night shifts at the mill stopped on Monday, said Jo Hart, president of the mill"
    " workers' union.\n"
    "The owners have not met the workers since the spring.\n"
    "\u201cWe will not go back until the owners meet us,\u201d Jo Hart said on Tuesday.\n"
)


def _strike(first_mention: str = "said Jo Hart, president of the mill workers' union") -> Analysis:
    text = STRIKE.replace("said Jo Hart, president of the mill workers' union", first_mention)
    quote = text.splitlines()[-1]
    hart = build_claim(
        text,
        source="Jo Hart",
        source_text="Jo Hart",
        source_type="involved",
        cue="said",
        cue_strength="report",
        content="We will not go back until the owners meet us",
        status="attributed",
        evidence=quote,
    )
    return Analysis(Article(text=text, body=[(13, len(text))]), [hart])


def _kind_of_question(analysis: Analysis, source: str):
    questions = get_type("source_type").generate(analysis, random.Random(0))
    stem = f"What kind of source is {source} in this article?"
    return next(q for q in questions if q.stem == stem)


def test_a_role_word_the_evidence_lacks_is_shown_in_its_sentence_in_article_order():
    # "the article's word 'union'" must be checkable against the evidence: the sentence that
    # first describes the source comes too, before the quote as in the article.
    q = _kind_of_question(_strike(), "Jo Hart")
    assert "\u201cunion\u201d" in q.explanation
    lines = q.evidence.splitlines()
    assert lines[0].endswith("president of the mill workers' union.")
    assert lines[1].startswith("\u201cWe will not go back")
    assert len(q.evidence_spans) == 2 and q.evidence_spans[0] < q.evidence_spans[1]


def test_a_role_word_the_shown_evidence_lacks_is_not_cited():
    quote = STRIKE.splitlines()[-1]
    assert "\u201cunion\u201d" in why(_strike(), "Jo Hart", "involved")
    said = why(_strike(), "Jo Hart", "involved", shown=quote)
    assert said == "Jo Hart is a party to the story: a side with a stake in how it is told"


def test_a_desk_named_by_its_owner_outlet_is_that_outlet():
    text = OUTLETS.replace("Mei Lin of the Valley Times", "the Valley Times's Health Desk")
    analysis = _outlets()
    analysis.article.text = text
    claim = analysis.claims[0]
    claim.source = "Health Desk"
    assert why(analysis, "Health Desk", "media") == (
        "The Valley Times's Health Desk is another news outlet, reporting what it learned"
    )


def test_an_unnamed_group_named_by_its_role_gets_no_source_type_question():
    text = "Market Report\n\nAnalysts said that the market will rise again in the spring.\n"
    claim = build_claim(
        text,
        source="Analysts",
        source_type="independent",
        cue="said",
        cue_strength="report",
        content="the market will rise again in the spring",
        status="attributed",
        evidence="Analysts said that the market will rise again in the spring.",
    )
    analysis = Analysis(Article(text=text, body=[(15, len(text))]), [claim])
    assert get_type("source_type").generate(analysis, random.Random(0)) == []


ACADEMIC = (
    "Drug Study\n\n"
    "Jane Roe, a lecturer at the Department of Health Sciences at the University of Leeds,"
    " said that the study cannot show what caused the rise.\n"
    "John Poe, a lecturer at Leeds University and an adviser to the Department of Health, said"
    " that the rise will slow next year.\n"
)


def _lecturer(source: str, content: str) -> Analysis:
    line = next(s for s in ACADEMIC.splitlines() if s.startswith(source))
    claim = build_claim(
        ACADEMIC,
        source=source,
        source_text=line.split(", said")[0],
        source_type="independent",
        cue="said",
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=line,
    )
    return Analysis(Article(text=ACADEMIC, body=[(12, len(ACADEMIC))]), [claim])


def test_a_universitys_department_is_no_government_department():
    analysis = _lecturer("Jane Roe", "the study cannot show what caused the rise")
    why = _kind_of(analysis, "Jane Roe")
    assert why is not None
    assert "is an independent source" in why


def test_a_government_department_beside_a_university_still_gives_two_types():
    analysis = _lecturer("John Poe", "the rise will slow next year")
    assert _kind_of(analysis, "John Poe") is None


def test_an_unnamed_sources_claim_too_long_for_a_stem_is_named_by_its_opening_words():
    content = (
        "the plant will close in March, after three years of losses, two failed sales, a"
        " long strike by the night shift and a fire that destroyed the main warehouse last"
        " winter and the loading docks beside it"
    )
    text = f"Plant Closes\n\nPeople familiar with the plans said {content}.\n"
    claim = build_claim(
        text,
        source="People familiar with the plans",
        source_type="anonymous",
        cue="said",
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=f"People familiar with the plans said {content}.",
    )
    analysis = Analysis(Article(text=text, body=[(14, len(text))]), [claim])
    (q,) = get_type("source_type").generate(analysis, random.Random(0))
    assert q.stem == (
        "What kind of source does the article cite for the claim that begins"
        " \u201cthe plant will close in March\u201d?"
    )


SURNAMED = (
    "Court Hears Mill Case\n\n"
    "Lawyer Ann Park took the case in May.\n"
    "Park said that the mill owner never saw the safety report before the fire.\n"
    "Ombudsman Ruth Vale said that the ministry must publish every inspection of the mill.\n"
    "Professor Omar Diaz of Lakeside University said that mill fires rose sharply in the"
    " decade.\n"
)


def surnamed() -> Analysis:
    """A source the analysis names by her bare surname ("Park"), named in full before."""
    claims = [
        said_by(
            SURNAMED,
            "Park",
            "the mill owner never saw the safety report before the fire",
            "involved",
        ),
        said_by(
            SURNAMED,
            "Ruth Vale",
            "the ministry must publish every inspection of the mill",
            "official",
            "Ombudsman Ruth Vale",
        ),
        said_by(
            SURNAMED,
            "Omar Diaz",
            "mill fires rose sharply in the decade",
            "independent",
            "Professor Omar Diaz",
        ),
    ]
    return Analysis(Article(text=SURNAMED, body=[(23, len(SURNAMED))]), claims)


def test_a_source_type_stem_names_a_bare_surname_as_the_article_first_does():
    stems = [q.stem for q in get_type("source_type").generate(surnamed(), random.Random(0))]
    assert "What kind of source is Ann Park in this article?" in stems
    assert "What kind of source is Park in this article?" not in stems


def test_a_who_said_explanation_names_a_bare_surname_as_the_article_first_does():
    questions = get_type("who_said").generate(surnamed(), random.Random(0))
    park = next(q for q in questions if q.claims == [0])
    assert park.explanation.startswith("The article attributes this to Ann Park (")


def test_a_true_false_stem_names_a_bare_surname_as_the_article_first_does():
    found = [
        q.stem
        for seed in range(6)
        for q in get_type("true_false").generate(surnamed(), random.Random(seed))
        if q.stem.startswith("According to the article, ") and "the mill owner" in q.stem
    ]
    assert any(s.startswith("According to the article, Ann Park said") for s in found)
    assert not any(s.startswith("According to the article, Park ") for s in found)
