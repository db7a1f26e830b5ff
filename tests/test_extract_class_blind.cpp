// Extraction that does not lean on class names (issue 18, round 23): pages whose class and id
// names are hashes, as a CSS toolchain writes them ("r2m9", "css-1x9k2a"), so no word in them says
// "comment", "sidebar" or "share". tools/class_blind.py measures the same on the dev corpora by
// hashing every class and id token of their pages. Each page here is recognised by its shape:
// a thread of reader posts by its entries (one kind of box each, a name and a date over the
// post's words) after the article's prose; share rows, related lists, author boxes and rails by
// their links and their place; the posts of a list page by their one template. German, Spanish,
// Italian, Russian, Polish, English and Japanese. Round 24: a nested thread whose folded replies
// carry no date (Polish); posts dated with a two-digit year (German,
// English).
// WINNOW_FRESH_DUMP=DIR writes each page there (blind1.html ...), to run the CLI on them.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "extract_test_util.hpp"
#include "short_year_date.hpp"

using namespace winnow;

namespace {

using Blind = winnow::test::FreshPage;

std::string page(const char* lang, const std::string& title, const std::string& body) {
    return std::string("<!doctype html><html lang=\"") + lang + "\"><head><meta charset=\"utf-8\"><title>" + title +
           "</title></head><body><div class=\"a1b2\">" + body + "</div></body></html>\n";
}

// German: the article in its own box, and beside it, longer than it, a list of posts whose
// <li>s carry the template's per-post state after the type ("r2m9 c3k t6z q7v3": the post's
// number, its hour, odd or even), so no two posts have the same class string.
Blind de_thread_with_state_classes() {
    const char* who[] = {"Anna K.", "Bernd L.", "Claudia M.", "Dieter N.", "Eva O.", "Frank P.", "Gisela R."};
    const char* said[] = {
        "Endlich! Darauf haben wir seit Jahren gewartet, und die Kinder freuen sich schon sehr auf die Sonntage dort. Hoffentlich bleibt es dabei.",
        "Schön und gut, aber wer bezahlt am Ende die Heizung und den Strom für die zusätzlichen Stunden im Winter? Das sagt uns niemand.",
        "Die Ehrenamtlichen machen das großartig, ich war beim Kurs dabei und es hat wirklich viel Spaß gemacht. Ich kann es nur empfehlen.",
        "Ich hoffe, dass auch die Lesesäle im ersten Stock geöffnet sind und nicht nur die Ausleihe im Erdgeschoss. Sonst lohnt es sich kaum.",
        "In unserer Nachbarstadt gibt es das schon lange, und es funktioniert ohne Probleme mit dem Personal. Warum hat das hier so lange gedauert?",
        "Bitte auch an die Parkplätze denken, am Sonntag ist die Innenstadt sonst immer ganz schön voll. Vielleicht fährt ja ein Bus öfter.",
        "Eine sehr gute Nachricht für alle, die unter der Woche lange arbeiten müssen und kaum Zeit haben. Danke an alle, die mithelfen."};
    std::string posts;
    for (int i = 0; i < 14; ++i)
        posts += "<li class=\"r2m9 c" + std::to_string(i) + "k t" + std::to_string(i + 3) + "z" + (i % 2 == 0 ? " q7v3" : "") +
                 "\"><div class=\"n4h8\"><span class=\"n4h9\">" + who[i % 7] + "</span></div><div class=\"d5j2\">" +
                 std::to_string(i + 2) + ". März 2026 um " + std::to_string(10 + i % 9) + ":05</div><p>" + said[i % 7] +
                 "</p><div class=\"y6p1\"><a href=\"#r" + std::to_string(i) + "\">Antworten</a></div></li>";
    const std::string body = R"(<div class="x8kq2"><h1 class="x8kq3">Die Stadtbibliothek öffnet am Sonntag</h1>
<div class="x8kq4"><p>Die Stadtbibliothek wird ab dem kommenden Monat auch sonntags geöffnet sein, wie der Gemeinderat am Dienstag beschlossen hat.</p>
<p>Die zusätzlichen Stunden tragen ehrenamtliche Helferinnen und Helfer, die der Förderverein seit dem Frühjahr ausgebildet hat.</p></div></div>)"
                             "<div class=\"w3z7\"><h3>14 Kommentare</h3><ol>" + posts + "</ol></div>";
    return {"de thread, per-post state classes",
            page("de", "Die Stadtbibliothek öffnet am Sonntag", body),
            {"auch sonntags geöffnet sein", "seit dem Frühjahr ausgebildet hat"},
            {"14 Kommentare", "Darauf haben wir seit Jahren gewartet", "wer bezahlt am Ende die Heizung", "Danke an alle, die mithelfen"}};
}

