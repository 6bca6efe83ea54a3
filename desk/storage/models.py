"""SQLAlchemy 2 typed models (DESIGN.md §3).

State is derived from append-only records; participants carry only what people edit.
Times are UTC.
"""

from __future__ import annotations

import secrets
import time
import uuid
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Table, Text, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

SCHEMA_VERSION = 5


def key_text(length: int) -> String:
    """A derived, normalised key (sort keys, search words): compared and ordered by code
    point on both engines (SQLite's BINARY; on PostgreSQL ``COLLATE "C"``, which is also
    what lets a prefix range use the index)."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")


# Participant.mode / source / status and Record.kind values.
MODE_IN_PERSON = "in_person"
MODE_ONLINE = "online"
MODES = (MODE_IN_PERSON, MODE_ONLINE)
SOURCE_PREREGISTERED = "preregistered"
SOURCE_WALK_IN = "walk_in"
STATUS_REGISTERED = "registered"
STATUS_CANCELLED = "cancelled"
STATUS_MERGED = "merged"  # merged into another participant (``merged_into``)
RECORD_KINDS = ("checkin", "void", "door", "print", "merge")
# OnlineInterval.source values: the platform whose attendance export a row came from.
SOURCE_ZOOM = "zoom"
SOURCE_ZOOM_WEBINAR = "zoom_webinar"
SOURCE_TEAMS = "teams"
ONLINE_SOURCES = (SOURCE_ZOOM, SOURCE_ZOOM_WEBINAR, SOURCE_TEAMS)
# OnlineMatch.method values: how an online identity was tied to a participant.
MATCH_EMAIL = "email"
MATCH_UPN = "upn"
MATCH_NAME = "name"
MATCH_MANUAL = "manual"  # chosen by a person at a desk
MATCH_NOT_PARTICIPANT = "not_participant"  # a person said: not one of ours (no participant)
MATCH_RESET = "reset"  # a decision taken back: the identity waits for review again
MATCH_METHODS = (
    MATCH_EMAIL,
    MATCH_UPN,
    MATCH_NAME,
    MATCH_MANUAL,
    MATCH_NOT_PARTICIPANT,
    MATCH_RESET,
)


_last_id_ms = 0
_id_sequence = 0


def new_id() -> str:
    """A time-ordered UUID (version 7 layout: milliseconds, then random bits).

    Ids made one after another sort one after another, so bulk inserts append to the
    primary-key B-trees instead of splitting pages all over them; 62 random bits keep ids
    from different desks apart."""
    global _last_id_ms, _id_sequence
    ms = time.time_ns() // 1_000_000
    if ms <= _last_id_ms:  # same millisecond (or a clock step back): keep order
        _id_sequence += 1
        ms = _last_id_ms
    else:
        _id_sequence = 0
        _last_id_ms = ms
    sequence = _id_sequence & 0xFFF
    if _id_sequence > 0xFFF:  # more than 4,096 ids in one millisecond: borrow the next
        _last_id_ms = ms = ms + 1
        _id_sequence = sequence = 0
    value = (ms & 0xFFFFFFFFFFFF) << 80
    value |= 0x7 << 76 | sequence << 64
    value |= 0b10 << 62 | secrets.randbits(62)
    return str(uuid.UUID(int=value))


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out; stored naive in UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    # Every model here maps one Table (DeclarativeBase says FromClause, which has no
    # insert()/delete()): Core statements and bulk helpers take ``Model.__table__``.
    __table__: ClassVar[Table]


class Meta(Base):
    """Key/value facts about this database: schema version, desk id, event id."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Desk(Base):
    """Every desk this database has heard of (itself included), by id, with its name."""

    __tablename__ = "desks"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))


