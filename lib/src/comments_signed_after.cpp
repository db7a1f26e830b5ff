// Readers' posts signed after their text as siblings, not inside: "<div>post</div><p>Posted
// by NAME at DATE</p>" pairs after the article's prose, in the posts' box or in the article's.
#include "comments_signed_after.hpp"

#include <algorithm>
#include <string>
#include <utility>

#include "comments_after_prose.hpp"
#include "comments_lines.hpp"
#include "comments_updates.hpp"
#include "extract_lines.hpp"
#include "prune.hpp"

namespace winnow::detail {

namespace {

constexpr std::uint32_t kSignatureLine = 110;  // "Posted by: NAME at March 3, 2012 04:10 PM"

}  // namespace


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
    // (Two pairs in a row take three items at least, a line two places after another: most boxes
    // asked have fewer, and are answered before anything is allocated.)
    const auto item = [&](std::uint32_t c) { return dom.nodes[c].type == NodeType::element && !dom.nodes[c].removed && text[c] > 0; };
    int count = 0;
    for (std::uint32_t c = dom.nodes[n].first_child; c != no_node && count < 3; c = dom.nodes[c].next_sibling) count += item(c);
    if (count < 3) return {};
    std::vector<std::uint32_t> items;  // as trailing_signed_posts reads n
    for (std::uint32_t c = dom.nodes[n].first_child; c != no_node; c = dom.nodes[c].next_sibling)
        if (item(c)) items.push_back(c);
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

}  // namespace winnow::detail
