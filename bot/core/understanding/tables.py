"""The understanding's data files (``data/*.yaml``), each read once."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

from bot.core.data_yaml import parse_data


@cache
def table(name: str) -> dict[str, Any]:
    """The parsed data file ``data/<name>`` (parsed once, then from the on-disk cache)."""
    text = resources.files("bot.core.understanding").joinpath("data", name).read_text("utf-8")
    return parse_data(text)


def words(key: str) -> Any:
    """One table of ``data/words.yaml``."""
    return table("words.yaml")[key]
