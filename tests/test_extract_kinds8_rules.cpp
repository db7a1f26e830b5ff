// Rules of the eighth round of page kinds (issue 18: "the extractor picked the comment section"),
// each on pages of several languages and markups, with what they leave alone.
//
// - Readers' posts after a short post on a page with no title heading (no heading at all, a
//   <title> of the site's name alone) answer that post: dated entries, half or more signed by a
//   name line over their words, after 80 characters of prose in their own column
//   (comments_untitled.cpp). On main the post had to reach 250 characters with no title to
//   measure it under, so a post of a paragraph lost the page to its thread.
// - The count line of a removed thread goes with it: the nearest line right before or after the
//   thread, holding one or two whole numbers and four words at most, no sentence and no date
//   ("4 Kommentare", "Réactions (5)", "Showing 4 of 12"; extract_thread_counts.cpp).
#include <doctest/doctest.h>

#include <string>

#include "extract_test_util.hpp"

namespace {

using winnow::test::has;
using winnow::test::text_of;

}  // namespace

TEST_CASE("readers' posts after a short post on a page with no title heading answer it, however much longer they are") {
    SUBCASE("fr: hashed div soup, a name line, a date line and the words in each entry, a reply link") {
        const std::string out = text_of(R"HTML(<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Le Petit Atelier</title></head>
<body><div class="a7f"><a href="/">Le Petit Atelier</a> <a href="/couture">Couture</a> <a href="/tricot">Tricot</a> <a href="/contact">Contact</a></div>
<div class="b2k"><div class="q9z">
<div class="r1x">Après trois hivers à porter le même pull, j'ai enfin décidé de le réparer au lieu de le jeter. Le coude était troué et deux mailles avaient filé le long de la manche.</div>

</div>
<div class="c0d">
<div class="c8e"><div class="n1">Martine</div><div class="d1">13 mars 2024 à 09:14</div><div class="t1">Merci pour cette idée, j'ai un gilet de mon père avec exactement le même problème au coude. Je n'osais pas y toucher de peur de l'abîmer encore plus, mais votre explication me donne envie d'essayer ce week-end avec une laine moutarde.</div><a href="#">Répondre</a></div>
<div class="c8e"><div class="n1">Olivier B.</div><div class="d1">13 mars 2024 à 12:40</div><div class="t1">Est-ce que vous utilisez un œuf à repriser ou une simple ampoule ? J'ai lu les deux conseils sur plusieurs forums et je ne sais pas lequel est le plus pratique pour un débutant qui n'a jamais tenu une aiguille à laine de sa vie.</div><a href="#">Répondre</a></div>
<div class="c8e"><div class="n1">Sophie</div><div class="d1">14 mars 2024 à 18:02</div><div class="t1">Le reprisage visible, c'est tellement plus joli qu'une pièce thermocollante ! J'ai réparé trois chaussettes de mes enfants de cette façon et ils se disputent maintenant pour savoir qui portera celles avec les motifs les plus colorés.</div><a href="#">Répondre</a></div>
<div class="c8e"><div class="n1">Jean-Pierre</div><div class="d1">15 mars 2024 à 07:55</div><div class="t1">Ma grand-mère faisait cela sur tous nos vêtements, mais avec du fil de la même couleur pour que cela ne se voie pas. C'est amusant de voir que ce qu'on cachait autrefois devient aujourd'hui une décoration que l'on montre avec fierté.</div><a href="#">Répondre</a></div>
<div class="c8e"><div class="n1">Camille</div><div class="d1">16 mars 2024 à 21:31</div><div class="t1">J'ai essayé hier soir en suivant vos conseils et le résultat est bien meilleur que ce que je pensais. Par contre, mon point de départ était trop serré et le tissu fronce un peu autour de la réparation. Je recommencerai plus souplement.</div><a href="#">Répondre</a></div>
<div class="c8e"><div class="n1">Nadia</div><div class="d1">18 mars 2024 à 10:12</div><div class="t1">Quelle laine conseillez-vous pour un pull en mérinos très fin ? J'ai peur qu'une laine plus épaisse fasse une bosse disgracieuse au niveau du coude et que la réparation se remarque trop sous une veste.</div><a href="#">Répondre</a></div>
</div></div>
<div class="z4"><a href="/mentions">Mentions légales</a> <a href="/confidentialite">Confidentialité</a> © 2024 Le Petit Atelier</div>
</body></html>
)HTML");
        CHECK(has(out, "Après trois hivers à porter le même pull"));
        CHECK_FALSE(has(out, "Merci pour cette idée"));
        CHECK_FALSE(has(out, "Olivier B."));
        CHECK_FALSE(has(out, "Quelle laine conseillez-vous"));
        CHECK_FALSE(has(out, "Mentions légales"));
    }
    SUBCASE("de: HTML5, the post's <p> and a <section> of <article>s with a <time> each, in one <article>") {
        const std::string out = text_of(R"HTML(<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Gartenblog Lindenhof</title></head>
<body><header><a href="/">Gartenblog Lindenhof</a><nav><a href="/gemuese">Gemüse</a> <a href="/obst">Obst</a> <a href="/kontakt">Kontakt</a></nav></header>
<main><article><p>Unsere Tomaten haben dieses Jahr zum ersten Mal die Braunfäule überstanden. Der Trick war ein einfaches Regendach aus Wellplatten über dem Beet.</p>
<section><article class="kmt"><div class="au">Heike</div><time datetime="2024-08-02">2. August 2024</time><p>Wir haben das letztes Jahr auch ausprobiert und können es nur bestätigen. Seit die Pflanzen trocken stehen, sind die unteren Blätter gesund geblieben und wir ernten bis in den Oktober hinein.</p></article>
<article class="kmt"><div class="au">Bernd aus Kassel</div><time datetime="2024-08-03">3. August 2024</time><p>Wie hoch habt ihr das Dach gebaut? Bei uns werden die Stangentomaten fast zwei Meter hoch und ich frage mich, ob dann noch genug Licht von der Seite an die Pflanzen kommt.</p></article>
<article class="kmt"><div class="au">Ursula</div><time datetime="2024-08-05">5. August 2024</time><p>Ein Tipp aus unserer Gärtnerei: Die Blätter bis zur ersten Traube entfernen und nie von oben gießen. Zusammen mit dem Dach ist das die halbe Miete gegen die Krautfäule.</p></article>
<article class="kmt"><div class="au">Jörg</div><time datetime="2024-08-09">9. August 2024</time><p>Wir haben leider schon Ende Juli die ersten braunen Flecken entdeckt, obwohl die Pflanzen im Gewächshaus stehen. Vermutlich war die Luftfeuchtigkeit nachts einfach zu hoch.</p></article>
<article class="kmt"><div class="au">Petra S.</div><time datetime="2024-08-11">11. August 2024</time><p>Wellplatten haben wir noch vom alten Carport übrig, das wird nächstes Frühjahr gleich umgesetzt. Danke für die Anregung und die schönen Fotos vom Beet!</p></article>
</section></article></main>
<footer><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></footer>
</body></html>
)HTML");
        CHECK(has(out, "Unsere Tomaten haben dieses Jahr"));
        CHECK_FALSE(has(out, "Wir haben das letztes Jahr auch ausprobiert"));
        CHECK_FALSE(has(out, "Bernd aus Kassel"));
        CHECK_FALSE(has(out, "Wellplatten haben wir noch"));
    }
    SUBCASE("es: a loose run of prose over a <ul> of entries dated by their age") {
        const std::string out = text_of(R"HTML(<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Cocina de Marisa</title></head>
<body><div class="zz1"><a href="/">Cocina de Marisa</a> <a href="/postres">Postres</a> <a href="/guisos">Guisos</a></div>
<div class="zz2"><div class="zz3">El truco para que las lentejas no se deshagan es no removerlas nunca con la cuchara: basta con mover la cazuela de vez en cuando y añadir el agua fría poco a poco.</div>
<ul class="zz4">
<li class="zz5"><span class="zz6">Carmen</span><span class="zz7">hace 2 días</span><div class="zz8">Mi abuela hacía exactamente lo mismo y siempre decía que la cuchara de madera solo se usaba para probar. Qué recuerdos me ha traído esta receta tan sencilla.</div></li>
<li class="zz5"><span class="zz6">Javier R.</span><span class="zz7">hace 3 días</span><div class="zz8">¿Con qué variedad de lenteja funciona mejor? Yo uso la pardina y a veces se me rompen igualmente aunque no las remueva, quizá por el tiempo de cocción.</div></li>
<li class="zz5"><span class="zz6">Lucía</span><span class="zz7">hace 5 días</span><div class="zz8">Lo probé el domingo y quedaron perfectas, enteras y muy cremosas. Añadí un poco de pimentón de la Vera al sofrito y a mi familia le encantó el resultado.</div></li>
<li class="zz5"><span class="zz6">Andrés</span><span class="zz7">hace 1 semana</span><div class="zz8">Yo las dejo en remojo la noche anterior y las cuezo a fuego muy suave. Con este consejo de no remover ya no tengo el problema de que se queden como un puré.</div></li>
</ul></div>
<div class="zz9"><a href="/aviso-legal">Aviso legal</a> <a href="/privacidad">Privacidad</a> © 2024</div>
</body></html>
)HTML");
        CHECK(has(out, "El truco para que las lentejas no se deshagan"));
        CHECK_FALSE(has(out, "Mi abuela hacía exactamente lo mismo"));
        CHECK_FALSE(has(out, "Javier R."));
        CHECK_FALSE(has(out, "Yo las dejo en remojo"));
    }
}

