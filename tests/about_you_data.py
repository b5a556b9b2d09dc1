"""A survey with "about you" items, for the tests (the bundled gbv-attitudes is left as it
is: see docs/respondent-groups.md, "The bundled survey")."""

from __future__ import annotations

from pathlib import Path

from workshop_kit.content.instruments import load_instrument
from workshop_kit.content.model import Instrument

BUNDLED = Path(__file__).resolve().parents[1] / "curricula"

ABOUT_YOU_YAML = """\

about_you:
  - id: sex
    name: {en: Sex, ar: الجنس}
    text: {en: "Are you…", ar: "هل أنت…"}
    options:
      - value: 1
        label: {en: A woman, ar: امرأة}
      - value: 2
        label: {en: A man, ar: رجل}
  - id: age_band
    name: {en: Age, ar: العمر}
    text: {en: "How old are you?", ar: "كم عمرك؟"}
    options:
      - value: 1
        label: {en: 15 to 24, ar: من 15 إلى 24}
      - value: 2
        label: {en: 25 to 34, ar: من 25 إلى 34}
      - value: 3
        label: {en: 35 or older, ar: 35 أو أكثر}
"""


def add_about_you(path: Path) -> Path:
    """Append the about-you block to the instrument file at ``path``."""
    with path.open("a", encoding="utf-8") as out:
        out.write(ABOUT_YOU_YAML)
    return path


def gbv_with_about_you(folder: Path) -> Instrument:
    """The bundled gbv-attitudes items (same id and version) with about-you items, loaded
    from a copy in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "gbv-attitudes.yaml"
    source = BUNDLED / "instruments" / "gbv-attitudes.yaml"
    path.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    instrument, _, problems = load_instrument(add_about_you(path))
    assert instrument is not None, problems
    return instrument
