"""Desk files: their format (below), writing this desk's file, and reading and verifying
another desk's file whole before anything of it is merged (desk/deskfiles/sync_merge.py merges it;
desk/deskfiles/sync.py has the overview; desk/deskfiles/sync_online.py the online rows).

File format, version 2
----------------------

A desk file (suffix ``.desk``) is a gzip stream. Uncompressed, it is seven lines of UTF-8
JSON, each ending in ``\\n`` (JSON escapes newlines inside strings, so a line never
contains one)::

    line 1  header            JSON object (below)
    line 2  desks             JSON object: desk id → desk name, every desk the writer knows
    line 3  participants      JSON array of arrays, one per participant, values in the
                              order of header.participant_columns
    line 4  records           JSON array of arrays, one per record, values in the order of
                              header.record_columns, in the order the writer appended them
    line 5  online intervals  JSON array of arrays, one per connection of an online
                              attendance export, values in the order of
                              header.online_interval_columns
    line 6  online matches    JSON array of arrays, one per decision on who an online
                              identity is, values in the order of header.online_match_columns
    line 7  trailer           {"sha256": "<64 lowercase hex>", "bytes": <int>}

``trailer.sha256`` is the SHA-256 of the bytes of lines 1–6 exactly as stored (newlines
included) and ``trailer.bytes`` their length. The header::

    {
      "format": "desk-sync",          always this string
      "version": 2,                   this format; a reader refuses versions it does not know
      "event_id": "<event id>",       a desk only imports files of its own event
      "desk_id": "<uuid>",            the desk that wrote the file
      "desk_name": "Desk 2 – lobby",
      "exported_at": "<time>",
      "desk_records": {"count": n, "first_at": "<time>" | null, "last_at": "<time>" | null},
                                      the records made at the writing desk itself
      "counts": {"desks": n, "participants": n, "records": n,
                 "records_by_kind": {"checkin": n, "door": n, "print": n, "void": n},
                 "online_intervals": n, "online_matches": n},
      "participant_columns": ["id", "code", "invitation_code", "given_name", "family_name",
                              "country", "organisation", "position", "category", "mode",
                              "email", "phone", "source", "status", "created_at",
                              "updated_at", "created_desk", "updated_desk",
                              "merged_into", "extra"],
      "record_columns": ["id", "kind", "participant_id", "at", "desk_id", "operator",
                         "item_id", "direction", "target_id", "reason", "place", "flag"],
      "online_interval_columns": ["id", "source", "meeting_id", "file_sha256", "file_name",
                                  "line", "raw_name", "email", "upn", "identity",
                                  "join_at", "leave_at", "imported_at", "desk_id",
                                  "operator"],
      "online_match_columns": ["id", "identity", "participant_id", "method", "at",
                               "desk_id", "operator"]
    }

Every ``<time>`` is UTC in one fixed-width form, ``YYYY-MM-DDTHH:MM:SS.ffffffZ``
(``2022-05-23T14:05:09.120000Z``), so comparing the text compares the times. Ids are
UUIDs as text; absent values are ``null``. ``extra`` (added in Desk's schema 4, same file
version) is the participant's extra fields — the columns of their list that Desk does not
use — as the text of a JSON object, header → value (``"{}"`` for none); a file without
that column (an older Desk) leaves the extra fields of people already known as they are.
Record kinds are those of
``desk.storage.models.RECORD_KINDS`` (``checkin``, ``void``, ``door``, ``print``, ``merge``); a
reader refuses a kind it does not know. Column meanings are those of ``desk/storage/models.py``
(``Participant``, ``Record``, ``OnlineInterval``, ``OnlineMatch``). A reader looks columns up
by name, so a later version may add columns.

Online rows (Desk's schema 5) are never edited, and both lines are merged as a union by id
(a connection whose id a desk has is skipped, even when the desk that imported it, the time
or the operator differ: interval ids come from the export's SHA-256 and line).
An interval's ``source`` is one of ``desk.storage.models.ONLINE_SOURCES`` (``zoom``,
``zoom_webinar``, ``teams``), ``file_sha256`` 64 lowercase hex digits, ``line`` an integer
from 1, ``join_at``, ``leave_at`` and ``imported_at`` times (``leave_at`` not before
``join_at``), every other column text. A match's ``method`` is one of
``desk.storage.models.MATCH_METHODS`` (``email``, ``upn``, ``name``, ``manual``,
``not_participant``, ``reset``); ``participant_id`` is ``null`` exactly for
``not_participant`` and ``reset``, and otherwise a participant the file or the reading
desk has; ``at`` is a time. Text is no longer than its column in ``desk/storage/models.py``.

Version 1 (Desk before schema 5) is the same file without the two online lines and their
header keys (five lines; the trailer covers lines 1–4): a reader still accepts it, as a
file with no online rows.

A reader checks everything before it hands a file on (a complete gzip stream, the
checksum, format, version, event, columns, counts, every row's shape and times) and refuses
a bad file whole with a message saying so.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import zlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from desk.deskfiles.sync_online import (
    INTERVAL_COLUMNS,
    INTERVAL_TIMES,
    MATCH_COLUMNS,
    MATCH_TIMES,
    TIME,
    BadRow,
    check_intervals,
    check_matches,
    stored_select,
)
from desk.errors import DeskError
from desk.events.event import Event
from desk.i18n import translate
from desk.people.participants import PARTICIPANT_FIELDS
from desk.storage.db import APPEND_ORDER, Database, plain_rows, stored_time
from desk.storage.fileio import atomic_write
from desk.storage.models import (
    RECORD_KINDS,
    Desk,
    Meta,
    OnlineInterval,
    OnlineMatch,
    Participant,
    Record,
    utcnow,
)

FORMAT = "desk-sync"
VERSION = 2
# Versions a reader accepts: 1 has no online lines (a Desk before schema 5).
READABLE_VERSIONS = (1, 2)
SUFFIX = ".desk"
COMPRESS_LEVEL = 1

# The columns every file has: a participant's stored fields, one list with
# desk.people.participants (a field added there must be read as optional below, or the files of
# older desks would be refused).
PARTICIPANT_COLUMNS = PARTICIPANT_FIELDS
RECORD_COLUMNS = (
    "id",
    "kind",
    "participant_id",
    "at",
    "desk_id",
    "operator",
    "item_id",
    "direction",
    "target_id",
    "reason",
    "place",
    "flag",
)
# Columns a reader fills in with None when a file lacks them (written by an older Desk).
OPTIONAL_PARTICIPANT_COLUMNS = ("merged_into", "extra")
ALL_PARTICIPANT_COLUMNS = PARTICIPANT_COLUMNS + OPTIONAL_PARTICIPANT_COLUMNS
P_TIMES = ("created_at", "updated_at")
_CREATED, _UPDATED = (ALL_PARTICIPANT_COLUMNS.index(c) for c in P_TIMES)
assert _UPDATED == _CREATED + 1  # participant_row() relies on it
_NOT_NULL_TEXT = tuple(
    c for c in PARTICIPANT_COLUMNS if c not in ("invitation_code", "country", *P_TIMES)
)


@dataclass(frozen=True, slots=True)
class ExportSummary:
    path: Path
    desk_id: str
    desk_name: str
    exported_at: str
    participants: int
    records: int
    records_by_kind: Mapping[str, int]
    desk_records: int  # made at this desk
    first_at: str | None
    last_at: str | None
    sha256: str
    size: int  # bytes on disk
    online_intervals: int = 0
    online_matches: int = 0

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["path"] = str(self.path)
        data["records_by_kind"] = dict(self.records_by_kind)
        return data


@dataclass(frozen=True, slots=True)
class FileSummary:
    file: str
    desk_id: str
    desk_name: str
    exported_at: str
    participants: int
    records: int
    desk_records: int
    online_intervals: int = 0
    online_matches: int = 0


# -- times -----------------------------------------------------------------------------------


def iso_time(value: Any) -> str | None:
    """A stored time (SQLite text ``YYYY-MM-DD HH:MM:SS.ffffff``, or a datetime) in the
    file's fixed-width form."""
    if value is None:
        return None
    if isinstance(value, str):
        # SQLAlchemy stores "YYYY-MM-DD HH:MM:SS.ffffff", leaving out a zero fraction.
        if value[10:11] == " ":
            if len(value) == 26:
                return f"{value[:10]}T{value[11:]}Z"
            if len(value) == 19:
                return f"{value[:10]}T{value[11:]}.000000Z"
        value = datetime.fromisoformat(value)
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_time(text: str) -> datetime:
    return datetime.fromisoformat(text)  # 3.11 reads the trailing Z as UTC


