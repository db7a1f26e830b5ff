// Comment threads known by how their posts are signed rather than dated (comments.cpp asks):
// posts that open with a name line and nest their replies, and posts signed by links to the
// writers' own sites on several hosts.
#include <algorithm>
#include <string_view>

#include "comments_entry.hpp"
#include "extract_lines.hpp"
#include "prune.hpp"
#include "text_length.hpp"

namespace winnow::detail {

namespace {

constexpr std::uint32_t kNameLine = 40;   // a name or a handle, a few words
constexpr std::uint32_t kPostWords = 40;  // a post's sentence

// The host of an address: "http://jane.example.org/blog" -> "jane.example.org"; empty for a
// relative link or no address.
std::string_view address_host(std::string_view url) {
    if (url.starts_with("//")) url.remove_prefix(2);
    else if (url.starts_with("http://")) url.remove_prefix(7);
    else if (url.starts_with("https://")) url.remove_prefix(8);
    else if (!url.starts_with("www.")) return {};
    return url.substr(0, url.find_first_of("/?#: \n\t"));
}

// An entry signed by a link to a page of the writer's own: its first child with text (no
// heading) is a name line, once the addresses in it are set aside (a link's target, or the
// address written out, "http://jane.example.org/ Jane"), that links to an address off the page
// (absolute), over a later box (the post's words, however few). Both are boxes of their own: a
// paragraph opening with a link, or a list of one shop link, is no signed post. Returns that
// address's host, or nothing when the entry is not so signed.
std::string_view signing_host(const Dom& dom, std::uint32_t e, const std::vector<std::uint32_t>& text) {
    std::uint32_t line = no_node;
    bool post = false;
    for (std::uint32_t c = dom.nodes[e].first_child; c != no_node; c = dom.nodes[c].next_sibling) {
        if (dom.nodes[c].removed || text[c] == 0) continue;
        if (line == no_node) {
            // (A box of its own: a link or a bold name opening a paragraph is the paragraph's.)
            if (dom.nodes[c].type != NodeType::element || !is_block_element(dom.nodes[c].tag) ||
                heading_level(dom.nodes[c].tag) != 0 || text[c] > 4 * kNameLine)
                return {};
            line = c;
        } else if (dom.nodes[c].type == NodeType::element && is_block_element(dom.nodes[c].tag)) {
            post = true;  // the post's box, however short its words ("Thanks!")
            break;
        }
    }
    if (!post || dom.is(e, GUMBO_TAG_P)) return {};
    std::string_view host;
    std::size_t name = 0, seen = 0;
    for (std::uint32_t d = line; d != no_node && seen < kMaxEntryWalk; d = dom.next_in(d, line), ++seen) {
        const DomNode& n = dom.nodes[d];
        if (n.removed) continue;
        if (n.type == NodeType::element && n.tag == GUMBO_TAG_A && host.empty()) host = address_host(dom.attr(d, "href"));
        if (n.type != NodeType::text) continue;
        for (std::string_view t = n.text; !t.empty();) {  // words, an address aside
            const std::size_t from = t.find_first_not_of(" \n\t\r\f");
            if (from == std::string_view::npos) break;
            t.remove_prefix(from);
            const std::string_view word = t.substr(0, t.find_first_of(" \n\t\r\f"));
            t.remove_prefix(word.size());
            if (const std::string_view h = address_host(word); !h.empty()) {
                if (host.empty()) host = h;
            } else {
                name += text_length(word) + 1;
            }
        }
    }
    if (host.empty() || name > kNameLine + 1 || name_line_ends_sentence(dom.text_of(line))) return {};
    return host;
}

}  // namespace

// A sentence ends the line; a name's closing initial ("Rosa M.", "Иван П.") does not.
bool name_line_ends_sentence(std::string_view t) {
    while (!t.empty() && (t.back() == ' ' || t.back() == '\n' || t.back() == '\t')) t.remove_suffix(1);
    if (t.ends_with('.')) {
        const std::string_view word = t.substr(0, t.size() - 1).substr(t.substr(0, t.size() - 1).find_last_of(' ') + 1);
        // One character: its first byte and continuation bytes only.
        const bool initial = !word.empty() && std::all_of(word.begin() + 1, word.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; });
        return !initial;
    }
    return t.ends_with('!') || t.ends_with('?') || t.ends_with("\u3002") || t.ends_with("\uFF01") || t.ends_with("\uFF1F");
}

