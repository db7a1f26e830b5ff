// Stage — extract: runs the scoring, the choice and the region cleaning (extract_score.cpp,
// extract_choice.cpp, extract_region.cpp); brings back a list page's teaser entries when the
// cleaning removed them with most of the region, falls back when the cleaning left nothing
// (to the best block of prose when the core is a line, else to the unedited core), or to the
// page's JSON-LD articleBody when it holds four times the region's text.
#include "extract.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <utility>

#include "comments.hpp"
#include "extract_headline_core.hpp"
#include "extract_impl.hpp"
#include "extract_title.hpp"
#include "metadata.hpp"

namespace winnow::detail::extraction {

Extraction Extractor::run() {
    Extraction out;
    const std::uint32_t body = dom_.body != no_node ? dom_.body : 0;
    debug_ = std::getenv("WINNOW_DEBUG_EXTRACT") != nullptr;
    if (std::getenv("WINNOW_TRACE_LOSS") != nullptr)
        for (const DomNode& n : dom_.nodes) pruned_.push_back(n.removed);
    compute_stats();
    std::uint32_t root = choose_root(body);
    if (root == no_node) root = body;
    root = widen_to_answers(root);
    std::uint32_t answers = no_node;
    root = widen_to_question(root, answers);
    // The region held question and answers from the start: its thread may be the answers.
    if (answers == no_node && root != no_node && title_ != no_node) answers = answers_in_region(root);
    // The answers' box the widening took is the page's text, not a thread known by its shape
    // (posts of one kind after the question's prose): only a name says otherwise.
    if (answers != no_node && root != no_node && is_ancestor(root, answers) && comments_[answers] != kNamedThread)
        comments_[answers] = 0;
    out.roots = gather_siblings(root);
    if (const std::uint32_t lead = title_lead(out.roots); lead != no_node) out.roots.insert(out.roots.begin(), lead);
    if (const std::uint32_t head = event_head_above(out.roots); head != no_node) out.roots.insert(out.roots.begin(), head);
    core_names_are_vocabulary_ = chrome_names_hold_most(core_);
    if (debug_) debug(root, out.roots);
    // Siblings gathered into the region pass the same boilerplate test as its contents, and
    // the author card's (a profile box beside the article scores as prose).
    std::erase_if(out.roots, [&](std::uint32_t r) {
        if (r == root || !(is_boilerplate(r, std::max<std::uint32_t>(stats_[root].text, 1)) || is_author_card(r, r))) return false;
        mark(r);
        ++out.boilerplate_nodes;
        return true;
    });
    for (std::uint32_t r : out.roots) out.boilerplate_nodes += clean_region(r);
    // Never nothing when the page has prose: a region whose every block was judged chrome
    // was chosen wrongly or judged wrongly; its core, unedited, is the better answer.
    std::uint32_t kept = 0, region = 0;
    for (std::uint32_t r : out.roots) {
        kept += kept_text(r);
        region += stats_[r].text;
    }
    if (debug_) std::fprintf(stderr, "kept %u of region %u, page %u\n", kept, region, stats_[body].text);
    if (kept * 4 < region) {
        const std::uint32_t restored = restore_entries(region);
        kept += restored;
        if (restored > 0) out.boilerplate_nodes = marked_.size();
    }
    if (kept < 50 && stats_[body].text >= 200) {
        if (debug_) std::fprintf(stderr, "fallback: region kept %u characters\n", kept);
        undo_marks();
        out.boilerplate_nodes = 0;
        // A core that is nine tenths a readers' thread: the post beside it, cleaned, stands in;
        // kept short, it is the core the fallbacks below start from.
        if (const std::uint32_t post = post_beside_named_thread(); post != no_node) {
            if (debug_) std::fprintf(stderr, "fallback: the post beside the core's thread is %u\n", post);
            core_ = post;
            out.roots = {post};
            out.boilerplate_nodes = clean_region(post);
            kept = kept_text(post);
            if (kept < 50) {
                undo_marks();
                out.boilerplate_nodes = 0;
            }
        }
    }
    if (kept < 50 && stats_[body].text >= 200) {
        // A core too short to stand alone (a box of one line that won on its name) widens to
        // the best block of prose, cleaned like any region; the whole page only when there is none.
        // A core of a few lines yields only to a block that holds four times its text as prose.
        const bool short_core = core_ == no_node || stats_[core_].text < 50;
        // Under the title, the short core is the article's body (a post of one line): the box
        // holding both, cleaned, is the article, not the best prose elsewhere on the page.
        const std::uint32_t headed = short_core ? box_with_title(core_) : no_node;
        const std::uint32_t wider = headed != no_node ? headed : short_core ? prose_candidate(root) : larger_prose(core_);
        const std::size_t cleaned = wider == no_node ? 0 : clean_region(wider);
        if (wider != no_node && kept_text(wider) >= 50) {
            if (debug_) std::fprintf(stderr, "fallback: widened to %u\n", wider);
            out.roots = {wider};
            out.boilerplate_nodes = cleaned;
            kept = kept_text(wider);
        } else {
            undo_marks();
            // A core of the page's one headline and its byline is the post (its body a picture or
            // nothing); the whole page is all its chrome.
            const bool core_stands =
                core_ != no_node && (stats_[core_].text >= 50 || answered_by_thread() || holds_lone_h1(dom_, core_));
            out.roots = {core_stands ? core_ : body};
            kept = stats_[out.roots.front()].text;
            out.boilerplate_nodes = drop_answering_threads(out.roots.front());
        }
    }
    out.use_article_body = article_body_holds_more(kept);
    for (std::uint32_t i = 0; i < comments_.size(); ++i)
        if ((comments_[i] == kNamedThread && !holds_core(i)) ||
            (comments_[i] == kShapedThread && !holds_core(i) && !is_ancestor(core_, i)) ||
            (comments_[i] == kRepliesThread && !holds_core(i) && (!is_ancestor(core_, i) || answers_core_prose(i))) ||
            (comments_[i] == kEntryAfterProse && !holds_core(i)))
            out.comments.push_back(i);
    if (!pruned_.empty()) trace_losses(out);
    return out;
}

void Extractor::find_title() {
    const TitleHeadings headings(dom_);
    title_ = headings.find(facts_.meta.title);
    if (title_ == no_node) title_ = headings.find(document_title(dom_));
    if (title_ == no_node) title_ = find_title_line(dom_, facts_.meta.title);
    // The title listed among other linked headlines (a list of popular stories) shows
    // where that list is, not where the article is. A title that is no link itself heads
    // its article, whatever list of teasers follows that article in the same box; so does one
    // linking to the page itself (a blog's permalink headline) unless the list holds other
    // linked headings of its own tag: the page's story listed among the site's most read.
    const bool linked = title_ != no_node && stats_[title_].link_text * 2 > stats_[title_].text;
    const bool permalink = linked && links_to_this_page(title_);
    for (std::uint32_t a = title_, level = 0; linked && a != no_node && level < 4; a = dom_.nodes[a].parent, ++level)
        if (is_teaser_list(a) && (!permalink || holds_peer_headline(a, title_))) {
            title_ = no_node;
            break;
        }
    if (title_ != no_node) {
        title_repeats_ = headings.repeats(title_);
        above_title_.assign(dom_.nodes.size(), false);
        for (std::uint32_t p = dom_.nodes[title_].parent; p != no_node; p = dom_.nodes[p].parent) above_title_[p] = true;
    }
}

bool Extractor::links_to_this_page(std::uint32_t heading) const {
    const std::string& page = facts_.meta.canonical_url.empty() ? facts_.meta.url : facts_.meta.canonical_url;
    const std::string_view href = link_target(dom_, heading);
    return !page.empty() && !href.empty() && same_page(resolve_url(page, href), page);
}

bool Extractor::holds_peer_headline(std::uint32_t box, std::uint32_t heading) const {
    const GumboTag tag = dom_.nodes[heading].tag;
    for (std::uint32_t d = dom_.next_in(box, box); d != no_node; d = dom_.next_in(d, box))
        if (d != heading && dom_.is(d, tag) && stats_[d].text >= 10 && stats_[d].link_text * 5 >= stats_[d].text * 4) return true;
    return false;
}

void Extractor::undo_marks() {
    for (std::uint32_t m : marked_) dom_.nodes[m].removed = false;
    marked_.clear();
}

std::uint32_t Extractor::prose_candidate(std::uint32_t tried) const {
    std::uint32_t best = no_node;
    for (std::uint32_t i = 0; i < stats_.size(); ++i) {
        const NodeStats& s = stats_[i];
        if (!s.candidate || i == tried || s.text - s.link_text < kFallbackProse) continue;
        if (best != no_node && final_score(i) <= final_score(best)) continue;
        if (is_teaser_list(i) || in_chrome(i, no_node) || in_thread(i)) continue;
        best = i;
    }
    return best;
}

std::uint32_t Extractor::box_with_title(std::uint32_t core) const {
    // The nearest candidate holding the core and the title, when the core follows the title
    // closely (near_title): the template's box of one post, its headline, byline and body.
    if (core == no_node || title_ == no_node || core < title_ || above_title_[core] || !near_title(core)) return no_node;
    for (std::uint32_t p = dom_.nodes[core].parent; p != no_node && p != dom_.body; p = dom_.nodes[p].parent)
        if (above_title_[p]) return stats_[p].candidate ? p : no_node;
    return no_node;
}

std::uint32_t Extractor::larger_prose(std::uint32_t core) const {
    // The core won on its name or its place (a rating prompt named "content" under the title)
    // and its cleaning kept almost nothing: the candidate outside it holding the most unlinked
    // text, when that is four times the core's and reads as prose, is what the page is about.
    // Measured by text, not score: the names that lifted the core lift its peers alike.
    std::uint32_t best = no_node, best_prose = stats_[core].text * 4;
    for (std::uint32_t i = 0; i < stats_.size(); ++i) {
        const NodeStats& s = stats_[i];
        if (!s.candidate || s.text - s.link_text < best_prose) continue;
        if (is_ancestor(i, core) || is_ancestor(core, i) || i == dom_.body) continue;
        if (is_teaser_list(i) || in_chrome(i, no_node) || in_thread(i) || !holds_prose(i)) continue;
        best = i;
        best_prose = s.text - s.link_text;
    }
    return best;
}

bool Extractor::in_thread(std::uint32_t n) const {
    for (std::uint32_t p = n; p != no_node; p = dom_.nodes[p].parent)
        if (comments_[p]) return true;
    return false;
}

std::uint32_t Extractor::restore_entries(std::uint32_t region) {
    // Entries: removed siblings of one parent with one tag and class, each a linked headline
    // over a sentence or more (a summary, not a tag cloud or a menu), not a comment and not
    // named like chrome.
    std::map<std::pair<std::uint32_t, std::string>, std::vector<std::uint32_t>> groups;
    const auto add = [&](std::uint32_t m) {
        const DomNode& e = dom_.nodes[m];
        if (e.type != NodeType::element || e.parent == no_node || comments_[m] || hints(m).strong) return;
        groups[{e.parent, std::string(gumbo_normalized_tagname(e.tag)) + "." + std::string(dom_.attr(m, "class"))}]
            .push_back(m);
    };
    // The entries were removed one by one, or with the box that holds them (as a block of links).
    for (std::uint32_t m : marked_) {
        add(m);
        if (hints(m).strong || comments_[m]) continue;
        for (std::uint32_t c = dom_.nodes[m].first_child; c != no_node; c = dom_.nodes[c].next_sibling) add(c);
    }
    const std::vector<std::uint32_t>* best = nullptr;
    std::uint32_t best_text = 0;
    for (const auto& [key, members] : groups) {
        if (members.size() < kEntriesMin) continue;
        std::uint32_t text = 0, sentences = 0;
        for (std::uint32_t m : members) {
            text += stats_[m].text;
            // The text of a removed node reads as empty: looked at as it was.
            const bool was = dom_.nodes[m].removed;
            dom_.nodes[m].removed = false;
            if (stats_[m].link_headings > 0 && ends_sentence_inside(m)) ++sentences;
            dom_.nodes[m].removed = was;
        }
        if (text < members.size() * 100 || sentences * 2 < members.size()) continue;
        if (text > best_text) {
            best = &members;
            best_text = text;
        }
    }
    // The entries are what the page is (a list page), not a box beside its text; entries
    // after the prose under the title follow an article (its section's latest stories).
    if (best == nullptr || best_text * 10 < region * 3 || after_title_prose(best->front())) return 0;
    if (debug_) std::fprintf(stderr, "restored %zu entries, %u characters\n", best->size(), best_text);
    for (std::uint32_t m : *best) dom_.nodes[m].removed = false;
    dom_.nodes[dom_.nodes[best->front()].parent].removed = false;  // the box that held them
    std::erase_if(marked_, [&](std::uint32_t m) { return !dom_.nodes[m].removed; });
    return best_text;
}

bool Extractor::ends_sentence_inside(std::uint32_t n) const {
    const std::string t = dom_.text_of(n);
    for (std::size_t k = 0; k + 1 < t.size(); ++k)
        if ((t[k] == '.' || t[k] == '!' || t[k] == '?') && is_space(static_cast<unsigned char>(t[k + 1]))) return true;
    if (!t.empty() && (t.back() == '.' || t.back() == '!' || t.back() == '?')) return true;
    // Full stops of the scripts written without spaces (CJK).
    return t.find("\u3002") != std::string::npos || t.find("\uFF01") != std::string::npos ||
           t.find("\uFF1F") != std::string::npos;
}

std::uint32_t Extractor::kept_text(std::uint32_t n) const {
    if (dom_.nodes[n].removed) return 0;
    std::uint32_t kept = 0, commas = 0;
    for (std::uint32_t d = n; d != no_node;) {
        if (dom_.nodes[d].removed) {
            d = dom_.next_in(d, n, true);
            continue;
        }
        // A text node's count from the statistics pass (text does not change in this stage);
        // counted again only where that pass gave none (removed then, or no visible character).
        if (dom_.nodes[d].type == NodeType::text) kept += stats_[d].text ? stats_[d].text : visible_chars(dom_.nodes[d].text, commas);
        d = dom_.next_in(d, n);
    }
    return kept;
}

bool Extractor::article_body_holds_more(std::uint32_t kept) const {
    const std::string_view text = facts_.article_body;
    // Visible characters and sentence ends outside the tags some sites leave in it.
    std::uint32_t chars = 0, sentences = 0, commas = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '<') {
            const std::size_t close = text.find('>', i);
            if (close == std::string_view::npos) break;
            i = close + 1;
            continue;
        }
        const std::size_t next = std::min(text.find('<', i), text.size());
        const std::string_view run = text.substr(i, next - i);
        chars += visible_chars(run, commas);
        for (std::size_t k = 0; k < run.size(); ++k) {
            const std::size_t end = sentence_end_at(run, k);
            // A wide stop (CJK, a danda) ends a sentence where it stands: no space follows it.
            if (end == 3 || (end == 1 && (k + 1 == run.size() || is_space(static_cast<unsigned char>(run[k + 1])))))
                ++sentences;
        }
        i = next;
    }
    // Prose (a few sentences), and the region holds under a quarter of it: the markup's text
    // is a shell or a teaser. A shorter articleBody is a summary; the region is believed.
    const bool use = chars >= kArticleBodyMin && sentences >= 2 && kept * 4 < chars;
    if (debug_ && use) std::fprintf(stderr, "fallback: articleBody %u characters, region %u\n", chars, kept);
    return use;
}

void Extractor::debug(std::uint32_t root, const std::vector<std::uint32_t>& roots) const {
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
    std::fprintf(stderr, "title: %s\n", title_ == no_node ? "-" : name(title_).c_str());
    for (std::uint32_t i = 0; i < comments_.size(); ++i)
        if (comments_[i]) std::fprintf(stderr, "thread (kind %d): %s\n", comments_[i], name(i).c_str());
    std::fprintf(stderr, "core: %s\nroot: %s\n", core_ == no_node ? "-" : name(core_).c_str(), name(root).c_str());
    for (std::uint32_t r : roots) std::fprintf(stderr, "  region: %s\n", name(r).c_str());
}

}  // namespace winnow::detail::extraction

namespace winnow::detail {

Extraction extract_main_content(Dom& dom, const PageFacts& facts, const Budget& budget) {
    return extraction::Extractor(dom, facts, budget).run();
}

}  // namespace winnow::detail
