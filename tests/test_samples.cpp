// End-to-end acceptance tests on the samples in samples/: both versions of the sample
// article (scraped text and the HTML page as its site would serve it) and the other pages.
#include <doctest/doctest.h>

#include <pugixml.hpp>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "text_util.hpp"

namespace {

std::string read_sample(const std::string& name) {
    std::ifstream in(std::string(WINNOW_SOURCE_DIR) + "/samples/" + name, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), "missing sample " << name);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

struct Cleaned {
    winnow::Document doc;
    std::string xml;
    pugi::xml_document tree;
};

void clean_sample(const std::string& name, Cleaned& out) {
    const winnow::Result r = winnow::clean(read_sample(name));
    REQUIRE_MESSAGE(r.ok(), r.error);
    out.doc = r.document;
    out.xml = winnow::to_xml(r.document);
    const auto parsed = out.tree.load_string(out.xml.c_str());
    REQUIRE_MESSAGE(parsed, "output XML does not parse: " << parsed.description());
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
        out.push_back(line);
    }
    return out;
}

// Collapses whitespace so that text from <p> elements compares with the scraped lines.
using winnow::test::squeeze;

// The article paragraphs of the scraped text: long lines that occur once (the lines that
// repeat are the promo box). Each is cut before its first residue or garbage so the
// comparison asks for the article's own words.
std::vector<std::string> expected_paragraph_starts() {
    const auto lines = lines_of(read_sample("alibaba-ai-investment.txt"));
    std::map<std::string, int> count;
    for (const auto& l : lines) ++count[l];
    std::vector<std::string> out;
    for (const auto& l : lines) {
        if (l.size() < 200 || count[l] > 1) continue;
        std::string start = l.substr(0, 120);
        for (const char* cut : {" .", "[1]", " (source)"})
            if (auto p = start.find(cut); p != std::string::npos) start.resize(p);
        out.push_back(start);
    }
    return out;
}

std::string body_text(const pugi::xml_document& tree) {
    std::string all;
    for (auto p : tree.select_nodes("/article/body//p")) all += squeeze(p.node().child_value() + std::string()) + "\n";
    return all;
}

std::string all_paragraph_text(const pugi::xml_document& tree) {
    std::string all;
    for (auto p : tree.select_nodes("/article/body//p")) {
        std::string t;
        for (auto n = p.node().first_child(); n; n = n.next_sibling()) {
            if (n.type() == pugi::node_pcdata) t += n.value();
            else t += n.text().get();
        }
        all += squeeze(t) + "\n";
    }
    return all;
}

bool has_cyrillic(const std::string& s) {
    // U+0400..U+04FF is D0 80 .. D3 BF in UTF-8.
    for (std::size_t i = 0; i + 1 < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0xD0 && c <= 0xD3 && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) return true;
    }
    return false;
}

void check_sample_article(const std::string& name) {
    Cleaned c;
    clean_sample(name, c);
    const pugi::xml_node meta = c.tree.child("article").child("meta");
    CHECK(std::string(meta.child_value("title")) == "Biggest AI Investment Yet!");
    CHECK(std::string(meta.child_value("subtitle")) ==
          "Alibaba Pours a Whopping $52 Billion Into AI to Lead the Tech Revolution");
    bool author_found = false;
    for (auto a : meta.children("author"))
        if (std::string(a.child_value()) == "Mackenzie Ferguson" &&
            std::string(a.attribute("role").value()) == "AI Tools Researcher & Implementation Consultant")
            author_found = true;
    CHECK_MESSAGE(author_found, "author with role missing in " << name);

    const std::vector<std::string> expected_headings{
        "Introduction to Alibaba's AI Investment", "Investment Strategy and Objectives",
        "Market Position and Competitive Landscape", "Financial Performance Highlights",
        "Expert Opinions and Analysis", "Public Reactions and Market Impact",
        "Future Implications of the Investment", "Economic and Social Consequences",
        "Political Ramifications and Global Competition"};
    std::vector<std::string> headings;
    for (auto h : c.tree.select_nodes("/article/body/h")) headings.push_back(squeeze(h.node().text().get()));
    CHECK(headings == expected_headings);

    const std::string paragraphs = all_paragraph_text(c.tree);
    const auto starts = expected_paragraph_starts();
    CHECK(starts.size() >= 25);
    for (const auto& s : starts) CHECK_MESSAGE(paragraphs.find(s) != std::string::npos, "paragraph lost: " << s);

    // None of the noise.
    for (const char* noise : {"Learn to use AI like a Pro", "Get the latest AI workflows", "\"]}", "0.026278714",
                              "(source)", "Last updated:"})
        CHECK_MESSAGE(c.xml.find(noise) == std::string::npos, "still present in " << name << ": " << noise);
    CHECK_FALSE(has_cyrillic(c.xml));
    const std::string text = winnow::to_text(c.doc);
    for (const char* residue : {" .", " ,", " ;", " :"})
        CHECK_MESSAGE(text.find(residue) == std::string::npos, "space before punctuation in " << name << ": '" << residue << "'");

    // The reference link survives as a link element with its target.
    bool link_found = false;
    for (auto a : c.tree.select_nodes("/article/body//a"))
        if (std::string(a.node().attribute("href").value()) ==
            "https://www.reuters.com/technology/artificial-intelligence/alibaba-invest-more-than-52-billion-ai-over-next-3-years-2025-02-24/")
            link_found = true;
    CHECK(link_found);
    CHECK(c.xml.find("](http") == std::string::npos);
}

