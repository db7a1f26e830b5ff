// Promo box grammars of the noise generator (noise_generator.hpp): markup shapes in HTML and
// text, drawn from separate streams so every seed keeps the rest of its page.
#pragma once
#include <string>
#include <vector>

#include "noise_random.hpp"

namespace winnow::test::gen_detail {

struct Promo {
    std::string html;
    std::string text;
    std::string title, body, button, url;  // its parts, for the shapes drawn from the third stream
    bool action = false;
};

// Shapes added after the first ten, chosen from a second stream (alt) so that the pages of
// every seed keep their other noise: a section with a link list, a figure caption, small print
// with a link, a titled div of emphasized text, a one-item list, an italic line with a break.
inline std::string more_box_html(Rng& alt, const std::string& title, const std::string& body, const std::string& a,
                                 bool action) {
    switch (alt.between(0, 5)) {
    case 0: return "<section><h3>" + esc(title) + "</h3><p>" + esc(body) + "</p>" + (action ? "<ul><li>" + a + "</li></ul>" : "") + "</section>";
    case 1: return "<figure><figcaption>" + esc(body) + (action ? " " + a : "") + "</figcaption></figure>";
    case 2: return "<p><small>" + esc(body) + "</small>" + (action ? " " + a : "") + "</p>";
    case 3: return "<div><h2>" + esc(title) + "</h2><p><em>" + esc(body) + "</em></p>" + (action ? "<p>" + a + "</p>" : "") + "</div>";
    case 4: return "<ul><li>" + esc(body) + (action ? " " + a : "") + "</li></ul>";
    default: return "<p><i>" + esc(body) + "</i>" + (action ? "<br>" + a : "") + "</p>";
    }
}

inline Promo promo_box(Rng& rng, Rng& alt, const SyllableScript& sc, bool needs_action, std::vector<std::string>& atoms) {
    const std::string title = words(rng, sc, rng.between(1, 4), atoms);
    const std::string body = words(rng, sc, rng.between(4, 12), atoms) + (rng.chance(50) ? "!" : ".");
    const std::string button = words(rng, sc, rng.between(1, 2), atoms);
    const std::string url = "https://" + host(rng) + "/" + ident(rng);
    const std::string a = "<a href=\"" + url + "\">" + esc(button) + "</a>";
    const int shape = rng.between(0, 9);
    const bool action = needs_action || rng.chance(50);
    std::string h;
    switch (shape) {
    case 0: h = "<table><tr><td>" + esc(body) + "</td>" + (action ? "<td>" + a + "</td>" : "") + "</tr></table>"; break;
    case 1: h = "<h4>" + esc(title) + "</h4><span>" + esc(body) + "</span>" + (action ? " " + a : ""); break;
    case 2: h = "<dl><dt>" + esc(title) + "</dt><dd>" + esc(body) + (action ? " " + a : "") + "</dd></dl>"; break;
    case 3: h = "<details><summary>" + esc(title) + "</summary><p>" + esc(body) + "</p>" + (action ? a : "") + "</details>"; break;
    case 4: h = "<blockquote><p>" + esc(body) + "</p>" + (action ? "<p>" + a + "</p>" : "") + "</blockquote>"; break;
    case 5: h = "<aside><p><b>" + esc(title) + "</b></p><p>" + esc(body) + "</p>" + (action ? a : "") + "</aside>"; break;
    case 6: h = "<div><p>" + esc(body) + "</p><button>" + esc(button) + "</button></div>"; break;
    case 7: h = "<div><p>" + esc(body) + "</p><form action=\"" + url + "\"><input type=\"email\" placeholder=\"" + esc(title) +
                "\"><button>" + esc(button) + "</button></form></div>"; break;
    case 8: h = "<p><strong>" + esc(body) + "</strong>" + (action ? " " + a : "") + "</p>"; break;
    default: h = "<p><a href=\"" + url + "\">" + esc(body) + "</a></p>"; break;
    }
    if (alt.chance(40)) h = more_box_html(alt, title, body, a, action || needs_action);
    std::string t;
    if (rng.chance(60)) t += title + "\n";
    t += body + "\n";
    if (action) t += rng.chance(50) ? button + " → " + url + "\n" : "[" + button + "]\n";
    if (alt.chance(30)) {  // other plain-text box shapes: a quoted line, starred lines, "title: body"
        switch (alt.between(0, 2)) {
        case 0: t = "> " + body + "\n" + (action ? "> " + button + ": " + url + "\n" : ""); break;
        case 1: t = "*** " + title + " ***\n" + body + "\n" + (action ? "→ " + button + "\n" : ""); break;
        default: t = title + ": " + body + (action ? " " + url : "") + "\n"; break;
        }
    }
    return {h, t, title, body, button, url, action || needs_action};
}

// Shapes added last, from a third stream (late): a two-row table with a header cell, a strong
// title and a line break in one paragraph, a titled div with two links, marked text, an ordered
// list, an underlined title with the link in small print; in text, a "=== title ===" banner,
// a bullet with an arrow, a bracketed title before the text.
inline Promo late_box(Rng& late, Promo pr, bool needs_action) {
    const std::string a = "<a href=\"" + pr.url + "\">" + esc(pr.button) + "</a>";
    const bool act = pr.action || needs_action;
    if (late.chance(25)) {
        const std::string title = esc(pr.title), body = esc(pr.body);
        switch (late.between(0, 5)) {
        case 0: pr.html = "<table><tr><th>" + title + "</th></tr><tr><td>" + body + (act ? " " + a : "") + "</td></tr></table>"; break;
        case 1: pr.html = "<p><strong>" + title + "</strong><br>" + body + (act ? " " + a : "") + "</p>"; break;
        case 2: pr.html = "<div><h5>" + title + "</h5><p>" + body + "</p>" +
                          (act ? "<p>" + a + " · <a href=\"" + pr.url + "/more\">" + title + "</a></p>" : "") + "</div>"; break;
        case 3: pr.html = "<p><mark>" + body + "</mark>" + (act ? " " + a : "") + "</p>"; break;
        case 4: pr.html = "<ol><li>" + title + "</li><li>" + body + (act ? " " + a : "") + "</li></ol>"; break;
        default: pr.html = "<div><p><u>" + title + "</u></p><p>" + body + "</p>" + (act ? "<p><small>" + a + "</small></p>" : "") + "</div>"; break;
        }
    }
    if (late.chance(20)) {
        switch (late.between(0, 2)) {
        case 0: pr.text = "=== " + pr.title + " ===\n" + pr.body + "\n" + (act ? "(" + pr.url + ")\n" : ""); break;
        case 1: pr.text = "• " + pr.body + (act ? " → " + pr.url : "") + "\n"; break;
        default: pr.text = "[ " + pr.title + " ] " + pr.body + "\n" + (act ? ">> " + pr.button + "\n" : ""); break;
        }
    }
    return pr;
}

// Box shapes added fourth, from a stream of their own (boxes4), so every other piece of a page
// stays as it was: a one-row table of title, text and button cells, a bold "title:" lead with
// the button on its own line, text between two horizontal rules, a styled span and an arrowed
// link, a role=note div with a small heading; in text, a box drawn with +---+ borders, a lone
// title between two rules of ~ or =, a "#### title ####" banner with a "-> address" line, text
// between two "* * *" separators, a dash rule before the button line.
inline Promo fourth_box(Rng& boxes4, Promo pr, bool needs_action) {
    const bool act = pr.action || needs_action;
    const std::string a = "<a href=\"" + pr.url + "\">" + esc(pr.button) + "</a>";
    const std::string title = esc(pr.title), body = esc(pr.body);
    if (boxes4.chance(25)) {
        switch (boxes4.between(0, 4)) {
        case 0: pr.html = "<table><tr><td><b>" + title + "</b></td><td>" + body + "</td>" + (act ? "<td>" + a + "</td>" : "") + "</tr></table>"; break;
        case 1: pr.html = "<div><p><b>" + title + ":</b> " + body + "</p>" + (act ? "<p>" + a + " \u00BB</p>" : "") + "</div>"; break;
        case 2: pr.html = "<div><hr><p>" + body + (act ? " " + a : "") + "</p><hr></div>"; break;
        case 3: pr.html = "<p><span style=\"font-weight:bold\">" + body + "</span>" + (act ? " <a href=\"" + pr.url + "\">" + esc(pr.button) + " \u203A</a>" : "") + "</p>"; break;
        default: pr.html = "<div role=\"note\"><h6>" + title + "</h6><p>" + body + "</p>" + (act ? "<p>" + a + "</p>" : "") + "</div>"; break;
        }
    }
    if (boxes4.chance(25)) {
        const std::string rule(static_cast<std::size_t>(boxes4.between(6, 24)), boxes4.chance(50) ? '~' : '=');
        switch (boxes4.between(0, 4)) {
        case 0: pr.text = "+" + std::string(20, '-') + "+\n| " + pr.title + "\n| " + pr.body + "\n" + (act ? "| " + pr.url + "\n" : "") + "+" + std::string(20, '-') + "+\n"; break;
        case 1: pr.text = rule + "\n" + pr.title + "\n" + rule + "\n" + pr.body + "\n" + (act ? pr.url + "\n" : ""); break;
        case 2: pr.text = "#### " + pr.title + " ####\n" + pr.body + "\n" + (act ? "-> " + pr.url + "\n" : ""); break;
        case 3: pr.text = "* * *\n" + pr.body + (act ? " " + pr.url : "") + "\n* * *\n"; break;
        default: pr.text = pr.body + "\n" + std::string(10, '-') + "\n" + (act ? pr.button + ": " + pr.url + "\n" : pr.title + "\n"); break;
        }
    }
    return pr;
}

}  // namespace winnow::test::gen_detail
