// What the article must not lose, round 2 (issue 18): text the article's own flow sets apart
// from its body. A lead in a box of its own between the title and the body's box is the
// article's first paragraph; a paragraph of prose that is one link (a quotation linking its
// source, a pointer to a report) between the article's paragraphs is its text. Chrome of the
// same shapes stays out: a box of one paragraph before the title, a line of linked headlines
// between paragraphs, a short linked label.
#include <doctest/doctest.h>

#include <string>

#include <winnow/winnow.hpp>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::text_of;

namespace {

// Chrome around every page of this suite: a menu, a list of most-read headlines, a footer.
std::string page(const std::string& title, const std::string& article) {
    return "<html><head><title>" + title + "</title></head><body>"
           "<div class=\"h0\"><a href=\"/\">Home</a> <a href=\"/a\">News</a> <a href=\"/b\">Sport</a> <a href=\"/c\">Culture</a></div>"
           "<div class=\"w1\">" + article + "</div>"
           "<div class=\"x9\"><h3>Top</h3><ul><li><a href=\"/t1\">Storm closes the ferry for a day</a></li>"
           "<li><a href=\"/t2\">New bakery opens on the square</a></li><li><a href=\"/t3\">School wins the chess title</a></li></ul></div>"
           "<div class=\"f1\">Copyright 2024 The Harbour Times. All rights reserved.</div></body></html>";
}

}  // namespace

TEST_CASE("a lead in a box of its own between the title and the body's box is article text (English, German, Spanish)") {
    SUBCASE("English") {
        const std::string out = text_of(page("Council votes to close the harbour library",
            "<h1>Council votes to close the harbour library</h1>"
            "<div class=\"k2\"><p>The council voted on Tuesday to close the old library on the harbour road, after a debate that lasted more than four hours.</p></div>"
            "<div class=\"k3\"><p>Supporters of the library said the building was the only public space in the district where children could study after school.</p>"
            "<p>The mayor said the money saved would pay for a new reading room in the town hall, which will open in the spring with longer hours.</p>"
            "<p>Opponents plan to collect signatures for a referendum, and say they need about two thousand names before the end of the month.</p>"
            "<p>A spokesman for the staff said nobody would lose their job, since the staff would move to the new reading room next year.</p></div>"));
        CHECK(has(out, "The council voted on Tuesday to close the old library"));
        CHECK(has(out, "Supporters of the library said"));
        CHECK_FALSE(has(out, "Storm closes the ferry"));
    }
    SUBCASE("German, the lead's paragraph inside two wrappers") {
        const std::string out = text_of(page("Stadt schließt die Bibliothek am Hafen",
            "<h1>Stadt schließt die Bibliothek am Hafen</h1><div class=\"t5\"><time>12.03.2024</time></div>"
            "<section class=\"q1\"><div><p>Der Stadtrat hat am Dienstag beschlossen, die alte Bibliothek an der Hafenstraße zu schließen, nach einer Debatte von mehr als vier Stunden.</p></div></section>"
            "<section class=\"q2\"><p>Die Befürworter der Bibliothek sagten, das Gebäude sei der einzige öffentliche Raum im Viertel, in dem Kinder nach der Schule lernen könnten.</p>"
            "<p>Der Bürgermeister sagte, mit dem gesparten Geld werde ein neuer Lesesaal im Rathaus bezahlt, der im Frühjahr mit längeren Öffnungszeiten eröffnet.</p>"
            "<p>Die Gegner wollen Unterschriften für einen Bürgerentscheid sammeln und brauchen dafür bis Ende des Monats etwa zweitausend Namen.</p></section>"));
        CHECK(has(out, "Der Stadtrat hat am Dienstag beschlossen"));
        CHECK(has(out, "Die Gegner wollen Unterschriften"));
    }
    SUBCASE("Spanish") {
        const std::string out = text_of(page("El ayuntamiento cierra la biblioteca del puerto",
            "<h1>El ayuntamiento cierra la biblioteca del puerto</h1>"
            "<div class=\"e7\"><p>El pleno votó el martes el cierre de la vieja biblioteca de la calle del puerto, tras un debate de más de cuatro horas con el salón lleno de vecinos.</p></div>"
            "<div class=\"e8\"><p>Los defensores de la biblioteca dijeron que el edificio era el único espacio público del barrio donde los niños podían estudiar por la tarde.</p>"
            "<p>El alcalde afirmó que el dinero ahorrado pagará una nueva sala de lectura en el ayuntamiento, que abrirá en primavera con un horario más amplio.</p>"
            "<p>Los vecinos contrarios quieren reunir firmas para una consulta y dicen que necesitan unos dos mil nombres antes de que termine el mes.</p></div>"));
        CHECK(has(out, "El pleno votó el martes el cierre"));
        CHECK(has(out, "Los vecinos contrarios quieren reunir firmas"));
    }
}