TEST_CASE("left alone: a thread of posts with no prose before it in its column is the page (a forum thread, a welcome line above)") {
    const std::string out = text_of(R"HTML(<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Форум садоводов</title></head>
<body><div class="t0"><a href="/">Форум садоводов</a> <a href="/razdely">Разделы</a> <a href="/poisk">Поиск</a></div>
<div class="t1">Добро пожаловать на форум садоводов! Здесь обсуждают рассаду, обрезку деревьев, удобрения и урожай.</div>
<div class="t2"><div class="t3"><div class="t4">Ольга_Т</div><div class="t5">12.03.2024, 18:40</div><div class="t6">Подскажите, когда сеять перец на рассаду в средней полосе? В прошлом году посеяла в конце февраля, и рассада сильно вытянулась к маю.</div></div>
<div class="t3"><div class="t4">Семёныч</div><div class="t5">12.03.2024, 19:15</div><div class="t6">Я сею в первой декаде марта и обязательно досвечиваю лампой по двенадцать часов в день. Тогда рассада крепкая и не вытягивается.</div></div>
<div class="t3"><div class="t4">Марина</div><div class="t5">13.03.2024, 09:02</div><div class="t6">Ещё важно снизить температуру после всходов до восемнадцати градусов днём, иначе никакая лампа не поможет.</div></div>
</div>
<div class="t9"><a href="/pravila">Правила</a> © Форум садоводов</div>
</body></html>
)HTML");
    CHECK(has(out, "Подскажите, когда сеять перец"));
    CHECK(has(out, "Я сею в первой декаде марта"));
    CHECK(has(out, "Ещё важно снизить температуру"));
}

