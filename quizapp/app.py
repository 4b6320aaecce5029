"""The application factory."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flask import Flask, render_template, request
from werkzeug.exceptions import HTTPException

from quizapp import config as config_module
from quizapp.extensions import csrf, db, login_manager


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """Build the app: defaults, then instance/config.py, then the environment, then ``config``."""
    overrides = dict(config or {})
    instance_path = Path(
        overrides.pop("INSTANCE_PATH", None) or config_module.instance_path_default()
    )
    app = Flask(__name__, instance_path=str(instance_path), instance_relative_config=True)
    app.config.from_object(config_module.Defaults)
    app.config.from_pyfile("config.py", silent=True)
    app.config.update(config_module.from_environment())
    app.config.update(overrides)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = config_module.secret_key(instance_path)
    app.config.setdefault("DATABASE_URL", config_module.default_database_url(instance_path))
    if app.config["PREFERRED_URL_SCHEME"] == "https":
        app.config["SESSION_COOKIE_SECURE"] = True
        app.config["REMEMBER_COOKIE_SECURE"] = True
    if app.config["DATABASE_URL"].startswith("sqlite"):
        instance_path.mkdir(parents=True, exist_ok=True)
    if app.config["PROXY_COUNT"]:
        from werkzeug.middleware.proxy_fix import ProxyFix

        n = int(app.config["PROXY_COUNT"])
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n, x_host=n)  # type: ignore[method-assign]

    db.init_app(app)
    csrf.init_app(app)
    login_manager.init_app(app)

    from quizapp import security

    security.init_app(app)
    from quizapp import local_time

    local_time.init_app(app)
    from quizapp import question_templates

    question_templates.init_app(app)

    from quizapp.api import bp as api_bp
    from quizapp.auth import bp as auth_bp
    from quizapp.instructor import bp as instructor_bp
    from quizapp.main import bp as main_bp
    from quizapp.quiz import bp as quiz_bp

    app.register_blueprint(main_bp)
    app.register_blueprint(auth_bp)
    app.register_blueprint(quiz_bp)
    app.register_blueprint(instructor_bp)
    app.register_blueprint(api_bp)

    _register_error_pages(app)
    return app


def _register_error_pages(app: Flask) -> None:
    friendly = {
        400: "The request could not be read.",
        403: "You do not have access to that page.",
        404: "There is no such page.",
        405: "That action is not allowed here.",
        413: (
            "That upload is too large. The limit is {limit}: try a shorter file, or paste the text."
        ),
        429: "Too many attempts. Please wait a few minutes and try again.",
    }

    @app.errorhandler(HTTPException)
    def _http_error(error: HTTPException) -> Any:
        code = error.code or 500
        message = friendly.get(code, error.description or "Something went wrong.")
        if code == 413:
            # The limit that refused this request: the article form allows more than others.
            limit = (request.max_content_length or app.config["MAX_CONTENT_LENGTH"]) // 1024
            message = message.format(limit=f"{limit:,} KB")
        elif code != 500 and error.description and not _is_default(error):
            message = error.description
        return render_template("error.html", code=code, message=message), code


def _is_default(error: HTTPException) -> bool:
    return error.description == type(error).description
