"""One usage-error style, plain help, -V, completion, --color and --strict (issue 15).

Only what hkit itself writes is asserted word for word; what Typer or Click finds (an unknown
option, a missing argument) is checked by its meaning: exit 2, hkit's prefix and its
``Try '... --help'`` line, and no box drawing.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hkit import __version__
from hkit.cli import app
from hkit.model import Status
from hkit.render.terminal.palette import SERIES, STATUS_STYLES
from tests.conftest import CASES

PROGRESS = str(CASES / "progress.yaml")
BOX = re.compile(r"[╭╮╰╯│─]")
ANSI = re.compile(r"\x1b\[[0-9;]*m")

# (arguments, the message after "hkit: error: ", the command of the Try line)
VALUE_ERRORS = [
    (
        ["gap", "-f", "jsn"],
        "--format: 'jsn' is not one of table, json, csv, markdown (did you mean 'json'?)",
        "hkit gap",
    ),
    (
        ["gap", "--method", "lvel"],
        "--method: 'lvel' is not one of rate, level, weather, regression, all"
        " (did you mean 'level'?)",
        "hkit gap",
    ),
    (
        ["show", "1.1", "--format", "csv"],
        "--format: 'csv' is not one of table, json, svg (did you mean 'svg'?)",
        "hkit show",
    ),
    (
        ["gap", "--color", "blue"],
        "--color: 'blue' is not one of auto, always, never",
        "hkit gap",
    ),
    (
        ["gap", "--as-of", "2O24"],
        "--as-of: '2O24' is not a year (write it as 4 digits, e.g. 2025)",
        "hkit gap",
    ),
    (
        ["show", "1.1", "--as-of", "1700"],
        "--as-of: 1700 is not a year between 1800 and 2200",
        "hkit show",
    ),
]


@pytest.mark.parametrize(("args", "message", "command"), VALUE_ERRORS)
def test_a_bad_option_value_is_one_line_and_a_try_line(
    runner: CliRunner, args: list[str], message: str, command: str
) -> None:
    """hkit's own wording, with did-you-mean where a word is close; exit 2; nothing on stdout."""
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"hkit: error: {message}\nTry '{command} --help' for help.\n"


@pytest.mark.parametrize(
    ("args", "command"),
    [
        (["gap", "--formt", "json"], "hkit gap"),  # unknown option
        (["gap", "--check=yes"], "hkit gap"),  # a flag given a value
        (["show"], "hkit show"),  # missing argument
        (["sho", "1.1"], "hkit"),  # unknown command
        (["gap", "--as-of"], "hkit gap"),  # option without its value
        (["gap", "--max-age", "-3", "--check"], "hkit gap"),  # Typer's own range check
    ],
)
def test_mistakes_found_by_the_parser_look_the_same(
    runner: CliRunner, args: list[str], command: str
) -> None:
    """Whatever finds the mistake, the output has hkit's two-line shape and no boxes."""
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert result.stdout == ""
    first, second = result.stderr.splitlines()
    assert first.startswith("hkit: error: ")
    assert second == f"Try '{command} --help' for help."
    assert not BOX.search(result.stderr)


def test_option_words_are_read_in_any_case(runner: CliRunner) -> None:
    """-f JSON is -f json; the choice is not fussy about case."""
    upper = runner.invoke(app, ["gap", PROGRESS, "-f", "JSON", "--method", "Level"])
    lower = runner.invoke(app, ["gap", PROGRESS, "-f", "json", "--method", "level"])
    assert upper.exit_code == 0, upper.stderr
    assert upper.stdout == lower.stdout


def test_the_error_style_holds_in_a_real_process() -> None:
    """Through the console script's code path: same two lines, exit 2."""
    env = {**os.environ, "COLUMNS": "80", "PYTHONPATH": str(Path(__file__).parents[1])}
    done = subprocess.run(
        [sys.executable, "-m", "hkit", "gap", "--format", "jsn"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == (
        "hkit: error: --format: 'jsn' is not one of table, json, csv, markdown"
        " (did you mean 'json'?)\nTry 'hkit gap --help' for help.\n"
    )


@pytest.mark.parametrize("command", [[], ["gap"], ["show"], ["validate"], ["schema"]])
def test_help_is_plain(runner: CliRunner, command: list[str]) -> None:
    """No boxes, no <bool>, no double brackets or braces, the first line not blank."""
    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "80"})
    assert result.exit_code == 0
    out = result.stdout
    assert out.splitlines()[0].strip()
    for bad in ("<bool>", "[[", "{ID}", "<str>"):
        assert bad not in out
    assert not BOX.search(out)
    assert max(len(line) for line in out.splitlines()) <= 80


def test_choices_are_listed_whole_in_help(runner: CliRunner) -> None:
    """The --method and --format words are never broken across lines."""
    out = runner.invoke(app, ["gap", "--help"], env={"COLUMNS": "80"}).stdout
    assert "[rate|level|weather|regression|all]" in out
    assert "[table|json|csv|markdown]" in out
    assert "[auto|always|never]" in out
    assert "hkit gap my-targets.yaml --check   # exit 1 if a row is below on track" in out


def test_show_usage_names_its_argument_plainly(runner: CliRunner) -> None:
    """``hkit show [OPTIONS] ID [FILE]``: the id bare, the file in one pair of brackets."""
    out = runner.invoke(app, ["show", "--help"]).stdout
    assert "hkit show [OPTIONS] ID [FILE]" in out


