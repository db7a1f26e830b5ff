// Round 12 of the fresh pages (issue 18, round fresh12): pages that are not news articles. Whole
// pages written before reading the extractor's rules, in four layouts unlike rounds 1-11: a
// Drupal 9 theme (region-content, block-system-main-block, field--name-body), pages with no class
// or id at all (bare <div>s, nothing but tags), atomic hashed class names (x1n2onr6 x78zum5 ...:
// the class soup of a compiled style sheet) and an old table layout (bgcolor, <font>, width
// cells). The kinds: landing pages of a service and of an app (short feature sections), a
// company's "about" page, recipes written as plain <p>s with the ingredients in a <table>, a
// product page whose description sits in a tab with the specifications in a <dl>, forum threads
// (table-based phpBB-like rows and modern <div> posts: the thread is the content), question and
// answer pages, a documentation page with code blocks beside a left navigation tree, a glossary
// of a <dl>, event pages, job postings, a press release with a contact box, a short news item
// (60 words) above a long comment section and an author's bio, an article of many short <h2>
// sections each closed by a "read more" link, articles with no <p> (<br> lines in a <div>,
// <font> in a <td>), and category pages of teasers (the page's text is the list of titles and
// summaries). Most pages are German; English, French, Spanish, Polish and Japanese too.
// A page passes when every key sentence of its text is in the output and every piece of chrome
// (menu, sidebar, footer, comments, bio, related lists) is out.
//
// On main unchanged (7429ca2) 21 of 28 pages passed whole (the generalization figure). Seven
// failed: two writer's profiles in <div>s (portrait, name line, a <div> paragraph) kept, one of
// them as the whole output's second half beside a 60-word item that a thread followed; an
// event's facts row (date, hours, place) dropped as a dateline; a category page's teaser titles
// dropped while their summaries stayed; a recipe's rating row ("★★★★★ 4,8 (96 Bewertungen)")
// kept; a product's two reviews, in a hidden tab, kept; a forum of one small <table> per post in
// an old layout extracted with the layout's menu and sidebar cells (its row scored above its
// column: the column counts as one more paragraph of the row). kFresh12Floor holds the count
// reached and only ever rises: 26 since <div> paragraphs make a profile (extract_author_card.cpp)
// that never stands in for an article a thread follows (extract_threads.cpp), a date beside a
// span of hours is an event's (extract_region.cpp), a list page's entries keep their headline
// lines (extract_entry_headlines.cpp), a row of stars and a count is a rating widget
// (extract_action_row.cpp) and two rated sibling entries are reviews (comments.cpp). Still
// failing: the old-layout forum (a cell holding paragraphs scored as no paragraph cost cleaneval
// 0.015: dropped) and the event's "Tickets kaufen" link under its text.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "extract_test_util.hpp"

using namespace winnow;

namespace {

using Fresh = winnow::test::FreshPage;

// How the site lays out its pages.
enum class Layout { drupal, bare, atomic, tables };

// One site's chrome: a menu, a sidebar box of links, a footer line.
struct Site {
    const char* lang;
    const char* name;
    Layout layout;
    std::vector<const char*> menu;
    const char* side_heading;
    std::vector<const char*> side;
    const char* rights;
};

const Site kDeDrupal{"de", "Landkreis Aktuell", Layout::drupal, {"Startseite", "Bürgerservice", "Wirtschaft", "Freizeit", "Presse"}, "Das könnte Sie interessieren",
                     {"Wertstoffhof mit neuen Öffnungszeiten", "Kita-Anmeldung jetzt online", "Sperrung der Brücke in Altdorf"},
                     "© 2024 Landratsamt · Impressum · Datenschutz · Barrierefreiheit"};
const Site kDeBare{"de", "Werkstatt-Forum", Layout::bare, {"Forum", "Suche", "Mitglieder", "Hilfe", "Anmelden"}, "Beliebte Themen",
                   {"Holzwurm im Dachstuhl was tun", "Welche Kreissäge für Anfänger", "Parkett selbst abschleifen"},
                   "© 2023 Werkstatt-Forum · Nutzungsbedingungen · Datenschutz · Impressum"};
const Site kDeAtomic{"de", "Kochzeit", Layout::atomic, {"Rezepte", "Backen", "Vegetarisch", "Magazin", "Shop"}, "Beliebt diese Woche",
                     {"Linsensuppe mit Würstchen", "Schneller Flammkuchen", "Käsekuchen ohne Boden"},
                     "© 2024 Kochzeit Media GmbH · Impressum · Datenschutz · Cookie-Einstellungen"};
const Site kDeTables{"de", "Heimatblatt Online", Layout::tables, {"Titelseite", "Lokales", "Vereine", "Kirche", "Anzeigen"}, "Weitere Meldungen",
                     {"Feuerwehr bekommt neues Fahrzeug", "Seniorennachmittag im Pfarrheim", "Grundschule feiert Jubiläum"},
                     "© 2009 Heimatblatt Verlag · Alle Rechte vorbehalten · Impressum"};
const Site kEnAtomic{"en", "Brightline", Layout::atomic, {"Product", "Pricing", "Customers", "Blog", "Sign in"}, "Resources",
                     {"Security whitepaper", "Integration guides", "Status page"},
                     "© 2024 Brightline Software Inc. · Terms · Privacy · Cookie preferences"};
const Site kEnBare{"en", "Riverside Courier", Layout::bare, {"News", "Sport", "Business", "Opinion", "Weather"}, "Most read",
                   {"Flood barrier finished early", "New cycle lane divides opinion", "Mill reopens as food hall"},
                   "© 2024 Riverside Courier Ltd · Privacy · Terms · Contact"};
const Site kFrAtomic{"fr", "Atelier Lumière", Layout::atomic, {"Luminaires", "Lampes", "Suspensions", "Nouveautés", "Contact"}, "Vous aimerez aussi",
                     {"Applique Ondine laiton", "Suspension Nuage lin", "Lampe Baladeuse rouge"},
                     "© 2024 Atelier Lumière SAS · CGV · Mentions légales · Cookies"};
const Site kFrDrupal{"fr", "Ville de Beaumont", Layout::drupal, {"Accueil", "Démarches", "Culture", "Sport", "Agenda"}, "À voir aussi",
                     {"Inscriptions à la cantine", "Travaux rue des Lilas", "Marché de Noël"},
                     "© 2024 Ville de Beaumont · Mentions légales · Accessibilité · Plan du site"};
const Site kEsBare{"es", "Empleo Levante", Layout::bare, {"Ofertas", "Empresas", "Consejos", "Mi cuenta"}, "Ofertas parecidas",
                   {"Administrativo contable en Elche", "Técnico de mantenimiento en Alicante", "Recepcionista de hotel en Benidorm"},
                   "© 2024 Empleo Levante S.L. · Aviso legal · Privacidad · Cookies"};
const Site kEsTables{"es", "Foro Naútico", Layout::tables, {"Índice", "Buscar", "Miembros", "Registrarse"}, "Temas recientes",
                     {"Antifouling para casco de poliéster", "Amarre en Cartagena precios", "Curso de patrón de yate"},
                     "© 2010 Foro Naútico · Powered by phpBB · Aviso legal"};
const Site kPlDrupal{"pl", "Słownik Budowlany", Layout::drupal, {"Strona główna", "Hasła", "Poradniki", "Kontakt"}, "Zobacz także",
                     {"Jak wybrać pustak", "Kalkulator betonu", "Normy budowlane"},
                     "© 2024 Słownik Budowlany · Regulamin · Polityka prywatności"};
const Site kPlBare{"pl", "Smaki Domu", Layout::bare, {"Przepisy", "Ciasta", "Zupy", "Obiady", "Kontakt"}, "Popularne przepisy",
                   {"Żurek na zakwasie", "Sernik krakowski", "Kopytka z masłem"},
                   "© 2024 Smaki Domu · Regulamin · Polityka prywatności · Kontakt"};
const Site kJaAtomic{"ja", "テックノート", Layout::atomic, {"ホーム", "質問", "タグ", "ユーザー", "ログイン"}, "関連する質問",
                     {"Pythonで日付を比較する方法", "gitで直前のコミットを取り消す", "CSSで要素を中央に寄せる"},
                     "© 2024 テックノート運営事務局 · 利用規約 · プライバシーポリシー"};
const Site kJaTables{"ja", "山里だより", Layout::tables, {"トップ", "地域の話題", "催し物", "リンク"}, "最近の記事",
                     {"棚田の田植え体験", "秋祭りの準備", "図書館の移動販売"},
                     "© 2008 山里だより 無断転載禁止"};

// The menu as links, in the markup of each layout.
std::string menu_links(const Site& s, const char* base, const char* before, const char* after) {
    std::string h;
    int k = 0;
    for (const char* m : s.menu) h += std::string(before) + "<a href=\"" + base + std::to_string(++k) + "\">" + m + "</a>" + after;
    return h;
}

std::string side_links(const Site& s, const char* before, const char* after) {
    std::string h;
    int k = 0;
    for (const char* m : s.side) h += std::string(before) + "<a href=\"/beitrag/" + std::to_string(4100 + ++k) + "\">" + m + "</a>" + after;
    return h;
}

// The whole page in the site's layout: menu, the main column (`main`, then `after` below it in
// the same column), a sidebar box, a footer.
std::string page(const Site& s, const std::string& title, const std::string& main, const std::string& after = "") {
    std::string h = std::string("<!DOCTYPE html>\n<html lang=\"") + s.lang + "\"><head><meta charset=\"utf-8\"><title>" + title + " | " + s.name +
                    "</title><meta name=\"viewport\" content=\"width=device-width\"></head>\n<body>";
    switch (s.layout) {
        case Layout::drupal:
            h += "<div class=\"dialog-off-canvas-main-canvas\" data-off-canvas-main-canvas><div class=\"layout-container\"><header role=\"banner\"><div class=\"region region-header\">"
                 "<div id=\"block-site-branding\" class=\"block block-system block-system-branding-block\"><a href=\"/\" rel=\"home\">" +
                 std::string(s.name) + "</a></div></div><div class=\"region region-primary-menu\"><nav role=\"navigation\" id=\"block-main-menu\" class=\"block block-menu\"><ul class=\"menu\">" +
                 menu_links(s, "/node/", "<li class=\"menu-item\">", "</li>") +
                 "</ul></nav></div></header>\n<main role=\"main\"><a id=\"main-content\" tabindex=\"-1\"></a><div class=\"layout-content\"><div class=\"region region-content\">"
                 "<div id=\"block-main-page-content\" class=\"block block-system block-system-main-block\"><article class=\"node node--type-page node--view-mode-full\">"
                 "<div class=\"node__content\"><div class=\"clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item\">" +
                 main + "</div></div></article></div>" + after + "</div></div>\n<aside class=\"layout-sidebar-second\" role=\"complementary\"><div class=\"region region-sidebar-second\"><div class=\"block block-views\"><h2>" +
                 s.side_heading + "</h2><div class=\"item-list\"><ul>" + side_links(s, "<li>", "</li>") +
                 "</ul></div></div></div></aside></main>\n<footer role=\"contentinfo\"><div class=\"region region-footer\"><div class=\"block\"><p>" + s.rights +
                 "</p></div></div></footer></div></div>";
            break;
        case Layout::bare:
            h += "<div><div><a href=\"/\">" + std::string(s.name) + "</a></div><div>" + menu_links(s, "/seite/", "", " ") + "</div></div>\n<div><div>" + main +
                 after + "</div>\n<div><div><b>" + s.side_heading + "</b></div>" + side_links(s, "<div>", "</div>") + "</div></div>\n<div>" + s.rights + "</div>";
            break;
        case Layout::atomic:
            h += "<div id=\"root\"><div class=\"x9f619 x1n2onr6 x1ja2u2z\"><div class=\"x78zum5 xdt5ytf x1iyjqo2\"><div class=\"x1lliihq x6ikm8r x10wlt62\"><a class=\"x1i10hfl xjbqb8w\" href=\"/\">" +
                 std::string(s.name) + "</a><div class=\"x78zum5 x1q0g3np\">" + menu_links(s, "/p/", "<div class=\"x1rg5ohu\">", "</div>") +
                 "</div></div>\n<div class=\"x78zum5 x1q0g3np x1a02dak\"><div class=\"x1iyjqo2 xs83m0k xdl72j9\">" + main + after +
                 "</div>\n<div class=\"x2lwn1j xeuugli x1n2onr6\"><div class=\"x1heor9g x1qlqyl8\">" + s.side_heading + "</div>" +
                 side_links(s, "<div class=\"x1y1aw1k\">", "</div>") + "</div></div>\n<div class=\"x1n2onr6 xh8yej3\"><span class=\"x193iq5w\">" + s.rights +
                 "</span></div></div></div></div>";
            break;
        case Layout::tables:
            h += "<table width=\"100%\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\"><tr><td colspan=\"3\" bgcolor=\"#336699\"><font size=\"5\" color=\"white\"><b>" +
                 std::string(s.name) + "</b></font></td></tr>\n<tr><td width=\"160\" valign=\"top\" bgcolor=\"#eeeeee\"><font size=\"2\">" +
                 menu_links(s, "/index.php?id=", "", "<br>") + "</font></td>\n<td valign=\"top\">" + main + after +
                 "</td>\n<td width=\"180\" valign=\"top\"><font size=\"2\"><b>" + s.side_heading + "</b><br>" + side_links(s, "", "<br>") +
                 "</font></td></tr>\n<tr><td colspan=\"3\" align=\"center\"><font size=\"1\">" + s.rights + "</font></td></tr></table>";
            break;
    }
    return h + "</body></html>\n";
}

// Chrome every page of a site must lose, with the page's own extra pieces.
std::vector<std::string> chrome(const Site& s, std::vector<std::string> extra) {
    extra.emplace_back(s.rights);
    extra.emplace_back(s.side[1]);
    return extra;
}

// ---------------------------------------------------------------------------------------------
// 1. German: a service's landing page (a district's online services), a hero and five short
// feature sections, each a heading and two sentences, a call to action, in the Drupal theme.
Fresh de_service_landing() {
    const std::string m = R"(<div class="hero"><h1>Bürgerservice online</h1><p>Viele Behördengänge erledigen Sie jetzt bequem von zu Hause aus, rund um die Uhr und ohne Wartezeit.</p></div>
<div class="features">
<div class="feature"><h3>Kfz-Zulassung</h3><p>Melden Sie Ihr Fahrzeug online an, um oder ab. Die Plaketten kommen per Post innerhalb von drei Werktagen.</p></div>
<div class="feature"><h3>Meldebescheinigung</h3><p>Die Bescheinigung wird als PDF mit elektronischem Siegel ausgestellt. Sie ist sofort gültig und kostet fünf Euro.</p></div>
<div class="feature"><h3>Wohngeld</h3><p>Den Antrag füllen Sie Schritt für Schritt aus und laden Nachweise als Foto hoch. Über den Stand informieren wir Sie per E-Mail.</p></div>
<div class="feature"><h3>Termin buchen</h3><p>Wo ein persönlicher Besuch nötig bleibt, wählen Sie Ihren Termin selbst. Eine Erinnerung erhalten Sie am Vortag.</p></div>
<div class="feature"><h3>Sicher angemeldet</h3><p>Sie melden sich mit dem Online-Ausweis oder dem Bürgerkonto an. Ihre Daten bleiben auf Servern in Deutschland.</p></div>
</div>
<p><a class="button" href="/login">Jetzt anmelden</a></p>)";
    return {"de: service landing page, hero and five short feature sections (Drupal)",
            page(kDeDrupal, "Bürgerservice online", m),
            {"Viele Behördengänge erledigen Sie jetzt bequem", "Die Plaketten kommen per Post", "Die Bescheinigung wird als PDF",
             "Den Antrag füllen Sie Schritt für Schritt aus", "Eine Erinnerung erhalten Sie am Vortag", "Ihre Daten bleiben auf Servern in Deutschland"},
            chrome(kDeDrupal, {"Jetzt anmelden", "Kita-Anmeldung jetzt online"}),
            {}};
}

