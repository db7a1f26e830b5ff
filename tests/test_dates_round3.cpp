// Dates round 3: the mechanisms behind the fresh date pages (test_dates_fresh.cpp), each checked
// on examples of its own in other languages and wordings than those pages: digits of other
// scripts and era years, month names and labels as language data, the byline's <time> after the title,
// a generic meta date nothing repeats, relative bylines against a reference date (also 'yesterday' and
// 'today' by a clock time).
#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "date_test_util.hpp"
#include "date_relative.hpp"
#include "date_text.hpp"
#include "metadata.hpp"
#include "parse_html.hpp"

using namespace winnow::detail;
using winnow::test::facts_of;
using winnow::test::first_date;

namespace {

std::string page(const char* lang, const std::string& head, const std::string& body) {
    return std::string("<html lang=\"") + lang + "\"><head><title>T</title>" + head + "</head><body>" + body +
           "<p>The body of the story, long enough to be taken for running text and not for a byline line at all.</p>"
           "<footer>© 2023</footer></body></html>";
}

}  // namespace

TEST_CASE("text dates: digits of other scripts") {
    CHECK(first_date("٠٦/٠٥/٢٠٢١") == "2021-05-06");            // Arabic-Indic, day first
    CHECK(first_date("۶ مارس ۲۰۲۱") == "2021-03-06");            // Persian digits
    CHECK(first_date("２０２１年５月６日") == "2021-05-06");       // fullwidth, as Japanese pages write them
    CHECK(first_date("६ मई २०२१") == "2021-05-06");              // Devanagari digits, Hindi month
    CHECK(first_date("๖ พฤษภาคม ๒๕๖๔") == "2021-05-06");        // Thai digits, Buddhist-era year
    CHECK(first_date("٣ أشخاص و٤ سيارات").empty());              // numbers, not a date
}

TEST_CASE("text dates: era years and Buddhist-era years") {
    CHECK(first_date("平成31年4月30日") == "2019-04-30");          // Heisei
    CHECK(first_date("令和3年12月1日 更新") == "2021-12-01");      // Reiwa
    CHECK(first_date("中華民國110年5月6日") == "2021-05-06");      // Republic of China
    CHECK(first_date("發布日期：110年5月6日") == "2021-05-06");    // ROC year without the era name
    CHECK(first_date("6 พฤษภาคม 2564") == "2021-05-06");          // Thai month: Buddhist era
    CHECK(first_date("3年5月6日").empty());                        // a one-digit year with no era
    CHECK(first_date("300年5月6日").empty());                      // no ROC year past 2100
    CHECK(first_date("6 May 2564").empty());                       // only Thai dates count in that era
}

TEST_CASE("text dates: Thai abbreviated months, two letter groups parted by a full stop") {
    CHECK(first_date("3 มี.ค. 2569") == "2026-03-03");             // March, Buddhist era
    CHECK(first_date("โพสต์เมื่อ 28 ธ.ค. 2568 เวลา 10:15") == "2025-12-28");
    CHECK(first_date("1 ม.ค. 2570") == "2027-01-01");              // January and March differ by a vowel
    CHECK(first_date("9 มิ.ย. 2567") == "2024-06-09");             // June and May differ by a vowel too
    CHECK(first_date("9 พ.ค. 2567") == "2024-05-09");
    CHECK(first_date("12 ก.ม. 2567").empty());                     // an abbreviation that names no month
    CHECK(first_date("3 มี ค 2569").empty());                      // the groups without their stop
    CHECK(first_date("3 Mar.Jun. 2026").empty());                  // Latin words parted by a stop are no pair
}

TEST_CASE("text dates: month names of Hindi, Arabic, Thai; Vietnamese day-month words") {
    CHECK(first_date("प्रकाशित: 6 सितंबर 2021") == "2021-09-06");
    CHECK(first_date("6 نوفمبر 2021") == "2021-11-06");
    CHECK(first_date("6 تشرين 2021").empty());                      // two-word Levantine names are not read alone
    CHECK(first_date("6 حزيران 2021") == "2021-06-06");
    CHECK(first_date("6 ตุลาคม 2564") == "2021-10-06");
    CHECK(first_date("ngày 6 tháng 9 năm 2021") == "2021-09-06");
    CHECK(first_date("6 tháng 9, 2021") == "2021-09-06");
}

