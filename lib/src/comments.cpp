#include "comments.hpp"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>

#include "comments_dl.hpp"
#include "comments_entry.hpp"
#include "comments_heading_box.hpp"
#include "comments_lines.hpp"
#include "comments_lone_post.hpp"
#include "comments_untitled.hpp"
#include "comments_updates.hpp"
#include "extract_lines.hpp"
#include "prune.hpp"
#include "text_length.hpp"

namespace winnow::detail {

namespace {

constexpr std::uint32_t kTwoReviews = 2000;   // the text of a box of two reviews at most

// Prose under the title heading that makes an article, if a short one: two sentences.
constexpr std::uint32_t kShortArticle = 80;
// Prose under the title that is an article's, not a summary's: a few sentences.
constexpr std::uint32_t kArticleLength = 250;
// Boxes of nested replies on a page with no title whose column is read for the post they answer.
constexpr int kUntitledReplyChecks = 4;

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
            for (std::uint32_t d = c; d != no_node; d = dom.next_in(d, c))
                if (dom.nodes[d].type == NodeType::element && !dom.nodes[d].removed && dom.nodes[d].tag == GUMBO_TAG_P &&
                    text[d] >= 25 && link[d] * 2 < text[d])
                    prose += text[d];
        }
    }
    return prose >= kShortArticle;
}

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

constexpr std::uint32_t kSignatureLine = 110;  // "Posted by: NAME at March 3, 2012 04:10 PM"

// Posts whose signature stands after each of them as a sibling, not inside ("<div>post</div>
// <p>Posted by NAME at DATE</p>", an old blog template's comments): n's last entries of kind k
// are short dated lines (110 characters at most) each right after a box of one other kind (not
// a <p>; a one-paragraph <p> between such pairs), its post; two or more such pairs in a row,
// after 80 characters of prose in n, and no box of the posts' kind after the last signature. Returns the pairs' elements, posts and
// signatures (empty: none).
std::vector<std::uint32_t> trailing_signed_posts(const Dom& dom, std::uint32_t n, const EntryKind& k,
                                                 const std::vector<std::uint32_t>& text,
                                                 const std::vector<std::uint32_t>& link, PostLines& lines) {
    std::vector<std::uint32_t> items;  // n's elements with text, in order
    for (std::uint32_t c = dom.nodes[n].first_child; c != no_node; c = dom.nodes[c].next_sibling)
        if (dom.nodes[c].type == NodeType::element && !dom.nodes[c].removed && text[c] > 0) items.push_back(c);
    const auto signature = [&](std::uint32_t c) {
        return kind_of(dom, c) == k && text[c] <= kSignatureLine && has_date_line(dom, c, text, lines);
    };
    std::size_t last = items.size();
    while (last > 0 && !signature(items[last - 1])) --last;  // a reply form's notes may follow
    if (last < 2) return {};
    // A post is a box: a paragraph over a dated line is the article's (a quotation and its
    // source), and a quotation is no signature, nor a post: a statement quoted and its source
    // line, twice in a row, are the article's (a news story quoting two people). A post of that kind after the last signature
    // is signed before its text, as "<dt>NAME - DATE</dt><dd>post</dd>": a thread of its own.
    // But a post of one paragraph is that paragraph once its wrapper says nothing
    // (parse_wrappers: "<div><div><p>post</p></div></div><div><p>Posted by…</p></div>"): beside
    // a box, a <p> that is no signature, after a signature or the thread's heading,
    // is a post too (the article's last paragraph over its author's line follows a paragraph).
    if (k.tag == GUMBO_TAG_BLOCKQUOTE) return {};
    const auto paragraph_post = [&](std::uint32_t c) { return dom.is(c, GUMBO_TAG_P) && !signature(c); };
    const auto opens_post = [&](std::uint32_t c) { return signature(c) || heading_level(dom.nodes[c].tag) != 0; };
    std::size_t near = last;  // the posts' kind: the nearest box's
    while (near >= 4 && paragraph_post(items[near - 2]) && signature(items[near - 3])) near -= 2;
    const EntryKind post = kind_of(dom, items[near - 2]);
    if (post == k || post.tag == GUMBO_TAG_P || post.tag == GUMBO_TAG_BLOCKQUOTE) return {};
    if (last < items.size() && kind_of(dom, items[last]) == post) return {};
    std::size_t from = last;
    int boxes = 0;  // posts of the kind: one or more, however many paragraphs sign in between
    for (; from >= 2 && signature(items[from - 1]) && !has_heading(dom, items[from - 2]); from -= 2) {
        if (kind_of(dom, items[from - 2]) == post) ++boxes;
        else if (!paragraph_post(items[from - 2]) || from < 3 || !opens_post(items[from - 3])) break;
    }
    if (boxes < 1 || last - from < 4) return {};
    std::uint32_t prose = 0;
    for (std::size_t j = 0; j < from; ++j) prose += prose_under(dom, items[j], text, link);
    if (prose < kShortArticle) return {};
    return {items.begin() + static_cast<std::ptrdiff_t>(from), items.begin() + static_cast<std::ptrdiff_t>(last)};
}

