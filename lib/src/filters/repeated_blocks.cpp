// Repeated blocks: top-level blocks (and runs of them) that recur within one page,
// near-duplicates included (case, punctuation, URLs, digits and a word or two may differ).
//
// A recurring unit is removed — every copy, the first included — only when evidence says it
// is a call-to-action rather than content: a repeated full paragraph, CTA shape (second
// person, imperative opening, offer words), link density, a heading-like line followed by a
// paragraph, a button-like line, vocabulary foreign to the rest of the article, a blank run
// after it. Short repeats without such evidence (a refrain, "Photo: AP", a repeated
// "Analysis" heading) are content here; the exact-repeat pass after this one
// (exact_repeats.cpp) takes short blocks said again word for word, with its own structural
// exceptions. List items and table cells are never candidates on their own: only top-level
// blocks are.
#include <algorithm>
#include <numeric>
#include <unordered_map>
#include <utility>

#include "filters/evidence.hpp"
#include "filters/filters.hpp"
#include "filters/promo_shapes.hpp"
#include "hash_sort.hpp"

namespace winnow::detail {

namespace {

struct UnionFind {
    std::vector<std::size_t> parent;
    explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    std::size_t find(std::size_t x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }
    void unite(std::size_t a, std::size_t b) { parent[find(a)] = find(b); }
};

// Near-duplicate test: identical folded words for short blocks; for longer ones similar
// length and word-set Jaccard >= 0.75 (one or two words changed in a sentence still match).
bool near_duplicate(const BlockView& a, const BlockView& b, std::size_t shared) {
    const std::size_t na = a.words.size(), nb = b.words.size();
    if (na <= 3 || nb <= 3) return a.words == b.words;
    if (std::min(na, nb) * 10 < std::max(na, nb) * 6) return false;
    const std::size_t uni = a.set.size() + b.set.size() - shared;
    return uni > 0 && shared * 4 >= uni * 3;
}

// How many words two sorted word sets share.
std::size_t count_common(const WordHashes& a, const WordHashes& b) {
    std::size_t common = 0;
    for (std::size_t x = 0, y = 0; x < a.size() && y < b.size();) {
        if (a[x] < b[y]) ++x;
        else if (b[y] < a[x]) ++y;
        else ++common, ++x, ++y;
    }
    return common;
}

}  // namespace

// Evidence strength for one recurring unit, 0..1.
double repeated_unit_score(const UnitEvidence& e) {
    double s = 0.0;
    if (e.max_words >= 10) s += 0.35;         // a whole paragraph printed twice is rarely content
    s += 0.3 * e.cta;
    if (e.links >= 0.5) s += 0.2;
    if (e.title_then_text) s += 0.2;
    if (e.short_link_line) s += 0.1;
    if (e.overlap < 0.5) s += 0.15;
    if (e.overlap < 0.3) s += 0.1;
    if (e.blank_after >= 2) s += 0.1;
    // Short repeats with no call-to-action signal are content (refrains, captions, headings).
    if (e.max_words < 6 && e.cta < 0.3 && e.links < 0.5) s = std::min(s, 0.2);
    return std::min(1.0, s);
}

namespace {

// How many words two sorted word sets share, and the first (least) of them in `first`; the
// count stops short (below `needed`) as soon as the words left cannot bring it to `needed`.
std::size_t count_common_first(const WordHashes& a, const WordHashes& b, std::size_t needed, std::uint64_t& first) {
    std::size_t common = 0;
    for (std::size_t x = 0, y = 0; x < a.size() && y < b.size();) {
        if (common + std::min(a.size() - x, b.size() - y) < needed) return common;
        if (a[x] < b[y]) ++x;
        else if (b[y] < a[x]) ++y;
        else {
            if (common++ == 0) first = a[x];
            ++x, ++y;
        }
    }
    return common;
}

constexpr std::size_t kMaxPostings = 256;

// An inverted index over (word, block) postings, sorted so a word's blocks are one run in
// increasing order: where each posting's word run ends, and each block's postings in word order
// (at[from[i]..from[i + 1]): a block's own entries, found once, not searched for again word by word).
struct PostingIndex {
    std::vector<std::pair<std::uint64_t, std::size_t>> postings;
    std::vector<std::size_t> run_end, from, at;

