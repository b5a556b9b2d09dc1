"""The ``workshop-kit`` command. With no verb it opens the app.

Verbs:
    validate [PATH ...]   check curricula; prints ``file:line: message`` per problem
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from workshop_kit import __version__

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workshop-kit",
        description="Offline toolkit for community workshops on gender-based violence "
        "and gender equality. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"workshop-kit {__version__}")
    verbs = parser.add_subparsers(dest="verb", metavar="COMMAND")

    gui = verbs.add_parser("gui", help="open the app (the default)")
    gui.add_argument("--lang", choices=("en", "ar"), help="interface language for this run")
    gui.add_argument(
        "--smoke",
        action="store_true",
        help="open the main window, print 'main window shown' and quit "
        "(for checking an installation)",
    )

    validate = verbs.add_parser(
        "validate",
        help="check curricula and print file:line: message for each problem",
        description="Check curricula. With no PATH: the bundled curricula and your own. "
        "A PATH is a curriculum folder or a folder of curricula. Exit status 1 when any "
        "problem is found (warnings included), 0 when all is well.",
    )
    validate.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    return parser


def _validate(folders: Sequence[Path]) -> int:
    from workshop_kit.content.library import ContentRoot, default_roots, load_library

    if folders:
        missing = [f for f in folders if not f.exists()]
        if missing:
            for folder in missing:
                print(f"workshop-kit validate: no such folder: {folder}", file=sys.stderr)
            return 2
        # A curriculum may name instruments kept beside it or bundled with the toolkit.
        roots = [ContentRoot(f, bundled=False) for f in folders]
        near = [f.parent for f in folders] + [r.path for r in default_roots() if r.bundled]
        library = load_library(roots, instrument_folders=near)
    else:
        library = load_library()
    for problem in sorted(library.problems, key=lambda p: (str(p.path), p.line)):
        print(problem)
    sessions = sum(len(c.sessions) for c in library.curricula)
    errors, warnings = len(library.errors), len(library.problems) - len(library.errors)
    summary = (
        f"{len(library.curricula)} curricula ({sessions} sessions) and "
        f"{len(library.instruments)} instruments loaded, "
        f"{len(library.failed)} failed; {errors} errors, {warnings} warnings"
    )
    print(summary, file=sys.stderr)
    if not library.curricula and not library.problems:
        print("workshop-kit validate: no curriculum.yaml found", file=sys.stderr)
        return 1
    return 1 if library.problems else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    if args.verb == "validate":
        return _validate(args.paths)
    from workshop_kit.ui.app import run_app  # Qt is loaded only for the GUI

    return run_app(ui_language=getattr(args, "lang", None), smoke=getattr(args, "smoke", False))
