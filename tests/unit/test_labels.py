from __future__ import annotations

import re

from workshop_kit.content.labels import LABELS, label
from workshop_kit.content.model import ACTIVITY_KINDS


def test_every_language_has_every_label_with_the_same_placeholders():
    english = LABELS["en"]
    for lang, words in LABELS.items():
        assert set(words) == set(english), lang
        for key, text in words.items():
            assert set(re.findall(r"{(\w+)}", text)) == set(re.findall(r"{(\w+)}", english[key]))


def test_every_activity_kind_has_a_label():
    for kind in ACTIVITY_KINDS:
        assert label(f"kind.{kind}", "ar") != label(f"kind.{kind}", "en")


def test_unknown_language_falls_back_to_english():
    assert label("position", "xx", index=2, count=7) == "2 of 7"
    assert label("position", "ar", index=2, count=7) == "2 من 7"
