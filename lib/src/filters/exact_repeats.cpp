// Exact repeats: a short top-level block (heading, paragraph, quote, list, caption, a table of
// one row) whose normalized text stands two or more times as its own block in the article is
// noise, every copy, whatever its words: an article says a thing once; an inserted line ("the
// article goes on below", a sponsor line, a box title) is pasted between paragraphs again and
// again. This runs after the evidence-weighing repeated-block pass and needs no language cue.
// A copy with its sentences shuffled is the same text (sentences_key; prose: its words sorted).
//
// Exceptions are structural, never wording:
//  - pages built from a repeating layout (more than kLayoutGroups different repeats);
//  - labels that introduce what follows: a copy ending in a colon or a question mark
//    ("Update:", the same questions put to several guests) followed by a longer other block;
//  - a template filled in several times: the repeats come back in one fixed order;
// A box pasted with a live figure in it ("Join 4,048 readers…", then "Join 72,639 readers…") is
// one text too: three or more short blocks alike but for their number, the numbers in no running
// order (not "Step 1", "Step 2", nor the years of a chronicle), are grouped as copies (counter_keys.cpp).
//  - attribution lines under quotations (they start with a dash);
//  - a line under each record's short title ("see it at …" under every product), unless it
//    is a sentence under 3+ records with text of the page's own between them (a template's);
//  - turns of a dialogue: two or more different short labels, each copy followed by text of
//    its own, alternating (speakers of an interview, Q/A, Pros/Cons per product);
//  - the page's title restated in the text;
//  - verse: a copy whose nearest non-repeated neighbours on both sides are short lines (a
//    refrain between the lines of a song or poem);
//  - prose (a full sentence of kProseSentence words or more, or a block over kMaxWords, up to
//    kMaxProseWords) is judged apart (drop_prose): it goes only when its copies are interleaved
//    with the article (some two copies have a paragraph of other, unrepeated text between them)
//    and its words are foreign to the article. A dek restated as the first paragraph, a section
//    or an article printed twice stand back to back (or with only other repeats between) and
//    share the article's names and topic words; a box pasted between the paragraphs does
//    neither. Longer blocks are left to the evidence pass.
// Lists are candidates as a whole; their items and table cells are not looked at one by one
// (repeated header cells and items inside one table or list are content).
#include <algorithm>
#include <unordered_map>

#include <utf8proc.h>

#include "ascii.hpp"
#include "block_edit.hpp"
#include "filters/counter_keys.hpp"
#include "filters/evidence.hpp"
#include "filters/filters.hpp"

namespace winnow::detail {

namespace {

constexpr std::size_t kMaxWords = 40;   // longer repeats are prose
constexpr std::size_t kMaxProseWords = 120;  // longer still: the evidence pass decides
constexpr std::size_t kProseShared = 20;  // at most this % of a pasted prose repeat's words in the article
constexpr std::size_t kVerseLine = 12;  // a neighbour this short is a line of verse
constexpr std::size_t kVerseChars = 72;  // and this short in characters
constexpr std::size_t kLabelWords = 3;  // a speaker / section label
constexpr std::size_t kProseSentence = 14;  // a sentence this long is prose, not a pasted line
constexpr std::size_t kLayoutGroups = 8; // more different repeats than this: a layout page

// Normalized text: letters lower-cased, digits kept (so "Step 1" and "Step 2" differ),
// everything else a single separator.
std::string normalized(std::string_view text, bool decode_all = false) {
    std::string out;
    out.reserve(text.size());
    bool gap = false;
    for (std::size_t i = 0; i < text.size();) {
        // ASCII without decoding: a letter lower-cased as utf8proc does it, a digit as it is.
        if (const auto c = static_cast<unsigned char>(text[i]); c < 0x80 && !decode_all) {
            ++i;
            const bool letter = static_cast<unsigned>((c | 0x20) - 'a') < 26u;
            if (letter || static_cast<unsigned>(c - '0') < 10u) {
                if (gap && !out.empty()) out += ' ';
                gap = false;
                out += static_cast<char>(letter ? (c | 0x20) : c);
            } else {
                gap = true;
            }
            continue;
        }
        const char32_t cp = next_code_point(text, i);
        if (is_letter(cp) || is_digit(cp)) {
            if (gap && !out.empty()) out += ' ';
            gap = false;
            utf8proc_uint8_t buf[4];
            const auto n = utf8proc_encode_char(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp)), buf);
            out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
        } else {
            gap = true;
        }
    }
    return out;
}

