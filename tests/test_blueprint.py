"""The shipped Blueprint's JSON twin: generated at build time (hatch_build.py), current with
targets.yaml after an install, and never a different answer."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from hkit.errors import InputError
from hkit.read.blueprint import FORMAT, TWIN, make_twin, read_twin, stamp, twin_text
from hkit.read.inputguard import decode
from hkit.read.load import choose_file, load_chosen, load_plan, packaged_targets
from hkit.read.parse_yaml import parse_yaml

from .conftest import ROOT, SHIPPED


def shipped_data() -> object:
    raw = SHIPPED.read_bytes()
    return parse_yaml(decode(raw, name="t"), name="t").data


# What a failure says first: the fix, not a dump of both documents. (hkit itself then reads the
# YAML: a stale twin is slower, never wrong; this test makes sure installs do write it.)
STALE = "targets.yaml was edited since the install: run scripts/regenerate to rewrite its twin"


def test_the_twin_is_current() -> None:
    current = read_twin(SHIPPED.read_bytes()) == shipped_data()
    assert current, STALE
    written = TWIN.read_text(encoding="utf-8") == twin_text(SHIPPED.read_bytes(), shipped_data())
    assert written, STALE


def test_the_twin_gives_the_plan_the_yaml_gives() -> None:
    choice = choose_file(None)
    assert choice.packaged
    assert Path(choice.path) == packaged_targets()
    via_twin = load_chosen(choice, display_name="x")
    via_yaml = load_plan(choice.path, display_name="x")
    assert via_twin == via_yaml
    assert len(via_twin.indicators) == 8


def test_a_stale_twin_is_ignored(tmp_path: Path) -> None:
    raw = SHIPPED.read_bytes()
    twin = tmp_path / "twin.json"
    twin.write_text(twin_text(raw, {"stale": True}), encoding="utf-8")
    assert read_twin(raw, twin=twin) == {"stale": True}
    edited = raw.replace(b"Blueprint", b"Blueprint ", 1)
    assert stamp(edited) != stamp(raw)
    assert read_twin(edited, twin=twin) is None


@pytest.mark.parametrize(
    "content",
    [
        None,  # missing
        b"{not json",
        b"[]",
        json.dumps({"format": "other/1", "yaml": "", "data": {}}).encode(),
    ],
)
def test_a_missing_or_foreign_twin_is_ignored(tmp_path: Path, content: bytes | None) -> None:
    twin = tmp_path / "twin.json"
    if content is not None:
        twin.write_bytes(content)
    assert read_twin(SHIPPED.read_bytes(), twin=twin) is None


def test_the_twin_says_what_it_is() -> None:
    document = json.loads(TWIN.read_text(encoding="utf-8"))
    assert document["format"] == FORMAT
    assert document["yaml"] == stamp(SHIPPED.read_bytes()), STALE


def test_make_twin_is_what_the_install_wrote() -> None:
    assert make_twin(SHIPPED) == TWIN.read_text(encoding="utf-8"), STALE


def test_a_file_with_problems_gets_no_twin(tmp_path: Path) -> None:
    """A duplicate key would vanish in a twin: make_twin refuses, and the YAML is read."""
    broken = tmp_path / "targets.yaml"
    broken.write_text("schema_version: 1\nschema_version: 1\n", encoding="utf-8")
    with pytest.raises(InputError):
        make_twin(broken)


@pytest.mark.slow
def test_the_build_hook_puts_the_twin_in_the_wheel(tmp_path: Path) -> None:
    """A wheel built from this checkout carries a current twin (hatch_build.py), which is
    not in the repository."""
    build = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation"]
    subprocess.run(
        [*build, "--wheel-dir", str(tmp_path), str(ROOT)], check=True, capture_output=True
    )
    [wheel] = tmp_path.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        twin = archive.read("hkit/read/blueprint.json").decode("utf-8")
    assert twin == make_twin(SHIPPED)
    tracked = subprocess.run(
        ["git", "ls-files", "hkit/read/blueprint.json"], cwd=ROOT, capture_output=True, text=True
    )
    assert tracked.stdout == ""


def test_a_twin_reads_the_figures_file_the_yaml_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The twin holds the YAML's data, not the CSV its ``observations_file`` names: read
    through the twin, the plan has those figures all the same (and follows the CSV's edits,
    which the stamp of the YAML cannot see)."""
    from functools import partial

    import hkit.read.blueprint
    from hkit.read.load import Choice, Origin

    yaml_text = (
        "schema_version: 1\nobservations_file: figures.csv\n"
        'milestones: {"2030": {data_year: 2030}}\n'
        "sources: {stats: {title: S, grade: official}}\n"
        "indicators:\n"
        "  - {id: A, name: A, unit: '%', direction: increase, observations: [],"
        ' targets: {"2030": 20}}\n'
    )
    source = tmp_path / "targets.yaml"
    source.write_text(yaml_text, encoding="utf-8")
    (tmp_path / "figures.csv").write_text(
        "indicator,year,value,source\nA,2020,10,stats\nA,2024,12,stats\n", encoding="utf-8"
    )
    raw = source.read_bytes()
    twin = tmp_path / "twin.json"
    twin.write_text(twin_text(raw, parse_yaml(decode(raw, name="t"), name="t").data))
    monkeypatch.setattr(hkit.read.blueprint, "read_twin", partial(read_twin, twin=twin))
    choice = Choice(str(source), Origin.PACKAGED)

    via_twin = load_chosen(choice)
    assert [o.year for o in via_twin.indicators[0].observations] == [2020, 2024]
    assert via_twin == load_plan(str(source))


def test_checkouts_keep_the_committed_bytes() -> None:
    """Every checkout reads (and stamps its twin from) the Blueprint file's committed bytes:
    .gitattributes keeps it LF on Windows too."""
    done = subprocess.run(
        ["git", "check-attr", "eol", "--", "targets.yaml"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("not a git checkout (an sdist): its files are the bytes it was built with")
    assert done.stdout.splitlines() == ["targets.yaml: eol: lf"]


def test_verbose_says_whether_the_twin_is_read(tmp_path: Path) -> None:
    """`hkit gap -v` on the shipped file says which of the two it read."""
    done = subprocess.run(
        [sys.executable, "-m", "hkit", "gap", "-f", "json", "-v"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    assert f"read from its JSON twin {TWIN}" in done.stderr
