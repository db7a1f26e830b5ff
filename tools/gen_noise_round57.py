#!/usr/bin/env python3
"""A fresh noise round (stop 57): own article texts in 12 languages no earlier round wrote an article in (sw ta bn
sr-Cyrl ka hy am lt sk ca ms tr), six page templates the earlier rounds did not have (a news live blog of timed
posts, a recipe page with jump/print buttons and a rating widget, a product review with buy boxes, a docs page
with sidebar, breadcrumbs, "on this page" list and pilcrow anchors, a press release with dateline, ### and media
contact, a Google-Docs export of classed spans), and noise shapes of their own: promo ("Read more:" teaser cards
whose headline changes per copy, podcast/app-download boxes with store buttons, a paywall notice, an affiliate
disclaimer repeated beside every product box, a donation ask); garbage (JWTs, Rust/Ruby/Node/Java errors, SQL
errors, minified CSS and JS, JSON-LD fragments, tracking query strings, double-escaped entities, template
placeholders); Unicode damage (UTF-8 read as cp874, ISO-8859-2/-5/-7, cp1252 three times, Latin-1 bytes in the
UTF-8 page, stray C1 controls, U+FFFD runs, fullwidth ASCII, NFD Bengali/Tamil/Latin, zero-width characters in
words); residue (↑ backlinks, star and [note n] / [a1] / [ii] markers, "[edit]" labels after headings in the
page's language, "Skip to content" links). Writes OUT/html/ID.html and OUT/manifest.json in the format of
shared/eval/noise/score.py.

usage: gen_noise_round57.py OUT [--pages N] [--seed S]
"""
import argparse, html, json, os, random, sys, unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from noise57_pool import (ARTICLES, READ_MORE, APP_BOX, PAYWALL, AFFILIATE, PRODUCTS, DONATE, GARBAGE, EDIT,
                          RESIDUE)

esc = lambda s: html.escape(s, quote=False)
LATIN1_MARK = "\x02"  # a word whose bytes are written as Latin-1 into the UTF-8 page

SKIP = {"en": "Skip to content", "sk": "Preskočiť na obsah", "lt": "Pereiti prie turinio", "ca": "Vés al contingut",
        "tr": "İçeriğe atla", "ms": "Langkau ke kandungan", "sr": "Пређи на садржај"}


def c1_ok(kind):
    return kind in ("mojibake-iso8859_2", "mojibake-iso8859_7", "mojibake-iso8859_5")


def damage(rng, kind, word):
    """(damaged, marks) or None when the word cannot take this damage"""
    if kind.startswith("mojibake-"):
        enc = kind[len("mojibake-"):]
        try:
            if enc == "triple":
                d = word
                for _ in range(3):
                    d = d.encode("utf-8").decode("cp1252")
            else:
                d = word.encode("utf-8").decode(enc)
        except (UnicodeDecodeError, UnicodeEncodeError):
            return None
        if d == word or word.isascii():
            return None
        if any(unicodedata.category(c) == "Cc" and not (c1_ok(kind) and 0x80 <= ord(c) < 0xA0) for c in d):
            return None
        vis = [c for c in d if not 0x80 <= ord(c) < 0xA0]
        return d, {"".join(vis[:2]): 1}
    if kind == "nfd":
        d = unicodedata.normalize("NFD", word)
        if d == word:
            return None
        m = next(c for c in d if unicodedata.combining(c) or unicodedata.normalize("NFC", c) != c
                 or c in "\u09be\u09d7\u0bbe\u0bd7")
        return d, {m: 1}
    if kind == "latin1":
        try:
            word.encode("latin-1")
        except UnicodeEncodeError:
            return None
        if word.isascii():
            return None
        d = "".join("\ufffd" if ord(c) > 127 else c for c in word)
        return d, {"\ufffd": d.count("\ufffd")}
    if kind == "fullwidth":
        if not word.isascii() or not word.isalpha():
            return None
        d = "".join(chr(ord(c) + 0xFEE0) for c in word)
        return d, {d[0]: 1}
    if kind in ("zw", "c1", "fffd"):
        if len(word) < 5:
            return None
        p = rng.randrange(2, len(word) - 2)
        ins = {"zw": rng.choice(["\u200b", "\u2060", "\ufeff"]), "c1": rng.choice(["\x85", "\x8d", "\x9a", "\x96"]),
               "fffd": "\ufffd" * rng.randint(2, 5)}[kind]
        if kind == "fffd":  # a run of replacement characters between two words' letters is rare; at the word's end
            return word + ins, {"\ufffd": len(ins)}
        return word[:p] + ins + word[p:], {ins: 1}
    raise ValueError(kind)