// Spanish: the article's paragraphs loose in one box with its title, and in that same box,
// after them, a longer thread of dated posts (a <dl>, each <dt> a number, a name and a day).
Blind es_thread_in_the_article_box() {
    const char* who[] = {"María", "Jorge L.", "lucia88", "Pedro Gómez", "Carmen", "Raúl"};
    const char* said[] = {
        "Muy buena noticia para el barrio, llevábamos años pidiendo que arreglaran ese puente tan peligroso. Ya era hora de que alguien hiciera algo.",
        "Ojalá terminen las obras antes del verano, porque el desvío por la carretera vieja es un desastre total. Cada mañana pierdo media hora.",
        "Yo cruzo todos los días con la bicicleta y la verdad es que el carril nuevo me parece una gran idea. Espero que lo mantengan limpio.",
        "Me pregunto cuánto costará al final todo esto, siempre se acaba pagando el doble de lo previsto. Nadie explica de dónde sale el dinero.",
        "Gracias por la información, no sabía que también iban a poner iluminación en toda la orilla del río. Por la noche daba bastante miedo.",
        "A ver si esta vez cumplen los plazos, que con la última obra tardaron casi dos años en acabar. Yo no me lo creo hasta que lo vea."};
    std::string posts;
    for (int i = 0; i < 12; ++i)
        posts += "<dt class=\"\">" + std::to_string(i + 1) + ". " + who[i % 6] + " - " + std::to_string(i + 4) +
                 " de marzo de 2026</dt><dd class=\"\"><p>" + said[i % 6] + "</p></dd>";
    const std::string body = R"(<div class="m1x9"><h2>Comienzan las obras del nuevo puente peatonal</h2><em>4 de marzo de 2026</em>
<p>El ayuntamiento ha comenzado esta semana las obras del nuevo puente peatonal que unirá los dos barrios de la orilla del río.</p>
<p>Según los técnicos municipales, los trabajos durarán unos ocho meses y el tráfico se desviará por la carretera vieja.</p>
<div class="v8c2"><h2>Comentarios</h2><dl>)" + posts + "</dl></div></div>";
    return {"es thread in the article's box",
            page("es", "Comienzan las obras del nuevo puente peatonal", body),
            {"las obras del nuevo puente peatonal que unirá", "el tráfico se desviará por la carretera vieja"},
            {"llevábamos años pidiendo", "Cada mañana pierdo media hora", "Yo no me lo creo hasta que lo vea"}};
}

// Polish: a share row of short links over the article, a related list of linked headlines and
// an author box (portrait, name, a line of bio, a short link) after it, a rail of links beside it:
// each known by its links and its place.
Blind pl_share_related_author_rail() {
    const std::string body = R"(<div class="k1"><a class="k2" href="/">Kurier</a><a class="k2" href="/region">Region</a><a class="k2" href="/sport">Sport</a><a class="k2" href="/kultura">Kultura</a></div>
<div class="p0q"><div class="p1q"><h1 class="p2q">Nowa kładka dla pieszych połączy oba brzegi rzeki</h1>
<div class="s7d"><a class="s8d" href="/s/fb">Udostępnij</a> <a class="s8d" href="/s/x">Wyślij</a> <a class="s8d" href="/s/mail">E-mail</a> <a class="s8d" href="/s/copy">Kopiuj link</a></div>
<p>Miasto rozpoczęło budowę kładki dla pieszych i rowerzystów, która połączy stare miasto z nowym osiedlem na drugim brzegu rzeki.</p>
<p>Kładka będzie miała sto osiemdziesiąt metrów długości, oświetlenie przez całą noc i windy dla osób na wózkach.</p>
<p>Prace mają potrwać do jesieni przyszłego roku, a koszt inwestycji wyniesie około czterdziestu milionów złotych.</p>
<div class="r4l"><h3>Czytaj także</h3><ul><li><a href="/a/1">Remont dworca potrwa dłużej, niż zakładano</a></li><li><a href="/a/2">Miasto kupi dwadzieścia elektrycznych autobusów</a></li><li><a href="/a/3">Nowe przejście podziemne przy rondzie otwarte</a></li><li><a href="/a/4">Ścieżka rowerowa wzdłuż rzeki prawie gotowa</a></li></ul></div>
<div class="u5t"><img src="/a/ewa.jpg" alt=""><b>Ewa Nowak</b><p>Dziennikarka działu miejskiego, pisze o komunikacji i inwestycjach.</p><a href="/autor/ewa">Profil autorki</a></div>
</div><div class="z9z"><h3>Najczęściej czytane</h3><a href="/a/5">Wielki pożar magazynu na obrzeżach miasta</a><a href="/a/6">Zmiany w rozkładzie tramwajów od poniedziałku</a><a href="/a/7">Festiwal nad rzeką przyciągnął tłumy</a></div></div>)";
    return {"pl share row, related list, author box, rail",
            page("pl", "Nowa kładka dla pieszych połączy oba brzegi rzeki", body),
            {"Miasto rozpoczęło budowę kładki", "windy dla osób na wózkach", "czterdziestu milionów złotych"},
            {"Kopiuj link", "Remont dworca potrwa dłużej", "Zmiany w rozkładzie tramwajów", "pisze o komunikacji", "Profil autorki"}};
}