def participant_row(row: Sequence[Any]) -> tuple[Any, ...]:
    """A participant read as stored (ALL_PARTICIPANT_COLUMNS order, times unparsed) in the
    file's form."""
    return (
        *row[:_CREATED],
        iso_time(row[_CREATED]),
        iso_time(row[_UPDATED]),
        *row[_UPDATED + 1 :],
    )


def as_stored(column: Any) -> Any:
    """A column read as stored (times as text, unparsed)."""
    return stored_time(column)


def participants_select() -> Select[Any]:
    """Every participant column (ALL_PARTICIPANT_COLUMNS order), times as stored: rows for
    :func:`participant_row`."""
    p = Participant.__table__.c
    return select(*(as_stored(p[c]) if c in P_TIMES else p[c] for c in ALL_PARTICIPANT_COLUMNS))


def online_rows(
    session: Session, model: type[OnlineInterval] | type[OnlineMatch], *where: Any
) -> list[tuple[Any, ...]]:
    """Rows of an online table in the file's form (its columns, times as the file writes
    them), in id order: ``where`` says which."""
    times = INTERVAL_TIMES if model is OnlineInterval else MATCH_TIMES
    rows = plain_rows(session, stored_select(model).where(*where).order_by(model.id))
    return [tuple(iso_time(v) if i in times else v for i, v in enumerate(r)) for r in rows]


