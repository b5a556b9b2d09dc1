"""The survey kiosk: a locked full-screen window where participants answer one item per
screen, with big pictorial buttons, "prefer not to answer", read-aloud and a language
switch.

Leaving needs the facilitator PIN: Esc, Alt+F4, the close button and minimising do
nothing without it. F12 (or the "Hide screen" button) covers the screen at once; any key
or click returns to the same place. After ``idle_ms`` without input on a started survey it
asks "Are you still there?", and after ``confirm_ms`` more it clears the survey unsaved.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop_kit import paths
from workshop_kit.content.labels import label
from workshop_kit.content.model import Instrument, Item
from workshop_kit.site import SiteInfo, load_site
from workshop_kit.ui.kiosk.flow import PREFER_NOT, SurveyFlow
from workshop_kit.ui.kiosk.lockdown import DesktopLock
from workshop_kit.ui.kiosk.pin_dialog import PinDialog
from workshop_kit.ui.kiosk.speech import Speaker
from workshop_kit.ui.kiosk.widgets import (
    OptionButton,
    dialog_style_sheet,
    help_lines,
    scale_for,
    style_sheet,
)
from workshop_kit.ui.problems import error_text as worded_error
from workshop_kit.ui.text import LANGUAGES, direction_for, is_rtl, local, prose_html

__all__ = ["Handover", "KioskWindow", "picture_for", "running_kiosk", "show_kiosk"]

_PAGES = ("handover", "intro", "code", "item", "submit", "thanks", "cover", "help")
_INPUT_EVENTS = (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.TouchBegin)


@dataclass(frozen=True)
class Handover:
    """What the facilitator checks before handing the laptop over."""

    phase: str  # "pre" | "post"
    workshop: str  # one line: code, site, day


def _scale_dir():
    return paths.assets_dir() / "scale"


def picture_for(item: Item, index: int) -> str:
    """The file name in assets/scale/ of the picture for option number ``index``."""
    scale = item.scale
    if scale.type == "yes-no-dk":
        return {1: "yes", 0: "no", 9: "dont-know"}[scale.options[index].value] + ".svg"
    steps = (0, 25, 50, 75, 100)
    share = index / (len(scale.options) - 1)
    nearest = min(steps, key=lambda s: abs(s - share * 100))
    return f"fill-{nearest}.svg"


class KioskWindow(QWidget):
    """One participant at a time; ``save`` is called with each finished survey."""

    finished = Signal()  # the facilitator left with the PIN
    saved = Signal()  # one more survey was saved

    def __init__(
        self,
        instrument: Instrument,
        *,
        language: str,
        save: Callable[[Mapping[str, int | None], Mapping[str, str], str], None],
        pins,
        code_elements: Sequence[tuple[str, str]],
        title: str,
        idle_ms: int = 180_000,
        confirm_ms: int = 30_000,
        thanks_ms: int = 90_000,
        speaker: Speaker | None = None,
        handover: Handover | None = None,
        site: SiteInfo | None = None,
        about_you: bool = False,
        parent=None,
    ):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("kiosk")
        self.setWindowTitle(title)
        self._scale = 1.0
        self.setStyleSheet(style_sheet(self._scale))
        self.instrument = instrument
        self.lang = language if language in instrument.languages else instrument.default_language
        self.save = save
        self.pins = pins
        self.code_kinds = dict(code_elements)
        self.handover = handover
        self.site = site if site is not None else load_site()
        self.flow = SurveyFlow(
            instrument,
            [element for element, _ in code_elements],
            handover=handover is not None,
            about_you=about_you,  # the before survey asks the "about you" items
        )
        self.speaker = speaker or Speaker()
        self.lock = DesktopLock(self)
        self._exit_allowed = False
        self._covered_from: int | None = None
        self._help_from: int | None = None
        self._refused = False  # the last key typed in the code field was refused
        self.setMinimumSize(640, 480)
        self._build()
        self._idle = QTimer(self, singleShot=True, interval=idle_ms)
        self._idle.timeout.connect(self._on_idle_timeout)
        self._confirm = QTimer(self, singleShot=True, interval=confirm_ms)
        self._confirm.timeout.connect(self._on_confirm_timeout)
        # Long enough to read the help contacts; any touch starts it again.
        self._thanks_timer = QTimer(self, singleShot=True, interval=thanks_ms)
        self._thanks_timer.timeout.connect(self._on_next_person_clicked)
        QApplication.instance().installEventFilter(self)
        self.render()

    # -- building --------------------------------------------------------------------
    def _build(self) -> None:
        self.language_buttons: dict[str, QPushButton] = {}
        top = QHBoxLayout()
        for code in self.instrument.languages:
            button = QPushButton(LANGUAGES.get(code, code), self)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, c=code: self.set_language(c))
            self.language_buttons[code] = button
            top.addWidget(button)
        top.addStretch(1)
        self.help_button = QPushButton(self)
        self.help_button.clicked.connect(self.show_help)
        self.read_button = QPushButton(self)
        self.read_button.clicked.connect(self._on_read_button_clicked)
        self.hide_button = QPushButton(self)
        self.hide_button.clicked.connect(self.cover)
        self.exit_button = QToolButton(self)
        self.exit_button.setText("⚙")
        self.exit_button.setToolTip(self.tr("Facilitator: leave the survey (PIN)"))
        self.exit_button.setAccessibleName(self.tr("Leave the survey"))
        self.exit_button.clicked.connect(self.request_exit)
        for widget in (self.help_button, self.read_button, self.hide_button, self.exit_button):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            top.addWidget(widget)

        self.pages = QStackedWidget(self)
        for name in _PAGES:
            self.pages.addWidget(getattr(self, f"_build_{name}")())

        self.main_layout = QVBoxLayout(self)
        self.main_layout.setContentsMargins(40, 20, 40, 24)
        self.main_layout.addLayout(top)
        self.main_layout.addWidget(self.pages, 1)
        self._build_overlay()

    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setSpacing(16)
        layout.setContentsMargins(0, 8, 0, 0)
        return page, layout

    def _label(self, parent: QWidget, name: str = "") -> QLabel:
        widget = QLabel(parent)
        widget.setWordWrap(True)
        if name:
            widget.setObjectName(name)
        return widget

    def _nav(self, parent: QWidget, *buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in buttons:
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            row.addWidget(button)
            if button is buttons[0]:
                row.addStretch(1)
        return row

    def _build_handover(self) -> QWidget:
        page, layout = self._page()
        self.handover_title = self._label(page, "stem")
        self.handover_phase = self._label(page, "phase")
        self.handover_workshop = self._label(page, "question")
        self.handover_text = self._label(page)
        self.handover_start = QPushButton(page, objectName="primary")
        self.handover_start.clicked.connect(self._on_forward)
        self.handover_start.setDefault(True)
        layout.addStretch(1)
        for widget in (
            self.handover_title,
            self.handover_phase,
            self.handover_workshop,
            self.handover_text,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.handover_start, 0, Qt.AlignmentFlag.AlignCenter)
        return page

    def _build_intro(self) -> QWidget:
        page, layout = self._page()
        self.intro_title = self._label(page, "question")
        self.intro_text = self._label(page)
        self.start_button = QPushButton(page, objectName="primary")
        self.start_button.clicked.connect(self._on_forward)
        layout.addStretch(1)
        layout.addWidget(self.intro_title)
        layout.addWidget(self.intro_text)
        layout.addStretch(1)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignCenter)
        return page

    def _build_code(self) -> QWidget:
        page, layout = self._page()
        self.code_intro = self._label(page, "stem")
        self.code_progress = self._label(page)
        self.code_question = self._label(page, "question")
        self.code_field = QLineEdit(page, objectName="codeField")
        self.code_field.setMaxLength(2)
        self.code_field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_field.setFixedWidth(380)
        self.code_field.installEventFilter(self)
        self.code_field.inputRejected.connect(self._on_code_field_input_rejected)
        self.code_field.textEdited.connect(self._on_code_field_text_edited)
        self.code_hint = self._label(page, "hint")
        self.code_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Any script's letters (no digits of any script); Western, Arabic-Indic or
        # Persian digits for numbers.
        self._validators = {
            "letter": QRegularExpressionValidator(QRegularExpression(r"[^\s\d0-9٠-٩۰-۹]?"), self),
            "number": QRegularExpressionValidator(QRegularExpression("[0-9٠-٩۰-۹]{0,2}"), self),
        }
        self.code_field.returnPressed.connect(self._on_forward)
        self.code_back = QPushButton(page)
        self.code_skip = QPushButton(page)
        self.code_next = QPushButton(page, objectName="primary")
        self.code_back.clicked.connect(self._on_back)
        self.code_skip.clicked.connect(self._on_code_skip_clicked)
        self.code_next.clicked.connect(self._on_forward)
        layout.addWidget(self.code_progress)
        layout.addWidget(self.code_intro)
        layout.addStretch(1)
        layout.addWidget(self.code_question)
        layout.addWidget(self.code_field, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.code_hint)
        layout.addStretch(1)
        layout.addLayout(self._nav(page, self.code_back, self.code_skip, self.code_next))
        return page

    def _build_item(self) -> QWidget:
        page, layout = self._page()
        self.progress_text = self._label(page)
        self.progress = QProgressBar(page)
        self.progress.setTextVisible(False)
        self.stem = self._label(page, "stem")
        self.question = self._label(page, "question")
        self.options_row = QHBoxLayout()
        self.options_row.setSpacing(14)
        self.option_buttons: list[OptionButton] = []
        self.prefer_not = OptionButton(
            "", QIcon(str(paths.assets_dir() / "scale" / "prefer-not.svg")), page, name="preferNot"
        )
        self.prefer_not.clicked.connect(lambda: self.choose(PREFER_NOT))
        self.item_back = QPushButton(page)
        self.item_back.clicked.connect(self._on_back)
        prefer_row = QHBoxLayout()
        prefer_row.addStretch(1)
        prefer_row.addWidget(self.prefer_not, 2)
        prefer_row.addStretch(1)
        layout.addWidget(self.progress_text)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addWidget(self.stem)
        layout.addWidget(self.question)
        layout.addStretch(1)
        layout.addLayout(self.options_row)
        layout.addLayout(prefer_row)
        layout.addStretch(1)
        layout.addLayout(self._nav(page, self.item_back))
        return page

    def _build_submit(self) -> QWidget:
        page, layout = self._page()
        self.submit_title = self._label(page, "question")
        self.submit_text = self._label(page)
        self.error_text = self._label(page, "hint")
        self.submit_back = QPushButton(page)
        self.submit_button = QPushButton(page, objectName="primary")
        self.submit_back.clicked.connect(self._on_back)
        self.submit_button.clicked.connect(self.submit)
        layout.addStretch(1)
        layout.addWidget(self.submit_title)
        layout.addWidget(self.submit_text)
        layout.addWidget(self.error_text)
        layout.addStretch(1)
        layout.addLayout(self._nav(page, self.submit_back, self.submit_button))
        return page

    def _build_thanks(self) -> QWidget:
        page, layout = self._page()
        self.thanks_title = self._label(page, "question")
        self.thanks_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks_text = self._label(page)
        self.thanks_help = self._help_box(page)
        self.next_person = QPushButton(page, objectName="primary")
        self.next_person.clicked.connect(self._on_next_person_clicked)
        layout.addStretch(1)
        layout.addWidget(self.thanks_title)
        layout.addWidget(self.thanks_text)
        layout.addWidget(self.thanks_help)
        layout.addStretch(1)
        layout.addWidget(self.next_person, 0, Qt.AlignmentFlag.AlignCenter)
        return page

    def _build_cover(self) -> QWidget:
        page, layout = self._page()
        page.setObjectName("cover")
        page.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.cover_text = self._label(page)
        self.cover_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        layout.addWidget(self.cover_text)
        layout.addStretch(1)
        return page

    def _build_help(self) -> QWidget:
        page, layout = self._page()
        self.help_box = self._help_box(page)
        self.help_back = QPushButton(page, objectName="primary")
        self.help_back.clicked.connect(self.close_help)
        layout.addStretch(1)
        layout.addWidget(self.help_box)
        layout.addStretch(1)
        layout.addWidget(self.help_back, 0, Qt.AlignmentFlag.AlignCenter)
        return page

    def _help_box(self, parent: QWidget) -> QLabel:
        box = self._label(parent)
        box.setObjectName("helpBox")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setMargin(16)
        return box

    def _build_overlay(self) -> None:
        self.overlay = QFrame(self, objectName="overlay")
        self.overlay_box = box = QFrame(self.overlay, objectName="overlayBox")
        inner = QVBoxLayout(box)
        inner.setContentsMargins(32, 24, 32, 24)
        self.overlay_title = self._label(box, "question")
        self.overlay_text = self._label(box)
        self.overlay_button = QPushButton(box, objectName="primary")
        self.overlay_button.clicked.connect(self._on_overlay_button_clicked)
        inner.addWidget(self.overlay_title)
        inner.addWidget(self.overlay_text)
        inner.addWidget(self.overlay_button, 0, Qt.AlignmentFlag.AlignCenter)
        outer = QVBoxLayout(self.overlay)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignCenter)
        outer.addStretch(1)
        self.overlay.hide()

    # -- showing the current screen ----------------------------------------------------
    def say(self, key: str, **values: object) -> str:
        return label(key, self.lang, **values)

    def render(self) -> None:
        self.setLayoutDirection(direction_for(self.lang))
        for code, button in self.language_buttons.items():
            button.setChecked(code == self.lang)
        self.read_button.setText("🔊 " + self.say("kiosk.read_aloud"))
        self.read_button.setVisible(self.speaker.can_speak(self.lang))
        self.hide_button.setText(self.say("kiosk.hide"))
        self.help_button.setText(self.say("pdf.help_title"))
        self.cover_text.setText(self.say("kiosk.cover"))
        for widget, key in (
            (self.start_button, "kiosk.start"),
            (self.code_back, "kiosk.back"),
            (self.code_skip, "kiosk.skip"),
            (self.code_next, "kiosk.next"),
            (self.item_back, "kiosk.back"),
            (self.submit_back, "kiosk.back"),
            (self.submit_button, "kiosk.submit"),
            (self.next_person, "kiosk.next_person"),
            (self.overlay_button, "kiosk.continue"),
            (self.help_back, "kiosk.help_back"),
        ):
            widget.setText(self.say(key))
        self.prefer_not.set_label(self.say("kiosk.prefer_not"))
        self.overlay_title.setText(self.say("kiosk.still_there"))
        self.overlay_text.setText(self.say("kiosk.still_there_text"))
        help_html = self._help_html()
        self.help_box.setText(help_html)
        self.thanks_help.setText(help_html)
        screen = self.flow.screen
        if self._covered_from is None and self._help_from is None:
            self.pages.setCurrentIndex(_PAGES.index(screen.kind))
        getattr(self, f"_render_{screen.kind}")(screen)

    def _help_html(self) -> str:
        lines = [self.say("pdf.help_title"), *help_lines(self.site, self.lang)]
        side = "rtl" if is_rtl(self.lang) else "ltr"
        parts = [f'<p dir="{side}">{html.escape(line)}</p>' for line in lines]
        parts[0] = f'<h2 dir="{side}">{html.escape(lines[0])}</h2>'
        return "".join(parts)

    def _render_handover(self, _screen) -> None:
        handover = self.handover
        self.handover_title.setText(self.tr("Check before you hand the laptop over"))
        if handover is not None and handover.phase == "post":
            phase = self.tr("AFTER survey (last session)")
        else:
            phase = self.tr("BEFORE survey (first session)")
        self.handover_phase.setText(phase)
        self.handover_workshop.setText(handover.workshop if handover else "")
        self.handover_text.setText(
            self.tr(
                "If this is the right workshop and survey, press the button and hand the "
                "laptop to the first participant. If not, leave with your PIN (⚙ or Esc)."
            )
        )
        self.handover_start.setText(self.tr("Ready: show the survey"))

    def _render_intro(self, _screen) -> None:
        self.intro_title.setText(local(self.instrument.title, self.lang))
        self.intro_text.setText(prose_html(self.instrument.intro, self.lang))

    def _render_code(self, screen) -> None:
        count = len(self.flow.code_elements)
        self.code_intro.setText(self.say("kiosk.code_intro", count=count))
        self.code_intro.setVisible(screen.index == 0)
        self.code_progress.setText(
            self.say("kiosk.code_progress", number=screen.index + 1, count=count)
        )
        element = screen.code_element
        self.code_question.setText(self.say(f"code.{element}"))
        self.code_field.setAccessibleName(self.code_question.text())
        kind = self.code_kinds[element]
        self.code_field.setValidator(self._validators[kind])
        self.code_field.setPlaceholderText(self.say(f"kiosk.code.{kind}_hint"))
        self.code_field.setText(self.flow.code_answer(element))
        self._set_code_hint("")
        self.code_field.setFocus()

    def _render_item(self, screen) -> None:
        item = screen.item
        count = self.flow.item_count
        self.progress_text.setText(self.say("kiosk.progress", number=screen.index + 1, count=count))
        self.progress.setRange(0, count)
        self.progress.setValue(screen.index)
        self.stem.setVisible(item.block is not None)
        if item.block is not None:
            self.stem.setText(local(item.block.stem, self.lang))
        self.question.setText(local(item.text, self.lang))
        for button in self.option_buttons:
            self.options_row.removeWidget(button)
            button.hide()  # at once: deleteLater waits for the event loop
            button.deleteLater()
        self.option_buttons = []
        chosen = self.flow.answer(item.id)
        page = self.pages.widget(_PAGES.index("item"))
        for index, option in enumerate(item.scale.options):
            icon = QIcon() if screen.about else QIcon(str(_scale_dir() / picture_for(item, index)))
            button = OptionButton(local(option.label, self.lang), icon, page)
            button.setChecked(chosen == option.value)
            button.clicked.connect(lambda _=False, v=option.value: self.choose(v))
            self.options_row.addWidget(button, 1)
            self.option_buttons.append(button)
        self.prefer_not.set_label(
            self.say("kiosk.prefer_not_say" if screen.about else "kiosk.prefer_not")
        )
        self.prefer_not.setChecked(self.flow.is_answered(item.id) and chosen is PREFER_NOT)
        self._apply_scale()
        # The keyboard starts on the answer already given; on a new item on no answer at
        # all (a ring on the first one would look like a suggestion), Tab reaches them.
        checked = [b for b in [*self.option_buttons, self.prefer_not] if b.isChecked()]
        chain = [*self.option_buttons, self.prefer_not]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)  # Tab walks the answers in reading order
        for button in self.option_buttons:
            button.show()  # now, so the focus can land on it
        (checked[0] if checked else page).setFocus()

    def _render_submit(self, _screen) -> None:
        self.submit_title.setText(self.say("kiosk.submit_title"))
        self.submit_text.setText(self.say("kiosk.submit_text"))

    def _render_thanks(self, _screen) -> None:
        self.thanks_title.setText(self.say("kiosk.thanks"))
        self.thanks_text.setText(prose_html(self.instrument.thanks, self.lang))

    # -- fitting the screen ------------------------------------------------------------
    def _apply_scale(self) -> None:
        scale = scale_for(self.width(), self.height())
        if abs(scale - self._scale) > 0.01:
            self._scale = scale
            self.setStyleSheet(style_sheet(scale))
            margin = round(40 * scale)
            self.main_layout.setContentsMargins(margin, round(16 * scale), margin, margin)
            self.code_field.setFixedWidth(round(380 * scale))
        picture = round(96 * self._scale)
        for button in self.option_buttons:
            button.set_picture_size(picture)
        self.prefer_not.set_picture_size(round(picture * 0.6))
        self.overlay_box.setFixedWidth(max(300, min(round(self.width() * 0.8), 900)))

    # -- participant actions ---------------------------------------------------------
    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.render()

    def choose(self, value: int | None) -> None:
        self.flow.choose(value)
        self.render()

    def submit(self) -> None:
        """Save durably, then thank and reset; on failure keep everything and say so."""
        try:
            self.save(self.flow.answers(), self.flow.code_answers(), self.lang)
        except Exception as exc:
            self.error_text.setText(self.say("kiosk.save_failed") + f"\n({worded_error(exc)})")
            return
        self.error_text.clear()
        self.flow.submitted()
        self._idle.stop()
        self._thanks_timer.start()
        self.saved.emit()
        self.render()

    def cover(self) -> None:
        """Show a neutral screen at once; any key or click comes back."""
        if self._covered_from is None:
            self._covered_from = self.pages.currentIndex()
            self.pages.setCurrentIndex(_PAGES.index("cover"))
            self.speaker.stop()

    def uncover(self) -> None:
        if self._covered_from is not None:
            self.pages.setCurrentIndex(self._covered_from)
            self._covered_from = None

    @property
    def covered(self) -> bool:
        return self._covered_from is not None

    def show_help(self) -> None:
        """The centre's help contacts; "Back to the survey" returns to the same screen."""
        if self._help_from is None and self._covered_from is None:
            self._help_from = self.pages.currentIndex()
            self.pages.setCurrentIndex(_PAGES.index("help"))
            self.help_back.setFocus()

    def close_help(self) -> None:
        if self._help_from is not None:
            self.pages.setCurrentIndex(self._help_from)
            self._help_from = None

    def _on_forward(self) -> None:
        screen = self.flow.screen
        if screen.kind == "code":
            text = self.code_field.text().strip()
            kind = self.code_kinds[screen.code_element]
            if not text:  # refused keys or nothing typed: say so, never skip silently
                key = f"kiosk.code.{kind}_refused" if self._refused else "kiosk.code.empty"
                self._set_code_hint(self.say(key, skip=self.say("kiosk.skip")))
                return
            self.flow.set_code(screen.code_element, text)
        self.flow.next()
        self.render()

    def _on_back(self) -> None:
        if self.flow.screen.kind == "code":
            self.flow.set_code(self.flow.screen.code_element, self.code_field.text())
        self.flow.back()
        self.render()

    def _on_code_skip_clicked(self) -> None:
        self.code_field.clear()
        self.flow.set_code(self.flow.screen.code_element, "")
        self.flow.next()
        self.render()

    def _set_code_hint(self, text: str) -> None:
        self.code_hint.setText(text)
        self.code_hint.setVisible(bool(text))
        if not text:
            self._refused = False

    def _on_code_field_input_rejected(self) -> None:
        # While this signal runs, text() is what the field would have held.
        kind = self.code_kinds.get(self.flow.screen.code_element or "", "letter")
        attempt = self.code_field.text().strip()
        if not attempt:
            return  # a space: nothing to say
        if kind == "letter":
            wrong = any(ch.isdigit() for ch in attempt)
        else:
            wrong = not all(ch.isdigit() for ch in attempt)
        self._set_code_hint(self.say(f"kiosk.code.{kind}_{'refused' if wrong else 'too_long'}"))
        self._refused = wrong

    def _on_code_field_text_edited(self, _text: str) -> None:
        self._set_code_hint("")

    def _on_next_person_clicked(self) -> None:
        self._thanks_timer.stop()
        self.close_help()
        self.flow.reset()
        self.render()

    def _on_read_button_clicked(self) -> None:
        screen = self.flow.screen
        parts = []
        if self._help_from is not None or screen.kind == "thanks":
            parts += help_lines(self.site, self.lang)
        elif screen.kind == "item":
            item = screen.item
            if item.block is not None:
                parts.append(local(item.block.stem, self.lang))
            parts.append(local(item.text, self.lang))
            parts += [local(o.label, self.lang) for o in item.scale.options]
            parts.append(self.say("kiosk.prefer_not"))
        elif screen.kind == "code":
            parts.append(self.say(f"code.{screen.code_element}"))
        elif screen.kind == "intro":
            parts += [
                local(self.instrument.title, self.lang),
                local(self.instrument.intro, self.lang),
            ]
        self.speaker.say(". ".join(parts), self.lang)

    # -- idle ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self.isVisible():
            if self.covered and not self.overlay.isVisible():
                self.uncover()
                return True  # the key or click only lifts the cover
            if self.flow.started and not self.overlay.isVisible():
                self._idle.start()
            if self._thanks_timer.isActive():
                self._thanks_timer.start()  # still reading: wait again
        return False

    def _on_idle_timeout(self) -> None:
        if self.flow.started:
            self.overlay.setGeometry(self.rect())
            self.overlay.show()
            self.overlay.raise_()
            self._confirm.start()

    def _on_overlay_button_clicked(self) -> None:
        self._confirm.stop()
        self.overlay.hide()
        self._idle.start()

    def _on_confirm_timeout(self) -> None:
        self.overlay.hide()
        self.flow.abandon()  # cleared, nothing saved
        self.uncover()
        self.close_help()
        self.render()

    # -- leaving (only with the PIN) --------------------------------------------------
    def request_exit(self) -> bool:
        dialog = PinDialog(
            self.pins, self.tr("Enter the facilitator PIN to leave the survey."), self
        )
        dialog.setStyleSheet(dialog_style_sheet(self._scale))
        if dialog.exec() == PinDialog.DialogCode.Accepted:
            self._exit_allowed = True
            self.close()
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F12:
            self.cover()
        elif event.key() == Qt.Key.Key_Escape:
            if self._help_from is not None:
                self.close_help()
            else:
                self.request_exit()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._exit_allowed:
            event.ignore()
            QTimer.singleShot(0, self.request_exit)
            return
        self._idle.stop()
        self._confirm.stop()
        self._thanks_timer.stop()
        self.speaker.stop()
        QApplication.instance().removeEventFilter(self)
        self.lock.release()  # the main window comes back on the page it was on
        if _running and _running[0] is self:
            _running.clear()
        super().closeEvent(event)
        self.finished.emit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and self.isMinimized():
            QTimer.singleShot(0, self.showFullScreen)  # no hiding the kiosk behind others

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._apply_scale()
        self.overlay.setGeometry(self.rect())


_running: list[KioskWindow] = []  # one kiosk at a time


def running_kiosk() -> KioskWindow | None:
    """The kiosk on show now, if any."""
    return _running[0] if _running else None


def show_kiosk(window: KioskWindow) -> KioskWindow:
    """Show the kiosk full screen on the screen it is on (also without a window manager)
    and lock the desktop until the facilitator leaves with the PIN.

    Only one kiosk runs at a time: when one is already up (a double click on "Start"),
    ``window`` is thrown away unseen and the running kiosk is returned, brought forward."""
    current = running_kiosk()
    if current is not None and current is not window:
        window._exit_allowed = True
        QApplication.instance().removeEventFilter(window)
        window.deleteLater()
        current.lock.enforce()
        return current
    _running[:] = [window]
    screen = window.screen() or QApplication.primaryScreen()
    window.setGeometry(screen.geometry())
    window.showFullScreen()
    window.activateWindow()
    window.lock.engage()
    return window
