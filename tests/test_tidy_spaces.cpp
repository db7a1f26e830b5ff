// tidy_spaces' screen (spaces_already_tidy) against the plain backward walk it skips: on
// generated texts in several scripts, with spans, and on real-looking lines, the block after
// tidy_spaces is the block after tidy_spaces_plain, text and spans alike.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "block_edit.hpp"

using namespace winnow;
using namespace winnow::detail;

namespace {

bool same_block(const Block& a, const Block& b) {
    if (a.text != b.text || a.spans.size() != b.spans.size()) return false;
    for (std::size_t i = 0; i < a.spans.size(); ++i)
        if (a.spans[i].begin != b.spans[i].begin || a.spans[i].end != b.spans[i].end || a.spans[i].kind != b.spans[i].kind)
            return false;
    return true;
}

Block block_of(std::string text, std::vector<std::pair<std::uint32_t, std::uint32_t>> spans = {}) {
    Block b;
    b.kind = BlockKind::paragraph;
    b.text = std::move(text);
    for (auto [s, e] : spans) {
        Span sp;
        sp.kind = Span::Kind::link;
        sp.begin = s;
        sp.end = e;
        b.spans.push_back(sp);
    }
    return b;
}

// Both readings of one block; returns whether the screen let it pass untouched.
bool check(const Block& in) {
    Block fast = in, plain = in;
    tidy_spaces(fast);
    tidy_spaces_plain(plain);
    CHECK(same_block(fast, plain));
    return spaces_already_tidy(in.text);
}

}  // namespace

TEST_CASE("tidy_spaces: the screen passes tidy prose in several scripts and leaves it as the walk does") {
    for (const char* t : {"The river rose, and the town slept.", "Le fleuve monte ; la ville dort !", "Река поднялась, город спал.",
                          "川が増水し、町は眠った。", "नदी बढ़ी, शहर सोया।", "النهر ارتفع، والمدينة نامت.", "(a note) after it", "x"}) {
        CHECK(check(block_of(t)));
    }
    CHECK(check(block_of("")));
}

TEST_CASE("tidy_spaces: each untidy shape is caught by the screen and edited as the walk edits it") {
    // Edges, runs, other spaces, a space before a stop, a comma or a closing parenthesis.
    for (const char* t : {" lead", "trail ", "two  spaces", "tab\there", "line\nbreak", "word .", "word , next", "(aside )",
                          "Слово .", "語 , 語", "a\r\nb", "\v", "  ", "end. . .", "spaced . . . dots"}) {
        Block b = block_of(t);
        CHECK_FALSE(check(b));
    }
    // A ". . ." ellipsis is kept by the walk; the screen only sends it there.
    Block e = block_of("wait . . . then");
    tidy_spaces(e);
    CHECK(e.text == "wait. . . then");
}

TEST_CASE("tidy_spaces: spans move with the edits alike") {
    check(block_of("a  link  here .", {{3, 7}, {9, 13}}));
    check(block_of(" начало  ссылки ", {{1, 13}}));
    check(block_of("x ) y", {{0, 1}, {2, 3}}));
}

TEST_CASE("tidy_spaces: generated texts give the walk's result, text and spans") {
    std::mt19937 rng(4115);
    const std::vector<std::string> pieces = {"a", "Z", "word", "é", "ж", "語", "ก", "٣", "7", " ", " ", " ", "  ", "\t", "\n",
                                             ".", ",", ")", "(", ";", "!", "?", "\"", "'", "\xEF\xBF\xBD", "\x01"};
    int passed = 0;
    for (int round = 0; round < 4000; ++round) {
        std::string text;
        const int n = static_cast<int>(rng() % 14);
        for (int k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
        std::vector<std::pair<std::uint32_t, std::uint32_t>> spans;
        if (!text.empty() && rng() % 2) {
            const auto a = static_cast<std::uint32_t>(rng() % text.size());
            const auto b = static_cast<std::uint32_t>(a + 1 + rng() % (text.size() - a));
            spans.emplace_back(a, b);
        }
        passed += check(block_of(text, spans));
    }
    // Both branches were taken many times.
    CHECK(passed > 200);
    CHECK(passed < 3800);
}

TEST_CASE("tidy_spaces: the screen reads long texts eight bytes at a time as it reads them byte by byte") {
    // Texts past the eight-byte steps: the one untidy spot (or control byte) at every offset,
    // so it falls in each lane, across two loads and in the tail; the screen's answer is the
    // byte-by-byte reading's (a ' ' before ' ', '.', ',' or ')', or another space anywhere).
    const auto byte_reading = [](const std::string& t) {
        if (t.empty()) return true;
        const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
        if (space(t.front()) || space(t.back())) return false;
        for (std::size_t i = 1; i + 1 < t.size(); ++i)
            if (space(t[i]) && (t[i] != ' ' || space(t[i + 1]) || t[i + 1] == '.' || t[i + 1] == ',' || t[i + 1] == ')'))
                return false;
        return true;
    };
    const std::string base = "Der Fluss stieg, und die Stadt schlief. Река поднялась (город спал) 川が増水し";
    int untidy = 0;
    for (const char* spot : {" .", " ,", " )", "  ", "\t", "\n", "\x01", " (", "é ", "\x7F "}) {
        for (std::size_t at = 1; at + 1 < base.size(); ++at) {
            std::string t = base.substr(0, at) + spot + base.substr(at);
            const bool expected = byte_reading(t);
            untidy += !expected;
            CHECK(spaces_already_tidy(t) == expected);
        }
    }
    CHECK(untidy > 500);
}
