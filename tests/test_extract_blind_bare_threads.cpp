// Readers' posts with no class or id at all (issue 18, perturb round 52): a thread known only by
// its shape, whatever the template calls it.
// - Bare boxes of one kind hold the article and, after it, its readers' posts ("<div>headline,
//   prose</div><div><h2>…</h2></div><div>post</div>…", an old blog's column): the dated boxes
//   after the last one with a heading of its own, each signed by its writer, are the thread.
//   A diary's dated sections (the date alone) and a live blog's updates stay.
// - Nested replies in list items (or <article>s) without a class: a thread though only a third
//   of its posts show their date (the others folded to a subject and a name).
// en, de, fr, ru, ja; div soup, a layout table, HTML5 <article>s, <ul> lists.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

struct Post {
    std::string name, date, text;
};

struct Case {
    const char* lang;
    const char* title;
    std::vector<std::string> paras;
    std::string heading;  // over the posts
    std::string by;       // the signature's words around the name: "Posted by NAME at DATE"
    std::string at;
    std::vector<Post> posts;
};

std::vector<Case> cases() {
    return {
        {"en", "Why slow gardens grow better soil",
         {"Leaving the beds alone for a season lets the fungi that bind the soil recover, and the worms return once the ground stops being turned every spring.",
          "We measured the organic matter in six plots over three years and found that the untouched ones gained almost twice as much as the dug ones did.",
          "The lesson is not that digging is wrong, but that the soil needs long pauses, and a gardener who waits is rewarded with a crumbly and dark earth."},
         "Comments", "Posted by: ", " at ",
         {{"Marta", "October 11, 2012 07:45 AM", "This matches what I saw in my own allotment after a year of leaving it under straw and cardboard."},
          {"Owen", "October 11, 2012 02:19 PM", "Thanks for writing this up. I had a setback with slugs when I stopped digging, how did you cope?"},
          {"Priya", "October 12, 2012 09:03 AM", "Did you test the plots for compaction as well? Mine got harder underfoot in the first wet winter."},
          {"Tomasz", "October 13, 2012 11:30 AM", "Clover as a living cover sounds promising, please do post the figures when you have them next year."}}},
        {"de", "Warum langsame Gärten besseren Boden haben",
         {"Wer die Beete eine Saison lang in Ruhe lässt, gibt den Pilzen Zeit, die den Boden zusammenhalten, und die Regenwürmer kehren bald zurück.",
          "Wir haben den Humusgehalt in sechs Parzellen über drei Jahre gemessen und festgestellt, dass die unberührten fast doppelt so viel gewonnen haben.",
          "Die Lehre ist nicht, dass Umgraben falsch ist, sondern dass der Boden lange Pausen braucht, und wer wartet, wird mit dunkler Erde belohnt."},
         "Leserbriefe", "Geschrieben von ", " am ",
         {{"Jutta", "9. Mai 2019 um 08:15", "Das deckt sich mit dem, was ich in meinem Schrebergarten nach einem Jahr unter Stroh beobachtet habe."},
          {"Lukas", "9. Mai 2019 um 17:40", "Danke für den Bericht. Bei mir kamen die Schnecken, als ich mit dem Umgraben aufgehört habe."},
          {"Mira", "11. Mai 2019 um 10:02", "Haben Sie auch die Verdichtung gemessen? Mein Boden wurde im ersten nassen Winter deutlich härter."},
          {"Henrik", "12. Mai 2019 um 21:12", "Klee als lebende Decke klingt gut, bitte veröffentlichen Sie die Zahlen, sobald Sie sie haben."}}},
        {"fr", "Pourquoi les jardins lents ont une meilleure terre",
         {"Laisser les planches tranquilles pendant une saison permet aux champignons qui lient le sol de se rétablir, et les vers reviennent vite.",
          "Nous avons mesuré la matière organique de six parcelles pendant trois ans, et celles qu’on ne bêchait pas en ont gagné presque le double.",
          "La leçon n’est pas que bêcher soit une faute, mais que la terre demande de longues pauses, et le jardinier patient en est récompensé."},
         "Réactions", "Publié par ", " le ",
         {{"Claire", "3 mars 2021 à 08:15", "C’est exactement ce que j’ai observé dans mon potager après une année sous la paille et le carton."},
          {"Hugo", "4 mars 2021 à 17:40", "Merci pour ce compte rendu. Chez moi les limaces sont arrivées quand j’ai arrêté de bêcher."},
          {"Inès", "6 mars 2021 à 10:02", "Avez-vous aussi mesuré le tassement du sol ? Le mien est devenu plus dur pendant l’hiver humide."},
          {"Bastien", "7 mars 2021 à 19:25", "Le trèfle comme couvert vivant me tente bien, publiez les chiffres dès que vous les aurez."}}},
        {"ru", "Почему медленные сады дают лучшую почву",
         {"Если оставить грядки в покое на сезон, грибы, которые скрепляют почву, успевают восстановиться, а черви возвращаются очень быстро.",
          "Мы три года измеряли органическое вещество на шести участках и выяснили, что нетронутые участки набрали почти вдвое больше вскопанных.",
          "Вывод не в том, что копать вредно, а в том, что почве нужны долгие паузы, и терпеливый садовник получает рыхлую и тёмную землю."},
         "Комментарии", "Написал ", " ",
         {{"Ольга", "12 марта 2020 в 08:15", "Это совпадает с тем, что я видела на своём участке после года под соломой и картоном."},
          {"Дмитрий", "12 марта 2020 в 17:40", "Спасибо за статью. У меня появились слизни, когда я перестал копать, как вы с ними справились?"},
          {"Ирина", "14 марта 2020 в 10:02", "А уплотнение почвы вы тоже измеряли? У меня земля стала твёрже в первую сырую зиму."},
          {"Павел", "15 марта 2020 в 21:12", "Клевер как живое покрытие звучит заманчиво, опубликуйте цифры, когда они будут."}}},
        {"ja", "ゆっくり育てる庭の土が良くなる理由",
         {"花壇を一シーズン休ませると、土をつなぎとめる菌類が回復し、土を掘り返さなくなればミミズもすぐに戻ってきます。私たちはそれを確かめました。",
          "六つの区画の有機物を三年間測ったところ、掘らなかった区画は掘った区画のほぼ二倍の有機物を蓄えていました。違いは年を追うごとに大きくなりました。",
          "掘ることが悪いのではなく、土には長い休みが必要なのです。待つことのできる庭師は、黒くてふかふかの土という形で報われます。"},
         "コメント", "投稿者：", " ",
         {{"佐藤", "2020年3月12日 08:15", "藁と段ボールで一年覆った後、私の畑でも同じことが起きました。土が黒くなりました。"},
          {"鈴木", "2020年3月12日 17:40", "記事をありがとうございます。掘るのをやめたらナメクジが増えました。どう対処しましたか。"},
          {"高橋", "2020年3月14日 10:02", "土の固さも測りましたか。うちでは最初の雨の多い冬に土が固くなりました。"},
          {"田中", "2020年3月15日 21:12", "クローバーで覆うのは良さそうですね。数字が出たらぜひ公開してください。"}}},
    };
}

