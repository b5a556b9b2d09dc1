from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from workshop_kit.content.library import ContentRoot, load_library
from workshop_kit.settings import Settings
from workshop_kit.ui.kiosk import speech

BUNDLED = Path(__file__).resolve().parents[2] / "curricula"


@pytest.fixture(scope="session")
def bundled_library():
    return load_library([ContentRoot(BUNDLED, bundled=True)])


@pytest.fixture(autouse=True)
def no_system_speech(monkeypatch):
    """Kiosks made in tests get no system text-to-speech engine: starting one can take
    seconds where a speech service answers late, and its voices differ between machines.
    Read-aloud is tested with a fake speaker; tests/ui/test_speech.py uses the real one."""
    monkeypatch.setattr(speech, "system_engine", lambda: None)


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


@pytest.fixture
def memory_store():
    from workshop_kit.records.store import WorkshopStore

    return WorkshopStore(memory=True)


@pytest.fixture
def pins(user_data, clock):
    """A PIN store with the 4-digit PIN 2468, kept from an earlier version (new PINs need
    6 digits; old ones work until changed)."""
    from tests.pin_helpers import write_legacy_pin
    from workshop_kit.records.pin import PinStore

    write_legacy_pin(user_data / "pin.json", "2468")
    return PinStore(user_data / "pin.json", clock=clock)


@pytest.fixture
def type_pin(monkeypatch):
    """``type_pin("2468")``: every PIN dialog is answered with that PIN (None: cancelled);
    returns the list of reasons the dialogs showed."""
    from workshop_kit.ui.kiosk.pin_dialog import PinDialog

    shown: list[str] = []

    def answer(pin):
        def exec_(dialog):
            shown.append(dialog.reason)
            if pin is None:
                dialog.reject()
            else:
                dialog.field.setText(pin)
                dialog._on_buttons_accepted()
            return dialog.result()

        monkeypatch.setattr(PinDialog, "exec", exec_)
        return shown

    return answer


@pytest.fixture
def instrument(bundled_library):
    return bundled_library.instrument("gbv-attitudes")


@pytest.fixture
def workshop(memory_store, instrument):
    return memory_store.create_workshop(
        curriculum_id="equal-voices",
        session_ids=("gender-and-power",),
        site="Test centre",
        day="2026-11-20",
        language="en",
        expected_participants=12,
        instrument_id=instrument.id,
        instrument_version=instrument.version,
    )
