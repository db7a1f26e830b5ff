"""Page assembly shared by the noise-round generators (gen_noise_round55.py, gen_noise_round56.py):
a word damaged once, residue marked in a paragraph and put back as markup, garbage placed at an end,
in the middle, glued or as a line of its own, the paragraphs escaped, and a round written out as
OUT/html/ID.html and OUT/manifest.json in the format of shared/eval/noise/score.py.

Each helper draws from the round's random generator in the order the generators always did, so a
seed writes the same pages as before."""
import argparse, html, json, os

NOISE_KINDS = ("promo", "garbage", "unicode", "residue")


def esc(s):
    return html.escape(s, quote=False)


def new_noise():
    return {k: [] for k in NOISE_KINDS}


def damage_one_word(rng, text, pi, words, kind, damage, noise):
    """Damages the first of the shuffled words that occurs once in paragraph pi and can take the damage
    (damage(rng, kind, word) -> (damaged, marks) or None); records it. Returns whether one was."""
    rng.shuffle(words)
    for w in words:
        if len(w) < 3 or w not in text[pi] or text[pi].count(w) != 1:
            continue
        r = damage(rng, kind, w)
        if r is None:
            continue
        d, marks = r
        text[pi] = text[pi].replace(w, d, 1)
        noise["unicode"].append({"kind": kind, "damaged": [d], "original": [w], "marks": marks})
        return True
    return False


def mark_residue(text, pi, i, noise, kind, label, raw, parts):
    """Marks residue at offset i of paragraph pi; render_paragraphs puts its raw markup there."""
    t = text[pi]
    text[pi] = t[:i] + "\x01%d\x01" % len(noise["residue"]) + t[i:]
    noise["residue"].append({"kind": kind, "text": label, "raw": raw, "parts": parts})


def place_garbage(rng, text, raw_extra, noise, pi, shape, frag, where, middle_cuts=" ", glued_cuts="、，。 "):
    """Puts a garbage fragment into paragraph pi: at its end, glued at a clause break, in its middle
    (at the middle one of its middle_cuts), or as a paragraph of its own after it; records it."""
    parts = [x for x in frag.split(" ") if len(x) >= 4][:3] or [frag]
    if where == "end":
        text[pi] = text[pi] + rng.choice(["", " "]) + frag
    elif where == "glued":
        cut = [i for i, c in enumerate(text[pi]) if c in glued_cuts] or [len(text[pi])]
        i = rng.choice(cut)
        text[pi] = text[pi][:i] + frag + text[pi][i:]
    elif where == "middle":
        sp = [i for i, c in enumerate(text[pi]) if c in middle_cuts] or [len(text[pi]) // 2]
        i = sp[len(sp) // 2]
        text[pi] = text[pi][:i] + " " + frag + text[pi][i:]
    else:
        raw_extra[pi] += "<p>%s</p>" % esc(frag)
    noise["garbage"].append({"shape": shape, "text": frag, "where": where, "parts": parts})


def render_paragraphs(text, noise):
    """Each paragraph escaped with its residue markup in place; the manifest keeps no raw markup."""
    out = []
    for t in text:
        h = esc(t)
        for ri, r in enumerate(noise["residue"]):
            h = h.replace("\x01%d\x01" % ri, r["raw"])
        out.append(h)
    for r in noise["residue"]:
        r.pop("raw")
    return out


def write_round(pool, pages_default, seed_default, make_page, doc=None):
    """The command line of a generator: OUT [--pages N] [--seed S]. make_page(rng, n) -> (page id,
    html, manifest entry), called for n = 0, 1, … with one generator seeded once."""
    import random
    ap = argparse.ArgumentParser(description=doc)
    ap.add_argument("out")
    ap.add_argument("--pages", type=int, default=pages_default)
    ap.add_argument("--seed", type=int, default=seed_default)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(os.path.join(a.out, "html"), exist_ok=True)
    pages = {}
    for n in range(a.pages):
        pid, page_html, entry = make_page(rng, n)
        with open(os.path.join(a.out, "html", pid + ".html"), "w", encoding="utf-8") as f:
            f.write(page_html)
        pages[pid] = entry
    with open(os.path.join(a.out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump({"pool": pool, "pages": pages}, f, ensure_ascii=False, indent=1)
    print("%d pages" % len(pages), {c: sum(len(p["noise"][c]) for p in pages.values()) for c in NOISE_KINDS})