// 2. English: an app's landing page in atomic classes, no <p> at all: the hero line, four feature
// cards of a title and a sentence in <div>s, a quote of a customer, a pricing teaser.
Fresh en_app_landing_atomic() {
    const std::string m = R"(<div class="x1n2onr6 x1q0q8m5"><h1 class="x1heor9g">Plan every shift in minutes</h1><div class="x1lliihq">Brightline builds rotas for clinics, shops and warehouses from your staff's availability, skills and contract hours.</div></div>
<div class="x78zum5 x1a02dak">
<div class="x1y1aw1k"><div class="x1heor9g">Availability in one place</div><div class="x1lliihq">Staff enter the days they can work from their phones, and the rota only offers shifts they can actually take.</div></div>
<div class="x1y1aw1k"><div class="x1heor9g">Rules you do not have to remember</div><div class="x1lliihq">Rest periods, weekly limits and qualifications are checked before a shift is published, not after a complaint.</div></div>
<div class="x1y1aw1k"><div class="x1heor9g">Swaps without phone calls</div><div class="x1lliihq">Two colleagues agree a swap in the app and the manager approves it with one tap.</div></div>
<div class="x1y1aw1k"><div class="x1heor9g">Payroll ready</div><div class="x1lliihq">Worked hours are exported to your payroll system at the end of each month, overtime marked.</div></div>
</div>
<div class="x1q0q8m5"><div class="x1lliihq">“We used to spend a whole day on the monthly rota. Now it takes our practice manager twenty minutes.”</div><div class="x193iq5w">Dr Amira Shah, Hillside Surgery</div></div>
<div class="x1n2onr6"><a class="x1i10hfl" href="/signup">Start free trial</a> <a class="x1i10hfl" href="/demo">Book a demo</a></div>)";
    return {"en: app landing page, feature cards in <div>s only (atomic classes)",
            page(kEnAtomic, "Plan every shift in minutes", m),
            {"Brightline builds rotas for clinics, shops and warehouses", "Staff enter the days they can work from their phones",
             "Rest periods, weekly limits and qualifications are checked", "Two colleagues agree a swap in the app",
             "Worked hours are exported to your payroll system"},
            chrome(kEnAtomic, {"Start free trial", "Integration guides"}),
            {}};
}

// 3. German: a company's "about" page with no class names: history paragraphs, a list of values
// under a heading, a short team line, and a box of contact links.
Fresh de_about_bare() {
    const std::string m = R"(<div><h1>Über uns</h1>
<div>Die Tischlerei Brandauer wurde 1962 von Josef Brandauer in einer ehemaligen Scheune am Ortsrand gegründet. Anfangs fertigte er vor allem Fenster und Türen für die Höfe der Umgebung.</div>
<div>Heute führt seine Enkelin Lisa Brandauer den Betrieb mit vierzehn Mitarbeiterinnen und Mitarbeitern. Wir bauen Küchen, Einbauschränke und Treppen nach Maß, fast ausschließlich aus Holz aus der Region.</div>
<h2>Was uns wichtig ist</h2>
<ul><li>Jedes Möbel wird bei uns gezeichnet, gebaut und eingebaut, ohne Subunternehmer.</li><li>Wir bilden jedes Jahr zwei Lehrlinge aus.</li><li>Unsere Werkstatt heizen wir mit den eigenen Holzresten.</li></ul>
<div>Besuchen Sie uns gern in der Ausstellung, montags bis freitags von acht bis siebzehn Uhr.</div></div>
<div><div><b>Kontakt</b></div><div><a href="tel:+49851123456">0851 123456</a></div><div><a href="mailto:info@example.org">E-Mail schreiben</a></div><div><a href="/anfahrt">Anfahrt</a></div></div>)";
    return {"de: company about page without class names, values list, contact box",
            page(kDeBare, "Über uns", m),
            {"wurde 1962 von Josef Brandauer in einer ehemaligen Scheune", "Heute führt seine Enkelin Lisa Brandauer den Betrieb",
             "ohne Subunternehmer", "Wir bilden jedes Jahr zwei Lehrlinge aus", "Besuchen Sie uns gern in der Ausstellung"},
            chrome(kDeBare, {"E-Mail schreiben", "Anfahrt"}),
            {}};
}

// 4. German: a recipe written as plain <p>s (no list markup), the ingredients in a <table>, in
// atomic classes; a rating row, comments with dates and a "more recipes" row under it.
Fresh de_recipe_plain_table() {
    const std::string m = R"(<h1 class="x1heor9g">Kartoffelgulasch wie bei Oma</h1>
<p class="x1lliihq">Ein Kartoffelgulasch ist das Gericht für kalte Tage, an denen der Kühlschrank fast leer ist. Mit geräucherter Paprika und einem Schuss Essig schmeckt es, als hätte es stundenlang gekocht.</p>
<table class="x1n2onr6"><tr><td>1 kg</td><td>festkochende Kartoffeln</td></tr><tr><td>2</td><td>Zwiebeln</td></tr><tr><td>4</td><td>Wiener Würstchen</td></tr><tr><td>2 EL</td><td>Paprikapulver, geräuchert</td></tr><tr><td>750 ml</td><td>Gemüsebrühe</td></tr></table>
<p class="x1lliihq">Die Zwiebeln würfeln und in Öl glasig dünsten. Das Paprikapulver kurz mitrösten, aber nicht verbrennen lassen, sonst wird es bitter.</p>
<p class="x1lliihq">Die Kartoffeln schälen, in Würfel schneiden, dazugeben und mit der Brühe ablöschen. Zugedeckt zwanzig Minuten köcheln lassen.</p>
<p class="x1lliihq">Die Würstchen in Scheiben schneiden, in den letzten fünf Minuten mitziehen lassen und alles mit Salz, Pfeffer und einem Schuss Essig abschmecken.</p>)";
    const std::string after = R"(<div class="x78zum5"><span>★★★★★</span> <span>4,8 (96 Bewertungen)</span></div>
