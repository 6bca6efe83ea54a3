"""Event files: load and validate ``resources/events/*.json`` (format 1).

An event file is human-edited JSON: names in Spanish and English, dates, time zone, venue,
agenda, participant categories and the countries of the process. Another event is another
file, not new code. Every problem in a file raises :class:`EventFileError` whose message
names the file and the field, e.g. ``rcm.json: agenda[3].end: "10:1" is not a time (HH:MM)``.

Keys that start with ``_`` (``"_comment": "..."``) are ignored, so editors can leave notes.

Countries come from Babel (every territory with a two-letter code, Spanish and English
names); the file only flags the member, observer and guest countries and adds the extra
spellings that online registration forms produce.
"""

from __future__ import annotations

import difflib
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from functools import cache
from pathlib import Path
from typing import Any, NoReturn
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desk import paths
from desk.errors import EventFileError
from desk.i18n import language, translate
from desk.textnorm import fold

FORMAT = 1
DEFAULT_EVENT_FILE = "rcm-2022-diaspora-forum.json"

KIND_PLENARY = "plenary"
KIND_PRESENTATIONS = "presentations"
KIND_PANEL = "panel"
KIND_QA = "qa"
KIND_BREAK = "break"
KIND_MEAL = "meal"
KIND_WORLD_CAFE = "world_cafe"
KIND_FIELD_VISIT = "field_visit"
KINDS = (
    KIND_PLENARY,
    KIND_PRESENTATIONS,
    KIND_PANEL,
    KIND_QA,
    KIND_BREAK,
    KIND_MEAL,
    KIND_WORLD_CAFE,
    KIND_FIELD_VISIT,
)

# Babel territories with two-letter codes that are not countries.
PSEUDO_TERRITORIES = frozenset({"ZZ", "EU", "EZ", "UN", "QO", "XA", "XB"})


# --------------------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class Text:
    """The same words in Spanish and English."""

    es: str
    en: str

    def get(self, lang: str) -> str:
        """The text in ``lang``; Spanish for any language other than English."""
        return self.en if lang == "en" else self.es


@dataclass(frozen=True, slots=True)
class Table:
    """One table of a World Café."""

    id: str
    title: Text


@dataclass(frozen=True, slots=True)
class AgendaItem:
    id: str
    day: date
    start: time  # local time in the event's time zone
    end: time
    title: Text
    kind: str
    attendance: bool  # attendance counted at the door
    catering: bool  # catering needs a headcount
    facilitator: str | None = None
    speakers: tuple[str, ...] = ()
    tables: tuple[Table, ...] = ()
    places: tuple[str, ...] = ()

    def starts_at(self, tz: tzinfo) -> datetime:
        return datetime.combine(self.day, self.start, tzinfo=tz)

    def ends_at(self, tz: tzinfo) -> datetime:
        return datetime.combine(self.day, self.end, tzinfo=tz)


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    label: Text
    colour: str  # "#RRGGBB", upper case
    aliases: tuple[str, ...]
    share: float  # approximate proportion of participants (synthetic demo data)


@dataclass(frozen=True, slots=True)
class Country:
    code: str  # ISO 3166-1 alpha-2 (as Babel knows it)
    name: Text
    member: bool = False
    observer: bool = False
    guest: bool = False


