// The random primitives of the property test's noise generator (noise_generator.hpp): a
// seeded stream, syllable scripts, identifiers, numbers, and the page record it fills.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <utf8proc.h>

#include "charset_tables.hpp"
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

// The library's own UTF-8 encoder: the generator writes code points as the decoder will read them.
inline void append_cp(std::string& out, char32_t cp) { detail::append_utf8(out, cp); }

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

}  // namespace gen_detail

}  // namespace winnow::test