std::string temp_file(const std::string& content, const char* suffix) {
    char name[] = "/tmp/winnow-test-XXXXXX";
    const int fd = mkstemp(name);
    REQUIRE(fd >= 0);
    close(fd);
    const std::string path = std::string(name) + suffix;
    std::rename(name, path.c_str());
    std::ofstream(path, std::ios::binary) << content;
    return path;
}

}  // namespace

TEST_CASE("sample article, scraped text version") { check_sample_article("alibaba-ai-investment.txt"); }

TEST_CASE("sample article, HTML version") {
    check_sample_article("alibaba-ai-investment.html");
    Cleaned c;
    clean_sample("alibaba-ai-investment.html", c);
    // Site chrome of the page: cookie bar, menu, newsletter box, comments, related, footer.
    for (const char* chrome : {"We use cookies", "Skip to content", "Join the Academy", "The Tensorwire Brief",
                               "Leave a Reply", "thoughts on", "Related stories", "Most read this week",
                               "All rights reserved", "Advertisement", "Terms of use", "Subscribe"})
        CHECK_MESSAGE(c.xml.find(chrome) == std::string::npos, "site chrome left: " << chrome);
}

TEST_CASE("blog post keeps lists, nested lists and code") {
    Cleaned c;
    clean_sample("blog-post-lists-code.html", c);
    CHECK(c.tree.select_nodes("/article/body//list[@type='ordered']").size() >= 1);
    CHECK(c.tree.select_nodes("/article/body//list[@type='unordered']").size() >= 1);
    CHECK(c.tree.select_nodes("/article/body//item/list").size() >= 1);
    const auto pre = c.tree.select_node("/article/body/pre");
    REQUIRE(pre);
    const std::string code = pre.node().child_value();
    CHECK(code.find('\n') != std::string::npos);   // line structure kept
    CHECK(code.find('<') != std::string::npos);    // markup characters kept verbatim
    CHECK(c.tree.select_nodes("/article/body/quote").size() >= 1);
}

TEST_CASE("data table keeps header cells and many-decimal numbers") {
    Cleaned c;
    clean_sample("data-table.html", c);
    const auto table = c.tree.select_node("/article/body/table");
    REQUIRE(table);
    CHECK(table.node().select_nodes("row/cell[@head='true']").size() >= 3);
    CHECK(table.node().select_nodes("row").size() >= 5);
    std::size_t long_decimals = 0;
    for (auto cell : table.node().select_nodes("row/cell")) {
        const std::string v = cell.node().child_value();
        const auto dot = v.find('.');
        if (dot != std::string::npos && v.size() - dot > 6) ++long_decimals;
    }
    CHECK(long_decimals >= 6);
}

TEST_CASE("Russian article in windows-1251 stays whole, English quote kept") {
    Cleaned c;
    clean_sample("non-english-article.html", c);
    CHECK(c.doc.source_charset == "windows-1251");
    const std::string text = winnow::to_text(c.doc);
    CHECK(has_cyrillic(text));
    CHECK(text.size() > 1500);
    CHECK(std::string(c.tree.child("article").attribute("lang").value()) == "ru");
}

