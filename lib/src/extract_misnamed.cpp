// Stage — extract: prose under a name of short chrome. A caption describes a picture and a
// byline names an author, in a line or two; a paragraph of several sentences with no picture
// in it that a site styles with such a class (an italic intro, an editor's note) is the
// article's own text, and the class name alone must not remove it.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "extract_impl.hpp"
#include "text_lines.hpp"

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

namespace {

// The lower-cased class tokens of an element.
std::vector<std::string> class_tokens(const Dom& dom, std::uint32_t n) {
    std::vector<std::string> out;
    const std::string names = ascii_lower(dom.attr(n, "class"));
    for (std::size_t i = 0; i < names.size();) {
        const std::size_t j = std::min(names.find(' ', i), names.size());
        if (j > i) out.push_back(names.substr(i, j - i));
        i = j + 1;
    }
    return out;
}

}  // namespace

bool Extractor::shares_name_with_prose(std::uint32_t n) const {
    // The builder's boxes are siblings or cousins (a wrapper and its inner container each):
    // look under the grandparent.
    std::uint32_t scope = n;
    for (int up = 0; up < 2 && dom_.nodes[scope].parent != no_node; ++up) scope = dom_.nodes[scope].parent;
    // Only prose is spared: a line of fields (a byline, counts) or a list of links under the
    // same name is still judged by it.
    if (scope == n || link_density(n) > kVocabularyLinks || !holds_prose(n)) return false;
    std::vector<std::string> chrome_names;
    for (std::string& t : class_tokens(dom_, n))
        if (read_hints(t).negative) chrome_names.push_back(std::move(t));
    if (chrome_names.empty()) return false;
    const std::uint32_t n_end = subtree_end(n);
    int looked = 0;
    for (std::uint32_t d = dom_.next_in(scope, scope); d != no_node && ++looked < kNodesLooked;) {
        const DomNode& e = dom_.nodes[d];
        if (d == n || e.removed) {  // n's own boxes are not a second use of its names
            d = dom_.next_in(d, scope, true);
            continue;
        }
        const NodeStats& st = stats_[d];
        const bool around_n = d < n && subtree_end(d) >= n_end;
        if (e.type == NodeType::element && !around_n && st.paragraphs >= kProseParagraphs && link_density(d) <= kVocabularyLinks) {
            const std::vector<std::string> theirs = class_tokens(dom_, d);
            if (std::all_of(chrome_names.begin(), chrome_names.end(),
                            [&](const std::string& t) { return std::find(theirs.begin(), theirs.end(), t) != theirs.end(); }))
                return true;
        }
        d = dom_.next_in(d, scope);
    }
    return false;
}

}  // namespace winnow::detail::extraction
