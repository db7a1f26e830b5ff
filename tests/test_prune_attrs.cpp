// prune reads an element's attributes in one pass (PruneAttrs): hidden, aria-hidden, an inline
// style, an <input type=hidden>, a role, and the class/id a page's sheet hides, in any order and
// among other attributes. Pages in several languages and markups: the hidden parts go, the rest
// stays, and is_hidden agrees with reading each attribute by name.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "css_hidden.hpp"
#include "parse_html.hpp"
#include "prune.hpp"

using namespace winnow::detail;

namespace {

// is_hidden's rule read attribute by attribute (Dom::attr, the first of a name).
bool hidden_by_name(const Dom& dom, std::uint32_t n) {
    std::string style;
    for (char c : dom.attr(n, "style"))
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') style += (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
    return dom.has_attr(n, "hidden") || dom.attr(n, "aria-hidden") == "true" || style.find("display:none") != std::string::npos ||
           style.find("visibility:hidden") != std::string::npos || (dom.nodes[n].tag == GUMBO_TAG_INPUT && dom.attr(n, "type") == "hidden");
}

// The page's text after prune (words of removed subtrees left out).
std::string pruned_text(const std::string& html) {
    auto dom = Dom::parse(html, 1'000'000, 400);
    for (std::uint32_t n = 0; n < dom->nodes.size(); ++n)
        if (dom->nodes[n].type == NodeType::element) CHECK(is_hidden(*dom, n) == hidden_by_name(*dom, n));
    const HiddenSelectors sheets(*dom);
    prune(*dom, sheets);
    return dom->text_of(dom->body);
}

bool has(const std::string& text, std::string_view word) { return text.find(word) != std::string::npos; }

}  // namespace

TEST_CASE("prune: hidden attributes in any order, div soup (en)") {
    const std::string t = pruned_text(
        "<html><head><style>.later{display:none}</style></head><body><div class=\"post\" id=\"main\">"
        "<p>The river rose overnight.</p>"
        "<div data-x=\"1\" class=\"promo\" hidden title=\"t\">Subscribe now</div>"
        "<div style=\"color: red; DISPLAY : None\" class=\"a\" id=\"b\">Popup text</div>"
        "<span id=\"s\" aria-hidden=\"true\" class=\"icon\">Icon label</span>"
        "<span aria-hidden=\"false\" class=\"icon\">Visible label</span>"
        "<div class=\"later\" title=\"x\">Sheet hidden</div>"
        "<div style=\"display:block\" class=\"later\">Shown again</div>"
        "<form><input name=\"q\" type=\"hidden\" value=\"v\"><input type=\"text\" name=\"n\"></form>"
        "<div title=\"m\" role=\"navigation\" class=\"n\">Menu links</div>"
        "<b style=\"Display :\tNONE\">Folded one</b><b style=\"dis play: no ne\">Spaced one</b>"
        "<b style=\"visibility: hidden !important\">Marked one</b><b style=\"display:nonesuch\">Prefix one</b>"
        "<b style=\"display: inline; visibility: visible\">Kept bold</b><b style=\"displa y:non\">Kept short</b>"
        "<p>The town slept.</p></div></body></html>");
    CHECK(has(t, "The river rose overnight."));
    CHECK(has(t, "The town slept."));
    CHECK(has(t, "Visible label"));
    CHECK(has(t, "Shown again"));
    CHECK(has(t, "Kept bold"));
    CHECK(has(t, "Kept short"));
    for (const char* gone : {"Subscribe now", "Popup text", "Icon label", "Sheet hidden", "Menu links", "Folded one", "Spaced one",
                             "Marked one", "Prefix one"})
        CHECK_FALSE(has(t, gone));
}

TEST_CASE("prune: hidden attributes in semantic HTML5 (de) and a table layout (fr)") {
    const std::string de = pruned_text(
        "<html><head><style>#werbung{visibility:hidden}</style></head><body><main><article>"
        "<h1>Der Fluss stieg</h1><p>Die Stadt schlief, als das Wasser kam.</p>"
        "<aside id=\"werbung\" class=\"k\">Jetzt abonnieren</aside>"
        "<section role=\"complementary\" data-a=\"b\">Weitere Artikel</section>"
        "<figure aria-hidden=\"true\"><figcaption>Dekoration</figcaption></figure>"
        "<p>Am Morgen war alles ruhig.</p></article></main></body></html>");
    CHECK(has(de, "Die Stadt schlief, als das Wasser kam."));
    CHECK(has(de, "Am Morgen war alles ruhig."));
    for (const char* gone : {"Jetzt abonnieren", "Weitere Artikel", "Dekoration"}) CHECK_FALSE(has(de, gone));

    const std::string fr = pruned_text(
        "<html><head><style>td.masque{display:none}</style></head><body><table><tr>"
        "<td class=\"texte\">Le fleuve est monté pendant la nuit.</td>"
        "<td width=\"10\" class=\"masque\" valign=\"top\">Publicité cachée</td>"
        "<td style=\"visibility : HIDDEN\">Bulle d'aide</td>"
        "<td role=\"banner\">Bandeau du site</td></tr></table></body></html>");
    CHECK(has(fr, "Le fleuve est monté pendant la nuit."));
    for (const char* gone : {"Publicité cachée", "Bulle d'aide", "Bandeau du site"}) CHECK_FALSE(has(fr, gone));
}

TEST_CASE("prune: hidden attributes in Russian and Japanese pages") {
    const std::string ru = pruned_text(
        "<html><body><div class=\"статья\"><p>Река поднялась ночью.</p>"
        "<div lang=\"ru\" hidden=\"\">Скрытый блок</div>"
        "<ul role=\"menu\" class=\"м\"><li>Главная</li></ul>"
        "<p style=\"display:inline\">Город спал.</p></div></body></html>");
    CHECK(has(ru, "Река поднялась ночью."));
    CHECK(has(ru, "Город спал."));
    CHECK_FALSE(has(ru, "Скрытый блок"));
    CHECK_FALSE(has(ru, "Главная"));

    const std::string ja = pruned_text(
        "<html><head><style>.kakushi{display:none}</style></head><body><div id=\"honbun\"><p>川が夜のうちに増水した。</p>"
        "<div id=\"x\" class=\"kakushi other\">隠れた広告</div>"
        "<div class=\"kakushi\" style=\"display:flex\">表示される注記</div>"
        "<div role=\"dialog\" lang=\"ja\">ログインしてください</div></div></body></html>");
    CHECK(has(ja, "川が夜のうちに増水した。"));
    CHECK(has(ja, "表示される注記"));
    CHECK_FALSE(has(ja, "隠れた広告"));
    CHECK_FALSE(has(ja, "ログインしてください"));
}
