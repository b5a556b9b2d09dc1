"""The Settings page saves the centre's details and the preferences table."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QTableWidgetItem

from workshop_kit.settings import Settings
from workshop_kit.site import load_site
from workshop_kit.ui.settings.page import SettingsPage


def test_centre_contacts_and_preferences_are_saved(qtbot, settings, user_data):
    page = SettingsPage(settings)
    qtbot.addWidget(page)
    page.centre_name.setText("East Amman centre")
    page._on_add_contact_clicked()
    for column, text in enumerate(["Legal aid", "مساعدة قانونية", "06 555 0101", "9-3", ""]):
        page.contacts.setItem(0, column, QTableWidgetItem(text))
    page._on_add_contact_clicked()  # an empty row is ignored
    page.editors["timer_warning_seconds"].setValue(90)
    page.editors["content_language"].setCurrentIndex(1)
    with qtbot.waitSignal(page.site_saved):
        page.save()
    site = load_site()
    assert site.centre_name == "East Amman centre"
    (contact,) = site.contacts
    assert contact.name == {"en": "Legal aid", "ar": "مساعدة قانونية"}
    assert contact.phone == "06 555 0101" and contact.hours == {"en": "9-3"}
    fresh = Settings()
    assert fresh.get("timer_warning_seconds") == 90 and fresh.get("content_language") == "ar"
    assert page.status.text() == "Saved."


def test_logo_is_copied_into_the_data_folder(qtbot, settings, user_data, tmp_path):
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    source = tmp_path / "logo.png"
    image.save(str(source))
    page = SettingsPage(settings)
    qtbot.addWidget(page)
    page.set_logo(source)
    page.save()
    source.unlink()  # the original may move or vanish
    assert load_site().logo == user_data / "logo.png" and (user_data / "logo.png").is_file()
    assert not page.logo_preview.pixmap().isNull()


def test_not_an_image_is_refused(qtbot, settings, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[1]))
    bogus = tmp_path / "notes.png"
    bogus.write_text("not an image", encoding="utf-8")
    page = SettingsPage(settings)
    qtbot.addWidget(page)
    page.set_logo(bogus)
    assert warned == ["Not an image"] and page._logo is None
