"""The packaging files without building: desktop entry, AppStream metadata, icons, the
Windows installer script, the PyInstaller spec and its rules for what Qt to keep.

The freedesktop validators run when installed (CI installs desktop-file-utils and
appstream); the frozen build itself is tested in tests/e2e/test_frozen.py.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.tools import needs
from workshop_kit import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "org.workshopkit.WorkshopKit"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
ISS = PACKAGING / "windows" / "workshop-kit.iss"
SPEC = PACKAGING / "workshop-kit.spec"
ICONS = ROOT / "assets" / "icons"
SIZES = (16, 32, 48, 64, 128, 256, 512)


def load(path: Path):
    """A module of packaging/ (a folder of scripts, not a package)."""
    name = f"workshop_kit_packaging_{path.stem}"  # not "build": that is a PyPI package
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


rules = load(PACKAGING / "bundle_rules.py")
build = load(PACKAGING / "build.py")


def desktop_entry() -> dict[str, str]:
    lines = DESKTOP.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line and not line.startswith("#"))


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


# --- Linux: desktop entry and AppStream -------------------------------------------------


@needs("desktop-file-validate")
def test_desktop_file_passes_desktop_file_validate():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr


@needs("appstreamcli")
def test_metainfo_passes_appstreamcli_validate_offline():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_names_the_command_and_the_icon():
    entry = desktop_entry()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "scripts"
    ]
    assert entry["Exec"] in scripts  # the command pip installs, and the frozen program
    assert entry["Icon"] == APP_ID
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"
    assert "Education;" in entry["Categories"]
    assert entry["Name"] == "Workshop Kit"


def test_metainfo_describes_the_app_honestly():
    root = metainfo()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.find("launchable").text == DESKTOP.name
    assert root.find("provides/binary").text == desktop_entry()["Exec"]
    description = " ".join(" ".join(root.find("description").itertext()).split())
    for needed in ("offline", "never opens a network connection", "Anonymous", "PDFs",
                   "English and Arabic", "content warning"):  # fmt: skip
        assert needed in description


def test_metainfo_rates_the_realistic_violence_it_discusses():
    rating = metainfo().find("content_rating")
    assert rating.get("type") == "oars-1.1"
    values = {a.get("id"): a.text for a in rating.findall("content_attribute")}
    assert values.get("violence-realistic") in {"mild", "moderate"}


def test_newest_release_is_this_version():
    releases = metainfo().findall("releases/release")
    assert releases, "add a <release> for each version"
    assert releases[0].get("version") == __version__
    assert releases[0].get("date") == "2026-11-22" or __version__ != "0.1.0"
    assert releases[0].find("description/p").text


def test_metainfo_needs_no_network():
    urls = [e.text for e in metainfo().iter() if e.tag in {"image", "video", "url"}]
    assert urls == []  # screenshots by URL would need the network to validate and show


# --- icons --------------------------------------------------------------------------


def png_size(path: Path) -> tuple[int, int, int]:
    """Width, height and colour type from a PNG's header."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    width, height, _, colour = struct.unpack(">IIBB", data[16:26])
    return width, height, colour


