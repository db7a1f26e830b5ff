// detection_text (charset_evidence.cpp) keeps a page's text for the charset detector only when
// some text outside markup holds a byte of 0x80 or more; it looks for one eight bytes at a time.
// A high byte at every offset of a text run, in legacy encodings of several languages and in
// several markups, must be seen; one inside a tag, a comment or a script must not.
#include <doctest/doctest.h>

#include <string>

#include "charset_evidence.hpp"

using winnow::detail::detection_text;

TEST_CASE("detection_text: a high byte at any offset of a text run is seen") {
    // windows-1252 French 'é', KOI8-R Russian 'р', Shift_JIS Japanese lead byte, ISO-8859-7 Greek.
    const std::string highs[] = {"\xE9", "\xD2", "\x93\xFA", "\xE1"};
    const std::string frames[][2] = {
        {"<article><p>", "</p></article>"},                   // HTML5 semantic
        {"<div><div>", "</div></div>"},                       // div soup
        {"<table><tr><td>menu</td><td>", "</td></tr></table>"},  // table layout
        {"", ""},                                              // bare text
    };
    const std::string plain = "The river rose over its banks all week long, and then it fell.";
    int checked = 0;
    for (const auto& frame : frames)
        for (const std::string& high : highs)
            for (std::size_t at = 0; at <= plain.size(); ++at) {
                std::string text = plain;
                text.insert(at, high);
                const std::string page = frame[0] + text + frame[1];
                INFO("at " << at << " frame " << frame[0]);
                CHECK(detection_text(page).find(text) != std::string::npos);
                CHECK(detection_text(frame[0] + plain + frame[1]).empty());
                ++checked;
            }
    CHECK(checked > 900);
}

TEST_CASE("detection_text: high bytes only in markup, comments or scripts leave nothing") {
    const std::string plain = "Der Fluss stieg die ganze Woche, dann fiel er wieder.";
    for (std::size_t at = 0; at < 16; ++at) {
        std::string attr(at, 'a');
        CHECK(detection_text("<p title=\"" + attr + "\xE9\">" + plain + "</p>").empty());
        CHECK(detection_text("<!-- " + attr + "\xD2 --><div>" + plain + "</div>").empty());
        CHECK(detection_text("<script>var s='" + attr + "\xE9';</script><p>" + plain + "</p>").empty());
    }
}