TEST_CASE("labels as language data: published and modified in scripts without word spaces") {
    const auto ko = facts_of(page("ko", "", "<h1>제목</h1><p>게시 2021.05.06 15:00 | 업데이트 2021.05.08 09:00</p>"));
    CHECK(ko.meta.published.substr(0, 10) == "2021-05-06");
    CHECK(ko.meta.modified.substr(0, 10) == "2021-05-08");
    const auto ja = facts_of(page("ja", "", "<h1>題名</h1><p>投稿日 2021年5月6日　最終更新日 2021年5月8日</p>"));
    CHECK(ja.meta.published.substr(0, 10) == "2021-05-06");
    CHECK(ja.meta.modified.substr(0, 10) == "2021-05-08");
    const auto zh = facts_of(page("zh-TW", "", "<h1>標題</h1><p>發表於 2021-05-06，更新於 2021-05-08</p>"));
    CHECK(zh.meta.modified.substr(0, 10) == "2021-05-08");
    const auto pl = facts_of(page("pl", "", "<h1>Tytuł</h1><p>Data aktualizacji: 8 maja 2021</p><p>Dodano 6 maja 2021</p>"));
    CHECK(pl.meta.modified.substr(0, 10) == "2021-05-08");
    const auto tr = facts_of(page("tr", "", "<h1>Başlık</h1><p>6 Mayıs 2021 — Son güncelleme: 8 Mayıs 2021</p>"));
    CHECK(tr.meta.published.substr(0, 10) == "2021-05-06");
    CHECK(tr.meta.modified.substr(0, 10) == "2021-05-08");
    const auto vi = facts_of(page("vi", "", "<h1>Tiêu đề</h1><p>Cập nhật lúc 09:00 08/05/2021</p>"));
    CHECK(vi.meta.modified.substr(0, 10) == "2021-05-08");
}

