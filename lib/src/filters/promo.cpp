// Single promo / newsletter / "read more" / "sign up" units judged by shape. Conservative:
// the call-to-action language signal alone never removes a block; it needs structural
// support (a heading-like line before it, a button-like line or dense links, vocabulary
// foreign to the article, a run of blank blocks after it).
#include <algorithm>
#include <array>
#include <unordered_map>

#include <utf8proc.h>

#include "filters/evidence.hpp"
#include "filters/filters.hpp"

namespace winnow::detail {

namespace {

constexpr std::size_t kAddressedWords = 20;  // a text closing on an address this short is a box line

// A block whose whole text is emphasized (bold or italic): set off from the prose around it.
bool set_off(const Block& b) {
    if (b.text.empty()) return false;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> marked;
    for (const Span& sp : b.spans)
        if (sp.kind == Span::Kind::strong || sp.kind == Span::Kind::emphasis) marked.emplace_back(sp.begin, sp.end);
    std::sort(marked.begin(), marked.end());
    std::size_t covered = 0, reach = 0;
    for (auto [begin, end] : marked) {
        begin = std::max<std::uint32_t>(begin, static_cast<std::uint32_t>(reach));
        if (end > begin) covered += end - begin;
        reach = std::max<std::size_t>(reach, end);
    }
    return covered * 10 >= b.text.size() * 9;
}

// A token that is a web address written out ("https://…", "www.…").
bool is_spelled_address(std::string_view tok) { return tok.find("://") != std::string_view::npos || tok.starts_with("www."); }

// Addresses spelled out in a block's text (plain text has no link markup: an address written
// out is its link). Views into `text`.
std::vector<std::string_view> spelled_addresses(std::string_view text) {
    std::vector<std::string_view> out;
    for (std::size_t p = 0; p < text.size();) {
        while (p < text.size() && (text[p] == ' ' || text[p] == '\n' || text[p] == '\t')) ++p;
        std::size_t e = p;
        while (e < text.size() && text[e] != ' ' && text[e] != '\n' && text[e] != '\t') ++e;
        std::string_view tok = text.substr(p, e - p);
        while (!tok.empty() && (tok.back() == '.' || tok.back() == ',' || tok.back() == ')' || tok.back() == '/')) tok.remove_suffix(1);
        if (is_spelled_address(tok)) out.push_back(tok);
        p = e;
    }
    return out;
}

// A block whose text closes on a spelled-out address: in plain text, the box's button.
bool ends_with_address(std::string_view text) {
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '.')) text.remove_suffix(1);
    const std::size_t sp = text.find_last_of(" \n\t");
    return is_spelled_address(sp == std::string_view::npos ? text : text.substr(sp + 1));
}

// A block opening on a pictograph or an arrow: plain text's way to set a line off from the
// prose (it has no bold), as a box's marker.
bool opens_with_symbol(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && text[i] == ' ') ++i;
    if (i >= text.size()) return false;
    const char32_t cp = next_code_point(text, i);
    const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    return cat == UTF8PROC_CATEGORY_SO || cat == UTF8PROC_CATEGORY_SM;
}

// The page's words, each once with the number of blocks using it, so that the article's
// vocabulary without a unit's own words is one pass over this list, not a fresh sort of the
// whole page per unit (the unit's words must not count as the article's).
class PageVocabulary {
public:
    explicit PageVocabulary(const std::vector<BlockView>& views) : views_(views) {
        std::vector<std::uint64_t> all;
        for (const auto& v : views) all.insert(all.end(), v.set.begin(), v.set.end());
        std::sort(all.begin(), all.end());
        for (std::uint64_t w : all) {
            if (words_.empty() || words_.back().first != w) words_.emplace_back(w, 0);
            ++words_.back().second;
        }
    }

