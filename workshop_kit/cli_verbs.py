"""The ``workshop-kit`` verbs other than ``gui`` (see :mod:`workshop_kit.cli`): their
parser and what each one runs. Kept apart so that opening the app reads none of it."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from workshop_kit import __version__
from workshop_kit.cli import _add_gui_options

__all__ = ["build_parser", "run_verb"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workshop-kit",
        description="Offline toolkit for community workshops on gender-based violence "
        "and gender equality. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"workshop-kit {__version__}")
    verbs = parser.add_subparsers(dest="verb", metavar="COMMAND")
    _add_gui_options(verbs.add_parser("gui", help="open the app (the default)"))

    validate = verbs.add_parser(
        "validate",
        help="check curricula and print file:line: message for each problem",
        description="Check curricula. With no PATH: the bundled curricula and your own. "
        "A PATH is a curriculum folder or a folder of curricula. Exit status 1 when any "
        "problem is found (warnings included), 0 when all is well.",
    )
    validate.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    _add_print_verbs(verbs)
    from workshop_kit import cli_data

    cli_data.add_verbs(verbs)
    return parser


def _add_print_verbs(verbs) -> None:
    def common(parser: argparse.ArgumentParser, *, copies: str) -> None:
        parser.add_argument("--lang", default="en", help="language of the document (en, ar)")
        parser.add_argument("--paper", default="A4", help="paper size: A4 or Letter")
        parser.add_argument("--large-print", action="store_true", help="body text 16 pt or more")
        parser.add_argument("--copies", type=int, default=None, help=copies)
        parser.add_argument(
            "-o", "--output", type=Path, required=True, metavar="FILE", help="the PDF file to write"
        )
        from workshop_kit.cli_sealed import add_unlock_option

        add_unlock_option(parser)  # a named workshop is read from the sealed data

    for verb, what in (("handout", "a participant handout"), ("guide", "a facilitator guide")):
        parser = verbs.add_parser(verb, help=f"write {what} for a session (PDF)")
        parser.add_argument("--curriculum", default="equal-voices")
        parser.add_argument("--session", required=True, help="the session id, e.g. naming-violence")
        common(parser, copies="copies in the file (default 1)")
    form = verbs.add_parser("form", help="write a paper survey form (PDF)")
    form.add_argument("--instrument", default=None, help="survey id (default: the curriculum's)")
    form.add_argument("--curriculum", default="equal-voices")
    form.add_argument("--phase", choices=("before", "after"), default="before")
    form.add_argument("--workshop", default=None, help="print this workshop's code on the form")
    common(form, copies="copies in the file (default 1)")
    pack = verbs.add_parser("pack", help="write everything a workshop needs in one PDF")
    pack.add_argument("--workshop", required=True, help="the workshop id (see the Workshops page)")
    common(pack, copies="participants (default: the workshop's expected participants)")


def _print(args: argparse.Namespace) -> int:
    from workshop_kit.cli_data import output_problem

    problem = output_problem(args.output)
    if problem:
        print(f"workshop-kit {args.verb}: {problem}", file=sys.stderr)
        return 2
    from workshop_kit.cli_data import PromptEnded, UnknownWorkshop, resolve_workshop
    from workshop_kit.cli_sealed import Refused, open_store
    from workshop_kit.content.library import load_library
    from workshop_kit.pdf.render import render
    from workshop_kit.pdf.requests import PrintRequest, RequestError, documents_for
    from workshop_kit.records.store import WorkshopStore
    from workshop_kit.site import load_site

    store = WorkshopStore(memory=True)  # no workshop named: no survey data is read
    if getattr(args, "workshop", None):
        try:
            store = open_store(args)
        except (Refused, PromptEnded) as refused:
            print(f"workshop-kit {args.verb}: {refused}", file=sys.stderr)
            return refused.status

    try:
        workshop_id = resolve_workshop(store, getattr(args, "workshop", None))
    except UnknownWorkshop as exc:
        print(f"workshop-kit {args.verb}: {exc}", file=sys.stderr)
        return 2
    request = PrintRequest(
        kind=args.verb,
        lang=args.lang,
        curriculum_id=getattr(args, "curriculum", None) if args.verb != "pack" else None,
        session_id=getattr(args, "session", None),
        instrument_id=getattr(args, "instrument", None),
        phase={"before": "pre", "after": "post"}.get(getattr(args, "phase", "") or "", "pre"),
        workshop_id=workshop_id,
        copies=args.copies,
        paper=args.paper,
        large_print=args.large_print,
    )
    try:
        documents = documents_for(request, load_library(), load_site(), store)
    except RequestError as exc:
        print(f"workshop-kit {args.verb}: {exc}", file=sys.stderr)
        return 2

    def progress(done: int, total: int) -> None:
        if total > 1 and sys.stderr.isatty():  # rewritten in place on a terminal only
            print(
                f"\r{done}/{total} documents",
                end="" if done < total else "\n",
                file=sys.stderr,
                flush=True,
            )

    try:
        pages = render(
            documents,
            args.output,
            paper=request.paper,
            large_print=request.large_print,
            progress=progress,
        )
    except OSError as exc:
        print(
            f"workshop-kit {args.verb}: cannot write {exc.filename or args.output}: "
            f"{exc.strerror or exc}",
            file=sys.stderr,
        )
        return 1
    print(f"{args.output}: {pages} pages, {len(documents)} documents", file=sys.stderr)
    return 0


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


def run_verb(args: argparse.Namespace) -> int:
    if args.verb == "validate":
        return _validate(args.paths)
    if args.verb in ("handout", "guide", "form", "pack"):
        return _print(args)
    if args.verb in ("export", "import"):
        from workshop_kit import cli_data

        run = cli_data.run_export_verb if args.verb == "export" else cli_data.run_import_verb
        return run(args)
    raise AssertionError(f"unknown verb {args.verb}")  # argparse allows no other
