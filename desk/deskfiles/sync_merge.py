"""Merging verified desk files into this desk's database, in the caller's write
transaction: records and online attendance (connections, matches) are a union by id, for
each participant the version with the greater
``(merged, updated_at, updated_desk)`` wins, desks are added and renamed by their own
files; what a person should look at is gathered into the :class:`MergeReport`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from desk.arrival import codes
from desk.deskfiles.sync_file import (
    ALL_PARTICIPANT_COLUMNS,
    RECORD_COLUMNS,
    DeskFile,
    as_stored,
    damaged,
    iso_time,
    parse_time,
    participant_row,
    participants_select,
)
from desk.deskfiles.sync_online import (
    INTERVAL_COLUMNS,
    INTERVAL_TIMES,
    MATCH_COLUMNS,
    MATCH_TIMES,
)
from desk.deskfiles.sync_report import DoubleCheckin, EditConflict, LikelyDuplicate, MergeReport
from desk.errors import DeskError
from desk.events.event import Event
from desk.i18n import translate
from desk.people.merging import propagate_merges
from desk.people.participants import (
    EDITABLE_FIELDS,
    WordRow,
    index_columns,
    insert_participants,
    update_participant,
)
from desk.storage.db import bulk_insert, indexes_built_after, plain_rows
from desk.storage.models import (
    RECORD_KINDS,
    SOURCE_WALK_IN,
    STATUS_MERGED,
    Desk,
    OnlineInterval,
    OnlineMatch,
    Participant,
    ParticipantWord,
    Record,
)

_CHUNK = 500

# Participant columns a merge copies from the winning version (the rest is derived, or
# set by update_participant itself).
_COPIED = tuple(c for c in ALL_PARTICIPANT_COLUMNS if c not in ("id", "updated_at", "updated_desk"))

_P = {name: i for i, name in enumerate(ALL_PARTICIPANT_COLUMNS)}
_ID, _CODE, _INVITATION = _P["id"], _P["code"], _P["invitation_code"]
_UPDATED_AT, _UPDATED_DESK, _CREATED_AT = _P["updated_at"], _P["updated_desk"], _P["created_at"]


def _version(row: Sequence[Any]) -> tuple[bool, str, str]:
    """Which version of a participant wins: a merge, then the latest edit, then the desk
    id. A merge is final: an edit made elsewhere before hearing of it must not undo it."""
    return (row[_P["status"]] == STATUS_MERGED, row[_UPDATED_AT], row[_UPDATED_DESK])


def _name(row: Sequence[Any]) -> str:
    return f"{row[_P['given_name']]} {row[_P['family_name']]}".strip()


_EXTRA = _P["extra"]


def _differences(a: Sequence[Any], b: Sequence[Any]) -> tuple[str, ...]:
    # A version from an older desk file has no extra fields (None): not a difference.
    return tuple(
        c
        for c in _COPIED
        if a[_P[c]] != b[_P[c]] and not (c == "extra" and None in (a[_EXTRA], b[_EXTRA]))
    )


def _local_rows(session: Session, ids: Sequence[str]) -> dict[str, tuple[Any, ...]]:
    """Local participants (ALL_PARTICIPANT_COLUMNS order, times in the file's form)."""
    query = participants_select().where(Participant.id.in_(bindparam("ids", expanding=True)))
    out: dict[str, tuple[Any, ...]] = {}
    for i in range(0, len(ids), _CHUNK):
        for r in session.execute(query, {"ids": list(ids[i : i + _CHUNK])}):
            out[r[0]] = participant_row(r)
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


def merge_desk_files(
    session: Session, event: Event, files: Sequence[DeskFile], *, own_desk: str
) -> MergeReport:
    """Merge verified files into the database, in the caller's write transaction."""
    conn = session.connection()
    p = Participant.__table__.c

    # Local participants: id → version, and who holds which code.
    local_version: dict[str, tuple[bool, str, str]] = {}
    code_owner: dict[str, tuple[str, str]] = {}  # code or invitation code → (id, name)
    for pid, code, invitation, given, family, updated_at, updated_desk, status in plain_rows(
        session,
        select(
            p.id, p.code, p.invitation_code, p.given_name, p.family_name,
            as_stored(p.updated_at), p.updated_desk, p.status,
        ),
    ):  # fmt: skip
        local_version[pid] = (status == STATUS_MERGED, iso_time(updated_at), updated_desk)  # type: ignore[assignment]
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
        seen: set[tuple[bool, str, str]] = {_version(winner)}
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
            value = times[text] = parse_time(text)
        return value

    for pid in new_ids:
        values = dict(zip(ALL_PARTICIPANT_COLUMNS, best[pid], strict=True))
        values["created_at"] = parsed(values["created_at"])
        values["updated_at"] = parsed(values["updated_at"])
        derived, row_words = index_columns(event, pid, values)
        new_rows.append({**values, **derived})
        words += row_words
    insert_participants(session, new_rows, words)

    # Known participants whose incoming version is newer.
    for pid in to_update:
        row, old = best[pid], local[pid]
        old_values = {c: old[_P[c]] for c in (*EDITABLE_FIELDS, "extra")}
        changes = {c: row[_P[c]] for c in _COPIED if row[_P[c]] != old[_P[c]]}
        if changes.get("extra", "") is None:  # an older desk's file: extra fields kept
            del changes["extra"]
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

    # A registration merged into another person has no search words (desk.people.merging).
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
                raise damaged(f.path)
            known_ids.add(rid)
            new_records.append((*r[:3], parsed(r[3]), *r[4:]))
    del known_ids
    with indexes_built_after(conn, Record.__table__, len(new_records)):
        bulk_insert(conn, Record.__table__, RECORD_COLUMNS, new_records)
    by_kind = Counter(r[1] for r in new_records)
    new_intervals, new_matches = _merge_online(session, files, participants_known, parsed)
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
        new_online_intervals=new_intervals,
        new_online_matches=new_matches,
        new_participants=len(new_ids),
        updated_participants=len(to_update),
        new_desks=added_desks,
        copied_records=copied,
        desk_names=all_desks,
        edit_conflicts=tuple(edit_conflicts),
        double_checkins=tuple(_double_checkins(session, checked_now)),
        likely_duplicates=tuple(_likely_duplicates(session, touched)),
    )


