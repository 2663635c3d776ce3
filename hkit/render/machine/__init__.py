"""Rendering for machines: JSON and CSV, generated from the contract (``hkit.contract``).

``records`` generates the writers from the contract's fields, ``jsontext`` writes JSON text,
``writers`` the gap and show documents, ``groups`` the roll-up's, ``diff`` the diff's. Standard
library only: nothing here imports rich or Jinja2.
"""
