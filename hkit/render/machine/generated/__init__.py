"""Writers of the contract's objects, generated from its tables by ``python scripts/regenerate``
(``hkit.render.machine.writer_modules`` says which writers each module holds): do not edit.

A command imports the one module it needs. CI and tests/test_records.py fail when a module
here is not what the contract generates; ruff leaves them alone, mypy checks them.
"""
