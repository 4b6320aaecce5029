from __future__ import annotations

from pathlib import Path

from quizapp import config


def test_secret_key_is_generated_once_into_the_instance_folder(tmp_path: Path):
    first = config.secret_key(tmp_path)
    assert len(first) == 64
    assert (tmp_path / "secret_key").read_text() == first
    assert config.secret_key(tmp_path) == first
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0


def test_environment_overrides_are_read_with_types():
    env = {
        "DATABASE_URL": "postgresql://x/y",
        "QUIZAPP_MAX_CONTENT_LENGTH": "2048",
        "QUIZAPP_SESSION_COOKIE_SECURE": "true",
        "UNRELATED": "1",
    }
    values = config.from_environment(env)
    assert values == {
        "DATABASE_URL": "postgresql://x/y",
        "MAX_CONTENT_LENGTH": 2048,
        "SESSION_COOKIE_SECURE": True,
    }


def test_instance_config_file_is_read(tmp_path: Path, monkeypatch):
    from quizapp import create_app

    instance = tmp_path / "instance"
    instance.mkdir()
    (instance / "config.py").write_text("QUIZAPP_GREETING = 'hello from instance'\n")
    app = create_app({"INSTANCE_PATH": str(instance), "DATABASE_URL": "sqlite://"})
    assert app.config["QUIZAPP_GREETING"] == "hello from instance"
    assert (instance / "secret_key").exists()
