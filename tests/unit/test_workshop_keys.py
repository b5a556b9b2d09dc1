"""Workshop keys in exports never clash or read as numbers; the code on forms carries a check
letter, stays unique in a data folder and is refused when mistyped."""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

import pytest

from tests.unit.test_exports import build_dataset, instrument  # noqa: F401  (fixture)
from workshop_kit.exports.csv_export import write_csv
from workshop_kit.exports.spss import write_sps
from workshop_kit.records import model
from workshop_kit.records.model import (
    CHECK_LETTERS,
    WorkshopCodeError,
    check_letter,
    code_prefix,
    match_workshop_code,
    workshop_code,
    workshop_key,
)

HEX = "0123456789ABCDEF"
#: Forms a spreadsheet or pandas turns into a number or a date: digits with an exponent,
#: plain or signed numbers, hex literals, infinities, days and times.
NUMBER_OR_DATE = re.compile(
    r"^[+-]?(\d+\.?\d*|\.\d+)([EeDd][+-]?\d+)?$"
    r"|^0[xX][0-9A-Fa-f]+$"
    r"|^[+-]?(inf|infinity|nan)$"
    r"|^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?$"
    r"|^\d{1,2}:\d{2}",
    re.IGNORECASE,
)
#: Ids whose first digits are the worst cases: an exponent, all digits, leading zeros.
NASTY_IDS = [
    "12e456" + "0" * 26,
    "696e79" + "1" * 26,
    "000000" + "0" * 26,
    "123456" + "7" * 26,
    "001234" + "a" * 26,
    "1e1000" + "0" * 26,
    "2024" + "0301" + "0" * 24,
]


def random_ids(n: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    return [f"{rng.getrandbits(128):032x}" for _ in range(n)] + NASTY_IDS


def test_the_number_pattern_catches_what_spreadsheets_turn_into_numbers():
    for looks_numeric in ("12E456", "696E79", "000123", "1e5", "0x1F", "inf", "2024-03-01"):
        assert NUMBER_OR_DATE.search(looks_numeric), looks_numeric
    assert not NUMBER_OR_DATE.search("W-12E4560000000000")


def test_neither_key_nor_code_can_read_as_a_number_or_a_date():
    for workshop_id in random_ids(5000):
        code, key = workshop_code(workshop_id), workshop_key(workshop_id)
        assert not NUMBER_OR_DATE.search(code) and code[-1] in CHECK_LETTERS, code
        assert not NUMBER_OR_DATE.search(key) and key.startswith("W-"), key


def test_keys_do_not_clash_where_six_digit_codes_did():
    ids = random_ids(9000, seed=13)
    short = [i[:6] for i in ids]
    assert len(set(short)) < len(short)  # the old codes clash at this size (the bug)
    assert len({workshop_key(i) for i in ids}) == len(ids)


def test_the_key_starts_with_the_code_without_its_check_letter():
    workshop_id = "3fa85f6457174562b3fc2c963f66afa6"
    assert workshop_key(workshop_id) == "W-3FA85F6457174562"
    assert workshop_key(workshop_id)[2:].startswith(workshop_code(workshop_id)[:-1])


def test_the_check_letter_catches_every_single_typo_and_every_swap():
    rng = random.Random(3)
    for _ in range(300):
        code = "".join(rng.choice(HEX) for _ in range(6))
        letter = check_letter(code)
        for i in range(6):
            for other in HEX:
                if other != code[i]:
                    assert check_letter(code[:i] + other + code[i + 1 :]) != letter
            for j in range(i + 1, 6):
                if code[i] != code[j]:
                    swapped = list(code)
                    swapped[i], swapped[j] = swapped[j], swapped[i]
                    assert check_letter("".join(swapped)) != letter


def test_the_check_letter_alphabet_has_no_hex_digit_nor_an_exponent():
    assert len(CHECK_LETTERS) == 17 and len(set(CHECK_LETTERS)) == 17
    assert not set(CHECK_LETTERS) & set(HEX + "EIOZ")


@pytest.mark.parametrize(
    "typed",
    [
        "3FA85FN",  # as printed, with the check letter
        "3fa85fn",
        " 3FA 85F-N ",
        "3FA85F",  # an old form printed before check letters
        "3fa85f64",  # more of the id
        "W-3FA85F6457174562",  # an export key
        "3fa85f6457174562b3fc2c963f66afa6",  # the whole id
    ],
)
def test_a_code_is_taken_with_or_without_its_check_letter(typed):
    workshop_id = "3fa85f6457174562b3fc2c963f66afa6"
    other = "3fb85f6457174562b3fc2c963f66afa6"
    assert match_workshop_code(typed, [other, workshop_id]) == [workshop_id]


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("3FA85FK", "wrong check letter"),
        ("3FA58FN", "wrong check letter"),  # two characters swapped
        ("3FA8", "too short"),
        ("ZZZZ", "not a workshop code"),
        ("", "not a workshop code"),
    ],
)
def test_a_mistyped_code_is_refused_with_a_reason(typed, says):
    with pytest.raises(WorkshopCodeError, match=says) as caught:
        code_prefix(typed)
    assert caught.value.wrong_check == (says == "wrong check letter")


