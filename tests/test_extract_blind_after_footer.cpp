// A short post in an <article> whose own <footer> (the byline, the share buttons) closes it,
// and after that footer, still inside the <article>, the comment area's consent line: "by
// posting a comment you accept the privacy policy and the terms of use" (issue 18, class-blind
// round 48). Class and id names are hashes, so no name calls the box after the footer a
// comment area. The article's <footer> ends the article: a short box after it in the same
// <article> is what the template hangs below the article (a comment form's notice), not more
// of the post.
// English, Spanish, German; the notice as a paragraph in a box (markup 1), as a bare paragraph
// (markup 2) or in a <section> under an anchor (markup 3).
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
    std::string paras[2];
    const char* byline;
    std::string notice;
    const char* previous;
};

std::vector<Case> cases() {
    return {
        {"en", "Road sign in a small town flashes a hateful message",
         {"Someone recently hacked a construction sign in a small mountain town to flash a hateful message at drivers after dark.",
          "A video uploaded today shows the sign alternating that phrase with a detour notice, and a spokesman for the state's "
          "roads department called it a very bad prank that is obviously unacceptable."},
         "By Anna Miller on Aug 9, 2012 at 4:20 pm",
         "By clicking and submitting a comment I acknowledge the Privacy Policy and agree to the Terms of Use. I understand "
         "that my comments are also governed by the rules of the services I sign in with.",
         "Previous in Local News"},
        {"es", "Una señal de obras en un pueblo muestra un mensaje de odio",
         {"Alguien manipuló hace poco una señal de obras en un pequeño pueblo de montaña para mostrar un mensaje de odio a los conductores.",
          "Un vídeo publicado hoy muestra la señal alternando esa frase con un aviso de desvío, y un portavoz del departamento de "
          "carreteras lo calificó de broma de muy mal gusto, a todas luces inaceptable."},
         "Por Ana Molina el 9 de agosto de 2012 a las 16:20",
         "Al enviar un comentario reconozco la Política de privacidad y acepto las Condiciones de uso. Entiendo que mis "
         "comentarios también se rigen por las normas de los servicios con los que inicio sesión.",
         "Anterior en Noticias locales"},
        {"de", "Baustellenschild in Kleinstadt zeigt Hassbotschaft",
         {"Unbekannte haben in einer kleinen Bergstadt ein Baustellenschild gehackt, das nachts eine Hassbotschaft an die Autofahrer zeigte.",
          "Ein heute hochgeladenes Video zeigt, wie das Schild diesen Satz im Wechsel mit einem Umleitungshinweis anzeigt; ein "
          "Sprecher der Straßenbehörde nannte es einen sehr schlechten Scherz, der völlig inakzeptabel sei."},
         "Von Anna Müller am 9. August 2012 um 16:20 Uhr",
         "Mit dem Absenden eines Kommentars erkenne ich die Datenschutzerklärung an und stimme den Nutzungsbedingungen zu. "
         "Mir ist bewusst, dass meine Kommentare auch den Regeln der Dienste unterliegen, mit denen ich mich anmelde.",
         "Zurück zu Lokales"},
    };
}

std::string page(const Case& c, int markup) {
    std::string b = "<div class=\"a8v2m1\"><ul class=\"n4c7qe\">";
    for (const char* item : {"Politics", "Climate", "Economy", "Health", "Justice", "World"})
        b += std::string("<li><a href=\"/s/") + item + "\">" + item + "</a></li>";
    b += "</ul></div><div class=\"p0d5ka\"><article class=\"x8t0y9\"><p class=\"u2h6rj\">NEWS</p><h2><a href=\"/2012/08/09/post\">" +
         std::string(c.title) + "</a></h2>";
    for (const auto& p : c.paras) b += "<p>" + p + "</p>";
    b += "<footer class=\"f3w9zt\"><p class=\"k7q1sd\"><a href=\"/2012/08/08/before\" rel=\"prev\">" + std::string(c.previous) +
         "</a></p><p class=\"r5e8vg\">" + c.byline +
         "</p><ul class=\"s1b4nx\"><li><a href=\"#c\">Share</a></li><li><a href=\"#c\">Mail</a></li></ul></footer>";
    const std::string notice = "<p class=\"j6m2wa\">" + c.notice + "</p>";
    if (markup == 1) b += "<div id=\"q9r3tb\"><a name=\"c\"></a>" + notice + "</div>";
    else if (markup == 2) b += notice;
    else b += "<section class=\"g4y7pe\"><a id=\"c\"></a>" + notice + "</section>";
    b += "</article></div><div class=\"z1k5oc\"><p>Stories from our partners</p></div>";
    return html_page(c.lang, c.title, b);
}

}  // namespace

TEST_CASE("class-blind: a short box after the article's own <footer> is no part of the article") {
    for (const auto& c : cases())
        for (int markup : {1, 2, 3}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(markup);
            const std::string out = text_of(page(c, markup));
            for (const auto& p : c.paras) CHECK(has(out, p.substr(0, 60)));
            CHECK_FALSE(has(out, c.notice.substr(0, 30)));
        }
}
