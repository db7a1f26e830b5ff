#!/usr/bin/env python3
"""A fresh noise round (stop 59): own article texts in 12 languages no earlier round wrote an article in (mr te ml
my km mn uz ha yo zu sq mk), six page templates the earlier rounds did not have (a government notice with a list of
PDF forms; a university news page with a contacts aside; a local classifieds post in a table layout; a podcast
episode page with a player and an episode list; a museum object page with a data list of the object's record; a
sports match report with a score table and standings), promo shapes of their own (a poll box, a "Most read"
numbered list inside the article, an event-ticket box, a coupon-code box, a book plug after the article, a
"Sponsored" native card repeated, a sticky "related video" caption), garbage (WordPress shortcodes, Liquid tags,
Markdown images, inline LaTeX, CSS-in-JS class hashes, ANSI colour codes without their escape byte, e-mail
headers, PHP fatal errors, Go goroutine traces, emoji shortcodes, font data URIs, quoted-printable, access-log
lines, Dockerfile lines), Unicode damage (UTF-8 read as cp1250, cp1253 and cp1258; percent-encoded UTF-8 in
words; HTML entities without their ";"; a BOM, a non-character or a tag character inside a word; a line or
paragraph separator between words; NFD letters in Yoruba) and residue ("Advertisement" and "Continue reading
below" in the page's language, "N hours ago" and "1.2K shares" floating alone, photo credits glued to a sentence,
"Click to enlarge" under a figure, citation markers of other shapes: ⁽2⁾ (2) [a] [[2]] {2} <2>).

usage: gen_noise_round59.py OUT [--pages N] [--seed S]
"""
import html.entities, os, sys, unicodedata, urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from noise59_pool import (ARTICLES, POLL, MOST_READ, MOST_READ_ITEMS, TICKET, COUPON, BOOK, NATIVE, VIDEO, GARBAGE,
                          ADV, CONTINUE, AGO, ENLARGE, SHARES, PHOTO, AGENCIES, CITE_SHAPES)
from noise_round_pages import damage_one_word, esc, mark_residue, new_noise, place_garbage, render_paragraphs, write_round

ENTITY_OF = {chr(cp): name for cp, name in html.entities.codepoint2name.items() if cp > 127}


def damage(rng, kind, word):
    """(damaged, marks) or None when the word cannot take this damage"""
    if kind.startswith("utf8-as-"):
        try:
            d = word.encode("utf-8").decode(kind[len("utf8-as-"):])
        except (UnicodeDecodeError, UnicodeEncodeError):
            return None
        if d == word or word.isascii() or any(unicodedata.category(c) == "Cc" for c in d):
            return None
        return d, {d[:2]: 1}
    if kind == "percent":
        if word.isascii():
            return None
        d = "".join(urllib.parse.quote(c) if ord(c) > 127 else c for c in word)
        return d, {"%": 1}
    if kind == "entity-nosemi":
        if not any(c in ENTITY_OF for c in word) or any(ord(c) > 127 and c not in ENTITY_OF for c in word):
            return None
        d = "".join("&" + ENTITY_OF[c] if c in ENTITY_OF else c for c in word)
        return d, {"&": 1}
    if kind in ("bom", "nonchar", "tagchar"):
        if len(word) < 4:
            return None
        p = rng.randrange(1, len(word) - 1)
        ins = {"bom": "\ufeff", "nonchar": rng.choice(["\ufdd0", "\ufdef", "\uffff"]),
               "tagchar": "".join(chr(0xE0000 + ord(c)) for c in rng.choice(["en", "x", "us"]))}[kind]
        return word[:p] + ins + word[p:], {ins[0]: 1}
    if kind == "nfd":
        d = unicodedata.normalize("NFD", word)
        return (d, {"\u0301": 1} if "\u0301" in d else {d[1:3]: 1}) if d != word else None
    raise ValueError(kind)


