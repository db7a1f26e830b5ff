// Foreign boxes: a short run of blocks set between the article's paragraphs, written in a script
// other than the article's and in vocabulary the article never uses, carrying a way out (a link,
// a URL, a button line, a one-row table, emphasis over the whole block; a link line or button
// that extraction dropped right after it). Evidence that holds in
// any language: it needs no word list. A box in the article's own script but in another
// language (or in words of no language) goes too, on stronger evidence: a link, a URL, a one-row
// table, a dropped link line framed as a button ("Label »", "[Label]") or a copy elsewhere on
// the page, and one more cue (emphasis, a button line, a title over
// the text, an exclamation).
//
// Vocabulary is compared by folded words; in scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar)
// by characters, since a run there is a whole clause.
#include <algorithm>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include <utf8proc.h>

#include "filters/evidence.hpp"
#include "filters/filters.hpp"
#include "filters/foreign_words.hpp"
#include "filters/promo_shapes.hpp"

namespace winnow::detail {

namespace {

using foreign_words::alien_letters;
using foreign_words::block_script;
using foreign_words::hash_words;
using foreign_words::letters_prose_writes;
using foreign_words::PageWords;
using foreign_words::same_writing;

constexpr std::size_t kProse = 12;          // a block this long (in words) is article prose
constexpr std::size_t kMinArticle = 60;     // distinct article tokens needed to call words foreign
constexpr std::size_t kMaxUnitWords = 60;   // a box is short
constexpr std::size_t kMaxUnitBlocks = 4;
constexpr std::size_t kMaxStackBlocks = 12; // boxes stacked one after another, with a strong way out
// A block in the article's script this long shares a function word with the article's prose
// if it is in the article's language; up to twice a paragraph's length (a box is short).
constexpr std::size_t kSameScriptWords = 4;
constexpr int kWholeBoxCues = 3;  // a whole box's shape and one more cue (an exclamation, emphasis, a button)
constexpr double kForeign = 0.08;           // at most this share of a block's tokens in the article (same-language text shares function words)

// The tail of a sentence begun on an earlier line (plain text wraps a paragraph, and a line of
// debris may stand between its lines): it opens with a lower-case letter and ends the sentence.
// No box's title or button is written so.
bool sentence_tail(std::string_view t) {
    while (!t.empty() && (t.back() == ' ' || t.back() == '\n')) t.remove_suffix(1);
    if (!(t.ends_with(".") || t.ends_with("!") || t.ends_with("?") || t.ends_with("\u2026"))) return false;
    for (std::size_t i = 0; i < t.size();) {
        const char32_t cp = next_code_point(t, i);
        if (!is_letter(cp)) continue;
        return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LL;
    }
    return false;
}

bool has_link(const Block& b) {
    for (const Span& s : b.spans)
        if (s.kind == Span::Kind::link && !s.target.empty() && s.target.front() != '#') return true;
    for (const Block& c : b.children)
        if (has_link(c)) return true;
    return false;
}

// The block that holds a block's last text (a list's last item, a table's last cell).
const Block& last_text_block(const Block& b) {
    const Block* at = &b;
    while (!at->children.empty()) {
        const Block* next = nullptr;
        for (auto it = at->children.rbegin(); it != at->children.rend() && !next; ++it)
            if (!it->text.empty() || !it->children.empty()) next = &*it;
        if (!next) break;
        at = next;
    }
    return *at;
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t'; }

bool closes_sentence(std::string_view t) {
    for (std::string_view end : {".", "!", "?", "\u3002", "\uFF01", "\uFF1F", "\u2026"})
        if (t.ends_with(end)) return true;
    return false;
}

// A button set inside the block: a link of one to three words closing it, after text that
// ended its sentence or its line ("... today! <a>Label</a>", "text<br><a>Label</a>"). A link
// that is the last words of a sentence carries that sentence's end; this one stands after it.
// Returns the byte where that link begins in the block's text (npos: none).
std::size_t closing_button(const Block& b) {
    std::size_t end = b.text.size();
    while (end > 0 && is_space(b.text[end - 1])) --end;
    for (const Span& s : b.spans) {
        if (s.kind != Span::Kind::link || s.target.empty() || s.target.front() == '#' || s.end < end) continue;
        if (word_count(std::string_view(b.text).substr(s.begin, s.end - s.begin)) > 3) continue;
        std::size_t before = s.begin;
        bool line_break = false;
        while (before > 0 && is_space(b.text[before - 1])) line_break = line_break || b.text[--before] == '\n';
        if (before == 0) continue;
        if (line_break || closes_sentence(std::string_view(b.text).substr(0, before))) return s.begin;
    }
    // In text, the button is the written address after the last sentence ("... today! https://...").
    const std::size_t url = b.text.rfind(' ', end == 0 ? 0 : end - 1);
    if (url != std::string::npos && url + 1 < end) {
        const std::string_view last = std::string_view(b.text).substr(url + 1, end - url - 1);
        std::size_t before = url;
        while (before > 0 && is_space(b.text[before - 1])) --before;
        if ((last.starts_with("http://") || last.starts_with("https://") || last.starts_with("www.")) && before > 0 &&
            closes_sentence(std::string_view(b.text).substr(0, before)))
            return url + 1;
    }
    return std::string::npos;
}

// A button line of its own marked by its frame, not its words: "[Label]", "Label →", ">> Label".
bool framed_button(std::string_view t) {
    while (!t.empty() && is_space(t.back())) t.remove_suffix(1);
    while (!t.empty() && is_space(t.front())) t.remove_prefix(1);
    if (t.size() < 3) return false;
    for (std::string_view open : {"[", "(", "<", "\u3010", "\uFF08"})
        if (t.starts_with(open) && (t.ends_with("]") || t.ends_with(")") || t.ends_with(">") || t.ends_with("\u3011") ||
                                    t.ends_with("\uFF09")))
            return true;
    for (std::string_view arrow : {"\u2192", "\u00BB", "\u203A", ">", "\u25B6", "\u279C"})
        if (t.starts_with(arrow) || t.ends_with(arrow)) return true;
    return false;
}

// Whole block bold or italic (a button closing it aside).
bool emphasized(const Block& b) {
    const std::size_t button = closing_button(b);
    const std::size_t size = button == std::string::npos ? b.text.size() : button;
    std::size_t covered = 0;
    for (const Span& s : b.spans)
        if ((s.kind == Span::Kind::strong || s.kind == Span::Kind::emphasis) && s.begin < size)
            covered += std::min<std::size_t>(s.end, size) - s.begin;
    return size > 0 && covered * 10 >= size * 9;
}

// Evidence that a unit leads out of the article rather than quoting something in it.
struct WayOut {
    bool strong = false;  // a link, a written URL, a one-row table, text said again elsewhere on the page
    bool any = false;     // strong, or whole-block emphasis, or a short last line (a button:
                          // "[Label]", "Label →")
    int cues = 0;         // every cue counted, a short title over longer text and an exclamation too
    bool whole_box = false;  // a title, a text and a way out line: a framed button ("[Label]", "Label →") or a dropped link line
    bool framed_line = false;  // a last line that is a framed button of its own ("[Label]", "Label →")
};

WayOut way_out(const Document& doc, const std::vector<BlockView>& views, const std::vector<std::size_t>& unit,
               const std::vector<bool>& said_again, const std::vector<bool>& dropped_action,
               const std::vector<bool>& dropped_control, const std::vector<std::string_view>& dropped_text) {
    WayOut w;
    for (std::size_t u : unit) {
        const Block& b = doc.body[views[u].index];
        // (A dropped link line framed as a button, "Label »", "[Label]", is a box's way out in
        // any script: a credit or a quotation's source names it, it does not point at it.)
        // (And the box's action: a cue besides the way out, as a dropped control is.)
        const bool framed_drop = framed_button(dropped_text[u]) && word_count(dropped_text[u]) <= 3;
        w.strong = w.strong || framed_drop;
        w.cues += framed_drop;
        // (A dropped form or button is a way out whatever the script: nothing quoted ends in one.)
        w.strong = w.strong || dropped_control[u];
        w.cues += dropped_control[u];  // (and the box's action: a cue besides the way out)
        // (A short link after the block's last sentence is its button.)
        w.cues += closing_button(last_text_block(b)) != std::string::npos;
        // (A link line or button dropped as chrome right after the block was its link: a cue,
        // and a way out for a box in another script; in the article's own script it may as
        // well be the source line of a credit or a quotation, so not a strong one.)
        w.cues += dropped_action[u] && !has_link(b);
        w.any = w.any || dropped_action[u];
        const bool link = has_link(b), url = views[u].text.find("://") != std::string::npos ||
                                              views[u].text.find("www.") != std::string::npos;
        const bool row = b.kind == BlockKind::table && b.children.size() == 1;
        w.strong = w.strong || link || url || row || said_again[u];
        w.cues += link || url;
        w.cues += row;
        w.cues += said_again[u];
        w.cues += emphasized(b);
        // (An exclamation before the block's closing button or written address counts as well:
        // "... today! → https://…".)
        const Block& tail = last_text_block(b);
        const std::size_t at = closing_button(tail);
        std::string_view t = at != std::string::npos ? std::string_view(tail.text).substr(0, at) : views[u].text;
        auto trim = [&t] {
            while (!t.empty() && is_space(t.back())) t.remove_suffix(1);
        };
        trim();
        const std::size_t sp = t.find_last_of(" \n");
        if (sp != std::string_view::npos) {
            const std::string_view last = t.substr(sp + 1);
            if (last.starts_with("http://") || last.starts_with("https://") || last.starts_with("www.")) t = t.substr(0, sp);
        }
        trim();
        for (std::string_view arrow : {"\u2192", "\u00BB", "\u203A", ">", "\u279C"})
            if (t.ends_with(arrow)) t.remove_suffix(arrow.size());
        trim();
        w.cues += t.ends_with("!") || t.ends_with("\uFF01");
    }
    // (A framed label counts its words by spaces: in a script written without them it is one run.)
    // (The button is the last line with words or an address: a rule under it is the frame.)
    std::size_t last = unit.size() - 1;
    while (last > 0 && views[unit[last]].empty && views[unit[last]].text.find("://") == std::string::npos) --last;
    const bool framed = framed_button(views[unit[last]].text);
    const bool button = last >= 1 && (views[unit[last]].length <= 3 || (framed && word_count(views[unit[last]].text) <= 3));
    w.cues += button;
    w.framed_line = button && framed;
    w.any = w.any || w.strong || button;
    for (std::size_t u : unit) w.any = w.any || emphasized(doc.body[views[u].index]);
    // (A title of one word is a title too when a longer text follows it.)
    const bool titled = unit.size() >= 2 && (views[unit.front()].title_like || views[unit.front()].length <= 3) &&
                        views[unit[1]].length > views[unit.front()].length + 2;
    w.cues += titled;
    // A title, a text and a way out line after it: a framed button line, or a link line
    // extraction dropped right after the text.
    const bool dropped_line = dropped_action[unit[last]] && !has_link(doc.body[views[unit[last]].index]);
    w.whole_box = titled && ((button && framed) || dropped_line);
    // (A dropped link line that names the box's title again links the box to itself: a teaser's
    // "title · more" row. A source line names its source, not the quotation's title.)
    if (w.whole_box && dropped_line) {
        std::string_view title = views[unit.front()].text, line = dropped_text[unit[last]];
        while (!title.empty() && is_space(title.back())) title.remove_suffix(1);
        while (!title.empty() && is_space(title.front())) title.remove_prefix(1);
        w.cues += !title.empty() && line.size() > title.size() && line.find(title) != std::string_view::npos;
    }
    return w;
}

// A line of figures: more runs with digits than runs of letters, and no letter run longer than
// a unit's symbol ("1,7 l, 2200 W, 1,1 kg", "2.1 kg・26 cm"). It is written in no language, so
// the script of its unit symbols says nothing of a box in another one: a record's measures or
// price under its title, in any article.
bool figures_line(std::string_view text) {
    constexpr std::size_t kUnitSymbol = 3;  // letters of a unit's symbol: "l", "kg", "mAh"
    std::size_t figures = 0, words = 0, run = 0;
    bool digit = false;
    auto close = [&] {
        if (run > 0) digit ? ++figures : ++words;
        run = 0, digit = false;
    };
    for (std::size_t i = 0; i < text.size();) {
        const char32_t cp = next_code_point(text, i);
        const bool letter = is_letter(cp), number = !letter && is_digit(cp);
        if (!letter && !number && cp != '.' && cp != ',') {
            close();
            continue;
        }
        if (letter && run > 0 && digit) close();  // "26cm": a figure, then its unit
        if (number && run > 0 && !digit) return false;  // "x80", "eax1": an identifier, no measure
        if (letter && ++run > kUnitSymbol) return false;
        if (number) ++run, digit = true;
    }
    close();
    return figures >= 2 && figures >= words;
}

// What each block is, for the box scan: words foreign to the article (in another script, or in
// its own sharing no word with its prose), in letters its prose never writes, a box's title.
struct BlockKinds {
    std::vector<bool> foreign, same_script, title_line, odd_letters;
};

BlockKinds classify_blocks(const Document& doc, const std::vector<BlockView>& views, const PageWords& pw,
                           int main_script) {
    const std::size_t n = views.size();
    BlockKinds k{std::vector<bool>(n, false), std::vector<bool>(n, false), std::vector<bool>(n, false),
                 std::vector<bool>(n, false)};
    // Built at the first block that needs it: most pages have no box in the article's script.
    std::optional<std::unordered_set<char32_t>> prose_letters;
    // A block in a script other than the article's is judged by its words; in the article's own
    // script only a block long enough to share function words with the prose (a short line
    // sharing no word with it is as often a credit, a list entry or a title), and it needs
    // more evidence (same_script: see below).
    for (std::size_t i = 0; i < n; ++i) {
        // A code block is the article's own by its markup: its identifiers and Latin letters are
        // foreign to the prose around it on every page (a config snippet in a Japanese manual).
        if (views[i].empty || doc.body[views[i].index].kind == BlockKind::code || figures_line(views[i].text)) continue;
        const bool other_script = !same_writing(pw.scripts[i], main_script);
        // (The overlap is asked only where it can tell: a block in the article's script is
        // foreign or a title line only at some lengths, and most of them, its prose, at none.)
        const std::size_t length = views[i].length;
        const bool asked = other_script || (length >= kSameScriptWords && length < kProse * 2) || length <= 3;
        if (!asked) continue;
        const double shared = pw.overlap(i);
        k.foreign[i] = other_script ? shared <= kForeign
                                    : shared == 0 && length >= kSameScriptWords && length < kProse * 2;
        k.same_script[i] = k.foreign[i] && !other_script;
        // (A framed line is the box's button, not its text: markup or a file name framed
        // there says nothing of the language around it.)
        if (k.same_script[i] && !framed_button(views[i].text)) {
            if (!prose_letters) prose_letters = letters_prose_writes(views, pw.prose);
            k.odd_letters[i] = alien_letters(views[i].text, *prose_letters);
        }
        k.title_line[i] = !k.foreign[i] && views[i].length <= 3 && shared <= kForeign && !sentence_tail(views[i].text);
    }
    return k;
}

// Text said again as its own block elsewhere on the page: no quotation is pasted twice.
// (Not a title: section titles are listed again in contents.)
std::vector<bool> said_again_blocks(const Document& doc, const std::vector<BlockView>& views, const std::vector<bool>& foreign) {
    std::vector<bool> said_again(views.size(), false);
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> by_text;
    for (std::size_t i = 0; i < views.size(); ++i)
        if (foreign[i] && views[i].length >= kSameScriptWords && doc.body[views[i].index].kind != BlockKind::heading)
            by_text[hash_words(views[i].words)].push_back(i);
    for (const auto& [h, at] : by_text)
        if (at.size() >= 2)
            for (std::size_t i : at) said_again[i] = true;
    return said_again;
}

// A run of blocks that may be one box: its blocks, where the scan goes on, its words and its
// blocks (copies of a box pasted again right after itself count once).
struct BoxRun {
    std::vector<std::size_t> unit;
    std::size_t next = 0, words = 0, blocks = 0;
};

// Gathers the blocks of a box from its first one, by the page's lines: where a box ends.
class BoxScanner {
public:
    BoxScanner(const Document& doc, const std::vector<BlockView>& views, const PageWords& pw, const BlockKinds& kinds)
        : doc_(doc), views_(views), scripts_(pw.scripts), kinds_(kinds), frame_(views.size(), false) {
        for (const Removal& r : doc.removed)
            if (!r.span && r.source_line && r.reason != RemovalReason::boilerplate) removed_lines_.push_back(r.source_line);
        std::sort(removed_lines_.begin(), removed_lines_.end());
        // Lines with text but no words (a rule of symbols, a written address alone) are a box's
        // frame and its way out in plain text: they do not end it (a blank line does).
        for (std::size_t i = 0; i < views.size(); ++i)
            frame_[i] = views[i].empty && views[i].text.find_first_not_of(" \n\t") != std::string::npos;
    }
    bool frame(std::size_t k) const { return frame_[k]; }
    BoxRun gather(std::size_t i, bool title, std::size_t below) const;

private:
    const Document& doc_;
    const std::vector<BlockView>& views_;
    const std::vector<int>& scripts_;
    const BlockKinds& kinds_;
    std::vector<bool> frame_;
    std::vector<std::uint32_t> removed_lines_;  // of blocks the filters removed before this one
};

BoxRun BoxScanner::gather(std::size_t i, bool title, std::size_t below) const {
    const std::size_t n = views_.size();
    BoxRun run;
    std::unordered_set<std::uint64_t> copies;
    // (A blank block ends a box: boxes in plain text stand apart by blank lines.)
    // (A change of script ends a box too: two boxes may stand back to back.)
    const int box_script = scripts_[title ? below : i];
    // (A short line in another script over a block in that script is the next box's title.)
    auto next_title = [&](std::size_t k) {
        return k + 1 < n && scripts_[k] != box_script && scripts_[k + 1] == scripts_[k] && kinds_.foreign[k + 1];
    };
    // (A frame line whose box a filter removed before, between them, was that box's.)
    auto orphan = [&](std::size_t k) {
        if (!frame_[k] || k == i) return false;
        const auto a = doc_.body[views_[k - 1].index].source_line, b = doc_.body[views_[k].index].source_line;
        const auto gone = std::upper_bound(removed_lines_.begin(), removed_lines_.end(), a);
        return gone != removed_lines_.end() && *gone < b;
    };
    // (Past a frame line only lines in the box's script go on with it: a short line in
    // another one is the next thing on the page.)
    // (An address on a line of its own is a box's way out and its end; a rule under the
    // box's text closes it but for a button line in its script, and goes on under a title:
    // "rule, title, rule, text".)
    auto past_frame = [&](std::size_t k) { return k > i && frame_[k - 1]; };
    // (A framed button line under the box's text is its last line: what follows is the next
    // thing on the page, the head of a paragraph a line of debris split too.)
    auto closed = [&](std::size_t k) {
        if (k >= i + 2 && !frame_[k - 1] && framed_button(views_[k - 1].text) && word_count(views_[k - 1].text) <= 3)
            return true;
        if (!past_frame(k) || frame_[k]) return false;
        if (views_[k - 1].text.find("://") != std::string::npos) return true;
        const bool under_text = k >= 2 && k - 2 >= i && !frame_[k - 2] && views_[k - 2].length > 4;
        const bool button_line = scripts_[k] == box_script &&
                                 (views_[k].text.find("://") != std::string::npos || word_count(views_[k].text) <= 3);
        return under_text && !button_line;
    };
    std::size_t j = i;
    for (; j < n && (kinds_.foreign[j] || kinds_.title_line[j] || (frame_[j] && !orphan(j))) && !closed(j) &&
           (j == i || frame_[j] || scripts_[j] == box_script ||
            (views_[j].length <= 3 && !next_title(j) && !past_frame(j)));
         ++j) {
        run.unit.push_back(j);
        // (A box pasted again right after itself is one box: its copies' words count once.)
        const bool copy = !frame_[j] && !copies.insert(hash_words(views_[j].words)).second;
        run.words += frame_[j] || copy ? 0 : views_[j].length;
        run.blocks += !copy;
    }
    while (j < n && views_[j].empty) ++j;
    run.next = j;
    return run;
}

}  // namespace

void remove_foreign_boxes(Document& doc, const NoiseOptions& options, ViewMemo* memo, const Budget& budget) {
    if (!options.promo || doc.body.size() < 3) return;
    LiftedQuotes lifted(doc);
    const auto views = view_blocks(doc, memo);
    const std::size_t n = views.size();
    // Article tokens with the number of prose blocks using each.
    // (Prose is written in the document's script: a long box in another script, pasted four
    // times, must not make its own words the article's.)
    const int main_script = dominant_script(doc);
    const PageWords pw = foreign_words::read_page_words(views, main_script, kProse);
    if (pw.prose_uses.size() < kMinArticle) return;
    const BlockKinds kinds = classify_blocks(doc, views, pw, main_script);
    const std::vector<bool> said_again = said_again_blocks(doc, views, kinds.foreign);
    // (After the last block too: the page's chrome there is in the article's script.)
    std::vector<bool> dropped_control;
    std::vector<std::string_view> dropped_line;
    const std::vector<bool> dropped_action = dropped_action_after(doc, views, true, &dropped_control, &dropped_line);
    const BoxScanner scanner(doc, views, pw, kinds);

    std::vector<std::size_t> drop;
    std::vector<double> scores;
    bool article_before = false;
    BudgetTicker ticker(budget, "noise filtering", 64);
    for (std::size_t i = 0; i < n;) {
        ticker.tick();
        // (A short line sharing no word with the article may head a box as its title, a rule
        // between them too.)
        const std::size_t below = i + 1 < n && scanner.frame(i + 1) ? i + 2 : i + 1;
        const bool title = below < n && kinds.title_line[i] && kinds.foreign[below];
        if (!kinds.foreign[i] && !title) {
            article_before = article_before || pw.prose[i];
            ++i;
            continue;
        }
        const BoxRun run = scanner.gather(i, title, below);
        const std::vector<std::size_t>& unit = run.unit;
        // A paragraph of the article's length in its own script that shares no word with the rest
        // (a short article in an inflected language) is not a box's first block when a title line
        // follows it in the run: the box begins at its title.
        if (unit.size() >= 3 && unit.front() == i && kinds.same_script[i] && views[i].length >= kProse &&
            (views[unit[1]].title_like || views[unit[1]].length <= 3) && views[unit[1]].length * 2 < views[i].length) {
            article_before = true;
            ++i;
            continue;
        }
        // Between paragraphs of the article (or after its last), short, with a way out. Boxes
        // stacked one after another make a longer run: that needs a strong way out. In the
        // article's own script a run of words foreign to it (another language, or made-up
        // words) is as often a quotation or a list of names: it needs a strong way out and
        // another cue besides.
        const bool placed = article_before;
        const WayOut w = way_out(doc, views, unit, said_again, dropped_action, dropped_control, dropped_line);
        bool same = false, odd = false;
        for (std::size_t u : unit) same = same || kinds.same_script[u], odd = odd || kinds.odd_letters[u];
        // (A title, a text and a way out line after them — a framed button line, or a link line
        // extraction dropped — are a box's whole shape: with one more cue, as strong as a link.
        // A titled quotation with its source's link line has no more.)
        // (In the article's script but in letters its prose never writes, the text is in no
        // language of the article: a strong way out, or a box's framed button line, will do.
        // A quotation in another language under its title with its author's line has neither.)
        const bool same_enough = odd ? (w.strong && w.cues >= 2) || w.whole_box || w.framed_line
                                     : (w.strong || (w.whole_box && w.cues >= kWholeBoxCues)) && w.cues >= 2;
        const bool enough = same ? same_enough : run.blocks <= kMaxUnitBlocks ? w.any || w.cues >= 2 : w.strong;
        const std::size_t max_words = run.blocks <= kMaxUnitBlocks ? kMaxUnitWords : kMaxUnitWords * 2;
        if (placed && unit.size() <= kMaxStackBlocks && run.words >= 3 && run.words <= max_words && enough)
            for (std::size_t u : unit) {
                drop.push_back(views[u].index);
                scores.push_back(0.6);
            }
        i = run.next;
    }
    // A run taken here may be only a box's way out (a row of where-to-listen links, an address,
    // in Latin letters on a page in another script): the pitch over it in the article's script
    // goes with it when its words are foreign to the article (promo_addressed.cpp).
    if (drop.empty()) return;
    std::vector<bool> dropped(doc.body.size(), false), taken(n, false);
    for (const std::size_t d : drop) dropped[d] = true;
    for (std::size_t v = 0; v < n; ++v) taken[v] = dropped[views[v].index];
    ArticleUnits article(views);
    const std::size_t paragraph = median_paragraph(doc, views);
    for (std::size_t j = n; j-- > 2;)
        if (taken[j] && !taken[j - 1])
            for (const std::size_t u : pitch_over_removed_way_out(doc, views, j, paragraph, article))
                if (!taken[u]) taken[u] = true, drop.push_back(views[u].index), scores.push_back(0.6);
    remove_top_level(doc, std::move(drop), RemovalReason::promo, scores, lifted.owners());
}

}  // namespace winnow::detail
