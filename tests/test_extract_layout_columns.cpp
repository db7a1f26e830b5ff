// A layout's columns are no thread (extract_answers.cpp, widen_to_question): a blog whose
// <title> and banner <h1> name only the site, and whose template's column wrappers are gone,
// sets its columns as sibling boxes of one kind right under that heading: a column of link
// lists with a line of prose, the column holding the post, a column of links with a sign-up
// line. Three boxes of one kind opening under the title read as a thread whose posts are the
// page, and the region widened to all three columns. A column half links or more is no
// reader's post. In div soup, HTML5 (<main>, <section>) and a layout table; en, de, fr, es,
// ru, ja. The negative: a thread of named posts, each prose with a linked author, under the
// title still is the page.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::text_of;

namespace {

struct Lang {
    const char* code;
    std::string site;
    std::vector<std::string> paras;
    std::string about;   // the left column's line of prose
    std::string signup;  // the right column's
    std::string link;    // a link's text in the columns' lists
};

const std::vector<Lang> langs = {
    {"en",
     "The Town Hall and Courts Weblog",
     {"The city council voted on Tuesday night to close the old bridge to cars for two years while engineers replace its deck.",
      "The decision followed months of public meetings and a report that found the steel beams corroded beyond repair.",
      "Buses and bicycles will still cross on a temporary lane, the council said, and the work is due to start in the spring.",
      "Shop owners near the bridge asked for help during the works, and the council promised a fund before the summer."},
     "This blog covers the town hall and its courts every weekday, with notes from the council chamber and the county court. Write to us with tips at any hour.",
     "Sign up for our letter about the courts, delivered each week.",
     "Earlier post number "},
    {"de",
     "Das Weblog aus Rathaus und Gericht",
     {"Der Stadtrat hat am Dienstagabend beschlossen, die alte Brücke für zwei Jahre für Autos zu sperren, während die Fahrbahn erneuert wird.",
      "Der Entscheidung gingen monatelange Bürgerversammlungen voraus und ein Gutachten, das die Stahlträger für nicht mehr zu retten hält.",
      "Busse und Fahrräder dürfen weiter über eine provisorische Spur fahren, sagte der Rat, und die Arbeiten beginnen im Frühjahr.",
      "Die Ladenbesitzer an der Brücke baten um Hilfe während der Bauzeit, und der Rat versprach einen Fonds vor dem Sommer."},
     "Dieses Blog berichtet an jedem Werktag aus dem Rathaus und den Gerichten, mit Notizen aus dem Ratssaal und dem Amtsgericht. Schreiben Sie uns jederzeit.",
     "Abonnieren Sie unseren Brief über die Gerichte, jede Woche.",
     "Früherer Beitrag Nummer "},
    {"fr",
     "Le carnet de la mairie et des tribunaux",
     {"Le conseil municipal a voté mardi soir la fermeture du vieux pont aux voitures pendant deux ans, le temps de remplacer son tablier.",
      "La décision a suivi des mois de réunions publiques et un rapport selon lequel les poutres d'acier sont rongées sans remède.",
      "Les bus et les vélos passeront encore sur une voie provisoire, a dit le conseil, et les travaux doivent commencer au printemps.",
      "Les commerçants près du pont ont demandé de l'aide pendant les travaux, et le conseil a promis un fonds avant l'été."},
     "Ce carnet suit la mairie et ses tribunaux chaque jour ouvré, avec des notes de la salle du conseil et du tribunal. Écrivez-nous à toute heure.",
     "Abonnez-vous à notre lettre sur les tribunaux, chaque semaine.",
     "Billet précédent numéro "},
    {"es",
     "El cuaderno del ayuntamiento y los juzgados",
     {"El concejo municipal votó el martes por la noche cerrar el viejo puente a los coches durante dos años mientras se cambia su tablero.",
      "La decisión llegó tras meses de reuniones públicas y un informe que halló las vigas de acero corroídas sin remedio.",
      "Los autobuses y las bicicletas seguirán cruzando por un carril provisional, dijo el concejo, y las obras empiezan en primavera.",
      "Los comerciantes junto al puente pidieron ayuda durante las obras, y el concejo prometió un fondo antes del verano."},
     "Este cuaderno sigue al ayuntamiento y sus juzgados cada día laborable, con notas de la sala del pleno y del juzgado. Escríbanos a cualquier hora.",
     "Suscríbase a nuestra carta sobre los juzgados, cada semana.",
     "Entrada anterior número "},
    {"ru",
     "Блог о мэрии и судах",
     {"Городской совет во вторник вечером решил закрыть старый мост для машин на два года, пока инженеры меняют его настил.",
      "Решению предшествовали месяцы публичных слушаний и доклад, по которому стальные балки проржавели безнадёжно.",
      "Автобусы и велосипеды по-прежнему поедут по временной полосе, сообщил совет, а работы начнутся весной.",
      "Владельцы лавок у моста попросили помощи на время работ, и совет обещал фонд до лета."},
     "Этот блог каждый будний день следит за мэрией и судами, с заметками из зала совета и районного суда. Пишите нам в любое время.",
     "Подпишитесь на наше письмо о судах, каждую неделю.",
     "Прежняя запись номер "},
    {"ja",
     "市役所と裁判所の記録ブログ",
     {"市議会は火曜日の夜、床版を架け替えるあいだ、古い橋を二年間にわたり車両通行止めにすることを決めた。",
      "この決定は、数か月にわたる公聴会と、鋼製の桁が修復できないほど腐食しているとの報告を受けたものだ。",
      "バスと自転車は引き続き仮設の車線で渡ることができ、工事は春に始まる予定だと市議会は説明した。",
      "橋の近くの商店主らは工事中の支援を求め、市議会は夏までに基金を設けると約束した。"},
     "このブログは平日毎日、市役所と裁判所の動きを伝え、議場と地方裁判所からの記録を載せています。情報はいつでもお寄せください。",
     "裁判所についての週刊レターにご登録ください。",
     "以前の記事 番号"},
};

std::string links(const Lang& l, const std::string& path, int n) {
    std::string s = "<ul>";
    for (int i = 0; i < n; ++i) s += "<li><a href=\"/" + path + "/" + std::to_string(i) + "\">" + l.link + std::to_string(i) + "</a></li>";
    return s + "</ul>";
}

// The three columns as boxes of one kind (tag and class) right under the banner's heading.
std::string columns_page(const Lang& l, const std::string& markup) {
    const std::string tag = markup == "div" ? "div" : markup == "html5" ? "section" : "td";
    const std::string open = "<" + tag + " class=\"pkg\">", close = "</" + tag + ">";
    std::string post;
    for (const auto& p : l.paras) post += "<p>" + p + "</p>";
    const std::string left = open + "<h2>1</h2>" + links(l, "post", 12) + "<h2>2</h2>" + links(l, "month", 10) + "<p>" + l.about + "</p>" + close;
    const std::string mid = open + "<h2>06.11.2012</h2><div><h3>" + l.paras[0].substr(0, 24) + "</h3><div>" + post +
                            "</div><p><a href=\"/p\">#</a></p></div>" + close;
    const std::string right = open + "<h2>3</h2>" + links(l, "blog", 9) + "<p>" + l.signup + "</p>" + close;
    std::string cols = markup == "div"     ? "<div>" + left + mid + right + "</div>"
                       : markup == "html5" ? "<main>" + left + mid + right + "</main>"
                                           : "<table><tr>" + left + mid + right + "</tr></table>";
    return std::string("<!DOCTYPE html><html lang=\"") + l.code + "\"><head><meta charset=\"utf-8\"><title>" + l.site +
           "</title></head><body><h1><a href=\"/\">" + l.site + "</a></h1><div>" + cols + "</div></body></html>";
}

// A thread: the site's heading over posts of one named kind, each a linked author over prose.
std::string thread_page(const Lang& l, const std::string& markup) {
    const std::string tag = markup == "div" ? "div" : markup == "html5" ? "article" : "td";
    std::string posts;
    for (std::size_t i = 0; i < l.paras.size(); ++i) {
        const std::string post = "<" + tag + " class=\"post\"><p><a href=\"/u/" + std::to_string(i) + "\">" + l.link + std::to_string(i) +
                                 "</a></p><p>" + l.paras[i] + " " + l.paras[(i + 1) % l.paras.size()] + "</p></" + tag + ">";
        posts += markup == "table" ? "<tr>" + post + "</tr>" : post;
    }
    const std::string box = markup == "table" ? "<table>" + posts + "</table>" : "<div>" + posts + "</div>";
    return std::string("<!DOCTYPE html><html lang=\"") + l.code + "\"><head><meta charset=\"utf-8\"><title>" + l.site +
           "</title></head><body><h1>" + l.site + "</h1>" + box + "</body></html>";
}

}  // namespace

TEST_CASE("a layout's columns of links under the site's heading are no thread around the post") {
    for (const Lang& l : langs)
        for (const std::string markup : {"div", "html5", "table"}) {
            CAPTURE(std::string(l.code));
            CAPTURE(markup);
            const std::string out = text_of(columns_page(l, markup));
            for (const auto& p : l.paras) CHECK_MESSAGE(has(out, p), out);
            CHECK_FALSE_MESSAGE(has(out, l.about), out);
            CHECK_FALSE_MESSAGE(has(out, l.signup), out);
        }
}

TEST_CASE("a thread of named posts under the site's heading is still the page") {
    for (const Lang& l : langs)
        for (const std::string markup : {"div", "html5", "table"}) {
            CAPTURE(std::string(l.code));
            CAPTURE(markup);
            const std::string out = text_of(thread_page(l, markup));
            for (const auto& p : l.paras) CHECK_MESSAGE(has(out, p), out);
        }
}
