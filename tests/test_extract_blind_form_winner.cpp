// A reply form's box does not win over the short post before it, whatever the boxes are named
// (issue 18, stop 53: tools/perturb_eval.py "noattr"). A blog template hides its reply form's
// notes and messages (a preview, a captcha's prompt, "your comment was saved") with a class the
// stylesheet hides; without the name, the box is four sentences of prose after a post of three short lines and
// outscores it. The box holds a <textarea> (or stands beside a form holding one): the article
// came before the form, so the best box between the title and the form is the article.
// English, German, French, Russian, Japanese; div soup, HTML5 sections, a layout table; each page
// with its class names and without them, which must come out the same.
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
    std::string post[3];
    std::string notes[4];
};

std::vector<Case> cases() {
    return {
        {"en", "A new path along the canal",
         {"The towpath between the two locks opens again on Saturday.", "Bring a lamp: the lights come in spring.", "The old gate at the north end stays shut until the works there end."},
         {"Your reply is read by a moderator before it shows, so it may take a day or two to appear below this post.",
          "Please enter the letters and numbers you see in the picture, which keeps programs from posting replies here.",
          "If you cannot read the picture, ask for another one, or listen to the letters read out loud by the page.",
          "Your reply could not be sent because the page was open for too long, so copy it, reload the page and try again."}},
        {"de", "Ein neuer Weg am Kanal",
         {"Der Treidelpfad zwischen den beiden Schleusen ist ab Samstag wieder offen.", "Eine Lampe hilft: Die Laternen kommen im Frühjahr.", "Das alte Tor am Nordende bleibt zu, bis die Arbeiten dort enden."},
         {"Ihre Antwort wird vor der Freischaltung gelesen, daher kann es ein oder zwei Tage dauern, bis sie unten erscheint.",
          "Bitte geben Sie die Buchstaben und Zahlen aus dem Bild ein, damit keine Programme hier Antworten schreiben können.",
          "Wenn Sie das Bild nicht lesen können, fordern Sie ein anderes an, oder lassen Sie sich die Zeichen vorlesen.",
          "Ihre Antwort konnte nicht gesendet werden, weil die Seite zu lange offen war; kopieren Sie sie und laden Sie neu."}},
        {"fr", "Un nouveau chemin le long du canal",
         {"Le chemin de halage entre les deux écluses rouvre samedi.", "Prenez une lampe : les réverbères arrivent au printemps.", "La vieille porte au nord reste fermée jusqu'à la fin des travaux."},
         {"Votre réponse est lue par un modérateur avant d'apparaître, elle peut donc mettre un jour ou deux à s'afficher ici.",
          "Merci de saisir les lettres et les chiffres de l'image, ce qui empêche les programmes de publier des réponses ici.",
          "Si vous ne pouvez pas lire l'image, demandez-en une autre, ou faites-vous lire les caractères à voix haute.",
          "Votre réponse n'a pas pu être envoyée, car la page est restée ouverte trop longtemps ; copiez-la et rechargez."}},
        {"ru", "Новая дорожка вдоль канала",
         {"Дорожка между двумя шлюзами снова открывается в субботу.", "Возьмите фонарь: освещение появится весной.", "Старые ворота на севере закрыты до конца работ там."},
         {"Ваш ответ читает модератор перед публикацией, поэтому он может появиться ниже только через день или два.",
          "Пожалуйста, введите буквы и цифры с картинки, чтобы программы не могли оставлять здесь свои ответы.",
          "Если картинку не разобрать, запросите другую или попросите страницу прочитать символы вслух.",
          "Ваш ответ не удалось отправить, потому что страница была открыта слишком долго; скопируйте его и обновите."}},
        {"ja", "運河沿いの新しい小道",
         {"二つの水門の間の小道が土曜日に再開します。", "街灯は春に付くので明かりを持って行きましょう。", "北側の古い門は工事が終わるまで閉じたままです。"},
         {"返信は管理者が読んでから表示されるため、この記事の下に出るまで一日か二日かかることがあります。",
          "画像に見える文字と数字を入力してください。これによりプログラムによる自動の返信を防いでいます。",
          "画像が読めない場合は別の画像を表示するか、ページに文字を読み上げてもらうことができます。",
          "ページを長く開いていたため返信を送れませんでした。文章をコピーしてページを読み込み直してください。"}},
    };
}

