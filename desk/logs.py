"""The log: Python logging to a rotating file in the data folder (``logs/desk.log``), what
support asks for after a bad day: every scan's time to "ready", errors with their tracebacks.
A few megabytes at most; the window starts it, the core only writes to ``logging``."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desk.storage.paths import user_data_dir

LOG_NAME = "desk.log"
MAX_BYTES = 2_000_000
BACKUPS = 4  # desk.log.1 … desk.log.4
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_path() -> Path:
    return user_data_dir() / "logs" / LOG_NAME


def start_logging(path: Path | None = None, level: int = logging.INFO) -> Path:
    """Send the program's log records to ``path`` (default: the data folder's log), once."""
    path = (path or log_path()).absolute()  # as the handler keeps it: found again below
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    return path
