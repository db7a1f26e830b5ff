// UTF-8 Chinese (and Japanese, Korean) read as GBK (cp936): "鐨勮垔鏇告敜" for "的舊書攤". The
// run's characters are written back to GBK and read as UTF-8; a stretch that decodes whole into
// three or more CJK characters, with rare GBK characters (outside GB2312's hanzi and kana) in it,
// is replaced. Chinese (simplified and traditional), Japanese, Korean and English written right,
// with bopomofo, rare hanzi and symbols, stay byte-identical. Fixtures written for this test,
// damaged with Python's gbk codec (not the library's tables): zh-Hans zh-Hant ja ko en.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "charset_tables.hpp"
#include "iconv_handle.hpp"
#include "mojibake_gbk_opener.hpp"
#include "noise_page_util.hpp"
#include "unicode.hpp"

using winnow::UnicodeOptions;
using winnow::detail::normalize_text;

namespace {

using winnow::test::Repair;

const std::vector<Repair> kRepairs{
    {"\u6CB3\u8FB9\u9428\u52EC\u68EB\u6D94\uFE3D\u61A1\u6BCF\u5929\u65E9\u4E0A\u4E03\u70B9\u5F00\u95E8\uFF0C\u644A\u4E3B\u5DF2\u7ECF\u5728\u8FD9\u91CC\u5356\u4E86\u4E8C\u5341\u591A\u5E74\u7684\u4E66\u3002", "\u6CB3\u8FB9\u7684\u65E7\u4E66\u644A\u6BCF\u5929\u65E9\u4E0A\u4E03\u70B9\u5F00\u95E8\uFF0C\u644A\u4E3B\u5DF2\u7ECF\u5728\u8FD9\u91CC\u5356\u4E86\u4E8C\u5341\u591A\u5E74\u7684\u4E66\u3002"},
    {"\u9644\u8FD1\u7684\u5B66\u9422\u71B8\u6581\u701B\uFE40\u6097\u5E38\u5E38\u5750\u5728\u644A\u5B50\u65C1\u8FB9\u7684\u957F\u6905\u4E0A\u770B\u4E66\u3002", "\u9644\u8FD1\u7684\u5B66\u751F\u653E\u5B66\u540E\u5E38\u5E38\u5750\u5728\u644A\u5B50\u65C1\u8FB9\u7684\u957F\u6905\u4E0A\u770B\u4E66\u3002"},
    {"\u6A4B\u982D\u9428\u52EE\u5794\u93C7\u544A\u655C\u6BCF\u5929\u65E9\u4E0A\u4E03\u9EDE\u958B\u9580\uFF0C\u6524\u4E3B\u5DF2\u7D93\u5728\u9019\u88E1\u8CE3\u4E86\u4E8C\u5341\u591A\u5E74\u7684\u66F8\u3002", "\u6A4B\u982D\u7684\u820A\u66F8\u6524\u6BCF\u5929\u65E9\u4E0A\u4E03\u9EDE\u958B\u9580\uFF0C\u6524\u4E3B\u5DF2\u7D93\u5728\u9019\u88E1\u8CE3\u4E86\u4E8C\u5341\u591A\u5E74\u7684\u66F8\u3002"},
    {"\u9644\u8FD1\u7684\u5B78\u9422\u71B8\u6581\u701B\u7A3F\u7DE6\u5E38\u5E38\u5750\u5728\u6524\u5B50\u65C1\u908A\u7684\u9577\u6905\u4E0A\u770B\u66F8\u3002", "\u9644\u8FD1\u7684\u5B78\u751F\u653E\u5B78\u5F8C\u5E38\u5E38\u5750\u5728\u6524\u5B50\u65C1\u908A\u7684\u9577\u6905\u4E0A\u770B\u66F8\u3002"},
    {"\u99C5\u524D\u306E\u9359\u3086\u6E70\u705E\u5B28\u4F05\u6BCE\u671D\u4E03\u6642\u306B\u5E97\u3092\u958B\u3051\u3001\u5E97\u4E3B\u306F\u4E09\u5341\u5E74\u3053\u306E\u753A\u3067\u672C\u3092\u58F2\u3063\u3066\u304D\u305F\u3002", "\u99C5\u524D\u306E\u53E4\u672C\u5C4B\u306F\u6BCE\u671D\u4E03\u6642\u306B\u5E97\u3092\u958B\u3051\u3001\u5E97\u4E3B\u306F\u4E09\u5341\u5E74\u3053\u306E\u753A\u3067\u672C\u3092\u58F2\u3063\u3066\u304D\u305F\u3002"},
    {"\u8FD1\u304F\u306E\u6942\u6A3B\u724E\u9422\u71B4\u4F05\u653E\u8AB2\u5F8C\u306B\u5E97\u5148\u306E\u9577\u6905\u5B50\u3067\u672C\u3092\u8AAD\u3093\u3067\u3044\u308B\u3002", "\u8FD1\u304F\u306E\u9AD8\u6821\u751F\u306F\u653E\u8AB2\u5F8C\u306B\u5E97\u5148\u306E\u9577\u6905\u5B50\u3067\u672C\u3092\u8AAD\u3093\u3067\u3044\u308B\u3002"},
    {"\uB2E4\uB9AC \uC606\uC758 \u9805\u5C87\u7733\u6C1A\u2548\u6F43 \uB9E4\uC77C \uC544\uCE68 \uC77C\uACF1 \uC2DC\uC5D0 \uBB38\uC744 \uC5F0\uB2E4.", "\uB2E4\uB9AC \uC606\uC758 \uD5CC\uCC45\uBC29\uC740 \uB9E4\uC77C \uC544\uCE68 \uC77C\uACF1 \uC2DC\uC5D0 \uBB38\uC744 \uC5F0\uB2E4."},
    {"\uADFC\uCC98 \u9803\u6B16\u5129\u970C\u308C\u6F43 \uBC29\uACFC \uD6C4\uC5D0 \uAC00\uAC8C \uC55E \uBCA4\uCE58\uC5D0\uC11C \uCC45\uC744 \uC77D\uB294\uB2E4.", "\uADFC\uCC98 \uD559\uC0DD\uB4E4\uC740 \uBC29\uACFC \uD6C4\uC5D0 \uAC00\uAC8C \uC55E \uBCA4\uCE58\uC5D0\uC11C \uCC45\uC744 \uC77D\uB294\uB2E4."},
    {"The stall, known as \u9470\u4F80\u6AB2\u6D94\uFE3D\u61A1 to its regulars, has sold books by the bridge for twenty years.", "The stall, known as \u8001\u9648\u4E66\u644A to its regulars, has sold books by the bridge for twenty years."},
};

const std::vector<const char*> kGenuine{
    "\u6CB3\u8FB9\u7684\u65E7\u4E66\u644A\u6BCF\u5929\u65E9\u4E0A\u4E03\u70B9\u5F00\u95E8\uFF0C\u644A\u4E3B\u5DF2\u7ECF\u5728\u8FD9\u91CC\u5356\u4E86\u4E8C\u5341\u591A\u5E74\u7684\u4E66\u3002",
    "\u6A4B\u982D\u7684\u820A\u66F8\u6524\u6BCF\u5929\u65E9\u4E0A\u4E03\u9EDE\u958B\u9580\uFF0C\u6524\u4E3B\u5DF2\u7D93\u5728\u9019\u88E1\u8CE3\u4E86\u4E8C\u5341\u591A\u5E74\u7684\u66F8\u3002",
    "\u99C5\u524D\u306E\u53E4\u672C\u5C4B\u306F\u6BCE\u671D\u4E03\u6642\u306B\u5E97\u3092\u958B\u3051\u3001\u5E97\u4E3B\u306F\u4E09\u5341\u5E74\u3053\u306E\u753A\u3067\u672C\u3092\u58F2\u3063\u3066\u304D\u305F\u3002",
    "\uB2E4\uB9AC \uC606\uC758 \uD5CC\uCC45\uBC29\uC740 \uB9E4\uC77C \uC544\uCE68 \uC77C\uACF1 \uC2DC\uC5D0 \uBB38\uC744 \uC5F0\uB2E4.",
    "\u9435\u93C8\u3001\u9470\u5319\u8207\u9418\u9336\uFF1A\u8001\u8857\u4E0A\u7684\u4FEE\u7406\u92EA\u9084\u5728\u71DF\u696D\u3002",
    "\u3105\u3106\u3107\u3108\u6CE8\u97F3\u7B26\u865F\u662F\u53F0\u7063\u5C0F\u5B78\u4E00\u5E74\u7D1A\u7684\u7B2C\u4E00\u8AB2\u3002",
    "The stall, known as \u8001\u9648\u4E66\u644A to its regulars, has sold books by the bridge for twenty years.",
    "\u6771\u4EAC\u306E\u51AC\u306F\u5BD2\u3044\u304C\u3001\u6674\u308C\u305F\u65E5\u306B\u306F\u5BCC\u58EB\u5C71\u304C\u898B\u3048\u308B\u3002",
    "\u6570\u5B66\u8BFE\u672C\u7B2C\u4E09\u7AE0\u8BB2\u7684\u662F\u51FD\u6570\u4E0E\u65B9\u7A0B\uFF1A\u03B1\u4E0E\u03B2\u3002",
};

}  // namespace

