// Single promo / newsletter / "read more" / "sign up" units judged by shape. Conservative:
// the call-to-action language signal alone never removes a block; it needs structural
// support (a heading-like line before it, a button-like line or dense links, vocabulary
// foreign to the article, a run of blank blocks after it). Some shapes go without any language
// cue (promo_shapes.cpp): short paragraphs pointing at one target again and again in changing
// words, a short foreign pitch over a button of its own, a line that is a box by its shape.
#include <algorithm>
#include <array>
#include <unordered_map>

#include <utf8proc.h>

#include "filters/evidence.hpp"
#include "filters/filters.hpp"
#include "filters/promo_sections.hpp"
#include "filters/promo_shapes.hpp"
#include "hash_sort.hpp"

namespace winnow::detail {

namespace {

constexpr std::size_t kAddressedWords = 20;  // a text closing on an address this short is a box line
constexpr std::size_t kPitchTitle = 8;       // a title line over a pitch is this short
constexpr std::size_t kOwnWordsPage = 100;   // distinct words of the page beside a unit, to judge its own
constexpr double kOwnWords = 0.55;           // share of a unit's words in the rest of the page: the article's own

// The page's words, each once with the number of blocks using it, so that the article's
// vocabulary without a unit's own words is one pass over this list, not a fresh sort of the
// whole page per unit (the unit's words must not count as the article's).
class PageVocabulary {
public:
    explicit PageVocabulary(const std::vector<BlockView>& views) : views_(views) {}

    std::vector<std::uint64_t> without(const std::vector<std::size_t>& unit) const {
        if (!built_) build();
        std::vector<std::uint64_t> in_unit;
        for (auto u : unit) in_unit.insert(in_unit.end(), views_[u].set.begin(), views_[u].set.end());
        sort_hashes(in_unit);
        std::vector<std::uint64_t> words;
        words.reserve(words_.size());
        // Both sorted: one walk through the two, each word's uses in the unit counted where
        // the walk stands (not searched for in the unit once per word of the page).
        std::size_t k = 0;
        for (const auto& [w, blocks] : words_) {
            while (k < in_unit.size() && in_unit[k] < w) ++k;
            std::uint32_t uses = 0;
            for (; k < in_unit.size() && in_unit[k] == w; ++k) ++uses;
            if (blocks > uses) words.push_back(w);
        }
        return words;
    }

private:
    // The page's words, read on the first unit asked about (most pages ask of none).
    void build() const {
        built_ = true;
        std::vector<std::uint64_t> all;
        for (const auto& v : views_) all.insert(all.end(), v.set.begin(), v.set.end());
        sort_hashes(all);
        for (std::uint64_t w : all) {
            if (words_.empty() || words_.back().first != w) words_.emplace_back(w, 0);
            ++words_.back().second;
        }
    }