UKINDS = {
    "mr": ["utf8-as-cp1250", "utf8-as-cp1258", "percent", "bom"],
    "te": ["utf8-as-cp1253", "percent", "nonchar", "utf8-as-cp1250"],
    "ml": ["utf8-as-cp1258", "bom", "tagchar", "utf8-as-cp1253"],
    "my": ["percent", "bom", "nonchar", "utf8-as-cp1250"],
    "km": ["utf8-as-cp1258", "percent", "tagchar", "nonchar"],
    "mn": ["utf8-as-cp1250", "utf8-as-cp1253", "percent", "bom"],
    "uz": ["utf8-as-cp1250", "entity-nosemi", "utf8-as-cp1258", "bom"],
    "ha": ["utf8-as-cp1250", "utf8-as-cp1258", "percent", "nonchar"],
    "yo": ["nfd", "nfd", "utf8-as-cp1250", "entity-nosemi", "percent"],
    "zu": ["bom", "nonchar", "tagchar"],
    "sq": ["entity-nosemi", "utf8-as-cp1250", "utf8-as-cp1253", "percent"],
    "mk": ["utf8-as-cp1250", "utf8-as-cp1258", "bom", "percent"],
}
ENDS = ".।။។"


def words_of(t):
    return [w.strip(".,;:!?«»\"()'’।။។") for w in t.split()]


def add_separator(rng, text, noise, pi):
    """a line or paragraph separator in place of the space between two words"""
    sp = [i for i, c in enumerate(text[pi]) if c == " "]
    if not sp:
        return
    i = rng.choice(sp)
    sep = rng.choice(["\u2028", "\u2029"])
    a, b = text[pi][:i].split()[-1], text[pi][i + 1:].split()[0]
    text[pi] = text[pi][:i] + sep + text[pi][i + 1:]
    noise["unicode"].append({"kind": "linesep", "damaged": [a + sep + b], "original": [a, b], "marks": {sep: 1}})


def inline_residue(rng, lang, text, noise, pi):
    t = text[pi]
    ends = [i for i, c in enumerate(t) if c in ENDS and i > 3 and t[i - 1].isalpha()]
    if not ends:
        return
    i = rng.choice(ends)
    word = t[:i].split()[-1]
    if rng.random() < .5:
        lab = PHOTO[lang] + " " + rng.choice(AGENCIES)
        mark_residue(text, pi, i + 1, noise, "photo-credit", lab, '<span class="credit">%s</span>' % esc(lab), [lab])
    else:
        n = rng.randrange(1, 9)
        m = rng.choice(CITE_SHAPES).format(n=n, a="abcdefgh"[n - 1])
        mark_residue(text, pi, i, noise, "cite-shape", m, '<sup class="ref">%s</sup>' % esc(m), [word + m])


def floating_residue(rng, lang, noise):
    """residue standing alone between paragraphs: (raw html)"""
    k = rng.choice(["adv", "continue", "ago", "shares", "enlarge"])
    if k == "adv":
        lab = ADV[lang] if rng.random() < .7 else ADV["en"]
        raw = f'<div class="ad-slot"><span class="ad-label">{esc(lab)}</span><div id="div-gpt-ad-{rng.randrange(99)}"></div></div>'
    elif k == "continue":
        lab = CONTINUE[lang] if rng.random() < .7 else CONTINUE["en"]
        raw = f'<div class="inline-ad"><p class="continue">{esc(lab)}</p><div class="ad"></div></div>'
    elif k == "ago":
        lab = AGO[lang].format(n=rng.randrange(2, 12))
        raw = f'<span class="time-ago">{esc(lab)}</span>'
    elif k == "shares":
        lab = SHARES.get(lang, SHARES["en"]).format(k="%d.%d" % (rng.randrange(1, 9), rng.randrange(10)))
        raw = f'<div class="share-count">{esc(lab)}</div>'
    else:
        lab = ENLARGE.get(lang, ENLARGE["en"])
        raw = f'<a class="zoom" href="/img/{rng.randrange(999)}-large.jpg"><img src="/img/s.jpg" alt=""><span>{esc(lab)}</span></a>'
    noise["residue"].append({"kind": k, "text": lab, "raw": "", "parts": [lab]})
    return raw


