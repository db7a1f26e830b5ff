#!/usr/bin/env python3
"""A fresh noise round (stop 55): own article texts in 12 languages, own page templates, and noise
shapes the earlier rounds did not write: promo CTAs in it/pt/nl/pl/tr/sv/ko/zh/ar inside <figure>
and <aside> cards, bold-line-plus-link paragraphs, emoji-led lines, lone button links and table rows;
CMS single boxes (newsletter, app, membership); garbage of new shapes glued at the end, in the middle
or as whole lines; Unicode damage of other pairs (latin-1, cp1251, cp1250, Shift_JIS, double),
NFD Vietnamese/Korean, tag characters, variation selectors, fullwidth ASCII, word joiners,
invisible separators; link residue as [a], ¹, †, (1), "(link)" in other languages, ↗, [PDF],
tracking tails. Writes OUT/html/ID.html and OUT/manifest.json in the format of
shared/eval/noise/score.py, so that scorer reads it unchanged.

usage: gen_noise_round55.py OUT [--pages N] [--seed S]
"""
import unicodedata

from noise55_pool import ARTICLES, PROMOS, BOXES, GARBAGE, RESIDUE
from noise_round_pages import damage_one_word, esc, mark_residue, new_noise, place_garbage, render_paragraphs, write_round


def vary(rng, s):
    """a repeat that differs slightly, as a CMS's copies do"""
    k = rng.randrange(3)
    if k == 0:
        return s.rstrip(".!?") + rng.choice(["!", " →", "."])
    if k == 1:
        return s.title() if not any(ord(c) > 0x2E80 for c in s) else s + " "
    return s.replace(" ", "  ", 1)


def promo_html(rng, shape, title, cta, url):
    if shape == "figure":
        return (f'<figure class="card"><figcaption><strong>{esc(title)}</strong></figcaption>'
                f'<a href="{url}">{esc(cta)}</a></figure>')
    if shape == "aside":
        return f'<aside><p>{esc(title)}</p><p><a class="btn" href="{url}">{esc(cta)}</a></p></aside>'
    if shape == "boldlink":
        return f'<p><b>{esc(title)}</b> <a href="{url}">{esc(cta)}</a></p><p>&nbsp;</p>'
    if shape == "emoji":
        return f'<p>{rng.choice("👉📣🔔✨📰")} {esc(title)} <a href="{url}">{esc(cta)}</a></p>'
    if shape == "button":
        return f'<p><a class="button" href="{url}" role="button">{esc(title)}: {esc(cta)}</a></p><br><br>'
    # table row
    return (f'<table class="promo"><tr><td>{esc(title)}</td><td><a href="{url}">{esc(cta)}</a></td></tr>'
            '</table>')


def damage(rng, kind, word):
    """(damaged, marks) or None when the word cannot take this damage"""
    b = word.encode("utf-8")
    try:
        if kind == "mojibake-latin1":
            d = b.decode("latin-1")
        elif kind == "mojibake-cp1251":
            d = b.decode("cp1251")
        elif kind == "mojibake-cp1250":
            d = b.decode("cp1250")
        elif kind == "mojibake-sjis":
            d = b.decode("shift_jis")
        elif kind == "mojibake-double":
            d = b.decode("cp1252").encode("utf-8").decode("cp1252")
        else:
            d = None
    except UnicodeDecodeError:
        return None
    if d is not None:
        if d == word or all(ord(c) < 128 for c in word):
            return None
        return d, {d[:2]: 1}
    if kind == "nfd":
        d = unicodedata.normalize("NFD", word)
        return (d, {"\u0301": 0}) if d != word else None
    if kind in ("tags", "vs", "wj", "invsep"):
        if len(word) < 4:
            return None
        mark = {"tags": "\U000E0020", "vs": "\uFE0F", "wj": "\u2060", "invsep": "\u2063"}[kind]
        if kind == "tags":
            ins = "".join(chr(0xE0000 + ord(c)) for c in rng.choice(["us", "x1", "ab"]))
        else:
            ins = mark
        p = rng.randrange(1, len(word) - 1)
        return word[:p] + ins + word[p:], {ins[0]: 1}
    if kind == "fullwidth":
        if not word.isascii() or not word.isalpha():
            return None
        d = "".join(chr(ord(c) + 0xFEE0) for c in word)
        return d, {d[0]: 1}
    raise ValueError(kind)


UKINDS = {
    "latin": ["mojibake-latin1", "mojibake-double", "tags", "vs", "wj", "invsep", "fullwidth", "mojibake-cp1250"],
    "cyr": ["mojibake-cp1251", "mojibake-latin1", "wj", "invsep", "tags"],
    "ja": ["mojibake-sjis", "wj", "vs", "invsep"],
    "vi": ["nfd", "mojibake-latin1", "wj"],
    "ko": ["nfd", "invsep", "wj"],
    "zh": ["mojibake-latin1", "wj", "invsep"],
    "ar": ["wj", "mojibake-latin1"],
}
SCRIPT = {"ru": "cyr", "ja": "ja", "vi": "vi", "ko": "ko", "zh": "zh", "ar": "ar"}


