// A notice set off in bold over its own link (a subscription wall, a members-only note: "this
// story is for subscribers" over "subscribe from 1 € a month"), set between the article's
// paragraphs. Extraction drops the link line as chrome; what is left is a short bold paragraph.
// Two things kept it: the dropped link line counted as a box's way out only when it was a form,
// a button or an address, and the link was placed after the block before it by source line, so
// on a page written on one line (every block on line 1) it was placed nowhere. Now the dropped
// actions are placed in document order, and a plain link line under a pitch set off as a whole
// is its way out (the pitch's words must still be foreign to the article).
// English, French, Polish, Russian; HTML5 (article, the box a section), class-less div soup, a
// table layout; each page written on one line and one block a line.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "text_util.hpp"

using namespace winnow;

namespace {

struct Lang {
    const char* code;
    std::vector<const char*> paras;  // the article: five paragraphs
    const char* notice;              // the box's bold line
    const char* link;                // its link line
    const char* source;              // a bold line of the article's own words over its source link
    const char* warning;             // a bold note opened by its label, over a link
    const char* aside;               // a credit in brackets, in italics, over a link
};

const std::vector<Lang>& langs() {
    static const std::vector<Lang> all{
        {"en",
         {"The harbour authority finished dredging the old channel this spring, and the first cargo boat in thirty years tied up at the quay.",
          "Fishermen had asked for the work since the storm of 2009 filled the channel with sand and stones from the northern cliffs.",
          "The dredging took four months, and the mud was carried to a field behind the dunes where it will be used to raise the sea wall.",
          "Harbour staff now measure the depth of the channel every week, and a buoy marks the bend where the sand gathers first.",
          "The council plans a small market on the quay next summer, with stalls for the fishermen and a space for the ferry company."},
         "Members read this story in full.", "Become a member for 2 € a month",
         "The channel dredging report of the harbour authority.",
         "Notice: visitors must keep to the marked path while boats are unloading.",
         "(With reporting by Ana Lindqvist in Göteborg.)"},
        {"fr",
         {"Le port a terminé ce printemps le dragage de l'ancien chenal, et le premier cargo depuis trente ans s'est amarré au quai.",
          "Les pêcheurs réclamaient les travaux depuis la tempête de 2009, qui avait rempli le chenal de sable et de pierres des falaises.",
          "Le dragage a duré quatre mois, et la vase a été portée dans un champ derrière les dunes pour rehausser la digue.",
          "Le personnel du port mesure désormais la profondeur du chenal chaque semaine, et une bouée marque le coude où le sable s'accumule.",
          "La commune prévoit un petit marché sur le quai l'été prochain, avec des étals pour les pêcheurs et la compagnie de ferry."},
         "Réservé aux abonnés numériques.", "Abonnement dès 2 € par mois",
         "Le rapport du port sur le dragage du chenal.",
         "Attention : visiteurs, restez sur le chemin balisé pendant les déchargements.",
         "(Avec la contribution d'Ana Lindqvist à Göteborg.)"},
        {"pl",
         {"Zarząd portu zakończył tej wiosny pogłębianie starego kanału i pierwszy statek od trzydziestu lat przycumował przy nabrzeżu.",
          "Rybacy prosili o te prace od sztormu w 2009 roku, który zasypał kanał piaskiem i kamieniami z północnych klifów.",
          "Pogłębianie trwało cztery miesiące, a muł wywieziono na pole za wydmami, gdzie posłuży do podniesienia wału.",
          "Pracownicy portu co tydzień mierzą teraz głębokość kanału, a boja oznacza zakręt, w którym piasek zbiera się najpierw.",
          "Gmina planuje w przyszłe lato mały targ na nabrzeżu, ze straganami dla rybaków i miejscem dla przewoźnika promowego."},
         "Treść dostępna tylko dla prenumeratorów.", "Prenumerata od 2 zł miesięcznie",
         "Raport zarządu portu o pogłębianiu kanału.",
         "Uwaga: goście muszą trzymać się oznaczonej ścieżki podczas rozładunku łodzi.",
         "(Współpraca: Ana Lindqvist z Göteborga, korespondentka tygodnika.)"},
        {"ru",
         {"Управление порта этой весной закончило углублять старый канал, и первое за тридцать лет грузовое судно встало у причала.",
          "Рыбаки просили об этих работах со времени шторма 2009 года, который засыпал канал песком и камнями с северных скал.",
          "Углубление заняло четыре месяца, а ил вывезли на поле за дюнами, где им поднимут дамбу.",
          "Сотрудники порта теперь каждую неделю измеряют глубину канала, а буй отмечает изгиб, где песок собирается первым.",
          "Следующим летом город планирует небольшой рынок на причале, с прилавками для рыбаков и местом для паромной компании."},
         "Материал доступен только подписчикам.", "Подписка от 99 ₽ в месяц",
         "Отчёт управления порта об углублении канала.",
         "Внимание: посетители должны держаться размеченной дорожки во время разгрузки судов.",
         "(При участии Аны Линдквист из Гётеборга.)"},
    };
    return all;
}

enum class Markup { html5, divs, table };

// The article with `box` after its third paragraph; `lines`: one block a line, else all on one.
std::string page(const Lang& l, Markup m, const std::string& box, bool lines) {
    const std::string nl = lines ? "\n" : "";
    auto para = [&](const char* p) {
        return m == Markup::table ? "<tr><td><p>" + std::string(p) + "</p></td></tr>" + nl : "<p>" + std::string(p) + "</p>" + nl;
    };
    std::string body;
    for (std::size_t k = 0; k < l.paras.size(); ++k) {
        body += para(l.paras[k]);
        if (k == 2) body += (m == Markup::table ? "<tr><td>" + box + "</td></tr>" : box) + nl;
    }
    const std::string head = std::string("<!DOCTYPE html><html lang=\"") + l.code + "\"><head><meta charset=\"utf-8\"><title>" +
                             l.paras[0] + "</title></head><body>" + nl;
    switch (m) {
        case Markup::html5:
            return head + "<main><article><h1>" + l.paras[0] + "</h1>" + nl + body + "</article></main></body></html>";
        case Markup::divs:
            return head + "<div><div><h1>" + l.paras[0] + "</h1>" + nl + body + "</div></div></body></html>";
        case Markup::table:
            return head + "<table><tr><td><h1>" + l.paras[0] + "</h1></td></tr>" + nl + body + "</table></body></html>";
    }
    return {};
}

// bold_line: the notice set off in bold over a plain link; else a plain notice over a link
// set in bold as a whole (a button made of a link).
std::string box(const Lang& l, Markup m, const char* line, bool bold_line = true) {
    const std::string inner = bold_line ? std::string("<p><strong>") + line + "</strong></p><p><a class=\"button\" href=\"/join?from=wall\">" +
                                              l.link + "</a></p>"
                                        : std::string("<p>") + line + "</p><p><a href=\"/join?from=wall\"><strong>" + l.link +
                                              "</strong></a></p>";
    return m == Markup::html5 ? "<section>" + inner + "</section>" : "<div>" + inner + "</div>";
}

std::string cleaned(const std::string& input) {
    const Result r = clean(input);
    REQUIRE(r.ok());
    return winnow::test::squeeze(to_text(r.document));
}

}  // namespace

