"""The main window: the event, today's agenda, participants with live search and counts."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from desk import APP_NAME, __version__
from desk.db import Database
from desk.display import day_label, event_dates, item_time_range
from desk.event import Event, agenda_for_display, current_item
from desk.export import export_participants
from desk.i18n import language
from desk.models import Desk
from desk.participants import Counts, all_participants, counts
from desk.search import SearchResult, search
from ui.import_dialog import ImportDialog
from ui.messages import show_error
from ui.participants_model import ParticipantTableModel
from ui.tasks import TaskRunner

SEARCH_LIMIT = 100  # matches shown for a query (the best first)
BROWSE_LIMIT = 1000  # rows shown, by family name, when the search field is empty


class MainWindow(QMainWindow):
    language_requested = Signal(str)

    def __init__(self, db: Database, event: Event, runner: TaskRunner | None = None) -> None:
        super().__init__()
        self.db = db
        self.desk_event = event
        self.runner = runner or TaskRunner(self)
        self._counts: Counts | None = None
        self._result: SearchResult | None = None
        self.resize(1280, 740)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(12, 10, 12, 6)
        outer.addWidget(self._build_header())

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_participants())
        splitter.addWidget(self._build_agenda())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1060, 280])
        outer.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self._desk_label = QLabel()
        self.statusBar().addPermanentWidget(self._desk_label)

        self._clock = QTimer(self)
        self._clock.setInterval(30_000)
        self._clock.timeout.connect(self._refresh_agenda)
        self._clock.start()

        self.retranslate()
        self.refresh()
        self.search_field.setFocus()

    # -- building ----------------------------------------------------------------------

    def _build_header(self) -> QWidget:
        frame = QFrame()
        frame.setObjectName("eventHeader")
        frame.setStyleSheet(
            "#eventHeader { background: #12355b; border-radius: 6px; }"
            "#eventHeader QLabel { color: white; }"
        )
        layout = QHBoxLayout(frame)
        layout.setContentsMargins(14, 8, 14, 8)
        left = QVBoxLayout()
        self.event_title = QLabel()
        font = QFont()
        font.setPointSize(17)
        font.setBold(True)
        self.event_title.setFont(font)
        self.event_subtitle = QLabel()
        self.event_subtitle.setWordWrap(True)
        self.event_when = QLabel()
        left.addWidget(self.event_title)
        left.addWidget(self.event_subtitle)
        left.addWidget(self.event_when)
        layout.addLayout(left, 1)
        self.counts_label = QLabel()
        self.counts_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        big = QFont()
        big.setPointSize(13)
        self.counts_label.setFont(big)
        layout.addWidget(self.counts_label)
        return frame

    def _build_participants(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 6, 0)
        self.search_field = QLineEdit()
        self.search_field.setClearButtonEnabled(True)
        font = QFont()
        font.setPointSize(14)
        self.search_field.setFont(font)
        self.search_field.textChanged.connect(self._on_search_field_text_changed)
        layout.addWidget(self.search_field)
        self.match_label = QLabel()
        layout.addWidget(self.match_label)
        self.model = ParticipantTableModel(self.desk_event, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((140, 120, 100, 200, 130, 75, 80, 160)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        return box

    def _build_agenda(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 0, 0)
        self.agenda_title = QLabel()
        font = QFont()
        font.setBold(True)
        font.setPointSize(12)
        self.agenda_title.setFont(font)
        self.agenda_title.setWordWrap(True)
        layout.addWidget(self.agenda_title)
        self.agenda_list = QListWidget()
        self.agenda_list.setWordWrap(True)
        self.agenda_list.setSpacing(3)
        self.agenda_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.agenda_list, 1)
        return box

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.import_action = QAction(self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self._on_import_action_triggered)
        self.export_action = QAction(self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self._on_export_action_triggered)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.language_menu = bar.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang, name in (("es", "Español"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setData(lang)
            group.addAction(action)
            self.language_menu.addAction(action)
            action.triggered.connect(lambda _=False, lang=lang: self.language_requested.emit(lang))
            self.language_actions[lang] = action

        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._on_about_action_triggered)
        self.help_menu.addAction(self.about_action)

        focus = QAction(self)
        focus.setShortcuts([QKeySequence("Ctrl+F"), QKeySequence("Ctrl+L")])
        focus.triggered.connect(self._focus_search)
        self.addAction(focus)

    # -- texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        lang = language()
        e = self.desk_event
        self.setWindowTitle(f"{e.short_name.get(lang)} — {APP_NAME}")
        self.event_title.setText(e.short_name.get(lang))
        self.event_subtitle.setText(e.name.get(lang))
        self.event_when.setText(f"{event_dates(e, lang)} · {e.venue.get(lang)}")
        self.search_field.setPlaceholderText(
            self.tr(
                "Search: a few letters of a name, organisation, e-mail or country (accents optional)"  # noqa: E501
            )
        )
        self.file_menu.setTitle(self.tr("&File"))
        self.import_action.setText(self.tr("&Import participant list…"))
        self.export_action.setText(self.tr("&Export participants…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Desk"))
        for code, action in self.language_actions.items():
            action.setChecked(code == lang)
        self._desk_label.setText(
            self.tr("Desk: {name} · {path}").format(name=self.db.desk_name, path=self.db.path)
        )
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )
        self._refresh_agenda()
        self._show_counts()
        self._show_matches()
        self.model.layoutChanged.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- data --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read counts and the current search (after an import, for example)."""
        with self.db.read() as session:
            self._counts = counts(session)
        self._show_counts()
        self._run_search(self.search_field.text())

    def _show_counts(self) -> None:
        c = self._counts
        if c is None:
            return
        self.counts_label.setText(
            self.tr(
                "<b>{registered}</b> registered<br>{in_person} in person · {online} online<br>"
                "<b>{checked}</b> checked in"
            ).format(
                registered=f"{c.registered:,}",
                in_person=f"{c.in_person:,}",
                online=f"{c.online:,}",
                checked=f"{c.checked_in:,}",
            )
        )
        tip = [
            f"{self.desk_event.category(cat).label.get(language())}: {n}"
            for cat, n in sorted(c.by_category.items(), key=lambda kv: -kv[1])
            if cat in {x.id for x in self.desk_event.categories}
        ]
        self.counts_label.setToolTip("\n".join(tip))

    def _on_search_field_text_changed(self, text: str) -> None:
        self._run_search(text)

    def _run_search(self, text: str) -> None:
        with self.db.read() as session:
            limit = SEARCH_LIMIT if text.strip() else BROWSE_LIMIT
            self._result = search(session, self.desk_event, text, limit=limit)
        self.model.set_rows(self._result.hits)
        if self._result.hits:
            self.table.selectRow(0)
        self._show_matches()

    def _show_matches(self) -> None:
        r = self._result
        if r is None:
            return
        if not r.query.strip() and r.total == 0:
            text = self.tr(
                "No participants yet: import the registration list with "
                "File → Import participant list… (Ctrl+I)."
            )
        elif not r.query.strip():
            text = self.tr("{total} participants").format(total=f"{r.total:,}")
            if r.total > len(r.hits):
                text += " " + self.tr("(the first {shown} by family name; type to search)").format(
                    shown=f"{len(r.hits):,}"
                )
        elif r.total == 0:
            text = self.tr("No participant matches “{query}”.").format(query=r.query)
        elif not r.exact:
            text = self.tr("More than {shown} matches for “{query}”: keep typing.").format(
                shown=len(r.hits), query=r.query
            )
        else:
            text = self.tr("{total} match(es) for “{query}”").format(
                total=f"{r.total:,}", query=r.query
            )
            if r.total > len(r.hits):
                text += " " + self.tr("(the best {shown} shown)").format(shown=len(r.hits))
        self.match_label.setText(text)

    def _refresh_agenda(self) -> None:
        lang = language()
        now = datetime.now(self.desk_event.tz)
        day, items = agenda_for_display(self.desk_event, now.date())
        running = current_item(self.desk_event, now)
        if day == now.date():
            self.agenda_title.setText(
                self.tr("Today's agenda — {day}").format(day=day_label(day, lang))
            )
        else:
            self.agenda_title.setText(self.tr("Agenda — {day}").format(day=day_label(day, lang)))
        self.agenda_list.clear()
        for item in items:
            text = f"{item_time_range(item)}  {item.title.get(lang)}"
            if item.tables:
                text += "".join(f"\n    • {t.title.get(lang)}" for t in item.tables)
            if item.places:
                text += "\n    " + ", ".join(item.places)
            entry = QListWidgetItem(text)
            if running is not None and item.id == running.id:
                font = entry.font()
                font.setBold(True)
                entry.setFont(font)
                entry.setText(self.tr("Now: {text}").format(text=text))
            self.agenda_list.addItem(entry)

    # -- actions -----------------------------------------------------------------------

    def _focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def _last_folder(self) -> str:
        return str(QSettings().value("last_folder", str(Path.home())))

    def _on_import_action_triggered(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import participant list"),
            self._last_folder(),
            self.tr("Participant lists (*.csv *.xlsx *.txt *.tsv);;All files (*)"),
        )
        if name:
            QSettings().setValue("last_folder", str(Path(name).parent))
            self.open_import(Path(name))

    def open_import(self, path: Path) -> ImportDialog:
        dialog = ImportDialog(self.db, self.desk_event, path, self.runner, self)
        dialog.imported.connect(lambda _report: self.refresh())
        dialog.open()
        return dialog

    def _on_export_action_triggered(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export participants"),
            str(Path(self._last_folder()) / "participants.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
        )
        if not name:
            return
        try:
            with self.db.read() as session:
                people = all_participants(session)
                desk_names = {d.id: d.name for d in session.scalars(select(Desk))}
            path = export_participants(Path(name), self.desk_event, people, desk_names)
        except Exception as exc:  # shown to the operator, nothing changed
            show_error(self, exc)
            return
        self.statusBar().showMessage(
            self.tr("{count} participants written to {path}").format(count=len(people), path=path),
            8000,
        )

    def _on_about_action_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Desk"),
            self.tr("{app} {version}\nRegistration desk for {event}.\nDatabase: {path}").format(
                app=APP_NAME,
                version=__version__,
                event=self.desk_event.short_name.get(language()),
                path=self.db.path,
            ),
        )

    def closeEvent(self, event: QEvent) -> None:  # type: ignore[override]
        if self.runner.busy:
            QMessageBox.information(
                self, APP_NAME, self.tr("Please wait: an import is still running.")
            )
            event.ignore()
            return
        super().closeEvent(event)
