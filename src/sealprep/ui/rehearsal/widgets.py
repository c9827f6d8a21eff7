"""The building blocks of the rehearsal screen and the assessor's window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sealprep.core.bank.markdown_render import render_markdown
from sealprep.core.bank.model import Agency, Question
from sealprep.ui.fonts import UI_FAMILY, wrappable
from sealprep.ui.links import open_external_link
from sealprep.ui.rehearsal.controller import RehearsalController
from sealprep.ui.rehearsal.labels import RATING_COLOURS, rating_name


class FittedText(QWidget):
    """Text drawn as large as fits (between ``min_points`` and ``max_points``), centred and
    word-wrapped: the question, readable from across a room, never clipped."""

    def __init__(
        self, max_points: float = 40, min_points: float = 14, bold: bool = False, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.max_points = max_points
        self.min_points = min_points
        self._bold = bold
        self._text = ""
        self._display = ""
        self._colour = QColor("#111827")
        self._fitted_for: tuple | None = None
        self._font = QFont(UI_FAMILY)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(40)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self._display = wrappable(text)
            self._fitted_for = None
            self.update()

    def setColour(self, colour: str) -> None:
        self._colour = QColor(colour)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, 120)

    def _flags(self) -> int:
        return int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)

    def fitted_font(self) -> QFont:
        """The largest font (in whole points) whose wrapped text fits the widget."""
        key = (self._display, self.width(), self.height(), self.max_points, self.min_points)
        if key == self._fitted_for:
            return self._font
        low, high = int(self.min_points), int(self.max_points)
        best = low
        while low <= high:
            middle = (low + high) // 2
            if self._fits(self._make_font(middle)):
                best, low = middle, middle + 1
            else:
                high = middle - 1
        self._font = self._make_font(best)
        self._fitted_for = key
        return self._font

    def _make_font(self, points: float) -> QFont:
        font = QFont(UI_FAMILY)
        font.setPointSizeF(points)
        font.setBold(self._bold)
        return font

    def _fits(self, font: QFont) -> bool:
        box = QRectF(0, 0, max(1, self.width() - 8), 100000)
        used = QFontMetricsF(font).boundingRect(box, self._flags(), self._display)
        return used.height() <= self.height() and used.width() <= box.width() + 0.5

    def point_size(self) -> float:
        return self.fitted_font().pointSizeF()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(self.fitted_font())
        painter.setPen(self._colour)
        painter.drawText(QRectF(self.rect()).adjusted(4, 0, -4, 0), self._flags(), self._display)


class ClockFace(QLabel):
    """A countdown or session clock in large figures of equal width, in the phase's colour."""

    def __init__(self, points: float, parent: QWidget | None = None):
        super().__init__(parent)
        font = QFont(UI_FAMILY)
        font.setPointSizeF(points)
        font.setBold(True)
        font.setFeature(QFont.Tag("tnum"), 1)  # tabular figures: the clock does not jiggle
        self.setFont(font)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._colour = ""

    def show_time(self, text: str, colour: str) -> None:
        self.setText(text)
        if colour != self._colour:
            self._colour = colour
            self.setStyleSheet(f"color: {colour};")

    def colour(self) -> str:
        return self._colour


