// Extract, choice: which node is the article (best score, a chrome name judged without it,
// the title heading as evidence, widening to the ancestor of split bodies) and which of its
// siblings join it.
#include "extract_impl.hpp"
#include "extract_legend.hpp"
#include "extract_lines.hpp"
#include "extract_wrappers.hpp"
#include "text_length.hpp"

#include <algorithm>
#include <string>

namespace winnow::detail::extraction {

// Characters a wrapper may add to the main node and still add nothing (a date, a label).
constexpr std::uint32_t kWrapperSlack = 20;

std::uint32_t Extractor::choose_root(std::uint32_t body) {
    float best_score = 0;
    std::uint32_t best = top_candidate(best_score);
    if (best == no_node) return body;
    const std::uint32_t before_quote = best;
    best = quote_owner(best, best_score);
    const bool quoted = best != before_quote;
    best = article_cell(best, best_score);
    best = unnamed_rival(best, best_score);
    best = fuller_rival(best, best_score);
    // The box a quotation was handed over in holds it on purpose: no outer column to leave.
    if (!quoted) best = inner_article(best, best_score);
    const std::uint32_t before_title = best;
    // Leaving a reply form's box is a move to the title's block, as following the title is.
    best = leave_reply_form(best, best_score);
    best = follow_title(best, best_score);
    const bool followed = best != before_title;
    const std::uint32_t before_owner = best;
    best = title_owner(best, best_score);
    // The headed box that yielded to the title's box is no part of a split article.
    const std::uint32_t yielded = best != before_owner ? before_owner : no_node;
    best = leave_footer(best, best_score);
    best = photo_post(best, best_score);
    best = keep_to_article(best, best_score);
    const std::uint32_t answered = best;
    best = leave_thread(best, best_score);
    core_ = best;
    // Several strong candidates under one ancestor: the article is split into blocks,
    // take the ancestor that holds them all.
    const std::vector<std::uint32_t> strong = split_parts(best, best_score, yielded, followed);
    // When the choice moved to the block under the title, that block is a part of the article
    // in any box that also holds the far winner it moved from: the nearest such box holding two
    // parts holds the story (a picture box under the headline beside the story's text), not a
    // box further up where the winner and some far box make two (a video's transcript after
    // the story). Before, that nearest box was found only when the winner and its own wrapper
    // counted as two parts, so one wrapper level less widened the article to the whole page.
    const std::uint32_t far_winner = followed ? before_title : no_node;
    // Left a thread: its posts are the strong candidates, not blocks of the article.
    if (strong.size() >= 2 && best == answered) {
        // Four boxes up, unnamed wrappers aside (extract_wrappers.hpp: depth is no evidence).
        std::uint32_t a = dom_.nodes[best].parent;
        for (std::uint32_t level = 0, steps = 0, below = best; a != no_node && a != body && level < 4 && steps < kWrapperWalk;
             level += wraps_only(wrapped_, a, below) ? 0 : 1, ++steps, below = a, a = dom_.nodes[a].parent) {
            int holds = far_winner != no_node && is_ancestor(a, far_winner) ? 1 : 0;
            for (std::uint32_t s : strong)
                if (is_ancestor(a, s) && !in_chrome(s, a)) ++holds;
            if (holds >= 2) {
                best = a;
                break;
            }
        }
    }
    return widen_to_lead(best, body);
}

std::uint32_t Extractor::top_candidate(float& best_score) const {
    std::uint32_t best = no_node;
    for (std::uint32_t i = 0; i < stats_.size(); ++i) {
        if (!stats_[i].candidate) continue;
        const float final_score = stats_[i].score * (1.f - link_density(i));
        if (best == no_node || final_score > best_score) {
            best = i;
            best_score = final_score;
        }
    }
    if (best == no_node) return best;
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
    return best;
}

std::uint32_t Extractor::widen_to_lead(std::uint32_t best, std::uint32_t body) const {
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
        if ((added > core_text * 3 / 10 && !title_box(p, best)) || link_density(p) > link_density(best) + 0.1f) break;
        // A row's other cells with text are columns beside the article (a layout table's
        // sidebar), not more of it: an article goes on down its column.
        // Nor are cells of links alone, however short (a menu column of two links).
        if (dom_.is(p, GUMBO_TAG_TR) && (added > kWrapperSlack || (added > 0 && (ps.link_text - bs.link_text) * 2 >= added))) break;
        // A wrapper adding text must add prose: a byline box and a login prompt are none.
        bool adds_prose = added <= kWrapperSlack;
        // After the body, a box whose sentence sits beside a list of links (30% of its text or
        // more, or two lines that are all link), or under a heading of its own, is a column's card (a sidebar's "Contact", "Get
        // involved"), not the article's last lines: a lead stands before the body.
        for (std::uint32_t c = dom_.nodes[p].first_child; c != no_node && !adds_prose; c = dom_.nodes[c].next_sibling)
            if (c != best && dom_.nodes[c].type == NodeType::element)
                adds_prose = stats_[c].text >= 60 && link_density(c) < (c > best ? 0.3f : 0.5f) && hints(c).weight() >= 0 &&
                             (c < best || (!holds_heading(c) && link_lines(c) < 2));
            else if (dom_.nodes[c].type == NodeType::text)
                adds_prose = visible_chars(dom_.text_of(c)) >= 60;
        if (!adds_prose) break;
        best = p;
    }
    return best;
}

