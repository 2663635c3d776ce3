"""Reading: bytes to a ``Plan``, every problem located.

What it offers: ``load`` (which file, then a targets file, a JSON file, stdin or an open-sdg
repository to a ``Plan``: ``load.choose_file``, ``load.load_chosen``, ``load.load_plan``), with
``parse`` (YAML and JSON to plain data with the place of every node), ``inputguard`` (size,
nesting, aliases, encodings), ``checks`` and ``validate`` (plain data to a ``Plan`` by the rules
of docs/targets-file.md), ``figures`` (an ``observations_file``), ``releases`` (the release
calendar a file declares), ``provenance`` (figures no source traces) and ``opensdg`` (a data
repository). The only part of hkit that imports PyYAML.
"""
