// Extract, region: the boilerplate inside the chosen region (chrome boxes, link blocks, teaser
// lists, bylines, datelines, credit lines at the edges, fine print).
#include "extract_impl.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string>
#include <utility>

#include "comments.hpp"
#include "extract_lines.hpp"
#include "extract_numbered_lines.hpp"
#include "extract_quote_source.hpp"
#include "quote_marks.hpp"
#include "text_lines.hpp"
#include "token_row.hpp"
#include "extract_time_span.hpp"

namespace winnow::detail::extraction {

// Opens the walk in which is_announced_list may carry its back walk; ends it when asked or
// left (a spent budget throws out of the walk).
class Extractor::AnnounceWalk {
public:
    explicit AnnounceWalk(Extractor& x) : x_(x) { x_.announce_scans_.clear(), x_.announce_walk_ = true; }
    ~AnnounceWalk() { end(); }
    AnnounceWalk(const AnnounceWalk&) = delete;
    AnnounceWalk& operator=(const AnnounceWalk&) = delete;
    void end() const { x_.announce_walk_ = false, x_.announce_scans_.clear(); }

private:
    Extractor& x_;
};

std::size_t Extractor::clean_region(std::uint32_t root) {
    std::size_t removed = 0;
    const std::uint32_t region_text = std::max<std::uint32_t>(stats_[root].text, 1);
    // (During this walk only mark() removes, and only the node judged and the spacers after it:
    // is_announced_list may carry its back walk from one sibling to the next.)
    const AnnounceWalk walk(*this);
    for (std::uint32_t n = dom_.nodes[root].first_child; n != no_node;) {
        ticker_.tick();
        DomNode& node = dom_.nodes[n];
        if (node.removed || node.type != NodeType::element) {
            n = dom_.next_in(n, root, true);
            continue;
        }
        if (is_boilerplate(n, region_text) || is_edge_credit(n, root) || is_action_row(n, root) || is_author_card(n, root) ||
            is_index_line(n, root)) {
            if (debug_)
                std::fprintf(stderr, "  drop %s[%s] text=%u: %.80s\n", gumbo_normalized_tagname(node.tag),
                             class_and_id(dom_, n).c_str(), stats_[n].text, dom_.text_of(n).c_str());
            mark(n);
            ++removed;
            // Spacers right after a box (empty paragraphs, line breaks) belong to it: left
            // behind, they would pad whatever block precedes the box.
            for (std::uint32_t s = node.next_sibling; s != no_node && is_blank_spacer(s); s = dom_.nodes[s].next_sibling)
                if (dom_.nodes[s].type == NodeType::element) mark(s);
            n = dom_.next_in(n, root, true);
        } else {
            n = dom_.next_in(n, root);
        }
    }
    walk.end();
    removed += drop_counted_thread(root);
    removed += drop_post_footers(root);
    removed += drop_edge_lines(root);
    removed += drop_signatures(root);
    removed += drop_post_panels(root);
    removed += drop_post_row_labels(root);
    removed += drop_post_links(root);
    removed += drop_post_box_stamps(root);
    removed += drop_title_dateline(root);
    removed += drop_script_shell(root);
    removed += drop_post_credits(root);
    removed += drop_thread_tail(root);
    removed += drop_stamp_counts(root);
    removed += drop_info_box_rest(root);
    removed += drop_headless_entries(root);
    // (After the headings: a heading over a thread takes its section's "more" link with it.)
    removed += drop_thread_headings(root);
    removed += drop_thread_counts(root);
    removed += drop_template_slots(root);
    const std::size_t restored = restore_entry_headlines(root);
    return removed > restored ? removed - restored : 0;
}

bool Extractor::is_edge_credit(std::uint32_t n, std::uint32_t root) const {
    const DomNode& node = dom_.nodes[n];
    const NodeStats& s = stats_[n];
    if (s.text == 0 || s.quotes != 0) return false;
    // A dateline set inline but standing as its own line at the body's edge (a <span> of date
    // and time over the first paragraph) is the page's date, as it would be in a <p>.
    // The edge test first: it is constant time, the line test walks the siblings before n.
    if (!is_block_tag(node.tag)) {
        if (s.text > 80 || is_heading(dom_.nodes[node.parent].tag) || inside(n, GUMBO_TAG_PRE) || !at_edge(n, root) ||
            !stands_as_line(n))
            return false;
        return is_date_line(dom_.text_of(n), true);
    }
    if (s.text > 60 || node.tag == GUMBO_TAG_H1 || node.tag == GUMBO_TAG_H2 || node.tag == GUMBO_TAG_LI) return false;
    if (!at_edge(n, root)) return false;
    const std::string t = dom_.text_of(n);
    // A row of short tokens with sentences on both sides stands inside the prose, not at its
    // edge: a song's chords or a series of values, whatever its marks (token_row.hpp).
    if (is_short_token_row(t) && sentence_before(n, root) && sentence_after(n, root)) return false;
    // A line of counts (replies, views, votes, age) beside at most a few buttons, at the edge of
    // a thread of posts: the thread's statistics, not its text. (Elsewhere such a line may be
    // the text's facts: "Prep 15 min · Serves 6".)
    if (!is_heading(node.tag) && is_count_line(unlinked_text(n)) && holds_posts(root)) {
        if (debug_) std::fprintf(stderr, "  count line at the edge: %s\n", dom_.text_of(n).c_str());
        return true;
    }
    // A byline or dateline set as a small heading is judged here: elsewhere headings go by
    // their names. A date reads like a bar of counts ("Saturday 14 September 2024": a word and
    // a number twice) and is judged as a date line instead (an event's stays).
    if (!is_credit_line(t) && !(is_count_bar(runs_apart(n)) && !is_date_line(t)) &&
        !(is_heading(node.tag) && (is_byline(t, facts_.meta) || is_date_line(t))))
        return false;
    if (debug_) std::fprintf(stderr, "  credit line at the edge: %s\n", t.c_str());
    return true;
}

bool Extractor::edge_span(std::uint32_t n, std::uint32_t end, std::uint32_t root) const {
    std::uint32_t before = text_before_[n] - text_before_[root];
    const std::uint32_t h = facts_.headline_node;
    if (h != no_node && h > root && h < n && is_ancestor(root, h)) before -= std::min(before, stats_[h].text);
    if (title_ != no_node && title_ != h && title_ > root && title_ < n && above_title_[root])
        before -= std::min(before, stats_[title_].text);
    if (before <= kEdge) return true;
    // Text nodes of n's subtree are counted by text_before_ up to its last node.
    const std::uint32_t after = text_before_[subtree_end(root)] - text_before_[end];
    return after <= kEdge;
}

bool Extractor::is_blank_spacer(std::uint32_t n) const {
    const DomNode& node = dom_.nodes[n];
    if (node.type != NodeType::text && node.type != NodeType::element) return true;  // comments
    if (node.type == NodeType::element && node.tag != GUMBO_TAG_P && node.tag != GUMBO_TAG_DIV) return false;
    // Visible text may only be no-break spaces (&nbsp; paragraphs); a few at most.
    if (node.type == NodeType::element && stats_[n].text > 16) return false;
    const std::string t = dom_.text_of(n);
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (is_space(static_cast<unsigned char>(t[i]))) continue;
        if (t.compare(i, 2, "\xC2\xA0") != 0) return false;
        ++i;
    }
    if (node.type == NodeType::element)
        for (std::uint32_t d = dom_.next_in(n, n); d != no_node; d = dom_.next_in(d, n))
            if (dom_.nodes[d].type == NodeType::element && !dom_.is(d, GUMBO_TAG_BR) && !dom_.is(d, GUMBO_TAG_SPAN))
                return false;
    return true;
}

