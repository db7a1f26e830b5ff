#!/usr/bin/env python3
"""A fresh noise round (stop 62), held out: own article texts in 12 languages no earlier round wrote an article in
(nb eo ku ht mi tt ug yi bo or jv oc), each with two headings and a three-item list; six page templates the earlier
rounds did not have (an e-mail saved as HTML by a desktop mail client, with a header block and a quoted reply; a
Q&A site question with a voted answer; a hobbyist's old homepage with a hit counter and a webring; a messenger
channel's web preview of one long post; a public consultation page with a response deadline box; an e-learning
lesson page with a progress bar and a lesson outline); promo shapes of their own (a referral "invite a friend"
box, a crowdfunding progress box, a live-chat greeting bubble, an "upgrade to Pro" limit nag, a "vote for us"
awards box, a gift-card plug); garbage (BBCode, MediaWiki template calls, RTF control words, vCard and iCalendar
lines, NMEA sentences, G-code, reStructuredText directives, Org-mode keywords, PGP armour headers, lorem ipsum,
Mermaid graphs, EDIFACT segments, ABC music notation, chess PGN); Unicode damage (UTF-8 read as Mac Latin-2,
Mac Icelandic, Mac Turkish, cp737, cp860, cp862, cp863, cp865, cp869, cp720, cp1125, KZ-1048, PTCP154; UTF-7 left
in a word; C octal and \\x hex byte escapes; small-capital, circled and struck-through "fancy text" letters; PDF
ligatures and PDF line-end hyphenation; private-use glyphs of legacy Indic/Tibetan fonts; tatweel stretching;
Hebrew in visual (reversed) order; the Esperanto x-system; Maori macrons typed as diaereses; Norwegian in 7-bit
ISO 646) and residue ("Sent from my iPhone", "[Message clipped] View entire message", "Forwarded from …",
"Pinned message", view counts, "Was this page helpful? Yes / No", "Report abuse", "Show more ▾", "Automatically
translated · Show original", edit notices, "Mark as complete", chat read ticks glued to a sentence), labels in
the page's language where written.

usage: gen_noise_round62.py OUT [--pages N] [--seed S]
"""
import os, sys, unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from noise62_pool import (ARTICLES, REFERRAL, CROWDFUND, CHATBOT, UPGRADE, AWARDS, GIFTCARD, SENT_FROM, CLIPPED,
                          FORWARDED, PINNED, VIEWS, HELPFUL, REPORT, SHOWMORE, TRANSLATED, EDITED, COMPLETE, CHANNELS,
                          USERS, GARBAGE)
from noise_round_pages import damage_one_word, esc, new_noise, place_garbage, render_paragraphs, write_round

SMALLCAPS = dict(zip("abcdefghijklmnoprstuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ"))
LIGS = [("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02"), ("st", "\ufb06")]
ISO646 = {"æ": "{", "ø": "|", "å": "}", "Æ": "[", "Ø": "\\", "Å": "]"}
XSYS = {"ĉ": "cx", "ĝ": "gx", "ĥ": "hx", "ĵ": "jx", "ŝ": "sx", "ŭ": "ux", "Ĉ": "Cx", "Ĝ": "Gx", "Ŝ": "Sx"}
MACRON = {"ā": "ä", "ē": "ë", "ī": "ï", "ō": "ö", "ū": "ü", "Ā": "Ä"}
ARABIC_JOIN = set("بپتثجچحخسشصضطظعغفقكگڭلمنھېيئ")


