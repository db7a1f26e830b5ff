// A box after the article that holds its readers' thread and the reply form under it (class
// names hashed, as a CSS toolchain writes them): the thread is found by its shape and goes;
// what the box keeps then is the form's heading and notes (moderation, "use your real name"),
// which go with the form as they do in a box of the form alone. The box is judged on its text
// without the thread: with the thread's posts counted it looked too long to be a form's box,
// and it joined the article on the posts' score. English, German, Portuguese: on 9740e01 the
// German and Portuguese pages kept the form's heading and notes; the English one, its box under
// the score that joins a sibling, passed and guards.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

struct Post {
    const char *name, *date, *text;
};

struct Case {
    const char *lang, *title;
    std::vector<std::string> paras;
    const char* thread_heading;
    std::vector<Post> posts;
    const char* form_heading;
    std::vector<std::string> notes;
};

std::vector<Case> cases() {
    return {
        {"en", "Stop-motion film made from four hundred notebooks",
         {"When you have seen a lot of stop-motion films it is hard to be surprised by the patience they take, so this one caught me off guard when I watched it twice in a row.",
          "The two designers drew every frame by hand in paper notebooks, photographed each page, and turned them into a film of three minutes that runs like a flip book.",
          "They used four hundred notebooks, a borrowed camera and a month of evenings, and the making-of video shows how many pages ended in the bin."},
         "4 comments on the film",
         {{"Chris Lane", "November 7th, 2012", "Lovely work. The part with the moving pencil is my favourite, I watched it three times before I noticed the cat walking across the desk."},
          {"Sam D.", "November 7th, 2012", "Impressive patience. I could not keep at it for a week, never mind a whole month of evenings after work."},
          {"Josten", "November 8th, 2012", "This made me want to buy a notebook and start drawing again. Thanks for sharing it, and for the link to the making-of."}},
         "Anything to add?",
         {"All comments are moderated, so you may see a short delay before yours appears. Please be respectful of other voices in the discussion.",
          "Please use your real name."}},
        {"de", "Ein Trickfilm aus vierhundert Notizbüchern",
         {"Wer viele Trickfilme gesehen hat, staunt kaum noch über die Geduld, die sie kosten, und doch hat mich dieser beim ersten Ansehen völlig überrascht.",
          "Die beiden Gestalter haben jedes Bild von Hand in Notizbücher gezeichnet, jede Seite fotografiert und daraus einen Film von drei Minuten gemacht.",
          "Sie brauchten vierhundert Hefte, eine geliehene Kamera und einen Monat voller Abende, und das Video zur Entstehung zeigt, wie viele Seiten im Papierkorb landeten."},
         "4 Kommentare zum Film",
         {{"Karin W.", "7. November 2012", "Wunderschön gemacht. Die Stelle mit dem wandernden Bleistift gefällt mir am besten."},
          {"Jens", "7. November 2012", "Beeindruckende Geduld. Ich hätte keine Woche durchgehalten, geschweige denn einen Monat."},
          {"Moni", "8. November 2012", "Jetzt habe ich Lust, wieder ein Heft zu kaufen und zu zeichnen. Danke fürs Zeigen."}},
         "Etwas hinzuzufügen?",
         {"Alle Kommentare werden vor der Freischaltung geprüft, daher kann es etwas dauern, bis Ihrer erscheint. Bitte bleiben Sie respektvoll.",
          "Bitte verwenden Sie Ihren echten Namen."}},
        {"pt", "Um filme de animação feito com quatrocentos cadernos",
         {"Quem já viu muitos filmes de animação quadro a quadro quase não se surpreende com a paciência que exigem, mas este apanhou-me desprevenido logo à primeira.",
          "Os dois designers desenharam cada quadro à mão em cadernos de papel, fotografaram cada página e fizeram com elas um filme de três minutos.",
          "Usaram quatrocentos cadernos, uma câmara emprestada e um mês de serões, e o vídeo dos bastidores mostra quantas páginas foram parar ao lixo."},
         "4 comentários sobre o filme",
         {{"Rita M.", "7 de novembro de 2012", "Trabalho lindo. A parte do lápis a andar sozinho é a minha preferida."},
          {"Paulo", "7 de novembro de 2012", "Que paciência. Eu não aguentava uma semana, quanto mais um mês inteiro."},
          {"Inês", "8 de novembro de 2012", "Fiquei com vontade de comprar um caderno e voltar a desenhar. Obrigada por partilhar."}},
         "Algo a acrescentar?",
         {"Todos os comentários são moderados, por isso o seu pode demorar um pouco a aparecer. Seja respeitoso com as outras vozes da conversa.",
          "Use o seu nome verdadeiro, por favor."}},
    };
}

// The article's box holds its heading, its body and, after the body, the box of the thread
// and the reply form.
std::string page(const Case& c) {
    std::string b = R"(<div class="q1"><a href="/">Home</a> <a href="/archive">Archive</a> <a href="/about">About</a></div>)";
    b += std::string(R"(<div class="m4k"><div class="t7x"><h2 class="h8"><a href="/film">)") + c.title +
         R"(</a></h2><p class="d2">12.11.2012</p><div class="e5r">)";
    for (const auto& p : c.paras) b += "<p>" + p + "</p>";
    b += std::string(R"(</div><div class="c9z"><h3>)") + c.thread_heading + R"(</h3><ol class="k3">)";
    int i = 0;
    for (const auto& p : c.posts) {
        const std::string n = std::to_string(i++);
        b += "<li id=\"c" + n + "\"><div class=\"w2\"><strong><a href=\"http://site" + n + ".example.org/\">" + p.name +
             "</a></strong>, <small>" + p.date + "</small></div><p>" + p.text + "</p></li>";
    }
    b += std::string("</ol><h3>") + c.form_heading + "</h3>";
    for (const auto& n : c.notes) b += "<p><small>" + n + "</small></p>";
    b += R"(<form action="/post-comment" method="post"><p><input type="text" name="author"></p><p><textarea name="comment" rows="8"></textarea></p><p><input type="submit" value="OK"></p></form></div></div></div>)";
    b += R"(<div class="f0"><a href="/">&copy; 2012</a></div>)";
    return html_page(c.lang, c.title, b);
}

}  // namespace

TEST_CASE("a box of the readers' thread and the reply form after the article: the form's heading and notes go with the thread") {
    for (const auto& c : cases()) {
        CAPTURE(std::string(c.lang));
        const std::string html = page(c);
        const std::string out = text_of(html);
        for (const auto& p : c.paras) CHECK(has(out, p.substr(0, 40)));
        CHECK_FALSE(has(out, c.form_heading));
        for (const auto& n : c.notes) CHECK_FALSE(has(out, n.substr(0, 25)));
        for (const auto& p : c.posts) CHECK_FALSE(has(out, std::string(p.text).substr(0, 25)));
    }
}
