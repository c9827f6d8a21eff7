"""The reading pane: one question with every agency's answer, key points, criteria and evidence.

Answers are Markdown rendered by ``core.markdown_render`` (raw HTML is shown as text, only
http(s) links survive). Links never navigate inside the pane: ``open_external_link`` hands web
links to the system browser and ignores everything else. Nothing is ever fetched for display.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QUrl
from PySide6.QtGui import QPalette, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from sealprep.core.bank.display import criterion_text, evidence_details, wording_mark
from sealprep.core.bank.markdown_render import is_safe_link, preview_markdown, render_markdown
from sealprep.core.bank.model import Agency, Framework, Question
from sealprep.ui import i18n
from sealprep.ui.browser.rich_text import blend, highlighted, mark
from sealprep.ui.links import open_external_link

_HEADING_TAG = re.compile(r"<(/?)h([1-6])>")
SHOW_ALL = QUrl("sealprep:show-all")
"""The link under a shortened answer; the pane handles it itself."""
PREVIEW_ITEMS = 200
"""Key points and evidence items shown before "Show all"."""


def _demote_headings(markup: str, by: int = 2) -> str:
    """An answer's own ``###`` headings must sit below the pane's section headings."""
    return _HEADING_TAG.sub(lambda m: f"<{m.group(1)}h{min(6, int(m.group(2)) + by)}>", markup)


class QuestionDetailView(QTextBrowser):
    """Read-only rich view of one question; ``show_question`` fills it, ``clear_question`` empties it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.anchorClicked.connect(self._follow)
        self.document().setDocumentMargin(18)
        self._question: Question | None = None
        self._framework: Framework | None = None
        self._agencies: dict[str, Agency] = {}
        self._query = ""
        self._show_all = False
        self.digits = "thai"  # Thai or Arabic digits in Thai dates (the page sets the preference)
        self.last_opened: QUrl | None = None
        self.clear_question()

    # -- public -------------------------------------------------------------------------
    def question(self) -> Question | None:
        return self._question

    def show_question(
        self, question: Question, framework: Framework, agencies: dict[str, Agency], query: str = ""
    ) -> None:
        if self._question is None or question.id != self._question.id:
            self._show_all = False  # a very long question shows its start first, every time
        self._question, self._framework, self._agencies, self._query = question, framework, agencies, query
        self._render()

    def is_shortened(self) -> bool:
        """Whether part of the question is held back behind "Show all"."""
        return SHOW_ALL.toString() in self._html

    def show_all(self) -> None:
        """Show the whole question, however long (the "Show all" link)."""
        if self._question is not None and not self._show_all:
            self._show_all = True
            self._render(keep_scroll=True)

    def set_query(self, query: str) -> None:
        if query != self._query:
            self._query = query
            if self._question is not None:
                self._render(keep_scroll=True)

    def clear_question(self) -> None:
        self._question = None
        self._apply_style()
        hint = self.tr("Select a question on the left to read its suggested answers.")
        self._html = '<p class="empty">' + html.escape(hint) + "</p>"
        self.setHtml(self._html)

    def retranslate(self) -> None:
        if self._question is None:
            self.clear_question()
        else:
            self._render(keep_scroll=True)

    def rendered_html(self) -> str:
        """The HTML last given to the document (for tests and printing previews)."""
        return self._html

    # -- links --------------------------------------------------------------------------
    def _follow(self, url: QUrl) -> None:
        if url == SHOW_ALL:
            self.show_all()
        elif open_external_link(url):
            self.last_opened = url

    def loadResource(self, kind: int, name: QUrl) -> object:  # type: ignore[override]
        """Nothing is loaded from disk or network for display (no images, no style sheets)."""
        return None

    # -- rendering ----------------------------------------------------------------------
    def _apply_style(self) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        accent = palette.color(QPalette.ColorRole.Highlight)
        muted = blend(text, base, 0.42)
        card = blend(base, accent, 0.06)
        link = palette.color(QPalette.ColorRole.Link).name()
        self._card = card
        self.document().setDefaultStyleSheet(
            f"""
            h1 {{ font-size: large; font-weight: 600; margin-top: 0px; margin-bottom: 4px; }}
            h2 {{ font-size: medium; color: {accent.name()}; font-weight: 600; margin-top: 22px; margin-bottom: 6px; }}
            h3 {{ font-size: medium; font-weight: 600; margin-top: 6px; margin-bottom: 2px; }}
            h4, h5, h6 {{ font-size: medium; font-weight: 600; margin-top: 10px; margin-bottom: 2px; }}
            p {{ margin-top: 4px; margin-bottom: 6px; }}
            li {{ margin-bottom: 3px; }}
            a {{ color: {link}; }}
            .en {{ color: {muted}; font-style: italic; }}
            .muted {{ color: {muted}; }}
            .meta {{ color: {muted}; }}
            .empty {{ color: {muted}; }}
            .label {{ color: {muted}; font-weight: 600; }}
            """
        )

    def _render(self, keep_scroll: bool = False) -> None:
        question = self._question
        if question is None:
            return
        position = self.verticalScrollBar().value()
        self._apply_style()
        self._html = self._question_html(question)
        self.setHtml(self._html)
        if keep_scroll:
            self.verticalScrollBar().setValue(position)

    def _labels(self) -> dict[str, str]:
        """Every label of the pane, translated (escaped for HTML)."""
        labels = {
            "answers": self.tr("Suggested answers"),
            "no_answers": self.tr("No agency has written an answer yet."),
            "key_points": self.tr("Key points"),
            "criteria": self.tr("Benchmark criteria this question serves"),
            "asks": self.tr("Evidence UNDP asks for:"),
            "comment": self.tr("UNDP comment:"),
            "evidence": self.tr("Evidence"),
            "dimension": self.tr("Dimension {0}"),
            "benchmarks": self.tr("Benchmarks {0}"),
            "tags": self.tr("Tags: {0}"),
            "time": self.tr("Time to answer {0}:{1:02d} min"),
            "show_all": self.tr("Show all ({0} more lines)"),
        }
        return {key: html.escape(value, quote=False) for key, value in labels.items()}

    def _question_html(self, q: Question) -> str:
        query, label = self._query, self._labels()
        parts = ["<h1>" + highlighted(q.question_th, query) + "</h1>"]
        if q.question_en.strip():
            parts.append('<p class="en">' + highlighted(q.question_en, query) + "</p>")
        parts.append('<p class="meta">' + self._meta_line(q, label) + "</p>")

        parts.append("<h2>" + label["answers"] + "</h2>")
        if not q.answers:
            parts.append('<p class="muted">' + label["no_answers"] + "</p>")
        for answer in q.answers:
            agency = self._agencies.get(answer.agency)
            name = agency.th if agency else answer.agency
            english = agency.en if agency and agency.en else ""
            preview = preview_markdown(answer.body) if not self._show_all else None
            body = _demote_headings(render_markdown(preview.text if preview else answer.body, query, mark))
            if preview and preview.hidden_lines:
                body += self._show_all_link(label, preview.hidden_lines)
            parts.append(
                '<table width="100%" cellspacing="0" cellpadding="12" '
                f'style="background-color:{self._card}; margin-top:8px; margin-bottom:6px;"><tr><td>'
                f'<h3>{highlighted(name, query)} <span class="muted">({html.escape(answer.agency)})</span></h3>'
                + (f'<p class="en">{html.escape(english)}</p>' if english else "")
                + body
                + "</td></tr></table>"
            )

        if q.key_points:
            points = q.key_points if self._show_all else q.key_points[:PREVIEW_ITEMS]
            parts.append("<h2>" + label["key_points"] + "</h2><ul>")
            parts += ["<li>" + highlighted(point, query) + "</li>" for point in points]
            parts.append("</ul>")
            if len(points) < len(q.key_points):
                parts.append(self._show_all_link(label, len(q.key_points) - len(points)))

        benchmarks = [
            b for b in (self._framework.benchmark(bid) if self._framework else None for bid in q.benchmarks) if b
        ]
        if benchmarks:
            parts.append("<h2>" + label["criteria"] + "</h2>")
            language = i18n.current_language()
            for b in benchmarks:
                if not b.text_known:
                    text, _ = criterion_text(b, language)
                    parts.append(
                        f'<p><b>{html.escape(b.id)}</b>&nbsp; <span class="muted">{html.escape(text)}</span></p>'
                    )
                    continue
                ours = self._mark(wording_mark(b, "th", language))
                parts.append(f"<p><b>{html.escape(b.id)}</b>&nbsp; {html.escape(b.th)}{ours}</p>")
                if b.en:
                    ours = self._mark(wording_mark(b, "en", language))
                    parts.append(f'<p class="en">{html.escape(b.en)}{ours}</p>')
                if b.evidence_th or b.evidence_en:
                    parts.append(
                        f'<p><span class="label">{label["asks"]}</span> {html.escape(b.evidence_th or b.evidence_en)}</p>'
                    )
                if b.undp_comment:
                    parts.append(f'<p><span class="label">{label["comment"]}</span> {html.escape(b.undp_comment)}</p>')

        if q.evidence:
            items = q.evidence if self._show_all else q.evidence[:PREVIEW_ITEMS]
            parts.append("<h2>" + label["evidence"] + "</h2><ul>")
            for item in items:
                title = highlighted(item.title, query)
                details = evidence_details(item, i18n.current_language(), self.digits)
                details = f' <span class="muted">— {html.escape(details)}</span>' if details else ""
                if item.url and is_safe_link(item.url):
                    url = html.escape(item.url, quote=True)
                    host = html.escape(QUrl(item.url).host())
                    parts.append(f'<li><a href="{url}">{title}</a> <span class="muted">{host}</span>{details}</li>')
                else:
                    parts.append(f"<li>{title}{details}</li>")
            parts.append("</ul>")
            if len(items) < len(q.evidence):
                parts.append(self._show_all_link(label, len(q.evidence) - len(items)))
        return "\n".join(parts)

    @staticmethod
    def _show_all_link(label: dict[str, str], hidden: int) -> str:
        text = label["show_all"].format(f"{hidden:,}")
        return f'<p><a href="{SHOW_ALL.toString()}">{text}</a></p>'

    @staticmethod
    def _mark(mark: str) -> str:
        return f' <span class="muted">({html.escape(mark)})</span>' if mark else ""

    def _meta_line(self, q: Question, label: dict[str, str]) -> str:
        bits = [html.escape(q.id), label["dimension"].format(q.dimension)]
        if q.benchmarks:
            bits.append(label["benchmarks"].format(html.escape(", ".join(q.benchmarks))))
        if q.tags:
            bits.append(label["tags"].format(html.escape(", ".join(q.tags))))
        if q.time_limit:
            minutes, seconds = divmod(q.time_limit, 60)
            bits.append(label["time"].format(minutes, seconds))
        return " &nbsp;·&nbsp; ".join(bits)

    def plain_text(self) -> str:
        document = QTextDocument()
        document.setHtml(self._html)
        return document.toPlainText()
