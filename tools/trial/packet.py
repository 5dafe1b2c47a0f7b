#!/usr/bin/env python3
"""Builds a blind judging packet: the replies of two versions shuffled together, each with the question,
the card text and the source article it names (its Markdown body), so a judge cannot tell which version
wrote which reply. The key that maps items back to versions goes to a separate file.

Usage: packet.py CONTENT_DIR OUT_PACKET.jsonl OUT_KEY.json LABEL=replies.jsonl[@CONTENT_DIR] [...]
A version whose replies came from other content (a before-version, when the articles have been rewritten since)
names its own content folder after '@', so the judge reads the article that version quoted.
A record with a follow-up (ask.py's 'followup') is judged on the follow-up's reply, with both questions shown.
"""
import json, os, random, re, sys

NOISE = {"Was dit nuttig?", "[knop: 👍 Ja]", "[knop: 👎 Nee]", "[knop: Verstuur]"}


def articles(content_dir):
    by_title = {}
    for folder in ("articles", "incident", "outofscope"):
        path = os.path.join(content_dir, folder)
        if not os.path.isdir(path):
            continue
        for name in os.listdir(path):
            if not name.endswith(".md"):
                continue
            text = open(os.path.join(path, name), encoding="utf-8").read()
            title = re.search(r'^title:\s*"?(.*?)"?\s*$', text, re.M)
            body = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
            if title:
                by_title[title.group(1)] = body.strip()
    return by_title


def source_of(card, by_title):
    lines = card.split("\n")
    if "Bronnen" in lines:
        first = lines[lines.index("Bronnen") + 1].lstrip("- ").split(" › ")[0].strip()
        return by_title.get(first)
    for line in lines[:2]:
        if line.strip() in by_title:
            return by_title[line.strip()]
    return None


def main():
    content, out_packet, out_key, *inputs = sys.argv[1:]
    items = []
    for spec in inputs:
        label, path = spec.split("=", 1)
        path, _, own_content = path.partition("@")
        by_title = articles(own_content or content)
        for line in open(path, encoding="utf-8"):
            record = json.loads(line)
            question, reply = record["text"], record["reply"]
            if record.get("followup"):
                # A follow-up is judged as the teacher sent it: after the first question, in the same chat.
                question = f"Eerste vraag: {record['text']}\nVervolgvraag, een paar minuten later in hetzelfde gesprek: {record['followup']}"
                reply = record["followup_reply"]
            card = "\n".join(l for l in reply.split("\n") if l.strip() not in NOISE)
            items.append((label, record["id"], question, card, source_of(card, by_title)))
    random.seed(20261207)
    random.shuffle(items)
    key = {}
    with open(out_packet, "w", encoding="utf-8") as out:
        for n, (label, qid, question, card, source) in enumerate(items, 1):
            item = f"J{n:03d}"
            key[item] = {"version": label, "question": qid}
            out.write(json.dumps({"item": item, "question": question, "card": card,
                                  "source": source or "(de kaart noemt geen artikel uit de kennisbank)"}, ensure_ascii=False) + "\n")
    json.dump(key, open(out_key, "w"), indent=1)
    print(f"{len(items)} items in {out_packet}")


if __name__ == "__main__":
    main()
