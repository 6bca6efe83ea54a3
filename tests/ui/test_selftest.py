"""``desk --self-test``: passes on a sound installation, names what is broken otherwise."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk import i18n
from desk.events import event as event_module
from desk.storage import paths
from ui.selftest import main_self_test, run_self_test

ROOT = Path(__file__).resolve().parents[2]
CHECKS = (
    "database",
    "event",
    "demo participants",
    "check-in",
    "badge",
    "chart",
    "export",
    "translations",
    "qt",
    "qt plugins",
    "camera",
)


def _run(**kwargs: object) -> tuple[int, list[str]]:
    lines: list[str] = []
    rc = run_self_test(lines.append, **kwargs)  # type: ignore[arg-type]
    return rc, lines


def _status(lines: list[str]) -> dict[str, str]:
    """check name -> "ok" or "FAIL", from the report's lines."""
    found = {}
    for line in lines:
        for word in ("ok  ", "FAIL "):
            if line.startswith(word):
                name = line[len(word) :].split(":", 1)[0]
                found[name] = word.strip()
    return found


@pytest.fixture
def fresh_catalogs() -> Iterator[None]:
    i18n._catalog.cache_clear()
    yield
    i18n._catalog.cache_clear()


def test_passes_in_the_source_tree() -> None:
    rc, lines = _run()
    assert rc == 0, "\n".join(lines)
    assert _status(lines) == dict.fromkeys(CHECKS, "ok")
    assert lines[-1].startswith("self-test passed in ")
    assert all("\n" not in line for line in lines)


def test_main_prints_one_line_per_check(capsys: pytest.CaptureFixture[str]) -> None:
    assert main_self_test() == 0
    out = capsys.readouterr().out.splitlines()
    assert "(source build)" in out[0]
    assert sum(line.startswith("ok  ") for line in out) == len(CHECKS)


def test_a_broken_event_loader_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> None:
        raise FileNotFoundError("resources/events/rcm-2022-diaspora-forum.json")

    monkeypatch.setattr(event_module, "default_event", broken)
    rc, lines = _run()
    assert rc == 1
    status = _status(lines)
    assert status["database"] == "ok"
    assert status["event"] == "FAIL"
    fail = next(line for line in lines if line.startswith("FAIL event:"))
    assert "FileNotFoundError" in fail and "rcm-2022-diaspora-forum.json" in fail
    # What needs the event says so instead of crashing the run; the rest still runs.
    assert any(line.startswith("FAIL badge: no event") for line in lines)
    assert status["translations"] == "ok" and status["qt"] == "ok"
    assert lines[-1].startswith("self-test FAILED")
    assert "event" in lines[-1]


def test_missing_translations_are_reported(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fresh_catalogs: None
) -> None:
    monkeypatch.setattr(paths, "translations_dir", lambda: tmp_path)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    rc, lines = _run()
    assert rc == 1
    status = _status(lines)
    assert status["translations"] == "FAIL"
    assert status["qt"] == "FAIL"
    assert any("desk_es.qm" in line for line in lines if line.startswith("FAIL qt:"))
    assert status["badge"] == "ok"


def test_extra_checks_run_and_a_multiline_error_stays_on_one_line() -> None:
    def extra() -> str:
        raise RuntimeError("first line\nsecond line")

    rc, lines = _run(extra=[("extra", extra), ("fine", lambda: "good")])
    assert rc == 1
    assert "FAIL extra: RuntimeError: first line second line" in lines
    assert any(line.startswith("ok  fine: good") for line in lines)


def test_the_entry_script_self_test_opens_the_window() -> None:
    """What `dist/desk/desk --self-test` runs, from the source tree (no build here)."""
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "desk_entry.py"), "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert any(line.startswith("ok  window: ") for line in out.stdout.splitlines())
