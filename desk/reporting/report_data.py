"""What the attendance report is made of, read from the database: the people (with their
first check-in), who was at which agenda item (first entry, last exit, places, the desk
flag), the event's wall clock, counts by group, and the participants × agenda items matrix
that the CSV and a sheet of the XLSX share. desk/reporting/reports.py writes the report with
desk/reporting/report_xlsx.py and desk/reporting/report_pdf.py."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC as _UTC
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import i18n
from desk.arrival import codes
from desk.doors.attendance import (
    FLAG_NOT_CHECKED_IN,
    IN,
    OUT,
    ItemAttendance,
    door_items,
    is_field_visit,
)
from desk.errors import DeskError
from desk.events.display import category_label, country_name, event_dates
from desk.events.event import AgendaItem, Event
from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.online.presence import online_presence
from desk.people.export import neutralise
from desk.reporting.charts import item_label
from desk.storage.db import plain_rows, stored_time
from desk.storage.models import (
    STATUS_MERGED,
    STATUS_REGISTERED,
    OnlineInterval,
    Participant,
    Record,
)

# report_text(lang, QT_TRANSLATE_NOOP("reports", text)): a report speaks the language it was
# asked in, whatever the program's.
report_text = i18n.translator("reports")


@dataclass(slots=True)
class Person:
    """A participant as the report shows them (plain text, no live ORM object; not frozen:
    50,000 of them are made, and a frozen dataclass costs three times as much)."""

    id: str
    code: str
    family_name: str
    given_name: str
    country: str | None
    category: str
    organisation: str
    mode: str
    email: str
    phone: str
    status: str
    checked_in: str | None  # first standing check-in, stored UTC text


@dataclass(slots=True)
class Presence:
    """One person at one agenda item: first entry, last exit, places, the desk flag."""

    first_in: str | None = None  # stored UTC text
    last_in: str | None = None
    last_out: str | None = None
    places: list[str] | None = None
    flagged: bool = False

    @property
    def inside(self) -> bool:
        return self.last_in is not None and (self.last_out is None or self.last_in > self.last_out)


_AT = stored_time(Record.at)  # stored text: compares as time, costs no parsing
_VOIDED = select(Record.target_id).where(Record.kind == "void", Record.target_id.is_not(None))


def read_people(session: Session) -> list[Person]:
    """Everyone but merged registrations, by family name, with their first standing
    check-in."""
    checked: dict[str, str] = {}
    for pid, at in plain_rows(
        session,
        select(Record.participant_id, _AT).where(
            Record.kind == "checkin", Record.id.not_in(_VOIDED)
        ),
    ):
        old = checked.get(pid)
        if old is None or at < old:
            checked[pid] = at
    rows = plain_rows(
        session,
        select(
            Participant.id,
            Participant.code,
            Participant.family_name,
            Participant.given_name,
            Participant.country,
            Participant.category,
            Participant.organisation,
            Participant.mode,
            Participant.email,
            Participant.phone,
            Participant.status,
        )
        # A registration merged into another person: their records were copied to that
        # person, and counts leave it out (as desk.people.participants.counts does).
        .where(Participant.status != STATUS_MERGED)
        .order_by(Participant.sort_key, Participant.id),
    )
    return [
        Person(
            pid,
            code,
            family,
            given,
            country,
            category,
            org,
            mode,
            email,
            phone,
            status,
            checked_in=checked.get(pid),
        )
        for pid, code, family, given, country, category, org, mode, email, phone, status in rows
    ]


def read_presence(session: Session, item_ids: Sequence[str]) -> dict[str, dict[str, Presence]]:
    """item → person → presence, from the door records that were not undone."""
    out: dict[str, dict[str, Presence]] = {i: {} for i in item_ids}
    if not item_ids:
        return out
    rows = plain_rows(
        session,
        select(
            Record.item_id, Record.participant_id, Record.direction, _AT, Record.place, Record.flag
        ).where(Record.kind == "door", Record.id.not_in(_VOIDED)),
    )
    for item, pid, direction, at, place, flag in rows:
        people = out.get(item)
        if people is None:  # an item of another day
            continue
        p = people.get(pid)
        if p is None:
            p = people[pid] = Presence()
        if direction == IN:
            if p.first_in is None or at < p.first_in:
                p.first_in = at
            if p.last_in is None or at > p.last_in:
                p.last_in = at
        elif direction == OUT and (p.last_out is None or at > p.last_out):
            p.last_out = at
        if place:
            if p.places is None:
                p.places = [place]
            elif place not in p.places:
                p.places.append(place)
        if flag == FLAG_NOT_CHECKED_IN:
            p.flagged = True
    return out


def read_attended(session: Session, item_ids: Sequence[str]) -> dict[str, set[str]]:
    """item → the people scanned there (not undone): all the matrix needs."""
    out: dict[str, set[str]] = {i: set() for i in item_ids}
    rows = plain_rows(
        session,
        select(Record.item_id, Record.participant_id)
        .where(Record.kind == "door", Record.id.not_in(_VOIDED))
        .distinct(),
    )
    for item, pid in rows:
        people = out.get(item)
        if people is not None:
            people.add(pid)
    return out


def has_online_data(session: Session) -> bool:
    """Whether any online attendance export was imported: the report then shows in person,
    online and total everywhere, zeros included (a zero is then a count). Without any, the
    online columns are left out: a column of zeros would say that nobody followed online
    when nobody counted."""
    return session.scalar(select(OnlineInterval.id).limit(1)) is not None


def read_online(
    session: Session, event: Event, in_person: Mapping[str, Container[str]]
) -> dict[str, set[str]]:
    """item → the people present online there (desk.online.presence) and not scanned at its
    door (``in_person``): somebody both in the room and online counts once, in person."""
    out: dict[str, set[str]] = {}
    for item_id, present in online_presence(session, event).items():
        if item_id in in_person:
            scanned = in_person[item_id]
            out[item_id] = {pid for pid in present if pid not in scanned}
    return out


class Clock:
    """Stored UTC text → the event's wall clock, cached by the minute (scans cluster)."""

    def __init__(self, event: Event) -> None:
        self.tz = event.tz
        self._cache: dict[str, str] = {}

    def __call__(self, at: str | None, with_date: bool = False) -> str:
        if not at:
            return ""
        key = at[:16] + ("d" if with_date else "")
        text = self._cache.get(key)
        if text is None:
            moment = datetime.fromisoformat(at[:16]).replace(tzinfo=_UTC)
            local = moment.astimezone(self.tz)
            text = local.strftime("%Y-%m-%d %H:%M" if with_date else "%H:%M")
            self._cache[key] = text
        return text

    def day(self, at: str) -> date:
        return datetime.fromisoformat(at[:19]).replace(tzinfo=_UTC).astimezone(self.tz).date()


