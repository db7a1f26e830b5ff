// Needless JSON escapes rewritten while a JSON Lines line is read (tools/jsonl_compact.hpp):
// the record parses to the same strings however the line is cut into pieces, and the count of
// decoded bytes is what the parser produces.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "jsonl.hpp"
#include "jsonl_compact.hpp"

using namespace winnow::cli;

namespace {

// Compacts `line` as a reader does: piece by piece, each call from where the last one ended.
std::string compact_in_pieces(const std::string& line, std::size_t piece, std::uint64_t& decoded) {
    std::string held;
    std::size_t done = 0;
    decoded = 0;
    for (std::size_t i = 0; i < line.size(); i += piece) {
        held.append(line, i, piece);
        done = compact_json_escapes(held, done, decoded);
    }
    CHECK(done == held.size());  // a whole line leaves no escape cut
    return held;
}

}  // namespace

TEST_CASE("needless escapes are rewritten and the record parses the same") {
    const std::vector<std::string> lines = {
        // ensure_ascii and <>& escaped, in several scripts; a surrogate pair (an emoji).
        R"({"url":"https:\/\/a.example\/ru","html":"\u003cp\u003e\u0421\u0442\u0430\u0440\u044b\u0439 \u043c\u043e\u0441\u0442 \u0026amp; \ud83c\udf09\u003c\/p\u003e","id":1})",
        R"({"url":"https://a.example/ja","html":"\u003ch1\u003e\u5ddd\u306e\u8a71\u003c/h1\u003e\n\u003cp\u003eDie Br\u00fccke \"alt\"\u003c/p\u003e","id":"x"})",
        // Escapes that must stay: quote, backslash, controls, an escaped backslash before "u0041".
        R"({"url":"u","html":"a\"b\\c\u0022d\u005ce\u0001f\t\\u0041 \\\u0041","id":[1,2]})",
        // What the parser does with broken surrogates is kept as it is.
        R"({"url":"u","html":"lone \ud800 x \udc00 pair-less \ud800\u0041 end \ud83c","id":2})",
        R"({"url":"u","text":"Le pont de pierre traverse la rivi\u00e8re \u2014 \u00e9t\u00e9."})"};
    for (const std::string& line : lines) {
        CAPTURE(line);
        JsonlRecord want;
        std::string error;
        REQUIRE(parse_jsonl_record(line, want, error));
        for (std::size_t piece : {std::size_t(1), std::size_t(3), std::size_t(7), std::size_t(11), line.size()}) {
            CAPTURE(piece);
            std::uint64_t decoded = 0;
            const std::string held = compact_in_pieces(line, piece, decoded);
            CHECK(held.size() <= line.size());
            JsonlRecord got;
            REQUIRE(parse_jsonl_record(held, got, error));
            CHECK(got.body == want.body);
            CHECK(got.url == want.url);
            CHECK(got.id_json == want.id_json);
            CHECK(got.is_text == want.is_text);
            // Decoded bytes: the strings as parsed plus the JSON around them, never less than the page.
            CHECK(decoded >= want.body.size());
            CHECK(decoded <= held.size());
        }
    }
    // A line of nothing but escaped letters shrinks to the letters.
    std::string escaped = R"({"html":")";
    for (int i = 0; i < 500; ++i) escaped += "\\u0436\\u003c";
    escaped += R"("})";
    std::uint64_t decoded = 0;
    const std::string held = compact_in_pieces(escaped, 64, decoded);
    CHECK(held.size() == 11 + 500 * 3);
    CHECK(decoded == held.size());
}

TEST_CASE("an oversized record's url and id come from the start of its line") {
    const std::string big(200000, 'y');
    JsonlRecord rec;
    oversize_record_names(R"({"id":7,"url":"https://b.example/big","html":"<p>)" + big, rec);
    CHECK(rec.url == "https://b.example/big");
    CHECK(rec.id_json == "7");
    CHECK(rec.body.empty());
    JsonlRecord after;
    oversize_record_names(R"({"html":"<p>)" + big + R"(</p>","url":"https://b.example/late"})", after);
    CHECK(after.url.empty());
}

TEST_CASE("a line in memory is refused exactly when the stream reader refuses it") {
    const std::size_t limit = 1000;
    std::string escaped = R"({"url":"u","html":")";
    for (int i = 0; i < 300; ++i) escaped += "\\u0436";  // 1,800 bytes escaped, 600 decoded
    escaped += R"("})";
    CHECK_FALSE(jsonl_line_oversize(escaped, limit));
    CHECK(jsonl_line_oversize(R"({"url":"u","html":")" + std::string(1200, 'x') + R"("})", limit));
    std::string quotes = R"({"html":")";
    for (int i = 0; i < 600; ++i) quotes += "\\\"";  // 600 decoded, 1,200 held: under twice the limit
    quotes += R"("})";
    CHECK_FALSE(jsonl_line_oversize(quotes, limit));
    CHECK_FALSE(jsonl_line_oversize("{}", limit));
}