TEST_CASE("a box of one paragraph before the title, or holding a second block, is no lead (English)") {
    const std::string out = text_of(page("Council votes to close the harbour library",
        "<div class=\"n4\"><p>Our offices are closed on public holidays, and letters to the editor sent then will be answered on the next working day.</p></div>"
        "<h1>Council votes to close the harbour library</h1>"
        "<div class=\"k2\"><p>Read the whole series on the town's public buildings, from the harbour baths to the old market hall, in our weekend edition.</p>"
        "<ul><li><a href=\"/s1\">The baths</a></li><li><a href=\"/s2\">The market hall</a></li></ul></div>"
        "<div class=\"k3\"><p>The council voted on Tuesday to close the old library on the harbour road, after a debate that lasted more than four hours.</p>"
        "<p>Supporters of the library said the building was the only public space in the district where children could study after school.</p>"
        "<p>The mayor said the money saved would pay for a new reading room in the town hall, which will open in the spring with longer hours.</p>"
        "<p>Opponents plan to collect signatures for a referendum, and say they need about two thousand names before the end of the month.</p></div>"));
    CHECK(has(out, "The council voted on Tuesday"));
    CHECK(has(out, "Opponents plan to collect signatures"));
    CHECK_FALSE(has(out, "Our offices are closed on public holidays"));
    CHECK_FALSE(has(out, "Read the whole series"));
}

