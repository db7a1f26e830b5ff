// Page kinds of issue 18 (kinds10_util.hpp: each page as written and class-blind), one each: a
// recipe under a long story (es, HTML5, the ingredients a list, the steps an ordered list), a
// product page (de, div soup: description, a spec table, reviews that are comments), a docs page
// with code and a sidebar table of contents (en, named markup), a "10 best" list page with a
// paragraph per item (ru, table layout for the page, headings per item). What a reader copies is
// in; menus, the sidebar's contents links, the reviews, related links and footer are out. Written
// from how such sites mark pages up, not from any test data.

#include "kinds10_util.hpp"

using winnow::test::kinds10::check;

TEST_CASE("es: a recipe after a long story, ingredients and steps as lists, HTML5") {
    check({"k59_es_recipe", R"HTML(<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Tortilla de patatas de mi abuela | La cocina de Carmen</title></head>
<body>
<header><a href="/">La cocina de Carmen</a><nav><a href="/recetas">Recetas</a> <a href="/postres">Postres</a> <a href="/sobre-mi">Sobre mí</a></nav></header>
<main>
<article>
<h1>Tortilla de patatas de mi abuela</h1>
<p>Cada domingo de mi infancia empezaba con el ruido de las patatas cayendo en la sartén. Mi abuela pelaba un kilo entero sin mirar el cuchillo mientras nos contaba historias del pueblo.</p>
<p>Durante años intenté copiar su tortilla y siempre me quedaba seca o se rompía al darle la vuelta. El secreto, me dijo por fin, está en confitar las patatas despacio y en dejar reposar la mezcla con el huevo.</p>
<p>Esta es su receta tal como la apunté en una libreta que todavía guardo en la cocina, con alguna mancha de aceite incluida.</p>
<h2>Ingredientes</h2>
<ul>
<li>1 kg de patatas</li>
<li>6 huevos grandes</li>
<li>1 cebolla mediana</li>
<li>300 ml de aceite de oliva</li>
<li>Sal al gusto</li>
</ul>
<h2>Preparación</h2>
<ol>
<li>Pela las patatas y córtalas en láminas finas; pica la cebolla.</li>
<li>Confita patatas y cebolla en el aceite a fuego suave durante veinte minutos, sin que se doren.</li>
<li>Escúrrelas y mézclalas con los huevos batidos y la sal; deja reposar diez minutos.</li>
<li>Cuaja la mezcla en una sartén con una cucharada de aceite, dale la vuelta con un plato y termina dos minutos más.</li>
</ol>
</article>
<aside><h3>Te puede gustar</h3><ul><li><a href="/r/salmorejo">Salmorejo cordobés</a></li><li><a href="/r/croquetas">Croquetas de jamón</a></li></ul></aside>
</main>
<footer><p>© 2024 La cocina de Carmen · <a href="/privacidad">Privacidad</a></p></footer>
</body></html>)HTML",
           {"el ruido de las patatas cayendo en la sartén", "está en confitar las patatas despacio", "6 huevos grandes", "300 ml de aceite de oliva",
            "a fuego suave durante veinte minutos", "dale la vuelta con un plato"},
           {"Croquetas de jamón", "Sobre mí", "Privacidad"}});
}

TEST_CASE("de: a product page in div soup, description, spec table, reviews as comments") {
    check({"k59_de_product", R"HTML(<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Akku-Bohrschrauber BS 18 Kompakt - Werkzeughaus</title></head>
<body>
<div><a href="/">Werkzeughaus</a> <a href="/werkzeug">Werkzeug</a> <a href="/garten">Garten</a> <a href="/warenkorb">Warenkorb</a></div>
<div>
<div><h1>Akku-Bohrschrauber BS 18 Kompakt</h1>
<div>89,90 €</div><div><button>In den Warenkorb</button></div></div>
<div>
<h2>Beschreibung</h2>
<p>Der BS 18 Kompakt ist ein leichter Bohrschrauber für Regale, Möbel und kleine Bohrungen in Holz und Metall. Mit 1,2 kg liegt er auch bei Überkopfarbeiten ruhig in der Hand.</p>
<p>Das Zwei-Gang-Getriebe und die zwanzig Drehmomentstufen erlauben feinfühliges Schrauben ebenso wie zügiges Bohren.</p>
<h2>Technische Daten</h2>
<table>
<tr><td>Spannung</td><td>18 V</td></tr>
<tr><td>Max. Drehmoment</td><td>45 Nm</td></tr>
<tr><td>Leerlaufdrehzahl</td><td>0–450 / 0–1.600 min⁻¹</td></tr>
<tr><td>Gewicht mit Akku</td><td>1,2 kg</td></tr>
</table>
</div>
<div>
<h2>Kundenbewertungen (3)</h2>
<div><div><a href="/u/heimwerker82">heimwerker82</a> <span>12.03.2024</span></div><p>Für den Preis erstaunlich kräftig, das Regal im Keller war in einer Stunde aufgebaut.</p></div>
<div><div><a href="/u/sabine_k">sabine_k</a> <span>02.04.2024</span></div><p>Der Akku hält bei mir einen ganzen Samstag durch, nur das Ladegerät ist etwas laut.</p></div>
<div><div><a href="/u/tom">Tom</a> <span>19.05.2024</span></div><p>Das Bohrfutter hatte nach drei Wochen etwas Spiel, der Austausch ging aber problemlos.</p></div>
</div>
</div>
<div><p>© 2024 Werkzeughaus · <a href="/agb">AGB</a> · <a href="/impressum">Impressum</a></p></div>
</body></html>)HTML",
           {"ein leichter Bohrschrauber für Regale", "die zwanzig Drehmomentstufen", "45 Nm", "Gewicht mit Akku"},
           {"das Regal im Keller war in einer Stunde aufgebaut", "nur das Ladegerät ist etwas laut", "Warenkorb", "Impressum"}});
}

