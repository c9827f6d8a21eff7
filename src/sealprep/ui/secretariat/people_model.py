"""The roster as a Qt table model, and a filter that matches Thai the way search does."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from sealprep.core.secretariat.model import stored_id
from sealprep.core.secretariat.people import Person, name_sort_key
from sealprep.core.thai.text import search_form, thai_collation_key
from sealprep.ui.secretariat.common import person_role_label

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_TEXT_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3

NAME, POSITION, AGENCY, ROLE, QUESTIONS, SESSIONS = range(6)


class PeopleTableModel(QAbstractTableModel):
    """One row per person: name, position, agency, role, assigned questions, sessions."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._people: list[Person] = []
        self._agency_names: dict[str, str] = {}
        self._questions: dict[int, tuple[int, int]] = {}
        self._sessions: dict[int, int] = {}

    def set_data(
        self,
        people: list[Person],
        agency_names: dict[str, str],
        questions: dict[int, tuple[int, int]],
        sessions: dict[int, int],
    ) -> None:
        """Replace everything shown (the roster is small: a reset is simplest and exact)."""
        self.beginResetModel()
        self._people, self._agency_names, self._questions, self._sessions = people, agency_names, questions, sessions
        self.endResetModel()

    def person(self, row: int) -> Person:
        return self._people[row]

    def row_of(self, person_id: int) -> int | None:
        return next((i for i, p in enumerate(self._people) if p.id == person_id), None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Name"),
                self.tr("Position"),
                self.tr("Agency"),
                self.tr("Role"),
                self.tr("Questions"),
                self.tr("Sessions"),
            )[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == QUESTIONS:
            return self.tr("Assigned questions: primary + backup")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        person = self._people[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return person.name
            if column == POSITION:
                return person.position
            if column == AGENCY:
                return person.agency
            if column == ROLE:
                return person_role_label(person.role)
            if column == QUESTIONS:
                primary, backup = self._questions.get(stored_id(person.id), (0, 0))
                return f"{primary} + {backup}" if primary or backup else "—"
            if column == SESSIONS:
                count = self._sessions.get(stored_id(person.id), 0)
                return str(count) if count else "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == AGENCY:
                return self._agency_names.get(person.agency, person.agency)
            if column == NAME:
                return "\n".join(filter(None, (person.name, person.email, person.phone)))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (QUESTIONS, SESSIONS):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == PERSON_ID_ROLE:
            return person.id
        if role == SORT_ROLE:
            if column == NAME:
                return name_sort_key(person.name)
            return thai_collation_key(str(self.data(index, Qt.ItemDataRole.DisplayRole) or ""))
        if role == SEARCH_TEXT_ROLE:
            return search_form(
                " ".join(
                    (
                        person.name,
                        person.position,
                        person.agency,
                        self._agency_names.get(person.agency, ""),
                        person.email,
                        person.phone,
                        person.notes,
                    )
                )
            )
        return None


class PeopleFilter(QSortFilterProxyModel):
    """Keeps rows whose text contains every typed term (Thai digits and case ignored), and
    optionally only one role."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._terms: list[str] = []
        self._role: str | None = None
        self.setSortRole(SORT_ROLE)  # names by name (titles ignored), Thai dictionary order

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._terms = search_form(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_role(self, role: str | None) -> None:
        self.beginFilterChange()
        self._role = role
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, PeopleTableModel)
        if self._role is not None and model.person(source_row).role != self._role:
            return False
        if not self._terms:
            return True
        text = model.index(source_row, 0, source_parent).data(SEARCH_TEXT_ROLE)
        return all(term in text for term in self._terms)
