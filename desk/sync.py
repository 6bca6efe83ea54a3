"""Desk export files: write, verify, merge (DESIGN.md §5).

Every desk works offline all day; at the end of the day each desk writes a *desk file*
and every other desk imports it. A file carries the whole database of the desk that wrote
it (all participants, every record it knows, whichever desk made them), so files relay
data: desk 3 gets desk 1's check-ins from desk 2's file. Importing is a union of records
by id and "last writer wins" for participants, so the same files imported in any order,
any number of times, give every desk the same people, records and counts.

File format, version 1
----------------------

A desk file (suffix ``.desk``) is a gzip stream. Uncompressed, it is five lines of UTF-8
JSON, each ending in ``\\n`` (JSON escapes newlines inside strings, so a line never
contains one)::

    line 1  header        JSON object (below)
    line 2  desks         JSON object: desk id → desk name, every desk the writer knows
    line 3  participants  JSON array of arrays, one per participant, values in the order
                          of header.participant_columns
    line 4  records       JSON array of arrays, one per record, values in the order of
                          header.record_columns, in the order the writer appended them
    line 5  trailer       {"sha256": "<64 lowercase hex>", "bytes": <int>}

``trailer.sha256`` is the SHA-256 of the bytes of lines 1–4 exactly as stored (newlines
included) and ``trailer.bytes`` their length. The header::

    {
      "format": "desk-sync",          always this string
      "version": 1,                   this format; a reader refuses versions it does not know
      "event_id": "<event id>",       a desk only imports files of its own event
      "desk_id": "<uuid>",            the desk that wrote the file
      "desk_name": "Desk 2 – lobby",
      "exported_at": "<time>",
      "desk_records": {"count": n, "first_at": "<time>" | null, "last_at": "<time>" | null},
                                      the records made at the writing desk itself
      "counts": {"desks": n, "participants": n, "records": n,
                 "records_by_kind": {"checkin": n, "door": n, "print": n, "void": n}},
      "participant_columns": ["id", "code", "invitation_code", "given_name", "family_name",
                              "country", "organisation", "position", "category", "mode",
                              "email", "phone", "source", "status", "created_at",
                              "updated_at", "created_desk", "updated_desk",
                              "merged_into"],
      "record_columns": ["id", "kind", "participant_id", "at", "desk_id", "operator",
                         "item_id", "direction", "target_id", "reason", "place", "flag"]
    }

Every ``<time>`` is UTC in one fixed-width form, ``YYYY-MM-DDTHH:MM:SS.ffffffZ``
(``2022-05-23T14:05:09.120000Z``), so comparing the text compares the times. Ids are
UUIDs as text; absent values are ``null``. Record kinds are those of
``desk.models.RECORD_KINDS`` (``checkin``, ``void``, ``door``, ``print``, ``merge``); a
reader refuses a kind it does not know. Column meanings are those of ``desk/models.py``
(``Participant``, ``Record``). A reader looks columns up by name, so a later version may
add columns.

Importing checks everything first (a complete gzip stream, the checksum, format,
version, event, columns, counts, every row's shape and times, every record's participant)
and refuses a bad file whole with a message saying so; the database is then unchanged.
The merge itself is one write transaction:

- records: those whose id is unknown are appended (in the file's order); known ids are
  skipped, so importing a file twice adds nothing;
- participants: unknown ones are inserted with their search index; for a known one the
  version with the greater ``(merged, updated_at, updated_desk)`` wins (a merge is final,
  then the last writer wins) and is applied through
  :func:`desk.participants.update_participant`; records of merged registrations are
  copied onto the person kept (:mod:`desk.merging`);
- desks: unknown desks are added; a desk's own file renames it.

The merge report lists, for a person to look at: a participant edited at two desks (the
two versions differ, were written at different desks, and the one not kept was an edit,
not the first version); one badge checked in at two desks (both records kept, the person
counted once); and likely duplicate walk-ins (same normalised name and the same e-mail or
country, at least one a walk-in, one of them new).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import String, bindparam, func, select, type_coerce
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk import codes
from desk.backup import backup_now
from desk.db import (
    APPEND_ORDER,
    Database,
    bulk_insert,
    bulk_work,
    indexes_built_after,
    plain_rows,
)
from desk.display import local_time
from desk.errors import DeskError
from desk.event import Event
from desk.fileio import atomic_write
from desk.i18n import translate
from desk.merging import propagate_merges
from desk.models import (
    RECORD_KINDS,
    SOURCE_WALK_IN,
    STATUS_MERGED,
    Desk,
    Meta,
    Participant,
    ParticipantWord,
    Record,
    utcnow,
)
from desk.participants import (
    EDITABLE_FIELDS,
    WordRow,
    index_columns,
    insert_participants,
    update_participant,
)
from desk.textnorm import fold

FORMAT = "desk-sync"
VERSION = 1
SUFFIX = ".desk"
COMPRESS_LEVEL = 1

PARTICIPANT_COLUMNS = (
    "id",
    "code",
    "invitation_code",
    "given_name",
    "family_name",
    "country",
    "organisation",
    "position",
    "category",
    "mode",
    "email",
    "phone",
    "source",
    "status",
    "created_at",
    "updated_at",
    "created_desk",
    "updated_desk",
)
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
OPTIONAL_PARTICIPANT_COLUMNS = ("merged_into",)
_ALL_PARTICIPANT_COLUMNS = PARTICIPANT_COLUMNS + OPTIONAL_PARTICIPANT_COLUMNS
_P_TIMES = ("created_at", "updated_at")
# Participant columns a merge copies from the winning version (the rest is derived, or
# set by update_participant itself).
_COPIED = tuple(
    c for c in _ALL_PARTICIPANT_COLUMNS if c not in ("id", "updated_at", "updated_desk")
)
_NOT_NULL_TEXT = tuple(
    c for c in PARTICIPANT_COLUMNS if c not in ("invitation_code", "country", *_P_TIMES)
)
_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z")
_CHUNK = 500


# -- results -------------------------------------------------------------------------------


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


@dataclass(frozen=True, slots=True)
class EditConflict:
    """One participant edited at two desks: ``kept`` won, ``other`` was overwritten."""

    participant_id: str
    code: str
    name: str
    kept_desk: str
    kept_at: str
    other_desk: str
    other_at: str
    fields: tuple[str, ...]  # where the two versions differ


@dataclass(frozen=True, slots=True)
class DoubleCheckin:
    """One badge checked in at two (or more) desks: all records kept, counted once."""

    participant_id: str
    code: str
    name: str
    desks: tuple[str, ...]  # desk ids, in the order of the check-ins
    times: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class LikelyDuplicate:
    """Two participants that may be one person registered twice."""

    first_id: str
    first_code: str
    first_name: str
    second_id: str
    second_code: str
    second_name: str
    reason: str  # "email" or "country"


@dataclass(frozen=True, slots=True)
class MergeReport:
    files: tuple[FileSummary, ...]
    new_records: Mapping[str, int]  # by kind
    known_records: int
    new_participants: int
    updated_participants: int
    new_desks: int
    copied_records: int = 0  # records of merged registrations copied (desk.merging)
    desk_names: Mapping[str, str] = field(default_factory=dict)
    edit_conflicts: tuple[EditConflict, ...] = ()
    double_checkins: tuple[DoubleCheckin, ...] = ()
    likely_duplicates: tuple[LikelyDuplicate, ...] = ()

    @property
    def new_record_count(self) -> int:
        return sum(self.new_records.values())

    @property
    def conflicts(self) -> int:
        return len(self.edit_conflicts) + len(self.double_checkins) + len(self.likely_duplicates)

    def to_json(self) -> dict[str, Any]:
        return {
            "files": [asdict(f) for f in self.files],
            "new_records": dict(self.new_records),
            "known_records": self.known_records,
            "new_participants": self.new_participants,
            "updated_participants": self.updated_participants,
            "new_desks": self.new_desks,
            "copied_records": self.copied_records,
            "desk_names": dict(self.desk_names),
            "edit_conflicts": [asdict(c) for c in self.edit_conflicts],
            "double_checkins": [
                {**asdict(c), "desks": list(c.desks), "times": list(c.times)}
                for c in self.double_checkins
            ],
            "likely_duplicates": [asdict(c) for c in self.likely_duplicates],
        }

    def lines(self, event: Event) -> list[str]:
        """The report as an operator reads it, in the current language."""

        def desk(desk_id: str) -> str:
            return self.desk_names.get(desk_id) or desk_id[:8]

        def when(text: str) -> str:
            return local_time(event, _parse_time(text), with_date=True)

        out = []
        for f in self.files:
            out.append(
                translate(
                    "sync",
                    "{file}: from {desk}, written {time}: {participants} participants, "
                    "{records} records.",
                ).format(
                    file=f.file,
                    desk=f.desk_name,
                    time=when(f.exported_at),
                    participants=f.participants,
                    records=f.records,
                )
            )
        if not (self.new_record_count or self.new_participants or self.updated_participants):
            out.append(
                translate("sync", "Nothing new: everything in these files was here already.")
            )
        else:
            out.append(
                translate(
                    "sync",
                    "Merged: {new} new participants, {updated} updated, {records} new records "
                    "({kinds}).",
                ).format(
                    new=self.new_participants,
                    updated=self.updated_participants,
                    records=self.new_record_count,
                    kinds=_kinds_text(self.new_records),
                )
            )
        if self.known_records:
            out.append(
                translate("sync", "{count} records were here already (not added twice).").format(
                    count=self.known_records
                )
            )
        for c in self.edit_conflicts:
            out.append(
                translate(
                    "sync",
                    "Edited at two desks: {name} ({code}). Kept the version of {desk} "
                    "({time}), not the one of {other_desk} ({other_time}); they differ in: "
                    "{fields}. Check it.",
                ).format(
                    name=c.name,
                    code=codes.format_code(c.code),
                    desk=desk(c.kept_desk),
                    time=when(c.kept_at),
                    other_desk=desk(c.other_desk),
                    other_time=when(c.other_at),
                    fields=", ".join(c.fields),
                )
            )
        for d in self.double_checkins:
            places = ", ".join(
                f"{desk(k)} {when(t)}" for k, t in zip(d.desks, d.times, strict=True)
            )
            out.append(
                translate(
                    "sync",
                    "Checked in at two desks: {name} ({code}): {places}. Counted once.",
                ).format(name=d.name, code=codes.format_code(d.code), places=places)
            )
        for dup in self.likely_duplicates:
            reason = (
                translate("sync", "same e-mail")
                if dup.reason == "email"
                else translate("sync", "same country")
            )
            out.append(
                translate(
                    "sync",
                    "Maybe the same person twice: {name} ({code}) and {other} ({other_code}), "
                    "same name, {reason}. Check them.",
                ).format(
                    name=dup.first_name,
                    code=codes.format_code(dup.first_code),
                    other=dup.second_name,
                    other_code=codes.format_code(dup.second_code),
                    reason=reason,
                )
            )
        return out


def _kinds_text(by_kind: Mapping[str, int]) -> str:
    labels = {
        "checkin": translate("sync", "{count} check-ins"),
        "door": translate("sync", "{count} door scans"),
        "print": translate("sync", "{count} badge prints"),
        "void": translate("sync", "{count} cancellations"),
    }
    other = translate("sync", "{count} {kind}")
    parts = [
        labels[k].format(count=n) if k in labels else other.format(count=n, kind=k)
        for k in RECORD_KINDS
        if (n := by_kind.get(k))
    ]
    return ", ".join(parts) or "0"


# -- times -----------------------------------------------------------------------------------


def _iso(value: Any) -> str | None:
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


def _parse_time(text: str) -> datetime:
    return datetime.fromisoformat(text)  # 3.11 reads the trailing Z as UTC


_rows = plain_rows


def _raw(column: Any) -> Any:
    """A column read as stored (times as text, unparsed)."""
    return type_coerce(column, String)


def _dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


# -- export ----------------------------------------------------------------------------------


def _meta(session: Session) -> dict[str, str]:
    return {m.key: m.value for m in session.scalars(select(Meta))}


def export_desk_file(
    session_or_db: Session | Database, event: Event, path: Path | str
) -> ExportSummary:
    """Write this desk's file (every participant and record it knows) to ``path``, atomically."""
    if isinstance(session_or_db, Database):
        with session_or_db.read() as session:
            return export_desk_file(session, event, path)
    session = session_or_db
    path = Path(path)
    meta = _meta(session)
    bound = meta.get("event_id")
    if bound is not None and bound != event.id:
        raise DeskError(
            translate("sync", "This database belongs to the event {db_event}, not {event}.").format(
                db_event=bound, event=event.id
            )
        )
    desk_id, desk_name = meta["desk_id"], meta["desk_name"]
    p = Participant.__table__.c
    participants = _rows(
        session,
        select(*(_raw(p[c]) if c in _P_TIMES else p[c] for c in _ALL_PARTICIPANT_COLUMNS)).order_by(
            p.id
        ),
    )
    participants = [(*r[:14], _iso(r[14]), _iso(r[15]), *r[16:]) for r in participants]
    r_ = Record.__table__.c
    records = _rows(
        session,
        select(*(_raw(r_[c]) if c == "at" else r_[c] for c in RECORD_COLUMNS)).order_by(
            APPEND_ORDER
        ),
    )
    records = [(r[0], r[1], r[2], _iso(r[3]), *r[4:]) for r in records]
    desks = {d.id: d.name for d in session.scalars(select(Desk).order_by(Desk.id))}
    desks[desk_id] = desk_name

    own = [r[3] for r in records if r[4] == desk_id]
    by_kind = Counter(r[1] for r in records)
    exported_at = _iso(utcnow())
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
        },
        "participant_columns": list(_ALL_PARTICIPANT_COLUMNS),
        "record_columns": list(RECORD_COLUMNS),
    }
    digest = hashlib.sha256()
    size = 0

    def write(handle: BinaryIO) -> None:
        nonlocal size
        with gzip.GzipFile(fileobj=handle, mode="wb", compresslevel=COMPRESS_LEVEL, mtime=0) as gz:
            for part in (header, desks, participants, records):
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
    )


