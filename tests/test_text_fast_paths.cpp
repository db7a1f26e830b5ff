// Fast paths of text building and of the extract stage's screens against the plain computation
// they stand for (extract39):
// - the block builder's InlineWriter and Dom::text_of append a run of words parted by single
//   spaces at once; both must read exactly as the byte-at-a-time collapse of the text (a run of
//   spaces one space, none at the edges), in every script and every whitespace mix;
// - NameHints answers an element with no class and no id without reading its (empty) names: it
//   must equal read_hints(class_and_id) for every element;
// - the thread finder screens a text node by two ASCII digits before its three date tests, and
//   the counted-thread finder a box by a bracket in its text before building it: each screen
//   must be false only where the test it guards is false.
#include <doctest/doctest.h>

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "blocks.hpp"
#include "comments.hpp"
#include "extract_hints.hpp"
#include "extract_lines.hpp"
#include "ordinal_date.hpp"
#include "parse_html.hpp"
#include "prune.hpp"
#include "short_year_date.hpp"
#include "text_length.hpp"

using namespace winnow::detail;

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::vector<std::string> sample_pages() {
    std::vector<std::string> out;
    for (const char* name : {"docs-code-en.html", "forum-en.html", "list-pt.html", "product-fr.html", "recipe-de.html",
                             "sections-es.html", "thread-it.html"}) {
        out.push_back(read_file(std::string(WINNOW_SOURCE_DIR) + "/tests/data/pages/" + name));
        REQUIRE(!out.back().empty());
    }
    return out;
}

bool plain_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

// The plain collapse, a byte at a time: a run of spaces is one space between words, none at
// the edges.
std::string collapse_plain(std::string_view raw) {
    std::string out;
    bool pending = false;
    for (const char c : raw) {
        if (plain_space(c)) {
            pending = true;
            continue;
        }
        if (pending && !out.empty()) out += ' ';
        pending = false;
        out += c;
    }
    return out;
}

// The text under n as it stands in the page (removed subtrees skipped), a line break a space.
std::string raw_text(const Dom& dom, std::uint32_t root) {
    std::string raw;
    for (std::uint32_t n = root; n != no_node;) {
        const DomNode& d = dom.nodes[n];
        if (d.removed) {
            n = dom.next_in(n, root, true);
            continue;
        }
        if (d.type == NodeType::text || d.type == NodeType::whitespace || d.type == NodeType::cdata) raw += d.text;
        else if (d.type == NodeType::element && d.tag == GUMBO_TAG_BR) raw += ' ';
        n = dom.next_in(n, root);
    }
    return raw;
}

// Runs of several scripts and whitespace mixes: single spaces between words (the fast path),
// runs of spaces, line breaks and tabs, no-break spaces (not spaces), spaces at the edges.
const std::vector<std::string> kRuns{
    "plain words in a row", " lead space", "trail space ", "two  spaces", "tab\there", "line\nbreak",
    "\n\n  \t", " ", "a", "Straße über Brücken", "слово за словом", "日本語のテキスト", "中文 新闻",
    "كلمة بعد كلمة", "हिन्दी समाचार आज", "x\xC2\xA0y", " \xC2\xA0 ", "end. Next one", "form\ffeed",
    "cr\r\nlf", "12:30 pm", "one two three four five six seven eight nine ten"};

// A generated page: paragraphs of inline elements around runs, each opening with a word.
std::string inline_page(std::mt19937& rng, bool breaks) {
    static const std::vector<std::string> tags{"b", "i", "em", "strong", "span", "code", "a href='/x'", "a", "small"};
    std::string html = "<html><body>";
    for (int p = 0; p < 6; ++p) {
        html += "<p>w" + std::to_string(p);
        std::vector<std::string> open;
        for (int step = 0; step < 24; ++step) {
            const unsigned r = rng() % 10;
            if (r < 3) {
                const std::string& t = tags[rng() % tags.size()];
                open.push_back(t.substr(0, t.find(' ')));
                html += "<" + t + ">";
            } else if (r < 5 && !open.empty()) {
                html += "</" + open.back() + ">";
                open.pop_back();
            } else if (r < 6 && breaks) {
                html += "<br>";
            } else {
                html += kRuns[rng() % kRuns.size()];
            }
        }
        while (!open.empty()) {
            html += "</" + open.back() + ">";
            open.pop_back();
        }
        html += "</p>\n";
    }
    return html + "</body></html>";
}

