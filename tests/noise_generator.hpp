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
#include <string_view>
#include <vector>

#include <utf8proc.h>

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
        // Appended later (promo boxes pick from all; other grammars use fixed indices above):
        // Bengali, Tamil, Ethiopic, Latin with
        // stacked diacritics, Serbian-like Cyrillic.
        {U"কখগঘচজটডতদনপবমযরলসহ", U"ািীুেো"},
        {U"கசடதநபமயரலவழளறன", U"ாிீுூெே"},
        {U"ሀለሐመሠረሰቀበተኀነአከወዐዘየደገጠጰጸፀፈፐ", U""},
        {U"bcdđghklmnpqrstvx", U"aăâeêioôơuưyảạấầẩẫậắằẳẵặ", true},
        {U"бвгдђжзјклљмнњпрстћфхцчџш", U"аеиоу", true},
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

// Identifiers in the styles machine text uses: plain, snake_case, camelCase, dotted, numbered.
inline std::string ident_any(Rng& rng) {
    std::string a = ident(rng);
    switch (rng.between(0, 5)) {
    case 0: return a + "_" + ident(rng);
    case 1: {
        std::string b = ident(rng);
        b[0] = static_cast<char>(b[0] - 'a' + 'A');
        return a + b;
    }
    case 2: return a + "." + ident(rng);
    case 3: return a + std::to_string(rng.between(0, 99));
    default: return a;
    }
}

inline std::string upper(std::string s) {
    for (char& c : s)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return s;
}

inline std::string num(Rng& rng, int lo, int hi) { return std::to_string(rng.between(lo, hi)); }
inline std::string two(Rng& rng, int lo, int hi) {
    const int v = rng.between(lo, hi);
    return (v < 10 ? "0" : "") + std::to_string(v);
}

inline std::string timestamp(Rng& rng) {
    const std::string y = "20" + two(rng, 5, 29), m = two(rng, 1, 12), d = two(rng, 1, 28);
    const std::string t = two(rng, 0, 23) + ":" + two(rng, 0, 59) + ":" + two(rng, 0, 59);
    switch (rng.between(0, 3)) {
    case 0: return y + "-" + m + "-" + d + "T" + t + (rng.chance(50) ? "." + num(rng, 100, 999) : "") + "Z";
    case 1: return y + "/" + m + "/" + d + " " + t;
    case 2: return "[" + d + "/" + m + "/" + y + ":" + t + " +0" + num(rng, 0, 9) + "00]";
    default: return y + "-" + m + "-" + d + " " + t + "," + num(rng, 100, 999);
    }
}

inline std::string source_path(Rng& rng) {
    static const std::vector<std::string> ext{".py", ".js", ".php", ".rb", ".go", ".java", ".ts", ".cs", ".c", ".kt"};
    const bool windows = rng.chance(20);
    std::string p = windows ? "C:\\" : (rng.chance(70) ? "/" : "");
    for (int i = rng.between(1, 4); i > 0; --i) p += ident(rng) + (windows ? "\\" : "/");
    return p + ident_any(rng) + rng.pick(ext);
}

// Symbols from whole Unicode blocks, not a list: arrows, shapes, dingbats, pictographs.
inline std::string symbol_run(Rng& rng) {
    static const std::vector<std::pair<char32_t, char32_t>> blocks{
        {0x2190, 0x21FF}, {0x2500, 0x257F}, {0x25A0, 0x25FF}, {0x2600, 0x26FF}, {0x2700, 0x27BF}, {0x2B00, 0x2BFF},
        {0x1F300, 0x1F5FF}, {0x1F600, 0x1F64F}, {0x1F680, 0x1F6FF}, {0x1F900, 0x1F9FF}};
    std::string s;
    const auto& [lo, hi] = rng.pick(blocks);
    const char32_t c = lo + static_cast<char32_t>(rng.between(0, static_cast<int>(hi - lo)));
    const bool same = rng.chance(60);
    for (int i = rng.between(3, 8); i > 0; --i)
        append_cp(s, same ? c : lo + static_cast<char32_t>(rng.between(0, static_cast<int>(hi - lo))));
    return s;
}