def report_items(event: Event, day: date | None) -> tuple[AgendaItem, ...]:
    """The door items of the report: those of ``day``, or all of them."""
    items = door_items(event)
    if day is None:
        return items
    if day not in event.days:
        raise DeskError(
            translate("reports", "{day} is not a day of this event ({dates}).").format(
                day=day.isoformat(), dates=event_dates(event, i18n.language())
            )
        )
    return tuple(i for i in items if i.day == day)


def matrix_people(people: Sequence[Person], attended: set[str]) -> list[Person]:
    """Registered people, and anyone cancelled who was still checked in or scanned."""
    return [
        p
        for p in people
        if p.status == STATUS_REGISTERED or p.checked_in is not None or p.id in attended
    ]


def place_label(item: AgendaItem, place: str, lang: str) -> str:
    """A World Café table's title in ``lang``, else the bus's name."""
    for table in item.tables:
        if table.id == place:
            return table.title.get(lang)
    return place


def places_text(item: AgendaItem, places: list[str] | None, lang: str) -> str:
    """The places (tables, buses) of a presence, in ``lang``."""
    return ", ".join(place_label(item, p, lang) for p in places or ())


def dietary_lines(item: AgendaItem, counts: ItemAttendance, lang: str) -> list[tuple[str, int]]:
    """For a break or a meal: ("Dietary need: Vegetariana", people) lines of the people
    there, most first (the list's dietary column); nothing for other items."""
    if not item.catering:
        return []
    pattern = report_text(lang, QT_TRANSLATE_NOOP("reports", "Dietary need: {need}"))
    return [(pattern.format(need=need), n) for need, n in counts.by_dietary.items()]


