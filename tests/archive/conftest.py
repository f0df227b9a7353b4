"""Archive tests run on a SQLite file always and on a real PostgreSQL + PostGIS server started for
the session (skipped, with the reason, only where the server binaries are absent and not in CI)."""
from __future__ import annotations

import pytest

from core.archive import Archive
from tests.archive import pgserver


@pytest.fixture(scope="session")
def pg_cluster():
    try:
        cluster = pgserver.Cluster()
    except pgserver.NoPostgres as e:
        if pgserver.required():
            pytest.fail(f"{e} (required in CI)")
        pytest.skip(str(e))
    cluster.start()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def pg_archive_template(pg_cluster) -> str:
    """The name of a database that Archive() migrated once for the session (tables, PostGIS): each
    test's PostgreSQL archive is a copy of it, as migrating costs about a second of server and test
    CPU. The migration of a new database is test_store's PostGIS tests', which open a fresh one."""
    url = pg_cluster.new_database()
    Archive(url).close()
    return url.rsplit("/", 1)[1]


@pytest.fixture(params=["sqlite", "postgresql"])
def archive_url(request, tmp_path):
    """The URL of a new empty archive on each database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/archive.sqlite"
    template = request.getfixturevalue("pg_archive_template")
    return request.getfixturevalue("pg_cluster").new_database(template=template)


@pytest.fixture
def archive(archive_url):
    a = Archive(archive_url)
    yield a
    a.close()
