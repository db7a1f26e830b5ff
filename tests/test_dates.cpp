// Dates: the text scanner per language and order, the URL patterns, one fixture per source,
// published versus modified, plausibility (reference date, before 1995) and the report.
#include <doctest/doctest.h>

#include <string>

#include <winnow/winnow.hpp>

#include "date_test_util.hpp"
#include "date_text.hpp"
#include "date_words.hpp"
#include "dates.hpp"
#include "metadata.hpp"
#include "parse_html.hpp"

using namespace winnow::detail;
using winnow::test::facts_of;
using winnow::test::first_date;

namespace {

std::string page(const std::string& head, const std::string& body) {
    return "<html><head><title>T</title>" + head + "</head><body>" + body + "</body></html>";
}

const std::string kBody =
    "<p>The body of the story, long enough to be taken for running text and not for a byline line.</p>";

}  // namespace

TEST_CASE("text dates: month names and orders in many languages") {
    CHECK(first_date("Veröffentlicht am 19. November 2019, 10:15 Uhr") == "2019-11-19");     // German
    CHECK(first_date("publié le 3 mars 2021 à 10h") == "2021-03-03");                       // French
    CHECK(first_date("1er août 2020") == "2020-08-01");
    CHECK(first_date("19 de noviembre de 2019") == "2019-11-19");                           // Spanish
    CHECK(first_date("sexta-feira, 22 de outubro de 2010") == "2010-10-22");                // Portuguese
    CHECK(first_date("pubblicato il 7 settembre 2018") == "2018-09-07");                    // Italian
    CHECK(first_date("geplaatst op 12 maart 2022") == "2022-03-12");                        // Dutch
    CHECK(first_date("opublikowano 19 listopada 2019") == "2019-11-19");                    // Polish
    CHECK(first_date("19. listopadu 2019") == "2019-11-19");                                // Czech
    CHECK(first_date("19 ноября 2019 г.") == "2019-11-19");                                 // Russian
    CHECK(first_date("5 Березня 2021") == "2021-03-05");                                    // Ukrainian, capitalised
    CHECK(first_date("19 Νοεμβρίου 2019") == "2019-11-19");                                 // Greek
    CHECK(first_date("2019. november 19.") == "2019-11-19");                                // Hungarian
    CHECK(first_date("19 Kasım 2019") == "2019-11-19");                                     // Turkish
    CHECK(first_date("19. marraskuuta 2019") == "2019-11-19");                              // Finnish
    CHECK(first_date("19 noiembrie 2019") == "2019-11-19");                                 // Romanian
    CHECK(first_date("19. studenoga 2019.") == "2019-11-19");                               // Croatian
    CHECK(first_date("19 de novembre de 2019") == "2019-11-19");                            // Catalan
    CHECK(first_date("19 Agustus 2019") == "2019-08-19");                                   // Indonesian
    CHECK(first_date("2019年11月19日 10:00") == "2019-11-19");                               // Chinese, Japanese
    CHECK(first_date("2019년 11월 19일") == "2019-11-19");                                   // Korean
    CHECK(first_date("November 19th, 2019") == "2019-11-19");                               // English, month first
    CHECK(first_date("Posted Nov. 19, 2019 at 8:41 AM") == "2019-11-19");
    CHECK(first_date("the 19th of November, 2019") == "2019-11-19");
}

TEST_CASE("text dates: numeric forms, day or month first, and what is not a date") {
    CHECK(first_date("Stand: 19.11.2019") == "2019-11-19");
    CHECK(first_date("19. 11. 2019") == "2019-11-19");
    CHECK(first_date("2019-11-19T10:00:00Z") == "2019-11-19");
    CHECK(first_date("2019/11/19") == "2019-11-19");
    CHECK(first_date("19/11/2019") == "2019-11-19");   // the day cannot be the month
    CHECK(first_date("11/19/2019") == "2019-11-19");   // ...nor here
    CHECK(first_date("03/04/2019") == "2019-04-03");   // ambiguous: day first by default
    CHECK(first_date("03/04/2019", true) == "2019-03-04");
    CHECK(first_date("31.02.2019").empty());           // no such day
    CHECK(first_date("v10.11.12.2019").empty());        // a chain of numbers
    CHECK(first_date("May I ask 5 questions in 2019?").empty());
    CHECK(first_date("Tel. 19 11 2019").empty());
    CHECK(first_date("set 5 2019").size() == 10);       // "set" is September in Portuguese and Italian
    const auto all = scan_dates("Published 19 November 2019, updated 2019-11-21.");
    REQUIRE(all.size() == 2);
    CHECK(all[1].day == 21);
}

