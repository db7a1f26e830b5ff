#!/usr/bin/env python3
"""A fresh noise round (stop 60): own article texts in 12 languages no earlier round wrote an article in (gu pa kn
lo ps tg ky be mt ga so ig), six page templates the earlier rounds did not have (municipal council minutes with an
attendance list and motions; a preprint landing page with authors, affiliations and a cite-as box; a hotel room
page with an amenities list and a booking box; a travel guide with a "know before you go" box; a page a static
site generator built from Markdown with a table of contents; a print view of an article), promo shapes of their
own (inline "Read also:" link paragraphs in the page's language, an app-install banner, a "Subscribe to our
channel" card after every third paragraph, a paywall teaser half way, an "Advertiser content" block, an
affiliate "Check price" button inside a paragraph, a webinar registration box, a "Recommended by" widget of
thumbnails, a consent text left in the body), garbage (Kubernetes YAML, registry keys, Windows temp paths, XML
processing instructions, block-editor comments shown as text, base32 blobs, git log lines, npm errors, INI
sections, raw i18n keys, C compiler errors, Vue template syntax, SQL INSERTs, environment variables, minified
JS glued to a sentence); Unicode damage (UTF-8 read as cp866, cp437, KOI8-U, MacCyrillic, ISO-8859-4/-13/-15,
cp775, cp857, HP Roman-8, MacGreek; UTF-8 read twice through two different code pages; one letter of a word
decomposed (mixed NFC/NFD); Cyrillic/Greek homoglyphs in Latin words and Latin ones in Cyrillic words;
mathematical monospace/sans letters; a combining grapheme joiner or a Hangul/Braille filler inside a word; a
dotted circle before a vowel sign) and residue ("Listen to this article · N min", "Reading time: N min",
"Print this page", "Back to top ↑", "(Updated)" after a heading, "Tags:" lines, "1 2 3 … Next »" pagination,
"Image: …" credits and "Photo via …" glued to a sentence, all in the page's language where written).

usage: gen_noise_round60.py OUT [--pages N] [--seed S]
"""
import os, sys, unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from noise60_pool import (ARTICLES, READ_ALSO, APP, CHANNEL, PAYWALL, ADVERTISER, PRICE, PRICED, WEBINAR, RECOMMENDED,
                          CONSENT, GARBAGE, LISTEN, READTIME, PRINT, BACKTOP, UPDATED, TAGS, NEXT, IMAGE, VIA, CREDITS)
from noise_round_pages import damage_one_word, esc, mark_residue, new_noise, place_garbage, render_paragraphs, write_round

HOMO_TO_CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і", "y": "у"}
HOMO_TO_GRK = {"o": "ο", "i": "ι", "n": "η", "u": "υ", "v": "ν"}
HOMO_TO_LAT = {v: k for k, v in HOMO_TO_CYR.items()}
FILLERS = ["\u034f", "\u3164", "\u115f", "\u2800", "\uffa0"]


def math_letters(word, base_upper, base_lower):
    out = []
    for c in word:
        if "a" <= c <= "z":
            out.append(chr(base_lower + ord(c) - 97))
        elif "A" <= c <= "Z":
            out.append(chr(base_upper + ord(c) - 65))
        else:
            return None
    return "".join(out)


