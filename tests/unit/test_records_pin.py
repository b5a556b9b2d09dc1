"""The facilitator PIN: salted scrypt hash on disk, and a lockout after 5 wrong tries."""

from __future__ import annotations

import json

import pytest

from workshop_kit.records.pin import LOCK_SECONDS, PinNotSetError, PinStore


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def pins(tmp_path, clock) -> PinStore:
    store = PinStore(tmp_path / "pin.json", clock=clock)
    store.set_pin("2468")
    return store


def test_default_file_is_in_the_user_data_folder(user_data):
    assert PinStore().path == user_data / "pin.json"
    assert not PinStore().is_set()


def test_only_a_salted_scrypt_hash_is_stored(tmp_path):
    first, second = PinStore(tmp_path / "a.json"), PinStore(tmp_path / "b.json")
    first.set_pin("2468")
    second.set_pin("2468")
    a = json.loads(first.path.read_text(encoding="utf-8"))
    b = json.loads(second.path.read_text(encoding="utf-8"))
    assert "2468" not in first.path.read_text(encoding="utf-8")
    assert len(bytes.fromhex(a["salt"])) == 16
    assert (a["n"], a["r"], a["p"]) == (2**14, 8, 1)
    assert a["salt"] != b["salt"] and a["hash"] != b["hash"]
    assert first.is_set()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", "", "12 34"])
def test_a_pin_is_4_to_8_digits(tmp_path, pin):
    with pytest.raises(ValueError, match="4 to 8 digits"):
        PinStore(tmp_path / "pin.json").set_pin(pin)


def test_right_and_wrong_pins(pins):
    assert pins.verify("2468").ok
    check = pins.verify("1357")
    assert (check.status, check.tries_left) == ("wrong", 4)
    assert not check.ok


def test_arabic_indic_digits_are_the_same_pin(pins):
    assert pins.verify("٢٤٦٨").ok


def test_verify_before_any_pin_is_set_is_an_error(tmp_path):
    with pytest.raises(PinNotSetError):
        PinStore(tmp_path / "pin.json").verify("1234")


def test_a_damaged_pin_file_counts_as_not_set(tmp_path):
    path = tmp_path / "pin.json"
    path.write_text("{not json", encoding="utf-8")
    assert not PinStore(path).is_set()


def test_five_wrong_tries_lock_for_a_minute_even_against_the_right_pin(pins, clock):
    results = [pins.verify("0000") for _ in range(5)]
    assert [r.tries_left for r in results[:4]] == [4, 3, 2, 1]
    assert (results[4].status, results[4].seconds_left) == ("locked", LOCK_SECONDS)

    clock.now += 59.2
    still = pins.verify("2468")
    assert (still.status, still.seconds_left) == ("locked", 1)

    clock.now += 1
    assert pins.verify("2468").ok


def test_after_a_lock_ends_there_are_five_fresh_tries(pins, clock):
    for _ in range(5):
        pins.verify("0000")
    clock.now += LOCK_SECONDS
    assert pins.verify("0000").tries_left == 4


def test_a_right_pin_resets_the_count_of_wrong_tries(pins):
    for _ in range(4):
        pins.verify("0000")
    assert pins.verify("2468").ok
    assert pins.verify("0000").tries_left == 4


def test_setting_a_new_pin_replaces_the_old_one(pins):
    pins.set_pin("13572468")
    assert pins.verify("13572468").ok
    assert pins.verify("2468").status == "wrong"