bool Extractor::inside(std::uint32_t n, GumboTag tag) const {
    for (std::uint32_t p = dom_.nodes[n].parent; p != no_node; p = dom_.nodes[p].parent)
        if (dom_.is(p, tag)) return true;
    return false;
}

// An inline element with no text of its own beside it (blocks or line breaks on both sides)
// is a line of its own in the output: a dateline set in a <span> reads like one in a <p>.
bool Extractor::stands_as_line(std::uint32_t n) const {
    const DomNode& node = dom_.nodes[n];
    if (node.parent == no_node || !is_block_tag(dom_.nodes[node.parent].tag)) return false;
    // What a sibling makes of the line: 0 nothing (blank text, comments, removed), 1 it
    // breaks the line (a block, <br>), 2 it shares the line (text, another inline element).
    const auto role = [&](std::uint32_t s) {
        const DomNode& sib = dom_.nodes[s];
        if (sib.removed) return 0;
        if (sib.type == NodeType::text)
            return std::all_of(sib.text.begin(), sib.text.end(), [](char c) { return is_space(static_cast<unsigned char>(c)); }) ? 0 : 2;
        if (sib.type != NodeType::element) return 0;
        return is_block_tag(sib.tag) || sib.tag == GUMBO_TAG_BR ? 1 : 2;
    };
    // The siblings before n, nearest first.
    int before = 1;
    for (std::uint32_t s = dom_.previous_sibling(n); s != no_node; s = dom_.previous_sibling(s))
        if (const int r = role(s)) {
            before = r;
            break;
        }
    if (before != 1) return false;
    for (std::uint32_t s = node.next_sibling; s != no_node; s = dom_.nodes[s].next_sibling)
        if (const int r = role(s)) return r == 1;
    return true;
}

