// A live blog's updates told from readers' posts (comments_updates.hpp).
#include "comments_updates.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract_lines.hpp"
#include "text_length.hpp"
#include "weekday_in_line.hpp"

namespace winnow::detail {

namespace {

constexpr std::uint32_t kSignLine = 40;   // a name line: a name or a handle, a few words
constexpr std::uint32_t kPostWords = 40;  // a text run of a post's words: the post has begun
constexpr std::size_t kMaxSigns = 8;      // short lines read per entry
constexpr std::uint32_t kDatedLine = 110;  // "Posted by: NAME at March 3, 2012 04:10 PM"

}  // namespace

// The words of a short line that are no part of a date, lowercased and joined by one space:
// numbers (digits part words: "23h10", "2024年6月2日"), signs left alone by them ("h", "年") and
// date words (months, weekdays, "at", "pm") set aside. "Jane Roe - 3 March 2012, 4:10 pm" ->
// "jane roe"; "山田花子2024年6月2日 10:12" -> "山田花子"; "14 marzo 2024, 18:20" -> "".
std::string undated_words(std::string_view line) {
    std::string out;
    const auto parts = [](unsigned char c) {
        return c <= ' ' || (c < 0x80 && !std::isalpha(c) && c != '\'' && c != '-');
    };
    for (std::size_t i = 0; i < line.size();) {
        while (i < line.size() && parts(static_cast<unsigned char>(line[i]))) ++i;
        std::size_t j = i;
        while (j < line.size() && !parts(static_cast<unsigned char>(line[j]))) ++j;
        const std::string_view word = line.substr(i, j - i);
        i = j;
        if (text_length(word) < 2 || word.find_first_not_of("-'") == std::string_view::npos || is_date_word_of_line(word) ||
            weekday_in_line(line, static_cast<std::size_t>(word.data() - line.data()), word.size()))
            continue;
        if (!out.empty()) out += ' ';
        for (const char c : word) out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

namespace {

// A bold run opening its block, no text before it there ("<p><b>19:45</b> The polls…",
// "<p><strong>Polls are open.</strong> Voting…"): an update's headline set in its first line.
bool opens_block_in_bold(const Dom& dom, std::uint32_t d, const std::vector<std::uint32_t>& text) {
    if (!dom.is(d, GUMBO_TAG_B) && !dom.is(d, GUMBO_TAG_STRONG)) return false;
    const std::uint32_t p = dom.nodes[d].parent;
    if (p == no_node || !is_block_element(dom.nodes[p].tag) || text[d] == 0) return false;
    for (std::uint32_t c = dom.nodes[p].first_child; c != d; c = dom.nodes[c].next_sibling)
        if (!dom.nodes[c].removed && text[c] > 0) return false;
    return true;
}

// What an entry shows of its writer and its kind.
struct EntryReading {
    bool update = true;     // false: a linked heading (a teaser's) or a portrait before the words
    bool headline = false;  // a heading of its own, or a first line in bold
    std::vector<std::string> signs;  // its short lines' undated words
};

// Reads entry e: its short lines into signs (each line's undated words, when any are left): a
// block of a few words with no sentence end, or loose text of that size in the entry itself; a
// heading that is a date line (a post's name and day set as its heading) is one of them. Other
// headings are the update's headline, figures a picture's caption: passed over.
EntryReading read_entry(const Dom& dom, std::uint32_t e, const std::vector<std::uint32_t>& text,
                        const std::vector<std::uint32_t>& link, PostLines& lines) {
    EntryReading r;
    const auto sign = [&](std::string_view line) {
        if (r.signs.size() < kMaxSigns && !name_line_ends_sentence(line))
            if (std::string w = undated_words(line); !w.empty()) r.signs.push_back(std::move(w));
    };
    bool words = false;  // the post's words have begun
    std::size_t seen = 0;
    for (std::uint32_t d = dom.next_in(e, e); d != no_node && seen < kMaxEntryWalk; ++seen) {
        const DomNode& n = dom.nodes[d];
        if (n.removed) {
            d = dom.next_in(d, e, true);
            continue;
        }
        if (n.type == NodeType::text) {
            if (text[d] >= kPostWords) words = true;
            else if (n.parent == e && text[d] > 0) sign(n.text);
            d = dom.next_in(d, e);
            continue;
        }
        if (n.type != NodeType::element) {
            d = dom.next_in(d, e);
            continue;
        }
        if (heading_level(n.tag) != 0) {
            if (text[d] > 0 && text[d] <= kSignLine && lines.date_line(d)) {
                sign(dom.text_of(d));
            } else if (text[d] > 0) {
                if (link[d] * 2 >= text[d]) r.update = false;
                r.headline = true;
            }
            d = dom.next_in(d, e, true);
            continue;
        }
        if (n.tag == GUMBO_TAG_FIGURE) {
            d = dom.next_in(d, e, true);
            continue;
        }
        if (n.tag == GUMBO_TAG_IMG && !words && !is_post_media(dom, d)) r.update = false;
        if (opens_block_in_bold(dom, d, text)) r.headline = true;
        if ((is_block_element(n.tag) || n.parent == e) && text[d] > 0 && text[d] <= kSignLine) sign(dom.text_of(d));
        d = dom.next_in(d, e);
    }
    return r;
}

// Entry e's last words, its date line aside, are a link to another page ("Read more…" after a
// summary, a linked title last): a teaser closes on the page it announces; an update's words
// are its own.
bool closes_on_link(const Dom& dom, std::uint32_t e, const std::vector<std::uint32_t>& text, PostLines& lines) {
    // The entry's last text that is no date line: its texts gathered first and read from the
    // end (a date line is read once or twice per entry, not for every line of it).
    std::vector<std::uint32_t> texts;
    std::size_t seen = 0;
    for (std::uint32_t d = dom.next_in(e, e); d != no_node && seen < kMaxEntryWalk; ++seen) {
        if (dom.nodes[d].removed) {
            d = dom.next_in(d, e, true);
            continue;
        }
        if (dom.nodes[d].type == NodeType::text && text[d] > 0) texts.push_back(d);
        d = dom.next_in(d, e);
    }
    std::uint32_t last = no_node;
    for (auto t = texts.rbegin(); t != texts.rend() && last == no_node; ++t)
        if (!lines.date_line(*t)) last = *t;
    for (std::uint32_t p = last; p != no_node && p != e; p = dom.nodes[p].parent)
        if (dom.is(p, GUMBO_TAG_A)) {
            const std::string_view href = dom.attr(p, "href");
            return !href.empty() && href.front() != '#' && !href.starts_with("javascript:");
        }
    return false;
}

}  // namespace

bool updates_of_a_day(const Dom& dom, std::uint32_t n, const EntryKind& k, const std::vector<std::uint32_t>& text,
                      PostLines& lines) {
    int updates = 0;
    for (std::uint32_t c = dom.nodes[n].first_child; c != no_node; c = dom.nodes[c].next_sibling) {
        if (dom.nodes[c].type != NodeType::element || dom.nodes[c].removed || text[c] == 0 || !(kind_of(dom, c) == k)) continue;
        if (!has_heading(dom, c) || !has_date_line(dom, c, text, lines) || has_day_line(dom, c, text, lines)) return false;
        ++updates;
    }
    return updates >= 3;
}

namespace {

// Entries that show a line fewer than half of them show (each line counted once per entry).
// Counted in one pass: a thread of thousands of replies asks this of every line, and a count
// per line over all entries was quadratic.
int own_lines(std::vector<std::vector<std::string>>& signs) {
    const auto entries = static_cast<int>(signs.size());
    std::unordered_map<std::string_view, int> shown_by;
    for (std::vector<std::string>& e : signs) {
        std::sort(e.begin(), e.end());
        e.erase(std::unique(e.begin(), e.end()), e.end());
        for (const std::string& line : e) ++shown_by[line];
    }
    int own = 0;
    for (const std::vector<std::string>& e : signs)
        own += std::any_of(e.begin(), e.end(), [&](const std::string& line) { return shown_by[line] * 2 < entries; });
    return own;
}

}  // namespace

bool signed_by_writers(const Dom& dom, std::uint32_t first, const EntryKind& k, const std::vector<std::uint32_t>& text,
                       const std::vector<std::uint32_t>& link, PostLines& lines) {
    std::vector<std::vector<std::string>> signs;
    for (std::uint32_t c = first; c != no_node; c = dom.nodes[c].next_sibling) {
        if (dom.nodes[c].type != NodeType::element || dom.nodes[c].removed || text[c] == 0 || !(kind_of(dom, c) == k)) continue;
        EntryReading r = read_entry(dom, c, text, link, lines);
        // The date's line: the block it stands in ("<p>Posted by NAME at <a>DATE</a></p>").
        std::uint32_t d = date_line_of(dom, c, text, lines);
        while (d != no_node && d != c && !(dom.nodes[d].type == NodeType::element && is_block_element(dom.nodes[d].tag)))
            d = dom.nodes[d].parent;
        if (d != no_node && d != c && text[d] <= kDatedLine)
            if (std::string w = undated_words(dom.text_of(d)); !w.empty()) r.signs.push_back(std::move(w));
        signs.push_back(std::move(r.signs));
    }
    const auto entries = static_cast<int>(signs.size());
    return entries > 0 && own_lines(signs) * 2 >= entries;
}

bool unsigned_updates(const Dom& dom, std::uint32_t n, const EntryKind& k, const std::vector<std::uint32_t>& text,
                      const std::vector<std::uint32_t>& link, PostLines& lines) {
    std::vector<std::vector<std::string>> signs;
    int dated = 0, teasers = 0, headlines = 0;
    for (std::uint32_t c = dom.nodes[n].first_child; c != no_node; c = dom.nodes[c].next_sibling) {
        if (dom.nodes[c].type != NodeType::element || dom.nodes[c].removed || text[c] == 0 || !(kind_of(dom, c) == k)) continue;
        if (link[c] * 2 >= text[c]) return false;  // a list of links with their dates
        EntryReading r = read_entry(dom, c, text, link, lines);
        if (!r.update) return false;
        headlines += r.headline;
        signs.push_back(std::move(r.signs));
        if (has_date_line(dom, c, text, lines)) ++dated;
        if (closes_on_link(dom, c, text, lines)) ++teasers;
    }
    const auto entries = static_cast<int>(signs.size());
    // Most entries with a headline of their own: an update is a piece of news, a post is a reply.
    if (entries < 3 || dated * 5 < entries * 4 || teasers * 2 >= entries || headlines * 5 < entries * 3) return false;
    // Entries signed by a line that varies: one fewer than half the entries show (a reader's
    // name, however many posts each reader wrote). A line most entries show is the publisher's
    // (one author, a share link), and so is an update's single second author.
    return own_lines(signs) * 4 < entries;
}

}  // namespace winnow::detail
