"""The ``quizapp`` command.

Sub-commands are imported only when invoked, so ``quizapp analyze`` never imports Flask
and ``quizapp create-instructor`` never imports spaCy.
"""

from __future__ import annotations

import importlib

import click

# command name -> "module:attribute" below quizapp.cli
COMMANDS: dict[str, str] = {
    "analyze": "analysis:analyze",
    "generate": "question_sets:generate",
    "import": "sets_db:import_files",
    "export": "sets_db:export",
    "db": "admin:db",
    "create-instructor": "admin:create_instructor",
    "delete-learner": "admin:delete_learner",
    "load-bundled": "admin:load_bundled",
    "serve": "admin:serve",
    "worker": "jobs_cli:worker",
    "export-scores": "scores:export_scores",
    "purge": "privacy:purge",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attribute = target.split(":")
        module = importlib.import_module(f"{__name__}.{module_name}")
        return getattr(module, attribute)


@click.group(cls=LazyGroup)
def main() -> None:
    """quizapp: attribution is not verification."""
