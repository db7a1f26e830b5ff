// A photo post: a headline, a date line, a credit line and one picture of a post's size, no
// prose of its own; the page ends with a short box about the site's photos (a licence notice
// of a sentence or two), the only block that scores as prose (issue 18, class-blind round 49).
// Class and id names are hashes, so no name calls the notice a footer or the post's box a
// post. The title's own box holds the post's picture: that box is the article, not the notice.
// English, German, French, Russian, Japanese; the post in nested <div>s (markup 1), in an
// <article> with a <header> and a <figure> (markup 2), in a layout table's cell (markup 3).
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
    const char* posted;
    const char* credit;
    const char* notice;
};

std::vector<Case> cases() {
    return {
        {"en", "Velvet coat in the rain", "Posted March 3rd, 2014", "Photos by Maren in Oslo",
         "All photos on this site are licensed under a free licence for non-commercial use. This means that you may share and "
         "remix them, as long as you credit the photographer and link back to us."},
        {"de", "Samtmantel im Regen", "Veröffentlicht am 3. März 2014", "Fotos von Maren in Oslo",
         "Alle Fotos auf dieser Seite stehen unter einer freien Lizenz für nichtkommerzielle Zwecke. Sie dürfen sie teilen "
         "und bearbeiten, solange Sie die Fotografin nennen und auf uns verlinken."},
        {"fr", "Manteau de velours sous la pluie", "Publié le 3 mars 2014", "Photos de Maren à Oslo",
         "Toutes les photos de ce site sont sous une licence libre pour un usage non commercial. Vous pouvez les partager et "
         "les modifier, à condition de citer la photographe et de mettre un lien vers nous."},
        {"ru", "Бархатное пальто под дождём", "Опубликовано 3 марта 2014", "Фото: Марен, Осло",
         "Все фотографии на этом сайте распространяются по свободной лицензии для некоммерческого использования. Вы можете "
         "делиться ими и изменять их, указывая фотографа и ссылку на нас."},
        {"ja", "雨の中のベルベットのコート", "2014年3月3日 投稿", "写真：マーレン（オスロ）",
         "このサイトの写真はすべて、非営利目的の自由なライセンスで提供されています。撮影者の名前と当サイトへのリンクを示せば、共有や改変ができます。"},
    };
}

std::string page(const Case& c, int markup) {
    std::string b = "<div class=\"h7c2q\"><a href=\"/\">Home</a> <a href=\"/about\">About</a> <a href=\"/feed\">Feed</a></div>";
    const std::string head = std::string("<h2><a href=\"/2014/03/post/\">") + c.title + "</a></h2>";
    const std::string lines = std::string("<p class=\"k1d9w\">") + c.posted + "</p><p class=\"m3x8r\">" + c.credit + "</p>";
    const std::string img = "<img width=\"633\" height=\"949\" src=\"/media/2014/03/IMG_3163-633x949.jpg\" alt=\"\">";
    const std::string share = "<div id=\"s4j0v\"><h3>Love it</h3><a href=\"/share\">Tweet</a></div>";
    if (markup == 1)
        b += "<div class=\"g5t2n\"><div class=\"q8w3e\"><div class=\"v1z7u\"><div class=\"d9m2c\">" + head + "</div><div class=\"t6p0y\">" +
             lines + "</div></div><div class=\"w0k4s\"><div class=\"s8p1v\">" + img + "</div></div>" + share + "</div></div>";
    else if (markup == 2)
        b += "<main class=\"g5t2n\"><article class=\"q8w3e\"><header>" + head + lines + "</header><figure>" + img + "</figure>" +
             share + "</article></main>";
    else
        b += "<table class=\"g5t2n\"><tr><td class=\"q8w3e\">" + head + lines + "<div>" + img + "</div>" + share + "</td></tr></table>";
    b += std::string("<div id=\"r2f6h\"><a href=\"/licence\"><img src=\"/i/cc.gif\" alt=\"\"></a><p>") + c.notice + "</p></div>";
    return html_page(c.lang, c.title, b);
}

}  // namespace

TEST_CASE("class-blind: a photo post's box is the article, not the short notice that ends the page") {
    for (const auto& c : cases())
        for (int markup : {1, 2, 3}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(markup);
            const std::string out = text_of(page(c, markup));
            CHECK(has(out, c.credit));
            CHECK_FALSE(has(out, std::string(c.notice).substr(0, 24)));
        }
}
