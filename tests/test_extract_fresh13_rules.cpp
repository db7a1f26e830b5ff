// Each mechanism the round 13 fresh pages (test_extract_fresh13*.cpp) led to, on small pages in
// other languages and markups than the pages that showed it, with the case it must leave alone.
#include <doctest/doctest.h>

#include <string>

#include "extract_test_util.hpp"

using winnow::test::block_text_of;
using winnow::test::has;
using winnow::test::html_page;

TEST_CASE("a box strong only by a name promising the article (one sentence in a 'body' box) is no part of a split article: the article does not widen to the columns") {
    // Spanish: the article in unnamed boxes, a sidebar card whose class says "body" beside it.
    const std::string article = R"(<div class="col-a"><div class="nota"><h1>El mercado municipal reabre tras la reforma</h1>
<p>El mercado de abastos de la plaza Mayor volvió a abrir sus puertas el lunes, después de catorce meses de obras en la cubierta y en las instalaciones eléctricas.</p>
<p>Los veintiocho puestos han vuelto a sus antiguos lugares, y el ayuntamiento ha añadido una zona de mesas donde se puede comer lo que se compra en el mercado.</p>
<p>La reforma ha costado algo más de dos millones de euros, financiados en parte con fondos europeos para la eficiencia energética.</p></div></div>)";
    const std::string side = R"(<div class="col-b"><div class="tarjeta-body"><h5>Agenda</h5><p>El mercado abre de lunes a sábado de ocho de la mañana a dos de la tarde, y los viernes también por la tarde.</p><ul><li><a href="/a/1">Fiestas de San Juan</a></li><li><a href="/a/2">Feria del libro</a></li></ul></div></div>)";
    const std::string out = block_text_of(html_page("es", "El mercado municipal reabre tras la reforma", "<div class=\"fila\">" + article + side + "</div>"));
    CHECK(has(out, "volvió a abrir sus puertas el lunes"));
    CHECK(has(out, "financiados en parte con fondos europeos"));
    CHECK_FALSE(has(out, "los viernes también por la tarde"));

    // Left alone: an article split into two boxes of one name around an advertisement.
    const std::string split = R"(<div class="fila"><div class="texto-nota"><h1>Nuevo horario de autobuses</h1><p>Desde el lunes las líneas urbanas pasan cada doce minutos en hora punta, en lugar de cada veinte, según ha anunciado la empresa municipal.</p><p>El cambio se debe a la llegada de seis autobuses eléctricos nuevos, que han permitido reforzar las líneas con más viajeros.</p></div>
<div class="publicidad"><img src="/ad.gif" alt=""></div>
<div class="texto-nota"><p>La empresa estudia además ampliar el servicio nocturno de los fines de semana, que ahora termina a la una y media.</p><p>Los nuevos horarios pueden consultarse en las paradas y en la aplicación de la empresa, que avisa de los retrasos en tiempo real.</p></div></div>)";
    const std::string kept = block_text_of(html_page("es", "Nuevo horario de autobuses", split));
    CHECK(has(kept, "pasan cada doce minutos en hora punta"));
    CHECK(has(kept, "ampliar el servicio nocturno de los fines de semana"));
}

