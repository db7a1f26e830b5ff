// A reply form's boxes are no part of a split article, whatever they are named (issue 18,
// class-blind round 42). Class names here are hashes, as a CSS toolchain writes them.
// A short post is followed by its reply form: notes on how comments are moderated and the
// messages a script shows (a preview, an error), prose that scores as well as the post. A box
// holding a <textarea>, or standing beside a <form> that holds one, is the form's and does not
// make the article "split" into parts the page's column would join.
// English, Italian, Polish; the notes and messages beside the form, or the form in the notes' box.
#include <doctest/doctest.h>

#include <string>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

struct Case {
    const char* lang;
    const char* title;
    std::string paras[3];
    std::string notes[3], messages[3];
};

std::vector<Case> cases() {
    return {
        {"en", "The river crossing reopens on Monday",
         {"After eight months of repairs, delays and two changes of contractor, the old iron bridge over the river will carry cars again from Monday morning, the council said.",
          "Cyclists and walkers, who kept a narrow lane during the works, will get a wider path on the east side, with new lights, a rail and benches at both ends.",
          "The bus routes that were sent round by the ring road, adding twenty minutes to each trip, will return to the bridge in the first week of next month."},
         {"Comments are read by a moderator before they appear, so yours may take a while, and we may shorten it if it runs long.",
          "Please keep to the subject, be kind to other readers, and do not post addresses, phone numbers or other private details.",
          "Links to other sites are allowed, but posts that only advertise, or repeat themselves, will be removed without notice."},
         {"This is only a preview of what you wrote, and it has not been posted yet, so you can still change it before sending.",
          "Your message could not be sent because the page was open for too long, so please copy it, reload, and try once more.",
          "Your message was saved, and it will appear below once a moderator has read it, usually within a day, sometimes two."}},
        {"it", "Il ponte sul fiume riapre lunedì",
         {"Dopo otto mesi di lavori, ritardi e due cambi di impresa, il vecchio ponte di ferro sul fiume tornerà a portare le auto da lunedì mattina, ha detto il comune.",
          "Ciclisti e pedoni, che durante i lavori avevano una corsia stretta, avranno un percorso più largo sul lato est, con nuove luci, un parapetto e panchine.",
          "Le linee degli autobus, deviate sulla tangenziale con venti minuti in più a ogni corsa, torneranno sul ponte nella prima settimana del mese prossimo."},
         {"I commenti sono letti da un moderatore prima di apparire, quindi il tuo potrebbe tardare, e potremmo accorciarlo se è lungo.",
          "Resta in tema, sii gentile con gli altri lettori, e non pubblicare indirizzi, numeri di telefono o altri dati personali.",
          "I link ad altri siti sono ammessi, ma i messaggi che fanno solo pubblicità, o si ripetono, saranno rimossi senza avviso."},
         {"Questa è solo un'anteprima di ciò che hai scritto, non è ancora pubblicata, quindi puoi ancora modificarla prima dell'invio.",
          "Il tuo messaggio non è stato inviato perché la pagina è rimasta aperta troppo a lungo, quindi copialo, ricarica e riprova.",
          "Il tuo messaggio è stato salvato, e apparirà qui sotto quando un moderatore lo avrà letto, di solito entro un giorno o due."}},
        {"pl", "Most na rzece zostanie otwarty w poniedziałek",
         {"Po ośmiu miesiącach remontu, opóźnieniach i dwóch zmianach wykonawcy, stary żelazny most na rzece znów przyjmie samochody od poniedziałku rano, poinformował urząd.",
          "Rowerzyści i piesi, którzy w czasie prac mieli wąski pas, dostaną szerszą ścieżkę po wschodniej stronie, z nowymi światłami, barierką i ławkami.",
          "Linie autobusowe, skierowane na obwodnicę, co wydłużało każdy kurs o dwadzieścia minut, wrócą na most w pierwszym tygodniu przyszłego miesiąca."},
         {"Komentarze czyta moderator, zanim się pojawią, więc twój może poczekać, a jeśli będzie bardzo długi, możemy go skrócić.",
          "Trzymaj się tematu, bądź uprzejmy dla innych czytelników, i nie publikuj adresów, numerów telefonów ani danych osobowych.",
          "Linki do innych stron są dozwolone, ale wpisy, które tylko reklamują, albo się powtarzają, usuniemy bez uprzedzenia."},
         {"To tylko podgląd tego, co napisałeś, i nie został jeszcze opublikowany, więc możesz go jeszcze zmienić przed wysłaniem.",
          "Twoja wiadomość nie została wysłana, bo strona była otwarta zbyt długo, więc skopiuj ją, odśwież stronę i spróbuj ponownie.",
          "Twoja wiadomość została zapisana, i pojawi się poniżej, gdy przeczyta ją moderator, zwykle w ciągu jednego lub dwóch dni."}},
    };
}

// The page's column: the post (a headline, its three paragraphs, a date line) and its reply box.
// beside: the notes and the messages each in a box beside the form (markup 1); else the box of
// two notes holds the form, the messages in a box beside it (markup 2).
std::string page(const Case& c, bool beside) {
    std::string body = std::string("<div class=\"w9k2\"><div class=\"a7x3\"><h2 class=\"r8m9j\">") + c.title +
                       "</h2><div class=\"b4n8\">";
    for (const auto& p : c.paras) body += "<p>" + p + "</p>";
    body += "</div><div class=\"m2q\">2012-11-01 08:15</div></div>";
    const std::string form = "<form action=\"/reply\" method=\"post\"><input name=\"n\"><textarea name=\"t\"></textarea>"
                             "<input type=\"submit\" value=\"&#10148;\"></form>";
    std::string notes = "<div class=\"h3k\">", messages = "<div class=\"d8t\">";
    for (std::size_t i = 0; i < (beside ? 3u : 2u); ++i) notes += "<p>" + c.notes[i] + "</p>";
    for (const auto& p : c.messages) messages += "<p>" + p + "</p>";
    notes += "</div>";
    messages += "</div>";
    if (beside) body += "<div class=\"c4h5\">" + notes + form + messages + "</div>";
    else body += "<div class=\"c4h5\">" + notes.substr(0, notes.size() - 6) + "<div class=\"x2\">" + messages + form + "</div></div></div>";
    return html_page(c.lang, c.title, body + "</div><div class=\"f0x1\"><a href=\"/\">&copy;</a></div>");
}

}  // namespace

TEST_CASE("class-blind: a reply form's notes and messages do not join a short post as its parts") {
    for (const auto& c : cases())
        for (const bool beside : {true, false}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(beside);
            const std::string out = text_of(page(c, beside));
            for (const auto& p : c.paras) CHECK(has(out, p.substr(0, 40)));
            for (const auto& s : c.notes) CHECK_FALSE(has(out, s.substr(0, 40)));  // (one unused in markup 2)
            for (const auto& s : c.messages) CHECK_FALSE(has(out, s.substr(0, 40)));
        }
}
