#!/usr/bin/env python3
"""Site profiles in batch mode: two passes, --save-profile / --load-profile / --learn-only /
--merge-profiles, and independence from thread count and page order.

usage: test_batch_profiles.py PATH/TO/winnow
"""
import json
import os
import random
import sys

from batch_util import Checks, TempDir, run, sample_pages, tree_files, write

WINNOW = sys.argv[1]
PAGES = sample_pages()
c = Checks("test_batch_profiles")
WORDS = ("river stone market winter garden engine letter window harbor silver candle forest "
         "ticket mirror pepper saddle lantern meadow copper violin tunnel basket orchard falcon "
         "cotton marble ladder pillow rocket thunder walnut blanket canyon feather glacier").split()


def site_page(host, n, chrome):
    """A page of host with its own article and the site's recurring chrome blocks."""
    rng = random.Random(f"{host}/{n}")  # article text differs in words, not only in numbers
    body = "".join("<p>" + " ".join(rng.choice(WORDS) for _ in range(25)) + " unique words.</p>" for k in range(6))
    return (f"<!doctype html><html><head><title>Article {n}</title>"
            f"<link rel=canonical href='https://{host}/a/{n}'></head><body><article><h1>Article {n}</h1>"
            f"{body}<p>{chrome}</p></article></body></html>").encode()


def make_tree(root, order_salt=""):
    for host in ("news.example", "blog.example"):
        chrome = f"Subscribe to the {host} newsletter for weekly updates and offers."
        for n in range(8):
            write(os.path.join(root, host, f"{order_salt}{n:02d}.html"), site_page(host, n, chrome))
    write(os.path.join(root, "nohost.html"),
          b"<html><body><article><p>A page that names no URL at all, so no host.</p></article></body></html>")


def read(path):
    with open(path, "rb") as f:
        return f.read()


def outputs(root):
    return {rel: read(os.path.join(os.fsencode(root), rel)) for rel in tree_files(root) if rel.endswith(b".xml")}


