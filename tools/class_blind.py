#!/usr/bin/env python3
"""How much winnow leans on class and id names: every dev corpus scored as it is and with its
class and id names hashed.

usage: class_blind.py WINNOW [--corpora A,B] [--top N] [--cache DIR] [--write DIR] [--salt S]

Each page is rewritten so that every token of every class and id attribute becomes a stable hash
of itself ("sidebar-widget" -> "k7x2qz9"): the same name gives the same hash within a page, so
repetition and structure stay visible, and words do not. Everything else stays byte for byte
(text, other attributes, scripts, comments). Class and id selectors in the page's own <style>
blocks (".name", "#name" in a rule's selector, not in its declarations: "#fff" is a colour) take
the same hash as the attribute tokens, so a rule reading what the page's CSS hides sees the same
page blind; the rest of the CSS stays byte for byte. The hash is spelt with consonants and digits only,
so it never holds a word a name list could read ("ad", "nav", "post"). An in-page link's
href="#name" takes the hash of the id it points at ("#" and the hash), so the link still finds its
target and the word is gone. Both versions are run as
quick.py runs them (page bytes on stdin, --format text) and scored with the shared scorer (score.py).
Printed per corpus: F1 as is, F1 class-blind, the drop; then the pages that lose most.
--cache DIR keeps both predictions (DIR/DIGEST/normal/CORPUS.json, DIR/DIGEST/blind-SALT/CORPUS.json,
DIGEST from the binary's bytes) and reuses them for that binary and salt only.
--write DIR also writes the rewritten pages (DIR/CORPUS/ID.html) for reading.
"""
import argparse, gzip, hashlib, json, os, re, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import worst_pages as wp  # noqa: E402
from worst_pages import score  # noqa: E402

# A start tag (attribute values may hold '>' inside quotes), and in it a class or id attribute.
TAG = re.compile(rb"<[A-Za-z][^\s/>]*+(?:\s++(?:[^\s\"'>/=]++(?:\s*+=\s*+(?:\"[^\"]*+\"|'[^']*+'|[^\s>]++))?+|/))*+\s*+/?>")
ATTR = re.compile(rb"(\s)(class|id)(\s*=\s*)(\"[^\"]*\"|'[^']*'|[^\s\"'>]+)", re.IGNORECASE)
# An in-page link: an href that is a fragment alone ("#name"), which names the id it points at.
HREF = re.compile(rb"(\s)(href)(\s*=\s*)(\"#[^\"\s]+\"|'#[^'\s]+'|#[^\s\"'>]+)", re.IGNORECASE)
ALPHABET = b"bcdfghjklmnpqrstvwxz0123456789"  # no vowels: a hash spells no word


def hash_token(token, salt):
    digest = hashlib.sha1(salt + token).digest()
    # The first character a letter, as in the names CSS toolchains write ("sc-bdVaJa").
    out = bytes([ALPHABET[digest[0] % 20]]) + bytes(ALPHABET[b % len(ALPHABET)] for b in digest[1:7])
    return out


SPACES = re.compile(rb"(\s+)")


def blind_value(value, salt, memo):
    if value in memo:
        return memo[value]
    quote = value[:1] if value[:1] in (b'"', b"'") else b""
    inner = value[1:-1] if quote else value
    # Tokens are split at ASCII whitespace; the whitespace itself stays as it was.
    out = b"".join(p if not p or p.isspace() else hash_token(p, salt) for p in SPACES.split(inner))
    memo[value] = quote + out + quote
    return memo[value]


# A <style> element's body (raw text: it ends at the first "</style").
STYLE = re.compile(rb"(<style\b[^>]*>)(.*?)(?=</style|\Z)", re.IGNORECASE | re.DOTALL)
# A class or id selector: "." or "#" and a CSS identifier (escapes "\:" included; not ".5em").
SELECTOR = re.compile(rb"([.#])((?:\\.|-?[_A-Za-z\x80-\xff])(?:\\.|[-_A-Za-z0-9\x80-\xff])*)", re.DOTALL)
CSS_ESCAPE = re.compile(rb"\\(.)", re.DOTALL)


def blind_css(css, salt):
    """CSS with the class and id selectors of each rule's prelude (the text before a "{", after
    the last ";", "{" or "}") hashed as the attribute tokens are: ".md\\:flex" is the token
    "md:flex". Declarations, comments' braces aside, stay as they were."""
    out, start = [], 0
    for i, c in enumerate(css):
        if c == 0x7B:  # "{": css[start:i] is a selector list or an at-rule's prelude
            prelude = css[start:i]
            out.append(SELECTOR.sub(lambda m: m.group(1) + hash_token(CSS_ESCAPE.sub(rb"\1", m.group(2)), salt), prelude))
            out.append(b"{")
            start = i + 1
        elif c in (0x7D, 0x3B):  # "}" or ";": a block or a declaration ends
            out.append(css[start:i + 1])
            start = i + 1
    out.append(css[start:])
    return b"".join(out)


