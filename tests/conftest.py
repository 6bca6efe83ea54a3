"""Test set-up: no display, no user folders touched, one factory for test data."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Without a display pytest-qt dies silently: render offscreen. Set before Qt loads.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# QtMultimedia's notes on what this machine lacks (PipeWire, VA-API): not warnings of ours.
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")
_sandbox = Path(tempfile.mkdtemp(prefix="desk-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_sandbox / "config")  # QSettings
os.environ["DESK_DATA_DIR"] = str(_sandbox / "data")
os.environ.pop("DESK_DB", None)

import pytest  # noqa: E402

from desk import i18n  # noqa: E402
from desk.events.event import Event, default_event  # noqa: E402
from desk.storage.db import Database  # noqa: E402
from tests.factory import Factory  # noqa: E402


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """tests/benchmarks run only when named on the command line."""
    if "benchmarks" in collection_path.parts:
        asked = any("benchmarks" in str(arg) for arg in config.args)
        return None if asked else True
    return None


@pytest.fixture(autouse=True)
def _english_core() -> None:
    """Core messages in English unless a test switches language."""
    i18n.set_language("en")


@pytest.fixture
def event() -> Event:
    return default_event()


@pytest.fixture(params=["sqlite", "postgresql"])
def engine_name(request: pytest.FixtureRequest) -> str:
    """Every test that uses ``db`` runs on both engines: a desk's own SQLite file, and a
    desk on a PostgreSQL server (skipped without a test server, except in CI)."""
    return str(request.param)


@pytest.fixture
def db(tmp_path: Path, event: Event, engine_name: str):
    if engine_name == "sqlite":
        database: Database = Database(tmp_path / "desk.sqlite3", desk_name="Test desk")
        database.bind_event(event.id)
        yield database
        database.close()
        return
    from desk.server.database import ServerDatabase
    from tests.server_support import server_database

    with server_database() as url:
        database = ServerDatabase(url, local=tmp_path / "desk.sqlite3", desk_name="Test desk")
        try:
            database.bind_event(event.id)
            yield database
        finally:
            database.close()


@pytest.fixture
def factory(event: Event) -> Factory:
    return Factory(event)
