"""The Results last shown, kept sealed: used only while nothing they depend on changed,
never readable without the unlock, gone with a deleted workshop, and never trusted to
build anything but results."""

from __future__ import annotations

import dataclasses
import pickle
import stat

import pytest

from tests.unit import test_records_store as plain
from tests.unit.test_read_cache import _fresh, _workshop
from workshop_kit.analysis.dataset import Filters, load_dataset
from workshop_kit.analysis.results_cache import cached_results
from workshop_kit.analysis.summary import summarise
from workshop_kit.content.library import load_library
from workshop_kit.records.sealed_box import RESULTS_BOX
from workshop_kit.records.store import WorkshopStore

ONE_SURVEY = Filters(instrument_id="gbv-attitudes")


@pytest.fixture(scope="module")
def library():
    return load_library()


class Counted:
    """``compute`` for ``cached_results``, counting its calls."""

    def __init__(self, store, library, filters=ONE_SURVEY, k=3):
        self.store, self.library, self.filters, self.k = store, library, filters, k
        self.calls = 0

    def __call__(self):
        self.calls += 1
        dataset = load_dataset(self.store, self.filters)
        return summarise(dataset, self.library.instrument("gbv-attitudes"), k=self.k)

    def results(self):
        return cached_results(self.store, self.filters, self.k, self.library, self)


def _box_path(of: WorkshopStore):
    return of.folder / ".index" / RESULTS_BOX


def test_unchanged_data_give_the_kept_results_without_reading(store, vault, library):
    _workshop(store, close=True, people=4)
    first = Counted(store, library)
    made = first.results()
    assert first.calls == 1
    path = _box_path(store)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    raw = path.read_bytes()
    assert b"gbv-attitudes" not in raw and b"antagonising" not in raw  # sealed
    again = Counted(_fresh(store, vault), library)  # another start of the app
    kept = again.results()
    assert again.calls == 0
    assert repr(kept) == repr(made)


def test_any_change_to_the_data_filters_or_threshold_computes_again(store, vault, library):
    workshop_id = _workshop(store, close=False, people=4)
    Counted(store, library).results()
    plain.add(store, workshop_id, "post", code_answers=plain.code(9))  # a new answer
    after_save = Counted(_fresh(store, vault), library)
    after_save.results()
    assert after_save.calls == 1
    other_k = Counted(_fresh(store, vault), library, k=5)
    other_k.results()
    assert other_k.calls == 1
    other_site = Counted(
        _fresh(store, vault), library, Filters(instrument_id="gbv-attitudes", site="Elsewhere")
    )
    other_site.results()
    assert other_site.calls == 1
    same = Counted(_fresh(store, vault), library)  # the first choice is still kept
    same.results()
    assert same.calls == 0


def test_a_changed_survey_file_is_another_analysis(store, vault, library):
    _workshop(store, close=True)
    Counted(store, library).results()
    instrument = library.instrument("gbv-attitudes")
    changed = dataclasses.replace(instrument, version=instrument.version + 1)
    edited = dataclasses.replace(
        library,
        instruments=tuple(changed if i.id == instrument.id else i for i in library.instruments),
    )
    counted = Counted(_fresh(store, vault), edited)
    counted.results()
    assert counted.calls == 1


def test_deleting_a_workshop_removes_the_kept_results(store, vault, library):
    workshop_id = _workshop(store, close=True)
    Counted(store, library).results()
    assert _box_path(store).exists()
    store.delete_workshop(workshop_id)
    assert not _box_path(store).exists()


def test_locked_or_damaged_kept_results_are_not_used(store, vault, library):
    _workshop(store, close=True)
    Counted(store, library).results()
    path = _box_path(store)
    raw = bytearray(path.read_bytes())
    raw[-1] ^= 1
    path.write_bytes(bytes(raw))
    counted = Counted(_fresh(store, vault), library)
    counted.results()
    assert counted.calls == 1  # the damaged box was ignored, and written anew
    assert store.sealed_box(RESULTS_BOX).load() is not None
    vault.lock()
    assert store.sealed_box(RESULTS_BOX).load() is None  # nothing opens while locked


class _Boom:
    def __reduce__(self):
        import os

        return (os.system, ("echo pwned",))


def test_a_box_holding_anything_but_results_builds_nothing(store, vault, library, capfd):
    _workshop(store, close=True)
    box = store.sealed_box(RESULTS_BOX)
    assert box.save(pickle.dumps({"format": 1, "results": {"x": _Boom()}}))
    counted = Counted(store, library)
    results = counted.results()
    assert counted.calls == 1 and results.workshops == 1
    assert "pwned" not in capfd.readouterr().out


def test_plain_data_keep_nothing(tmp_path, library):
    plain_store = WorkshopStore(tmp_path / "workshops")
    assert plain_store.sealed_box(RESULTS_BOX) is None
    counted = Counted(plain_store, library)
    counted.results()
    counted.results()
    assert counted.calls == 2
