from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk.arrival.checkin import check_in, check_in_participant, register_walk_in
from desk.doors.attendance import attendance, scan
from desk.doors.tally import Tally
from desk.errors import DeskError
from desk.events.event import Event
from desk.people.merging import duplicate_pairs, merge_people, propagate_merges
from desk.people.participants import all_participants, counts
from desk.people.search import search
from desk.storage.db import Database
from desk.storage.models import Participant, Record
from tests.factory import Factory


def test_merging_keeps_every_record_and_counts_the_person_once(
    db: Database, event: Event, factory: Factory
) -> None:
    factory.add(db, 5)
    with db.read() as session:
        pre = all_participants(session)[0]
    t0 = datetime(2022, 5, 23, 8, 30, tzinfo=event.tz)
    with db.write() as session:  # the desk could not find them and registered a walk-in
        walk_in = register_walk_in(
            session,
            event,
            {
                "given_name": pre.given_name,
                "family_name": pre.family_name,
                "country": pre.country,
                "category": pre.category,
                "email": "",
            },
            desk_id=db.desk_id,
            operator="Ana",
            now=t0,
        )[0]
        scan(
            session,
            event,
            "d1-welcome",
            pre.code,
            desk_id=db.desk_id,
            operator="Luis",
            now=t0 + timedelta(minutes=40),
        )
        scan(
            session,
            event,
            "d1-welcome",
            walk_in.code,
            desk_id=db.desk_id,
            operator="Luis",
            now=t0 + timedelta(minutes=45),
        )
    with db.read() as session:
        before = counts(session)
        records_before = session.scalar(select(func.count()).select_from(Record))
        assert attendance(session, event, "d1-welcome")[0].count == 2  # seen as two people
        pairs = duplicate_pairs(session)
    assert [({a.id, b.id}, m.reason) for a, b, m in pairs] == [({pre.id, walk_in.id}, "same_name")]

    with db.write() as session:
        result = merge_people(
            session, event, walk_in.id, pre.id, desk_id=db.desk_id, operator="Supervisora"
        )
    assert result.kept.id == walk_in.id and result.records_copied == 1
    assert set(result.filled) >= {"email", "phone"}  # the walk-in had none: taken over
    assert result.kept.email == pre.email
    with db.read() as session:
        after = counts(session)
        assert session.scalar(select(func.count()).select_from(Record)) == (
            records_before + 2  # the merge record and the copy of the door scan
        )
        welcome = attendance(session, event, "d1-welcome")[0]
        ids = {p.id for p in all_participants(session)}
        found = search(session, event, pre.family_name).hits
        tally = Tally(event).update(session)
        assert tally.counts == after and tally.items == attendance(session, event)
    assert welcome.count == 1 and welcome.inside == 1  # one person, inside
    assert after.registered == before.registered - 1
    assert after.checked_in == before.checked_in  # the walk-in's check-in stands
    assert pre.id not in ids and walk_in.id in ids
    assert [p.id for p in found if p.family_name == pre.family_name] == [walk_in.id]

    # The pre-registered badge now finds the person kept.
    with db.write() as session:
        again = check_in(session, pre.code, desk_id=db.desk_id, operator="Ana")
    assert again.participant.id == walk_in.id and again.outcome.value == "already"
    with db.write() as session:  # copying again (after a sync) adds nothing
        assert propagate_merges(session, event) == 0


def test_a_merge_is_refused_when_it_makes_no_sense(
    db: Database, event: Event, factory: Factory
) -> None:
    factory.add(db, 3)
    with db.read() as session:
        a, b, c = all_participants(session)
    with pytest.raises(DeskError, match="two different"), db.write() as session:
        merge_people(session, event, a.id, a.id, desk_id=db.desk_id, operator="x")
    with db.write() as session:
        merge_people(session, event, a.id, b.id, desk_id=db.desk_id, operator="x")
    with pytest.raises(DeskError, match="already merged"), db.write() as session:
        merge_people(session, event, c.id, b.id, desk_id=db.desk_id, operator="x")


def test_voided_check_ins_stay_voided_on_the_copy(
    db: Database, event: Event, factory: Factory
) -> None:
    from desk.arrival.checkin import void_checkin

    factory.add(db, 2)
    with db.read() as session:
        a, b = all_participants(session)
    with db.write() as session:
        check_in_participant(session, b.id, desk_id=db.desk_id, operator="x", confirm_online=True)
        void_checkin(session, b.id, "wrong person", desk_id=db.desk_id, operator="x")
        merge_people(session, event, a.id, b.id, desk_id=db.desk_id, operator="x")
    with db.read() as session:
        assert counts(session).checked_in == 0
        assert Tally(event).update(session).counts.checked_in == 0


