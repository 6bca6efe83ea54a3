from __future__ import annotations

from pathlib import Path

import pytest

from desk.events.event import Event
from desk.storage.db import Database
from tests.factory import Factory

SIZE = 50_000


@pytest.fixture(scope="session")
def big_list(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 50,000-row participant list as a registration form exports it."""
    from desk.events.event import default_event

    factory = Factory(default_event())
    people = factory.people(SIZE, seed=50)
    for i, p in enumerate(people):  # every row a different person
        p["email"] = f"p{i}.{p['email']}"
    return factory.write_csv(
        tmp_path_factory.mktemp("big") / "50k.csv", people, encoding="utf-8-sig"
    )


@pytest.fixture(scope="session")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Database:
    from desk.events.event import default_event

    event: Event = default_event()
    db = Database(tmp_path_factory.mktemp("bigdb") / "50k.sqlite3")
    db.bind_event(event.id)
    Factory(event).add(db, SIZE, seed=51)
    return db