TEST_CASE("boxes strong only by their names (teasers and a sidebar card whose class says 'body') neither win over the article nor widen it to the page") {
    // Italian: the article under the page's headline, two teasers and a card in "…-body" boxes.
    const std::string page = html_page("it", "Il coro festeggia cinquant'anni | Coro Alpino", R"(<div class="wrap"><div class="col-a"><div class="notizia"><h1>Il coro festeggia cinquant'anni</h1>
<p>Sabato sera il coro alpino del paese ha festeggiato i suoi cinquant'anni con un concerto nella chiesa parrocchiale, piena fino all'ultimo posto.</p>
<p>Sul palco sono saliti anche sei cantori della prima formazione del 1974, accolti da un lungo applauso, e il sindaco ha consegnato una targa al maestro.</p>
<p>Il concerto sarà replicato a dicembre nel teatro comunale, con l'orchestra della scuola di musica.</p></div>
<div class="altre"><div class="item-body"><h3><a href="/n/1">Nuovo maestro per la banda</a></h3><p>Il nuovo maestro dirigerà il concerto di Natale.</p></div><div class="item-body"><h3><a href="/n/2">Riprendono le prove</a></h3><p>Le prove riprendono a settembre, ogni giovedì sera.</p></div></div></div>
<div class="col-b"><div class="box-body"><h5>Contatti</h5><p>Per entrare nel coro basta presentarsi a una prova, non serve saper leggere la musica.</p><ul><li><a href="/x/1">Calendario</a></li><li><a href="/x/2">Galleria</a></li></ul></div></div></div>)");
    const std::string out = block_text_of(page);
    CHECK(has(out, "ha festeggiato i suoi cinquant'anni con un concerto"));
    CHECK(has(out, "Il concerto sarà replicato a dicembre"));
    CHECK_FALSE(has(out, "Il nuovo maestro dirigerà il concerto di Natale"));
    CHECK_FALSE(has(out, "non serve saper leggere la musica"));
}

TEST_CASE("a wrapper adds a lead before the body, not a card after it: a box under a heading of its own, or a sentence beside a list of links, is a column's") {
    const std::string body = R"(<div><h1>Nowe godziny otwarcia biblioteki</h1>
<p>Od pierwszego października biblioteka gminna będzie otwarta także w soboty, od dziewiątej do trzynastej. Dyrekcja odpowiada w ten sposób na prośby czytelników.</p>
<p>W dni powszednie biblioteka zostanie otwarta godzinę wcześniej, a czytelnia z komputerami będzie dostępna bez wcześniejszej rezerwacji.</p>
<p>Zmiany są możliwe dzięki zatrudnieniu drugiej bibliotekarki, której etat sfinansowała gmina z tegorocznego budżetu.</p></div>)";
    // Polish: a contact card with its heading after the body in the same wrapper.
    const std::string heading_card = R"(<div><h3>Kontakt</h3><p>Biblioteka Gminna, ulica Szkolna 4, telefon 75 123 45 67, wypożyczalnia i czytelnia na parterze budynku szkoły.</p></div>)";
    const std::string a = block_text_of(html_page("pl", "Nowe godziny otwarcia biblioteki", "<div><div>" + body + heading_card + "</div><div><a href=\"/\">Strona główna</a></div></div>"));
    CHECK(has(a, "będzie otwarta także w soboty"));
    CHECK(has(a, "której etat sfinansowała gmina"));
    CHECK_FALSE(has(a, "wypożyczalnia i czytelnia na parterze"));

    // Czech: a card of one sentence over a list of links after the body.
    const std::string cz_body = R"(<div><h1>Obec opraví hasičskou zbrojnici</h1>
<p>Zastupitelstvo obce schválilo na svém posledním zasedání opravu hasičské zbrojnice, která pochází z roku 1962 a do střechy už několik let zatéká.</p>
<p>Oprava bude stát přibližně tři miliony korun, z nichž polovinu uhradí dotace kraje. Práce mají začít v dubnu a skončit do konce léta.</p>
<p>Hasiči budou po dobu opravy parkovat svou cisternu v areálu zemědělského družstva, které jim prostor nabídlo zdarma.</p></div>)";
    const std::string links_card = R"(<div><p>Sledujte novinky z obce také v našem měsíčním zpravodaji.</p><ul><li><a href="/z/1">Zpravodaj březen</a></li><li><a href="/z/2">Zpravodaj únor</a></li><li><a href="/z/3">Zpravodaj leden</a></li></ul></div>)";
    const std::string b = block_text_of(html_page("cs", "Obec opraví hasičskou zbrojnici", "<div><div>" + cz_body + links_card + "</div><div><a href=\"/\">Úvod</a></div></div>"));
    CHECK(has(b, "do střechy už několik let zatéká"));
    CHECK_FALSE(has(b, "v našem měsíčním zpravodaji"));

    // Left alone: a lead in its own box before the body joins it.
    const std::string lead = R"(<div><p>Sobotnie otwarcie to pierwsza taka zmiana od dwudziestu lat, a czytelnicy zbierali podpisy pod petycją od wiosny.</p></div>)";
    const std::string c = block_text_of(html_page("pl", "Nowe godziny otwarcia biblioteki", "<div><div>" + lead + body + "</div><div><a href=\"/\">Strona główna</a></div></div>"));
    CHECK(has(c, "czytelnicy zbierali podpisy pod petycją"));
    CHECK(has(c, "będzie otwarta także w soboty"));
}

