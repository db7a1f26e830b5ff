// The comment section a template sets beside a post, between the post's box and its reply form
// (trackbacks, a "Comments" heading over a list a script fills, a preview's notes, the messages
// shown once a comment is sent), is no part of the post with its class names or without them
// (tools/perturb_eval.py "noattr": a blog post whose body is a list lost its box to the column
// holding all of them, and their lines joined the article). A closing note right after the post
// and a last section under a heading of its own, with sentences, stay.
// English, German, French, Spanish, Russian, Japanese; div soup, HTML5 sections, table layout.
#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <vector>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::text_of;

namespace {

struct Case {
    const char* lang;
    const char* title;
    std::string paras[3];
    std::string trackback, links, comments, preview, saved, leave, note, epilogue_heading, epilogue;
};

std::vector<Case> cases() {
    return {
        {"en", "Night trains return to the valley line",
         {"After four years without a sleeper service, the valley line will again run a night train between the capital and the coast from the first week of spring, the operator said on Tuesday.",
          "The train will leave the capital shortly before midnight and reach the harbour town at dawn, with couchettes, two sleeping cars and a small buffet coach that stays open until two.",
          "Tickets go on sale next month; the operator expects most demand at weekends and during the school holidays, when it may add a second set of carriages."},
         "Trackback address for this entry:", "Links from other sites", "Readers' comments", "This is only a preview. Your comment has not been sent yet.",
         "Your comment was saved and will appear once the author approves it.", "Leave a comment",
         "A note from the author: the timetable above may still change before the first run, and I will update this post when it does.",
         "Epilogue", "A month later the first trains ran full, and the operator already plans a second route along the northern coast to the border towns."},
        {"de", "Nachtzüge kehren auf die Talstrecke zurück",
         {"Nach vier Jahren ohne Schlafwagen fährt auf der Talstrecke ab der ersten Frühlingswoche wieder ein Nachtzug zwischen der Hauptstadt und der Küste, teilte der Betreiber am Dienstag mit.",
          "Der Zug verlässt die Hauptstadt kurz vor Mitternacht und erreicht die Hafenstadt im Morgengrauen, mit Liegewagen, zwei Schlafwagen und einem kleinen Speisewagen, der bis zwei Uhr geöffnet bleibt.",
          "Die Fahrkarten kommen im nächsten Monat in den Verkauf; der Betreiber erwartet die größte Nachfrage an Wochenenden und in den Schulferien."},
         "Trackback-Adresse für diesen Eintrag:", "Verweise von anderen Seiten", "Kommentare der Leser", "Dies ist nur eine Vorschau. Ihr Kommentar wurde noch nicht gesendet.",
         "Ihr Kommentar wurde gespeichert und erscheint, sobald der Autor ihn freigibt.", "Kommentar schreiben",
         "Eine Anmerkung des Autors: Der Fahrplan kann sich vor der ersten Fahrt noch ändern, und ich werde diesen Beitrag dann aktualisieren.",
         "Nachtrag", "Einen Monat später fuhren die ersten Züge voll besetzt, und der Betreiber plant bereits eine zweite Strecke entlang der Nordküste."},
        {"fr", "Les trains de nuit reviennent sur la ligne de la vallée",
         {"Après quatre ans sans service de nuit, la ligne de la vallée accueillera de nouveau un train de nuit entre la capitale et la côte dès la première semaine du printemps, a indiqué l'exploitant mardi.",
          "Le train quittera la capitale peu avant minuit et atteindra la ville portuaire à l'aube, avec des couchettes, deux voitures-lits et une petite voiture-bar ouverte jusqu'à deux heures.",
          "Les billets seront en vente le mois prochain ; l'exploitant attend la plus forte demande le week-end et pendant les vacances scolaires."},
         "Adresse de rétrolien pour ce billet :", "Liens depuis d'autres sites", "Commentaires des lecteurs", "Ceci n'est qu'un aperçu. Votre commentaire n'a pas encore été envoyé.",
         "Votre commentaire a été enregistré et apparaîtra après validation par l'auteur.", "Laisser un commentaire",
         "Une note de l'auteur : l'horaire ci-dessus peut encore changer avant le premier départ, et je mettrai ce billet à jour.",
         "Épilogue", "Un mois plus tard, les premiers trains circulaient complets, et l'exploitant prévoit déjà une seconde ligne le long de la côte nord."},
        {"es", "Los trenes nocturnos vuelven a la línea del valle",
         {"Tras cuatro años sin servicio nocturno, la línea del valle volverá a tener un tren de noche entre la capital y la costa desde la primera semana de la primavera, informó el operador el martes.",
          "El tren saldrá de la capital poco antes de la medianoche y llegará a la ciudad portuaria al amanecer, con literas, dos coches cama y un pequeño coche cafetería abierto hasta las dos.",
          "Los billetes saldrán a la venta el mes que viene; el operador espera la mayor demanda los fines de semana y durante las vacaciones escolares."},
         "Dirección de retroenlace para esta entrada:", "Enlaces desde otros sitios", "Comentarios de los lectores", "Esto es solo una vista previa. Su comentario aún no se ha enviado.",
         "Su comentario se ha guardado y aparecerá cuando el autor lo apruebe.", "Deja un comentario",
         "Una nota del autor: el horario de arriba aún puede cambiar antes del primer viaje, y actualizaré esta entrada cuando ocurra.",
         "Epílogo", "Un mes después, los primeros trenes iban llenos, y el operador ya planea una segunda ruta a lo largo de la costa norte."},
        {"ru", "Ночные поезда возвращаются на линию долины",
         {"После четырёх лет без спальных вагонов на линии долины с первой недели весны снова пойдёт ночной поезд между столицей и побережьем, сообщил во вторник перевозчик.",
          "Поезд будет отправляться из столицы незадолго до полуночи и прибывать в портовый город на рассвете, с плацкартом, двумя спальными вагонами и небольшим вагоном-буфетом.",
          "Билеты поступят в продажу в следующем месяце; перевозчик ожидает наибольший спрос по выходным и во время школьных каникул."},
         "Адрес обратной ссылки для этой записи:", "Ссылки с других сайтов", "Комментарии читателей", "Это только предпросмотр. Ваш комментарий ещё не отправлен.",
         "Ваш комментарий сохранён и появится после одобрения автором.", "Оставить комментарий",
         "Примечание автора: расписание выше ещё может измениться до первого рейса, и я обновлю эту запись, когда это случится.",
         "Эпилог", "Через месяц первые поезда шли заполненными, и перевозчик уже планирует второй маршрут вдоль северного побережья."},
        {"ja", "谷線に夜行列車が復活へ",
         {"寝台列車のない四年間を経て、谷線では春の最初の週から首都と海岸を結ぶ夜行列車が再び運行されると、運行会社が火曜日に発表した。この列車は地域の観光にも大きな期待を集めている。",
          "列車は深夜少し前に首都を出発し、明け方に港町に到着する。簡易寝台、二両の寝台車、そして午前二時まで営業する小さなビュッフェ車が連結される予定だという。",
          "切符は来月から発売される。運行会社は週末と学校の休暇期間に最も需要が高まると見込んでおり、その際には車両を増結する可能性もあるとしている。"},
         "この記事のトラックバックURL：", "他のサイトからのリンク", "読者のコメント", "これはプレビューです。コメントはまだ送信されていません。",
         "コメントは保存されました。著者の承認後に表示されます。", "コメントを書く",
         "著者より：上記の時刻表は初運行までに変更される可能性があり、その際にはこの記事を更新します。",
         "後日談", "一か月後、最初の列車は満席で運行され、運行会社はすでに北の海岸沿いに二つ目の路線を計画している。"},
    };
}

enum class Markup { divs, html5, table };
enum class Extra { none, note, epilogue };

// The post's body is a lead paragraph over a list of items with a link each (a week's news in
// review): it scores below the column that holds the post, its comment section and its form.
std::string page(const Case& c, Markup m, bool named, Extra extra) {
    const auto cls = [&](const char* n) { return named ? std::string(" class=\"") + n + "\"" : std::string(); };
    const std::string sec = m == Markup::html5 ? "section" : "div";
    const std::string post = m == Markup::html5 ? "article" : "div";
    std::string items;
    int i = 0;
    for (const std::string* p : {&c.paras[1], &c.paras[2]})
        items += "<li>" + *p + " <a href=\"http://example.org/n" + std::to_string(i++) + "\">#</a></li>";
    std::string col = "<p><a href=\"/2012/10/older.html\">&laquo; " + c.links + "</a> | <a href=\"/\">&#8962;</a></p>";
    col += "<" + post + cls("entry") + "><h2" + cls("entry-title") + ">" + c.title + "</h2><div" + cls("entry-content") + "><p>" +
           c.paras[0] + "</p><ul>" + items + "</ul></div><div" + cls("entry-footer") +
           "><p>2012-11-05 | <a href=\"http://example.org/2012/11/post.html\">#</a></p></div></" + post + ">";
    if (extra == Extra::note) col += "<div><p>" + c.note + "</p></div>";
    if (extra == Extra::epilogue)
        col += "<" + sec + "><h3>" + c.epilogue_heading + "</h3><p>" + c.epilogue + " <a href=\"http://example.org/map\">&#8599;</a></p></" + sec + ">";
    col += "<" + sec + cls("trackbacks") + "><h3>Trackback</h3><p>" + c.trackback + " <span>http://example.org/t/6a00d834</span></p><p>" + c.links +
           ": <a href=\"http://example.org/2012/11/post.html\">" + c.title + "</a></p></" + sec + ">";
    col += "<" + sec + cls("comments") + "><h3>" + c.comments + "</h3><div" + cls("comment-list") + "></div></" + sec + ">";
    col += "<div" + cls("comment-preview") + "><p>" + c.preview +
           "</p><form method=\"post\"><input type=\"submit\" name=\"post\" value=\"&#10003;\"><input type=\"submit\" name=\"edit\" value=\"&#9998;\"></form></div>";
    col += "<div" + cls("comment-saved") + ">" + c.saved + "</div>";
    col += "<div" + cls("comment-form") + "><form method=\"post\" action=\"/comments\"><h2>" + c.leave +
           "</h2><textarea name=\"text\"></textarea><input type=\"text\" name=\"author\"><input type=\"submit\" value=\"&#10148;\"></form></div>";
    std::string side = "<div" + cls("sidebar") + "><h3>&#128197;</h3><ul>";
    for (int k = 1; k <= 10; ++k) side += "<li><a href=\"/2012/" + std::to_string(k) + "/\">2012-" + std::to_string(k) + "</a></li>";
    side += "</ul></div>";
    std::string body = m == Markup::table ? "<table><tr><td" + cls("content") + ">" + col + "</td><td" + cls("side") + ">" + side + "</td></tr></table>"
                                          : (m == Markup::html5 ? "<main" + cls("content") + ">" + col + "</main>" + side
                                                                : "<div" + cls("content") + ">" + col + "</div>" + side);
    return std::string("<!DOCTYPE html><html lang=\"") + c.lang + "\"><head><meta charset=\"utf-8\"><title>" + c.title +
           " - Blog</title></head><body>" + body + "</body></html>";
}

void for_each_page(const std::function<void(const Case&, Markup, bool)>& f) {
    for (const auto& c : cases())
        for (Markup m : {Markup::divs, Markup::html5, Markup::table})
            for (bool named : {true, false}) {
                CAPTURE(std::string(c.lang));
                CAPTURE(static_cast<int>(m));
                CAPTURE(named);
                f(c, m, named);
            }
}

void check_section_gone(const Case& c, const std::string& out) {
    CHECK(has(out, c.paras[0].substr(0, 40)));
    CHECK(has(out, c.paras[2].substr(0, 40)));
    CHECK_FALSE(has(out, c.trackback));
    CHECK_FALSE(has(out, c.comments));
    CHECK_FALSE(has(out, c.preview.substr(0, 30)));
    CHECK_FALSE(has(out, c.saved.substr(0, 30)));
    CHECK_FALSE(has(out, c.leave));
}

}  // namespace

TEST_CASE("a post's comment section up to its reply form goes, with class names or without") {
    for_each_page([](const Case& c, Markup m, bool named) { check_section_gone(c, text_of(page(c, m, named, Extra::none))); });
}

TEST_CASE("a closing note right after the post, and a last section with sentences, stay") {
    for_each_page([](const Case& c, Markup m, bool named) {
        if (named) return;  // with names the post's own box is the region: both stand outside it
        const std::string with_note = text_of(page(c, m, named, Extra::note));
        check_section_gone(c, with_note);
        CHECK(has(with_note, c.note.substr(0, 40)));
        const std::string with_epilogue = text_of(page(c, m, named, Extra::epilogue));
        check_section_gone(c, with_epilogue);
        CHECK(has(with_epilogue, c.epilogue_heading));
        CHECK(has(with_epilogue, c.epilogue.substr(0, 40)));
    });
}
