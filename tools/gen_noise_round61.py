#!/usr/bin/env python3
"""A fresh noise round (stop 61), held out: own article texts in 12 languages no earlier round wrote an article in
(nl sv da sl bg ar gu pa kn af gl lo), each with two headings and a three-item list; six page templates the earlier
rounds did not have (a court ruling with case data and a judges aside; a patent page with a claims/citations
table; a transit timetable notice with a departures table; a parish bulletin with a mass times box; a sports club
page with fixtures; a comment-heavy blog with a comment thread); promo shapes of their own (a "get the app" QR
block, an online-course upsell, a "become a member" bar, a giveaway box, a "listen on" podcast platform row, a
merch plug); garbage (terminal sessions, git log entries, Makefile rules, INI sections, Lua/Erlang/Haskell errors,
hexdump lines, LaTeX log lines, robots.txt, crontab lines, disassembly, spreadsheet formulas); Unicode damage
(UTF-16LE read as bytes with NULs, UTF-16 shown with its NULs as spaces, cp1252 bytes left as C1 controls,
Punycode left for a word, mathematical italic in a word or a heading, combining enclosing marks, variation
selectors, ISCII-like Indic damage, UTF-8 read as Mac Roman, CP437 and KOI8-R); residue (rating stars with a
count, "Verified purchase", "© OpenStreetMap contributors" under a map, a "Sources:" line, word counts, affiliate
disclosures, "Sign in to comment", reaction counts, language switchers), labels in the page's language.

usage: gen_noise_round61.py OUT [--pages N] [--seed S]
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from noise61_pool import (ARTICLES, QR_APP, COURSE, MEMBER, GIVEAWAY, LISTEN, MERCH, SOURCES, SOURCE_NAMES, WORDS,
                          SIGNIN, AFFIL, VERIFIED, LANG_SWITCH, GARBAGE)
from noise_round_pages import damage_one_word, esc, new_noise, place_garbage, render_paragraphs, write_round

C1_SET = set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ")
INDIC_BASE = {"gu": 0x0A80, "pa": 0x0A00, "kn": 0x0C80}


def math_italic(c):
    if c == "h":
        return "\u210e"
    if "A" <= c <= "Z":
        return chr(0x1D434 + ord(c) - 65)
    if "a" <= c <= "z":
        return chr(0x1D44E + ord(c) - 97)
    return c


def damage(rng, kind, word):
    """(damaged, marks) or None when the word cannot take this damage"""
    if kind == "utf16-nul":
        if any(ord(c) > 255 for c in word) or not word.isalpha():
            return None
        d = word.encode("utf-16-le").decode("latin-1")  # (NUL can't be a mark: score.py fills matched spans with NULs)
        return d, {"\ufffd": 1}
    if kind == "utf16-spaced":
        if any(ord(c) > 255 for c in word) or not word.isalpha() or len(word) < 5:
            return None
        return " ".join(word), {}
    if kind == "c1":
        if not any(c in C1_SET for c in word):
            return None
        d = word.encode("cp1252").decode("latin-1")
        return d, {c: 1 for c in d if 0x80 <= ord(c) < 0xA0}
    if kind == "punycode":
        if word.isascii() or not word.isalpha():
            return None
        return "xn--" + word.lower().encode("punycode").decode("ascii"), {"xn--": 1}
    if kind == "mathital":
        if not (word.isascii() and word.isalpha()):
            return None
        d = "".join(math_italic(c) for c in word)
        return d, {d[0]: 1}
    if kind in ("enclose", "vs16"):
        if len(word) < 4 or not word.isalpha():
            return None
        p = rng.randrange(1, len(word) - 1)
        m = rng.choice(["\u20dd", "\u20de", "\u20e3"]) if kind == "enclose" else rng.choice(["\ufe0f", "\ufe0e"])
        return word[:p] + m + word[p:], {m: 1}
    if kind.startswith("iscii-"):
        base = INDIC_BASE[kind[6:]]
        if not all(base <= ord(c) < base + 0x80 for c in word):
            return None
        d = "".join(chr(0xA1 + (ord(c) - base) % 0x5E) for c in word).replace("\xad", "\xae")
        return d, {d[:2]: 1}
    if kind.startswith("mojibake-"):
        codec = {"macroman": "mac_roman", "cp437": "cp437", "koi8": "koi8_r"}[kind[9:]]
        if word.isascii():
            return None
        d = word.encode("utf-8").decode(codec)
        i = next(k for k, c in enumerate(d) if ord(c) > 127)
        return d, {d[i:i + 2]: 1}
    raise ValueError(kind)


UKINDS = {
    "nl": ["utf16-nul", "utf16-spaced", "mathital", "punycode", "enclose"],
    "sv": ["punycode", "mojibake-macroman", "vs16", "utf16-nul", "mathital"],
    "da": ["mojibake-cp437", "punycode", "mathital", "utf16-spaced"],
    "sl": ["c1", "c1", "mojibake-cp437", "punycode", "utf16-spaced"],
    "bg": ["mojibake-koi8", "mojibake-koi8", "punycode", "vs16", "enclose"],
    "ar": ["mojibake-cp437", "punycode", "enclose", "vs16"],
    "gu": ["iscii-gu", "iscii-gu", "punycode", "vs16", "mojibake-macroman"],
    "pa": ["iscii-pa", "iscii-pa", "enclose", "punycode", "mojibake-cp437"],
    "kn": ["iscii-kn", "iscii-kn", "vs16", "mojibake-macroman", "punycode"],
    "af": ["c1", "mathital", "utf16-spaced", "punycode"],
    "gl": ["mathital", "c1", "punycode", "utf16-nul"],
    "lo": ["mojibake-macroman", "mojibake-macroman", "punycode", "vs16", "enclose"],
}
LATIN = ("nl", "sv", "da", "sl", "af", "gl")


def words_of(t):
    return [w.strip(".,;:!?()\u061f\u060c\u0964") for w in t.split()]


def floating_residue(rng, lang, noise, n):
    """residue standing alone between paragraphs: (raw html)"""
    k = rng.choice(["stars", "verified", "osm", "reactions", "words", "affiliate", "signin", "switcher"])
    if k == "stars":
        s = rng.randint(2, 4)
        lab = "★" * s + "☆" * (5 - s) + " (%d)" % rng.randrange(12, 980)
        raw = f'<div class="rating" aria-label="{s}/5"><span class="stars">{lab[:5]}</span> <span class="count">{lab[6:]}</span></div>'
    elif k == "verified":
        lab = VERIFIED.get(lang, VERIFIED["en"])
        raw = f'<div class="review-badge"><span class="check">✓</span> <span>{esc(lab)}</span></div>'
    elif k == "osm":
        lab = "© OpenStreetMap contributors"
        raw = (f'<div class="map-embed"><div class="leaflet-container" style="height:240px"></div><div class="leaflet-control-attribution">'
               f'<a href="https://leafletjs.com">Leaflet</a> | <a href="https://www.openstreetmap.org/copyright">{esc(lab)}</a></div></div>')
    elif k == "reactions":
        pairs = ["👍 %d" % rng.randrange(3, 90), "❤️ %d" % rng.randrange(1, 40), "😮 %d" % rng.randrange(1, 9)]
        raw = '<div class="reactions">' + "".join(f'<button class="react">{x}</button>' for x in pairs) + '</div>'
        noise["residue"].append({"kind": k, "text": " ".join(pairs), "raw": "", "parts": pairs})
        return raw
    elif k == "words":
        lab = WORDS.get(lang, WORDS["en"]).format(n="%d" % rng.randrange(400, 2400))
        raw = f'<span class="word-count">{esc(lab)}</span>'
    elif k == "affiliate":
        lab = AFFIL.get(lang, AFFIL["en"])
        raw = f'<p class="disclosure"><em>{esc(lab)}</em></p>'
    elif k == "signin":
        lab = SIGNIN.get(lang, SIGNIN["en"])
        raw = f'<div class="comments-cta"><a href="/login?next=/p/{n}">{esc(lab)}</a></div>'
    else:
        lab = LANG_SWITCH.get(lang, LANG_SWITCH["en"])
        sep = " | " if "|" in lab else (" · " if "·" in lab else " / ")
        raw = '<div class="lang-switch">' + sep.join(f'<a href="/{i}/p/{n}">{esc(x)}</a>' for i, x in enumerate(lab.split(sep))) + '</div>'
    noise["residue"].append({"kind": k, "text": lab, "raw": "", "parts": [lab]})
    return raw


def pick(d, lang):
    return (lang, d[lang]) if lang in d else ("en", d["en"])


def promo_blocks(rng, lang, noise, n):
    """(inside-article blocks, after-article html) for the page's promo shapes"""
    shapes = rng.sample(["qr", "course", "member", "giveaway", "listen", "merch"], 2)
    inside, after = [], ""
    for s in shapes:
        if s == "qr":
            pl, (t, cap) = pick(QR_APP, lang)
            inside.append(f'<div class="app-qr"><img src="/qr/app-{n}.png" width="96" alt="QR"><div><p><strong>{esc(t)}</strong></p>'
                          f'<small>{esc(cap)}</small></div></div>')
            parts = [t, cap]
        elif s == "course":
            pl, (t, cta) = pick(COURSE, lang)
            inside.append(f'<div class="course-upsell"><span class="badge">ACADEMY</span><h4>{esc(t)}</h4>'
                          f'<a class="button" href="https://learn.example/c/{n}?ref=article">{esc(cta)}</a></div>')
            parts = [t, cta]
        elif s == "member":
            pl, (t, cta) = pick(MEMBER, lang)
            after += (f'<div class="membership-bar" role="region"><span>{esc(t)}</span>'
                      f'<a href="/membership?src=bar{n}" class="mb-btn">{esc(cta)}</a><button class="mb-close">✕</button></div>')
            parts = [t, cta]
        elif s == "giveaway":
            pl, (t, cta) = pick(GIVEAWAY, lang)
            inside.append(f'<div class="contest-box"><span>🎁</span><p>{esc(t)}</p><form><input type="email" placeholder="@">'
                          f'<button>{esc(cta)}</button></form><small>T&amp;C</small></div>')
            parts = [t, cta]
        elif s == "listen":
            pl, (t, plat) = pick(LISTEN, lang)
            links = " · ".join(f'<a href="https://{p.strip().lower().replace(" ", "")}.example/show">{esc(p.strip())}</a>' for p in plat.split("·"))
            inside.append(f'<div class="listen-on"><p>🎧 {esc(t)}</p><p class="platforms">{links}</p></div>')
            parts = [t, plat]
        else:
            pl, (t, cta) = pick(MERCH, lang)
            after += (f'<aside class="merch-plug"><img src="/shop/shirt-{n}.jpg" alt=""><p>{esc(t)}</p>'
                      f'<a href="https://shop.example/?utm_source=post{n}">{esc(cta)} 🛒</a></aside>')
            parts = [t, cta]
        noise["promo"].append({"variant": False, "shape": s, "lang": pl, "parts": parts})
    return inside, after