// English look-alike that stays: a forum thread whose posts open right under the title, each
// post's <div> carrying its own state classes after the type. The posts are the page.
Blind en_forum_posts_stay() {
    const char* who[] = {"harbourcat", "Tom B.", "lena_k", "Mr Pike"};
    const char* said[] = {
        "Has anyone tried the new night bus from the harbour? I am wondering whether it really runs every thirty minutes after midnight.",
        "I took it last Friday. It left on time and was about half full, mostly people coming back from the theatre district.",
        "It is great, but the stop by the ferry terminal has no shelter, so waiting in the rain at two in the morning is no fun.",
        "The council said the trial will be extended to the whole week if enough people use it, so keep riding it, everyone."};
    std::string posts;
    for (int i = 0; i < 4; ++i)
        posts += "<div class=\"f3p p" + std::to_string(i) + "x" + (i == 0 ? " f3o" : "") + "\"><div class=\"f4n\">" + who[i] +
                 "</div><div class=\"f4d\">March " + std::to_string(i + 3) + ", 2026 at 1" + std::to_string(i) +
                 ":20 pm</div><p>" + said[i] + "</p></div>";
    return {"en forum posts stay",
            page("en", "Night bus from the harbour: worth it?", "<h1>Night bus from the harbour: worth it?</h1><div class=\"f2t\">" + posts + "</div>"),
            {"Has anyone tried the new night bus", "mostly people coming back from the theatre", "the stop by the ferry terminal has no shelter",
             "keep riding it, everyone"},
            {}};
}

// Russian: one box holds the article in a wrapper of its own (heading and paragraphs) and after
// it, as the box's own children, the posts that answer it: each a <div> of the type's token and
// one naming its author ("q1w by-3x"), its text over a signed and dated line.
Blind ru_posts_after_article_wrapper() {
    const char* who[] = {"Иван", "Мария К.", "sergey_v", "Ольга", "Дмитрий Павлов", "Нина"};
    const char* said[] = {"Наконец-то починят набережную, по ней невозможно было ходить с коляской уже третий год подряд.",
                          "Интересно, успеют ли закончить до лета, или опять всё затянется до глубокой осени, как в прошлый раз.",
                          "Хорошо бы ещё поставить скамейки и урны, а то после ремонта обычно про такие мелочи забывают.",
                          "Я живу рядом и каждый день вижу, как там работают, так что надеюсь, что в этот раз всё будет быстро.",
                          "Главное, чтобы не срубили старые липы вдоль воды, они там растут ещё с довоенных времён.",
                          "Спасибо за статью, теперь хотя бы понятно, почему перекрыли половину улицы и куда делись автобусы."};
    std::string posts;
    for (int i = 0; i < 12; ++i)
        posts += "<div class=\"q1w by-" + std::to_string(i) + "x\"><a name=\"c" + std::to_string(i) + "\"></a><div id=\"c" +
                 std::to_string(900 + i) + "\"><p>" + said[i % 6] + "</p></div><p class=\"p5w\">Автор: " + who[i % 6] + ", " +
                 std::to_string(i + 3) + " ноября 2026, 1" + std::to_string(i % 10) + ":05</p></div>";
    const std::string body = R"(<div class="t0c"><div class="t1c"><h3>Набережную отремонтируют к лету</h3>
<p>Городская администрация начала ремонт набережной: рабочие меняют плитку, ограждения и освещение вдоль всей реки.</p>
<p>По словам подрядчика, работы закончатся к началу лета, а движение по соседней улице откроют уже в апреле.</p></div>)" +
                             posts + "<div class=\"t9c\"><h2>Оставить комментарий</h2></div></div>";
    return {"ru posts after the article's wrapper",
            page("ru", "Набережную отремонтируют к лету", body),
            {"рабочие меняют плитку", "откроют уже в апреле"},
            {"невозможно было ходить с коляской", "Автор: Ольга", "куда делись автобусы"}};
}

