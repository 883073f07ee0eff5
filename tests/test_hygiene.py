"""Repository hygiene: what git ignores, and test directories that can run together."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def git(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], capture_output=True, text=True, timeout=60, cwd=ROOT)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_gitignore_lists_no_tracked_file() -> None:
    if git("rev-parse", "--is-inside-work-tree").returncode != 0:
        pytest.skip("not a git checkout")
    ignored = git("ls-files", "--cached", "--ignored", "--exclude-standard")
    assert ignored.returncode == 0, ignored.stderr
    assert ignored.stdout.split() == [], "tracked but listed in .gitignore"


def test_gitignore_keeps_secrets_and_databases_out() -> None:
    patterns = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert ".env" in patterns and "*.sqlite3" in patterns


def test_test_directories_collect_together() -> None:
    # each directory's conftest.py is imported as "conftest": tests must not import from it
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
         "tests/discord", "tests/organizer", "tests/core", "tests/cli"],
        capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "error" not in result.stdout.splitlines()[-1]


def test_readme_quick_start_begins_with_the_clone_and_shows_now_once() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = section.split("```sh\n", 1)[1].split("```", 1)[0].splitlines()
    assert block[0].startswith("git clone ") and block[1].startswith("cd ")
    assert any(line.startswith("pip install . && workshop-bot chat") for line in block)
    assert any(line.startswith('pip install ".[test]" && python -m pytest') for line in block)
    assert section.count("--now") == 1
