#include "extract.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "comments.hpp"
#include "extract_hints.hpp"
#include "extract_lines.hpp"
#include "extract_title.hpp"
#include "prune.hpp"

namespace winnow::detail {

namespace {

// Per-node aggregates over the non-removed subtree, computed bottom-up in one pass
// (the node array is in pre-order, so a reverse scan visits children before parents).
struct NodeStats {
    std::uint32_t text = 0;        // visible characters
    std::uint32_t link_text = 0;   // characters inside <a>
    std::uint32_t paragraphs = 0;  // paragraph-like descendants with real text
    std::uint32_t commas = 0;
    std::uint32_t inline_text = 0;    // characters in direct text and inline children
    std::uint32_t inline_link = 0;
    std::uint32_t inline_commas = 0;
    std::uint16_t link_headings = 0;  // headings that are (almost) all link: teaser headlines
    std::uint16_t quotes = 0;         // blockquotes with real text (quotes, embedded posts)
    float score = 0;               // readability-style content score
    float chrome_discount = 0;     // share of score that came from a content name inside chrome
    bool candidate = false;
};

bool is_space(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }


// Characters (not bytes) that are not whitespace: UTF-8 continuation bytes do not count.
std::uint32_t visible_chars(std::string_view s, std::uint32_t& commas) {
    std::uint32_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (is_space(c) || (c & 0xC0) == 0x80) continue;
        ++n;
        if (c == ',') ++commas;
        // Fullwidth and ideographic commas: U+FF0C EF BC 8C, U+3001 E3 80 81.
        if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBC &&
            static_cast<unsigned char>(s[i + 2]) == 0x8C)
            ++commas;
        if (c == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
            static_cast<unsigned char>(s[i + 2]) == 0x81)
            ++commas;
    }
    return n;
}


bool is_paragraph_like(GumboTag t) {
    return t == GUMBO_TAG_P || t == GUMBO_TAG_PRE || t == GUMBO_TAG_TD || t == GUMBO_TAG_BLOCKQUOTE ||
           t == GUMBO_TAG_LI || t == GUMBO_TAG_DD;
}

bool is_heading(GumboTag t) { return heading_level(t) != 0; }

bool is_block_tag(GumboTag t) { return is_block_element(t); }


class Extractor {
public:
    Extractor(Dom& dom, const PageFacts& facts) : dom_(dom), facts_(facts), stats_(dom.nodes.size()) {}

    Extraction run() {
        Extraction out;
        const std::uint32_t body = dom_.body != no_node ? dom_.body : 0;
        debug_ = std::getenv("WINNOW_DEBUG_EXTRACT") != nullptr;
        compute_stats();
        title_ = find_title_heading(dom_, facts_.meta.title);
        // The title listed among other linked headlines (a list of popular stories) shows
        // where that list is, not where the article is.
        for (std::uint32_t a = title_, level = 0; a != no_node && level < 4; a = dom_.nodes[a].parent, ++level)
            if (is_teaser_list(a)) {
                title_ = no_node;
                break;
            }
        if (title_ != no_node) {
            above_title_.assign(dom_.nodes.size(), false);
            for (std::uint32_t p = dom_.nodes[title_].parent; p != no_node; p = dom_.nodes[p].parent) above_title_[p] = true;
        }
        std::uint32_t root = choose_root(body);
        if (root == no_node) root = body;
        out.roots = gather_siblings(root);
        core_names_are_vocabulary_ = chrome_names_hold_most(core_);
        if (debug_) debug(root, out.roots);
        // Siblings gathered into the region pass the same boilerplate test as its contents.
        std::erase_if(out.roots, [&](std::uint32_t r) {
            if (r == root || !is_boilerplate(r, std::max<std::uint32_t>(stats_[root].text, 1))) return false;
            mark(r);
            ++out.boilerplate_nodes;
            return true;
        });
        for (std::uint32_t r : out.roots) out.boilerplate_nodes += clean_region(r);
        // Never nothing when the page has prose: a region whose every block was judged chrome
        // was chosen wrongly or judged wrongly; its core, unedited, is the better answer.
        std::uint32_t kept = 0;
        for (std::uint32_t r : out.roots) kept += kept_text(r);
        if (kept < 50 && stats_[body].text >= 200) {
            if (debug_) std::fprintf(stderr, "fallback: region kept %u characters\n", kept);
            for (std::uint32_t m : marked_) dom_.nodes[m].removed = false;
            out.boilerplate_nodes = 0;
            out.roots = {core_ != no_node && stats_[core_].text >= 50 ? core_ : body};
        }
        for (std::uint32_t i = 0; i < comments_.size(); ++i)
            if ((comments_[i] == kNamedThread && !holds_core(i)) ||
                (comments_[i] == kShapedThread && !holds_core(i) && !is_ancestor(core_, i)))
                out.comments.push_back(i);
        return out;
    }

private:
    Dom& dom_;
    const PageFacts& facts_;
    std::vector<NodeStats> stats_;
    bool debug_ = false;
    std::uint32_t core_ = no_node;   // the best-scoring node before widening to the region
    bool core_names_are_vocabulary_ = false;  // chrome names inside the core hold most of its text
    std::vector<std::uint8_t> comments_;      // topmost elements of comment threads
    std::vector<std::uint32_t> marked_;       // nodes this stage marked removed (undone on fallback)
    std::vector<std::uint32_t> text_before_;  // visible characters of the text nodes before node i
    std::uint32_t title_ = no_node;           // the heading that shows the page's title
    std::vector<bool> above_title_;           // ancestors of title_ (when there is one)

