"""Time and peak memory of `workshop-bot check` on hostile files and on a 1 MB valid file.

    python scripts/bench_check.py

Each file is checked in a fresh process (as an organizer runs it); the yardstick is
`python -c pass` and `check` on the packaged workshop, measured in the same run. The hostile files
are the ones the gate tests use (tests/core/test_gate.py), plus a FIFO, /dev/zero and 5 MB.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def measure(cmd: list[str]) -> tuple[float, float, int]:
    """(seconds, peak MB, exit code) of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    _pid, status, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def write_files(tmp: str) -> None:
    """Write the files to check into ``tmp`` and list them in ``tmp/files.txt``.

    Runs in a child process: the parent stays small, because Linux carries a parent's peak
    memory over into the ru_maxrss of the children it starts.
    """
    spec = importlib.util.spec_from_file_location("gate", ROOT / "tests" / "core" / "test_gate.py")
    assert spec and spec.loader
    gate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gate)
    files: dict[str, str] = {}
    for name, (text, _expected) in gate.HOSTILE.items():
        path = Path(tmp) / f"{name}.yaml"
        path.write_text(text, encoding="utf-8")
        files[name] = str(path)
    fifo = Path(tmp) / "fifo.yaml"
    os.mkfifo(fifo)
    files["fifo"] = str(fifo)
    files["/dev/zero"] = "/dev/zero"
    big = Path(tmp) / "5mb.yaml"
    big.write_text(gate.BASE + "faq:\n" + "".join(
        f"  - id: f{i}\n    questions: [q {i}]\n    answer: {'x' * 60}\n"
        for i in range(55_000)), encoding="utf-8")
    files["5 MB"] = str(big)
    valid = Path(tmp) / "valid-1mb.yaml"
    valid.write_text(gate.BASE + "faq:\n" + "".join(
        f"  - id: f{i}\n    questions: [question number {i}]\n"
        f"    answer: The answer to question {i}, in a few plain words.\n"
        for i in range(11_000)), encoding="utf-8")
    files["valid 1 MB"] = str(valid)
    Path(tmp, "files.txt").write_text("".join(f"{k}\t{v}\n" for k, v in files.items()))


def main() -> None:
    check = [sys.executable, "-m", "bot.cli.main", "check"]
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, __file__, "--write", tmp], check=True, cwd=ROOT)
        files = dict(line.split("\t") for line in Path(tmp, "files.txt").read_text().splitlines())
        rows = [("python -c pass", *measure([sys.executable, "-c", "pass"])),
                ("check (packaged)", *measure(check))]
        rows += [(name, *measure([*check, path])) for name, path in files.items()]
    print(f"{'file':<22} {'seconds':>8} {'peak MB':>8} {'exit':>5}")
    for name, seconds, mb, code in rows:
        print(f"{name:<22} {seconds:>8.2f} {mb:>8.1f} {code:>5}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--write"]:
        write_files(sys.argv[2])
    else:
        main()
