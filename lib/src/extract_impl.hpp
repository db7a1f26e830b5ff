// Private to the extract stage: the Extractor (its state in extract_state.hpp, the per-node
// statistics it chooses with in extract_stats.hpp). Its work is split by job: extract.cpp runs the stage (and falls back to the unedited
// core), extract_score.cpp computes the statistics and content scores, extract_choice.cpp
// chooses the main node and gathers its siblings, extract_region.cpp marks the boilerplate
// inside the region.
#pragma once
#include <cctype>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <map>
#include <unordered_map>
#include <utility>
#include <vector>

#include "ascii.hpp"
#include "date_line_memo.hpp"
#include "extract.hpp"
#include "extract_hints.hpp"
#include "extract_lines.hpp"
#include "extract_state.hpp"
#include "extract_stats.hpp"
#include "extract_words.hpp"
#include "limits.hpp"
#include "prune.hpp"
#include "text_length.hpp"

namespace winnow::detail::extraction {

// Three or more rows of the table hold two or more cells with text: data (extract_edge_lines.cpp).
bool is_grid(const Dom& dom, std::uint32_t table);

class Extractor : private ExtractorState {
public:
    Extractor(Dom& dom, const PageFacts& facts, const Budget& budget) : ExtractorState(dom, facts, budget) {}

    Extraction run();

private:
    // Class/id evidence, unless the element's own text contradicts a name of chrome that is
    // short by nature: several paragraphs of prose are not a share row or a byline; nor is a
    // weak chrome name a box of prose shares with the article's paragraphs (a page builder's
    // vocabulary: shares_name_with_prose).
    Hints hints(std::uint32_t n) const {
        Hints h = names_(n);
        if (h.negative && !h.strong && builder_vocabulary(n)) {
            h.negative = h.short_kind = false;
            return h;
        }
        if (!h.short_kind) return h;
        const NodeStats& s = stats_[n];
        if (s.paragraphs >= 3 && s.text - s.link_text >= 500 && link_density(n) < 0.3f) return {};
        return h;
    }

    // The region kept under a tenth of its text: when three or more removed siblings of one
    // shape, each a linked headline and a sentence (teasers with summaries), hold 30% of it, the page is a
    // list of entries; they come back. Returns the characters restored.
    static constexpr std::size_t kEntriesMin = 3;
    std::uint32_t restore_entries(std::uint32_t region);
    bool ends_sentence_inside(std::uint32_t n) const;

    // extract.cpp
    // title_ (the heading that shows the page's title) and above_title_; no title when it is
    // listed among other linked headlines.
    void find_title();
    // heading links to the page itself (the canonical or given URL): a permalink headline.
    bool links_to_this_page(std::uint32_t heading) const;
    // box holds another heading of heading's tag that is all link: a headline beside it.
    bool holds_peer_headline(std::uint32_t box, std::uint32_t heading) const;

    // Takes back every mark of this stage (the region is given up).
    void undo_marks();

    // The best-scoring candidate with some prose of its own, other than tried, outside chrome
    // and comment threads: where a region too short to stand alone widens to.
    std::uint32_t prose_candidate(std::uint32_t tried) const;
    // The candidate outside core, holding the most unlinked prose, at least four times core's
    // text: where a core of a few lines that kept almost nothing widens to.
    std::uint32_t larger_prose(std::uint32_t core) const;
    std::uint32_t box_with_title(std::uint32_t core) const;
    std::uint32_t comments_end_under_title() const;
    bool in_thread(std::uint32_t n) const;  // n is in a comment thread
    static constexpr std::uint32_t kFallbackProse = 50;

    // Visible characters under n left after this stage's marks.
    std::uint32_t kept_text(std::uint32_t n) const;

    // The page's articleBody (JSON-LD) is prose and the region kept under a quarter of it.
    bool article_body_holds_more(std::uint32_t kept) const;
    static constexpr std::size_t kArticleBodyMin = 200;

    void debug(std::uint32_t root, const std::vector<std::uint32_t>& roots) const;

    // extract_loss_trace.cpp (WINNOW_TRACE_LOSS): the fate of every run of the page's text.
    std::vector<bool> pruned_;  // removed before this stage ran (by prune); filled only when tracing
    std::string loss_cause(std::uint32_t text_node, const Extraction& out) const;
    void trace_losses(const Extraction& out) const;

    // extract_score.cpp
    void compute_stats();
    std::vector<std::uint8_t> inherited_flags() const;
    void aggregate_stats(const std::vector<std::uint8_t>& flags);
    void mark_chrome(std::vector<std::uint8_t>& flags);
    // Nodes inside entries that follow the title's prose (a thread, a teaser list, a writer's
    // profile) or stand before the title: chrome however long (mark_chrome).
    std::vector<bool> entries_chrome_;
    void score_paragraphs(const std::vector<std::uint8_t>& flags);

    // n comes after the title heading and the prose of a short article under it.
    bool after_title_prose(std::uint32_t n) const {
        if (title_ == no_node || above_title_[n]) return false;
        const std::uint32_t from = subtree_end(title_);
        return n >= from && text_before_[n] - text_before_[from] >= kShortArticle;
    }
    static constexpr std::uint32_t kShortArticle = 80;  // two sentences
    // n, a readers' thread inside the core, answers the article before it there: the title's
    // prose stands before it, or, on a page whose headline is no heading (an old layout's bold
    // line, or none), the core holds a short article's text before it (two sentences).
    bool answers_core_prose(std::uint32_t n) const {
        if (after_title_prose(n)) return true;
        return title_ == no_node && core_ != no_node && is_ancestor(core_, n) && text_before_[n] - text_before_[core_] >= kShortArticle;
    }

    // A box that opens (after its pictures) with the name of the page's author, set as a
    // heading or in bold: the author's profile, however long its prose.
    bool opens_with_author(std::uint32_t n) const;

