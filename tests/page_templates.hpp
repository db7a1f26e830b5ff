// A seeded generator of whole pages for the extraction property test (test_extract_property.cpp).
//
// Each page is an article (title, optional dek, byline and date, 2-12 paragraphs, sometimes
// subheadings, a list, a figure with a caption, a blockquote) in a template drawn at random:
// which chrome it carries (header and nav, breadcrumbs, share bar, related teasers with one
// sentence each, a most-read list, an author bio in prose, a comment thread whose entries have a
// name, a date and a reply link, a newsletter box, a cookie banner, a footer with an "about us"
// paragraph and link columns, a sidebar of prose widgets), and how the template differs from
// others: the article's tag (div, section, article, main, a table cell), 0-6 wrappers around it,
// source order (sidebar or comments before the article), class and id names (words in four
// languages, BEM, hashed css-modules names, or none), article length, and paragraph markup
// (<p>, runs of <br>, <div>s of text).
// Chrome wording is prose drawn from page_text.hpp (halves of two sentences joined, so a thread
// of many comments never repeats) and random syllable words for link labels: no chrome carries
// a telling word, so what separates it from the article is its shape and place.
// The article's text is recorded as atoms (sentences, items, a caption), and so is each piece of
// chrome, so the test measures what of the article stayed and what chrome came along.
#pragma once
#include <algorithm>
#include <array>
#include <cstdint>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "noise_random.hpp"
#include "page_text.hpp"