enum class Markup { divs, table, html5 };

// The article's column: bare boxes, the first holding the headline and the prose, one the
// heading over the posts, then one per post (its text, then its signature line: a name and a
// date). No class, no id anywhere.
std::string column(const Case& c, Markup m) {
    const char* box = m == Markup::html5 ? "article" : "div";
    const std::string open = std::string("<") + box + ">", close = std::string("</") + box + ">";
    std::string body = open + "<h1>" + c.title + "</h1>";
    for (const auto& p : c.paras) body += "<p>" + p + "</p>";
    body += "<p><a href=\"/archive/soil\">Posted in: soil</a></p>" + close;
    body += open + "<h2>" + c.heading + "</h2>" + close;
    int id = 0;
    for (const auto& post : c.posts) {
        // Each post as long as a paragraph of the article or two: it scores as the article does.
        body += open + "<a name=\"c" + std::to_string(++id) + "\"></a><div><p>" + post.text + " " + c.paras[id % 3] +
                "</p></div>";
        if (m == Markup::html5)
            body += "<footer><p>" + c.by + post.name + c.at + "<time>" + post.date + "</time></p></footer>";
        else
            body += "<p>" + c.by + post.name + c.at + "<a href=\"#c" + std::to_string(id) + "\">" + post.date + "</a></p>";
        body += "<hr>" + close;
    }
    return body;
}

