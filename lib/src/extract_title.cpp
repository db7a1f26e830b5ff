#include "extract_title.hpp"

#include <algorithm>
#include <string>
#include <utility>

#include "text_length.hpp"

namespace winnow::detail {

// Letters and digits only, ASCII folded to lower case: punctuation, quotes and spacing differ
// between a <title> and the heading that shows it. Non-ASCII bytes are kept as they are, but for
// the spaces and invisible format characters that differ the same way.
namespace {

bool folds_in(unsigned char c) { return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

// The byte length of a non-ASCII space or invisible format character at s[i] (0 if there is
// none): a headline sets a no-break space before its last word (no widow line) or soft hyphens
// in long words where its <title> has a plain space or nothing. U+00A0, U+00AD, U+2000-U+200F
// (spaces, zero widths, direction marks), U+2028-U+202F, U+205F-U+206F, U+3000, U+FEFF.
// (Typographic quotes and dashes stay letters of the fold: "…" for "..." would join more
// titles to their headings, but a live blog's headline found so loses the blog to the rule
// that leaves a thread for the article under the title.)
std::size_t skipped_mark_at(std::string_view s, std::size_t i) {
    const auto b = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
    if (b(0) == 0xC2 && (b(1) == 0xA0 || b(1) == 0xAD)) return 2;
    if (b(0) == 0xE2 && b(1) == 0x80 && ((b(2) >= 0x80 && b(2) <= 0x8F) || (b(2) >= 0xA8 && b(2) <= 0xAF))) return 3;
    if (b(0) == 0xE2 && b(1) == 0x81 && b(2) >= 0x9F && b(2) <= 0xAF) return 3;
    if ((b(0) == 0xE3 && b(1) == 0x80 && b(2) == 0x80) || (b(0) == 0xEF && b(1) == 0xBB && b(2) == 0xBF)) return 3;
    return 0;
}

// Calls f(byte) on each byte of s that the fold keeps, ASCII upper case lowered, while f
// returns true; returns whether it always did.
template <class F>
bool for_each_folded(std::string_view s, F&& f) {
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x80) {
            if (const std::size_t skip = skipped_mark_at(s, i); skip > 0) {
                i += skip;
                continue;
            }
        }
        ++i;
        if (c >= 'A' && c <= 'Z') {
            if (!f(static_cast<char>(c - 'A' + 'a'))) return false;
        } else if (folds_in(c) && !f(static_cast<char>(c))) {
            return false;
        }
    }
    return true;
}

void append_folded(std::string_view s, std::string& out) {
    for_each_folded(s, [&](char c) {
        out.push_back(c);
        return true;
    });
}

// Calls f on the text of each text node of n's subtree that text_of reads (removed ones skipped).
template <class F>
void for_each_text(const Dom& dom, std::uint32_t root, F&& f) {
    for (std::uint32_t n = root; n != no_node;) {
        const DomNode& node = dom.nodes[n];
        if (node.removed) {
            n = dom.next_in(n, root, true);
            continue;
        }
        if (node.type == NodeType::text || node.type == NodeType::whitespace || node.type == NodeType::cdata) f(node.text);
        n = dom.next_in(n, root);
    }
}

}  // namespace

std::string fold_letters(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    append_folded(s, out);
    return out;
}

bool folds_to(std::string_view s, std::string_view want) {
    std::size_t k = 0;
    const bool same = for_each_folded(s, [&](char folded) { return k < want.size() && want[k++] == folded; });
    return same && k == want.size();
}

// text_of only collapses spaces between the text nodes' bytes, and folding drops every space:
// the fold of the text is the fold of its text nodes, one after another.
std::string folded_text(const Dom& dom, std::uint32_t n) {
    std::string out;
    for_each_text(dom, n, [&](std::string_view t) { append_folded(t, out); });
    return out;
}

std::size_t folded_size(const Dom& dom, std::uint32_t n) {
    std::size_t size = 0;
    for_each_text(dom, n, [&](std::string_view t) {
        for_each_folded(t, [&](char) { return ++size != 0; });
    });
    return size;
}

