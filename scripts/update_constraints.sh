#!/usr/bin/env bash
# Refresh constraints.txt from a fresh venv with the newest versions pyproject.toml allows.
# Then run the whole suite on it (Python 3.11 at least: tests/ui/test_refcount.py fails on a
# PySide6 that leaks None) before committing. Qt itself is pinned in pyproject.toml; move that
# pin by hand, deliberately.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=$(mktemp -d)/venv
python3 -m venv "$venv"
"$venv/bin/pip" install -q '.[test]' 'setuptools<85'
{
  sed -n '1,/^[^#]/{/^#/p}' constraints.txt
  "$venv/bin/pip" freeze --exclude-editable | grep -iv '^workshop-kit\|^workshop_kit'
  "$venv/bin/pip" freeze --all | grep -i '^setuptools=='
} > constraints.txt.new
mv constraints.txt.new constraints.txt
rm -rf "$(dirname "$venv")"
git --no-pager diff --stat constraints.txt
