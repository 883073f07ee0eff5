"""The understanding's data files (``data/*.yaml``), each read once."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def table(name: str) -> dict[str, Any]:
    """The parsed data file ``data/<name>``."""
    text = resources.files("bot.core.understanding").joinpath("data", name).read_text("utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def words(key: str) -> Any:
    """One table of ``data/words.yaml``."""
    return table("words.yaml")[key]