std::vector<std::uint32_t> Extractor::split_parts(std::uint32_t best, float best_score, std::uint32_t yielded,
                                                   bool followed) const {
    // A wrapper of the best node, or a box inside it, scores high on the best node's own
    // paragraphs: neither is another block of the article (a short post whose inner boxes all
    // score would widen to the sidebar).
    // A box of the best node's own kind (its tag and class: the same template) is strong at a
    // lower bar: the next post of a list page, which scores as well as the first only when a
    // name ("entry-body") lifts them all alike.
    std::vector<std::uint32_t> strong;
    const std::string_view best_class = dom_.attr(best, "class");
    // The article starts at its title: when the best node holds the title or follows it, a
    // block that ends before the title, outside its branch, is something else the template set
    // first (a thread, a column of teasers), not the article's first part.
    const bool from_title = title_ != no_node && (is_ancestor(best, title_) || best > title_);
    const float best_content = content_score(best);
    const std::uint32_t best_thread = thread_of(best);
    // The readers' thread after the title closes the article whether the choice moved to the
    // title's block or that block won outright: a sidebar's cards after it are no second part.
    const std::uint32_t after_comments =
        followed || (title_ != no_node && is_ancestor(best, title_)) ? comments_end_under_title() : no_node;
    for (std::uint32_t i = 0; i < stats_.size(); ++i) {
        ticker_.tick();
        if (!stats_[i].candidate || i == best || is_ancestor(i, best) || is_ancestor(best, i)) continue;
        if (from_title && subtree_end(i) <= title_) continue;
        if (yielded != no_node && (i == yielded || is_ancestor(i, yielded) || is_ancestor(yielded, i))) continue;
        // A thread the best node is not in (readers' comments under the article) is no part of
        // it, however its replies score.
        if (const std::uint32_t thread = thread_of(i); thread != no_node && thread != best_thread) continue;
        const bool same_kind = !best_class.empty() && dom_.nodes[i].tag == dom_.nodes[best].tag && dom_.attr(i, "class") == best_class;
        // Boxes far from the title, after the comments under it, are the page's (a sidebar's about box, a book's blurb), not parts of the article;
        // boxes of its own kind are posts (the answers after a question's comments).
        if (i >= after_comments && !same_kind && !near_title(i)) continue;
        // Nor, when the choice moved to the title's block, is a far box holding less text than
        // that block: a sidebar's box, which the widening would join to the article through
        // the whole page (a far box holding more is the body after a lead and a picture).
        if (followed && !same_kind && !near_title(i) && stats_[i].text < stats_[best].text) continue;
        const float bar = same_kind ? kSameKindStrong : kStrong;
        // A box strong only by its name ("card-body" over one sentence: a sidebar card, a
        // teaser) is no part of a split article: the part of an article holds its text.
        // A box by a reply form is the form's notes and messages (a preview of the reader's
        // post, a captcha's prompt), no part of the article however it scores.
        // Nor a column of widgets, each a heading over a line or two (extract_headed_entries.cpp).
        if (final_score(i) >= bar * best_score && content_score(i) >= bar * best_content && !by_reply_form(i) && !headed_entries(i))
            strong.push_back(i);
    }
    return strong;
}

