"""A targets file may be JSON: same schema, same results, same located error messages."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from hkit.cli import app
from hkit.read.load import packaged_targets
from hkit.read.parse import parse

Write = Callable[[str, str], Path]


def shipped_data() -> Any:
    """The shipped Blueprint file as plain data (what its JSON twin holds)."""
    return parse(packaged_targets().read_text("utf-8"), name="t", json_format=False).data


def shipped_json() -> str:
    """The shipped file written as indented JSON, as a person might keep it."""
    return json.dumps(shipped_data(), indent=2, ensure_ascii=False) + "\n"


def gap_json(runner: CliRunner, *args: str, stdin: str | None = None) -> dict[str, Any]:
    """Run ``hkit gap --format json`` and return the document, checking a clean exit."""
    result = runner.invoke(app, ["gap", *args, "--format", "json"], input=stdin)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    document: dict[str, Any] = json.loads(result.stdout)
    return document


def test_json_twin_gives_the_same_report(runner: CliRunner, write_targets: Write) -> None:
    """The shipped file as JSON gives the same rows as the YAML original."""
    path = write_targets(shipped_json(), "blueprint.json")
    from_json = gap_json(runner, str(path))
    from_yaml = gap_json(runner, str(packaged_targets()))
    assert from_json["file"] == str(path)
    assert from_json["rows"] == from_yaml["rows"]
    assert len(from_json["rows"]) == 16


def test_json_by_content_on_stdin_and_without_extension(
    runner: CliRunner, write_targets: Write
) -> None:
    """Without a .json extension (stdin, a bare name) a document starting with { is JSON."""
    text = shipped_json()
    bare = write_targets(text, "blueprint")
    expected = gap_json(runner, str(packaged_targets()))["rows"]
    assert gap_json(runner, str(bare))["rows"] == expected
    assert gap_json(runner, "-", stdin=text)["rows"] == expected


def test_validate_json(runner: CliRunner, write_targets: Write) -> None:
    """hkit validate accepts the JSON twin and counts what it holds."""
    path = write_targets(shipped_json(), "blueprint.json")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0
    assert result.stdout.startswith(f"{path}: valid: ")
    # Only the warning about the Blueprint source, which has no verified URL.
    assert result.stderr.endswith(
        "warning: sources.blueprint: source has no url; 16 figures "
        "cite it (indicators 1.1, 1.2, 1.3, 2.1, 2.2, 3.1, 3.2, 4.1)\n"
    )


def broken(replace: str, by: str) -> str:
    """The JSON twin with the first ``replace`` changed to ``by``."""
    text = shipped_json()
    assert replace in text
    return text.replace(replace, by, 1)


def line_col(text: str, needle: str, *, offset: int = 0) -> str:
    """``line:column`` (1-based) of the first ``needle`` in ``text``, plus ``offset`` columns."""
    start = text.index(needle) + offset
    return f"{text.count(chr(10), 0, start) + 1}:{start - text.rfind(chr(10), 0, start)}"


CASES = {
    # name: (text, the expected message after "file:line:col: error: ", where it points)
    "syntax": (
        broken('"2032": {', '"2032" {'),
        "invalid JSON: …",  # CPython's words (they change between releases)
        ('"2032" {', 7),  # where the colon should be
    ),
    "duplicate key": (
        broken('"schema_version": 1,', '"schema_version": 1,\n  "title": "again",'),
        "title: duplicate key 'title' (each key may appear once)",
        ('"title": "Hong Kong', 0),  # the second title is the duplicate
    ),
    "unknown key": (
        broken('"direction": "increase"', '"direction": "increase", "directoin": 1'),
        "indicators[0].directoin: unknown key 'directoin' (did you mean 'direction'?)",
        ('"directoin": 1', 13),  # the locator points at the key's value, as for YAML
    ),
    "wrong type": (
        broken('"value": 0.74', '"value": "0.74%"'),
        "indicators[0].observations[0].value: expected a number, got the text '0.74%' "
        "(write 0.74, not '0.74%')",
        ('"0.74%"', 0),
    ),
    "not finite": (
        broken('"value": 0.74', '"value": NaN'),
        "indicators[0].observations[0].value: nan is not a finite number",
        ("NaN", 0),
    ),
    "undeclared source": (
        broken('"source": "blueprint"', '"source": "bluprint"'),
        "indicators[0].observations[0].source: undeclared source 'bluprint' "
        "(did you mean 'blueprint'?)",
        ('"bluprint"', 0),
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("command", [["validate"], ["gap"], ["gap", "--format", "json"]])
def test_broken_json_is_located(
    runner: CliRunner, write_targets: Write, case: str, command: list[str]
) -> None:
    """Every broken JSON file: exit 2, nothing on stdout, file:line:col and the problem."""
    text, message, (needle, offset) = CASES[case]
    path = write_targets(text, "broken.json")
    result = runner.invoke(app, [*command[:1], str(path), *command[1:]])
    assert result.exit_code == 2
    assert result.stdout == ""
    where = line_col(text, needle, offset=offset)
    if message.endswith("…"):  # the parser's words: the meaning is checked, not the wording
        assert result.stderr.startswith(f"{path}:{where}: error: {message[:-1]}")
        assert result.stderr.count("\n") == 1
    else:
        assert result.stderr == f"{path}:{where}: error: {message}\n"


def test_empty_json_file(runner: CliRunner, write_targets: Write) -> None:
    """An empty .json file is a located JSON error, not a traceback."""
    path = write_targets("", "empty.json")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{path}:1:1: error: invalid JSON: ")


def test_yaml_named_json_is_read_as_json(runner: CliRunner, write_targets: Write) -> None:
    """The .json extension decides: YAML text in a .json file is invalid JSON, located."""
    path = write_targets(packaged_targets().read_text("utf-8"), "plan.json")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{path}:1:1: error: invalid JSON: ")
