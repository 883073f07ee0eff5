"""The on-disk cache of the built responder: a hit answers as a fresh build does, and anything
changed, damaged or foreign is rebuilt, never trusted; without a usable directory the bot still
answers."""

from __future__ import annotations

import functools
import os
import stat
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml

import bot.core.responder_cache as responder_cache
from bot.cli.render import as_json
from bot.core.disk_cache import ENV_VAR, KEEP, MAGIC, DiskCache, cache_dir
from bot.core.knowledge.loader import KnowledgeError, load_knowledge
from bot.core.responder import Responder
from bot.core.responder_cache import cache_key, load_responder

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "knowledge" / "mlsys-nips2017.yaml"
WITH_FAQ = ROOT / "tests" / "fixtures" / "ninth-workshop.yaml"
NOW = datetime(2017, 10, 15, 19, 0, tzinfo=UTC)


def questions() -> list[str]:
    out = []
    for name in ("mlsys-extra.yaml", "mlsys-messy.yaml", "ninth-workshop.yaml"):
        out += [case["q"] for case in
                yaml.safe_load((ROOT / "tests" / "eval" / name).read_text(encoding="utf-8"))]
    return out


def replies(responder: Responder, asked: list[str]) -> list[str]:
    return [as_json(q, responder.respond(q, NOW), extra={"explain": responder.explain(q)})
            for q in asked]


def deadline(responder: Responder) -> str:
    answer = responder.respond("when is the deadline?", NOW)
    return answer.render(answer.text)


def cache_files(directory: Path) -> list[Path]:
    return sorted(directory.glob("*.pickle"))


@pytest.fixture
def store(tmp_path: Path) -> DiskCache:
    opened = DiskCache.open(tmp_path / "cache")
    assert opened is not None
    return opened


