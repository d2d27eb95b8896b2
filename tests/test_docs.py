"""Docs that cannot drift: the CLI reference is current, every command is in the README."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from reportedly.cli import main

ROOT = Path(__file__).resolve().parents[1]


def _reference_module():
    spec = importlib.util.spec_from_file_location("cli_reference",
                                                  ROOT / "scripts" / "cli_reference.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cli_reference_is_current():
    module = _reference_module()
    assert module.TARGET.read_text(encoding="utf-8") == module.reference(), (
        "docs/cli.md is stale: run `python scripts/cli_reference.py`")


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in main.commands:
        assert f"reportedly {name}" in readme, name


def test_changelog_has_a_dated_entry():
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## 0.1.0 — 2026-" in changelog
