"""The instructor's authoring pages: article -> claims -> draft -> edits -> published set.

Analysis runs immediately (tests) with the hand-written seed claims (no spaCy)."""

from __future__ import annotations

import io
import re

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, inspect, select

from quizapp import models
from quizapp.extensions import db
from tests.factories.seed import SEED_TEXT

pytestmark = pytest.mark.usefixtures("fake_analyser")


def paste(client: FlaskClient, text: str = SEED_TEXT, **extra: str):
    data = {"text": text, "title": "", "outlet": "Example News", "url": "", "date": "2026-01-28"}
    data.update(extra)
    return client.post("/teach/articles/new", data=data)


def only(app: Flask, model: type, **where):
    with app.app_context():
        rows = db.session.scalars(select(model).filter_by(**where)).all()
        assert len(rows) == 1
        for rel in inspect(model).relationships:  # loaded now: the row leaves the session
            getattr(rows[0], rel.key)
        return rows[0]


def count(app: Flask, model: type) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model))


def draft(app: Flask) -> tuple[int, list[int]]:
    with app.app_context():
        qs = db.session.scalars(select(models.QuestionSet)).one()
        return qs.id, [q.id for q in qs.questions if not q.retired]


def test_pasted_article_shows_claims_beside_the_highlighted_text(
    app: Flask, instructor_client: FlaskClient
) -> None:
    response = paste(instructor_client)
    assert response.status_code == 302
    page = instructor_client.get(response.location).get_data(as_text=True)
    assert "Kremlin Dismisses US Think Tank Report" in page
    assert "Center for Strategic and International Studies" in page
    assert 'class="hl hl-cue"' in page and "[2 cue]" in page  # a text label, not colour only
    assert "Review the draft set" in page
    article = only(app, models.Article)
    assert article.analysis_state == models.AnalysisState.DONE and len(article.claims) == 6


def test_uploaded_text_file_is_analysed(app: Flask, instructor_client: FlaskClient) -> None:
    data = {"files": (io.BytesIO(SEED_TEXT.encode()), "seed.txt"), "text": ""}
    response = instructor_client.post(
        "/teach/articles/new", data=data, content_type="multipart/form-data"
    )
    assert response.status_code == 302
    assert only(app, models.Article).title.startswith("Kremlin Dismisses")


def test_unreadable_upload_gets_a_clear_message_and_saves_nothing(
    app: Flask, instructor_client: FlaskClient
) -> None:
    data = {
        "files": [
            (io.BytesIO(SEED_TEXT.encode()), "good.txt"),
            (io.BytesIO(b"%PDF-1.7\x00\x00binary"), "scan.txt"),
        ]
    }
    response = instructor_client.post(
        "/teach/articles/new", data=data, content_type="multipart/form-data"
    )
    assert response.status_code == 422
    assert "scan.txt: looks like a binary file" in response.get_data(as_text=True)
    assert count(app, models.Article) == 0 and count(app, models.QuestionSet) == 0


def test_a_saved_page_larger_than_other_uploads_is_read(
    app: Flask, instructor_client: FlaskClient
) -> None:
    # Saved pages carry scripts and menus: 1.5 MB is common, over the 1 MB every other form has.
    body = "".join(f"<p>{line}</p>" for line in SEED_TEXT.splitlines()[1:] if line.strip())
    script = "<script>var pad = '" + "x" * (1536 * 1024) + "';</script>"
    page = f"<html><head><title>Kremlin Dismisses</title>{script}</head>"
    page += f"<body><article><h1>Kremlin Dismisses</h1>{body}</article></body></html>"
    assert len(page) > app.config["MAX_CONTENT_LENGTH"]
    data = {"files": (io.BytesIO(page.encode()), "page.html"), "text": ""}
    response = instructor_client.post(
        "/teach/articles/new", data=data, content_type="multipart/form-data"
    )
    assert response.status_code == 302
    assert count(app, models.Article) == 1