@dataclass(frozen=True, slots=True)
class _Index:
    items: dict[str, AgendaItem]
    categories: dict[str, Category]
    category_keys: dict[str, str]  # folded id, label or alias -> category id
    countries: dict[str, Country]


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    name: Text
    short_name: Text
    organiser: Text
    start_date: date
    end_date: date
    timezone: str
    venue: Text
    city: str
    host_country: str  # ISO alpha-2; "country" in the file (``country()`` looks countries up)
    hybrid: bool
    agenda: tuple[AgendaItem, ...]
    categories: tuple[Category, ...]
    default_category: str
    countries: tuple[Country, ...]
    country_aliases: dict[str, str] = field(hash=False)  # folded alias -> ISO alpha-2
    path: Path
    _index: _Index = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        keys: dict[str, str] = {}
        for category in self.categories:
            for text in (category.id, category.label.es, category.label.en, *category.aliases):
                keys.setdefault(fold(text), category.id)
        index = _Index(
            items={item.id: item for item in self.agenda},
            categories={category.id: category for category in self.categories},
            category_keys=keys,
            countries={country.code: country for country in self.countries},
        )
        object.__setattr__(self, "_index", index)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def days(self) -> tuple[date, ...]:
        count = (self.end_date - self.start_date).days + 1
        return tuple(self.start_date + timedelta(days=n) for n in range(count))

    def item(self, item_id: str) -> AgendaItem:
        """The agenda item ``item_id`` (KeyError when there is none)."""
        return self._index.items[item_id]

    def agenda_on(self, day: date) -> tuple[AgendaItem, ...]:
        """The items of ``day`` by start time (file order among items that start together)."""
        return tuple(sorted((i for i in self.agenda if i.day == day), key=lambda i: i.start))

    def category(self, category_id: str) -> Category:
        """The category ``category_id`` (KeyError when there is none)."""
        return self._index.categories[category_id]

    def country(self, code: str) -> Country:
        """The country with ISO alpha-2 ``code``, any case (KeyError when unknown)."""
        return self._index.countries[code.upper()]

    @property
    def members(self) -> tuple[Country, ...]:
        """Member countries in name order (in the current language)."""
        lang = language()
        found = (c for c in self.countries if c.member)
        return tuple(sorted(found, key=lambda c: fold(c.name.get(lang))))

    def lookup_country(self, text: str) -> str | None:
        """ISO alpha-2 code for an alpha-2 code, a Spanish or English name or an alias of the
        event file; accents, case, punctuation and extra spaces do not matter."""
        key = fold(text)
        if not key:
            return None
        return self.country_aliases.get(key) or _babel_index().get(key)

    def lookup_category(self, text: str) -> str | None:
        """Category id for an id, a label in either language or an alias (folded)."""
        key = fold(text)
        if not key:
            return None
        return self._index.category_keys.get(key)


# --------------------------------------------------------------------------- countries


@cache
def _babel_countries() -> tuple[tuple[str, Text], ...]:
    """(code, names) of every country Babel knows, by code. Built once per process."""
    from babel import Locale  # imported here: Babel's locale data is slow to load

    spanish = Locale("es").territories
    english = Locale("en").territories
    codes = sorted(
        code
        for code in spanish
        if len(code) == 2 and code.isalpha() and code not in PSEUDO_TERRITORIES
    )
    return tuple(
        (code, Text(es=spanish[code], en=english.get(code, spanish[code]))) for code in codes
    )


@cache
def _babel_codes() -> frozenset[str]:
    return frozenset(code for code, _name in _babel_countries())


@cache
def _babel_index() -> dict[str, str]:
    """Folded Spanish name, English name and code -> ISO alpha-2."""
    index: dict[str, str] = {}
    for code, name in _babel_countries():
        index.setdefault(fold(name.es), code)
        index.setdefault(fold(name.en), code)
    for code, _name in _babel_countries():
        index[code.lower()] = code
    return index


# --------------------------------------------------------------------------- loading

_TOP_KEYS = [
    "format",
    "id",
    "name",
    "short_name",
    "organiser",
    "start_date",
    "end_date",
    "timezone",
    "venue",
    "city",
    "country",
    "hybrid",
    "agenda",
    "categories",
    "default_category",
    "countries",
]
_ITEM_KEYS = [
    "id",
    "day",
    "start",
    "end",
    "title",
    "kind",
    "attendance",
    "catering",
    "facilitator",
    "speakers",
    "tables",
    "places",
]
_TABLE_KEYS = ("id", "title")
_TEXT_KEYS = ("es", "en")
_CATEGORY_KEYS = ("id", "label", "colour", "aliases", "share")
_COUNTRIES_KEYS = ("members", "observers", "guests", "aliases")

_SLUG = re.compile(r"[a-z0-9][a-z0-9_-]*\Z")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_TIME = re.compile(r"(\d{1,2}):(\d{2})\Z")
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}\Z")


