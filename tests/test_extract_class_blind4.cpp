// Extraction on sites nobody tuned for, round 4 (issue 18). Class and id names here are hashes,
// as a CSS toolchain writes them, so no word in them says what a box is.
// - A headline that links to the page itself (its canonical address: a blog's permalink) heads
//   the article even when the article's box also lists the site's other stories under linked
//   headings of another rank (previous, next, most read): the title is found, and the readers'
//   thread after the article (dated posts, replies nested in them) is the thread, not the page.
//   The same headline listed among linked headings of its own rank (the page's story in a most
//   read list) is a list entry, no title. English, German, Spanish.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::text_of;

namespace {

struct Post {
    std::string name, date, text;
};

// A story page: a canonical address, an <article> holding a headline that links to it (and a
// comment count beside it), a byline, a short summary set in a box (no <p>), and links to the
// site's other stories as <h3> links; after it, readers' posts as nested list items of one kind,
// each an <h4> subject, a name and date line and the post, the second answered by the third.
std::string story(const char* lang, const std::string& title, const std::string& summary,
                  const std::vector<std::string>& others, const std::vector<Post>& posts) {
    const std::string url = "https://news.example.org/story/24/05/07/1234/";
    std::string html = std::string("<!doctype html><html lang=\"") + lang + "\"><head><meta charset=\"utf-8\"><title>" + title +
                       " - Example</title><link rel=\"canonical\" href=\"" + url + "\"></head><body><div class=\"k1x\">"
                       "<div class=\"z9q\"><a href=\"/\">Example</a> <a href=\"/a\">Tech</a> <a href=\"/b\">Science</a></div>"
                       "<article class=\"r4t\"><header><h2 class=\"v2b\"><a href=\"//news.example.org/story/24/05/07/1234/\">" + title +
                       "</a> <span class=\"c7\">214</span></h2><div class=\"d8\">by <a href=\"/~kim\">kim</a> 2024-05-07 09:57</div></header>"
                       "<div class=\"m3\">" + summary + "</div><div class=\"n5\">";
    for (const std::string& o : others) html += "<h3><a href=\"/story/24/05/0" + std::to_string(o.size() % 9) + "/" + o.substr(0, 4) + "\">" + o + "</a></h3>";
    html += "</div></article><section class=\"w6\"><ul class=\"y1\">";
    for (std::size_t i = 0; i < posts.size(); ++i) {
        const Post& p = posts[i];
        html += "<li class=\"g5 h2 j8\"><div class=\"q3\"><h4><a href=\"/c/" + std::to_string(i) + "\">" + p.text.substr(0, 24) +
                "</a></h4><div class=\"p0\">by <a href=\"/~u" + std::to_string(i) + "\">" + p.name + "</a> on " + p.date +
                "</div></div><div class=\"b9\"><p>" + p.text + "</p></div>";
        // The third post answers the second: nested in it.
        if (i == 1) html += "<ul class=\"y1 s0\">";
        else if (i == 2) html += "</li></ul></li>";
        else html += "</li>";
    }
    html += "</ul></section></div></body></html>\n";
    return html;
}

}  // namespace

