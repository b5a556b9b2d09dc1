"""Render the app icon (assets/icons/workshop-kit.svg) to PNG, ICO and ICNS files.

Writes ``workshop-kit-<N>.png`` for the hicolor sizes 16 to 512, ``workshop-kit.ico``
(Windows: the installer and the .exe) and ``workshop-kit.icns`` (macOS: the .app). The SVG
is drawn by hand; the rest is rendered from it with QtSvg on the offscreen platform, so this
runs without a display. The ICO and ICNS files are written by hand (both are a small index
followed by PNG images), so no image library beyond Qt is needed. Run again after changing
the drawing, and commit what it writes.

Usage: python scripts/make_icons.py [OUT_FOLDER]
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "assets" / "icons"
NAME = "workshop-kit"
SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 32, 48, 64, 128, 256)  # 256 is the largest an ICO entry can describe
# ICNS entry types holding PNG data, by pixel size (Apple's icns format).
ICNS_TYPES = (
    *((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256)),
    *((b"ic09", 512), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512)),
)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    """The drawing at ``size`` x ``size`` pixels on a transparent background, as PNG."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not write a PNG: is the imageformats plugin missing?")
    return bytes(data)


def ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (read by Windows Vista and later)."""
    sizes = [s for s in ICO_SIZES if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        png = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file whose entries are PNG images."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for kind, size in ICNS_TYPES
        if size in pngs
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ICONS
    out.mkdir(parents=True, exist_ok=True)
    app = QGuiApplication(sys.argv[:1])  # QImage text and plugins need an application
    renderer = QSvgRenderer(str(ICONS / f"{NAME}.svg"))
    if not renderer.isValid():
        print(f"cannot read {ICONS / f'{NAME}.svg'}: not a valid SVG", file=sys.stderr)
        return 1
    pngs = {size: render_png(renderer, size) for size in SIZES}
    for size, png in pngs.items():
        (out / f"{NAME}-{size}.png").write_bytes(png)
    (out / f"{NAME}.ico").write_bytes(ico(pngs))
    (out / f"{NAME}.icns").write_bytes(icns(pngs))
    print(f"wrote {len(pngs)} PNGs, {NAME}.ico and {NAME}.icns to {out}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
