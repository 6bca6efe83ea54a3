"""Attendance at agenda items: door scans, counts, and the field visit's bus manifest.

A door scan is a ``door`` record: the agenda item, ``in`` (entry, boarding) or ``out``
(exit, return), the place (a World Café table or a bus) and a flag when the person had not
been checked in at a desk. Undoing a scan is a ``void`` record that points at it. Counts are
of distinct participants, derived from the records every time (DESIGN.md §3).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import Enum
from typing import Any, TypedDict

from sqlalchemy import Select, and_, case, func, literal, select
from sqlalchemy.orm import Session

from desk.arrival import codes
from desk.arrival.checkin import active_checkin, code_headline
from desk.errors import DeskError, NotFoundError
from desk.events.display import local_time
from desk.events.event import KIND_FIELD_VISIT, AgendaItem, Event
from desk.i18n import language, translate
from desk.online.presence import IN_PERSON, ONLINE, online_presence
from desk.online.rules import OnlineRule
from desk.people.participants import ParticipantInfo, find_by_code, infos_by_ids
from desk.people.textnorm import fold
from desk.storage.models import (
    STATUS_CANCELLED,
    STATUS_MERGED,
    Participant,
    Record,
    add_record,
    utcnow,
)

IN = "in"
OUT = "out"
FLAG_NOT_CHECKED_IN = "not_checked_in"
# A scan this long after an item's end, or this long before its start, asks first.
LATE_GRACE = timedelta(minutes=15)
EARLY_GRACE = timedelta(minutes=60)
# Near the end of an item the door also offers the next one.
BOUNDARY = timedelta(minutes=10)


class DoorOutcome(Enum):
    ENTERED = "entered"  # entry (boarding) recorded
    EXITED = "exited"  # exit (return) recorded
    ALREADY_INSIDE = "already_inside"  # entry scan for someone inside: nothing recorded
    ALREADY_OUT = "already_out"  # exit scan for someone who already left: nothing recorded
    ITEM_OVER = "item_over"  # the item ended: ask before recording
    NOT_STARTED = "not_started"  # the item is far from starting: ask before recording
    CANCELLED = "cancelled"  # registration cancelled: nothing recorded
    UNKNOWN_CODE = "unknown_code"
    BAD_CHECK = "bad_check"


class _ScanFields(TypedDict):
    """The fields every :class:`DoorResult` of one scan shares."""

    code: str
    item_id: str
    direction: str
    place: str | None


@dataclass(frozen=True, slots=True)
class DoorResult:
    outcome: DoorOutcome
    code: str
    item_id: str
    direction: str = IN
    place: str | None = None
    participant: ParticipantInfo | None = None
    at: datetime | None = None  # this scan, or the earlier one it repeats
    record_id: str | None = None
    not_checked_in: bool = False  # recorded, but the person skipped the desk
    entry_missing: bool = False  # an exit without any entry before it

    @property
    def recorded(self) -> bool:
        return self.outcome in (DoorOutcome.ENTERED, DoorOutcome.EXITED)

    @property
    def needs_confirmation(self) -> bool:
        return self.outcome in (DoorOutcome.ITEM_OVER, DoorOutcome.NOT_STARTED)


def door_items(event: Event) -> tuple[AgendaItem, ...]:
    """The agenda items whose attendance is taken at the door, in agenda order."""
    return tuple(item for item in event.agenda if item.attendance)


def is_field_visit(item: AgendaItem) -> bool:
    return item.kind == KIND_FIELD_VISIT


def suggest_items(event: Event, now: datetime) -> tuple[AgendaItem | None, AgendaItem | None]:
    """(the item a door should take now, the next item when ``now`` is near its start).

    The running item; in a gap or before the day's first item, the next item of the day;
    after the day's last item, that last item. Before the event the first item, after it the
    last. Within ``BOUNDARY`` of the next item's start that item is offered as well."""
    items = door_items(event)
    if not items:
        return None, None
    local = now.astimezone(event.tz)
    today = [i for i in items if i.day == local.date()]
    running = [i for i in today if i.starts_at(event.tz) <= local < i.ends_at(event.tz)]
    upcoming = [i for i in today if i.starts_at(event.tz) > local]
    if running:
        chosen: AgendaItem = running[-1]  # the latest start when items overlap
    elif upcoming:
        chosen = upcoming[0]
    elif today:
        chosen = today[-1]
    elif local.date() < items[0].day:
        chosen = items[0]
    else:
        chosen = items[-1]
    offer = None
    later = [i for i in upcoming if i.id != chosen.id and i.starts_at(event.tz) >= local]
    if later and later[0].starts_at(event.tz) - local <= BOUNDARY:
        offer = later[0]
    return chosen, offer