std::string page(const Case& c, Markup m) {
    const std::string nav = "<p><a href=\"/\">Home</a> | <a href=\"/about\">About</a> | <a href=\"/archive\">Archive</a></p>";
    if (m == Markup::table)
        return html_page(c.lang, c.title,
                         "<table><tr><td>" + nav + "</td><td>&nbsp;</td><td>" + column(c, m) + "</td></tr></table>");
    if (m == Markup::html5) return html_page(c.lang, c.title, "<header>" + nav + "</header><main>" + column(c, m) + "</main>");
    return html_page(c.lang, c.title, "<div>" + nav + "</div><div><div>" + column(c, m) + "</div></div>");
}

}  // namespace

TEST_CASE("class-blind: bare boxes of the article and of its readers' posts, side by side: the posts go") {
    for (const auto& c : cases())
        for (const Markup m : {Markup::divs, Markup::table, Markup::html5}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(static_cast<int>(m));
            const std::string out = text_of(page(c, m));
            for (const auto& p : c.paras) CHECK(has(out, p.substr(0, 40)));
            for (const auto& post : c.posts) {
                CHECK_FALSE(has(out, post.text.substr(0, 30)));
                CHECK_FALSE(has(out, post.date));
            }
        }
}

TEST_CASE("class-blind: a diary's dated sections in bare boxes after its headed intro stay") {
    // The same column, each box a dated section of the writer's own: its date alone over its
    // text, no name (a diary, a changelog, an article with dated sections).
    for (const auto& c : cases())
        for (const Markup m : {Markup::divs, Markup::html5}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(static_cast<int>(m));
            const char* box = m == Markup::html5 ? "article" : "div";
            const std::string open = std::string("<") + box + ">", close = std::string("</") + box + ">";
            std::string body = open + "<h1>" + c.title + "</h1><p>" + c.paras[0] + "</p>" + close;
            for (const auto& post : c.posts)
                body += open + "<p>" + post.date + "</p><p>" + post.text + " " + c.paras[1] + "</p>" + close;
            const std::string out = text_of(html_page(c.lang, c.title, "<div><div>" + body + "</div></div>"));
            CHECK(has(out, c.paras[0].substr(0, 40)));
            for (const auto& post : c.posts) CHECK(has(out, post.text.substr(0, 30)));
        }
}

TEST_CASE("class-blind: a live blog's updates in bare boxes after its headed summary stay") {
    // Updates stamped with a clock time alone, no name: the page's own news.
    for (const auto& c : cases()) {
        CAPTURE(std::string(c.lang));
        std::string body = "<div><h1>" + std::string(c.title) + "</h1><p>" + c.paras[0] + "</p></div>";
        const char* times[] = {"09:15", "10:40", "12:05", "14:30"};
        int t = 0;
        for (const auto& post : c.posts) body += "<div><p>" + std::string(times[t++]) + "</p><p>" + post.text + "</p></div>";
        const std::string out = text_of(html_page(c.lang, c.title, "<div><div>" + body + "</div></div>"));
        for (const auto& post : c.posts) CHECK(has(out, post.text.substr(0, 30)));
    }
}