def page_html(rng, tpl, art, n):
    lang, title, paras, heads, items = art["lang"], art["title"], list(art["paras"]), list(art["heads"]), list(art["items"])
    noise, text, raw_extra = new_noise(), list(paras), [""] * len(paras)
    for pi in rng.sample(range(len(paras)), rng.randint(2, 4)):
        damage_one_word(rng, text, pi, words_of(text[pi]), rng.choice(UKINDS[lang]), damage, noise)
    for u in noise["unicode"]:
        if u["kind"] == "utf16-nul":  # a parser that keeps the NULs as U+FFFD has not repaired it either
            u["damaged"].append(u["damaged"][0].replace("\x00", "\ufffd"))
    shown_heads = list(heads)
    if lang in LATIN and rng.random() < .5:
        hi = rng.randrange(2)
        d = "".join(math_italic(c) for c in heads[hi])
        shown_heads[hi] = d
        noise["unicode"].append({"kind": "mathital-heading", "damaged": [d], "original": heads[hi].split(),
                                 "marks": {c: 1 for c in d if ord(c) > 0xFFFF}})
    for _ in range(rng.randint(1, 3)):
        shape, frag = rng.choice(GARBAGE)
        place_garbage(rng, text, raw_extra, noise, rng.randrange(len(text)), shape, frag(rng),
                      rng.choice(["end", "middle", "line"]))
    for pi in rng.sample(range(len(paras) - 1), rng.randint(1, 3)):
        raw_extra[pi] += floating_residue(rng, lang, noise, n)
    sources = ""
    if rng.random() < .5:
        lab = "%s: %s, %s" % (SOURCES[lang] if rng.random() < .7 else SOURCES["en"], *rng.sample(SOURCE_NAMES, 2))
        sources = f'<p class="sources"><small>{esc(lab)}</small></p>'
        noise["residue"].append({"kind": "sources", "text": lab, "raw": "", "parts": [lab]})
    inside, after = promo_blocks(rng, lang, noise, n)
    for blk, pi in zip(inside, rng.sample(range(len(paras) - 1), len(inside))):
        raw_extra[pi] += blk
    raw_extra[-1] += sources
    blocks = list(zip(render_paragraphs(text, noise), raw_extra))
    clean = [heads[0]] + paras[:3] + [heads[1]] + paras[3:5] + items + paras[5:]
    doc = TEMPLATES[tpl](lang, esc(title), blocks, [esc(h) for h in shown_heads], [esc(i) for i in items], after, n)
    return doc, {"clean": "\n".join(clean), "noise": noise, "template": tpl, "lang": lang}