    std::vector<std::uint64_t> without(const std::vector<std::size_t>& unit) const {
        std::vector<std::uint64_t> in_unit;
        for (auto u : unit) in_unit.insert(in_unit.end(), views_[u].set.begin(), views_[u].set.end());
        std::sort(in_unit.begin(), in_unit.end());
        std::vector<std::uint64_t> words;
        words.reserve(words_.size());
        for (const auto& [w, blocks] : words_) {
            const auto [lo, hi] = std::equal_range(in_unit.begin(), in_unit.end(), w);
            if (blocks > static_cast<std::uint32_t>(hi - lo)) words.push_back(w);
        }
        return words;
    }

private:
    const std::vector<BlockView>& views_;
    std::vector<std::pair<std::uint64_t, std::uint32_t>> words_;  // word, blocks using it
};

// Blocks by link target: a call to action repeated as variants in different words keeps
// pointing at one target (the sign-up page). Built once; each block's own CTA score is
// worked out at most once, however many units ask.
class LinkTargets {
public:
    LinkTargets(const Document& doc, const std::vector<BlockView>& views)
        : views_(views), targets_(views.size()), block_cta_(views.size(), -1.0) {
        for (std::size_t i = 0; i < views.size(); ++i) {
            if (!views[i].candidate) continue;
            const auto collect = [&](const auto& self, const Block& b) -> void {
                for (const Span& sp : b.spans)
                    if (sp.kind == Span::Kind::link && !sp.target.empty() && sp.target.front() != '#') add(i, sp.target);
                for (const Block& c : b.children) self(self, c);
            };
            collect(collect, doc.body[views[i].index]);
            // (Without link markup, the addresses written out: plain text repeats them.)
            if (targets_[i].empty())
                for (std::string_view t : spelled_addresses(views[i].text)) add(i, t);
        }
    }

    // Whether a block outside the unit links where the unit links, with CTA language of `need`.
    bool shared_by_cta(const std::vector<std::size_t>& unit, double need) {
        for (auto u : unit)
            for (std::string_view t : targets_[u])
                for (std::size_t i : blocks_linking_[t]) {
                    if (std::find(unit.begin(), unit.end(), i) != unit.end()) continue;
                    if (block_cta_[i] < 0) block_cta_[i] = cta_evidence(views_[i].text).score();
                    if (block_cta_[i] >= need) return true;
                }
        return false;
    }

    // Boxes that keep their way out while their wording changes (see kTargetBoxWords): per view,
    // whether it is one. A target goes when every block linking there is a short paragraph of
    // its own (a sentence, not a button or a heading: a teaser's title and "more" link share
    // their target too) closing on that link set apart from its sentence, outside quoted posts, two or more of them stand
    // apart with article prose between, and their words are mostly foreign to the rest of the
    // page. More than kTargetBoxes such targets: a
    // page of teasers or records, where repetition is the layout.
    std::vector<bool> shared_target_boxes(const Document& doc, const PageVocabulary& vocabulary,
                                           const std::vector<int>& quoted) const;

private:
    void add(std::size_t i, std::string_view target) {
        auto& linking = blocks_linking_[target];
        if (linking.empty() || linking.back() != i) linking.push_back(i);
        targets_[i].push_back(target);
    }

    const std::vector<BlockView>& views_;
    std::unordered_map<std::string_view, std::vector<std::size_t>> blocks_linking_;
    std::vector<std::vector<std::string_view>> targets_;
    std::vector<double> block_cta_;
};

// Whether what stands before byte `at` of a text closes a sentence or leads on to what follows
// (. ! ? : or a dash or arrow, full-width forms too), or nothing does: a link set there is a
// button of its own, not a name inside the sentence.
bool set_apart_at(std::string_view text, std::size_t at) {
    std::string_view head = text.substr(0, at);
    while (!head.empty() && (head.back() == ' ' || head.back() == '\n')) head.remove_suffix(1);
    if (head.empty()) return true;
    for (std::string_view mark : {".", "!", "?", ":", "\u2014", "\u2013", "\u2192", "\u00BB", "\u203A", "\u3002", "\uFF01",
                                  "\uFF1F", "\uFF1A"})
        if (head.ends_with(mark)) return true;
    return false;
}

