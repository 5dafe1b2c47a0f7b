#!/usr/bin/env python3
"""The bot's decision (act-now card, answered from an article, referred on, "Dat weet ik niet") for every
single question of the answer trials A-D, by `kb ask` (no bot, no follow-up context: the second message
of a follow-up pair is left out).

    python3 tools/trial/decisions.py [--kb tools/Kb/bin/Release/net10.0/kb.dll] [--all]

Prints the development misses of trials B, C and D that are about scope (docs/retrieval.md, "Scope:
in-scope questions refused, off-topic answered"), each with today's decision, then totals: how many of
the in-scope refusals are answered now and how many off-topic questions of all four trials are not
answered. --all prints every question's decision.
"""
import argparse
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
SETS = [
    ROOT / "tests/eval/answers/questions-AB.yml",
    ROOT / "tests/eval/answers/questions-C.yml",
    ROOT / "tests/eval/followups/questions-D.yml",
]

# Judged misses of trials B, C and D (after versions) that were about scope. In-scope questions the bot
# refused ("Dat weet ik niet" or a referral); the acute ones among them (B53, B55, C43) belong to the
# act-now work and are listed for completeness.
REFUSED_IN_SCOPE = [
    "B02", "B06", "B09", "B16", "B21", "B33", "B38", "B46", "B47", "B53", "B55",
    "C23", "C33", "C34", "C39", "C40", "C43",
    "D11a", "D13", "D14", "D15", "D18", "D19", "D23",
]
# Off-topic questions the bot answered from an article that shared a word.
OFFTOPIC_ANSWERED = ["D25", "D27", "D29", "D30"]


def questions():
    for path in SETS:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for items in data.values():
            for item in items:
                if item.get("kind") == "followup":
                    continue
                yield item


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kb", default=str(ROOT / "tools/Kb/bin/Release/net10.0/kb.dll"))
    parser.add_argument("--all", action="store_true")
    args = parser.parse_args()

    items = list(questions())
    lines = "".join(f"{i['id']}\t{i.get('school', 'any')}\t{' '.join(str(i['text']).split())}\n" for i in items)
    run = subprocess.run(["dotnet", args.kb, "ask"], input=lines, capture_output=True, text=True, cwd=ROOT, check=True)
    decisions = {}
    for line in run.stdout.splitlines():
        qid, outcome, target, detail = (line.split("\t") + ["", "", ""])[:4]
        decisions[qid] = (outcome, target, detail)
    texts = {i["id"]: " ".join(str(i["text"]).split()) for i in items}
    kinds = {i["id"]: i.get("kind", "") for i in items}

    def show(qid):
        outcome, target, detail = decisions[qid]
        print(f"  {qid:5} {outcome:9} {target:45} {detail:18} {texts[qid][:90]}")

    if args.all:
        for qid in decisions:
            show(qid)
        print()

    print("In-scope questions refused in trials B-D, today:")
    for qid in REFUSED_IN_SCOPE:
        show(qid)
    answered = sum(decisions[q][0] in ("answered", "incident") for q in REFUSED_IN_SCOPE)
    print(f"  → {answered} of {len(REFUSED_IN_SCOPE)} now get an answer or the act-now card")
    print()
    print("Off-topic questions answered in trial D, today:")
    for qid in OFFTOPIC_ANSWERED:
        show(qid)
    print()
    offtopic = [q for q in decisions if kinds[q] == "offtopic"]
    refused = [q for q in offtopic if decisions[q][0] in ("unknown", "referred")]
    referred = [q for q in offtopic if decisions[q][0] == "referred"]
    print(f"Off-topic questions of trials A-D not answered: {len(refused)} of {len(offtopic)} ({len(referred)} referred on)")
    for qid in offtopic:
        if qid not in refused:
            show(qid)
    return 0


if __name__ == "__main__":
    sys.exit(main())
