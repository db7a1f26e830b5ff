// Dates round 57: two ways of writing a date the earlier rounds left unread, each a fact of how a
// language writes dates, checked in several markups and against look-alikes:
//  - year, month and day each closed by a full stop and a space ("2021. 3. 3.", "2021. 03. 03."),
//    the standard numeric date of Korean and Hungarian, whatever the page's other words;
//  - Hebrew month names, bare and with the prefix ב ("in") that dates put before them
//    ("3 במרץ 2021"), and the Hebrew published / updated labels;
//  - the day a forum member joined the site ("Joined:", "Registriert:", "Зарегистрирован:"),
//    shown in the panel beside each post, dates the member, never the page;
//  - a page's last edit as wikis state it ("was last edited on", "zuletzt am … geändert",
//    "Dernière modification", "отредактирована"), and an unlabelled date the text shows after that
//    day: an event to come, not the publication, which is the last edit or before;
//  - a short line that opens with the word "date" and a colon ("Datum: 18.10.2021", "Fecha:",
//    "Дата:", "日期：") names itself a dateline, as a class name "date" would.
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

TEST_CASE("text dates: year, month and day each closed by a full stop and a space") {
    CHECK(first_date("2021. 3. 3.") == "2021-03-03");
    CHECK(first_date("입력 2021. 3. 14. 오후 3:15") == "2021-03-14");
    CHECK(first_date("2021. 11. 9. 10:15") == "2021-11-09");           // a time after the day's stop
    CHECK(first_date("Közzétéve: 2021. 03. 03. 10:15") == "2021-03-03");
    CHECK(first_date("Published 2019. 12. 31.") == "2019-12-31");
    CHECK(first_date("2021.\u00a03.\u00a03.") == "2021-03-03");        // no-break spaces
    // A chain of numbers, a month past 12, or parts apart by more than one space are no date.
    CHECK(first_date("Version 2021. 3. 3. 4. 5.").empty());
    CHECK(first_date("2021. 13. 3.").empty());
    CHECK(first_date("Sales rose in 2021.  3.  3 people").empty());
    CHECK(first_date("In 2021. 3 of them came.").empty());
}

TEST_CASE("pages dated year. month. day. in several markups") {
    // HTML5 semantic tags, Korean
    const auto ko = facts_of(page("ko", "<article><h1>제목</h1><p class=\"info\">입력 2021. 3. 14. 오후 3:15</p></article>"));
    CHECK(ko.meta.published.substr(0, 10) == "2021-03-14");
    // div soup without class names, Hungarian
    const auto hu = facts_of(page("hu", "<div><div><h1>Cím</h1></div><div>2020. 11. 05. 08:30</div></div>"));
    CHECK(hu.meta.published.substr(0, 10) == "2020-11-05");
    // table layout, English
    const auto en = facts_of(page("en", "<table><tr><td><h1>Title</h1></td></tr><tr><td>Posted 2019. 12. 31.</td></tr></table>"));
    CHECK(en.meta.published.substr(0, 10) == "2019-12-31");
    // Korean published and modified lines
    const auto both = facts_of(page("ko", "<h1>제목</h1><p>입력 2021. 5. 6. 10:00</p><p>수정 2021. 5. 8. 18:00</p>"));
    CHECK(both.meta.published.substr(0, 10) == "2021-05-06");
    CHECK(both.meta.modified.substr(0, 10) == "2021-05-08");
}

TEST_CASE("text dates: Hebrew month names") {
    CHECK(first_date("3 במרץ 2021") == "2021-03-03");
    CHECK(first_date("3 מרץ 2021") == "2021-03-03");
    CHECK(first_date("יום רביעי, 17 בנובמבר 2021") == "2021-11-17");
    CHECK(first_date("פורסם ב-1 בינואר 2020") == "2020-01-01");
    CHECK(first_date("28 בפברואר 2019, 10:15") == "2019-02-28");
    // A month name without a day, or a day without a year, is no date.
    CHECK(first_date("במרץ 2021").empty());
    CHECK(first_date("3 במרץ").empty());
}