def damage(rng, kind, word):
    """(damaged, marks) or None when the word cannot take this damage"""
    if kind.startswith("mojibake-"):
        try:
            d = word.encode("utf-8").decode(kind[9:])
        except (UnicodeDecodeError, UnicodeEncodeError):
            return None
        if d == word or word.isascii() or any(unicodedata.category(c) in ("Cc", "Cn") for c in d):
            return None
        return d, {d[:2]: 1}
    if kind == "utf7":
        if word.isascii():
            return None
        d = word.encode("utf-7").decode("ascii")
        i = d.index("+")
        return d, {d[i:i + 3]: 1}
    if kind in ("octal-esc", "hex-esc"):
        if word.isascii():
            return None
        f = (lambda b: "\\%03o" % b) if kind == "octal-esc" else (lambda b: "\\x%02x" % b)
        d = "".join(c if ord(c) < 128 else "".join(f(b) for b in c.encode("utf-8")) for c in word)
        return d, {"\\x" if kind == "hex-esc" else "\\3" if "\\3" in d else "\\2": 1}
    if kind == "smallcaps":
        if len(word) < 4 or not all(c.lower() in SMALLCAPS for c in word if c.isascii()):
            return None
        d = "".join(SMALLCAPS.get(c.lower(), c) if c.isascii() else c for c in word)
        return (d, {next(c for c in d if c in SMALLCAPS.values()): 1}) if d != word else None
    if kind == "circled":
        if not any("a" <= c.lower() <= "z" for c in word):
            return None
        d = "".join(chr(0x24D0 + ord(c.lower()) - 97) if "a" <= c.lower() <= "z" else c for c in word)
        return d, {next(c for c in d if 0x24D0 <= ord(c) <= 0x24E9): 1}
    if kind == "strike":
        if len(word) < 4:
            return None
        return "".join(c + "\u0336" for c in word), {"\u0336": 1}
    if kind == "ligature":
        for a, b in LIGS:
            if a in word:
                d = word.replace(a, b, 1)
                return d, {b: 1}
        return None
    if kind == "pdf-hyphen":
        if len(word) < 7 or not word.isalpha():
            return None
        i = len(word) // 2
        return word[:i] + "- " + word[i:], {}
    if kind == "pua":
        idx = [i for i, c in enumerate(word) if ord(c) > 0x900]
        if len(word) < 3 or not idx:
            return None
        i = rng.choice(idx)
        p = chr(0xF000 + (ord(word[i]) & 0xFF))
        return word[:i] + p + word[i + 1:], {p: 1}
    if kind == "tatweel":
        idx = [i for i, c in enumerate(word[:-1]) if c in ARABIC_JOIN and word[i + 1] in ARABIC_JOIN]
        if not idx:
            return None
        i = rng.choice(idx) + 1
        return word[:i] + "\u0640" * rng.randint(2, 4) + word[i:], {"\u0640": 1}
    if kind == "visual-hebrew":
        if len(word) < 4 or word[::-1] == word:
            return None
        return word[::-1], {}
    if kind in ("iso646", "xsystem", "macron-diaeresis"):
        table = {"iso646": ISO646, "xsystem": XSYS, "macron-diaeresis": MACRON}[kind]
        if not any(c in table for c in word):
            return None
        d = "".join(table.get(c, c) for c in word)
        return d, ({} if kind == "xsystem" else {next(table[c] for c in word if c in table): 1})
    raise ValueError(kind)


UKINDS = {
    "nb": ["iso646", "iso646", "mojibake-cp865", "mojibake-mac_iceland", "ligature", "smallcaps", "pdf-hyphen"],
    "eo": ["xsystem", "xsystem", "mojibake-mac_latin2", "utf7", "circled", "pdf-hyphen"],
    "ku": ["mojibake-mac_turkish", "utf7", "octal-esc", "smallcaps", "strike"],
    "ht": ["mojibake-cp863", "mojibake-cp860", "hex-esc", "circled", "pdf-hyphen"],
    "mi": ["macron-diaeresis", "macron-diaeresis", "mojibake-mac_iceland", "strike", "smallcaps"],
    "tt": ["mojibake-kz1048", "mojibake-ptcp154", "mojibake-cp1125", "octal-esc", "hex-esc"],
    "ug": ["tatweel", "tatweel", "mojibake-cp720", "utf7", "hex-esc"],
    "yi": ["visual-hebrew", "visual-hebrew", "mojibake-cp862", "octal-esc", "utf7"],
    "bo": ["pua", "pua", "mojibake-cp737", "hex-esc", "utf7"],
    "or": ["pua", "pua", "mojibake-cp869", "octal-esc", "utf7"],
    "jv": ["pdf-hyphen", "ligature", "circled", "smallcaps", "strike"],
    "oc": ["mojibake-mac_latin2", "mojibake-cp860", "ligature", "circled", "octal-esc"],
}
RTL = {"ug", "yi"}
NOSPACE = {"bo"}


