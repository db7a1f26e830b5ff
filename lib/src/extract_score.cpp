// Extract, scoring: per-node text, link and paragraph statistics and the content score each
// paragraph gives its ancestors (the Readability scheme, with chrome and comma limits).
#include "extract_impl.hpp"
#include "extract_wrappers.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "comments.hpp"

namespace winnow::detail::extraction {

namespace {
// What a node inherits from its ancestors, and what the chrome pass adds.
constexpr std::uint8_t kRemoved = 1;   // removed (by an ancestor too)
constexpr std::uint8_t kInLink = 2;    // inside a link
constexpr std::uint8_t kInChrome = 4;  // inside chrome: comments, related, sidebars, footers

constexpr std::uint32_t kOverlaidCard = 800;  // a card's title and summary, not an article

// An empty <a href> to another page (no content at all: a link laid over its box by CSS).
bool is_overlay_link(const Dom& dom, std::uint32_t a) {
    const DomNode& e = dom.nodes[a];
    if (e.type != NodeType::element || e.tag != GUMBO_TAG_A || e.first_child != no_node) return false;
    std::string_view href = dom.attr(a, "href");
    while (!href.empty() && is_space(static_cast<unsigned char>(href.front()))) href.remove_prefix(1);
    if (href.empty() || href.front() == '#' || href.starts_with("javascript:") || href.starts_with("mailto:")) return false;
    // Laid over its box, not set in a line of text ("von <a></a> am 20.06.": a name left out):
    // the nearest siblings with content on either side are blocks, or there are none.
    const auto in_line = [&](std::uint32_t s) {
        const DomNode& sib = dom.nodes[s];
        if (sib.type == NodeType::text) return !std::all_of(sib.text.begin(), sib.text.end(), [](char c) { return is_space(static_cast<unsigned char>(c)); });
        return sib.type == NodeType::element && !is_block_tag(sib.tag) && sib.tag != GUMBO_TAG_BR;
    };
    const auto blank = [&](std::uint32_t s) {
        const DomNode& sib = dom.nodes[s];
        return sib.type != NodeType::element && !in_line(s);
    };
    std::uint32_t next = e.next_sibling;
    while (next != no_node && blank(next)) next = dom.nodes[next].next_sibling;
    if (next != no_node && in_line(next)) return false;
    std::uint32_t prev = dom.previous_sibling(a);
    while (prev != no_node && blank(prev)) prev = dom.previous_sibling(prev);
    return prev == no_node || !in_line(prev);
}

// A box a card is made of (<div>, <li>, <article>, <section>, <figure>; a <p> is a sentence's).
bool is_card_box(const Dom& dom, std::uint32_t n) {
    const GumboTag t = dom.nodes[n].tag;
    return dom.nodes[n].type == NodeType::element &&
           (t == GUMBO_TAG_DIV || t == GUMBO_TAG_LI || t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_SECTION || t == GUMBO_TAG_FIGURE);
}

}  // namespace

void Extractor::compute_stats() {
    const auto count = static_cast<std::uint32_t>(dom_.nodes.size());
    std::vector<std::uint8_t> flags = inherited_flags();
    aggregate_stats(flags);
    text_before_.assign(count + 1, 0);
    for (std::uint32_t i = 0; i < count; ++i)
        text_before_[i + 1] = text_before_[i] + (dom_.nodes[i].type == NodeType::text ? stats_[i].text : 0);
    // The title heading is evidence for what follows: found before the threads and chrome.
    find_title();
    {
        std::vector<std::uint32_t> text(count), link(count);
        for (std::uint32_t i = 0; i < count; ++i) {
            text[i] = stats_[i].text;
            link[i] = stats_[i].link_text;
        }
        comments_ = find_comment_sections(dom_, text, link, names_, title_ == no_node ? no_node : subtree_end(title_));
    }
    // Children follow their parent: a reverse pass sums each thread's text into its ancestors.
    thread_text_.assign(count, 0);
    for (std::uint32_t i = count; i-- > 0;) {
        if (comments_[i]) thread_text_[i] = stats_[i].text;
        if (const std::uint32_t p = dom_.nodes[i].parent; p != no_node) thread_text_[p] += thread_text_[i];
    }
    mark_chrome(flags);
    wrapped_ = find_wrappers(dom_, stats_);
    score_paragraphs(flags);
}

// Forward pass: which nodes are removed by an ancestor, and which sit inside links.
std::vector<std::uint8_t> Extractor::inherited_flags() const {
    const auto count = static_cast<std::uint32_t>(dom_.nodes.size());
    std::vector<std::uint8_t> flags(count, 0);
    for (std::uint32_t i = 0; i < count; ++i) {
        const DomNode& n = dom_.nodes[i];
        std::uint8_t f = n.parent == no_node ? 0 : flags[n.parent];
        if (n.parent != no_node && dom_.is(n.parent, GUMBO_TAG_A)) f |= kInLink;
        if (n.removed) f |= kRemoved;
        flags[i] = f;
    }
    return flags;
}

// Reverse pass: text, links, paragraphs, commas, headings and quotes summed into ancestors.
void Extractor::aggregate_stats(const std::vector<std::uint8_t>& flags) {
    const auto count = static_cast<std::uint32_t>(dom_.nodes.size());
    std::vector<std::uint8_t> overlaid(count, 0);  // a child is an empty link laid over the box
    for (std::uint32_t i = count; i-- > 0;) {
        ticker_.tick();
        const DomNode& n = dom_.nodes[i];
        NodeStats& s = stats_[i];
        if (flags[i] & kRemoved) continue;
        // A card whose link is laid over it (an <a> with no content as its child, the card's
        // title and summary beside it): the whole card is the link, its text is link text.
        // Such a card is a teaser's entry: a linked headline with its line of text.
        if (overlaid[i] && s.text > 0 && s.text <= kOverlaidCard) {
            s.link_text = s.text;
            s.link_headings = static_cast<std::uint16_t>(std::max<int>(s.link_headings, 1));
        }
        if (n.parent != no_node && is_overlay_link(dom_, i)) overlaid[n.parent] = is_card_box(dom_, n.parent);
        if (n.type == NodeType::text || n.type == NodeType::cdata) {
            s.text = visible_chars(n.text, s.commas);
            s.run_text = s.text;
            if (flags[i] & kInLink) s.link_text = s.text;
        } else if (n.type == NodeType::element && n.tag == GUMBO_TAG_A) {
            s.link_text = s.text;
        }
        if (n.type == NodeType::element && is_paragraph_like(n.tag) && s.text >= 25) s.paragraphs += 1;
        if (n.type == NodeType::element &&
            ((is_heading(n.tag) && s.text >= 10 && s.link_text * 5 >= s.text * 4) || is_headline_link(i)))
            s.link_headings += 1;
        if (n.type == NodeType::element && n.tag == GUMBO_TAG_BLOCKQUOTE && s.text >= 40 &&
            s.link_text * 2 < s.text)
            s.quotes += 1;
        if (n.parent != no_node) {
            NodeStats& p = stats_[n.parent];
            p.text += s.text;
            p.link_text += s.link_text;
            p.paragraphs += s.paragraphs;
            p.commas += s.commas;
            p.link_headings = static_cast<std::uint16_t>(std::min(0xFFFF, p.link_headings + s.link_headings));
            p.quotes = static_cast<std::uint16_t>(std::min(0xFFFF, p.quotes + s.quotes));
            if (n.type == NodeType::text || n.type == NodeType::cdata ||
                (n.type == NodeType::element && !is_block_tag(n.tag) && n.tag != GUMBO_TAG_BR)) {
                p.inline_text += s.text;
                p.inline_link += s.link_text;
                p.inline_commas += s.commas;
                p.inline_breaks = static_cast<std::uint16_t>(std::min(0xFFFF, p.inline_breaks + s.inline_breaks));
                p.run_text += s.run_text;
            } else if (n.type == NodeType::element && n.tag == GUMBO_TAG_BR && p.inline_breaks < 0xFFFF) {
                ++p.inline_breaks;
            }
        }
    }
}

void Extractor::mark_chrome(std::vector<std::uint8_t>& flags) {
    const auto count = static_cast<std::uint32_t>(dom_.nodes.size());
    // Chrome containers (comments, related, sidebars, footers) that do not hold most of the
    // page's text: paragraphs inside them count for little (comment threads are prose too).
    const std::uint32_t page_text = stats_[dom_.body != no_node ? dom_.body : 0].text;
    entries_chrome_.assign(count, false);
    for (std::uint32_t i = 0; i < count; ++i) {
        ticker_.tick();
        const DomNode& n = dom_.nodes[i];
        if ((flags[i] & kRemoved) || n.type != NodeType::element) continue;
        if (n.parent != no_node && (flags[n.parent] & kInChrome)) {
            flags[i] |= kInChrome;
            entries_chrome_[i] = entries_chrome_[n.parent];
            continue;
        }
        if (n.tag == GUMBO_TAG_BODY || n.tag == GUMBO_TAG_HTML) continue;
        // Entries (a thread, a list of teasers) after the prose under the title answer or
        // follow an article, however much longer than it they are.
        // With no title heading, readers' posts after prose (their shape says so: no heading
        // of their own, most carrying their day) answer that prose, however short it is.
        if (((after_title_prose(i) || (title_ != no_node && i < title_ && !above_title_[i])) &&
             (comments_[i] || is_teaser_list(i) || opens_with_author(i) || is_profile_box(i))) ||
            (title_ == no_node && comments_[i] == kRepliesThread)) {
            flags[i] |= kInChrome;
            entries_chrome_[i] = true;
            continue;
        }
        if (stats_[i].text * 5 >= page_text * 4) continue;
        // A box the page declares its article's body (schema.org articleBody) is not chrome for
        // a class token that names what it holds ("inline-promos", "has-share-bar").
        if (n.tag == GUMBO_TAG_ASIDE || n.tag == GUMBO_TAG_FOOTER || comments_[i] || (hints(i).strong && !declared_body(i)))
            flags[i] |= kInChrome;
    }
}

void Extractor::score_paragraphs(const std::vector<std::uint8_t>& flags) {
    const auto count = static_cast<std::uint32_t>(dom_.nodes.size());
    // A page told in captions (a photo post): when its figcaptions hold more text than its
    // paragraphs, they are its paragraphs. Elsewhere a caption is an aside of the article.
    std::uint32_t caption_text = 0, paragraph_text = 0;
    for (std::uint32_t i = 0; i < count; ++i) {
        const DomNode& n = dom_.nodes[i];
        if ((flags[i] & kRemoved) || n.type != NodeType::element || stats_[i].text < 25) continue;
        if (n.tag == GUMBO_TAG_FIGCAPTION) caption_text += stats_[i].text - stats_[i].link_text;
        else if (n.tag == GUMBO_TAG_P || n.tag == GUMBO_TAG_PRE || (n.tag == GUMBO_TAG_DIV && is_text_div(i)))
            paragraph_text += stats_[i].text - stats_[i].link_text;
    }
    const bool captions_are_text = caption_text > paragraph_text;
    // Content score: each paragraph-like element gives points to its ancestors,
    // decaying with distance (the Readability scheme).
    for (std::uint32_t i = 0; i < count; ++i) {
        ticker_.tick();
        if (flags[i] & kRemoved) continue;
        const DomNode& n = dom_.nodes[i];
        if (n.type != NodeType::element) continue;
        const NodeStats& s = stats_[i];
        // A layout table's cell that holds an article (runs of prose parted by <br>) is its
        // box, not one paragraph of its row: the row also holds the menu and link columns.
        const bool text_cell = n.tag == GUMBO_TAG_TD && is_text_cell(i);
        const bool paragraph = n.tag == GUMBO_TAG_P || n.tag == GUMBO_TAG_PRE ||
                               (n.tag == GUMBO_TAG_TD && !text_cell) || (n.tag == GUMBO_TAG_DIV && is_text_div(i)) ||
                               (captions_are_text && n.tag == GUMBO_TAG_FIGCAPTION) ||
                               (n.tag == GUMBO_TAG_LI && is_numbered_prose(i));
        // A container holding loose text runs (paragraphs split by <br>, not <p>) scores
        // like the paragraphs it would hold, starting at itself.
        const bool loose = !paragraph && s.inline_text >= kLooseText &&
                           (n.tag == GUMBO_TAG_DIV || n.tag == GUMBO_TAG_SECTION || n.tag == GUMBO_TAG_ARTICLE ||
                            n.tag == GUMBO_TAG_MAIN || n.tag == GUMBO_TAG_CENTER || n.tag == GUMBO_TAG_BLOCKQUOTE ||
                            text_cell);
        // A <div> whose text is one run, no line break parting it and no block beside it, is
        // one paragraph however long (an editor's <font> or <span> around it), not a box of
        // runs: its parent takes its points whole, as a <p>'s would. Scored from itself alone,
        // the longest paragraph of a body of such <div>s outscored the body once no class name
        // lifted the body. It stays a box to choose too (a step of a recipe, named for its
        // text). (Most of it the run's own text: an inline element wrapping the page's boxes
        // is no paragraph.)
        const bool one_run = loose && n.tag == GUMBO_TAG_DIV && s.inline_breaks == 0 && s.inline_text == s.text &&
                             s.run_text * 2 >= s.text;
        if (!paragraph && !loose) continue;
        const std::uint32_t text = paragraph ? s.text : s.inline_text;
        const std::uint32_t link = paragraph ? s.link_text : s.inline_link;
        const std::uint32_t commas = paragraph ? s.commas : s.inline_commas;
        if (text < 25) continue;
        // Commas count as clauses of prose up to a rate prose reaches; beyond it they
        // separate the items of a list of keywords (a profile's interests, a tag line):
        // one comma per 50 characters (about eight words) is a comma-rich sentence already.
        const float clauses = std::min(static_cast<float>(commas), static_cast<float>(text) / 50.f);
        float points = 1.f + clauses + std::min(static_cast<float>(text) / 100.f, 3.f);
        points *= 1.f - std::min(static_cast<float>(link) / static_cast<float>(text), 1.f);
        if (flags[i] & kInChrome) points *= 0.2f;
        // A <div> that wraps only the box below it is no step of the distance (extract_wrappers.hpp):
        // one more wrapper level changes nothing. Right above the paragraph, a run of wrapped
        // paragraphs' wrappers and the box holding the run all take the paragraph's own points;
        // a lone paragraph's box is its first step. The walk is capped in nodes too, so a chain
        // of 100,000 wrappers costs each paragraph a few steps.
        const std::uint32_t run_top = paragraph ? wrapped_run_top(dom_, stats_, wrapped_, i) : no_node;
        bool in_run = run_top != no_node;
        std::uint32_t a = paragraph ? n.parent : i;
        for (std::uint32_t level = 0, steps = 0; a != no_node && level < 5 && steps < kWrapperWalk; a = dom_.nodes[a].parent, ++steps) {
            if (dom_.nodes[a].type != NodeType::element) break;
            // A run's wrappers are the paragraph itself, no box to choose: the box holding the
            // run is its first step, as it is when the paragraphs stand unwrapped.
            if (in_run) {
                in_run = a != run_top;
                continue;
            }
            NodeStats& as = stats_[a];
            if (!as.candidate) {
                as.candidate = true;
                // Inside chrome (a comment, a widget) a name that promises content
                // ("comment-text", "item-content") counts as little as the paragraphs
                // under it when another block competes (see choose_root).
                const float base = base_score(a);
                as.score += base;
                if (base > 0 && (flags[a] & kInChrome)) as.chrome_discount = base * 0.8f;
            }
            const float divider = level == 0 ? 1.f : level == 1 ? 2.f : static_cast<float>(level) * 3.f;
            as.score += points / divider;
            const std::uint32_t up = dom_.nodes[a].parent;
            if (up != no_node && !wraps_only(wrapped_, up, a) && !(one_run && a == i)) ++level;
        }
    }
}

bool Extractor::is_headline_link(std::uint32_t n) const {
    const DomNode& a = dom_.nodes[n];
    if (a.type != NodeType::element || a.tag != GUMBO_TAG_A || stats_[n].text < 10 || a.parent == no_node) return false;
    // A link in a line of prose is inline among its words; a headline link stands in a box
    // (a <div>, an <li>) directly over its summary, a block of unlinked text (the reverse pass
    // has counted it already).
    if (!is_block_tag(dom_.nodes[a.parent].tag)) return false;
    bool broken = false;  // a <br> after the link: the summary on a line of its own
    for (std::uint32_t c = a.next_sibling; c != no_node; c = dom_.nodes[c].next_sibling) {
        const DomNode& e = dom_.nodes[c];
        if (e.type == NodeType::element && e.tag == GUMBO_TAG_BR) broken = true;
        if (e.removed || stats_[c].text == 0) continue;
        if (stats_[c].text < 25 || stats_[c].link_text * 2 >= stats_[c].text) return false;
        if (e.type == NodeType::element && is_block_tag(e.tag)) return true;
        // An old layout's teaser: the link first in its cell (pictures before it at most), a
        // break, the summary set loose or in a <font> ("<td><img><br><a>…</a><br><font>…").
        if (!broken) return false;
        // (The reverse pass has not counted the nodes before the link yet: their text is read.)
        for (std::uint32_t b = dom_.nodes[a.parent].first_child; b < n; ++b)
            if (dom_.nodes[b].type == NodeType::text && visible_chars(dom_.nodes[b].text) > 0) return false;
        return true;
    }
    return false;
}

bool Extractor::is_text_div(std::uint32_t n) const {
    // Its text loose, or a sentence under 100 characters (longer, it scores as loose text from
    // the box itself) wrapped whole in inline elements: an editor's <span> or <font> around each
    // paragraph, a speaker's name and words in two <span>s. Not when any of it is a link (beside
    // a link, inline boxes without loose text are as often a line of labels and buttons), nor
    // when all of it is bold (a line set in bold is a heading by its shape); a date or a name
    // closes no sentence.
    const bool wrapped_may = stats_[n].link_text == 0 && stats_[n].inline_text < kLooseText;
    bool loose = false, wrapped = false;
    for (std::uint32_t c = dom_.nodes[n].first_child; c != no_node; c = dom_.nodes[c].next_sibling) {
        const DomNode& cn = dom_.nodes[c];
        if (cn.removed) continue;
        if (cn.type == NodeType::element && is_block_tag(cn.tag)) return false;
        if (cn.type == NodeType::text) loose = true;
        else if (cn.type == NodeType::element && wrapped_may && stats_[c].text > 0 && cn.tag != GUMBO_TAG_B && cn.tag != GUMBO_TAG_STRONG)
            wrapped = true;
    }
    return loose || (wrapped && ends_sentence(n));
}

bool Extractor::is_numbered_prose(std::uint32_t n) const {
    const std::uint32_t list = dom_.nodes[n].parent;
    if (list == no_node || !dom_.is(list, GUMBO_TAG_OL) || stats_[n].text < 25 || stats_[n].link_text * 4 > stats_[n].text)
        return false;
    for (std::uint32_t c = dom_.nodes[n].first_child; c != no_node; c = dom_.nodes[c].next_sibling)
        if (!dom_.nodes[c].removed && dom_.nodes[c].type == NodeType::element && is_block_tag(dom_.nodes[c].tag)) return false;
    return ends_sentence(n);
}

bool Extractor::is_text_cell(std::uint32_t n) const {
    if (stats_[n].inline_text < kTextCell) return false;
    int breaks = 0;
    for (std::uint32_t d = dom_.next_in(n, n); d != no_node && breaks < 2;) {
        const DomNode& e = dom_.nodes[d];
        if (e.type == NodeType::element && is_block_tag(e.tag) && e.tag != GUMBO_TAG_BR) {
            d = dom_.next_in(d, n, true);  // a block's own line breaks are its business
            continue;
        }
        if (e.type == NodeType::element && e.tag == GUMBO_TAG_BR && !e.removed) ++breaks;
        d = dom_.next_in(d, n);
    }
    return breaks >= 2;
}

float Extractor::tag_points(std::uint32_t n) const {
    switch (dom_.nodes[n].tag) {
        case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: return 5;
        case GUMBO_TAG_SECTION: return 3;
        case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: return 3;
        case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL:
        case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM: return -3;
        case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
        case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_TH: return -5;
        default: return 0;
    }
}

float Extractor::name_points(std::uint32_t n) const {
    float s = 0;
    Hints h = hints(n);
    // A name that promises the article ("content", "text", "body") is believed of a box that
    // holds prose or the page's headline (a post of one picture), not of one of lines without
    // a sentence (a footer of addresses whose class says its text is white, a column of labels).
    const bool holds_title = title_ != no_node && (n == title_ || above_title_[n]);
    if (h.positive && !h.negative && !holds_title && !holds_prose(n)) h.positive = false;
    s += 25.f * static_cast<float>(h.weight());
    if (h.strong) s -= 25.f;
    const std::string_view itemprop = dom_.attr(n, "itemprop");
    if (itemprop == "articleBody" || itemprop == "text") s += 50;
    return s;
}

// A wrapper earns the points of the tag it wraps: it is that box (extract_wrappers.hpp).
float Extractor::base_score(std::uint32_t n) const { return tag_points(wrapped_.empty() ? n : wrapped_box(wrapped_, n)) + name_points(n); }

namespace {

// s opens with a mark that parts the fields of a line: a middle dot, a bullet, a bar, a slash,
// a dash.
bool is_field_separator(std::string_view s) {
    if (s.empty()) return false;
    if (s[0] == '|' || s[0] == '/' || s[0] == '-') return true;
    return s.starts_with("\u00B7") || s.starts_with("\u2022") || s.starts_with("\u2013") || s.starts_with("\u2014");
}

}  // namespace

bool Extractor::holds_prose(std::uint32_t n) const {
    for (std::uint32_t d = n; d != no_node;) {
        const DomNode& e = dom_.nodes[d];
        if (e.removed) {
            d = dom_.next_in(d, n, true);
            continue;
        }
        d = dom_.next_in(d, n);
        if (e.type == NodeType::element && e.tag == GUMBO_TAG_H1) return true;  // the page's headline
        if (e.type != NodeType::text) continue;
        // A run as long as a paragraph is prose whether or not its script marks sentence ends.
        if (visible_chars(e.text) >= kProseRun) return true;
        const std::string_view t = e.text;
        for (std::size_t k = 0; k < t.size(); ++k) {
            const std::size_t end = sentence_end_at(t, k);
            // A sentence end closes a word (or a link's words before the run) and ends the run,
            // or a space follows it and no separator of fields or number ("B.V. · Strandweg 21",
            // "Tel. 910 000": abbreviations in a line of an address).
            if (end == 0 || (k >= 1 && is_space(static_cast<unsigned char>(t[k - 1])))) continue;
            if (end == 3 || k + 1 == t.size()) return true;
            std::size_t next = k + 1;
            for (;;) {
                if (next < t.size() && is_space(static_cast<unsigned char>(t[next]))) ++next;
                else if (t.compare(next, 2, "\xC2\xA0") == 0) next += 2;  // a no-break space
                else break;
            }
            if (next == k + 1) continue;
            if (!is_field_separator(t.substr(next)) && !std::isdigit(static_cast<unsigned char>(t[next]))) return true;
        }
    }
    return false;
}

// Letters and spaces of a short line, ASCII folded, runs of space as one.
std::string folded_line(std::string_view s) {
    std::string out;
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (is_space(c)) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        }
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

bool Extractor::opens_with_author(std::uint32_t n) const {
    if (facts_.meta.authors.empty() || stats_[n].text < 100 || dom_.nodes[n].type != NodeType::element) return false;
    int steps = 0;  // the name comes first: a few pictures and wrappers before it at most
    for (std::uint32_t d = dom_.next_in(n, n); d != no_node && ++steps <= 32; d = dom_.next_in(d, n)) {
        const DomNode& e = dom_.nodes[d];
        if (e.removed || stats_[d].text == 0) continue;  // pictures, spacers
        if (e.type == NodeType::text) return false;       // prose before any name
        if (e.type != NodeType::element) continue;
        if (is_heading(e.tag) || e.tag == GUMBO_TAG_B || e.tag == GUMBO_TAG_STRONG) {
            if (stats_[d].text > 60) return false;
            const std::string line = folded_line(dom_.text_of(d));
            for (const auto& a : facts_.meta.authors)
                if (!a.name.empty() && line == folded_line(a.name)) return true;
            return false;
        }
        if (!is_block_tag(e.tag) || is_paragraph_like(e.tag)) return false;
    }
    return false;
}

}  // namespace winnow::detail::extraction
