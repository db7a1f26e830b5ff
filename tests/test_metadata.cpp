// Metadata: one small inline fixture per source (meta tags, Open Graph, JSON-LD, microdata,
// visible byline) plus the normalisations (ISO 8601 dates, site-name suffix, language tag).
#include <doctest/doctest.h>

#include <string>

#include "byline_author.hpp"
#include "json_value.hpp"
#include "metadata.hpp"
#include "parse_html.hpp"

using namespace winnow::detail;

namespace {

PageFacts facts_of(const std::string& html, std::string_view url = {}) {
    auto dom = Dom::parse(html, 1'000'000, 400);
    return read_metadata(*dom, url);
}

}  // namespace

TEST_CASE("meta tags: description, author, date, keywords, language") {
    const auto f = facts_of(R"(<html><head><title>Plain Title Here | Example Site</title>
        <meta name="description" content="A short summary.">
        <meta name="author" content="Jane Doe">
        <meta name="date" content="2024-03-05">
        <meta name="keywords" content="alpha, beta ,gamma">
        <meta http-equiv="content-language" content="de_DE">
        </head><body><p>x</p></body></html>)");
    CHECK(f.meta.title == "Plain Title Here");
    CHECK(f.meta.description == "A short summary.");
    REQUIRE(f.meta.authors.size() == 1);
    CHECK(f.meta.authors[0].name == "Jane Doe");
    CHECK(f.meta.published == "2024-03-05");
    CHECK(f.meta.tags == std::vector<std::string>{"alpha", "beta", "gamma"});
    CHECK(f.meta.language == "de-DE");
}

TEST_CASE("Open Graph: title, site name, url, locale, published/modified") {
    const auto f = facts_of(R"(<html><head><title>ignored</title>
        <meta property="og:title" content="The Story Title - Daily Planet">
        <meta property="og:site_name" content="Daily Planet">
        <meta property="og:url" content="https://planet.example/story">
        <meta property="og:locale" content="en_US">
        <meta property="article:published_time" content="2023-11-18T20:58:46+00:00">
        <meta property="article:modified_time" content="2023-11-19T04:58:46Z">
        <meta property="article:tag" content="Space">
        </head><body></body></html>)");
    CHECK(f.meta.title == "The Story Title");
    CHECK(f.meta.site == "Daily Planet");
    CHECK(f.meta.url == "https://planet.example/story");
    CHECK(f.meta.language == "en-US");
    CHECK(f.meta.published == "2023-11-18T20:58:46+00:00");
    CHECK(f.meta.modified == "2023-11-19T04:58:46Z");
    CHECK(f.meta.tags == std::vector<std::string>{"Space"});
}

TEST_CASE("JSON-LD: headline, authors with job title, dates, publisher, keywords, articleBody") {
    const auto f = facts_of(R"(<html><head><script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","name":"Graph Site"},
          {"@type":"NewsArticle","headline":"Graph Headline",
           "author":[{"@type":"Person","name":"Ann One","jobTitle":"Editor"},{"@type":"Person","name":"Bob Two"}],
           "datePublished":"2022-01-02T03:04:05Z","dateModified":"2022-01-03",
           "publisher":{"@type":"Organization","name":"Graph Publisher"},
           "keywords":["k1","k2"],"inLanguage":"fr",
           "articleBody":"Body text of the article."}]}
        </script></head><body></body></html>)");
    CHECK(f.meta.title == "Graph Headline");
    REQUIRE(f.meta.authors.size() == 2);
    CHECK(f.meta.authors[0].name == "Ann One");
    CHECK(f.meta.authors[0].role == "Editor");
    CHECK(f.meta.authors[1].name == "Bob Two");
    CHECK(f.meta.published == "2022-01-02T03:04:05Z");
    CHECK(f.meta.modified == "2022-01-03");
    CHECK(f.meta.site == "Graph Site");  // the WebSite node names the site
    CHECK(f.meta.tags == std::vector<std::string>{"k1", "k2"});
    CHECK(f.meta.language == "fr");
    CHECK(f.article_body == "Body text of the article.");
}

