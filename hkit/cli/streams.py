"""The standard streams and environment of an hkit process, made safe before a command runs.

- A broken pipe (``hkit gap -f json | head -c 10``): SIGPIPE is given back its default
  action, so hkit ends quietly the moment the reader leaves, as Unix tools do (the shell
  reports 141); never exit 1, never "Exception ignored ... BrokenPipeError" on stderr.
- A closed stdout (``>&-``): one message on stderr and exit 2, before any work. A closed
  stderr (``2>&-``): messages go nowhere, exit codes still say what happened. A closed stdin
  is an input error only when ``-`` asks to read it (``hkit.read.load``).
- Text a stream cannot carry (an ASCII terminal, ``LC_ALL=C``, a file name that is not
  UTF-8) is written as ``\\uXXXX`` escapes: valid inside a JSON string whatever the stream's
  encoding, and readable in a table. Under UTF-8 only lone surrogates (from such file names)
  are escaped; everything else is written as is.
- ``COLUMNS`` or ``LINES`` that is not a positive number (``0``, ``-5``, ``abc``) counts as
  unset, for Typer's help as for hkit's tables.
"""

from __future__ import annotations

import codecs
import os
import signal
import sys

from hkit.errors import ExitCode

ESCAPE_ERRORS = "hkit-json-escape"


def _json_escape(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: each character a stream cannot encode as a JSON ``\\u`` escape
    (a pair of them above U+FFFF)."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    pieces = []
    for char in error.object[error.start : error.end]:
        code = ord(char)
        if code > 0xFFFF:
            code -= 0x10000
            pieces.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
        else:
            pieces.append(f"\\u{code:04x}")
    return "".join(pieces), error.end


codecs.register_error(ESCAPE_ERRORS, _json_escape)


def prepare() -> None:
    """Make the process's streams and environment safe (see the module docstring).

    Raises ``SystemExit(2)`` when stdout is closed: there is nowhere to put the output.
    """
    if hasattr(signal, "SIGPIPE"):  # not on Windows
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    for name in ("COLUMNS", "LINES"):
        value = os.environ.get(name)
        if value is not None and not (value.strip().isdigit() and int(value) > 0):
            del os.environ[name]
    if sys.stderr is None:  # 2>&-: Python leaves it None; messages go nowhere
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - the process's stderr until exit
    if sys.stdout is None:  # >&-
        sys.stderr.write("hkit: error: cannot write the output: standard output is closed\n")
        raise SystemExit(ExitCode.INPUT_ERROR)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors=ESCAPE_ERRORS)
