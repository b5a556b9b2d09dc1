from __future__ import annotations

import os

import pytest

from workshop_kit.fileio import atomic_write_text


def test_writes_and_replaces_leaving_no_temp_files(tmp_path):
    target = tmp_path / "sub" / "data.json"
    atomic_write_text(target, "one")
    atomic_write_text(target, "two ✓ عربي")
    assert target.read_text(encoding="utf-8") == "two ✓ عربي"
    assert [p.name for p in target.parent.iterdir()] == ["data.json"]


def test_a_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "data.json"
    atomic_write_text(target, "old")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        atomic_write_text(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["data.json"]
