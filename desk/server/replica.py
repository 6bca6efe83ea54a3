"""A desk's replica of the server: its own SQLite file, kept up to date while the server
answers (``pull``) and holding what the desk recorded while it did not, until that is
replayed to the server (``push``).

Both directions are the desk-file merge (:mod:`desk.deskfiles.sync_merge`) of an in-memory
desk file: records and online attendance (connections, matches) are a union by id, the
newer version of a participant wins, conflicts (edits on both sides, a person checked in
twice) are reported the same way. Markers in the replica's ``meta`` say how far each
direction got:

- ``server_id``: the server database the markers belong to (another server: start over);
- ``server_records_seq`` / ``server_participants_seq`` / ``server_online_intervals_seq`` /
  ``server_online_matches_seq``: the last server ``seq`` pulled;
- ``server_pushed_rowid`` / ``server_pushed_audit`` / ``server_pushed_online_intervals`` /
  ``server_pushed_online_matches``: the replica's own rows up to which everything is on
  the server;
- ``server_records_last_id``: the id of the record at ``server_records_seq``: when the
  server no longer has it there (a server restored from a backup, or a new server under
  the same address), the markers mean nothing any more;
- ``offline_since``: when the desk last lost the server (participants it changed since
  are pushed); absent while nothing waits to be replayed.

When the markers do not fit the server (another server, or the same one gone back in
time), the desk exchanges everything once: its whole replica is merged into the server
(a union: nothing the server has is lost, nothing is doubled), then it pulls everything.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Integer, func, literal_column, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from desk.deskfiles.sync_file import (
    FORMAT,
    RECORD_COLUMNS,
    VERSION,
    DeskFile,
    as_stored,
    iso_time,
    online_rows,
    parse_time,
    participant_row,
    participants_select,
)
from desk.deskfiles.sync_merge import merge_desk_files
from desk.deskfiles.sync_online import INTERVAL_COLUMNS, INTERVAL_TIMES, MATCH_COLUMNS, MATCH_TIMES
from desk.deskfiles.sync_report import MergeReport
from desk.events.event import Event
from desk.staff.operators import META_KEY as OPERATORS
from desk.storage.db import APPEND_ORDER, Database, plain_rows
from desk.storage.models import (
    AuditEntry,
    Desk,
    Meta,
    OnlineInterval,
    OnlineMatch,
    Participant,
    Record,
    utcnow,
)

SERVER_ID = "server_id"
RECORDS_SEQ = "server_records_seq"
RECORDS_LAST_ID = "server_records_last_id"
PARTICIPANTS_SEQ = "server_participants_seq"
PUSHED_ROWID = "server_pushed_rowid"
PUSHED_AUDIT = "server_pushed_audit"
# The online tables, append-only like records: (model, last server seq pulled, replica
# rowid up to which everything is on the server).
INTERVALS_SEQ = "server_online_intervals_seq"
MATCHES_SEQ = "server_online_matches_seq"
PUSHED_INTERVALS = "server_pushed_online_intervals"
PUSHED_MATCHES = "server_pushed_online_matches"
_ONLINE = (
    (OnlineInterval, INTERVALS_SEQ, PUSHED_INTERVALS),
    (OnlineMatch, MATCHES_SEQ, PUSHED_MATCHES),
)
OFFLINE_SINCE = "offline_since"
# Settings every desk shares through the server (the replica keeps a copy for when it is
# away): the event, and the operators with their PINs.
SHARED_META = ("event_id", OPERATORS)
# A participant changed up to this long before the desk noticed the server was gone may
# not have reached it either.
_MARGIN = timedelta(seconds=5)

PARTICIPANT_SEQ = literal_column("participants.seq", Integer)
_ROWID = {
    "records": literal_column("records.rowid", Integer),
    "audit": literal_column("audit.rowid", Integer),
    "online_intervals": literal_column("online_intervals.rowid", Integer),
    "online_matches": literal_column("online_matches.rowid", Integer),
}
# The server's append order of the online tables (desk.server.engine).
_SEQ = {
    "online_intervals": literal_column("online_intervals.seq", Integer),
    "online_matches": literal_column("online_matches.seq", Integer),
}
_AUDIT_COLUMNS = ("id", "at", "desk_id", "operator", "action", "detail")


def _meta(session: Session) -> dict[str, str]:
    return {m.key: m.value for m in session.scalars(select(Meta))}


def _set(session: Session, **values: object) -> None:
    for key, value in values.items():
        if value is None:
            session.execute(Meta.__table__.delete().where(Meta.key == key))
        else:
            session.merge(Meta(key=key, value=str(value)))


def _record_rows(session: Session, *where: Any) -> list[tuple[Any, ...]]:
    r = Record.__table__.c
    query = select(*(as_stored(r[c]) if c == "at" else r[c] for c in RECORD_COLUMNS))
    rows = plain_rows(session, query.where(*where).order_by(APPEND_ORDER))
    return [(row[0], row[1], row[2], iso_time(row[3]), *row[4:]) for row in rows]


def _file(
    name: str,
    desk_id: str,
    desk_name: str,
    desks: dict[str, str],
    participants: list[Any],
    records: list[Any],
    online: tuple[list[Any], list[Any]] = ([], []),
) -> DeskFile:
    return DeskFile(
        path=Path(name),
        header={
            "format": FORMAT,
            "version": VERSION,
            "desk_id": desk_id,
            "desk_name": desk_name,
            "exported_at": iso_time(utcnow()),
            "desk_records": {"count": sum(1 for r in records if r[4] == desk_id)},
        },
        desks=desks,
        participants=participants,
        records=records,
        online_intervals=online[0],
        online_matches=online[1],
    )


def mark_offline(replica: Database) -> None:
    """Remember when the server was lost (the first time only, until the next replay)."""
    with replica.write() as session:
        if OFFLINE_SINCE not in _meta(session):
            _set(session, **{OFFLINE_SINCE: utcnow().isoformat()})


def pending(replica: Database) -> int:
    """How many of this desk's records (online connections and matches included) wait to
    be replayed to the server."""
    with replica.read() as session:
        meta = _meta(session)
        if OFFLINE_SINCE not in meta:
            return 0
        waiting = 0
        for model, marker in (
            (Record, PUSHED_ROWID),
            (OnlineInterval, PUSHED_INTERVALS),
            (OnlineMatch, PUSHED_MATCHES),
        ):
            after = int(meta.get(marker, 0))
            waiting += int(
                session.scalar(
                    select(func.count())
                    .select_from(model)
                    .where(_ROWID[model.__tablename__] > after, model.desk_id == replica.desk_id)
                )
                or 0
            )
        return waiting


def diverged(server: Session, replica: Database, server_id: str) -> bool:
    """Whether the replica's markers do not fit this server (see the module docstring)."""
    with replica.read() as session:
        meta = _meta(session)
    if SERVER_ID not in meta:
        return False  # a new replica: nothing pulled yet
    if meta[SERVER_ID] != server_id:
        return True
    records_seq = int(meta.get(RECORDS_SEQ, 0))
    if records_seq:
        position = APPEND_ORDER
        found = server.scalar(select(Record.id).where(position == records_seq))
        if found != meta.get(RECORDS_LAST_ID):
            return True
    last_participant = server.scalar(select(func.max(PARTICIPANT_SEQ)).select_from(Participant))
    if int(meta.get(PARTICIPANTS_SEQ, 0)) > (last_participant or 0):
        return True
    return any(
        int(meta.get(marker, 0)) > _last_seq(server, model) for model, marker, _pushed in _ONLINE
    )