def _dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


# -- export ----------------------------------------------------------------------------------


def _meta(session: Session) -> dict[str, str]:
    return {m.key: m.value for m in session.scalars(select(Meta))}


def check_event(bound: str | None, event: Event) -> None:
    """DeskError unless a database bound to the event ``bound`` (None: not bound yet) may
    write or merge desk files of ``event``."""
    if bound is not None and bound != event.id:
        raise DeskError(
            translate("sync", "This database belongs to the event {db_event}, not {event}.").format(
                db_event=bound, event=event.id
            )
        )


def export_desk_file(
    session_or_db: Session | Database, event: Event, path: Path | str
) -> ExportSummary:
    """Write this desk's file (every participant and record it knows) to ``path``, atomically."""
    if isinstance(session_or_db, Database):
        db = session_or_db
        with db.read() as session:
            return _export(session, event, Path(path), db.desk_id, db.desk_name)
    meta = _meta(session_or_db)
    return _export(session_or_db, event, Path(path), meta["desk_id"], meta["desk_name"])


def _export(
    session: Session, event: Event, path: Path, desk_id: str, desk_name: str
) -> ExportSummary:
    check_event(_meta(session).get("event_id"), event)
    participants = [
        participant_row(r)
        for r in plain_rows(session, participants_select().order_by(Participant.id))
    ]
    r_ = Record.__table__.c
    records = plain_rows(
        session,
        select(*(as_stored(r_[c]) if c == "at" else r_[c] for c in RECORD_COLUMNS)).order_by(
            APPEND_ORDER
        ),
    )
    records = [(r[0], r[1], r[2], iso_time(r[3]), *r[4:]) for r in records]
    intervals = online_rows(session, OnlineInterval)
    matches = online_rows(session, OnlineMatch)
    desks = {d.id: d.name for d in session.scalars(select(Desk).order_by(Desk.id))}
    desks[desk_id] = desk_name

    own = [r[3] for r in records if r[4] == desk_id]
    by_kind = Counter(r[1] for r in records)
    exported_at = iso_time(utcnow())
    assert exported_at is not None
    header = {
        "format": FORMAT,
        "version": VERSION,
        "event_id": event.id,
        "desk_id": desk_id,
        "desk_name": desk_name,
        "exported_at": exported_at,
        "desk_records": {
            "count": len(own),
            "first_at": min(own) if own else None,
            "last_at": max(own) if own else None,
        },
        "counts": {
            "desks": len(desks),
            "participants": len(participants),
            "records": len(records),
            "records_by_kind": {k: by_kind.get(k, 0) for k in RECORD_KINDS},
            "online_intervals": len(intervals),
            "online_matches": len(matches),
        },
        "participant_columns": list(ALL_PARTICIPANT_COLUMNS),
        "record_columns": list(RECORD_COLUMNS),
        "online_interval_columns": list(INTERVAL_COLUMNS),
        "online_match_columns": list(MATCH_COLUMNS),
    }
    digest = hashlib.sha256()
    size = 0

    def write(handle: BinaryIO) -> None:
        nonlocal size
        with gzip.GzipFile(fileobj=handle, mode="wb", compresslevel=COMPRESS_LEVEL, mtime=0) as gz:
            for part in (header, desks, participants, records, intervals, matches):
                data = _dumps(part)
                digest.update(data)
                size += len(data)
                gz.write(data)
            gz.write(_dumps({"sha256": digest.hexdigest(), "bytes": size}))

    atomic_write(path, write)
    return ExportSummary(
        path=path,
        desk_id=desk_id,
        desk_name=desk_name,
        exported_at=exported_at,
        participants=len(participants),
        records=len(records),
        records_by_kind=dict(header["counts"]["records_by_kind"]),  # type: ignore[index]
        desk_records=len(own),
        first_at=min(own) if own else None,
        last_at=max(own) if own else None,
        sha256=digest.hexdigest(),
        size=path.stat().st_size,
        online_intervals=len(intervals),
        online_matches=len(matches),
    )


