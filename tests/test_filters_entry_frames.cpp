// A list page's entries (entry_frames.hpp): a blog's dated posts, a recipe index, a changelog.
// Each entry carries a line of one shape whose numbers change (a date line, "serves 4 · 40
// min", a version heading) and says the same closing line once; those copies are the list's
// structure and stay. The same call to action pasted three times between the paragraphs of one
// article still goes, and so does one whose count changes from copy to copy: it stands between
// paragraphs of prose, where no entry begins or ends. Markups: div soup without class names,
// HTML5 sections. Languages: en, de, ru, ja, es.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"

namespace {

using winnow::test::has;

std::size_t count_of(const std::string& hay, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
    return n;
}

struct ListPage {
    const char* lang;
    const char* title;
    std::vector<std::string> heads;   // one per entry
    std::vector<std::string> frames;  // one per entry: its numbered line
    std::vector<std::string> bodies;  // one per entry
    std::string closing;              // said once in every entry
    std::string closing_link;         // linked words inside it ("" for none)
};

const std::vector<ListPage> list_pages = {
    {"en", "Notes from the allotment",
     {"The first frost came early", "Seed potatoes are in", "A visit from the beekeepers", "Mending the old shed"},
     {"Permalink · 3 comments", "Permalink · 0 comments", "Permalink · 12 comments", "Permalink · 5 comments"},
     {"The frost took the broad beans that had come up too soon, but the garlic stood it well and the leeks did not mind.",
      "We planted three rows of early potatoes along the fence, where the soil warms first and the wind does not reach.",
      "Two beekeepers from the village came to look at the corner by the hedge and think it could take a pair of hives.",
      "The shed roof leaked all winter, so we spent the weekend replacing the felt and two of the rotten boards at the back."},
     "Thanks for reading! If you want the next note by mail, subscribe to the allotment diary and tell a friend about it.",
     "subscribe to the allotment diary"},
    {"de", "Rezepte aus der Dorfküche",
     {"Linsensuppe mit Speck", "Apfelstrudel vom Blech", "Kartoffelpuffer mit Kompott", "Rote Grütze"},
     {"Für 4 Personen · 40 Minuten", "Für 12 Personen · 90 Minuten", "Für 3 Personen · 30 Minuten", "Für 6 Personen · 20 Minuten"},
     {"Die Linsen werden mit Wurzelgemüse weich gekocht und am Ende mit einem Schuss Essig und frischem Majoran abgeschmeckt.",
      "Der Teig wird hauchdünn über ein Tuch gezogen, mit Äpfeln, Zimt und Rosinen belegt und auf dem Blech goldbraun gebacken.",
      "Die geriebenen Kartoffeln werden gut ausgedrückt, mit Ei und Zwiebel gemischt und portionsweise in heißem Fett gebraten.",
      "Die Beeren werden mit Saft und Zucker aufgekocht, mit Stärke gebunden und kalt mit Vanillesoße auf den Tisch gebracht."},
     "Das vollständige Rezept mit Einkaufsliste steht auf der Seite des Gerichts, zum Ausdrucken und Mitnehmen.",
     "auf der Seite des Gerichts"},
    {"ru", "Дневник экспедиции",
     {"Переход через перевал", "Ночёвка у озера", "Встреча с пастухами", "Спуск в долину"},
     {"Ссылка на запись · 4 комментария", "Ссылка на запись · 7 комментариев", "Ссылка на запись · 1 комментарий",
      "Ссылка на запись · 9 комментариев"},
     {"Утром погода испортилась, но к полудню туман рассеялся, и мы без спешки поднялись на перевал по старой тропе.",
      "Палатки поставили на берегу, где ветер слабее, а вечером долго сидели у костра и сушили промокшие ботинки.",
      "Пастухи угостили нас сыром и показали короткую дорогу вдоль ручья, которую нет ни на одной нашей карте.",
      "Спуск занял весь день: тропа размыта дождями, и местами приходилось идти по камням прямо по руслу ручья."},
     "Спасибо, что читаете дневник! Подпишитесь на рассылку экспедиции, чтобы получать новые записи первыми.",
     "Подпишитесь на рассылку экспедиции"},
    {"ja", "町の図書館だより",
     {"春の読書会のお知らせ", "古い地図の展示", "子ども向けおはなし会", "閉館日の変更について"},
     {"第12号 · 貸出 345冊", "第11号 · 貸出 298冊", "第10号 · 貸出 311冊", "第9号 · 貸出 276冊"},
     {"四月の読書会では、町の歴史を描いた小説を取り上げます。参加者は当日までに最初の三章を読んでおいてください。",
      "町役場から寄贈された明治時代の地図を、二階の展示室で公開しています。昔の川の流れがよく分かります。",
      "毎週土曜日の午前中に、ボランティアの皆さんによる絵本の読み聞かせを行っています。申し込みは不要です。",
      "設備点検のため、来月の閉館日は第二月曜日から第三火曜日に変わります。ご不便をおかけして申し訳ありません。"},
     "図書館だよりは毎月第一金曜日に発行しています。バックナンバーは図書館のページからご覧いただけます。",
     "図書館のページ"},
    {"es", "Registro de cambios del lector de mapas",
     {"Versión 3.2.0", "Versión 3.1.4", "Versión 3.1.0", "Versión 3.0.2"},
     {"Publicada el 18 de abril de 2024", "Publicada el 2 de marzo de 2024", "Publicada el 15 de enero de 2024",
      "Publicada el 30 de noviembre de 2023"},
     {"Se añade la lectura de mapas en formato comprimido y la búsqueda de lugares funciona ahora también sin conexión.",
      "Se corrige el cierre inesperado al girar la pantalla y las etiquetas de los ríos ya no se superponen a las carreteras.",
      "Las capas de relieve se cargan por partes, de modo que la primera vista aparece mucho antes en equipos lentos.",
      "Se corrige la escala en latitudes altas y se traducen al catalán y al gallego todos los menús de la aplicación."},
     "Gracias a todas las personas que informaron de errores en esta versión.", ""},
};

std::string closing_html(const ListPage& p) {
    if (p.closing_link.empty()) return "<p>" + p.closing + "</p>";
    const std::size_t at = p.closing.find(p.closing_link);
    return "<p>" + p.closing.substr(0, at) + "<a href=\"/follow\">" + p.closing_link + "</a>" +
           p.closing.substr(at + p.closing_link.size()) + "</p>";
}

// Div soup: each entry a bare <div> of a bold title, its numbered line, its text, its closing line.
std::string div_list(const ListPage& p) {
    std::string body = "<div><div><a href=\"/\">Home</a> <a href=\"/archive\">Archive</a></div><div><h1>" + std::string(p.title) + "</h1>";
    for (std::size_t i = 0; i < p.heads.size(); ++i)
        body += "<div><div><b>" + p.heads[i] + "</b></div><div>" + p.frames[i] +
                "</div><p>" + p.bodies[i] + "</p>" + closing_html(p) + "</div>";
    body += "</div></div>";
    return winnow::test::html_page(p.lang, p.title, body);
}

// HTML5: a <main> of <section>s, each a heading, its numbered line, its text, its closing line.
std::string html5_list(const ListPage& p) {
    std::string body = "<header><nav><a href=\"/\">Home</a></nav></header><main><h1>" + std::string(p.title) + "</h1>";
    for (std::size_t i = 0; i < p.heads.size(); ++i)
        body += "<section><h2>" + p.heads[i] + "</h2><p><time>" + p.frames[i] + "</time></p><p>" + p.bodies[i] + "</p>" +
                closing_html(p) + "</section>";
    body += "</main>";
    return winnow::test::html_page(p.lang, p.title, body);
}

}  // namespace