// Whether a block's text closes on a link to `target` (or on the address written out), but
// for closing punctuation, set apart from the sentence before it; `anchor` gets the link's
// words (empty for an address written out).
bool closes_on_link(const Block& b, std::string_view text, std::string_view target, std::string_view& anchor) {
    anchor = {};
    if (ends_with_address(text)) {
        std::string_view t = text;
        while (!t.empty() && (t.back() == ' ' || t.back() == '\n' || t.back() == '.')) t.remove_suffix(1);
        const std::size_t sp = t.find_last_of(" \n\t");
        return sp != std::string_view::npos && set_apart_at(t, sp);
    }
    std::size_t end = b.text.size();
    while (end > 0 && std::string_view(" .!)").find(b.text[end - 1]) != std::string_view::npos) --end;
    for (const Span& sp : b.spans)
        if (sp.kind == Span::Kind::link && sp.target == target && sp.end >= end && sp.end <= b.text.size() &&
            set_apart_at(b.text, sp.begin)) {
            anchor = std::string_view(b.text).substr(sp.begin, sp.end - sp.begin);
            return true;
        }
    return false;
}

constexpr std::size_t kTargetBoxWords = 30, kTargetBoxMinWords = 4, kTargetBoxes = 2;
constexpr std::size_t kProseBetween = 15;  // a paragraph of the article between two copies
constexpr double kTargetBoxShared = 0.5;   // at most this share of the boxes' words in the article

std::vector<bool> LinkTargets::shared_target_boxes(const Document& doc, const PageVocabulary& vocabulary,
                                                   const std::vector<int>& quoted) const {
    std::vector<bool> out(views_.size(), false);
    std::size_t found = 0;
    std::vector<std::size_t> boxes;
    for (const auto& [target, linking] : blocks_linking_) {
        if (linking.size() < 2) continue;
        bool shaped = true, same_anchor = true;
        std::string_view first_anchor;
        for (std::size_t i : linking) {
            const BlockView& v = views_[i];
            const Block& b = doc.body[v.index];
            // (Plain text reads a short line as a heading; one closing on its address is a box's.)
            const bool paragraph = b.kind == BlockKind::paragraph || ends_with_address(v.text);
            // The link closes the block, the way out after the pitch: prose links a name or a
            // source inside its sentence. Posts quoted in the article end on their tags.
            std::string_view anchor;
            shaped = shaped && paragraph && v.length >= kTargetBoxMinWords && v.length <= kTargetBoxWords &&
                     (quoted.empty() || quoted[v.index] < 0) && closes_on_link(b, v.text, target, anchor);
            if (!shaped) break;
            if (i == linking.front()) first_anchor = anchor;
            same_anchor = same_anchor && !anchor.empty() && anchor == first_anchor;
        }
        // The same linked name closing every block is a credit ("…, from <site>"), not a button.
        if (!shaped || same_anchor) continue;
        bool apart = false;
        for (std::size_t k = 1; k < linking.size() && !apart; ++k)
            for (std::size_t j = linking[k - 1] + 1; j < linking[k] && !apart; ++j)
                apart = views_[j].candidate && views_[j].length >= kProseBetween;
        if (!apart) continue;
        const auto article = vocabulary.without(linking);
        std::vector<std::uint64_t> words;
        for (std::size_t i : linking) words.insert(words.end(), views_[i].set.begin(), views_[i].set.end());
        std::sort(words.begin(), words.end());
        words.erase(std::unique(words.begin(), words.end()), words.end());
        std::size_t shared = 0;
        for (auto w : words) shared += std::binary_search(article.begin(), article.end(), w);
        if (static_cast<double>(shared) > kTargetBoxShared * static_cast<double>(words.size())) continue;
        if (++found > kTargetBoxes) return std::vector<bool>(views_.size(), false);
        boxes.insert(boxes.end(), linking.begin(), linking.end());
    }
    for (std::size_t i : boxes) out[i] = true;
    return out;
}

