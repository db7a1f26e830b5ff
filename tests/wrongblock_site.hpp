// The frames of the wrong-block pages (tests/test_extract_wrongblock.cpp, issue 18): three page
// markups unlike each other and unlike the earlier fresh rounds — a <div> soup whose class names
// are hashes ("x7f2k": no word says what a box is), an old layout of nested tables, and HTML5 whose
// <article> marks every teaser, comment and post (and whose names lie: "entry-content" on the
// comments' box) — and the entries the wrong block is made of: readers' comments, teaser cards,
// forum posts, reviews. Each site has chrome written as prose (a sidebar sentence, a footer
// sentence), which the output must lose.
#pragma once

#include <string>
#include <vector>

#include "extract_test_util.hpp"

namespace winnow::test::wrongblock {

enum class Frame { soup, tables, misuse };

struct Site {
    const char* lang;
    const char* name;
    Frame frame;
    std::vector<const char*> menu;
    const char* side_heading;
    const char* side_prose;
    std::vector<const char*> side;
    const char* footer_prose;
};

inline std::string link_list(const std::vector<const char*>& items, const std::string& base, const char* before, const char* after) {
    std::string h;
    int k = 0;
    for (const char* m : items) h += std::string(before) + "<a href=\"" + base + std::to_string(++k) + "\">" + m + "</a>" + after;
    return h;
}

inline std::string soup(const Site& s, const std::string& main, const std::string& after) {
    return std::string("<body><div class=\"a1x9\"><div class=\"k2m\"><a href=\"/\" class=\"q0\">") + s.name + "</a></div><div class=\"u7t\">" +
           link_list(s.menu, "/c/", "<div class=\"u7t4\">", "</div>") + "</div></div>\n<div class=\"c3p\"><div class=\"m8w\">" + main + after +
           "</div>\n<div class=\"s5r\"><div class=\"s5rb\"><div class=\"h9e\">" + s.side_heading + "</div><div class=\"t4v\">" + s.side_prose +
           "</div>" + link_list(s.side, "/s/", "<div class=\"l2g\">", "</div>") + "</div></div></div>\n<div class=\"f6z\"><div class=\"t4v\">" +
           s.footer_prose + "</div><div class=\"f6zc\">© 2024 " + s.name + "</div></div></body>";
}

inline std::string tables(const Site& s, const std::string& main, const std::string& after) {
    return std::string("<body bgcolor=\"#ffffff\"><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td colspan=\"3\"><a href=\"/\"><img src=\"/logo.gif\" alt=\"") +
           s.name + "\" width=\"200\" height=\"60\"></a></td></tr>\n<tr><td colspan=\"3\" bgcolor=\"#003366\">" +
           link_list(s.menu, "/rubrik.php?id=", "<font color=\"#ffffff\" size=\"2\">", "</font> | ") +
           "</td></tr>\n<tr><td width=\"150\" valign=\"top\">" + link_list(s.menu, "/archiv.php?id=", "<font size=\"2\">", "</font><br>") +
           "</td>\n<td valign=\"top\">" + main + after + "</td>\n<td width=\"200\" valign=\"top\"><table width=\"100%\" border=\"1\"><tr><td><b>" +
           s.side_heading + "</b></td></tr><tr><td><font size=\"2\">" + s.side_prose + "</font></td></tr><tr><td>" +
           link_list(s.side, "/link.php?id=", "<font size=\"2\">", "</font><br>") + "</td></tr></table></td></tr>\n<tr><td colspan=\"3\"><font size=\"1\">" +
           s.footer_prose + "<br>© 2003-2024 " + s.name + "</font></td></tr></table></body>";
}

inline std::string misuse(const Site& s, const std::string& main, const std::string& after) {
    return std::string("<body class=\"wp-theme\"><header class=\"site-header\"><a class=\"site-title\" href=\"/\">") + s.name +
           "</a><nav class=\"main-navigation\"><ul>" + link_list(s.menu, "/category/", "<li>", "</li>") +
           "</ul></nav></header>\n<main class=\"site-main\"><div class=\"content-area\">" + main + after +
           "</div>\n<aside class=\"widget-area\"><section class=\"widget widget_text\"><h2 class=\"widget-title\">" + s.side_heading +
           "</h2><div class=\"textwidget\"><p>" + s.side_prose + "</p></div></section><section class=\"widget\"><ul>" +
           link_list(s.side, "/tag/", "<li>", "</li>") + "</ul></section></aside></main>\n<footer class=\"site-footer\"><p>" + s.footer_prose +
           "</p><p>© 2024 " + s.name + "</p></footer></body>";
}

inline std::string page(const Site& s, const std::string& title, const std::string& main, const std::string& after = "") {
    std::string h = std::string("<!DOCTYPE html>\n<html lang=\"") + s.lang + "\"><head><meta charset=\"utf-8\"><title>" + title + " – " + s.name +
                    "</title></head>\n";
    switch (s.frame) {
        case Frame::soup: h += soup(s, main, after); break;
        case Frame::tables: h += tables(s, main, after); break;
        case Frame::misuse: h += misuse(s, main, after); break;
    }
    return h + "</html>\n";
}

// What every page of a site must lose: its prose sentences and a sidebar link, with the page's own.
inline std::vector<std::string> chrome(const Site& s, std::vector<std::string> extra) {
    extra.emplace_back(s.side_prose);
    extra.emplace_back(s.footer_prose);
    extra.emplace_back(s.side.front());
    return extra;
}

// A reader's comment, a forum post or a review: who, when, what.
struct Entry {
    const char* name;
    const char* date;
    const char* text;
};

// Readers' comments after the article in the site's markup: an avatar, a name and a date over the
// text and a reply link; `reply` is the link's word in the page's language.
inline std::string comments(Frame f, const char* heading, const char* reply, const std::vector<Entry>& es) {
    std::string h;
    int k = 0;
    switch (f) {
        case Frame::soup:
            h = std::string("<div class=\"w3n\"><div class=\"h9e\">") + heading + "</div>";
            for (const Entry& e : es)
                h += std::string("<div class=\"r2d\"><div class=\"r2dh\"><img class=\"v1\" src=\"/a/") + std::to_string(++k) +
                     ".png\" width=\"32\" height=\"32\" alt=\"\"><span class=\"n1o\">" + e.name + "</span> <span class=\"d0y\">" + e.date +
                     "</span></div><div class=\"r2db\">" + e.text + "</div><div class=\"r2df\"><a href=\"#r" + std::to_string(k) + "\">" + reply +
                     "</a></div></div>";
            return h + "</div>";
        case Frame::tables:
            h = std::string("<br><table width=\"100%\" border=\"0\" cellpadding=\"3\"><tr><td colspan=\"2\" bgcolor=\"#dddddd\"><b>") + heading + "</b></td></tr>";
            for (const Entry& e : es)
                h += std::string("<tr><td width=\"120\" valign=\"top\"><font size=\"2\"><b>") + e.name + "</b><br>" + e.date +
                     "</font></td><td valign=\"top\"><font size=\"2\">" + e.text + "</font><br><a href=\"?reply=" + std::to_string(++k) + "\">" + reply +
                     "</a></td></tr>";
            return h + "</table>";
        case Frame::misuse:
            h = std::string("<section class=\"entry-content comments-area\"><h2 class=\"comments-title\">") + heading + "</h2><ol class=\"comment-list\">";
            for (const Entry& e : es)
                h += std::string("<li><article class=\"post-body\"><footer><img src=\"/a/") + std::to_string(++k) +
                     ".png\" width=\"40\" height=\"40\" alt=\"\"><b class=\"fn\">" + e.name + "</b> <time>" + e.date + "</time></footer><div><p>" + e.text +
                     "</p></div><a class=\"reply-link\" href=\"#c" + std::to_string(k) + "\">" + reply + "</a></article></li>";
            return h + "</ol></section>";
    }
    return h;
}

// A teaser: a linked headline over a sentence of summary.
struct Teaser {
    const char* head;
    const char* text;
};

inline std::string teasers(Frame f, const char* heading, const std::vector<Teaser>& ts) {
    std::string h;
    int k = 0;
    switch (f) {
        case Frame::soup:
            h = std::string("<div class=\"g7j\"><div class=\"h9e\">") + heading + "</div>";
            for (const Teaser& t : ts)
                h += std::string("<div class=\"g7jc\"><img src=\"/t/") + std::to_string(++k) + ".jpg\" width=\"300\" height=\"200\" alt=\"\"><div class=\"g7jt\"><a href=\"/n/" +
                     std::to_string(4100 + k) + "\">" + t.head + "</a></div><div class=\"g7js\">" + t.text + "</div></div>";
            return h + "</div>";
        case Frame::tables:
            h = std::string("<br><table width=\"100%\" cellpadding=\"4\"><tr><td colspan=\"3\" bgcolor=\"#eeeeee\"><b>") + heading + "</b></td></tr><tr>";
            for (const Teaser& t : ts) {
                if (k > 0 && k % 3 == 0) h += "</tr><tr>";
                h += std::string("<td valign=\"top\" width=\"33%\"><img src=\"/t/") + std::to_string(++k) + ".jpg\" width=\"140\" height=\"90\"><br><a href=\"/news.php?id=" +
                     std::to_string(4100 + k) + "\"><b>" + t.head + "</b></a><br><font size=\"2\">" + t.text + "</font></td>";
            }
            return h + "</tr></table>";
        case Frame::misuse:
            h = std::string("<section class=\"related-posts\"><h2>") + heading + "</h2>";
            for (const Teaser& t : ts)
                h += std::string("<article class=\"post type-post entry\"><img src=\"/t/") + std::to_string(++k) +
                     ".jpg\" width=\"300\" height=\"200\" alt=\"\"><h3 class=\"entry-title\"><a href=\"/" + std::to_string(4100 + k) + "/\">" + t.head +
                     "</a></h3><div class=\"entry-summary\"><p>" + t.text + "</p></div></article>";
            return h + "</section>";
    }
    return h;
}

}  // namespace winnow::test::wrongblock