bool Extractor::inside_sentence(std::uint32_t n) const {
    const DomNode& node = dom_.nodes[n];
    if (node.type != NodeType::element || is_block_tag(node.tag) || node.tag == GUMBO_TAG_BR) return false;
    // The nearest siblings only, in constant time (a paragraph may hold thousands of links):
    // nodes are in document order, so a text node just before n under n's parent is the
    // sibling before it.
    const auto words = [&](std::uint32_t s) {
        if (s == no_node || dom_.nodes[s].removed || dom_.nodes[s].type != NodeType::text ||
            dom_.nodes[s].parent != node.parent)
            return false;
        const std::string_view t = dom_.nodes[s].text;
        return std::any_of(t.begin(), t.end(), [](char c) { return !is_space(static_cast<unsigned char>(c)); });
    };
    return n > 0 && words(n - 1) && words(node.next_sibling);
}

bool Extractor::in_list_rhythm(std::uint32_t n) const {
    constexpr int kSections = 3, kScan = 400;
    const std::uint32_t parent = dom_.nodes[n].parent;
    if (parent == no_node || core_ == no_node || (parent != core_ && !is_ancestor(core_, parent))) return false;
    const auto is_list = [&](std::uint32_t c) {
        const DomNode& e = dom_.nodes[c];
        return !e.removed && e.type == NodeType::element && (e.tag == GUMBO_TAG_UL || e.tag == GUMBO_TAG_OL);
    };
    // Prose is what came last before the list: loose text or a block of unlinked words.
    int sections = 0, scanned = 0;
    bool prose = false, n_follows_prose = false;
    for (std::uint32_t c = dom_.nodes[parent].first_child; c != no_node && ++scanned <= kScan;
         c = dom_.nodes[c].next_sibling) {
        const DomNode& e = dom_.nodes[c];
        if (e.removed || stats_[c].text == 0) continue;  // spacers, line breaks, pictures
        if (is_list(c)) {
            if (prose) ++sections;
            if (c == n) n_follows_prose = prose;
            prose = false;
        } else {
            prose = (e.type == NodeType::text || !is_heading(e.tag)) && stats_[c].text >= 60 && link_density(c) < 0.3f;
        }
    }
    return n_follows_prose && sections >= kSections;
}

