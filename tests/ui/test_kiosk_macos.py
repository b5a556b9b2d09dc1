"""The macOS kiosk options: the combination is one AppKit accepts (it ends the app for an
invalid one), and off a Mac nothing is attempted."""

from __future__ import annotations

import sys

import pytest

from workshop_kit.ui.kiosk import macos


def test_the_kiosk_combination_is_valid_and_blocks_switching_and_force_quit():
    assert macos.valid(macos.KIOSK)
    for option in (
        macos.HIDE_DOCK,
        macos.HIDE_MENU_BAR,
        macos.DISABLE_PROCESS_SWITCHING,
        macos.DISABLE_FORCE_QUIT,
    ):
        assert macos.KIOSK & option


@pytest.mark.parametrize(
    "options",
    [
        macos.HIDE_MENU_BAR,  # a hidden menu bar needs the Dock hidden
        macos.DISABLE_PROCESS_SWITCHING,  # needs the Dock out of the way
        macos.HIDE_DOCK | macos.AUTO_HIDE_DOCK,  # both at once
        macos.AUTO_HIDE_DOCK | macos.HIDE_MENU_BAR,  # hidden menu bar needs a hidden Dock
    ],
)
def test_combinations_appkit_refuses_are_recognised(options):
    assert not macos.valid(options)


@pytest.mark.skipif(sys.platform == "darwin", reason="on a Mac the options are really set")
def test_off_a_mac_nothing_is_attempted():
    presentation = macos.Presentation()
    assert presentation.engage() is False
    presentation.release()  # harmless