# -- reading and verifying ---------------------------------------------------------------------


@dataclass(slots=True)
class DeskFile:
    """A verified desk file: rows re-ordered into this version's columns."""

    path: Path
    header: dict[str, Any]
    desks: dict[str, str]
    participants: list[tuple[Any, ...]]  # ALL_PARTICIPANT_COLUMNS order
    records: list[tuple[Any, ...]]  # RECORD_COLUMNS order
    online_intervals: list[tuple[Any, ...]] = field(default_factory=list)  # INTERVAL_COLUMNS
    online_matches: list[tuple[Any, ...]] = field(default_factory=list)  # MATCH_COLUMNS order

    @property
    def desk_id(self) -> str:
        return str(self.header["desk_id"])

    @property
    def desk_name(self) -> str:
        return str(self.header["desk_name"])

    def summary(self) -> FileSummary:
        return FileSummary(
            file=self.path.name,
            desk_id=self.desk_id,
            desk_name=self.desk_name,
            exported_at=str(self.header["exported_at"]),
            participants=len(self.participants),
            records=len(self.records),
            desk_records=int(self.header["desk_records"]["count"]),
            online_intervals=len(self.online_intervals),
            online_matches=len(self.online_matches),
        )


def _refused(path: Path, why: str) -> DeskError:
    return DeskError(why.format(file=path.name))


def damaged(path: Path) -> DeskError:
    return _refused(
        path,
        translate(
            "sync",
            "{file} is damaged (cut short or corrupted): it was not imported; nothing was changed.",
        ),
    )


def _not_a_desk_file(path: Path) -> DeskError:
    return _refused(
        path,
        translate("sync", "{file} is not a desk file: it was not imported; nothing was changed."),
    )


def _columns(
    path: Path, given: Any, wanted: Sequence[str], optional: Sequence[str] = ()
) -> list[int | None]:
    """Where each of ``wanted`` and ``optional`` is in the file's columns (None: absent)."""
    if not isinstance(given, list) or not all(isinstance(c, str) for c in given):
        raise damaged(path)
    try:
        where: list[int | None] = [given.index(c) for c in wanted]
    except ValueError:
        raise damaged(path) from None
    return where + [given.index(c) if c in given else None for c in optional]


def _reorder(path: Path, rows: Any, width: int, where: list[int | None]) -> list[tuple[Any, ...]]:
    if not isinstance(rows, list):
        raise damaged(path)
    if any(not isinstance(r, list) or len(r) != width for r in rows):
        raise damaged(path)
    if where == list(range(width)):
        return [tuple(r) for r in rows]
    return [tuple(None if i is None else r[i] for i in where) for r in rows]


def _check_times(path: Path, values: Iterable[Any], nullable: bool = False) -> None:
    match = TIME.fullmatch
    for v in values:
        if v is None and nullable:
            continue
        if not isinstance(v, str) or match(v) is None:
            raise damaged(path)