def words_of(t):
    return [w.strip(".,;:!?()'\"«»\u061f\u060c\u0964\u0f0d") for w in t.split()]


def L(d, lang):
    return d.get(lang, d["en"])


def res(noise, kind, lab, raw):
    noise["residue"].append({"kind": kind, "text": lab, "raw": "", "parts": [lab]})
    return raw


def floating_residue(rng, lang, noise, n):
    """residue standing alone between paragraphs: (raw html)"""
    k = rng.choice(["helpful", "report", "showmore", "translated", "edited", "views"])
    if k == "helpful":
        lab = L(HELPFUL, lang)
        q, yn = lab.rsplit("? ", 1)
        y, no = yn.split(" / ")
        raw = (f'<div class="feedback" data-track="helpful"><span>{esc(q)}? </span><button class="fb-yes">{esc(y)}</button>'
               f' / <button class="fb-no">{esc(no)}</button></div>')
    elif k == "report":
        lab = L(REPORT, lang)
        raw = f'<div class="post-tools"><a class="report-link" href="/report?p={n}" rel="nofollow">⚑ {esc(lab)}</a></div>'
    elif k == "showmore":
        lab = L(SHOWMORE, lang)
        raw = f'<button class="expander" aria-expanded="false">{esc(lab)}</button>'
    elif k == "translated":
        lab = L(TRANSLATED, lang)
        a, b = lab.split(" · ")
        raw = f'<div class="mt-note"><small>{esc(a)} · <a href="?orig=1">{esc(b)}</a></small></div>'
    elif k == "edited":
        lab = L(EDITED, lang).format(u=rng.choice(USERS), k=rng.randint(2, 6))
        raw = f'<div class="edit-notice"><em>{esc(lab)}</em></div>'
    else:
        lab = VIEWS.format(k="%d.%d" % (rng.randrange(1, 40), rng.randrange(10)))
        raw = f'<span class="views" title="views">{esc(lab)}</span>'
    return res(noise, k, lab, raw)


def pick(d, lang):
    return (lang, d[lang]) if lang in d else ("en", d["en"])


def promo_blocks(rng, lang, noise, n):
    """(inside-article blocks, after-article html) for the page's promo shapes"""
    shapes = rng.sample(["referral", "crowdfund", "chatbot", "upgrade", "awards", "giftcard"], 2)
    inside, after = [], ""
    for s in shapes:
        if s == "referral":
            pl, (t, cta) = pick(REFERRAL, lang)
            inside.append(f'<div class="referral-box"><span class="gift">🤝</span><p>{esc(t)}</p><input readonly value="https://ex.example/r/u{n}x">'
                          f'<button data-copy="1">{esc(cta)}</button></div>')
        elif s == "crowdfund":
            pl, (t, cta) = pick(CROWDFUND, lang)
            inside.append(f'<div class="campaign"><div class="bar"><div class="fill" style="width:73%"></div></div><p>{esc(t)}</p>'
                          f'<a class="back-btn" href="https://fund.example/p/{n}">{esc(cta)}</a></div>')
        elif s == "chatbot":
            pl, (t, cta) = pick(CHATBOT, lang)
            after += (f'<div class="chat-launcher" role="dialog"><div class="bubble"><img src="/agent.png" alt=""> 👋 {esc(t)}</div>'
                      f'<button class="chat-open">{esc(cta)}</button></div>')
        elif s == "upgrade":
            pl, (t, cta) = pick(UPGRADE, lang)
            inside.append(f'<div class="limit-nag"><strong>⚡ {esc(t)}</strong> <a href="/pricing?from=limit" class="btn-pro">{esc(cta)}</a></div>')
        elif s == "awards":
            pl, (t, cta) = pick(AWARDS, lang)
            inside.append(f'<div class="award-vote"><img src="/badge-2026.png" alt="🏆"><p>{esc(t)}</p><a href="https://awards.example/vote/{n}">{esc(cta)}</a></div>')
        else:
            pl, (t, cta) = pick(GIFTCARD, lang)
            after += f'<aside class="giftcard-plug"><img src="/gc.png" alt=""><p>🎁 {esc(t)}</p><a href="/shop/giftcard">{esc(cta)}</a></aside>'
        noise["promo"].append({"variant": False, "shape": s, "lang": pl, "parts": [t, cta]})
    return inside, after


