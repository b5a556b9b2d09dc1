"""``workshop-kit export`` and ``workshop-kit import``: survey data for program leads.

Exports of individual-level data (csv, xlsx, bundle), an export with ``--k`` below the
centre's setting and every import ask for the facilitator PIN, as the app does
(``cli_pin``): typed at a hidden prompt, or one line on standard input with ``--pin-stdin``
(for scripts). Both read the data folder sealed, unlocked with the unlock code
(``cli_sealed``: a hidden prompt, or the first line of standard input with
``--unlock-stdin``). Exit status: 0 done, 1 the work failed (a file could not be written, a
bundle was rejected), 2 the request was wrong (unknown format, survey, language...),
130 stopped at the keyboard (Ctrl+C, or Ctrl+D at the PIN prompt).

``import`` changes the data folder, so it takes the same lock as the app
(``workshop_kit.instance``) and refuses while the app is open on that folder: the app
could write a workshop file the import has just merged into. Reading verbs (``export``,
the documents, ``validate``) need no lock and run while the app is open.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from workshop_kit.cli_sealed import STDIN_ORDER, add_unlock_option

__all__ = [
    "PromptEnded",
    "UnknownWorkshop",
    "add_verbs",
    "output_problem",
    "resolve_workshop",
    "run_export_verb",
    "run_import_verb",
]

log = logging.getLogger("workshop_kit.cli")


#: The export formats (``exports.run.FORMATS``, which a test keeps equal): named here so
#: that building the parser, which every start of the app does, imports no export code.
FORMATS = ("csv", "xlsx", "sps", "codebook", "report", "bundle")


def add_verbs(verbs) -> None:
    export = verbs.add_parser(
        "export",
        help="export survey results or data (csv, xlsx, sps, codebook, report, bundle)",
        description="Export survey data. csv, xlsx and bundle hold one row per response "
        "(no names or codes) and ask for the facilitator PIN; report is the PDF of results; "
        "sps is SPSS syntax for the CSV; codebook lists items and codes; bundle is a file to "
        "merge on another laptop with 'workshop-kit import' (sealed to the programme lead's "
        "key and signed by this laptop). " + STDIN_ORDER,
    )
    export.add_argument("--format", required=True, choices=FORMATS)
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    export.add_argument("--curriculum", help="only workshops of this curriculum")
    export.add_argument("--instrument", help="the survey to export (default: the only one)")
    export.add_argument("--site", help="only workshops at this site (exactly as entered)")
    export.add_argument("--from", dest="day_from", metavar="YYYY-MM-DD", help="first day")
    export.add_argument("--to", dest="day_to", metavar="YYYY-MM-DD", help="last day")
    export.add_argument("--language", help="only workshops held in this language")
    export.add_argument("--workshop", help="only this workshop (its code or id)")
    export.add_argument("--lang", default="en", help="language of labels and report: en, ar")
    export.add_argument("--labelled", action="store_true", help="csv: labels instead of codes")
    export.add_argument("--paper", default="A4", choices=("A4", "Letter"), help="report paper")
    export.add_argument(
        "--k", type=int, default=None, help="hide numbers based on fewer than K responses (3-10)"
    )
    export.add_argument(
        "--pin-stdin", action="store_true", help="read the facilitator PIN from standard input"
    )
    add_unlock_option(export)
    imp = verbs.add_parser(
        "import",
        help="merge a data bundle from another laptop",
        description="Check a bundle completely, then merge it. Importing the same bundle "
        "twice adds nothing; a damaged or unsafe bundle changes nothing. A sealed bundle "
        "opens with the programme lead's private key (--lead-key) and its passphrase; a "
        "bundle from a laptop met for the first time is refused until its fingerprint is "
        "checked with the sender and given with --accept-laptop. " + STDIN_ORDER,
    )
    imp.add_argument("bundle", type=Path, metavar="BUNDLE")
    imp.add_argument(
        "--pin-stdin", action="store_true", help="read the facilitator PIN from standard input"
    )
    add_unlock_option(imp)
    imp.add_argument(
        "--lead-key", type=Path, metavar="FILE", help="the lead's private key file (.wkprivate)"
    )
    imp.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the lead key's passphrase from standard input",
    )
    imp.add_argument(
        "--accept-laptop",
        metavar="FINGERPRINT",
        help="accept a laptop met for the first time, with the fingerprint read back by its sender",
    )
    imp.add_argument(
        "--accept-unsigned",
        action="store_true",
        help="import an old-format bundle that nobody signed (nobody can vouch for it)",
    )


def _fail(verb: str, message: str, status: int) -> int:
    print(f"workshop-kit {verb}: {message}", file=sys.stderr)
    return status


def output_problem(output: Path) -> str | None:
    """Why ``output`` cannot be written as asked (its folder is missing...), or None.
    Checked first: no PIN is asked for, and no folder made, for a file that cannot be."""
    folder = output.parent
    if output.is_dir():
        return f"{output} is a folder; give a file name"
    if not folder.is_dir():
        return f"the folder {folder} does not exist"
    return None


def _progress(done: int, total: int) -> None:
    """A percentage rewritten in place on a terminal; nothing in a log or a pipe."""
    if total > 1 and sys.stderr.isatty():
        end = "" if done < total else "\n"
        print(f"\r{100 * done // total}%", end=end, file=sys.stderr, flush=True)


class PromptEnded(Exception):
    """No PIN could be read; the message says why. ``status`` is the exit status."""

    def __init__(self, message: str, status: int = 2):
        super().__init__(message)
        self.status = status


def _read_pin(args: argparse.Namespace) -> str:
    """The PIN from standard input (``--pin-stdin``) or a hidden prompt on the terminal."""
    if args.pin_stdin:
        line = sys.stdin.readline() if sys.stdin is not None else ""
        if not line:
            raise PromptEnded("no PIN on standard input")
        return line.strip()
    import getpass
    import warnings

    no_terminal = "no terminal to type the PIN at; send it on standard input with --pin-stdin"
    if sys.platform == "win32" and not (sys.stdin and sys.stdin.isatty()):
        raise PromptEnded(no_terminal)
    with warnings.catch_warnings():
        # getpass falls back to reading standard input, echoed, when there is no terminal
        warnings.simplefilter("error", getpass.GetPassWarning)
        try:
            return getpass.getpass("Facilitator PIN: ")
        except getpass.GetPassWarning:
            raise PromptEnded(no_terminal) from None
        except EOFError:
            print(file=sys.stderr)
            raise PromptEnded("no PIN given", 130) from None
        except KeyboardInterrupt:
            print(file=sys.stderr)
            raise PromptEnded("cancelled", 130) from None


class UnknownWorkshop(ValueError):
    """``--workshop`` names no workshop, or more than one; the message says which are close."""


def resolve_workshop(store, code: str | None) -> str | None:
    """The workshop id for a code as shown in the app or printed on forms (with or without
    its check letter), a longer start of the id, the whole id or an export key (``W-...``).

    Raises :class:`UnknownWorkshop` for a wrong check letter, a code no workshop has (naming
    the closest codes) or one that two workshops share (naming them, with their keys)."""
    if not code:
        return None
    from workshop_kit.exports.filter_check import closest
    from workshop_kit.records.model import WorkshopCodeError, match_workshop_code

    workshops = store.list_workshops()
    try:
        found = match_workshop_code(code, (w.id for w in workshops))
    except WorkshopCodeError as error:
        if error.wrong_check:
            raise UnknownWorkshop(str(error)) from None
        raise UnknownWorkshop(f"unknown workshop '{code.strip()}': {error}") from None
    if len(found) == 1:
        return found[0]
    if found:
        named = {w.id: w for w in workshops}
        which = "; ".join(
            f"{named[wid].key} ({named[wid].site}, {named[wid].day})" for wid in found
        )
        raise UnknownWorkshop(
            f"{len(found)} workshops share the code '{code.strip()}': {which}; "
            "give more of the key to choose one"
        )
    typed = "".join(code.split()).upper()
    hint = closest(typed, (w.code for w in workshops), what="workshop codes")
    raise UnknownWorkshop(f"unknown workshop '{code.strip()}': no workshop has that code; {hint}")


def _check_pin(args: argparse.Namespace, reason: str) -> str | None:
    """None when the PIN is right; otherwise the message to print (``cli_pin``)."""
    from workshop_kit.cli_pin import check_pin
    from workshop_kit.logs import redact_also

    def read() -> str:
        try:
            pin = _read_pin(args)  # no terminal, Ctrl+C, Ctrl+D: the command ends
        except PromptEnded as ended:
            if ended.status == 130:  # the person cancelled: no need to say why it was asked
                raise
            message = f"{reason} and needs the facilitator PIN; {ended}"
            raise PromptEnded(message, ended.status) from None
        redact_also(pin)  # whatever is logged later, never this
        return pin

    return check_pin(reason, read=read)


def run_export_verb(args: argparse.Namespace) -> int:
    from workshop_kit.analysis.dataset import Filters
    from workshop_kit.cli_pin import k_allowed
    from workshop_kit.cli_sealed import Refused, open_store
    from workshop_kit.content.library import load_library
    from workshop_kit.exports.filter_check import FilterProblem, check_filters
    from workshop_kit.exports.run import ExportError, ExportRequest, needs_pin, run_export
    from workshop_kit.records.bundle_trust import lead_public, store_vault
    from workshop_kit.settings import Settings
    from workshop_kit.site import load_site

    problem = output_problem(args.output)
    if problem:
        return _fail("export", problem, 2)
    try:
        store = open_store(args)
    except (Refused, PromptEnded) as refused:
        return _fail("export", str(refused), refused.status)
    if args.format == "bundle":  # before the PIN: no lead key, no bundle
        vault = store_vault(store)
        if vault is not None and lead_public(vault) is None:
            return _fail(
                "export",
                "this laptop has no programme lead key, so it cannot seal a data bundle; "
                "add the lead's key file (.wkkey) in the app first",
                2,
            )
    try:
        workshop_id = resolve_workshop(store, args.workshop)
    except UnknownWorkshop as error:
        return _fail("export", str(error), 2)
    filters = Filters(
        curriculum_id=args.curriculum,
        instrument_id=args.instrument,
        site=args.site,
        day_from=args.day_from,
        day_to=args.day_to,
        language=args.language,
        workshop_id=workshop_id,
    )
    k = args.k if args.k is not None else Settings().get("disclosure_k")
    request = ExportRequest(
        format=args.format,
        path=args.output,
        filters=filters,
        k=k,
        lang=args.lang,
        labelled=args.labelled,
        paper=args.paper,
    )
    library = load_library()
    try:  # before the PIN: a filter that names nothing is refused at once
        check_filters(filters, store.list_workshops(), library)
    except FilterProblem as error:
        return _fail("export", str(error), 2)
    lower_k = args.k is not None and k_allowed(args.k) and args.k < Settings().get("disclosure_k")
    if needs_pin(args.format) or lower_k:
        what = "this export holds individual responses" if needs_pin(args.format) else ""
        try:
            problem = _check_pin(args, what or f"--k {args.k} is below this centre's setting")
        except PromptEnded as ended:
            return _fail("export", str(ended), ended.status)
        if problem:
            return _fail("export", problem, 2)
    try:
        outcome = run_export(request, store, library, site=load_site(), progress=_progress)
    except ExportError as error:
        return _fail("export", str(error), 2)
    except OSError as error:
        where = error.filename or args.output  # the data folder's own files, too
        return _fail("export", f"cannot write {where}: {error.strerror or error}", 1)
    log.info("export %s: done", args.format)
    print(f"{outcome.path}: {outcome.summary}", file=sys.stderr)
    return 0


def run_import_verb(args: argparse.Namespace) -> int:
    from workshop_kit.cli_sealed import Refused, open_store

    if not args.bundle.is_file():
        return _fail("import", f"no such file: {args.bundle}", 2)
    from workshop_kit.instance import AlreadyRunning, InstanceLock

    lock = InstanceLock()  # before the PIN: no try is spent when the app is open
    try:
        lock.acquire()
    except AlreadyRunning:
        return _fail(
            "import",
            "Workshop Kit is open on this data folder; close it first, "
            "or import from its Results page",
            1,
        )
    try:
        store = open_store(args)
        problem = _check_pin(args, "an import changes the data on this laptop")
        if problem:
            return _fail("import", problem, 2)
        return _import(args, store)
    except (Refused, PromptEnded) as refused:
        return _fail("import", str(refused), refused.status)
    finally:
        lock.release()


def _import(args: argparse.Namespace, store) -> int:
    """The import itself, on the unlocked store, the PIN given."""
    from workshop_kit.cli_sealed import read_lead_key
    from workshop_kit.content.library import load_library
    from workshop_kit.records.bundle import BundleError
    from workshop_kit.records.bundle_trust import (
        AlreadyImported,
        UnknownLaptop,
        UnsignedBundle,
        import_checked,
        is_sealed_file,
        known_laptops_path,
    )
    from workshop_kit.records.model import workshop_code

    lead = None
    if is_sealed_file(args.bundle):
        if args.lead_key is None:
            return _fail(
                "import",
                f"{args.bundle} is sealed to the programme lead's key: give the lead's private "
                "key file with --lead-key FILE (.wkprivate); nothing was imported",
                2,
            )
        lead = read_lead_key(args.lead_key, args.passphrase_stdin)
    store.check()
    try:
        done = import_checked(
            store,
            args.bundle,
            library=load_library(),
            known_path=known_laptops_path(),
            lead=lead,
            accept_laptop=args.accept_laptop,
            accept_unsigned=args.accept_unsigned,
            progress=_progress,
        )
    except AlreadyImported as replay:
        print(f"{args.bundle}: {replay}")
        return 0
    except UnknownLaptop as unknown:
        hint = f"to accept it, run again with --accept-laptop '{unknown.check.fingerprint}'"
        if args.accept_laptop:
            hint = "the fingerprint given with --accept-laptop is not this laptop's; " + hint
        return _fail("import", f"{unknown} {hint}", 1)
    except UnsignedBundle as unsigned:
        return _fail("import", f"{unsigned} To import it anyway, add --accept-unsigned.", 1)
    except BundleError as error:
        return _fail("import", f"{args.bundle}: {error}", 1)
    report = done.report
    log.info(
        "import: %d workshops added, %d merged, %d rejected",
        len(report.added),
        len(report.merged),
        len(report.rejected),
    )
    if done.check is None:
        print(f"{args.bundle}: an old-format bundle that nobody signed, imported as asked")
    elif not done.check.known:
        print(f"{args.bundle}: laptop {done.check.fingerprint} is now known")
    print(
        f"{args.bundle}: {len(report.added)} workshops added, "
        f"{len(report.merged)} merged, {len(report.already_present)} already here, "
        f"{len(report.rejected)} rejected; {report.responses_added} responses added"
    )
    for workshop_id, reason in report.rejected:
        print(f"  rejected {workshop_code(workshop_id)}: {reason}")
    return 1 if report.rejected and not (report.added or report.merged) else 0
