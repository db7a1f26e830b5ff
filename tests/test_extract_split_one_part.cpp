// The block under the title is a part of a split article in a box that also holds the far
// winner the choice moved from (extract_choice.cpp, choose_root). The page: a headline over a
// standfirst and a column of jump links, then a box holding a picture with a long caption (the
// block under the title, where the choice moves, since the story's text stands past 400
// characters of it), a byline and the story's text; after that box a video section whose
// transcript scores as a part, and a "most active discussions" box. With the story's text in
// one more styled <div> (the winner and its wrapper, both strong) the two counted as two parts
// and the region widened to the picture and story's box; one level shallower, the story and the
// transcript were the two parts and the region widened to the whole page, the discussions box
// with it. Now the picture box and the story make two in their own box at both depths.
// Markups: div soup with and without class names, the story one wrapper deeper or not; en, de,
// es, ru.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

struct Lang {
    const char* code;
    std::string title, deck;
    std::vector<std::string> nav;
    std::string caption, byline;
    std::vector<std::string> body;
    std::string video, transcript, discuss, active, votes;
    std::vector<std::string> related;
};

const std::vector<Lang> langs = {
    {"en", "Harbour crane returns to the east pier after a long winter", "The old crane is back at work; dockers hail the repair crew",
     {"Jump to photos of the crane", "Jump to video of the launch", "Jump to the discussion", "Jump to the timeline of the repair",
      "Jump to the map of the harbour"},
     "The repaired crane lifts its first container from the deck of a cargo ship at the east pier on Monday morning, while dockers and "
     "engineers who worked on it through the winter watch from the quay below, some of them filming the moment. It is the first time "
     "since the November storm that a ship has been unloaded at this pier, and the port hopes to handle its usual traffic again by the end "
     "of the month.",
     "By Anna Berg, harbour editor",
     {"The harbour crane on the east pier lifted its first container on Monday, after a repair that took the whole winter and most of the spring, the port authority said.",
      "Engineers replaced the cables, the motors and the cabin, which had been damaged by the storm in November, and tested the crane for two weeks with heavy loads.",
      "Dockers, who had to move containers with smaller cranes and trucks for months, said the work was now much faster, and that the ships could leave on time again.",
      "The port authority thanked the repair crew, and said that the second crane, on the north pier, would be repaired in the same way next year, when the budget allows it.",
      "Ships waiting in the bay were called in on Monday afternoon, and by the evening three of them had been unloaded, the first time since the storm that this was possible."},
     "Video: the crane lifts again",
     "Transcript of: the crane lifts again >>> the harbour crane is back at work this morning. engineers spent the whole winter on it. "
     ">> reporter: the crane on the east pier was damaged in the november storm, its cables torn and its cabin flooded. for months the "
     "dockers moved containers with trucks and small cranes, and ships waited for days in the bay. today the first container went up, and "
     "the dockers cheered. >> it is good to have her back, we can work properly again. >> reporter: the port authority says the north pier "
     "crane is next, if the budget allows it, and the repair crew will start on it after the summer, when the ships are fewer.",
     "Discuss:", "Most active discussions", "votes",
     {"Storm damage in the harbour counted", "Ferries back on their usual schedule", "North pier to be rebuilt next year",
      "New tugboat for the port arrives", "Dockers vote on the new contract", "Lighthouse inspection in December",
      "Winter mooring fees are due", "Volunteers clear the north beach"}},
    {"de", "Hafenkran kehrt nach langem Winter an den Ostpier zurück", "Der alte Kran arbeitet wieder; Hafenarbeiter loben die Reparatur",
     {"Zu den Fotos vom Kran", "Zum Video vom Start", "Zur Diskussion", "Zur Chronik der Reparatur", "Zur Karte des Hafens"},
     "Der reparierte Kran hebt am Montagmorgen seinen ersten Container vom Deck eines Frachters am Ostpier, während Hafenarbeiter und "
     "Ingenieure, die den ganzen Winter an ihm gearbeitet haben, vom Kai aus zusehen und manche den Moment filmen. Zum ersten Mal seit dem "
     "Sturm im November wird an diesem Pier wieder ein Schiff entladen, und der Hafen hofft, bis Monatsende den üblichen Verkehr zu schaffen.",
     "Von Anna Berg, Hafenredaktion",
     {"Der Hafenkran am Ostpier hat am Montag seinen ersten Container gehoben, nach einer Reparatur, die den ganzen Winter und einen großen Teil des Frühjahrs dauerte, teilte die Hafenbehörde mit.",
      "Ingenieure ersetzten die Seile, die Motoren und die Kabine, die beim Sturm im November beschädigt worden waren, und prüften den Kran zwei Wochen lang mit schweren Lasten.",
      "Die Hafenarbeiter, die monatelang mit kleineren Kränen und Lastwagen arbeiten mussten, sagten, die Arbeit gehe nun viel schneller, und die Schiffe könnten wieder pünktlich ablegen.",
      "Die Hafenbehörde dankte der Reparaturmannschaft und sagte, der zweite Kran am Nordpier werde im nächsten Jahr auf dieselbe Weise repariert, wenn es das Budget erlaubt.",
      "Die in der Bucht wartenden Schiffe wurden am Montagnachmittag hereingerufen, und bis zum Abend waren drei von ihnen entladen, zum ersten Mal seit dem Sturm."},
     "Video: Der Kran hebt wieder",
     "Mitschrift von: Der Kran hebt wieder >>> der Hafenkran arbeitet seit heute morgen wieder. die ingenieure haben den ganzen winter an "
     "ihm gearbeitet. >> reporter: der kran am ostpier wurde beim sturm im november beschädigt, seine seile gerissen und seine kabine "
     "überflutet. monatelang bewegten die hafenarbeiter container mit lastwagen und kleinen kränen, und die schiffe warteten tagelang in der "
     "bucht. heute ging der erste container hoch, und die arbeiter jubelten. >> es ist gut, ihn wieder zu haben, wir können wieder richtig "
     "arbeiten. >> reporter: die hafenbehörde sagt, der kran am nordpier sei der nächste, wenn das budget es erlaubt, nach dem sommer.",
     "Diskutieren:", "Meistdiskutierte Beiträge", "Stimmen",
     {"Sturmschäden im Hafen gezählt", "Fähren fahren wieder nach Plan", "Nordpier wird nächstes Jahr neu gebaut",
      "Neuer Schlepper für den Hafen kommt", "Hafenarbeiter stimmen über den Vertrag ab", "Prüfung des Leuchtturms im Dezember",
      "Liegegebühren für den Winter fällig", "Freiwillige räumen den Nordstrand"}},
    {"es", "La grúa del puerto vuelve al muelle este tras un largo invierno", "La vieja grúa vuelve a trabajar; los estibadores aplauden la reparación",
     {"Ir a las fotos de la grúa", "Ir al vídeo de la puesta en marcha", "Ir al debate", "Ir a la cronología de la reparación",
      "Ir al mapa del puerto"},
     "La grúa reparada levanta su primer contenedor de la cubierta de un carguero en el muelle este el lunes por la mañana, mientras los "
     "estibadores e ingenieros que trabajaron en ella todo el invierno miran desde el muelle, algunos filmando el momento. Es la primera vez "
     "desde la tormenta de noviembre que se descarga un barco en este muelle, y el puerto espera recuperar su tráfico habitual a fin de mes.",
     "Por Anna Berg, redacción del puerto",
     {"La grúa del muelle este levantó su primer contenedor el lunes, tras una reparación que duró todo el invierno y gran parte de la primavera, informó la autoridad portuaria.",
      "Los ingenieros cambiaron los cables, los motores y la cabina, dañados por la tormenta de noviembre, y probaron la grúa durante dos semanas con cargas pesadas.",
      "Los estibadores, que durante meses tuvieron que mover contenedores con grúas pequeñas y camiones, dijeron que ahora el trabajo es mucho más rápido y que los barcos salen a tiempo.",
      "La autoridad portuaria agradeció al equipo de reparación y dijo que la segunda grúa, en el muelle norte, se reparará de la misma manera el año que viene, si el presupuesto lo permite.",
      "Los barcos que esperaban en la bahía entraron el lunes por la tarde, y por la noche tres de ellos ya estaban descargados, por primera vez desde la tormenta."},
     "Vídeo: la grúa vuelve a levantar",
     "Transcripción de: la grúa vuelve a levantar >>> la grúa del puerto vuelve a trabajar esta mañana. los ingenieros pasaron todo el "
     "invierno con ella. >> reportera: la grúa del muelle este se dañó en la tormenta de noviembre, con los cables rotos y la cabina "
     "inundada. durante meses los estibadores movieron contenedores con camiones y grúas pequeñas, y los barcos esperaron días en la bahía. "
     "hoy subió el primer contenedor y los estibadores aplaudieron. >> es bueno tenerla de vuelta, podemos trabajar bien otra vez. >> "
     "reportera: la autoridad portuaria dice que la grúa del muelle norte es la siguiente, si el presupuesto lo permite, después del verano.",
     "Debate:", "Debates más activos", "votos",
     {"Daños de la tormenta en el puerto", "Los ferris vuelven a su horario", "El muelle norte se reconstruirá",
      "Llega un nuevo remolcador al puerto", "Los estibadores votan el convenio", "Inspección del faro en diciembre",
      "Vencen las tasas de amarre de invierno", "Voluntarios limpian la playa norte"}},
    {"ru", "Портовый кран вернулся на восточный пирс после долгой зимы", "Старый кран снова работает; докеры благодарят ремонтников",
     {"К фотографиям крана", "К видео запуска", "К обсуждению", "К хронике ремонта", "К карте порта"},
     "Отремонтированный кран поднимает свой первый контейнер с палубы грузового судна у восточного пирса в понедельник утром, а докеры и "
     "инженеры, работавшие над ним всю зиму, смотрят с причала, и некоторые снимают этот момент. Впервые после ноябрьского шторма у этого "
     "пирса разгружают судно, и порт надеется вернуться к обычному движению к концу месяца.",
     "Автор: Анна Берг, портовая редакция",
     {"Портовый кран на восточном пирсе поднял свой первый контейнер в понедельник, после ремонта, который занял всю зиму и большую часть весны, сообщило управление порта.",
      "Инженеры заменили тросы, двигатели и кабину, повреждённые ноябрьским штормом, и две недели испытывали кран с тяжёлыми грузами.",
      "Докеры, которые месяцами переносили контейнеры малыми кранами и грузовиками, сказали, что работа теперь идёт намного быстрее, а суда снова уходят вовремя.",
      "Управление порта поблагодарило ремонтную бригаду и сообщило, что второй кран, на северном пирсе, отремонтируют так же в следующем году, если позволит бюджет.",
      "Суда, ожидавшие в бухте, вызвали в порт в понедельник днём, и к вечеру три из них были разгружены, впервые со времени шторма."},
     "Видео: кран снова поднимает грузы",
     "Расшифровка: кран снова поднимает грузы >>> портовый кран с сегодняшнего утра снова работает. инженеры провели над ним всю зиму. >> "
     "корреспондент: кран на восточном пирсе пострадал во время ноябрьского шторма, его тросы порвались, а кабину затопило. месяцами докеры "
     "перевозили контейнеры грузовиками и малыми кранами, а суда днями ждали в бухте. сегодня первый контейнер пошёл вверх, и докеры "
     "аплодировали. >> хорошо, что он вернулся, теперь можно нормально работать. >> корреспондент: в управлении порта говорят, что следующим "
     "будет кран на северном пирсе, если позволит бюджет, после лета.",
     "Обсудить:", "Самые активные обсуждения", "голосов",
     {"Подсчитан ущерб от шторма в порту", "Паромы вернулись к расписанию", "Северный пирс перестроят",
      "В порт прибывает новый буксир", "Докеры голосуют по договору", "Проверка маяка в декабре",
      "Пора платить за зимнюю стоянку", "Волонтёры убрали северный пляж"}},
};