class Participant(Base):
    __tablename__ = "participants"
    # A country's people in family-name order, straight from the index.
    __table_args__ = (Index("ix_participants_country_sort", "country", "sort_key"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    invitation_code: Mapped[str | None] = mapped_column(String(64), unique=True)
    given_name: Mapped[str] = mapped_column(String(200))
    family_name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(2))
    organisation: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[str] = mapped_column(String(300), default="")
    category: Mapped[str] = mapped_column(String(64))
    mode: Mapped[str] = mapped_column(String(16), default=MODE_IN_PERSON)
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    source: Mapped[str] = mapped_column(String(16), default=SOURCE_PREREGISTERED)
    status: Mapped[str] = mapped_column(String(16), default=STATUS_REGISTERED)
    # Set when this registration turned out to be somebody else's (schema 2): their badge
    # then finds that person, and their records count for that person.
    merged_into: Mapped[str | None] = mapped_column(String(36))
    # The list's other columns (schema 4): a JSON object, original header → text
    # ("Dieta": "Vegetariana"); "{}" when there are none. desk.people.participants reads it.
    extra: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
    # Derived, for matching and sorting without accents or case.
    # name_key and email_key have no index: imports and merges match in memory, and a
    # walk-in's duplicate check reads them once; every index slows a 50,000-row import.
    name_key: Mapped[str] = mapped_column(key_text(400))
    sort_key: Mapped[str] = mapped_column(key_text(400), index=True)
    email_key: Mapped[str] = mapped_column(String(320), default="")
    search_text: Mapped[str] = mapped_column(Text, default="")  # " word word … "
    # The dietary need among the extra fields (schema 4), for catering headcounts.
    dietary: Mapped[str] = mapped_column(String(200), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_desk: Mapped[str] = mapped_column(String(36))
    updated_desk: Mapped[str] = mapped_column(String(36))

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


class ParticipantWord(Base):
    """Search index: one row per (normalised word, participant) with the best field rank.

    The participant's ``sort_key`` is repeated here so that ranking the matches of a query
    needs no join with ``participants`` until the page of results is known.
    """

    __tablename__ = "participant_words"
    __table_args__ = ({"sqlite_with_rowid": False},)
    word: Mapped[str] = mapped_column(key_text(200), primary_key=True)
    # No foreign key and no second index: this table is derived from participants and
    # rewritten with them; at 50,000 participants it has ~500,000 rows, and every extra
    # B-tree or parent lookup multiplies the time an import takes.
    participant_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    rank: Mapped[int] = mapped_column(Integer)
    sort_key: Mapped[str] = mapped_column(key_text(400))


class Record(Base):
    """Something that happened: check-in, void, door scan, badge print. Never edited."""

    __tablename__ = "records"
    __table_args__ = (
        Index("ix_records_participant_kind", "participant_id", "kind"),
        Index("ix_records_item", "item_id", "participant_id"),
        Index("ix_records_desk_at", "desk_id", "at"),
        Index("ix_records_kind_target", "kind", "target_id"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(16))
    participant_id: Mapped[str] = mapped_column(String(36), ForeignKey("participants.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    desk_id: Mapped[str] = mapped_column(String(36))
    operator: Mapped[str] = mapped_column(String(200), default="")
    item_id: Mapped[str | None] = mapped_column(String(64))
    direction: Mapped[str | None] = mapped_column(String(8))
    target_id: Mapped[str | None] = mapped_column(String(36))
    reason: Mapped[str | None] = mapped_column(Text)
    # Door scans: the World Café table or the bus (schema 2), and what the door noticed
    # ("not_checked_in": the person had not been checked in at a desk yet).
    place: Mapped[str | None] = mapped_column(String(64))
    flag: Mapped[str | None] = mapped_column(String(32))


class OnlineInterval(Base):
    """One connection of somebody to an online session (schema 5): a row of a Zoom or
    Teams attendance export, its times in UTC. Never edited.

    The id is derived from the file's SHA-256 and the row's line, so the same file
    imported at two desks gives the same rows, and a desk-file merge (a union by id)
    never doubles them. ``identity`` is who the row is, for matching: the case-folded
    e-mail, else the UPN, else the cleaned, folded name (desk.online.matching)."""

    __tablename__ = "online_intervals"
    __table_args__ = (
        Index("ix_online_intervals_file", "file_sha256"),
        Index("ix_online_intervals_identity", "identity"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    source: Mapped[str] = mapped_column(String(16))
    meeting_id: Mapped[str] = mapped_column(String(64), default="")
    file_sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(300), default="")
    line: Mapped[int] = mapped_column(Integer)
    raw_name: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    upn: Mapped[str] = mapped_column(String(320), default="")
    identity: Mapped[str] = mapped_column(key_text(400))
    join_at: Mapped[datetime] = mapped_column(UTCDateTime())
    leave_at: Mapped[datetime] = mapped_column(UTCDateTime())
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime())
    desk_id: Mapped[str] = mapped_column(String(36))
    operator: Mapped[str] = mapped_column(String(200), default="")


class OnlineMatch(Base):
    """Who an online identity is (schema 5): a participant, or nobody of ours
    (``participant_id`` None, method ``not_participant``), or undecided again (None,
    ``reset``: an undone decision). Never edited: the latest match
    of an identity (by ``at``, then id) is the one that holds, so a correction is a new
    row and both desks of a merge agree on it."""

    __tablename__ = "online_matches"
    __table_args__ = (Index("ix_online_matches_identity", "identity", "at"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    identity: Mapped[str] = mapped_column(key_text(400))
    participant_id: Mapped[str | None] = mapped_column(String(36))
    method: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    desk_id: Mapped[str] = mapped_column(String(36))
    operator: Mapped[str] = mapped_column(String(200), default="")


class AuditEntry(Base):
    """Something done at this desk that is not a record (an import, an export, a backup, a
    restore, a desk-file merge, signing in and out, settings, operators, a supervisor's
    approval). Never edited; stays on this desk (not in desk files)."""

    __tablename__ = "audit"
    __table_args__ = (Index("ix_audit_at", "at"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    desk_id: Mapped[str] = mapped_column(String(36))
    operator: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(Text, default="")


def add_record(
    session: Session,
    kind: str,
    participant_id: str,
    *,
    desk_id: str,
    operator: str,
    at: datetime | None = None,
    **fields: Any,
) -> Record:
    """Append one record (check-in, void, print, door scan) in the caller's transaction."""
    record = Record(
        id=new_id(),
        kind=kind,
        participant_id=participant_id,
        at=at or utcnow(),
        desk_id=desk_id,
        operator=operator,
        **fields,
    )
    session.add(record)
    session.flush()
    return record
