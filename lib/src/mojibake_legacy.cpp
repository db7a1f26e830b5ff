// Legacy single-byte text read as a Latin page (see mojibake_legacy.hpp). The class: a word of a
// non-Latin page's letters (all bytes 80-FF) read through a Latin page becomes a word of
// accented letters and signs with no ASCII letter in it ("øàõìàò", "ÊáëçìÝñá", "ùìåí"), which no
// Latin language writes. Table-driven over codepages.hpp: the word's characters go back to
// windows-1252's bytes (the Western page every undeclared or mis-declared page falls back to,
// ISO-8859-1 included) and forward through each page of another script; the repair is taken only
// when every character comes out a letter of that page's script and that script is the one the
// rest of the text is written in (the text's language shows which page it was). Words whose
// bytes hold a well-formed UTF-8 sequence are UTF-8 damage, mojibake.cpp's, and are left to it.
// Text with no Latin-1 letter (no C3 byte) is passed over with a byte search, text with fewer than
// four characters of another script with a scan of its high bytes.
#include "mojibake_legacy.hpp"

#include <array>
#include <cstdint>
#include <vector>

#include <utf8proc.h>

#include "ascii.hpp"
#include "charset_tables.hpp"
#include "codepages.hpp"

namespace winnow::detail {
namespace {

enum class Script : std::uint8_t { latin, cyrillic, greek, hebrew, arabic, thai, other };

// The script each page's letters are written in, in codepages.hpp's order.
constexpr std::array<Script, kCodePageCount> kPageScript{
    Script::latin,    // windows-1252
    Script::latin,    // windows-1250
    Script::cyrillic, // windows-1251
    Script::greek,    // windows-1253
    Script::latin,    // windows-1254
    Script::latin,    // windows-1257
    Script::latin,    // ISO-8859-2
    Script::latin,    // MacRoman
    Script::latin,    // cp437
    Script::hebrew,   // windows-1255
    Script::arabic,   // windows-1256
    Script::cyrillic, // KOI8-R
    Script::cyrillic, // ISO-8859-5
    Script::thai,     // windows-874
    Script::latin,    // cp850
    Script::latin,    // cp852
    Script::latin,    // windows-1258
};

Script script_of(char32_t c) {
    if (c < 0x250 || (c >= 0x1E00 && c <= 0x1EFF)) return Script::latin;
    if (c >= 0x370 && c <= 0x3FF) return Script::greek;
    if (c >= 0x400 && c <= 0x52F) return Script::cyrillic;
    if (c >= 0x590 && c <= 0x5FF) return Script::hebrew;
    if (c >= 0x600 && c <= 0x6FF) return Script::arabic;
    if (c >= 0xE00 && c <= 0xE7F) return Script::thai;
    return Script::other;
}

bool letter(char32_t c) {
    const int k = utf8proc_category(static_cast<utf8proc_int32_t>(c));
    return k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO;
}

// Letters and the marks Hebrew, Arabic and Thai write inside words (vowel points, tone marks).
bool word_char(char32_t c) {
    const int k = utf8proc_category(static_cast<utf8proc_int32_t>(c));
    return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO) || k == UTF8PROC_CATEGORY_MN;
}

bool space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || (c >= 0x2000 && c <= 0x200A); }

// Punctuation that ends or opens a word and is the same byte in every page (ASCII).
bool edge_punct(char32_t c) { return c < 0x80 && !((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && !(c >= '0' && c <= '9'); }

struct Word {
    std::size_t b, e;   // characters [b, e) with edge punctuation trimmed
};

// Whether bytes hold a well-formed UTF-8 sequence of two or more bytes.
bool holds_utf8_sequence(const std::vector<unsigned char>& bytes) {
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (bytes[i] < 0xC2) continue;
        char32_t cp = 0;
        if (strict_utf8_at(bytes.data(), bytes.size(), i, cp) >= 2) return true;
    }
    return false;
}

// The word re-read from page `from` into page `to`, or empty when some character has no byte in
// `from` or does not come out a letter (or in-word mark) of `to`'s script.
std::u32string reread(const std::vector<char32_t>& cps, const Word& w, int from, int to, std::vector<unsigned char>& bytes) {
    bytes.clear();
    std::u32string r;
    int letters = 0;
    for (std::size_t i = w.b; i < w.e; ++i) {
        const PageBytes* pb = page_bytes(cps[i]);
        if (!pb || !pb->byte[static_cast<std::size_t>(from)]) return {};
        const std::uint8_t b = pb->byte[static_cast<std::size_t>(from)];
        bytes.push_back(b);
        const char32_t c = kCodePageHigh[static_cast<std::size_t>(to)][b - 0x80u];
        if (!word_char(c) || script_of(c) != kPageScript[static_cast<std::size_t>(to)]) return {};
        letters += letter(c);
        r.push_back(c);
    }
    return letters >= 2 ? r : std::u32string{};
}

// Whether text holds four characters or more of the scripts a page is read back into (Greek to
// Arabic, U+0370-06FF, lead bytes CD-DB; Thai, U+0E00-0E7F, E0 B8-B9): the text's own script needs
// four letters of one. ASCII runs are passed eight bytes at a time: a Latin page's text, which
// holds none, costs a byte scan instead of a decode and a category per letter.
bool holds_other_script(std::string_view text) {
    const char* s = text.data();
    const std::size_t n = text.size();
    int count = 0;
    for (std::size_t i = ascii_bytes_end(s, 0, n); i < n; i = ascii_bytes_end(s, i + 1, n)) {
        const auto b = static_cast<unsigned char>(s[i]);
        if ((b >= 0xCD && b <= 0xDB) ||
            (b == 0xE0 && i + 1 < n && (static_cast<unsigned char>(s[i + 1]) == 0xB8 || static_cast<unsigned char>(s[i + 1]) == 0xB9)))
            if (++count == 4) return true;
    }
    return false;
}

}  // namespace

