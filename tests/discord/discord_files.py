"""Files the Discord tests load (a module of its own: ``conftest`` is not importable by name
when several test directories are collected together)."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parent / "data"
WORKSHOP = DATA / "workshop.yaml"
