"""The Settings page: the centre's name, logo and local help contacts (printed on every
handout), the preferences of the declarative settings table, and the facilitator PIN.

Saving a change to what handouts print (name, logo, contacts) or a lower disclosure
threshold k (smaller counts published) needs the facilitator PIN once a PIN exists
(``ui.pin_guard``); a chosen logo waits under a temporary name until then, so choosing
one changes nothing that prints. Raising k, the languages and the timer need no PIN.
The encryption keys have their own box (``keys_box``), given the vault and unlock."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_kit import paths
from workshop_kit.settings import SETTINGS, Settings
from workshop_kit.site import HelpContact, SiteInfo, load_site, save_site
from workshop_kit.ui.i18n import UI_LANGUAGES, locale_number
from workshop_kit.ui.pin_guard import require_pin
from workshop_kit.ui.settings.labels import setting_label
from workshop_kit.ui.text import LANGUAGES

__all__ = ["SettingsPage"]

_PENDING_LOGO = "logo-chosen"

_CONTACT_COLUMNS = (
    ("name", "en"),
    ("name", "ar"),
    ("phone", None),
    ("hours", "en"),
    ("hours", "ar"),
)


class SettingsPage(QWidget):
    site_saved = Signal()

    def __init__(self, settings: Settings, parent=None, *, pins=None, vault=None, unlock=None):
        """``pins`` (PinStore) defaults to the user's data folder. ``vault`` is the data
        folder's ``records.vault.Vault`` (None: no keys set up yet) and ``unlock()`` returns
        True once the data are unlocked (it may ask for the unlock code)."""
        super().__init__(parent)
        if pins is None:
            from workshop_kit.records.pin import PinStore

            pins = PinStore()
        self.settings = settings
        self.pins = pins
        self.vault = vault
        self._unlock = unlock
        self.site = load_site()
        self._logo: Path | None = self.site.logo
        self._build()
        self._fill()

    # -- building --------------------------------------------------------------------
    def _build(self) -> None:
        centre = QGroupBox(self.tr("Your centre (printed on every handout)"), self)
        form = QFormLayout(centre)
        self.centre_name = QLineEdit(centre)
        self.centre_name.setMaxLength(120)
        self.centre_name.setPlaceholderText(self.tr("e.g. East Amman Community Centre"))
        form.addRow(self.tr("Centre name:"), self.centre_name)
        logo_row = QHBoxLayout()
        self.logo_preview = QLabel(centre)
        self.logo_preview.setFixedSize(120, 60)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        choose = QPushButton(self.tr("Choose logo…"), centre)
        choose.clicked.connect(self._on_choose_logo_clicked)
        remove = QPushButton(self.tr("Remove logo"), centre)
        remove.clicked.connect(self._on_remove_logo_clicked)
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(choose)
        logo_row.addWidget(remove)
        logo_row.addStretch(1)
        form.addRow(self.tr("Logo (optional):"), logo_row)

        contacts = QGroupBox(self.tr("Local help contacts"), self)
        contacts_layout = QVBoxLayout(contacts)
        note = QLabel(
            self.tr(
                "Every handout prints these in a \u201cwhere to get help\u201d box. Add real local "
                "services (shelter, legal aid, health, a hotline) with their opening hours. "
                "Workshop Kit never invents contacts: until you add them, handouts say to ask "
                "the facilitator."
            ),
            contacts,
        )
        note.setWordWrap(True)
        contacts_layout.addWidget(note)
        self.contacts = QTableWidget(0, len(_CONTACT_COLUMNS), contacts)
        self.contacts.setHorizontalHeaderLabels(
            [
                self.tr("Name (English)"),
                self.tr("Name (Arabic)"),
                self.tr("Phone"),
                self.tr("Hours (English)"),
                self.tr("Hours (Arabic)"),
            ]
        )
        self.contacts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.contacts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts.setAccessibleName(self.tr("Local help contacts"))
        self.contacts.setMinimumHeight(160)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add contact"), contacts)
        add.clicked.connect(self._on_add_contact_clicked)
        remove_contact = QPushButton(self.tr("Remove selected"), contacts)
        remove_contact.clicked.connect(self._on_remove_contact_clicked)
        buttons.addWidget(add)
        buttons.addWidget(remove_contact)
        buttons.addStretch(1)
        contacts_layout.addWidget(self.contacts)
        contacts_layout.addLayout(buttons)

        preferences = QGroupBox(self.tr("Preferences"), self)
        pref_form = QFormLayout(preferences)
        self.editors: dict[str, QWidget] = {}
        for setting in SETTINGS:  # rendered from the one declarative table
            if setting.choices:
                editor = QComboBox(preferences)
                names = UI_LANGUAGES if setting.key == "ui_language" else LANGUAGES
                for choice in setting.choices:
                    shown = locale_number(choice) if isinstance(choice, int) else choice
                    editor.addItem(names.get(choice, shown), choice)
            elif setting.type is int:
                editor = QSpinBox(preferences)
                editor.setRange(0, 3600)
            else:
                editor = QLineEdit(preferences)
            editor.setAccessibleName(setting_label(setting.label))
            pref_form.addRow(setting_label(setting.label) + ":", editor)
            self.editors[setting.key] = editor
        restart = QLabel(
            self.tr("A new interface language applies as soon as you save."), preferences
        )
        restart.setWordWrap(True)
        pref_form.addRow(restart)

        from workshop_kit.ui.settings.pin_box import PinBox

        self.pin_box = PinBox(self.pins, self)
        from workshop_kit.ui.settings.keys_box import KeysBox

        self.keys_box = KeysBox(self.vault, self.pins, self, unlock=self._unlock)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save settings (Ctrl+S)"), self)
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)

        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.addWidget(centre)
        layout.addWidget(contacts)
        layout.addWidget(preferences)
        layout.addWidget(self.pin_box)
        layout.addWidget(self.keys_box)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addLayout(bottom)

    def _fill(self) -> None:
        self.centre_name.setText(self.site.centre_name)
        self._show_logo()
        self.contacts.setRowCount(0)
        for contact in self.site.contacts:
            self._add_row(
                [
                    contact.name.get("en", ""),
                    contact.name.get("ar", ""),
                    contact.phone,
                    contact.hours.get("en", ""),
                    contact.hours.get("ar", ""),
                ]
            )
        for setting in SETTINGS:
            editor, value = self.editors[setting.key], self.settings.get(setting.key)
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(value)))
            elif isinstance(editor, QSpinBox):
                editor.setValue(value)
            else:
                editor.setText(str(value))

    def _add_row(self, values: list[str]) -> None:
        row = self.contacts.rowCount()
        self.contacts.insertRow(row)
        for column, value in enumerate(values):
            self.contacts.setItem(row, column, QTableWidgetItem(value))

    def _show_logo(self) -> None:
        pixmap = QPixmap(str(self._logo)) if self._logo else QPixmap()
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("(no logo)"))
        else:
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    self.logo_preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    # -- reading the form ------------------------------------------------------------
    def contacts_entered(self) -> tuple[HelpContact, ...]:
        contacts = []
        for row in range(self.contacts.rowCount()):
            cells = [
                (self.contacts.item(row, c).text().strip() if self.contacts.item(row, c) else "")
                for c in range(len(_CONTACT_COLUMNS))
            ]
            names = {
                lang: text
                for (field, lang), text in zip(_CONTACT_COLUMNS, cells, strict=True)
                if field == "name" and text
            }
            if not names:
                continue  # a row without a name is not a contact
            hours = {
                lang: text
                for (field, lang), text in zip(_CONTACT_COLUMNS, cells, strict=True)
                if field == "hours" and text
            }
            contacts.append(HelpContact(names, cells[2], hours))
        return tuple(contacts)

    def _entered(self, setting) -> Any:
        editor = self.editors[setting.key]
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QSpinBox):
            return editor.value()
        return setting.type(editor.text())

    def needs_pin(self, site: SiteInfo) -> bool:
        """Whether saving changes what handouts print or lowers the disclosure threshold."""
        k = next(setting for setting in SETTINGS if setting.key == "disclosure_k")
        lower_k = self._entered(k) < self.settings.get("disclosure_k")
        return site != self.site or lower_k

    def save(self) -> None:
        site = SiteInfo(self.centre_name.text().strip(), self._logo, self.contacts_entered())
        if self.needs_pin(site):
            reason = self.tr(
                "These settings change what every handout prints or how small a count the "
                "results may show. Enter the facilitator PIN to save them."
            )
            if not require_pin(self, self.pins, reason, when_unset="allow"):
                self.status.setText(self.tr("Not saved: the facilitator PIN is needed."))
                return
        try:
            site = self._keep_logo(site)
            save_site(site)
            for setting in SETTINGS:
                value = self._entered(setting)
                if value != self.settings.get(setting.key):
                    self.settings.set(setting.key, value)
        except (OSError, ValueError) as exc:
            from workshop_kit.ui.errors import describe_error

            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("The settings could not be saved: {error}").format(
                    error=describe_error(exc)
                ),
            )
            return
        self.site = site
        self.status.setText(self.tr("Saved."))
        self.site_saved.emit()

    # -- slots -----------------------------------------------------------------------
    def _on_add_contact_clicked(self) -> None:
        self._add_row(["", "", "", "", ""])
        self.contacts.setCurrentCell(self.contacts.rowCount() - 1, 0)
        self.contacts.editItem(self.contacts.item(self.contacts.rowCount() - 1, 0))

    def _on_remove_contact_clicked(self) -> None:
        rows = sorted({i.row() for i in self.contacts.selectedIndexes()}, reverse=True)
        for row in rows:
            self.contacts.removeRow(row)

    def _on_choose_logo_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if name:
            self.set_logo(Path(name))

    def set_logo(self, source: Path) -> None:
        """Keep a copy in the data folder, so the logo survives the original moving."""
        if QPixmap(str(source)).isNull():
            QMessageBox.warning(
                self,
                self.tr("Not an image"),
                self.tr("{name} is not an image Workshop Kit can read.").format(name=source.name),
            )
            return
        # A new name until saved: the logo handouts print changes only with the PIN.
        target = paths.user_data_dir() / f"{_PENDING_LOGO}{source.suffix.lower()}"
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        except OSError as exc:  # a read-only or full data folder
            from workshop_kit.ui.errors import describe_error

            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("The logo could not be kept: {error}").format(error=describe_error(exc)),
            )
            return
        self._logo = target
        self._show_logo()

    def _keep_logo(self, site: SiteInfo) -> SiteInfo:
        """Move a newly chosen logo to its lasting name (``logo.png``) when saving."""
        logo = site.logo
        if logo is None or not logo.name.startswith(_PENDING_LOGO):
            return site
        final = logo.with_name(f"logo{logo.suffix}")
        os.replace(logo, final)
        self._logo = final
        return SiteInfo(site.centre_name, final, site.contacts)

    def _on_remove_logo_clicked(self) -> None:
        self._logo = None
        self._show_logo()
