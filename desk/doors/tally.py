"""Live counts that keep up with the records instead of recounting them.

Screens refresh their counts every few seconds and after every scan. Recounting 200,000
records with SQL takes more than a second on a laptop, so a window keeps one
:class:`Tally`: the first :meth:`Tally.update` reads every record once, and each later one
reads only the records appended since (records are never edited or deleted, so the order
they were appended in is enough to know what is new). The result is the same as
:func:`desk.people.participants.counts` and :func:`desk.doors.attendance.attendance` give
from scratch; a property test holds the two together.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.doors.attendance import (
    ARRIVAL_SLOT_MINUTES,
    FLAG_NOT_CHECKED_IN,
    IN,
    ItemAttendance,
    dietary_counts,
    door_items,
    fill_slots,
    online_part,
)
from desk.events.event import Event
from desk.online.presence import online_presence, online_version
from desk.people.participants import Counts, participants_version
from desk.storage.db import APPEND_ORDER, plain_rows, stored_time
from desk.storage.models import (
    MODE_IN_PERSON,
    MODE_ONLINE,
    STATUS_CANCELLED,
    STATUS_MERGED,
    STATUS_REGISTERED,
    Participant,
    Record,
)

# The time as stored: fixed-width ISO text, so comparing text compares times, and 200,000
# values need no parsing.
_AT = stored_time(Record.at)


# One participant at one agenda item: a list, because 100,000 of them are made on a first
# read and a list costs a fifth of a dataclass.
_LAST_IN, _IN_PLACE, _LAST_OUT, _FLAGGED = range(4)


def _inside(pair: list[Any]) -> bool:
    return bool(pair[_LAST_IN]) and pair[_LAST_IN] > pair[_LAST_OUT]


@dataclass(frozen=True, slots=True)
class Snapshot:
    counts: Counts
    items: list[ItemAttendance]
    records: int  # how many records the snapshot is made of
    arrivals: list[tuple[datetime, int]]  # first check-ins per 5 minutes, local time

    def item(self, item_id: str) -> ItemAttendance:
        return next(a for a in self.items if a.item_id == item_id)


def record_count(session: Session) -> int:
    """About how many records there are (the last append position), from the index."""
    return session.scalar(select(func.max(APPEND_ORDER)).select_from(Record)) or 0


class Tally:
    """Counts for one database, kept up to date by reading only new records."""

    def __init__(self, event: Event) -> None:
        self.desk_event = event
        self._items = {item.id for item in door_items(event)}
        self._reset()

    def _reset(self) -> None:
        self._seen = 0  # records read
        self._last = 0  # append position of the last one
        self._pairs: dict[tuple[str, str], list[Any]] = {}
        self._attended: dict[str, set[str]] = {i: set() for i in self._items}
        self._at_place: dict[str, dict[str, set[str]]] = {i: {} for i in self._items}
        self._checked: dict[str, str] = {}  # person → first check-in that stands
        self._slots: Counter[str] = Counter()  # first check-ins per half hour (UTC text)
        self._dirty: set[str] = set(self._items)  # items whose counts must be made again
        self._people: Sequence[tuple[Any, ...]] = []
        self._people_version: tuple[str, int | None] = ("", None)
        self._merged: set[str] = set()
        self._made: dict[str, ItemAttendance] = {}
        self._snap: Snapshot | None = None
        self._online: dict[str, set[str]] = {}  # item → people present online
        self._online_version: tuple[Any, ...] | None = None

    # -- reading records -------------------------------------------------------------------

    def update(self, session: Session) -> Snapshot:
        """Read what was appended since the last update; counts as of now."""
        # Two queries: each alone is answered from an index in a millisecond, together not.
        total = session.scalar(select(func.count()).select_from(Record)) or 0
        last = session.scalar(select(func.max(APPEND_ORDER)).select_from(Record)) or 0
        if total != self._seen or last != self._last:
            self._read(session, total, last)
        return self._snapshot(session)

    _rows = staticmethod(plain_rows)

    def _read(self, session: Session, total: int, last: int) -> None:
        query = select(
            Record.kind,
            Record.participant_id,
            Record.item_id,
            Record.direction,
            _AT,
            Record.place,
            Record.flag,
        ).where(last >= APPEND_ORDER)
        rows = self._rows(session, query.where(self._last < APPEND_ORDER))
        if self._seen + len(rows) != total:
            # Rows were renumbered (a vacuum, a restored file): read everything again.
            self._reset()
            rows = self._rows(session, query)
        door = self._door
        touched: set[str] = set()  # people with a void: their records are read again
        for kind, pid, item, direction, at, place, flag in rows:
            if kind == "door":
                door(pid, item, direction, at, place, flag)
            elif kind == "checkin":
                self._checkin(pid, at)
            elif kind == "void":
                touched.add(pid)
        self._last = last
        self._seen = total
        for pid in touched:
            self._recount_person(session, pid)

    def _door(
        self,
        pid: str,
        item: str | None,
        direction: str | None,
        at: str,
        place: str | None,
        flag: str | None,
    ) -> None:
        if item not in self._items:
            return
        self._dirty.add(item)
        pair = self._pairs.get((item, pid))
        if pair is None:
            pair = self._pairs[item, pid] = ["", None, "", False]
            self._attended[item].add(pid)
        if direction == IN:
            if at > pair[_LAST_IN]:
                pair[_LAST_IN] = at
                pair[_IN_PLACE] = place
        elif at > pair[_LAST_OUT]:
            pair[_LAST_OUT] = at
        if flag == FLAG_NOT_CHECKED_IN:
            pair[_FLAGGED] = True
        if place:
            people = self._at_place[item].get(place)
            if people is None:
                people = self._at_place[item][place] = set()
            people.add(pid)

    def _recount_person(self, session: Session, pid: str) -> None:
        """Rebuild one person's state from all their records, leaving out what a void
        cancels."""
        records = self._rows(
            session,
            select(
                Record.id,
                Record.kind,
                Record.item_id,
                Record.direction,
                _AT,
                Record.place,
                Record.flag,
                Record.target_id,
            ).where(Record.participant_id == pid),
        )
        voided = {r[7] for r in records if r[1] == "void" and r[7]}
        for item in self._items:
            if self._pairs.pop((item, pid), None) is not None:
                self._attended[item].discard(pid)
                for people in self._at_place[item].values():
                    people.discard(pid)
                self._dirty.add(item)
        old = self._checked.pop(pid, None)
        if old is not None:
            self._slots[_slot(old)] -= 1
        self._snap = None
        for rid, kind, item, direction, at, place, flag, _target in records:
            if rid in voided:
                continue
            if kind == "door":
                self._door(pid, item, direction, at, place, flag)
            elif kind == "checkin":
                self._checkin(pid, at)

    def _checkin(self, pid: str, at: str) -> None:
        old = self._checked.get(pid)
        if old is None or at < old:
            if old is not None:
                self._slots[_slot(old)] -= 1
            self._checked[pid] = at
            self._slots[_slot(at)] += 1
            self._snap = None

    # -- counting --------------------------------------------------------------------------

    def _snapshot(self, session: Session) -> Snapshot:
        # People are read again only when they changed: after another connection wrote,
        # SQLite reads every page afresh, and 50,000 people cost more than all the rest.
        version = (
            participants_version(session),
            session.scalar(select(func.count()).select_from(Participant)),
        )
        if version != self._people_version:
            self._people_version = version
            self._people = self._rows(
                session,
                select(
                    Participant.id,
                    Participant.status,
                    Participant.mode,
                    Participant.category,
                    Participant.country,
                    Participant.dietary,
                ),
            )
            self._dirty = set(self._items)
            self._snap = None
            # Registrations merged into another person count through that person's copies
            # of their records: they are left out here.
            self._merged = {p[0] for p in self._people if p[1] == STATUS_MERGED}
            people_now = [p for p in self._people if p[1] != STATUS_MERGED]
            self._category_of = {p[0]: p[3] for p in people_now}
            self._in_person_of = {p[0]: p[3] for p in people_now if p[2] == MODE_IN_PERSON}
            self._country_of = {p[0]: p[4] or "" for p in people_now}
            self._dietary_of = {p[0]: p[5] for p in people_now if p[5]}
        online_now = online_version(session)
        if online_now != self._online_version:
            self._online_version = online_now
            self._online = online_presence(session, self.desk_event)
            self._dirty = set(self._items)
        people = self._people
        if self._snap is not None and not self._dirty:
            return self._snap
        registered = cancelled = in_person = online = 0
        by_category: Counter[str] = Counter()
        in_person_by_category: Counter[str] = Counter()
        for _pid, status, mode, category, _country, _dietary in people:
            if status == STATUS_CANCELLED:
                cancelled += 1
            elif status == STATUS_REGISTERED:
                registered += 1
                by_category[category] += 1
                if mode == MODE_ONLINE:
                    online += 1
                elif mode == MODE_IN_PERSON:
                    in_person += 1
                    in_person_by_category[category] += 1
        checked_by_category = _count(self._category_of, self._checked)
        checked_person_by_category = _count(self._in_person_of, self._checked)
        counts = Counts(
            registered=registered,
            cancelled=cancelled,
            in_person=in_person,
            online=online,
            checked_in=sum(checked_by_category.values()),
            by_category=dict(by_category),
            checked_in_by_category=checked_by_category,
            checked_in_person=sum(checked_person_by_category.values()),
            in_person_by_category=dict(in_person_by_category),
            checked_in_person_by_category=checked_person_by_category,
        )
        for item_id in self._dirty:
            self._made[item_id] = self._item(item_id)
        self._dirty = set()
        items = [self._made[item.id] for item in door_items(self.desk_event)]
        slots = self._slots.copy()
        for pid in self._merged:
            if pid in self._checked:
                slots[_slot(self._checked[pid])] -= 1
        arrivals = fill_slots(
            self.desk_event,
            {_slot_time(key): n for key, n in slots.items() if n > 0},
            ARRIVAL_SLOT_MINUTES,
        )
        self._snap = Snapshot(counts, items, self._seen, arrivals)
        return self._snap

    def _item(self, item_id: str) -> ItemAttendance:
        category_of = self._category_of
        attended = [pid for pid in self._attended[item_id] if pid in category_of]
        pairs = [self._pairs[item_id, pid] for pid in attended]
        inside = flagged = 0
        inside_by_place: Counter[str] = Counter()
        for pair in pairs:
            if _inside(pair):
                inside += 1
                if pair[_IN_PLACE]:
                    inside_by_place[pair[_IN_PLACE]] += 1
            if pair[_FLAGGED]:
                flagged += 1
        by_place = {
            place: len(people) - len(people & self._merged) if self._merged else len(people)
            for place, people in self._at_place[item_id].items()
        }
        here = self._attended[item_id]
        return ItemAttendance(
            item_id,
            inside=inside,
            not_checked_in=flagged,
            **online_part(
                len(attended),
                (p for p in self._online.get(item_id, ()) if p not in here),
                category_of,
                self._country_of,
            ),
            by_category=dict(Counter(map(category_of.__getitem__, attended))),
            by_country=dict(Counter(map(self._country_of.__getitem__, attended))),
            by_place={p: n for p, n in sorted(by_place.items()) if n},
            inside_by_place=dict(sorted(inside_by_place.items())),
            by_dietary=dietary_counts(
                Counter(self._dietary_of[p] for p in attended if p in self._dietary_of).items()
            ),
        )


def _slot(at: str) -> str:
    """The minute (UTC, as stored text) a stored time falls in."""
    return at[:16]


def _slot_time(key: str) -> datetime:
    return datetime.fromisoformat(key).replace(tzinfo=UTC)


def _count(group_of: dict[str, str], ids: Iterable[str]) -> dict[str, int]:
    return dict(Counter(group_of[pid] for pid in ids if pid in group_of))
