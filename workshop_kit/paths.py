"""Where things live: bundled curricula and assets, and the user's own data folder.

Bundled files are found the same way from a source checkout (top-level ``curricula/`` and
``assets/``), an installed wheel (mapped into the package as ``workshop_kit/curricula`` and
``workshop_kit/assets``) and a frozen PyInstaller build (``sys._MEIPASS``).

The user data folder comes from platformdirs; the environment variable
``WORKSHOP_KIT_DATA_DIR`` overrides it (tests and portable installs use this).

A data folder may be read-only (a locked-down laptop, a full or write-protected stick):
:func:`is_writable` tells the app so, and :func:`writable_cache_dir` then offers a
private folder in the system's temporary folder for rebuildable files.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

__all__ = [
    "DATA_DIR_ENV",
    "assets_dir",
    "bundled_curricula_dir",
    "cache_dir",
    "is_writable",
    "user_curricula_dir",
    "user_data_dir",
    "writable_cache_dir",
]

DATA_DIR_ENV = "WORKSHOP_KIT_DATA_DIR"
_APP_NAME = "workshop-kit"

_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / name)
    candidates += [_PACKAGE_DIR / name, _PACKAGE_DIR.parent / name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    # Nothing found: return the checkout location so error messages name a real path.
    return candidates[-1]


def bundled_curricula_dir() -> Path:
    """The curricula that ship with the toolkit."""
    return _bundled("curricula")


def assets_dir() -> Path:
    """Fonts, icons and images that ship with the toolkit."""
    return _bundled("assets")


def user_data_dir() -> Path:
    """The folder for this user's data (not created here)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_path  # imported late: keeps start-up lean

    return user_data_path(_APP_NAME, appauthor=False)


def user_curricula_dir() -> Path:
    """Curricula a centre adds itself, loaded next to the bundled ones."""
    return user_data_dir() / "curricula"


def cache_dir() -> Path:
    """Rebuildable files (such as the parsed-content cache); safe to delete."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override) / "cache"
    from platformdirs import user_cache_path

    return user_cache_path(_APP_NAME, appauthor=False)


def is_writable(folder: Path) -> bool:
    """Whether files can be created in ``folder`` (made first if missing).

    Tries for real (a temporary file, removed at once): permission bits say nothing
    about a read-only mount, a full disk or an administrator's policy."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-test-"):
            pass
    except OSError:
        return False
    return True


_fallback_caches: dict[Path, Path] = {}


def writable_cache_dir() -> Path:
    """:func:`cache_dir`, or when it cannot be written a private temporary folder (the
    same one for the rest of this run): previews and the content cache still work."""
    wanted = cache_dir()
    if wanted in _fallback_caches:
        return _fallback_caches[wanted]
    if is_writable(wanted):
        return wanted
    fallback = Path(tempfile.mkdtemp(prefix=f"{_APP_NAME}-cache-"))
    _fallback_caches[wanted] = fallback
    return fallback