UKINDS = {
    "sw": ["fullwidth", "zw", "c1", "fffd"],
    "ta": ["nfd", "mojibake-cp1252", "zw", "mojibake-triple"],
    "bn": ["nfd", "mojibake-cp1252", "zw", "c1"],
    "sr": ["mojibake-iso8859_7", "mojibake-iso8859_2", "zw", "fffd"],
    "ka": ["mojibake-cp1252", "mojibake-triple", "zw", "fffd"],
    "hy": ["mojibake-cp1252", "c1", "zw"],
    "am": ["mojibake-cp1252", "zw", "fffd"],
    "lt": ["mojibake-iso8859_2", "mojibake-iso8859_7", "nfd", "zw"],
    "sk": ["mojibake-iso8859_2", "mojibake-cp874", "nfd", "c1"],
    "ca": ["latin1", "mojibake-cp874", "mojibake-iso8859_5", "nfd", "mojibake-triple"],
    "ms": ["fullwidth", "zw", "fffd", "c1"],
    "tr": ["mojibake-cp874", "latin1", "nfd", "fullwidth", "mojibake-iso8859_5"],
}


def words_of(t):
    return [w.strip(".,;:!?«»\"()։։።।'’") for w in t.split()]


def add_unicode(rng, lang, text, noise, pi, latin1):
    kind = rng.choice(UKINDS[lang])
    ws = words_of(text[pi])
    rng.shuffle(ws)
    for w in ws:
        if len(w) < 3 or text[pi].count(w) != 1 or LATIN1_MARK in w or "\x01" in w:
            continue
        r = damage(rng, kind, w)
        if r is None:
            continue
        d, marks = r
        if kind == "latin1":
            latin1.append(w)
            text[pi] = text[pi].replace(w, LATIN1_MARK + "%d" % (len(latin1) - 1) + LATIN1_MARK, 1)
        else:
            text[pi] = text[pi].replace(w, d, 1)
        noise["unicode"].append({"kind": kind, "damaged": [d], "original": [w], "marks": marks})
        return


def add_residue(rng, lang, text, noise, pi):
    t = text[pi]
    ends = [i for i, c in enumerate(t) if c in ".।։።" and i > 3 and t[i - 1].isalpha()]
    if not ends:
        return
    i = rng.choice(ends)
    word = t[:i].split()[-1]
    kind, label, raw = RESIDUE(rng, lang)
    text[pi] = t[:i] + "\x01%d\x01" % len(noise["residue"]) + t[i:]
    noise["residue"].append({"kind": kind, "text": label, "raw": raw, "parts": [word + label]})


