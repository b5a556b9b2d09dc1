"""The ``workshop-kit`` command. With no verb it opens the app.

Verbs:
    validate [PATH ...]   check curricula; prints ``file:line: message`` per problem
    handout, guide        a session's participant handout or facilitator guide (PDF)
    form                  a paper survey form (PDF)
    pack                  everything a workshop needs, in one PDF
    export                survey results and data (csv, xlsx, sps, codebook, report, bundle)
    import                merge a data bundle from another laptop

Every verb ends with a one-line message, never a traceback: Ctrl+C says "interrupted"
(exit 130; files are written all at once, so nothing half-written is left), and an
unexpected error is written to the log file (``workshop_kit.logs``) and named in one line
(exit 1).

Opening the app (``gui``, or no verb) reads only this module; the other verbs' parser and
runners are in :mod:`workshop_kit.cli_verbs`.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from workshop_kit.languages import INTERFACE_LANGUAGES

__all__ = ["main"]


def _add_gui_options(gui: argparse.ArgumentParser) -> argparse.ArgumentParser:
    gui.add_argument("--lang", choices=INTERFACE_LANGUAGES, help="interface language for this run")
    gui.add_argument(
        "--smoke",
        action="store_true",
        help="open the main window, print 'main window shown' and quit "
        "(for checking an installation)",
    )
    return gui


def _gui_parser() -> argparse.ArgumentParser:
    """The ``gui`` command alone: opening the app does not wait for every command's parser."""
    parser = argparse.ArgumentParser(prog="workshop-kit gui", description="Open the app.")
    return _add_gui_options(parser)


def _plain_gui_args(words: Sequence[str]) -> argparse.Namespace | None:
    """The ``gui`` options when they are plain (``--smoke``, ``--lang`` with a known
    language), read without argparse: making a parser looks up its messages' translations
    in the system's locale folders, milliseconds before the window can show. Anything
    else (``--help``, an abbreviation, a mistake) is None: argparse answers it."""
    lang, smoke, rest = None, False, list(words)
    while rest:
        word = rest.pop(0)
        if word == "--smoke":
            smoke = True
        elif word == "--lang" and rest and rest[0] in INTERFACE_LANGUAGES:
            lang = rest.pop(0)
        elif word.startswith("--lang=") and word.partition("=")[2] in INTERFACE_LANGUAGES:
            lang = word.partition("=")[2]
        else:
            return None
    return argparse.Namespace(lang=lang, smoke=smoke)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    words = list(sys.argv[1:] if argv is None else argv)
    if not words or words[0] == "gui":  # the app: the common case, parsed on its own
        args = _plain_gui_args(words[1:])
        if args is None:
            args = _gui_parser().parse_args(words[1:])
        args.verb = "gui"
    else:
        from workshop_kit.cli_verbs import build_parser

        args = build_parser().parse_args(words)
    if args.verb in (None, "gui"):
        from workshop_kit.ui.app import run_app  # Qt is loaded only for the GUI

        return run_app(ui_language=getattr(args, "lang", None), smoke=getattr(args, "smoke", False))
    from workshop_kit.cli_verbs import run_verb
    from workshop_kit.logs import log_file, setup_logging

    setup_logging(lazy=True)
    verb = f"workshop-kit {args.verb}"
    try:
        return run_verb(args)
    except KeyboardInterrupt:
        start = "\n" if sys.stderr.isatty() else ""  # after a progress line or a ^C
        print(f"{start}{verb}: interrupted; nothing half-written was left", file=sys.stderr)
        return 130
    except Exception as error:
        logging.getLogger("workshop_kit.cli").error("%s failed", verb, exc_info=True)
        print(
            f"{verb}: unexpected error ({type(error).__name__}: {error}); details in {log_file()}",
            file=sys.stderr,
        )
        return 1
