"""How dates, times and labels are written for people, in Spanish or English."""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date, format_interval

from desk.events.event import AgendaItem, Event


def event_dates(event: Event, lang: str) -> str:
    """``23–24 de mayo de 2022`` / ``May 23 – 24, 2022``."""
    if event.start_date == event.end_date:
        return format_date(event.start_date, "long", locale=lang)
    return format_interval(event.start_date, event.end_date, "yMMMMd", locale=lang)


def day_label(day: date, lang: str) -> str:
    """``lunes, 23 de mayo de 2022`` / ``Monday, May 23, 2022``."""
    return format_date(day, "full", locale=lang)


def item_time_range(item: AgendaItem) -> str:
    return f"{item.start:%H:%M}–{item.end:%H:%M}"


def local_time(event: Event, moment: datetime, with_date: bool = False) -> str:
    """A UTC moment as the event's wall clock."""
    local = moment.astimezone(event.tz)
    return local.strftime("%Y-%m-%d %H:%M" if with_date else "%H:%M")


def country_name(event: Event, code: str | None, lang: str) -> str:
    """A country as people of ``lang`` call it ("" for none; the code if unknown)."""
    if not code:
        return ""
    try:
        return event.country(code).name.get(lang)
    except KeyError:
        return code


def category_label(event: Event, category_id: str, lang: str) -> str:
    """A participant category's label in ``lang`` (the id if the event lacks it)."""
    try:
        return event.category(category_id).label.get(lang)
    except KeyError:
        return category_id