<div class="x1q0q8m5"><div class="x1heor9g">3 Kommentare</div>
<div class="x1y1aw1k"><div><b>Hanne</b> <span>12.01.2024</span></div><div>Habe noch eine rote Paprikaschote mitgekocht, das hat allen geschmeckt. Beim nächsten Mal nehme ich etwas weniger Brühe, es war mir ein wenig zu suppig.</div></div>
<div class="x1y1aw1k"><div><b>Koch_Tom</b> <span>15.01.2024</span></div><div>Statt Würstchen gehen auch Räuchertofu oder Kidneybohnen, dann ist das Gericht vegetarisch und genauso sättigend.</div></div>
<div class="x1y1aw1k"><div><b>Marlies</b> <span>20.01.2024</span></div><div>Genau so hat es meine Mutter gekocht, nur mit Majoran statt Essig. Danke für die Erinnerung an die Kindheit!</div></div>
</div>
<div class="x78zum5"><div class="x1heor9g">Mehr Eintöpfe</div><a href="/r/1">Erbseneintopf mit Speck</a> <a href="/r/2">Linseneintopf mit Spätzle</a></div>)";
    return {"de: recipe in plain <p>s, ingredients in a <table>, dated comments (atomic classes)",
            page(kDeAtomic, "Kartoffelgulasch wie bei Oma", m, after),
            {"Ein Kartoffelgulasch ist das Gericht für kalte Tage", "festkochende Kartoffeln", "Paprikapulver, geräuchert",
             "Die Zwiebeln würfeln und in Öl glasig dünsten", "Zugedeckt zwanzig Minuten köcheln lassen", "mit Salz, Pfeffer und einem Schuss Essig abschmecken"},
            chrome(kDeAtomic, {"Habe noch eine rote Paprikaschote mitgekocht", "Statt Würstchen gehen auch Räuchertofu", "Erbseneintopf mit Speck",
                               "96 Bewertungen"}),
            {}};
}

// 5. Polish: a recipe in plain <p>s, ingredients in a <table> with a header row, no class names.
Fresh pl_recipe_bare_table() {
    const std::string m = R"(<div><h1>Placki ziemniaczane z sosem grzybowym</h1>
<p>Placki ziemniaczane to danie, które w naszym domu robiło się w każdy piątek. Najlepsze są chrupiące na brzegach i miękkie w środku, podane z gęstym sosem z leśnych grzybów.</p>
<table><tr><th>Składnik</th><th>Ilość</th></tr><tr><td>ziemniaki</td><td>1 kg</td></tr><tr><td>cebula</td><td>1 sztuka</td></tr><tr><td>jajka</td><td>2 sztuki</td></tr><tr><td>mąka pszenna</td><td>3 łyżki</td></tr><tr><td>suszone grzyby</td><td>30 g</td></tr></table>
<p>Grzyby namocz na noc w szklance wody, a rano ugotuj je w tej samej wodzie do miękkości i pokrój w paski.</p>
<p>Ziemniaki i cebulę zetrzyj na tarce o drobnych oczkach, odlej nadmiar soku, dodaj jajka, mąkę i szczyptę soli.</p>
<p>Smaż placki na rozgrzanym oleju z obu stron na złoty kolor i podawaj od razu z sosem z grzybów zagęszczonym śmietaną.</p></div>
<div><div><b>Zobacz też</b></div><div><a href="/p/11">Kopytka z masłem i bułką tartą</a></div><div><a href="/p/12">Zupa grzybowa z łazankami</a></div></div>)";
    return {"pl: recipe in plain <p>s, ingredients in a table, no class names",
            page(kPlBare, "Placki ziemniaczane z sosem grzybowym", m),
            {"Placki ziemniaczane to danie, które w naszym domu", "suszone grzyby", "Grzyby namocz na noc w szklance wody",
             "Ziemniaki i cebulę zetrzyj na tarce", "Smaż placki na rozgrzanym oleju"},
            chrome(kPlBare, {"Zupa grzybowa z łazankami"}),
            {}};
}

// 6. French: a product page whose description sits in the first tab (the second, hidden, holds
// the specifications as a <dl>), a price box, "add to cart", reviews tab, atomic classes.
Fresh fr_product_tab_dl() {
    const std::string m = R"(<div class="x78zum5"><div class="x1n2onr6"><img src="/img/lampe.jpg" alt="Lampe Céleste"></div>
<div class="x1iyjqo2"><h1 class="x1heor9g">Lampe à poser Céleste</h1><div class="x193iq5w">129,00 €</div><button class="x1i10hfl">Ajouter au panier</button><div class="x193iq5w">Livraison offerte dès 80 €</div></div></div>
<div role="tablist" class="x78zum5"><button role="tab" aria-controls="desc" aria-selected="true">Description</button><button role="tab" aria-controls="specs">Caractéristiques</button><button role="tab" aria-controls="avis">Avis (2)</button></div>
<div role="tabpanel" id="desc" class="x1lliihq"><p>Céleste est une lampe à poser en verre soufflé bouche, dont l'abat-jour opalin diffuse une lumière douce et chaude, idéale pour une table de chevet ou un bureau.</p><p>Chaque pièce est façonnée à la main dans notre atelier de Nancy ; de légères bulles dans le verre témoignent de ce travail artisanal.</p></div>
<div role="tabpanel" id="specs" class="x1lliihq" hidden><dl><dt>Dimensions</dt><dd>hauteur 38 cm, diamètre 22 cm</dd><dt>Matériaux</dt><dd>verre soufflé, pied en laiton brossé</dd><dt>Ampoule</dt><dd>E27, LED 6 W maximum (non fournie)</dd><dt>Câble</dt><dd>textile tressé, 1,8 m, interrupteur au pied</dd></dl></div>
<div role="tabpanel" id="avis" class="x1lliihq" hidden><div><b>Claire</b> ★★★★★<div>Magnifique, la lumière est très agréable le soir.</div></div><div><b>Julien</b> ★★★★☆<div>Belle finition, un peu plus petite que prévu.</div></div></div>)";
    return {"fr: product page, description in a tab, specs in a <dl> in a hidden tab (atomic classes)",
            page(kFrAtomic, "Lampe à poser Céleste", m),
            {"Céleste est une lampe à poser en verre soufflé bouche", "Chaque pièce est façonnée à la main dans notre atelier",
             "hauteur 38 cm, diamètre 22 cm", "verre soufflé, pied en laiton brossé"},
            chrome(kFrAtomic, {"Ajouter au panier", "Suspension Nuage lin", "Magnifique, la lumière est très agréable"}),
            {}};
}

// 7. German: a forum thread in an old phpBB-like table: one row per post, the author cell on the
// left (name, rank, post count), the post cell on the right (date line, text, signature).
Fresh de_forum_phpbb_table() {
    auto post = [](const char* who, const char* rank, const char* when, const char* text, const char* sig) {
        return std::string("<tr><td class=\"row1\" width=\"150\" valign=\"top\"><b class=\"postauthor\">") + who + "</b><br><span class=\"postdetails\">" + rank +
               "<br>Beiträge: 1.204<br>Wohnort: Niederbayern</span></td><td class=\"row1\" valign=\"top\"><div class=\"postdetails\">Verfasst am: " + when +
               "</div><div class=\"postbody\">" + text + "</div>" + (sig[0] != '\0' ? std::string("<div class=\"postbody\">_________________<br>") + sig + "</div>" : "") +
               "</td></tr>\n<tr><td class=\"spacer\" colspan=\"2\" height=\"1\"></td></tr>\n";
    };
    const std::string m = std::string(R"(<h1>Holztreppe knarzt bei jedem Schritt</h1>
<table class="forumline" width="100%" cellspacing="1" cellpadding="3"><tr><th>Autor</th><th>Nachricht</th></tr>
)") + post("Haselnuss", "Mitglied", "03.02.2010 21:14", "Unsere Holztreppe aus den Siebzigern knarzt bei jedem Schritt, besonders auf den unteren Stufen. Die Stufen liegen auf zwei Wangen und sind von unten nicht zugänglich. Hat jemand eine Idee, wie man das ohne Ausbau leiser bekommt?", "Gruß aus dem Bayerwald") +
        post("Zimmermann_Sepp", "Moderator", "03.02.2010 22:40", "Meistens reiben Stufe und Wange oder Stufe und Setzstufe aneinander. Bohr von oben schräg vor und setz zwei lange Spax-Schrauben pro Stufe, die Köpfe versenken und mit Holzkitt verschließen.", "Wer misst, misst Mist.") +
        post("Haselnuss", "Mitglied", "04.02.2010 07:55", "Danke! Muss ich vorher etwas unterlegen oder reicht das Verschrauben allein?", "Gruß aus dem Bayerwald") +
        post("Treppenbauer", "Profi", "04.02.2010 09:12", "Wenn zwischen Stufe und Wange ein Spalt ist, vorher einen Holzkeil mit Leim einschlagen und bündig absägen, sonst ziehen die Schrauben die Stufe nur schief.", "") +
        "</table>\n<div><a href=\"/posting.php?mode=reply\">Antwort erstellen</a> · Seite 1 von 1</div>";
    return {"de: forum thread in a phpBB-like table, author cell and post cell per row, signatures",
            page(kDeBare, "Holztreppe knarzt bei jedem Schritt", m),
            {"Unsere Holztreppe aus den Siebzigern knarzt bei jedem Schritt", "Bohr von oben schräg vor und setz zwei lange Spax-Schrauben",
             "Muss ich vorher etwas unterlegen", "vorher einen Holzkeil mit Leim einschlagen"},
            chrome(kDeBare, {"Antwort erstellen", "Parkett selbst abschleifen"}),
            {}};
}

// 8. Spanish: a forum thread in the old table layout, one <table> per post (name and date in the
// first row, the text in the second), the whole page in <font>.
Fresh es_forum_tables() {
    auto post = [](const char* who, const char* when, const char* text) {
        return std::string("<table width=\"100%\" border=\"0\" cellspacing=\"1\" bgcolor=\"#cccccc\"><tr><td bgcolor=\"#dde4ee\"><font size=\"2\"><b>") + who +
               "</b> - " + when + "</font></td></tr><tr><td bgcolor=\"#ffffff\"><font size=\"2\">" + text + "</font></td></tr></table><br>\n";
    };
    const std::string m = std::string(R"(<font size="4"><b>¿Cada cuánto cambiar los ánodos de zinc?</b></font><br><br>
)") + post("velero_Mar", "14/06/2010 10:22", "Tengo un velero de nueve metros amarrado todo el año en Torrevieja. Los ánodos del eje se gastan en pocos meses y no sé si es normal o si tengo una derivación eléctrica en el barco.") +
        post("capitán_ramón", "14/06/2010 11:05", "En puerto con muchos barcos conectados a tierra es normal que se gasten rápido. Mira primero el cable de tierra del cargador: si no tiene aislador galvánico, te comes la corriente de los vecinos.") +
        post("velero_Mar", "14/06/2010 12:40", "No tengo aislador. ¿Vale cualquiera o hay que elegirlo por amperios?") +
        post("marinero77", "14/06/2010 18:31", "Por amperios, según el enchufe del pantalán; para dieciséis amperios cualquier modelo de treinta te sobra. Y cambia los ánodos cuando hayan perdido la mitad de su volumen.");
    return {"es: forum thread, one small <table> per post, <font> text (old table layout)",
            page(kEsTables, "¿Cada cuánto cambiar los ánodos de zinc?", m),
            {"Tengo un velero de nueve metros amarrado todo el año", "Mira primero el cable de tierra del cargador",
             "¿Vale cualquiera o hay que elegirlo por amperios?", "cambia los ánodos cuando hayan perdido la mitad"},
            chrome(kEsTables, {"Powered by phpBB", "Índice"}),
            {}};
}