def pick(d, lang):
    return (lang, d[lang]) if lang in d else ("en", d["en"])


def promo_blocks(rng, lang, noise, n):
    """(inside-article blocks, after-article html) for the page's promo shapes"""
    shapes = rng.sample(["poll", "mostread", "ticket", "coupon", "book", "native", "video"], 2)
    inside, after = [], ""
    for s in shapes:
        if s == "poll":
            pl, (q, cta) = pick(POLL, lang)
            inside.append(f'<div class="poll-widget"><p class="poll-q">{esc(q)}</p><form><label><input type="radio" name="v"> ✔</label>'
                          f'<label><input type="radio" name="v"> ✘</label><button type="submit">{esc(cta)}</button></form></div>')
            parts = [q, cta]
        elif s == "mostread":
            pl, lab = pick(MOST_READ, lang)
            items = "".join(f'<li><a href="/n/{n}{k}">{esc(t)}</a></li>' for k, t in enumerate(MOST_READ_ITEMS))
            inside.append(f'<div class="most-read"><h4>{esc(lab)}</h4><ol>{items}</ol></div>')
            parts = [MOST_READ_ITEMS[0], MOST_READ_ITEMS[3]]
        elif s == "ticket":
            pl, (t, cta) = pick(TICKET, lang)
            inside.append(f'<div class="event-box"><span class="ev-icon">🎟</span><p>{esc(t)}</p><a class="btn" href="https://tickets.example/e/{n}">{esc(cta)}</a></div>')
            parts = [t, cta]
        elif s == "coupon":
            pl, (t, cta) = pick(COUPON, lang)
            inside.append(f'<div class="coupon"><p>{esc(t)}</p><code>VILLAGE20</code><button class="copy">{esc(cta)}</button></div>')
            parts = [t, cta]
        elif s == "book":
            pl, (t, cta) = pick(BOOK, lang)
            after += f'<aside class="author-book"><img src="/b/{n}.jpg" alt=""><p>{esc(t)}</p><a href="https://books.example/{n}">{esc(cta)} →</a></aside>'
            parts = [t, cta]
        elif s == "native":
            pl, (lab, heads) = pick(NATIVE, lang)
            for k, h in enumerate(heads):
                inside.append(f'<div class="native-card"><a href="https://ads.example/c/{n}{k}"><img src="/ad/{k}.jpg" alt="">'
                              f'<span class="nc-label">{esc(lab)}</span><span class="nc-title">{esc(h)}</span></a></div>')
                noise["promo"].append({"variant": k > 0, "shape": s, "lang": pl, "parts": [h]})
            continue
        else:
            pl, cap = pick(VIDEO, lang)
            inside.append(f'<div class="sticky-video" data-sticky="true"><video src="/v/{n}.mp4" muted></video>'
                          f'<p class="sv-caption">▶ {esc(cap)}</p><button class="sv-close">×</button></div>')
            parts = [cap]
        noise["promo"].append({"variant": False, "shape": s, "lang": pl, "parts": parts})
    return inside, after


