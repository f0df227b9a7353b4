"""Subcommands of `python -m core`: each module defines `register(subparsers)` and sets `run`."""