namespace {

// Words in a run of text: tokens with a letter in them (an ASCII letter, or a character of
// the scripts past Latin-1's punctuation; the dashes and quotes of U+2000-U+2FFF are not).
int count_words(std::string_view t) {
    int words = 0;
    bool in_token = false, letter = false;
    for (std::size_t i = 0; i <= t.size(); ++i) {
        const auto c = i < t.size() ? static_cast<unsigned char>(t[i]) : ' ';
        if (is_space(c)) {
            if (in_token && letter) ++words;
            in_token = letter = false;
            continue;
        }
        in_token = true;
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') letter = true;
        if (c >= 0xC3 && c != 0xE2) letter = true;
    }
    return words;
}

// A "Label: value" line: a label of one to three words (no digits: a timeline's "16 Nov 2010:"
// labels an entry, not a fact) closed by a colon, then a value.
bool is_labelled_line(std::string_view t) {
    while (!t.empty() && is_space(static_cast<unsigned char>(t.front()))) t.remove_prefix(1);
    const std::size_t colon = t.find(':');
    if (colon == 0 || colon == std::string_view::npos || colon > 40) return false;
    if (std::any_of(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(colon), [](char c) { return c >= '0' && c <= '9'; })) return false;
    const int label_words = count_words(t.substr(0, colon));
    return label_words >= 1 && label_words <= 3 && count_words(t.substr(colon + 1)) >= 1;
}

// An item of a list of facts (an event's "When: / Where: / Admission:"): the item and two or
// more other items of its list are "Label: value" lines, and those others are no date lines.
// A date there is the text's fact (the day of the event), not the page's dateline.
// A table row's label: a <th> of the row, 30 bytes at most without digits ("Date", "Lieu").
bool row_label(const Dom& dom, std::uint32_t row) {
    for (std::uint32_t c = dom.nodes[row].first_child; c != no_node; c = dom.nodes[c].next_sibling)
        if (dom.is(c, GUMBO_TAG_TH) && !dom.nodes[c].removed) {
            const std::string t = dom.text_of(c, 31);
            return !t.empty() && t.size() <= 30 && t.find_first_of("0123456789") == std::string::npos;
        }
    return false;
}

// The same in a table of facts: a row labelled by its <th> (or its cell), beside two or more
// labelled rows whose text is no date line ("Date | vendredi 21 juin 2024, de 17 h à minuit",
// "Lieu | Jardin public", "Tarif | gratuit"). The rows read: 64 at most.
bool is_dated_fact_cell(const Dom& dom, std::uint32_t n) {
    const std::uint32_t row = dom.is(n, GUMBO_TAG_TR) ? n : dom.is(n, GUMBO_TAG_TD) ? dom.nodes[n].parent : no_node;
    if (row == no_node || !dom.is(row, GUMBO_TAG_TR) || dom.nodes[row].parent == no_node || !row_label(dom, row)) return false;
    int facts = 0, read = 0;
    for (std::uint32_t r = dom.nodes[dom.nodes[row].parent].first_child; r != no_node && facts < 2 && read < 64;
         r = dom.nodes[r].next_sibling) {
        if (r == row || !dom.is(r, GUMBO_TAG_TR) || dom.nodes[r].removed) continue;
        ++read;
        if (row_label(dom, r) && !is_date_line(dom.text_of(r, 200))) ++facts;
    }
    return facts >= 2;
}

// A row whose first child with text is an element closed by a colon: the row's label.
bool labelled_by_element(const Dom& dom, std::uint32_t row) {
    for (std::uint32_t c = dom.nodes[row].first_child; c != no_node; c = dom.nodes[c].next_sibling) {
        if (dom.nodes[c].removed) continue;
        if (dom.nodes[c].type != NodeType::element) {
            if (dom.nodes[c].text.find_first_not_of(" \t\r\n") != std::string_view::npos) return false;
            continue;
        }
        const std::string t = dom.text_of(c, 64);
        if (t.empty()) continue;
        const std::string_view v = trim_line(t);
        return v.ends_with(':') || v.ends_with("\xEF\xBC\x9A");  // ':' or full-width '：'
    }
    return false;
}

bool is_dated_fact_item(const Dom& dom, std::uint32_t n, std::string_view text) {
    if (is_dated_fact_cell(dom, n)) return true;
    // List items, or rows of one tag (<div>s, <p>s) set as a list without one, each label an
    // element of its own ("<span>Datum:</span> <span>…</span>"): a dateline's parts are no label.
    const GumboTag tag = dom.nodes[n].tag;
    if ((tag != GUMBO_TAG_LI && !((tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_P) && labelled_by_element(dom, n))) ||
        !is_labelled_line(text) || dom.nodes[n].parent == no_node)
        return false;
    int facts = 0;
    for (std::uint32_t c = dom.nodes[dom.nodes[n].parent].first_child; c != no_node && facts < 2; c = dom.nodes[c].next_sibling) {
        if (c == n || !dom.is(c, tag) || dom.nodes[c].removed) continue;
        const std::string t = dom.text_of(c);
        if (is_labelled_line(t) && !is_date_line(t)) ++facts;
    }
    return facts >= 2;
}

// Where a version number stands in t ("v2.4.1", "V3.0", "2.4.1"; not "12.03.2024", a date's
// digits): a token of dotted numbers of one to three digits, opened by a 'v' or of three parts
// or more. Returns its [begin, end) or {npos, npos}.
std::pair<std::size_t, std::size_t> version_token(std::string_view t) {
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    for (std::size_t k = 0; k < t.size(); ++k) {
        if (k > 0 && !is_space(static_cast<unsigned char>(t[k - 1])) && t[k - 1] != '(') continue;
        const bool v = t[k] == 'v' || t[k] == 'V';
        std::size_t p = k + (v ? 1 : 0), parts = 0;
        bool short_parts = true;
        while (p < t.size() && digit(t[p])) {
            const std::size_t from = p;
            while (p < t.size() && digit(t[p])) ++p;
            short_parts = short_parts && p - from <= 3;
            ++parts;
            if (p + 1 < t.size() && t[p] == '.' && digit(t[p + 1])) ++p;
            else break;
        }
        const bool ends = p == t.size() || !(std::isalnum(static_cast<unsigned char>(t[p])) || t[p] == '.');
        if (short_parts && ends && parts >= (v ? 2u : 3u)) return {k, p};
    }
    return {std::string_view::npos, std::string_view::npos};
}

}  // namespace