TEST_CASE("UTF-8 read as GBK is repaired") {
    for (const auto& r : kRepairs) {
        CAPTURE(std::string(r.damaged));
        CHECK(normalize_text(r.damaged, UnicodeOptions{}) == r.clean);
    }
}

TEST_CASE("the same damage in an HTML page: HTML5, div soup, a table layout") {
    for (const auto& r : kRepairs)
        winnow::test::check_repaired_in_pages(r);
}

TEST_CASE("Chinese, Japanese, Korean and English written right stay as they are") {
    for (const char* g : kGenuine) {
        CAPTURE(std::string(g));
        CHECK(normalize_text(g, UnicodeOptions{}) == g);
    }
}

// The repair converts a run only from its first opener on; the table (generated from Python's gbk
// codec) must name exactly the characters the library's iconv writes as E0-EF then 80-BF.
TEST_CASE("the opener table is the GBK converter's") {
    const winnow::detail::IconvHandle h("GBK", "UTF-8");
    REQUIRE(h.ok());
    int openers = 0, mismatches = 0;
    for (char32_t c = 0x80; c < 0x10000; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        std::string utf8;
        winnow::detail::append_utf8(utf8, c);
        unsigned char b[4];
        const std::size_t n = winnow::detail::convert_char(h, utf8, b);
        const bool shape = n == 2 && b[0] >= 0xE0 && b[0] <= 0xEF && b[1] >= 0x80 && b[1] <= 0xBF;
        openers += shape;
        mismatches += shape != winnow::detail::gbk_opener(c);
    }
    CHECK(openers == 1024);
    CHECK(mismatches == 0);
}

