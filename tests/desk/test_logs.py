"""The log file: errors with their tracebacks, one handler however often it is started, and a
bounded size (it rotates)."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from desk import logs
from desk.logs import start_logging
from tests.log_support import root_logger_restored


@pytest.fixture(autouse=True)
def _restore_root_logger() -> Iterator[None]:
    with root_logger_restored():
        yield


def _file_handlers() -> list[RotatingFileHandler]:
    return [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]


def test_an_error_is_written_with_its_traceback(tmp_path: Path) -> None:
    path = start_logging(tmp_path / "logs" / "desk.log")
    assert path == tmp_path / "logs" / "desk.log"
    try:
        raise ValueError("the scanner sent nonsense")
    except ValueError:
        logging.getLogger("desk.something").exception("could not read scan %s", "ABC-123")
    text = path.read_text(encoding="utf-8")
    assert "ERROR desk.something: could not read scan ABC-123" in text
    assert "Traceback (most recent call last):" in text
    assert 'raise ValueError("the scanner sent nonsense")' in text
    assert "ValueError: the scanner sent nonsense" in text


def test_the_default_file_is_in_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "data"))
    path = start_logging()
    assert path == tmp_path / "data" / "logs" / "desk.log"
    logging.getLogger("desk").info("scan ready in 12 ms")
    assert "INFO desk: scan ready in 12 ms" in path.read_text(encoding="utf-8")


def test_starting_twice_adds_one_handler(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = len(logging.getLogger().handlers)
    path = start_logging(tmp_path / "desk.log")
    monkeypatch.chdir(tmp_path)
    assert start_logging(Path("desk.log")) == path  # the same file, however it is named
    assert start_logging(path) == path
    assert len(logging.getLogger().handlers) == before + 1
    assert [Path(h.baseFilename) for h in _file_handlers()].count(path) == 1
    logging.getLogger("desk").warning("said once")
    assert path.read_text(encoding="utf-8").count("said once") == 1


def test_the_file_rotates_past_its_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    path = start_logging(tmp_path / "desk.log")
    log = logging.getLogger("desk.something")
    for i in range(300):  # about 30 kB: more than the file and its backups hold
        log.info("scan %03d ready in 12 ms %s", i, "x" * 40)
    backups = sorted(p.name for p in tmp_path.iterdir() if p.name != "desk.log")
    assert backups == [f"desk.log.{n}" for n in range(1, logs.BACKUPS + 1)]
    for p in tmp_path.iterdir():
        assert os.path.getsize(p) <= 2_000
    assert "scan 299 " in path.read_text(encoding="utf-8")  # the newest in desk.log
    kept = "".join(p.read_text(encoding="utf-8") for p in tmp_path.iterdir())
    assert "scan 000 " not in kept  # the oldest dropped