bool Extractor::names_release(std::string_view t) const {
    // A dated line that names a version is a release's entry, not the page's dateline: what
    // is left without the version is the date ("v2.4.1 (2024-03-12)", "2.4.1 – 12. März 2024").
    const auto [begin, end] = version_token(t);
    if (begin == std::string_view::npos) return false;
    const std::string rest = std::string(t.substr(0, begin)) + std::string(t.substr(end));
    return rest.find_first_not_of(" ()-–—:,") != std::string::npos && date_lines_(rest);
}

bool Extractor::link_in_sentence(std::uint32_t item) const {
    int before = 0, after = 0, links = 0;
    bool tail = false;
    for (std::uint32_t d = dom_.next_in(item, item); d != no_node;) {
        const DomNode& e = dom_.nodes[d];
        // One line with a link or two in it: a box with a heading over its links is no sentence.
        if (e.type == NodeType::element && !e.removed && is_block_tag(e.tag)) return false;
        if (e.removed || (e.type == NodeType::element && e.tag == GUMBO_TAG_A)) {
            if (!e.removed && ++links > 2) return false;
            d = dom_.next_in(d, item, true);
            continue;
        }
        const bool link = links > 0;
        if (e.type == NodeType::text) {
            const int w = count_words(e.text);
            if (!link) {
                before += w;
            } else {
                after += w;
                tail = tail || std::any_of(e.text.begin(), e.text.end(),
                                           [](char c) { return !is_space(static_cast<unsigned char>(c)); });
            }
        }
        d = dom_.next_in(d, item);
    }
    return links > 0 && ((before >= 1 && tail) || before + after >= 3);
}

