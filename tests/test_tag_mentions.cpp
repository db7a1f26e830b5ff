// An HTML element named in a sentence by its tag, written as text ("use the &lt;br&gt;
// element"), is the article's words about markup and stays, with the words around it; markup
// left in the text (glued to the words it wrapped, with attributes, or between sentences) still
// goes. Fixtures written for this test: en fr ru zh de; HTML5 article, div soup without class
// names, a table layout. Variants: quoted and bracketed tags, closing and self-closing tags, a
// tag closing the sentence, a no-break space after the tag.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "noise_page_util.hpp"

using namespace winnow;

namespace {

struct Case {
    const char* lang;
    std::vector<std::string> paras;  // the article's own paragraphs around the line
    std::string html;                // the line as written in the page
    std::string text;                // the line as the text output writes it
};

const std::vector<std::string> kEn{
    "Writing a page by hand is the best way to learn what each element of the language is for.",
    "Browsers forgive a great deal, but a page that is written carefully is read the same way everywhere.",
    "In the next lesson we look at lists, and at the difference between ordered and unordered ones."};
const std::vector<std::string> kFr{
    "Écrire une page à la main reste la meilleure façon de comprendre à quoi sert chaque élément.",
    "Les navigateurs pardonnent beaucoup, mais une page soignée se lit partout de la même manière.",
    "Dans la prochaine leçon, nous verrons les listes et la différence entre listes ordonnées ou non."};
const std::vector<std::string> kRu{
    "Писать страницу вручную — лучший способ понять, для чего нужен каждый элемент языка разметки.",
    "Браузеры многое прощают, но аккуратно написанная страница везде выглядит одинаково.",
    "В следующем уроке мы разберём списки и разницу между нумерованными и маркированными."};
const std::vector<std::string> kZh{
    "亲手编写网页是理解每个元素用途的最好方法，也能让人更快地发现自己写错的地方。",
    "浏览器能容忍很多错误，但认真编写的网页在任何地方看起来都是一样的。",
    "下一课我们将学习列表，以及有序列表和无序列表之间的区别。"};
const std::vector<std::string> kDe{
    "Eine Seite von Hand zu schreiben ist der beste Weg, um zu verstehen, wofür jedes Element da ist.",
    "Browser verzeihen vieles, aber eine sorgfältig geschriebene Seite sieht überall gleich aus.",
    "In der nächsten Lektion geht es um Listen und den Unterschied zwischen nummerierten und anderen."};

const std::vector<Case> kMentions{
    {"en", kEn, "To break a line, use the &lt;br&gt; element inside the paragraph.",
     "To break a line, use the <br> element inside the paragraph."},
    {"en", kEn, "Wrap a warning in a &lt;strong&gt; tag, never in &lt;b&gt; alone.",
     "Wrap a warning in a <strong> tag, never in <b> alone."},
    {"en", kEn, "Every list item must be closed with &lt;/li&gt; in strict documents.",
     "Every list item must be closed with </li> in strict documents."},
    {"en", kEn, "Old tutorials write the line break as &lt;br /&gt; with a space before the slash.",
     "Old tutorials write the line break as <br /> with a space before the slash."},
    {"fr", kFr, "Utilisez la balise «&lt;em&gt;» pour mettre un mot en valeur dans la phrase.",
     "Utilisez la balise «<em>» pour mettre un mot en valeur dans la phrase."},
    {"fr", kFr, "Pour un titre de section, on choisit &lt;h2&gt;&nbsp;plutôt que du texte en gras.",
     "Pour un titre de section, on choisit <h2> plutôt que du texte en gras."},
    {"ru", kRu, "Тег &lt;table&gt; создаёт таблицу, а &lt;tr&gt; — её строку.",
     "Тег <table> создаёт таблицу, а <tr> — её строку."},
    {"zh", kZh, "请使用 &lt;br&gt; 元素换行，不要连续输入多个空格。", "请使用 <br> 元素换行，不要连续输入多个空格。"},
    {"de", kDe, "Ein Absatz beginnt immer mit dem Tag (&lt;p&gt;) und endet mit &lt;/p&gt;.",
     "Ein Absatz beginnt immer mit dem Tag (<p>) und endet mit </p>."},
};

std::string body_of(const Case& c, const std::string& line) {
    return "<p>" + c.paras[0] + "</p><p>" + c.paras[1] + "</p><p>" + line + "</p><p>" + c.paras[2] + "</p>";
}

}  // namespace

TEST_CASE("an element's tag named in a sentence stays, and so do the words around it") {
    for (const auto& c : kMentions)
        for (int markup = 0; markup < test::kNoiseMarkups; ++markup) {
            const std::string out = test::cleaned_text(test::noise_page(c.lang, markup, body_of(c, c.html)));
            CAPTURE(c.text);
            CAPTURE(markup);
            CAPTURE(out);
            CHECK(out.find(c.text) != std::string::npos);
            CHECK(out.find(c.paras[2]) != std::string::npos);
        }
}

TEST_CASE("markup left in the text still goes: glued to its words, with attributes, between sentences") {
    const std::vector<std::pair<Case, std::string>> residue{
        {{"en", kEn, "The results were &lt;b&gt;very&lt;/b&gt; good this year.", ""}, "<b>very</b>"},
        {{"en", kEn, "The gallery opens at noon. &lt;br&gt; Entry is free for children.", ""}, "<br>"},
        {{"fr", kFr, "Le musée ouvre à midi &lt;div class=\"note\"&gt; et ferme le soir.", ""}, "<div class="},
        {{"ru", kRu, "Музей открыт до вечера.&lt;/span&gt; Вход свободный.", ""}, "</span>"},
    };
    for (const auto& [c, markup_text] : residue)
        for (int markup = 0; markup < test::kNoiseMarkups; ++markup) {
            const std::string out = test::cleaned_text(test::noise_page(c.lang, markup, body_of(c, c.html)));
            CAPTURE(c.html);
            CAPTURE(markup);
            CAPTURE(out);
            CHECK(out.find(markup_text) == std::string::npos);
            CHECK(out.find(c.paras[2]) != std::string::npos);
        }
}
