// Dates round 4: three shapes the earlier rounds left unread, each a fact of how a language writes
// dates, checked in several scripts and against look-alikes:
//  - months named by two words (the Levantine Arabic names of the Syriac calendar: كانون الثاني
//    is January, تشرين الأول October), where neither word alone is a month;
//  - the first year of an era written 元 ("first") instead of 1: 令和元年, 平成元年, 民國元年;
//  - a label written after its date, as Japanese, Chinese and Korean bylines do ("… 更新",
//    "… 发布"), which must not take the label that opens the next date ("… · Updated 5 May").
#include <doctest/doctest.h>

#include <string>

#include "date_test_util.hpp"

using winnow::test::facts_of;
using winnow::test::first_date;

namespace {

std::string page(const char* lang, const std::string& body) {
    return std::string("<html lang=\"") + lang + "\"><head><title>T</title></head><body>" + body +
           "<p>The body of the story, long enough to be taken for running text and not for a byline line at all.</p>"
           "<footer>© 2023</footer></body></html>";
}

}  // namespace

TEST_CASE("text dates: two-word month names") {
    CHECK(first_date("15 كانون الثاني 2024") == "2024-01-15");
    CHECK(first_date("3 كانون الأول 2023") == "2023-12-03");
    CHECK(first_date("3 كانون الاول 2023") == "2023-12-03");       // written without the hamza
    CHECK(first_date("20 تشرين الأول 2022") == "2022-10-20");
    CHECK(first_date("7 تشرين الثاني، 2021") == "2021-11-07");     // Arabic comma before the year
    CHECK(first_date("نُشر في 1 تشرين الثاني 2021") == "2021-11-01");
    // Neither word alone names a month, and the second word alone is an ordinary word ("the second").
    CHECK(first_date("6 تشرين 2021").empty());
    CHECK(first_date("6 الثاني 2021").empty());
    CHECK(first_date("6 كانون المدرسة 2021").empty());
}

TEST_CASE("text dates: the first year of an era, written 元") {
    CHECK(first_date("令和元年5月1日") == "2019-05-01");
    CHECK(first_date("平成元年1月8日") == "1989-01-08");
    CHECK(first_date("中華民國元年1月1日") == "1912-01-01");
    CHECK(first_date("掲載日：令和元年10月31日") == "2019-10-31");
    // 元 alone, or after a word that is no era, is no year.
    CHECK(first_date("元年5月1日").empty());
    CHECK(first_date("紀元年5月1日").empty());
}

TEST_CASE("a label after its date, as CJK bylines write it") {
    const auto ja = facts_of(page("ja", "<h1>題名</h1><p>2021年5月6日 10:00 公開 / 2021年5月8日 更新</p>"));
    CHECK(ja.meta.published.substr(0, 10) == "2021-05-06");
    CHECK(ja.meta.modified.substr(0, 10) == "2021-05-08");
    const auto zh = facts_of(page("zh", "<h1>标题</h1><p>2021-05-06 09:30 发布　2021-05-08 18:00 更新</p>"));
    CHECK(zh.meta.published.substr(0, 10) == "2021-05-06");
    CHECK(zh.meta.modified.substr(0, 10) == "2021-05-08");
    const auto ko = facts_of(page("ko", "<h1>제목</h1><p>2021.05.06 게시, 2021.05.08 수정</p>"));
    CHECK(ko.meta.published.substr(0, 10) == "2021-05-06");
    CHECK(ko.meta.modified.substr(0, 10) == "2021-05-08");
    const auto weekday = facts_of(page("ja", "<h1>題名</h1><p>2021年5月6日(木) 9:00 掲載</p><p>2021年5月8日（土） 更新</p>"));
    CHECK(weekday.meta.published.substr(0, 10) == "2021-05-06");
    CHECK(weekday.meta.modified.substr(0, 10) == "2021-05-08");
    // A label with a colon labels the date after it, whatever stands before it.
    const auto colon = facts_of(page("zh", "<h1>标题</h1><p>2021年5月6日 08:30　更新时间：2021年5月8日 10:00</p>"));
    CHECK(colon.meta.published.substr(0, 10) == "2021-05-06");
    CHECK(colon.meta.modified.substr(0, 10) == "2021-05-08");
    // A label followed by more words is not written after the date: the date stays the byline's.
    const auto ago = facts_of(page("en", "<h1>Title</h1><p>March 3, 2021 Updated 2 hours ago</p>"));
    CHECK(ago.meta.published.substr(0, 10) == "2021-03-03");
    CHECK(ago.meta.modified.empty());
    // A label before the next date is that date's, not a trailing label of the first.
    const auto en = facts_of(page("en", "<h1>Title</h1><p>May 6, 2021 · Updated May 8, 2021</p>"));
    CHECK(en.meta.published.substr(0, 10) == "2021-05-06");
    CHECK(en.meta.modified.substr(0, 10) == "2021-05-08");
    const auto de = facts_of(page("de", "<h1>Titel</h1><p>6. Mai 2021 aktualisiert 8. Mai 2021</p>"));
    CHECK(de.meta.published.substr(0, 10) == "2021-05-06");
    CHECK(de.meta.modified.substr(0, 10) == "2021-05-08");
}
