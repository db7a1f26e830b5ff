// The comment-thread finder: walks the page in document order, keeping count of the article's
// prose so far, and asks each box whether it is a thread that answers it. The shapes a thread
// takes have their files: comments_thread_entries.cpp (a box's entries of one kind),
// comments_after_prose.cpp and comments_signed_after.cpp (posts after the article in one box),
// comments_dl.cpp, comments_untitled*.cpp, comments_signed.cpp, comments_lone_post.cpp;
// comments_updates.cpp tells a live blog's updates from readers' posts.
#include "comments.hpp"

#include <string>
#include <string_view>

#include "comments_after_prose.hpp"
#include "comments_dl.hpp"
#include "comments_entry.hpp"
#include "comments_lines.hpp"
#include "comments_lone_post.hpp"
#include "comments_thread_entries.hpp"
#include "comments_untitled.hpp"
#include "comments_updates.hpp"
#include "extract_lines.hpp"
#include "prune.hpp"
#include "text_length.hpp"

namespace winnow::detail {

namespace {

// Prose under the title that is an article's, not a summary's: a few sentences.
constexpr std::uint32_t kArticleLength = 250;
// Boxes of nested replies on a page with no title whose column is read for the post they answer.
constexpr int kUntitledReplyChecks = 4;

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

// The walk over the page: what prose stood before each box, and the tests a box is asked in turn.
class ThreadFinder {
public:
    ThreadFinder(const Dom& dom, const std::vector<std::uint32_t>& text, const std::vector<std::uint32_t>& link,
                 const NameHints& names, std::uint32_t title_end, bool settle)
        : dom_(dom), text_(text), link_(link), names_(names), title_end_(title_end), settle_(settle),
          out_(dom.nodes.size(), 0), inside_(dom.nodes.size(), 0), lines_(dom) {}
    std::vector<std::uint8_t> run();

private:
    void read_prose(std::uint32_t i);
    bool box_is_thread(std::uint32_t i);
    bool entries_thread(std::uint32_t i, EntryKind entries, bool after_article);
    bool shaped_posts(std::uint32_t i, bool after_article);
    void mark(std::uint32_t c, std::uint8_t how) {
        out_[c] = how;
        inside_[c] = 1;
    }
    bool after_title(std::uint32_t i) const { return title_end_ != no_node && i >= title_end_; }