    float final_score(std::uint32_t n) const { return stats_[n].score * (1.f - link_density(n)); }

    float link_density(std::uint32_t n) const {
        const auto& s = stats_[n];
        return s.text ? static_cast<float>(s.link_text) / static_cast<float>(s.text) : 0.f;
    }

    // Class/id evidence, unless the element's own text contradicts a name of chrome that is
    // short by nature: several paragraphs of prose are not a share row or a byline.
    Hints hints(std::uint32_t n) const {
        const Hints h = read_hints(class_and_id(dom_, n));
        if (!h.short_kind) return h;
        const NodeStats& s = stats_[n];
        if (s.paragraphs >= 3 && s.text - s.link_text >= 500 && link_density(n) < 0.3f) return {};
        return h;
    }

    void mark(std::uint32_t n) {
        dom_.nodes[n].removed = true;
        marked_.push_back(n);
    }

    // Visible characters under n left after this stage's marks.
    std::uint32_t kept_text(std::uint32_t n) const {
        if (dom_.nodes[n].removed) return 0;
        std::uint32_t kept = 0, commas = 0;
        for (std::uint32_t d = n; d != no_node;) {
            if (dom_.nodes[d].removed) {
                d = dom_.next_in(d, n, true);
                continue;
            }
            if (dom_.nodes[d].type == NodeType::text) kept += visible_chars(dom_.nodes[d].text, commas);
            d = dom_.next_in(d, n);
        }
        return kept;
    }

    bool inside_link(std::uint32_t n) const {
        for (std::uint32_t p = dom_.nodes[n].parent; p != no_node; p = dom_.nodes[p].parent)
            if (dom_.is(p, GUMBO_TAG_A)) return true;
        return false;
    }

