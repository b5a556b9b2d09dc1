"""The one table of languages: which way each reads, its own name, what ships in it."""

from __future__ import annotations

import pytest

from workshop_kit import languages
from workshop_kit.content.labels import LABELS
from workshop_kit.languages import (
    CONTENT_LANGUAGES,
    INTERFACE_LANGUAGES,
    is_rtl,
    native_name,
    script_of,
)


@pytest.mark.parametrize("lang", ["ar", "ur", "fa", "he", "ps", "ckb", "dv", "yi", "ar-JO", "AR"])
def test_arabic_hebrew_and_thaana_script_languages_read_right_to_left(lang):
    assert is_rtl(lang)


@pytest.mark.parametrize("lang", ["en", "fr", "fr-CA", "es", "ru", "xx", "", "en_US"])
def test_latin_cyrillic_and_unknown_languages_read_left_to_right(lang):
    assert not is_rtl(lang)


def test_a_script_subtag_decides_the_direction():
    assert script_of("pa-Arab") == "Arab" and is_rtl("pa-Arab")
    assert script_of("ur-Latn") == "Latn" and not is_rtl("ur-Latn")
    assert script_of("ar") == "Arab" and script_of("unknown") == "Latn"


def test_every_language_names_a_script_whose_direction_is_known():
    for row in languages.LANGUAGES.values():
        assert row.script in languages.SCRIPTS, row.code
        assert row.native and row.english and row.code == row.code.lower()


def test_bundled_languages_have_their_own_names():
    assert {code: native_name(code) for code in ("en", "ar", "fr", "ur")} == {
        "en": "English",
        "ar": "العربية",
        "fr": "Français",
        "ur": "اردو",
    }
    assert native_name("zz") == "zz"


def test_interface_and_content_languages_come_from_the_table():
    assert INTERFACE_LANGUAGES == ("en", "ar", "fr")
    assert CONTENT_LANGUAGES == ("en", "ar")
    for code in INTERFACE_LANGUAGES:
        assert languages.LANGUAGES[code].locale


def test_every_content_language_has_document_labels():
    assert set(CONTENT_LANGUAGES) <= set(LABELS)


def test_settings_offer_the_languages_of_the_table():
    from workshop_kit.settings import SETTINGS

    choices = {s.key: s.choices for s in SETTINGS}
    assert choices["ui_language"] == INTERFACE_LANGUAGES
    assert choices["content_language"] == CONTENT_LANGUAGES


def test_the_languages_module_imports_nothing_of_ours():
    import ast
    from pathlib import Path

    tree = ast.parse(Path(languages.__file__).read_text(encoding="utf-8"))
    names = [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)] + [
        a.name for node in ast.walk(tree) if isinstance(node, ast.Import) for a in node.names
    ]
    assert not [n for n in names if n.startswith("workshop_kit")]
