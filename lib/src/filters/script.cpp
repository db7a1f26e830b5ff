// Script classification (Unicode blocks to scripts, a generated table: utf8proc has no script
// property) and the document's dominant script.
#include <algorithm>
#include <array>
#include <cstring>
#include <cstdint>
#include <string_view>

#include <utf8proc.h>

#include "block_edit.hpp"
#include "filters/evidence.hpp"
#include "filters/filters.hpp"

namespace winnow::detail {

char32_t next_code_point(std::string_view text, std::size_t& i) noexcept {
    // Most text is ASCII: a byte below 0x80 is its own code point (utf8proc_iterate agrees).
    if (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) {
        ++i;
        return static_cast<unsigned char>(text[i - 1]);
    }
    utf8proc_int32_t cp = 0;
    const auto left = static_cast<utf8proc_ssize_t>(text.size() - i);
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i), left, &cp);
    if (n <= 0) {
        ++i;
        return 0xFFFD;
    }
    i += static_cast<std::size_t>(n);
    return static_cast<char32_t>(cp);
}

namespace {
struct ScriptRange {
    char32_t lo, hi;
    std::uint8_t script;
};
#include "filters/script_table.inc"
static_assert(kScriptNames.size() == script_count, "enum Script's script_count is the table's class count");
static_assert(kScriptNames[script_han] == "Han" && kScriptNames[script_latin] == "Latin" &&
              kScriptNames[script_katakana] == "Katakana" && kScriptNames[script_thai] == "Thai" &&
                  kScriptNames[script_bopomofo] == "Bopomofo",
              "the named classes of enum Script lead the generated table, in order");

constexpr int class_named(std::string_view name) noexcept {
    for (std::size_t s = 1; s < kScriptNames.size(); ++s)
        if (kScriptNames[s] == name) return static_cast<int>(s);
    return script_none;
}
// Scripts whose words are not set apart by spaces (syllables or characters run on).
constexpr std::array<int, 7> kUnspaced{script_han, script_hiragana, script_katakana, script_thai,
                                       class_named("Lao"), class_named("Khmer"), class_named("Myanmar")};
static_assert(std::none_of(kUnspaced.begin(), kUnspaced.end(), [](int s) { return s == script_none; }),
              "every unspaced script has a class in the table");

}  // namespace

std::string_view script_name(int script) noexcept {
    return script >= 0 && script < script_count ? kScriptNames[static_cast<std::size_t>(script)] : std::string_view{};
}

bool written_without_spaces(int script) noexcept {
    return std::find(kUnspaced.begin(), kUnspaced.end(), script) != kUnspaced.end();
}

int script_by_name(std::string_view name) noexcept { return class_named(name); }

bool is_letter(char32_t cp) noexcept {
    if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';   // ASCII: the categories Lu and Ll
    const auto c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL || c == UTF8PROC_CATEGORY_LT ||
           c == UTF8PROC_CATEGORY_LM || c == UTF8PROC_CATEGORY_LO || c == UTF8PROC_CATEGORY_MN ||
           c == UTF8PROC_CATEGORY_MC;
}

bool ends_on_sentence_stop(std::string_view t) noexcept {
    if (t.empty()) return false;
    if (t.back() == '.' || t.back() == '!' || t.back() == '?') return true;
    std::size_t b = t.size() - 1;
    while (b > 0 && (static_cast<unsigned char>(t[b]) & 0xC0) == 0x80) --b;
    return is_wide_sentence_stop(next_code_point(t, b));
}

bool is_wide_sentence_stop(char32_t cp) noexcept {
    switch (cp) {
        case 0x3002: case 0xFF01: case 0xFF0E: case 0xFF1F:  // ideographic, full-width
        case 0x0964: case 0x0965:                            // danda, double danda
        case 0x061F: case 0x06D4:                            // Arabic question mark, Urdu full stop
        case 0x0589:                                         // Armenian full stop
        case 0x1362: case 0x1367: case 0x1368:               // Ethiopic full stop, question, exclamation
        case 0x104A: case 0x104B:                            // Myanmar
        case 0x17D4:                                         // Khmer
        case 0x0F0D:                                         // Tibetan shad
            return true;
        default:
            return false;
    }
}

bool is_combining_mark(char32_t cp) noexcept {
    if (cp < 0x300) return false;  // the first block of combining marks
    const auto c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC || c == UTF8PROC_CATEGORY_ME;
}

bool is_digit(char32_t cp) noexcept {
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_ND;
}

