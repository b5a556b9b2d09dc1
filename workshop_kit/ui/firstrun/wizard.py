"""The first-run wizard: interface language, the centre's name, the facilitator PIN and
local help contacts, each optional.

Decisions:

- A page is saved when the user leaves it with Next (or Finish on the last page), through
  the same core calls the Settings page uses (``Settings.set``, ``load_site``/``save_site``,
  ``PinStore.set_pin``). "Skip setup" (on every page), Cancel, Esc and closing the window
  save nothing from the page on show or any later page. Every way out marks the first run
  done, so the wizard does not come back; Settings can open it again.
- Re-running it never loses data: the logo and contacts already saved are kept, a saved
  PIN stays unless a new one is typed, and a contact row left as shown is kept exactly as
  stored (with its names in other languages).
- Once a PIN exists (or its file is damaged), the wizard is no way around it: saving a
  changed centre name or contacts asks for the PIN once per run (``ui.pin_guard``), and a
  new PIN needs the current one typed in a third box. The first PIN chosen here shows its
  recovery code on the page, which stays until Next is pressed again.
- Contacts typed here are stored under the interface language; handouts in another
  language fall back to them (``HelpContact.name_in``). The Settings page edits the other
  languages.
- The languages offered are those the settings table accepts for ``ui_language``, so a
  language appears here as soon as the app can show it.
- Every text is set in ``retranslate`` and redone on ``LanguageChange``: when the app
  applies the chosen language at once (``language_chosen``), the rest of the wizard follows.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QRegularExpression, QSettings, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from workshop_kit.records.matchcode import to_ascii_digits
from workshop_kit.records.pin import PinNotSetError, PinStore
from workshop_kit.records.pin_rules import new_pin_problem
from workshop_kit.settings import SETTINGS, Settings
from workshop_kit.site import HelpContact, load_site, save_site
from workshop_kit.ui.i18n import UI_LANGUAGES
from workshop_kit.ui.kiosk.pin_dialog import check_text, damaged_text, error_label, problem_text
from workshop_kit.ui.pin_guard import require_pin

__all__ = [
    "FIRST_RUN_KEY",
    "UI_LANGUAGE_NAMES",
    "FirstRunWizard",
    "mark_first_run_done",
    "needs_first_run",
    "offered_languages",
]

FIRST_RUN_KEY = "first_run/done"
#: Interface languages in the order offered, each named in its own language (never
#: translated).
UI_LANGUAGE_NAMES = UI_LANGUAGES  # one list of interface languages (ui.i18n)
MAX_CONTACTS = 12  # what the site file keeps
_MAX_TEXT = 120
# ASCII and Arabic-Indic digits (PinStore normalises both); Qt's \d matches ASCII only.
_DIGITS = QRegularExpression("[0-9\u0660-\u0669\u06f0-\u06f9]{0,8}")


def needs_first_run(state: QSettings) -> bool:
    """True until the wizard has been finished, skipped or cancelled once."""
    return not state.value(FIRST_RUN_KEY, False, type=bool)


def mark_first_run_done(state: QSettings) -> None:
    state.setValue(FIRST_RUN_KEY, True)
    state.sync()


def offered_languages() -> list[tuple[str, str]]:
    """(code, own name) of each interface language the settings table accepts."""
    accepted = next(s.choices for s in SETTINGS if s.key == "ui_language")
    return [(code, name) for code, name in UI_LANGUAGE_NAMES.items() if code in accepted]


class _Page(QWizardPage):
    """A page whose texts are set in ``retranslate`` and whose values are saved by
    ``apply`` when the user moves on with Next or Finish."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError

    def apply(self) -> bool:
        raise NotImplementedError

    def validatePage(self) -> bool:
        return self.apply()


