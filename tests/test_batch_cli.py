#!/usr/bin/env python3
"""Batch mode of the winnow CLI on odd trees and JSON Lines streams.

usage: test_batch_cli.py PATH/TO/winnow
Checks every output, the error log and the exit status. Not timed.
"""
import json
import os
import sys

from batch_util import (Checks, TempDir, gz, parse_xml, run, sample_pages, temp_files, tree_files, write)

WINNOW = sys.argv[1]
PAGES = sample_pages()
PAGE = PAGES[0][1]
IS_ROOT = os.geteuid() == 0
c = Checks("test_batch_cli")


def b(s):
    return os.fsencode(s)


def odd_tree(tmp):
    """Builds the input tree; returns (in_dir, expected outputs, expected error names)."""
    src = os.path.join(tmp, "in")
    j = lambda *p: os.path.join(b(src), *[b(x) if isinstance(x, str) else x for x in p])
    write(j("a.html"), PAGE)
    write(j("sub dir", "with space.html"), PAGES[1][1])
    write(j("sub dir", "deeper", "page.xhtml"), PAGES[2][1])
    write(j(b"new\nline.htm"), PAGE)
    write(j(b"bad\xff\xfename.html"), PAGE)             # not UTF-8
    write(j("plain.txt"), b"A plain text article.\n\nIt has two paragraphs of text.\n")
    write(j("zipped.HTML.gz"), gz(PAGES[3][1]))             # upper-case extension, gzip
    write(j("notes.txt.gz"), gz(b"Gzipped text.\n\nSecond paragraph.\n"))
    write(j("empty.html"), b"")                              # zero bytes: valid empty document
    write(j("huge.html"), b"<p>" + b"x" * 300_000 + b"</p>")  # over --max-size
    write(j("corrupt.html.gz"), gz(PAGE)[:200])             # truncated gzip
    write(j("image.html"), b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)  # binary
    write(j("dup.html"), PAGE)                               # both want dup.xml: dup.htm (first
    # in byte order) gets it, dup.html gets dup.html.xml
    write(j("dup.htm"), PAGE)
    write(j("ignored.pdf"), b"%PDF-1.4")                     # not a page name
    write(j("README"), b"not a page")
    os.symlink("a.html", j("link.html"))                     # symlink to a file: followed
    os.symlink("missing.html", j("broken.html"))             # dangling
    os.symlink(".", j("loop"))                               # dir symlink loop: not followed
    os.symlink("sub dir", j("alias"))                        # dir symlink: not followed by default
    os.mkfifo(j("fifo.html"))                                # not a regular file
    os.makedirs(j("dir.html"))                               # a folder with a page name
    write(j("dir.html", "inner.htm"), PAGE)
    expected = {
        b"a.xml", b"sub dir/with space.xml", b"sub dir/deeper/page.xml", b"new\nline.xml",
        b"bad\xff\xfename.xml", b"plain.xml", b"zipped.xml", b"notes.xml", b"empty.xml",
        b"dup.xml", b"dup.html.xml", b"link.xml", b"dir.html/inner.xml",
    }
    errors = {b"huge.html": b"size limit", b"corrupt.html.gz": b"gzip", b"image.html": b"image",
              b"broken.html": b"broken symlink", b"fifo.html": b"not a regular file"}
    if not IS_ROOT:  # root reads anything, so this case needs an ordinary user
        write(j("secret.html"), PAGE)
        os.chmod(j("secret.html"), 0)
        errors[b"secret.html"] = b"Permission denied"
        os.makedirs(j("locked"))
        write(j("locked", "x.html"), PAGE)
        os.chmod(j("locked"), 0)
        errors[b"locked"] = b"Permission denied"
    return src, expected, errors


def log_entries(path):
    with open(path, "rb") as f:
        lines = [l for l in f.read().split(b"\n") if l]
    out = {}
    for line in lines:
        p, _, reason = line.partition(b"\t")
        out[p] = reason
    return out


