"""Hostile text in every text field, through every command and format (issue 9).

The corpus (``tests/hostile.py``) holds one payload per class of problem. Human-readable
output (tables, ``show``, ``--method all``, Markdown, messages) must hold no control
character but newlines and hkit's own colour codes, and no live rich markup; Markdown must
render as the text itself; JSON must keep the exact text; CSV must read back row for row,
with formula-like text cells neutralised.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from hkit.cli import app
from hkit.model import Status
from hkit.textsafe import csv_text, visible
from tests.hostile import PAYLOADS, plan_with, unsafe_in, write_plan

WIDE = {"COLUMNS": "300", "NO_COLOR": "1", "TERM": "dumb"}
COLOUR = {"COLUMNS": "300", "FORCE_COLOR": "1", "TERM": "xterm-256color", "NO_COLOR": ""}
# "--" before the id: an id may start with "-".
TEXT_VIEWS = [
    ["gap", "--"],
    ["gap", "--method", "all", "--"],
    ["show", "--", "{id}"],
    ["show", "--method", "all", "--", "{id}"],
    ["validate", "--"],
    ["gap", "--by", "group", "--"],
]
COLOUR_VIEWS = (TEXT_VIEWS[0], TEXT_VIEWS[2])
ids = list(PAYLOADS)


def _invoke(runner: CliRunner, args: list[str], path: Path, env: dict[str, str]) -> Any:
    text = path.read_text(encoding="utf-8")
    ident = json.loads(text)["indicators"][0]["id"]
    argv = [a.replace("{id}", ident) for a in args]
    return runner.invoke(app, [*argv, str(path)], env=env, catch_exceptions=False)


@pytest.mark.slow
@pytest.mark.parametrize("name", ids)
def test_terminal_views_show_no_control_character(
    name: str, runner: CliRunner, tmp_path: Path
) -> None:
    """Tables, show, --method all and validate: controls made visible, markup literal."""
    payload = PAYLOADS[name]
    path = write_plan(tmp_path, payload)
    runs = [(args, WIDE, False) for args in TEXT_VIEWS]
    runs += [(args, COLOUR, True) for args in COLOUR_VIEWS]
    runs.append((["gap", "--as-of", "2023", "--"], COLOUR, True))
    for args, env, colour in runs:
        if True:
            result = _invoke(runner, args, path, env)
            assert result.exit_code == 0, (args, result.stderr)
            assert unsafe_in(result.stdout, colour=colour) == [], args
            assert unsafe_in(result.stderr) == [], args
            if not colour and args[0] != "validate":
                # Markup is text: the payload's brackets are printed as written.
                assert "[" not in payload or "[" in result.stdout
    wide = _invoke(runner, ["gap", "--"], path, WIDE)
    assert visible(payload.replace("\r\n", "\n")) in wide.stdout or "\n" in payload


@pytest.mark.parametrize("name", ids)
def test_messages_are_one_line_per_problem(name: str, runner: CliRunner, tmp_path: Path) -> None:
    """Errors naming file text (ids, keys, paths, file names) stay one line each, no controls."""
    payload = PAYLOADS[name]
    path = write_plan(tmp_path, payload)
    unknown = runner.invoke(app, ["gap", str(path), "-i", "nope"], env=WIDE)
    assert unknown.exit_code == 2
    assert len(unknown.stderr.splitlines()) == 1
    assert unsafe_in(unknown.stderr) == []
    plan = plan_with(payload)
    plan["indicators"][0][payload] = 1  # an unknown key
    plan["indicators"][1]["observations"][0]["value"] = payload  # text for a number
    broken = tmp_path / f"{name}\x1b]0;t\x07.json"
    broken.write_text(json.dumps(plan), encoding="utf-8")
    result = runner.invoke(app, ["validate", str(broken)], env=WIDE)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 3, lines  # two problems and the count
    assert all(": error: " in line for line in lines[:2])
    assert unsafe_in(result.stderr) == []


def _markdown_tokens(text: str) -> list[Any]:
    md = MarkdownIt("commonmark").enable("table").enable("strikethrough")
    tokens: list[Any] = []

    def walk(items: list[Any]) -> None:
        for token in items:
            tokens.append(token)
            walk(token.children or [])

    walk(md.parse(text))
    return tokens


@pytest.mark.parametrize("name", ids)
@pytest.mark.parametrize("method", ["rate", "all"])
def test_markdown_renders_as_the_text(
    name: str, method: str, runner: CliRunner, tmp_path: Path
) -> None:
    """GFM: no cell split, no HTML, link, image, heading, code, list or emphasis from the text;
    the name cell renders as the name (line breaks as spaces, controls made visible)."""
    payload = PAYLOADS[name]
    path = write_plan(tmp_path, payload)
    result = runner.invoke(app, ["gap", str(path), "-f", "markdown", "--method", method], env=WIDE)
    assert result.exit_code == 0, result.stderr
    assert unsafe_in(result.stdout) == []
    tokens = _markdown_tokens(result.stdout)
    kinds = {t.type for t in tokens}
    forbidden = {"html_inline", "html_block", "link_open", "image", "code_inline", "hr"}
    forbidden |= {"s_open", "em_open", "blockquote_open", "ordered_list_open", "code_block"}
    assert not kinds & forbidden, kinds & forbidden
    assert [t.tag for t in tokens if t.type == "heading_open"] == ["h3"]
    assert "@" not in result.stdout.replace("\\@", "")  # no mention in a PR comment
    # Bold only for hkit's own status words (every status is bold: issue 15).
    for index, token in enumerate(tokens):
        if token.type == "strong_open":
            assert tokens[index + 1].content in {status.label for status in Status}
    rows = [t for t in tokens if t.type == "tr_open"]
    cells = [t for t in tokens if t.type in ("td_open", "th_open")]
    assert len(cells) % len(rows) == 0  # every row has as many cells as the header
    folded = " ".join(payload.replace("\r\n", " ").replace("\r", " ").split("\n")).strip(" \t")
    folded = folded.replace("\x85", " ").replace("\u2028", " ").replace("\u2029", " ")
    rendered = [_plain(t) for t in tokens if t.type == "inline"]
    # The name cell (--method all shows the id instead).
    # (lead cells are made visible before Markdown: their line breaks show as \n)
    expected = {visible(folded)} if method == "rate" else {visible(f"{payload}1").strip(" ")}
    assert expected & set(rendered), (expected, rendered[:3])


def _plain(token: Any) -> str:
    """The text an inline token renders to (entities and escapes resolved)."""
    return "".join(c.content for c in token.children or [] if c.type in ("text", "softbreak"))


@pytest.mark.parametrize("name", ids)
@pytest.mark.parametrize("method", ["rate", "all"])
def test_json_keeps_the_exact_text(
    name: str, method: str, runner: CliRunner, tmp_path: Path
) -> None:
    """JSON is for programs: every text field round-trips exactly."""
    payload = PAYLOADS[name]
    path = write_plan(tmp_path, payload)
    result = runner.invoke(app, ["gap", str(path), "-f", "json", "--method", method], env=WIDE)
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["title"] == payload
    row = document["rows"][0]
    assert (row["indicator"], row["name"], row["unit"], row["group"]) == (
        f"{payload}1",
        payload,
        payload,
        payload,
    )
    assert row["milestone"] == f"{payload}M"
    assert row["latest"]["source"] == f"{payload}D"
    ident = f"{payload}1"
    story = runner.invoke(app, ["show", "-f", "json", "--", ident, str(path)], env=WIDE)
    assert story.exit_code == 0, story.stderr
    assert json.loads(story.stdout)["indicator"]["name"] == payload


@pytest.mark.parametrize("name", ids)
@pytest.mark.parametrize("method", ["rate", "all"])
def test_csv_reads_back_row_for_row(
    name: str, method: str, runner: CliRunner, tmp_path: Path
) -> None:
    """CSV: one record per row whatever the text holds (CR included); formula-like text
    cells start with ', numbers stay numbers."""
    payload = PAYLOADS[name]
    path = write_plan(tmp_path, payload)
    result = runner.invoke(app, ["gap", str(path), "-f", "csv", "--method", method], env=WIDE)
    assert result.exit_code == 0, result.stderr
    # The bytes: Click's Result.stdout turns CRLF into LF.
    out = result.stdout_bytes.decode("utf-8")
    records = list(csv.DictReader(io.StringIO(out, newline="")))
    assert len(records) == 2
    first = records[0]
    assert first["name"] == csv_text(payload)
    assert first["indicator"] == csv_text(f"{payload}1")
    assert first["latest_source"] == csv_text(f"{payload}D")
    for record in records:
        for value in record.values():
            assert not value.startswith(("=", "+", "@", "\t", "\r")), value
    # Numbers are numbers, negative ones included: no quote before them.
    assert records[1]["baseline_value"] == "-0.5"
    assert records[1]["latest_value"] == "0.5"


