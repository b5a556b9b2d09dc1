"""What goes into the frozen app: which Qt parts are kept, and which are left out.

The spec (``workshop-kit.spec``) loads this file and filters PyInstaller's lists of binaries
and data through :func:`keep`; ``tests/unit/test_packaging_files.py`` tests the rules
without building.

Decisions:

- Python modules: the app imports QtCore, QtGui, QtWidgets, QtSvg (through the SVG icon and
  image plugins), QtPdf, QtPdfWidgets, QtPrintSupport and QtTextToSpeech. Every other PySide6
  module is excluded, QtNetwork included: the app never goes online, so no Python code in
  the frozen app can even import it. (The shared library libQt6Network stays: libQt6Pdf
  links to it. Likewise libQt6Multimedia, which libQt6TextToSpeech links to; its plugins,
  which bring FFmpeg, do not.)
- Qt plugins are kept by type and name: platforms (offscreen, xcb, wayland, windows, cocoa),
  the SVG icon engine and image formats the app can meet (SVG pictograms, a centre's logo in
  PNG, JPEG or GIF), printing, input methods (IBus, compose: Arabic and accented input) and
  speech (not the "mock" engine, which is for Qt's own tests and would offer a silent voice).
  GTK3 theming is left out: it would bundle the build machine's GTK, a frequent cause of
  frozen apps that crash on other distributions; the desktop portal theme stays.
- Qt's own translations: only the languages the app offers (Arabic and English).
- QML, Quick, WebEngine, 3D, Charts, Designer and their kin are never needed; anything
  from them that a hook pulls in anyway is dropped here.
- A plugin that is dropped may have brought libraries of its own (the GTK3 theme brings
  cairo and ATK, the virtual keyboard brings QML): :func:`prune` drops every library that
  only dropped files need, and every link that points at a dropped file.
"""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import PurePosixPath

__all__ = [
    "EXCLUDED_MODULES",
    "LANGUAGES",
    "PLUGINS",
    "QT_MODULES",
    "keep",
    "prune",
]

# The PySide6 modules the app imports (see workshop_kit/ui/).
QT_MODULES = (
    "QtCore",
    "QtGui",
    "QtWidgets",
    "QtSvg",
    "QtPdf",
    "QtPdfWidgets",
    "QtPrintSupport",
    "QtTextToSpeech",
)

# Languages of the interface; Qt's own translations are kept for these only.
LANGUAGES = ("ar", "en", "fr")


def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_UNUSED_QT = _names(
    "Qt3DAnimation Qt3DCore Qt3DExtras Qt3DInput Qt3DLogic Qt3DRender QtAxContainer "
    "QtBluetooth QtCanvasPainter QtCharts QtConcurrent QtDBus QtDataVisualization QtDesigner "
    "QtGraphs QtGraphsWidgets QtHelp QtHttpServer QtLabsStyleKit QtLocation QtMultimedia "
    "QtMultimediaWidgets QtNetwork QtNetworkAuth QtNfc QtOpenGL QtOpenGLWidgets QtPositioning "
    "QtQml QtQmlFeatures QtQuick QtQuick3D QtQuickControls2 QtQuickTest QtQuickWidgets "
    "QtRemoteObjects QtScxml QtSensors QtSerialBus QtSerialPort QtSpatialAudio QtSql "
    "QtStateMachine QtSvgWidgets QtTest QtUiTools QtWebChannel QtWebEngineCore "
    "QtWebEngineQuick QtWebEngineWidgets QtWebSockets QtWebView QtXml"
)

# Python modules PyInstaller must not follow. Besides unused Qt: libraries that are
# installed next to the app in a development environment but never imported by it.
EXCLUDED_MODULES = (
    *(f"PySide6.{name}" for name in _UNUSED_QT),
    "PySide6.scripts",
    "PySide6.support",
    "tkinter",
    "numpy",
    "scipy",
    "matplotlib",
    "IPython",
    "pytest",
    "hypothesis",
    "setuptools",
    "pkg_resources",
    "fontTools",  # optional in arabic_reshaper; we configure it without a font file
    "ssl",  # no connections, so no TLS (hashlib keeps OpenSSL for scrypt)
    # Pillow, which reportlab uses for raster images, without the formats a logo is never
    # in (AVIF alone brings 5 MB) and without its Tk and Qt bridges.
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL.ImageQt",
)

# Plugin type -> the plugins kept: file names without "lib" and the extension, for Linux,
# Windows and macOS alike (libqxcb.so, qwindows.dll, libqcocoa.dylib).
PLUGINS: dict[str, frozenset[str]] = {
    kind: frozenset(_names(names))
    for kind, names in {
        "platforms": "qoffscreen qxcb qwayland qwindows qcocoa",
        "platformthemes": "qxdgdesktopportal",
        "platforminputcontexts": "composeplatforminputcontextplugin ibusplatforminputcontextplugin",
        "xcbglintegrations": "qxcb-glx-integration qxcb-egl-integration",
        "wayland-shell-integration": "xdg-shell",
        "wayland-decoration-client": "adwaita bradient",
        "wayland-graphics-integration-client": "qt-plugin-wayland-egl",
        "imageformats": "qsvg qjpeg qgif qico",
        "iconengines": "qsvgicon",
        "printsupport": "cupsprintersupport windowsprintersupport cocoaprintersupport",
        "texttospeech": "qtexttospeech_speechd qtexttospeech_flite qtexttospeech_sapi "
        "qtexttospeech_winrt qtexttospeech_darwin",
        "styles": "qmodernwindowsstyle qwindowsvistastyle qmacstyle",
    }.items()
}

