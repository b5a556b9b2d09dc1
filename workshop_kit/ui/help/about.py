"""About Workshop Kit: version, what it is, where its data lives, and the licences of the
bundled fonts and libraries.

Decisions:

- Licences are read from files that ship with the app (``assets/fonts/OFL-*.txt`` and
  ``assets/licences/*.txt``), never from the network or from package metadata at run time
  (a frozen build has no metadata). Each library file starts with ``Key: value`` lines
  (Name, Version checked, Licence, Project, Used for), then the licence text itself.
- The licences tab opens with a summary table (name, licence) and then every text in
  full, because the BSD, MIT and OFL licences ask for their text to travel with the program.
- Opening the data folder goes through :meth:`AboutDialog.open_folder`, which tests
  replace; when the desktop cannot open it, the path stays on screen to be copied.
- "Open log folder" opens ``<data folder>/logs`` (``workshop_kit.logs``), the file to send
  to whoever helps when something went wrong; it holds no answers, codes or times.
"""

from __future__ import annotations

import html
import platform
from dataclasses import dataclass
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workshop_kit import __version__, logs, paths

__all__ = [
    "AboutDialog",
    "LicenceNotice",
    "font_licences",
    "library_licences",
    "licences_dir",
    "show_about",
]

PROJECT_FILE = "workshop-kit.txt"
FULL_TEXTS = ("GPL-3.0.txt", "LGPL-3.0.txt")
# Licence texts keep their line breaks but wrap in a narrow window (no sideways scrolling).
_TEXT = "<div style='white-space: pre-wrap;'>{}</div>"


@dataclass(frozen=True)
class LicenceNotice:
    """One bundled component and its licence, as read from its licence file."""

    name: str
    licence: str
    text: str
    fields: tuple[tuple[str, str], ...] = ()  # the header lines, in file order


def licences_dir() -> Path:
    return paths.assets_dir() / "licences"


def _read_notice(path: Path) -> LicenceNotice:
    text = path.read_text(encoding="utf-8")
    header, _, body = text.partition("\n\n")
    fields = []
    for line in header.splitlines():
        key, sep, value = line.partition(":")
        if sep:
            fields.append((key.strip(), value.strip()))
    found = dict(fields)
    return LicenceNotice(
        name=found.get("Name", path.stem),
        licence=found.get("Licence", ""),
        text=body.strip("\n"),
        fields=tuple(fields),
    )


def library_licences(folder: Path | None = None) -> list[LicenceNotice]:
    """One notice per bundled library (not the project's own or the full GPL/LGPL texts)."""
    folder = folder or licences_dir()
    skip = {PROJECT_FILE, *FULL_TEXTS}
    return [
        _read_notice(path)
        for path in sorted(folder.glob("*.txt"), key=lambda p: p.name.lower())
        if path.name not in skip
    ]


def font_licences(folder: Path | None = None) -> list[LicenceNotice]:
    """The OFL file of each bundled font family; its first line names the fonts."""
    folder = folder or paths.assets_dir() / "fonts"
    notices = []
    for path in sorted(folder.glob("OFL*.txt")):
        text = path.read_text(encoding="utf-8")
        first = text.splitlines()[0].strip() if text.strip() else path.stem
        notices.append(LicenceNotice(first, "OFL-1.1", text.strip("\n")))
    return notices


