// Page kinds of issue 18, round 58: a code listing set by a highlighter as a table of line
// numbers beside the code — one row of a gutter cell of all the numbers and a cell of all the
// code (Hexo-, Pygments-like "linenos" tables), or a row per line (a source browser's blob view)
// — inside a <figure> or a plain <div>. The code is a code block with its lines as written; the
// numbers are no text. Before, a <figure> around such a table lost the code and a bare one glued
// it into one table cell. Each page as written and class-blind (kinds10_util.hpp), in en, de,
// ru and ja. Written from how highlighters mark code up, not from any test data.

#include <string>
#include <vector>

#include "kinds10_util.hpp"

namespace {

using winnow::test::kinds10::class_blind;

struct Listing {
    const char* name;
    std::string html;
    std::string code;                 // the code block's text, exactly
    std::vector<std::string> prose;   // sentences around it that stay
};

void walk(const std::vector<winnow::Block>& blocks, std::vector<const winnow::Block*>& out) {
    for (const auto& b : blocks) {
        out.push_back(&b);
        walk(b.children, out);
    }
}

void check_variant(const Listing& l, const std::string& html, const char* variant) {
    const winnow::Result r = winnow::clean(html);
    REQUIRE(r.ok());
    std::vector<const winnow::Block*> all;
    walk(r.document.body, all);
    const std::string text = winnow::to_text(r.document);
    INFO(l.name << " (" << variant << ")\n" << text);
    bool code = false, gutter = false;
    for (const auto* b : all) {
        if (b->kind == winnow::BlockKind::code && b->text == l.code) code = true;
        // The gutter's numbers in any block: "1 2 3" or "1\n2\n3", or glued before the code.
        if (winnow::test::has(b->text, "1\n2\n3") || winnow::test::has(b->text, "1 2 3")) gutter = true;
    }
    CHECK_MESSAGE(code, "no code block holding the listing as written");
    CHECK_MESSAGE(!gutter, "the gutter's line numbers came out as text");
    for (const auto& s : l.prose) CHECK_MESSAGE(winnow::test::has(text, s), "missing: " << s);
}

void check(const Listing& l) {
    check_variant(l, l.html, "named");
    check_variant(l, class_blind(l.html), "hashed");
}

std::string page(const char* lang, const char* title, const std::string& body) {
    return std::string("<!DOCTYPE html><html lang=\"") + lang + "\"><head><meta charset=\"utf-8\"><title>" + title +
           "</title></head><body><header><nav><a href=\"/\">Home</a> <a href=\"/docs\">Docs</a> <a href=\"/blog\">Blog</a></nav></header>" +
           body + "<footer><p>© 2026</p></footer></body></html>";
}

}  // namespace

TEST_CASE("en: Hexo-like <figure class=\"highlight\"> holding a table of a gutter <pre> of numbers beside a code <pre>") {
    check({"k58_en_figure_gutter_pre",
           page("en", "Reading a file line by line", R"HTML(<main><article><h1>Reading a file line by line</h1>
<p>The simplest way to read a text file one line at a time is to open a stream and call the line reader in a loop until it reports the end of the file.</p>
<figure class="highlight cpp"><table><tbody><tr><td class="gutter"><pre><span class="line">1</span><br><span class="line">2</span><br><span class="line">3</span><br><span class="line">4</span><br><span class="line">5</span><br></pre></td><td class="code"><pre><span class="line">std::ifstream in(path);</span><br><span class="line">std::string line;</span><br><span class="line">while (std::getline(in, line)) {</span><br><span class="line">    handle(line);</span><br><span class="line">}</span><br></pre></td></tr></tbody></table></figure>
<p>The loop ends when the stream fails, which happens at the end of the file or on a read error; check the stream's state afterwards if the difference matters.</p>
<p>For very large files, reserve a buffer once and reuse it so that the loop does not allocate on every line.</p>
</article></main>)HTML"),
           "std::ifstream in(path);\nstd::string line;\nwhile (std::getline(in, line)) {\n    handle(line);\n}",
           {"call the line reader in a loop", "check the stream's state afterwards", "reserve a buffer once"}});
}

TEST_CASE("de: class-less div soup, a bare table whose first cell holds numbers apart by <br> and whose second a <pre>") {
    check({"k58_de_div_table_br",
           page("de", "Eine Datei zeilenweise lesen", R"HTML(<div><div><h1>Eine Datei zeilenweise lesen</h1>
<div>Am einfachsten liest man eine Textdatei Zeile für Zeile, indem man einen Strom öffnet und die Zeilenfunktion in einer Schleife aufruft, bis das Dateiende erreicht ist.</div>
<div><table><tr><td>1<br>2<br>3<br>4</td><td><pre>with open(pfad, encoding="utf-8") as f:
    for zeile in f:
        # jede Zeile ohne Umbruch
        verarbeite(zeile.rstrip())</pre></td></tr></table></div>
<div>Die Schleife endet, sobald die Datei erschöpft ist; der Kontextmanager schließt sie danach auch dann, wenn eine Ausnahme auftritt.</div>
<div>Bei sehr großen Dateien lohnt es sich, nicht alle Zeilen auf einmal in eine Liste zu laden, sondern sie einzeln zu verarbeiten.</div>
</div></div>)HTML"),
           "with open(pfad, encoding=\"utf-8\") as f:\n    for zeile in f:\n        # jede Zeile ohne Umbruch\n        verarbeite(zeile.rstrip())",
           {"indem man einen Strom öffnet", "der Kontextmanager schließt sie danach", "nicht alle Zeilen auf einmal"}});
}