bool Extractor::links_in_sentences(std::uint32_t list) const {
    if (core_ == no_node || !is_ancestor(core_, list)) return false;
    int items = 0;
    for (std::uint32_t c = dom_.nodes[list].first_child; c != no_node; c = dom_.nodes[c].next_sibling) {
        const DomNode& e = dom_.nodes[c];
        if (e.removed || e.type != NodeType::element || e.tag != GUMBO_TAG_LI || stats_[c].link_text == 0) continue;
        if (!link_in_sentence(c)) return false;
        ++items;
    }
    return items > 0;
}

bool Extractor::is_boilerplate(std::uint32_t n, std::uint32_t region_text) const {
    const DomNode& node = dom_.nodes[n];
    const NodeStats& s = stats_[n];
    const float share = static_cast<float>(s.text) / static_cast<float>(region_text);
    const float ld = link_density(n);
    // In the metadata; a dek that is one entry's summary among its list's stays in the list.
    if (n == facts_.headline_node || (n == facts_.subtitle_node && !in_entry_list(n))) return true;
    const Hints names = hints(n);
    const bool core = holds_core(n);
    // A thread known by its shape only is one inside the core: a list of dated entries
    // there (news items, a live blog's updates, posts of a forum thread) is the page's content,
    // unless its entries are readers' posts and the title's prose stands before them in the core
    // (the article the thread answers, in one box).
    if (comments_[n] == kNamedThread && !core) return true;
    if (comments_[n] == kShapedThread && !core && !is_ancestor(core_, n)) return true;
    if (comments_[n] == kRepliesThread && !core && (!is_ancestor(core_, n) || answers_core_prose(n))) return true;
    if (comments_[n] == kEntryAfterProse && !core) return true;
    // The notes the text's note marks point to are its own (extract_notes.cpp).
    if (holds_note_targets(n) || is_signed_note(n)) return false;
    // Small chrome containers; not an <aside> of facts about the article beside it.
    if ((node.tag == GUMBO_TAG_ASIDE || node.tag == GUMBO_TAG_FOOTER || node.tag == GUMBO_TAG_HEADER) &&
        share < 0.25f && !core && !is_pull_quote(n) && !is_facts_box(n) && !is_callout(n))
        return true;
    // The article's own <footer> ended it: a short box after it in the <article> is the template's.
    if (!core && after_own_footer(n)) return true;
    // Named like chrome whatever else it says (comments, related, share rows, author boxes),
    // unless it holds the article's core or an embedded quote/post.
    // Headings are judged by their text, not their names.
    if (!is_heading(node.tag) && !(core_names_are_vocabulary_ && is_ancestor(core_, n)) && !inside_sentence(n) &&
        !(names.short_kind && is_misnamed_prose(n))) {
        if (names.strong && !core && share < 0.6f && s.quotes == 0) return true;
        if (names.weight() < 0 && share < 0.3f && s.paragraphs <= 2 && s.quotes == 0) return true;
    }
    // Lists and blocks made of links: related stories, tag clouds, share rows.
    if ((node.tag == GUMBO_TAG_UL || node.tag == GUMBO_TAG_OL) && ld > 0.5f && share < 0.3f && !in_list_rhythm(n) &&
        !links_in_sentences(n) && !is_announced_list(n))
        return true;
    // (A layout <table> of links too, no grid of data: the bare <div> a template once set it in
    // is no box of its own, parse_wrappers.cpp, and the table is the block of links the <div> was.)
    if ((node.tag == GUMBO_TAG_DIV || node.tag == GUMBO_TAG_SECTION || node.tag == GUMBO_TAG_P ||
         (node.tag == GUMBO_TAG_TABLE && !is_grid(dom_, n))) && ld > 0.65f &&
        s.text < 600 && !holds_lone_prose(n) && !is_announced_list(n) && !is_labelled_field(n) && !is_cited_address(n) &&
        !(is_ancestor(core_, n) && announced_numbered_lines(dom_, n)))
        return true;
    // (An inline element standing as a line of its own is a line too: a <span> of category links.)
    if (!core && is_tag_line(n) && (is_block_tag(node.tag) || stands_as_line(n))) return true;
    if (!core && is_teaser_line(n)) return true;
    // Teaser lists: several linked headlines, each with little text of its own. After the
    // title's prose they follow an article, however much longer than it they are (a short
    // item over the section's latest stories).
    if (!core && !is_heading(node.tag) && is_teaser_list(n) && (share < 0.5f || after_title_prose(n)))
        return true;
    if (!core && is_teaser_box(n, region_text)) return true;
    // An element marked up as the page's date is metadata, whatever its tag.
    if (s.text > 0 && s.text <= 120) {
        const std::string_view prop = dom_.attr(n, "itemprop");
        if (prop == "datePublished" || prop == "dateModified" || prop == "dateCreated") return true;
    }
    // Short lines that are labels, datelines or bylines rather than prose.
    if (s.text > 0 && s.text <= 120 && s.quotes == 0 && !is_heading(node.tag) &&
        is_block_tag(node.tag)) {
        const std::string t = dom_.text_of(n);
        // Inside a quote, a dated line is the attribution of an embedded post; preformatted
        // text is the author's verbatim (a log line in a tutorial), never a dateline.
        const bool verbatim = node.tag == GUMBO_TAG_PRE || inside(n, GUMBO_TAG_PRE);
        if (is_ad_label(t) ||
            (date_lines_(t) && !verbatim && !inside(n, GUMBO_TAG_BLOCKQUOTE) && !is_dated_fact_item(dom_, n, t) &&
             !names_release(t) && !is_event_date(n) && !is_quote_source(dom_, n, t)) ||
            is_byline(t, facts_.meta) ||
            (!verbatim && is_position_counter(t)))
            return true;
        // A gallery's controls: a counter between its arrows ("‹ Prev 3 of 12 Next ›").
        if (s.link_text > 0 && !verbatim && is_position_counter(unlinked_text(n))) return true;
    }
    // A control's label without its control: chrome of a list or a thread (extract_control_label.cpp).
    if (!core && is_block_tag(node.tag) && labels_removed_control(n)) return true;
    if (s.text > 0 && s.text <= 500 && node.tag == GUMBO_TAG_P && may_name_author(facts_.meta) &&
        is_author_bio(dom_.text_of(n), facts_.meta))
        return true;
    // Fine print: a paragraph set in a small font (notices, disclaimers, moderation rules).
    if (s.text > 0 && s.text <= 400 && (node.tag == GUMBO_TAG_P || node.tag == GUMBO_TAG_DIV) && !core &&
        is_fine_print(dom_.attr(n, "style")))
        return true;
    // A box that held a text area (a reply or answer form, its field taken by the prune
    // stage) after the title: its few words left are the form's heading and terms, not the
    // article's. (A box that holds the title holds the article the form answers.)
    if (!core && is_reply_notes(n)) return true;
    if (!core && in_reply_section(n)) return true;
    // Blocks with no text at all but images (ad slots, spacers) stay: figures are kept.
    return false;
}

