// Link residue, a download's file label (filters/bracket_residue.cpp): "(PDF, 1.4 MB)" after the
// link to a file, the type and size in either order, glued or apart, in any bracket, in five
// languages and through pages of three markups. Look-alikes stay: acronyms with a year, a size
// without a type, distances and times, a type without a size. On the base (d796075) every label
// check failed.
#include <doctest/doctest.h>

#include <string>

#include "extract_test_util.hpp"
#include "filter_test_util.hpp"
#include "filters/filters.hpp"

using namespace winnow;
using namespace winnow::detail;
using winnow::test::has;
using winnow::test::html_page;
using winnow::test::para;
using winnow::test::text_of;

namespace {
std::string fix(std::string text) {
    Document d;
    d.body.push_back(para(std::move(text)));
    remove_link_residue(d, NoiseOptions{});
    return d.body[0].text;
}
}  // namespace

TEST_CASE("file labels: a download's type and size after its link go") {
    CHECK(fix("The council published its annual report (PDF, 1.4 MB) on Monday.") == "The council published its annual report on Monday.");
    CHECK(fix("Die Stadt hat den Haushaltsplan ver\u00f6ffentlicht [XLSX 230 KB].") == "Die Stadt hat den Haushaltsplan ver\u00f6ffentlicht.");
    CHECK(fix("Le r\u00e8glement du concours (2,1 Mo, PDF) est en ligne.") == "Le r\u00e8glement du concours est en ligne.");
    CHECK(fix("\u041F\u043E\u043B\u043D\u044B\u0439 \u0442\u0435\u043A\u0441\u0442 \u0434\u043E\u043A\u043B\u0430\u0434\u0430 (PDF, 3,2 \u041C\u0411) \u043E\u043F\u0443\u0431\u043B\u0438\u043A\u043E\u0432\u0430\u043D.") ==
          "\u041F\u043E\u043B\u043D\u044B\u0439 \u0442\u0435\u043A\u0441\u0442 \u0434\u043E\u043A\u043B\u0430\u0434\u0430 \u043E\u043F\u0443\u0431\u043B\u0438\u043A\u043E\u0432\u0430\u043D.");
    CHECK(fix("\u5831\u544A\u66F8\u306F\u3053\u3061\u3089 (PDF 850KB) \u304B\u3089\u3002") == "\u5831\u544A\u66F8\u306F\u3053\u3061\u3089 \u304B\u3089\u3002");
    CHECK(fix("Listen to the interview (MP3, 12 MB).") == "Listen to the interview.");
}

TEST_CASE("file labels: look-alikes stay") {
    for (const std::string& legit : {
             std::string("The treaty was signed at the UN (USA, 2010) after long talks."),
             std::string("The raw file (12 MB) took an hour to upload."),
             std::string("The walk (5 km, 2 h) follows the river."),
             std::string("Send it as a PDF (PDF) if you can."),
             std::string("Die Strecke (A7, 30 km) war gesperrt."),
             std::string("The card holds (SD, 64 GB, class 10) photos and videos."),
         })
        CHECK_MESSAGE(fix(legit) == legit, legit);
}

TEST_CASE("file labels: pages of three markups") {
    const std::string filler = "The council met on Monday evening and agreed to publish every document of the year online.";
    const std::string filler_pl = "Rada miasta zebra\u0142a si\u0119 w poniedzia\u0142ek i postanowi\u0142a publikowa\u0107 wszystkie dokumenty w sieci.";
    const std::string pages[] = {
        html_page("en", "Report", "<nav><a href=\"/\">Home</a></nav><main><article><h1>Report</h1><p>" + filler + "</p><p>Read the <a href=\"/r.pdf\">annual report</a> (PDF, 1.4 MB) before the meeting.</p><p>" + filler + "</p></article></main>"),
        html_page("pl", "Raport", "<div><div><a href=\"/\">Start</a></div><div><h1>Raport</h1><div>" + filler_pl + "</div><div>Pobierz <a href=\"/r.docx\">sprawozdanie</a> (DOCX, 230 KB) przed sesj\u0105.</div><div>" + filler_pl + "</div></div></div>"),
        html_page("ru", "\u041E\u0442\u0447\u0451\u0442", "<table><tr><td><a href=\"/\">\u2302</a></td></tr><tr><td><h1>\u041E\u0442\u0447\u0451\u0442</h1><p>" + filler + "</p><p>\u0421\u043A\u0430\u0447\u0430\u0442\u044C <a href=\"/r.pdf\">\u043E\u0442\u0447\u0451\u0442</a> [PDF 3,2 \u041C\u0411] \u0434\u043E \u0437\u0430\u0441\u0435\u0434\u0430\u043D\u0438\u044F.</p><p>" + filler + "</p></td></tr></table>"),
    };
    for (const std::string& page : pages) {
        const std::string out = text_of(page);
        CHECK_FALSE(has(out, "PDF"));
        CHECK_FALSE(has(out, "DOCX"));
        CHECK((has(out, "annual report before") || has(out, "sprawozdanie przed") || has(out, "\u043E\u0442\u0447\u0451\u0442 \u0434\u043E")));
    }
}