def test_odd_tree():
    with TempDir() as tmp:
        src, expected, errors = odd_tree(tmp)
        out = os.path.join(tmp, "out")
        p = run(WINNOW, "-i", src, "-o", out, "-j", "2", "--max-size", "200000", "--no-site-profile")
        c.check(p.returncode == 1, f"odd tree: exit 1 when some pages fail (got {p.returncode})")
        got = tree_files(out)
        c.check(got == expected | {b"winnow-errors.log"},
                f"odd tree: outputs mirror the tree; missing {sorted(expected - got)}, extra {sorted(got - expected - {b'winnow-errors.log'})}")
        for rel in expected & got:
            path = os.path.join(b(out), rel)
            try:
                root = parse_xml(path)
                c.check(root.tag == "article", f"{rel!r}: an <article> document")
            except Exception as e:  # noqa: BLE001
                c.check(False, f"{rel!r}: well-formed XML ({e})")
        a = open(os.path.join(out, "a.xml"), "rb").read()
        c.check(open(os.path.join(b(out), b"link.xml"), "rb").read() == a, "symlinked file cleaned like its target")
        c.check(open(os.path.join(b(out), b"new\nline.xml"), "rb").read() == a, "newline name cleaned like a.html")
        plain = parse_xml(os.path.join(out, "plain.xml"))
        c.check(plain.get("input") == "text", ".txt taken as text input")
        c.check(b"two paragraphs" in open(os.path.join(out, "plain.xml"), "rb").read(), ".txt content kept")
        c.check(b"Second paragraph" in open(os.path.join(out, "notes.xml"), "rb").read(), ".txt.gz inflated")

        log = log_entries(os.path.join(out, "winnow-errors.log"))
        src_b = b(src)
        failed = {os.path.relpath(k.replace(b"\\n", b"\n"), src_b): v for k, v in log.items() if not v.startswith(b"note:")}
        c.check(set(failed) == set(errors), f"error log names the failures: {sorted(failed)} vs {sorted(errors)}")
        for name, why in errors.items():
            c.check(why in failed.get(name, b""), f"error log reason for {name!r} mentions {why!r}: {failed.get(name)!r}")
        c.check(all(b"\n" not in k for k in log), "error log: one line per error")
        stderr = p.stderr
        for name in errors:
            c.check(name in stderr, f"stderr names {name!r}")
        c.check(b"1 failed" not in stderr and b"cleaned:" in stderr and b"failed" in stderr, "summary on stderr")
        c.check(f"{len(errors)} failed".encode() in stderr, f"summary counts {len(errors)} failures")
        c.check(not temp_files(out), "no temporary files left")

        # Re-run: everything up to date is skipped; failures are tried (and reported) again.
        p2 = run(WINNOW, "-i", src, "-o", out, "--max-size", "200000", "--no-site-profile")
        c.check(p2.returncode == 1, "re-run: still exit 1")
        c.check(f"{len(expected)} up to date".encode() in p2.stderr, f"re-run skips {len(expected)} outputs: {p2.stderr[-300:]!r}")
        c.check(set(log_entries(os.path.join(out, "winnow-errors.log"))) == set(log), "re-run: same error log")
        # --force redoes them.
        p3 = run(WINNOW, "-i", src, "-o", out, "--max-size", "200000", "--no-site-profile", "--force", "-q")
        c.check(b"up to date" not in p3.stderr and p3.returncode == 1, "--force redoes outputs; -q: no summary")
        c.check(all(n in p3.stderr for n in errors), "-q still reports errors")
        # An input newer than its output is redone.
        os.utime(os.path.join(src, "a.html"))
        p4 = run(WINNOW, "-i", src, "-o", out, "--max-size", "200000", "--no-site-profile")
        c.check(f"{len(expected) - 2} up to date".encode() in p4.stderr,
                f"touched input (and the symlink to it) redone: {p4.stderr[-200:]!r}")

        # --follow-symlinks: alias is followed, the loop is detected and noted, not failed.
        out2 = os.path.join(tmp, "out2")
        log2 = os.path.join(tmp, "errors2.log")
        p = run(WINNOW, "-i", src, "-o", out2, "--max-size", "200000", "--no-site-profile", "--follow-symlinks",
                "--error-log", log2)
        got = tree_files(out2)
        c.check(b"alias/with space.xml" in got and b"alias/deeper/page.xml" in got, "--follow-symlinks follows alias")
        c.check(not any(g.startswith(b"loop/") for g in got), "symlink loop not followed")
        entries = log_entries(log2)
        c.check(any(k.endswith(b"/loop") and v.startswith(b"note: symlink loop") for k, v in entries.items()),
                "symlink loop noted in the error log")
        c.check(not os.path.exists(os.path.join(out2, "winnow-errors.log")), "--error-log moves the log")


def test_output_inside_input():
    with TempDir() as tmp:
        src = os.path.join(tmp, "in")
        write(os.path.join(src, "one.txt"), b"First text page.\n\nWith a second paragraph.\n")
        write(os.path.join(src, "two.html"), PAGE)
        out = os.path.join(src, "cleaned")
        for _ in range(2):
            p = run(WINNOW, "-i", src, "-o", out, "-f", "text", "--no-site-profile")
            c.check(p.returncode == 0, f"output inside input: exit 0 ({p.stderr[-300:]!r})")
        c.check(tree_files(out) == {b"one.txt", b"two.txt", b"winnow-errors.log"},
                f"output folder not walked as input: {sorted(tree_files(out))}")
        c.check(os.path.getsize(os.path.join(out, "winnow-errors.log")) == 0, "empty error log when all went well")
        p = run(WINNOW, "-i", src, "-o", src)
        c.check(p.returncode == 2, "output folder = input folder is a usage error")
        p = run(WINNOW, "-i", out, "-o", src)
        c.check(p.returncode == 2, "output folder containing the input folder is a usage error")
        p = run(WINNOW, "-i", os.path.join(tmp, "nope"), "-o", out)
        c.check(p.returncode == 2, "missing input folder is a usage error")
        p = run(WINNOW, "-i", src)
        c.check(p.returncode == 2, "-i without -o is a usage error")


def test_formats():
    with TempDir() as tmp:
        src = os.path.join(tmp, "in")
        for name, data in PAGES:
            write(os.path.join(src, name), data)
        for fmt, ext in (("json", ".json"), ("text", ".txt"), ("xml", ".xml")):
            out = os.path.join(tmp, "out-" + fmt)
            p = run(WINNOW, "--input-dir", src, "--output-dir", out, "-f", fmt, "-j1", "--no-site-profile")
            c.check(p.returncode == 0, f"-f {fmt}: exit 0")
            names = {n[:-5] + ext for n, _ in PAGES}
            got = {os.fsdecode(x) for x in tree_files(out)} - {"winnow-errors.log"}
            c.check(got == names, f"-f {fmt}: one {ext} per page: {sorted(got)}")
            for n in got:
                single = run(WINNOW, "-f", fmt, os.path.join(src, n[: -len(ext)] + ".html")).stdout
                c.check(open(os.path.join(out, n), "rb").read() == single, f"-f {fmt}: {n} same as single-file mode")
            if fmt == "json":
                for n in got:
                    json.load(open(os.path.join(out, n)))


def jsonl_records():
    recs = []
    for i in range(40):
        name, data = PAGES[i % len(PAGES)]
        recs.append({"url": f"https://site{i % 3}.example/p/{i}", "html": data.decode("utf-8", "replace"), "id": i})
    recs.insert(5, "this is not json")
    recs.insert(9, {"url": "https://x.example/", "body": "no html"})
    recs.insert(12, {"url": "https://t.example/t", "text": "Plain text record.\n\nSecond paragraph \u00e9\u4e2d.", "id": "t"})
    recs.insert(15, {"url": "https://x.example/bin", "html": "\x00\x01\x02\x03" * 100})
    return recs


