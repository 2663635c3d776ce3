"""Under a Jinja2 other than the one that compiled ``hkit/render/html/compiled/`` (the lock's),
the report's templates, compiled from their source once per user and reused: Jinja2's bytecode
cache, kept where a user's caches go (``$XDG_CACHE_HOME/hkit/templates``, else
``~/.cache/...``). With the lock's Jinja2 the compiled modules are used and nothing is cached.

Compiling the templates was a third of ``hkit report``'s instructions on the shipped file
(279.5 of 862 million, ``bench/run.py``). Jinja2 stores each template's compiled code
with a checksum of its source and a stamp of the Jinja2 and Python versions, and compiles
again when either differs: a template edited in a checkout, or a new release, is never served
stale. The cache key adds the environment's settings (delimiters, whitespace control,
autoescape, finalize), which change the compiled code without changing the source.

A cache that cannot be read or written (no home folder, a read-only one) costs the compile,
never the command. Files are written whole and renamed into place, so a concurrent run reads
an old entry or a new one, never half of one.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket


def cache_folder() -> Path | None:
    """Where compiled templates are kept: ``$XDG_CACHE_HOME/hkit/templates`` (an absolute
    path only, as the XDG specification says), else ``~/.cache/hkit/templates``; None when
    there is no home folder to put it in."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:  # no $HOME and no password entry
            return None
    return Path(base) / "hkit" / "templates"


def settings_stamp(env: jinja2.Environment) -> str:
    """The environment's settings that shape compiled code (not the template's source)."""
    finalize = env.finalize
    settings = (
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        env.optimized,
        repr(env.autoescape) if isinstance(env.autoescape, bool) else env.autoescape.__qualname__,
        getattr(finalize, "__qualname__", repr(finalize)),
        sorted(env.extensions),
    )
    return repr(settings)


class TemplateCache(jinja2.BytecodeCache):
    """Jinja2's bytecode cache in ``folder``, keyed by template, file and ``settings``."""

    def __init__(self, folder: Path, settings: str) -> None:
        self.folder = folder
        self.settings = settings

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        """A key for the template ``name`` read from ``filename`` under these settings."""
        text = f"{name}|{filename}|{self.settings}"
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()

    def load_bytecode(self, bucket: Bucket) -> None:
        """Fill ``bucket`` from its file, if there is one (Jinja2 checks it is current)."""
        try:
            with open(self.folder / f"{bucket.key}.cache", "rb") as stream:
                bucket.load_bytecode(stream)
        except OSError:
            return

    def dump_bytecode(self, bucket: Bucket) -> None:
        """Store ``bucket``'s compiled code: a temporary file renamed into place."""
        temporary = None
        try:
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(handle, "wb") as stream:
                bucket.write_bytecode(stream)
            os.replace(temporary, self.folder / f"{bucket.key}.cache")
        except OSError:
            if temporary is not None:
                with contextlib.suppress(OSError):
                    os.remove(temporary)


def template_cache(env: jinja2.Environment) -> TemplateCache | None:
    """The cache for ``env``'s templates, or None when there is nowhere to keep one."""
    folder = cache_folder()
    return None if folder is None else TemplateCache(folder, settings_stamp(env))