def damage(rng, kind, word):
    """(damaged, marks) or None when the word cannot take this damage"""
    if kind.startswith("mojibake-"):
        encs = kind[len("mojibake-"):].split("+")
        d = word
        try:
            for e in encs:
                d = d.encode("utf-8").decode(e)
        except (UnicodeDecodeError, UnicodeEncodeError):
            return None
        if d == word or word.isascii() or any(unicodedata.category(c) in ("Cc", "Cn") for c in d):
            return None
        return d, {d[:2]: 1}
    if kind == "mixed-nfd":
        idx = [i for i, c in enumerate(word) if unicodedata.normalize("NFD", c) != c]
        if not idx:
            return None
        i = rng.choice(idx)
        dec = unicodedata.normalize("NFD", word[i])
        return word[:i] + dec + word[i + 1:], {dec[1:]: 1}
    if kind == "homoglyph":
        table = HOMO_TO_LAT if any("\u0400" <= c <= "\u04ff" for c in word) else rng.choice([HOMO_TO_CYR, HOMO_TO_GRK])
        idx = [i for i, c in enumerate(word) if c in table and 0 < i]
        if not idx:
            return None
        i = rng.choice(idx)
        return word[:i] + table[word[i]] + word[i + 1:], {table[word[i]]: 1}
    if kind == "math":
        base = rng.choice([(0x1D670, 0x1D68A), (0x1D5A0, 0x1D5BA), (0x1D608, 0x1D622)])  # monospace, sans, sans italic
        d = math_letters(word, *base)
        return (d, {d[0]: 1}) if d else None
    if kind == "filler":
        if len(word) < 4:
            return None
        p = rng.randrange(1, len(word) - 1)
        f = rng.choice(FILLERS)
        return word[:p] + f + word[p:], {f: 1}
    if kind == "dotted-circle":
        idx = [i for i, c in enumerate(word) if i > 0 and unicodedata.category(c) in ("Mn", "Mc")]
        if not idx:
            return None
        i = rng.choice(idx)
        return word[:i] + "\u25cc" + word[i:], {"\u25cc": 1}
    raise ValueError(kind)


CYR = ["mojibake-cp866", "mojibake-koi8_u", "mojibake-mac_cyrillic", "mojibake-cp775", "mojibake-iso8859_15+cp437"]
UKINDS = {
    "gu": ["mojibake-cp437", "mojibake-hp_roman8", "dotted-circle", "filler"],
    "pa": ["mojibake-cp866", "mojibake-mac_greek", "dotted-circle", "filler"],
    "kn": ["mojibake-cp857", "mojibake-iso8859_4", "dotted-circle"],
    "lo": ["mojibake-cp437", "mojibake-iso8859_13", "dotted-circle", "filler"],
    "ps": ["mojibake-cp866", "mojibake-mac_greek", "filler"],
    "tg": CYR[:3] + ["homoglyph", "mixed-nfd"],
    "ky": CYR[1:] + ["homoglyph", "mixed-nfd"],
    "be": CYR[::2] + ["homoglyph", "homoglyph", "mixed-nfd"],
    "mt": ["mojibake-iso8859_15", "mojibake-cp437", "homoglyph", "math", "mixed-nfd", "filler"],
    "ga": ["mojibake-iso8859_4", "mojibake-hp_roman8", "mojibake-iso8859_15+cp437", "homoglyph", "mixed-nfd", "math"],
    "so": ["homoglyph", "math", "filler", "homoglyph"],
    "ig": ["mixed-nfd", "mojibake-cp857", "mojibake-iso8859_13", "homoglyph", "math"],
}
ENDS = ".।"
NOSPACE = {"lo"}


def words_of(t):
    return [w.strip(".,;:!?«»\"()'’।") for w in t.split()]


def pick(d, lang):
    return (lang, d[lang]) if lang in d else ("en", d["en"])


def inline_residue(rng, lang, text, noise, pi):
    """an image credit or a "Photo via" glued after a sentence end"""
    t = text[pi]
    ends = [i for i, c in enumerate(t) if c in ENDS and i > 3]
    if not ends:
        return
    i = rng.choice(ends)
    if rng.random() < .5:
        lab = "%s: %s" % (pick(IMAGE, lang)[1], rng.choice(CREDITS))
        mark_residue(text, pi, i + 1, noise, "image-credit", lab, ' <small class="img-credit">%s</small>' % esc(lab), [lab])
    else:
        lab = rng.choice(VIA)
        mark_residue(text, pi, i + 1, noise, "photo-via", lab, '<span class="via">%s</span>' % esc(lab), [lab])


