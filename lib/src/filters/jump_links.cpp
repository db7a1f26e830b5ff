// Link residue, jump links: a paragraph that is nothing but one link to a place in this page
// ("Skip to content" → #main, "Jump to recipe" → #recipe, "Back to top" → #top), at the edge of
// the body (its first two blocks or its last), is the page's navigation left in the text. A
// link's target says it, whatever the language of its words: an article's sentences do not link
// to the page they stand on. Headings (a section's permalink is its own anchor) and list items
// (a table of contents) are not read.
#include <cstddef>

#include "ascii.hpp"
#include "block_edit.hpp"
#include "filters/evidence.hpp"
#include "filters/filters.hpp"
#include "filters/residue_edit.hpp"

namespace winnow::detail {

namespace {

constexpr std::size_t kMaxWords = 6;
constexpr std::size_t kMaxChars = 60;

// A short label: up to six words, 60 characters, no sentence's end.
bool jump_label(std::string_view t) {
    std::size_t words = 0, chars = 0;
    bool in_word = false;
    for (std::size_t i = 0; i < t.size();) {
        const char32_t cp = next_code_point(t, i);
        ++chars;
        if (cp == ' ') {
            in_word = false;
        } else if (!in_word) {
            in_word = true;
            ++words;
        }
    }
    const char last = t.empty() ? '\0' : t.back();
    return words >= 1 && words <= kMaxWords && chars <= kMaxChars && last != '.' && last != '!' && last != '?';
}

}  // namespace

void remove_jump_links(Document& doc, const LinkedMarkContext& ctx) {
    auto& body = doc.body;
    const std::size_t n = body.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (i >= 2 && i + 1 != n) continue;
        Block& b = body[i];
        if (b.kind != BlockKind::paragraph || b.spans.size() != 1 || b.text.empty()) continue;
        const Span& s = b.spans.front();
        if (s.kind != Span::Kind::link || s.target.find('#') == std::string::npos || s.target.back() == '#') continue;
        std::size_t a = 0, e = b.text.size();
        while (a < e && is_ascii_space(b.text[a])) ++a;
        while (e > a && is_ascii_space(b.text[e - 1])) --e;
        if (s.begin > a || s.end < e || !jump_label(std::string_view(b.text).substr(a, e - a))) continue;
        if (!ctx.in_page(s.target)) continue;
        record_residue(doc, b, b.text, 0);
        erase_text(b, 0, static_cast<std::uint32_t>(b.text.size()));
    }
}

}  // namespace winnow::detail
