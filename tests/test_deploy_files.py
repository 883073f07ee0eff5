"""The deployment recipes in the repository: the Dockerfile and the systemd unit.

The image is built only where Docker is usable (not in CI); otherwise the Dockerfile is parsed and
checked for what the README promises. The unit is checked by `systemd-analyze verify` when it is
installed, else parsed section by section.
"""

from __future__ import annotations

import configparser
import json
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCKERFILE = ROOT / "Dockerfile"
UNIT = ROOT / "docs" / "workshop-bot.service"


def instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) for each instruction, continuation lines joined."""
    joined = re.sub(r"\\\n", " ", "\n".join(
        line for line in text.splitlines() if not line.lstrip().startswith("#")))
    out = []
    for line in joined.splitlines():
        if line.strip():
            word, _, rest = line.strip().partition(" ")
            out.append((word.upper(), rest.strip()))
    return out


def env_of(steps: list[tuple[str, str]]) -> dict[str, str]:
    env: dict[str, str] = {}
    for word, rest in steps:
        if word == "ENV":
            env.update(part.split("=", 1) for part in shlex.split(rest))
    return env


def test_dockerfile_runs_the_bot_as_a_user_with_its_data_on_a_volume() -> None:
    steps = instructions(DOCKERFILE.read_text(encoding="utf-8"))
    words = [w for w, _ in steps]
    known = {"FROM", "RUN", "COPY", "ENV", "WORKDIR", "USER", "VOLUME", "ENTRYPOINT", "CMD",
             "ARG", "LABEL", "EXPOSE", "HEALTHCHECK", "STOPSIGNAL"}
    assert words[0] == "FROM" and set(words) <= known, set(words) - known
    users = [rest for w, rest in steps if w == "USER"]
    assert users and users[-1].split(":")[0] not in ("root", "0")
    assert words.index("USER") > max(i for i, w in enumerate(words) if w == "RUN")
    volumes = [v for w, rest in steps if w == "VOLUME" for v in json.loads(rest)]
    env = env_of(steps)
    assert any(env["WORKSHOP_BOT_DB"].startswith(v.rstrip("/") + "/") for v in volumes)
    assert env["WORKSHOP_BOT_KNOWLEDGE"].startswith("/knowledge/")
    command = json.loads(dict(steps)["ENTRYPOINT"]) + json.loads(dict(steps)["CMD"])
    assert command == ["workshop-bot", "run"]
    for word, rest in steps:
        if word == "COPY":
            *sources, _ = rest.split()
            assert all((ROOT / s).exists() for s in sources), rest
    # the mount the README shows is read-only
    assert ":/knowledge:ro" in (ROOT / "README.md").read_text(encoding="utf-8")


def _docker_usable() -> bool:
    if shutil.which("docker") is None:
        return False
    return subprocess.run(["docker", "info"], capture_output=True, timeout=30).returncode == 0


@pytest.mark.skipif(not _docker_usable(), reason="Docker is not usable here")
def test_the_image_builds_and_runs_as_a_user() -> None:  # pragma: no cover - needs Docker
    tag = "workshop-bot:test"
    build = subprocess.run(["docker", "build", "-q", "-t", tag, str(ROOT)], capture_output=True,
                           text=True, timeout=900)
    assert build.returncode == 0, build.stderr[-3000:]
    version = subprocess.run(["docker", "run", "--rm", tag, "--version"], capture_output=True,
                             text=True, timeout=120)
    assert version.stdout.startswith("workshop-bot ")
    uid = subprocess.run(["docker", "run", "--rm", "--entrypoint", "id", tag, "-u"],
                         capture_output=True, text=True, timeout=120)
    assert uid.stdout.strip() not in ("", "0")
    check = subprocess.run(["docker", "run", "--rm", "-e", "WORKSHOP_BOT_KNOWLEDGE=", tag,
                            "check"], capture_output=True, text=True, timeout=120)
    assert check.returncode == 0 and "OK" in check.stdout


def unit_sections() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None, delimiters=("=",),
                                       comment_prefixes=("#", ";"))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(UNIT.read_text(encoding="utf-8"))
    return parser


def test_unit_runs_the_bot_as_a_user_with_its_state_and_settings() -> None:
    unit = unit_sections()
    assert unit.sections() == ["Unit", "Service", "Install"]
    service = unit["Service"]
    assert service["User"] not in ("root", "0")
    exec_start = shlex.split(service["ExecStart"])
    assert exec_start[0].startswith("/") and exec_start[0].endswith("/workshop-bot")
    assert exec_start[1:] == ["run"]
    assert service["EnvironmentFile"].startswith("/etc/")
    assert service["StateDirectory"] == "workshop-bot"
    assert "/var/lib/workshop-bot/" in service["Environment"]
    assert service["Restart"] == "on-failure" and service["RestartPreventExitStatus"] == "2"
    assert unit["Install"]["WantedBy"] == "multi-user.target"


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
def test_systemd_accepts_the_unit(tmp_path: Path) -> None:
    # the real ExecStart does not exist here: point it at this interpreter's workshop-bot
    script = Path(sys.executable).with_name("workshop-bot")
    if not script.exists():
        pytest.skip("workshop-bot is not installed beside this interpreter")
    text = re.sub(r"(?m)^ExecStart=\S+", f"ExecStart={script}", UNIT.read_text(encoding="utf-8"))
    assert verify(tmp_path / "workshop-bot.service", text) == []
    # the yardstick: a misspelt key is reported (systemd only warns, with status 0)
    typo = text.replace("RestartSec=", "RestrtSec=")
    assert verify(tmp_path / "typo" / "workshop-bot.service", typo)


def verify(path: Path, text: str) -> list[str]:
    """What `systemd-analyze verify` says about the unit (its lines naming the file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    result = subprocess.run(["systemd-analyze", "verify", str(path)], capture_output=True,
                            text=True, timeout=60)
    complaints = [line for line in (result.stdout + result.stderr).splitlines()
                  if path.name in line]
    return complaints if result.returncode == 0 else [*complaints, f"status {result.returncode}"]
