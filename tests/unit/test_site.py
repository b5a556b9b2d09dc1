from __future__ import annotations

from workshop_kit.site import HelpContact, SiteInfo, load_site, save_site


def test_nothing_set_by_default(user_data):
    assert load_site() == SiteInfo()


def test_round_trip_in_two_languages(user_data):
    site = SiteInfo(
        "East Amman centre",
        None,
        (
            HelpContact(
                {"en": "Legal aid", "ar": "مساعدة قانونية"},
                "06 555 0101",
                {"en": "Sun-Thu 9-3", "ar": "الأحد-الخميس 9-3"},
            ),
        ),
    )
    save_site(site)
    loaded = load_site()
    assert loaded == site
    assert loaded.contacts[0].name_in("ar") == "مساعدة قانونية"
    assert loaded.contacts[0].hours_in("fr") == "Sun-Thu 9-3"  # falls back


def test_damaged_or_odd_file_gives_defaults_or_drops_bad_entries(user_data):
    path = user_data / "site.json"
    path.write_text("{broken", encoding="utf-8")
    assert load_site() == SiteInfo()
    path.write_text(
        '{"centre_name": 5, "contacts": [{"phone": "1"}, {"name": {"en": "X"}}]}', encoding="utf-8"
    )
    site = load_site()
    assert site.centre_name == "" and [c.name_in("en") for c in site.contacts] == ["X"]
