#include "extract.hpp"

#include <algorithm>
#include <array>
#include <cmath>

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
    float score = 0;               // readability-style content score
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

bool contains_any(const std::string& hay, std::initializer_list<std::string_view> needles) {
    for (std::string_view n : needles)
        if (hay.find(n) != std::string::npos) return true;
    return false;
}

// Class/id evidence, weak on its own: +1 content-like, -1 chrome-like, 0 none.
int class_weight(const std::string& hints) {
    if (hints.empty()) return 0;
    int w = 0;
    if (contains_any(hints, {"article", "body", "content", "entry", "main", "post", "text", "blog", "story",
                             "prose", "rich-text", "richtext"}))
        w += 1;
    if (contains_any(hints, {"comment", "sidebar", "footer", "footnote", "masthead", "related", "share",
                             "social", "sponsor", "promo", "advert", "-ad-", "widget", "outbrain", "taboola",
                             "newsletter", "subscribe", "cookie", "banner", "breadcrumb", "menu", "nav",
                             "popup", "modal", "recommend", "trending", "popular", "most-read", "byline",
                             "author", "tags", "toolbar", "pagination", "caption", "credit"}))
        w -= 1;
    return w;
}

bool is_paragraph_like(GumboTag t) {
    return t == GUMBO_TAG_P || t == GUMBO_TAG_PRE || t == GUMBO_TAG_TD || t == GUMBO_TAG_BLOCKQUOTE ||
           t == GUMBO_TAG_LI || t == GUMBO_TAG_DD;
}

bool is_block_tag(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
        case GUMBO_TAG_DETAILS: case GUMBO_TAG_DD: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
        case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER:
        case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
        case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR:
        case GUMBO_TAG_LI: case GUMBO_TAG_MAIN: case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE:
        case GUMBO_TAG_SECTION: case GUMBO_TAG_TABLE: case GUMBO_TAG_UL: case GUMBO_TAG_TR: case GUMBO_TAG_TD:
        case GUMBO_TAG_TH: case GUMBO_TAG_CENTER:
            return true;
        default:
            return false;
    }
}

class Extractor {
public:
    Extractor(Dom& dom, const PageFacts& facts) : dom_(dom), facts_(facts), stats_(dom.nodes.size()) {}

    Extraction run() {
        Extraction out;
        const std::uint32_t body = dom_.body != no_node ? dom_.body : 0;
        compute_stats();
        std::uint32_t root = choose_root(body);
        if (root == no_node) root = body;
        out.roots = gather_siblings(root);
        for (std::uint32_t r : out.roots) out.boilerplate_nodes += clean_region(r);
        return out;
    }

private:
    Dom& dom_;
    const PageFacts& facts_;
    std::vector<NodeStats> stats_;

    float link_density(std::uint32_t n) const {
        const auto& s = stats_[n];
        return s.text ? static_cast<float>(s.link_text) / static_cast<float>(s.text) : 0.f;
    }

    bool inside_link(std::uint32_t n) const {
        for (std::uint32_t p = dom_.nodes[n].parent; p != no_node; p = dom_.nodes[p].parent)
            if (dom_.is(p, GUMBO_TAG_A)) return true;
        return false;
    }