// 9. German: a modern forum thread without class names: each post a <div> of a name line, a date
// and the text; the first post asks, four replies, a "similar topics" box after them.
Fresh de_forum_modern_bare() {
    auto post = [](const char* who, const char* when, const char* text) {
        return std::string("<div><div><a href=\"/u/") + who + "\">" + who + "</a> <span>" + when + "</span></div><div>" + text +
               "</div><div><a href=\"#\">Zitieren</a> <a href=\"#\">Gefällt mir</a></div></div>\n";
    };
    const std::string m = std::string(R"(<div><h1>Kreissäge läuft nach dem Einschalten langsam an</h1>
)") + post("Bastelbert", "vor 3 Tagen", "Meine Tischkreissäge braucht seit einiger Zeit mehrere Sekunden, bis sie auf Drehzahl kommt, und brummt dabei deutlich lauter als früher. Der Keilriemen sieht noch gut aus. Woran kann das liegen?") +
        post("Elektro-Frank", "vor 3 Tagen", "Das klingt nach dem Anlaufkondensator. Wenn der nachlässt, fehlt dem Motor beim Start die Hilfsphase. Kondensatoren kosten ein paar Euro, achte auf gleiche Kapazität und Spannung.") +
        post("Bastelbert", "vor 2 Tagen", "Danke, der Kondensator war tatsächlich aufgebläht. Ist bestellt.") +
        post("Holzwurm74", "vor 2 Tagen", "Bitte vor dem Tausch den Stecker ziehen und den alten Kondensator über einen Widerstand entladen, der kann noch eine Weile Spannung halten.") +
        post("Bastelbert", "gestern", "Neuer Kondensator ist drin, die Säge läuft wieder sofort an. Danke euch allen!") +
        R"(</div><div><div><b>Ähnliche Themen</b></div><div><a href="/t/88">Bandsäge vibriert stark</a></div><div><a href="/t/89">Motor brummt nur und dreht nicht</a></div></div>)";
    return {"de: modern forum thread in bare <div>s, no class names, relative dates",
            page(kDeBare, "Kreissäge läuft nach dem Einschalten langsam an", m),
            {"Meine Tischkreissäge braucht seit einiger Zeit mehrere Sekunden", "Das klingt nach dem Anlaufkondensator",
             "der Kondensator war tatsächlich aufgebläht", "den alten Kondensator über einen Widerstand entladen",
             "Neuer Kondensator ist drin, die Säge läuft wieder sofort an"},
            chrome(kDeBare, {"Motor brummt nur und dreht nicht", "Parkett selbst abschleifen"}),
            {}};
}

// 10. Japanese: a Q&A page in atomic classes: the question, two answers with vote counts and
// "best answer" marks, related questions in the sidebar.
Fresh ja_qa_atomic() {
    auto ans = [](const char* votes, const char* who, const char* text) {
        return std::string("<div class=\"x1y1aw1k x1n2onr6\"><div class=\"x193iq5w\">") + votes + "</div><div class=\"x1lliihq\">" + text +
               "</div><div class=\"x193iq5w\"><a href=\"/u/1\">" + who + "</a></div></div>\n";
    };
    const std::string m = std::string(R"(<h1 class="x1heor9g">Pythonでリストの重複を順番を保ったまま取り除くには？</h1>
<div class="x1q0q8m5"><div class="x1lliihq">リストから重複した要素を取り除きたいのですが、setに変換すると元の順番が崩れてしまいます。最初に現れた順番を保ったまま重複を消す簡単な方法はありますか。</div></div>
<div class="x1heor9g">回答 2件</div>
)") + ans("12", "山田", "Python 3.7以降は辞書が挿入順を保つので、dict.fromkeys(リスト)をlistに戻すのが一番簡単です。要素はハッシュ可能である必要があります。") +
        ans("3", "tanaka_k", "ハッシュできない要素が混ざる場合は、ループで見たことのある要素を記録しながら新しいリストを作る方法が確実です。");
    return {"ja: Q&A page, question and two answers with vote counts (atomic classes)",
            page(kJaAtomic, "Pythonでリストの重複を順番を保ったまま取り除くには？", m),
            {"setに変換すると元の順番が崩れてしまいます", "dict.fromkeys", "ループで見たことのある要素を記録しながら"},
            chrome(kJaAtomic, {"gitで直前のコミットを取り消す"}),
            {}};
}

// 11. German: a question/answer page of an authority (FAQ entries a citizen asked, answered by
// the office) in the Drupal theme: a question box, an answer box marked as the answer.
Fresh de_qa_drupal() {
    const std::string m = R"(<h1>Darf ich auf meinem Grundstück einen Brunnen bohren?</h1>
<div class="question"><p>Wir möchten unseren Garten im Sommer nicht mehr mit Leitungswasser gießen und überlegen, einen Brunnen bohren zu lassen. Brauchen wir dafür eine Genehmigung und wer ist zuständig?</p><p class="meta">Frage von Familie K. aus Altdorf</p></div>
<div class="answer"><h2>Antwort der Unteren Wasserbehörde</h2><p>Für einen Gartenbrunnen brauchen Sie in der Regel keine Genehmigung, Sie müssen ihn aber spätestens einen Monat vor Beginn der Bohrung bei uns anzeigen.</p><p>In Wasserschutzgebieten und auf Flächen mit bekannten Altlasten ist das Bohren dagegen verboten oder nur mit Erlaubnis möglich. Ob Ihr Grundstück betroffen ist, sehen Sie im Kartendienst des Landkreises.</p><p>Das Wasser dürfen Sie zum Gießen nutzen; als Trinkwasser muss es vorher vom Gesundheitsamt untersucht werden.</p></div>
<div class="helpful">War diese Antwort hilfreich? <a href="#yes">Ja</a> <a href="#no">Nein</a></div>)";
    return {"de: Q&A page of an authority, question box and answer box (Drupal)",
            page(kDeDrupal, "Darf ich auf meinem Grundstück einen Brunnen bohren?", m),
            {"überlegen, einen Brunnen bohren zu lassen", "Für einen Gartenbrunnen brauchen Sie in der Regel keine Genehmigung",
             "In Wasserschutzgebieten und auf Flächen mit bekannten Altlasten", "als Trinkwasser muss es vorher vom Gesundheitsamt untersucht werden"},
            chrome(kDeDrupal, {"War diese Antwort hilfreich?", "Kita-Anmeldung jetzt online"}),
            {}};
}

// 12. German with English code: a documentation page without class names, a left navigation
// tree (nested lists of links, three levels) before the text, code blocks, a "next page" link.
Fresh de_docs_nav_tree_bare() {
    const std::string m = R"(<div><div><ul><li><a href="/docs/">Einführung</a></li><li><a href="/docs/install">Installation</a><ul><li><a href="/docs/install/linux">Linux</a></li><li><a href="/docs/install/mac">macOS</a></li><li><a href="/docs/install/win">Windows</a></li></ul></li><li><a href="/docs/config">Konfiguration</a><ul><li><a href="/docs/config/file">Konfigurationsdatei</a></li><li><a href="/docs/config/env">Umgebungsvariablen</a><ul><li><a href="/docs/config/env/proxy">Proxy</a></li></ul></li></ul></li><li><a href="/docs/api">API-Referenz</a></li></ul></div>
<div><h1>Umgebungsvariablen</h1>
<p>Jede Einstellung der Konfigurationsdatei lässt sich auch über eine Umgebungsvariable setzen. Der Name ist der Schlüssel in Großbuchstaben mit dem Präfix <code>SYNCRO_</code>.</p>
<pre><code>export SYNCRO_PORT=8080
export SYNCRO_LOG_LEVEL=debug
syncro serve</code></pre>
<p>Umgebungsvariablen haben Vorrang vor der Datei. So können Sie in einem Container dieselbe Datei verwenden und nur den Port ändern.</p>
<h2>Verschachtelte Schlüssel</h2>
<p>Verschachtelte Schlüssel werden mit zwei Unterstrichen getrennt, aus <code>storage.path</code> wird also:</p>
<pre><code>export SYNCRO_STORAGE__PATH=/var/lib/syncro</code></pre>
<p><a href="/docs/config/env/proxy">Weiter: Proxy →</a></p></div></div>)";
    return {"de: documentation page, left navigation tree before the text, code blocks (no class names)",
            page(kDeBare, "Umgebungsvariablen", m),
            {"Jede Einstellung der Konfigurationsdatei lässt sich auch über eine Umgebungsvariable setzen", "export SYNCRO_PORT=8080",
             "Umgebungsvariablen haben Vorrang vor der Datei", "Verschachtelte Schlüssel werden mit zwei Unterstrichen getrennt",
             "SYNCRO_STORAGE__PATH=/var/lib/syncro"},
            chrome(kDeBare, {"macOS", "Windows", "API-Referenz"}),
            {}};
}

// 13. Polish: a glossary page of a <dl> (terms and definitions) under a letter index, Drupal.
Fresh pl_glossary_dl() {
    const std::string m = R"(<h1>Słownik pojęć budowlanych – litera S</h1>
<p class="letters"><a href="/a">A</a> <a href="/b">B</a> <a href="/c">C</a> <a href="/d">D</a> <a href="/p">P</a> <a href="/s">S</a> <a href="/t">T</a> <a href="/w">W</a></p>
<dl>
<dt>Strop</dt><dd>Pozioma przegroda budynku oddzielająca kondygnacje, przenosząca obciążenia na ściany nośne lub słupy.</dd>
<dt>Stropodach</dt><dd>Strop najwyższej kondygnacji, który jednocześnie pełni funkcję dachu, najczęściej płaski i ocieplony od góry.</dd>
<dt>Szalunek</dt><dd>Tymczasowa forma z desek lub płyt, do której wlewa się beton, usuwana po jego stwardnieniu.</dd>
<dt>Ściana osłonowa</dt><dd>Ściana, która nie przenosi obciążeń konstrukcji, a jedynie chroni wnętrze przed warunkami atmosferycznymi.</dd>
<dt>Świetlik</dt><dd>Przeszklony otwór w dachu doprowadzający światło dzienne do pomieszczeń położonych pod nim.</dd>
</dl>)";
    return {"pl: glossary page, a <dl> of terms under a letter index (Drupal)",
            page(kPlDrupal, "Słownik pojęć budowlanych – litera S", m),
            {"oddzielająca kondygnacje", "Stropodach", "Tymczasowa forma z desek lub płyt", "nie przenosi obciążeń konstrukcji",
             "Przeszklony otwór w dachu"},
            chrome(kPlDrupal, {"Kalkulator betonu"}),
            {}};
}

// 14. German: an event page in atomic classes: date, time and place as bare lines, a description,
// a ticket button, "more events" teasers with dates below.
Fresh de_event_atomic() {
    const std::string m = R"(<h1 class="x1heor9g">Lange Nacht der Museen 2024</h1>
<div class="x78zum5"><div class="x193iq5w">Samstag, 7. September 2024</div><div class="x193iq5w">18:00 bis 1:00 Uhr</div><div class="x193iq5w">Innenstadt, 23 Häuser</div></div>
<div class="x1lliihq">Einmal im Jahr öffnen die Museen der Stadt bis tief in die Nacht. Mit einem einzigen Ticket besuchen Sie Führungen, Konzerte im Kreuzgang und Mitmachstationen für Kinder.</div>
<div class="x1lliihq">Zwischen den Häusern pendeln kostenlose Shuttlebusse im Zehn-Minuten-Takt. Das Ticket gilt außerdem ab 17 Uhr als Fahrschein in allen Bussen und Bahnen.</div>
<div class="x1lliihq">Karten kosten im Vorverkauf 15 Euro, an der Abendkasse 18 Euro; Kinder unter zwölf Jahren haben freien Eintritt.</div>
<a class="x1i10hfl" href="/tickets">Tickets kaufen</a>)";
    const std::string after = R"(<div class="x1q0q8m5"><div class="x1heor9g">Weitere Veranstaltungen</div>
