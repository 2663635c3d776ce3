"""The report's templates compiled to Python modules in ``hkit/render/html/compiled/``, as
Jinja2's ``Environment.compile_templates`` writes them for its ``ModuleLoader``.

``python scripts/regenerate`` writes them, and CI and tests/test_template_modules.py fail when
one is stale. A run imports the compiled module of each template it uses, as Python imports
any module: no template source read, no checksum, no cache folder. That is 4.5 million
instructions of ``hkit report`` on the shipped file, and the first run on a machine (or every
run in a fresh container) no longer compiles the templates, which cost 279.5 million
(callgrind, issue 23). A module holds code for the Jinja2 release that compiled it
(``JINJA2_VERSION``): under any other, ``hkit.render.html.document`` compiles the templates
from their source instead, once per user (``template_cache``).
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from hkit.render.html.document import COMPILED, source_environment

_PACKAGE = '''"""The report's templates compiled to Python by Jinja2, for its ModuleLoader:
written by ``python scripts/regenerate`` (``hkit.render.html.template_modules``); do not
edit."""

JINJA2_VERSION = "{version}"
'''


def module_texts() -> dict[Path, str]:
    """Each compiled module's path and text, by the Jinja2 installed; the package's
    ``__init__.py`` names that release."""
    env = source_environment()
    texts = {COMPILED / "__init__.py": _PACKAGE.format(version=jinja2.__version__)}
    for name in env.list_templates():
        source, filename, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
        code = env.compile(source, name, filename, raw=True, defer_init=True)
        texts[COMPILED / jinja2.ModuleLoader.get_module_filename(name)] = code + "\n"
    return texts
