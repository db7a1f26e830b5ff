#!/usr/bin/env python3
"""A fresh noise round (stop 56): own article texts in 12 languages no earlier round wrote (cs hu ro uk el he hi
th id fa fi zh-Hant), five page templates round 55 did not have (a CMS article with byline, figure, share bar and
related list; an AMP-like page with custom elements and ad slots; an article in <section>s under <h3>s; a forum
post with author box and signature, paragraphs split by <br><br>; a newsletter-to-web page of nested tables), and
noise shapes of their own: promo CTAs in blockquotes, <dl>s and inline signup forms, a CTA repeated with a
changing reader count and emoji, "read also" teasers whose headline changes per copy, sponsored cards; garbage
(base64 blobs, webpack chunk paths, YAML front matter, CSV rows, shell prompts, Python/Go/.NET traces, Markdown
table residue, LaTeX, tracking-pixel queries, cookie-consent JSON, a PHP notice glued with no space); Unicode
damage (UTF-8 read as cp1252 twice, cp1250, cp1253, cp1255, cp1256, cp874, KOI8-R, GBK, Big5; soft hyphens
mid-word, bidi controls, ZWJ in words, NBSP variants between words, NFD); link residue ([citation needed] in
each language, [1][2] chains, ↩ backlinks, ^ carets, bare superscript numbers). Writes OUT/html/ID.html and
OUT/manifest.json in the format of shared/eval/noise/score.py.

usage: gen_noise_round56.py OUT [--pages N] [--seed S]
"""
import os, sys, unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from noise56_pool import ARTICLES, PROMOS, EMOJI, TEASERS, SPONSORED, NEWSLETTER_FORMS, GARBAGE, GLUED, RESIDUE
from noise_round_pages import damage_one_word, esc, mark_residue, new_noise, place_garbage, render_paragraphs, write_round
NOSPACE = {"th", "zh-Hant"}


def mojibake(word, enc):
    b = word.encode("utf-8")
    if enc == "double":
        return b.decode("cp1252").encode("utf-8").decode("cp1252")
    return b.decode(enc)


def damage(rng, kind, word):
    """(damaged, marks) or None when the word cannot take this damage"""
    if kind.startswith("mojibake-"):
        try:
            d = mojibake(word, kind[len("mojibake-"):])
        except (UnicodeDecodeError, UnicodeEncodeError):
            return None
        if d == word or word.isascii() or any(unicodedata.category(c) == "Cc" for c in d):
            return None
        return d, {d[:2]: 1}
    if kind == "nfd":
        d = unicodedata.normalize("NFD", word)
        if d == word:
            return None
        m = next(c for c in d if unicodedata.combining(c))
        return d, {m: 1}
    if kind in ("shy", "zwj", "bidi"):
        if len(word) < 5:
            return None
        p = rng.randrange(2, len(word) - 2)
        ins = {"shy": "\u00ad", "zwj": "\u200d", "bidi": rng.choice(["\u200e", "\u200f", "\u202a", "\u2066"])}[kind]
        return word[:p] + ins + word[p:], {ins: 1}
    raise ValueError(kind)


UKINDS = {
    "cs": ["mojibake-double", "mojibake-cp1250", "shy", "zwj", "nfd", "nbsp"],
    "hu": ["mojibake-cp1250", "mojibake-double", "shy", "nfd", "nbsp"],
    "ro": ["mojibake-cp1250", "mojibake-cp1252", "zwj", "nfd", "bidi"],
    "fi": ["mojibake-double", "mojibake-cp1252", "shy", "nbsp", "zwj"],
    "id": ["shy", "zwj", "bidi", "nbsp"],
    "uk": ["mojibake-koi8_r", "mojibake-cp1252", "shy", "nbsp"],
    "el": ["mojibake-cp1253", "mojibake-cp1252", "nfd", "shy"],
    "he": ["mojibake-cp1255", "mojibake-cp1252", "zwj", "nbsp"],
    "hi": ["mojibake-cp1252", "shy", "nbsp"],
    "th": ["mojibake-cp874", "shy"],
    "fa": ["mojibake-cp1256", "mojibake-cp1252", "nbsp"],
    "zh-Hant": ["mojibake-gbk", "mojibake-big5", "mojibake-cp1252"],
}