<div class="x1y1aw1k"><div class="x193iq5w">14.09.2024</div><a href="/e/1">Orgelnacht im Dom</a><div>Vier Organisten spielen Werke von Bach bis Messiaen.</div></div>
<div class="x1y1aw1k"><div class="x193iq5w">21.09.2024</div><a href="/e/2">Flohmarkt am Flussufer</a><div>Über zweihundert Stände laden zum Stöbern ein.</div></div>
<div class="x1y1aw1k"><div class="x193iq5w">28.09.2024</div><a href="/e/3">Weinfest auf dem Marktplatz</a><div>Winzer aus der Region stellen ihren neuen Jahrgang vor.</div></div></div>)";
    return {"de: event page, date, time and place lines, description, other events with dates (atomic classes)",
            page(kDeAtomic, "Lange Nacht der Museen 2024", m, after),
            {"Samstag, 7. September 2024", "Innenstadt, 23 Häuser", "Einmal im Jahr öffnen die Museen der Stadt",
             "Zwischen den Häusern pendeln kostenlose Shuttlebusse", "Kinder unter zwölf Jahren haben freien Eintritt"},
            chrome(kDeAtomic, {"Orgelnacht im Dom", "Über zweihundert Stände", "Tickets kaufen"}),
            {}};
}

// 15. French: an event page of a town, facts in a small table (date, place, price), a
// description, a map link, the Drupal theme.
Fresh fr_event_drupal() {
    const std::string m = R"(<h1>Fête de la musique au jardin public</h1>
<table class="infos"><tr><th>Date</th><td>vendredi 21 juin 2024, de 17 h à minuit</td></tr><tr><th>Lieu</th><td>Jardin public, entrée rue Victor-Hugo</td></tr><tr><th>Tarif</th><td>gratuit</td></tr></table>
<p>Pour la fête de la musique, le jardin public accueille trois scènes : chorales et écoles de musique en fin d'après-midi, groupes locaux de rock et de jazz en soirée.</p>
<p>Une buvette tenue par les associations sportives de la ville proposera boissons et petite restauration. Les bénéfices financeront les déplacements des équipes de jeunes.</p>
<p><a href="/plan">Voir le plan d'accès</a></p>)";
    return {"fr: event page, facts table, description (Drupal)",
            page(kFrDrupal, "Fête de la musique au jardin public", m),
            {"vendredi 21 juin 2024, de 17 h à minuit", "Jardin public, entrée rue Victor-Hugo",
             "le jardin public accueille trois scènes", "Une buvette tenue par les associations sportives"},
            chrome(kFrDrupal, {"Travaux rue des Lilas"}),
            {}};
}

// 16. Spanish: a job posting without class names: an intro, tasks and requirements as <br>
// lines in <div>s under bold labels, an apply link, similar offers.
Fresh es_job_bare() {
    const std::string m = R"(<div><h1>Cocinero/a para restaurante de temporada en Dénia</h1>
<div>Restaurante familiar en primera línea de playa busca cocinero o cocinera para la temporada de verano, de mayo a octubre, con contrato a jornada completa.</div>
<div><b>Funciones:</b><br>Elaboración de arroces, pescados a la plancha y tapas.<br>Control de pedidos y del almacén.<br>Limpieza y orden de la cocina según las normas de higiene.</div>
<div><b>Requisitos:</b><br>Experiencia mínima de dos años en cocina mediterránea.<br>Carné de manipulador de alimentos.<br>Disponibilidad para trabajar fines de semana.</div>
<div><b>Ofrecemos:</b><br>Salario de 1.650 euros netos al mes, dos días libres a la semana y alojamiento compartido si vienes de fuera.</div>
<div><a href="/inscribirse/5521">Inscribirme en esta oferta</a></div></div>)";
    return {"es: job posting, <br> lines under bold labels, no class names",
            page(kEsBare, "Cocinero/a para restaurante de temporada en Dénia", m),
            {"busca cocinero o cocinera para la temporada de verano", "Elaboración de arroces, pescados a la plancha",
             "Experiencia mínima de dos años en cocina mediterránea", "Salario de 1.650 euros netos al mes"},
            chrome(kEsBare, {"Inscribirme en esta oferta", "Técnico de mantenimiento en Alicante"}),
            {}};
}

// 17. German: a job posting in the Drupal theme: sections of short lists, a contact person box
// with a phone number, "apply online" button.
Fresh de_job_drupal() {
    const std::string m = R"(<h1>Sachbearbeitung Bauantragsverfahren (m/w/d)</h1>
<p>Das Landratsamt sucht zum nächstmöglichen Zeitpunkt eine Sachbearbeiterin oder einen Sachbearbeiter für das Sachgebiet Bauordnung, unbefristet in Vollzeit oder Teilzeit.</p>
<h2>Ihre Aufgaben</h2><ul><li>Prüfung von Bauanträgen und Bauvoranfragen</li><li>Beratung von Bauherren und Architekten</li><li>Mitwirkung bei Baukontrollen vor Ort</li></ul>
<h2>Ihr Profil</h2><ul><li>Abschluss als Verwaltungsfachwirt oder Bachelor Public Management</li><li>Freude am Umgang mit Menschen</li><li>Führerschein Klasse B</li></ul>
<h2>Wir bieten</h2><p>Eine Vergütung nach Entgeltgruppe 9b TVöD, flexible Arbeitszeiten, die Möglichkeit zum mobilen Arbeiten und ein vergünstigtes Deutschlandticket.</p>
<div class="contact-box"><h3>Ihre Ansprechpartnerin</h3><p>Frau Weber, Personalabteilung<br>Telefon 08551 57-210</p></div>
<p><a class="button" href="/bewerben/2024-31">Jetzt online bewerben</a></p>)";
    return {"de: job posting in sections, contact box, apply button (Drupal)",
            page(kDeDrupal, "Sachbearbeitung Bauantragsverfahren (m/w/d)", m),
            {"Das Landratsamt sucht zum nächstmöglichen Zeitpunkt", "Prüfung von Bauanträgen und Bauvoranfragen",
             "Abschluss als Verwaltungsfachwirt", "Eine Vergütung nach Entgeltgruppe 9b TVöD"},
            chrome(kDeDrupal, {"Jetzt online bewerben", "Kita-Anmeldung jetzt online"}),
            {}};
}

// 18. German: a press release in the Drupal theme: a dateline lead, body, a quote, a "Pressekontakt"
// box with name, phone and e-mail, downloads.
Fresh de_press_release_drupal() {
    const std::string m = R"(<h1>Landkreis startet Rufbus in zwölf Gemeinden</h1>
<p>Ab dem 1. Juli fährt in zwölf Gemeinden des südlichen Landkreises ein Rufbus. Fahrgäste bestellen ihn per App oder Telefon bis dreißig Minuten vor der Fahrt und werden an jeder Haltestelle abgeholt.</p>
<p>Der Rufbus ersetzt auf drei Linien die großen Busse, die abends und am Wochenende oft fast leer fuhren. Er verkehrt täglich von sechs bis dreiundzwanzig Uhr zum normalen Tarif.</p>
<p>„Gerade ältere Menschen ohne Auto kommen so auch am Sonntag zum Arzt oder zur Familie“, sagt Landrätin Gabriele Huber.</p>
<div class="press-contact"><h3>Pressekontakt</h3><p>Markus Lehner<br>Pressestelle Landratsamt<br>Telefon 08551 57-118<br><a href="mailto:presse@example.org">presse@example.org</a></p></div>
<div class="downloads"><h3>Downloads</h3><ul><li><a href="/f/rufbus.pdf">Fahrplan Rufbus (PDF, 240 KB)</a></li><li><a href="/f/foto.jpg">Pressefoto (JPG, 2 MB)</a></li></ul></div>)";
    return {"de: press release with a press contact box and downloads (Drupal)",
            page(kDeDrupal, "Landkreis startet Rufbus in zwölf Gemeinden", m),
            {"Ab dem 1. Juli fährt in zwölf Gemeinden", "Der Rufbus ersetzt auf drei Linien die großen Busse",
             "Gerade ältere Menschen ohne Auto kommen so auch am Sonntag"},
            chrome(kDeDrupal, {"Fahrplan Rufbus (PDF", "Kita-Anmeldung jetzt online"}),
            {}};
}

// Reader comments of one kind for the short news items: a name, an age, a text, a reply link.
std::string comments_bare(const std::vector<std::pair<const char*, const char*>>& cs, const char* ago, const char* reply) {
    std::string h;
    for (const auto& [who, text] : cs)
        h += std::string("<div><div><b>") + who + "</b> <span>" + ago + "</span></div><div>" + text + "</div><div><a href=\"#r\">" + reply + "</a></div></div>\n";
    return h;
}

// 19. German: a short news item (60 words) above a comment section six times its length and an
// author's bio box with a portrait, no class names.
Fresh de_short_news_comments_bio_bare() {
    const std::string m = std::string(R"(<div><h1>Freibad öffnet eine Woche früher</h1>
<div>Wegen des warmen Wetters öffnet das Freibad am Mühlbach bereits am kommenden Samstag, eine Woche früher als geplant. Die Becken sind gereinigt und gefüllt, das Personal steht bereit. Geöffnet ist täglich von neun bis zwanzig Uhr, die Saisonkarte kostet wie im Vorjahr sechzig Euro.</div></div>
<div><img src="/autor/kb.jpg" alt=""><b>Katrin Bauer</b><div>Katrin Bauer schreibt seit 2015 über die Gemeinden im Mühlbachtal, über Vereine, Gemeinderäte und alles, was die Menschen zwischen Kirchweih und Kläranlage bewegt. Vorher war sie Lokalredakteurin in Passau.</div><a href="/autor/katrin-bauer">Alle Artikel</a></div>
<div><div><b>14 Kommentare</b></div>
)") + comments_bare({{"Schwimmerin63", "Super Nachricht! Ich hoffe, dass dieses Jahr auch das Sportbecken morgens für Bahnenschwimmer reserviert wird, letzten Sommer war das ständig von Kindern belegt."},
                                  {"Papa_von_drei", "Sechzig Euro für die Saison ist fair, in der Stadt zahlt man fast das Doppelte. Wir kaufen gleich am Samstag drei Karten."},
                                  {"Rentner Gustl", "Hoffentlich funktioniert heuer die Dusche am Kinderbecken, die war letztes Jahr wochenlang kaputt und niemand hat sich gekümmert."},
                                  {"Mühlbacherin", "Gibt es wieder den Kiosk mit den Pommes? Ohne den ist ein Freibadtag für die Kinder nur halb so schön."},
                                  {"T. Maier", "Früher aufmachen ist schön, aber bitte dann auch im September länger offen lassen, wenn es noch warm ist."}},
                                 "vor 2 Stunden", "Antworten") +
                   "</div>";
    return {"de: 60-word news item above a long comment section and a bio box, no class names",
            page(kDeBare, "Freibad öffnet eine Woche früher", m),
            {"Wegen des warmen Wetters öffnet das Freibad am Mühlbach bereits", "die Saisonkarte kostet wie im Vorjahr sechzig Euro"},
            chrome(kDeBare, {"Katrin Bauer schreibt seit 2015", "Sportbecken morgens für Bahnenschwimmer", "Sechzig Euro für die Saison ist fair",
                             "Gibt es wieder den Kiosk mit den Pommes"}),
            {}};
}

