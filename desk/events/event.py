"""Events, where callers import them from: an :class:`Event` and its parts (defined in
desk/events/event_model.py), :func:`load_event` (desk/events/event_file.py reads and
validates an event file), the embedded default event, and which agenda item runs when.

An event file is human-edited JSON: names in Spanish and English, dates, time zone, venue,
agenda, participant categories and the countries of the process. Another event is another
file, not new code.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache

from desk.events.event_file import load_event
from desk.events.event_model import (
    KIND_BREAK,
    KIND_FIELD_VISIT,
    KIND_MEAL,
    KIND_PANEL,
    KIND_PLENARY,
    KIND_PRESENTATIONS,
    KIND_QA,
    KIND_WORLD_CAFE,
    KINDS,
    AgendaItem,
    Category,
    Country,
    Event,
    Table,
    Text,
)
from desk.storage import paths

__all__ = [
    "DEFAULT_EVENT_FILE",
    "KINDS",
    "KIND_BREAK",
    "KIND_FIELD_VISIT",
    "KIND_MEAL",
    "KIND_PANEL",
    "KIND_PLENARY",
    "KIND_PRESENTATIONS",
    "KIND_QA",
    "KIND_WORLD_CAFE",
    "AgendaItem",
    "Category",
    "Country",
    "Event",
    "Table",
    "Text",
    "agenda_for_display",
    "current_item",
    "default_event",
    "load_event",
]

DEFAULT_EVENT_FILE = "rcm-2022-diaspora-forum.json"


@cache
def default_event() -> Event:
    """The embedded default event (the RCM 2022 diaspora forum), loaded once."""
    return load_event(paths.events_dir() / DEFAULT_EVENT_FILE)


def current_item(event: Event, now: datetime) -> AgendaItem | None:
    """The agenda item running at ``now`` (naive ``now`` is taken as the event's local time);
    the first in file order when items overlap."""
    local = now.astimezone(event.tz) if now.tzinfo is not None else now
    day, clock = local.date(), local.time()
    for item in event.agenda:
        if item.day == day and item.start <= clock < item.end:
            return item
    return None


def agenda_for_display(event: Event, today: date) -> tuple[date, tuple[AgendaItem, ...]]:
    """Today's agenda on an event day; before the event the next event day; after it the
    first day."""
    days = event.days
    if today in days:
        shown = today
    else:
        later = [day for day in days if day > today]
        shown = later[0] if later else days[0]
    return shown, event.agenda_on(shown)
