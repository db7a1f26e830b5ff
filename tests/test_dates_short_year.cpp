// A dateline by the title may write its year with two digits, dotted: "Party, 30.10.23",
// "Von: Anna | 31.10.23" (scan_dateline_dates, date_text.cpp; read in flush_run, date_runs.cpp,
// only when the run holds no full date). Day and month go in the page's order: month first for
// en-US, day first for any other declared language; a page that declares none is read only where
// a number above 12 tells day from month. A short run named for dates in a weak place (a forum
// post's time) is read so too, as the weak date it is. Running text, other runs of weak places and
// longer number chains (versions) are not.
#include <doctest/doctest.h>

#include <string>

#include "date_test_util.hpp"

using winnow::test::facts_of;
using winnow::test::first_date;

namespace {

std::string page(const char* lang, const std::string& before_title, const std::string& after_title,
                 const std::string& foot = "") {
    const std::string html_open = *lang ? std::string("<html lang=\"") + lang + "\">" : std::string("<html>");
    return html_open + "<head><title>Kostüme</title></head><body><article>" + before_title +
           "<h1>Last-minute costumes for the party</h1>" + after_title +
           "<p>Three costumes you can make in an evening from what is already in the cupboard: a ghost, a "
           "cat and a scarecrow, each with a list of what you need and how long it takes.</p></article>" + foot +
           "</body></html>";
}

std::string day_of(const std::string& html) { return facts_of(html, "https://example.org/magazin/kostueme").meta.published.substr(0, 10); }

}  // namespace

TEST_CASE("two-digit-year datelines by the title") {
    // German, a category and the day above the headline.
    CHECK(day_of(page("de-de", "<div class=\"date\"> Party, 30.10.23 </div>", "")) == "2023-10-30");
    // German, author and day under the headline, in a box with no telling name.
    CHECK(day_of(page("de", "", "<div>Von: Anna Berger <span>|</span> <span>31.10.23</span></div>")) == "2023-10-31");
    // English outside the United States: day first.
    CHECK(day_of(page("en", "<span>02.12.19</span>", "")) == "2019-12-02");
    // American English: month first.
    CHECK(day_of(page("en-US", "<div class=\"blog_date\">11.05.12</div>", "")) == "2012-11-05");
    // No declared language: only where a number above 12 tells day from month.
    CHECK(day_of(page("", "<div class=\"blog_date\">25.05.12</div>", "")) == "2012-05-25");
    CHECK(day_of(page("", "<div class=\"blog_date\">11.05.12</div>", "")).empty());
    // Years from 70 are of the last century.
    CHECK(day_of(page("de", "<div class=\"date\">24.12.98</div>", "")) == "1998-12-24");
}

TEST_CASE("two-digit years in weak places named for dates: a forum's first post dates its thread") {
    // A thread opened right under the headline: its first post's day, the fallback of a weak place.
    const std::string forum =
        "<html lang=\"de\"><head><title>Forum</title></head><body><h1>Kein App Store über mobile Daten</h1>"
        "<div class=\"comments\">"
        "<div class=\"comment\"><div class=\"comment-time\"><span>28.09.19</span><span>12:44</span></div>"
        "<p>Hallo, hat jemand eine Idee, was ich anders machen könnte?</p></div>"
        "<div class=\"comment\"><div class=\"comment-time\"><span>28.09.19</span><span>13:39</span></div>"
        "<p>Bei mir geht es mit der neuen Version.</p></div>"
        "<div class=\"comment\"><div class=\"comment-time\"><span>29.09.19</span><span>08:02</span></div>"
        "<p>Gab es so einen Fall nicht erst kürzlich hier?</p></div></div></body></html>";
    CHECK(day_of(forum) == "2019-09-28");
}

TEST_CASE("two-digit years elsewhere are not dates") {
    // The general scanner (running text, attributes) does not read them.
    CHECK(first_date("Party, 30.10.23").empty());
    // A full date in the dateline comes first; the two-digit reading is only a fallback.
    CHECK(day_of(page("de", "<div class=\"date\">30.10.23 · 14.11.2023</div>", "")) == "2023-11-14");
    // A version number: a longer chain of dotted numbers.
    CHECK(day_of(page("de", "<div class=\"date\">Version 1.10.23.4</div>", "")).empty());
    // In running text (a paragraph long past a dateline), and in a footer.
    CHECK(day_of(page("de", "", "<p>Beim Turnier am Wochenende stand es nach drei Sätzen 3.10.23, und die Gäste aus dem "
                                "Nachbarort konnten das Spiel danach nicht mehr drehen, obwohl sie bis zum Schluss kämpften "
                                "und ihr Trainer zweimal wechselte, um das Blatt noch zu wenden.</p>")).empty());
    CHECK(day_of(page("de", "", "", "<footer>Stand: 01.02.23</footer>")).empty());
}
