// Each mechanism the second round of page kinds (test_extract_kinds2.cpp) led to, on pages in
// other languages and markups than the pages that showed it, with the case it must leave alone.
#include <doctest/doctest.h>

#include <array>
#include <memory>
#include <string>
#include <vector>

#include "extract_lines.hpp"
#include "extract_test_util.hpp"
#include "extract_title.hpp"
#include "parse_html.hpp"

using winnow::test::block_text_of;
using winnow::test::has;
using winnow::test::html_page;

TEST_CASE("a stamp written as CJK words, the year glued to 年 or 년, is a date line; a month alone or a clause glued to a date is not") {
    using winnow::detail::is_date_line;
    CHECK(is_date_line("2024年3月9日 12:18"));
    CHECK(is_date_line("2023年11月30日 08:05"));
    CHECK(is_date_line("发表于 2024年3月9日 12:18"));
    CHECK(is_date_line("2024년 3월 9일 12:18"));
    CHECK(is_date_line("2024년 3월 9일 오후 2:15"));
    CHECK(is_date_line("3月9日 12:18", true));  // a day and a clock: named
    // Left alone: a month of a year is a heading ("March 2024" is none either); a clause glued
    // to the date is a sentence; a count of years is no date.
    CHECK_FALSE(is_date_line("2024年3月"));
    CHECK_FALSE(is_date_line("2024年3月9日，市政府公布了新的公交线路调整方案"));
    CHECK_FALSE(is_date_line("30年で3倍になった"));
    CHECK_FALSE(is_date_line("2024年"));
}

namespace {

// A <div> soup unlike the suites' (other hashes), a short article, then readers' comments: an
// avatar, a name, a stamp and the text each.
std::string soup_with_comments(const std::string& article, const char* heading, const char* reply,
                               const std::vector<std::array<const char*, 3>>& posts) {
    std::string h = "<div class=\"qq0\"><a href=\"/\">Home</a><a href=\"/n\">News</a></div><div class=\"zt4\">" + article +
                    "</div><div class=\"ww9\"><div class=\"ww9h\">" + heading + "</div>";
    int k = 0;
    for (const auto& p : posts)
        h += std::string("<div class=\"yc1\"><div class=\"yc1m\"><img src=\"/u/") + std::to_string(++k) +
             ".png\" width=\"24\" height=\"24\" alt=\"\"><span class=\"yc1n\">" + p[0] + "</span><span class=\"yc1d\">" + p[1] +
             "</span></div><div class=\"yc1t\">" + p[2] + "</div><a class=\"yc1r\" href=\"#c" + std::to_string(k) + "\">" + reply + "</a></div>";
    return h + "</div>";
}

}  // namespace