// Posts signed after their text as siblings in a box whose kinds are none of them mostly
// dated (the article's paragraphs and, after them, "<div>post</div><p>Posted by NAME at
// DATE</p>" pairs; no name says which is which): the kind of n's last short dated line is the
// signatures' (trailing_signed_posts), the posts of another tag (a box over a line), when
// every signature names another writer (its words, the date set aside, differ from pair to
// pair: an author's dated addenda repeat one line).
std::vector<std::uint32_t> signed_posts_in_article_box(const Dom& dom, std::uint32_t n, const std::vector<std::uint32_t>& text,
                                                       const std::vector<std::uint32_t>& link, PostLines& lines) {
    // Asking a child for a date line walks its subtree: screen by markup first. The last short
    // dated child is the pairs' last signature (trailing_signed_posts), so it has a line of its
    // tag two places before it (two pairs in a row), and it stands at or after the first place
    // where a short line (not a quotation) follows a box that is no <p> (the posts' kind; posts
    // of one paragraph may sign in among them) with a line of its tag two places before or
    // after it. Only such a line ends pairs; the walk back from the end stops at the first dated
    // line, and a dated line that ends none means no pairs.
    std::vector<std::uint32_t> items;  // as trailing_signed_posts reads n
    for (std::uint32_t c = dom.nodes[n].first_child; c != no_node; c = dom.nodes[c].next_sibling)
        if (dom.nodes[c].type == NodeType::element && !dom.nodes[c].removed && text[c] > 0) items.push_back(c);
    const auto line_of = [&](std::size_t i, GumboTag tag) {
        return i < items.size() && dom.nodes[items[i]].tag == tag && text[items[i]] <= kSignatureLine;
    };
    const auto shaped = [&](std::size_t i) {
        const GumboTag line = dom.nodes[items[i]].tag;
        return line != GUMBO_TAG_BLOCKQUOTE && text[items[i]] <= kSignatureLine && dom.nodes[items[i - 1]].tag != GUMBO_TAG_P &&
               ((i >= 3 && line_of(i - 2, line)) || line_of(i + 2, line));
    };
    std::size_t first_shaped = 1;
    while (first_shaped < items.size() && !shaped(first_shaped)) ++first_shaped;
    // Along each chain of short lines of one tag two places apart, whether a post between them
    // is of another tag than the lines (the pairs' posts are: a striped list's are not) and
    // whether one is no <p> (a box post): a chain lacking either ends no pairs.
    std::vector<std::uint8_t> other_tag(items.size(), 0), box_post(items.size(), 0);
    for (std::size_t i = 1; i < items.size(); ++i) {
        const GumboTag line = dom.nodes[items[i]].tag, post = dom.nodes[items[i - 1]].tag;
        const bool chained = i >= 2 && line_of(i - 2, line);
        other_tag[i] = post != line || (chained && other_tag[i - 2]);
        box_post[i] = post != GUMBO_TAG_P || (chained && box_post[i - 2]);
    }
    const auto ends_pairs = [&](std::size_t i) {
        return i >= first_shaped && i >= 2 && dom.nodes[items[i]].tag != GUMBO_TAG_BLOCKQUOTE &&
               line_of(i - 2, dom.nodes[items[i]].tag) && other_tag[i] && box_post[i];
    };
    std::size_t lowest_end = first_shaped;
    while (lowest_end < items.size() && !(text[items[lowest_end]] <= kSignatureLine && ends_pairs(lowest_end))) ++lowest_end;
    std::uint32_t last = no_node;
    for (std::size_t i = items.size(); i > lowest_end && last == no_node; --i)
        if (text[items[i - 1]] <= kSignatureLine && has_date_line(dom, items[i - 1], text, lines)) {
            if (!ends_pairs(i - 1)) return {};
            last = items[i - 1];
        }
    if (last == no_node) return {};
    const EntryKind k = kind_of(dom, last);
    std::vector<std::uint32_t> pairs = trailing_signed_posts(dom, n, k, text, link, lines);
    // A box and a line of two tags: items of one tag taking turns are a striped list's (the
    // posts' boxes are of another tag than the lines, whatever paragraphs sign in among them).
    bool boxes = false;
    for (std::size_t j = 0; j < pairs.size() && !boxes; j += 2) boxes = dom.nodes[pairs[j]].tag != k.tag;
    if (!boxes) return {};
    std::vector<std::string> signers;
    for (std::size_t j = 1; j < pairs.size(); j += 2) {
        std::string w = undated_words(dom.text_of(pairs[j]));
        if (w.empty() || std::find(signers.begin(), signers.end(), w) != signers.end()) return {};
        signers.push_back(std::move(w));
    }
    return pairs;
}

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

