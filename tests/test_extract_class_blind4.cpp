// Extraction on sites nobody tuned for, round 4 (issue 18). Class and id names here are hashes,
// as a CSS toolchain writes them, so no word in them says what a box is.
// - A headline that links to the page itself (its canonical address: a blog's permalink) heads
//   the article even when the article's box also lists the site's other stories under linked
//   headings of another rank (previous, next, most read): the title is found, and the readers'
//   thread after the article (dated posts, replies nested in them) is the thread, not the page.
//   The same headline listed among linked headings of its own rank (the page's story in a most
//   read list) is a list entry, no title. English, German, Spanish.
// - A post's stamp whose day is an ordinal beside a month's name ("November 7th, 2012",
//   "22nd March 2024", "1er mars 2024") is a date line to the thread finder, so readers' posts
//   stamped so after the article are its thread. An ordinal that is no day of a month ("2nd in
//   2019", "3rd edition") dates nothing: a ranking's entries stay. English, French.
// - Readers' posts striped for reading (a class on every other post, or two classes by turns)
//   are entries of one kind: four dated posts are a thread, not two and two. English, Spanish.
// - A <title> of three parts ("Headline | Section | Site"): the heading that says its first part
//   alone is the title, so the dated posts after the article in the article's own box are its
//   thread. English, Portuguese.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"
#include "ordinal_date.hpp"

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

namespace {

// An article under its title, then readers' posts in boxes of one kind (hashed class names), each
// a name line with its stamp over the post's paragraph.
std::string article_with_posts(const char* lang, const std::string& title, const std::vector<std::string>& article,
                               const std::vector<Post>& posts, bool ordered_list) {
    std::string html = std::string("<!doctype html><html lang=\"") + lang + "\"><head><meta charset=\"utf-8\"><title>" + title +
                       "</title></head><body><div class=\"x7k\"><h1>" + title + "</h1>";
    for (const std::string& p : article) html += "<p>" + p + "</p>";
    html += ordered_list ? "<ol class=\"t3m\">" : "<div class=\"t3m\">";
    for (const Post& p : posts)
        html += std::string(ordered_list ? "<li class=\"q2w\">" : "<div class=\"q2w\">") + "<div class=\"n4r\"><strong>" + p.name +
                "</strong>, <small><a href=\"#c\">" + p.date + "</a></small></div><p>" + p.text + "</p>" +
                (ordered_list ? "</li>" : "</div>");
    html += ordered_list ? "</ol>" : "</div>";
    return html + "</div></body></html>\n";
}

}  // namespace

TEST_CASE("a day written as an ordinal beside a month's name is a date line, to the thread finder") {
    using winnow::detail::is_ordinal_date_line;
    CHECK(is_ordinal_date_line("November 7th, 2012"));
    CHECK(is_ordinal_date_line("on 22nd March 2024 at 10:15 pm"));
    CHECK(is_ordinal_date_line("7th of Nov 2012"));
    CHECK(is_ordinal_date_line("le 1er mars 2024 à 10:15"));
    CHECK_FALSE(is_ordinal_date_line("November 7, 2012"));  // no ordinal: is_date_line's
    CHECK_FALSE(is_ordinal_date_line("Finished 2nd in 2019"));
    CHECK_FALSE(is_ordinal_date_line("3rd edition, 2012"));
    CHECK_FALSE(is_ordinal_date_line("le 2e mars 2024"));  // only the first is "1er" in French
}