// Fragments of words in a script the article does not use, with counters glued or between.
inline std::string foreign_fragments(Rng& rng, int avoid_first, int avoid_last) {
    int pick;
    do pick = rng.between(0, static_cast<int>(syllable_scripts().size()) - 1);
    while (pick >= avoid_first && pick <= avoid_last);
    const auto& sc = syllable_scripts()[static_cast<std::size_t>(pick)];
    static const std::vector<std::string> seps{" ", " ", " | ", " · ", "/", " - ", ", "};
    const std::string& sep = rng.pick(seps);
    std::string s;
    for (int i = rng.between(3, 6); i > 0; --i) {
        std::u32string w;
        std::string word = random_word(rng, sc);
        for (std::size_t k = 0; k < word.size();) {  // cut at a code point: a fragment
            const unsigned char c = static_cast<unsigned char>(word[k]);
            const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            if (k + len > word.size() || k >= 9) break;
            s.append(word, k, len);
            k += len;
        }
        const std::string n = num(rng, 0, 999);
        if (rng.chance(70)) s += n;                     // glued counter
        else if (rng.chance(50)) s += sep + n;          // counter apart
        if (i > 1) s += sep;
    }
    return s;
}

// One run of machine text or fragment debris: a random grammar per kind, random identifiers,
// lengths and cases, so that the filters meet shapes nobody wrote a rule for.
inline std::string debris(Rng& rng, std::string& label, int avoid_first, int avoid_last) {
    static const char* const kLabels[] = {"uuid", "hexdump", "base64", "logline", "path", "query", "css", "js",
                                          "sql", "foreign", "symbols", "json", "stack", "warning", "tracking", "ids"};
    const int kind = rng.between(0, 15);
    label = kLabels[kind];
    auto maybe_upper = [&](std::string s) { return rng.chance(30) ? upper(std::move(s)) : s; };
    switch (kind) {
    case 0: {
        std::string s;
        for (int i = rng.between(1, 3); i > 0; --i) {
            std::string u = hex(rng, 8) + "-" + hex(rng, 4) + "-" + num(rng, 1, 5) + hex(rng, 3) + "-" + hex(rng, 4) + "-" + hex(rng, 12);
            s += (rng.chance(20) ? "{" + maybe_upper(u) + "}" : maybe_upper(u)) + (i > 1 ? (rng.chance(50) ? ", " : " ") : "");
        }
        return s;
    }
    case 1: {
        std::string s = hex(rng, rng.between(4, 8)) + (rng.chance(50) ? ": " : "  ");
        const bool up = rng.chance(40);
        for (int i = rng.between(6, 16); i > 0; --i) s += (up ? upper(hex(rng, 2)) : hex(rng, 2)) + (i > 1 ? " " : "");
        if (rng.chance(40)) s += "  |" + alnum(rng, 6) + ".." + alnum(rng, 3) + "|";
        return s;
    }
    case 2: {
        std::string s = alnum(rng, rng.between(20, 90));
        for (int i = rng.between(0, 3); i > 0; --i) s.insert(static_cast<std::size_t>(rng.between(1, static_cast<int>(s.size()) - 1)), rng.chance(50) ? "+" : "/");
        return (rng.chance(20) ? "data:application/" + ident(rng) + ";base64," : "") + s + std::string(static_cast<std::size_t>(rng.between(0, 2)), '=');
    }
    case 3: {
        static const std::vector<std::string> levels{"warn", "error", "info", "debug", "notice", "crit", "W", "E", "I"};
        std::string lvl = rng.pick(levels);
        lvl = rng.chance(50) ? upper(lvl) : lvl;
        if (rng.chance(40)) lvl = "[" + lvl + "]";
        std::string s = timestamp(rng) + " " + lvl + " " + ident_any(rng) + (rng.chance(50) ? "()" : ":");
        for (int i = rng.between(1, 3); i > 0; --i)
            s += " " + (rng.chance(50) ? ident_any(rng) + "=" + (rng.chance(50) ? num(rng, 0, 99999) : hex(rng, 6)) : ident(rng));
        return s;
    }
    case 4: return source_path(rng) + (rng.chance(50) ? ":" + num(rng, 1, 2999) : "") + (rng.chance(40) ? ":" + num(rng, 1, 80) : "");
    case 5: {
        std::string s = rng.chance(50) ? "?" : "";
        for (int i = rng.between(2, 5); i > 0; --i)
            s += ident_any(rng) + "=" + (rng.chance(50) ? hex(rng, rng.between(4, 12)) : ident(rng) + num(rng, 0, 999)) + (i > 1 ? "&" : "");
        return s;
    }
    case 6: {
        static const std::vector<std::string> props{"margin", "padding", "color", "display", "font-size", "z-index", "line-height", "border", "width", "opacity"};
        std::string s = std::string(rng.chance(50) ? "." : "#") + ident_any(rng) + (rng.chance(30) ? " > " + ident(rng) : "") + "{";
        for (int i = rng.between(1, 4); i > 0; --i)
            s += rng.pick(props) + ":" + (rng.chance(50) ? num(rng, 0, 40) + "px" : "#" + hex(rng, rng.chance(50) ? 3 : 6)) + (i > 1 || rng.chance(50) ? ";" : "");
        return s + "}";
    }
    case 7: {
        std::string s;
        for (int i = rng.between(1, 3); i > 0; --i) {
            switch (rng.between(0, 3)) {
            case 0: s += "var " + ident(rng) + "=" + ident(rng) + "." + ident_any(rng) + "(" + num(rng, 0, 9) + ");"; break;
            case 1: s += "function " + ident(rng) + "(" + ident(rng) + "){return " + ident(rng) + "[" + num(rng, 0, 9) + "]}"; break;
            case 2: s += "if(!" + ident(rng) + "){" + ident(rng) + "=" + ident(rng) + "||{}}"; break;
            default: s += ident(rng) + "=>" + ident(rng) + "." + ident_any(rng) + "()"; break;
            }
        }
        return s;
    }
    case 8: {
        auto kw = [&](const char* k) { return rng.chance(30) ? std::string(k) : upper(k); };
        switch (rng.between(0, 3)) {
        case 0: return kw("select") + " " + ident_any(rng) + ", " + ident(rng) + " " + kw("from") + " " + ident(rng) + " " + kw("where") + " " + ident_any(rng) + "=" + num(rng, 1, 99999);
        case 1: return kw("insert into") + " " + ident(rng) + " (" + ident(rng) + ", " + ident(rng) + ") " + kw("values") + " (" + num(rng, 0, 999) + ", '" + ident(rng) + "')";
        case 2: return kw("update") + " " + ident(rng) + " " + kw("set") + " " + ident_any(rng) + "=" + num(rng, 0, 99) + " " + kw("where") + " " + ident(rng) + "_id=" + num(rng, 1, 9999);
        default: return kw("delete from") + " " + ident(rng) + " " + kw("where") + " " + ident_any(rng) + " < " + num(rng, 1, 9999) + ";";
        }
    }
    case 9: return foreign_fragments(rng, avoid_first, avoid_last);
    case 10: {
        std::string s;
        for (int g = rng.between(1, 4); g > 0; --g) s += symbol_run(rng) + (g > 1 ? " " : "");
        return s;
    }
    case 11: {
        std::string s = rng.chance(40) ? "{\"@" + ident(rng) + "\":\"" + ident(rng) + "\"," : "{";
        for (int i = rng.between(1, 4); i > 0; --i) {
            s += "\"" + ident_any(rng) + "\":";
            switch (rng.between(0, 3)) {
            case 0: s += num(rng, 0, 9999); break;
            case 1: s += "\"" + hex(rng, rng.between(4, 12)) + "\""; break;
            case 2: s += "[" + num(rng, 0, 9) + "," + num(rng, 0, 9) + "]"; break;
            default: s += "{\"" + ident(rng) + "\":" + (rng.chance(50) ? "true" : "null") + "}"; break;
            }
            if (i > 1) s += rng.chance(50) ? "," : ", ";
        }
        return s + "}";
    }
    case 12: {
        std::string s;
        for (int i = rng.between(1, 3); i > 0; --i) {
            switch (rng.between(0, 2)) {
            case 0: s += "at " + ident(rng) + "." + ident_any(rng) + "(" + ident(rng) + ".java:" + num(rng, 1, 999) + ")"; break;
            case 1: s += "File \"" + source_path(rng) + "\", line " + num(rng, 1, 999) + ", in " + ident(rng); break;
            default: s += "at " + ident_any(rng) + " (" + source_path(rng) + ":" + num(rng, 1, 999) + ":" + num(rng, 1, 80) + ")"; break;
            }
            if (i > 1) s += " ";
        }
        return s;
    }
    case 13: {
        static const std::vector<std::string> labels{"Warning:", "Notice:", "Deprecated:", "Fatal error:", "PHP Warning:", "E_WARNING"};
        return rng.pick(labels) + " " + ident_any(rng) + "(): " + ident(rng) + " " + ident(rng) + " #" + num(rng, 1, 9) + " in " +
               source_path(rng) + " on line " + num(rng, 1, 999);
    }
    case 14: {
        switch (rng.between(0, 2)) {
        case 0: return ident(rng) + "('" + ident(rng) + "', '" + upper(alnum(rng, 2)) + "-" + upper(alnum(rng, rng.between(6, 10))) + "');";
        case 1: return "_" + ident(rng) + ".push(['" + ident_any(rng) + "', '" + ident(rng) + "', " + num(rng, 0, 99) + "]);";
        default: return "window." + ident(rng) + "=window." + ident(rng) + "||[];" + ident(rng) + "(" + num(rng, 100000, 999999) + ");";
        }
    }
    default: {
        std::string s;
        for (int i = rng.between(2, 4); i > 0; --i)
            s += ident(rng) + "_" + (rng.chance(50) ? hex(rng, rng.between(8, 20)) : alnum(rng, rng.between(8, 20))) + (i > 1 ? ", " : "");
        return s;
    }
    }
}