TEST_CASE("Hebrew pages: published and updated lines") {
    const auto he = facts_of(page("he", "<article><h1>כותרת</h1><p>פורסם: 3 במרץ 2021</p><p>עודכן: 5 במרץ 2021</p></article>"));
    CHECK(he.meta.published.substr(0, 10) == "2021-03-03");
    CHECK(he.meta.modified.substr(0, 10) == "2021-03-05");
    // the updated line first: the label, not the order, names the publication
    const auto up = facts_of(page("he", "<div><h1>כותרת</h1><div>עודכן 12.06.2022</div><div>פורסם 10.06.2022</div></div>"));
    CHECK(up.meta.published.substr(0, 10) == "2022-06-10");
    CHECK(up.meta.modified.substr(0, 10) == "2022-06-12");
}

namespace {

// A thread page: the headline, then a post with its author's panel (name, join day, post count)
// and the post's own time, in the given markup.
std::string thread(const char* lang, const char* markup, const std::string& joined, const std::string& posted) {
    const std::string body =
        "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna.</p>";
    std::string html = std::string("<html lang=\"") + lang + "\"><head><title>Printer setup</title></head><body>";
    if (std::string(markup) == "div")
        html += "<div><h2>Printer setup</h2><div><div><dl><dt>alice</dt><dd>" + joined + "</dd><dd>1626</dd></dl></div><div><p>alice » " +
                posted + "</p><div>" + body + "</div></div></div></div>";
    else if (std::string(markup) == "table")
        html += "<table><tr><td colspan=2><h1>Printer setup</h1></td></tr><tr><td>alice<br>" + joined + "<br>1626</td><td>" + posted +
                "<hr>" + body + "</td></tr></table>";
    else
        html += "<main><h1>Printer setup</h1><article><header><b>alice</b><p>" + joined + "</p></header><p>" + posted +
                "</p>" + body + "</article></main>";
    return html + "</body></html>";
}

}  // namespace

TEST_CASE("a forum member's join day does not date the thread") {
    CHECK(facts_of(thread("en", "div", "Joined: 18 Sep 2008", "21 Jan 2009, 05:42")).meta.published.substr(0, 10) == "2009-01-21");
    CHECK(facts_of(thread("de", "table", "Registriert: 18.09.2008, 05:56", "21.01.2009, 05:42")).meta.published.substr(0, 10) ==
          "2009-01-21");
    CHECK(facts_of(thread("fr", "html5", "Membre depuis le 18 septembre 2008", "21 janvier 2009 à 05:42")).meta.published.substr(0, 10) ==
          "2009-01-21");
    CHECK(facts_of(thread("ru", "div", "Зарегистрирован: 18.09.2008", "21.01.2009, 05:42")).meta.published.substr(0, 10) == "2009-01-21");
    CHECK(facts_of(thread("zh", "table", "注册时间: 2008-09-18", "2009-01-21 05:42")).meta.published.substr(0, 10) == "2009-01-21");
    CHECK(facts_of(thread("es", "html5", "Miembro desde: 18/09/2008", "21/01/2009 05:42")).meta.published.substr(0, 10) == "2009-01-21");
    // The post's date after the join day in one line keeps its own (no) label.
    CHECK(facts_of(thread("en", "div", "alice", "Joined: 18 Sep 2008 · 21 Jan 2009, 05:42")).meta.published.substr(0, 10) == "2009-01-21");
    // A thread whose only date is a join day has no date.
    CHECK(facts_of(thread("en", "table", "Joined: 18 Sep 2008", "")).meta.published.empty());
}

namespace {

// A wiki page: a short paragraph by the headline announcing a meeting, running text, and the
// footer's line of the last edit, in the given markup.
std::string wiki(const char* lang, const char* markup, const std::string& announce, const std::string& edited,
                 const std::string& aside = "") {
    const std::string text =
        "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. "
        "Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.</p>";
    std::string html = std::string("<html lang=\"") + lang + "\"><head><title>Meetup</title></head><body>";
    if (std::string(markup) == "div")
        html += "<div><div><h1>Meetup</h1><p>" + announce + "</p>" + text + "</div>" + aside + "<div id=\"footer\"><ul><li>" + edited +
                "</li><li>Privacy</li></ul></div></div>";
    else if (std::string(markup) == "table")
        html += "<table><tr><td><h1>Meetup</h1><p>" + announce + "</p>" + text + "</td><td>" + aside + "</td></tr><tr><td>" + edited +
                "</td></tr></table>";
    else
        html += "<main><article><h1>Meetup</h1><p>" + announce + "</p>" + text + "</article>" + aside + "</main><footer><p>" + edited +
                "</p></footer>";
    return html + "</body></html>";
}

std::string published_of(const std::string& html) { return facts_of(html).meta.published.substr(0, 10); }

}  // namespace