// Every node, removals drawn at random: text_of is the plain collapse of the raw text.
int compare_text_of(const std::string& html, unsigned seed) {
    auto dom = Dom::parse(html, 1'000'000, 400);
    REQUIRE(dom);
    std::mt19937 rng(seed);
    int nonempty = 0;
    for (int round = 0; round < 3; ++round) {
        for (DomNode& n : dom->nodes) n.removed = round > 0 && rng() % 6 == 0;
        for (std::uint32_t i = 0; i < dom->nodes.size(); ++i) {
            const std::string plain = collapse_plain(raw_text(*dom, i));
            CHECK(dom->text_of(i) == plain);
            // The bounded reading stops only after max_bytes: a prefix of the whole.
            const std::string bounded = dom->text_of(i, 20);
            CHECK(plain.starts_with(bounded));
            CHECK((bounded.size() > 20 || bounded == plain));
            nonempty += !plain.empty();
        }
    }
    return nonempty;
}

}  // namespace

TEST_CASE("Dom::text_of is the byte-at-a-time collapse on generated pages and the samples") {
    std::mt19937 rng(39);
    int nonempty = 0;
    for (int page = 0; page < 30; ++page) nonempty += compare_text_of(inline_page(rng, page % 2 == 1), page);
    for (const std::string& html : sample_pages()) nonempty += compare_text_of(html, 7);
    CHECK(nonempty > 0);
}

TEST_CASE("a paragraph's block text is the byte-at-a-time collapse of its text") {
    std::mt19937 rng(39);
    int paragraphs = 0;
    for (int page = 0; page < 60; ++page) {
        const std::string html = inline_page(rng, false);
        auto dom = Dom::parse(html, 1'000'000, 400);
        REQUIRE(dom);
        std::vector<std::string> expected;
        for (std::uint32_t i = 0; i < dom->nodes.size(); ++i)
            if (dom->is(i, GUMBO_TAG_P)) expected.push_back(collapse_plain(raw_text(*dom, i)));
        for (const bool keep_links : {false, true}) {
            const std::vector<winnow::Block> blocks = build_blocks(*dom, {dom->body}, "https://example.org/a/", keep_links);
            REQUIRE(blocks.size() == expected.size());
            for (std::size_t k = 0; k < blocks.size(); ++k) {
                CHECK(blocks[k].kind == winnow::BlockKind::paragraph);
                CHECK(blocks[k].text == expected[k]);
                // Spans lie inside the text and close on no space.
                for (const winnow::Span& s : blocks[k].spans) {
                    CHECK(s.begin < s.end);
                    CHECK(s.end <= blocks[k].text.size());
                    CHECK(blocks[k].text[s.end - 1] != ' ');
                }
                ++paragraphs;
            }
        }
    }
    CHECK(paragraphs >= 600);
}

TEST_CASE("NameHints equals read_hints of the class and id for every element") {
    std::vector<std::string> pages = sample_pages();
    pages.push_back(
        "<html><body><div><div class=''><div id=''><p class='content'>a</p><div class='comments'>"
        "<div id='comment-1' class='comment'>b</div><div class=' '>c</div><span id='share'>d</span>"
        "<aside class='sidebar widget'>e</aside><div class='entry-content-read-more'>f</div></div></div></div>"
        "</div></body></html>");
    // Generated names: tokens of content and chrome in any case, repeated in new combinations,
    // taxonomy and utility prefixes, ids of one to five words, spaces doubled, tabs and line
    // breaks inside a value (only a space parts tokens), non-ASCII names.
    std::mt19937 rng(39);
    const std::vector<std::string> tokens{"row", "col-md-6", "Content", "entry-content", "post", "Comments",
                                          "comment-list", "sidebar", "widget", "text-white", "text-content",
                                          "category-share", "tag-social", "entry-category-news", "Share", "byline",
                                          "main", "story", "menu", "nav", "footer", "commentary", "kommentare",
                                          "related-posts", "caption", "credit", "x", "", "статья", "コメント",
                                          "post\tbody", "read-more", "-ad-", "AUTHOR-bio", "richtext"};
    for (int page = 0; page < 20; ++page) {
        std::string html = "<html><body>";
        for (int e = 0; e < 80; ++e) {
            std::string cls, id;
            for (int k = 0, n = static_cast<int>(rng() % 5); k < n; ++k)
                cls += tokens[rng() % tokens.size()] + (rng() % 4 == 0 ? "  " : " ");
            for (int k = 0, n = static_cast<int>(rng() % 6); k < n; ++k)
                id += (k ? "-" : "") + tokens[rng() % tokens.size()];
            for (char& c : cls)
                if (c == '\t' || (rng() % 50 == 0 && c == ' ')) c = rng() % 2 ? '\t' : '\n';
            html += "<div" + (rng() % 5 ? " class='" + cls + "'" : std::string()) +
                    (rng() % 3 == 0 ? " id='" + id + "'" : std::string()) + ">t</div>";
        }
        pages.push_back(html + "</body></html>");
    }
    int named = 0;
    for (const std::string& html : pages) {
        auto dom = Dom::parse(html, 1'000'000, 400);
        REQUIRE(dom);
        const NameHints names(*dom);
        for (int pass = 0; pass < 2; ++pass)  // read, then kept
            for (std::uint32_t i = 0; i < dom->nodes.size(); ++i) {
                if (dom->nodes[i].type != NodeType::element) continue;
                const Hints fast = names(i), plain = read_hints(class_and_id(*dom, i));
                CHECK(fast.positive == plain.positive);
                CHECK(fast.negative == plain.negative);
                CHECK(fast.strong == plain.strong);
                CHECK(fast.absolute == plain.absolute);
                CHECK(fast.comments == plain.comments);
                CHECK(fast.short_kind == plain.short_kind);
                named += plain.weight() != 0;
            }
    }
    CHECK(named > 0);
}

