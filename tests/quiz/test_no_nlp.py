"""Taking a quiz never loads the NLP model: spaCy stays out of the process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import json, sys, pathlib
from quizapp import create_app, migrate
from quizapp.extensions import db
from quizapp.models import Role
from tests.factories.app import FAST_HASHING, add_user, log_in
from tests.factories.bridge import answer_everything, join_and_start, published_set

tmp = pathlib.Path(sys.argv[1])
app = create_app({
    "TESTING": True, "DATABASE_URL": f"sqlite:///{tmp / 'q.db'}",
    "INSTANCE_PATH": str(tmp / "instance"), "SECRET_KEY": "x", "WTF_CSRF_ENABLED": False,
    **FAST_HASHING,
})
with app.app_context():
    migrate.upgrade(db.engine)
add_user(app, "pupil", Role.LEARNER)
built = published_set(app)
client = app.test_client()
log_in(client, "pupil")
attempt_id = join_and_start(client, built)
answer_everything(client, app, attempt_id)
client.get(f"/learn/attempts/{attempt_id}/review")
results = client.get(client.post(f"/learn/attempts/{attempt_id}/submit").location)
client.get("/learn/history")
assert b"Score: 100%" in results.data, results.status_code
print(json.dumps({
    "spacy": "spacy" in sys.modules,
    "nlp": "quizapp.core.nlp" in sys.modules,
}))
"""


def test_taking_a_quiz_never_imports_spacy(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert loaded == {"spacy": False, "nlp": False}
