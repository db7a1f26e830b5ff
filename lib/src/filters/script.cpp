// Script classification (compact range table; utf8proc has no script property) and the
// document's dominant script.
#include <algorithm>
#include <array>
#include <cstdint>

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
struct Range {
    char32_t lo, hi;
    int script;
};
// Sorted by lo; letters only matter, digits/punctuation inside a block are filtered by category.
constexpr std::array<Range, 31> kRanges{{
    {0x0041, 0x005A, script_latin},     {0x0061, 0x007A, script_latin},
    {0x00C0, 0x024F, script_latin},     {0x0250, 0x02AF, script_latin},
    {0x0370, 0x03FF, script_greek},     {0x0400, 0x052F, script_cyrillic},
    {0x0530, 0x058F, script_armenian},  {0x0590, 0x05FF, script_hebrew},
    {0x0600, 0x06FF, script_arabic},    {0x0750, 0x077F, script_arabic},
    {0x08A0, 0x08FF, script_arabic},    {0x0900, 0x097F, script_devanagari},
    {0x0980, 0x09FF, script_bengali},   {0x0B80, 0x0BFF, script_tamil},
    {0x0E00, 0x0E7F, script_thai},      {0x10A0, 0x10FF, script_georgian},
    {0x1100, 0x11FF, script_hangul},    {0x1C80, 0x1C8F, script_cyrillic},
    {0x1E00, 0x1EFF, script_latin},     {0x1F00, 0x1FFF, script_greek},
    {0x2DE0, 0x2DFF, script_cyrillic},  {0x3040, 0x309F, script_hiragana},
    {0x30A0, 0x30FF, script_katakana},  {0x3130, 0x318F, script_hangul},
    {0x31F0, 0x31FF, script_katakana},  {0x3400, 0x4DBF, script_han},
    {0x4E00, 0x9FFF, script_han},       {0xA640, 0xA69F, script_cyrillic},
    {0xAC00, 0xD7AF, script_hangul},    {0xF900, 0xFAFF, script_han},
    {0xFB50, 0xFEFF, script_arabic},
}};
}  // namespace

bool is_letter(char32_t cp) noexcept {
    if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';   // ASCII: the categories Lu and Ll
    const auto c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL || c == UTF8PROC_CATEGORY_LT ||
           c == UTF8PROC_CATEGORY_LM || c == UTF8PROC_CATEGORY_LO || c == UTF8PROC_CATEGORY_MN ||
           c == UTF8PROC_CATEGORY_MC;
}

bool is_digit(char32_t cp) noexcept {
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_ND;
}

namespace {
int script_by_range(char32_t cp) noexcept {
    auto it = std::upper_bound(kRanges.begin(), kRanges.end(), cp,
                               [](char32_t v, const Range& r) { return v < r.lo; });
    if (it == kRanges.begin()) return script_none;
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
    if (cp >= 0x20000 && cp <= 0x2FFFF) return script_han;
    if (cp >= 0xFF66 && cp <= 0xFF9F) return script_katakana;
    if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' ? script_latin : script_none;   // the table's ASCII rows
    if (cp < kDirect) {
        static const DirectScripts direct;
        return direct.script[cp];
    }
    return script_by_range(cp);
}

bool scripts_compatible(int a, int b) noexcept {
    auto cjk = [](int s) { return s == script_han || s == script_hiragana || s == script_katakana || s == script_hangul; };
    return a == b || (cjk(a) && cjk(b));
}

int dominant_script(const Document& doc) {
    std::array<std::size_t, script_count> counts{};
    std::function<void(const std::vector<Block>&)> walk = [&](const std::vector<Block>& blocks) {
        for (const auto& b : blocks) {
            if (b.kind != BlockKind::code) {
                std::size_t i = 0;
                while (i < b.text.size()) ++counts[static_cast<std::size_t>(script_of(next_code_point(b.text, i)))];
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
