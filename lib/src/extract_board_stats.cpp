// Stage — extract: a board's statistics after a thread. A forum closes a thread's page with
// boxes of counts — who is reading it ("1 member and 14 guests"), the board's totals of posts,
// threads and members, its newest member — set after the box of posts, beside it rather than in
// it, so the furniture test of the posts' own box never sees them, and long enough (a line per
// count) to pass for text. They are known by shape: no sentence, a number every few words, no
// picture, table or quotation, after a thread of posts.
#include <cstdio>
#include <string_view>
#include <vector>

#include "extract_impl.hpp"
#include "extract_words.hpp"

namespace winnow::detail::extraction {

namespace {

constexpr std::uint32_t kStatsBox = 400;   // a few lines of counts, not a post
constexpr std::uint32_t kPerCount = 50;    // a number every 50 characters at least
constexpr int kCounts = 3;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A sentence closes in the run: a sentence end after a word, at the run's end or before a
// capital. Not a dot inside a name ("lucie.b") or after an abbreviated month ("janv. 2023").
bool closes_sentence(std::string_view t) {
    while (!t.empty() && (t.back() == ' ' || t.back() == '\n' || t.back() == '\t')) t.remove_suffix(1);
    for (std::size_t i = 1; i < t.size(); ++i) {
        const std::size_t len = sentence_end_at(t, i);
        if (len == 0 || !is_word_byte(static_cast<unsigned char>(t[i - 1]))) continue;
        const std::size_t next = i + len;
        if (next >= t.size()) return true;
        if (t[next] == ' ' && next + 1 < t.size() && t[next + 1] >= 'A' && t[next + 1] <= 'Z') return true;
    }
    return false;
}

}  // namespace

bool Extractor::is_board_stats(std::uint32_t n) const {
    const DomNode& e = dom_.nodes[n];
    if (e.type != NodeType::element || e.removed) return false;
    if (e.tag != GUMBO_TAG_DIV && e.tag != GUMBO_TAG_SECTION && e.tag != GUMBO_TAG_ASIDE && e.tag != GUMBO_TAG_P &&
        e.tag != GUMBO_TAG_UL && e.tag != GUMBO_TAG_DL)
        return false;
    const std::uint32_t kept = kept_text(n);
    if (kept == 0 || kept > kStatsBox || stats_[n].quotes != 0) return false;
    int counts = 0;
    for (std::uint32_t d = dom_.next_in(n, n); d != no_node;) {
        const DomNode& x = dom_.nodes[d];
        if (x.removed || (x.type == NodeType::element && is_heading(x.tag))) {
            d = dom_.next_in(d, n, true);
            continue;
        }
        if (x.type == NodeType::element &&
            (x.tag == GUMBO_TAG_IMG || x.tag == GUMBO_TAG_TABLE || x.tag == GUMBO_TAG_PRE || x.tag == GUMBO_TAG_FIGURE))
            return false;
        if (x.type == NodeType::text) {
            // A number: a run of digits with its group separators ("98,412", "412 880").
            for (std::size_t i = 0; i < x.text.size(); ++i)
                if (is_digit(x.text[i]) && (i == 0 || !is_digit(x.text[i - 1])) &&
                    (i < 2 || !(is_digit(x.text[i - 2]) && (x.text[i - 1] == ',' || x.text[i - 1] == '.' || x.text[i - 1] == ' '))))
                    ++counts;
            if (closes_sentence(x.text)) return false;
        }
        d = dom_.next_in(d, n);
    }
    return counts >= kCounts && static_cast<std::uint32_t>(counts) * kPerCount >= kept;
}

std::size_t Extractor::drop_board_stats(std::uint32_t posts_box, std::uint32_t root) {
    std::size_t dropped = 0;
    // From the posts' box up to the region's root: what follows each level, if all of it is counts.
    for (std::uint32_t a = posts_box; a != root && a != no_node; a = dom_.nodes[a].parent) {
        std::vector<std::uint32_t> after;
        for (std::uint32_t s = dom_.nodes[a].next_sibling; s != no_node; s = dom_.nodes[s].next_sibling) {
            const DomNode& e = dom_.nodes[s];
            if (e.removed || stats_[s].text == 0 || (e.type == NodeType::element && kept_text(s) == 0)) continue;
            if (!is_board_stats(s)) return dropped;
            after.push_back(s);
        }
        for (std::uint32_t s : after) {
            if (debug_) std::fprintf(stderr, "  board statistics after the thread: %.80s\n", dom_.text_of(s).c_str());
            mark(s);
            ++dropped;
        }
    }
    return dropped;
}

}  // namespace winnow::detail::extraction
