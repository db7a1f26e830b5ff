// The page's taxonomy set as an inline element on a line of its own (a <span> of links marked
// rel="tag" or rel="category tag" between the body's last block and its box's end) is a tag
// line as a <p> of them is: the page's index terms, not its prose, whatever the label's words.
// On 9740e01 only a block element was read as one, and the links stayed as the article's last
// line (one link: two or more made a link row already). German, English, French; a sentence
// that links a tag in its words stays.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

struct Case {
    const char *lang, *title;
    std::vector<std::string> paras;
    std::string label, term1, term2;
};

std::vector<Case> cases() {
    return {
        {"de", "Wir suchen eine Mediengestalterin in Teilzeit",
         {"Für unser kleines Büro in der Altstadt suchen wir ab April eine Mediengestalterin oder einen Mediengestalter in Teilzeit mit zwanzig Stunden in der Woche.",
          "Sie gestalten Plakate, Broschüren und die Seiten unserer Kurse im Netz und arbeiten eng mit den Kursleiterinnen zusammen, die ihre Texte selbst schreiben.",
          "Bewerbungen mit Lebenslauf und zwei Arbeitsproben schicken Sie bitte bis Ende Februar an unsere Adresse, die Gespräche finden Anfang März statt."},
         "", "Über uns", "Stellen"},
        {"en", "The reading room reopens with longer hours",
         {"The reading room on the second floor reopened on Monday after its new lights and shelves were fitted, and it now stays open until nine on weekday evenings.",
          "The old card catalogue has been kept as a piece of furniture by the window, though every book in it can now be found on the terminals at the door.",
          "Groups of more than six can book the small room at the back for meetings, free of charge, by writing to the front desk a week ahead."},
         "Filed under: ", "Library news", "Opening hours"},
        {"fr", "La salle de lecture rouvre avec des horaires élargis",
         {"La salle de lecture du deuxième étage a rouvert lundi après l'installation de nouvelles lampes et d'étagères, et elle reste ouverte jusqu'à vingt et une heures en semaine.",
          "L'ancien fichier a été gardé comme meuble près de la fenêtre, même si chaque livre peut désormais être trouvé sur les terminaux de l'entrée.",
          "Les groupes de plus de six personnes peuvent réserver la petite salle du fond pour leurs réunions, gratuitement, en écrivant à l'accueil une semaine à l'avance."},
         "Classé dans : ", "Vie de la bibliothèque", "Horaires"},
    };
}

std::string page(const Case& c, const std::string& tail) {
    std::string b = R"(<div class="n1"><a href="/">Home</a> <a href="/blog">Blog</a> <a href="/kontakt">Kontakt</a></div>)";
    b += std::string(R"(<div class="a2"><h1 class="t3">)") + c.title + R"(</h1><div class="b4">)";
    for (const auto& p : c.paras) b += "<p>" + p + "</p>";
    b += tail + R"(</div></div><div class="f5"><a href="/impressum">Impressum</a></div>)";
    return html_page(c.lang, c.title, b);
}

}  // namespace

TEST_CASE("a line of rel=tag links set as an inline element after the body goes; a sentence linking a tag stays") {
    for (const auto& c : cases()) {
        CAPTURE(std::string(c.lang));
        // One term (a line of two or more links goes as a link row already), or the same with a
        // second box's worth of terms as rel=tag links.
        const std::string one = "<span class=\"c6\">" + c.label + "<a href=\"/category/one/\" rel=\"category tag\">" + c.term1 + "</a></span>";
        std::string out = text_of(page(c, one));
        for (const auto& p : c.paras) CHECK(has(out, p.substr(0, 40)));
        CHECK_FALSE(has(out, c.term1));
        const std::string two = "<span class=\"c6\">" + c.label + "<a href=\"/category/one/\" rel=\"category tag\">" + c.term1 +
                                "</a>, <a href=\"/category/two/\" rel=\"tag\">" + c.term2 + "</a></span>";
        out = text_of(page(c, two));
        CHECK_FALSE(has(out, c.term1));
        CHECK_FALSE(has(out, c.term2));

        // The same link inside a sentence of the article's is its words.
        const std::string sentence = "<p>" + c.paras[0].substr(0, 60) + " <a href=\"/category/one/\" rel=\"tag\">" + c.term1 +
                                     "</a> " + c.paras[1].substr(0, 60) + ".</p>";
        CHECK(has(text_of(page(c, sentence)), c.term1));
    }
}
