"""``hkit report`` as one self-contained HTML page, and ``hkit show --format svg``.

Jinja2 templates (``hkit/render/html/templates``, shipped in the package, and compiled to
Python in ``compiled/``) with autoescaping on for every template: each string from a targets
file is escaped for HTML and SVG text and attributes by the template engine, never by hand.
Imported only by those two commands (Jinja2 costs start-up time that ``hkit gap`` must not
pay; tests/test_startup.py checks it).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path
from typing import TextIO

import jinja2
import markupsafe

from hkit.assess.record import Report
from hkit.assess.story import Story
from hkit.model import Plan, Status
from hkit.render.html import compiled
from hkit.render.html.page import anchor_names, build_page
from hkit.render.html.svg_chart import build_chart, coordinate
from hkit.textsafe import visible

# The templates compiled to Python modules (``template_modules``), for Jinja2's ModuleLoader.
COMPILED = Path(compiled.__file__).parent


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
    """The template environment: the compiled templates when this Jinja2 compiled them, else
    the templates' source, compiled once per user (``template_cache``)."""
    # getattr: the Pallets projects have been retiring ``__version__``; without it, the source.
    if getattr(jinja2, "__version__", None) == compiled.JINJA2_VERSION:
        return _environment(jinja2.ModuleLoader(COMPILED))
    from hkit.render.html.template_cache import template_cache  # for this case only

    env = source_environment()
    env.bytecode_cache = template_cache(env)
    return env


def source_environment() -> jinja2.Environment:
    """The environment that reads the templates' source (``hkit/render/html/templates``)."""
    return _environment(jinja2.PackageLoader("hkit.render.html", "templates"))


def _environment(loader: jinja2.BaseLoader) -> jinja2.Environment:
    """Autoescape everywhere, undefined names are errors. These settings shape the compiled
    code as well as the source does (``compiled`` holds code compiled with them)."""
    env = jinja2.Environment(
        loader=loader,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=shown,
    )
    env.filters["plus"] = plus
    return env


def render_report(plan: Plan, report: Report, *, today: dt.date) -> str:
    """The HTML page of ``report``, assessed from ``plan``, written on ``today``."""
    page = build_page(plan, report, today=today)
    env = environment()
    # Each status's icon drawn once, not at each of the page's fifty or so uses: a macro
    # call cost about 40,000 instructions (2 million of the page, callgrind).
    icon = env.get_template("icons.html.j2").module.icon  # type: ignore[attr-defined]
    icons = {status.value: icon(status.value) for status in Status}
    return env.get_template("report.html.j2").render(page=page, icons=icons)


def render_svg(story: Story) -> str:
    """The chart of one indicator as a standalone SVG document, with its own styles."""
    ident = anchor_names([story.indicator.id])[story.indicator.id]
    template = environment().get_template("chart_document.svg.j2")
    return template.render(c=build_chart(story), ident=ident)


def write_svg(story: Story, out: TextIO) -> None:
    """``hkit show --format svg``: the chart of one indicator (see ``render_svg``)."""
    out.write(render_svg(story))
