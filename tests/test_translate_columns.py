"""open-sdg translations: a column's cells translated once per distinct text, as cell by cell."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from hkit.read.opensdg.csvtable import Cell
from hkit.read.opensdg.translate import Translator

KEYS = {"data.Male": "Men", "Sex.F": "Women", "Total": "All", "data.Both": "Total"}
CELLS = st.one_of(
    st.none(),
    st.sampled_from(["Male", "F", "Total", "Both", "data.Male", "Other", ""]),
    st.floats(allow_nan=False),
    st.integers(),
    st.booleans(),
)


@given(st.lists(CELLS, max_size=30))
def test_a_column_reads_as_translated_cell_by_cell(cells: list[Cell]) -> None:
    """Each distinct text looked up once gives what looking up every cell gave."""
    translator = Translator(KEYS)
    expected = [translator.text(cell, ("Sex", "data")) for cell in cells]
    assert translator.column(cells, ("Sex", "data")) == expected


def test_a_column_with_nothing_to_translate_is_kept_as_read() -> None:
    """Numbers and words without a key: the same list, not a copy."""
    cells: list[Cell] = [1.0, 2.5, None, "x", 3]
    assert Translator(KEYS).column(cells, ("Value", "data")) is cells