TEST_CASE("microdata: author name, datePublished from datetime") {
    const auto f = facts_of(R"(<html><head><title>Micro</title></head><body>
        <article itemscope itemtype="https://schema.org/Article">
          <h1 itemprop="headline">Micro</h1>
          <span itemprop="author" itemscope itemtype="https://schema.org/Person">
            <span itemprop="name">Carla Three</span></span>
          <time itemprop="datePublished" datetime="2021-07-08T09:10:00+02:00">8 July</time>
          <div itemprop="articleBody"><p>Text.</p></div>
        </article></body></html>)");
    REQUIRE(f.meta.authors.size() == 1);
    CHECK(f.meta.authors[0].name == "Carla Three");
    CHECK(f.meta.published == "2021-07-08T09:10:00+02:00");
}

TEST_CASE("visible byline: rel=author link and first <time datetime>") {
    const auto f = facts_of(R"(<html><head><title>Byline page</title></head><body>
        <h1>Byline page</h1><p class="meta">By <a rel="author" href="/u/dan">Dan Four</a>
        <time datetime="2020-02-29">29 Feb</time></p><p>Body.</p></body></html>)");
    REQUIRE(f.meta.authors.size() == 1);
    CHECK(f.meta.authors[0].name == "Dan Four");
    CHECK(f.meta.published == "2020-02-29");
}

// read_visible_byline reads a box under the headline only until it is too long to be a byline:
// the cut read must be a prefix of the whole text, longer than asked, and the whole text when
// that is short enough.
TEST_CASE("Dom::text_of with a limit: a prefix past the limit, else the whole text") {
    std::string html = "<html><body><div id=box>";
    for (int i = 0; i < 40; ++i) html += "<p>Paragraph " + std::to_string(i) + " of a long article body.</p>";
    html += "</div><div id=short><span>By</span> <b>Anna Berger</b></div></body></html>";
    auto dom = Dom::parse(html, 1'000'000, 400);
    std::uint32_t box = no_node, short_box = no_node;
    for (std::uint32_t n = 0; n < dom->nodes.size(); ++n) {
        if (dom->attr(n, "id") == "box") box = n;
        if (dom->attr(n, "id") == "short") short_box = n;
    }
    REQUIRE(box != no_node);
    REQUIRE(short_box != no_node);
    const std::string whole = dom->text_of(box), cut = dom->text_of(box, 100);
    CHECK(whole.size() > 1000);
    CHECK(cut.size() > 100);
    CHECK(cut.size() < whole.size());
    CHECK(whole.starts_with(cut));
    CHECK(dom->text_of(short_box, 100) == dom->text_of(short_box));
    CHECK(dom->text_of(short_box, 100) == "By Anna Berger");
}

TEST_CASE("canonical URL is resolved against the page URL") {
    const auto f = facts_of(R"(<html><head><link rel="canonical" href="/a/b?x=1"></head><body></body></html>)",
                            "https://site.example/a/c");
    CHECK(f.meta.canonical_url == "https://site.example/a/b?x=1");
    CHECK(f.meta.url == "https://site.example/a/c");
}

TEST_CASE("dek: a summary element under the headline; a summary-named lead paragraph is body") {
    const auto dek = facts_of(R"(<html><body><header><h1>Head</h1>
        <p class="dek">The standfirst of the story, short.</p></header>
        <div><p>Body paragraph one with enough text to be the body of the article here.</p></div></body></html>)");
    CHECK(dek.meta.subtitle == "The standfirst of the story, short.");
    CHECK(dek.subtitle_node != no_node);
    const auto lead = facts_of(R"(<html><body><h1>Head</h1><div>
        <p id="speakable-summary">The first paragraph of the story, which only looks like a summary.</p>
        <p>The second paragraph of the story, long enough to count as body text for the rule.</p></div></body></html>)");
    CHECK(lead.meta.subtitle.empty());
    CHECK(lead.subtitle_node == no_node);
    // ...also when a box and blank paragraphs were inserted between the lead and the body
    const auto boxed = facts_of(R"(<html><body><h1>Head</h1><div>
        <p id="speakable-summary">The first paragraph of the story, which only looks like a summary.</p>
        <div class="box"><div>Join our channel</div><a href="/j">Join</a></div><p>&nbsp;</p><p>&nbsp;</p>
        <p>The second paragraph of the story, long enough to count as body text for the rule.</p></div></body></html>)");
    CHECK(boxed.meta.subtitle.empty());
}

