"""The log file holds no answers, match-code facts, PIN, help contacts or times of day,
even at DEBUG and even when an error message carries some of them."""

from __future__ import annotations

import io
import logging
import re
import sys

import pytest

from tests.helpers import sealed_data_dir, unlock_line
from tests.sealed_bundles import lead_key
from workshop_kit import logs
from workshop_kit.cli import main
from workshop_kit.exports.run import ExportRequest, run_export
from workshop_kit.records.pin import PinStore
from workshop_kit.site import HelpContact, SiteInfo, save_site
from workshop_kit.ui.jobs import Job

PIN = "482915"
# Letters no log line would hold by chance: a match code's initials.
CODE = {
    "mother_initial": "ظ",
    "birth_day": "27",
    "older_siblings": "3",
    "birthplace_initial": "ث",
    "younger_siblings": "2",
}
CONTACT = HelpContact({"en": "Nour Safe House", "ar": "دار نور الآمنة"}, "+962 6 555 0199")
TIME_OF_DAY = re.compile(r"\b\d{1,2}:\d{2}\b")


@pytest.fixture
def debug_log(user_data):
    root = logging.getLogger()
    level = root.level
    path = logs.setup_logging(logging.DEBUG)
    root.setLevel(logging.DEBUG)  # other libraries' debug lines too
    yield path
    root.setLevel(level)
    logs.stop_logging()
    logs._secrets.clear()


def answers_for(instrument, shift: int) -> dict:
    return {
        item.id: item.scale.values[(i + shift) % len(item.scale.values)]
        for i, item in enumerate(instrument.items)
    }


@pytest.mark.slow
def test_a_whole_survey_cycle_leaves_no_answer_code_pin_contact_or_time_in_the_log(
    qtbot, debug_log, user_data, instrument, bundled_library, tmp_path, monkeypatch
):
    from workshop_kit.ui.app import _redact_site_contacts

    save_site(SiteInfo("Test centre", None, (CONTACT,)))
    _redact_site_contacts()
    PinStore(user_data / "pin.json").set_pin(PIN)
    lead = lead_key(tmp_path / "lead")[0]
    store = sealed_data_dir(lead=lead).store  # as the app keeps data: sealed
    workshop = store.create_workshop(
        curriculum_id="equal-voices",
        session_ids=("gender-and-power",),
        site="Cairo group",
        day="2026-11-20",
        language="en",
        expected_participants=3,
        instrument_id=instrument.id,
        instrument_version=instrument.version,
    )
    given = []
    for phase, shift in (("pre", 0), ("post", 1)):  # the kiosk, with a match code
        given.append(answers_for(instrument, shift))
        store.add_response(
            workshop.id,
            phase=phase,
            instrument_id=instrument.id,
            instrument_version=instrument.version,
            answers=given[-1],
            entry_mode="kiosk",
            code_answers=CODE,
        )
    given.append(answers_for(instrument, 2))  # typed in from a paper form
    store.add_response(
        workshop.id,
        phase="pre",
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        answers=given[-1],
        entry_mode="paper",
        code_answers=None,
    )
    store.close_workshop(workshop.id)
    for fmt in ("csv", "xlsx", "report", "bundle"):
        run_export(
            ExportRequest(fmt, tmp_path / f"out-{fmt}"), store, bundled_library, progress=None
        )
    monkeypatch.setattr(sys, "stdin", io.StringIO(unlock_line() + PIN + "\n"))
    args = ["export", "--format", "csv", "--unlock-stdin", "--pin-stdin"]
    assert main([*args, "-o", str(tmp_path / "c.csv")]) == 0
    logs.setup_logging(logging.DEBUG)  # the command line pointed it at the same file again

    def broken(progress, cancelled):  # a bug whose message carries what must not be logged
        raise RuntimeError(
            f"export broke for {CONTACT.name['en']} ({CONTACT.phone}) at 14:32:07, pin {PIN}"
        )

    job = Job(broken)
    messages = []
    job.failed.connect(messages.append)
    with qtbot.waitSignal(job.finished, timeout=10_000):
        job.start()
    qtbot.waitUntil(lambda: bool(messages))

    for handler in logging.getLogger().handlers:
        handler.flush()
    text = debug_log.read_text(encoding="utf-8")
    assert "RuntimeError: export broke for" in text  # the failure itself is there
    assert PIN not in text
    assert not TIME_OF_DAY.search(text)
    for fact in (CODE["mother_initial"], CODE["birthplace_initial"]):
        assert fact not in text
    for secret in (*CONTACT.name.values(), CONTACT.phone, "555 0199"):
        assert secret not in text
    for item in instrument.items:  # no answer is logged, by item or as a whole
        assert item.id not in text
    assert "answers" not in text and "match_hashes" not in text and "secret" not in text
    # every line starts with the day only
    for line in text.splitlines():
        if re.match(r"\d{4}-\d{2}-\d{2} ", line):
            assert not re.match(r"\d{4}-\d{2}-\d{2}[ T]\d", line)
    assert re.match(r"\d{4}-\d{2}-\d{2} (INFO|ERROR|DEBUG|WARNING) ", text)
