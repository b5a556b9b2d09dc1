"""The frozen app: built once with `python packaging/build.py`, then run as a user would.

Each run happens in a network namespace of its own (``unshare``): only a loopback
interface, and that one down, so any connection the frozen program tries fails, whatever
code inside it opens the socket (Python, Qt or a C library). Inside it the app opens its
main window (offscreen, and under Xvfb when Xvfb is installed), validates the bundled
curricula and writes handouts whose text equals what the source checkout writes. Where
strace is installed, it also checks that the app does not even try to connect.

Linux only. Skipped when PyInstaller is not installed; the build takes a minute or more.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

import pytest

from tests.tools import require
from workshop_kit import __version__
from workshop_kit.cli import main

ROOT = Path(__file__).resolve().parents[2]
BUDGET_MB = 175  # packaging/build.py says why
SIZE_LINE = re.compile(r"^size: (?P<mb>\d+) MB \(budget (?P<budget>\d+) MB\)$", re.MULTILINE)
SUMMARY = re.compile(r"(?P<curricula>\d+) curricula \(\d+ sessions\) and \d+ instruments loaded")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux build and namespaces"),
]

# Inside the namespace: the interfaces there, and what connecting to a documentation-only
# address (TEST-NET-1) gives. Nothing leaves the machine even when the namespace fails.
PROBE = """
import socket
print("interfaces", sorted(name for _, name in socket.if_nameindex()))
s = socket.socket()
s.settimeout(3)
try:
    s.connect(("192.0.2.1", 9))
except OSError as exc:
    print("connect failed", exc.errno)
else:
    print("connected")
"""


@dataclass(frozen=True)
class Frozen:
    app: Path  # dist/workshop-kit
    program: Path  # dist/workshop-kit/workshop-kit
    size_mb: int  # as the build printed it


def report(request, line: str) -> None:
    """Print past pytest's output capture: the size belongs in every test log."""
    capture = request.config.pluginmanager.getplugin("capturemanager")
    if capture is None:
        print(line)
        return
    with capture.global_and_fixture_disabled():
        print(line, flush=True)


@pytest.fixture(scope="module")
def frozen(tmp_path_factory, request) -> Iterator[Frozen]:
    if find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (pip install pyinstaller): no frozen build")
    require("objdump")  # PyInstaller reads shared libraries' dependencies with it
    out = tmp_path_factory.mktemp("frozen")
    build = [sys.executable, str(ROOT / "packaging" / "build.py")]
    result = subprocess.run(
        [*build, "--dist", str(out / "dist"), "--work", str(out / "work")],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-6000:]
    size = SIZE_LINE.search(result.stdout)
    assert size, f"the build printed no size line: {result.stdout[-2000:]}"
    report(request, f"\nfrozen app: {size.group(0)}")
    app = out / "dist" / "workshop-kit"
    yield Frozen(app=app, program=app / "workshop-kit", size_mb=int(size.group("mb")))
    shutil.rmtree(out, ignore_errors=True)  # 150 MB; pytest would keep three sessions' worth


