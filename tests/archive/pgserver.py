"""A throwaway PostgreSQL cluster (Debian's postgresql + postgis packages) on a free port of
127.0.0.1, its data in a temporary folder; initdb and pg_ctl refuse root, so as root they run as
the `postgres` user. Used by the archive tests and `bench/archive_speed.py`."""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid


class NoPostgres(RuntimeError):
    """The PostgreSQL server binaries are not installed here."""


def bindir() -> str:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if not found:
        raise NoPostgres("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb; "
                         "apt-get install postgresql postgresql-15-postgis-3)")
    return os.path.dirname(found[-1])


def required() -> bool:
    """In CI a missing server is a failure, not a skip."""
    return bool(os.environ.get("CI") or os.environ.get("INCIDENT_MAP_REQUIRE_BROWSER"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """`with Cluster() as c:` a running server; `c.new_database()` gives a fresh database's URL."""

    def __init__(self):
        self.bin = bindir()
        self.dir = tempfile.mkdtemp(prefix="incident-map-pg-")
        self.port = _free_port()
        self._as = []
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            os.chown(self.dir, user.pw_uid, user.pw_gid)
            self._as = ["runuser", "-u", "postgres", "--"]

    def _run(self, *cmd: str) -> None:
        r = subprocess.run([*self._as, *cmd], capture_output=True, text=True, timeout=120)
        if r.returncode != 0:
            log = ""
            if os.path.exists(f"{self.dir}/log"):
                log = open(f"{self.dir}/log", encoding="utf-8", errors="replace").read()[-800:]
            raise RuntimeError(f"{os.path.basename(cmd[0])} failed: {(r.stderr or r.stdout).strip()[-800:]} {log}")

    def start(self) -> "Cluster":
        data = f"{self.dir}/data"
        self._run(f"{self.bin}/initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8",
                  "--locale=C", "--no-sync")
        opts = (f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50")
        self._run(f"{self.bin}/pg_ctl", "-D", data, "-o", opts, "-l", f"{self.dir}/log", "-w", "-t", "60", "start")
        return self

    def stop(self) -> None:
        try:
            self._run(f"{self.bin}/pg_ctl", "-D", f"{self.dir}/data", "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)

    @property
    def admin_url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def new_database(self, template: str | None = None) -> str:
        """A new database on the cluster, empty or a copy of the database named `template` (which
        must have no open connection; copied as files, about four times cheaper than the default
        copy through the write-ahead log); its SQLAlchemy URL."""
        import psycopg
        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres",
                             autocommit=True) as con:
            copy = f' TEMPLATE "{template}" STRATEGY = FILE_COPY' if template else ""
            con.execute(f'CREATE DATABASE "{name}"{copy}')
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def __enter__(self) -> "Cluster":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