// An item of an ordered list: a step of a recipe or a how-to, the article's running text (a
// bulleted list may be a box of key facts or links).
bool numbered_step(const Dom& dom, std::uint32_t n) {
    return dom.is(n, GUMBO_TAG_LI) && dom.nodes[n].parent != no_node && dom.is(dom.nodes[n].parent, GUMBO_TAG_OL);
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

// A heading named as the comments ("<h2 id=comments>") over posts that are loose siblings, with
// no container of their own: the thread is what follows the heading up to the next heading of
// its rank or higher, when at least two of those siblings carry a date line. Returns how many
// siblings it took (0: not a thread).
std::size_t mark_thread_after_heading(const Dom& dom, std::uint32_t heading, const std::vector<std::uint32_t>& text,
                                      std::vector<std::uint8_t>& out, std::vector<std::uint8_t>& inside, PostLines& lines) {
    const int level = heading_level(dom.nodes[heading].tag);
    std::vector<std::uint32_t> run;
    int dated = 0;
    for (std::uint32_t c = dom.nodes[heading].next_sibling; c != no_node; c = dom.nodes[c].next_sibling) {
        const DomNode& n = dom.nodes[c];
        if (n.type != NodeType::element || n.removed || text[c] == 0) continue;
        const int l = heading_level(n.tag);
        if (l != 0 && l <= level) break;
        run.push_back(c);
        if (has_date_line(dom, c, text, lines)) ++dated;
    }
    if (dated < 2) return 0;
    out[heading] = kNamedThread;
    inside[heading] = 1;
    for (std::uint32_t c : run) {
        out[c] = kNamedThread;
        inside[c] = 1;
    }
    return run.size();
}

constexpr std::uint32_t kLooseProse = 80;  // a paragraph's run of text, set without <p>

// A run of prose set loose in a box, paragraphs parted by <br> ("<div>text<br><br>text"): the
// article's prose as much as a <p> is; also inside the <font> an old layout sets its column's
// text in ("<td><font size=2>text<br><br>text</font>").
bool loose_prose(const Dom& dom, std::uint32_t i, const std::vector<std::uint32_t>& text,
                 const std::vector<std::uint32_t>& link) {
    if (text[i] < kLooseProse || link[i] != 0) return false;
    std::uint32_t p = dom.nodes[i].parent;
    for (int level = 0; level < 2 && p != no_node && dom.is(p, GUMBO_TAG_FONT); ++level) p = dom.nodes[p].parent;
    return p != no_node && (dom.is(p, GUMBO_TAG_DIV) || dom.is(p, GUMBO_TAG_TD) || dom.is(p, GUMBO_TAG_SECTION) ||
                            dom.is(p, GUMBO_TAG_ARTICLE) || dom.is(p, GUMBO_TAG_MAIN));
}

constexpr std::uint32_t kLooseLine = 15;  // a line of a poem or a song: a few words

// A line set loose in a box and ended by <br> ("<div>line<br>line<br>"): a poem's or a song's
// line, a sentence of an old layout's cell; the article's text as much as a <p> of its length
// is. Unlinked, a few words at least.
bool loose_line(const Dom& dom, std::uint32_t i, const std::vector<std::uint32_t>& text,
                const std::vector<std::uint32_t>& link) {
    if (text[i] < kLooseLine || link[i] != 0) return false;
    std::uint32_t next = dom.nodes[i].next_sibling;
    while (next != no_node && dom.nodes[next].type != NodeType::element && text[next] == 0) next = dom.nodes[next].next_sibling;
    if (next == no_node || !dom.is(next, GUMBO_TAG_BR)) return false;
    std::uint32_t p = dom.nodes[i].parent;
    for (int level = 0; level < 2 && p != no_node && dom.is(p, GUMBO_TAG_FONT); ++level) p = dom.nodes[p].parent;
    return p != no_node && (dom.is(p, GUMBO_TAG_DIV) || dom.is(p, GUMBO_TAG_TD) || dom.is(p, GUMBO_TAG_SECTION) ||
                            dom.is(p, GUMBO_TAG_ARTICLE) || dom.is(p, GUMBO_TAG_MAIN));
}

}  // namespace

