// The headline's box and the body's column. A page builder sets the headline and its standfirst
// in one row and the body in the next row's column, beside a column of the author's name and
// share buttons; the body is a run of text blocks of one kind between subheadings and pictures.
// The best of those blocks stands "far" from the headline (the standfirst and the byline column
// between), and the box near the headline (the standfirst) scores within reach of it: before,
// the choice moved to the standfirst and the body was lost. The winner's column holding most of
// what the headline's box holds, once its comment thread and teaser lists are left out, is the
// article under that headline, subheadings and pictures between its blocks too. German: a page
// builder's rows of <div> columns inside an <article> that holds a comment thread and teasers.
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
}