TEST_CASE("readers' posts stamped with ordinal days after the article are its thread; a ranking's entries stay") {
    const std::vector<std::string> en_article{
        "The old railway bridge over the river will be turned into a path for walkers and cyclists, the county said on Wednesday after years of debate.",
        "Work starts in the spring and should take about eighteen months, with the deck replaced and new railings fitted along its whole length.",
        "The county expects around two thousand people to cross it on a summer weekend, most of them heading for the nature reserve on the far bank."};
    const std::string en = text_of(article_with_posts("en", "Old railway bridge to become a path", en_article,
        {{"Margaret", "November 7th, 2012", "Wonderful news. My grandfather worked on that line for forty years and it broke his heart to see the bridge left to rust after the last train ran."},
         {"Dev", "November 7th, 2012", "Eighteen months seems a long time for a deck and some railings, but I suppose they will find more problems once they start taking it apart."},
         {"Olu", "November 8th, 2012", "Please make sure there is lighting. The path on the other side is pitch dark by five in winter and I would not let my daughter walk it."},
         {"Kasia", "November 21st, 2012", "Will dogs be allowed on the bridge? The reserve has rules about dogs in the nesting season, and it would be good to know before we go."}},
        true));
    CHECK(has(en, "turned into a path for walkers and cyclists"));
    CHECK(has(en, "heading for the nature reserve"));
    CHECK(!has(en, "My grandfather worked on that line"));
    CHECK(!has(en, "Will dogs be allowed on the bridge"));

    const std::string fr = text_of(article_with_posts("fr", "La médiathèque ouvre le dimanche", {
        "La médiathèque du centre-ville ouvrira désormais le dimanche après-midi, a annoncé la mairie, qui répond ainsi à une demande ancienne des habitants.",
        "Les horaires seront de quatorze à dix-huit heures, avec l'accès aux salles de lecture, au prêt de livres et aux ordinateurs en libre-service.",
        "Deux postes de bibliothécaires seront créés pour assurer ces ouvertures, financés par le budget culturel de la ville pour cette année."},
        {{"Claire", "1er mars 2024", "Enfin ! Avec les enfants, le dimanche était le seul jour où nous avions le temps d'y aller, et c'était toujours fermé quand nous passions devant."},
         {"Jérôme", "1er mars 2024", "Très bonne idée, mais il faudrait aussi penser aux soirées en semaine pour les étudiants qui travaillent la journée et ne peuvent venir qu'après."},
         {"Nadia", "2 mars 2024", "Est-ce que la salle des périodiques sera ouverte aussi ? C'est là que je passe le plus de temps, surtout pour lire la presse étrangère."},
         {"Paul", "3 mars 2024", "Deux postes pour tout le dimanche après-midi, cela me semble juste, espérons qu'ils ne seront pas supprimés au prochain budget de la ville."}},
        false));
    CHECK(has(fr, "ouvrira désormais le dimanche après-midi"));
    CHECK(has(fr, "financés par le budget culturel"));
    CHECK(!has(fr, "le seul jour où nous avions le temps"));
    CHECK(!has(fr, "la salle des périodiques"));

    // A ranking: each entry a name and its place in a year, no month. Not posts, not dated.
    const std::string ranking = text_of(article_with_posts("en", "The best marathon runners of the decade", en_article,
        {{"Anna Berg", "2nd in 2019", "Anna Berg ran her best race on a cold morning, holding the pace of the leaders until the last three kilometres and finishing strongly."},
         {"Tomas Lind", "1st in 2020", "Tomas Lind won the race in a course record, breaking away on the long climb at the halfway point and never looking back after that."},
         {"Ines Roca", "3rd in 2021", "Ines Roca came back from an injury to take third place, running a careful first half and passing four runners in the final stretch."},
         {"Sam Okoro", "2nd in 2022", "Sam Okoro lost the sprint for the win by a single second after the two leaders had run side by side for most of the second half."}},
        true));
    CHECK(has(ranking, "holding the pace of the leaders"));
    CHECK(has(ranking, "lost the sprint for the win by a single second"));
}

namespace {

// An article, then dated posts in a list whose items take two classes by turns (or one class and none).
std::string striped_posts(const char* lang, const std::string& title, const std::vector<std::string>& article,
                          const std::vector<Post>& posts, const char* odd, const char* even) {
    std::string html = std::string("<!doctype html><html lang=\"") + lang + "\"><head><meta charset=\"utf-8\"><title>" + title +
                       "</title></head><body><div class=\"b5n\"><h1>" + title + "</h1><div class=\"c8d\">";
    for (const std::string& p : article) html += "<p>" + p + "</p>";
    html += "</div>";
    html += "<ol class=\"m2p\">";
    for (std::size_t i = 0; i < posts.size(); ++i) {
        const Post& p = posts[i];
        const std::string cls = i % 2 == 0 ? odd : even;
        html += std::string("<li") + (cls.empty() ? "" : " class=\"" + cls + "\"") + "><a href=\"https://u" +
                std::to_string(i) + ".example.net/\">" + p.name + "</a> " + p.date + "<div class=\"w3t\"><p>" + p.text + "</p></div></li>";
    }
    return html + "</ol></div></body></html>\n";
}

}  // namespace