def floating_residue(rng, lang, noise, k):
    """residue standing alone between paragraphs: (raw html)"""
    if k == "listen":
        lab = pick(LISTEN, lang)[1].format(n=rng.randrange(3, 9))
        raw = f'<div class="audio-player"><button class="play">▶</button><span>{esc(lab)}</span><audio preload="none" src="/tts/{rng.randrange(999)}.mp3"></audio></div>'
    elif k == "readtime":
        lab = pick(READTIME, lang)[1].format(n=rng.randrange(2, 8))
        raw = f'<p class="reading-time">⏱ {esc(lab)}</p>'
    elif k == "print":
        lab = pick(PRINT, lang)[1]
        raw = f'<p><a href="javascript:window.print()" class="print-link">🖨 {esc(lab)}</a></p>'
    else:
        lab = pick(BACKTOP, lang)[1]
        raw = f'<p class="to-top"><a href="#top">{esc(lab)}</a></p>'
    noise["residue"].append({"kind": k, "text": lab, "raw": "", "parts": [lab]})
    return raw


def end_residue(rng, lang, art, noise, n):
    """a Tags: line and/or pagination under the article body"""
    out = ""
    if rng.random() < .6:
        lab = pick(TAGS, lang)[1]
        tags = art["title"].split()[:3]
        out += f'<p class="tags">{esc(lab)} ' + ", ".join(f'<a href="/tag/{k}">{esc(t)}</a>' for k, t in enumerate(tags)) + "</p>"
        noise["residue"].append({"kind": "tags", "text": lab, "parts": [lab + " " + tags[0]]})
    if rng.random() < .6:
        lab = pick(NEXT, lang)[1]
        out += (f'<div class="pagination"><span class="current">1</span> <a href="?page=2">2</a> <a href="?page=3">3</a> … '
                f'<a href="?page=2" rel="next">{esc(lab)}</a></div>')
        noise["residue"].append({"kind": "pagination", "text": lab, "parts": [lab]})
    return out