def test_upload_over_the_limit_gets_the_friendly_413_page(
    app: Flask, instructor_client: FlaskClient
) -> None:
    big = b"word " * (app.config["ARTICLE_UPLOAD_MAX_LENGTH"] // 5 + 100)
    data = {"files": (io.BytesIO(big), "big.txt")}
    response = instructor_client.post(
        "/teach/articles/new", data=data, content_type="multipart/form-data"
    )
    assert response.status_code == 413
    assert "Upload too large" in response.get_data(as_text=True)
    assert count(app, models.Article) == 0


def test_several_files_show_progress_per_file(app: Flask, instructor_client: FlaskClient) -> None:
    other = "Officials said that the bridge will reopen in May after repairs are finished.\n"
    data = {
        "files": [
            (io.BytesIO(SEED_TEXT.encode()), "one.txt"),
            (io.BytesIO(other.encode()), "two.txt"),
        ]
    }
    response = instructor_client.post(
        "/teach/articles/new", data=data, content_type="multipart/form-data"
    )
    assert "/teach/articles/progress?ids=" in response.location
    page = instructor_client.get(response.location).get_data(as_text=True)
    # The one-line text has no attribution: it gets a plain message instead of a quiz.
    assert page.count('class="job job-done"') == 1
    assert "does not read like a news report" in page
    assert count(app, models.QuestionSet) == 1


def test_status_endpoint_reports_the_job(app: Flask, instructor_client: FlaskClient) -> None:
    paste(instructor_client)
    article = only(app, models.Article)
    status = instructor_client.get(f"/teach/articles/{article.id}/status").get_json()
    assert status["state"] == "done" and status["finished"] is True
    assert status["set_url"].startswith("/teach/sets/")


def test_empty_paste_is_refused(app: Flask, instructor_client: FlaskClient) -> None:
    response = paste(instructor_client, text="   ")
    assert response.status_code == 422
    assert "Paste the article" in response.get_data(as_text=True)


def test_correcting_a_claim_status_changes_the_regenerated_key(
    app: Flask, instructor_client: FlaskClient
) -> None:
    paste(instructor_client)
    article = only(app, models.Article)
    csis = next(c for c in article.claims if c.source.startswith("Center"))
    form = {
        f"c{csis.id}-source": csis.source,
        f"c{csis.id}-cue": csis.cue,
        f"c{csis.id}-content": csis.content,
        f"c{csis.id}-status": "corroborated",
        f"c{csis.id}-source_type": "independent",
    }
    assert instructor_client.post(f"/teach/claims/{csis.id}", data=form).status_code == 302
    set_id, _ = draft(app)
    assert instructor_client.post(f"/teach/sets/{set_id}/regenerate").status_code == 302
    with app.app_context():
        claim = db.session.get(models.Claim, csis.id)
        assert claim.status == "corroborated" and claim.edited
        qs = db.session.get(models.QuestionSet, set_id)
        keys = [
            q.data["statuses"][q.answer]
            for q in qs.questions
            if not q.retired and q.type == "claim_status" and csis.id in q.claim_ids
        ]
    assert keys == ["corroborated"] * len(keys)


def test_the_claim_editor_accepts_an_involved_source(
    app: Flask, instructor_client: FlaskClient
) -> None:
    paste(instructor_client)
    article = only(app, models.Article)
    csis = next(c for c in article.claims if c.source.startswith("Center"))
    form = {
        f"c{csis.id}-source": csis.source,
        f"c{csis.id}-cue": csis.cue,
        f"c{csis.id}-content": csis.content,
        f"c{csis.id}-status": csis.status,
        f"c{csis.id}-source_type": "involved",
    }
    assert instructor_client.post(f"/teach/claims/{csis.id}", data=form).status_code == 302
    with app.app_context():
        assert db.session.get(models.Claim, csis.id).source_type == "involved"
    page = instructor_client.get(f"/teach/articles/{article.id}").get_data(as_text=True)
    assert '<option selected value="involved">' in page or 'value="involved" selected' in page


def test_claim_added_by_quoting_words_without_javascript(
    app: Flask, instructor_client: FlaskClient
) -> None:
    paste(instructor_client)
    article = only(app, models.Article)
    form = {
        "new-content": "There are even students who take academic leave",
        "new-source": "Vladimir Putin",
        "new-cue": "said",
        "new-status": "attributed",
        "new-source_type": "official",
        "new-start": "",
        "new-end": "",
    }
    response = instructor_client.post(f"/teach/articles/{article.id}/claims", data=form)
    assert response.status_code == 302
    page = instructor_client.get(f"/teach/articles/{article.id}").get_data(as_text=True)
    assert "Claims found (7)" in page and "[7 content]" in page


def test_claim_added_from_a_selection_uses_its_offsets(
    app: Flask, instructor_client: FlaskClient
) -> None:
    paste(instructor_client)
    article = only(app, models.Article)
    words = "more than 36,000 citizens joined volunteer units"
    start = article.text.index(words)
    form = {
        "new-content": words,
        "new-source": "Dmitry Medvedev",
        "new-cue": "reported",
        "new-status": "attributed",
        "new-source_type": "official",
        "new-start": str(start),
        "new-end": str(start + len(words)),
    }
    instructor_client.post(f"/teach/articles/{article.id}/claims", data=form)
    with app.app_context():
        claim = db.session.scalar(select(models.Claim).where(models.Claim.content == words))
        assert claim.content_spans == [[start, start + len(words)]]


def test_deleting_a_claim(app: Flask, instructor_client: FlaskClient) -> None:
    paste(instructor_client)
    article = only(app, models.Article)
    instructor_client.post(f"/teach/claims/{article.claims[0].id}/delete")
    assert count(app, models.Claim) == 5


def choice_rows(*choices: str) -> dict[str, str]:
    """The editor's choice boxes as posted: choices-0, choices-1, ..."""
    return {f"choices-{i}": text for i, text in enumerate(choices)}


def question_form(q: models.Question, **changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "type": q.type,
        "stem": q.stem,
        **choice_rows(*q.choices),
        "answer": (q.answer + 1) if isinstance(q.answer, int) else "",
        "skills": list(q.skills),
        "explanation": q.explanation,
        "evidence": q.evidence,
        "statements": "",
    }
    data.update(changes)
    return data


def test_editing_a_question_saves_it_as_hand_edited(
    app: Flask, instructor_client: FlaskClient
) -> None:
    paste(instructor_client)
    set_id, ids = draft(app)
    q = only(app, models.Question, id=ids[0])
    assert instructor_client.get(f"/teach/questions/{q.id}/edit").status_code == 200
    response = instructor_client.post(
        f"/teach/questions/{q.id}/edit", data=question_form(q, stem="Who gave this estimate?")
    )
    assert response.status_code == 302
    q = only(app, models.Question, id=ids[0])
    assert q.stem == "Who gave this estimate?" and q.edited_by_hand


def test_an_answer_number_out_of_range_is_explained(
    app: Flask, instructor_client: FlaskClient
) -> None:
    paste(instructor_client)
    _, ids = draft(app)
    q = only(app, models.Question, id=ids[0])
    response = instructor_client.post(
        f"/teach/questions/{q.id}/edit", data=question_form(q, answer=9)
    )
    assert response.status_code == 422
    assert "pick the right answer beside one of the filled-in choices" in response.get_data(
        as_text=True
    )


def test_adding_a_question_by_hand_runs_the_types_validation(
    app: Flask, instructor_client: FlaskClient
) -> None:
    instructor_client.post("/teach/sets/new", data={"title": "By hand"})
    set_id, _ = draft(app)
    bad = {
        "type": "multiple_choice",
        "stem": "Who said it?",
        **choice_rows("Peskov", "peskov"),
        "answer": "1",
        "skills": ["attribution"],
    }
    response = instructor_client.post(f"/teach/sets/{set_id}/questions/new", data=bad)
    assert response.status_code == 422
    assert "two choices are the same" in response.get_data(as_text=True)
    assert count(app, models.Question) == 0
    good = {**bad, **choice_rows("Peskov", "Putin")}
    response = instructor_client.post(f"/teach/sets/{set_id}/questions/new", data=good)
    assert response.status_code == 302 and count(app, models.Question) == 1


def test_a_sort_question_by_hand(app: Flask, instructor_client: FlaskClient) -> None:
    instructor_client.post("/teach/sets/new", data={"title": "By hand"})
    set_id, _ = draft(app)
    data = {
        "type": "sort_statements",
        "stem": "Label each statement.",
        **choice_rows("attributed", "disputed"),
        "statements": "disputed | CSIS: 1.2 million lost\nattributed | Putin: 700,000 at the front",
        "skills": ["attribution", "verification"],
    }
    response = instructor_client.post(f"/teach/sets/{set_id}/questions/new", data=data)
    assert response.status_code == 302
    q = only(app, models.Question)
    assert q.answer == ["disputed", "attributed"] and len(q.data["statements"]) == 2


def test_moving_and_deleting_questions(app: Flask, instructor_client: FlaskClient) -> None:
    paste(instructor_client)
    set_id, ids = draft(app)
    instructor_client.post(f"/teach/questions/{ids[1]}/move", data={"direction": "up"})
    instructor_client.post(f"/teach/questions/{ids[2]}/delete")
    _, after = draft(app)
    assert after[:2] == [ids[1], ids[0]] and ids[2] not in after


def test_settings_are_saved(app: Flask, instructor_client: FlaskClient) -> None:
    paste(instructor_client)
    set_id, _ = draft(app)
    data = {
        "title": "Losses quiz",
        "description": "",
        "shuffle": "y",
        "attempts_allowed": "0",
        "time_limit_minutes": "15",
        "feedback": "after_each",
        "grading": "last",
    }
    assert instructor_client.post(f"/teach/sets/{set_id}/settings", data=data).status_code == 302
    qs = only(app, models.QuestionSet)
    assert (qs.title, qs.shuffle, qs.attempts_allowed, qs.time_limit_minutes) == (
        "Losses quiz",
        True,
        0,
        15,
    )
    assert qs.feedback == models.Feedback.AFTER_EACH and qs.grading == models.Grading.LAST


def test_publish_shows_the_join_code_and_link(app: Flask, instructor_client: FlaskClient) -> None:
    paste(instructor_client)
    set_id, _ = draft(app)
    instructor_client.post(f"/teach/sets/{set_id}/publish")
    page = instructor_client.get(f"/teach/sets/{set_id}").get_data(as_text=True)
    code = only(app, models.QuestionSet).join_code
    assert re.fullmatch(r"[A-HJKMNP-Z2-9]{6}", code)
    assert code in page and f"/join/{code}" in page
    instructor_client.post(f"/teach/sets/{set_id}/unpublish")
    assert only(app, models.QuestionSet).status == models.SetStatus.DRAFT


def test_print_and_answer_key(app: Flask, instructor_client: FlaskClient) -> None:
    paste(instructor_client)
    set_id, _ = draft(app)
    quiz = instructor_client.get(f"/teach/sets/{set_id}/print").get_data(as_text=True)
    key = instructor_client.get(f"/teach/sets/{set_id}/key").get_data(as_text=True)
    assert "Name: ____" in quiz and "right answer" not in quiz
    assert "(right answer)" in key and "Center for Strategic" in key
    assert "Svetlana" not in quiz  # boilerplate is left off the printed article


def test_copying_a_colleagues_published_set(app: Flask, instructor_client: FlaskClient) -> None:
    from tests.factories.app import add_user, log_in

    add_user(app, "colleague", models.Role.INSTRUCTOR)
    colleague = app.test_client()
    log_in(colleague, "colleague")
    paste(colleague)
    set_id, _ = draft(app)
    colleague.post(f"/teach/sets/{set_id}/publish")
    library = instructor_client.get("/teach/library").get_data(as_text=True)
    assert "Copy to my drafts" in library
    response = instructor_client.post(f"/teach/sets/{set_id}/copy")
    assert response.status_code == 302
    with app.app_context():
        copy = db.session.scalar(
            select(models.QuestionSet).where(models.QuestionSet.copied_from_id == set_id)
        )
        assert copy.status == models.SetStatus.DRAFT and copy.owner.username == "teacher"


YAML_SET = """title: Hand-made
questions:
  - type: multiple_choice
    stem: Who estimated the losses?
    choices: [CSIS, Peskov]
    answer: 0
    skills: [attribution]
"""


def test_importing_a_set_file(app: Flask, instructor_client: FlaskClient) -> None:
    data = {"files": (io.BytesIO(YAML_SET.encode()), "hand.yaml")}
    response = instructor_client.post(
        "/teach/import", data=data, content_type="multipart/form-data"
    )
    assert response.status_code == 302
    assert only(app, models.QuestionSet).title == "Hand-made"


def test_a_bad_file_imports_nothing_and_names_the_line(
    app: Flask, instructor_client: FlaskClient
) -> None:
    bad = YAML_SET.replace("answer: 0", "answer: 5")
    data = {
        "files": [
            (io.BytesIO(YAML_SET.encode()), "good.yaml"),
            (io.BytesIO(bad.encode()), "bad.yaml"),
        ]
    }
    response = instructor_client.post(
        "/teach/import", data=data, content_type="multipart/form-data"
    )
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert re.search(r"bad\.yaml:\d+:\d+: ", page) and "Nothing was imported" in page
    assert count(app, models.QuestionSet) == 0


def test_an_uploaded_set_may_not_read_a_server_file(
    app: Flask, instructor_client: FlaskClient
) -> None:
    sneaky = "title: Sneaky\narticle: /etc/passwd\nquestions: []\n"
    data = {"files": (io.BytesIO(sneaky.encode()), "sneaky.yaml")}
    response = instructor_client.post(
        "/teach/import", data=data, content_type="multipart/form-data"
    )
    assert response.status_code == 422
    assert "sneaky.yaml:2:10: article:" in response.get_data(as_text=True)
    assert count(app, models.Article) == 0


@pytest.mark.parametrize(
    "article",
    [
        "<<: {article: /etc/passwd}",
        "<<: {article: ../../../../../../../../../etc/passwd}",
        "<<: {article: ../instance/secret_key}",
        "article: !!str /etc/passwd",
    ],
)
def test_no_yaml_trick_lets_an_upload_name_a_server_file(
    app: Flask, instructor_client: FlaskClient, article: str
) -> None:
    sneaky = f"title: Sneaky\n{article}\nquestions: []\n"
    data = {"files": (io.BytesIO(sneaky.encode()), "sneaky.yaml")}
    response = instructor_client.post(
        "/teach/import", data=data, content_type="multipart/form-data"
    )
    assert response.status_code == 422
    assert "sneaky.yaml:2:" in response.get_data(as_text=True)
    assert count(app, models.Article) == 0


def test_importing_a_gift_file(app: Flask, instructor_client: FlaskClient) -> None:
    gift = "::Q1:: Who estimated the losses? {=CSIS ~Peskov ~Putin}\n"
    data = {"files": (io.BytesIO(gift.encode()), "moodle.gift")}
    response = instructor_client.post(
        "/teach/import", data=data, content_type="multipart/form-data"
    )
    assert response.status_code == 302
    assert only(app, models.Question).choices == ["CSIS", "Peskov", "Putin"]


def test_gift_questions_quizapp_cannot_keep_are_reported(
    app: Flask, instructor_client: FlaskClient
) -> None:
    gift = "::Q1:: Who estimated the losses? {=CSIS ~Peskov}\n\n::Q2:: Discuss the article. {}\n"
    data = {"files": (io.BytesIO(gift.encode()), "moodle.gift")}
    response = instructor_client.post(
        "/teach/import", data=data, content_type="multipart/form-data", follow_redirects=True
    )
    assert "moodle.gift:3: skipped (essay" in response.get_data(as_text=True)
    assert count(app, models.Question) == 1


def test_a_hand_made_question_must_quote_the_article_as_evidence(
    app: Flask, instructor_client: FlaskClient
) -> None:
    paste(instructor_client)
    set_id, _ = draft(app)
    data = {
        "type": "multiple_choice",
        "stem": "Who said it?",
        **choice_rows("Peskov", "Putin"),
        "answer": "1",
        "skills": ["attribution"],
        "evidence": "Peskov said the war was over.",
    }
    response = instructor_client.post(f"/teach/sets/{set_id}/questions/new", data=data)
    assert response.status_code == 422
    assert "not found word for word in the article" in response.get_data(as_text=True)


def test_a_script_url_never_becomes_a_link(app: Flask, instructor_client: FlaskClient) -> None:
    response = paste(instructor_client, url="javascript://x.org/%0Aalert(1)")
    assert response.status_code == 422
    assert count(app, models.Article) == 0


def test_deleting_a_set_without_attempts(app: Flask, instructor_client: FlaskClient) -> None:
    instructor_client.post("/teach/sets/new", data={"title": "Scrap"})
    set_id, _ = draft(app)
    assert instructor_client.post(f"/teach/sets/{set_id}/delete").status_code == 302
    assert count(app, models.QuestionSet) == 0


def test_a_set_with_attempts_cannot_be_deleted(
    app: Flask, instructor_client: FlaskClient, learner_id: int
) -> None:
    paste(instructor_client)
    set_id, ids = draft(app)
    with app.app_context():
        db.session.add(models.Attempt(set_id=set_id, user_id=learner_id, question_ids=ids))
        db.session.commit()
    response = instructor_client.post(f"/teach/sets/{set_id}/delete", follow_redirects=True)
    assert "unpublish it instead" in response.get_data(as_text=True)
    assert count(app, models.QuestionSet) == 1


def test_duplicating_my_own_draft(app: Flask, instructor_client: FlaskClient) -> None:
    paste(instructor_client)
    set_id, ids = draft(app)
    response = instructor_client.post(f"/teach/sets/{set_id}/copy")
    assert response.status_code == 302 and count(app, models.QuestionSet) == 2
    with app.app_context():
        copy = db.session.scalar(
            select(models.QuestionSet).where(models.QuestionSet.copied_from_id == set_id)
        )
        assert len(copy.questions) == len(ids) and copy.title.startswith("Copy of")


def test_claims_show_their_use_and_when_the_analyser_was_unsure(
    app: Flask, instructor_client: FlaskClient
) -> None:
    paste(instructor_client)
    article = only(app, models.Article)
    with app.app_context():
        db.session.get(models.Claim, article.claims[0].id).confidence = 0.35
        db.session.commit()
    page = instructor_client.get(f"/teach/articles/{article.id}").get_data(as_text=True)
    assert page.count("unsure: please check") == 1
    assert re.search(r"Used by \d+ questions?", page)


def test_without_javascript_an_emptied_row_removes_a_choice(
    app: Flask, instructor_client: FlaskClient
) -> None:
    instructor_client.post("/teach/sets/new", data={"title": "By hand"})
    set_id, _ = draft(app)
    data = {
        "type": "multiple_choice",
        "stem": "Who said it?",
        **choice_rows("Peskov", "", "Putin", "Medvedev"),
        "answer": "3",  # the row of "Putin": the emptied row before it is left out
        "skills": ["attribution"],
    }
    response = instructor_client.post(f"/teach/sets/{set_id}/questions/new", data=data)
    assert response.status_code == 302
    q = only(app, models.Question)
    assert q.choices == ["Peskov", "Putin", "Medvedev"] and q.answer == 1


def test_the_editor_offers_blank_rows_and_a_radio_beside_each_choice(
    app: Flask, instructor_client: FlaskClient
) -> None:
    paste(instructor_client)
    _, ids = draft(app)
    q = only(app, models.Question, id=ids[0])
    page = instructor_client.get(f"/teach/questions/{q.id}/edit").get_data(as_text=True)
    rows = len(q.choices) + 2
    assert page.count('class="choice-text"') == rows
    assert page.count('type="radio" name="answer"') == rows
    assert f'value="{q.answer + 1}" id="answer-{q.answer + 1}" checked' in page


def test_a_new_teachers_library_offers_the_bundled_sets(
    app: Flask, instructor_client: FlaskClient
) -> None:
    from quizapp.services import set_files
    from tests.factories.app import ROOT

    with app.app_context():
        report = set_files.load_bundled(db.session, ROOT / "questions")
        db.session.commit()
        bundled = db.session.scalars(select(models.QuestionSet)).first()
        bundled_id, bundled_questions = bundled.id, len(bundled.questions)
    library = instructor_client.get("/teach/library").get_data(as_text=True)
    for title in report.created:
        assert title.replace("'", "&#39;") in library
    assert library.count("<p>Example set · ") == len(report.created) == 4
    response = instructor_client.post(f"/teach/sets/{bundled_id}/copy")
    assert response.status_code == 302
    copy = only(app, models.QuestionSet, copied_from_id=bundled_id)
    assert copy.owner.username == "teacher" and len(copy.questions) == bundled_questions


def test_the_printed_article_keeps_its_paragraphs_and_its_headline_apart(
    app: Flask, instructor_client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quizapp.core.questions import suitability

    # Two sentences with no attribution the fake analyser knows: let them make a set anyway,
    # this test is about the printed layout, not about what counts as news.
    monkeypatch.setattr(suitability, "MIN_ATTRIBUTIONS", 0)
    text = (
        "Council Votes to Raise Bus Fares\n\n"
        "The council voted on Monday to raise fares by 25 cents.\n\n"
        "Paul Ortega said the authority would lose money without the increase.\n"
    )
    paste(instructor_client, text, title="Council Votes to Raise Bus Fares")
    set_id, _ = draft(app)
    quiz = instructor_client.get(f"/teach/sets/{set_id}/print").get_data(as_text=True)
    article = quiz.split('<section class="print-article">')[1].split("</section>")[0]
    assert "<h2>Council Votes to Raise Bus Fares</h2>" in article
    assert re.findall(r"<p>(.*?)</p>", article) == [
        "The council voted on Monday to raise fares by 25 cents.",
        "Paul Ortega said the authority would lose money without the increase.",
    ]


def test_draft_shows_the_claims_under_each_question_and_the_least_sure_first(
    app: Flask, instructor_client: FlaskClient
) -> None:
    paste(instructor_client)
    set_id, _ = draft(app)
    with app.app_context():
        article = db.session.scalars(select(models.Article)).one()
        unsure = next(c for c in article.claims if c.source.startswith("Vladimir"))
        unsure.confidence = 0.5  # under review.UNSURE_BELOW
        unsure_id = unsure.id
        db.session.commit()
    assert instructor_client.post(f"/teach/sets/{set_id}/regenerate").status_code == 302
    page = instructor_client.get(f"/teach/sets/{set_id}").get_data(as_text=True)
    assert "Rests on claim" in page and "confidence 1.00" in page
    assert "confidence 0.50" in page
    with app.app_context():
        qs = db.session.get(models.QuestionSet, set_id)
        active = sorted((q for q in qs.questions if not q.retired), key=lambda q: q.position)
        flagged = [q for q in active if q.data.get("check")]
    # Every question on the unsure claim is flagged (its doubt, 0.5, is over the mark);
    # a question whose key hangs on a risky step elsewhere ("he said") may be flagged too.
    on_unsure = [q for q in active if unsure_id in q.claim_ids]
    assert on_unsure and all(q in flagged for q in on_unsure)
    assert [q.data["risk"] for q in flagged] == sorted(
        (q.data["risk"] for q in flagged), reverse=True
    )
    assert active[: len(flagged)] == flagged  # the ones to check come first
    assert page.count("check this one") == len(flagged)
    # The flag says why: the key rests on an unsure reading, or the question as it stands
    # in its set (a repeated claim, a long stem ...), not the analyser's mood.
    for q in flagged:
        assert q.data["check_why"]
        assert f"check this one: {'; '.join(q.data['check_why'])}" in page
    assert all(
        "its answer key rests on a reading the analysis is unsure of" in q.data["check_why"]
        for q in on_unsure
    )
    assert "least sure" not in page


def test_a_draft_too_short_for_a_quiz_says_so_and_keeps_its_questions(
    app: Flask, instructor_client: FlaskClient, monkeypatch
) -> None:
    from quizapp.core.questions import suitability

    paste(instructor_client)
    set_id, ids = draft(app)
    monkeypatch.setattr(suitability, "MIN_QUESTIONS", len(ids) + 1)
    page = instructor_client.get(f"/teach/sets/{set_id}").get_data(as_text=True)
    assert 'id="few-questions"' in page
    assert f"a quiz needs at least {len(ids) + 1}" in page
    assert page.count('class="question"') == len(ids)  # nothing is dropped
    monkeypatch.setattr(suitability, "MIN_QUESTIONS", len(ids))
    page = instructor_client.get(f"/teach/sets/{set_id}").get_data(as_text=True)
    assert 'id="few-questions"' not in page


def test_a_generated_set_says_how_many_statements_measure_discernment(
    app: Flask, instructor_client: FlaskClient
) -> None:
    from html import escape

    from quizapp import store
    from quizapp.core.questions.suitability import discernment_note, statements_offered
    from quizapp.models import Question, QuestionSet

    paste(instructor_client)
    set_id, ids = draft(app)
    page = instructor_client.get(f"/teach/sets/{set_id}").get_data(as_text=True)
    with app.app_context():
        rows = db.session.scalars(select(Question).where(Question.id.in_(ids))).all()
        offered = statements_offered(store.analysis_of(db.session.get(QuestionSet, set_id).article))
        note = discernment_note([store.question_to_core(q) for q in rows], offered)
    assert 'id="discernment-items"' in page
    assert escape(note) in page