TEST_CASE("readers' comments stamped as CJK words (2024년 3월 9일 12:18) after a short article are its thread; a thread that is the page stays") {
    // Korean: a two-paragraph notice, four comments holding more text than it.
    const std::string article = R"(<h1>도서관 여름 방학 특별 프로그램 안내</h1><div class="tm2">2024년 7월 1일 09:00</div>
<p>시립도서관은 여름 방학 동안 초등학생을 위한 독서 교실과 과학 실험 교실을 운영합니다.</p>
<p>신청은 7월 10일부터 도서관 홈페이지에서 받으며, 참가비는 무료입니다.</p>)";
    const std::string page = soup_with_comments(article, "댓글 4", "답글",
        {{{"하늘맘", "2024년 7월 1일 10:12", "작년에 아이가 과학 실험 교실에 참여했는데 정말 좋아했어요. 올해도 꼭 신청하려고 합니다. 선착순인가요?"}},
         {{"김선생", "2024년 7월 1일 11:40", "독서 교실은 몇 학년부터 참여할 수 있는지 궁금합니다. 일 학년도 가능하면 좋겠네요."}},
         {{"동네주민", "2024년 7월 2일 08:05", "주말 프로그램도 있으면 좋겠어요. 평일에는 맞벌이라서 아이를 데려다줄 수가 없습니다."}},
         {{"하늘맘", "2024년 7월 2일 21:30", "홈페이지에 공지 올라왔네요. 선착순 삼십 명이라고 하니 서두르셔야 할 것 같아요."}}});
    const std::string out = block_text_of(html_page("ko", "도서관 여름 방학 특별 프로그램 안내", page));
    CHECK(has(out, "독서 교실과 과학 실험 교실을 운영합니다"));
    CHECK(has(out, "참가비는 무료입니다"));
    CHECK_FALSE(has(out, "작년에 아이가 과학 실험 교실에"));
    CHECK_FALSE(has(out, "주말 프로그램도 있으면 좋겠어요"));
    CHECK_FALSE(has(out, "2024년 7월 1일 09:00"));  // the stamp under the headline is a date line

    // Left alone: a Chinese board's thread is the page: the posts, stamped alike, are its text.
    const std::string thread = soup_with_comments("<h1>周末去哪里钓鱼比较好？</h1>", "全部回复", "回复",
        {{{"钓鱼老王", "2024年4月6日 07:30", "最近天气暖和了，想周末带孩子去钓鱼，市区附近有没有人少一点的水库推荐？"}},
         {{"江边客", "2024年4月6日 08:12", "可以去北边的青山水库，开车四十分钟，收费三十元一天，鱼还挺多的。"}},
         {{"小陈", "2024年4月6日 09:45", "青山水库周末人很多，建议早上六点前到，不然找不到好位置。"}},
         {{"钓鱼老王", "2024年4月6日 20:18", "谢谢两位，我们明天一早就去试试。"}}});
    const std::string posts = block_text_of(html_page("zh", "周末去哪里钓鱼比较好？", thread));
    CHECK(has(posts, "市区附近有没有人少一点的水库推荐"));
    CHECK(has(posts, "可以去北边的青山水库"));
    CHECK(has(posts, "建议早上六点前到"));
}

TEST_CASE("a headline that is no heading is found as the title line: the outermost element saying the title alone, not a link, unless a heading says it") {
    using winnow::detail::Dom;
    auto parse = [](const std::string& body) { return Dom::parse("<html><body>" + body + "</body></html>", 100000, 400); };
    // Polish: a bold line in a <font> over a date line, all in one cell.
    auto a = parse(R"(<table><tr><td><a href="/">Start</a></td></tr><tr><td><font size="5"><b>Nowy most na Warcie otwarty</b></font><br><font size="1">12.05.2024</font><br>Tekst.</td></tr></table>)");
    const std::uint32_t ta = winnow::detail::find_title_line(*a, "Nowy most na Warcie otwarty");
    REQUIRE(ta != winnow::detail::no_node);
    CHECK(a->is(ta, GUMBO_TAG_FONT));
    // Italian: a <div> of big text holding a <strong>: the <div> is the line.
    auto b = parse(R"(<div class="x"><div style="font-size:24px"><strong>Il mercato coperto riapre a giugno</strong></div><div>Testo breve.</div></div>)");
    const std::uint32_t tb = winnow::detail::find_title_line(*b, "Il mercato coperto riapre a giugno");
    REQUIRE(tb != winnow::detail::no_node);
    CHECK(b->is(tb, GUMBO_TAG_DIV));
    CHECK(b->text_of(tb) == "Il mercato coperto riapre a giugno");
    // Left alone: a teaser's linked headline says it first, the line after it is the title.
    auto c = parse(R"(<div><a href="/n/1">Il mercato coperto riapre a giugno</a></div><p><b>Il mercato coperto riapre a giugno</b></p>)");
    const std::uint32_t tc = winnow::detail::find_title_line(*c, "Il mercato coperto riapre a giugno");
    REQUIRE(tc != winnow::detail::no_node);
    CHECK(c->is(tc, GUMBO_TAG_P));
    // Left alone: a heading says the title (two headings saying it are the headings' business,
    // no evidence), or nothing says it whole.
    auto d = parse(R"(<p><b>Nowy most na Warcie otwarty</b></p><h2>Nowy most na Warcie otwarty</h2>)");
    CHECK(winnow::detail::find_title_line(*d, "Nowy most na Warcie otwarty") == winnow::detail::no_node);
    auto e = parse(R"(<p><b>Nowy most na Warcie</b> otwarty po dwóch latach budowy.</p>)");
    CHECK(winnow::detail::find_title_line(*e, "Nowy most na Warcie otwarty") == winnow::detail::no_node);
}