bool Extractor::is_pull_quote(std::uint32_t n) const {
    const NodeStats& s = stats_[n];
    if (s.text == 0 || s.link_text != 0 || s.text > kPullQuote) return false;
    // Opens with a quotation mark of any script's typography.
    if (!opens_with_quote_mark(dom_.text_of(n))) return false;
    // Between two paragraphs of prose: set inside the article's flow, not beside it.
    return between_prose_paragraphs(n, 0.3f);
}

bool Extractor::between_prose_paragraphs(std::uint32_t n, float max_link_density) const {
    const auto prose = [&](std::uint32_t c) {
        return c != no_node && dom_.is(c, GUMBO_TAG_P) && stats_[c].text >= kShortArticle && link_density(c) < max_link_density;
    };
    std::uint32_t before = no_node, after = no_node;
    for (std::uint32_t c = dom_.nodes[dom_.nodes[n].parent].first_child; c != no_node; c = dom_.nodes[c].next_sibling) {
        if (dom_.nodes[c].type != NodeType::element || dom_.nodes[c].removed || stats_[c].text == 0) continue;
        if (c < n) before = c;
        else if (c > n) {
            after = c;
            break;
        }
    }
    return prose(before) && prose(after);
}

bool Extractor::holds_posts(std::uint32_t root) const {
    for (std::uint32_t c = dom_.nodes[root].first_child; c != no_node; c = dom_.nodes[c].next_sibling) {
        const GumboTag t = dom_.nodes[c].tag;
        // Boxes, not the paragraphs of one text.
        if (dom_.nodes[c].type != NodeType::element || stats_[c].text < kPostBody ||
            (t != GUMBO_TAG_DIV && t != GUMBO_TAG_ARTICLE && t != GUMBO_TAG_SECTION && t != GUMBO_TAG_LI))
            continue;
        for (std::uint32_t d = dom_.nodes[c].next_sibling; d != no_node; d = dom_.nodes[d].next_sibling)
            if (dom_.nodes[d].type == NodeType::element && dom_.nodes[d].tag == dom_.nodes[c].tag && stats_[d].text >= kPostBody &&
                dom_.attr(d, "class") == dom_.attr(c, "class"))
                return true;
    }
    return false;
}

