from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest

from desk.arrival.checkin import check_in_participant
from desk.doors.attendance import door_items, scan
from desk.events.event import Event
from desk.people.participants import ParticipantInfo, all_participants
from desk.storage.db import Database
from tests.factory import Factory
from tests.ui.online_rows import add_online
from ui.app import apply_language
from ui.dashboard import Dashboard
from ui.tasks import TaskRunner


def at(event: Event, day: int, clock: str) -> datetime:
    h, m = map(int, clock.split(":"))
    return datetime(2022, 5, 22, h, m, tzinfo=event.tz) + timedelta(days=day)


def populate(db: Database, event: Event, factory: Factory, count: int) -> list[ParticipantInfo]:
    """``count`` people, three quarters checked in through the morning, door scans at the
    items until 11:00 and a few on the field visit."""
    factory.add(db, count)
    rng = random.Random(3)
    with db.read() as session:
        people = [p for p in all_participants(session) if p.status == "registered"]
    came = rng.sample(people, int(len(people) * 0.75))
    with db.write() as session:
        for p in came:
            when = at(event, 1, "07:30") + timedelta(minutes=abs(rng.gauss(70, 45)))
            check_in_participant(
                session, p.id, desk_id=db.desk_id, operator="Ana", confirm_online=True, now=when
            )
        for item in door_items(event):
            if item.start.hour >= 12 and item.kind != "field_visit":
                continue
            start = item.starts_at(event.tz)
            share = 0.3 if item.kind == "field_visit" else rng.uniform(0.55, 0.9)
            for p in rng.sample(came, int(len(came) * share)):
                scan(
                    session,
                    event,
                    item.id,
                    p.code,
                    desk_id=db.desk_id,
                    operator="Luis",
                    now=start + timedelta(minutes=rng.uniform(-5, 10)),
                    confirm=True,
                    place="Bus 1" if item.places else None,
                )
    return people


@pytest.fixture
def dashboard(qtbot, db: Database, event: Event):  # type: ignore[no-untyped-def]
    apply_language("en")
    runner = TaskRunner()
    board = Dashboard(db, event, runner)
    board.clock = lambda: at(event, 1, "11:00")
    qtbot.addWidget(board)
    yield board
    runner.wait(5000)


def show(qtbot, board: Dashboard, width: int = 1366, height: int = 768) -> None:  # type: ignore[no-untyped-def]
    board.resize(width, height)
    board.show()
    qtbot.waitExposed(board)
    qtbot.waitUntil(lambda: board.data is not None, timeout=10_000)
    board.runner.wait(10_000)
    qtbot.wait(400)  # the resize timer's re-render
    board.runner.wait(10_000)


def test_empty_database_renders(qtbot, dashboard: Dashboard) -> None:  # type: ignore[no-untyped-def]
    show(qtbot, dashboard)
    assert dashboard.data is not None and dashboard.data.empty
    assert dashboard.checked_tile.value.text() == "0 / 0"
    for label in dashboard.chart_labels.values():
        assert not label.pixmap().isNull()
    assert not dashboard.grab().isNull()


def test_populated_dashboard_and_a_new_check_in(  # type: ignore[no-untyped-def]
    qtbot, dashboard: Dashboard, db: Database, event: Event, factory: Factory
) -> None:
    people = populate(db, event, factory, 300)
    show(qtbot, dashboard, 1920, 1080)
    data = dashboard.data
    assert data is not None and data.current_item == "d1-panel-trust"
    c = data.counts
    checked = c.checked_in_person
    # In person against in person; people registered online counted apart.
    in_person = sum(1 for p in people if p.mode == "in_person")
    online = sum(1 for p in people if p.mode == "online")
    assert c.in_person == in_person and c.online == online > 0
    assert 0 < checked < c.checked_in  # some registered online came in person
    assert dashboard.checked_tile.value.text() == f"{checked} / {in_person}"
    assert dashboard.in_person_tile.value.text() == str(in_person - checked)
    assert dashboard.online_tile.value.text() == str(online)
    assert "came in person" in dashboard.online_tile.caption.toolTip()
    assert dashboard.inside_tile.value.text() == str(data.inside_now) != "0"
    assert "10:45 Panel" in dashboard.inside_tile.caption.toolTip()
    pixmap = dashboard.chart_labels["attendance"].pixmap()
    assert pixmap.width() > 500 and pixmap.height() > 300
    dashboard.grab().save("/tmp/dashboard.png")

    from desk.arrival.checkin import active_checkin

    with db.read() as session:
        newcomer = next(
            p for p in people if p.mode == "in_person" and active_checkin(session, p.id) is None
        )
    with db.write() as session:
        check_in_participant(
            session,
            newcomer.id,
            desk_id=db.desk_id,
            operator="Ana",
            confirm_online=True,
            now=at(event, 1, "10:59"),
        )
    dashboard.refresh()
    dashboard.runner.wait(10_000)
    assert dashboard.data is not None and dashboard.data.counts.checked_in_person == checked + 1
    assert dashboard.checked_tile.value.text().startswith(f"{checked + 1} / ")


