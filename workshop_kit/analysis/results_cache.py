"""The Results last shown, kept sealed, so opening Results on unchanged data is instant.

A programme lead opens Results again and again on the same merged data. Reading 100,000
responses and working out every statistic costs a second or more each time; the figures
come out the same while nothing changed. So the Results of the last few filter choices
are kept in one sealed box (``records.sealed_box``: AES-GCM under a key from the master
private key, readable only after the unlock; removed when a workshop is deleted), each
under a key that changes with anything the figures depend on:

* the data: every workshop file's version signature (``WorkshopStore.data_version``: a
  save, an import, a fold, a restore or a copy changes it);
* the filters, the threshold ``k``, and the survey instruments the library has (id,
  version and wording: a changed survey file is a different analysis);
* this format and the app's version.

What is kept is the ``Results`` object as ``summarise`` made it: figures that passed
disclosure control, nothing more than the page shows. It is written with ``pickle`` and
read back only from a box this laptop's master key opened (authenticated encryption: only
this app wrote it), by an unpickler that builds nothing but the analysis and content
types and a few built-in ones.
"""

from __future__ import annotations

import hashlib
import io
import logging
import pickle
from collections.abc import Callable
from types import MappingProxyType

from workshop_kit import __version__
from workshop_kit.analysis.dataset import Filters
from workshop_kit.analysis.results import Results
from workshop_kit.content.library import Library
from workshop_kit.records.sealed_box import RESULTS_BOX
from workshop_kit.records.store import WorkshopStore

__all__ = ["cached_results"]

log = logging.getLogger(__name__)

FORMAT = 1
KEPT = 8  # filter choices remembered

_ALLOWED_MODULES = ("workshop_kit.analysis.", "workshop_kit.content.")
_ALLOWED_BUILTINS = {
    ("builtins", "frozenset"),
    ("builtins", "set"),
    ("builtins", "dict"),
    ("builtins", "getattr"),
    ("builtins", "float"),
    ("fractions", "Fraction"),
}
#: where a survey file was loaded from (``pathlib``; ``pathlib._local`` from Python 3.13)
_PATHS = {"PosixPath", "WindowsPath", "PurePosixPath", "PureWindowsPath"}


def _proxy(items: dict) -> MappingProxyType:
    return MappingProxyType(items)


class _Pickler(pickle.Pickler):
    def __init__(self, file: io.BytesIO, protocol: int) -> None:
        super().__init__(file, protocol=protocol)
        # read-only mappings (the content's texts) as plain dicts wrapped again on load
        self.dispatch_table = {MappingProxyType: lambda m: (_proxy, (dict(m),))}


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        if module == __name__ and name == "_proxy":
            return _proxy
        if module.startswith(_ALLOWED_MODULES) or (module, name) in _ALLOWED_BUILTINS:
            return super().find_class(module, name)
        if (module == "pathlib" or module.startswith("pathlib.")) and name in _PATHS:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"not a results type: {module}.{name}")


def _dumps(value: object) -> bytes:
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return buffer.getvalue()


def _loads(raw: bytes) -> object:
    return _Unpickler(io.BytesIO(raw)).load()


def _key(store: WorkshopStore, filters: Filters, k: int, library: Library) -> str:
    digest = hashlib.sha256()
    digest.update(f"{FORMAT} {__version__} {k} {filters!r}\n".encode())
    for instrument in sorted(library.instruments, key=lambda i: i.id):
        digest.update(f"{instrument!r}\n".encode())  # id, version and every text
    digest.update(store.data_version())
    return digest.hexdigest()


def cached_results(
    store: WorkshopStore,
    filters: Filters,
    k: int,
    library: Library,
    compute: Callable[[], Results],
) -> Results:
    """The Results for these filters: the kept ones when nothing they depend on changed
    since they were made, else ``compute()`` (kept for next time). Plain data (no keys)
    keep nothing."""
    box = store.sealed_box(RESULTS_BOX)
    if box is None:
        return compute()
    key = _key(store, filters, k, library)
    table = _table(box.load())
    found = table.get(key)
    if isinstance(found, Results):
        return found
    results = compute()
    if _key(store, filters, k, library) == key:  # nothing changed while it was computed
        table.pop(key, None)
        table[key] = results
        while len(table) > KEPT:
            table.pop(next(iter(table)))
        box.save(_dumps({"format": FORMAT, "results": table}))
    return results


def _table(raw: bytes | None) -> dict[str, object]:
    if raw is None:
        return {}
    try:
        doc = _loads(raw)
    except Exception as error:  # an unreadable box is rebuilt, whatever it held
        # the refused class's name says why; nothing else of what was read is logged
        why = str(error) if isinstance(error, pickle.UnpicklingError) else ""
        log.info("results cache not used (%s %s): it is rebuilt", type(error).__name__, why)
        return {}
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        return {}
    table = doc.get("results")
    return dict(table) if isinstance(table, dict) else {}
