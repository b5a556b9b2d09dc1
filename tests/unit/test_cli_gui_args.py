"""``workshop-kit gui`` reads its plain options without argparse (quicker to the window);
what it reads must be what argparse would, and anything else is left to argparse."""

from __future__ import annotations

import pytest

from workshop_kit.cli import _gui_parser, _plain_gui_args


@pytest.mark.parametrize(
    "words",
    [
        [],
        ["--smoke"],
        ["--lang", "ar"],
        ["--lang=fr"],
        ["--lang", "ar", "--smoke"],
        ["--smoke", "--lang", "en", "--lang", "ar"],  # the last one wins
        ["--smoke", "--smoke"],
    ],
)
def test_plain_options_are_read_as_argparse_reads_them(words):
    assert vars(_plain_gui_args(words)) == vars(_gui_parser().parse_args(words))


@pytest.mark.parametrize(
    "words",
    [
        ["--help"],
        ["--sm"],  # an abbreviation argparse accepts
        ["--lang", "xx"],  # argparse names the choices
        ["--lang"],
        ["--lang=xx"],
        ["extra"],
        ["--", "--smoke"],
    ],
)
def test_anything_else_is_left_to_argparse(words):
    assert _plain_gui_args(words) is None
