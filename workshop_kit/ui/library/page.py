"""The Library page: browse curricula and sessions, search, read a session guide."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_kit.content.library import Library
from workshop_kit.content.model import Curriculum, Session
from workshop_kit.content.search import search_sessions
from workshop_kit.settings import Settings
from workshop_kit.ui.library.guide_html import session_html
from workshop_kit.ui.library.problems_dialog import show_problems
from workshop_kit.ui.text import LANGUAGES, direction_for, local

__all__ = ["LibraryPage"]

_ROLE = Qt.ItemDataRole.UserRole


class LibraryPage(QWidget):
    """Curricula → sessions on the left, the selected session's guide on the right."""

    #: curriculum, session, content language
    run_requested = Signal(object, object, str)
    #: curriculum id, session id, content language ("Print handouts")
    print_requested = Signal(str, str, str)

    def __init__(self, library: Library, settings: Settings, user_folder, parent=None):
        super().__init__(parent)
        self.library = library
        self.settings = settings
        self.user_folder = user_folder
        self._current: tuple[Curriculum, Session] | None = None
        self._build()
        self._fill_tree()
        self._show_problems_banner()
        self._select_first_session()

    # -- building --------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search sessions (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search sessions"))
        self.search.textChanged.connect(self._on_search_text_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)

        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Content language"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        wanted = self.settings.get("content_language")
        self.language.setCurrentIndex(max(0, self.language.findData(wanted)))
        self.language.currentIndexChanged.connect(self._on_language_current_index_changed)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(QLabel(self.tr("Content language:"), self))
        top.addWidget(self.language)

        self.banner = QFrame(self)
        self.banner.setObjectName("problemsBanner")
        self.banner.setStyleSheet(
            "#problemsBanner { background: #fff4e0; border: 1px solid #e0a040; }"
        )
        banner_layout = QHBoxLayout(self.banner)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        details = QPushButton(self.tr("Details…"), self.banner)
        details.clicked.connect(self._on_details_clicked)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(details)
        self.banner.hide()

        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Curricula and sessions"))
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        self.empty_label = QLabel(self.tr("No sessions match your search."), self)
        self.empty_label.hide()
        folder_button = QPushButton(self.tr("Open my curricula folder"), self)
        folder_button.setToolTip(self.tr("Add your centre's own curricula here"))
        folder_button.clicked.connect(self._on_folder_clicked)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.empty_label)
        left_layout.addWidget(folder_button)

        self.reader = QTextBrowser(self)
        self.reader.setOpenLinks(False)
        self.reader.setAccessibleName(self.tr("Session guide"))
        self.run_button = QPushButton(self.tr("Run session…"), self)
        self.run_button.setToolTip(self.tr("Step through the activities with a timer (Ctrl+R)"))
        self.run_button.setShortcut(QKeySequence("Ctrl+R"))
        self.run_button.clicked.connect(self._on_run_button_clicked)
        QShortcut(QKeySequence("F5"), self, self._on_run_button_clicked)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.reader, 1)
        self.print_button = QPushButton(self.tr("Print handouts…"), self)
        self.print_button.setToolTip(self.tr("Open the Print page for this session"))
        self.print_button.clicked.connect(self._on_print_button_clicked)
        QShortcut(QKeySequence.StandardKey.Print, self, self._on_print_button_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.run_button)
        right_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 700])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

    def _fill_tree(self, only: set[tuple[str, str]] | None = None) -> None:
        lang = self.content_language()
        with QSignalBlocker(self.tree):
            self.tree.clear()
            for curriculum in self.library.curricula:
                sessions = [
                    s for s in curriculum.sessions if only is None or (curriculum.id, s.id) in only
                ]
                if not sessions:
                    continue
                top = QTreeWidgetItem([local(curriculum.title, lang)])
                top.setData(0, _ROLE, (curriculum.id, None))
                for session in sessions:
                    label = self.tr("{number}. {title} ({minutes} min)").format(
                        number=session.number,
                        title=local(session.title, lang),
                        minutes=session.duration,
                    )
                    child = QTreeWidgetItem([label])
                    child.setToolTip(0, label)
                    child.setData(0, _ROLE, (curriculum.id, session.id))
                    top.addChild(child)
                self.tree.addTopLevelItem(top)
                top.setExpanded(True)
        self.empty_label.setVisible(self.tree.topLevelItemCount() == 0)
        self._reselect()

    def _show_problems_banner(self) -> None:
        failed = len(self.library.failed)
        warnings = len(self.library.problems) - len(self.library.errors)
        if failed:
            text = self.tr("%n curriculum(s) could not be loaded and are not shown.", "", failed)
        elif warnings:
            text = self.tr(
                "%n problem(s) found in the curricula (missing translations are "
                "shown in the default language).",
                "",
                warnings,
            )
        else:
            return
        self.banner_text.setText(text)
        self.banner.show()

    # -- state -----------------------------------------------------------------------
    def content_language(self) -> str:
        return self.language.currentData()

    def current_session(self) -> tuple[Curriculum, Session] | None:
        return self._current

    def select_session(self, curriculum_id: str, session_id: str) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is None:
                continue
            for j in range(top.childCount()):
                row = top.child(j)
                if row is not None and row.data(0, _ROLE) == (curriculum_id, session_id):
                    self.tree.setCurrentItem(row)
                    return True
        return False

    def _select_first_session(self) -> None:
        first = self.tree.topLevelItem(0)  # None when the library is empty
        session = first.child(0) if first is not None else None  # None: no sessions
        if session is not None:
            self.tree.setCurrentItem(session)
        else:
            self._show_session(None)

    def _reselect(self) -> None:
        if self._current is None or not self.select_session(
            self._current[0].id, self._current[1].id
        ):
            self._select_first_session()

    def _show_session(self, chosen: tuple[Curriculum, Session] | None) -> None:
        self._current = chosen
        lang = self.content_language()
        self.reader.setLayoutDirection(direction_for(lang))
        self.run_button.setEnabled(chosen is not None)
        self.print_button.setEnabled(chosen is not None)
        if chosen is None:
            self.reader.setHtml(
                "<p>" + self.tr("Choose a session on the left to read its guide.") + "</p>"
            )
            return
        scroll = self.reader.verticalScrollBar().value()
        guide = session_html(chosen[0], chosen[1], lang, surveys=self.library.instruments)
        self.reader.setHtml(guide)
        self.reader.verticalScrollBar().setValue(scroll)

    # -- slots -----------------------------------------------------------------------
    def _on_search_text_changed(self, text: str) -> None:
        if not text.strip():
            self._fill_tree()
            return
        hits = search_sessions(self.library.curricula, text)
        self._fill_tree({(hit.curriculum.id, hit.session.id) for hit in hits})

    def _on_language_current_index_changed(self, _index: int) -> None:
        self.settings.set("content_language", self.content_language())
        self._fill_tree() if not self.search.text().strip() else self._on_search_text_changed(
            self.search.text()
        )
        self._show_session(self._current)

    def _on_tree_current_item_changed(self, item: QTreeWidgetItem | None, _previous) -> None:
        if item is None:
            self._show_session(None)
            return
        curriculum_id, session_id = item.data(0, _ROLE)
        if session_id is None:  # a curriculum row: show its first session
            first = item.child(0)  # None when the curriculum has no sessions
            if first is not None:
                self.tree.setCurrentItem(first)
            return
        curriculum = self.library.curriculum(curriculum_id)
        self._show_session((curriculum, curriculum.session(session_id)))

    def _on_tree_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, _ROLE)[1] is not None:
            self._on_run_button_clicked()

    def _on_run_button_clicked(self) -> None:
        if self._current is not None:
            self.run_requested.emit(*self._current, self.content_language())

    def _on_print_button_clicked(self) -> None:
        if self._current is not None:
            curriculum, session = self._current
            self.print_requested.emit(curriculum.id, session.id, self.content_language())

    def _on_details_clicked(self) -> None:
        show_problems(self.library.problems, self)

    def _on_folder_clicked(self) -> None:
        self.user_folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.user_folder)))
