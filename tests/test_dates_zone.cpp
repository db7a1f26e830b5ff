// A structured publication date a day off the one day the page's byline shows is the same moment
// seen from another time zone (a timestamp in UTC, a generic meta date of the server's day): the
// byline's day, the publisher's, dates the page (Collector::settle, dates.cpp). Only when the
// byline's day is within reach of the timestamp (UTC-12 to UTC+14), nothing the page shows gives
// the structured day, the bylines agree on one day and the URL holds no day. Counter-shapes: a
// time without a zone (the publisher's own clock), a day out of reach, a <time> showing the
// structured day, two byline days, a URL day.
#include <doctest/doctest.h>

#include <string>

#include "date_test_util.hpp"

using winnow::test::facts_of;

namespace {

// head: meta tags or JSON-LD; byline: the line under the headline.
std::string page(const char* lang, const std::string& head, const std::string& byline) {
    return std::string("<html lang=\"") + lang + "\"><head><title>Story</title>" + head + "</head><body><article>"
           "<h1>The new wagon has a secret message</h1>" + byline +
           "<p>The car maker showed its new electric wagon at the fair this week, a long low car with a hidden "
           "message in its lights, and said it would build it from next spring in its eastern plant.</p>"
           "</article></body></html>";
}

std::string meta_time(const char* iso) { return std::string("<meta property=\"article:published_time\" content=\"") + iso + "\">"; }

std::string day_of(const std::string& html, const char* url = "https://example.org/cars/wagon") {
    return facts_of(html, url).meta.published.substr(0, 10);
}

}  // namespace

TEST_CASE("a UTC timestamp a day off the byline's day gives way to the byline") {
    // English: 04:31 UTC on the 20th is 10:31 pm on the 19th in the publisher's zone.
    CHECK(day_of(page("en", meta_time("2019-11-20T04:31:13+00:00"),
                      "<div class=\"author_date\"><span>Chris</span> - <span>Nov 19, 2019, 10:31 pm</span></div>")) ==
          "2019-11-19");
    // JSON-LD in UTC ("Z"), a German byline.
    CHECK(day_of(page("de", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":"
                            "\"2020-04-28T22:30:00Z\"}</script>",
                      "<ul class=\"info\"><li>Von Moritz</li><li><span>29.04.2020, 00:30 Uhr</span></li></ul>")) == "2020-04-29");
    // Japanese: 15:30 UTC is half past midnight the next day in Tokyo.
    CHECK(day_of(page("ja", meta_time("2021-05-08T15:30:00Z"), "<p class=\"date\">2021年5月9日 0:30</p>")) == "2021-05-09");
    // A generic meta date (the server's day, no time) a day after the byline.
    CHECK(day_of(page("de", "<meta name=\"date\" content=\"2020-04-30\">",
                      "<ul class=\"info\"><li>Von Moritz</li><li><time>29.04.2020, 12:01 Uhr</time></li></ul>")) == "2020-04-29");
}

TEST_CASE("a structured date keeps its day when the byline cannot be the same moment") {
    // A time without a zone is the publisher's own clock.
    CHECK(day_of(page("en", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":"
                            "\"2020-09-29T23:43:13\"}</script>",
                      "<p class=\"byline\">September 30, 2020</p>")) == "2020-09-29");
    // 23:12 UTC on the 28th is the 28th or the 29th everywhere, never the 27th.
    CHECK(day_of(page("en", meta_time("2020-09-28T23:12:35+00:00"), "<p class=\"byline\">September 27, 2020</p>")) ==
          "2020-09-28");
    // A <time> shows the structured day (its text names no date): the byline's other day is
    // something else.
    CHECK(day_of(page("en", meta_time("2019-11-20T04:31:13+00:00"),
                      "<p class=\"byline\">Nov 19, 2019</p><p><time datetime=\"2019-11-20T04:31:13+00:00\">Wednesday "
                      "morning</time></p>")) == "2019-11-20");
    // Two byline days: no one day is shown.
    CHECK(day_of(page("fr", meta_time("2019-11-20T04:31:13+00:00"),
                      "<p class=\"date\">19 novembre 2019</p><p class=\"date\">21 novembre 2019</p>")) == "2019-11-20");
    // The URL's day is the publisher's too, and it agrees with the timestamp.
    CHECK(day_of(page("en", meta_time("2019-11-20T04:31:13+00:00"), "<p class=\"byline\">Nov 19, 2019</p>"),
                 "https://example.org/2019/11/20/wagon") == "2019-11-20");
}