def promo_blocks(rng, lang, noise, n, npara):
    """({paragraph index: [blocks after it]}, after-article html, {paragraph index: inline tail})"""
    shapes = rng.sample(["readalso", "app", "channel", "paywall", "advertiser", "price", "webinar", "recommended", "consent"], 3)
    inside, after, tails = {}, "", {}
    put = lambda pi, b: inside.setdefault(pi, []).append(b)
    for s in shapes:
        if s == "readalso":
            pl, (lab, heads) = pick(READ_ALSO, lang)
            for k, pi in enumerate(rng.sample(range(npara - 1), 2)):
                h = heads[k]
                put(pi, f'<p class="{rng.choice(["read-also", "", "inline-link"])}"><strong>{esc(lab)}</strong> <a href="/n/{n}{k}">{esc(h)}</a></p>')
                noise["promo"].append({"variant": k > 0, "shape": s, "lang": pl, "parts": [h]})
            continue
        if s == "channel":
            pl, (t, cta) = pick(CHANNEL, lang)
            for k, pi in enumerate(range(2, npara - 1, 3)):
                put(pi, f'<div class="channel-card"><img src="/yt.png" alt=""><p>{esc(t)}</p><a class="btn" href="https://video.example/c/{n}?sub=1">{esc(cta)}</a></div>')
                noise["promo"].append({"variant": k > 0, "shape": s, "lang": pl, "parts": [t]})
            continue
        if s == "price":
            pl, lab = pick(PRICE, lang)
            item = rng.choice(PRICED)
            tails[rng.randrange(npara)] = f' <span class="aff">{esc(item)} <a class="aff-btn" rel="sponsored" href="https://shop.example/p/{n}?tag=x-21">{esc(lab)} ›</a></span>'
            noise["promo"].append({"variant": False, "shape": s, "lang": pl, "parts": [lab, item]})
            continue
        if s == "app":
            pl, (t, cta) = pick(APP, lang)
            put(rng.randrange(npara - 1), f'<div class="app-banner"><img src="/icon.png" alt=""><span>{esc(t)}</span><a href="https://apps.example/{n}">{esc(cta)}</a><a class="close">✕</a></div>')
            parts = [t, cta]
        elif s == "paywall":
            pl, (t, cta) = pick(PAYWALL, lang)
            put(npara // 2 - 1, f'<div class="paywall-teaser"><p>{esc(t)}</p><a href="/subscribe?src={n}">{esc(cta)}</a></div>')
            parts = [t, cta]
        elif s == "advertiser":
            pl, (lab, h) = pick(ADVERTISER, lang)
            put(rng.randrange(1, npara - 1), f'<div class="partner"><span class="label">{esc(lab)}</span><a href="https://brand.example/{n}"><img src="/p.jpg" alt="">{esc(h)}</a></div>')
            parts = [lab, h]
        elif s == "webinar":
            pl, (t, cta) = pick(WEBINAR, lang)
            box = f'<div class="webinar"><p>📅 {esc(t)}</p><form><input type="email" placeholder="@"><button>{esc(cta)}</button></form></div>'
            if rng.random() < .5:
                put(rng.randrange(npara - 1), box)
            else:
                after += box
            parts = [t, cta]
        elif s == "recommended":
            pl = "en"
            lab, heads = RECOMMENDED
            items = "".join(f'<a class="rec" href="https://rec.example/{n}/{k}"><img src="/r/{k}.jpg" alt=""><span>{esc(h)}</span></a>' for k, h in enumerate(heads))
            after += f'<div class="recommended"><span class="rec-label">{esc(lab)} ▸ Outbrain</span>{items}</div>'
            parts = [heads[0], heads[2]]
        else:
            pl, t = pick(CONSENT, lang)
            box = f'<div class="consent-text"><p>{esc(t)}</p><button>OK</button></div>'
            if rng.random() < .5:
                put(0, box)
            else:
                after = box + after
            parts = [t]
        noise["promo"].append({"variant": False, "shape": s, "lang": pl, "parts": parts})
    return inside, after, tails


def page_html(rng, tpl, art, n):
    lang, title, paras, heads = art["lang"], art["title"], list(art["paras"]), list(art["heads"])
    noise, text, raw_extra = new_noise(), list(paras), [""] * len(paras)
    for pi in rng.sample(range(len(paras)), rng.randint(2, 4)):
        damage_one_word(rng, text, pi, words_of(text[pi]), rng.choice(UKINDS[lang]), damage, noise)
    for pi in rng.sample(range(len(paras)), rng.randint(0, 2)):
        inline_residue(rng, lang, text, noise, pi)
    for _ in range(rng.randint(1, 3)):
        shape, frag = rng.choice(GARBAGE)
        where = "glued" if shape == "minified-glued" else rng.choice(["end", "middle", "line"])
        place_garbage(rng, text, raw_extra, noise, rng.randrange(len(text)), shape, frag(rng), where,
                      glued_cuts=".।")
    top = ""
    kinds = rng.sample(["listen", "readtime", "print", "backtop"], rng.randint(1, 2))
    for k in kinds:
        if k in ("listen", "readtime"):
            top += floating_residue(rng, lang, noise, k)
        elif k == "backtop":
            raw_extra[2] += floating_residue(rng, lang, noise, k)
        else:
            raw_extra[len(paras) - 1] += floating_residue(rng, lang, noise, k)
    upd = ""
    if rng.random() < .35:
        lab = pick(UPDATED, lang)[1]
        upd = " " + esc(lab)
        noise["residue"].append({"kind": "updated", "text": lab, "raw": "", "parts": [heads[1] + " " + lab]})
    inside, after, tails = promo_blocks(rng, lang, noise, n, len(paras))
    for pi, blks in inside.items():
        raw_extra[pi] += "".join(blks)
    rendered = render_paragraphs(text, noise)
    for pi, t in tails.items():
        rendered[pi] += t
    blocks = list(zip(rendered, raw_extra))
    after = end_residue(rng, lang, art, noise, n) + after
    clean = [heads[0]] + paras[:3] + [heads[1]] + paras[3:]
    hs = [esc(heads[0]), esc(heads[1]) + upd]
    doc = TEMPLATES[tpl](lang, esc(title), top, blocks, hs, after, n)
    return doc, {"clean": "\n".join(clean), "noise": noise, "template": tpl, "lang": lang}


def body_of(blocks, heads, wrap=lambda p: f"<p>{p}</p>", head=lambda h, i: f"<h2>{h}</h2>"):
    out = head(heads[0], 0)
    for i, (p, extra) in enumerate(blocks):
        if i == 3:
            out += head(heads[1], 1)
        out += wrap(p) + extra
    return out


def t_council(lang, title, top, blocks, heads, after, n):
    att = "".join(f"<li>Cllr {chr(65 + k)}. {name}</li>" for k, name in enumerate(["Borg", "Walsh", "Ahmadi", "Nur"]))
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Minutes {n}/2026 — {title}</title></head><body>'
            '<div id="skip"><a href="#c">⇣</a></div><header class="council"><img src="/crest.png" alt=""><nav><a href="/">⌂</a>'
            ' <a href="/meetings">📋</a> <a href="/agendas">📄</a></nav></header><div id="c" class="minutes">'
            f'<p class="meeting-meta">Meeting {n} · 2026-10-{n % 28 + 1:02d} · 19:00</p><h1>{title}</h1>'
            f'<div class="attendance"><b>Present:</b><ul>{att}</ul><b>Apologies:</b> Cllr Z. Mifsud</div>{top}'
            f'<ol class="items"><li class="item"><div class="item-body">{body_of(blocks, heads, head=lambda h, i: f"<h3>{i + 1}. {h}</h3>")}</div></li></ol>{after}'
            f'<table class="motions"><tr><th>Motion</th><th>For</th><th>Against</th></tr><tr><td>{n}.1</td><td>7</td><td>2</td></tr>'
            f'<tr><td>{n}.2</td><td>9</td><td>0</td></tr></table><p class="signed">Signed: Chair ________ Date ________</p></div>'
            '<footer>Town Council · Clerk\'s office · Open Mon–Fri</footer></body></html>')