// Grammars added later, drawn from a stream of their own so the pages of the first set stay:
//  - statements of a made-up command language: keywords are random words in capitals (some in
//    lower case), each followed by operands of random shapes (names, qualified names,
//    comparisons, literals, lists), so no keyword the filters could list;
//  - fragments with counters in scripts no other grammar draws (Gujarati, Telugu, Lao,
//    Myanmar, Tifinagh, Canadian syllabics);
//  - logger lines of other layouts (zone, process id, level word of any case).
inline const std::vector<SyllableScript>& more_fragment_scripts() {
    static const std::vector<SyllableScript> s{
        {U"કખગઘચજટડતદનપબમયરલવસહ", U"ાિીુે"},
        {U"కఖగఘచజటడతదనపబమయరలవసహ", U"ాిీుూె"},
        {U"ກຂຄງຈຊດຕທນບປພມຢຣລວສຫອ", U"ະາິີຸູ"},
        {U"ကခဂငစဆဇညတထဒနပဖဗဘမယရလဝသဟအ", U"ါာိီုူေ"},
        {U"ⴰⴱⴳⴷⴹⴻⴼⴽⵀⵃⵄⵅⵇⵉⵊⵍⵎⵏⵓⵔⵕⵖⵙⵚⵛⵜⵟⵡⵢⵣⵥ", U""},
        {U"ᐁᐃᐅᐊᐯᐱᐳᐸᑌᑎᑐᑕᑫᑭᑯᑲᒉᒋᒍᒐᒣᒥᒧᒪᓀᓂᓄᓇᓭᓯᓱᓴ", U""},
    };
    return s;
}

