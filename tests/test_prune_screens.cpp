// Prune's per-element checks screen by their cheapest facts first (the tag, the children's
// types, a link's first child, the class's first letters, the next sibling before the one
// before): the same elements must still go and stay at the screens' edges. A screen-reader hint
// under class names in other cases and forms (and near misses that stay); a stamp whose
// neighbour paragraph is deep or parted from it by a comment (a stamp after bare text stays); a
// slot label whose box has a comment between label and slot (a box with bare text stays); a zoom
// link too large to be a label stays. English, German, Russian, Japanese; HTML5 and div soup.
// (Output-identical speed work: these pass on the base as well.)
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "text_util.hpp"

using namespace winnow;

namespace {

struct Lang {
    const char* code;
    std::vector<const char*> paras;  // the article's three paragraphs
    const char* hint;                // a screen reader's bracketed hint
    const char* stamp;               // a stamp with a figure
    const char* label;               // a slot's label
};

const std::vector<Lang>& langs() {
    static const std::vector<Lang> all{
        {"en",
         {"The orchard on the hill was planted by the first families of the valley more than a century ago, and it still bears fruit",
          "Volunteers prune the old trees each winter, and the school children help to gather the apples when the autumn comes",
          "The cider pressed from the harvest is sold at the village fair, and the money pays for new saplings every spring"},
         "(opens in a new window)", "5 minutes ago", "Advertisement"},
        {"de",
         {"Der Obstgarten am Hang wurde vor mehr als hundert Jahren von den ersten Familien des Tals gepflanzt und trägt noch immer",
          "Freiwillige schneiden die alten Bäume jeden Winter, und die Schulkinder helfen im Herbst bei der Apfelernte mit",
          "Der Most aus der Ernte wird auf dem Dorffest verkauft, und der Erlös bezahlt jedes Frühjahr neue junge Bäume"},
         "(öffnet in neuem Fenster)", "vor 5 Minuten", "Anzeige"},
        {"ru",
         {"Сад на холме посадили первые семьи долины больше века назад, и старые деревья до сих пор приносят урожай",
          "Каждую зиму добровольцы обрезают старые яблони, а осенью школьники помогают собирать яблоки",
          "Сидр из урожая продают на деревенской ярмарке, и на эти деньги каждую весну покупают новые саженцы"},
         "(откроется в новом окне)", "5 минут назад", "Реклама"},
        {"ja",
         {"丘の上の果樹園は百年以上前に谷の最初の家族たちが植えたもので、今も実をつけている",
          "毎年冬になるとボランティアが古い木を剪定し、秋には学校の子どもたちがりんごの収穫を手伝う",
          "収穫から作ったりんご酒は村の祭りで売られ、その売り上げで毎年春に新しい苗木を買っている"},
         "（新しいウィンドウで開きます）", "5分前", "広告"},
    };
    return all;
}

std::string page(const Lang& l, bool html5, const std::string& between) {
    const std::string p = html5 ? "<p>" : "<div>";
    const std::string pe = html5 ? "</p>" : "</div>";
    // The first paragraph ends deep in markup: the one before a stamp is climbed back to.
    std::string body = "<h1>" + std::string(l.paras[0]).substr(0, 12) + "</h1><p><span>" + l.paras[0] +
                       " <a href=\"/x\"><b><i>x</i></b></a></span></p>" + between;
    body += p + l.paras[1] + pe + p + l.paras[2] + pe;
    const std::string head = std::string("<!DOCTYPE html><html lang=\"") + l.code + "\"><head><title>t</title></head><body>";
    if (html5) return head + "<main><article>" + body + "</article></main></body></html>";
    return head + "<div><div>" + body + "</div></div></body></html>";
}

std::string cleaned(const std::string& input) {
    const Result r = clean(input);
    REQUIRE(r.ok());
    return winnow::test::squeeze(to_text(r.document));
}

bool has(const std::string& out, const char* s) { return out.find(s) != std::string::npos; }

}  // namespace

TEST_CASE("prune screens: screen-reader class names in any case and form go; near misses stay") {
    for (const Lang& l : langs())
        for (bool html5 : {true, false}) {
            CAPTURE(std::string(l.code));
            CAPTURE(html5);
            for (const char* cls : {"VisuallyHidden", "a11y-hidden", "element-invisible", "x screenreader-only", "SR-ONLY y"}) {
                CAPTURE(std::string(cls));
                const std::string out =
                    cleaned(page(l, html5, std::string("<p>") + l.paras[1] + " <span class=\"" + cls + "\">" + l.hint + "</span></p>"));
                CHECK_FALSE(has(out, l.hint));
                CHECK(has(out, l.paras[2]));
            }
            // (A bracketed word no other filter reads as a hint.)
            const std::string aside = std::string("(") + l.label + ")";
            for (const char* cls : {"sr-onl", "a11y", "elementinvisible", "screen-read", "visual-hidden"}) {
                CAPTURE(std::string(cls));
                const std::string out =
                    cleaned(page(l, html5, std::string("<p>") + l.paras[1] + " <span class=\"" + cls + "\">" + aside + "</span></p>"));
                CHECK(has(out, aside.c_str()));
            }
        }
}

TEST_CASE("prune screens: a stamp after a deep paragraph or a comment goes; after bare text it stays") {
    for (const Lang& l : langs())
        for (bool html5 : {true, false}) {
            CAPTURE(std::string(l.code));
            CAPTURE(html5);
            const std::string next = std::string("<p>") + l.paras[1] + "</p>";
            CHECK_FALSE(has(cleaned(page(l, true, std::string("<span>") + l.stamp + "</span>" + next)), l.stamp));
            CHECK_FALSE(has(cleaned(page(l, html5, std::string("<!-- card --><small>") + l.stamp + "</small>\n<!-- end -->" + next)), l.stamp));
            CHECK(has(cleaned(page(l, html5, std::string("<time>") + l.stamp + "</time> " + l.hint + next)), l.stamp));
        }
}

TEST_CASE("prune screens: a slot label with a comment before its slot goes; a box with bare text stays") {
    for (const Lang& l : langs())
        for (bool html5 : {true, false}) {
            CAPTURE(std::string(l.code));
            CAPTURE(html5);
            const std::string gone = std::string("<div><span>") + l.label + "</span><!-- slot --><div></div></div>";
            CHECK_FALSE(has(cleaned(page(l, html5, gone)), l.label));
            const std::string kept = std::string("<div>") + l.stamp + " <span>" + l.label + "</span><div></div></div>";
            CHECK(has(cleaned(page(l, html5, kept)), l.label));
        }
}

TEST_CASE("prune screens: a zoom link's label goes; a link too large for a label keeps its words") {
    for (const Lang& l : langs())
        for (bool html5 : {true, false}) {
            CAPTURE(std::string(l.code));
            CAPTURE(html5);
            const std::string small = std::string("<p><a href=\"/big/tree.png\"><img src=\"/s/tree.png\" alt=\"\"><span>") + l.label +
                                      "</span></a></p>";
            CHECK_FALSE(has(cleaned(page(l, html5, small)), l.label));
            std::string large = std::string("<p>") + l.paras[1] + " <a href=\"/big/tree.png\"><img src=\"/s/tree.png\" alt=\"\">";
            for (int k = 0; k < 7; ++k) large += "<i>·</i>";
            large += std::string("<span>") + l.label + "</span></a></p>";
            CHECK(has(cleaned(page(l, html5, large)), l.label));
        }
}
