"""`python -m core SUBCOMMAND ...`: every subcommand lives in its own module under core/commands
and registers itself, so the command line reaches everything the app does."""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

import core.commands


class UsageError(Exception):
    """Bad input from the user: printed as one line on stderr, exit status 2 (as are a damaged
    gazetteer file and missing map assets, whichever command meets them)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m core", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for mod in sorted(pkgutil.iter_modules(core.commands.__path__), key=lambda m: m.name):
        importlib.import_module(f"core.commands.{mod.name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from core.gazetteer import GazetteerError   # after parsing: `--help` and refused options skip the gazetteer
    from core.offline import MissingAssets
    try:
        return args.run(args) or 0
    except (UsageError, GazetteerError, MissingAssets) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