def words_of(lang, t):
    if lang in NOSPACE:
        return [t[i:i + 4] for i in range(0, len(t) - 4, 5)]
    return [w.strip(".,;:!?«»\"()،。।") for w in t.split()]


def add_unicode(rng, lang, text, noise, pi):
    kind = rng.choice(UKINDS[lang])
    if kind == "nbsp":
        ws = text[pi].split(" ")
        if len(ws) < 4:
            return
        i = rng.randrange(1, len(ws) - 1)
        sp = rng.choice(["\u00a0", "\u202f", "\u2007", "\u2009"])
        a, b = ws[i - 1], ws[i]
        pair = a + " " + b
        if text[pi].count(pair) != 1:
            return
        d = a + sp + b
        text[pi] = text[pi].replace(pair, d, 1)
        noise["unicode"].append({"kind": "nbsp", "damaged": [d], "original": [a, b], "marks": {sp: 1}})
        return
    damage_one_word(rng, text, pi, words_of(lang, text[pi]), kind, damage, noise)


def add_residue(rng, lang, text, noise, pi):
    t = text[pi]
    ends = [i for i, c in enumerate(t) if c in ".。।" and i > 3 and t[i - 1].isalpha()]
    if t and t[-1].isalpha():
        ends.append(len(t))
    if not ends:
        return
    i = rng.choice(ends)
    word = t[:i].split()[-1] if lang not in NOSPACE else t[max(0, i - 3):i]
    kind, label, raw = RESIDUE(rng, lang)
    mark_residue(text, pi, i, noise, kind, label, raw, [word + label])


def add_garbage(rng, lang, text, raw_extra, noise):
    if lang in NOSPACE or lang in ("hi", "fa") and rng.random() < .5:
        shape, frag = rng.choice(GLUED)
        where = "glued"
    else:
        shape, frag = rng.choice(GARBAGE)
        where = rng.choice(["end", "middle", "line"])
    frag = frag(rng)
    pi = rng.randrange(len(text))
    place_garbage(rng, text, raw_extra, noise, pi, shape, frag, where)


def promo_copy(rng, shape, lang, k, url):
    """html, parts, variant of the k-th copy of a repeated promo"""
    if shape == "teaser":
        lead, heads = TEASERS[lang]
        h = heads[k % len(heads)]
        return f'<p><strong>{esc(lead)}</strong> <a href="{url}">{esc(h)}</a></p>', [h], k > 0
    if shape == "form":
        t, b, ph = NEWSLETTER_FORMS[lang]
        return (f'<form class="signup" action="/nl"><p>{esc(t)}</p><input type="email" placeholder="{esc(ph)}">'
                f'<button type="submit">{esc(b)}</button></form>'), [t], False
    title, cta = PROMOS[lang][1 if shape == "counter" else 0]
    if "{n}" in title:
        title = title.replace("{n}", "{:,}".format(rng.randrange(1200, 98000)).replace(",", rng.choice([",", " ", "."])))
    var = k > 0
    if shape == "counter":
        e = rng.choice(EMOJI)
        return f'<p>{e} {esc(title)} <a href="{url}">{esc(cta)} {e}</a></p>', [title, cta], var
    if shape == "blockquote":
        return (f'<blockquote class="cta"><p><strong>{esc(title)}</strong></p><p><a href="{url}">{esc(cta)}</a></p>'
                '</blockquote>'), [title, cta], False
    if shape == "dl":
        return f'<dl class="promo"><dt>{esc(title)}</dt><dd><a href="{url}">{esc(cta)}</a></dd></dl>', [title, cta], False
    raise ValueError(shape)