# -- 1. language -----------------------------------------------------------------------
class LanguagePage(_Page):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__(wizard)
        self._wizard = wizard
        layout = QVBoxLayout(self)
        self.welcome = QLabel(self)
        self.welcome.setWordWrap(True)
        layout.addWidget(self.welcome)
        layout.addSpacing(8)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        current = wizard.settings.get("ui_language")
        for code, name in offered_languages():
            button = QRadioButton(name, self)
            button.setAccessibleName(name)
            button.setChecked(code == current)
            self.group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout.addSpacing(12)
        layout.addWidget(self.note)
        self.error = error_label(self)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Interface language"))
        self.setSubTitle(self.tr("The language of the menus, buttons and messages."))
        self.welcome.setText(
            self.tr(
                "Welcome to Workshop Kit. Four short steps set it up for your centre. Each "
                "one is optional: press \u201cSkip setup\u201d to start at once. Everything "
                "can be changed later on the Settings page."
            )
        )
        self.note.setText(
            self.tr(
                "Each workshop has its own language for sessions, surveys and handouts, "
                "chosen when you create it. You can change the interface language later "
                "on the Settings page."
            )
        )

    def language(self) -> str:
        return next((code for code, b in self.buttons.items() if b.isChecked()), "en")

    def apply(self) -> bool:
        chosen = self.language()
        if chosen == self._wizard.settings.get("ui_language"):
            return True
        try:
            self._wizard.settings.set("ui_language", chosen)
        except (OSError, ValueError) as exc:
            self.error.setText(
                self.tr("The language could not be saved: {error}").format(error=exc)
            )
            return False
        self.error.clear()
        self._wizard.language_chosen.emit(chosen)
        return True


# -- 2. centre name ----------------------------------------------------------------------
class CentrePage(_Page):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__(wizard)
        self._wizard = wizard
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(load_site().centre_name, self)
        self.name.setMaxLength(_MAX_TEXT)
        self.name_label = QLabel(self)
        self.name_label.setBuddy(self.name)
        form.addRow(self.name_label, self.name)
        layout.addLayout(form)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.error = error_label(self)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your centre"))
        self.setSubTitle(self.tr("Optional. Its name is printed on every handout."))
        self.name_label.setText(self.tr("&Centre name:"))
        self.name.setAccessibleName(self.tr("Centre name"))
        self.name.setPlaceholderText(self.tr("e.g. East Amman Community Centre"))
        self.note.setText(
            self.tr("Leave it empty to print no name. A logo can be added on the Settings page.")
        )

    def apply(self) -> bool:
        site = load_site()
        name = self.name.text().strip()
        if name == site.centre_name:
            return True
        if not self._wizard.authorised():
            self.error.setText(self.tr("Not saved: the facilitator PIN is needed."))
            return False
        try:
            save_site(replace(site, centre_name=name))
        except OSError as exc:
            self.error.setText(self.tr("The name could not be saved: {error}").format(error=exc))
            return False
        self.error.clear()
        return True


# -- 3. facilitator PIN ------------------------------------------------------------------
def _pin_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setValidator(QRegularExpressionValidator(_DIGITS, field))
    field.setMaxLength(8)
    field.setMaximumWidth(220)
    return field


