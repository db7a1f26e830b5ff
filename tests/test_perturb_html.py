#!/usr/bin/env python3
"""bench/perturb_html (tools/perturb_eval.py's rewriter): each rewrite changes the markup it names
and nothing else; the text and its bytes (a non-UTF-8 page stays in its charset) survive.
usage: test_perturb_html.py PATH/TO/perturb_html"""
import os, subprocess, sys, tempfile

BIN = sys.argv[1]
PAGE = ('<!DOCTYPE html><html><head><meta charset="windows-1252"><meta property="og:title" content="T">'
        '<script type="application/ld+json">{"headline":"T"}</script></head><body>'
        '<nav class="menu">Start &amp; Links</nav><div id="outer"><div><article class="post" itemprop="articleBody">'
        '<h1>Caf\xe9 heading</h1><p>First paragraph of the story about the caf\xe9 owner and his dog.</p>'
        '<p>Second paragraph tells how the story ends, with the dog asleep under the table.</p></article></div></div>'
        '<aside id="side"><a href="/a">Related links</a></aside><div>Comment: a reader says the story is sad.</div>'
        '<footer><a href="/">Footer line</a></footer></body></html>').encode("cp1252")
TRUTH = ("Caf\u00e9 heading\nFirst paragraph of the story about the caf\u00e9 owner and his dog.\n"
         "Second paragraph tells how the story ends, with the dog asleep under the table.\n")


def run(kinds, truth=None):
    args = [BIN, kinds]
    if truth is not None:
        f = tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False)
        f.write(truth)
        f.close()
        args.append(f.name)
    out = subprocess.run(args, input=PAGE, capture_output=True, check=True).stdout
    if truth is not None:
        os.unlink(args[-1])
    return out


failures = []


def check(name, cond):
    if not cond:
        failures.append(name)


rt = run("roundtrip")
check("roundtrip keeps the cp1252 byte", b"Caf\xe9 heading" in rt)
check("roundtrip keeps entities as spelt", b"Start &amp; Links" in rt)
check("roundtrip keeps tags and attributes", b'<article class="post" itemprop="articleBody">' in rt)
tags = run("tags")
check("tags renames semantic boxes", all(b"<" + t not in tags for t in (b"nav", b"article", b"aside", b"footer")))
check("tags keeps attributes", b'<div class="post" itemprop="articleBody">' in tags)
check("tags keeps headings and paragraphs", b"<h1>" in tags and tags.count(b"<p>") == 2)
noattr = run("noattr")
check("noattr drops class and id", b"class=" not in noattr and b"id=" not in noattr)
check("noattr keeps other attributes", b'itemprop="articleBody"' in noattr)
deeper = run("deeper")
check("deeper wraps each paragraph", deeper.count(b"<div><p>") == 2 and b"<div><h1>" in deeper)
check("deeper wraps nothing in head", b"<div><meta" not in deeper)
shallower = run("shallower")
check("shallower unwraps one level of a chain", shallower.count(b"<div") == rt.count(b"<div") - 1)
# A wrapper that hides its child stays: unwrapping it would show what the page hid.
hidden_page = (b'<html><body><div style="Display: none ;"><p>Hidden note one.</p></div>'
               b'<div style="color:red;visibility : hidden"><p>Hidden note two.</p></div>'
               b'<div hidden><p>Hidden note three.</p></div><div><p>Shown note.</p></div></body></html>')
hidden = subprocess.run([BIN, "shallower"], input=hidden_page, capture_output=True, check=True).stdout
check("shallower keeps wrappers that hide their child",
      b'<div style="Display: none ;"><p>' in hidden and b'visibility : hidden"><p>' in hidden and b"<div hidden" in hidden)
check("shallower still unwraps a plain wrapper", b"<div><p>Shown" not in hidden and b"<p>Shown note.</p>" in hidden)
nometa = run("nometa")
check("nometa drops JSON-LD, og: and itemprop",
      b"ld+json" not in nometa and b"og:title" not in nometa and b"itemprop" not in nometa)
check("nometa keeps the charset", b'<meta charset="windows-1252">' in nometa)
order = run("order", TRUTH)
check("order puts the aside and footer before the article",
      order.index(b"Related links") < order.index(b"Caf\xe9 heading")
      and order.index(b"Footer line") < order.index(b"Caf\xe9 heading"))
check("order leaves a box of prose after the article", order.index(b"Comment:") > order.index(b"Second paragraph"))
check("order keeps the article's own order",
      order.index(b"First paragraph") < order.index(b"Second paragraph"))
check("order keeps a sibling before the content in place", order.index(b"Start &amp;") < order.index(b"Related links"))
for kinds in ("roundtrip", "tags", "noattr", "deeper", "shallower", "nometa"):
    text = run(kinds)
    check(kinds + " keeps the text", all(t in text for t in (b"asleep under the table", b"Footer line", b"Comment:")))
if failures:
    print("FAILED:", *failures, sep="\n  ")
    sys.exit(1)
print("ok")