    PostingIndex(std::vector<std::pair<std::uint64_t, std::size_t>> list, std::size_t blocks)
        : postings(std::move(list)), run_end(postings.size()), from(blocks + 1, 0), at(postings.size()) {
        std::sort(postings.begin(), postings.end());
        const std::size_t total = postings.size();
        for (std::size_t p = total; p-- > 0;)
            run_end[p] = p + 1 < total && postings[p + 1].first == postings[p].first ? run_end[p + 1] : p + 1;
        for (const auto& posting : postings) ++from[posting.second + 1];
        for (std::size_t i = 0; i < blocks; ++i) from[i + 1] += from[i];
        std::vector<std::size_t> fill(from.begin(), from.end() - 1);
        for (std::size_t p = 0; p < total; ++p) at[fill[postings[p].second]++] = p;
    }
};

// The pairwise pass over an inverted index of every word: only blocks sharing words are
// compared. Words in more than kMaxPostings blocks (only on very long pages) do not propose
// candidates; the shared count of a candidate pair is then taken from the full word sets.
// (Flat: the (word, block) pairs sorted, so a word's blocks are one run in increasing order.)
void unite_by_all_words(const std::vector<BlockView>& views, const std::vector<bool>& representative, UnionFind& uf,
                        BudgetTicker& ticker) {
    const std::size_t n = views.size();
    std::vector<std::pair<std::uint64_t, std::size_t>> postings;
    for (std::size_t i = 0; i < n; ++i)
        if (representative[i])
            for (auto w : views[i].set) postings.emplace_back(w, i);
    const PostingIndex index(std::move(postings), n);
    const auto& [sorted, run_end, from, at] = index;
    // Each posting's word run begins where its word's first posting stands.
    const std::size_t total = sorted.size();
    std::vector<std::size_t> run_begin(total);
    for (std::size_t p = 0; p < total; ++p)
        run_begin[p] = p > 0 && sorted[p - 1].first == sorted[p].first ? run_begin[p - 1] : p;
    std::vector<std::size_t> shared(n, 0);
    std::vector<std::size_t> touched;
    for (std::size_t i = 0; i < n; ++i) {
        if (!representative[i]) continue;
        ticker.tick();
        touched.clear();
        bool skipped = false;
        for (std::size_t k = from[i]; k < from[i + 1]; ++k) {
            const std::size_t p = at[k];  // (w, i): w is the block's next word in sorted order
            if (run_end[p] - run_begin[p] > kMaxPostings) {
                skipped = true;
                continue;
            }
            // Only blocks after i: a word's blocks are in increasing order, so they start past (w, i).
            for (std::size_t q = p + 1; q < run_end[p]; ++q) {
                const std::size_t j = sorted[q].second;
                if (shared[j]++ == 0) touched.push_back(j);
            }
        }
        for (std::size_t j : touched) {
            if (skipped) shared[j] = count_common(views[i].set, views[j].set);
            if (near_duplicate(views[i], views[j], shared[j])) uf.unite(i, j);
            shared[j] = 0;
        }
    }
}

// The same pass with an index of each set's prefix only (a prefix filter, as similarity joins
// use): near_duplicate needs the shared words to be at least three quarters of the larger set
// (or the same words), so the least word two near-duplicates share stands among the first
// |set| - ceil(3|set|/4) + 1 words of each sorted set, and only blocks sharing such a word are
// compared, and only when their sets are that close in size. The pairs that match are united in the order the pass over every word meets them
// (by the least shared word, then by block), so the groups and their roots are the same.
// Only where no word can stand in more than kMaxPostings blocks (that pass's cut-off).
void unite_by_prefixes(const std::vector<BlockView>& views, const std::vector<bool>& representative, UnionFind& uf,
                       BudgetTicker& ticker) {
    const std::size_t n = views.size();
    const auto prefix = [](std::size_t size) { return size - (3 * size + 3) / 4 + 1; };
    std::vector<std::pair<std::uint64_t, std::size_t>> postings;
    for (std::size_t i = 0; i < n; ++i)
        if (representative[i]) {
            const WordHashes& set = views[i].set;
            if (set.empty()) continue;
            for (std::size_t k = 0, m = prefix(set.size()); k < m; ++k) postings.emplace_back(set[k], i);
        }
    const PostingIndex index(std::move(postings), n);
    const auto& [sorted, run_end, from, at] = index;
    std::vector<bool> seen(n, false);
    std::vector<std::size_t> touched;
    std::vector<std::pair<std::uint64_t, std::size_t>> matches;  // least shared word, block
    for (std::size_t i = 0; i < n; ++i) {
        if (!representative[i]) continue;
        ticker.tick();
        touched.clear();
        const std::size_t own = views[i].set.size();
        for (std::size_t k = from[i]; k < from[i + 1]; ++k)
            for (std::size_t q = at[k] + 1; q < run_end[at[k]]; ++q) {
                const std::size_t j = sorted[q].second;
                // (Sets that differ in size by more than a quarter of the larger share too few
                // words: not compared.)
                const std::size_t other = views[j].set.size();
                if (seen[j] || std::min(own, other) * 4 < std::max(own, other) * 3) continue;
                seen[j] = true;
                touched.push_back(j);
            }
        matches.clear();
        for (std::size_t j : touched) {
            seen[j] = false;
            // Past three words each, near_duplicate needs 7 shared >= 3 (|set i| + |set j|):
            // the count stops once that is out of reach (and the pair fails).
            const bool counted = views[i].words.size() > 3 && views[j].words.size() > 3;
            const std::size_t needed = counted ? (3 * (own + views[j].set.size()) + 6) / 7 : 0;
            std::uint64_t first = 0;
            const std::size_t shared = count_common_first(views[i].set, views[j].set, needed, first);
            if (shared >= needed && near_duplicate(views[i], views[j], shared)) matches.emplace_back(first, j);
        }
        std::sort(matches.begin(), matches.end());
        for (const auto& m : matches) uf.unite(i, m.second);
    }
}

// Groups of near-duplicate candidate blocks. Exact copies are united directly and only the
// first of them takes part in the pairwise pass (a copy matches whatever its first matches),
// so a page of 100,000 identical blocks stays linear instead of comparing every pair.
// (The pairwise passes tick the budget once per block: a block's comparisons are bounded by
// kMaxPostings per word.)
UnionFind group_copies(const std::vector<BlockView>& views, bool plain, const Budget& budget) {
    BudgetTicker ticker(budget, "noise filtering", 64);
    const std::size_t n = views.size();
    UnionFind uf(n);
    std::vector<bool> representative(n, false);
    std::size_t representatives = 0;
    {
        std::unordered_map<std::uint64_t, std::size_t> first_with;
        for (std::size_t i = 0; i < n; ++i) {
            if (!views[i].candidate) continue;
            std::uint64_t h = 1469598103934665603ull;
            for (auto w : views[i].words) h = (h ^ w) * 1099511628211ull;
            const auto [it, inserted] = first_with.emplace(h, i);
            if (!inserted && views[it->second].words == views[i].words) uf.unite(i, it->second);
            else representative[i] = true, ++representatives;
        }
    }
    if (plain || representatives > kMaxPostings) unite_by_all_words(views, representative, uf, ticker);
    else unite_by_prefixes(views, representative, uf, ticker);
    return uf;
}

}  // namespace

std::vector<std::size_t> near_duplicate_groups(const std::vector<BlockView>& views, bool plain, const Budget& budget) {
    UnionFind uf = group_copies(views, plain, budget);
    std::vector<std::size_t> roots(views.size());
    for (std::size_t i = 0; i < views.size(); ++i) roots[i] = uf.find(i);
    return roots;
}

namespace {

// Which blocks recur: candidates whose group holds two or more.
std::vector<bool> recurring_blocks(const std::vector<BlockView>& views, UnionFind& uf) {
    const std::size_t n = views.size();
    std::vector<std::size_t> copies(n, 0);
    for (std::size_t i = 0; i < n; ++i)
        if (views[i].candidate) ++copies[uf.find(i)];
    std::vector<bool> repeated(n, false);
    for (std::size_t i = 0; i < n; ++i) repeated[i] = views[i].candidate && copies[uf.find(i)] >= 2;
    return repeated;
}

constexpr std::size_t kPitchAgainWords = 10;  // a sentence's size, as a paragraph printed twice is counted

// Groups said three or more times apart in the article (prose between every two copies),
// every copy with a way out (a link, or an address written out): the same pitch inserted again
// and again, its count or date changed, is a call to action whatever its words. A refrain or a
// heading said again has no way out; a row of links is not apart.
std::vector<bool> pitched_again(const Document& doc, const std::vector<BlockView>& views, UnionFind& uf,
                                const std::vector<bool>& repeated) {
    const std::size_t n = views.size();
    std::vector<std::size_t> copies(n, 0), with_way_out(n, 0), last(n, n);
    std::vector<bool> apart(n, true);
    // prose_before[k]: blocks of prose (not recurring, 10 words or more) before block k, so that
    // "prose between two copies" is one subtraction (a scan between them was quadratic on a
    // page of many interleaved groups).
    std::vector<std::size_t> prose_before(n + 1, 0);
    for (std::size_t k = 0; k < n; ++k)
        prose_before[k + 1] = prose_before[k] + (!repeated[k] && !views[k].empty && views[k].length >= 10);
    const auto has_link = [](const auto& self, const Block& b) -> bool {
        for (const Span& sp : b.spans)
            if (sp.kind == Span::Kind::link && !sp.target.empty() && sp.target.front() != '#') return true;
        return std::any_of(b.children.begin(), b.children.end(), [&](const Block& c) { return self(self, c); });
    };
    for (std::size_t i = 0; i < n; ++i) {
        if (!repeated[i]) continue;
        const std::size_t root = uf.find(i);
        if (last[root] < n) apart[root] = apart[root] && prose_before[i] > prose_before[last[root] + 1];
        last[root] = i;
        ++copies[root];
        with_way_out[root] += has_link(has_link, doc.body[views[i].index]) || !spelled_addresses(views[i].text).empty();
    }
    std::vector<bool> out(n, false);
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t root = uf.find(i);
        out[i] = repeated[i] && copies[root] >= 3 && with_way_out[root] == copies[root] && apart[root];
    }
    return out;
}

// Article vocabulary: words of the blocks that do not recur.
std::vector<std::uint64_t> article_vocabulary(const std::vector<BlockView>& views, const std::vector<bool>& repeated) {
    std::vector<std::uint64_t> article;
    for (std::size_t i = 0; i < views.size(); ++i)
        if (!repeated[i]) article.insert(article.end(), views[i].set.begin(), views[i].set.end());
    sort_hashes(article);
    article.erase(std::unique(article.begin(), article.end()), article.end());
    return article;
}

// What is to go: block indexes with their evidence, and each condemned group's evidence.
struct Verdicts {
    std::vector<std::size_t> drop;
    std::vector<double> scores;
    std::vector<std::pair<std::size_t, double>> condemned;  // group root, evidence