def t_preprint(lang, title, top, blocks, heads, after, n):
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | preprint</title></head><body>'
            '<header class="repo"><a href="/">arχ</a><form><input name="q"></form></header><main>'
            f'<div class="submission-meta">[Submitted on {n % 28 + 1} Oct 2026 (v2)]</div><h1 class="title">{title}</h1>'
            '<div class="authors"><a href="/a/1">R. Haddad</a><sup>1</sup>, <a href="/a/2">L. Ní Bhriain</a><sup>2</sup>, '
            '<a href="/a/3">K. Tashkentova</a><sup>1,3</sup></div><ol class="affiliations"><li>Dept. of Geography, Univ. A</li>'
            f'<li>Institute B</li><li>Lab C</li></ol>{top}<blockquote class="abstract"><span class="descriptor">Abstract:</span>'
            f'{body_of(blocks, heads, head=lambda h, i: f"<h4>{h}</h4>")}</blockquote>{after}'
            '<table class="metatable"><tr><td>Subjects:</td><td>Physics and Society (physics.soc-ph)</td></tr>'
            f'<tr><td>Cite as:</td><td>arχ:2610.{n:05d} [physics.soc-ph]</td></tr></table>'
            f'<div class="cite-as"><h3>Cite as</h3><pre>@article{{haddad2026_{n}, title={{...}}, year={{2026}}}}</pre><button>Copy BibTeX</button></div>'
            '<div class="extra-services"><h3>Access</h3><ul><li><a href="/pdf">PDF</a></li><li><a href="/src">TeX source</a></li></ul></div>'
            '</main><footer>About · Help · Contact</footer></body></html>')


