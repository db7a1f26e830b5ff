#!/usr/bin/env python3
"""A fresh noise round (stop 58): own article texts in 12 languages no earlier round wrote an article in (is lv et
hr cy eu az kk ne si ur fil), six page templates the earlier rounds did not have (a wiki article with infobox,
references and navbox; an e-commerce category page whose article is the description under the product grid; a
Markdown README rendered by a code host with heading anchors; an old page of <br>-separated text in one <td>; a
static-site blog with Hugo footnotes and ↩︎ back-links; a feed reader's view of an RSS digest whose first entry
is whole), and noise shapes of their own: garbage (source maps, protobuf text, GraphQL queries, ISO-timestamped
log lines, printf formats, HTTP headers, regexes, SVG path data, PowerShell prompts, localized .NET/Java errors,
Swift faults, diff hunks, UUID lists, cron lines); Unicode damage (UTF-8 read as MacRoman, cp850, cp852, cp1257,
cp1254; cp1251 read as cp1252 and as KOI8-R; literal numeric references and JSON escapes in words; mathematical
bold letters; stacked combining marks; Arabic presentation forms); residue ("(opens in new tab)" and file-size
labels in the page's language, ¶ anchors, Hugo footnote numbers, ‡ § ⁂ note links, "Copy link" buttons and 🔗
anchors after headings, breadcrumbs at the top of the content, ↩︎ back-links). Writes OUT/html/ID.html and
OUT/manifest.json in the format of shared/eval/noise/score.py.

usage: gen_noise_round58.py OUT [--pages N] [--seed S]
"""
import os, sys, unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from noise58_pool import ARTICLES, FOLLOW, SHOP_ITEMS, GARBAGE, RESIDUE, COPYLINK, CRUMBS
from noise_round_pages import damage_one_word, esc, mark_residue, new_noise, place_garbage, render_paragraphs, write_round

ZALGO = "\u0334\u0335\u0336\u0337\u0338\u0321\u0322\u0327\u0328\u0316\u0317\u0318\u0319\u031c"
NON_JOINING_LEFT = set("اآأإدذرزژوؤڈڑۓےة")


def presentation_forms(word):
    """Arabic-script word written with its contextual presentation forms (what PDF copy and old renderers leave)"""
    forms = {}
    for cp in list(range(0xFB50, 0xFDFF)) + list(range(0xFE70, 0xFEFF)):
        d = unicodedata.decomposition(chr(cp)).split()
        if len(d) == 2 and d[0] in ("<isolated>", "<final>", "<initial>", "<medial>"):
            forms.setdefault((chr(int(d[1], 16)), d[0][1:-1]), chr(cp))
    out = []
    for i, c in enumerate(word):
        prev_joins = i > 0 and word[i - 1] not in NON_JOINING_LEFT and (word[i - 1], "initial") in forms
        next_joins = i + 1 < len(word) and (word[i + 1], "final") in forms and c not in NON_JOINING_LEFT
        pos = {(False, False): "isolated", (False, True): "initial", (True, True): "medial", (True, False): "final"}[(prev_joins, next_joins)]
        f = forms.get((c, pos)) or forms.get((c, "isolated"))
        if f is None:
            return None
        out.append(f)
    return "".join(out)


def damage(rng, kind, word):
    """(damaged, marks) or None when the word cannot take this damage"""
    try:
        if kind.startswith("utf8-as-"):
            d = word.encode("utf-8").decode(kind[len("utf8-as-"):])
        elif kind == "cp1251-as-cp1252":
            d = word.encode("cp1251").decode("cp1252")
        elif kind == "cp1251-as-koi8":
            d = word.encode("cp1251").decode("koi8_r")
        else:
            d = None
    except (UnicodeDecodeError, UnicodeEncodeError):
        return None
    if d is not None:
        if d == word or word.isascii() or any(unicodedata.category(c) == "Cc" for c in d):
            return None
        return d, {d[:2]: 1}
    if kind == "ncr":
        if word.isascii():
            return None
        d = "".join("&#%d;" % ord(c) if ord(c) > 127 else c for c in word)
        return d, {"&#": 1}
    if kind == "json-escape":
        if word.isascii():
            return None
        d = "".join("\\u%04x" % ord(c) if ord(c) > 127 else c for c in word)
        return d, {"\\u": 1}
    if kind == "math-bold":
        if not word.isascii() or not word.isalpha():
            return None
        d = "".join(chr(0x1D400 + ord(c) - 65) if c.isupper() else chr(0x1D41A + ord(c) - 97) for c in word)
        return d, {d[0]: 1}
    if kind == "zalgo":
        if len(word) < 4:
            return None
        p = rng.randrange(1, len(word) - 1)
        ins = "".join(rng.sample(ZALGO, rng.randint(3, 5)))
        return word[:p] + ins + word[p:], {ins[0]: 1}
    if kind == "presform":
        d = presentation_forms(word)
        return (d, {d[0]: 1}) if d and d != word else None
    raise ValueError(kind)