def page_html(rng, tpl, art, n):
    lang, title, paras, heads = art["lang"], art["title"], list(art["paras"]), list(art["heads"])
    noise, text, raw_extra = new_noise(), list(paras), [""] * len(paras)
    for pi in rng.sample(range(len(paras)), rng.randint(2, 4)):
        damage_one_word(rng, text, pi, words_of(text[pi]), rng.choice(UKINDS[lang]), damage, noise)
    if rng.random() < .4:
        add_separator(rng, text, noise, rng.randrange(len(text)))
    for pi in rng.sample(range(len(paras)), rng.randint(1, 2)):
        inline_residue(rng, lang, text, noise, pi)
    for _ in range(rng.randint(1, 3)):
        shape, frag = rng.choice(GARBAGE)
        place_garbage(rng, text, raw_extra, noise, rng.randrange(len(text)), shape, frag(rng),
                      rng.choice(["end", "middle", "line"]))
    for pi in rng.sample(range(len(paras) - 1), rng.randint(1, 2)):
        raw_extra[pi] += floating_residue(rng, lang, noise)
    inside, after = promo_blocks(rng, lang, noise, n)
    for blk, pi in zip(inside, rng.sample(range(len(paras) - 1), len(inside))):
        raw_extra[pi] += blk
    blocks = list(zip(render_paragraphs(text, noise), raw_extra))
    clean = [heads[0]] + paras[:3] + [heads[1]] + paras[3:]
    doc = TEMPLATES[tpl](lang, esc(title), blocks, [esc(h) for h in heads], after, n)
    return doc, {"clean": "\n".join(clean), "noise": noise, "template": tpl, "lang": lang}


def body_of(blocks, heads, wrap=lambda p: f"<p>{p}</p>", head=lambda h: f"<h2>{h}</h2>"):
    out = head(heads[0])
    for i, (p, extra) in enumerate(blocks):
        if i == 3:
            out += head(heads[1])
        out += wrap(p) + extra
    return out


def t_govnotice(lang, title, blocks, heads, after, n):
    forms = "".join(f'<li><a href="/files/form-{n}-{k}.pdf">📄 {k + 1}-{n}.pdf</a> <span class="meta">PDF · {k + 2}00 KB</span></li>' for k in range(4))
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | gov</title></head><body>'
            '<div class="gov-banner">🏛 .gov</div><header class="govuk-header"><a href="/">⌂</a><nav><ul><li><a href="/s">1</a></li>'
            '<li><a href="/t">2</a></li></ul></nav></header><div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content">'
            f'<span class="govuk-caption-l">№ {n}/2026</span><h1 class="govuk-heading-xl">{title}</h1>'
            f'<div class="govuk-body">{body_of(blocks, heads)}</div>{after}'
            f'<section class="attachments"><h2>📎</h2><ul class="govuk-list">{forms}</ul></section>'
            f'<p class="updated">2026-11-{n % 20 + 1:02d}</p></main></div><footer class="govuk-footer">© Crown 2026</footer></body></html>')


def t_uninews(lang, title, blocks, heads, after, n):
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} - University</title></head><body>'
            '<div class="top"><div class="logo"><a href="/">🎓</a></div><div class="menu"><a href="/study">1</a> <a href="/research">2</a>'
            ' <a href="/news">3</a></div></div><div class="wrap"><div class="left">'
            f'<div class="newsdate">{n % 28 + 1}.11.2026</div><div class="newstitle"><h1>{title}</h1></div>'
            f'<div class="newsbody">{body_of(blocks, heads, head=lambda h: f"<h3>{h}</h3>")}</div>{after}</div>'
            '<div class="right"><div class="box"><b>✉</b><br>press@uni.example<br>☎ +1 555 0100</div>'
            f'<div class="box"><a href="/news/{n - 1}">‹</a> <a href="/news/{n + 1}">›</a></div></div></div>'
            '<div class="bottom">© University 2026</div></body></html>')


def t_classified(lang, title, blocks, heads, after, n):
    return (f'<html><head><meta charset="utf-8"><title>{title} - classifieds #{n}</title></head><body>'
            '<table width="100%" cellpadding="4"><tr><td colspan="3" class="hdr"><a href="/">📌 Board</a> | <a href="/post">+</a></td></tr>'
            '<tr><td width="18%" valign="top" class="cats"><a href="/c/1">1</a><br><a href="/c/2">2</a><br><a href="/c/3">3</a></td>'
            f'<td valign="top"><table class="ad" cellpadding="2"><tr><td><b>#{n}</b> · 💶 {n * 10} · 📍</td></tr>'
            f'<tr><td><h2>{title}</h2></td></tr><tr><td>{body_of(blocks, heads, head=lambda h: f"<b>{h}</b><br>")}</td></tr></table>{after}'
            '<p><a href="/reply">✉ →</a> <a href="/flag">⚑</a></p></td>'
            '<td width="18%" valign="top"><div class="ads">▢</div></td></tr></table></body></html>')


