"""All curricula the toolkit can offer: the bundled ones and a centre's own.

A curriculum with errors is reported and skipped; the others still load.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from workshop_kit import paths
from workshop_kit.content.files import CURRICULUM_FILE, INSTRUMENTS_FOLDER
from workshop_kit.content.model import Curriculum, Instrument
from workshop_kit.content.problems import WARNING, Problem

__all__ = ["ContentRoot", "Library", "default_roots", "find_curriculum_folders", "load_library"]


@dataclass(frozen=True)
class ContentRoot:
    """A folder holding curricula (and maybe ``instruments/``)."""

    path: Path
    bundled: bool


@dataclass(frozen=True)
class Library:
    """The result of loading: what loaded, what failed and every problem seen."""

    curricula: tuple[Curriculum, ...]
    problems: tuple[Problem, ...]
    failed: tuple[Path, ...]
    instruments: tuple[Instrument, ...] = ()

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.is_error)

    def instrument(self, instrument_id: str) -> Instrument:
        for instrument in self.instruments:
            if instrument.id == instrument_id:
                return instrument
        known = ", ".join(i.id for i in self.instruments) or "none"
        raise KeyError(f"no instrument '{instrument_id}' (loaded: {known})")

    def curriculum(self, curriculum_id: str) -> Curriculum:
        for curriculum in self.curricula:
            if curriculum.id == curriculum_id:
                return curriculum
        known = ", ".join(c.id for c in self.curricula) or "none"
        raise KeyError(f"no curriculum '{curriculum_id}' (loaded: {known})")


def default_roots() -> list[ContentRoot]:
    """The bundled curricula, then the user's own folder."""
    return [
        ContentRoot(paths.bundled_curricula_dir(), bundled=True),
        ContentRoot(paths.user_curricula_dir(), bundled=False),
    ]


def find_curriculum_folders(root: Path) -> tuple[list[Path], list[Problem]]:
    """The curriculum folders in ``root``: ``root`` itself when it holds a
    ``curriculum.yaml``, otherwise its sub-folders that do."""
    if (root / CURRICULUM_FILE).is_file():
        return [root], []
    if not root.is_dir():
        return [], []
    folders, problems = [], []
    for child in sorted(root.iterdir()):
        if not child.is_dir() or child.name == INSTRUMENTS_FOLDER or child.name.startswith("."):
            continue
        if (child / CURRICULUM_FILE).is_file():
            folders.append(child)
        elif any(child.glob("*.yaml")) or any(child.glob("*/*.yaml")):
            problems.append(
                Problem(
                    child / CURRICULUM_FILE,
                    1,
                    f"folder '{child.name}' has YAML files but no curriculum.yaml",
                    WARNING,
                )
            )
    return folders, problems


def load_library(
    roots: Iterable[ContentRoot] | None = None, instrument_folders: Iterable[Path] = ()
) -> Library:
    """Load every curriculum under ``roots`` (default: bundled, then the user's).

    Sessions may name the instruments in each root's ``instruments/`` folder and in the
    ``instruments/`` folder of any of ``instrument_folders``.
    """
    # Imported here, not at the top: a start from the content cache never needs the
    # loader or PyYAML.
    from workshop_kit.content.instruments import find_instruments
    from workshop_kit.content.loader import load_curriculum

    roots = list(default_roots() if roots is None else roots)
    problems: list[Problem] = []
    instruments: dict[str, Path] = {}
    loaded: list[Instrument] = []
    searched: list[Path] = []
    for folder in [*(r.path for r in roots), *instrument_folders]:
        if folder.resolve() in searched:
            continue
        searched.append(folder.resolve())
        found, found_loaded, found_problems = find_instruments(folder)
        problems += found_problems
        for ident, path in found.items():
            instruments.setdefault(ident, path)
        loaded += [i for i in found_loaded if instruments[i.id] == i.source]

    curricula: list[Curriculum] = []
    failed: list[Path] = []
    by_id: dict[str, Path] = {}
    for root in roots:
        folders, folder_problems = find_curriculum_folders(root.path)
        problems += folder_problems
        for folder in folders:
            curriculum, found_problems = load_curriculum(folder, instruments, bundled=root.bundled)
            problems += found_problems
            if curriculum is not None and curriculum.id in by_id:
                problems.append(
                    Problem(
                        folder / CURRICULUM_FILE,
                        1,
                        f"a curriculum with id "
                        f"'{curriculum.id}' is already loaded from "
                        f"{by_id[curriculum.id]}; give this one another id",
                    )
                )
                curriculum = None
            if curriculum is None:
                failed.append(folder)
            else:
                by_id[curriculum.id] = folder
                curricula.append(curriculum)
    return Library(tuple(curricula), tuple(problems), tuple(failed), tuple(loaded))