class AboutDialog(QDialog):
    """Name, version, data folder (with a button to open it) and licences."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.data_folder = paths.user_data_dir()
        self.log_folder = logs.active_log_dir() or logs.log_dir()
        self.setWindowTitle(self.tr("About Workshop Kit"))
        self.resize(760, 620)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("About Workshop Kit"))
        self.tabs.addTab(self._about_tab(), self.tr("About"))
        self.licences = QTextBrowser(self)
        self.licences.setAccessibleName(self.tr("Licences"))
        self.licences.setOpenLinks(False)  # in-page anchors only
        self.licences.anchorClicked.connect(self._on_licences_anchor_clicked)
        self.licences.setHtml(self.licences_html())
        self.tabs.addTab(self.licences, self.tr("Licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def _about_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        title = QLabel(self.tr("Workshop Kit"), tab)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.version = QLabel(self.tr("Version {version}").format(version=__version__), tab)
        summary = QLabel(
            self.tr(
                "An offline toolkit for community workshops on gender-based violence and "
                "gender equality: discussion guides, anonymous before-and-after surveys and "
                "printable handouts. It never connects to the internet."
            ),
            tab,
        )
        summary.setWordWrap(True)
        licence = QLabel(
            self.tr(
                "Free software under the GNU General Public License, version 3 or later. "
                "The fonts and libraries it carries are listed under Licences."
            ),
            tab,
        )
        licence.setWordWrap(True)
        folder_heading = QLabel(self.tr("Your data folder (workshops, settings, curricula):"), tab)
        self.folder_label = QLabel(str(self.data_folder), tab)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setAccessibleName(self.tr("Data folder"))
        self.folder_label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open data folder"), tab)
        self.open_button.setAccessibleName(self.tr("Open data folder"))
        self.open_button.setToolTip(self.tr("Show the data folder in the file manager"))
        self.open_button.clicked.connect(self.open_data_folder)
        self.log_button = QPushButton(self.tr("Open &log folder"), tab)
        self.log_button.setAccessibleName(self.tr("Open log folder"))
        self.log_button.setToolTip(
            self.tr(
                "The log records what went wrong (never answers, codes or times); send it to "
                "whoever helps you with Workshop Kit"
            )
        )
        self.log_button.clicked.connect(self.open_log_folder)
        self.status = QLabel(tab)
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.log_button)
        row.addStretch(1)
        built = QLabel(
            self.tr("Built with Qt for Python {qt} on Python {python}.").format(
                qt=pyside_version, python=platform.python_version()
            ),
            tab,
        )
        built.setStyleSheet("color: palette(mid);")
        for widget in (title, self.version, summary, licence):
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addWidget(folder_heading)
        layout.addWidget(self.folder_label)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(built)
        return tab

    # -- licences --------------------------------------------------------------------
    def licences_html(self) -> str:
        """A summary table, then every licence text in full."""
        fonts, libraries = font_licences(), library_licences()
        # tr() outside the f-strings: lupdate cannot see into them
        title, component, licence = self.tr("Licences"), self.tr("Component"), self.tr("Licence")
        fonts_title, libraries_title = self.tr("Fonts"), self.tr("Libraries")
        parts = [f"<h2>{html.escape(title)}</h2>"]
        project = licences_dir() / PROJECT_FILE
        if project.is_file():
            parts.append(_TEXT.format(html.escape(_read_notice(project).text)))
        rows = [("font", i, n) for i, n in enumerate(fonts)]
        rows += [("lib", i, n) for i, n in enumerate(libraries)]
        parts.append(
            "<table border='1' cellspacing='0' cellpadding='4'>"
            f"<tr><th>{html.escape(component)}</th>"
            f"<th>{html.escape(licence)}</th></tr>"
        )
        for kind, index, notice in rows:
            parts.append(
                f"<tr><td><a href='#{kind}-{index}'>{html.escape(notice.name)}</a></td>"
                f"<td>{html.escape(notice.licence)}</td></tr>"
            )
        parts.append("</table>")
        parts.append(f"<h3>{html.escape(fonts_title)}</h3>")
        for index, notice in enumerate(fonts):
            parts.append(self._notice_html(f"font-{index}", notice))
        parts.append(f"<h3>{html.escape(libraries_title)}</h3>")
        for index, notice in enumerate(libraries):
            parts.append(self._notice_html(f"lib-{index}", notice))
        for name in FULL_TEXTS:
            path = licences_dir() / name
            if path.is_file():
                parts.append(
                    f"<h3>{html.escape(path.stem)}</h3>"
                    + _TEXT.format(html.escape(path.read_text(encoding="utf-8")))
                )
        return "\n".join(parts)

    @staticmethod
    def _notice_html(anchor: str, notice: LicenceNotice) -> str:
        fields = "".join(
            f"<b>{html.escape(key)}:</b> {html.escape(value)}<br>" for key, value in notice.fields
        )
        return (
            f"<h4><a name='{anchor}'></a>{html.escape(notice.name)}</h4>"
            f"<p>{fields}</p>" + _TEXT.format(html.escape(notice.text))
        )

    def _on_licences_anchor_clicked(self, url: QUrl) -> None:
        if url.hasFragment() and not url.scheme() and not url.path():
            self.licences.scrollToAnchor(url.fragment())

    # -- the data folder -------------------------------------------------------------
    def open_data_folder(self) -> bool:
        """Show the data folder in the file manager (created first if it is missing)."""
        try:
            self.data_folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.status.setText(
                self.tr("The data folder could not be created: {error}").format(error=exc)
            )
            return False
        opened = self.open_folder(self.data_folder)
        self.status.setText(
            ""
            if opened
            else self.tr(
                "The folder could not be opened here. Its path is shown above: select it to "
                "copy it into your file manager."
            )
        )
        return opened

    def open_log_folder(self) -> bool:
        """Show the log folder in the file manager (created first if it is missing)."""
        try:
            self.log_folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.status.setText(
                self.tr("The log folder could not be created: {error}").format(error=exc)
            )
            return False
        opened = self.open_folder(self.log_folder)
        self.status.setText(
            ""
            if opened
            else self.tr("The log folder could not be opened here. It is: {folder}").format(
                folder=self.log_folder
            )
        )
        return opened

    def open_folder(self, folder: Path) -> bool:
        """Ask the desktop to open ``folder`` (tests replace this method)."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def show_about(parent: QWidget | None = None) -> AboutDialog:
    dialog = AboutDialog(parent)
    dialog.show()
    return dialog
