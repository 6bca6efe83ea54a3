"""Desk files: written whole, verified before anything changes, merged so that every desk
ends with the same people, records and counts whatever the order of imports."""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import random
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desk.arrival.checkin import (
    check_in_participant,
    edit_participant,
    register_walk_in,
    void_checkin,
)
from desk.cli_text import cmd_sync_export, cmd_sync_import
from desk.deskfiles.sync import import_desk_files
from desk.deskfiles.sync_file import FORMAT, VERSION, export_desk_file, read_desk_file
from desk.doors.attendance import IN, OUT, attendance, scan
from desk.errors import DeskError
from desk.events.event import Event, default_event
from desk.people.merging import merge_people
from desk.people.participants import all_participants, counts
from desk.storage.db import Database
from desk.storage.models import Desk, Participant, ParticipantWord, Record
from tests.factory import Factory

EVENT = default_event()
ITEMS = ["d1-welcome", "d1-lunch", "d2-field-visit"]


def new_desk(folder: Path, name: str, *, bind: bool = True) -> Database:
    db = Database(folder / f"{name.replace(' ', '-').lower()}.sqlite3", desk_name=name)
    if bind:
        db.bind_event(EVENT.id)
    return db


def dump(db: Database) -> dict[str, Any]:
    """Everything a merge may change, comparable between desks."""
    with db.read() as session:
        participants = sorted(tuple(r) for r in session.execute(select(Participant.__table__)))
        words = sorted(tuple(r) for r in session.execute(select(ParticipantWord.__table__)))
        records = sorted(tuple(r) for r in session.execute(select(Record.__table__)))
        desks = sorted(tuple(r) for r in session.execute(select(Desk.__table__)))
        return {
            "participants": participants,
            "words": words,
            "records": records,
            "desks": desks,
            "counts": counts(session),
            "attendance": attendance(session, EVENT),
        }


def people(db: Database) -> list[Any]:
    with db.read() as session:
        return sorted(all_participants(session), key=lambda p: p.id)


def check_in(db: Database, pid: str) -> None:
    with db.write() as session:
        check_in_participant(session, pid, desk_id=db.desk_id, operator="Ana", confirm_online=True)


@pytest.fixture
def desk_a(tmp_path: Path, factory: Factory) -> Database:
    db = new_desk(tmp_path, "Desk 1")
    factory.add(db, 20, seed=11)
    yield db
    db.close()


@pytest.fixture
def desk_b(tmp_path: Path) -> Database:
    db = new_desk(tmp_path, "Desk 2 – lobby")
    yield db
    db.close()


# -- a new desk, the file format --------------------------------------------------------------


def test_a_new_desk_gets_everyone_with_the_same_codes(tmp_path: Path, desk_a: Database) -> None:
    first = people(desk_a)[0]
    check_in(desk_a, first.id)
    summary = export_desk_file(desk_a, EVENT, tmp_path / "desk-1.desk")
    assert (summary.participants, summary.records, summary.desk_records) == (20, 1, 1)

    fresh = new_desk(tmp_path, "New desk", bind=False)
    assert fresh.event_id is None
    report = import_desk_files(fresh, EVENT, [summary.path])
    assert fresh.event_id == EVENT.id  # bound to the event of the app and the file
    assert (report.new_participants, report.new_records) == (20, {"checkin": 1})
    mine, theirs = dump(desk_a), dump(fresh)
    for key in ("participants", "words", "records", "counts", "attendance"):
        assert mine[key] == theirs[key], key
    assert {d[1] for d in theirs["desks"]} == {"Desk 1", "New desk"}
    assert [p.code for p in people(fresh)] == [p.code for p in people(desk_a)]
    fresh.close()


