// Markdown output (emit_markdown.cpp, markdown_inline.cpp) and reading it back
// (text_markdown.cpp): escaping only where CommonMark would misread, every block kind, the
// reviewed Markdown of the sample article, and the round trip over the samples and every
// dev page (Markdown with front matter, read with --input text, gives the same document).
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "corpus_util.hpp"
#include "cpu_clock.hpp"
#include "markdown_inline.hpp"

namespace {

using winnow::Block;
using winnow::BlockKind;
using winnow::Document;
using winnow::Span;

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

Block para(std::string text, std::vector<Span> spans = {}) {
    Block b;
    b.text = std::move(text);
    b.spans = std::move(spans);
    return b;
}

std::string md_of(std::vector<Block> body, bool front = false, winnow::Metadata meta = {}) {
    Document d;
    d.meta = std::move(meta);
    d.body = std::move(body);
    winnow::EmitOptions o;
    o.front_matter = front;
    return winnow::to_markdown(d, o);
}

// Reads Markdown back as the CLI's --input text does, with the filters off: the reader alone.
Document reread(const std::string& md) {
    winnow::Options o;
    o.input = winnow::InputKind::text;
    o.noise = {false, false, false, false, false};
    const winnow::Result r = winnow::clean(md, o);
    REQUIRE_MESSAGE(r.ok(), r.error);
    return r.document;
}

// Where two block lists first differ ("" when equal): kind, level, flags, text, the spans
// Markdown carries (markdown_spans), image source and children.
std::string diff_blocks(const std::vector<Block>& a, const std::vector<Block>& b, const std::string& where = "body") {
    auto sorted = [](std::vector<Span> s) {
        std::sort(s.begin(), s.end(), [](const Span& x, const Span& y) {
            return std::tie(x.begin, x.end, x.kind) < std::tie(y.begin, y.end, y.kind);
        });
        return s;
    };
    if (a.size() != b.size())
        return where + ": " + std::to_string(a.size()) + " blocks became " + std::to_string(b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].kind == BlockKind::figure && a[i].src.empty() && a[i].children.size() == 1) {
            // A caption without its picture is a paragraph in Markdown.
            Block p = a[i].children.front();
            p.kind = BlockKind::paragraph;
            if (std::string d = diff_blocks({p}, {b[i]}, where + "[" + std::to_string(i) + "]"); !d.empty()) return d;
            continue;
        }
        const Block& x = a[i];
        const Block& y = b[i];
        const std::string at = where + "[" + std::to_string(i) + "]";
        if (x.kind != y.kind) return at + ": " + std::string(winnow::to_string(x.kind)) + " became " + std::string(winnow::to_string(y.kind));
        // A level on anything but a heading (a heading turned paragraph inside a quote) has no
        // Markdown form.
        // An inferred heading (level 0, from unmarked text) is written, and so read back, as level 2.
        auto shown = [](const Block& b) { return b.level ? b.level : 2; };
        if ((x.kind == BlockKind::heading && shown(x) != shown(y)) || x.ordered != y.ordered || x.header != y.header)
            return at + ": level/ordered/header";
        if (x.kind == BlockKind::table) {
            // A GitHub table has one header row, the first: header cells elsewhere, or a first
            // row only partly of header cells, are written as plain cells.
            Block expected = x;
            for (std::size_t r = 0; r < expected.children.size(); ++r) {
                auto& cells = expected.children[r].children;
                const bool head = r == 0 && !cells.empty() &&
                                  std::all_of(cells.begin(), cells.end(), [](const Block& c) { return c.header; }) &&
                                  std::any_of(cells.begin(), cells.end(), [](const Block& c) { return !c.text.empty(); });
                for (auto& c : cells) c.header = head;
            }
            if (std::string d = diff_blocks(expected.children, y.children, at); !d.empty()) return d;
            continue;
        }
        if (x.text != y.text) return at + ": text\n  \"" + x.text + "\"\n  \"" + y.text + "\"";
        if (x.src != y.src) return at + ": src " + x.src + " / " + y.src;
        const auto sa = sorted(winnow::detail::markdown_spans(x.text, x.spans)), sb = sorted(y.spans);
        if (sa.size() != sb.size()) return at + ": " + std::to_string(sa.size()) + " spans became " + std::to_string(sb.size()) + " in \"" + x.text + "\"";
        for (std::size_t k = 0; k < sa.size(); ++k)
            if (sa[k].begin != sb[k].begin || sa[k].end != sb[k].end || sa[k].kind != sb[k].kind || sa[k].target != sb[k].target)
                return at + ": span " + std::to_string(k) + " of \"" + x.text + "\" (" + sa[k].target + " / " + sb[k].target + ")";
        if (std::string d = diff_blocks(x.children, y.children, at); !d.empty()) return d;
    }
    return {};
}

