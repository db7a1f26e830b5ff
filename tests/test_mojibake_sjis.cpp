// UTF-8 Japanese read as Shift_JIS (cp932): "縺ｮ縺ｯ蜊∽ｺｺ" for "のは十人". The run's characters are
// written back to cp932 and read as UTF-8; a stretch that decodes whole into Japanese with kana,
// and held a half-width katakana, is replaced. Japanese written right, half-width katakana in
// it included, and other scripts are left byte-identical. Fixtures written for this test,
// damaged with Python's shift_jis codec (not the library's tables); ja, with en/zh/ko/ru controls.
// Damage without a half-width katakana is found by the rare kanji kana's lead reads as ("縺", "繧");
// those kanji written right (縺れる, 繧繝) stay.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "unicode.hpp"

using winnow::UnicodeOptions;
using winnow::detail::normalize_text;

namespace {

struct Repair {
    const char* damaged;
    const char* clean;
};

const std::vector<Repair> kRepairs{
    {"\u87BB\uFF71\u7E3A\u3085\uFF1E\u7E3A\uFF6E\u6751\u306B\u5C0F\u3055\u306A\u6620\u753B\u9928\u304C\u3042\u308A\u3001\u6708\u306B\u4E8C\u56DE\u3060\u3051\u4E0A\u6620\u4F1A\u3092\u958B\u3044\u3066\u3044\u308B\u3002", "\u5C71\u3042\u3044\u306E\u6751\u306B\u5C0F\u3055\u306A\u6620\u753B\u9928\u304C\u3042\u308A\u3001\u6708\u306B\u4E8C\u56DE\u3060\u3051\u4E0A\u6620\u4F1A\u3092\u958B\u3044\u3066\u3044\u308B\u3002"},
    {"\u6700\u521D\u306E\u4E0A\u6620\u4F1A\u306B\u6765\u305F\u7E3A\uFF6E\u7E3A\uFF6F\u870A\u223D\uFF7A\uFF7A\u307B\u3069\u3060\u3063\u305F\u304C\u3001\u4ECA\u3067\u306F\u8FD1\u304F\u306E\u753A\u304B\u3089\u3082\u89B3\u5BA2\u304C\u96C6\u307E\u308B\u3002", "\u6700\u521D\u306E\u4E0A\u6620\u4F1A\u306B\u6765\u305F\u306E\u306F\u5341\u4EBA\u307B\u3069\u3060\u3063\u305F\u304C\u3001\u4ECA\u3067\u306F\u8FD1\u304F\u306E\u753A\u304B\u3089\u3082\u89B3\u5BA2\u304C\u96C6\u307E\u308B\u3002"},
    {"\u5143\u6620\u8700\u544E\u6A7F\u87F6\uFF6B\u7E3A\uFF6E\u7537\u6027\u304C\u53E4\u3044\u6A5F\u6750\u3092\u81EA\u5206\u3067\u4FEE\u7406\u3057\u3066\u6301\u3061\u8FBC\u3093\u3060\u3068\u3044\u3046\u3002", "\u5143\u6620\u5199\u6280\u5E2B\u306E\u7537\u6027\u304C\u53E4\u3044\u6A5F\u6750\u3092\u81EA\u5206\u3067\u4FEE\u7406\u3057\u3066\u6301\u3061\u8FBC\u3093\u3060\u3068\u3044\u3046\u3002"},
    {"\u6751\u7E3A\uFF6E\u83A0\uFF7A\u873F\uFF63\u7E3A\uFF6F\u6E1B\u308A\u7D9A\u3051\u3066\u3044\u308B\u304C\u3001\u6620\u753B\u306E\u591C\u3060\u3051\u306F\u99D0\u8ECA\u5834\u304C\u3044\u3063\u3071\u3044\u306B\u306A\u308B\u3002", "\u6751\u306E\u4EBA\u53E3\u306F\u6E1B\u308A\u7D9A\u3051\u3066\u3044\u308B\u304C\u3001\u6620\u753B\u306E\u591C\u3060\u3051\u306F\u99D0\u8ECA\u5834\u304C\u3044\u3063\u3071\u3044\u306B\u306A\u308B\u3002"},
    {"\u4E0A\u6620\u7E3A\uFF6E\u8711\u962A\u2193\u7E3A\uFF6F\u5730\u5143\u306E\u8FB2\u5BB6\u304C\u713C\u3044\u305F\u304A\u306B\u304E\u308A\u304C\u914D\u3089\u308C\u308B\u3002", "\u4E0A\u6620\u306E\u524D\u306B\u306F\u5730\u5143\u306E\u8FB2\u5BB6\u304C\u713C\u3044\u305F\u304A\u306B\u304E\u308A\u304C\u914D\u3089\u308C\u308B\u3002"},
    {"\u9015\uFF77\u8AE4\uFF67\u7E3A\uFF6F\u8B5A\uFF65\u5E74\u3001\u6751\u306E\u6614\u306E\u5199\u771F\u3092\u96C6\u3081\u305F\u77ED\u3044\u8A18\u9332\u6620\u753B\u3092\u4F5C\u308B\u8A08\u753B\u3092\u7ACB\u3066\u3066\u3044\u308B\u3002", "\u7537\u6027\u306F\u6765\u5E74\u3001\u6751\u306E\u6614\u306E\u5199\u771F\u3092\u96C6\u3081\u305F\u77ED\u3044\u8A18\u9332\u6620\u753B\u3092\u4F5C\u308B\u8A08\u753B\u3092\u7ACB\u3066\u3066\u3044\u308B\u3002"},
};

const std::vector<Repair> kRepairsWithoutHalfwidth{  // en beside ja; at a sentence start, after a comma
    {"\u6E2F\u753A\u306E\u5E02\u5834\u3067\u306F\u3001\u6F01\u5E2B\u304C\u671D\u65E9\u304F\u7E3A\u4E5D\uFF49\u8700\u548F\u6084\u7E67\u5E1D\u5BD4\u3081\u3066\u5C55\u793A\u3057\u3066\u3044\u308B\u3002", "\u6E2F\u753A\u306E\u5E02\u5834\u3067\u306F\u3001\u6F01\u5E2B\u304C\u671D\u65E9\u304F\u304B\u3089\u5199\u771F\u3092\u96C6\u3081\u3066\u5C55\u793A\u3057\u3066\u3044\u308B\u3002"},
    {"\u56F3\u66F8\u9928\u306E\u8077\u54E1\u306F\u5B50\u3069\u3082\u305F\u3061\u306E\u305F\u3081\u306B\u6BCE\u9031\u8AAD\u307F\u805E\u7E3A\u4E5D\u25CB\u83A8\u58F9\uFF52\u9AE2\u4E5D\uFF1E\u3066\u3044\u308B\u3002", "\u56F3\u66F8\u9928\u306E\u8077\u54E1\u306F\u5B50\u3069\u3082\u305F\u3061\u306E\u305F\u3081\u306B\u6BCE\u9031\u8AAD\u307F\u805E\u304B\u305B\u4F1A\u3092\u958B\u3044\u3066\u3044\u308B\u3002"},
    {"The exhibition, titled \u6D77\u306E\u8A18\u61B6\u7E67\u5E1D\u5BD4\u7E67\u221A\u203B, opens at the harbour museum next week.", "The exhibition, titled \u6D77\u306E\u8A18\u61B6\u3092\u96C6\u3081\u3066, opens at the harbour museum next week."},
    {"\u5C71\u306E\u4E0A\u306E\u5C0F\u3055\u306A\u5B66\u6821\u3067\u306F\u7E32\u222B\u51FD\u8815\u5075\u2032\u81EA\u5206\u3067\u91CE\u83DC\u3092\u80B2\u3066\u3066\u3044\u308B\u3002", "\u5C71\u306E\u4E0A\u306E\u5C0F\u3055\u306A\u5B66\u6821\u3067\u306F\u3001\u751F\u5F92\u304C\u81EA\u5206\u3067\u91CE\u83DC\u3092\u80B2\u3066\u3066\u3044\u308B\u3002"},
};

const std::vector<const char*> kGenuine{
    "\u7CF8\u304C\u7E3A\u308C\u3066\u3001\u307B\u3069\u304F\u306E\u306B\u4E00\u6642\u9593\u304B\u304B\u3063\u305F\u3002",  // the kana leads' kanji written so
    "\u7E67\u7E5D\u5F69\u8272\u306F\u5BFA\u9662\u306E\u5929\u4E95\u306B\u6B8B\u308B\u53E4\u3044\u6280\u6CD5\u3060\u3002",  // the kana leads' kanji written so
    "\u6E2F\u753A\u306E\u5E02\u5834\u3067\u306F\u3001\u6F01\u5E2B\u304C\u671D\u65E9\u304F\u304B\u3089\u5199\u771F\u3092\u96C6\u3081\u3066\u5C55\u793A\u3057\u3066\u3044\u308B\u3002",
    "\uFF76\uFF9E\uFF72\uFF84\uFF9E\u30D6\u30C3\u30AF\u3092\u8AAD\u3093\u3067\u3001\u65C5\u884C\u306E\u8A08\u753B\u3092\u7ACB\u3066\u305F\u3002",  // half-width katakana written so
    "\u6771\u4EAC\u306E\uFF7B\uFF70\uFF8B\uFF9E\uFF7D\u30BB\u30F3\u30BF\u30FC\u306F\u5348\u524D\u4E5D\u6642\u306B\u958B\u304F\u3002",
    "\u7E3A\u3068\u7E67\u306F\u73CD\u3057\u3044\u6F22\u5B57\u3060\u304C\u3001\uFF76\uFF85\u3082\u4F7F\u308F\u308C\u308B\u3002",  // rare kanji beside half-width kana
    "\u8001\u8857\u4E0A\u7684\u4FEE\u978B\u94FA\u5DF2\u7ECF\u5F00\u4E86\u4E09\u5341\u591A\u5E74\u3002",
    "\uC12C\uB9C8\uC744 \uB3C4\uC11C\uAD00\uC758 \uC791\uC740 \uAE30\uC801",
    "\u0421\u0442\u0430\u0440\u044B\u0439 \u043F\u0430\u0440\u043E\u043C \u0447\u0435\u0440\u0435\u0437 \u0437\u0430\u043B\u0438\u0432.",
    "The caf\u00E9 \u2014 \u00BDprice \u2014 opened at 9 am.",
};

}  // namespace