TEST_CASE("the byline's plain <time> follows the title; plain <time>s before it date a teaser list") {
    const auto it = facts_of(page("it", "", R"(<div class="ticker"><time datetime="2021-05-09T08:00">08:00</time> <a href="/1">Ultim'ora</a></div>
        <h1>Titolo</h1><p><time datetime="2021-05-06T10:00">6 maggio 2021</time></p>)"));
    CHECK(it.meta.published.substr(0, 10) == "2021-05-06");
    // with no title known, the first plain <time> stays the byline's
    const auto none = facts_of("<html><body><p><time datetime=\"2021-05-06\">6 May</time></p><p><time datetime=\"2021-05-01\">1 May</time></p></body></html>");
    CHECK(none.meta.published == "2021-05-06");
}

TEST_CASE("a generic meta date nothing repeats yields to a source that names the publication") {
    // microdata names the publication; the generic dc.date is the site's stamp
    const auto nl = facts_of(page("nl", R"(<meta name="dc.date" content="2021-06-30">)",
                                  R"(<h1>Titel</h1><p>Door Jan, <span itemprop="datePublished" content="2021-05-06">6 mei</span></p>)"));
    CHECK(nl.meta.published.substr(0, 10) == "2021-05-06");
    const auto es = facts_of(page("es", R"(<meta name="date" content="2021-06-30">)", "<h1>Título</h1><p>Publicado el 6 de mayo de 2021</p>"));
    CHECK(es.meta.published.substr(0, 10) == "2021-05-06");
    // ...but a generic meta date the page shows stays
    const auto shown = facts_of(page("es", R"(<meta name="date" content="2021-05-07">)",
                                     "<h1>Título</h1><p>7 de mayo de 2021</p><p>Publicado el 6 de mayo de 2021</p>"));
    CHECK(shown.meta.published.substr(0, 10) == "2021-05-07");
    // ...and a specific meta name is never overruled this way
    const auto specific = facts_of(page("es", R"(<meta property="article:published_time" content="2021-06-30">)",
                                        "<h1>Título</h1><p>Publicado el 6 de mayo de 2021</p>"));
    CHECK(specific.meta.published.substr(0, 10) == "2021-06-30");
}

TEST_CASE("relative dates: days back, in many languages") {
    CHECK(relative_days_ago("3 giorni fa") == 3);          // Italian
    CHECK(relative_days_ago("2 dagen geleden") == 2);      // Dutch
    CHECK(relative_days_ago("dodano 2 dni temu") == 2);    // Polish
    CHECK(relative_days_ago("il y a 4 jours") == 4);       // French
    CHECK(relative_days_ago("há 5 horas") == 0);           // Portuguese: hours are today
    CHECK(relative_days_ago("2 gün önce") == 2);           // Turkish
    CHECK(relative_days_ago("2日前") == 2);                // Japanese
    CHECK(relative_days_ago("1周前") == 7);                // Chinese, a week
    CHECK(relative_days_ago("3일 전") == 3);               // Korean
    CHECK(relative_days_ago("před 2 dny") == 2);           // Czech
    CHECK(relative_days_ago("2 weeks ago") == 14);
    CHECK(relative_days_ago("in 2 days") == -1);           // the future, no "ago"
    CHECK(relative_days_ago("2 months ago") == -1);        // too coarse to name a day
    CHECK(relative_days_ago("vor 2019") == -1);
    CHECK(relative_days_ago("3 Tage Urlaub") == -1);
}

TEST_CASE("relative dates: a byline by the title, only against a reference date") {
    const std::string html = page("it", "", "<h1>Titolo</h1><p class=\"meta\">di Redazione · 3 giorni fa</p>");
    CHECK(facts_of(html, "https://x.example/a", "2021-05-09").meta.published == "2021-05-06");
    CHECK(facts_of(html, "https://x.example/a").meta.published.empty());   // no reference: no day
    // a dateline that names its day wins over the relative one
    const std::string both = page("nl", "", "<h1>Titel</h1><p>2 dagen geleden</p><p>Geplaatst op 1 mei 2021</p>");
    CHECK(facts_of(both, "https://x.example/b", "2021-05-09").meta.published == "2021-05-01");
    // "days ago" in a paragraph of running text is not a dateline
    const std::string text = page("en", "", "<h1>Title</h1><p>Unlabelled.</p>" + std::string(
        "<p>The council met two weeks ago and, as the minutes published 3 days ago show, it could not agree on the budget; "
        "members will meet again next month to try once more before the deadline set by the regional government.</p>"));
    CHECK(facts_of(text, "https://x.example/c", "2021-05-09").meta.published.empty());
}

TEST_CASE("relative dates: 'yesterday' and 'today' by a clock time") {
    CHECK(relative_days_ago("Gestern, 14:30 Uhr") == 1);
    CHECK(relative_days_ago("Today at 10:15 AM") == 0);
    CHECK(relative_days_ago("ayer a las 22:10") == 1);
    CHECK(relative_days_ago("вчера в 18:05") == 1);
    CHECK(relative_days_ago("昨天 10:30") == 1);
    CHECK(relative_days_ago("오늘 09:10") == 0);
    CHECK(relative_days_ago("hôm qua lúc 07:45") == 1);
    CHECK(relative_days_ago("Heute im Programm") == -1);         // no clock time: a section, a title
    CHECK(relative_days_ago("Yesterday's papers") == -1);
    CHECK(relative_days_ago("вчерашний выпуск 18:05") == -1);    // "yesterday's", not "yesterday"
    CHECK(relative_days_ago("Die heutige Sitzung, 10:00") == -1);
    const std::string html = page("de", "", "<h1>Titel</h1><p class=\"meta\">Von Redaktion · Gestern, 14:30 Uhr</p>");
    CHECK(facts_of(html, "https://x.example/d", "2021-05-09").meta.published == "2021-05-08");
}