// Italian: the article's prose set loose in its title's box, paragraphs parted by <br><br> (no
// <p>), and after it in the same box a longer thread of dated posts in <div>s.
Blind it_thread_after_loose_prose() {
    const char* who[] = {"marco_b", "Giulia", "lucaverdi", "Anna P.", "Teo", "Franca"};
    const char* said[] = {
        "Finalmente una buona notizia per il lago, spero che la prossima estate ci siano più corse anche la sera tardi. Io lo prenderei ogni giorno.",
        "Ho fatto la prima corsa stamattina: silenziosissimo, non sembrava nemmeno di essere su un battello. Consiglio a tutti di provarlo.",
        "Venti minuti di ricarica a ogni sosta vogliono dire ritardi, vedremo cosa succede quando c'è la nebbia e il lago è agitato.",
        "Bello, ma i biglietti costano sempre di più e gli abbonamenti per i pendolari non sono cambiati da anni. Chi ci pensa a noi?",
        "Mio nonno lavorava sui battelli a vapore, sarebbe contento di vedere quanta strada si è fatta da allora. Che bella storia.",
        "Speriamo che convertano presto anche gli altri battelli, quelli vecchi fanno un fumo terribile d'estate sul pontile."};
    std::string posts;
    for (int i = 0; i < 12; ++i)
        posts += "<div class=\"h7q\"><div class=\"h7t\"><a href=\"/u/" + std::to_string(i) + "\">" + who[i % 6] +
                 "</a></div><div class=\"h7u\">" + std::to_string(i + 2) + " novembre 2026, 1" + std::to_string(i % 10) +
                 ":20</div><div class=\"h7v\">" + said[i % 6] + "</div></div>";
    const std::string body = R"(<div class="k3a"><h1 class="k3b">Il nuovo traghetto elettrico entra in servizio sul lago</h1>)"
                             "Il primo traghetto completamente elettrico del lago ha iniziato oggi il servizio tra i due paesi, con sei corse al giorno nei due sensi.<br><br>"
                             "La batteria si ricarica in venti minuti durante la sosta al pontile, e il consumo di energia sarà meno della metà di quello attuale.<br><br>"
                             "<div class=\"j1z\"><h3>Commenti</h3>" + posts + "</div></div>";
    return {"it thread after loose prose",
            page("it", "Il nuovo traghetto elettrico entra in servizio sul lago", body),
            {"ha iniziato oggi il servizio tra i due paesi", "meno della metà di quello attuale"},
            {"Io lo prenderei ogni giorno", "non sembrava nemmeno di essere su un battello", "fumo terribile d'estate"}};
}

