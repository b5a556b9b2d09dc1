"""The quick start for facilitators: a bundled HTML page per interface language.

Decisions: the pages live in ``assets/help/quick-start.<lang>.html`` so translators edit
plain files; a missing language falls back to English. The browser never follows a link
out of the page: only in-page anchors (the table of contents) are honoured, so nothing can
reach for the network. Arabic is laid out right to left.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from workshop_kit import paths
from workshop_kit.ui.text import direction_for, is_rtl

__all__ = ["FALLBACK_LANGUAGE", "QuickStartDialog", "quick_start_file", "show_quick_start"]

FALLBACK_LANGUAGE = "en"


def quick_start_file(lang: str) -> Path:
    """The quick start page for ``lang``, or the English one when there is none."""
    folder = paths.assets_dir() / "help"
    wanted = folder / f"quick-start.{lang}.html"
    return wanted if wanted.is_file() else folder / f"quick-start.{FALLBACK_LANGUAGE}.html"


class QuickStartDialog(QDialog):
    """Shows the quick start in ``lang`` (falls back to English)."""

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        source = quick_start_file(lang)
        self.lang = source.name.split(".")[1]
        self.setWindowTitle(self.tr("Quick start"))
        self.setLayoutDirection(direction_for(self.lang))
        self.resize(820, 680)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Quick start"))
        self.browser.setOpenLinks(False)  # in-page anchors only, handled below
        self.browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        try:
            text = source.read_text(encoding="utf-8")
        except OSError as exc:
            text = "<p>{}</p>".format(
                self.tr("The quick start could not be read: {error}").format(error=exc)
            )
        self.browser.setHtml(text)
        if is_rtl(self.lang):
            self._right_to_left()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def _right_to_left(self) -> None:
        # Qt's HTML reader ignores dir= on lists and on <body>: set every block's
        # direction, so a line that starts with a shortcut (Latin) still reads right to left.
        cursor = QTextCursor(self.browser.document())
        cursor.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        cursor.mergeBlockFormat(block)

    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        if url.hasFragment() and not url.scheme() and not url.path():
            self.browser.scrollToAnchor(url.fragment())


def show_quick_start(lang: str, parent: QWidget | None = None) -> QuickStartDialog:
    dialog = QuickStartDialog(lang, parent)
    dialog.show()
    return dialog