// The unit starting at block i: [title-like line] + CTA block + [short button-like line].
// Empty when the text block is not 6..80 words. `body` is the text block's index.
std::vector<std::size_t> promo_unit(const Document& doc, const std::vector<BlockView>& views, std::size_t i,
                                    bool cta_label, std::size_t& body) {
    const std::size_t n = views.size();
    std::vector<std::size_t> unit;
    body = i;
    // (A line closing on an address is no title: it is a box of its own, its way out written out.)
    if ((views[i].title_like || cta_label) && !ends_with_address(views[i].text) && i + 1 < n && views[i + 1].candidate) {
        unit.push_back(i);
        body = i + 1;
    }
    const std::size_t words = views[body].length;
    if (words < 6 || words > 80) return {};
    unit.push_back(body);
    // A button: a short line after the text that is a link, or a CTA verb line standing
    // alone (not the title of what follows).
    if (body + 1 < n && views[body + 1].candidate && views[body + 1].length <= 4) {
        const bool alone = body + 2 >= n || !views[body + 2].candidate;
        const auto& next = views[body + 1];
        if (link_density(doc.body[next.index]) > 0.6 || (alone && cta_evidence(next.text).action > 0))
            unit.push_back(body + 1);
    }
    return unit;
}

// Sections of the article by heading level: headings each followed by a paragraph of prose
// (kSectionWords or more). A how-to's steps are headed in the imperative ("Join groups", "Try
// this") over paragraphs of prose; a unit that is one more of three or more such sections at its
// level is a step of the article, and its heading is no box's label.
constexpr std::size_t kSectionWords = 20, kSeries = 3;

std::array<std::size_t, 7> prose_sections(const Document& doc, const std::vector<BlockView>& views) {
    std::array<std::size_t, 7> by_level{};
    for (std::size_t j = 0; j + 1 < views.size(); ++j) {
        const Block& b = doc.body[views[j].index];
        if (b.kind == BlockKind::heading && b.level >= 1 && b.level <= 6 && views[j + 1].candidate &&
            views[j + 1].length >= kSectionWords)
            ++by_level[b.level];
    }
    return by_level;
}

// A pitch with a button of its own, whatever its words: a short text (kPitchMin..kPitchMax
// words, no link in it) followed by a line that is only a way out: in HTML a line that is one
// link as a whole, of a few words (a button), or one extraction dropped as chrome; in plain text
// a bracketed label or a few words leading to a written-out address after an arrow or a colon. A line of two or more bracketed
// fields is a form drawn in text ("[ e-mail ] [ send ]"): that shape alone makes the box. The
// caller weighs the pitch's vocabulary against the article's.
constexpr std::size_t kPitchMin = 4, kPitchMax = 30, kButtonWords = 6;
constexpr double kPitchShared = 0.35;  // below this share of its words in the article, a pitch is foreign

// Bracketed fields making up a whole line, or 0 (a field needs a letter; a line of footnote
// marks is no form).
std::size_t bracket_fields(std::string_view t) {
    std::size_t fields = 0, i = 0;
    while (true) {
        while (i < t.size() && (t[i] == ' ' || t[i] == '\t')) ++i;
        if (i >= t.size()) break;
        if (t[i] != '[') return 0;
        const std::size_t close = t.find(']', i);
        if (close == std::string_view::npos) return 0;
        bool letter = false;
        for (std::size_t k = i + 1; k < close;) letter = is_letter(next_code_point(t, k)) || letter;
        if (!letter) return 0;
        ++fields;
        i = close + 1;
    }
    return fields;
}

