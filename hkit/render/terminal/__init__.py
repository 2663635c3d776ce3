"""Rendering for a terminal, with rich: the gap table, the methods' comparison, ``show`` and its
chart, the roll-up's table. ``console`` is the one place a rich console is made; ``palette``
the colours of the statuses. The only part of hkit, with ``hkit.cli``, that imports rich.
"""
