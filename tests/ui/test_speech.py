"""Read-aloud with the machine's real text-to-speech engine (other UI tests use none)."""

from __future__ import annotations

import pytest

from workshop_kit.ui.kiosk.speech import Speaker, system_engine


@pytest.mark.slow  # starting a real engine can take seconds
def test_real_speaker_speaks_or_fails_soft(qapp):
    speaker = Speaker(engine=system_engine())  # the real function, not the tests' stand-in
    for lang in ("en", "ar", "xx"):
        assert speaker.can_speak(lang) in (True, False)
        speaker.say("Workshop Kit", lang)  # no voice: nothing happens, nothing raises
    speaker.stop()
