"""The Flask-free core of quizapp: analysis, generation, scoring and file formats.

Nothing under this package imports Flask or SQLAlchemy, so the web app, the CLI and the
tests use it the same way. spaCy is imported only inside ``nlp.py``, and only when an
analysis actually runs.
"""