// label_in reads the label nearest the date: the one found last in the text, in any case and
// script; label_opening the whole word a label opens, by its first label. (date_words.cpp looks
// only at the labels whose word starts with the byte at hand: these pin what it must find.)
TEST_CASE("date labels: the last label before a date, and the label word opening a text") {
    using winnow::detail::DateLabel;
    using winnow::detail::label_in;
    using winnow::detail::label_opening;
    CHECK(label_in("Published 3 May, updated") == DateLabel::modified);
    CHECK(label_in("Updated 3 May, first published") == DateLabel::published);
    CHECK(label_in("VERÖFFENTLICHT AM") == DateLabel::published);
    CHECK(label_in("Mis à jour le") == DateLabel::modified);
    CHECK(label_in("公開 2021年 更新") == DateLabel::modified);
    CHECK(label_in("更新 2021年 公開") == DateLabel::published);
    CHECK(label_in("by the desk, 3 May") == DateLabel::none);
    CHECK(label_in("") == DateLabel::none);
    std::size_t length = 0;
    CHECK(label_opening("更新", length) == DateLabel::modified);
    CHECK(length == std::string_view("更新").size());
    CHECK(label_opening("Aktualisiert am", length) == DateLabel::modified);
    CHECK(length == std::string_view("Aktualisiert").size());
    CHECK(label_opening("GÜNCELLENDİ: 3", length) == DateLabel::modified);
    CHECK(length == std::string_view("GÜNCELLENDİ").size());
    CHECK(label_opening("Publié le", length) == DateLabel::published);
    CHECK(length == std::string_view("Publié").size());
    CHECK(label_opening("Updates", length) == DateLabel::none);
    CHECK(label_opening("", length) == DateLabel::none);
}

TEST_CASE("date values to ISO 8601") {
    CHECK(date_value_to_iso8601("19.11.2019 10:15") == "2019-11-19");
    CHECK(to_iso8601("19.11.2019 10:15").empty());  // plain text: not taken as a date line
    CHECK(to_iso8601("Freitag, 6. Oktober 2017 um 04:00") == "2017-10-06T04:00:00");
    CHECK(date_value_to_iso8601("2019年11月19日") == "2019-11-19");
    CHECK(to_iso8601("Tue, 19 Nov 2019 10:00:00 +0000") == "2019-11-19T10:00:00");
    CHECK(to_iso8601("tomorrow").empty());
}

TEST_CASE("URL dates: paths, compact and reversed forms; capture times and hosts are not dates") {
    CHECK(date_in_url("https://news.example/2019/11/19/the-story/") == "2019-11-19");
    CHECK(date_in_url("https://news.example/politik/20191119-the-story.html") == "2019-11-19");
    CHECK(date_in_url("https://news.example/a/the-story-2019-11-19.html") == "2019-11-19");
    CHECK(date_in_url("https://news.example/themen/2019_11_19/story") == "2019-11-19");
    CHECK(date_in_url("https://verband.example/meldungen/19-11-2019") == "2019-11-19");
    CHECK(date_in_url("https://news.example/2019/11/the-story").empty());
    CHECK(date_in_url("https://news.example/story-1574164800").empty());
    CHECK(date_in_url("https://archive.example/web/20120216182711/http://x.example/a").empty());
    CHECK(date_in_url("https://s2019-11-19.example/a").empty());
}