    // A teaser's headline set as a bare link: an <a> of a line or more standing in a box (not
    // a paragraph), followed by a block of unlinked text, its summary. Counted with the linked
    // headings (link_headings): a list of such entries is a list of teasers.
    bool is_headline_link(std::uint32_t n) const;

    // A <div> used as a paragraph: no block children, its text loose or (short, with no link,
    // not all bold) in inline elements.
    bool is_text_div(std::uint32_t n) const;
    static constexpr std::uint32_t kLooseText = 100;  // loose text a box scores on from itself
    // A box whose text is all one <p> (wrappers around it aside): a lead set in its own box.
    bool holds_one_paragraph(std::uint32_t n) const;

    // An item of an ordered list written as prose: a step or a numbered notice, one or two
    // sentences of the running text (no block inside, hardly linked, a sentence closing it).
    bool is_numbered_prose(std::uint32_t n) const;

    // A table cell with runs of prose of its own parted by line breaks (an old layout's
    // article column).
    bool is_text_cell(std::uint32_t n) const;
    static constexpr std::uint32_t kTextCell = 200;

    float base_score(std::uint32_t n) const;
    float tag_points(std::uint32_t n) const;   // what a box's tag adds to its score
    float name_points(std::uint32_t n) const;  // what its class, id and itemprop add
    // The final score without the points a name promising the article gave: what the box
    // holds, as a page whose names said nothing would score it.
    float content_score(std::uint32_t n) const {
        return (stats_[n].score - std::max(name_points(n), 0.f)) * (1.f - link_density(n));
    }

    // n holds prose (a sentence end after a word, or a run of text as long as a paragraph) or
    // an <h1> (the page's headline).
    bool holds_prose(std::uint32_t n) const;
    static constexpr std::uint32_t kProseRun = 200;

    // extract_choice.cpp
    std::uint32_t choose_root(std::uint32_t body);
    // The candidate of the best final score, or no_node; one that won on a name inside chrome
    // yields to the best judged without that name (choose_root's first step).
    std::uint32_t top_candidate(float& best_score) const;
    // best, or a parent up to three levels up that adds little but more prose of the article
    // (a lead outside the body's box): choose_root's last step.
    std::uint32_t widen_to_lead(std::uint32_t best, std::uint32_t body) const;

    // The page's <h1> when it has exactly one with text (removed ones have none), else no_node.
    std::uint32_t only_h1() const;

    // The article sits under its title: it holds the title heading or starts a few lines
    // after it (a byline, a date, a picture between). Without a title heading, no evidence.
    bool near_title(std::uint32_t n) const;
    bool about_title_repeat(std::uint32_t n) const;
    // extract_title_gap.cpp: as near, when the navigation between them is not counted.
    bool near_title_past_navigation(std::uint32_t n) const;
    // n stands in a box of navigation of a column's size between the title and best.
    bool in_navigation_column(std::uint32_t n, std::uint32_t best) const;
    // The page declares n its article's body (schema.org itemprop="articleBody"): believed over
    // class tokens that name chrome and over the box's distance from the title.
    bool declared_body(std::uint32_t n) const { return dom_.attr(n, "itemprop") == "articleBody"; }

    // Bylines, datelines, a picture and its caption, share rows: what may stand between a
    // title and its article.
    static constexpr std::uint32_t kTitleGap = 400;
    // A candidate under the title needs a quarter of the far winner's score: the winner's
    // class names ("content" on a tab panel) and comma-rich prose of a bio can outweigh a
    // short article several times (tools/loco.py: 0.15-0.5 within 0.0002 on every corpus).
    static constexpr float kTitleRatio = 0.25f;
    // Paragraphs a box of the root's own class needs to join it (gather_siblings).
    static constexpr std::uint32_t kSameBoxParagraphs = 2;
    // Share of the best score that makes another candidate a block of the article (the
    // article split into blocks, choose_root); a box of the best's own tag and class, at the
    // lower bar (tools/loco.py: 0.5 and 0.6 alike, normal outputs byte-identical to 0.75).
    static constexpr float kStrong = 0.75f, kSameKindStrong = 0.6f;

    // The winner is far from the title (an author box in the sidebar, another tab, a comment
    // list): a candidate under the title that scores within reach of it is the article.
    std::uint32_t follow_title(std::uint32_t best, float& best_score) const;
    // extract_title_column.cpp
    // The winner's column (the box holding it and other blocks of its tag and class that hold
    // prose, not links: a page builder's text blocks) holds two thirds of the box it shares with
    // the title, that box's threads and teaser lists left out: the body under the headline
    // however far the standfirst and a byline column set it from it. Returns the column (its
    // blocks' score stands for it, scored itself or not), or no_node (a lone winner: no run).
    std::uint32_t column_under_title(std::uint32_t best) const;
    std::uint32_t winner_column(std::uint32_t best) const;
    static constexpr float kColumnLinks = 0.25f;
    // p holds block and nothing else with text but headings (a section's own heading).
    bool adds_only_heading(std::uint32_t p, std::uint32_t block) const;
    // box's text outside its comment threads and teaser lists (those holding keep count).
    std::uint32_t text_besides_threads(std::uint32_t box, std::uint32_t keep) const;
    // A lone winner after the title, outside its branch, under a heading of its own yields to the
    // title's box at half its score holding 60 characters and two thirds of its text after the title.
    std::uint32_t title_owner(std::uint32_t best, float& best_score) const;
    bool opens_with_heading(std::uint32_t n) const;  // n's first box with text is a heading
    static constexpr float kOwnerRatio = 0.5f;
    static constexpr std::uint32_t kOwnerText = 60;
    // The winner is the page's footer: it stands after the title's box, ends the page and
    // names the site (a publisher's prose about itself outscoring a short article): a
    // candidate holding the title or under it, with prose of its own, is the article.
    // Or, with no title, it ends the page as one run of text with the copyright sign (a legal
    // notice): a box of paragraphs before it, scoring half of it, is the article.
    std::uint32_t leave_footer(std::uint32_t best, float& best_score) const;
    static constexpr float kNoticeRatio = 0.5f;
    static constexpr std::uint32_t kNoticeParagraphs = 3;
    // n's text names the site: the part of the <title> beside the headline ("Headline - Site").
    bool names_site(std::uint32_t n) const;
    // Nothing with text after n but a stray mark or a short label ("Top"): the page's last box.
    bool ends_page(std::uint32_t n) const;
    static constexpr std::uint32_t kPageTail = 20;
    // A short box ending the page after the title's box, which holds a picture of a post's
    // size: that box is the article, a photo post (extract_photo_post.cpp).
    std::uint32_t photo_post(std::uint32_t best, float& best_score) const;
    // A winning <blockquote> whose box opens with prose of its own: the box (extract_quote_owner.cpp).
    std::uint32_t quote_owner(std::uint32_t best, float& best_score) const;
    static constexpr std::uint32_t kPhotoNotice = 400;

