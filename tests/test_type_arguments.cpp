// A type written in prose with its arguments ("std::vector<int>", "Map<String, List<Integer>>",
// "Vec<u8>", "Array<T>"), escaped in the page (&lt;int&gt;), is the article's: the garbage
// filter's markup test took "<int>" for a stray tag and cut it. A type's arguments are glued
// to its name and nothing but identifiers and brackets stand up to the last '>'; a tag in text
// stands apart or opens on the word it wraps, or names an HTML element as markup does ("year<br>"),
// and that still goes. English, German, Russian,
// Japanese, Portuguese; <article> paragraphs, class-less <div>s, a table cell, a list item.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "text_util.hpp"

using namespace winnow;

namespace {

std::string text_of(const std::string& html) {
    const Result r = clean(html);
    return winnow::test::squeeze(to_text(r.document));
}

std::string page(const std::string& lang, const std::string& body) {
    return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><title>Types</title></head><body>" + body + "</body></html>";
}

struct Case {
    const char* lang;
    std::string html;
    std::vector<const char*> kept;
};

const std::vector<Case> kCases = {
    {"en",
     "<article><h1>Containers in practice</h1><p>When you need a growable array in C++, a std::vector&lt;int&gt; is the "
     "usual choice, and it keeps its elements next to each other in memory.</p><p>In Java the same nesting is written as "
     "Map&lt;String, List&lt;Integer&gt;&gt; and the compiler checks every level of it for you.</p><p>All of these "
     "containers grow on demand, so the cost of a single push is small when you average it.</p></article>",
     {"std::vector<int>", "Map<String, List<Integer>>"}},
    {"de",
     "<div><div><div>In Rust reicht man Bytes meistens als Vec&lt;u8&gt; weiter, und der Compiler prüft dabei jede "
     "Grenze des Puffers für uns.</div><div>Eine generische Hilfsfunktion in TypeScript nimmt oft ein Array&lt;T&gt; und "
     "gibt ein neues zurück, ohne das alte zu ändern.</div><div>Beide Sprachen sind streng, aber man gewöhnt sich schnell "
     "daran und schreibt bald weniger Fehler.</div></div></div>",
     {"Vec<u8>", "Array<T>"}},
    {"ru",
     "<table><tr><td>Меню</td><td><p>Для динамического массива в C++ обычно берут std::vector&lt;double&gt;, потому что "
     "он хранит элементы подряд в памяти.</p><p>В C# словарь списков объявляют как Dictionary&lt;string, "
     "List&lt;int&gt;&gt; и компилятор проверяет каждый уровень вложенности.</p><p>Все эти контейнеры растут по мере "
     "надобности, и одна вставка в среднем обходится дёшево.</p></td></tr></table>",
     {"std::vector<double>", "Dictionary<string, List<int>>"}},
    {"ja",
     "<main><h1>ジェネリクス入門</h1><ul><li>Rustではバイト列を Vec&lt;u8&gt; として受け渡すことが多く、コンパイラが境界を確認します。</li>"
     "<li>Javaでは Optional&lt;String&gt; を返すと、値がない場合を呼び出し側に明示できます。</li></ul>"
     "<p>どちらの書き方も最初は長く感じますが、慣れると読みやすく、間違いも減ります。</p></main>",
     {"Vec<u8>", "Optional<String>"}},
    {"pt",
     "<article><h1>Tipos genéricos</h1><p>Em Kotlin, uma função que devolve List&lt;Pair&lt;Int, String&gt;&gt; deixa "
     "claro o que cada elemento carrega.</p><p>Em Swift, um Set&lt;Character&gt; guarda cada letra uma só vez, sem "
     "repetir nenhuma delas.</p><p>Os dois casos mostram como o tipo conta ao leitor o que o código faz.</p></article>",
     {"List<Pair<Int, String>>", "Set<Character>"}},
};

}  // namespace

TEST_CASE("a type with its arguments written in prose stays whole, in any language and markup") {
    for (const Case& c : kCases) {
        const std::string out = text_of(page(c.lang, c.html));
        for (const char* k : c.kept) {
            INFO(std::string(c.lang) << ": " << std::string(k) << "\n" << out);
            CHECK(out.find(k) != std::string::npos);
        }
    }
}

TEST_CASE("tags left as text in prose still go") {
    const std::string out = text_of(page(
        "en", "<article><h1>Residue test page here</h1><p>The council met on Monday evening to discuss the budget for the "
              "coming year, and several members asked for more time.</p><p>The plan was approved&lt;span class=\"note\"&gt; "
              "by a large majority after a long debate that lasted until midnight.</p><p>Residents said the new park would "
              "help &lt;/p&gt;&lt;p&gt; families with small children in the area, and the mayor agreed.</p><p>A second "
              "vote followed a week later&lt;br&gt; and it confirmed the decision&lt;BR&gt; without any change&lt;p&gt; "
              "at all, to the relief of the residents&lt;h2&gt; who had waited.</p></article>"));
    INFO(out);
    CHECK(out.find("<span") == std::string::npos);
    CHECK(out.find("</p>") == std::string::npos);
    for (const char* tag : {"<br>", "<BR>", "<p>", "<h2>"}) CHECK(out.find(tag) == std::string::npos);
    CHECK(out.find("confirmed the decision") != std::string::npos);
    CHECK(out.find("by a large majority") != std::string::npos);
}
