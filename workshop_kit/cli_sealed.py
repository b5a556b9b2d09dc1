"""The sealed data folder on the command line: the unlock code and the lead's key.

Every verb that reads or changes survey data (``export``, ``import``, a ``pack`` or form
for a named workshop) opens the data folder as the app does (``records.protection``):
sealed, and unlocked with the facilitator's unlock code, typed at a hidden prompt
("Unlock code: ") or sent as the first line of standard input with ``--unlock-stdin``.
A folder without keys yet is refused: the app sets up the unlock code on its first start.

Standard input, when a command reads several secrets from it, holds one per line in the
order they are needed: the unlock code, then the facilitator PIN, then the lead key's
passphrase (each only when its ``--...-stdin`` option is given).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

__all__ = [
    "NOT_SET_UP",
    "STDIN_ORDER",
    "Refused",
    "add_unlock_option",
    "open_store",
    "read_lead_key",
    "read_secret",
]

NOT_SET_UP = "open Workshop Kit once to set up the unlock code"
STDIN_ORDER = (
    "Several secrets on standard input come one per line in this order: the unlock code, "
    "the facilitator PIN, the lead key's passphrase."
)


class Refused(Exception):
    """The data could not be opened; the message says why. ``status`` is the exit status."""

    def __init__(self, message: str, status: int = 2) -> None:
        super().__init__(message)
        self.status = status


def add_unlock_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--unlock-stdin",
        action="store_true",
        help="read the unlock code from standard input (its first line)",
    )


def read_secret(from_stdin: bool, prompt: str, what: str, option: str) -> str:
    """One secret: a line of standard input, or typed at a hidden prompt (``_read_pin``'s
    rules: no terminal, Ctrl+C and Ctrl+D end the command with ``PromptEnded``)."""
    from workshop_kit.cli_data import PromptEnded

    if from_stdin:
        line = sys.stdin.readline() if sys.stdin is not None else ""
        if not line.strip():
            raise PromptEnded(f"no {what} on standard input")
        return line.strip()
    import getpass
    import warnings

    no_terminal = f"no terminal to type the {what} at; send it on standard input with {option}"
    if sys.platform == "win32" and not (sys.stdin and sys.stdin.isatty()):
        raise PromptEnded(no_terminal)
    with warnings.catch_warnings():
        warnings.simplefilter("error", getpass.GetPassWarning)
        try:
            return getpass.getpass(prompt)
        except getpass.GetPassWarning:
            raise PromptEnded(no_terminal) from None
        except EOFError:
            print(file=sys.stderr)
            raise PromptEnded(f"no {what} given", 130) from None
        except KeyboardInterrupt:
            print(file=sys.stderr)
            raise PromptEnded("cancelled", 130) from None


def open_store(args: argparse.Namespace):
    """The data folder's sealed store, unlocked (``Refused`` or ``PromptEnded``)."""
    from workshop_kit.logs import redact_also
    from workshop_kit.records.crypto import CryptoError
    from workshop_kit.records.keys import WrongSecretError
    from workshop_kit.records.protection import open_protected

    try:
        protected = open_protected()
    except CryptoError as error:
        raise Refused(f"the keys of this data folder cannot be read ({error})", 1) from None
    if protected is None:
        raise Refused(NOT_SET_UP)
    code = read_secret(
        getattr(args, "unlock_stdin", False), "Unlock code: ", "unlock code", "--unlock-stdin"
    )
    redact_also(code)  # whatever is logged later, never this
    try:
        protected.vault.unlock(code)
    except WrongSecretError:
        raise Refused(
            "wrong unlock code: the data stay locked and nothing was read or changed"
        ) from None
    return protected.store


def read_lead_key(path: Path, from_stdin: bool):
    """The lead's private key from its ``.wkprivate`` file and passphrase (``Refused``)."""
    from workshop_kit.logs import redact_also
    from workshop_kit.records.crypto import CryptoError
    from workshop_kit.records.keys import WrongSecretError
    from workshop_kit.records.vault import read_lead_private

    if not path.is_file():
        raise Refused(f"no such lead key file: {path}")
    passphrase = read_secret(
        from_stdin, "Lead key passphrase: ", "lead key passphrase", "--passphrase-stdin"
    )
    redact_also(passphrase)
    try:
        return read_lead_private(path, passphrase)
    except WrongSecretError:
        raise Refused(f"the passphrase does not open {path.name}; nothing was imported") from None
    except (CryptoError, OSError, ValueError) as error:
        raise Refused(f"{path.name} is not a lead's private key file ({error})") from None
