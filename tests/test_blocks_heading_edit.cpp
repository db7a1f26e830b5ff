// A wiki's edit control glued after a section heading's text ("<h2><span>History</span>
// <span>[<a>edit</a>]</span></h2>", no space between) is left out of the heading: as text it made
// "Historyedit", a word nobody wrote. Five languages, three markups, class names hashed-looking
// (the rule reads shape only); and headings that keep their link.
#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

struct Lang {
    const char* lang;
    const char* heading;
    const char* edit;
    const char* para1;
    const char* para2;
};

const Lang kLangs[] = {
    {"en", "History", "edit", "The canal was dug between 1843 and 1846 by hand, along the southern shore of the lake, so that barges no longer had to cross open water in autumn storms.",
     "After the railway reached the town the traffic fell, and by 1930 only timber rafts still used the locks, which were rebuilt in concrete a decade later."},
    {"de", "Geschichte", "Bearbeiten", "Der Kanal wurde zwischen 1843 und 1846 von Hand gegraben, entlang dem Südufer des Sees, damit die Lastkähne im Herbst nicht mehr über das offene Wasser mussten.",
     "Nachdem die Eisenbahn die Stadt erreicht hatte, ging der Verkehr zurück, und um 1930 nutzten nur noch Holzflöße die Schleusen, die später in Beton erneuert wurden."},
    {"fr", "Histoire", "modifier", "Le canal fut creusé à la main entre 1843 et 1846 le long de la rive sud du lac, afin que les péniches n'aient plus à traverser les eaux libres pendant les tempêtes d'automne.",
     "Après l'arrivée du chemin de fer, le trafic diminua et vers 1930 seuls des trains de bois flotté empruntaient encore les écluses, reconstruites en béton dix ans plus tard."},
    {"ru", "История", "править", "Канал прокопали вручную в 1843–1846 годах вдоль южного берега озера, чтобы баржи больше не выходили на открытую воду в осенние штормы.",
     "После прихода железной дороги движение сократилось, и к 1930 году шлюзами пользовались лишь плоты с лесом; через десять лет шлюзы перестроили в бетоне."},
    {"ja", "歴史", "編集", "運河は1843年から1846年にかけて湖の南岸に沿って手作業で掘られ、秋の嵐の季節にも荷船が湖を横切らずに済むようになった。",
     "鉄道が町に達すると交通は減り、1930年頃には木材の筏だけが閘門を使っていたが、その十年後に閘門はコンクリートで造り直された。"},
};

// The heading markup: a bracketed control in spans (the desktop skin), a bare one in a span (the
// mobile skin), a control box whose link is its only text.
std::string heading(const Lang& l, int style) {
    const std::string h = std::string("<span class=\"q7kd2\">") + l.heading + "</span>";
    switch (style) {
        case 0: return "<h2>" + h + "<span class=\"x8mz0\"><span class=\"b3\">[</span><a href=\"/w/index.php?title=A&amp;action=edit&amp;section=1\">" + l.edit + "</a><span class=\"b3\">]</span></span></h2>";
        case 1: return "<h2 class=\"c9\" id=\"s1\">" + h + "<span class=\"x8mz0\"><a href=\"/w/index.php?action=edit&amp;section=1\" class=\"k2\">" + l.edit + "</a></span></h2>";
        default: return "<h3>" + h + "<small>(<a href=\"/edit/1\">" + l.edit + "</a>)</small></h3>";
    }
}

// Three page markups: div soup, HTML5 sections, a table layout.
std::string page(const Lang& l, int markup, int style) {
    const std::string body = std::string("<p>") + l.para1 + "</p>" + heading(l, style) + "<p>" + l.para2 + "</p>";
    switch (markup) {
        case 0: return html_page(l.lang, l.heading, "<div id=\"g1\"><div class=\"h4\">" + body + "</div></div>");
        case 1: return html_page(l.lang, l.heading, "<main><article><h1>" + std::string(l.heading) + " 1</h1>" + body + "</article></main>");
        default: return html_page(l.lang, l.heading, "<table width=\"100%\" border=\"0\"><tr><td><img src=\"/logo.gif\"></td></tr><tr><td><a href=\"/\">Home</a> | <a href=\"/a\">Archive</a> | <a href=\"/c\">Contact</a></td></tr><tr><td valign=\"top\">" + body + "</td></tr></table>");
    }
}

}  // namespace

TEST_CASE("a wiki's glued edit control is left out of the section heading") {
    for (const Lang& l : kLangs)
        for (int markup = 0; markup < 3; ++markup)
            for (int style = 0; style < 3; ++style) {
                const std::string got = text_of(page(l, markup, style));
                INFO(std::string(l.lang) << " markup " << markup << " style " << style << "\n" << got);
                CHECK(has(got, std::string("## ") + l.heading + "\n"));
                CHECK_FALSE(has(got, std::string(l.heading) + l.edit));
                CHECK_FALSE(has(got, std::string(l.heading) + "[" + l.edit));
                CHECK(has(got, l.para2));
            }
}

TEST_CASE("a heading keeps a link that is part of its text") {
    const Lang& l = kLangs[0];
    const auto got_of = [&](const std::string& h) {
        return text_of(html_page("en", "History", std::string("<article><p>") + l.para1 + "</p>" + h + "<p>" + l.para2 + "</p></article>"));
    };
    // A space between: the link is a word of the heading.
    CHECK(has(got_of("<h2><span>Letters from</span> <a href=\"/p/rome\">Rome</a></h2>"), "## Letters from Rome\n"));
    // A headline that is one link.
    CHECK(has(got_of("<h2><a href=\"/p/locks\">The locks in 1930</a></h2>"), "## The locks in 1930\n"));
    // A link of three words glued to an element: more than a control's label.
    CHECK(has(got_of("<h2><span>Part 2:</span><span><a href=\"/p/2\">Locks and weirs</a></span></h2>"), "Locks and weirs"));
    // Words outside the link in the second box: not a bare control.
    CHECK(has(got_of("<h2><span>Chapter</span><span>IV <a href=\"/p/4\">note</a></span></h2>"), "IV note"));
}
