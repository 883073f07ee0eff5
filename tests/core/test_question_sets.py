"""Answer quality on labeled question sets: the shared dev set and the project's own sets.

The dev set lives beside the project (../shared/eval); the project's own sets (tests/eval) were
written independently of the matcher, in people's real phrasings, including a second workshop.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from bot.core.evaluation import Report, evaluate, load_cases
from bot.core.knowledge.loader import load_knowledge
from bot.core.responder import Responder

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "eval" / "dev-questions.yaml"
MLSYS_NOW = datetime.fromisoformat("2017-10-10T12:00-07:00")


def rates(report: Report) -> dict[str, float]:
    return {kind: ok / total for kind, (ok, total) in report.by_kind().items()}


def assert_quality(report: Report, answer: float = 0.95, unknown: float = 0.95,
                   offtopic: float = 0.95) -> None:
    """The issue's bar for every kind; ``answer``/``unknown`` lower only where it says why."""
    r = rates(report)
    failures = "\n".join(f"{o.case.kind}: {o.case.q!r} -> {o.answer[:120]!r} ({o.why})"
                         for o in report.failures)
    assert r["answer"] >= answer, failures
    assert r["unknown"] >= unknown, failures
    assert r["offtopic"] >= offtopic, failures
    assert r.get("chitchat", 1.0) == 1.0, failures


@pytest.mark.skipif(not DEV.exists(), reason="the shared dev question set is not beside the repo")
def test_dev_question_set(mlsys: Responder) -> None:
    assert_quality(evaluate(mlsys, load_cases(DEV), MLSYS_NOW))