def body_of(blocks, heads, items, wrap=lambda p: f"<p>{p}</p>", head=lambda h: f"<h2>{h}</h2>",
            lst=lambda its: "<ul>" + "".join(f"<li>{i}</li>" for i in its) + "</ul>"):
    out = head(heads[0])
    for i, (p, extra) in enumerate(blocks):
        if i == 3:
            out += head(heads[1])
        if i == 5:
            out += lst(items)
        out += wrap(p) + extra
    return out


def _dir(lang):
    return ' dir="rtl"' if lang == "ar" else ""


def t_court(lang, title, blocks, heads, items, after, n):
    return (f'<!DOCTYPE html><html lang="{lang}"{_dir(lang)}><head><meta charset="utf-8"><title>{title} — Case {n}/2026</title></head><body>'
            '<header class="court-hdr"><a href="/">⚖</a><nav><a href="/rulings">§</a> <a href="/calendar">📅</a></nav></header>'
            '<div class="layout"><main><div class="case-meta"><table class="meta">'
            f'<tr><th>ECLI</th><td>ECLI:XX:RB{n:03d}:2026:{1000 + n * 7}</td></tr><tr><th>№</th><td>C/{n:02d}/{400 + n}</td></tr>'
            f'<tr><th>⌚</th><td>2026-10-{n % 28 + 1:02d}</td></tr></table></div>'
            f'<h1 class="ruling-title">{title}</h1><div class="ruling-text">{body_of(blocks, heads, items, head=lambda h: f"<h3 class=sect>{h}</h3>")}</div>{after}</main>'
            '<aside class="judges"><h4>⚖</h4><ul><li>mr. A.</li><li>mr. B.</li><li>mr. C.</li></ul>'
            f'<a href="/pdf/{n}.pdf">PDF ⤓</a></aside></div><footer>© Judiciary 2026 · <a href="/privacy">π</a></footer></body></html>')