TEST_CASE("dates to ISO 8601") {
    CHECK(to_iso8601("February 24, 2025") == "2025-02-24");
    CHECK(to_iso8601("Mon, 24 Feb 2025 10:00:00 GMT") == "2025-02-24T10:00:00");
    CHECK(to_iso8601("2025/02/24 10:00") == "2025-02-24T10:00:00");
    CHECK(to_iso8601("20250224") == "2025-02-24");
    CHECK(to_iso8601("2025-02-24T10:00:00+0100") == "2025-02-24T10:00:00+01:00");
    CHECK(to_iso8601("not a date").empty());
    // month names of other languages, whole words only
    CHECK(to_iso8601("sexta-feira, 22 de outubro de 2010 às 20:13") == "2010-10-22T20:13:00");
    CHECK(to_iso8601("3. März 2021") == "2021-03-03");
    CHECK(to_iso8601("le 5 février 2019") == "2019-02-05");
    CHECK(to_iso8601("12 dicembre 2018") == "2018-12-12");
    CHECK(month_from_name("Sept.") == 9);
    CHECK(month_from_name("mail") == 0);
    CHECK(month_from_name("Marching") == 0);
}

TEST_CASE("site name suffix and prefix removed from titles") {
    CHECK(strip_site_name("Story Title Goes Here | Site", "Site") == "Story Title Goes Here");
    CHECK(strip_site_name("Site - Story Title Goes Here", "Site") == "Story Title Goes Here");
    CHECK(strip_site_name("Story Title Goes Here | Some Site", "") == "Story Title Goes Here");
    CHECK(strip_site_name("Short - Title", "Elsewhere") == "Short - Title");
}

TEST_CASE("JSON string writer: escapes, and ill-formed UTF-8 as U+FFFD (output always parses)") {
    std::string out;
    append_json_string(out, std::string("a\"b\\c\n\t\b\x7F") + "\xC3\xA9" + "\xFF" + "\xE2\x82" + "z" + "\xEF\xBF\xBD");
    CHECK(out == "\"a\\\"b\\\\c\\n\\t\\b\\u007f\xC3\xA9\xEF\xBF\xBD\xEF\xBF\xBDz\xEF\xBF\xBD\"");
    bool ok = false;
    const JsonValue back = parse_json(out, ok);
    CHECK(ok);
    CHECK(back.string == "a\"b\\c\n\t\b\x7F\xC3\xA9\xEF\xBF\xBD\xEF\xBF\xBDz\xEF\xBF\xBD");
}

TEST_CASE("a masthead <h1> that is only the site part of the <title> is not the title") {
    // A blog: the <h1> is the blog's name, the <title> is "name: post" or "post | name".
    auto f = facts_of(R"(<html><head><title>harbourlog: Ferry back in service after the repairs</title></head>
        <body><h1><a href="/">harbourlog</a></h1><h3>Ferry back in service after the repairs</h3><p>x</p></body></html>)");
    CHECK(f.meta.title == "Ferry back in service after the repairs");
    f = facts_of(R"(<html><head><title>Neue Öffnungszeiten für die Bibliothek » Kiezblatt</title></head>
        <body><h1>Kiezblatt</h1><p>x</p></body></html>)");
    CHECK(f.meta.title == "Neue Öffnungszeiten für die Bibliothek");
    // A headline <h1> with the site's name after it in the <title> stays the title.
    f = facts_of(R"(<html><head><title>Le marché couvert rouvre ses portes - Le Petit Journal du Quartier</title></head>
        <body><h1>Le marché couvert rouvre ses portes</h1><p>x</p></body></html>)");
    CHECK(f.meta.title == "Le marché couvert rouvre ses portes");
}

TEST_CASE("an <h1> that links to the page itself is its headline, however short and whatever follows in the <title>") {
    // Two site parts after the headline; the <h1> of four words links to the page's own URL.
    auto f = facts_of(R"(<html><head><title>Neue Brücke für Radfahrer | Stadtbote | Nachrichten aus dem Norden</title>
        <link rel="canonical" href="https://stadtbote.example/2024/05/neue-bruecke-fuer-radfahrer/"></head>
        <body><h1><a href="https://stadtbote.example/2024/05/neue-bruecke-fuer-radfahrer/">Neue Brücke für Radfahrer</a></h1>
        <p>x</p></body></html>)");
    CHECK(f.meta.title == "Neue Brücke für Radfahrer");
    // A relative permalink, resolved against the page's URL; a query names a page of its own.
    f = facts_of(R"(<html><head><title>Lluvia en agosto | El cuaderno de Marta Ruiz</title></head>
        <body><h1><a href="?p=812">Lluvia en agosto</a></h1><p>x</p></body></html>)",
                 "https://cuaderno.example/?p=812");
    CHECK(f.meta.title == "Lluvia en agosto");
    // Without the link the short <h1> still reads as a masthead beside a longer part: the old rule.
    f = facts_of(R"(<html><head><title>harbourlog: Ferry back in service after the repairs</title></head>
        <body><h1><a href="https://harbourlog.example/?p=7">harbourlog</a></h1><p>x</p></body></html>)",
                 "https://harbourlog.example/?p=9");
    CHECK(f.meta.title == "Ferry back in service after the repairs");
}