# -- reading and verifying ---------------------------------------------------------------------


@dataclass(slots=True)
class DeskFile:
    """A verified desk file: rows re-ordered into this version's columns."""

    path: Path
    header: dict[str, Any]
    desks: dict[str, str]
    participants: list[tuple[Any, ...]]  # _ALL_PARTICIPANT_COLUMNS order
    records: list[tuple[Any, ...]]  # RECORD_COLUMNS order

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
        )


def _refused(path: Path, why: str) -> DeskError:
    return DeskError(why.format(file=path.name))


def _damaged(path: Path) -> DeskError:
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
        raise _damaged(path)
    try:
        where: list[int | None] = [given.index(c) for c in wanted]
    except ValueError:
        raise _damaged(path) from None
    return where + [given.index(c) if c in given else None for c in optional]


def _reorder(path: Path, rows: Any, width: int, where: list[int | None]) -> list[tuple[Any, ...]]:
    if not isinstance(rows, list):
        raise _damaged(path)
    if any(not isinstance(r, list) or len(r) != width for r in rows):
        raise _damaged(path)
    if where == list(range(width)):
        return [tuple(r) for r in rows]
    return [tuple(None if i is None else r[i] for i in where) for r in rows]


def _check_times(path: Path, values: Iterable[Any], nullable: bool = False) -> None:
    match = _TIME.fullmatch
    for v in values:
        if v is None and nullable:
            continue
        if not isinstance(v, str) or match(v) is None:
            raise _damaged(path)


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
        raise _damaged(path) from None
    end = data.rfind(b"\n", 0, len(data) - 1)
    if end < 0 or not data.endswith(b"\n"):
        raise _damaged(path)
    body, tail = data[: end + 1], data[end + 1 :]
    try:
        trailer = json.loads(tail)
    except ValueError:
        raise _damaged(path) from None
    if (
        not isinstance(trailer, dict)
        or not isinstance(trailer.get("sha256"), str)
        or trailer.get("bytes") != len(body)
    ):
        raise _damaged(path)
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
    if len(parts) != 5 or parts[4] != b"":
        raise _damaged(path)
    try:
        header = json.loads(parts[0])
    except ValueError:
        raise _damaged(path) from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise _not_a_desk_file(path)
    version = header.get("version")
    if version != VERSION:
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
                raise _damaged(path)
        _check_times(path, [header["exported_at"]])
        int(desk_records["count"])
    except (ValueError, KeyError, TypeError):
        raise _damaged(path) from None
    if not isinstance(desks, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in desks.items()
    ):
        raise _damaged(path)
    participants = _reorder(path, participant_rows, len(header["participant_columns"]), p_where)
    records = _reorder(path, record_rows, len(header["record_columns"]), r_where)
    if not isinstance(counts, dict) or (
        counts.get("participants"),
        counts.get("records"),
    ) != (len(participants), len(records)):
        raise _damaged(path)
    # Rows: text where text belongs, times in the fixed form, kinds this Desk knows. The
    # types of a whole column at once (map runs in C: 50,000 rows in milliseconds).
    text, maybe_text = {str}, {str, type(None)}
    for i, column in enumerate(_ALL_PARTICIPANT_COLUMNS):
        types = set(map(type, (r[i] for r in participants)))
        if column in _NOT_NULL_TEXT and not types <= text:
            raise _damaged(path)
        if (column in ("invitation_code", "country") or i >= len(PARTICIPANT_COLUMNS)) and not (
            types <= maybe_text
        ):
            raise _damaged(path)
    _check_times(path, (r[14] for r in participants))
    _check_times(path, (r[15] for r in participants))
    if len({r[0] for r in participants}) != len(participants):
        raise _damaged(path)
    kinds = frozenset(RECORD_KINDS)
    for r in records:
        if (
            not isinstance(r[0], str)
            or r[1] not in kinds
            or not isinstance(r[2], str)
            or not isinstance(r[4], str)
            or not isinstance(r[5], str)
        ):
            raise _damaged(path)
        for v in r[6:]:
            if v is not None and not isinstance(v, str):
                raise _damaged(path)
    _check_times(path, (r[3] for r in records))
    return DeskFile(path, header, desks, participants, records)