def test_the_file_is_as_documented(tmp_path: Path, desk_a: Database) -> None:
    check_in(desk_a, people(desk_a)[3].id)
    path = export_desk_file(desk_a, EVENT, tmp_path / "d.desk").path
    lines = gzip.decompress(path.read_bytes()).split(b"\n")
    assert len(lines) == 8 and lines[7] == b""
    header, desks, participants, records, intervals, matches, trailer = (
        json.loads(x) for x in lines[:7]
    )
    assert (header["format"], header["version"], header["event_id"]) == (FORMAT, 2, EVENT.id)
    assert header["desk_id"] == desk_a.desk_id and header["desk_name"] == "Desk 1"
    assert header["counts"]["participants"] == len(participants) == 20
    assert header["counts"]["records_by_kind"]["checkin"] == len(records) == 1
    assert header["counts"]["online_intervals"] == len(intervals) == 0
    assert header["counts"]["online_matches"] == len(matches) == 0
    assert header["desk_records"]["count"] == 1
    assert header["desk_records"]["first_at"] == records[0][header["record_columns"].index("at")]
    assert desks == {desk_a.desk_id: "Desk 1"}
    body = b"\n".join(lines[:6]) + b"\n"
    assert trailer == {"sha256": hashlib.sha256(body).hexdigest(), "bytes": len(body)}
    # Written atomically: the previous file is kept as .bak.
    export_desk_file(desk_a, EVENT, path)
    assert path.with_name("d.desk.bak").exists()


def test_the_columns_are_those_of_version_2(tmp_path: Path, desk_a: Database) -> None:
    """The participant columns are desk.people.participants' list of fields: a field added there
    must not change what a file holds without anybody noticing."""
    path = export_desk_file(desk_a, EVENT, tmp_path / "d.desk").path
    header = json.loads(gzip.decompress(path.read_bytes()).split(b"\n")[0])
    assert header["participant_columns"] == [
        *("id", "code", "invitation_code", "given_name", "family_name", "country"),
        *("organisation", "position", "category", "mode", "email", "phone", "source"),
        *("status", "created_at", "updated_at", "created_desk", "updated_desk", "merged_into"),
        "extra",
    ]
    assert header["record_columns"] == [
        *("id", "kind", "participant_id", "at", "desk_id", "operator", "item_id"),
        *("direction", "target_id", "reason", "place", "flag"),
    ]
    assert header["online_interval_columns"] == [
        *("id", "source", "meeting_id", "file_sha256", "file_name", "line", "raw_name"),
        *("email", "upn", "identity", "join_at", "leave_at", "imported_at", "desk_id"),
        "operator",
    ]
    assert header["online_match_columns"] == [
        *("id", "identity", "participant_id", "method", "at", "desk_id", "operator"),
    ]


def test_cli_lines(tmp_path: Path, desk_a: Database, desk_b: Database) -> None:
    check_in(desk_a, people(desk_a)[0].id)
    out = cmd_sync_export(desk_a, EVENT, tmp_path / "a.desk")
    assert "20 participants, 1 record (1 check-in)." in out[0]
    assert out[-1].startswith("SHA-256: ")
    lines = cmd_sync_import(desk_b, EVENT, [tmp_path / "a.desk"])
    assert "a.desk: from Desk 1" in lines[0]
    assert "20 new participants" in lines[1]


# -- refused files --------------------------------------------------------------------------


def _resigned(path: Path, target: Path, change: Any) -> Path:
    """A copy of a desk file with its header changed and the checksum made right again."""
    lines = gzip.decompress(path.read_bytes()).split(b"\n")
    header = json.loads(lines[0])
    change(header)
    lines[0] = json.dumps(header, separators=(",", ":")).encode()
    body = b"\n".join(lines[:-2]) + b"\n"  # every line but the trailer
    trailer = {"sha256": hashlib.sha256(body).hexdigest(), "bytes": len(body)}
    target.write_bytes(gzip.compress(body + json.dumps(trailer).encode() + b"\n"))
    return target


@pytest.fixture
def good_file(tmp_path: Path, desk_a: Database) -> Path:
    for p in people(desk_a)[:5]:
        check_in(desk_a, p.id)
    return export_desk_file(desk_a, EVENT, tmp_path / "desk-3.desk").path