def add_promo(rng, lang, n_par, raw_extra, noise):
    r = rng.random()
    if r < 0.2:
        slang = rng.choice(list(SPONSORED))
        label, heads = SPONSORED[slang]
        cards = "".join(f'<div class="card"><a href="https://ads.example/c{i}?src=art"><img src="/s{i}.jpg" alt="">'
                        f'<h4>{esc(h)}</h4></a><span class="label">{esc(label)}</span></div>' for i, h in enumerate(heads))
        raw_extra[rng.randrange(1, n_par - 1)] += f'<div class="sponsored-row">{cards}</div>'
        noise["promo"].append({"variant": False, "shape": "sponsored", "lang": slang, "parts": list(heads)})
        return
    shape = rng.choice(["counter", "blockquote", "dl", "teaser", "form"])
    pool = {"teaser": TEASERS, "form": NEWSLETTER_FORMS}.get(shape, PROMOS)
    if shape == "counter":
        plang = rng.choice([l for l in PROMOS if "{n}" in PROMOS[l][1][0]])
    else:
        plang = rng.choice(list(pool))
    n = rng.randint(2, min(5, n_par - 1))
    for k, pi in enumerate(sorted(rng.sample(range(n_par - 1), n))):
        url = "https://news.example/%s/go?utm_source=inline&amp;utm_content=%d" % (plang, k)
        h, parts, var = promo_copy(rng, shape, plang, k, url)
        raw_extra[pi] += h
        noise["promo"].append({"variant": var, "shape": shape, "lang": plang, "parts": parts})


def page(rng, art, tpl):
    lang, title, paras = art["lang"], art["title"], list(art["paras"])
    noise = new_noise()
    text, raw_extra = list(paras), [""] * len(paras)
    for pi in rng.sample(range(len(paras)), rng.randint(2, 4)):
        add_unicode(rng, lang, text, noise, pi)
    for pi in rng.sample(range(len(paras)), rng.randint(2, 3)):
        add_residue(rng, lang, text, noise, pi)
    for _ in range(rng.randint(1, 3)):
        add_garbage(rng, lang, text, raw_extra, noise)
    add_promo(rng, lang, len(paras), raw_extra, noise)
    blocks = list(zip(render_paragraphs(text, noise), raw_extra))
    heads = art["heads"] if tpl in ("cms", "sections") else []
    clean = list(paras)
    if heads:
        clean = [heads[0]] + paras[:3] + [heads[1]] + paras[3:]
    html_doc = TEMPLATES[tpl](lang, esc(title), blocks, [esc(h) for h in heads])
    return html_doc, {"clean": "\n".join(clean), "noise": noise, "template": tpl, "lang": lang}


def _dir(lang):
    return ' dir="rtl"' if lang in ("he", "fa") else ""


def t_cms(lang, title, blocks, heads):
    body = f"<h2>{heads[0]}</h2>"
    for i, (p, extra) in enumerate(blocks):
        if i == 3:
            body += f"<h2>{heads[1]}</h2>"
        body += f"<p>{p}</p>{extra}"
        if i == 0:
            body += '<figure class="wp-block-image"><img src="/uploads/2026/03/photo-1024x683.jpg" alt=""></figure>'
    return (f'<!DOCTYPE html><html lang="{lang}"{_dir(lang)}><head><meta charset="utf-8"><title>{title} – Example</title>'
            '</head><body class="single-post"><div id="page"><header class="site-header"><a class="logo" href="/">Example</a>'
            '<ul class="menu"><li><a href="/news">News</a></li><li><a href="/culture">Culture</a></li></ul></header>'
            f'<div id="content"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">{title}</h1>'
            '<div class="entry-meta"><span class="author vcard"><a href="/author/jn">J. N.</a></span> '
            '<time datetime="2026-03-14T09:00:00+00:00">14.03.2026</time></div></header>'
            f'<div class="entry-content">{body}</div>'
            '<footer class="entry-footer"><div class="share"><a href="/s/fb">f</a> <a href="/s/x">x</a> <a href="/s/mail">@</a></div>'
            '</footer></article><aside class="related"><h3>—</h3><ul><li><a href="/r/1">★ 1</a></li><li><a href="/r/2">★ 2</a></li>'
            '</ul></aside></div><footer class="site-footer">© 2026</footer></div></body></html>')


