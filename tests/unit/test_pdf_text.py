"""Mixed Arabic and Latin text for the PDFs: fonts, shaping, line breaking, bidi order.

The checks on the finished PDF (poppler) are in test_pdf_render.py; these check the
steps before drawing, and that every character of the bundled content has a real glyph.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import yaml
from bidi import get_display
from reportlab.pdfbase import pdfmetrics

from workshop_kit.content.labels import LABELS
from workshop_kit.pdf import fonts, text

ROOT = Path(__file__).resolve().parents[2]
PHONE = "0790 123 456"


def visual(words: tuple[str, ...], rtl: bool = True) -> str:
    """The glyphs of a laid-out line, left to right, as one string."""
    return "".join(run.text for run in text.layout_line(words, rtl).runs)


def plain(shaped: str) -> str:
    """Shaped (presentation form) text back to ordinary letters."""
    return unicodedata.normalize("NFKC", shaped)


def bundled_texts() -> list[tuple[str, str, str]]:
    """(where, language, text) for every string of the bundled content: all curricula and
    instrument YAML files, and the fixed labels."""
    found: list[tuple[str, str, str]] = []

    def walk(node, where: str, lang: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                walk(value, where, key if key in ("en", "ar") else lang)
        elif isinstance(node, list):
            for value in node:
                walk(value, where, lang)
        elif isinstance(node, str):
            found.append((where, lang, node))

    for path in sorted((ROOT / "curricula").rglob("*.yaml")):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")), str(path.relative_to(ROOT)), "")
    for lang, labels in LABELS.items():
        for key, value in labels.items():
            found.append((f"labels.py {lang}:{key}", lang, value))
    return found


# ----------------------------------------------------------------------------- fonts


def test_fonts_register_once_and_come_from_the_bundle():
    fonts.register_fonts()
    first = pdfmetrics.getFont(fonts.NASKH)
    fonts.register_fonts()
    assert pdfmetrics.getFont(fonts.NASKH) is first
    for name, filename in fonts.FILES.items():
        assert (ROOT / "assets" / "fonts" / filename).is_file(), name
    licences = {p.name for p in (ROOT / "assets" / "fonts").glob("OFL-*.txt")}
    assert {"OFL-NotoNaskhArabic.txt", "OFL-NotoSans.txt", "OFL-NotoSansMath.txt"} <= licences


@pytest.mark.parametrize(
    ("ch", "expected"),
    [
        ("ب", fonts.NASKH),
        ("\ufe91", fonts.NASKH),  # a shaped (initial) beh
        ("،", fonts.NASKH),  # Arabic comma
        ("٣", fonts.NASKH),  # Arabic-Indic digit
        ("\u0651", fonts.NASKH),  # shadda
        ("A", fonts.SANS),
        ("7", fonts.SANS),
        ("«", fonts.SANS),
        ("–", fonts.SANS),
    ],
)
def test_arabic_script_goes_to_naskh_everything_else_to_sans(ch, expected):
    assert fonts.font_for(ch) == expected
    assert fonts.has_glyph(expected, ch)


def test_a_space_stays_in_the_run_it_is_in():
    assert fonts.font_for(" ", current=fonts.NASKH) == fonts.NASKH
    assert fonts.font_for(" ") == fonts.SANS


def test_signs_noto_sans_lacks_come_from_noto_sans_math():
    for ch in "≤≥−→":
        assert not fonts.has_glyph(fonts.SANS, ch)
        assert fonts.font_for(ch) == fonts.font_for(ch, bold=True) == fonts.MATH
    assert fonts.font_for("<") == fonts.SANS  # what Noto Sans has stays Noto Sans


def test_every_printed_label_and_p_band_has_a_glyph():
    """Report, form and sheet labels are not bundled content: check them too (a p band
    once printed "0.01 \ufffd p < 0.05" because Noto Sans has no ≤)."""
    from workshop_kit.analysis.stats import P_BANDS
    from workshop_kit.content.labels import LABELS

    texts = [(f"P_BANDS[{key}]", value) for key, value in P_BANDS.items()]
    texts += [
        (f"{lang}:{key}", value) for lang, table in LABELS.items() for key, value in table.items()
    ]
    missing = {where: fonts.missing_glyphs(value) for where, value in texts}
    assert not {where: chars for where, chars in missing.items() if chars}


def test_a_character_no_font_has_is_named_and_never_drawn_as_a_box():
    assert fonts.missing_glyphs("ok 漢 😀 ok") == ["漢", "😀"]
    assert fonts.drawable("a漢b") == f"a{fonts.REPLACEMENT}b"
    layout = text.layout_line(text.wrap_text("a漢b", 100)[0], False)
    drawn = "".join(run.text for run in layout.runs)
    assert drawn == f"a{fonts.REPLACEMENT}b"
    assert all(fonts.has_glyph(run.font, ch) for run in layout.runs for ch in run.text)


@pytest.mark.slow
def test_every_character_of_the_bundled_content_has_a_glyph_in_its_font():
    """Each string goes through the real pipeline (shaping, bidi, mirroring, runs), in
    regular and bold, and every glyph drawn must exist in the font of its run."""
    texts = bundled_texts()
    assert len(texts) > 500
    problems = []
    for where, lang, source in texts:
        missing = fonts.missing_glyphs(source)
        if missing:
            problems.append(f"{where}: no font has {missing}")
            continue
        for bold in (False, True):
            for words in text.wrap_text(source, 40, bold):
                for run in text.layout_line(words, lang == "ar", bold).runs:
                    for ch in run.text:
                        if not fonts.has_glyph(run.font, ch):
                            problems.append(f"{where}: {ch!r} U+{ord(ch):04X} not in {run.font}")
    assert not problems, "\n".join(dict.fromkeys(problems))


# ----------------------------------------------------------------------------- lines


ARABIC = (
    "استمعوا وصدّقوا، وقدّموا قائمة المركز لجهات المساعدة على انفراد. "
    "لا تعطِ أبدًا رقمًا أو اسمًا أو عنوانًا من ذاكرتك."
)


def test_a_paragraph_is_wrapped_in_logical_order():
    lines = text.wrap_text(ARABIC, 12)
    assert len(lines) > 3
    assert " ".join(w for line in lines for w in line) == " ".join(ARABIC.split())
    assert lines[0][0] == "استمعوا"  # the first words stay on the first line


def test_each_line_is_reordered_for_display_right_to_left():
    line = text.wrap_text(ARABIC, 12)[0]
    shown = plain(visual(line))
    # drawn left to right, so the first word of the line is at the right end, reversed
    assert shown.endswith("استمعوا"[::-1])
    assert text.layout_line(line, True).width > 0


def test_words_are_shaped_and_keep_their_harakat():
    shown = visual(("وصدّقوا",))
    assert all(0xFB50 <= ord(ch) <= 0xFEFF or ch == "\u0651" for ch in shown)
    assert "\u0651" in shown  # the shadda is drawn, not dropped
    assert "\ufefb" in visual(("لا",))  # lam-alef ligature


def test_digit_groups_stay_together_and_read_left_to_right():
    lines = text.wrap_text(f"اتصلوا على الرقم {PHONE} الآن", 1000)
    assert PHONE in lines[0]
    assert PHONE in visual(lines[0])  # not "456 123 0790"
    sentence = f"اتصلوا على الرقم {PHONE} الآن"
    for width in range(7, 30):  # wherever the lines break, never inside the number
        lines = text.wrap_text(sentence, width)
        assert [w for line in lines for w in line if "0790" in w] == [PHONE], width


def test_latin_words_and_digits_keep_their_order_inside_arabic():
    shown = visual(("ملف", "PDF", "رقم", "12", "و", "١٢٣"))
    assert "PDF" in shown
    assert "12" in shown
    assert "١٢٣" in shown
    assert shown.index("PDF") > shown.index("12")  # PDF comes first, so it is further right


def test_brackets_are_mirrored_and_keep_their_written_character():
    layout = text.layout_line(("(مرحبا)",), True)
    drawn = "".join(run.text for run in layout.runs)
    assert drawn[0] == "(" and drawn[-1] == ")"  # looks right on the page
    actual = [run.actual for run in layout.runs if run.actual]
    assert any(")" in a for a in actual) and any("(" in a for a in actual)


def test_runs_switch_font_per_script():
    layout = text.layout_line(("ملف", "PDF", "هنا"), True)
    assert {run.font for run in layout.runs} == {fonts.NASKH, fonts.SANS}


def test_english_lines_are_left_to_right_and_untouched():
    assert visual(("Page", "3", "of", "7"), rtl=False) == "Page 3 of 7"


def test_hard_line_breaks_are_kept():
    assert text.wrap_text("one\n• two", 1000) == (("one",), ("•", "two"))


def test_bidi_levels_agree_with_python_bidi_for_all_bundled_lines():
    """The levels are read from python-bidi's debug report; if that report ever changes
    shape, this fails (the renderer then falls back to plain get_display output)."""
    for _, lang, source in bundled_texts():
        for words in text.wrap_text(source, 60):
            rtl = lang == "ar"
            shaped = [text._shape(w) for w in words]
            if rtl:  # as layout_line does: digit groups isolated
                shaped = [f"{text.LRI}{w}{text.PDI}" if " " in w else w for w in shaped]
            line = " ".join(shaped)
            levels = text._levels(line, rtl)
            assert levels is not None
            order = text._visual_order(levels)
            assert "".join(line[i] for i in order) == get_display(line, base_dir="LR"[rtl])
