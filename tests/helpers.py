"""Small helpers shared by tests."""

from __future__ import annotations

from pathlib import Path


def line_of(path: Path, needle: str) -> int:
    """The 1-based line number of the first line of ``path`` containing ``needle``."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not found in {path}")


BUNDLED_CURRICULA = Path(__file__).resolve().parents[1] / "curricula"


def bundled_curriculum_ids() -> set[str]:
    """The ids of the bundled curricula: every folder of curricula/ with a curriculum.yaml."""
    import yaml

    return {
        yaml.safe_load(path.read_text(encoding="utf-8"))["id"]
        for path in BUNDLED_CURRICULA.glob("*/curriculum.yaml")
    }


def bundled_load_summary() -> str:
    """What ``workshop-kit validate`` says it loaded from the bundled content, counted
    from the files: "2 curricula (10 sessions) and 2 instruments loaded"."""
    import yaml

    folders = list(BUNDLED_CURRICULA.glob("*/curriculum.yaml"))
    sessions = sum(len(yaml.safe_load(p.read_text(encoding="utf-8"))["sessions"]) for p in folders)
    instruments = len(list((BUNDLED_CURRICULA / "instruments").glob("*.yaml")))
    return f"{len(folders)} curricula ({sessions} sessions) and {instruments} instruments loaded"


def replace_once(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= 1, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


CURRICULUM_YAML = """\
id: test-course
version: 1
languages: [en, ar]
default_language: en
title:
  en: Test course
  ar: دورة تجريبية
summary:
  en: A course used by the tests.
  ar: دورة تستخدمها الاختبارات.
sessions:
  - sessions/01-first.yaml
  - sessions/02-second.yaml
"""

SESSION_YAML = """\
id: {id}
title:
  en: {title}
  ar: جلسة {id}
duration: 60
summary:
  en: What this session does.
  ar: ما تفعله هذه الجلسة.
objectives:
  - en: Agree on ground rules.
    ar: الاتفاق على قواعد المجموعة.
disclosure:
  en: Listen, believe, and offer the centre's list of local help contacts in private.
  ar: استمعوا وصدّقوا، وقدّموا قائمة المركز لجهات المساعدة على انفراد.
key_messages:
  - en: Everyone may pass.
    ar: يحق لكل شخص ألا يشارك.
survey:
  before: test-survey
activities:
  - id: opening
    title:
      en: Opening circle
      ar: دائرة الافتتاح
    kind: opening
    minutes: 20
    steps:
      - en: Welcome everyone.
        ar: رحّبوا بالجميع.
  - id: talk
    title:
      en: Talking together
      ar: نتحدث معًا
    kind: discussion
    minutes: 40
    steps:
      - en: Ask the group what makes a space feel safe.
        ar: اسألوا المجموعة عمّا يجعل المكان آمنًا.
    questions:
      - en: What helps you feel safe to speak?
        ar: ما الذي يساعدك على الشعور بالأمان للكلام؟
"""


def make_content(root: Path) -> Path:
    """Write a small valid two-session curriculum and one instrument under ``root``;
    returns the curriculum folder."""
    folder = root / "test-course"
    (folder / "sessions").mkdir(parents=True)
    (folder / "curriculum.yaml").write_text(CURRICULUM_YAML, encoding="utf-8")
    for number, sid, title in ((1, "first", "First session"), (2, "second", "Second session")):
        path = folder / "sessions" / f"0{number}-{sid}.yaml"
        path.write_text(SESSION_YAML.format(id=sid, title=title), encoding="utf-8")
    (root / "instruments").mkdir(exist_ok=True)
    (root / "instruments" / "test-survey.yaml").write_text(INSTRUMENT_YAML, encoding="utf-8")
    return folder


INSTRUMENT_YAML = """\
id: test-survey
version: 2
languages: [en, ar]
default_language: en
title:
  en: Test survey
  ar: استبيان تجريبي
intro:
  en: This survey is anonymous.
  ar: هذا الاستبيان بلا أسماء.
scales:
  agree3:
    type: agreement-3
    options:
      - {value: 1, label: {en: Disagree, ar: لا أوافق}}
      - {value: 2, label: {en: Partly agree, ar: أوافق جزئيًا}}
      - {value: 3, label: {en: Agree, ar: أوافق}}
  ynd:
    type: yes-no-dk
    options:
      - {value: 1, label: {en: "Yes", ar: نعم}}
      - {value: 0, label: {en: "No", ar: لا}}
      - {value: 9, label: {en: Don't know, ar: لا أعرف}}
blocks:
  - id: reasons
    stem:
      en: A husband may hit his wife if she...
      ar: يحق للزوج أن يضرب زوجته إذا...
items:
  - id: hit_ok
    text:
      en: A man may hit his wife if she behaves in an antagonising manner.
      ar: يحق للرجل أن يضرب زوجته إذا تصرفت بطريقة مستفزة.
    scale: agree3
    construct: violence_acceptance
  - id: never_ok
    text:
      en: Violence at home is never acceptable.
      ar: العنف في البيت غير مقبول أبدًا.
    scale: agree3
    construct: violence_acceptance
    reverse: true
  - id: goes_out
    text:
      en: ...goes out without telling him.
      ar: ...خرجت دون أن تخبره.
    scale: ynd
    construct: dhs_justification
    block: reasons
"""


# ----------------------------------------------------------------------------- sealed data

#: The unlock code of every sealed data folder the tests make, and a cheap scrypt cost for it
#: (the default costs 0.4 s and 128 MiB per unlock).
UNLOCK_CODE = "0481-7730-2956"


def cheap_cost():
    from workshop_kit.records.crypto import ScryptCost

    return ScryptCost(n=2**10, r=8, p=1)


def sealed_data_dir(data_dir: Path | None = None, *, lead=None, code: str = UNLOCK_CODE):
    """Set up the keys of ``data_dir`` (this test's user data folder by default) as the
    app's first start does, with a cheap cost: any plaintext workshops there are sealed.
    Returns the unlocked ``Protected`` (its store and vault)."""
    from workshop_kit.records.protection import set_up

    return set_up(code, lead=lead, data_dir=data_dir, cost=cheap_cost())


def unlock_line(code: str = UNLOCK_CODE) -> str:
    """The unlock code as the first line of standard input (``--unlock-stdin``)."""
    return code + "\n"
