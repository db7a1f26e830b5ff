// A code block is the article's own text by its markup, whatever its letters: the foreign-box filter
// (filters/foreign_boxes.cpp) takes a short run of blocks in words the prose never uses for a box
// set into the article, and a config or shell snippet in a Japanese manual is exactly that by its
// words. A pitch in another script between the same paragraphs still goes.
#include <doctest/doctest.h>

#include <string>

#include <winnow/winnow.hpp>

#include "text_util.hpp"

using namespace winnow;

namespace {

std::string cleaned(const std::string& input) {
    const Result r = clean(input);
    REQUIRE(r.ok());
    return winnow::test::squeeze(to_text(r.document));
}

// A Japanese manual page: a two-line shell snippet holding an address, then a note box.
const std::string kJapanese = R"PAGE(<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>キャッシュの設定</title></head><body><main><article><h1>キャッシュの設定</h1>
<p>このツールは取得したページを手元のディスクに保存し、同じアドレスを二度目に読むときはネットワークに出ずに保存済みの内容を返します。保存先の場所と期限は設定で変えられます。</p>
<h2>保存先を変える</h2>
<p>既定では利用者のホームディレクトリの下に保存されますが、容量の大きいディスクを使いたい場合は環境変数で別の場所を指定します。次のように起動前に設定してください。</p>
<pre><code>export FETCH_CACHE=/data/cache
fetch --mirror https://mirror.example/pub</code></pre>
<div class="admonition note"><p class="admonition-title">注意</p><p>保存先のディレクトリは事前に作成し、書き込みの権限を与えておく必要があります。</p></div>
<h2>期限を決める</h2>
<p>保存した内容は七日を過ぎると古いものとして扱われ、次に読むときに取り直されます。期限は日数で指定でき、零を指定すると毎回取り直します。</p>
<p>期限を長くすると通信量は減りますが、元のページが更新されても古い内容を読み続けることになるので注意してください。</p>
</article></main></body></html>
)PAGE";

// A German tutorial: a two-line config block in a bare <pre>, then a note box with a bold label.
const std::string kGerman = R"PAGE(<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Zwischenspeicher einrichten</title></head><body><main><article><h1>Zwischenspeicher einrichten</h1>
<p>Das Werkzeug legt jede abgerufene Seite auf der eigenen Festplatte ab und liefert sie beim zweiten Aufruf derselben Adresse aus dem Speicher, ohne das Netz zu fragen. Wo und wie lange das geschieht, legt die Konfigurationsdatei fest.</p>
<h2>Den Speicherort ändern</h2>
<p>Normalerweise landet alles im Heimatverzeichnis des Benutzers. Wer lieber eine größere Platte nimmt, trägt in der Datei einen anderen Pfad ein und startet das Programm danach neu.</p>
<pre>[cache]
path = "/srv/cache"</pre>
<div class="hinweis"><p><b>Hinweis</b></p><p>Das Verzeichnis muss schon vorhanden und für den Dienst beschreibbar sein, sonst bricht der Start mit einer Fehlermeldung ab.</p></div>
<h2>Die Frist festlegen</h2>
<p>Nach sieben Tagen gilt ein gespeicherter Eintrag als veraltet und wird beim nächsten Aufruf neu geholt. Die Frist wird in Tagen angegeben; null bedeutet, dass jedes Mal neu geladen wird.</p>
<p>Eine lange Frist spart Datenvolumen, doch ändert sich die Originalseite, liest man so lange die alte Fassung, bis die Frist abläuft.</p>
</article></main></body></html>
)PAGE";

// A French blog post: a one-line pip command, then a tip line in italics.
const std::string kFrench = R"PAGE(<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Installer la bibliothèque</title></head><body><main><article><h1>Installer la bibliothèque</h1>
<p>La bibliothèque se installe comme la plupart des paquets du langage, depuis le dépôt public, dans un environnement virtuel que l'on crée pour chaque projet afin de ne pas mélanger les versions.</p>
<h2>Créer l'environnement</h2>
<p>On commence par créer l'environnement dans le dossier du projet, puis on l'active avant toute installation, sans quoi le paquet irait se mêler à ceux du système tout entier.</p>
<pre><code>pip install --upgrade extracteur-pages</code></pre>
<p><em>Astuce</em></p>
<p>Pour vérifier que tout fonctionne, on lance ensuite la commande d'aide, qui doit afficher la liste des options et le numéro de la version installée sans message d'erreur.</p>
<h2>Mettre à jour</h2>
<p>Une nouvelle version paraît chaque mois environ. La même commande la récupère, et le journal des changements dit ce qui a bougé depuis la version précédente et ce qu'il faut adapter.</p>
</article></main></body></html>
)PAGE";

// The Japanese page with an English newsletter box (its link line a button) between two sections.
const std::string kJapanesePitch = R"PAGE(<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>キャッシュの設定</title></head><body><main><article><h1>キャッシュの設定</h1>
<p>このツールは取得したページを手元のディスクに保存し、同じアドレスを二度目に読むときはネットワークに出ずに保存済みの内容を返します。保存先の場所と期限は設定で変えられます。</p>
<h2>保存先を変える</h2>
<p>既定では利用者のホームディレクトリの下に保存されますが、容量の大きいディスクを使いたい場合は環境変数で別の場所を指定します。次のように起動前に設定してください。</p>
<pre><code>export FETCH_CACHE=/data/cache
fetch --mirror https://mirror.example/pub</code></pre>
<div class="admonition note"><p class="admonition-title">注意</p><p>保存先のディレクトリは事前に作成し、書き込みの権限を与えておく必要があります。</p></div>
<div><p>Get our weekly digest of new releases delivered to your inbox for free.</p><p><a href="https://news.example/join">Sign up</a></p></div>
<h2>期限を決める</h2>
<p>保存した内容は七日を過ぎると古いものとして扱われ、次に読むときに取り直されます。期限は日数で指定でき、零を指定すると毎回取り直します。</p>
<p>期限を長くすると通信量は減りますが、元のページが更新されても古い内容を読み続けることになるので注意してください。</p>
</article></main></body></html>
)PAGE";

}  // namespace

TEST_CASE("a code block in letters the prose never writes stays: it is the article's by its markup") {
    const std::string ja = cleaned(kJapanese);
    CHECK(ja.find("export FETCH_CACHE=/data/cache") != std::string::npos);
    CHECK(ja.find("fetch --mirror https://mirror.example/pub") != std::string::npos);
    CHECK(ja.find("保存先のディレクトリは事前に作成し") != std::string::npos);
    CHECK(ja.find("毎回取り直します") != std::string::npos);

    const std::string de = cleaned(kGerman);
    CHECK(de.find("path = \"/srv/cache\"") != std::string::npos);
    CHECK(de.find("Das Verzeichnis muss schon vorhanden") != std::string::npos);

    const std::string fr = cleaned(kFrench);
    CHECK(fr.find("pip install --upgrade extracteur-pages") != std::string::npos);
    CHECK(fr.find("la commande d'aide") != std::string::npos);
}

TEST_CASE("a pitch in another script with a button of its own still goes beside a kept code block") {
    const std::string out = cleaned(kJapanesePitch);
    CHECK(out.find("weekly digest") == std::string::npos);
    CHECK(out.find("Sign up") == std::string::npos);
    CHECK(out.find("export FETCH_CACHE=/data/cache") != std::string::npos);
    CHECK(out.find("毎回取り直します") != std::string::npos);
}
