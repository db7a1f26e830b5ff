// Extract: the link-block rule reads a block dense with links as a list of link entries (a
// related list, a tag cloud, a link row). A paragraph whose writer linked every source inside
// his sentences has the same density; its shape differs: sentences closed outside the links,
// the writer's own words between links, links read as clauses ("X profiled Y at Reuters"),
// not as names or headlines set side by side.
#include "extract_link_clauses.hpp"

#include <string>
#include <string_view>
#include <vector>

#include "extract_words.hpp"
#include "text_length.hpp"

namespace winnow::detail::extraction {

namespace {

constexpr std::size_t kClauseLength = 18;  // a link's mean length: a clause, not a name or a tag
constexpr std::size_t kOwnLength = 30;     // the writer's own letters between links: his sentences' joints

std::string_view trim(std::string_view v) {
    while (!v.empty() && is_space(static_cast<unsigned char>(v.front()))) v.remove_prefix(1);
    while (!v.empty() && is_space(static_cast<unsigned char>(v.back()))) v.remove_suffix(1);
    return v;
}

// Sentence ends in an unlinked piece; `words_before` / `words_after` say whether words stand
// before its first end and after its last (a link's sentence going on around it).
struct Piece {
    std::size_t ends = 0;
    bool words_before = false;  // a word before the first sentence end (or anywhere, if none)
    bool words_after = false;   // a word after the last sentence end (or anywhere, if none)
};

Piece read_piece(std::string_view s) {
    Piece p;
    bool word = false;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t end = sentence_end_at(s, i);
        // A stop closes a sentence when a space, a quote or the text's end follows it
        // ("3.5", "e.g" inside a word are no ends).
        if (end != 0) {
            const std::size_t next = i + end;
            if (end == 3 || next >= s.size() || !is_word_byte(static_cast<unsigned char>(s[next]))) {
                if (p.ends == 0) p.words_before = word;
                ++p.ends;
                word = false;
            }
            i = next;
            continue;
        }
        word = word || is_word_byte(static_cast<unsigned char>(s[i]));
        ++i;
    }
    if (p.ends == 0) p.words_before = word;
    p.words_after = word;
    return p;
}

}  // namespace

bool links_are_clauses(const Dom& dom, std::uint32_t n) {
    // The unlinked text between links (pieces[i] before link i; the last after the last link).
    std::vector<std::string> pieces(1);
    std::size_t links = 0, link_length = 0;
    for (std::uint32_t d = dom.next_in(n, n); d != no_node;) {
        const DomNode& e = dom.nodes[d];
        if (e.removed) {
            d = dom.next_in(d, n, true);
            continue;
        }
        if (e.type == NodeType::element && e.tag == GUMBO_TAG_A) {
            const std::string t = dom.text_of(d);
            if (!trim(t).empty()) {
                ++links;
                link_length += text_length(trim(t));
                pieces.emplace_back();
            } else {
                pieces.back() += ' ';
            }
            d = dom.next_in(d, n, true);
            continue;
        }
        if (e.type == NodeType::text) pieces.back() += e.text;
        else if (e.type == NodeType::element && is_block_tag(e.tag)) pieces.back() += ' ';
        d = dom.next_in(d, n);
    }
    if (links < 2 || link_length < links * kClauseLength) return false;
    // A label over the links ("Read also:", "Siehe auch：").
    const std::string_view opening = trim(pieces.front());
    if (opening.ends_with(':') || opening.ends_with("\uFF1A")) return false;
    // The text closes a sentence outside its links (after closing quotes or brackets).
    std::string_view last = trim(pieces.back());
    while (!last.empty() && (last.back() == '"' || last.back() == '\'' || last.back() == ')')) last = trim(last.substr(0, last.size() - 1));
    for (std::string_view q : {"\u201D", "\u2019", "\u00BB", "\u300D", "\u300F"})
        if (last.ends_with(q)) last.remove_suffix(q.size());
    if (!ends_with_sentence_end(last)) return false;
    // Link k stands between pieces[k-1] and pieces[k]: inside a sentence when words of it
    // stand on both sides (after the last end before it, before the first end after it).
    // The writer's own letters are counted in bytes: a Han character, three, as much as it says.
    std::size_t ends = 0, own = 0;
    bool inside_sentence = false;
    bool words_left = false;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        const Piece p = read_piece(pieces[i]);
        ends += p.ends;
        for (char ch : pieces[i]) own += is_word_byte(static_cast<unsigned char>(ch)) ? 1 : 0;
        if (i > 0 && words_left && p.words_before) inside_sentence = true;
        words_left = p.words_after;
    }
    return ends >= 2 && own >= kOwnLength && inside_sentence;
}

}  // namespace winnow::detail::extraction
