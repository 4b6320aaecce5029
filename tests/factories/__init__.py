"""Test data in one place; fixtures live in the conftest.py files.

- ``app``: the test app (``make_app``), users and logging in.
- ``bridge``: a hand-built, published question set on a bridge article (the quiz tests).
- ``results``: sets, attempts and answers built straight through the models (results).
- ``classes``: an instructor's published set and a pupil's attempt (classes, privacy).
- ``seed``: the seed article and a fake analyser that finds its claims (authoring).
- ``claims``: core claims written by hand, spans found in the text (the question tests).
- ``rule_extractor``: a small rule-based stand-in for the trained claim extractor.
- ``authoring``: an analysed article with its draft set, a question, answers to all of it.
"""