TEST_CASE("sources: meta tags of each family") {
    for (const char* name : {"article:published_time", "parsely-pub-date", "sailthru.date", "dc.date.issued",
                             "dcterms.created", "citation_publication_date", "publish-date", "date"}) {
        const auto f = facts_of(page(std::string("<meta name=\"") + name + "\" content=\"2019-11-19T10:00:00Z\">", kBody));
        CHECK_MESSAGE(f.meta.published == "2019-11-19T10:00:00Z", name);
        CHECK(f.meta.published_source == "meta");
    }
    const auto f = facts_of(page(R"(<meta property="article:published_time" content="2019-11-19">
        <meta property="article:modified_time" content="2019-11-21">)", kBody));
    CHECK(f.meta.published == "2019-11-19");
    CHECK(f.meta.modified == "2019-11-21");
    CHECK(f.meta.modified_source == "meta");
}

TEST_CASE("sources: meta names of no known family that say what they date") {
    CHECK(facts_of(page(R"(<meta property="photo:uploaded" content="2013-02-16T04:36:36-05:00">)", kBody)).meta.published ==
          "2013-02-16T04:36:36-05:00");
    CHECK(facts_of(page(R"(<meta name="cms.publishdate" content="2013-02-16">)", kBody)).meta.published == "2013-02-16");
    const auto mod = facts_of(page(R"(<meta name="cms:lastpublisheddate" content="2013-02-18">)", kBody));
    CHECK(mod.meta.published.empty());
    CHECK(mod.meta.modified == "2013-02-18");
    // names of publishers, validation keys and expiry times are not dates of the page
    CHECK(facts_of(page(R"(<meta name="msvalidate.01" content="20130216"><meta property="article:expiration_time" content="2013-02-16">)",
                        kBody))
              .meta.published.empty());
}

TEST_CASE("sources: JSON-LD article in a graph; dates of nested items do not count") {
    const auto f = facts_of(page(R"(<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"WebSite","name":"S"},
        {"@type":"Recipe","name":"Cake","datePublished":"2006-10-10",
         "review":[{"@type":"Review","datePublished":"2020-04-12"},{"@type":"Review","datePublished":"2020-04-11"}]}]}
        </script>)", kBody));
    CHECK(f.meta.published == "2006-10-10");
    CHECK(f.meta.published_source == "json-ld");
    const auto g = facts_of(page(R"(<script type="application/ld+json">[{"@type":"NewsArticle",
        "datePublished":"2021-05-06T07:08:09+02:00","dateModified":"2021-05-07T00:00:00+02:00"}]</script>)", kBody));
    CHECK(g.meta.published == "2021-05-06T07:08:09+02:00");
    CHECK(g.meta.modified == "2021-05-07T00:00:00+02:00");
}

