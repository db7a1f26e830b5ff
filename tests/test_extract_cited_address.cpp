// A source the article cites by its address (issue 18, recall round 49). An author who points
// to a page often writes its address out on a line of its own inside the text: a short lead-in
// closing on a colon and the link ("More: https://…"), or the address alone. The line is nearly
// all link, like a related story's, but the link shows where the page is, not a headline: it
// is the article's text. A run of such entries each under a title of its own is a reference
// list set apart from the text, and a line whose link shows only a site's name ("name.org",
// as a logo or a brand reads) is not a cited address: both stay as the link-block rule judged.
// English, German, French, Spanish, Russian, Japanese; the article as div soup (markup 0), in
// HTML5 <article>/<aside> (markup 1) or in a table layout (markup 2).
#include <doctest/doctest.h>

#include <iterator>
#include <string>

#include "extract_cited_address.hpp"
#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

struct Case {
    const char* lang;
    const char* title;
    const char* paras[3];  // the article's prose
    const char* lead;      // the lead-in before the cited address ("" : the address alone)
    const char* address;   // as the link shows it
    const char* related;   // a related story's headline, one link on its line
};

const Case kCases[] = {
    {"en", "A printing house reopens its doors",
     {"The small printing house on the corner closed its doors twelve years ago, when the last of its presses was sold to a "
      "collector in another country and the building stood empty through several long winters.",
      "This autumn two former apprentices bought the building, repaired the roof and brought back a press of the same make, "
      "which they restored by hand over eighteen months of evenings and weekends.",
      "They now print posters, wedding cards and a quarterly magazine of local poetry, and they open the workshop to visitors "
      "on the first Saturday of every month."},
     "More: ", "https://printing-house.example/visit/opening-hours", "Ten bakeries worth the detour this winter"},
    {"de", "Eine Druckerei öffnet wieder",
     {"Die kleine Druckerei an der Ecke schloss vor zwölf Jahren, als die letzte ihrer Pressen an einen Sammler im Ausland "
      "verkauft wurde und das Gebäude mehrere lange Winter leer stand.",
      "In diesem Herbst kauften zwei frühere Lehrlinge das Haus, reparierten das Dach und brachten eine Presse desselben Typs "
      "zurück, die sie in achtzehn Monaten an Abenden und Wochenenden von Hand restaurierten.",
      "Heute drucken sie Plakate, Hochzeitskarten und ein Vierteljahresheft mit Gedichten aus der Gegend und öffnen die "
      "Werkstatt an jedem ersten Samstag im Monat für Besucher."},
     "Mehr dazu hier: ", "www.druckerei-beispiel.de", "Zehn Bäckereien, die den Umweg lohnen"},
    {"fr", "Une imprimerie rouvre ses portes",
     {"La petite imprimerie du coin a fermé ses portes il y a douze ans, quand la dernière de ses presses a été vendue à un "
      "collectionneur étranger et que le bâtiment est resté vide pendant plusieurs longs hivers.",
      "Cet automne, deux anciens apprentis ont racheté le bâtiment, réparé le toit et ramené une presse du même modèle, "
      "qu'ils ont restaurée à la main pendant dix-huit mois de soirées et de week-ends.",
      "Ils impriment désormais des affiches, des faire-part et une revue trimestrielle de poésie locale, et ouvrent l'atelier "
      "aux visiteurs le premier samedi de chaque mois."},
     "", "http://imprimerie.example.fr/atelier/visites", "Dix boulangeries qui valent le détour cet hiver"},
    {"es", "Una imprenta vuelve a abrir",
     {"La pequeña imprenta de la esquina cerró hace doce años, cuando la última de sus prensas se vendió a un coleccionista "
      "extranjero y el edificio quedó vacío durante varios inviernos largos.",
      "Este otoño dos antiguos aprendices compraron el edificio, repararon el tejado y trajeron una prensa del mismo modelo, "
      "que restauraron a mano durante dieciocho meses de tardes y fines de semana.",
      "Ahora imprimen carteles, invitaciones de boda y una revista trimestral de poesía local, y abren el taller a los "
      "visitantes el primer sábado de cada mes."},
     "Entradas: ", "www.imprenta-ejemplo.es/entradas", "Diez panaderías que merecen el desvío este invierno"},
    {"ru", "Типография снова открыта",
     {"Маленькая типография на углу закрылась двенадцать лет назад, когда последний её станок продали коллекционеру за "
      "границу, и здание несколько долгих зим стояло пустым.",
      "Этой осенью двое бывших учеников купили здание, починили крышу и привезли станок той же марки, который они "
      "восстанавливали вручную полтора года по вечерам и выходным.",
      "Теперь они печатают афиши, свадебные открытки и ежеквартальный журнал местной поэзии и открывают мастерскую для "
      "гостей в первую субботу каждого месяца."},
     "Подробнее: ", "https://tipografiya.example.ru/posetitelyam", "Десять пекарен, ради которых стоит сделать крюк"},
    {"ja", "印刷所が再び扉を開く",
     {"角の小さな印刷所は十二年前に扉を閉じた。最後の印刷機が海外の収集家に売られ、建物はいくつもの長い冬のあいだ空き家のままだった。"
      "町の人々はその前を通るたびに、いつか再び明かりがともる日を思い描いていた。",
      "この秋、かつての見習い二人が建物を買い取り、屋根を直し、同じ型の印刷機を運び込んだ。"
      "二人は一年半にわたって夜と週末を費やし、その機械を手作業で修復した。",
      "今ではポスターや結婚式の招待状、地元の詩を集めた季刊誌を刷っており、毎月第一土曜日には工房を見学者に開放している。"
      "訪れた人は活字を拾う作業を体験することもできる。"},
     "詳しくはこちら：", "https://insatsujo.example.jp/kengaku", "この冬に寄り道したいパン屋十選"},
};