def jsonl_bytes(recs):
    return b"".join((r if isinstance(r, str) else json.dumps(r)).encode() + b"\n" for r in recs)


def test_jsonl():
    recs = jsonl_records()
    data = jsonl_bytes(recs)
    bad_lines = {6, 10, 16}  # 1-based lines of the records that must fail
    outputs = {}
    for jobs in ("1", "4"):
        for fmt in ("xml", "text", "json"):
            p = run(WINNOW, "--jsonl", "-j", jobs, "-f", fmt, "--no-site-profile", stdin=data)
            c.check(p.returncode == 1, f"jsonl -j{jobs} -f {fmt}: exit 1 with bad records")
            lines = p.stdout.split(b"\n")
            c.check(lines[-1] == b"" and len(lines) - 1 == len(recs), f"jsonl: one output line per input line ({len(lines) - 1})")
            out = [json.loads(l) for l in lines[:-1]]
            for n, (rin, rout) in enumerate(zip(recs, out), start=1):
                if n in bad_lines:
                    c.check("error" in rout and rout.get("line") == n, f"jsonl line {n}: error record {rout}")
                    continue
                c.check("error" not in rout, f"jsonl line {n}: cleaned ({rout.get('error')})")
                c.check(rout.get("url") == rin["url"] and rout.get("id") == rin.get("id"), f"jsonl line {n}: url and id kept in order")
                c.check(isinstance(rout.get("meta"), dict), f"jsonl line {n}: meta object")
                key = {"xml": "xml", "text": "text", "json": "document"}[fmt]
                c.check(key in rout, f"jsonl line {n}: has {key}")
            for n in bad_lines:
                c.check(f"line {n}".encode() in p.stderr, f"jsonl: stderr reports line {n}")
            outputs[(jobs, fmt)] = p.stdout
            if fmt == "text":
                c.check("\u00e9\u4e2d" in out[12]["text"], "jsonl text record: Unicode kept")
            if fmt == "xml":
                parse_xml_str = __import__("xml.etree.ElementTree", fromlist=["x"]).fromstring
                c.check(parse_xml_str(out[0]["xml"].encode()).tag == "article", "jsonl xml: a document")
    for fmt in ("xml", "text", "json"):
        c.check(outputs[("1", fmt)] == outputs[("4", fmt)], f"jsonl -f {fmt}: -j4 output identical to -j1")

    with TempDir() as tmp:
        f1 = os.path.join(tmp, "a.jsonl.gz")
        f2 = os.path.join(tmp, "b.jsonl")
        half = len(recs) // 2
        write(f1, gz(jsonl_bytes(recs[:half])))
        write(f2, jsonl_bytes(recs[half:]).replace(b"\n", b"\r\n"))
        out = os.path.join(tmp, "out.jsonl")
        log = os.path.join(tmp, "err.log")
        p = run(WINNOW, "--jsonl", f1, f2, "-o", out, "--error-log", log, "-j", "3", "--no-site-profile", "-q")
        c.check(p.returncode == 1, "jsonl files: exit 1")
        c.check(open(out, "rb").read() == outputs[("1", "xml")], "jsonl: gzip + CRLF files to -o FILE give the same records")
        c.check(len(open(log, "rb").read().splitlines()) == len(bad_lines), "jsonl: error log has one line per bad record")
        c.check(not [n for n in os.listdir(tmp) if "winnow-tmp" in n], "jsonl -o: no temporary file left")
        p = run(WINNOW, "--jsonl", os.path.join(tmp, "missing.jsonl"), "--no-site-profile", "-q")
        c.check(p.returncode == 1 and b"missing.jsonl" in p.stderr, "jsonl: missing input file reported")
        p = run(WINNOW, "--jsonl", "--no-site-profile", "-q", stdin=b"")
        c.check(p.returncode == 0 and p.stdout == b"", "jsonl: empty input, empty output")
        # Lines cut off inside the record (a truncated write) say so, wherever the cut falls.
        whole = json.dumps({"url": "https://a.example/1", "html": "<p>Ein Absatz über den Hafen.</p>", "id": 1})
        for cut in (10, whole.index('"html"') + 7, whole.index('"html"') + 12, len(whole) - 1):
            p = run(WINNOW, "--jsonl", "--no-site-profile", "-q", stdin=(whole[:cut] + "\n" + whole + "\n").encode())
            out = [json.loads(l) for l in p.stdout.splitlines()]
            c.check(len(out) == 2 and "truncated" in out[0].get("error", "") and "error" not in out[1],
                    f"jsonl: a line cut after {cut} bytes is reported as truncated, the next one cleaned: {out}")


def inflated_prefix(data, n):
    """What gzip data cut after n bytes inflates to."""
    import zlib
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    return d.decompress(data[:n])