TEST_CASE("sources: microdata, RDFa, <time>, <abbr>, data attributes") {
    CHECK(facts_of(page("", R"(<h1>T</h1><span itemprop="datePublished" content="2018-03-04">4 March</span>)" + kBody))
              .meta.published_source == "microdata");
    const auto rdfa = facts_of(page("", R"(<h1>T</h1><span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00"></span>)" + kBody));
    CHECK(rdfa.meta.published == "2022-01-28T12:45:46+00:00");
    const auto time = facts_of(page("", R"(<h1>T</h1><time class="entry-date published" datetime="2017-07-12">12 July</time>
        <time class="modified" datetime="2017-08-01">1 August</time>)" + kBody));
    CHECK(time.meta.published == "2017-07-12");
    CHECK(time.meta.published_source == "time");
    CHECK(time.meta.modified == "2017-08-01");
    const auto abbr = facts_of(page("", R"(<h1>T</h1><abbr class="published" title="2010-05-06T07:00:00">May 6</abbr>)" + kBody));
    CHECK(abbr.meta.published == "2010-05-06T07:00:00");
    CHECK(abbr.meta.published_source == "abbr");
    const auto data = facts_of(page("", R"(<h1>T</h1><div data-publish-date="1574164800"></div>)" + kBody));
    CHECK(data.meta.published == "2019-11-19");
    CHECK(data.meta.published_source == "data-attribute");
}

// structured_pass reads each element's attributes once (the first itemprop, the first property,
// whether a data- attribute may hold a date) and passes over elements without attributes but a
// <time>: what it reads must be what each attribute asked by name read.
TEST_CASE("sources: attributes read in one pass, bare <time> still read") {
    // A bare <time> (no attribute) is read for its text, in any language.
    for (const char* t : {"<time>19. November 2019</time>", "<time>19 novembre 2019</time>", "<time>2019年11月19日</time>"}) {
        const auto f = facts_of(page("", std::string("<h1>T</h1><div><p>Par Anna</p>") + t + "</div>" + kBody));
        CHECK_MESSAGE(f.meta.published == "2019-11-19", t);
        CHECK(f.meta.published_source == "time");
    }
    // An empty itemprop gives way to the property (RDFa), whichever comes first.
    const auto rdfa = facts_of(page("", R"(<h1>T</h1><span property="schema:datePublished" itemprop="" content="2022-01-28"></span>)" + kBody));
    CHECK(rdfa.meta.published == "2022-01-28");
    // A data- attribute after class, id and an itemprop that names no date; one too short before it.
    const auto data = facts_of(page("", R"(<h1>T</h1><section class="entry" id="post-7" itemprop="articleBody" data-x="1"
        data-created-at="2019-11-19T10:00:00"><p>Text</p></section>)" + kBody));
    CHECK(data.meta.published == "2019-11-19T10:00:00");
    CHECK(data.meta.published_source == "data-attribute");
    // An itemprop that names a date wins over a data- attribute on the same element.
    const auto micro = facts_of(page("", R"(<h1>T</h1><span data-time="2001-02-03T04:05:06" itemprop="datePublished"
        content="2018-03-04">4 March</span>)" + kBody));
    CHECK(micro.meta.published == "2018-03-04");
    CHECK(micro.meta.published_source == "microdata");
}

// A class or id names a date or byline in any of its tokens, in either case, wherever the token
// stands and however often the page repeats the others (the hints are read token by token).
TEST_CASE("sources: a date-named class token far from the title makes a byline") {
    std::string far;
    for (int i = 0; i < 24; ++i) far += R"(<p class="post-7 hentry Entry">)" + kBody.substr(3);
    for (const char* line : {R"(<div class="post-7 hentry Entry-DATE">19. November 2019</div>)",
                             R"(<span class="post-7  hentry  x-Posted-on">19 novembre 2019</span>)",
                             R"(<td id="post-7-datum">19 de noviembre de 2019</td>)"}) {
        const auto f = facts_of(page("", "<h1>T</h1>" + far + "<table><tr>" + line + "</tr></table>" + kBody));
        CHECK_MESSAGE(f.meta.published == "2019-11-19", line);
        CHECK_MESSAGE(f.meta.published_source == "byline", line);
    }
    // The same line under a class of no such token is a date in passing, not a byline.
    const auto plain = facts_of(page("", "<h1>T</h1>" + far + R"(<div class="post-7 hentry Entry-info">19. November 2019</div>)" + kBody));
    CHECK(plain.meta.published_source != "byline");
}

TEST_CASE("sources: the URL, the byline near the title, running text") {
    const auto url = facts_of(page("", "<h1>T</h1>" + kBody), "https://news.example/2019/11/19/story/");
    CHECK(url.meta.published == "2019-11-19");
    CHECK(url.meta.published_source == "url");
    // bylines in several languages and markups
    for (const char* byline : {"<p>Von Anna Beispiel | 19.11.2019</p>", "<div class=\"info\">19 novembre 2019</div>",
                               "<span>Publicado el 19 de noviembre de 2019</span>", "<p>2019年11月19日 10:00</p>"}) {
        const auto f = facts_of(page("", std::string("<h1>Title of the story</h1>") + byline + kBody));
        CHECK_MESSAGE(f.meta.published == "2019-11-19", byline);
        CHECK(f.meta.published_source == "byline");
    }
    const auto text = facts_of(page("", "<h1>T</h1>" + kBody + kBody + kBody + kBody + kBody + kBody + kBody + kBody + kBody + kBody + kBody + kBody +
                                            kBody + kBody + kBody + kBody + kBody + kBody + kBody + kBody +
                                            "<p>The council met again on 3 March 2021 and talked about the plan for the year.</p>"));
    CHECK(text.meta.published == "2021-03-03");
    CHECK(text.meta.published_source == "text");
}

TEST_CASE("published and modified told apart by labels; the original wins") {
    const auto en = facts_of(page("", "<h1>T</h1><p>Updated: 21 November 2019</p><p>Published: 19 November 2019</p>" + kBody));
    CHECK(en.meta.published == "2019-11-19");
    CHECK(en.meta.modified == "2019-11-21");
    const auto de = facts_of(page("", "<h1>T</h1><p>Aktualisiert am 21.11.2019</p><p>Veröffentlicht am 19.11.2019</p>" + kBody));
    CHECK(de.meta.published == "2019-11-19");
    CHECK(de.meta.modified == "2019-11-21");
    const auto fr = facts_of(page("", "<h1>T</h1><p>Mis à jour le 21 novembre 2019</p><p>Publié le 19 novembre 2019</p>" + kBody));
    CHECK(fr.meta.published == "2019-11-19");
    // the modification date alone is no publication date when a structured one exists
    const auto meta = facts_of(page(R"(<meta property="article:modified_time" content="2019-11-21">
        <meta name="pubdate" content="2019-11-19">)", kBody));
    CHECK(meta.meta.published == "2019-11-19");
}

TEST_CASE("a page showing its modification date by the title states that date") {
    const auto f = facts_of(page(R"(<meta property="article:published_time" content="2016-08-29">
        <meta property="article:modified_time" content="2019-05-06">)",
                                 "<h1>Title of the story</h1><p class=\"byline\">6 May 2019</p>" + kBody));
    CHECK(f.meta.published == "2019-05-06");
    // ...but not when the publication date is shown too
    const auto g = facts_of(page(R"(<meta property="article:published_time" content="2016-08-29">
        <meta property="article:modified_time" content="2019-05-06">)",
                                 "<h1>Title of the story</h1><p>29 Aug 2016, updated 6 May 2019</p>" + kBody));
    CHECK(g.meta.published == "2016-08-29");
}

TEST_CASE("plausibility: the reference date, before 1995, the URL's day in local time") {
    const std::string future = page(R"(<meta property="article:published_time" content="2030-01-02">)", "<h1>T</h1>" + kBody);
    CHECK(facts_of(future, "https://n.example/2019/11/19/s", "2025-01-01").meta.published == "2019-11-19");
    CHECK(facts_of(future, {}, "2025-01-01").meta.published.empty());
    CHECK(facts_of(future, {}, "2030-06-01").meta.published == "2030-01-02");
    CHECK(facts_of(page(R"(<meta name="date" content="1990-05-01">)", kBody)).meta.published.empty());
    // an archive capture time bounds the dates of the archived page, and the archive's banner
    // showing the capture day is not the page's date
    CHECK(facts_of(future, "https://archive.example/web/20120216182711/http://n.example/a").meta.published.empty());
    const auto archived = facts_of(page("", "<div class=\"banner\">16 Feb 2012</div><h1>T</h1>" + kBody +
                                                "<p>The meeting was held on 14 February 2012.</p>"),
                                   "https://archive.example/web/20120216182711/http://n.example/a");
    CHECK(archived.meta.published == "2012-02-14");
    // a UTC time late in the evening is the next day where the URL was written
    const auto tz = facts_of(page(R"(<meta property="article:published_time" content="2018-12-31T23:11:59+00:00">)", kBody),
                             "https://blog.example/2019/01/01/new-year/");
    CHECK(tz.meta.published == "2019-01-01");
    CHECK(tz.meta.published_source == "url");
}

TEST_CASE("last resorts: dates in weak places, the day in an image path") {
    // only a sidebar dates the page: its dated line beats a date in passing
    const auto side = facts_of(page("", R"(<div class="sidebar"><p>Seen on 14 June 2019 by many readers of the site.</p>
        <div class="post-date">08/08/2017</div></div>)" + kBody));
    CHECK(side.meta.published == "2017-08-08");
    const auto img = facts_of(page(R"(<meta property="og:image" content="https://site.example/files/2016/05/04/lead.png">)", kBody));
    CHECK(img.meta.published == "2016-05-04");
    CHECK(img.meta.published_source == "image");
    // ...and it never beats a date of the page itself
    const auto both = facts_of(page(R"(<meta property="og:image" content="https://site.example/files/2016/05/04/lead.png">
        <meta name="pubdate" content="2016-05-09">)", kBody));
    CHECK(both.meta.published == "2016-05-09");
}

TEST_CASE("weak places: lists of dated items, comments, calendars") {
    // a teaser list marks each item's date as published: a list, not this page
    const auto list = facts_of(page("", R"(<h1>T</h1><p><time datetime="2019-06-28T13:49:45Z">28 June</time></p>)" + kBody +
                                            R"(<ul><li><time pubdate datetime="2019-09-22">x</time></li>
        <li><time pubdate datetime="2019-09-20">y</time></li><li><time pubdate datetime="2019-09-19">z</time></li></ul>)"));
    CHECK(list.meta.published == "2019-06-28T13:49:45Z");
    // comments come later than the article and are not its date
    const auto comments = facts_of(page("", "<h1>T</h1><p class=\"date\">12 July 2017</p>" + kBody +
                                                "<div class=\"comments\"><p class=\"date\">1 July 2017</p></div>"));
    CHECK(comments.meta.published == "2017-07-12");
}

TEST_CASE("the report names the date's source; XML and JSON") {
    const winnow::Cleaner cleaner;
    const std::string html = page(R"(<meta property="article:published_time" content="2019-11-19">
        <script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2019-11-21"}</script>)",
                                  "<h1>Title</h1>" + kBody);
    const winnow::Result r = cleaner.clean(html);
    REQUIRE(r.ok());
    winnow::EmitOptions report;
    report.report = true;
    const std::string xml = winnow::to_xml(r.document, report);
    CHECK(xml.find("<published source=\"meta\">2019-11-19</published>") != std::string::npos);
    CHECK(xml.find("<modified source=\"json-ld\">2019-11-21</modified>") != std::string::npos);
    CHECK(winnow::to_xml(r.document).find("source=") == std::string::npos);
    const std::string json = winnow::to_json(r.document, report);
    CHECK(json.find("\"published_source\": \"meta\"") != std::string::npos);
    // the reference date travels with the options and with the per-page hints
    winnow::Options o;
    o.reference_date = "2019-11-01";
    CHECK(winnow::Cleaner(o).clean(html).document.meta.published.empty());
    winnow::Hints h;
    h.reference_date = "2019-12-01";
    CHECK(winnow::Cleaner(o).clean(html, h).document.meta.published == "2019-11-19");
}