TEST_CASE("en: a docs page with code blocks and a sidebar table of contents") {
    check({"k59_en_docs", R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Configuring retries — tidepool 2.4 documentation</title></head>
<body>
<div class="topbar"><a href="/">tidepool</a> <a href="/docs">Docs</a> <a href="/api">API</a> <a href="https://example.org/repo">Source</a></div>
<div class="layout">
<div class="sidebar"><div class="toc-title">Contents</div><ul>
<li><a href="/docs/install">Installation</a></li><li><a href="/docs/quickstart">Quick start</a></li>
<li><a href="/docs/retries">Configuring retries</a><ul><li><a href="#backoff">Backoff</a></li><li><a href="#limits">Limits</a></li></ul></li>
<li><a href="/docs/timeouts">Timeouts</a></li><li><a href="/docs/logging">Logging</a></li></ul></div>
<div class="content">
<h1>Configuring retries</h1>
<p>By default a pool retries a failed request three times. Each retry waits longer than the one before, so a busy server gets time to recover.</p>
<h2 id="backoff">Backoff</h2>
<p>Set the base delay and the growth factor when you create the pool:</p>
<pre><code>pool = tidepool.Pool(retries=5, backoff=0.5, factor=2.0)
response = pool.get("https://example.org/items")</code></pre>
<p>With these values the waits are 0.5, 1, 2, 4 and 8 seconds.</p>
<h2 id="limits">Limits</h2>
<p>A retry is never made for a request that changed data on the server unless you mark it as safe to repeat:</p>
<pre><code>pool.post(url, data=payload, idempotent=True)</code></pre>
<div class="pager"><a href="/docs/quickstart">« Quick start</a> <a href="/docs/timeouts">Timeouts »</a></div>
</div>
</div>
<div class="footer"><p>© 2024 The tidepool authors · <a href="/license">License</a></p></div>
</body></html>)HTML",
           {"a pool retries a failed request three times", "Set the base delay and the growth factor", "pool = tidepool.Pool(retries=5, backoff=0.5, factor=2.0)",
            "the waits are 0.5, 1, 2, 4 and 8 seconds", "pool.post(url, data=payload, idempotent=True)"},
           {"Installation", "Quick start", "Logging", "License"}});
}

TEST_CASE("ru: a \"10 best\" list page, a heading and a paragraph per item, table layout") {
    check({"k59_ru_list", R"HTML(<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>5 лучших озёр Карелии для летнего отдыха — Путевые заметки</title></head>
<body>
<table width="100%"><tr><td colspan="2"><a href="/">Путевые заметки</a> | <a href="/russia">Россия</a> | <a href="/world">Мир</a> | <a href="/contacts">Контакты</a></td></tr>
<tr><td width="75%" valign="top">
<h1>5 лучших озёр Карелии для летнего отдыха</h1>
<p>Карелию называют краем тысячи озёр, и выбрать одно для отпуска непросто. Мы собрали пять мест, куда возвращаемся сами.</p>
<h2>1. Сямозеро</h2>
<p>Большое и тёплое озеро с песчаными пляжами. Здесь много турбаз, а до Петрозаводска всего час на машине.</p>
<h2>2. Ладожские шхеры</h2>
<p>Тысячи скалистых островов и узкие проливы: лучшее место для путешествия на байдарке на несколько дней.</p>
<h2>3. Онежское озеро</h2>
<p>Второе по величине озеро Европы. Отсюда ходят теплоходы на остров Кижи с деревянными церквями.</p>
<h2>4. Вегарус</h2>
<p>Тихое озеро с чистейшей водой и соснами вдоль берега; подходит тем, кто хочет рыбачить в одиночестве.</p>
<h2>5. Паанаярви</h2>
<p>Озеро в национальном парке на самом севере, среди гор и водопадов; добираться долго, но вид того стоит.</p>
</td>
<td width="25%" valign="top"><b>Популярное</b><br><a href="/p/1">Куда поехать в мае</a><br><a href="/p/2">Алтай на машине</a><br><a href="/p/3">Байкал зимой</a></td></tr>
<tr><td colspan="2">© 2024 Путевые заметки</td></tr></table>
</body></html>)HTML",
           {"краем тысячи озёр", "до Петрозаводска всего час на машине", "путешествия на байдарке на несколько дней", "на остров Кижи",
            "хочет рыбачить в одиночестве", "среди гор и водопадов", "Ладожские шхеры"},
           {"Алтай на машине", "Байкал зимой", "Контакты"}});
}