def test_jsonl_damaged_gzip():
    """A gzip'd JSON Lines file cut (or corrupt) in the middle: the records before the damage are
    cleaned, the record the input ends inside is an error record named by its url and id, the
    files after it are read, and the exit status is 1; with or without learning a profile."""
    recs = [{"id": r["id"], "url": r["url"], "html": r["html"]} for r in jsonl_records()
            if isinstance(r, dict) and "html" in r and "\x00" not in r["html"]][:12]
    plain = jsonl_bytes(recs)
    whole = gz(plain)
    # A cut inside the 6th record, past its url and id.
    cut = next(n for n in range(len(whole)) if inflated_prefix(whole, n).count(b"\n") == 5
               and len(inflated_prefix(whole, n).rsplit(b"\n", 1)[1]) > 200)
    # A byte changed in the second of two members: a deflate error or a failed check follows
    # somewhere after it; the first member's 5 records are sound.
    flipped = bytearray(gz(jsonl_bytes(recs[:5])) + gz(jsonl_bytes(recs[5:])))
    flipped[len(gz(jsonl_bytes(recs[:5]))) + 200] ^= 0x55
    boundary = gz(jsonl_bytes(recs[:5])) + gz(plain)[:12]  # a member cut inside its header
    with TempDir() as tmp:
        good = os.path.join(tmp, "good.jsonl")
        write(good, plain)
        ref = run(WINNOW, "--jsonl", "--no-site-profile", "-q", good, good).stdout.splitlines()
        for name, data, want in (("cut", whole[:cut], "input ends inside this record: truncated gzip data"),
                                 ("corrupt", bytes(flipped), "corrupt gzip data"),
                                 ("boundary", boundary, "truncated gzip data")):
            damaged = os.path.join(tmp, name + ".jsonl.gz")
            write(damaged, data)
            kept = plain[:len(inflated_prefix(data, len(data)))].count(b"\n") if name != "corrupt" else None
            for extra in (["--no-site-profile"], []):
                out = os.path.join(tmp, "out.jsonl")
                p = run(WINNOW, "--jsonl", "-q", *extra, damaged, good, "-o", out)
                what = f"jsonl damaged gzip ({name}, {extra}): "
                c.check(p.returncode == 1, what + f"exit 1, not {p.returncode}: {p.stderr[-300:]}")
                lines = open(out, "rb").read().splitlines() if os.path.exists(out) else []
                errors = [(i, json.loads(l)) for i, l in enumerate(lines) if b'"error"' in l]
                # A corrupt member may inflate to garbled records before its error shows.
                c.check(len(errors) == 1 or (name == "corrupt" and errors), what + f"one error record: {errors}")
                if not errors:
                    continue
                i, err = errors[-1]
                c.check(err["line"] == i + 1 and want in err["error"], what + f"the damage is record {i + 1}: {err}")
                # Which file, which of its lines, which compressed byte (the end of a cut file).
                where = f" in {damaged}, its line {i + 1}, compressed byte "
                c.check(where in err["error"] and (name == "corrupt" or err["error"].endswith(where + str(len(data)))),
                        what + f"the damage names its file, line and byte: {err}")
                if kept is not None:
                    c.check(i == kept, what + f"the {kept} records before the damage kept ({i})")
                if name == "cut":
                    c.check(err.get("url") == recs[i]["url"] and err.get("id") == recs[i]["id"],
                            what + f"the cut record named by its url and id: {err}")
                c.check(len(lines) == i + 1 + len(recs), what + f"the next file read whole ({len(lines)} records)")
                if extra:
                    sound = 5 if name == "corrupt" else i
                    c.check(lines[:sound] == ref[:sound] and lines[i + 1:] == ref[len(recs):],
                            what + "the other records as from the sound file")
                c.check(f"line {i + 1}".encode() in p.stderr and want.encode() in p.stderr, what + "stderr names the record")


def test_jsonl_unreadable_file():
    """A file that cannot be opened or read (missing, a folder) among the inputs: an error record
    naming it, the other files' records all cleaned, exit 1; learning a profile too (it wrote
    nothing at all before)."""
    recs = [r for r in jsonl_records() if isinstance(r, dict) and "html" in r and "\x00" not in r["html"]][:4]
    with TempDir() as tmp:
        good = os.path.join(tmp, "good.jsonl")
        write(good, jsonl_bytes(recs))
        for bad, why in (("missing.jsonl", "cannot open: No such file"), ("folder", "cannot read: Is a directory")):
            if bad == "folder":
                os.mkdir(os.path.join(tmp, bad))
            for extra in (["--no-site-profile"], []):
                out = os.path.join(tmp, "out.jsonl")
                p = run(WINNOW, "--jsonl", "-q", *extra, good, os.path.join(tmp, bad), good, "-o", out)
                what = f"jsonl unreadable input ({bad}, {extra}): "
                lines = [json.loads(l) for l in open(out, "rb")] if os.path.exists(out) else []
                c.check(p.returncode == 1 and len(lines) == 2 * len(recs) + 1, what + f"exit {p.returncode}, {len(lines)} records")
                if len(lines) == 2 * len(recs) + 1:
                    err = lines[len(recs)]
                    c.check(err.get("line") == len(recs) + 1 and bad in err.get("error", "") and why in err["error"],
                            what + f"the error record: {err}")
                    c.check(all("xml" in r for i, r in enumerate(lines) if i != len(recs)), what + "the other records cleaned")


def go_escaped(obj):
    """JSON as some writers make it: every non-ASCII character and <, >, & as \\uXXXX (six bytes for one)."""
    s = json.dumps(obj)  # ensure_ascii: non-ASCII already escaped
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def test_jsonl_long_lines():
    """A line decoding to more than --max-size is read past without being held, reported with its
    line number; a line longer than the limit only through needless escapes is still a page."""
    limit = 200_000
    words = ["Старый мост через реку построили из камня.", "川のそばに古い町がある。",
             "Die Brücke über den Fluss ist alt & schön.", "Le pont de pierre traverse la rivière."]
    body = "".join(f"<p>{words[i % 4]} {i}</p>" for i in range(3000))
    page = f"<html><body><article><h1>Brücke</h1>{body}</article></body></html>"
    escaped = go_escaped({"url": "https://l.example/esc", "html": page, "id": 2})
    plain = json.dumps({"url": "https://l.example/esc", "html": page, "id": 2}, ensure_ascii=False)
    assert len(escaped) > limit > len(page.encode())
    big = json.dumps({"url": "https://l.example/big", "html": "<p>" + "y" * (3 * limit) + "</p>", "id": 3})
    small = json.dumps({"url": "https://l.example/small", "html": "<p>Ein kurzer Absatz über die Brücke.</p>", "id": 4})
    for jobs in ("1", "2"):
        data = "\n".join([small, escaped, big, small]).encode() + b"\n"
        p = run(WINNOW, "--jsonl", "-j", jobs, "-f", "json", "--max-size", str(limit), "--no-site-profile", stdin=data)
        out = [json.loads(l) for l in p.stdout.splitlines()]
        c.check(p.returncode == 1 and len(out) == 4, f"jsonl long lines -j{jobs}: exit {p.returncode}, {len(out)} records")
        if len(out) != 4:
            continue
        c.check("error" not in out[1], f"jsonl long lines: an escaped page under the limit is cleaned: {out[1].get('error')}")
        c.check(out[2].get("line") == 3 and "size limit" in out[2].get("error", "") and out[2].get("url") == "https://l.example/big",
                f"jsonl long lines: line 3 too large, its url kept: {out[2]}")
        c.check(b"line 3" in p.stderr, "jsonl long lines: stderr names line 3")
        c.check("error" not in out[0] and "error" not in out[3], "jsonl long lines: the short records around it cleaned")
        ref = run(WINNOW, "--jsonl", "-f", "json", "--max-size", str(limit), "--no-site-profile", stdin=plain.encode() + b"\n")
        c.check(json.loads(ref.stdout) == out[1], "jsonl long lines: the escaped line gives the record of the plain one")


