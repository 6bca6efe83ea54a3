"""Online attendance in the real window: a Zoom report imported through the menu, the one
person it could not identify chosen in the review list, and the scanner still checking
people in afterwards.

Desk runs as a user starts it (``faketime … desk … gui``, Spanish) on Xvfb with openbox,
and only real X key events drive it: Alt+T, I (*Asistencia → Importar asistencia en
línea…*), the file's path typed into Qt's file dialog, Enter (*Importar*), Enter (*Revisar
1 sin identificar…*), a name typed like a person, Enter (*Es esta persona*), Esc, then a
badge scanned. The verdict comes from the database and from ``desk attendance --json``.

Run: scripts/test tests/acceptance/test_online_window.py -v    (about 30 s; skipped
without Xvfb & co., except in CI)
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk.people.textnorm import fold
from tests.acceptance.xsession import (
    FAKE_NOW,
    App,
    Sandbox,
    XSession,
    desk_cli,
    live_records,
    log_problems,
    make_demo_database,
    wait_for,
    x_session,
)
from tests.online_files import Conn, at, zoom_meeting

pytestmark = pytest.mark.realwindow


@pytest.fixture(scope="module")
def xsession(tmp_path_factory: pytest.TempPathFactory) -> Iterator[XSession]:
    with x_session(tmp_path_factory.mktemp("xsession")) as session:
        yield session


def query(db: Path, sql: str, *args: object) -> list[sqlite3.Row]:
    conn = sqlite3.connect(db, timeout=30)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def import_dialog_shown(app: App) -> bool:
    """The import dialog is up, and Qt's file dialog (titled "… (Zoom o Teams)") gone."""
    names = [app.window_name(w) for w in app.visible_windows()]
    return any(n.startswith("Importar asistencia") for n in names) and not any(
        "Zoom" in n for n in names
    )


def test_import_review_and_scan_in_the_real_window(xsession: XSession, tmp_path: Path) -> None:
    box = Sandbox.create(tmp_path)
    make_demo_database(box, 60, seed=14)
    people = query(
        box.db,
        "SELECT id, code, given_name, family_name, email FROM participants "
        "WHERE status = 'registered' AND mode = 'in_person' AND email != '' ORDER BY rowid",
    )
    ana, ben, carla, dora = people[:4]
    report = zoom_meeting(
        box.root / "participantes_84512345678.csv",
        [
            # By e-mail, with a rejoin that overlaps the first connection.
            Conn(f"{ana['given_name']} (iPad)", ana["email"], at("09:10"), at("10:00")),
            Conn(f"{ana['given_name']} (iPad)", ana["email"], at("09:58"), at("10:20")),
            # By name: family name first, with Zoom's guest marker.
            Conn(
                f"{ben['family_name']}, {ben['given_name']} (Invitado)",
                "",
                at("10:40"),
                at("11:50"),
            ),
            # Nobody can tell who this is but a person.
            Conn("Usuario de Zoom 7", "", at("13:25"), at("14:10")),
        ],
        date_style="dmy",
    )
    app = App(xsession, box, fake_time=FAKE_NOW)
    try:
        app.start()
        app.key("alt+t")
        time.sleep(0.5)
        app.key("i")
        assert wait_for(lambda: len(app.visible_windows()) >= 2, 10), "no file dialog"
        time.sleep(0.5)
        app.type_like_person(str(report))
        app.key("Return")
        # The import dialog reads the file, then Enter imports it.
        assert wait_for(lambda: import_dialog_shown(app), 10), "no import dialog"
        time.sleep(1.5)
        app.screenshot("online-import-before.png")
        app.key("Return")
        assert wait_for(
            lambda: query(box.db, "SELECT count(*) FROM online_intervals")[0][0] == 4, 15
        ), "the report was not imported"
        time.sleep(1)
        app.screenshot("online-import-done.png")
        # The result offers the review of the one unidentified person: Enter.
        app.key("Return")
        time.sleep(1.5)
        # Without accents, as people type in a hurry: the search does not mind.
        app.type_like_person(fold(f"{carla['given_name']} {carla['family_name']}"))
        time.sleep(1.5)
        app.screenshot("online-review.png")
        app.key("Return")
        assert wait_for(
            lambda: len(query(box.db, "SELECT 1 FROM online_matches WHERE method = 'manual'")),
            10,
        ), "the review did not record the choice"
        for _ in range(3):
            if len(app.visible_windows()) <= 1:
                break
            app.key("Escape")
            time.sleep(0.5)
        assert len(app.visible_windows()) == 1, "a dialog stayed open"
        # The keyboard is back at the scan field: a badge checks in.
        app.scan(dora["code"])
        assert wait_for(
            lambda: any(r["participant_id"] == dora["id"] for r in live_records(box.db, "checkin")),
            10,
        ), "the scan after the dialogs was lost"
    finally:
        app.close()
    assert not log_problems(app), log_problems(app)

    manual = query(box.db, "SELECT participant_id FROM online_matches WHERE method = 'manual'")
    assert [r["participant_id"] for r in manual] == [carla["id"]]
    methods = sorted(r[0] for r in query(box.db, "SELECT method FROM online_matches"))
    assert methods == ["email", "manual", "name"]
    assert json.loads(desk_cli(box, "online", "unmatched", "--json").stdout) == []
    items = {i["item"]: i for i in json.loads(desk_cli(box, "attendance", "--json").stdout)}
    assert items["d1-linkage"]["online"] == 1  # Ana, 09:15–10:15
    assert items["d1-panel-trust"]["online"] == 1  # Ben
    assert items["d1-beyond-remittances"]["online"] == 1  # the Zoom user, who is Carla
    assert all(i["in_person"] == 0 for i in items.values())