TEST_CASE("readers' posts after a short article headed by a bold line are its thread; a board whose bold line heads the posts keeps them") {
    // Polish, an old layout: the headline a bold <font> line (no heading tag), two sentences in
    // <font> (under the 250 characters that make an article without a title), then comments as
    // table rows, a name and a date in the left cell.
    const char* rows[][3] = {{"Marek", "12.05.2024 10:15", "Wreszcie! Do tej pory trzeba było jechać przez centrum, a w godzinach szczytu stało się tam pół godziny w korku."},
                             {"Ania z Zawady", "12.05.2024 12:40", "Szkoda tylko, że nie ma osobnej ścieżki dla rowerów, na chodniku będzie ciasno, kiedy zrobi się ciepło."},
                             {"stary_rybak", "13.05.2024 08:02", "Byłem dziś rano, most ładny, ale dojazd od strony osiedla wciąż rozkopany i trzeba chodzić po błocie."}};
    std::string middle = R"(<font size="5"><b>Nowy most na Warcie otwarty</b></font><br><font size="1">12.05.2024</font><br><br><font size="2">Od dziś kierowcy mogą przejeżdżać nowym mostem na Warcie. Budowa trwała dwa lata i kosztowała czterdzieści milionów złotych.</font><br><br><table>)";
    for (const auto& r : rows)
        middle += std::string("<tr><td valign=\"top\"><b>") + r[0] + "</b><br>" + r[1] + "</td><td><font size=\"2\">" + r[2] + "</font></td></tr>";
    middle += "</table>";
    const std::string layout = "<table width=\"100%\"><tr><td colspan=\"2\"><a href=\"/\">Start</a> | <a href=\"/w\">Wiadomości</a></td></tr><tr><td>" + middle +
                               "</td><td width=\"180\"><font size=\"2\">Gazeta ukazuje się w każdy czwartek.</font></td></tr></table>";
    const std::string out = block_text_of(html_page("pl", "Nowy most na Warcie otwarty – Gazeta Nadwarciańska", layout));
    CHECK(has(out, "kierowcy mogą przejeżdżać nowym mostem"));
    CHECK_FALSE(has(out, "trzeba było jechać przez centrum"));
    CHECK_FALSE(has(out, "nie ma osobnej ścieżki dla rowerów"));

    // Left alone: Italian, a board's thread headed by a bold line: the posts are the page.
    std::string board = R"(<font size="4"><b>Dove comprare legna da ardere in valle?</b></font><br><br><table>)";
    const char* posts[][3] = {{"Gianni", "03/11/2023 18:20", "Quest'anno il mio solito fornitore ha chiuso, qualcuno conosce chi consegna la legna già tagliata in valle?"},
                              {"Elena B.", "03/11/2023 19:05", "Noi la prendiamo dalla segheria di Pontebba, consegnano anche a domicilio con un piccolo sovrapprezzo."},
                              {"Gianni", "04/11/2023 09:30", "Grazie Elena, li ho chiamati stamattina e portano due metri cubi sabato prossimo."}};
    for (const auto& r : posts)
        board += std::string("<tr><td valign=\"top\"><b>") + r[0] + "</b><br>" + r[1] + "</td><td><font size=\"2\">" + r[2] + "</font></td></tr>";
    board += "</table>";
    const std::string thread = block_text_of(html_page("it", "Dove comprare legna da ardere in valle? - Forum Valcanale", board));
    CHECK(has(thread, "qualcuno conosce chi consegna la legna"));
    CHECK(has(thread, "dalla segheria di Pontebba"));
    CHECK(has(thread, "portano due metri cubi sabato prossimo"));
}