    // extract_answers.cpp
    // The region holds a question but not its schema.org answers: the nearest box holding both.
    std::uint32_t widen_to_answers(std::uint32_t root) const;
    // The root lies in one of two or more sibling posts after the title, with a box of prose
    // (the question) between the title and the first: the box that holds them all. answers is
    // set to the answers' own box when the widening took one under its heading ("2 Answers").
    std::uint32_t widen_to_question(std::uint32_t root, std::uint32_t& answers) const;
    // The question of a posts' box the title does not head: the box's nearest sibling before it
    // with text, a box of prose that holds the title or follows it (no_node when there is none).
    std::uint32_t question_beside(std::uint32_t posts_box) const;
    // A heading with text inside box before its first post ("3 Answers" over the answers).
    bool heading_before(std::uint32_t box, std::uint32_t first) const;
    // An unlinked heading that is box's nearest sibling with text before it ("2 Answers"), or no_node.
    std::uint32_t heading_over(std::uint32_t box) const;
    // The answers' box after post (the question), a count heading between them or opening it,
    // its posts alike the question (answers_alike); no_node if none.
    std::uint32_t answers_after(std::uint32_t post) const;
    // A thread inside the region (not named so) that answers the question before it, past a
    // count heading bare or boxed: the answers' box whose mark is lifted; no_node if none.
    std::uint32_t answers_in_region(std::uint32_t root) const;
    // The question and two of the answers carry a vote control each (extract_vote_controls.cpp):
    // the answers are posts of the question's kind, not comments under an article. Or, with no
    // votes, the title asks and the question and answers share a writer line (extract_writer_lines.cpp).
    bool answers_alike(std::uint32_t question, std::uint32_t answers) const;
    // Every post opens with its writer's panel (post_panel): a forum thread's posts, unnamed.
    bool posts_with_panels(const std::vector<std::uint32_t>& posts) const;
    // How many children of box are posts of one kind, each a line of unlinked text.
    int boxes_of_one_kind(std::uint32_t box) const;
    // The text of box's posts when a heading opens it and two or more posts of one kind (tag,
    // first class word) follow, each a line at least; else 0.
    std::uint32_t headed_posts_text(std::uint32_t box) const;
    // The parent of a posts' box with the question beside it, when the two are most of it; else no_node.
    std::uint32_t question_and_answers(std::uint32_t posts_box, std::uint32_t posts_text) const;
    static constexpr std::uint32_t kShortPost = 25;  // a line: as a paragraph counts
    static constexpr int kThreadPosts = 3;          // posts opening a thread under its title
    static constexpr int kPostDepth = 6;            // levels climbed from the region to the post holding it

    // extract_title_lead.cpp
    // The headline's box holds a paragraph of prose after it and the body sits in the next
    // branch (a product's short description, its description tab): that paragraph, or no_node.
    std::uint32_t title_lead(const std::vector<std::uint32_t>& roots) const;

    // extract_article_tag.cpp
    // The <article> element that holds the title heading and prose of its own, or no_node.
    std::uint32_t titled_article() const;
    static constexpr std::uint32_t kArticleTagProse = 160;  // two sentences past the title
    // The winner lies beside that element (not in it, not around it): the element's best
    // candidate is the article.
    std::uint32_t keep_to_article(std::uint32_t best, float& best_score) const;

    // Boxes named like short chrome (captions, bylines) that hold most of n's text are this
    // page's words for its content (a photo essay told in captions), not chrome inside it.
    // Comment and related boxes never count: they can outweigh a short article.
    bool chrome_names_hold_most(std::uint32_t n) const;

    // Visible text under n outside descendants named like chrome (promo, related, share...).
    std::uint32_t article_text(std::uint32_t n) const;

    // n or one of its ancestors below stop is named like chrome (comments, related, sidebar...).
    bool in_chrome(std::uint32_t n, std::uint32_t stop) const;

    bool is_ancestor(std::uint32_t a, std::uint32_t n) const {
        for (std::uint32_t p = dom_.nodes[n].parent; p != no_node; p = dom_.nodes[p].parent)
            if (p == a) return true;
        return false;
    }

    // Siblings of the main node that carry article text too (Readability's sibling rule).
    std::vector<std::uint32_t> gather_siblings(std::uint32_t root);
    // What gather_siblings asks of a sibling c after the root: a box of the page that scores
    // (legend, widgets, board statistics, reply form); a later table row whose lone cell goes on
    // with the article's (a one-column table layout); the page's footer.
    bool widget_after_article(std::uint32_t c, bool root_holds_thread) const;
    bool continues_article_row(std::uint32_t row, std::uint32_t root) const;
    bool footer_after_article(std::uint32_t c) const;