std::vector<std::uint8_t> find_comment_sections(const Dom& dom, const std::vector<std::uint32_t>& text,
                                                const std::vector<std::uint32_t>& link, const NameHints& names,
                                                std::uint32_t title_end, bool settle) {
    const auto count = static_cast<std::uint32_t>(dom.nodes.size());
    std::vector<std::uint8_t> out(count, 0);
    std::vector<std::uint8_t> inside(count, 0);  // below a section already found
    PostLines lines(dom);
    // Prose seen so far in document order: a thread answers an article, it does not open the
    // page (a live blog or a forum thread is the page's own content).
    std::uint32_t prose_before = 0, prose_after_title = 0;
    bool media_after_title = false;  // a photo or a video under the title: a post without prose
    bool posts_open_page = false;    // a reader's post shape holds the first prose under the title
    bool heading_seen = false;       // a heading stands before: a post's, whatever the title finder made of it
    int untitled_reply_checks = 0;   // boxes of nested replies read for a post before them, no title
    for (std::uint32_t i = 0; i < count; ++i) {
        const DomNode& n = dom.nodes[i];
        if (n.parent != no_node && (inside[n.parent] || dom.nodes[n.parent].removed)) {
            inside[i] = 1;
            continue;
        }
        if (n.type == NodeType::text && loose_prose(dom, i, text, link)) {
            prose_before += text[i];
            if (title_end != no_node && i >= title_end) prose_after_title += text[i];
        } else if (n.type == NodeType::text && title_end != no_node && i >= title_end && loose_line(dom, i, text, link)) {
            prose_after_title += text[i];  // a poem's lines under the title are its article
        }
        if (n.type == NodeType::element && title_end != no_node && i >= title_end && is_post_media(dom, i))
            media_after_title = true;  // (a player's frame is pruned, yet it is what the post shows)
        if (n.type != NodeType::element || n.removed) continue;
        if (heading_level(n.tag) != 0 && text[i] > 0) heading_seen = true;
        if (n.tag == GUMBO_TAG_P && text[i] >= 25 && link[i] * 2 < text[i]) {
            prose_before += text[i];
            if (title_end != no_node && i >= title_end) prose_after_title += text[i];
        }
        // An article of a few lines under its title is answered by a thread as much as a long one.
        const bool after_article = prose_before >= 250 || prose_after_title >= kShortArticle;
        if (heading_level(n.tag) != 0 && after_article && names(i).comments &&
            mark_thread_after_heading(dom, i, text, out, inside, lines) > 0)
            continue;
        if (text[i] < 40 || n.tag == GUMBO_TAG_BODY || n.tag == GUMBO_TAG_HTML) continue;
        const bool named = names(i).comments;
        // Writers' lines and their comments as a definition list, after a post's heading or prose.
        if (!named && n.tag == GUMBO_TAG_DL && (after_article || heading_seen) && dl_thread(dom, i, text, link, lines)) {
            out[i] = kRepliesThread;
            inside[i] = 1;
            continue;
        }
        // The box's own paragraphs before its entries are an article they answer, wherever
        // the box stands.
        EntryKind entries = !named && link[i] * 2 < text[i] ? thread_entries(dom, i, text, lines, settle) : EntryKind{};
        if (mark_posts_after_prose(dom, i, entries, text, link, lines, out, inside)) continue;
        // A kind fewer than the box's paragraphs is a thread only as the posts after them.
        if (entries.minority) entries = EntryKind{};
        // A live blog's updates are the page's text, however short its intro: updates of a day
        // under headings, or dated entries none of which is signed by a name of its own.
        if (!named && entries.tag != GUMBO_TAG_UNKNOWN && !entries.rated &&
            (updates_of_a_day(dom, i, entries, text, lines) || unsigned_updates(dom, i, entries, text, link, lines)))
            continue;
        // Bare boxes of one kind, the article's and then its readers' posts.
        if (!named && mark_posts_past_article(dom, i, entries, text, link, title_end, lines, out, inside)) continue;
        // Reviews (entries rated, not dated) after the article's prose answer it wherever they
        // stand, even inside its box: a list of dated entries there may be the page's own news,
        // a list of rated posts is what readers thought of the page's thing.
        const bool reviews = entries.tag != GUMBO_TAG_UNKNOWN && entries.rated && after_article;
        if (!named && entries.tag != GUMBO_TAG_UNKNOWN && (reviews || answers_prose_before(dom, i, entries, text, link))) {
            for (std::uint32_t c = n.first_child; c != no_node; c = dom.nodes[c].next_sibling)
                if (dom.nodes[c].type == NodeType::element && kind_of(dom, c) == entries) {
                    out[c] = kEntryAfterProse;
                    inside[c] = 1;
                }
            continue;
        }
        if (!named && entries.tag != GUMBO_TAG_UNKNOWN && !entries.rated && follows_prose_in_box(dom, i, entries, text, link, title_end, lines)) {
            out[i] = kEntryAfterProse;
            inside[i] = 1;
            continue;
        }
        // No title heading to measure the article under: readers' entries after a short post in
        // their own column answer it (comments_untitled.cpp).
        if (!named && title_end == no_node && !after_article && entries.tag != GUMBO_TAG_UNKNOWN && !entries.rated &&
            entries_are_replies(dom, i, entries, text, lines) && answers_untitled_post(dom, i, entries, text, link)) {
            out[i] = kRepliesThread;
            inside[i] = 1;
            continue;
        }
        // Nested replies signed by name lines, dated or not, after the article's prose; on a page
        // with no title, after a short post in their own column (comments_untitled_replies.cpp;
        // the column is read for the first few such boxes only: a walk over earlier siblings).
        const bool untitled_post = !after_article && title_end == no_node && prose_before >= kShortArticle &&
                                   untitled_reply_checks < kUntitledReplyChecks;
        if (!named && entries.tag == GUMBO_TAG_UNKNOWN && (after_article || untitled_post) && link[i] * 2 < text[i] &&
            nested_replies(dom, i, text, link) &&
            (after_article || (++untitled_reply_checks, nested_replies_answer_untitled_post(dom, i, text, link)))) {
            out[i] = kShapedThread;
            inside[i] = 1;
            continue;
        }
        // Undated posts signed by links to their writers' own sites are readers' posts, after
        // the prose or after a picture or a player posted under the title.
        if (!named && entries.tag == GUMBO_TAG_UNKNOWN && (after_article || (media_after_title && i >= title_end)) &&
            link[i] * 2 < text[i] && signed_by_own_pages(dom, i, text)) {
                out[i] = kRepliesThread;
            inside[i] = 1;
            continue;
        }
        // A post under the title before any article prose: the page is a thread of posts (a
        // forum's), whose first post is its question and whose later posts are its text.
        if (!posts_open_page && !named && entries.tag == GUMBO_TAG_UNKNOWN && title_end != no_node && i >= title_end &&
            !after_article && lone_post(dom, i, text, link, lines))
            posts_open_page = true;
        // A lone reader's post (or a box of a few) after the article's prose: shorter than it,
        // or after an article's length of it (a summary under the title is no article yet).
        if (!posts_open_page && !named && entries.tag == GUMBO_TAG_UNKNOWN && title_end != no_node && i >= title_end && after_article &&
            (text[i] < prose_after_title || prose_after_title >= kArticleLength) && lone_post(dom, i, text, link, lines)) {
            out[i] = kRepliesThread;
            inside[i] = 1;
            continue;
        }
        // A photo or a video posted under its title, with no prose, is answered by readers as an
        // article is: dated posts with no heading of their own after it are its thread, not the page.
        if (!named && !after_article && media_after_title && entries.tag != GUMBO_TAG_UNKNOWN && !entries.rated &&
            i >= title_end && entries_are_replies(dom, i, entries, text, lines)) {
            out[i] = kRepliesThread;
            inside[i] = 1;
            continue;
        }
        if (named || (after_article && entries.tag != GUMBO_TAG_UNKNOWN)) {
            out[i] = named ? kNamedThread : entries_are_replies(dom, i, entries, text, lines) ? kRepliesThread : kShapedThread;
            inside[i] = 1;
        }
    }
    return out;
}

}  // namespace winnow::detail