std::uint32_t Extractor::article_cell(std::uint32_t best, float& best_score) const {
    // A layout's row won on all its columns (menu, article, sidebar: each cell scores as a
    // paragraph of the row): the cell that holds nearly all its unlinked text is the article's
    // column. Two columns of prose (an article and a long sidebar essay) leave the row.
    if (!dom_.is(best, GUMBO_TAG_TR)) return best;
    const std::uint32_t unlinked = stats_[best].text - stats_[best].link_text;
    std::uint32_t cells = 0, main = no_node;
    for (std::uint32_t c = dom_.nodes[best].first_child; c != no_node; c = dom_.nodes[c].next_sibling) {
        if (dom_.nodes[c].type != NodeType::element || dom_.nodes[c].removed || stats_[c].text == 0) continue;
        ++cells;
        if ((stats_[c].text - stats_[c].link_text) * 5 >= unlinked * 4) main = c;
    }
    if (cells < 2 || main == no_node || !stats_[main].candidate) return best;
    if (debug_) std::fprintf(stderr, "row %u: its column %u holds its text\n", best, main);
    best_score = final_score(main);
    return main;
}

std::uint32_t Extractor::unnamed_rival(std::uint32_t best, float& best_score) const {
    // The winner won on a name promising the article ("card-body", "box-text") over a sentence
    // or two: judged on what they hold, a box outside it with twice its text and twice its
    // score is the article (a sidebar card beside an article whose boxes have no such name).
    // Or a box around it with four times its text, of few links: the winner is a callout in
    // the article's text (a documentation page's note box, its body named "...Content").
    if (name_points(best) <= 0) return best;
    const float own = content_score(best);
    std::uint32_t alt = no_node;
    float alt_score = 0;
    const auto holds_callout = [&](std::uint32_t i) {
        return stats_[i].text >= 4 * stats_[best].text && link_density(i) <= 0.25f && !comments_[i] &&
               thread_of(i) == no_node && hints(i).weight() >= 0;
    };
    for (std::uint32_t i = 0; i < stats_.size(); ++i) {
        if (!stats_[i].candidate || stats_[i].text < 2 * stats_[best].text || is_ancestor(best, i) ||
            (is_ancestor(i, best) && !holds_callout(i)))
            continue;
        const float s = content_score(i);
        if (alt == no_node || s > alt_score) {
            alt = i;
            alt_score = s;
        }
    }
    if (alt == no_node || alt_score < 2.f * own) return best;
    best_score = final_score(alt);
    return alt;
}

std::uint32_t Extractor::fuller_rival(std::uint32_t best, float& best_score) const {
    const NodeStats& b = stats_[best];
    if (b.text > kShortWinner || b.paragraphs > 1) return best;
    const std::uint32_t own = b.text - b.link_text;
    std::uint32_t alt = no_node;
    for (std::uint32_t i = 0; i < stats_.size(); ++i) {
        const NodeStats& s = stats_[i];
        if (!s.candidate || s.text - s.link_text < kFullerTimes * own || final_score(i) < kRivalScore * best_score ||
            is_ancestor(i, best) || is_ancestor(best, i) || link_density(i) > 0.25f || comments_[i] || thread_of(i) != no_node ||
            is_teaser_list(i) || hints(i).weight() < 0)
            continue;
        if (alt == no_node || final_score(i) > final_score(alt)) alt = i;
    }
    if (alt == no_node) return best;
    if (debug_) std::fprintf(stderr, "short winner %u yields to %u, holding %u characters\n", best, alt, stats_[alt].text);
    best_score = final_score(alt);
    return alt;
}

bool Extractor::about_title_repeat(std::uint32_t n) const {
    // A box holding the title said again, linking back to the article, or in the section that
    // heading opens, is about the article (its comments, a reply form), however close it stands.
    for (const std::uint32_t r : title_repeats_) {
        const std::uint32_t section = dom_.nodes[r].parent;
        if (is_ancestor(n, r) || (r < n && (section == n || is_ancestor(section, n)))) return true;
    }
    return false;
}

