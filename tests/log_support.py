"""Test helper for ``desk.logs``: whatever a test adds to the root logger goes away after it."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def root_logger_restored() -> Iterator[None]:
    """Remove (and close) the handlers added to the root logger inside, restore its level."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        yield
    finally:
        for handler in list(root.handlers):
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)