@pytest.fixture
def no_build(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail if the knowledge is parsed and built again (the cache must answer)."""
    def refuse(*args: object) -> None:
        raise AssertionError("built again instead of read from the cache")

    monkeypatch.setattr(responder_cache, "parse_knowledge", refuse)


def knowledge_file(tmp_path: Path, due: str = "2017-10-20") -> Path:
    text = SHIPPED.read_text(encoding="utf-8").replace("due: 2017-10-20", f"due: {due}")
    file = tmp_path / "workshop.yaml"
    file.write_text(text, encoding="utf-8")
    return file


@pytest.mark.parametrize("source", [SHIPPED, WITH_FAQ], ids=["shipped", "with-faq"])
def test_a_hit_answers_as_a_fresh_build(source: Path, store: DiskCache,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    asked = questions()
    fresh = replies(Responder(load_knowledge(source)), asked)
    first = load_responder(source, store)  # a miss: built and written
    assert len(cache_files(store.directory)) == 1
    assert replies(first, asked) == fresh
    monkeypatch.setattr(responder_cache, "parse_knowledge", None)  # a hit builds nothing
    cached = load_responder(source, store)
    assert cached is not first
    assert cached.knowledge == first.knowledge
    assert replies(cached, asked) == fresh
    # and it follows a conversation as the fresh one does
    _, context = cached.converse("who is the program chair?", NOW)
    assert cached.converse("and her email?", NOW, context)[0].text == \
        first.converse("and her email?", NOW, first.converse("who is the program chair?",
                                                             NOW)[1])[0].text


def test_a_changed_file_is_built_again(tmp_path: Path, store: DiskCache) -> None:
    file = knowledge_file(tmp_path)
    assert "October 20" in deadline(load_responder(file, store))
    knowledge_file(tmp_path, due="2017-10-27")
    assert "October 27" in deadline(load_responder(file, store))
    assert len(cache_files(store.directory)) == 2
    knowledge_file(tmp_path)  # back as it was: the first one is a hit again
    assert "October 20" in deadline(load_responder(file, store))
    assert len(cache_files(store.directory)) == 2


def test_other_code_or_versions_never_read_an_old_cache(
        tmp_path: Path, store: DiskCache, monkeypatch: pytest.MonkeyPatch) -> None:
    file = knowledge_file(tmp_path)
    load_responder(file, store)
    text = file.read_text(encoding="utf-8")
    key = cache_key(text)
    monkeypatch.setattr(responder_cache, "runtime_fingerprint", lambda: b"another matcher")
    assert cache_key(text) != key
    built: list[str] = []
    real_parse = responder_cache.parse_knowledge
    monkeypatch.setattr(responder_cache, "parse_knowledge",
                        lambda *a: built.append("built") or real_parse(*a))
    load_responder(file, store)
    assert built == ["built"]
    assert len(cache_files(store.directory)) == 2


def test_the_fingerprint_follows_the_installed_distributions(
        monkeypatch: pytest.MonkeyPatch) -> None:
    before = responder_cache.runtime_fingerprint()
    assert any(d.startswith("pydantic-") for d in responder_cache._distributions())
    responder_cache.runtime_fingerprint.cache_clear()
    monkeypatch.setattr(responder_cache, "_distributions", lambda: ["rapidfuzz-0.1.dist-info"])
    try:
        assert responder_cache.runtime_fingerprint() != before
    finally:
        responder_cache.runtime_fingerprint.cache_clear()


def test_the_fingerprint_covers_the_understanding_code_and_data() -> None:
    files = {str(f.relative_to(responder_cache.CORE)) for f in responder_cache._core_files()}
    assert {"responder.py", "understanding/matcher.py", "understanding/data/intents.yaml",
            "understanding/data/words.yaml", "knowledge/model.py"} <= files
    assert not any("__pycache__" in f for f in files)


CORRUPTIONS = {
    "truncated": lambda raw: raw[: len(raw) // 2],
    "empty": lambda raw: b"",
    "garbage": lambda raw: os.urandom(len(raw)),
    "one byte flipped": lambda raw: raw[:-100] + bytes([raw[-100] ^ 1]) + raw[-99:],
    "unsealed pickle": lambda raw: raw[len(MAGIC) + 32:],
    "seal zeroed": lambda raw: MAGIC + bytes(32) + raw[len(MAGIC) + 32:],
}


@pytest.mark.parametrize("damage", CORRUPTIONS.values(), ids=CORRUPTIONS.keys())
def test_a_damaged_cache_file_is_ignored_and_replaced(tmp_path: Path, store: DiskCache,
                                                      damage, monkeypatch) -> None:
    file = knowledge_file(tmp_path)
    load_responder(file, store)
    [cached] = cache_files(store.directory)
    good = cached.read_bytes()
    cached.write_bytes(damage(good))
    assert "October 20" in deadline(load_responder(file, store))
    assert cached.read_bytes() != damage(good)  # written again...
    monkeypatch.setattr(responder_cache, "parse_knowledge", None)
    load_responder(file, store)  # ...and trusted again


def test_a_cache_file_of_another_knowledge_is_not_read(tmp_path: Path, store: DiskCache) -> None:
    """A valid file moved to another key's name (another knowledge file's) is a miss."""
    file = knowledge_file(tmp_path)
    load_responder(file, store)
    [first] = cache_files(store.directory)
    other = knowledge_file(tmp_path, due="2017-10-27")
    other_path = store.path(cache_key(other.read_text(encoding="utf-8")))
    first.rename(other_path)
    assert "October 27" in deadline(load_responder(other, store))


def test_a_file_written_without_the_key_is_not_trusted(tmp_path: Path,
                                                       store: DiskCache) -> None:
    """Someone who can write the file but does not hold the key (a tampered file) is ignored."""
    file = knowledge_file(tmp_path)
    (tmp_path / "other").mkdir()
    forged = Responder(load_knowledge(knowledge_file(tmp_path / "other", due="2017-10-27")))
    forger = DiskCache(store.directory, os.urandom(32))
    assert forger.put(cache_key(file.read_text(encoding="utf-8")), forged)
    assert "October 20" in deadline(load_responder(file, store))


def test_the_cache_is_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "workshop-bot"
    opened = DiskCache.open()
    assert opened is not None
    load_responder(knowledge_file(tmp_path), opened)
    assert stat.S_IMODE(opened.directory.stat().st_mode) == 0o700
    for file in opened.directory.iterdir():
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
    assert not list(opened.directory.glob(".*.tmp"))  # no temporary file left behind


def test_the_override_and_turning_it_off(tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "mine"))
    assert cache_dir() == tmp_path / "mine"
    monkeypatch.setenv(ENV_VAR, "")
    assert cache_dir() is None
    assert DiskCache.open() is None
    file = knowledge_file(tmp_path)
    assert "October 20" in deadline(load_responder(file))


def test_an_unusable_directory_still_answers(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    assert DiskCache.open(blocker / "cache") is None  # cannot be created
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    assert DiskCache.open(shared) is None  # others may enter it: not trusted
    private = tmp_path / "private"
    private.mkdir(mode=0o700)
    (private / "key").write_bytes(bytes(32))
    (private / "key").chmod(0o644)
    assert DiskCache.open(private) is None  # a key others can read seals nothing
    file = knowledge_file(tmp_path)
    assert "October 20" in deadline(load_responder(file, False))


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only directories")
def test_a_read_only_directory_still_answers(tmp_path: Path) -> None:
    store = DiskCache.open(tmp_path / "cache")
    assert store is not None
    store.directory.chmod(0o500)
    try:
        file = knowledge_file(tmp_path)
        assert "October 20" in deadline(load_responder(file, store))
        assert not cache_files(store.directory)
    finally:
        store.directory.chmod(0o700)


def test_a_broken_file_is_still_reported_and_never_cached(tmp_path: Path,
                                                          store: DiskCache) -> None:
    file = tmp_path / "broken.yaml"
    file.write_text("workshop:\n  name: X\n  timezone: Mars/Olympus\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as error:
        load_responder(file, store)
    assert str(error.value).startswith(f"{file}:")
    assert not cache_files(store.directory)


def test_old_files_are_pruned(tmp_path: Path, store: DiskCache) -> None:
    for n in range(KEEP + 3):
        store.put(f"key {n}".encode(), n)
    assert len(cache_files(store.directory)) == KEEP
    assert store.get(f"key {KEEP + 2}".encode()) == KEEP + 2


class _Memo:
    def __init__(self) -> None:
        self.twice = functools.lru_cache(maxsize=7)(self._twice)

    def _twice(self, x: int) -> int:
        return 2 * x


def test_objects_keep_their_memoization(store: DiskCache) -> None:
    memo = _Memo()
    memo.twice(3)
    assert store.put(b"memo", memo)
    back = store.get(b"memo")
    assert isinstance(back, _Memo)
    assert back.twice(4) == 8
    assert back.twice.cache_parameters()["maxsize"] == 7
    assert back.twice.cache_info().currsize == 1  # its own, fresh cache
    assert back.twice.__wrapped__.__self__ is back


def test_what_cannot_be_pickled_is_just_not_cached(store: DiskCache) -> None:
    assert store.put(b"lambda", lambda: None) is False
    assert store.get(b"lambda") is None


def test_ask_reads_the_cache_and_answers_without_one(tmp_path: Path) -> None:
    """Through the command line: the second run reads the cache (it never parses YAML), and a
    directory that cannot be used costs nothing but the cache."""
    trace = ("import sys; from bot.cli.main import main; code = main(sys.argv[1:]); "
             "print('--modules--', *sorted(sys.modules), sep='\\n', file=sys.stderr); "
             "sys.exit(code)")
    ask = [sys.executable, "-c", trace, "ask", "--json", "--now", "2017-10-15",
           "when is the deadline?"]

    def run(cache: str) -> tuple[str, set[str], str]:
        result = subprocess.run(ask, capture_output=True, text=True, timeout=60, cwd=ROOT,
                                env={**os.environ, ENV_VAR: cache})
        assert result.returncode == 0, result.stderr[-2000:]
        errors, _, modules = result.stderr.partition("--modules--\n")
        return result.stdout, set(modules.split()), errors

    first, built_with, _ = run(str(tmp_path / "cache"))
    again, read_with, _ = run(str(tmp_path / "cache"))
    assert again == first and "October 20" in first
    assert "bot.core.knowledge.yaml_tree" in built_with
    assert "bot.core.knowledge.yaml_tree" not in read_with  # read from the cache
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    without, _, errors = run(str(blocker / "cache"))
    assert without == first
    assert errors == ""


def test_data_files_read_back_as_parsed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.core import data_yaml

    monkeypatch.setenv(ENV_VAR, str(tmp_path / "cache"))
    text = (ROOT / "bot" / "core" / "understanding" / "data" / "words.yaml").read_text("utf-8")
    parsed = yaml.safe_load(text)
    assert data_yaml.parse_data(text) == parsed  # parsed, and written
    [entry] = (tmp_path / "cache").glob("data-*.pickle")
    assert data_yaml.parse_data(text) == parsed  # read back
    entry.write_bytes(entry.read_bytes()[:-10])
    assert data_yaml.parse_data(text) == parsed  # damaged: parsed again
    monkeypatch.setenv(ENV_VAR, "")
    assert data_yaml.parse_data(text) == parsed  # no cache at all
