// A story quoting two people, each statement a <blockquote> with its source and date on the
// line after it, and a paragraph of the story between them: the quotations are the article's
// (comments.cpp, trailing_signed_posts: a quotation is no reader's post). Before, two quoted
// statements with dated source lines, or one beside a paragraph of the story (posts of one
// paragraph, stop 54), read as readers' posts signed after their text and left the article.
// en, de, fr, ru, ja; div soup, HTML5 and a layout table.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::text_of;

namespace {

struct Story {
    const char* lang;
    std::string title;
    std::vector<std::string> paras;  // two before the first quotation
    std::string quote1, source1, between, quote2, source2, closing;
};

const std::vector<Story> stories = {
    {"en", "Storm hits the coast overnight",
     {"The storm reached the northern coast shortly after midnight, bringing strong winds and heavy rain to several towns.",
      "Emergency services said hundreds of homes were without power by morning, and several roads were closed."},
     "Trees are down across the main road near the harbour, please stay at home if you can.",
     "— Anna Berg, March 3, 2024",
     "Local officials urged residents to avoid travel until the crews had cleared the worst of the damage.",
     "The coast road stays closed until the fallen trees have been cleared away by the crews.",
     "— Coast Police, March 3, 2024",
     "Forecasters expect calmer weather from Tuesday, although more rain is likely later in the week."},
    {"de", "Sturm trifft die Küste in der Nacht",
     {"Der Sturm erreichte die Nordküste kurz nach Mitternacht und brachte starken Wind und heftigen Regen in mehrere Orte.",
      "Die Rettungsdienste meldeten am Morgen Hunderte Haushalte ohne Strom, mehrere Straßen waren gesperrt."},
     "Auf der Hauptstraße am Hafen liegen Bäume, bitte bleiben Sie zu Hause, wenn Sie können.",
     "— Anna Berg, 3. März 2024",
     "Die Behörden baten die Bewohner, nicht zu reisen, bis die Trupps die schlimmsten Schäden beseitigt hatten.",
     "Die Küstenstraße bleibt gesperrt, bis die umgestürzten Bäume von den Trupps entfernt worden sind.",
     "— Polizei Küste, 3. März 2024",
     "Die Meteorologen erwarten ab Dienstag ruhigeres Wetter, später in der Woche ist aber wieder Regen möglich."},
    {"fr", "La tempête frappe la côte dans la nuit",
     {"La tempête a atteint la côte nord peu après minuit, apportant des vents forts et de fortes pluies dans plusieurs villes.",
      "Les secours ont indiqué que des centaines de foyers étaient privés d'électricité au matin et que des routes étaient fermées."},
     "Des arbres sont tombés sur la route principale près du port, restez chez vous si vous le pouvez.",
     "— Anna Berg, 3 mars 2024",
     "Les autorités ont demandé aux habitants d'éviter de se déplacer jusqu'à ce que les équipes aient dégagé les routes.",
     "La route côtière reste fermée jusqu'à ce que les arbres tombés aient été retirés par les équipes.",
     "— Police de la côte, 3 mars 2024",
     "Les prévisionnistes attendent un temps plus calme dès mardi, mais de nouvelles pluies sont probables en fin de semaine."},
    {"ru", "Шторм обрушился на побережье ночью",
     {"Шторм достиг северного побережья вскоре после полуночи и принёс сильный ветер и ливни в несколько городов.",
      "Экстренные службы сообщили, что к утру сотни домов остались без света, а несколько дорог были перекрыты."},
     "На главной дороге у гавани лежат деревья, пожалуйста, оставайтесь дома, если можете.",
     "— Анна Берг, 3 марта 2024",
     "Власти призвали жителей не выезжать, пока бригады не устранят самые серьёзные повреждения на дорогах.",
     "Прибрежная дорога остаётся закрытой, пока бригады не уберут упавшие деревья с проезжей части.",
     "— Полиция побережья, 3 марта 2024",
     "Синоптики ожидают более спокойную погоду со вторника, хотя позже на неделе снова возможны дожди."},
    {"ja", "嵐が夜のうちに沿岸を直撃",
     {"嵐は真夜中過ぎに北部の沿岸に到達し、いくつかの町に強い風と激しい雨をもたらしました。消防によると被害は広い範囲に及んでいます。",
      "救急当局によると、朝までに数百世帯が停電し、倒木のためにいくつかの道路が通行止めになりました。"},
     "港の近くの幹線道路に木が倒れています。できるだけ家にいてください。",
     "— アンナ・ベルク、2024年3月3日",
     "当局は作業班が最もひどい被害を片付けるまで、住民に移動を控えるよう呼びかけました。",
     "沿岸道路は作業班が倒木を撤去するまで通行止めのままです。",
     "— 沿岸警察、2024年3月3日",
     "予報によると火曜日からは天気が落ち着く見込みですが、週の後半には再び雨が降る可能性があります。"},
};

// A page's markup around the story: where the page and the story open and close, and how a
// quotation is set.
struct Markup {
    const char* open;         // the page's chrome, then the story's box
    const char* quote_open;
    const char* quote_close;
    const char* close;        // the story's box, then the chrome after it
};

const Markup div_soup{"<div><a href=\"/\">Home</a> <a href=\"/news\">News</a></div><div>", "<blockquote>", "</blockquote>",
                      "</div><div>Contact</div>"};
const Markup html5{"<header><nav><a href=\"/\">Home</a></nav></header><main><article>", "<blockquote><p>", "</p></blockquote>",
                   "</article></main><footer>Contact</footer>"};
const Markup table{"<table><tr><td><a href=\"/\">Home</a></td></tr><tr><td>", "<blockquote>", "</blockquote>",
                   "</td></tr><tr><td>Contact</td></tr></table>"};

std::string page(const Story& s, const Markup& m, bool two_quotes) {
    std::string b = std::string(m.open) + "<h1>" + s.title + "</h1>";
    for (const auto& p : s.paras) b += "<p>" + p + "</p>";
    b += m.quote_open + s.quote1 + m.quote_close + "<p>" + s.source1 + "</p>";
    b += two_quotes ? m.quote_open + s.quote2 + m.quote_close : "<p>" + s.between + "</p>";
    b += "<p>" + s.source2 + "</p><p>" + s.closing + "</p>" + m.close;
    return winnow::test::html_page(s.lang, s.title.c_str(), b);
}

}  // namespace

TEST_CASE("quoted statements with their dated source lines are the article's, not readers' posts") {
    for (const auto& s : stories)
        for (const bool two_quotes : {false, true})
            for (const Markup* m : {&div_soup, &html5, &table}) {
                const std::string out = text_of(page(s, *m, two_quotes));
                CAPTURE(s.lang);
                CAPTURE(two_quotes);
                CAPTURE(out);
                CHECK(has(out, s.paras[0]));
                CHECK(has(out, s.quote1));
                CHECK(has(out, two_quotes ? s.quote2 : s.between));
                CHECK(has(out, s.closing));
            }
}
