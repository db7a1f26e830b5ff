// Main-content extraction: the Alibaba sample end to end, and small fixtures for the
// region choice and the in-region boilerplate rules.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include <winnow/winnow.hpp>

using namespace winnow;

namespace {

std::string read_sample(const char* name) {
    std::ifstream in(std::string(WINNOW_SOURCE_DIR) + "/samples/" + name, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string body_text(const Document& doc) { return to_text(doc); }

bool has(const std::string& hay, std::string_view needle) { return hay.find(needle) != std::string::npos; }

Document clean_html(const std::string& html) {
    Result r = clean(html);
    REQUIRE(r.ok());
    return std::move(r.document);
}

// A page frame around an article body, with the usual chrome.
std::string page(const std::string& article, const std::string& extra_in_article = {}) {
    return "<html><head><title>Fixture Story Title | Site</title>"
           "<meta name=\"author\" content=\"Jane Writer\"></head><body>"
           "<nav><a href=/>Home</a><a href=/news>News</a></nav>"
           "<div class=\"sidebar\"><h3>Popular</h3><ul><li><a href=/a>Other story one</a></li>"
           "<li><a href=/b>Other story two</a></li></ul></div>"
           "<article><h1>Fixture Story Title</h1><div class=\"entry-content\">" +
           article + extra_in_article +
           "</div></article><footer>Copyright Site. All rights reserved. Terms. Privacy.</footer></body></html>";
}

const std::string kBody =
    "<p>The first paragraph of the story explains, at some length, what happened, where, and why it matters to readers.</p>"
    "<p>The second paragraph adds detail, quotes a witness, and gives the numbers that were reported by officials.</p>"
    "<p>The third paragraph closes the story with the reaction of the people involved, and what comes next for them.</p>";

}  // namespace

TEST_CASE("alibaba sample: metadata, headings, paragraphs, no chrome") {
    const Document doc = clean_html(read_sample("alibaba-ai-investment.html"));
    CHECK(doc.meta.title == "Biggest AI Investment Yet!");
    CHECK(doc.meta.subtitle == "Alibaba Pours a Whopping $52 Billion Into AI to Lead the Tech Revolution");
    REQUIRE(doc.meta.authors.size() == 1);
    CHECK(doc.meta.authors[0].name == "Mackenzie Ferguson");
    CHECK(doc.meta.authors[0].role == "AI Tools Researcher & Implementation Consultant");

    std::vector<std::string> h2;
    for (const auto& b : doc.body)
        if (b.kind == BlockKind::heading && b.level == 2) h2.push_back(b.text);
    const std::vector<std::string> expected{"Introduction to Alibaba's AI Investment",
                                            "Investment Strategy and Objectives",
                                            "Market Position and Competitive Landscape",
                                            "Financial Performance Highlights",
                                            "Expert Opinions and Analysis",
                                            "Public Reactions and Market Impact",
                                            "Future Implications of the Investment",
                                            "Economic and Social Consequences",
                                            "Political Ramifications and Global Competition"};
    CHECK(h2 == expected);

    const std::string text = body_text(doc);
    // Every article paragraph of the plain-text reading (long lines) is in the body.
    std::istringstream txt(read_sample("alibaba-ai-investment.txt"));
    int paragraphs = 0;
    for (std::string line; std::getline(txt, line);) {
        if (line.size() < 200 || has(line, "Get the latest AI workflows")) continue;  // promo box text
        // Compare on a stretch before any glued garbage or link residue.
        CHECK_MESSAGE(has(text, line.substr(0, 120)), line.substr(0, 60));
        ++paragraphs;
    }
    CHECK(paragraphs >= 15);
    for (std::string_view chrome : {"Accept cookies", "Share on Twitter", "The Tensorwire Brief", "thoughts on",
                                    "Related stories", "Most read this week", "All rights reserved"})
        CHECK_MESSAGE(!has(text, chrome), chrome);
}

TEST_CASE("region: the article, not the sidebar or footer") {
    const std::string text = body_text(clean_html(page(kBody)));
    CHECK(has(text, "The first paragraph of the story"));
    CHECK(has(text, "The third paragraph closes"));
    CHECK(!has(text, "Other story one"));
    CHECK(!has(text, "Copyright Site"));
    CHECK(!has(text, "Fixture Story Title"));  // the title is metadata
}

TEST_CASE("comment threads lose to the article even when longer") {
    std::string comments = "<div id=\"commentsContainer\"><h2>Comments</h2>";
    for (int i = 0; i < 6; ++i)
        comments += "<div class=\"comment\"><div class=\"comment_content\"><p>I think, honestly, that this is a "
                    "long comment, with commas, opinions, asides, and more words than the story itself has.</p>"
                    "</div></div>";
    comments += "</div>";
    const std::string html = "<html><body><div class=\"wrapper\"><div class=\"article\"><div>" + kBody + "</div></div>" +
                             comments + "</div></body></html>";
    const std::string text = body_text(clean_html(html));
    CHECK(has(text, "The first paragraph of the story"));
    CHECK(!has(text, "long comment"));
}

// One reader's comment longer than the post, its text box named like content ("text"):
// the name must not win it the page when it sits inside a thread of comments.
TEST_CASE("a long comment whose box is named like content does not outbid a short post") {
    struct Case {
        const char* post;     // three short paragraphs
        const char* comment;  // one long paragraph, repeated
    };
    const Case cases[] = {
        {"<p>The city council voted on Monday, after a long debate, to rebuild the old bridge.</p>"
         "<p>Work starts in spring, and the road will be closed, the mayor said, for a year.</p>"
         "<p>Shops near the river fear, as before, that customers will stay away.</p>",
         "<p>I have lived here, on and off, for forty years, and I can tell you, whatever the council says, that "
         "every plan like this one, however well meant, ends late, costs more, and leaves us, the neighbours, "
         "with the dust, the noise, and the bill.</p>"},
        {"<p>Der Stadtrat hat am Montag, nach langer Debatte, den Neubau der alten Brücke beschlossen.</p>"
         "<p>Die Arbeiten beginnen im Frühjahr, und die Straße bleibt, so der Bürgermeister, ein Jahr gesperrt.</p>"
         "<p>Geschäfte am Fluss fürchten, wie schon früher, dass die Kundschaft ausbleibt.</p>",
         "<p>Ich wohne hier, mit Unterbrechungen, seit vierzig Jahren, und ich sage Ihnen, was auch immer der Rat "
         "beschließt, dass jeder solche Plan, so gut er gemeint ist, zu spät fertig wird, mehr kostet und uns, "
         "den Nachbarn, den Staub, den Lärm und die Rechnung lässt.</p>"},
    };
    for (const Case& c : cases) {
        std::string long_comment;
        for (int i = 0; i < 8; ++i) long_comment += c.comment;
        std::string thread = "<dl class=\"commentlist\">";
        for (int i = 0; i < 3; ++i)
            thread += "<dt class=\"comment\">Reader " + std::to_string(i) +
                      " 11.06.12 at 11:0" + std::to_string(i) + " am</dt><dd class=\"comment\"><div class=\"format_text\">" +
                      (i == 1 ? long_comment : std::string(c.comment)) + "</div></dd>";
        thread += "</dl>";
        const std::string html = "<html><body><div class=\"wrap\"><div class=\"post\"><h1>Bridge</h1>"
                                 "<div class=\"format_text entry-content\">" +
                                 std::string(c.post) + "</div></div>" + thread + "</div></body></html>";
        const std::string text = body_text(clean_html(html));
        const std::string post(c.post);
        CHECK_MESSAGE(has(text, post.substr(3, 40)), text);
        CHECK_MESSAGE(!has(text, std::string(c.comment).substr(3, 40)), text);
    }
}

// A profile box whose paragraph is a comma-separated list of interests: commas beyond the rate
// of prose are list separators, not clauses, and must not outscore a short post.
TEST_CASE("a comma-separated list of keywords does not outscore a short post") {
    struct Case {
        const char* post;
        const char* interests;
    };
    const Case cases[] = {
        {"<p>We walked to the lighthouse this morning and the fog lifted just as we reached the top of the hill.</p>"
         "<p>The keeper showed us the old lamp, which still turns every night.</p>",
         "Also: hiking, fog, lighthouses, lamps, maps, old boats, knots, tides, gulls, cliffs, rain, tea, scones, "
         "wool, radio, chess, kites, stamps, trains, clocks, bees, jazz, ferns"},
        {"<p>Nous avons marché jusqu'au phare ce matin et le brouillard s'est levé au sommet de la colline.</p>"
         "<p>Le gardien nous a montré la vieille lampe, qui tourne encore chaque nuit.</p>",
         "Aussi : randonnée, brume, phares, lampes, cartes, vieux bateaux, nœuds, marées, mouettes, falaises, "
         "pluie, thé, laine, radio, échecs, cerfs-volants, timbres, trains, horloges, abeilles, jazz, fougères"},
    };
    for (const Case& c : cases) {
        const std::string interests(c.interests);
        const std::string html =
            "<html><body><div class='wrap'><div class='main'><div class='post'><h3>A walk</h3><div class='post-body'>" +
            std::string(c.post) +
            "</div></div></div></div><div class='side'><div id='profile-container'><h2>Me</h2><dl><dd>Name: Walker</dd>"
            "<dd>Place: Coast</dd></dl><p>" + interests + ", " + interests + ".</p></div></div></body></html>";
        const std::string text = body_text(clean_html(html));
        CHECK_MESSAGE(has(text, std::string(c.post).substr(3, 40)), text);
        CHECK_MESSAGE(text.starts_with("### A walk"), text);
    }
}

// A box of teasers beside the article, longer than it: each entry a linked headline and a line
// of excerpt. Its excerpts score like prose, but the box is a list of other pages.
TEST_CASE("a list of teasers beside a short article is not gathered with it, however long") {
    struct Case {
        const char* article;
        const char* headline;
        const char* excerpt;
    };
    const Case cases[] = {
        {"<p>The library on Elm Street reopened on Saturday, after a year of repairs, with longer hours and a "
         "new reading room for children.</p><p>Volunteers, who kept a lending service going in the meantime, "
         "were thanked by the mayor, who said the building would stay open on Sundays.</p>",
         "What the new timetable means for commuters", "Trains will run every ten minutes, but the night "
         "service ends earlier, and some stations will close for works in the summer."},
        {"<p>Die Bibliothek in der Ulmenstraße hat am Samstag, nach einem Jahr Bauarbeiten, mit längeren "
         "Öffnungszeiten und einem neuen Lesesaal für Kinder wieder eröffnet.</p><p>Die Freiwilligen, die in der "
         "Zwischenzeit einen Leihdienst aufrechterhielten, bekamen den Dank der Bürgermeisterin.</p>",
         "Was der neue Fahrplan für Pendler bedeutet", "Die Züge fahren alle zehn Minuten, aber der Nachtverkehr "
         "endet früher, und einige Bahnhöfe schließen im Sommer wegen Bauarbeiten."},
    };
    for (const Case& c : cases) {
        std::string teasers = "<div class=\"grid\"><h4>More</h4>";
        for (int i = 0; i < 6; ++i)
            teasers += "<div><h3><a href=\"/p" + std::to_string(i) + "\">" + c.headline + " " + std::to_string(i) +
                       "</a></h3><p>" + c.excerpt + "</p></div>";
        teasers += "</div>";
        const std::string html = "<html><body><div class=\"page\"><div class=\"entry\"><h1>Library</h1>" +
                                 std::string(c.article) + "</div>" + teasers + "</div></body></html>";
        const std::string text = body_text(clean_html(html));
        CHECK_MESSAGE(has(text, std::string(c.article).substr(3, 40)), text);
        CHECK_MESSAGE(!has(text, c.excerpt), text);
    }
}

TEST_CASE("in-region chrome: share row, related teasers, ad label, dateline, byline, author bio") {
    const std::string extra =
        "<div class=\"share-buttons\"><a href=#>Facebook</a> <a href=#>Twitter</a></div>"
        "<p>ADVERTISEMENT</p>"
        "<div class=\"meta-line\">Updated 10:01 pm PST, Tuesday, November 19, 2019</div>"
        "<div>By Jane Writer</div>"
        "<p>Jane Writer is a reporter who covers the city and its many councils.</p>"
        "<div class=\"more\"><div><h3><a href=/x>First teaser headline here</a></h3><p>Teaser one.</p></div>"
        "<div><h3><a href=/y>Second teaser headline here</a></h3><p>Teaser two.</p></div></div>";
    const std::string text = body_text(clean_html(page(kBody, extra)));
    CHECK(has(text, "The second paragraph adds detail"));
    for (std::string_view chrome : {"Facebook", "ADVERTISEMENT", "November 19", "By Jane Writer",
                                    "is a reporter who covers", "teaser headline"})
        CHECK_MESSAGE(!has(text, chrome), chrome);
}

TEST_CASE("a dateline set inline on a line of its own at the body's edge is the date, not body text") {
    // English in a <span> of spans, German in <time>, French in <small>, each over the first paragraph.
    for (const std::string dateline :
         {std::string("<span class=\"d\"><span>17 February 2013</span> <span>Last updated at 22:15 GMT</span></span>"),
          std::string("<time>17. Februar 2013, 22:15 Uhr</time>"), std::string("<small>mardi 5 mars 2024 à 09:40</small>")}) {
        const std::string text = body_text(clean_html(page(dateline + kBody)));
        CHECK(has(text, "The first paragraph of the story"));
        for (std::string_view date : {"2013", "2024"}) CHECK_MESSAGE(!has(text, date), dateline);
    }
    // Look-alikes that stay: a date inside the running text of the first line, a heading made
    // of years and a word (no month, no day, no time), a date in the article's own heading.
    const std::string in_text = "<span>On 17 February 2013</span> the council met, and it argued, at length, about roads.";
    CHECK(has(body_text(clean_html(page("<div>" + in_text + "</div>" + kBody))), "17 February 2013"));
    CHECK(has(body_text(clean_html(page("<span>Tanoo: 1941 versus 1951</span>" + kBody))), "1941 versus 1951"));
    CHECK(has(body_text(clean_html(page("<h2><span>Sunday notes 8/5/2012</span></h2>" + kBody))), "Sunday notes"));
}

TEST_CASE("paragraphs split by <br> in one container are found") {
    const std::string html =
        "<html><body><div class=\"nav\"><a href=/>Home</a></div><div class=\"content\">"
        "The story starts here, in loose text, with commas, as old templates write it.<br><br>"
        "It goes on for a while, with more sentences, more commas, and more detail.<br><br>"
        "And it ends, finally, with a conclusion that readers will appreciate.<center><em>x</em></center>"
        "</div><div id=\"comments\"><p>A reader comment, with its own commas, and opinions, and more.</p></div>"
        "</body></html>";
    const std::string text = body_text(clean_html(html));
    CHECK(has(text, "The story starts here"));
    CHECK(has(text, "with a conclusion"));
    CHECK(!has(text, "A reader comment"));
}

TEST_CASE("embedded posts and live-blog times stay; captions stay out of the text") {
    const std::string extra =
        "<div class=\"social-embed\"><blockquote class=\"twitter-tweet\"><p>A quoted post that is part of the "
        "story, long enough to count.</p>&mdash; Someone (@someone) November 18, 2019</blockquote></div>"
        "<p>4:14 p.m.</p>"
        "<figure><img src=\"/a.jpg\"><figcaption>A caption describing the picture.</figcaption></figure>";
    const Document doc = clean_html(page(kBody, extra));
    const std::string text = body_text(doc);
    CHECK(has(text, "A quoted post"));
    CHECK(has(text, "4:14 p.m."));
    CHECK(!has(text, "A caption describing"));
}

TEST_CASE("a photo story's captions are its text: they hold more than the rest of the body") {
    // Italian and Polish photo stories: a short lead, then the pictures tell it.
    const std::string it =
        "<html><body><nav><a href=\"/\">Home</a> <a href=\"/foto\">Foto</a></nav><article><h1>La vendemmia in collina</h1>"
        "<p>Una giornata con i raccoglitori.</p>"
        "<figure><img src=\"/1.jpg\"><figcaption>All'alba le squadre salgono tra i filari con le cassette vuote, prima che il sole scaldi l'uva.</figcaption></figure>"
        "<figure><img src=\"/2.jpg\"><figcaption>A mezzogiorno il rimorchio carico scende verso la cantina, dove i grappoli vengono pesati uno per uno.</figcaption></figure>"
        "<figure><img src=\"/3.jpg\"><figcaption>La sera si mangia insieme sotto il portico, e il proprietario ringrazia chi torna ogni anno.</figcaption></figure>"
        "</article></body></html>";
    std::string text = body_text(clean_html(it));
    CHECK(has(text, "All'alba le squadre salgono"));
    CHECK(has(text, "il rimorchio carico scende"));
    CHECK(has(text, "si mangia insieme sotto il portico"));
    const std::string pl =
        "<html><body><main><h1>Zima nad jeziorem</h1>"
        "<figure><img src=\"/a.jpg\"><figcaption>Pierwsi w\xC4\x99""dkarze wychodz\xC4\x85 na l\xC3\xB3""d, gdy tylko jego grubo\xC5\x9B\xC4\x87 przekroczy dziesi\xC4\x99\xC4\x87 centymetr\xC3\xB3w.</figcaption></figure>"
        "<figure><img src=\"/b.jpg\"><figcaption>Wieczorem nad brzegiem p\xC5\x82on\xC4\x85 ogniska, a dzieci je\xC5\xBC\xC5\xBC\xC4\x85 na sankach po zamarzni\xC4\x99tej zatoce.</figcaption></figure>"
        "</main></body></html>";
    text = body_text(clean_html(pl));
    CHECK(has(text, "Pierwsi w\xC4\x99""dkarze"));
    CHECK(has(text, "Wieczorem nad brzegiem"));
}

TEST_CASE("a wrapper is taken for the prose it adds, not for a byline box and a login prompt") {
    const std::string chrome_wrapper =
        "<html><body><div class=\"module\"><div class=\"byline-wrap\">By Jane Writer, The Daily Example</div>"
        "<div class=\"story-body\">" + kBody + "</div>"
        "<div class=\"login\"><span>To keep reading this</span><div><a href=/s>Subscribe</a> <a href=/l>Sign In</a></div></div>"
        "</div></body></html>";
    std::string text = body_text(clean_html(chrome_wrapper));
    CHECK(has(text, "The first paragraph of the story"));
    CHECK(!has(text, "To keep reading this"));
    // the lead outside the body div is what the climb is for
    const std::string lead_wrapper =
        "<html><body><div class=\"module\"><p>The lead of the story sits outside the body container, as some sites "
        "print it.</p><div class=\"story-body\">" + kBody + "</div></div></body></html>";
    text = body_text(clean_html(lead_wrapper));
    CHECK(has(text, "The lead of the story sits outside"));
    CHECK(has(text, "The third paragraph closes"));
}

TEST_CASE("boxes inserted into the body do not make the wrapper around it look small") {
    const std::string box =
        "<aside class=\"promo-box\"><h4>Join our channel today</h4><p>Updates, polls and behind-the-scenes notes "
        "from the newsroom, every single day of the week.</p></aside>";
    const std::string html =
        "<html><body><div class=\"main\">This post may contain affiliate and referral links, which pay the site a "
        "small fee. Please see the disclosure page for more.<div class=\"entry-content\">" +
        box + kBody + box + "</div></div></body></html>";
    const std::string text = body_text(clean_html(html));
    CHECK(has(text, "The first paragraph of the story"));
    CHECK(!has(text, "affiliate and referral links"));
}

TEST_CASE("blank spacers after a removed box go with it and lend no evidence to the block before it") {
    std::string blanks;
    for (int i = 0; i < 10; ++i) blanks += "<p>&nbsp;</p>";
    const std::string deal =
        "<h2>Sign up for the streaming bundle and save $5 a month</h2>"
        "<p>The streaming service is now live, and you can watch every film of the studio from one subscription, "
        "which is the only way to see the new series this year.</p>";
    const std::string box =
        "<aside class=\"promo-box\"><h4>Join our channel today</h4><p>Follow our channel for updates, polls and "
        "behind-the-scenes notes from the newsroom.</p></aside>";
    const std::string text = body_text(clean_html(page(kBody + deal + box + blanks + kBody)));
    CHECK(has(text, "Sign up for the streaming bundle"));
    CHECK(has(text, "The streaming service is now live"));
    CHECK(!has(text, "Join our channel today"));
}

TEST_CASE("fine print in a small font is not article text; ordinary inline font sizes are") {
    const std::string notice =
        "<p style=\"font-size:10px; font-weight:bold\">Note: comments that are abusive or off topic will not be "
        "approved by the moderators of this site.</p>";
    const std::string sized = "<p style=\"font-size: 16px\">A closing paragraph with an inline size of its own, as "
                              "editors often paste it, which stays part of the story.</p>";
    const std::string text = body_text(clean_html(page(kBody + sized + notice)));
    CHECK(has(text, "A closing paragraph with an inline size"));
    CHECK(!has(text, "will not be approved"));
    for (const char* style : {"font-size: 7pt", "font-size:0.7em", "font-size: x-small"}) {
        const std::string small = std::string("<div style=\"") + style + "\">Disclaimer: the views expressed here "
                                  "are those of the author alone.</div>";
        CHECK_MESSAGE(!has(body_text(clean_html(page(kBody + small))), "Disclaimer"), style);
    }
}

TEST_CASE("an element marked up as the page's date is metadata, not body text") {
    const std::string dated =
        "<div><span class=\"data\" itemprop=\"datePublished\">sexta-feira, 22 de outubro de 2010 às 20:13</span></div>";
    const std::string text = body_text(clean_html(page(dated + kBody)));
    CHECK(has(text, "The first paragraph of the story"));
    CHECK(!has(text, "outubro"));
}

TEST_CASE("a hover card inside a sentence goes; the sentence around it stays") {
    const std::string card =
        "<span class=\"people\"><a href=\"/people/jane-roe\">Jane Roe</a><span class=\"card\"><img src=\"/roe.jpg\">"
        "<a href=\"/people/jane-roe\">Jane Roe</a><a href=\"/a/1\">Roe asks the court for a new hearing in the case</a> "
        "<a href=\"/a/2\">Senators call for a vote on the transit bill next week</a> <a href=\"/people/jane-roe\">MORE</a>"
        "</span></span>";
    const std::string para = "<p>A man pleaded guilty to charges that he threatened Senator " + card +
                             " in a call to her office last spring, the prosecutors said on Monday.</p>";
    const std::string text = body_text(clean_html(page(para + kBody)));
    CHECK(has(text, "A man pleaded guilty to charges that he threatened Senator"));
    CHECK(has(text, "in a call to her office last spring"));
    CHECK(!has(text, "Senators call for a vote"));
    // a picture with links in a sentence is not a card when the links are not most of its text
    const std::string inline_figure =
        "<p>The committee met <span><img src=\"/m.jpg\"> in the old hall, which <a href=\"/h\">the city</a> "
        "restored with <a href=\"/f\">public funds</a> and <a href=\"/d\">donations</a> from residents</span> "
        "over two years.</p>";
    CHECK(has(body_text(clean_html(page(inline_figure + kBody))), "restored with public funds and donations"));
}

TEST_CASE("a box of one picture and a short line is a figure with its caption") {
    const std::string media =
        "<div class=\"media\"><div><img src=\"/bike.jpg\"></div><div class=\"media-text\"><span>A cyclist rides past the "
        "blocked plant, November 19. </span><span>© Agency / A. Photographer</span></div></div>";
    const Document doc = clean_html(page(media + kBody));
    const std::string text = body_text(doc);
    CHECK(has(text, "The first paragraph of the story"));
    CHECK(!has(text, "A cyclist rides past"));  // captions stay out of the plain text
    const auto fig = std::find_if(doc.body.begin(), doc.body.end(), [](const Block& b) { return b.kind == BlockKind::figure; });
    REQUIRE(fig != doc.body.end());
    REQUIRE(fig->children.size() == 1);
    CHECK(fig->children[0].kind == BlockKind::caption);
    CHECK(has(fig->children[0].text, "© Agency / A. Photographer"));
    // a picture beside a whole paragraph is not a caption box
    const std::string lead =
        "<div><img src=\"/lead.jpg\"><p>The lead paragraph sits next to its picture and runs on, telling readers what "
        "happened in the city on Tuesday, who was there, what they said about it afterwards, and why the council "
        "decided to meet again next week to settle the matter of the bus routes once and for all, as promised.</p></div>";
    CHECK(has(body_text(clean_html(page(lead + kBody))), "The lead paragraph sits next to its picture"));
    // nor is a short article that is one picture and a few lines: it is the article
    const std::string brief =
        "<div><img src=\"/brief.jpg\"><div>The council met on Tuesday and approved the new bus routes, which start "
        "in the spring, officials said.</div></div>";
    CHECK(has(body_text(clean_html(page(brief))), "The council met on Tuesday"));
}

// ---------------------------------------------------------------- pages that are not news
// Fixtures in tests/data/pages/, one per kind of page, each in its own language.

namespace {

std::string read_page(const char* name) {
    std::ifstream in(std::string(WINNOW_SOURCE_DIR) + "/tests/data/pages/" + name, std::ios::binary);
    REQUIRE(in);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

TEST_CASE("recipe: the ingredients and the steps, not the sidebar") {
    const std::string text = body_text(clean_html(read_page("recipe-de.html")));
    CHECK(has(text, "Ein saftiger Kuchen"));
    CHECK(has(text, "250 g Mehl"));
    CHECK(has(text, "1 Päckchen Backpulver"));
    CHECK(has(text, "Den Backofen auf 180 Grad"));
    CHECK(has(text, "Etwa vierzig Minuten backen"));
    CHECK(!has(text, "Käsekuchen ohne Boden"));
    CHECK(!has(text, "Impressum"));
}

TEST_CASE("product page: the description and the table of specifications beside it") {
    const std::string text = body_text(clean_html(read_page("product-fr.html")));
    CHECK(has(text, "Cette bouilloire en acier inoxydable"));
    CHECK(has(text, "Le filtre anticalcaire"));
    CHECK(has(text, "Caractéristiques"));
    CHECK(has(text, "2200 watts"));
    CHECK(has(text, "acier inoxydable brossé"));
    CHECK(!has(text, "Théière en fonte"));
    CHECK(!has(text, "Conditions générales"));
}

TEST_CASE("forum thread: the posts are the content, the first one included") {
    const std::string text = body_text(clean_html(read_page("forum-en.html")));
    CHECK(has(text, "Every morning the gauge"));
    CHECK(has(text, "Check the pressure relief valve"));
    CHECK(has(text, "You were right, the outside pipe"));
    CHECK(has(text, "It is a sealed system under pressure"));
    CHECK(!has(text, "Powered by"));
}

TEST_CASE("documentation with code: code blocks stay verbatim between the paragraphs") {
    const Document doc = clean_html(read_page("docs-code-en.html"));
    const std::string text = body_text(doc);
    CHECK(has(text, "A stream reads a file one line at a time"));
    CHECK(has(text, "while (std::getline(in, line)) {"));
    CHECK(has(text, "Check in.bad"));
    CHECK(!has(text, "API reference"));
    CHECK(!has(text, "Edit this page"));
    const auto code = std::count_if(doc.body.begin(), doc.body.end(), [](const Block& b) { return b.kind == BlockKind::code; });
    CHECK(code == 2);
}

TEST_CASE("a page of short sections keeps every section and its heading") {
    const Document doc = clean_html(read_page("sections-es.html"));
    const std::string text = body_text(doc);
    for (std::string_view line : {"¿Quién puede pedir el abono?", "Cualquier persona empadronada",
                                  "¿Cómo se renueva?", "Se recarga cada mes"})
        CHECK_MESSAGE(has(text, line), line);
    CHECK(!has(text, "Aviso legal"));
}

TEST_CASE("list page: every entry's title and summary") {
    const std::string text = body_text(clean_html(read_page("list-pt.html")));
    for (std::string_view line : {"Três dias na serra", "Subimos de trem", "Cidade debaixo de chuva", "Museus, livrarias"})
        CHECK_MESSAGE(has(text, line), line);
    CHECK(!has(text, "Contato"));
}

TEST_CASE("a thread of dated entries after the article is comments: out of the body, kept apart on request") {
    const std::string html = read_page("thread-it.html");
    const Document plain = clean_html(html);
    const std::string text = body_text(plain);
    CHECK(has(text, "Il ponte sul fiume riapre"));
    CHECK(has(text, "più parcheggi"));
    CHECK(!has(text, "Finalmente!"));
    CHECK(!has(text, "strisce pedonali"));
    CHECK(plain.comments.empty());

    Options with;
    with.comments = true;
    Result r = clean(html, with);
    REQUIRE(r.ok());
    CHECK(body_text(r.document) == text);  // the body does not change
    std::string thread;
    for (const Block& b : r.document.comments) thread += b.text + "\n";
    CHECK(has(thread, "Finalmente!"));
    CHECK(has(thread, "strisce pedonali"));
    CHECK(has(thread, "Marta"));
    const std::string xml = to_xml(r.document);
    CHECK(has(xml, "<comments>"));
    CHECK(xml.find("<comments>") > xml.find("</body>"));
    CHECK(has(to_json(r.document), "\"comments\""));
}

// Posts with no container of their own, loose after a heading named for the comments: the
// thread runs from the heading to the next heading of its rank.
TEST_CASE("loose posts after a heading named for the comments are the thread, up to the next heading") {
    struct Case {
        const char* article;
        const char* posted;   // the byline pattern of one post, %s for the date
        const char* comment;  // one post's text
        const char* after;    // a later section of the article's page, after the thread
    };
    const Case cases[] = {
        {"<p>The quarterly figures, released on Friday, showed the economy growing faster than most forecasters "
         "expected, with exports and household spending both up.</p><p>Prices rose less than in the spring, "
         "which leaves the central bank, for now, room to wait before it moves rates again.</p><p>Investment in housing, after years of "
         "decline, added to growth for the third quarter running, the statistics office said.</p>",
         "Posted by: Reader at October %d, 2012 02:30 PM", "I am surprised by these numbers, to be honest.",
         "Subscribe to this blog"},
        {"<p>Las cifras trimestrales, publicadas el viernes, mostraron que la economía creció más de lo que "
         "esperaban la mayoría de los analistas, con exportaciones y consumo al alza.</p><p>La inversión en "
         "vivienda, tras años de caída, sumó al crecimiento por tercer trimestre consecutivo, según el instituto.</p>"
         "<p>Los precios subieron menos que en primavera, lo que deja al banco central, por ahora, margen para "
         "esperar antes de mover de nuevo los tipos.</p>",
         "Publicado por: Lector el %d de octubre de 2012 a las 14:30", "Me sorprenden estas cifras, la verdad.",
         "Suscríbase a este blog"},
    };
    for (const Case& c : cases) {
        std::string html = "<html><body><div id=\"content\"><h1>Growth</h1>" + std::string(c.article) +
                           "<h2 id=\"comments\">Comments</h2>";
        for (int i = 1; i <= 3; ++i) {
            char byline[160];
            std::snprintf(byline, sizeof byline, c.posted, 20 + i);
            html += "<div><p>" + std::string(c.comment) + " (" + std::to_string(i) + ")</p></div><p class=\"posted\">" +
                    byline + "</p>";
        }
        html += "<h2>" + std::string(c.after) + "</h2><p>" + c.after + ".</p></div></body></html>";
        const std::string text = body_text(clean_html(html));
        CHECK_MESSAGE(has(text, std::string(c.article).substr(3, 40)), text);
        CHECK_MESSAGE(!has(text, c.comment), text);

        Options with;
        with.comments = true;
        Result r = clean(html, with);
        REQUIRE(r.ok());
        std::string thread;
        for (const Block& b : r.document.comments) thread += b.text + "\n";
        CHECK_MESSAGE(has(thread, c.comment), thread);
    }
}

TEST_CASE("comment threads named as such go to <comments>; a news list inside the article stays") {
    std::string thread = "<section class=\"comment-list\">";
    for (const char* who : {"Ola", "Per", "Kari"})
        thread += std::string("<article><header>") + who + " – 2. mars 2024</header><p>Jeg er helt enig med " + who +
                  " i at artikkelen viser hvor viktig vedlikehold av broer er for hele byen.</p></article>";
    thread += "</section>";
    const std::string html = "<html><body><div class=\"story\">" + kBody + "</div>" + thread + "</body></html>";
    Options with;
    with.comments = true;
    Result r = clean(html, with);
    REQUIRE(r.ok());
    CHECK(!has(body_text(r.document), "Jeg er helt enig"));
    REQUIRE(!r.document.comments.empty());
    std::string all;
    for (const Block& b : r.document.comments) all += b.text + "\n";
    CHECK(has(all, "Jeg er helt enig med Kari"));
}

TEST_CASE("a photo essay told in captions keeps its captions") {
    std::string essay = "<div class=\"post-body\">";
    for (const char* c :
         {"Die erste Station der Reise war ein kleiner Hafen, in dem die Fischer schon vor Sonnenaufgang arbeiten.",
          "Am Mittag erreichten wir das Dorf auf dem Hügel, wo jedes Haus eine andere Farbe trägt.",
          "Der Markt am Abend: Gewürze, Stoffe und Lampen, so weit das Auge reicht, und überall Musik.",
          "Zum Schluss der Blick vom Leuchtturm über die Bucht, als die Sonne im Meer versank."})
        essay += std::string("<div class=\"image-caption\"><img src=\"a.jpg\"><p>") + c + "</p></div>";
    essay += "</div>";
    const std::string html = "<html><body><div class=\"menu\"><a href=/>Start</a></div>" + essay + "</body></html>";
    const std::string text = body_text(clean_html(html));
    CHECK(has(text, "Die erste Station der Reise"));
    CHECK(has(text, "Zum Schluss der Blick vom Leuchtturm"));
}

TEST_CASE("CMS taxonomy classes (category-…, tag-…) say nothing about the element") {
    // "social" and "share" in a category or tag name must not make the article chrome, which
    // would hand the region to the note beside it.
    const std::string html = "<html><body><div class=\"panel\"><p>Latest issue: a short note on the magazine, "
                             "with a link to the shop and the archive.</p></div>"
                             "<div class=\"entry-content category-social-media tag-share\">" + kBody +
                             "</div></body></html>";
    const std::string text = body_text(clean_html(html));
    CHECK(has(text, "The first paragraph of the story"));
    CHECK(has(text, "The third paragraph closes"));
    CHECK(!has(text, "Latest issue"));
}

TEST_CASE("a form around a list of entries is a wrapper, not a form; a search form is still pruned") {
    std::string listing = "<form action=\"\" name=\"mandje\">";
    for (const char* ad : {"Bakkerij in het centrum zoekt een ervaren bakker voor de vroege ochtend, vier dagen per week.",
                           "Gezocht: chauffeur met rijbewijs C voor regionale ritten, vast contract na zes maanden.",
                           "Voor onze bibliotheek zoeken wij een vrijwilliger die kinderen helpt met voorlezen.",
                           "Tuinman gevraagd voor het onderhoud van parken en plantsoenen in de hele gemeente."})
        listing += std::string("<table><tr><td><p>") + ad + "<br><a href=/ad>Bekijk advertentie</a></p></td>"
                   "<td><input type=checkbox name=ad></td></tr></table>";
    listing += "</form>";
    const std::string html = "<html><body><form action=/zoek><p>Zoeken in alle advertenties</p><input name=q>"
                             "<button>Zoek</button></form><div>" + listing + "</div></body></html>";
    const std::string text = body_text(clean_html(html));
    CHECK(has(text, "Bakkerij in het centrum"));
    CHECK(has(text, "Tuinman gevraagd"));
    CHECK(!has(text, "Zoeken in alle advertenties"));
}