def _refused(db: Database, path: Path) -> str:
    before = dump(db)
    with pytest.raises(DeskError) as caught:
        import_desk_files(db, EVENT, [path])
    assert dump(db) == before
    message = str(caught.value)
    assert path.name in message and "nothing was changed" in message
    return message


@pytest.mark.parametrize("seed", range(6))
def test_a_cut_file_is_refused(
    tmp_path: Path, good_file: Path, desk_b: Database, seed: int
) -> None:
    data = good_file.read_bytes()
    cut = random.Random(seed).randrange(1, len(data))
    bad = tmp_path / "desk-3-cut.desk"
    bad.write_bytes(data[:cut])
    message = _refused(desk_b, bad)
    assert "damaged" in message or "not a desk file" in message


@pytest.mark.parametrize("seed", range(6))
def test_a_flipped_byte_is_refused(
    tmp_path: Path, good_file: Path, desk_b: Database, seed: int
) -> None:
    data = bytearray(good_file.read_bytes())
    where = random.Random(seed).randrange(len(data))
    data[where] ^= 0x20
    bad = tmp_path / "desk-3-flipped.desk"
    bad.write_bytes(bytes(data))
    message = _refused(desk_b, bad)
    assert "damaged" in message or "not a desk file" in message


def test_a_changed_payload_fails_the_checksum(
    tmp_path: Path, good_file: Path, desk_b: Database
) -> None:
    lines = gzip.decompress(good_file.read_bytes()).split(b"\n")
    lines[2] = lines[2].replace(b'"mfa"', b'"iom"', 1)  # recompressed: gzip itself is fine
    bad = tmp_path / "desk-3.desk"
    bad.write_bytes(gzip.compress(b"\n".join(lines)))
    assert "checksum does not match" in _refused(desk_b, bad)


def test_a_file_of_another_event_is_refused(
    tmp_path: Path, good_file: Path, desk_b: Database
) -> None:
    other = _resigned(
        good_file, tmp_path / "other.desk", lambda h: h.update(event_id="another-forum-2023")
    )
    message = _refused(desk_b, other)
    assert "another event" in message and "another-forum-2023" in message
    newer = _resigned(good_file, tmp_path / "newer.desk", lambda h: h.update(version=VERSION + 1))
    assert "version" in _refused(desk_b, newer)
    # Refused before anything: a fresh desk is not even bound to an event.
    fresh = new_desk(tmp_path, "Fresh", bind=False)
    with pytest.raises(DeskError):
        import_desk_files(fresh, EVENT, [other])
    assert fresh.event_id is None
    fresh.close()


def test_one_bad_file_refuses_the_whole_import(
    tmp_path: Path, good_file: Path, desk_b: Database
) -> None:
    bad = tmp_path / "bad.desk"
    bad.write_bytes(b"hello")
    before = dump(desk_b)
    with pytest.raises(DeskError, match=r"bad\.desk"):
        import_desk_files(desk_b, EVENT, [good_file, bad])
    assert dump(desk_b) == before


def test_the_same_list_imported_at_two_desks_is_refused(
    tmp_path: Path, desk_a: Database, factory: Factory
) -> None:
    """Two desks that made different participants with one invitation code cannot be merged
    silently (the unique code would break); the operator is told why."""
    other = new_desk(tmp_path, "Desk 9")
    for db in (desk_a, other):
        with db.write() as session:
            walk_in = register_walk_in(
                session,
                EVENT,
                {"given_name": "Ana", "family_name": "Pérez", "category": "mfa"},
                desk_id=db.desk_id,
                operator="x",
            )[0]
            session.execute(
                Participant.__table__.update()
                .where(Participant.id == walk_in.id)
                .values(invitation_code="INV-1")
            )
    path = export_desk_file(other, EVENT, tmp_path / "desk-9.desk").path
    message = _refused(desk_a, path)
    assert "INV-1" in message
    other.close()