# -- merging ---------------------------------------------------------------------------------

_P = {name: i for i, name in enumerate(_ALL_PARTICIPANT_COLUMNS)}
_ID, _CODE, _INVITATION = _P["id"], _P["code"], _P["invitation_code"]
_UPDATED_AT, _UPDATED_DESK, _CREATED_AT = _P["updated_at"], _P["updated_desk"], _P["created_at"]


def _version(row: Sequence[Any]) -> tuple[bool, str, str]:
    """Which version of a participant wins: a merge, then the latest edit, then the desk
    id. A merge is final: an edit made elsewhere before hearing of it must not undo it."""
    return (row[_P["status"]] == STATUS_MERGED, row[_UPDATED_AT], row[_UPDATED_DESK])


def _name(row: Sequence[Any]) -> str:
    return f"{row[_P['given_name']]} {row[_P['family_name']]}".strip()


def _differences(a: Sequence[Any], b: Sequence[Any]) -> tuple[str, ...]:
    return tuple(c for c in _COPIED if a[_P[c]] != b[_P[c]])


def _local_rows(session: Session, ids: Sequence[str]) -> dict[str, tuple[Any, ...]]:
    """Local participants (_ALL_PARTICIPANT_COLUMNS order, times in the file's form)."""
    p = Participant.__table__.c
    query = select(
        *(_raw(p[c]) if c in _P_TIMES else p[c] for c in _ALL_PARTICIPANT_COLUMNS)
    ).where(p.id.in_(bindparam("ids", expanding=True)))
    out: dict[str, tuple[Any, ...]] = {}
    for i in range(0, len(ids), _CHUNK):
        for r in session.execute(query, {"ids": list(ids[i : i + _CHUNK])}):
            out[r[0]] = (*r[:14], _iso(r[14]), _iso(r[15]), *r[16:])
    return out