def t_patent(lang, title, blocks, heads, items, after, n):
    cites = "".join(f'<tr><td><a href="/patent/US{9000000 + n * 13 + k}B2">US{9000000 + n * 13 + k}B2</a></td><td>201{k}-0{k + 1}-1{k}</td>'
                    f'<td>Acme Corp.</td></tr>' for k in range(4))
    return (f'<!DOCTYPE html><html lang="{lang}"{_dir(lang)}><head><meta charset="utf-8"><title>WO2026{n:06d}A1 - {title} - Patents</title></head><body>'
            '<div class="search-bar"><input type="search" placeholder="🔍"><button>⚙</button></div>'
            f'<div class="patent-page"><section class="abstract-head"><span class="pubnum">WO2026/{n:06d} A1</span><h1 id="title">{title}</h1>'
            f'<dl class="bib"><dt>Inventor</dt><dd>N. N.</dd><dt>Priority</dt><dd>2025-0{n % 9 + 1}-15</dd></dl></section>'
            f'<section itemprop="description" class="description">{body_of(blocks, heads, items, head=lambda h: f"<heading>{h}</heading>")}</section>{after}'
            f'<section class="cited-by"><h2>⟵</h2><table class="cites"><tr><th>#</th><th>⌚</th><th>©</th></tr>{cites}</table></section>'
            '<section class="claims"><h2>⚖</h2><div class="claim">1. A method according to ...</div></section></div>'
            '<footer>Patents · Data provided by IFI CLAIMS</footer></body></html>')


def t_transit(lang, title, blocks, heads, items, after, n):
    dep = "".join(f'<tr><td>{6 + k}:{(n * 7 + k * 13) % 60:02d}</td><td>{100 + n % 50}</td><td>→ Centrum</td><td>{k + 1}</td></tr>' for k in range(6))
    return (f'<!DOCTYPE html><html lang="{lang}"{_dir(lang)}><head><meta charset="utf-8"><title>{title} · Line {100 + n % 50}</title></head><body>'
            '<div class="alert-strip">⚠ ' + f'{100 + n % 50}</div><header><a href="/">🚌</a> <a href="/planner">⇄</a> <a href="/tickets">🎫</a></header>'
            f'<main class="notice"><h1>{title}</h1><p class="valid">2026-11-{n % 20 + 1:02d} – 2026-12-{n % 20 + 5:02d}</p>'
            f'<div class="notice-body">{body_of(blocks, heads, items)}</div>{after}'
            f'<h2>🕒</h2><table class="departures"><tr><th>⌚</th><th>#</th><th>→</th><th>▭</th></tr>{dep}</table></main>'
            '<footer>Regional Transit Authority · ☎ 0800 123 456</footer></body></html>')