# -- merging -------------------------------------------------------------------------------


def test_importing_the_same_file_twice_adds_nothing(
    tmp_path: Path, desk_a: Database, desk_b: Database
) -> None:
    for p in people(desk_a)[:4]:
        check_in(desk_a, p.id)
    path = export_desk_file(desk_a, EVENT, tmp_path / "a.desk").path
    first = import_desk_files(desk_b, EVENT, [path])
    assert first.new_records == {"checkin": 4} and first.new_participants == 20
    after_first = dump(desk_b)
    again = import_desk_files(desk_b, EVENT, [path, path])
    assert again.new_record_count == 0 and again.new_participants == 0
    assert again.updated_participants == 0 and again.known_records == 8
    assert dump(desk_b) == after_first
    # A desk importing its own file learns nothing either.
    own = import_desk_files(desk_a, EVENT, [path])
    assert own.new_record_count == 0 and own.new_participants == 0


def test_same_badge_at_two_desks_counts_once_and_is_reported(
    tmp_path: Path, desk_a: Database, desk_b: Database
) -> None:
    import_desk_files(desk_b, EVENT, [export_desk_file(desk_a, EVENT, tmp_path / "a0.desk").path])
    person = people(desk_a)[7]
    check_in(desk_a, person.id)
    check_in(desk_b, person.id)  # the desks were apart: both check in the same badge
    a_file = export_desk_file(desk_a, EVENT, tmp_path / "a.desk").path
    b_file = export_desk_file(desk_b, EVENT, tmp_path / "b.desk").path
    report = import_desk_files(desk_a, EVENT, [b_file])
    import_desk_files(desk_b, EVENT, [a_file])
    assert [c.participant_id for c in report.double_checkins] == [person.id]
    assert set(report.double_checkins[0].desks) == {desk_a.desk_id, desk_b.desk_id}
    assert report.to_json()["double_checkins"][0]["code"] == person.code
    assert any("Checked in at two desks" in line for line in report.lines(EVENT))
    for db in (desk_a, desk_b):
        with db.read() as session:
            assert counts(session).checked_in == 1
        assert sum(1 for r in dump(db)["records"] if r[1] == "checkin") == 2  # both kept
    assert dump(desk_a)["records"] == dump(desk_b)["records"]


def test_edits_at_two_desks_last_writer_wins_and_is_reported(
    tmp_path: Path, desk_a: Database, desk_b: Database
) -> None:
    import_desk_files(desk_b, EVENT, [export_desk_file(desk_a, EVENT, tmp_path / "a0.desk").path])
    person = people(desk_a)[2]
    with desk_a.write() as session:
        edit_participant(
            session, EVENT, person.id, {"organisation": "Cancillería"}, desk_id=desk_a.desk_id
        )
    with desk_b.write() as session:
        edit_participant(
            session, EVENT, person.id, {"organisation": "Embajada"}, desk_id=desk_b.desk_id
        )  # later: wins
    a_file = export_desk_file(desk_a, EVENT, tmp_path / "a.desk").path
    b_file = export_desk_file(desk_b, EVENT, tmp_path / "b.desk").path
    on_a = import_desk_files(desk_a, EVENT, [b_file])
    on_b = import_desk_files(desk_b, EVENT, [a_file])
    assert on_a.updated_participants == 1 and on_b.updated_participants == 0
    for report in (on_a, on_b):
        (conflict,) = report.edit_conflicts
        assert conflict.participant_id == person.id and conflict.fields == ("organisation",)
        assert conflict.kept_desk == desk_b.desk_id and conflict.other_desk == desk_a.desk_id
    assert dump(desk_a) == dump(desk_b)
    assert [p.organisation for p in people(desk_a) if p.id == person.id] == ["Embajada"]
    with desk_a.read() as session:  # the search index follows the winning version
        words = {
            w
            for (w,) in session.execute(
                select(ParticipantWord.word).where(ParticipantWord.participant_id == person.id)
            )
        }
    assert "embajada" in words and "cancilleria" not in words


