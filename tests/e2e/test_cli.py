"""The command line on the bundled content and on broken copies, with sockets blocked."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import bundled_load_summary, line_of, replace_once
from workshop_kit import __version__
from workshop_kit.cli import main

ROOT = Path(__file__).resolve().parents[2]
LINE = re.compile(r"^(?P<path>[^\s:][^:]*):(?P<line>\d+): (?P<message>.+)$")


def test_version(capsys, no_network):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"workshop-kit {__version__}"


def test_validate_bundled_content_passes(capsys, no_network):
    assert main(["validate", str(ROOT / "curricula")]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    # Every bundled curriculum and instrument loads, none fails, and nothing is reported.
    assert f"{bundled_load_summary()}, 0 failed; 0 errors, 0 warnings" in captured.err


def test_validate_without_paths_checks_bundled_and_user_folders(capsys, user_data, no_network):
    (user_data / "curricula" / "mine").mkdir(parents=True)
    (user_data / "curricula" / "mine" / "curriculum.yaml").write_text("id: [\n", encoding="utf-8")
    assert main(["validate"]) == 1
    out = capsys.readouterr().out
    assert f"{user_data / 'curricula' / 'mine' / 'curriculum.yaml'}:2: not valid YAML" in out


def test_validate_broken_copy_prints_file_and_line(content_copy, capsys, no_network):
    session = content_copy / "equal-voices" / "sessions" / "02-naming-violence.yaml"
    replace_once(session, "duration: 120", "duration: 100")
    replace_once(session, "    kind: break", "    kind: pause")
    curriculum = content_copy / "equal-voices" / "curriculum.yaml"
    replace_once(curriculum, "version: 1", "version: 1\nauthor: me")
    assert main(["validate", str(content_copy / "equal-voices")]) == 1
    lines = capsys.readouterr().out.splitlines()
    parsed = [LINE.match(line).groupdict() for line in lines]
    assert {(Path(p["path"]).name, int(p["line"])) for p in parsed} == {
        ("02-naming-violence.yaml", line_of(session, "duration: 100")),
        ("02-naming-violence.yaml", line_of(session, "kind: pause")),
        ("curriculum.yaml", line_of(curriculum, "author: me")),
    }


def test_validate_missing_folder_is_a_usage_error(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "nope")]) == 2
    assert "no such folder" in capsys.readouterr().err


def test_validate_empty_folder_finds_nothing(tmp_path, capsys):
    assert main(["validate", str(tmp_path)]) == 1
    assert "no curriculum.yaml found" in capsys.readouterr().err


def test_installed_command_runs_as_a_module():
    result = subprocess.run(
        [sys.executable, "-m", "workshop_kit", "validate"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 errors, 0 warnings" in result.stderr