TEST_CASE("a masthead <h1> linking home yields the title to a later <h1>, but stays the page's top") {
    auto f = facts_of(R"(<html><head><title>La saison des cerises commence | Carnet</title></head>
        <body><h1><a href="/">Carnet</a></h1><nav>menu</nav>
        <h1 class="post">La saison des cerises commence</h1><p>x</p></body></html>)");
    CHECK(f.meta.title == "La saison des cerises commence");
    // Extraction and dates still start from the first <h1>.
    auto dom = Dom::parse(R"(<html><body><h1><a href="https://kiez.example">Kiez</a></h1><h1>Zweite</h1></body></html>)",
                          1'000'000, 400);
    const auto g = read_metadata(*dom, {});
    REQUIRE(g.headline_node != no_node);
    CHECK(dom->text_of(g.headline_node) == "Kiez");
    CHECK(g.meta.title == "Zweite");
    // A later <h1> that links home too is not the page's headline.
    f = facts_of(R"(<html><head><title>Ein Tag am See - Kiez</title></head>
        <body><h1><a href="/index.html">Kiez</a></h1><h1><a href="/">Kiez</a></h1><h2>Ein Tag am See</h2></body></html>)");
    CHECK(f.meta.title == "Ein Tag am See");
}

TEST_CASE("<meta name=title> names the page when Open Graph does not; og:title wins over it") {
    auto f = facts_of(R"(<html><head><title>Stadtwerke | Aktuelles</title>
        <meta name="title" content="Wasserleitung in der Hauptstraße wird erneuert"></head><body><p>x</p></body></html>)");
    CHECK(f.meta.title == "Wasserleitung in der Hauptstraße wird erneuert");
    f = facts_of(R"(<html><head><meta name="title" content="Portal de notícias">
        <meta property="og:title" content="Festival de inverno começa na sexta"></head><body></body></html>)");
    CHECK(f.meta.title == "Festival de inverno começa na sexta");
}

TEST_CASE("an <h1> holding every word of a shortened <title> and more is the headline in full") {
    // German: the <title> drops words from the middle for the browser tab.
    auto f = facts_of(R"(<html><head><title>Neue Brücke eröffnet – Kreisbote</title></head>
        <body><h1>Neue Brücke über die Peene eröffnet</h1><p>x</p></body></html>)");
    CHECK(f.meta.title == "Neue Brücke über die Peene eröffnet");
    // Spanish: og:title without the kicker the page's <h1> leads with.
    f = facts_of(R"(<html><head><meta property="og:title" content="El río vuelve a su cauce">
        <title>El río vuelve a su cauce</title></head>
        <body><h1>Tras las lluvias: el río vuelve a su cauce</h1></body></html>)");
    CHECK(f.meta.title == "Tras las lluvias: el río vuelve a su cauce");
    // Japanese, no spaces: the <title> is a part of the <h1>.
    f = facts_of(R"(<html><head><title>新駅が開業 | 地域新聞</title></head>
        <body><h1>湾岸線の新駅が開業</h1></body></html>)");
    CHECK(f.meta.title == "湾岸線の新駅が開業");
    // Words with digits the <title> left out (a comment count, an update time) are not the
    // headline's: the <title> stays.
    f = facts_of(R"(<html><head><title>Why the ferry timetable changed</title></head>
        <body><h1>Why the ferry timetable changed <a href="#c">48 Comments</a></h1></body></html>)");
    CHECK(f.meta.title == "Why the ferry timetable changed");
    // An <h1> with other words is another headline (a list page's first teaser): the <title> stays.
    f = facts_of(R"(<html><head><title>Harbour news roundup</title></head>
        <body><h1>Ferry fares rise next spring</h1></body></html>)");
    CHECK(f.meta.title == "Harbour news roundup");
}

