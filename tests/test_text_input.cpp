// Text input (the text structure stage): lists, tables and datelines read from plain text.
#include <doctest/doctest.h>

#include <string>

#include <winnow/winnow.hpp>

using namespace winnow;

namespace {

Document read_text(const std::string& text) {
    Options o;
    o.input = InputKind::text;
    Result r = clean(text, o);
    REQUIRE(r.ok());
    return std::move(r.document);
}

const std::string kLead = "Story title\n\nThe first paragraph of the story says what happened and where it did.\n\n";

}  // namespace

TEST_CASE("numbered lines make a list only together; a lone numbered paragraph stays a paragraph") {
    const Document d = read_text(kLead + "1. First step\n2. Second step\n\nBetween the lists.\n\n"
                                         "2. Never urged anyone to do it, the witness said at the hearing.\n");
    REQUIRE(d.body.size() == 4);
    CHECK(d.body[1].kind == BlockKind::list);
    CHECK(d.body[1].ordered);
    CHECK(d.body[1].children.size() == 2);
    CHECK(d.body[3].kind == BlockKind::paragraph);
    CHECK(d.body[3].text == "2. Never urged anyone to do it, the witness said at the hearing.");
    // and its text comes back unchanged
    CHECK(to_text(read_text(kLead + "Text.\n\n1) Only one numbered line here, as a paragraph.\n")).find("1) Only one") !=
          std::string::npos);
}

TEST_CASE("tab-separated lines are a table, as winnow's text output writes one") {
    const Document d = read_text(kLead + "Name\tAge\tCity\nAnn\t31\tOslo\nBob\t\tRome\n\nAfter the table.\n");
    REQUIRE(d.body.size() == 3);
    const Block& t = d.body[1];
    REQUIRE(t.kind == BlockKind::table);
    REQUIRE(t.children.size() == 3);
    CHECK(t.children[1].children[2].text == "Oslo");
    CHECK(t.children[2].children[1].text.empty());
    CHECK(d.body[2].text == "After the table.");
    // one line with a tab is not a table
    CHECK(read_text(kLead + "Key\tvalue on one line only.\n").body[1].kind == BlockKind::paragraph);
}

TEST_CASE("a first line that is only a date is the dateline, not the title") {
    Document d = read_text("Tuesday, 22 October 2019 08:13\n\nThe body of the story starts here and goes on for a while.\n");
    CHECK(d.meta.title.empty());
    CHECK(d.meta.published == "2019-10-22T08:13:00");
    d = read_text("sexta-feira, 22 de outubro de 2010 às 20:13\n\nO texto da notícia começa aqui e continua por um tempo.\n");
    CHECK(d.meta.published == "2010-10-22T20:13:00");
    // a title with a date in it is still a title
    d = read_text("3 Things to Know in May 2019\n\nThe body of the story starts here and goes on for a while.\n");
    CHECK(d.meta.title == "3 Things to Know in May 2019");
    CHECK(d.meta.published.empty());
}
