// A quotation's source line ("— Jane Smith, 12 May 2019") directly after a <blockquote>, a
// paragraph of a <q> or a paragraph opened by a quotation mark, in the article's flow, is the
// quote's attribution and stays (extract_quote_source.cpp); the filter of short dated lines took
// it for a dateline. A dated signature after readers' posts and a lone dateline under the title
// still go. en, de, fr, ru, ja; HTML5, div soup, table layout, <q>.
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
    std::vector<std::string> paras;  // four paragraphs of prose
    std::string quote, source;
};

std::vector<Case> cases() {
    return {
        {"en",
         {"Leaving the beds alone for a season lets the fungi that bind the soil recover, and the worms return once the ground stops being turned every spring.",
          "We measured the organic matter in six plots over three years and found that the untouched ones gained almost twice as much as the dug ones did.",
          "The lesson is not that digging is wrong, but that the soil needs long pauses, and a gardener who waits is rewarded with a crumbly and dark earth.",
          "Next year we will repeat the count with two more plots, one under straw and one under a living cover of clover, and publish the figures here."},
         "The soil is not a machine to be run, but a community to be left alone long enough that it can mend itself.",
         "— Jane Smith, 12 May 2019"},
        {"de",
         {"Wer die Beete eine Saison lang in Ruhe lässt, gibt den Pilzen Zeit, die den Boden zusammenhalten, und die Regenwürmer kehren bald zurück.",
          "Wir haben den Humusgehalt in sechs Parzellen über drei Jahre gemessen und festgestellt, dass die unberührten fast doppelt so viel gewonnen haben.",
          "Die Lehre ist nicht, dass Umgraben falsch ist, sondern dass der Boden lange Pausen braucht, und wer wartet, wird mit dunkler Erde belohnt.",
          "Im nächsten Jahr wiederholen wir die Zählung mit zwei weiteren Parzellen, eine unter Stroh und eine unter einer Decke aus Klee."},
         "Der Boden ist keine Maschine, die man betreibt, sondern eine Gemeinschaft, die man lange genug in Ruhe lassen muss.",
         "– Anna Schmidt, 3. März 2019"},
        {"fr",
         {"Laisser les planches tranquilles pendant une saison permet aux champignons qui lient le sol de se rétablir, et les vers reviennent vite.",
          "Nous avons mesuré la matière organique de six parcelles pendant trois ans, et celles qu’on ne bêchait pas en ont gagné presque le double.",
          "La leçon n’est pas que bêcher soit une faute, mais que la terre demande de longues pauses, et le jardinier patient en est récompensé.",
          "L’an prochain nous referons le comptage avec deux parcelles de plus, l’une sous la paille et l’autre sous un couvert de trèfle."},
         "La terre n’est pas une machine qu’on fait tourner, mais une communauté qu’il faut laisser en paix assez longtemps.",
         "— Claire Dubois, 3 mars 2019"},
        {"ru",
         {"Если оставить грядки в покое на сезон, грибница, которая скрепляет почву, восстанавливается, и дождевые черви возвращаются уже к осени.",
          "Мы три года измеряли содержание органического вещества на шести участках и увидели, что нетронутые набрали почти вдвое больше вскопанных.",
          "Урок не в том, что копать нельзя, а в том, что почве нужны долгие паузы, и терпеливый огородник получает рыхлую и тёмную землю.",
          "В следующем году мы повторим подсчёт ещё на двух участках, один под соломой, другой под клевером, и опубликуем цифры здесь."},
         "Почва не машина, которую запускают, а сообщество, которое надо оставить в покое достаточно надолго.",
         "— Лев Петров, 3 марта 2019"},
        {"ja",
         {"畑を一季節そのままにしておくと、土をまとめる菌の網が回復し、耕すのをやめた地面にはミミズが戻ってくる。私たちは三年間それを見てきた。",
          "六つの区画で三年間有機物の量を測ったところ、耕さなかった区画は耕した区画のほぼ二倍を蓄えていた。数字ははっきりしていた。",
          "教訓は耕すことが悪いということではなく、土には長い休みが必要だということであり、待つ人は黒くほろほろの土を得る。",
          "来年はさらに二つの区画で数え直し、一つは藁の下、もう一つはクローバーの下に置いて、その結果をここで公開する予定だ。"},
         "土は動かす機械ではなく、自ら治るまで長く放っておくべき共同体である。土を信じて待つことが大切なのだ。",
         "——山田花子 2019年3月3日"},
    };
}