TEST_CASE("UTF-8 Japanese read as Shift_JIS is repaired") {
    for (const auto& r : kRepairs) {
        CAPTURE(std::string(r.damaged));
        CHECK(normalize_text(r.damaged, UnicodeOptions{}) == r.clean);
    }
}

TEST_CASE("the same damage in an HTML page") {
    for (const auto& r : kRepairs) {
        const std::string html = std::string("<!doctype html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>T</title></head><body><article><p>") +
                                 r.damaged + "</p></article></body></html>";
        const std::string out = winnow::to_text(winnow::clean(html).document);
        CAPTURE(out);
        CHECK(out.find(r.clean) != std::string::npos);
    }
}

TEST_CASE("Japanese written right, half-width katakana included, and other scripts stay as they are") {
    for (const char* g : kGenuine) {
        CAPTURE(std::string(g));
        CHECK(normalize_text(g, UnicodeOptions{}) == g);
    }
}

TEST_CASE("damage without a half-width katakana is repaired by the kanji kana's lead reads as: HTML5, div soup, a table layout") {
    for (const auto& r : kRepairsWithoutHalfwidth) {
        CAPTURE(std::string(r.damaged));
        CHECK(normalize_text(r.damaged, UnicodeOptions{}) == r.clean);
        for (int markup = 0; markup < 3; ++markup) {
            const std::string head = "<!doctype html><html><head><meta charset=\"utf-8\"><title>T</title></head><body>";
            const std::string p = std::string("<p>") + r.damaged + "</p>";
            const std::string html = markup == 0   ? head + "<main><article>" + p + "</article></main></body></html>"
                                     : markup == 1 ? head + "<div><div>" + p + "</div></div></body></html>"
                                                   : head + "<table><tr><td>" + p + "</td></tr></table></body></html>";
            const std::string out = winnow::to_text(winnow::clean(html).document);
            CAPTURE(markup);
            CAPTURE(out);
            CHECK(out.find(r.clean) != std::string::npos);
        }
    }
}
