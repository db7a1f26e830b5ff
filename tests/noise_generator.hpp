// A seeded random noise generator for the property test (test_noise_property.cpp).
//
// It builds a page (HTML or plain text) from one of the articles in noise_articles.hpp and
// surrounds it with noise composed from grammars, not from phrase lists:
//  - promo boxes: random markup shape (one-row table, heading + span, dl, details/summary,
//    blockquote, aside, div with a button or a form, whole-bold paragraph, one-link paragraph),
//    words made of random syllables of a random script, shown one to four times at random
//    places; a box shown once always carries an action element (a link to another host, a
//    button, a form), since without one a box of foreign words is a foreign quotation;
//  - debris runs inside paragraphs: UUIDs, hex and base64 dumps, ISO timestamps, paths with
//    line numbers, key=value lists, CSS declarations, minified code, SQL, foreign-script
//    fragments mixed with numbers, emoji and separator runs;
//  - residue: footnote markers of many forms whose note is not in the page, and bracketed
//    labels of one or two random words glued after a link or a sentence.
// Every piece of noise is recorded as "atoms" (strings that are in the output if the noise
// stayed), so the test can measure what was left and what article text was lost.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "noise_articles.hpp"

namespace winnow::test {

// splitmix64: tiny, and the same sequence on every platform and standard library.
class Rng {
public:
    explicit Rng(std::uint64_t seed) : s_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (s_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [lo, hi].
    int between(int lo, int hi) { return lo + static_cast<int>(next() % static_cast<std::uint64_t>(hi - lo + 1)); }
    bool chance(int percent) { return between(1, 100) <= percent; }
    template <class T>
    const T& pick(const std::vector<T>& v) { return v[next() % v.size()]; }

private:
    std::uint64_t s_;
};

inline void append_cp(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// A writing system as syllable parts: consonants and vowels given as code point lists.
struct SyllableScript {
    std::u32string consonants;
    std::u32string vowels;     // empty: syllables are single signs (kana) or composed (hangul)
    bool cased = false;        // capitalize the first word (Latin, Cyrillic, Greek, Armenian)
    bool hangul = false;
    bool han = false;
};

inline const std::vector<SyllableScript>& syllable_scripts() {
    static const std::vector<SyllableScript> s{
        {U"bcdfghklmnprstvzłşñçž", U"aeiouyáöüąé", true},
        {U"бвгдзклмнпрстфхцчш", U"аеиоуыяюэіє", true},
        {U"βγδζθκλμνξπρστφχ", U"αεηιουωάέί", true},
        {U"բգդզթկհմնպռստ", U"աեէիո", true},
        {U"ბგდვზთკლმნპრსტფქ", U"აეიოუ"},
        {U"בגדהזחטכלמנסעפצקרשת", U"וי"},
        {U"بتثجحخدذرزسشصطعفقكلمنه", U"اوي"},
        {U"कखगघचजटडतदनपबमयरलवसह", U"ािीुेो"},
        {U"กขคงจชดตทนบปพมยรลวสหอ", U"ะาิีุู"},
        {U"カキクケコサシスセソタチツテトナニヌネノマミムメモラリルレロ", U""},
        {U"", U"", false, true},
        {U"", U"", false, false, true},
    };
    return s;
}

inline std::string random_word(Rng& rng, const SyllableScript& sc, bool capital = false) {
    std::string w;
    if (sc.hangul) {
        for (int i = rng.between(2, 3); i > 0; --i)
            append_cp(w, 0xAC00 + static_cast<char32_t>((rng.between(0, 18) * 21 + rng.between(0, 20)) * 28 + rng.between(0, 27)));
        return w;
    }
    if (sc.han) {
        for (int i = rng.between(2, 3); i > 0; --i) append_cp(w, 0x4E00 + static_cast<char32_t>(rng.between(0, 0x51A5)));
        return w;
    }
    const int syllables = sc.vowels.empty() ? rng.between(3, 5) : rng.between(2, 4);
    for (int i = 0; i < syllables; ++i) {
        char32_t c = sc.consonants[rng.next() % sc.consonants.size()];
        if (capital && i == 0 && c < 0x80) c = static_cast<char32_t>(c - 'a' + 'A');
        if (capital && i == 0 && c >= 0x431 && c <= 0x448) c -= 0x20;  // Cyrillic lower → upper
        append_cp(w, c);
        if (!sc.vowels.empty()) append_cp(w, sc.vowels[rng.next() % sc.vowels.size()]);
    }
    return w;
}

enum class NoiseKind { promo, garbage, residue };

struct NoisePiece {
    NoiseKind kind;
    std::vector<std::string> atoms;
    std::string label = {};  // garbage: the debris grammar that made it, for per-kind figures
};

struct NoisyPage {
    std::string input;                         // the page as given to the Cleaner
    bool html = true;
    std::vector<std::string_view> paragraphs;  // the article
    std::vector<NoisePiece> noise;
    std::string describe;                      // what was injected, for a failing seed
};

namespace gen_detail {

inline std::string words(Rng& rng, const SyllableScript& sc, int n, std::vector<std::string>& atoms) {
    std::string out;
    for (int i = 0; i < n; ++i) {
        std::string w = random_word(rng, sc, i == 0 && sc.cased);
        atoms.push_back(w);
        if (i) out += ' ';
        out += w;
    }
    return out;
}

inline std::string host(Rng& rng) {
    static const SyllableScript& latin = syllable_scripts()[0];
    std::string h;
    for (char c : random_word(rng, latin))
        if (c >= 'a' && c <= 'z') h += c;
    return (h.size() < 3 ? "qx" + h : h) + ".example";
}

inline std::string hex(Rng& rng, int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += "0123456789abcdef"[rng.between(0, 15)];
    return s;
}

inline std::string alnum(Rng& rng, int n) {
    static constexpr std::string_view a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    std::string s;
    for (int i = 0; i < n; ++i) s += a[rng.next() % a.size()];
    return s;
}

inline std::string ident(Rng& rng) {
    std::string w = random_word(rng, syllable_scripts()[0]);
    std::string s;
    for (char c : w)
        if (c >= 'a' && c <= 'z') s += c;
    return s.empty() ? "qv" : s;
}

// One run of machine text or fragment debris, from a small grammar per shape.
inline std::string debris(Rng& rng, std::string& label) {
    static const char* const kLabels[] = {"uuid", "hexdump", "base64", "logline", "path", "query", "css", "js", "sql", "foreign", "symbols", "json"};
    const int kind = rng.between(0, 11);
    label = kLabels[kind];
    switch (kind) {
    case 0: return hex(rng, 8) + "-" + hex(rng, 4) + "-4" + hex(rng, 3) + "-a" + hex(rng, 3) + "-" + hex(rng, 12);
    case 1: {
        std::string s;
        for (int i = rng.between(4, 8); i > 0; --i) s += hex(rng, 2) + (i > 1 ? " " : "");
        return "0x" + hex(rng, 8) + ": " + s;
    }
    case 2: return alnum(rng, rng.between(30, 60)) + (rng.chance(50) ? "==" : "=");
    case 3: return "20" + std::to_string(rng.between(10, 29)) + "-0" + std::to_string(rng.between(1, 9)) + "-1" +
                   std::to_string(rng.between(0, 9)) + "T0" + std::to_string(rng.between(0, 9)) + ":" +
                   std::to_string(rng.between(10, 59)) + ":" + std::to_string(rng.between(10, 59)) + "Z " +
                   (rng.chance(50) ? "WARN" : "ERROR") + " " + ident(rng) + "." + ident(rng) + "()";
    case 4: return "/" + ident(rng) + "/" + ident(rng) + "/" + ident(rng) + (rng.chance(50) ? ".php:" : ".py:") +
                   std::to_string(rng.between(10, 999));
    case 5: {
        std::string s;
        for (int i = rng.between(3, 5); i > 0; --i)
            s += ident(rng) + "=" + (rng.chance(50) ? hex(rng, 6) : std::to_string(rng.between(0, 9999))) + (i > 1 ? "&" : "");
        return s;
    }
    case 6: return "." + ident(rng) + "{" + (rng.chance(50) ? "margin:0 " : "color:#") + hex(rng, 3) + "px;" +
                   "font-size:" + std::to_string(rng.between(8, 30)) + "px}";
    case 7: return "function " + ident(rng) + "(a,b){return a." + ident(rng) + "(b)&&b[" + std::to_string(rng.between(0, 9)) +
                   "]}";
    case 8: return "SELECT " + ident(rng) + "_id, " + ident(rng) + " FROM " + ident(rng) + " WHERE id=" +
                   std::to_string(rng.between(1, 99999));
    case 9: {  // fragments of a script foreign to any article here, mixed with numbers
        const auto& sc = syllable_scripts()[static_cast<std::size_t>(rng.between(3, 8))];
        std::string s;
        for (int i = rng.between(3, 6); i > 0; --i) {
            std::string w = random_word(rng, sc);
            s += w.substr(0, std::min<std::size_t>(w.size(), 6)) + std::to_string(rng.between(0, 99)) + (i > 1 ? " " : "");
        }
        // Cutting at a byte may split a code point: keep only valid UTF-8 lead/continuation runs.
        std::string clean;
        for (std::size_t i = 0; i < s.size();) {
            const unsigned char c = static_cast<unsigned char>(s[i]);
            const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            if (i + len > s.size() || (len > 1 && (c & 0xC0) != 0xC0)) { ++i; continue; }
            bool ok = true;
            for (std::size_t k = 1; k < len; ++k) ok = ok && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
            if (ok) clean.append(s, i, len);
            i += ok ? len : 1;
        }
        return clean;
    }
    case 10: {
        static const std::vector<std::string> sym{"★", "✦", "►", "▓", "═", "☆", "❖", "🔥", "👉", "✅", "💥", "━"};
        std::string s;
        for (int g = rng.between(2, 3); g > 0; --g) {
            const std::string& c = rng.pick(sym);
            for (int i = rng.between(3, 6); i > 0; --i) s += c;
            if (g > 1) s += ' ';
        }
        return s;
    }
    default: return "{\"" + ident(rng) + "\":\"" + hex(rng, 10) + "\",\"" + ident(rng) + "\":" + std::to_string(rng.between(0, 999)) + "}";
    }
}

// A footnote marker of some form, its note nowhere in the page.
inline std::string marker(Rng& rng) {
    static const std::vector<std::string> sup{"¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
    const std::string n = std::to_string(rng.between(1, 40));
    switch (rng.between(0, 6)) {
    case 0: return "[^" + n + "]";
    case 1: return "[" + n + "]";
    case 2: return rng.pick(sup);
    case 3: return "^" + n;
    case 4: return std::string("[") + static_cast<char>('a' + rng.between(0, 7)) + "]";
    case 5: return "(*" + n + ")";
    default: return "[" + ident(rng) + " " + n + "]";
    }
}

inline std::string esc(std::string_view s) {
    std::string o;
    for (char c : s) {
        if (c == '&') o += "&amp;";
        else if (c == '<') o += "&lt;";
        else if (c == '>') o += "&gt;";
        else if (c == '"') o += "&quot;";
        else o += c;
    }
    return o;
}

// Splits a paragraph at a random space (not the first or last one).
inline std::size_t random_space(Rng& rng, std::string_view p) {
    std::vector<std::size_t> spaces;
    for (std::size_t i = 0; i < p.size(); ++i)
        if (p[i] == ' ') spaces.push_back(i);
    if (spaces.size() < 3) return std::string_view::npos;
    return spaces[1 + rng.next() % (spaces.size() - 2)];
}

struct Promo {
    std::string html;
    std::string text;
};

inline Promo promo_box(Rng& rng, const SyllableScript& sc, bool needs_action, std::vector<std::string>& atoms) {
    const std::string title = words(rng, sc, rng.between(1, 4), atoms);
    const std::string body = words(rng, sc, rng.between(4, 12), atoms) + (rng.chance(50) ? "!" : ".");
    const std::string button = words(rng, sc, rng.between(1, 2), atoms);
    const std::string url = "https://" + host(rng) + "/" + ident(rng);
    const std::string a = "<a href=\"" + url + "\">" + esc(button) + "</a>";
    const int shape = rng.between(0, 9);
    const bool action = needs_action || rng.chance(50);
    std::string h;
    switch (shape) {
    case 0: h = "<table><tr><td>" + esc(body) + "</td>" + (action ? "<td>" + a + "</td>" : "") + "</tr></table>"; break;
    case 1: h = "<h4>" + esc(title) + "</h4><span>" + esc(body) + "</span>" + (action ? " " + a : ""); break;
    case 2: h = "<dl><dt>" + esc(title) + "</dt><dd>" + esc(body) + (action ? " " + a : "") + "</dd></dl>"; break;
    case 3: h = "<details><summary>" + esc(title) + "</summary><p>" + esc(body) + "</p>" + (action ? a : "") + "</details>"; break;
    case 4: h = "<blockquote><p>" + esc(body) + "</p>" + (action ? "<p>" + a + "</p>" : "") + "</blockquote>"; break;
    case 5: h = "<aside><p><b>" + esc(title) + "</b></p><p>" + esc(body) + "</p>" + (action ? a : "") + "</aside>"; break;
    case 6: h = "<div><p>" + esc(body) + "</p><button>" + esc(button) + "</button></div>"; break;
    case 7: h = "<div><p>" + esc(body) + "</p><form action=\"" + url + "\"><input type=\"email\" placeholder=\"" + esc(title) +
                "\"><button>" + esc(button) + "</button></form></div>"; break;
    case 8: h = "<p><strong>" + esc(body) + "</strong>" + (action ? " " + a : "") + "</p>"; break;
    default: h = "<p><a href=\"" + url + "\">" + esc(body) + "</a></p>"; break;
    }
    std::string t;
    if (rng.chance(60)) t += title + "\n";
    t += body + "\n";
    if (action) t += rng.chance(50) ? button + " → " + url + "\n" : "[" + button + "]\n";
    return {h, t};
}

}  // namespace gen_detail

// One random page. Same seed, same page.
inline NoisyPage make_noisy_page(std::uint64_t seed) {
    using namespace gen_detail;
    Rng rng(seed);
    NoisyPage page;
    page.html = rng.chance(60);
    const auto& art = rng.pick(article_texts());
    page.paragraphs.assign(art.paragraphs.begin(), art.paragraphs.end());
    const std::size_t n = page.paragraphs.size();

    // Per paragraph: text pieces to glue inside (debris, markers, labels), HTML and text forms.
    std::vector<std::string> para_html(n), para_text(n);
    for (std::size_t i = 0; i < n; ++i) {
        std::string p(page.paragraphs[i]);
        std::string ph = esc(p), pt = p;
        const int roll = rng.between(0, 99);
        if (roll < 30) {  // a debris run between two words
            const std::size_t at = random_space(rng, p);
            if (at != std::string::npos) {
                NoisePiece piece{NoiseKind::garbage, {}};
                const std::string d = debris(rng, piece.label);
                for (std::size_t b = 0; b < d.size();) {
                    std::size_t e = d.find(' ', b);
                    if (e == std::string::npos) e = d.size();
                    if (e - b >= 3) piece.atoms.push_back(d.substr(b, e - b));
                    b = e + 1;
                }
                if (piece.atoms.empty()) piece.atoms.push_back(d);
                page.describe += "garbage: " + d + "\n";
                page.noise.push_back(piece);
                ph = esc(p.substr(0, at)) + " " + esc(d) + esc(p.substr(at));
                pt = p.substr(0, at) + " " + d + p.substr(at);
            }
        } else if (roll < 55) {  // a footnote marker glued to a word or the sentence end
            const std::string m = marker(rng);
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
            const std::string glued = rng.chance(50) ? "[" + label + "]" : "(" + label + ")";
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
        const Promo pr = promo_box(rng, sc, copies == 1, piece.atoms);
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
            for (const auto& pr : slots[i]) out += pr.html + "\n";
        }
        out += "</article></main><footer><p>© Example</p></footer></body></html>";
    } else {
        out = std::string(art.lang) + " report\n\n";
        for (std::size_t i = 0; i < n; ++i) {
            out += para_text[i] + "\n\n";
            for (const auto& pr : slots[i]) out += pr.text + "\n";
        }
    }
    return page;
}

}  // namespace winnow::test