def fraction(part: int, whole: int) -> float | None:
    """``part / whole`` for a percentage cell (None without a whole)."""
    return round(part / whole, 4) if whole else None


# -- the matrix (CSV, and a sheet of the XLSX) --------------------------------------------


def online_items(items: Sequence[AgendaItem]) -> list[AgendaItem]:
    """The items somebody can attend online: all but the field visit (nobody rides a bus
    online)."""
    return [item for item in items if not is_field_visit(item)]


def participants_matrix(
    event: Event,
    items: Sequence[AgendaItem],
    people: Sequence[Person],
    presence: Mapping[str, Container[str]],
    *,
    contact: bool,
    lang: str,
    online: Mapping[str, Container[str]] | None = None,
) -> tuple[list[str], list[list[Any]]]:
    """The header and the rows of the participants × items matrix, every text cell
    neutralised already; ``presence`` holds who was at each item in person.

    With ``online`` (who was there online only, see :func:`read_online`; None when no
    online attendance was imported), an item's column has 1 for either, so it still sums
    to the item's attendance, and an "(online)" column after it has 1 for those online
    (it sums to the online part); "Items attended online" comes before "Items attended"."""
    header = [
        report_text(lang, QT_TRANSLATE_NOOP("reports", "Code")),
        report_text(lang, QT_TRANSLATE_NOOP("reports", "Family name")),
        report_text(lang, QT_TRANSLATE_NOOP("reports", "Given name")),
        report_text(lang, QT_TRANSLATE_NOOP("reports", "Country")),
        report_text(lang, QT_TRANSLATE_NOOP("reports", "Category")),
        report_text(lang, QT_TRANSLATE_NOOP("reports", "Organisation")),
        report_text(lang, QT_TRANSLATE_NOOP("reports", "Mode")),
    ]
    if contact:
        header += [
            report_text(lang, QT_TRANSLATE_NOOP("reports", "E-mail")),
            report_text(lang, QT_TRANSLATE_NOOP("reports", "Phone")),
        ]
    header.append(report_text(lang, QT_TRANSLATE_NOOP("reports", "Checked in at")))
    virtual = {item.id for item in online_items(items)} if online is not None else set()
    online_label = report_text(lang, QT_TRANSLATE_NOOP("reports", "{item} (online)"))
    for item in items:
        header.append(item_label(event, item, lang))
        if item.id in virtual:
            header.append(online_label.format(item=item_label(event, item, lang)))
    if online is not None:
        header.append(report_text(lang, QT_TRANSLATE_NOOP("reports", "Items attended online")))
    header.append(report_text(lang, QT_TRANSLATE_NOOP("reports", "Items attended")))
    clock = Clock(event)
    modes = {
        "in_person": report_text(lang, QT_TRANSLATE_NOOP("reports", "In person")),
        "online": report_text(lang, QT_TRANSLATE_NOOP("reports", "Online")),
    }
    countries: dict[str | None, str] = {}
    categories: dict[str, str] = {}
    columns = [presence.get(item.id, ()) for item in items]
    nobody: tuple[str, ...] = ()
    remote = [(online or {}).get(item.id, nobody) if item.id in virtual else None for item in items]
    rows: list[list[Any]] = []
    safe = neutralise
    for p in people:
        country = countries.get(p.country)
        if country is None:
            country = countries[p.country] = safe(country_name(event, p.country, lang))
        category = categories.get(p.category)
        if category is None:
            category = categories[p.category] = safe(category_label(event, p.category, lang))
        row: list[Any] = [
            codes.format_code(p.code),
            safe(p.family_name),
            safe(p.given_name),
            country,
            category,
            safe(p.organisation),
            modes.get(p.mode) or safe(p.mode),
        ]
        if contact:
            row += [safe(p.email), safe(p.phone)]
        row.append(clock(p.checked_in, with_date=True))
        pid = p.id
        if online is None:
            marks = [1 if pid in column else None for column in columns]
            row += marks
            row.append(marks.count(1))
        else:
            attended = virtually = 0
            for column, there in zip(columns, remote, strict=True):
                on_line = there is not None and pid in there
                here = on_line or pid in column
                row.append(1 if here else None)
                if there is not None:
                    row.append(1 if on_line else None)
                attended += here
                virtually += on_line
            row += [virtually, attended]
        rows.append(row)
    return [safe(h) for h in header], rows


