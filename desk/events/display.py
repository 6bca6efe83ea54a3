"""How dates, times and labels are written for people, in Spanish or English."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from babel.dates import format_date, format_interval, format_skeleton

from desk.events.event import AgendaItem, Event
from desk.i18n import language, translate, translate_to


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
    """A UTC moment as the event's wall clock (the date as staff write it: 27/11/2026 in
    Spanish, 2026-11-27 in English)."""
    local = moment.astimezone(event.tz)
    if not with_date:
        return local.strftime("%H:%M")
    return local.strftime("%d/%m/%Y %H:%M" if language() == "es" else "%Y-%m-%d %H:%M")


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


def moment_label(event: Event, moment: datetime, now: datetime | None = None) -> str:
    """When something happened, as a person at the desk says it, in the event's time zone:
    ``hoy 08:45`` / ``ayer 17:10`` / ``23/05 08:45`` (``today 08:45``, ``May 23 08:45``)."""
    local = moment.astimezone(event.tz)
    today = (now or datetime.now(UTC)).astimezone(event.tz).date()
    clock = f"{local:%H:%M}"
    if local.date() == today:
        return translate("display", "today {time}").format(time=clock)
    if local.date() == today - timedelta(days=1):
        return translate("display", "yesterday {time}").format(time=clock)
    if language() == "es":
        day = f"{local:%d/%m}"
    else:
        day = format_skeleton("MMMd", local, locale=language())
    return f"{day} {clock}"


def day_heading(day: date, lang: str, today: date | None = None) -> str:
    """A day of the agenda as a list's heading: ``lunes, 23 de mayo`` (``Hoy — …``)."""
    pattern = "EEEE, d 'de' MMMM" if lang == "es" else "EEEE, MMMM d"
    text = format_date(day, pattern, locale=lang)
    if today is not None and day == today:
        return translate_to(lang, "display", "Today — {day}").format(day=text)
    return text


# Time zones of the region, as people there call them; any other zone is named after the
# city of its id ("America/Lima" → "Lima").
_ZONE_PLACES: dict[str, tuple[str, str]] = {  # id → (Spanish, English)
    "America/El_Salvador": ("El Salvador", "El Salvador"),
    "America/Guatemala": ("Guatemala", "Guatemala"),
    "America/Tegucigalpa": ("Honduras", "Honduras"),
    "America/Managua": ("Nicaragua", "Nicaragua"),
    "America/Costa_Rica": ("Costa Rica", "Costa Rica"),
    "America/Panama": ("Panamá", "Panama"),
    "America/Belize": ("Belice", "Belize"),
    "America/Mexico_City": ("Ciudad de México", "Mexico City"),
    "America/Santo_Domingo": ("República Dominicana", "Dominican Republic"),
    "America/New_York": ("Nueva York", "New York"),
    "America/Chicago": ("Chicago", "Chicago"),
    "America/Los_Angeles": ("Los Ángeles", "Los Angeles"),
    "America/Toronto": ("Toronto", "Toronto"),
    "America/Bogota": ("Bogotá", "Bogotá"),
    "Europe/Madrid": ("Madrid", "Madrid"),
    "Europe/Geneva": ("Ginebra", "Geneva"),
    "Europe/Zurich": ("Zúrich", "Zurich"),
}


def utc_offset(offset: timedelta | None) -> str:
    """``UTC−6`` (a real minus sign), ``UTC+5:30``, ``UTC``."""
    minutes = round((offset or timedelta()).total_seconds() / 60)
    if minutes == 0:
        return "UTC"
    sign = "−" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def zone_label(event: Event, lang: str, at: datetime | None = None) -> str:
    """The event's time zone for people: ``hora de El Salvador (UTC−6)`` /
    ``El Salvador time (UTC−6)``, never ``America/El_Salvador``. The offset is the one in
    force at ``at`` (by default the event's first day)."""
    zone = event.timezone
    places = _ZONE_PLACES.get(zone)
    if places is not None:
        place = places[0] if lang == "es" else places[1]
    else:
        place = zone.rsplit("/", 1)[-1].replace("_", " ")
    when = at or datetime.combine(event.start_date, time(12), tzinfo=event.tz)
    offset = utc_offset(when.astimezone(event.tz).utcoffset())
    return translate_to(lang, "display", "{place} time ({offset})").format(
        place=place, offset=offset
    )
