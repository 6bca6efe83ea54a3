"""The one place that knows where files live."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from desk import APP_ID


def resources_dir() -> Path:
    """Folder with events/, badges/, fonts/, icons/, translations/ (also inside a frozen app)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def events_dir() -> Path:
    return resources_dir() / "events"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def user_data_dir() -> Path:
    """Per-user data folder (created on demand)."""
    override = os.environ.get("DESK_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_ID, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    """``--db`` wins over ``DESK_DB``, which wins over the user data folder."""
    env = os.environ.get("DESK_DB")
    if env:
        return Path(env).expanduser()
    return user_data_dir() / "desk.sqlite3"
