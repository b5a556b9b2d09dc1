"""Locked or not: the survey data's state in the main window.

* :class:`DataLock` holds the vault of the sealed store (or none: a plaintext store in
  tests, or a data folder whose keys are not set up yet). ``ensure_unlocked`` shows the
  unlock dialog when needed; ``lock`` forgets the keys. The data lock when the facilitator
  chooses Lock (Ctrl+L), when a survey kiosk starts (the kiosk saves with public keys only,
  so a participant at it can read nothing), and after some minutes without any input
  (``IDLE_MINUTES``: a laptop left open in a shared room).
* :class:`DataGate` puts a page (Workshops, Results) behind a panel that says the data are
  locked, with an Unlock button, or that the keys are not set up yet, with a Set up button.
  The page stays the same object; on lock it is told to forget what it shows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_kit.records.vault import Vault

__all__ = ["IDLE_MINUTES", "DataGate", "DataLock", "LockedPanel"]

log = logging.getLogger("workshop_kit.ui")

#: minutes without a key press or click before the data lock by themselves
IDLE_MINUTES = 15

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class DataLock(QObject):
    """Whether the survey data are readable now, and the ways to change that."""

    #: just before the keys are forgotten: stop work that reads the data
    about_to_lock = Signal()
    #: the data became readable (True) or were locked (False)
    changed = Signal(bool)
    #: the keys were set up (the main window builds its data pages again)
    set_up = Signal()

    def __init__(self, vault: Vault | None, parent: QObject | None = None, *, needs_setup=False):
        super().__init__(parent)
        self.vault = vault
        #: no keys yet: nothing may be saved until the key setup has run
        self.needs_setup = needs_setup
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(IDLE_MINUTES * 60_000)
        self.idle.timeout.connect(self._on_idle_timeout)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # idle only counts while there is a vault unlocked
        if vault is not None:
            self.idle.start()

    @property
    def protected(self) -> bool:
        """Whether the store is sealed (and so can be locked)."""
        return self.vault is not None

    @property
    def is_open(self) -> bool:
        """Whether the data pages may read: unlocked, or a store without keys (tests)."""
        if self.needs_setup:
            return False
        return self.vault is None or self.vault.is_unlocked

    def ensure_unlocked(self, parent: QWidget | None = None, reason: str = "") -> bool:
        """True once the data are readable, asking for the unlock code if needed."""
        if self.is_open:
            return True
        if self.vault is None:
            return False  # keys not set up: the gate's panel offers the setup
        from workshop_kit.ui.keys.unlock_dialog import UnlockDialog

        dialog = UnlockDialog(self.vault, parent, reason=reason)
        if dialog.exec() != UnlockDialog.DialogCode.Accepted:
            return False
        self.idle.start()
        self.changed.emit(True)
        return True

    def lock(self) -> None:
        """Forget the keys (nothing happens when there are none to forget)."""
        if self.vault is None or not self.vault.is_unlocked:
            return
        self.about_to_lock.emit()
        self.vault.lock()
        log.info("survey data locked")
        self.changed.emit(False)

    def became_set_up(self, vault: Vault) -> None:
        """The first-run key setup made ``vault`` (unlocked)."""
        self.vault = vault
        self.needs_setup = False
        self.idle.start()
        self.set_up.emit()
        self.changed.emit(True)

    # ------------------------------------------------------------------ idle

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self.vault is not None and self.vault.is_unlocked:
            self.idle.start()  # restarts the countdown
        return False

    def _on_idle_timeout(self) -> None:
        if self.vault is not None and self.vault.is_unlocked:
            log.info("no input for %d minutes: locking the survey data", IDLE_MINUTES)
            self.lock()


class LockedPanel(QWidget):
    """What a data page shows while the data are locked, or before the keys exist."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel(self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = QPushButton(self)
        for widget in (self.title, self.text):
            layout.addWidget(widget)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def show_locked(self) -> None:
        heading = self.tr("The survey data are locked")
        self.title.setText(f"<h2>{heading}</h2>")
        self.text.setText(
            self.tr(
                "Answers are kept encrypted. Unlock them with the unlock code to see "
                "workshops and results. They lock again when a survey starts, when you "
                "choose Lock (Ctrl+L), and after {minutes} minutes without use."
            ).format(minutes=IDLE_MINUTES)
        )
        self.button.setText(self.tr("&Unlock…"))

    def show_needs_setup(self) -> None:
        heading = self.tr("Set up the unlock code first")
        self.title.setText(f"<h2>{heading}</h2>")
        self.text.setText(
            self.tr(
                "Survey answers are always stored encrypted. Before the first workshop, "
                "choose how they are protected: an unlock code for everyday use, and a "
                "recovery sheet or the programme lead's key in case it is lost."
            )
        )
        self.button.setText(self.tr("&Set up…"))


class DataGate(QStackedWidget):
    """A data page behind :class:`LockedPanel` while the data are not readable."""

    def __init__(
        self,
        page: QWidget,
        lock: DataLock,
        *,
        on_setup: Callable[[], None],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.page, self.data_lock, self._on_setup = page, lock, on_setup
        self.panel = LockedPanel(self)
        self.panel.button.clicked.connect(self._on_panel_button_clicked)
        self.addWidget(self.panel)
        self.addWidget(page)
        lock.changed.connect(self._on_lock_changed)
        lock.about_to_lock.connect(self._on_about_to_lock)
        self._show_state()

    def _show_state(self) -> None:
        if self.data_lock.is_open:
            self.setCurrentWidget(self.page)
            return
        if self.data_lock.needs_setup:
            self.panel.show_needs_setup()
        else:
            self.panel.show_locked()
        self.setCurrentWidget(self.panel)

    def _on_about_to_lock(self) -> None:
        stop = getattr(self.page, "stop", None)  # work reading the data ends first
        if stop is not None:
            stop()

    def _on_lock_changed(self, readable: bool) -> None:
        if readable:
            # a page may say what an unlock means for it (``refresh_unlocked``)
            refresh = getattr(self.page, "refresh_unlocked", None) or getattr(
                self.page, "refresh", None
            )
            if refresh is not None:
                refresh()
        else:
            forget = getattr(self.page, "forget", None)
            if forget is not None:
                forget()
        self._show_state()

    def _on_panel_button_clicked(self) -> None:
        if self.data_lock.needs_setup:
            self._on_setup()
        else:
            self.data_lock.ensure_unlocked(self.window())