def test_an_edit_of_an_unedited_person_is_no_conflict(
    tmp_path: Path, desk_a: Database, desk_b: Database
) -> None:
    import_desk_files(desk_b, EVENT, [export_desk_file(desk_a, EVENT, tmp_path / "a0.desk").path])
    person = people(desk_a)[4]
    with desk_b.write() as session:
        edit_participant(session, EVENT, person.id, {"given_name": "Rosa"}, desk_id=desk_b.desk_id)
    report = import_desk_files(
        desk_a, EVENT, [export_desk_file(desk_b, EVENT, tmp_path / "b.desk").path]
    )
    assert report.updated_participants == 1 and report.edit_conflicts == ()


def test_walk_ins_registered_twice_are_reported(
    tmp_path: Path, desk_a: Database, desk_b: Database
) -> None:
    values = {
        "given_name": "José Luis",
        "family_name": "Hernández Núñez",
        "country": "SV",
        "category": "mfa",
        "email": "jl@rree.gob.sv",
    }
    for db in (desk_a, desk_b):
        with db.write() as session:
            register_walk_in(session, EVENT, values, desk_id=db.desk_id, operator="x")
    report = import_desk_files(
        desk_a, EVENT, [export_desk_file(desk_b, EVENT, tmp_path / "b.desk").path]
    )
    (dup,) = report.likely_duplicates
    assert (
        dup.reason == "email" and dup.first_name == dup.second_name == "José Luis Hernández Núñez"
    )
    assert "Maybe the same person twice" in "\n".join(report.lines(EVENT))
    json.dumps(report.to_json())  # plain JSON


# -- any order, any repeats: the same end ------------------------------------------------------

step = st.one_of(
    st.tuples(st.just("checkin"), st.integers(0, 4), st.integers(0, 30)),
    st.tuples(st.just("void"), st.integers(0, 4), st.integers(0, 30)),
    st.tuples(
        st.just("door"),
        st.integers(0, 4),
        st.integers(0, 30),
        st.sampled_from(ITEMS),
        st.sampled_from([IN, OUT]),
    ),
    st.tuples(st.just("walkin"), st.integers(0, 4), st.integers(0, 30)),
    st.tuples(
        st.just("edit"),
        st.integers(0, 4),
        st.integers(0, 30),
        st.sampled_from(["organisation", "family_name", "category", "status"]),
        st.integers(0, 2),
    ),
    st.tuples(st.just("sync"), st.integers(0, 4), st.integers(0, 4)),
    st.tuples(st.just("merge"), st.integers(0, 4), st.integers(0, 30), st.integers(0, 30)),
)
EDITS = {
    "organisation": ["Cancillería", "OIM", "Red de Salvadoreños en el Exterior"],
    "family_name": ["Peña", "Ibáñez", "Ørsted"],
    "category": ["mfa", "iom", "diaspora_org"],
    "status": ["registered", "cancelled", "registered"],
}


