"""Answer quality over every labeled question set at once, on demand.

    python scripts/score_sets.py                      # the project's sets and the shared dev set
    python scripts/score_sets.py --extra Q.yaml:K.yaml:NOW [--extra ...]   # more sets
    python scripts/score_sets.py --failures           # also every failure

One row per set: right/total per kind, and the number of *confidently wrong* replies (the bot
answered with a fact, but the fact is wrong or the file does not hold it). The built-in examples
are kept apart from these sets; where one happens to say the same as a question of a set
("hello", "what is the page limit"), `--loso` scores each set with those examples removed
(leave-one-set-out) beside its plain score.

    python scripts/score_sets.py --loso               # plain and leave-one-set-out, per set
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.core.evaluation import KINDS, Report, evaluate, load_cases  # noqa: E402
from bot.core.knowledge.loader import load_knowledge  # noqa: E402
from bot.core.responder import Responder  # noqa: E402
from bot.core.understanding.examples import ExampleIndex  # noqa: E402
from bot.core.understanding.intents import CHITCHAT, INTENTS  # noqa: E402
from bot.core.understanding.text import expand, words  # noqa: E402

MLSYS_NOW = "2017-10-10T12:00-07:00"
FIXTURE_NOW = {
    "second-workshop": "2031-03-01T12:00+00:00", "third-workshop": "2017-10-10T12:00+09:00",
    "fourth-workshop": "2029-01-15T12:00-06:00", "fifth-workshop": "2030-01-20T12:00+01:00",
    "sixth-workshop": "2028-02-01T12:00+08:00", "seventh-workshop": "2026-03-01T12:00-05:00",
    "eighth-workshop": "2027-01-10T12:00+11:00", "ninth-workshop": "2028-06-20T12:00+01:00",
    "tenth-workshop": "2029-04-14T12:00+03:00",
    # written from real calls (2026-12-06): two tuned on, three scored once as first-look sets
    "vipriors-2023": "2023-06-28T12:00+00:00", "dashsys-2026": "2026-05-01T12:00-12:00",
    "uncertainlp-2025": "2025-07-25T12:00-12:00", "shifthappens-2022": "2022-05-06T12:00-04:00",
    "reneuir-2024": "2024-04-24T12:00-12:00",
    # twelve more (2026-12-06, second session): scored once as first-look sets, then kept
    "nlppower-2022": "2022-01-07T12:00+00:00", "openeyes-2020": "2020-05-26T12:00+00:00",
    "want-2023": "2023-09-15T12:00+00:00", "wassa-2022": "2022-02-07T12:00+00:00",
    "medagi-2024": "2024-04-20T12:00+00:00", "arlet-2025": "2025-08-10T12:00+00:00",
    "kars-2024": "2024-08-15T12:00+00:00", "diff3d-2021": "2021-07-12T12:00+00:00",
    "verifai-2025": "2025-01-15T12:00+00:00", "nlp4prog-2021": "2021-04-12T12:00+00:00",
    "uncv-2022": "2022-06-15T12:00+00:00", "ccai-2020": "2020-08-05T12:00+00:00",
    # nine more (third session): scored once as first-look sets, then kept
    "sl4ad-2022": "2022-03-01T12:00+00:00", "trustnlp-2026": "2026-02-10T12:00+00:00",
    "mlg-2023": "2023-05-29T12:00+00:00", "ai4na-2025": "2025-01-25T12:00+00:00",
    "bea-2025": "2025-04-01T12:00+00:00", "enlsp-2023": "2023-09-10T12:00+00:00",
    "nllp-2024": "2024-08-20T12:00+00:00", "tsalm-2024": "2024-08-25T12:00+00:00",
    "aimusic-2025": "2025-08-08T12:00+00:00",
    # three more (fourth session), scored once as first-look sets, then kept
    "var-2025": "2025-04-10T12:00+00:00", "prl-2025": "2024-11-10T12:00+00:00",
    "clinicalnlp-2023": "2023-02-01T12:00+00:00",
    # rounds nine and ten (fifth session), scored once as first-look sets, then kept
    "bimanual-2026": "2026-07-27T12:00+00:00", "osirrc-2019": "2019-05-24T12:00+00:00",
    "ml4h-2020": "2020-09-07T12:00+00:00", "lt4hala-2024": "2023-12-01T12:00+00:00",
    "cvppa-2025": "2025-06-01T12:00+00:00", "sods-2023": "2023-05-15T12:00+00:00",
    # round eleven (fifth session), scored once as first-look sets, then kept
    "toolsforthought-2025": "2025-01-30T12:00+00:00", "jpf-2016": "2016-07-15T12:00+00:00",
    "ai4science-2021": "2021-07-26T12:00+00:00",
    # round twelve (sixth session), scored once as first-look sets, then kept
    "eurosec-2026": "2026-01-15T12:00+00:00", "milc-2023": "2022-12-19T12:00+00:00",
    "scala-2013": "2013-03-20T12:00+00:00",
    # round thirteen (sixth session), scored once as first-look sets, then kept
    "recombseq-2025": "2025-01-06T12:00+00:00", "a3de-2024": "2024-01-22T12:00+00:00",
    "gaiw-2023": "2023-02-01T12:00+00:00",
    # round fourteen (sixth session), scored once as first-look sets, then kept
    "gem-2026": "2026-02-25T12:00+00:00", "opensun3d-2024": "2024-03-11T12:00+00:00",
    "spigm-2026": "2026-04-10T12:00+00:00",
    # round fifteen (seventh session), scored once as first-look sets, then kept
    "llm4code-2024": "2023-11-16T12:00+00:00", "dlfm-2025": "2025-04-15T12:00+00:00",
    "pmbs-2024": "2024-07-10T12:00+00:00",
    # round sixteen (seventh session), scored once as first-look sets, then kept
    "visxai-2018": "2018-06-20T12:00+00:00", "nocaps-2024": "2024-03-15T12:00+00:00",
    "kbnets-2018": "2018-03-01T12:00+00:00",
    # round seventeen (seventh session), scored once as first-look sets, then kept
    "coml-2025": "2025-08-01T12:00+00:00", "hcrl-2025": "2025-03-15T12:00+00:00",
    "genlaw-2023": "2023-04-20T12:00+00:00",
    # round eighteen (eighth session), scored once as first-look sets, then kept
    "damon-2024": "2024-02-26T12:00-08:00", "cfw-2024": "2024-02-10T12:00-12:00",
    "advml-2026": "2026-06-01T12:00-12:00",
    # round nineteen (eighth session), scored once as first-look sets, then kept
    "stacom-2024": "2024-06-03T12:00-12:00", "ai4edu-2020": "2019-11-10T12:00-05:00",
    "synsml-2023": "2023-05-08T12:00-12:00",
    # round twenty (eighth session), scored once as first-look sets, then kept
    "kdf-2023": "2023-04-10T12:00-12:00", "calm-2024": "2024-09-02T12:00-12:00",
    "ml4rs-2025": "2025-01-20T12:00-12:00",
    # round twenty-one (eighth session), scored once as first-look sets, then kept
    "leap-2025": "2025-07-25T12:00+09:00", "mml-2022": "2022-02-07T12:00-12:00",
    "apsys-2024": "2024-04-05T12:00+09:00",
    # round twenty-two (ninth session), scored once as first-look sets, then kept
    "aist-2024": "2024-01-08T12:00-12:00", "llm4ma-2025": "2025-07-20T12:00+09:00",
    "mlsb-2025": "2025-09-01T12:00-12:00",
    # round twenty-three (ninth session), scored once as first-look sets, then kept
    "cuichi-2023": "2023-02-06T12:00-12:00", "ppml-2024": "2024-05-20T12:00-07:00",
    "diffcvgp-2020": "2020-09-01T12:00-04:00",
    # round twenty-four (ninth session), scored once as first-look sets, then kept
    "claramas-2026": "2026-02-16T12:00+02:00", "paris-2023": "2023-01-25T12:00-12:00",
    "dbm-2025": "2025-08-15T12:00-12:00",
    # round twenty-five (tenth session), scored once as first-look sets, then kept
    "autosimtrans-2022": "2022-04-10T12:00-12:00", "aichallengeiot-2021": "2021-08-25T12:00-12:00",
    "dmkg-2026": "2026-06-22T12:00-12:00",
    # round twenty-six (tenth session), scored once as first-look sets, then kept
    "stableq-2024": "2024-08-05T12:00-12:00", "ai4css-2025": "2025-08-08T12:00-04:00",
    "ml4molecules-2020": "2020-09-15T12:00-12:00",
    # round twenty-seven (tenth session), scored once as first-look sets, then kept
    "fatrec-2018": "2018-06-25T12:00-12:00", "sci4dl-2026": "2026-01-10T12:00-12:00",
    "wmac-2025": "2024-11-04T12:00-12:00",
    # round twenty-eight (tenth session), scored once as first-look sets, then kept
    "ai4earth-2020": "2020-09-20T12:00-07:00", "lchange-2019": "2019-04-01T12:00+02:00",
    "haigen-2025": "2025-01-06T12:00-12:00",
    # round twenty-nine (eleventh session), scored once as first-look sets, then kept
    "distill-2025": "2025-07-10T12:00-12:00", "vtt-2020": "2020-07-01T12:00-07:00",
    "semdial-2025": "2025-05-19T12:00-12:00",
    # round thirty (eleventh session), scored once as first-look sets, then kept
    "nwpt-2024": "2024-09-01T12:00-12:00", "wcca-2025": "2025-06-16T12:00-10:00",
    "mlgenx-2025": "2025-01-27T12:00-12:00",
    # round thirty-one (eleventh session), scored once as first-look sets, then kept
    "airoyoung-2026": "2025-11-20T12:00+01:00", "human-2024": "2023-10-20T12:00-12:00",
    "creativesumm-2022": "2022-06-10T12:00-12:00",
    # round thirty-two (eleventh session), scored once as first-look sets, then kept
    "lata-2026": "2026-03-10T12:00-12:00", "sms-2024": "2024-06-12T12:00-12:00",
    "interpretableai-2024": "2024-07-26T12:00-12:00",
    # round thirty-three (twelfth session), scored once as first-look sets, then kept
    "mathai-2025": "2025-09-05T12:00+00:00", "clpsych-2026": "2026-03-02T12:00+00:00",
    "selfdn-2018": "2018-03-01T12:00+00:00",
    # round thirty-four (twelfth session), scored once as first-look sets, then kept
    "roegen-2024": "2024-08-15T12:00+00:00", "hppss-2023": "2023-07-20T12:00+00:00",
    "rl4rs-2025": "2025-05-08T12:00+00:00",
    # round thirty-five (twelfth session), scored once as first-look sets, then kept
    "visxgenai-2025": "2025-08-01T12:00+00:00", "codai-2023": "2023-06-15T12:00+00:00",
    "argmining-2025": "2025-03-27T12:00+00:00",
    # round thirty-six (twelfth session), scored once as first-look sets, then kept
    "dt4h-2026": "2026-06-01T12:00+00:00", "dliva-2025": "2025-01-10T12:00+00:00",
    "verdi-2025": "2025-03-05T12:00+00:00",
    # round thirty-seven (twelfth session), scored once as first-look sets, then kept
    "cvwc-2019": "2019-07-05T12:00+00:00", "iwesep-2017": "2016-11-15T12:00+00:00",
    "fieldmatters-2024": "2024-04-26T12:00+00:00",
    # round thirty-eight (thirteenth session), scored once as first-look sets, then kept
    "genbio-2025": "2025-05-02T12:00+00:00", "biodms-2026": "2026-05-04T12:00+00:00",
    "trustai-2024": "2024-04-25T12:00+00:00",
    # round thirty-nine (thirteenth session), scored once as first-look sets, then kept
    "ai4science-2022": "2022-08-25T12:00+00:00", "funarch-2024": "2024-05-24T12:00+00:00",
    "reneuir-2024b": "2024-04-22T12:00+00:00",  # (a second set for ReNeuIR 2024)
    # round forty (thirteenth session), scored once as first-look sets, then kept
    "emas-2024": "2024-02-20T12:00+00:00", "cuicscw-2021": "2021-08-30T12:00+00:00",
    "clarity-2023": "2023-05-12T12:00+00:00",
    # round forty-one (thirteenth session), scored once as first-look sets, then kept
    "expressive-2019": "2019-02-10T12:00+00:00", "loreslm-2025": "2024-10-21T12:00+00:00",
    "kr2ml-2019": "2019-08-30T12:00+00:00",
    # round forty-two (thirteenth session), scored once as first-look sets, then kept
    "rlem-2023": "2023-08-21T12:00+00:00", "cysoc-2026": "2026-03-04T12:00+00:00",
    "smartwear-2025": "2025-07-25T12:00+00:00",
    # round forty-three (thirteenth session), scored once as first-look sets after the fixes
    # for rounds 38 to 42, then kept
    "mechinterp-2026": "2026-04-17T12:00+00:00", "wiesp-2023": "2023-08-21T12:00+00:00",
    "dgm4miccai-2023": "2023-06-07T12:00+00:00",
    # round forty-four (fourteenth session), scored once as first-look sets, then kept
    "cams-2025": "2025-08-04T12:00+00:00", "taro-2025": "2025-09-19T12:00+00:00",
    "gi-2020": "2020-01-06T12:00+00:00",
    # round forty-five (fourteenth session), scored once as first-look sets, then kept
    "internetqoe-2016": "2016-03-04T12:00+00:00", "ricss-2025": "2025-07-01T12:00+00:00",
    "wails-2025": "2025-09-12T12:00+00:00",
    # round forty-six (fourteenth session), scored once as first-look sets after the fixes for
    # rounds 44 and 45, then kept
    "avsec-2025": "2025-06-16T12:00+00:00", "hust-2025": "2025-07-21T12:00+00:00",
    "wqct-2024": "2024-06-12T12:00+00:00",
    # round forty-seven (fourteenth session), scored once as first-look sets after the fixes
    # for rounds 44 to 46, then kept
    "biovis-2018": "2018-01-10T12:00+00:00", "sim4ir-2021": "2021-04-15T12:00+00:00",
    "cdel-2025": "2025-06-20T12:00+00:00",
    # round forty-eight (fourteenth session), scored once as first-look sets after the fixes
    # for rounds 44 to 47, then kept
    "nliwod-2022": "2022-03-16T12:00+00:00", "wearagent-2026": "2026-06-27T12:00+00:00",
    "winlp-2026": "2026-05-11T12:00+00:00",
    # round forty-nine (fourteenth session), scored once as first-look sets after the fixes for
    # rounds 44 to 48 and the second read, then kept
    "otml-2023": "2023-09-12T12:00+00:00", "graal-2021": "2020-12-01T12:00+00:00",
    "vahc-2025": "2025-06-16T12:00+00:00",
    # round fifty (fifteenth session), scored once as first-look sets at 0552587, then kept
    "tgd-2025": "2025-01-13T12:00+00:00", "tft-2026": "2026-01-22T12:00+00:00",
    "mabs-2026": "2026-01-21T12:00+00:00",
    # round fifty-one (fifteenth session), scored once as first-look sets at b488f88, after the
    # fixes for round 50, then kept
    "shapemi-2025": "2025-06-10T12:00+00:00", "veriprop-2022": "2022-05-02T12:00+00:00",
    "evalrs-2023": "2023-05-02T12:00+00:00",
    # round fifty-two (fifteenth session), scored once as first-look sets at b1ecd8d, after the
    # fixes for rounds 50 and 51, then kept
    "sensorssp-2025": "2025-02-12T12:00+00:00", "mdx-2021": "2021-10-08T12:00+00:00",
    "wosc10-2024": "2024-09-26T12:00+00:00",
    # round fifty-three (fifteenth session), scored once as first-look sets at c637ec1, after
    # the fixes for rounds 50 to 52, then kept
    "safeworldmodels-2026": "2026-06-24T12:00+00:00", "robotswild-2025": "2025-03-25T12:00+00:00",
    "nlp4call-2025": "2024-11-28T12:00+00:00",
    # round fifty-four (fifteenth session), scored once as first-look sets at 9615182, after
    # the fixes for rounds 50 to 53, then kept
    "dmlr-2024": "2024-01-20T12:00+00:00", "wasdett4-2013": "2013-04-05T12:00+00:00",
    "iwci-2021": "2021-09-03T12:00+00:00",
    # round fifty-five (fifteenth session), scored once as first-look sets at ad9cb26, after
    # the fixes for rounds 50 to 54, then kept
    "aigov-2025": "2024-11-08T12:00+00:00", "lascar-2019": "2019-03-02T12:00+00:00",
    "pyhpc-2020": "2020-08-20T12:00+00:00",
    # round fifty-six (fifteenth session), scored once as first-look sets at eff0a00, after
    # the fixes for rounds 50 to 55, then kept
    "leaphri-2021": "2021-01-11T12:00+00:00", "dbai-2021": "2021-09-01T12:00+00:00",
    "dialdoc-2023": "2023-04-10T12:00+00:00",
    # round fifty-seven (fifteenth session), scored once as first-look sets at 32a3a08, after
    # the fixes for rounds 50 to 56, then kept
    "gtrl-2022": "2022-02-07T12:00+00:00", "teachingml-2021": "2021-06-04T12:00+00:00",
    "biomedvis-2026": "2026-07-14T12:00+00:00",
    # round fifty-eight (sixteenth session), scored once as first-look sets at d3c3286, after
    # the fixes for rounds 50 to 57, then kept
    "iwslt-2026": "2026-02-20T12:00+00:00", "bosc-2025": "2025-03-11T12:00+00:00",
    "qctip-2026": "2025-12-15T12:00+00:00",
    # round fifty-nine (sixteenth session), scored once as first-look sets at 97ec35e, after
    # the fixes for rounds 50 to 58, then kept
    "llm4eval-2025": "2025-01-08T12:00+00:00", "ccai-2021": "2021-07-26T12:00+00:00",
    "avas-2024": "2024-05-15T12:00+00:00",
    # round sixty (sixteenth session), scored once as first-look sets at f338364, after the
    # fixes for rounds 50 to 59, then kept
    "hiai-2024": "2024-05-27T12:00+00:00", "flicml-2023": "2023-05-05T12:00+00:00",
    "chr-2024": "2024-06-20T12:00+00:00",
    # round sixty-one (sixteenth session), scored once as first-look sets at 6765d19, after
    # the fixes for rounds 50 to 60, then kept
    "c3po-2025": "2025-02-20T12:00+00:00", "clinicalnlp-2024": "2024-02-26T12:00+00:00",
    "arlet-2024": "2024-05-08T12:00+00:00",
    # round sixty-two (sixteenth session), scored once as first-look sets at b17e4da, after
    # the fixes for rounds 50 to 61 and a second read of them, then kept
    "ai4math-2026": "2026-05-04T12:00+00:00", "lava-2024": "2024-09-09T12:00+00:00",
    "aaltd-2023": "2023-05-22T12:00+00:00",
    # round sixty-three (sixteenth session), scored once as first-look sets at 00c1a82, after
    # the fixes for rounds 50 to 62, then kept
    "nliwod-2020": "2020-08-18T12:00+00:00", "enssys-2021": "2021-09-03T12:00+00:00",
    "haet-2022": "2022-05-09T12:00+00:00",
    # round sixty-four (sixteenth session), scored once as first-look sets at 273f671, after
    # the fixes for rounds 50 to 63, then kept (synsml-2023b is a second set, and knowledge file
    # written anew, for a workshop already kept)
    "synsml-2023b": "2023-05-05T12:00+00:00", "sbft-2026": "2025-09-29T12:00+00:00",
    "exag-2023": "2023-07-06T12:00+00:00",
    # round sixty-five (sixteenth session), scored once as first-look sets at a90092e, after
    # the fixes for rounds 50 to 64, then kept
    "crl-2023": "2023-09-10T12:00+00:00", "cysoc-2025": "2025-03-20T12:00+00:00",
    "cheops-2024": "2024-01-15T12:00+00:00",
    # round sixty-six (seventeenth session), scored once as first-look sets at 7379672,
    # after the fixes for rounds 50 to 65, then kept
    "carrv-2020": "2020-03-30T12:00+00:00", "rdmde-2022": "2022-05-10T12:00+00:00",
    "nllp-2026": "2026-07-28T12:00+00:00",
    # round sixty-seven (seventeenth session), scored once as first-look sets at aaf14f0,
    # after the fixes for rounds 50 to 66, then kept
    "geosearch-2021": "2021-08-28T12:00+00:00", "trl-2025": "2025-03-24T12:00+00:00",
    "rage-2025": "2025-01-28T12:00+00:00",
    # round sixty-eight (seventeenth session), scored once as first-look sets at eb9b060,
    # after the fixes for rounds 50 to 67, then kept
    "consensusday-2022": "2022-06-10T12:00+00:00", "lm4plan-2026": "2026-04-03T12:00+00:00",
    "places-2024": "2024-01-17T12:00+00:00",
    # round sixty-nine (seventeenth session), scored once as first-look sets at 60a865b,
    # after the fixes for rounds 50 to 68, then kept
    "tsar-2025": "2025-08-12T12:00+00:00", "modref-2023": "2023-06-20T12:00+00:00",
    "wasp-2025": "2025-09-19T12:00+00:00",
    # round seventy (seventeenth session), scored once as first-look sets at 45c317f,
    # after the fixes for rounds 50 to 69, then kept
    "hotcarbon-2025": "2025-04-14T12:00+00:00", "mlgenx-2026": "2026-01-16T12:00+00:00",
    "mmfood-2025": "2025-06-27T12:00+00:00",
    # round seventy-one (nineteenth session), scored once as first-look sets at 43eda87 (IMW,
    # DPML) and aee9e32 (LowResNLP), after the fixes for rounds 50 to 70, then kept
    "imw-2024": "2024-03-01T12:00+00:00", "dpml-2021": "2021-02-08T12:00+00:00",
    "lowresnlp-2025": "2025-06-20T12:00+00:00",
    # round seventy-two (nineteenth session), scored once as first-look sets at 5abcf72,
    # after the fixes for rounds 50 to 71, then kept
    "hoo-2022": "2022-09-08T12:00+00:00", "neurreps-2026": "2026-08-01T12:00+00:00",
    "finplan-2023": "2023-03-14T12:00+00:00",
    # round seventy-three (nineteenth session), scored once as first-look sets at 5e4da09,
    # after the fixes for rounds 50 to 72, then kept
    "sketchrec-2023": "2022-12-22T12:00+00:00", "ml4h-2019": "2019-08-27T12:00+00:00",
    "cellnet-2012": "2012-03-02T12:00+00:00",
    # round seventy-four (nineteenth session), scored once as first-look sets at 0a941db,
    # after the fixes for rounds 50 to 73, then kept
    "aidisclosure-2025": "2025-04-16T12:00+00:00", "ml4ps-2024": "2024-08-19T12:00+00:00",
    "wosc9-2023": "2023-09-12T12:00+00:00",
    # round seventy-five (nineteenth session), scored once as first-look sets at 43a2393,
    # after the fixes for rounds 50 to 74, then kept
    "tcrs-2026": "2026-06-18T12:00+00:00", "cvppa-2024": "2024-06-21T12:00+00:00",
    "dmr-2026": "2026-01-12T12:00+00:00",
}


def project_sets() -> list[tuple[Path, Path | None, str]]:
    """(questions, knowledge or None for the shipped workshop, now) for every project set."""
    out: list[tuple[Path, Path | None, str]] = []
    dev = ROOT.parent / "shared" / "eval" / "dev-questions.yaml"
    if dev.exists():
        out.append((dev, None, MLSYS_NOW))
    for path in sorted((ROOT / "tests" / "eval").glob("*.yaml")):
        if path.stem in FIXTURE_NOW:
            fixture = ROOT / "tests" / "fixtures" / path.name
            if not fixture.exists():  # written from a real call
                fixture = ROOT / "tests" / "fixtures" / "real" / path.name
            out.append((path, fixture, FIXTURE_NOW[path.stem]))
        elif path.stem == "mlsys-after-deadline":
            out.append((path, None, "2017-10-25T12:00-07:00"))
        else:
            out.append((path, None, MLSYS_NOW))
    return out


def confidently_wrong(report: Report) -> int:
    return sum(1 for o in report.failures if o.answered)


def row(name: str, report: Report) -> str:
    kinds = report.by_kind()
    cells = [f"{k} {kinds[k][0]}/{kinds[k][1]}" if k in kinds else f"{k} -" for k in KINDS]
    ok = sum(o.ok for o in report.outcomes)
    return (f"{name:<24} " + "  ".join(f"{c:<16}" for c in cells)
            + f"  all {ok / max(len(report.outcomes), 1):6.1%}  wrong {confidently_wrong(report)}")


def said_alike(text: str) -> str:
    """A phrasing as compared for leave-one-set-out: its words, normalized."""
    return " ".join(words(expand(text)))


def without_examples_of(responder: Responder, questions: list[str]) -> int:
    """Rebuild ``responder``'s example index without the examples that say the same as one of
    ``questions``; returns how many were left out."""
    asked = {said_alike(q) for q in questions}
    kept = []
    removed = 0
    for intent in INTENTS + CHITCHAT:
        examples = tuple(e for e in intent.examples if said_alike(e) not in asked)
        removed += len(intent.examples) - len(examples)
        kept.append(replace(intent, examples=examples))
    responder.matcher.examples = ExampleIndex(tuple(kept))
    return removed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extra", action="append", default=[],
                        help="QUESTIONS.yaml:KNOWLEDGE.yaml:NOW (NOW as ISO 8601)")
    parser.add_argument("--only-extra", action="store_true", help="skip the project's sets")
    parser.add_argument("--failures", action="store_true", help="print every failure")
    parser.add_argument("--loso", action="store_true",
                        help="also score each set without the examples that match its questions")
    args = parser.parse_args()
    sets = [] if args.only_extra else project_sets()
    for spec in args.extra:
        q, k, now = spec.split(":", 2)
        sets.append((Path(q), Path(k), now))
    responders: dict[Path | None, Responder] = {}
    for questions, knowledge, now in sets:
        if knowledge not in responders:
            responders[knowledge] = Responder(load_knowledge(knowledge))
        report = evaluate(responders[knowledge], load_cases(questions), datetime.fromisoformat(now))
        name = questions.parent.name if questions.stem == "questions" else questions.stem
        print(row(name, report), flush=True)
        if args.loso:
            cases = load_cases(questions)
            alone = Responder(load_knowledge(knowledge))
            removed = without_examples_of(alone, [c.q for c in cases])
            held_out = evaluate(alone, cases, datetime.fromisoformat(now))
            print(row(f"  loso (-{removed} ex.)", held_out), flush=True)
        if args.failures:
            for o in report.failures:
                said = o.answer.replace("\n", " ")[:240]
                print(f"   FAIL [{o.case.kind}] {o.case.q!r}\n      {o.why}; answered="
                      f"{o.answered} intent={o.intent}: {said}")


if __name__ == "__main__":
    main()