namespace {
int script_by_range(char32_t cp) noexcept {
    auto it = std::upper_bound(kScriptRanges.begin(), kScriptRanges.end(), cp,
                               [](char32_t v, const ScriptRange& r) { return v < r.lo; });
    if (it == kScriptRanges.begin()) return script_none;
    --it;
    if (cp > it->hi || !is_letter(cp)) return script_none;
    return it->script;
}

// The alphabets below U+0800 (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic) are most of
// the non-ASCII letters the filters classify, one by one: looked up directly.
constexpr char32_t kDirect = 0x800;
struct DirectScripts {
    std::array<std::uint8_t, kDirect> script{};
    DirectScripts() {
        for (char32_t cp = 0; cp < kDirect; ++cp) script[cp] = static_cast<std::uint8_t>(script_by_range(cp));
    }
};
}  // namespace

int script_of(char32_t cp) noexcept {
    if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' ? script_latin : script_none;   // the table's ASCII rows
    if (cp < kDirect) {
        static const DirectScripts direct;
        return direct.script[cp];
    }
    return script_by_range(cp);
}

int dominant_script(const Document& doc) {
    std::array<std::size_t, script_count> counts{};
    std::function<void(const std::vector<Block>&)> walk = [&](const std::vector<Block>& blocks) {
        for (const auto& b : blocks) {
            if (b.kind != BlockKind::code) {
                const std::string_view t = b.text;
                for (std::size_t i = 0; i < t.size();) {
                    // An ASCII byte is its own code point, a letter of it Latin (script_of's rows):
                    // a run of them counted without the calls, its other bytes not at all
                    // (script_none's count is never read: zeroed below, left out of the all_of).
                    if (static_cast<unsigned char>(t[i]) < 0x80) {
                        std::size_t latin = 0;
                        // Eight ASCII bytes at a time: a byte b (below 0x80) lower-cased is a
                        // letter when b + 0x1F reaches 0x80 ('a' and up) and b + 0x05 does not
                        // ('{' and up); no sum carries into the next byte.
                        constexpr std::uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
                        for (; i + 8 <= t.size(); i += 8) {
                            std::uint64_t w;
                            std::memcpy(&w, t.data() + i, 8);
                            if (w & high) break;
                            const std::uint64_t lower = w | 0x2020202020202020ull;
                            const std::uint64_t from_a = (lower + 0x1F * ones) & high, past_z = (lower + 0x05 * ones) & high;
                            // The bytes' 0 or 1 summed in the top byte (std::popcount without
                            // -mpopcnt is a library call per word).
                            latin += static_cast<std::size_t>((((from_a & ~past_z) >> 7) * ones) >> 56);
                        }
                        for (; i < t.size() && static_cast<unsigned char>(t[i]) < 0x80; ++i)
                            latin += static_cast<unsigned>((static_cast<unsigned char>(t[i]) | 0x20) - 'a') < 26u;
                        counts[script_latin] += latin;
                    } else {
                        ++counts[static_cast<std::size_t>(script_of(next_code_point(t, i)))];
                    }
                }
            }
            walk(b.children);
        }
    };
    walk(doc.body);
    if (std::all_of(counts.begin() + 1, counts.end(), [](std::size_t n) { return n == 0; })) {
        std::size_t i = 0;
        while (i < doc.meta.title.size()) ++counts[static_cast<std::size_t>(script_of(next_code_point(doc.meta.title, i)))];
    }
    counts[script_none] = 0;
    // A character of a syllabary or of a logography writes a syllable or a word, two or more of
    // an alphabet's letters: counted as two, so that a few lines of Latin debris (a stack trace,
    // a cookie) do not outweigh a short Korean, Japanese, Chinese or Amharic article.
    static const int ethiopic = script_by_name("Ethiopic"), yi = script_by_name("Yi");
    for (const int s : {static_cast<int>(script_hangul), static_cast<int>(script_hiragana), static_cast<int>(script_katakana),
                        static_cast<int>(script_han), ethiopic, yi})
        if (s != script_none) counts[static_cast<std::size_t>(s)] *= 2;
    // Japanese mixes kana with Han: count them as one family, report the larger member.
    int best = script_none;
    std::size_t best_n = 0;
    for (int s = 1; s < script_count; ++s) {
        std::size_t n = counts[static_cast<std::size_t>(s)];
        if (n > best_n) {
            best_n = n;
            best = s;
        }
    }
    return best == script_none ? script_latin : best;
}

}  // namespace winnow::detail