def test_a_shared_code_matches_both_workshops():
    a = "3fa85f6457174562b3fc2c963f66afa6"
    b = "3fa85f0000000000b3fc2c963f66afa6"
    assert match_workshop_code("3FA85FN", [a, b]) == sorted([a, b])
    assert match_workshop_code(workshop_key(a), [a, b]) == [a]


def test_creating_a_workshop_never_reuses_a_code_in_the_folder(user_data, monkeypatch):
    from workshop_kit.records import store as store_module
    from workshop_kit.records.store import WorkshopStore

    store = WorkshopStore(user_data / "workshops")
    fields = dict(
        curriculum_id="equal-voices",
        session_ids=("gender-and-power",),
        site="East Amman centre",
        day="2026-03-02",
        language="en",
        facilitator_initials="AB",
        expected_participants=12,
    )
    first = store.create_workshop(**fields)
    clash = first.id[:6] + "0" * 26
    fresh = iter([clash, clash, "abcdef" + "1" * 26])
    monkeypatch.setattr(store_module, "new_id", lambda: next(fresh))
    second = store.create_workshop(**fields)
    assert second.id == "abcdef" + "1" * 26
    assert second.code != first.code
    assert len({w.code for w in store.list_workshops()}) == 2


def test_the_model_is_the_one_home_of_the_key():
    assert model.WORKSHOP_KEY_LENGTH == len(workshop_key("0" * 32)) == 18


# ----------------------------------------------------------------------------- exports


def _nasty_dataset(instrument):  # noqa: F811
    """The test data set, with workshop ids that start like numbers."""
    from dataclasses import replace

    from workshop_kit.analysis.dataset import Row

    dataset = build_dataset(instrument)
    new_ids = dict(zip([w.id for w in dataset.workshops], NASTY_IDS, strict=False))
    workshops = {w.id: replace(w, id=new_ids[w.id]) for w in dataset.workshops}
    rows = tuple(
        Row(
            workshops[row.workshop.id],
            replace(row.response, workshop_id=new_ids[row.workshop.id]),
            row.pair,
        )
        for row in dataset.rows
    )
    return replace(dataset, workshops=tuple(workshops.values()), rows=rows)


def _keys_in_csv(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [row["workshop"] for row in csv.DictReader(handle)]


def test_csv_keys_are_text_that_no_reader_turns_into_a_number(instrument, tmp_path):  # noqa: F811
    dataset = _nasty_dataset(instrument)
    path = tmp_path / "responses.csv"
    write_csv(dataset, instrument, path)
    keys = _keys_in_csv(path)
    assert set(keys) == {w.key for w in dataset.workshops}
    assert {"W-12E4560000000000", "W-696E791111111111"} <= set(keys)
    assert not [k for k in keys if NUMBER_OR_DATE.search(k)]


def test_pandas_reads_the_csv_keys_as_the_same_text(instrument, tmp_path):  # noqa: F811
    pandas = pytest.importorskip("pandas")
    dataset = _nasty_dataset(instrument)
    path = tmp_path / "responses.csv"
    write_csv(dataset, instrument, path)
    frame = pandas.read_csv(path, encoding="utf-8-sig")
    assert frame["workshop"].map(type).eq(str).all()
    assert list(frame["workshop"]) == _keys_in_csv(path)


def test_xlsx_keys_are_string_cells(instrument, tmp_path):  # noqa: F811
    from openpyxl import load_workbook

    from workshop_kit.analysis.summary import summarise
    from workshop_kit.exports.xlsx_export import write_xlsx

    dataset = _nasty_dataset(instrument)
    path = tmp_path / "r.xlsx"
    write_xlsx(dataset, instrument, summarise(dataset, instrument, k=3), path)
    sheet = load_workbook(path)["responses"]
    header = [c.value for c in sheet[1]]
    column = header.index("workshop") + 1
    cells = [sheet.cell(row=r, column=column) for r in range(2, sheet.max_row + 1)]
    assert cells and all(c.data_type == "s" for c in cells)
    assert {c.value for c in cells} == {w.key for w in dataset.workshops}


def test_spss_reads_the_key_as_a_string_as_long_as_the_key(instrument, tmp_path):  # noqa: F811
    path = tmp_path / "r.sps"
    write_sps(instrument, path, csv_name="r.csv")
    text = path.read_text(encoding="utf-8")
    assert re.search(r"^\s+workshop A18$", text, re.MULTILINE)


def test_a_stray_json_file_in_the_folder_does_not_stop_a_new_workshop(tmp_path):
    from workshop_kit.records.store import WorkshopStore

    folder = tmp_path / "workshops"
    folder.mkdir()
    (folder / "notes from the centre.json").write_text("{}", encoding="utf-8")
    store = WorkshopStore(folder)
    workshop = store.create_workshop(
        curriculum_id="equal-voices",
        session_ids=("gender-and-power",),
        site="Zarqa",
        day="2026-11-30",
        language="ar",
        expected_participants=10,
    )
    assert store.get_workshop(workshop.id).site == "Zarqa"
