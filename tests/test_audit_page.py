#!/usr/bin/env python3
"""The audit page (--format audit) as a browser and an HTML parser see it.

  test_audit_page.py WINNOW valid       the sample's page and a batch index parse without a
                                        single parse error (html5lib, strict), load nothing
                                        from elsewhere, run no script, and escape the input
  test_audit_page.py WINNOW screenshot  headless Chromium renders the sample's page to a
                                        picture that is not blank

Why html5lib: it implements the WHATWG HTML parsing algorithm, the one browsers follow, and
with strict=True raises on every parse error the standard defines (stray end tags, bad
nesting that needs repair, control characters, unescaped '<' in attributes, ...). xmllint
--html is libxml2's HTML 4 era parser: it accepts and repairs what HTML5 calls errors.

Exit status 77 (ctest: skipped) when html5lib or Chromium is not installed; the bootstrap
script (scripts/bootstrap.sh) installs both (python3-html5lib, chromium).
"""
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

SKIP = 77
HERE = os.path.dirname(os.path.abspath(__file__))
# The scraped sample: its promo boxes are caught by the noise filters (the HTML version's are
# left out by extraction, which records no removals).
SAMPLE = os.path.join(HERE, "..", "samples", "alibaba-ai-investment.txt")
SAMPLE_HTML = os.path.join(HERE, "..", "samples", "alibaba-ai-investment.html")


def import_html5lib():
    try:
        import html5lib  # noqa: F401
    except ImportError:
        # A Python outside Debian's (pyenv, venv) does not see Debian's python3-html5lib.
        for d in ("/usr/lib/python3/dist-packages",):
            if os.path.isdir(os.path.join(d, "html5lib")):
                sys.path.append(d)
        try:
            import html5lib  # noqa: F401
        except ImportError:
            print("SKIP: html5lib is not installed (Debian: python3-html5lib)")
            sys.exit(SKIP)
    import html5lib
    return html5lib


def audit(winnow, path):
    r = subprocess.run([winnow, "--format", "audit", path], capture_output=True, timeout=120)
    assert r.returncode == 0, r.stderr.decode(errors="replace")
    return r.stdout.decode("utf-8")


def check_valid(html5lib, page, name):
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    try:
        tree = parser.parse(page)
    except html5lib.html5parser.ParseError as e:
        raise AssertionError(f"{name}: HTML parse error: {e}")
    assert not parser.errors, f"{name}: {parser.errors[:5]}"
    # Self-contained: no script, no external resource of any kind.
    for el in tree.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        assert tag not in ("script", "link", "iframe", "img", "object", "embed", "base"), f"{name}: <{tag}>"
        for attr in el.attrib:
            assert not attr.startswith("on"), f"{name}: event handler {attr}"
            assert attr not in ("src", "srcset", "background", "style"), f"{name}: {attr} on <{tag}>"
        if tag == "a":
            href = el.get("href", "")
            # Web links, or a relative link to a page beside it (the index).
            assert href.startswith(("http://", "https://", "mailto:")) or ":" not in href.split("/")[0], href
    for style in tree.iter("style"):
        css = style.text or ""
        assert "url(" not in css and "@import" not in css, f"{name}: CSS loads something"
    return tree


def text_of(el):
    return "".join(el.itertext())


