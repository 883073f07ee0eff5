"""Understanding as data: the data files hold together, follow-ups, --explain, hostile input."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.core.answers.builders import BUILDERS
from bot.core.knowledge.loader import load_knowledge
from bot.core.responder import Responder
from bot.core.understanding import matcher
from bot.core.understanding.conversation import Conversation
from bot.core.understanding.examples import builtin_index
from bot.core.understanding.intents import CHITCHAT, INTENTS
from bot.core.understanding.matcher import RULES

FIXTURE = Path(__file__).parent / "data" / "overlap-workshop.yaml"
EVAL_DIR = Path(__file__).parents[1] / "eval"
NOW = datetime.fromisoformat("2030-06-01T12:00+01:00")


@pytest.fixture(scope="module")
def bot() -> Responder:
    return Responder(load_knowledge(FIXTURE))


def test_every_intent_names_a_builder_and_known_intents() -> None:
    names = {i.name for i in INTENTS}
    for intent in INTENTS:
        assert intent.builder in BUILDERS, intent.name
        assert set(intent.suppressed_by) <= names, intent.name
        assert intent.examples, intent.name
    assert all(i.builder is None and i.examples for i in CHITCHAT)


def test_every_rule_the_matcher_names_is_in_the_rules_table() -> None:
    source = Path(matcher.__file__).read_text(encoding="utf-8")
    named = set(re.findall(r'"([a-z_]+)"', source)) & (set(RULES) | {
        n for n in re.findall(r'clause\.rule = "([a-z_]+)"', source)})
    assert named <= set(RULES)
    assert {"example_match", "one_plausible_reading", "close_readings"} <= set(RULES)


def test_the_example_index_finds_a_paraphrase_and_nothing_for_noise() -> None:
    index = builtin_index()
    best = index.hits("could the reviewers figure out who the authors are")[0]
    assert best.intent == "anonymity"
    assert index.hits("zzzz qqqq") == []


def test_a_follow_up_reads_against_the_previous_question(bot: Responder) -> None:
    first, context = bot.converse("who is the program chair?", NOW)
    assert "Tobias Brandt" in first.plain_text()
    follow, context = bot.converse("and his email?", NOW + timedelta(minutes=1), context)
    text = follow.plain_text()
    assert "tobias.brandt@example.org" in text
    assert "marta.quintela@example.org" not in text


def test_his_or_her_follows_only_a_question_about_a_person(bot: Responder) -> None:
    """"and his email?" after "when is the paper due?" points at nobody: not the paper deadline
    again."""
    first, context = bot.converse("when is the paper due?", NOW)
    follow, _ = bot.converse("and his email?", NOW + timedelta(minutes=1), context)
    assert follow.plain_text() != first.plain_text(), follow.plain_text()
    assert "July 8" not in follow.plain_text(), follow.plain_text()


def test_a_follow_up_about_another_deadline(bot: Responder) -> None:
    _, context = bot.converse("when is the abstract due?", NOW)
    follow, _ = bot.converse("and the camera-ready?", NOW + timedelta(minutes=2), context)
    assert "September 15" in follow.plain_text() and "July 1" not in follow.plain_text()


def test_a_question_that_stands_alone_is_not_bent_by_the_previous_one(bot: Responder) -> None:
    _, context = bot.converse("when is the paper due?", NOW)
    where, _ = bot.converse("and where is it?", NOW + timedelta(minutes=1), context)
    assert "Lisbon" in where.plain_text() and "July 8" not in where.plain_text()


def test_an_old_context_is_ignored(bot: Responder) -> None:
    _, context = bot.converse("who is the program chair?", NOW)
    later, _ = bot.converse("and his email?", NOW + timedelta(minutes=30), context)
    assert later.plain_text() == bot.respond("and his email?", NOW).plain_text()


def test_respond_is_unchanged_by_conversations(bot: Responder) -> None:
    assert bot.respond("when is the paper due?", NOW).plain_text() == \
        bot.converse("when is the paper due?", NOW, Conversation("", NOW))[0].plain_text()


def test_explain_names_parts_intents_entities_examples_and_rules(bot: Responder) -> None:
    text = bot.explain("who's the program chair and when is the abstract due?")
    assert "understood 2 part(s)" in text
    assert "person=Tobias Brandt" in text and "deadline=abstract" in text
    assert "rule: intents_fired" in text
    assert "closest examples" in bot.explain("what would I get out of coming along?")


@pytest.mark.parametrize("question", [
    "1" * 2000,
    "when? " * 400,
    "a, " * 700,
    "is it " + "(" * 1500,
    "\u0000\u202e" * 900,
])
def test_hostile_input_is_answered_without_error(bot: Responder, question: str) -> None:
    a = bot.respond(question, NOW)
    assert a.plain_text().strip()


def test_a_chain_of_follow_ups_leans_on_the_question_they_follow() -> None:
    v2 = Responder(load_knowledge(Path(__file__).resolve().parents[1] / "fixtures" / "v2" /
                                  "all-fields.yaml"))
    _, context = v2.converse("how many pages can a paper have?", NOW)
    short, context = v2.converse("what about short papers?", NOW, context)
    assert "Short paper: up to 4 pages" in short.plain_text()
    full, _ = v2.converse("and full papers?", NOW, context)
    assert "Full paper: up to 8 pages" in full.plain_text()
    assert "Short paper" not in full.plain_text()


def test_every_word_list_cue_is_whole_words_of_normalized_text() -> None:
    from bot.core.understanding.intents import Words, word_list
    from bot.core.understanding.text import fold
    from bot.core.understanding.topics import TOPICS

    lists = [c for i in INTENTS + CHITCHAT for c, _ in i.cues if isinstance(c, Words)]
    lists += [c for t in TOPICS for c in t.cues if isinstance(c, Words)]
    lists += [word_list(key) for key in ("workshop_words", "ask_who", "references_words",
                                         "checks_limit", "asks_several", "paper_words",
                                         "asks_when", "request_words")]
    assert lists
    for cue in lists:
        for phrase in cue.phrases:
            assert phrase == fold(phrase).strip(), phrase
            assert re.fullmatch(r"\w(.*\w)?", phrase), phrase


@pytest.mark.parametrize("text", [
    "when is the deadline", "deadlines?", "the residue is due", "cut-off date", "cutoff",
    "is there a cut off", "by when, please", "by  when", "due_date", "overdue", "due",
])
def test_a_word_list_finds_what_its_regex_finds(text: str) -> None:
    from bot.core.understanding.intents import WHOLE, Leads, Words, phrases_in, word_count

    cue = Words(("deadline", "deadlines", "due", "cut-off", "by when"))
    expected = {p for p in cue.phrases if re.search(rf"\b{re.escape(p)}\b", text)}
    longest = max(word_count(p) for p in cue.phrases)
    assert phrases_in(text, frozenset(cue.phrases), longest) == expected
    assert bool(re.search(cue.pattern, text)) == bool(expected)
    leads = Leads([WHOLE + p for p in cue.phrases] + ["dead"])
    assert leads.present(text) == {WHOLE + p for p in expected} | (
        {"dead"} if "dead" in text else set())


def test_every_word_table_holds_text() -> None:
    """YAML reads a bare yes/no/on/off as a boolean: a word table must quote them."""
    import yaml

    data_dir = Path(__file__).parents[2] / "bot" / "core" / "understanding" / "data"

    def leaves(node: object) -> list[object]:
        if isinstance(node, dict):
            return [x for v in node.values() for x in leaves(v)]
        if isinstance(node, list):
            return [x for v in node for x in leaves(v)]
        return [node]

    words = yaml.safe_load((data_dir / "words.yaml").read_text(encoding="utf-8"))
    odd = [(key, x) for key, value in words.items() for x in leaves(value)
           if isinstance(x, bool) or x is None]
    assert not odd, odd


def test_every_cue_word_is_written_as_the_text_it_is_matched_in() -> None:
    """Cue word lists are matched in expanded text ("gotta go" becomes "got to go"): a word
    that expansion rewrites could never be found."""
    import yaml

    from bot.core.understanding.text import expand

    data_dir = Path(__file__).parents[2] / "bot" / "core" / "understanding" / "data"
    dead = []
    for name, key in (("intents.yaml", "intents"), ("smalltalk.yaml", "smalltalk"),
                      ("topics.yaml", "topics")):
        for block in yaml.safe_load((data_dir / name).read_text(encoding="utf-8"))[key]:
            for cue in block.get("cues") or ():
                pattern = cue[0] if isinstance(cue, list) else cue
                if isinstance(pattern, dict):
                    dead += [(block["name"], w) for w in pattern["words"] if expand(w) != w]
    assert not dead, dead


@pytest.mark.parametrize(("pattern", "strings"), [
    (r"\b(deadlines?|due)\b", ("deadline", "due")),
    (r"\b(it|this) (is )?held\b", ("held",)),  # the rarer part later on, not "it"/"this"
    (r"\bpapers?\b.{0,20}\baccept\b", ("accept",)),
    (r"^(the )?(workshop|event)$|\bvenue\b", ("workshop", "event", "venue")),
    (r"a{2,3}b|(?<=x)[a-z]+", None),  # one side needs nothing that can be said
])
def test_the_strings_a_cue_cannot_match_without(pattern: str, strings: object) -> None:
    from bot.core.understanding.intents import required_strings

    assert required_strings(pattern) == strings


def test_no_cue_matches_a_text_without_one_of_its_required_strings() -> None:
    """The check that spares regex searches must never spare one that would have matched:
    over every example phrasing and every question of the kept sets."""
    from bot.core.understanding.intents import Words, required_strings
    from bot.core.understanding.text import expand, split_clauses
    from bot.core.understanding.topics import TOPICS

    cues = [c for i in (*INTENTS, *CHITCHAT) for c, _ in i.cues if not isinstance(c, Words)]
    cues += [c for t in TOPICS for c in t.cues if not isinstance(c, Words)]
    texts = [e for i in (*INTENTS, *CHITCHAT) for e in i.examples]
    for path in sorted(EVAL_DIR.glob("*.yaml")):
        texts += re.findall(r"^- q: (.+)$", path.read_text(encoding="utf-8"), re.MULTILINE)
    clauses = {c for t in texts for c in (expand(t), *split_clauses(expand(t)))}
    checked = 0
    for cue in set(cues):
        needed = required_strings(cue)
        if needed is None:
            continue
        rx = re.compile(cue)
        for text in clauses:
            if rx.search(text):
                checked += 1
                assert any(x in text for x in needed), (cue, needed, text)
    assert checked > 1000


def test_the_caches_of_what_is_read_off_a_text_stay_small() -> None:
    """A message may be 2,000 characters: the per-text caches keep only a few recent texts."""
    from bot.core.understanding.runs import runs
    from bot.core.understanding.text_cache import clear_text_caches

    clear_text_caches()
    for i in range(1000):
        runs(f"{i} " + "word " * 300)
    assert runs.cache_info().currsize <= 256  # type: ignore[attr-defined]


def test_research_results_are_rewritten_only_as_whole_words() -> None:
    from bot.core.understanding.text import expand

    assert expand("awesome results, some results") == "awesome results, some findings"