bool repair_legacy_page_words(std::string_view text, std::string& out) {
    // Latin-1 letters are C3 80-BF in UTF-8: a damaged word holds one.
    if (text.find('\xC3') == std::string_view::npos) return false;
    if (!holds_other_script(text)) return false;
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    std::vector<char32_t> cps;
    for (std::size_t i = 0; i < text.size();) cps.push_back(next_utf8(p, text.size(), i));

    // Candidate words: two or more characters, none ASCII, at least one a letter, every letter
    // Latin (what a Latin page reads).
    std::vector<Word> words;
    std::array<int, 7> outside{};   // letters per script outside the candidates
    for (std::size_t i = 0; i < cps.size();) {
        if (space(cps[i])) { ++i; continue; }
        std::size_t e = i;
        while (e < cps.size() && !space(cps[e])) ++e;
        Word w{i, e};
        while (w.b < w.e && edge_punct(cps[w.b])) ++w.b;
        while (w.e > w.b && edge_punct(cps[w.e - 1])) --w.e;
        bool candidate = w.e - w.b >= 2;
        bool any_letter = false;
        for (std::size_t k = w.b; k < w.e && candidate; ++k) {
            const bool is_letter = letter(cps[k]);
            candidate = cps[k] >= 0x80 && (!is_letter || script_of(cps[k]) == Script::latin);
            any_letter = any_letter || is_letter;
        }
        if (candidate && any_letter) {
            words.push_back(w);
        } else {
            for (std::size_t k = i; k < e; ++k)
                if (letter(cps[k])) ++outside[static_cast<std::size_t>(script_of(cps[k]))];
        }
        i = e;
    }
    if (words.empty()) return false;
    // The text's own script: the non-Latin one its other words are written in, clearly more of
    // them than Latin letters (a Russian word quoted in an English text is not enough).
    int best = -1;
    for (std::size_t s = 1; s + 1 < outside.size(); ++s)
        if (outside[s] >= 4 && outside[s] > outside[0] && (best < 0 || outside[s] > outside[static_cast<std::size_t>(best)])) best = static_cast<int>(s);
    if (best < 0) return false;
    const auto script = static_cast<Script>(best);

    // The source page: of those written in that script, the one whose reading repairs the most
    // words (KOI8-R and ISO-8859-5 give Cyrillic letters for most bytes too); first on a tie.
    std::vector<unsigned char> bytes;
    std::vector<std::pair<Word, std::u32string>> repairs, trial;
    for (int to = 0; to < kCodePageCount; ++to) {
        if (kPageScript[static_cast<std::size_t>(to)] != script) continue;
        trial.clear();
        for (const Word& w : words) {
            std::u32string r = reread(cps, w, kCp1252, to, bytes);
            if (!r.empty() && !holds_utf8_sequence(bytes)) trial.emplace_back(w, std::move(r));
        }
        if (trial.size() > repairs.size()) repairs.swap(trial);
    }
    if (repairs.empty()) return false;
    out.clear();
    out.reserve(text.size());
    std::size_t at = 0;
    for (const auto& [w, r] : repairs) {
        for (; at < w.b; ++at) append_utf8(out, cps[at]);
        for (char32_t c : r) append_utf8(out, c);
        at = w.e;
    }
    for (; at < cps.size(); ++at) append_utf8(out, cps[at]);
    return true;
}

}  // namespace winnow::detail