enum class Markup { divs, html5, table };

// The post (its headline, three short lines, a date line) and, after it, the reply form's box:
// the notes in paragraphs around a form with a <textarea>. named: the template's class names.
std::string page(const Case& c, Markup m, bool named) {
    const auto cls = [&](const char* name) { return named ? std::string(" class=\"") + name + "\"" : std::string(); };
    const std::string form = "<form action=\"/reply\" method=\"post\"><input name=\"n\"><textarea name=\"t\"></textarea>"
                             "<input type=\"submit\" value=\"OK\"></form>";
    std::string post;
    for (const auto& p : c.post) post += "<p>" + p + "</p>";
    std::string notes = "<div" + cls("comment-preview hiddenBox") + "><p>" + c.notes[0] + "</p><p>" + c.notes[1] + "</p></div>" +
                        form + "<div" + cls("captcha hiddenBox") + "><p>" + c.notes[2] + "</p><p>" + c.notes[3] + "</p></div>";
    const std::string head = "<div" + cls("banner") + "><a href=\"/\">Home</a> <a href=\"/archive\">Archive</a></div>";
    const std::string foot = "<div" + cls("footer") + "><a href=\"/about\">About</a></div>";
    std::string body;
    switch (m) {
        case Markup::divs:
            body = head + "<div" + cls("content") + "><h1" + cls("entry-title") + ">" + c.title + "</h1><div" + cls("entry-body") +
                   ">" + post + "<div" + cls("posted") + ">2012-11-01 08:15</div></div><div" + cls("comment-form") + ">" + notes +
                   "</div></div>" + foot;
            break;
        case Markup::html5:
            body = "<header>" + head + "</header><main><h1" + cls("entry-title") + ">" + c.title + "</h1><section" +
                   cls("entry-body") + ">" + post + "<time datetime=\"2012-11-01\">2012-11-01</time></section><section" +
                   cls("comment-form") + ">" + notes + "</section></main><footer>" + foot + "</footer>";
            break;
        case Markup::table:
            body = "<table><tr><td>" + head + "</td></tr><tr><td" + cls("main") + "><h1" + cls("entry-title") + ">" + c.title +
                   "</h1><table><tr><td" + cls("entry-body") + ">" + post + "</td></tr></table><table><tr><td" +
                   cls("comment-form") + ">" + notes + "</td></tr></table></td></tr><tr><td>" + foot + "</td></tr></table>";
            break;
    }
    return html_page(c.lang, c.title, body);
}

}  // namespace

TEST_CASE("class-blind: a reply form's notes do not win over the short post before them") {
    for (const auto& c : cases())
        for (const Markup m : {Markup::divs, Markup::html5, Markup::table}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(static_cast<int>(m));
            const std::string bare = text_of(page(c, m, false));
            for (const auto& p : c.post) CHECK(has(bare, p));
            for (const auto& s : c.notes) CHECK_FALSE(has(bare, s));
            CHECK(bare == text_of(page(c, m, true)));
        }
}

TEST_CASE("class-blind: a post whose own box holds the reply form stays whole") {
    // The form inside the article's box after its prose: no box before the form holds the
    // article apart from it, and the post's paragraphs stay.
    for (const auto& c : cases()) {
        CAPTURE(std::string(c.lang));
        std::string body = "<div><h1>" + std::string(c.title) + "</h1><div>";
        // The first three lines as the post's prose (the fourth is a form's message).
        for (int i = 0; i < 3; ++i) body += "<p>" + c.notes[i] + "</p>";
        body += "<form action=\"/reply\"><textarea name=\"t\"></textarea></form></div></div>";
        const std::string out = text_of(html_page(c.lang, c.title, body));
        for (int i = 0; i < 3; ++i) CHECK(has(out, c.notes[i]));
    }
}