def _code_clash(path: Path, row: Sequence[Any], other: str, code: str) -> DeskError:
    return DeskError(
        translate(
            "sync",
            "{file} gives the code {code} to {name}, but here it belongs to {other}, another "
            "participant (the same list imported at two desks?): it was not imported; "
            "nothing was changed.",
        ).format(file=path.name, code=code, name=_name(row), other=other)
    )


def import_desk_files(db: Database, event: Event, paths: Sequence[Path | str]) -> MergeReport:
    """Verify every file, then merge them all into ``db`` in one write transaction."""
    if not paths:
        raise DeskError(translate("sync", "Choose at least one desk file to import."))
    if db.event_id is not None and db.event_id != event.id:
        raise DeskError(
            translate("sync", "This database belongs to the event {db_event}, not {event}.").format(
                db_event=db.event_id, event=event.id
            )
        )
    with bulk_work():
        files = [read_desk_file(path, event) for path in paths]
        if db.event_id is None:  # a new desk: every file was checked to be of this event
            db.bind_event(event.id)
        return _merge_into(db, event, files)


def _merge_into(db: Database, event: Event, files: Sequence[DeskFile]) -> MergeReport:
    """Back up, then merge verified files in one write transaction."""
    backup_now(db, reason="before-merge")  # a way back from any merge
    try:
        with db.write() as session:
            return merge_desk_files(session, event, files, own_desk=db.desk_id)
    except IntegrityError as exc:
        raise DeskError(
            translate(
                "sync",
                "These desk files do not fit this database ({reason}): nothing was imported.",
            ).format(reason=exc.orig)
        ) from exc