class _DuplicateKeyError(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


def _show(value: Any) -> str:
    """A value as it looks in the file, shortened."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"


def _join(parent: str, key: str) -> str:
    return f"{parent}.{key}" if parent else key


class _Reader:
    """Typed access to parsed JSON that raises EventFileError naming file and field."""

    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, message: str) -> NoReturn:
        raise EventFileError(message)

    def missing(self, where: str) -> NoReturn:
        self.fail(
            translate("event", "{file}: {field} is missing").format(file=self.file, field=where)
        )

    def empty(self, where: str) -> NoReturn:
        self.fail(
            translate("event", "{file}: {field} is empty").format(file=self.file, field=where)
        )

    def obj(self, value: Any, where: str, allowed: Iterable[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(
                translate("event", "{file}: {field}: {value} is not an object ({{...}})").format(
                    file=self.file, field=where, value=_show(value)
                )
            )
        known = tuple(allowed)
        for key in value:
            if key in known or key.startswith("_"):
                continue
            close = difflib.get_close_matches(key, known, n=1)
            if close:
                self.fail(
                    translate(
                        "event", "{file}: {field}: unknown field (did you mean {other}?)"
                    ).format(file=self.file, field=_join(where, key), other=close[0])
                )
            self.fail(
                translate("event", "{file}: {field}: unknown field").format(
                    file=self.file, field=_join(where, key)
                )
            )
        return value

    def value(self, data: dict[str, Any], key: str, where: str) -> Any:
        """A required value (null counts as missing)."""
        found = data.get(key)
        if found is None:
            self.missing(_join(where, key))
        return found

    def string(self, value: Any, where: str) -> str:
        if not isinstance(value, str):
            self.fail(
                translate("event", "{file}: {field}: {value} is not text").format(
                    file=self.file, field=where, value=_show(value)
                )
            )
        text = value.strip()
        if not text:
            self.empty(where)
        return text

    def str_field(self, data: dict[str, Any], key: str, where: str) -> str:
        return self.string(self.value(data, key, where), _join(where, key))

    def optional_str(self, data: dict[str, Any], key: str, where: str) -> str | None:
        value = data.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        return self.string(value, _join(where, key))

    def flag(self, data: dict[str, Any], key: str, where: str, default: bool | None = None) -> bool:
        value = data.get(key)
        if value is None:
            if default is None:
                self.missing(_join(where, key))
            return default
        if not isinstance(value, bool):
            self.fail(
                translate("event", "{file}: {field}: {value} is not true or false").format(
                    file=self.file, field=_join(where, key), value=_show(value)
                )
            )
        return value

    def number(self, data: dict[str, Any], key: str, where: str) -> float:
        value = self.value(data, key, where)
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(
                translate("event", "{file}: {field}: {value} is not a number").format(
                    file=self.file, field=_join(where, key), value=_show(value)
                )
            )
        return float(value)

    def items(self, data: dict[str, Any], key: str, where: str, required: bool) -> list[Any]:
        value = data.get(key)
        if value is None:
            if required:
                self.missing(_join(where, key))
            return []
        if not isinstance(value, list):
            self.fail(
                translate("event", "{file}: {field}: {value} is not a list ([...])").format(
                    file=self.file, field=_join(where, key), value=_show(value)
                )
            )
        return value

    def strings(self, data: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
        path = _join(where, key)
        values = self.items(data, key, where, required=False)
        return tuple(self.string(v, f"{path}[{n}]") for n, v in enumerate(values))

    def text(self, data: dict[str, Any], key: str, where: str) -> Text:
        path = _join(where, key)
        obj = self.obj(self.value(data, key, where), path, _TEXT_KEYS)
        return Text(es=self.str_field(obj, "es", path), en=self.str_field(obj, "en", path))

    def slug(self, data: dict[str, Any], key: str, where: str) -> str:
        value = self.str_field(data, key, where)
        if not _SLUG.match(value):
            self.fail(
                translate(
                    "event",
                    "{file}: {field}: {value} is not an id (use a-z, 0-9, - and _)",
                ).format(file=self.file, field=_join(where, key), value=_show(value))
            )
        return value

    def iso_date(self, data: dict[str, Any], key: str, where: str) -> date:
        value = self.value(data, key, where)
        if isinstance(value, str) and _DATE.match(value.strip()):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                pass
        self.fail(
            translate("event", "{file}: {field}: {value} is not a date (YYYY-MM-DD)").format(
                file=self.file, field=_join(where, key), value=_show(value)
            )
        )

    def clock(self, data: dict[str, Any], key: str, where: str) -> time:
        value = self.value(data, key, where)
        match = _TIME.match(value.strip()) if isinstance(value, str) else None
        if match:
            hour, minute = int(match[1]), int(match[2])
            if hour < 24 and minute < 60:
                return time(hour, minute)
        self.fail(
            translate("event", "{file}: {field}: {value} is not a time (HH:MM)").format(
                file=self.file, field=_join(where, key), value=_show(value)
            )
        )

    def duplicate(self, where: str, value: str, first: str) -> NoReturn:
        self.fail(
            translate("event", "{file}: {field}: {value} is used twice (first at {other})").format(
                file=self.file, field=where, value=_show(value), other=first
            )
        )


def load_event(path: Path | str) -> Event:
    """Read and validate an event file; EventFileError names the file and the field at fault."""
    path = Path(path)
    file = path.name
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise EventFileError(
            translate("event", "Event file not found: {path}").format(path=path)
        ) from None
    except OSError as exc:
        raise EventFileError(
            translate("event", "{file}: cannot be read ({reason})").format(
                file=file, reason=exc.strerror or exc
            )
        ) from None
    try:
        source = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EventFileError(
            translate("event", "{file}: not UTF-8 text (byte {position})").format(
                file=file, position=exc.start
            )
        ) from None
    try:
        data = json.loads(source, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as exc:
        raise EventFileError(
            translate(
                "event", "{file}: line {line}, column {column}: not valid JSON ({reason})"
            ).format(file=file, line=exc.lineno, column=exc.colno, reason=exc.msg)
        ) from None
    except _DuplicateKeyError as exc:
        raise EventFileError(
            translate("event", "{file}: the field {value} appears twice in the same object").format(
                file=file, value=_show(exc.key)
            )
        ) from None
    except RecursionError:
        raise EventFileError(
            translate("event", "{file}: not valid JSON (nested too deeply)").format(file=file)
        ) from None
    return _parse(data, _Reader(file), path.absolute())


def _parse(data: Any, r: _Reader, path: Path) -> Event:
    if not isinstance(data, dict):
        r.fail(
            translate("event", "{file}: the file must hold one JSON object ({{...}})").format(
                file=r.file
            )
        )
    r.obj(data, "", _TOP_KEYS)

    fmt = r.value(data, "format", "")
    if fmt != FORMAT or isinstance(fmt, bool):
        r.fail(
            translate(
                "event",
                "{file}: format: {value} is not supported (this Desk reads format {supported})",
            ).format(file=r.file, value=_show(fmt), supported=FORMAT)
        )

    event_id = r.slug(data, "id", "")
    name = r.text(data, "name", "")
    short_name = r.text(data, "short_name", "")
    organiser = r.text(data, "organiser", "")
    start_date = r.iso_date(data, "start_date", "")
    end_date = r.iso_date(data, "end_date", "")
    if end_date < start_date:
        r.fail(
            translate("event", "{file}: end_date: {value} is before start_date {other}").format(
                file=r.file, value=end_date.isoformat(), other=start_date.isoformat()
            )
        )
    timezone = r.str_field(data, "timezone", "")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        r.fail(
            translate(
                "event",
                "{file}: timezone: {value} is not a known time zone (e.g. America/El_Salvador)",
            ).format(file=r.file, value=_show(timezone))
        )
    venue = r.text(data, "venue", "")
    city = r.str_field(data, "city", "")
    host_country = _country_code(r, r.str_field(data, "country", ""), "country")
    hybrid = r.flag(data, "hybrid", "")

    agenda = _agenda(r, data, start_date, end_date)
    categories = _categories(r, data)
    default_category = r.str_field(data, "default_category", "")
    if default_category not in {c.id for c in categories}:
        r.fail(
            translate(
                "event", "{file}: default_category: {value} is not one of the categories"
            ).format(file=r.file, value=_show(default_category))
        )
    countries, aliases = _countries(r, data)

    return Event(
        id=event_id,
        name=name,
        short_name=short_name,
        organiser=organiser,
        start_date=start_date,
        end_date=end_date,
        timezone=timezone,
        venue=venue,
        city=city,
        host_country=host_country,
        hybrid=hybrid,
        agenda=agenda,
        categories=categories,
        default_category=default_category,
        countries=countries,
        country_aliases=aliases,
        path=path,
    )


def _country_code(r: _Reader, value: str, where: str) -> str:
    code = value.upper()
    if code not in _babel_codes():
        r.fail(
            translate("event", "{file}: {field}: {value} is not a known ISO country code").format(
                file=r.file, field=where, value=_show(value)
            )
        )
    return code


def _agenda(r: _Reader, data: dict[str, Any], first: date, last: date) -> tuple[AgendaItem, ...]:
    raw = r.items(data, "agenda", "", required=True)
    if not raw:
        r.empty("agenda")
    seen: dict[str, str] = {}
    result: list[AgendaItem] = []
    for n, value in enumerate(raw):
        where = f"agenda[{n}]"
        obj = r.obj(value, where, _ITEM_KEYS)
        item_id = r.slug(obj, "id", where)
        if item_id in seen:
            r.duplicate(f"{where}.id", item_id, seen[item_id])
        seen[item_id] = f"{where}.id"
        day = r.iso_date(obj, "day", where)
        if not first <= day <= last:
            r.fail(
                translate(
                    "event",
                    "{file}: {field}: {value} is not between start_date {start} and end_date {end}",
                ).format(
                    file=r.file,
                    field=f"{where}.day",
                    value=_show(day.isoformat()),
                    start=first.isoformat(),
                    end=last.isoformat(),
                )
            )
        start = r.clock(obj, "start", where)
        end = r.clock(obj, "end", where)
        if end <= start:
            r.fail(
                translate(
                    "event", "{file}: {field}: {value} is not after the start {other}"
                ).format(
                    file=r.file,
                    field=f"{where}.end",
                    value=_show(end.strftime("%H:%M")),
                    other=_show(start.strftime("%H:%M")),
                )
            )
        title = r.text(obj, "title", where)
        kind = r.str_field(obj, "kind", where)
        if kind not in KINDS:
            r.fail(
                translate("event", "{file}: {field}: {value} is not a known kind ({kinds})").format(
                    file=r.file, field=f"{where}.kind", value=_show(kind), kinds=", ".join(KINDS)
                )
            )
        result.append(
            AgendaItem(
                id=item_id,
                day=day,
                start=start,
                end=end,
                title=title,
                kind=kind,
                attendance=r.flag(obj, "attendance", where, default=True),
                catering=r.flag(obj, "catering", where, default=kind in (KIND_BREAK, KIND_MEAL)),
                facilitator=r.optional_str(obj, "facilitator", where),
                speakers=r.strings(obj, "speakers", where),
                tables=_tables(r, obj, where),
                places=r.strings(obj, "places", where),
            )
        )
    return tuple(result)


def _tables(r: _Reader, obj: dict[str, Any], where: str) -> tuple[Table, ...]:
    seen: dict[str, str] = {}
    result: list[Table] = []
    for n, value in enumerate(r.items(obj, "tables", where, required=False)):
        path = f"{where}.tables[{n}]"
        table = r.obj(value, path, _TABLE_KEYS)
        table_id = r.slug(table, "id", path)
        if table_id in seen:
            r.duplicate(f"{path}.id", table_id, seen[table_id])
        seen[table_id] = f"{path}.id"
        result.append(Table(id=table_id, title=r.text(table, "title", path)))
    return tuple(result)


def _categories(r: _Reader, data: dict[str, Any]) -> tuple[Category, ...]:
    raw = r.items(data, "categories", "", required=True)
    if not raw:
        r.empty("categories")
    seen: dict[str, str] = {}
    keys: dict[str, tuple[str, str]] = {}  # folded name -> (category id, where)
    result: list[Category] = []
    for n, value in enumerate(raw):
        where = f"categories[{n}]"
        obj = r.obj(value, where, _CATEGORY_KEYS)
        category_id = r.slug(obj, "id", where)
        if category_id in seen:
            r.duplicate(f"{where}.id", category_id, seen[category_id])
        seen[category_id] = f"{where}.id"
        label = r.text(obj, "label", where)
        colour = r.str_field(obj, "colour", where)
        if not _COLOUR.match(colour):
            r.fail(
                translate("event", "{file}: {field}: {value} is not a colour (#RRGGBB)").format(
                    file=r.file, field=f"{where}.colour", value=_show(colour)
                )
            )
        aliases = r.strings(obj, "aliases", where)
        share = r.number(obj, "share", where)
        if not 0.0 <= share <= 1.0:
            r.fail(
                translate("event", "{file}: {field}: {value} is not between 0 and 1").format(
                    file=r.file, field=f"{where}.share", value=_show(share)
                )
            )
        names = [
            (category_id, f"{where}.id"),
            (label.es, f"{where}.label.es"),
            (label.en, f"{where}.label.en"),
            *((alias, f"{where}.aliases[{k}]") for k, alias in enumerate(aliases)),
        ]
        for text, path in names:
            key = fold(text)
            if not key:
                r.empty(path)
            other = keys.get(key)
            if other is not None and other[0] != category_id:
                r.fail(
                    translate("event", "{file}: {field}: {value} already means {other}").format(
                        file=r.file, field=path, value=_show(text), other=f"{other[0]} ({other[1]})"
                    )
                )
            keys.setdefault(key, (category_id, path))
        result.append(
            Category(
                id=category_id, label=label, colour=colour.upper(), aliases=aliases, share=share
            )
        )
    total = math.fsum(c.share for c in result)
    if abs(total - 1.0) > 0.01:
        r.fail(
            translate("event", "{file}: categories: the shares add up to {total}, not 1").format(
                file=r.file, total=f"{total:.3f}"
            )
        )
    return tuple(result)


def _countries(r: _Reader, data: dict[str, Any]) -> tuple[tuple[Country, ...], dict[str, str]]:
    obj = r.obj(r.value(data, "countries", ""), "countries", _COUNTRIES_KEYS)
    groups: dict[str, set[str]] = {}
    listed: dict[str, str] = {}  # code -> where
    for group in ("members", "observers", "guests"):
        codes: set[str] = set()
        for n, value in enumerate(r.items(obj, group, "countries", required=group == "members")):
            where = f"countries.{group}[{n}]"
            code = _country_code(r, r.string(value, where), where)
            if code in listed:
                r.duplicate(where, code, listed[code])
            listed[code] = where
            codes.add(code)
        groups[group] = codes

    raw_aliases = obj.get("aliases")
    if raw_aliases is None:
        raw_aliases = {}
    if not isinstance(raw_aliases, dict):
        r.obj(raw_aliases, "countries.aliases", ())  # fails: not an object
    babel = _babel_index()
    aliases: dict[str, str] = {}
    for alias, value in raw_aliases.items():
        where = f"countries.aliases[{_show(alias)}]"
        code = _country_code(r, r.string(value, where), where)
        key = fold(alias)
        if not key:
            r.empty(where)
        taken = aliases.get(key) or babel.get(key)
        if taken is not None and taken != code:
            r.fail(
                translate("event", "{file}: {field}: {value} already means {other}").format(
                    file=r.file, field=where, value=_show(alias), other=taken
                )
            )
        aliases[key] = code

    countries = tuple(
        Country(
            code=code,
            name=name,
            member=code in groups["members"],
            observer=code in groups["observers"],
            guest=code in groups["guests"],
        )
        for code, name in _babel_countries()
    )
    return countries, aliases


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
