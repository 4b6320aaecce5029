"""Hostile set files: alias bombs, deep nesting, huge fields. The importer says what is
wrong (a QuestionFileError with its line) and never reads a file, hangs or grows large.

Memory limit (stated, and measured): a whole run of the property tests below, in a child
process, stays under ``RSS_LIMIT_MB`` of resident memory (its peak ``ru_maxrss``), and no
single document makes Python allocate more than ``PEAK_LIMIT_MB`` (tracemalloc).
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.core.formats import limits
from quizapp.core.formats.gift import read_gift
from quizapp.core.formats.question_set import QuestionFileError, read_question_set
from quizapp.core.questions.registry import all_types

REPO = Path(__file__).resolve().parents[3]
RSS_LIMIT_MB = 400  # measured 312 MB on the loaded 2-core CI box (hypothesis, tracemalloc included)
PEAK_LIMIT_MB = 64
QUESTION = "  - type: multiple_choice\n    stem: Who?\n    choices: [a, b]\n    answer: 0\n"


def billion_laughs(levels: int = 9) -> str:
    lines = ['l0: &l0 "lol"']
    for n in range(1, levels + 1):
        refs = ", ".join([f"*l{n - 1}"] * 10)
        lines.append(f"l{n}: &l{n} [{refs}]")
    body = "\n".join("      " + line for line in lines)
    return f"title: Bomb\nquestions:\n{QUESTION}    data:\n{body}\n"


def refused(text: str) -> QuestionFileError:
    with pytest.raises(QuestionFileError) as info:
        read_question_set(text, name="bomb.yaml")
    return info.value


def test_a_billion_laughs_file_is_refused_at_its_first_anchor() -> None:
    err = refused(billion_laughs())
    assert err.line == 8 and "aliases" in err.message


def test_an_alias_that_refers_to_itself_is_refused() -> None:
    err = refused(f"title: Loop\nquestions:\n{QUESTION}    data: {{x: &a [*a]}}\n")
    assert "aliases" in err.message


@pytest.mark.parametrize("depth", [100, 20_000])
def test_deep_yaml_nesting_is_an_import_error(depth: int) -> None:
    nested = "[" * depth + "]" * depth
    err = refused(f"title: Deep\nquestions:\n{QUESTION}    data: {{x: {nested}}}\n")
    assert f"nested more than {limits.MAX_DEPTH} deep" in err.message


@pytest.mark.parametrize("depth", [100, 20_000])
def test_deep_gift_json_is_an_import_error(depth: int) -> None:
    meta = '{"data": {"x": ' + "[" * depth + "]" * depth + "}}"
    with pytest.raises(QuestionFileError) as info:
        read_gift(f"// quizapp: {meta}\n::Q1:: Who? {{=a ~b}}\n", "deep.gift")
    assert "nested" in info.value.message and info.value.line in (1, 2)


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("stem", "x" * 5_001),
        ("choices", "[" + ", ".join(f"c{n}" for n in range(31)) + "]"),
        ("choices", f"[a, {'b' * 1_001}]"),
        ("explanation", "x" * 10_001),
        ("data", "{x: [" + ", ".join(["abcdefghij"] * 5_000) + "]}"),
    ],
)
def test_a_field_over_its_limit_is_named(field: str, text: str) -> None:
    question = {"stem": "Who?", "choices": "[a, b]", "answer": "0", field: text}
    body = "\n".join(f"    {k}: {v}" for k, v in question.items())
    err = refused(f"title: Big\nquestions:\n  - type: multiple_choice\n{body}\n")
    assert err.message.startswith(f"{field}:") and "than" in err.message


def test_too_many_questions() -> None:
    err = refused("title: Many\nquestions:\n" + QUESTION * (limits.MAX_QUESTIONS + 1))
    assert err.message.startswith("questions: more than")
    gift = "\n".join(f"::Q{n}:: Who? {{=a ~b}}\n" for n in range(limits.MAX_QUESTIONS + 1))
    with pytest.raises(QuestionFileError):
        read_gift(gift, "many.gift")


def test_a_huge_article_title_is_refused() -> None:
    err = refused(f"title: T\narticle: {{text: hello, title: {'x' * 301}}}\nquestions: []\n")
    assert err.message.startswith("title: longer than 300")


# --- property: random hostile documents -----------------------------------------------------

PATHS = ["/etc/passwd", "../instance/secret_key", "/dev/zero", "a.txt", "/proc/self/environ"]
words = st.text(st.sampled_from("ab: -[]{}&*<>!'\"#,\n"), max_size=12)
huge = st.integers(1_000, 200_000).map(lambda n: "x" * n)
scalars = st.one_of(words, st.sampled_from(PATHS), huge)


@st.composite
def yaml_values(draw, depth: int = 0) -> str:
    """A YAML flow value: scalars, lists, maps, anchors, aliases, merge keys, deep nests."""
    kind = draw(st.sampled_from(["scalar", "list", "map", "alias", "merge", "deep", "bomb"]))
    if depth > 3 or kind == "scalar":
        return json.dumps(draw(scalars))
    if kind == "alias":
        return f"&a{depth} {json.dumps(draw(scalars))}" if draw(st.booleans()) else "*a0"
    if kind == "deep":
        n = draw(st.integers(1, 3_000))
        return "[" * n + "]" * n
    if kind == "bomb":
        return (
            "{"
            + billion_laughs(draw(st.integers(1, 9)))
            .split("data:\n")[1]
            .replace("\n      ", ", ")
            .strip()
            .rstrip(",")
            + "}"
        )
    items = draw(st.lists(yaml_values(depth + 1), max_size=4))
    if kind == "list":
        return "[" + ", ".join(items) + "]"
    keys = draw(st.lists(st.sampled_from(["article", "text", "stem", "x", "<<"]), max_size=4))
    pairs = [f"{k}: {v}" for k, v in zip(keys, items, strict=False)]
    if kind == "merge":
        pairs.append(f"<<: {{article: {json.dumps(draw(st.sampled_from(PATHS)))}}}")
    return "{" + ", ".join(pairs) + "}"


@st.composite
def yaml_documents(draw) -> str:
    lines = [f"title: {draw(yaml_values())}"]
    for key in draw(st.lists(st.sampled_from(["article", "<<", "settings", "x"]), max_size=3)):
        lines.append(f"{key}: {draw(yaml_values())}")
    questions = draw(st.lists(yaml_values(), max_size=3))
    fields = "type: multiple_choice, stem: Who?, choices: [a, b], answer: 0"
    lines.append("questions:")
    lines += [f"  - {{{fields}, data: {{x: {q}}}}}" for q in questions]
    return "\n".join(lines) + "\n"


@st.composite
def gift_documents(draw) -> str:
    chunks = []
    for _ in range(draw(st.integers(1, 3))):
        qtype = draw(st.sampled_from(["multiple_choice", "who_said", "x"]))
        deep = draw(st.integers(0, 3_000))
        nested = "[" * deep + "]" * deep or "0"
        path = json.dumps(draw(st.sampled_from(PATHS)))
        meta = f'{{"type": "{qtype}", "data": {{"x": {path}, "y": {nested}}}}}'
        stem = draw(st.one_of(words, huge, st.sampled_from(PATHS)))
        wrong = draw(st.one_of(words, huge))
        chunks.append(f"// quizapp: {meta}\n::Q:: {stem} {{={draw(words)} ~{wrong}}}")
    return "\n\n".join(chunks) + "\n"


class FileOpened(AssertionError):
    pass


_watching: list[bool] = []


def _audit(event: str, args: tuple) -> None:
    if _watching and event in ("open", "os.listdir", "os.scandir"):
        _watching.clear()
        raise FileOpened(f"the importer touched the file system: {event} {args[:1]}")


sys.addaudithook(_audit)


def import_safely(read, text: str) -> None:
    """Run an importer; only its own error may come out, no file opened, bounded heap."""
    all_types()  # the question types load lazily: a module import is not a file read
    tracemalloc.start()
    tracemalloc.reset_peak()
    _watching.append(True)
    try:
        read(text)
    except QuestionFileError:
        pass
    finally:
        _watching.clear()
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert peak < PEAK_LIMIT_MB * 2**20, f"{peak / 2**20:.0f} MB for {len(text):,} characters"


PROPERTY = settings(
    max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None
)


@PROPERTY
@given(yaml_documents())
def test_any_hostile_yaml_gives_only_an_import_error(text: str) -> None:
    import_safely(lambda t: read_question_set(t, name="fuzz.yaml"), text)


@PROPERTY
@given(gift_documents())
def test_any_hostile_gift_gives_only_an_import_error(text: str) -> None:
    import_safely(lambda t: read_gift(t, "fuzz.gift"), text)


def test_resident_memory_stays_bounded_over_a_hostile_run() -> None:
    """The two property tests again, in a child process whose peak RSS is then read."""
    script = textwrap.dedent(
        """
        import importlib.util, resource, sys
        # A hard cap too, so that a bomb that got through fails here, not on the machine.
        resource.setrlimit(resource.RLIMIT_AS, (2**30, 2**30))
        spec = importlib.util.spec_from_file_location("limits_tests", sys.argv[1])
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.test_any_hostile_yaml_gives_only_an_import_error()
        module.test_any_hostile_gift_gives_only_an_import_error()
        print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, __file__],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=REPO,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-1500:]
    rss_mb = int(done.stdout.split()[-1])
    assert rss_mb < RSS_LIMIT_MB, f"peak resident size {rss_mb} MB"
