"""``workshop-bot schema``: the JSON Schema of the knowledge file, for editors' completion."""

from __future__ import annotations

import argparse
import json
from typing import Any


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "schema", help="print the JSON Schema of the knowledge file (for editors)",
        description="Print the JSON Schema of the knowledge file, generated from the model the "
                    "bot validates with. Save it beside your file (workshop-bot schema > "
                    "workshop.schema.json) and put '# yaml-language-server: "
                    "$schema=workshop.schema.json' on the first line of the YAML for completion "
                    "and checking in VS Code and other editors.")
    p.set_defaults(func=run)


def knowledge_schema() -> dict[str, Any]:
    from bot.core.knowledge.model import Knowledge

    schema = Knowledge.model_json_schema()
    schema.pop("title", None)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "workshop-bot knowledge file", **schema}


def run(args: argparse.Namespace) -> int:
    print(json.dumps(knowledge_schema(), indent=2, ensure_ascii=False))
    return 0
