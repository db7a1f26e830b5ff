// The sites of the round 13 fresh pages (tests/test_extract_fresh13*.cpp): five page templates
// unlike those of rounds 1-12 — a WordPress theme of 2010 (widget sidebar with a text widget,
// archives and blogroll), a news site of 2015 in <div>s (three menus, a breadcrumb, a ticker
// line, a sidebar of teasers with prose), a TYPO3 site of an authority (sub-navigation column,
// content elements, a contact column), a Bootstrap site with a cookie banner and a footer of
// prose, and a news site of 2005-2015 in tables and <font>. Each site has chrome written as prose
// (a sidebar sentence, a footer sentence, a cookie sentence), which the output must lose.
#pragma once

#include <string>
#include <vector>

#include "extract_test_util.hpp"

namespace winnow::test::fresh13 {

enum class Layout { wp2010, news2015, typo3, bootstrap, tables };

struct Site {
    const char* lang;
    const char* name;
    Layout layout;
    std::vector<const char*> menu;
    const char* side_heading;
    const char* side_prose;  // a sentence of the sidebar (an "about me" widget, a contact box)
    std::vector<const char*> side;
    const char* footer_prose;  // a sentence of the footer about the site or its owner
    const char* rights;
    const char* cookie;  // the cookie banner's sentence (bootstrap and news2015 layouts)
};

inline std::string links(const std::vector<const char*>& items, const std::string& base, const char* before, const char* after) {
    std::string h;
    int k = 0;
    for (const char* m : items) h += std::string(before) + "<a href=\"" + base + std::to_string(++k) + "\">" + m + "</a>" + after;
    return h;
}

inline std::string head(const Site& s, const std::string& title) {
    return std::string("<!DOCTYPE html>\n<html lang=\"") + s.lang + "\"><head><meta charset=\"utf-8\"><title>" + title + " | " + s.name +
           "</title><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head>\n";
}

inline std::string wp2010(const Site& s, const std::string& main, const std::string& after) {
    return std::string("<body class=\"single single-post\"><div id=\"wrapper\" class=\"hfeed\"><div id=\"header\"><div id=\"masthead\"><div id=\"branding\" role=\"banner\">"
                       "<div id=\"site-title\"><span><a href=\"/\" title=\"") +
           s.name + "\" rel=\"home\">" + s.name + "</a></span></div><div id=\"site-description\">" + s.side_heading +
           "</div></div><div id=\"access\" role=\"navigation\"><div class=\"menu-header\"><ul id=\"menu-main\" class=\"menu\">" +
           links(s.menu, "/?page_id=", "<li class=\"menu-item\">", "</li>") +
           "</ul></div></div></div></div>\n<div id=\"main\"><div id=\"container\"><div id=\"content\" role=\"main\">" + main + after +
           "</div></div>\n<div id=\"primary\" class=\"widget-area\" role=\"complementary\"><ul class=\"xoxo\">"
           "<li id=\"text-3\" class=\"widget-container widget_text\"><h3 class=\"widget-title\">" +
           s.side_heading + "</h3><div class=\"textwidget\">" + s.side_prose +
           "</div></li><li id=\"archives-2\" class=\"widget-container widget_archive\"><h3 class=\"widget-title\">Archiv</h3><ul>"
           "<li><a href=\"/2010/06/\">Juni 2010</a> (4)</li><li><a href=\"/2010/05/\">Mai 2010</a> (7)</li><li><a href=\"/2010/04/\">April 2010</a> (5)</li></ul></li>"
           "<li id=\"linkcat-2\" class=\"widget-container widget_links\"><h3 class=\"widget-title\">Blogroll</h3><ul class=\"xoxo blogroll\">" +
           links(s.side, "http://blog.example.net/", "<li>", "</li>") +
           "</ul></li></ul></div></div>\n<div id=\"footer\" role=\"contentinfo\"><div id=\"colophon\"><div id=\"footer-widget-area\"><div class=\"textwidget\">" +
           s.footer_prose + "</div></div><div id=\"site-info\">" + s.rights +
           "</div><div id=\"site-generator\"><a href=\"http://wordpress.org/\">Proudly powered by WordPress.</a></div></div></div></div>";
}

inline std::string news2015(const Site& s, const std::string& main, const std::string& after) {
    return std::string("<body><div class=\"cookie-notice\"><p>") + s.cookie +
           " <a href=\"/datenschutz\">Mehr</a> <button>OK</button></p></div>\n<div class=\"page\"><div class=\"topbar\"><ul class=\"service-links\"><li><a href=\"/abo\">Abo</a></li>"
           "<li><a href=\"/epaper\">E-Paper</a></li><li><a href=\"/anzeigen\">Anzeigen</a></li><li><a href=\"/login\">Login</a></li></ul></div>"
           "<div class=\"header\"><a class=\"logo\" href=\"/\">" +
           s.name + "</a></div><div class=\"mainnav\"><ul>" + links(s.menu, "/ressort/", "<li>", "</li>") +
           "</ul></div><div class=\"subnav\"><ul><li><a href=\"/r/1/a\">Stadt</a></li><li><a href=\"/r/1/b\">Region</a></li><li><a href=\"/r/1/c\">Polizei</a></li>"
           "<li><a href=\"/r/1/d\">Verkehr</a></li></ul></div>\n<div class=\"content-wrapper\"><div class=\"breadcrumb\"><a href=\"/\">" +
           s.name + "</a> &gt; <a href=\"/ressort/1\">" + s.menu[0] + "</a></div><div class=\"main-column\">" + main + after +
           "</div>\n<div class=\"sidebar\"><div class=\"box box-teaser\"><h3>" + s.side_heading + "</h3><p>" + s.side_prose + "</p><ul>" +
           links(s.side, "/artikel/", "<li>", "</li>") +
           "</ul></div><div class=\"ad ad-skyscraper\">Anzeige</div></div></div>\n<div class=\"footer\"><div class=\"footer-links\"><ul>" +
           links(s.menu, "/ressort/", "<li>", "</li>") + "</ul></div><p class=\"footer-about\">" + s.footer_prose + "</p><p class=\"copyright\">" +
           s.rights + "</p></div></div>";
}

inline std::string typo3(const Site& s, const std::string& main, const std::string& after) {
    return std::string("<body id=\"p42\"><div id=\"page\"><div id=\"header\"><div id=\"logo\"><a href=\"/\"><img src=\"/fileadmin/logo.png\" alt=\"") + s.name +
           "\"></a></div><ul id=\"mainnav\">" + links(s.menu, "/index.php?id=", "<li>", "</li>") +
           "</ul><div id=\"searchbox\"><form action=\"/suche\"><input type=\"text\" name=\"q\"><input type=\"submit\" value=\"Suchen\"></form></div></div>\n"
           "<div id=\"main\"><div id=\"col1\"><ul class=\"subnav\">" +
           links(s.side, "/index.php?id=7", "<li>", "</li>") + "</ul></div>\n<div id=\"col3\"><div id=\"col3_content\"><!--TYPO3SEARCH_begin-->" + main + after +
           "<!--TYPO3SEARCH_end--></div></div>\n<div id=\"col2\"><div class=\"csc-default\"><div class=\"csc-header\"><h3>" + s.side_heading +
           "</h3></div><p class=\"bodytext\">" + s.side_prose +
           "</p></div></div></div>\n<div id=\"footer\"><p class=\"bodytext\">" + s.footer_prose + "</p><p>" + s.rights + "</p></div></div>";
}

inline std::string bootstrap(const Site& s, const std::string& main, const std::string& after) {
    return std::string("<body><nav class=\"navbar navbar-expand-lg navbar-light bg-light\"><div class=\"container\"><a class=\"navbar-brand\" href=\"/\">") + s.name +
           "</a><ul class=\"navbar-nav\">" + links(s.menu, "/s/", "<li class=\"nav-item\">", "</li>") +
           "</ul></div></nav>\n<div class=\"container my-4\"><div class=\"row\"><div class=\"col-md-8\">" + main + after +
           "</div>\n<div class=\"col-md-4\"><div class=\"card mb-3\"><div class=\"card-body\"><h5 class=\"card-title\">" + s.side_heading +
           "</h5><p class=\"card-text\">" + s.side_prose + "</p><ul class=\"list-unstyled\">" + links(s.side, "/s/more/", "<li>", "</li>") +
           "</ul></div></div></div></div></div>\n<footer class=\"bg-dark text-light py-4\"><div class=\"container\"><div class=\"row\"><div class=\"col-md-6\"><p>" +
           s.footer_prose + "</p></div><div class=\"col-md-6\"><p class=\"small\">" + s.rights +
           "</p></div></div></div></footer>\n<div id=\"cookie-consent\" class=\"fixed-bottom bg-white p-3\"><p>" + s.cookie +
           "</p><button class=\"btn btn-primary\">Accept</button> <a href=\"/privacy\">Settings</a></div>";
}

inline std::string tables(const Site& s, const std::string& main, const std::string& after) {
    return std::string("<body bgcolor=\"#ffffff\" topmargin=\"0\"><table width=\"980\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\" align=\"center\">"
                       "<tr><td colspan=\"3\"><a href=\"/\"><img src=\"/img/kopf.gif\" alt=\"") +
           s.name + "\" border=\"0\"></a></td></tr>\n<tr><td colspan=\"3\" bgcolor=\"#003366\"><font face=\"Arial\" size=\"2\" color=\"#ffffff\">" +
           links(s.menu, "/index.php?rubrik=", "", " | ") + "</font></td></tr>\n<tr><td width=\"150\" valign=\"top\" bgcolor=\"#e8e8e8\"><font face=\"Arial\" size=\"2\">" +
           links(s.side, "/index.php?artikel=", "", "<br><br>") + "</font></td>\n<td width=\"620\" valign=\"top\"><font face=\"Arial\" size=\"2\">" + main + after +
           "</font></td>\n<td width=\"210\" valign=\"top\"><font face=\"Arial\" size=\"2\"><b>" + s.side_heading + "</b><br>" + s.side_prose +
           "</font></td></tr>\n<tr><td colspan=\"3\" align=\"center\"><font face=\"Arial\" size=\"1\">" + s.footer_prose + "<br>" + s.rights +
           "</font></td></tr></table>";
}

// The whole page in the site's layout: `main` and then `after` in the main column.
inline std::string page(const Site& s, const std::string& title, const std::string& main, const std::string& after = "") {
    std::string h = head(s, title);
    switch (s.layout) {
        case Layout::wp2010: h += wp2010(s, main, after); break;
        case Layout::news2015: h += news2015(s, main, after); break;
        case Layout::typo3: h += typo3(s, main, after); break;
        case Layout::bootstrap: h += bootstrap(s, main, after); break;
        case Layout::tables: h += tables(s, main, after); break;
    }
    return h + "</body></html>\n";
}

// Chrome every page of a site must lose (its prose sentences and a sidebar link), with the
// page's own pieces.
inline std::vector<std::string> chrome(const Site& s, std::vector<std::string> extra) {
    extra.emplace_back(s.side_prose);
    extra.emplace_back(s.footer_prose);
    extra.emplace_back(s.side[1]);
    if (s.cookie[0] != '\0' && (s.layout == Layout::bootstrap || s.layout == Layout::news2015)) extra.emplace_back(s.cookie);
    return extra;
}

}  // namespace winnow::test::fresh13