def test_two_desks_merging_each_way_agree_after_a_sync(
    tmp_path,
    event: Event,
    factory: Factory,  # type: ignore[no-untyped-def]
) -> None:
    from desk.deskfiles.sync import import_desk_files
    from desk.deskfiles.sync_file import export_desk_file

    one = Database(tmp_path / "one.sqlite3", desk_name="Mesa 1")
    one.bind_event(event.id)
    factory.add(one, 4)
    export_desk_file(one, event, tmp_path / "one.desk")
    two = Database(tmp_path / "two.sqlite3", desk_name="Mesa 2")
    import_desk_files(two, event, [tmp_path / "one.desk"])
    with one.read() as session:
        a, b = all_participants(session)[:2]
    for db, keep, absorb in ((one, a, b), (two, b, a)):  # apart: each way round
        with db.write() as session:
            check_in_participant(
                session, absorb.id, desk_id=db.desk_id, operator="x", confirm_online=True
            )
            merge_people(session, event, keep.id, absorb.id, desk_id=db.desk_id, operator="x")
    export_desk_file(one, event, tmp_path / "one.desk")
    export_desk_file(two, event, tmp_path / "two.desk")
    import_desk_files(one, event, [tmp_path / "two.desk"])
    import_desk_files(two, event, [tmp_path / "one.desk"])
    seen = []
    for db in (one, two):
        with db.read() as session:
            ids = sorted(p.id for p in all_participants(session))
            seen.append((ids, counts(session), sorted(session.scalars(select(Record.id)))))
            assert min(a.id, b.id) in ids and max(a.id, b.id) not in ids
            assert counts(session).checked_in == 1
            assert search(session, event, a.family_name).hits  # findable again
    assert seen[0] == seen[1]
    one.close()
    two.close()


def test_duplicate_pairs_lists_the_likely_pairs_with_their_reasons(
    db: Database, event: Event
) -> None:
    people = [
        ("Nicolás Josué", "Dellano Núñez", "SV", "nicolas.dellano@rree.gob.sv", ""),
        ("Nicolas", "Dellano Nunez", "SV", "", ""),  # a walk-in: no second given name
        ("Rosa Elena", "Portal Cañas", "GT", "", "+502 5555 1234"),
        ("Rossa Elena", "Portal", "HN", "", ""),  # a typo, no second family name
        ("Marta", "Quiñónez", None, "", "5555-1234"),  # Rosa's phone, without the prefix
        ("Ana", "López García", "MX", "", ""),
        ("Pedro", "López García", "MX", "", ""),  # her brother
        ("Ada", "Gómez", "MX", "", ""),
    ]
    ids = []
    with db.write() as session:
        for given, family, country, email, phone in people:
            person, _ = register_walk_in(
                session,
                event,
                {
                    "given_name": given,
                    "family_name": family,
                    "country": country,
                    "email": email,
                    "phone": phone,
                    "category": "guest",
                },
                desk_id=db.desk_id,
                operator="Ana",
                check_in_now=False,
            )
            ids.append(person.id)
    with db.read() as session:
        pairs = duplicate_pairs(session)
    found = {(a.id, b.id): m for a, b, m in pairs}
    assert set(found) == {(ids[0], ids[1]), (ids[2], ids[3]), (ids[2], ids[4])}
    assert found[(ids[0], ids[1])].codes == ("missing_given", "same_country")
    assert found[(ids[0], ids[1])].text() == "Without the given name «Josué»; same country"
    assert found[(ids[2], ids[3])].codes == ("missing_family", "typo")  # the country differs
    assert found[(ids[2], ids[3])].text() == (
        "Without the family name «Cañas»; one letter differs: «Rosa» / «Rossa»"
    )
    assert found[(ids[2], ids[4])].reason == "phone"
    scores = [m.score for _, _, m in pairs]
    assert scores == sorted(scores, reverse=True)


def test_merging_combines_extra_fields_and_the_dietary_need(
    db: Database, event: Event, factory: Factory, tmp_path: Path
) -> None:
    from desk.people.importing import import_participants

    headers = ("Nombre(s)", "Apellido(s)", "Correo electrónico", "Dieta", "Idioma", "Talla")
    rows = [
        ("Nicolás Josué", "Dellano Núñez", "nd@rree.gob.sv", "", "Español", "M"),
        ("Nicolas", "Dellano Nunez", "nico@gmail.com", "Vegetariana", "Inglés", "L"),
    ]
    path = factory.write_csv(tmp_path / "l.csv", rows=rows, headers=headers)
    with db.write() as session:
        import_participants(session, event, path, desk_id=db.desk_id)
    with db.read() as session:
        people = {p.email: p for p in all_participants(session)}
    keep, absorb = people["nd@rree.gob.sv"], people["nico@gmail.com"]
    assert keep.extra == {"Idioma": "Español", "Talla": "M"}
    with db.write() as session:
        result = merge_people(session, event, keep.id, absorb.id, desk_id=db.desk_id, operator="x")
    assert "extra" in result.filled
    # the kept person's values win; the diet they lacked comes from the other registration
    assert result.kept.extra == {"Idioma": "Español", "Talla": "M", "Dieta": "Vegetariana"}
    with db.read() as session:
        stored = session.get(Participant, keep.id)
        assert stored is not None and stored.dietary == "Vegetariana"
        assert [p.id for p in search(session, event, "vegetariana").hits] == [keep.id]


def test_merging_changes_no_extra_field_the_kept_person_has(
    db: Database, event: Event, factory: Factory, tmp_path: Path
) -> None:
    from desk.people.importing import import_participants

    headers = ("Nombre(s)", "Apellido(s)", "Correo electrónico", "Dieta")
    rows = [("Ana", "López", "a@x.org", "Sin gluten"), ("Ana", "Lopez", "b@x.org", "Vegana")]
    path = factory.write_csv(tmp_path / "l.csv", rows=rows, headers=headers)
    with db.write() as session:
        import_participants(session, event, path, desk_id=db.desk_id)
    with db.read() as session:
        people = {p.email: p for p in all_participants(session)}
    with db.write() as session:
        result = merge_people(
            session,
            event,
            people["a@x.org"].id,
            people["b@x.org"].id,
            desk_id=db.desk_id,
            operator="x",
        )
    assert "extra" not in result.filled
    assert result.kept.extra == {"Dieta": "Sin gluten"}
