// Fast paths of the extract stage against the plain computation they stand for (speedextract38):
// text_holds_ascii_digit (the thread finder's pre-screen before it builds a box's text) must
// answer exactly whether Dom::text_of would hold an ASCII digit, removed subtrees skipped alike,
// in every script; may_name_author must be false only where is_author_bio is false for every text;
// is_ad_label (screened by length and first letter before it lowercases a line, meta40) must answer
// as the plain reading.
#include <doctest/doctest.h>

#include <cstdint>
#include <cctype>
#include <fstream>
#include <iterator>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "extract_impl.hpp"
#include "extract_lines.hpp"
#include "extract_title.hpp"
#include "text_length.hpp"
#include "parse_html.hpp"

using namespace winnow::detail;

namespace {

bool has_ascii_digit(const std::string& s) {
    for (const char c : s)
        if (c >= '0' && c <= '9') return true;
    return false;
}

// Every node of the page, with every removal pattern the seed draws: the fast answer and the
// plain one agree. Returns how many nodes held a digit (so a test can ask for both answers).
int compare_digits(const std::string& html, unsigned seed) {
    auto dom = Dom::parse(html, 1'000'000, 400);
    REQUIRE(dom);
    std::mt19937 rng(seed);
    int with_digit = 0;
    for (int round = 0; round < 4; ++round) {
        for (DomNode& n : dom->nodes) n.removed = round > 0 && rng() % 5 == 0;
        for (std::uint32_t i = 0; i < dom->nodes.size(); ++i) {
            const bool plain = has_ascii_digit(dom->text_of(i));
            CHECK(text_holds_ascii_digit(*dom, i) == plain);
            with_digit += plain;
        }
    }
    return with_digit;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

TEST_CASE("text_holds_ascii_digit agrees with text_of on pages in several scripts") {
    const std::vector<std::string> pages{
        // English: a dated comment box, digits deep in inline markup and in a line break's neighbour.
        "<html><body><div class='c'><span><b>Posted</b> <i>March <em>3</em></i>, 20<a>12</a></span>"
        "<p>No digits here at all.</p><br><div><div>Reply</div></div></div></body></html>",
        // Arabic with Arabic-Indic digits (not ASCII) and one ASCII year.
        "<html><body><div><span>٣ مارس ٢٠١٢</span><span>نشر في 2012</span><p>نص بلا أرقام</p></div></body></html>",
        // Japanese with full-width digits (not ASCII) and an ASCII time.
        "<html><body><ul><li>２０１２年３月３日</li><li>更新 10:41</li><li>コメント</li></ul></body></html>",
        // Russian and Hindi (Devanagari digits), CDATA-free foreign content, whitespace-only nodes.
        "<html><body><section> <p>Опубликовано <time>5 мая</time></p> <p>१२ मई</p>\n<p>पाठ 7</p></section>"
        "<table><tr><td>Ряд</td><td> </td><td>4</td></tr></table></body></html>",
        // Digits only in attributes and comments: not text.
        "<html><body><div title='2012'><!-- 2012 --><img alt='3'><span data-x='9'>Ohne Ziffern</span></div></body></html>",
        // SVG text and a script's body (its text is a node too).
        "<html><body><svg><text>42</text></svg><noscript>Seite 1</noscript><pre>x = 1</pre></body></html>",
    };
    int with_digit = 0;
    unsigned seed = 1;
    for (const std::string& p : pages) with_digit += compare_digits(p, seed++);
    CHECK(with_digit > 0);
}

TEST_CASE("text_holds_ascii_digit agrees with text_of on generated trees") {
    // Random nesting of inline and block elements around runs of several scripts, some with a digit.
    const std::vector<std::string> runs{"plain words", "año ", "２０２０", "٢٠٢٠", "слово", "7", " ", "\n\t",
                                        "९", "日付", "x9y", "price: 12,50 €", "&#51;", "&nbsp;"};
    const std::vector<std::string> tags{"div", "span", "p", "b", "a", "li", "td", "em"};
    std::mt19937 rng(38);
    for (int page = 0; page < 40; ++page) {
        std::string html = "<html><body>";
        std::vector<std::string> open;
        for (int step = 0; step < 60; ++step) {
            const unsigned r = rng() % 10;
            if (r < 4) {
                open.push_back(tags[rng() % tags.size()]);
                html += "<" + open.back() + ">";
            } else if (r < 6 && !open.empty()) {
                html += "</" + open.back() + ">";
                open.pop_back();
            } else if (r < 7) {
                html += "<br>";
            } else {
                html += runs[rng() % runs.size()];
            }
        }
        html += "</body></html>";
        compare_digits(html, static_cast<unsigned>(page));
    }
}

TEST_CASE("text_holds_ascii_digit agrees with text_of on the sample pages") {
    int with_digit = 0;
    for (const char* name : {"docs-code-en.html", "forum-en.html", "list-pt.html", "product-fr.html", "recipe-de.html",
                             "sections-es.html", "thread-it.html"}) {
        const std::string html = read_file(std::string(WINNOW_SOURCE_DIR) + "/tests/data/pages/" + name);
        REQUIRE(!html.empty());
        with_digit += compare_digits(html, 7);
    }
    CHECK(with_digit > 0);
}

TEST_CASE("may_name_author is false only where no author box can match") {
    winnow::Metadata meta;
    CHECK_FALSE(may_name_author(meta));
    CHECK_FALSE(is_author_bio("Jo is a reporter.", meta));
    meta.authors.push_back({});
    meta.authors.back().name = "Jo";  // too short to match anything
    CHECK_FALSE(may_name_author(meta));
    CHECK_FALSE(is_author_bio("Jo is a reporter.", meta));
    meta.authors.back().name = "Ana Ruiz";
    CHECK(may_name_author(meta));
    CHECK(is_author_bio("Ana Ruiz is a reporter for the local paper.", meta));
    CHECK_FALSE(is_author_bio("A paragraph about something else.", meta));
}

// visible_chars counts plain printable ASCII eight bytes at a time (speedextract38b); it must
// equal visible_chars_bytewise, the plain per-byte count, on every string and every substring
// (each start and end: the word boundaries fall everywhere), commas included.
namespace {

int compare_visible(std::string_view s) {
    int fast_words = 0;
    for (std::size_t from = 0; from < s.size(); from += 1 + from / 16)
        for (std::size_t to = from; to <= s.size(); to += 1 + (to - from) / 8) {
            const std::string_view t = s.substr(from, to - from);
            std::uint32_t c_fast = 0, c_plain = 0;
            const std::uint32_t fast = visible_chars(t, c_fast), plain = visible_chars_bytewise(t, c_plain);
            CHECK(fast == plain);
            CHECK(c_fast == c_plain);
            fast_words += t.size() >= 8;
        }
    return fast_words;
}

}  // namespace

TEST_CASE("visible_chars agrees with the byte-by-byte count in several scripts") {
    CHECK(visible_chars("Hello, world, and more words here") == 28);
    std::uint32_t commas = 0;
    CHECK(visible_chars("one, two, three, four, five", commas) == 23);
    CHECK(commas == 4);
    for (const char* s : {
             "Plain English prose, with commas, and a full stop.",
             "Tabs\tand\nnew lines\r\nand form\ffeeds\vand a vertical tab, \x01 control bytes \x1f here",
             "Der Bürgermeister äußerte sich, über die Straße, am Dienstag.",
             "Новости, обновлено 5 мая: правительство сообщило, что",
             "Η κυβέρνηση ανακοίνωσε, σήμερα, νέα μέτρα για την οικονομία",
             "كتب، قرأ، وذهب إلى المدرسة، ثم عاد",
             "中文新闻，今天、北京发布了新的政策。日本語のテキスト、カタカナ",
             "한국어 뉴스, 오늘 서울에서 발표했다",
             "हिन्दी समाचार, आज दिल्ली में",
             "ข่าวภาษาไทย วันนี้ กรุงเทพ",
             "mixed 𝄞 four-byte 😀 signs, and a cut lead \xE4\xB8 and \xF0\x9F tail",
             "        ,,,,,,,,        ~~~~~~~~\x7f\x7f\x7f\x7f   ",
         })
        CHECK(compare_visible(s) > 0);
    // Generated: every byte class mixed at random (ASCII printable, blanks, controls, commas,
    // lead and continuation bytes of every length, cut sequences).
    std::mt19937 rng(38);
    const std::string alphabet[] = {"a", "Z", "7", " ", ",", "\t", "\n", "\r", "\f", "\v", "\x01", "\x7f", "\xD8\x8C",
                                    "\xD0\xB4", "\xEF\xBC\x8C", "\xE3\x80\x81", "\xE4\xB8\xAD", "\xEA\xB0\x80",
                                    "\xF0\xA0\x80\x80", "\x80", "\xC3", "\xE4", "\xF0"};
    for (int round = 0; round < 200; ++round) {
        std::string s;
        const std::size_t len = rng() % 64;
        const bool mostly_ascii = round % 2 == 0;
        for (std::size_t k = 0; k < len; ++k)
            s += mostly_ascii && rng() % 4 != 0 ? std::string(1, static_cast<char>('a' + rng() % 26))
                                                : alphabet[rng() % std::size(alphabet)];
        compare_visible(s);
    }
}

TEST_CASE("visible_chars agrees with the byte-by-byte count on the sample pages") {
    int fast_words = 0;
    for (const char* name : {"docs-code-en.html", "forum-en.html", "list-pt.html", "product-fr.html", "recipe-de.html",
                             "sections-es.html", "thread-it.html"}) {
        const std::string html = read_file(std::string(WINNOW_SOURCE_DIR) + "/tests/data/pages/" + name);
        REQUIRE(!html.empty());
        auto dom = Dom::parse(html, 1'000'000, 400);
        REQUIRE(dom);
        for (std::uint32_t i = 0; i < dom->nodes.size(); ++i) {
            const std::string text = dom->text_of(i);
            std::uint32_t c_fast = 0, c_plain = 0;
            CHECK(visible_chars(text, c_fast) == visible_chars_bytewise(text, c_plain));
            CHECK(c_fast == c_plain);
        }
        fast_words += compare_visible(html.substr(0, 1500));
    }
    CHECK(fast_words > 0);
}

// The edge-line finder asks whether a table cell holds a word by text_has_word, without
// building the cell's text (speedextract38b): it must answer word_runs(text_of(n)) > 0 for
// every node, removals drawn at random, in every script; and is_word_byte, by table, must be
// the test word_runs made with the C locale's isalnum.
namespace {

int compare_words(const std::string& html, unsigned seed) {
    auto dom = Dom::parse(html, 1'000'000, 400);
    REQUIRE(dom);
    std::mt19937 rng(seed);
    int with_word = 0;
    for (int round = 0; round < 4; ++round) {
        for (DomNode& n : dom->nodes) n.removed = round > 0 && rng() % 5 == 0;
        for (std::uint32_t i = 0; i < dom->nodes.size(); ++i) {
            const bool plain = extraction::word_runs(dom->text_of(i)) > 0;
            CHECK(extraction::text_has_word(*dom, i) == plain);
            with_word += plain;
        }
    }
    return with_word;
}

}  // namespace

TEST_CASE("is_word_byte is the C locale's isalnum or a non-ASCII byte but C2 and E2") {
    for (int c = 0; c < 256; ++c) {
        const bool plain = !extraction::is_space(static_cast<unsigned char>(c)) && (std::isalnum(c) || c >= 0x80) &&
                           c != 0xC2 && c != 0xE2;
        CHECK(extraction::is_word_byte(static_cast<unsigned char>(c)) == plain);
    }
}

TEST_CASE("text_has_word agrees with word_runs of text_of on pages in several scripts and the samples") {
    int with_word = 0;
    with_word += compare_words(
        "<html><body><table><tr><td>Name</td><td> \u00A0 </td><td>\u2014 \u2022 |</td></tr>"
        "<tr><td>\u0418\u0432\u0430\u043D</td><td>\u5F20\u4E09</td><td><b> </b><i>7</i></td></tr>"
        "<tr><td>\u0645\u062D\u0645\u062F</td><td>&nbsp;&ndash;&nbsp;</td><td><br> <span>-</span></td></tr>"
        "</table><p>\u0928\u092E\u0938\u094D\u0924\u0947 \u00B7 Gr\u00FC\u00DFe, \u03B3\u03B5\u03B9\u03AC</p>"
        "<div><!-- c --><span>\u2026</span><em>\u00A9 2024</em></div></body></html>",
        3);
    for (const char* name : {"docs-code-en.html", "forum-en.html", "list-pt.html", "product-fr.html", "recipe-de.html",
                             "sections-es.html", "thread-it.html"}) {
        const std::string html = read_file(std::string(WINNOW_SOURCE_DIR) + "/tests/data/pages/" + name);
        REQUIRE(!html.empty());
        with_word += compare_words(html, 11);
    }
    CHECK(with_word > 0);
}

// The title finder folds each heading's text from its text nodes (speedextract38b): folded_text
// must be fold_letters(text_of(n)) and folded_size its size on every node, removals drawn at
// random, in every script.
namespace {

int compare_folded(const std::string& html, unsigned seed) {
    auto dom = Dom::parse(html, 1'000'000, 400);
    REQUIRE(dom);
    std::mt19937 rng(seed);
    int nonempty = 0;
    for (int round = 0; round < 4; ++round) {
        for (DomNode& n : dom->nodes) n.removed = round > 0 && rng() % 5 == 0;
        for (std::uint32_t i = 0; i < dom->nodes.size(); ++i) {
            const std::string plain = fold_letters(dom->text_of(i));
            CHECK(folded_text(*dom, i) == plain);
            CHECK(folded_size(*dom, i) == plain.size());
            nonempty += !plain.empty();
        }
    }
    return nonempty;
}

}  // namespace

TEST_CASE("fold_letters keeps letters and digits, ASCII lower-cased, and every non-ASCII byte") {
    CHECK(fold_letters("Hello, World! 2024 @[`{") == "helloworld2024");
    CHECK(fold_letters("Caf\u00E9 \u2014 \u041D\u041E\u0412\u041E\u0421\u0422\u0418") == "caf\u00E9\u2014\u041D\u041E\u0412\u041E\u0421\u0422\u0418");
}

TEST_CASE("folded_text agrees with fold_letters of text_of on pages in several scripts and the samples") {
    int nonempty = compare_folded(
        "<html><body><h1><a href='/a'>Der B\u00FCrgermeister</a> <span>12</span></h1>"
        "<h2>\u041D\u043E\u0432\u043E\u0441\u0442\u0438:<br>\u0421\u043F\u043E\u0440\u0442</h2>"
        "<h3><a href='/b'>\u65B0\u95FB</a>\u3001<a href='/c'>\u4F53\u80B2 \u00B7 News</a></h3>"
        "<p>  Tabs\tand\nnew lines, <b>AND</b> <i>caps</i> &amp; <![CDATA[x]]> \u0915\u0925\u093E </p></body></html>",
        5);
    for (const char* name : {"docs-code-en.html", "forum-en.html", "list-pt.html", "product-fr.html", "recipe-de.html",
                             "sections-es.html", "thread-it.html"}) {
        const std::string html = read_file(std::string(WINNOW_SOURCE_DIR) + "/tests/data/pages/" + name);
        REQUIRE(!html.empty());
        nonempty += compare_folded(html, 13);
    }
    CHECK(nonempty > 0);
}

namespace {

// is_ad_label as it read before its screen (meta40): every line lowercased, then compared.
bool plain_ad_label(std::string_view text) {
    std::size_t b = 0, e = text.size();
    const auto space = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; };
    while (b < e && space(text[b])) ++b;
    while (e > b && space(text[e - 1])) --e;
    std::string t(text.substr(b, e - b));
    for (char& c : t)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    while (!t.empty() && (t.back() == ':' || t.back() == '.' || t.back() == ' ')) t.pop_back();
    for (std::string_view l : {"advertisement", "advertisements", "advert", "ad", "ads", "sponsored",
                               "sponsored content", "paid content", "promoted", "anzeige", "publicidad",
                               "publicité", "pubblicità", "реклама", "iklan"})
        if (t == l) return true;
    return t.find("advertisement") != std::string::npos && text_length(t) < 60 &&
           (t.starts_with("story continues") || t.starts_with("article continues") ||
            t.starts_with("continue reading") || t.starts_with("content continues"));
}

}  // namespace

TEST_CASE("is_ad_label's screen answers as the plain reading on generated lines in several scripts") {
    // Labels and near-labels, the phrases that announce the article's continuation, lines of
    // prose of every length and script, in any case, padded and closed with marks.
    const std::vector<std::string> pieces{"Advertisement", "ADS", "ad", "Sponsored Content", "sponsored", "Paid content",
                                          "Anzeige", "Publicité", "PUBBLICITÀ", "Реклама", "iklan", "promoted",
                                          "Story continues below advertisement", "ARTICLE CONTINUES AFTER ADVERTISEMENT",
                                          "Continue reading", "content continues", "below", "the", "Werbung", "広告",
                                          "إعلان", "advertisements here", "sponsored content and more", "x", "Ça"};
    const std::vector<std::string> pads{"", " ", "  ", "\t", "\n", ":", ".", "...", ": ", " .", "\u00A0"};
    std::mt19937 rng(40);
    int labels = 0, lines = 0;
    for (int k = 0; k < 20000; ++k) {
        std::string line = pads[rng() % pads.size()];
        for (int w = 0, n = 1 + static_cast<int>(rng() % 4); w < n; ++w)
            line += (w ? " " : "") + pieces[rng() % pieces.size()];
        line += pads[rng() % pads.size()] + pads[rng() % pads.size()];
        const bool plain = plain_ad_label(line);
        CHECK(is_ad_label(line) == plain);
        labels += plain;
        ++lines;
    }
    for (const std::string& p : pieces) CHECK(is_ad_label(p) == plain_ad_label(p));
    CHECK(is_ad_label("Story continues below advertisement"));
    CHECK(is_ad_label("  реклама: "));
    CHECK(!is_ad_label("Sponsored content from our partners is marked as such."));
    CHECK(labels > 100);
    CHECK(lines - labels > 100);
}

// find_title_line asks folds_to(text, want) of each text node instead of building
// fold_letters(text): the answer is fold_letters(text) == want, on titles and texts in several
// scripts, on a title's prefixes and extensions, and on generated texts of letters, digits,
// marks and spaces.
TEST_CASE("folds_to answers as fold_letters(text) == want") {
    const std::vector<std::string> texts = {"The River Rose: a Town Slept", "the river rose, a town slept!", "The River Rose",
                                            "Река поднялась — город спал", "川が増水し、町は眠った。", "नदी बढ़ी", "Ça va? «Oui»",
                                            "A-1 2024 (draft)", "", "   ", "!!!", "Über Größe", "über größe"};
    for (const std::string& a : texts)
        for (const std::string& b : texts) {
            const std::string want = fold_letters(b);
            CHECK(folds_to(a, want) == (fold_letters(a) == want));
            for (std::size_t cut = 0; cut <= want.size(); ++cut)  // prefixes: a shorter want
                CHECK(folds_to(a, want.substr(0, cut)) == (fold_letters(a) == want.substr(0, cut)));
            CHECK(folds_to(a, want + "x") == false);
        }
    std::mt19937 rng(11);
    const std::string alphabet = "aAbBzZ09 .,-'!?\xC3\xA9\xD0\x96";
    int equal = 0;
    for (int round = 0; round < 5000; ++round) {
        std::string a, b;
        for (std::size_t k = rng() % 12; k > 0; --k) a += alphabet[rng() % alphabet.size()];
        b = rng() % 2 ? a : std::string();
        for (std::size_t k = rng() % 3; k > 0; --k) b.insert(b.begin() + static_cast<std::ptrdiff_t>(rng() % (b.size() + 1)), alphabet[rng() % alphabet.size()]);
        const std::string want = fold_letters(b);
        const bool same = fold_letters(a) == want;
        equal += same;
        CHECK(folds_to(a, want) == same);
    }
    CHECK(equal > 100);  // the generated pairs hold both answers
}