def add_garbage(rng, lang, text, raw_extra, noise):
    shape, frag = rng.choice(GARBAGE)
    frag = frag(rng)
    where = rng.choice(["end", "middle", "line"])
    pi = rng.randrange(len(text))
    parts = [x for x in frag.split(" ") if len(x) >= 4][:3] or [frag]
    if where == "end":
        text[pi] = text[pi] + rng.choice(["", " "]) + frag
    elif where == "middle":
        sp = [i for i, c in enumerate(text[pi]) if c == " "] or [len(text[pi]) // 2]
        i = sp[len(sp) // 2]
        text[pi] = text[pi][:i] + " " + frag + text[pi][i:]
    else:
        raw_extra[pi] += "<p>%s</p>" % esc(frag)
    noise["garbage"].append({"shape": shape, "text": frag, "where": where, "parts": parts})


def add_promo(rng, lang, tpl, n_par, raw_extra, noise):
    if tpl == "product":  # the disclaimer beside every buy box
        alang = rng.choice(list(AFFILIATE))
        disc = AFFILIATE[alang]
        for k, pi in enumerate(sorted(rng.sample(range(n_par - 1), 3))):
            prod = PRODUCTS[k]
            raw_extra[pi] += (f'<div class="product-box"><img src="/p/{k}.jpg" alt=""><h4>{esc(prod)}</h4>'
                              f'<span class="price">€{rng.randrange(9, 90)}.90</span> '
                              f'<a class="btn" rel="sponsored nofollow" href="https://shop.example/r?aff=57&amp;p={k}">→ €</a>'
                              f'<p class="disclosure"><small>{esc(disc)}</small></p></div>')
            noise["promo"].append({"variant": False, "shape": "affiliate", "lang": alang, "parts": [disc]})
        return
    shape = rng.choice(["readmore", "readmore", "app", "paywall", "donate"])
    if shape == "paywall":
        plang = rng.choice(list(PAYWALL))
        t, b = PAYWALL[plang]
        pi = rng.randrange(1, n_par - 1)
        raw_extra[pi] += (f'<div class="paywall-notice" role="region"><p><strong>{esc(t)}</strong></p>'
                          f'<p><a class="button" href="/subscribe?src=wall">{esc(b)}</a></p></div>')
        noise["promo"].append({"variant": False, "shape": "paywall", "lang": plang, "parts": [t, b]})
        return
    pool = {"readmore": READ_MORE, "app": APP_BOX, "donate": DONATE}[shape]
    plang = rng.choice([l for l in pool if l == lang] or list(pool)) if rng.random() < .5 else rng.choice(list(pool))
    n = rng.randint(2, min(4, n_par - 1))
    for k, pi in enumerate(sorted(rng.sample(range(n_par - 1), n))):
        url = "https://news.example/%s/%d?utm_source=inline&amp;utm_medium=card" % (plang, k)
        if shape == "readmore":
            label, heads = READ_MORE[plang]
            h = heads[k % len(heads)]
            raw_extra[pi] += (f'<aside class="inline-teaser"><a href="{url}"><img src="/t/{k}.jpg" alt="">'
                              f'<span class="kicker">{esc(label)}</span> <span class="headline">{esc(h)}</span></a></aside>')
            noise["promo"].append({"variant": k > 0, "shape": shape, "lang": plang, "parts": [h]})
        elif shape == "app":
            t, line, stores = APP_BOX[plang]
            btns = " ".join(f'<a class="store" href="https://apps.example/{s[0]}">{esc(s)}</a>' for s in stores)
            raw_extra[pi] += (f'<div class="app-box"><p class="app-title">🎧 {esc(t)}</p><p>{esc(line)}</p>'
                              f'<p>{btns}</p></div>')
            noise["promo"].append({"variant": False, "shape": shape, "lang": plang, "parts": [t, line]})
        else:
            t, b = DONATE[plang]
            raw_extra[pi] += (f'<div><p>❤ {esc(t)}</p><p><a href="{url}" class="donate">{esc(b)}</a></p></div>'
                              if k % 2 else f'<section class="donate-ask"><h3>{esc(t)}</h3><a href="{url}">{esc(b)}</a></section>')
            noise["promo"].append({"variant": k > 0, "shape": shape, "lang": plang, "parts": [t, b]})


def page(rng, art, tpl):
    lang, title, paras, heads = art["lang"], art["title"], list(art["paras"]), list(art["heads"])
    noise = {"promo": [], "garbage": [], "unicode": [], "residue": []}
    text, raw_extra, latin1 = list(paras), [""] * len(paras), []
    for pi in rng.sample(range(len(paras)), rng.randint(2, 4)):
        add_unicode(rng, lang, text, noise, pi, latin1)
    for pi in rng.sample(range(len(paras)), rng.randint(1, 3)):
        add_residue(rng, lang, text, noise, pi)
    for _ in range(rng.randint(1, 3)):
        add_garbage(rng, lang, text, raw_extra, noise)
    add_promo(rng, lang, tpl, len(paras), raw_extra, noise)
    blocks = []
    for pi, t in enumerate(text):
        h = esc(t)
        for ri, r in enumerate(noise["residue"]):
            h = h.replace("\x01%d\x01" % ri, r["raw"])
        blocks.append((h, raw_extra[pi]))
    for r in noise["residue"]:
        r.pop("raw")
    # heading residue: an edit label after a heading, a skip link at the top of the content
    hraw = [esc(h) for h in heads]
    if rng.random() < .5:
        i = rng.randrange(2)
        hraw[i] += (f'<span class="mw-editsection"> <span class="mw-editsection-bracket">[</span>'
                    f'<a href="/w/index.php?action=edit&amp;section={i + 1}">{esc(EDIT[lang][1:-1])}</a>'
                    f'<span class="mw-editsection-bracket">]</span></span>')
        noise["residue"].append({"kind": "edit-label", "text": EDIT[lang], "parts": [heads[i] + " " + EDIT[lang]]})
    skip = ""
    if rng.random() < .4:
        slang = lang if lang in SKIP and rng.random() < .6 else "en"
        skip = f'<a class="skip-link screen-reader-text" href="#main">{esc(SKIP[slang])}</a>'
        noise["residue"].append({"kind": "skip-link", "text": SKIP[slang], "parts": [SKIP[slang]]})
    clean = [heads[0]] + paras[:3] + [heads[1]] + paras[3:]
    doc = TEMPLATES[tpl](lang, esc(title), blocks, hraw, skip)
    parts = doc.split(LATIN1_MARK)
    out = b""
    for k, s in enumerate(parts):
        out += latin1[int(s)].encode("latin-1") if k % 2 else s.encode("utf-8")
    return out, {"clean": "\n".join(clean), "noise": noise, "template": tpl, "lang": lang}


def body_of(blocks, heads, wrap=lambda p: f"<p>{p}</p>", head=lambda h: f"<h2>{h}</h2>"):
    out = head(heads[0])
    for i, (p, extra) in enumerate(blocks):
        if i == 3:
            out += head(heads[1])
        out += wrap(p) + extra
    return out


def t_liveblog(lang, title, blocks, heads, skip):
    posts = []
    for i, (p, extra) in enumerate(blocks):
        hh = f"<h2>{heads[0 if i == 0 else 1]}</h2>" if i in (0, 3) else ""
        posts.append(f'<li class="live-post" id="post-{900 - i}"><div class="live-post__meta"><time datetime="2026-05-0'
                     f'2T{14 - i:02d}:{(i * 7) % 60:02d}">{14 - i:02d}:{(i * 7) % 60:02d}</time></div>'
                     f'<div class="live-post__body">{hh}<p>{p}</p>{extra}</div>'
                     f'<div class="live-post__share"><button>⤴</button></div></li>')
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} – LIVE</title></head><body>'
            f'{skip}<header><nav><a href="/">⌂</a> <a href="/live">LIVE</a></nav></header><main id="main">'
            f'<h1>{title}</h1><p class="live-badge">● LIVE</p><div class="live-summary"><button>↻</button></div>'
            f'<ol class="live-feed">{"".join(posts)}</ol><button class="load-more">+</button></main>'
            '<footer>© 2026</footer></body></html>')