    const std::vector<BlockView>& views_;
    mutable bool built_ = false;
    mutable std::vector<std::pair<std::uint64_t, std::uint32_t>> words_;  // word, blocks using it
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
constexpr double kTargetBoxShared = 0.5;   // at most this share of the boxes' words in the article

std::vector<bool> LinkTargets::shared_target_boxes(const Document& doc, const PageVocabulary& vocabulary,
                                                   const std::vector<int>& quoted) const {
    std::vector<bool> out(views_.size(), false);
    std::size_t found = 0, shaped_targets = 0;
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
                apart = prose_block(views_[j]);
        if (!apart) continue;
        // (Many targets of that shape: a page of teasers; and each would cost a pass over the
        // page's words.)
        if (++shaped_targets > 2 * kTargetBoxes) return std::vector<bool>(views_.size(), false);
        const auto article = vocabulary.without(linking);
        std::vector<std::uint64_t> words;
        for (std::size_t i : linking) words.insert(words.end(), views_[i].set.begin(), views_[i].set.end());
        sort_hashes(words);
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

// Boxes cut from one template: short paragraphs opened by the same label (a few words closed by
// a colon: "Deal of the day:") whose rest changes every time (another product, number, link),
// each closing on a way out of its own set apart from its sentence, two or more of them apart
// with article prose between. The way out reads the same in every copy while its target changes
// (the template's button: the same link words, or the same words leading to a written-out
// address). An article labels its own text (a question, an update, a source): its closing
// links name what they point at, each another name ("table 1", "table 7"). The label must not
// be the way out itself: there is text of the box's own between them. More than kTargetBoxes
// labels of that shape: a page of records. Per view, whether it is one.
constexpr std::size_t kLabelMaxWords = 4, kLabelledTail = 2, kButtonWords = 6;

// The label's folded words ("" if the text opens on none), and where its colon is.
std::string box_label(std::string_view text, std::size_t& colon) {
    colon = std::min(text.find(':'), text.find("\uFF1A"));
    if (colon == std::string_view::npos || colon == 0) return {};
    const std::string_view label = text.substr(0, colon);
    if (label.find('\n') != std::string_view::npos || label.find("://") != std::string_view::npos) return {};
    const std::size_t words = word_length(label);
    if (words == 0 || words > kLabelMaxWords) return {};
    std::string key;
    append_folded_words(label, key);
    return key;
}

struct WayOut {
    std::size_t at = std::string_view::npos;  // where it starts in the text
    std::string words;                        // what it says, lower-cased, digits as written
    std::string_view target;
};

// Lower-cased (ASCII), punctuation and spaces as one space, digits as written: "Table 1" and
// "table 7" differ, "Buy" and "buy!" do not.
std::string lowered_words(std::string_view text) {
    std::string out;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z')) out += c;
        else if (u >= 'A' && u <= 'Z') out += static_cast<char>(u - 'A' + 'a');
        else if (!out.empty() && out.back() != ' ') out += ' ';
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// A block's way out: the closing link set apart from its sentence (its words), or the address
// written out at its end (the few words leading to it after the last clause mark).
WayOut way_out(const Block& b, std::string_view text) {
    if (ends_with_address(text)) {
        std::string_view t = text;
        while (!t.empty() && (t.back() == ' ' || t.back() == '\n' || t.back() == '.')) t.remove_suffix(1);
        const std::size_t sp = t.find_last_of(" \n\t");
        if (sp == std::string_view::npos || !set_apart_at(t, sp)) return {};
        std::string_view head = t.substr(0, sp);
        while (!head.empty() && std::string_view(" :\u00A0").find(head.back()) != std::string_view::npos) head.remove_suffix(1);
        std::size_t lead = 0;
        for (std::string_view mark : {".", ",", "!", "?", ";", "\u2014", "\u2013", "|", "\n", "\u3001", "\u3002"}) {
            const std::size_t m = head.rfind(mark);
            if (m != std::string_view::npos) lead = std::max(lead, m + mark.size());
        }
        const std::string_view words = head.substr(lead);
        if (word_length(words) == 0 || word_length(words) > kButtonWords) return {};
        return {lead, std::string(words), t.substr(sp + 1)};
    }
    std::size_t end = b.text.size();
    while (end > 0 && std::string_view(" .!)").find(b.text[end - 1]) != std::string_view::npos) --end;
    for (const Span& sp : b.spans)
        if (sp.kind == Span::Kind::link && !sp.target.empty() && sp.end >= end && sp.end <= b.text.size() &&
            set_apart_at(b.text, sp.begin))
            return {sp.begin, std::string(std::string_view(b.text).substr(sp.begin, sp.end - sp.begin)), sp.target};
    return {};
}

std::vector<bool> labelled_template_boxes(const Document& doc, const std::vector<BlockView>& views,
                                          const std::vector<int>& quoted) {
    struct Member {
        std::size_t view;
        std::string button;
        std::string_view target;
    };
    std::unordered_map<std::string, std::vector<Member>> by_label;
    for (std::size_t i = 0; i < views.size(); ++i) {
        const BlockView& v = views[i];
        if (!v.candidate || v.length < kTargetBoxMinWords || v.length > kTargetBoxWords) continue;
        const Block& b = doc.body[v.index];
        if (!(b.kind == BlockKind::paragraph || ends_with_address(v.text))) continue;
        if (!quoted.empty() && quoted[v.index] >= 0) continue;
        std::size_t colon = 0;
        std::string label = box_label(b.text, colon);
        if (label.empty()) continue;
        WayOut out = way_out(b, b.text);
        // Text of the box's own between the label and its way out.
        if (out.at == std::string_view::npos || out.at <= colon ||
            word_length(std::string_view(b.text).substr(colon, out.at - colon)) < kLabelledTail)
            continue;
        by_label[std::move(label)].push_back({i, lowered_words(out.words), out.target});
    }
    std::vector<bool> boxes(views.size(), false);
    std::size_t found = 0;
    for (const auto& [label, members] : by_label) {
        if (members.size() < 2) continue;
        bool same_button = true, other_target = false, changes = false, apart = false;
        for (std::size_t k = 1; k < members.size(); ++k) {
            const Member& a = members[k - 1];
            const Member& m = members[k];
            same_button = same_button && m.button == members[0].button;
            other_target = other_target || m.target != a.target;
            changes = changes || views[m.view].words != views[members[0].view].words;
            for (std::size_t j = a.view + 1; j < m.view && !apart; ++j)
                apart = prose_block(views[j]);
        }
        if (!same_button || !other_target || !changes || !apart) continue;
        if (++found > kTargetBoxes) return std::vector<bool>(views.size(), false);
        for (const Member& m : members) boxes[m.view] = true;
    }
    return boxes;
}

// The unit starting at block i: [title-like line] + CTA block + [short button-like line].
// Empty when the text block is not 6..80 words. `body` is the text block's index. Without
// may_title, block i is the text itself.
std::vector<std::size_t> promo_unit(const Document& doc, const std::vector<BlockView>& views, std::size_t i,
                                    bool cta_label, bool may_title, std::size_t& body) {
    const std::size_t n = views.size();
    std::vector<std::size_t> unit;
    body = i;
    // (A line closing on an address is no title: it is a box of its own, its way out written out.)
    if (may_title && (views[i].title_like || cta_label) && !ends_with_address(views[i].text) && i + 1 < n && views[i + 1].candidate) {
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

// The number of blank blocks the page usually leaves between two blocks with text: a page
// that puts a spacer paragraph after each paragraph leaves one, and two around a picture the
// blocks do not show. The most common gap over at least kGapPairs pairs (ties: the smaller);
// 0 when the page has fewer pairs.
std::size_t usual_blank_gap(const std::vector<BlockView>& views) {
    constexpr std::size_t kGapPairs = 4;
    std::array<std::size_t, 4> count{};  // gaps 0, 1, 2, 3 or more
    std::size_t pairs = 0, gap = 0;
    bool seen = false;
    for (const auto& v : views) {
        if (v.empty) {
            ++gap;
            continue;
        }
        if (seen) {
            ++count[std::min<std::size_t>(gap, count.size() - 1)];
            ++pairs;
        }
        seen = true;
        gap = 0;
    }
    if (pairs < kGapPairs) return 0;
    return static_cast<std::size_t>(std::max_element(count.begin(), count.end()) - count.begin());
}

// One pass over the page's blocks with the evidence read once: which blocks are promo, and
// with what weight.
class PromoScan {
public:
    PromoScan(const Document& doc, const std::vector<BlockView>& views, LinkTargets& links)
        : doc_(doc), views_(views), vocabulary_(views), links_(links), sections_(doc, views),
          dropped_action_(dropped_action_after(doc, views, false, &dropped_control_, &dropped_line_)),
          paragraph_(median_paragraph(doc, views)), article_(views), cta_(views.size()), cta_read_(views.size(), false),
          dropped_(doc.body.size(), false), blank_gap_(usual_blank_gap(views) + 2) {}
    const PageVocabulary& vocabulary() const { return vocabulary_; }
    void run(const std::vector<bool>& target_boxes, const std::vector<bool>& template_boxes, BudgetTicker& ticker);

    std::vector<std::size_t> drop;
    std::vector<double> scores;

private:
    void add(std::size_t view, double score) {
        drop.push_back(views_[view].index);
        dropped_[views_[view].index] = true;
        scores.push_back(score);
    }
    bool take_buttoned_pitch(std::size_t& i);
    bool take_cta_unit(std::size_t& i);
    bool rest_calls(const std::vector<std::size_t>& unit);
    bool take_unit(std::size_t& i, const std::vector<std::size_t>& unit, std::size_t body, bool cta_label);
    // A view's call-to-action evidence, read once: a view stands in the units of its
    // neighbours too (as their title, text or button).
    const CtaPiece& cta(std::size_t view) {
        if (!cta_read_[view]) {
            cta_[view] = cta_piece(views_[view].text);
            cta_read_[view] = true;
        }
        return cta_[view];
    }

    const Document& doc_;
    const std::vector<BlockView>& views_;
    const PageVocabulary vocabulary_;
    LinkTargets& links_;
    const ArticleSections sections_;
    std::vector<bool> dropped_control_;
    std::vector<std::string_view> dropped_line_;  // the link line dropped after a view (empty: none)
    const std::vector<bool> dropped_action_;
    const std::size_t paragraph_;
    ArticleUnits article_;
    std::vector<CtaPiece> cta_;
    std::vector<bool> cta_read_;
    std::vector<bool> dropped_;  // per body block: already in drop (a flag, not a search of drop)
    // Blank blocks after a unit that set it off: two more than the page's usual gap between
    // its blocks (a box's gap is wider than the page's own rhythm, not merely two spacers).
    const std::size_t blank_gap_;
};

// A pitch with a button of its own between the article's blocks (not its opening): it goes on
// its shape when its words are foreign to the article, or when the button is a form.
bool PromoScan::take_buttoned_pitch(std::size_t& i) {
    // A dropped line that is only an address written out is the pitch's way out as a control
    // is: a source or credit names its work in words (promo_shapes.cpp reads the line kept).
    // So is a plain link line under a notice set off as a box's (a source under a sentence of
    // the article is not set off; a credit or a warning set off opens on its label).
    const bool set_off_link = !dropped_line_[i].empty() && boxed_notice(doc_.body[views_[i].index], views_[i]);
    const Pitch pitch = buttoned_pitch(doc_, views_, i, dropped_control_[i] || address_only(dropped_line_[i]) || set_off_link,
                                       paragraph_);
    if (pitch.unit.empty() ||
        !(pitch.form || unit_evidence(doc_, views_, {i}, vocabulary_.without(pitch.unit)).overlap < kPitchShared ||
          foreign_content(views_, {i}, article_)))
        return false;
    // A short title line right over the pitch is the box's own.
    std::vector<std::size_t> unit = pitch.unit;
    if (i > 1 && views_[i - 1].candidate && views_[i - 1].title_like && views_[i - 1].length <= kPitchTitle)
        unit.insert(unit.begin(), i - 1);
    for (auto u : unit) add(u, 0.6);
    i = pitch.unit.back();
    return true;
}

// A unit of call-to-action language with a box's shape around it.
bool PromoScan::take_cta_unit(std::size_t& i) {
    // (A label of one to three words that is itself a call to action, "SUBSCRIBE", heads
    // a unit as a title would.)
    const bool cta_label = !views_[i].words.empty() && views_[i].length <= 3 && cta(i).own.action > 0;
    std::size_t body = i;
    const std::vector<std::size_t> unit = promo_unit(doc_, views_, i, cta_label, true, body);
    if (unit.empty()) return false;
    // Under a title, the rest of the unit must carry the call itself (an action, an offer, the
    // reader addressed, a link or a button dropped after it): the article's own list or paragraph
    // right under a box's lead line (the box's row of links dropped between them) is not the
    // box's text. The lead line is then weighed alone.
    if (body != i && !rest_calls(unit)) {
        if (cta_label) return false;
        const std::vector<std::size_t> alone = promo_unit(doc_, views_, i, false, false, body);
        if (alone.empty()) return false;
        return take_unit(i, alone, body, false);
    }
    return take_unit(i, unit, body, cta_label);
}

// Whether the blocks of a titled unit after its title speak a call of their own.
bool PromoScan::rest_calls(const std::vector<std::size_t>& unit) {
    for (std::size_t k = 1; k < unit.size(); ++k) {
        const CtaEvidence& own = cta(unit[k]).own;
        if (own.action > 0 || own.offer > 0 || own.second_person > 0 || link_density(doc_.body[views_[unit[k]].index]) > 0.0)
            return true;
    }
    return dropped_action_[unit.back()];
}

bool PromoScan::take_unit(std::size_t& i, const std::vector<std::size_t>& unit, std::size_t body, bool cta_label) {
    const std::size_t words = views_[body].length;
    // Quick language gate before the costlier vocabulary evidence: the text must open with
    // an action or make an offer, not merely address the reader.
    CtaJoin joined;  // as cta_evidence of the unit's texts joined by spaces
    for (auto u : unit) joined.add(cta(u));
    const CtaEvidence& lang = joined.sum;
    // Dense links lower the bar for the language cue (a linked "Join ..." line).
    // (So does a short text closing on a written-out address: plain text's link. A longer
    // paragraph closing on one is prose citing its source.)
    const bool addressed = words <= kAddressedWords && ends_with_address(views_[body].text);
    const bool linked = link_density(doc_.body[views_[body].index]) >= 0.5 || addressed;
    const double need = linked ? 0.3 : 0.45;
    if (lang.score() < need || (!lang.starts_with_action && lang.offer == 0 && cta(unit.front()).own.action == 0))
        return false;
    const auto others = vocabulary_.without(unit);
    auto e = unit_evidence(doc_, views_, unit, others);
    const bool step = body != i && sections_.step(i, words);
    int support = 0;
    support += e.title_then_text && !step;
    support += cta_label && body != i && !step;  // titled with a call to action of its own: a box's label
    // A button: a line of its own, or one extraction dropped as chrome right after the text.
    const bool button = unit.size() > (e.title_then_text ? 2u : 1u) || e.short_link_line || dropped_action_[unit.back()] || addressed;
    support += button;
    support += e.links >= 0.5;
    support += e.links >= 0.95 && e.total_words >= 12;  // a long text that is one link: an ad
    support += others.size() >= 150 && e.overlap < 0.35;  // foreign to a long enough article
    support += e.blank_after >= blank_gap_;
    support += links_.shared_by_cta(unit, need);  // another call to action, same target
    // All bold / italic, or (in text) opened by a pictograph or arrow: a box in the text.
    support += set_off(doc_.body[views_[body].index]) || opens_with_symbol(views_[unit.front()].text);
    const double s = std::min(1.0, 0.4 * e.cta + 0.15 * support);
    // At the very start a dek / standfirst addressing the reader is content, unless the
    // whole box shape is there.
    if (unit.front() == 0 && support < 3) return false;
    // Mostly the article's own words (of a page of kOwnWordsPage distinct words or more), with
    // no offer and no way out of its own: the unit talks of the article's subject ("join the
    // challenge this post is about"), and it takes one more piece of a box's evidence to go.
    const bool own_words = others.size() >= kOwnWordsPage && e.overlap >= kOwnWords && lang.offer == 0 && !button;
    if (support < 2 + (own_words ? 1 : 0) || e.cta < need) return false;
    for (auto u : unit) add(u, s);
    i = unit.back();
    return true;
}

void PromoScan::run(const std::vector<bool>& target_boxes, const std::vector<bool>& template_boxes,
                    BudgetTicker& ticker) {
    for (std::size_t i = 0; i < views_.size(); ++i) {
        ticker.tick();
        if (target_boxes[i] || template_boxes[i]) {
            add(i, 0.6);
            continue;
        }
        if (!views_[i].candidate) continue;
        if (box_line(doc_, views_, i)) {
            add(i, 0.6);
            continue;
        }
        if (const auto unit = addressed_pitch(doc_, views_, i, paragraph_, article_); !unit.empty()) {
            for (auto u : unit)
                if (!dropped_[views_[u].index]) add(u, 0.6);
            continue;
        }
        if (i > 0 && take_buttoned_pitch(i)) continue;
        take_cta_unit(i);
    }
}

}  // namespace

void remove_promo_blocks(Document& doc, const NoiseOptions& options, ViewMemo* memo, const Budget& budget) {
    if (!options.promo) return;
    remove_promo_items(doc);
    remove_promo_cards(doc, memo);
    if (doc.body.size() < 3) return;
    LiftedQuotes lifted(doc);
    const auto views = view_blocks(doc, memo);
    std::size_t text_blocks = 0;
    for (const auto& v : views) text_blocks += v.candidate;
    if (text_blocks < 3) return;  // too little article to judge what is foreign to it

    LinkTargets links(doc, views);
    PromoScan scan(doc, views, links);
    const std::vector<bool> target_boxes = links.shared_target_boxes(doc, scan.vocabulary(), *lifted.owners());
    const std::vector<bool> template_boxes = labelled_template_boxes(doc, views, *lifted.owners());
    BudgetTicker ticker(budget, "noise filtering", 64);
    scan.run(target_boxes, template_boxes, ticker);
    if (!scan.drop.empty()) remove_top_level(doc, std::move(scan.drop), RemovalReason::promo, scan.scores, lifted.owners());
}

}  // namespace winnow::detail