// A run converted in one call splits into the characters a call per character gives, up to the
// first one GBK lacks (Hangul, an emoji): zh, ja, ko, a euro sign (one byte in GBK).
TEST_CASE("a run converted at once matches a character at a time") {
    const winnow::detail::IconvHandle h("GBK", "UTF-8");
    REQUIRE(h.ok());
    for (const std::string run : {"\u9428\u52EC\u68EB\u6D94\uFE3D\u61A1\u20AC\u3002", "\u65E5\u672C\u8A9E\u306E\u6587\u7AE0\u3067\u3059",
                                  "\u4E2D\u6587\uD55C\uAD6D\uC5B4", "\u4E66\u644A\U0001F600\u4E66"}) {
        std::vector<unsigned char> whole;
        const std::size_t used = winnow::detail::convert_run(h, run, whole);
        std::vector<unsigned char> each;
        std::size_t i = 0;
        while (i < run.size()) {
            std::size_t j = i;
            winnow::detail::next_utf8(reinterpret_cast<const unsigned char*>(run.data()), run.size(), j);
            unsigned char b[4];
            const std::size_t n = winnow::detail::convert_char(h, run.substr(i, j - i), b);
            if (n == 0) break;
            each.insert(each.end(), b, b + n);
            i = j;
        }
        CHECK(used == i);
        CHECK(whole == each);
    }
}