def test_csv_formula_policy_exact() -> None:
    """The policy itself: a leading ' before = + - @, tab, CR, LF; other text unchanged."""
    for text in ("=1+1", "+1", "-1", "@A1", "\tx", "\rx", "\nx"):
        assert csv_text(text) == "'" + text
    for text in ("", "a=1", " =1", "1-2", "'=x", "Ⅲ"):
        assert csv_text(text) == text


@pytest.mark.parametrize("name", ids)
def test_diff_and_groups_are_safe(name: str, runner: CliRunner, tmp_path: Path) -> None:
    """``hkit diff`` (table, Markdown) and ``gap --by group`` (Markdown, CSV) on hostile text."""
    payload = PAYLOADS[name]
    old = write_plan(tmp_path, payload, "old.json")
    plan = plan_with(payload)
    plan["indicators"][0]["observations"][1]["value"] = 30  # a revised figure, a new status
    plan["indicators"].append({**plan["indicators"][1], "id": f"{payload}3"})
    new = tmp_path / "new.json"
    new.write_text(json.dumps(plan), encoding="utf-8")
    for output in ("table", "markdown"):
        result = runner.invoke(app, ["diff", str(old), str(new), "-f", output], env=WIDE)
        assert result.exit_code == 0, result.stderr
        assert unsafe_in(result.stdout) == []
        if output == "markdown":
            kinds = {t.type for t in _markdown_tokens(result.stdout)}
            assert not kinds & {"html_inline", "html_block", "link_open", "image", "em_open"}
    grouped = runner.invoke(app, ["gap", str(old), "--by", "group", "-f", "markdown"], env=WIDE)
    assert grouped.exit_code == 0, grouped.stderr
    assert unsafe_in(grouped.stdout) == []
    kinds = {t.type for t in _markdown_tokens(grouped.stdout)}
    assert not kinds & {"html_inline", "html_block", "link_open", "image", "em_open"}
    as_csv = runner.invoke(app, ["gap", str(old), "--by", "group", "-f", "csv"], env=WIDE)
    records = list(csv.DictReader(io.StringIO(as_csv.stdout_bytes.decode(), newline="")))
    assert records[0]["group"] == csv_text(payload)