def _merge_online(
    session: Session,
    files: Sequence[DeskFile],
    participants_known: AbstractSet[str],
    parsed: Callable[[str], datetime],
) -> tuple[int, int]:
    """Online connections and matches: the union by id (neither is ever edited). A match
    naming a participant nobody has refuses its file. How many of each were new."""
    conn = session.connection()
    added = []
    for model, columns, times, attr in (
        (OnlineInterval, INTERVAL_COLUMNS, INTERVAL_TIMES, "online_intervals"),
        (OnlineMatch, MATCH_COLUMNS, MATCH_TIMES, "online_matches"),
    ):
        if not any(getattr(f, attr) for f in files):
            added.append(0)
            continue
        known = set(session.scalars(select(model.id)))
        rows: list[tuple[Any, ...]] = []
        for f in files:
            for r in getattr(f, attr):
                if r[0] in known:
                    continue
                if model is OnlineMatch and r[2] is not None and r[2] not in participants_known:
                    raise damaged(f.path)
                known.add(r[0])
                rows.append(tuple(parsed(v) if i in times else v for i, v in enumerate(r)))
        with indexes_built_after(conn, model.__table__, len(rows)):
            bulk_insert(conn, model.__table__, columns, rows)
        added.append(len(rows))
    return added[0], added[1]


def _double_checkins(session: Session, participant_ids: set[str]) -> list[DoubleCheckin]:
    """Of these people, those with check-ins that stand from more than one desk."""
    if not participant_ids:
        return []
    voided = select(Record.target_id).where(Record.kind == "void", Record.target_id.is_not(None))
    standing = Record.kind == "checkin", Record.id.not_in(voided)
    several = plain_rows(
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
                as_stored(Record.at),
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
                    times=tuple(iso_time(r[2]) or "" for r in checkins),
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
    for row in plain_rows(
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
