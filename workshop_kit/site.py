"""The centre's own details, printed on every handout: its name, an optional logo and the
local help contacts (per language).

Stored as JSON in the user data folder, written atomically. Nothing here is invented: with
no contacts set, documents say plainly that the centre should add them in Settings.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from workshop_kit import paths
from workshop_kit.fileio import atomic_write_text

__all__ = ["HelpContact", "SiteInfo", "load_site", "save_site", "site_file"]

_MAX_CONTACTS = 12
_MAX_TEXT = 120


@dataclass(frozen=True)
class HelpContact:
    """One place to get help: its name and opening hours per language, and a phone."""

    name: Mapping[str, str]
    phone: str = ""
    hours: Mapping[str, str] = field(default_factory=dict)

    def name_in(self, lang: str) -> str:
        return self.name.get(lang) or next(iter(self.name.values()), "")

    def hours_in(self, lang: str) -> str:
        return self.hours.get(lang) or next(iter(self.hours.values()), "")


@dataclass(frozen=True)
class SiteInfo:
    centre_name: str = ""
    logo: Path | None = None
    contacts: tuple[HelpContact, ...] = ()


def site_file() -> Path:
    return paths.user_data_dir() / "site.json"


def _text(value: object) -> str:
    return value.strip()[:_MAX_TEXT] if isinstance(value, str) else ""


def _by_lang(value: object) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {k: _text(v) for k, v in value.items() if isinstance(k, str) and _text(v)}


def load_site(path: Path | None = None) -> SiteInfo:
    """The saved site details; defaults (nothing set) when missing or unreadable."""
    try:
        data = json.loads((path or site_file()).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return SiteInfo()
    if not isinstance(data, dict):
        return SiteInfo()
    contacts = []
    for raw in (
        data.get("contacts", [])[:_MAX_CONTACTS] if isinstance(data.get("contacts"), list) else []
    ):
        if isinstance(raw, dict) and _by_lang(raw.get("name")):
            contacts.append(
                HelpContact(
                    _by_lang(raw.get("name")), _text(raw.get("phone")), _by_lang(raw.get("hours"))
                )
            )
    logo = data.get("logo")
    return SiteInfo(
        _text(data.get("centre_name")),
        Path(logo) if isinstance(logo, str) and logo else None,
        tuple(contacts),
    )


def save_site(site: SiteInfo, path: Path | None = None) -> None:
    data = {
        "centre_name": site.centre_name,
        "logo": str(site.logo) if site.logo else "",
        "contacts": [
            {"name": dict(c.name), "phone": c.phone, "hours": dict(c.hours)} for c in site.contacts
        ],
    }
    atomic_write_text(path or site_file(), json.dumps(data, ensure_ascii=False, indent=2))