namespace {

int ascii_digits(std::string_view t) {
    int d = 0;
    for (const char c : t) d += c >= '0' && c <= '9';
    return d;
}

bool any_date_test(std::string_view t) { return is_date_line(t) || is_short_year_date(t) || is_ordinal_date_line(t); }

}  // namespace

TEST_CASE("no date test holds for a text with fewer than two ASCII digits") {
    // Date lines in several languages and forms, each true of some test, then cut down to one
    // ASCII digit or none (the other digits taken out or written in another script's digits).
    const std::vector<std::string> dates{
        "March 3, 2012 at 4:10 pm", "07 Nov 12", "Nov 7, 12", "11.06.12 at 11:06 am", "November 7th, 2012",
        "le 1er mars 2024", "3 мая 2021", "2021年5月8日 更新", "Posted 21:17 18.11.2019", "Jane Roe - 1/2/2013",
        "vor 2 Tagen, 14:30", "22nd March 2024", "3 มี.ค. 2569", "12 de enero de 2020"};
    int held = 0;
    for (const std::string& d : dates) {
        held += any_date_test(d);
        // Keep the first k ASCII digits (k = 0, 1), each later one written as an Arabic-Indic digit.
        for (int keep = 0; keep < 2; ++keep) {
            std::string cut;
            int kept = 0;
            for (const char c : d) {
                if (c >= '0' && c <= '9' && kept++ >= keep) cut += "\u0663";
                else cut += c;
            }
            REQUIRE(ascii_digits(cut) <= 1);
            CHECK_FALSE(any_date_test(cut));
        }
    }
    CHECK(held >= 10);
    // Every text node of the samples and every string of generated runs: fewer than two ASCII
    // digits means no test holds.
    std::mt19937 rng(39);
    const std::vector<std::string> parts{"March", "7th", "1er", "Nov", "12", "2012", ":", "9", " ", "am", "pm", "de",
                                         "٢٠٢٠", "２０２０", "年", "月", ".", "/", "-", ",", "at", "Uhr"};
    for (int round = 0; round < 2000; ++round) {
        std::string s;
        for (int k = 0, n = 2 + static_cast<int>(rng() % 8); k < n; ++k) s += parts[rng() % parts.size()] + " ";
        if (ascii_digits(s) < 2) CHECK_FALSE(any_date_test(s));
    }
    for (const std::string& html : sample_pages()) {
        auto dom = Dom::parse(html, 1'000'000, 400);
        REQUIRE(dom);
        for (const DomNode& n : dom->nodes)
            if (n.type == NodeType::text && ascii_digits(n.text) < 2) CHECK_FALSE(any_date_test(n.text));
    }
}

TEST_CASE("a box's text holds a bracket exactly when text_of does") {
    std::mt19937 rng(39);
    std::vector<std::string> pages = sample_pages();
    pages.push_back("<html><body><div><h3>Kommentare <span>(3)</span></h3><p>Отзывы [12]</p><b>(</b><i>]</i>"
                    "<p>コメント（2）</p></div></body></html>");
    int with = 0;
    for (const std::string& html : pages) {
        auto dom = Dom::parse(html, 1'000'000, 400);
        REQUIRE(dom);
        for (int round = 0; round < 3; ++round) {
            for (DomNode& n : dom->nodes) n.removed = round > 0 && rng() % 6 == 0;
            for (std::uint32_t i = 0; i < dom->nodes.size(); ++i) {
                const std::string t = dom->text_of(i);
                const bool plain = t.find_first_of(")]") != std::string::npos;
                CHECK(subtree_text_has_byte(*dom, i, [](unsigned char c) { return c == ')' || c == ']'; }) == plain);
                with += plain;
            }
        }
    }
    CHECK(with > 0);
}

