"""Read-aloud for the kiosk, through QtTextToSpeech where a voice exists.

Everything here fails soft: without the QtTextToSpeech module, an engine, or a voice for
the language, :meth:`Speaker.can_speak` is False and the kiosk hides its button.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

__all__ = ["Speaker"]


class Speaker:
    def __init__(self) -> None:
        self._tts = None
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:  # PySide6-Addons not installed
            return
        if not QTextToSpeech.availableEngines():
            return
        self._tts = QTextToSpeech()

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
