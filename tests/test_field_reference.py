"""The README's field reference is the one the model generates (scripts/field_reference.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_readme_field_reference_matches_the_model() -> None:
    spec = importlib.util.spec_from_file_location("field_reference",
                                                  ROOT / "scripts" / "field_reference.py")
    assert spec and spec.loader
    ref = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ref)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert ref.START in readme and ref.END in readme
    assert ref.updated(readme) == readme, "run: python scripts/field_reference.py"
    for field in ("`extended_from`", "`dual_submission`", "`stream_url`", "`speakers`"):
        assert field in readme.split(ref.START)[1]
