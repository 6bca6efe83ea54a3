from __future__ import annotations

import pytest

from desk.arrival.checkin import register_walk_in
from desk.events.event import Event, default_event
from desk.people.importing import import_participants
from desk.people.search import search
from desk.storage.db import Database
from tests.factory import Factory


@pytest.fixture
def filled(db: Database, event: Event, factory: Factory, tmp_path) -> Database:  # type: ignore[no-untyped-def]
    path = factory.write_csv(tmp_path / "list.csv", factory.people(60))
    with db.write() as session:
        import_participants(session, event, path, desk_id=db.desk_id)
    return db


def names(db: Database, query: str) -> list[str]:
    with db.read() as session:
        return [p.full_name for p in search(session, default_event(), query).hits]


def test_accents_and_case_are_optional(filled: Database) -> None:
    assert "José Luis Hernández Núñez" in names(filled, "hernandez")
    assert "José Luis Hernández Núñez" in names(filled, "HERNÁNDEZ")
    assert "José Luis Hernández Núñez" in names(filled, "nunez")
    assert "Ñuño Ibáñez" in names(filled, "nuno ibanez")
    assert "Zoë Ørsted" in names(filled, "orsted")
    assert "Zoë Ørsted" in names(filled, "zoe")


def test_any_word_and_prefix(filled: Database) -> None:
    assert "María de los Ángeles Peña de la O" in names(filled, "angeles")
    assert "María de los Ángeles Peña de la O" in names(filled, "pen ang")
    assert "José Luis Hernández Núñez" in names(filled, "jos hern")


def test_organisation_email_and_country_in_both_languages(filled: Database) -> None:
    assert "Ñuño Ibáñez" in names(filled, "guatemaltecos")
    assert "Larisa Lara" in names(filled, "llara@iom")
    assert "Zoë Ørsted" in names(filled, "canada")
    assert "María de los Ángeles Peña de la O" in names(filled, "méxico")
    assert "María de los Ángeles Peña de la O" in names(filled, "mexico")


def test_all_words_must_match(filled: Database) -> None:
    assert names(filled, "ibanez zzzz") == []


def test_best_matches_first(filled: Database) -> None:
    # Her family name is exactly "Lara": she comes before people with "lara" elsewhere.
    assert names(filled, "lara")[0] == "Larisa Lara"


def test_empty_query_lists_everyone_by_family_name(filled: Database) -> None:
    with filled.read() as session:
        result = search(session, default_event(), "   ", limit=10)
    assert result.total == 60
    assert len(result.hits) == 10


def test_total_counts_beyond_the_limit(filled: Database) -> None:
    with filled.read() as session:
        result = search(session, default_event(), "a", limit=3)
    assert len(result.hits) == 3
    assert result.total > 3


def test_a_family_name_starting_with_the_term_comes_first(db: Database, event: Event) -> None:
    people = [
        ("Nicolás Josué", "Dellano Núñez"),
        ("Ana", "Núñez"),
        ("Beatriz", "Núñez García"),
        ("Núñez", "Pérez"),  # Núñez as a given name
        ("Carla", "Nuñezca"),  # a family name that only starts with "nunez"
        ("Zoila", "Aguilar"),
    ]
    with db.write() as session:
        for given, family in people:
            register_walk_in(
                session,
                event,
                {"given_name": given, "family_name": family, "category": "mfa"},
                desk_id=db.desk_id,
                operator="Ana",
                check_in_now=False,
            )
    assert names(db, "nunez") == [
        "Ana Núñez",
        "Beatriz Núñez García",
        "Nicolás Josué Dellano Núñez",
        "Núñez Pérez",
        "Carla Nuñezca",
    ]
    # A prefix: family names starting with it first, in family-name order.
    assert names(db, "nun") == [
        "Ana Núñez",
        "Beatriz Núñez García",
        "Carla Nuñezca",
        "Nicolás Josué Dellano Núñez",
        "Núñez Pérez",
    ]
    assert names(db, "nunez garcia") == ["Beatriz Núñez García"]
