"""WSGI entry point for gunicorn: ``gunicorn -c python:quizapp.gunicorn_conf quizapp.wsgi:app``."""

from quizapp import create_app

app = create_app()
