#!/usr/bin/env python3
"""WARC mode of the winnow CLI (--warc) on archives written here from the dev corpora (or the
samples when the corpora are absent).

usage: test_warc_cli.py PATH/TO/winnow
Every output record is checked against cleaning the same page from a file with the same URL
and charset; damaged archives must keep their good records and report the bad ones with the
file and byte offset.
"""
import json
import os
import signal
import subprocess
import sys

from batch_util import Checks, TempDir, run, sample_pages, write
from warc_util import chunked, corpus_pages, gz, http, join, record, record_id, response

WINNOW = sys.argv[1]
c = Checks("test_warc_cli")

PAGES = corpus_pages(limit=12, step=37) or sample_pages()
TEXT = b"A plain text note.\n\nIt has two paragraphs, and this is the second one of them.\n"
# Cyrillic in windows-1251 with no <meta charset>: only the HTTP header says what it is.
CP1251 = ("<html><body><article><h1>Новости реки</h1><p>Река течет медленно мимо старого города "
          "и новых мостов, а рыбаки сидят на берегу с утра до вечера.</p></article></body></html>").encode("cp1251")


def build(pages):
    """Records of a mixed archive and the pages expected from it: (uri, id, body, charset, is_text)."""
    recs, want, n = [], [], 0
    recs.append(record("warcinfo", "", n, b"software: test\r\n", "application/warc-fields"))
    for i, (name, body) in enumerate(pages):
        uri = "https://site%d.example/%s" % (i % 2, name)
        n += 1
        recs.append(record("request", uri, n, b"GET / HTTP/1.1\r\nHost: x\r\n\r\n", "application/http; msgtype=request"))
        n += 1
        kind = i % 3
        if kind == 0:
            msg = http(body, "text/html")
        elif kind == 1:
            msg = http(chunked(body, 999), "text/html", ["Transfer-Encoding: chunked"])
        else:
            msg = http(gz(body), "text/html", ["Content-Encoding: gzip"])
        recs.append(response(uri, n, msg))
        want.append((uri, record_id(n), body, "", False))
        n += 1
        recs.append(record("metadata", uri, n, b"fetchTimeMs: 3\r\n", "application/warc-fields"))
    n += 1
    recs.append(response("https://ru.example/news", n, http(CP1251, "text/html; charset=windows-1251")))
    want.append(("https://ru.example/news", record_id(n), CP1251, "windows-1251", False))
    n += 1
    recs.append(record("revisit", want[0][0], n, http(b"", "text/html"), "application/http; msgtype=response"))
    n += 1
    recs.append(response("https://site0.example/logo.png", n, http(b"\x89PNG\r\n\x1a\n\0\0", "image/png")))
    n += 1
    recs.append(response("https://site0.example/gone", n, http(b"<p>gone</p>", "text/html", status=404)))
    n += 1
    recs.append(record("resource", "file:///notes/a.txt", n, TEXT, "text/plain", version="1.1"))
    want.append(("file:///notes/a.txt", record_id(n), TEXT, "", True))
    return recs, want


def expected_xml(tmp, uri, body, charset, is_text, cache={}):
    key = (uri, body, charset, is_text)
    if key not in cache:
        path = os.path.join(tmp, "page.bin")
        write(path, body)
        # The records are captured on 2024-05-01 (warc_util.record), and a page cannot be published
        # after its capture: WARC mode takes the record's day as the page's reference date.
        args = ["--url", uri, "--reference-date", "2024-05-01"] + (["--charset", charset] if charset else []) \
            + (["--input", "text"] if is_text else [])
        cache[key] = run(WINNOW, *args, path, check_rc=0).stdout.decode()
    return cache[key]


def records_of(proc):
    # split on "\n" only: str.splitlines() also splits at U+2028 and the like inside strings
    return [json.loads(line) for line in proc.stdout.decode().split("\n") if line.strip()]


def check_records(tmp, recs, want, what):
    c.check(len(recs) == len(want), f"{what}: {len(recs)} records, wanted {len(want)}")
    for got, (uri, rid, body, charset, is_text) in zip(recs, want):
        c.check(got.get("url") == uri, f"{what}: url {got.get('url')} != {uri}")
        c.check(got.get("warc_record_id") == rid, f"{what}: record id of {uri}")
        c.check(got.get("warc_date") == "2024-05-01T10:00:00Z", f"{what}: date of {uri}")
        c.check(got.get("xml") == expected_xml(tmp, uri, body, charset, is_text),
                f"{what}: {uri} differs from cleaning the page from a file")