TEST_CASE("ru: a source browser's table of a row per line, a number cell beside a <code> cell, in a <figure> with a caption") {
    check({"k58_ru_rows_per_line",
           page("ru", "Чтение конфигурации", R"HTML(<article><h1>Чтение конфигурации</h1>
<p>Конфигурация хранится в файле формата TOML, и программа читает её один раз при запуске, а затем передаёт готовую структуру всем модулям.</p>
<figure class="blob"><table class="blob-table"><tr><td class="blob-num">1</td><td class="blob-code"><code>let text = fs::read_to_string(path)?;</code></td></tr>
<tr><td class="blob-num">2</td><td class="blob-code"><code>// разбираем файл целиком</code></td></tr>
<tr><td class="blob-num">3</td><td class="blob-code"><code>let config: Config = toml::from_str(&amp;text)?;</code></td></tr>
<tr><td class="blob-num">4</td><td class="blob-code"><code>Ok(config)</code></td></tr></table>
<figcaption>Листинг 1. Чтение файла настроек.</figcaption></figure>
<p>Если файл отсутствует, функция возвращает ошибку, и программа завершается с понятным сообщением вместо паники.</p>
<p>Значения по умолчанию задаются в самой структуре, поэтому в файле достаточно указать только то, что отличается.</p>
</article>)HTML"),
           "let text = fs::read_to_string(path)?;\n// разбираем файл целиком\nlet config: Config = toml::from_str(&text)?;\nOk(config)",
           {"читает её один раз при запуске", "завершается с понятным сообщением", "Значения по умолчанию задаются"}});
}

TEST_CASE("ja: a Pygments-like div.highlight > table.highlighttable, the gutter a <pre> of numbers starting at 10, the code a <pre> of lines") {
    check({"k58_ja_pygments_from_10",
           page("ja", "設定ファイルの読み込み", R"HTML(<div class="document"><div class="body"><section><h1>設定ファイルの読み込み</h1>
<p>設定は起動時に一度だけ読み込まれ、その後は各モジュールに同じ値が渡されます。次の関数は前回の例の続きです。</p>
<div class="highlight-python"><div class="highlight"><table class="highlighttable"><tr><td class="linenos"><div class="linenodiv"><pre><span class="normal">10</span>
<span class="normal">11</span>
<span class="normal">12</span></pre></div></td><td class="code"><div><pre><span></span><span class="k">def</span> <span class="nf">load</span><span class="p">(</span><span class="n">path</span><span class="p">):</span>
    <span class="c1"># ファイル全体を読む</span>
    <span class="k">return</span> <span class="n">parse</span><span class="p">(</span><span class="nb">open</span><span class="p">(</span><span class="n">path</span><span class="p">)</span><span class="o">.</span><span class="n">read</span><span class="p">())</span>
</pre></div></td></tr></table></div></div>
<p>ファイルが見つからない場合は例外が送出されるので、呼び出し側でわかりやすいメッセージに変換してください。</p>
<p>既定値は構造体の側で定義されているため、ファイルには変更したい項目だけを書けば十分です。</p>
</section></div></div>)HTML"),
           "def load(path):\n    # ファイル全体を読む\n    return parse(open(path).read())",
           {"設定は起動時に一度だけ読み込まれ", "わかりやすいメッセージに変換してください", "変更したい項目だけを書けば十分です"}});
}

// A data table whose first column counts rows is no frame: it holds no <pre> or <code>, so it
// never becomes a code block (what else becomes of a table this small is another stage's call).
TEST_CASE("en: a ranked data table (numbers beside names, no code) is no code block") {
    const std::string html = page("en", "Longest rivers", R"HTML(<article><h1>Longest rivers</h1>
<p>The table below lists the longest rivers of the continent by their length from source to mouth, as measured by the survey.</p>
<table><tr><td>1</td><td>Danube</td></tr><tr><td>2</td><td>Volga</td></tr><tr><td>3</td><td>Ural</td></tr></table>
<p>Lengths differ between sources because the source of a river is often a matter of definition rather than measurement.</p>
</article>)HTML");
    const winnow::Result r = winnow::clean(html);
    REQUIRE(r.ok());
    bool code = false;
    for (const auto& b : r.document.body) code = code || b.kind == winnow::BlockKind::code;
    CHECK(!code);
}