    bool is_teaser_list(std::uint32_t n) const {
        const NodeStats& s = stats_[n];
        return s.link_headings >= 2 && s.text - s.link_text < 160u * s.link_headings;
    }

    bool is_data_block(std::uint32_t n) const;
    bool is_card_grid(std::uint32_t n, std::uint32_t root) const;  // extract_card_grid.cpp: features after a hero
    bool is_facts_box(std::uint32_t n) const;  // extract_facts_box.cpp: an event's facts aside
    bool is_callout(std::uint32_t n) const;    // extract_callout.cpp: a note <aside> in the text
    // extract_details_section.cpp: an event's details after its description (headed label–value pairs).
    struct DetailPairs;
    bool is_details_section(std::uint32_t n, std::uint32_t root) const;
    void section_pairs(std::uint32_t n, int depth, DetailPairs& p) const;
    void list_pairs(std::uint32_t n, DetailPairs& p) const;
    bool pair_row(std::uint32_t row, DetailPairs& p) const;
    void add_pair(std::uint32_t label, std::uint32_t value_text, std::uint32_t value_links, DetailPairs& p) const;
    bool core_beside(std::uint32_t n, bool after) const;
    bool is_event_head(std::uint32_t n, std::uint32_t root, std::uint32_t headline) const;  // extract_facts_box.cpp
    // The event head over the box that holds the region's first root, when nothing with text
    // stands between (extract_facts_box.cpp); no_node if none.
    std::uint32_t event_head_above(const std::vector<std::uint32_t>& roots) const;
    // A short box closed by a colon whose <select> or <input> child the prune stage removed: the
    // label of a control that is gone ("Sorted by:"; extract_control_label.cpp).
    bool labels_removed_control(std::uint32_t n) const;
    bool is_board_stats(std::uint32_t n) const;  // extract_board_stats.cpp: counts after a thread
    GumboTag heading_before(std::uint32_t n) const;  // extract_sections.cpp: an article in sibling sections
    GumboTag sections_rank(std::uint32_t root) const;
    bool is_article_section(std::uint32_t c, std::uint32_t root, GumboTag rank) const;
    std::size_t drop_board_stats(std::uint32_t posts_box, std::uint32_t root);
    std::uint32_t unnamed_rival(std::uint32_t best, float& best_score) const;
    // A winner of one short paragraph yields to a box outside it, no thread, teaser list or
    // chrome, with four times its unlinked text at nearly its score (a sidebar's sentence beat
    // a table of prose, whose cells score far below the box that holds them).
    std::uint32_t fuller_rival(std::uint32_t best, float& best_score) const;
    // A wide winner whose added text is links or a thread yields to the strong box inside it
    // (extract_inner_article.cpp).
    std::uint32_t inner_article(std::uint32_t best, float& best_score) const;
    // Three or more headings each over a short body, nothing else: a column of widgets
    // (extract_headed_entries.cpp), no part of a split article.
    bool headed_entries(std::uint32_t n) const;
    // n, or the box max_steps levels down at most whose one child with text holds all of it.
    std::uint32_t sole_text_box(std::uint32_t n, int max_steps) const;
    std::uint32_t closing_notice(std::uint32_t box, std::uint32_t inner) const;  // text of a legal notice ending box
    // Candidates outside the best node scoring nearly as well: other blocks of a split article.
    std::vector<std::uint32_t> split_parts(std::uint32_t best, float best_score, std::uint32_t yielded, bool followed) const;
    static constexpr std::uint32_t kShortWinner = 160, kFullerTimes = 4;
    static constexpr float kRivalScore = 0.8f;
    // A layout row that won on its columns narrows to the cell holding 80% of its unlinked text.
    std::uint32_t article_cell(std::uint32_t best, float& best_score) const;
    bool holds_heading(std::uint32_t n) const;  // an <h1>-<h6> in n or n itself
    // n holds a <textarea> (where readers write), or stands beside a <form> holding one: the
    // box of a reply form, its notes and messages.
    bool by_reply_form(std::uint32_t n) const;
    // extract_form_box.cpp: a winner by a reply form after the title yields to the best box
    // between the title and it (the form's hidden notes outscored the article).
    std::uint32_t leave_reply_form(std::uint32_t best, float& best_score) const;
    static constexpr float kFormRivalScore = 0.5f, kFormRivalLinks = 0.3f;
    std::uint32_t link_lines(std::uint32_t n) const;  // blocks in n that are all link (outermost)
    // p, a parent of the core, holds the title before it and adds only unlinked, unnamed text.
    bool title_box(std::uint32_t p, std::uint32_t best) const;
    // A short element under n (120 characters at most) is a rights line ("© 2026 Site").
    bool holds_rights_line(std::uint32_t n) const;
    static constexpr std::uint32_t kFooterBox = 400;  // a notice or two and the rights line
    // The one cell of a table row that holds text, or no_node.
    std::uint32_t only_text_cell(std::uint32_t row) const;
    // A later row's lone cell continues the article when it scores half the article's cell.
    static constexpr float kContinuedCell = 0.5f;
    static constexpr std::uint32_t kAdLabel = 40;  // "Advertisement", "Publicidad": a short line
    // Three or more items (rows, list items, definitions) of a short line each on average.
    bool short_items(std::uint32_t n) const;
    static constexpr std::uint32_t kShortItem = 80;

    // n's score is its name's and tag's alone: no paragraph under it scored (a sidebar named
    // "primary", a box named "content" of search fields and tags).
    bool scored_on_name(std::uint32_t n) const { return stats_[n].score - base_score(n) < 0.05f; }

    std::uint32_t previous_element(std::uint32_t n) const;

    bool ends_sentence(std::uint32_t n) const;