def blind_page(data, salt=b""):
    """The page with each class and id token replaced by its hash, everything else unchanged."""
    memo = {}

    def attr(a):
        return a.group(1) + a.group(2) + a.group(3) + blind_value(a.group(4), salt, memo)

    def href(a):
        value = a.group(4)
        quote = value[:1] if value[:1] in (b'"', b"'") else b""
        inner = value[1:-1] if quote else value
        return a.group(1) + a.group(2) + a.group(3) + quote + b"#" + hash_token(inner[1:], salt) + quote

    data = TAG.sub(lambda m: HREF.sub(href, ATTR.sub(attr, m.group(0))), data)
    return STYLE.sub(lambda m: m.group(1) + blind_css(m.group(2), salt), data)


def predict(binary, corpus, blind, salt):
    html = os.path.join(wp.SHARED, "corpus", corpus, "html")
    names = sorted(n for n in os.listdir(html) if n.endswith(".html.gz"))

    def one(n):
        data = gzip.open(os.path.join(html, n)).read()
        if blind:
            data = blind_page(data, salt)
        try:
            r = subprocess.run([binary, "--format", "text"], input=data, capture_output=True, timeout=60)
            return n[: -len(".html.gz")], r.stdout.decode("utf-8", "replace")
        except subprocess.TimeoutExpired:
            return n[: -len(".html.gz")], ""

    with ThreadPoolExecutor(2) as ex:
        return {i: {"articleBody": t} for i, t in ex.map(one, names)}


def cached(cache, kind, corpus, make):
    if not cache:
        return make()
    path = os.path.join(cache, kind, corpus + ".json")  # cache already names the binary
    if not os.path.isfile(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        json.dump(make(), open(path, "w", encoding="utf-8"), ensure_ascii=False)
    return json.load(open(path, encoding="utf-8"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--corpora", default=",".join(["shb-dev", "dragnet-dev", "cleaneval-dev", "cleanportal-dev"]))
    ap.add_argument("--top", type=int, default=8)
    ap.add_argument("--cache")
    ap.add_argument("--write")
    ap.add_argument("--salt", default="", help="bytes mixed into the hash (another salt, other names)")
    a = ap.parse_args()
    salt = a.salt.encode()
    if a.cache:
        a.cache = os.path.join(a.cache, wp.binary_key(a.binary))
    rows, losers = [], []
    for corpus in a.corpora.split(","):
        if a.write:
            html = os.path.join(wp.SHARED, "corpus", corpus, "html")
            os.makedirs(os.path.join(a.write, corpus), exist_ok=True)
            for n in os.listdir(html):
                if n.endswith(".html.gz"):
                    with open(os.path.join(a.write, corpus, n[: -len(".gz")]), "wb") as f:
                        f.write(blind_page(gzip.open(os.path.join(html, n)).read(), salt))
        truth = score.load(os.path.join(wp.SHARED, "corpus", corpus, "truth.json"))
        ids = sorted(truth)
        normal = cached(a.cache, "normal", corpus, lambda: predict(a.binary, corpus, False, salt))
        blind = cached(a.cache, "blind-" + a.salt if a.salt else "blind", corpus, lambda: predict(a.binary, corpus, True, salt))
        f_normal = score.score(truth, normal, ids)["f1"]
        f_blind = score.score(truth, blind, ids)["f1"]
        rows.append((corpus, f_normal, f_blind))
        print(f"{corpus:<16} F1 normal {f_normal:.5f}  class-blind {f_blind:.5f}  drop {f_normal - f_blind:+.5f}", flush=True)
        for i in ids:
            t = truth[i].get("articleBody", "")
            pn = wp.page_f1(t, normal.get(i, {}).get("articleBody", ""))
            pb = wp.page_f1(t, blind.get(i, {}).get("articleBody", ""))
            if abs(pn - pb) > 1e-9:
                losers.append((pn - pb, corpus, i, pn, pb, len(score.tokens(t)),
                               len(score.tokens(normal[i]["articleBody"])), len(score.tokens(blind[i]["articleBody"]))))
    if len(rows) > 1:
        n = len(rows)
        print(f"{'macro':<16} F1 normal {sum(r[1] for r in rows) / n:.5f}  class-blind {sum(r[2] for r in rows) / n:.5f}"
              f"  drop {sum(r[1] - r[2] for r in rows) / n:+.5f}")
    losers.sort(reverse=True)
    print(f"pages changed by the rewrite: {len(losers)} ({sum(1 for l in losers if l[0] > 0)} lose, "
          f"{sum(1 for l in losers if l[0] < 0)} gain)")
    print("pages that lose most (page F1 normal -> class-blind; truth words, output words normal / blind):")
    for d, corpus, i, pn, pb, tw, nw, bw in losers[: a.top]:
        print(f"  {corpus:<16} {i:<28} {pn:.3f} -> {pb:.3f}  ({d:+.3f})  truth {tw}  out {nw} / {bw}")
    gains = [l for l in losers if l[0] < 0][-a.top:]
    if gains:
        print("pages that gain most:")
        for d, corpus, i, pn, pb, tw, nw, bw in reversed(gains):
            print(f"  {corpus:<16} {i:<28} {pn:.3f} -> {pb:.3f}  ({d:+.3f})  truth {tw}  out {nw} / {bw}")


if __name__ == "__main__":
    main()