namespace {

std::string_view link_target(const Dom& dom, std::uint32_t h, std::size_t heading_folded) {
    std::uint32_t link = no_node;
    std::size_t longest = 0;
    for (std::uint32_t d = dom.next_in(h, h); d != no_node; d = dom.next_in(d, h)) {
        if (!dom.is(d, GUMBO_TAG_A)) continue;
        if (const std::size_t length = folded_size(dom, d); length > longest) {
            longest = length;
            link = d;
        }
    }
    if (link == no_node || longest * 4 < heading_folded * 3) return {};
    return dom.attr(link, "href");
}

// Same words, or one holds the other and the shorter is most of the longer (a title with a
// kicker or a site name the stripping missed). Short strings must match exactly: a section
// name is no title.
bool same_title(const std::string& a, const std::string& b) {
    if (a.empty() || b.empty()) return false;
    // Lengths in characters of text (text_length), not bytes: "Спорт" is five letters, not ten.
    const std::size_t la = text_length(a), lb = text_length(b);
    if (a == b) return la >= 8;
    const bool a_shorter = la < lb;
    const std::string& shorter = a_shorter ? a : b;
    const std::string& longer = a_shorter ? b : a;
    return std::min(la, lb) >= 20 && std::min(la, lb) * 2 >= std::max(la, lb) && longer.find(shorter) != std::string::npos;
}

// n or an ancestor was pruned.
bool removed(const Dom& dom, std::uint32_t n) {
    for (std::uint32_t p = n; p != no_node; p = dom.nodes[p].parent)
        if (dom.nodes[p].removed) return true;
    return false;
}

// A heading's level as the title finder reads it: h1 to h4 (heading_level's), 0 for h5, h6 and the rest.
int level(GumboTag t) {
    const int l = heading_level(t);
    return l <= 4 ? l : 0;
}

struct Match {
    std::uint32_t node = no_node;
    bool ambiguous = false;  // two headings of the best level say it: no evidence
};

// The first heading of the best level whose folded text is the title (or, unless exact, most of it).
// A later heading of that level that says it too is no evidence against it when both are links
// to one address: the title repeated after the article, pointing back to it (over its comments).
Match scan_headings(const std::vector<TitleHeadings::Heading>& headings, const std::string& want, bool exact) {
    Match m;
    int found_level = 9;
    std::string_view target;
    for (const TitleHeadings::Heading& h : headings) {
        if (h.level > found_level) continue;
        if (exact ? h.folded == want : same_title(h.folded, want)) {
            if (h.level == found_level && !m.ambiguous && !target.empty() && h.target == target) continue;
            m.ambiguous = h.level == found_level;
            if (!m.ambiguous) {
                m.node = h.node;
                target = h.target;
            }
            found_level = h.level;
        }
    }
    if (m.ambiguous) m.node = no_node;
    return m;
}

// Where a title's first or last part ends: a separator set apart by spaces (" | ", " - ",
// " :: ") or a colon after a word ("Site: Title").
bool is_separator(std::string_view t, std::size_t i, std::size_t& len) {
    for (std::string_view sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xBB ", " \xC2\xB7 ", ": "}) {
        if (t.compare(i, sep.size(), sep) == 0) {
            len = sep.size();
            return true;
        }
    }
    return false;
}

}  // namespace

std::string_view link_target(const Dom& dom, std::uint32_t h) { return link_target(dom, h, folded_size(dom, h)); }

const std::vector<TitleHeadings::Heading>& TitleHeadings::headings() const {
    if (headings_) return *headings_;
    headings_.emplace();
    // The node array is in pre-order: a flat scan visits the headings in document order.
    for (std::uint32_t n = dom_.body; n < dom_.nodes.size(); ++n) {
        const DomNode& node = dom_.nodes[n];
        const int l = node.type == NodeType::element ? level(node.tag) : 0;
        if (l == 0 || removed(dom_, n)) continue;
        std::string folded = folded_text(dom_, n);
        const std::string_view target = link_target(dom_, n, folded.size());
        headings_->push_back({n, l, std::move(folded), target});
    }
    return *headings_;
}

std::uint32_t find_title_heading(const Dom& dom, std::string_view title) {
    return TitleHeadings(dom).find(title);
}

