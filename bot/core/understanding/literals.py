"""Which words a regular expression cannot match without: a cheap pre-check before searching.

``required("\\b(deadline|due)s?\\b")`` is ``{"deadline", "due"}``: every match contains one of
them, so text that contains neither cannot match and the (slower) search is skipped. When no such
set can be found (a cue made of character classes only), the answer is None: always search.
"""

from __future__ import annotations

from re import _constants as c
from re import _parser as parser

Needs = frozenset[str] | None


def required(pattern: str) -> Needs:
    """Strings one of which every match of ``pattern`` contains (None when unknown)."""
    try:
        return _sequence(list(parser.parse(pattern)))
    except Exception:
        return None


def _best(options: list[frozenset[str]]) -> Needs:
    """The most selective of several sufficient requirement sets: no everyday words ("what",
    "paper") if it can be helped, then the longest shortest string, then the fewest."""
    if not options:
        return None

    def selectivity(strings: frozenset[str]) -> tuple[int, int, int]:
        common = sum(1 for x in strings if x.strip() in EVERYDAY or len(x.strip()) < 3)
        return (-common, min(len(x) for x in strings), -len(strings))

    return max(options, key=selectivity)


# Words in nearly every question: a requirement made of them prunes nothing.
EVERYDAY = frozenset("""
    what which how when where who is are do does can the a an of to in on for with and or
    it this that paper papers workshop submission submit page pages time get need
""".split())


def _sequence(items: list) -> Needs:
    options: list[frozenset[str]] = []
    run = ""
    for op, arg in items:
        if op is c.LITERAL:
            run += chr(arg)
            continue
        if op is c.AT:  # \b, ^, $: zero-width, a run of letters goes on through them
            continue
        if run:
            options.append(frozenset({run}))
            run = ""
        found = _item(op, arg)
        if found:
            options.append(found)
    if run:
        options.append(frozenset({run}))
    return _best(options)


def _item(op: object, arg: object) -> Needs:
    if op is c.SUBPATTERN:
        return _sequence(list(arg[-1]))  # type: ignore[index]
    if op is c.BRANCH:
        union: set[str] = set()
        for branch in arg[1]:  # type: ignore[index]
            need = _sequence(list(branch))
            if need is None:
                return None
            union |= need
        return frozenset(union)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _high, body = arg  # type: ignore[misc]
        return _sequence(list(body)) if low >= 1 else None
    return None  # classes, lookarounds, any character: no literal text required
