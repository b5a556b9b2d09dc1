"""The kiosk on small screens (1024x600 netbooks, 1280x720) in English and Arabic: every
screen, every item, every answer and "prefer not to answer" on screen, no text cut, no
widgets on top of each other; and answer pictures that do not judge the answer."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from tests.ui.test_pseudo_layout import layout_problems
from workshop_kit import paths
from workshop_kit.site import HelpContact, SiteInfo
from workshop_kit.ui.kiosk.window import Handover, KioskWindow, picture_for
from workshop_kit.ui.workshops.page import CODE_ELEMENTS

SIZES = [(1024, 600), (1280, 720)]
SITE = SiteInfo(
    "Amal Community Centre",
    None,
    (
        HelpContact(
            {"en": "Women's helpline (free, confidential)", "ar": "خط مساعدة النساء (مجاني وسري)"},
            "0800 123 456",
            {"en": "Every day, 8:00 to 20:00", "ar": "كل يوم من 8:00 إلى 20:00"},
        ),
        HelpContact({"en": "Legal aid clinic", "ar": "عيادة المساعدة القانونية"}, "06 555 0101"),
    ),
)


@pytest.fixture(params=SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def kiosk(request, qtbot, instrument, pins):
    width, height = request.param
    window = KioskWindow(
        instrument,
        language="en",
        save=lambda *_args: None,
        pins=pins,
        code_elements=CODE_ELEMENTS,
        title="Survey",
        handover=Handover("pre", "ABC123 · Amal Community Centre, East Amman · 20/11/2026"),
        site=SITE,
    )
    window.show()  # not qtbot.addWidget: it would close it before the PIN is waived
    window.resize(width, height)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.size().width() == width)
    yield window
    window._exit_allowed = True
    window.close()
    window.deleteLater()


def on_screen(widget: QWidget, window: QWidget) -> bool:
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return widget.isVisible() and window.rect().contains(rect)


def check(window: KioskWindow, where: str) -> list[str]:
    for _ in range(3):  # new answer buttons show and lay out on the next turns
        QApplication.processEvents()
    return [f"{where}: {problem}" for problem in layout_problems(window)]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_screen_fits_a_small_screen(qtbot, kiosk, instrument, lang):
    kiosk.set_language(lang)
    problems = check(kiosk, "handover")
    kiosk.handover_start.click()
    problems += check(kiosk, "intro")
    kiosk.show_help()
    problems += check(kiosk, "help")
    assert on_screen(kiosk.help_back, kiosk)
    kiosk.close_help()
    kiosk.start_button.click()
    kiosk.code_field.setText("")
    kiosk.code_next.click()  # nothing typed: the hint shows
    assert kiosk.code_hint.isVisible()
    problems += check(kiosk, "code question with its hint")
    for _ in CODE_ELEMENTS:
        kiosk.code_skip.click()
    for item in instrument.items:
        assert kiosk.flow.screen.item is item
        problems += check(kiosk, item.id)
        for button in [*kiosk.option_buttons, kiosk.prefer_not]:
            assert on_screen(button, kiosk), f"{item.id}: {button.accessibleName()} off screen"
            caption = button.caption
            assert caption.heightForWidth(caption.width()) <= caption.height(), (
                f"{item.id}: {caption.text()!r} cut"
            )
        kiosk.option_buttons[0].click()
    problems += check(kiosk, "submit")
    kiosk.submit()
    assert kiosk.flow.screen.kind == "thanks"
    problems += check(kiosk, "thanks with help contacts")
    assert on_screen(kiosk.next_person, kiosk)
    assert problems == []


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_idle_message_is_not_cut(qtbot, kiosk, lang):
    kiosk.set_language(lang)
    kiosk.handover_start.click()
    kiosk.start_button.click()
    kiosk._on_idle_timeout()
    assert kiosk.overlay.isVisible()
    kiosk.overlay.layout().activate()
    assert layout_problems(kiosk.overlay_box) == []
    assert on_screen(kiosk.overlay_box, kiosk) and on_screen(kiosk.overlay_button, kiosk)


ANSWER_PICTURES = ["fill-0", "fill-25", "fill-50", "fill-75", "fill-100", "yes", "no", "dont-know"]


def colours(name: str) -> set[str]:
    text = (paths.assets_dir() / "scale" / f"{name}.svg").read_text(encoding="utf-8")
    return {c.lower() for c in re.findall(r"#[0-9a-fA-F]{3,6}", text)}


def test_answer_pictures_use_one_neutral_ink():
    used = set().union(*(colours(name) for name in ANSWER_PICTURES))
    assert used == {"#1f4e79", "#ffffff"}  # no green tick, no red cross
    assert colours("yes") == colours("no") == colours("fill-100")


def test_every_item_of_a_scale_gets_the_same_pictures(instrument):
    by_scale: dict[str, set[tuple[str, ...]]] = {}
    for item in instrument.items:
        pictures = tuple(picture_for(item, i) for i in range(len(item.scale.options)))
        by_scale.setdefault(item.scale.id, set()).add(pictures)
        assert len(set(pictures)) == len(pictures)  # each option its own picture
    assert all(len(sets) == 1 for sets in by_scale.values())


def test_pin_dialog_and_its_lockout_message_are_not_cut(qtbot, kiosk, pins, monkeypatch):
    from workshop_kit.ui.kiosk.pin_dialog import PinDialog

    shown = []

    def look(dialog):
        for _ in range(5):
            dialog.field.setText("0000")
            dialog._on_buttons_accepted()
        dialog.show()
        for _ in range(3):
            QApplication.processEvents()
        problems = layout_problems(dialog)
        for button in dialog.findChildren(QPushButton):
            need = button.sizeHint()
            if button.height() < need.height() or button.width() < need.width():
                problems.append(f"{button.text()!r} cut: {button.size()} < {need}")
        shown.append((dialog.message.text(), problems))
        dialog.hide()  # as exec() would on closing
        return 0

    monkeypatch.setattr(PinDialog, "exec", look)
    kiosk.request_exit()
    ((message, problems),) = shown
    assert "Too many wrong tries" in message or "Try again" in message
    assert problems == []
