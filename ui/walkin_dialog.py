"""Walk-in registration: a short form, a check for people already registered, then one
transaction that registers the person and checks them in.

``ParticipantForm`` (the fields, with their error messages inside the form) is shared with
the participant dialog's Edit mode.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QKeyEvent, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.actions import people
from desk.arrival import codes
from desk.arrival.checkin import CheckinResult, FormError, validate, walk_in_matches
from desk.errors import DeskError
from desk.events.display import local_time
from desk.events.event import Country, Event
from desk.i18n import language
from desk.people.header_map import split_full_name
from desk.people.matching import PARTICLES, Match
from desk.people.participants import EDITABLE_FIELDS, ParticipantInfo
from desk.people.textnorm import fold
from desk.storage.db import Database
from desk.storage.models import MODE_IN_PERSON, MODE_ONLINE, STATUS_CANCELLED, STATUS_REGISTERED
from ui.messages import show_error
from ui.ops import Op

ERROR_COLOUR = "#b3261e"
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1  # folded names, code and aliases of a country
NO_COUNTRY = "—"

_Index = QModelIndex | QPersistentModelIndex


def _name_units(text: str) -> list[str]:
    """Words of a name, a particle kept with the word after it ("de los Ángeles")."""
    units: list[str] = []
    pending: list[str] = []
    for word in text.split():
        if fold(word) in PARTICLES:
            pending.append(word)
            continue
        units.append(" ".join([*pending, word]))
        pending = []
    if pending:
        if units:
            units[-1] = " ".join([units[-1], *pending])
        else:
            units.append(" ".join(pending))
    return units


def move_name_word(given: str, family: str, up: bool) -> tuple[str, str]:
    """Move the word at the boundary between given and family name: ``up`` moves the
    family name's first word to the end of the given name ("Rosa" / "Elena Portal" →
    "Rosa Elena" / "Portal"), else the given name's last word to the family name."""
    g, f = _name_units(given), _name_units(family)
    if up and f:
        g.append(f.pop(0))
    elif not up and g:
        f.insert(0, g.pop())
    return " ".join(g), " ".join(f)


def swatch(colour: str, size: int = 12) -> QIcon:
    """A small square of a category's colour, for combo boxes."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class _FoldingCompleter(QCompleter):
    """Completes on folded text (accents, case and punctuation ignored; Spanish or English
    name, ISO code or alias) but shows and inserts the country's displayed name."""

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index: _Index) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class CountryBox(QComboBox):
    """Countries in the current language: "—", the RCM members, then the rest A–Z.

    Editable: typing shows the matching countries; a name typed without choosing (any
    accents, Spanish or English, an ISO code, an alias of the event file) is understood
    when the field is left."""

    def __init__(self, event: Event, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event = event
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(16)
        lang = language()
        aliases: dict[str, list[str]] = {}
        for alias, code in event.country_aliases.items():
            aliases.setdefault(code, []).append(alias)
        self.addItem(NO_COUNTRY, None)
        for country in event.members:
            self._add(country, lang, aliases)
        self.insertSeparator(self.count())
        others = sorted(
            (c for c in event.countries if not c.member), key=lambda c: fold(c.name.get(lang))
        )
        for country in others:
            self._add(country, lang, aliases)
        completer = _FoldingCompleter(self.model(), self)
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        line = self.lineEdit()
        assert line is not None
        line.editingFinished.connect(self._on_line_edit_editing_finished)

    def _add(self, country: Country, lang: str, aliases: dict[str, list[str]]) -> None:
        self.addItem(country.name.get(lang), country.code)
        names = (fold(country.name.es), fold(country.name.en), country.code.lower())
        key = " ".join((*names, *aliases.get(country.code, [])))
        self.setItemData(self.count() - 1, key, SEARCH_ROLE)

    def code(self) -> str | None:
        """The chosen country's code; None for none; the typed text when it names no
        country (validation then asks to choose one from the list)."""
        text = self.currentText().strip()
        if not text or text == NO_COUNTRY:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.itemData(index)
        return self._event.lookup_country(text) or text

    def set_code(self, code: str | None) -> None:
        index = self.findData(code.upper()) if code else 0
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code or "")

    def _on_line_edit_editing_finished(self) -> None:
        code = self.code()
        index = self.findData(code) if code else -1
        if index >= 0 and index != self.currentIndex():
            self.setCurrentIndex(index)
        elif index >= 0:
            self.setEditText(self.itemText(index))  # "mexico" → "México"