def merge_desk_files(
    session: Session, event: Event, files: Sequence[DeskFile], *, own_desk: str
) -> MergeReport:
    """Merge verified files into the database, in the caller's write transaction."""
    conn = session.connection()
    p = Participant.__table__.c

    # Local participants: id → version, and who holds which code.
    local_version: dict[str, tuple[bool, str, str]] = {}
    code_owner: dict[str, tuple[str, str]] = {}  # code or invitation code → (id, name)
    for pid, code, invitation, given, family, updated_at, updated_desk, status in _rows(
        session,
        select(
            p.id, p.code, p.invitation_code, p.given_name, p.family_name,
            _raw(p.updated_at), p.updated_desk, p.status,
        ),
    ):  # fmt: skip
        local_version[pid] = (status == STATUS_MERGED, _iso(updated_at), updated_desk)  # type: ignore[assignment]
        name = f"{given} {family}".strip()
        code_owner[code] = (pid, name)
        if invitation:
            code_owner["i:" + invitation] = (pid, name)

    # The newest version of each participant among the files; other versions kept for
    # the conflict check.
    best: dict[str, tuple[Any, ...]] = {}
    origin: dict[str, Path] = {}
    others: dict[str, list[tuple[Any, ...]]] = {}
    for f in files:
        for row in f.participants:
            pid = row[_ID]
            held = best.get(pid)
            if held is None:
                best[pid] = row
                origin[pid] = f.path
                continue
            if _version(row) == _version(held):
                continue
            if _version(row) > _version(held):
                best[pid], row = row, held
                origin[pid] = f.path
            others.setdefault(pid, []).append(row)

    new_ids = [pid for pid in best if pid not in local_version]
    differing = [
        pid
        for pid, row in best.items()
        if pid in local_version and _version(row) != local_version[pid]
    ]
    local = _local_rows(session, differing)
    to_update = [pid for pid in differing if _version(best[pid]) > local_version[pid]]
    for pid in differing:
        if pid not in to_update:  # the local version wins: compare the incoming one with it
            others.setdefault(pid, []).append(best[pid])
            best[pid] = local[pid]
        else:
            others.setdefault(pid, []).append(local[pid])

    # Codes must stay unique: a clash means two desks made different people of one list.
    for pid in new_ids:
        row = best[pid]
        for key in (row[_CODE], "i:" + row[_INVITATION] if row[_INVITATION] else None):
            if key is None:
                continue
            owner = code_owner.get(key)
            if owner is not None and owner[0] != pid:
                shown = codes.format_code(key) if not key.startswith("i:") else key[2:]
                raise _code_clash(origin[pid], row, owner[1], shown)
            code_owner[key] = (pid, _name(row))

    # Edit conflicts: a version not kept that differs, from another desk, and was an edit.
    edit_conflicts: list[EditConflict] = []
    for pid, losers in others.items():
        winner = best[pid]
        seen: set[tuple[str, str]] = {_version(winner)}
        for loser in sorted(losers, key=_version, reverse=True):
            if _version(loser) in seen:
                continue
            seen.add(_version(loser))
            fields = _differences(winner, loser)
            if (
                fields
                and loser[_UPDATED_DESK] != winner[_UPDATED_DESK]
                and loser[_UPDATED_AT] != loser[_CREATED_AT]
            ):
                edit_conflicts.append(
                    EditConflict(
                        participant_id=pid,
                        code=winner[_CODE],
                        name=_name(winner),
                        kept_desk=winner[_UPDATED_DESK],
                        kept_at=winner[_UPDATED_AT],
                        other_desk=loser[_UPDATED_DESK],
                        other_at=loser[_UPDATED_AT],
                        fields=fields,
                    )
                )
                break

    # New participants, with their search index.
    new_rows: list[dict[str, Any]] = []
    words: list[WordRow] = []
    times: dict[str, datetime] = {}

    def parsed(text: str) -> datetime:
        value = times.get(text)
        if value is None:
            value = times[text] = _parse_time(text)
        return value

    for pid in new_ids:
        values = dict(zip(_ALL_PARTICIPANT_COLUMNS, best[pid], strict=True))
        values["created_at"] = parsed(values["created_at"])
        values["updated_at"] = parsed(values["updated_at"])
        derived, row_words = index_columns(event, pid, values)
        new_rows.append({**values, **derived})
        words += row_words
    insert_participants(session, new_rows, words)

    # Known participants whose incoming version is newer.
    for pid in to_update:
        row, old = best[pid], local[pid]
        old_values = {c: old[_P[c]] for c in EDITABLE_FIELDS}
        changes = {c: row[_P[c]] for c in _COPIED if row[_P[c]] != old[_P[c]]}
        if "created_at" in changes:
            changes["created_at"] = parsed(changes["created_at"])
        update_participant(
            session,
            event,
            pid,
            old_values,
            changes,
            desk_id=row[_UPDATED_DESK],
            now=parsed(row[_UPDATED_AT]),
        )

    # A registration merged into another person has no search words (desk.merging).
    gone = [pid for pid in (*new_ids, *to_update) if best[pid][_P["status"]] == STATUS_MERGED]
    words_table = ParticipantWord.__table__
    for i in range(0, len(gone), _CHUNK):
        conn.execute(
            words_table.delete().where(words_table.c.participant_id.in_(gone[i : i + _CHUNK]))
        )

    # Records: the union by id, appended in the order the files list them.
    known_ids = set(session.scalars(select(Record.id)))
    participants_known = local_version.keys() | best.keys()
    new_records: list[tuple[Any, ...]] = []
    already = 0
    for f in files:
        for r in f.records:
            rid = r[0]
            if rid in known_ids:
                already += 1
                continue
            if r[2] not in participants_known:
                raise _damaged(f.path)
            known_ids.add(rid)
            new_records.append((*r[:3], parsed(r[3]), *r[4:]))
    del known_ids
    with indexes_built_after(conn, Record.__table__, len(new_records)):
        bulk_insert(conn, Record.__table__, RECORD_COLUMNS, new_records)
    by_kind = Counter(r[1] for r in new_records)
    copied = propagate_merges(session, event) if new_records or new_ids or to_update else 0

    # Desks: every desk heard of; a desk's own file gives its current name.
    local_desks = {d.id: d for d in session.scalars(select(Desk))}
    names: dict[str, str] = {}
    for f in files:
        for desk_id, name in f.desks.items():
            names.setdefault(desk_id, name)
    for f in files:
        names[f.desk_id] = f.desk_name
    added_desks = 0
    for desk_id, name in names.items():
        found = local_desks.get(desk_id)
        if found is None:
            session.add(Desk(id=desk_id, name=name))
            added_desks += 1
        elif (
            desk_id != own_desk and found.name != name and any(f.desk_id == desk_id for f in files)
        ):
            found.name = name
    session.flush()
    all_desks = {d.id: d.name for d in session.scalars(select(Desk))}

    touched = set(new_ids) | set(to_update)
    checked_now = {r[2] for r in new_records if r[1] == "checkin"}
    return MergeReport(
        files=tuple(f.summary() for f in files),
        new_records={k: by_kind[k] for k in RECORD_KINDS if by_kind.get(k)},
        known_records=already,
        new_participants=len(new_ids),
        updated_participants=len(to_update),
        new_desks=added_desks,
        copied_records=copied,
        desk_names=all_desks,
        edit_conflicts=tuple(edit_conflicts),
        double_checkins=tuple(_double_checkins(session, checked_now)),
        likely_duplicates=tuple(_likely_duplicates(session, touched)),
    )


