"""The archive: reports, events, incidents (machine reading and correction apart), user gazetteer.

Revision ID: 0001
"""
from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    _reports_and_events()
    _incidents()
    _readings_and_gazetteer()
    if op.get_bind().dialect.name == "postgresql":
        _postgis()


def _reports_and_events() -> None:
    op.create_table(
        "archive_reports",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("lang", sa.String(8)),
        sa.Column("date", sa.Date),
        sa.Column("source", sa.String(500), nullable=False),
        sa.Column("added", sa.DateTime(timezone=True), nullable=False),
        sa.Column("chars", sa.Integer, nullable=False),
        sa.Column("unresolved", sa.Text, nullable=False))
    op.create_index("ix_archive_reports_date", "archive_reports", ["date"])
    op.create_table(
        "archive_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("date", sa.Date),
        sa.Column("place_id", sa.String(200), nullable=False),
        sa.Column("pinned", sa.Boolean, nullable=False))
    op.create_index("archive_events_by_day_place", "archive_events", ["date", "place_id"])


def _incidents() -> None:
    op.create_table(
        "archive_incidents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("report_id", sa.Integer, sa.ForeignKey("archive_reports.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("corrected", sa.Boolean, nullable=False),
        sa.Column("lead", sa.Boolean, nullable=False),
        sa.Column("deleted", sa.Boolean, nullable=False),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("archive_events.id", ondelete="SET NULL")),
        sa.Column("date", sa.Date),
        sa.Column("place_id", sa.String(200), nullable=False),
        sa.Column("name_en", sa.String(300), nullable=False),
        sa.Column("name_ar", sa.String(300), nullable=False),
        sa.Column("governorate", sa.String(200), nullable=False),
        sa.Column("lat", sa.Float, nullable=False),
        sa.Column("lon", sa.Float, nullable=False),
        sa.Column("precise", sa.Boolean, nullable=False),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("types_key", sa.String(300), nullable=False),
        sa.Column("actors_key", sa.String(300), nullable=False),
        sa.Column("killed_n", sa.Integer, nullable=False),
        sa.Column("killed_sum", sa.Integer, nullable=False),
        sa.Column("killed_vague", sa.Boolean, nullable=False))
    op.create_index("ix_archive_incidents_report_id", "archive_incidents", ["report_id"])
    op.create_index("ix_archive_incidents_event_id", "archive_incidents", ["event_id"])
    # every column the archive page reads, so its queries never touch the table itself; day and
    # type first, so the timeline's groups come in index order
    op.create_index("archive_incidents_page", "archive_incidents",
                    ["date", "type", "lead", "deleted", "killed_sum", "killed_vague", "place_id", "report_id", "event_id", "governorate", "killed_n", "precise", "types_key", "actors_key"])
    op.create_index("archive_incidents_by_place_day", "archive_incidents", ["place_id", "date"])


def _readings_and_gazetteer() -> None:
    op.create_table(
        "archive_readings",
        sa.Column("incident_id", sa.Integer, sa.ForeignKey("archive_incidents.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("machine", sa.Text),
        sa.Column("correction", sa.Text))
    op.create_table(
        "archive_gazetteer",
        sa.Column("id", sa.String(200), primary_key=True),
        *(sa.Column(c, sa.String(300), nullable=False) for c in ("name_en", "name_ar")),
        *(sa.Column(c, sa.Text, nullable=False) for c in ("aliases_ar", "aliases_en")),
        sa.Column("level", sa.String(40), nullable=False),
        *(sa.Column(c, sa.String(300), nullable=False) for c in ("parent", "parent_id", "governorate", "source")),
        sa.Column("lat", sa.Float, nullable=False),
        sa.Column("lon", sa.Float, nullable=False),
        sa.Column("precision", sa.String(20), nullable=False),
        sa.Column("population", sa.String(20), nullable=False),
        sa.Column("ambiguous", sa.String(20), nullable=False),
        sa.Column("added", sa.DateTime(timezone=True), nullable=False))


def _postgis() -> None:
    """A Point geometry kept from lat/lon by a trigger, with a GiST index, where PostGIS exists."""
    bind = op.get_bind()
    if not bind.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'postgis'").first():
        if not bind.exec_driver_sql("SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'").first():
            return
        try:  # a team's server may not let this user create extensions: then no geometry
            with bind.begin_nested():
                bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS postgis")
        except sa.exc.DBAPIError:
            return
    op.execute("ALTER TABLE archive_incidents ADD COLUMN geom geometry(Point, 4326)")
    op.execute("CREATE INDEX archive_incidents_geom ON archive_incidents USING GIST (geom)")
    op.execute("""CREATE FUNCTION archive_incident_geom() RETURNS trigger AS $$
                  BEGIN NEW.geom := ST_SetSRID(ST_MakePoint(NEW.lon, NEW.lat), 4326); RETURN NEW; END;
                  $$ LANGUAGE plpgsql""")
    op.execute("""CREATE TRIGGER archive_incident_geom BEFORE INSERT OR UPDATE OF lat, lon
                  ON archive_incidents FOR EACH ROW EXECUTE FUNCTION archive_incident_geom()""")


def downgrade() -> None:
    for t in ("archive_gazetteer", "archive_readings", "archive_incidents", "archive_events", "archive_reports"):
        op.drop_table(t)
