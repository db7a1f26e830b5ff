#include <doctest/doctest.h>
#include <utf8proc.h>

#include <cerrno>
#include <random>
#include <string>
#include <tuple>

#include "c1_controls.hpp"
#include "charset_evidence.hpp"
#include "decode.hpp"
#include "iconv_test_util.hpp"
#include <winnow/winnow.hpp>

using winnow::detail::decode_to_utf8;
using winnow::test::encode;

namespace {

// Independent validator (utf8proc), so the decoder is not checked against itself.
bool valid_utf8(const std::string& s) {
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
    utf8proc_ssize_t i = 0;
    const auto n = static_cast<utf8proc_ssize_t>(s.size());
    while (i < n) {
        utf8proc_int32_t cp;
        const auto k = utf8proc_iterate(p + i, n - i, &cp);
        if (k <= 0) return false;
        i += k;
    }
    return true;
}

std::string page(const std::string& head, const std::string& body) {
    return "<!DOCTYPE html><html><head>" + head + "<title>t</title></head><body><p>" + body + "</p></body></html>";
}

const std::string kRussian =
    "Съешь же ещё этих мягких французских булок, да выпей чаю. Широкая электрификация южных губерний "
    "даст мощный толчок подъёму сельского хозяйства. В чащах юга жил бы цитрус? Да, но фальшивый экземпляр! "
    "Москва является столицей Российской Федерации и крупнейшим городом страны.";
const std::string kFrench =
    "Le cœur déçu mais l'âme plutôt naïve, Louÿs rêva de crapaüter en canoë au-delà des îles, près du mälström "
    "où brûlent les novæ. « Être ou ne pas être » — voilà la question… Ça coûte 20 € à l'été.";
const std::string kJapanese =
    "日本語の文章です。東京は日本の首都であり、世界有数の大都市です。今日はとても良い天気ですね。"
    "私たちは新しい技術について話し合いました。情報処理の研究は進んでいます。";
const std::string kChinese =
    "中华人民共和国是工人阶级领导的、以工农联盟为基础的人民民主专政的社会主义国家。"
    "北京是中国的首都，也是全国的政治和文化中心。今天的天气非常好，我们去公园散步吧。";
const std::string kKorean =
    "대한민국은 민주공화국이다. 대한민국의 주권은 국민에게 있고, 모든 권력은 국민으로부터 나온다. "
    "서울은 대한민국의 수도이며 가장 큰 도시입니다. 오늘은 날씨가 아주 좋습니다.";
const std::string kPolish =
    "Zażółć gęślą jaźń. Pchnąć w tę łódź jeża lub ośm skrzyń fig. Żółw łódź źdźbło ćma się ślizga. "
    "Warszawa jest stolicą Polski i największym miastem kraju; leży nad Wisłą.";

}  // namespace

TEST_CASE("ASCII and valid UTF-8 pass through unchanged") {
    auto r = decode_to_utf8("hello <b>world</b>");
    CHECK(r.text == "hello <b>world</b>");
    CHECK(r.charset == "utf-8");
    CHECK_FALSE(r.had_invalid_bytes);
    r = decode_to_utf8(kFrench);
    CHECK(r.text == kFrench);
    CHECK(r.charset == "utf-8");
    r = decode_to_utf8("");
    CHECK(r.text.empty());
    CHECK_FALSE(r.had_invalid_bytes);
    // A literal U+FFFD is well-formed input, not an invalid byte.
    r = decode_to_utf8("a\xEF\xBF\xBD b");
    CHECK(r.text == "a\xEF\xBF\xBD b");
    CHECK_FALSE(r.had_invalid_bytes);
}

