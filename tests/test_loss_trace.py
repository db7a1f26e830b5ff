#!/usr/bin/env python3
"""WINNOW_TRACE_LOSS: the extract stage says where each run of the page's text went (what
tools/recall_loss.py tallies), in any language; without the variable nothing is written and the
output is the same.

usage: test_loss_trace.py PATH/TO/winnow
"""
import os
import sys

from batch_util import Checks, run

WINNOW = sys.argv[1]
c = Checks("test_loss_trace")

PAGES = {
    "en": ("Main menu item", "The harbour reopened on Monday after two years of work, and the first ferries arrived in the morning with hundreds of passengers.",
           "Share this story", "Most read today elsewhere on the site"),
    "de": ("Hauptmenü Eintrag", "Der Hafen wurde am Montag nach zwei Jahren Bauzeit wieder eröffnet, und die ersten Fähren kamen am Morgen mit Hunderten Fahrgästen an.",
           "Artikel teilen", "Meistgelesen heute auf der Seite"),
}

for lang, (menu, prose, share, aside) in PAGES.items():
    html = f"""<html><head><title>T</title></head><body>
<nav><a href="/">{menu}</a></nav>
<div class="article"><h1>Title</h1>
<p>{prose}</p><p>{prose}</p><p>{prose}</p>
<div class="share-buttons"><a href="/s">{share}</a></div>
</div>
<div class="sidebar-box"><h3>{aside}</h3><ul><li><a href="/x">x</a></li></ul></div>
</body></html>""".encode()
    plain = run(WINNOW, "--format", "text", stdin=html)
    traced = run(WINNOW, "--format", "text", stdin=html, env=dict(os.environ, WINNOW_TRACE_LOSS="1"))
    c.check(plain.stderr == b"", f"{lang}: nothing on stderr without the variable: {plain.stderr[:200]!r}")
    c.check(traced.stdout == plain.stdout, f"{lang}: the trace does not change the output")
    fate = {}
    for line in traced.stderr.decode().splitlines():
        parts = line.split("\t", 2)
        c.check(len(parts) == 3 and parts[0] == "loss", f"{lang}: a trace line is loss<TAB>CAUSE<TAB>TEXT: {line!r}")
        if len(parts) == 3:
            fate[parts[2].strip()] = parts[1]
    c.check(fate.get(menu) == "prune:nav", f"{lang}: the menu was pruned as a nav ({fate.get(menu)})")
    c.check(fate.get(prose) == "region", f"{lang}: the article's paragraph was kept in the region ({fate.get(prose)})")
    c.check(fate.get(share, "").startswith("drop:"), f"{lang}: the share row was dropped inside the region ({fate.get(share)})")
    c.check(fate.get(aside) == "outside", f"{lang}: the sidebar was outside the region ({fate.get(aside)})")
c.finish()
