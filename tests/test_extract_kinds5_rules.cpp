// A <div> whose text sits whole in inline elements is a paragraph (issue 18, tests/test_extract_kinds5.cpp):
// editors wrap each paragraph's words in a <span> or <font> inside a <div> of its own, a
// transcript sets a speaker's name and words in two <span>s. Without loose text such a <div>
// counted as no paragraph, so a box of them scored nothing (or, each under 100 characters, less
// than the bar a box beside the article must reach to join it): a podcast's transcript after
// its show notes was lost, a short how-to of such lines lost to a sidebar's one paragraph.
// German and Japanese interviews in boxes of hashed class names, Spanish lines in a <div> soup,
// French <font> lines in HTML5 sections; left alone, a box of lines each closing on a link.
// Comments whose lines are such <div>s score too: a thread the article is not in is no part of a
// split article, however well its boxes score (else two boxes of comments widened the region to
// their common box, with a date heading and a trackback notice).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

TEST_CASE("an interview's turns, each a <div> of two <span>s after the intro's paragraphs, are the article's text") {
    SUBCASE("de, boxes of hashed class names") {
        const std::string t = text_of(html_page("de", "„Wir bauen Orgeln für Räume, nicht für Kataloge“ – Klangwerk Magazin", R"HTML(<div class="k0"><a href="/">Klangwerk Magazin</a> <a href="/interviews">Interviews</a> <a href="/reportagen">Reportagen</a> <a href="/abo">Abo</a></div>
<div class="k1"><h1>„Wir bauen Orgeln für Räume, nicht für Kataloge“</h1>
<div class="k2"><p>Seit vierzig Jahren baut die Werkstatt von Ruth Albrecht im Allgäu Kirchenorgeln, die meisten für Dorfkirchen, einige für Konzertsäle in Japan und Norwegen.</p><p>Wir haben sie an einem Vormittag besucht, an dem gerade die Pfeifen für ein kleines Instrument in Südtirol intoniert wurden.</p></div>
<div class="k3"><div class="k4"><span class="k5">Frage:</span> <span class="k6">Frau Albrecht, was ist das Schwierigste an einer neuen Orgel?</span></div>
<div class="k4"><span class="k5">Albrecht:</span> <span class="k6">Der Raum. Wir messen den Nachhall, bevor wir die erste Zeichnung machen, denn dieselbe Pfeife klingt in jeder Kirche anders.</span></div>
<div class="k4"><span class="k5">Frage:</span> <span class="k6">Und wie lange dauert es vom Auftrag bis zum ersten Ton?</span></div>
<div class="k4"><span class="k5">Albrecht:</span> <span class="k6">Meist drei Jahre. Das Holz muss lagern, und die Gemeinden sammeln oft noch während des Baus Spenden.</span></div>
<div class="k4"><span class="k5">Frage:</span> <span class="k6">Gibt es noch genug junge Leute, die das Handwerk lernen wollen?</span></div>
<div class="k4"><span class="k5">Albrecht:</span> <span class="k6">Mehr als vor zehn Jahren. Viele kommen aus der Tischlerei und bleiben, weil sie am Ende etwas hören, das sie gebaut haben.</span></div></div></div>
<div class="k7"><h3>Meistgelesen</h3><a href="/a/1">Die letzte Glockengießerei im Norden</a><br><a href="/a/2">Warum Cembali wieder gefragt sind</a></div>
<div class="k8">© 2024 Klangwerk Magazin · Impressum · Datenschutz</div>)HTML"));
        CHECK(has(t, "Seit vierzig Jahren baut die Werkstatt"));
        CHECK(has(t, "was ist das Schwierigste an einer neuen Orgel"));
        CHECK(has(t, "Der Raum. Wir messen den Nachhall"));
        CHECK(has(t, "Meist drei Jahre. Das Holz muss lagern"));
        CHECK(has(t, "Viele kommen aus der Tischlerei"));
        CHECK_FALSE(has(t, "Die letzte Glockengießerei im Norden"));
        CHECK_FALSE(has(t, "Impressum"));
    }
    SUBCASE("ja, the same markup (passed before: its turns are long enough to count as loose text)") {
        const std::string t = text_of(html_page("ja", "宮大工に聞く、釘を使わない建て方 | 職人の声", R"HTML(<div class="j0"><a href="/">職人の声</a> <a href="/kenchiku">建築</a> <a href="/kougei">工芸</a> <a href="/about">運営者情報</a></div>
<div class="j1"><h1>宮大工に聞く、釘を使わない建て方</h1>
<div class="j2"><p>奈良で三代続く宮大工の工房を訪ねた。境内では、百年ぶりに建て替えられる山門の部材が、木組みの順に並べられていた。</p><p>棟梁の森田さんに、釘を使わない理由と、若い職人の育て方について話を聞いた。</p></div>
<div class="j3"><div class="j4"><span class="j5">聞き手</span> <span class="j6">なぜ釘を使わないのですか。</span></div>
<div class="j4"><span class="j5">森田</span> <span class="j6">釘は百年もすると錆びて木を割ってしまう。木と木を組めば、千年もつ建物になります。</span></div>
<div class="j4"><span class="j5">聞き手</span> <span class="j6">一人前になるまで何年かかりますか。</span></div>
<div class="j4"><span class="j5">森田</span> <span class="j6">道具を研げるようになるまで三年、墨付けを任せられるまでさらに七年というところです。</span></div></div></div>
<div class="j7"><div>人気の記事</div><a href="/p/1">漆職人の一日</a><br><a href="/p/2">瓦を焼く窯元を訪ねて</a></div>
<div class="j8">© 2024 職人の声</div>)HTML"));
        CHECK(has(t, "奈良で三代続く宮大工の工房を訪ねた"));
        CHECK(has(t, "なぜ釘を使わないのですか"));
        CHECK(has(t, "釘は百年もすると錆びて木を割ってしまう"));
        CHECK(has(t, "道具を研げるようになるまで三年"));
        CHECK_FALSE(has(t, "漆職人の一日"));
    }
}

TEST_CASE("short lines, each a <span> or <font> in a <div> of its own, are the article over a sidebar's paragraph") {
    SUBCASE("es, a <div> soup") {
        const std::string t = text_of(html_page("es", "Cómo cuidar un olivo en maceta | Huerto en el Balcón", R"HTML(<div class="e0"><a href="/">Huerto en el Balcón</a> <a href="/plantas">Plantas</a> <a href="/riego">Riego</a> <a href="/contacto">Contacto</a></div>
<div class="e1"><div class="e2"><h1>Cómo cuidar un olivo en maceta</h1>
<div class="e3"><span>El olivo aguanta casi todo menos el encharcamiento.</span></div>
<div class="e3"><span>Elige una maceta de barro con agujeros amplios y una mezcla con mucha arena.</span></div>
<div class="e3"><span>En verano riega cuando la tierra esté seca a dos dedos de profundidad.</span></div>
<div class="e3"><span>En invierno basta con regar una vez al mes, o ninguna si llueve.</span></div>
<div class="e3"><span>Pódalo al final del invierno, quitando las ramas que crecen hacia dentro.</span></div>
<div class="e3"><span>Abónalo en primavera con un fertilizante para cítricos, sin pasarte.</span></div></div></div>
<div class="e4"><h3>Quiénes somos</h3><p>Somos Ana y Luis, y desde 2016 cultivamos tomates, hierbas y frutales en un balcón de seis metros cuadrados en Zaragoza.</p></div>
<div class="e5">© 2024 Huerto en el Balcón</div>)HTML"));
        CHECK(has(t, "El olivo aguanta casi todo menos el encharcamiento."));
        CHECK(has(t, "Elige una maceta de barro"));
        CHECK(has(t, "En invierno basta con regar una vez al mes"));
        CHECK(has(t, "Abónalo en primavera"));
        CHECK_FALSE(has(t, "Somos Ana y Luis"));
    }
    SUBCASE("fr, <font> lines in an HTML5 section beside an <aside>") {
        const std::string t = text_of(html_page("fr", "Réparer une chaise paillée – L'Atelier du Dimanche", R"HTML(<table width="100%"><tr><td><a href="/">L'Atelier du Dimanche</a> | <a href="/bois">Bois</a> | <a href="/tissus">Tissus</a> | <a href="/contact">Contact</a></td></tr></table>
<section><h1>Réparer une chaise paillée</h1>
<div><font face="Georgia">La paille de seigle se travaille humide : laissez-la tremper une nuit.</font></div>
<div><font face="Georgia">Retirez l'ancien paillage en coupant les brins au cutter, sans abîmer le bois.</font></div>
<div><font face="Georgia">Commencez par les coins avant, en tordant deux brins ensemble à chaque passage.</font></div>
<div><font face="Georgia">Tassez régulièrement avec une spatule pour que l'assise reste bien serrée.</font></div>
<div><font face="Georgia">Comptez une journée entière pour une chaise, pauses comprises.</font></div></section>
<aside><h3>Qui suis-je ?</h3><p>Ébéniste à la retraite, je partage ici depuis 2012 les petites réparations qui sauvent les meubles de famille.</p></aside>
<footer>© 2024 L'Atelier du Dimanche</footer>)HTML"));
        CHECK(has(t, "La paille de seigle se travaille humide"));
        CHECK(has(t, "Retirez l'ancien paillage"));
        CHECK(has(t, "Tassez régulièrement avec une spatule"));
        CHECK(has(t, "Comptez une journée entière"));
        CHECK_FALSE(has(t, "Ébéniste à la retraite"));
    }
}

TEST_CASE("left alone: a box of lines after the article, each a <span> closing on a link of its own, does not join it") {
    const std::string t = text_of(html_page("pl", "Jak wybrać pierwszy namiot | Szlakiem", R"HTML(<div class="a0"><a href="/">Szlakiem</a> <a href="/porady">Porady</a> <a href="/trasy">Trasy</a></div>
<div class="a1"><div class="a2"><h1>Jak wybrać pierwszy namiot</h1>
<p>Pierwszy namiot powinien być przede wszystkim prosty w rozkładaniu, bo rozbija się go często po ciemku i w deszczu, kiedy nie ma czasu na czytanie instrukcji.</p>
<p>Na wyjazdy z plecakiem wystarczy namiot dwuosobowy ważący poniżej dwóch kilogramów, z przedsionkiem, w którym zmieszczą się buty i plecak.</p>
<p>Warto zwrócić uwagę na słup wody tropiku: trzy tysiące milimetrów w zupełności wystarczą na letnie burze w górach.</p></div>
<div class="a3"><div class="a4"><span>Zapisz ten artykuł na liście do przeczytania i wróć do niego, kiedy będziesz gotowy</span> <a href="/zapisz">Zapisz</a></div>
<div class="a4"><span>Otrzymuj powiadomienia o nowych poradach sprzętowych prosto na swoją skrzynkę</span> <a href="/powiadomienia">Włącz</a></div>
<div class="a4"><span>Masz pytanie o sprzęt turystyczny i nie wiesz, kogo zapytać o radę</span> <a href="/forum">Forum</a></div>
<div class="a4"><span>Zobacz wszystkie artykuły z działu porad dla początkujących turystów</span> <a href="/porady">Porady</a></div></div></div>
<div class="a5">© 2024 Szlakiem</div>)HTML"));
    CHECK(has(t, "Pierwszy namiot powinien być przede wszystkim prosty"));
    CHECK(has(t, "Warto zwrócić uwagę na słup wody tropiku"));
    CHECK_FALSE(has(t, "Zapisz ten artykuł na liście do przeczytania"));
    CHECK_FALSE(has(t, "Otrzymuj powiadomienia o nowych poradach"));
}

namespace {

// An article, then readers' comments in two boxes (the most liked, the newest), each post a name
// and a stamp over two lines of a sentence each in <span>s, then a trackback box; a date heading
// over the title. The comments' boxes score (their lines are paragraphs), each nearly as well as
// the article.
struct Comment {
    const char* name;
    const char* line1;
    const char* line2;
};

std::string commented_page(const char* lang, const char* title, const std::string& date, const std::string& article,
                           const char* liked, const char* newest, const std::vector<Comment>& comments, const std::string& trackback) {
    std::string box[2];
    for (std::size_t k = 0; k < comments.size(); ++k) {
        const Comment& c = comments[k];
        box[k * 2 / comments.size()] += std::string("<div class=\"c3\"><div class=\"c4\"><span class=\"c5\">") + c.name + "</span> <span class=\"c6\">" +
                                        std::to_string(12 + k / 6) + ".03.2024, " + std::to_string(10 + k % 10) + ":" + std::to_string(10 + k * 3) +
                                        "</span></div><div class=\"c7\"><span>" + c.line1 + "</span></div><div class=\"c7\"><span>" + c.line2 +
                                        "</span></div></div>\n";
    }
    return html_page(lang, title,
                     "<div class=\"a0\"><a href=\"/\">Home</a> <a href=\"/a\">A</a> <a href=\"/b\">B</a></div><div class=\"a1\"><h2 class=\"d0\">" + date +
                         "</h2><div class=\"a2\"><h1>" + title + "</h1><div class=\"a3\">" + article + "</div></div>\n<div class=\"c1\"><h2>" + liked +
                         "</h2><div class=\"c2\">\n" + box[0] + "</div></div>\n<div class=\"c1\"><h2>" + newest + "</h2><div class=\"c2\">\n" + box[1] +
                         "</div></div>\n<div class=\"c8\">" + trackback + "</div></div><div class=\"z0\">© 2024</div>");
}

}  // namespace

TEST_CASE("readers' comments that score as well as the article, in two boxes beside it, are no parts of a split article: the region stays the article's") {
    SUBCASE("de") {
        const std::vector<Comment> comments(
            9 * 2, {"Karin", "Danke für die Anleitung, genau so hat es bei mir auch geklappt, nach fünf Minuten war Ruhe.",
                    "Das Fett habe ich aus der Fahrradkiste genommen, es hält bis heute, ohne zu tropfen."});
        const std::string t = text_of(commented_page(
            "de", "Quietschende Tür: Scharnier in fünf Minuten richten", "12.03.2024",
            "<p>Eine quietschende Tür liegt fast immer an einem trockenen oder verbogenen Scharnier. Heben Sie die Tür aus, reinigen Sie den Bolzen mit einem Tuch und fetten Sie ihn dünn ein.</p><p>Hängt die Tür schief, lockern Sie die Schrauben am oberen Band, richten Sie die Tür aus und ziehen Sie die Schrauben wieder fest.</p>",
            "Beliebteste Kommentare", "Neueste Kommentare", comments,
            "<h3>Trackback</h3><p>Die Trackback-Adresse für diesen Beitrag lautet https://heimwerker.example/trackback/4411 und wird von anderen Blogs verwendet.</p><p>Die folgenden Blogs verweisen auf diesen Beitrag:</p>"));
        CHECK(has(t, "Eine quietschende Tür liegt fast immer"));
        CHECK(has(t, "Hängt die Tür schief"));
        CHECK_FALSE(has(t, "Die Trackback-Adresse für diesen Beitrag"));
        CHECK_FALSE(has(t, "12.03.2024"));
    }
    SUBCASE("en") {
        const std::vector<Comment> comments(
            9 * 2, {"Karen", "Thanks for the guide, it worked exactly like this for me, and after five minutes it was quiet.",
                    "I used the grease from my bike box, it has held ever since, without dripping at all."});
        const std::string t = text_of(commented_page(
            "en", "Squeaky door: fix the hinge in five minutes", "12/03/2024",
            "<p>A squeaky door nearly always comes down to a dry or bent hinge. Lift the door off, wipe the pin with a cloth and give it a thin coat of grease.</p><p>If the door hangs crooked, loosen the screws on the upper hinge, line the door up and tighten the screws again.</p>",
            "Top comments", "Newest comments", comments,
            "<h3>Trackback</h3><p>The trackback address for this post is https://handyman.example/trackback/4411 and is used by other blogs.</p><p>The following blogs link to this post:</p>"));
        CHECK(has(t, "A squeaky door nearly always comes down"));
        CHECK(has(t, "If the door hangs crooked"));
        CHECK_FALSE(has(t, "The trackback address for this post"));
        CHECK_FALSE(has(t, "12/03/2024"));
    }
}
