"""Text from files other people wrote, made safe for where it is shown: terminal, Markdown, CSV.

Names, units, ids, titles, notes, milestone names, source keys and file names come from
files hkit does not control. Shown raw, an ESC or C1 byte can clear the screen, set the
window title, write the clipboard (OSC 52) or make the terminal type a reply; a bidi
override can make text read differently from what it is; a line break can forge a message
line. So every piece of such text passes through one of these functions on its way to a
person. JSON keeps the exact text; it is the channel for programs.

- ``visible``: for terminals and messages. Every control character is shown as an escape a
  reader can see, Python-style: ``\\t``, ``\\n``, ``\\r``, ``\\x1b`` for C0 and DEL,
  ``\\u009b`` for C1 (U+0080-U+009F), ``\\u202e`` for bidi embeddings, overrides, isolates and
  marks (the "Trojan Source" set) and the line and paragraph separators, ``\\udXXX`` for a
  lone surrogate, ``\\ufffe`` and ``\\uffff`` (which XML 1.0 forbids), and ``\\xNN`` for a
  byte of a file name that is not UTF-8 (which Python carries as U+DC80-U+DCFF). Newlines
  are kept only where the caller allows several lines.
- ``markdown``: for one line of GitHub-flavoured Markdown (a table cell, a list item, a
  heading): line breaks folded to spaces, controls made visible, Markdown punctuation
  backslash-escaped and HTML's ``<``, ``>`` and ``&`` written as entities.
- ``csv_text``: a text cell that a spreadsheet would run as a formula (it starts with
  ``=``, ``+``, ``-``, ``@``, a tab, CR or LF: OWASP's "CSV injection") gets a leading ``'``.
- ``terminal_output``: a last pass over rendered terminal output that keeps hkit's own SGR
  colour codes and newlines and makes any other control character visible.
"""

from __future__ import annotations

import re
from functools import cache

# Patterns are kept as text and compiled on first use (``_compiled``), not at import: the
# surrogate and bidi ranges make them slow to compile (about 2 ms in all), and a run that
# writes JSON never shows file-borne text to a person.

# Bidi controls (Trojan Source, CVE-2021-42574): ALM, LRM, RLM, LRE..RLO, LRI..PDI.
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
# C0 but newline, DEL, C1, bidi, line/paragraph separators, surrogates, and the two
# noncharacters XML 1.0 forbids (U+FFFE, U+FFFF: an SVG or page holding one is ill-formed).
_CONTROLS = "\x00-\x09\x0b-\x1f\x7f-\x9f" + _BIDI + "\u2028\u2029\ud800-\udfff\ufffe\uffff"
_UNSAFE_LINE = f"[\n{_CONTROLS}]"
_UNSAFE_LINES = f"\r\n|[{_CONTROLS}]"
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}
# hkit's own colour codes (rich writes SGR only), or anything that needs escaping.
_OUTPUT = f"(\x1b\\[[0-9;]*m)|[{_CONTROLS}]"
_LINE_BREAKS = "\r\n|[\n\r\x85\u2028\u2029]"
# Markdown punctuation that can start emphasis, code, links, tables, strikethrough, headings
# or maths, anywhere in a line, and @ (a mention in a pull-request comment); backslash-escaped
# (GFM allows any ASCII punctuation to be).
_MARKDOWN = r"([\\`*_\[\]|~#$!@])"
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# At the start of a list item: a nested list or thematic break, or an ordered list ("1.").
# A sign ("+0.17 pp", "+HK$252", "-221") starts neither: a list marker needs a space.
_BULLET = r"^[-+](?=\s|$|-)"
_ORDERED = r"^(\d{1,9})([.)])(?=\s|$)"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled once, on its first use. The functions below run once per cell;
    calling ``re.sub(pattern, ...)`` there looked the pattern up in re's cache at every call,
    about 0.3 s of ``hkit gap --format markdown`` on 10,000 indicators."""
    return re.compile(pattern)


def _escape(char: str) -> str:
    named = _NAMED.get(char)
    if named is not None:
        return named
    code = ord(char)
    if code < 0x80:
        return f"\\x{code:02x}"
    if 0xDC80 <= code <= 0xDCFF:
        # A byte of a file name that is not UTF-8 (os.fsdecode's surrogateescape): the byte.
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}"


def visible(text: str, *, newlines: bool = False) -> str:
    """``text`` with every control character shown as an escape (see the module docstring).

    With ``newlines`` a line break (LF, or CRLF, written as LF) is kept, for text shown on
    several lines; otherwise it becomes ``\\n`` and the text stays on one line.
    """
    if text.isprintable():
        # Every character escaped here is one isprintable rejects (a test checks each code
        # point): most text, in any script, has nothing to show, and skips compiling the
        # patterns, whose ranges of bidi controls and surrogates make them slow to compile.
        return text
    if newlines:
        if _compiled(_UNSAFE_LINES).search(text) is None:
            return text
        return _compiled(_UNSAFE_LINES).sub(
            lambda m: "\n" if m.group() == "\r\n" else _escape(m.group()), text
        )
    if _compiled(_UNSAFE_LINE).search(text) is None:
        return text
    return _compiled(_UNSAFE_LINE).sub(lambda m: _escape(m.group()), text)


def terminal_output(rendered: str) -> str:
    """Rendered terminal output with its SGR colour codes and newlines kept and any other
    control character made visible: a net under ``visible``, should a field be missed."""
    return _compiled(_OUTPUT).sub(lambda m: m.group(1) or _escape(m.group()), rendered)


def markdown(text: str) -> str:
    """``text`` as one line of GitHub-flavoured Markdown that renders as exactly that text:
    no cell split, no emphasis, link, heading, list, HTML tag or entity from the text."""
    text = _compiled(_LINE_BREAKS).sub(" ", text).strip(" \t")
    text = visible(text)
    text = _compiled(_MARKDOWN).sub(r"\\\1", text)
    text = "".join(_HTML.get(c, c) for c in text) if any(c in text for c in "&<>") else text
    text = _compiled(_BULLET).sub(r"\\\g<0>", text)
    return _compiled(_ORDERED).sub(r"\1\\\2", text)


def csv_text(text: str) -> str:
    """A CSV text cell that no spreadsheet runs as a formula: ``'`` before a leading
    ``= + - @``, tab, CR or LF (numbers are written as numbers and never get it)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text
