"""What an event is, as the program sees it once its file is read: its names, dates, time
zone, venue, agenda (items, World Café tables, buses), participant categories and
countries (every country Babel knows, in Spanish and English, flagged member, observer or
guest), with the look-ups the desk needs. desk/events/event_file.py reads and validates the file;
desk/events/event.py is where callers import from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from desk.i18n import language
from desk.people.textnorm import fold

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
    # A badge only after an ID check by staff: never at a self-service kiosk.
    id_check: bool = False


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
        return self.country_aliases.get(key) or babel_index().get(key)

    def lookup_category(self, text: str) -> str | None:
        """Category id for an id, a label in either language or an alias (folded)."""
        key = fold(text)
        if not key:
            return None
        return self._index.category_keys.get(key)


# --------------------------------------------------------------------------- countries


@cache
def babel_countries() -> tuple[tuple[str, Text], ...]:
    """(code, names) of every country Babel knows, by code. Built once per process."""
    from babel import Locale  # imported here: Babel's locale data is slow to load

    spanish = Locale("es").territories
    english = Locale("en").territories
    codes = sorted(
        code
        for code in spanish
        if isinstance(code, str)  # Babel types its keys str | int | None
        and len(code) == 2
        and code.isalpha()
        and code not in PSEUDO_TERRITORIES
    )
    return tuple(
        (code, Text(es=spanish[code], en=english.get(code, spanish[code]))) for code in codes
    )


@cache
def babel_codes() -> frozenset[str]:
    return frozenset(code for code, _name in babel_countries())


@cache
def babel_index() -> dict[str, str]:
    """Folded Spanish name, English name and code -> ISO alpha-2."""
    index: dict[str, str] = {}
    for code, name in babel_countries():
        index.setdefault(fold(name.es), code)
        index.setdefault(fold(name.en), code)
    for code, _name in babel_countries():
        index[code.lower()] = code
    return index
