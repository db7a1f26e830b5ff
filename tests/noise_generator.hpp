// A seeded random noise generator for the property test (test_noise_property.cpp).
//
// It builds a page (HTML or plain text) from one of the articles in noise_articles.hpp and
// surrounds it with noise composed from grammars, not from phrase lists:
//  - promo boxes: random markup shape (one-row table, heading + span, dl, details/summary,
//    blockquote, aside, div with a button or a form, whole-bold paragraph, one-link paragraph),
//    words made of random syllables of a random script, shown one to four times at random
//    places; a box shown once always carries an action element (a link to another host, a
//    button, a form), since without one a box of foreign words is a foreign quotation;
//  - debris runs: UUIDs, hex and base64 dumps, log lines, paths with line numbers, query
//    strings, style rules, minified code, SQL, foreign-script fragments with counters (any
//    script but the article's), symbol runs from whole Unicode blocks, JSON, stack frames,
//    server warnings, tracking calls, id lists — each a random grammar (identifier styles,
//    lengths, cases, separators), placed between two words, glued to a word, on a line of its
//    own or in a block of its own;
//  - residue: footnote markers of many forms whose note is not in the page (ranges, lists,
//    full-width brackets, daggers too), and bracketed labels of one or two random words glued
//    after a link or a sentence (full-width brackets too).
//    Later grammars (from a third stream): statements of a made-up keyword language,
//    fragments in six more scripts, logger lines of other layouts; and (a fourth) shell
//    prompts, wiki and template markup, character references and percent escapes, network
//    addresses, key: value records. Box shapes added fourth (their own stream): rules,
//    borders and banners around boxes, styled spans, role=note.
// Shapes, scripts and forms added after the first set are drawn from a second random stream,
// and those added after that from a third, so every seed keeps the rest of its page: the garbage
// and residue figures stay comparable.
// The grammars are meant to stay richer than the filters' rules, so the test keeps showing noise
// nobody wrote a rule for.
// Every piece of noise is recorded as "atoms" (strings that are in the output if the noise
// stayed), so the test can measure what was left and what article text was lost.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "noise_boxes.hpp"
#include "noise_debris.hpp"
#include "noise_random.hpp"

