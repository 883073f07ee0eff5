"""Project hygiene that users notice: documented commands, installable packages."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from bot.cli.main import build_parser

ROOT = Path(__file__).resolve().parents[1]


def test_every_cli_command_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    commands = set(sub.choices)
    assert {"chat", "ask", "check", "eval", "run"} <= commands
    for command in commands:
        assert f"`workshop-bot {command}" in readme, f"README does not document {command}"
        for action in sub.choices[command]._actions:
            for flag in action.option_strings:
                if flag.startswith("--") and flag != "--help":
                    assert flag in readme, f"README does not document {command} {flag}"


def test_every_package_is_installed() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    inits = (ROOT / "bot").rglob("__init__.py")
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in inits}
    assert found <= listed, f"add to pyproject packages: {sorted(found - listed)}"


def test_core_never_imports_discord() -> None:
    for path in (ROOT / "bot" / "core").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(import|from) discord", text, re.M), path.name