std::string diff_meta(const winnow::Metadata& a, const winnow::Metadata& b) {
    if (a.title != b.title || a.subtitle != b.subtitle || a.description != b.description) return "title/subtitle/description";
    if (a.published != b.published || a.modified != b.modified) return "dates";
    if (a.site != b.site || a.url != b.url || a.canonical_url != b.canonical_url || a.language != b.language) return "site/urls/language";
    if (a.tags != b.tags) return "tags";
    if (a.authors.size() != b.authors.size()) return "authors";
    for (std::size_t i = 0; i < a.authors.size(); ++i)
        if (a.authors[i].name != b.authors[i].name || a.authors[i].role != b.authors[i].role) return "author " + a.authors[i].name;
    return {};
}

// "" when the page's Markdown reads back to the same document.
std::string round_trip(const std::string& page) {
    const winnow::Result first = winnow::clean(page);
    if (!first.ok()) return {};
    winnow::EmitOptions o;
    o.front_matter = true;
    const std::string md = winnow::to_markdown(first.document, o);
    const Document again = reread(md);
    if (std::string d = diff_meta(first.document.meta, again.meta); !d.empty()) return "metadata: " + d;
    return diff_blocks(first.document.body, again.body);
}

}  // namespace

TEST_CASE("Markdown escapes only what a reader would take for markup") {
    // Prose keeps its punctuation: intraword underscores, a spaced asterisk, brackets that
    // are not followed by "(", ampersands that are no character reference.
    CHECK(md_of({para("snake_case and 2 * 3 [sic] & co; x < 3")}) == "snake_case and 2 * 3 [sic] & co; x < 3\n");
    // What would become markup is escaped: emphasis delimiters, code ticks, a link, a tag,
    // an entity, a hard break.
    CHECK(md_of({para("*not bold* `tick` [a](b) <b> &amp; _x_")}) ==
          "\\*not bold\\* \\`tick\\` [a\\](b) \\<b> \\&amp; \\_x\\_\n");
    // Line starts that would open a block (German date, French dash list, heading, quote).
    CHECK(md_of({para("1. Mai ist ein Feiertag")}) == "1\\. Mai ist ein Feiertag\n");
    CHECK(md_of({para("- pas une liste")}) == "\\- pas une liste\n");
    CHECK(md_of({para("# hashtag")}) == "\\# hashtag\n");
    CHECK(md_of({para("#hashtag stays")}) == "#hashtag stays\n");
    CHECK(md_of({para("> 引用ではない")}) == "\\> 引用ではない\n");
    CHECK(md_of({para("---")}) == "\\---\n");
    // A line break inside a paragraph is a hard break (backslash).
    CHECK(md_of({para("Первая строка\nвторая строка")}) == "Первая строка\\\nвторая строка\n");
}

