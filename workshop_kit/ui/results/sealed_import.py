"""Importing sealed bundles on the lead's laptop: the lead's key, and who sent the bundle.

``LeadKeyDialog`` asks for the lead's private key file (``.wkprivate``; its path is
remembered in the settings, never the passphrase) and its passphrase. Opening the key
(scrypt, slow on purpose) and checking the bundle's signature run on a worker
(``open_and_check``). The texts below word what the check found for the facilitator: a
laptop met for the first time (its fingerprint, to read back over the phone, accepted
with the facilitator PIN), a bundle imported before, an old-format bundle nobody signed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_kit.records.keys import LeadKey
from workshop_kit.records.signing import ManifestCheck

__all__ = [
    "Checked",
    "LeadKeyDialog",
    "known_path",
    "new_laptop_reason",
    "open_and_check",
    "replay_text",
    "run_import",
    "unsigned_reason",
]

SETTING = "lead_private_key_path"


class LeadKeyDialog(QDialog):
    """The lead's private key file and its passphrase."""

    def __init__(self, bundle: Path, remembered: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open a sealed bundle"))
        intro = QLabel(
            self.tr(
                "{file} is sealed to the programme lead's key. Choose the lead's private key "
                "file (.wkprivate) and type its passphrase to open it."
            ).format(file=bundle.name),
            self,
        )
        intro.setWordWrap(True)
        self.file = QLineEdit(remembered, self)
        self.file.setAccessibleName(self.tr("The lead's private key file"))
        choose = QPushButton(self.tr("C&hoose…"), self)
        choose.clicked.connect(self._on_choose_clicked)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(choose)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase of the lead's key"))
        form = QFormLayout()
        label = QLabel(self.tr("&Key file:"), self)
        label.setBuddy(self.file)  # the row is a layout: the label needs its buddy named
        form.addRow(label, row)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        (self.passphrase if remembered else self.file).setFocus()
        self.setMinimumWidth(520)

    def _on_choose_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The lead's private key file"),
            self.file.text(),
            self.tr("Lead private key files (*.wkprivate)"),
        )
        if path:
            self.file.setText(path)
            self.passphrase.setFocus()

    def _on_buttons_accepted(self) -> None:
        path = Path(self.file.text().strip())
        if not self.file.text().strip() or not path.is_file():
            self.problem.setText(self.tr("Choose the lead's private key file (.wkprivate)."))
            self.problem.show()
            return
        if not self.passphrase.text():
            self.problem.setText(self.tr("Type the passphrase of the lead's key."))
            self.problem.show()
            return
        self.accept()

    def answer(self) -> tuple[Path, str]:
        return Path(self.file.text().strip()), self.passphrase.text()


def known_path(vault) -> Path:
    """The lead's known-laptops list, in the keys folder beside the keyring."""
    from workshop_kit.records.bundle_trust import KNOWN_LAPTOPS

    return Path(vault.folder) / KNOWN_LAPTOPS


def run_import(store, library, path: Path, progress, cancelled, **trust):
    """Worker: the import. A plaintext store imports as before; a sealed one under the
    rules of ``records.bundle_trust`` (``trust``: lead key, accepted laptop, old format)."""
    from workshop_kit.records.bundle import import_bundle
    from workshop_kit.records.bundle_trust import import_checked, store_vault

    vault = store_vault(store)
    if vault is None:
        return import_bundle(store, path, library=library, progress=progress, cancelled=cancelled)
    return import_checked(
        store,
        path,
        library=library,
        known_path=known_path(vault),
        progress=progress,
        cancelled=cancelled,
        **trust,
    ).report


@dataclass(frozen=True)
class Checked:
    """The lead's opened key and what the bundle's signature said."""

    lead: LeadKey
    check: ManifestCheck


def open_and_check(key_file: Path, passphrase: str, bundle: Path, known_path: Path) -> Checked:
    """Worker: open the lead's key (slow scrypt) and check the bundle's signature. Raises
    ``ValueError`` with the words to show when it cannot go on (nothing is changed)."""
    from workshop_kit.records.bundle import BundleError
    from workshop_kit.records.bundle_trust import check_sealed, load_known
    from workshop_kit.records.crypto import CryptoError
    from workshop_kit.records.keys import WrongSecretError
    from workshop_kit.records.vault import read_lead_private

    try:
        lead = read_lead_private(key_file, passphrase)
    except WrongSecretError:
        raise ValueError(
            QCoreApplication.translate(
                "SealedImport",
                "The passphrase does not open {key}. Nothing was imported; try again.",
            ).format(key=key_file.name)
        ) from None
    except (CryptoError, OSError, ValueError):
        raise ValueError(
            QCoreApplication.translate(
                "SealedImport",
                "{key} is not a programme lead's private key file. Nothing was imported.",
            ).format(key=key_file.name)
        ) from None
    try:
        return Checked(lead, check_sealed(bundle, lead, load_known(known_path)))
    except BundleError as error:
        raise ValueError(
            QCoreApplication.translate(
                "SealedImport", "{file} was not imported and nothing changed: {reason}"
            ).format(file=bundle.name, reason=error)
        ) from None


def new_laptop_reason(bundle: Path, check: ManifestCheck) -> str:
    """What the PIN dialog says before a laptop met for the first time is trusted."""
    return QCoreApplication.translate(
        "SealedImport",
        "{file} comes from a laptop this computer has not met before. Its fingerprint is:\n\n"
        "{fingerprint}\n\nAsk whoever sent the bundle to read you the fingerprint their laptop "
        "showed when it saved the bundle (on the phone, say). Only if every digit matches, "
        "enter the facilitator PIN to trust this laptop and import the bundle.",
    ).format(file=bundle.name, fingerprint=check.fingerprint)


def replay_text(bundle: Path, check: ManifestCheck) -> str:
    return QCoreApplication.translate(
        "SealedImport",
        "{file} was imported before (it was made on {day}); nothing new was imported.",
    ).format(file=bundle.name, day=check.manifest.get("day", ""))


def unsigned_reason(bundle: Path) -> str:
    """What the PIN dialog says before an old-format bundle is imported."""
    return QCoreApplication.translate(
        "SealedImport",
        "{file} is an old-format bundle: it is neither sealed nor signed, so nobody can "
        "vouch for where it came from or that it was not changed on the way. Import it only "
        "if you know who made it. It cannot add responses to a workshop that is already "
        "closed here. Enter the facilitator PIN to import it anyway.",
    ).format(file=bundle.name)
