"""``hkit report`` as one self-contained HTML page, and ``hkit show --format svg``.

Jinja2 templates (``hkit/templates``, shipped in the package) with autoescaping on for every
template: each string from a targets file is escaped for HTML and SVG text and attributes by
the template engine, never by hand. Imported only by those two commands (Jinja2 costs start-up
time that ``hkit gap`` must not pay; tests/test_startup.py checks it).
"""

from __future__ import annotations

from functools import lru_cache

import jinja2

from hkit.compute import Report
from hkit.model import Plan
from hkit.render.page import anchor_names, build_page
from hkit.render.svg_chart import build_chart, coordinate
from hkit.story import Story


def plus(at: str | float, amount: float) -> str:
    """A template filter: the SVG coordinate ``at`` moved by ``amount``."""
    return coordinate(float(at) + amount)


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The template environment: autoescape everywhere, undefined names are errors."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("hkit", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["plus"] = plus
    return env


def render_report(plan: Plan, report: Report) -> str:
    """The HTML page of ``report``, assessed from ``plan``."""
    page = build_page(plan, report)
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
