"""Entry point for ``python -m hkit`` and the ``hkit`` console script.

``hkit --version`` (or ``-V``) alone is answered here, before Typer and the commands are
imported: building the app for one line cost about as much as ``hkit gap --format json``
(``bench/run.py`` measures it against ``python -c pass``). Everything else, and any failure
to write that line, goes through ``hkit.cli.main`` as before.
"""

import sys


def _answered_version() -> bool:
    """Write ``hkit VERSION`` when it is all that was asked; False leaves it to the full app
    (other arguments, or a stdout that is closed or cannot take the line)."""
    if sys.argv[1:] not in (["--version"], ["-V"]) or sys.stdout is None:
        return False
    from hkit import __version__

    try:
        sys.stdout.write(f"hkit {__version__}\n")
        sys.stdout.flush()
    except (OSError, ValueError):
        return False
    return True


def main() -> None:
    """Console-script entry point: ``hkit --version`` here, the rest in ``hkit.cli``."""
    if _answered_version():
        return
    import gc

    # No cyclic garbage collection in a process that ends when the command does: importing
    # Typer and the command allocates enough objects to trigger some forty automatic
    # collections, each walking every object made so far, and the commands already run
    # without it (hkit.cli.process.no_cyclic_gc). About 20 million instructions of every
    # run, 3 to 5 % (callgrind on `hkit gap`, `hkit report`, `hkit gap --format json`).
    gc.disable()
    from hkit.cli import main as run_app

    try:
        run_app()
    finally:
        # Interpreter shutdown still runs a full collection (gc.disable() does not stop it),
        # walking every object the run made: 26 to 47 million instructions of each command,
        # 6 % of `hkit gap` (callgrind). Frozen objects are left out of it; atexit handlers
        # and the flushing of the streams still run, and every file hkit writes is closed.
        # Only the finalizers of objects in reference cycles no longer run: hkit has none
        # (no __del__, weakref.finalize or weak reference callback).
        gc.freeze()


if __name__ == "__main__":
    main()
