"""Settings → everything the first-run setup asked, later: the desk's name, the operator,
the language, badge printing, the automatic backup interval, the shared sync folder, and
where the data is (this computer's file or a server several desks share: used from the
next start on)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk import config, i18n
from desk.storage.db import Database
from ui.camera import cameras
from ui.camera.settings import CAMERA_DEVICE
from ui.printing.settings import PDF_FOLDER_NAME, PrintSettings, load_settings, save_settings
from ui.settings import (
    BACKUP_INTERVAL,
    DATA_MODE,
    DATA_SERVER,
    LANGUAGE,
    OPERATOR,
    SERVER_URL,
    SYNC_FOLDER,
    save,
)
from ui.setup_fields import FOCUS_RING, DataFields, PrintingFields, language_combo, printer_names
from ui.sounds import SOUND_MUTED, SOUND_VOLUME


@dataclass(frozen=True, slots=True)
class DeskSettings:
    desk_name: str
    operator: str
    language: str
    printing: PrintSettings
    backup_interval_minutes: int
    sync_folder: str  # "" for none
    data_mode: str = ""  # ui.settings.DATA_FILE or DATA_SERVER ("": as saved)
    server_url: str = ""
    location: str = ""  # where this start's data is, for people (not saved)
    on_server: bool = False  # this start works on a server
    pdf_default: str = ""  # where badge PDFs go when no PDF folder is chosen (not saved)
    camera: str = ""  # the camera's id ("": the system's default camera), per computer
    sound_volume: int = SOUND_VOLUME.default  # 0–100, per computer
    sounds_muted: bool = False


def current_settings(db: Database, operator: str) -> DeskSettings:
    return DeskSettings(
        desk_name=db.desk_name,
        operator=operator,
        language=i18n.language(),
        printing=load_settings(db.desk_id),
        backup_interval_minutes=BACKUP_INTERVAL.get(),
        sync_folder=SYNC_FOLDER.get(db.desk_id),
        data_mode=DATA_MODE.get(),
        server_url=SERVER_URL.get(),
        location=db.location,
        on_server=db.is_server,
        pdf_default=str(db.path.parent / PDF_FOLDER_NAME),
        camera=CAMERA_DEVICE.get(),
        sound_volume=SOUND_VOLUME.get(),
        sounds_muted=SOUND_MUTED.get(),
    )


def apply_settings(db: Database, values: DeskSettings) -> None:
    """Save them all. The language and the operator are also for the window to take up
    (the window's ``language_requested``, ``set_operator``). Raises DeskError on a desk
    name the database refuses (the other settings are saved first)."""
    OPERATOR.set(values.operator)
    LANGUAGE.set(values.language)
    BACKUP_INTERVAL.set(config.clamp_backup_interval(values.backup_interval_minutes))
    SYNC_FOLDER.set(values.sync_folder, db.desk_id)
    CAMERA_DEVICE.set(values.camera)
    SOUND_VOLUME.set(values.sound_volume)
    SOUND_MUTED.set(values.sounds_muted)
    if values.data_mode:
        DATA_MODE.set(values.data_mode)
        SERVER_URL.set(values.server_url)
    save()
    save_settings(db.desk_id, values.printing)
    if values.desk_name != db.desk_name:
        db.set_desk_name(values.desk_name)


class SettingsDialog(QDialog):
    def __init__(
        self,
        current: DeskSettings,
        *,
        printers: Sequence[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self.setStyleSheet(FOCUS_RING)  # the focused field framed in blue
        layout = QVBoxLayout(self)

        desk = QGroupBox(self.tr("This desk"))
        form = QFormLayout(desk)
        self.desk_field = QLineEdit(current.desk_name)
        self.operator_field = QLineEdit(current.operator)
        self.operator_field.setPlaceholderText(self.tr("Your name"))
        self.language_combo = language_combo(current.language)
        form.addRow(self.tr("&Desk name:"), self.desk_field)
        form.addRow(self.tr("&Operator:"), self.operator_field)
        form.addRow(self.tr("Lan&guage:"), self.language_combo)
        layout.addWidget(desk)

        badges = QGroupBox(self.tr("Badge printing"))
        badges_layout = QVBoxLayout(badges)
        self.printing = PrintingFields(
            current.printing,
            printer_names() if printers is None else printers,
            default_folder=Path(current.pdf_default) if current.pdf_default else None,
        )
        self.printing.hide_note()
        badges_layout.addWidget(self.printing)
        layout.addWidget(badges)

        data = QGroupBox(self.tr("Backups and sync"))
        data_form = QFormLayout(data)
        self.interval_spin = QSpinBox()
        self.interval_spin.setRange(config.BACKUP_INTERVAL_MIN, config.BACKUP_INTERVAL_MAX)
        self.interval_spin.setValue(current.backup_interval_minutes)
        self.interval_spin.setSuffix(self.tr(" min"))
        data_form.addRow(self.tr("Automatic &backup every:"), self.interval_spin)
        self.folder_field = QLineEdit(current.sync_folder)
        self.folder_field.setPlaceholderText(self.tr("None: sync by files on a USB stick"))
        self.folder_button = QPushButton(self.tr("C&hoose…"))
        self.folder_button.setAutoDefault(False)
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.folder_field, 1)
        row.addWidget(self.folder_button)
        # A row of two widgets: the label needs its buddy set (else its "&" shows).
        folder_label = QLabel(self.tr("&Shared sync folder:"))
        folder_label.setBuddy(self.folder_field)
        data_form.addRow(folder_label, row)
        layout.addWidget(data)

        layout.addWidget(self._build_camera_and_sounds(current))

        where = QGroupBox(self.tr("Where the data is"))
        where_layout = QVBoxLayout(where)
        self.data_fields = DataFields(current.data_mode, current.server_url)
        where_layout.addWidget(self.data_fields)
        self.data_note = QLabel()
        self.data_note.setWordWrap(True)
        self.data_note.setTextFormat(Qt.TextFormat.PlainText)
        self.data_note.setStyleSheet("color: #555555;")
        now = (
            self.tr("Now: server {url}.") if current.on_server else self.tr("Now: the file {path}.")
        )
        self.data_note.setText(
            now.format(url=current.location, path=current.location)
            + " "
            + self.tr(
                "A change takes effect the next time Desk starts (a database given on the "
                "command line or in DESK_DB comes first)."
            )
        )
        where_layout.addWidget(self.data_note)
        layout.addWidget(where)
        self._current = current

        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.desk_field.setFocus()

    def values(self) -> DeskSettings:
        return DeskSettings(
            desk_name=self.desk_field.text().strip(),
            operator=self.operator_field.text().strip(),
            language=str(self.language_combo.currentData()),
            printing=self.printing.settings(),
            backup_interval_minutes=self.interval_spin.value(),
            sync_folder=self.folder_field.text().strip(),
            data_mode=self.data_fields.mode(),
            server_url=self.data_fields.url(),
            location=self._current.location,
            on_server=self._current.on_server,
            pdf_default=self._current.pdf_default,
            camera=str(self.camera_combo.currentData()),
            sound_volume=self.volume_spin.value(),
            sounds_muted=self.mute_box.isChecked(),
        )

    def _build_camera_and_sounds(self, current: DeskSettings) -> QGroupBox:
        """The camera that scans (F3) and the sounds after a scan, for this computer."""
        box = QGroupBox(self.tr("Camera and sounds (this computer)"))
        form = QFormLayout(box)
        self.camera_combo = QComboBox()
        self.camera_combo.addItem(self.tr("The system's default camera"), "")
        found = cameras()
        for device, description in found:
            self.camera_combo.addItem(description, device)
        if current.camera and self.camera_combo.findData(current.camera) < 0:
            self.camera_combo.addItem(
                self.tr("The camera chosen before (not connected)"), current.camera
            )
        self.camera_combo.setCurrentIndex(max(0, self.camera_combo.findData(current.camera)))
        form.addRow(self.tr("C&amera:"), self.camera_combo)
        if not found:
            none = QLabel(self.tr("No camera is connected to this computer now."))
            none.setStyleSheet("color: #555555;")
            form.addRow("", none)
        self.volume_spin = QSpinBox()
        self.volume_spin.setRange(0, 100)
        self.volume_spin.setSingleStep(10)
        self.volume_spin.setSuffix(" %")
        self.volume_spin.setValue(current.sound_volume)
        self.mute_box = QCheckBox(self.tr("&Mute the sounds"))
        self.mute_box.setChecked(current.sounds_muted)
        self.mute_box.toggled.connect(self.volume_spin.setDisabled)
        self.volume_spin.setDisabled(current.sounds_muted)
        row = QHBoxLayout()
        row.addWidget(self.volume_spin)
        row.addWidget(self.mute_box)
        row.addStretch(1)
        volume_label = QLabel(self.tr("Sou&nd volume:"))
        volume_label.setBuddy(self.volume_spin)
        form.addRow(volume_label, row)
        return box

    def _problem(self) -> tuple[str, QWidget] | None:
        values = self.values()
        if not values.desk_name:
            return self.tr("Enter the desk's name."), self.desk_field
        if not values.operator:
            return self.tr("Enter your name."), self.operator_field
        folder_problem = self.printing.make_folder()
        if folder_problem is not None:
            return folder_problem, self.printing.folder_field
        if values.sync_folder and not Path(values.sync_folder).expanduser().is_dir():
            return (
                self.tr(
                    "The sync folder {folder} does not exist (is the network drive connected?)."
                ).format(folder=values.sync_folder),
                self.folder_field,
            )
        if values.data_mode == DATA_SERVER:
            changed = (values.data_mode, values.server_url) != (
                self._current.data_mode,
                self._current.server_url,
            )
            if changed and self.data_fields.verify() is not None:  # why: under the address
                return (
                    self.tr("This server cannot be used: see the message under its address."),
                    self.data_fields.url_field,
                )
        return None

    def data_changed(self) -> bool:
        """Where the data is was changed (it takes effect at the next start)."""
        values = self.values()
        return (values.data_mode, values.server_url) != (
            self._current.data_mode,
            self._current.server_url,
        )

    def _on_buttons_accepted(self) -> None:
        problem = self._problem()
        if problem is not None:
            text, widget = problem
            self.error.setText(text)
            self.error.show()
            widget.setFocus()
            return
        self.accept()

    def _on_folder_button_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self,
            self.tr("Shared sync folder"),
            self.folder_field.text() or str(Path.home()),
        )
        if chosen:
            self.folder_field.setText(chosen)
