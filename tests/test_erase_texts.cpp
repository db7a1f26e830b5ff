// Cutting many ranges out of one block in one pass (erase_texts, and tidy_spaces_plain built
// on the same span shift) gives the block the range-by-range edits gave it, text and spans
// alike: checked against those edits (erase_text from the last range back; the in-place
// backward walk tidy_spaces_plain was) on generated texts in several scripts with spans, and
// on a long block with tens of thousands of cuts, which the one-pass edit does in linear time.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "ascii.hpp"
#include "block_edit.hpp"
#include "cpu_clock.hpp"

using namespace winnow;
using namespace winnow::detail;

namespace {

using Ranges = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

bool same_block(const Block& a, const Block& b) {
    if (a.text != b.text || a.spans.size() != b.spans.size()) return false;
    for (std::size_t i = 0; i < a.spans.size(); ++i)
        if (a.spans[i].begin != b.spans[i].begin || a.spans[i].end != b.spans[i].end || a.spans[i].kind != b.spans[i].kind)
            return false;
    return true;
}

// The range-by-range edit: each range erased in place, the last one first.
void erase_one_by_one(Block& b, const Ranges& ranges) {
    for (auto it = ranges.rbegin(); it != ranges.rend(); ++it) erase_text(b, it->first, it->second);
}

// The backward walk that erased each untidy run of spaces in place (the reference).
bool closes_phrase(char c) { return c == '.' || c == ',' || c == ')'; }
bool residue_in_place(const std::string& t, std::size_t start, std::size_t stop) {
    if (stop >= t.size() || !closes_phrase(t[stop])) return false;
    if (start > 0 && (t[start - 1] == '.' || t[start - 1] == ',')) return false;
    const std::size_t after = stop + 1;
    return after >= t.size() || is_ascii_space(t[after]) || t[after] == '"' || t[after] == '\'' ||
           static_cast<unsigned char>(t[after]) >= 0x80 || closes_phrase(t[after]);
}
void tidy_in_place(Block& block) {
    std::string& t = block.text;
    std::size_t i = t.size();
    while (i > 0) {
        --i;
        if (!is_ascii_space(t[i])) continue;
        std::size_t start = i;
        while (start > 0 && is_ascii_space(t[start - 1])) --start;
        const std::size_t stop = i + 1;
        if (start == 0 || stop == t.size() || residue_in_place(t, start, stop)) {
            erase_text(block, static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(stop));
        } else {
            if (t[start] != ' ') t[start] = ' ';
            if (stop - start > 1) erase_text(block, static_cast<std::uint32_t>(start + 1), static_cast<std::uint32_t>(stop));
        }
        i = start;
    }
}

const std::vector<std::string> kPieces = {"a", "Z", "word", "é", "ж", "Слово", "語", "ก", "٣", "مدينة", "7", " ", " ", " ",
                                          "  ", "\t", "\n", ".", ",", ")", "(", ";", "!", "?", "\"", "'", "\xEF\xBF\xBD"};

Block random_block(std::mt19937& rng, int pieces) {
    Block b;
    b.kind = BlockKind::paragraph;
    const int n = static_cast<int>(rng() % static_cast<unsigned>(pieces + 1));
    for (int k = 0; k < n; ++k) b.text += kPieces[rng() % kPieces.size()];
    const int spans = b.text.empty() ? 0 : static_cast<int>(rng() % 4);
    for (int k = 0; k < spans; ++k) {
        Span s;
        s.kind = k % 2 ? Span::Kind::code : Span::Kind::link;
        s.begin = static_cast<std::uint32_t>(rng() % b.text.size());
        s.end = static_cast<std::uint32_t>(s.begin + rng() % (b.text.size() - s.begin + 1));
        b.spans.push_back(s);
    }
    return b;
}

// Ranges in order and apart (touching allowed, some empty, the last maybe past the end), or,
// when `any`, anywhere: overlapping and out of order, which erase_texts leaves to erase_text.
Ranges random_ranges(std::mt19937& rng, std::uint32_t size, bool any) {
    Ranges r;
    const int n = static_cast<int>(rng() % 6);
    std::uint32_t at = 0;
    for (int k = 0; k < n; ++k) {
        if (any) {
            const std::uint32_t b = size ? static_cast<std::uint32_t>(rng() % (size + 1)) : 0;
            r.emplace_back(b, b + static_cast<std::uint32_t>(rng() % 6));
            continue;
        }
        const std::uint32_t b = at + static_cast<std::uint32_t>(rng() % 4);
        const std::uint32_t e = b + static_cast<std::uint32_t>(rng() % 5);
        r.emplace_back(b, e);
        at = e;
    }
    return r;
}

}  // namespace

TEST_CASE("erase_texts: ranges in order give the range-by-range edit, text and spans") {
    std::mt19937 rng(2051);
    for (int round = 0; round < 6000; ++round) {
        const Block in = random_block(rng, 14);
        const Ranges ranges = random_ranges(rng, static_cast<std::uint32_t>(in.text.size()), round % 3 == 0);
        Block once = in, each = in;
        erase_texts(once, ranges);
        erase_one_by_one(each, ranges);
        CHECK(same_block(once, each));
    }
}