TEST_CASE("posts of a thread, each a portrait, a name, a short text and a reply link, are entries of a list, not author cards; one such card after an article goes") {
    // Spanish: a neighbours' board, four posts, the last two short (at the region's end, where a
    // writer's card stands).
    const std::string thread = soup_with_comments("<h1>¿Alguien sabe si abre la piscina el lunes?</h1>", "Respuestas", "Responder",
        {{{"Carmen", "01/06/2024 18:20", "Mis hijos quieren ir el lunes por la tarde, pero en la web del ayuntamiento no dice nada del horario de verano."}},
         {{"Luis R.", "01/06/2024 19:02", "Abre el lunes a las once, lo pusieron ayer en el tablón de la entrada del polideportivo."}},
         {{"Pepa", "01/06/2024 20:15", "Confirmo, y el bono de verano ya se puede comprar."}},
         {{"Carmen", "02/06/2024 09:30", "¡Gracias a los dos! Allí estaremos."}}});
    const std::string posts = block_text_of(html_page("es", "¿Alguien sabe si abre la piscina el lunes?", thread));
    CHECK(has(posts, "no dice nada del horario de verano"));
    CHECK(has(posts, "Abre el lunes a las once"));
    CHECK(has(posts, "el bono de verano ya se puede comprar"));
    CHECK(has(posts, "Allí estaremos"));

    // Left alone: German, one writer's card after the article (a portrait, the name, a link).
    const std::string article = R"(<div class="zt4"><h1>Der Wochenmarkt zieht auf den Kirchplatz</h1>
<p>Ab dem ersten Juli findet der Wochenmarkt nicht mehr auf dem Parkplatz am Rathaus statt, sondern auf dem Kirchplatz. Die Händler hatten sich seit Jahren mehr Schatten gewünscht.</p>
<p>Der Markt bleibt bei seinen Zeiten: mittwochs und samstags von sieben bis dreizehn Uhr. Parkplätze gibt es hinter der Sparkasse.</p>
<div class="au7"><img src="/p/lena.jpg" width="64" height="64" alt=""><div class="au7n">Lena Vogt-Hansen</div><a href="/autoren/lena-vogt">Alle Beiträge</a></div></div>)";
    const std::string out = block_text_of(html_page("de", "Der Wochenmarkt zieht auf den Kirchplatz", article));
    CHECK(has(out, "Die Händler hatten sich seit Jahren mehr Schatten gewünscht"));
    CHECK(has(out, "Parkplätze gibt es hinter der Sparkasse"));
    CHECK_FALSE(has(out, "Lena Vogt"));
}

namespace {

// A list page's entries in a <div> soup: a linked headline, a date line, a summary each.
std::string dated_entries(const std::vector<std::array<const char*, 3>>& es) {
    std::string h;
    int k = 0;
    for (const auto& e : es)
        h += std::string("<div class=\"lq2\"><div class=\"lq2t\"><a href=\"/p/") + std::to_string(++k) + "\">" + e[0] + "</a></div><div class=\"lq2d\">" +
             e[1] + "</div><div class=\"lq2s\">" + e[2] + "</div></div>";
    return h;
}

}  // namespace

