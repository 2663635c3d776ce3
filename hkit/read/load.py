"""Find, read and validate a targets file: the path, stdin, ``$HKIT_TARGETS``, ``./targets.yaml``
or the Blueprint file shipped inside the package, in that order.
"""

from __future__ import annotations

import os
import stat
import sys
from enum import Enum
from pathlib import Path
from typing import BinaryIO, NamedTuple

from hkit.errors import InputError, Problem, UsageError
from hkit.model import Plan
from hkit.read.document import MAX_JSON_BYTES, MAX_PROBLEMS, MAX_YAML_BYTES, KeyPath
from hkit.read.files import ALLOW_HINT, inside, note_file, outside_allowed, read_regular
from hkit.read.inputguard import decode
from hkit.read.parse import parse
from hkit.read.text_again import Stamp, TextAgain, check_json_depth, stamp
from hkit.read.validate import build_plan

ENV_VAR = "HKIT_TARGETS"
DEFAULT_NAME = "targets.yaml"
STDIN = "-"


class Origin(Enum):
    """Where the name of the file to read came from, in the lookup's order; the value says it
    in words (``--verbose``, and the hint of an error in a file the user did not name)."""

    ARGUMENT = "given on the command line"
    VARIABLE = f"from ${ENV_VAR}"
    CURRENT_DIRECTORY = "found in the current directory"
    PACKAGED = "the Blueprint file shipped with hkit"


class Choice(NamedTuple):
    """Which file will be read, and why (for ``--verbose`` and error messages)."""

    path: str  # a file path, or "-" for standard input
    origin: Origin

    @property
    def packaged(self) -> bool:
        """Whether this is the Blueprint file shipped with hkit."""
        return self.origin is Origin.PACKAGED


def choose_file(argument: str | None, *, cwd: Path | None = None) -> Choice:
    """Apply the lookup order: argument (``-`` is stdin) → ``$HKIT_TARGETS`` →
    ``./targets.yaml`` → the packaged Blueprint file."""
    if argument is not None:
        if not argument:
            # Typically an unset variable in a script ("$TARGETS"): never fall back silently.
            raise UsageError("the targets file name is empty (use - for standard input)")
        return Choice(argument, Origin.ARGUMENT)
    env = os.environ.get(ENV_VAR)
    if env:
        return Choice(env, Origin.VARIABLE)
    try:
        local = (cwd or Path.cwd()) / DEFAULT_NAME
    except OSError:
        # The working folder was deleted: it cannot hold a targets.yaml, so look no further.
        local = None
    if local is not None and local.is_file():
        return Choice(str(local), Origin.CURRENT_DIRECTORY)
    return Choice(str(packaged_targets()), Origin.PACKAGED)


def packaged_targets() -> Path:
    """Path of the Blueprint targets file shipped with hkit.

    An installed wheel carries it inside the package; a source checkout (and an editable
    install of one) keeps the one copy at the top of the repository, beside the package.
    """
    # Beside this module, as importlib.resources would say for a package on disk, without
    # its 2 ms of imports at every start (python -X importtime).
    package = Path(__file__).parent.parent
    inside = package / DEFAULT_NAME
    return inside if inside.is_file() else package.parent / DEFAULT_NAME


def read_bytes(path: str, *, limit: int = MAX_JSON_BYTES) -> bytes:
    """The raw bytes of ``path`` (or of stdin for ``-``), at most ``limit + 1`` of them so that
    an oversized input is known without reading it all; an ``InputError`` if unreadable."""
    return read_stamped(path, limit=limit)[0]


