"""The archive's tables (SQLAlchemy 2.x). Names start with `archive_`, so the archive can share a
SQLite file with the saved reports of `core.storage` (which has its own `reports` table).

An incident's readings (`archive_readings`: the machine's, contract JSON, and the user's
correction) are kept apart; the slim incident row holds the effective reading's query columns (the
correction when there is one), so re-extraction rewrites `machine` and never a correction, and
the page's queries read narrow rows (one covering index) rather than the JSON.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import (Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Report(Base):
    """One report as added: its text, recognised by its SHA-256 when added again."""
    __tablename__ = "archive_reports"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    lang: Mapped[str | None] = mapped_column(String(8))
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    source: Mapped[str] = mapped_column(String(500), default="")
    added: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    chars: Mapped[int] = mapped_column(Integer)
    unresolved: Mapped[str] = mapped_column(Text, default="[]")
    incidents: Mapped[list["IncidentRow"]] = relationship(back_populates="report",
                                                          cascade="all, delete-orphan",
                                                          passive_deletes=True)


class Event(Base):
    """One strike told by one or more reports: its incidents are counted once."""
    __tablename__ = "archive_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    date: Mapped[dt.date | None] = mapped_column(Date)
    place_id: Mapped[str] = mapped_column(String(200))
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    __table_args__ = (Index("archive_events_by_day_place", "date", "place_id"),)


class IncidentRow(Base):
    """An incident of a report: machine reading, user correction, effective query columns."""
    __tablename__ = "archive_incidents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("archive_reports.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(40))
    corrected: Mapped[bool] = mapped_column(Boolean, default=False)
    lead: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("archive_events.id", ondelete="SET NULL"), index=True)
    date: Mapped[dt.date | None] = mapped_column(Date)
    place_id: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(300))
    name_ar: Mapped[str] = mapped_column(String(300))
    governorate: Mapped[str] = mapped_column(String(200), default="")
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)
    precise: Mapped[bool] = mapped_column(Boolean)
    type: Mapped[str] = mapped_column(String(40))
    types_key: Mapped[str] = mapped_column(String(300))
    actors_key: Mapped[str] = mapped_column(String(300))
    killed_n: Mapped[int] = mapped_column(Integer)
    killed_sum: Mapped[int] = mapped_column(Integer)
    killed_vague: Mapped[bool] = mapped_column(Boolean)
    report: Mapped[Report] = relationship(back_populates="incidents")
    __table_args__ = (Index("archive_incidents_page", *("date", "type", "lead", "deleted", "killed_sum", "killed_vague", "place_id", "report_id", "event_id", "governorate", "killed_n", "precise", "types_key", "actors_key")),
                      Index("archive_incidents_by_place_day", "place_id", "date"))


class Reading(Base):
    """The machine's reading and the user's correction of one incident (contract JSON)."""
    __tablename__ = "archive_readings"
    incident_id: Mapped[int] = mapped_column(ForeignKey("archive_incidents.id", ondelete="CASCADE"), primary_key=True)
    machine: Mapped[str | None] = mapped_column(Text)
    correction: Mapped[str | None] = mapped_column(Text)


class GazetteerRow(Base):
    """A place of the user gazetteer, shared by everyone who writes to the archive."""
    __tablename__ = "archive_gazetteer"
    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    name_en: Mapped[str] = mapped_column(String(300))
    name_ar: Mapped[str] = mapped_column(String(300))
    aliases_ar: Mapped[str] = mapped_column(Text, default="")
    aliases_en: Mapped[str] = mapped_column(Text, default="")
    level: Mapped[str] = mapped_column(String(40))
    parent: Mapped[str] = mapped_column(String(300), default="")
    parent_id: Mapped[str] = mapped_column(String(200), default="")
    governorate: Mapped[str] = mapped_column(String(200), default="")
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)
    precision: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(300), default="")
    population: Mapped[str] = mapped_column(String(20), default="")
    ambiguous: Mapped[str] = mapped_column(String(20), default="")
    added: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