def test_icon_svg_is_a_square_drawing():
    root = ET.parse(ICONS / "workshop-kit.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    _, _, width, height = (float(v) for v in root.get("viewBox").split())
    assert width == height
    assert not re.search(
        r"https?://(?!www\.w3\.org/2000/svg)", (ICONS / "workshop-kit.svg").read_text()
    )


@pytest.mark.parametrize("size", SIZES)
def test_png_icons_have_their_hicolor_size_and_transparency(size):
    assert png_size(ICONS / f"workshop-kit-{size}.png") == (size, size, 6)  # 6: RGBA


def test_ico_and_icns_hold_the_rendered_sizes():
    ico = (ICONS / "workshop-kit.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sides = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert sides == {16, 32, 48, 64, 128, 256}
    icns = (ICONS / "workshop-kit.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic09" in icns  # 512 x 512


def test_png_icons_are_rendered_from_the_current_svg(tmp_path):
    """Render again and compare pixels (loosely: another Qt may antialias differently)."""
    pytest.importorskip("PySide6.QtSvg")
    image = pytest.importorskip("PIL.Image")
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_icons.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    for size in (32, 128):
        fresh = image.open(tmp_path / f"workshop-kit-{size}.png").convert("RGBA")
        kept = image.open(ICONS / f"workshop-kit-{size}.png").convert("RGBA")
        diff = sum(abs(a - b) for a, b in zip(fresh.tobytes(), kept.tobytes(), strict=True))
        assert diff / (size * size * 4) < 2, f"run scripts/make_icons.py: {size} px is stale"


# --- Windows installer --------------------------------------------------------------


def iss_setup() -> dict[str, str]:
    text = ISS.read_text(encoding="utf-8")
    section = text.split("[Setup]", 1)[1].split("\n[", 1)[0]
    return dict(
        line.split("=", 1) for line in section.splitlines() if "=" in line and line[0] != ";"
    )


def test_windows_installer_needs_no_administrator():
    setup = iss_setup()
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup  # no way to ask for elevation
    assert setup["DefaultDirName"].startswith(("{userpf}", "{localappdata}"))


def test_windows_installer_installs_the_build_with_menu_entry_and_uninstaller():
    text = ISS.read_text(encoding="utf-8")
    assert re.search(r'#define AppVersion "([^"]+)"', text).group(1) == __version__
    assert re.search(r'^Source: "\{#Dist\}\\\*".*recursesubdirs', text, re.MULTILINE)
    assert '#define Dist Root + "\\dist\\workshop-kit"' in text
    assert re.search(
        r'^Name: "\{autoprograms\}\\.*Filename: "\{app\}\\workshop-kit\.exe"', text, re.M
    )
    assert "Uninstallable=no" not in text  # Inno Setup adds an uninstaller unless told not to
    assert iss_setup()["SetupIconFile"].endswith("workshop-kit.ico")


# --- the PyInstaller spec and its rules ---------------------------------------------


def test_spec_builds_paths_from_its_own_folder_and_bundles_an_app_on_macos():
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    strings = [
        n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    ]
    assert [s for s in strings if re.match(r"^(/|[A-Za-z]:\\)", s)] == []
    darwin = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "darwin" in ast.unparse(node.test)
    ]
    assert any("BUNDLE(" in ast.unparse(node) for node in darwin)
    analysis = next(
        n for n in ast.walk(tree) if isinstance(n, ast.Call) and ast.unparse(n.func) == "Analysis"
    )
    datas = next(k.value for k in analysis.keywords if k.arg == "datas")
    bundled = {
        n.args[0].value
        for n in ast.walk(datas)
        if isinstance(n, ast.Call) and ast.unparse(n.func) == "tree"
    }
    assert bundled == {"curricula", "assets"}


def qt_modules_imported_by_the_app() -> set[str]:
    found = set()
    for path in (ROOT / "workshop_kit").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            found |= {n.split(".")[1] for n in names if n.startswith("PySide6.")}
    return found


def test_rules_keep_every_qt_module_the_app_imports():
    imported = qt_modules_imported_by_the_app()
    assert imported, "the app imports no Qt module?"
    assert imported <= set(rules.QT_MODULES), "add to QT_MODULES in packaging/bundle_rules.py"
    excluded = {m.removeprefix("PySide6.") for m in rules.EXCLUDED_MODULES}
    assert excluded.isdisjoint(rules.QT_MODULES)
    assert "QtNetwork" in excluded and "QtWebEngineCore" in excluded


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/texttospeech/libqtexttospeech_speechd.so", True),
        ("PySide6/Qt/plugins/texttospeech/libqtexttospeech_mock.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", True),
        ("PySide6/Qt/lib/libQt6Network.so.6", True),  # libQt6Pdf links to it
        ("PySide6/Qt/lib/libQt6Qml.so.6", False),
        ("PySide6/Qt/lib/libQt6WebEngineCore.so.6", False),
        ("PySide6/Qt/lib/libQt63DCore.so.6", False),
        ("PySide6/Qt/lib/libQt6EglFsKmsSupport.so.6", False),
        ("PySide6/Qt/qml/QtQuick/Controls/libqtquickcontrols2plugin.so", False),
        ("PySide6/Qt/translations/qtbase_ar.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qt_help_ar.qm", False),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6\\Qt6Quick.dll", False),
        ("PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick", False),
        ("curricula/equal-voices/curriculum.yaml", True),
        ("libcrypto.so.3", True),
    ],
)
def test_rules_keep_what_the_app_uses(dest, kept):
    assert rules.keep(dest) is kept


def test_prune_drops_libraries_only_dropped_plugins_need():
    entries = [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/q/gtk3.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/q/xcb.so", "BINARY"),
        ("libcairo.so.2", "/sys/libcairo.so.2", "BINARY"),
        ("libpixman.so.0", "/sys/libpixman.so.0", "BINARY"),
        ("libX11.so.6", "/sys/libX11.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Qml.so.6", "/q/qml.so", "BINARY"),
        ("libQt6Qml.so.6", "PySide6/Qt/lib/libQt6Qml.so.6", "SYMLINK"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/q/gui.so", "BINARY"),
        ("curricula/x.yaml", "/src/x.yaml", "DATA"),
    ]
    graph = {
        "/q/gtk3.so": ["/sys/libcairo.so.2", "/sys/libX11.so.6", "/q/gui.so"],
        "/sys/libcairo.so.2": ["/sys/libpixman.so.0"],
        "/q/xcb.so": ["/sys/libX11.so.6", "/q/gui.so"],
    }
    kept = {e[0] for e in rules.prune(entries, lambda source: graph.get(source, []))}
    assert kept == {
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libX11.so.6",  # xcb needs it too
        "libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "curricula/x.yaml",
    }


def test_prune_refuses_to_drop_what_a_kept_binary_needs():
    entries = [
        ("PySide6/QtGui.abi3.so", "/q/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Qml.so.6", "/q/qml.so", "BINARY"),
    ]
    with pytest.raises(ValueError, match="libQt6Qml"):
        rules.prune(entries, lambda source: ["/q/qml.so"] if source.endswith("abi3.so") else [])


# --- build.py's checks ---------------------------------------------------------------


def test_missing_content_names_bundled_files_the_build_lacks(tmp_path):
    app = tmp_path / "workshop-kit"
    inside = app / "_internal"
    for folder in ("curricula", "assets"):
        shutil.copytree(ROOT / folder, inside / folder, ignore=shutil.ignore_patterns("*.ts"))
    assert build.missing_content(app) == []
    (inside / "curricula" / "equal-voices" / "curriculum.yaml").unlink()
    assert build.missing_content(app) == ["curricula/equal-voices/curriculum.yaml"]


def test_folder_size_counts_each_file_once_and_follows_no_links(tmp_path):
    (tmp_path / "a").write_bytes(b"x" * 1000)
    os.link(tmp_path / "a", tmp_path / "hard")
    (tmp_path / "link").symlink_to(tmp_path / "a")
    assert build.folder_size(tmp_path) == 1000 + len(str(tmp_path / "a"))