TEST_CASE("the count line right before or after a removed thread goes with it") {
    SUBCASE("de: hashed divs, '4 Kommentare' before the thread's box, 'Alle 4 Kommentare anzeigen' after it") {
        const std::string out = text_of(R"HTML(<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Neuer Radweg an der Saale eröffnet - Saale-Bote</title></head>
<body><div class="h1x"><a href="/">Saale-Bote</a> <a href="/region">Region</a> <a href="/sport">Sport</a> <a href="/kultur">Kultur</a></div>
<div class="w8"><div class="t3">Neuer Radweg an der Saale eröffnet</div>
<div class="b5">Der neue Radweg zwischen Halle und Wettin ist seit Samstag befahrbar. Auf elf Kilometern führt er direkt am Ufer entlang und ersetzt die gefährliche Strecke auf der Landstraße.</div>
<div class="b5">Gebaut wurde zwei Jahre lang, die Kosten von 4,2 Millionen Euro teilen sich Land und Landkreis. Zur Eröffnung kamen mehrere hundert Radfahrer.</div>
<div class="v3">4 Kommentare</div><div class="v2">
<div class="v4"><span class="v5">Radler_HAL</span> <span class="v6">12.05.2024, 14:31</span><div class="v7">Endlich! Ich bin die Landstraße jahrelang mit Herzklopfen gefahren. Jetzt fehlt nur noch eine Bank auf halber Strecke.</div></div>
<div class="v4"><span class="v5">Mona</span> <span class="v6">12.05.2024, 16:02</span><div class="v7">Schön geworden, aber am Wochenende ist es sehr voll mit Spaziergängern und Hunden, da muss man langsam fahren.</div></div>
<div class="v4"><span class="v5">K. Ritter</span> <span class="v6">13.05.2024, 08:15</span><div class="v7">Vier Millionen für elf Kilometer finde ich viel Geld, aber die Sicherheit der Kinder auf dem Schulweg ist es wert.</div></div>
<div class="v4"><span class="v5">Uwe</span> <span class="v6">13.05.2024, 19:44</span><div class="v7">Wann wird der Abschnitt bis Rothenburg gebaut? Dort ist die Straße noch schlimmer als bei Wettin.</div></div>
</div><div class="v8">Alle 4 Kommentare anzeigen</div></div>
<div class="f0"><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a> © Saale-Bote</div>
</body></html>
)HTML");
        CHECK(has(out, "Der neue Radweg zwischen Halle und Wettin"));
        CHECK(has(out, "Gebaut wurde zwei Jahre lang"));
        CHECK_FALSE(has(out, "4 Kommentare"));
        CHECK_FALSE(has(out, "Endlich! Ich bin die Landstraße"));
    }
    SUBCASE("en: HTML5, '12 comments' and 'Showing 4 of 12' as <p>s around a <section> of <article>s") {
        const std::string out = text_of(R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Why our town library now lends tools | Riverside Notes</title></head>
<body><header><a href="/">Riverside Notes</a><nav><a href="/town">Town</a> <a href="/people">People</a> <a href="/about">About</a></nav></header>
<main><article><h1>Why our town library now lends tools</h1>
<p>Since March, the Riverside library has lent drills, ladders and sewing machines alongside its books. The idea came from a survey in which half of the residents said they owned a drill they used less than once a year.</p>
<p>The collection started with forty donated tools and now holds more than two hundred. Borrowers sign the same card as for books, and most items go out for a week.</p>
<p class="cc">12 comments</p>
<section><article class="rc"><div class="rn">Alan P.</div><time>March 14, 2024 at 9:12 am</time><p>We borrowed the carpet cleaner last month and it saved us a rental fee of sixty dollars. Great service and the staff showed us how to use it.</p></article>
<article class="rc"><div class="rn">Ruth</div><time>March 14, 2024 at 11:40 am</time><p>Does anyone know whether they plan to add gardening tools for the spring? A tiller would be a wonderful thing to borrow for a weekend.</p></article>
<article class="rc"><div class="rn">Denise Moore</div><time>March 15, 2024 at 8:02 pm</time><p>I donated my late husband's woodworking tools to the collection and it makes me happy to see them used by the neighbours again.</p></article>
<article class="rc"><div class="rn">Tom</div><time>March 16, 2024 at 7:55 am</time><p>The waiting list for the pressure washer is three weeks long, so they could use a second one if anyone has a spare in the garage.</p></article></section>
<p class="cc">Showing 4 of 12</p>
</article></main>
<footer><a href="/privacy">Privacy</a> <a href="/contact">Contact</a> © 2024 Riverside Notes</footer>
</body></html>
)HTML");
        CHECK(has(out, "Since March, the Riverside library has lent drills"));
        CHECK(has(out, "The collection started with forty donated tools"));
        CHECK_FALSE(has(out, "12 comments"));
        CHECK_FALSE(has(out, "Showing 4 of 12"));
        CHECK_FALSE(has(out, "We borrowed the carpet cleaner"));
    }
    SUBCASE("fr: 'Réactions (5)' and 'Voir les 5 réactions' around posts of a bold name and a date") {
        const std::string out = text_of(R"HTML(<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>La médiathèque ouvre le dimanche - Le Courrier du Val</title></head>
<body><div class="n0"><a href="/">Le Courrier du Val</a> <a href="/communes">Communes</a> <a href="/sports">Sports</a></div>
<div class="p0"><div class="p1">La médiathèque ouvre le dimanche</div>
<div class="p2">À partir du 7 avril, la médiathèque municipale ouvrira ses portes chaque dimanche de 14 heures à 18 heures. Une première dans le département pour une commune de cette taille.</div>
<div class="p2">La mairie a recruté deux vacataires pour assurer ces nouvelles permanences, financées en partie par une aide de l'État destinée à élargir les horaires des bibliothèques.</div>
<div class="p3">Réactions (5)</div>
<div class="p4"><div class="p5"><b>Claire</b> <span>2 avril 2024 à 10:05</span><div>Enfin ! Avec le travail en semaine, je ne pouvais jamais emmener les enfants. Le dimanche après-midi, c'est parfait pour nous.</div></div>
<div class="p5"><b>Gérard L.</b> <span>2 avril 2024 à 13:47</span><div>Très bonne nouvelle, mais il faudrait aussi prolonger le samedi jusqu'à 19 heures, beaucoup de gens font leurs courses avant.</div></div>
<div class="p5"><b>Inès</b> <span>3 avril 2024 à 08:30</span><div>Est-ce que la salle de travail sera aussi ouverte le dimanche ? Pour les lycéens qui préparent le bac, ce serait très utile.</div></div></div>
<div class="p3">Voir les 5 réactions</div>
</div>
<div class="f9"><a href="/mentions-legales">Mentions légales</a> © Le Courrier du Val</div>
</body></html>
)HTML");
        CHECK(has(out, "la médiathèque municipale ouvrira ses portes"));
        CHECK(has(out, "La mairie a recruté deux vacataires"));
        CHECK_FALSE(has(out, "Réactions (5)"));
        CHECK_FALSE(has(out, "Voir les 5 réactions"));
        CHECK_FALSE(has(out, "Enfin ! Avec le travail"));
    }
}