    // extract_threads.cpp
    // The topmost comment thread that holds n (n itself or an ancestor), or no_node.
    std::uint32_t thread_of(std::uint32_t n) const;

    // The winner lies in a comment thread that follows the title outside it: the article is
    // the best candidate under the title outside every thread, or the title's own box.
    // named_too: also a winner nine tenths of whose text is a thread found by its name.
    std::uint32_t leave_thread(std::uint32_t best, float& best_score, bool named_too = false) const;
    // The core came out empty, nine tenths of it a named thread: the post it holds beside the
    // thread, or no_node.
    std::uint32_t post_beside_named_thread() const;
    // No title: the post before the thread the winner lies in (extract_untitled_thread.cpp).
    std::uint32_t post_before_thread(std::uint32_t best, std::uint32_t thread) const;

    // The core is a short post under the title that a comment thread after it answers: the
    // article, however short (a picture and its caption), not a reason to take the whole page.
    bool answered_by_thread() const;

    // The unedited fallback still leaves out the comment threads under root that follow the
    // title outside it (and their headings): they answer the article whatever else failed.
    std::size_t drop_answering_threads(std::uint32_t root);

    // Marks the headings under root (not the title's) whose whole section went as a comment
    // thread, a reply form or other text-bearing chrome; returns how many.
    std::size_t drop_thread_headings(std::uint32_t root);

    // Marks a thread under root that a count line opens ("Comments (2)": one or two words and
    // a count, a line alone) after the article's prose, with the dated entries below it that
    // it counts, when no class name tells it; returns how many nodes went.
    std::size_t drop_counted_thread(std::uint32_t root);
    // n stands as a line of its own: a break, a block or the box's edge on either side.
    bool line_alone(std::uint32_t n) const;
    // Nothing but a break, a block or the box's edge follows n on its line.
    bool ends_line(std::uint32_t n) const;

    // extract_region.cpp
    // Marks chrome inside the region as removed; returns how many subtrees went.
    std::size_t clean_region(std::uint32_t root);

    // A credit line at the article's start or end (a byline in the article's language, set
    // as a paragraph or a small heading; a dateline set as a heading) is metadata, not body;
    // elsewhere the same shape is as likely a subheading.
    bool is_edge_credit(std::uint32_t n, std::uint32_t root) const;

    // One past the last node of n's subtree (pre-order: the subtree is a contiguous range).
    std::uint32_t subtree_end(std::uint32_t n) const {
        const std::uint32_t e = dom_.next_in(n, 0, true);
        return e == no_node ? static_cast<std::uint32_t>(stats_.size()) : e;
    }

    // Little of the region's text (the title's aside) comes before n or after it.
    bool at_edge(std::uint32_t n, std::uint32_t root) const { return edge_span(n, subtree_end(n), root); }
    // The same for the nodes from first up to (not including) end.
    bool edge_span(std::uint32_t first, std::uint32_t end, std::uint32_t root) const;
    static constexpr std::uint32_t kEdge = 150;

    // extract_title_dateline.cpp
    // Marks the date line glued after a title line that is no heading in one box (after a
    // break or on the same line, the box's last text); returns how many went.
    std::size_t drop_title_dateline(std::uint32_t root);

    // extract_post_panels.cpp
    // Marks the writers' panels of a thread's posts inside root (a box of three or more short
    // lines, none a sentence, opening two or more posts of one kind in one slot, before the
    // message); returns how many went.
    std::size_t drop_post_panels(std::uint32_t root);
    // Under each live element of root's subtree, its child boxes of one kind (tag and first class
    // word), each with a post's body, two or more: visit(kind, posts) for each group, summing what
    // it drops. rows_only keeps thread rows alone (extract_post_panels.cpp).
    using PostKind = std::pair<GumboTag, std::string_view>;
    std::size_t visit_post_groups(std::uint32_t root, bool rows_only,
                                  const std::function<std::size_t(const PostKind&, const std::vector<std::uint32_t>&)>& visit);
    std::size_t drop_post_row_labels(std::uint32_t root);  // extract_post_rows.cpp
    std::size_t drop_post_row_stamps(const std::vector<std::uint32_t>& posts);
    std::size_t drop_post_box_stamps(std::uint32_t root);  // extract_post_stamps.cpp
    std::size_t drop_post_links(std::uint32_t root);  // extract_post_links.cpp
    std::uint32_t closing_link_line(std::uint32_t post) const;
    std::uint32_t post_panel(std::uint32_t post) const;  // the panel opening post, or no_node
    bool is_short_lines_box(std::uint32_t n) const;

    // extract_post_credits.cpp
    // Marks a slot of credit lines in a thread of posts ("Answered by NAME", one at each post's
    // edge, a name found nowhere else in the region); returns how many went.
    std::size_t drop_post_credits(std::uint32_t root);

    // extract_thread_tail.cpp: after a thread's last post, in the posts' box, headings and short
    // boxes with no sentence (a pager, an online count, a notice pointing elsewhere) go; returns how many.
    std::size_t drop_thread_tail(std::uint32_t root);
    bool is_post_box(std::uint32_t c) const;           // a named box of blocks with a line of unlinked text
    std::uint32_t last_post(std::uint32_t box) const;  // the last of 2+ posts of one kind, or no_node
    bool is_tail_furniture(std::uint32_t n) const;     // a heading, or a short box with no sentence
    static constexpr std::uint32_t kTailLine = 120;
    static constexpr std::size_t kTailKinds = 3;  // kinds of box tried from the end

    // extract_stamp_counts.cpp: beside a date line dropped at the region's edge, an item of its
    // box that is a label and a count alone (a hit counter) goes too; returns how many.
    std::size_t drop_stamp_counts(std::uint32_t root);
    std::size_t drop_info_box_rest(std::uint32_t root);  // extract_info_box.cpp: its labels and links
    std::size_t drop_thread_counts(std::uint32_t root);  // extract_thread_counts.cpp
    static constexpr std::uint32_t kStampLine = 120, kStampCount = 40;

