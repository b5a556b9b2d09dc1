"""A workshop's save journal: one durable append per new response, instead of a rewrite.

Rewriting a whole workshop file for each response costs two fsyncs, three renames and a
hard link; appending one entry to ``<id>.journal`` beside ``<id>.json`` costs one
``fdatasync`` (and, for a process's first append to the journal, one fsync of the folder).
Readers see the main file plus its journal (``DurableStorage.read``,
``SealedStorage.sealed_document``); the journal is *folded* into the main file (one
normal durable rewrite, then the journal is removed) at every other write: closing,
editing, the fold pass after an unlock, an import; and when it reaches ``FOLD_AT``
entries, where the save that folds it empties it instead (``reset``: truncated to
nothing, after the rewrite's folder fsync), so the next save appends to a file whose
name is already durable and needs no fsync of the folder again.

The file::

    magic | entry 0 | entry 1 | ...        entry n = length (4 bytes, big-endian) | blob

A plain store's blob is CRC-32 (4 bytes) | the JSON of one response document; a sealed
store's blob is AES-256-GCM under the laptop's storage key (as the main file's outer
box), with ``SEALED_MAGIC``, the workshop id and ``n`` as associated data, of the JSON
``{"id": record id, "record": sealed record}`` (the record itself sealed to the
workshop's public keys, as the kiosk always did). So an entry moved to another position,
another workshop or another laptop, or changed in any byte, does not open.

* **A torn tail** (a crash in the middle of an append: the bytes after the last whole
  entry are too few for the length they give, or too few for a length) was never
  acknowledged: it is ignored with a log line, and the next append overwrites it.
* **A damaged entry** (a whole entry that does not open, anywhere) is a damaged file:
  ``JournalDamagedError``, which the start-up check handles (``recovery``): the journal
  is copied to ``quarantine/`` as it is, and rewritten with the entries that still open
  (each entry opens on its own, so one bad entry loses only itself).
* **Ids are unique**: a crash after the fold's rewrite but before the journal is removed
  leaves entries that are also in the main file; readers drop them (``known``).

The journal has no backups of its own: it only ever grows by appends (nothing in it is
overwritten but a torn tail), and the main file's backups hold everything folded before.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import struct
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from workshop_kit.fileio import fsync_folder, remove_quietly, write_temp
from workshop_kit.records.crypto import CryptoError, decrypt, encrypt
from workshop_kit.records.errors import DamagedFileError, disk_error

__all__ = [
    "FOLD_AT",
    "MAGIC",
    "SEALED_MAGIC",
    "Codec",
    "Journal",
    "JournalDamagedError",
    "JournalState",
    "journal_path",
    "plain_codec",
    "sealed_codec",
]

log = logging.getLogger("workshop_kit.records")

MAGIC = b"WKJOURNAL1\n"  # a plain store's journal
SEALED_MAGIC = b"WKSEALEDJ1\n"  # a sealed store's
SUFFIX = ".journal"
#: A journal this long is folded into its main file at the next save. Small on purpose:
#: a journal is in save order, and a copy of the folder should show the order of no more
#: saves than the file's own backups (``storage.KEEP_BACKUPS`` earlier versions) did
#: before there was a journal (docs/security.md, "What the journal reveals").
FOLD_AT = 3
_LENGTH = struct.Struct(">I")
_MAX_ENTRY = 16 * 1024 * 1024


def journal_path(path: Path) -> Path:
    """The journal of the workshop file (or backup) ``path``: ``<stem>.journal`` beside it."""
    return path.with_suffix(SUFFIX)


@dataclass(frozen=True)
class Codec:
    """How an entry's payload becomes its blob and back (``open`` raises ``ValueError``)."""

    seal: Callable[[int, bytes], bytes]
    open: Callable[[int, bytes], bytes]
    magic: bytes = MAGIC


def plain_codec() -> Codec:
    """A plain store's entries: a CRC-32 against damage (plain files have no key)."""

    def seal(_seq: int, payload: bytes) -> bytes:
        return _LENGTH.pack(zlib.crc32(payload)) + payload

    def open_(_seq: int, blob: bytes) -> bytes:
        if len(blob) < 4 or _LENGTH.unpack(blob[:4])[0] != zlib.crc32(blob[4:]):
            raise ValueError("its checksum does not match")
        return blob[4:]

    return Codec(seal, open_)


def sealed_codec(storage_key: bytes, workshop_id: str) -> Codec:
    """A sealed store's entries: AES-256-GCM under the storage key, bound to the
    workshop and to the entry's position."""
    prefix = SEALED_MAGIC + workshop_id.encode("ascii") + b"\n"

    def seal(seq: int, payload: bytes) -> bytes:
        return encrypt(storage_key, payload, prefix + str(seq).encode("ascii"))

    def open_(seq: int, blob: bytes) -> bytes:
        try:
            return decrypt(storage_key, blob, prefix + str(seq).encode("ascii"))
        except CryptoError:
            raise ValueError("its authentication tag does not match") from None

    return Codec(seal, open_, SEALED_MAGIC)