# -- door scans ------------------------------------------------------------------------

_LIVE_DOOR = Record.kind == "door"
_VOIDED = select(Record.target_id).where(Record.kind == "void", Record.target_id.is_not(None))


def _last_scan(session: Session, item_id: str, participant_id: str) -> Record | None:
    return session.scalar(
        select(Record)
        .where(
            Record.participant_id == participant_id,
            Record.item_id == item_id,
            _LIVE_DOOR,
            Record.id.not_in(_VOIDED),
        )
        .order_by(Record.at.desc(), Record.id.desc())
        .limit(1)
    )


def scan(
    session: Session,
    event: Event,
    item_id: str,
    text: str,
    *,
    direction: str = IN,
    place: str | None = None,
    desk_id: str,
    operator: str,
    confirm: bool = False,
    now: datetime | None = None,
) -> DoorResult:
    """Record a badge scanned at an agenda item's door (or a bus's), in the caller's
    transaction. ``confirm`` records a scan outside the item's time."""
    item = event.item(item_id)  # KeyError for an item the event does not have
    if direction not in (IN, OUT):
        raise ValueError(direction)
    place = (place or "").strip() or None
    status, code = codes.classify(text)
    base: _ScanFields = {"code": code, "item_id": item_id, "direction": direction, "place": place}
    if status is codes.CodeStatus.BAD_CHECK:
        return DoorResult(DoorOutcome.BAD_CHECK, **base)
    person = find_by_code(session, text)
    if person is None:
        return DoorResult(DoorOutcome.UNKNOWN_CODE, **base)
    code = base["code"] = person.code
    info = infos_by_ids(session, [person.id])[0]
    if person.status == STATUS_CANCELLED:
        return DoorResult(DoorOutcome.CANCELLED, participant=info, **base)
    now = now or utcnow()
    last = _last_scan(session, item_id, person.id)
    # A second entry at the same place repeats the first; at another place (the next World
    # Café table, another bus) it records the move.
    if direction == IN and last is not None and last.direction == IN and last.place == place:
        return DoorResult(
            DoorOutcome.ALREADY_INSIDE,
            participant=info,
            at=last.at,
            record_id=last.id,
            **base | {"place": last.place or place},
        )
    if direction == OUT and last is not None and last.direction == OUT:
        return DoorResult(
            DoorOutcome.ALREADY_OUT,
            participant=info,
            at=last.at,
            record_id=last.id,
            **base | {"place": last.place or place},
        )
    # Leaving after the end is what people do (and the buses come back late): only an
    # entry after the end, or any scan long before the start, asks first.
    if not confirm:
        if direction == IN and now > item.ends_at(event.tz) + LATE_GRACE:
            return DoorResult(DoorOutcome.ITEM_OVER, participant=info, **base)
        if now < item.starts_at(event.tz) - EARLY_GRACE:
            return DoorResult(DoorOutcome.NOT_STARTED, participant=info, **base)
    not_checked_in = active_checkin(session, person.id) is None
    record = add_record(
        session,
        "door",
        person.id,
        desk_id=desk_id,
        operator=operator,
        at=now,
        item_id=item_id,
        direction=direction,
        place=place,
        flag=FLAG_NOT_CHECKED_IN if not_checked_in else None,
    )
    return DoorResult(
        DoorOutcome.ENTERED if direction == IN else DoorOutcome.EXITED,
        participant=info,
        at=record.at,
        record_id=record.id,
        not_checked_in=not_checked_in,
        entry_missing=direction == OUT and last is None,
        **base,
    )