TEST_CASE("left alone: a line of three numbers or a sentence beside a removed thread is the article's") {
    const std::string out = text_of(R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Why our town library now lends tools | Riverside Notes</title></head>
<body><header><a href="/">Riverside Notes</a><nav><a href="/town">Town</a> <a href="/people">People</a> <a href="/about">About</a></nav></header>
<main><article><h1>Why our town library now lends tools</h1>
<p>Since March, the Riverside library has lent drills, ladders and sewing machines alongside its books. The idea came from a survey in which half of the residents said they owned a drill they used less than once a year.</p>
<p>The collection started with forty donated tools and now holds more than two hundred. Borrowers sign the same card as for books, and most items go out for a week.</p>
<p class="cc">Tool desk 0800 5512 3300</p>
<section><article class="rc"><div class="rn">Alan P.</div><time>March 14, 2024 at 9:12 am</time><p>We borrowed the carpet cleaner last month and it saved us a rental fee of sixty dollars. Great service and the staff showed us how to use it.</p></article>
<article class="rc"><div class="rn">Ruth</div><time>March 14, 2024 at 11:40 am</time><p>Does anyone know whether they plan to add gardening tools for the spring? A tiller would be a wonderful thing to borrow for a weekend.</p></article>
<article class="rc"><div class="rn">Denise Moore</div><time>March 15, 2024 at 8:02 pm</time><p>I donated my late husband's woodworking tools to the collection and it makes me happy to see them used by the neighbours again.</p></article>
<article class="rc"><div class="rn">Tom</div><time>March 16, 2024 at 7:55 am</time><p>The waiting list for the pressure washer is three weeks long, so they could use a second one if anyone has a spare in the garage.</p></article></section>
<p class="cc">Part 2 follows on Monday.</p>
</article></main>
<footer><a href="/privacy">Privacy</a> <a href="/contact">Contact</a> © 2024 Riverside Notes</footer>
</body></html>
)HTML");
    CHECK(has(out, "Tool desk 0800 5512 3300"));
    CHECK(has(out, "Part 2 follows on Monday."));
    CHECK_FALSE(has(out, "We borrowed the carpet cleaner"));
}
