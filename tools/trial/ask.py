#!/usr/bin/env python3
"""Asks a running SafetyBot each question of a trial set, as a teacher in a 1:1 chat would, and writes
what the teacher reads: the text of every reply card (text blocks, lists, facts, button titles).

The bot must run with authentication off (Development) and answer inline (expectReplies), e.g.
  ASPNETCORE_ENVIRONMENT=Development dotnet Bot/bin/Release/net10.0/SafetyBot.Bot.dll --urls http://127.0.0.1:3990

Usage: ask.py QUESTIONS.yml SET OUT.jsonl [--url http://127.0.0.1:3990] [--followups]
QUESTIONS.yml maps a set name to a list of {id, text, ...}; with --followups an item may have
'followup' (a second message sent right after it in the same chat).
"""
import argparse, json, sys, time, urllib.request, uuid

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("needs PyYAML (pip install pyyaml, or apt-get install python3-yaml)")


def card_text(node, out):
    """Flattens an Adaptive Card (or any JSON) into the lines a reader sees, in order."""
    if isinstance(node, dict):
        kind = node.get("type")
        if kind == "TextBlock" and node.get("text"):
            out.append(node["text"])
        elif kind == "TextRun" and node.get("text"):
            out.append(node["text"])
        elif kind == "FactSet":
            for fact in node.get("facts", []):
                out.append(f"{fact.get('title', '')}: {fact.get('value', '')}")
        elif kind and kind.startswith("Action.") and node.get("title"):
            out.append(f"[knop: {node['title']}]")
        for key, value in node.items():
            if key in ("text", "facts", "title") and kind in ("TextBlock", "TextRun", "FactSet") or key == "data":
                continue
            if key == "title" and kind and kind.startswith("Action."):
                continue
            card_text(value, out)
    elif isinstance(node, list):
        for item in node:
            card_text(item, out)


def reply_text(activity):
    lines = []
    if activity.get("text"):
        lines.append(activity["text"])
    for attachment in activity.get("attachments") or []:
        card_text(attachment.get("content"), lines)
    # Teams renders "\r" inside a text block as a line break (the card's lists use it).
    return "\n".join(lines).replace("\r", "\n")


def ask(url, text, user, conversation):
    activity = {
        "type": "message", "id": "trial-" + uuid.uuid4().hex[:8], "channelId": "msteams",
        "serviceUrl": "https://smba.trafficmanager.net/emea/", "deliveryMode": "expectReplies",
        "from": {"id": user, "name": "Docent", "aadObjectId": str(uuid.uuid5(uuid.NAMESPACE_URL, user))},
        "recipient": {"id": "28:safetybot", "name": "SafetyBot"},
        "conversation": {"id": conversation, "conversationType": "personal", "tenantId": "tenant-trial"},
        "channelData": {"tenant": {"id": "tenant-trial"}}, "text": text, "locale": "nl-NL",
    }
    request = urllib.request.Request(url.rstrip("/") + "/api/messages", data=json.dumps(activity).encode(),
                                     headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(request, timeout=30) as response:
        body = json.loads(response.read() or b"{}")
    replies = [a for a in body.get("activities", []) if a.get("type") == "message"]
    return "\n\n---\n\n".join(reply_text(a) for a in replies)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("questions")
    parser.add_argument("set")
    parser.add_argument("out")
    parser.add_argument("--url", default="http://127.0.0.1:3990")
    args = parser.parse_args()
    items = yaml.safe_load(open(args.questions, encoding="utf-8"))[args.set]
    with open(args.out, "w", encoding="utf-8") as out:
        for n, item in enumerate(items):
            # A fresh user per question (the per-user rate limit, and no state between questions).
            user = f"29:trial-{args.set}-{n}"
            conversation = f"a:trial-{args.set}-{n}"
            record = {"id": item["id"], "text": item["text"], "reply": ask(args.url, item["text"], user, conversation)}
            if item.get("followup"):
                time.sleep(0.2)
                record["followup"] = item["followup"]
                record["followup_reply"] = ask(args.url, item["followup"], user, conversation)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(items)} questions asked; replies in {args.out}")


if __name__ == "__main__":
    main()
