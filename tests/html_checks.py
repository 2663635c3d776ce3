"""Checks on an HTML page that need no browser: a strict HTML5 parse, unique ids, references
that resolve, and nothing loaded from elsewhere. Shared by the report tests."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import html5lib

# The report's embedded data (hkit.render.html.first_screen): the one data: URL allowed.
CSV_DATA = "data:text/csv;charset=utf-8;base64,"

SVG = "{http://www.w3.org/2000/svg}"
# Elements that would load or run something: a self-contained page has none of them.
FORBIDDEN = {
    "script",
    "link",
    "iframe",
    "img",
    "object",
    "embed",
    "base",
    "frame",
    "audio",
    "video",
}
REFERENCES = ("aria-labelledby", "aria-describedby", "for", "headers")


def parse_strict(page: str) -> ET.Element:
    """The page's element tree; html5lib in strict mode raises on any parse error (a
    misnested tag, a stray end tag, a missing doctype...)."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    root: ET.Element = parser.parse(page)
    return root


def local(tag: str) -> str:
    """``circle`` for ``{http://www.w3.org/2000/svg}circle``."""
    return tag.rsplit("}", 1)[-1]


def problems(page: str) -> list[str]:
    """Everything wrong with ``page`` as a valid, self-contained HTML5 document."""
    root = parse_strict(page)
    found: list[str] = []
    ids = [e.get("id") for e in root.iter() if e.get("id") is not None]
    seen: set[str] = set()
    for ident in ids:
        assert ident is not None
        if ident in seen:
            found.append(f"duplicate id {ident!r}")
        if not ident or re.search(r"\s", ident):
            found.append(f"invalid id {ident!r}")
        seen.add(ident)
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        tag = local(element.tag)
        if tag in FORBIDDEN:
            found.append(f"<{tag}> loads or runs something")
        for name, value in element.attrib.items():
            if name.startswith("on"):
                found.append(f"<{tag} {name}> is an event handler")
            if name in ("src", "srcset", "xlink:href", "action", "formaction"):
                found.append(f"<{tag} {name}={value!r}> loads something")
            if name in REFERENCES:
                found.extend(
                    f"<{tag} {name}> names a missing id {ref!r}"
                    for ref in value.split()
                    if ref not in seen
                )
        href = element.get("href")
        if href is not None:
            if href.startswith("#"):
                if href[1:] not in seen:
                    found.append(f"link to a missing id {href!r}")
            elif tag == "a" and "download" in element.attrib and href.startswith(CSV_DATA):
                pass  # the page's own data, to save: a download, nothing loaded or run
            elif not re.match(r"https?://", href):
                found.append(f"<{tag} href={href!r}> is neither an anchor nor a web link")
    styles = "".join(e.text or "" for e in root.iter() if e.tag in ("style", f"{SVG}style"))
    if re.search(r"url\(|@import", styles):
        found.append("the styles load something")
    return found


def text_of(root: ET.Element) -> str:
    """All the text of the document, as a reader (or a screen reader) gets it."""
    return "".join(root.itertext())
