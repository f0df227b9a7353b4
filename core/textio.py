"""Text in and out of files: bytes from a file, an upload or standard input as text (or a one-line
reason why not), and files the user owns written atomically."""
from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

_LONE_CR = re.compile(r"\r(?!\n)")


class NotText(ValueError):
    """The bytes are binary data or in an encoding we do not read."""


def decode(data: bytes, name: str, what: str = "a text report", *, exact: bool = False) -> str:
    """UTF-8 (with or without BOM), or UTF-16 with a BOM; NotText naming `name` otherwise.
    A report (the default) is refused for a NUL anywhere and has its lone CRs made LF; `exact`
    text (a file this tool exported, read back) keeps every character it holds."""
    check = (lambda text: text) if exact else (lambda text: _report(text, name, what))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return check(data.decode("utf-16"))
        except UnicodeDecodeError:
            pass
    try:
        return check(data.decode("utf-8-sig"))
    except UnicodeDecodeError as e:
        if b"\x00" in data[:100_000]:
            raise NotText(f"{name} is binary data, not {what}") from None
        raise NotText(f"{name} is not UTF-8 text (bad byte at offset {e.start})") from None


def _report(text: str, name: str, what: str) -> str:
    at = text.find("\x00")
    if at >= 0:
        raise NotText(f"{name} is binary data, not {what} (a NUL character at offset {at:,})")
    return lines_unified(text)


def lines_unified(text: str) -> str:
    """`text` with each lone CR (old Mac line ends) made LF: one character for one, so offsets into
    the result are offsets into the original; CRLF is left as it is (it already reads as LF)."""
    return _LONE_CR.sub("\n", text) if "\r" in text else text


def write_atomic(path: Path | str, data: bytes) -> None:
    """`data` as the whole content of `path`: written to a temporary file beside it, flushed to disk,
    then renamed over it, so a crash leaves the old file or the new one, never a mix."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