def page_html(rng, tpl, art, n):
    lang, title, paras, heads, items = art["lang"], art["title"], list(art["paras"]), list(art["heads"]), list(art["items"])
    noise, text, raw_extra = new_noise(), list(paras), [""] * len(paras)
    for pi in rng.sample(range(len(paras)), rng.randint(2, 4)):
        damage_one_word(rng, text, pi, words_of(text[pi]), rng.choice(UKINDS[lang]), damage, noise)
    if rng.random() < .35:  # chat read ticks glued to a sentence end
        pi = rng.randrange(len(text))
        lab = "✓✓ %d:%02d" % (rng.randrange(7, 23), rng.randrange(60))
        text[pi] = text[pi] + " " + lab
        noise["residue"].append({"kind": "ticks", "text": lab, "raw": "", "parts": [lab]})
    for _ in range(rng.randint(1, 3)):
        shape, frag = rng.choice(GARBAGE)
        place_garbage(rng, text, raw_extra, noise, rng.randrange(len(text)), shape, frag(rng),
                      rng.choice(["end", "middle", "line"]))
    for pi in rng.sample(range(len(paras) - 1), rng.randint(1, 2)):
        raw_extra[pi] += floating_residue(rng, lang, noise, n)
    inside, after = promo_blocks(rng, lang, noise, n)
    for blk, pi in zip(inside, rng.sample(range(len(paras) - 1), len(inside))):
        raw_extra[pi] += blk
    blocks = list(zip(render_paragraphs(text, noise), raw_extra))
    clean = [heads[0]] + paras[:3] + [heads[1]] + paras[3:5] + items + paras[5:]
    doc = TEMPLATES[tpl](rng, lang, esc(title), blocks, [esc(h) for h in heads], [esc(i) for i in items], after, n, noise)
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
    return ' dir="rtl"' if lang in RTL else ""


def t_mailsave(rng, lang, title, blocks, heads, items, after, n, noise):
    sent = L(SENT_FROM, lang)
    res(noise, "sent-from", sent, "")
    clip = ""
    if rng.random() < .6:
        lab = CLIPPED["en"]
        clip = res(noise, "clipped", lab, f'<div class="clip"><span>[Message clipped]</span>&nbsp; <a href="/mail/u/0?view=lg&amp;msg={n:x}">View entire message</a></div>')
    mso = lambda p: f'<p class=MsoNormal>{p}<o:p></o:p></p>'
    return (f'<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8">'
            f'<title>{title}</title></head><body lang={lang.upper()} link="#0563C1"{_dir(lang)}><div class=WordSection1>'
            f'<div style="border:none;border-bottom:solid #E1E1E1 1.0pt;padding:0 0 3.0pt 0"><p class=MsoNormal><b>From:</b> kontakt{n}@mail.example<br>'
            f'<b>Sent:</b> {n % 28 + 1}. 11. 2026 09:{n % 60:02d}<br><b>To:</b> list@groups.example<br><b>Subject:</b> {title}</p></div>'
            f'<p class=MsoNormal><b><span style="font-size:14.0pt">{title}</span></b></p>'
            f'{body_of(blocks, heads, items, wrap=mso, head=lambda h: f"<p class=MsoNormal><b><u>{h}</u></b></p>", lst=lambda its: "".join(f"<p class=MsoListParagraph>·&nbsp;&nbsp;{i}</p>" for i in its))}'
            f'{after}<p class=MsoNormal><span style="color:gray">{esc(sent)}</span></p>'
            f'<blockquote style="border-left:solid #CCC 1.0pt;padding-left:6pt"><p class=MsoNormal>&gt; On {n % 28 + 1} Nov, list wrote:<br>&gt; ok, thanks</p></blockquote>'
            f'{clip}</div></body></html>')


