// Template blanks after the article are template, not article (class-blind round 44). Class
// names here are hashes, as a CSS toolchain writes them. A post's page carries the frame of a
// comment's preview and of the messages a script shows: a heading, then labels whose values
// are empty elements with an id, for the script to fill ("Posted by: [ ] | [ ]", "Error: [ ]").
// The box holding such a blank goes, heading and all.
// English, German, Japanese (a full-width colon); the blanks after the paragraphs, in the post's box.
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
    const char* title;
    std::string paras[3];
    std::string heading, by, error;
};

std::vector<Case> cases() {
    return {
        {"en", "The river crossing reopens on Monday",
         {"After eight months of repairs, delays and two changes of contractor, the old iron bridge over the river will carry cars again from Monday morning, the council said.",
          "Cyclists and walkers, who kept a narrow lane during the works, will get a wider path on the east side, with new lights, a rail and benches at both ends.",
          "The bus routes that were sent round by the ring road, adding twenty minutes to each trip, will return to the bridge in the first week of next month."},
         "Previewing what you wrote", "Written by:", "It could not be sent. The reason:"},
        {"de", "Die Flussbrücke öffnet am Montag wieder",
         {"Nach acht Monaten Reparatur, Verzögerungen und zwei Wechseln der Baufirma trägt die alte Eisenbrücke über den Fluss ab Montagmorgen wieder Autos, teilte die Stadt mit.",
          "Radfahrer und Fußgänger, die während der Arbeiten eine schmale Spur hatten, bekommen auf der Ostseite einen breiteren Weg mit neuen Lampen, Geländer und Bänken.",
          "Die Buslinien, die über die Umgehungsstraße fuhren und jede Fahrt um zwanzig Minuten verlängerten, kehren in der ersten Woche des nächsten Monats zurück."},
         "Vorschau Ihres Beitrags", "Geschrieben von:", "Er konnte nicht gesendet werden. Grund:"},
        {"ja", "川の橋が月曜日に再開",
         {"八か月にわたる修理と遅れ、そして二度の業者の交代を経て、川に架かる古い鉄橋は月曜日の朝から再び車を通すと市が発表した。工事中は狭い車線しかなかった。",
          "工事の間、狭い通路を使っていた自転車と歩行者には、東側に新しい照明と手すりとベンチを備えた広い道が用意される。両端には案内板も設けられる予定だ。",
          "環状道路に迂回し、一便ごとに二十分余計にかかっていたバス路線は、来月の第一週に橋へ戻る。市は利用者に時刻表の確認を呼びかけている。"},
         "投稿のプレビュー", "投稿者：", "送信できませんでした。理由："},
    };
}

// The post's box: headline and the body, its paragraphs followed by the preview's frame (a
// heading, the labels with blank slots) and the error message's frame.
std::string page(const Case& c) {
    std::string body = std::string("<div class=\"w9k2\"><div class=\"a7x3\"><h2 class=\"r8m9j\">") + c.title + "</h2><div class=\"b4n8\">";
    for (const auto& p : c.paras) body += "<p>" + p + "</p>";
    body += "<div id=\"q7g\" class=\"d8t\"><h3 class=\"b2t\">" + c.heading + "</h3><div class=\"v1\"><div id=\"s9\"></div><p class=\"p3\">" +
            c.by + " <span id=\"n4\"></span>&nbsp;|&nbsp;<span id=\"r7\"></span></p></div></div>";
    body += "<div id=\"lh6\" class=\"d8t\">" + c.error + " <span id=\"w9\"></span></div></div></div>";
    return html_page(c.lang, c.title, body + "</div><div class=\"f0x1\"><a href=\"/\">&copy;</a></div>");
}

}  // namespace

TEST_CASE("class-blind: a template's blank slots after a post are no part of it") {
    for (const auto& c : cases()) {
        CAPTURE(std::string(c.lang));
        const std::string out = text_of(page(c));
        for (const auto& p : c.paras) CHECK(has(out, p.substr(0, 30)));
        CHECK_FALSE(has(out, c.heading));
        CHECK_FALSE(has(out, c.by));
        CHECK_FALSE(has(out, c.error));
    }
}