// A short block's sentences normalized and taken in sorted order: a box pasted again with its
// sentences shuffled is the same box. (Blocks group by their normalized text first, which
// ignores punctuation; this joins the shuffled copies of a text of several sentences.)
std::string sentences_key(std::string_view text) {
    std::vector<std::string> parts;
    std::size_t from = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool end = (c == '.' || c == '!' || c == '?') && (i + 1 == text.size() || text[i + 1] == ' ');
        if (end || i + 1 == text.size()) {
            std::string part = normalized(text.substr(from, i + 1 - from));
            if (!part.empty()) parts.push_back(std::move(part));
            from = i + 1;
        }
    }
    if (parts.size() <= 1) return parts.empty() ? std::string() : std::move(parts.front());
    std::sort(parts.begin(), parts.end());
    std::string key;
    for (const auto& p : parts) (key += p) += '|';
    return key;
}

// A label's closing mark: a colon or a question mark (full-width forms too).
bool ends_with_label_mark(std::string_view t) {
    while (!t.empty() && (t.back() == ' ' || t.back() == '\n')) t.remove_suffix(1);
    return t.ends_with(":") || t.ends_with("?") || t.ends_with("\uFF1A") || t.ends_with("\uFF1F");
}

bool ends_sentence(std::string_view t) {
    while (!t.empty() && (t.back() == ' ' || t.back() == '"' || t.back() == '\'' || t.back() == ')')) t.remove_suffix(1);
    return t.ends_with(".") || t.ends_with("!") || t.ends_with("?") || t.ends_with("\u3002") || t.ends_with("\u2026") ||
           t.ends_with("\u201D") || t.ends_with("...");
}

// An attribution line under a quotation ("— Name (@handle) date"): one per quoted post, and two
// posts of one author on one day sign alike.
bool attribution(std::string_view t) {
    const bool opens = t.starts_with("\u2014") || t.starts_with("\u2013") || t.starts_with("\u2015");
    const bool closes = t.ends_with("\u2014") || t.ends_with("\u2013") || t.ends_with("\u2015") || t.ends_with("-");
    return opens && !closes;
}

// A full sentence of prose or a long block: said twice it may be content (a summary over the
// text it sums up); drop_prose judges it.
bool prose(const BlockView& v) { return v.length > kMaxWords || (v.length >= kProseSentence && ends_sentence(v.text)); }

bool eligible(const Block& b, const BlockView& v) {
    if (v.empty || v.words.empty() || attribution(v.text)) return false;
    if (v.candidate) return true;
    return b.kind == BlockKind::table && b.children.size() == 1;  // a one-row table: a box
}

}  // namespace

namespace {

// The page's blocks grouped by normalized text; what the exceptions need to know about them.
struct Groups {
    const std::vector<BlockView>& views;
    std::vector<int> group;                          // per view: its group, or -1
    std::vector<std::vector<std::size_t>> members;   // per group: its views, in page order

    std::vector<std::size_t> before, after;         // per view: nearest non-repeat with text
    std::vector<bool> prose_gone;                    // per view: a prose repeat drop_prose removes