def t_parish(lang, title, blocks, heads, items, after, n):
    return (f'<html lang="{lang}"{_dir(lang)}><head><meta charset="utf-8"><title>{title} - Parish Bulletin</title></head>'
            '<body bgcolor="#fffdf5"><center><img src="/img/cross.gif" alt="✝"></center>'
            '<table width="760" align="center"><tr><td valign="top" width="200" class="massbox"><b>✝</b><br>'
            'Sun 9:00 · 11:00<br>Wed 18:30<br><br><a href="/bulletin/archive">📖</a><br><a href="/donate">♡</a></td>'
            f'<td valign="top"><font size="2">Nº {n} · 2026</font><h1>{title}</h1>'
            f'{body_of(blocks, heads, items, head=lambda h: f"<p><b><u>{h}</u></b></p>", lst=lambda its: "<ol>" + "".join(f"<li>{i}</li>" for i in its) + "</ol>")}{after}'
            '<hr><p align="center"><small>Parish Office · ☎ 555 0199 · office@parish.example</small></p></td></tr></table></body></html>')


def t_club(lang, title, blocks, heads, items, after, n):
    fx = "".join(f'<li class="fixture"><span class="d">{k + 1}.11.</span> <span class="h">SC {chr(65 + k)}</span> – '
                 f'<span class="a">FC {chr(70 + k)}</span> <span class="t">15:00</span></li>' for k in range(4))
    return (f'<!DOCTYPE html><html lang="{lang}"{_dir(lang)}><head><meta charset="utf-8"><title>{title} | SC {n}</title></head><body>'
            '<div id="topbar"><img src="/crest.png" alt=""> <a href="/">SC</a> <a href="/teams">👥</a> <a href="/fixtures">📅</a> <a href="/shop">🛒</a></div>'
            f'<div id="page"><div id="content"><div class="news-item"><div class="news-date">{n % 28 + 1}.10.2026</div><h1>{title}</h1>'
            f'<div class="news-text">{body_of(blocks, heads, items, head=lambda h: f"<h4>{h}</h4>")}</div>{after}</div></div>'
            f'<div id="sidebar"><div class="widget"><h3>📅</h3><ul>{fx}</ul></div><div class="widget sponsors"><img src="/sp/1.png" alt=""><img src="/sp/2.png" alt=""></div></div></div>'
            '<div id="footer">SC · Clubhouse · ☎</div></body></html>')


def t_commentblog(lang, title, blocks, heads, items, after, n):
    cm = "".join(f'<li class="comment"><div class="c-author">user{n * 3 + k}</div><div class="c-date">{k + 2}d</div>'
                 f'<div class="c-body">{"👍" * (k + 1)} +1</div><a class="reply" href="#c{k}">↩</a></li>' for k in range(5))
    return (f'<!DOCTYPE html><html lang="{lang}"{_dir(lang)}><head><meta charset="utf-8"><title>{title} « Blog</title></head><body>'
            '<div class="site-header"><a href="/">✎ Blog</a></div><div class="container"><div class="primary">'
            f'<article class="post"><h1 class="post-title">{title}</h1><div class="post-meta">2026-09-{n % 28 + 1:02d} · 💬 {n + 12}</div>'
            f'<div class="post-content">{body_of(blocks, heads, items)}</div></article>{after}'
            f'<section id="comments"><h3>💬 {n + 12}</h3><ol class="comment-list">{cm}</ol>'
            '<form class="comment-form"><textarea></textarea><button>➤</button></form></section></div>'
            '<div class="secondary"><div class="widget">📚</div><div class="widget">🔖</div></div></div>'
            '<div class="site-footer">Powered by a blog engine</div></body></html>')


TEMPLATES = {"court": t_court, "patent": t_patent, "transit": t_transit, "parish": t_parish, "club": t_club,
             "commentblog": t_commentblog}


def make_page(rng, n):
    art = ARTICLES[n % len(ARTICLES)]
    tpl = list(TEMPLATES)[(n // len(ARTICLES) + n) % len(TEMPLATES)]
    doc, entry = page_html(rng, tpl, art, n)
    return "r61-%03d-%s" % (n, art["lang"]), doc, entry


if __name__ == "__main__":
    write_round("round61", 72, 61, make_page, __doc__)
