// A release's line in an article's body ("v2.4.1 (2024-03-12)", "3.2.0 – 4. März 2024"), as a
// paragraph or a list item, is the article's: extraction took it for the page's dateline (a
// short line that is a date) and dropped it. A dated line that names a version, its date left
// whole without the version, is an entry of the text. A dateline without a version still goes.
// English, German, French, Chinese; <article> paragraphs and lists, class-less <div>s, a table
// layout.
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
    return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><title>Releases</title></head><body>" + body + "</body></html>";
}

struct Case {
    const char* lang;
    std::string html;
    std::vector<const char*> kept;
};

const std::vector<Case> kCases = {
    {"en",
     "<article><h1>What changed in the parser</h1><p>The parser has had a busy spring, and this post walks through the "
     "releases that matter for people who embed it in their own tools.</p><p>v2.4.1 (2024-03-12)</p><p>This release "
     "fixed the crash on empty input files and made the error messages name the line where parsing stopped.</p>"
     "<ul><li>v2.4.0 (2024-02-20)</li><li>v2.3.9 (2024-01-15)</li></ul><p>The two earlier releases added streaming "
     "support and cut the memory use for large documents by almost half.</p></article>",
     {"v2.4.1 (2024-03-12)", "v2.4.0 (2024-02-20)", "v2.3.9 (2024-01-15)"}},
    {"de",
     "<div><div><div>Die Bibliothek hat im Frühjahr mehrere Versionen bekommen, und dieser Beitrag fasst zusammen, was "
     "sich für Anwender wirklich geändert hat.</div><div>3.2.0 – 4. März 2024</div><div>Diese Version beschleunigt das "
     "Einlesen großer Dateien deutlich und behebt einen Fehler bei leeren Zeilen am Ende.</div><div>3.1.7 – 12. Februar "
     "2024</div><div>Die Version davor brachte vor allem Korrekturen an der Dokumentation und kleinere Aufräumarbeiten "
     "im Code.</div></div></div>",
     {"3.2.0 – 4. März 2024", "3.1.7 – 12. Februar 2024"}},
    {"fr",
     "<table><tr><td>Menu</td><td>L'outil a connu plusieurs versions ce printemps, et voici ce qui change vraiment pour "
     "ceux qui l'utilisent tous les jours.<br><br>v5.0.2 (18 avril 2024)<br><br>Cette version corrige la lecture des "
     "fichiers vides et rend les messages d'erreur beaucoup plus clairs pour tout le monde.<br><br>v5.0.1 (2 avril 2024)"
     "<br><br>La précédente ajoutait surtout la lecture en continu et réduisait nettement la mémoire utilisée.</td></tr>"
     "</table>",
     {"v5.0.2 (18 avril 2024)", "v5.0.1 (2 avril 2024)"}},
    {"zh",
     "<article><h1>解析器更新说明</h1><p>今年春天解析器发布了好几个版本，本文介绍对在自己工具中使用它的开发者来说最重要的变化。</p>"
     "<p>v1.8.2 (2024年3月12日)</p><p>这个版本修复了读取空文件时的崩溃，并让错误信息指出解析停止的具体行号。</p>"
     "<ul><li>v1.8.1 (2024年2月20日)</li></ul><p>之前的版本加入了流式读取，并把大文件的内存占用减少了将近一半。</p></article>",
     {"v1.8.2 (2024年3月12日)", "v1.8.1 (2024年2月20日)"}},
};

}  // namespace

TEST_CASE("a release's dated line in the body stays, in any language and markup") {
    for (const Case& c : kCases) {
        const std::string out = text_of(page(c.lang, c.html));
        for (const char* k : c.kept) {
            INFO(std::string(c.lang) << ": " << std::string(k) << "\n" << out);
            CHECK(out.find(k) != std::string::npos);
        }
    }
}

TEST_CASE("a dateline without a version still goes") {
    const std::string out = text_of(page(
        "en", "<article><h1>What changed in the parser</h1><p>12 March 2024</p><p>The parser has had a busy spring, and "
              "this post walks through the releases that matter for people who embed it.</p><p>This release fixed the "
              "crash on empty input files and made the error messages name the line where parsing stopped.</p></article>"));
    INFO(out);
    CHECK(out.find("12 March 2024") == std::string::npos);
    CHECK(out.find("busy spring") != std::string::npos);
}