def undo_scan(
    session: Session, record_id: str, *, desk_id: str, operator: str, now: datetime | None = None
) -> str:
    """Cancel a door scan with a void record; returns the void's id."""
    record = session.get(Record, record_id)
    if record is None or record.kind != "door":
        raise NotFoundError(translate("attendance", "This scan no longer exists."))
    if session.scalar(
        select(Record.id).where(Record.kind == "void", Record.target_id == record_id)
    ):
        raise DeskError(translate("attendance", "This scan was already undone."))
    void = add_record(
        session,
        "void",
        record.participant_id,
        desk_id=desk_id,
        operator=operator,
        at=now,
        target_id=record_id,
        reason=translate("attendance", "Scan undone at the door"),
    )
    return void.id


def describe(event: Event, result: DoorResult) -> tuple[str, str]:
    """(headline, note) for a door result, in the current language."""
    field_visit = is_field_visit(event.item(result.item_id))
    shown = codes.format_code(result.code) if result.code else ""
    when = local_time(event, result.at) if result.at else ""
    o = result.outcome
    note = ""
    if o is DoorOutcome.ENTERED:
        headline = (
            translate("attendance", "BOARDED at {time}")
            if field_visit
            else translate("attendance", "ENTRY RECORDED at {time}")
        ).format(time=when)
    elif o is DoorOutcome.EXITED:
        headline = (
            translate("attendance", "BACK at {time}")
            if field_visit
            else translate("attendance", "EXIT RECORDED at {time}")
        ).format(time=when)
        if result.entry_missing:
            note = (
                translate("attendance", "No boarding was scanned for this person.")
                if field_visit
                else translate("attendance", "No entry was scanned for this person.")
            )
    elif o is DoorOutcome.ALREADY_INSIDE:
        headline = (
            translate("attendance", "ALREADY ON BOARD since {time}")
            if field_visit
            else translate("attendance", "ALREADY INSIDE since {time}")
        ).format(time=when)
    elif o is DoorOutcome.ALREADY_OUT:
        headline = (
            translate("attendance", "ALREADY BACK since {time}")
            if field_visit
            else translate("attendance", "ALREADY LEFT at {time}")
        ).format(time=when)
    elif o is DoorOutcome.ITEM_OVER:
        headline = translate("attendance", "THIS ITEM IS OVER: record anyway?")
    elif o is DoorOutcome.NOT_STARTED:
        headline = translate("attendance", "THIS ITEM HAS NOT STARTED: record anyway?")
    elif o is DoorOutcome.CANCELLED:
        headline = translate("attendance", "REGISTRATION CANCELLED: not recorded")
    else:
        headline = code_headline(shown, bad_check=o is DoorOutcome.BAD_CHECK)
    if result.not_checked_in:
        flag = translate("attendance", "Not checked in at the desk yet: send them to registration.")
        note = f"{flag} {note}".strip()
    return headline, note


# -- counts ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ItemAttendance:
    item_id: str
    count: int  # distinct people there, in person (scanned in or out) or online
    inside: int  # whose last scan is an entry (on board, for a bus)
    not_checked_in: int  # scanned there before any check-in at a desk
    by_category: dict[str, int] = field(default_factory=dict)
    by_country: dict[str, int] = field(default_factory=dict)  # "" for no country
    by_place: dict[str, int] = field(default_factory=dict)  # tables, buses
    inside_by_place: dict[str, int] = field(default_factory=dict)
    # People by dietary need (the list's "Dieta" / "Dietary needs" column), most first;
    # those with none left out. What catering asks for at breaks and meals.
    by_dietary: dict[str, int] = field(default_factory=dict)
    # Scanned at the door (what ``count`` is without online attendance), and present online
    # without being scanned (desk.online.presence): somebody in both is there in person.
    # ``by_category`` and ``by_country`` count the people in person, these the online ones.
    in_person: int = 0
    online: int = 0
    online_by_category: dict[str, int] = field(default_factory=dict)
    online_by_country: dict[str, int] = field(default_factory=dict)

    def to_json(self, event: Event) -> dict[str, Any]:
        item = event.item(self.item_id)
        return {
            "item": self.item_id,
            "title_es": item.title.es,
            "title_en": item.title.en,
            "day": item.day.isoformat(),
            "start": item.start.strftime("%H:%M"),
            "end": item.end.strftime("%H:%M"),
            "kind": item.kind,
            "catering": item.catering,
            "count": self.count,
            "in_person": self.in_person,
            "online": self.online,
            "inside": self.inside,
            "not_checked_in": self.not_checked_in,
            "by_category": self.by_category,
            "by_country": self.by_country,
            "by_place": self.by_place,
            "inside_by_place": self.inside_by_place,
            "by_dietary": self.by_dietary,
            "online_by_category": self.online_by_category,
            "online_by_country": self.online_by_country,
        }


