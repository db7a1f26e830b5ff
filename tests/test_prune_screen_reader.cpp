// Words a page keeps for screen readers and hides from sight: a hint that a link opens another
// site or a file, in the page's own language, after a word of the sentence or inside the link, in a
// span with one of the utility classes CSS frameworks give such text (sr-only, visually-hidden,
// screen-reader-text). No rule of the page's sheet hides it, so it reached the article; a
// label list knew only English wording. Now prune drops an inline element of such a class
// whatever its words; a bracketed remark in a span of another class, or one whose class merely
// ends in "-only", stays.
// English, German, Russian, Japanese; HTML5 (article), class-less div soup, a table layout.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "text_util.hpp"

using namespace winnow;

namespace {

struct Lang {
    const char* code;
    const char* title;
    std::vector<const char*> paras;  // the article's five paragraphs; the hints go into the first two
    const char* linked;              // the words of a link in the first paragraph
    const char* hint;                // a hidden hint before it, after a plain word
    const char* file_link;           // the words of a link in the second paragraph
    const char* file_hint;           // a hidden hint inside that link
    const char* remark;              // a bracketed remark of the article, in a span of its own
};

const std::vector<Lang>& langs() {
    static const std::vector<Lang> all{
        {"en", "The bakery on Mill Street reopens",
         {"After two years behind boarded windows, the old bakery on Mill Street sells bread again, run by the baker's granddaughter",
          "The oven, built of brick in 1926, had to be relined before the first loaves could go in; the council's heritage fund paid half",
          "Queues formed before six on the first morning, and the rye loaves were gone by eight, as they were every day that week.",
          "The new owner keeps her grandfather's recipes in a tin box and says she has changed only the price of the coffee.",
          "In the spring she plans a class for children on Saturday mornings, where they will shape rolls and learn how the oven works."},
         "who trained in Lyon", "(link goes to another site)", "according to the fund's yearly report", " [spreadsheet, 2 pages]",
         "(she was nineteen then)"},
        {"de", "Die Bäckerei in der Mühlenstraße öffnet wieder",
         {"Nach zwei Jahren hinter vernagelten Fenstern verkauft die alte Bäckerei in der Mühlenstraße wieder Brot, geführt von der Enkelin des Bäckers",
          "Der Ofen aus Ziegeln von 1926 musste neu ausgekleidet werden, bevor die ersten Laibe hineinkamen; die Hälfte zahlte der Denkmalfonds der Stadt",
          "Am ersten Morgen standen die Leute schon vor sechs Uhr an, und um acht war das Roggenbrot ausverkauft, wie an jedem Tag jener Woche.",
          "Die neue Besitzerin bewahrt die Rezepte ihres Großvaters in einer Blechdose auf und hat nach eigenen Worten nur den Kaffeepreis geändert.",
          "Im Frühjahr plant sie samstags einen Kurs für Kinder, in dem sie Brötchen formen und lernen, wie der Ofen funktioniert."},
         "die in Lyon gelernt hat", "(Verweis auf eine fremde Seite)", "laut dem Jahresbericht des Fonds", " [Tabelle, 2 Seiten]",
         "(sie war damals neunzehn)"},
        {"ru", "Пекарня на Мельничной улице открылась снова",
         {"После двух лет за заколоченными окнами старая пекарня на Мельничной улице снова продаёт хлеб, и ведёт её внучка пекаря",
          "Кирпичную печь 1926 года пришлось заново обложить изнутри, прежде чем поставить первые караваи; половину оплатил городской фонд наследия",
          "В первое утро очередь выстроилась ещё до шести, а ржаной хлеб закончился к восьми, как и в каждый день той недели.",
          "Новая хозяйка хранит рецепты деда в жестяной коробке и говорит, что изменила только цену на кофе.",
          "Весной она хочет вести по субботам занятия для детей, где они будут лепить булочки и узнают, как устроена печь."},
         "которая училась в Лионе", "(ссылка ведёт на другой сайт)", "по годовому отчёту фонда", " [таблица, 2 страницы]",
         "(ей тогда было девятнадцать)"},
        {"ja", "水車通りのパン屋が営業を再開",
         {"板で窓をふさいだまま二年が過ぎた水車通りの古いパン屋が、パン職人の孫娘の手でふたたびパンを売り始めた",
          "一九二六年にれんがで築かれた窯は、最初のパンを入れる前に内張りをやり直す必要があり、費用の半分は市の文化財基金が負担した",
          "初日の朝は六時前から行列ができ、ライ麦パンは八時には売り切れた。その週は毎日同じだった。",
          "新しい店主は祖父のレシピをブリキの箱にしまっており、変えたのはコーヒーの値段だけだと話す。",
          "春には土曜の朝に子ども向けの教室を開き、ロールパンの成形や窯の仕組みを教える予定だという。"},
         "リヨンで修業した", "（別のサイトへ移動します）", "基金の年次報告によれば", "［表計算、2ページ］", "（当時は十九歳だった）"},
    };
    return all;
}

enum class Markup { html5, divs, table };

// sr: the class of the hidden hints; the look-alikes keep theirs.
std::string page(const Lang& l, Markup m, const char* sr) {
    const std::string hint = std::string("<span class=\"") + sr + "\">" + l.hint + "</span>";
    const std::string p1 = std::string(l.paras[0]) + " " + hint + ", <a href=\"/people/baker\">" + l.linked + "</a>.";
    const std::string p2 = std::string(l.paras[1]) + " (<a href=\"/files/fund-report\">" + l.file_link + "<span class=\"" + sr + "\">" +
                           l.file_hint + "</span></a>) <span class=\"aside\">" + l.remark + "</span>.";
    const std::string p3 = std::string(l.paras[2]) + " <span class=\"mobile-only\">" + l.remark + "</span>";
    std::vector<std::string> ps{p1, p2, p3, l.paras[3], l.paras[4]};
    const std::string head = std::string("<!DOCTYPE html><html><head><title>") + l.title + "</title></head><body>";
    const std::string nav = "<div><a href=\"/\">1</a> <a href=\"/news\">2</a></div>";
    std::string body;
    switch (m) {
        case Markup::html5:
            for (const auto& p : ps) body += "<p>" + p + "</p>";
            return head + "<header>" + nav + "</header><main><article><h1>" + l.title + "</h1>" + body + "</article></main></body></html>";
        case Markup::divs:
            for (const auto& p : ps) body += "<div>" + p + "</div>";
            return head + nav + "<div><div><h1>" + l.title + "</h1>" + body + "</div></div></body></html>";
        case Markup::table:
            for (const auto& p : ps) body += "<tr><td>" + p + "</td></tr>";
            return head + "<table><tr><td>" + nav + "</td></tr><tr><td><h1>" + l.title + "</h1></td></tr>" + body + "</table></body></html>";
    }
    return {};
}

std::string cleaned(const std::string& input) {
    const Result r = clean(input);
    REQUIRE(r.ok());
    return winnow::test::squeeze(to_text(r.document));
}

}  // namespace