// A line framed as a button: opened or closed by an arrow, a guillemet or a bracket.
bool framed(std::string_view t) {
    while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
    while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
    for (std::string_view mark : {"[", "\u2192", "\u00BB", "\u203A", "->", ">", "\u25B6"})
        if (t.starts_with(mark)) return true;
    for (std::string_view mark : {"]", "\u2192", "\u00BB", "\u203A", "->", ">"})
        if (t.ends_with(mark)) return true;
    return false;
}

// A plain-text button: a few words leading to a written-out address after an arrow.
bool arrowed_address(std::string_view t) {
    if (!ends_with_address(t)) return false;
    while (!t.empty() && (t.back() == ' ' || t.back() == '\n' || t.back() == '.')) t.remove_suffix(1);
    const std::size_t sp = t.find_last_of(" \n\t");
    if (sp == std::string_view::npos) return false;
    std::string_view head = t.substr(0, sp);
    while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
    bool marked = false;
    for (std::string_view mark : {"->", ">>", "\u2192", "\u00BB", "\u203A", "\u27A1"})
        if (head.ends_with(mark)) marked = true;
    return marked && word_length(head) <= kButtonWords;
}

bool ends_with_label_colon(std::string_view t) {
    while (!t.empty() && (t.back() == ' ' || t.back() == '\n')) t.remove_suffix(1);
    return t.ends_with(":") || t.ends_with("\uFF1A");
}

std::size_t median_paragraph(const Document& doc, const std::vector<BlockView>& views) {
    std::vector<std::size_t> lengths;
    for (const auto& v : views)
        if (v.candidate && doc.body[v.index].kind == BlockKind::paragraph) lengths.push_back(v.length);
    if (lengths.empty()) return 0;
    std::nth_element(lengths.begin(), lengths.begin() + static_cast<std::ptrdiff_t>(lengths.size() / 2), lengths.end());
    return lengths[lengths.size() / 2];
}

struct Pitch {
    std::vector<std::size_t> unit;  // the pitch, then its button line
    bool form = false;              // the button line is a form drawn in text
};

// (`dropped`: extraction dropped a form or button right after block i as chrome, which is the
// button then.)
// `paragraph`: the article's typical paragraph length (the median); a pitch is at most half
// of it (in scripts written without spaces the words of two texts hardly ever match, so length
// is what tells a box from a short paragraph there).
Pitch buttoned_pitch(const Document& doc, const std::vector<BlockView>& views, std::size_t i, bool dropped,
                     std::size_t paragraph) {
    if (!views[i].candidate) return {};
    bool form = false, is_button = false;
    if (i + 1 < views.size() && views[i + 1].candidate) {
        const BlockView& button = views[i + 1];
        const Block& b = doc.body[button.index];
        // (A plain link line under a short text is as often its source or credit: a button is
        // set off, in bold or between marks.)
        is_button = button.length <= kButtonWords && b.kind != BlockKind::list && link_density(b) >= 0.9 &&
                    (set_off(b) || framed(button.text));
        if (!is_button) {
            const std::size_t fields = bracket_fields(button.text);
            form = fields >= 2;
            is_button = fields >= 1 && button.length <= kButtonWords + 2;
        }
        is_button = is_button || arrowed_address(button.text);
    }
    if (!is_button && !dropped) return {};
    const BlockView& pitch = views[i];
    const Block& p = doc.body[pitch.index];
    // A pitch is a paragraph: a heading over a link line is a section's (plain text reads a
    // box's short lines as headings, so there any text block), and a line closing on a colon
    // introduces what follows (a list of sources).
    const bool text_input = doc.input == InputKind::text;
    if (!(p.kind == BlockKind::paragraph || (p.kind == BlockKind::heading && (text_input || form))) ||
        ends_with_label_colon(pitch.text))
        return {};
    if (pitch.length < (form ? 2 : kPitchMin) || pitch.length > kPitchMax || pitch.length * 2 > paragraph ||
        link_density(p) > 0.0 || ends_with_address(pitch.text))
        return {};
    // Set between the article's prose (or closing the page): a short block after it makes a
    // longer run, which foreign_boxes.cpp judges as a whole.
    const std::size_t after = i + (is_button ? 2 : 1);
    if (after < views.size() && views[after].candidate && views[after].length < kProseBetween) return {};
    if (!is_button) return {{i}, false};
    return {{i, i + 1}, form};
}

