// Nested replies after a short post on a page with no title (comments_untitled_replies.cpp): no
// <title>, no heading, no metadata — a post of two short paragraphs (under the 250 characters
// the page-wide bar of an article asks), then its readers' thread: posts signed by a name line
// over their words, replies nested in them, longer than the post. The thread is the post's
// readers', not the page; the post is the article. Negatives: the same thread opening the page
// (a forum's, a line of links before it) is the page's content, and so is it after a one-line
// notice too short to be a post.
// en, de, fr, es, ru, ja in bare div soup, HTML5 tags and a layout table.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"
#include "untitled_thread_util.hpp"

using winnow::test::has;
using winnow::test::text_of;

namespace {

struct ShortPost {
    const char* lang;
    std::vector<std::string> paras;
    std::string reply;
    std::string notice;  // one short line, no post
};

const std::vector<ShortPost> posts = {
    {"en",
     {"Our neighbour's old pear tree finally gave fruit this autumn.", "We made six jars of jam from the first basket."},
     "Lovely! Our grandmother kept a pear tree like that, and every autumn the whole street came by for a jar of her jam.",
     "Be kind to each other."},
    {"de",
     {"Der alte Birnbaum des Nachbarn trug diesen Herbst endlich Früchte.", "Aus dem ersten Korb wurden sechs Gläser Marmelade."},
     "Wie schön! Unsere Großmutter hatte so einen Birnbaum, und jeden Herbst holte sich die ganze Straße ein Glas Marmelade.",
     "Seid nett zueinander."},
    {"fr",
     {"Le vieux poirier du voisin a enfin donné des fruits cet automne.", "Le premier panier a fait six pots de confiture."},
     "Magnifique ! Notre grand-mère avait un poirier pareil, et chaque automne toute la rue venait chercher un pot de confiture.",
     "Soyez aimables."},
    {"es",
     {"El viejo peral del vecino por fin dio fruta este otoño.", "Con la primera cesta hicimos seis tarros de mermelada."},
     "¡Qué bonito! Nuestra abuela tenía un peral así, y cada otoño toda la calle pasaba a buscar un tarro de su mermelada.",
     "Sed amables."},
    {"ru",
     {"Старая груша соседа наконец дала плоды этой осенью.", "Из первой корзины вышло шесть банок варенья."},
     "Как здорово! У нашей бабушки была такая же груша, и каждую осень вся улица приходила за банкой её варенья.",
     "Будьте вежливы."},
    {"ja",
     {"隣の古い梨の木が、この秋ようやく実をつけました。", "最初のかごから六瓶のジャムができました。"},
     "すてきですね！祖母の家にも同じような梨の木があって、毎年秋になると近所の人たちがジャムをもらいに来ていました。",
     "仲良くどうぞ。"},
};

std::string page(const ShortPost& p, const std::string& markup, const std::string& before) {
    return winnow::test::untitled_thread_page(p.lang, p.reply, markup, before);
}

const std::vector<std::string> markups = {"div", "html5", "table"};

}  // namespace

TEST_CASE("no title: nested replies after a short post are its readers' thread") {
    for (const ShortPost& p : posts)
        for (const auto& markup : markups) {
            CAPTURE(p.lang);
            CAPTURE(markup);
            std::string post;
            for (const auto& para : p.paras) post += "<p>" + para + "</p>";
            const std::string out = text_of(page(p, markup, post));
            for (const auto& para : p.paras) CHECK_MESSAGE(has(out, para), out);
            CHECK_FALSE(has(out, p.reply));
        }
}

TEST_CASE("no title: nested replies opening the page, or after a one-line notice, are its content") {
    for (const ShortPost& p : posts)
        for (const auto& markup : markups)
            for (const std::string& before : {std::string(), "<p>" + p.notice + "</p>"}) {
                CAPTURE(p.lang);
                CAPTURE(markup);
                CAPTURE(before);
                const std::string out = text_of(page(p, markup, before));
                CHECK_MESSAGE(has(out, p.reply + " (0)"), out);
                CHECK_MESSAGE(has(out, p.reply + " (205)"), out);
            }
}
