"""The start-up cache gives the same library as a fresh load, and notices every change."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import make_content, replace_once
from workshop_kit.content.cache import load_library_cached
from workshop_kit.content.library import ContentRoot, load_library


def roots(tmp_path):
    return [ContentRoot(tmp_path / "content", bundled=False)]


def test_cached_library_equals_a_fresh_load(tmp_path):
    make_content(tmp_path / "content")
    cache = tmp_path / "cache" / "library.json"
    first = load_library_cached(cache, roots(tmp_path))
    assert cache.is_file()
    second = load_library_cached(cache, roots(tmp_path))  # from the cache
    assert second == first == load_library(roots(tmp_path))
    course = second.curricula[0]
    assert course.sessions[0].title.get("ar") == "جلسة first"
    assert isinstance(course.sessions[0].source, Path)
    assert isinstance(course.languages, tuple)


def test_a_changed_file_is_reloaded(tmp_path):
    folder = make_content(tmp_path / "content")
    cache = tmp_path / "library.json"
    load_library_cached(cache, roots(tmp_path))
    session = folder / "sessions" / "01-first.yaml"
    replace_once(session, "en: First session", "en: First session, revised")
    stat = session.stat()
    os.utime(session, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    library = load_library_cached(cache, roots(tmp_path))
    assert library.curricula[0].sessions[0].title.get("en") == "First session, revised"


def test_problems_survive_the_cache(tmp_path):
    folder = make_content(tmp_path / "content")
    replace_once(folder / "sessions" / "01-first.yaml", "kind: opening", "kind: party")
    cache = tmp_path / "library.json"
    fresh = load_library_cached(cache, roots(tmp_path))
    cached = load_library_cached(cache, roots(tmp_path))
    assert cached.problems == fresh.problems and cached.failed == fresh.failed
    assert any("party" in p.message for p in cached.errors)


def test_damaged_cache_is_ignored_and_rewritten(tmp_path):
    make_content(tmp_path / "content")
    cache = tmp_path / "library.json"
    for junk in ("{not json", '{"key": 1}', "[]", '{"key": null, "library": 5}'):
        cache.write_text(junk, encoding="utf-8")
        library = load_library_cached(cache, roots(tmp_path))
        assert library.curricula[0].id == "test-course"
        assert json.loads(cache.read_text(encoding="utf-8"))["library"]["__type"] == "Library"


def test_start_from_the_cache_does_not_import_yaml(tmp_path):
    make_content(tmp_path / "content")
    cache = tmp_path / "library.json"
    load_library_cached(cache, roots(tmp_path))
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from workshop_kit.content.cache import load_library_cached\n"
        "from workshop_kit.content.library import ContentRoot\n"
        f"lib = load_library_cached(Path({str(cache)!r}), "
        f"[ContentRoot(Path({str(tmp_path / 'content')!r}), False)])\n"
        "assert lib.curricula[0].id == 'test-course'\n"
        "print('yaml' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
