"""The process around a command: streams, exit codes, user errors, the garbage collector.

``hkit.cli`` defines the commands; this module decides what leaves the process. User errors
become messages on stderr and exit 2; output that cannot be written or encoded never ends in
a traceback; a bug shows its traceback and exits 70, never 1, which means "below on track".
"""

from __future__ import annotations

import contextlib
import errno
import gc
import os
import stat
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import typer

from hkit.errors import ExitCode, HkitError, InputError
from hkit.textsafe import visible


def say(message: str) -> None:
    """Write one message line to stderr; file text in it (names, ids, keys, file names) can
    neither forge a second line nor reach the terminal as a control sequence."""
    sys.stderr.write(visible(message) + "\n")


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn the user's mistakes into messages on stderr and exit 2; let bugs raise."""
    try:
        yield
    except InputError as exc:
        for problem in exc.problems:
            say(str(problem))
        if len(exc.problems) > 1:
            from hkit.read.document import MAX_PROBLEMS

            more = " (hkit stops there: fix these and run it again)"
            cap = more if len(exc.problems) >= MAX_PROBLEMS else ""
            say(f"hkit: {len(exc.problems)} problems found{cap}")
        raise typer.Exit(ExitCode.INPUT_ERROR) from None
    except HkitError as exc:
        say(f"hkit: error: {exc}")
        raise typer.Exit(ExitCode.INPUT_ERROR) from None


def write_file(path: str, text: str) -> None:
    """Write ``text`` to the file ``path`` as UTF-8, line endings untouched, atomically.

    The text goes to a temporary file in the same folder, which then replaces ``path`` in one
    step (``os.replace``): a full disk, a file-size limit or an error half-way leaves the old
    file as it was and no temporary file behind. A path that resolves to a file the run reads
    is refused. A device or FIFO (``-o /dev/null``) is written to directly: nothing to lose.
    Every failure is a ``HkitError`` (one message and exit 2), never a traceback.
    """
    from hkit.read.files import output_clash

    clash = output_clash(path)
    if clash is not None:
        raise HkitError(f"will not write {path}: {clash} (name another output file)")
    target = os.path.realpath(path)  # a symlink's file is replaced, the link is kept
    data = text.encode("utf-8", "surrogateescape")
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise HkitError(f"cannot write {path}: {exc.strerror or exc}") from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise HkitError(f"cannot write {path}: it is a directory")
    if info is not None and not stat.S_ISREG(info.st_mode):
        _write_stream(path, target, data)
        return
    _replace_atomically(path, target, data, info)


def _write_stream(path: str, target: str, data: bytes) -> None:
    try:
        with open(target, "wb") as stream:
            stream.write(data)
    except OSError as exc:
        raise HkitError(f"cannot write {path}: {exc.strerror or exc}") from None


def _replace_atomically(path: str, target: str, data: bytes, old: os.stat_result | None) -> None:
    import tempfile

    folder, base = os.path.split(target)
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{base}.", suffix=".tmp", dir=folder or ".")
    except OSError as exc:
        raise HkitError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as stream:
            # mkstemp makes the file 0600; it gets the old file's mode, or the umask's.
            os.fchmod(fd, stat.S_IMODE(old.st_mode) if old else 0o666 & ~_umask())
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException as exc:  # a full disk, a size limit, Ctrl-C: keep the old file
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, OSError):
            raise HkitError(f"cannot write {path}: {exc.strerror or exc}") from None
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector for one command, then restore it.

    A big targets file builds millions of small objects that all stay alive until the
    command ends; each automatic collection walks every one of them, which made loading
    10,000 indicators about twice as slow (cProfile/perf_counter, bench/run.py). hkit makes
    no reference cycles worth collecting, and the process ends right after the command.
    Restoring keeps in-process callers (tests, CliRunner) unaffected.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def run(app: Callable[[], object]) -> None:
    """Run the Typer ``app`` as the whole process.

    Streams are prepared first (``hkit.cli.streams``: broken pipes, closed streams, text a
    stream cannot encode). Output that cannot be written (a full disk) is one message and
    exit 2, not a traceback whose exit code 1 a CI job would read as "below on track".
    """
    from hkit.cli.streams import prepare

    prepare()
    try:
        app()
    except SystemExit:
        _flush_or_fail()
        raise
    except OSError as exc:
        _fail_output(exc)
    except Exception:
        # A bug: show the traceback as usual, but exit 70, never 1 (which means off track).
        sys.excepthook(*sys.exc_info())
        raise SystemExit(ExitCode.INTERNAL_ERROR) from None


def _flush_or_fail() -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:  # the reader left (| head): not an error of ours
        pass
    except OSError as exc:
        _fail_output(exc)


# What a failed write says (a full disk, a stream closed for writing, a non-blocking one).
_WRITE_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EBADF, errno.EAGAIN}


def _fail_output(exc: OSError) -> None:
    if isinstance(exc, BrokenPipeError):
        # Only without SIGPIPE (Windows): the reader left, which is not an error of ours.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(ExitCode.OK) from None
    reason = exc.strerror or str(exc)
    if exc.errno in _WRITE_ERRORS and exc.filename is None:
        say(f"hkit: error: cannot write the output: {reason}")
    else:  # an operating-system error hkit did not foresee: say it as it is
        say(f"hkit: error: {reason}" + (f": {exc.filename}" if exc.filename else ""))
    # Python would try to flush stdout again at exit and complain; point it at nothing.
    with contextlib.suppress(OSError):
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - left open until exit
    raise SystemExit(ExitCode.INPUT_ERROR) from None
