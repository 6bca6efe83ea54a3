"""desk/events/event.py: the embedded RCM 2022 forum file and the validation of event files."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from desk.errors import EventFileError
from desk.events.event import (
    DEFAULT_EVENT_FILE,
    KINDS,
    Event,
    agenda_for_display,
    current_item,
    default_event,
    load_event,
)
from desk.people.textnorm import fold, words
from desk.storage import paths

DAY1 = date(2022, 5, 23)
DAY2 = date(2022, 5, 24)

# (id, day, start, end, kind) of every item of the concept note's agenda, in order.
CONCEPT_NOTE_AGENDA = [
    ("d1-welcome", DAY1, "09:00", "09:15", "plenary"),
    ("d1-linkage", DAY1, "09:15", "10:15", "presentations"),
    ("d1-qa1", DAY1, "10:15", "10:30", "qa"),
    ("d1-recess1", DAY1, "10:30", "10:45", "break"),
    ("d1-panel-trust", DAY1, "10:45", "11:45", "panel"),
    ("d1-qa2", DAY1, "11:45", "12:00", "qa"),
    ("d1-lunch", DAY1, "12:00", "13:30", "meal"),
    ("d1-beyond-remittances", DAY1, "13:30", "14:00", "presentations"),
    ("d1-qa3", DAY1, "14:00", "14:15", "qa"),
    ("d1-world-cafe", DAY1, "14:15", "15:15", "world_cafe"),
    ("d1-recess2", DAY1, "15:15", "15:30", "break"),
    ("d1-regional-vision", DAY1, "15:30", "16:30", "panel"),
    ("d1-qa4", DAY1, "16:30", "16:50", "qa"),
    ("d1-closing", DAY1, "16:50", "17:00", "plenary"),
    ("d2-field-visit", DAY2, "08:00", "16:00", "field_visit"),
]


@pytest.fixture(scope="module")
def event() -> Event:
    return default_event()


@pytest.fixture(scope="module")
def source() -> dict[str, Any]:
    path = paths.events_dir() / DEFAULT_EVENT_FILE
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


# --------------------------------------------------------------------------- default event


def test_default_event_loads(event: Event) -> None:
    assert event.id == "rcm-2022-diaspora-forum"
    assert event.path.name == DEFAULT_EVENT_FILE
    assert event.start_date == DAY1
    assert event.end_date == DAY2
    assert event.days == (DAY1, DAY2)
    assert event.timezone == "America/El_Salvador"
    assert str(event.tz) == "America/El_Salvador"
    assert event.host_country == "SV"
    assert event.city == "San Salvador"
    assert event.hybrid is True
    assert event.short_name.get("es") == "Foro de Diásporas CRM 2022"
    assert event.short_name.get("en") == "RCM 2022 Diaspora Forum"
    assert event.name.get("fr") == event.name.es  # unknown language falls back to Spanish
    assert event.name.es.startswith("Foro para la promoción")
    assert default_event() is event  # cached


def test_every_concept_note_item_with_its_times(event: Event) -> None:
    found = [
        (i.id, i.day, i.start.strftime("%H:%M"), i.end.strftime("%H:%M"), i.kind)
        for i in event.agenda
    ]
    assert found == CONCEPT_NOTE_AGENDA
    for item in event.agenda:
        assert item.kind in KINDS
        assert item.title.es and item.title.en
        assert item.attendance is True
        assert item.catering is (item.kind in ("break", "meal"))


def test_agenda_details(event: Event) -> None:
    welcome = event.item("d1-welcome")
    assert welcome.facilitator == "RCM Executive Secretariat"
    assert welcome.speakers[0].startswith("Cindy Mariella Portal, Vice-Minister of Diaspora")
    assert welcome.speakers[1].startswith("Michele Klein-Solomon")
    assert welcome.title.en == "Welcome remarks"
    assert len(event.item("d1-linkage").speakers) == 3
    assert event.item("d1-panel-trust").facilitator == "PPT"
    assert event.item("d1-regional-vision").facilitator == "Larisa Lara, IOM"
    assert len(event.item("d1-regional-vision").speakers) == 3
    assert event.item("d1-qa4").facilitator is None
    assert event.item("d1-closing").title.en == "Closing of session 1"
    visit = event.item("d2-field-visit")
    assert visit.places == ("El Piche", "Intipucá")
    assert visit.facilitator is None
    with pytest.raises(KeyError):
        event.item("nope")


def test_world_cafe_has_two_tables(event: Event) -> None:
    cafe = event.item("d1-world-cafe")
    assert [t.id for t in cafe.tables] == ["origin", "destination-transit"]
    assert cafe.tables[0].title.es == "En países de origen"
    assert cafe.tables[0].title.en == "In countries of origin"
    assert "transit" in cafe.tables[1].title.en
    assert "tránsito" in cafe.tables[1].title.es


def test_items_are_aware_in_the_event_time_zone(event: Event) -> None:
    welcome = event.item("d1-welcome")
    # El Salvador is UTC-6 all year.
    assert welcome.starts_at(event.tz).astimezone(UTC) == datetime(2022, 5, 23, 15, 0, tzinfo=UTC)
    assert welcome.ends_at(event.tz).astimezone(UTC) == datetime(2022, 5, 23, 15, 15, tzinfo=UTC)


def test_agenda_on_and_display(event: Event) -> None:
    assert len(event.agenda_on(DAY1)) == 14
    assert [i.id for i in event.agenda_on(DAY2)] == ["d2-field-visit"]
    assert event.agenda_on(date(2022, 5, 25)) == ()
    assert agenda_for_display(event, DAY2) == (DAY2, event.agenda_on(DAY2))
    assert agenda_for_display(event, date(2022, 5, 1))[0] == DAY1
    assert agenda_for_display(event, date(2023, 1, 1))[0] == DAY1


def test_categories(event: Event) -> None:
    ids = {c.id for c in event.categories}
    assert {
        "mfa",
        "diaspora_agency",
        "sv_institution",
        "observer",
        "rncom",
        "diaspora_org",
        "speaker",
        "iom",
        "secretariat",
        "press",
        "staff",
        "guest",
    } <= ids
    assert event.default_category == "guest"
    assert event.category("guest").label.en == "Guest"
    assert len({c.colour for c in event.categories}) == len(event.categories)
    assert sum(c.share for c in event.categories) == pytest.approx(1.0)
    # Government delegations get their badge after an ID check (never at a kiosk).
    assert {c.id for c in event.categories if c.id_check} == {"mfa", "diaspora_agency"}
    with pytest.raises(KeyError):
        event.category("nope")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mfa", "mfa"),
        ("Cancillería", "mfa"),
        ("cancilleria", "mfa"),
        ("MINISTERIO DE RELACIONES EXTERIORES", "mfa"),
        ("Foreign Ministry", "mfa"),
        ("MRREE", "mfa"),
        ("Foreign Ministry delegate", "mfa"),
        ("Prensa", "press"),
        ("press", "press"),
        ("Personal de organización", "staff"),
        ("OIM", "iom"),
        ("IOM", "iom"),
        ("Organización de la diáspora", "diaspora_org"),
        ("Diaspora organisation", "diaspora_org"),
        ("RNCOM", "rncom"),
        ("Red Regional de Organizaciones Civiles para las Migraciones", "rncom"),
        ("Secretaría Técnica de la CRM", "secretariat"),
        ("  ponente ", "speaker"),
        ("Otro invitado", "guest"),
        ("nobody knows", None),
        ("", None),
    ],
)
def test_lookup_category(event: Event, text: str, expected: str | None) -> None:
    assert event.lookup_category(text) == expected


def test_members_are_flagged(event: Event) -> None:
    members = {"BZ", "CA", "CR", "DO", "SV", "GT", "HN", "MX", "NI", "PA", "US"}
    assert {c.code for c in event.members} == members
    assert {c.code for c in event.countries if c.member} == members
    assert {c.code for c in event.countries if c.observer} == {"AR", "CO", "EC", "JM", "PE"}
    assert {c.code for c in event.countries if c.guest} == {"CL"}
    assert not event.country("FR").member
    assert len(event.countries) > 240  # every country of the world, from Babel
    assert not {"ZZ", "EU", "EZ", "UN", "QO", "XA", "XB"} & {c.code for c in event.countries}
    with pytest.raises(KeyError):
        event.country("ZZ")


def test_jamaica_and_chile_have_names_in_both_languages(event: Event) -> None:
    jamaica = event.country("JM")
    assert (jamaica.name.es, jamaica.name.en) == ("Jamaica", "Jamaica")
    assert jamaica.observer
    chile = event.country("cl")
    assert (chile.name.es, chile.name.en) == ("Chile", "Chile")
    assert chile.guest
    assert event.country("MX").name.es == "México"
    assert event.country("MX").name.en == "Mexico"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EE. UU.", "US"),
        ("usa", "US"),
        ("U.S.A.", "US"),
        ("Estados Unidos", "US"),
        ("Estados Unidos de América", "US"),
        ("United States", "US"),
        ("RD", "DO"),
        ("Dominican Republic", "DO"),
        ("Republica Dominicana", "DO"),
        ("República  Dominicana ", "DO"),
        ("Mexico", "MX"),
        ("méxico", "MX"),
        ("MEX", "MX"),
        ("El Salvador", "SV"),
        ("el salvador", "SV"),
        ("SLV", "SV"),
        ("SV", "SV"),
        ("sv", "SV"),
        ("Jamaica", "JM"),
        ("Chile", "CL"),
        ("UK", "GB"),
        ("Reino Unido", "GB"),
        ("France", "FR"),
        ("Alemania", "DE"),
        ("Atlantis", None),
        ("", None),
        ("  ", None),
    ],
)
def test_lookup_country(event: Event, text: str, expected: str | None) -> None:
    assert event.lookup_country(text) == expected


# --------------------------------------------------------------------------- current item


@pytest.mark.parametrize(
    ("local", "expected"),
    [
        (datetime(2022, 5, 23, 9, 0), "d1-welcome"),
        (datetime(2022, 5, 23, 10, 20), "d1-qa1"),
        (datetime(2022, 5, 23, 12, 30), "d1-lunch"),
        (datetime(2022, 5, 23, 16, 59), "d1-closing"),
        (datetime(2022, 5, 24, 10, 0), "d2-field-visit"),
        (datetime(2022, 5, 23, 18, 0), None),
        (datetime(2022, 5, 23, 17, 0), None),
        (datetime(2022, 5, 22, 10, 20), None),
    ],
)
def test_current_item(event: Event, local: datetime, expected: str | None) -> None:
    aware = local.replace(tzinfo=event.tz)
    for now in (aware, aware.astimezone(UTC), local):
        item = current_item(event, now)
        assert (item.id if item else None) == expected


# --------------------------------------------------------------------------- malformed files


def write(tmp_path: Path, data: Any, name: str = "rcm.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


Mutation = Callable[[dict[str, Any]], None]


def _delete_name_en(d: dict[str, Any]) -> None:
    del d["name"]["en"]


def _set(path: list[str | int], value: Any) -> Mutation:
    def mutate(d: dict[str, Any]) -> None:
        target: Any = d
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return mutate


def _duplicate_agenda_id(d: dict[str, Any]) -> None:
    d["agenda"][4]["id"] = d["agenda"][1]["id"]


def _duplicate_category_id(d: dict[str, Any]) -> None:
    d["categories"][2]["id"] = "mfa"


def _delete_label_en(d: dict[str, Any]) -> None:
    del d["categories"][2]["label"]["en"]


def _misspelt_field(d: dict[str, Any]) -> None:
    d["categories"][0]["color"] = d["categories"][0].pop("colour")


def _alias_of_other_country(d: dict[str, Any]) -> None:
    d["countries"]["aliases"]["Dominica"] = "DO"


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (_delete_name_en, "rcm.json: name.en is missing"),
        (_set(["agenda", 3, "end"], "10:1"), 'rcm.json: agenda[3].end: "10:1" is not a time'),
        (_set(["agenda", 3, "start"], "25:00"), "agenda[3].start"),
        (_set(["agenda", 3, "end"], "10:00"), "rcm.json: agenda[3].end"),
        (_set(["agenda", 2, "end"], "10:15"), "agenda[2].end"),  # end == start
        (_set(["agenda", 5, "kind"], "karaoke"), 'agenda[5].kind: "karaoke"'),
        (_set(["agenda", 5, "day"], "2022-05-25"), "agenda[5].day"),
        (_set(["agenda", 5, "day"], "23/05/2022"), "agenda[5].day"),
        (_set(["agenda", 5, "attendance"], "yes"), "agenda[5].attendance"),
        (_set(["agenda", 5, "speakers"], "Somebody"), "agenda[5].speakers"),
        (_set(["agenda", 9, "tables", 1, "id"], "origin"), "agenda[9].tables[1].id"),
        (_set(["agenda", 0, "title"], "Welcome"), "agenda[0].title"),
        (_duplicate_agenda_id, "agenda[4].id"),
        (_duplicate_category_id, "categories[2].id"),
        (_delete_label_en, "rcm.json: categories[2].label.en is missing"),
        (_set(["categories", 1, "colour"], "green"), 'categories[1].colour: "green"'),
        (_set(["categories", 1, "colour"], "#12345"), "categories[1].colour"),
        (_set(["categories", 1, "share"], 0.9), "categories"),
        (_set(["categories", 1, "id_check"], "yes"), "categories[1].id_check"),
        (_set(["categories", 1, "aliases", 0], "Prensa"), "categories[1].aliases[0]"),
        (_misspelt_field, "categories[0].color: unknown field (did you mean colour?)"),
        (_set(["default_category"], "vip"), "default_category"),
        (_set(["countries", "members", 2], "XX"), 'countries.members[2]: "XX"'),
        (_set(["countries", "observers", 0], "US"), "countries.observers[0]"),
        (_set(["countries", "aliases", "Narnia"], "NN"), "countries.aliases"),
        (_alias_of_other_country, 'countries.aliases["Dominica"]'),
        (_set(["country"], "ZZ"), "country"),
        (_set(["timezone"], "America/San_Salvador"), "timezone"),
        (_set(["start_date"], "2022-05-32"), "start_date"),
        (_set(["end_date"], "2022-05-20"), "end_date"),
        (_set(["format"], 2), "format"),
        (_set(["hybrid"], "true"), "hybrid"),
        (_set(["id"], "RCM 2022"), "id"),
    ],
)
def test_malformed_files_name_the_field(
    tmp_path: Path, source: dict[str, Any], mutate: Mutation, expected: str
) -> None:
    data = copy.deepcopy(source)
    mutate(data)
    with pytest.raises(EventFileError) as caught:
        load_event(write(tmp_path, data))
    assert expected in str(caught.value)
    assert str(caught.value).startswith("rcm.json: ")


def test_the_unmodified_copy_loads(tmp_path: Path, source: dict[str, Any]) -> None:
    loaded = load_event(write(tmp_path, source, name="copy.json"))
    assert loaded.agenda == default_event().agenda
    assert loaded.categories == default_event().categories


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(EventFileError, match=r"not found: .*nowhere\.json"):
        load_event(tmp_path / "nowhere.json")


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "folder.json"
    folder.mkdir()
    with pytest.raises(EventFileError, match=r"folder\.json: cannot be read"):
        load_event(folder)


def test_invalid_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "rcm.json"
    path.write_text('{\n  "format": 1,\n  "id": "x",,\n}\n', encoding="utf-8")
    with pytest.raises(EventFileError, match=r"rcm\.json: line 3, column \d+"):
        load_event(path)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "line 1, column 1"),
        (b"[1, 2]", "rcm.json"),
        (b'{"format": 1, "format": 1}', '"format" appears twice'),
        (b"\xff\xfe{}", "UTF-8"),
        (b"[" * 100_000, "rcm.json"),
        (b"{}", "format is missing"),
    ],
)
def test_garbage_gives_an_event_file_error(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "rcm.json"
    path.write_bytes(content)
    with pytest.raises(EventFileError) as caught:
        load_event(path)
    assert expected in str(caught.value)


def test_optional_agenda_fields_and_comments(tmp_path: Path, source: dict[str, Any]) -> None:
    data = copy.deepcopy(source)
    data["_comment"] = "notes for editors are ignored"
    item = data["agenda"][3]  # a recess
    for key in ("attendance", "catering", "facilitator", "speakers"):
        del item[key]
    loaded = load_event(write(tmp_path, data))
    recess = loaded.item(item["id"])
    assert (recess.attendance, recess.catering, recess.facilitator, recess.speakers) == (
        True,
        True,
        None,
        (),
    )


# --------------------------------------------------------------------------- textnorm


def test_fold() -> None:
    assert fold("Ñuño Ibáñez-Ørsted") == "nuno ibanez orsted"
    assert fold("  María   José  ") == "maria jose"
    assert fold("Łódź Straße Æsir Œuvre Đorđe Þór İstanbul ıı") == (
        "lodz strasse aesir oeuvre dorde thor istanbul ii"
    )
    assert fold("O'Neil_Smith") == "o neil smith"
    assert fold("EE. UU.") == "ee uu"
    assert fold("---") == ""
    assert fold("ﬁancé №5") == "fiance no5"
    assert words("  María-José  O'Neil") == ["maria", "jose", "o", "neil"]


def test_time_zone_label_for_people() -> None:
    from dataclasses import replace

    from desk.events.display import utc_offset, zone_label

    event = default_event()
    assert zone_label(event, "en") == "El Salvador time (UTC−6)"
    assert "America/El_Salvador" not in zone_label(event, "es")
    assert "UTC−6" in zone_label(event, "es")  # a real minus sign
    other = replace(event, timezone="America/Lima")
    assert zone_label(other, "en") == "Lima time (UTC−5)"  # the city of any other zone
    madrid = replace(event, timezone="Europe/Madrid")
    assert zone_label(madrid, "en") == "Madrid time (UTC+2)"  # summer time in May
    assert utc_offset(None) == "UTC"
    from datetime import timedelta

    assert utc_offset(timedelta(hours=5, minutes=30)) == "UTC+5:30"
    assert utc_offset(timedelta(hours=-3, minutes=-30)) == "UTC−3:30"


def test_moments_as_people_say_them() -> None:
    from desk import i18n
    from desk.events.display import day_heading, moment_label

    event = default_event()
    now = datetime(2022, 5, 24, 15, 0, tzinfo=UTC)  # 09:00 on day 2 in San Salvador
    before = i18n.language()
    i18n.set_language("en")
    try:
        assert moment_label(event, datetime(2022, 5, 24, 14, 45, tzinfo=UTC), now) == "today 08:45"
        assert moment_label(event, datetime(2022, 5, 23, 23, 10, tzinfo=UTC), now) == (
            "yesterday 17:10"
        )
        older = datetime(2022, 5, 20, 14, 45, tzinfo=UTC)
        assert moment_label(event, older, now) == "May 20 08:45"
        i18n.set_language("es")
        assert moment_label(event, older, now) == "20/05 08:45"
        assert day_heading(DAY1, "es") == "lunes, 23 de mayo"
        assert day_heading(DAY2, "en", today=DAY2) == "Today — Tuesday, May 24"
    finally:
        i18n.set_language(before)