@pytest.mark.parametrize("name", ids)
def test_html_report_and_svg_show_no_control_character(
    name: str, runner: CliRunner, tmp_path: Path
) -> None:
    """``hkit report`` and ``show --format svg``: controls made visible before the template
    engine escapes for HTML; the SVG stays well-formed XML (which forbids most controls)."""
    payload = PAYLOADS[name]
    path = write_plan(tmp_path, payload)
    page = runner.invoke(app, ["report", str(path)], env=WIDE)
    assert page.exit_code == 0, page.stderr
    assert unsafe_in(page.stdout) == []
    assert "<script>alert" not in page.stdout
    svg = runner.invoke(app, ["show", "-f", "svg", "--", f"{payload}1", str(path)], env=WIDE)
    assert svg.exit_code == 0, svg.stderr
    assert unsafe_in(svg.stdout) == []
    ElementTree.fromstring(svg.stdout_bytes)


@pytest.mark.parametrize(
    "args",
    [
        ["gap", "--format", "\x1b[2J"],
        ["gap", "--nope\x1b]0;t\x07"],
        ["\x9b2Jgap"],
        ["gap", "a", "b", "x\x1b[2J"],
        ["gap", "--as-of", "\x1b[6n"],
        ["show", "\x1b[2J\u202e"],
    ],
)
def test_usage_errors_show_no_control_character(args: list[str], runner: CliRunner) -> None:
    """Words typed on the command line come back in errors made visible, one line each."""
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert unsafe_in(result.stderr) == []
    assert result.stderr.startswith("hkit: error: ")
    assert len(result.stderr.splitlines()) <= 2


def test_printable_text_has_nothing_to_make_visible() -> None:
    """Each character ``visible`` escapes is one ``str.isprintable`` rejects, so its short
    cut for printable text (and the report template's, hkit.render.html.document.shown)
    changes nothing. Every code point, on this Python's Unicode database."""
    from hkit import textsafe

    escaped = [
        textsafe._compiled(textsafe._UNSAFE_LINE),
        textsafe._compiled(textsafe._UNSAFE_LINES),
    ]
    for code in range(0x110000):
        char = chr(code)
        if any(pattern.search(char) for pattern in escaped):
            assert not char.isprintable(), hex(code)
    assert not "\r\n".isprintable()  # the one pair the multi-line pattern matches
