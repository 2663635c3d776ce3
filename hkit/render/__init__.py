"""Renderers: a ``Report`` to a table, JSON, CSV or Markdown.

Each format lives in its own module so that the machine formats never import rich.
"""