TEST_CASE("a list page's entries keep their linked headlines when a date line dropped between headline and summary; entries after an article stay out") {
    // Italian: a category page, four entries, no article.
    const std::string list = "<div class=\"hd0\"><a href=\"/\">Home</a> <a href=\"/c\">Categorie</a></div><div class=\"mn3\"><h1>Archivio: orto</h1>" +
        dated_entries({{{"Pomodori in vaso sul balcone", "12 marzo 2024", "Bastano un vaso da trenta litri, un tutore e sei ore di sole per raccogliere fino a giugno."}},
                       {{"Quando seminare il basilico", "2 marzo 2024", "In casa da febbraio, fuori solo quando le notti non scendono più sotto i dodici gradi."}},
                       {{"Il compost in condominio", "20 febbraio 2024", "Una compostiera chiusa in cortile non fa odore se si alternano scarti verdi e cartone."}},
                       {{"Lumache: rimedi senza veleno", "8 febbraio 2024", "Gusci d'uovo tritati e trappole di birra proteggono l'insalata meglio di quanto si pensi."}}}) +
        "</div>";
    const std::string out = block_text_of(html_page("it", "Archivio: orto", list));
    CHECK(has(out, "Pomodori in vaso sul balcone"));
    CHECK(has(out, "Quando seminare il basilico"));
    CHECK(has(out, "Lumache: rimedi senza veleno"));
    CHECK(has(out, "raccogliere fino a giugno"));
    CHECK_FALSE(has(out, "12 marzo 2024"));  // the dates stay out, as an article's date line does

    // Left alone: Russian, an article, then its section's latest entries of the same shape.
    const std::string page = R"(<div class="mn3"><h1>В парке открыли новую детскую площадку</h1>
<p>В субботу в Центральном парке открыли детскую площадку с канатным городком и песочницей под навесом. Площадку построили на деньги, собранные жителями.</p>
<p>Администрация парка обещает летом поставить рядом фонтанчик с питьевой водой и несколько скамеек в тени.</p>)" +
        dated_entries({{{"Ремонт моста продлится до осени", "10 мая 2024", "Подрядчик заменит опоры и покрытие, движение по мосту будет открыто в одну сторону."}},
                       {{"В школах начались экзамены", "8 мая 2024", "Первым экзаменом у выпускников стал русский язык, результаты объявят через две недели."}},
                       {{"Автобус номер семь изменит маршрут", "6 мая 2024", "С июня автобус будет заезжать в новый микрорайон у реки и сделает ещё четыре остановки."}}}) +
        "</div>";
    const std::string article = block_text_of(html_page("ru", "В парке открыли новую детскую площадку", page));
    CHECK(has(article, "с канатным городком и песочницей"));
    CHECK_FALSE(has(article, "Ремонт моста продлится до осени"));
    CHECK_FALSE(has(article, "В школах начались экзамены"));
}

TEST_CASE("a list page's first summary, taken by the metadata for the headline's dek, stays in the list; a dek over an article goes to the metadata") {
    // Russian, HTML5: a list of courses, each an <article> of a linked heading and a summary box.
    std::string list = "<main><h1 class=\"page-title\">Курсы для взрослых</h1>";
    const char* courses[][2] = {{"Французский с нуля", "Два раза в неделю по вечерам, группа до восьми человек, учебник входит в стоимость."},
                                {"Акварель для начинающих", "Занятия по субботам в мастерской у реки, краски и бумагу выдаём на месте."},
                                {"Основы фотографии", "Разбираемся с выдержкой и диафрагмой, а по воскресеньям снимаем на улицах города."}};
    int k = 0;
    for (const auto& c : courses)
        list += std::string("<article class=\"course\"><h2><a href=\"/c/") + std::to_string(++k) + "\">" + c[0] + "</a></h2><div class=\"summary\">" + c[1] +
                "</div></article>";
    list += "</main>";
    const std::string out = block_text_of(html_page("ru", "Курсы для взрослых", list));
    CHECK(has(out, "Два раза в неделю по вечерам"));
    CHECK(has(out, "Занятия по субботам в мастерской"));
    CHECK(has(out, "Разбираемся с выдержкой и диафрагмой"));

    // Left alone: French, one dek under the headline over the article's paragraphs: it is the
    // metadata's subtitle, not a paragraph of the body.
    const std::string article = R"(<main><article><h1>Le tramway arrive à Saint-Roch en 2026</h1><div class="summary">La ligne B sera prolongée de trois stations vers le nord de la ville.</div>
<p>Les travaux commenceront en septembre par le déplacement des réseaux d'eau et de gaz sous l'avenue de la Gare, pour une durée de huit mois.</p>
<p>La municipalité promet de maintenir l'accès aux commerces pendant toute la durée du chantier et d'indemniser ceux qui perdront du chiffre d'affaires.</p></article></main>)";
    winnow::Result r = winnow::clean(html_page("fr", "Le tramway arrive à Saint-Roch en 2026", article));
    REQUIRE(r.ok());
    CHECK(r.document.meta.subtitle == "La ligne B sera prolongée de trois stations vers le nord de la ville.");
    std::string body;
    winnow::test::all_block_text(r.document.body, body);
    CHECK(has(body, "Les travaux commenceront en septembre"));
    CHECK_FALSE(has(body, "La ligne B sera prolongée"));
}