UKINDS = {
    "is": ["utf8-as-mac_roman", "utf8-as-cp850", "ncr", "zalgo"],
    "lv": ["utf8-as-cp1257", "json-escape", "utf8-as-cp852", "zalgo"],
    "et": ["utf8-as-cp1257", "utf8-as-mac_roman", "ncr", "math-bold"],
    "hr": ["utf8-as-cp852", "utf8-as-mac_roman", "json-escape", "math-bold"],
    "cy": ["utf8-as-mac_roman", "ncr", "utf8-as-cp850", "math-bold"],
    "eu": ["math-bold", "zalgo", "utf8-as-cp850", "ncr"],
    "az": ["utf8-as-cp1254", "utf8-as-mac_roman", "json-escape", "ncr"],
    "kk": ["cp1251-as-cp1252", "cp1251-as-koi8", "json-escape", "zalgo"],
    "ne": ["json-escape", "ncr", "utf8-as-mac_roman"],
    "si": ["json-escape", "ncr", "utf8-as-cp850"],
    "ur": ["presform", "presform", "json-escape", "ncr"],
    "fil": ["math-bold", "zalgo", "ncr", "utf8-as-cp850"],
}


def words_of(t):
    return [w.strip(".,;:!?«»\"()'’।۔") for w in t.split()]


def add_residue(rng, lang, text, noise, pi):
    t = text[pi]
    ends = [i for i, c in enumerate(t) if c in ".।۔" and i > 3 and t[i - 1].isalpha()]
    if not ends:
        return
    i = rng.choice(ends)
    word = t[:i].split()[-1]
    kind, label, raw = RESIDUE(rng, lang)
    mark_residue(text, pi, i, noise, kind, label, raw, [word + label])


def page_html(rng, tpl, art, n):
    lang, title, paras, heads = art["lang"], art["title"], list(art["paras"]), list(art["heads"])
    noise, text, raw_extra = new_noise(), list(paras), [""] * len(paras)
    for pi in rng.sample(range(len(paras)), rng.randint(2, 4)):
        damage_one_word(rng, text, pi, words_of(text[pi]), rng.choice(UKINDS[lang]), damage, noise)
    for pi in rng.sample(range(len(paras)), rng.randint(1, 3)):
        add_residue(rng, lang, text, noise, pi)
    for _ in range(rng.randint(1, 3)):
        shape, frag = rng.choice(GARBAGE)
        place_garbage(rng, text, raw_extra, noise, rng.randrange(len(text)), shape, frag(rng),
                      rng.choice(["end", "middle", "line"]))
    # a light promo: a follow line repeated after two paragraphs
    flang = lang if lang in FOLLOW and rng.random() < .5 else rng.choice(list(FOLLOW))
    for k, pi in enumerate(rng.sample(range(len(paras) - 1), 2)):
        raw_extra[pi] += f'<p class="follow"><a href="https://social.example/u/58?src={k}">{esc(FOLLOW[flang])} →</a></p>'
        noise["promo"].append({"variant": False, "shape": "follow", "lang": flang, "parts": [FOLLOW[flang]]})
    blocks = list(zip(render_paragraphs(text, noise), raw_extra))
    # heading residue: a copy-link button or a 🔗 anchor after a heading; breadcrumbs over the content
    hraw = [esc(h) for h in heads]
    r = rng.random()
    if r < .35:
        i = rng.randrange(2)
        lab = COPYLINK[lang] if rng.random() < .6 else COPYLINK["en"]
        hraw[i] += f' <button class="copy-link" data-anchor="h{i}">{esc(lab)}</button>'
        noise["residue"].append({"kind": "copy-link", "text": lab, "parts": [heads[i] + " " + lab]})
    elif r < .6:
        i = rng.randrange(2)
        hraw[i] += f'<a class="heading-anchor" href="#h{i}">🔗</a>'
        noise["residue"].append({"kind": "link-emoji", "text": "🔗", "parts": [heads[i] + "🔗"]})
    crumbs = ""
    if rng.random() < .4:
        a, b = CRUMBS[lang]
        crumbs = f'<div class="crumbs"><a href="/">{esc(a)}</a> › <a href="/n/">{esc(b)}</a> › <span>{esc(title)}</span></div>'
        noise["residue"].append({"kind": "breadcrumb", "text": a + " › " + b, "parts": [a + " › " + b]})
    back = tpl == "footblog"
    if back:
        noise["residue"].append({"kind": "backref", "text": "↩︎", "parts": ["↩\ufe0e"]})
    clean = [heads[0]] + paras[:3] + [heads[1]] + paras[3:]
    doc = TEMPLATES[tpl](lang, esc(title), blocks, hraw, crumbs, n)
    return doc, {"clean": "\n".join(clean), "noise": noise, "template": tpl, "lang": lang}