def _apply(db: Database, event: Event, s: tuple[Any, ...], folder: Path) -> None:
    everyone = people(db)
    person = everyone[s[2] % len(everyone)] if len(s) > 2 and everyone else None
    with contextlib.suppress(DeskError), db.write() as session:
        if s[0] == "checkin":
            check_in_participant(
                session, person.id, desk_id=db.desk_id, operator="op", confirm_online=True
            )
        elif s[0] == "void":
            void_checkin(session, person.id, "mistake", desk_id=db.desk_id, operator="op")
        elif s[0] == "door":
            scan(
                session,
                event,
                s[3],
                person.code,
                direction=s[4],
                desk_id=db.desk_id,
                operator="op",
                confirm=True,
            )
        elif s[0] == "walkin":
            values = {
                "given_name": person.given_name,
                "family_name": person.family_name,
                "country": person.country,
                "category": person.category,
            }
            register_walk_in(session, event, values, desk_id=db.desk_id, operator="op")
        elif s[0] == "merge":
            other = everyone[s[3] % len(everyone)]
            merge_people(session, event, person.id, other.id, desk_id=db.desk_id, operator="op")
        elif s[0] == "edit":
            edit_participant(
                session, event, person.id, {s[3]: EDITS[s[3]][s[4]]}, desk_id=db.desk_id
            )


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    desks=st.integers(3, 5),
    steps=st.lists(step, min_size=1, max_size=25),
    final_order=st.randoms(use_true_random=False),
)
def test_any_order_of_imports_converges(
    desks: int, steps: list[tuple[Any, ...]], final_order: random.Random
) -> None:
    with tempfile.TemporaryDirectory(prefix="desk-sync-") as tmp:
        folder = Path(tmp)
        dbs = [new_desk(folder, f"Desk {n}") for n in range(desks)]
        try:
            Factory(EVENT).add(dbs[0], 6, seed=5)
            start = export_desk_file(dbs[0], EVENT, folder / "start.desk").path
            for db in dbs[1:]:
                import_desk_files(db, EVENT, [start])
            made = 0
            for s in steps:
                if s[0] == "sync":  # one desk's latest file into another (maybe itself)
                    source, target = dbs[s[1] % desks], dbs[s[2] % desks]
                    made += 1
                    path = export_desk_file(source, EVENT, folder / f"s{made}.desk").path
                    import_desk_files(target, EVENT, [path])
                else:
                    _apply(dbs[s[1] % desks], EVENT, s, folder)
            # End of the day: every desk writes its file; every desk imports all of them,
            # in its own order, some twice. Twice round, as the README says: a merge made
            # at one desk derives records (copies, and voids of copies onto a person a
            # later merge overruled) wherever it arrives, and those travel on the next round.
            for round_ in range(2):
                files = [
                    export_desk_file(db, EVENT, folder / f"final-{round_}-{n}.desk").path
                    for n, db in enumerate(dbs)
                ]
                for db in dbs:
                    mine = files + final_order.sample(files, k=final_order.randint(0, len(files)))
                    final_order.shuffle(mine)
                    if final_order.random() < 0.5:
                        import_desk_files(db, EVENT, mine)
                    else:
                        for path in mine:
                            import_desk_files(db, EVENT, [path])
            first = dump(dbs[0])
            for db in dbs[1:]:
                other = dump(db)
                for key in ("participants", "words", "records", "counts", "attendance", "desks"):
                    assert other[key] == first[key], key
        finally:
            for db in dbs:
                db.close()


def test_reading_verifies_without_a_database(good_file: Path) -> None:
    verified = read_desk_file(good_file, EVENT)
    assert verified.summary().participants == 20 and verified.summary().records == 5


def test_a_shared_folder_brings_three_desks_together(tmp_path: Path, event: Event) -> None:
    from desk.deskfiles.sync import desk_file_name, sync_folder

    folder = tmp_path / "usb"
    folder.mkdir()
    first = Database(tmp_path / "d1.sqlite3", desk_name="Mesa 1 – vestíbulo")
    first.bind_event(event.id)
    Factory(event).add(first, 12)
    export_desk_file(first, event, tmp_path / "seed.desk")
    desks = [first]
    for n in (2, 3):
        db = Database(tmp_path / f"d{n}.sqlite3", desk_name=f"Mesa {n}")
        import_desk_files(db, event, [tmp_path / "seed.desk"])
        desks.append(db)
    for db, who in zip(desks, range(3), strict=True):  # each desk checks in somebody
        everyone = people(db)
        with db.write() as session:
            check_in_participant(
                session, everyone[who].id, desk_id=db.desk_id, operator="op", confirm_online=True
            )
    (folder / "notes.desk").write_bytes(b"not a desk file")  # left out, named
    first_sync = sync_folder(desks[0], event, folder)
    assert first_sync.report is None and [n for n, _ in first_sync.refused] == ["notes.desk"]
    assert (folder / desk_file_name(desks[0])).exists()
    assert desk_file_name(desks[0]).startswith("mesa-1-vestibulo-")
    for _ in range(2):  # two rounds: everybody hears of everybody
        for db in desks:
            sync_folder(db, event, folder)
    results = []
    for db in desks:
        with db.read() as session:
            results.append(counts(session))
    assert results[0].checked_in == 3 and results[0] == results[1] == results[2]
    with pytest.raises(DeskError, match="cannot be reached"):
        sync_folder(desks[0], event, tmp_path / "gone")
    for db in desks:
        db.close()