// The page: a header, the article (title, prose, the cited address between the last two
// paragraphs) and a sidebar of related stories, in one of three markups.
std::string page(const Case& c, int markup, const std::string& line) {
    std::string prose = std::string("<p>") + c.paras[0] + "</p><p>" + c.paras[1] + "</p>" + line + "<p>" + c.paras[2] + "</p>";
    std::string side;
    for (int i = 0; i < 4; ++i)
        side += std::string("<li><a href=\"/story/") + std::to_string(i) + "\">" + c.related + " " + std::to_string(i + 1) + "</a></li>";
    std::string body;
    if (markup == 0) {
        body = "<div id=\"top\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></div><div id=\"wrap\"><div id=\"main\"><h1>" +
               std::string(c.title) + "</h1><div id=\"text\">" + prose + "</div></div><div id=\"side\"><ul>" + side +
               "</ul></div></div>";
    } else if (markup == 1) {
        body = "<header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav></header><main><article><h1>" + std::string(c.title) +
               "</h1>" + prose + "</article><aside><ul>" + side + "</ul></aside></main>";
    } else {
        body = "<table width=\"100%\"><tr><td colspan=\"2\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></td></tr><tr><td valign=\"top\"><h1>" +
               std::string(c.title) + "</h1>" + prose + "</td><td valign=\"top\" width=\"200\"><ul>" + side +
               "</ul></td></tr></table>";
    }
    return html_page(c.lang, c.title, body);
}

std::string cited_line(const Case& c, int markup) {
    const std::string tag = markup == 1 ? "div" : "p";
    return "<" + tag + ">" + c.lead + "<a href=\"https://elsewhere.example/" + c.lang + "\">" + c.address + "</a></" + tag + ">";
}

}  // namespace

TEST_CASE("a line citing a source by its address is the article's text") {
    for (const Case& c : kCases)
        for (int markup = 0; markup < 3; ++markup) {
            const std::string lang = c.lang;
            CAPTURE(lang);
            CAPTURE(markup);
            const std::string out = text_of(page(c, markup, cited_line(c, markup)));
            CHECK(has(out, c.paras[2]));
            CHECK(has(out, c.address));
            CHECK_FALSE(has(out, c.related));
        }
}

TEST_CASE("bare addresses one a line, the sources the text names, stay") {
    for (const Case& c : kCases)
        for (int markup = 0; markup < 3; ++markup) {
            const std::string lang = c.lang;
            CAPTURE(lang);
            CAPTURE(markup);
            const std::string line = std::string("<p><a href=\"https://a.example/\">https://sources.example/") + c.lang +
                                     "/first</a></p><p><a href=\"https://b.example/\">https://sources.example/" + c.lang +
                                     "/second</a></p>";
            const std::string out = text_of(page(c, markup, line));
            CHECK(has(out, std::string("https://sources.example/") + c.lang + "/first"));
            CHECK(has(out, std::string("https://sources.example/") + c.lang + "/second"));
        }
}

