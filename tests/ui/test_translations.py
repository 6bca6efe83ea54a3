"""Every translatable string has a Spanish and an English text, and the .qm match the .ts."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from desk.storage.paths import translations_dir

ROOT = Path(__file__).resolve().parents[2]


def ts_messages(lang: str) -> dict[tuple[str, str], str | None]:
    tree = ET.parse(translations_dir() / f"desk_{lang}.ts")
    out: dict[tuple[str, str], str | None] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            node = m.find("translation")
            done = node is not None and node.get("type") not in (
                "unfinished",
                "obsolete",
                "vanished",
            )
            out[(name, m.findtext("source") or "")] = (
                node.text if done and node is not None else None
            )
    return out


def test_the_ts_files_hold_every_string_of_the_code(tmp_path: Path) -> None:
    files = subprocess.run(
        ["git", "ls-files", "desk/*.py", "desk/**/*.py", "ui/*.py", "ui/**/*.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), "-locations", "none", *files, "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    tree = ET.parse(fresh)
    in_code = {
        (c.findtext("name") or "", m.findtext("source") or "")
        for c in tree.getroot().iter("context")
        for m in c.iter("message")
    }
    assert in_code, "lupdate found no strings"
    missing = in_code - set(ts_messages("es"))
    assert not missing, f"run scripts/translations.py; not in the .ts: {sorted(missing)[:5]}"


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_string_is_translated(lang: str) -> None:
    untranslated = [k for k, v in ts_messages(lang).items() if not v]
    assert untranslated == []


@pytest.mark.parametrize("lang", ["es", "en"])
def test_compiled_qm_matches_the_ts(qapp, lang: str) -> None:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(translations_dir() / f"desk_{lang}.qm"))
    for (context, source), text in ts_messages(lang).items():
        assert translator.translate(context, source) == text, (context, source)


def test_placeholders_survive_translation() -> None:
    import re

    for (context, source), text in ts_messages("es").items():
        assert set(re.findall(r"\{\w*\}", source)) == set(re.findall(r"\{\w*\}", text or "")), (
            context,
            source,
        )