def online_part(
    in_person: int,
    online_ids: Iterable[str],
    category_of: Mapping[str, str],
    country_of: Mapping[str, str],
) -> dict[str, Any]:
    """The ItemAttendance fields of a count: ``in_person`` people scanned and the people
    present online only (``online_ids``, none of them scanned), by category and country."""
    online = [pid for pid in online_ids if pid in category_of]
    return {
        "count": in_person + len(online),
        "in_person": in_person,
        "online": len(online),
        "online_by_category": dict(Counter(category_of[pid] for pid in online)),
        "online_by_country": dict(Counter(country_of.get(pid, "") for pid in online)),
    }


def dietary_counts(needs: Iterable[tuple[str, int]]) -> dict[str, int]:
    """(dietary need as written, people) pairs → need → people, most first: spellings that
    differ only in accents or case ("vegetariana", "Vegetariana") are one need, shown as
    most people wrote it."""
    groups: dict[str, Counter[str]] = {}
    for text, n in needs:
        if text and n:
            groups.setdefault(fold(text), Counter())[text] += n
    out = [
        (min(spellings.items(), key=lambda kv: (-kv[1], kv[0]))[0], sum(spellings.values()))
        for spellings in groups.values()
    ]
    return dict(sorted(out, key=lambda kv: (-kv[1], fold(kv[0]))))


def _last_in_out() -> tuple[Any, Any]:
    return (
        func.max(case((Record.direction == IN, Record.at))),
        func.max(case((Record.direction == OUT, Record.at))),
    )


def _per_person(item_id: str | None) -> Select[Any]:
    """One row per (item, participant) scanned: last entry, inside or not, flagged."""
    last_in, last_out = _last_in_out()
    query = (
        select(
            Record.item_id.label("item_id"),
            Record.participant_id.label("participant_id"),
            last_in.label("last_in"),
            case(
                (
                    and_(last_in.is_not(None), (last_out.is_(None)) | (last_in > last_out)),
                    literal(1),
                ),
                else_=literal(0),
            ).label("inside"),
            func.max(case((Record.flag == FLAG_NOT_CHECKED_IN, 1), else_=0)).label("flagged"),
        )
        .where(_LIVE_DOOR, Record.id.not_in(_VOIDED))
        .group_by(Record.item_id, Record.participant_id)
    )
    if item_id is not None:
        query = query.where(Record.item_id == item_id)
    return query