TEST_CASE("a titled run of addresses and a site's bare name are not cited addresses") {
    for (const Case& c : kCases)
        for (int markup = 0; markup < 3; ++markup) {
            const std::string lang = c.lang;
            CAPTURE(lang);
            CAPTURE(markup);
            // A reference list: each entry a marker over its address, entry after entry.
            std::string refs;
            for (int i = 0; i < 3; ++i)
                refs += "<p>[" + std::to_string(i + 1) + "]<br><a href=\"https://ref.example/" +
                        std::to_string(i) + "\">https://reference-list.example/" + c.lang + "/" + std::to_string(i) +
                        "/a-long-path-to-the-cited-page.html</a></p>";
            const std::string out = text_of(page(c, markup, refs));
            CHECK(has(out, c.paras[2]));
            CHECK_FALSE(has(out, "reference-list.example"));
            // A site's name, shown as a bare host, on a line of its own.
            const std::string brand = text_of(page(c, markup, "<p><a href=\"https://brand.example/\">BrandName.example</a></p>"));
            CHECK_FALSE(has(brand, "BrandName.example"));
        }
}

TEST_CASE("an address alone under a short call is its way out, not a cited source") {
    for (const Case& c : kCases)
        for (int markup = 0; markup < 3; ++markup) {
            const std::string lang = c.lang;
            CAPTURE(lang);
            CAPTURE(markup);
            // A call to act, a short line without a sentence's end, over its address alone.
            const std::string call = std::string("<p>") + c.related + "</p><p><a href=\"https://letter.example/\">https://letter.example/" +
                                     c.lang + "/weekly</a></p>";
            CHECK_FALSE(has(text_of(page(c, markup, call)), "letter.example"));
        }
}

namespace {

// A lead-in that is no label: a sentence or a name and a dash running into the address, which
// closes the line (round 50; round 49 asked for a colon).
struct Lead {
    const char* lang;
    const char* sentence;  // "If the link above does not work, try "
    const char* dashed;    // "The workshop's page – " (ja: a name and its particle)
};

const Lead kLeads[] = {
    {"en", "If the link above does not work, try ", "The workshop's own page \u2013 "},
    {"de", "Falls der Link oben nicht funktioniert, versuchen Sie es mit ", "Die Seite der Werkstatt \u2013 "},
    {"fr", "Si le lien ci-dessus ne fonctionne pas, essayez ", "La page de l'atelier \u2013 "},
    {"es", "Si el enlace de arriba no funciona, pruebe con ", "La página del taller \u2013 "},
    {"ru", "Если ссылка выше не работает, попробуйте ", "Страница мастерской \u2014 "},
    {"ja", "上のリンクが開かない場合は、こちらをお試しください ", "印刷所の百年の歴史をまとめた記録は "},
};

}  // namespace

TEST_CASE("a line leading to an address it closes on, without a colon, is the article's text") {
    for (std::size_t i = 0; i < std::size(kCases); ++i)
        for (int markup = 0; markup < 3; ++markup)
            for (const bool dashed : {false, true})
                for (const bool debris : {false, true}) {
                    const Case& c = kCases[i];
                    const Lead& l = kLeads[i];
                    const std::string lang = c.lang;
                    CAPTURE(lang);
                    CAPTURE(markup);
                    CAPTURE(dashed);
                    CAPTURE(debris);
                    const std::string address = std::string("https://cited-") + c.lang + ".example.org/page/" + std::to_string(markup) + "/index.html";
                    // (With debris inside the link, as a scraper leaves it: the address stays, the debris goes.)
                    const std::string line = std::string("<p>") + (dashed ? l.dashed : l.sentence) + "<a href=\"" + address + "\">" + address +
                                             (debris ? " ^^^^^^^^^^^^^^^" : "") + "</a></p>";
                    const std::string out = text_of(page(c, markup, line));
                    CHECK(has(out, address));
                    CHECK(has(out, dashed ? l.dashed : l.sentence));
                    CHECK_FALSE(has(out, "^^^"));
                    CHECK(has(out, c.paras[2]));
                    CHECK_FALSE(has(out, c.related));
                }
}

TEST_CASE("web addresses as a link shows them") {
    using winnow::detail::extraction::is_web_address;
    CHECK(is_web_address("https://example.org/a/b"));
    CHECK(is_web_address("http://bcove.me/x1"));
    CHECK(is_web_address("www.example.co.uk"));
    CHECK(is_web_address("twitter.com/someone/st\u2026"));
    CHECK(is_web_address("  example.org/path  "));
    CHECK_FALSE(is_web_address("Example.org"));        // a site's name
    CHECK_FALSE(is_web_address("read the full story"));
    CHECK_FALSE(is_web_address("http://"));
    CHECK_FALSE(is_web_address("3.5/10"));             // a number, a score
    CHECK_FALSE(is_web_address("www."));
    CHECK(is_web_address("https://example.org/a \u2192"));  // an arrow after it
    CHECK_FALSE(is_web_address("https://example.org/a and more"));
}
