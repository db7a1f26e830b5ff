// Extract, threads: the article is never a comment thread that answers it. A post that is a
// picture or a few lines under its title loses on prose to the thread below it (comments
// outweigh it by their number); and a heading whose section went as a thread or a reply form
// ("12 responses", "Your answer"), or as any other box of chrome, is that box's, not the
// article's.
#include "extract_impl.hpp"

#include <algorithm>
#include <cstdio>
#include <string_view>

#include "comments.hpp"
#include "extract_lines.hpp"
#include "extract_wrappers.hpp"

namespace winnow::detail::extraction {

namespace {

bool blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// "Comments (2)", "Reacties [12]", "Отзывы (3)": one or two words of letters, then a count in
// parentheses or brackets and nothing after it. The count, or -1.
int counted_label(std::string_view t) {
    while (!t.empty() && blank(t.front())) t.remove_prefix(1);
    while (!t.empty() && blank(t.back())) t.remove_suffix(1);
    if (t.size() < 4 || (t.back() != ')' && t.back() != ']')) return -1;
    const char open = t.back() == ')' ? '(' : '[';
    const std::size_t at = t.rfind(open);
    if (at == std::string_view::npos || at == 0) return -1;
    int count = 0, digits = 0;
    for (char c : t.substr(at + 1, t.size() - at - 2)) {
        if (blank(c)) continue;
        if (c < '0' || c > '9' || ++digits > 4) return -1;
        count = count * 10 + (c - '0');
    }
    if (digits == 0) return -1;
    // The label: one or two words of letters (any script), no digit, no mark but a hyphen.
    int words = 0;
    bool in_word = false;
    for (char ch : t.substr(0, at)) {
        const auto c = static_cast<unsigned char>(ch);
        if (blank(ch)) {
            in_word = false;
            continue;
        }
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80 || (ch == '-' && in_word);
        if (!letter) return -1;
        if (!in_word) ++words;
        in_word = true;
    }
    return words >= 1 && words <= 2 ? count : -1;
}

}  // namespace

bool Extractor::line_alone(std::uint32_t n) const {
    // What stands next to n decides: text or an inline element joins n's line; a break, a
    // block or the box's edge parts it.
    const auto parts = [&](std::uint32_t s) {
        if (s == no_node) return true;
        const DomNode& e = dom_.nodes[s];
        return e.type == NodeType::element && (e.tag == GUMBO_TAG_BR || is_block_tag(e.tag));
    };
    const auto counts = [&](std::uint32_t s) {
        const DomNode& e = dom_.nodes[s];
        return !e.removed && (e.type == NodeType::element || (e.type == NodeType::text && stats_[s].text > 0));
    };
    std::uint32_t before = no_node, after = no_node;
    const std::uint32_t parent = dom_.nodes[n].parent;
    for (std::uint32_t s = dom_.nodes[parent].first_child; s != n; s = dom_.nodes[s].next_sibling)
        if (counts(s)) before = s;
    for (std::uint32_t s = dom_.nodes[n].next_sibling; s != no_node && after == no_node; s = dom_.nodes[s].next_sibling)
        if (counts(s)) after = s;
    return parts(before) && parts(after);
}

bool Extractor::ends_line(std::uint32_t n) const {
    for (std::uint32_t at = n; at != no_node; at = dom_.nodes[at].parent) {
        if (at != n && dom_.nodes[at].type == NodeType::element && is_block_tag(dom_.nodes[at].tag)) return true;
        for (std::uint32_t s = dom_.nodes[at].next_sibling; s != no_node; s = dom_.nodes[s].next_sibling) {
            const DomNode& e = dom_.nodes[s];
            if (e.removed || e.type == NodeType::comment || (e.type == NodeType::text && stats_[s].text == 0)) continue;
            return e.type == NodeType::element && (e.tag == GUMBO_TAG_BR || is_block_tag(e.tag));
        }
    }
    return true;
}

std::size_t Extractor::drop_counted_thread(std::uint32_t root) {
    const std::uint32_t end = subtree_end(root);
    for (std::uint32_t h = dom_.next_in(root, root); h != no_node; h = dom_.next_in(h, root)) {
        const DomNode& node = dom_.nodes[h];
        if (node.removed || node.type != NodeType::element || h == title_ || stats_[h].text > 40 ||
            stats_[h].link_text > 0)
            continue;
        // The label closes on a bracket: a box whose text holds none is no label, and its text
        // is not built (most short boxes of a region).
        if (!subtree_text_has_byte(dom_, h, [](unsigned char c) { return c == ')' || c == ']'; })) continue;
        const int count = counted_label(dom_.text_of(h));
        if (count < 1) continue;
        // The line the label fills: up through inline wrappers of the same text (<font><b>).
        std::uint32_t line = h;
        while (dom_.nodes[line].parent != no_node && dom_.nodes[line].parent != root &&
               !is_block_tag(dom_.nodes[line].tag) && !is_block_tag(dom_.nodes[dom_.nodes[line].parent].tag) &&
               stats_[dom_.nodes[line].parent].text == stats_[h].text)
            line = dom_.nodes[line].parent;
        const bool heading = is_heading(dom_.nodes[line].tag);
        if (!heading && !is_block_tag(dom_.nodes[line].tag) && !line_alone(line)) continue;
        // After the article's prose: a thread answers an article.
        if (text_before_[line] - text_before_[root] < kEdge) continue;
        // The run under it: its siblings, up to a heading of its rank or higher.
        const int level = heading_level(dom_.nodes[line].tag);
        std::vector<std::uint32_t> run;
        std::uint32_t text = 0, link = 0, dated = 0, dated_text = 0;
        for (std::uint32_t s = dom_.nodes[line].next_sibling; s != no_node; s = dom_.nodes[s].next_sibling) {
            const DomNode& e = dom_.nodes[s];
            if (e.removed) continue;
            const int l = e.type == NodeType::element ? heading_level(e.tag) : 0;
            if (heading && l != 0 && l <= level) break;
            run.push_back(s);
            text += stats_[s].text;
            link += stats_[s].link_text;
            // Each entry opens with a line of a name and a date over its words (a source's
        // date stands inside its line): count the dates that end their line.
            for (std::uint32_t d = s; d != no_node; d = dom_.next_in(d, s)) {
                const DomNode& t = dom_.nodes[d];
                if (t.type == NodeType::text && !t.removed && stats_[d].text >= 6 && stats_[d].text <= 60 &&
                    stats_[d].link_text == 0 && is_date_line(t.text) && ends_line(d)) {
                    ++dated;
                    dated_text += stats_[d].text;
                }
            }
        }
        // The entries the label counts (a long thread may show a page of them), each with
        // words of its own beside its date, mostly unlinked, closing the region.
        if (run.empty() || dated < static_cast<std::uint32_t>(std::min(count, 2)) ||
            dated > static_cast<std::uint32_t>(count) + 1 || link * 2 >= text || text < dated_text + dated * 20)
            continue;
        if (text_before_[end] - text_before_[subtree_end(run.back())] > kEdge) continue;
        if (debug_) std::fprintf(stderr, "  counted thread at %u: %.80s\n", line, dom_.text_of(line).c_str());
        mark(line);
        for (std::uint32_t s : run) mark(s);
        return run.size() + 1;
    }
    return 0;
}

std::uint32_t Extractor::thread_of(std::uint32_t n) const {
    for (std::uint32_t p = n; p != no_node; p = dom_.nodes[p].parent)
        if (comments_[p]) return p;
    return no_node;
}

std::uint32_t Extractor::leave_thread(std::uint32_t best, float& best_score, bool named_too) const {
    std::uint32_t thread = thread_of(best);
    // Or the winner is a wrapper whose text is mostly a thread found by its shape inside it
    // (the thread's box and its heading): it won on the posts' prose. (A thread found by its
    // name made its boxes chrome already; see post_beside_named_thread.)
    for (std::uint32_t i = best + 1, end = subtree_end(best); thread == no_node && i < end; ++i)
        if (((comments_[i] == kShapedThread || comments_[i] == kRepliesThread) && stats_[i].text * 2 > stats_[best].text) ||
            (named_too && comments_[i] == kNamedThread && std::uint64_t{stats_[i].text} * 10 > std::uint64_t{stats_[best].text} * 9))
            thread = i;
    if (title_ == no_node) {
        if (thread == no_node) return best;
        const std::uint32_t post = post_before_thread(best, thread);
        if (post == no_node) return best;
        if (debug_) std::fprintf(stderr, "thread %u holds the winner %u; the post before it is %u\n", thread, best, post);
        best_score = final_score(post);
        return post;
    }
    // The title must come before the thread, outside it: a thread that opens the page (a
    // forum, a live blog) is the page's content.
    if (thread == no_node || thread <= title_) return best;
    // The best candidate under the title that is no part of a thread and does not hold one.
    std::uint32_t alt = no_node;
    for (std::uint32_t i = 0; i < stats_.size(); ++i) {
        // Nor a box of entries or a profile after the title's prose: the article's paragraph may
        // give its points to the wrapper that holds the thread, leaving the writer's profile
        // the only candidate beside it.
        if (!stats_[i].candidate || i == thread || is_ancestor(i, thread) || !near_title(i) ||
            thread_of(i) != no_node || entries_chrome_[i])
            continue;
        if (alt == no_node || final_score(i) > final_score(alt)) alt = i;
    }
    // None (the post is a picture): the title's own box, the lowest ancestor of the title that
    // does not hold the thread; an unnamed wrapper of the title alone is the title, no box.
    if (alt == no_node) {
        for (std::uint32_t p = dom_.nodes[title_].parent, below = title_; p != no_node; below = p, p = dom_.nodes[p].parent) {
            if (is_ancestor(p, thread)) break;
            if (wraps_only(wrapped_, p, below)) continue;
            alt = p;
            if (stats_[p].text > stats_[title_].text) break;
        }
    }
    if (alt == no_node) return best;
    if (debug_) std::fprintf(stderr, "thread %u holds the winner %u; the article under the title is %u\n", thread, best, alt);
    best_score = final_score(alt);
    return alt;
}

std::uint32_t Extractor::post_beside_named_thread() const {
    // A wrapper that is nine tenths a thread found by its name still wins when the post's own
    // box scores low (its body box unwrapped, its links counted against it); cleaned, the thread
    // goes as chrome and the post's links as link lists, and nothing is left. The post beside
    // the thread, chosen as a winner inside a thread is left, is the article. Only then: a
    // wrapper that kept its text also holds what the post's box lacks (a standfirst, a lead).
    if (core_ == no_node) return no_node;
    float score = 0;
    const std::uint32_t post = leave_thread(core_, score, true);
    return post == core_ ? no_node : post;
}

bool Extractor::answered_by_thread() const {
    if (title_ == no_node || core_ == no_node || !near_title(core_) || thread_of(core_) != no_node) return false;
    for (std::uint32_t i = subtree_end(core_); i < comments_.size(); ++i)
        if (comments_[i]) return true;
    return false;
}

std::size_t Extractor::drop_answering_threads(std::uint32_t root) {
    if (title_ == no_node) return 0;
    std::size_t dropped = 0;
    // Pre-order: root's subtree is the range after root up to its end; only what follows the title.
    const std::uint32_t end = subtree_end(root);
    for (std::uint32_t i = std::max(title_, root) + 1; i < end; ++i) {
        if (!comments_[i] || dom_.nodes[i].removed || is_ancestor(i, title_)) continue;
        mark(i);
        ++dropped;
        i = subtree_end(i) - 1;
    }
    return dropped == 0 ? 0 : dropped + drop_thread_headings(root);
}

std::size_t Extractor::drop_thread_headings(std::uint32_t root) {
    std::size_t dropped = 0;
    for (std::uint32_t h = dom_.next_in(root, root); h != no_node; h = dom_.next_in(h, root)) {
        const DomNode& node = dom_.nodes[h];
        if (node.removed || node.type != NodeType::element || !is_heading(node.tag) || h == title_) continue;
        const int level = heading_level(node.tag);
        // The heading's section: its siblings up to the next heading of its rank or higher.
        bool thread = false, kept = false, any = false;
        std::vector<std::uint32_t> more_links;  // "Show more comments": the thread's own pager
        for (std::uint32_t s = node.next_sibling; s != no_node && !kept; s = dom_.nodes[s].next_sibling) {
            const DomNode& sn = dom_.nodes[s];
            if (sn.type == NodeType::element) {
                const int l = heading_level(sn.tag);
                if (l != 0 && l <= level) break;
                // A short line that is one link, after the removed thread: its pager.
                if (!sn.removed && any && thread && stats_[s].text > 0 && stats_[s].text <= kPagerLink &&
                    stats_[s].link_text == stats_[s].text) {
                    more_links.push_back(s);
                    continue;
                }
                if (sn.removed) {
                    any = true;
                    // Text this stage removed (stats are of the page before its marks): the
                    // section was a box of chrome ("Customers also bought" over its links).
                    thread = thread || comments_[s] || sn.tag == GUMBO_TAG_FORM || names_(s).comments ||
                             stats_[s].text > 0;
                } else if (stats_[s].text > 0) {
                    kept = true;
                }
            } else if (sn.type == NodeType::text && !sn.removed && stats_[s].text > 0) {
                kept = true;
            }
        }
        if (!any || kept || !thread) continue;
        if (debug_) std::fprintf(stderr, "  heading of a thread: %.80s\n", dom_.text_of(h).c_str());
        mark(h);
        ++dropped;
        for (std::uint32_t l : more_links) {
            mark(l);
            ++dropped;
        }
    }
    return dropped;
}

}  // namespace winnow::detail::extraction
