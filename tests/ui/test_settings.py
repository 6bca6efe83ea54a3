"""The window's settings, declared once in ui/settings.py: keys of earlier versions, typed
values, a damaged value read as the default."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desk import config
from desk.badges.layouts import DEFAULT_LAYOUT
from desk.storage.db import Database
from ui import settings
from ui.language import apply_language
from ui.settings import (
    ALL,
    BACKUP_INTERVAL,
    BADGE_LAYOUT,
    BADGE_MODE,
    BADGE_ONLY_IF_NONE,
    BADGE_PRINTER,
    LANGUAGE,
    MODE_ASK,
    PDF_FOLDER,
    SETUP_DONE,
    SYNC_FOLDER,
    Setting,
    last_folder,
    set_last_folder,
)

DESK = "0190aaaa-bbbb-7ccc-8ddd-eeeeffff0000"


@pytest.fixture(autouse=True)
def _clean(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Each test starts and ends with none of the settings stored."""

    def clear() -> None:
        for setting in ALL:
            setting.remove(DESK if setting.per_desk else None)

    clear()
    yield
    clear()


def test_every_setting_is_declared_once_with_a_title() -> None:
    apply_language("en")
    declared = [v for v in vars(settings).values() if isinstance(v, Setting)]
    assert sorted(s.key for s in declared) == sorted(s.key for s in ALL)
    assert len({s.key for s in ALL}) == len(ALL)
    for setting in ALL:
        assert type(setting.default) is setting.type, setting.key
        assert setting.title and setting.label() == setting.title  # English: as written


def test_the_keys_are_those_of_earlier_versions() -> None:
    keys = {s.key_for(DESK if s.per_desk else None) for s in ALL}
    assert keys == {
        "language",
        "operator",
        "last_folder",
        "backup/interval_minutes",
        "data/mode",  # new with server mode
        "data/server_url",
        f"setup/{DESK}/done",
        f"sync/{DESK}/folder",
        f"badge_printing/{DESK}/mode",
        f"badge_printing/{DESK}/only_if_none",
        f"badge_printing/{DESK}/printer",
        f"badge_printing/{DESK}/layout",
        f"badge_printing/{DESK}/pdf_folder",
    }


def test_defaults_until_set_and_the_core_s_from_desk_config() -> None:
    assert (LANGUAGE.get(), SYNC_FOLDER.get(DESK), SETUP_DONE.get(DESK)) == ("", "", False)
    assert BADGE_ONLY_IF_NONE.get(DESK) is True and BADGE_LAYOUT.get(DESK) == DEFAULT_LAYOUT
    assert BACKUP_INTERVAL.get() == config.BACKUP_INTERVAL_DEFAULT


def test_values_come_back_typed_also_as_text_from_the_file() -> None:
    BADGE_MODE.set(MODE_ASK, DESK)
    BACKUP_INTERVAL.set(30)
    BADGE_ONLY_IF_NONE.set(False, DESK)
    assert (BADGE_MODE.get(DESK), BACKUP_INTERVAL.get(), BADGE_ONLY_IF_NONE.get(DESK)) == (
        MODE_ASK,
        30,
        False,
    )
    # What an INI file gives back after a restart: text.
    store = QSettings()
    store.setValue("backup/interval_minutes", "15")
    store.setValue(f"badge_printing/{DESK}/only_if_none", "false")
    store.setValue(f"setup/{DESK}/done", "true")
    assert (BACKUP_INTERVAL.get(), BADGE_ONLY_IF_NONE.get(DESK), SETUP_DONE.get(DESK)) == (
        15,
        False,
        True,
    )


def test_a_damaged_or_old_value_reads_as_the_default_or_its_new_form() -> None:
    store = QSettings()
    store.setValue("language", "fr")
    store.setValue("backup/interval_minutes", "soon")
    store.setValue(f"badge_printing/{DESK}/mode", "sometimes")
    store.setValue(f"badge_printing/{DESK}/layout", "letter")
    store.setValue(f"sync/{DESK}/folder", ["a", "b"])
    assert (LANGUAGE.get(), BACKUP_INTERVAL.get(), BADGE_MODE.get(DESK)) == ("", 5, "")
    assert (BADGE_LAYOUT.get(DESK), SYNC_FOLDER.get(DESK)) == (DEFAULT_LAYOUT, "")
    store.setValue("backup/interval_minutes", 0)
    assert BACKUP_INTERVAL.get() == config.BACKUP_INTERVAL_MIN  # brought within bounds
    store.setValue("backup/interval_minutes", "1e9")
    assert BACKUP_INTERVAL.get() == config.BACKUP_INTERVAL_MAX
    # The "Save as PDF file…" printer of older versions is the PDF folder now.
    store.setValue(f"badge_printing/{DESK}/printer", "::pdf-file::")
    assert BADGE_PRINTER.get(DESK) == PDF_FOLDER


def test_a_desk_s_own_setting_needs_the_desk_and_a_global_one_none() -> None:
    with pytest.raises(ValueError, match="desk's id"):
        SYNC_FOLDER.get()
    with pytest.raises(ValueError):
        LANGUAGE.set("es", DESK)
    assert SYNC_FOLDER.key_for("x") == "sync/x/folder"


def test_one_last_folder_for_every_file_dialog(tmp_path: Path) -> None:
    assert last_folder() == Path.home()
    set_last_folder(tmp_path)
    assert last_folder() == tmp_path
    assert QSettings().value("last_folder") == str(tmp_path)


def test_clamp_backup_interval() -> None:
    clamp = config.clamp_backup_interval
    assert (clamp("10"), clamp(0), clamp(10**9), clamp("soon"), clamp("nan")) == (
        10,
        1,
        24 * 60,
        5,
        5,
    )
    assert clamp("2.7") == 2 and clamp(float("inf")) == 24 * 60


