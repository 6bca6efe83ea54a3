"""Merging two registrations of one person into one, keeping every record of both.

Records are never edited, so a merge cannot move the absorbed registration's records to
the person it belongs to. Instead:

- the person kept takes what the absorbed registration has and theirs lacks: empty fields
  (country, organisation, position, e-mail, phone) and extra fields (a list's other
  columns: those the person kept lacks or has empty; the dietary need follows);
- the absorbed participant gets ``status = merged`` and ``merged_into`` = the person kept
  (their badge then finds the person kept; lists, search and counts leave them out);
- a ``merge`` record on the person kept says who merged whom, when and where;
- every record of the absorbed participant is copied onto the person kept under an id
  derived from the two (UUID 5), so copies made on different desks, or again after a sync
  brings more of the absorbed person's records, are the same rows: a merge converges like
  any other record. Voids are copied pointing at the copies of what they cancel.

Counts are of distinct people, so a person checked in under both registrations is
counted once.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desk.errors import DeskError, NotFoundError
from desk.events.event import Event
from desk.i18n import translate
from desk.people.matching import MIN_SCORE, Match, Matcher, Person
from desk.people.participants import (
    EDITABLE_FIELDS,
    MATCH_COLUMNS,
    WORD_COLUMNS,
    ParticipantInfo,
    index_columns,
    infos_by_ids,
    load_extra,
    participants_changed,
    update_participant,
)
from desk.storage.db import bulk_insert
from desk.storage.models import (
    STATUS_MERGED,
    STATUS_REGISTERED,
    Participant,
    ParticipantWord,
    Record,
    add_record,
    utcnow,
)

# Every desk derives the same id for the same copy.
_COPIES = uuid.UUID("6f2d9a64-3c1e-4b8e-9a57-0d4c6b1e2f90")
_COPIED_FIELDS = (
    "kind",
    "at",
    "desk_id",
    "operator",
    "item_id",
    "direction",
    "reason",
    "place",
    "flag",
)
# Fields the person kept takes from the absorbed registration when they are empty.
_FILL_FIELDS = ("country", "organisation", "position", "email", "phone")


def copy_id(kept_id: str, record_id: str) -> str:
    return str(uuid.uuid5(_COPIES, f"{kept_id}:{record_id}"))


@dataclass(frozen=True, slots=True)
class MergeResult:
    kept: ParticipantInfo
    absorbed_id: str
    records_copied: int
    filled: tuple[str, ...]  # fields the person kept took from the other registration


def merge_people(
    session: Session,
    event: Event,
    keep_id: str,
    absorb_id: str,
    *,
    desk_id: str,
    operator: str,
    now: datetime | None = None,
) -> MergeResult:
    """Merge ``absorb_id`` into ``keep_id`` in the caller's transaction."""
    if keep_id == absorb_id:
        raise DeskError(translate("merging", "Choose two different participants to merge."))
    keep = session.get(Participant, keep_id)
    absorb = session.get(Participant, absorb_id)
    if keep is None or absorb is None:
        raise NotFoundError(translate("checkin", "This participant no longer exists."))
    for person in (keep, absorb):
        if person.status == STATUS_MERGED:
            raise DeskError(
                translate("merging", "{name} was already merged into another participant.").format(
                    name=person.full_name
                )
            )
    now = now or utcnow()
    fill: dict[str, Any] = {
        f: getattr(absorb, f) for f in _FILL_FIELDS if not getattr(keep, f) and getattr(absorb, f)
    }
    extra = combined_extra(keep.extra, absorb.extra)
    if extra is not None:
        fill["extra"] = extra
    if fill:
        old = {f: getattr(keep, f) for f in EDITABLE_FIELDS}
        old["extra"] = keep.extra
        update_participant(session, event, keep_id, old, fill, desk_id=desk_id, now=now)
    conn = session.connection()
    conn.execute(
        update(Participant)
        .where(Participant.id == absorb_id)
        .values(status=STATUS_MERGED, merged_into=keep_id, updated_at=now, updated_desk=desk_id)
    )
    conn.execute(
        ParticipantWord.__table__.delete().where(ParticipantWord.participant_id == absorb_id)
    )
    add_record(
        session,
        "merge",
        keep_id,
        desk_id=desk_id,
        operator=operator,
        at=now,
        target_id=absorb_id,
    )
    participants_changed(session)
    session.expire_all()
    copied = propagate_merges(session, event)
    return MergeResult(infos_by_ids(session, [keep_id])[0], absorb_id, copied, tuple(fill))


def combined_extra(kept: str | None, absorbed: str | None) -> dict[str, str] | None:
    """The extra fields of the person kept with those of the absorbed registration that
    theirs lack or leave empty (the kept person's own values win); None when nothing is
    added."""
    mine = load_extra(kept)
    theirs = load_extra(absorbed)
    added = {k: v for k, v in theirs.items() if v.strip() and not mine.get(k, "").strip()}
    return {**mine, **added} if added else None


def propagate_merges(session: Session, event: Event) -> int:
    """Copy every record of merged participants onto the person they were merged into
    (those not copied yet); returns how many copies were made. Run after a merge and
    after a sync brings records in.

    Repeats until nothing is left to copy: in a chain (A merged into B at one desk, B into
    C at another) A's copies on B must reach C too, whatever order the merges came in."""
    _break_cycles(session, event)
    total = 0
    for _ in range(_MAX_CHAIN):
        made = _copy_once(session)
        if not made:
            break
        total += made
    _undo_superseded(session)
    return total