# Qt shared libraries never needed (matched on the name after "Qt6"/"Qt").
_UNUSED_LIBRARIES = re.compile(
    r"^(3D|Bluetooth|CanvasPainter|Charts|DataVisualization|Designer|EglFS|Graphs|Help|"
    r"HttpServer|Labs|Location|Lottie|MultimediaQuick|MultimediaWidgets|NetworkAuth|Nfc|"
    r"PdfQuick|Positioning|Qml|Quick|RemoteObjects|Scxml|Sensors|SerialBus|SerialPort|"
    r"ShaderTools|SpatialAudio|Sql|StateMachine|Test|UiTools|VirtualKeyboard|WebChannel|"
    r"WebEngine|WebSockets|WebView|Wayland(Compositor|EglCompositor))",
    re.IGNORECASE,
)
_QT_LIBRARY = re.compile(r"^(?:lib)?Qt6?(?P<name>[A-Za-z0-9]+)(?:\.|$)")
_PLUGIN_NAME = re.compile(r"^(?:lib)?(?P<name>.+?)(?:\.so|\.dll|\.dylib)$")


def _plugin_name(filename: str) -> str:
    match = _PLUGIN_NAME.match(filename)
    return match.group("name") if match else filename


def keep(dest: str) -> bool:
    """Whether the file PyInstaller would place at ``dest`` (relative, / or \\) is kept."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "PySide6" not in parts:
        return True
    inner = parts[parts.index("PySide6") + 1 :]
    if "qml" in inner or "libexec" in inner:
        return False
    if "plugins" in inner:
        at = inner.index("plugins")
        if len(inner) < at + 3:
            return True  # a folder entry, not a plugin
        kind, filename = inner[at + 1], inner[-1]
        return _plugin_name(filename) in PLUGINS.get(kind, frozenset())
    if "translations" in inner:
        catalogue, _, language = inner[-1].rsplit(".", 1)[0].partition("_")
        return catalogue in {"qt", "qtbase"} and language in LANGUAGES
    for part in inner:  # a framework folder on macOS, or the library file itself
        library = _QT_LIBRARY.match(part)
        if library and _UNUSED_LIBRARIES.match(library.group("name")):
            return False
    return True


Entry = tuple[str, str, str]  # PyInstaller's (destination, source, type code)


def _closure(sources: Iterable[str], needs: Callable[[str], Iterable[str]]) -> set[str]:
    seen: set[str] = set()
    todo = [os.path.realpath(s) for s in sources]
    while todo:
        source = todo.pop()
        if source in seen:
            continue
        seen.add(source)
        todo += [os.path.realpath(n) for n in needs(source) if n]
    return seen


def _dest(entry: Entry) -> str:
    return entry[0].replace("\\", "/")


def prune(entries: Sequence[Entry], needs: Callable[[str], Iterable[str]]) -> list[Entry]:
    """The entries to bundle: those :func:`keep` accepts, less what only dropped ones need.

    ``needs(source)`` lists the shared libraries a binary links to (full paths). Links
    (type code SYMLINK; the source is the target, relative to the link's folder) are kept
    while their target is. Raises ValueError when a kept binary needs a dropped one: the
    frozen app would fail to start, so the rules must change."""
    binary = {"BINARY", "EXTENSION", "EXECUTABLE"}
    kept = [e for e in entries if e[2] == "SYMLINK" or keep(e[0])]
    dropped = [e for e in entries if e[2] != "SYMLINK" and not keep(e[0])]
    dropped_sources = {os.path.realpath(e[1]) for e in dropped}
    # Libraries a dropped file links to may be needed by nothing else; they are kept only
    # when a kept file that is not itself such a library needs them.
    candidates = _closure((e[1] for e in dropped if e[2] in binary), needs) - dropped_sources
    roots = [e[1] for e in kept if e[2] in binary and os.path.realpath(e[1]) not in candidates]
    needed = _closure(roots, needs)
    clashes = sorted(e[0] for e in dropped if os.path.realpath(e[1]) in needed)
    if clashes:
        raise ValueError(
            "bundle_rules.py drops files that kept ones link to: "
            + ", ".join(clashes)
            + "; keep them, or drop what needs them"
        )
    orphans = candidates - needed
    kept = [e for e in kept if e[2] == "SYMLINK" or os.path.realpath(e[1]) not in orphans]
    present = {_dest(e) for e in kept if e[2] != "SYMLINK"}
    links = [e for e in kept if e[2] == "SYMLINK"]
    changed = True
    while changed:  # a link may point at another link
        resolved = {
            _dest(e)
            for e in links
            if posixpath.normpath(posixpath.join(posixpath.dirname(_dest(e)), e[1])) in present
        }
        changed = not resolved <= present
        present |= resolved
    return [e for e in kept if _dest(e) in present]