def _last_seq(server: Session, model: type[OnlineInterval] | type[OnlineMatch]) -> int:
    return int(server.scalar(select(func.max(_SEQ[model.__tablename__])).select_from(model)) or 0)


@dataclass(frozen=True, slots=True)
class Replayed:
    """What a replay sent to the server."""

    records: int
    participants: int
    report: MergeReport
    online_intervals: int = 0
    online_matches: int = 0


def push(
    replica: Database, server: Session, event: Event, *, everything: bool = False
) -> Replayed | None:
    """Replay, in the server's write transaction ``server``, what this desk recorded while
    the server was away (``everything``: the whole replica); None when nothing was sent.
    The caller commits, then calls :func:`pushed`."""
    with replica.read() as session:
        meta = _meta(session)
        since = meta.get(OFFLINE_SINCE)
        if since is None and not everything:
            return None
        after = 0 if everything else int(meta.get(PUSHED_ROWID, 0))
        records = _record_rows(session, _ROWID["records"] > after)
        if everything:
            changed: tuple[Any, ...] = ()
        else:
            assert since is not None
            changed_after = datetime.fromisoformat(since) - _MARGIN
            changed = (
                Participant.updated_desk == replica.desk_id,
                Participant.updated_at >= changed_after,
            )
        participants = [
            participant_row(r) for r in plain_rows(session, participants_select().where(*changed))
        ]
        online = tuple(
            online_rows(
                session,
                model,
                _ROWID[model.__tablename__] > (0 if everything else int(meta.get(pushed, 0))),
            )
            for model, _seq, pushed in _ONLINE
        )
        audit_after = 0 if everything else int(meta.get(PUSHED_AUDIT, 0))
        a = AuditEntry.__table__.c
        audit = session.execute(
            select(*(a[c] for c in _AUDIT_COLUMNS)).where(
                _ROWID["audit"] > audit_after, a.desk_id == replica.desk_id
            )
        ).all()
        desks = {d.id: d.name for d in session.scalars(select(Desk))}
    intervals, matches = online
    if not (records or participants or audit or intervals or matches):
        return None
    file = _file(replica.desk_name, replica.desk_id, replica.desk_name, desks, participants,
                 records, (intervals, matches))  # fmt: skip
    report = merge_desk_files(server, event, [file], own_desk=replica.desk_id)
    if audit:
        known = set(
            server.scalars(select(AuditEntry.id).where(AuditEntry.id.in_([r[0] for r in audit])))
        )
        server.execute(
            AuditEntry.__table__.insert(),
            [dict(zip(_AUDIT_COLUMNS, r, strict=True)) for r in audit if r[0] not in known],
        )
    own = sum(1 for r in records if r[4] == replica.desk_id)
    return Replayed(own, len(participants), report, len(intervals), len(matches))


