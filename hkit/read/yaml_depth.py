"""How deep a YAML text nests, found before libyaml's recursive composer sees it.

libyaml's composer recurses in C and crashes the interpreter on very deep nesting, so
``hkit.read.parse`` bounds nesting first. A targets file needs five levels.
"""

from __future__ import annotations

import re

from hkit.errors import InputError, Problem

MAX_DEPTH = 100


def check_depth(text: str, name: str) -> None:
    """Refuse nesting deeper than ``MAX_DEPTH`` before libyaml's recursive composer sees it.

    A cheap scan of the raw text looks for what could be deep: unclosed brackets, or block
    indentation (compact ``- - -`` sequences included) wider than ``2 * MAX_DEPTH``. It also
    fires on brackets inside text ("size band [10, 50)"), so a suspect is confirmed with
    libyaml's scanner, which is not recursive, counting real collection tokens.
    """
    suspect = _suspect_depth(text)
    if suspect is None:
        return
    line = _token_depth(text, suspect)
    if line is not None:
        raise too_deep(name, line)


def _suspect_depth(text: str) -> int | None:
    """The first line where the raw text might nest deeper than ``MAX_DEPTH``, if any."""
    if text.count("[") + text.count("{") > MAX_DEPTH:
        depth = deepest = 0
        for match in re.finditer(r"[\[\]{}]", text):
            depth += 1 if match.group() in "[{" else -1
            deepest = max(deepest, depth)
            if deepest > MAX_DEPTH:
                return text.count("\n", 0, match.start()) + 1
    indents = re.search(rf"^[ \t\-]{{{2 * MAX_DEPTH},}}", text, re.MULTILINE)
    if indents:
        return text.count("\n", 0, indents.start()) + 1
    return None


def _token_depth(text: str, suspect: int) -> int | None:
    """The line where collections really nest deeper than ``MAX_DEPTH``, by libyaml's tokens.

    ``suspect`` is the line where the raw scan first saw too many open brackets or too wide
    an indentation. Stops at the first level too deep (the scanner slows down as flow
    nesting grows). Some libyaml releases stop deep nesting themselves, with a limit and a
    message of their own, before a single token of it comes out; so when the scanner fails
    at or after the suspect line, the nesting is hkit's to report, at the suspect line,
    whatever libyaml is installed. A failure before it is a syntax error, left for the
    parser to report with its own location.
    """
    # Imported here: only a suspect text needs libyaml's scanner (not recursive), and a JSON
    # file is read without PyYAML at all.
    import yaml

    opening = (
        yaml.FlowSequenceStartToken,
        yaml.FlowMappingStartToken,
        yaml.BlockSequenceStartToken,
        yaml.BlockMappingStartToken,
    )
    closing = (yaml.FlowSequenceEndToken, yaml.FlowMappingEndToken, yaml.BlockEndToken)
    loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)(text)
    depth = 0
    try:
        while (token := loader.get_token()) is not None:
            if isinstance(token, opening):
                depth += 1
                if depth > MAX_DEPTH:
                    return int(token.start_mark.line) + 1
            elif isinstance(token, closing):
                depth -= 1
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        failed_at = int(mark.line) + 1 if mark is not None else suspect
        return suspect if failed_at >= suspect else None
    except yaml.YAMLError:
        return suspect
    finally:
        loader.dispose()
    return None


def too_deep(name: str, line: int | None = None) -> InputError:
    """The error of nesting deeper than ``MAX_DEPTH``, at the start of ``line`` when known."""
    column = None if line is None else 1
    return InputError(
        [Problem(name, f"nesting is deeper than {MAX_DEPTH} levels", line=line, column=column)]
    )
