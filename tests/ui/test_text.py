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