TEST_CASE("a paragraph of prose that is one link, beside the article's paragraphs, is article text (English, German, French, Dutch)") {
    SUBCASE("English: a quotation linking its source opens the article") {
        const std::string out = text_of(page("Five popular cars to avoid, says a magazine",
            "<h1>Five popular cars to avoid, says a magazine</h1>"
            "<blockquote><p><a href=\"http://other.example/cars\"><em>\u201CJust because a car sells well does not mean it is a good choice for you. The five models here may be on many shopping lists, but we suggest you steer clear\u2026\u201D</em></a></p>"
            "<p>So says a consumer magazine of its list of popular cars to avoid. The magazine says the cars did not do well in its tests or suffer from poor reliability.</p></blockquote>"
            "<p>We respect the magazine and its testers. When they have something to say, we take it seriously, even when we do not share their verdict on a car.</p>"
            "<p>The first of the five is a small family car that many readers own. There are reasons to dislike it, but it has enough merit to be worth buying.</p>"));
        CHECK(has(out, "Just because a car sells well"));
        CHECK(has(out, "So says a consumer magazine"));
    }
    SUBCASE("German: the quotation alone in its blockquote, the article after it") {
        const std::string out = text_of(page("Gutachter halten die Hafenbibliothek für unsicher",
            "<h1>Gutachter halten die Hafenbibliothek für unsicher</h1>"
            "<blockquote><p><a href=\"http://andere.example/gutachten\">\u201EDas Gebäude ist für die Öffentlichkeit nicht mehr sicher, und die Reparaturen kosten mehr, als die Stadt in diesem Jahrzehnt zahlen kann.\u201C</a></p></blockquote>"
            "<p>So steht es im Gutachten, das der Stadtrat am Dienstag vorgelegt hat. Die Bibliothek an der Hafenstraße soll deshalb zum Jahresende schließen.</p>"
            "<p>Die Befürworter der Bibliothek zweifeln die Zahlen an und wollen ein zweites Gutachten, bevor der Rat endgültig über das Gebäude entscheidet.</p>"));
        CHECK(has(out, "Das Gebäude ist für die Öffentlichkeit nicht mehr sicher"));
        CHECK(has(out, "So steht es im Gutachten"));
    }
    SUBCASE("French: a pointer to the report between two paragraphs") {
        const std::string out = text_of(page("La mairie ferme la bibliothèque du port",
            "<h1>La mairie ferme la bibliothèque du port</h1>"
            "<p>Le conseil municipal a voté mardi la fermeture de la vieille bibliothèque du port, après un débat de plus de quatre heures devant une salle pleine.</p>"
            "<p><a href=\"/rapport.pdf\">Le rapport complet des inspecteurs du bâtiment, avec les photos du toit abîmé et le devis des réparations, est publié sur le site de la mairie.</a></p>"
            "<p>Les défenseurs de la bibliothèque rappellent que le bâtiment est le seul lieu public du quartier où les enfants peuvent étudier après l'école.</p>"
            "<p>Le maire affirme que l'argent économisé financera une nouvelle salle de lecture à la mairie, ouverte au printemps avec des horaires plus larges.</p>"));
        CHECK(has(out, "Le rapport complet des inspecteurs"));
        CHECK(has(out, "Les défenseurs de la bibliothèque"));
    }
    SUBCASE("Dutch") {
        const std::string out = text_of(page("Gemeente sluit de bibliotheek aan de haven",
            "<h1>Gemeente sluit de bibliotheek aan de haven</h1>"
            "<p>De gemeenteraad heeft dinsdag besloten de oude bibliotheek aan de havenweg te sluiten, na een debat van meer dan vier uur met een volle zaal.</p>"
            "<p>Voorstanders van de bibliotheek zeggen dat het gebouw de enige openbare plek in de wijk is waar kinderen na school kunnen studeren.</p>"
            "<p><a href=\"/verslag\">Het volledige verslag van de bouwkundige inspectie, met foto's van het beschadigde dak en de raming van de kosten, staat op de site van de gemeente.</a></p>"));
        CHECK(has(out, "Het volledige verslag van de bouwkundige inspectie"));
        CHECK(has(out, "Voorstanders van de bibliotheek"));
    }
}

TEST_CASE("a linked headline or a short linked line between the article's paragraphs stays out (English)") {
    const std::string out = text_of(page("Council votes to close the harbour library",
        "<h1>Council votes to close the harbour library</h1>"
        "<p>The council voted on Tuesday to close the old library on the harbour road, after a debate that lasted more than four hours.</p>"
        "<p><a href=\"/x1\">Library opening hours were already cut last year after a row over the budget</a></p>"
        "<p>Supporters of the library said the building was the only public space in the district where children could study after school.</p>"
        "<p><a href=\"/x2\">Read more: the town hall will get a new reading room.</a></p>"
        "<p><a href=\"/x5\">Also read: the harbour baths will close for repairs from March until the end of the summer season.</a></p>"
        "<p>The mayor said the money saved would pay for a new reading room in the town hall, which will open in the spring with longer hours.</p>"
        "<p><a href=\"/x3\">Storm closes the ferry.</a> <a href=\"/x4\">New bakery opens on the square, with bread baked at night for the early shift at the harbour.</a></p>"
        "<p>Opponents plan to collect signatures for a referendum, and say they need about two thousand names before the end of the month.</p>"));
    CHECK(has(out, "The council voted on Tuesday"));
    CHECK(has(out, "Opponents plan to collect signatures"));
    CHECK_FALSE(has(out, "Library opening hours were already cut"));
    CHECK_FALSE(has(out, "Read more: the town hall"));
    CHECK_FALSE(has(out, "the harbour baths will close"));
    CHECK_FALSE(has(out, "New bakery opens on the square"));
}

