"""Build hook: the Blueprint's JSON twin (``hkit/read/blueprint.py``), generated at every build.

A wheel carries the twin inside the package; an editable install gets it written beside the
module, in the source tree, where git ignores it. The twin is not committed (unlike the
generated writers and compiled templates, which ``scripts/regenerate`` writes and CI checks):
it is made from targets.yaml by hkit's own reader each time, so it cannot go stale in a release.
If targets.yaml has a problem, the build goes on without a twin and hkit reads (and reports)
the YAML. PyYAML is a build requirement for this (pyproject.toml).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

TWIN = "hkit/read/blueprint.json"


class BlueprintTwinHook(BuildHookInterface):
    """Writes the twin of targets.yaml into the wheel (or beside the module, if editable)."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Generate the twin: ``version`` is "standard" for a wheel, "editable" otherwise."""
        root = Path(self.root)
        sys.path.insert(0, str(root))  # this checkout's hkit, not an installed one
        try:
            from hkit.errors import InputError
            from hkit.read.blueprint import make_twin

            text = make_twin(root / "targets.yaml")
        except InputError as exc:
            self.app.display_warning(f"no JSON twin: targets.yaml has problems ({exc})")
            return
        finally:
            sys.path.remove(str(root))
        if version == "editable":
            _write_atomically(root / TWIN, text)
        else:
            folder = Path(tempfile.mkdtemp(prefix="hkit-twin-"))
            _write_atomically(folder / "blueprint.json", text)
            build_data["force_include"][str(folder / "blueprint.json")] = TWIN


def _write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.chmod(temporary, 0o644)  # mkstemp's 0600 would leave the installed file unreadable
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