enum class Markup { html5, div_soup, table, q };

std::string page(const Case& c, Markup m) {
    const std::string p0 = c.paras[0], p1 = c.paras[1], p2 = c.paras[2], p3 = c.paras[3];
    switch (m) {
        case Markup::html5:
            return html_page(c.lang, "T", "<main><article><h1>T</h1><p>" + p0 + "</p><p>" + p1 + "</p><blockquote><p>" + c.quote +
                                              "</p></blockquote><p>" + c.source + "</p><p>" + p2 + "</p><p>" + p3 + "</p></article></main>");
        case Markup::div_soup:
            return html_page(c.lang, "T", "<div class=\"a1\"><div class=\"b2\"><div class=\"h\">T</div><div>" + p0 + "</div><div>" + p1 +
                                              "</div><div class=\"x\">\u201C" + c.quote + "\u201D</div><div>" + c.source + "</div><div>" + p2 +
                                              "</div><div>" + p3 + "</div></div></div>");
        case Markup::table:
            return html_page(c.lang, "T", "<table><tr><td><h1>T</h1><p>" + p0 + "</p><p>" + p1 + "</p><blockquote>" + c.quote +
                                              "</blockquote><p>" + c.source + "</p><p>" + p2 + "</p><p>" + p3 + "</p></td></tr></table>");
        case Markup::q:
            return html_page(c.lang, "T", "<div class=\"a1\"><h1>T</h1><p>" + p0 + "</p><p>" + p1 + "</p><p><q>" + c.quote + "</q></p><p>" +
                                              c.source + "</p><p>" + p2 + "</p><p>" + p3 + "</p></div>");
    }
    return {};
}

}  // namespace

TEST_CASE("a quotation's dated source line, after the quote in the article's flow, stays") {
    for (const auto& c : cases())
        for (const Markup m : {Markup::html5, Markup::div_soup, Markup::table, Markup::q}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(static_cast<int>(m));
            const std::string out = text_of(page(c, m));
            for (const auto& p : c.paras) CHECK(has(out, p.substr(0, 30)));
            CHECK(has(out, c.quote.substr(0, 30)));
            CHECK(has(out, c.source.substr(4)));
        }
}

TEST_CASE("the quotation's source closing the article stays too") {
    for (const auto& c : cases()) {
        CAPTURE(std::string(c.lang));
        const std::string out = text_of(html_page(
            c.lang, "T", "<main><article><h1>T</h1><p>" + c.paras[0] + "</p><p>" + c.paras[1] + "</p><p>" + c.paras[2] +
                             "</p><blockquote><p>" + c.quote + "</p></blockquote><p>" + c.source + "</p></article></main>"));
        CHECK(has(out, c.source.substr(4)));
    }
}

TEST_CASE("dated signatures of readers' posts and a dateline under the title still go") {
    for (const auto& c : cases()) {
        CAPTURE(std::string(c.lang));
        // The same line under the title, no quotation before it: a dateline.
        std::string body = "<main><article><h1>T</h1><p>" + c.source + "</p>";
        for (const auto& p : c.paras) body += "<p>" + p + "</p>";
        CHECK_FALSE(has(text_of(html_page(c.lang, "T", body + "</article></main>")), c.source.substr(4)));
        // Readers' posts as quotations, each signed with a dash and a date, one after another
        // after the article: a thread, not the article's flow.
        body = "<main><article><h1>T</h1>";
        for (const auto& p : c.paras) body += "<p>" + p + "</p>";
        body += "</article><section><h2>#</h2>";
        for (int i = 0; i < 3; ++i) body += "<blockquote><p>" + c.quote + " " + std::to_string(i) + "</p></blockquote><p>" + c.source + "</p>";
        const std::string out = text_of(html_page(c.lang, "T", body + "</section></main>"));
        CHECK_FALSE(has(out, c.source.substr(4)));
    }
    // A dateline of its label under the title.
    std::string body = "<main><article><h1>T</h1><p>Updated: 3 March 2025</p>";
    const std::vector<Case> all = cases();
    for (const auto& p : all[0].paras) body += "<p>" + p + "</p>";
    CHECK_FALSE(has(text_of(html_page("en", "T", body + "</article></main>")), "3 March 2025"));
}