def _undo_superseded(session: Session) -> None:
    """Two desks apart may merge one registration into two different people; once the
    desks agree on one (the later merge), copies made onto the other are voided. The voids
    are written the same way at every desk that holds those copies (derived ids, times and
    desks), so desks agree after their next sync."""
    merges = session.execute(
        select(Record.participant_id, Record.target_id).where(Record.kind == "merge")
    ).all()
    if not merges:
        return
    final = dict(
        session.execute(
            select(Participant.id, Participant.merged_into).where(
                Participant.status == STATUS_MERGED
            )
        ).all()
    )
    rows: list[tuple[Any, ...]] = []
    for kept, absorbed in merges:
        if not absorbed or final.get(absorbed) == kept:
            continue
        originals = session.scalars(
            select(Record.id).where(Record.participant_id == absorbed, Record.kind != "merge")
        ).all()
        copies = {copy_id(kept, rid) for rid in originals}
        if not copies:
            continue
        found = session.execute(
            select(Record.id, Record.kind, Record.at, Record.desk_id).where(
                Record.id.in_(list(copies)), Record.kind.in_(("checkin", "door"))
            )
        ).all()
        for cid, _kind, at, desk in found:
            rows.append(
                (copy_id(kept, f"undo:{cid}"), "void", kept, at, desk, "", cid, "merge superseded")
            )
    if not rows:
        return
    wanted = {r[0] for r in rows}
    known = set(session.scalars(select(Record.id).where(Record.id.in_(list(wanted)))))
    bulk_insert(
        session.connection(),
        Record.__table__,
        ("id", "kind", "participant_id", "at", "desk_id", "operator", "target_id", "reason"),
        [r for r in rows if r[0] not in known],
    )


_MAX_CHAIN = 32  # longer chains of merges are not made by people


def _break_cycles(session: Session, event: Event) -> None:
    """Two desks apart may merge A into B and B into A. Every desk then keeps the one
    with the smaller id, written the same way everywhere (the latest time of the cycle, the
    same desk), so the desks still agree after they sync."""
    rows = session.execute(
        select(
            Participant.id,
            Participant.merged_into,
            Participant.updated_at,
            Participant.updated_desk,
        ).where(Participant.status == STATUS_MERGED, Participant.merged_into.is_not(None))
    ).all()
    into = {r.id: r.merged_into for r in rows}
    version = {r.id: (r.updated_at, r.updated_desk) for r in rows}
    done: set[str] = set()
    for start in into:
        path: list[str] = []
        node: str | None = start
        while node is not None and node in into and node not in done and node not in path:
            path.append(node)
            node = into[node]
        if node in path:  # a cycle: from node round to node
            cycle = path[path.index(node) :]
            keep = min(cycle)
            at, desk = max(version[c] for c in cycle)
            session.connection().execute(
                update(Participant)
                .where(Participant.id == keep)
                .values(
                    status=STATUS_REGISTERED, merged_into=None, updated_at=at, updated_desk=desk
                )
            )
            person = session.get(Participant, keep)
            if person is not None:  # searchable again
                session.refresh(person)
                values = {f: getattr(person, f) for f in EDITABLE_FIELDS}
                _derived, words = index_columns(event, keep, values)
                table = ParticipantWord.__table__
                session.connection().execute(table.delete().where(table.c.participant_id == keep))
                bulk_insert(session.connection(), table, WORD_COLUMNS, sorted(words))
            participants_changed(session)
        done.update(path)


def _copy_once(session: Session) -> int:
    merged = session.execute(
        select(Participant.id, Participant.merged_into).where(
            Participant.status == STATUS_MERGED, Participant.merged_into.is_not(None)
        )
    ).all()
    if not merged:
        return 0
    columns = ("id", "participant_id", "target_id", *_COPIED_FIELDS)
    made = 0
    conn = session.connection()
    for absorbed, kept in merged:
        if kept is None:  # never: the query keeps only merged_into set
            continue
        records = session.execute(
            select(
                Record.id, Record.target_id, *(getattr(Record, f) for f in _COPIED_FIELDS)
            ).where(Record.participant_id == absorbed, Record.kind != "merge")
        ).all()
        if not records:
            continue
        wanted = {copy_id(kept, r[0]): r for r in records}
        known = set(session.scalars(select(Record.id).where(Record.id.in_(list(wanted)))))
        rows: list[tuple[Any, ...]] = []
        for new_id, (_rid, target, *fields) in wanted.items():
            if new_id in known:
                continue
            kind = fields[0]
            new_target = copy_id(kept, target) if kind == "void" and target else target
            rows.append((new_id, kept, new_target, *fields))
        bulk_insert(conn, Record.__table__, columns, rows)
        made += len(rows)
    return made


class DuplicatePair(NamedTuple):
    a: ParticipantInfo  # registered first
    b: ParticipantInfo
    match: Match  # score and reasons (``match.text()`` for people)


def duplicate_pairs(
    session: Session, limit: int = 200, min_score: int = MIN_SCORE
) -> list[DuplicatePair]:
    """Pairs of registrations that look like one person, most likely first
    (:mod:`desk.people.matching`: the same name in any order or without accents, a name
    without a second given or family name, a one-letter typo, the same e-mail or phone).
    Merged registrations are left out. Under a second at 5,000 people."""
    rows = session.execute(
        select(*MATCH_COLUMNS)
        .where(Participant.status != STATUS_MERGED)
        .order_by(Participant.created_at, Participant.id)
    ).all()
    found = Matcher(Person(*row) for row in rows).pairs(min_score)[:limit]
    ids = [str(x) for pair in found for x in (pair.a, pair.b)]
    people = {p.id: p for p in infos_by_ids(session, list(dict.fromkeys(ids)))}
    return [
        DuplicatePair(people[str(pair.a)], people[str(pair.b)], pair.match)
        for pair in found
        if str(pair.a) in people and str(pair.b) in people
    ]
