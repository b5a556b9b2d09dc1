"""The PDF itself, read back with poppler: pages, embedded fonts, searchable text in
logical order, Arabic line order, items and boxes that never split, paper sizes, large
print, progress and cancelling.

How the text layer is compared: ``pdftotext`` (default mode, not ``-raw``), then NFKC
(shaped Arabic letters back to ordinary ones), then the Unicode format characters dropped
(poppler wraps right-to-left runs in U+202B/U+202C, and the renderer's zero-width bidi
marks U+200E/U+200F come along), then whitespace collapsed to single spaces. One spelling
difference is normalised on both sides: a haraka written between lam and alef ("لًا") is
drawn over the lam-alef ligature and comes back after it ("لاً").
"""

from __future__ import annotations

import base64
import io
import re
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
import zlib
from collections import Counter
from pathlib import Path

import pytest

from tests.tools import needs
from tests.unit.test_pdf_text import bundled_texts
from workshop_kit.pdf.blocks import (
    Box,
    BubbleItem,
    Bullets,
    CodeQuestion,
    Document,
    Heading,
    PageBreak,
    Para,
    Spacer,
    Table,
)
from workshop_kit.pdf.render import Cancelled, render

pytestmark = needs("pdftotext", "pdfinfo")

PHONE = "0790 123 456"
AR_PARA = (
    "استمعوا إلى الشخص بهدوء وصدّقوه، ثم اعرضوا عليه قائمة المركز لجهات المساعدة المحلية "
    f"على انفراد. يمكن الاتصال بالرقم {PHONE} أو طلب ملف PDF من الميسّر، وتستغرق المكالمة "
    "نحو 5 دقائق أو ١٠ دقائق. لا تعطوا أبدًا رقمًا من ذاكرتكم."
)
EN_PARA = (
    "Listen calmly and believe them, then offer the centre's list of local help contacts "
    f"in private. You can call {PHONE} or ask the facilitator for a PDF."
)
_LAM_HARAKA = re.compile("ل([\u064b-\u0652]+)([\u0627\u0623\u0625\u0622])")