TEST_CASE("a winner of one short paragraph yields to a box outside it with four times its unlinked text at nearly its score; not to a thread") {
    // French: a hairdresser's price list as a table of prose cells, a sidebar box of a heading
    // and one sentence beside it (the table's cells score far below the box that holds them).
    const std::string prices = R"(<div class="t0"><a href="/">Salon Camille</a> <a href="/tarifs">Tarifs</a> <a href="/rdv">Rendez-vous</a></div>
<div class="k1"><h1>Nos tarifs</h1><table class="k2"><tr><th>Prestation</th><th>Détails</th></tr>
<tr><td>Coupe femme</td><td>Shampooing, coupe et brushing, comptez une heure environ, cheveux courts ou mi-longs.</td></tr>
<tr><td>Coupe homme</td><td>Coupe aux ciseaux ou à la tondeuse, finitions de la nuque et de la barbe comprises.</td></tr>
<tr><td>Couleur</td><td>Coloration végétale sans ammoniaque, un diagnostic de votre cheveu est fait avant chaque pose.</td></tr>
<tr><td>Enfants</td><td>Pour les moins de douze ans, coupe simple avec un petit cadeau à la fin de la séance.</td></tr></table></div>
<div class="k3"><div class="k3h">Horaires</div><div class="k3t">Le salon est ouvert du mardi au samedi, sans interruption à midi.</div></div>)";
    const std::string out = block_text_of(html_page("fr", "Nos tarifs", prices));
    CHECK(has(out, "Shampooing, coupe et brushing"));
    CHECK(has(out, "Coloration végétale sans ammoniaque"));
    CHECK_FALSE(has(out, "sans interruption à midi"));

    // Left alone: Spanish, a one-paragraph news brief, then a longer readers' thread in a box
    // named for comments: the thread holds four times its text, yet it answers the brief.
    std::string page = R"(<div class="t0"><a href="/">Diario del Casco</a></div><div class="k1"><h1>Corte de agua el jueves en el casco antiguo</h1><p>El jueves, de ocho a doce, no habrá agua en las calles del casco antiguo por obras en la red.</p></div><section class="comments"><h2>Comentarios</h2>)";
    const char* posts[][2] = {{"Maite", "Otra vez en jueves, que es el día que abre el mercado. Los puestos de pescado necesitan agua toda la mañana y nadie les ha avisado."},
                              {"Joseba", "A nosotros nos llegó el aviso por carta hace una semana, igual depende de la calle. Conviene llenar unas garrafas la noche antes."},
                              {"Ane", "La última vez dijeron hasta las doce y volvió a las tres de la tarde, así que mejor contar con todo el día por si acaso."}};
    for (const auto& p : posts) page += std::string("<div class=\"comment\"><b>") + p[0] + "</b><p>" + p[1] + "</p></div>";
    page += "</section>";
    const std::string kept = block_text_of(html_page("es", "Corte de agua el jueves en el casco antiguo", page));
    CHECK(has(kept, "no habrá agua en las calles del casco antiguo"));
    CHECK_FALSE(has(kept, "Los puestos de pescado necesitan agua"));
    CHECK_FALSE(has(kept, "Conviene llenar unas garrafas"));
}