    void compute_stats() {
        const auto count = static_cast<std::uint32_t>(dom_.nodes.size());
        // Forward pass: which nodes are removed by an ancestor, and which sit inside links.
        std::vector<std::uint8_t> flags(count, 0);  // bit0 removed (inherited), bit1 in link, bit2 in chrome
        for (std::uint32_t i = 0; i < count; ++i) {
            const DomNode& n = dom_.nodes[i];
            std::uint8_t f = n.parent == no_node ? 0 : flags[n.parent];
            if (n.parent != no_node && dom_.is(n.parent, GUMBO_TAG_A)) f |= 2;
            if (n.removed) f |= 1;
            flags[i] = f;
        }
        // Reverse pass: aggregate, then score paragraph-like elements into their ancestors.
        for (std::uint32_t i = count; i-- > 0;) {
            const DomNode& n = dom_.nodes[i];
            NodeStats& s = stats_[i];
            if (flags[i] & 1) continue;
            if (n.type == NodeType::text || n.type == NodeType::cdata) {
                s.text = visible_chars(n.text, s.commas);
                if (flags[i] & 2) s.link_text = s.text;
            } else if (n.type == NodeType::element && n.tag == GUMBO_TAG_A) {
                s.link_text = s.text;
            }
            if (n.type == NodeType::element && is_paragraph_like(n.tag) && s.text >= 25) s.paragraphs += 1;
            if (n.type == NodeType::element && is_heading(n.tag) && s.text >= 10 && s.link_text * 5 >= s.text * 4)
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
                }
            }
        }
        text_before_.assign(count + 1, 0);
        for (std::uint32_t i = 0; i < count; ++i)
            text_before_[i + 1] = text_before_[i] + (dom_.nodes[i].type == NodeType::text ? stats_[i].text : 0);
        {
            std::vector<std::uint32_t> text(count), link(count);
            for (std::uint32_t i = 0; i < count; ++i) {
                text[i] = stats_[i].text;
                link[i] = stats_[i].link_text;
            }
            comments_ = find_comment_sections(dom_, text, link);
        }
        // Chrome containers (comments, related, sidebars, footers) that do not hold most of the
        // page's text: paragraphs inside them count for little (comment threads are prose too).
        const std::uint32_t page_text = stats_[dom_.body != no_node ? dom_.body : 0].text;
        for (std::uint32_t i = 0; i < count; ++i) {
            const DomNode& n = dom_.nodes[i];
            if ((flags[i] & 1) || n.type != NodeType::element) continue;
            if (n.parent != no_node && (flags[n.parent] & 4)) {
                flags[i] |= 4;
                continue;
            }
            if (n.tag == GUMBO_TAG_BODY || n.tag == GUMBO_TAG_HTML || stats_[i].text * 5 >= page_text * 4) continue;
            if (n.tag == GUMBO_TAG_ASIDE || n.tag == GUMBO_TAG_FOOTER || comments_[i] || hints(i).strong)
                flags[i] |= 4;
        }
        // Content score: each paragraph-like element gives points to its ancestors,
        // decaying with distance (the Readability scheme).
        for (std::uint32_t i = 0; i < count; ++i) {
            if (flags[i] & 1) continue;
            const DomNode& n = dom_.nodes[i];
            if (n.type != NodeType::element) continue;
            const NodeStats& s = stats_[i];
            const bool paragraph = n.tag == GUMBO_TAG_P || n.tag == GUMBO_TAG_PRE || n.tag == GUMBO_TAG_TD ||
                                   (n.tag == GUMBO_TAG_DIV && is_text_div(i));
            // A container holding loose text runs (paragraphs split by <br>, not <p>) scores
            // like the paragraphs it would hold, starting at itself.
            const bool loose = !paragraph && s.inline_text >= 100 &&
                               (n.tag == GUMBO_TAG_DIV || n.tag == GUMBO_TAG_SECTION || n.tag == GUMBO_TAG_ARTICLE ||
                                n.tag == GUMBO_TAG_MAIN || n.tag == GUMBO_TAG_CENTER || n.tag == GUMBO_TAG_BLOCKQUOTE);
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
            if (flags[i] & 4) points *= 0.2f;
            std::uint32_t a = paragraph ? n.parent : i;
            for (int level = 0; a != no_node && level < 5; ++level, a = dom_.nodes[a].parent) {
                if (dom_.nodes[a].type != NodeType::element) break;
                NodeStats& as = stats_[a];
                if (!as.candidate) {
                    as.candidate = true;
                    // Inside chrome (a comment, a widget) a name that promises content
                    // ("comment-text", "item-content") counts as little as the paragraphs
                    // under it when another block competes (see choose_root).
                    const float base = base_score(a);
                    as.score += base;
                    if (base > 0 && (flags[a] & 4)) as.chrome_discount = base * 0.8f;
                }
                const float divider = level == 0 ? 1.f : level == 1 ? 2.f : static_cast<float>(level) * 3.f;
                as.score += points / divider;
            }
        }
    }

    // A <div> used as a paragraph: it holds text directly and no block children.
    bool is_text_div(std::uint32_t n) const {
        bool direct_text = false;
        for (std::uint32_t c = dom_.nodes[n].first_child; c != no_node; c = dom_.nodes[c].next_sibling) {
            const DomNode& cn = dom_.nodes[c];
            if (cn.removed) continue;
            if (cn.type == NodeType::element && is_block_tag(cn.tag)) return false;
            if (cn.type == NodeType::text) direct_text = true;
        }
        return direct_text;
    }

    float base_score(std::uint32_t n) const {
        float s = 0;
        switch (dom_.nodes[n].tag) {
            case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: s = 5; break;
            case GUMBO_TAG_SECTION: s = 3; break;
            case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: s = 3; break;
            case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL:
            case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM: s = -3; break;
            case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
            case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_TH: s = -5; break;
            default: break;
        }
        const Hints h = hints(n);
        s += 25.f * static_cast<float>(h.weight());
        if (h.strong) s -= 25.f;
        const std::string_view itemprop = dom_.attr(n, "itemprop");
        if (itemprop == "articleBody" || itemprop == "text") s += 50;
        return s;
    }

    std::uint32_t choose_root(std::uint32_t body) {
        std::uint32_t best = no_node;
        float best_score = 0;
        for (std::uint32_t i = 0; i < stats_.size(); ++i) {
            if (!stats_[i].candidate) continue;
            const float final_score = stats_[i].score * (1.f - link_density(i));
            if (best == no_node || final_score > best_score) {
                best = i;
                best_score = final_score;
            }
        }
        if (best == no_node) return body;
        // The winner sits inside chrome and won on its name: a long comment whose text box is
        // called "comment-text". Judged without that name, another block may win; unless the
        // other block is a wrapper of this one (the page put its article in an <aside>).
        if (stats_[best].chrome_discount > 0) {
            const auto discounted = [&](std::uint32_t i) {
                return (stats_[i].score - stats_[i].chrome_discount) * (1.f - link_density(i));
            };
            std::uint32_t alt = best;
            for (std::uint32_t i = 0; i < stats_.size(); ++i)
                if (stats_[i].candidate && discounted(i) > discounted(alt)) alt = i;
            if (alt != best && !is_ancestor(alt, best)) {
                best = alt;
                best_score = final_score(alt);
            }
        }
        best = follow_title(best, best_score);
        core_ = best;
        // Several strong candidates under one ancestor: the article is split into blocks,
        // take the ancestor that holds them all. A wrapper of the best node scores high on
        // the best node's own paragraphs: it is no other block of the article.
        std::vector<std::uint32_t> strong;
        for (std::uint32_t i = 0; i < stats_.size(); ++i)
            if (stats_[i].candidate && i != best &&
                stats_[i].score * (1.f - link_density(i)) >= 0.75f * best_score)
                strong.push_back(i);
        if (strong.size() >= 2) {
            std::uint32_t a = dom_.nodes[best].parent;
            for (int level = 0; a != no_node && a != body && level < 4; ++level, a = dom_.nodes[a].parent) {
                int holds = 0;
                for (std::uint32_t s : strong)
                    if (is_ancestor(a, s) && !in_chrome(s, a)) ++holds;
                if (holds >= 2) {
                    best = a;
                    break;
                }
            }
        }
        // A parent that adds little but more article text (the lead sits outside the body div).
        // Boxes named like chrome inside the core (inserted promos) do not count as its text:
        // they would make any wrapper look small next to it.
        const std::uint32_t core_text = std::max<std::uint32_t>(article_text(best), 1);
        for (int level = 0; level < 3; ++level) {
            const std::uint32_t p = dom_.nodes[best].parent;
            if (p == no_node || p == body || dom_.nodes[p].type != NodeType::element) break;
            const auto& ps = stats_[p];
            const auto& bs = stats_[best];
            const std::uint32_t added = ps.text - bs.text;
            if (added > core_text * 3 / 10 || link_density(p) > link_density(best) + 0.1f) break;
            // A wrapper adding text must add prose: a byline box and a login prompt are none.
            bool adds_prose = ps.text <= bs.text + 20;
            for (std::uint32_t c = dom_.nodes[p].first_child; c != no_node && !adds_prose; c = dom_.nodes[c].next_sibling)
                if (c != best && dom_.nodes[c].type == NodeType::element)
                    adds_prose = stats_[c].text >= 60 && link_density(c) < 0.5f && hints(c).weight() >= 0;
                else if (dom_.nodes[c].type == NodeType::text)
                    adds_prose = dom_.text_of(c).size() >= 60;
            if (!adds_prose) break;
            best = p;
        }
        return best;
    }

    // The article sits under its title: it holds the title heading or starts a few lines
    // after it (a byline, a date, a picture between). Without a title heading, no evidence.
    bool near_title(std::uint32_t n) const {
        if (title_ == no_node || n == title_ || above_title_[n]) return true;
        if (n < title_) return false;
        const std::uint32_t after = dom_.next_in(title_, 0, true);
        const std::uint32_t from = after == no_node ? static_cast<std::uint32_t>(stats_.size()) : after;
        if (n >= from && text_before_[n] - text_before_[from] <= kTitleGap) return true;
        // Or the box holding both is mostly n: the article went on after a first part (an
        // article split into several bodies around pictures), not another block of the page.
        std::uint32_t both = dom_.nodes[n].parent;
        while (both != no_node && !above_title_[both]) both = dom_.nodes[both].parent;
        return both != no_node && stats_[both].text * 2 <= stats_[n].text * 3;
    }

    // Bylines, datelines, a picture and its caption, share rows: what may stand between a
    // title and its article.
    static constexpr std::uint32_t kTitleGap = 400;
    // A candidate under the title needs a quarter of the far winner's score: the winner's
    // class names ("content" on a tab panel) and comma-rich prose of a bio can outweigh a
    // short article several times (tools/loco.py: 0.15-0.5 within 0.0002 on every corpus).
    static constexpr float kTitleRatio = 0.25f;

    // The winner is far from the title (an author box in the sidebar, another tab, a comment
    // list): a candidate under the title that scores within reach of it is the article.
    std::uint32_t follow_title(std::uint32_t best, float& best_score) const {
        if (near_title(best)) return best;
        std::uint32_t alt = no_node;
        float alt_score = kTitleRatio * best_score;
        for (std::uint32_t i = 0; i < stats_.size(); ++i) {
            if (!stats_[i].candidate || is_ancestor(i, best) || !near_title(i)) continue;
            const float s = final_score(i);
            if (s >= alt_score) {
                alt = i;
                alt_score = s;
            }
        }
        if (alt == no_node) return best;
        if (debug_) std::fprintf(stderr, "title %u: %u is far from it, %u follows it\n", title_, best, alt);
        best_score = alt_score;
        return alt;
    }

    // Boxes named like short chrome (captions, bylines) that hold most of n's text are this
    // page's words for its content (a photo essay told in captions), not chrome inside it.
    // Comment and related boxes never count: they can outweigh a short article.
    bool chrome_names_hold_most(std::uint32_t n) const {
        if (n == no_node || stats_[n].text < 200) return false;
        std::uint32_t named = 0;
        for (std::uint32_t d = dom_.next_in(n, n); d != no_node;) {
            if (dom_.nodes[d].type == NodeType::element && stats_[d].text > 0 && !is_heading(dom_.nodes[d].tag) &&
                read_hints(class_and_id(dom_, d)).short_kind) {
                named += stats_[d].text;
                d = dom_.next_in(d, n, true);
            } else {
                d = dom_.next_in(d, n);
            }
        }
        return named * 2 > stats_[n].text;
    }

    // Visible text under n outside descendants named like chrome (promo, related, share...).
    std::uint32_t article_text(std::uint32_t n) const {
        std::uint32_t chrome = 0;
        for (std::uint32_t d = dom_.next_in(n, n); d != no_node;) {
            if (dom_.nodes[d].type == NodeType::element && stats_[d].text > 0 && hints(d).weight() < 0) {
                chrome += stats_[d].text;
                d = dom_.next_in(d, n, true);
            } else {
                d = dom_.next_in(d, n);
            }
        }
        return stats_[n].text - std::min(chrome, stats_[n].text);
    }

    void debug(std::uint32_t root, const std::vector<std::uint32_t>& roots) const {
        auto name = [&](std::uint32_t n) {
            std::string out(dom_.nodes[n].type == NodeType::element ? gumbo_normalized_tagname(dom_.nodes[n].tag) : "#");
            return out + "[" + class_and_id(dom_, n) + "] text=" + std::to_string(stats_[n].text) +
                   " score=" + std::to_string(stats_[n].score) + " line=" + std::to_string(dom_.nodes[n].line);
        };
        std::vector<std::uint32_t> top;
        for (std::uint32_t i = 0; i < stats_.size(); ++i)
            if (stats_[i].candidate) top.push_back(i);
        const auto by_score = [&](std::uint32_t a, std::uint32_t b) { return final_score(a) > final_score(b); };
        std::partial_sort(top.begin(), top.begin() + std::min<std::size_t>(8, top.size()), top.end(), by_score);
        top.resize(std::min<std::size_t>(8, top.size()));
        for (std::uint32_t c : top) std::fprintf(stderr, "candidate %.1f: %s\n", final_score(c), name(c).c_str());
        std::fprintf(stderr, "core: %s\nroot: %s\n", core_ == no_node ? "-" : name(core_).c_str(), name(root).c_str());
        for (std::uint32_t r : roots) std::fprintf(stderr, "  region: %s\n", name(r).c_str());
    }

    // n or one of its ancestors below stop is named like chrome (comments, related, sidebar...).
    bool in_chrome(std::uint32_t n, std::uint32_t stop) const {
        for (std::uint32_t p = n; p != no_node && p != stop; p = dom_.nodes[p].parent) {
            if (dom_.nodes[p].type != NodeType::element) continue;
            const GumboTag t = dom_.nodes[p].tag;
            if (t == GUMBO_TAG_ASIDE || t == GUMBO_TAG_FOOTER) return true;
            if (hints(p).strong) return true;
        }
        return false;
    }

    bool is_ancestor(std::uint32_t a, std::uint32_t n) const {
        for (std::uint32_t p = dom_.nodes[n].parent; p != no_node; p = dom_.nodes[p].parent)
            if (p == a) return true;
        return false;
    }

    // Siblings of the main node that carry article text too (Readability's sibling rule).
    std::vector<std::uint32_t> gather_siblings(std::uint32_t root) {
        const std::uint32_t parent = dom_.nodes[root].parent;
        if (parent == no_node) return {root};
        const float root_score = stats_[root].score;
        const float threshold = std::max(10.f, root_score * 0.2f);
        const std::string root_class(dom_.attr(root, "class"));
        const bool starts_at_title = title_ != no_node && near_title(root);
        std::vector<std::uint32_t> roots;
        for (std::uint32_t c = dom_.nodes[parent].first_child; c != no_node; c = dom_.nodes[c].next_sibling) {
            const DomNode& n = dom_.nodes[c];
            if (n.removed || n.type != NodeType::element) continue;
            if (c == root) {
                roots.push_back(c);
                continue;
            }
            // The article starts at its title: a box before it is the page's, not the article's.
            if (starts_at_title && c < title_ && !above_title_[c]) continue;
            float bonus = 0;
            if (!root_class.empty() && dom_.attr(c, "class") == root_class) bonus += root_score * 0.2f;
            bool append = stats_[c].candidate && stats_[c].score + bonus >= threshold;
            if (!append && n.tag == GUMBO_TAG_P) {
                const float ld = link_density(c);
                const auto len = stats_[c].text;
                append = (len > 80 && ld < 0.25f) || (len > 0 && len <= 80 && ld == 0.f && ends_sentence(c));
            }
            // Data beside the prose, with its heading: a table of specifications, a list of
            // ingredients. Link-free, so not navigation or a list of teasers.
            if (!append && is_data_block(c)) {
                append = true;
                if (!roots.empty() && roots.back() != c) {
                    const std::uint32_t h = previous_element(c);
                    if (h != no_node && is_heading(dom_.nodes[h].tag) && h != roots.back() && !dom_.nodes[h].removed &&
                        stats_[h].link_text == 0)
                        roots.push_back(h);
                }
            }
            // A list of teasers scores on its excerpts, but each entry is a linked headline
            // with a line of text: other pages, however long the list is beside the article.
            if (append && is_teaser_list(c)) append = false;
            if (append && hints(c).weight() >= 0) roots.push_back(c);
        }
        return roots;
    }

    bool is_teaser_list(std::uint32_t n) const {
        const NodeStats& s = stats_[n];
        return s.link_headings >= 2 && s.text - s.link_text < 160u * s.link_headings;
    }

    bool is_data_block(std::uint32_t n) const {
        const GumboTag t = dom_.nodes[n].tag;
        return (t == GUMBO_TAG_TABLE || t == GUMBO_TAG_UL || t == GUMBO_TAG_OL || t == GUMBO_TAG_DL) &&
               stats_[n].text >= 40 && stats_[n].link_text * 10 < stats_[n].text;
    }

    std::uint32_t previous_element(std::uint32_t n) const {
        std::uint32_t prev = no_node;
        for (std::uint32_t c = dom_.nodes[dom_.nodes[n].parent].first_child; c != n; c = dom_.nodes[c].next_sibling)
            if (dom_.nodes[c].type == NodeType::element) prev = c;
        return prev;
    }

    bool ends_sentence(std::uint32_t n) const {
        const std::string t = dom_.text_of(n);
        return !t.empty() && (t.back() == '.' || t.back() == '!' || t.back() == '?');
    }

    // Marks chrome inside the region as removed; returns how many subtrees went.
    std::size_t clean_region(std::uint32_t root) {
        std::size_t removed = 0;
        const std::uint32_t region_text = std::max<std::uint32_t>(stats_[root].text, 1);
        for (std::uint32_t n = dom_.nodes[root].first_child; n != no_node;) {
            DomNode& node = dom_.nodes[n];
            if (node.removed || node.type != NodeType::element) {
                n = dom_.next_in(n, root, true);
                continue;
            }
            if (is_boilerplate(n, region_text) || is_edge_credit(n, root)) {
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
        return removed;
    }

    // A credit line at the article's start or end (a byline in the article's language, set
    // as a paragraph or a small heading; a dateline set as a heading) is metadata, not body;
    // elsewhere the same shape is as likely a subheading.
    bool is_edge_credit(std::uint32_t n, std::uint32_t root) const {
        const DomNode& node = dom_.nodes[n];
        const NodeStats& s = stats_[n];
        if (s.text == 0 || s.text > 60 || !is_block_tag(node.tag) || node.tag == GUMBO_TAG_H1 ||
            node.tag == GUMBO_TAG_H2 || node.tag == GUMBO_TAG_LI || s.quotes != 0)
            return false;
        if (!at_edge(n, root)) return false;
        const std::string t = dom_.text_of(n);
        // A byline or dateline set as a small heading is judged here: elsewhere headings go by
        // their names.
        if (!is_credit_line(t) && !(is_heading(node.tag) && (is_byline(t, facts_.meta) || is_date_line(t))))
            return false;
        if (debug_) std::fprintf(stderr, "  credit line at the edge: %s\n", t.c_str());
        return true;
    }

    // One past the last node of n's subtree (pre-order: the subtree is a contiguous range).
    std::uint32_t subtree_end(std::uint32_t n) const {
        const std::uint32_t e = dom_.next_in(n, 0, true);
        return e == no_node ? static_cast<std::uint32_t>(stats_.size()) : e;
    }

    // Little of the region's text (the title's aside) comes before n or after it.
    bool at_edge(std::uint32_t n, std::uint32_t root) const {
        constexpr std::uint32_t kEdge = 150;
        std::uint32_t before = text_before_[n] - text_before_[root];
        const std::uint32_t h = facts_.headline_node;
        if (h != no_node && h > root && h < n && is_ancestor(root, h)) before -= std::min(before, stats_[h].text);
        if (title_ != no_node && title_ != h && title_ > root && title_ < n && above_title_[root])
            before -= std::min(before, stats_[title_].text);
        if (before <= kEdge) return true;
        // Text nodes of n's subtree are counted by text_before_ up to its last node.
        const std::uint32_t after = text_before_[subtree_end(root)] - text_before_[subtree_end(n)];
        return after <= kEdge;
    }

    // Whitespace, or an empty paragraph / div with no image or embed in it. (Line breaks are
    // not spacers here: in <br>-separated text they part the paragraphs.)
    bool is_blank_spacer(std::uint32_t n) const {
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

    bool inside(std::uint32_t n, GumboTag tag) const {
        for (std::uint32_t p = dom_.nodes[n].parent; p != no_node; p = dom_.nodes[p].parent)
            if (dom_.is(p, tag)) return true;
        return false;
    }

    bool holds_core(std::uint32_t n) const { return core_ != no_node && (n == core_ || is_ancestor(n, core_)); }

    bool is_boilerplate(std::uint32_t n, std::uint32_t region_text) const {
        const DomNode& node = dom_.nodes[n];
        const NodeStats& s = stats_[n];
        const float share = static_cast<float>(s.text) / static_cast<float>(region_text);
        const float ld = link_density(n);
        if (n == facts_.headline_node || n == facts_.subtitle_node) return true;  // in the metadata
        const Hints names = hints(n);
        const bool core = holds_core(n);
        // A thread known by its shape only is one inside the core: a list of dated entries
        // there (news items, posts of a forum thread) is the page's content.
        if (comments_[n] == kNamedThread && !core) return true;
        if (comments_[n] == kShapedThread && !core && !is_ancestor(core_, n)) return true;
        // Small chrome containers.
        if ((node.tag == GUMBO_TAG_ASIDE || node.tag == GUMBO_TAG_FOOTER || node.tag == GUMBO_TAG_HEADER) &&
            share < 0.25f && !core)
            return true;
        // Named like chrome whatever else it says (comments, related, share rows, author boxes),
        // unless it holds the article's core or an embedded quote/post.
        // Headings are judged by their text, not their names.
        if (!is_heading(node.tag) && !(core_names_are_vocabulary_ && is_ancestor(core_, n))) {
            if (names.strong && !core && share < 0.6f && s.quotes == 0) return true;
            if (names.weight() < 0 && share < 0.3f && s.paragraphs <= 2 && s.quotes == 0) return true;
        }
        // Lists and blocks made of links: related stories, tag clouds, share rows.
        if ((node.tag == GUMBO_TAG_UL || node.tag == GUMBO_TAG_OL) && ld > 0.5f && share < 0.3f) return true;
        if ((node.tag == GUMBO_TAG_DIV || node.tag == GUMBO_TAG_SECTION || node.tag == GUMBO_TAG_P) && ld > 0.65f &&
            s.text < 600)
            return true;
        // Teaser lists: several linked headlines, each with little text of its own.
        if (!core && !is_heading(node.tag) && is_teaser_list(n) && share < 0.5f)
            return true;
        // An element marked up as the page's date is metadata, whatever its tag.
        if (s.text > 0 && s.text <= 120) {
            const std::string_view prop = dom_.attr(n, "itemprop");
            if (prop == "datePublished" || prop == "dateModified" || prop == "dateCreated") return true;
        }
        // Short lines that are labels, datelines or bylines rather than prose.
        if (s.text > 0 && s.text <= 120 && s.quotes == 0 && is_block_tag(node.tag) && !is_heading(node.tag)) {
            const std::string t = dom_.text_of(n);
            // Inside a quote, a dated line is the attribution of an embedded post.
            if (is_ad_label(t) || (is_date_line(t) && !inside(n, GUMBO_TAG_BLOCKQUOTE)) || is_byline(t, facts_.meta))
                return true;
        }
        if (s.text > 0 && s.text <= 500 && node.tag == GUMBO_TAG_P && is_author_bio(dom_.text_of(n), facts_.meta))
            return true;
        // Fine print: a paragraph set in a small font (notices, disclaimers, moderation rules).
        if (s.text > 0 && s.text <= 400 && (node.tag == GUMBO_TAG_P || node.tag == GUMBO_TAG_DIV) && !core &&
            is_fine_print(dom_.attr(n, "style")))
            return true;
        // Blocks with no text at all but images (ad slots, spacers) stay: figures are kept.
        return false;
    }
};

}  // namespace

Extraction extract_main_content(Dom& dom, const PageFacts& facts) { return Extractor(dom, facts).run(); }

}  // namespace winnow::detail