def t_qa(rng, lang, title, blocks, heads, items, after, n, noise):
    return (f'<!DOCTYPE html><html lang="{lang}"{_dir(lang)}><head><meta charset="utf-8"><title>{title} - Q&amp;A</title></head><body>'
            '<header class="topbar"><a href="/">❓ Q&amp;A</a><input type="search" placeholder="🔍"><a href="/login">→]</a></header>'
            f'<div id="content"><div id="question-header"><h1><a href="/q/{n}">{title}</a></h1></div>'
            f'<div class="question"><div class="votecell"><button>▲</button><span>{n % 17 + 2}</span><button>▼</button></div>'
            f'<div class="postcell"><p>?</p><div class="post-taglist"><a class="post-tag" href="/t/a">a</a></div></div></div>'
            f'<div id="answers"><h2>{n % 4 + 1} ✎</h2><div class="answer accepted-answer"><div class="votecell"><button>▲</button>'
            f'<span>{n * 3 % 50 + 5}</span><button>▼</button><span class="check" title="accepted">✔</span></div>'
            f'<div class="answercell"><div class="s-prose js-post-body">{body_of(blocks, heads, items)}</div>'
            f'<div class="user-info">user{n}<span class="rep">{n * 97 % 9000}</span></div></div></div>{after}'
            f'<div class="answer"><div class="votecell"><span>1</span></div><div class="answercell"><div class="s-prose">+1</div></div></div></div></div>'
            '<div id="sidebar"><div class="hot">🔥</div></div><footer>cc by-sa</footer></body></html>')


def t_hobby(rng, lang, title, blocks, heads, items, after, n, noise):
    return (f'<html><head><meta charset="utf-8"><title>{title}</title></head>'
            '<body bgcolor="#000066" text="#FFFFCC" link="#66FFFF" background="/stars.gif"><center><img src="/construction.gif" alt="">'
            f'<font face="Comic Sans MS" size="6" color="#FFCC00">{title}</font><br><img src="/bar_rainbow.gif" alt=""></center>'
            '<table border="0" width="92%" align="center"><tr><td width="160" valign="top"><font size="2">'
            '<a href="/index.html">⌂</a><br><a href="/photos.html">📷</a><br><a href="/links.html">★</a><br><a href="/guestbook.html">✍</a></font></td>'
            f'<td valign="top"><font face="Verdana" size="2">{body_of(blocks, heads, items, head=lambda h: f"<p><font size=4 color=#FF9900><b>{h}</b></font></p>")}</font>{after}</td></tr></table>'
            f'<center><hr width="50%"><img src="/cgi-bin/counter.cgi?id={n}" alt="{10000 + n * 37}"> · '
            f'<a href="https://ring.example/prev?site={n}">&lt;&lt;</a> [ <a href="https://ring.example/">ring</a> ] <a href="https://ring.example/next?site={n}">&gt;&gt;</a>'
            '<br><font size="1">Best viewed with 800x600</font></center></body></html>')


def t_tgchannel(rng, lang, title, blocks, heads, items, after, n, noise):
    ch = rng.choice(CHANNELS)
    fwd = L(FORWARDED, lang).format(ch=ch)
    res(noise, "forwarded", fwd, "")
    pin = L(PINNED, lang)
    res(noise, "pinned", pin, "")
    views = VIEWS.format(k="%d.%d" % (rng.randrange(1, 40), rng.randrange(10)))
    res(noise, "views", views, "")
    msgs = "".join(f'<div class="tgme_widget_message"><div class="tgme_widget_message_text">#{n}-{k} 👍</div>'
                   f'<span class="tgme_widget_message_views">{k * 113}</span><time>{k + 8}:00</time></div>' for k in range(1, 4))
    return (f'<!DOCTYPE html><html lang="{lang}"{_dir(lang)}><head><meta charset="utf-8"><title>{ch} – Channel</title></head><body class="tgme_widget">'
            f'<header class="tgme_header"><img src="/ch.jpg" alt=""><div class="tgme_header_title">{esc(ch)}</div><div>{n * 41 % 9000} subscribers</div></header>'
            f'<section class="tgme_channel_history">{msgs}<div class="tgme_widget_message_pinned"><a href="#p">{esc(pin)}</a></div>'
            f'<div class="tgme_widget_message js-widget_message" data-post="{ch}/{n}"><div class="tgme_widget_message_forwarded_from">{esc(fwd)}</div>'
            f'<div class="tgme_widget_message_text js-message_text"><b>{title}</b><br><br>'
            f'{body_of(blocks, heads, items, wrap=lambda p: f"{p}<br><br>", head=lambda h: f"<b>{h}</b><br>", lst=lambda its: "".join(f"• {i}<br>" for i in its) + "<br>")}</div>'
            f'{after}<div class="tgme_widget_message_footer"><span class="tgme_widget_message_views">{esc(views)}</span> <time>edited 14:0{n % 10}</time></div></div></section>'
            '<footer><a href="https://t.example/s/x">Open in app</a></footer></body></html>')


