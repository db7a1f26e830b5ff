#include "extract_credit_name.hpp"

#include <cctype>
#include <string>

#include "line_bytes.hpp"

namespace winnow::detail {

namespace {

using line_bytes::is_space;
using line_bytes::lower_ascii;
using line_bytes::trim_view;

// Before the author's name, a credit's opening in any language ("Scritto da", "von", "Автор:"):
// one or two words of letters, 20 bytes at most, no digit, the second no capitalized word.
bool credit_opening(std::string_view p) {
    p = trim_view(p);
    if (p.empty() || p.size() > 20) return false;
    int words = 0;
    bool gap = true;
    for (const char ch : p) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= '0' && c <= '9') return false;
        if (c == ' ') {
            gap = true;
            continue;
        }
        if (gap && ++words > 2) return false;
        // A second word is a particle ("da", "by"), not a name's second half ("Allan Bryant").
        if (gap && words == 2 && c >= 'A' && c <= 'Z') return false;
        gap = false;
        if (c < 0x80 && !std::isalpha(c) && !(c == ':' || c == '.')) return false;
    }
    return words > 0;
}

}  // namespace

bool names_meta_author(std::string_view t, const Metadata& meta) {
    const std::string tl = lower_ascii(t);
    for (const auto& a : meta.authors) {
        if (a.name.size() < 3) continue;
        const std::string name = lower_ascii(a.name);
        if (tl == name) return true;
        // The name closing a short credit: "Scritto da Marco Bellini". A name that opens with a
        // letter: a tag's "(Image: Agency)" is no writer's name.
        const auto first = static_cast<unsigned char>(name[0]);
        if (tl.size() > name.size() && (std::isalpha(first) || first >= 0x80) && tl.ends_with(name) && tl[tl.size() - name.size() - 1] == ' ' &&
            credit_opening(std::string_view(t).substr(0, t.size() - name.size())))
            return true;
    }
    return false;
}

}  // namespace winnow::detail
