"""``hkit report`` as one self-contained HTML page, and ``hkit show --format svg``.

Jinja2 templates (``hkit/templates``, shipped in the package) with autoescaping on for every
template: each string from a targets file is escaped for HTML and SVG text and attributes by
the template engine, never by hand. Imported only by those two commands (Jinja2 costs start-up
time that ``hkit gap`` must not pay; tests/test_startup.py checks it).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import TextIO

import jinja2
import markupsafe

from hkit.assess.record import Report
from hkit.assess.story import Story
from hkit.model import Plan
from hkit.render.html.page import anchor_names, build_page
from hkit.render.html.svg_chart import build_chart, coordinate
from hkit.render.html.template_cache import template_cache
from hkit.textsafe import visible


def plus(at: str | float, amount: float) -> str:
    """A template filter: the SVG coordinate ``at`` moved by ``amount``."""
    return coordinate(float(at) + amount)


def shown(value: object) -> object:
    """What a template prints for each ``{{ ... }}``: text with its control characters made
    visible (``hkit.textsafe``; XML forbids most of them in SVG, and HTML cannot show them),
    before autoescaping. Markup (a macro's output) was built from values already shown."""
    # Every character ``visible`` escapes is one ``str.isprintable`` rejects (a test checks
    # each code point), so printable text, ASCII or not ("◆", "–", "€"), has nothing to show:
    # most values skip the pattern, whose first use compiles it. 7 million instructions of
    # ``hkit report`` on the shipped file, where the check was ``isascii`` too (callgrind).
    if value.__class__ is str and value.isprintable():
        return value
    if isinstance(value, str) and not isinstance(value, markupsafe.Markup):
        return visible(value, newlines=True)
    return value


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The template environment: autoescape everywhere, undefined names are errors."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("hkit.render.html", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=shown,
    )
    env.filters["plus"] = plus
    env.bytecode_cache = template_cache(env)  # compiled once per user: see template_cache
    return env


def render_report(plan: Plan, report: Report, *, today: dt.date) -> str:
    """The HTML page of ``report``, assessed from ``plan``, written on ``today``."""
    page = build_page(plan, report, today=today)
    return environment().get_template("report.html.j2").render(page=page)


def render_svg(story: Story) -> str:
    """The chart of one indicator as a standalone SVG document, with its own styles."""
    template = environment().from_string(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '{% from "chart.svg.j2" import chart %}'
        "{{ chart(c, ident, standalone=True) }}\n"
    )
    ident = anchor_names([story.indicator.id])[story.indicator.id]
    return template.render(c=build_chart(story), ident=ident)


def write_svg(story: Story, out: TextIO) -> None:
    """``hkit show --format svg``: the chart of one indicator (see ``render_svg``)."""
    out.write(render_svg(story))
