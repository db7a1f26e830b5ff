// A quotation's source line ("— Jane Smith, 12 May 2019") directly after a <blockquote>, a
// paragraph of a <q> or a paragraph opened by a quotation mark, in the article's flow, is the
// quote's attribution and stays (extract_quote_source.cpp); the filter of short dated lines took
// it for a dateline. A dated signature after readers' posts and a lone dateline under the title
// still go. en, de, fr, ru, ja; HTML5, div soup, table layout, <q>. The quotation marks are
// quote_marks.hpp's, shared with the pull-quote test: typed single quotes ('…') and the German
// and Czech low single quote (‚…‘) open a quotation as much as “…” does (en, de, cs; ru and ja
// with their own marks as a control).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"
#include "quote_marks.hpp"

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

TEST_CASE("one set of quotation marks opens a quotation, whatever the script's typography") {
    using winnow::detail::opens_with_quote_mark;
    for (const char* t : {"\"Quoted\"", "'Quoted'", "\u201CQuoted\u201D", "\u201EZitat\u201C", "\u00ABCitation\u00BB",
                          "\u00BBZitat\u00AB", "\u2018Quoted\u2019", "\u201AZitat\u2018", "\u300C\u5F15\u7528\u300D",
                          "\u300E\u5F15\u7528\u300F", "\u2039Citation\u203A", "  \n\t\r\f\u00AB\u0426\u0438\u0442\u0430\u0442\u0430\u00BB"}) {
        CAPTURE(std::string(t));
        CHECK(opens_with_quote_mark(t));
    }
    for (const char* t : {"", "   ", "Plain words", "\u2014 Jane Smith, 12 May 2019", "(aside)", "\u0426\u0438\u0442\u0430\u0442\u0430",
                          "\u5F15\u7528", "x \"quoted\" later"}) {
        CAPTURE(std::string(t));
        CHECK_FALSE(opens_with_quote_mark(t));
    }
}

TEST_CASE("a source line after a quotation in single quotes, typed or low-9, stays") {
    struct Quoted {
        const char* lang;
        std::vector<std::string> paras;
        std::string quote, source;
    };
    const std::vector<Case> base = cases();
    std::vector<Quoted> quoted = {
        {"en", base[0].paras, "'The soil is not a machine to be run, but a community to be left alone long enough to mend.'",
         "\u2014 Jane Smith, 12 May 2019"},
        {"de", base[1].paras, "\u201ADer Boden ist keine Maschine, sondern eine Gemeinschaft, die man in Ruhe lassen muss.\u2018",
         "\u2013 Anna Schmidt, 3. M\u00E4rz 2019"},
        {"cs",
         {"Kdo nech\u00E1 z\u00E1hony jednu sez\u00F3nu v klidu, d\u00E1 houb\u00E1m \u010Das obnovit s\u00ED\u0165, kter\u00E1 dr\u017E\u00ED p\u016Fdu pohromad\u011B, a \u017E\u00EDzaly se brzy vr\u00E1t\u00ED.",
          "T\u0159i roky jsme m\u011B\u0159ili organickou hmotu na \u0161esti parcel\u00E1ch a ty nekopan\u00E9 j\u00ED z\u00EDskaly skoro dvakr\u00E1t v\u00EDc ne\u017E ty kopan\u00E9.",
          "Pou\u010Den\u00ED nen\u00ED v tom, \u017Ee kop\u00E1n\u00ED je chyba, ale v tom, \u017Ee p\u016Fda pot\u0159ebuje dlouh\u00E9 pauzy, a trp\u011Bliv\u00FD zahradn\u00EDk je odm\u011Bn\u011Bn.",
          "P\u0159\u00ED\u0161t\u00ED rok po\u010Det zopakujeme na dvou dal\u0161\u00EDch parcel\u00E1ch, jedn\u00E9 pod slamou a druh\u00E9 pod jetelem, a \u010D\u00EDsla zve\u0159ejn\u00EDme zde."},
         "\u201AP\u016Fda nen\u00ED stroj, kter\u00FD se pou\u0161t\u00ED, ale spole\u010Denstv\u00ED, kter\u00E9 je t\u0159eba nechat dlouho v klidu.\u2018",
         "\u2014 Jana Nov\u00E1kov\u00E1, 3. b\u0159ezna 2019"},
        // (Controls: their own marks, quoted before this change too.)
        {"ru", base[3].paras, "\u00AB" + base[3].quote + "\u00BB", base[3].source},
        {"ja", base[4].paras, "\u300E" + base[4].quote + "\u300F", base[4].source},
    };
    for (const auto& c : quoted)
        for (int markup = 0; markup < 3; ++markup) {
            CAPTURE(std::string(c.lang));
            CAPTURE(markup);
            const std::string& p0 = c.paras[0];
            const std::string& p1 = c.paras[1];
            const std::string& p2 = c.paras[2];
            const std::string& p3 = c.paras[3];
            std::string body;
            if (markup == 0)  // HTML5: the quotation a paragraph of its own
                body = "<main><article><h1>T</h1><p>" + p0 + "</p><p>" + p1 + "</p><p>" + c.quote + "</p><p>" + c.source + "</p><p>" +
                       p2 + "</p><p>" + p3 + "</p></article></main>";
            else if (markup == 1)  // div soup without class names
                body = "<div><div><div>T</div><div>" + p0 + "</div><div>" + p1 + "</div><div>" + c.quote + "</div><div>" + c.source +
                       "</div><div>" + p2 + "</div><div>" + p3 + "</div></div></div>";
            else  // table layout
                body = "<table><tr><td><h1>T</h1><p>" + p0 + "</p><p>" + p1 + "</p><p>" + c.quote + "</p><p>" + c.source + "</p><p>" +
                       p2 + "</p><p>" + p3 + "</p></td></tr></table>";
            const std::string out = text_of(html_page(c.lang, "T", body));
            CHECK(has(out, c.quote.substr(4, 30)));
            CHECK(has(out, c.source.substr(4)));
        }
}
