// In a <br> layout one <br> is a space (a wrapped line), except where it ends a line that stands
// alone: a short line set alone in bold or a larger font is a heading, not glued to the next
// paragraph; lines typed with bullet characters, one per <br>, are a list, not one line. en, fr,
// ru, ar, hi in div soup, a table cell and an HTML5 article; a bold lead-in inside a line, a poem,
// all-bold lines and dialogue dashes stay as they were.
#include <doctest/doctest.h>

#include <string>

#include <winnow/winnow.hpp>

namespace {

winnow::Document clean(const std::string& html) {
    const winnow::Result r = winnow::Cleaner(winnow::Options{}).clean(html);
    REQUIRE(r.ok());
    return r.document;
}

const winnow::Block* find_block(const winnow::Document& d, winnow::BlockKind kind, const std::string& text) {
    for (const winnow::Block& b : d.body)
        if (b.kind == kind && b.text == text) return &b;
    return nullptr;
}

const winnow::Block* find_list(const winnow::Document& d) {
    for (const winnow::Block& b : d.body)
        if (b.kind == winnow::BlockKind::list) return &b;
    return nullptr;
}

std::string div_soup(const std::string& body) {
    return "<html><head><title>Notes</title></head><body><div><a href=/>Home</a></div><div><div>" + body +
           "</div></div></body></html>";
}

}  // namespace

TEST_CASE("a bold or larger line alone before one <br> is a heading") {
    const winnow::Document en = clean(div_soup(
        "The repair cafe in the library basement turned five this month, and the volunteers threw a small party.<br><br>"
        "<b>How it started</b><br>"
        "A retired electrician hated to see toasters and lamps end up at the dump, so he asked the library for a room.<br><br>"
        "The first year barely ten visitors came, but word spread quickly through the schools of the district."));
    CHECK(find_block(en, winnow::BlockKind::heading, "How it started"));

    const winnow::Document fr = clean(
        "<html><head><title>Le café réparation</title></head><body><table><tr><td><a href=/>Accueil</a></td><td>"
        "Le café réparation de la bibliothèque fête ses cinq ans ce mois-ci, et les bénévoles ont organisé une petite fête.<br><br>"
        "<font size=\"4\" color=\"#993300\">Les débuts</font><br>"
        "Un électricien à la retraite ne supportait plus de voir les grille-pain finir à la déchetterie.<br><br>"
        "La première année, à peine dix visiteurs sont venus, mais la nouvelle s'est vite répandue dans les écoles."
        "</td></tr></table></body></html>");
    CHECK(find_block(fr, winnow::BlockKind::heading, "Les débuts"));

    const winnow::Document ar = clean(div_soup(
        "احتفل مقهى الإصلاح في قبو المكتبة بعامه الخامس هذا الشهر وأقام المتطوعون حفلة صغيرة للزوار.<br><br>"
        "<strong>كيف بدأت الفكرة</strong><br>"
        "كان كهربائي متقاعد يحزن لرؤية المحامص والمصابيح تنتهي في المكب فطلب غرفة من المكتبة.<br><br>"
        "في السنة الأولى جاء عشرة زوار بالكاد لكن الخبر انتشر بسرعة في مدارس الحي."));
    CHECK(find_block(ar, winnow::BlockKind::heading, "كيف بدأت الفكرة"));
}

TEST_CASE("lines typed with bullets, one per <br>, are a list") {
    const winnow::Document ru = clean(div_soup(
        "Каждую первую субботу месяца подвал библиотеки заполняется людьми со сломанными вещами.<br><br>"
        "Чаще всего приносят:<br>• Велосипеды и коляски<br>• Лампы и кофеварки<br>• Одежду со сломанными молниями<br><br>"
        "Весной волонтёры надеются получить собственную мастерскую в старом здании пожарной части."));
    const winnow::Block* list = find_list(ru);
    REQUIRE(list);
    REQUIRE(list->children.size() == 3);
    CHECK(list->children[0].text == "Велосипеды и коляски");
    CHECK(list->children[2].text == "Одежду со сломанными молниями");
    CHECK(find_block(ru, winnow::BlockKind::paragraph, "Чаще всего приносят:"));

    const winnow::Document hi = clean(
        "<!doctype html><html><head><title>मरम्मत कैफ़े</title></head><body><nav><a href=/>होम</a></nav><article>"
        "<p>हर महीने के पहले शनिवार को पुस्तकालय का तहखाना टूटी चीज़ें लेकर आए लोगों से भर जाता है।<br><br>"
        "▪ साइकिलें और बच्चों की गाड़ियाँ<br>▪ लैंप और कॉफ़ी मशीनें<br>▪ टूटी ज़िप वाले कपड़े</p>"
        "<p>वसंत में स्वयंसेवक पुराने दमकल केंद्र में अपनी कार्यशाला खोलने की उम्मीद करते हैं।</p></article></body></html>");
    const winnow::Block* hl = find_list(hi);
    REQUIRE(hl);
    CHECK(hl->children.size() == 3);
}

TEST_CASE("a lead-in, a poem, all-bold lines and dialogue dashes stay joined") {
    const winnow::Document en = clean(div_soup(
        "The repair cafe in the library basement turned five this month, and the volunteers threw a small party.<br><br>"
        "<b>Note:</b> the cafe is closed in August<br>while the basement is repainted by the same volunteers.<br><br>"
        "<b>Opening hours</b><br><b>Saturday 10 to 14</b><br><br>"
        "The rain falls soft upon the hill<br>the river sleeps beneath the mill<br>and all the village lies so still."));
    CHECK(find_block(en, winnow::BlockKind::paragraph,
                     "Note: the cafe is closed in August while the basement is repainted by the same volunteers."));
    CHECK(find_block(en, winnow::BlockKind::paragraph, "Opening hours Saturday 10 to 14"));
    CHECK(find_block(en, winnow::BlockKind::paragraph,
                     "The rain falls soft upon the hill the river sleeps beneath the mill and all the village lies so still."));

    const winnow::Document ru = clean(div_soup(
        "Вечером в мастерскую зашёл старый сосед с разбитым радиоприёмником в руках.<br><br>"
        "— Починишь? — спросил он.<br>— Попробую, — ответил мастер и взял отвёртку."));
    CHECK_FALSE(find_list(ru));
}

TEST_CASE("a bold line of marks alone before one <br> parts sections and is no heading") {
    // ("+++", "***", "• • •": a layout's section rule names nothing; the line after it is not
    // the rule's text either.)
    for (const char* marks : {"+++", "***", "\xE2\x80\xA2 \xE2\x80\xA2 \xE2\x80\xA2", "\xE2\x80\x94\xE2\x80\x94"}) {
        CAPTURE(std::string(marks));
        const std::string line = std::string("<b>") + marks + "</b><br>";
        const winnow::Document de = clean(div_soup(
            "Die Werkstatt im Keller der Bibliothek wurde diesen Monat fünf Jahre alt, und die Freiwilligen feierten ein kleines Fest.<br><br>" +
            line + "Im August bleibt die Werkstatt geschlossen, weil die Freiwilligen den Keller neu streichen.<br><br>" + line +
            "Im September öffnet sie wieder jeden Samstag von zehn bis vierzehn Uhr für alle Nachbarn."));
        for (const winnow::Block& b : de.body) CHECK(b.kind != winnow::BlockKind::heading);
    }
}
