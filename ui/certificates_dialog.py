"""Attendance → Certificates of attendance…: issue them as PDF (one file, or one per person),
and Attendance → Verify a certificate…: check a verification code as typed or scanned.

The rule is prefilled with the saved one (Attendance › Rules…) and can be changed for one
batch; the PDF is written off the window's thread with progress. Verifying changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk.actions.certificates import Issued, issue_certificates, verify_certificate
from desk.arrival.codes import format_code
from desk.certificates.codes import Verification
from desk.events.event import Event
from desk.i18n import language
from desk.storage.db import Database
from ui.messages import error_text
from ui.online_rules import CertificateRuleFields, saved_rules
from ui.ops import Context, Op
from ui.settings import last_folder, set_last_folder
from ui.setup_fields import FOCUS_RING, language_combo
from ui.tasks import Task, TaskRunner


class CertificatesDialog(QDialog):
    """Who meets the rule gets a one-page bilingual certificate with a QR code."""

    def __init__(
        self,
        db: Database,
        event: Event,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        operator: str = "",
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._event = event
        self._runner = runner
        self._operator = operator
        self._task: Task | None = None
        self.issued: Issued | None = None
        self.setWindowTitle(self.tr("Certificates of attendance"))
        self.setMinimumWidth(640)
        self.setStyleSheet(FOCUS_RING)
        layout = QVBoxLayout(self)

        rule_box = QGroupBox(self.tr("Who gets one"))
        rule_layout = QVBoxLayout(rule_box)
        self.rule_fields = CertificateRuleFields(event, saved_rules(db)[1])
        rule_layout.addWidget(self.rule_fields)
        layout.addWidget(rule_box)

        out = QGroupBox(self.tr("Files"))
        form = QFormLayout(out)
        self.language_combo = language_combo(language())
        form.addRow(self.tr("Main &language:"), self.language_combo)
        self.one_pdf_radio = QRadioButton(self.tr("&One PDF, a page per person"))
        self.per_person_radio = QRadioButton(self.tr("One PDF &per person, in a folder"))
        self.one_pdf_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.one_pdf_radio)
        group.addButton(self.per_person_radio)
        form.addRow(self.one_pdf_radio)
        form.addRow(self.per_person_radio)
        self.path_field = QLineEdit()
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.path_field, 1)
        row.addWidget(self.choose_button)
        self.path_label = QLabel(self.tr("Save &to:"))
        self.path_label.setBuddy(self.path_field)
        form.addRow(self.path_label, row)
        self.per_person_radio.toggled.connect(self._on_kind_changed)
        layout.addWidget(out)

        self.progress_bar = QProgressBar()
        self.progress_bar.hide()  # shown while the PDFs are written
        layout.addWidget(self.progress_bar)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setMinimumHeight(120)
        self.report.setPlaceholderText(self.tr("What was written appears here."))
        layout.addWidget(self.report, 1)
        self.buttons = QDialogButtonBox()
        self.issue_button = QPushButton(self.tr("&Write the certificates"))
        self.issue_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.buttons.addButton(self.issue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.issue_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self._on_kind_changed()
        self.issue_button.setFocus()

    def _default_path(self) -> Path:
        if self.per_person_radio.isChecked():
            return last_folder() / self.tr("certificates")
        return last_folder() / self.tr("certificates.pdf")

    def _on_kind_changed(self) -> None:
        text = self.path_field.text().strip()
        defaults = {
            str(last_folder() / self.tr("certificates")),
            str(last_folder() / self.tr("certificates.pdf")),
        }
        if not text or text in defaults:
            self.path_field.setText(str(self._default_path()))

    def _on_choose_button_clicked(self) -> None:
        current = self.path_field.text().strip() or str(self._default_path())
        if self.per_person_radio.isChecked():
            name = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the certificates"), current
            )
        else:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the certificates"), current, self.tr("PDF (*.pdf)")
            )
            if name and not name.lower().endswith(".pdf"):
                name += ".pdf"
        if name:
            self.path_field.setText(name)

    def start(self) -> None:
        text = self.path_field.text().strip()
        if not text:
            self.report.setPlainText(self.tr("Choose where to save them."))
            self.path_field.setFocus()
            return
        try:
            rule = self.rule_fields.rule()
        except Exception as exc:  # a rule out of bounds: said here
            self.report.setPlainText(error_text(exc))
            return
        db, event, operator = self._db, self._event, self._operator
        target = Path(text).expanduser()
        lang = str(self.language_combo.currentData())
        per_person = self.per_person_radio.isChecked()
        set_last_folder(target if per_person else target.parent)

        def work(ctx: Context) -> Issued:
            return issue_certificates(
                db,
                event,
                target,
                rule=rule,
                lang=lang,
                one_file_per_person=per_person,
                operator=operator,
                progress=ctx.progress,
            )

        self.issue_button.setEnabled(False)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.report.setPlainText(self.tr("Writing the certificates…"))
        self._task = (
            Op(self, work, what="issue_certificates", changed=False)
            .progress(self._on_task_progressed)
            .success(self._on_task_succeeded)
            .failure(self._on_task_failed)
            .run_in_background(self._runner)
        )

    @property
    def running(self) -> bool:
        return self._task is not None

    def _on_task_progressed(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _on_task_succeeded(self, issued: Issued) -> None:
        self._task = None
        self.issued = issued
        self.progress_bar.hide()
        self.issue_button.setEnabled(True)
        lines = [self.tr("Rule: {rule}.").format(rule=issued.rule_text)]
        if issued.count == 0:
            lines.append(self.tr("Nobody meets the rule: nothing was written."))
        else:
            lines.append(
                self.tr("%n certificates written to {path}", "", issued.count).format(
                    path=issued.where
                )
            )
        if issued.short:
            lines.append(
                self.tr(
                    "%n other people attended something but fall short of the rule.",
                    "",
                    issued.short,
                )
            )
        self.report.setPlainText("\n".join(lines))
        self.close_button.setFocus()

    def _on_task_failed(self, exc: BaseException) -> None:
        self._task = None
        self.progress_bar.hide()
        self.issue_button.setEnabled(True)
        self.report.setPlainText(error_text(exc))

    def reject(self) -> None:
        if self._task is not None:  # writing: let it finish (files are written whole)
            return
        super().reject()


class VerifyDialog(QDialog):
    """A verification code typed, pasted or scanned from a certificate's QR: genuine?"""

    def __init__(self, db: Database, event: Event, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._event = event
        self.verification: Verification | None = None
        self.setWindowTitle(self.tr("Verify a certificate"))
        self.setMinimumWidth(600)
        self.setStyleSheet(FOCUS_RING)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.code_label = QLabel(self.tr("&Code:"))
        self.code_field = QLineEdit()
        self.code_field.setPlaceholderText(self.tr("Scan the QR code or type the code"))
        font = QFont("monospace")
        font.setPointSize(12)
        self.code_field.setFont(font)
        self.code_label.setBuddy(self.code_field)
        self.check_button = QPushButton(self.tr("&Verify"))
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        row.addWidget(self.code_label)
        row.addWidget(self.code_field, 1)
        row.addWidget(self.check_button)
        layout.addLayout(row)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        big = self.verdict.font()
        big.setPointSize(13)
        big.setBold(True)
        self.verdict.setFont(big)
        layout.addWidget(self.verdict)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setMinimumHeight(150)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.code_field.setFocus()

    def check(self) -> None:
        text = self.code_field.text()
        if not text.strip():
            return
        db, event = self._db, self._event
        found = Op(self, lambda _ctx: verify_certificate(db, event, text), changed=False).run()
        if found is None:
            return
        self.verification = found
        self.verdict.setText(found.message())
        colour = "#1e7a34" if found.valid else "#b3261e"
        self.verdict.setStyleSheet(f"color: {colour};")
        self.details.setPlainText("\n".join(self.detail_lines(found)))
        self.code_field.selectAll()  # the next scan replaces it
        self.code_field.setFocus()

    def detail_lines(self, v: Verification) -> list[str]:
        if not v.valid:
            return []
        lang = language()
        lines = [v.name]
        if v.organisation:
            lines.append(v.organisation)
        lines.append(self.tr("Badge code: {code}").format(code=format_code(v.participant_code)))
        lines.append("")
        if v.meets_rule:
            lines.append(self.tr("Meets the rule today: {rule}.").format(rule=v.rule))
        else:
            lines.append(self.tr("Does not meet the rule today: {rule}.").format(rule=v.rule))
        lines.append(
            self.tr("Attended: %n in person", "", v.in_person)
            + ", "
            + self.tr("%n online", "", v.online)
        )
        for item in v.items:
            mode = self.tr("online") if item.mode == "online" else self.tr("in person")
            when = f"{item.day:%d/%m} {item.start:%H:%M}–{item.end:%H:%M}"
            lines.append(f"  {when}  {item.title.get(lang)} ({mode})")
        return lines