def test_progress():
    with TempDir() as tmp:
        src = os.path.join(tmp, "in")
        for i in range(30):
            name, data = PAGES[i % len(PAGES)]
            write(os.path.join(src, f"{i:02d}-{name}"), data)
        out = os.path.join(tmp, "out")
        p = run(WINNOW, "-i", src, "-o", out, "--no-site-profile", "-j1", "--progress-interval", "0.001")
        lines = p.stderr.decode().splitlines()
        c.check(p.returncode == 0, "progress run: exit 0")
        c.check(any(l.startswith("winnow: cleaning ") and "pages/s" in l and "/30 pages" in l for l in lines),
                f"plain progress lines when stderr is not a terminal: {lines[:3]}")
        c.check("\r" not in p.stderr.decode() and "\033" not in p.stderr.decode(), "no terminal control codes off a terminal")
        c.check(lines[-1].startswith("winnow: cleaned: 30 pages: 30 cleaned"), f"summary last: {lines[-1]}")


def summary_numbers(stderr):
    """(pages, cleaned, failed, skipped, seconds) of the summary line."""
    import re
    m = re.search(rb"winnow: (?:cleaned|learned): (\d+) pages: (\d+) cleaned, (\d+) failed, (\d+) up to date"
                  rb".* in ([0-9.]+) s \(", stderr)
    return tuple(int(x) for x in m.groups()[:4]) + (float(m.group(5)),) if m else None


def test_summary_counts_and_time():
    """The summary's page count includes the pages it lists as failed (a dangling symlink fails
    in the walk, before any pass), and its time is the whole run's: with two passes, at least
    the first pass's wall time as the phase trace measures it, not only the second's."""
    with TempDir() as tmp:
        src = os.path.join(tmp, "in")
        for i in range(12):
            name, data = PAGES[i % len(PAGES)]
            write(os.path.join(src, f"{i:02d}-{name}"), data)
        os.symlink("missing.html", os.path.join(src, "broken.html"))
        os.symlink("loop.html", os.path.join(src, "loop.html"))
        out = os.path.join(tmp, "out")
        env = dict(os.environ, WINNOW_TRACE_PHASES="1")
        for extra in ([], ["--learn-only", "--save-profile", os.path.join(tmp, "p.prof")]):
            p = run(WINNOW, "-i", src, "-o", out, "-j", "2", *extra, env=env)
            got = summary_numbers(p.stderr)
            c.check(got is not None, f"summary {extra}: {p.stderr[-300:]!r}")
            if not got:
                continue
            pages, cleaned, failed, skipped, seconds = got
            c.check((pages, cleaned, failed, skipped) == (14, 12, 2, 0),
                    f"summary {extra}: 14 pages = 12 cleaned + 2 failed in the walk: {got}")
            import re
            m = re.search(rb"winnow trace: pass one +wall +([0-9.]+) ms", p.stderr)
            c.check(m is not None and seconds + 0.006 >= float(m.group(1)) / 1000,
                    f"summary {extra}: the run's time ({seconds} s) covers pass one ({m and m.group(1)} ms)")


def test_largest_first():
    """Both passes take the pages largest first (by input size), so the peak memory of a batch
    comes at its start and the workers run out of pages together. Seen from outside in the
    error log of one thread: pages over --max-size fail in pass two in the order it takes them,
    biggest first whatever their names; equal sizes keep the walk's order. Outputs do not
    depend on it."""
    with TempDir() as tmp:
        src = os.path.join(tmp, "in")
        paras = {"en": "<p>The harbour froze early that winter, and the boats stayed in until March.</p>",
                 "de": "<p>Im Winter fror der Hafen früh zu, und die Boote blieben bis März an Land.</p>",
                 "ru": "<p>Той зимой гавань замёрзла рано, и лодки простояли у берега до марта.</p>",
                 "ja": "<p>その冬は港が早く凍り、船は三月まで陸に上げられたままだった。</p>"}
        # name -> paragraphs: names sort against size; two pages of one size keep their name order
        big = {"a-small.html": ("en", 40), "b-big.htm": ("ja", 120), "c-middle.xhtml": ("de", 70),
               "d/e-big.html": ("ru", 100), "f-same.html": ("en", 55), "g-same.html": ("en", 55)}
        sizes = {}
        for name, (lang, n) in big.items():
            data = (f"<html lang={lang}><body><article>" + paras[lang] * n + "</article></body></html>").encode()
            write(os.path.join(src, name), data)
            sizes[name] = len(data)
        limit = min(sizes.values()) - 1
        for k, (lang, para) in enumerate(paras.items()):   # small pages that clean fine
            write(os.path.join(src, f"ok-{k}.html"), f"<html lang={lang}><body><main>{para}</main></body></html>".encode())
        out = os.path.join(tmp, "out")
        p = run(WINNOW, "-i", src, "-o", out, "-j1", "-q", "--max-size", str(limit))
        c.check(p.returncode == 1, f"largest first: pages over --max-size fail (exit {p.returncode})")
        with open(os.path.join(out, "winnow-errors.log"), "rb") as f:
            logged = [os.path.relpath(l.split(b"\t")[0].decode(), src) for l in f.read().splitlines() if l]
        want = sorted(big, key=lambda n: -sizes[n])   # stable: f-same before g-same
        c.check(logged == want, f"largest first: failures logged biggest first {logged}, wanted {want}")
        c.check(sizes["f-same.html"] == sizes["g-same.html"], "largest first: the two same-size pages are the same size")
        one = read_outputs(out)
        out2 = os.path.join(tmp, "out2")
        run(WINNOW, "-i", src, "-o", out2, "-j2", "-q", "--max-size", str(limit))
        c.check(one == read_outputs(out2) and len(one) == len(paras), "largest first: -j1 and -j2 write the same outputs")