TEST_CASE("every sample's XML validates against docs/winnow.rng") {
    const std::string schema = std::string(WINNOW_SOURCE_DIR) + "/docs/winnow.rng";
    for (const char* name : {"alibaba-ai-investment.txt", "alibaba-ai-investment.html", "blog-post-lists-code.html",
                             "data-table.html", "non-english-article.html", "german-article-latin1.html"}) {
        CAPTURE(name);
        const winnow::Result r = winnow::clean(read_sample(name));
        REQUIRE(r.ok());
        for (bool report : {false, true}) {
            winnow::EmitOptions eo;
            eo.report = report;
            const std::string path = temp_file(winnow::to_xml(r.document, eo), ".xml");
            const std::string cmd = "xmllint --noout --relaxng '" + schema + "' '" + path + "' 2>/dev/null";
            CHECK_MESSAGE(std::system(cmd.c_str()) == 0, "invalid XML for " << name << " (report=" << report << ")");
            std::remove(path.c_str());
        }
    }
}

TEST_CASE("the schema rejects an invalid document") {
    const std::string cmd = std::string("xmllint --noout --relaxng '") + WINNOW_SOURCE_DIR + "/docs/winnow.rng' '" +
                            WINNOW_SOURCE_DIR + "/tests/data/invalid-article.xml' 2>/dev/null";
    CHECK(std::system(cmd.c_str()) != 0);
}

TEST_CASE("input with no article gives an empty body and a warning") {
    for (const char* input : {"", "<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>"}) {
        const winnow::Result r = winnow::clean(input);
        REQUIRE(r.ok());
        CHECK(r.document.body.empty());
        CHECK_FALSE(r.document.warnings.empty());
        pugi::xml_document tree;
        CHECK(tree.load_string(winnow::to_xml(r.document).c_str()));
    }
}

TEST_CASE("binary input is refused with a clear error") {
    static const char pdf[] = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj";
    const winnow::Result r = winnow::clean(std::string(pdf, sizeof pdf - 1));
    CHECK_FALSE(r.ok());
    CHECK(r.error.find("PDF") != std::string::npos);
}

TEST_CASE("cleaning winnow's own text output again changes nothing") {
    for (const char* name : {"alibaba-ai-investment.txt", "alibaba-ai-investment.html", "blog-post-lists-code.html",
                             "data-table.html", "non-english-article.html", "german-article-latin1.html"}) {
        CAPTURE(name);
        const winnow::Result first = winnow::clean(read_sample(name));
        REQUIRE(first.ok());
        const std::string once = winnow::to_text(first.document);
        winnow::Options as_text;
        as_text.input = winnow::InputKind::text;
        const winnow::Result second = winnow::clean(once, as_text);
        REQUIRE(second.ok());
        // Title/subtitle detection may take the first lines as metadata; compare bodies
        // after putting those back in front.
        std::string again;
        for (const auto* field : {&second.document.meta.title, &second.document.meta.subtitle})
            if (!field->empty()) again += *field + "\n\n";
        again += winnow::to_text(second.document);
        CHECK(squeeze(again) == squeeze(once));
    }
}

TEST_CASE("blocks inside a blockquote and rows after removed chrome stay valid and complete") {
    const std::string page =
        "<html><body><article><h1>Title of the story</h1>"
        "<p>First paragraph of the story, long enough to count as content, with commas, and more words.</p>"
        "<blockquote><p>Quoted words, which are long enough to matter here, said the speaker.</p>"
        "<pre>line one\nline two</pre><table><tr><td>a</td><td>b</td></tr></table></blockquote>"
        "<table><tr><th>Name</th><th>Value</th></tr><tr hidden><td>gone</td><td>0</td></tr>"
        "<tr><td>kept row</td><td>0.123456789</td></tr></table>"
        "<p>Closing paragraph of the story, long enough to count as content, with commas, and more.</p>"
        "</article></body></html>";
    const winnow::Result r = winnow::clean(page);
    REQUIRE(r.ok());
    const std::string xml = winnow::to_xml(r.document);
    CHECK(xml.find("kept row") != std::string::npos);      // the row right after a removed one
    CHECK(xml.find("line one line two") != std::string::npos);  // code in a quote: a paragraph
    const std::string path = temp_file(xml, ".xml");
    const std::string cmd = std::string("xmllint --noout --relaxng '") + WINNOW_SOURCE_DIR + "/docs/winnow.rng' '" + path +
                            "' 2>/dev/null";
    CHECK(std::system(cmd.c_str()) == 0);
    std::remove(path.c_str());
}