def _double_checkins(session: Session, participant_ids: set[str]) -> list[DoubleCheckin]:
    """Of these people, those with check-ins that stand from more than one desk."""
    if not participant_ids:
        return []
    voided = select(Record.target_id).where(Record.kind == "void", Record.target_id.is_not(None))
    standing = Record.kind == "checkin", Record.id.not_in(voided)
    several = _rows(
        session,
        select(Record.participant_id)
        .where(*standing)
        .group_by(Record.participant_id)
        .having(func.count(func.distinct(Record.desk_id)) > 1),
    )
    ids = sorted(pid for (pid,) in several if pid in participant_ids)
    out = []
    p = Participant.__table__.c
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i : i + _CHUNK]
        rows = session.execute(
            select(
                Record.participant_id,
                Record.desk_id,
                _raw(Record.at),
                p.code,
                p.given_name,
                p.family_name,
            )
            .join(Participant, Participant.id == Record.participant_id)
            .where(*standing, Record.participant_id.in_(chunk))
            .order_by(Record.participant_id, Record.at, Record.id)
        ).all()
        grouped: dict[str, list[tuple[Any, ...]]] = {}
        for r in rows:
            grouped.setdefault(r[0], []).append(r)
        for pid, checkins in grouped.items():
            first = checkins[0]
            out.append(
                DoubleCheckin(
                    participant_id=pid,
                    code=first[3],
                    name=f"{first[4]} {first[5]}".strip(),
                    desks=tuple(r[1] for r in checkins),
                    times=tuple(_iso(r[2]) or "" for r in checkins),
                )
            )
    return out


