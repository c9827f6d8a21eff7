"""Adding or editing one person on the roster."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sealprep.core.secretariat.people import ROLES, Person, clean_text, find_same_person, is_email, normalise_phone
from sealprep.ui.app_context import AppContext
from sealprep.ui.secretariat.common import person_role_label, translate_buttons


class PersonDialog(QDialog):
    """A form for one person. ``person()`` gives the edited copy; the caller saves it.

    The OK button stays disabled while the name is empty, the e-mail is malformed, or the
    person would duplicate someone already on the roster (same e-mail, or same name and agency).
    """

    def __init__(self, context: AppContext, person: Person | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._original = person or Person(name="")
        self._roster = context.store.people.list()
        self.setWindowTitle(self.tr("Edit person") if person and person.id else self.tr("Add person"))
        self.setMinimumWidth(520)

        self.name = QLineEdit(self._original.name)
        self.name.setPlaceholderText(self.tr("Title and full name as written, e.g. นางสาวสมหญิง รักเรียน"))
        self.position = QLineEdit(self._original.position)
        self.agency = QComboBox()
        self.agency.addItem(self.tr("— none —"), "")
        for code, agency in context.store.bank.agencies().items():
            self.agency.addItem(f"{code} — {agency.th}", code)
        if self._original.agency and self.agency.findData(self._original.agency) < 0:
            self.agency.addItem(
                self.tr("%1 (not in the bank)").replace("%1", self._original.agency), self._original.agency
            )
        self.agency.setCurrentIndex(max(0, self.agency.findData(self._original.agency)))
        self.email = QLineEdit(self._original.email)
        self.email.setPlaceholderText("name@bangkok.go.th")
        self.phone = QLineEdit(self._original.phone)
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(person_role_label(role), role)
        self.role.setCurrentIndex(max(0, self.role.findData(self._original.role)))
        self.notes = QPlainTextEdit(self._original.notes)
        self.notes.setFixedHeight(80)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Position"), self.position)
        form.addRow(self.tr("Agency"), self.agency)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Notes"), self.notes)
        self.buttons = translate_buttons(
            QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for widget in (self.name, self.email):
            widget.textChanged.connect(self._check)
        self.agency.currentIndexChanged.connect(self._check)
        self._check()

    def person(self) -> Person:
        return replace(
            self._original,
            name=clean_text(self.name.text()),
            position=clean_text(self.position.text()),
            agency=self.agency.currentData() or "",
            email=clean_text(self.email.text()),
            phone=normalise_phone(self.phone.text()),
            role=self.role.currentData(),
            notes=self.notes.toPlainText().strip(),
        )

    def _check(self) -> None:
        person = self.person()
        message = ""
        if not person.name:
            message = self.tr("A person needs a name.")
        elif person.email and not is_email(person.email):
            message = self.tr("'%1' is not an e-mail address.").replace("%1", person.email)
        else:
            others = [p for p in self._roster if p.id != person.id]
            twin = find_same_person(person, others)
            if twin is not None:
                message = self.tr("%1 is already on the roster (same e-mail, or same name and agency).").replace(
                    "%1", twin.name
                )
        self.problem.setText(message)
        self.problem.setVisible(bool(message))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not message)
