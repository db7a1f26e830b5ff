// Garbage filter stage: cuts debris runs (filters/garbage_runs.cpp) out of every block but
// code (and inline code spans), and drops blocks that were nothing but debris or markup source
// (filters/markup_source.cpp).
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "block_edit.hpp"
#include "filters/evidence.hpp"
#include "filters/garbage_tokens.hpp"
#include "filters/page_script.hpp"

namespace winnow::detail {

using namespace garbage_tokens;

namespace {

// Lower-case ASCII words that stand alone (between non-alphanumerics) in the blocks' texts,
// counted. A flat table with linear probing over one buffer of the distinct words: a page has
// thousands of them, and a map of strings allocated a node (and built a string) for each.
class WordCounts {
public:
    explicit WordCounts(const std::vector<Block>& blocks) : slots_(1024) { add_blocks(blocks); }

    int count(std::string_view w) const {
        const std::uint32_t h = hash(w);
        for (std::size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
            const Slot& s = slots_[i];
            if (s.count == 0) return 0;
            if (s.hash == h && word(s) == w) return s.count;
        }
    }

private:
    struct Slot {
        std::uint32_t begin = 0, size = 0;
        std::uint32_t hash = 0;  // of the word: probes pass other words without reading them
        int count = 0;           // 0: empty
    };
    static constexpr std::uint64_t kFnvBasis = 1469598103934665603ull, kFnvPrime = 1099511628211ull;  // FNV-1a
    static std::uint32_t finish(std::uint64_t h) { return static_cast<std::uint32_t>(h ^ (h >> 29)); }
    static std::uint32_t hash(std::string_view w) {
        std::uint64_t h = kFnvBasis;
        for (const char c : w) h = (h ^ static_cast<unsigned char>(c)) * kFnvPrime;
        return finish(h);
    }
    std::string_view word(const Slot& s) const { return std::string_view(words_.data() + s.begin, s.size); }

    void add(std::string_view w, std::uint32_t h) {
        std::size_t i = h & (slots_.size() - 1);
        for (; slots_[i].count != 0; i = (i + 1) & (slots_.size() - 1))
            if (slots_[i].hash == h && word(slots_[i]) == w) {
                ++slots_[i].count;
                return;
            }
        slots_[i] = Slot{static_cast<std::uint32_t>(words_.size()), static_cast<std::uint32_t>(w.size()), h, 1};
        words_.append(w);
        if (++used_ * 2 > slots_.size()) grow();
    }
    void grow() {
        std::vector<Slot> old(slots_.size() * 2);
        old.swap(slots_);
        for (const Slot& s : old) {
            if (s.count == 0) continue;
            std::size_t i = s.hash & (slots_.size() - 1);
            while (slots_[i].count != 0) i = (i + 1) & (slots_.size() - 1);
            slots_[i] = s;
        }
    }
    void add_text(std::string_view t) {
        const char* const s = t.data();
        const std::size_t n = t.size();
        for (std::size_t p = 0; p < n;) {
            if (!is_alpha(s[p])) { ++p; continue; }
            // One pass over the word's letters: its end, its lowered copy and hash() of it.
            char lowered[24];
            std::uint64_t h = kFnvBasis;
            std::size_t e = p;
            for (; e < n && is_alpha(s[e]); ++e) {
                const char c = static_cast<char>(s[e] | 0x20);  // an ASCII letter lowered
                if (e - p < sizeof lowered) lowered[e - p] = c;
                h = (h ^ static_cast<unsigned char>(c)) * kFnvPrime;
            }
            const bool alone = (p == 0 || !is_dig(s[p - 1])) && (e == n || !is_dig(s[e]));
            if (alone && e - p >= 3 && e - p <= sizeof lowered) add(std::string_view(lowered, e - p), finish(h));
            p = e;
        }
    }
    void add_blocks(const std::vector<Block>& blocks) {
        for (const Block& b : blocks) {
            add_text(b.text);
            add_blocks(b.children);
        }
    }