std::string Extractor::unlinked_text(std::uint32_t n) const {
    std::string out;
    const std::uint32_t end = subtree_end(n);
    for (std::uint32_t d = n + 1; d < end; ++d) {
        const DomNode& e = dom_.nodes[d];
        if (e.removed || (e.type == NodeType::element && e.tag == GUMBO_TAG_A)) {
            d = subtree_end(d) - 1;
            out += ' ';
            continue;
        }
        if (e.type == NodeType::text) out += e.text;
    }
    return out;
}

bool Extractor::is_event_date(std::uint32_t n) const {
    // The span within one run of text, or its two times in runs of their own around a dash
    // (holds_time_span_in): any two runs read as one would join a time stamp's unit and a price
    // beside it ("12:51 Uhr" | "10.41 - -0.19").
    if (holds_time_span_in(dom_, n)) return true;
    const std::uint32_t box = dom_.nodes[n].parent;
    return box != no_node && stats_[box].text <= kEventFacts && holds_time_span_in(dom_, box);
}

std::string Extractor::runs_apart(std::uint32_t n) const {
    std::string out;
    for (std::uint32_t d = dom_.next_in(n, n); d != no_node;) {
        if (dom_.nodes[d].removed) {
            d = dom_.next_in(d, n, true);
            continue;
        }
        if (dom_.nodes[d].type == NodeType::text) {
            out += dom_.nodes[d].text;
            out += ' ';
        }
        d = dom_.next_in(d, n);
    }
    return out;
}

bool Extractor::held_text_area(std::uint32_t n) const {
    const std::uint32_t end = subtree_end(n);
    for (std::uint32_t d = n + 1; d < end; ++d)
        if (dom_.nodes[d].type == NodeType::element && dom_.nodes[d].tag == GUMBO_TAG_TEXTAREA) return true;
    return false;
}

}  // namespace winnow::detail::extraction
