"""Reading an event file (``resources/events/*.json``, format 1) and validating it whole:
every problem raises :class:`EventFileError` whose message names the file and the field,
e.g. ``rcm.json: agenda[3].end: "10:1" is not a time (HH:MM)``. Keys that start with ``_``
(``"_comment": "..."``) are ignored, so editors can leave notes. Countries come from Babel:
the file only flags the member, observer and guest countries and adds the extra spellings
that online registration forms produce. What the file becomes is in desk/events/event_model.py."""

from __future__ import annotations

import difflib
import json
import math
import re
from collections.abc import Iterable
from datetime import date, time
from pathlib import Path
from typing import Any, NoReturn
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desk.errors import EventFileError
from desk.events.event_model import (
    KIND_BREAK,
    KIND_MEAL,
    KINDS,
    AgendaItem,
    Category,
    Country,
    Event,
    Table,
    Text,
    babel_codes,
    babel_countries,
    babel_index,
)
from desk.i18n import translate
from desk.people.textnorm import fold

FORMAT = 1

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
_CATEGORY_KEYS = ("id", "label", "colour", "aliases", "share", "id_check")
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

    def filled_list(self, data: dict[str, Any], key: str) -> list[Any]:
        """A top-level list that must be there and hold something."""
        found = self.items(data, key, "", required=True)
        if not found:
            self.empty(key)
        return found

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

    def unique_id(self, data: dict[str, Any], where: str, seen: dict[str, str]) -> str:
        """``data``'s ``id``, used once only among ``seen`` (id → where it stands), which
        it joins."""
        value = self.slug(data, "id", where)
        if value in seen:
            self.duplicate(f"{where}.id", value, seen[value])
        seen[value] = f"{where}.id"
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
    if code not in babel_codes():
        r.fail(
            translate("event", "{file}: {field}: {value} is not a known ISO country code").format(
                file=r.file, field=where, value=_show(value)
            )
        )
    return code


def _agenda(r: _Reader, data: dict[str, Any], first: date, last: date) -> tuple[AgendaItem, ...]:
    raw = r.filled_list(data, "agenda")
    seen: dict[str, str] = {}
    result: list[AgendaItem] = []
    for n, value in enumerate(raw):
        where = f"agenda[{n}]"
        obj = r.obj(value, where, _ITEM_KEYS)
        item_id = r.unique_id(obj, where, seen)
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
        table_id = r.unique_id(table, path, seen)
        result.append(Table(id=table_id, title=r.text(table, "title", path)))
    return tuple(result)


def _categories(r: _Reader, data: dict[str, Any]) -> tuple[Category, ...]:
    raw = r.filled_list(data, "categories")
    seen: dict[str, str] = {}
    keys: dict[str, tuple[str, str]] = {}  # folded name -> (category id, where)
    result: list[Category] = []
    for n, value in enumerate(raw):
        where = f"categories[{n}]"
        obj = r.obj(value, where, _CATEGORY_KEYS)
        category_id = r.unique_id(obj, where, seen)
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
                id=category_id,
                label=label,
                colour=colour.upper(),
                aliases=aliases,
                share=share,
                id_check=r.flag(obj, "id_check", where, default=False),
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
    babel = babel_index()
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
        for code, name in babel_countries()
    )
    return countries, aliases