    // extract_script_shell.cpp
    // Marks the short lines beside a <noscript> that holds most of the region's text (a script
    // shell's placeholders: "Loading…"); returns how many went.
    std::size_t drop_script_shell(std::uint32_t root);

    // extract_signatures.cpp
    // Marks the signatures of a thread's posts inside root (a short block after each post's
    // body whose kind repeats its text under two posts or opens with a rule in two); returns
    // how many went.
    std::size_t drop_signatures(std::uint32_t root);
    std::size_t drop_post_signatures(const std::vector<std::uint32_t>& posts, std::uint32_t root);
    bool opens_with_rule(std::uint32_t n) const;
    bool same_text(std::uint32_t a, std::uint32_t b) const;
    bool in_paragraph_flow(std::uint32_t n) const;  // a sibling of n is a paragraph with text
    // A single post's signature: a short line, not a sentence, after the region's last rule,
    // closing the box that holds the body before the rule and the region.
    std::size_t drop_ruled_closing_line(std::uint32_t root);
    bool text_follows_in(std::uint32_t n, std::uint32_t root) const;  // a later sibling of n or its ancestors below root has a word
    static constexpr std::uint32_t kSignature = 120;  // a line or two
    static constexpr std::uint32_t kPostBody = 80;    // two sentences of the post before it
    static constexpr std::uint32_t kAfterSignature = 40;  // a row of buttons or counts

    // extract_template_slots.cpp
    // Marks the short boxes after the core that hold a blank of the template (an empty element
    // with an id right after a label, for a script to fill); returns how many went.
    std::size_t drop_template_slots(std::uint32_t root);
    bool is_template_slot(std::uint32_t n) const;
    bool holds_template_slot(std::uint32_t n) const;
    static constexpr std::uint32_t kSlotBox = 200;  // a heading or two and the labels

    // extract_edge_lines.cpp
    // Marks the lines of links, of small print and of rights at the region's edges, inside a
    // flow of text (runs parted by <br>) or as a small table; returns how many went.
    std::size_t drop_edge_lines(std::uint32_t root);
    // line: sibling text nodes and inline elements between two breaks.
    bool is_edge_line(const std::vector<std::uint32_t>& line, std::uint32_t root,
                      const std::vector<std::uint32_t>& live_before) const;
    // A line right after a dropped rights line in its flow that is the notice's own: a short one.
    bool is_notice_continuation(const std::vector<std::uint32_t>& line) const;
    // A sentence ends in the region's text after n (not removed): n is not at the article's end.
    bool sentence_after(std::uint32_t n, std::uint32_t root) const;
    // ... and before n (from root on): the prose n stands in, not at the edge of.
    bool sentence_before(std::uint32_t n, std::uint32_t root) const;
    // A text node that ends a sentence among nodes [first, last), removed subtrees skipped.
    bool sentence_between(std::uint32_t first, std::uint32_t last) const;
    static constexpr std::uint32_t kEdgeLine = 200;       // a long heading, two short sentences
    static constexpr std::uint32_t kLinkLinePercent = 65; // as a <div> of links (is_boilerplate)

    // Whitespace, or an empty paragraph / div with no image or embed in it. (Line breaks are
    // not spacers here: in <br>-separated text they part the paragraphs.)
    bool is_blank_spacer(std::uint32_t n) const;

    bool inside(std::uint32_t n, GumboTag tag) const;
    bool stands_as_line(std::uint32_t n) const;
    // An inline element with words of the sentence right beside it (a linked name in a
    // paragraph): its class names the link's kind, not a box of the page.
    bool inside_sentence(std::uint32_t n) const;
    // A list of links that closes one of several sections of the article's own flow (prose,
    // then its links; prose, then its links...): the things the article talks about.
    bool in_list_rhythm(std::uint32_t n) const;
    // A list inside the core whose every linked item is a sentence with its link in it (words
    // before the link and more after it, or three words besides it): text that cites its
    // sources, not a list of other pages' headlines.
    bool links_in_sentences(std::uint32_t list) const;
    bool link_in_sentence(std::uint32_t item) const;

    bool holds_core(std::uint32_t n) const { return core_ != no_node && (n == core_ || is_ancestor(n, core_)); }

    bool is_boilerplate(std::uint32_t n, std::uint32_t region_text) const;
    // n holds a <textarea> (removed or not): a form to write in.
    bool held_text_area(std::uint32_t n) const;
    // extract_reply_notes.cpp: a short box past the title that held a reply form (a text area,
    // or a form with a button to send) keeps only the form's heading and notes.
    bool is_reply_notes(std::uint32_t n) const;
    bool held_send_form(std::uint32_t n) const;
    // Two paragraphs of prose stand in n beside the child box that holds its form or text area.
    bool prose_beside_form(std::uint32_t n) const;
    // extract_reply_section.cpp: n is a short box of the run between the post's box (the title's)
    // and the reply form beside it, from its first heading-led or form box on.
    bool in_reply_section(std::uint32_t n) const;
    std::pair<std::uint32_t, std::uint32_t> reply_section(std::uint32_t parent) const;
    mutable std::unordered_map<std::uint32_t, std::pair<std::uint32_t, std::uint32_t>> reply_sections_;
    // Two or more of root's child boxes (div, article, section, li) of one tag and class hold a
    // post's text each (a thread).
    bool holds_posts(std::uint32_t root) const;
    // n is a short quotation without links (it opens with a quotation mark) between two
    // paragraphs of prose: a pull quote set in an <aside>, part of the article's flow.
    bool is_pull_quote(std::uint32_t n) const;
    // The nearest siblings with text before and after n are both <p>s of prose (kShortArticle
    // characters, links under max_link_density): n stands inside the article's flow.
    bool between_prose_paragraphs(std::uint32_t n, float max_link_density) const;
    static constexpr std::uint32_t kPullQuote = 300;
    // The text under n outside links (and outside removed nodes).
    std::string unlinked_text(std::uint32_t n) const;
    static constexpr std::uint32_t kReplyForm = 300;
    static constexpr std::uint32_t kPagerLink = 60;  // "Load more comments": a line of one link  // a heading, a label, a line of terms

