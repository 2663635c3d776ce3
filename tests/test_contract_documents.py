"""The roll-up's and the diff's documents come from their contract tables
(``hkit.contract.rollup``, ``hkit.contract.diff``): the dict records, the generated JSON text
and the CSV agree, and each change has exactly the fields its kind has."""

from __future__ import annotations

import json

from hkit.assess.compute import assess
from hkit.assess.diff import Diff, Kind, diff_plans
from hkit.assess.rollup import RollUp, roll_up
from hkit.contract import diff as diff_contract
from hkit.contract import rollup as rollup_contract
from hkit.read.load import load_plan
from hkit.render.machine.codegen import json_writer, record_writer
from hkit.render.machine.diff import render_json as diff_json
from hkit.render.machine.groups import render_csv
from hkit.render.machine.jsontext import dumps_indented
from hkit.render.machine.records import clean
from tests.conftest import CASES

# The fields of a change of each kind, as hkit diff has written them since it was added.
BY_KIND = {
    Kind.STATUS: {"milestone", "before_label", "after_label", "worse"},
    Kind.TARGET: {"milestone", "before_comparator", "after_comparator"},
    Kind.REVISED: {"year", "before_source", "after_source", "before_grade", "after_grade"},
}
COMMON = {"kind", "indicator", "name", "before", "after"}


def _diff() -> Diff:
    return diff_plans(
        load_plan(str(CASES / "diff-old.yaml")), load_plan(str(CASES / "diff-new.yaml"))
    )


def test_generated_json_matches_the_records() -> None:
    """The direct JSON writer says what json.dumps says of the record, for both documents."""
    rolled = RollUp(report := assess(load_plan(str(CASES / "progress.yaml"))), roll_up(report))
    changes = _diff()
    for shape, value in ((rollup_contract.ROLLUP, rolled), (diff_contract.DIFF, changes)):
        record = record_writer(shape)(value)
        assert json_writer(shape, level=0)(value) == dumps_indented(record)
        assert json.loads(dumps_indented(record)) == record


def test_each_change_has_the_fields_of_its_kind() -> None:
    """Status, target and figure changes each carry their own fields, and only those."""
    document = json.loads(diff_json(_diff()))
    seen = set()
    for change in document["changes"]:
        kind = Kind(change["kind"])
        seen.add(kind)
        expected = BY_KIND.get(kind, BY_KIND[Kind.REVISED])
        assert set(change) == COMMON | expected
    assert seen >= set(BY_KIND)


def test_roll_up_csv_writes_booleans_as_json_does_and_numbers_as_every_document() -> None:
    """target_achieved is true/false (not Python's True/False); the score is rounded as every
    number of every document is (``clean``: 10 significant digits, whole numbers as such)."""
    rows = roll_up(assess(load_plan(str(CASES / "progress.yaml"))))
    lines = render_csv(rows).splitlines()
    header = lines[0].split(",")
    cells = [dict(zip(header, line.split(","), strict=True)) for line in lines[1:]]
    assert {c["target_achieved"] for c in cells} == {"true", "false"}
    scored = [r for r in rows if r.score is not None]
    assert [c["score"] for c in cells if c["score"]] == [str(clean(r.score)) for r in scored]
    assert all(len(c["score"].lstrip("-").replace(".", "").lstrip("0")) <= 10 for c in cells)
