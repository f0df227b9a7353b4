"""`python -m core ...` run two ways: `in_process` calls core.cli.main here (the same parser, commands
and one-line errors, without a new interpreter and gazetteer load per call, about a second of CPU
each), `real_process` starts `sys.executable -m core` as a user does. Both give a CompletedProcess
with bytes; each command-line behaviour keeps at least one test on the real process."""
from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest

from core import ROOT


def real_process(*args, stdin: bytes | None = None, env: dict | None = None, cwd=ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "core", *map(str, args)], input=stdin, capture_output=True,
                          cwd=cwd, env={**os.environ, **(env or {})})


def in_process(*args, stdin: bytes | None = None, env: dict | None = None, cwd=ROOT) -> subprocess.CompletedProcess:
    from core.cli import main
    out, err = (io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="", write_through=True) for _ in "oe")
    with pytest.MonkeyPatch.context() as mp:
        for name, value in (env or {}).items():
            mp.setenv(name, value)
        mp.chdir(cwd)
        mp.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin or b""), encoding="utf-8"))
        mp.setattr(sys, "stdout", out)
        mp.setattr(sys, "stderr", err)
        try:
            code = main([str(a) for a in args])
        except SystemExit as e:          # argparse refuses an option as the process would
            code = e.code
    return subprocess.CompletedProcess(args, code, out.buffer.getvalue(), err.buffer.getvalue())