// 20. English: a short news item (60 words) above a bio box and a longer comment thread with
// nested replies, in atomic classes inside a class-less layout.
Fresh en_short_news_comments_atomic() {
    auto c = [](const char* who, const char* when, const char* text, const std::string& replies = "") {
        return std::string("<div class=\"x1y1aw1k\"><div class=\"x78zum5\"><span class=\"x193iq5w\">") + who + "</span><span class=\"x193iq5w\">" + when +
               "</span></div><div class=\"x1lliihq\">" + text + "</div>" + (replies.empty() ? "" : "<div class=\"x1n2onr6\">" + replies + "</div>") + "</div>\n";
    };
    const std::string m = std::string(R"(<h1 class="x1heor9g">Footbridge to close for two weeks of repairs</h1>
<div class="x1lliihq">The footbridge between Mill Lane and the station will close from Monday 4 March for two weeks while its deck is replaced. Pedestrians will be directed over the road bridge, adding about five minutes to the walk. Cyclists are asked to dismount on the diversion, which has narrow pavements.</div>
<div class="x78zum5"><img src="/a/jp.jpg" alt=""><div><div class="x1heor9g">James Pollard</div><div class="x1lliihq">James Pollard is the Courier's transport reporter. He has covered the town's roads, rail and bus services since 2012 and cycles to work every day, whatever the weather.</div></div></div>
<div class="x1q0q8m5"><div class="x1heor9g">Comments (9)</div>
)") + c("HelenT", "2 hours ago", "Two weeks is optimistic. The last time they said two weeks it was closed for most of the summer and nobody told us why.",
           c("Courier reader", "1 hour ago", "That was the railings, this time it is the whole deck, so I would expect even longer to be honest.")) +
        c("mill_lane_resident", "2 hours ago", "The road bridge pavement is barely wide enough for one pushchair. Someone is going to get hurt with all the station traffic.") +
        c("Derek", "3 hours ago", "Could they not have done this in the school holidays? Half the kids from the estate use that bridge every morning.",
           c("HelenT", "2 hours ago", "Exactly what I said at the last council meeting, but apparently the contractor was only free now.")) + "</div>";
    return {"en: 60-word news item above a bio box and a longer nested comment thread (atomic classes in a class-less layout)",
            page(kEnBare, "Footbridge to close for two weeks of repairs", m),
            {"The footbridge between Mill Lane and the station will close", "Cyclists are asked to dismount on the diversion"},
            chrome(kEnBare, {"James Pollard is the Courier's transport reporter", "Two weeks is optimistic", "The road bridge pavement is barely wide enough",
                             "Could they not have done this in the school holidays"}),
            {}};
}

// 21. German: an article of many short sections, each an <h2>, one paragraph and a "read more"
// link to a longer page (a weekly round-up of the district), Drupal.
Fresh de_sections_read_more() {
    auto sec = [](const char* h, const char* p, const char* href) {
        return std::string("<h2>") + h + "</h2><p>" + p + "</p><p><a href=\"" + href + "\">Weiterlesen</a></p>\n";
    };
    const std::string m = std::string("<h1>Die Woche im Landkreis</h1>\n<p>Was in den vergangenen sieben Tagen in unseren Gemeinden los war, kurz zusammengefasst.</p>\n") +
                          sec("Neue Ärztin in Altdorf", "Die Hausarztpraxis am Marktplatz ist wieder besetzt: Dr. Sophie Lang übernimmt sie zum Monatsbeginn und nimmt auch neue Patienten auf.", "/n/101") +
                          sec("Kreisstraße wird saniert", "Zwischen Bergheim und Talhausen wird ab Montag die Fahrbahn erneuert. Die Umleitung über Oberried ist ausgeschildert und dauert etwa zehn Minuten länger.", "/n/102") +
                          sec("Musikschule sucht Räume", "Weil das alte Schulhaus verkauft wird, sucht die Musikschule ab Herbst neue Unterrichtsräume, möglichst mit gutem Schallschutz.", "/n/103") +
                          sec("Rekord beim Stadtradeln", "Mehr als neunhundert Menschen sind in drei Wochen zusammen über zweihunderttausend Kilometer geradelt, so viele wie nie zuvor.", "/n/104") +
                          sec("Bücherei verlängert Öffnungszeiten", "Die Gemeindebücherei öffnet künftig auch am Samstagvormittag. Möglich machen das zwei neue ehrenamtliche Helferinnen.", "/n/105");
    return {"de: weekly round-up of short <h2> sections each closed by a \"read more\" link (Drupal)",
            page(kDeDrupal, "Die Woche im Landkreis", m),
            {"Dr. Sophie Lang übernimmt sie zum Monatsbeginn", "Die Umleitung über Oberried ist ausgeschildert",
             "sucht die Musikschule ab Herbst neue Unterrichtsräume", "über zweihunderttausend Kilometer geradelt",
             "Die Gemeindebücherei öffnet künftig auch am Samstagvormittag"},
            chrome(kDeDrupal, {"Kita-Anmeldung jetzt online"}),
            {}};
}

// 22. Japanese: a village newsletter article in the old table layout, no <p>: text lines split by
// <br><br> inside a <font> in the middle cell.
Fresh ja_br_font_tables() {
    const std::string m = R"__(<font size="4"><b>棚田の田植え体験に六十人が参加</b></font><br><font size="2" color="#666666">2008年6月2日</font><br><br>
<font size="3">五月三十一日、上野地区の棚田で恒例の田植え体験が開かれ、町内外から親子連れなど約六十人が参加しました。<br><br>
参加者は地元の農家の方から苗の持ち方や植える間隔を教わり、裸足で田んぼに入って一本ずつ丁寧に苗を植えていきました。<br><br>
初めて参加したという小学三年生の男の子は「泥が冷たくて気持ちよかった。秋の稲刈りにもまた来たい」と話していました。<br><br>
収穫したお米は、十月の収穫祭で参加者にふるまわれる予定です。</font><br><br>
<font size="2"><a href="javascript:window.print()">印刷する</a> | <a href="/">トップへ戻る</a></font>)__";
    return {"ja: article of <br><br> lines in <font> in a table cell, no <p> (old table layout)",
            page(kJaTables, "棚田の田植え体験に六十人が参加", m),
            {"上野地区の棚田で恒例の田植え体験が開かれ", "裸足で田んぼに入って一本ずつ丁寧に苗を植えていきました",
             "秋の稲刈りにもまた来たい", "十月の収穫祭で参加者にふるまわれる予定です"},
            chrome(kJaTables, {"印刷する", "秋祭りの準備"}),
            {}};
}

// 23. German: a local report whose text sits in <td>s of a nested table with <font>, no <p>, and
// a photo with a caption in the next row.
Fresh de_font_td_tables() {
    const std::string m = R"(<table width="100%" cellpadding="4"><tr><td><font face="Arial" size="4"><b>Posaunenchor feiert sechzigsten Geburtstag</b></font></td></tr>
<tr><td><font face="Arial" size="2">Mit einem Festgottesdienst und einem Platzkonzert hat der Posaunenchor Oberried am Sonntag sein sechzigjähriges Bestehen gefeiert. Gegründet wurde der Chor 1949 von sieben jungen Männern, die ihre Instrumente von einem aufgelösten Werksorchester übernommen hatten.<br><br>Heute spielen zweiundzwanzig Bläserinnen und Bläser zwischen elf und achtundsiebzig Jahren im Chor. Geprobt wird jeden Donnerstag im Gemeindehaus.<br><br>Pfarrer Hans Wiedemann dankte den Musikern für sechzig Jahre Dienst bei Gottesdiensten, Beerdigungen und Ständchen zu runden Geburtstagen.</font></td></tr>
<tr><td align="center"><img src="/bilder/posaunen.jpg" width="300"><br><font size="1">Der Posaunenchor beim Platzkonzert vor der Kirche.</font></td></tr></table>
<font size="2"><a href="/index.php?id=3">zurück zur Übersicht</a></font>)";
    return {"de: local report in <font> inside the <td>s of a nested table, no <p> (old table layout)",
            page(kDeTables, "Posaunenchor feiert sechzigsten Geburtstag", m),
            {"Mit einem Festgottesdienst und einem Platzkonzert hat der Posaunenchor", "Heute spielen zweiundzwanzig Bläserinnen und Bläser",
             "Pfarrer Hans Wiedemann dankte den Musikern"},
            chrome(kDeTables, {"zurück zur Übersicht", "Seniorennachmittag im Pfarrheim"}),
            {}};
}

// 24. German: a category page of teasers in the Drupal theme: a one-line intro, then eight
// teasers, each a linked headline, a date and a summary sentence; a pager. The text is the list.
Fresh de_category_teasers_drupal() {
    const char* items[][3] = {
        {"Neue Ladesäulen an fünf Rathäusern", "12.03.2024", "Elektroautos können ab sofort an fünf Rathäusern des Landkreises kostenlos geladen werden."},
        {"Grüngutsammlung beginnt im April", "08.03.2024", "Die Abfuhr von Gartenabfällen startet in diesem Jahr zwei Wochen früher als bisher."},
        {"Landkreis fördert Streuobstwiesen", "05.03.2024", "Wer alte Obstbäume pflegt oder neue pflanzt, kann einen Zuschuss von bis zu tausend Euro beantragen."},
        {"Kreisbücherei zeigt Fotoausstellung", "01.03.2024", "Historische Aufnahmen aus den Dörfern des Landkreises sind bis Ende Mai im Foyer zu sehen."},
        {"Schulbus-Fahrplan wird angepasst", "27.02.2024", "Nach Beschwerden von Eltern fahren zwei Linien am Morgen zehn Minuten früher ab."},
        {"Ehrenamtspreis ausgeschrieben", "22.02.2024", "Vereine und Initiativen können sich bis zum 30. April um den mit fünftausend Euro dotierten Preis bewerben."}};
    std::string m = "<h1>Pressemitteilungen</h1>\n<p>Aktuelle Mitteilungen des Landratsamts.</p>\n<div class=\"view-content\">";
    int k = 0;
    for (const auto& it : items)
        m += std::string("<div class=\"views-row\"><h3><a href=\"/presse/") + std::to_string(++k) + "\">" + it[0] + "</a></h3><div class=\"date\">" + it[1] +
             "</div><p>" + it[2] + "</p></div>\n";
    m += "</div><nav class=\"pager\"><a href=\"?page=1\">1</a> <a href=\"?page=2\">2</a> <a href=\"?page=3\">3</a> <a href=\"?page=2\">nächste Seite ›</a></nav>";
    return {"de: category page of six teasers (headline, date, summary): the list is the text (Drupal)",
            page(kDeDrupal, "Pressemitteilungen", m),
            {"Neue Ladesäulen an fünf Rathäusern", "Elektroautos können ab sofort an fünf Rathäusern", "startet in diesem Jahr zwei Wochen früher",
             "kann einen Zuschuss von bis zu tausend Euro beantragen", "Historische Aufnahmen aus den Dörfern", "fahren zwei Linien am Morgen zehn Minuten früher ab",
             "um den mit fünftausend Euro dotierten Preis bewerben"},
            chrome(kDeDrupal, {"nächste Seite", "Kita-Anmeldung jetzt online"}),
            {}};
}

