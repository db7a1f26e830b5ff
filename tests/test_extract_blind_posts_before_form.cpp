// Bare boxes of one kind hold the article, its readers' posts and, last, the reply form under
// its heading (issue 18, stop 53: tools/perturb_eval.py "noattr"). The posts are the dated
// entries after the last entry with a heading of its own (mark_posts_past_article); the reply
// form's box has a heading too ("Leave a reply"), and was read as another section of the
// article, so the posts before it stayed. A box holding a <textarea> after the posts is the
// form's, no section of the article.
// English, German, French, Russian, Japanese; <div>s, HTML5 <section>s, one-cell tables; each
// page with its class names and without them, which must come out the same.
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
    std::string paras[3];
    std::string names[3], dates[3], posts[3];
    std::string reply, note;
};

std::vector<Case> cases() {
    return {
        {"en", "A garden wedding by the lake",
         {"The couple chose the old orchard by the lake, where the apple trees were just losing their last leaves.",
          "Tables were set under the branches with copper lanterns, linen cloths and small jars of late roses.",
          "After dinner the guests walked down to the water, where a band played until the lanterns burned out."},
         {"Claire writes", "Trent writes", "Wendy writes"},
         {"11/07/12 at 2:17 pm", "11/07/12 at 2:49 pm", "11/07/12 at 5:53 pm"},
         {"The lanterns in the trees are lovely, what a place! We had our own dinner in an orchard two years ago and it rained all evening.",
          "Beautiful work, and such a calm light over the water. The pictures of the tables under the branches are the best this autumn.",
          "I love the roses in the little jars on every table, and the band by the water must have been a lovely way to end the day."},
         "Leave a reply",
         "Your address will not be shown to other readers. Replies are read before they appear, and we may shorten a long one; please keep to the subject and be kind to the people in these pictures."},
        {"de", "Eine Gartenhochzeit am See",
         {"Das Paar wählte den alten Obstgarten am See, wo die Apfelbäume gerade ihre letzten Blätter verloren.",
          "Die Tische standen unter den Ästen, mit Kupferlaternen, Leinentüchern und kleinen Gläsern voller Rosen.",
          "Nach dem Essen gingen die Gäste zum Wasser hinunter, wo eine Band spielte, bis die Laternen erloschen."},
         {"Claire schreibt", "Jonas schreibt", "Greta schreibt"},
         {"07.11.12 um 14:17", "07.11.12 um 14:49", "07.11.12 um 17:53"},
         {"Die Laternen in den Bäumen sind wunderschön, was für ein Ort! Wir haben vor zwei Jahren auch im Obstgarten gefeiert, aber es regnete.",
          "Schöne Arbeit, und so ein ruhiges Licht über dem Wasser. Die Bilder der Tische unter den Ästen sind die schönsten dieses Herbstes.",
          "Ich liebe die Rosen in den kleinen Gläsern auf jedem Tisch, und die Band am Wasser war sicher ein schöner Abschluss des Tages."},
         "Antwort schreiben",
         "Ihre Adresse wird anderen Lesern nicht gezeigt. Antworten werden vor der Freischaltung gelesen, lange kürzen wir vielleicht; bitte bleiben Sie beim Thema und freundlich zu den Menschen auf diesen Bildern."},
        {"fr", "Un mariage au jardin près du lac",
         {"Le couple a choisi le vieux verger au bord du lac, où les pommiers perdaient leurs dernières feuilles.",
          "Les tables étaient dressées sous les branches, avec des lanternes de cuivre, du lin et de petits pots de roses.",
          "Après le dîner, les invités sont descendus vers l'eau, où un groupe a joué jusqu'à ce que les lanternes s'éteignent."},
         {"Claire écrit", "Luc écrit", "Anne écrit"},
         {"07/11/12 à 14:17", "07/11/12 à 14:49", "07/11/12 à 17:53"},
         {"Les lanternes dans les arbres sont superbes, quel endroit ! Nous avons aussi dîné dans un verger il y a deux ans, mais il a plu.",
          "Très beau travail, et une lumière si calme sur l'eau. Les photos des tables sous les branches sont les plus belles de cet automne.",
          "J'adore les roses dans les petits pots sur chaque table, et le groupe au bord de l'eau a dû être une belle fin de journée."},
         "Laisser une réponse",
         "Votre adresse ne sera pas montrée aux autres lecteurs. Les réponses sont lues avant de paraître, et nous raccourcirons peut-être les longues ; restez dans le sujet et soyez aimables avec les personnes de ces photos."},
        {"ru", "Свадьба в саду у озера",
         {"Пара выбрала старый сад у озера, где яблони как раз теряли последние листья.",
          "Столы накрыли под ветвями, с медными фонарями, льняными скатертями и баночками поздних роз.",
          "После ужина гости спустились к воде, где играл оркестр, пока фонари не погасли."},
         {"Клара пишет", "Иван пишет", "Ольга пишет"},
         {"07.11.12 в 14:17", "07.11.12 в 14:49", "07.11.12 в 17:53"},
         {"Фонари на деревьях просто чудесные, какое место! Мы тоже ужинали в саду два года назад, но тогда весь вечер шёл дождь.",
          "Прекрасная работа и такой спокойный свет над водой. Снимки столов под ветвями лучшие из всего, что я видела этой осенью.",
          "Мне нравятся розы в маленьких баночках на каждом столе, а оркестр у воды, наверное, был прекрасным завершением дня."},
         "Оставить ответ",
         "Ваш адрес не будет показан другим читателям. Ответы читаются перед публикацией, длинные мы можем сократить; пожалуйста, держитесь темы и будьте добры к людям на этих снимках."},
        {"ja", "湖のほとりの庭での結婚式",
         {"二人は湖のそばの古い果樹園を選びました。りんごの木はちょうど最後の葉を落としていました。",
          "枝の下に銅のランタンと麻のクロス、遅咲きのばらを挿した小さな瓶を並べたテーブルが置かれました。",
          "食事の後、客たちは水辺へ下り、ランタンが燃え尽きるまでバンドが演奏しました。"},
         {"花子さんより", "健さんより", "陽子さんより"},
         {"2012年11月7日 14:17", "2012年11月7日 14:49", "2012年11月7日 17:53"},
         {"木に下げたランタンがとても素敵です。なんて場所でしょう。私たちも二年前に果樹園で食事をしましたが、一晩中雨でした。",
          "素晴らしい仕事です。水の上の光がとても穏やかですね。枝の下のテーブルの写真はこの秋で一番きれいです。",
          "どのテーブルにもある小さな瓶のばらが大好きです。水辺のバンドは一日の締めくくりにぴったりだったでしょう。"},
         "返信する",
         "あなたのアドレスは他の読者には表示されません。返信は公開前に確認され、長いものは短くすることがあります。話題から離れず、写真の人たちに優しくしてください。"},
    };
}

