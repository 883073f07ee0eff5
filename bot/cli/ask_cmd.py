"""``workshop-bot ask``: answer one question, or one per line of standard input."""

from __future__ import annotations

import argparse
import json
import sys

from bot.cli.options import add_knowledge_option, add_now_option, current, knowledge_and_now
from bot.cli.render import as_json, as_text


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "ask", help="answer one question (or one per line of stdin) and exit",
        description="Answer a question about the workshop. Without QUESTION, read one question "
                    "per line from standard input and answer each, in order.")
    p.add_argument("question", nargs="*", metavar="QUESTION", help="the question to answer")
    p.add_argument("--json", action="store_true",
                   help="print one JSON object per question instead of text")
    p.add_argument("--explain", action="store_true",
                   help="also print how the question was understood (parts, intents, entities, "
                        "and the examples and rules that decided)")
    add_now_option(p)
    add_knowledge_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from bot.core.responder import Responder

    loaded = knowledge_and_now(args)
    if isinstance(loaded, int):
        return loaded
    knowledge, fixed_now = loaded
    now = current(fixed_now)
    responder = Responder(knowledge)
    if args.question:
        questions = [" ".join(args.question)]
    else:
        if sys.stdin.isatty():
            print("Type one question per line; end with Ctrl-D.", file=sys.stderr)
        questions = [line.rstrip("\n") for line in sys.stdin]
    for i, question in enumerate(questions):
        answer = responder.respond(question, now)
        if args.json:
            line = as_json(question, answer)
            if args.explain:  # an added key: the contract's keys stay as they are
                line = line[:-1] + ", " + json.dumps({"explain": responder.explain(question)})[1:]
            print(line, flush=True)
        else:
            if i:
                print()
            print(as_text(answer, color=sys.stdout.isatty()), flush=True)
            if args.explain:
                print("\n" + responder.explain(question), flush=True)
    return 0