    std::size_t n() const { return views.size(); }
    // A block without words (a picture, a spacer) is no neighbour: read back from text output a
    // picture is only a placeholder, and a copy's context must be the same in both readings.
    bool wordless(std::size_t i) const { return views[i].words.empty(); }
    bool repeated(std::size_t i) const { return group[i] >= 0 && members[static_cast<std::size_t>(group[i])].size() >= 2; }
    // Filled once (a page of 100,000 copies must not scan past all of them for each).
    void find_neighbours() {
        before.assign(n(), n());
        after.assign(n(), n());
        for (std::size_t i = 1, last = n(); i < n(); ++i) {
            if (!wordless(i - 1) && !repeated(i - 1)) last = i - 1;
            before[i] = last;
        }
        for (std::size_t i = n(); i-- > 1;) after[i - 1] = !wordless(i) && !repeated(i) ? i : after[i];
    }
    // The nearest block before / after i with text that is not itself a repeat (n() if none).
    std::size_t neighbour(std::size_t i, bool forward) const { return forward ? after[i] : before[i]; }
    // The block with text before i (n() if none).
    std::size_t prev_text(std::size_t i) const {
        while (i > 0 && wordless(i - 1)) --i;
        return i > 0 ? i - 1 : n();
    }
    // The next block with text (n() if none).
    std::size_t next_text(std::size_t i) const {
        std::size_t j = i + 1;
        while (j < n() && wordless(j)) ++j;
        return j;
    }
};

// Labels: copies ending in a colon or a question mark, each introducing a different, longer
// block ("Update:", the questions put to each guest of a series of interviews); and short
// labels each followed by text of their own that alternate (dialogue turns).
void keep_labels(const Groups& gs, std::vector<bool>& keep) {
    std::vector<bool> turn_label(gs.members.size(), false);
    for (std::size_t g = 0; g < gs.members.size(); ++g) {
        const auto& m = gs.members[g];
        if (m.size() < 2) continue;
        bool label = true, turns = gs.views[m.front()].length <= kLabelWords;
        for (std::size_t i : m) {
            const std::size_t j = gs.next_text(i);
            const bool followed = j < gs.n() && !gs.repeated(j);
            label = label && followed && ends_with_label_mark(gs.views[i].text);
            turns = turns && followed && gs.views[j].length > gs.views[i].length;
        }
        if (label) keep[g] = true;
        turn_label[g] = turns;
    }
    std::vector<int> seq;
    for (std::size_t i = 0; i < gs.n(); ++i)
        if (gs.repeated(i) && turn_label[static_cast<std::size_t>(gs.group[i])]) seq.push_back(gs.group[i]);
    std::size_t changes = 0;
    for (std::size_t k = 1; k < seq.size(); ++k) changes += seq[k] != seq[k - 1];
    std::vector<int> distinct = seq;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    if (distinct.size() >= 2 && changes * 2 >= seq.size())
        for (int g : distinct) keep[static_cast<std::size_t>(g)] = true;
}

// A template filled in again and again: three or more different blocks, each said the same
// number of times (three or more), come back in one fixed order (the same questions to each
// guest, the same fields of each record); other blocks may stand between the rounds. Inserted
// boxes do not come back in a fixed order.
void keep_cycles(const Groups& gs, std::vector<bool>& keep) {
    std::unordered_map<std::size_t, std::vector<int>> by_count;  // copies -> groups
    for (std::size_t g = 0; g < gs.members.size(); ++g)
        if (gs.members[g].size() >= 3) by_count[gs.members[g].size()].push_back(static_cast<int>(g));
    for (const auto& [count, groups] : by_count) {
        if (groups.size() < 3) continue;
        std::vector<int> seq;
        for (std::size_t i = 0; i < gs.n(); ++i)
            if (gs.group[i] >= 0 && std::find(groups.begin(), groups.end(), gs.group[i]) != groups.end())
                seq.push_back(gs.group[i]);
        const std::size_t period = groups.size();
        bool cycle = true;
        for (std::size_t k = period; k < seq.size() && cycle; ++k) cycle = seq[k] == seq[k - period];
        // The fields of a template hold different text between them; a box of several blocks
        // pasted again and again comes back in one order too, but with nothing in between.
        std::size_t gaps = 0, filled = 0;
        for (std::size_t i = 0, last = gs.n(); i < gs.n(); ++i) {
            if (gs.group[i] < 0 || std::find(groups.begin(), groups.end(), gs.group[i]) == groups.end()) continue;
            if (last < gs.n()) {
                ++gaps;
                bool fill = false;
                for (std::size_t k = last + 1; k < i && !fill; ++k) fill = !gs.wordless(k) && !gs.repeated(k);
                filled += fill;
            }
            last = i;
        }
        if (!cycle || filled * 2 < gaps) continue;
        for (int g : groups) keep[static_cast<std::size_t>(g)] = true;
        // Within such a page, a block said once in each of a few rounds is the template's too
        // (the same closing line under two guests of the same name).
        std::vector<std::size_t> round(gs.n(), 0);
        for (std::size_t i = 0, r = 0; i < gs.n(); ++i) {
            r += gs.group[i] == seq.front();
            round[i] = r;
        }
        for (std::size_t g = 0; g < gs.members.size(); ++g) {
            const auto& m = gs.members[g];
            bool spread = m.size() >= 2;
            for (std::size_t k = 1; k < m.size() && spread; ++k) spread = round[m[k]] != round[m[k - 1]];
            if (spread) keep[g] = true;
        }
    }
}

// A line of verse: a few words, and few letters too (Finnish, Hungarian, Turkish say a whole
// sentence in ten long words: "Kassalla vuorottelee kymmenen vapaaehtoista, joista vanhin on
// jo yli kahdeksankymmenen." is prose). Characters, not bytes: a Greek or Hindi line takes two
// or three bytes a letter.
bool verse_line(const BlockView& v) {
    if (v.length > kVerseLine) return false;
    std::size_t chars = 0;
    for (const char c : v.text) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return chars <= kVerseChars;
}

// A sentence said under each of kTemplateRecords or more records, with text of the page's own
// (a sentence not repeated) between two of them, is the template's line, not the records':
// a disclosure or notice set under every product of a review. A record's own line ("see it
// at …") is a label, not a sentence; and a listing whose records hold only a title and the
// line keeps it (there it is the only text the records have).
bool template_sentence(const Groups& gs, const std::vector<std::size_t>& m) {
    constexpr std::size_t kTemplateRecords = 3;
    if (m.size() < kTemplateRecords || gs.views[m.front()].title_like) return false;
    for (std::size_t c = 1; c < m.size(); ++c)
        for (std::size_t k = m[c - 1] + 1; k < m[c]; ++k)
            if (!gs.wordless(k) && !gs.repeated(k) && !gs.views[k].title_like) return true;
    return false;
}

// Context: most copies sit between short lines (a refrain in verse), or right under a short
// title of their own (a line that belongs to each record of a listing: "see it at …" under
// every product). An inserted line stands between paragraphs of prose.
void keep_by_context(const Groups& gs, std::vector<bool>& keep, BudgetTicker& ticker) {
    for (std::size_t g = 0; g < gs.members.size(); ++g) {
        const auto& m = gs.members[g];
        if (m.size() < 2 || keep[g]) continue;
        ticker.tick();
        // Copies standing back to back count once for verse: a refrain sits between lines of
        // its poem, and copies pasted one after another have only their own kind beside them.
        std::size_t verse = 0, record = 0, runs = 0;
        for (std::size_t i : m) {
            ticker.tick();
            const std::size_t p = gs.prev_text(i);
            if (p < gs.n() && gs.group[p] == gs.group[i]) continue;
            ++runs;
            const std::size_t before = gs.neighbour(i, false), after = gs.neighbour(i, true);
            const bool short_before = before >= gs.n() || verse_line(gs.views[before]);
            const bool short_after = after >= gs.n() || verse_line(gs.views[after]);
            verse += short_before && short_after && (before < gs.n() || after < gs.n());
        }
        for (std::size_t i : m) {
            ticker.tick();
            std::size_t prev = i;
            while (prev > 0 && gs.wordless(prev - 1)) --prev;
            record += prev > 0 && !gs.repeated(prev - 1) && gs.views[prev - 1].title_like;
        }
        keep[g] = verse * 2 > runs || (record * 2 > m.size() && !template_sentence(gs, m));
        // A heading and its mention elsewhere (a table of contents, a pull quote, a byline at the
        // foot): of two copies one opens prose, the other stands among short blocks. An
        // inserted line opens prose wherever it is pasted.
        if (m.size() == 2) {
            auto opens = [&](std::size_t i) {
                const std::size_t j = gs.next_text(i);
                return j < gs.n() && !gs.repeated(j) && gs.views[j].length >= kVerseLine;
            };
            auto among_short = [&](std::size_t i) {
                const std::size_t j = gs.next_text(i);
                return j < gs.n() && !gs.repeated(j) && gs.views[j].length < kVerseLine;
            };
            keep[g] = keep[g] || (opens(m[0]) && among_short(m[1])) || (opens(m[1]) && among_short(m[0]));
            // Section titles listed together again (contents, "in this story"): the other copy
            // stands next to a copy of another title, while this one stands alone in prose. A
            // pasted box of several lines has its lines together in every copy.
            auto alone = [&](std::size_t i) {
                const std::size_t p = gs.prev_text(i), j = gs.next_text(i);
                return (p >= gs.n() || !gs.repeated(p)) && (j >= gs.n() || !gs.repeated(j));
            };
            auto beside_other = [&](std::size_t i) {
                for (const std::size_t k : {gs.prev_text(i), gs.next_text(i)})
                    if (k < gs.n() && gs.repeated(k) && gs.group[k] != gs.group[i]) return true;
                return false;
            };
            keep[g] = keep[g] || (opens(m[0]) && alone(m[0]) && beside_other(m[1])) ||
                      (opens(m[1]) && alone(m[1]) && beside_other(m[0]));
        }
        // A section said twice (an article printed twice on its page): each copy is followed by
        // the same long block. A pasted line is followed by different text each time.
        std::string follow;
        bool same_follow = true;
        for (std::size_t k = 0; k < m.size() && same_follow; ++k) {
            const std::size_t j = gs.next_text(m[k]);
            same_follow = j < gs.n() && !gs.repeated(j) && !gs.prose_gone[j] && gs.views[j].length >= kVerseLine;
            if (!same_follow) break;
            std::string f = normalized(gs.views[j].text);
            same_follow = k == 0 || f == follow;
            follow = std::move(f);
        }
        keep[g] = keep[g] || same_follow;
    }
}

// Prose said again (see the header): marks the copies that go. Grouped apart from the short
// blocks, so the exceptions above see the page as before; a block said once counts as the
// article's, and so does a repeated short block (it is not between copies as prose).
std::vector<bool> drop_prose(const std::vector<BlockView>& views, const std::vector<std::size_t>& eligible_prose) {
    std::vector<bool> gone(views.size(), false);
    // (Keyed by the folded words the views already hold, normalizing long blocks again costs;
    // they fold digits to 0, so the digits go in too: "Part 1 …" and "Part 2 …" differ. Both
    // taken in any order: a box pasted again with its sentences shuffled is the same box, and
    // two paragraphs of the same words in another order are no article's.)
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> groups;
    // A multiset's hash: the sum of each element's mixed hash, the same in any order, so
    // nothing is copied or sorted.
    const auto mix = [](std::uint64_t x) {
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
        return x ^ (x >> 31);
    };
    for (std::size_t i : eligible_prose) {
        std::uint64_t h = mix(views[i].words.size());
        for (auto w : views[i].words) h += mix(w);
        // (Digits are few: eight bytes without one are passed over at once.)
        const std::string_view t = views[i].text;
        for (std::size_t k = 0; k < t.size();) {
            if (k + 8 <= t.size() && !has_ascii_digit8(t.data() + k)) {
                k += 8;
                continue;
            }
            const char c = t[k++];
            if (c >= '0' && c <= '9') h += mix(0x100u + static_cast<unsigned char>(c));
        }
        groups[h].push_back(i);
    }
    std::vector<bool> repeated(views.size(), false);
    std::size_t count = 0;
    for (const auto& [text, m] : groups)
        if (m.size() >= 2) {
            ++count;
            for (std::size_t i : m) repeated[i] = true;
        }
    // Many paragraphs said again: a page printed twice over (and each interleaving test would
    // walk the page again).
    if (count == 0 || count > kLayoutGroups) return gone;
    std::vector<std::uint64_t> article;  // words of the blocks said once
    for (std::size_t i = 0; i < views.size(); ++i)
        if (!repeated[i]) article.insert(article.end(), views[i].set.begin(), views[i].set.end());
    std::sort(article.begin(), article.end());
    for (const auto& [text, m] : groups) {
        if (m.size() < 2) continue;
        bool interleaved = false;
        for (std::size_t k = 1; k < m.size() && !interleaved; ++k)
            for (std::size_t i = m[k - 1] + 1; i < m[k] && !interleaved; ++i)
                interleaved = !repeated[i] && views[i].length >= kVerseLine;
        if (!interleaved) continue;
        const auto& words = views[m.front()].set;
        std::size_t shared = 0;
        for (auto w : words) shared += std::binary_search(article.begin(), article.end(), w);
        if (shared * 100 > words.size() * kProseShared) continue;
        for (std::size_t i : m) gone[i] = true;
    }
    return gone;
}

}  // namespace