class PinPage(_Page):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__(wizard)
        self.pins = wizard.pins
        self.recovery_code: str | None = None
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.current = _pin_field(self)
        self.first = _pin_field(self)
        self.second = _pin_field(self)
        self.current_label = QLabel(self)
        self.current_label.setBuddy(self.current)
        self.first_label = QLabel(self)
        self.first_label.setBuddy(self.first)
        self.second_label = QLabel(self)
        self.second_label.setBuddy(self.second)
        form.addRow(self.current_label, self.current)
        form.addRow(self.first_label, self.first)
        form.addRow(self.second_label, self.second)
        layout.addLayout(form)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.code = QLabel(self)
        self.code.setWordWrap(True)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.code)
        self.message = error_label(self)
        layout.addWidget(self.message)
        layout.addStretch(1)
        for field in (self.current, self.first, self.second):
            field.textEdited.connect(self.message.clear)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Facilitator PIN"))
        self.setSubTitle(self.tr("Optional now: Workshop Kit asks for it when it is first needed."))
        self.intro.setText(
            self.tr(
                "The PIN guards leaving the survey kiosk, so participants cannot see other "
                "answers or leave the survey by accident, and everything that can hurt: "
                "exporting raw data, importing, deleting or closing workshops and what "
                "handouts print. Choose 6 to 8 digits that are not easy to guess and share "
                "them only among the facilitators."
            )
        )
        self.current_label.setText(self.tr("C&urrent PIN:"))
        self.first_label.setText(self.tr("&PIN:"))
        self.second_label.setText(self.tr("PIN &again:"))
        self.current.setAccessibleName(self.tr("Current PIN"))
        self.first.setAccessibleName(self.tr("PIN"))
        self.second.setAccessibleName(self.tr("PIN again"))
        self.message.setAccessibleName(self.tr("PIN problem"))
        self.code.setAccessibleName(self.tr("Recovery code"))
        self._show_state()

    def _show_state(self) -> None:
        status = self.pins.status()
        self.current.setVisible(status == "set")
        self.current_label.setVisible(status == "set")
        if status == "damaged":
            self.state.setText(damaged_text())
        elif status == "set":
            self.state.setText(
                self.tr(
                    "A PIN is set. Leave the boxes empty to keep it; to change it, type the "
                    "current PIN and the new one twice."
                )
            )
        else:
            self.state.setText(self.tr("Leave both boxes empty to choose the PIN later."))
        if self.recovery_code:
            self.code.setText(
                self.tr(
                    "Recovery code: {code}\nWrite it down now and keep it in the office, away "
                    "from the laptop; it is shown only this once. With it a facilitator can set "
                    "a new PIN when the PIN is forgotten or its file is damaged. Press Next "
                    "when it is written down."
                ).format(code=self.recovery_code)
            )
        else:
            self.code.clear()

    def _clear(self) -> None:
        for field in (self.current, self.first, self.second):
            field.clear()  # a PIN never stays in a widget longer than needed

    def apply(self) -> bool:
        first, second = self.first.text().strip(), self.second.text().strip()
        if not first and not second:
            return True  # optional: nothing to save
        status = self.pins.status()
        if status == "damaged":
            self.message.setText(damaged_text())
            self._clear()
            return False
        problem = new_pin_problem(first)
        if problem is not None:
            self.message.setText(
                problem_text(problem)
                + " "
                + self.tr("Type it in both boxes, or leave both empty to choose it later.")
            )
            return False
        if to_ascii_digits(first) != to_ascii_digits(second):
            self.message.setText(
                self.tr("The two PINs are not the same. Type the same PIN in both boxes.")
            )
            self.second.clear()
            self.second.setFocus()
            return False
        try:
            if status == "set":
                check = self.pins.change_pin(self.current.text(), first)
                if not check.ok:
                    self.message.setText(check_text(check))
                    return False
            else:
                self.recovery_code = self.pins.set_pin(first)
        except PinNotSetError:
            self.message.setText(damaged_text())
            return False
        except (OSError, ValueError) as exc:
            self.message.setText(self.tr("The PIN could not be saved: {error}").format(error=exc))
            return False
        finally:
            self._clear()
        self.message.clear()
        self._show_state()
        self._wizard_authorised()
        # The first PIN: stay on the page so its recovery code is written down.
        return status == "set"

    def _wizard_authorised(self) -> None:
        wizard = self.wizard()
        if isinstance(wizard, FirstRunWizard):
            wizard.authorise()


