from __future__ import annotations

from workshop_kit.content.prose import BULLET, PARA, parse_prose


def test_blocks_paragraphs_bullets_and_continuations():
    text = "First line\nsame paragraph.\n\n**Bold:**\n- one\n  more\n- two\nAfter.\n\n\n- alone"
    assert parse_prose(text) == [
        [(PARA, "First line same paragraph.")],
        [(PARA, "**Bold:**"), (BULLET, "one more"), (BULLET, "two"), (PARA, "After.")],
        [(BULLET, "alone")],
    ]


def test_empty_text_has_no_blocks():
    assert parse_prose("\n\n  \n") == []
