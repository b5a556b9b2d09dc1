"""mypy over the whole package, with the project's configuration (``[tool.mypy]`` in
pyproject.toml): the core outside ``ui/`` has no error at all, and the errors in ``ui/``
may only go down from the number checked in beside this file.

When the ui/ count falls, lower ``mypy_ui_baseline.txt`` to the count printed, so it
cannot creep back. mypy runs in-process with a fresh cache in a temporary folder, so an
old cache (or another checkout's) cannot hide an error; that full run takes seconds.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mypy import api

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "pyproject.toml"
PACKAGE = ROOT / "workshop_kit"
UI = "workshop_kit/ui/"
BASELINE = Path(__file__).with_name("mypy_ui_baseline.txt")
# "path:line: error: message  [code]"; the path may hold a drive letter (C:\...).
_ERROR = re.compile(r"^(?P<path>.+?):(?P<line>\d+)(?::\d+)?: error: (?P<message>.*)$")

pytestmark = pytest.mark.slow


def _relative(path: str) -> str:
    """The error's file as ``workshop_kit/...`` whatever folder mypy ran from."""
    resolved = Path(path)
    if not resolved.is_absolute():
        resolved = Path.cwd() / resolved
    try:
        return resolved.resolve().relative_to(ROOT).as_posix()
    except ValueError:  # outside the checkout (a stub, say): keep what mypy said
        return Path(path).as_posix()


def _baseline() -> int:
    lines = [line.strip() for line in BASELINE.read_text(encoding="utf-8").splitlines()]
    numbers = [line for line in lines if line and not line.startswith("#")]
    assert len(numbers) == 1 and numbers[0].isdigit(), f"{BASELINE.name}: one whole number"
    return int(numbers[0])


@pytest.fixture(scope="module")
def mypy_errors(tmp_path_factory) -> list[str]:
    """Every error mypy reports on the package, as ``path:line: message``."""
    cache = tmp_path_factory.mktemp("mypy-cache")
    stdout, stderr, status = api.run(
        [
            "--config-file",
            str(CONFIG),
            "--cache-dir",
            str(cache),
            "--no-error-summary",
            "--no-color-output",
            "--no-pretty",
            str(PACKAGE),
        ]
    )
    # 0: clean, 1: errors found; anything else is mypy failing to run at all.
    assert status in (0, 1), f"mypy could not run (exit {status}):\n{stderr}{stdout}"
    errors = []
    for line in stdout.splitlines():
        found = _ERROR.match(line)
        if found:
            path = _relative(found["path"])
            errors.append(f"{path}:{found['line']}: {found['message']}")
    assert status == 0 or errors, f"mypy failed but reported no error:\n{stdout}{stderr}"
    return errors


def test_the_core_outside_ui_has_no_type_error(mypy_errors):
    core = [error for error in mypy_errors if not error.startswith(UI)]
    assert not core, f"{len(core)} mypy error(s) outside {UI}:\n" + "\n".join(core)


def test_type_errors_in_ui_do_not_rise_above_the_baseline(mypy_errors):
    ui = [error for error in mypy_errors if error.startswith(UI)]
    baseline = _baseline()
    print(f"mypy errors in {UI}: {len(ui)} (baseline {baseline})")
    assert len(ui) <= baseline, (
        f"{len(ui)} mypy errors in {UI}, more than the {baseline} of "
        f"{BASELINE.name}; fix the new ones:\n" + "\n".join(ui)
    )
    if len(ui) < baseline:
        print(f"lower {BASELINE.name} to {len(ui)} so the count cannot creep back")
