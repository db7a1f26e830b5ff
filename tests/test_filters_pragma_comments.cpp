// Garbage filter, a build tool's pragma comment left in text (filters/pragma_comments.cpp):
// "//# sourceMappingURL=…", "/*# sourceMappingURL=… */", "//@ sourceURL=…", glued to a sentence's
// end, inside one, or alone, in five languages and through pages of three markups. Look-alikes
// stay: a text on comment syntax, hashtags, C#, a mention, an assignment without the marker.
// On the base (d796075) every debris check failed.
#include <doctest/doctest.h>

#include <string>

#include "extract_test_util.hpp"
#include "filter_test_util.hpp"
#include "filters/filters.hpp"

using namespace winnow;
using winnow::test::garbage_filtered;
using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {
const std::string kEn = "The museum reopens on Friday with a new wing for local crafts.";
const std::string kFr = "Le mus\u00e9e rouvre vendredi avec une nouvelle aile consacr\u00e9e \u00e0 l'artisanat.";
const std::string kRu = "\u041C\u0443\u0437\u0435\u0439 \u043E\u0442\u043A\u0440\u043E\u0435\u0442\u0441\u044F \u0432 \u043F\u044F\u0442\u043D\u0438\u0446\u0443 \u0441 \u043D\u043E\u0432\u044B\u043C \u043A\u0440\u044B\u043B\u043E\u043C.";
const std::string kZh = "\u535A\u7269\u9986\u5C06\u4E8E\u5468\u4E94\u91CD\u65B0\u5F00\u653E\uFF0C\u65B0\u589E\u4E00\u4E2A\u5C55\u5385\u3002";
}  // namespace

TEST_CASE("pragma comments: a source-map or source-URL comment goes") {
    CHECK(garbage_filtered("Tickets are sold at the door. //# sourceMappingURL=main.3f2a91c0.js.map", kEn) == "Tickets are sold at the door.");
    CHECK(garbage_filtered("Les billets sont en vente /*# sourceMappingURL=style.77ab.css.map */ \u00e0 l'entr\u00e9e.", kFr) ==
          "Les billets sont en vente \u00e0 l'entr\u00e9e.");
    CHECK(garbage_filtered("\u0411\u0438\u043B\u0435\u0442\u044B \u043F\u0440\u043E\u0434\u0430\u044E\u0442\u0441\u044F \u043D\u0430 \u0432\u0445\u043E\u0434\u0435.//@ sourceURL=chunk-42.js", kRu) ==
          "\u0411\u0438\u043B\u0435\u0442\u044B \u043F\u0440\u043E\u0434\u0430\u044E\u0442\u0441\u044F \u043D\u0430 \u0432\u0445\u043E\u0434\u0435.");
    CHECK(garbage_filtered("\u95E8\u7968\u5728\u5165\u53E3\u51FA\u552E\u3002//#sourceMappingURL=vendor.9c1d.js.map", kZh) ==
          "\u95E8\u7968\u5728\u5165\u53E3\u51FA\u552E\u3002");
    CHECK(garbage_filtered("//# sourceMappingURL=app.bundle.js.map", kEn) == "<removed>");
}

TEST_CASE("pragma comments: look-alikes stay") {
    for (const std::string& legit : {
             std::string("In C, // opens a comment and # a directive; JavaScript has no directives."),
             std::string("We tagged the photos #museum #crafts and shared them."),
             std::string("She writes C# and F# at work, and Python at home."),
             std::string("Reply to //@anna about the opening hours."),
             std::string("Set debug=true in the file before you start the server."),
             std::string("Le commentaire //# ouvre une directive dans certains outils."),
         })
        CHECK_MESSAGE(garbage_filtered(legit, kEn) == legit, legit);
}

TEST_CASE("pragma comments: pages of three markups") {
    const std::string pragma = "//# sourceMappingURL=main.3f2a91c0.js.map";
    const std::string pages[] = {
        html_page("en", "Museum", "<nav><a href=\"/\">Home</a></nav><main><article><h1>Museum</h1><p>" + kEn + "</p><p>The wing shows baskets, pottery and woven rugs. " +
                                      pragma + "</p><p>" + kEn + " Entry is free for children.</p></article></main>"),
        html_page("fr", "Mus\u00e9e", "<div><div><a href=\"/\">Accueil</a></div><div><h1>Mus\u00e9e</h1><div>" + kFr + "</div><div>" + pragma + "</div><div>" + kFr +
                                           " L'entr\u00e9e est gratuite.</div></div></div>"),
        html_page("zh", "\u535A\u7269\u9986", "<table><tr><td><a href=\"/\">\u2302</a></td></tr><tr><td><h1>\u535A\u7269\u9986</h1><p>" + kZh + "</p><p>" + kZh + pragma +
                                                   "</p><p>" + kZh + "</p></td></tr></table>"),
    };
    for (const std::string& page : pages) {
        const std::string out = text_of(page);
        CHECK_FALSE(has(out, "sourceMappingURL"));
        CHECK_FALSE(has(out, "//#"));
        CHECK(has(out, kEn.substr(0, 20)) + has(out, kFr.substr(0, 20)) + has(out, kZh.substr(0, 12)) == 1);
    }
}