with TempDir() as tmp:
    recs, want = build(PAGES)
    plain = join(recs, False)
    files = {"plain": plain, "per-record gzip": join(recs, True), "whole-file gzip": gz(plain)}
    for what, data in files.items():
        path = os.path.join(tmp, what.replace(" ", "-") + ".warc")
        write(path, data)
        proc = run(WINNOW, "--warc", "--no-site-profile", "-j", "2", path, check_rc=0)
        check_records(tmp, records_of(proc), want, what)
        err = proc.stderr.decode()
        c.check("request record: %d" % len(PAGES) in err and "revisit record: 1" in err and "status 404: 1" in err
                and "not HTML or text: 1" in err, f"{what}: summary counts skipped records: {err[-400:]}")
    # Standard input, with the profile pass (stdin is read twice) and one worker.
    proc = run(WINNOW, "--warc", "-j", "1", "-", stdin=files["per-record gzip"], check_rc=0)
    c.check(len(records_of(proc)) == len(want), "stdin: every page once")

    # Site profiles as in --jsonl: the same pages (the UTF-8 ones) give the same documents.
    utf8 = [(u, body) for (u, _, body, cs, t) in want if not t and not cs and body.decode("utf-8", "ignore").encode() == body]
    if len(utf8) >= 3:
        warc = b"".join(response(u, i, http(body, "text/html; charset=utf-8")) for i, (u, body) in enumerate(utf8))
        write(os.path.join(tmp, "utf8.warc"), warc)
        jsonl = "".join(json.dumps({"url": u, "html": body.decode()}) + "\n" for u, body in utf8).encode()
        a = records_of(run(WINNOW, "--warc", "-j", "2", os.path.join(tmp, "utf8.warc"), check_rc=0))
        # The records' WARC-Date (warc_util.record: 2024-05-01) is the WARC pages' reference date;
        # the JSON Lines run gets the same, or a page dated after it (the samples are) differs.
        b = records_of(run(WINNOW, "--jsonl", "--reference-date", "2024-05-01", "-j", "2", stdin=jsonl, check_rc=0))
        c.check([r["xml"] for r in a] == [r["xml"] for r in b], "site profiles: --warc and --jsonl agree")

    # -o DIR: one file per record, named from its id, the same document as from a file.
    out = os.path.join(tmp, "out")
    run(WINNOW, "--warc", "--no-site-profile", "-q", "-o", out, os.path.join(tmp, "per-record-gzip.warc"), check_rc=0)
    for uri, rid, body, charset, is_text in want:
        name = rid.strip("<>").replace("urn:uuid:", "") + ".xml"
        p = os.path.join(out, name)
        ok = os.path.exists(p) and open(p, encoding="utf-8").read() == expected_xml(tmp, uri, body, charset, is_text)
        c.check(ok, f"-o DIR: {name} for {uri}")

    # Damage: the good records are kept, each problem is reported with file and offset, exit 1.
    members = [gz(r) for r in recs]
    offsets = [sum(len(m) for m in members[:i]) for i in range(len(members))]
    bad = bytearray(members[2])  # the first page's response
    for i in range(len(bad) // 2, len(bad) // 2 + 12):
        bad[i] ^= 0x55
    damaged = members[:2] + [bytes(bad)] + members[3:]
    truncated = b"".join(damaged)
    truncated = truncated[: offsets[-1] + len(members[-1]) // 2]  # the last record cut in half
    path = os.path.join(tmp, "damaged.warc.gz")
    write(path, truncated)
    log = os.path.join(tmp, "errors.log")
    proc = run(WINNOW, "--warc", "--no-site-profile", "--error-log", log, path, check_rc=1)
    check_records(tmp, records_of(proc), want[1:-1], "damaged")
    text = open(log, encoding="utf-8").read()
    c.check(f"damaged.warc.gz at byte {offsets[2]}\t" in text and "corrupt gzip member" in text,
            f"damaged: corrupt member reported at byte {offsets[2]}: {text}")
    c.check(f"damaged.warc.gz at byte {offsets[-1]}\t" in text and "truncated" in text,
            f"damaged: truncated record reported at byte {offsets[-1]}: {text}")

    # A wrong Content-Length and garbage between records, in a plain file.
    r0, r1, r2 = (response("https://x.example/%d" % i, 100 + i, http(PAGES[i][1])) for i in range(3))
    r1_bad = r1.replace(b"Content-Length: %d" % (len(r1) - r1.index(b"\r\n\r\n") - 8),
                        b"Content-Length: %d" % (len(r1) - r1.index(b"\r\n\r\n") - 8 + 50), 1)
    data = r0 + b"junk that is not a record\r\n" + r1_bad + r2
    path = os.path.join(tmp, "odd.warc")
    write(path, data)
    proc = run(WINNOW, "--warc", "--no-site-profile", path, check_rc=1)
    got = records_of(proc)
    c.check([g["url"] for g in got] == ["https://x.example/0", "https://x.example/2"], f"odd: {[g['url'] for g in got]}")
    err = proc.stderr.decode()
    c.check(f"odd.warc at byte {len(r0)}: not a WARC record header" in err, f"odd: garbage reported: {err}")
    c.check(f"at byte {len(r0) + 27}: record does not end where its Content-Length" in err, f"odd: length reported: {err}")

    # A record claiming 10^18 bytes: only that record is lost, from a file, a pipe and gzip.
    r1_huge = r1.replace(b"Content-Length: %d" % (len(r1) - r1.index(b"\r\n\r\n") - 8),
                         b"Content-Length: 999999999999999999", 1)
    for name, data in (("huge.warc", r0 + r1_huge + r2), ("huge.warc.gz", gz(r0) + gz(r1_huge) + gz(r2))):
        path = os.path.join(tmp, name)
        write(path, data)
        for how in ("file", "pipe"):
            args = ["--warc", "--no-site-profile"] + ([path] if how == "file" else [])
            proc = run(WINNOW, *args, check_rc=1, stdin=data if how == "pipe" else None)
            got = [g["url"] for g in records_of(proc)]
            c.check(got == ["https://x.example/0", "https://x.example/2"], f"{name} ({how}): {got}")
            err = proc.stderr.decode()
            c.check("record claims 999999999999999999 bytes" in err, f"{name} ({how}): claim reported: {err}")

    # Many tiny records: memory stays flat (the buffer does not grow with the input).
    def peak_kb(path):
        code = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
                "stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
        out = subprocess.run([sys.executable, "-c", code, os.path.abspath(WINNOW), "--warc", "--no-site-profile", "-q", path],
                             capture_output=True, check=True)
        return int(out.stdout)
    peaks = []
    for n in (5000, 50000):
        path = os.path.join(tmp, f"tiny{n}.warc")
        with open(path, "wb") as f:
            for i in range(n):
                f.write(response(f"https://t.example/{i}", i, http(b"<p>Kurzer Text %d.</p>" % i)))
        peaks.append(peak_kb(path))
    c.check(peaks[1] - peaks[0] < 6000, f"tiny records: peak memory grows with the input: {peaks} KB")

    # SIGINT: the pages read so far are finished; the output is an exact prefix of the archive's.
    many = [(f"p{i}", body) for i in range(40) for _, body in PAGES[:6]]
    big = join([response("https://big.example/%d" % i, i, http(body)) for i, (_, body) in enumerate(many)], True)
    write(os.path.join(tmp, "big.warc.gz"), big)
    p = subprocess.Popen([os.path.abspath(WINNOW), "--warc", "--no-site-profile", "-j", "2", os.path.join(tmp, "big.warc.gz")],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0)
    # Unbuffered, so readline takes one line only: communicate() reads the descriptor and would
    # never see bytes a buffered reader had taken past the first line.
    first = p.stdout.readline()
    p.send_signal(signal.SIGINT)
    rest, err = p.communicate(timeout=300)
    got = [json.loads(line)["url"] for line in (first + rest).decode().split("\n") if line.strip()]
    c.check(p.returncode == 130 or len(got) == len(many), f"SIGINT: exit {p.returncode}")
    c.check(got == ["https://big.example/%d" % i for i in range(len(got))], "SIGINT: output is a prefix")
    c.check(p.returncode != 130 or b"interrupted" in err, "SIGINT: says it was interrupted")

    # The record's WARC-Date bounds the page's dates (a page is not published after its capture);
    # --reference-date, when given, is the user's word for the whole run and wins.
    def dated(day_line, lang):
        return ("<html lang='%s'><head><title>River report</title></head><body><article><h1>River report</h1>"
                "<p class='date'>%s</p><p>The river rose slowly through the week and the old bridge stayed "
                "closed while engineers checked its piers for damage after the storm.</p><p>Residents moved "
                "their boats to higher moorings, and the ferry ran a reduced timetable until Sunday.</p>"
                "</article></body></html>" % (lang, day_line)).encode()
    pages = [("https://d.example/late", dated("Published 14 March 2023", "en")),
             ("https://d.example/early", dated("Veröffentlicht am 1. Mai 2021", "de")),
             ("https://d.example/bad-date", dated("Published 2 May 2021", "en"))]
    dates = ["2021-05-03T08:15:00Z", "2021-05-03T23:59:59Z", "not-a-date"]
    arc = join([record("response", uri, i, http(body), "application/http; msgtype=response", date=d)
                for i, ((uri, body), d) in enumerate(zip(pages, dates))], True)
    write(os.path.join(tmp, "dated.warc.gz"), arc)

    def published(*extra):
        proc = run(WINNOW, "--warc", "--no-site-profile", "-f", "json", *extra, os.path.join(tmp, "dated.warc.gz"),
                   check_rc=0)
        return {g["url"]: g["document"]["meta"].get("published") for g in records_of(proc)}
    got = published()
    c.check(got["https://d.example/late"] is None, f"WARC-Date: a date after the capture is not taken: {got}")
    c.check(got["https://d.example/early"] == "2021-05-01", f"WARC-Date: a date before the capture is: {got}")
    c.check(got["https://d.example/bad-date"] == "2021-05-02", f"WARC-Date unreadable: today bounds it: {got}")
    got = published("--reference-date", "2024-01-01")
    c.check(got["https://d.example/late"] == "2023-03-14", f"--reference-date wins over WARC-Date: {got}")

    # A missing file does not stop the others; usage errors.
    proc = run(WINNOW, "--warc", "--no-site-profile", os.path.join(tmp, "missing.warc"),
               os.path.join(tmp, "plain.warc"), check_rc=1)
    c.check(len(records_of(proc)) == len(want) and b"missing.warc: cannot open" in proc.stderr, "missing file")
    run(WINNOW, "--warc", "--jsonl", check_rc=2)

c.finish()