def test_short_version_flag(runner: CliRunner) -> None:
    """-V is --version."""
    result = runner.invoke(app, ["-V"])
    assert result.exit_code == 0
    assert result.stdout == f"hkit {__version__}\n"


def test_bare_hkit_prints_help_and_succeeds(runner: CliRunner) -> None:
    """`hkit` alone is a request for help: on stdout, exit 0, the same text as --help."""
    bare = runner.invoke(app, [])
    assert bare.exit_code == 0
    assert bare.stdout.rstrip() == runner.invoke(app, ["--help"]).stdout.rstrip()


def _complete(words: str, *, cwd: Path | None = None) -> list[str]:
    """What bash completion offers for the last of ``words`` (a real process)."""
    parts = words.split(" ")
    env = {
        **os.environ,
        "_HKIT_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(parts) - 1),
        "PYTHONPATH": str(Path(__file__).parents[1]),
    }
    env.pop("HKIT_TARGETS", None)
    done = subprocess.run(
        [sys.executable, "-c", "import hkit.cli; hkit.cli.app(prog_name='hkit')"],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_completion_script_is_served() -> None:
    """`_HKIT_COMPLETE=source_bash hkit` prints a bash completion function."""
    env = {**os.environ, "_HKIT_COMPLETE": "source_bash"}
    env["PYTHONPATH"] = str(Path(__file__).parents[1])
    done = subprocess.run(
        [sys.executable, "-c", "import hkit.cli; hkit.cli.app(prog_name='hkit')"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0
    assert "_hkit_completion" in done.stdout


@pytest.mark.slow
def test_completion_offers_commands_options_and_values(tmp_path: Path) -> None:
    """Commands, options, --format/--method words and indicator ids from the file."""
    assert "gap" in _complete("hkit g", cwd=tmp_path)
    assert "--method" in _complete("hkit gap --me", cwd=tmp_path)
    assert _complete("hkit gap --format ", cwd=tmp_path) == ["table", "json", "csv", "markdown"]
    assert _complete("hkit gap --method re", cwd=tmp_path) == ["regression"]
    assert _complete(f"hkit gap {PROGRESS} -i ", cwd=tmp_path) == list("ABCDEFGH")
    assert _complete(f"hkit gap {PROGRESS} -m 20", cwd=tmp_path) == ["2027", "2032"]
    # show ID comes before FILE: the ids of the file hkit would read (the shipped one here)
    assert "2.1" in _complete("hkit show ", cwd=tmp_path)


def test_completion_of_a_broken_file_offers_nothing(tmp_path: Path) -> None:
    """A file that cannot be read completes nothing and prints no error into the prompt."""
    bad = tmp_path / "bad.yaml"
    bad.write_text("indicators: [", encoding="utf-8")
    assert _complete(f"hkit gap {bad} -i ", cwd=tmp_path) == []


def test_color_always_and_never_beat_the_environment(runner: CliRunner) -> None:
    """--color always colours a pipe (and over NO_COLOR); --color never wins over FORCE_COLOR."""
    always = runner.invoke(app, ["gap", PROGRESS, "--color", "always"], env={"NO_COLOR": "1"})
    assert ANSI.search(always.stdout)
    never = runner.invoke(
        app, ["gap", PROGRESS, "--color", "never"], env={"FORCE_COLOR": "1", "NO_COLOR": None}
    )
    assert not ANSI.search(never.stdout)
    assert ANSI.sub("", always.stdout) == never.stdout
    auto_env = {"NO_COLOR": None, "FORCE_COLOR": "1", "TERM": "xterm"}
    auto = runner.invoke(app, ["gap", PROGRESS], env=auto_env)
    assert ANSI.search(auto.stdout)  # auto follows FORCE_COLOR
    plain = runner.invoke(app, ["gap", PROGRESS])  # NO_COLOR from the test environment
    assert not ANSI.search(plain.stdout)


def test_show_takes_color_too(runner: CliRunner) -> None:
    """hkit show --color always colours its status words."""
    result = runner.invoke(app, ["show", "A", PROGRESS, "--color", "always"])
    assert ANSI.search(result.stdout)


def test_palette_reads_on_light_and_dark() -> None:
    """No yellow and no fixed 256-colour shade; every status looks different from the others."""
    styles = [*STATUS_STYLES.values(), *(style for _, style in SERIES.values())]
    for style in styles:
        words = style.split()
        assert "yellow" not in style
        assert all(w in {"bold", "dim", "green", "cyan", "magenta", "red"} for w in words)
    assert set(STATUS_STYLES) == set(Status)
    assert len(set(STATUS_STYLES.values())) == len(STATUS_STYLES)


def test_check_passes_when_nothing_is_behind_but_strict_fails_on_the_unjudged(
    runner: CliRunner,
) -> None:
    """G has no figure since its base year: --check is 0 (with a note), --strict is 1."""
    check = runner.invoke(app, ["gap", PROGRESS, "--check", "-i", "G"])
    assert check.exit_code == 0
    assert "could not be assessed" in check.stderr
    strict = runner.invoke(app, ["gap", PROGRESS, "--strict", "-i", "G"])
    assert strict.exit_code == 1
    assert strict.stderr == (
        "hkit: 1 of 1 row could not be assessed (not available):\n"
        "  G 2027: Not available (not_available)\n"
    )
    both = runner.invoke(app, ["gap", PROGRESS, "--check", "--strict", "-i", "D", "-i", "E"])
    assert both.exit_code == 0  # judged and on track: strict has nothing to fail on
