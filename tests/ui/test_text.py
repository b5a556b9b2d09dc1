from __future__ import annotations

from workshop_kit.content.model import Text
from workshop_kit.ui.text import local, prose_html


def test_prose_paragraphs_bullets_and_continuations():
    text = Text(
        {"en": "First line\nsame paragraph.\n\n**Bold:**\n- one\n  more\n- two\nAfter."}, "en"
    )
    assert prose_html(text, "en") == (
        "<p>First line same paragraph.</p><p><b>Bold:</b></p>"
        "<ul><li>one more</li><li>two</li></ul><p>After.</p>"
    )


def test_prose_escapes_html():
    assert prose_html(Text({"en": "<script>x</script> & y"}, "en"), "en") == (
        "<p>&lt;script&gt;x&lt;/script&gt; &amp; y</p>"
    )


def test_missing_translation_is_marked_in_the_content_language():
    text = Text({"en": "Hello"}, "en")
    assert local(text, "ar") == "Hello (غير مترجم)"
    assert prose_html(text, "ar").endswith("<p><i>(غير مترجم)</i></p>")
    assert local(text, "en") == "Hello"


def test_interface_directions_names_and_locales_come_from_the_languages_table():
    from PySide6.QtCore import Qt

    from workshop_kit.ui.i18n import UI_LANGUAGES, UI_LOCALES
    from workshop_kit.ui.text import LANGUAGES, direction_for, is_rtl

    rtl, ltr = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
    assert [direction_for(lang) for lang in ("ar", "ur", "fa-IR", "en", "fr", "xx")] == [
        rtl,
        rtl,
        rtl,
        ltr,
        ltr,
        ltr,
    ]
    assert is_rtl("ur") and not is_rtl("fr")
    assert LANGUAGES == {"en": "English", "ar": "العربية"}
    assert UI_LANGUAGES == {"en": "English", "ar": "العربية", "fr": "Français"}
    assert UI_LOCALES == {"en": "en_US", "ar": "ar_JO", "fr": "fr_FR"}
