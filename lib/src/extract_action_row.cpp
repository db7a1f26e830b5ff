// Stage — extract: a row of buttons at the article's edge. A line whose links are all one-word
// labels (a button's "Print", "Save", "Yes", "No"), two or more of them, beside at most a short
// label or count of its own ("Rate this recipe ★★★★☆ (128 votes)", "Was this helpful? · 214
// ratings") and no sentence of prose, is a widget of the page (rating, feedback, print/save),
// not the article's text: by its shape, whatever its words, in any language. So is a line of
// star glyphs beside a figure and a count and no button ("★★★★☆ 4,8 (96 Bewertungen)").
#include <string>

#include "extract_impl.hpp"
#include "extract_lines.hpp"

namespace winnow::detail::extraction {

namespace {

// A letter or a digit (any byte of a multi-byte character counts): separators and symbols
// ("|", "·", "/") stand between buttons, words do not.
bool has_word(std::string_view t) {
    for (char ch : t) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC3 && c != 0xE2)) return true;
    }
    return false;
}

// Words of letters in t (runs of ASCII letters or of non-ASCII bytes outside punctuation).
int letter_words(std::string_view t) {
    int words = 0;
    bool in_word = false;
    for (char ch : t) {
        const auto c = static_cast<unsigned char>(ch);
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC3 && c != 0xE2);
        if (letter && !in_word) ++words;
        in_word = letter || (in_word && c >= 0x80);
    }
    return words;
}

}  // namespace

bool Extractor::is_rating_row(std::uint32_t n) const {
    // The stars as a text of their own (is_star_rating: 3-10 star glyphs, nothing else), then a
    // figure and a count with one word at most ("4,8 (96 Bewertungen)", "4.5 · 212 reviews").
    bool stars = false, digits = false;
    int words = 0;
    for (std::uint32_t d = dom_.next_in(n, n); d != no_node; d = dom_.next_in(d, n)) {
        const DomNode& e = dom_.nodes[d];
        if (e.type != NodeType::text || stats_[d].text == 0) continue;
        if (!stars) {
            if (!is_star_rating(e.text)) return false;
            stars = true;
            continue;
        }
        words += letter_words(e.text);
        for (char ch : e.text) digits = digits || (ch >= '0' && ch <= '9');
        if (ends_with_sentence_end(e.text)) return false;
    }
    return stars && digits && words <= 1;
}

bool Extractor::is_action_row(std::uint32_t n, std::uint32_t root) const {
    const NodeStats& s = stats_[n];
    // A line of its own (a table or a list is rows of data, each with its actions).
    const GumboTag tag = dom_.nodes[n].tag;
    if ((tag != GUMBO_TAG_DIV && tag != GUMBO_TAG_P && tag != GUMBO_TAG_SECTION) || holds_core(n)) return false;
    // A label and a few buttons, no longer than a long heading.
    constexpr std::uint32_t kRow = 80, kButton = 12;
    if (s.text > kRow || s.paragraphs > 1 || s.quotes != 0) return false;
    // A rating shown without buttons: stars beside a figure and a count. Wherever it stands:
    // the reviews or comments it sums up usually follow it, so it is seldom at the edge.
    if (s.link_text == 0 && is_rating_row(n)) return true;
    // The buttons stand side by side: words between two links ("photos by Eirik in Paris",
    // "follow us on X and Y") make a sentence that links its names.
    int buttons = 0;
    bool words_since_link = false;
    const std::uint32_t end = subtree_end(n);
    for (std::uint32_t d = n + 1; d < end; ++d) {
        const DomNode& e = dom_.nodes[d];
        if (e.removed) {
            // A <button> the prune stage took (a control, not text) was a button of the row.
            if (e.type == NodeType::element && e.tag == GUMBO_TAG_BUTTON) ++buttons;
            d = subtree_end(d) - 1;
            continue;
        }
        if (e.type == NodeType::text && stats_[d].text > 0 && buttons > 0 && has_word(e.text)) words_since_link = true;
        if (!dom_.is(d, GUMBO_TAG_A) || stats_[d].text == 0) continue;
        // One word of a button's length: a linked phrase or name ("Jane Doe", a headline) is a reference.
        if (stats_[d].text > kButton || words_since_link) return false;
        const std::string t = dom_.text_of(d);
        const std::size_t first = t.find_first_not_of(" \t\r\n\f"), last = t.find_last_not_of(" \t\r\n\f");
        for (std::size_t k = first; first != std::string::npos && k < last; ++k)
            if (is_space(static_cast<unsigned char>(t[k]))) return false;
        ++buttons;
        d = subtree_end(d) - 1;  // the link's own text is no word between links
    }
    if (buttons < 2) return false;
    // No sentence of its own: a full stop ends prose; a question or a count is a widget's label.
    const std::string text = dom_.text_of(n);
    for (std::size_t k = 0; k < text.size(); ++k)
        if (text[k] == '.' && (k + 1 == text.size() || is_space(static_cast<unsigned char>(text[k + 1])))) return false;
    return at_edge(n, root);
}

}  // namespace winnow::detail::extraction