    std::vector<Slot> slots_;  // a power of two in size, at most half used
    std::size_t used_ = 0;
    std::string words_;        // the distinct words, one after another
};

// One token of 24 bytes at most, no children, with a mark prose does not write inside or
// before its word (`=`, `{`, `|`, `#`, `$`, `\\`, `^`, `~`, `` ` ``, `<`, `>`).
bool machine_scrap(const Block& b) {
    if (!b.children.empty() || b.kind == BlockKind::code || b.text.empty() || b.text.size() > 24) return false;
    if (std::any_of(b.text.begin(), b.text.end(), is_space)) return false;
    return b.text.find_first_of("={}|#$\\^~`<>") != std::string::npos;
}

}  // namespace

void remove_garbage(Document& doc, const NoiseOptions& options, const Budget& budget, std::optional<int>* page_script) {
    if (!options.garbage) return;
    // Out of time, the walk stops before its next block, compacts what went and throws at the
    // end: the blocks before are cleaned, the rest untouched, every removal recorded.
    BudgetTicker ticker(budget, "noise filtering", 16);
    const int dominant = dominant_script(doc);
    // Every change this filter makes to a text or a block is recorded as a removal: none
    // recorded, the document is as it was counted.
    const std::size_t removals = doc.removed.size();
    MarkedLetters page;
    std::function<void(const std::vector<Block>&)> count = [&](const std::vector<Block>& blocks) {
        for (const Block& b : blocks) {
            page.count(b.text);
            count(b.children);
        }
    };
    count(doc.body);
    // Gathered on first use: only a blob glued to a word, or a statement, asks.
    std::optional<WordCounts> words;
    const KnownWord known_word = [&](std::string_view w) {
        if (!words) words.emplace(doc.body);
        return words->count(w);
    };
    RunBuffers buffers;  // the detectors' buffers, reused from block to block
    // Whole blocks that are nothing but debris go; otherwise the runs are cut out.
    std::function<void(std::vector<Block>&)> walk = [&](std::vector<Block>& blocks) {
        // Blocks that go are marked and compacted once at the end: erasing each in place
        // was quadratic on pages with many debris blocks.
        std::vector<char> gone(blocks.size(), 0);
        const std::vector<char> source = markup_source_blocks(blocks);
        for (std::size_t i = 0; i < blocks.size();) {
            if (ticker.over()) break;
            Block& b = blocks[i];
            if (b.kind == BlockKind::code) { ++i; continue; }
            // (A list among config lines is the items a key opened: it goes with them.)
            if (source[i] && (b.children.empty() || b.kind == BlockKind::list)) {
                doc.removed.push_back(Removal{RemovalReason::garbage, false, b.text, b.source_line, 0.9, b.order, 0});
                gone[i] = 1;
                ++i;
                continue;
            }
            walk(b.children);
            if (b.text.empty()) { ++i; continue; }
            // A block drawn with one repeated symbol ("______") is a separator the author typed.
            if (b.text.find_first_not_of(b.text.front()) == std::string::npos) { ++i; continue; }
            auto runs = find_garbage_runs(b.text, dominant, known_word, &page, buffers);
            // Code the author marked inline (<code>, <kbd>, <samp>) is the article's: a tutorial's
            // statement or path in its sentence. A run that touches it stays, but for a tag's
            // shape ("<path>"): the text output, cleaned again, has no spans to tell it by.
            // (The code spans indexed once: a scan of every span per run was quadratic in a long
            // block with many links and runs.)
            if (!runs.empty() && !b.spans.empty()) {
                const SpanIndex code_spans(b.spans, Span::Kind::code);
                if (!code_spans.empty())
                    std::erase_if(runs, [&](const TextRange& r) { return b.text[r.begin] != '<' && code_spans.overlaps(r.begin, r.end); });
            }
            if (runs.empty()) { ++i; continue; }
            const std::string original = b.text;
            // (Cut in one pass: erasing run by run moved the block's tail once per run, which
            // was quadratic in a long block with many runs.)
            std::vector<std::pair<std::uint32_t, std::uint32_t>> cuts;
            cuts.reserve(runs.size());
            for (auto it = runs.rbegin(); it != runs.rend(); ++it)
                doc.removed.push_back(Removal{RemovalReason::garbage, true,
                                              original.substr(it->begin, it->end - it->begin), b.source_line, 0.9,
                                              b.order, static_cast<std::uint32_t>(it->begin)});
            for (const TextRange& r : runs) cuts.emplace_back(r.begin, r.end);
            erase_texts(b, cuts);
            tidy_spaces(b);
            bool meaningful = false;
            std::size_t p = 0;
            while (p < b.text.size() && !meaningful) {
                const char32_t cp = next_code_point(b.text, p);
                meaningful = is_letter(cp) || is_digit(cp);
            }
            if (!meaningful && b.children.empty() && b.kind != BlockKind::figure) {
                // Whole block was debris: record it once as a block removal instead of spans.
                doc.removed.resize(doc.removed.size() - runs.size());
                doc.removed.push_back(Removal{RemovalReason::garbage, false, original, b.source_line, 0.9, b.order, 0});
                gone[i] = 1;
            }
            ++i;
        }
        // A scrap of one token with a machine's mark between two blocks that went as debris (an
        // armored key's checksum line "=Xk3q" between its body and its END frame) is theirs.
        for (std::size_t i = 1; i + 1 < blocks.size(); ++i)
            if (!gone[i] && gone[i - 1] && gone[i + 1] && machine_scrap(blocks[i])) {
                doc.removed.push_back(Removal{RemovalReason::garbage, false, blocks[i].text, blocks[i].source_line, 0.9, blocks[i].order, 0});
                gone[i] = 1;
            }
        std::size_t kept = 0;
        for (std::size_t i = 0; i < blocks.size(); ++i)
            if (!gone[i]) {
                if (kept != i) blocks[kept] = std::move(blocks[i]);
                ++kept;
            }
        blocks.resize(kept);
    };
    walk(doc.body);
    ticker.rethrow();
    if (page_script && doc.removed.size() == removals) *page_script = dominant;
}

void remove_garbage(Document& doc, const NoiseOptions& options, const Budget& budget) {
    remove_garbage(doc, options, budget, nullptr);
}

}  // namespace winnow::detail