def test_timer_runs_only_while_shown(qtbot, dashboard: Dashboard) -> None:  # type: ignore[no-untyped-def]
    assert not dashboard._timer.isActive()
    show(qtbot, dashboard)
    assert dashboard._timer.isActive()
    dashboard.hide()
    assert not dashboard._timer.isActive()


def test_resize_renders_at_the_new_size(qtbot, dashboard: Dashboard, db, event, factory) -> None:  # type: ignore[no-untyped-def]
    populate(db, event, factory, 60)
    show(qtbot, dashboard, 1366, 768)
    before = dashboard.chart_labels["arrivals"].pixmap().width()
    dashboard.resize(1920, 1080)
    qtbot.waitUntil(
        lambda: dashboard.chart_labels["arrivals"].pixmap().width() > before, timeout=5000
    )
    dashboard.runner.wait(5000)


def test_spanish(qtbot, dashboard: Dashboard) -> None:  # type: ignore[no-untyped-def]
    show(qtbot, dashboard)
    apply_language("es")
    try:
        dashboard.retranslate()
        dashboard.runner.wait(5000)
        assert dashboard.title.text() == dashboard.desk_event.short_name.es
    finally:
        apply_language("en")


def test_the_item_panel_in_person_online_and_total(  # type: ignore[no-untyped-def]
    qtbot, dashboard: Dashboard, db: Database, event: Event, factory: Factory
) -> None:
    people = populate(db, event, factory, 120)
    show(qtbot, dashboard, 1280, 800)
    panel = dashboard.item_panel
    data = dashboard.data
    assert data is not None
    a = data.item("d1-panel-trust")
    assert a is not None and a.count > 0
    # No online presence at the event: the panel's one number, a column of people.
    assert panel.attendance is a
    assert panel.numbers.text() == f"{a.count} people"
    assert panel.breakdown.headers() == ["People"]
    assert "Panel" in panel.title.toolTip()
    # Six people who never came followed the panel on Zoom.
    from desk.arrival.checkin import active_checkin

    with db.read() as session:
        online = [p for p in people if active_checkin(session, p.id) is None][:6]
    add_online(db, event, "d1-panel-trust", online)
    dashboard.refresh()
    dashboard.runner.wait(10_000)
    data = dashboard.data
    assert data is not None
    a = data.item("d1-panel-trust")
    assert a is not None and a.online == 6 and a.count == a.in_person + 6
    assert panel.numbers.text() == f"{a.in_person} in person · 6 online · {a.count} total"
    assert panel.breakdown.headers() == ["In person", "Online", "Total"]
    for rows in (panel.breakdown.categories, panel.breakdown.countries):
        assert sum(r.in_person for r in rows) == a.in_person
        assert sum(r.online for r in rows) == 6
        assert sum(r.total for r in rows) == a.count
    dashboard.grab()  # painted: what did not fit is one "+N more" row with the rest
    for shown, rows in zip(
        panel.breakdown.shown, (panel.breakdown.categories, panel.breakdown.countries), strict=True
    ):
        assert shown and sum(r.total for r in shown) == a.count
        assert len(shown) == len(rows) or shown[-1].label.startswith("+")


def test_between_items_the_panel_shows_the_last_with_people(
    qtbot, dashboard, db, event, factory
) -> None:  # type: ignore[no-untyped-def]
    populate(db, event, factory, 60)
    dashboard.clock = lambda: at(event, 1, "12:30")  # lunch: nobody scanned there
    show(qtbot, dashboard)
    attendance = dashboard.item_panel.attendance
    assert attendance is not None and attendance.item_id == "d1-qa2" and attendance.count
