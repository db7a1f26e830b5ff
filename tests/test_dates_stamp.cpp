// A generic meta date ("date", "dc.date": the site's build, crawl or server stamp) that the page
// does not repeat outside weak places, while its bylines show one other day, gives way to that day
// (Collector::choose_published, dates.cpp). Counter-shapes: the meta day shown elsewhere in the
// page, bylines of two days, a specific meta name. An <aside> or <footer> named for the post's
// date or byline (<aside class="meta">) is the template's date box, not a weak place
// (Collector::compute_flags, date_flags.cpp).
#include <doctest/doctest.h>

#include <string>

#include "date_test_util.hpp"

using winnow::test::facts_of;

namespace {

std::string page(const char* lang, const std::string& head, const std::string& under_title, const std::string& foot = "") {
    return std::string("<html lang=\"") + lang + "\"><head><title>Lieferketten</title>" + head + "</head><body><article>"
           "<h1>Fair supply chains, from the field to the shelf</h1>" + under_title +
           "<p>A law on supply chains would make firms answer for how their goods are made, from the field to "
           "the shelf, and the youth groups of the church have gathered signatures for it all winter.</p></article>" +
           foot + "</body></html>";
}

std::string day_of(const std::string& html) { return facts_of(html, "https://example.org/aktuell/news/lieferketten").meta.published.substr(0, 10); }

}  // namespace

TEST_CASE("a generic meta stamp gives way to the one day the bylines show") {
    // German, a bare dotted dateline under the headline.
    CHECK(day_of(page("de", "<meta name=\"date\" content=\"2020-02-12\">", "<p class=\"news-date\">05.02.2020</p>")) ==
          "2020-02-05");
    // English, the server's time in a generic meta tag.
    CHECK(day_of(page("en", "<meta name=\"date\" content=\"July 31, 2012, 3:02 pm\">",
                      "<div class=\"byline\">By Ann Smith, July 24, 2012</div>")) == "2012-07-24");
    // The meta day repeated only in a weak place (a sidebar's dated link) is not shown by the page.
    CHECK(day_of(page("de", "<meta name=\"dc.date\" content=\"2021-10-15\">", "<div class=\"info\">13.10.2021</div>",
                      "<aside class=\"sidebar\"><p class=\"date\">15.10.2021</p><a href=\"/x\">Weitere Meldung</a></aside>")) ==
          "2021-10-13");
}

TEST_CASE("a generic meta date stays when the page backs it or its bylines disagree") {
    // The meta day shown by a <time> in the page.
    CHECK(day_of(page("de", "<meta name=\"date\" content=\"2020-02-12\">",
                      "<p class=\"news-date\">05.02.2020</p><p><time datetime=\"2020-02-12\">Mittwoch</time></p>")) ==
          "2020-02-12");
    // Bylines of two days.
    CHECK(day_of(page("fr", "<meta name=\"date\" content=\"2020-02-12\">",
                      "<p class=\"date\">5 février 2020</p><p class=\"date\">7 février 2020</p>")) == "2020-02-12");
    // A specific meta name is not a stamp.
    CHECK(day_of(page("de", "<meta property=\"article:published_time\" content=\"2020-02-12\">",
                      "<p class=\"news-date\">05.02.2020</p>")) == "2020-02-12");
}

TEST_CASE("an aside or footer named for the post's date is the template's date box, not a weak place") {
    // An <aside class="meta"> inside the article holds its posting date; the generic meta is a stamp.
    CHECK(day_of(page("de", "<meta name=\"date\" content=\"2022-01-26\">",
                      "<aside class=\"meta\"><p><time datetime=\"2022-01-21\">21.01.2022 - 13:30</time></p></aside>")) ==
          "2022-01-21");
    // A WordPress-like entry footer, "Posted on" with a <time>.
    CHECK(day_of(page("en", "<meta name=\"date\" content=\"2022-01-26\">", "",
                      "<footer class=\"entry-meta\">Posted on <time datetime=\"2022-01-21\">January 21, 2022</time></footer>")) ==
          "2022-01-21");
    // An aside without such a name stays a weak place: its dated teaser does not date the page.
    CHECK(day_of(page("de", "<meta name=\"date\" content=\"2022-01-26\">",
                      "<aside><p class=\"date\">20.01.2022</p><a href=\"/x\">Andere Meldung</a></aside>")) == "2022-01-26");
}
