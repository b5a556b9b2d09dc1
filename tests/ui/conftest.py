from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from workshop_kit.content.library import ContentRoot, load_library
from workshop_kit.settings import Settings

BUNDLED = Path(__file__).resolve().parents[2] / "curricula"


@pytest.fixture(scope="session")
def bundled_library():
    return load_library([ContentRoot(BUNDLED, bundled=True)])


@pytest.fixture
def settings(user_data):
    return Settings()


@pytest.fixture
def window_state(user_data):
    return QSettings(str(user_data / "window-state.ini"), QSettings.Format.IniFormat)


class FakeClock:
    def __init__(self):
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return FakeClock()