@pytest.mark.parametrize(("questions", "knowledge", "now"), [
    ("mlsys-extra.yaml", None, "2017-10-10T12:00-07:00"),
    ("mlsys-people.yaml", None, "2017-10-10T12:00-07:00"),
    ("mlsys-languages.yaml", None, "2017-10-10T12:00-07:00"),
    ("mlsys-pool.yaml", None, "2017-10-10T12:00-07:00"),
    ("mlsys-nearmiss.yaml", None, "2017-10-10T12:00-07:00"),
    ("mlsys-pool2.yaml", None, "2017-10-10T12:00-07:00"),
    ("mlsys-messy.yaml", None, "2017-10-10T12:00-07:00"),
    ("mlsys-pool3.yaml", None, "2017-10-10T12:00-07:00"),
    ("mlsys-pool4.yaml", None, "2017-10-10T12:00-07:00"),
    ("mlsys-languages2.yaml", None, "2017-10-10T12:00-07:00"),
    ("mlsys-pool5.yaml", None, "2017-10-10T12:00-07:00"),
    ("mlsys-pool6.yaml", None, "2017-10-10T12:00-07:00"),
    ("mlsys-pool7.yaml", None, "2017-10-10T12:00-07:00"),
    # after the paper deadline, before the notification: "can I still submit?", "how long until..."
    ("mlsys-after-deadline.yaml", None, "2017-10-25T12:00-07:00"),
    ("second-workshop.yaml", "second-workshop.yaml", "2031-03-01T12:00+00:00"),
    ("third-workshop.yaml", "third-workshop.yaml", "2017-10-10T12:00+09:00"),
    ("fourth-workshop.yaml", "fourth-workshop.yaml", "2029-01-15T12:00-06:00"),
    ("fifth-workshop.yaml", "fifth-workshop.yaml", "2030-01-20T12:00+01:00"),
    # gated at what they reach, above the 95% bar (they once had a lower one: FAQ entries asked
    # in other words, "IRB sign-off" for "ethics approval")
    pytest.param("sixth-workshop.yaml", "sixth-workshop.yaml", "2028-02-01T12:00+08:00",
                 marks=pytest.mark.answer_rate(0.96)),
    pytest.param("seventh-workshop.yaml", "seventh-workshop.yaml", "2026-03-01T12:00-05:00",
                 marks=pytest.mark.answer_rate(0.97)),
    ("eighth-workshop.yaml", "eighth-workshop.yaml", "2027-01-10T12:00+11:00"),
    # a held-out set kept as written ("a clip of the robot" for a video demo)
    pytest.param("ninth-workshop.yaml", "ninth-workshop.yaml", "2028-06-20T12:00+01:00",
                 marks=[pytest.mark.answer_rate(0.96), pytest.mark.unknown_rate(0.95)]),
    # a sparse file: no camera-ready, no FAQ, no word on references or anonymity
    ("tenth-workshop.yaml", "tenth-workshop.yaml", "2029-04-14T12:00+03:00"),
    # written from real published calls by helpers who never saw the matcher, gated at what the
    # bot reaches today (below the 95% bar: see the issue on understanding); two were tuned on
    # from the start (vipriors, dashsys), a hundred and thirty-two were scored once as first-look
    # sets, then kept (reneuir-2024b is a second such set for a workshop already kept)
    pytest.param("vipriors-2023.yaml", "real/vipriors-2023.yaml", "2023-06-28T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.91), pytest.mark.unknown_rate(0.91)]),
    pytest.param("dashsys-2026.yaml", "real/dashsys-2026.yaml", "2026-05-01T12:00-12:00",
                 marks=[pytest.mark.answer_rate(0.91), pytest.mark.unknown_rate(0.94),
                        pytest.mark.offtopic_rate(0.9)]),
    pytest.param("uncertainlp-2025.yaml", "real/uncertainlp-2025.yaml", "2025-07-25T12:00-12:00",
                 marks=[pytest.mark.answer_rate(0.89), pytest.mark.unknown_rate(1.0)]),
    pytest.param("shifthappens-2022.yaml", "real/shifthappens-2022.yaml", "2022-05-06T12:00-04:00",
                 marks=[pytest.mark.answer_rate(0.84), pytest.mark.unknown_rate(0.97)]),
    pytest.param("reneuir-2024.yaml", "real/reneuir-2024.yaml", "2024-04-24T12:00-12:00",
                 marks=[pytest.mark.answer_rate(0.93), pytest.mark.unknown_rate(0.85),
                        pytest.mark.offtopic_rate(1.0)]),
    pytest.param("nlppower-2022.yaml", "real/nlppower-2022.yaml", "2022-01-07T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.94), pytest.mark.unknown_rate(0.97)]),
    pytest.param("openeyes-2020.yaml", "real/openeyes-2020.yaml", "2020-05-26T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.93), pytest.mark.unknown_rate(0.97)]),
    pytest.param("want-2023.yaml", "real/want-2023.yaml", "2023-09-15T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.96), pytest.mark.unknown_rate(1.0)]),
    pytest.param("wassa-2022.yaml", "real/wassa-2022.yaml", "2022-02-07T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.88), pytest.mark.unknown_rate(0.94)]),
    pytest.param("medagi-2024.yaml", "real/medagi-2024.yaml", "2024-04-20T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.95), pytest.mark.unknown_rate(1.0),
                        pytest.mark.offtopic_rate(0.9)]),
    pytest.param("arlet-2025.yaml", "real/arlet-2025.yaml", "2025-08-10T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.94), pytest.mark.unknown_rate(0.94)]),
    pytest.param("kars-2024.yaml", "real/kars-2024.yaml", "2024-08-15T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.94), pytest.mark.unknown_rate(0.97),
                        pytest.mark.offtopic_rate(0.9)]),
    # twelve deadlines whose names overlap across three tracks: the hardest set
    pytest.param("diff3d-2021.yaml", "real/diff3d-2021.yaml", "2021-07-12T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.9), pytest.mark.unknown_rate(0.91)]),
    # (0.90: "can I write it in Word?" is now "I don't know", with the LaTeX template named,
    # rather than the template alone; the same change took three wrong replies elsewhere)
    pytest.param("verifai-2025.yaml", "real/verifai-2025.yaml", "2025-01-15T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.90), pytest.mark.unknown_rate(0.94)]),
    # the fourth round (fixed by class in the third session)
    pytest.param("nlp4prog-2021.yaml", "real/nlp4prog-2021.yaml", "2021-04-12T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.88), pytest.mark.unknown_rate(0.94)]),
    pytest.param("uncv-2022.yaml", "real/uncv-2022.yaml", "2022-06-15T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.88), pytest.mark.unknown_rate(0.97)]),
    pytest.param("ccai-2020.yaml", "real/ccai-2020.yaml", "2020-08-05T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.84), pytest.mark.unknown_rate(0.97)]),
    # the fifth, sixth and seventh rounds, scored once each before their fixes (third session)
    pytest.param("sl4ad-2022.yaml", "real/sl4ad-2022.yaml", "2022-03-01T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.94), pytest.mark.unknown_rate(0.91)]),
    pytest.param("trustnlp-2026.yaml", "real/trustnlp-2026.yaml", "2026-02-10T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.89), pytest.mark.unknown_rate(0.91)]),
    pytest.param("mlg-2023.yaml", "real/mlg-2023.yaml", "2023-05-29T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.95), pytest.mark.unknown_rate(1.0)]),
    pytest.param("ai4na-2025.yaml", "real/ai4na-2025.yaml", "2025-01-25T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.93), pytest.mark.unknown_rate(0.91)]),
    pytest.param("bea-2025.yaml", "real/bea-2025.yaml", "2025-04-01T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.92), pytest.mark.unknown_rate(0.91)]),
    pytest.param("enlsp-2023.yaml", "real/enlsp-2023.yaml", "2023-09-10T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.95), pytest.mark.unknown_rate(0.91)]),
    pytest.param("nllp-2024.yaml", "real/nllp-2024.yaml", "2024-08-20T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.91), pytest.mark.unknown_rate(0.88)]),
    pytest.param("tsalm-2024.yaml", "real/tsalm-2024.yaml", "2024-08-25T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.92), pytest.mark.unknown_rate(0.97),
                        pytest.mark.offtopic_rate(0.9)]),
    pytest.param("aimusic-2025.yaml", "real/aimusic-2025.yaml", "2025-08-08T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.93), pytest.mark.unknown_rate(0.88)]),
    # the eighth round, scored once before its fixes (fourth session)
    pytest.param("var-2025.yaml", "real/var-2025.yaml", "2025-04-10T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.89), pytest.mark.unknown_rate(0.97)]),
    pytest.param("prl-2025.yaml", "real/prl-2025.yaml", "2024-11-10T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.9), pytest.mark.unknown_rate(0.97)]),
    pytest.param("clinicalnlp-2023.yaml", "real/clinicalnlp-2023.yaml", "2023-02-01T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.88), pytest.mark.unknown_rate(0.91),
                        pytest.mark.offtopic_rate(1.0)]),
    # the ninth and tenth rounds, scored once each before their fixes (fifth session)
    pytest.param("bimanual-2026.yaml", "real/bimanual-2026.yaml", "2026-07-27T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.93), pytest.mark.unknown_rate(0.94)]),
    pytest.param("osirrc-2019.yaml", "real/osirrc-2019.yaml", "2019-05-24T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.95), pytest.mark.unknown_rate(0.91),
                        pytest.mark.offtopic_rate(1.0)]),
    pytest.param("ml4h-2020.yaml", "real/ml4h-2020.yaml", "2020-09-07T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.89), pytest.mark.unknown_rate(0.77)]),
    pytest.param("lt4hala-2024.yaml", "real/lt4hala-2024.yaml", "2023-12-01T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.91), pytest.mark.unknown_rate(0.97),
                        pytest.mark.offtopic_rate(0.9)]),
    pytest.param("cvppa-2025.yaml", "real/cvppa-2025.yaml", "2025-06-01T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.91), pytest.mark.unknown_rate(0.91)]),
    pytest.param("sods-2023.yaml", "real/sods-2023.yaml", "2023-05-15T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.96), pytest.mark.unknown_rate(0.94)]),
    # the eleventh round, scored once before its fixes (fifth session)
    pytest.param("toolsforthought-2025.yaml", "real/toolsforthought-2025.yaml",
                 "2025-01-30T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.86), pytest.mark.unknown_rate(0.91)]),
    pytest.param("jpf-2016.yaml", "real/jpf-2016.yaml", "2016-07-15T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.91), pytest.mark.unknown_rate(1.0)]),
    pytest.param("ai4science-2021.yaml", "real/ai4science-2021.yaml", "2021-07-26T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.81), pytest.mark.unknown_rate(0.85)]),
    # the twelfth round, scored once before its fixes (sixth session)
    pytest.param("eurosec-2026.yaml", "real/eurosec-2026.yaml", "2026-01-15T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.94), pytest.mark.unknown_rate(0.97)]),
    pytest.param("milc-2023.yaml", "real/milc-2023.yaml", "2022-12-19T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.93), pytest.mark.unknown_rate(1.0)]),
    pytest.param("scala-2013.yaml", "real/scala-2013.yaml", "2013-03-20T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.9), pytest.mark.unknown_rate(1.0)]),
    # the thirteenth round, scored once before its fixes (sixth session)
    pytest.param("recombseq-2025.yaml", "real/recombseq-2025.yaml", "2025-01-06T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.84), pytest.mark.unknown_rate(0.97)]),
    pytest.param("a3de-2024.yaml", "real/a3de-2024.yaml", "2024-01-22T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.84), pytest.mark.unknown_rate(1.0)]),
    pytest.param("gaiw-2023.yaml", "real/gaiw-2023.yaml", "2023-02-01T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.89), pytest.mark.unknown_rate(1.0)]),
    # the fourteenth round, scored once before its fixes (sixth session)
    pytest.param("gem-2026.yaml", "real/gem-2026.yaml", "2026-02-25T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.85), pytest.mark.unknown_rate(0.88)]),
    pytest.param("opensun3d-2024.yaml", "real/opensun3d-2024.yaml", "2024-03-11T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.8), pytest.mark.unknown_rate(0.91)]),
    pytest.param("spigm-2026.yaml", "real/spigm-2026.yaml", "2026-04-10T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.91), pytest.mark.unknown_rate(1.0)]),
    # the fifteenth round, scored once before its fixes (seventh session)
    pytest.param("llm4code-2024.yaml", "real/llm4code-2024.yaml", "2023-11-16T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.95), pytest.mark.unknown_rate(1.0)]),
    pytest.param("dlfm-2025.yaml", "real/dlfm-2025.yaml", "2025-04-15T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.92), pytest.mark.unknown_rate(0.91)]),
    pytest.param("pmbs-2024.yaml", "real/pmbs-2024.yaml", "2024-07-10T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.95), pytest.mark.unknown_rate(0.97)]),
    # the sixteenth round, scored once before its fixes (seventh session)
    pytest.param("visxai-2018.yaml", "real/visxai-2018.yaml", "2018-06-20T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.87), pytest.mark.unknown_rate(0.91)]),
    pytest.param("nocaps-2024.yaml", "real/nocaps-2024.yaml", "2024-03-15T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.85), pytest.mark.unknown_rate(0.97)]),
    pytest.param("kbnets-2018.yaml", "real/kbnets-2018.yaml", "2018-03-01T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.91), pytest.mark.unknown_rate(0.97)]),
    # the seventeenth round, scored once before its fixes (seventh session)
    pytest.param("coml-2025.yaml", "real/coml-2025.yaml", "2025-08-01T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.83), pytest.mark.unknown_rate(0.94),
                        pytest.mark.offtopic_rate(0.9)]),
    pytest.param("hcrl-2025.yaml", "real/hcrl-2025.yaml", "2025-03-15T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.88), pytest.mark.unknown_rate(0.94),
                        pytest.mark.offtopic_rate(0.9)]),
    pytest.param("genlaw-2023.yaml", "real/genlaw-2023.yaml", "2023-04-20T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.9), pytest.mark.unknown_rate(0.97)]),
    # the eighteenth round, scored once before its fixes (eighth session)
    pytest.param("damon-2024.yaml", "real/damon-2024.yaml", "2024-02-26T12:00-08:00",
                 marks=[pytest.mark.answer_rate(0.95), pytest.mark.unknown_rate(1.0)]),
    pytest.param("cfw-2024.yaml", "real/cfw-2024.yaml", "2024-02-10T12:00-12:00",
                 marks=[pytest.mark.answer_rate(0.92), pytest.mark.unknown_rate(1.0)]),
    # (0.95: "who should I tell" about the workshop site was answered through the word
    # "workshop" of "workshop publicity chair", which no longer names a role alone)
    pytest.param("advml-2026.yaml", "real/advml-2026.yaml", "2026-06-01T12:00-12:00",
                 marks=[pytest.mark.answer_rate(0.95), pytest.mark.unknown_rate(1.0)]),
    # the nineteenth round, scored once before its fixes (eighth session)
    pytest.param("stacom-2024.yaml", "real/stacom-2024.yaml", "2024-06-03T12:00-12:00",
                 marks=[pytest.mark.answer_rate(0.92), pytest.mark.unknown_rate(0.97)]),
    pytest.param("ai4edu-2020.yaml", "real/ai4edu-2020.yaml", "2019-11-10T12:00-05:00",
                 marks=[pytest.mark.answer_rate(0.97), pytest.mark.unknown_rate(1.0)]),
    pytest.param("synsml-2023.yaml", "real/synsml-2023.yaml", "2023-05-08T12:00-12:00",
                 marks=[pytest.mark.answer_rate(0.89), pytest.mark.unknown_rate(1.0)]),
    # the twentieth round, scored once before its fixes (eighth session)
    pytest.param("kdf-2023.yaml", "real/kdf-2023.yaml", "2023-04-10T12:00-12:00",
                 marks=[pytest.mark.answer_rate(0.9), pytest.mark.unknown_rate(0.97)]),
    pytest.param("calm-2024.yaml", "real/calm-2024.yaml", "2024-09-02T12:00-12:00",
                 marks=[pytest.mark.answer_rate(0.88), pytest.mark.unknown_rate(1.0)]),
    pytest.param("ml4rs-2025.yaml", "real/ml4rs-2025.yaml", "2025-01-20T12:00-12:00",
                 marks=[pytest.mark.answer_rate(0.88), pytest.mark.unknown_rate(0.97)]),
    # the twenty-first round, scored once before its fixes (eighth session)
    pytest.param("leap-2025.yaml", "real/leap-2025.yaml", "2025-07-25T12:00+09:00",
                 marks=[pytest.mark.answer_rate(0.91), pytest.mark.unknown_rate(0.88)]),
    pytest.param("mml-2022.yaml", "real/mml-2022.yaml", "2022-02-07T12:00-12:00",
                 marks=[pytest.mark.answer_rate(0.91), pytest.mark.unknown_rate(0.97)]),
    pytest.param("apsys-2024.yaml", "real/apsys-2024.yaml", "2024-04-05T12:00+09:00",
                 marks=[pytest.mark.answer_rate(0.83), pytest.mark.unknown_rate(0.88)]),
    # the twenty-second round, scored once before its fixes (ninth session)
    pytest.param("aist-2024.yaml", "real/aist-2024.yaml", "2024-01-08T12:00-12:00",
                 marks=[pytest.mark.answer_rate(0.95), pytest.mark.unknown_rate(1.0)]),
    pytest.param("llm4ma-2025.yaml", "real/llm4ma-2025.yaml", "2025-07-20T12:00+09:00",
                 marks=[pytest.mark.answer_rate(0.93), pytest.mark.unknown_rate(1.0)]),
    pytest.param("mlsb-2025.yaml", "real/mlsb-2025.yaml", "2025-09-01T12:00-12:00",
                 marks=[pytest.mark.answer_rate(0.93), pytest.mark.unknown_rate(0.94)]),
    # the twenty-third round, scored once before its fixes (ninth session)
    pytest.param("cuichi-2023.yaml", "real/cuichi-2023.yaml", "2023-02-06T12:00-12:00",
                 marks=[pytest.mark.answer_rate(0.87), pytest.mark.unknown_rate(0.91),
                        pytest.mark.offtopic_rate(0.9)]),
    pytest.param("ppml-2024.yaml", "real/ppml-2024.yaml", "2024-05-20T12:00-07:00",
                 marks=[pytest.mark.answer_rate(0.85), pytest.mark.unknown_rate(0.97)]),
    pytest.param("diffcvgp-2020.yaml", "real/diffcvgp-2020.yaml", "2020-09-01T12:00-04:00",
                 marks=[pytest.mark.answer_rate(0.89), pytest.mark.unknown_rate(0.97)]),
    # the twenty-fourth round, scored once before its fixes (ninth session)
    pytest.param("claramas-2026.yaml", "real/claramas-2026.yaml", "2026-02-16T12:00+02:00",
                 marks=[pytest.mark.answer_rate(0.88), pytest.mark.unknown_rate(0.88)]),
    pytest.param("paris-2023.yaml", "real/paris-2023.yaml", "2023-01-25T12:00-12:00",
                 marks=[pytest.mark.answer_rate(0.92), pytest.mark.unknown_rate(0.94)]),
    pytest.param("dbm-2025.yaml", "real/dbm-2025.yaml", "2025-08-15T12:00-12:00",
                 marks=[pytest.mark.answer_rate(0.88), pytest.mark.unknown_rate(0.97)]),
    # the twenty-fifth to twenty-eighth rounds, each scored once before its fixes (tenth
    # session)
    pytest.param("autosimtrans-2022.yaml", "real/autosimtrans-2022.yaml",
                 "2022-04-10T12:00-12:00",
                 marks=[pytest.mark.answer_rate(0.89)]),
    pytest.param("aichallengeiot-2021.yaml", "real/aichallengeiot-2021.yaml",
                 "2021-08-25T12:00-12:00",
                 marks=[pytest.mark.answer_rate(0.93)]),
    pytest.param("dmkg-2026.yaml", "real/dmkg-2026.yaml", "2026-06-22T12:00-12:00",
                 marks=[pytest.mark.answer_rate(0.96)]),
    pytest.param("stableq-2024.yaml", "real/stableq-2024.yaml", "2024-08-05T12:00-12:00",
                 marks=[pytest.mark.answer_rate(0.95)]),
    pytest.param("ai4css-2025.yaml", "real/ai4css-2025.yaml", "2025-08-08T12:00-04:00",
                 marks=[pytest.mark.answer_rate(0.93)]),
    pytest.param("ml4molecules-2020.yaml", "real/ml4molecules-2020.yaml",
                 "2020-09-15T12:00-12:00",
                 marks=[pytest.mark.answer_rate(0.93), pytest.mark.unknown_rate(0.94)]),
    pytest.param("fatrec-2018.yaml", "real/fatrec-2018.yaml", "2018-06-25T12:00-12:00",
                 marks=[pytest.mark.answer_rate(0.94)]),
    pytest.param("sci4dl-2026.yaml", "real/sci4dl-2026.yaml", "2026-01-10T12:00-12:00",
                 marks=[pytest.mark.answer_rate(0.93), pytest.mark.unknown_rate(0.94)]),
    pytest.param("wmac-2025.yaml", "real/wmac-2025.yaml", "2024-11-04T12:00-12:00",
                 marks=[pytest.mark.answer_rate(0.93)]),
    pytest.param("ai4earth-2020.yaml", "real/ai4earth-2020.yaml", "2020-09-20T12:00-07:00",
                 marks=[pytest.mark.answer_rate(0.93), pytest.mark.unknown_rate(0.88)]),
    pytest.param("lchange-2019.yaml", "real/lchange-2019.yaml", "2019-04-01T12:00+02:00",
                 marks=[pytest.mark.answer_rate(0.9), pytest.mark.unknown_rate(0.94)]),
    pytest.param("haigen-2025.yaml", "real/haigen-2025.yaml", "2025-01-06T12:00-12:00",
                 marks=[pytest.mark.answer_rate(0.95), pytest.mark.unknown_rate(0.91)]),
    # rounds twenty-nine to thirty-one (eleventh session), each before its fixes
    pytest.param("distill-2025.yaml", "real/distill-2025.yaml", "2025-07-10T12:00-12:00",
                 marks=[pytest.mark.answer_rate(0.92), pytest.mark.unknown_rate(0.94)]),
    pytest.param("vtt-2020.yaml", "real/vtt-2020.yaml", "2020-07-01T12:00-07:00"),
    pytest.param("semdial-2025.yaml", "real/semdial-2025.yaml", "2025-05-19T12:00-12:00",
                 marks=[pytest.mark.answer_rate(0.92)]),
    pytest.param("nwpt-2024.yaml", "real/nwpt-2024.yaml", "2024-09-01T12:00-12:00",
                 marks=[pytest.mark.answer_rate(0.87), pytest.mark.unknown_rate(0.91)]),
    pytest.param("mlgenx-2025.yaml", "real/mlgenx-2025.yaml", "2025-01-27T12:00-12:00",
                 marks=[pytest.mark.answer_rate(0.88), pytest.mark.unknown_rate(0.91)]),
    pytest.param("wcca-2025.yaml", "real/wcca-2025.yaml", "2025-06-16T12:00-10:00",
                 marks=[pytest.mark.answer_rate(0.91), pytest.mark.unknown_rate(0.91)]),
    pytest.param("airoyoung-2026.yaml", "real/airoyoung-2026.yaml", "2025-11-20T12:00+01:00",
                 marks=[pytest.mark.answer_rate(0.8), pytest.mark.unknown_rate(0.85),
                        pytest.mark.offtopic_rate(0.9)]),
    pytest.param("human-2024.yaml", "real/human-2024.yaml", "2023-10-20T12:00-12:00",
                 marks=[pytest.mark.answer_rate(0.85), pytest.mark.unknown_rate(0.94)]),
    pytest.param("creativesumm-2022.yaml", "real/creativesumm-2022.yaml",
                 "2022-06-10T12:00-12:00",
                 marks=[pytest.mark.answer_rate(0.87), pytest.mark.unknown_rate(0.88)]),
    # round thirty-two, scored once at the session's last change (69387e5)
    pytest.param("lata-2026.yaml", "real/lata-2026.yaml", "2026-03-10T12:00-12:00",
                 marks=[pytest.mark.answer_rate(0.88), pytest.mark.unknown_rate(0.94),
                        pytest.mark.offtopic_rate(0.9)]),
    pytest.param("sms-2024.yaml", "real/sms-2024.yaml", "2024-06-12T12:00-12:00",
                 marks=[pytest.mark.answer_rate(0.92), pytest.mark.unknown_rate(0.91)]),
    pytest.param("interpretableai-2024.yaml", "real/interpretableai-2024.yaml",
                 "2024-07-26T12:00-12:00"),
    pytest.param("mathai-2025.yaml", "real/mathai-2025.yaml", "2025-09-05T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.93), pytest.mark.unknown_rate(0.91)]),
    pytest.param("clpsych-2026.yaml", "real/clpsych-2026.yaml", "2026-03-02T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.86), pytest.mark.unknown_rate(0.88),
                        pytest.mark.offtopic_rate(0.9)]),
    pytest.param("selfdn-2018.yaml", "real/selfdn-2018.yaml", "2018-03-01T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.94)]),
    pytest.param("roegen-2024.yaml", "real/roegen-2024.yaml", "2024-08-15T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.94), pytest.mark.unknown_rate(0.94),
                        pytest.mark.offtopic_rate(0.8)]),
    pytest.param("hppss-2023.yaml", "real/hppss-2023.yaml", "2023-07-20T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.87), pytest.mark.unknown_rate(0.91)]),
    pytest.param("rl4rs-2025.yaml", "real/rl4rs-2025.yaml", "2025-05-08T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.9)]),
    pytest.param("visxgenai-2025.yaml", "real/visxgenai-2025.yaml", "2025-08-01T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.9), pytest.mark.unknown_rate(0.91)]),
    pytest.param("codai-2023.yaml", "real/codai-2023.yaml", "2023-06-15T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.9), pytest.mark.unknown_rate(0.91)]),
    pytest.param("argmining-2025.yaml", "real/argmining-2025.yaml", "2025-03-27T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.86), pytest.mark.unknown_rate(0.91)]),
    pytest.param("dt4h-2026.yaml", "real/dt4h-2026.yaml", "2026-06-01T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.92), pytest.mark.unknown_rate(0.94)]),
    pytest.param("dliva-2025.yaml", "real/dliva-2025.yaml", "2025-01-10T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.87), pytest.mark.unknown_rate(0.94),
                        pytest.mark.offtopic_rate(0.9)]),
    pytest.param("verdi-2025.yaml", "real/verdi-2025.yaml", "2025-03-05T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.95), pytest.mark.unknown_rate(0.94),
                        pytest.mark.offtopic_rate(0.9)]),
    pytest.param("cvwc-2019.yaml", "real/cvwc-2019.yaml", "2019-07-05T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.91), pytest.mark.unknown_rate(0.94)]),
    pytest.param("iwesep-2017.yaml", "real/iwesep-2017.yaml", "2016-11-15T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.83), pytest.mark.unknown_rate(0.86)]),
    pytest.param("fieldmatters-2024.yaml", "real/fieldmatters-2024.yaml",
                 "2024-04-26T12:00+00:00", marks=[pytest.mark.answer_rate(0.9)]),
    pytest.param("genbio-2025.yaml", "real/genbio-2025.yaml", "2025-05-02T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.91), pytest.mark.unknown_rate(0.91)]),
    pytest.param("biodms-2026.yaml", "real/biodms-2026.yaml", "2026-05-04T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.88)]),
    pytest.param("trustai-2024.yaml", "real/trustai-2024.yaml", "2024-04-25T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.91), pytest.mark.unknown_rate(0.91)]),
    pytest.param("ai4science-2022.yaml", "real/ai4science-2022.yaml", "2022-08-25T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.8), pytest.mark.unknown_rate(0.91)]),
    pytest.param("funarch-2024.yaml", "real/funarch-2024.yaml", "2024-05-24T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.84), pytest.mark.unknown_rate(0.82)]),
    pytest.param("reneuir-2024b.yaml", "real/reneuir-2024b.yaml", "2024-04-22T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.9)]),
    pytest.param("emas-2024.yaml", "real/emas-2024.yaml", "2024-02-20T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.89), pytest.mark.unknown_rate(0.91)]),
    pytest.param("cuicscw-2021.yaml", "real/cuicscw-2021.yaml", "2021-08-30T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.92), pytest.mark.unknown_rate(0.94)]),
    pytest.param("clarity-2023.yaml", "real/clarity-2023.yaml", "2023-05-12T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.85)]),
    pytest.param("expressive-2019.yaml", "real/expressive-2019.yaml", "2019-02-10T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.88), pytest.mark.unknown_rate(0.82)]),
    pytest.param("loreslm-2025.yaml", "real/loreslm-2025.yaml", "2024-10-21T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.9), pytest.mark.unknown_rate(0.91)]),
    pytest.param("kr2ml-2019.yaml", "real/kr2ml-2019.yaml", "2019-08-30T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.88), pytest.mark.unknown_rate(0.94)]),
    pytest.param("rlem-2023.yaml", "real/rlem-2023.yaml", "2023-08-21T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.84), pytest.mark.unknown_rate(0.88)]),
    pytest.param("cysoc-2026.yaml", "real/cysoc-2026.yaml", "2026-03-04T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.81), pytest.mark.unknown_rate(0.94)]),
    pytest.param("smartwear-2025.yaml", "real/smartwear-2025.yaml", "2025-07-25T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.9)]),
    pytest.param("mechinterp-2026.yaml", "real/mechinterp-2026.yaml", "2026-04-17T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.85), pytest.mark.unknown_rate(0.88)]),
    pytest.param("wiesp-2023.yaml", "real/wiesp-2023.yaml", "2023-08-21T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.87), pytest.mark.unknown_rate(0.85)]),
    pytest.param("dgm4miccai-2023.yaml", "real/dgm4miccai-2023.yaml", "2023-06-07T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.87), pytest.mark.unknown_rate(0.94)]),
    pytest.param("cams-2025.yaml", "real/cams-2025.yaml", "2025-08-04T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.9), pytest.mark.unknown_rate(0.82)]),
    pytest.param("taro-2025.yaml", "real/taro-2025.yaml", "2025-09-19T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.88), pytest.mark.unknown_rate(0.88)]),
    pytest.param("gi-2020.yaml", "real/gi-2020.yaml", "2020-01-06T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.89), pytest.mark.unknown_rate(0.85),
                        pytest.mark.offtopic_rate(0.8)]),
    pytest.param("internetqoe-2016.yaml", "real/internetqoe-2016.yaml", "2016-03-04T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.87), pytest.mark.unknown_rate(0.85)]),
    pytest.param("ricss-2025.yaml", "real/ricss-2025.yaml", "2025-07-01T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.87), pytest.mark.unknown_rate(0.85)]),
    pytest.param("wails-2025.yaml", "real/wails-2025.yaml", "2025-09-12T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.86), pytest.mark.unknown_rate(0.88)]),
    pytest.param("avsec-2025.yaml", "real/avsec-2025.yaml", "2025-06-16T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.83), pytest.mark.unknown_rate(0.91)]),
    pytest.param("hust-2025.yaml", "real/hust-2025.yaml", "2025-07-21T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.92)]),
    pytest.param("wqct-2024.yaml", "real/wqct-2024.yaml", "2024-06-12T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.76), pytest.mark.unknown_rate(0.85)]),
    pytest.param("biovis-2018.yaml", "real/biovis-2018.yaml", "2018-01-10T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.71)]),
    pytest.param("sim4ir-2021.yaml", "real/sim4ir-2021.yaml", "2021-04-15T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.87)]),
    pytest.param("cdel-2025.yaml", "real/cdel-2025.yaml", "2025-06-20T12:00+00:00",
                 marks=[pytest.mark.answer_rate(0.73), pytest.mark.unknown_rate(0.91)]),
])
def test_project_question_sets(questions: str, knowledge: str | None, now: str,
                               request: pytest.FixtureRequest) -> None:
    k = load_knowledge(ROOT / "tests" / "fixtures" / knowledge) if knowledge else load_knowledge()
    cases = load_cases(ROOT / "tests" / "eval" / questions)
    assert len(cases) >= 60
    answer = request.node.get_closest_marker("answer_rate")
    unknown = request.node.get_closest_marker("unknown_rate")
    offtopic = request.node.get_closest_marker("offtopic_rate")
    assert_quality(evaluate(Responder(k), cases, datetime.fromisoformat(now)),
                   answer=answer.args[0] if answer else 0.95,
                   unknown=unknown.args[0] if unknown else 0.95,
                   offtopic=offtopic.args[0] if offtopic else 0.95)