def pushed(replica: Database, *, reset: bool = False) -> None:
    """Everything the replica holds is on the server now: move the markers past it
    (``reset``: and pull everything again, the pull markers were another server's)."""
    with replica.write() as session:
        _mark_all_pushed(session)
        if reset:
            _set(session, **dict.fromkeys((SERVER_ID, RECORDS_SEQ, RECORDS_LAST_ID,
                                          PARTICIPANTS_SEQ, INTERVALS_SEQ,
                                          MATCHES_SEQ)))  # fmt: skip


def _mark_all_pushed(session: Session) -> None:
    last = session.scalar(select(func.max(_ROWID["records"])).select_from(Record)) or 0
    last_audit = session.scalar(select(func.max(_ROWID["audit"])).select_from(AuditEntry)) or 0
    online = {
        pushed: session.scalar(select(func.max(_ROWID[model.__tablename__])).select_from(model))
        or 0
        for model, _seq, pushed in _ONLINE
    }
    _set(
        session,
        **{PUSHED_ROWID: last, PUSHED_AUDIT: last_audit, OFFLINE_SINCE: None},
        **online,
    )


def _append(
    session: Session,
    records: list[tuple[Any, ...]],
    desks: dict[str, str],
    online: tuple[tuple[Any, tuple[str, ...], tuple[int, ...], list[tuple[Any, ...]]], ...],
    *,
    own_desk: str,
) -> None:
    """New records of known participants, and new online rows (model, columns, time
    positions, rows), into the replica, without the whole merge (which reads every
    participant and record id: too much once a second for 8 desks)."""
    if records:
        rows = [
            dict(zip(RECORD_COLUMNS, (*r[:3], parse_time(r[3]), *r[4:]), strict=True))
            for r in records
        ]
        session.execute(
            sqlite_insert(Record.__table__).on_conflict_do_nothing(index_elements=["id"]), rows
        )
    for model, columns, times, new_rows in online:
        if new_rows:
            session.execute(
                sqlite_insert(model.__table__).on_conflict_do_nothing(index_elements=["id"]),
                [
                    dict(
                        zip(
                            columns,
                            (parse_time(v) if i in times else v for i, v in enumerate(r)),
                            strict=True,
                        )
                    )
                    for r in new_rows
                ],
            )
    known = {d.id: d for d in session.scalars(select(Desk))}
    for desk_id, name in desks.items():
        found = known.get(desk_id)
        if found is None:
            session.add(Desk(id=desk_id, name=name))
        elif desk_id != own_desk and found.name != name:
            found.name = name


