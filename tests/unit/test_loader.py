"""Loading curricula: every kind of author mistake is reported with file and line,
and a broken curriculum never stops the others from loading."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers import bundled_curriculum_ids, line_of, make_content, replace_once
from workshop_kit.content.library import ContentRoot, load_library
from workshop_kit.content.loader import load_curriculum
from workshop_kit.content.problems import WARNING

ROOT = Path(__file__).resolve().parents[2]


def load(root: Path):
    return load_library([ContentRoot(root, bundled=False)])


def test_valid_content_loads_into_frozen_dataclasses(tmp_path):
    make_content(tmp_path)
    library = load(tmp_path)
    assert library.problems == ()
    (course,) = library.curricula
    assert course.id == "test-course"
    assert course.languages == ("en", "ar")
    assert [s.id for s in course.sessions] == ["first", "second"]
    first = course.sessions[0]
    assert first.number == 1
    assert first.title.get("ar") == "جلسة first"
    assert first.survey_before == "test-survey"
    assert [a.minutes for a in first.activities] == [20, 40]
    assert first.start_minutes() == (0, 20)
    assert first.activities[1].questions[0].get("en") == "What helps you feel safe to speak?"
    with pytest.raises(AttributeError):
        first.duration = 90  # frozen


SESSION = "test-course/sessions/01-first.yaml"
CURRICULUM = "test-course/curriculum.yaml"

# (name, file, old text, new text, text on the line the problem names, message pattern)
BROKEN = [
    (
        "yaml-syntax",
        SESSION,
        "duration: 60",
        "duration: [60",
        "summary:",
        "not valid YAML.*flow sequence that starts on line 5",
    ),
    (
        "tab-indent",
        SESSION,
        "  en: First session",
        "\ten: First session",
        "\ten: First",
        "tabs are not allowed",
    ),
    (
        "unknown-key",
        SESSION,
        "    minutes: 40",
        "    minuts: 40",
        "minuts: 40",
        r"unknown key 'minuts'.*did you mean 'minutes'",
    ),
    (
        "missing-required",
        SESSION,
        "disclosure:\n  en: Listen, believe, and offer the centre's "
        "list of local help contacts in private.\n  ar: استمعوا وصدّقوا، وقدّموا قائمة المركز لجهات "
        "المساعدة على انفراد.\n",
        "",
        "id: first",
        "missing the required key 'disclosure'",
    ),
    (
        "minutes-do-not-add-up",
        SESSION,
        "    minutes: 40",
        "    minutes: 45",
        "duration: 60",
        r"activities add up to 65 minutes \(20 \+ 45\) but duration is 60",
    ),
    (
        "unknown-instrument",
        SESSION,
        "before: test-survey",
        "before: no-such-survey",
        "before: no-such-survey",
        "there is no instrument 'no-such-survey'",
    ),
    (
        "undeclared-language",
        SESSION,
        "  ar: جلسة first",
        "  fr: Première séance",
        "fr: Première",
        "language 'fr' is not declared",
    ),
    (
        "unknown-kind",
        SESSION,
        "kind: discussion",
        "kind: discusion",
        "kind: discusion",
        r"unknown kind 'discusion'.*did you mean 'discussion'",
    ),
    (
        "missing-session-file",
        CURRICULUM,
        "sessions/02-second.yaml",
        "sessions/02-typo.yaml",
        "02-typo.yaml",
        "session file 'sessions/02-typo.yaml' does not exist",
    ),
    (
        "minutes-not-a-number",
        SESSION,
        "minutes: 20",
        "minutes: twenty",
        "minutes: twenty",
        "must be a whole number",
    ),
    (
        "duplicate-activity-id",
        SESSION,
        "  - id: talk",
        "  - id: opening  # again",
        "# again",
        "activity id 'opening' is used twice",
    ),
    (
        "duplicate-key",
        SESSION,
        "duration: 60",
        "duration: 60\nduration: 60",
        None,
        "'duration' appears twice",
    ),
    (
        "default-not-declared",
        CURRICULUM,
        "default_language: en",
        "default_language: fr",
        "default_language: fr",
        "default_language 'fr' is not one of the languages",
    ),
    (
        "path-outside-folder",
        CURRICULUM,
        "sessions/02-second.yaml",
        "../../etc/passwd",
        "../../etc/passwd",
        "must be inside the curriculum folder",
    ),
    (
        "bad-id",
        SESSION,
        "id: first",
        "id: First Session",
        "id: First Session",
        "must be a short name",
    ),
    (
        "empty-steps",
        SESSION,
        "    steps:\n      - en: Welcome everyone.\n        ar: رحّبوا بالجميع.",
        "    steps: []",
        "steps: []",
        "steps needs at least one entry",
    ),
    (
        "duration-out-of-range",
        SESSION,
        "duration: 60",
        "duration: 600",
        "duration: 600",
        "must be between 30 and 240",
    ),
    (
        "text-is-a-list",
        SESSION,
        "title:\n  en: First session\n  ar: جلسة first",
        "title: [a, b]",
        "title: [a, b]",
        "title must be text",
    ),
]


@pytest.mark.parametrize(
    ("name", "file", "old", "new", "at", "message"), BROKEN, ids=[case[0] for case in BROKEN]
)
def test_broken_curriculum_reports_file_and_line(tmp_path, name, file, old, new, at, message):
    make_content(tmp_path)
    path = tmp_path / file
    replace_once(path, old, new)
    library = load(tmp_path)
    assert library.curricula == (), f"{name}: a broken curriculum must not load"
    assert library.failed == (tmp_path / "test-course",)
    errors = [p for p in library.errors if re.search(message, p.message)]
    assert errors, f"{name}: no error matching {message!r} in {library.problems}"
    problem = errors[0]
    assert problem.path == path
    if at is None:  # the second of two identical lines
        lines = path.read_text(encoding="utf-8").splitlines()
        expected = [i for i, line in enumerate(lines, 1) if line == "duration: 60"][1]
    else:
        expected = line_of(path, at)
    assert problem.line == expected
    assert str(problem).startswith(f"{path}:{expected}: ")


def test_missing_translation_is_a_warning_and_falls_back(tmp_path):
    make_content(tmp_path)
    path = tmp_path / SESSION
    replace_once(path, "      ar: نتحدث معًا\n", "")
    library = load(tmp_path)
    (course,) = library.curricula  # still loads
    (problem,) = library.problems
    assert problem.severity == WARNING
    assert problem.path == path
    assert problem.line == line_of(path, "      en: Talking together")
    assert "no ar translation" in problem.message
    title = course.sessions[0].activities[1].title
    assert not title.has("ar")
    assert title.get("ar") == "Talking together"


def test_plain_string_counts_as_default_language(tmp_path):
    make_content(tmp_path)
    replace_once(tmp_path / CURRICULUM, "languages: [en, ar]", "languages: [en]")
    for path in (tmp_path / "test-course" / "sessions").glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        text = "\n".join(line for line in text.splitlines() if "ar:" not in line)
        path.write_text(text.replace("title:\n  en: ", "title: "), encoding="utf-8")
    replace_once(tmp_path / CURRICULUM, "  ar: دورة تجريبية\n", "")
    replace_once(tmp_path / CURRICULUM, "  ar: دورة تستخدمها الاختبارات.\n", "")
    library = load(tmp_path)
    assert library.problems == ()
    assert library.curricula[0].sessions[0].title.get("en") == "First session"


def test_broken_curriculum_is_skipped_and_others_still_load(tmp_path):
    make_content(tmp_path / "a")
    make_content(tmp_path / "b")
    (tmp_path / "b" / "test-course").rename(tmp_path / "b" / "other")
    replace_once(tmp_path / "b" / "other" / "curriculum.yaml", "id: test-course", "id: other")
    replace_once(tmp_path / "a" / SESSION, "kind: opening", "kind: party")
    library = load_library([ContentRoot(tmp_path / "a", True), ContentRoot(tmp_path / "b", False)])
    assert [c.id for c in library.curricula] == ["other"]
    assert library.failed == (tmp_path / "a" / "test-course",)
    assert any("unknown kind 'party'" in p.message for p in library.errors)


def test_same_curriculum_id_twice_keeps_the_first(tmp_path):
    make_content(tmp_path / "bundled")
    make_content(tmp_path / "user")
    library = load_library(
        [ContentRoot(tmp_path / "bundled", True), ContentRoot(tmp_path / "user", False)]
    )
    assert len(library.curricula) == 1 and library.curricula[0].bundled
    assert any("already loaded" in p.message for p in library.errors)


def test_user_curricula_folder_loads_next_to_bundled(user_data):
    make_content(user_data / "curricula")
    library = load_library()
    ids = {c.id: c.bundled for c in library.curricula}
    assert "equal-voices" in ids
    assert ids == {**dict.fromkeys(bundled_curriculum_ids(), True), "test-course": False}


def test_folder_without_curriculum_file_is_reported(tmp_path):
    make_content(tmp_path)
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "x.yaml").write_text("a: 1\n", encoding="utf-8")
    library = load(tmp_path)
    assert len(library.curricula) == 1
    assert any("no curriculum.yaml" in p.message for p in library.problems)


def test_not_utf8_names_the_line(tmp_path):
    make_content(tmp_path)
    path = tmp_path / SESSION
    path.write_bytes(path.read_bytes().replace(b"Welcome everyone.", b"Welcome \xe9veryone."))
    library = load(tmp_path)
    (problem,) = [p for p in library.errors if "UTF-8" in p.message]
    assert problem.line == line_of_bytes(path, b"\xe9veryone")


def line_of_bytes(path: Path, needle: bytes) -> int:
    for number, line in enumerate(path.read_bytes().splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(needle)


def test_empty_session_file(tmp_path):
    make_content(tmp_path)
    (tmp_path / SESSION).write_text("", encoding="utf-8")
    curriculum, problems = load_curriculum(tmp_path / "test-course", {"test-survey"})
    assert curriculum is None
    assert any(p.message == "the file is empty" and p.line == 1 for p in problems)


def test_readme_minimal_example_is_valid(tmp_path):
    """The format documentation's example must stay true."""
    readme = (ROOT / "curricula" / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"`(curricula/my-course/[^`]+)`:\n\n```yaml\n(.*?)```", readme, re.S)
    assert len(blocks) == 2
    for relative, body in blocks:
        path = tmp_path / Path(relative).relative_to("curricula")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")
    library = load(tmp_path)
    assert library.problems == ()
    assert library.curricula[0].sessions[0].duration == 60