def valid(winnow):
    html5lib = import_html5lib()
    check_valid(html5lib, audit(winnow, SAMPLE_HTML), "sample (html)")
    tree = check_valid(html5lib, audit(winnow, SAMPLE), "sample")
    reasons = {}
    for el in tree.iter():
        r = el.get("data-reason")
        if r and el.get("class", "").startswith("removed"):
            reasons.setdefault(r, []).append(el)
            assert el.get("title", "").startswith("removed: " + r), el.get("title")
    # The sample's promo blocks and its garbage run are there, marked by reason.
    assert len(reasons.get("promo", []) + reasons.get("repeated-block", [])) >= 10, sorted(reasons)
    assert reasons.get("garbage"), sorted(reasons)

    with tempfile.TemporaryDirectory() as tmp:
        # Hostile input: markup and quotes in the text, the title and a file name are escaped.
        hostile = ("<html><head><title>T&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title></head><body>"
                   "<article><h1>Q \"&amp;\" &lt;img src=x onerror=alert(1)&gt;</h1>"
                   + "<p>Paragraph one says &lt;b&gt;bold&lt;/b&gt; things about the world, at some length here.</p>" * 4
                   + "<p><a href=\"javascript:alert(1)\">a link</a> and text \x01 with a control.</p>"
                   "</article></body></html>")
        src = os.path.join(tmp, "in")
        os.makedirs(src)
        with open(os.path.join(src, "a\"<b>.html"), "w") as f:
            f.write(hostile)
        shutil.copy(SAMPLE_HTML, os.path.join(src, "sample.html"))
        out = os.path.join(tmp, "out")
        r = subprocess.run([winnow, "-q", "--format", "audit", "-i", src, "-o", out], capture_output=True, timeout=300)
        assert r.returncode == 0, r.stderr.decode(errors="replace")
        pages = sorted(os.listdir(out))
        assert "index.html" in pages and "sample.audit.html" in pages, pages
        for p in pages:
            if p.endswith(".html"):
                with open(os.path.join(out, p), encoding="utf-8") as f:
                    t = check_valid(html5lib, f.read(), p)
                if p.startswith("a"):
                    body = text_of(t.find("body"))
                    assert "T</title><script>alert(1)</script>" in body  # shown as text, not markup
                    assert "<b>bold</b>" in body
                    assert not list(t.iter("img")) and not list(t.iter("script"))
        with open(os.path.join(out, "index.html"), encoding="utf-8") as f:
            index = check_valid(html5lib, f.read(), "index.html")
        rows = [tr for tr in index.iter("tr") if tr.find("td/a") is not None]
        assert len(rows) == 2, len(rows)
        links = {tr.find("td/a").get("href") for tr in rows}
        assert "sample.audit.html" in links, links
        sample_row = [tr for tr in rows if tr.find("td/a").get("href") == "sample.audit.html"][0]
        counts = [int(td.text) for td in sample_row.findall("td")[2:]]
        assert sum(counts) > 0, counts
    print("ok: audit pages and index parse without errors and load nothing")


def png_pixels(path):
    """Decodes an 8-bit RGB/RGBA non-interlaced PNG (what Chromium writes) to rows of bytes."""
    with open(path, "rb") as f:
        data = f.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", chunk)
            assert depth == 8 and color in (2, 6) and interlace == 0, (depth, color, interlace)
            bpp = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


def screenshot(winnow):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not chromium:
        print("SKIP: chromium is not installed (Debian: chromium; scripts/bootstrap.sh installs it)")
        sys.exit(SKIP)
    with tempfile.TemporaryDirectory() as tmp:
        page = os.path.join(tmp, "audit.html")
        with open(page, "w", encoding="utf-8") as f:
            f.write(audit(winnow, SAMPLE))
        shot = os.path.join(tmp, "shot.png")
        cmd = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
               "--hide-scrollbars", "--no-first-run", f"--user-data-dir={tmp}/profile",
               "--window-size=900,1200", f"--screenshot={shot}", "file://" + page]
        r = subprocess.run(cmd, capture_output=True, timeout=180)
        assert os.path.exists(shot), "no screenshot: " + r.stderr.decode(errors="replace")[-2000:]
        width, height, bpp, rows = png_pixels(shot)
        # Not blank: many pixels differ from the background, and the reason colours show.
        background = rows[0][:3]
        inked = colored = 0
        for row in rows[::2]:
            for x in range(0, width * bpp, bpp * 2):
                px = row[x:x + 3]
                if px != background:
                    inked += 1
                if max(px) - min(px) > 40:  # a saturated colour: a reason's marking
                    colored += 1
        sampled = (height // 2) * (width // 2)
        assert inked > sampled * 0.01, f"screenshot looks blank: {inked} of {sampled} sampled pixels inked"
        assert colored > 50, f"no coloured removal marks visible ({colored} pixels)"
    print(f"ok: screenshot {width}x{height}, {inked} of {sampled} sampled pixels inked, {colored} coloured")


if __name__ == "__main__":
    winnow, what = sys.argv[1], sys.argv[2]
    {"valid": valid, "screenshot": screenshot}[what](winnow)