def t_recipe(lang, title, blocks, heads, skip):
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'{skip}<div class="site"><header class="site-header"><a href="/">🍲</a><ul><li><a href="/r">≡</a></li></ul></header>'
            f'<div class="content-area"><article class="post"><h1 class="entry-title">{title}</h1>'
            '<div class="recipe-buttons"><a class="jump" href="#recipe">↓</a> <a class="print" href="/print/57">⎙</a></div>'
            '<div class="rating"><span>★★★★☆</span> <span>4.6</span> <span>(212)</span></div>'
            f'<div class="entry-content">{body_of(blocks, heads)}</div>'
            '<div class="wprm-recipe-container" id="recipe"><div class="wprm-recipe"><span class="wprm-time">⏱ 45′</span>'
            '<span class="wprm-servings">👤 4</span></div></div></article>'
            '<aside class="sidebar"><div class="widget"><a href="/a">◆</a></div></aside></div>'
            '<footer class="site-footer">© 2026</footer></div></body></html>')


def t_product(lang, title, blocks, heads, skip):
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Review</title></head><body>'
            f'{skip}<div id="app"><div class="topbar"><a href="/">⌂</a> <a href="/deals">%</a> <a href="/cart">🛒</a></div>'
            '<div class="layout"><div class="main-col">'
            f'<div class="review"><h1>{title}</h1><div class="review-meta"><span class="score">8.5</span></div>'
            f'<div class="review-body">{body_of(blocks, heads, head=lambda h: f"<h3>{h}</h3>")}</div></div></div>'
            '<div class="side-col"><div class="deal"><a href="/d/1">−20 %</a></div></div></div>'
            '<div class="footer">© 2026</div></div></body></html>')