TEST_CASE("class-blind: a forum thread of bare boxes, each post signed and dated, stays") {
    // The title over the posts, no article box: the first post is the question, the others its
    // answers; all of them are the page.
    for (const auto& c : cases()) {
        CAPTURE(std::string(c.lang));
        std::string body = "<div><h1>" + std::string(c.title) + "</h1></div>";
        for (const auto& post : c.posts)
            body += "<div><p><b>" + post.name + "</b> " + post.date + "</p><p>" + post.text + " " + c.paras[2] + "</p></div>";
        const std::string out = text_of(html_page(c.lang, c.title, "<div><div>" + body + "</div></div>"));
        for (const auto& post : c.posts) CHECK(has(out, post.text.substr(0, 30)));
    }
}

namespace {

// Readers' posts as nested list items (or nested <article>s), no class: three posts in full,
// each a name and date line over its words and a folded reply nested under it (a subject and a
// name, no date), and three folded posts: half of them dated, replies nested.
std::string nested_thread(const Case& c, bool articles) {
    const std::string item = articles ? "article" : "li";
    const std::string list_open = articles ? "" : "<ul>", list_close = articles ? "" : "</ul>";
    std::string t = list_open;
    int id = 0;
    const auto folded = [&](const Post& post) {
        ++id;
        return "<" + item + "><div><a href=\"/c/" + std::to_string(id) + "\">Re: " + c.heading + "</a> <a href=\"/u/" +
               std::to_string(id) + "\">" + post.name + "</a></div></" + item + ">";
    };
    for (std::size_t i = 0; i < 3; ++i) {
        const Post& post = c.posts[i];
        t += "<" + item + "><div><div><h4><a href=\"/c/" + std::to_string(++id) + "\">" + c.heading + " " +
             std::to_string(i + 1) + "</a></h4></div><div><span>" + c.by + "<a href=\"/u/" + post.name + "\">" + post.name +
             "</a></span> <span>" + post.date + "</span></div></div><div><p>" + post.text + " " + c.paras[i] + "</p><p>" +
             c.paras[(i + 1) % 3] + " " + post.text + "</p></div>";
        t += list_open + folded(c.posts[3]) + list_close + "</" + item + ">";
    }
    for (std::size_t i = 0; i < 3; ++i) t += folded(c.posts[i]);
    return t + list_close;
}

}  // namespace

TEST_CASE("class-blind: nested replies in list items or articles with no class, a third dated, are a thread") {
    for (const auto& c : cases())
        for (const bool articles : {false, true}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(articles);
            const std::string body = "<div><a href=\"/\">Home</a> <a href=\"/tech\">Tech</a></div><section><div><h2>" +
                                     std::string(c.title) + "</h2><div><p>" + c.paras[0] + "</p><p>" + c.paras[1] + "</p><p>" +
                                     c.paras[2] + "</p></div></div><section><h3>" + c.heading + "</h3>" +
                                     nested_thread(c, articles) + "</section></section>";
            const std::string out = text_of(html_page(c.lang, c.title, body));
            for (const auto& p : c.paras) CHECK(has(out, p.substr(0, 40)));
            for (std::size_t i = 0; i < 3; ++i) CHECK_FALSE(has(out, c.posts[i].text.substr(0, 30)));
        }
}

TEST_CASE("class-blind: a list page of dated teasers in bare boxes under its headed name stays") {
    // A section's page: its name and a line about it, then a box per story, each a linked
    // headline (no heading element), its date and a summary. The stories are the page.
    for (const auto& c : cases()) {
        CAPTURE(std::string(c.lang));
        std::string body = "<div><h1>" + std::string(c.title) + "</h1><p>" + c.heading + "</p></div>";
        int id = 0;
        for (const auto& post : c.posts)
            body += "<div><p><a href=\"/story/" + std::to_string(++id) + "\">" + post.text.substr(0, 40) + "</a></p><p>" +
                    post.date + "</p><p>" + c.paras[id % 3] + " " + post.text + "</p></div>";
        const std::string out = text_of(html_page(c.lang, c.title, "<div><div>" + body + "</div></div>"));
        for (std::size_t i = 0; i < c.posts.size(); ++i) CHECK(has(out, c.paras[(i + 1) % 3].substr(0, 40)));
    }
}
