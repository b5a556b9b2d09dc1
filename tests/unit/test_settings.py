from __future__ import annotations

import json

import pytest

from workshop_kit.settings import SETTINGS, Settings


def test_defaults_come_from_the_table(user_data):
    settings = Settings()
    for setting in SETTINGS:
        assert settings.get(setting.key) == setting.default


def test_values_persist_atomically(user_data):
    Settings().set("content_language", "ar")
    assert Settings().get("content_language") == "ar"
    assert json.loads((user_data / "settings.json").read_text())["content_language"] == "ar"
    assert [p.name for p in user_data.iterdir()] == ["settings.json"]  # no temp files left


def test_bad_values_are_refused(user_data):
    settings = Settings()
    with pytest.raises(ValueError):
        settings.set("content_language", "xx")
    with pytest.raises(ValueError):
        settings.set("timer_warning_seconds", "soon")
    with pytest.raises(ValueError):
        settings.set("no_such_setting", 1)


def test_corrupt_or_invalid_file_falls_back_to_defaults(user_data):
    (user_data / "settings.json").write_text("{not json", encoding="utf-8")
    assert Settings().get("ui_language") == "en"
    (user_data / "settings.json").write_text('{"ui_language": "tlh"}', encoding="utf-8")
    assert Settings().get("ui_language") == "en"
