// Extract, question pages. The page's own word: its answers are marked as schema.org
// Answer items (itemprop acceptedAnswer / suggestedAnswer, or itemtype …/Answer). A question
// and its answers are one text, however well the question's box scores alone: a region that
// holds the question but not the answers widens to the nearest box that holds both. Answers
// are not a comment thread: the page says what they are. Without that word, the shape: the
// winner lies in one of a run of sibling posts of one kind after the title, and a box of prose
// stands between the title and the first post (the question, a thread's opening post): the
// question and its answers are one text. Or three or more posts of a named kind open right
// under the title, the first the question: the page is the thread, not its longest post.
// Or the answers in a box of their own under a heading ("3 Answers"), the question in the box
// before it: their parent is the text.
#include "extract_impl.hpp"

#include <cstdio>
#include <string_view>
#include <vector>

#include "comments.hpp"
#include "comments_entry.hpp"
#include "extract_post_rows.hpp"
#include "extract_vote_controls.hpp"
#include "extract_writer_lines.hpp"

namespace winnow::detail::extraction {

namespace {

bool is_answer(const Dom& dom, std::uint32_t n) {
    const std::string_view prop = dom.attr(n, "itemprop");
    if (prop == "acceptedAnswer" || prop == "suggestedAnswer") return true;
    const std::string_view type = dom.attr(n, "itemtype");
    return type.ends_with("/Answer") || type.ends_with("/Answer/");
}

}  // namespace

std::uint32_t Extractor::widen_to_answers(std::uint32_t root) const {
    if (root == no_node) return root;
    std::uint32_t box = root;  // the nearest box holding the root and every answer
    std::uint32_t answers_text = 0;
    for (std::uint32_t i = 0; i < dom_.nodes.size(); ++i) {
        if (dom_.nodes[i].type != NodeType::element || !is_answer(dom_, i)) continue;
        if (i == root || is_ancestor(root, i) || is_ancestor(i, root)) continue;
        if (is_ancestor(box, i)) {
            answers_text += stats_[i].text;
            continue;
        }
        while (box != no_node && !is_ancestor(box, i)) box = dom_.nodes[box].parent;
        if (box == no_node) return root;
        answers_text += stats_[i].text;
        i = subtree_end(i) - 1;  // an answer's own nested items are in it
    }
    if (box == root) return root;
    const DomNode& b = dom_.nodes[box];
    if (b.tag == GUMBO_TAG_BODY || b.tag == GUMBO_TAG_HTML) return root;
    // The box adds the question's title and lines, and unmarked answers: not a page of other
    // text around them.
    const std::uint32_t marked = stats_[root].text + answers_text;
    if (stats_[box].text > 2 * marked) return root;
    if (debug_) std::fprintf(stderr, "answers: region %u widens to %u\n", root, box);
    return box;
}

std::uint32_t Extractor::widen_to_question(std::uint32_t root, std::uint32_t& answers) const {
    if (root == no_node || title_ == no_node) return root;
    // The root is the answers' box itself (its posts scored alike, and the choice took the box
    // that holds them): a heading opens it, two posts of one kind follow.
    if (const std::uint32_t posts_text = headed_posts_text(root); posts_text > 0)
        if (const std::uint32_t both = question_and_answers(root, posts_text); both != no_node) {
            if (answers_alike(question_beside(root), root)) answers = root;
            return both;
        }
    // The post that holds the root: a box of prose with a sibling of its tag and class that
    // holds a line of text at least (a short answer).
    // A post's kind: its tag and the first word of its class. A template names the post first and
    // its state after ("post bg1", "post bg2": a striped thread), whatever words the names are.
    const auto kind_of = [&](std::uint32_t n) { return std::pair{dom_.nodes[n].tag, first_token(dom_.attr(n, "class"))}; };
    const auto prose = [&](std::uint32_t n) { return stats_[n].text - stats_[n].link_text >= kShortArticle; };
    // A box half links or more is a layout's column of navigation, no reader's post: with the
    // names of its wrappers gone, a page's columns are sibling boxes of one kind ("pkg") after
    // a banner's heading, the article in one of them, and would read as a thread.
    const auto navigation_column = [&](std::uint32_t n) { return 2 * stats_[n].link_text >= stats_[n].text; };
    // The first child with text is an unlinked heading, or a box holding only one.
    const auto opens_with_heading = [&](std::uint32_t box) {
        for (std::uint32_t level = 0; box != no_node && level < 3; ++level) {
            std::uint32_t c = dom_.nodes[box].first_child;
            while (c != no_node && (dom_.nodes[c].type != NodeType::element || dom_.nodes[c].removed || stats_[c].text == 0))
                c = dom_.nodes[c].next_sibling;
            if (c == no_node || stats_[c].link_text > 0) return false;
            if (is_heading(dom_.nodes[c].tag)) return true;
            // A box around the heading holds nothing else: its text is the heading's.
            box = c;
            std::uint32_t only = dom_.nodes[c].first_child;
            while (only != no_node && (dom_.nodes[only].type != NodeType::element || stats_[only].text == 0))
                only = dom_.nodes[only].next_sibling;
            if (only == no_node || stats_[only].text != stats_[c].text) return false;
        }
        return false;
    };
    std::uint32_t post = root;
    for (int level = 0; post != no_node && level < kPostDepth; ++level, post = dom_.nodes[post].parent) {
        const std::uint32_t parent = dom_.nodes[post].parent;
        if (parent == no_node || dom_.nodes[post].type != NodeType::element || !prose(post)) continue;
        // The post is the question, the answers' box its next sibling but for their heading,
        // the two of other tags (an <article> and a <section> or <ul>): no run of one kind.
        if (const std::uint32_t after = answers_after(post); after != no_node)
            if (const std::uint32_t both = question_and_answers(after, stats_[after].text); both != no_node) {
                answers = after;
                return both;
            }
        std::uint32_t first = no_node, posts_text = 0;
        int count = 0;
        std::vector<std::uint32_t> posts;
        // The posts' whole class names: one, or two by turns (a striped thread). Boxes of one
        // style that each name their own job ("box tag-box", "box author-box") are no thread.
        std::string_view classes[2];
        bool many_classes = false;
        for (std::uint32_t c = dom_.nodes[parent].first_child; c != no_node; c = dom_.nodes[c].next_sibling)
            if (dom_.nodes[c].type == NodeType::element && !dom_.nodes[c].removed && kind_of(c) == kind_of(post) &&
                stats_[c].text - stats_[c].link_text >= kShortPost && !navigation_column(c)) {
                if (first == no_node) first = c;
                posts.push_back(c);
                posts_text += stats_[c].text;
                ++count;
                const std::string_view cls = dom_.attr(c, "class");
                if (count == 1) classes[0] = cls;
                else if (cls != classes[0] && classes[1].empty()) classes[1] = cls;
                else if (cls != classes[0] && cls != classes[1]) many_classes = true;
            }
        if (count < 2 || many_classes) continue;
        if (first < title_) return root;
        // The question: a box of prose between the title and the first post, when the title
        // heads the posts' box.
        const bool headed = above_title_[parent];
        std::uint32_t question = no_node;
        for (std::uint32_t c = dom_.nodes[parent].first_child; headed && c != first; c = dom_.nodes[c].next_sibling)
            if (dom_.nodes[c].type == NodeType::element && !dom_.nodes[c].removed && c > title_ && prose(c) &&
                link_density(c) < 0.25f && !is_ancestor(c, title_))
                question = c;
        // Or no question box: three or more posts open right under the title (a forum thread,
        // its first post the question); the page is the thread, not its longest post.
        // The posts' kind is named (a class): unnamed boxes under the title are any page's layout,
        // but for a board's rows of a writer's cell beside a message (extract_post_rows.cpp).
        // Or, unnamed boxes, each opening with its writer's panel (name, rank, join date, count),
        // the message after it: a board's posts as much as its rows are.
        const bool opens_thread = question == no_node && count >= kThreadPosts && first > title_ &&
                                  text_before_[first] - text_before_[subtree_end(title_)] <= kEdge &&
                                  (!kind_of(post).second.empty() || posts_in_rows(dom_, stats_, posts) || posts_with_panels(posts));
        // Or the question's box first under the title and one box of answers after it, an
        // unlinked heading between them ("2 Answers"), two posts of one kind in that box.
        // Or the heading opens the answers' box, alone in a box of its own or not.
        // The question is a post of the answers' kind: it carries their vote control (a comment
        // thread under "455 comments" has the same layout, but no article carries its likes).
        const bool answers_box = question == no_node && !opens_thread && headed && count == 2 && first > title_ &&
                                 (heading_over(posts[1]) != no_node || opens_with_heading(posts[1])) &&
                                 boxes_of_one_kind(posts[1]) >= 2 && answers_alike(first, posts[1]);
        if (answers_box) {
            question = first;
            answers = posts[1];
        }
        const DomNode& p = dom_.nodes[parent];
        // The answers in a box of their own under a heading ("2 Answers"), the question in the box
        // before it, under the title or holding it: the two boxes' parent is the text.
        if (!headed && !opens_thread) {
            const bool headed_in = heading_before(parent, first);
            const bool headed_over = !headed_in && heading_over(parent) != no_node;
            if (!headed_in && !headed_over) continue;
            const std::uint32_t both = question_and_answers(parent, posts_text);
            if (both == no_node) continue;
            // Over the box, the heading is all that ties the posts to the question: they must
            // carry its vote control too. A heading inside the box had the widening before.
            const bool alike = answers_alike(question_beside(parent), parent);
            if (headed_over && !alike) continue;
            if (alike) answers = parent;
            return both;
        }
        if ((question == no_node && !opens_thread) || p.tag == GUMBO_TAG_BODY || p.tag == GUMBO_TAG_HTML) return root;
        if (stats_[parent].text > 2 * (posts_text + (question == no_node ? 0 : stats_[question].text))) return root;
        if (debug_) std::fprintf(stderr, "question: region %u widens to %u (question %u)\n", root, parent, question);
        return parent;
    }
    return root;
}

bool Extractor::posts_with_panels(const std::vector<std::uint32_t>& posts) const {
    // The first post is one among equals, not the page's mass: an article under its author's
    // card holds more than the comments set beside it in cards of the same shape.
    std::uint32_t replies = 0;
    for (std::size_t i = 1; i < posts.size(); ++i) replies += stats_[posts[i]].text;
    if (posts.empty() || stats_[posts[0]].text > replies) return false;
    for (const std::uint32_t p : posts)
        if (post_panel(p) == no_node) return false;
    return true;
}

bool Extractor::answers_alike(std::uint32_t question, std::uint32_t answers) const {
    if (question == no_node || answers == no_node) return false;
    if (vote_controls(dom_, stats_, question, 1) >= 1 && vote_controls(dom_, stats_, answers, 2) >= 2) return true;
    // No votes: an asking title, one writer line's shape on the question and the answers
    // (extract_writer_lines.cpp).
    return asked_alike(dom_, stats_, title_, question, answers);
}

std::uint32_t Extractor::answers_after(std::uint32_t post) const {
    const auto next_with_text = [&](std::uint32_t n) {
        for (n = dom_.nodes[n].next_sibling; n != no_node; n = dom_.nodes[n].next_sibling)
            if (dom_.nodes[n].type == NodeType::element && !dom_.nodes[n].removed && stats_[n].text > 0) return n;
        return no_node;
    };
    std::uint32_t box = next_with_text(post);
    if (box == no_node) return no_node;
    // A count heading between the two ("2 Answers"), or opening the answers' box.
    if (is_heading(dom_.nodes[box].tag) && stats_[box].link_text == 0) box = next_with_text(box);
    else if (headed_posts_text(box) == 0) return no_node;
    if (box == no_node || boxes_of_one_kind(box) < 2 || !answers_alike(post, box)) return no_node;
    return box;
}

std::uint32_t Extractor::answers_in_region(std::uint32_t root) const {
    const auto before_with_text = [&](std::uint32_t n) {
        for (n = dom_.previous_sibling(n); n != no_node; n = dom_.previous_sibling(n))
            if (dom_.nodes[n].type == NodeType::element && !dom_.nodes[n].removed && stats_[n].text > 0) return n;
        return no_node;
    };
    // A count heading, bare or alone in a box of its own ("<div><h2>3 Answers</h2></div>").
    const auto count_heading = [&](std::uint32_t b) {
        if (stats_[b].link_text > 0) return false;
        for (int level = 0; b != no_node && level < 3; ++level) {
            if (is_heading(dom_.nodes[b].tag)) return true;
            std::uint32_t only = no_node;
            for (std::uint32_t c = dom_.nodes[b].first_child; c != no_node; c = dom_.nodes[c].next_sibling)
                if (dom_.nodes[c].type == NodeType::element && !dom_.nodes[c].removed && stats_[c].text > 0) {
                    if (only != no_node) return false;
                    only = c;
                }
            if (only == no_node || stats_[only].text != stats_[b].text) return false;
            b = only;
        }
        return false;
    };
    const std::uint32_t end = subtree_end(root);
    for (std::uint32_t n = root + 1; n < end; ++n) {
        if (comments_[n] == 0 || comments_[n] == kNamedThread || dom_.nodes[n].removed) continue;
        const std::uint32_t thread = n;
        n = subtree_end(n) - 1;  // threads are topmost: none inside this one
        std::uint32_t q = before_with_text(thread);
        if (q != no_node && count_heading(q)) q = before_with_text(q);
        if (q == no_node || boxes_of_one_kind(thread) < 2) continue;
        // The question: prose of its own beyond the title, which it holds or follows.
        const bool holds_title = above_title_[q];
        if (!holds_title && q < title_) continue;
        const std::uint32_t own = stats_[q].text - stats_[q].link_text - (holds_title ? stats_[title_].text : 0);
        if (own < kShortArticle || link_density(q) >= 0.25f || !answers_alike(q, thread)) continue;
        if (debug_) std::fprintf(stderr, "question: thread %u in the region answers %u\n", thread, q);
        return thread;
    }
    return no_node;
}

// The heading right before box, its nearest sibling with text ("2 Answers" set between the
// question's box and the answers'); no_node if none.
std::uint32_t Extractor::heading_over(std::uint32_t box) const {
    for (std::uint32_t b = dom_.previous_sibling(box); b != no_node; b = dom_.previous_sibling(b)) {
        const DomNode& e = dom_.nodes[b];
        if (e.type != NodeType::element || e.removed || stats_[b].text == 0) continue;
        return is_heading(e.tag) && stats_[b].link_text == 0 ? b : no_node;
    }
    return no_node;
}

// How many children of box are posts of one kind (the first's tag and first class word), each
// with a line of unlinked text.
int Extractor::boxes_of_one_kind(std::uint32_t box) const {
    std::uint32_t first = no_node;
    int count = 0;
    for (std::uint32_t c = dom_.nodes[box].first_child; c != no_node; c = dom_.nodes[c].next_sibling) {
        const DomNode& e = dom_.nodes[c];
        if (e.type != NodeType::element || e.removed || stats_[c].text - stats_[c].link_text < kShortPost) continue;
        if (e.tag != GUMBO_TAG_DIV && e.tag != GUMBO_TAG_ARTICLE && e.tag != GUMBO_TAG_SECTION && e.tag != GUMBO_TAG_LI) return 0;
        if (first == no_node) first = c;
        if (e.tag == dom_.nodes[first].tag && first_token(dom_.attr(c, "class")) == first_token(dom_.attr(first, "class"))) ++count;
    }
    return count;
}

bool Extractor::heading_before(std::uint32_t box, std::uint32_t first) const {
    for (std::uint32_t d = box + 1; d < first; ++d)
        if (dom_.nodes[d].type == NodeType::element && !dom_.nodes[d].removed && is_heading(dom_.nodes[d].tag) && stats_[d].text > 0)
            return true;
    return false;
}

std::uint32_t Extractor::headed_posts_text(std::uint32_t box) const {
    std::uint32_t first = no_node, text = 0;
    int count = 0;
    bool headed = false;
    for (std::uint32_t c = dom_.nodes[box].first_child; c != no_node; c = dom_.nodes[c].next_sibling) {
        const DomNode& e = dom_.nodes[c];
        if (e.type != NodeType::element || e.removed || stats_[c].text == 0) continue;
        if (!headed) {
            if (!is_heading(e.tag)) return 0;
            headed = true;
            continue;
        }
        // Posts are boxes: an article's own paragraphs under its first subheading are no answers.
        if (e.tag != GUMBO_TAG_DIV && e.tag != GUMBO_TAG_ARTICLE && e.tag != GUMBO_TAG_SECTION && e.tag != GUMBO_TAG_LI) return 0;
        if (first == no_node) first = c;
        if (e.tag != dom_.nodes[first].tag || first_token(dom_.attr(c, "class")) != first_token(dom_.attr(first, "class")) ||
            stats_[c].text - stats_[c].link_text < kShortPost)
            continue;
        ++count;
        text += stats_[c].text;
    }
    return count >= 2 ? text : 0;
}

std::uint32_t Extractor::question_and_answers(std::uint32_t posts_box, std::uint32_t posts_text) const {
    const std::uint32_t beside = question_beside(posts_box);
    const std::uint32_t both = beside == no_node ? no_node : dom_.nodes[posts_box].parent;
    if (both == no_node || dom_.nodes[both].tag == GUMBO_TAG_BODY || dom_.nodes[both].tag == GUMBO_TAG_HTML) return no_node;
    if (stats_[both].text > 2 * (posts_text + stats_[beside].text)) return no_node;
    if (debug_) std::fprintf(stderr, "question: answers %u widen to %u (question %u beside)\n", posts_box, both, beside);
    return both;
}

std::uint32_t Extractor::question_beside(std::uint32_t posts_box) const {
    const std::uint32_t parent = dom_.nodes[posts_box].parent;
    if (parent == no_node || above_title_[posts_box]) return no_node;
    // The answers' heading may stand between the question and them: the question is before it.
    const std::uint32_t heading = heading_over(posts_box);
    const std::uint32_t end = heading == no_node ? posts_box : heading;
    std::uint32_t q = no_node;
    for (std::uint32_t c = dom_.nodes[parent].first_child; c != end && c != no_node; c = dom_.nodes[c].next_sibling)
        if (dom_.nodes[c].type == NodeType::element && !dom_.nodes[c].removed && stats_[c].text > 0) q = c;
    if (q == no_node) return no_node;
    const bool holds_title = above_title_[q];
    if (!holds_title && q < title_) return no_node;
    // Prose of its own beyond the title: the question's body, not a bare headline box.
    const std::uint32_t own = stats_[q].text - stats_[q].link_text - (holds_title ? stats_[title_].text : 0);
    if (own < kShortArticle || link_density(q) >= 0.25f) return no_node;
    return q;
}

}  // namespace winnow::detail::extraction
