"""What a validation error means, in plain words for an organizer editing YAML.

pydantic's own texts ("Input should be a valid integer", "Invalid isoformat string") say what the
validator wanted, not what to write. Each message here names the field, says what is expected,
explains the YAML pitfalls that most often cause the error (an unquoted ``yes`` is true, an
unquoted ``2031`` a number) and offers "did you mean" for misspelled keys and choices.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel
from rapidfuzz import fuzz, process

from bot.core.knowledge.model import Knowledge

# Words organizers use for a choice the model spells otherwise
_SAME = {"online": "virtual", "remote": "virtual", "in person": "in-person",
         "onsite": "in-person", "on-site": "in-person", "physical": "in-person",
         "lecture": "talk", "presentation": "talk", "lunch": "break", "coffee": "break",
         "reception": "social", "dinner": "social", "posters": "poster"}
_YAML_WORDS = {"yes", "no", "on", "off", "true", "false", "y", "n"}


def did_you_mean(word: str, choices: Sequence[str], cutoff: float = 70) -> str | None:
    """The choice closest to ``word`` when it is close enough (rapidfuzz, 0..100)."""
    if not choices or not word:
        return None
    best = process.extractOne(word.lower(), {c: c.lower() for c in choices},
                              scorer=fuzz.WRatio, score_cutoff=cutoff)
    return best[2] if best else None


def model_at(loc: Sequence[str | int]) -> type[BaseModel] | None:
    """The model class that holds the keys at ``loc`` (``("workshop",)`` -> Workshop)."""
    current: type[BaseModel] | None = Knowledge
    for part in loc:
        if current is None:
            return None
        if isinstance(part, int):
            continue
        info = current.model_fields.get(part)
        if info is None:
            return None
        current = _model_in(info.annotation)
    return current


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_in(arg)
        if found is not None:
            return found
    return None


def _choices_of(loc: Sequence[str | int]) -> list[str]:
    """The allowed values of a field with a fixed set of them (``mode``, ``kind``)."""
    parent = model_at(loc[:-1])
    name = loc[-1] if loc else None
    if parent is None or not isinstance(name, str) or name not in parent.model_fields:
        return []
    return _literals(parent.model_fields[name].annotation)


def _literals(annotation: Any) -> list[str]:
    if typing.get_origin(annotation) is typing.Literal:
        return [str(a) for a in typing.get_args(annotation)]
    out: list[str] = []
    for arg in typing.get_args(annotation):
        if isinstance(arg, type | types.UnionType) or typing.get_args(arg):
            out += [x for x in _literals(arg) if x not in out]
    return out


def _key_elsewhere(key: str) -> str | None:
    """Where a key that is unknown at its place belongs instead (``organizers`` at the top)."""
    places: list[tuple[str, str]] = []

    def walk(model: type[BaseModel], prefix: str) -> None:
        for name, info in model.model_fields.items():
            places.append((name, f"{prefix}{name}"))
            inner = _model_in(info.annotation)
            if inner is not None and prefix.count(".") < 2:
                walk(inner, f"{prefix}{name}.")

    walk(Knowledge, "")
    guess = did_you_mean(key, sorted({n for n, _ in places}), cutoff=85)
    if guess is None:
        return None
    where = [p for n, p in places if n == guess]
    return where[0] if where else None


def _description(loc: Sequence[str | int]) -> str:
    parent = model_at(loc[:-1])
    name = loc[-1] if loc else None
    if parent is None or not isinstance(name, str) or name not in parent.model_fields:
        return ""
    return parent.model_fields[name].description or ""


def _what_yaml_made(value: Any, raw: str | None) -> str:
    """Why YAML gave a non-text value where text was wanted, and how to write it instead."""
    shown = raw if raw is not None else str(value)
    if isinstance(value, bool) or (raw or "").lower() in _YAML_WORDS:
        return (f"YAML reads an unquoted {shown} as {str(value).lower()}, not as text; put "
                f"it in quotes: \"{shown}\"")
    if value is None:
        return "it is empty; write the text after the colon, or remove the line"
    if isinstance(value, int | float):
        return f"YAML reads an unquoted {shown} as a number; put it in quotes: \"{shown}\""
    if isinstance(value, list):
        return "it is a list; write a single text (put it in quotes if it starts with [ or -)"
    if isinstance(value, dict):
        return ("it is a mapping (a 'key: value' inside); if the text contains ': ', put it "
                "in quotes")
    return "write it as text"


def explain(err: dict[str, Any], loc: tuple[str | int, ...], raw: str | None) -> str:
    """One validation error as ``field: message`` in plain words."""
    field = dotted(loc)
    kind: str = err["type"]
    value = err.get("input")
    ctx = err.get("ctx") or {}
    if kind == "extra_forbidden":
        key = str(loc[-1])
        parent = model_at(loc[:-1])
        keys = sorted(parent.model_fields) if parent else []
        guess = did_you_mean(key, keys)
        where = dotted(loc[:-1])
        place = "at the top level" if where == "(top level)" else f"in {where}"
        hint = f"did you mean '{guess}'?" if guess else f"the keys {place} are: {', '.join(keys)}"
        elsewhere = None if guess else _key_elsewhere(key)
        if elsewhere:
            hint = (f"did you mean '{elsewhere}'? It belongs " +
                    ("at the top level, not indented" if "." not in elsewhere else
                     f"under {elsewhere.rsplit('.', 1)[0]}:"))
        return f"{field}: unknown key ({hint})"
    if kind == "missing":
        about = _description(loc)
        about = about.rstrip(".")
        if about[1:2].islower():
            about = about[:1].lower() + about[1:]
        return f"{field}: required field is missing" + (f" ({about})" if about else "")
    if kind in ("string_type", "str_type"):
        return f"{field}: must be text; {_what_yaml_made(value, raw)}"
    if kind in ("bool_type", "bool_parsing"):
        if isinstance(value, str) and value.strip().lower() in _YAML_WORDS:
            return f"{field}: must be true or false, without quotes (not \"{value}\")"
        return f"{field}: must be true or false, not {raw or repr(value)}"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        if isinstance(value, str) and value.strip().isdigit():
            return f"{field}: must be a whole number such as 8, without quotes (not \"{value}\")"
        return f"{field}: must be a whole number such as 8, not {raw or repr(value)}"
    if kind == "greater_than":
        return f"{field}: must be more than {ctx.get('gt')}"
    if kind == "less_than_equal":
        return f"{field}: must be at most {ctx.get('le')}"
    if kind == "literal_error":
        choices = _choices_of(loc)
        guess = _SAME.get(str(value).strip().lower()) or did_you_mean(str(value), choices,
                                                                      cutoff=60)
        if guess not in choices:
            guess = None
        listed = ", ".join(choices)
        return f"{field}: must be one of {listed}, not '{value}'" + (
            f" (did you mean '{guess}'?)" if guess else "")
    if kind == "list_type":
        return (f"{field}: must be a list: [a, b] on one line, or one '- item' per line "
                f"below it")
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return f"{field}: must be a group of 'key: value' lines, indented below it"
    if kind == "too_short":
        return f"{field}: needs at least {ctx.get('min_length', 1)} item"
    text = str(err["msg"]).removeprefix("Value error, ")
    return f"{field}: {text}"


def dotted(path: Sequence[str | int]) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out or "(top level)"