# -- 4. local help contacts --------------------------------------------------------------
class _ContactRow(QWidget):
    """One contact: name of the service, phone, opening hours, and a Remove button.

    ``original`` is the stored contact the row shows (None for a new row); a row left as
    shown is saved back unchanged."""

    def __init__(self, page: ContactsPage, original: HelpContact | None, lang: str):
        super().__init__(page.rows_widget)
        self.original = original
        shown = (
            (original.name_in(lang), original.phone, original.hours_in(lang))
            if original
            else ("", "", "")
        )
        self.shown = shown
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.name, self.phone, self.hours = (QLineEdit(text, self) for text in shown)
        for field, stretch in ((self.name, 3), (self.phone, 2), (self.hours, 2)):
            field.setMaxLength(_MAX_TEXT)
            layout.addWidget(field, stretch)
        self.remove = QPushButton(self)
        self.remove.clicked.connect(lambda: page.remove_row(self))
        layout.addWidget(self.remove)

    def texts(self) -> tuple[str, str, str]:
        return (self.name.text().strip(), self.phone.text().strip(), self.hours.text().strip())

    def contact(self, lang: str) -> HelpContact | None:
        """The contact to store; only the fields the user changed are touched, so a name
        shown from another language is not copied into this one."""
        name, phone, hours = self.texts()
        if not name:
            return None  # a row without a name is not a contact
        original = self.original or HelpContact({})
        names, opening = dict(original.name), dict(original.hours)
        if name != self.shown[0]:
            names[lang] = name  # other languages keep their own names
        if hours != self.shown[2]:
            # a new text is this language's hours; an emptied box means no hours at all
            opening = {**opening, lang: hours} if hours else {}
        return HelpContact(names, phone, opening)

    def retranslate(self, number: int) -> None:
        self.name.setPlaceholderText(self.tr("e.g. Legal aid clinic"))
        self.phone.setPlaceholderText(self.tr("e.g. 06 555 0101"))
        self.hours.setPlaceholderText(self.tr("e.g. Sun–Thu 9:00–15:00"))
        self.name.setAccessibleName(
            self.tr("Contact {number}: name of the service").format(number=number)
        )
        self.phone.setAccessibleName(self.tr("Contact {number}: phone").format(number=number))
        self.hours.setAccessibleName(
            self.tr("Contact {number}: opening hours").format(number=number)
        )
        self.remove.setText(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove contact {number}").format(number=number))


class ContactsPage(_Page):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__(wizard)
        self._wizard = wizard
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        header = QHBoxLayout()
        self.headers = [QLabel(self) for _ in range(3)]
        for label, stretch in zip(self.headers, (3, 2, 2), strict=True):
            header.addWidget(label, stretch)
        self._header_pad = QWidget(self)  # stands above the Remove buttons
        header.addWidget(self._header_pad)
        layout.addLayout(header)

        self.rows_widget = QWidget(self)
        self.rows_layout = QVBoxLayout(self.rows_widget)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.rows_widget)
        self.add_button.clicked.connect(lambda: self.add_row())
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        self.rows_layout.addLayout(add_row)
        self.rows_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.rows_widget)
        layout.addWidget(scroll, 1)
        self.rows: list[_ContactRow] = []
        lang = wizard.settings.get("ui_language")
        for contact in load_site().contacts[:MAX_CONTACTS]:
            self._append(contact, lang)
        if not self.rows:
            self._append(None, lang)

        self.error = error_label(self)
        layout.addWidget(self.error)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Where to get help"))
        self.setSubTitle(self.tr("Optional. Local services, printed on every handout."))
        self.intro.setText(
            self.tr(
                "Every handout prints these in a \u201cwhere to get help\u201d box. Add real "
                "local services (shelter, legal aid, health, a hotline) with their opening "
                "hours. Workshop Kit never invents contacts: until you add them, handouts say "
                "to ask the facilitator. Names in other languages can be added on the "
                "Settings page."
            )
        )
        for label, text in zip(
            self.headers,
            (self.tr("Name of the service"), self.tr("Phone"), self.tr("Opening hours")),
            strict=True,
        ):
            label.setText(text)
        self.add_button.setText(self.tr("&Add another contact"))
        self.add_button.setAccessibleName(self.tr("Add another contact"))
        self._renumber()

    def _append(self, contact: HelpContact | None, lang: str) -> _ContactRow:
        row = _ContactRow(self, contact, lang)
        self.rows_layout.insertWidget(len(self.rows), row)
        self.rows.append(row)
        return row

    def _renumber(self) -> None:
        for number, row in enumerate(self.rows, start=1):
            row.retranslate(number)
        if self.rows:
            self._header_pad.setFixedWidth(self.rows[0].remove.sizeHint().width())
        self.add_button.setEnabled(len(self.rows) < MAX_CONTACTS)

    def add_row(self) -> _ContactRow | None:
        if len(self.rows) >= MAX_CONTACTS:
            return None
        row = self._append(None, self._wizard.settings.get("ui_language"))
        self._renumber()
        row.name.setFocus()
        return row

    def remove_row(self, row: _ContactRow) -> None:
        """Remove a contact; the last row is emptied instead, so there is always one."""
        if len(self.rows) == 1:
            row.original, row.shown = None, ("", "", "")
            for field in (row.name, row.phone, row.hours):
                field.clear()
            return
        self.rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._renumber()

    def contacts(self) -> tuple[HelpContact, ...]:
        lang = self._wizard.settings.get("ui_language")
        found = (row.contact(lang) for row in self.rows)
        return tuple(contact for contact in found if contact is not None)

    def apply(self) -> bool:
        site = load_site()
        contacts = self.contacts()
        if contacts == site.contacts:
            return True
        if not self._wizard.authorised():
            self.error.setText(self.tr("Not saved: the facilitator PIN is needed."))
            return False
        try:
            save_site(replace(site, contacts=contacts))
        except OSError as exc:
            self.error.setText(
                self.tr("The contacts could not be saved: {error}").format(error=exc)
            )
            return False
        self.error.clear()
        return True


