"""The files a run reads: regular files only, sizes checked before reading, inside their
folder unless the user allows otherwise, and remembered so that no output replaces one.

Every file hkit opens by name (a targets file, its ``observations_file``, the files of an
open-sdg repository) goes through ``read_regular``:

- it is looked at (``os.stat``, symlinks followed) before it is opened: a FIFO, a device or a
  socket is refused as "not a regular file" (opening a FIFO with no writer would wait for
  ever), and a file larger than the reader's limit is refused without reading a byte;
- it is opened without blocking and read at most ``limit + 1`` bytes;
- its identity (device and inode) is remembered, as is the root of a repository, so that
  ``output_clash`` can refuse an output path that would replace something the run reads.

Files outside the folder they belong to (a symlink leaving a repository, an absolute or
``..`` ``path_pattern``, an ``observations_file`` beside another folder) are refused unless
``allow_outside()`` was called (``--allow-outside``, or ``HKIT_ALLOW_OUTSIDE=1``).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from hkit.errors import InputError, Problem

ALLOW_VARIABLE = "HKIT_ALLOW_OUTSIDE"
ALLOW_HINT = f"to read it anyway: hkit --allow-outside COMMAND ..., or {ALLOW_VARIABLE}=1"

_KINDS = {
    stat.S_IFIFO: "a FIFO (named pipe)",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
    stat.S_IFDIR: "a directory",
}


class _Run:
    """What this process has read so far, and whether it may leave a file's folder."""

    def __init__(self) -> None:
        self.read: set[tuple[int, int]] = set()
        self.folders: list[str] = []  # resolved roots of repositories read
        self.allow: bool | None = None  # None: decided by $HKIT_ALLOW_OUTSIDE


_RUN = _Run()


def allow_outside() -> None:
    """Let this run read files outside the folder they belong to (until ``forget``)."""
    _RUN.allow = True


def outside_allowed() -> bool:
    """True when files outside their folder may be read (``allow_outside`` or the variable)."""
    if _RUN.allow is not None:
        return _RUN.allow
    return os.environ.get(ALLOW_VARIABLE, "") not in ("", "0")


def forget() -> None:
    """Forget what was read (for callers that run several commands in one process)."""
    _RUN.read.clear()
    _RUN.folders.clear()
    _RUN.allow = None


def note_file(info: os.stat_result) -> None:
    """Remember a file this run reads, by identity (so a hard link or symlink is the same)."""
    _RUN.read.add((info.st_dev, info.st_ino))


def note_folder(root: Path) -> None:
    """Remember a folder every file of which this run treats as input (a repository)."""
    _RUN.folders.append(os.path.realpath(root))


def kind_of(mode: int) -> str | None:
    """What a non-regular file is ("a FIFO (named pipe)", ...), None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    return _KINDS.get(stat.S_IFMT(mode), "not a file")


def read_regular(path: str | os.PathLike[str], *, name: str, limit: int) -> bytes:
    """The bytes of the regular file ``path`` (shown as ``name``), at most ``limit``.

    A missing file, a FIFO or device, a file over ``limit`` bytes (checked before reading)
    or one that cannot be read is an ``InputError`` located at ``name``.
    """
    try:
        info = os.stat(path)
        _check_regular(info, name, limit)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        try:
            info = os.fstat(fd)  # the file opened, not the one stat saw: it may have changed
            _check_regular(info, name, limit)
            note_file(info)
            with os.fdopen(fd, "rb", closefd=False) as handle:
                raw = handle.read(limit + 1)
        finally:
            os.close(fd)
    except FileNotFoundError:
        raise InputError([Problem(name, "no such file")]) from None
    except PermissionError:
        raise InputError([Problem(name, "permission denied")]) from None
    except OSError as exc:
        raise InputError([Problem(name, f"cannot read: {exc.strerror or exc}")]) from None
    if len(raw) > limit:  # it grew while being read
        raise too_large(name, limit)
    return raw


def _check_regular(info: os.stat_result, name: str, limit: int) -> None:
    kind = kind_of(info.st_mode)
    if kind is not None:
        raise InputError([Problem(name, f"is {kind}, not a regular file")])
    if info.st_size > limit:
        raise too_large(name, limit)


def too_large(name: str, limit: int) -> InputError:
    """The problem of a file over ``limit`` bytes."""
    return InputError([Problem(name, f"is larger than {_size(limit)}, the limit for this file")])


def _size(limit: int) -> str:
    return f"{limit // 2**20} MiB" if limit >= 2**20 else f"{limit:,} bytes"


def inside(path: str | os.PathLike[str], folder: str | os.PathLike[str]) -> bool:
    """True when ``path``, symlinks followed, lies in ``folder`` (also resolved)."""
    real, base = os.path.realpath(path), os.path.realpath(folder)
    return real == base or real.startswith(base.rstrip(os.sep) + os.sep)


def output_clash(path: str) -> str | None:
    """Why writing to ``path`` would replace something this run reads (None when it would
    not): one of its files (symlinks and hard links followed), or a file of a repository."""
    try:
        info = os.stat(path)
    except OSError:
        info = None
    if info is not None and (info.st_dev, info.st_ino) in _RUN.read:
        return "it is a file this command reads"
    if info is not None and stat.S_ISREG(info.st_mode):
        for root in _RUN.folders:
            if inside(path, root):
                return f"it is a file of the repository {root}"
    return None
