// Stage — extract: prose under a name of short chrome. A caption describes a picture and a
// byline names an author, in a line or two; a paragraph of several sentences with no picture
// in it that a site styles with such a class (an italic intro, an editor's note) is the
// article's own text, and the class name alone must not remove it.
#include <string_view>

#include "extract_impl.hpp"

namespace winnow::detail::extraction {

namespace {

// Sentence ends: '.', '!' or '?' (a run such as "?!" or "..." once, closing quotes and
// brackets after it) before the end of the text or a space and a word that does not start
// with a lower-case ASCII letter or a digit ("Co. 787", "Nov. 13", "e.g. this" are not ends;
// capitals of any script are), or a wide stop (ideographic, fullwidth, a danda: sentence_end_at).
std::size_t sentence_ends(std::string_view t) {
    std::size_t ends = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (sentence_end_at(t, i) == 3) {
            ++ends;
            i += 2;
            continue;
        }
        if (t[i] != '.' && t[i] != '!' && t[i] != '?') continue;
        std::size_t j = i + 1;
        while (j < t.size() && (t[j] == '.' || t[j] == '!' || t[j] == '?' || t[j] == '"' || t[j] == '\'' ||
                                t[j] == ')' || t[j] == ']'))
            ++j;
        i = j - 1;
        if (j >= t.size()) {
            ++ends;
            continue;
        }
        if (!is_space(static_cast<unsigned char>(t[j]))) continue;
        while (j < t.size() && is_space(static_cast<unsigned char>(t[j]))) ++j;
        if (j >= t.size()) {
            ++ends;
            continue;
        }
        const char c = t[j];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) ++ends;
    }
    return ends;
}

}  // namespace

// A caption runs a sentence or two and a credit; three sentences are a paragraph
// (tools/loco.py: 2, 3 and 4 in the report of the commit).
constexpr std::size_t kSentences = 3;

bool Extractor::is_misnamed_prose(std::uint32_t n) const {
    const DomNode& node = dom_.nodes[n];
    if (node.tag != GUMBO_TAG_P && !(node.tag == GUMBO_TAG_DIV && is_text_div(n))) return false;
    const NodeStats& s = stats_[n];
    // Prose of its own: long, few links.
    if (s.text < 200 || s.link_text * 4 > s.text) return false;
    // A picture inside makes it a figure box, whatever its text says.
    const std::uint32_t end = subtree_end(n);
    for (std::uint32_t d = n + 1; d < end; ++d) {
        const GumboTag t = dom_.nodes[d].tag;
        if (dom_.nodes[d].type == NodeType::element &&
            (t == GUMBO_TAG_IMG || t == GUMBO_TAG_VIDEO || t == GUMBO_TAG_IFRAME ||
             t == GUMBO_TAG_FIGURE || t == GUMBO_TAG_OBJECT || t == GUMBO_TAG_EMBED))
            return false;
    }
    return sentence_ends(dom_.text_of(n)) >= kSentences;
}

}  // namespace winnow::detail::extraction