class NotesEditor(QPlainTextEdit):
    """The rehearser's notes: every keystroke goes to the controller, which saves them.

    Esc leaves the notes (focus returns to the screen, whose keys then work again); leaving
    the box saves at once. Several editors may show the same notes (panel mode): each follows
    the others' typing.
    """

    left = Signal()

    def __init__(self, controller: RehearsalController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.setTabChangesFocus(True)
        font = QFont(UI_FAMILY)
        font.setPointSizeF(14)
        self.setFont(font)
        self.textChanged.connect(self._typed)
        controller.notes_changed.connect(self._changed_elsewhere)
        controller.changed.connect(self.load)
        self.load()

    def load(self) -> None:
        """Show the current question's notes (after a move to another question)."""
        text = self.controller.session.item.notes
        if text != self.toPlainText():
            self.blockSignals(True)
            self.setPlainText(text)
            self.moveCursor(self.textCursor().MoveOperation.End)
            self.blockSignals(False)

    def _typed(self) -> None:
        self.controller.set_notes(self.toPlainText(), self)

    def _changed_elsewhere(self, source: object) -> None:
        if source is not self:
            self.load()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.controller.flush_notes()
            self.left.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        self.controller.flush_notes()
        super().focusOutEvent(event)


def quiet_scroll_area(widget: QWidget) -> QScrollArea:
    """Scrolls ``widget`` with no frame and never takes the keyboard focus (keys drive the session)."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(widget)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return scroll


def answer_html(body: str) -> str:
    """The app's one Markdown dialect, made safe: raw HTML shows as text, only web links work."""
    return render_markdown(body)


class AnswersView(QTabWidget):
    """Every agency's suggested answer, one tab each, rendered from Markdown."""

    def __init__(self, points: float = 14, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDocumentMode(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._points = points

    def show_question(self, question: Question, agencies: dict[str, Agency]) -> None:
        self.clear()
        for answer in question.answers:
            browser = QTextBrowser()
            browser.setOpenLinks(False)  # http(s) only, in the system browser
            browser.anchorClicked.connect(open_external_link)
            browser.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            font = QFont(UI_FAMILY)
            font.setPointSizeF(self._points)
            browser.document().setDefaultFont(font)
            browser.setHtml(answer_html(answer.body))
            agency = agencies.get(answer.agency)
            index = self.addTab(browser, answer.agency)
            if agency is not None:
                self.setTabToolTip(index, agency.th if not agency.en else f"{agency.th}\n{agency.en}")
        if not question.answers:
            empty = QLabel(self.tr("This question has no suggested answer yet."))
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.addTab(empty, "–")


class KeyPointsChecklist(QWidget):
    """The question's key points, each with a tick for "covered"; ticks go to the controller."""

    def __init__(self, controller: RehearsalController, points: float = 13, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self._points = points
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.boxes: list[QCheckBox] = []
        self._question_id: str | None = None
        controller.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        item = self.controller.session.item
        if item.question.id != self._question_id:
            self._rebuild(item.question.key_points)
            self._question_id = item.question.id
        for position, box in enumerate(self.boxes):
            box.blockSignals(True)
            box.setChecked(position in item.covered)
            box.blockSignals(False)

    def _rebuild(self, points: list[str]) -> None:
        while self._layout.count():
            child = self._layout.takeAt(0).widget()
            if child is not None:
                child.deleteLater()
        self.boxes = []
        font = QFont(UI_FAMILY)
        font.setPointSizeF(self._points)
        for position, text in enumerate(points):
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            box = QCheckBox()
            box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            box.toggled.connect(lambda checked, p=position: self.controller.set_key_point(p, checked))
            label = QLabel(wrappable(text))
            label.setFont(font)
            label.setWordWrap(True)
            label.mousePressEvent = _toggler(box)  # type: ignore[method-assign]  # clicking the words ticks too
            line.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(label, 1)
            self._layout.addWidget(row)
            self.boxes.append(box)
        if not points:
            none = QLabel(self.tr("No key points are listed for this question."))
            none.setWordWrap(True)
            self._layout.addWidget(none)
        self._layout.addStretch(1)

    def covered_count(self) -> int:
        return sum(box.isChecked() for box in self.boxes)


class RatingBar(QWidget):
    """Four buttons, 1 Again to 4 Easy; the current rating is shown pressed."""

    def __init__(self, controller: RehearsalController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[int, QPushButton] = {}
        for rating in (1, 2, 3, 4):
            button = QPushButton()
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(40)
            colour = RATING_COLOURS[rating]
            button.setStyleSheet(
                f"QPushButton {{ color: {colour}; font-weight: bold; padding: 6px 12px; }}"
                f"QPushButton:checked {{ background: {colour}; color: white; }}"
            )
            button.clicked.connect(lambda _checked=False, r=rating: self.controller.rate(r))
            layout.addWidget(button)
            self.buttons[rating] = button
        controller.changed.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        for rating, button in self.buttons.items():
            button.setText(f"{rating}  {rating_name(rating)}")

    def refresh(self) -> None:
        current = self.controller.session.item.rating
        for rating, button in self.buttons.items():
            button.setChecked(rating == current)

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _toggler(box: QCheckBox) -> Callable[[object], None]:
    """A mouse-press handler that ticks or unticks ``box``."""
    return lambda _event: box.toggle()