void remove_exact_repeats(Document& doc, const NoiseOptions& options, ViewMemo* memo, const Budget& budget) {
    if (!options.repeated_blocks || doc.body.size() < 3) return;
    BudgetTicker ticker(budget, "noise filtering", 256);
    LiftedQuotes lifted(doc);
    const auto views = view_blocks(doc, memo);
    Groups gs{views, std::vector<int>(views.size(), -1), {}, {}, {}, {}};
    std::vector<std::size_t> prose_blocks;
    // Per group, the normalized text of its first member (the key it was made under; the map's
    // nodes stay put, so the pointers hold): the title test below reads it instead of
    // normalizing every group's text again.
    std::vector<const std::string*> group_text;
    std::unordered_map<std::string, int> id, shuffled;  // by normalized text, by sorted sentences
    {
        std::vector<std::string> keys(views.size());
        std::vector<bool> candidate(views.size(), false);
        for (std::size_t i = 0; i < views.size(); ++i) {
            ticker.tick();
            if (!eligible(doc.body[views[i].index], views[i]) || views[i].length > kMaxProseWords) continue;
            if (prose(views[i])) {
                prose_blocks.push_back(i);
                continue;
            }
            keys[i] = normalized(views[i].text);
            candidate[i] = true;
        }
        counter_keys(keys, views);
        for (std::size_t i = 0; i < views.size(); ++i) {
            if (!candidate[i]) continue;
            std::string key = std::move(keys[i]);
            auto it = id.find(key);
            if (it == id.end()) {
                // A new text: the same sentences in another order join their group.
                // (Only a text with a sentence end inside has sentences to shuffle.)
                const std::string_view t = views[i].text;
                const bool inner_end = t.find(". ") != std::string_view::npos || t.find("! ") != std::string_view::npos ||
                                       t.find("? ") != std::string_view::npos;
                std::string sorted = inner_end ? sentences_key(t) : key;
                const bool several = sorted != key;
                const auto sh = several ? shuffled.find(sorted) : shuffled.end();
                const int g = sh != shuffled.end() ? sh->second : static_cast<int>(gs.members.size());
                const bool new_group = g == static_cast<int>(gs.members.size());
                if (new_group) gs.members.emplace_back();
                if (several) shuffled.emplace(std::move(sorted), g);
                it = id.emplace(std::move(key), g).first;
                if (new_group) group_text.push_back(&it->first);
            }
            gs.group[i] = it->second;
            gs.members[static_cast<std::size_t>(it->second)].push_back(i);
        }
    }
    // A page built from a repeating layout (plans, menus, listings) repeats many different
    // blocks: there repetition says nothing.
    std::size_t repeated_groups = 0;
    for (const auto& m : gs.members) repeated_groups += m.size() >= 2;
    if (repeated_groups > kLayoutGroups) return;

    gs.prose_gone = drop_prose(views, prose_blocks);
    gs.find_neighbours();
    std::vector<bool> keep(gs.members.size(), false);
    // The page's title restated in its text (a letter's subject line).
    if (!doc.meta.title.empty()) {
        const std::string title = normalized(doc.meta.title);
        for (std::size_t g = 0; g < gs.members.size(); ++g) keep[g] = *group_text[g] == title;
    }
    keep_labels(gs, keep);
    keep_cycles(gs, keep);
    keep_by_context(gs, keep, ticker);

    std::vector<std::size_t> drop;
    std::vector<double> scores;
    for (std::size_t i = 0; i < views.size(); ++i)
        if (gs.prose_gone[i] || (gs.repeated(i) && !keep[static_cast<std::size_t>(gs.group[i])])) {
            drop.push_back(views[i].index);
            scores.push_back(0.7);
        }
    if (!drop.empty()) remove_top_level(doc, std::move(drop), RemovalReason::repeated_block, scores, lifted.owners());
}

std::string exact_repeat_key(std::string_view text, bool decode_all) { return normalized(text, decode_all); }

}  // namespace winnow::detail