bool Extractor::near_title(std::uint32_t n) const {
    if (title_ == no_node || n == title_ || above_title_[n]) return true;
    if (n < title_) return false;
    if (about_title_repeat(n)) return false;
    const std::uint32_t after = dom_.next_in(title_, 0, true);
    const std::uint32_t from = after == no_node ? static_cast<std::uint32_t>(stats_.size()) : after;
    if (n >= from && text_before_[n] - text_before_[from] <= kTitleGap) return true;
    // Or the box holding both is mostly n: the article went on after a first part (an
    // article split into several bodies around pictures), not another block of the page.
    std::uint32_t both = dom_.nodes[n].parent;
    while (both != no_node && !above_title_[both]) both = dom_.nodes[both].parent;
    return both != no_node && stats_[both].text * 2 <= stats_[n].text * 3;
}

std::uint32_t Extractor::follow_title(std::uint32_t best, float& best_score) const {
    // A body the page declares is the article wherever it stands (a column of author notes
    // between the headline and it).
    if (near_title(best) || declared_body(best)) return best;
    // Nor is a body column that holds most of the title's box, however far its best block
    // stands: the column, subheadings and pictures between its blocks too, is the article.
    // Its blocks' score stands for it: others must score like them to join.
    if (const std::uint32_t column = column_under_title(best); column != no_node) return column;
    // With only a column of navigation between them, the winner follows the title too: a box
    // in that column (its "about" blurb) is no article under the title (extract_title_gap.cpp).
    const bool past_navigation = near_title_past_navigation(best);
    std::uint32_t alt = no_node;
    float alt_score = kTitleRatio * best_score;
    for (std::uint32_t i = 0; i < stats_.size(); ++i) {
        if (!stats_[i].candidate || is_ancestor(i, best) || !near_title(i)) continue;
        if (past_navigation && in_navigation_column(i, best)) continue;
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

bool Extractor::opens_with_heading(std::uint32_t n) const {
    // The first box with text, through wrappers that open with it, is a heading.
    for (int level = 0; level < 4; ++level) {
        std::uint32_t first = no_node;
        for (std::uint32_t c = dom_.nodes[n].first_child; c != no_node && first == no_node; c = dom_.nodes[c].next_sibling) {
            const DomNode& e = dom_.nodes[c];
            if (e.removed || stats_[c].text == 0) continue;
            if (e.type != NodeType::element) return false;  // loose text opens it
            first = c;
        }
        if (first == no_node) return false;
        if (is_heading(dom_.nodes[first].tag)) return true;
        n = first;
    }
    return false;
}

std::uint32_t Extractor::title_owner(std::uint32_t best, float& best_score) const {
    // A lone box after the title, outside its branch, under a heading of its own (an "about"
    // box in the next column beside a one-paragraph post): the box that holds the title, with
    // half its score and as much text after the title, is the article. A box among siblings
    // that open with headings too is one of the article's sections, not a lone box.
    if (title_ == no_node || best < title_ || above_title_[best] || !opens_with_heading(best)) return best;
    const std::uint32_t parent = dom_.nodes[best].parent;
    if (parent == no_node) return best;
    for (std::uint32_t c = dom_.nodes[parent].first_child; c != no_node; c = dom_.nodes[c].next_sibling)
        if (c != best && dom_.nodes[c].type == NodeType::element && !dom_.nodes[c].removed && stats_[c].text > 0 &&
            opens_with_heading(c))
            return best;
    std::uint32_t owner = no_node;
    for (std::uint32_t p = dom_.nodes[title_].parent; p != no_node && !is_ancestor(p, best); p = dom_.nodes[p].parent)
        if (stats_[p].candidate && (owner == no_node || final_score(p) > final_score(owner))) owner = p;
    if (owner == no_node || final_score(owner) < kOwnerRatio * best_score) return best;
    const std::uint32_t after = text_before_[subtree_end(owner)] - text_before_[subtree_end(title_)];
    if (after < kOwnerText || 3 * after < 2 * stats_[best].text) return best;
    if (debug_) std::fprintf(stderr, "headed box %u yields to %u, the title's box\n", best, owner);
    best_score = final_score(owner);
    return owner;
}

bool Extractor::ends_page(std::uint32_t n) const {
    return text_before_.back() - text_before_[subtree_end(n)] <= kPageTail;
}

bool Extractor::names_site(std::uint32_t n) const {
    // The <title> is the headline and the site's name ("Headline - Site"): what is left of it
    // once the headline and the separators are taken out.
    std::string page_title;
    for (std::uint32_t i = 0; i < dom_.nodes.size() && i < title_; ++i)
        if (dom_.is(i, GUMBO_TAG_TITLE)) {
            page_title = dom_.text_of(i);
            break;
        }
    constexpr std::string_view kParts = " \t\n\r-|:\xC2\xB7\xE2\x80\x93\x94\xBB\xAB";
    const auto strip = [&](std::string_view v) {
        const std::size_t from = v.find_first_not_of(kParts);
        if (from == std::string_view::npos) return std::string_view{};
        return v.substr(from, v.find_last_not_of(kParts) - from + 1);
    };
    const std::string headline_text = dom_.text_of(title_);
    const std::string_view headline = strip(headline_text), whole = page_title;
    const std::size_t at = text_length(headline) >= 10 ? whole.find(headline) : std::string_view::npos;
    if (at == std::string_view::npos) return false;
    const std::string_view head = strip(whole.substr(0, at)), tail = strip(whole.substr(at + headline.size()));
    const std::string_view site = tail.size() >= head.size() ? tail : head;
    if (text_length(site) < 4) return false;
    return dom_.text_of(n).find(site) != std::string::npos;
}

std::uint32_t Extractor::leave_footer(std::uint32_t best, float& best_score) const {
    if (!ends_page(best)) return best;
    const bool titled = title_ != no_node && best >= subtree_end(title_) && !is_ancestor(best, title_) && names_site(best);
    // With no title to go by: the winner is one run of text (a paragraph at most) that carries
    // the copyright sign, the site's legal notice; an earlier box of paragraphs is the article.
    const bool notice = !titled && stats_[best].paragraphs <= 1 && holds_rights_sign(dom_.text_of(best));
    if (!titled && !notice) return best;
    std::uint32_t alt = no_node;
    float alt_score = (titled ? kTitleRatio : kNoticeRatio) * best_score;
    for (std::uint32_t i = 0; i < stats_.size() && i < best; ++i) {
        if (!stats_[i].candidate || is_ancestor(i, best) || stats_[i].paragraphs == 0 || article_text(i) < kShortArticle)
            continue;
        if (titled ? !(is_ancestor(i, title_) || near_title(i)) : stats_[i].paragraphs < kNoticeParagraphs) continue;
        const float s = final_score(i);
        if (s >= alt_score) {
            alt = i;
            alt_score = s;
        }
    }
    if (alt == no_node) return best;
    if (debug_)
        std::fprintf(stderr, "%s %u ends the page, %u holds the article\n", titled ? "footer" : "rights notice", best, alt);
    best_score = alt_score;
    return alt;
}

bool Extractor::chrome_names_hold_most(std::uint32_t n) const {
    if (n == no_node || stats_[n].text < 200) return false;
    std::uint32_t named = 0;
    for (std::uint32_t d = dom_.next_in(n, n); d != no_node;) {
        if (dom_.nodes[d].type == NodeType::element && stats_[d].text > 0 && !is_heading(dom_.nodes[d].tag) &&
            names_(d).short_kind) {
            named += stats_[d].text;
            d = dom_.next_in(d, n, true);
        } else {
            d = dom_.next_in(d, n);
        }
    }
    return named * 2 > stats_[n].text;
}

std::uint32_t Extractor::article_text(std::uint32_t n) const {
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

bool Extractor::in_chrome(std::uint32_t n, std::uint32_t stop) const {
    for (std::uint32_t p = n; p != no_node && p != stop; p = dom_.nodes[p].parent) {
        if (dom_.nodes[p].type != NodeType::element) continue;
        const GumboTag t = dom_.nodes[p].tag;
        if (t == GUMBO_TAG_ASIDE || t == GUMBO_TAG_FOOTER) return true;
        if (hints(p).strong) return true;
    }
    return false;
}

std::vector<std::uint32_t> Extractor::gather_siblings(std::uint32_t root) {
    const std::uint32_t parent = dom_.nodes[root].parent;
    if (parent == no_node) return {root};
    const float root_score = stats_[root].score;
    const float threshold = std::max(10.f, root_score * 0.2f);
    const std::string root_class(dom_.attr(root, "class"));
    const bool starts_at_title = title_ != no_node && near_title(root);
    const bool delimited = dom_.nodes[root].tag == GUMBO_TAG_ARTICLE;
    const std::uint32_t headline = only_h1();
    const bool root_holds_thread = last_post(root) != no_node;  // a board's statistics may follow it
    std::vector<std::uint32_t> roots;
    bool text_after_root = false;  // a box of text after the root that did not join
    // The root one section of an article set in sibling sections, headings between (extract_sections.cpp).
    const GumboTag rank = sections_rank(root);
    for (std::uint32_t c = dom_.nodes[parent].first_child; c != no_node; c = dom_.nodes[c].next_sibling) {
        const DomNode& n = dom_.nodes[c];
        if (n.removed || n.type != NodeType::element) continue;
        if (c == root) {
            if (rank != GUMBO_TAG_UNKNOWN && (roots.empty() || roots.back() != previous_element(c))) roots.push_back(previous_element(c));
            roots.push_back(c);
            continue;
        }
        // The article starts at its title: a box before it is the page's, not the article's.
        if (starts_at_title && c < title_ && !above_title_[c]) continue;
        float bonus = 0;
        const bool same_box = !root_class.empty() && dom_.attr(c, "class") == root_class;
        if (same_box) bonus += root_score * 0.2f;
        // The page marked where its article ends (<article>): a box beside it that scores
        // (an author's profile, a newsletter pitch) is another box of the page.
        bool append = !delimited && stats_[c].candidate && stats_[c].score + bonus >= threshold && !scored_on_name(c);
        // A box of the root's own kind (its class) holding paragraphs of prose continues it: a
        // page builder's next text block, past a picture block, whatever its depth costs the score.
        if (!append && !delimited && same_box && stats_[c].paragraphs >= kSameBoxParagraphs && link_density(c) < 0.25f &&
            holds_prose(c))
            append = true;
        // The page's one <h1> over a lead in a box before the article's (a landing page's hero):
        // the article's head, however little its score.
        if (!append && headline != no_node && c < root && is_ancestor(c, headline) && link_density(c) < 0.25f &&
            stats_[c].text - stats_[c].link_text >= stats_[headline].text + kShortArticle && stats_[c].paragraphs > 0)
            append = true;
        // A paragraph, or before the article's body a <div> used as one (loose text, no
        // blocks: the lead set in its own box above a share bar), or between the title and the
        // body a box holding one <p> and nothing else with text (the lead in a box of its own,
        // outside the body's). After the body such a box is as likely the source's or the
        // site's notice; before the title, the page's.
        const bool lead_box = (n.tag == GUMBO_TAG_DIV || n.tag == GUMBO_TAG_SECTION) && c < root && title_ != no_node &&
                              c > title_ && !is_ancestor(c, title_) && holds_one_paragraph(c);
        if (!append && (n.tag == GUMBO_TAG_P || (n.tag == GUMBO_TAG_DIV && c < root && is_text_div(c)) || lead_box)) {
            const float ld = link_density(c);
            const auto len = stats_[c].text;
            append = (len > 80 && ld < 0.25f) || (len > 0 && len <= 80 && ld == 0.f && ends_sentence(c));
        }
        // Data beside the prose, with its heading: a table of specifications, a list of
        // ingredients. Link-free, so not navigation or a list of teasers.
        // The heading joins only with its block: a readers' thread laid out as a list is no
        // data block once the tests below turn it away, and its "53 Responses" heading stays out.
        std::uint32_t data_heading = no_node;
        if (!append && is_data_block(c)) {
            append = true;
            if (!roots.empty() && roots.back() != c) {
                const std::uint32_t h = previous_element(c);
                if (h != no_node && is_heading(dom_.nodes[h].tag) && h != roots.back() && !dom_.nodes[h].removed &&
                    stats_[h].link_text == 0)
                    data_heading = h;
            }
        }
        // A row of feature cards after a hero's lead (extract_card_grid.cpp).
        if (!append && !delimited && is_card_grid(c, root)) append = true;
        // An <aside> of facts about the article right beside it (extract_facts_box.cpp).
        if (!append && is_facts_box(c)) append = true;
        // And the head of an event page over it: its title, when and where (ibid.).
        if (!append && is_event_head(c, root, headline)) append = true;
        // Another section of the article, its heading with it (extract_sections.cpp).
        bool section = false;
        if (!append && !delimited && is_article_section(c, root, rank)) append = section = true;
        // A list of teasers scores on its excerpts, but each entry is a linked headline
        // with a line of text: other pages, however long the list is beside the article.
        if (append && is_teaser_list(c)) append = false;
        // After the article, a box of the page whatever it scores: a legend, widgets, a board's
        // statistics, a reply form's box (widget_after_article).
        if (append && c > root && widget_after_article(c, root_holds_thread)) append = false;
        // An event's details after its description: headed label–value pairs (extract_details_section.cpp).
        // Its shape outweighs a name that reads as a post's info line ("event-meta"), not chrome's;
        // a board's statistics or a reply form's box stays out all the same.
        bool details = false;
        if (!append && !delimited && is_details_section(c, root) &&
            !(c > root && ((root_holds_thread && is_board_stats(c)) || held_text_area(c))))
            append = details = !hints(c).strong;
        // A one-column table layout's later row; a row of text between ends it (continues_article_row).
        if (!append && n.tag == GUMBO_TAG_TR && c > root && !text_after_root && continues_article_row(c, root))
            append = true;
        // The page's footer after the article (footer_after_article).
        if (append && c > root && footer_after_article(c)) append = false;
        if (append && (details || hints(c).weight() >= 0)) {
            if (data_heading != no_node) roots.push_back(data_heading);
            const std::uint32_t h = section ? previous_element(c) : no_node;
            if (h != no_node && is_heading(dom_.nodes[h].tag) && (roots.empty() || roots.back() != h)) roots.push_back(h);
            roots.push_back(c);
        } else if (!text_after_root && c > root && stats_[c].text > 0)
            text_after_root = stats_[c].text > kAdLabel || !is_ad_label(dom_.text_of(c));
    }
    return roots;
}

bool Extractor::widget_after_article(std::uint32_t c, bool root_holds_thread) const {
    // A legend (entries whose links all lead to one same address: "more about badges") is a
    // widget the template repeats, whatever its sentences score.
    if (links_repeat_one_target(dom_, c)) return true;
    // A column of widgets, each a heading over a line or two (extract_headed_entries.cpp).
    if (headed_entries(c)) return true;
    // A board's statistics after a thread of posts (extract_board_stats.cpp).
    if (root_holds_thread && is_board_stats(c)) return true;
    // A box that holds a reply form (a <textarea>) holds the form's notes and messages, prose
    // however hidden (extract_form_box.cpp).
    return held_text_area(c);
}

bool Extractor::continues_article_row(std::uint32_t row, std::uint32_t root) const {
    // The article's cell goes on in the only cell of a later row, past rows of pictures and ad
    // labels only (an advertisement); that cell scores near the article's own.
    if (!dom_.is(root, GUMBO_TAG_TR) || core_ == no_node || dom_.nodes[core_].parent != root) return false;
    // A cell of one paragraph gives its points to the row; a cell of several keeps them.
    const std::uint32_t cell = only_text_cell(row);
    if (cell == no_node) return false;
    const float score = std::max(stats_[cell].candidate ? final_score(cell) : 0.f, stats_[row].candidate ? final_score(row) : 0.f);
    return link_density(cell) < 0.25f && score >= kContinuedCell * final_score(core_) && !is_teaser_list(cell);
}

bool Extractor::footer_after_article(std::uint32_t c) const {
    // A short box that carries a rights line ("© 2026 Site") is the page's footer, whatever its
    // scores: its prose is the site's notice. So is a box that ends the page and names the site
    // (leave_footer).
    return (stats_[c].text <= kFooterBox && holds_rights_line(c)) || (ends_page(c) && title_ != no_node && names_site(c));
}

}  // namespace winnow::detail::extraction