TEST_CASE("a bold notice over its own link line goes, on a page of many lines or of one") {
    for (const Lang& l : langs()) {
        for (Markup m : {Markup::html5, Markup::divs, Markup::table}) {
            for (bool lines : {true, false}) {
                CAPTURE(std::string(l.code));
                CAPTURE(static_cast<int>(m));
                CAPTURE(lines);
                const std::string out = cleaned(page(l, m, box(l, m, l.notice), lines));
                CHECK(out.find(l.notice) == std::string::npos);
                CHECK(out.find(l.link) == std::string::npos);
                for (const char* p : l.paras) CHECK(out.find(p) != std::string::npos);
            }
        }
    }
}

TEST_CASE("a bold line of the article's own words over its source link stays, and a bold note opened by its label") {
    // The words are the article's: a pointer to its source, not a box. A note or credit opens on
    // its label ("Notice: …").
    for (const Lang& l : langs()) {
        for (Markup m : {Markup::html5, Markup::divs}) {
            for (bool lines : {true, false}) {
                CAPTURE(std::string(l.code));
                CAPTURE(static_cast<int>(m));
                CAPTURE(lines);
                const std::string out = cleaned(page(l, m, box(l, m, l.source), lines));
                CHECK(out.find(l.source) != std::string::npos);
                CHECK(cleaned(page(l, m, box(l, m, l.warning), lines)).find(l.warning) != std::string::npos);
                // (the credit in italics rather than bold: the box's markup with <em>)
                std::string credit = box(l, m, l.aside);
                for (const char* tag : {"strong>"}) {
                    for (std::size_t at = credit.find(tag); at != std::string::npos; at = credit.find(tag)) credit.replace(at, 7, "em>");
                }
                CHECK(cleaned(page(l, m, credit, lines)).find(l.aside) != std::string::npos);
                for (const char* p : l.paras) CHECK(out.find(p) != std::string::npos);
            }
        }
    }
}

TEST_CASE("a pitch over its dropped button is placed in document order on a page written on one line") {
    // One block a line, the button was placed after the pitch by its line; on one line every
    // block starts on line 1 and it was placed nowhere.
    for (const Lang& l : langs()) {
        for (Markup m : {Markup::html5, Markup::divs, Markup::table}) {
            for (bool lines : {true, false}) {
                CAPTURE(std::string(l.code));
                CAPTURE(static_cast<int>(m));
                CAPTURE(lines);
                const std::string out = cleaned(page(l, m, box(l, m, l.notice, false), lines));
                CHECK(out.find(l.notice) == std::string::npos);
                for (const char* p : l.paras) CHECK(out.find(p) != std::string::npos);
            }
        }
    }
}
