"""``python -m quizapp.cli``: the same command as the ``quizapp`` script, with no install."""

from quizapp.cli import main

if __name__ == "__main__":
    main(prog_name="quizapp")