@pytest.fixture(scope="module")
def offline() -> list[str]:
    """The command prefix that runs a program with no network at all."""
    require("unshare")
    tried = []
    for prefix in (["unshare", "--net", "--map-root-user"], ["unshare", "--net"]):
        if shutil.which(prefix[0]) is None:
            break
        probe = subprocess.run(
            [*prefix, sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60
        )
        if (
            probe.returncode == 0
            and "interfaces ['lo']" in probe.stdout
            and "connect failed" in probe.stdout
        ):
            return prefix
        tried.append(f"{' '.join(prefix)}: {(probe.stderr or probe.stdout).strip()[:200]}")
    pytest.fail(
        "cannot cut the frozen app off the network: no usable network namespace "
        f"({'; '.join(tried) or 'unshare (util-linux) is not installed'}). As root "
        "`unshare --net` works; other users need unprivileged user namespaces "
        "(sysctl kernel.unprivileged_userns_clone=1). In a container, allow unshare "
        "(e.g. docker run --cap-add SYS_ADMIN, or a seccomp profile that permits it)."
    )


def run(frozen: Frozen, offline: list[str], *args: str, env=None, cwd=None, timeout=120):
    """Run the frozen program offscreen and offline; never from the checkout's folder."""
    env = dict(os.environ if env is None else env)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONPATH", None)
    return subprocess.run(
        [*offline, str(frozen.program), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd or frozen.app.parent,
        timeout=timeout,
    )


def files_in(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(unicodedata.normalize("NFKC", out.stdout).split())


def test_the_namespace_really_cuts_the_network(offline):
    probe = subprocess.run([*offline, sys.executable, "-c", PROBE], capture_output=True, text=True)
    assert "interfaces ['lo']" in probe.stdout
    assert "connect failed" in probe.stdout and "connected\n" not in probe.stdout


def test_build_prints_a_size_within_the_budget(frozen):
    measured = sum(p.lstat().st_size for p in frozen.app.rglob("*") if not p.is_symlink())
    assert abs(measured / 1e6 - frozen.size_mb) <= 1
    assert frozen.size_mb < BUDGET_MB


def test_bundle_holds_the_content_and_only_the_qt_the_app_uses(frozen):
    inside = frozen.app / "_internal"
    assert (inside / "curricula" / "equal-voices" / "curriculum.yaml").is_file()
    assert (inside / "curricula" / "instruments" / "gbv-attitudes.yaml").is_file()
    assert len(list((inside / "assets" / "fonts").glob("*.ttf"))) >= 4
    assert (inside / "assets" / "icons" / "workshop-kit.svg").is_file()
    plugins = inside / "PySide6" / "Qt" / "plugins"
    for needed in (
        "platforms/libqoffscreen.so",
        "platforms/libqxcb.so",
        "imageformats/libqsvg.so",
        "iconengines/libqsvgicon.so",
        "printsupport/libcupsprintersupport.so",
        "texttospeech/libqtexttospeech_speechd.so",
    ):
        assert (plugins / needed).is_file(), needed
    names = files_in(inside)
    unwanted = re.compile(
        r"WebEngine|Qt6Qml|Qt6Quick|Qt63D|Charts|Designer|VirtualKeyboard|"
        r"plugins/multimedia|plugins/platformthemes/libqgtk3|texttospeech_mock|(^|/)qml/"
    )
    assert sorted(n for n in names if unwanted.search(n)) == []
    dangling = [p for p in frozen.app.rglob("*") if p.is_symlink() and not p.exists()]
    assert dangling == []


def test_frozen_app_opens_its_main_window_offline(frozen, offline, user_data):
    before = files_in(frozen.app)
    result = run(frozen, offline, "gui", "--smoke")
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.splitlines() == ["main window shown", "library ready"]
    assert "Traceback" not in result.stderr
    # The content cache goes to the user's folder, never into the app.
    assert (user_data / "cache" / "library.json").is_file()
    assert files_in(frozen.app) == before


def test_frozen_app_finds_the_users_folders_itself(frozen, offline, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "WORKSHOP_KIT"))}
    env["HOME"] = str(home)
    result = run(frozen, offline, "gui", "--smoke", env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    assert (home / ".cache" / "workshop-kit" / "library.json").is_file()
    data = home / ".local" / "share" / "workshop-kit"
    assert (data / "instance.lock").is_file()  # the data folder was found and used
    assert not (data / "window-state.ini").exists()  # a smoke run keeps no window size


def test_frozen_app_validates_bundled_and_user_curricula(frozen, offline, user_data):
    result = run(frozen, offline, "validate")
    assert result.returncode == 0, result.stdout + result.stderr
    summary = SUMMARY.search(result.stderr)
    assert summary and int(summary.group("curricula")) >= 1, result.stderr
    assert "0 failed; 0 errors, 0 warnings" in result.stderr
    broken = user_data / "curricula" / "mine" / "curriculum.yaml"
    broken.parent.mkdir(parents=True)
    broken.write_text("id: [\n", encoding="utf-8")
    result = run(frozen, offline, "validate")
    assert result.returncode == 1
    assert f"{broken}:2: not valid YAML" in result.stdout


def test_frozen_app_version(frozen, offline):
    result = run(frozen, offline, "--version")
    assert result.stdout.strip() == f"workshop-kit {__version__}"


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_frozen_handout_has_the_same_text_as_the_source_checkouts(
    frozen, offline, tmp_path, capsys, lang
):
    frozen_pdf, source_pdf = tmp_path / "frozen.pdf", tmp_path / "source.pdf"
    args = ["handout", "--session", "naming-violence", "--lang", lang]
    result = run(frozen, offline, *args, "-o", str(frozen_pdf))
    assert result.returncode == 0, result.stderr[-3000:]
    data = frozen_pdf.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert len(data) > 10_000  # the fonts are embedded
    require("pdftotext")
    assert main([*args, "-o", str(source_pdf)]) == 0
    capsys.readouterr()
    text = pdf_text(frozen_pdf)
    assert ("Where to get help" if lang == "en" else "المساعدة") in text
    assert text == pdf_text(source_pdf)


def traced(offline: list[str], command: list[str], log: Path) -> tuple[int, list[str]]:
    """Run ``command`` offline under strace: its exit status and its internet connects."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=connect", "-o", str(log), *offline, *command],
        capture_output=True,
        env=env,
        timeout=300,
    )
    lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    return result.returncode, [line for line in lines if re.search(r"AF_INET6?\b", line)]


@pytest.mark.parametrize(
    "args",
    [["gui", "--smoke"], ["validate"], ["handout", "--session", "speaking-up", "--lang", "ar"]],
    ids=["gui", "validate", "handout"],
)
def test_frozen_app_does_not_even_try_to_connect(frozen, offline, tmp_path, args):
    """Blocked is not enough: a failed attempt would still be a bug (and a timeout offline)."""
    require("strace")
    _, seen = traced(offline, [sys.executable, "-c", PROBE], tmp_path / "probe.log")
    assert seen, "strace should see the probe's connection attempt"
    if args[0] == "handout":
        args = [*args, "-o", str(tmp_path / "handout.pdf")]
    status, seen = traced(offline, [str(frozen.program), *args], tmp_path / "app.log")
    assert status == 0
    assert seen == []


def test_frozen_app_shows_its_window_on_x11(frozen, offline, tmp_path):
    require("Xvfb")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as displayfd:
            display = displayfd.readline().strip()
        assert display, "Xvfb did not start"
        env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=f":{display}")
        result = run(frozen, offline, "gui", "--smoke", env=env)
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.splitlines() == ["main window shown", "library ready"]


def test_linux_install_script_installs_for_one_user_without_root(frozen, tmp_path):
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["HOME"] = str(home)
    script = ROOT / "packaging" / "linux" / "install.sh"
    result = subprocess.run(
        ["sh", str(script), str(frozen.app)], capture_output=True, text=True, env=env
    )
    assert result.returncode == 0, result.stderr
    share = home / ".local" / "share"
    desktop = share / "applications" / "org.workshopkit.WorkshopKit.desktop"
    assert f'Exec="{home}/.local/lib/workshop-kit/workshop-kit"' in desktop.read_text()
    icons = share / "icons" / "hicolor"
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (icons / f"{size}x{size}" / "apps" / "org.workshopkit.WorkshopKit.png").is_file()
    assert (icons / "scalable" / "apps" / "org.workshopkit.WorkshopKit.svg").is_file()
    assert (share / "metainfo" / "org.workshopkit.WorkshopKit.metainfo.xml").is_file()
    version = subprocess.run(
        [str(home / ".local" / "bin" / "workshop-kit"), "--version"],
        capture_output=True,
        text=True,
    )
    assert version.stdout.strip() == f"workshop-kit {__version__}"
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True)
        assert check.returncode == 0, check.stdout + check.stderr
    (share / "workshop-kit").mkdir(parents=True)  # the user's data: must survive
    result = subprocess.run(
        ["sh", str(script), "--uninstall"], capture_output=True, text=True, env=env
    )
    assert result.returncode == 0, result.stderr
    assert not desktop.exists() and not (home / ".local" / "lib" / "workshop-kit").exists()
    assert (share / "workshop-kit").is_dir()
