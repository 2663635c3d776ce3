"""A corpus of hostile and careless text, and a targets file that carries it in every text field.

Each payload is one class of problem from issue 9: terminal control sequences, C1 controls,
rich markup, forged message lines, Markdown and HTML, spreadsheet formulas, bidi overrides.
``plan_with`` puts a payload into every text field a targets file has (ids, names, units,
groups, notes, titles, milestone names, source keys, ...), as JSON, so that any character fits.
"""

from __future__ import annotations

import json
import re
from typing import Any

PAYLOADS = {
    # Terminal control sequences (ESC ...)
    "csi_clear": "a\x1b[2J\x1b[Hb",
    "sgr_red": "\x1b[31mred\x1b[0m",
    "osc0_title": "t\x1b]0;pwned\x07x",
    "osc8_link": "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\",
    "osc52_clipboard": "\x1b]52;c;cm0gLXJmIH4=\x07",
    "dcs": "\x1bP+q544e\x1b\\",
    "device_query": "q\x1b[6n\x1b[c\x1bZ",
    # C1 controls (U+0080-U+009F): CSI, OSC, NEL, ST
    "c1_csi": "\x9b2J\x9b31mx",
    "c1_osc": "\x9d0;title\x9c",
    "c1_nel": "a\x85b",
    # Other C0 controls, DEL
    "so_si_nul": "\x0eshift\x0f\x00nul",
    "bell_backspace": "a\x07\x08\x08b\x0b\x0c",
    "carriage_return": "safe\rEVIL",
    "tab": "a\tb",
    "delete": "a\x7fb",
    # Bidi overrides and separators ("Trojan Source")
    "bidi": "admin\u202e\u2066gnp.exe\u2069\u202c",
    "line_separator": "a\u2028b\u2029c",
    # rich markup and emoji codes
    "rich_link": "[link=https://evil.example]click[/link]",
    "rich_blink": "[blink]x[/blink] [bold red]y",
    "rich_unbalanced": "x [/] y [/bold]",
    "emoji": ":smile: :warning:",
    # Forged message lines
    "forged_line": "k\nt.yaml:1:1: error: forged",
    # Markdown and HTML
    "md_pipe": "a|b \\| c",
    "md_cr": "one\rtwo\r\nthree",
    "md_heading": "x\n\n# Heading\n\n<b>raw</b>",
    "md_html": "<script>alert(1)</script><img src=x onerror=alert(1)><details open>",
    "md_entity": "&lt;b&gt; &amp; &#x1b;",
    "md_link": "[click](javascript:alert(1)) ![i](https://evil.example/x.png)",
    "md_emphasis": "*em* _u_ `code` ~~s~~ $x$",
    "md_list": "- item",
    "md_ordered": "1. item",
    "md_quote": "> quoted",
    "md_break": "---",
    "md_mention": "@octocat @org/team",
    # Spreadsheet formulas (CSV injection)
    "csv_equals": '=HYPERLINK("https://evil.example","x")',
    "csv_plus": "+cmd|' /C calc'!A0",
    "csv_minus": "-2+3+cmd|' /C calc'!A0",
    "csv_at": "@SUM(1+1)*cmd|' /C calc'!A0",
    "csv_tab": "\t=1+1",
    "csv_cr": "\r=1+1",
}

# C0 (except newline), DEL, C1, bidi controls and separators, surrogates: never in
# human-readable output.
UNSAFE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f"
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]"
)
SGR = re.compile("\x1b\\[[0-9;]*m")


def unsafe_in(output: str, *, colour: bool = False) -> list[str]:
    """The unsafe characters in ``output`` (hkit's own SGR codes allowed when ``colour``)."""
    if colour:
        output = SGR.sub("", output)
    return UNSAFE.findall(output)


def plan_with(text: str) -> dict[str, Any]:
    """A valid targets file (as data) with ``text`` in every text field.

    Ids, milestone names and source keys must stay distinct, so each gets a short suffix.
    """
    milestone = f"{text}M"
    source = f"{text}S"
    derived = f"{text}D"
    return {
        "schema_version": 1,
        "title": text,
        "baseline_year": 2020,
        "milestones": {milestone: {"data_year": 2030, "note": text}},
        "sources": {
            source: {
                "title": text,
                "publisher": text,
                "grade": "secondary",
                "description": text,
            },
            derived: {"title": text, "grade": "derived"},
        },
        "indicators": [
            {
                "id": f"{text}1",
                "name": text,
                "unit": text,
                "group": text,
                "note": text,
                "direction": "increase",
                "observations": [
                    {"year": 2020, "value": 10, "source": source, "note": text, "quote": text},
                    {"year": 2024, "value": 12, "source": derived, "note": text},
                ],
                "targets": {milestone: {"value": 20, "note": text}},
            },
            {
                "id": f"{text}2",
                "name": text,
                "unit": "%",
                "direction": "decrease",
                "observations": [
                    {"year": 2020, "value": -0.5, "source": source},
                    {"year": 2023, "value": 0.5, "source": source},
                ],
            },
        ],
    }


def write_plan(folder: Any, text: str, name: str = "hostile.json") -> Any:
    """Write ``plan_with(text)`` as JSON (``\\u`` escapes for every control) and return its path."""
    path = folder / name
    path.write_text(json.dumps(plan_with(text)), encoding="utf-8")
    return path