def attendance(session: Session, event: Event, item_id: str | None = None) -> list[ItemAttendance]:
    """Counts for every door item of the event (or one), in agenda order.

    Two grouped queries; their result sizes depend on items × categories × countries,
    not on the number of records."""
    if item_id is not None:
        event.item(item_id)  # KeyError for an unknown item
    people = _per_person(item_id).subquery()
    rows = session.execute(
        select(
            people.c.item_id,
            Participant.category,
            Participant.country,
            Participant.dietary,
            func.count(),
            func.sum(people.c.inside),
            func.sum(people.c.flagged),
        )
        .join(Participant, Participant.id == people.c.participant_id)
        .where(Participant.status != STATUS_MERGED)
        .group_by(people.c.item_id, Participant.category, Participant.country, Participant.dietary)
    ).all()
    totals: dict[str, list[int]] = {}
    categories: dict[str, Counter[str]] = {}
    countries: dict[str, Counter[str]] = {}
    diets: dict[str, list[tuple[str, int]]] = {}
    for item, category, country, dietary, n, inside, flagged in rows:
        diets.setdefault(item, []).append((dietary or "", n))
        t = totals.setdefault(item, [0, 0, 0])
        t[0] += n
        t[1] += int(inside or 0)
        t[2] += int(flagged or 0)
        categories.setdefault(item, Counter())[category] += n
        countries.setdefault(item, Counter())[country or ""] += n
    # People per place (a table, a bus), and where those inside entered last.
    place_query = (
        select(Record.item_id, Record.place, func.count(func.distinct(Record.participant_id)))
        .join(Participant, Participant.id == Record.participant_id)
        .where(
            _LIVE_DOOR,
            Record.place.is_not(None),
            Record.id.not_in(_VOIDED),
            Participant.status != STATUS_MERGED,
        )
        .group_by(Record.item_id, Record.place)
    )
    inside_query = (
        select(Record.item_id, Record.place, func.count(func.distinct(Record.participant_id)))
        .join(
            people,
            and_(
                people.c.item_id == Record.item_id,
                people.c.participant_id == Record.participant_id,
                people.c.last_in == Record.at,
            ),
        )
        .join(Participant, Participant.id == Record.participant_id)
        .where(
            _LIVE_DOOR,
            Record.place.is_not(None),
            people.c.inside == 1,
            Participant.status != STATUS_MERGED,
        )
        .group_by(Record.item_id, Record.place)
    )
    if item_id is not None:
        place_query = place_query.where(Record.item_id == item_id)
    by_place: dict[str, dict[str, int]] = {}
    inside_by_place: dict[str, dict[str, int]] = {}
    # Door records always name their item, and both queries keep only those with a place.
    for item, place, n in session.execute(place_query):
        if item is not None and place is not None:
            by_place.setdefault(item, {})[place] = n
    for item, place, n in session.execute(inside_query):
        if item is not None and place is not None:
            inside_by_place.setdefault(item, {})[place] = n
    items = [event.item(item_id)] if item_id is not None else door_items(event)
    online = _online_only(session, event, {item.id for item in items})
    groups = _groups(session, set().union(*online.values()))
    out = []
    for item in items:
        count, inside, flagged = totals.get(item.id, (0, 0, 0))
        out.append(
            ItemAttendance(
                item.id,
                inside=inside,
                not_checked_in=flagged,
                **online_part(count, online.get(item.id, ()), *groups),
                by_category=dict(categories.get(item.id, {})),
                by_country=dict(countries.get(item.id, {})),
                by_place=dict(sorted(by_place.get(item.id, {}).items())),
                inside_by_place=dict(sorted(inside_by_place.get(item.id, {}).items())),
                by_dietary=dietary_counts(diets.get(item.id, ())),
            )
        )
    return out


def in_person(session: Session) -> dict[str, set[str]]:
    """Agenda item id → participants with a door scan there that was not undone."""
    rows = session.execute(
        select(Record.item_id, Record.participant_id)
        .join(Participant, Participant.id == Record.participant_id)
        .where(_LIVE_DOOR, Record.id.not_in(_VOIDED), Participant.status != STATUS_MERGED)
        .distinct()
    )
    out: dict[str, set[str]] = {}
    for item_id, pid in rows:
        if item_id is not None:
            out.setdefault(item_id, set()).add(pid)
    return out


def attended_items(
    session: Session, event: Event, rule: OnlineRule | None = None
) -> dict[str, dict[str, str]]:
    """Participant id → {item id: ``in_person`` or ``online``} for the items whose
    attendance is taken; somebody both in the room and online is there in person."""
    items = {item.id for item in door_items(event)}
    out: dict[str, dict[str, str]] = {}
    for item_id, pids in online_presence(session, event, rule).items():
        for pid in pids:
            out.setdefault(pid, {})[item_id] = ONLINE
    for item_id, pids in in_person(session).items():
        if item_id in items:
            for pid in pids:
                out.setdefault(pid, {})[item_id] = IN_PERSON
    return out


def _online_only(session: Session, event: Event, item_ids: set[str]) -> dict[str, set[str]]:
    """Item id → people present online there and not scanned at its door."""
    online = {i: p for i, p in online_presence(session, event).items() if i in item_ids and p}
    if not online:
        return {}
    scanned = in_person(session)
    return {i: pids - scanned.get(i, set()) for i, pids in online.items()}


def _groups(session: Session, ids: set[str]) -> tuple[dict[str, str], dict[str, str]]:
    """(category of, country of) for these participants."""
    category_of: dict[str, str] = {}
    country_of: dict[str, str] = {}
    chunk = sorted(ids)
    for start in range(0, len(chunk), 500):
        rows = session.execute(
            select(Participant.id, Participant.category, Participant.country).where(
                Participant.id.in_(chunk[start : start + 500])
            )
        )
        for pid, category, country in rows:
            category_of[pid] = category
            country_of[pid] = country or ""
    return category_of, country_of


