"""The Library page: open a session, search, switch the content language."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workshop_kit.ui.library.page import LibraryPage


def make_page(qtbot, library, settings, user_data):
    page = LibraryPage(library, settings, user_data / "curricula")
    qtbot.addWidget(page)
    page.show()
    return page


def session_items(page):
    top = page.tree.topLevelItem(0)
    return [top.child(i) for i in range(top.childCount())] if top else []


def test_opening_a_session_shows_its_whole_guide(qtbot, bundled_library, settings, user_data):
    page = make_page(qtbot, bundled_library, settings, user_data)
    second = session_items(page)[1]
    page.tree.setCurrentItem(second)
    text = page.reader.toPlainText()
    assert "Session 2: Naming violence" in text
    assert "Timing" in text and "Total: 120 minutes" in text
    assert "May a man hit his wife?" in text
    assert "If someone discloses abuse" in text
    assert "Key messages for the handout" in text
    assert page.current_session()[1].id == "naming-violence"


def test_search_filters_sessions_in_any_language(qtbot, bundled_library, settings, user_data):
    page = make_page(qtbot, bundled_library, settings, user_data)
    qtbot.keyClicks(page.search, "pledge")
    assert [i.data(0, Qt.ItemDataRole.UserRole)[1] for i in session_items(page)] == [
        "men-as-allies"
    ]
    assert "Men as allies" in page.reader.toPlainText()
    page.search.setText("تعهّد")  # Arabic cannot go through keyClicks (Latin-1 only)
    assert [i.data(0, Qt.ItemDataRole.UserRole)[1] for i in session_items(page)] == [
        "men-as-allies"
    ]
    page.search.setText("zzqxv")
    assert page.tree.topLevelItemCount() == 0
    assert page.empty_label.isVisible()
    assert not page.run_button.isEnabled()
    page.search.clear()
    assert len(session_items(page)) == 5


def test_arabic_content_reads_right_to_left(qtbot, bundled_library, settings, user_data):
    page = make_page(qtbot, bundled_library, settings, user_data)
    page.language.setCurrentIndex(page.language.findData("ar"))
    assert page.reader.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "الجلسة" in page.reader.toPlainText() or "أصوات متساوية" in page.reader.toPlainText()
    assert page.tree.topLevelItem(0).text(0) == "أصوات متساوية"
    assert page.reader.document().firstBlock().textDirection() == Qt.LayoutDirection.RightToLeft
    assert settings.get("content_language") == "ar"
    page.language.setCurrentIndex(page.language.findData("en"))
    assert page.reader.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_run_button_asks_to_run_the_selected_session(qtbot, bundled_library, settings, user_data):
    page = make_page(qtbot, bundled_library, settings, user_data)
    page.tree.setCurrentItem(session_items(page)[3])
    with qtbot.waitSignal(page.run_requested) as signal:
        qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    curriculum, session, lang = signal.args
    assert (curriculum.id, session.id, lang) == ("equal-voices", "men-as-allies", "en")


def test_guide_view_names_the_survey_by_its_title_not_its_id(
    qtbot, bundled_library, settings, user_data
):
    page = make_page(qtbot, bundled_library, settings, user_data)
    page.tree.setCurrentItem(session_items(page)[0])
    instrument = bundled_library.instrument(page.current_session()[1].survey_before)
    text = page.reader.toPlainText()
    assert " ".join(instrument.title.get("en").split()) in " ".join(text.split())
    assert "Workshops page" in text
    assert instrument.id not in text and "Surveys page" not in text
