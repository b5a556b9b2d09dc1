"""One export, start to finish: the request, its checks, the work, the outcome.

The command line and the Results page both call :func:`run_export`, so they check the same
things and write the same files. Long work reports progress through a callback and stops
when ``cancelled()`` turns true, leaving no partial file.

On a sealed store (``records.protection``) a data bundle is sealed to the programme lead's
key and signed by this laptop (``records.bundle_trust``); without a lead key it is refused.

Formats that hold individual-level data (``RAW_FORMATS``: the response table in CSV or
XLSX, and the data bundle) need the facilitator PIN; the caller asks for it
(:func:`needs_pin`) before calling. They still hold no identifier: no names, no match
codes (pair numbers instead), no response ids, no times.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from workshop_kit.analysis.dataset import Filters, load_dataset
from workshop_kit.analysis.disclosure import DEFAULT_K, check_k
from workshop_kit.content.library import Library
from workshop_kit.content.model import Instrument
from workshop_kit.exports.filter_check import FilterProblem, check_filters
from workshop_kit.records import WorkshopStore
from workshop_kit.records.model import workshop_code

__all__ = [
    "FORMATS",
    "RAW_FORMATS",
    "ExportError",
    "ExportOutcome",
    "ExportRequest",
    "needs_pin",
    "pick_instrument",
    "run_export",
]

FORMATS = ("csv", "xlsx", "sps", "codebook", "report", "bundle")
RAW_FORMATS = frozenset({"csv", "xlsx", "bundle"})
SUFFIXES = {
    "csv": ".csv",
    "xlsx": ".xlsx",
    "sps": ".sps",
    "codebook": ".csv",
    "report": ".pdf",
    "bundle": ".wkbundle",
}
LANGUAGES = ("en", "ar")

Progress = Callable[[int, int], None]


class ExportError(ValueError):
    """The export cannot be made as asked; the message says why and what to do."""


@dataclass(frozen=True)
class ExportRequest:
    format: str
    path: Path
    filters: Filters = field(default_factory=Filters)
    k: int = DEFAULT_K
    lang: str = "en"
    labelled: bool = False  # CSV: option labels instead of codes
    paper: str = "A4"


@dataclass(frozen=True)
class ExportOutcome:
    path: Path
    summary: str  # one line for the status bar or the terminal


def needs_pin(format: str) -> bool:
    return format in RAW_FORMATS


def pick_instrument(library: Library, instrument_ids: tuple[str, ...], wanted: str | None):
    """The instrument to analyse: the one asked for, or the only one the data holds."""
    if wanted:
        try:
            return library.instrument(wanted)
        except KeyError:
            known = ", ".join(i.id for i in library.instruments) or "none"
            raise ExportError(f"no survey '{wanted}'; known surveys: {known}") from None
    if len(instrument_ids) == 1:
        return library.instrument(instrument_ids[0])
    if not instrument_ids:
        if len(library.instruments) == 1:
            return library.instruments[0]
        raise ExportError("no responses match these filters; choose a survey to export")
    raise ExportError(
        f"the responses answer {len(instrument_ids)} surveys ({', '.join(instrument_ids)}); "
        "choose one"
    )


def _check(request: ExportRequest) -> None:
    if request.format not in FORMATS:
        raise ExportError(f"unknown format '{request.format}'; choose one of {', '.join(FORMATS)}")
    if request.lang not in LANGUAGES:
        raise ExportError(f"unknown language '{request.lang}'; choose one of en, ar")
    try:
        check_k(request.k)
    except ValueError as error:
        raise ExportError(str(error)) from None
    folder = request.path.parent
    if not folder.is_dir():
        raise ExportError(f"the folder {folder} does not exist")


def run_export(
    request: ExportRequest,
    store: WorkshopStore,
    library: Library,
    *,
    site=None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportOutcome:
    """Make the export; ExportError for a request that cannot be met (a filter that names
    nothing the data holds, too: never an empty report that looks like a result)."""
    _check(request)
    try:
        check_filters(request.filters, store.list_workshops(), library)
    except FilterProblem as problem:
        raise ExportError(str(problem)) from None
    if request.format == "bundle":
        from workshop_kit.records.bundle import export_bundle

        ids = None
        if request.filters != Filters():
            ids = [w.id for w in store.list_workshops() if request.filters.accepts(w)]
        seal = _sealer(store)
        report = export_bundle(
            store, request.path, ids, progress=progress, cancelled=cancelled, seal=seal
        )
        skipped = "".join(f"; left out {workshop_code(wid)}: {why}" for wid, why in report.skipped)
        signed = ""
        if seal is not None:  # the lead checks this over the phone on first import
            signed = f"; sealed for the lead, signed by this laptop ({_laptop_fingerprint(store)})"
        return ExportOutcome(
            request.path,
            f"{report.workshops} workshops, {report.responses} responses{skipped}{signed}",
        )
    if request.format in ("sps", "codebook"):
        instrument = _instrument_only(request, store, library)
        return _write_description(request, instrument)

    def reading(done: int, total: int) -> None:
        if progress is not None:
            progress(done, 2 * total)  # reading is the first half of the work

    dataset = load_dataset(store, request.filters, progress=reading, cancelled=cancelled)
    instrument = pick_instrument(library, dataset.instrument_ids, request.filters.instrument_id)

    def writing(done: int, total: int) -> None:
        if progress is not None and total:
            progress(total + done, 2 * total)

    return _write_data(request, dataset, instrument, site, writing, cancelled)


def _sealer(store: WorkshopStore):
    """A sealed store's bundles are sealed to the programme lead and signed, always: no
    plain bundle ever leaves it (ExportError without a lead key). None for a plaintext
    store (its bundles are plain, as before)."""
    from workshop_kit.records.bundle_trust import NoLeadKey, bundle_sealer, store_vault

    vault = store_vault(store)
    if vault is None:
        return None
    try:
        return bundle_sealer(vault)
    except NoLeadKey as error:
        raise ExportError(str(error)) from None


def _laptop_fingerprint(store: WorkshopStore) -> str:
    from workshop_kit.records.bundle_trust import store_vault

    vault = store_vault(store)
    return "" if vault is None else f"fingerprint {vault.keyring.laptop_fingerprint}"


def _instrument_only(request: ExportRequest, store: WorkshopStore, library: Library):
    if request.filters.instrument_id:
        return pick_instrument(library, (), request.filters.instrument_id)
    ids = tuple(sorted({w.instrument_id for w in store.list_workshops() if w.instrument_id}))
    return pick_instrument(library, ids, None)


def _write_description(request: ExportRequest, instrument: Instrument) -> ExportOutcome:
    from workshop_kit.exports import codebook, spss

    if request.format == "sps":
        csv_name = request.path.with_suffix(".csv").name
        spss.write_sps(instrument, request.path, csv_name=csv_name, lang=request.lang)
        return ExportOutcome(request.path, f"SPSS syntax for {csv_name}")
    codebook.write_codebook(instrument, request.path)
    return ExportOutcome(request.path, f"codebook of {len(instrument.items)} items")


def _write_data(request, dataset, instrument, site, progress, cancelled) -> ExportOutcome:
    from workshop_kit.analysis.summary import summarise

    if request.format == "csv":
        from workshop_kit.exports.csv_export import write_csv

        rows = write_csv(
            dataset,
            instrument,
            request.path,
            labelled=request.labelled,
            lang=request.lang,
            progress=progress,
            cancelled=cancelled,
        )
        return ExportOutcome(request.path, f"{rows} responses")
    results = summarise(dataset, instrument, k=request.k)
    if request.format == "xlsx":
        from workshop_kit.exports.xlsx_export import write_xlsx

        rows = write_xlsx(
            dataset,
            instrument,
            results,
            request.path,
            lang=request.lang,
            progress=progress,
            cancelled=cancelled,
        )
        return ExportOutcome(request.path, f"{rows} responses and the summary")
    from workshop_kit.analysis.groups_breakdown import breakdown
    from workshop_kit.exports.report import write_report

    groups = breakdown(dataset, instrument, k=request.k)
    pages = write_report(
        results,
        request.path,
        lang=request.lang,
        paper=request.paper,
        site=site,
        progress=progress,
        cancelled=cancelled,
        groups=groups,
    )
    return ExportOutcome(request.path, f"{pages} pages, {results.workshops} workshops")
