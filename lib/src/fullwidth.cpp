// Full-width ASCII folded outside CJK text (see fullwidth.hpp).
#include "fullwidth.hpp"

#include <utf8proc.h>

#include <vector>

#include "charset_tables.hpp"

namespace winnow::detail {
namespace {

bool is_fullwidth_ascii(char32_t cp) { return cp >= 0xFF01 && cp <= 0xFF5E; }

bool is_cjk(char32_t cp) {
    return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0x1100 && cp <= 0x11FF) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF01 && cp <= 0xFFEF) || (cp >= 0x20000 && cp <= 0x3FFFF);
}

bool letter_or_digit(char32_t cp) {
    const int c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) || (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO);
}

}  // namespace

bool fold_fullwidth_outside_cjk(std::string_view text, std::string& out) {
    // Full-width ASCII is EF BC 81 - EF BD 9E in UTF-8: most text has neither prefix.
    if (text.find("\xEF\xBC") == std::string_view::npos && text.find("\xEF\xBD") == std::string_view::npos) return false;
    std::vector<char32_t> cps;
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    for (std::size_t i = 0; i < text.size();) cps.push_back(next_utf8(p, text.size(), i));
    bool folded = false;
    for (std::size_t i = 0; i < cps.size();) {
        if (!is_fullwidth_ascii(cps[i])) { ++i; continue; }
        std::size_t end = i;
        while (end < cps.size() && is_fullwidth_ascii(cps[end])) ++end;
        // The context is the nearest letter or digit on each side that is no full-width ASCII:
        // runs parted only by marks, spaces or characters a later step drops ("Ａ\0Ａ") are
        // judged alike, whether they are one run yet or not (the result stays idempotent).
        char32_t before = 0, after = 0;
        for (std::size_t k = i; k > 0 && before == 0;)
            if (--k, letter_or_digit(cps[k]) && !is_fullwidth_ascii(cps[k])) before = cps[k];
        for (std::size_t k = end; k < cps.size() && after == 0; ++k)
            if (letter_or_digit(cps[k]) && !is_fullwidth_ascii(cps[k])) after = cps[k];
        if ((before != 0 || after != 0) && !is_cjk(before) && !is_cjk(after)) {
            for (std::size_t k = i; k < end; ++k) cps[k] -= 0xFEE0;   // U+FF01 is '!' + 0xFEE0
            folded = true;
        }
        i = end;
    }
    if (!folded) return false;
    out.clear();
    for (const char32_t cp : cps) append_utf8(out, cp);
    return true;
}

}  // namespace winnow::detail