TEST_CASE("links the article's sentence announces with a colon, with its prose going on after them, are article text (English, Spanish, Polish)") {
    SUBCASE("English: a list of linked reasons") {
        const std::string out = text_of(page("Council votes to close the harbour library",
            "<h1>Council votes to close the harbour library</h1>"
            "<p>The council voted on Tuesday to close the old library on the harbour road, after a debate that lasted more than four hours.</p>"
            "<p>In its decision, published on Wednesday, the council gave three reasons for the closure:</p>"
            "<ul><li><a href=\"/r1\">the roof needs repair</a></li><li><a href=\"/r2\">heating costs doubled</a></li><li><a href=\"/r3\">fewer visitors</a></li></ul>"
            "<p>Supporters of the library said the building was the only public space in the district where children could study after school.</p>"
            "<p>The mayor said the money saved would pay for a new reading room in the town hall, which will open in the spring with longer hours.</p>"));
        CHECK(has(out, "the roof needs repair"));
        CHECK(has(out, "heating costs doubled"));
        CHECK(has(out, "Supporters of the library said"));
    }
    SUBCASE("Spanish: places as paragraphs, some linked") {
        const std::string out = text_of(page("Nuestra gira de 2025",
            "<h1>Nuestra gira de 2025</h1>"
            "<p>Estamos muy contentos de anunciar los primeros destinos de la gira del año que viene, y las inscripciones se abren hoy mismo.</p>"
            "<p>Estos son los lugares que visitaremos en la primera mitad del año, sin contar las ciudades del país:</p>"
            "<p><a href=\"/g/lisboa\">Lisboa</a></p><p><a href=\"/g/oporto\">Oporto</a> (<a href=\"/g/braga\">Braga</a>)</p><p><a href=\"/g/roma\">Roma</a></p><p>Atenas</p>"
            "<p>Algunas de nuestras fotos favoritas de las giras anteriores, con los lugares donde las hicimos:</p>"
            "<p>Lisboa al amanecer, desde el mirador sobre el río, en la gira de hace dos años con el grupo de primavera.</p>"));
        CHECK(has(out, "Lisboa\n"));
        CHECK(has(out, "Oporto (Braga)"));
        CHECK(has(out, "Roma"));
        CHECK(has(out, "Algunas de nuestras fotos favoritas"));
    }
    SUBCASE("Polish") {
        const std::string out = text_of(page("Rada zamyka bibliotekę w porcie",
            "<h1>Rada zamyka bibliotekę w porcie</h1>"
            "<p>Rada miasta zdecydowała we wtorek o zamknięciu starej biblioteki przy ulicy Portowej, po debacie trwającej ponad cztery godziny.</p>"
            "<p>Czytelnicy mogą od przyszłego miesiąca korzystać z tych oddziałów, które pozostają otwarte:</p>"
            "<ul><li><a href=\"/o1\">Oddział Północny</a></li><li><a href=\"/o2\">Oddział przy Młyńskiej</a></li><li><a href=\"/o3\">Oddział Dworcowy</a></li></ul>"
            "<p>Obrońcy biblioteki zbierają podpisy pod wnioskiem o referendum i potrzebują około dwóch tysięcy nazwisk do końca miesiąca.</p>"));
        CHECK(has(out, "Oddział przy Młyńskiej"));
        CHECK(has(out, "Obrońcy biblioteki zbierają podpisy"));
    }
}

TEST_CASE("links after a label, or closing the article after a colon, are no announced list (English)") {
    const std::string out = text_of(page("Council votes to close the harbour library",
        "<h1>Council votes to close the harbour library</h1>"
        "<p>The council voted on Tuesday to close the old library on the harbour road, after a debate that lasted more than four hours.</p>"
        "<p>Related:</p>"
        "<ul><li><a href=\"/x1\">Library hours cut last year after a row over the budget</a></li><li><a href=\"/x2\">Town hall to get a new reading room</a></li></ul>"
        "<p>Supporters of the library said the building was the only public space in the district where children could study after school.</p>"
        "<p>The mayor said the money saved would pay for a new reading room in the town hall, which will open in the spring with longer hours.</p>"
        "<p>If you liked this story, here are more stories from our newsroom that you might enjoy:</p>"
        "<ul><li><a href=\"/y1\">Storm closes the ferry for a day</a></li><li><a href=\"/y2\">New bakery opens on the square</a></li></ul>"));
    CHECK(has(out, "The council voted on Tuesday"));
    CHECK(has(out, "The mayor said the money saved"));
    CHECK_FALSE(has(out, "Library hours cut last year"));
    CHECK_FALSE(has(out, "New bakery opens on the square"));
}