std::uint32_t TitleHeadings::find(std::string_view title) const {
    const std::string want = fold_letters(title);
    if (dom_.body == no_node) return no_node;
    if (text_length(want) < 8) return short_title_heading(headings(), want);
    const auto& all = headings();
    const Match whole = scan_headings(all, want, false);
    if (whole.node != no_node || whole.ambiguous) return whole.node;
    // A <title> that names the site before or after the headline ("Site: Headline", "Headline |
    // Site"), the headline too short to be most of it: the heading that says the title without
    // its first part, or without its last. Both found (a banner heading names the site): no evidence.
    std::size_t first_end = std::string_view::npos, first_len = 0, last_start = std::string_view::npos;
    for (std::size_t i = 0, len = 0; i < title.size(); ++i)
        if (is_separator(title, i, len)) {
            if (first_end == std::string_view::npos) {
                first_end = i;
                first_len = len;
            }
            last_start = i;
        }
    if (first_end == std::string_view::npos) return no_node;
    const std::string tail = fold_letters(title.substr(first_end + first_len));
    const std::string head = fold_letters(title.substr(0, last_start));
    const Match a = text_length(tail) >= 8 ? scan_headings(all, tail, true) : Match{};
    const Match b = text_length(head) >= 8 && head != tail ? scan_headings(all, head, true) : Match{};
    if (a.node != no_node && b.node != no_node) return no_node;
    if (a.node != no_node || b.node != no_node) return a.node != no_node ? a.node : b.node;
    // A <title> of three parts or more ("Headline | Section | Site"): the heading that says its
    // first part alone, or its last; both found, no evidence.
    const std::string first = fold_letters(title.substr(0, first_end));
    const std::string last = fold_letters(title.substr(last_start + 1));
    const Match c = first != head && text_length(first) >= 8 ? scan_headings(all, first, true) : Match{};
    const Match d = last != tail && text_length(last) >= 8 ? scan_headings(all, last, true) : Match{};
    if (c.node != no_node && d.node != no_node) return no_node;
    return c.node != no_node ? c.node : d.node;
}

namespace {

// The line is a phrase inside a sentence ("the <b>Site</b> team answers…"): words run on before
// or after it in its block, with no break between. A title line stands alone, whatever sets it
// in bold.
bool runs_on_in_sentence(const Dom& dom, std::uint32_t line) {
    for (const bool after : {false, true}) {
        const std::uint32_t s = after ? dom.nodes[line].next_sibling : dom.previous_sibling(line);
        if (s == no_node || dom.nodes[s].type != NodeType::text) continue;
        bool letters = false;
        for_each_folded(dom.nodes[s].text, [&](char) { return !(letters = true); });
        if (letters) return true;
    }
    return false;
}

}  // namespace

std::uint32_t find_title_line(const Dom& dom, std::string_view title) {
    const std::string want = fold_letters(title);
    if (text_length(want) < 8 || dom.body == no_node) return no_node;
    std::uint32_t first = no_node;
    for (std::uint32_t n = dom.body; n < dom.nodes.size(); ++n) {
        const DomNode& node = dom.nodes[n];
        // Folding drops spaces and marks only: a node of fewer bytes cannot say the title.
        if (node.type != NodeType::text || node.text.size() < want.size() || !folds_to(node.text, want)) continue;
        bool linked = false, removed = false;
        for (std::uint32_t a = node.parent; a != no_node; a = dom.nodes[a].parent) {
            // A heading says it: the headings decide (two of them saying it are no evidence).
            if (heading_level(dom.nodes[a].tag) != 0) return no_node;
            linked |= dom.is(a, GUMBO_TAG_A);
            removed |= dom.nodes[a].removed;
        }
        if (linked || removed || first != no_node) continue;
        std::uint32_t line = node.parent;
        while (line != dom.body && dom.nodes[line].parent != no_node && dom.nodes[line].parent != dom.body &&
               folded_size(dom, dom.nodes[line].parent) == want.size())
            line = dom.nodes[line].parent;
        if (line != dom.body && !runs_on_in_sentence(dom, line)) first = line;
    }
    return first;
}

std::vector<std::uint32_t> TitleHeadings::repeats(std::uint32_t t) const {
    std::vector<std::uint32_t> out;
    const auto& all = headings();
    const auto title = std::find_if(all.begin(), all.end(), [&](const Heading& h) { return h.node == t; });
    if (title == all.end() || title->target.empty()) return out;
    for (auto h = title + 1; h != all.end(); ++h)
        if (h->level == title->level && h->folded == title->folded && h->target == title->target) out.push_back(h->node);
    return out;
}

std::string document_title(const Dom& dom) {
    for (std::uint32_t n = 0; n < dom.nodes.size() && n != dom.body; ++n)
        if (dom.nodes[n].type == NodeType::element && dom.nodes[n].tag == GUMBO_TAG_TITLE) return dom.text_of(n);
    return {};
}

}  // namespace winnow::detail