namespace winnow::test {

enum class Chrome { nav, breadcrumbs, share, related, most_read, bio, comments, newsletter, cookie, footer, sidebar, count };

inline constexpr std::array<std::string_view, static_cast<std::size_t>(Chrome::count)> kChromeNames{
    "nav", "breadcrumbs", "share", "related", "most-read", "bio", "comments", "newsletter", "cookie", "footer", "sidebar"};

struct ChromePiece {
    Chrome kind;
    std::vector<std::string> atoms;  // strings that are in the output if this chrome stayed
};

struct TemplatePage {
    std::string html;
    std::string title;
    std::vector<std::string> article;  // the article's atoms (sentences, items, caption, quote, subheads)
    std::vector<ChromePiece> chrome;
    std::vector<std::pair<std::string, std::string>> traits;  // template feature -> value
};

namespace tpl_detail {

using gen_detail::esc;

enum class Naming { words, bem, hashed, none };

// Class names by role in four languages (what a template author writes), for Naming::words.
inline std::string_view role_word(int lang, std::string_view role) {
    static const std::vector<std::pair<std::string_view, std::array<std::string_view, 4>>> table{
        {"header", {"site-header", "kopfbereich", "entete", "cabecera"}},
        {"nav", {"main-nav", "navigation", "menu-principal", "navegacion"}},
        {"crumbs", {"breadcrumbs", "brotkrumen", "fil-ariane", "migas"}},
        {"share", {"share-tools", "teilen", "partage", "compartir"}},
        {"related", {"related-stories", "weitere-artikel", "a-lire-aussi", "relacionados"}},
        {"popular", {"most-read", "meistgelesen", "les-plus-lus", "mas-leidos"}},
        {"bio", {"author-bio", "autorenbox", "bio-auteur", "autor-info"}},
        {"comments", {"comments", "kommentare", "commentaires", "comentarios"}},
        {"comment", {"comment", "kommentar", "commentaire", "comentario"}},
        {"newsletter", {"newsletter-signup", "newsletter", "lettre-info", "boletin"}},
        {"cookie", {"cookie-notice", "cookie-hinweis", "bandeau-cookies", "aviso-cookies"}},
        {"footer", {"site-footer", "fussbereich", "pied-de-page", "pie"}},
        {"sidebar", {"sidebar", "seitenleiste", "colonne-droite", "lateral"}},
        {"widget", {"widget", "kasten", "encart", "modulo"}},
        {"content", {"article-body", "artikel-text", "contenu", "cuerpo"}},
        {"wrap", {"container", "inhalt", "conteneur", "contenedor"}},
        {"meta", {"byline", "autorzeile", "signature", "firma"}},
        {"dek", {"standfirst", "vorspann", "chapo", "entradilla"}},
    };
    for (const auto& [r, names] : table)
        if (r == role) return names[static_cast<std::size_t>(lang)];
    return role;
}

// The template's naming: one style and, for hashed names, one hash per role for the page.
class Names {
public:
    Names(Rng& rng, Naming style) : style_(style), lang_(rng.between(0, 3)), seed_(rng.next()) {}
    // ` class="..."` (sometimes with an id) for a role, or nothing.
    std::string attr(std::string_view role, int n = 0) const {
        std::string name;
        switch (style_) {
        case Naming::none: return "";
        case Naming::words: name = std::string(role_word(lang_, role)); break;
        case Naming::bem: name = "c-page__" + std::string(role_word(0, role)) + (n ? "--" + std::to_string(n) : ""); break;
        case Naming::hashed: {
            Rng h(seed_ ^ std::hash<std::string_view>{}(role) ^ static_cast<std::uint64_t>(n));
            name = "_" + gen_detail::alnum(h, 5) + " " + std::string(1, static_cast<char>('a' + h.between(0, 25))) + gen_detail::alnum(h, 6);
            break;
        }
        }
        if (n && style_ == Naming::words) name += "-" + std::to_string(n);
        return " class=\"" + name + "\"";
    }

private:
    Naming style_;
    int lang_;
    std::uint64_t seed_;
};

// Chrome prose: the first half of one sentence and the second half of another, never twice on a page.
class Prose {
public:
    Prose(const PageText& t) : pool_(t.chrome) {}
    std::string sentence(Rng& rng) {
        for (int tries = 0;; ++tries) {
            const std::string_view a = pool_[rng.next() % pool_.size()], b = pool_[rng.next() % pool_.size()];
            std::string s = std::string(a.substr(0, middle(a))) + std::string(b.substr(middle(b)));
            if (used_.insert(s).second || tries > 50) return s;
        }
    }
    std::string sentences(Rng& rng, int n) {
        std::string out;
        for (int i = 0; i < n; ++i) out += (i ? " " : "") + sentence(rng);
        return out;
    }

private:
    static std::size_t middle(std::string_view s) {
        std::size_t at = s.find(' ', s.size() / 2);
        return at == std::string_view::npos ? s.size() / 2 : at;
    }
    const std::vector<std::string_view>& pool_;
    std::set<std::string> used_;
};

inline std::string label(Rng& rng, int words = 1) {
    std::string s;
    for (int i = 0; i < words; ++i) s += (i ? " " : "") + random_word(rng, syllable_scripts()[0], i == 0);
    return s;
}

inline std::string link(Rng& rng, const std::string& text) { return "<a href=\"/" + gen_detail::ident(rng) + "/" + gen_detail::ident(rng) + "\">" + esc(text) + "</a>"; }

// A heading for a chrome box: a headline of the language's short chrome, or a made-up word.
inline std::string box_heading(Rng& rng, const PageText& t, std::vector<std::string>& atoms) {
    std::string h = rng.chance(50) ? std::string(t.short_chrome[rng.next() % t.short_chrome.size()]) : label(rng, rng.between(1, 2));
    atoms.push_back(h);
    const char* tag = rng.chance(50) ? "h3" : (rng.chance(50) ? "h2" : "div");
    return std::string("<") + tag + ">" + esc(h) + "</" + tag + ">";
}

// A list of links with made-up labels (nav, footer columns, share bar, breadcrumbs).
inline std::string link_list(Rng& rng, int n, std::vector<std::string>& atoms, bool as_list) {
    std::string out = as_list ? "<ul>" : "<div>";
    for (int i = 0; i < n; ++i) {
        const std::string l = label(rng, rng.between(1, 2));
        atoms.push_back(l);
        out += as_list ? "<li>" + link(rng, l) + "</li>" : link(rng, l) + " ";
    }
    return out + (as_list ? "</ul>" : "</div>");
}

inline std::string date_text(Rng& rng) {
    return std::to_string(rng.between(1, 28)) + "." + std::to_string(rng.between(1, 12)) + ".20" + std::to_string(rng.between(10, 25));
}


// The article's sentences in order, each recorded as an atom of the article when taken.
class SentenceSource {
public:
    SentenceSource(std::vector<std::string_view> all, std::vector<std::string>& atoms) : all_(std::move(all)), atoms_(atoms) {}
    std::string take() {
        if (next_ >= all_.size()) return {};
        atoms_.emplace_back(all_[next_]);
        return std::string(all_[next_++]);
    }
    std::size_t left() const { return all_.size() - next_; }
    std::size_t size() const { return all_.size(); }

private:
    std::vector<std::string_view> all_;
    std::vector<std::string>& atoms_;
    std::size_t next_ = 0;
};

// Body: paragraphs in the template's markup (0 <p>, 1 runs parted by <br>s, 2 <div>s), with
// subheadings, a list, a figure and a quote.
inline std::string article_body(Rng& rng, SentenceSource& src, const std::vector<std::string>& para_text, int markup,
                                const PageText* own, std::vector<std::string>& atoms) {
    const int paras = static_cast<int>(para_text.size());
    std::string body;
    const bool subheads = own && paras >= 4 && rng.chance(40);
    const int list_at = rng.chance(30) ? rng.between(1, paras - 1) : -1;
    const int figure_at = rng.chance(35) ? rng.between(0, paras - 1) : -1;
    const int quote_at = rng.chance(25) ? rng.between(1, paras - 1) : -1;
    std::size_t subhead = 0;
    for (int i = 0; i < paras; ++i) {
        if (subheads && i > 0 && i % 3 == 0 && subhead < own->subheads.size()) {
            const std::string h(own->subheads[subhead++]);
            atoms.push_back(h);
            body += "<h2>" + esc(h) + "</h2>";
        }
        const std::string& p = para_text[static_cast<std::size_t>(i)];
        switch (markup) {
        case 0: body += "<p>" + esc(p) + "</p>\n"; break;
        case 1: body += esc(p) + (i + 1 < paras ? "<br><br>\n" : "\n"); break;
        default: body += "<div>" + esc(p) + "</div>\n"; break;
        }
        auto block = [&](std::string b) { body += markup == 1 ? "<br>" + b + "\n" : b + "\n"; };
        if (i == list_at && src.left() > 2) {
            std::string l = rng.chance(50) ? "<ul>" : "<ol>";
            for (int k = rng.between(2, 3); k > 0; --k)
                if (const std::string s = src.take(); !s.empty()) l += "<li>" + esc(s) + "</li>";
            block(l + (l[1] == 'u' ? "</ul>" : "</ol>"));
        }
        if (i == figure_at && src.left() > 0) {
            const std::string cap = src.take();
            block("<figure><img src=\"/img/" + gen_detail::ident(rng) + ".jpg\" alt=\"\"><figcaption>" + esc(cap) + "</figcaption></figure>");
        }
        if (i == quote_at && src.left() > 0) block("<blockquote><p>" + esc(src.take()) + "</p></blockquote>");
    }
    if (markup == 1) body = "<div>" + body + "</div>";
    return body;
}

// A related-stories box: a headline link and one sentence per teaser.
inline std::string related_teasers(Rng& rng, const Names& names, const PageText& text, Prose& prose, ChromePiece& c) {
    std::string r = "<section" + names.attr("related") + ">" + box_heading(rng, text, c.atoms) + (rng.chance(50) ? "<ul>" : "<div>");
    const bool ul = r.ends_with("<ul>");
    for (int i = rng.between(3, 6); i > 0; --i) {
        const std::string h = std::string(text.short_chrome[rng.next() % text.short_chrome.size()]) + " " + label(rng);
        const std::string s = prose.sentence(rng);
        c.atoms.push_back(h);
        c.atoms.push_back(s);
        const std::string teaser = "<h4>" + link(rng, h) + "</h4><p>" + esc(s) + "</p>";
        r += ul ? "<li>" + teaser + "</li>" : "<div" + names.attr("related", 1) + ">" + teaser + "</div>";
    }
    return r + (ul ? "</ul>" : "</div>") + "</section>\n";
}

// A comment thread: per entry a name, a date, the comment and a reply link, then a reply form.
inline std::string comment_thread(Rng& rng, const Names& names, const PageText& text, Prose& prose, ChromePiece& c) {
    std::string comments = "<section" + names.attr("comments") + ">" + box_heading(rng, text, c.atoms);
    const bool as_list = rng.chance(50);
    comments += as_list ? "<ol>" : "";
    for (int i = rng.between(3, 10); i > 0; --i) {
        const std::string name = label(rng) + (rng.chance(50) ? " " + label(rng) : "");
        const std::string s = prose.sentences(rng, rng.between(1, 4));
        c.atoms.push_back(name);
        c.atoms.push_back(s);
        const std::string entry = "<div" + names.attr("comment", 1) + "><b>" + esc(name) + "</b> <span>" + date_text(rng) + "</span></div><p>" +
                                  esc(s) + "</p><a href=\"#reply-" + std::to_string(i) + "\">" + esc(label(rng)) + "</a>";
        comments += as_list ? "<li" + names.attr("comment") + ">" + entry + "</li>" : "<div" + names.attr("comment") + ">" + entry + "</div>";
    }
    comments += as_list ? "</ol>" : "";
    comments += "<form><textarea></textarea><button>" + esc(label(rng)) + "</button></form></section>\n";
    return comments;
}

// The page's chrome, each piece recorded with its atoms.
struct ChromeHtml {
    std::string header, crumbs, share, after_article, sidebar, comments, footer, cookie;
};

inline ChromeHtml make_chrome(Rng& rng, const Names& names, const PageText& text, Prose& prose, const std::string& author,
                              std::vector<ChromePiece>& pieces) {
    auto piece = [&](Chrome k) -> ChromePiece& { return pieces.emplace_back(ChromePiece{k, {}}); };
    ChromeHtml h;
    {
        auto& c = piece(Chrome::nav);
        const std::string site = label(rng, 2);
        c.atoms.push_back(site);
        h.header = "<header" + names.attr("header") + "><div>" + link(rng, site) + "</div><nav" + names.attr("nav") + ">" +
                 link_list(rng, rng.between(4, 8), c.atoms, rng.chance(70)) + "</nav></header>\n";
    }
    if (rng.chance(40)) {
        auto& c = piece(Chrome::breadcrumbs);
        h.crumbs = "<div" + names.attr("crumbs") + ">";
        for (int i = rng.between(2, 4); i > 0; --i) {
            const std::string l = label(rng);
            c.atoms.push_back(l);
            h.crumbs += link(rng, l) + (i > 1 ? " › " : "");
        }
        h.crumbs += "</div>\n";
    }
    if (rng.chance(50)) {
        auto& c = piece(Chrome::share);
        h.share = "<div" + names.attr("share") + ">" + link_list(rng, rng.between(3, 5), c.atoms, rng.chance(50)) + "</div>\n";
    }
    if (rng.chance(40)) {  // author bio: prose
        auto& c = piece(Chrome::bio);
        const std::string s = prose.sentences(rng, rng.between(1, 3));
        c.atoms.push_back(s);
        const std::string& name = author;  // the card of the byline's writer
        c.atoms.push_back(name);
        h.after_article += "<aside" + names.attr("bio") + "><img src=\"/a/" + gen_detail::ident(rng) + ".png\" alt=\"\"><div><strong>" +
                         esc(name) + "</strong></div><p>" + esc(s) + "</p></aside>\n";
    }
    if (rng.chance(50)) h.after_article += related_teasers(rng, names, text, prose, piece(Chrome::related));
    if (rng.chance(40)) {  // most read: a numbered list of headline links
        auto& c = piece(Chrome::most_read);
        std::string m = "<div" + names.attr("popular") + ">" + box_heading(rng, text, c.atoms) + "<ol>";
        for (int i = rng.between(4, 6); i > 0; --i) {
            const std::string h = label(rng) + " " + std::string(text.short_chrome[rng.next() % text.short_chrome.size()]);
            c.atoms.push_back(h);
            m += "<li>" + link(rng, h) + "</li>";
        }
        h.sidebar += m + "</ol></div>\n";
    }
    if (rng.chance(50)) {  // sidebar widgets of prose
        auto& c = piece(Chrome::sidebar);
        for (int w = rng.between(1, 3); w > 0; --w) {
            std::string s = prose.sentences(rng, rng.between(1, 2));
            c.atoms.push_back(s);
            h.sidebar += "<div" + names.attr("widget", w) + ">" + box_heading(rng, text, c.atoms) + "<p>" + esc(s) + "</p>" +
                       (rng.chance(40) ? link_list(rng, 3, c.atoms, true) : "") + "</div>\n";
        }
    }
    if (rng.chance(50)) h.comments = comment_thread(rng, names, text, prose, piece(Chrome::comments));
    if (rng.chance(40)) {
        auto& c = piece(Chrome::newsletter);
        const std::string s = prose.sentence(rng);
        c.atoms.push_back(s);
        const std::string box = "<div" + names.attr("newsletter") + ">" + box_heading(rng, text, c.atoms) + "<p>" + esc(s) +
                                "</p><form><input type=\"email\"><button>" + esc(label(rng)) + "</button></form></div>\n";
        (rng.chance(50) ? h.after_article : h.sidebar) += box;
    }
    if (rng.chance(40)) {
        auto& c = piece(Chrome::cookie);
        const std::string s = prose.sentence(rng);
        c.atoms.push_back(s);
        h.cookie = "<div" + names.attr("cookie") + "><p>" + esc(s) + "</p><button>" + esc(label(rng)) + "</button> <button>" +
                 esc(label(rng)) + "</button></div>\n";
    }
    {
        auto& c = piece(Chrome::footer);
        h.footer = "<footer" + names.attr("footer") + ">";
        if (rng.chance(70)) {
            const std::string s = prose.sentences(rng, rng.between(1, 2));
            c.atoms.push_back(s);
            h.footer += "<p>" + esc(s) + "</p>";
        }
        for (int col = rng.between(2, 4); col > 0; --col) h.footer += "<div>" + box_heading(rng, text, c.atoms) + link_list(rng, rng.between(3, 5), c.atoms, true) + "</div>";
        h.footer += "<p>© 20" + std::to_string(rng.between(10, 25)) + "</p></footer>\n";
    }
    return h;
}

}  // namespace tpl_detail

// One random page. Same seed, same page.
inline TemplatePage make_template_page(std::uint64_t seed) {
    using namespace tpl_detail;
    Rng rng(seed);
    TemplatePage page;
    const auto& art = rng.pick(article_texts());
    const PageText* own = nullptr;
    for (const auto& t : page_texts())
        if (t.lang == art.lang) own = &t;
    // Languages without chrome texts of their own get a site in another language's chrome.
    const PageText& text = own ? *own : page_texts()[rng.next() % page_texts().size()];
    Prose prose(text);

    // Template traits.
    static constexpr std::array<std::string_view, 5> tags{"div", "section", "article", "main", "table"};
    const std::string_view tag = tags[static_cast<std::size_t>(rng.between(0, 4))];
    const int depth = rng.between(0, 6);
    const int order = rng.between(0, 4);  // 0-2 article first, 3 sidebar first, 4 comments first
    const Naming naming = static_cast<Naming>(rng.between(0, 3));
    static constexpr std::array<std::string_view, 4> naming_names{"words", "bem", "hashed", "none"};
    const int markup = rng.between(0, 2);  // <p>, <br> runs, <div>s
    static constexpr std::array<std::string_view, 3> markup_names{"p", "br", "div"};
    const Names names(rng, naming);

    // The article's sentences: the noise test's five paragraphs, then more of the same article.
    std::vector<std::string_view> all(art.paragraphs.begin(), art.paragraphs.end());
    if (own) all.insert(all.end(), own->more_article.begin(), own->more_article.end());
    SentenceSource sentences(std::move(all), page.article);
    const bool long_paras = rng.chance(50);
    const int max_paras = static_cast<int>(sentences.size()) / (long_paras ? 2 : 1);
    const int paras = rng.between(2, std::min(12, max_paras));
    std::vector<std::string> para_text;
    for (int i = 0; i < paras; ++i) {
        std::string p = sentences.take();
        if (long_paras) {
            const std::string second = sentences.take();
            if (!second.empty()) p += " " + second;
        }
        para_text.push_back(p);
    }
    page.title = std::string(own ? own->titles[rng.next() % own->titles.size()] : std::string_view("Report"));
    if (!own) page.title = std::string(art.lang) + " " + label(rng) + " " + label(rng);

    const std::string body = article_body(rng, sentences, para_text, markup, own, page.article);

    const std::string author = label(rng) + " " + label(rng);
    const ChromeHtml chrome = make_chrome(rng, names, text, prose, author, page.chrome);

    // The article block: title, dek, byline, body, inside the template's tag and wrappers.
    std::string dek;
    if (own && rng.chance(40)) {
        const std::string d = sentences.take();
        if (!d.empty()) dek = "<p" + names.attr("dek") + ">" + esc(d) + "</p>";
    }
    std::string article = chrome.crumbs + "<h1>" + esc(page.title) + "</h1>" + dek + "<div" + names.attr("meta") + ">" +
                          link(rng, author) + " <time>" + date_text(rng) + "</time></div>\n" +
                          (rng.chance(50) ? chrome.share : "") + body + chrome.share + chrome.after_article;
    for (int d = depth; d > 0; --d) article = "<div" + names.attr("wrap", d) + ">" + article + "</div>";
    const bool table = tag == "table";
    const std::string open = table ? "<td" + names.attr("content") + ">" : "<" + std::string(tag) + names.attr("content") + ">";
    const std::string close = table ? "</td>" : "</" + std::string(tag) + ">";
    article = open + article + close;
    const std::string side = chrome.sidebar.empty() ? "" : (table ? "<td" + names.attr("sidebar") + ">" + chrome.sidebar + "</td>"
                                                           : "<aside" + names.attr("sidebar") + ">" + chrome.sidebar + "</aside>");
    std::string layout = order == 3 ? side + article : article + side;
    if (table) layout = "<table><tr>" + layout + "</tr></table>";
    layout = order == 4 ? chrome.comments + layout : layout + chrome.comments;

    const bool cookie_first = rng.chance(50);
    page.html = "<!doctype html><html lang=\"" + std::string(art.lang) + "\"><head><meta charset=\"utf-8\"><title>" + esc(page.title) +
                "</title></head><body>\n" + (cookie_first ? chrome.cookie : "") + chrome.header + "<div" + names.attr("wrap") + ">" + layout +
                "</div>\n" + chrome.footer + (cookie_first ? "" : chrome.cookie) + "</body></html>";

    // Traits, for the test's breakdown.
    std::size_t article_words = 0, comment_words = 0;
    auto words_of = [](const std::string& s) { return static_cast<std::size_t>(std::count(s.begin(), s.end(), ' ') + 1); };
    for (const auto& a : page.article) article_words += words_of(a);
    for (const auto& c : page.chrome)
        if (c.kind == Chrome::comments)
            for (const auto& a : c.atoms) comment_words += words_of(a);
    page.traits = {
        {"tag", std::string(tag)},
        {"depth", depth == 0 ? "0" : depth <= 2 ? "1-2" : depth <= 4 ? "3-4" : "5-6"},
        {"order", order == 3 ? "sidebar-first" : order == 4 ? "comments-first" : "article-first"},
        {"names", std::string(naming_names[static_cast<std::size_t>(naming)])},
        {"markup", std::string(markup_names[static_cast<std::size_t>(markup)])},
        {"length", paras <= 3 ? "2-3 paras" : paras <= 6 ? "4-6 paras" : "7-12 paras"},
        {"comments", comment_words == 0 ? "none" : comment_words > article_words ? "outweigh" : "lighter"},
        {"script", own ? "own chrome" : "foreign chrome"},
    };
    return page;
}

}  // namespace winnow::test