def place_label(event: Event, item: AgendaItem, place: str | None) -> str:
    """A place as people say it: a World Café table's title, else the bus's name."""
    if not place:
        return ""
    for table in item.tables:
        if table.id == place:
            return table.title.get(language())
    return place


def places_used(session: Session, item_id: str) -> list[str]:
    """The places (buses) already used at an item, so other doors can pick them."""
    return sorted(
        p
        for p in session.scalars(
            select(Record.place)
            .where(_LIVE_DOOR, Record.item_id == item_id, Record.place.is_not(None))
            .distinct()
        )
        if p
    )


# -- arrivals over time ----------------------------------------------------------------


ARRIVAL_SLOT_MINUTES = 5  # charts group them into wider bins for the span they cover


def arrivals(
    session: Session, event: Event, *, bucket_minutes: int = ARRIVAL_SLOT_MINUTES
) -> list[tuple[datetime, int]]:
    """First check-ins (not voided) per time slot in the event's time zone, from the
    first slot with an arrival to the last, empty slots included."""
    firsts = session.execute(
        select(func.min(Record.at))
        .join(Participant, Participant.id == Record.participant_id)
        .where(
            Record.kind == "checkin",
            Record.id.not_in(_VOIDED),
            Participant.status != STATUS_MERGED,
        )
        .group_by(Record.participant_id)
    ).scalars()
    slots: Counter[datetime] = Counter()
    for at in firsts:
        slots[at] += 1
    return fill_slots(event, slots, bucket_minutes)


def fill_slots(
    event: Event, times: Mapping[datetime, int], minutes: int
) -> list[tuple[datetime, int]]:
    """Counts at aware times → (local slot start, count) for every slot from the first to
    the last."""
    slots: Counter[datetime] = Counter()
    for at, n in times.items():
        local = at.astimezone(event.tz)
        slot = local.replace(minute=local.minute - local.minute % minutes, second=0, microsecond=0)
        slots[slot] += n
    if not slots:
        return []
    out = []
    # Empty slots filled day by day: a stray check-in weeks away adds no slots between.
    for day in sorted({slot.date() for slot in slots}):
        on_day = [slot for slot in slots if slot.date() == day]
        slot, last = min(on_day), max(on_day)
        while slot <= last:
            out.append((slot, slots.get(slot, 0)))
            slot += timedelta(minutes=minutes)
    return out


# -- the field visit's manifest --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    participant: ParticipantInfo
    place: str | None  # the bus of the last scan
    boarded_at: datetime | None  # last boarding
    returned_at: datetime | None  # last return after it, if any

    @property
    def on_board(self) -> bool:
        return self.boarded_at is not None and (
            self.returned_at is None or self.returned_at < self.boarded_at
        )


def manifest(
    session: Session,
    event: Event,
    item_id: str,
    *,
    place: str | None = None,
    on_board_only: bool = False,
) -> list[ManifestEntry]:
    """Everyone scanned for the item (the field visit), by family name: the bus of their
    last scan, their last boarding and last return. ``place`` keeps one bus;
    ``on_board_only`` keeps those who boarded and have not come back."""
    event.item(item_id)
    rows = session.execute(
        select(Record.participant_id, Record.direction, Record.at, Record.place)
        .where(_LIVE_DOOR, Record.item_id == item_id, Record.id.not_in(_VOIDED))
        .order_by(Record.at, Record.id)
    ).all()
    state: dict[str, list[Any]] = {}
    for pid, direction, at, where in rows:
        s = state.setdefault(pid, [None, None, None])
        s[0] = where
        if direction == IN:
            s[1] = at
        else:
            s[2] = at
    entries = []
    people = {p.id: p for p in infos_by_ids(session, list(state))}
    for pid, (where, boarded, returned) in state.items():
        if pid not in people or people[pid].status == STATUS_MERGED:
            continue
        entry = ManifestEntry(people[pid], where, boarded, returned)
        if place is not None and where != place:
            continue
        if on_board_only and not entry.on_board:
            continue
        entries.append(entry)
    entries.sort(
        key=lambda e: (
            fold(e.participant.family_name),
            fold(e.participant.given_name),
            e.participant.id,
        )
    )
    return entries