TEST_CASE("a list page's entries keep the line each of them says again") {
    for (const ListPage& p : list_pages) {
        for (int markup = 0; markup < 2; ++markup) {
            CAPTURE(std::string(p.lang));
            CAPTURE(markup);
            const std::string text = winnow::test::block_text_of(markup == 0 ? div_list(p) : html5_list(p));
            for (const auto& b : p.bodies) CHECK(has(text, b));
            CHECK(count_of(text, p.closing) == p.heads.size());
        }
    }
}

namespace {

struct Article {
    const char* lang;
    const char* title;
    std::vector<std::string> paras;
    std::string cta;                  // pasted three times; {n} takes a changing count
    std::string cta_link;
};

const std::vector<Article> articles = {
    {"en", "How the valley kept its orchards",
     {"When the cannery closed in the nineties, most growers in the valley expected to pull out their old apple trees within a few years.",
      "Instead a handful of families started pressing juice on their own farms and selling it at the weekly market in the county town.",
      "The juice sold well enough that a cooperative formed, bought a second-hand bottling line and hired two people from the village.",
      "Today the cooperative buys fruit from forty growers, and the orchards cover more of the valley than they did twenty years ago.",
      "The members say the hardest part was not the money but agreeing on a price that the smallest farms could live with.",
      "Next spring they plan to plant old varieties again, grafted from trees that survived in gardens behind the farmhouses."},
     "🔥 Only {n} seats left for our cider workshop this weekend, book yours now", "book yours now"},
    {"de", "Wie das Tal seine Obstgärten behielt",
     {"Als die Konservenfabrik in den Neunzigern schloss, rechneten die meisten Bauern im Tal damit, ihre alten Apfelbäume bald zu roden.",
      "Stattdessen begannen einige Familien, auf ihren Höfen Saft zu pressen und ihn auf dem Wochenmarkt in der Kreisstadt zu verkaufen.",
      "Der Saft verkaufte sich so gut, dass eine Genossenschaft entstand, eine gebrauchte Abfüllanlage kaufte und zwei Leute anstellte.",
      "Heute kauft die Genossenschaft Obst von vierzig Erzeugern, und die Gärten bedecken mehr vom Tal als vor zwanzig Jahren.",
      "Am schwersten sei nicht das Geld gewesen, sagen die Mitglieder, sondern ein Preis, von dem auch die kleinsten Höfe leben können.",
      "Im nächsten Frühjahr wollen sie wieder alte Sorten pflanzen, veredelt von Bäumen, die in Gärten hinter den Höfen überlebt haben."},
     "🔥 Nur noch {n} Plätze im Mostkurs am Wochenende, jetzt anmelden", "jetzt anmelden"},
    {"ru", "Как долина сохранила свои сады",
     {"Когда в девяностые закрылся консервный завод, большинство садоводов долины собирались вскоре выкорчевать старые яблони.",
      "Вместо этого несколько семей начали давить сок прямо на своих фермах и продавать его на еженедельном рынке в райцентре.",
      "Сок продавался так хорошо, что возник кооператив, купил подержанную линию розлива и нанял двух человек из деревни.",
      "Сегодня кооператив покупает фрукты у сорока хозяйств, а сады занимают в долине больше места, чем двадцать лет назад.",
      "Самым трудным, по словам участников, были не деньги, а цена, с которой могли бы жить даже самые маленькие хозяйства.",
      "Весной они хотят снова высадить старые сорта, привитые с деревьев, что уцелели в садах за деревенскими домами."},
     "🔥 Осталось всего {n} мест на мастер-класс по сидру, запишитесь сейчас", "запишитесь сейчас"},
    {"ja", "谷が果樹園を守った理由",
     {"九十年代に缶詰工場が閉鎖されたとき、谷の農家の多くは数年のうちに古いリンゴの木を切ることになると考えていました。",
      "ところが何軒かの家族が自分の農場で果汁を搾り、町の週末市場で売り始めました。評判は少しずつ広がりました。",
      "果汁はよく売れ、やがて協同組合ができて中古の瓶詰め機を買い、村から二人を雇うことになりました。",
      "いまでは組合は四十の農家から果物を買い、果樹園は二十年前よりも谷の広い範囲を覆っています。",
      "一番難しかったのはお金ではなく、いちばん小さな農家でも暮らしていける価格を決めることだったそうです。",
      "来春には、農家の裏庭で生き残った木から接ぎ木した古い品種を、もう一度植える計画です。"},
     "🔥 シードル教室の残り席はあと{n}席です。今すぐ予約", "今すぐ予約"},
};

std::string article_with_cta(const Article& a, bool changing) {
    const char* counts[] = {"7", "4", "2"};
    std::string body = "<article><h1>" + std::string(a.title) + "</h1>";
    for (std::size_t i = 0; i < a.paras.size(); ++i) {
        body += "<p>" + a.paras[i] + "</p>";
        if (i == 0 || i == 2 || i == 4) {
            std::string cta = a.cta;
            cta.replace(cta.find("{n}"), 3, changing ? counts[i / 2] : "5");
            const std::size_t at = cta.find(a.cta_link);
            body += "<p>" + cta.substr(0, at) + "<a href=\"https://shop.example/workshop\">" + a.cta_link + "</a></p>";
        }
    }
    body += "</article>";
    return winnow::test::html_page(a.lang, a.title, body);
}

}  // namespace

TEST_CASE("a call to action pasted between one article's paragraphs still goes") {
    for (const Article& a : articles) {
        for (const bool changing : {false, true}) {
            CAPTURE(std::string(a.lang));
            CAPTURE(changing);
            const std::string text = winnow::test::block_text_of(article_with_cta(a, changing));
            for (const auto& p : a.paras) CHECK(has(text, p));
            CHECK_FALSE(has(text, a.cta_link));
        }
    }
}
