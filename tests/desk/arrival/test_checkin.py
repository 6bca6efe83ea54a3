from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk.arrival import codes
from desk.arrival.checkin import (
    FormError,
    Outcome,
    check_in,
    check_in_participant,
    edit_participant,
    history,
    likely_duplicates,
    register_walk_in,
    void_checkin,
)
from desk.errors import DeskError, ValidationError
from desk.events.event import Event
from desk.people.importing import import_participants
from desk.people.participants import ParticipantInfo, all_participants
from desk.people.search import search
from desk.storage.db import Database
from desk.storage.models import Participant, Record
from tests.factory import Factory


@pytest.fixture
def people(
    db: Database, event: Event, factory: Factory, tmp_path: Path
) -> dict[str, ParticipantInfo]:
    rows = factory.people(8)
    rows[4] = {**rows[4], "mode": "online"}  # Larisa Lara registered online
    with db.write() as session:
        import_participants(
            session, event, factory.write_csv(tmp_path / "l.csv", rows), desk_id=db.desk_id
        )
    with db.read() as session:
        return {p.full_name: p for p in all_participants(session)}


def scan(db: Database, text: str, **kw):  # type: ignore[no-untyped-def]
    with db.write() as session:
        return check_in(session, text, desk_id=db.desk_id, operator="Ana", **kw)


def test_scan_checks_in_then_says_already(db: Database, people: dict[str, ParticipantInfo]) -> None:
    jose = people["José Luis Hernández Núñez"]
    first = scan(db, codes.format_code(jose.code).lower())
    assert first.outcome is Outcome.CHECKED_IN and first.participant.id == jose.id
    again = scan(db, jose.code)
    assert again.outcome is Outcome.ALREADY
    assert (again.at, again.desk_name, again.operator) == (first.at, "Test desk", "Ana")
    with db.read() as session:
        n = session.scalar(select(func.count()).select_from(Record).where(Record.kind == "checkin"))
    assert n == 1


def test_unknown_and_wrong_check_character_are_told_apart(
    db: Database, people: dict[str, ParticipantInfo]
) -> None:
    assert scan(db, codes.generate_code()).outcome is Outcome.UNKNOWN_CODE
    code = people["Ñuño Ibáñez"].code
    wrong = code[:-1] + ("2" if code[-1] != "2" else "3")
    result = scan(db, wrong)
    assert result.outcome is Outcome.BAD_CHECK and result.participant is None


def test_online_registrant_needs_confirmation(
    db: Database, people: dict[str, ParticipantInfo]
) -> None:
    larisa = people["Larisa Lara"]
    assert scan(db, larisa.code).outcome is Outcome.NEEDS_CONFIRMATION
    assert scan(db, larisa.code, confirm_online=True).outcome is Outcome.CHECKED_IN


def test_cancelled_registration_is_not_checked_in(
    db: Database, event: Event, people: dict[str, ParticipantInfo]
) -> None:
    zoe = people["Zoë Ørsted"]
    with db.write() as session:
        edit_participant(session, event, zoe.id, {"status": "cancelled"}, desk_id=db.desk_id)
    assert scan(db, zoe.code).outcome is Outcome.CANCELLED


def test_void_then_check_in_again(
    db: Database, event: Event, people: dict[str, ParticipantInfo]
) -> None:
    nuno = people["Ñuño Ibáñez"]
    scan(db, nuno.code)
    with db.write() as session, pytest.raises(ValidationError):
        void_checkin(session, nuno.id, "  ", desk_id=db.desk_id, operator="Ana")
    with db.write() as session:
        void_checkin(session, nuno.id, "wrong person", desk_id=db.desk_id, operator="Ana")
    with db.read() as session:
        assert search(session, event, "nuno").hits[0].checked_in_at is None
    with db.write() as session, pytest.raises(DeskError, match="not checked in"):
        void_checkin(session, nuno.id, "again", desk_id=db.desk_id, operator="Ana")
    assert scan(db, nuno.code).outcome is Outcome.CHECKED_IN
    with db.read() as session:
        kinds = [(h.kind, h.voided) for h in history(session, event, nuno.id)]
        # Nothing was deleted: the voided check-in is still in the history.
        assert kinds == [("checkin", True), ("void", False), ("checkin", False)]


def test_walk_in_validation_and_duplicates(
    db: Database, event: Event, people: dict[str, ParticipantInfo]
) -> None:
    with db.write() as session, pytest.raises(FormError) as info:
        register_walk_in(
            session,
            event,
            {"given_name": " ", "family_name": "Pérez", "email": "sin-arroba", "category": "mfa"},
            desk_id=db.desk_id,
            operator="Ana",
        )
    assert set(info.value.errors) == {"given_name", "email"}
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Participant)) == 8
        same_name = likely_duplicates(
            session, {"given_name": "jose luis", "family_name": "HERNANDEZ NUNEZ"}
        )
        same_mail = likely_duplicates(
            session, {"given_name": "X", "family_name": "Y", "email": "NUNO.IBANEZ@gmail.com"}
        )
    assert [p.full_name for p in same_name] == ["José Luis Hernández Núñez"]
    assert [p.full_name for p in same_mail] == ["Ñuño Ibáñez"]
    with db.write() as session:
        person, result = register_walk_in(
            session,
            event,
            {
                "given_name": "Íñigo",
                "family_name": "Quiñónez",
                "country": "HN",
                "category": "press",
                "organisation": "La Prensa",
                "email": "",
                "mode": "in_person",
            },
            desk_id=db.desk_id,
            operator="Ana",
        )
    assert person.source == "walk_in" and codes.is_valid(person.code)
    assert result is not None and result.outcome is Outcome.CHECKED_IN
    with db.read() as session:
        assert search(session, event, "quinonez").hits[0].checked_in_at is not None


def test_edit_corrects_a_name_and_search_follows(
    db: Database, event: Event, people: dict[str, ParticipantInfo]
) -> None:
    zoe = people["Zoë Ørsted"]
    with db.write() as session:
        edited = edit_participant(
            session, event, zoe.id, {"family_name": "Ørsted-Lund"}, desk_id=db.desk_id
        )
    assert edited.family_name == "Ørsted-Lund"
    with db.read() as session:
        assert search(session, event, "lund").hits[0].id == zoe.id
    with db.write() as session, pytest.raises(FormError):
        edit_participant(session, event, zoe.id, {"country": "XX"}, desk_id=db.desk_id)


def test_check_in_by_id(db: Database, people: dict[str, ParticipantInfo]) -> None:
    with db.write() as session:
        result = check_in_participant(
            session,
            people["Larisa Lara"].id,
            desk_id=db.desk_id,
            operator="Ana",
            confirm_online=True,
        )
    assert result.ok