class ParticipantForm(QWidget):
    """The editable fields of a participant, each with its error message under it."""

    FIELDS = EDITABLE_FIELDS

    def __init__(
        self, event: Event, with_status: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._event = event
        self._with_status = with_status
        lang = language()

        self.given_name = QLineEdit()
        self.given_name.setMaxLength(200)
        self.family_name = QLineEdit()
        self.family_name.setMaxLength(200)
        # Shown when a typed full name was split by a guess (three words or more).
        self.name_hint = QLabel(
            self.tr("Given and family names split right? Alt+↑ / Alt+↓ moves a word between them.")
        )
        self.name_hint.setWordWrap(True)
        self.name_hint.setStyleSheet("color: #8a5a00;")
        self.name_hint.hide()
        for keys, up in (("Alt+Up", True), ("Alt+Down", False)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda up=up: self.move_name_word(up))
        self.country = CountryBox(event)
        self.organisation = QLineEdit()
        self.organisation.setMaxLength(300)
        self.position = QLineEdit()
        self.position.setMaxLength(300)
        self.category = QComboBox()
        for category in event.categories:
            self.category.addItem(swatch(category.colour), category.label.get(lang), category.id)
        self.category.setMaxVisibleItems(len(event.categories))
        self.mode_box = QFrame()
        self.mode_box.setObjectName("modeBox")
        mode_layout = QHBoxLayout(self.mode_box)
        mode_layout.setContentsMargins(2, 2, 2, 2)
        self.in_person = QRadioButton(self.tr("&In person"))
        self.online = QRadioButton(self.tr("O&nline"))
        self._modes = QButtonGroup(self)
        self._modes.addButton(self.in_person)
        self._modes.addButton(self.online)
        self.in_person.setChecked(True)
        mode_layout.addWidget(self.in_person)
        mode_layout.addWidget(self.online)
        mode_layout.addStretch(1)
        self.email = QLineEdit()
        self.email.setMaxLength(320)
        self.email.setPlaceholderText(self.tr("name@example.org"))
        self.phone = QLineEdit()
        self.phone.setMaxLength(64)
        self.status = QComboBox()
        self.status.addItem(self.tr("Registered"), STATUS_REGISTERED)
        self.status.addItem(self.tr("Cancelled"), STATUS_CANCELLED)

        self.inputs: dict[str, QWidget] = {
            "given_name": self.given_name,
            "family_name": self.family_name,
            "country": self.country,
            "organisation": self.organisation,
            "position": self.position,
            "category": self.category,
            "mode": self.mode_box,
            "email": self.email,
            "phone": self.phone,
        }
        labels = {
            "given_name": self.tr("&Given name:"),
            "family_name": self.tr("&Family name:"),
            "country": self.tr("&Country:"),
            "organisation": self.tr("&Organisation:"),
            "position": self.tr("&Position:"),
            "category": self.tr("C&ategory:"),
            "mode": self.tr("Attendance:"),
            "email": self.tr("&E-mail:"),
            "phone": self.tr("P&hone:"),
        }
        if with_status:
            self.inputs["status"] = self.status
            labels["status"] = self.tr("S&tatus:")
        else:
            self.status.hide()

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        self.general_error = QLabel()
        self._style_error(self.general_error)
        grid.addWidget(self.general_error, 0, 0, 1, 2)
        self.error_labels: dict[str, QLabel] = {}
        row = 1
        for name, widget in self.inputs.items():
            label = QLabel(labels[name])
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if name != "mode":
                label.setBuddy(widget)
            error = QLabel()
            self._style_error(error)
            self.error_labels[name] = error
            grid.addWidget(label, row, 0)
            grid.addWidget(widget, row, 1)
            grid.addWidget(error, row + 1, 1)
            grid.setRowMinimumHeight(row + 1, 4)
            row += 2
            if name == "family_name":
                grid.addWidget(self.name_hint, row, 1)
                row += 1
        grid.setRowStretch(row, 1)

        order: list[QWidget] = [
            self.given_name,
            self.family_name,
            self.country,
            self.organisation,
            self.position,
            self.category,
            self.in_person,
            self.online,
            self.email,
            self.phone,
        ]
        if with_status:
            order.append(self.status)
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

        for name in ("given_name", "family_name", "organisation", "position", "email", "phone"):
            field = self.inputs[name]
            assert isinstance(field, QLineEdit)
            field.textEdited.connect(lambda _text, name=name: self.clear_error(name))
        self.country.editTextChanged.connect(lambda _text: self.clear_error("country"))
        self.category.currentIndexChanged.connect(lambda _i: self.clear_error("category"))
        self.status.currentIndexChanged.connect(lambda _i: self.clear_error("status"))
        self._modes.buttonClicked.connect(lambda _b: self.clear_error("mode"))

        self.set_values({"category": event.default_category})

    # -- values ------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """What the form says (not yet cleaned: ``desk.arrival.checkin.validate`` does that)."""
        out: dict[str, Any] = {
            "given_name": self.given_name.text(),
            "family_name": self.family_name.text(),
            "country": self.country.code(),
            "organisation": self.organisation.text(),
            "position": self.position.text(),
            "category": self.category.currentData(),
            "mode": MODE_ONLINE if self.online.isChecked() else MODE_IN_PERSON,
            "email": self.email.text(),
            "phone": self.phone.text(),
        }
        if self._with_status:
            out["status"] = self.status.currentData()
        return out

    def set_values(self, values: Mapping[str, Any]) -> None:
        """Fill the fields named in ``values`` (others are left as they are)."""
        for name in ("given_name", "family_name", "organisation", "position", "email", "phone"):
            if name in values:
                field = self.inputs[name]
                assert isinstance(field, QLineEdit)
                field.setText(values[name] or "")
        if "country" in values:
            self.country.set_code(values["country"])
        if "category" in values:
            index = self.category.findData(values["category"])
            self.category.setCurrentIndex(max(index, 0))
        if "mode" in values:
            (self.online if values["mode"] == MODE_ONLINE else self.in_person).setChecked(True)
        if "status" in values:
            index = self.status.findData(values["status"])
            self.status.setCurrentIndex(max(index, 0))

    def set_full_name(self, text: str) -> None:
        """What the operator typed in the search field: a name (split the Spanish way,
        "José Luis Hernández Núñez" → "José Luis" + "Hernández Núñez"), or an e-mail."""
        text = " ".join(text.split())
        if not text:
            return
        if "@" in text and " " not in text:
            self.email.setText(text)
            return
        given, family = split_full_name(text)
        self.given_name.setText(given)
        self.family_name.setText(family)
        # "Rosa Elena Portal": which words are the family name is a guess; say so, and let
        # the operator move the boundary with one key. "Portal, Rosa Elena" is no guess.
        self.name_hint.setVisible("," not in text and len(text.split()) >= 3)

    def move_name_word(self, up: bool) -> None:
        """Alt+↑: the family name's first word goes to the given name; Alt+↓: the given
        name's last word goes to the family name."""
        given, family = move_name_word(self.given_name.text(), self.family_name.text(), up)
        self.given_name.setText(given)
        self.family_name.setText(family)
        self.clear_error("given_name")
        self.clear_error("family_name")

    def focus_first_empty(self) -> None:
        for field in (self.given_name, self.family_name):
            if not field.text().strip():
                field.setFocus()
                return
        self.country.setFocus()

    # -- errors ------------------------------------------------------------------------

    def _style_error(self, label: QLabel) -> None:
        label.setStyleSheet(f"color: {ERROR_COLOUR};")
        label.setWordWrap(True)
        label.hide()

    def show_errors(self, errors: Mapping[str, str]) -> None:
        """Each message under its field, the field framed in red; focus on the first."""
        self.clear_errors()
        general = []
        for name, message in errors.items():
            label = self.error_labels.get(name)
            if label is None:
                general.append(message)
                continue
            label.setText(message)
            label.show()
            self._mark(self.inputs[name], True)
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.show()
        for name, widget in self.inputs.items():
            if name in errors:
                (self.in_person if name == "mode" else widget).setFocus()
                if isinstance(widget, QLineEdit):
                    widget.selectAll()
                break

    def clear_error(self, name: str) -> None:
        label = self.error_labels.get(name)
        if label is not None and label.isVisibleTo(self):
            label.hide()
            label.clear()
            self._mark(self.inputs[name], False)

    def clear_errors(self) -> None:
        for name in self.error_labels:
            self.clear_error(name)
        self.general_error.hide()
        self.general_error.clear()

    def error_text(self, name: str) -> str:
        """The message shown under a field ("" when there is none)."""
        label = self.error_labels[name]
        return label.text() if label.isVisibleTo(self) else ""

    def _mark(self, widget: QWidget, invalid: bool) -> None:
        if not invalid:
            widget.setStyleSheet("")
            return
        kind = {QLineEdit: "QLineEdit", QComboBox: "QComboBox", CountryBox: "QComboBox"}.get(
            type(widget), "QFrame#modeBox"
        )
        widget.setStyleSheet(
            f"{kind} {{ border: 2px solid {ERROR_COLOUR}; border-radius: 3px; padding: 1px; }}"
        )


class WalkInDialog(QDialog):
    """Register a person who is not on the list, and check them in, in one step."""

    registered = Signal(object)  # CheckinResult of the new participant's check-in
    existing_chosen = Signal(str)  # id of an already registered person chosen instead

    FORM_PAGE = 0
    DUPLICATES_PAGE = 1

    def __init__(
        self,
        db: Database,
        event: Event,
        operator: str,
        parent: QWidget | None = None,
        initial_name: str = "",
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._event = event
        self._operator = operator
        # Outcome, read by the caller after ``finished``. ``result`` shadows
        # QDialog.result(): the dialog's code is ``finished``'s argument.
        self.result: CheckinResult | None = None  # type: ignore[assignment]
        self.participant: ParticipantInfo | None = None
        self.chosen_participant_id: str | None = None
        self.duplicates: list[ParticipantInfo] = []
        self.duplicate_matches: list[Match] = []  # why each one may be the same person
        self._pending: dict[str, Any] | None = None  # cleaned values shown with duplicates

        self.setWindowTitle(self.tr("Walk-in registration"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_form_page())
        self.pages.addWidget(self._build_duplicates_page())
        layout.addWidget(self.pages)

        save = QShortcut(QKeySequence("Ctrl+S"), self)
        save.activated.connect(self._on_save_shortcut_activated)

        self.form.set_full_name(initial_name)
        self._show_form()
        self.form.focus_first_empty()

    # -- building ----------------------------------------------------------------------

    def _build_form_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("New participant"))
        font = QFont()
        font.setPointSize(15)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        hint = QLabel(
            self.tr(
                "Registered and checked in at once. Given and family name are required. "
                "Save: Enter or Ctrl+S · Cancel: Esc."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addSpacing(6)
        self.form = ParticipantForm(self._event)
        layout.addWidget(self.form, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("&Save and check in"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        return page

    def _build_duplicates_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Possible existing participants"))
        font = QFont()
        font.setPointSize(15)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.duplicates_hint = QLabel()
        self.duplicates_hint.setWordWrap(True)
        layout.addWidget(self.duplicates_hint)
        self.duplicates_table = QTableWidget(0, 7)
        self.duplicates_table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Why"),
                self.tr("Country"),
                self.tr("Organisation"),
                self.tr("E-mail"),
                self.tr("Badge code"),
                self.tr("Checked in"),
            ]
        )
        table = self.duplicates_table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # organisation
        table.setWordWrap(False)  # one line a person: long cells are elided, not wrapped
        table.doubleClicked.connect(self._on_duplicates_table_double_clicked)
        layout.addWidget(table, 1)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("&Back to the form"))
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.new_button = QPushButton(self.tr("&Register as new anyway"))
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.use_button = QPushButton(self.tr("&Use this person"))
        self.use_button.clicked.connect(self._on_use_button_clicked)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.use_button)
        layout.addLayout(buttons)
        QWidget.setTabOrder(table, self.use_button)
        QWidget.setTabOrder(self.use_button, self.new_button)
        QWidget.setTabOrder(self.new_button, self.back_button)
        return page

    # -- pages -------------------------------------------------------------------------

    def _show_form(self) -> None:
        self.pages.setCurrentIndex(self.FORM_PAGE)
        self.save_button.setDefault(True)
        self._pending = None

    def _show_duplicates(
        self, values: dict[str, Any], found: list[tuple[ParticipantInfo, Match]]
    ) -> None:
        self._pending = values
        self.duplicates = [person for person, _match in found]
        self.duplicate_matches = [match for _person, match in found]
        typed = " ".join(x for x in (values["given_name"], values["family_name"]) if x)
        if values.get("email"):
            typed = f"{typed} · {values['email']}"
        self.duplicates_hint.setText(
            self.tr(
                "“{typed}” may already be registered. Ask the person: if one of these is "
                "them, use it (↑/↓, then Enter)."
            ).format(typed=typed)
        )
        lang = language()
        table = self.duplicates_table
        table.setRowCount(len(found))
        for row, (p, match) in enumerate(found):
            country = ""
            if p.country:
                try:
                    country = self._event.country(p.country).name.get(lang)
                except KeyError:
                    country = p.country
            if p.status == STATUS_CANCELLED:
                state = self.tr("Cancelled")
            elif p.checked_in_at is not None:
                state = self.tr("Yes, {time}").format(
                    time=local_time(self._event, p.checked_in_at, with_date=True)
                )
            else:
                state = self.tr("No")
            cells = (
                p.full_name,
                match.text(),
                country,
                p.organisation,
                p.email,
                codes.format_code(p.code),
                state,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 5:
                    item.setFont(QFont("monospace"))
                if column == 1:
                    item.setToolTip(match.text())
                table.setItem(row, column, item)
        self.pages.setCurrentIndex(self.DUPLICATES_PAGE)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        wide = min(980, screen.width() - 40) if screen is not None else 980
        if self.width() < wide:
            centre = self.geometry().center()
            self.resize(wide, max(self.height(), 420))
            self.move(centre - self.rect().center())
        table.selectRow(0)
        table.setFocus()
        self.use_button.setDefault(True)

    def chosen_duplicate(self) -> ParticipantInfo | None:
        row = self.duplicates_table.currentRow()
        return self.duplicates[row] if 0 <= row < len(self.duplicates) else None

    # -- actions -----------------------------------------------------------------------

    def _on_save_shortcut_activated(self) -> None:
        if self.pages.currentIndex() == self.FORM_PAGE:
            self._on_save_button_clicked()

    def _on_save_button_clicked(self) -> None:
        try:
            values = validate(self._event, self.form.values())
        except FormError as exc:
            self.form.show_errors(exc.errors)
            return
        self.form.clear_errors()
        try:
            with self._db.read() as session:
                found = walk_in_matches(session, values)
        except DeskError as exc:
            show_error(self, exc)
            return
        if found:
            self._show_duplicates(values, found)
        else:
            self._register(values)

    def _register(self, values: dict[str, Any]) -> None:
        db, event, operator = self._db, self._event, self._operator
        walk_in = (
            Op(
                self,
                lambda _ctx: people.register_walk_in(db, event, values, operator=operator),
                what="register_walk_in",
            )
            .failure(self._on_register_failed)
            .run()
        )
        if walk_in is None:
            return
        self.participant = walk_in.participant
        self.result = walk_in.checkin
        self.registered.emit(walk_in.checkin)
        self.accept()

    def _on_register_failed(self, exc: BaseException) -> None:
        if isinstance(exc, FormError):  # said in the form, next to each field
            self._show_form()
            self.form.show_errors(exc.errors)
        else:
            show_error(self, exc)

    def _on_use_button_clicked(self) -> None:
        person = self.chosen_duplicate()
        if person is None:
            return
        self.chosen_participant_id = person.id
        self.existing_chosen.emit(person.id)
        self.accept()

    def _on_duplicates_table_double_clicked(self) -> None:
        self._on_use_button_clicked()

    def _on_new_button_clicked(self) -> None:
        if self._pending is not None:
            self._register(self._pending)

    def _on_back_button_clicked(self) -> None:
        self._show_form()
        self.form.given_name.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc on the list of possible duplicates goes back to the form (nothing typed is
        lost); on the form it cancels."""
        if event.key() == Qt.Key.Key_Escape and self.pages.currentIndex() == self.DUPLICATES_PAGE:
            self._on_back_button_clicked()
            return
        super().keyPressEvent(event)
