"""How many hand-written patterns the understanding has, counted as the issue counts them.

    python scripts/count_patterns.py

Regex cues of the intents, small talk and topics (data files), and the regular expressions
written in the code that reads questions (bot/core/understanding and the answer builders).
Word lists (lookup tables of whole words and phrases) are data, counted apart.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bot" / "core" / "understanding" / "data"
READERS = [*sorted((ROOT / "bot" / "core" / "understanding").glob("*.py")),
           ROOT / "bot" / "core" / "answers" / "builders.py"]
CALL = re.compile(r"\bre\.(compile|search|match|sub|findall|finditer|fullmatch|split)\(")


def cues(blocks: list[dict], key: str = "cues") -> tuple[int, int]:
    """(regexes, word lists) among the cues of ``blocks``."""
    regexes = lists = 0
    for block in blocks:
        for cue in block.get(key) or ():
            pattern = cue[0] if isinstance(cue, list) else cue
            if isinstance(pattern, dict):
                lists += 1
            else:
                regexes += 1
    return regexes, lists


def main() -> None:
    rows = {
        "intent cues": cues(yaml.safe_load((DATA / "intents.yaml").read_text())["intents"]),
        "small-talk cues": cues(yaml.safe_load((DATA / "smalltalk.yaml").read_text())["smalltalk"]),
        "topic cues": cues(yaml.safe_load((DATA / "topics.yaml").read_text())["topics"]),
    }
    code = {path.relative_to(ROOT).as_posix(): len(CALL.findall(path.read_text()))
            for path in READERS}
    for name, (regexes, lists) in rows.items():
        print(f"{name:<44} {regexes:>4} regexes  {lists:>4} word lists")
    for name, n in code.items():
        if n:
            print(f"{name:<44} {n:>4} regexes in code")
    total = sum(r for r, _ in rows.values()) + sum(code.values())
    print(f"{'hand-written patterns':<44} {total:>4}  (word lists: "
          f"{sum(w for _, w in rows.values())})")


if __name__ == "__main__":
    main()