TEST_CASE("Markdown writes spans, headings, lists, quotes, code, tables and figures") {
    // Spans: emphasis trimmed to its words, strong inside a link, code with a backtick inside.
    CHECK(md_of({para("Lire la suite ici", {{Span::Kind::link, 14, 17, "https://example.org/a(b)"},
                                            {Span::Kind::strong, 14, 17, {}}})}) ==
          "Lire la suite [**ici**](https://example.org/a\\(b\\))\n");
    CHECK(md_of({para("ein  betontes  Wort", {{Span::Kind::emphasis, 3, 14, {}}})}) == "ein  *betontes*  Wort\n");
    CHECK(md_of({para("run a`b now", {{Span::Kind::code, 4, 7, {}}})}) == "run ``a`b`` now\n");
    // A link whose target has a space goes in angle brackets.
    CHECK(md_of({para("voir", {{Span::Kind::link, 0, 4, "https://example.org/a b"}})}) ==
          "[voir](<https://example.org/a b>)\n");

    Block h;
    h.kind = BlockKind::heading;
    h.level = 3;
    h.text = "Größe #";
    CHECK(md_of({h}) == "### Größe \\#\n");

    Block inner;
    inner.kind = BlockKind::list;
    inner.ordered = true;
    inner.children = {para("eins"), para("zwei")};
    for (auto& c : inner.children) c.kind = BlockKind::item;
    Block item = para("outer");
    item.kind = BlockKind::item;
    item.children = {inner};
    Block list;
    list.kind = BlockKind::list;
    list.children = {item, para("second")};
    list.children[1].kind = BlockKind::item;
    Block list2 = list;  // a second list right after the first: another marker keeps them apart
    CHECK(md_of({list, list2}) == "- outer\n  1. eins\n  2. zwei\n- second\n\n* outer\n  1. eins\n  2. zwei\n* second\n");

    Block quote;
    quote.kind = BlockKind::quote;
    quote.children = {para("Erste Zeile."), para("Zweiter Absatz.")};
    CHECK(md_of({quote}) == "> Erste Zeile.\n>\n> Zweiter Absatz.\n");

    Block code;
    code.kind = BlockKind::code;
    code.text = "int main() {\n  return 0; // ```\n}";
    CHECK(md_of({code}) == "````\nint main() {\n  return 0; // ```\n}\n````\n");

    Block table;
    table.kind = BlockKind::table;
    Block row;
    row.kind = BlockKind::row;
    Block cell = para("a|b");
    cell.kind = BlockKind::cell;
    Block cell2 = para("line\nbreak");
    cell2.kind = BlockKind::cell;
    row.children = {cell, cell2};
    table.children = {row};
    // No header row in the source: an empty one (GitHub tables require it).
    CHECK(md_of({table}) == "|  |  |\n| --- | --- |\n| a\\|b | line<br>break |\n");

    Block figure;
    figure.kind = BlockKind::figure;
    figure.src = "https://example.org/p.jpg";
    Block cap = para("Légende");
    cap.kind = BlockKind::caption;
    figure.children = {cap};
    CHECK(md_of({figure}) == "![](https://example.org/p.jpg)\nLégende\n");
}

TEST_CASE("front matter holds the metadata as YAML and reads back") {
    winnow::Metadata m;
    m.title = "Ein \"Titel\"";
    m.authors = {{"Ana Pérez", "editora"}, {"李雷", ""}};
    m.published = "2025-02-24";
    m.tags = {"ai", "cloud"};
    const std::string md = md_of({para("Text.")}, true, m);
    CHECK(md == "---\ntitle: \"Ein \\\"Titel\\\"\"\nauthors:\n  - name: \"Ana Pérez\"\n    role: \"editora\"\n"
                "  - name: \"李雷\"\npublished: \"2025-02-24\"\ntags:\n  - \"ai\"\n  - \"cloud\"\n---\n\nText.\n");
    const Document back = reread(md);
    CHECK(diff_meta(m, back.meta) == "");
    REQUIRE(back.body.size() == 1);
    CHECK(back.body[0].text == "Text.");
    // A text that only starts with a rule line is not taken for front matter.
    const Document plain = reread("---\nNot front matter at all.\n---\n\nBody text here.\n");
    CHECK(plain.meta.title != "");
}

