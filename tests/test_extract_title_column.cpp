// The headline's box and the body's column. A page builder sets the headline and its standfirst
// in one row and the body in the next row's column, beside a column of the author's name and
// share buttons; the body is a run of text blocks of one kind between subheadings and pictures.
// The best of those blocks stands "far" from the headline (the standfirst and the byline column
// between), and the box near the headline (the standfirst) scores within reach of it: before,
// the choice moved to the standfirst and the body was lost. The winner's column holding most of
// what the headline's box holds, once its comment thread and teaser lists are left out, is the
// article under that headline, subheadings and pictures between its blocks too. German: a page
// builder's rows of <div> columns inside an <article> that holds a comment thread and teasers;
// English: an <article> with a deck in its header, a byline column and the body's column; French:
// the standfirst, the byline and the body in sibling <section>s (there the old path reached the
// body too, through the <main> around them: a guard that the column keeps it); Italian: each of
// the body's sections in a box of its own (no class), some under their own heading, ads between.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

// A page builder's text block: a box of its kind around a wrapper around the paragraphs.
std::string block(const std::string& kind, const std::string& paragraphs) {
    return "<div class=\"" + kind + "\"><div class=\"inner\">" + paragraphs + "</div></div>";
}

// A page builder's row of columns, each column a box around an inner box around a wrapper.
std::string col(const std::string& width, const std::string& content) {
    return "<div class=\"tb-col " + width + "\"><div class=\"tb-inner\"><div class=\"tb-wrapper\">" + content + "</div></div></div>";
}
std::string row(const std::string& columns) { return "<div class=\"tb-row\">" + columns + "</div>"; }

// A readers' thread: each post a name, a time, the post and a reply link.
std::string comments(const char* heading, const std::vector<std::pair<const char*, const char*>>& posts) {
    std::string out = std::string("<div class=\"talk\"><h3>") + heading + "</h3><ol class=\"c-list\">";
    int n = 0;
    for (const auto& [who, text] : posts) {
        const std::string k = std::to_string(++n);
        out += "<li class=\"c-item\" id=\"c-" + k + "\"><div class=\"c-head\"><b>" + who + "</b> <time datetime=\"2023-11-01T12:" + k +
               "0\">1.11.2023 12:" + k + "0</time></div><div class=\"c-body\"><p>" + text + "</p></div><a class=\"c-reply\" href=\"#reply-" + k +
               "\">Reply</a></li>";
    }
    return out + "</ol></div>";
}

std::string teasers(const char* heading, const char* a, const char* b, const char* c) {
    const auto card = [](const char* t, int n) {
        return "<div class=\"card\"><h4><a href=\"/news/" + std::to_string(n) + "\">" + t + "</a></h4><span>News</span></div>";
    };
    return std::string("<div class=\"more\"><h3>") + heading + "</h3>" + card(a, 1) + card(b, 2) + card(c, 3) + "</div>";
}

const char* kNav = "<div class=\"menu\"><a href=\"/\">Start</a> <a href=\"/politik\">Politik</a> <a href=\"/wirtschaft\">Wirtschaft</a> "
                   "<a href=\"/kultur\">Kultur</a> <a href=\"/sport\">Sport</a></div>";

}  // namespace