def body_of(blocks, heads, wrap=lambda p: f"<p>{p}</p>", head=lambda h: f"<h2>{h}</h2>"):
    out = head(heads[0])
    for i, (p, extra) in enumerate(blocks):
        if i == 3:
            out += head(heads[1])
        out += wrap(p) + extra
    return out


def t_wiki(lang, title, blocks, heads, crumbs, n):
    infobox = ('<table class="infobox vcard"><caption>⌂</caption><tbody>'
               '<tr><td colspan="2"><img src="/img/58.jpg" alt="" width="220"></td></tr>'
               f'<tr><th>📍</th><td>{41 + n % 20}.{n % 9}° N</td></tr><tr><th>👥</th><td>{120 + n}</td></tr>'
               '<tr><th>⛰</th><td>540 m</td></tr></tbody></table>')
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} — Wiki</title></head><body>'
            '<div id="mw-page-base"></div><div id="content" class="mw-body" role="main">'
            f'<h1 id="firstHeading">{title}</h1><div id="bodyContent">{crumbs}<div id="mw-content-text">'
            f'<div class="mw-parser-output">{infobox}{body_of(blocks, heads)}'
            '<h2>⁂</h2><div class="reflist"><ol class="references">'
            f'<li id="cite_note-1"><b><a href="#cite_ref-1">^</a></b> <cite>Archive {n}, 2025, p. 14.</cite></li>'
            f'<li id="cite_note-2"><b><a href="#cite_ref-2">^</a></b> <cite>Records {n + 3}, 2024.</cite></li></ol></div>'
            '<table class="navbox"><tr><th><a href="/w/A">A</a> · <a href="/w/B">B</a> · <a href="/w/C">C</a></th></tr></table>'
            '</div></div><div id="catlinks"><ul><li><a href="/w/Cat:1">1</a></li><li><a href="/w/Cat:2">2</a></li></ul></div>'
            '</div></div><div id="mw-panel"><a href="/">⌂</a></div></body></html>')


def t_shopcat(lang, title, blocks, heads, crumbs, n):
    grid = "".join(f'<li class="product-item"><a href="/p/{k}"><img src="/p/{k}.jpg" alt=""><span class="name">{p}</span></a>'
                   f'<span class="price">{10 + 7 * k},99 €</span><button class="add-to-cart">🛒 +</button></li>'
                   for k, p in enumerate(SHOP_ITEMS))
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Shop</title></head><body>'
            '<header class="site-header"><a href="/">🏠</a><form action="/search"><input name="q"></form><a href="/cart">🛒 0</a></header>'
            f'<div class="columns"><div class="sidebar"><div class="filter"><h4>€</h4><ul><li><input type="checkbox"> 0–20</li>'
            '<li><input type="checkbox"> 20–50</li></ul></div></div><div class="column main">'
            f'{crumbs}<h1 class="page-title">{title}</h1><div class="toolbar">↕ <select><option>A–Z</option></select></div>'
            f'<ol class="products">{grid}</ol><div class="pages"><a href="?p=1">1</a> <a href="?p=2">2</a> <a href="?p=2">›</a></div>'
            f'<div class="category-description">{body_of(blocks, heads, head=lambda h: f"<h3>{h}</h3>")}</div>'
            '</div></div><footer><a href="/terms">§</a> © 2026</footer></body></html>')