def _likely_duplicates(session: Session, touched: set[str]) -> list[LikelyDuplicate]:
    """Pairs with the same normalised name and the same e-mail or country, one of them
    new or changed in this merge and at least one a walk-in."""
    if not touched:
        return []
    p = Participant.__table__.c
    # Only names a walk-in has can pair up: read those few people, not everybody.
    names = set(session.scalars(select(p.name_key).where(p.source == SOURCE_WALK_IN)))
    if not names:
        return []
    by_name: dict[str, list[tuple[Any, ...]]] = {}
    for row in _rows(
        session,
        select(
            p.id, p.name_key, p.email_key, p.country, p.source, p.code, p.given_name, p.family_name
        ).where(p.name_key.in_(list(names))),
    ):
        by_name.setdefault(row[1], []).append(row)
    out = []
    for group in by_name.values():
        if len(group) < 2 or not any(r[0] in touched for r in group):
            continue
        group.sort(key=lambda r: r[0])
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if a[0] not in touched and b[0] not in touched:
                    continue
                if SOURCE_WALK_IN not in (a[4], b[4]):
                    continue
                if a[2] and a[2] == b[2]:
                    reason = "email"
                elif a[3] and a[3] == b[3]:
                    reason = "country"
                else:
                    continue
                out.append(
                    LikelyDuplicate(
                        first_id=a[0],
                        first_code=a[5],
                        first_name=f"{a[6]} {a[7]}".strip(),
                        second_id=b[0],
                        second_code=b[5],
                        second_name=f"{b[6]} {b[7]}".strip(),
                        reason=reason,
                    )
                )
    return out