TEST_CASE("the body's column of text blocks, not the standfirst beside the headline, is the article") {
    SUBCASE("de, a page builder's rows and columns, comments and teasers in the article") {
        const std::string tb = "tb-text tb-element";
        const std::string body =
            block(tb, "<p>Die Kosten für die Dienstreisen des Bürgermeisters sorgen im Gemeinderat für Streit. Grund: Die vier Fahrten "
                      "zu den Sommerfestspielen haben zusammen fast dreißigtausend Euro gekostet, wie eine Anfrage der Opposition ergab. "
                      "Der Fraktionschef kritisiert vor allem, dass der Bürgermeister mit einem Dienstwagen und zwei Fahrern reiste, "
                      "obwohl ein direkter Zug fuhr.</p><p>Auch die Verwaltung selbst hatte im Frühjahr noch alle Ämter aufgefordert, "
                      "auf Dienstreisen mit dem Auto zu verzichten, wo es eine gute Verbindung mit Bus oder Bahn gibt.</p>") +
            "<h2 class=\"tb-heading\">Mit dem Zug wäre es billiger gewesen</h2>" +
            block(tb, "<p>Während viele Haushalte wegen der hohen Preise sparen mussten, ließ sich die Stadtspitze ihre Ausflüge etwas "
                      "kosten. Die Opposition rechnet vor, dass eine Fahrt mit der Bahn nicht einmal ein Zehntel gekostet hätte.</p>"
                      "<p>Konkret fragte die Fraktion ab, wie viel die Reisen zu den Festspielen am See und in den Bergen gekostet haben. "
                      "Laut der Antwort fielen allein für die Übernachtungen über zehntausend Euro an.</p>") +
            "<div class=\"tb-image\"><img src=\"/img/rat.jpg\" alt=\"\"><span class=\"tagline\">Der Gemeinderat in seiner letzten Sitzung</span></div>"
            "<h2 class=\"tb-heading\">Ein ganzer Hofstaat reiste mit</h2>" +
            block(tb, "<p>Ein Aufreger für die Opposition ist aber die Zahl der Begleiter, die mit dem Bürgermeister zu den Festspielen "
                      "gereist sei. So seien gleich vier Mitarbeiter der Pressestelle dabei gewesen, dazu ein Fotograf und zwei Berater, "
                      "deren Aufgabe bei einem Konzertbesuch niemand erklären konnte.</p>") +
            "<h2 class=\"tb-heading\">Das Rathaus verteidigt die Reisen</h2>" +
            block(tb, "<p>Eine Sprecherin der Stadt erklärte, die Besuche gehörten zu den Pflichten des Amtes und seien lange vor der "
                      "Teuerung geplant worden. Man werde die Kosten im nächsten Jahr aber genauer prüfen und Fahrten mit der Bahn "
                      "bevorzugen, wo immer das möglich sei.</p>");
        const std::string page = html_page("de", "Festspielreisen des Bürgermeisters kosteten fast dreißigtausend Euro",
            std::string(kNav) + "<main><article class=\"post\"><div class=\"entry\"><section class=\"tb-wrap\">" +
            row(col("tb-col-2", "<span class=\"tag\">Politik</span>") +
                col("tb-col-6", "<h1 class=\"tb-heading\">Festspielreisen des Bürgermeisters kosteten fast dreißigtausend Euro</h1>" +
                    block(tb + " tb-standfirst", "<p>Während viele Bürger wegen der Teuerung sparen mussten, fuhr der Bürgermeister samt "
                                                 "Gefolge zu den Festspielen. Die Reisen kosteten die Stadt fast dreißigtausend Euro, die "
                                                 "Opposition spricht von Verschwendung und verlangt eine Erklärung im Gemeinderat. Das Rathaus "
                                                 "weist die Vorwürfe zurück und verweist auf die Pflichten des Amtes.</p>")) +
                col("tb-col-4", "")) +
            row(col("tb-col-2", "<div class=\"who\"><span>Redaktion</span> <time datetime=\"2023-11-01T10:29\">1. November 2023 10:29</time></div>"
                    "<div class=\"share\"><a href=\"https://share.example/fb\">Auf Facebook teilen</a> <a href=\"https://share.example/x\">Auf X teilen</a> "
                    "<a href=\"https://share.example/in\">Auf LinkedIn teilen</a> <a href=\"mailto:?subject=Festspielreisen\">Per E-Mail senden</a></div>") +
                col("tb-col-6 body-col", "<div class=\"tb-image\"><img src=\"/img/buergermeister.jpg\" alt=\"\"><span class=\"tagline\">Der "
                    "Bürgermeister bei der Eröffnung der Festspiele im Sommer, neben ihm seine Berater und der Intendant</span></div>" + body) +
                col("tb-col-4", "<div class=\"ad\"></div>")) +
            "<div class=\"after\">" +
            comments("Kommentare",
                     {{"Leser12", "Und wenn ich sein Gehalt hätte, würde ich auch mit dem Dienstwagen fahren, das ist doch klar und war schon immer so in dieser Stadt."},
                      {"Hans M.", "Die Opposition hat völlig recht, das ist eine Verschwendung von Steuergeld, die sich niemand mehr leisten kann, schon gar nicht in diesen Zeiten."},
                      {"Gerda", "Wer im Rathaus sitzt, muss auch zu den Festspielen fahren, das gehört dazu und bringt der Stadt am Ende mehr Gäste und mehr Geld."},
                      {"Peter K.", "Ich war selbst bei den Festspielen und habe den Bürgermeister gesehen, er saß in der ersten Reihe und hat sich gut unterhalten."},
                      {"anonym", "Vier Leute von der Pressestelle für ein Konzert? Da frage ich mich wirklich, wer in dieser Zeit die Arbeit im Rathaus gemacht hat."},
                      {"Maria", "Früher ist der alte Bürgermeister mit dem Fahrrad ins Rathaus gefahren, und niemand hätte sich getraut, so viel Geld auszugeben."},
                      {"Stefan", "Solange die Schulen kein Geld für neue Fenster haben, sollte sich niemand im Rathaus eine Reise zu den Festspielen gönnen dürfen."},
                      {"Leser12", "Die Zahlen stammen doch von der Opposition selbst, ich würde gern einmal die Rechnung der Stadt sehen, bevor ich mir ein Urteil bilde."},
                      {"Gerda", "Am Ende zahlt wie immer der kleine Bürger, und die da oben fahren mit dem Dienstwagen neben dem Zug her, das ist einfach nur traurig."},
                      {"Hans M.", "Eine Anfrage im Gemeinderat ist das gute Recht der Opposition, und die Antwort der Stadt zeigt ja, dass die Zahlen stimmen."},
                      {"Petra", "Ich finde, man sollte die Festspiele ganz aus dem Haushalt streichen, dann gäbe es auch keinen Grund mehr für solche Reisen."}}) +
            teasers("Das könnte Sie auch interessieren", "Neue Radwege für die Innenstadt beschlossen",
                    "Stadtwerke erhöhen die Preise für Strom und Gas im Januar", "Bürgerversammlung zur Umgehungsstraße im Dezember") +
            "</div>"
            "</section></div></article></main><div class=\"foot\"><p>© 2023 Stadtblatt</p></div>");
        const std::string t = text_of(page);
        CHECK(has(t, "Die Kosten für die Dienstreisen des Bürgermeisters"));
        CHECK(has(t, "Konkret fragte die Fraktion ab"));
        CHECK(has(t, "Eine Sprecherin der Stadt erklärte"));
        CHECK_FALSE(has(t, "Und wenn ich sein Gehalt hätte"));
        CHECK_FALSE(has(t, "Stadtwerke erhöhen die Preise"));
    }
    SUBCASE("en, an <article> with a deck, a byline column, the body's blocks, comments and teasers") {
        const std::string tb = "text-block";
        const std::string page = html_page("en", "River ferry to stop running after sixty years",
            "<nav class=\"top\"><a href=\"/\">Home</a> <a href=\"/local\">Local</a> <a href=\"/business\">Business</a> <a href=\"/sport\">Sport</a></nav>"
            "<article class=\"story\"><header class=\"story-head\"><h1>River ferry to stop running after sixty years</h1>"
            "<div class=\"deck\"><p>The small car ferry between the two river towns will make its last crossing at the end of the month, "
            "the county said on Monday. Falling passenger numbers, a worn-out engine and the cost of a new landing stage were too much, "
            "and a bus link over the bridge will replace it for the few hundred people who still use it every day.</p></div></header>"
            "<div class=\"grid\"><div class=\"grid-col-a\"><div class=\"byline\">By Mary Holt <time datetime=\"2023-10-30\">October 30, 2023</time></div>"
            "<div class=\"share\"><a href=\"https://share.example/fb\">Share on Facebook</a> <a href=\"https://share.example/x\">Share on X</a> "
            "<a href=\"https://share.example/wa\">Share on WhatsApp</a> <a href=\"mailto:?subject=ferry\">Share by email</a></div></div>"
            "<div class=\"grid-col-b\"><figure><img src=\"/img/ferry.jpg\" alt=\"\"><figcaption>The ferry at the north landing on a foggy "
            "morning last winter, with the church tower of the old town behind it</figcaption></figure>" +
            block(tb, "<p>The ferry has carried cars, cyclists and school children across the river since the early sixties, when the "
                      "county bought the boat from a shipyard on the coast. Its crew of three has kept it running through floods, "
                      "frozen winters and two fires in the engine room, but the engine is now older than most of its passengers.</p>"
                      "<p>A report to the county's transport committee found that repairs to keep it going for another ten years would "
                      "cost more than a new boat, and that the landing stage on the south bank is sinking into the mud.</p>") +
            "<h2>Passengers are angry</h2>" +
            block(tb, "<p>Many of the people who use the ferry are older residents without a car, for whom the crossing is the only "
                      "way to the doctor, the market and the station on the other side. A petition against the closure has been signed "
                      "by more than two thousand people in a week.</p>") +
            "<h2>A bus over the bridge</h2>" +
            block(tb, "<p>The county says a new bus will run every half hour between the two town centres, crossing the river on the "
                      "road bridge five miles upstream. The journey will take forty minutes instead of ten, which the petition calls "
                      "an insult to the people who kept the ferry alive.</p>") +
            "</div></div><section class=\"talk-wrap\">" +
            comments("Comments",
                     {{"oldboatman", "I crossed on that ferry every morning for thirty years on the way to the factory, and I will miss the smell of the engine."},
                      {"Jen T.", "Forty minutes on a bus to get to a doctor who is ten minutes away across the water is simply not good enough for anyone."},
                      {"Mark", "The county has been starving the ferry of money for years, so of course it now costs more to fix than to replace it."},
                      {"riverside", "Has anyone asked the crew what they think? They know that boat better than any consultant who wrote that report."},
                      {"Sue P.", "We used to take the children over on a Sunday for an ice cream on the other side, it was the best part of the week."},
                      {"Dan", "Sixty years is a good run for any boat. Maybe a volunteer group could take it over and run it in the summer for visitors."},
                      {"oldboatman", "The landing stage was sinking when I was young and they fixed it then, I do not see why they cannot fix it now."},
                      {"Kay", "The bridge road is already full of lorries in the morning, adding buses will only make the traffic worse for everyone."},
                      {"Mark", "Sign the petition, it is the only thing the committee will listen to before the budget meeting next month."},
                      {"Tom R.", "My grandfather was one of the first crew, and he would have been heartbroken to read about this in the paper today."},
                      {"Jen T.", "Does anyone know if the bus will take bicycles? Half the people on the morning crossing are cyclists going to work."}}) +
            teasers("More from Local", "Market square to close for repairs in spring", "New school opens its doors to the first pupils",
                    "Library extends opening hours on Saturdays") +
            "</section></article><footer class=\"site-foot\"><p>© 2023 The River Gazette</p></footer>");
        const std::string t = text_of(page);
        CHECK(has(t, "The ferry has carried cars, cyclists and school children"));
        CHECK(has(t, "Many of the people who use the ferry are older residents"));
        CHECK(has(t, "The county says a new bus will run every half hour"));
        CHECK(has(t, "A bus over the bridge"));
        CHECK_FALSE(has(t, "I crossed on that ferry every morning"));
        CHECK_FALSE(has(t, "Market square to close"));
    }
    SUBCASE("fr, the standfirst and the body in sibling sections") {
        const std::string tb = "bloc-texte";
        const std::string page = html_page("fr", "La piscine municipale fermera tout l'été pour travaux",
            "<div class=\"entete\"><a href=\"/\">Accueil</a> <a href=\"/ville\">Ville</a> <a href=\"/sports\">Sports</a> <a href=\"/culture\">Culture</a></div>"
            "<main class=\"page\"><section class=\"chapeau\"><h1>La piscine municipale fermera tout l'été pour travaux</h1>"
            "<p class=\"intro\">La piscine du centre-ville restera fermée de juin à septembre, a annoncé la mairie mardi soir. Le toit, les "
            "vestiaires et le système de chauffage de l'eau doivent être refaits, et les nageurs devront se rendre dans les communes voisines "
            "pendant tout l'été, au grand regret des clubs et des familles.</p></section>"
            "<section class=\"signature\"><p>Par Julie Marchand, <time datetime=\"2023-05-16\">16 mai 2023</time></p><div class=\"partage\">"
            "<a href=\"https://share.example/fb\">Partager sur Facebook</a> <a href=\"https://share.example/x\">Partager sur X</a> "
            "<a href=\"mailto:?subject=piscine\">Envoyer par courriel</a></div></section>"
            "<section class=\"corps\"><figure><img src=\"/img/piscine.jpg\" alt=\"\"><figcaption>Le grand bassin de la piscine municipale, "
            "construit au début des années soixante-dix et jamais rénové depuis</figcaption></figure>" +
            block(tb, "<p>Les travaux, estimés à plus de trois millions d'euros, étaient attendus depuis longtemps. Le toit laisse passer la "
                      "pluie depuis plusieurs hivers, et les vestiaires, construits avec le bâtiment il y a cinquante ans, ne sont plus aux "
                      "normes d'accessibilité pour les personnes handicapées.</p><p>La mairie a choisi l'été pour ne pas priver les écoles "
                      "des cours de natation, qui reprendront dès la rentrée de septembre dans un bâtiment entièrement rénové.</p>") +
            "<h2>Les clubs inquiets</h2>" +
            block(tb, "<p>Le club de natation, qui compte près de quatre cents licenciés, craint de perdre des adhérents pendant ces trois "
                      "mois. Son président demande que la ville paie le transport des nageurs jusqu'à la piscine intercommunale.</p>") +
            "<h2>Des navettes gratuites</h2>" +
            block(tb, "<p>La mairie promet des navettes gratuites deux fois par jour vers la piscine de la commune voisine, ainsi que des "
                      "tarifs réduits pour les habitants de la ville, sur présentation d'un justificatif de domicile.</p>") +
            "</section><section class=\"reactions\">" +
            comments("Réactions",
                     {{"nageuse75", "Enfin ! Cela fait des années que l'on attend ces travaux, le toit fuyait déjà quand mes enfants apprenaient à nager."},
                      {"Paul D.", "Fermer tout l'été, c'est vraiment le pire moment, les enfants n'auront nulle part où aller pendant les vacances scolaires."},
                      {"Martine", "Les navettes deux fois par jour, ce n'est pas assez, il faudrait au moins un départ toutes les heures l'après-midi."},
                      {"Jean-Luc", "Trois millions d'euros pour une piscine, alors que les routes du quartier sont pleines de trous depuis des années."},
                      {"nageuse75", "Les routes et la piscine ne relèvent pas du même budget, il faut arrêter de tout mélanger dans ces débats."},
                      {"Sophie", "J'espère que le nouveau bassin aura enfin une ligne réservée aux nageurs lents, comme dans la commune voisine."},
                      {"Paul D.", "Pourquoi ne pas avoir commencé les travaux en hiver, quand la piscine est beaucoup moins fréquentée le soir ?"},
                      {"Ahmed", "Le club fait un travail formidable avec les jeunes, la ville devrait vraiment payer le transport pendant l'été."},
                      {"Martine", "Et les tarifs réduits, ils valent aussi pour les retraités qui nagent le matin avant l'ouverture au public ?"},
                      {"Claire", "Mon fils a appris à nager dans ce bassin, et moi aussi d'ailleurs, il était temps de lui donner une seconde vie."},
                      {"Jean-Luc", "On verra bien si les travaux seront finis en septembre, on connaît les retards habituels sur ce genre de chantier."}}) +
            teasers("À lire aussi", "Le marché du samedi change de place", "Une nouvelle piste cyclable le long du canal",
                    "La médiathèque ouvre le dimanche") +
            "</section></main><footer><p>© 2023 Le Journal de la Ville</p></footer>");
        const std::string t = text_of(page);
        CHECK(has(t, "Les travaux, estimés à plus de trois millions"));
        CHECK(has(t, "Le club de natation, qui compte près de quatre cents"));
        CHECK(has(t, "La mairie promet des navettes gratuites"));
        CHECK(has(t, "Des navettes gratuites"));
        CHECK_FALSE(has(t, "Cela fait des années que l'on attend"));
        CHECK_FALSE(has(t, "Le marché du samedi change de place"));
    }
    SUBCASE("it, the body's sections each in a box of its own, some under a heading, ads between") {
        const auto section = [](const char* heading, const std::string& paragraphs) {
            static int n = 0;
            return "<div id=\"block-" + std::to_string(++n) + "\"><section class=\"cs\"><div class=\"cs-wrap\">" +
                   (heading[0] ? std::string("<h3>") + heading + "</h3>" : std::string()) +
                   "<div class=\"row\"><div class=\"col\"><div class=\"cs-text\">" + paragraphs + "</div></div></div></div></section></div>"
                   "<div class=\"ad ad-leaderboard\"></div>";
        };
        const std::string page = html_page("it", "Il porto raddoppia le navi da crociera",
            "<div class=\"topbar\"><a href=\"/\">Home</a> <a href=\"/economia\">Economia</a> <a href=\"/cronaca\">Cronaca</a> <a href=\"/sport\">Sport</a></div>"
            "<div class=\"story\"><div class=\"story-head\"><h1>Il porto raddoppia le navi da crociera</h1>"
            "<div class=\"meta\"><span>31.10.2023</span> <a href=\"https://share.example/fb\">Condividi su Facebook</a> "
            "<a href=\"https://share.example/x\">Condividi su X</a> <a href=\"mailto:?subject=porto\">Invia per email</a></div>"
            "<p class=\"lead\">Dopo gli anni difficili della pandemia, il porto della città torna a crescere: l'anno prossimo attraccheranno il "
            "doppio delle navi da crociera, e l'autorità portuale prevede più di un milione di passeggeri. I commercianti del centro storico "
            "sperano in una stagione lunga, gli abitanti temono il traffico e l'inquinamento delle navi ferme in banchina.</p>"
            "<p class=\"lead\">Il sindaco parla di una grande occasione per la città, l'opposizione chiede uno studio sull'aria prima di "
            "firmare i nuovi contratti con le compagnie.</p></div>"
            "<div class=\"paywall\">" +
            section("", "<p>Il presidente dell'autorità portuale ha presentato i numeri martedì mattina, davanti al consiglio comunale e alle "
                        "associazioni di categoria. Le compagnie hanno già prenotato più di trecento scali per la prossima stagione, contro i "
                        "centocinquanta di quest'anno, e tre di loro porteranno in città le navi più grandi della loro flotta.</p>"
                        "<p>Per accoglierle, il porto dovrà allungare la banchina principale di ottanta metri e costruire un nuovo terminal per "
                        "i passeggeri, con un costo stimato di quaranta milioni di euro.</p><p>I lavori dovrebbero cominciare in primavera e durare "
                        "almeno diciotto mesi, durante i quali una parte delle navi attraccherà al molo dei traghetti, già oggi molto affollato.</p>") +
            section("I commercianti sperano", "<p>Nel centro storico, i negozi e i ristoranti contano sui crocieristi per allungare la stagione "
                        "fino a novembre. Il presidente dei commercianti ricorda che ogni passeggero spende in media sessanta euro a terra.</p>") +
            section("Gli abitanti temono lo smog", "<p>Un comitato di cittadini del quartiere vicino al porto chiede che le navi spengano i motori "
                        "in banchina e si colleghino alla rete elettrica, come già avviene in altri porti del Mediterraneo.</p>") +
            section("", "<p>L'autorità portuale ha promesso che i primi allacci elettrici saranno pronti entro due anni, finanziati in parte "
                        "con fondi europei, e che le navi più vecchie non potranno più attraccare dal prossimo decennio.</p>") +
            "</div></div><div class=\"foot\"><p>© 2023 Gazzetta del Porto</p></div>");
        const std::string t = text_of(page);
        CHECK(has(t, "Il presidente dell'autorità portuale ha presentato i numeri"));
        CHECK(has(t, "Nel centro storico, i negozi e i ristoranti"));
        CHECK(has(t, "Un comitato di cittadini del quartiere"));
        CHECK(has(t, "i primi allacci elettrici saranno pronti"));
        CHECK(has(t, "Gli abitanti temono lo smog"));
    }
}