// Japanese: a blog's front page of three posts, each a box of one hashed class under its linked
// heading; the first is twice as long as the others. Every post is the page's text.
Blind ja_list_of_posts() {
    const auto post = [](const char* title, const char* date, std::vector<const char*> paras) {
        std::string p = std::string("<div class=\"w1q\"><h2><a href=\"/p/") + date + "\">" + title + "</a></h2><div class=\"e7d\">" + date +
                        "</div><div class=\"e7k\">";
        for (const char* t : paras) p += std::string("<p>") + t + "</p>";
        return p + "</div></div>";
    };
    const std::string posts =
        post("港まつりの準備が始まりました", "2026年7月1日",
             {"今年の港まつりに向けて、商店街の皆さんと一緒に提灯の飾り付けを始めました。昨年より二百個多い提灯を用意しています。",
              "会場の岸壁には新しい屋台が十五軒並ぶ予定で、地元の高校生によるステージ発表も三日間行われます。",
              "花火の打ち上げは最終日の夜八時からです。雨天の場合は翌日に延期となりますので、ホームページでご確認ください。",
              "ボランティアも引き続き募集しています。会場の案内やごみの分別を手伝ってくださる方は、商店街の事務所までご連絡ください。"}) +
        post("朝市に新しいお店が加わります", "2026年6月24日",
             {"毎週日曜日の朝市に、隣町の農家さんが育てた野菜のお店が加わることになりました。",
              "とれたてのトマトやきゅうりのほか、手作りの漬物も並びます。朝七時から売り切れまでの営業です。"}) +
        post("商店街の清掃活動のお礼", "2026年6月17日",
             {"先日の清掃活動には、子どもからお年寄りまで六十人以上の方が参加してくださいました。",
              "集めたごみは軽トラック二台分になりました。ご協力いただいた皆さん、本当にありがとうございました。"});
    const std::string side = R"(<div class="s4x"><h3>カテゴリー</h3><ul><li><a href="/c/1">お知らせ</a></li><li><a href="/c/2">イベント</a></li><li><a href="/c/3">お店紹介</a></li></ul></div>)";
    return {"ja list of posts",
            page("ja", "みなと商店街のブログ", "<div class=\"m2\"><h1>みなと商店街のブログ</h1><div class=\"m3\">" + posts + "</div>" + side + "</div>"),
            {"提灯の飾り付けを始めました", "商店街の事務所までご連絡ください", "隣町の農家さんが育てた野菜", "本当にありがとうございました"},
            {"お店紹介"}};
}

// Polish: a thread whose replies nest inside the posts they answer, most of them folded to a
// subject and a name with no date (a thread that shows the best-rated replies in full), each
// post under a heading of its own. Only four of twelve top entries carry their day; the
// nesting says thread, where a live blog's updates stand side by side.
Blind pl_thread_of_folded_replies() {
    const char* who[] = {"Marek", "kasia_w", "Tomasz Nowak", "Ola", "Jurek77", "Bartek"};
    const char* said[] = {
        "Świetna wiadomość dla całej dzielnicy, czekaliśmy na ten park od wielu lat i dzieci już pytają, kiedy będzie można tam pójść. Mam nadzieję, że plac zabaw będzie otwarty również zimą.",
        "Ciekawe tylko, kto będzie sprzątał alejki po weekendzie, bo przy starym skwerze nikt się tym nie zajmował przez całe lato. Kosze były pełne już w sobotę rano.",
        "Mieszkam tuż obok i bardzo się cieszę, ale mam nadzieję, że nie wytną przy okazji tych starych lip przy ulicy Leśnej. Te drzewa pamiętają jeszcze dawne magazyny.",
        "Szkoda, że nie pomyślano o parkingu dla rowerów przy wejściu, przecież większość mieszkańców dojeżdża tam właśnie rowerem. Stojaki są tylko przy kawiarni."};
    auto full = [&](int i, const std::string& nested) {
        return "<li class=\"q7x2 z" + std::to_string(i) + "k\"><div class=\"h3v\"><h4><a href=\"#c" + std::to_string(i) +
               "\">Temat " + std::to_string(i) + "</a></h4><span class=\"b9n\">przez " + who[i % 6] +
               " </span><span class=\"d2\">poniedziałek 23 lipca, @10:" + std::to_string(10 + i) +
               "</span></div><div class=\"t5r\"><p>" + said[i % 4] + "</p><p>" + said[(i + 1) % 4] +
               "</p></div><div class=\"r8m\"><a href=\"#r" + std::to_string(i) + "\">Odpowiedz</a></div>" + nested + "</li>";
    };
    auto folded = [&](int i) {
        return "<li class=\"q7x2 f" + std::to_string(i) + "p\"><div class=\"h3v\"><h4><a href=\"#c" + std::to_string(i) +
               "\">Odp: Temat " + std::to_string(i) + "</a></h4><span class=\"b9n\">przez " + who[i % 6] + " (w" +
               std::to_string(i) + "2)</span></div></li>";
    };
    const std::string posts = full(1, "<ul class=\"m4d\">" + full(11, "") + folded(12) + "</ul>") + folded(2) + folded(3) +
                              full(4, "") + folded(5) + folded(6) + full(7, "") + folded(8) + folded(9) + full(10, "") +
                              folded(13) + folded(14);
    const std::string body = R"(<div class="x8kq2"><h1 class="x8kq3">Nowy park nad rzeką otwarty dla mieszkańców</h1>
<div class="x8kq4"><p>W sobotę otwarto nowy park nad rzeką, który powstał w miejscu dawnych magazynów portowych na Zawodziu.</p>
<p>Na terenie parku posadzono ponad trzysta drzew, a wzdłuż brzegu biegnie nowa ścieżka dla pieszych i rowerzystów.</p></div></div>)"
                             "<div class=\"w3z7\"><ul class=\"m4d\">" + posts + "</ul></div>";
    return {"pl thread of folded replies",
            page("pl", "Nowy park nad rzeką otwarty dla mieszkańców", body),
            {"powstał w miejscu dawnych magazynów portowych", "biegnie nowa ścieżka dla pieszych"},
            {"kto będzie sprzątał alejki", "nie wytną przy okazji tych starych lip", "Odp: Temat 5", "parkingu dla rowerów"}};
}

