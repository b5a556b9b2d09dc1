"""Every user setting in one declarative table, and a small store for their values.

The UI renders settings from :data:`SETTINGS`; nothing else defines a default.
Values are kept as JSON in the user data folder, written atomically.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from workshop_kit import paths
from workshop_kit.languages import CONTENT_LANGUAGES, INTERFACE_LANGUAGES

__all__ = ["REMEMBERED", "SETTINGS", "Setting", "Settings"]


class Setting(NamedTuple):  # not a dataclass: read before the app's first paint
    key: str
    default: Any
    type: type
    group: str
    label: str
    choices: tuple[Any, ...] = ()


SETTINGS: tuple[Setting, ...] = (
    Setting("ui_language", "en", str, "Interface", "Interface language", INTERFACE_LANGUAGES),
    Setting("content_language", "en", str, "Content", "Content language", CONTENT_LANGUAGES),
    Setting(
        "timer_warning_seconds",
        120,
        int,
        "Running a session",
        "Warn this many seconds before an activity ends",
    ),
    Setting(
        "disclosure_k",
        5,
        int,
        "Results",
        "Hide numbers based on fewer than this many responses",
        tuple(range(3, 11)),
    ),
)
#: What the app remembers between runs without offering it on the Settings page.
REMEMBERED: tuple[Setting, ...] = (
    # Where the programme lead keeps their private key file (.wkprivate), so an import
    # need not look for it every time. The path only: never the passphrase.
    Setting("lead_private_key_path", "", str, "Results", "The lead's private key file"),
)
_BY_KEY = {s.key: s for s in SETTINGS + REMEMBERED}


def _parse(text: str) -> Any:
    """The settings file's JSON, or {} when it is not JSON. ``json`` is imported here: the
    app reads its settings before its first paint, and a first start has no file."""
    import json

    try:
        return json.loads(text)
    except ValueError:
        return {}


class Settings:
    """Setting values, falling back to the table's defaults for anything unset or invalid."""

    def __init__(self, path: Path | None = None):
        self.path = path or paths.user_data_dir() / "settings.json"
        self._values: dict[str, Any] = {}
        try:
            text = self.path.read_text(encoding="utf-8")
        except (OSError, ValueError):  # ValueError: not UTF-8
            text = None
        loaded = {} if text is None else _parse(text)
        if isinstance(loaded, dict):
            for key, value in loaded.items():
                if self._valid(key, value):
                    self._values[key] = value

    @staticmethod
    def _valid(key: str, value: Any) -> bool:
        setting = _BY_KEY.get(key)
        if setting is None or type(value) is not setting.type:
            return False
        return not setting.choices or value in setting.choices

    def get(self, key: str) -> Any:
        return self._values.get(key, _BY_KEY[key].default)

    def set(self, key: str, value: Any) -> None:
        """Set and save a value; raises ValueError for an unknown key or a bad value."""
        if not self._valid(key, value):
            raise ValueError(f"invalid value {value!r} for setting {key!r}")
        self._values[key] = value
        self._save()

    def _save(self) -> None:
        import json

        from workshop_kit.fileio import atomic_write_text

        atomic_write_text(self.path, json.dumps(self._values, indent=2, sort_keys=True))