def test_failure_order():
    """With -j 1 the error log lists the failures of every kind in the order the pages are
    taken (largest first), whatever step met them: a page that cannot be read (corrupt gzip),
    one that does not clean (binary), one whose output cannot be written (a folder holds its
    name). Names sort against that order. With -j 2, the same failures and the same outputs.
    (Guards docs/cli.md's promise should reading or writing move to threads of their own.)"""
    import random
    rnd = random.Random(7)
    paras = ["<p>The ferry left at dawn and reached the island before the fog came down.</p>",
             "<p>Die Brücke wurde im Frühjahr gesperrt, weil ein Pfeiler nachgegeben hatte.</p>",
             "<p>Le marché couvert ouvre de nouveau le samedi, après deux ans de travaux.</p>",
             "<p>Летом музей продлил часы работы до позднего вечера по пятницам.</p>"]

    def page(size, k):
        head = f"<html><body><article><h1>Report {k}</h1>{''.join(paras)}".encode()
        tail = b"</article></body></html>"
        return head + b" " * (size - len(head) - len(tail)) + tail

    def corrupt_gz(size):
        return gz(rnd.randbytes(2 * size))[:size]   # random bytes do not shrink: cut mid-stream

    binary = (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 12)[:3000]
    # name -> (bytes, weight the walk gives it: a .gz page counts 4x)
    failing = {"e-blocked.html": page(8000, 1), "d-corrupt.html.gz": corrupt_gz(1500),
               "c-blocked.html": page(4000, 2), "b-binary.html": binary, "a-corrupt.html.gz": corrupt_gz(500)}
    reasons = {"e-blocked.html": b"cannot rename output", "d-corrupt.html.gz": b"gzip",
               "c-blocked.html": b"cannot rename output", "b-binary.html": b"image", "a-corrupt.html.gz": b"gzip"}
    with TempDir() as tmp:
        src = os.path.join(tmp, "in")
        for name, data in failing.items():
            write(os.path.join(src, name), data)
        for k in range(3):
            write(os.path.join(src, f"ok-{k}.html"), page(600, 10 + k))
        results = []
        for jobs in ("1", "2"):
            out = os.path.join(tmp, "out" + jobs)
            for name in ("e-blocked", "c-blocked"):   # a folder where the output file goes
                write(os.path.join(out, name + ".xml", "keep", "x"), b"")
            p = run(WINNOW, "-i", src, "-o", out, "-j", jobs, "-q")
            c.check(p.returncode == 1, f"failure order -j{jobs}: exit 1 ({p.returncode})")
            with open(os.path.join(out, "winnow-errors.log"), "rb") as f:
                lines = [l.split(b"\t", 1) for l in f.read().splitlines() if l]
            logged = [os.path.relpath(l[0].decode(), src) for l in lines]
            for (path, reason), name in zip(lines, logged):
                c.check(name in reasons and reasons[name] in reason, f"failure order -j{jobs}: {name}: {reason!r}")
            results.append((logged, {r: v for r, v in read_outputs(out).items() if not r.startswith(b"e-") and not r.startswith(b"c-")}))
        want = ["e-blocked.html", "d-corrupt.html.gz", "c-blocked.html", "b-binary.html", "a-corrupt.html.gz"]
        c.check(results[0][0] == want, f"failure order -j1: logged {results[0][0]}, wanted {want}")
        c.check(sorted(results[1][0]) == sorted(want), f"failure order -j2: the same failures {results[1][0]}")
        c.check(len(results[0][1]) == 3 and results[0][1] == results[1][1], "failure order: -j1 and -j2 write the same outputs")