def test_a_settings_file_of_an_earlier_version_loads(tmp_path: Path) -> None:
    """Written as earlier versions wrote it (and the acceptance tests still do), read by a
    fresh process through ui/settings.py."""
    file = tmp_path / "config" / "desk" / "Desk.conf"  # QSettings of "desk" / "Desk"
    file.parent.mkdir(parents=True)
    old = QSettings(str(file), QSettings.Format.IniFormat)
    for key, value in {
        "language": "es",
        "operator": "Begoña Núñez",
        "last_folder": str(tmp_path),
        "backup/interval_minutes": 15,
        f"setup/{DESK}/done": True,
        f"sync/{DESK}/folder": str(tmp_path / "usb"),
        f"badge_printing/{DESK}/mode": "ask",
        f"badge_printing/{DESK}/only_if_none": False,
        f"badge_printing/{DESK}/printer": "::pdf-file::",
        f"badge_printing/{DESK}/layout": "a6",
        f"badge_printing/{DESK}/pdf_folder": str(tmp_path / "pdf"),
    }.items():
        old.setValue(key, value)
    old.sync()
    del old
    script = f"""
import json
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
app.setOrganizationName("desk")
app.setApplicationName("Desk")
from ui import settings
from ui.language import apply_language
print(json.dumps({{s.key: s.get({DESK!r} if s.per_desk else None) for s in settings.ALL}}))
"""
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")}
    out = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert json.loads(out) == {
        "language": "es",
        "operator": "Begoña Núñez",
        "last_folder": str(tmp_path),
        "backup/interval_minutes": 15,
        "data/mode": "file",  # not in an earlier version's file: one desk's own file
        "data/server_url": "",
        "setup/{desk}/done": True,
        "sync/{desk}/folder": str(tmp_path / "usb"),
        "badge_printing/{desk}/mode": MODE_ASK,
        "badge_printing/{desk}/only_if_none": False,
        "badge_printing/{desk}/printer": PDF_FOLDER,
        "badge_printing/{desk}/layout": "a6",
        "badge_printing/{desk}/pdf_folder": str(tmp_path / "pdf"),
    }


# ------------------------------------------------- this computer's camera and sounds


@pytest.fixture
def computer_settings() -> Iterator[None]:
    """The camera and sound settings (declared beside the camera and the sounds, not in
    ui/settings.py) start and end unset."""
    from ui.camera.settings import CAMERA_DEVICE
    from ui.sounds import SOUND_MUTED, SOUND_VOLUME

    def clear() -> None:
        for setting in (CAMERA_DEVICE, SOUND_VOLUME, SOUND_MUTED):
            setting.remove()

    clear()
    yield
    clear()


def test_the_sound_settings_read_typed_and_within_bounds(computer_settings: None) -> None:
    from ui.sounds import SOUND_MUTED, SOUND_VOLUME

    assert (SOUND_VOLUME.get(), SOUND_MUTED.get()) == (70, False)
    store = QSettings()
    store.setValue("sound/volume", "loud")
    store.setValue("sound/muted", "true")  # as text in the INI file
    assert (SOUND_VOLUME.get(), SOUND_MUTED.get()) == (70, True)
    store.setValue("sound/volume", -20)
    assert SOUND_VOLUME.get() == 0
    store.setValue("sound/volume", "250")
    assert SOUND_VOLUME.get() == 100


def test_the_camera_and_sound_rows_save_load_and_take_the_keyboard(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, computer_settings: None
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from ui import settings_dialog
    from ui.camera.settings import CAMERA_DEVICE
    from ui.settings_dialog import SettingsDialog, apply_settings, current_settings
    from ui.sounds import SOUND_MUTED, SOUND_VOLUME

    apply_language("en")
    monkeypatch.setattr(settings_dialog, "cameras", lambda: [])
    dialog = SettingsDialog(current_settings(db, "Ana"), printers=[])
    qtbot.addWidget(dialog)
    combo, spin, mute = dialog.camera_combo, dialog.volume_spin, dialog.mute_box
    # No camera here: the system's default is chosen and a line says none is connected.
    assert combo.count() == 1 and combo.currentData() == ""
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "No camera is connected to this computer now." in texts
    # Every row has a label whose Alt+letter leads to it, and Tab reaches it.
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if "&" in label.text()}
    assert combo in buddies and spin in buddies
    assert "&" in mute.text()
    for widget in (combo, spin, mute):
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert (spin.minimum(), spin.maximum(), spin.suffix().strip()) == (0, 100, "%")
    # Saved for this computer and shown again the next time.
    spin.setValue(45)
    mute.setChecked(True)
    assert not spin.isEnabled()  # muted: the volume waits
    apply_settings(db, dialog.values())
    assert (CAMERA_DEVICE.get(), SOUND_VOLUME.get(), SOUND_MUTED.get()) == ("", 45, True)
    monkeypatch.setattr(settings_dialog, "cameras", lambda: [("v4l-0", "HD Webcam")])
    again = SettingsDialog(current_settings(db, "Ana"), printers=[])
    qtbot.addWidget(again)
    assert (again.volume_spin.value(), again.mute_box.isChecked()) == (45, True)
    assert [again.camera_combo.itemData(i) for i in range(again.camera_combo.count())] == [
        "",
        "v4l-0",
    ]
    again.camera_combo.setCurrentIndex(1)
    again.mute_box.setChecked(False)
    assert again.volume_spin.isEnabled()
    apply_settings(db, again.values())
    assert (CAMERA_DEVICE.get(), SOUND_MUTED.get()) == ("v4l-0", False)
