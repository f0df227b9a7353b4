"""The desk's shared user gazetteer in the archive (`archive_gazetteer`): push the places of a
user gazetteer file to it, pull the desk's places into one's own file (places already in the file
stay as they are). Every place is checked by `core.gazetteer.validate_row`."""
from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from sqlalchemy import delete, insert, select

from core import gazetteer
from core.archive import db
from core.archive.models import GazetteerRow
from core.archive.store import Archive

_G = GazetteerRow.__table__


def push(archive: Archive, path: str | Path | None = None) -> int:
    """Put the places of a user gazetteer file into the archive (same id: replaced); how many."""
    path = Path(path) if path else gazetteer.user_gazetteer_path()
    if not path.is_file():
        raise gazetteer.GazetteerError(f"no user gazetteer file at {path}")
    entries = [e for _, e in gazetteer.read_rows(path)]
    now = dt.datetime.now(dt.timezone.utc)
    with db.writing(archive.engine) as con:
        for e in entries:
            row = gazetteer.entry_to_row(e)
            con.execute(delete(_G).where(_G.c.id == e.id))
            con.execute(insert(_G).values(**{**row, "lat": e.lat, "lon": e.lon, "added": now}))
    return len(entries)


def shared(archive: Archive) -> list[gazetteer.Entry]:
    """The archive's places, each validated as a gazetteer row."""
    with archive.engine.connect() as con:
        rows = con.execute(select(_G).order_by(_G.c.id)).mappings().all()
    return [gazetteer.validate_row(dict(r), f"archive place {r['id']}") for r in rows]


def pull(archive: Archive, path: str | Path | None = None) -> int:
    """Add the archive's places missing from a user gazetteer file (written whole, atomically)."""
    path = Path(path) if path else gazetteer.user_gazetteer_path()
    mine = [e for _, e in gazetteer.read_rows(path)] if path.is_file() and path.stat().st_size else []
    known = {e.id for e in mine}
    new = [e for e in shared(archive) if e.id not in known]
    if new:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        os.close(fd)
        gazetteer.write_csv(tmp, mine + new)
        os.replace(tmp, path)
        gazetteer.clear_cache()
    return len(new)