TEST_CASE("an accordion (a heading's button naming the hidden panel after it) is text a reader opens in place: its questions and answers stay; a menu toggled the same way stays hidden") {
    // French: an FAQ whose answers are hidden by inline style until their question is clicked.
    auto qa = [](int k, const char* q, const char* a) {
        const std::string id = "rep" + std::to_string(k);
        return std::string("<h2><button type=\"button\" aria-expanded=\"false\" aria-controls=\"") + id + "\">" + q + "</button></h2><div id=\"" + id +
               "\" style=\"display: none\"><p>" + a + "</p></div>\n";
    };
    const std::string faq = std::string(R"(<div><div><button aria-controls="menu-principal" aria-expanded="false">Menu</button><ul id="menu-principal" style="display:none"><li><a href="/a">Accueil</a></li><li><a href="/b">Horaires de la déchetterie</a></li><li><a href="/c">Contact</a></li></ul></div>
<div><h1>Questions fréquentes sur la piscine</h1><p>Voici les réponses aux questions que les nageurs nous posent le plus souvent à l'accueil de la piscine intercommunale.</p>
)") + qa(1, "Faut-il porter un bonnet de bain ?", "Oui, le bonnet est obligatoire dans tous les bassins, pour les adultes comme pour les enfants. Vous pouvez en acheter un à l'accueil.") +
        qa(2, "Les shorts de bain sont-ils acceptés ?", "Non, seuls les maillots et boxers de bain sont autorisés, pour des raisons d'hygiène. Les shorts longs restent au vestiaire.") +
        R"(<h2><button type="button" aria-expanded="false" aria-controls="liens">Liens utiles</button></h2><div id="liens" style="display:none"><a href="/tarifs">Tarifs et abonnements de la saison</a> <a href="/planning">Planning des bassins</a></div></div></div>)";
    const std::string out = block_text_of(html_page("fr", "Questions fréquentes sur la piscine", faq));
    CHECK(has(out, "Faut-il porter un bonnet de bain ?"));
    CHECK(has(out, "le bonnet est obligatoire dans tous les bassins"));
    CHECK(has(out, "seuls les maillots et boxers de bain sont autorisés"));
    CHECK_FALSE(has(out, "Horaires de la déchetterie"));
    CHECK_FALSE(has(out, "Tarifs et abonnements de la saison"));
    CHECK_FALSE(has(out, "Liens utiles"));  // the heading of a panel of links goes with it
}

TEST_CASE("two line breaks in a row part paragraphs inside a <font> or a <span> that sets a whole column, as they do in a <div>; one line break stays a space") {
    // Spanish: an old page's column, all in one <font>, its paragraphs parted by <br><br>.
    const std::string column = R"(<div><a href="/">Inicio</a> | <a href="/n">Noticias</a></div><div><font face="Verdana" size="2"><b>La biblioteca amplía su horario</b><br><br>
La biblioteca municipal abrirá también los sábados por la mañana a partir del mes que viene, según ha anunciado la concejala de cultura.<br>
La medida responde a las peticiones de los estudiantes en época de exámenes.<br><br>
Para cubrir el nuevo horario se contratará a una persona más durante todo el curso, con cargo al presupuesto de este año.<br><br>
La sala de estudio seguirá cerrando a las nueve de la noche entre semana.</font></div>)";
    winnow::Result r = winnow::clean(html_page("es", "La biblioteca amplía su horario", column));
    REQUIRE(r.ok());
    const std::string text = winnow::to_text(r.document);
    CHECK(has(text, "según ha anunciado la concejala de cultura. La medida responde a las peticiones"));
    CHECK(has(text, "en época de exámenes.\n\nPara cubrir el nuevo horario"));
    CHECK(has(text, "con cargo al presupuesto de este año.\n\nLa sala de estudio"));
}
