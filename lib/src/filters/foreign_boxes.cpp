// Foreign boxes: a short run of blocks set between the article's paragraphs, written in a script
// other than the article's and in vocabulary the article never uses, carrying a way out (a link,
// a URL, a button line, a one-row table, emphasis over the whole block). Evidence that holds in
// any language: it needs no word list. A box in the article's own script is the promo pass's to
// judge with its language cues.
//
// Vocabulary is compared by folded words; in scripts written without spaces (Han, kana, Thai)
// by characters, since a run there is a whole clause.
#include <algorithm>
#include <unordered_map>

#include "filters/evidence.hpp"
#include "filters/filters.hpp"

namespace winnow::detail {

namespace {

constexpr std::size_t kProse = 12;          // a block this long (in words) is article prose
constexpr std::size_t kMinArticle = 60;     // distinct article tokens needed to call words foreign
constexpr std::size_t kMaxUnitWords = 60;   // a box is short
constexpr std::size_t kMaxUnitBlocks = 4;
constexpr double kForeign = 0.08;           // at most this share of a block's tokens in the article (same-language text shares function words)

bool unspaced(char32_t cp) {
    const int s = script_of(cp);
    return s == script_han || s == script_hiragana || s == script_katakana || s == script_thai;
}

std::uint64_t hash_bytes(std::string_view w) {
    std::uint64_t h = 14695981039346656037ull;
    for (unsigned char c : w) h = (h ^ c) * 1099511628211ull;
    return h;
}

// Sorted unique tokens of a text: folded words, unspaced-script characters one by one.
std::vector<std::uint64_t> tokens(std::string_view text) {
    std::vector<std::uint64_t> out;
    for (const std::string& w : fold_words(text)) {
        bool split = false;
        for (std::size_t i = 0; i < w.size() && !split;) split = unspaced(next_code_point(w, i));
        if (!split) {
            out.push_back(hash_bytes(w));
            continue;
        }
        for (std::size_t i = 0; i < w.size();) {
            const std::size_t b = i;
            next_code_point(w, i);
            out.push_back(hash_bytes(std::string_view(w).substr(b, i - b)));
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// The most frequent script among a text's letters (script_none if it has none); URLs left out.
int block_script(std::string_view text) {
    int counts[script_count] = {};
    for (std::size_t i = 0; i < text.size();) {
        if (text.compare(i, 4, "http") == 0 || text.compare(i, 4, "www.") == 0) {
            while (i < text.size() && text[i] != ' ') ++i;
            continue;
        }
        ++counts[script_of(next_code_point(text, i))];
    }
    int best = script_none;
    for (int s = 1; s < script_count; ++s)
        if (counts[s] > counts[best] || (best == script_none && counts[s] > 0)) best = s;
    return best;
}

bool has_link(const Block& b) {
    for (const Span& s : b.spans)
        if (s.kind == Span::Kind::link && !s.target.empty() && s.target.front() != '#') return true;
    for (const Block& c : b.children)
        if (has_link(c)) return true;
    return false;
}

// Whole block bold or italic.
bool emphasized(const Block& b) {
    std::size_t covered = 0;
    for (const Span& s : b.spans)
        if (s.kind == Span::Kind::strong || s.kind == Span::Kind::emphasis) covered += s.end - s.begin;
    return !b.text.empty() && covered * 10 >= b.text.size() * 9;
}

// A way out of the article: a link, a written URL, a one-row table, whole-block emphasis, a
// short last line (a button: "[Label]", "Label →").
bool way_out(const Document& doc, const std::vector<BlockView>& views, const std::vector<std::size_t>& unit) {
    for (std::size_t u : unit) {
        const Block& b = doc.body[views[u].index];
        if (has_link(b) || emphasized(b)) return true;
        if (b.kind == BlockKind::table && b.children.size() == 1) return true;
        if (views[u].text.find("://") != std::string::npos || views[u].text.find("www.") != std::string::npos) return true;
    }
    return unit.size() >= 2 && views[unit.back()].length <= 3;
}

}  // namespace

void remove_foreign_boxes(Document& doc, const NoiseOptions& options) {
    if (!options.promo || doc.body.size() < 3) return;
    LiftedQuotes lifted(doc);
    const auto views = view_blocks(doc);
    const std::size_t n = views.size();
    std::vector<std::vector<std::uint64_t>> toks(n);
    // Article tokens with the number of prose blocks using each.
    // (Prose is written in the document's script: a long box in another script, pasted four
    // times, must not make its own words the article's.)
    const int main_script = dominant_script(doc);
    std::unordered_map<std::uint64_t, std::uint32_t> prose_uses;
    std::vector<bool> prose(n, false);
    for (std::size_t i = 0; i < n; ++i) {
        if (views[i].empty) continue;
        toks[i] = tokens(views[i].text);
        const int script = block_script(views[i].text);
        prose[i] = views[i].candidate && views[i].length >= kProse &&
                   (main_script == script_none || script == script_none || scripts_compatible(script, main_script));
        if (prose[i])
            for (auto t : toks[i]) ++prose_uses[t];
    }
    if (prose_uses.size() < kMinArticle) return;
    // Share of a block's tokens the article's prose uses (its own uses left out).
    auto overlap = [&](std::size_t i) {
        if (toks[i].empty()) return 1.0;
        std::size_t shared = 0;
        for (auto t : toks[i]) {
            const auto it = prose_uses.find(t);
            shared += it != prose_uses.end() && it->second > (prose[i] ? 1u : 0u);
        }
        return static_cast<double>(shared) / static_cast<double>(toks[i].size());
    };
    // Only a block in a script other than the article's is judged: in the article's own script
    // a short line sharing no word with the prose is as often a credit, a list entry or a
    // title as a box (that is the promo pass's to weigh with its language cues).
    std::vector<bool> foreign(n, false);
    for (std::size_t i = 0; i < n; ++i) {
        if (views[i].empty) continue;
        const int script = block_script(views[i].text);
        const bool other_script = main_script != script_none && script != script_none && !scripts_compatible(script, main_script);
        foreign[i] = other_script && overlap(i) <= kForeign;
    }

    std::vector<std::size_t> drop;
    std::vector<double> scores;
    bool article_before = false;
    for (std::size_t i = 0; i < n;) {
        if (!foreign[i]) {
            article_before = article_before || (prose[i] && !foreign[i]);
            ++i;
            continue;
        }
        std::vector<std::size_t> unit;
        std::size_t j = i, words = 0;
        // (A blank block ends a box: boxes in plain text stand apart by blank lines.)
        // (A change of script ends a box too: two boxes may stand back to back.)
        const int box_script = block_script(views[i].text);
        for (; j < n && foreign[j] && (j == i || block_script(views[j].text) == box_script || views[j].length <= 3); ++j) {
            unit.push_back(j);
            words += views[j].length;
        }
        while (j < n && views[j].empty) ++j;
        // Between paragraphs of the article (or after its last), short, with a way out.
        const bool placed = article_before;
        if (placed && unit.size() <= kMaxUnitBlocks && words >= 3 && words <= kMaxUnitWords && way_out(doc, views, unit))
            for (std::size_t u : unit) {
                drop.push_back(views[u].index);
                scores.push_back(0.6);
            }
        i = j;
    }
    if (!drop.empty()) remove_top_level(doc, std::move(drop), RemovalReason::promo, scores, lifted.owners());
}

}  // namespace winnow::detail
