"""The facilitator PIN: salted scrypt hash on disk, a lockout that survives restarts and
clock changes, a marker that refuses a missing PIN file, recovery codes, trivial PINs."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.pin_helpers import write_legacy_pin
from workshop_kit.records.pin import (
    FREE_TRIES,
    LOCK_SCHEDULE,
    LOCK_SECONDS,
    PinAlreadySetError,
    PinFileDamagedError,
    PinNotSetError,
    PinStore,
    lock_seconds,
)
from workshop_kit.records.pin_rules import new_pin_problem, normalise_recovery_code

PIN = "246813"


class FakeClock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def mono() -> FakeClock:
    return FakeClock(1000.0)


@pytest.fixture
def wall() -> FakeClock:
    return FakeClock(1_800_000_000.0)


def open_store(tmp_path, mono, wall) -> PinStore:
    return PinStore(tmp_path / "pin.json", clock=mono, wall_clock=wall)


@pytest.fixture
def pins(tmp_path, mono, wall) -> PinStore:
    store = open_store(tmp_path, mono, wall)
    store.set_pin(PIN)
    return store


def wait(seconds: float, *clocks: FakeClock) -> None:
    for clock in clocks:
        clock.now += seconds


def test_default_file_is_in_the_user_data_folder(user_data):
    assert PinStore().path == user_data / "pin.json"
    assert PinStore().status() == "unset" and not PinStore().is_set()


def test_only_salted_scrypt_hashes_are_stored(tmp_path):
    first, second = PinStore(tmp_path / "a.json"), PinStore(tmp_path / "b.json")
    code = first.set_pin(PIN)
    second.set_pin(PIN)
    a = json.loads(first.path.read_text(encoding="utf-8"))
    b = json.loads(second.path.read_text(encoding="utf-8"))
    assert PIN not in first.path.read_text(encoding="utf-8")
    assert len(bytes.fromhex(a["salt"])) == 16
    assert (a["n"], a["r"], a["p"]) == (2**14, 8, 1)
    assert a["salt"] != b["salt"] and a["hash"] != b["hash"]
    assert first.is_set() and first.has_recovery_code()
    for marker in first.marker_paths:
        text = marker.read_text(encoding="utf-8")
        assert normalise_recovery_code(code) not in text and code not in text and PIN not in text
    assert [p.name for p in tmp_path.rglob("*.tmp")] == []


def test_the_recovery_code_is_twelve_characters_in_three_groups(pins, tmp_path):
    code = PinStore(tmp_path / "other.json").set_pin(PIN)
    groups = code.split("-")
    assert [len(g) for g in groups] == [4, 4, 4]
    assert normalise_recovery_code(code.lower().replace("-", " ")) == code.replace("-", "")


@pytest.mark.parametrize(
    ("pin", "reason"),
    [
        ("2468", "format"),  # 4 digits: only kept from earlier versions
        ("123456789", "format"),
        ("12a456", "format"),
        ("", "format"),
        ("000000", "repeated"),
        ("777777", "repeated"),
        ("121212", "repeated"),
        ("123123", "repeated"),
        ("12341234", "repeated"),
        ("123456", "sequence"),
        ("012345", "sequence"),
        ("987654", "sequence"),
        ("890123", "sequence"),
        ("12345678", "sequence"),
        ("147258", "common"),
        ("159753", "common"),
        ("112233", "common"),
        ("١٢٣٤٥٦", "sequence"),  # Arabic-Indic digits are the same digits
    ],
)
def test_trivial_and_short_pins_are_refused(tmp_path, pin, reason):
    assert new_pin_problem(pin) == reason
    store = PinStore(tmp_path / "pin.json")
    with pytest.raises(ValueError, match="PIN"):
        store.set_pin(pin)
    assert store.status() == "unset"


@pytest.mark.parametrize("pin", ["246813", "13572468", "٢٤٦٨١٣", "905217"])
def test_six_to_eight_digit_pins_are_accepted(tmp_path, pin):
    assert new_pin_problem(pin) is None
    store = PinStore(tmp_path / "pin.json")
    store.set_pin(pin)
    assert store.verify(pin).ok


def test_right_and_wrong_pins(pins):
    assert pins.verify(PIN).ok
    check = pins.verify("135791")
    assert (check.status, check.tries_left) == ("wrong", 4)
    assert not check.ok


def test_arabic_indic_digits_are_the_same_pin(pins):
    assert pins.verify("٢٤٦٨١٣").ok
    assert pins.verify("۲۴۶۸۱۳").ok


def test_verify_before_any_pin_is_set_is_an_error(tmp_path):
    with pytest.raises(PinNotSetError):
        PinStore(tmp_path / "pin.json").verify("1234")


def test_a_4_digit_pin_from_an_earlier_version_keeps_working_and_gets_a_marker(tmp_path):
    write_legacy_pin(tmp_path / "pin.json", "2468")
    store = PinStore(tmp_path / "pin.json")
    assert store.verify("2468").ok
    assert all(marker.exists() for marker in store.marker_paths)
    assert not store.has_recovery_code()
    (tmp_path / "pin.json").unlink()
    assert store.status() == "damaged"  # from now on deleting it is noticed


def test_an_earlier_pin_can_be_given_a_recovery_code(tmp_path):
    write_legacy_pin(tmp_path / "pin.json", "2468")
    store = PinStore(tmp_path / "pin.json")
    assert store.issue_recovery_code("1111") is None
    code = store.issue_recovery_code("2468")
    assert code and store.has_recovery_code()
    assert store.verify("2468").ok
    assert store.recover(code, PIN) is not None and store.verify(PIN).ok


def test_setting_a_pin_when_one_is_set_is_refused(pins):
    with pytest.raises(PinAlreadySetError):
        pins.set_pin("13572468")
    assert pins.verify(PIN).ok


def test_changing_the_pin_needs_the_old_one(pins):
    assert pins.change_pin("135791", "13572468").status == "wrong"
    assert pins.verify("13572468").status == "wrong"
    assert pins.change_pin(PIN, "13572468").ok
    assert pins.verify("13572468").ok
    assert pins.verify(PIN).status == "wrong"
    assert pins.is_set() and pins.has_recovery_code()


def test_a_trivial_new_pin_is_refused_before_a_try_is_spent(pins):
    with pytest.raises(ValueError):
        pins.change_pin("000000", "111111")
    assert pins.verify("135791").tries_left == 4  # the refused change counted nothing


# ----------------------------------------------------------------------- lockout
def test_the_lockout_schedule():
    assert [lock_seconds(n) for n in range(1, 11)] == [
        0,
        0,
        0,
        0,
        60,
        300,
        900,
        3600,
        3600,
        3600,
    ]
    assert (FREE_TRIES, LOCK_SCHEDULE, LOCK_SECONDS) == (5, (60, 300, 900, 3600), 60)


def test_five_wrong_tries_lock_for_a_minute_even_against_the_right_pin(pins, mono, wall):
    results = [pins.verify("000000") for _ in range(5)]
    assert [r.tries_left for r in results[:4]] == [4, 3, 2, 1]
    assert (results[4].status, results[4].seconds_left) == ("locked", 60)

    wait(59.2, mono, wall)
    still = pins.verify(PIN)
    assert (still.status, still.seconds_left) == ("locked", 1)

    wait(1, mono, wall)
    assert pins.verify(PIN).ok


def test_each_further_wrong_try_locks_longer(pins, mono, wall):
    for _ in range(5):
        pins.verify("000000")
    locks = []
    for _ in range(4):
        wait(pins.seconds_locked(), mono, wall)
        assert pins.seconds_locked() == 0
        locks.append(pins.verify("000000").seconds_left)
    assert locks == [300, 900, 3600, 3600]


def test_a_right_pin_resets_the_count_of_wrong_tries(pins, mono, wall):
    for _ in range(6):
        wait(pins.seconds_locked(), mono, wall)
        pins.verify("000000")
    wait(pins.seconds_locked(), mono, wall)
    assert pins.verify(PIN).ok
    assert pins.verify("000000").tries_left == 4


def test_the_lock_survives_a_restart(tmp_path, pins, mono, wall):
    for _ in range(5):
        pins.verify("000000")
    wait(20, mono, wall)
    again = open_store(tmp_path, mono, wall)  # the app started again, or the CLI
    assert again.seconds_locked() == 40
    assert again.verify(PIN).status == "locked"
    wait(40, mono, wall)
    assert again.verify("000000").seconds_left == 300  # the count was kept too


def test_wrong_tries_before_the_lock_survive_a_restart(tmp_path, pins, mono, wall):
    for _ in range(4):
        pins.verify("000000")
    assert open_store(tmp_path, mono, wall).verify("000000").status == "locked"


def test_setting_the_clock_forward_does_not_end_the_lock(pins, mono, wall):
    for _ in range(5):
        pins.verify("000000")
    wait(10 * 3600, wall)  # the desktop clock moved on ten hours; 30 s really passed
    wait(30, mono)
    assert pins.seconds_locked() == 30
    assert pins.verify(PIN).status == "locked"


def test_setting_the_clock_back_restarts_the_lock(tmp_path, pins, mono, wall):
    for _ in range(5):
        pins.verify("000000")
    wait(50, mono, wall)
    wall.now -= 3600
    assert pins.seconds_locked() == 60
    wait(30, mono, wall)
    assert open_store(tmp_path, mono, wall).seconds_locked() == 30  # then counts down


def test_after_a_reboot_the_wall_clock_counts(tmp_path, pins, mono, wall):
    for _ in range(5):
        pins.verify("000000")
    mono.now = 5.0  # the monotonic clock starts again at boot
    wait(45, wall)
    assert open_store(tmp_path, mono, wall).seconds_locked() == 15


def test_a_damaged_lock_counts_as_locked(pins, mono, wall):
    data = json.loads(pins.path.read_text(encoding="utf-8"))
    data["lock"] = {"failures": "many"}
    pins.path.write_text(json.dumps(data), encoding="utf-8")
    assert pins.verify(PIN).status == "locked"
    wait(60, mono, wall)
    assert pins.verify(PIN).ok


# ----------------------------------------------------------------------- damaged files
@pytest.mark.parametrize("damage", ["delete", "garbage", "empty"])
def test_a_missing_or_damaged_pin_file_is_refused_not_replaced(pins, damage):
    if damage == "delete":
        pins.path.unlink()
    else:
        pins.path.write_text("{not json" if damage == "garbage" else "", encoding="utf-8")
    assert pins.status() == "damaged" and not pins.is_set() and pins.is_damaged()
    with pytest.raises(PinFileDamagedError):
        pins.verify(PIN)
    with pytest.raises(PinFileDamagedError):
        pins.set_pin("13572468")
    assert pins.seconds_locked() == 0


def test_the_marker_copy_beside_the_workshops_is_enough(pins):
    primary, copy = pins.marker_paths
    assert copy.parent.name == "workshops" and copy.name.startswith(".")
    pins.path.unlink()
    primary.unlink()
    assert pins.status() == "damaged"


def test_a_pin_file_from_elsewhere_is_refused(tmp_path, pins):
    other = PinStore(tmp_path / "elsewhere" / "pin.json")
    other.set_pin("13572468")
    shutil.copyfile(other.path, pins.path)
    assert pins.status() == "damaged"
    with pytest.raises(PinFileDamagedError):
        pins.verify("13572468")


def test_the_recovery_code_sets_a_new_pin_once(tmp_path, mono, wall):
    store = open_store(tmp_path, mono, wall)
    code = store.set_pin(PIN)
    store.path.unlink()
    assert store.recover("ABCD-EFGH-JKMN", "13572468") is None
    assert store.status() == "damaged"
    with pytest.raises(ValueError):
        store.recover(code, "123456")  # still no trivial PIN
    next_code = store.recover(code.lower(), "13572468")
    assert next_code and next_code != code
    assert store.is_set() and store.verify("13572468").ok
    assert store.recover(code, "905217") is None  # a used code stops working
    assert store.recover(next_code, "905217") is not None


def test_a_forgotten_pin_is_replaced_with_the_recovery_code_even_when_locked(tmp_path, mono, wall):
    store = open_store(tmp_path, mono, wall)
    code = store.set_pin(PIN)
    for _ in range(5):
        store.verify("000000")
    assert store.recover(code, "13572468")
    assert store.verify("13572468").ok  # the new PIN starts with no wrong tries


def test_deleting_every_pin_file_is_not_stopped(pins):
    """Documented limit: without pin.json and both markers the app behaves as new."""
    pins.path.unlink()
    for marker in pins.marker_paths:
        marker.unlink()
    assert pins.status() == "unset"