    // extract_link_prose.cpp
    // One paragraph of prose holds most of n's unlinked text (a short post among its links), or n is
    // a paragraph with a long sentence of its own beside the links it lists.
    bool holds_lone_prose(std::uint32_t n) const;
    // In the core, beside a paragraph or quotation of prose (its nearest sibling with text on either side).
    bool beside_prose(std::uint32_t n) const;

    // A paragraph of links that is one sentence in the article's flow: words after its last
    // link close a sentence, between paragraphs of prose (a sentence of titles, each linked).
    // A <p> that is one link of prose (a dozen words, a sentence's end) beside a paragraph of prose.
    bool is_linked_paragraph(std::uint32_t n) const;
    // A link block the article announced: right after a sentence of its prose closing on a
    // colon, with more of its prose after it.
    bool is_announced_list(std::uint32_t n) const;
    // A field of the article's record: a paragraph opened by a bold label, in a run of three or
    // more such paragraphs, one of them holding a value in prose ("<b>Keywords</b> …",
    // "<b>Web sites</b> <a>…</a>"): its value is the article's, whatever its links.
    bool is_labelled_field(std::uint32_t n) const;
    // extract_cited_address.cpp: n, inside the core, holds one link, and it shows a web address
    // ("More: http://…"): a source the text cites, not a related page's headline.
    bool is_cited_address(std::uint32_t n) const;
    std::uint32_t single_link(std::uint32_t n, bool removed) const;
    static constexpr std::uint32_t kCallLine = 80;  // a call to act: a short line
    std::uint32_t field_label(std::uint32_t p) const;
    bool ends_with_colon(std::uint32_t n) const;
    // The back walk of is_announced_list, carried from one sibling to the next during
    // clean_region's walk (keyed by parent and tag): where it stopped, the block it had as the
    // announcing one then, whether that ends on a colon (-1: not read), and how many nodes were
    // marked then. Valid while every node marked since comes at or after where it stopped.
    struct AnnounceScan {
        std::uint32_t next = no_node;
        std::uint32_t before = no_node;
        int colon = -1;
        std::size_t marked = 0;
        // The walk forward: from which n it last ran, the sibling it stopped at (no_node: the
        // end), its answer, and how many nodes were marked then. Valid for a later n before the
        // stop while nothing at or after the stop was marked since.
        std::uint32_t ahead_from = no_node;
        std::uint32_t stop = no_node;
        bool announced = false;
        std::size_t ahead_marked = 0;
    };
    mutable std::unordered_map<std::uint64_t, AnnounceScan> announce_scans_;
    bool announce_walk_ = false;  // inside clean_region's walk: the scans above may be carried
    class AnnounceWalk;  // opens that walk (extract_region.cpp)
    bool is_linked_sentence(std::uint32_t n) const;

    // extract_notes.cpp
    // n holds the element a note mark of the text points to (a footnote list): article text.
    bool holds_note_targets(std::uint32_t n) const;
    // A short paragraph opened by a note sign (* † ‡) that the article's prose carries as a mark
    // right after a word, unlinked: the text's note, whatever its link (extract_notes.cpp).
    bool is_signed_note(std::uint32_t n) const;
    void read_sign_marks() const;
    // n is inside a note (a target of a note mark) below root: a line of the notes, not an edge line.
    bool in_note(std::uint32_t n, std::uint32_t root) const;
    void read_note_targets() const;
    mutable DateLineMemo date_lines_;  // is_date_line of the texts asked about, by text
    mutable int sign_marks_ = -1;  // the note signs the prose uses as marks (bits; -1: not read yet)
    mutable std::vector<bool> note_targets_;  // elements a note mark points to (read once, lazily)
    mutable std::vector<std::uint32_t> targets_before_;  // note targets among the nodes before node i

    // extract_misnamed.cpp
    // A paragraph of several sentences with no picture in it, under a name of chrome that is
    // short by nature (a caption, a byline): a styled intro or note of the article, misnamed.
    bool is_misnamed_prose(std::uint32_t n) const;

    // A page builder wraps every block in the same names (the heading, the text, the picture
    // and the share row alike carry one "widget" class): a weak chrome name that a sibling
    // holding paragraphs of prose carries too is the builder's vocabulary, not evidence for a
    // box of prose.
    bool shares_name_with_prose(std::uint32_t n) const;
    bool builder_vocabulary(std::uint32_t n) const {
        if (vocabulary_.empty()) vocabulary_.assign(dom_.nodes.size(), -1);
        if (vocabulary_[n] < 0) vocabulary_[n] = shares_name_with_prose(n) ? 1 : 0;
        return vocabulary_[n] == 1;
    }
    static constexpr int kNodesLooked = 4000;
    static constexpr std::uint32_t kProseParagraphs = 2;
    static constexpr float kVocabularyLinks = 0.3f;  // link density of a box of prose, at most

    // extract_teaser_lines.cpp
    // A paragraph of a short label closed by a colon and one link of a headline's length after
    // it, nothing else: an inline teaser between the article's paragraphs ("Read also: <a>…").
    bool is_teaser_line(std::uint32_t n) const;
    static constexpr std::uint32_t kTeaserLine = 200;          // a label and a long headline
    static constexpr std::uint32_t kTeaserHeadlineWords = 4;   // fewer: a name, a source, a place
    // n's own <br>-parted lines are two or more lines of one link each, under at most a label:
    // a list of further stories written without <ul>.
    bool is_link_lines(std::uint32_t n) const;
    // A <p>/<div> of a label and links of a few words each at the article's end (nothing but a
    // little chrome after it, no sentence): the page's categories ("Filed under: <a>People</a>").
    bool is_index_line(std::uint32_t n, std::uint32_t root) const;
    static constexpr std::uint32_t kIndexTermWords = 3;