def read_desk_file(path: Path | str, event: Event) -> DeskFile:
    """Read and verify a desk file completely, or raise DeskError saying what is wrong."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DeskError(
            translate(
                "sync",
                "{file} cannot be read ({reason}): it was not imported; nothing was changed.",
            ).format(file=path.name, reason=exc.strerror or exc)
        ) from exc
    if raw[:2] != b"\x1f\x8b":
        raise _not_a_desk_file(path)
    try:
        data = gzip.decompress(raw)
    except (EOFError, OSError, zlib.error):
        raise damaged(path) from None
    end = data.rfind(b"\n", 0, len(data) - 1)
    if end < 0 or not data.endswith(b"\n"):
        raise damaged(path)
    body, tail = data[: end + 1], data[end + 1 :]
    try:
        trailer = json.loads(tail)
    except ValueError:
        raise damaged(path) from None
    if (
        not isinstance(trailer, dict)
        or not isinstance(trailer.get("sha256"), str)
        or trailer.get("bytes") != len(body)
    ):
        raise damaged(path)
    if hashlib.sha256(body).hexdigest() != trailer["sha256"].lower():
        raise _refused(
            path,
            translate(
                "sync",
                "{file} is damaged (its checksum does not match): it was not imported; "
                "nothing was changed.",
            ),
        )
    parts = body.split(b"\n")
    try:
        header = json.loads(parts[0])
    except ValueError:
        raise damaged(path) from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise _not_a_desk_file(path)
    version = header.get("version")
    if type(version) is not int or version not in READABLE_VERSIONS:
        raise DeskError(
            translate(
                "sync",
                "{file} was written by another version of Desk (file format {version}; this "
                "Desk reads format {known}): update Desk to import it; nothing was changed.",
            ).format(file=path.name, version=version, known=VERSION)
        )
    if header.get("event_id") != event.id:
        raise DeskError(
            translate(
                "sync",
                "{file} is from another event ({file_event}; this desk is for {event}): it "
                "was not imported; nothing was changed.",
            ).format(file=path.name, file_event=header.get("event_id"), event=event.id)
        )
    lines = 7 if version == 2 else 5
    if len(parts) != lines or parts[-1] != b"":
        raise damaged(path)
    try:
        desks = json.loads(parts[1])
        participant_rows = json.loads(parts[2])
        record_rows = json.loads(parts[3])
        counts = header["counts"]
        desk_records = header["desk_records"]
        p_where = _columns(
            path,
            header["participant_columns"],
            PARTICIPANT_COLUMNS,
            optional=OPTIONAL_PARTICIPANT_COLUMNS,
        )
        r_where = _columns(path, header["record_columns"], RECORD_COLUMNS)
        for key in ("desk_id", "desk_name", "exported_at"):
            if not isinstance(header[key], str):
                raise damaged(path)
        _check_times(path, [header["exported_at"]])
        int(desk_records["count"])
    except (ValueError, KeyError, TypeError):
        raise damaged(path) from None
    if not isinstance(desks, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in desks.items()
    ):
        raise damaged(path)
    participants = _reorder(path, participant_rows, len(header["participant_columns"]), p_where)
    records = _reorder(path, record_rows, len(header["record_columns"]), r_where)
    if not isinstance(counts, dict) or (
        counts.get("participants"),
        counts.get("records"),
    ) != (len(participants), len(records)):
        raise damaged(path)
    intervals, matches = _online(path, header, parts) if version == 2 else ([], [])
    # Rows: text where text belongs, times in the fixed form, kinds this Desk knows. The
    # types of a whole column at once (map runs in C: 50,000 rows in milliseconds).
    text, maybe_text = {str}, {str, type(None)}
    for i, column in enumerate(ALL_PARTICIPANT_COLUMNS):
        types = set(map(type, (r[i] for r in participants)))
        if column in _NOT_NULL_TEXT and not types <= text:
            raise damaged(path)
        if (column in ("invitation_code", "country") or i >= len(PARTICIPANT_COLUMNS)) and not (
            types <= maybe_text
        ):
            raise damaged(path)
    _check_times(path, (r[_CREATED] for r in participants))
    _check_times(path, (r[_UPDATED] for r in participants))
    if len({r[0] for r in participants}) != len(participants):
        raise damaged(path)
    kinds = frozenset(RECORD_KINDS)
    for r in records:
        if (
            not isinstance(r[0], str)
            or r[1] not in kinds
            or not isinstance(r[2], str)
            or not isinstance(r[4], str)
            or not isinstance(r[5], str)
        ):
            raise damaged(path)
        for v in r[6:]:
            if v is not None and not isinstance(v, str):
                raise damaged(path)
    _check_times(path, (r[3] for r in records))
    return DeskFile(path, header, desks, participants, records, intervals, matches)


def _online(
    path: Path, header: dict[str, Any], parts: list[bytes]
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The online lines (5 and 6) of a version-2 file, checked, in this version's columns."""
    try:
        interval_rows, match_rows = json.loads(parts[4]), json.loads(parts[5])
        i_columns = header["online_interval_columns"]
        m_columns = header["online_match_columns"]
        i_where = _columns(path, i_columns, INTERVAL_COLUMNS)
        m_where = _columns(path, m_columns, MATCH_COLUMNS)
        counts = header["counts"]
        intervals = _reorder(path, interval_rows, len(i_columns), i_where)
        matches = _reorder(path, match_rows, len(m_columns), m_where)
        if (counts["online_intervals"], counts["online_matches"]) != (len(intervals), len(matches)):
            raise damaged(path)
        check_intervals(intervals)
        check_matches(matches)
    except (BadRow, ValueError, KeyError, TypeError):
        raise damaged(path) from None
    return intervals, matches
