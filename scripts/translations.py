"""Update the interface translations: extract, merge, compile, check.

Runs ``pyside6-lupdate`` over every module of ``workshop_kit/ui`` (which includes
``workshop_kit/ui/settings/labels.py``, where the settings table's labels are marked) into
``assets/translations/workshop_kit_<lang>.ts``, keeping the translations already made and
dropping messages the code no longer has (``-no-obsolete``); then ``pyside6-lrelease``
compiles each ``.ts`` into the ``.qm`` next to it, which the app loads
(``workshop_kit/ui/i18n.py``). Run it again whenever interface strings change, and commit
what it writes.

``--check`` changes nothing. It exits 1, listing each problem, when a message of the code is
missing from a ``.ts`` file or unfinished there, when a ``.ts`` keeps a message the code no
longer has, when a translation's placeholders ({count}, %n, HTML tags, key names such as
Ctrl+E, the & accelerator) differ from its source, or when a ``.qm`` is not what its ``.ts``
compiles to.

``--apply FILE.json`` first fills translations from a file shaped
``{"ar": {"Context": {"source": "translation" or ["plural form", ...]}}}`` (a translator's
batch, e.g. for late strings), then updates as usual. ``--todo FILE.json`` updates, then
writes that shape for every unfinished message, with empty translations, for a translator
to fill. Strings the code builds from variables are invisible to lupdate: mark them with
``QT_TRANSLATE_NOOP`` (see ``workshop_kit/ui/settings/labels.py``).

Usage: python scripts/translations.py [--check | --apply FILE.json | --todo FILE.json]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "workshop_kit" / "ui"
TS_DIR = ROOT / "assets" / "translations"
#: Translated languages, with the locale written into a new .ts (plural rules come from it).
LANGUAGES = {"ar": "ar_JO", "fr": "fr_FR"}

_BRACES = re.compile(r"\{[^{}]*\}")
_QT_ARGS = re.compile(r"%\d+")
_PLURAL = re.compile(r"%L?n")
_TAGS = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)[^<>]*>")
# Shortcuts named in a text stay as Qt writes them; single keys (Del, Space) may be
# translated to what the keyboard shows (Suppr, Espace).
_KEYS = re.compile(
    r"(?<![A-Za-z0-9])(?:(?:(?:Ctrl|Alt|Shift|Meta)\+)+[A-Za-z0-9]+|F\d{1,2})(?![A-Za-z0-9])"
)
_ACCELERATOR = re.compile(r"&(?![a-zA-Z]+;|#\d+;)(?=[^\s&])")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str  # the disambiguation, part of the message's identity
    numerus: bool
    forms: tuple[str, ...]  # the translation, or each plural form
    kind: str  # "" (finished), "unfinished", "vanished" or "obsolete"

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def finished(self) -> bool:
        return self.kind == "" and all(form.strip() for form in self.forms)


def ts_path(lang: str) -> Path:
    return TS_DIR / f"workshop_kit_{lang}.ts"


def qm_path(lang: str) -> Path:
    return TS_DIR / f"workshop_kit_{lang}.qm"


def source_files() -> list[Path]:
    return sorted(SOURCES.rglob("*.py"))


def _tool(name: str) -> str:
    """``pyside6-<name>`` of the Python running this script: beside ``sys.executable``
    first (a venv that was never activated), then PATH."""
    exe = f"pyside6-{name}" + (".exe" if os.name == "nt" else "")
    here = Path(sys.executable).parent / exe
    found = str(here) if here.is_file() else shutil.which(exe)
    if found is None:
        sys.exit(
            f"{exe} was not found beside {sys.executable} nor on PATH: it comes with "
            "PySide6-Essentials; reinstall the project (pip install -c constraints.txt '.[test]')."
        )
    return found


def lupdate(ts: Path, lang: str) -> str:
    """Merge the code's messages into ``ts`` (created when missing); lupdate's report."""
    command = [
        _tool("lupdate"),
        "-no-obsolete",
        "-locations",
        "relative",
        "-source-language",
        "en",
        "-target-language",
        LANGUAGES[lang],
        *(str(p.relative_to(ROOT)) for p in source_files()),
        "-ts",
        str(ts),
    ]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    return done.stdout + done.stderr


def lrelease(ts: Path, qm: Path) -> None:
    command = [_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)]
    subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)


def read_ts(ts: Path) -> list[Message]:
    messages = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms, kind = ("",), "unfinished"
            else:
                kind = translation.get("type", "")
                if numerus:
                    forms = tuple(f.text or "" for f in translation.iter("numerusform"))
                else:
                    forms = (translation.text or "",)
            messages.append(
                Message(
                    name,
                    message.findtext("source", ""),
                    message.findtext("comment", ""),
                    numerus,
                    forms,
                    kind,
                )
            )
    return messages


def placeholder_problems(message: Message) -> list[str]:
    """How a finished translation's placeholders differ from its source's."""
    problems = []
    source = message.source
    for form in message.forms:
        for what, pattern in (("placeholders", _BRACES), ("%1 arguments", _QT_ARGS)):
            if Counter(pattern.findall(source)) != Counter(pattern.findall(form)):
                problems.append(f"{what} differ: {form!r}")
        if not message.numerus and bool(_PLURAL.search(source)) != bool(_PLURAL.search(form)):
            problems.append(f"%n differs: {form!r}")
        if Counter(t.lower() for t in _TAGS.findall(source)) != Counter(
            t.lower() for t in _TAGS.findall(form)
        ):
            problems.append(f"HTML tags differ: {form!r}")
        if not set(_KEYS.findall(source)) <= set(_KEYS.findall(form)):
            problems.append(f"key names differ: {form!r}")
        wanted = min(1, len(_ACCELERATOR.findall(source.replace("&&", ""))))
        if len(_ACCELERATOR.findall(form.replace("&&", ""))) != wanted:
            problems.append(f"the & accelerator differs: {form!r}")
    # A plural form may spell its number out ("صفحتان", two pages); one form at least has %n.
    if message.numerus and not any(_PLURAL.search(form) for form in message.forms):
        problems.append("no plural form has %n")
    return problems


def accelerator_clashes(messages: list[Message]) -> list[str]:
    """Contexts where two translations share an accelerator letter (a hint, not an error:
    the two may never be on screen together)."""
    by_context: dict[str, dict[str, list[str]]] = {}
    for m in messages:
        for form in m.forms[:1]:
            match = _ACCELERATOR.search(form.replace("&&", ""))
            if match and match.end() < len(form.replace("&&", "")):
                letter = form.replace("&&", "")[match.end()].lower()
                by_context.setdefault(m.context, {}).setdefault(letter, []).append(form)
    return [
        f"{context}: {' / '.join(forms)}"
        for context, letters in sorted(by_context.items())
        for forms in letters.values()
        if len(forms) > 1
    ]


def check(langs: list[str]) -> list[str]:
    """Every problem of the .ts and .qm files of ``langs`` against the code."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in langs:
            ts = ts_path(lang)
            if not ts.is_file():
                problems.append(f"{lang}: {ts.relative_to(ROOT)} is missing")
                continue
            shipped = read_ts(ts)
            fresh_ts = Path(tmp) / ts.name
            shutil.copyfile(ts, fresh_ts)
            lupdate(fresh_ts, lang)
            wanted = {m.key for m in read_ts(fresh_ts)}
            have = {m.key: m for m in shipped}
            for key in sorted(wanted - have.keys()):
                problems.append(f"{lang}: missing [{key[0]}] {key[1]!r}")
            for key in sorted(have.keys() - wanted):
                problems.append(f"{lang}: no longer in the code [{key[0]}] {key[1]!r}")
            for m in shipped:
                if m.key in wanted and not m.finished:
                    problems.append(f"{lang}: unfinished [{m.context}] {m.source!r}")
                elif m.finished:
                    for problem in placeholder_problems(m):
                        problems.append(f"{lang}: [{m.context}] {m.source!r}: {problem}")
            fresh_qm = Path(tmp) / f"{lang}.qm"
            lrelease(ts, fresh_qm)
            qm = qm_path(lang)
            if not qm.is_file() or qm.read_bytes() != fresh_qm.read_bytes():
                problems.append(f"{lang}: {qm.relative_to(ROOT)} is not compiled from the .ts")
    return problems


