"""Regenerate bot/core/understanding/english-words.txt, the everyday English words the typo
corrector leaves alone (so "passed" is not "corrected" to "passes", nor "acceptable" to
"acceptance").

The list is the most frequent lowercase alphabetic English words of pyspellchecker's dictionary
(MIT licensed; built from OpenSubtitles word frequencies). pyspellchecker is needed only to run
this script, not by the bot:

    pip install pyspellchecker && python scripts/build_wordlist.py
"""

from __future__ import annotations

from pathlib import Path

from spellchecker import SpellChecker

SIZE = 40_000
OUT = Path(__file__).resolve().parents[1] / "bot" / "core" / "understanding" / "english-words.txt"


def main() -> None:
    freq = SpellChecker().word_frequency.dictionary
    ranked = sorted((w for w in freq if w.isalpha() and w.isascii() and len(w) >= 3),
                    key=lambda w: -freq[w])[:SIZE]
    header = ("# The most frequent English words (pyspellchecker's English dictionary, MIT; "
              "built from OpenSubtitles).\n# Regenerate with scripts/build_wordlist.py.\n")
    OUT.write_text(header + "\n".join(sorted(ranked)) + "\n", encoding="utf-8")
    print(f"wrote {len(ranked)} words to {OUT}")


if __name__ == "__main__":
    main()