// Upper case of any letter (upper() above maps ASCII only).
inline std::string upper_any(const std::string& s) {
    std::string out;
    utf8proc_ssize_t i = 0;
    const auto n = static_cast<utf8proc_ssize_t>(s.size());
    while (i < n) {
        utf8proc_int32_t cp = 0;
        const auto len = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i), n - i, &cp);
        if (len <= 0) break;
        append_cp(out, static_cast<char32_t>(utf8proc_toupper(cp)));
        i += len;
    }
    return out;
}

inline std::string more_debris(Rng& alt, std::string& label) {  // alt: the page's "later" stream
    switch (alt.between(0, 2)) {
    case 0: {
        label = "statement";
        auto keyword = [&] {
            std::string k = random_word(alt, syllable_scripts()[0]);
            return alt.chance(25) ? k : upper_any(k);
        };
        auto operand = [&]() -> std::string {
            switch (alt.between(0, 5)) {
            case 0: return ident(alt);
            case 1: return ident(alt) + "." + ident_any(alt);
            case 2: return ident_any(alt) + (alt.chance(50) ? "=" : " " + std::string(alt.chance(50) ? "<" : ">=") + " ") + num(alt, 0, 9999);
            case 3: return "'" + ident(alt) + "'";
            case 4: return "(" + ident(alt) + ", " + (alt.chance(50) ? num(alt, 0, 99) : "'" + ident(alt) + "'") + ")";
            default: return ident(alt) + ", " + ident(alt);
            }
        };
        std::string s;
        for (int c = alt.between(2, 4); c > 0; --c) {
            s += keyword() + (alt.chance(30) ? " " + keyword() : "") + " " + operand();
            if (c > 1) s += " ";
        }
        return s + (alt.chance(40) ? ";" : "");
    }
    case 1: {
        label = "foreign2";
        const auto& sc = more_fragment_scripts()[static_cast<std::size_t>(alt.between(0, static_cast<int>(more_fragment_scripts().size()) - 1))];
        static const std::vector<std::string> seps{" ", " | ", " · ", "/", " - ", ", "};
        const std::string& sep = alt.pick(seps);
        std::string s;
        for (int i = alt.between(3, 6); i > 0; --i) {
            s += random_word(alt, sc);
            if (alt.chance(70)) s += num(alt, 0, 999);
            if (i > 1) s += sep;
        }
        return s;
    }
    default: {
        label = "logline2";
        std::string s = std::to_string(alt.between(2000, 2030)) + "-" + num(alt, 10, 12) + "-" + num(alt, 10, 28) + " " + num(alt, 10, 23) +
                        ":" + num(alt, 10, 59) + ":" + num(alt, 10, 59) + (alt.chance(50) ? "." + num(alt, 100, 999) : "");
        if (alt.chance(40)) s += " +0" + num(alt, 1, 9) + "00";
        std::string level = random_word(alt, syllable_scripts()[0]).substr(0, static_cast<std::size_t>(alt.between(1, 5)));
        level = alt.chance(50) ? upper_any(level) : level;
        if (alt.chance(40)) level = "[" + level + "]";
        s += " " + level + " " + ident(alt) + (alt.chance(50) ? "[" + num(alt, 100, 99999) + "]:" : "." + ident(alt) + "()");
        for (int i = alt.between(0, 2); i > 0; --i) s += " " + ident_any(alt) + "=" + (alt.chance(50) ? num(alt, 0, 999) : ident(alt));
        return s;
    }
    }
}