namespace winnow::test {


// One random page. Same seed, same page.
inline NoisyPage make_noisy_page(std::uint64_t seed) {
    using namespace gen_detail;
    Rng rng(seed);
    Rng alt(seed ^ 0xA5A5A5A5DEADBEEFull);  // shapes added later: drawn apart, the main stream stays as it was
    Rng late(seed ^ 0x5EED0F1A7E5A9E5Dull);   // box shapes and marker forms added last: the other streams stay as they were
    Rng later(seed ^ 0x5EEDC0DE0BADF00Dull);  // debris grammars added later: a stream of their own too
    Rng boxes4(seed ^ 0xB0C5B0C5F00DFACEull);  // box shapes added fourth: a stream of their own
    Rng latest(seed ^ 0x1A7E57D0DECAFBADull);  // debris grammars added after those: their own stream again
    NoisyPage page;
    page.html = rng.chance(60);
    const auto& art = rng.pick(article_texts());
    page.paragraphs.assign(art.paragraphs.begin(), art.paragraphs.end());
    const std::size_t n = page.paragraphs.size();

    // Per paragraph: text pieces to glue inside (debris, markers, labels), HTML and text forms.
    std::vector<std::string> para_html(n), para_text(n), own_block(n);
    // The article's script (syllable_scripts() indices): debris fragments come from the others.
    const std::string_view lang = art.lang;
    const int script_lo = lang == "ru" ? 1 : lang == "ja" ? 9 : 0;
    const int script_hi = lang == "ru" ? 1 : lang == "ja" ? 11 : 0;
    for (std::size_t i = 0; i < n; ++i) {
        std::string p(page.paragraphs[i]);
        std::string ph = esc(p), pt = p;
        const int roll = rng.between(0, 99);
        if (roll < 30) {  // a debris run: between two words, glued to one, on its own line or in its own block
            const std::size_t at = random_space(rng, p);
            if (at != std::string::npos) {
                NoisePiece piece{NoiseKind::garbage, {}};
                std::string d = debris(rng, piece.label, script_lo, script_hi);
                if (later.chance(20)) d = more_debris(later, piece.label);  // grammars added later (their own stream)
                if (latest.chance(15)) d = newest_debris(latest, piece.label);  // and those added last
                const int where = rng.between(0, 3);  // 0 between words, 1 glued to a word, 2 own line, 3 own block
                for (std::size_t b = 0; b < d.size();) {
                    std::size_t e = d.find(' ', b);
                    if (e == std::string::npos) e = d.size();
                    if (e - b >= 3) piece.atoms.push_back(d.substr(b, e - b));
                    b = e + 1;
                }
                if (piece.atoms.empty()) piece.atoms.push_back(d);
                if (where == 1) {
                    // Glued: the word and the debris' first piece are one string, found whole only if both stayed.
                    const std::size_t word = p.rfind(' ', at - 1);
                    const std::size_t space = d.find(' ');
                    piece.atoms.front() = p.substr(word == std::string::npos ? 0 : word + 1, at - (word == std::string::npos ? 0 : word + 1)) +
                                          d.substr(0, space);
                }
                page.describe += "garbage (" + piece.label + ", " + std::to_string(where) + "): " + d + "\n";
                page.noise.push_back(piece);
                switch (where) {
                case 1:
                    ph = esc(p.substr(0, at)) + esc(d) + esc(p.substr(at));
                    pt = p.substr(0, at) + d + p.substr(at);
                    break;
                case 2:
                    ph = esc(p.substr(0, at)) + "<br>" + esc(d) + "<br>" + esc(p.substr(at + 1));
                    pt = p.substr(0, at) + "\n" + d + "\n" + p.substr(at + 1);
                    break;
                case 3:
                    own_block[i] = d;
                    break;
                default:
                    ph = esc(p.substr(0, at)) + " " + esc(d) + esc(p.substr(at));
                    pt = p.substr(0, at) + " " + d + p.substr(at);
                }
            }
        } else if (roll < 55) {  // a footnote marker glued to a word or the sentence end
            const std::string m = late_marker(late, marker(rng, alt));
            std::size_t at = rng.chance(50) ? random_space(rng, p) : std::string::npos;
            if (at == std::string::npos) at = p.size();
            page.noise.push_back({NoiseKind::residue, {m}});
            page.describe += "residue: " + m + "\n";
            ph = esc(p.substr(0, at)) + esc(m) + esc(p.substr(at));
            pt = p.substr(0, at) + m + p.substr(at);
        } else if (roll < 70) {  // a bracketed label of one or two words after a link / the sentence
            const auto& sc = syllable_scripts()[static_cast<std::size_t>(rng.between(0, 9))];
            std::vector<std::string> atoms;
            const std::string label = words(rng, sc, rng.between(1, 2), atoms);
            std::string glued = rng.chance(50) ? "[" + label + "]" : "(" + label + ")";
            if (alt.chance(25)) glued = alt.chance(50) ? "【" + label + "】" : "（" + label + "）";
            page.noise.push_back({NoiseKind::residue, {glued}});
            page.describe += "residue: " + glued + "\n";
            const std::size_t last_space = p.rfind(' ');
            if (page.html && rng.chance(60) && last_space != std::string::npos) {
                // The paragraph's last words are a link to this host; the label follows it.
                ph = esc(p.substr(0, last_space + 1)) + "<a href=\"/" + ident(rng) + "\">" + esc(p.substr(last_space + 1)) +
                     "</a> " + esc(glued);
            } else {
                ph = esc(p) + " " + esc(glued);
            }
            pt = p + " " + glued;
        }
        para_html[i] = ph;
        para_text[i] = pt;
    }

    // Promo boxes in the slots after paragraphs 1..n-1 (after the last one too).
    std::vector<std::vector<gen_detail::Promo>> slots(n);
    for (int box = rng.between(1, 3); box > 0; --box) {
        const auto& sc = syllable_scripts()[rng.next() % syllable_scripts().size()];
        const int copies = rng.between(1, 4);
        NoisePiece piece{NoiseKind::promo, {}};
        const Promo pr = fourth_box(boxes4, late_box(late, promo_box(rng, alt, sc, copies == 1, piece.atoms), copies == 1), copies == 1);
        page.describe += "promo x" + std::to_string(copies) + ": " + pr.html + "\n";
        page.noise.push_back(std::move(piece));
        for (int c = 0; c < copies; ++c) slots[static_cast<std::size_t>(rng.between(1, static_cast<int>(n) - 1))].push_back(pr);
    }

    std::string& out = page.input;
    if (page.html) {
        out = "<!doctype html><html lang=\"" + std::string(art.lang) +
              "\"><head><meta charset=\"utf-8\"><title>" + std::string(art.lang) + " report</title></head><body>"
              "<header><nav><a href=\"/\">Home</a> <a href=\"/a\">Archive</a></nav></header><main><article><h1>" +
              std::string(art.lang) + " report</h1>";
        for (std::size_t i = 0; i < n; ++i) {
            out += "<p>" + para_html[i] + "</p>\n";
            if (!own_block[i].empty()) out += "<p>" + esc(own_block[i]) + "</p>\n";
            for (const auto& pr : slots[i]) out += pr.html + "\n";
        }
        out += "</article></main><footer><p>© Example</p></footer></body></html>";
    } else {
        out = std::string(art.lang) + " report\n\n";
        for (std::size_t i = 0; i < n; ++i) {
            out += para_text[i] + "\n\n";
            if (!own_block[i].empty()) out += own_block[i] + "\n\n";
            for (const auto& pr : slots[i]) out += pr.text + "\n";
        }
    }
    return page;
}

}  // namespace winnow::test