# -- command line ------------------------------------------------------------------------------


# -- a shared folder ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FolderSync:
    """One "Sync now" with a shared folder (a USB stick, a network share)."""

    folder: Path
    written: ExportSummary  # this desk's file, written there first
    report: MergeReport | None  # None when no other desk's file was there
    refused: tuple[tuple[str, str], ...] = ()  # (file name, why) of files left out

    def lines(self, event: Event) -> list[str]:
        out = [
            translate("sync", "This desk's file: {path}").format(path=self.written.path),
        ]
        if self.report is None:
            out.append(
                translate("sync", "No other desk's file in {folder} yet.").format(
                    folder=self.folder
                )
            )
        else:
            out.extend(self.report.lines(event))
        for name, why in self.refused:
            out.append(translate("sync", "Left out {file}: {why}").format(file=name, why=why))
        return out


def desk_file_name(db: Database) -> str:
    """This desk's file name in a shared folder: readable, and unique by the desk's id."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", fold(db.desk_name)).strip("-").lower() or "desk"
    return f"{slug[:40]}-{db.desk_id[:8]}{SUFFIX}"


def sync_folder(db: Database, event: Event, folder: Path | str) -> FolderSync:
    """Write this desk's file into ``folder``, then merge every other desk's file found
    there. A damaged or foreign file is left out (and named); the others merge in one
    transaction. Before merging, this desk's own file is written, so even a failed merge
    leaves this desk's data with the others."""
    folder = Path(folder)
    if not folder.is_dir():
        raise DeskError(
            translate("sync", "The shared folder {folder} cannot be reached.").format(folder=folder)
        )
    written = export_desk_file(db, event, folder / desk_file_name(db))
    files: list[DeskFile] = []
    refused: list[tuple[str, str]] = []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        if path.name == written.path.name:
            continue
        try:
            found = read_desk_file(path, event)
        except DeskError as exc:
            refused.append((path.name, str(exc)))
            continue
        if found.desk_id != db.desk_id:  # an older copy of this desk's own file: skip
            files.append(found)
    if not files:
        return FolderSync(folder, written, None, tuple(refused))
    with bulk_work():
        report = _merge_into(db, event, files)
    return FolderSync(folder, written, report, tuple(refused))


def cmd_sync_export(db: Database, event: Event, out: Path) -> list[str]:
    """``desk sync export --out FILE``: the lines to print."""
    summary = export_desk_file(db, event, out)
    lines = [
        translate(
            "sync",
            "{path}: {participants} participants, {records} records ({kinds}).",
        ).format(
            path=summary.path,
            participants=summary.participants,
            records=summary.records,
            kinds=_kinds_text(summary.records_by_kind),
        )
    ]
    if summary.desk_records and summary.first_at and summary.last_at:
        lines.append(
            translate(
                "sync", "{count} records made at this desk ({desk}), from {first} to {last}."
            ).format(
                count=summary.desk_records,
                desk=summary.desk_name,
                first=local_time(event, _parse_time(summary.first_at), with_date=True),
                last=local_time(event, _parse_time(summary.last_at), with_date=True),
            )
        )
    else:
        lines.append(
            translate("sync", "No records made at this desk ({desk}) yet.").format(
                desk=summary.desk_name
            )
        )
    lines.append(translate("sync", "SHA-256: {sha}").format(sha=summary.sha256))
    return lines


def cmd_sync_import(db: Database, event: Event, paths: Sequence[Path | str]) -> list[str]:
    """``desk sync import FILE...``: the merge report in words."""
    return import_desk_files(db, event, paths).lines(event)
