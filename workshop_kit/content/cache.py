"""A start-up cache of the loaded library, so the app opens without parsing YAML.

The cache is a JSON file (never pickle: loading it cannot run code) keyed by a
fingerprint of every content file's path, size and modification time plus the toolkit
version. Any change to a file, or a cache that does not read back, means a fresh load.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from workshop_kit import __version__
from workshop_kit.content.library import ContentRoot, Library, default_roots, load_library
from workshop_kit.content.model import (
    Activity,
    Block,
    Curriculum,
    Instrument,
    Item,
    Option,
    Scale,
    Session,
    Text,
)
from workshop_kit.content.problems import Problem
from workshop_kit.fileio import atomic_write_text

__all__ = ["load_library_cached"]

_FORMAT = 2
_CLASSES = (Activity, Block, Curriculum, Instrument, Item, Library, Option, Problem, Scale, Session)
_TYPES = {cls.__name__: cls for cls in (*_CLASSES, Text)}


def _fingerprint(folders: Iterable[Path]) -> list:
    """What the cache depends on: every content file's path, size and change time."""
    key: list = [_FORMAT, __version__]
    for folder in folders:
        key.append(str(folder.resolve()))
        if folder.is_dir():
            for path in sorted(folder.rglob("*.yaml")):
                stat = path.stat()
                key.append([str(path), stat.st_size, stat.st_mtime_ns])
    return key


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        fields = {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {"__type": type(value).__name__, **fields}
    if isinstance(value, Path):
        return {"__path": str(value)}
    if isinstance(value, Mapping):
        return {"__map": {k: _encode(v) for k, v in value.items()}}
    if isinstance(value, tuple | list):
        return [_encode(v) for v in value]
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_decode(v) for v in value)
    if isinstance(value, dict):
        if "__path" in value:
            return Path(value["__path"])
        if "__map" in value:
            return {k: _decode(v) for k, v in value["__map"].items()}
        cls = _TYPES[value.pop("__type")]
        return cls(**{k: _decode(v) for k, v in value.items()})
    return value


def load_library_cached(cache_file: Path, roots: Iterable[ContentRoot] | None = None) -> Library:
    """Like :func:`load_library`, but reuses ``cache_file`` while no content file changed."""
    roots = list(default_roots() if roots is None else roots)
    key = _fingerprint(r.path for r in roots)
    try:
        stored = json.loads(cache_file.read_text(encoding="utf-8"))
        if stored.get("key") == key:
            return _decode(stored["library"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass  # missing, old or damaged: load afresh and rewrite it
    library = load_library(roots)
    with contextlib.suppress(OSError):  # a read-only data folder only costs start-up time
        text = json.dumps({"key": key, "library": _encode(library)})
        atomic_write_text(cache_file, text, durable=False)  # rebuildable: no fsync needed
    return library