def apply(batch: dict[str, dict[str, dict[str, str | list[str]]]]) -> int:
    """Write the translations of ``batch`` into the .ts files; how many were written."""
    written = 0
    for lang, contexts in batch.items():
        ts = ts_path(lang)
        tree = ET.parse(ts)
        for context in tree.getroot().iter("context"):
            wanted = contexts.get(context.findtext("name", ""), {})
            for message in context.iter("message"):
                text = wanted.get(message.findtext("source", ""))
                if not text:
                    continue
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                translation.attrib.pop("type", None)
                if message.get("numerus") == "yes":
                    forms = [text] if isinstance(text, str) else list(text)
                    slots = list(translation.iter("numerusform")) or [
                        ET.SubElement(translation, "numerusform") for _ in forms
                    ]
                    for index, slot in enumerate(slots):
                        slot.text = forms[min(index, len(forms) - 1)]
                else:
                    translation.text = text if isinstance(text, str) else text[0]
                written += 1
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
            encoding="utf-8",
        )
    return written


def todo(langs: list[str]) -> dict[str, dict[str, dict[str, str]]]:
    out: dict[str, dict[str, dict[str, str]]] = {}
    for lang in langs:
        for m in read_ts(ts_path(lang)):
            if not m.finished:
                out.setdefault(lang, {}).setdefault(m.context, {})[m.source] = ""
    return out


def update(langs: list[str]) -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for lang in langs:
        ts = ts_path(lang)
        lupdate(ts, lang)
        lrelease(ts, qm_path(lang))
        messages = read_ts(ts)
        finished = sum(m.finished for m in messages)
        print(
            f"{lang}: {len(messages)} messages in {len({m.context for m in messages})} "
            f"contexts, {finished} translated, {len(messages) - finished} unfinished "
            f"-> {qm_path(lang).relative_to(ROOT)}"
        )
        for clash in accelerator_clashes(messages):
            print(f"  note, fine if not in one menu or dialog: same accelerator in {clash}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="change nothing; exit 1 on problems")
    mode.add_argument("--apply", type=Path, metavar="FILE", help="fill translations from JSON")
    mode.add_argument("--todo", type=Path, metavar="FILE", help="write unfinished messages")
    args = parser.parse_args(argv)
    langs = list(LANGUAGES)
    if args.check:
        problems = check(langs)
        for problem in problems:
            print(problem)
        for lang in langs:
            if ts_path(lang).is_file():
                messages = read_ts(ts_path(lang))
                done = sum(m.finished for m in messages)
                print(f"{lang}: {len(messages)} messages, {done} translated")
        print(f"{len(problems)} problem(s)")
        return 1 if problems else 0
    if args.todo:
        update(langs)
        args.todo.write_text(
            json.dumps(todo(langs), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        print(f"unfinished messages written to {args.todo}")
        return 0
    if args.apply:
        update(langs)  # the .ts files first hold every message of the code
        batch = json.loads(args.apply.read_text(encoding="utf-8"))
        print(f"{apply(batch)} translations applied from {args.apply}")
    update(langs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