// German: each post under a heading of a name and a day whose year has two digits ("03 Okt 25"),
// in a box of its own after the article's box: no four-digit year and no clock, yet a date.
Blind de_posts_dated_with_two_digit_years() {
    const char* who[] = {"Sabine", "Jörg W.", "heinz_k", "Ulrike Baum", "Mehmet", "Petra"};
    const char* said[] = {
        "Sehr schöne Idee, ich habe gleich am ersten Tag zwei Bücher hineingestellt und drei andere mitgenommen. Die Kinder aus der Nachbarschaft waren begeistert.",
        "Hoffentlich wird der Schrank nicht gleich wieder beschmiert wie der alte am Bahnhof, der war nach einer Woche kaum noch zu erkennen.",
        "Wer kümmert sich eigentlich darum, wenn es regnet? Papier verträgt keine Nässe, und die Tür schließt bei unserem Schrank nicht richtig.",
        "Wir haben so etwas in unserem Viertel schon seit drei Jahren und es funktioniert wunderbar, die Leute sind sehr ordentlich damit."};
    std::string posts;
    for (int i = 0; i < 9; ++i)
        posts += std::string("<div class=\"k2p\"><h3><span class=\"n7\">") + who[i % 6] + "</span> <span class=\"d9\">0" +
                 std::to_string(i + 1) + " Okt 25</span></h3><div class=\"b3\"><p>" + said[i % 4] + "</p><p>" + said[(i + 2) % 4] +
                 "</p></div></div>";
    const std::string body = R"(<div class="c3"><h1>Ein Bücherschrank für den Marktplatz</h1>
<p>Auf dem Marktplatz steht seit Montag ein öffentlicher Bücherschrank, den Schülerinnen der Realschule gebaut haben.</p>
<p>Jeder darf dort Bücher hineinstellen oder mitnehmen, eine Anmeldung oder Gebühr gibt es nicht.</p></div>)"
                             "<div class=\"t4\"><h2>9 Antworten</h2>" + posts + "</div>";
    return {"de posts dated with two-digit years",
            page("de", "Ein Bücherschrank für den Marktplatz", body),
            {"den Schülerinnen der Realschule gebaut haben", "eine Anmeldung oder Gebühr gibt es nicht"},
            {"zwei Bücher hineingestellt", "Papier verträgt keine Nässe", "Ulrike Baum", "9 Antworten"}};
}