def normal(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    text = _LAM_HARAKA.sub(r"ل\2\1", text)
    return " ".join(text.split())


def run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def pdftext(path: Path, *args: str) -> str:
    return run("pdftotext", *args, str(path), "-")


def body_text(path: Path) -> str:
    """The text inside the body frame of A4 pages: header, footer and page numbers left
    out, so a paragraph running over a page turn reads on without them."""
    return normal(pdftext(path, "-x", "0", "-y", "60", "-W", "596", "-H", "722"))


def page_texts(path: Path) -> list[str]:
    return [normal(page) for page in pdftext(path).split("\f")[:-1]]


def pages(path: Path) -> int:
    return int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", str(path))).group(1))


def doc(blocks, lang="en", *, header="Header text", footer="Footer text", title="A title"):
    return Document("handout", lang, title, header, footer, tuple(blocks))


def build(tmp_path: Path, documents, name="out.pdf", **options) -> Path:
    out = tmp_path / name
    count = render(documents if isinstance(documents, list) else [documents], out, **options)
    assert count == pages(out)
    return out


def font_sizes(path: Path) -> Counter[float]:
    """How often each font size is set (Tf) in the page and form streams."""
    data = path.read_bytes()
    sizes: Counter[float] = Counter()
    for raw in re.findall(rb"stream\r?\n(.*?)endstream", data, re.S):
        for decode in (lambda r: base64.a85decode(r.strip(), adobe=True), lambda r: r):
            try:
                content = zlib.decompress(decode(raw))
            except (ValueError, zlib.error):
                continue
            for size in re.findall(rb"/F\d+\+\d+ ([\d.]+) Tf", content):
                sizes[float(size)] += 1
            break
    return sizes


def bbox_lines(path: Path) -> list[list[tuple[str, float, float]]]:
    """Lines of (word in logical order, xMin, xMax), top to bottom, from -bbox-layout.

    poppler gives each word's characters in drawing order; an Arabic word is drawn right
    to left, so it is reversed back here."""
    xml = re.sub(r"<!DOCTYPE[^>]*>", "", pdftext(path, "-bbox-layout"))
    root = ET.fromstring(xml.replace('xmlns="http://www.w3.org/1999/xhtml"', ""))
    lines = []
    for line in root.iter("line"):
        words = []
        for word in line.iter("word"):
            chars = "".join(ch for ch in word.text or "" if unicodedata.category(ch) != "Cf")
            if any("\ufb50" <= ch <= "\ufeff" for ch in chars):
                chars = chars[::-1]
            if chars:
                words.append((normal(chars), float(word.get("xMin")), float(word.get("xMax"))))
        if words:
            lines.append(words)
    return lines


# ----------------------------------------------------------------------------- basics


def test_an_english_document_has_its_pages_fonts_and_text(tmp_path):
    blocks = [
        Heading("Session 1: Gender and power", 1),
        Para(EN_PARA),
        Para("90 minutes · 8 activities", "meta"),
        Bullets(("First point.", "Second point."), numbered=True),
        Table(
            ("Start", "Activity"), (("0:00", "Welcome"), ("0:15", "Born or taught?")), (0.3, 0.7)
        ),
        Box("Where to get help", (Para("Women's helpline · Phone: 0790 123 456"),), "help"),
    ]
    out = build(tmp_path, doc(blocks))
    assert pages(out) == 1
    fonts = run("pdffonts", str(out)).splitlines()[2:]
    assert fonts and all(" yes yes " in row for row in fonts), fonts  # embedded subsets
    assert not any("Helvetica" in row for row in fonts)
    text = normal(pdftext(out))
    for expected in (
        "Session 1: Gender and power",
        EN_PARA,
        "90 minutes · 8 activities",
        "1. First point.",
        "Welcome",
        "Born or taught?",
        "Where to get help",
        "Women's helpline · Phone: 0790 123 456",
        "Header text",
        "Footer text",
        "Page 1 of 1",
    ):
        assert normal(expected) in text


def test_an_arabic_document_is_searchable_in_logical_order(tmp_path):
    mixed = f"اطلبوا ملف PDF أو اتصلوا بالرقم {PHONE} (من 9:00 إلى 17:00)، أو بالرقم ١٢٣."
    blocks = [
        Heading("الجلسة 1: النوع الاجتماعي والسلطة", 1),
        Para(AR_PARA),
        Para(mixed),
        Bullets(("«أوافق» أو «لا أوافق»؛ الاختيار لكم.", "رحّبوا بالجميع."), numbered=True),
        Table(
            ("البداية", "النشاط"), (("0:00", "الترحيب"), ("0:15", "نولد به أم نتعلّمه؟")), (0.3, 0.7)
        ),
        Box("أين تجد المساعدة", (Para("خط مساعدة النساء · الهاتف: 0790 123 456"),), "help"),
    ]
    out = build(tmp_path, doc(blocks, "ar", header="أصوات متساوية", footer="دليل الميسّر"))
    fonts = run("pdffonts", str(out))
    assert "NotoNaskhArabic" in fonts and "NotoSans" in fonts
    assert all(" yes yes " in row for row in fonts.splitlines()[2:])
    text = normal(pdftext(out))
    for expected in (
        "الجلسة 1: النوع الاجتماعي والسلطة",
        AR_PARA,
        mixed,
        "«أوافق» أو «لا أوافق»؛ الاختيار لكم.",
        "رحّبوا بالجميع.",
        "نولد به أم نتعلّمه؟",
        "خط مساعدة النساء · الهاتف: 0790 123 456",
        "أصوات متساوية",
        "دليل الميسّر",
        "صفحة 1 من 1",
    ):
        assert normal(expected) in text, expected


def test_every_bundled_text_comes_back_from_the_pdf(tmp_path):
    """All curriculum, instrument and label text, one paragraph each, read back with
    pdftotext: the text layer holds the source in logical order."""
    texts = bundled_texts()
    by_lang = {"en": [], "ar": []}
    for _, lang, source in texts:
        by_lang["ar" if lang == "ar" else "en"].append(source)
    for lang, sources in by_lang.items():
        out = build(
            tmp_path, doc([Para(s) for s in sources], lang, header="", footer=""), f"{lang}.pdf"
        )
        text = body_text(out)
        missing = [s for s in sources if normal(s) not in text]
        assert not missing, f"{len(missing)} {lang} texts not found, first: {missing[:3]}"


def test_arabic_lines_of_a_wrapped_paragraph_stay_in_reading_order(tmp_path):
    out = build(tmp_path, doc([Para(AR_PARA)], "ar", header="", footer=""))
    lines = bbox_lines(out)
    assert len(lines) >= 3  # the paragraph wraps, and the footer line comes last
    first, second = lines[0], lines[1]
    rightmost = max(first, key=lambda w: w[2])
    assert rightmost[0] == "استمعوا"  # first word: top line, right end
    assert min(first, key=lambda w: w[1])[0] != "استمعوا"
    first_words = "".join(w for w, _, _ in sorted(first, key=lambda w: -w[2]))
    assert normal(AR_PARA).replace(" ", "").startswith(first_words)  # right to left
    assert any(w == "الشخص" for w, _, _ in first + second)
    # the phone number reads left to right: 0790, then 123, then 456
    phone = [w for line in lines for w in line if w[0] in PHONE.split()]
    assert [w[0] for w in sorted(phone, key=lambda w: w[1])] == PHONE.split()


def test_english_lines_start_at_the_left(tmp_path):
    out = build(tmp_path, doc([Para(EN_PARA * 2)], header="", footer=""))
    first = bbox_lines(out)[0]
    assert min(first, key=lambda w: w[1])[0] == "Listen"


# ----------------------------------------------------------------------------- forms


def bubble(number: int, long: bool = False) -> BubbleItem:
    text = f"Question q{number}x asks something" + (" quite long and detailed" * 6 if long else "")
    options = tuple(f"opt{n}q{number}x" for n in range(1, 6))
    return BubbleItem(number, "Do you agree?", text, options, f"skipq{number}x")


def test_a_bubble_item_never_splits_across_pages(tmp_path):
    blocks = [Heading("Form", 1), *[bubble(n, long=n % 3 == 0) for n in range(1, 41)]]
    out = build(tmp_path, doc(blocks))
    texts = page_texts(out)
    assert len(texts) > 3
    for number in range(1, 41):
        parts = [f"q{number}x asks", *(f"opt{n}q{number}x" for n in range(1, 6)), f"skipq{number}x"]
        holding = [i for i, page in enumerate(texts) if any(p in page for p in parts)]
        assert len(holding) == 1, f"item {number} is on pages {holding}"
        assert all(p in texts[holding[0]] for p in parts)


def key_rows(path: Path) -> list[list[tuple[str, float]]]:
    """The bubble numbers of each bubble row: (digit, x centre), grouped by baseline."""
    xml = re.sub(r"<!DOCTYPE[^>]*>", "", pdftext(path, "-bbox"))
    root = ET.fromstring(xml.replace('xmlns="http://www.w3.org/1999/xhtml"', ""))
    rows: dict[float, list[tuple[str, float]]] = {}
    for word in root.iter("word"):
        digit = "".join(ch for ch in word.text or "" if unicodedata.category(ch) != "Cf")
        if len(digit) == 1 and digit.isdigit():
            x = (float(word.get("xMin")) + float(word.get("xMax"))) / 2
            rows.setdefault(round(float(word.get("yMin")), 1), []).append((digit, x))
    return [row for _, row in sorted(rows.items()) if len(row) > 2]


def test_bubbles_are_numbered_as_the_paper_entry_screen_keys_them(tmp_path):
    (row,) = key_rows(build(tmp_path, doc([bubble(1)])))
    assert [d for d, _ in sorted(row, key=lambda k: k[1])] == list("123450")  # left to right
    (row,) = key_rows(build(tmp_path, doc([bubble(1)], "ar"), "ar.pdf"))
    assert [d for d, _ in sorted(row, key=lambda k: -k[1])] == list("123450")  # from the right


def test_bubbles_of_items_with_the_same_scale_line_up(tmp_path):
    rows = key_rows(build(tmp_path, doc([bubble(n) for n in range(1, 4)])))
    assert len(rows) == 3
    columns = [[round(x, 1) for _, x in sorted(row, key=lambda k: k[1])] for row in rows]
    assert columns[0] == columns[1] == columns[2]


def test_code_questions_print_their_text(tmp_path):
    out = build(
        tmp_path, doc([CodeQuestion(1, "What is the first letter of your mother's name?", 1)])
    )
    assert "1. What is the first letter of your mother's name?" in normal(pdftext(out))


# ----------------------------------------------------------------------------- boxes


def test_a_box_never_splits_across_pages(tmp_path):
    filler = [
        Para(f"Filler paragraph {n}. " + "Some words to fill the page. " * 8) for n in range(9)
    ]
    body = tuple(Para(f"Box line b{n}x " + "with enough words to wrap " * 3) for n in range(12))
    out = build(tmp_path, doc([*filler, Box("Safety", body, "safety"), Para("After the box.")]))
    texts = page_texts(out)
    assert "Filler paragraph 8." in texts[0]  # page 1 has room left for part of the box
    holding = {i for i, page in enumerate(texts) for n in range(12) if f"b{n}x" in page}
    assert len(holding) == 1
    assert holding == {1}  # it did not fit at the bottom of page 1, so it moved whole


def test_a_box_taller_than_a_page_still_prints(tmp_path):
    body = tuple(Para(f"Long box line l{n}x " + "words " * 40) for n in range(40))
    out = build(tmp_path, doc([Box("Facilitator notes", body, "notes")]))
    text = normal(pdftext(out))
    assert pages(out) >= 2
    assert all(f"l{n}x" in text for n in range(40))


# ----------------------------------------------------------------------------- options


@pytest.mark.parametrize(("paper", "size"), [("A4", "595.276 x 841.89"), ("Letter", "612 x 792")])
def test_a4_and_letter(tmp_path, paper, size):
    out = build(tmp_path, doc([Para(EN_PARA), PageBreak(), Para("Second page.")]), paper=paper)
    info = run("pdfinfo", str(out))
    assert size in info
    assert pages(out) == 2


def test_an_unknown_paper_size_is_refused(tmp_path):
    with pytest.raises(ValueError, match="A4, Letter"):
        render([doc([Para("x")])], tmp_path / "x.pdf", paper="A5")
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_large_print_makes_body_text_at_least_16_points(tmp_path, lang):
    body = AR_PARA if lang == "ar" else EN_PARA
    blocks = [Heading("Title", 1), *(Para(body) for _ in range(3))]
    normal_sizes = font_sizes(build(tmp_path, doc(blocks, lang), "normal.pdf"))
    large_sizes = font_sizes(build(tmp_path, doc(blocks, lang), "large.pdf", large_print=True))
    body_normal = normal_sizes.most_common(1)[0][0]
    body_large = large_sizes.most_common(1)[0][0]
    assert body_normal >= 10.5
    assert body_large >= 16
    assert max(large_sizes) > max(normal_sizes)  # headings scale too
    assert min(large_sizes) >= 12  # even header, footer and labels


def test_documents_are_numbered_each_on_their_own(tmp_path):
    first = doc([Para("First document."), PageBreak(), Para("Still the first.")], footer="one")
    second = doc([Para("Second document.")], footer="two")
    out = build(tmp_path, [first, second, second])
    texts = page_texts(out)
    assert len(texts) == 4
    assert ["Page 1 of 2" in texts[0], "Page 2 of 2" in texts[1]] == [True, True]
    assert all("Page 1 of 1" in page and "Second document." in page for page in texts[2:])


def test_copies_reuse_their_pages(tmp_path):
    form = doc([bubble(n) for n in range(1, 12)])
    one = build(tmp_path, [form], "one.pdf")
    thirty = build(tmp_path, [form] * 30, "thirty.pdf")
    assert pages(thirty) == 30 * pages(one)
    assert thirty.stat().st_size < 4 * one.stat().st_size
    assert page_texts(thirty)[-1] == page_texts(one)[-1]


# ----------------------------------------------------------------------------- progress


def test_progress_is_reported_after_each_document(tmp_path):
    seen = []
    documents = [doc([Para(f"Document {n}.")]) for n in range(4)]
    render(documents, io.BytesIO(), progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (4, 4)
    assert seen == sorted(seen) and all(total == 4 for _, total in seen)


def test_cancelling_stops_and_leaves_no_file(tmp_path):
    out = tmp_path / "pack.pdf"
    out.write_bytes(b"the previous pack")
    documents = [doc([Para(f"Document {n}. " * 50), Spacer(5)]) for n in range(6)]
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Cancelled):
        render(documents, out, cancelled=cancelled)
    assert out.read_bytes() == b"the previous pack"  # untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.pdf"]  # no temporary file


def test_writing_to_a_file_object(tmp_path):
    buffer = io.BytesIO()
    assert render([doc([Para("Hello.")])], buffer) == 1
    assert buffer.getvalue().startswith(b"%PDF")