    void compute_stats() {
        const auto count = static_cast<std::uint32_t>(dom_.nodes.size());
        // Forward pass: which nodes are removed by an ancestor, and which sit inside links.
        std::vector<std::uint8_t> flags(count, 0);  // bit0 removed (inherited), bit1 in link
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
            if (n.parent != no_node) {
                NodeStats& p = stats_[n.parent];
                p.text += s.text;
                p.link_text += s.link_text;
                p.paragraphs += s.paragraphs;
                p.commas += s.commas;
            }
        }
        // Content score: each paragraph-like element gives points to its ancestors,
        // decaying with distance (the Readability scheme).
        for (std::uint32_t i = 0; i < count; ++i) {
            if (flags[i] & 1) continue;
            const DomNode& n = dom_.nodes[i];
            if (n.type != NodeType::element) continue;
            if (!(n.tag == GUMBO_TAG_P || n.tag == GUMBO_TAG_PRE || n.tag == GUMBO_TAG_TD ||
                  (n.tag == GUMBO_TAG_DIV && is_text_div(i))))
                continue;
            const NodeStats& s = stats_[i];
            if (s.text < 25) continue;
            float points = 1.f + static_cast<float>(s.commas) + std::min(static_cast<float>(s.text) / 100.f, 3.f);
            points *= 1.f - std::min(link_density(i), 1.f);
            std::uint32_t a = n.parent;
            for (int level = 0; a != no_node && level < 5; ++level, a = dom_.nodes[a].parent) {
                if (dom_.nodes[a].type != NodeType::element) break;
                NodeStats& as = stats_[a];
                if (!as.candidate) {
                    as.candidate = true;
                    as.score += base_score(a);
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
        s += 25.f * static_cast<float>(class_weight(class_and_id(dom_, n)));
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
        // Several strong candidates under one ancestor: the article is split into blocks,
        // take the ancestor that holds them all.
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
                    if (is_ancestor(a, s)) ++holds;
                if (holds >= 2) {
                    best = a;
                    break;
                }
            }
        }
        // A parent that adds little but more article text (the lead sits outside the body div).
        for (int level = 0; level < 3; ++level) {
            const std::uint32_t p = dom_.nodes[best].parent;
            if (p == no_node || p == body || dom_.nodes[p].type != NodeType::element) break;
            const auto& ps = stats_[p];
            const auto& bs = stats_[best];
            if (ps.text > bs.text * 13 / 10 || link_density(p) > link_density(best) + 0.1f) break;
            best = p;
        }
        return best;
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
        std::vector<std::uint32_t> roots;
        for (std::uint32_t c = dom_.nodes[parent].first_child; c != no_node; c = dom_.nodes[c].next_sibling) {
            const DomNode& n = dom_.nodes[c];
            if (n.removed || n.type != NodeType::element) continue;
            if (c == root) {
                roots.push_back(c);
                continue;
            }
            float bonus = 0;
            if (!root_class.empty() && dom_.attr(c, "class") == root_class) bonus += root_score * 0.2f;
            bool append = stats_[c].candidate && stats_[c].score + bonus >= threshold;
            if (!append && n.tag == GUMBO_TAG_P) {
                const float ld = link_density(c);
                const auto len = stats_[c].text;
                append = (len > 80 && ld < 0.25f) || (len > 0 && len <= 80 && ld == 0.f && ends_sentence(c));
            }
            if (append && class_weight(class_and_id(dom_, c)) >= 0) roots.push_back(c);
        }
        return roots;
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
            if (is_boilerplate(n, region_text)) {
                node.removed = true;
                ++removed;
                n = dom_.next_in(n, root, true);
            } else {
                n = dom_.next_in(n, root);
            }
        }
        return removed;
    }

    bool is_boilerplate(std::uint32_t n, std::uint32_t region_text) const {
        const DomNode& node = dom_.nodes[n];
        const NodeStats& s = stats_[n];
        const float share = static_cast<float>(s.text) / static_cast<float>(region_text);
        const float ld = link_density(n);
        if (n == facts_.headline_node || n == facts_.subtitle_node) return true;  // in the metadata
        const std::string hints = class_and_id(dom_, n);
        const int weight = class_weight(hints);
        // Small chrome containers.
        if ((node.tag == GUMBO_TAG_ASIDE || node.tag == GUMBO_TAG_FOOTER || node.tag == GUMBO_TAG_HEADER) && share < 0.25f)
            return true;
        if (weight < 0 && share < 0.3f && s.paragraphs <= 2) return true;
        // Lists and blocks made of links: related stories, tag clouds, share rows.
        if ((node.tag == GUMBO_TAG_UL || node.tag == GUMBO_TAG_OL) && ld > 0.5f && share < 0.3f) return true;
        if ((node.tag == GUMBO_TAG_DIV || node.tag == GUMBO_TAG_SECTION || node.tag == GUMBO_TAG_P) && ld > 0.65f &&
            s.text < 600)
            return true;
        // Blocks with no text at all but images (ad slots, spacers) stay: figures are kept.
        return false;
    }
};

}  // namespace

Extraction extract_main_content(Dom& dom, const PageFacts& facts) { return Extractor(dom, facts).run(); }

}  // namespace winnow::detail
