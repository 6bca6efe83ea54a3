"""The live tally always says what counting from scratch says."""

from __future__ import annotations

import contextlib
from datetime import datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.arrival.checkin import check_in_participant, edit_participant, void_checkin
from desk.doors.attendance import IN, OUT, arrivals, attendance, scan, undo_scan
from desk.doors.tally import Tally
from desk.errors import DeskError
from desk.events.event import default_event
from desk.people.merging import merge_people
from desk.people.participants import all_participants, counts
from desk.storage.db import Database
from tests.factory import Factory

EVENT = default_event()
ITEMS = ["d1-welcome", "d1-lunch", "d1-world-cafe", "d2-field-visit"]
PLACES = {"d1-world-cafe": ["origin", "destination-transit"], "d2-field-visit": ["Bus 1", "Bus 2"]}

step = st.one_of(
    st.tuples(st.just("checkin"), st.integers(0, 11)),
    st.tuples(st.just("void"), st.integers(0, 11)),
    st.tuples(
        st.just("door"),
        st.integers(0, 11),
        st.sampled_from(ITEMS),
        st.sampled_from([IN, OUT]),
        st.integers(0, 1),
    ),
    st.tuples(st.just("undo"), st.integers(0, 50)),
    st.tuples(st.just("recategorise"), st.integers(0, 11), st.sampled_from(["mfa", "iom"])),
    st.tuples(st.just("merge"), st.integers(0, 11), st.integers(0, 11)),
    st.tuples(
        st.just("look"),
    ),
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(step, min_size=1, max_size=40))
def test_tally_matches_a_count_from_scratch(tmp_path: Path, steps: list[tuple]) -> None:  # type: ignore[type-arg]
    path = tmp_path / f"t{abs(hash(tuple(steps)))}.sqlite3"
    db = Database(path)
    try:
        Factory(EVENT).add(db, 12, seed=3)
        with db.read() as session:
            people = all_participants(session)
        tally = Tally(EVENT)
        clock = datetime(2022, 5, 23, 9, 0, tzinfo=EVENT.tz)
        scans: list[str] = []
        for s in steps:
            clock += timedelta(seconds=7)
            kind = s[0]
            with db.write() as session:
                if kind == "checkin":
                    check_in_participant(
                        session,
                        people[s[1]].id,
                        desk_id=db.desk_id,
                        operator="a",
                        confirm_online=True,
                        now=clock,
                    )
                elif kind == "void":
                    with contextlib.suppress(DeskError):
                        void_checkin(
                            session,
                            people[s[1]].id,
                            "test",
                            desk_id=db.desk_id,
                            operator="a",
                            now=clock,
                        )
                elif kind == "door":
                    _, who, item, direction, place = s
                    places = PLACES.get(item)
                    result = scan(
                        session,
                        EVENT,
                        item,
                        people[who].code,
                        direction=direction,
                        place=places[place] if places else None,
                        desk_id=db.desk_id,
                        operator="a",
                        confirm=True,
                        now=clock,
                    )
                    if result.record_id and result.recorded:
                        scans.append(result.record_id)
                elif kind == "undo" and scans:
                    with contextlib.suppress(DeskError):
                        undo_scan(
                            session,
                            scans[s[1] % len(scans)],
                            desk_id=db.desk_id,
                            operator="a",
                            now=clock,
                        )
                elif kind == "merge":
                    with contextlib.suppress(DeskError):
                        merge_people(
                            session,
                            EVENT,
                            people[s[1]].id,
                            people[s[2]].id,
                            desk_id=db.desk_id,
                            operator="a",
                            now=clock,
                        )
                elif kind == "recategorise":
                    with contextlib.suppress(DeskError):  # not a merged registration
                        edit_participant(
                            session,
                            EVENT,
                            people[s[1]].id,
                            {"category": s[2]},
                            desk_id=db.desk_id,
                            now=clock,
                        )
            if kind == "look":
                with db.read() as session:
                    tally.update(session)
        with db.read() as session:
            snapshot = tally.update(session)
            assert snapshot.counts == counts(session)
            assert snapshot.items == attendance(session, EVENT)
            assert snapshot.arrivals == arrivals(session, EVENT)
    finally:
        db.close()
