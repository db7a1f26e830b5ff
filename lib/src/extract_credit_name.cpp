#include "extract_credit_name.hpp"

#include <cctype>
#include <string>

namespace winnow::detail {

namespace {

bool is_space(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string_view trim_view(std::string_view s) {
    while (!s.empty() && is_space(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && is_space(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

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