def read_stamped(path: str, *, limit: int) -> tuple[bytes, Stamp | None]:
    """``read_bytes``, and the stamp of the file read when it is a regular file that did not
    change while being read (``hkit.read.text_again``); None for stdin, a pipe or a device."""
    name = "<stdin>" if path == STDIN else path
    try:
        if path == STDIN:
            if sys.stdin is None:  # <&-: Python leaves it None
                raise InputError([Problem(name, "standard input is closed")])
            _refuse_device(sys.stdin.buffer, name)
            return sys.stdin.buffer.read(limit + 1), None
        with open(path, "rb") as handle:
            _refuse_device(handle, name)
            before = os.fstat(handle.fileno())
            note_file(before)  # no output may replace it
            raw = handle.read(limit + 1)
            after = os.fstat(handle.fileno())
        unchanged = stat.S_ISREG(after.st_mode) and stamp(before) == stamp(after)
        return raw, stamp(after) if unchanged and len(raw) == after.st_size else None
    except FileNotFoundError:
        raise InputError([Problem(name, "no such file")]) from None
    except IsADirectoryError:
        raise InputError(
            [Problem(name, "is a directory", hint=f"name a file such as {DEFAULT_NAME}")]
        ) from None
    except PermissionError:
        raise InputError([Problem(name, "permission denied")]) from None
    except OSError as exc:
        raise InputError([Problem(name, f"cannot read: {exc.strerror or exc}")]) from None


_DEVICES = {stat.S_IFCHR: "a character device", stat.S_IFBLK: "a block device"}
_DEVICES[stat.S_IFSOCK] = "a socket"


def _refuse_device(stream: BinaryIO, name: str) -> None:
    """Refuse a device (``/dev/zero`` would be read up to the size limit and then blamed
    for its size); regular files, pipes and a terminal on stdin are fine."""
    try:
        fd = stream.fileno()
    except (OSError, ValueError):  # not a file (a test's buffer): nothing to check
        return
    kind = _DEVICES.get(stat.S_IFMT(os.fstat(fd).st_mode))
    if kind is not None and not os.isatty(fd):
        raise InputError([Problem(name, f"is {kind}, not a regular file")])


def is_json(path: str, text: str) -> bool:
    """JSON by extension, or, without one (stdin), by a first character of ``{``."""
    by_name = _json_by_name(path)
    return by_name if by_name is not None else text.lstrip()[:1] == "{"


def _json_by_name(path: str) -> bool | None:
    suffix = Path(path).suffix.lower()
    if suffix == ".json":
        return True
    if suffix in (".yaml", ".yml"):
        return False
    return None


def _too_large(name: str, limit: int, *, json_format: bool) -> InputError:
    hint = None if json_format else "save it as JSON, which hkit reads far faster"
    size = f"{limit // (1024 * 1024)} MiB"
    what = "JSON" if json_format else "YAML"
    return InputError([Problem(name, f"is larger than {size}, the limit for {what}", hint=hint)])


def is_repository(path: str) -> bool:
    """True when ``path`` names a folder: an open-sdg data repository (``hkit.read.opensdg``)."""
    return path != STDIN and os.path.isdir(path)


def load_chosen(choice: Choice, *, display_name: str | None = None) -> Plan:
    """Load the file ``choice`` names, as ``load_plan`` does; the shipped Blueprint file is
    read from its JSON twin while the twin is current (``hkit.read.blueprint``)."""
    if choice.packaged:
        from hkit.read.blueprint import read_twin

        data = read_twin(read_bytes(choice.path, limit=MAX_YAML_BYTES))
        if data is not None:
            # The twin holds what the YAML parses to and is checked against it by the tests,
            # so it has no problem to locate.
            plan = build_plan(data, name=display_name or choice.path, locate=_nowhere)
            # Not the figures of its observations_file, which the twin's stamp cannot see.
            return _with_figures_of(plan, choice.path, data)
    return load_plan(choice.path, display_name=display_name)


def twin_in_use(choice: Choice) -> bool:
    """True when ``load_chosen`` reads ``choice`` from the Blueprint's JSON twin (for
    ``--verbose``): the shipped file, with a twin made from these very bytes."""
    if not choice.packaged:
        return False
    from hkit.read.blueprint import read_twin

    return read_twin(read_bytes(choice.path, limit=MAX_YAML_BYTES)) is not None


