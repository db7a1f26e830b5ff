// Product cards: a shop's carousel set into the article. Its cards repeat one template, and no
// wording tells them: a run of short blocks between the article's prose whose shape (an image,
// a name, a price) comes back three or more times, each card with an amount of its own (a block
// of a number and at most one word) and a button
// of the same words (a control extraction dropped as chrome, on the run's own lines); or a list whose every item
// names a price in its currency sign and closes on a link of the same words to another target
// ("… £24.99 Buy"), with a heading right over it. A gallery repeats its shape too, but its images lead nowhere; a list of
// documents closes each item on the same link words, but names no price.
#include <algorithm>
#include <map>

#include <utf8proc.h>

#include "block_edit.hpp"
#include "filters/evidence.hpp"
#include "filters/filters.hpp"
#include "filters/promo_shapes.hpp"

namespace winnow::detail {

namespace {

constexpr std::size_t kCardWords = 8;   // a card's block is a name or a price, not a sentence
constexpr std::size_t kMinCards = 3;
constexpr std::size_t kMaxPeriod = 4;   // blocks of one card

// The card shape of a view: 'F' an image without words, 'P' a short paragraph, 0 neither.
char card_part(const Document& doc, const BlockView& v) {
    const Block& b = doc.body[v.index];
    if (v.words.empty() && !b.src.empty()) return 'F';
    if (v.candidate && b.kind == BlockKind::paragraph && v.length < kCardWords && b.children.empty()) return 'P';
    return 0;
}

// The cards of a run's shapes: the number of times its shortest period repeats (0 if it does
// not, at least kMinCards times, or the period holds no image and no text).
std::size_t repeats(const std::string& shape) {
    for (std::size_t p = 2; p <= kMaxPeriod; ++p) {
        if (shape.size() % p != 0 || shape.size() / p < kMinCards) continue;
        bool same = true;
        for (std::size_t k = p; k < shape.size() && same; ++k) same = shape[k] == shape[k - p];
        const std::string_view period = std::string_view(shape).substr(0, p);
        if (same && period.find('F') != std::string_view::npos && period.find('P') != std::string_view::npos)
            return shape.size() / p;
    }
    return 0;
}

// The most controls of one text extraction dropped on lines first..last (buttons, forms: the
// removals recorded with kControlScore).
std::size_t same_controls_on(const Document& doc, std::uint32_t first, std::uint32_t last) {
    std::map<std::string_view, std::size_t> by_text;
    std::size_t most = 0;
    for (const Removal& r : doc.removed)
        if (!r.span && r.reason == RemovalReason::boilerplate && r.score == kControlScore && r.source_line >= first &&
            r.source_line <= last && !r.text.empty())
            most = std::max(most, ++by_text[r.text]);
    return most;
}

// Whether every card of a run (its blocks in `cards` equal parts) has a field that is an amount:
// a number and at most one word besides (its currency, "149 lei"), a block of its own, as a
// shop's card prints its price. A gallery's captions name a year inside their words.
bool amount_field(std::string_view text) {
    bool digit = false;
    for (std::size_t i = 0; i < text.size() && !digit;) digit = is_digit(next_code_point(text, i));
    return digit && word_count(text) <= 2;
}
bool priced_cards(const std::vector<BlockView>& views, const std::vector<std::size_t>& run, std::size_t cards) {
    const std::size_t per = run.size() / cards;
    for (std::size_t c = 0; c < cards; ++c) {
        bool priced = false;
        for (std::size_t k = c * per; k < (c + 1) * per && !priced; ++k) priced = amount_field(views[run[k]].text);
        if (!priced) return false;
    }
    return true;
}

void remove_card_runs(Document& doc, const std::vector<BlockView>& views, std::vector<std::size_t>& drop) {
    const auto prose = [&](std::size_t j) { return prose_block(views[j]); };
    for (std::size_t i = 1; i < views.size(); ++i) {
        if (!prose(i - 1)) continue;
        std::string shape;
        std::vector<std::size_t> run;
        std::size_t j = i;
        for (; j < views.size() && !prose(j); ++j) {
            if (views[j].empty) continue;
            const char part = card_part(doc, views[j]);
            if (!part) break;
            shape += part;
            run.push_back(j);
        }
        // (Between the article's prose, or closing the page.)
        if (run.empty() || (j < views.size() && !prose(j))) continue;
        const std::size_t cards = repeats(shape);
        if (cards == 0 || !priced_cards(views, run, cards)) continue;
        // (Up to the line of the prose after the run: a button stands after its card's last block.)
        const std::uint32_t first = doc.body[views[run.front()].index].source_line;
        const std::uint32_t last = j < views.size() ? doc.body[views[j].index].source_line : UINT32_MAX;
        if (first == 0 || same_controls_on(doc, first, last) < cards) continue;
        for (std::size_t u : run) drop.push_back(views[u].index);
        i = j;
    }
}

// Whether a text names a price by its currency sign (Unicode's currency symbols: £ € ¥ ₹ $ …).
bool names_price(std::string_view text) {
    bool sign = false, digit = false;
    for (std::size_t i = 0; i < text.size();) {
        const char32_t cp = next_code_point(text, i);
        sign = sign || utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_SC;
        digit = digit || is_digit(cp);
    }
    return sign && digit;
}

// The words of the link closing an item (its button), and its target; empty if none closes it.
std::pair<std::string, std::string_view> closing_link(const Block& item) {
    const Block* at = &item;
    while (!at->children.empty()) at = &at->children.back();
    std::size_t end = at->text.size();
    while (end > 0 && (at->text[end - 1] == ' ' || at->text[end - 1] == '\n')) --end;
    for (const Span& sp : at->spans)
        if (sp.kind == Span::Kind::link && !sp.target.empty() && sp.end >= end && sp.begin < sp.end && sp.begin > 0)
            return {at->text.substr(sp.begin, sp.end - sp.begin), sp.target};
    return {};
}

bool product_list(const Block& list) {
    if (list.kind != BlockKind::list || list.children.size() < kMinCards) return false;
    std::string button;
    std::vector<std::string_view> targets;
    for (const Block& item : list.children) {
        const std::string text = flat_text(item);
        if (word_length(text) > kCardWords + 4 || !names_price(text)) return false;
        auto [words, target] = closing_link(item);
        if (words.empty() || word_length(words) > 3 || (!button.empty() && words != button)) return false;
        button = words;
        targets.push_back(target);
    }
    std::sort(targets.begin(), targets.end());
    return std::adjacent_find(targets.begin(), targets.end()) == targets.end();
}

}  // namespace

void remove_promo_cards(Document& doc, ViewMemo* memo) {
    if (doc.body.size() < 3) return;
    const auto views = view_blocks(doc, memo);
    std::vector<std::size_t> drop;
    remove_card_runs(doc, views, drop);
    for (std::size_t i = 0; i < views.size(); ++i) {
        if (!product_list(doc.body[views[i].index])) continue;
        drop.push_back(views[i].index);
        // (A heading right over the list is the box's title: left alone it would head the
        // article's next paragraph as a box's label.)
        if (i > 0 && views[i - 1].candidate && doc.body[views[i - 1].index].kind == BlockKind::heading &&
            views[i - 1].length <= kCardWords)
            drop.push_back(views[i - 1].index);
    }
    if (drop.empty()) return;
    std::sort(drop.begin(), drop.end());
    drop.erase(std::unique(drop.begin(), drop.end()), drop.end());
    const std::vector<double> scores(drop.size(), 0.6);
    remove_top_level(doc, std::move(drop), RemovalReason::promo, scores);
}

}  // namespace winnow::detail