def t_consult(rng, lang, title, blocks, heads, items, after, n, noise):
    return (f'<!DOCTYPE html><html lang="{lang}"{_dir(lang)}><head><meta charset="utf-8"><title>{title} — Public consultation</title></head><body>'
            '<div class="skip"></div><header class="site-header"><a class="logo" href="/">🏛</a><nav><a href="/consultations">☰</a> <a href="/en">EN</a></nav></header>'
            f'<main class="consultation"><div class="status-box"><span class="status open">● Open</span><dl><dt>⌛</dt><dd>2026-12-{n % 20 + 10}</dd>'
            f'<dt>Ref.</dt><dd>KONS-2026/{n:03d}</dd></dl><a class="button" href="/respond/{n}">✎ →</a></div>'
            f'<h1>{title}</h1><div class="consultation-description">{body_of(blocks, heads, items, lst=lambda its: "<ol class=questions>" + "".join(f"<li>{i}</li>" for i in its) + "</ol>")}</div>{after}'
            f'<section class="documents"><h2>📄</h2><ul><li><a href="/d/{n}-1.odt">ODT</a></li><li><a href="/d/{n}-2.pdf">PDF</a></li></ul></section></main>'
            '<footer>Regional Authority · Accessibility · Open data</footer></body></html>')


def t_lesson(rng, lang, title, blocks, heads, items, after, n, noise):
    lab = L(COMPLETE, lang)
    res(noise, "complete", lab, "")
    outline = "".join(f'<li class="{"done" if k < 3 else ""}"><a href="/course/{n}/l{k}">{k}. ▸</a></li>' for k in range(1, 7))
    return (f'<!DOCTYPE html><html lang="{lang}"{_dir(lang)}><head><meta charset="utf-8"><title>{title} | Course</title></head><body class="lms">'
            f'<nav class="course-nav"><a href="/dashboard">⌂</a> <div class="progress"><div class="progress-bar" style="width:{n * 7 % 90 + 5}%"></div></div>'
            f'<span>{n * 7 % 90 + 5}%</span></nav><div class="lms-layout"><aside class="lesson-outline"><ol>{outline}</ol></aside>'
            f'<main class="lesson"><div class="lesson-meta">⏱ {n % 15 + 5} min · 🎓</div><h1 class="lesson-title">{title}</h1>'
            f'<div class="lesson-content">{body_of(blocks, heads, items, head=lambda h: f"<h3>{h}</h3>")}</div>{after}'
            f'<div class="lesson-actions"><button class="mark-complete">{esc(lab)}</button> <a href="/course/{n}/quiz">✎ Quiz</a></div></main></div>'
            '<footer>© Academy · Help</footer></body></html>')


TEMPLATES = {"mailsave": t_mailsave, "qa": t_qa, "hobby": t_hobby, "tgchannel": t_tgchannel, "consult": t_consult,
             "lesson": t_lesson}


def make_page(rng, n):
    art = ARTICLES[n % len(ARTICLES)]
    tpl = list(TEMPLATES)[(n // len(ARTICLES) + n) % len(TEMPLATES)]
    doc, entry = page_html(rng, tpl, art, n)
    return "r62-%03d-%s" % (n, art["lang"]), doc, entry


if __name__ == "__main__":
    write_round("round62", 72, 62, make_page, __doc__)