// Grammars added last of all, from a stream of their own (nothing in the filters was written
// for them): a shell prompt with a command and flags, wiki or template markup, leaked
// character references and percent escapes, addresses with ports, key: value records.
inline std::string newest_debris(Rng& r, std::string& label) {
    switch (r.between(0, 4)) {
    case 0: {
        label = "prompt";
        std::string s = ident(r) + "@" + ident(r) + ":~/" + ident(r) + (r.chance(50) ? "$ " : "# ") + ident(r);
        for (int i = r.between(1, 3); i > 0; --i)
            s += r.chance(50) ? " --" + ident(r) + "=" + num(r, 0, 999) : " -" + std::string(1, static_cast<char>('a' + r.between(0, 25)));
        return s;
    }
    case 1: {
        label = "wiki";
        std::string s = r.chance(50) ? "[[" + ident(r) + ":" + ident_any(r) + "." + (r.chance(50) ? "png" : "svg") + "|" + ident(r) + "|" + num(r, 80, 400) + "px]]"
                                     : "{{" + ident(r) + " " + ident(r) + "|" + ident(r) + "=" + ident(r) + "|" + ident(r) + "=" + num(r, 1990, 2030) + "}}";
        return s;
    }
    case 2: {
        label = "escapes";
        std::string s;
        for (int i = r.between(3, 7); i > 0; --i) {
            switch (r.between(0, 2)) {
            case 0: s += "&#" + num(r, 160, 8300) + ";"; break;
            case 1: s += "%" + upper(hex(r, 2)) + "%" + upper(hex(r, 2)); break;
            default: s += "&" + ident(r) + ";"; break;
            }
            if (r.chance(40)) s += ident(r);
        }
        return s;
    }
    case 3: {
        label = "address";
        std::string s;
        for (int i = r.between(1, 3); i > 0; --i) {
            s += num(r, 1, 254) + "." + num(r, 0, 255) + "." + num(r, 0, 255) + "." + num(r, 1, 254) + (r.chance(60) ? ":" + num(r, 1024, 65535) : "");
            if (r.chance(40)) s += " " + hex(r, 2) + ":" + hex(r, 2) + ":" + hex(r, 2) + ":" + hex(r, 2) + ":" + hex(r, 2) + ":" + hex(r, 2);
            if (i > 1) s += r.chance(50) ? ", " : " ";
        }
        return s;
    }
    default: {
        label = "record";
        std::string s;
        for (int i = r.between(2, 4); i > 0; --i) {
            s += ident(r) + ": " + (r.chance(50) ? num(r, 0, 99999) : ident_any(r));
            if (i > 1) s += r.chance(50) ? ", " : "; ";
        }
        return s;
    }
    }
}

