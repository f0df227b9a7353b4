"""A wording the user teaches: remembered as another name of a place in the user gazetteer, so the
next report that spells it so is read right; and the gazetteer's version, which a cache of
extractions is keyed on so it re-reads once the gazetteer has changed."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from core.arabic import is_arabic
from core.gazetteer import (Entry, GazetteerError, _stamp, base_gazetteer_path, clear_cache, load_default,
                            read_rows, user_gazetteer_path, write_csv)


def version(user_path: Path | str | None = None) -> tuple:
    """What the extractor's gazetteer is made of (path, mtime, size of the base and the user file):
    it changes when either file does, or when INCIDENT_MAP_GAZETTEER names another base file."""
    user = Path(user_path).expanduser() if user_path else user_gazetteer_path()
    return (_stamp(base_gazetteer_path()), _stamp(user))


def add_user_alias(entry_id: str, alias: str, path: Path | str | None = None) -> Entry:
    """Remember `alias` (Arabic or English, by its letters) as another name of the place `entry_id`:
    the user file's row gets it, or a bundled place is copied there with it (user rows override
    bundled ones by id). Returns the entry as it now reads."""
    path = Path(path).expanduser() if path else user_gazetteer_path()
    alias = " ".join(alias.split())
    if not alias:
        raise GazetteerError("the wording to remember is empty")
    rows = [e for _, e in read_rows(path)] if path.is_file() and path.stat().st_size else []
    old = next((e for e in rows if e.id == entry_id), None) or load_default(path).get(entry_id)
    if old is None:
        raise GazetteerError(f"no place with id {entry_id!r} in the gazetteer")
    col = "aliases_ar" if is_arabic(alias) else "aliases_en"
    names = old.names_ar if col == "aliases_ar" else old.names_en
    new = old if alias in names else replace(old, **{col: (*getattr(old, col), alias)})
    path.parent.mkdir(parents=True, exist_ok=True)
    write_csv(path, [new if e.id == entry_id else e for e in rows] + ([] if old in rows else [new]))
    clear_cache()
    return new
