// The <title>'s site name after a left guillemet ("Headline « Site", a blog theme's order) is
// cut as after the other separators (metadata_title.cpp, strip_site_name), so the headline on
// the page is found as the title heading with no Open Graph or JSON-LD title beside it; and
// a guillemet the other one pairs with is a quotation, not a separator ("dit « non »",
// "« Non » à la réforme"), whichever way it points. en, de, fr, ru, ja; a plain <head>, a
// blog's permalink heading in div soup, HTML5.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"
#include "metadata.hpp"
#include "parse_html.hpp"

using namespace winnow::detail;

namespace {

std::string title_of(const std::string& html) {
    auto dom = Dom::parse(html, 1'000'000, 400);
    return read_metadata(*dom, {}).meta.title;
}

struct Case {
    const char* lang;
    std::string headline, site;
};

const std::vector<Case> cases = {
    {"en", "Velvet coats and shiny boots in the rain", "The Street Notes"},
    {"de", "Samtmäntel und glänzende Stiefel im Regen", "Straßennotizen"},
    {"fr", "Manteaux de velours et bottes sous la pluie", "Carnet de rue"},
    {"ru", "Бархатные пальто и блестящие сапоги под дождём", "Уличные заметки"},
    {"ja", "雨の日のベルベットのコートと光るブーツの写真", "街角ノート"},
};

std::string page(const Case& c, int markup) {
    const std::string head = std::string("<!DOCTYPE html><html lang=\"") + c.lang + "\"><head><meta charset=\"utf-8\"><title>" + c.headline +
                             " &laquo; " + c.site + "</title></head><body>";
    const std::string heading = "<h2><a href=\"/2011/07/post/\" rel=\"bookmark\">" + c.headline + "</a></h2>";
    if (markup == 0) return head + "<p>" + c.headline + "</p></body></html>";
    if (markup == 1) return head + "<div><div>" + heading + "<div><p>Photos: Eirik</p></div></div></div></body></html>";
    return head + "<main><article>" + heading + "<p>Photos: Eirik</p></article></main></body></html>";
}

}  // namespace

TEST_CASE("a <title>'s site name after a left guillemet is cut") {
    for (const auto& c : cases)
        for (int markup = 0; markup < 3; ++markup) {
            CAPTURE(c.lang);
            CAPTURE(markup);
            CHECK(title_of(page(c, markup)) == c.headline);
        }
}

TEST_CASE("guillemets around a quotation are no separator") {
    // fr: the quotation closes the title, or opens it; de uses » « the other way round.
    CHECK(title_of("<html><head><title>Le maire de Lyon a dit « non »</title></head><body></body></html>") ==
          "Le maire de Lyon a dit « non »");
    CHECK(title_of("<html><head><title>Le maire de Lyon : « Non » à la réforme</title></head><body></body></html>") ==
          "Le maire de Lyon : « Non » à la réforme");
    CHECK(title_of("<html><head><title>Der Bürgermeister sagt » Nein « zur Reform</title></head><body></body></html>") ==
          "Der Bürgermeister sagt » Nein « zur Reform");
    // A quotation and a site name: the site's guillemet is the last one, standing alone.
    CHECK(title_of("<html><head><title>Le maire de Lyon a dit « non » au projet « Carnet de rue</title></head><body></body></html>") ==
          "Le maire de Lyon a dit « non » au projet");
}