    void add(std::size_t block, double score) {
        drop.push_back(block);
        scores.push_back(score);
    }
    // The evidence a group was condemned on, or -1 when it was not.
    double of_group(std::size_t root) const {
        auto it = std::lower_bound(condemned.begin(), condemned.end(), std::make_pair(root, 0.0));
        return it != condemned.end() && it->first == root ? it->second : -1.0;
    }
};

// Units are maximal runs of recurring blocks of different groups, blank blocks in between
// allowed; each unit is judged on its evidence.
Verdicts judge_units(const Document& doc, const std::vector<BlockView>& views, UnionFind& uf,
                     const std::vector<bool>& repeated, const std::vector<std::uint64_t>& article, const Budget& budget) {
    BudgetTicker ticker(budget, "noise filtering", 64);
    const auto pitched = pitched_again(doc, views, uf, repeated);
    const std::size_t n = views.size();
    // Pages built from a repeating layout (menus, plans, listings) recur in many distinct
    // blocks; there only link/button evidence may remove a unit.
    std::size_t distinct_groups = 0;
    for (std::size_t i = 0; i < n; ++i)
        distinct_groups += repeated[i] && uf.find(i) == i && views[i].length >= 4;
    const bool layout_page = distinct_groups > 8;

    Verdicts v;
    for (std::size_t i = 0; i < n;) {
        if (!repeated[i]) { ++i; continue; }
        ticker.tick();
        std::vector<std::size_t> unit{i};
        std::size_t j = i + 1;
        while (j < n) {
            std::size_t k = j;
            while (k < n && views[k].empty) ++k;
            if (k < n && repeated[k] && uf.find(k) != uf.find(unit.front())) {
                unit.push_back(k);
                j = k + 1;
            } else {
                break;
            }
        }
        auto e = unit_evidence(doc, views, unit, article);
        // Vocabulary distance means little against a short article.
        if (article.size() < 150) e.overlap = 1.0;
        const double s = repeated_unit_score(e);
        // A promo box is a few blocks; a longer recurring run is a repeated section of content.
        const bool small = unit.size() <= 4;
        const bool link_shaped = e.links >= 0.5 || e.short_link_line;
        const bool cta_shaped = e.cta >= 0.35 || link_shaped;  // needs address or an imperative opening
        // Without language cues: a long paragraph reprinted that shares little with the article.
        const bool foreign_reprint = e.max_words >= 12 && e.overlap < 0.45;
        // Or a pitch of a sentence's size said three times apart, each with its way out (a
        // shop's button line under each item of a list of deals, "Get it at <shop> for <price>",
        // is a few words, and the article's).
        const bool pitch_again = unit.size() == 1 && pitched[i] && e.max_words >= kPitchAgainWords;
        bool remove = small && ((s >= 0.5 && (cta_shaped || foreign_reprint)) || pitch_again);
        // A title line, its text and a run of blank blocks after them is a promo box's shape
        // even on such pages.
        if (layout_page) remove = remove && (link_shaped || (e.title_then_text && e.blank_after >= 2));
        if (remove)
            for (std::size_t u : unit) {
                v.add(views[u].index, s);
                v.condemned.emplace_back(uf.find(u), s);
            }
        i = unit.back() + 1;
    }
    std::sort(v.condemned.begin(), v.condemned.end());
    return v;
}

}  // namespace

