// A page with no date of its own and a thread of readers' entries after its prose (replies,
// reviews, a guest book), each entry stamped with a day, is not dated by the first reader's day:
// a date inside one of three or more sibling boxes of one tag that each hold a date of their own,
// after the article's prose under the headline, is no candidate for publication
// (Collector::in_thread_entry, dates.cpp). Counter-shapes: a byline under the headline, and a list
// of dated entries right under the headline with no prose before it (an archive, a blog's front
// page), still date the page.
#include <doctest/doctest.h>

#include <string>

#include "date_test_util.hpp"

using winnow::test::facts_of;

namespace {

std::string day_of(const std::string& html) { return facts_of(html).meta.published.substr(0, 10); }

const char* kProseEn =
    "<p>Tomatoes need a sunny spot and rich soil. Plant them deep, water them at the root, and give them a "
    "stake early so the stems do not break in the wind.</p>"
    "<p>Pinch out the side shoots every week and feed them once the first fruit sets.</p>";
const char* kProseDe =
    "<p>Tomaten brauchen einen sonnigen Platz und nahrhafte Erde. Man pflanzt sie tief, gießt sie an der "
    "Wurzel und gibt ihnen früh einen Stab, damit die Triebe im Wind nicht brechen.</p>"
    "<p>Die Seitentriebe jede Woche ausgeizen und düngen, sobald die ersten Früchte ansetzen.</p>";

}  // namespace

TEST_CASE("a thread's entries after the article do not date it, in any markup") {
    // English, a WordPress-like comment list ("NAME said on DATE").
    const std::string en = "<html lang=\"en\"><head><title>Garden notes</title></head><body><article>"
                           "<h1>How to plant tomatoes</h1>" + std::string(kProseEn) + "</article>"
                           "<ol class=\"commentlist\">"
                           "<li class=\"comment\"><div class=\"comment-meta\">Anna said on March 4, 2022 at 9:15 am</div>"
                           "<p>Thanks, this worked well for me last summer.</p></li>"
                           "<li class=\"comment\"><div class=\"comment-meta\">Ben said on March 6, 2022 at 1:02 pm</div>"
                           "<p>How deep exactly do you plant them?</p></li>"
                           "<li class=\"comment\"><div class=\"comment-meta\">Cleo said on April 2, 2022 at 7:40 pm</div>"
                           "<p>Mine got blight, any tips?</p></li></ol></body></html>";
    CHECK(day_of(en).empty());
    // German, bare <div> boxes without telling names ("NAME dd.mm.yyyy").
    const std::string de = "<html lang=\"de\"><head><title>Gartennotizen</title></head><body><div>"
                           "<h1>Tomaten pflanzen</h1>" + std::string(kProseDe) + "</div><div>"
                           "<div><div><b>Anna</b> 04.03.2022</div><p>Danke, hat bei mir letzten Sommer gut geklappt.</p></div>"
                           "<div><div><b>Ben</b> 06.03.2022</div><p>Wie tief genau pflanzt ihr sie?</p></div>"
                           "<div><div><b>Cleo</b> 02.04.2022</div><p>Meine hatten Braunfäule, Tipps?</p></div>"
                           "</div></body></html>";
    CHECK(day_of(de).empty());
    // Spanish, a <section> of <article> replies with <time> elements.
    const std::string es =
        "<html lang=\"es\"><head><title>Notas</title></head><body><main><h1>Cómo plantar tomates</h1>"
        "<p>Los tomates necesitan un lugar soleado y tierra rica. Se plantan hondo, se riegan en la raíz y se les "
        "pone pronto un tutor para que el viento no quiebre los tallos.</p>"
        "<p>Cada semana se quitan los brotes laterales y se abona cuando cuaja el primer fruto.</p>"
        "<section><h2>Respuestas</h2>"
        "<article><p><b>Ana</b> <time>12/03/2022</time></p><p>Gracias, me funcionó muy bien.</p></article>"
        "<article><p><b>Luis</b> <time>15/03/2022</time></p><p>¿A qué profundidad exactamente?</p></article>"
        "<article><p><b>Marta</b> <time>02/04/2022</time></p><p>A los míos les dio tizón.</p></article>"
        "</section></main></body></html>";
    CHECK(day_of(es).empty());
}

TEST_CASE("a byline under the headline and an archive's dated entries still date the page") {
    // The article's own byline, then the same thread: the byline's day.
    const std::string byline = "<html lang=\"en\"><head><title>Garden notes</title></head><body><article>"
                               "<h1>How to plant tomatoes</h1><p class=\"byline\">By Dana Reed, February 27, 2022</p>" +
                               std::string(kProseEn) + "</article><div>"
                               "<div><div><b>Anna</b> March 4, 2022</div><p>Thanks, this worked well.</p></div>"
                               "<div><div><b>Ben</b> March 6, 2022</div><p>How deep exactly?</p></div>"
                               "<div><div><b>Cleo</b> April 2, 2022</div><p>Mine got blight.</p></div>"
                               "</div></body></html>";
    CHECK(day_of(byline) == "2022-02-27");
    // An archive: dated entries right under the headline, no prose before them; the newest first.
    const std::string archive = "<html lang=\"de\"><head><title>Archiv</title></head><body><h1>Archiv</h1><div>"
                                "<div><h2><a href=\"/a\">Tomaten pflanzen</a></h2><p>14.05.2022</p></div>"
                                "<div><h2><a href=\"/b\">Bohnen säen</a></h2><p>02.05.2022</p></div>"
                                "<div><h2><a href=\"/c\">Kompost anlegen</a></h2><p>20.04.2022</p></div>"
                                "</div></body></html>";
    CHECK(day_of(archive) == "2022-05-14");
}
