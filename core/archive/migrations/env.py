"""Alembic environment of the archive: run on the connection `core.archive.db` hands over."""
from alembic import context

from core.archive.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata,
                  version_table="archive_alembic_version", render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
