"""What the commands that read a plan share: finding and loading the file, refusing names it
does not have, and judging it by the method asked for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hkit.cli.process import say
from hkit.errors import InputError

if TYPE_CHECKING:  # imported lazily at run time: each command loads only what it needs
    from hkit.assess.record import Report
    from hkit.model import Plan

# The shipped file's name in reports and messages: the same on every machine, unlike the
# site-packages path it is read from (--verbose still says where that is).
SHIPPED_NAME = "<shipped>/targets.yaml"


def load_file(file: str | None, *, verbose: bool) -> Plan:
    """The plan of ``file`` (``None``: the lookup of ``hkit.read.load.choose_file``); with
    ``verbose``, say on stderr which file is read and why."""
    from hkit.read.load import DEFAULT_NAME, Origin, choose_file, load_chosen, twin_in_use

    choice = choose_file(file)
    if verbose:
        say(f"hkit: reading {choice.path} ({choice.origin.value})")
        if choice.packaged:
            from hkit.read.blueprint import TWIN

            twin = f"its JSON twin {TWIN}" if twin_in_use(choice) else "the YAML (no current twin)"
            say(f"hkit: read from {twin}")
    name = {Origin.PACKAGED: SHIPPED_NAME, Origin.CURRENT_DIRECTORY: DEFAULT_NAME}.get(
        choice.origin
    )
    try:
        return load_chosen(choice, display_name=name)
    except InputError as exc:
        if choice.origin is Origin.VARIABLE and exc.problems[0].line is None:
            # The user did not type this path: say where it came from.
            first = exc.problems[0]._replace(hint=f"the path comes {choice.origin.value}")
            raise InputError([first, *exc.problems[1:]]) from None
        raise


def check_names(plan: Plan, *, milestones: list[str] | None, indicators: list[str] | None) -> None:
    """Refuse a --milestone or --indicator the file does not have, with a hint."""
    from hkit.read.checks import require_name

    for name in milestones or ():
        require_name(name, plan.milestones, kind="milestone", where=plan.path)
    ids = [i.id for i in plan.indicators]
    for ident in indicators or ():
        require_name(ident, ids, kind="indicator", where=plan.path)


def with_methods(report: Report, plan: Plan, choice: str) -> Report:
    """The report judged by the methods asked for (``hkit.assess.methods.apply_methods``),
    each row then said in a sentence (``hkit.render.summary``): the rows every output reads."""
    from hkit.assess.catalogue import DEFAULT, chosen
    from hkit.render.summary import with_summaries

    if choice == DEFAULT:  # the rows as compute made them: no need to import the methods
        return with_summaries(report)
    from hkit.assess.methods import apply_methods

    return with_summaries(apply_methods(report, plan, chosen(choice)))
