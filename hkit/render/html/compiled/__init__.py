"""The report's templates compiled to Python by Jinja2, for its ModuleLoader:
written by ``python scripts/regenerate`` (``hkit.render.html.template_modules``); do not
edit."""

JINJA2_VERSION = "3.1.6"
