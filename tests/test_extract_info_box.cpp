// The rest of a template's info box under the headline (extract_info_box.cpp): Joomla and its kin
// set the page's facts in one list ("Details" / author / "Category: <a>News</a>" / date / hits).
// The byline, the date and the counter went already; the box's label and its category link stayed
// as the article's first lines. Five languages, three markups (a <dl>, an HTML5 <ul>, spans in a
// table layout); with the category unlinked (a fact of text, "Category: News") the box stays.
#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::text_of;

namespace {

struct Lang {
    const char* lang;
    const char* title;
    const char* label;
    const char* byline;
    const char* category_label;
    const char* category;
    const char* published;
    const char* hits;
    const char* paras[2];
};

const Lang kLangs[] = {
    {"en", "Orchard replanted on Church Hill", "Details", "Written by Henry Vogt", "Category:", "News", "Published: 18 November 2024", "Hits: 212", {"Twenty members and helpers planted fourteen young standard trees on the club's meadow on Church Hill last Saturday, closing the gaps the spring storm had left.", "Only old local varieties were planted, and each tree got a stake, a wire basket against voles and a guard against deer for its first winters."}},
    {"de", "Streuobstwiese am Kirchberg neu bepflanzt", "Details", "Geschrieben von Hermann Vogt", "Kategorie:", "Projekte", "Veröffentlicht: 18. November 2024", "Zugriffe: 212", {"Am vergangenen Samstag haben zwanzig Mitglieder und Helfer auf der Wiese am Kirchberg vierzehn junge Hochstämme gepflanzt und die Lücken des Frühjahrssturms geschlossen.", "Gepflanzt wurden nur alte regionale Sorten, und jeder Baum bekam einen Pfahl, einen Drahtkorb gegen Wühlmäuse und einen Verbissschutz."}},
    {"fr", "Le verger de la colline replanté", "Détails", "Écrit par Henri Vogt", "Catégorie :", "Actualités", "Publication : 18 novembre 2024", "Affichages : 212", {"Samedi dernier, vingt membres et bénévoles ont planté quatorze jeunes arbres de plein vent sur le pré de l'association, comblant les vides laissés par la tempête du printemps.", "Seules des variétés locales anciennes ont été plantées, et chaque arbre a reçu un tuteur, un panier contre les campagnols et une protection contre les chevreuils."}},
    {"es", "Replantado el huerto de la colina", "Detalles", "Escrito por Enrique Vogt", "Categoría:", "Noticias", "Publicado: 18 noviembre 2024", "Visitas: 212", {"El sábado pasado veinte socios y voluntarios plantaron catorce árboles jóvenes en el prado de la asociación y cerraron los huecos que dejó la tormenta de primavera.", "Solo se plantaron variedades locales antiguas, y cada árbol recibió un tutor, una cesta contra los topillos y un protector contra los corzos."}},
    {"ru", "На холме высадили новый сад", "Подробности", "Автор: Генрих Фогт", "Категория:", "Новости", "Опубликовано: 18 ноября 2024", "Просмотров: 212", {"В прошлую субботу двадцать членов клуба и добровольцев посадили на лугу у церковного холма четырнадцать молодых яблонь и закрыли пробелы, оставленные весенней бурей.", "Сажали только старые местные сорта, и каждое дерево получило кол, сетку от полёвок и защиту от косуль на первые зимы."}}
};

std::string page(const Lang& l, int markup, bool linked) {
    std::string paras;
    for (const char* p : l.paras) paras += std::string("<p>") + p + "</p>";
    const std::string author = std::string(" itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\"><span itemprop=\"name\">") + l.byline + "</span>";
    const std::string cat = std::string(l.category_label) + " " + (linked ? std::string("<a href=\"/c\">") + l.category + "</a>" : std::string(l.category));
    std::string info, body;
    switch (markup) {
        case 0:
            info = std::string("<dl class=\"article-info\"><dt>") + l.label + "</dt><dd" + author + "</dd><dd>" + cat + "</dd><dd><time datetime=\"2024-11-18\">" +
                   l.published + "</time></dd><dd>" + l.hits + "</dd></dl>";
            body = std::string("<div class=\"hd\"><a href=\"/\">Home</a> <a href=\"/n\">News</a></div><div class=\"item-page\"><div class=\"page-header\"><h2>") + l.title +
                   "</h2></div>" + info + "<div class=\"b\">" + paras + "</div></div><div class=\"ft\">© 2024 Orchard club</div>";
            break;
        case 1:
            info = std::string("<ul class=\"info\"><li>") + l.label + "</li><li" + author + "</li><li>" + cat + "</li><li>" + l.published + "</li><li>" + l.hits + "</li></ul>";
            body = std::string("<header><nav><a href=\"/\">Home</a> <a href=\"/n\">News</a></nav></header><main><article><h1>") + l.title + "</h1>" + info + "<div>" +
                   paras + "</div></article></main><footer><p>© 2024 Orchard club</p></footer>";
            break;
        default:
            info = std::string("<div class=\"m\"><span>") + l.label + "</span> <span" + author + "</span> <span>" + cat + "</span> <span>" + l.published + "</span> <span>" +
                   l.hits + "</span></div>";
            body = std::string("<table width=\"100%\"><tr><td><a href=\"/\">Home</a> | <a href=\"/n\">News</a></td></tr><tr><td><h2>") + l.title + "</h2>" + info +
                   "<div>" + paras + "</div></td></tr></table>";
    }
    const std::string name = l.byline;
    const std::string who = name.substr(name.find(' ', name.find(' ') + 1) + 1);  // the last two words
    return std::string("<!DOCTYPE html><html lang=\"") + l.lang + "\"><head><meta charset=\"utf-8\"><title>" + l.title + "</title><meta name=\"author\" content=\"" +
           who + "\"></head><body>" + body + "</body></html>";
}

bool has_line(const std::string& text, const std::string& line) {
    return has(text, "\n" + line + "\n") || has(text, "- " + line + "\n") || text.rfind(line + "\n", 0) == 0;
}

}  // namespace

TEST_CASE("an info box's label and category link go with its byline, date and counter") {
    for (const Lang& l : kLangs)
        for (int markup = 0; markup < 3; ++markup) {
            const std::string got = text_of(page(l, markup, true));
            INFO(std::string(l.lang) << " markup " << markup << "\n" << got);
            CHECK_FALSE(has_line(got, l.label));
            CHECK_FALSE(has(got, l.category));
            for (const char* p : l.paras) CHECK(has(got, p));
        }
}

TEST_CASE("an info box with an unlinked value (a fact of text) keeps it") {
    for (const Lang& l : kLangs)
        for (int markup = 0; markup < 3; ++markup) {
            const std::string got = text_of(page(l, markup, false));
            INFO(std::string(l.lang) << " markup " << markup << "\n" << got);
            CHECK(has(got, std::string(l.category_label) + " " + l.category));
            for (const char* p : l.paras) CHECK(has(got, p));
        }
}