// A footnote marker of some form, its note nowhere in the page.
inline std::string marker_first(Rng& rng, const std::string& n) {
    static const std::vector<std::string> sup{"¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
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

inline std::string marker(Rng& rng, Rng& alt) {
    static const std::vector<std::string> sup{"¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
    const std::string n = std::to_string(rng.between(1, 40));
    std::string first = marker_first(rng, n);  // (drawn in any case: the main stream stays as it was)
    if (!alt.chance(30)) return first;
    // Forms added later, from the second stream: ranges, lists, full-width brackets, daggers.
    const std::string m = std::to_string(alt.between(41, 60));
    switch (alt.between(0, 4)) {
    case 0: return "[" + n + "–" + m + "]";
    case 1: return "[" + n + ", " + m + "]";
    case 2: return "【" + n + "】";
    case 3: return "⁽" + alt.pick(sup) + "⁾";
    default: return alt.chance(50) ? "[†]" : "[‡" + n + "]";
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
    std::string title, body, button, url;  // its parts, for the shapes drawn from the third stream
    bool action = false;
};

// Shapes added after the first ten, chosen from a second stream (alt) so that the pages of
// every seed keep their other noise: a section with a link list, a figure caption, small print
// with a link, a titled div of emphasized text, a one-item list, an italic line with a break.
inline std::string more_box_html(Rng& alt, const std::string& title, const std::string& body, const std::string& a,
                                 bool action) {
    switch (alt.between(0, 5)) {
    case 0: return "<section><h3>" + esc(title) + "</h3><p>" + esc(body) + "</p>" + (action ? "<ul><li>" + a + "</li></ul>" : "") + "</section>";
    case 1: return "<figure><figcaption>" + esc(body) + (action ? " " + a : "") + "</figcaption></figure>";
    case 2: return "<p><small>" + esc(body) + "</small>" + (action ? " " + a : "") + "</p>";
    case 3: return "<div><h2>" + esc(title) + "</h2><p><em>" + esc(body) + "</em></p>" + (action ? "<p>" + a + "</p>" : "") + "</div>";
    case 4: return "<ul><li>" + esc(body) + (action ? " " + a : "") + "</li></ul>";
    default: return "<p><i>" + esc(body) + "</i>" + (action ? "<br>" + a : "") + "</p>";
    }
}

inline Promo promo_box(Rng& rng, Rng& alt, const SyllableScript& sc, bool needs_action, std::vector<std::string>& atoms) {
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
    if (alt.chance(40)) h = more_box_html(alt, title, body, a, action || needs_action);
    std::string t;
    if (rng.chance(60)) t += title + "\n";
    t += body + "\n";
    if (action) t += rng.chance(50) ? button + " → " + url + "\n" : "[" + button + "]\n";
    if (alt.chance(30)) {  // other plain-text box shapes: a quoted line, starred lines, "title: body"
        switch (alt.between(0, 2)) {
        case 0: t = "> " + body + "\n" + (action ? "> " + button + ": " + url + "\n" : ""); break;
        case 1: t = "*** " + title + " ***\n" + body + "\n" + (action ? "→ " + button + "\n" : ""); break;
        default: t = title + ": " + body + (action ? " " + url : "") + "\n"; break;
        }
    }
    return {h, t, title, body, button, url, action || needs_action};
}

// Shapes added last, from a third stream (late): a two-row table with a header cell, a strong
// title and a line break in one paragraph, a titled div with two links, marked text, an ordered
// list, an underlined title with the link in small print; in text, a "=== title ===" banner,
// a bullet with an arrow, a bracketed title before the text.
inline Promo late_box(Rng& late, Promo pr, bool needs_action) {
    const std::string a = "<a href=\"" + pr.url + "\">" + esc(pr.button) + "</a>";
    const bool act = pr.action || needs_action;
    if (late.chance(25)) {
        const std::string title = esc(pr.title), body = esc(pr.body);
        switch (late.between(0, 5)) {
        case 0: pr.html = "<table><tr><th>" + title + "</th></tr><tr><td>" + body + (act ? " " + a : "") + "</td></tr></table>"; break;
        case 1: pr.html = "<p><strong>" + title + "</strong><br>" + body + (act ? " " + a : "") + "</p>"; break;
        case 2: pr.html = "<div><h5>" + title + "</h5><p>" + body + "</p>" +
                          (act ? "<p>" + a + " · <a href=\"" + pr.url + "/more\">" + title + "</a></p>" : "") + "</div>"; break;
        case 3: pr.html = "<p><mark>" + body + "</mark>" + (act ? " " + a : "") + "</p>"; break;
        case 4: pr.html = "<ol><li>" + title + "</li><li>" + body + (act ? " " + a : "") + "</li></ol>"; break;
        default: pr.html = "<div><p><u>" + title + "</u></p><p>" + body + "</p>" + (act ? "<p><small>" + a + "</small></p>" : "") + "</div>"; break;
        }
    }
    if (late.chance(20)) {
        switch (late.between(0, 2)) {
        case 0: pr.text = "=== " + pr.title + " ===\n" + pr.body + "\n" + (act ? "(" + pr.url + ")\n" : ""); break;
        case 1: pr.text = "• " + pr.body + (act ? " → " + pr.url : "") + "\n"; break;
        default: pr.text = "[ " + pr.title + " ] " + pr.body + "\n" + (act ? ">> " + pr.button + "\n" : ""); break;
        }
    }
    return pr;
}

// Box shapes added fourth, from a stream of their own (boxes4), so every other piece of a page
// stays as it was: a one-row table of title, text and button cells, a bold "title:" lead with
// the button on its own line, text between two horizontal rules, a styled span and an arrowed
// link, a role=note div with a small heading; in text, a box drawn with +---+ borders, a lone
// title between two rules of ~ or =, a "#### title ####" banner with a "-> address" line, text
// between two "* * *" separators, a dash rule before the button line.
inline Promo fourth_box(Rng& boxes4, Promo pr, bool needs_action) {
    const bool act = pr.action || needs_action;
    const std::string a = "<a href=\"" + pr.url + "\">" + esc(pr.button) + "</a>";
    const std::string title = esc(pr.title), body = esc(pr.body);
    if (boxes4.chance(25)) {
        switch (boxes4.between(0, 4)) {
        case 0: pr.html = "<table><tr><td><b>" + title + "</b></td><td>" + body + "</td>" + (act ? "<td>" + a + "</td>" : "") + "</tr></table>"; break;
        case 1: pr.html = "<div><p><b>" + title + ":</b> " + body + "</p>" + (act ? "<p>" + a + " \u00BB</p>" : "") + "</div>"; break;
        case 2: pr.html = "<div><hr><p>" + body + (act ? " " + a : "") + "</p><hr></div>"; break;
        case 3: pr.html = "<p><span style=\"font-weight:bold\">" + body + "</span>" + (act ? " <a href=\"" + pr.url + "\">" + esc(pr.button) + " \u203A</a>" : "") + "</p>"; break;
        default: pr.html = "<div role=\"note\"><h6>" + title + "</h6><p>" + body + "</p>" + (act ? "<p>" + a + "</p>" : "") + "</div>"; break;
        }
    }
    if (boxes4.chance(25)) {
        const std::string rule(static_cast<std::size_t>(boxes4.between(6, 24)), boxes4.chance(50) ? '~' : '=');
        switch (boxes4.between(0, 4)) {
        case 0: pr.text = "+" + std::string(20, '-') + "+\n| " + pr.title + "\n| " + pr.body + "\n" + (act ? "| " + pr.url + "\n" : "") + "+" + std::string(20, '-') + "+\n"; break;
        case 1: pr.text = rule + "\n" + pr.title + "\n" + rule + "\n" + pr.body + "\n" + (act ? pr.url + "\n" : ""); break;
        case 2: pr.text = "#### " + pr.title + " ####\n" + pr.body + "\n" + (act ? "-> " + pr.url + "\n" : ""); break;
        case 3: pr.text = "* * *\n" + pr.body + (act ? " " + pr.url : "") + "\n* * *\n"; break;
        default: pr.text = pr.body + "\n" + std::string(10, '-') + "\n" + (act ? pr.button + ": " + pr.url + "\n" : pr.title + "\n"); break;
        }
    }
    return pr;
}

// Marker forms added last (third stream): two markers side by side, a starred number, a caret
// before a bracket, a superscript in round brackets.
inline std::string late_marker(Rng& late, std::string m) {
    if (!late.chance(20)) return m;
    static const std::vector<std::string> sup{"¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
    const std::string n = std::to_string(late.between(1, 60)), k = std::to_string(late.between(1, 60));
    switch (late.between(0, 3)) {
    case 0: return "[" + n + "][" + k + "]";
    case 1: return "[*" + n + "]";
    case 2: return "^[" + n + "]";
    default: return "(" + late.pick(sup) + ")";
    }
}

}  // namespace gen_detail

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
