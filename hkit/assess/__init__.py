"""Assessing: a ``Plan`` to finished values, with no printing and no third-party imports.

What it offers: ``compute.assess`` (one ``Row`` per indicator × milestone, by open-sdg 2.4.0,
from ``rates`` and ``growth``), ``methods.apply_methods`` and the ``catalogue`` of methods,
``rollup.roll_up`` (``--by group``), ``diff.compare`` (two plans), ``story.tell`` (``show``);
``record`` holds what they produce (``Row``, ``Report``, ``MethodResult``).
"""