TEST_CASE("byte order marks decide and are stripped") {
    auto r = decode_to_utf8("\xEF\xBB\xBFhéllo");
    CHECK(r.text == "héllo");
    CHECK(r.charset == "utf-8");
    // BOM beats a contradicting transport label.
    r = decode_to_utf8("\xEF\xBB\xBFhéllo", "iso-8859-1");
    CHECK(r.text == "héllo");

    const std::string le = encode("Grüße, мир! 😀", "UTF-16LE");
    r = decode_to_utf8("\xFF\xFE" + le);
    CHECK(r.text == "Grüße, мир! 😀");
    CHECK(r.charset == "utf-16le");

    const std::string be = encode("Grüße, мир! 😀", "UTF-16BE");
    r = decode_to_utf8("\xFE\xFF" + be);
    CHECK(r.text == "Grüße, мир! 😀");
    CHECK(r.charset == "utf-16be");

    const std::string le32 = encode("x😀y", "UTF-32LE");
    r = decode_to_utf8(std::string("\xFF\xFE\0\0", 4) + le32);
    CHECK(r.text == "x😀y");
    CHECK(r.charset == "utf-32le");

    // Odd trailing byte and an unpaired surrogate in UTF-16 become U+FFFD.
    r = decode_to_utf8(std::string("\xFF\xFE" "a\0\x00\xD8" "b\0c", 9));
    CHECK(r.text == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
    CHECK(r.had_invalid_bytes);
}

TEST_CASE("transport charset is used for legacy bytes") {
    const std::string bytes = encode(kRussian, "KOI8-R");
    auto r = decode_to_utf8(bytes, "KOI8-R");
    CHECK(r.text == kRussian);
    CHECK(r.charset == "koi8-r");
    r = decode_to_utf8(encode(kFrench, "WINDOWS-1252"), " ISO-8859-1 ");   // latin1 label → windows-1252
    CHECK(r.text == kFrench);
    CHECK(r.charset == "windows-1252");
    // Transport UTF-16 without BOM.
    r = decode_to_utf8(encode("ab€", "UTF-16BE"), "utf-16be");
    CHECK(r.text == "ab€");
}

TEST_CASE("in-document declarations: meta charset, http-equiv, XML declaration") {
    SUBCASE("meta charset") {
        const auto r = decode_to_utf8(page("<meta charset=\"windows-1251\">", encode(kRussian, "CP1251")));
        CHECK(r.charset == "windows-1251");
        CHECK(r.text == page("<meta charset=\"windows-1251\">", kRussian));
    }
    SUBCASE("meta charset unquoted, upper case, after other tags and a comment") {
        const std::string head = "<!-- <meta charset=utf-16> --><link rel=x><META CHARSET=KOI8-R>";
        const auto r = decode_to_utf8(page(head, encode(kRussian, "KOI8-R")));
        CHECK(r.charset == "koi8-r");
        CHECK(r.text == page(head, kRussian));
    }
    SUBCASE("http-equiv Content-Type") {
        const std::string head = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">";
        const auto r = decode_to_utf8(page(head, encode(kJapanese, "CP932")));
        CHECK(r.charset == "shift_jis");
        CHECK(r.text == page(head, kJapanese));
    }
    SUBCASE("content before http-equiv, single quotes") {
        const std::string head = "<meta content='text/html;charset=euc-kr' http-equiv='content-type'/>";
        const auto r = decode_to_utf8(page(head, encode(kKorean, "CP949")));
        CHECK(r.charset == "euc-kr");
        CHECK(r.text == page(head, kKorean));
    }
    SUBCASE("XML declaration") {
        const std::string decl = "<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?>\n<doc>";
        const auto r = decode_to_utf8(decl + encode(kPolish, "ISO-8859-2") + "</doc>");
        CHECK(r.charset == "iso-8859-2");
        CHECK(r.text == decl + kPolish + "</doc>");
    }
    SUBCASE("ISO-2022-JP is 7-bit: the label matters even for ASCII-only bytes") {
        const std::string head = "<meta charset=iso-2022-jp>";
        const auto r = decode_to_utf8(page(head, encode(kJapanese, "ISO-2022-JP")));
        CHECK(r.charset == "iso-2022-jp");
        CHECK(r.text == page(head, kJapanese));
    }
    SUBCASE("gb2312 label decodes as GB18030") {
        const std::string head = "<meta charset=gb2312>";
        const auto r = decode_to_utf8(page(head, encode(kChinese, "GB18030")));
        CHECK(r.charset == "gb18030");
        CHECK(r.text == page(head, kChinese));
    }
    SUBCASE("x-sjis label") {
        const std::string head = "<meta charset=x-sjis>";
        const auto r = decode_to_utf8(page(head, encode(kJapanese, "SHIFT_JIS")));
        CHECK(r.charset == "shift_jis");
        CHECK(r.text == page(head, kJapanese));
    }
}

TEST_CASE("undeclared legacy pages are detected") {
    struct Case {
        const std::string* text;
        const char* iconv;
        const char* expected;
    };
    const std::string russian3 = kRussian + " " + kRussian + " " + kRussian;
    const std::string polish3 = kPolish + " " + kPolish + " " + kPolish;
    const Case cases[] = {
        {&russian3, "KOI8-R", "koi8-r"},
        {&russian3, "CP1251", "windows-1251"},
        {&kJapanese, "SHIFT_JIS", "shift_jis"},
        {&kChinese, "GB18030", "gb18030"},
        {&kKorean, "EUC-KR", "euc-kr"},
        {&polish3, "ISO-8859-2", "iso-8859-2"},
        {&kFrench, "WINDOWS-1252", "windows-1252"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.expected);
        const auto r = decode_to_utf8(page("", encode(*c.text, c.iconv)));
        CHECK(r.charset == c.expected);
        CHECK(r.text == page("", *c.text));
        CHECK_FALSE(r.had_invalid_bytes);
    }
}

TEST_CASE("a declaration the bytes refute is overridden") {
    SUBCASE("says utf-8, is windows-1252") {
        const std::string head = "<meta charset=\"utf-8\">";
        const auto r = decode_to_utf8(page(head, encode(kFrench, "WINDOWS-1252")));
        CHECK(r.charset == "windows-1252");
        CHECK(r.text == page(head, kFrench));
    }
    SUBCASE("transport says utf-8, bytes are KOI8-R") {
        const std::string bytes = page("", encode(kRussian + " " + kRussian, "KOI8-R"));
        const auto r = decode_to_utf8(bytes, "utf-8");
        CHECK(r.charset == "koi8-r");
        CHECK(r.text == page("", kRussian + " " + kRussian));
    }
    SUBCASE("says windows-1252, is UTF-8") {
        const std::string head = "<meta charset=\"iso-8859-1\">";
        const auto r = decode_to_utf8(page(head, kFrench));
        CHECK(r.charset == "utf-8");
        CHECK(r.text == page(head, kFrench));
    }
    SUBCASE("says Shift_JIS, is EUC-KR") {
        const std::string head = "<meta charset=\"shift_jis\">";
        const std::string korean = kKorean + " " + kKorean;
        const auto r = decode_to_utf8(page(head, encode(korean, "EUC-KR")));
        CHECK(r.charset == "euc-kr");
        CHECK(r.text == page(head, korean));
    }
    SUBCASE("UTF-8 page with one stray byte stays UTF-8") {
        const std::string bytes = page("", kFrench + "\xE9" + kFrench);
        const auto r = decode_to_utf8(bytes);
        CHECK(r.charset == "utf-8");
        CHECK(r.had_invalid_bytes);
        CHECK(r.text == page("", kFrench + "\xEF\xBF\xBD" + kFrench));
    }
}

TEST_CASE("ill-formed UTF-8 becomes U+FFFD per maximal subpart") {
    const std::string R = "\xEF\xBF\xBD";
    struct Case {
        std::string in, out;
    };
    const Case cases[] = {
        {"a\x80" "b", "a" + R + "b"},                               // stray continuation
        {"a\xC0\xAF" "b", "a" + R + R + "b"},                       // overlong '/' (C0 never valid)
        {"a\xE0\x80\xAF" "b", "a" + R + R + R + "b"},               // overlong 3-byte
        {"a\xF0\x80\x80\xAF" "b", "a" + R + R + R + R + "b"},       // overlong 4-byte
        {"a\xED\xA0\x80" "b", "a" + R + R + R + "b"},               // UTF-16 surrogate
        {"a\xF4\x90\x80\x80" "b", "a" + R + R + R + R + "b"},       // above U+10FFFF
        {"a\xF5\x80" "b", "a" + R + R + "b"},                       // F5 never valid
        {"a\xE2\x82" "b", "a" + R + "b"},                           // truncated 3-byte: one U+FFFD
        {"a\xF0\x9F\x98" "b", "a" + R + "b"},                       // truncated 4-byte: one U+FFFD
        {"a\xE2\x82", "a" + R},                                     // truncated at the end
        {"\xFD\xFE\xFF", R + R + R},                                // never-valid bytes
        {"caf\xC3", "caf" + R},
        {"\xC3\xA9\xC3", "é" + R},
    };
    for (const auto& c : cases) {
        CAPTURE(c.in);
        // Inside otherwise good UTF-8 text, as damage appears in real pages (a page of
        // nothing but bad bytes is reinterpreted by detection instead).
        const auto r = decode_to_utf8(kFrench + c.in, "utf-8");
        CHECK(r.text == kFrench + c.out);
        CHECK(r.had_invalid_bytes);
        CHECK(valid_utf8(r.text));
    }
}

TEST_CASE("NUL bytes and control characters survive decoding as valid UTF-8") {
    const std::string in("a\0b\x01" "c", 5);
    const auto r = decode_to_utf8(in);
    CHECK(r.text == in);
    CHECK(valid_utf8(r.text));
}

TEST_CASE("random binary never crashes and yields valid UTF-8") {
    std::mt19937 rng(12345);
    const char* labels[] = {"", "utf-8", "shift_jis", "koi8-r", "utf-16le", "gb18030", "bogus-charset", "iso-2022-jp"};
    for (int round = 0; round < 400; ++round) {
        std::string bytes(static_cast<std::size_t>(rng() % 3000), '\0');
        for (auto& b : bytes) b = static_cast<char>(rng() & 0xFF);
        if (round % 5 == 0 && bytes.size() > 3) bytes.replace(0, 3, "\xEF\xBB\xBF");
        if (round % 7 == 0) bytes = "<meta charset=euc-jp>" + bytes;
        const auto r = decode_to_utf8(bytes, labels[round % 8]);
        CHECK(valid_utf8(r.text));
        CHECK_FALSE(r.charset.empty());
    }
}

TEST_CASE("unknown labels fall back to the bytes themselves") {
    auto r = decode_to_utf8("plain ascii", "x-no-such-charset");
    CHECK(r.text == "plain ascii");
    r = decode_to_utf8(kFrench, "x-no-such-charset");
    CHECK(r.text == kFrench);
    CHECK(r.charset == "utf-8");
}

TEST_CASE("C1 controls of decoded HTML become numeric references, nothing else changes") {
    using winnow::detail::escape_c1_controls;
    std::string plain = "<p>caf\u00E9 \u00C2\u00A0 \u20AC \u00C3\u00A9</p>";   // C2 before A0-BF: no control
    CHECK_FALSE(escape_c1_controls(plain));
    CHECK(plain == "<p>caf\u00E9 \u00C2\u00A0 \u20AC \u00C3\u00A9</p>");
    std::string html = "<p>\u00C3\u0081rbol 2010\u00962011 \u00E2\u0080\u009D</p>\u009F";
    CHECK(escape_c1_controls(html));
    CHECK(html == "<p>\u00C3&#129;rbol 2010&#150;2011 \u00E2&#128;&#157;</p>&#159;");
}

TEST_CASE("UTF-16 without a byte order mark is read by its NUL bytes") {
    const std::string html = page("", kFrench + " " + kJapanese);
    auto r = decode_to_utf8(encode(html, "UTF-16LE"));
    CHECK(r.charset == "utf-16le");
    CHECK(r.text == html);
    r = decode_to_utf8(encode(html, "UTF-16BE"));
    CHECK(r.charset == "utf-16be");
    CHECK(r.text == html);
    // NUL bytes on both sides are no UTF-16 shape: the bytes are read as they are.
    const std::string nuls("a\0b\0\0c\0\0d\0e\0\0f\0g\0\0h\0", 20);
    CHECK(winnow::detail::utf16_without_bom(nuls).empty());
    CHECK(winnow::detail::utf16_without_bom(html).empty());
    // Binary data with a NUL in every other byte, beside controls: no text.
    std::string binary;
    for (int k = 0; k < 100; ++k) binary += std::string("\0\x01\x02\x03", 4);
    CHECK(winnow::detail::utf16_without_bom(binary).empty());
}

TEST_CASE("a Western label over text whose letters are mostly non-ASCII yields to detection") {
    const std::string russian2 = kRussian + " " + kRussian;
    SUBCASE("http-equiv says iso-8859-1, bytes are windows-1251") {
        const std::string head = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">";
        const auto r = decode_to_utf8(page(head, encode(russian2, "CP1251")));
        CHECK(r.charset == "windows-1251");
        CHECK(r.text == page(head, russian2));
    }
    SUBCASE("meta says iso-8859-1, bytes are Shift_JIS") {
        const std::string head = "<meta charset=\"iso-8859-1\">";
        const auto r = decode_to_utf8(page(head, encode(kJapanese, "SHIFT_JIS")));
        CHECK(r.charset == "shift_jis");
        CHECK(r.text == page(head, kJapanese));
    }
    SUBCASE("a true Latin-1 label over dense French stays") {
        const std::string head = "<meta charset=\"iso-8859-1\">";
        const std::string dense = "Ça coûte cher à Noël, l'été où ça a commencé à Besançon, près du château.";
        const auto r = decode_to_utf8(page(head, encode(dense, "WINDOWS-1252")));
        CHECK(r.charset == "windows-1252");
        CHECK(r.text == page(head, dense));
    }
}

TEST_CASE("single windows-1252 bytes pasted into a UTF-8 page read as windows-1252") {
    // Typography next to ASCII, and Latin-1 letters inside ASCII words.
    auto r = decode_to_utf8(page("", kFrench + " He said \x93hi\x94 \x97 it\x92s the caf\xE9 of \xC9mile."), "utf-8");
    CHECK(r.charset == "utf-8");
    CHECK(r.had_invalid_bytes);
    CHECK(r.text == page("", kFrench + " He said “hi” — it’s the café of Émile."));
    // Runs of stray bytes and bytes with no such shape stay U+FFFD.
    r = decode_to_utf8(page("", kFrench + " a\x80" "b \xFD\xFE\xFF x"), "utf-8");
    CHECK(r.text == page("", kFrench + " a\xEF\xBF\xBD" "b \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD x"));
}

TEST_CASE("decode_to_utf8 with borrow: bytes that are their own decoding are read where they stand, others decoded as before") {
    const std::string pages[] = {
        "<p>plain ASCII</p>",
        "<p>caf\xC3\xA9, \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0, \xE6\x9D\xB1\xE4\xBA\xAC</p>",  // UTF-8: French, Russian, Japanese
        "<meta charset=\"iso-8859-1\"><p>caf\xE9 na\xEFve</p>",                                            // Latin-1 as declared
        "<p>Gr\xFC\xDF" "e aus K\xF6ln</p>",                                                               // no declaration, not UTF-8
        "\xEF\xBB\xBF<p>BOM</p>",                                                                          // a BOM: decoded (it goes)
        "\x1B$B<p>ISO-2022 escape</p>",                                                                    // ASCII with ESC: not as given
        "",
    };
    for (const std::string& page : pages) {
        const auto copied = decode_to_utf8(page);
        const auto borrowed = decode_to_utf8(page, {}, true);
        CHECK(borrowed.view(page) == copied.text);
        CHECK(borrowed.charset == copied.charset);
        CHECK(borrowed.had_invalid_bytes == copied.had_invalid_bytes);
        CHECK_FALSE(copied.as_given);
        if (borrowed.as_given) CHECK(borrowed.text.empty());
    }
    CHECK(decode_to_utf8(pages[0], {}, true).as_given);
    CHECK(decode_to_utf8(pages[1], {}, true).as_given);
    CHECK_FALSE(decode_to_utf8(pages[2], {}, true).as_given);
    CHECK_FALSE(decode_to_utf8(pages[3], {}, true).as_given);
    CHECK_FALSE(decode_to_utf8(pages[4], {}, true).as_given);
}

TEST_CASE("escape_c1_controls reading a view gives the in-place edit's text, and leaves out alone without a control") {
    const std::string texts[] = {"plain", "caf\xC3\xA9", "\xC3\x83\xC2\x81rbol", "\xC3\xA2\xE2\x82\xAC\xC2\x9D end \xC2\x80", ""};
    for (const std::string& t : texts) {
        std::string in_place = t;
        const bool edited = winnow::detail::escape_c1_controls(in_place);
        std::string out = "untouched";
        CHECK(winnow::detail::escape_c1_controls(std::string_view(t), out) == edited);
        CHECK(out == (edited ? in_place : std::string("untouched")));
    }
}

TEST_CASE("detection reads the page's text: tags, comments, script and style bodies are left out") {
    // windows-1252 "é" (0xE9) and KOI8-R "привет" (0xD0 0xD2 0xC9 0xD7 0xC5 0xD4) in text and markup.
    SUBCASE("text kept, markup dropped, each piece one space") {
        const std::string bytes =
            "<html><head><style>p{content:'\xE9'}</style><SCRIPT>var s='\xD0\xD2';</script></head>"
            "<body><!-- \xC9 --><p title=\"\xD7\">caf\xE9</p><div>\xD0\xD2\xC9\xD7\xC5\xD4</div></body></html>";
        CHECK(winnow::detail::detection_text(bytes) == "          caf\xE9  \xD0\xD2\xC9\xD7\xC5\xD4   ");
    }
    SUBCASE("no non-ASCII byte in the text: empty, the raw bytes are the evidence") {
        CHECK(winnow::detail::detection_text("<p title=\"caf\xE9\">plain</p><script>'\xE9'</script>").empty());
        CHECK(winnow::detail::detection_text("").empty());
    }
    SUBCASE("an unclosed tag or comment ends the text") {
        CHECK(winnow::detail::detection_text("na\xEFve <p class=\"x") == "na\xEFve ");
        CHECK(winnow::detail::detection_text("\xE9t\xE9 <!-- open") == "\xE9t\xE9 ");
    }
    SUBCASE("undeclared legacy text amid heavy markup is still detected") {
        std::string markup;
        for (int i = 0; i < 200; ++i) markup += "<div class=\"nav-item\"><a href=\"/section/item\">x</a></div>";
        for (const auto& [text, iconv, expected] :
             {std::tuple{kRussian + " " + kRussian, "KOI8-R", "koi8-r"}, {kJapanese, "SHIFT_JIS", "shift_jis"},
              {kPolish + " " + kPolish + " " + kPolish, "ISO-8859-2", "iso-8859-2"}}) {
            CAPTURE(expected);
            const auto r = decode_to_utf8(page("", markup + "<p>" + encode(text, iconv) + "</p>" + markup));
            CHECK(r.charset == expected);
        }
    }
}

// NULs at one parity alone made UTF-16: HTML or text with stray NULs read as CJK ideographs
// (each two ASCII bytes). UTF-16 also needs its markup to read as markup only as UTF-16, or,
// without markup, more NUL units than units of two ASCII bytes.
TEST_CASE("stray NULs at one parity in single-byte HTML or text are no UTF-16") {
    std::string tiny;
    for (int k = 0; k < 10; ++k) tiny += std::string("<p>a\0b\0c</p>", 12);
    CHECK(winnow::detail::utf16_without_bom(tiny).empty());
    auto r = decode_to_utf8(tiny);
    CHECK(r.charset == "utf-8");
    CHECK(r.text == tiny);
    // Pages in several languages and markups, a NUL after every second word at one parity.
    for (const std::string& prose : {kFrench, kRussian, kJapanese, std::string("The miller walked down to the brook.")}) {
        for (const std::string& shell : {std::string("<div class=a><div class=b>%</div></div>"),
                                         std::string("<article><section><p>%</p></section></article>"),
                                         std::string("<table><tr><td><font>%</font></td></tr></table>")}) {
            std::string html;
            for (int k = 0; k < 12; ++k) {
                std::string piece = shell;
                piece.replace(piece.find('%'), 1, prose.substr(0, prose.find(' ', 20)) + std::string("\0", 1));
                if (html.size() % 2 != piece.size() % 2) piece += ' ';   // keep the NULs on one side
                html += piece;
            }
            CAPTURE(html.substr(0, 40));
            CHECK(winnow::detail::utf16_without_bom(html).empty());
            CHECK(decode_to_utf8(html).text == html);
        }
    }
    // Text with a UTF-16 fragment pasted into ASCII lines: NULs on the odd side, no markup.
    std::string text;
    for (int k = 0; k < 40; ++k) text += std::string("id: r\0o\0w\0s\0 ok\n", 16);
    CHECK(winnow::detail::utf16_without_bom(text).empty());
    // Not refused as binary either: the page's tags read byte by byte.
    const winnow::Result page_result = winnow::Cleaner(winnow::Options{}).clean(tiny);
    CHECK(page_result.error.empty());
    CHECK(page_result.document.source_charset == "utf-8");
    CHECK(winnow::detail::nuls_amid_markup(tiny));
    CHECK_FALSE(winnow::detail::nuls_amid_markup(text));
}

TEST_CASE("BOM-less UTF-16 pages and text still read as UTF-16, in several languages and markups") {
    const std::string english = "The miller rose before dawn and walked down to the brook, where the wheel turned slowly.";
    const std::string german = "Der Müller stand vor dem Morgengrauen auf und ging hinunter zum Bach, wo das Rad sich drehte.";
    for (const std::string* prose : {&english, &german, &kRussian, &kJapanese, &kChinese}) {
        for (const std::string& html : {page("", *prose), "<div><div><span>" + *prose + "</span></div></div>",
                                        "<table><tr><td>" + *prose + "</td></tr></table>"}) {
            CAPTURE(html.substr(0, 60));
            auto r = decode_to_utf8(encode(html, "UTF-16LE"));
            CHECK(r.charset == "utf-16le");
            CHECK(r.text == html);
            r = decode_to_utf8(encode(html, "UTF-16BE"));
            CHECK(r.charset == "utf-16be");
            CHECK(r.text == html);
        }
    }
    // Plain text without markup: Latin letters each with its NUL; Cyrillic letters with their
    // 0x04 high byte, spaces and punctuation with a NUL (refused as binary data before).
    for (const std::string* prose : {&english, &german, &kFrench, &kRussian}) {
        const std::string text = *prose + "\n" + *prose + "\n";
        CHECK(decode_to_utf8(encode(text, "UTF-16LE")).text == text);
        CHECK(decode_to_utf8(encode(text, "UTF-16BE")).text == text);
    }
}

// Servers send ISO-8859-1 when nobody configured a charset; the page's own declaration names
// its real one. The Western transport label made Cyrillic, Greek, Czech or Japanese pages
// mojibake (and short ones lost: too few letters for the label to be refuted).
TEST_CASE("a Western transport label yields to the page's own declaration of another charset") {
    struct Case {
        std::string text;
        const char* iconv;
        const char* label;
    };
    const Case cases[] = {
        {"Мельник встал до рассвета.", "CP1251", "windows-1251"},
        {"Мельник встал до рассвета.", "KOI8-R", "koi8-r"},
        {"Ο μυλωνάς σηκώθηκε πριν την αυγή.", "ISO-8859-7", "iso-8859-7"},
        {"Mlynář vstal před svítáním a šel k potoku.", "CP1250", "windows-1250"},
        {"水車小屋の粉屋。", "SHIFT_JIS", "shift_jis"},
    };
    for (const auto& c : cases) {
        for (const std::string head : {"<meta charset=\"" + std::string(c.label) + "\">",
                                       "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + std::string(c.label) + "\">"}) {
            CAPTURE(head);
            const auto r = decode_to_utf8(page(head, encode(c.text, c.iconv)), "iso-8859-1");
            CHECK(r.charset == c.label);
            CHECK(r.text == page(head, c.text));
        }
    }
    // The page says UTF-8 and is, but for one stray byte: UTF-8, not the transport's Latin-1.
    const std::string head = "<meta charset=\"utf-8\">";
    const auto r = decode_to_utf8(page(head, kFrench + "\xE9 " + kFrench), "iso-8859-1");
    CHECK(r.charset == "utf-8");
    CHECK(r.text == page(head, kFrench + "\uFFFD " + kFrench));
    // Without a declaration, or declaring the same Western code page, the label stands.
    const std::string german = "Der Müller stand früh auf.";
    CHECK(decode_to_utf8(page("", encode(german, "CP1252")), "iso-8859-1").text == page("", german));
    CHECK(decode_to_utf8(page("<meta charset=latin1>", encode(german, "CP1252")), "iso-8859-1").charset == "windows-1252");
    // A specific transport label other than a Western one still wins over the page.
    const std::string russian = "Мельник встал до рассвета.";
    CHECK(decode_to_utf8(page("<meta charset=koi8-r>", encode(russian, "CP1251")), "windows-1251").charset == "windows-1251");
}