TEST_CASE("a visible byline names the author: the language's 'by', capitalized names, then the date or outlet") {
    using V = std::vector<std::string>;
    CHECK(byline_authors("Von Anna Berger \xC2\xB7 14. M\xC3\xA4rz 2024, 10:32 Uhr") == V{"Anna Berger"});
    CHECK(byline_authors("By Jane Doe and John Roe, Reuters") == V{"Jane Doe", "John Roe"});
    CHECK(byline_authors("Por Mar\xC3\xAD""a de la Fuente | 3 de mayo de 2024") == V{"Mar\xC3\xAD""a de la Fuente"});
    CHECK(byline_authors("Par \xC3\x89lise Martin le 4 avril 2024") == V{"\xC3\x89lise Martin"});
    CHECK(byline_authors("door Pieter van Dijk") == V{"Pieter van Dijk"});
    CHECK(byline_authors("Przez \xC5\x81ukasz Nowak") == V{"\xC5\x81ukasz Nowak"});
    CHECK(byline_authors("\xD0\x90\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80: \xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD "
                         "\xD0\x9F\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2") == V{"\xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD \xD0\x9F\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2"});
    CHECK(byline_authors("by Sam Lee on November 7, 2012") == V{"Sam Lee"});
    CHECK(byline_authors("BY KATE MILLER Published Nov. 7") == V{"KATE MILLER"});
    // Sentences and other lines that open with the same word are not bylines.
    CHECK(byline_authors("Von Montag an gilt der neue Fahrplan").empty());
    CHECK(byline_authors("By the way, the ferry is late again").empty());
    CHECK(byline_authors("Por Madrid").empty());  // one capitalized word: a place as often as a name
    CHECK(byline_authors("Par ailleurs, la mairie confirme").empty());
    CHECK(byline_authors("Photo: Anna Berger").empty());
}

TEST_CASE("the byline under the headline names the author when no tag does; the innermost line counts") {
    auto f = facts_of(R"(<html lang="de"><body><article><h1>Neue Br\xC3\xBCcke er\xC3\xB6ffnet</h1>
        <div class="meta"><span>Von Anna Berger</span> <span>Kreisbote</span> <time>14.03.2024</time></div>
        <p>Nach drei Jahren Bauzeit ist die neue Br\xC3\xBCcke f\xC3\xBCr den Verkehr freigegeben worden.</p></article></body></html>)");
    REQUIRE(f.meta.authors.size() == 1);
    CHECK(f.meta.authors[0].name == "Anna Berger");
    // A tag that names the author wins; a byline far below the headline, in the body, is not read.
    f = facts_of(R"(<html><head><meta name="author" content="Lena Fischer"></head><body><h1>Headline here</h1>
        <p>By Jane Doe</p></body></html>)");
    REQUIRE(f.meta.authors.size() == 1);
    CHECK(f.meta.authors[0].name == "Lena Fischer");
    std::string body(300, 'x');
    f = facts_of("<html><body><h1>Headline here</h1><p>" + body + "</p><p>By Jane Doe</p></body></html>");
    CHECK(f.meta.authors.empty());
}

TEST_CASE("authors: the same name in another case is one author; a list past a thousand names is cut") {
    std::string html = "<html><head>";
    html += R"(<meta name="author" content="Éva Kovács"><meta name="author" content="ÉVA KOVÁCS">)";  // bytes past ASCII kept apart
    html += R"(<meta name="author" content="Jane Doe"><meta name="author" content="jane doe">)";
    for (int i = 0; i < 1500; ++i) html += "<meta name=\"author\" content=\"Writer Number" + std::to_string(i) + "\">";
    html += R"(<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"JANE DOE","jobTitle":"Editor"}}</script>)";
    html += "</head><body><p>x</p></body></html>";
    const auto f = facts_of(html);
    REQUIRE(f.meta.authors.size() == 1000);
    CHECK(f.meta.authors[0].name == "Éva Kovács");
    CHECK(f.meta.authors[1].name == "ÉVA KOVÁCS");  // ASCII case only: a Latin-1 capital is another byte
    CHECK(f.meta.authors[2].name == "Jane Doe");
    CHECK(f.meta.authors[3].name == "Writer Number0");
    CHECK(f.meta.authors[999].name == "Writer Number996");
    CHECK(f.meta.authors[2].role == "Editor");  // a later source still names a kept author's role
}
