"""The camera, the sounds and the kiosk in the main window (ui.scanning): F3, codes from
the camera into the scan path of the screen on show, a sound per result, the kiosk in
front of the window, and the kiosks' refusals in a staffed desk's list of the last scans.
The camera's own pipeline is tested in test_camera.py (clips through QtMultimedia), the
real window in tests/acceptance/test_camera_kiosk_window.py."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desk.doors.attendance import door_items
from desk.events.event import Event
from desk.people.participants import all_participants
from desk.staff import operators as ops
from desk.storage.db import Database
from tests.ui.test_printing import info
from ui.camera.settings import CAMERA_ON
from ui.main_window import MainWindow
from ui.sounds import ATTENTION, ERROR, OK


def in_person(db: Database) -> list:  # type: ignore[type-arg]
    with db.read() as session:
        return [p for p in all_participants(session) if p.mode == "in_person"]


def test_f3_shows_the_camera_beside_the_panel_and_remembers_it(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    scanning = window.scanning
    assert not any(p.isVisible() for p in scanning.previews)
    try:
        scanning.camera_action.trigger()  # F3; there is no camera here
        assert scanning.previews[0].isVisible() and CAMERA_ON.get()
        assert scanning.scanner.is_running()
        qtbot.waitUntil(lambda: "camera" in scanning.scanner.status(), timeout=3000)
        assert window.search_field.hasFocus() or not window.isActiveWindow()
        scanning.camera_action.trigger()
        assert not scanning.previews[0].isVisible() and not CAMERA_ON.get()
        assert not scanning.scanner.is_running()
    finally:
        CAMERA_ON.remove()
    assert scanning.camera_action.shortcut().toString() == "F3"


def test_a_camera_code_goes_the_scanner_s_way_with_its_sound(
    window: MainWindow, db: Database, event: Event
) -> None:
    scanning = window.scanning
    ana, ben = in_person(db)[:2]
    scanning.scanner.code_read.emit(ana.code)
    assert window.screen_.state == "checked_in" and info(db, ana.id).checked_in_at is not None
    assert scanning.sounds.last == OK
    assert ana.full_name in window.screen_.recent.texts()[0]
    scanning.scanner.code_read.emit(ana.code)
    assert window.screen_.state == "already" and scanning.sounds.last == ATTENTION
    scanning.scanner.code_read.emit("ZZZZ-ZZZZ-ZZZZ")
    assert scanning.sounds.last == ERROR
    # At the door the same code is an entry.
    item = door_items(event)[0]
    window.show_screen("door")
    window.door.set_item(item.id)
    scanning.scanner.code_read.emit(ben.code)  # the forum is over: the door asks first
    result = window.door.last_result
    assert result is not None and result.participant is not None
    assert result.participant.id == ben.id and result.needs_confirmation
    assert scanning.sounds.last == ATTENTION
    # The dashboard has no field: a code shown to it is not taken.
    window.show_screen("dashboard")
    scanning.scanner.code_read.emit(ana.code)
    window.show_screen("checkin")


def test_kiosk_refusals_from_another_desk_show_in_the_list_of_the_last_scans(
    window: MainWindow, db: Database
) -> None:
    scanning = window.scanning
    online = next(p for p in all_of(db) if p.mode == "online")
    other = "0000-kiosk-desk"

    def refuse(detail: str) -> None:
        with db.write() as session:
            ops.log(session, ops.KIOSK, detail, desk_id=other, operator="kiosk")

    refuse("unknown AAAA")  # before the window looked: the past is not replayed
    scanning.show_kiosk_attempts()
    before = window.screen_.recent.texts()
    refuse(f"online {online.code}")
    with db.write() as session:  # this desk's own (a kiosk here): not listed
        ops.log(session, ops.KIOSK, "unknown BBBB", desk_id=db.desk_id, operator="kiosk")
    scanning.show_kiosk_attempts()
    scanning.show_kiosk_attempts()  # each once
    texts = window.screen_.recent.texts()
    assert len(texts) == len(before) + 1
    assert online.full_name in texts[0] and "registered online" in texts[0]


def all_of(db: Database) -> list:  # type: ignore[type-arg]
    with db.read() as session:
        return all_participants(session)


def test_the_kiosk_hides_the_window_takes_the_camera_and_gives_it_back(
    window: MainWindow, db: Database, qtbot
) -> None:  # type: ignore[no-untyped-def]
    scanning = window.scanning
    printed: list[str] = []
    window.badges.printer.print_badges = lambda ids, **_kw: printed.extend(ids)  # type: ignore[method-assign]
    scanning.enter_kiosk()
    kiosk = scanning.kiosk
    assert kiosk is not None and kiosk.isVisible() and not window.isVisible()
    assert scanning.scanner.is_running()
    ana = in_person(db)[5]
    scanning.scanner.code_read.emit(ana.code)  # the camera's codes go to the kiosk
    qtbot.waitUntil(lambda: printed == [ana.id], timeout=3000)
    scanning.leave_kiosk()
    QApplication.processEvents()
    assert scanning.kiosk is None and window.isVisible() and not scanning.scanner.is_running()
    assert info(db, ana.id).checked_in_at is not None


def test_the_settings_choose_the_camera_and_the_sounds_for_this_computer(
    qtbot, db: Database, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from ui import settings_dialog
    from ui.camera.settings import CAMERA_DEVICE
    from ui.settings_dialog import SettingsDialog, apply_settings, current_settings
    from ui.sounds import SOUND_MUTED, SOUND_VOLUME

    monkeypatch.setattr(settings_dialog, "cameras", lambda: [("usb-1", "Logitech C270")])
    dialog = SettingsDialog(current_settings(db, "Ana"), printers=[])
    qtbot.addWidget(dialog)
    combo = dialog.camera_combo
    assert [combo.itemText(i) for i in range(combo.count())][1:] == ["Logitech C270"]
    assert dialog.volume_spin.value() == 70 and not dialog.mute_box.isChecked()
    combo.setCurrentIndex(1)
    dialog.volume_spin.setValue(30)
    dialog.mute_box.setChecked(True)
    assert not dialog.volume_spin.isEnabled()
    try:
        apply_settings(db, dialog.values())
        assert (CAMERA_DEVICE.get(), SOUND_VOLUME.get(), SOUND_MUTED.get()) == ("usb-1", 30, True)
        # Unplugged since: still chosen, said so, and kept unless another is chosen.
        monkeypatch.setattr(settings_dialog, "cameras", lambda: [])
        again = SettingsDialog(current_settings(db, "Ana"), printers=[])
        qtbot.addWidget(again)
        assert again.camera_combo.currentData() == "usb-1"
        assert "not connected" in again.camera_combo.currentText()
        assert again.values().camera == "usb-1"
    finally:
        for setting in (CAMERA_DEVICE, SOUND_VOLUME, SOUND_MUTED):
            setting.remove()