// English: a thread set as a <dl>, each <dt> a number, a name and "11.06.12 at 11:06 am" (a day,
// a month and a two-digit year in figures beside a clock), each <dd> the post.
Blind en_dl_thread_dated_in_figures() {
    const char* who[] = {"Tim W.", "ohreally", "Sam Porter", "jk_1984", "Lena", "Ravi Patel"};
    const char* said[] = {
        "This is exactly the kind of project the county should have funded ten years ago, and I am glad someone finally pushed it through the council.",
        "The bus already takes forty minutes to get downtown, so I doubt a new stop on the hill will change much unless they also add more buses.",
        "My kids walk that stretch every morning, and there is still no crossing near the school, which worries me far more than the bus schedule.",
        "I would like to know who is paying for the shelters, because the last time the county promised them we waited three winters for a roof."};
    std::string posts;
    for (int i = 0; i < 10; ++i)
        posts += std::string("<dt class=\"q1w") + (i % 2 ? " z" + std::to_string(i) : std::string()) + "\"><span class=\"n8\"><a href=\"#c" +
                 std::to_string(i) + "\">" + std::to_string(i + 1) + "</a></span><p><span class=\"a4\">" + who[i % 6] +
                 "</span> <span class=\"d3\">11.06.12 at " + std::to_string(i % 11 + 1) + ":" + std::to_string(10 + i) +
                 " am</span></p></dt><dd class=\"q1w\"><p>" + said[i % 4] + "</p><p>" + said[(i + 1) % 4] + "</p></dd>";
    const std::string body = R"(<div class="c3"><h1>County adds a bus line to the hill district</h1>
<p>The county will run a new bus line to the hill district from next month, the transit board decided on Monday evening.</p>
<p>Buses will stop at six new shelters along the main road and run every twenty minutes during the morning and evening rush.</p></div>)"
                             "<div class=\"t4\"><dl>" + posts + "</dl></div>";
    return {"en dl thread dated in figures",
            page("en", "County adds a bus line to the hill district", body),
            {"the transit board decided on Monday evening", "run every twenty minutes during the morning"},
            {"glad someone finally pushed it through", "no crossing near the school", "11.06.12 at", "Ravi Patel"}};
}

}  // namespace

TEST_CASE("a thread's posts are one kind by their first class token, whatever per-post state classes follow it; forum posts under the title stay") {
    const std::vector<Blind> pages = {de_thread_with_state_classes(), en_forum_posts_stay()};
    const test::PageTally t = test::tally_pages(pages, "blind_kind");
    INFO(t.report);
    CHECK(t.passed == static_cast<int>(pages.size()));
}

TEST_CASE("a thread of dated posts after the title's prose, in the one box that holds both, is no part of the article; loose prose parted by <br> counts as prose, and paragraphs in the article's own wrapper") {
    const std::vector<Blind> pages = {es_thread_in_the_article_box(), it_thread_after_loose_prose(), ru_posts_after_article_wrapper()};
    const test::PageTally t = test::tally_pages(pages, "blind_box");
    INFO(t.report);
    CHECK(t.passed == static_cast<int>(pages.size()));
}

TEST_CASE("a share row, a related list, an author box and a rail with hashed names go by their shape") {
    const std::vector<Blind> pages = {pl_share_related_author_rail()};
    const test::PageTally t = test::tally_pages(pages, "blind_shape");
    INFO(t.report);
    CHECK(t.passed == static_cast<int>(pages.size()));
}

TEST_CASE("the posts of a list page, each a box of the best post's own tag and class, are all the page's text") {
    const std::vector<Blind> pages = {ja_list_of_posts()};
    const test::PageTally t = test::tally_pages(pages, "blind_list");
    INFO(t.report);
    CHECK(t.passed == static_cast<int>(pages.size()));
}

TEST_CASE("a thread whose replies nest in the posts they answer is a thread when a third of its entries carry their day (the rest folded to a subject and a name)") {
    const std::vector<Blind> pages = {pl_thread_of_folded_replies()};
    const test::PageTally t = test::tally_pages(pages, "blind_nested");
    INFO(t.report);
    CHECK(t.passed == static_cast<int>(pages.size()));
}

TEST_CASE("posts stamped with a day whose year has two digits (\"03 Okt 25\", \"11.06.12 at 11:06 am\") are dated entries of a thread") {
    const std::vector<Blind> pages = {de_posts_dated_with_two_digit_years(), en_dl_thread_dated_in_figures()};
    const test::PageTally t = test::tally_pages(pages, "blind_short_year");
    INFO(t.report);
    CHECK(t.passed == static_cast<int>(pages.size()));
}

// A post's day is often written with no-break spaces ("07&nbsp;Nov&nbsp;12"): they part the
// words as a space does.
TEST_CASE("a day with a two-digit year written with no-break spaces or a middle dot is a date line") {
    CHECK(winnow::detail::is_short_year_date("07\u00A0Nov\u00A012"));
    CHECK(winnow::detail::is_short_year_date("Nov 7,\u00A012"));
    CHECK(winnow::detail::is_short_year_date("Anna \u00B7 03\u00A0Okt\u00A025"));
    CHECK(winnow::detail::is_short_year_date("07 Nov 12"));
    CHECK_FALSE(winnow::detail::is_short_year_date("Version 1.2.3"));
}