// 25. French: a category page of teasers without class names: image, linked title, summary.
Fresh fr_category_teasers_bare() {
    const char* items[][2] = {
        {"Comment choisir une ampoule pour une lampe de chevet", "Une lumière chaude de 2700 kelvins et une puissance modeste suffisent pour lire sans fatiguer les yeux."},
        {"Entretenir le laiton sans produits agressifs", "Un mélange de vinaigre blanc, de sel et de farine redonne son éclat au métal terni."},
        {"Suspension ou plafonnier : que mettre dans l'entrée ?", "Tout dépend de la hauteur sous plafond et de la largeur du couloir, explique notre décoratrice."},
        {"Cinq idées pour éclairer un balcon", "Guirlandes, lanternes solaires ou appliques étanches : nos conseils pour les soirées d'été."},
        {"Le verre soufflé, un savoir-faire lorrain", "Visite de l'atelier où naissent nos abat-jour, entre four à 1100 degrés et gestes transmis depuis des générations."}};
    std::string m = "<div><h1>Conseils et inspiration</h1>\n";
    int k = 0;
    for (const auto& it : items)
        m += std::string("<div><a href=\"/conseils/") + std::to_string(++k) + "\"><img src=\"/i/" + std::to_string(k) + ".jpg\" alt=\"\"></a><div><a href=\"/conseils/" +
             std::to_string(k) + "\">" + it[0] + "</a></div><div>" + it[1] + "</div></div>\n";
    m += "</div>";
    return {"fr: category page of five teasers (picture, linked title, summary), no class names",
            page(Site{"fr", "Atelier Lumière", Layout::bare, kFrAtomic.menu, kFrAtomic.side_heading, kFrAtomic.side, kFrAtomic.rights}, "Conseils et inspiration", m),
            {"Comment choisir une ampoule pour une lampe de chevet", "Une lumière chaude de 2700 kelvins", "redonne son éclat au métal terni",
             "Tout dépend de la hauteur sous plafond", "Guirlandes, lanternes solaires", "entre four à 1100 degrés"},
            chrome(kFrAtomic, {"Suspension Nuage lin"}),
            {}};
}

// 26. German: an author's bio box longer than the short post above it, and teasers of the
// author's other posts, atomic classes (a blog on the recipe site).
Fresh de_short_post_long_bio_atomic() {
    const std::string m = R"(<h1 class="x1heor9g">Warum ich Brot nur noch über Nacht gehen lasse</h1>
<div class="x1lliihq">Seit einem Jahr backe ich jedes Brot mit sehr wenig Hefe und lasse den Teig über Nacht im Kühlschrank gehen. Die Kruste wird dunkler, die Krume saftiger und das Brot bleibt drei Tage frisch.</div>
<div class="x1lliihq">Der Aufwand ist kleiner, als man denkt: abends fünf Minuten kneten, morgens formen und backen.</div>)";
    const std::string after = R"(<div class="x78zum5 x1q0q8m5"><img src="/a/mh.jpg" alt=""><div><div class="x1heor9g">Martin Haller</div>
<div class="x1lliihq">Martin Haller ist gelernter Bäcker und hat zwölf Jahre in einer Backstube in Salzburg gearbeitet, bevor er zum Kochzeit-Team kam. Er entwickelt unsere Brot- und Kuchenrezepte, testet jedes davon mindestens dreimal und beantwortet am liebsten die Fragen in den Kommentaren.</div>
<div class="x1lliihq">In seiner Freizeit pflegt er einen Sauerteig, der älter ist als seine Tochter, und fährt mit dem Rad zu den Mühlen der Umgebung, um neue Mehlsorten zu probieren.</div>
<a href="/autor/martin-haller">Alle Beiträge von Martin</a></div></div>
<div class="x1q0q8m5"><div class="x1heor9g">Mehr von Martin</div>
<div class="x1y1aw1k"><a href="/b/1">Roggenbrot mit Sauerteig für Einsteiger</a><div>Mit diesem Rezept gelingt das erste Sauerteigbrot garantiert.</div></div>
<div class="x1y1aw1k"><a href="/b/2">Die fünf häufigsten Fehler beim Brotbacken</a><div>Von zu kalter Gare bis zu früh angeschnittenem Brot.</div></div></div>)";
    return {"de: short post, bio box longer than it and the author's other posts (atomic classes)",
            page(kDeAtomic, "Warum ich Brot nur noch über Nacht gehen lasse", m, after),
            {"Seit einem Jahr backe ich jedes Brot mit sehr wenig Hefe", "abends fünf Minuten kneten, morgens formen und backen"},
            chrome(kDeAtomic, {"Martin Haller ist gelernter Bäcker", "pflegt er einen Sauerteig", "Roggenbrot mit Sauerteig für Einsteiger",
                               "Die fünf häufigsten Fehler beim Brotbacken"}),
            {}};
}

// 27. English: a company "about" page in atomic classes: mission, a timeline as a <ul> of years,
// the leadership as name/role cards, an office address box.
Fresh en_about_atomic() {
    const std::string m = R"(<h1 class="x1heor9g">About Brightline</h1>
<div class="x1lliihq">Brightline started in 2017 in a spare room in Leeds, when two friends who ran a care home and a bakery got tired of building rotas in spreadsheets every Sunday evening.</div>
<div class="x1lliihq">Today our software plans the shifts of more than forty thousand people in clinics, shops and warehouses across the UK and Ireland.</div>
<div class="x1heor9g">Our story</div>
<ul class="x1n2onr6"><li>2017: the first rota is published for a single care home.</li><li>2019: the mobile app lets staff swap shifts themselves.</li><li>2022: we open our second office in Dublin.</li></ul>
<div class="x78zum5"><div class="x1y1aw1k"><b>Sara Okafor</b><div>Co-founder and CEO</div></div><div class="x1y1aw1k"><b>Tom Reilly</b><div>Co-founder and CTO</div></div></div>
<div class="x1q0q8m5"><div class="x1heor9g">Visit us</div><div>12 Wharf Street, Leeds LS2 7EQ</div><a href="/contact">Contact form</a></div>)";
    return {"en: company about page, mission, timeline list, team cards (atomic classes)",
            page(kEnAtomic, "About Brightline", m),
            {"Brightline started in 2017 in a spare room in Leeds", "Today our software plans the shifts of more than forty thousand people",
             "the mobile app lets staff swap shifts themselves", "we open our second office in Dublin"},
            chrome(kEnAtomic, {"Integration guides", "Cookie preferences"}),
            {}};
}

// 28. German: a landing page of a product (an e-bike) without class names, short feature
// sections of a heading and a sentence in <div>s, a price line and a dealer search.
Fresh de_product_landing_bare() {
    const std::string m = R"(<div><h1>Das neue Stadtrad E-7</h1><div>Leicht genug zum Tragen, stark genug für jeden Berg: das E-7 ist unser erstes E-Bike unter achtzehn Kilogramm.</div></div>
<div><div><h2>Akku im Rahmen</h2><div>Der Akku sitzt unsichtbar im Unterrohr und reicht für bis zu hundert Kilometer.</div></div>
<div><h2>Riemen statt Kette</h2><div>Der Carbonriemen läuft ohne Öl und hält mindestens zwanzigtausend Kilometer.</div></div>
<div><h2>Licht, das mitdenkt</h2><div>Ein Sensor schaltet das Licht bei Dämmerung ein und das Rücklicht blinkt beim Bremsen.</div></div></div>
<div><div>ab 2.799 Euro</div><a href="/haendler">Händler in Ihrer Nähe finden</a></div>)";
    return {"de: product landing page, short feature sections in <div>s, no class names",
            page(kDeBare, "Das neue Stadtrad E-7", m),
            {"das E-7 ist unser erstes E-Bike unter achtzehn Kilogramm", "Der Akku sitzt unsichtbar im Unterrohr",
             "Der Carbonriemen läuft ohne Öl", "Ein Sensor schaltet das Licht bei Dämmerung ein"},
            chrome(kDeBare, {"Händler in Ihrer Nähe finden", "Parkett selbst abschleifen"}),
            {}};
}

std::vector<Fresh> fresh_pages() {
    return {de_service_landing(),        en_app_landing_atomic(),      de_about_bare(),         de_recipe_plain_table(),
            pl_recipe_bare_table(),      fr_product_tab_dl(),          de_forum_phpbb_table(),  es_forum_tables(),
            de_forum_modern_bare(),      ja_qa_atomic(),               de_qa_drupal(),          de_docs_nav_tree_bare(),
            pl_glossary_dl(),            de_event_atomic(),            fr_event_drupal(),       es_job_bare(),
            de_job_drupal(),             de_press_release_drupal(),    de_short_news_comments_bio_bare(),
            en_short_news_comments_atomic(), de_sections_read_more(),  ja_br_font_tables(),     de_font_td_tables(),
            de_category_teasers_drupal(), fr_category_teasers_bare(),  de_short_post_long_bio_atomic(),
            en_about_atomic(),           de_product_landing_bare()};
}

// The number of pages that pass whole. Only ever rises.
constexpr int kFresh12Floor = 27;

}  // namespace

TEST_CASE("fresh page kinds, round 12 (pages that are not news articles, in Drupal, class-less, atomic-class and table layouts): the main text is in and the chrome is out") {
    const auto all = fresh_pages();
    winnow::test::PageTally t = winnow::test::tally_pages(all, "f12_");
    winnow::test::tally_headlines(all, t);
    MESSAGE("fresh pages (round 12) passed whole: ", t.passed, " of ", all.size(), t.report);
    CHECK(t.passed >= kFresh12Floor);
}
// Each mechanism the round 12 pages led to, on small pages in other languages and markups, with
// the case it must leave alone.
namespace {

// A small page without class names: a banner, the given column, a sidebar of two links, a footer.
std::string bare_page(const char* lang, const char* title, const std::string& column) {
    return std::string("<!DOCTYPE html><html lang=\"") + lang + "\"><head><meta charset=\"utf-8\"><title>" + title +
           "</title></head><body><div><a href=\"/\">Site</a></div><div><div>" + column +
           "</div><div><div>Plus</div><div><a href=\"/x/1\">Eins zwei drei vier</a></div><div><a href=\"/x/2\">Fünf sechs sieben acht</a></div></div></div>" +
           "<div><a href=\"/imp\">Impressum</a></div></body></html>";
}

}  // namespace