std::string page(const Lang& d, bool wrap, bool classes) {
    const auto c = [&](const char* n) { return classes ? std::string(" class=\"") + n + "\"" : std::string(); };
    std::string nav, body, rel;
    for (std::size_t i = 0; i < d.nav.size(); ++i) nav += "<li><a href=\"#s" + std::to_string(i) + "\">" + d.nav[i] + "</a></li>";
    for (const std::string& p : d.body) body += "<p>" + p + "</p>";
    body = "<div" + c("story-text") + ">" + body + "</div>";
    if (wrap) body = "<div style=\"font-size:100%\">" + body + "</div>";
    for (std::size_t i = 0; i < d.related.size(); ++i) rel += "<li><a href=\"/news/" + std::to_string(i) + "\">" + d.related[i] + "</a></li>";
    return html_page(d.code, d.title.c_str(),
                     "<div" + c("content") + "><div" + c("lead") + "><h1>" + d.title + "</h1><h2>" + d.deck + "</h2><ol>" + nav +
                         "</ol></div><div" + c("slice") + "><div" + c("mainart") +
                         "><div><img src=\"/crane.jpg\" width=\"640\" height=\"480\" alt=\"\"></div><div>" + d.caption +
                         "</div></div><div>" + d.byline + "</div>" + body + "</div><div" + c("video") + "><h3>" + d.video + "</h3><ul>" +
                         rel + "</ul><blockquote>" + d.transcript + "</blockquote></div><div" + c("discuss") + "><h3>" + d.discuss +
                         "</h3><p>" + d.active + "</p><ol><li>12 " + d.votes + "</li><li>7 " + d.votes + "</li><li>3 " + d.votes +
                         "</li></ol></div></div><div>© 2024</div>");
}

}  // namespace

TEST_CASE("the block under the title and the far winner make a split article in their own box, at every wrapper depth") {
    for (const Lang& d : langs)
        for (const bool classes : {true, false})
            for (const bool wrap : {false, true}) {
                const std::string code = d.code;
                CAPTURE(code);
                CAPTURE(classes);
                CAPTURE(wrap);
                const std::string out = text_of(page(d, wrap, classes));
                CHECK(has(out, d.body[2].substr(0, 40)));
                CHECK(has(out, d.caption.substr(0, 40)));
                CHECK_FALSE(has(out, d.active));
            }
}