// The thread finder settles a box of entries once too few are left to make a thread
// (extract39): find_comment_sections must answer as when it reads every entry, on generated
// lists of entries (dated, rated, undated; one kind, striped, many kinds) and on the samples.
namespace {

std::vector<std::uint8_t> comment_sections(const Dom& dom, bool settle, std::uint32_t title_end) {
    const auto count = static_cast<std::uint32_t>(dom.nodes.size());
    std::vector<std::uint32_t> text(count, 0), link(count, 0);
    std::vector<bool> in_link(count, false);
    for (std::uint32_t i = 1; i < count; ++i) {
        const std::uint32_t p = dom.nodes[i].parent;
        in_link[i] = p != no_node && (in_link[p] || dom.is(p, GUMBO_TAG_A));
    }
    for (std::uint32_t i = count; i-- > 0;) {
        const DomNode& n = dom.nodes[i];
        if (n.removed) {
            text[i] = link[i] = 0;
            continue;
        }
        if (n.type == NodeType::text) {
            text[i] = visible_chars(n.text);
            if (in_link[i]) link[i] = text[i];
        }
        if (n.parent != no_node) {
            text[n.parent] += text[i];
            link[n.parent] += link[i];
        }
    }
    return find_comment_sections(dom, text, link, NameHints(dom), title_end, settle);
}

std::string entries_page(std::mt19937& rng) {
    static const std::vector<std::string> dates{"March 3, 2012 at 4:10 pm", "07 Nov 12", "3 мая 2021, 14:30",
                                                "2021年5月8日 10:41", "le 1er mars 2024", "hace 3 horas", "2 days ago",
                                                "11.06.12 at 11:06 am", "Posted 21:17 18.11.2019"};
    static const std::vector<std::string> words{"Thanks for the write-up, it helped me a lot with the setup.",
                                                "Danke für den Artikel, sehr hilfreich und gut erklärt.",
                                                "Спасибо, очень полезная статья для начинающих.",
                                                "とても参考になりました。ありがとうございます。",
                                                "No estoy de acuerdo con el segundo punto del texto.",
                                                "A short line"};
    static const std::vector<std::string> classes{"comment", "comment alt", "reply", "item", "post", "", "c1", "c2",
                                                  "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10", "c11", "c12",
                                                  "c13", "c14", "c15", "c16", "c17"};
    std::string html = "<html><body><h1>Title of the page</h1><p>" + words[rng() % 5] + " " + words[rng() % 5] +
                       " " + words[rng() % 5] + "</p>";
    for (int box = 0; box < 4; ++box) {
        const bool many_kinds = rng() % 4 == 0;
        const std::string tag = rng() % 2 ? "div" : "li";
        html += tag == "li" ? "<ul>" : "<div class='box'>";
        const int entries = 2 + static_cast<int>(rng() % 14);
        const unsigned dated_share = rng() % 11;  // in tenths
        for (int e = 0; e < entries; ++e) {
            const std::string cls = many_kinds ? classes[rng() % classes.size()]
                                               : (rng() % 3 == 0 ? classes[rng() % 3] : classes[0]);
            html += "<" + tag + " class='" + cls + "'>";
            if (rng() % 5 == 0) html += "<img src='a.png'>";
            if (rng() % 10 < dated_share) html += "<span>" + dates[rng() % dates.size()] + "</span>";
            else if (rng() % 6 == 0) html += "<span>★★★★☆</span>";
            if (rng() % 8 == 0) html += "<h3>A heading</h3>";
            html += "<p>" + words[rng() % words.size()] + "</p>";
            if (rng() % 6 == 0) html += "<div class='" + cls + "'><span>" + dates[rng() % dates.size()] + "</span><p>" +
                                        words[rng() % words.size()] + "</p></div>";
            html += "</" + tag + ">";
        }
        html += tag == "li" ? "</ul>" : "</div>";
    }
    return html + "</body></html>";
}

int compare_sections(const std::string& html, unsigned seed) {
    auto dom = Dom::parse(html, 1'000'000, 400);
    REQUIRE(dom);
    std::mt19937 rng(seed);
    std::uint32_t title_end = no_node;
    for (std::uint32_t i = 0; i < dom->nodes.size(); ++i)
        if (dom->is(i, GUMBO_TAG_H1)) {
            title_end = dom->next_in(i, 0, true);
            break;
        }
    int found = 0;
    for (int round = 0; round < 3; ++round) {
        for (DomNode& n : dom->nodes) n.removed = round > 0 && rng() % 12 == 0;
        for (const std::uint32_t end : {no_node, title_end}) {
            const std::vector<std::uint8_t> fast = comment_sections(*dom, true, end), plain = comment_sections(*dom, false, end);
            CHECK(fast == plain);
            for (const std::uint8_t k : plain) found += k != 0;
        }
    }
    return found;
}

}  // namespace

TEST_CASE("find_comment_sections answers alike settling early and reading every entry") {
    std::mt19937 rng(39);
    int found = 0;
    for (int page = 0; page < 150; ++page) found += compare_sections(entries_page(rng), static_cast<unsigned>(page));
    for (const std::string& html : sample_pages()) found += compare_sections(html, 7);
    CHECK(found > 50);
}