# -- the wizard --------------------------------------------------------------------------
class FirstRunWizard(QWizard):
    """Four optional pages; any way out marks the first run done (see the module notes)."""

    #: the interface language just saved (a language code such as "ar")
    language_chosen = Signal(str)

    def __init__(self, settings: Settings, pins: PinStore, state: QSettings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.pins = pins
        self.state = state
        self.skipped = False
        self._authorised = False
        self.setModal(True)
        self.setMinimumSize(680, 500)
        self.language_page = LanguagePage(self)
        self.centre_page = CentrePage(self)
        self.pin_page = PinPage(self)
        self.contacts_page = ContactsPage(self)
        for page in (self.language_page, self.centre_page, self.pin_page, self.contacts_page):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonLayout(
            [
                QWizard.WizardButton.CustomButton1,
                QWizard.WizardButton.Stretch,
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.FinishButton,
                QWizard.WizardButton.CancelButton,
            ]
        )
        self.customButtonClicked.connect(self._on_custom_button_clicked)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up Workshop Kit"))
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("&Skip setup"))
        skip = self.button(QWizard.WizardButton.CustomButton1)
        skip.setAccessibleName(self.tr("Skip setup"))
        skip.setToolTip(self.tr("Close this setup and save nothing from this page on"))
        for which, name in (
            (QWizard.WizardButton.BackButton, self.tr("Back")),
            (QWizard.WizardButton.NextButton, self.tr("Next")),
            (QWizard.WizardButton.FinishButton, self.tr("Finish")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
        ):
            self.button(which).setAccessibleName(name)

    def authorise(self) -> None:
        """The PIN was just typed or chosen on the PIN page: no need to ask again."""
        self._authorised = True

    def authorised(self) -> bool:
        """Whether saving a protected page may go ahead: no PIN exists yet, or the PIN
        was given once during this run (asked now if not)."""
        if self._authorised or self.pins.status() == "unset":
            return True
        reason = self.tr(
            "A facilitator PIN is set. Enter it to save changes to what every handout prints."
        )
        self._authorised = require_pin(self, self.pins, reason, when_unset="allow")
        return self._authorised

    def skip(self) -> None:
        """Leave now, saving nothing from the page on show (earlier pages stay saved)."""
        self.skipped = True
        self.reject()

    def done(self, result: int) -> None:
        # Finish, Skip setup, Cancel, Esc and the close button all end here.
        mark_first_run_done(self.state)
        super().done(result)

    def _on_custom_button_clicked(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.skip()
