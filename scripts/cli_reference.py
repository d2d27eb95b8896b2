"""Write docs/cli.md from the commands' own --help (run `python scripts/cli_reference.py`).

A test checks that the file is current, so the reference cannot drift from the code.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
from click.testing import CliRunner

from reportedly.cli import main

TARGET = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def reference() -> str:
    """The CLI reference as Markdown: one section per command, its --help verbatim."""
    runner = CliRunner()
    parts = ["# Command-line reference", "",
             "Generated from `--help` by `scripts/cli_reference.py`; do not edit by hand.", ""]
    commands: list[list[str]] = [[]]
    for name in sorted(main.commands):
        commands.append([name])
        group = main.commands[name]
        if isinstance(group, click.Group):  # its subcommands, each a section of its own
            commands += [[name, sub] for sub in sorted(group.commands)]
    for command in commands:
        title = " ".join(["reportedly", *command])
        result = runner.invoke(main, [*command, "--help"], prog_name="reportedly",
                               terminal_width=100)
        parts += [f"## `{title}`", "", "```", result.output.rstrip(), "```", ""]
    return "\n".join(parts)


if __name__ == "__main__":
    TARGET.write_text(reference(), encoding="utf-8")
    sys.stdout.write(f"wrote {TARGET}\n")
