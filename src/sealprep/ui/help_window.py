"""Help → User guide: the guide in the interface language, offline, in its own window.

The guide is Markdown kept in the repository (``resources/guide/<language>.md``, travelling with
the frozen app as every resource does) and rendered with the app's safe Markdown
(``core.bank.markdown_render``): no raw HTML, only web links leave the app. Screenshots are the
one addition: a paragraph that is only ``![text](images/NAME.png)`` shows that picture from
``resources/guide/images/`` (nothing else is ever loaded).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from sealprep.core.bank.markdown_render import render_markdown
from sealprep.paths import resources_dir
from sealprep.ui import i18n
from sealprep.ui.links import open_external_link

_PICTURE = re.compile(r"^!\[([^\]]*)\]\(images/([a-z0-9-]+\.png)\)\s*$", re.M)
PICTURE_WIDTH = 820


def guide_dir() -> Path:
    return resources_dir() / "guide"


def guide_file(language: str) -> Path:
    """The guide in ``language``, else the English one."""
    folder = guide_dir()
    chosen = folder / f"{language}.md"
    return chosen if chosen.is_file() else folder / "en.md"


def guide_html(language: str) -> str:
    """The guide as HTML: safe Markdown, with the guide's own pictures."""
    text = guide_file(language).read_text(encoding="utf-8")
    images = guide_dir() / "images"
    parts: list[str] = []
    position = 0
    for match in _PICTURE.finditer(text):
        parts.append(render_markdown(text[position : match.start()]))
        alt, name = match.group(1), match.group(2)
        picture = images / name
        if picture.is_file():
            source = html.escape(QUrl.fromLocalFile(str(picture)).toString(), quote=True)
            parts.append(
                f'<p align="center"><img src="{source}" width="{PICTURE_WIDTH}" alt="{html.escape(alt, quote=True)}">'
                f"<br><i>{html.escape(alt)}</i></p>"
            )
        else:
            parts.append(f"<p><i>{html.escape(alt)}</i></p>")
        position = match.end()
    parts.append(render_markdown(text[position:]))
    return "".join(parts)


class GuideWindow(QWidget):
    """The user guide; follows the interface language while open."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("guideWindow")
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        self.browser.document().setDocumentMargin(18)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.resize(980, 720)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("sealprep user guide"))
        self.browser.setHtml(guide_html(i18n.current_language()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _link(self, url: QUrl) -> None:
        if url.scheme() in ("", "file") and url.fragment():
            self.browser.scrollToAnchor(url.fragment())
        else:
            open_external_link(url)