// An entry signed by a name line: its first child with text is a short line (a name, no
// sentence end) and a later child holds the post's words.
bool signed_entry(const Dom& dom, std::uint32_t e, const std::vector<std::uint32_t>& text) {
    bool name = false;
    for (std::uint32_t c = dom.nodes[e].first_child; c != no_node; c = dom.nodes[c].next_sibling) {
        if (dom.nodes[c].removed || text[c] == 0) continue;
        if (!name) {
            if (dom.nodes[c].type != NodeType::element || text[c] > kNameLine || name_line_ends_sentence(dom.text_of(c))) return false;
            name = true;
        } else if (text[c] >= kPostWords) {
            return true;
        }
    }
    return false;
}

// n's children hold three or more signed entries of one kind, and one of them holds, nested
// inside it, a signed entry of the same kind: replies to a post, the shape of a thread whether
// or not a date stands in it (a list of people, each a name over a text, does not nest).
bool nested_replies(const Dom& dom, std::uint32_t n, const std::vector<std::uint32_t>& text,
                    const std::vector<std::uint32_t>& link) {
    // A reader's post is words: a box whose text is half links or more (a widget's heading
    // over a list of headlines, a column of navigation) is no post, whatever line heads it.
    const auto post = [&](std::uint32_t e) { return link[e] * 2 < text[e] && signed_entry(dom, e, text); };
    std::vector<std::uint32_t> entries;
    for (std::uint32_t c = dom.nodes[n].first_child; c != no_node; c = dom.nodes[c].next_sibling)
        if (dom.nodes[c].type == NodeType::element && !dom.nodes[c].removed && post(c)) entries.push_back(c);
    if (entries.size() < 3) return false;
    const EntryKind k = kind_of(dom, entries[0]);
    std::size_t same = 0;
    bool nested = false;
    for (const std::uint32_t e : entries) {
        if (!(kind_of(dom, e) == k)) continue;
        ++same;
        std::size_t seen = 0;
        for (std::uint32_t d = dom.next_in(e, e); d != no_node && !nested && seen < kMaxEntryWalk; d = dom.next_in(d, e), ++seen)
            nested = dom.nodes[d].type == NodeType::element && kind_of(dom, d) == k && post(d);
    }
    return same >= 3 && nested;
}

// n's children hold three or more entries of one kind signed by a link to a page of the
// writer's own, on two or more hosts: readers answering the article, each pointing to a site of
// their own. Staff or a list of people link their names to the site's own pages, one host.
bool signed_by_own_pages(const Dom& dom, std::uint32_t n, const std::vector<std::uint32_t>& text) {
    EntryKind k;
    std::size_t same = 0;
    std::string_view hosts[2];
    for (std::uint32_t c = dom.nodes[n].first_child; c != no_node; c = dom.nodes[c].next_sibling) {
        if (dom.nodes[c].type != NodeType::element || dom.nodes[c].removed || text[c] == 0) continue;
        const std::string_view host = signing_host(dom, c, text);
        if (host.empty()) continue;
        if (same == 0) k = kind_of(dom, c);
        else if (!(kind_of(dom, c) == k)) continue;
        ++same;
        if (hosts[0].empty()) hosts[0] = host;
        else if (hosts[1].empty() && host != hosts[0]) hosts[1] = host;
    }
    return same >= 3 && !hosts[1].empty();
}

}  // namespace winnow::detail
