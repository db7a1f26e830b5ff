#!/usr/bin/env python3
"""Text input through the winnow CLI never loses text: one line, or one paragraph, is body text,
on standard input and in JSON Lines records with "text"; a title is taken only with a body after it.

usage: test_cli_text_input.py PATH/TO/winnow
"""
import json
import sys

from batch_util import Checks, run

WINNOW = sys.argv[1]
c = Checks("test_cli_text_input")

LINES = ["one line", "Eine einzige Zeile", "Одна строка", "ひとつの行",
         "A single paragraph of one sentence, which is all the user has."]

for line in LINES:
    p = run(WINNOW, "--input", "text", "--format", "text", stdin=(line + "\n").encode())
    c.check(p.returncode == 0 and p.stdout.decode() == line + "\n", f"--input text prints the line back: {line!r} -> {p.stdout!r}")
    p = run(WINNOW, "--format", "text", stdin=(line + "\n").encode())
    c.check(p.stdout.decode() == line + "\n", f"detected as text, printed back: {line!r}")

records = [{"url": f"https://example.org/{n}", "text": line} for n, line in enumerate(LINES)]
records.append({"url": "https://example.org/t", "text": "Short title\n\nThe body under the title, a sentence long."})
data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()
p = run(WINNOW, "--jsonl", "-f", "text", "--no-site-profile", "-j", "1", stdin=data)
out = [json.loads(l) for l in p.stdout.decode().splitlines()]
c.check(p.returncode == 0 and len(out) == len(records), f"jsonl: one result per record (exit {p.returncode})")
for rin, rout in zip(records[:-1], out):
    c.check(rout.get("text") == rin["text"] + "\n", f"jsonl text record keeps its line: {rin['text']!r} -> {rout.get('text')!r}")
    c.check(not rout.get("meta", {}).get("title"), f"jsonl: no title taken from a lone line {rin['text']!r}")
c.check(out[-1].get("meta", {}).get("title") == "Short title" and out[-1].get("text", "").startswith("The body"),
        f"jsonl: a title with a body under it is the title ({out[-1]})")
c.finish()