def pull(server: Session, replica: Database, event: Event, server_id: str) -> int:
    """Copy into the replica what changed on the server since the last pull (``server``:
    a repeatable-read snapshot); how many rows came. Only while nothing waits to be
    replayed (push first)."""
    with replica.read() as session:
        meta = _meta(session)
    if OFFLINE_SINCE in meta:
        return 0
    if meta.get(SERVER_ID) != server_id:  # a new replica, or another server: from the start
        meta = {}
    records_after = int(meta.get(RECORDS_SEQ, 0))
    participants_after = int(meta.get(PARTICIPANTS_SEQ, 0))
    last_record = server.scalar(select(func.max(APPEND_ORDER)).select_from(Record)) or 0
    last_participant = (
        server.scalar(select(func.max(PARTICIPANT_SEQ)).select_from(Participant)) or 0
    )
    online_after = {seq: int(meta.get(seq, 0)) for _model, seq, _pushed in _ONLINE}
    online_last = {seq: _last_seq(server, model) for model, seq, _pushed in _ONLINE}
    if (
        last_record == records_after
        and last_participant == participants_after
        and online_last == online_after
    ):
        return 0
    position = APPEND_ORDER
    records = _record_rows(server, position > records_after, position <= last_record)
    last_id = server.scalar(select(Record.id).where(position == last_record))
    participants = [
        participant_row(r)
        for r in plain_rows(
            server,
            participants_select().where(
                participants_after < PARTICIPANT_SEQ, last_participant >= PARTICIPANT_SEQ
            ),
        )
    ]
    intervals, matches = (
        online_rows(
            server,
            model,
            _SEQ[model.__tablename__] > online_after[seq],
            _SEQ[model.__tablename__] <= online_last[seq],
        )
        for model, seq, _pushed in _ONLINE
    )
    desks = {d.id: d.name for d in server.scalars(select(Desk))}
    shared = {m.key: m.value for m in server.scalars(select(Meta).where(Meta.key.in_(SHARED_META)))}
    file = _file("server", replica.desk_id, replica.desk_name, desks, participants, records,
                 (intervals, matches))  # fmt: skip
    with replica.write() as session:
        if participants or any(r[1] == "merge" for r in records):
            merge_desk_files(session, event, [file], own_desk=replica.desk_id)
        else:  # what a queue makes every second: records of people the replica has
            online = (
                (OnlineInterval, INTERVAL_COLUMNS, INTERVAL_TIMES, intervals),
                (OnlineMatch, MATCH_COLUMNS, MATCH_TIMES, matches),
            )
            _append(session, records, desks, online, own_desk=replica.desk_id)
        _set(
            session,
            **shared,
            **{
                SERVER_ID: server_id,
                RECORDS_SEQ: last_record,
                RECORDS_LAST_ID: last_id,
                PARTICIPANTS_SEQ: last_participant,
                **online_last,
            },
        )
        _mark_all_pushed(session)
    return len(records) + len(participants) + len(intervals) + len(matches)