def _nowhere(path: KeyPath) -> None:
    return None


def load_plan(path: str, *, display_name: str | None = None) -> Plan:
    """Read, parse and validate the targets file at ``path`` (``-`` for stdin), or read the
    open-sdg data repository when ``path`` is a folder."""
    if is_repository(path):
        from hkit.read.opensdg import read_repository

        loaded = read_repository(Path(path))
        if loaded.unreadable:  # a file of it could not be read: nothing is silently lost
            raise InputError(loaded.unreadable[:MAX_PROBLEMS])
        return loaded.plan
    name = display_name or ("<stdin>" if path == STDIN else path)
    # A .yaml file is refused after reading MAX_YAML_BYTES + 1 bytes, before any parsing.
    by_name = _json_by_name(path)
    raw, read_stamp = read_stamped(
        path, limit=MAX_YAML_BYTES if by_name is False else MAX_JSON_BYTES
    )
    if len(raw) > MAX_JSON_BYTES or (by_name is False and len(raw) > MAX_YAML_BYTES):
        raise _too_large(
            name, MAX_JSON_BYTES if by_name else MAX_YAML_BYTES, json_format=bool(by_name)
        )
    text = decode(raw, name=name)
    size = len(raw)
    del raw  # only the text is needed now: a big file is not held twice while parsing
    json_format = is_json(path, text)
    if not json_format and size > MAX_YAML_BYTES:
        raise _too_large(name, MAX_YAML_BYTES, json_format=False)
    text_again = TextAgain(path, name, read_stamp, text)
    parsed = parse(text, name=name, json_format=json_format, text_again=text_again)
    # A JSON file's text is read again if a problem is to be located: not kept while the plan
    # is built (hkit.read.text_again; 8 MB less at the peak for 10,000 indicators).
    text_again.release()
    del text
    try:
        plan = build_plan(parsed.data, name=name, locate=parsed.locate)
    except InputError as exc:
        if json_format:
            # Whether CPython's json refuses deep nesting itself depends on its release (3.11
            # does, 3.13 parses it): an invalid JSON file is checked against hkit's own limit
            # before its problems are reported, so the answer does not depend on the parser.
            # A valid file is never deep, so the check costs nothing when all is well.
            check_json_depth(text_again, parsed.data, name)
        raise InputError(_merge(parsed.problems, exc.problems)) from None
    if parsed.problems:
        raise InputError(_merge(parsed.problems, []))
    return _with_figures_of(plan, path, parsed.data)


def _with_figures_of(plan: Plan, path: str, data: object) -> Plan:
    """``plan`` with the figures of the ``observations_file`` that ``data``, the plain data
    of the targets file at ``path``, names (``hkit.read.figures``); ``plan`` if it names none."""
    figures = data.get("observations_file") if isinstance(data, dict) else None
    if not isinstance(figures, str):
        return plan
    from hkit.read.figures import figures_path, merge_figures

    csv_path = figures_path(path, figures)
    shown = str(csv_path) if path == STDIN else os.path.join(os.path.dirname(path), figures)
    if not outside_allowed() and not inside(csv_path, figures_path(path, ".")):
        raise InputError(
            [Problem(shown, "is outside the targets file's folder: not read", hint=ALLOW_HINT)]
        )
    raw = read_regular(csv_path, name=shown, limit=MAX_JSON_BYTES)
    return merge_figures(plan, csv_path, name=shown, text=decode(raw, name=shown))


def _merge(first: tuple[Problem, ...], second: list[Problem]) -> list[Problem]:
    """Parser and validator problems in file order, each once, at most ``MAX_PROBLEMS``."""
    unique = list(dict.fromkeys([*first, *second]))
    unique.sort(key=lambda p: (p.line or 0, p.column or 0))
    return unique[:MAX_PROBLEMS]