# -- extra fields (a list's other columns) ------------------------------------------------------


def _import_forum_list(db: Database, folder: Path) -> None:
    from desk.people.importing import import_participants
    from tests import forum_lists

    with db.write() as session:
        import_participants(
            session, EVENT, forum_lists.write_csv(folder / "lista.csv"), desk_id=db.desk_id
        )


def _without_extra(path: Path, target: Path) -> Path:
    """The file as a Desk before extra fields wrote it: no ``extra`` participant column."""
    lines = gzip.decompress(path.read_bytes()).split(b"\n")
    header = json.loads(lines[0])
    where = header["participant_columns"].index("extra")
    del header["participant_columns"][where]
    rows = json.loads(lines[2])
    for row in rows:
        del row[where]
    lines[0] = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode()
    lines[2] = json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode()
    body = b"\n".join(lines[:-2]) + b"\n"  # every line but the trailer
    trailer = {"sha256": hashlib.sha256(body).hexdigest(), "bytes": len(body)}
    target.write_bytes(gzip.compress(body + json.dumps(trailer).encode() + b"\n"))
    return target


def test_extra_fields_travel_in_desk_files_and_stay_searchable(
    tmp_path: Path, desk_b: Database
) -> None:
    from desk.people.search import search

    desk_c = new_desk(tmp_path, "Desk 3")
    _import_forum_list(desk_c, tmp_path)
    path = export_desk_file(desk_c, EVENT, tmp_path / "c.desk").path
    import_desk_files(desk_b, EVENT, [path])
    extra = {p.full_name: p.extra for p in people(desk_b)}
    assert extra["María José Hernández Peña"]["Necesidades de accesibilidad"] == "Silla de ruedas"
    assert extra["Pedro de la O"] == {}
    assert dump(desk_b)["participants"] == dump(desk_c)["participants"]
    with desk_b.read() as session:
        assert len(search(session, EVENT, "vegetariana").hits) == 2
    desk_c.close()


def test_a_file_of_an_older_desk_without_extra_fields_is_merged_and_keeps_them(
    tmp_path: Path, desk_b: Database
) -> None:
    desk_c = new_desk(tmp_path, "Desk 3")
    _import_forum_list(desk_c, tmp_path)
    full = export_desk_file(desk_c, EVENT, tmp_path / "c.desk").path
    import_desk_files(desk_b, EVENT, [full])
    # An older desk corrects a name: its file has no extra fields at all.
    maria = next(p for p in people(desk_c) if p.given_name == "María José")
    with desk_c.write() as session:
        edit_participant(session, EVENT, maria.id, {"given_name": "María Josefa"}, desk_id="old")
    old = _without_extra(export_desk_file(desk_c, EVENT, tmp_path / "c2.desk").path,
                         tmp_path / "old.desk")  # fmt: skip
    assert "extra" not in read_desk_file(old, EVENT).header["participant_columns"]
    report = import_desk_files(desk_b, EVENT, [old])
    assert report.edit_conflicts == ()
    after = {p.full_name: p.extra for p in people(desk_b)}
    assert after["María Josefa Hernández Peña"]["Dieta"] == "Sin gluten"
    # A desk that never had them gets the people with none.
    fresh = new_desk(tmp_path, "Fresh")
    import_desk_files(fresh, EVENT, [old])
    assert {p.given_name: p.extra for p in people(fresh)}["Pedro"] == {}
    fresh.close()
    desk_c.close()