def t_amp(lang, title, blocks, heads):
    body = ""
    for i, (p, extra) in enumerate(blocks):
        body += f"<p>{p}</p>{extra}"
        if i in (1, 4):
            body += f'<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/art_{i}"></amp-ad>'
    return (f'<!doctype html><html ⚡ lang="{lang}"{_dir(lang)}><head><meta charset="utf-8"><title>{title}</title>'
            '<link rel="canonical" href="https://example.org/a/1"><style amp-boilerplate>body{visibility:hidden}</style>'
            '<script async src="https://cdn.ampproject.org/v0.js"></script></head><body>'
            '<amp-sidebar id="sb" layout="nodisplay"><ul><li><a href="/">⌂</a></li><li><a href="/w">W</a></li></ul></amp-sidebar>'
            '<header class="amp-header"><button on="tap:sb.toggle">☰</button></header>'
            f'<article class="amp-article"><h1>{title}</h1>'
            '<amp-img src="/i/lead.jpg" width="1200" height="675" layout="responsive" alt=""></amp-img>'
            f'<div class="amp-article-content">{body}</div></article>'
            '<footer class="amp-footer"><a href="#top">↑</a></footer></body></html>')


def t_sections(lang, title, blocks, heads):
    secs = []
    for s, rng_ in ((0, range(0, 3)), (1, range(3, len(blocks)))):
        inner = "".join(f"<p>{blocks[i][0]}</p>{blocks[i][1]}" for i in rng_)
        secs.append(f"<section><h3>{heads[s]}</h3>{inner}</section>")
    return (f'<html lang="{lang}"{_dir(lang)}><head><meta charset="utf-8"><title>{title}</title></head><body>'
            '<div><div><a href="/">⌂</a> <a href="/1">1</a> <a href="/2">2</a> <a href="/3">3</a></div></div>'
            f'<div><div><h1>{title}</h1>{"".join(secs)}</div>'
            '<div><div><a href="/p/1">▸ 1</a></div><div><a href="/p/2">▸ 2</a></div></div></div>'
            '<div>© 2026</div></body></html>')


def t_forum(lang, title, blocks, heads):
    parts = []
    for p, extra in blocks:
        parts.append(p + "<br><br>" + extra if extra else p + "<br><br>")
    content = "".join(parts)
    return (f'<html lang="{lang}"{_dir(lang)}><head><meta charset="utf-8"><title>{title} - Forum</title></head><body>'
            '<div id="wrap"><div class="navbar"><a href="/forum">Forum</a> » <a href="/forum/12">12</a></div>'
            '<div id="thread"><div class="post" id="p1001"><table class="postrow" width="100%"><tr>'
            '<td class="postauthor" width="160"><a href="/u/77">kestrel77</a><br>★★★<br>#1204<br>2019-03</td>'
            f'<td class="postbody"><div class="subject">{title}</div><div class="content">{content}</div>'
            '<div class="signature">____<br>kestrel77</div>'
            '<div class="postactions"><a href="/q/1001">“”</a> <a href="/r/1001">↩</a> <a href="/rep/1001">⚑</a></div>'
            '</td></tr></table></div></div><div class="footer">© 2026</div></div></body></html>')


def t_email(lang, title, blocks, heads):
    rows = "".join(f'<tr><td style="padding:0 24px 16px;font-size:16px;line-height:1.5">{p}</td></tr>'
                   + (f"<tr><td>{extra}</td></tr>" if extra else "") for p, extra in blocks)
    return (f'<html lang="{lang}"{_dir(lang)}><head><meta charset="utf-8"><title>{title}</title></head>'
            '<body style="margin:0;background:#eee"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">'
            '<tr><td style="font-size:11px"><a href="https://mail.example/view?id=9">⧉</a></td></tr>'
            '<tr><td><img src="https://mail.example/logo.png" width="120" alt=""></td></tr>'
            f'<tr><td style="padding:24px"><h1 style="font-size:26px">{title}</h1></td></tr>{rows}'
            '<tr><td style="font-size:11px;color:#888"><a href="https://mail.example/unsub?u=1">✕</a> | '
            '<a href="https://mail.example/prefs?u=1">⚙</a></td></tr>'
            '</table></td></tr></table><img src="https://mail.example/o.gif?u=1" width="1" height="1" alt=""></body></html>')


TEMPLATES = {"cms": t_cms, "amp": t_amp, "sections": t_sections, "forum": t_forum, "email": t_email}


def make_page(rng, n):
    art = ARTICLES[n % len(ARTICLES)]
    tpl = list(TEMPLATES)[(n // len(ARTICLES) + n) % len(TEMPLATES)]
    return ("r56-%03d-%s" % (n, art["lang"]), *page(rng, art, tpl))


if __name__ == "__main__":
    write_round("round56", 72, 56, make_page, __doc__)
