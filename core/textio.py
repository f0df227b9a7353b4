"""Bytes from a file, an upload or standard input as text, or a one-line reason why not."""
from __future__ import annotations


class NotText(ValueError):
    """The bytes are binary data or in an encoding we do not read."""


def decode(data: bytes, name: str, what: str = "a text report") -> str:
    """UTF-8 (with or without BOM), or UTF-16 with a BOM; NotText naming `name` otherwise.
    Valid UTF-8 passes even with NUL characters: callers judge the text itself."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        if b"\x00" in data[:100_000]:
            raise NotText(f"{name} is binary data, not {what}") from None
        raise NotText(f"{name} is not UTF-8 text (bad byte at offset {e.start})") from None
