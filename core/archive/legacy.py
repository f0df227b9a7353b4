"""Today's saved-reports files (`core.storage`, a SQLite file with reports, extractions, edits)
into the archive. The file is only read. A saved report's extraction becomes the machine reading
and its edits the user's corrections; importing the same file again adds nothing."""
from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

from core.archive.store import Archive
from core.model import Extraction, ReportInfo, from_dict, incident_from_dict


class BadSavedFile(ValueError):
    """The file is not a saved-reports database; one line says why."""


def saved_reports(path: str | Path) -> list[dict]:
    """Rows of a `core.storage` file: title, text, lang, date, extraction (dict|None), edits (list|None)."""
    path = Path(path)
    if not path.is_file():
        raise BadSavedFile(f"no saved-reports file at {path}")
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as con:
            con.row_factory = sqlite3.Row
            rows = con.execute(
                """SELECT r.id, r.title, r.text, r.lang, r.date, x.json AS x, e.json AS e
                   FROM reports r LEFT JOIN extractions x ON x.report_id = r.id
                   LEFT JOIN edits e ON e.report_id = r.id ORDER BY r.id""").fetchall()
    except sqlite3.DatabaseError as e:
        raise BadSavedFile(f"{path} is not a saved-reports database ({e})") from None
    return [{"id": r["id"], "title": r["title"], "text": r["text"], "lang": r["lang"], "date": r["date"],
             "extraction": json.loads(r["x"]) if r["x"] else None,
             "edits": json.loads(r["e"]) if r["e"] else None} for r in rows]


def import_saved(archive: Archive, path: str | Path) -> tuple[int, int]:
    """Copy a saved-reports file into the archive; (added, already there)."""
    added = known = 0
    for s in saved_reports(path):
        x = (from_dict(s["extraction"]) if s["extraction"]
             else Extraction(ReportInfo(s["lang"] or "", s["date"], len(s["text"])), ()))
        res = archive.add(s["text"], x, source=f"saved:{Path(path).name}#{s['id']}", title=s["title"],
                          date=s["date"])
        if not res.new:
            known += 1
            continue
        added += 1
        if s["edits"] is not None:
            archive.apply_edits(res.report_id, [incident_from_dict(d) for d in s["edits"]])
    return added, known