TEST_CASE("a headline linking to the page itself heads its article, whatever headlines of another rank its box lists") {
    const std::string en = text_of(story("en", "Lab robots learn to pour liquids",
        "A reader writes \"Researchers at a university lab have taught a pair of robot arms to pour water, oil and honey without spilling, "
        "using a camera and a model that predicts how each liquid flows. The team says the method could help in kitchens and chemistry labs.\"",
        {"Solar farm opens on old airfield", "City tests driverless buses", "New phone batteries last a week", "Rivers warm faster than thought",
         "Museum puts its archive online"},
        {{"quark9", "Monday May 07, 2024 @10:02AM", "Honey is the real test here. Anyone who has tried to pour it from a jar knows it behaves differently every time depending on the temperature of the room, so a model that predicts the flow must be quite good, or it was trained on one jar in one room for a long time."},
         {"ohm_reader", "Monday May 07, 2024 @10:15AM", "I would like to see it pour a glass of beer without a huge head of foam. That is the benchmark that matters in my kitchen, and frankly most humans fail it as well, myself included after a long week at the office."},
         {"tilde", "Monday May 07, 2024 @10:31AM", "Tilting the glass is the whole trick, and a robot with a camera should learn that in an afternoon. The hard part is knowing when to stop, which is where the prediction of the flow comes in and where people usually get it wrong."},
         {"vimrc", "Monday May 07, 2024 @11:48AM", "Chemistry labs already have pipetting robots that are far more precise than any arm pouring from a beaker, so I am not sure what problem this solves there, though for kitchens it could be handy for people who cannot lift heavy pots."}}));
    CHECK(has(en, "taught a pair of robot arms to pour water"));
    CHECK(!has(en, "Honey is the real test here"));
    CHECK(!has(en, "pour a glass of beer"));
    CHECK(!has(en, "pipetting robots"));

    const std::string de = text_of(story("de", "Stadtwerke bauen Wärmespeicher am Hafen",
        "Ein Leser schreibt \"Die Stadtwerke haben am Hafen mit dem Bau eines großen Wärmespeichers begonnen, der im Sommer überschüssige Wärme "
        "aus dem Kraftwerk aufnehmen und im Winter an das Fernwärmenetz abgeben soll. Der Speicher fasst rund vierzigtausend Kubikmeter Wasser.\"",
        {"Neue Radwege in der Altstadt", "Bahnhof bekommt zweites Gleis", "Schwimmbad öffnet früher", "Markt zieht auf den Domplatz",
         "Bibliothek verlängert Öffnungszeiten"},
        {{"heizkurve", "Dienstag 07. Mai 2024, 10:02", "Vierzigtausend Kubikmeter klingt viel, aber wie lange reicht das im Januar wirklich? Ich hätte gern gewusst, wie viele Haushalte damit eine Woche lang versorgt werden können, bevor wieder das Gas einspringen muss."},
         {"kw_nord", "Dienstag 07. Mai 2024, 10:40", "In Dänemark gibt es solche Speicher seit Jahren, und dort funktionieren sie gut. Es wundert mich eher, dass es bei uns so lange gedauert hat, bis jemand auf die Idee kam, die Abwärme nicht einfach in den Fluss zu leiten."},
         {"ohmsches_gesetz", "Dienstag 07. Mai 2024, 11:05", "Die Dänen haben aber auch ganz andere Netze und viel mehr Haushalte am Fernwärmenetz angeschlossen. Ein Vergleich hinkt, solange bei uns die Hälfte der Häuser noch mit eigener Heizung im Keller betrieben wird."},
         {"lindenblatt", "Dienstag 07. Mai 2024, 12:30", "Hoffentlich wird der Bau nicht so teuer wie das letzte Projekt am Hafen, bei dem sich die Kosten am Ende verdoppelt haben und die Anwohner jahrelang mit Lärm und gesperrten Straßen leben mussten."}}));
    CHECK(has(de, "mit dem Bau eines großen Wärmespeichers begonnen"));
    CHECK(!has(de, "Vierzigtausend Kubikmeter klingt viel"));
    CHECK(!has(de, "In Dänemark gibt es solche Speicher"));
    CHECK(!has(de, "Hoffentlich wird der Bau nicht so teuer"));
}

TEST_CASE("the page's headline listed among linked headings of its own rank (a most read list) is no title there") {
    // The article's headline is a plain line; the same words, linking to the page, stand in a
    // list of the site's most read stories, each an <h2> link over a line. The article is the
    // prose, not the list.
    const std::string url = "https://blog.example.es/post/31415";
    std::string html = "<!doctype html><html lang=\"es\"><head><meta charset=\"utf-8\"><title>Las bibliotecas abren los domingos</title>"
                       "<link rel=\"canonical\" href=\"" + url + "\"></head><body><div class=\"f1\"><div class=\"g2\">"
                       "<div class=\"h3x\"><a href=\"" + url + "\">Las bibliotecas abren los domingos</a></div>"
                       "<div class=\"j4\">por Ana Ruiz el 7 de mayo de 2024</div><div class=\"k5\"><div>"
                       "<p>A partir de junio, las bibliotecas municipales abrirán también los domingos por la mañana, según anunció ayer el ayuntamiento tras meses de peticiones de los vecinos.</p>"
                       "<p>El horario será de diez a dos, y durante esas horas se podrá pedir libros en préstamo, usar las salas de estudio y acceder a los ordenadores públicos.</p>"
                       "<p>La concejala de cultura explicó que la medida se financia con el presupuesto de este año y que se revisará en otoño según el número de visitantes.</p>"
                       "<p>Las asociaciones de estudiantes celebraron la noticia, porque en época de exámenes las salas de estudio se llenan y los fines de semana no había dónde ir.</p>"
                       "</div></div></div><div class=\"m6\"><h3>Lo más leído</h3><ul>";
    const char* most[][3] = {{"Nuevo carril bici en el centro", "/post/27182", "El carril unirá la estación con la universidad, y las obras empiezan en julio."},
                             {"Las bibliotecas abren los domingos", "/post/31415", "Desde junio abrirán de diez a dos, con préstamo y salas de estudio."},
                             {"El mercado cambia de sitio", "/post/16180", "Los puestos se trasladan a la plaza mayor mientras se reforma el edificio."},
                             {"Cierra la piscina cubierta", "/post/14142", "La piscina estará cerrada tres meses por obras en el tejado y los vestuarios."},
                             {"Fiestas del barrio este fin de semana", "/post/17320", "Habrá conciertos, una comida popular y actividades para niños en el parque."}};
    for (const auto& m : most)
        html += std::string("<li><h2><a href=\"") + m[1] + "\">" + m[0] + "</a></h2><p>" + m[2] + "</p></li>";
    html += "</ul></div></div></body></html>\n";
    const std::string es = text_of(html);
    CHECK(has(es, "abrirán también los domingos por la mañana"));
    CHECK(has(es, "no había dónde ir"));
    CHECK(!has(es, "Nuevo carril bici en el centro"));
    CHECK(!has(es, "Cierra la piscina cubierta"));
    CHECK(!has(es, "conciertos, una comida popular"));
}