void remove_repeated_blocks(Document& doc, const NoiseOptions& options, ViewMemo* memo, const Budget& budget) {
    if (!options.repeated_blocks || doc.body.size() < 2) return;
    LiftedQuotes lifted(doc);
    const auto views = view_blocks(doc, memo);
    const std::size_t n = views.size();
    UnionFind uf = group_copies(views, false, budget);
    const auto repeated = recurring_blocks(views, uf);
    Verdicts v = judge_units(doc, views, uf, repeated, article_vocabulary(views, repeated), budget);

    // All copies go: a copy whose own run lacked the evidence (its title line was taken for
    // the page's subtitle, its button fell elsewhere) shares the verdict of its group.
    // (The units' verdicts sorted once: a search of the growing list was quadratic on a page of
    // many condemned copies. The copies added here are distinct blocks, none already listed.)
    std::vector<std::size_t> judged = v.drop;
    std::sort(judged.begin(), judged.end());
    for (std::size_t i = 0; i < n; ++i) {
        if (!repeated[i]) continue;
        const double s = v.of_group(uf.find(i));
        if (s >= 0 && !std::binary_search(judged.begin(), judged.end(), views[i].index)) v.add(views[i].index, s);
    }
    // A copy the text stage took for the subtitle goes with its group too.
    if (!doc.meta.subtitle.empty() && !v.condemned.empty()) {
        const auto sub = fold_words(doc.meta.subtitle);
        for (std::size_t i = 0; i < n; ++i)
            if (repeated[i] && v.of_group(uf.find(i)) >= 0 && fold_words(views[i].text) == sub) {
                doc.removed.push_back(Removal{RemovalReason::repeated_block, false, doc.meta.subtitle, 0, v.of_group(uf.find(i)), 0, 0});
                doc.meta.subtitle.clear();
                break;
            }
    }
    if (!v.drop.empty()) remove_top_level(doc, std::move(v.drop), RemovalReason::repeated_block, v.scores, lifted.owners());
}

}  // namespace winnow::detail
