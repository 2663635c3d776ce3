"""The outlook on the command line: ``gap --check --min-chance``, and the outlook said in
words by ``show`` and Markdown, through real processes (stdout and stderr apart).

The shipped file's 1.2 (GERD per capita) is on track for 2027 with a chance of 81 % (its five
figures 2020 to 2024); its 2.2 (unicorns) has two figures from its base, so no outlook.
"""

from __future__ import annotations

import json

from tests.conftest import SHIPPED, run_hkit

ON_TRACK = ("gap", str(SHIPPED), "--indicator", "1.2", "--milestone", "2027", "--check")


def test_min_chance_passes_a_likely_row() -> None:
    """81 % is not below 80 %: exit 0, nothing said."""
    done = run_hkit(*ON_TRACK, "--min-chance", "0.8", "--format", "json")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    (row,) = json.loads(done.stdout)["rows"]
    assert row["outlook"]["chance"] > 0.8


def test_min_chance_fails_a_row_below_it_and_names_it() -> None:
    """81 % is below 90 %: exit 1 although the row is on track; stderr names the row."""
    done = run_hkit(*ON_TRACK, "--min-chance", "0.9", "--format", "json")
    assert done.returncode == 1
    assert json.loads(done.stdout)["rows"][0]["status"] == "substantial_progress"
    assert done.stderr.splitlines() == [
        "hkit: 1 of 1 row is below a 90% chance:",
        "  1.2 2027: On track (substantial_progress); likely (81%)",
    ]


def test_rows_without_an_outlook_fail_only_when_strict() -> None:
    """2.2 for 2032 is on track but has no outlook: said, and a failure only with --strict."""
    args = ("gap", str(SHIPPED), "-i", "2.2", "-m", "2032", "--check", "--min-chance", "0.5")
    lenient = run_hkit(*args)
    assert lenient.returncode == 0, lenient.stderr
    assert lenient.stderr == "hkit: 1 of 1 row has no outlook for --min-chance to judge\n"
    assert run_hkit(*args, "--strict").returncode == 1


def test_min_chance_needs_check_and_a_probability() -> None:
    """Without --check, or outside 0 to 1, it is a usage error (exit 2), stdout empty."""
    for args in (("gap", "--min-chance", "0.5"), ("gap", "--check", "--min-chance", "50")):
        done = run_hkit(*args)
        assert done.returncode == 2
        assert done.stdout == ""
        assert "--min-chance" in done.stderr


def test_show_says_the_outlook_in_words_and_per_cent() -> None:
    """show's sentence per milestone and Markdown's (the row's ``summary``) end with the
    outlook's clause: the phrase and the per cent."""
    shown = run_hkit("show", "1.1", str(SHIPPED))
    assert shown.returncode == 0, shown.stderr
    assert "reaching 1.3% by 2025 is unlikely (12%)" in " ".join(shown.stdout.split())
    table = run_hkit("gap", str(SHIPPED), "--format", "markdown", "-i", "1.2", "-m", "2027")
    assert "; on the current trend, reaching HK\\$5,000 by 2025 is likely (81%). |" in table.stdout
