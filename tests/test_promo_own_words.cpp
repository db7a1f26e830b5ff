// A post about a class project asks the reader to take part, in a short section of its own: a
// title opening on an action ("Join the photo challenge") over a paragraph set in italics that
// tells how to take part, in the article's own words (the photos, the classes, the challenge
// the whole post is about), with no offer (no newsletter, nothing free) and no button or link
// line of its own (issue 18, round 48). Call-to-action language over a title has a box's shape,
// but a unit whose words are mostly the article's talks of the article's subject: with neither
// an offer nor a way out of its own it needs one more piece of a box's evidence to go.
// English, French, German; titles as <h3> (markup 1), a bold paragraph (markup 2), <h4> with
// the text in a <div> (markup 3).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

struct Case {
    const char* lang;
    const char* title;
    std::vector<std::string> paras;
    const char* section_title;
    const char* section;
    const char* closing;
};

std::vector<Case> cases() {
    return {
        {"en", "A photo challenge for school lunches",
         {"Two teachers in our network started a photo challenge for their classes this month: every day the students take "
          "photos of the food they eat at school and share the photos with the other classes in the challenge.",
          "The classes look at the photos from other schools and write short notes about what students eat in other "
          "countries, which turns lunch into a lesson about food, farming and the places the classes come from.",
          "So far eleven classes from six countries share their photos, and the teachers say the students ask every "
          "morning which photos the other classes shared overnight and what the food in them tastes like.",
          "One class in a mountain village bakes its own bread on Fridays, another near the coast grows tomatoes in a small "
          "garden behind the gym, and a third keeps a chart of every fruit its students have never tasted before.",
          "Parents joined in as well: several of them now cook the dishes they saw in the photos at home on weekends, and "
          "one grandmother visited a class to show how her village made noodles by hand sixty years ago."},
         "Join the photo challenge",
         "Join the challenge with your class: take photos of the food your students eat at school, share the photos with "
         "the other classes and look at the photos they share about their food.",
         "The teachers will write about what the classes learned when the challenge ends at the close of the school year."},
        {"fr", "Un défi photo pour les repas à l'école",
         {"Deux enseignants de notre réseau ont lancé ce mois-ci un défi photo pour leurs classes : chaque jour les élèves "
          "prennent en photo le repas qu'ils mangent à l'école et partagent les photos avec les autres classes du défi.",
          "Les classes regardent les photos des autres écoles et écrivent de courtes notes sur ce que mangent les élèves "
          "des autres pays, ce qui fait du repas une leçon sur la nourriture, l'agriculture et les pays des classes.",
          "Onze classes de six pays partagent déjà leurs photos, et les enseignants disent que les élèves demandent chaque "
          "matin quelles photos les autres classes ont partagées pendant la nuit et quel goût a le repas des autres.",
          "Une classe d'un village de montagne cuit son propre pain le vendredi, une autre près de la côte cultive des tomates "
          "dans un petit jardin derrière le gymnase, et une troisième tient la liste des fruits que ses élèves n'ont jamais goûtés.",
          "Les parents s'y sont mis aussi : plusieurs cuisinent le week-end les plats vus sur les photos, et une grand-mère est "
          "venue montrer comment son village faisait les nouilles à la main il y a soixante ans."},
         "Rejoignez le défi photo",
         "Rejoignez le défi avec votre classe : prenez en photo le repas que vos élèves mangent à l'école, partagez les "
         "photos avec les autres classes et regardez les photos qu'elles partagent sur leur repas.",
         "Les enseignants raconteront ce que les classes ont appris quand le défi se terminera à la fin de l'année scolaire."},
        {"de", "Eine Fotochallenge für das Schulessen",
         {"Zwei Lehrerinnen aus unserem Netzwerk haben diesen Monat eine Fotochallenge für ihre Klassen begonnen: jeden Tag "
          "fotografieren die Kinder das Essen in der Schule und teilen die Fotos mit den anderen Klassen der Challenge.",
          "Die Klassen sehen sich die Fotos der anderen Schulen an und schreiben kurze Notizen darüber, was Kinder in anderen "
          "Ländern essen, und so wird das Essen zu einer Stunde über Essen, Landwirtschaft und die Länder der Klassen.",
          "Bisher teilen elf Klassen aus sechs Ländern ihre Fotos, und die Lehrerinnen sagen, dass die Kinder jeden Morgen "
          "fragen, welche Fotos die anderen Klassen über Nacht geteilt haben und wie das Essen darauf schmeckt.",
          "Eine Klasse in einem Bergdorf backt freitags ihr eigenes Brot, eine andere an der Küste zieht Tomaten in einem kleinen "
          "Garten hinter der Turnhalle, und eine dritte führt eine Liste aller Früchte, die ihre Kinder nie probiert haben.",
          "Auch Eltern machen mit: mehrere kochen am Wochenende die Gerichte nach, die sie auf den Fotos gesehen haben, und eine "
          "Großmutter zeigte einer Klasse, wie man in ihrem Dorf vor sechzig Jahren Nudeln von Hand machte."},
         "Jetzt bei der Fotochallenge mitmachen",
         "Jetzt mit der Klasse mitmachen: fotografieren Sie das Essen der Kinder in der Schule, teilen Sie die Fotos mit den "
         "anderen Klassen und sehen Sie sich die Fotos an, die die anderen Klassen über ihr Essen teilen.",
         "Die Lehrerinnen werden darüber schreiben, was die Klassen gelernt haben, wenn die Challenge am Ende des Schuljahres endet."},
    };
}

std::string page(const Case& c, int markup) {
    std::string b = "<div id=\"head\"><ul class=\"menu\">";
    for (const char* item : {"Home", "About", "Classes", "Help", "Contact"})
        b += std::string("<li><a href=\"/") + item + "\">" + item + "</a></li>";
    b += "</ul></div><div id=\"main\"><div class=\"post\"><h1>" + std::string(c.title) + "</h1><div class=\"entry\">";
    for (const auto& p : c.paras) b += "<p>" + p + "</p>";
    if (markup == 1) b += std::string("<h3>") + c.section_title + "</h3><p><em>" + c.section + "</em></p>";
    else if (markup == 2) b += std::string("<p><strong>") + c.section_title + "</strong></p><p><i>" + c.section + "</i></p>";
    else b += std::string("<h4>") + c.section_title + "</h4><div><p><em>" + c.section + "</em></p></div>";
    b += "<p>" + std::string(c.closing) + "</p></div></div></div><div id=\"foot\"><p>© 2012 Teachers online</p></div>";
    return html_page(c.lang, c.title, b);
}

}  // namespace

TEST_CASE("promo: a call to take part in the article's own words, with no offer and no button, stays") {
    for (const auto& c : cases())
        for (int markup : {1, 2, 3}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(markup);
            const std::string out = text_of(page(c, markup));
            for (const auto& p : c.paras) CHECK(has(out, p.substr(0, 50)));
            CHECK(has(out, std::string(c.section).substr(0, 50)));
            CHECK(has(out, c.closing));
        }
}