    const Dom& dom_;
    const std::vector<std::uint32_t>& text_;
    const std::vector<std::uint32_t>& link_;
    const NameHints& names_;
    const std::uint32_t title_end_;
    const bool settle_;
    std::vector<std::uint8_t> out_;
    std::vector<std::uint8_t> inside_;  // below a section already found
    PostLines lines_;
    // Prose seen so far in document order: a thread answers an article, it does not open the
    // page (a live blog or a forum thread is the page's own content).
    std::uint32_t prose_before_ = 0, prose_after_title_ = 0;
    bool media_after_title_ = false;  // a photo or a video under the title: a post without prose
    bool posts_open_page_ = false;    // a reader's post shape holds the first prose under the title
    bool heading_seen_ = false;       // a heading stands before: a post's, whatever the title finder made of it
    int untitled_reply_checks_ = 0;   // boxes of nested replies read for a post before them, no title
};

std::vector<std::uint8_t> ThreadFinder::run() {
    const auto count = static_cast<std::uint32_t>(dom_.nodes.size());
    for (std::uint32_t i = 0; i < count; ++i) {
        const DomNode& n = dom_.nodes[i];
        if (n.parent != no_node && (inside_[n.parent] || dom_.nodes[n.parent].removed)) {
            inside_[i] = 1;
            continue;
        }
        read_prose(i);
        if (n.type != NodeType::element || n.removed) continue;
        box_is_thread(i);
    }
    return std::move(out_);
}

// Counts node i's prose (a <p>, a run set loose with <br>, a poem's lines under the title), a
// post's media under the title and the headings seen.
void ThreadFinder::read_prose(std::uint32_t i) {
    const Dom& dom = dom_;
    const auto& text = text_;
    const auto& link = link_;
    const DomNode& n = dom.nodes[i];
    if (n.type == NodeType::text && loose_prose(dom, i, text, link)) {
        prose_before_ += text[i];
        if (after_title(i)) prose_after_title_ += text[i];
    } else if (n.type == NodeType::text && after_title(i) && loose_line(dom, i, text, link)) {
        prose_after_title_ += text[i];  // a poem's lines under the title are its article
    }
    if (n.type == NodeType::element && after_title(i) && is_post_media(dom, i))
        media_after_title_ = true;  // (a player's frame is pruned, yet it is what the post shows)
    if (n.type != NodeType::element || n.removed) return;
    if (heading_level(n.tag) != 0 && text[i] > 0) heading_seen_ = true;
    if (n.tag == GUMBO_TAG_P && text[i] >= 25 && link[i] * 2 < text[i]) {
        prose_before_ += text[i];
        if (after_title(i)) prose_after_title_ += text[i];
    }
}

// Whether element i is (or holds, marked) a thread that answers the prose before it: by name,
// as a <dl>, as posts after prose in one box, or by the shape of its entries.
bool ThreadFinder::box_is_thread(std::uint32_t i) {
    const Dom& dom = dom_;
    const auto& text = text_;
    const auto& link = link_;
    const DomNode& n = dom.nodes[i];
    // An article of a few lines under its title is answered by a thread as much as a long one.
    const bool after_article = prose_before_ >= 250 || prose_after_title_ >= kShortArticle;
    if (heading_level(n.tag) != 0 && after_article && names_(i).comments &&
        mark_thread_after_heading(dom, i, text, out_, inside_, lines_) > 0)
        return true;
    if (text[i] < 40 || n.tag == GUMBO_TAG_BODY || n.tag == GUMBO_TAG_HTML) return false;
    const bool named = names_(i).comments;
    // Writers' lines and their comments as a definition list, after a post's heading or prose.
    if (!named && n.tag == GUMBO_TAG_DL && (after_article || heading_seen_) && dl_thread(dom, i, text, link, lines_)) {
        mark(i, kRepliesThread);
        return true;
    }
    // The box's own paragraphs before its entries are an article they answer, wherever
    // the box stands.
    EntryKind entries = !named && link[i] * 2 < text[i] ? thread_entries(dom, i, text, lines_, settle_) : EntryKind{};
    if (mark_posts_after_prose(dom, i, entries, text, link, lines_, out_, inside_)) return true;
    // A kind fewer than the box's paragraphs is a thread only as the posts after them.
    if (entries.minority) entries = EntryKind{};
    if (named) {
        mark(i, kNamedThread);
        return true;
    }
    if (entries.tag != GUMBO_TAG_UNKNOWN) return entries_thread(i, entries, after_article);
    return shaped_posts(i, after_article);
}

// Box i's entries are of one kind: whether they are a thread that answers the prose (marked),
// or a live blog's updates (the page's text: true, unmarked).
bool ThreadFinder::entries_thread(std::uint32_t i, EntryKind entries, bool after_article) {
    const Dom& dom = dom_;
    const auto& text = text_;
    const auto& link = link_;
    const DomNode& n = dom.nodes[i];
    // A live blog's updates are the page's text, however short its intro: updates of a day
    // under headings, or dated entries none of which is signed by a name of its own.
    if (!entries.rated &&
        (updates_of_a_day(dom, i, entries, text, lines_) || unsigned_updates(dom, i, entries, text, link, lines_)))
        return true;
    // Bare boxes of one kind, the article's and then its readers' posts.
    if (mark_posts_past_article(dom, i, entries, text, link, title_end_, lines_, out_, inside_)) return true;
    // Reviews (entries rated, not dated) after the article's prose answer it wherever they
    // stand, even inside its box: a list of dated entries there may be the page's own news,
    // a list of rated posts is what readers thought of the page's thing.
    const bool reviews = entries.rated && after_article;
    if (reviews || answers_prose_before(dom, i, entries, text, link)) {
        for (std::uint32_t c = n.first_child; c != no_node; c = dom.nodes[c].next_sibling)
            if (dom.nodes[c].type == NodeType::element && kind_of(dom, c) == entries) mark(c, kEntryAfterProse);
        return true;
    }
    if (!entries.rated && follows_prose_in_box(dom, i, entries, text, link, title_end_, lines_)) {
        mark(i, kEntryAfterProse);
        return true;
    }
    // No title heading to measure the article under: readers' entries after a short post in
    // their own column answer it (comments_untitled.cpp).
    if (title_end_ == no_node && !after_article && !entries.rated && entries_are_replies(dom, i, entries, text, lines_) &&
        answers_untitled_post(dom, i, entries, text, link)) {
        mark(i, kRepliesThread);
        return true;
    }
    // A photo or a video posted under its title, with no prose, is answered by readers as an
    // article is: dated posts with no heading of their own after it are its thread, not the page.
    if (!after_article && media_after_title_ && !entries.rated && i >= title_end_ &&
        entries_are_replies(dom, i, entries, text, lines_)) {
        mark(i, kRepliesThread);
        return true;
    }
    if (after_article) {
        mark(i, entries_are_replies(dom, i, entries, text, lines_) ? kRepliesThread : kShapedThread);
        return true;
    }
    return false;
}

// Box i has no kind of entries: whether it holds readers' posts known by how they are signed
// or shaped (nested replies, links to the writers' own sites, a lone post with a portrait).
bool ThreadFinder::shaped_posts(std::uint32_t i, bool after_article) {
    const Dom& dom = dom_;
    const auto& text = text_;
    const auto& link = link_;
    // Nested replies signed by name lines, dated or not, after the article's prose; on a page
    // with no title, after a short post in their own column (comments_untitled_replies.cpp;
    // the column is read for the first few such boxes only: a walk over earlier siblings).
    const bool untitled_post = !after_article && title_end_ == no_node && prose_before_ >= kShortArticle &&
                               untitled_reply_checks_ < kUntitledReplyChecks;
    if ((after_article || untitled_post) && link[i] * 2 < text[i] && nested_replies(dom, i, text, link) &&
        (after_article || (++untitled_reply_checks_, nested_replies_answer_untitled_post(dom, i, text, link)))) {
        mark(i, kShapedThread);
        return true;
    }
    // Undated posts signed by links to their writers' own sites are readers' posts, after
    // the prose or after a picture or a player posted under the title.
    if ((after_article || (media_after_title_ && i >= title_end_)) && link[i] * 2 < text[i] &&
        signed_by_own_pages(dom, i, text)) {
        mark(i, kRepliesThread);
        return true;
    }
    // A post under the title before any article prose: the page is a thread of posts (a
    // forum's), whose first post is its question and whose later posts are its text.
    if (!posts_open_page_ && after_title(i) && !after_article && lone_post(dom, i, text, link, lines_))
        posts_open_page_ = true;
    // A lone reader's post (or a box of a few) after the article's prose: shorter than it,
    // or after an article's length of it (a summary under the title is no article yet).
    if (!posts_open_page_ && after_title(i) && after_article &&
        (text[i] < prose_after_title_ || prose_after_title_ >= kArticleLength) && lone_post(dom, i, text, link, lines_)) {
        mark(i, kRepliesThread);
        return true;
    }
    return false;
}

}  // namespace

std::vector<std::uint8_t> find_comment_sections(const Dom& dom, const std::vector<std::uint32_t>& text,
                                                const std::vector<std::uint32_t>& link, const NameHints& names,
                                                std::uint32_t title_end, bool settle) {
    return ThreadFinder(dom, text, link, names, title_end, settle).run();
}

}  // namespace winnow::detail
