"""The real window on a server, under a real scanner's keys: the server goes away in the
middle of the queue and comes back. Every badge is checked in once, on the server and in
the desk's own file, and no window ever opens over the scan field.

60 badges, 0.4 s apart: 20 with the server, 20 while its database refuses every desk (its
connections cut), 20 after it answers again (the desk replays by itself, within seconds).
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from tests.acceptance.xsession import (
    FAKE_NOW,
    App,
    Sandbox,
    Watcher,
    XSession,
    desk_cli,
    fail_if,
    live_records,
    log_problems,
    read_people,
    wait_for,
    x_session,
)
from tests.server_support import cut, reconnect, server_checkins, server_database

pytestmark = pytest.mark.realwindow

BADGES = 60
GAP = 0.4


@pytest.fixture(scope="module")
def xsession(tmp_path_factory: pytest.TempPathFactory):
    with x_session(tmp_path_factory.mktemp("xsession")) as session:
        yield session


def test_the_queue_goes_on_when_the_server_goes_and_comes_back(
    xsession: XSession, tmp_path: Path
) -> None:
    with server_database() as url:
        box = Sandbox.create(tmp_path)
        desk_cli(box, "demo", "--count", "150", "--seed", "2205", server=url)
        people = [p for p in read_people(box.db) if p.mode == "in_person"]
        codes = [p.code for p in random.Random(2205).sample(people, BADGES)]
        app = App(xsession, box, fake_time=FAKE_NOW, server=url)
        app.start()
        with Watcher(app) as watcher:
            for i, code in enumerate(codes):
                if i == 20:
                    app.doing = "the server goes away"
                    cut(url)
                if i == 40:
                    app.screenshot("offline.png")
                    app.doing = "the server answers again"
                    reconnect(url)
                app.doing = f"badge {i + 1}: {code}"
                app.scan(code)
                time.sleep(GAP)
            app.doing = "waiting for the replay"
            wait_for(lambda: len(server_checkins(url)) >= BADGES, 30, 0.5)
            app.doing = "the end"
        shot = app.screenshot("end.png")
        app.close()
        on_server = server_checkins(url)
        problems = []
        if len(on_server) != BADGES or set(on_server.values()) != {1}:
            problems.append(
                f"{len(on_server)} people checked in on the server (want {BADGES}), counts "
                f"{sorted(set(on_server.values()))}"
            )
        in_file = {r["participant_id"] for r in live_records(box.db, "checkin")}
        if in_file != set(on_server):
            problems.append(f"the desk's own file has {len(in_file)} of them")
        problems += watcher.problems()
        problems += log_problems(app)
        fail_if(problems, app, watcher, shot)