// A line set between the article's prose that is a box by its shape alone: a short line opened
// by a pictograph or an arrow that is mostly a link (an embed's label: "▶ Listen: <episode>"),
// or a line of three or more short fields parted by bars or dots (an event's title | date |
// place). Prose opens on a word and runs in sentences.
constexpr std::size_t kMarkedLineWords = 20, kFieldWords = 6, kMinFields = 3;

std::size_t parted_fields(std::string_view t) {
    if (t.find('\n') != std::string_view::npos || t.starts_with("|")) return 0;  // a table's rows
    std::size_t fields = 0, keyed = 0;
    while (!t.empty()) {
        std::size_t cut = std::string_view::npos, len = 0;
        for (std::string_view sep : {" | ", " \u00B7 ", " \u2022 "}) {
            const std::size_t at = t.find(sep);
            if (at < cut) cut = at, len = sep.size();
        }
        const std::string_view field = t.substr(0, cut);
        const std::size_t words = word_count(field);
        if (words == 0 || words > kFieldWords || field.ends_with(".")) return 0;
        ++fields;
        keyed += field.find(": ") != std::string_view::npos;
        if (cut == std::string_view::npos) break;
        t.remove_prefix(cut + len);
    }
    // Keyed fields ("Weight: 300 g | Price: …") are a record of the article's subject: specs.
    return keyed * 2 > fields ? 0 : fields;
}

bool box_line(const Document& doc, const std::vector<BlockView>& views, std::size_t i) {
    const BlockView& v = views[i];
    if (i == 0 || !v.candidate || v.length > kMarkedLineWords) return false;
    const Block& b = doc.body[v.index];
    if (b.kind == BlockKind::list) return false;
    const bool shaped = (opens_with_symbol(v.text) && (link_density(b) >= 0.5 || ends_with_address(v.text))) ||
                        parted_fields(v.text) >= kMinFields;
    if (!shaped) return false;
    // Between prose: the nearest blocks with text on both sides are paragraphs of the article
    // (or the page ends there).
    const auto prose = [&](std::size_t j) { return views[j].candidate && views[j].length >= kProseBetween; };
    std::size_t before = i, after = i + 1;
    while (before > 0 && views[before - 1].empty) --before;
    while (after < views.size() && views[after].empty) ++after;
    return before > 0 && prose(before - 1) && (after >= views.size() || prose(after));
}

}  // namespace