def page(rng, pid, art, tpl):
    lang, title, paras = art["lang"], art["title"], list(art["paras"])
    noise = new_noise()
    text = [p for p in paras]          # damaged/residue-carrying text per paragraph (escaped later)
    raw_extra = [""] * len(paras)       # html after a paragraph
    # unicode damage: 2-4 words in different paragraphs
    kinds = UKINDS[SCRIPT.get(lang, "latin")]
    for pi in rng.sample(range(len(paras)), min(len(paras), rng.randint(2, 4))):
        kind = rng.choice(kinds)
        words = [w.strip(".,;:!?«»\"()、。") for w in text[pi].split()]
        if lang in ("ja", "zh"):
            words = [text[pi][i:i + 4] for i in range(0, len(text[pi]) - 4, 5)]
        damage_one_word(rng, text, pi, words, kind, damage, noise)
    # residue: before a sentence-final period
    for pi in rng.sample(range(len(paras)), min(len(paras), rng.randint(2, 3))):
        t = text[pi]
        dots = [i for i, c in enumerate(t) if c == "." and i > 3 and t[i - 1].isalpha() and
                (i + 1 == len(t) or t[i + 1] == " ")]
        if not dots:
            continue
        i = rng.choice(dots)
        word = t[:i].split()[-1]
        kind, label, raw = RESIDUE(rng, lang)
        mark_residue(text, pi, i, noise, kind, label, raw, [word + label] if kind != "tracking" else [label.strip()])
    # garbage: 1-3 instances
    for _ in range(rng.randint(1, 3)):
        shape, frag = rng.choice(GARBAGE)
        frag = frag(rng)
        where = rng.choice(["end", "middle", "line"])
        pi = rng.randrange(len(paras))
        place_garbage(rng, text, raw_extra, noise, pi, shape, frag, where, middle_cuts=" 、，")
    # promo: a repeated CTA, or a single box
    if rng.random() < 0.65:
        plang = rng.choice(list(PROMOS))
        title_, cta = rng.choice(PROMOS[plang])
        shape = rng.choice(["figure", "aside", "boldlink", "emoji", "button", "row"])
        n = rng.randint(2, min(7, len(paras) - 1))
        slots = sorted(rng.sample(range(len(paras) - 1), n))
        for k, pi in enumerate(slots):
            v = k > 0 and rng.random() < 0.5
            t, c = (vary(rng, title_), vary(rng, cta)) if v else (title_, cta)
            url = "https://promo.example/%s?utm_source=art&amp;utm_campaign=c%d" % (plang, rng.randrange(99) if v else 1)
            raw_extra[pi] += promo_html(rng, shape, t, c, url)
            noise["promo"].append({"variant": v, "shape": shape, "lang": plang, "parts": [t.strip(), c.strip()]})
    else:
        kind = rng.choice(list(BOXES))
        blang = rng.choice(list(BOXES[kind]))
        box_html, parts = BOXES[kind][blang](rng)
        pi = rng.randrange(1, len(paras))
        raw_extra[pi - 1] += box_html
        noise["promo"].append({"variant": False, "shape": "box-" + kind, "lang": blang, "parts": parts})
    # html
    body = ["<p>%s</p>%s" % (h, raw_extra[pi]) for pi, h in enumerate(render_paragraphs(text, noise))]
    html_doc = TEMPLATES[tpl](lang, esc(title), "\n".join(body))
    return html_doc, {"clean": "\n".join(paras), "noise": noise, "template": tpl, "lang": lang}


def t_html5(lang, title, body):
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            '<header><nav><a href="/">Home</a> <a href="/a">A</a> <a href="/b">B</a></nav></header>'
            f'<main><article><h1>{title}</h1>{body}</article></main>'
            '<footer><p>© 2026 Example Media</p></footer></body></html>')


def t_divs(lang, title, body):
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            '<div class="top"><div class="menu"><a href="/">Start</a> | <a href="/x">X</a></div></div>'
            f'<div class="wrap"><div class="col-main"><div class="post"><div class="post-title">{title}</div>'
            f'<div class="post-body">{body}</div></div></div>'
            '<div class="col-side"><div class="widget"><a href="/1">Popular one</a><br><a href="/2">Popular two</a>'
            '</div></div></div><div class="bottom">Impressum</div></body></html>')


def t_table(lang, title, body):
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            '<table width="100%"><tr><td colspan="2"><a href="/">Index</a></td></tr><tr>'
            '<td width="20%"><a href="/s1">Section one</a><br><a href="/s2">Section two</a></td>'
            f'<td><h2>{title}</h2>{body}</td></tr><tr><td colspan="2">Contact</td></tr></table></body></html>')


TEMPLATES = {"html5": t_html5, "divs": t_divs, "table": t_table}


def make_page(rng, n):
    art = ARTICLES[n % len(ARTICLES)]
    tpl = rng.choice(list(TEMPLATES))
    pid = "r55-%03d-%s" % (n, art["lang"])
    return (pid, *page(rng, pid, art, tpl))


if __name__ == "__main__":
    write_round("round55", 60, 55, make_page, __doc__)