TEST_CASE("a hint kept for screen readers goes, in the page's language, after a plain word or inside a link") {
    for (const Lang& l : langs()) {
        for (Markup m : {Markup::html5, Markup::divs, Markup::table}) {
            for (const char* sr : {"visually-hidden", "sr-only", "screen-reader-text", "note sr-only"}) {
                CAPTURE(std::string(l.code));
                CAPTURE(static_cast<int>(m));
                CAPTURE(std::string(sr));
                const std::string out = cleaned(page(l, m, sr));
                CHECK(out.find(l.hint) == std::string::npos);
                CHECK(out.find(l.file_hint) == std::string::npos);
                // The sentence around them, the link words and the article's own remarks stay.
                CHECK(out.find(l.linked) != std::string::npos);
                CHECK(out.find(l.file_link) != std::string::npos);
                CHECK(out.find(l.remark) != std::string::npos);
                for (const char* p : l.paras) CHECK(out.find(p) != std::string::npos);
            }
        }
    }
}

TEST_CASE("the same hint after a plain word in a span of another class stays") {
    for (const Lang& l : langs()) {
        CAPTURE(std::string(l.code));
        const std::string out = cleaned(page(l, Markup::html5, "caption-note"));
        CHECK(out.find(l.hint) != std::string::npos);
        CHECK(out.find(l.remark) != std::string::npos);
    }
}