TEST_CASE("a page's last edit bounds an unlabelled date its text shows") {
    CHECK(published_of(wiki("en", "div", "The next meetup takes place on Wednesday, 5 February 2020 at 7 pm.",
                            "This page was last edited on 29 January 2020, at 13:22.")) == "2020-01-29");
    CHECK(published_of(wiki("de", "html5", "Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr statt.",
                            "Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.")) == "2020-01-29");
    CHECK(published_of(wiki("fr", "table", "La prochaine réunion aura lieu le mercredi 5 février 2020 à 19 h.",
                            "Dernière modification de cette page le 29 janvier 2020 à 13:22.")) == "2020-01-29");
    CHECK(published_of(wiki("ru", "div", "Следующая встреча состоится 5 февраля 2020 года в 19:00.",
                            "Эта страница в последний раз была отредактирована 29 января 2020 в 13:22.")) == "2020-01-29");
    CHECK(published_of(wiki("nl", "html5", "De volgende bijeenkomst is op woensdag 5 februari 2020 om 19 uur.",
                            "Deze pagina is het laatst bewerkt op 29 januari 2020 om 13:22.")) == "2020-01-29");
    CHECK(published_of(wiki("es", "table", "La próxima reunión será el miércoles 5 de febrero de 2020.",
                            "Esta página se editó por última vez el 29 de enero de 2020 a las 13:22.")) == "2020-01-29");
}

TEST_CASE("a last edit does not override what the page states") {
    // A date labelled as the publication keeps its day, even after an (inconsistent) edit line.
    CHECK(published_of(wiki("en", "div", "Published 5 February 2020", "This page was last edited on 29 January 2020, at 13:22.")) ==
          "2020-02-05");
    // A last edit after the date the text shows leaves it alone.
    CHECK(published_of(wiki("de", "html5", "Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr statt.",
                            "Diese Seite wurde zuletzt am 9. Februar 2020 um 13:22 Uhr geändert.")) == "2020-02-05");
    // "Changes" (a noun) before a date is no edit of the page.
    CHECK(published_of(wiki("ru", "table", "Встреча 5 февраля 2020 года в 19:00.", "Изменения в расписании с 29 января 2020.")) ==
          "2020-02-05");
    // Teasers' "updated" lines of several days are no last edit of this page.
    const std::string teasers =
        "<aside><ul><li><a href=\"/a\">Other story</a> Updated 12 January 2020</li><li><a href=\"/b\">Another story</a> Updated 20 "
        "January 2020</li></ul></aside>";
    CHECK(published_of(wiki("en", "div", "The next meetup takes place on Wednesday, 5 February 2020 at 7 pm.", "Privacy policy",
                            teasers)) == "2020-02-05");
    CHECK(published_of(wiki("en", "html5", "The next meetup takes place on Wednesday, 5 February 2020 at 7 pm.", "About us",
                            teasers)) == "2020-02-05");
}