def t_readme(lang, title, blocks, heads, crumbs, n):
    def head(h):
        return (f'<div class="markdown-heading"><h2 class="heading-element">{h}</h2><a id="user-content-h" class="anchor" '
                'href="#h"><svg class="octicon octicon-link" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">'
                '<path d="m7.775 3.275 1.25-1.25a3.5 3.5 0 1 1 4.95 4.95l-2.5 2.5a3.5 3.5 0 0 1-4.95 0"></path></svg></a></div>')
    files = "".join(f'<tr><td><a href="/r/blob/main/{f}">{f}</a></td><td>{k + 2} days</td></tr>'
                    for k, f in enumerate(["docs", "src", ".gitignore", "LICENSE", "README.md"]))
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>village/{n}: {title}</title></head><body>'
            '<div class="application-main"><div class="repository-content"><div class="file-navigation">⎇ main · 3 ⑂</div>'
            f'<table class="files">{files}</table>'
            '<div id="readme" class="Box md"><div class="Box-header"><h2 class="Box-title">README.md</h2></div>'
            f'<article class="markdown-body entry-content container-lg" itemprop="text">{crumbs}'
            f'<div class="markdown-heading"><h1 class="heading-element">{title}</h1></div>'
            f'{body_of(blocks, heads, head=head)}</article></div>'
            '<div class="BorderGrid about"><h2>About</h2><p>★ 12 · 👁 3 · ⑂ 2</p></div></div></div></body></html>')


def t_tdbr(lang, title, blocks, heads, crumbs, n):
    body = f"<b>{heads[0]}</b><br>"
    for i, (p, extra) in enumerate(blocks):
        if i == 3:
            body += f"<br><b>{heads[1]}</b><br>"
        body += p + "<br><br>\n" + extra.replace("<p", "<span").replace("</p>", "</span><br><br>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{title}</title></head>'
            '<body bgcolor="#ffffff"><table width="760" border="0" cellpadding="0" cellspacing="0" align="center">'
            '<tr><td colspan="2"><img src="/img/top.gif" width="760" height="80" alt=""></td></tr>'
            '<tr><td width="160" valign="top"><a href="/">•</a><br><a href="/a.html">•</a><br><a href="/b.html">•</a></td>'
            f'<td width="600" valign="top"><font face="Verdana" size="2">{crumbs}<font size="4"><b>{title}</b></font><br><br>'
            f'{body}</font></td></tr><tr><td colspan="2" align="center"><font size="1">© 2026</font></td></tr></table></body></html>')


def t_footblog(lang, title, blocks, heads, crumbs, n):
    notes = (f'<div class="footnotes" role="doc-endnotes"><hr><ol><li id="fn:1"><p>{n + 1}.&#160;'
             '<a href="#fnref:1" class="footnote-backref" role="doc-backlink">↩&#xfe0e;</a></p></li></ol></div>')
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} · Notes</title></head><body>'
            '<header class="site-header"><a class="site-title" href="/">~/notes</a><nav><a href="/tags/">#</a></nav></header>'
            f'<main><article class="post">{crumbs}<header class="post-header"><h1 class="post-title">{title}</h1>'
            f'<div class="post-meta"><time datetime="2026-05-0{n % 9 + 1}">2026-05-0{n % 9 + 1}</time> · 4 min</div></header>'
            f'<div class="post-content">{body_of(blocks, heads)}{notes}</div>'
            '<footer class="post-footer"><ul class="post-tags"><li><a href="/tags/a/">a</a></li></ul>'
            '<nav class="paginav"><a class="prev" href="/p/1/">«</a> <a class="next" href="/p/3/">»</a></nav></footer>'
            '</article></main><footer class="footer">© 2026 · Hugo</footer></body></html>')


def t_feedview(lang, title, blocks, heads, crumbs, n):
    others = "".join(f'<div class="entry"><h3><a href="https://feed.example/{k}">#{k}</a></h3>'
                     f'<div class="lastUpdated">2026-04-{20 + k}</div><div class="feedEntryContent"><p>… […]</p></div></div>'
                     for k in range(3))
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>RSS · {title}</title></head><body>'
            '<div id="feedHeaderContainer"><div id="feedHeader"><p>📰 RSS</p><select><option>Live Bookmarks</option></select>'
            '<button>Subscribe Now</button></div></div><div id="feedBody"><div id="feedTitle"><h1>RSS</h1></div>'
            f'<div id="feedContent"><div class="entry"><h3><a href="https://feed.example/58">{title}</a></h3>'
            f'<div class="lastUpdated">2026-05-02</div><div class="feedEntryContent">{crumbs}{body_of(blocks, heads)}</div></div>'
            f'{others}</div></div></body></html>')


TEMPLATES = {"wiki": t_wiki, "shopcat": t_shopcat, "readme": t_readme, "tdbr": t_tdbr, "footblog": t_footblog,
             "feedview": t_feedview}


def make_page(rng, n):
    art = ARTICLES[n % len(ARTICLES)]
    tpl = list(TEMPLATES)[(n // len(ARTICLES) + n) % len(TEMPLATES)]
    doc, entry = page_html(rng, tpl, art, n)
    return "r58-%03d-%s" % (n, art["lang"]), doc, entry


if __name__ == "__main__":
    write_round("round58", 72, 58, make_page, __doc__)
