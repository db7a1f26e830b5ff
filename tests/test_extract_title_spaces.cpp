// A headline sets a no-break space before its last word (no widow line), soft hyphens in long
// words, a zero-width space where a CMS split it; its <title> has a plain space or nothing. The
// title's fold (extract_title.cpp) skips those characters as it skips ASCII spacing, so the
// headline is found, and with it the article under it: here a lead video's caption that sits
// between the headline and the body's box.
#include <doctest/doctest.h>

#include <string>

#include "extract_test_util.hpp"
#include "extract_title.hpp"

using winnow::detail::fold_letters;
using winnow::detail::folds_to;
using winnow::test::has;
using winnow::test::text_of;

TEST_CASE("the title's fold skips no-break and zero-width spaces and soft hyphens") {
    CHECK(fold_letters("Rain returns to the valley\u00A0this week") == fold_letters("Rain returns to the valley this week"));
    CHECK(fold_letters("Bundes\u00ADverfassungs\u00ADgericht kippt Gesetz") == fold_letters("Bundesverfassungsgericht kippt Gesetz"));
    CHECK(fold_letters("東京\u200B五輪") == fold_letters("東京五輪"));
    CHECK(fold_letters("La\u202Fgrève continue") == fold_letters("La grève continue"));
    CHECK(folds_to("Harbour ferry returns after two-year\u00A0break", fold_letters("Harbour ferry returns after two-year break")));
    // Letters outside ASCII stay letters of the fold; typographic quotes stay too (see the file).
    CHECK(fold_letters("Éte\u00A0à Paris") != fold_letters("Ete a Paris"));
    CHECK(fold_letters("\u201CNo\u201D") != fold_letters("\"No\""));
}

namespace {
std::string lead_video_page(const char* lang, const char* title, const char* headline, const char* caption, const char* p1,
                            const char* p2) {
    return std::string("<!DOCTYPE html><html lang=\"") + lang + "\"><head><meta charset=\"utf-8\"><title>" + title +
           " — Coast TV</title></head><body><div id=\"nav\"><a href=\"/\">Home</a> <a href=\"/shows\">Shows</a></div>"
           "<div id=\"content\"><h1>" + headline + "</h1><div class=\"info\">May 3</div>"
           "<div class=\"player\"><object data=\"/v/1.swf\" type=\"application/x-shockwave-flash\"><div class=\"cap\"><p>" + caption +
           "</p></div></object></div><div class=\"post\"><div class=\"entry\"><p>" + p1 + "</p><p>" + p2 + "</p></div></div></div>"
           "<div id=\"side\"><h3>Most watched</h3><ul><li><a href=\"/v/2\">Storm footage</a></li><li><a href=\"/v/3\">The lighthouse</a></li></ul></div>"
           "</body></html>";
}
}  // namespace

TEST_CASE("a headline with a no-break space is the title, and the lead video's caption under it is the article's") {
    SUBCASE("en") {
        const std::string t = text_of(lead_video_page("en", "Harbour ferry returns after two-year break", "Harbour ferry returns after two-year&nbsp;break",
            "The reporter rides the first crossing with the captain and asks the regular passengers what the two years without the ferry cost them.",
            "The harbour ferry made its first crossing in two years on Saturday morning, carrying ninety passengers and a dozen bicycles across the bay.",
            "The service stopped when its only boat failed an inspection, and the town spent most of the last year raising money for a new hull."));
        CHECK(has(t, "rides the first crossing with the captain"));
        CHECK(has(t, "made its first crossing in two years"));
        CHECK_FALSE(has(t, "Storm footage"));
    }
    SUBCASE("de, a soft hyphen in the headline") {
        const std::string t = text_of(lead_video_page("de", "Hafenfähre fährt wieder nach zwei Jahren Pause", "Hafen&shy;fähre fährt wieder nach zwei Jahren Pause",
            "Unsere Reporterin fährt die erste Überfahrt mit dem Kapitän und fragt die Stammgäste, was ihnen die zwei Jahre ohne Fähre gekostet haben.",
            "Die Hafenfähre hat am Samstagmorgen zum ersten Mal seit zwei Jahren übergesetzt, mit neunzig Fahrgästen und einem Dutzend Fahrrädern.",
            "Der Betrieb war eingestellt worden, als das einzige Boot durch die Prüfung fiel; die Stadt sammelte ein Jahr lang Geld für einen neuen Rumpf."));
        CHECK(has(t, "fährt die erste Überfahrt mit dem Kapitän"));
        CHECK(has(t, "zum ersten Mal seit zwei Jahren übergesetzt"));
    }
}
