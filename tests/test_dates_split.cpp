// A byline date written across sibling blocks of one short line — day, month and year each in a
// <div> or <li> of its own, as calendar-leaf templates draw them — is read as one date
// (Collector::split_line_pass, date_runs.cpp): the text of each outermost element of at most
// kSplitLine bytes is read as one line, and a date that only the whole line holds counts as
// that line's. Before, each block was a run too short to hold a date and a worse candidate (an
// image's upload path) dated the page. Counter-shapes: a number that ends a run of other words
// ("Kapitel 1" over "März 2019") is no day; a split date in a sidebar does not beat the byline.
#include <doctest/doctest.h>

#include <string>

#include "date_test_util.hpp"

using winnow::test::facts_of;

namespace {

// A page whose only other date is the upload day in its image's path (the last resort).
std::string page(const char* lang, const std::string& dateline) {
    return std::string("<html lang=\"") + lang + "\"><head><title>River</title></head><body><article>"
           "<h1>The river rose again</h1>" + dateline +
           "<p>The river rose again this week, and people gathered at the bridge to watch the water climb "
           "the old stone arches, as their parents had done before them in every flood of the century.</p>"
           "<img src=\"/uploads/2018/03/02/river.jpg\" alt=\"\"></article></body></html>";
}

std::string day_of(const std::string& html) { return facts_of(html, "https://example.org/news/river").meta.published.substr(0, 10); }

}  // namespace

TEST_CASE("a date split across sibling blocks is read as one date, in several languages and orders") {
    // English, month day year, each in a <div> of its own.
    CHECK(day_of(page("en", "<div class=\"post-date\"><div class=\"m\">Nov</div><div class=\"d\">20</div>"
                            "<div class=\"y\">2019</div></div>")) == "2019-11-20");
    // English, "November 20" over "2019".
    CHECK(day_of(page("en", "<div><div>November 20</div><div>2019</div></div>")) == "2019-11-20");
    // German, day with its full stop, month, year; bare <div>s, no telling names.
    CHECK(day_of(page("de", "<div><div>20.</div><div>November</div><div>2019</div></div>")) == "2019-11-20");
    // German, a weekday and a comma before the day in its block.
    CHECK(day_of(page("de", "<div><div>Mittwoch, 20.</div><div>November 2019</div></div>")) == "2019-11-20");
    // French, a list of three items.
    CHECK(day_of(page("fr", "<ul class=\"meta\"><li>20</li><li>novembre</li><li>2019</li></ul>")) == "2019-11-20");
    // Spanish, "20 de noviembre" over "de 2019", in paragraphs.
    CHECK(day_of(page("es", "<div><p>20 de noviembre</p><p>de 2019</p></div>")) == "2019-11-20");
    // Japanese, the year over the month and day.
    CHECK(day_of(page("ja", "<div><div>2019年</div><div>11月20日</div></div>")) == "2019-11-20");
    // A table row of day, month and year cells.
    CHECK(day_of(page("en", "<table><tr><td>20</td><td>Nov</td><td>2019</td></tr></table>")) == "2019-11-20");
}

TEST_CASE("a split line's label and text nodes") {
    // A label in a block of its own before the split date.
    CHECK(day_of(page("en", "<div><div>Published</div><div>20</div><div>Nov</div><div>2019</div></div>")) == "2019-11-20");
    // Adjacent text nodes of one block (parted by <br>) were one run already, and still are.
    CHECK(day_of(page("en", "<div class=\"date\">20<br>Nov<br>2019</div>")) == "2019-11-20");
}

TEST_CASE("split lines: look-alikes of a split date") {
    // A number that ends a run of other words is no day: "Kapitel 1" over "März 2019".
    CHECK(day_of(page("de", "<div><div>Kapitel 1</div><div>März 2019</div></div>")) == "2018-03-02");
    // A line longer than a dateline is not one line: a table of figures whose cells meet as a date.
    CHECK(day_of(page("en", "<table><tr><td>Runs scored in the second innings of the final match</td><td>20</td>"
                            "<td>Nov</td><td>2019</td><td>Overs bowled by the home side</td></tr></table>")) == "2018-03-02");
    // A split date in a sidebar (another post) does not beat the story's own byline.
    const std::string sidebar = "<html lang=\"en\"><head><title>River</title></head><body><article>"
                                "<h1>The river rose again</h1><p class=\"byline\">May 4, 2020</p>"
                                "<p>The river rose again this week, and people gathered at the bridge to watch the water "
                                "climb the old stone arches, as their parents had done before them.</p></article>"
                                "<aside class=\"sidebar\"><div><div>20</div><div>Nov</div><div>2019</div></div></aside>"
                                "</body></html>";
    CHECK(day_of(sidebar) == "2020-05-04");
}