void remove_promo_blocks(Document& doc, const NoiseOptions& options, ViewMemo* memo) {
    if (!options.promo) return;
    remove_promo_items(doc);
    if (doc.body.size() < 3) return;
    LiftedQuotes lifted(doc);
    const auto views = view_blocks(doc, memo);
    const std::size_t n = views.size();
    const PageVocabulary vocabulary(views);
    std::size_t text_blocks = 0;
    for (const auto& v : views) text_blocks += v.candidate;
    if (text_blocks < 3) return;  // too little article to judge what is foreign to it

    LinkTargets links(doc, views);
    const auto sections = prose_sections(doc, views);
    std::vector<bool> dropped_control;
    const std::vector<bool> dropped_action = dropped_action_after(doc, views, false, &dropped_control);
    std::vector<std::size_t> drop;
    std::vector<double> scores;
    const std::vector<bool> target_boxes = links.shared_target_boxes(doc, vocabulary, *lifted.owners());
    const std::size_t paragraph = median_paragraph(doc, views);
    for (std::size_t i = 0; i < n; ++i) {
        if (target_boxes[i]) {
            drop.push_back(views[i].index);
            scores.push_back(0.6);
            continue;
        }
        if (!views[i].candidate) continue;
        if (box_line(doc, views, i)) {
            drop.push_back(views[i].index);
            scores.push_back(0.6);
            continue;
        }
        // A pitch with a button of its own between the article's blocks (not its opening): it
        // goes on its shape when its words are foreign to the article, or when the button is
        // a form.
        if (i > 0) {
            const Pitch pitch = buttoned_pitch(doc, views, i, dropped_control[i], paragraph);
            if (!pitch.unit.empty() &&
                (pitch.form || unit_evidence(doc, views, {i}, vocabulary.without(pitch.unit)).overlap < kPitchShared)) {
                for (auto u : pitch.unit) {
                    drop.push_back(views[u].index);
                    scores.push_back(0.6);
                }
                i = pitch.unit.back();
                continue;
            }
        }
        // (A label of one to three words that is itself a call to action, "SUBSCRIBE", heads
        // a unit as a title would.)
        const bool cta_label = !views[i].words.empty() && views[i].length <= 3 &&
                               cta_evidence(views[i].text).action > 0;
        std::size_t body = i;
        const std::vector<std::size_t> unit = promo_unit(doc, views, i, cta_label, body);
        if (unit.empty()) continue;
        const std::size_t words = views[body].length;
        // Quick language gate before the costlier vocabulary evidence: the text must open with
        // an action or make an offer, not merely address the reader.
        std::string text;
        for (auto u : unit) text += views[u].text + " ";
        const auto lang = cta_evidence(text);
        // Dense links lower the bar for the language cue (a linked "Join ..." line).
        // (So does a short text closing on a written-out address: plain text's link. A longer
        // paragraph closing on one is prose citing its source.)
        const bool addressed = words <= kAddressedWords && ends_with_address(views[body].text);
        const bool linked = link_density(doc.body[views[body].index]) >= 0.5 || addressed;
        const double need = linked ? 0.3 : 0.45;
        if (lang.score() < need || (!lang.starts_with_action && lang.offer == 0 && cta_evidence(views[unit.front()].text).action == 0))
            continue;
        const auto others = vocabulary.without(unit);
        auto e = unit_evidence(doc, views, unit, others);
        const Block& head = doc.body[views[i].index];
        const bool step = body != i && head.kind == BlockKind::heading && head.level >= 1 && head.level <= 6 &&
                          words >= kSectionWords && sections[head.level] >= kSeries;
        int support = 0;
        support += e.title_then_text && !step;
        support += cta_label && body != i && !step;  // titled with a call to action of its own: a box's label
        // A button: a line of its own, or one extraction dropped as chrome right after the text.
        support += unit.size() > (e.title_then_text ? 2u : 1u) || e.short_link_line || dropped_action[unit.back()] || addressed;
        support += e.links >= 0.5;
        support += e.links >= 0.95 && e.total_words >= 12;  // a long text that is one link: an ad
        support += others.size() >= 150 && e.overlap < 0.35;  // foreign to a long enough article
        support += e.blank_after >= 2;
        support += links.shared_by_cta(unit, need);  // another call to action, same target
        // All bold / italic, or (in text) opened by a pictograph or arrow: a box in the text.
        support += set_off(doc.body[views[body].index]) || opens_with_symbol(views[unit.front()].text);
        const double s = std::min(1.0, 0.4 * e.cta + 0.15 * support);
        // At the very start a dek / standfirst addressing the reader is content, unless the
        // whole box shape is there.
        if (unit.front() == 0 && support < 3) continue;
        if (support >= 2 && e.cta >= need) {
            for (auto u : unit) {
                drop.push_back(views[u].index);
                scores.push_back(s);
            }
            i = unit.back();
        }
    }
    if (!drop.empty()) remove_top_level(doc, std::move(drop), RemovalReason::promo, scores, lifted.owners());
}

}  // namespace winnow::detail
