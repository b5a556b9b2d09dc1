"""A small sealed file beside the listing index for what the app derived from the data
(the Results last shown: ``analysis.results_cache``).

One AES-256-GCM box under a key derived (HKDF) from the master private key with the box's
own context, so it opens only after the unlock and no other box's key opens it. Written
as a new file readable by this user only, with day-only times, renamed over the old; never
synced (what it holds is rebuilt from the data when it is lost). Deleting a workshop
removes it (``WorkshopStore.delete_workshop``), so nothing derived from a deleted
workshop outlives it, even sealed.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from workshop_kit.fileio import remove_quietly, write_temp
from workshop_kit.records.crypto import CryptoError, decrypt, encrypt
from workshop_kit.records.envelope import set_day_only_times
from workshop_kit.records.vault import LockedError

__all__ = ["RESULTS_BOX", "SealedBox"]

log = logging.getLogger(__name__)

#: the file name (and key context) of the Results last shown
RESULTS_BOX = ".results-cache.sealed"


class SealedBox:
    """One sealed file ``path``: AES-256-GCM under the key ``key()`` gives (raising
    ``LockedError`` while the data are locked), bound to ``aad``. The read cache keeps its
    entries in one (``read_cache``); :meth:`derived` makes one with a key of its own."""

    def __init__(self, path: Path, key: Callable[[], bytes], aad: bytes) -> None:
        self.path = Path(path)
        self._key = key
        self.aad = aad

    @classmethod
    def derived(cls, path: Path, master: Callable[[], bytes]) -> SealedBox:
        """A box whose key is derived (HKDF) from the master private key ``master()``
        gives, with the file's name as context: no other box's key opens it."""
        context = b"workshop-kit box v1 " + Path(path).name.encode()

        def key() -> bytes:
            return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=context).derive(
                master()
            )

        return cls(path, key, context)

    def load(self) -> bytes | None:
        """What :meth:`save` wrote; None when there is none, or it does not open (damaged,
        another laptop's keys, locked)."""
        try:
            blob = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            log.info("%s not read: %s", self.path.name, type(error).__name__)
            return None
        try:
            return decrypt(self._key(), blob, self.aad)
        except (CryptoError, LockedError) as error:
            log.info("%s not used (%s)", self.path.name, error)
            return None

    def save(self, plain: bytes) -> bool:
        """Write ``plain`` sealed: a new file of its own (two writers may finish at once;
        the last rename wins, whole), readable by this user only, day-only times, no
        sync. False when it could not be written."""
        tmp: Path | None = None
        try:
            sealed = encrypt(self._key(), plain, self.aad)
            self.path.parent.mkdir(exist_ok=True)
            tmp = write_temp(self.path, sealed, durable=False)
            set_day_only_times(tmp)
            os.replace(tmp, self.path)
            return True
        except (OSError, ValueError, CryptoError, LockedError) as error:
            log.info("%s not saved: %s", self.path.name, type(error).__name__)
            if tmp is not None:
                remove_quietly(tmp)
            return False

    def remove(self) -> None:
        leftovers = list(self.path.parent.glob(f".{self.path.name}.*.tmp"))
        for path in (self.path, *leftovers):
            try:
                path.unlink(missing_ok=True)
            except OSError as error:
                log.warning("%s not removed: %s", path.name, type(error).__name__)