TEST_CASE("posts striped for reading, two classes by turns, are one kind: dated after the article, they are its thread") {
    const std::string en = text_of(striped_posts("en", "Council to plant a thousand street trees", {
        "The council will plant a thousand new street trees over the next two winters, starting with the streets that have the fewest today.",
        "Residents can ask for a tree outside their home through the council's website, and the species will be chosen to suit each street.",
        "The plan costs about half a million pounds, most of it from a national fund for urban greening announced earlier this year."},
        {{"Harriet", "on November 7, 2012 12:26 pm", "Lovely idea, but please water them in the first summer. The last batch on our road died within a year because nobody looked after them at all."},
         {"Bilal", "on November 7, 2012 12:31 pm", "Our street has no trees at all and the pavement is wide enough for several, so I have already put in a request on the website this morning."},
         {"Agnieszka", "on November 8, 2012 9:54 pm", "Will they be native species? The limes they planted before drip sap on every car parked underneath, which is why people complained so much."},
         {"Tom", "on November 10, 2012 10:12 pm", "Half a million for a thousand trees is five hundred pounds a tree, which seems a lot, though I suppose the guards and the planting cost money."}},
        "k4v", ""));
    CHECK(has(en, "plant a thousand new street trees"));
    CHECK(has(en, "a national fund for urban greening"));
    CHECK(!has(en, "please water them in the first summer"));
    CHECK(!has(en, "Our street has no trees at all"));
    CHECK(!has(en, "Will they be native species"));
    CHECK(!has(en, "five hundred pounds a tree"));

    const std::string es = text_of(striped_posts("es", "El ayuntamiento amplía el horario del autobús nocturno", {
        "El ayuntamiento ampliará desde el próximo mes el horario del autobús nocturno, que pasará a funcionar también los domingos por la noche.",
        "La línea unirá el centro con los barrios del norte cada media hora, entre la medianoche y las cinco de la madrugada, con la tarifa habitual.",
        "Según el concejal de movilidad, la medida responde a las peticiones de los trabajadores de la hostelería, que terminan su turno muy tarde."},
        {{"Lucía", "12 de marzo de 2024, 10:15", "Por fin. Trabajo en un restaurante y los domingos salgo a la una, así que hasta ahora tenía que pagar un taxi cada semana para volver a casa."},
         {"Andrés", "12 de marzo de 2024, 11:40", "Cada media hora está bien, pero deberían poner también una parada cerca del hospital, que a esas horas tiene mucho movimiento de personal."},
         {"Marta", "13 de marzo de 2024, 08:05", "Ojalá sea verdad. La última vez anunciaron lo mismo y al final el servicio duró tres meses porque decían que no lo usaba casi nadie."},
         {"Jorge", "14 de marzo de 2024, 19:30", "Los barrios del sur también existen. Llevamos años pidiendo una línea nocturna y nunca nos hacen caso, aunque somos muchos más vecinos."}},
        "r1x z8", "r2y z8"));
    CHECK(has(es, "funcionar también los domingos por la noche"));
    CHECK(has(es, "terminan su turno muy tarde"));
    CHECK(!has(es, "tenía que pagar un taxi cada semana"));
    CHECK(!has(es, "una parada cerca del hospital"));
    CHECK(!has(es, "el servicio duró tres meses"));
    CHECK(!has(es, "Los barrios del sur también existen"));
}