namespace winnow::test::fresh13 {

inline const Site kDeWp{"de", "Tinas Gartenblog", Layout::wp2010, {"Start", "Über mich", "Gemüse", "Obst", "Kontakt"}, "Über mich",
                        "Ich bin Tina, gärtnere seit zwölf Jahren auf einer Parzelle am Stadtrand und schreibe hier über alles, was dort wächst oder eingeht.",
                        {"Kraut und Rüben", "Der Balkongärtner", "Grüne Daumen Berlin"},
                        "Alle Texte und Fotos auf diesem Blog sind von mir, bitte fragt kurz nach, bevor ihr sie woanders verwendet.",
                        "© 2010 Tinas Gartenblog", ""};
inline const Site kEnWp{"en", "Byte-sized Notes", Layout::wp2010, {"Home", "About", "Projects", "Archives"}, "About me",
                        "I am a backend developer in Leeds who writes down the fixes he would otherwise have to search for again next year.",
                        {"Planet Python", "Julia's notebook", "The Morning Paper"},
                        "Opinions here are my own and not those of my employer, past or present.", "© 2010 Byte-sized Notes", ""};
inline const Site kJaWp{"ja", "週末パン日記", Layout::wp2010, {"ホーム", "プロフィール", "レシピ一覧", "お問い合わせ"}, "プロフィール",
                        "会社員をしながら週末だけパンを焼いています。天然酵母と国産小麦が好きです。",
                        {"こむぎ日和", "粉もの研究所", "台所のすみっこ"},
                        "当ブログの写真と文章の無断転載はご遠慮ください。", "© 2010 週末パン日記", ""};
inline const Site kFrWp{"fr", "La Cuisine de Margot", Layout::wp2010, {"Accueil", "Recettes", "Desserts", "À propos"}, "Qui suis-je ?",
                        "Je m'appelle Margot, je cuisine pour une famille de cinq et je partage ici les recettes qui ont survécu aux critiques des enfants.",
                        {"Chocolat & Zeste", "Papilles et Pupilles", "Le Pain de Clémence"},
                        "Toutes les photos de ce blog sont protégées, merci de ne pas les utiliser sans mon accord.", "© 2011 La Cuisine de Margot", ""};
inline const Site kDeNews{"de", "Neue Kreiszeitung", Layout::news2015, {"Lokales", "Politik", "Wirtschaft", "Sport", "Kultur", "Ratgeber"}, "Meistgelesen",
                          "Diese Artikel haben unsere Leserinnen und Leser in den vergangenen 24 Stunden am häufigsten aufgerufen.",
                          {"Neues Baugebiet am Mühlbach genehmigt", "Eisdiele am Markt schließt nach 40 Jahren", "Stau auf der B12 nach Unfall"},
                          "Die Neue Kreiszeitung erscheint seit 1949 täglich außer sonntags und wird in über 60 Gemeinden gelesen.",
                          "© 2015 Neue Kreiszeitung Verlags-GmbH & Co. KG. Alle Rechte vorbehalten.",
                          "Diese Website verwendet Cookies, um Ihnen den bestmöglichen Service zu bieten und Inhalte zu personalisieren."};
inline const Site kEnNews{"en", "The Valley Herald", Layout::news2015, {"News", "Sport", "Business", "Opinion", "Lifestyle", "Obituaries"}, "Most popular",
                          "These are the stories our readers have shared most in the past day.",
                          {"Council approves new swimming pool", "Bypass closed overnight for resurfacing", "Bakery wins national award"},
                          "The Valley Herald has served the towns of the valley since 1881 and is part of a family of regional titles.",
                          "© 2015 Valley Herald Media Ltd. All rights reserved.",
                          "We use cookies to give you the best experience on our website and to show you relevant advertising."};
inline const Site kTrNews{"tr", "Ege Postası", Layout::news2015, {"Gündem", "Ekonomi", "Spor", "Yaşam", "Yazarlar"}, "Çok okunanlar",
                          "Son yirmi dört saatte okurlarımızın en çok ilgi gösterdiği haberler burada listelenir.",
                          {"Körfezde deniz suyu sıcaklığı rekor kırdı", "Yeni metro hattı için ihale tarihi belli oldu", "Zeytin hasadında verim düştü"},
                          "Ege Postası, bölgenin haberlerini 1996 yılından bu yana bağımsız olarak okurlarına ulaştırmaktadır.",
                          "© 2015 Ege Postası Gazetecilik A.Ş. Tüm hakları saklıdır.",
                          "Sitemizde çerezler kullanılmaktadır; siteyi kullanmaya devam ederek çerez politikamızı kabul etmiş olursunuz."};
inline const Site kDeTypo3{"de", "Stadt Lindenfels", Layout::typo3, {"Rathaus & Service", "Leben in Lindenfels", "Wirtschaft", "Tourismus", "Aktuelles"}, "Kontakt",
                           "Bürgerbüro im Rathaus, Marktplatz 1, geöffnet Montag bis Freitag von 8 bis 12 Uhr und Donnerstag von 14 bis 18 Uhr.",
                           {"Abfall und Wertstoffe", "Ausweise und Pässe", "Gewerbe anmelden", "Fundbüro"},
                           "Die Stadt Lindenfels ist staatlich anerkannter Luftkurort und liegt mitten im Naturpark Bergstraße-Odenwald.",
                           "© Stadt Lindenfels · Impressum · Datenschutz", ""};
inline const Site kDeUni{"de", "Hochschule Nordheide", Layout::typo3, {"Studium", "Forschung", "Hochschule", "Karriere", "International"}, "Studienberatung",
                         "Die Zentrale Studienberatung hilft bei allen Fragen rund um Bewerbung, Studienwahl und Studienorganisation, auch per Videosprechstunde.",
                         {"Studiengänge A–Z", "Semestertermine", "Modulhandbücher", "Bewerbungsportal"},
                         "Die Hochschule Nordheide ist eine staatliche Hochschule für angewandte Wissenschaften mit rund 6.000 Studierenden.",
                         "© 2024 Hochschule Nordheide · Impressum · Datenschutz · Barrierefreiheit", ""};
inline const Site kPlTypo3{"pl", "Gmina Zielona Dolina", Layout::typo3, {"Urząd", "Aktualności", "Ogłoszenia", "Turystyka", "Kontakt"}, "Urząd Gminy",
                           "Urząd Gminy czynny jest od poniedziałku do piątku w godzinach od 7:30 do 15:30, kasa urzędu do godziny 14:00.",
                           {"Podatki i opłaty", "Gospodarka odpadami", "Zamówienia publiczne", "Sesje Rady Gminy"},
                           "Gmina Zielona Dolina leży nad rzeką Bóbr i liczy ponad osiem tysięcy mieszkańców w dwunastu sołectwach.",
                           "© 2024 Urząd Gminy Zielona Dolina · Deklaracja dostępności · RODO", ""};
inline const Site kDeClub{"de", "TSV Eichenau 1911 e.V.", Layout::bootstrap, {"Verein", "Abteilungen", "Termine", "Mitglied werden", "Kontakt"}, "Nächste Termine",
                          "Training der Jugend ist dienstags und donnerstags ab 17 Uhr, die Geschäftsstelle ist mittwochs von 18 bis 20 Uhr besetzt.",
                          {"Jahreshauptversammlung 2024", "Sommerfest am Sportplatz", "Neue Trainingszeiten Turnen"},
                          "Der TSV Eichenau ist ein gemeinnütziger Verein mit über 1.200 Mitgliedern in elf Abteilungen.",
                          "© 2024 TSV Eichenau 1911 e.V. · Impressum · Datenschutz",
                          "Wir verwenden Cookies, damit unsere Website zuverlässig funktioniert und wir die Nutzung auswerten können."};
inline const Site kEnShop{"en", "Fernhill Outdoor", Layout::bootstrap, {"Tents", "Sleeping bags", "Clothing", "Sale", "Help"}, "Why shop with us",
                          "Free delivery on orders over £50, and returns are free for 60 days, even if you have used the item once.",
                          {"Two-person tents", "Camping stoves", "Waterproof jackets"},
                          "Fernhill Outdoor is an independent shop run by climbers in the Peak District since 1994.",
                          "© 2024 Fernhill Outdoor Ltd · Registered in England No. 2938471",
                          "This site uses cookies to remember your basket and to understand how our shop is used."};
inline const Site kEnDev{"en", "Quiver", Layout::bootstrap, {"Docs", "Download", "Changelog", "Community", "GitHub"}, "Get involved",
                         "Quiver is built by volunteers; the issue tracker is the best place to report bugs and to ask for features.",
                         {"Contributing guide", "Code of conduct", "Security policy"},
                         "Quiver is free software released under the MIT licence and has no company behind it.",
                         "© 2024 The Quiver contributors", "We only use a cookie to remember your theme preference."};
inline const Site kItHotel{"it", "Hotel Belvedere Garda", Layout::bootstrap, {"Camere", "Ristorante", "Offerte", "Dove siamo", "Contatti"}, "Offerte speciali",
                           "Prenotando direttamente sul nostro sito ricevi sempre il miglior prezzo garantito e la colazione inclusa.",
                           {"Settimana bici e lago", "Pasqua sul Garda", "Weekend romantico"},
                           "L'Hotel Belvedere è gestito dalla famiglia Bertoldi dal 1968 e si trova a pochi passi dal porto di Malcesine.",
                           "© 2024 Hotel Belvedere Garda · P.IVA 01234560234 · Privacy",
                           "Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione di terze parti."};
inline const Site kEsJobs{"es", "TrabajoNorte", Layout::bootstrap, {"Ofertas", "Empresas", "Formación", "Mi perfil"}, "Consejos para tu candidatura",
                          "Adapta tu currículum a cada oferta y destaca los logros concretos de tus últimos puestos de trabajo.",
                          {"Mozo de almacén en Gijón", "Enfermera en Oviedo", "Electricista en Avilés"},
                          "TrabajoNorte es el portal de empleo de referencia en Asturias y Cantabria desde 2003.",
                          "© 2024 TrabajoNorte S.L. · Aviso legal · Política de privacidad",
                          "Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarte publicidad relacionada."};
inline const Site kDePodcast{"de", "Nachgefragt – der Wissenspodcast", Layout::bootstrap, {"Folgen", "Über uns", "Unterstützen", "Kontakt"}, "Abonnieren",
                             "Neue Folgen erscheinen jeden zweiten Donnerstag, überall wo es Podcasts gibt, und werfen keine Werbung aus.",
                             {"Folge 46: Warum Brot schimmelt", "Folge 45: Wie Wetterberichte entstehen", "Folge 44: Das Geheimnis der Zugvögel"},
                             "Nachgefragt wird von zwei Wissenschaftsjournalistinnen produziert und von Hörerinnen und Hörern finanziert.",
                             "© 2024 Nachgefragt Podcast · Impressum · Datenschutz",
                             "Wir setzen Cookies nur ein, wenn Sie den Player eines Drittanbieters laden."};
inline const Site kDeTables{"de", "Rheintal-Bote", Layout::tables, {"Startseite", "Lokales", "Sport", "Vereine", "Leserbriefe", "Anzeigen"}, "Leserservice",
                            "Sie haben eine Zeitung nicht erhalten? Rufen Sie unseren Leserservice an, wir liefern am selben Tag nach.",
                            {"Gemeinderat tagt am Montag", "Blutspende im Pfarrsaal", "Narrenzunft wählt neuen Zunftmeister", "Weinfest 2009: Bilder"},
                            "Der Rheintal-Bote ist die Heimatzeitung für das mittlere Rheintal und erscheint im Verlag Hofmann.",
                            "© 2009 Rheintal-Bote · Verlag Hofmann · Alle Rechte vorbehalten", ""};
inline const Site kCsTables{"cs", "Zpravodaj Horní Lhota", Layout::tables, {"Úvod", "Zprávy", "Spolky", "Kultura", "Inzerce"}, "Z obecního úřadu",
                            "Obecní úřad je otevřen v pondělí a ve středu od 8 do 17 hodin, poplatky za odpad lze platit i převodem.",
                            {"Svoz nebezpečného odpadu", "Hasiči mají novou cisternu", "Rozpis zápasů jaro 2010", "Poděkování sponzorům"},
                            "Zpravodaj vydává obec Horní Lhota pro své občany a rozdává jej zdarma do každé domácnosti.",
                            "© 2010 Obec Horní Lhota", ""};

}  // namespace winnow::test::fresh13
