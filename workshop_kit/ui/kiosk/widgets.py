"""Pieces of the kiosk screen: the style sheet scaled to the screen, the answer button
whose label wraps instead of being cut, and the help-contacts panel.

The kiosk must work on a 1024x600 netbook as well as a 1920x1080 laptop, so sizes are
derived from the window: :func:`scale_for` gives a factor and :func:`style_sheet` the
fonts for it. Answer buttons share the width of the screen and wrap their labels ("Strongly
disagree" on two lines), so every option and "prefer not to answer" stays on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from workshop_kit.content.labels import label
from workshop_kit.site import SiteInfo

__all__ = ["OptionButton", "dialog_style_sheet", "help_lines", "scale_for", "style_sheet"]

FOCUS = "#b35900"  # the keyboard focus ring: not a colour any answer uses


def scale_for(width: int, height: int) -> float:
    """1.0 on a big screen, down to about 0.6 on 1024x600."""
    return max(0.55, min(1.0, height / 800, width / 1200))


def style_sheet(scale: float) -> str:
    def pt(size: float) -> str:
        return f"{max(9, round(size * scale))}pt"

    def px(size: float) -> str:
        return f"{max(1, round(size * scale))}px"

    return f"""
#kiosk {{ background: #f7f4ee; }}
QWidget {{ font-size: {pt(18)}; }}
QLabel {{ color: #1d1d1d; }}
#question {{ font-size: {pt(28)}; font-weight: bold; }}
#stem {{ font-size: {pt(20)}; color: #444; }}
#phase {{ font-size: {pt(34)}; font-weight: bold; color: #1f4e79; }}
#hint {{ color: #b3261e; font-weight: bold; }}
#helpBox {{ background: #ffffff; border: 2px solid #c9c2b4; border-radius: {px(16)}; }}
QLineEdit#codeField {{ font-size: {pt(36)}; padding: 4px; min-height: {px(70)}; }}
QPushButton#option, QPushButton#preferNot {{
  background: #ffffff; border: 5px solid #c9c2b4; border-radius: {px(18)};
  padding: {px(8)};
}}
QPushButton#option:checked, QPushButton#preferNot:checked {{
  background: #dbe9f7; border: 5px solid #1f4e79;
}}
QPushButton#option:focus, QPushButton#preferNot:focus {{
  border: 5px dashed {FOCUS};
}}
QPushButton#option:checked:focus, QPushButton#preferNot:checked:focus {{
  background: #dbe9f7; border: 5px dashed {FOCUS};
}}
QPushButton {{
  font-size: {pt(19)}; padding: {px(10)} {px(24)}; border-radius: {px(12)};
  background: #e8e2d6; border: 4px solid #c9c2b4; color: #1d1d1d; outline: none;
}}
QPushButton:focus {{ border: 4px dashed {FOCUS}; }}
QPushButton:checked {{ background: #1f4e79; color: white; border-color: #1f4e79; }}
QPushButton#primary {{ background: #1f4e79; color: white; border-color: #1f4e79; }}
QPushButton#primary:focus {{ border: 4px dashed {FOCUS}; }}
QToolButton {{ font-size: {pt(18)}; }}
QProgressBar {{ min-height: {px(14)}; max-height: {px(14)}; border-radius: {px(7)};
  background: #e8e2d6; }}
QProgressBar::chunk {{ background: #1f4e79; border-radius: {px(7)}; }}
#cover {{ background: #dfe7e2; }}
#overlay {{ background: rgba(20, 20, 20, 170); }}
#overlayBox {{ background: #ffffff; border-radius: 20px; }}
"""


def dialog_style_sheet(scale: float) -> str:
    """For the kiosk's own dialogs (the PIN): readable, with the kiosk's focus ring, and
    none of the kiosk's big paddings, which would cut the dialog's button texts."""
    size = f"{max(11, round(16 * scale))}pt"
    return f"""
QWidget {{ font-size: {size}; }}
QPushButton {{
  padding: 4px 14px; border-radius: 6px; min-height: 1.6em;
  background: #e8e2d6; border: 3px solid #c9c2b4; color: #1d1d1d; outline: none;
}}
QPushButton:focus, QPushButton:default {{ border: 3px dashed {FOCUS}; }}
QLineEdit {{ padding: 4px; }}
"""


class OptionButton(QPushButton):
    """A checkable answer: a picture above a label that wraps to as many lines as it
    needs. The button's accessible name is the label."""

    def __init__(self, text: str, icon: QIcon, parent: QWidget, *, name: str = "option"):
        super().__init__(parent)
        self.setObjectName(name)
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(text, self)
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setStyleSheet("background: transparent;")
        for child in (self.picture, self.caption):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.caption, 1)
        self._icon = icon
        self.set_picture_size(96)
        self.setAccessibleName(text)

    def set_label(self, text: str) -> None:
        self.caption.setText(text)
        self.setAccessibleName(text)

    def set_picture_size(self, size: int) -> None:
        self.picture.setPixmap(self._icon.pixmap(QSize(size, size)))
        self.picture.setFixedSize(size, size)
        if self._icon.isNull():  # an about-you answer: no picture, as big a button
            self.picture.hide()
            self.setMinimumHeight(size + 40)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # the layout's, not an empty push button's
        return self._layout.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self._layout.minimumSize()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._layout.totalHeightForWidth(width)


def help_lines(site: SiteInfo, lang: str) -> list[str]:
    """The centre's help contacts in ``lang``, as the handouts print them (one line each)."""
    lines = []
    if site.centre_name.strip():
        lines.append(" ".join(site.centre_name.split()))
    if site.contacts:
        lines.append(label("pdf.help_intro", lang))
        for contact in site.contacts:
            parts = [contact.name_in(lang).strip()]
            if contact.phone.strip():
                parts.append(label("pdf.phone", lang, phone=contact.phone.strip()))
            if contact.hours_in(lang).strip():
                parts.append(label("pdf.hours", lang, hours=contact.hours_in(lang).strip()))
            lines.append("• " + " · ".join(p for p in parts if p))
        lines.append(label("pdf.help_private", lang))
    else:
        lines.append(label("pdf.help_none", lang))
    return lines