def main():
    with TempDir() as tmp:
        src = os.path.join(tmp, "in")
        make_tree(src)
        prof1 = os.path.join(tmp, "j1.prof")
        prof2 = os.path.join(tmp, "j2.prof")
        p1 = run(WINNOW, "-i", src, "-o", os.path.join(tmp, "o1"), "-j", "1", "--save-profile", prof1)
        p2 = run(WINNOW, "-i", src, "-o", os.path.join(tmp, "o2"), "-j", "2", "--save-profile", prof2)
        c.check(p1.returncode == 0 and p2.returncode == 0, "two-pass runs succeed")
        c.check(os.path.getsize(prof1) > 0, "--save-profile writes the profile")
        c.check(read(prof1) == read(prof2), "profile does not depend on the thread count")
        c.check(outputs(os.path.join(tmp, "o1")) == outputs(os.path.join(tmp, "o2")), "outputs do not depend on -j")
        c.check(b"name no host" in p1.stderr, "pages without a host are counted")
        o1 = outputs(os.path.join(tmp, "o1"))
        c.check(not any(b"newsletter for weekly" in x for x in o1.values()), "site chrome removed in pass 2")
        c.check(all(b"unique words" in x for k, x in o1.items() if b"example/" in k), "articles kept")
        o0 = os.path.join(tmp, "o0")
        run(WINNOW, "-i", src, "-o", o0, "--no-site-profile", check_rc=0)
        c.check(sum(b"newsletter for weekly" in x for x in outputs(o0).values()) == 16,
                "--no-site-profile keeps the site chrome")

        # Same pages, other names (other walk order): same profile.
        src_b = os.path.join(tmp, "in-b")
        make_tree(src_b, order_salt="z")
        prof_b = os.path.join(tmp, "b.prof")
        run(WINNOW, "-i", src_b, "-o", os.path.join(tmp, "ob"), "--learn-only", "--save-profile", prof_b, check_rc=0)
        c.check(read(prof_b) == read(prof1), "profile does not depend on page order or names")
        c.check(not os.path.exists(os.path.join(tmp, "ob", "news.example")), "--learn-only writes no outputs")

        # Map/reduce: profiles of two halves merged equal the profile of the whole.
        halves = []
        for host in ("news.example", "blog.example"):
            h = os.path.join(tmp, "half-" + host)
            make_tree(h)
            other = "blog.example" if host == "news.example" else "news.example"
            for rel in tree_files(os.path.join(h, other)):
                os.unlink(os.path.join(os.fsencode(h), os.fsencode(other), rel))
            if host == "blog.example":
                os.unlink(os.path.join(h, "nohost.html"))
            prof = os.path.join(tmp, host + ".prof")
            run(WINNOW, "-i", h, "-o", h + "-out", "--learn-only", "--save-profile", prof, check_rc=0)
            halves.append(prof)
        merged = os.path.join(tmp, "merged.prof")
        run(WINNOW, "--merge-profiles", merged, *halves, check_rc=0)
        c.check(read(merged) == read(prof1), "--merge-profiles of the halves = profile of the whole")
        bad = run(WINNOW, "--merge-profiles", os.path.join(tmp, "m2.prof"), halves[0], os.path.join(tmp, "missing.prof"))
        c.check(bad.returncode == 1 and not os.path.exists(os.path.join(tmp, "m2.prof")),
                "--merge-profiles with a missing input fails and writes nothing")

        # --load-profile: one pass, same outputs as the learning run.
        o3 = os.path.join(tmp, "o3")
        p3 = run(WINNOW, "-i", src, "-o", o3, "--load-profile", prof1)
        c.check(p3.returncode == 0 and b"learning" not in p3.stderr and b"name no host" not in p3.stderr,
                "--load-profile skips learning")
        c.check(outputs(o3) == outputs(os.path.join(tmp, "o1")), "--load-profile gives the learned run's outputs")
        p = run(WINNOW, "-i", src, "-o", o3, "--load-profile", os.path.join(tmp, "missing.prof"))
        c.check(p.returncode == 2, "--load-profile with a missing file is a usage error")
        p = run(WINNOW, "-i", src, "-o", o3, "--no-site-profile", "--save-profile", prof1)
        c.check(p.returncode == 2, "--save-profile with --no-site-profile is a usage error")

        # JSON Lines: the host comes from the record's url; stdin is read twice (spooled).
        recs = []
        for host in ("news.example", "blog.example"):
            chrome = f"Subscribe to the {host} newsletter for weekly updates and offers."
            for n in range(8):
                page = site_page(host, n, chrome).decode().replace("<link rel=canonical", "<link rel=x")
                recs.append({"url": f"https://{host}/a/{n}", "html": page})
        data = b"".join(json.dumps(r).encode() + b"\n" for r in recs)
        pj = os.path.join(tmp, "jsonl.prof")
        p = run(WINNOW, "--jsonl", "-j", "2", "--save-profile", pj, stdin=data)
        c.check(p.returncode == 0 and len(p.stdout.splitlines()) == len(recs), "jsonl two passes over stdin")
        c.check(read(pj) == read(run_learn_tree(tmp, prof1)), "jsonl profile from record urls = tree profile of the same pages")
        p_load = run(WINNOW, "--jsonl", "--load-profile", pj, stdin=data)
        c.check(p_load.stdout == p.stdout, "jsonl --load-profile = learned run")
    c.finish()


def run_learn_tree(tmp, _):
    """Profile of the tree minus the page without a host (the JSONL test has no such page)."""
    src = os.path.join(tmp, "in-nohost")
    make_tree(src)
    os.unlink(os.path.join(src, "nohost.html"))
    prof = os.path.join(tmp, "nohost.prof")
    run(WINNOW, "-i", src, "-o", src + "-out", "--learn-only", "--save-profile", prof, check_rc=0)
    return prof


main()
