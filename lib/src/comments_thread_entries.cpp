// Which kind of entry a box's children are a thread of, by shape alone (comments.cpp asks it
// of every box): entries of one tag and first class word, most of them dated or rated.
#include "comments_thread_entries.hpp"

#include <algorithm>
#include <cstdlib>
#include <utility>

#include "comments_lines.hpp"
#include "extract_lines.hpp"
#include "prune.hpp"

namespace winnow::detail {

namespace {

constexpr std::uint32_t kTwoReviews = 2000;   // the text of a box of two reviews at most

// An entry of kind k among n's children holds, nested in it, an element of the same kind with
// text: a reply under the post it answers. A kind with a class tells, and so do a list's items
// and <article>s without one (a list nested in an item, an article in an article: what answers
// it); a bare <div> inside a bare <div> is any box's layout.
bool holds_own_kind(const Dom& dom, std::uint32_t n, const EntryKind& k, const std::vector<std::uint32_t>& text) {
    if (k.striped) return false;
    if (k.cls.empty() && k.tag != GUMBO_TAG_LI && k.tag != GUMBO_TAG_ARTICLE) return false;
    for (std::uint32_t c = dom.nodes[n].first_child; c != no_node; c = dom.nodes[c].next_sibling) {
        if (dom.nodes[c].type != NodeType::element || !(kind_of(dom, c) == k)) continue;
        std::size_t seen = 0;
        for (std::uint32_t d = dom.next_in(c, c); d != no_node && seen < 4 * kMaxEntryWalk; d = dom.next_in(d, c), ++seen)
            if (dom.nodes[d].type == NodeType::element && !dom.nodes[d].removed && text[d] > 0 && kind_of(dom, d) == k)
                return true;
    }
    return false;
}

// n's element children with text are entries of kinds a and b by turns (a first or b first), and
// nothing else: a list striped for reading.
bool alternate(const Dom& dom, std::uint32_t n, const EntryKind& a, const EntryKind& b, const std::vector<std::uint32_t>& text) {
    int previous = -1;
    for (std::uint32_t c = dom.nodes[n].first_child; c != no_node; c = dom.nodes[c].next_sibling) {
        if (dom.nodes[c].type != NodeType::element || dom.nodes[c].removed || text[c] == 0) continue;
        const EntryKind k = kind_of(dom, c);
        const int which = k == a ? 0 : k == b ? 1 : -1;
        if (which < 0 || which == previous) return false;
        previous = which;
    }
    return true;
}

// n's children of kind k (count of them) are a thread's entries: most of them dated (or rated, with
// no heading of their own), three at least; or a third dated when replies nest inside them (a
// thread that shows some replies folded to a title and a name, with no date: a live blog's
// updates do not nest). k.rated is set when ratings outnumber dates.
bool dated_entries(const Dom& dom, std::uint32_t n, const std::vector<std::uint32_t>& text, PostLines& lines, bool settle,
                   EntryKind& k, int count) {
    // count is every entry of the kind (each counted under the first kind equal to it): `left`
    // of them are not read yet.
    int dated = 0, rated = 0, left = count;
    for (std::uint32_t c = dom.nodes[n].first_child; c != no_node; c = dom.nodes[c].next_sibling) {
        if (dom.nodes[c].type != NodeType::element || dom.nodes[c].removed || text[c] == 0 || !(kind_of(dom, c) == k)) continue;
        if (has_date_line(dom, c, text, lines)) ++dated;
        else if (has_rating(dom, c, text) && !has_heading(dom, c)) ++rated;
        // Were every entry left dated, the test below would still fail: the rest is not read.
        --left;
        if (!settle) continue;
        if (dated + rated + left < 3 || ((dated + rated + left) * 5 < count * 3 && (dated + left) * 3 < count))
            return false;
    }
    const bool most = (dated + rated) * 5 >= count * 3;
    if (dated + rated < 3 || (!most && !(dated * 3 >= count && holds_own_kind(dom, n, k, text)))) return false;
    k.rated = rated > dated;
    return true;
}

}  // namespace


// n's children hold three or more dated (or rated, headingless) entries of one kind, or are two rated
// headingless entries of one kind and nothing else: that kind (tag none when not). The most
// common kind first; failing it, the largest other kind of three or more such entries, marked
// `minority`. settle: stop reading the entries once too few are left to make a thread (the
// answer is none either way).
EntryKind thread_entries(const Dom& dom, std::uint32_t n, const std::vector<std::uint32_t>& text, PostLines& lines,
                         bool settle) {
    constexpr EntryKind none{GUMBO_TAG_UNKNOWN, {}};
    // A row's cells are one record's columns side by side (a forum post's writer panel beside
    // its message), never posts of a thread.
    if (dom.is(n, GUMBO_TAG_TR)) return none;
    auto entry = [&](std::uint32_t c) {
        return dom.nodes[c].type == NodeType::element && !dom.nodes[c].removed && text[c] > 0;
    };
    int elements = 0;
    std::uint32_t lead = no_node;  // a heading opening the box, over its entries ("Reviews (2)")
    for (std::uint32_t c = dom.nodes[n].first_child; c != no_node && elements < 3; c = dom.nodes[c].next_sibling) {
        if (!entry(c)) continue;
        if (elements == 0 && lead == no_node && heading_level(dom.nodes[c].tag) != 0) lead = c;
        else ++elements;
    }
    if (elements < 2) return none;
    // Two entries, nothing else beside them but a heading over them, each rated with stars and
    // no heading: a product's reviews (a reader's verdict signed with a name), as three would
    // be. Or each dated, with a portrait or opening on a name line (a box, not a paragraph),
    // and no heading: two readers' posts (an author's two dated addenda show no face and open
    // on no name).
    if (elements == 2) {
        if (text[n] > kTwoReviews) return none;  // two short posts, not two halves of a page
        std::uint32_t first = no_node;
        int rated = 0, posts = 0;
        for (std::uint32_t c = dom.nodes[n].first_child; c != no_node; c = dom.nodes[c].next_sibling) {
            if (!entry(c) || c == lead) continue;
            if (has_heading(dom, c)) return none;
            if (has_rating(dom, c, text)) ++rated;
            else if ((has_portrait(dom, c) || (!dom.is(c, GUMBO_TAG_P) && signed_entry(dom, c, text))) &&
                     has_date_line(dom, c, text, lines))
                ++posts;
            else return none;
            if (first == no_node) first = c;
            else if (!(kind_of(dom, c) == kind_of(dom, first))) return none;
        }
        EntryKind k = kind_of(dom, first);
        k.rated = rated == 2;
        return rated == 2 || posts == 2 ? k : none;
    }
    // The most common kind among the children; a handful of kinds at most in a thread, so a
    // short list searched linearly (no allocation per child).
    std::vector<std::pair<EntryKind, int>> kinds;
    for (std::uint32_t c = dom.nodes[n].first_child; c != no_node; c = dom.nodes[c].next_sibling) {
        if (!entry(c)) continue;
        const EntryKind k = kind_of(dom, c);
        auto it = std::find_if(kinds.begin(), kinds.end(), [&](const auto& e) { return e.first == k; });
        if (it != kinds.end()) ++it->second;
        else if (kinds.size() < 16) kinds.emplace_back(k, 1);
    }
    auto best = std::max_element(kinds.begin(), kinds.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    // Two kinds of one tag taking turns, every entry's neighbours of the other (a list striped
    // for reading, "alt" on every other post): one kind, the class a colour.
    if (kinds.size() == 2 && kinds[0].first.tag == kinds[1].first.tag && kinds[0].second + kinds[1].second >= 3 &&
        std::abs(kinds[0].second - kinds[1].second) <= 1 && alternate(dom, n, kinds[0].first, kinds[1].first, text)) {
        EntryKind striped = kinds[0].first;
        striped.striped = true;
        kinds = {{striped, kinds[0].second + kinds[1].second}};
        best = kinds.begin();
    }
    if (best == kinds.end() || best->second < 3) return none;
    if (dated_entries(dom, n, text, lines, settle, best->first, best->second)) return best->first;
    // A box holding the article's paragraphs and, after them, the readers' posts (the article
    // ran on in the posts' box): its most common kind is the paragraph, and the posts are a
    // kind of fewer entries. Such a kind is a thread only after the box's prose (answered).
    EntryKind minority = none;
    int minority_count = 0;
    for (auto& [k, count] : kinds)
        if (count >= 3 && count > minority_count && !(k == best->first) &&
            dated_entries(dom, n, text, lines, settle, k, count)) {
            minority = k;
            minority_count = count;
        }
    if (minority.tag != GUMBO_TAG_UNKNOWN) minority.minority = true;
    return minority;
}

}  // namespace winnow::detail
