// Dates stage, the flags of each node: what the class and id names on it and around it say
// (skip: never text; weak: comments, calendars, sidebars, footers; dateish: named for a date or
// byline; updated: named for an update), and the block each text node belongs to.
#include <algorithm>
#include <cstring>

#include "date_collector.hpp"

namespace winnow::detail::date_collect {

namespace {

// A class or id that says "updated" or "modified". The bare microformat class "updated" next to
// other date classes ("date updated", "entry-date published updated") marks the published date in
// many templates and says nothing.
bool names_update(std::string_view h) {
    if (!any_ci(h, {"updat", "modif"}) || any_ci(h, {"publi", "posted"})) return false;
    bool other = false, bare = false;
    for (std::size_t i = 0; i < h.size();) {
        const std::size_t j = std::min(h.find(' ', i), h.size());
        const std::string_view tok = h.substr(i, j - i);
        if (tok == "updated") bare = true;
        else if (!tok.empty()) other = other || any_ci(tok, {"date", "time"}) || any_ci(tok, {"updat", "modif"});
        i = j + 1;
    }
    return !bare || !other;
}

// Whether s opens with word (lower-case ASCII letters), in either case.
bool folded_starts_with(std::string_view s, std::string_view word) {
    if (s.size() < word.size()) return false;
    for (std::size_t k = 0; k < word.size(); ++k)
        if ((s[k] | 0x20) != word[k]) return false;
    return true;
}

}  // namespace

// skip: never text (scripts, forms); weak: comments, calendars, archives, sidebars, footers;
// dateish: class or id names a date or byline; updated: ...names an update.
std::uint8_t Collector::hint_bits(std::string_view h, StringBitsCache& cache) {
    // Every needle is four bytes or more: a shorter name ("a", "nav", "row") holds none, and is
    // answered without hashing it.
    if (h.size() < 4) return 0;
    if (const std::uint8_t* known = cache.find(h)) return *known;
    // One pass, case folded on the fly: the needles are lower-case ASCII letters, and a byte or-ed
    // with 0x20 is such a letter only if it was that letter in either case. At each byte its four
    // folded bytes are first looked up in a bit set of the needles' heads (a test on the first
    // byte alone passed at ~40% of positions, at random, and mispredicted about as often; the set
    // passes a needle's head or a rare collision), then the needles opening with that byte are
    // tried, their first four bytes compared as one word before the rest.
    const auto& needles = hint_needles();
    const HeadSet& heads = hint_heads();
    std::uint8_t found = 0;   // weak, dateish, and `updated` for "says update" before names_update
    for (std::size_t i = 0; i + 4 <= h.size(); ++i) {
        std::uint32_t word;
        std::memcpy(&word, h.data() + i, 4);
        word |= 0x20202020u;
        if (!heads.may_hold(word)) [[likely]]
            continue;
        const auto& list = needles[static_cast<unsigned char>(h[i] | 0x20)];
        for (const HintNeedle& x : list)
            if (word == x.head && !(found & x.bit) && folded_starts_with(h.substr(i), x.text)) found |= x.bit;
    }
    std::uint8_t bits = found & (weak | dateish);
    if ((found & updated) && names_update(lower_ascii(h))) bits |= updated;
    cache.put(h, bits);
    return bits;
}

// The needles' heads (first four bytes), hashed into 4,096 bits: no head is missed; another word
// passes only on a collision.
const Collector::HeadSet& Collector::hint_heads() {
    static const HeadSet set = [] {
        HeadSet s;
        for (const auto& list : hint_needles())
            for (const HintNeedle& x : list) s.bits[HeadSet::slot(x.head) / 64] |= std::uint64_t{1} << (HeadSet::slot(x.head) % 64);
        return s;
    }();
    return set;
}

// The class and id words hint_bits looks for, by first byte.
const std::array<std::vector<Collector::HintNeedle>, 256>& Collector::hint_needles() {
    static const auto table = [] {
        std::array<std::vector<HintNeedle>, 256> t;
        auto put = [&](std::initializer_list<std::string_view> words, std::uint8_t bit) {
            for (std::string_view w : words) {
                std::uint32_t head;
                std::memcpy(&head, w.data(), 4);
                t[static_cast<unsigned char>(w.front())].push_back({w, head, bit});
            }
        };
        put({"comment", "calendar", "archive", "sidebar", "related", "footer", "recommend", "reply"}, weak);
        put({"date", "time", "publi", "posted", "byline", "datum", "fecha", "meta", "stamp", "created"}, dateish);
        put({"updat", "modif"}, updated);
        return t;
    }();
    return table;
}

// The flags, node by node in document order, and each element's structured sources as soon as
// its flags are set (structured_node needs no flag of a later node): one pass over the nodes
// and their attributes for both.
void Collector::compute_flags() {
    const auto& nodes = dom_.nodes;
    bool first_time = true;   // no plain <time> read yet (structured_node)
    flags_.assign(nodes.size(), 0);
    block_of_.assign(nodes.size(), 0);
    // An element that holds the title is the article's frame, whatever its class says
    // ("sidebar-layout", "widget Blog").
    std::vector<bool> frames(nodes.size(), false);
    // Templates repeat their class names; at most one key per attribute, and past a thousand
    // distinct names a page only pays for reading the rest again.
    StringBitsCache cache(std::min<std::size_t>(dom_.attrs.size(), 1024));
    for (std::uint32_t a = ctx_.headline_node; a != no_node && a < nodes.size(); a = nodes[a].parent) frames[a] = true;
    for (std::uint32_t n = 1; n < nodes.size(); ++n) {
        ticker_.tick();
        const DomNode& node = nodes[n];
        const std::uint32_t p = node.parent == no_node ? 0 : node.parent;
        std::uint8_t f = flags_[p];
        block_of_[n] = block_of_[p];
        if (node.type == NodeType::element) {
            if (is_block_element(node.tag) || node.tag == GUMBO_TAG_BR) block_of_[n] = n;
            switch (node.tag) {
                case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SELECT:
                case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TITLE:
                    f |= skip;
                    break;
                default:
                    break;
            }
            // The first class and id, as Dom::attr reads them, in one pass with literal names;
            // in the same pass what structured_node reads (the first itemprop and property, and
            // whether a data- attribute may hold a date).
            std::string_view names[2];
            bool seen[2] = {false, false}, has_itemprop = false, has_property = false;
            NodeNames read;
            for (std::uint32_t i = node.attr_begin, end = node.attr_begin + node.attr_count; i < end; ++i) {
                const DomAttr& a = dom_.attrs[i];
                if (!seen[0] && a.name == "class") names[0] = a.value, seen[0] = true;
                else if (!seen[1] && a.name == "id") names[1] = a.value, seen[1] = true;
                else if (!has_itemprop && a.name == "itemprop") read.itemprop = a.value, has_itemprop = true;
                else if (!has_property && a.name == "property") read.property = a.value, has_property = true;
                else if (a.value.size() >= 8 && a.value.size() <= 40 && a.name.starts_with("data-")) read.data_dates = true;
            }
            std::uint8_t own = 0;
            for (const std::string_view h : names) {
                if (h.empty() || h.size() > 200) continue;
                std::uint8_t hints = hint_bits(h, cache);
                if (frames[n] || node.tag == GUMBO_TAG_BODY) hints &= static_cast<std::uint8_t>(~weak);
                own |= hints;
            }
            f |= own;
            // Footers, asides and navigation are weak places; not one named for the post's date or
            // byline ("<aside class=meta>", "<footer class=entry-meta>"): a template's box for them.
            if ((node.tag == GUMBO_TAG_FOOTER || node.tag == GUMBO_TAG_ASIDE || node.tag == GUMBO_TAG_NAV) && !(own & dateish)) f |= weak;
            flags_[n] = f;
            structured_node(n, read, first_time);
            continue;
        }
        flags_[n] = f;
    }
}

}  // namespace winnow::detail::date_collect
