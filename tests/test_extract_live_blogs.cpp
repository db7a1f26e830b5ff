// Live blogs told from reader comment threads. A live blog's updates are the publisher's: each
// dated (often with its day and its clock time), under a heading or opening on a bold line or a
// bold time, with pictures, newest first, signed by no one or by the same author in every
// update. Readers' posts are signed: a name of their own in each, often a portrait, a reply link.
// Written before the rule: on main (9740e01) the live blogs below came out as their intro alone
// (the updates, dated with their day, taken for a thread that answers the intro and dropped),
// whether the intro stood in the updates' column or in a header box over them with the headline.
// German, French, English, Spanish and Italian pages failed; the Japanese one passed and guards.
// The comment threads and the teaser list after them must still go (English with portraits, German
// with the name in the date line, French with a title over each post, Japanese with no portrait,
// Spanish teasers each closing on a "read more" link).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"

namespace {

using winnow::test::block_text_of;
using winnow::test::has;
using winnow::test::html_page;

struct Case {
    const char* name;
    std::string html;
    std::vector<std::string> in, out;
};

void check(const Case& c) {
    const std::string out = block_text_of(c.html);
    INFO(c.name, "\n", out);
    for (const std::string& s : c.in) CHECK_MESSAGE(has(out, s), "missing: ", s);
    for (const std::string& s : c.out) CHECK_MESSAGE(!has(out, s), "kept: ", s);
}

// German: the headline and a summary in a header box, the updates in a box of their own after
// it: <article> per update, a <time> with its day and clock time, the same author's line in each
// (one update by a second reporter), a heading, a share link.
Case de_ticker() {
    const auto update = [](const char* dt, const char* shown, const char* author, const char* head, const char* text) {
        return std::string("<article class=\"t-item\"><div class=\"t-item__meta\"><time datetime=\"") + dt + "\">" + shown +
               "</time><span class=\"t-item__author\">" + author + "</span></div><h3 class=\"t-item__title\">" + head +
               "</h3><div class=\"t-item__text\"><p>" + text + "</p></div><div class=\"t-item__share\"><a href=\"#share\">Teilen</a></div></article>\n";
    };
    const std::string updates =
        update("2024-06-08T16:40:00+02:00", "08.06.2024, 16:40 Uhr", "Von Anna Berg", "Pegel in Bad Kellen sinkt langsam",
               "Am Pegel Bad Kellen ist der Wasserstand seit dem Mittag um zwölf Zentimeter gefallen. Die Feuerwehr warnt dennoch davor, die gesperrten Uferwege zu betreten.") +
        update("2024-06-08T14:05:00+02:00", "08.06.2024, 14:05 Uhr", "Von Anna Berg", "Notunterkunft in der Stadthalle geöffnet",
               "Für die Bewohner der evakuierten Straßen hat die Stadt die Stadthalle als Notunterkunft eingerichtet. Bisher haben dort rund achtzig Menschen übernachtet.") +
        update("2024-06-07T21:30:00+02:00", "07.06.2024, 21:30 Uhr", "Von Tom Weiss", "Bahnstrecke nach Ulmfeld gesperrt",
               "Wegen eines unterspülten Gleises fahren zwischen Bad Kellen und Ulmfeld bis auf Weiteres keine Züge. Ein Ersatzverkehr mit Bussen ist eingerichtet.") +
        update("2024-06-07T09:15:00+02:00", "07.06.2024, 09:15 Uhr", "Von Anna Berg", "Landrat ruft Katastrophenfall aus",
               "Der Landrat hat am Morgen den Katastrophenfall für den Landkreis ausgerufen. Damit können Hilfskräfte aus anderen Kreisen angefordert werden.") +
        update("2024-06-06T20:00:00+02:00", "06.06.2024, 20:00 Uhr", "Von Anna Berg", "Erste Keller laufen voll",
               "In der Unterstadt von Bad Kellen melden Anwohner am Abend die ersten vollgelaufenen Keller. Die Feuerwehr pumpt seit dem Nachmittag ununterbrochen.");
    return {"de: a ticker under a header box, <article> per update with its day, a heading, the author's line",
            html_page("de", "Hochwasser im Kellertal: Der Ticker | Kellertaler Rundschau",
                      R"(<header class="site-head"><a href="/" class="logo">Kellertaler Rundschau</a><nav><a href="/region">Region</a><a href="/politik">Politik</a><a href="/abo">Abo</a></nav></header>
<main><div class="article"><header class="hd"><h1>Hochwasser im Kellertal: Der Ticker</h1><p class="intro">Nach tagelangem Regen sind mehrere Orte im Kellertal überflutet. Wir berichten laufend über die Lage.</p><div class="by">08.06.2024</div></header>
<div class="ticker">)" + updates + R"(</div>
<aside class="teaser-box"><h2>Mehr zum Thema</h2><ul><li><a href="/region/pegel-karte">Karte: Die aktuellen Pegelstände im Landkreis</a></li><li><a href="/region/versicherung">Was zahlt die Versicherung bei Hochwasserschäden?</a></li></ul></aside></div></main>
<footer><a href="/impressum">Impressum</a> <p>Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung der Kellertaler Verlagsgesellschaft.</p></footer>)"),
            {"Am Pegel Bad Kellen ist der Wasserstand", "hat die Stadt die Stadthalle als Notunterkunft", "Wegen eines unterspülten Gleises",
             "Der Landrat hat am Morgen den Katastrophenfall", "melden Anwohner am Abend die ersten vollgelaufenen Keller"},
            {"Was zahlt die Versicherung", "Vervielfältigung nur mit Genehmigung"}};
}

// French: a header box over the updates, <div> per update with a <time> in a paragraph ("14
// juillet 2024 à 23h10"), a heading, a picture of a post's size in one.
Case fr_direct() {
    const auto update = [](const char* dt, const char* shown, const char* head, const char* text, const char* img) {
        return std::string("<div class=\"d-item\"><p class=\"d-heure\"><time datetime=\"") + dt + "\">" + shown + "</time></p><h2>" + head +
               "</h2>" + img + "<p>" + text + "</p></div>\n";
    };
    const std::string updates =
        update("2024-07-14T23:10+02:00", "14 juillet 2024 à 23h10", "Le feu d'artifice s'achève sous les applaudissements",
               "Après vingt-cinq minutes de spectacle, le bouquet final a été tiré depuis le pont. La préfecture demande aux spectateurs de quitter les quais dans le calme.", "") +
        update("2024-07-14T21:45+02:00", "14 juillet 2024 à 21h45", "Les quais sont fermés à la circulation",
               "Les voitures ne peuvent plus emprunter les quais depuis vingt et une heures trente. Des navettes gratuites relient la gare au centre-ville jusqu'à une heure du matin.",
               R"(<img src="/img/quais.jpg" width="960" height="540" alt="">)") +
        update("2024-07-14T18:20+02:00", "14 juillet 2024 à 18h20", "Le bal des pompiers affiche complet",
               "La caserne du centre a dû fermer ses portes peu après dix-huit heures. Les organisateurs annoncent une seconde soirée dimanche prochain.", "") +
        update("2024-07-14T11:00+02:00", "14 juillet 2024 à 11h00", "Le défilé a rassemblé des milliers de personnes",
               "Militaires, pompiers et associations ont défilé sur le cours principal devant une foule nombreuse. Le maire a salué la présence des jeunes sapeurs-pompiers.", "");
    return {"fr: a live page under a header box, <div> per update with a <time> of its day, a heading, a picture",
            html_page("fr", "14 Juillet à Saint-Aubrac : suivez la journée en direct - La Dépêche des Causses",
                      R"(<header id="top"><a href="/" class="logo">La Dépêche des Causses</a><ul class="rubriques"><li><a href="/actu">Actu</a></li><li><a href="/sport">Sport</a></li><li><a href="/abonnement">Abonnement</a></li></ul></header>
<div class="contenu"><header class="hd"><h1>14 Juillet à Saint-Aubrac : suivez la journée en direct</h1><p class="chapo">Défilé, bal et feu d'artifice : toutes les informations de la fête nationale dans notre direct.</p><div class="by">14.07.2024</div></header>
<div class="direct">)" + updates + R"(</div>
<div class="a-lire"><h3>À lire aussi</h3><a href="/actu/canicule">Canicule : les conseils pour le week-end</a></div></div>
<footer><p>La Dépêche des Causses - Tous droits réservés - Mentions légales</p></footer>)"),
            {"le bouquet final a été tiré depuis le pont", "Des navettes gratuites relient la gare", "La caserne du centre a dû fermer",
             "ont défilé sur le cours principal"},
            {"Canicule : les conseils", "Tous droits réservés"}};
}

// English: an intro of two sentences' length in the updates' column, then <li> per update with
// no heading: a <time> of its day and clock time, the update opening on a bold sentence.
Case en_live_list() {
    const auto update = [](const char* dt, const char* shown, const char* bold, const char* text) {
        return std::string("<li class=\"update\"><time datetime=\"") + dt + "\">" + shown + "</time><p><strong>" + bold + "</strong> " + text + "</p></li>\n";
    };
    const std::string updates =
        update("2024-09-21T17:02-04:00", "September 21, 2024 5:02 PM", "Polls have closed in the county.",
               "Officials say turnout was above the last midterm, with long lines reported at two schools on the east side until the final hour.") +
        update("2024-09-21T15:40-04:00", "September 21, 2024 3:40 PM", "A voting machine was replaced at the library precinct.",
               "The county clerk said no ballots were lost and that voters who were waiting were offered paper ballots while technicians worked.") +
        update("2024-09-21T13:15-04:00", "September 21, 2024 1:15 PM", "Both candidates have now voted.",
               "The incumbent cast her ballot at the fire station near her home; her challenger voted shortly after noon and spoke briefly to reporters outside.") +
        update("2024-09-21T10:05-04:00", "September 21, 2024 10:05 AM", "Turnout is steady this morning.",
               "Poll workers in the northern precincts described a steady stream of voters since the doors opened, with waits of about fifteen minutes.") +
        update("2024-09-21T07:00-04:00", "September 21, 2024 7:00 AM", "Polls are open.",
               "Voting runs until five this afternoon. Anyone in line at that time will still be allowed to vote, the elections office reminded residents.");
    return {"en: an intro, then <li> per update with no heading, a <time> of its day, a bold first sentence",
            html_page("en", "Live updates: Harlow County special election | The Harlow Ledger",
                      R"(<header><a href="/" class="brand">The Harlow Ledger</a><nav><ul class="menu"><li><a href="/news">News</a></li><li><a href="/sports">Sports</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav></header>
<main><h1>Live updates: Harlow County special election</h1><p>Voters in Harlow County are choosing a new county commissioner today after the sudden resignation of the previous officeholder in the spring. Two candidates are on the ballot, and both have campaigned mostly on road repairs and the future of the county hospital.</p><p class="dek">Voters are choosing a new county commissioner today. Follow along here for the latest.</p>
<ul class="live-feed">)" + updates + R"(</ul>
<section class="more"><h2>More coverage</h2><ul><li><a href="/news/candidates">Meet the candidates for commissioner</a></li><li><a href="/news/where-to-vote">Where to vote in Harlow County</a></li></ul></section></main>
<footer><p>© 2024 The Harlow Ledger. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>)"),
            {"Officials say turnout was above the last midterm", "A voting machine was replaced", "Both candidates have now voted",
             "Poll workers in the northern precincts", "Voting runs until five this afternoon", "choosing a new county commissioner"},
            {"Meet the candidates for commissioner", "All rights reserved"}};
}

// Spanish: an intro, then <div> per update with no heading and no <time>: a date line of its own
// and the clock time in bold opening the update's first paragraph.
Case es_directo() {
    const auto update = [](const char* time, const char* first, const char* second) {
        return std::string("<div class=\"entrada\"><span class=\"fecha\">12/10/2024</span><p><b>") + time + "</b> " + first + "</p><p>" + second + "</p></div>\n";
    };
    const std::string updates =
        update("19:45", "El último tramo de la carrera se ha disputado bajo una lluvia intensa.",
               "Los organizadores han retrasado la entrega de premios media hora para que los corredores puedan cambiarse.") +
        update("17:20", "La ganadora ha cruzado la meta en dos horas y treinta y un minutos.",
               "Es la primera vez que una atleta local gana la prueba desde su fundación hace veinte años.") +
        update("12:05", "El pelotón de cabeza pasa por el kilómetro treinta.",
               "Cuatro corredores se han destacado en la subida al puerto y mantienen una ventaja de un minuto sobre el resto.") +
        update("09:00", "Ha comenzado la carrera con más de dos mil participantes.",
               "La salida se ha dado desde la plaza del ayuntamiento con puntualidad y buen ambiente entre el público.");
    return {"es: an intro, then <div> per update with no heading: a date line and a bold clock time",
            html_page("es", "Maratón de Valdeluz 2024, en directo | Diario del Valle",
                      R"(<header><a href="/" class="marca">Diario del Valle</a><nav><a href="/local">Local</a><a href="/deportes">Deportes</a><a href="/suscripcion">Suscríbete</a></nav></header>
<main><h1>Maratón de Valdeluz 2024, en directo</h1><p>Más de dos mil corredores toman hoy la salida del maratón de Valdeluz, que cumple veinte años con un recorrido renovado por el casco antiguo. La organización ha cortado el tráfico en el centro desde primera hora y recomienda usar el transporte público.</p><p class="entradilla">Sigue la última hora de la carrera que recorre las calles de la ciudad.</p>
<div class="directo">)" + updates + R"(</div>
<div class="relacionadas"><h3>Te puede interesar</h3><a href="/deportes/recorrido">El recorrido del maratón, calle a calle</a></div></main>
<footer><p>Diario del Valle S.L. Todos los derechos reservados.</p><a href="/aviso-legal">Aviso legal</a></footer>)"),
            {"se ha disputado bajo una lluvia intensa", "La ganadora ha cruzado la meta", "El pelotón de cabeza pasa",
             "Ha comenzado la carrera con más de dos mil", "Los organizadores han retrasado la entrega"},
            {"El recorrido del maratón, calle a calle", "Todos los derechos reservados"}};
}

// Italian: the headline, a summary and a byline in a box of their own; the updates in the body's
// box: <section> per update, a <time> of its day and clock time, a bold first sentence, a
// figure with a caption in one.
Case it_diretta() {
    const auto update = [](const char* dt, const char* shown, const char* bold, const char* text, const char* fig) {
        return std::string("<section class=\"lb-post\"><time class=\"lb-date\" datetime=\"") + dt + "\">" + shown +
               "</time><div class=\"lb-body\"><p><strong>" + bold + "</strong> " + text + "</p>" + fig + "</div></section>\n";
    };
    const std::string updates =
        update("2024-03-14T18:20", "14 marzo 2024, 18:20", "Riaperta la statale del passo.",
               "La strada è stata riaperta al traffico poco dopo le sei di sera. Restano obbligatorie le catene a bordo fino a nuovo avviso.", "") +
        update("2024-03-14T15:45", "14 marzo 2024, 15:45", "Elicottero in volo sopra la frana.",
               "Un elicottero dei vigili del fuoco sta sorvolando il versante per valutare il rischio di nuovi distacchi. I tecnici del comune attendono le immagini prima di decidere.",
               R"(<figure><img src="/img/frana.jpg" alt=""><figcaption>Il versante visto dall'alto</figcaption></figure>)") +
        update("2024-03-14T12:10", "14 marzo 2024, 12:10", "Evacuate dodici famiglie.",
               "Le famiglie della frazione più vicina alla frana hanno lasciato le case in mattinata. Sono ospitate in un albergo del capoluogo a spese della regione.", "") +
        update("2024-03-14T09:30", "14 marzo 2024, 09:30", "Scuole chiuse in tutta la valle.",
               "Il sindaco ha firmato un'ordinanza che tiene chiuse le scuole della valle per l'intera giornata. Gli scuolabus non effettueranno il servizio.", "") +
        update("2024-03-14T07:05", "14 marzo 2024, 07:05", "La frana nella notte.",
               "Poco prima delle quattro una massa di terra e roccia si è staccata dal versante sopra la strada provinciale. Nessuno è rimasto ferito, ma la carreggiata è coperta per un centinaio di metri.", "");
    return {"it: a header box, then <section> per update with a <time> of its day, a bold first sentence, a figure",
            html_page("it", "Frana in Val Brembella, la diretta - Gazzetta delle Valli",
                      R"(<header class="top"><a href="/" class="logo">Gazzetta delle Valli</a><nav><a href="/cronaca">Cronaca</a><a href="/sport">Sport</a><a href="/meteo">Meteo</a><a href="/abbonati">Abbonati</a></nav></header>
<main><div class="story"><div class="story-head"><h1 class="story-title">Frana in Val Brembella, la diretta</h1><p class="story-summary">Una frana ha bloccato la strada provinciale nella notte tra mercoledì e giovedì, isolando tre frazioni dell'alta valle: gli aggiornamenti della giornata.</p><div class="story-meta">di Redazione · 14 marzo 2024</div></div>
<div class="story-body"><div class="lb">)" + updates + R"(</div></div>
<aside class="correlati"><h3>Leggi anche</h3><ul><li><a href="/cronaca/neve">Neve sulle Alpi, allerta gialla fino a domenica</a></li><li><a href="/cronaca/ponte">Il ponte sul torrente sarà rifatto entro l'estate</a></li></ul></aside></div></main>
<footer><p>Gazzetta delle Valli srl, partita IVA 01234567890. Tutti i diritti riservati.</p></footer>)"),
            {"La strada è stata riaperta al traffico", "Un elicottero dei vigili del fuoco", "Le famiglie della frazione più vicina",
             "Il sindaco ha firmato un'ordinanza", "una massa di terra e roccia"},
            {"Neve sulle Alpi", "partita IVA"}};
}

// Japanese: a header box over <article> per update, a <time> of its day and clock time, a heading.
Case ja_live() {
    const auto update = [](const char* dt, const char* shown, const char* head, const char* text) {
        return std::string("<article class=\"live-entry\"><time datetime=\"") + dt + "\">" + shown + "</time><h2>" + head + "</h2><p>" + text + "</p></article>\n";
    };
    const std::string updates =
        update("2024-08-16T18:30+09:00", "2024年8月16日 18:30", "運転見合わせの区間が再開",
               "台風の影響で運転を見合わせていた在来線は、午後六時すぎに全線で運転を再開しました。ただし、一部の列車は遅れが出ています。") +
        update("2024-08-16T15:00+09:00", "2024年8月16日 15:00", "市内の避難所に二百人",
               "市によりますと、午後三時の時点で市内十か所の避難所に合わせて二百人あまりが避難しています。") +
        update("2024-08-16T11:20+09:00", "2024年8月16日 11:20", "空の便は全便欠航",
               "地元の空港を発着する空の便は、きょう一日すべて欠航が決まりました。あすの運航は朝に判断するということです。") +
        update("2024-08-16T08:00+09:00", "2024年8月16日 8:00", "台風が最も接近",
               "気象台によりますと、台風は午前八時ごろ市の南の海上を通過し、最も接近しました。引き続き高潮に警戒が必要です。");
    return {"ja: a header box over <article> per update with a <time> of its day and a heading",
            html_page("ja", "台風7号 最新情報 ライブ | 港町新聞",
                      R"(<header><a href="/" class="logo">港町新聞</a><nav><a href="/news">ニュース</a><a href="/weather">天気</a><a href="/member">会員登録</a></nav></header>
<main><header class="hd"><h1>台風7号 最新情報 ライブ</h1><p class="lead">台風7号の接近に伴う交通や避難の情報を随時お伝えします。</p><div class="by">2024年8月16日</div></header>
<div class="live">)" + updates + R"(</div>
<section class="related"><h2>関連記事</h2><ul><li><a href="/news/1">台風の備え、今からできること</a></li><li><a href="/news/2">高潮とは何か 専門家に聞く</a></li></ul></section></main>
<footer><p>港町新聞社 無断転載を禁じます。</p></footer>)"),
            {"全線で運転を再開しました", "避難所に合わせて二百人あまり", "すべて欠航が決まりました", "市の南の海上を通過し"},
            {"台風の備え、今からできること", "無断転載を禁じます"}};
}

// English: readers' comments after the article, each with a portrait, a name, its day and a
// reply link.
Case en_comments() {
    const auto post = [](const char* name, const char* date, const char* text) {
        return std::string("<li class=\"c\"><div class=\"c-head\"><img src=\"/av/") + name[0] + ".png\" width=\"48\" height=\"48\" alt=\"\"><span class=\"c-name\">" + name +
               "</span> <span class=\"c-date\">" + date + "</span></div><p>" + text + "</p><a href=\"#reply\" class=\"c-reply\">Reply</a></li>\n";
    };
    const std::string posts =
        post("Margaret Hollis", "March 3, 2024 at 4:10 pm", "My grandfather worked at that mill as a boy and told stories about the flood of 1938. So glad to see someone caring for it again.") +
        post("Dev Patel", "March 3, 2024 at 6:45 pm", "Is there a way to volunteer on weekends only? I would love to help with the roof but I work during the week.") +
        post("Tom Becker", "March 4, 2024 at 9:02 am", "The grant match is a great idea. I just sent a donation and hope others in the valley will do the same.");
    return {"en: readers' comments with portraits, names, their day and reply links",
            html_page("en", "Volunteers restore the Carver Creek mill | Valley Notes",
                      R"(<header><a href="/">Valley Notes</a></header><main><article><h1>Volunteers restore the Carver Creek mill</h1><p>The old mill on Carver Creek has stood empty since the nineteen-seventies, when the last owner sold the grinding stones to a museum in the next county. This spring a group of volunteers began clearing the brush around it.</p><p>Their plan is modest: a new roof before winter, then a small exhibit on the ground floor about the families who worked there. The county has promised a grant if the volunteers can raise the same amount themselves.</p></article>
<section class="talk"><h2>3 comments</h2><ol class="c-list">)" + posts + R"(</ol></section></main><footer><p>Valley Notes is published by volunteers.</p></footer>)"),
            {"The old mill on Carver Creek has stood empty", "a new roof before winter"},
            {"My grandfather worked at that mill", "volunteer on weekends only", "I just sent a donation"}};
}

// German: readers' comments with no portrait, each name in its date line, a reply link.
Case de_comments() {
    const auto post = [](const char* line, const char* text) {
        return std::string("<div class=\"k\"><div class=\"k-kopf\">") + line + "</div><p>" + text + "</p><a href=\"#antwort\">Antworten</a></div>\n";
    };
    const std::string posts =
        post("Petra Lang, 12.05.2024, 18:22 Uhr", "Endlich passiert etwas mit dem Gebäude. Ein Café am Bahnhof hat hier wirklich gefehlt, ich freue mich darauf.") +
        post("Jürgen W., 12.05.2024, 19:05 Uhr", "Zwei Jahre Bauzeit klingt optimistisch. Wer bezahlt eigentlich, wenn die Kosten wieder steigen wie beim Hallenbad?") +
        post("Sabine Roth, 13.05.2024, 07:40 Uhr", "Hoffentlich bleibt die alte Uhr an der Fassade erhalten. Sie gehört einfach zum Ortsbild dazu.");
    return {"de: readers' comments with the name in the date line, no portrait",
            html_page("de", "Alter Bahnhof wird Bürgerhaus - Talhausener Bote",
                      R"(<header><a href="/">Talhausener Bote</a></header><div class="inhalt"><h1>Alter Bahnhof wird Bürgerhaus</h1><p>Die Gemeinde Talhausen will den alten Bahnhof zu einem Bürgerhaus umbauen. Im Erdgeschoss sollen ein Café und ein Raum für Vereine entstehen, im ersten Stock Büros, die an junge Firmen vermietet werden.</p><p>Der Gemeinderat hat dem Plan am Dienstag mit großer Mehrheit zugestimmt. Die Bauarbeiten sollen im Herbst beginnen und etwa zwei Jahre dauern.</p></div>
<div class="kommentare">)" + posts + R"(</div>
<footer><p>Talhausener Bote, alle Rechte vorbehalten.</p></footer>)"),
            {"will den alten Bahnhof zu einem Bürgerhaus umbauen", "Die Bauarbeiten sollen im Herbst beginnen"},
            {"Ein Café am Bahnhof hat hier wirklich gefehlt", "Zwei Jahre Bauzeit klingt optimistisch", "die alte Uhr an der Fassade"}};
}

// French: readers' posts each under a title of their own, a name line, a date line, a reply link.
Case fr_comments() {
    const auto post = [](const char* title, const char* name, const char* date, const char* text) {
        return std::string("<div class=\"avis\"><h4>") + title + "</h4><div class=\"auteur\">" + name + "</div><div class=\"quand\">" + date + "</div><p>" + text +
               "</p><a href=\"#repondre\">Répondre</a></div>\n";
    };
    const std::string posts =
        post("Enfin !", "Claire D.", "2 juin 2024 à 10h12", "C'est une excellente nouvelle pour les enfants qui n'ont jamais le temps en semaine. Merci à la mairie.") +
        post("Et le samedi soir ?", "Marc_61", "2 juin 2024 à 11h30", "Pourquoi ne pas plutôt ouvrir plus tard le samedi ? Le dimanche matin, beaucoup de gens sont au marché.") +
        post("Quarante mille euros", "Hélène P.", "3 juin 2024 à 08h05", "Le coût me paraît raisonnable si la fréquentation suit. Il faudra faire un bilan au bout d'un an.");
    return {"fr: readers' posts each under a title, with a name line and a date line",
            html_page("fr", "La médiathèque ouvrira le dimanche - Le Courrier de l'Orne",
                      R"(<header><a href="/">Le Courrier de l'Orne</a></header><div class="article"><h1>La médiathèque ouvrira le dimanche</h1><p>La médiathèque de Villeneuve-sur-Orne ouvrira le dimanche à partir du mois de septembre. La mairie a recruté deux agents supplémentaires pour assurer ces nouveaux créneaux, de dix heures à dix-sept heures.</p><p>Une consultation menée au printemps avait montré que les familles souhaitaient surtout pouvoir venir le week-end. Le coût annuel est estimé à quarante mille euros.</p></div>
<div class="reactions">)" + posts + R"(</div>
<footer><p>Le Courrier de l'Orne - mentions légales</p></footer>)"),
            {"ouvrira le dimanche à partir du mois de septembre", "Le coût annuel est estimé"},
            {"une excellente nouvelle pour les enfants", "ouvrir plus tard le samedi", "Le coût me paraît raisonnable"}};
}

// Japanese: readers' comments with no portrait: a name and a date side by side in one line box
// (the name glued to the date's digits), a reply label.
Case ja_comments() {
    const auto post = [](const char* name, const char* date, const char* text) {
        return std::string("<div class=\"cm\"><div class=\"cm-h\"><span>") + name + "</span><span>" + date + "</span></div><p>" + text +
               "</p><span class=\"cm-r\">返信</span></div>\n";
    };
    const std::string posts = post("山田花子", "2024年6月2日 10:12", "とてもうれしいです。仕事の後に本を借りに行けるようになります。") +
                              post("たろう", "2024年6月2日 12:40", "自習室が増えるのは学生にとって助かります。土日も延長してほしいです。") +
                              post("佐藤", "2024年6月3日 08:05", "費用に見合う利用があるのか、一年後にきちんと検証してほしい。");
    return {"ja: readers' comments with a name glued to the date line, no portrait",
            html_page("ja", "図書館 平日は午後8時まで開館へ | 港町新聞",
                      R"(<header><a href="/">港町新聞</a></header><main><h1>図書館 平日は午後8時まで開館へ</h1><p>市立図書館は来月から、開館時間を平日の午後八時まで延長します。仕事帰りの人にも利用してもらおうというもので、延長に合わせて自習室の席も増やします。</p><p>市によりますと、利用者へのアンケートで最も多かった要望が開館時間の延長でした。費用は年間およそ三百万円を見込んでいます。</p>
<div class="cms">)" + posts + R"(</div></main>
<footer><p>港町新聞社</p></footer>)"),
            {"開館時間を平日の午後八時まで延長します", "費用は年間およそ三百万円"},
            {"仕事の後に本を借りに行けるように", "自習室が増えるのは学生にとって", "一年後にきちんと検証してほしい"}};
}

// Spanish: a list of dated teasers after the article, each under an unlinked heading, its
// summary closing on a "read more" link to the story it announces.
Case es_teasers() {
    const auto teaser = [](const char* title, const char* text, const char* href, const char* date) {
        return std::string("<li><h3>") + title + "</h3><p>" + text + " <a href=\"" + href + "\">Leer más...</a></p><p class=\"f\">" + date + "</p></li>\n";
    };
    const std::string teasers = teaser("La piscina municipal abre el 15 de junio", "El horario será de once a nueve todos los días de la semana.", "/local/piscina", "10/06/2024") +
                                teaser("Nuevo horario de autobuses en verano", "Las líneas 2 y 5 reducen su frecuencia en julio y agosto.", "/local/autobuses", "08/06/2024") +
                                teaser("La feria del libro vuelve a la plaza mayor", "Más de cuarenta casetas y firmas de autores locales.", "/cultura/feria", "05/06/2024");
    return {"es: dated teasers after the article, each closing on a read-more link",
            html_page("es", "Valdeluz tendrá doce kilómetros más de carril bici | Diario del Valle",
                      R"(<header><a href="/">Diario del Valle</a></header><main><h1>Valdeluz tendrá doce kilómetros más de carril bici</h1><div class="cuerpo"><p>El ayuntamiento de Valdeluz ha presentado el nuevo plan de carriles bici, que añadirá doce kilómetros a la red actual antes de que termine el año. Las obras empezarán por la avenida del río.</p><p>Los comerciantes del centro han pedido que se mantengan las zonas de carga y descarga, y el concejal de movilidad ha prometido reunirse con ellos la próxima semana.</p></div>
<div class="otras"><ul>)" + teasers + R"(</ul></div></main>
<footer><p>Diario del Valle S.L.</p></footer>)"),
            {"ha presentado el nuevo plan de carriles bici", "el concejal de movilidad ha prometido"},
            {"El horario será de once a nueve", "reducen su frecuencia en julio", "Más de cuarenta casetas"}};
}

}  // namespace

TEST_CASE("a live blog whose updates carry their day is the page's text, not a thread answering its intro (de, fr, en, es, it, ja)") {
    for (const Case& c : {de_ticker(), fr_direct(), en_live_list(), es_directo(), it_diretta(), ja_live()}) check(c);
}

TEST_CASE("readers' posts signed with names of their own, and teasers closing on links, still go after the article (en, de, fr, ja, es)") {
    for (const Case& c : {en_comments(), de_comments(), fr_comments(), ja_comments(), es_teasers()}) check(c);
}