    // extract_entry_headlines.cpp
    // A headline line (all link, a line long) dropped in the region over a kept summary.
    bool is_dropped_headline(std::uint32_t m) const;
    static constexpr std::uint32_t kHeadlineMin = 10, kHeadlineMax = 200, kSummaryMin = 25, kEntryRest = 40;
    // Three or more sibling entries of one shape that lost their headline line and kept their
    // summary get the headlines back (a list page's titles). Returns the lines restored.
    std::size_t restore_entry_headlines(std::uint32_t root);
    // After the title's prose the same entries are the page's other stories: they go whole.
    std::size_t drop_headless_entries(std::uint32_t root);
    std::vector<std::vector<std::uint32_t>> entries_without_headlines(std::uint32_t root) const;  // 3+ by box
    // n is one part of an entry of a list: two or more siblings of n's box (its parent), of its
    // tag and class, hold an element of n's tag and class too (a list page's summaries, of which
    // the metadata may take the first for the headline's dek).
    bool in_entry_list(std::uint32_t n) const;

    // extract_taxonomy.cpp
    // A line of links marked rel="tag" under at most a short label: the page's tags or
    // categories ("Filed under: Politics, Economy"), not its text.
    bool is_tag_line(std::uint32_t n) const;

    // extract_teaser_entries.cpp
    // A box after the core, outside it, of two or more linked headlines each of whose targets
    // another link of its entry repeats (picture, "read more"): teasers with long summaries.
    bool is_teaser_box(std::uint32_t n, std::uint32_t region_text) const;
    static constexpr int kTeaserEntries = 2;

    // extract_post_footer.cpp
    // A line whose links all point back at the post (its address or one under it,
    // rel="trackback") or at its taxonomy (rel="tag"), two at least, one of them back at the
    // post: a blog template's post footer ("Filed under … Bookmark the permalink").
    bool is_post_footer(std::uint32_t n) const;
    // Marks such lines closing the region (after the other chrome went); returns how many.
    std::size_t drop_post_footers(std::uint32_t root);
    static constexpr std::uint32_t kPostFooter = 400;  // three or four template sentences
    // n stands after the <footer> of the <article> that is or holds the core, in that
    // <article>, and is short (kPostFooter at most, no heading): the article's own footer ended
    // it, and what the template hangs below it (a comment form's consent line) is not the post.
    bool after_own_footer(std::uint32_t n) const;
    mutable std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> article_footers_;  // per <article>: its <footer> children

    // extract_action_row.cpp
    // A short line at the region's edge whose links are two or more one-word buttons, beside a
    // label or a count and no sentence: a rating, feedback or print/save widget.
    bool is_action_row(std::uint32_t n, std::uint32_t root) const;
    // A rating without buttons: a run of star glyphs, then a figure and a count (one word at most).
    bool is_rating_row(std::uint32_t n) const;

    // extract_author_card.cpp
    // A box at the region's end of a picture, then a name alone on a line, closing on a link
    // of a word or two (follow): the author's card.
    bool is_author_card(std::uint32_t n, std::uint32_t root) const;
    // n's text runs parted by a space (text_of glues a block's runs: "1.2K claps" and
    // "34 responses" in two <div>s read "claps34"), for the line shapes that count words.
    std::string runs_apart(std::uint32_t n) const;
    // A date line that holds, or stands in a small box of facts beside, a span of hours
    // ("18:00 bis 1:00 Uhr"): when an event takes place, a fact of the text; a publication is
    // stamped with one instant.
    bool is_event_date(std::uint32_t n) const;
    // A dated line naming a version ("v2.4.1 (2024-03-12)"): a release's entry, not the dateline.
    bool names_release(std::string_view t) const;
    static constexpr std::uint32_t kEventFacts = 160;
    static constexpr std::uint32_t kCardMin = 20, kCardMax = 400, kCardButton = 20;
    static constexpr std::uint32_t kBioMax = 1200;     // a profile of a few sentences
    static constexpr std::uint32_t kBioParagraphs = 4;
    // A box of a portrait and a name alone on a line over paragraphs, the first opening with that
    // name: a person's profile, with or without the page naming its author; one such box among
    // its siblings (a list of people is a text of its own).
    bool is_profile_box(std::uint32_t n) const;
    // A box of a few paragraphs after the article's prose linking where the byline's name links:
    // the writer's profile (extract_writer_profile.cpp).
    bool links_to_byline(std::uint32_t n) const;
    bool same_opening(std::uint32_t a, std::uint32_t b) const;
    bool echoes_byline(std::uint32_t n, std::uint32_t from, std::uint32_t to) const;  // extract_byline_echo.cpp
    std::string shown_text(std::uint32_t a) const;
    bool names_author(std::string_view name) const;
    bool is_hover_card(std::uint32_t n) const;
    // n has a sibling of its tag and class with a portrait and a paragraph: a list of people.
    bool among_people(std::uint32_t n) const;
    // Two or more siblings of n's tag and class hold a picture and a line of text as n does: n is
    // one entry of a list (a thread's posts, each a portrait, a name and a reply link), no card.
    bool among_cards(std::uint32_t n) const;
    std::uint32_t first_paragraph(std::uint32_t n) const;           // n's first <p> (or <div> of prose), or no_node
    bool opens_with(std::uint32_t p, std::string_view name) const;  // p's text opens with the name line's name
};

}  // namespace winnow::detail::extraction
