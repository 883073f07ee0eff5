"""``workshop-bot eval``: run a labeled question set and report accuracy per kind."""

from __future__ import annotations

import argparse
import sys

from bot.cli.options import add_knowledge_option, add_now_option, current, responder_and_now


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "eval", help="run a labeled question set against the knowledge and report accuracy",
        description="Run a labeled question set (YAML list of q/kind/must/must_not) against the "
                    "knowledge; print accuracy per kind and every failure. Exit 1 if any fail.")
    p.add_argument("file", metavar="FILE", help="the question set")
    add_now_option(p)
    add_knowledge_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from bot.core.evaluation import EvalSetError, evaluate, load_cases
    loaded = responder_and_now(args)
    if isinstance(loaded, int):
        return loaded
    responder, fixed_now = loaded
    now = current(fixed_now)
    try:
        cases = load_cases(args.file)
    except EvalSetError as exc:
        print(exc, file=sys.stderr)
        return 2
    report = evaluate(responder, cases, now)
    print(report.format())
    return 1 if report.failures else 0