enum class Markup { divs, html5, table };

// box(cls, inner): one entry of the column's kind. The article (its headline and prose), three
// posts (the writer's name over the date, then the words), the reply form.
std::string page(const Case& c, Markup m, bool named) {
    const auto cls = [&](const char* name) { return named ? std::string(" class=\"") + name + "\"" : std::string(); };
    const auto box = [&](const char* name, const std::string& inner) {
        switch (m) {
            case Markup::divs: return "<div" + cls(name) + ">" + inner + "</div>";
            case Markup::html5: return "<section" + cls(name) + ">" + inner + "</section>";
            case Markup::table: return "<table" + cls(name) + "><tr><td>" + inner + "</td></tr></table>";
        }
        return std::string();
    };
    std::string article = "<h1>" + std::string(c.title) + "</h1>";
    for (const auto& p : c.paras) article += "<p>" + p + "</p>";
    std::string column = box("post", article);
    for (int i = 0; i < 3; ++i)
        column += box("comment", "<div><div><span><a href=\"http://example.org/" + std::to_string(i) + "\">" + c.names[i] +
                                     "</a></span></div><div>" + c.dates[i] + "</div></div><p>" + c.posts[i] + "</p>");
    // The form itself is pruned; its heading and the notice after it stay in its box.
    column += box("comment-form", "<h3>" + c.reply + "</h3><form action=\"/reply\" method=\"post\"><input name=\"a\"><div>@</div>"
                                 "<textarea name=\"t\"></textarea><input type=\"submit\" value=\"OK\"></form><p>" + c.note + "</p>");
    const std::string nav = "<div" + cls("nav") + "><a href=\"/\">Home</a> <a href=\"/archive\">Archive</a></div>";
    return html_page(c.lang, c.title, nav + "<div" + cls("blog") + ">" + column + "</div>");
}

}  // namespace

TEST_CASE("class-blind: readers' posts between the article's box and the reply form's go") {
    for (const auto& c : cases())
        for (const Markup m : {Markup::divs, Markup::html5, Markup::table}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(static_cast<int>(m));
            const std::string bare = text_of(page(c, m, false));
            for (const auto& p : c.paras) CHECK(has(bare, p));
            for (const auto& p : c.posts) CHECK_FALSE(has(bare, p));
            CHECK_FALSE(has(bare, c.note));
            CHECK(bare == text_of(page(c, m, true)));
        }
}
