// Readers' posts after the article's prose: in the article's own box (a product's description
// over its reviews), as a minority kind after the box's paragraphs, past the bare box holding
// the article, or in a box after the prose in one column. comments.cpp asks each in turn.
#include "comments_after_prose.hpp"

#include "comments.hpp"
#include "comments_heading_box.hpp"
#include "comments_lines.hpp"
#include "comments_signed_after.hpp"
#include "comments_updates.hpp"
#include "extract_lines.hpp"
#include "prune.hpp"

namespace winnow::detail {

// Prose paragraphs (a <p> of 25 characters, under half linked) under c, c included.
std::uint32_t prose_under(const Dom& dom, std::uint32_t c, const std::vector<std::uint32_t>& text,
                          const std::vector<std::uint32_t>& link) {
    std::uint32_t prose = 0;
    for (std::uint32_t d = c; d != no_node; d = dom.next_in(d, c))
        if (dom.nodes[d].type == NodeType::element && !dom.nodes[d].removed && dom.nodes[d].tag == GUMBO_TAG_P &&
            text[d] >= 25 && link[d] * 2 < text[d])
            prose += text[d];
    return prose;
}

// Paragraphs of prose in n's children before its first entry of kind k, and no entry with
// a heading of its own: the box holds an article and, after it, the posts that answer it (a
// product's description over its reviews), so the entries are the thread, not the box. An
// entry under a heading is an update or a story (a live blog's, a list's), not a reply.
bool answers_prose_before(const Dom& dom, std::uint32_t n, const EntryKind& k, const std::vector<std::uint32_t>& text,
                          const std::vector<std::uint32_t>& link) {
    std::uint32_t prose = 0;
    bool entries = false;
    for (std::uint32_t c = dom.nodes[n].first_child; c != no_node; c = dom.nodes[c].next_sibling) {
        const DomNode& e = dom.nodes[c];
        if (e.type != NodeType::element || e.removed) continue;
        if (kind_of(dom, c) == k) {
            entries = true;
            if (has_heading(dom, c)) return false;
        } else if (!entries) {
            // The paragraphs stand in the box or in a wrapper of their own (the article's body).
            prose += prose_under(dom, c, text, link);
        }
    }
    return prose >= kShortArticle;
}


namespace {

// c holds a <textarea> (where a reader writes a reply) among its first nodes.
bool holds_reply_field(const Dom& dom, std::uint32_t c) {
    std::size_t seen = 0;
    for (std::uint32_t d = c; d != no_node && seen < kMaxEntryWalk; d = dom.next_in(d, c), ++seen)
        if (dom.nodes[d].type == NodeType::element && dom.nodes[d].tag == GUMBO_TAG_TEXTAREA) return true;
    return false;
}

// n's dated entries of kind k, a kind fewer than n's paragraphs, are the posts that answer the
// prose before them in one box (the article ran on in the box its readers' posts were added
// to): the first dated entry of the kind (n's other entries of it before it are the box's
// navigation and the like) follows 80 characters of prose, no entry from it on has a heading
// of its own, and no prose of 80 characters stands between them (posts embedded in an article
// stand between its paragraphs; a reply form's notes may follow the last post). A quotation
// (<blockquote>: an embedded post) is the article's. Returns that first entry (no_node: none).
// past_headed: the kind is n's most common one, bare boxes holding the article as much as the
// posts ("<div>headline, prose</div><div><h2>…</h2></div><div>post</div>…"): the entries up to
// the last one with a heading of its own are the article's, and their prose counts before.
std::uint32_t posts_after_prose(const Dom& dom, std::uint32_t n, const EntryKind& k, const std::vector<std::uint32_t>& text,
                                const std::vector<std::uint32_t>& link, PostLines& lines, bool past_headed = false) {
    if (k.tag == GUMBO_TAG_BLOCKQUOTE) return no_node;
    std::uint32_t before = 0, between = 0, pending = 0, first = no_node;
    bool headed = false;
    for (std::uint32_t c = dom.nodes[n].first_child; c != no_node; c = dom.nodes[c].next_sibling) {
        const DomNode& e = dom.nodes[c];
        if (e.type != NodeType::element || e.removed || text[c] == 0) continue;
        // Once the posts began, a box of their kind holding a heading alone is a heading over
        // what follows (a reply form's), not a post nor the next section of the article: a
        // template that wraps every block in one more <div> makes one of each bare <h3>.
        const bool entry = kind_of(dom, c) == k && !(first != no_node && heading_alone(dom, c, text));
        // The reply form's box after the posts, under its heading ("Leave a reply"), is no
        // section of the article: the posts stand before it.
        if (past_headed && entry && first != no_node && holds_reply_field(dom, c)) {
            pending += prose_under(dom, c, text, link);
            continue;
        }
        if (past_headed && entry && has_heading(dom, c)) {
            // The article's box (or a section of it, a heading over the posts): the posts follow it.
            before += pending + prose_under(dom, c, text, link);
            first = no_node;
            between = pending = 0;
            headed = true;
            continue;
        }
        if (first == no_node && entry && has_date_line(dom, c, text, lines)) {
            first = c;
            if (past_headed) before += pending;  // what stood since the last headed entry
            pending = 0;
        }
        if (first == no_node) {
            if (past_headed) pending += prose_under(dom, c, text, link);
            else before += prose_under(dom, c, text, link);
        } else if (entry) {
            if (has_heading(dom, c)) return no_node;
            between += pending;  // prose followed by another post stood between two
            pending = 0;
        } else {
            pending += prose_under(dom, c, text, link);
        }
    }
    if (past_headed && !headed) return no_node;
    return before >= kShortArticle && between < kShortArticle ? first : no_node;
}

// An item of an ordered list: a step of a recipe or a how-to, the article's running text (a
// bulleted list may be a box of key facts or links).
bool numbered_step(const Dom& dom, std::uint32_t n) {
    return dom.is(n, GUMBO_TAG_LI) && dom.nodes[n].parent != no_node && dom.is(dom.nodes[n].parent, GUMBO_TAG_OL);
}

}  // namespace

// The posts of n's entries of kind k that answer the prose before them in n, marked
// kEntryAfterProse (each entry and, in a kind of signatures, each post before its signature):
// posts signed after their text as siblings (trailing_signed_posts), or, of a kind fewer than
// n's paragraphs, the dated entries after n's prose (posts_after_prose). Whether any were.
bool mark_posts_after_prose(const Dom& dom, std::uint32_t n, const EntryKind& k, const std::vector<std::uint32_t>& text,
                            const std::vector<std::uint32_t>& link, PostLines& lines, std::vector<std::uint8_t>& out,
                            std::vector<std::uint8_t>& inside) {
    if (k.rated) return false;
    const auto mark = [&](std::uint32_t c) {
        out[c] = kEntryAfterProse;
        inside[c] = 1;
    };
    if (k.tag == GUMBO_TAG_UNKNOWN) {
        // No kind of n's is mostly dated: the posts may still be signed after their text in the
        // article's own box, each signature a line among the article's paragraphs.
        const std::vector<std::uint32_t> pairs = signed_posts_in_article_box(dom, n, text, link, lines);
        for (std::uint32_t c : pairs) mark(c);
        return !pairs.empty();
    }
    const std::vector<std::uint32_t> pairs = trailing_signed_posts(dom, n, k, text, link, lines);
    for (std::uint32_t c : pairs) mark(c);
    if (!pairs.empty()) return true;
    const std::uint32_t first = k.minority ? posts_after_prose(dom, n, k, text, link, lines) : no_node;
    for (std::uint32_t c = first; c != no_node; c = dom.nodes[c].next_sibling)
        if (dom.nodes[c].type == NodeType::element && kind_of(dom, c) == k) mark(c);
    return first != no_node;
}

// n's most common kind k holds the article and, after it, the readers' posts: bare boxes alike
// (an old blog's "<div>" for its post and for each comment). The posts are the dated entries
// after the last entry with a heading of its own (posts_after_prose, past_headed), when the
// page's title stands in n before them, three or more, most carrying their day (a clock time
// alone stamps a live blog's update) and half signed by a line of their own (a diary's dated
// sections show the date alone). Marked kEntryAfterProse; whether any were.
bool mark_posts_past_article(const Dom& dom, std::uint32_t n, const EntryKind& k, const std::vector<std::uint32_t>& text,
                             const std::vector<std::uint32_t>& link, std::uint32_t title_end, PostLines& lines,
                             std::vector<std::uint8_t>& out, std::vector<std::uint8_t>& inside) {
    if (k.tag == GUMBO_TAG_UNKNOWN || k.rated || k.minority || title_end == no_node || title_end <= n) return false;
    const std::uint32_t first = posts_after_prose(dom, n, k, text, link, lines, true);
    if (first == no_node || title_end > first) return false;
    int posts = 0, days = 0;
    for (std::uint32_t c = first; c != no_node; c = dom.nodes[c].next_sibling)
        if (dom.nodes[c].type == NodeType::element && !dom.nodes[c].removed && text[c] > 0 && kind_of(dom, c) == k) {
            ++posts;
            days += has_day_line(dom, c, text, lines);
        }
    if (posts < 3 || days * 5 < posts * 3 || !signed_by_writers(dom, first, k, text, link, lines)) return false;
    for (std::uint32_t c = first; c != no_node; c = dom.nodes[c].next_sibling)
        if (dom.nodes[c].type == NodeType::element && kind_of(dom, c) == k) {
            out[c] = kEntryAfterProse;
            inside[c] = 1;
        }
    return true;
}


// n's entries of kind k are readers' posts: none has a heading of its own and most carry their
// day (a live blog's updates have headings, or a clock time alone under its summary).
bool entries_are_replies(const Dom& dom, std::uint32_t n, const EntryKind& k, const std::vector<std::uint32_t>& text, PostLines& lines) {
    int entries = 0, days = 0;
    for (std::uint32_t c = dom.nodes[n].first_child; c != no_node; c = dom.nodes[c].next_sibling) {
        if (dom.nodes[c].type != NodeType::element || !(kind_of(dom, c) == k)) continue;
        if (has_heading(dom, c)) return false;
        ++entries;
        if (has_day_line(dom, c, text, lines)) ++days;
    }
    return days * 5 >= entries * 3;
}

// The box of entries stands after the article's prose in the box that holds both: climbing
// from n while each ancestor is mostly n (a wrapper, a heading over it), the siblings before
// that wrapper hold paragraphs of prose (or numbered steps) under the title, no entry has a heading of its own and
// most entries carry their day (not a clock time alone: a live blog's updates under its summary).
// The prose a thread follows inside one column is the article it answers, as when the prose
// stands in the entries' own box (answers_prose_before).
bool follows_prose_in_box(const Dom& dom, std::uint32_t n, const EntryKind& k, const std::vector<std::uint32_t>& text,
                          const std::vector<std::uint32_t>& link, std::uint32_t title_end, PostLines& lines) {
    if (title_end == no_node || n < title_end || !entries_are_replies(dom, n, k, text, lines)) return false;
    std::uint32_t box = n;
    while (dom.nodes[box].parent != no_node && text[box] * 5 >= text[dom.nodes[box].parent] * 4) box = dom.nodes[box].parent;
    const std::uint32_t parent = dom.nodes[box].parent;
    if (parent == no_node || dom.is(parent, GUMBO_TAG_BODY)) return false;
    std::uint32_t prose = 0;
    for (std::uint32_t c = dom.nodes[parent].first_child; c != no_node && c != box; c = dom.nodes[c].next_sibling)
        for (std::uint32_t d = c; d != no_node; d = dom.next_in(d, c)) {
            const DomNode& e = dom.nodes[d];
            if (e.type == NodeType::element && !e.removed && (e.tag == GUMBO_TAG_P || numbered_step(dom, d)) && d >= title_end &&
                text[d] >= 25 && link[d] * 2 < text[d])
                prose += text[d];
        }
    return prose >= kShortArticle;
}

}  // namespace winnow::detail
