"""Rendering as HTML and SVG: ``hkit report``'s page and ``show --format svg``. ``document``
loads the Jinja2 templates (``templates/``, autoescaped) and writes; ``page`` and
``page_method`` prepare the page's values (``page_parts``), ``svg_chart`` and ``svg_scale`` the
chart's (``svg_parts``). The only part of hkit that imports Jinja2.
"""