def test_queue_bounds():
    """Pages past the bounds of the reading and writing threads' queues (an input that inflates
    to more than 1 MiB, outputs of more than 4 MiB) among small ones: every output is written
    whole, -j1 and -j2 write the same bytes, one pass and two, and no run hangs (a queue that
    never has room for an output bigger than its bound would)."""
    import subprocess
    paras = ["The ferry left at dawn and reached the island before the fog came down, log {}.",
             "Die Brücke wurde im Frühjahr gesperrt, weil ein Pfeiler nachgab, Bericht {}.",
             "Le marché couvert ouvre de nouveau le samedi, après les travaux de la halle {}.",
             "Летом музей продлил часы работы до позднего вечера по пятницам, приказ {}.",
             "その冬は港が早く凍り、船は三月まで陸に上げられたままだった。記録{}。"]

    def long_page(n, k):
        body = "".join(f"<p>{paras[(i + k) % len(paras)].format(k * 1_000_000 + i)}</p>\n" for i in range(n))
        return f"<html><head><title>Report {k}</title></head><body><article><h1>Report {k}</h1>{body}</article></body></html>".encode()

    with TempDir() as tmp:
        src = os.path.join(tmp, "in")
        write(os.path.join(src, "long-a.html"), long_page(40_000, 1))       # ~4.8 MB in, more out
        write(os.path.join(src, "long-b.html.gz"), gz(long_page(15_000, 2)))  # ~1.8 MB inflated
        for i in range(24):
            name, data = PAGES[i % len(PAGES)]
            write(os.path.join(src, f"{i:02d}-{name}"), data)
        results = {}
        for extra in ((), ("--no-site-profile",)):
            for jobs in ("1", "2"):
                out = os.path.join(tmp, f"out{jobs}{len(extra)}")
                try:
                    p = subprocess.run([os.path.abspath(WINNOW), "-i", src, "-o", out, "-j", jobs, "-q", *extra],
                                       capture_output=True, timeout=600)
                except subprocess.TimeoutExpired:
                    c.check(False, f"queue bounds -j{jobs} {extra}: the run hangs")
                    continue
                c.check(p.returncode == 0, f"queue bounds -j{jobs} {extra}: exit 0 ({p.returncode}) {p.stderr[-300:]!r}")
                results[(jobs, extra)] = read_outputs(out)
        for (jobs, extra), outputs in results.items():
            c.check(len(outputs) == 26, f"queue bounds -j{jobs} {extra}: 26 outputs ({len(outputs)})")
            a, b_ = outputs.get(b"long-a.xml", b""), outputs.get(b"long-b.xml", b"")
            c.check(len(a) > (4 << 20) and b"1039999" in a[-2000:], f"queue bounds -j{jobs} {extra}: the long output is whole ({len(a)} bytes)")
            c.check(b"2014999" in b_[-2000:], f"queue bounds -j{jobs} {extra}: the inflated page's output is whole")
        for extra in ((), ("--no-site-profile",)):
            if ("1", extra) in results and ("2", extra) in results:
                c.check(results[("1", extra)] == results[("2", extra)], f"queue bounds {extra}: -j1 and -j2 write the same bytes")


def read_outputs(root):
    out = {}
    for rel in tree_files(root):
        if rel.endswith(b".xml"):
            with open(os.path.join(os.fsencode(root), rel), "rb") as f:
                out[rel] = f.read()
    return out


def test_outputs_replaced():
    """Outputs are written unnamed (O_TMPFILE) and linked into place; a link does not replace,
    so where outputs exist (--force, or inputs newer than their outputs) they are renamed over
    instead: every way gives the same bytes and the same file mode, leaves no temporary file,
    and a file squatting on an output's name is replaced whole."""
    with TempDir() as tmp:
        src = os.path.join(tmp, "in")
        for k in range(12):
            name, data = PAGES[k % len(PAGES)]
            write(os.path.join(src, f"s{k % 3}", f"{k:02d}-{name}"), data)
        fresh = os.path.join(tmp, "fresh")
        run(WINNOW, "-i", src, "-o", fresh, "-j", "2", "-q", check_rc=0)
        expected = read_outputs(fresh)
        c.check(len([r for r in expected if r.endswith(b".xml")]) == 12, "fresh run: 12 outputs")
        out = os.path.join(tmp, "out")
        run(WINNOW, "-i", src, "-o", out, "-j", "2", "-q", check_rc=0)
        # Outputs squatted on: one truncated, one longer than the real output, one read-only.
        xmls = sorted(r for r in expected if r.endswith(b".xml"))
        with open(os.path.join(b(out), xmls[0]), "wb") as f:
            f.write(b"<partial")
        with open(os.path.join(b(out), xmls[1]), "wb") as f:
            f.write(b"x" * 500000)
        os.chmod(os.path.join(b(out), xmls[2]), 0o444)
        for jobs in ("1", "2"):
            run(WINNOW, "-i", src, "-o", out, "-j", jobs, "-q", "--force", check_rc=0)
            c.check(read_outputs(out) == expected, f"--force -j {jobs}: every output replaced by the same bytes")
            c.check(not temp_files(out), f"--force -j {jobs}: no temporary file left")
        modes = {r: os.stat(os.path.join(b(fresh), r)).st_mode for r in xmls}
        c.check(all(os.stat(os.path.join(b(out), r)).st_mode == m for r, m in modes.items()),
                "replaced outputs have the mode of fresh ones")
        # An input newer than its output: rewritten without --force, the rest skipped.
        later = os.stat(os.path.join(b(out), xmls[3])).st_mtime + 10
        rel_in = next(p for p in tree_files(src) if p.startswith(xmls[3][:-4]))
        os.utime(os.path.join(b(src), rel_in), (later, later))
        p = run(WINNOW, "-i", src, "-o", out, "-j", "2")
        c.check(p.returncode == 0 and b"11 up to date" in p.stderr, f"stale output redone, 11 skipped ({p.stderr[-200:]!r})")
        c.check(read_outputs(out) == expected and not temp_files(out), "stale output replaced whole, no temporary file")


def test_end_of_options():
    with TempDir() as tmp:
        name = os.path.join(tmp, "-dash-first.html")
        write(name, PAGE)
        expected = run(WINNOW, "-f", "text", name).stdout
        p = run(WINNOW, "-f", "text", "--", "-dash-first.html", cwd=tmp)
        c.check(p.returncode == 0 and p.stdout == expected and expected, "'--' ends the options: '-dash-first.html' is a file")
        p = run(WINNOW, "-f", "text", "-dash-first.html", cwd=tmp)
        c.check(p.returncode == 2 and b"unknown option" in p.stderr, "without '--' it is an unknown option (exit 2)")