TEST_CASE("hand-written Markdown of every kind reads back to the blocks it was written from") {
    Document d;
    Block h;
    h.kind = BlockKind::heading;
    h.level = 2;
    h.text = "Überschrift *mit* Stern";
    d.body.push_back(h);
    d.body.push_back(para("Ein Satz mit [Klammern] und einem Link, fett und code|pipe.",
                          {{Span::Kind::link, 34, 38, "https://example.org/x_(y)"},
                           {Span::Kind::strong, 40, 44, {}},
                           {Span::Kind::code, 49, 58, {}}}));
    d.body.push_back(para("1. Mai, zweite Zeile ~ Tilde"));
    Block list;
    list.kind = BlockKind::list;
    list.ordered = true;
    for (const char* t : {"erstens", "zweitens"}) {
        Block it = para(t);
        it.kind = BlockKind::item;
        list.children.push_back(it);
    }
    Block sub;
    sub.kind = BlockKind::list;
    Block it = para("verschachtelt");
    it.kind = BlockKind::item;
    sub.children = {it};
    list.children[1].children = {sub};
    d.body.push_back(list);
    d.body.push_back(list);
    Block quote;
    quote.kind = BlockKind::quote;
    quote.children = {para("« Citation » vraiment.", {{Span::Kind::emphasis, 15, 23, {}}})};
    d.body.push_back(quote);
    Block code;
    code.kind = BlockKind::code;
    code.text = "  indented\n\n```\nfence inside";
    d.body.push_back(code);
    Block table;
    table.kind = BlockKind::table;
    for (int r = 0; r < 3; ++r) {
        Block row;
        row.kind = BlockKind::row;
        for (const char* t : {"a|b", "x y", "<br>"}) {
            Block c = para(t);
            c.kind = BlockKind::cell;
            c.header = r == 0;
            row.children.push_back(c);
        }
        table.children.push_back(row);
    }
    d.body.push_back(table);
    Block fig;
    fig.kind = BlockKind::figure;
    fig.src = "https://example.org/a b.png";
    Block cap = para("Bild: *Name*");
    cap.kind = BlockKind::caption;
    fig.children = {cap};
    d.body.push_back(fig);
    winnow::EmitOptions o;
    o.front_matter = true;
    const std::string md = winnow::to_markdown(d, o);
    CAPTURE(md);
    CHECK(diff_blocks(d.body, reread(md).body) == "");
}

TEST_CASE("the sample article's Markdown matches the reviewed file") {
    const std::string page = read_file(std::string(WINNOW_SOURCE_DIR) + "/samples/alibaba-ai-investment.html");
    const winnow::Result r = winnow::clean(page);
    REQUIRE(r.ok());
    winnow::EmitOptions o;
    o.front_matter = true;
    const std::string md = winnow::to_markdown(r.document, o);
    const std::string expected = read_file(std::string(WINNOW_SOURCE_DIR) + "/tests/data/alibaba-ai-investment.md");
    REQUIRE_MESSAGE(!expected.empty(), "tests/data/alibaba-ai-investment.md is missing");
    CHECK(md == expected);
}

TEST_CASE("the samples' Markdown reads back to the same document") {
    for (const char* name : {"alibaba-ai-investment.txt", "alibaba-ai-investment.html", "blog-post-lists-code.html",
                             "data-table.html", "non-english-article.html", "german-article-latin1.html"}) {
        CAPTURE(name);
        CHECK(round_trip(read_file(std::string(WINNOW_SOURCE_DIR) + "/samples/" + name)) == "");
    }
}

TEST_CASE("every dev page's Markdown reads back to the same document") {
    const auto pages = winnow::test::corpus_pages();
    if (pages.empty()) {
        MESSAGE("no dev corpus found next to the project; skipped");
        return;
    }
    std::size_t differ = 0;
    for (const auto& path : pages) {
        const std::string why = round_trip(winnow::test::read_page(path));
        if (why.empty()) continue;
        if (++differ <= 20) MESSAGE(path.filename().string() << ": " << why);
    }
    MESSAGE(differ << " of " << pages.size() << " dev pages differ after a Markdown round trip");
    CHECK(differ == 0);
}

TEST_CASE("the Markdown reader stays linear on long runs of unmatched markup") {
    // Unclosed link destinations, code fences of many lengths and emphasis openers, each
    // repeated across one long line: every search is bounded or remembered.
    std::string line;
    for (int i = 0; i < 20000; ++i) line += "[a](b" + std::string(static_cast<std::size_t>(i % 50 + 1), '`') + "*x ";
    const double start = winnow::test::cpu_ms();
    const Document d = reread("---\ntitle: \"t\"\n---\n\n" + line + "\n");
    const double ms = winnow::test::cpu_ms() - start;
    CHECK(d.body.size() == 1);
    CHECK(ms < 5000);
}