def t_podcast(lang, title, blocks, heads, after, n):
    eps = "".join(f'<li class="episode"><a href="/ep/{n - k}">#{n - k}</a> <span>{30 + k}:00</span></li>' for k in range(1, 5))
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>#{n} {title} · Podcast</title></head><body>'
            '<header><a href="/">🎙</a><nav><a href="/episodes">☰</a> <a href="/subscribe">RSS</a></nav></header><main>'
            f'<section class="episode-hero"><h1>#{n}: {title}</h1><div class="player"><audio controls src="/a/{n}.mp3"></audio>'
            f'<span class="dur">4{n % 10}:12</span><button>1×</button><button>⤓</button></div></section>'
            f'<section class="show-notes">{body_of(blocks, heads)}</section>{after}'
            f'<aside class="more-episodes"><h3>⟲</h3><ul>{eps}</ul></aside></main>'
            '<footer>Apple · Spotify · RSS</footer></body></html>')


def t_museum(lang, title, blocks, heads, after, n):
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} — Collection</title></head><body>'
            '<nav class="museum-nav"><a href="/">🏛</a> <a href="/collection">▦</a> <a href="/visit">⌖</a></nav>'
            f'<article class="object"><div class="object-image"><img src="/obj/{n}.jpg" alt=""><button>⛶</button></div>'
            f'<h1 class="object-title">{title}</h1><dl class="object-record"><dt>Inv.</dt><dd>{1900 + n}.{n % 7}</dd>'
            f'<dt>⌀</dt><dd>{20 + n} cm</dd><dt>⌛</dt><dd>c. 18{n % 10}0</dd></dl>'
            f'<div class="object-text">{body_of(blocks, heads)}</div>{after}</article>'
            f'<section class="related-objects"><a href="/obj/{n + 1}"><img src="/obj/{n + 1}.jpg" alt=""></a>'
            f'<a href="/obj/{n + 2}"><img src="/obj/{n + 2}.jpg" alt=""></a></section>'
            '<footer>© Museum 2026 · CC BY-NC</footer></body></html>')


def t_match(lang, title, blocks, heads, after, n):
    score = (f'<table class="scoreboard"><tr><th></th><th>1</th><th>2</th><th>Σ</th></tr><tr><td>A</td><td>{n % 3}</td>'
             f'<td>{n % 2}</td><td>{n % 3 + n % 2}</td></tr><tr><td>B</td><td>1</td><td>0</td><td>1</td></tr></table>')
    table = "".join(f'<tr><td>{k}</td><td>FC {chr(65 + k)}</td><td>{20 - k}</td></tr>' for k in range(1, 7))
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Sport</title></head><body>'
            '<div id="hdr"><a href="/">⚽</a> <a href="/live">● LIVE</a></div><div id="main"><div id="story">'
            f'{score}<h1>{title}</h1><div class="when">{n % 28 + 1}.10.2026 · 19:30</div>'
            f'<div class="story-body">{body_of(blocks, heads)}</div>{after}</div>'
            f'<div id="side"><table class="standings"><tr><th>#</th><th>⚑</th><th>P</th></tr>{table}</table></div></div>'
            '<div id="ftr">© Sport 2026</div></body></html>')


TEMPLATES = {"govnotice": t_govnotice, "uninews": t_uninews, "classified": t_classified, "podcast": t_podcast,
             "museum": t_museum, "match": t_match}


def make_page(rng, n):
    art = ARTICLES[n % len(ARTICLES)]
    tpl = list(TEMPLATES)[(n // len(ARTICLES) + n) % len(TEMPLATES)]
    doc, entry = page_html(rng, tpl, art, n)
    return "r59-%03d-%s" % (n, art["lang"]), doc, entry


if __name__ == "__main__":
    write_round("round59", 72, 59, make_page, __doc__)