def test_reference_date_calendar():
    # --reference-date is checked against the calendar, as Python's date.fromisoformat does.
    with TempDir() as tmp:
        name = os.path.join(tmp, "page.html")
        write(name, PAGE)
        for day in ("2024-02-31", "2023-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "2024-05-00"):
            p = run(WINNOW, "-f", "text", "--reference-date", day, name)
            c.check(p.returncode == 2 and b"calendar day" in p.stderr, f"--reference-date {day} is no day (exit 2)")
        for day in ("2024-02-29", "2000-02-29", "2023-12-31"):
            p = run(WINNOW, "-f", "text", "--reference-date", day, name)
            c.check(p.returncode == 0, f"--reference-date {day} is a day ({p.stderr[-200:]!r})")


def test_jsonl_reference_date():
    # A JSON Lines record's "reference_date" (its crawl day, or a timestamp whose day is taken) bounds
    # that page's dates, over --reference-date; a record without it keeps the run's; a bad one is
    # that record's error and the run goes on.
    def dated(day_line):
        return ("<html><body><article><h1>River report</h1><p>%s</p><p>The river rose slowly through the week "
                "and the old bridge stayed closed while engineers checked its piers for damage after the storm."
                "</p><p>Residents moved their boats to higher moorings, and the ferry ran a reduced timetable "
                "until Sunday.</p></article></body></html>" % day_line)
    recs = [{"url": "https://d.example/late", "html": dated("Published 14 March 2023"), "reference_date": "2021-05-03"},
            {"url": "https://d.example/stamp", "html": dated("Veröffentlicht am 14. März 2023"),
             "reference_date": "2021-05-03T08:15:00Z"},
            {"url": "https://d.example/early", "html": dated("Publié le 1 mai 2021"), "reference_date": "2021-05-03"},
            {"url": "https://d.example/none", "html": dated("Published 14 March 2023")},
            {"url": "https://d.example/bad", "html": dated("Published 14 March 2023"), "reference_date": "2021-02-30"},
            {"url": "https://d.example/num", "html": dated("Published 14 March 2023"), "reference_date": 20210503}]
    for extra in ([], ["--reference-date", "2022-01-01"]):
        for jobs in ("1", "2"):
            p = run(WINNOW, "--jsonl", "-j", jobs, "-f", "json", *extra, stdin=jsonl_bytes(recs))
            c.check(p.returncode == 1, f"jsonl reference_date {extra} -j{jobs}: exit 1 for the bad records")
            got = {}
            for line in p.stdout.decode().splitlines():
                r = json.loads(line)
                got[r["url"]] = r.get("error") or r["meta"].get("published")
            what = f"jsonl reference_date {extra} -j{jobs}: {got}"
            c.check(got["https://d.example/late"] is None, "a date after the record's day is refused: " + what)
            c.check(got["https://d.example/stamp"] is None, "a timestamp's day bounds it too: " + what)
            c.check(got["https://d.example/early"] == "2021-05-01", "a date before it is taken: " + what)
            c.check(got["https://d.example/none"] == (None if extra else "2023-03-14"), "no field: the run's bound: " + what)
            c.check("calendar day" in (got["https://d.example/bad"] or ""), "2021-02-30: the record's error: " + what)
            c.check("must be a string" in (got["https://d.example/num"] or ""), "a number: the record's error: " + what)


def test_output_file_size_limit():
    """-o DIR where outputs cannot be written whole (a file-size limit, as a full disk): a clear
    error per page and exit 1, not death by SIGXFSZ; no partial or temporary file left; a rerun
    once the limit is gone writes the rest, and the folder equals a run that never failed."""
    import resource
    import subprocess
    with TempDir() as tmp:
        src = os.path.join(tmp, "in")
        for name, data in PAGES[:12]:
            write(os.path.join(src, name), data)
        ref = os.path.join(tmp, "ref")
        run(WINNOW, "-q", "-i", src, "-o", ref, check_rc=0)
        sizes = sorted(os.path.getsize(os.path.join(ref, n)) for n in os.listdir(ref) if n.endswith(".xml"))
        limit = sizes[len(sizes) // 2]  # about half the outputs are larger
        out = os.path.join(tmp, "out")
        p = subprocess.run([os.path.abspath(WINNOW), "-q", "-i", src, "-o", out], capture_output=True,
                           preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit)))
        err = p.stderr.decode("utf-8", "replace")
        c.check(p.returncode == 1, f"file-size limit: exit 1, not {p.returncode} (killed by a signal: < 0 or > 128)")
        c.check("cannot write output: File too large" in err, f"file-size limit: a clear error per page: {err[-300:]}")
        c.check(not temp_files(out), f"file-size limit: no temporary file left: {temp_files(out)}")
        written = [n for n in os.listdir(out) if n.endswith(".xml")] if os.path.isdir(out) else []
        c.check(0 < len(written) < len(sizes), f"file-size limit: the outputs under it written ({len(written)} of {len(sizes)})")
        for n in written:
            c.check(open(os.path.join(out, n), "rb").read() == open(os.path.join(ref, n), "rb").read(),
                    f"file-size limit: {n} is whole")
        p = run(WINNOW, "-q", "-i", src, "-o", out)
        c.check(p.returncode == 0, f"file-size limit lifted: the rerun exits 0 ({p.returncode})")
        c.check(sorted(tree_files(out)) == sorted(tree_files(ref)) and all(
            open(os.path.join(out, n), "rb").read() == open(os.path.join(ref, n), "rb").read() for n in os.listdir(ref)),
            "file-size limit lifted: the rerun writes the rest, the folder as a run that never failed")


test_odd_tree()
test_output_inside_input()
test_formats()
test_jsonl()
test_jsonl_long_lines()
test_jsonl_damaged_gzip()
test_jsonl_unreadable_file()
test_progress()
test_summary_counts_and_time()
test_largest_first()
test_failure_order()
test_queue_bounds()
test_outputs_replaced()
test_end_of_options()
test_reference_date_calendar()
test_jsonl_reference_date()
test_output_file_size_limit()
c.finish()