class JournalDamagedError(DamagedFileError):
    """A whole entry of a journal does not open: the journal was changed or damaged.
    ``good`` holds the payloads of the entries that do open, in order."""

    def __init__(self, message: str, journal: Journal, good: list[bytes]) -> None:
        super().__init__(message)
        self.path = journal.path
        self.journal = journal
        self.good = good


@dataclass(frozen=True)
class JournalState:
    """What a read found: the payloads in order, where the next entry goes, and the
    journal's signature (``()`` when there is no journal)."""

    payloads: tuple[bytes, ...]
    end: int
    signature: tuple[int, ...]


EMPTY = JournalState((), 0, ())


def signature_of(path: Path) -> tuple[int, ...]:
    """(inode, size) of a journal, ``()`` if there is none. Appends only grow it, and a
    fold removes it, so this changes with every change the store makes."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return ()
    return (st.st_ino, st.st_size)


_MIDNIGHT: list = [None, 0.0]  # (day, its local midnight as a timestamp)


def _midnight() -> float:
    today = date.today()
    if _MIDNIGHT[0] != today:
        _MIDNIGHT[:] = [today, datetime.combine(today, time()).timestamp()]
    return _MIDNIGHT[1]


_UTIME_FD = hasattr(os, "utime") and os.utime in os.supports_fd
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


class Journal:
    """The journal beside one workshop file."""

    def __init__(self, main: Path, codec: Codec) -> None:
        self.path = journal_path(main)
        self.codec = codec
        # The inode of the journal whose name in the folder is known to be durable: this
        # object fsynced the folder while that journal existed (its first append,
        # ``rewrite``, or the fold before ``reset``). An append to any other journal
        # also fsyncs the folder, so an entry never hangs on a name that a power cut
        # could take back (a journal left by a process killed before its folder fsync,
        # or made again after someone else removed it).
        self._named: int | None = None

    def read(self) -> JournalState:
        """Every entry that opens; ``JournalDamagedError`` if a whole entry does not.
        A torn tail is left out (with a log line)."""
        try:
            with open(self.path, "rb") as handle:
                data = handle.read()
                st = os.fstat(handle.fileno())
        except FileNotFoundError:
            return EMPTY
        except OSError as error:
            raise disk_error(error, self.path) from error
        signature = (st.st_ino, st.st_size)
        magic = self.codec.magic
        if len(data) < len(magic):
            if magic.startswith(data):  # created, and the crash came before the first entry
                if data:
                    log.warning("%s: an unfinished first entry was left out", self.path.name)
                return JournalState((), 0, signature)
            raise JournalDamagedError(f"{self.path}: not a journal", self, [])
        if not data.startswith(magic):
            raise JournalDamagedError(f"{self.path}: not a journal", self, [])
        payloads: list[bytes] = []
        bad: list[int] = []
        offset = len(magic)
        seq = 0
        while offset < len(data):
            if len(data) - offset < _LENGTH.size:
                break  # torn: part of a length
            (length,) = _LENGTH.unpack_from(data, offset)
            start = offset + _LENGTH.size
            if length > _MAX_ENTRY:
                bad.append(seq)
                break  # the framing is lost from here on
            if len(data) - start < length:
                break  # torn: part of an entry
            try:
                payloads.append(self.codec.open(seq, data[start : start + length]))
            except ValueError:
                bad.append(seq)
            offset = start + length
            seq += 1
        if offset < len(data) and not bad:
            log.warning(
                "%s: the last entry was not finished (a save that was cut off, never "
                "confirmed); %d whole entries kept",
                self.path.name,
                seq,
            )
        if bad:
            raise JournalDamagedError(
                f"{self.path}: entry {bad[0]} was changed or damaged "
                f"({len(payloads)} entries still open)",
                self,
                payloads,
            )
        return JournalState(tuple(payloads), offset, signature)

    def append(self, state: JournalState, payload: bytes) -> JournalState:
        """Add one entry durably after the entries of ``state`` (a read of this journal:
        a torn tail after them is overwritten). When this returns, the entry survives a
        power cut: one fdatasync, plus one fsync of the folder unless this object has
        seen this journal's name made durable (``_named``). File times are set to
        midnight (day-only, as the main file's)."""
        seq = len(state.payloads)
        blob = self.codec.seal(seq, payload)
        frame = _LENGTH.pack(len(blob)) + blob
        at = state.end
        if at == 0:  # no journal, an emptied one, or one cut off before its magic
            frame = self.codec.magic + frame
        created = not state.signature  # there was no file when it was read
        flags = os.O_WRONLY | _CLOEXEC | (os.O_CREAT | os.O_TRUNC if created else 0)
        try:
            fd = os.open(self.path, flags, 0o600)
        except OSError as error:
            raise disk_error(error, self.path) from error
        try:
            st = os.fstat(fd)
            if not created and (st.st_ino, st.st_size) != state.signature:
                raise DamagedFileError(f"{self.path}: changed by someone else during a save")
            try:
                if st.st_size > at:
                    os.ftruncate(fd, at)  # a torn tail, never confirmed
                view = memoryview(frame)
                while view:
                    written = os.pwrite(fd, view, at)
                    if written <= 0:
                        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self.path))
                    view = view[written:]
                    at += written
                if _UTIME_FD:
                    midnight = _midnight()
                    os.utime(fd, (midnight, midnight))
                getattr(os, "fdatasync", os.fsync)(fd)  # looked up here: tests count it
            except OSError as error:
                self._undo(fd, state, created)
                raise disk_error(error, self.path) from error
            except BaseException:
                self._undo(fd, state, created)
                raise
        finally:
            os.close(fd)
        if created or self._named != st.st_ino:  # (a new file may reuse an old inode)
            try:
                fsync_folder(self.path.parent)
            except OSError as error:
                self._undo_path(state, created)
                raise disk_error(error, self.path.parent) from error
            self._named = st.st_ino
        # The size is where the write ended: a longer file was cut to ``state.end`` first.
        return JournalState((*state.payloads, payload), at, (st.st_ino, at))

    def _undo(self, fd: int, state: JournalState, created: bool) -> None:
        """A failed append (a full disk) leaves the journal as it was."""
        if created:
            remove_quietly(self.path)
            return
        with contextlib.suppress(OSError):  # a torn tail at worst: ignored, overwritten
            os.ftruncate(fd, state.end)

    def _undo_path(self, state: JournalState, created: bool) -> None:
        """``_undo`` once the journal is closed (its folder would not sync)."""
        if created:
            remove_quietly(self.path)
            return
        with contextlib.suppress(OSError):
            os.truncate(self.path, state.end)

    def reset(self) -> JournalState:
        """Empty the journal but keep the file, once the main file in place holds all its
        entries: for the save that folds it (the next save then appends with one
        fdatasync, the name being durable). Call it right after the fold's fsync of the
        folder, while the journal still exists: that fsync made its name durable.

        Not synced, as ``remove`` is not: should a power cut undo the truncation, the
        entries come back and readers drop them (all are in the main file). The next
        append's fdatasync makes the empty size durable with its own entry. Truncating to
        nothing frees the old blocks, so that entry goes to new ones: on ext4 (which does
        not reuse a freed block before the truncation is committed, and writes new
        blocks before the size that covers them) a crash before its fdatasync leaves the
        old entries or the new one, never the new entry over half of the old ones. A file
        system without that order could leave such a mix: a damaged journal for the
        start-up check (quarantined, its good entries kept), never a lost confirmed save,
        as every entry but the unconfirmed new one is in the main file. Returns the state
        of the empty journal (``EMPTY`` if there was none; ``remove`` if it could not be
        truncated)."""
        try:
            os.truncate(self.path, 0)
            if _UTIME_FD:
                midnight = _midnight()
                os.utime(self.path, (midnight, midnight))
            st = os.stat(self.path)
        except FileNotFoundError:
            self._named = None
            return EMPTY
        except OSError:
            self.remove()  # as before there was a reset
            return EMPTY
        self._named = st.st_ino
        return JournalState((), 0, (st.st_ino, st.st_size))

    def remove(self) -> None:
        """Drop the journal once its entries are in the main file (not synced: should a
        power cut bring it back, its entries are all in the main file and are dropped)."""
        self._named = None
        try:
            os.unlink(self.path)
        except FileNotFoundError:
            pass
        except OSError as error:
            raise disk_error(error, self.path) from error

    def rewrite(self, payloads: Sequence[bytes]) -> None:
        """Replace the journal with these entries at once (the start-up check keeps the
        entries of a damaged journal that still open); none: the journal is removed."""
        if not payloads:
            self.remove()
            fsync_folder(self.path.parent)
            return
        self._named = None
        parts = [self.codec.magic]
        for seq, payload in enumerate(payloads):
            blob = self.codec.seal(seq, payload)
            parts += [_LENGTH.pack(len(blob)), blob]
        tmp = write_temp(self.path, b"".join(parts))
        try:
            os.utime(tmp, (_midnight(), _midnight()))
            os.replace(tmp, self.path)
        except BaseException:
            remove_quietly(tmp)
            raise
        fsync_folder(self.path.parent)
        with contextlib.suppress(OSError):
            self._named = os.stat(self.path).st_ino


def decode(payload: bytes) -> object:
    """An entry's JSON."""
    try:
        return json.loads(payload)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:  # authentic, yet bad
        raise DamagedFileError(f"a journal entry is not JSON ({error})") from None