def t_docs(lang, title, blocks, heads, skip):
    def head(h):
        return f'<h2 id="s">{h}<a class="headerlink" href="#s" title="Permalink">¶</a></h2>'
    toc = "".join(f'<li><a href="#s{i}">§{i + 1}</a></li>' for i in range(2))
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} — Docs</title></head><body>'
            f'{skip}<div class="wy-grid"><nav class="wy-nav-side"><ul><li><a href="/docs/">⌂</a></li>'
            '<li><a href="/docs/a">1.</a></li><li><a href="/docs/b">2.</a></li></ul></nav>'
            '<section class="wy-nav-content-wrap"><div class="wy-breadcrumbs"><a href="/docs/">⌂</a> » <span>3.</span></div>'
            f'<div class="document" role="main"><div class="section"><h1>{title}<a class="headerlink" href="#top">¶</a></h1>'
            f'{body_of(blocks, heads, head=head)}</div></div>'
            f'<div class="toc-right"><p>☰</p><ul>{toc}</ul></div>'
            '<div class="rst-footer-buttons"><a class="btn" href="/docs/b">←</a> <a class="btn" href="/docs/d">→</a></div>'
            '<footer><a href="https://git.example/docs/edit/main/p.rst">✎</a> © 2026</footer></section></div></body></html>')


def t_press(lang, title, blocks, heads, skip):
    paras = body_of(blocks, heads, head=lambda h: f"<p><b>{h}</b></p>")
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'{skip}<table width="100%"><tr><td><a href="/">⌂</a> | <a href="/press">✉</a></td></tr><tr><td>'
            f'<div class="press-release"><p class="embargo">◼ 2026-05-02</p><h1>{title}</h1>'
            f'<div class="pr-body">{paras}<p align="center">###</p></div>'
            '<div class="pr-contact"><p>✆ +1 555 0100 · ✉ press@example.org</p></div></div>'
            '</td></tr><tr><td><small>© 2026</small></td></tr></table></body></html>')


def t_gdocs(lang, title, blocks, heads, skip):
    def wrap(p):
        # the export's classed spans: one span per run of the paragraph
        return f'<p class="c2"><span class="c0">{p}</span></p>'
    def head(h):
        return f'<h2 class="c6" id="h.{sum(map(ord, h)) % 10**6}"><span class="c4">{h}</span></h2>'
    return (f'<html lang="{lang}"><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
            '<style type="text/css">.c0{color:#000000;font-weight:400}.c2{padding-top:0pt;line-height:1.15}'
            '.c4{font-size:16pt}.c6{padding-top:20pt}</style></head>'
            f'<body class="c7 doc-content">{skip}<p class="c5 title" id="h.t"><span class="c8">{title}</span></p>'
            f'{body_of(blocks, heads, wrap, head)}<p class="c2 c9"><span class="c0"></span></p></body></html>')


TEMPLATES = {"liveblog": t_liveblog, "recipe": t_recipe, "product": t_product, "docs": t_docs, "press": t_press,
             "gdocs": t_gdocs}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--pages", type=int, default=72)
    ap.add_argument("--seed", type=int, default=57)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(os.path.join(a.out, "html"), exist_ok=True)
    pages = {}
    for n in range(a.pages):
        art = ARTICLES[n % len(ARTICLES)]
        tpl = list(TEMPLATES)[(n // len(ARTICLES) + n) % len(TEMPLATES)]
        pid = "r57-%03d-%s" % (n, art["lang"])
        doc, entry = page(rng, art, tpl)
        with open(os.path.join(a.out, "html", pid + ".html"), "wb") as f:
            f.write(doc)
        pages[pid] = entry
    with open(os.path.join(a.out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump({"pool": "round57", "pages": pages}, f, ensure_ascii=False, indent=1)
    print("%d pages" % len(pages), {c: sum(len(p["noise"][c]) for p in pages.values())
                                    for c in ("promo", "garbage", "unicode", "residue")})


if __name__ == "__main__":
    main()
