#!/usr/bin/env python3
"""Per-page instruction counts: winnow's whole pipeline against Gumbo parsing the same page.

    python3 tools/page_ir.py [--build build-cc] [--top 15] [--stages 8] [--json OUT] DIR...

For each folder of pages (*.html, *.html.gz), two callgrind runs, one part per page:
build/bench/clean_folder from winnow::Cleaner::clean's call to winnow::to_xml's return (the
pipeline and the XML), build/bench/gumbo_parse_tree from gumbo_parse_with_options' call to
gumbo_destroy_output's return; reading the pages and the process start are left out of both. A whole-corpus profile adds every page up and hides which pages
cost the most against their parse, and why; this lists the pages by the ratio of winnow's Ir to
Gumbo's, with their size, output bytes, Ir per input byte, and the inclusive Ir of the stages
that cost them most (from each page's dump). Instruction counts, not time: run it on a busy
machine. (Fewer instructions is not less time: per instruction winnow misses the branch
predictor and the data cache more often than Gumbo does; see bench/README.md.)

gumbo_parse_tree reads a folder in directory order (readdir), which os.listdir also returns for
a folder nobody writes to meanwhile; clean_folder sorts by name. Pages are matched so, and the
run stops if the counts disagree. Folders with subfolders are refused.
"""
import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile

STAGE = re.compile(r"^\s*([\d,]+) \([^)]*\)\s+\?\?\?:(winnow::[^\[]*?)(?:\(| \[)")
# The stages worth naming for a page (inclusive Ir): one row each, the first matching name.
STAGES = [
    ("decode", "winnow::detail::decode_to_utf8"),
    ("preclean", "winnow::detail::preclean_html"),
    ("parse", "winnow::detail::Dom::parse"),
    ("metadata", "winnow::detail::read_metadata"),
    ("dates", "winnow::detail::find_dates"),
    ("prune", "winnow::detail::prune"),
    ("extract", "winnow::detail::extract_main_content"),
    ("comments", "winnow::detail::find_comment_sections"),
    ("blocks", "winnow::detail::build_blocks"),
    ("unicode", "winnow::detail::normalize_document"),
    ("garbage", "winnow::detail::remove_garbage"),
    ("machine", "winnow::detail::machine::find_machine_runs"),
    ("promo", "winnow::detail::remove_promo_blocks"),
    ("repeats", "winnow::detail::remove_exact_repeats"),
    ("repeated", "winnow::detail::remove_repeated_blocks"),
    ("foreign", "winnow::detail::remove_foreign_boxes"),
    ("link_residue", "winnow::detail::remove_link_residue"),
    ("xml", "winnow::to_xml"),
]


def run_dumps(cmd, before, after, workdir):
    """One callgrind part per page: from the call to `before` to the return of `after` (the
    parts between, reading the next page and the process start, are left out)."""
    subprocess.run(["valgrind", "--tool=callgrind", "--dump-instr=no", f"--dump-before={before}",
                    f"--dump-after={after}", f"--callgrind-out-file={workdir}/cg.%p"] + cmd,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    parts = [f for f in os.listdir(workdir) if f.startswith("cg.") and f.count(".") == 2]
    parts.sort(key=lambda f: int(f.rsplit(".", 1)[1]))
    return [os.path.join(workdir, f) for f in parts[1::2]]


def total_ir(path):
    with open(path) as f:
        for line in f:
            if line.startswith(("totals:", "summary:")):
                return int(line.split()[1])
    return 0


def stage_ir(path):
    out = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", path],
                         capture_output=True, text=True, check=True).stdout
    seen = {}
    for line in out.splitlines():
        m = STAGE.match(line)
        if m and m.group(2) not in seen:
            seen[m.group(2)] = int(m.group(1).replace(",", ""))
    return {name: seen.get(fn, 0) for name, fn in STAGES}


def measure(folder, build, stages):
    names = os.listdir(folder)
    if any(os.path.isdir(os.path.join(folder, n)) for n in names):
        sys.exit(f"{folder}: has subfolders (gumbo_parse_tree walks them, clean_folder does not)")
    pages = [n for n in names if n.endswith((".html", ".gz"))]
    if len(pages) != len(names):
        sys.exit(f"{folder}: holds files other than pages (gumbo_parse_tree parses them too)")
    with tempfile.TemporaryDirectory() as w, tempfile.TemporaryDirectory() as g:
        wd = run_dumps([f"{build}/bench/clean_folder", folder], "winnow::Cleaner::clean*", "winnow::to_xml*", w)
        gd = run_dumps([f"{build}/bench/gumbo_parse_tree", folder], "gumbo_parse_with_options", "gumbo_destroy_output", g)
        if len(wd) != len(pages) or len(gd) != len(pages):
            sys.exit(f"{folder}: {len(pages)} pages, {len(wd)} winnow and {len(gd)} Gumbo dumps")
        rows = {}
        for name, part in zip(sorted(pages), wd):
            raw = open(os.path.join(folder, name), "rb").read()
            if name.endswith(".gz"):
                raw = gzip.decompress(raw)
            rows[name] = {"bytes": len(raw), "winnow": total_ir(part), "stages": stage_ir(part) if stages else {}}
        for name, part in zip(names, gd):
            rows[name]["gumbo"] = total_ir(part)
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--build", default="build-cc")
    ap.add_argument("--top", type=int, default=15, help="pages listed per folder (by winnow/Gumbo Ir)")
    ap.add_argument("--stages", type=int, default=6, help="costliest stages shown per listed page (0: none, faster)")
    ap.add_argument("--json", help="write every page's figures here")
    a = ap.parse_args()
    everything = {}
    for folder in a.folders:
        rows = measure(folder.rstrip("/"), a.build, a.stages > 0)
        everything[folder] = rows
        w = sum(r["winnow"] for r in rows.values())
        g = sum(r["gumbo"] for r in rows.values())
        over = sum(r["winnow"] > r["gumbo"] for r in rows.values())
        print(f"{folder}: {len(rows)} pages, winnow {w / 1e6:.1f}M Ir, Gumbo {g / 1e6:.1f}M Ir, "
              f"ratio {w / g:.2f}; {over} pages cost winnow more than their parse (*: first by name, with the "
              f"library's first-use tables)")
        ranked = sorted(rows.items(), key=lambda kv: -kv[1]["winnow"] / max(kv[1]["gumbo"], 1))
        for name, r in ranked[:a.top]:
            stages = sorted(r["stages"].items(), key=lambda kv: -kv[1])[:a.stages]
            shown = " ".join(f"{k} {v / 1e6:.1f}" for k, v in stages if v)
            first = "*" if name == min(rows) else " "  # (builds the library's tables on first use)
            print(f"  {r['winnow'] / r['gumbo']:5.2f}{first} {name[:34]:34} {r['bytes']:8d} B  winnow {r['winnow'] / 1e6:6.1f}M "
                  f"({r['winnow'] / r['bytes']:4.0f}/B)  Gumbo {r['gumbo'] / 1e6:6.1f}M ({r['gumbo'] / r['bytes']:4.0f}/B)  {shown}")
    if a.json:
        with open(a.json, "w") as f:
            json.dump(everything, f, indent=1)


if __name__ == "__main__":
    main()