# -- numbers -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Group:
    """One line of a summary table: a category or a country and its people."""

    label: str
    registered: int
    checked_in: int
    checked_today: int


def count_groups(
    keys: Iterable[str],
    label: Callable[[str], str],
    people: Sequence[Person],
    key_of: Callable[[Person], str],
    today: Callable[[Person], bool],
) -> list[Group]:
    """``people`` counted by ``key_of``: the ``keys`` first (in their order), then any
    other key found, sorted; keys with nobody registered or checked in left out."""
    registered: Counter[str] = Counter()
    checked: Counter[str] = Counter()
    checked_today: Counter[str] = Counter()
    for p in people:
        k = key_of(p)
        if p.status == STATUS_REGISTERED:
            registered[k] += 1
        if p.checked_in is not None:  # as desk.people.participants.counts: any status
            checked[k] += 1
            if today(p):
                checked_today[k] += 1
    ordered = list(dict.fromkeys([*keys, *sorted(set(registered) | set(checked))]))
    return [
        Group(label(k), registered[k], checked[k], checked_today[k])
        for k in ordered
        if registered[k] or checked[k]
    ]


@dataclass(frozen=True, slots=True)
class Breakdown:
    """One category or country at every item of the report: people there in person, and
    online only (somebody in both counts in person)."""

    label: str
    in_person: tuple[int, ...]  # by item, in the report's order
    online: tuple[int, ...]

    @property
    def total(self) -> tuple[int, ...]:
        return tuple(a + b for a, b in zip(self.in_person, self.online, strict=True))


def breakdowns(
    event: Event, attendance: Sequence[ItemAttendance], *, by_country: bool, lang: str
) -> list[Breakdown]:
    """Attendance per item by category (the event's order, then any other) or by country
    (most people first): in person (``by_category`` / ``by_country``) and online only
    (``online_by_…``). Groups nobody of came to any of the items are left out."""
    if by_country:
        here = [a.by_country for a in attendance]
        there = [a.online_by_country for a in attendance]
    else:
        here = [a.by_category for a in attendance]
        there = [a.online_by_category for a in attendance]
    keys = {k for counts in (*here, *there) for k, n in counts.items() if n}
    if by_country:
        order = sorted(keys)
    else:
        order = [c.id for c in event.categories if c.id in keys]
        order += sorted(keys - set(order))
    out = []
    for key in order:
        if by_country:
            label = country_name(event, key, lang) or report_text(
                lang, QT_TRANSLATE_NOOP("reports", "(no country)")
            )
        else:
            label = category_label(event, key, lang)
        out.append(
            Breakdown(
                label,
                tuple(counts.get(key, 0) for counts in here),
                tuple(counts.get(key, 0) for counts in there),
            )
        )
    if by_country:
        out.sort(key=lambda b: (-sum(b.total), b.label))
    return out


def attendees_by_group(
    people: Sequence[Person],
    in_person: Mapping[str, Iterable[str]],
    online: Mapping[str, Iterable[str]],
) -> tuple[dict[str, tuple[int, int]], dict[str, tuple[int, int]]]:
    """(category → (in person, online), country → (in person, online)): the people at one
    item or more of ``in_person`` / ``online`` (item → who), each counted once, in person
    when they were in the room at any of the items, else online. "" for no country."""
    here = {pid for seen in in_person.values() for pid in seen}
    there = {pid for seen in online.values() for pid in seen}
    categories: dict[str, list[int]] = {}
    countries: dict[str, list[int]] = {}
    for p in people:
        if p.id in here:
            mode = 0
        elif p.id in there:
            mode = 1
        else:
            continue
        categories.setdefault(p.category, [0, 0])[mode] += 1
        countries.setdefault(p.country or "", [0, 0])[mode] += 1
    return (
        {k: (a, b) for k, (a, b) in categories.items()},
        {k: (a, b) for k, (a, b) in countries.items()},
    )
