"""Reading the input: paths that are not files, stdin, BOM and CRLF, size limits, no writes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hkit.cli import app
from hkit.read import load

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "targets.yaml"
SMALL = """\
schema_version: 1
milestones:
  "2027": {data_year: 2025}
sources:
  s: {title: S, grade: official}
indicators:
  - id: "1"
    name: One
    unit: "%"
    direction: increase
    observations:
      - {year: 2014, value: 1e0, source: s}
      - {year: 2020, value: 1_000, source: s}
    targets:
      "2027": 2.5e3
"""


def test_directory_missing_and_dangling_paths(runner: CliRunner, tmp_path: Path) -> None:
    """A path that is not a readable file is one clear message naming it, exit 2."""
    (tmp_path / "folder").mkdir()
    (tmp_path / "dangling.yaml").symlink_to(tmp_path / "nowhere.yaml")
    expected = {
        "folder": "folder: error: is a directory without open-sdg data or metadata files "
        "(name a targets file such as targets.yaml, or a folder with data/*-*.csv)",
        "absent.yaml": "absent.yaml: error: no such file",
        "dangling.yaml": "dangling.yaml: error: no such file",
    }
    for name, message in expected.items():
        for command in (["validate"], ["gap", "--format", "json"]):
            result = runner.invoke(app, [*command, name], catch_exceptions=False)
            assert (result.exit_code, result.stdout, result.stderr) == (2, "", message + "\n")


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (PermissionError(13, "Permission denied"), "permission denied"),
        (OSError(5, "Input/output error"), "cannot read: Input/output error"),
    ],
)
def test_unreadable_file(
    runner: CliRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    error: OSError,
    message: str,
) -> None:
    """A file that cannot be read is refused with a message, not a traceback.

    (``open`` is replaced because chmod 000 does not stop root, who runs some CI jobs.)
    """
    path = tmp_path / "secret.yaml"
    path.write_text(SMALL, encoding="utf-8")

    def refuse(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(load, "open", refuse, raising=False)
    result = runner.invoke(app, ["validate", str(path)], catch_exceptions=False)
    assert result.exit_code == 2
    assert result.stderr == f"{path}: error: {message}\n"


def test_bom_crlf_and_stdin_read_like_a_plain_file(runner: CliRunner, tmp_path: Path) -> None:
    """A UTF-8 BOM and CRLF line endings change nothing, from a file or from stdin."""
    plain = tmp_path / "plain.yaml"
    plain.write_text(SMALL, encoding="utf-8")
    odd = tmp_path / "odd.yaml"
    odd.write_bytes(b"\xef\xbb\xbf" + SMALL.replace("\n", "\r\n").encode())
    expected = runner.invoke(app, ["gap", str(plain), "--format", "json"]).stdout
    rows = json.loads(expected)["rows"]
    # 1e0, 1_000 and 2.5e3 are numbers (YAML 1.1 would read 1e0 and 2.5e3 as text).
    values = (rows[0]["baseline"]["value"], rows[0]["latest"]["value"], rows[0]["target"]["value"])
    assert values == (1, 1000, 2500)
    from_file = runner.invoke(app, ["gap", str(odd), "--format", "json"])
    from_stdin = runner.invoke(app, ["gap", "-", "--format", "json"], input=odd.read_bytes())
    for result in (from_file, from_stdin):
        assert result.exit_code == 0, result.stderr
        record = json.loads(result.stdout)
        assert record["rows"] == rows


def test_stdin_errors_name_stdin(runner: CliRunner) -> None:
    """Problems in stdin are located in ``<stdin>``; JSON on stdin is recognised by its brace."""
    result = runner.invoke(app, ["validate", "-"], input="schema_version: 1\nfoo: [\n")
    assert result.exit_code == 2
    assert result.stderr.startswith("<stdin>:3:1: error: invalid YAML:")
    result = runner.invoke(app, ["validate", "-"], input='{"schema_version": 1,}')
    assert result.exit_code == 2
    # CPython places a trailing comma's error at the comma or after it, by release.
    assert re.match(r"<stdin>:1:2[12]: error: invalid JSON: ", result.stderr)


def test_yaml_above_the_limit_is_refused_before_parsing(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """YAML over MAX_YAML_BYTES is refused with a hint to use JSON; JSON of that size is read."""
    monkeypatch.setattr(load, "MAX_YAML_BYTES", len(SMALL) - 1)
    for name in ("big.yaml", "big"):
        path = tmp_path / name
        path.write_text(SMALL, encoding="utf-8")
        result = runner.invoke(app, ["validate", str(path)], catch_exceptions=False)
        assert result.exit_code == 2
        assert result.stderr == (
            f"{path}: error: is larger than 0 MiB, the limit for YAML "
            "(save it as JSON, which hkit reads far faster)\n"
        )
    result = runner.invoke(app, ["validate", "-"], input=SMALL)
    assert result.exit_code == 2
    assert "<stdin>: error: is larger than" in result.stderr
    from hkit.read.parse import parse

    as_json = tmp_path / "big.json"
    data = parse(SMALL, name="x", json_format=False).data
    as_json.write_text(json.dumps(data) + " " * len(SMALL), encoding="utf-8")
    result = runner.invoke(app, ["validate", str(as_json)], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr


def test_read_bytes_reads_no_more_than_the_limit_needs(tmp_path: Path) -> None:
    """An oversized file costs limit + 1 bytes of reading, whatever its size."""
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"#" * 10_000)
    assert len(load.read_bytes(str(path), limit=100)) == 101
    assert len(load.read_bytes(str(path), limit=20_000)) == 10_000


def _snapshot(folder: Path) -> dict[str, tuple[int, bytes]]:
    return {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in sorted(folder.iterdir())}


def test_hkit_never_writes_to_its_input(runner: CliRunner, tmp_path: Path) -> None:
    """Every command leaves the input file, and its folder, exactly as they were."""
    folder = tmp_path / "in"
    folder.mkdir()
    good = folder / "targets.yaml"
    good.write_text(SHIPPED.read_text(encoding="utf-8"), encoding="utf-8")
    bad = folder / "bad.json"
    bad.write_text('{"schema_version": 1, "schema_version": 2}', encoding="utf-8")
    before = _snapshot(folder)
    for path in (good, bad):
        for command in (["validate"], ["gap"], ["gap", "--format", "csv"], ["gap", "--check"]):
            runner.invoke(app, [*command, str(path)], catch_exceptions=False)
        with path.open("rb") as stdin:
            subprocess.run(
                [sys.executable, "-m", "hkit", "gap", "-", "--format", "json"],
                stdin=stdin,
                capture_output=True,
                check=False,
                timeout=120,
            )
    assert _snapshot(folder) == before


def test_brackets_in_text_are_not_nesting(tmp_path: Path) -> None:
    """150 names with an unclosed "[" (size bands such as "[10, 50)") are valid, not deep."""
    indicators = "".join(
        f'  - {{id: "i{i}", name: "firms, size band [10, 50) no. {i}", unit: firms, '
        f"direction: increase, observations: [{{year: 2020, value: 1, source: s}}]}}\n"
        for i in range(150)
    )
    path = tmp_path / "bands.yaml"
    path.write_text(
        "schema_version: 1\nmilestones: {}\nsources: {s: {title: S, grade: official}}\n"
        "indicators:\n" + indicators,
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 0, result.stderr
    assert "150 indicators" in result.stdout