namespace {

// A page without a headline the title names: three paragraphs (a date in passing in the first),
// then, past the stretch where a dateline is looked for on such a page, a line of the word "date", a colon and the page's date, in the given markup.
std::string press(const char* lang, const char* markup, const std::string& passing, const std::string& word,
                  const std::string& date) {
    const std::string text = "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore. " +
                             passing +
                             " Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo.</p>"
                             "<p>Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. "
                             "Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est "
                             "laborum. Sed ut perspiciatis unde omnis iste natus error sit voluptatem accusantium doloremque.</p>"
                             "<p>Nemo enim ipsam voluptatem quia voluptas sit aspernatur aut odit aut fugit, sed quia consequuntur "
                             "magni dolores eos qui ratione voluptatem sequi nesciunt. Neque porro quisquam est, qui dolorem ipsum.</p>";
    std::string html = std::string("<html lang=\"") + lang + "\"><head><title>Press office</title></head><body>";
    if (std::string(markup) == "div")
        html += "<div><div>" + text + "</div><div><span>" + word + "</span> <span>" + date + "</span></div></div>";
    else if (std::string(markup) == "table")
        html += "<table><tr><td>" + text + "</td></tr><tr><td>" + word + " " + date + "</td></tr></table>";
    else
        html += "<main><article><section>" + text + "</section><p><b>" + word + "</b> " + date + "</p></article></main>";
    return html + "</body></html>";
}

}  // namespace

TEST_CASE("a line that opens with the word date and a colon is a dateline") {
    CHECK(published_of(press("de", "div", "Das Gesetz wurde am 14. Oktober 2021 verkündet.", "Datum:", "18.10.2021")) == "2021-10-18");
    CHECK(published_of(press("en", "table", "The law was announced on October 14, 2021.", "Date:", "October 18, 2021")) ==
          "2021-10-18");
    CHECK(published_of(press("es", "html5", "La ley se anunció el 14 de octubre de 2021.", "Fecha:", "18/10/2021")) == "2021-10-18");
    CHECK(published_of(press("ru", "div", "Закон был объявлен 14 октября 2021 года.", "Дата:", "18.10.2021")) == "2021-10-18");
    CHECK(published_of(press("zh", "table", "该法律于2021年10月14日公布。", "日期：", "2021年10月18日")) == "2021-10-18");
    CHECK(published_of(press("fr", "html5", "La loi a été annoncée le 14 octobre 2021.", "Date :", "18 octobre 2021")) ==
          "2021-10-18");
    // The word without its colon, or another word before the colon, names nothing.
    CHECK(published_of(press("en", "div", "The law was announced on October 14, 2021.", "Date night", "October 18, 2021")) ==
          "2021-10-14");
    CHECK(published_of(press("en", "html5", "The law was announced on October 14, 2021.", "Dates to remember:", "October 18, 2021")) ==
          "2021-10-14");
}

TEST_CASE("a creation label names the publication, after an update label too") {
    auto both = [](const char* lang, const std::string& body) {
        const auto f = facts_of(page(lang, body));
        return f.meta.published.substr(0, 10) + " " + f.meta.modified.substr(0, 10);
    };
    CHECK(both("de", "<h1>Titel</h1><p>Geändert: 05.03.2021 · Erstellt: 01.03.2021</p>") == "2021-03-01 2021-03-05");
    CHECK(both("en", "<div><div><h1>Title</h1></div><div>Modified: March 5, 2021 Created: March 1, 2021</div></div>") ==
          "2021-03-01 2021-03-05");
    CHECK(both("fr", "<table><tr><td><h1>Titre</h1></td></tr><tr><td>Mis à jour le 5 mars 2021, créé le 1 mars 2021</td></tr></table>") ==
          "2021-03-01 2021-03-05");
    CHECK(both("es", "<article><h1>Título</h1><p>Actualizado el 5 de marzo de 2021. Creado el 1 de marzo de 2021</p></article>") ==
          "2021-03-01 2021-03-05");
    CHECK(both("ru", "<div><h1>Заголовок</h1><div>Обновлено 5 марта 2021, создано 1 марта 2021</div></div>") == "2021-03-01 2021-03-05");
    CHECK(both("pl", "<h1>Tytuł</h1><p>Zaktualizowano 5 marca 2021, utworzono 1 marca 2021</p>") == "2021-03-01 2021-03-05");
    CHECK(both("de", "<h1>Titel</h1><p>Aktualisiert: 05.03.2021 | Erstveröffentlichung: 01.03.2021</p>") == "2021-03-01 2021-03-05");
    // In the usual order it was already read so, and still is.
    CHECK(both("en", "<h1>Title</h1><p>Created: March 1, 2021 Last modified: March 5, 2021</p>") == "2021-03-01 2021-03-05");
}