namespace {

// A title of three parts over one box: the section's name and the headline as two <h1>s (the
// metadata keeps the <title> whole), the article, and dated posts with no heading.
std::string three_part_title(const char* lang, const std::string& headline, const std::string& rest,
                             const std::vector<std::string>& article, const std::vector<Post>& posts) {
    std::string html = std::string("<!doctype html><html lang=\"") + lang + "\"><head><meta charset=\"utf-8\"><title>" + headline + rest +
                       "</title></head><body><div class=\"h7g\"><div class=\"s2k\"><a href=\"/\">Home</a></div><div class=\"p4c\">"
                       "<h1 class=\"u8\"><a href=\"/section/\" rel=\"category tag\">Section</a></h1><h1>" + headline + "</h1>";
    for (const std::string& p : article) html += "<p>" + p + "</p>";
    html += "<ul class=\"f0z\">";
    for (const Post& p : posts) html += "<li class=\"e5\"><cite>" + p.name + "</cite> <small>" + p.date + "</small><p>" + p.text + "</p></li>";
    return html + "</ul></div></div></body></html>\n";
}

}  // namespace

TEST_CASE("the heading that says the first part of a three-part title is the title: the posts after its article are a thread") {
    const std::string en = text_of(three_part_title("en", "Harbour ferry returns after two years",
        " | Local news, Coast - The Coastal Daily online news from the bay", {
        "The harbour ferry will run again from Saturday, two years after the old boat was taken out of service because of a cracked hull.",
        "The new boat carries sixty passengers and twenty bicycles, and will cross every forty minutes from seven in the morning until ten at night.",
        "Season tickets go on sale on Monday, with a discount for residents of the two villages on either side of the harbour mouth."},
        {{"Rob Tanner", "August 9, 2012 at 7:42 pm", "About time. The bus round the estuary takes an hour and a quarter, and most days I have to change twice, so this will save me a fortune."},
         {"Eileen", "August 9, 2012 at 8:15 pm", "Forty minutes is fine in winter but in summer the queues will be enormous, they should run two boats in July and August at least."},
         {"Sandeep", "August 10, 2012 at 6:02 am", "Twenty bicycles is generous, the old ferry took six at most and you were lucky to get on with a bike at all on a sunny weekend."},
         {"M. Cole", "August 10, 2012 at 9:30 am", "Will the discount cover people who work in the villages but live further inland? Many of us drive in every day from the towns up the valley."}}));
    CHECK(has(en, "taken out of service because of a cracked hull"));
    CHECK(has(en, "either side of the harbour mouth"));
    CHECK(!has(en, "The bus round the estuary"));
    CHECK(!has(en, "Twenty bicycles is generous"));
    CHECK(!has(en, "drive in every day from the towns"));

    const std::string pt = text_of(three_part_title("pt", "Biblioteca municipal reabre após a reforma",
        " | Cultura | Jornal da Cidade - notícias de Campinas e de toda a região metropolitana", {
        "A biblioteca municipal reabre nesta segunda-feira depois de quase um ano de obras, com um novo telhado, mais luz natural e uma sala infantil.",
        "O acervo ganhou três mil livros novos, comprados com recursos de um programa estadual, e a biblioteca passa a abrir também aos sábados.",
        "A prefeitura promete ainda uma programação de oficinas de leitura e escrita para adolescentes a partir do próximo mês, com inscrições gratuitas."},
        {{"Ana Paula", "9 de agosto de 2012 às 19:42", "Que notícia boa! Meus filhos sentiam muita falta da biblioteca, e a sala infantil nova vai ser ótima para as tardes de chuva aqui no bairro."},
         {"Carlos", "9 de agosto de 2012 às 20:10", "Abrir aos sábados era um pedido antigo de quem trabalha a semana toda. Espero que o horário seja estendido também até mais tarde durante a semana."},
         {"Rita", "10 de agosto de 2012 às 08:05", "Três mil livros é pouco para uma cidade deste tamanho, mas já é um começo. Seria bom abrir espaço para doações dos moradores também."},
         {"João Pedro", "10 de agosto de 2012 às 11:30", "As oficinas para adolescentes são uma ótima ideia, minha filha adora escrever e nunca encontrou nada parecido perto de casa até hoje."}}));
    CHECK(has(pt, "depois de quase um ano de obras"));
    CHECK(has(pt, "com inscrições gratuitas"));
    CHECK(!has(pt, "Meus filhos sentiam muita falta"));
    CHECK(!has(pt, "Três mil livros é pouco"));
    CHECK(!has(pt, "minha filha adora escrever"));
}