TEST_CASE("erase_texts: cuts touching, inside spans and at both ends") {
    Block b;
    b.text = "{{x}} Город{{y}}спал. {{z}}";  // debris around Russian words
    Span link;
    link.kind = Span::Kind::link;
    link.begin = 6;
    link.end = 29;  // "Город{{y}}спал" (Cyrillic letters are two bytes)
    b.spans.push_back(link);
    Block each = b;
    const Ranges ranges = {{0, 5}, {5, 6}, {16, 21}, {31, 40}};
    erase_texts(b, ranges);
    erase_one_by_one(each, ranges);
    CHECK(same_block(b, each));
    CHECK(b.text == "Городспал. ");
    REQUIRE(b.spans.size() == 1);
    CHECK(b.spans[0].begin == 0);
    CHECK(b.spans[0].end == 18);
}

TEST_CASE("tidy_spaces_plain: the one-pass walk gives the in-place walk's block") {
    std::mt19937 rng(7345);
    int edited = 0;
    for (int round = 0; round < 8000; ++round) {
        const Block in = random_block(rng, 16);
        Block once = in, each = in;
        tidy_spaces_plain(once);
        tidy_in_place(each);
        CHECK(same_block(once, each));
        edited += once.text != in.text;
    }
    CHECK(edited > 1000);  // most generated texts had something to tidy
    for (const char* t : {"wait . . . then", "word , next", " ( aside ) ", "川 , 語 。", "نامت .", "a\t\t. b", ". ,"}) {
        Block once, each;
        once.text = each.text = t;
        tidy_spaces_plain(once);
        tidy_in_place(each);
        CHECK(same_block(once, each));
    }
}

TEST_CASE("erase_texts and tidy_spaces_plain: a long block with many cuts is edited in linear time") {
    // 60,000 words each followed by a debris token and two spaces: 60,000 cuts, then 60,000
    // runs of two spaces to tidy. Edited range by range that moved about 60,000 x 1.5 MB.
    Block b;
    b.kind = BlockKind::paragraph;
    Ranges debris;
    for (int k = 0; k < 60000; ++k) {
        b.text += k % 3 ? "слово " : "word ";
        debris.emplace_back(static_cast<std::uint32_t>(b.text.size()), static_cast<std::uint32_t>(b.text.size() + 5));
        b.text += "{{x}}  ";
    }
    Span s;
    s.kind = Span::Kind::link;
    s.begin = 0;
    s.end = static_cast<std::uint32_t>(b.text.size());
    b.spans.push_back(s);
    const double start = winnow::test::cpu_ms();
    erase_texts(b, debris);
    tidy_spaces_plain(b);
    const double seconds = (winnow::test::cpu_ms() - start) / 1e3;
    CHECK(b.text.find("{{") == std::string::npos);
    CHECK(b.text.find("  ") == std::string::npos);
    CHECK(b.text.starts_with("word слово слово word"));
    REQUIRE(b.spans.size() == 1);
    CHECK(b.spans[0].end == b.text.size());
    CHECK(seconds < 1.0);
}

TEST_CASE("SpanIndex: overlaps and covers answer as a walk of every span of the kind") {
    std::mt19937 rng(911);
    for (int round = 0; round < 3000; ++round) {
        std::vector<Span> spans;
        const int n = static_cast<int>(rng() % 9);
        for (int k = 0; k < n; ++k) {
            Span s;
            s.kind = rng() % 2 ? Span::Kind::code : Span::Kind::link;
            s.begin = static_cast<std::uint32_t>(rng() % 40);
            s.end = static_cast<std::uint32_t>(s.begin + rng() % 12);  // empty ones too
            spans.push_back(s);
        }
        const SpanIndex code(spans, Span::Kind::code);
        for (std::uint32_t b = 0; b < 50; b += 1 + static_cast<std::uint32_t>(rng() % 3)) {
            const std::uint32_t e = b + static_cast<std::uint32_t>(rng() % 8);
            const bool overlap = std::any_of(spans.begin(), spans.end(), [&](const Span& s) {
                return s.kind == Span::Kind::code && s.begin < e && b < s.end;
            });
            const bool cover = std::any_of(spans.begin(), spans.end(), [&](const Span& s) {
                return s.kind == Span::Kind::code && s.begin <= b && b < s.end;
            });
            CHECK(code.overlaps(b, e) == overlap);
            CHECK(code.covers(b) == cover);
        }
    }
}

TEST_CASE("tidy_spaces: a long paragraph of thousands of links and code spans keeps each on its word") {
    // Links and inline code taking turns with words of three scripts, two spaces between: the
    // spaces are tidied in one pass and every span still covers its word.
    Block b;
    b.kind = BlockKind::paragraph;
    for (int k = 0; k < 6000; ++k) {
        const std::string word = k % 3 == 0 ? "Fähre" : k % 3 == 1 ? "слово" : "γέφυρα";
        Span s;
        s.kind = k % 2 ? Span::Kind::code : Span::Kind::link;
        s.target = k % 2 ? "" : "https://example.org/a" + std::to_string(k);
        s.begin = static_cast<std::uint32_t>(b.text.size());
        b.text += word;
        s.end = static_cast<std::uint32_t>(b.text.size());
        b.spans.push_back(s);
        b.text += "  ";
    }
    const double start = winnow::test::cpu_ms();
    tidy_spaces(b);
    const double seconds = (winnow::test::cpu_ms() - start) / 1e3;
    CHECK(b.text.find("  ") == std::string::npos);
    CHECK(b.spans.size() == 6000);
    for (std::size_t k = 0; k < b.spans.size(); k += 997) {
        const std::string word = k % 3 == 0 ? "Fähre" : k % 3 == 1 ? "слово" : "γέφυρα";
        CHECK(b.text.substr(b.spans[k].begin, b.spans[k].end - b.spans[k].begin) == word);
    }
    CHECK(seconds < 1.0);
}