def t_hotel(lang, title, top, blocks, heads, after, n):
    am = "".join(f"<li>{a}</li>" for a in ["📶 Wi-Fi", "❄ A/C", "🛁", "☕", "🅿"])
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} · Rooms</title></head><body>'
            '<div class="topbar"><a href="/">🏨</a><div class="lang">EN | ▾</div><a class="book" href="/book">Book</a></div>'
            f'<div class="gallery"><img src="/room/{n}a.jpg" alt=""><img src="/room/{n}b.jpg" alt=""></div><div class="room-wrap"><div class="room-main">'
            f'<h1>{title}</h1><p class="room-facts">2–3 · 28 m² · ★★★★</p>{top}<div class="room-desc">{body_of(blocks, heads)}</div>{after}</div>'
            f'<div class="room-side"><div class="amenities"><h3>✔</h3><ul>{am}</ul></div>'
            f'<div class="booking-box"><span class="from">€{90 + n}</span><form><input type="date"><input type="date"><button>Check availability</button></form></div></div></div>'
            '<footer><p>Check-in 14:00 · Check-out 11:00</p><p>© Hotel 2026</p></footer></body></html>')


def t_travel(lang, title, top, blocks, heads, after, n):
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} — Travel guide</title></head><body>'
            '<header><a href="/">🧭</a><nav><a href="/destinations">🌍</a> <a href="/tips">💡</a></nav></header><article class="guide">'
            f'<div class="hero"><img src="/hero/{n}.jpg" alt=""><h1>{title}</h1></div>{top}'
            f'<aside class="know-before"><h4>ℹ</h4><ul><li>🕘 08:00–18:00</li><li>💶 €{n % 9 + 2}</li><li>🚌 Line {n % 20}</li></ul></aside>'
            f'<section class="guide-body">{body_of(blocks, heads)}</section>{after}'
            f'<section class="nearby"><h3>⌖</h3><a href="/g/{n + 1}"><img src="/g/{n + 1}.jpg" alt=""></a><a href="/g/{n + 2}"><img src="/g/{n + 2}.jpg" alt=""></a></section>'
            '</article><footer>© Guides 2026</footer></body></html>')


def t_ssg(lang, title, top, blocks, heads, after, n):
    toc = f'<nav id="TableOfContents"><ul><li><a href="#s1">{heads[0]}</a></li><li><a href="#s2">{heads[1]}</a></li></ul></nav>'
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><meta name="generator" content="Hugo 0.1{n % 10}"><title>{title}</title></head><body>'
            '<div class="container"><header class="site-header"><a class="site-title" href="/">~/notes</a></header>'
            f'<div class="post"><h1 class="post-title">{title}</h1><div class="post-meta"><time>2026-{n % 12 + 1:02d}-0{n % 9 + 1}</time></div>'
            f'<details class="toc" open><summary>☰</summary>{toc}</details>{top}'
            f'<div class="post-content">{body_of(blocks, heads, head=lambda h, i: f"<h2 id=s{i + 1}>{h}</h2>")}</div>{after}'
            '<div class="post-nav"><a href="/p/prev/">←</a> <a href="/p/next/">→</a></div></div>'
            '<footer class="site-footer">Built with Hugo · RSS</footer></div></body></html>')


def t_printview(lang, title, top, blocks, heads, after, n):
    return (f'<html><head><meta charset="utf-8"><title>{title} (print)</title><style>@media print{{.noprint{{display:none}}}}</style></head>'
            '<body onload="window.print()"><div class="noprint"><a href="javascript:window.close()">✕</a></div>'
            f'<table width="640" align="center"><tr><td><font size="2">news.example · {n % 28 + 1}/10/2026</font><hr>'
            f'<font size="5"><b>{title}</b></font><br><br>{top}'
            f'{body_of(blocks, heads, head=lambda h, i: f"<p><b>{h}</b></p>")}{after}'
            f'<hr><font size="1">URL: https://news.example/a/{n}<br>© 2026 news.example</font></td></tr></table></body></html>')


TEMPLATES = {"council": t_council, "preprint": t_preprint, "hotel": t_hotel, "travel": t_travel, "ssg": t_ssg,
             "printview": t_printview}


def make_page(rng, n):
    art = ARTICLES[n % len(ARTICLES)]
    tpl = list(TEMPLATES)[(n // len(ARTICLES) + n) % len(TEMPLATES)]
    doc, entry = page_html(rng, tpl, art, n)
    return "r60-%03d-%s" % (n, art["lang"]), doc, entry


if __name__ == "__main__":
    write_round("round60", 72, 60, make_page, __doc__)
