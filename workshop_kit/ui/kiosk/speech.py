"""Read-aloud for the kiosk, through QtTextToSpeech where a voice exists.

Everything here fails soft: without the QtTextToSpeech module, an engine, or a voice for
the language, :meth:`Speaker.can_speak` is False and the kiosk hides its button.

The system engine is made by :func:`system_engine`; pass ``engine=`` (a QTextToSpeech or
a stand-in with its methods) to use another. Tests do, since starting a real engine can
take seconds where a speech service is slow to answer.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

__all__ = ["Speaker", "system_engine"]


def system_engine():
    """The system's text-to-speech engine, or None without the module or an engine."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:  # PySide6-Addons not installed
        return None
    if not QTextToSpeech.availableEngines():
        return None
    return QTextToSpeech()


class Speaker:
    def __init__(self, engine=None) -> None:
        self._tts = engine if engine is not None else system_engine()

    def can_speak(self, lang: str) -> bool:
        if self._tts is None:
            return False
        wanted = QLocale(lang).language()
        return any(
            voice.locale().language() == wanted for voice in self._tts.availableVoices()
        ) or any(locale.language() == wanted for locale in self._tts.availableLocales())

    def say(self, text: str, lang: str) -> None:
        if not self.can_speak(lang):
            return
        self._tts.setLocale(QLocale(lang))
        self._tts.say(text)

    def stop(self) -> None:
        if self._tts is not None:
            self._tts.stop()
