// The body still follows its title when the template sets a column of navigation between them
// (issue 18, tools/perturb_eval.py "order": sidebars and menus moved before the content): a
// headline row over two columns whose left column, first in the source, holds a blog's "about"
// blurb and lists of links. The far winner (the body) used to yield to the blurb, a candidate
// right under the title; boxes a third or more link text, of a column's size, are not counted
// in the distance (extract_title_gap.cpp). English hashed div soup, German without any class,
// French table layout, Spanish HTML5 header/section, Russian and Japanese div soup without names.
// WINNOW_FRESH_DUMP=DIR writes each page there (title_gap1.html ...), to run the CLI on them.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "extract_test_util.hpp"

using namespace winnow;

namespace {

struct Words {
    const char* lang;
    const char* title;
    const char* about_heading;
    const char* about;                  // the blurb: prose, a candidate of its own
    std::vector<const char*> links;     // the column's lists
    std::vector<const char*> body;      // the article's paragraphs
};

enum class Markup { hashed_divs, bare_divs, table, html5 };

std::string link_list(const Words& w, const char* cls) {
    std::string out = std::string("<ul") + cls + ">";
    for (std::size_t i = 0; i < w.links.size(); ++i)
        out += "<li><a href=\"/p/" + std::to_string(i) + "\">" + w.links[i] + "</a></li>";
    return out + "</ul>";
}

std::string paragraphs(const Words& w) {
    std::string out;
    for (const char* p : w.body) out += std::string("<p>") + p + "</p>";
    return out;
}

test::FreshPage make(const char* name, const Words& w, Markup m) {
    const std::string about = std::string("<h3>") + w.about_heading + "</h3><p>" + w.about + "</p>";
    std::string body;
    switch (m) {
        case Markup::hashed_divs:
            body = std::string("<div class=\"q7k2\"><h1 class=\"q7k3\">") + w.title + "</h1><div class=\"z9m4\"><div class=\"z9m5\">" + about +
                   "</div>" + link_list(w, " class=\"z9m6\"") + "</div><div class=\"r3t8\">" + paragraphs(w) + "</div></div>";
            break;
        case Markup::bare_divs:
            body = std::string("<div><h1>") + w.title + "</h1><div><div>" + about + "</div>" + link_list(w, "") + "</div><div>" +
                   paragraphs(w) + "</div></div>";
            break;
        case Markup::table:
            body = std::string("<table width=\"900\"><tr><td colspan=\"2\"><h1>") + w.title + "</h1></td></tr><tr><td width=\"250\">" + about +
                   link_list(w, "") + "</td><td>" + paragraphs(w) + "</td></tr></table>";
            break;
        case Markup::html5:
            body = std::string("<header><h1>") + w.title + "</h1></header><div><section>" + about + "</section>" + link_list(w, "") +
                   "</div><section>" + paragraphs(w) + "</section>";
            break;
    }
    return {name, test::html_page(w.lang, w.title, body), {w.body.front(), w.body.back()}, {w.about}};
}

const Words kEn = {"en", "Harbour cranes return to the old port after two decades", "About this blog",
    "This blog is written by the port desk of a small regional paper, with notes, pictures, and letters from readers who live and work along the harbour, since 2009.",
    {"Ferry timetable changes for the summer season", "Council votes on the new cycle bridge", "Fish market reopens after the storm",
     "Letters: the lighthouse should stay lit", "Pictures from the regatta weekend", "Dock workers mark fifty years of the union",
     "Archive: the flood of the harbour in 1987", "Contact the port desk and send us tips",
     "Volunteers wanted for the beach clean-up", "How the tide tables are calculated", "Readers remember the last shipyard", "Weekend walks along the old railway"},
    {"Two cranes that stood idle for more than twenty years were lifted back onto their rails on Tuesday, and the harbour master said they would load their first ship before the autumn.",
     "The cranes were restored by a team of volunteers, most of them retired dock workers, who spent three winters replacing cables, motors and the cabins where the drivers sit.",
     "Local businesses expect the return of cargo to bring work to the warehouses along the quay, which have been used as storage for boats and market stalls since the port closed.",
     "The first ship, a small coaster carrying timber, is expected in September, weather permitting, and the harbour will hold an open day so that families can watch it being unloaded."}};

const Words kDe = {"de", "Die alte Mühle am Fluss dreht sich wieder", "Über dieses Blog",
    "Hier schreibt die Lokalredaktion über Dörfer, Vereine und Menschen im Tal, mit Fotos, Terminen und Briefen unserer Leserinnen und Leser, seit vielen Jahren.",
    {"Neue Busverbindung ins Nachbardorf ab Juni", "Gemeinderat berät über den Radweg", "Bilder vom Sommerfest der Feuerwehr",
     "Leserbriefe zum Neubau der Schule", "Der Wochenmarkt zieht auf den Kirchplatz", "Archiv: das Hochwasser im Jahr 2002",
     "Termine und Veranstaltungen im Tal", "Schreiben Sie der Lokalredaktion",
     "Freiwillige für den Frühjahrsputz gesucht", "So entsteht der Veranstaltungskalender", "Leser erinnern sich an die Weberei", "Wanderungen entlang der alten Bahnlinie"},
    {"Nach fast dreißig Jahren Stillstand dreht sich das Wasserrad der alten Mühle wieder, und der Förderverein will im Herbst zum ersten Mal seit Jahrzehnten Mehl mahlen.",
     "Die Mitglieder haben in vier Wintern das Rad, die Welle und die Mahlsteine erneuert, unterstützt von einem Zimmermann aus dem Nachbarort, der sein Wissen weitergab.",
     "Die Gemeinde hofft, dass die Mühle Besucher ins Tal bringt, und plant einen Wanderweg vom Bahnhof bis zum Mühlenhof, mit Bänken und Tafeln zur Geschichte.",
     "Am Tag des offenen Denkmals im September können Familien zusehen, wie das Korn gemahlen wird, und das erste Brot aus dem Mühlenmehl kosten."}};

const Words kFr = {"fr", "Le marché couvert rouvre ses portes après trois ans de travaux", "À propos de ce blog",
    "Ce carnet est tenu par la rédaction locale, qui y publie des notes, des photos et des lettres de lecteurs sur la vie du quartier, ses commerces et ses fêtes, depuis 2011.",
    {"Nouveaux horaires de la piscine municipale", "Le conseil vote le budget des écoles", "Photos de la fête de la musique",
     "Courrier des lecteurs sur le stationnement", "La bibliothèque prolonge ses horaires", "Archives : la grande crue de 1910",
     "Agenda des sorties du week-end", "Écrire à la rédaction locale",
     "Bénévoles recherchés pour le nettoyage du canal", "Comment sont choisis les noms de rues", "Les lecteurs se souviennent de la filature", "Balades le long de l'ancienne voie ferrée"},
    {"Après trois ans de travaux, le marché couvert a rouvert samedi matin, et les commerçants ont retrouvé leurs étals sous la grande halle de fer et de verre restaurée.",
     "La charpente, qui menaçait de s'effondrer, a été démontée pièce par pièce, nettoyée puis remontée par une entreprise de la région spécialisée dans les monuments.",
     "Les habitants du quartier, qui faisaient leurs courses sur un parking provisoire, saluent le retour des producteurs et des fromagers, même si les loyers ont augmenté.",
     "La mairie prévoit d'ouvrir la halle le dimanche après-midi pour des concerts et des brocantes, afin que le lieu vive aussi en dehors des jours de marché."}};

const Words kEs = {"es", "La biblioteca del barrio abre una sala de estudio nocturna", "Sobre este blog",
    "Este cuaderno lo escribe la redacción local, con notas, fotografías y cartas de los vecinos sobre la vida del barrio, sus comercios, sus fiestas y sus calles, desde 2012.",
    {"Cambios en el horario del autobús nocturno", "El pleno debate el nuevo carril bici", "Fotos de las fiestas de septiembre",
     "Cartas de los lectores sobre el ruido", "El mercado estrena puestos de temporada", "Archivo: la gran nevada de 2021",
     "Agenda cultural del fin de semana", "Escribe a la redacción local",
     "Se buscan voluntarios para limpiar el río", "Cómo se eligen los nombres de las calles", "Los lectores recuerdan la antigua fábrica", "Paseos por la vieja vía del tren"},
    {"La biblioteca del barrio abrirá desde el lunes una sala de estudio hasta la medianoche, una petición que los estudiantes llevaban años haciendo en cada pleno municipal.",
     "La sala tendrá cuarenta puestos con enchufes, conexión a internet y luz regulable, y la vigilarán dos personas contratadas por el ayuntamiento para el horario nocturno.",
     "Las asociaciones de vecinos celebran la medida, aunque piden que se amplíe en época de exámenes a los fines de semana, cuando las salas de la universidad cierran antes.",
     "El ayuntamiento revisará el uso de la sala dentro de seis meses y decidirá entonces si mantiene el horario o lo extiende a otras bibliotecas de la ciudad."}};

const Words kRu = {"ru", "В старом парке снова работает лодочная станция", "Об этом блоге",
    "Этот блог ведёт городская редакция: заметки, фотографии и письма читателей о жизни района, его дворах, магазинах и праздниках, с две тысячи десятого года.",
    {"Новое расписание пригородных автобусов", "Совет обсуждает ремонт набережной", "Фотографии с праздника города",
     "Письма читателей о парковке во дворах", "Рынок переезжает на соседнюю улицу", "Архив: наводнение девяносто девятого года",
     "Афиша на выходные дни", "Написать в городскую редакцию",
     "Ищем волонтёров для уборки берега", "Как выбирают названия для улиц", "Читатели вспоминают старую фабрику", "Прогулки вдоль старой железной дороги"},
    {"После пятнадцати лет перерыва в старом парке снова открылась лодочная станция, и в первые же выходные на пруду катались десятки семей с детьми.",
     "Лодки отремонтировали добровольцы из местного клуба, которые всю зиму меняли доски, красили борта и чинили старый деревянный причал у входа в парк.",
     "Администрация парка надеется, что станция привлечёт больше гостей, и обещает к осени восстановить аллею вдоль пруда, поставить скамейки и фонари.",
     "Станция будет работать каждый день с мая по сентябрь, а в дождливую погоду лодки выдавать не будут, предупреждают сотрудники парка."}};

const Words kJa = {"ja", "商店街の古い映画館が三十年ぶりに再開", "このブログについて",
    "地域の記者が町の出来事や商店、祭り、読者からの手紙を写真と一緒に紹介しているブログです。二〇一〇年から続けています。",
    {"バスの時刻表が来月から変わります", "市議会で新しい自転車道を審議", "夏祭りの写真をまとめました",
     "読者の手紙 駐車場について", "朝市が駅前広場に移ります", "アーカイブ 一九九八年の大雪",
     "週末のイベント案内", "記者への連絡はこちら",
     "川の清掃ボランティアを募集", "通りの名前はこうして決まる", "読者が語る昔の織物工場", "旧線路沿いの散歩道を歩く"},
    {"商店街の古い映画館が三十年ぶりに営業を再開し、初日の土曜日には朝から長い行列ができた。館主は地元の人たちの支えに感謝していると話した。",
     "建物は長く倉庫として使われていたが、有志の住民が三年かけて座席や映写機を修理し、壁や天井も昔の姿に近づけるように塗り直した。",
     "商店街の店主たちは、映画を見に来た人が買い物や食事をしてくれることを期待しており、上映の日に合わせた割引も始めるという。",
     "映画館は週末を中心に古い名作と新しい作品を上映する予定で、秋には子ども向けの特別上映会も開く計画だと館主は語った。"}};

}  // namespace

TEST_CASE("a column of navigation between the title and the body does not make the body far from the title") {
    const std::vector<test::FreshPage> pages = {
        make("en hashed div soup", kEn, Markup::hashed_divs), make("de divs without classes", kDe, Markup::bare_divs),
        make("fr table layout", kFr, Markup::table),          make("es html5 header and sections", kEs, Markup::html5),
        make("ru divs without classes", kRu, Markup::bare_divs), make("ja hashed div soup", kJa, Markup::hashed_divs)};
    const test::PageTally t = test::tally_pages(pages, "title_gap");
    INFO(t.report);
    CHECK(t.passed == static_cast<int>(pages.size()));
}