TEST_CASE("a writer's profile whose paragraphs are <div>s (portrait, a name line, a <div> opening with the name) is a profile, and never stands in for the short item a thread follows") {
    using winnow::test::block_text_of;
    using winnow::test::has;
    const auto c = [](const char* who, const char* text) {
        return std::string("<div><div><b>") + who + "</b> <span>hace 2 horas</span></div><div>" + text + "</div><div><a href=\"#r\">Responder</a></div></div>";
    };
    // Spanish: a one-<div> item, the profile in <div>s, a thread of readers' posts.
    const std::string es = block_text_of(bare_page("es", "Cierra el puente viejo por obras", std::string(R"__(<div><h1>Cierra el puente viejo por obras</h1>
<div>El puente viejo sobre el río cerrará el lunes durante tres semanas para sustituir su tablero. Los peatones deberán cruzar por el puente nuevo, a unos diez minutos a pie, y los autobuses cambiarán de parada.</div></div>
<div><img src="/a.jpg" alt=""><div><div>Lucía Romero</div><div>Lucía Romero cubre la información municipal y de transporte desde 2014. Antes trabajó en la radio local y en un diario de Murcia.</div></div></div>
<div><div><b>12 comentarios</b></div>)__") + c("vecina_del_centro", "Tres semanas seguro que acaban siendo tres meses, como pasó con la plaza del mercado el año pasado y nadie explicó por qué.") +
        c("Antonio G.", "El puente nuevo no tiene acera suficiente para los carritos de bebé, alguien se va a llevar un susto con tanto tráfico.") +
        c("Marisa", "¿No podían hacerlo en agosto, cuando no hay colegio? Medio barrio cruza ese puente cada mañana con los niños.") + "</div>"));
    CHECK(has(es, "El puente viejo sobre el río cerrará el lunes"));
    CHECK_FALSE(has(es, "Lucía Romero cubre la información municipal"));
    CHECK_FALSE(has(es, "como pasó con la plaza del mercado"));
    // Left alone: a team page, each person a portrait, a name line and a <div> about them.
    const std::string pl = block_text_of(bare_page("pl", "Nasz zespół", R"__(<div><h1>Nasz zespół</h1>
<div>Jesteśmy małą pracownią projektową z Gdańska. Projektujemy szkoły, biblioteki i domy kultury w całym województwie.</div></div>
<div><img src="/1.jpg" alt=""><div><div>Anna Kowalska</div><div>Anna Kowalska założyła pracownię w 2010 roku i prowadzi każdy projekt od pierwszego szkicu do odbioru budynku.</div></div></div>
<div><img src="/2.jpg" alt=""><div><div>Piotr Nowak</div><div>Piotr Nowak jest konstruktorem, specjalizuje się w budynkach z drewna klejonego i uczy na politechnice.</div></div></div>)__"));
    CHECK(has(pl, "Piotr Nowak jest konstruktorem"));
}

TEST_CASE("a date line holding or beside a span of hours is an event's date and stays; a publication's dateline with one time still goes") {
    using winnow::test::block_text_of;
    using winnow::test::has;
    const std::string en = block_text_of(bare_page("en", "Open studios weekend", R"__(<h1>Open studios weekend</h1>
<div><div>Saturday 14 September 2024</div><div>10.00–17.00</div><div>Dock Street, Unit 4</div></div>
<div>Twenty artists open their studios in the old warehouse for one weekend, with demonstrations of printmaking, pottery and weaving.</div>
<div>Entry is free and the café on the ground floor serves lunch from noon.</div>)__"));
    CHECK(has(en, "Saturday 14 September 2024"));
    const std::string fr = block_text_of(bare_page("fr", "Concert d'orgue à la cathédrale", R"__(<h1>Concert d'orgue à la cathédrale</h1>
<p>Dimanche 6 octobre 2024, de 16:00 à 17:30</p>
<p>L'organiste titulaire jouera des œuvres de Bach, de Franck et de Messiaen sur le grand orgue restauré l'an dernier.</p>
<p>L'entrée est libre, une quête sera faite à la sortie au profit de l'entretien de l'instrument.</p>)__"));
    CHECK(has(fr, "Dimanche 6 octobre 2024, de 16:00"));
    const std::string de = block_text_of(bare_page("de", "Neue Ampel am Marktplatz", R"__(<h1>Neue Ampel am Marktplatz</h1>
<div>12.03.2024, 14:30 Uhr</div>
<p>Am Marktplatz wird ab Montag eine neue Fußgängerampel gebaut. Die Arbeiten dauern etwa zwei Wochen.</p>
<p>Während der Bauzeit ist die Einfahrt in die Kirchgasse gesperrt, Busse fahren eine Umleitung.</p>)__"));
    CHECK_FALSE(has(de, "12.03.2024, 14:30 Uhr"));
    // Nor are two prices a span of hours: "10.41 - -0.19" beside a quote's time stamp.
    const std::string quote = block_text_of(bare_page("de", "Ölpreis fällt weiter", R"__(<h1>Ölpreis fällt weiter</h1>
<p>Der Preis für ein Barrel der Nordseesorte Brent ist am Freitag erneut gefallen, zum dritten Mal in dieser Woche.</p>
<p>Händler verweisen auf volle Lager in den Vereinigten Staaten und eine schwächere Nachfrage aus Asien.</p>
<div><div>Stand 05.04.2013, 12:51 Uhr</div><div>10.41 - -0.19</div></div>)__"));
    CHECK_FALSE(has(quote, "Stand 05.04.2013, 12:51 Uhr"));
}

TEST_CASE("entries of a list page keep their headline lines with their summaries; a link line between an article's paragraphs still goes") {
    using winnow::test::block_text_of;
    using winnow::test::has;
    const auto entry = [](int k, const char* title, const char* summary) {
        return std::string("<div><a href=\"/b/") + std::to_string(k) + "\"><img src=\"/i/" + std::to_string(k) + ".jpg\" alt=\"\"></a><div><a href=\"/b/" +
               std::to_string(k) + "\">" + title + "</a></div><div>" + summary + "</div></div>\n";
    };
    // German: a blog's index page, four entries of a picture, a linked title and a summary.
    const std::string de = block_text_of(bare_page("de", "Reiseberichte", std::string("<div><h1>Reiseberichte</h1>\n") +
        entry(1, "Zu Fuß über die Alpen in zwölf Tagen", "Von Oberstdorf nach Meran auf dem E5, mit Hütten, Regen und einem Ruhetag am Gletscher.") +
        entry(2, "Mit dem Nachtzug nach Split", "Warum die Fahrt im Liegewagen entspannter war als jeder Flug und was man mitnehmen sollte.") +
        entry(3, "Drei Tage Lissabon ohne Auto", "Straßenbahn, Fähre und viele Treppen: unsere Route durch die Altstadt und nach Belém.") +
        entry(4, "Radfahren an der Ostsee", "Von Lübeck nach Rostock in vier Etappen, flach, windig und mit sehr viel Fischbrötchen.") + "</div>"));
    CHECK(has(de, "Zu Fuß über die Alpen in zwölf Tagen"));
    CHECK(has(de, "Radfahren an der Ostsee"));
    CHECK(has(de, "Von Lübeck nach Rostock in vier Etappen"));
    // Left alone: linked headline lines between an article's own paragraphs (read-also teasers).
    const std::string en = block_text_of(bare_page("en", "Council votes to keep the library open", R"__(<div><h1>Council votes to keep the library open</h1>
<p>The council voted on Thursday to keep the branch library open for at least three more years, after a petition signed by more than four thousand residents.</p>
<div><a href="/n/1">Library petition reaches four thousand signatures</a></div>
<p>The library will open on Saturday mornings again from next month, staffed partly by volunteers from the friends' group that organised the petition.</p>
<div><a href="/n/2">Volunteers wanted for the reading club</a></div>
<p>Councillors also agreed to look at moving the town's archive into the library's empty upper floor, which has been closed since the roof leaked in 2019.</p>
<div><a href="/n/3">Roof repairs finished at the town hall</a></div>
<p>A report on the cost of the move is expected before the summer.</p></div>)__"));
    CHECK(has(en, "A report on the cost of the move is expected"));
    CHECK_FALSE(has(en, "Volunteers wanted for the reading club"));
}

TEST_CASE("a row of star glyphs beside a figure and a count is a rating widget; a verdict line that opens with a label stays") {
    using winnow::test::block_text_of;
    using winnow::test::has;
    const std::string pl = block_text_of(bare_page("pl", "Zupa pomidorowa", R"__(<h1>Zupa pomidorowa</h1>
<p>Zupa pomidorowa na rosole to klasyk niedzielnego obiadu. Najlepsza jest z makaronem albo z ryżem i łyżką śmietany.</p>
<p>Rosół zagotuj, dodaj przecier pomidorowy i gotuj jeszcze dziesięć minut, a na końcu zabiel śmietaną.</p>
<div><span>★★★★☆</span> <span>4,2 (57 ocen)</span></div>)__"));
    CHECK(has(pl, "Rosół zagotuj, dodaj przecier"));
    CHECK_FALSE(has(pl, "57 ocen"));
    const std::string ja = block_text_of(bare_page("ja", "駅前の新しいパン屋", R"__(<h1>駅前の新しいパン屋</h1>
<p>駅前に先月開店したパン屋に行ってきました。朝七時から営業していて、通勤前に焼きたてのクロワッサンが買えます。</p>
<p>一番人気のあんバターサンドは昼前に売り切れることが多いので、早めに行くのがおすすめです。</p>
<p>総合評価：★★★★☆ 店内は狭いですが、また行きたいと思います。</p>)__"));
    CHECK(has(ja, "総合評価：★★★★☆"));
}

TEST_CASE("two sibling entries, each a name and stars over a text and nothing else beside them, are a product's reviews; two rated products under headings stay") {
    using winnow::test::block_text_of;
    using winnow::test::has;
    const std::string de = block_text_of(bare_page("de", "Thermoskanne Bergfex 1 Liter", R"__(<div><h1>Thermoskanne Bergfex 1 Liter</h1>
<p>Die Bergfex hält Getränke bis zu vierundzwanzig Stunden heiß und ist dank doppelter Edelstahlwand außen nie warm. Der Deckel dient zugleich als Becher.</p>
<p>Sie ist spülmaschinenfest, wiegt leer 480 Gramm und passt in jede Seitentasche eines Wanderrucksacks.</p></div>
<div><div><b>Jonas</b> ★★★★★<div>Hält wirklich den ganzen Tag warm, auch bei Minusgraden auf dem Gipfel.</div></div><div><b>Petra</b> ★★★☆☆<div>Gut, aber der Becher ist mir etwas zu klein.</div></div></div>)__"));
    CHECK(has(de, "passt in jede Seitentasche"));
    CHECK_FALSE(has(de, "auch bei Minusgraden auf dem Gipfel"));
    const std::string en = block_text_of(bare_page("en", "Two flasks for winter walks", R"__(<div><h1>Two flasks for winter walks</h1>
<p>We took two steel flasks on a week of winter walks in the Peak District to see which keeps tea hot longest.</p></div>
<div><div><h2>Summit 750</h2> ★★★★☆<div>The Summit kept tea above seventy degrees for nine hours, but its cup is small and the lid is fiddly with gloves on.</div></div><div><h2>Trailhead 1L</h2> ★★★☆☆<div>The Trailhead holds more and pours well, yet by the afternoon the tea was only warm, not hot.</div></div></div>)__"));
    CHECK(has(en, "The Trailhead holds more and pours well"));
}
