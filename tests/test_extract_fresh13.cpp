// Round 13 of the fresh pages (issue 18, round fresh13), first half: whole pages of kinds and
// languages nobody tuned for, written before reading the extractor's rules, in five templates
// unlike rounds 1-12 (tests/fresh13_site.hpp: WordPress 2010 with a widget sidebar, a 2015 news
// site in <div>s with three menus and a cookie notice, a TYPO3 authority site with a contact
// column, Bootstrap with a cookie banner and a footer of prose, an old table-and-<font> site).
// The kinds: a club's news post, a municipal service page, personal blog posts of 2010 with
// comments, a shop's product page with reviews, a press release with a contact box, a software
// project's changelog, an FAQ accordion whose answers are hidden until opened, a how-to with
// code, a hotel's page, a university course page, and news pages of 2015 (a table layout with
// print/e-mail tools, a <div> layout with inline ads and a related box, an article continued
// after an inline newsletter box). The second half is test_extract_fresh13b.cpp.
// A page passes when every key sentence of its text is in the output and every piece of chrome
// (menus, sidebar and footer prose, cookie notice, comments, reviews, related lists) is out.
//
// On main unchanged (b81881f) 6 of these 14 pages passed whole (19 of 29 with the second half:
// the generalization figure). Most failures were one fault: a sidebar card ("card-body", a
// TYPO3 contact column: a heading, a sentence, links) joined the article, won over it on its
// name, or made it widen to the page; an FAQ's answers hidden until their heading's button opens
// them were lost with the questions. kFresh13Floor holds the count reached and only ever rises:
// 12 since a box strong only by a name promising the article neither wins nor counts as a part
// of the article, a wrapper widens over a lead before the body but not over a card after it
// (extract_choice.cpp), and an accordion's panel of prose stays with its button as the heading
// (prune.cpp). Still failing: the product page keeps its stock line ("In stock – order by 3pm
// for next-day delivery", a line of the purchase box above the description); the 2009 table
// article keeps its "Mehr zum Thema" line of two links after the print/e-mail row and loses its
// last short paragraph as a promo box whose way out went (the print/e-mail row right after it).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "fresh13_site.hpp"

using namespace winnow::test::fresh13;

namespace {

using Fresh = winnow::test::FreshPage;

// 1. German: a sports club's news post (Bootstrap): a report with a picture and a caption, a
// "back to the overview" link, then three teasers of other news.
Fresh de_club_news() {
    const std::string m = R"(<article class="news-detail"><p class="text-muted small">12.05.2024 · Abteilung Tischtennis</p>
<h1>Herren I steigen in die Bezirksliga auf</h1>
<figure class="figure"><img class="img-fluid" src="/img/tt-aufstieg.jpg" alt=""><figcaption class="figure-caption">Die Mannschaft nach dem letzten Spieltag in der Eichenauer Turnhalle.</figcaption></figure>
<p>Mit einem 9:4 gegen den TV Puchheim hat unsere erste Herrenmannschaft am Samstag den Aufstieg in die Bezirksliga perfekt gemacht. Vor rund achtzig Zuschauern lag das Team nach den Doppeln zwar mit 1:2 zurück, drehte die Partie aber in den Einzeln.</p>
<p>Besonders stark spielte Jonas Berger, der beide Einzel ohne Satzverlust gewann. Mannschaftsführer Stefan Huber lobte nach dem Spiel den Zusammenhalt: „Wir haben die ganze Saison auf sechs Spieler zählen können, das war der Schlüssel.“</p>
<p>Die Abteilung feiert den Aufstieg am 25. Mai mit einem Grillabend am Vereinsheim, zu dem alle Mitglieder eingeladen sind.</p>
<p><a href="/aktuelles">« Zurück zur Übersicht</a></p></article>
<div class="row mt-5"><h2 class="h4">Weitere Nachrichten</h2>
<div class="col-md-4"><div class="card"><div class="card-body"><h3 class="h6"><a href="/aktuelles/411">Turnerinnen holen drei Medaillen</a></h3><p class="card-text">Beim Gauturnfest in Fürstenfeldbruck zeigten unsere Turnerinnen starke Übungen.</p></div></div></div>
<div class="col-md-4"><div class="card"><div class="card-body"><h3 class="h6"><a href="/aktuelles/410">Neue Flutlichtanlage in Betrieb</a></h3><p class="card-text">Seit April trainieren die Fußballer auch abends unter LED-Licht.</p></div></div></div>
<div class="col-md-4"><div class="card"><div class="card-body"><h3 class="h6"><a href="/aktuelles/409">Yoga-Kurs für Einsteiger</a></h3><p class="card-text">Ab Juni bietet die Gesundheitsabteilung einen Kurs für Einsteiger an.</p></div></div></div></div>)";
    return {"de: club news post with a captioned picture, three teasers under it (Bootstrap)",
            page(kDeClub, "Herren I steigen in die Bezirksliga auf", m),
            {"hat unsere erste Herrenmannschaft am Samstag den Aufstieg", "Besonders stark spielte Jonas Berger",
             "Wir haben die ganze Saison auf sechs Spieler zählen können", "mit einem Grillabend am Vereinsheim"},
            chrome(kDeClub, {"Zurück zur Übersicht", "Beim Gauturnfest in Fürstenfeldbruck", "Neue Flutlichtanlage in Betrieb"}),
            {}};
}

// 2. German: a municipal service page (TYPO3): content elements with headers, a list of what
// counts as bulky waste, a table of collection days, a download link, the office in the
// contact column.
Fresh de_municipal_service() {
    const std::string m = R"(<div id="c211" class="csc-default"><div class="csc-header csc-header-n1"><h1 class="csc-firstHeader">Sperrmüll anmelden</h1></div>
<p class="bodytext">Sperrmüll wird in Lindenfels zweimal im Jahr kostenlos am Grundstück abgeholt. Sie müssen die Abholung spätestens zwei Wochen vor dem Termin im Bürgerbüro oder online anmelden.</p></div>
<div id="c212" class="csc-default"><div class="csc-header"><h2>Was ist Sperrmüll?</h2></div>
<p class="bodytext">Zum Sperrmüll gehören Gegenstände aus dem Haushalt, die auch zerkleinert nicht in die Restmülltonne passen:</p>
<ul><li>Möbel wie Schränke, Tische, Stühle und Matratzen</li><li>Teppiche und Bodenbeläge aus Wohnräumen</li><li>Fahrräder und Kinderwagen</li></ul>
<p class="bodytext">Elektrogeräte, Bauschutt und Autoreifen werden nicht mitgenommen; diese geben Sie am Wertstoffhof ab.</p></div>
<div id="c213" class="csc-default"><div class="csc-header"><h2>Abholtermine 2024</h2></div>
<table class="contenttable"><thead><tr><th>Ortsteil</th><th>Frühjahr</th><th>Herbst</th></tr></thead><tbody><tr><td>Kernstadt</td><td>15. April</td><td>14. Oktober</td></tr><tr><td>Schlierbach</td><td>16. April</td><td>15. Oktober</td></tr><tr><td>Winterkasten</td><td>17. April</td><td>16. Oktober</td></tr></tbody></table></div>
<div id="c214" class="csc-default"><ul class="csc-uploads"><li><a href="/fileadmin/formulare/sperrmuell.pdf">Anmeldeformular Sperrmüll (PDF, 84 KB)</a></li></ul></div>)";
    return {"de: municipal service page, TYPO3 content elements, list and table, contact column",
            page(kDeTypo3, "Sperrmüll anmelden", m),
            {"Sperrmüll wird in Lindenfels zweimal im Jahr kostenlos", "Möbel wie Schränke, Tische, Stühle und Matratzen",
             "Elektrogeräte, Bauschutt und Autoreifen werden nicht mitgenommen", "Winterkasten", "Abholtermine 2024"},
            chrome(kDeTypo3, {"Gewerbe anmelden", "Tourismus"}),
            {}};
}

// A WordPress 2010 comment list: each comment an <li> with the author's cite, a date link, the
// text and a reply link; the reply form under it.
std::string wp_comments(const char* heading, const std::vector<std::pair<const char*, const char*>>& cs) {
    std::string h = std::string("<div id=\"comments\"><h3 id=\"comments-title\">") + heading + "</h3><ol class=\"commentlist\">";
    int k = 0;
    for (const auto& [who, text] : cs)
        h += "<li class=\"comment even thread-even depth-1\" id=\"li-comment-" + std::to_string(++k) + "\"><div id=\"comment-" + std::to_string(k) +
             "\"><div class=\"comment-author vcard\"><img alt=\"\" src=\"/avatar.png\" class=\"avatar\" height=\"40\" width=\"40\"><cite class=\"fn\">" + who +
             "</cite> <span class=\"says\">says:</span></div><div class=\"comment-meta commentmetadata\"><a href=\"#comment-" + std::to_string(k) +
             "\">June " + std::to_string(10 + k) + ", 2010 at " + std::to_string(8 + k) + ":15 pm</a></div><div class=\"comment-body\"><p>" + text +
             "</p></div><div class=\"reply\"><a class=\"comment-reply-link\" href=\"#respond\">Reply</a></div></div></li>";
    return h + "</ol><div id=\"respond\"><h3 id=\"reply-title\">Leave a Reply</h3><form action=\"/wp-comments-post.php\" method=\"post\" id=\"commentform\">"
               "<p class=\"comment-notes\">Your email address will not be published.</p><p><label>Name</label><input id=\"author\" name=\"author\" type=\"text\"></p>"
               "<p><textarea id=\"comment\" name=\"comment\"></textarea></p><p><input name=\"submit\" type=\"submit\" value=\"Post Comment\"></p></form></div></div>";
}

// 3. English: a developer's blog post of 2010 (WordPress): entry meta, paragraphs, a code block,
// "Posted in … | 3 Comments", the comment list and the reply form, a widget sidebar.
Fresh en_blog_2010() {
    const std::string m = R"(<div id="post-214" class="post-214 post type-post hentry category-python"><h1 class="entry-title">Why my cron job ran twice on the last Sunday of October</h1>
<div class="entry-meta"><span class="meta-prep">Posted on</span> <a href="/2010/10/31/cron-twice/" rel="bookmark"><span class="entry-date">October 31, 2010</span></a> <span class="meta-sep">by</span> <span class="author vcard"><a class="url fn n" href="/author/tom/">Tom</a></span></div>
<div class="entry-content"><p>This morning our nightly export sent every customer two invoices. The job is scheduled for 2:30 at night, and last night the clocks went back from 3:00 to 2:00, so 2:30 happened twice.</p>
<p>Cron runs in local time and has no idea that an hour repeated itself. The fix is boring: run the server's cron in UTC, or schedule jobs outside the hour between 2:00 and 3:00.</p>
<pre>CRON_TZ=UTC
30 1 * * * /usr/local/bin/export-invoices</pre>
<p>If you cannot change the schedule, make the job idempotent: we now write a marker row with the export date and skip the run when the row already exists.</p></div>
<div class="entry-utility">This entry was posted in <a href="/category/python/" rel="category tag">Python</a>. Bookmark the <a href="/2010/10/31/cron-twice/" rel="bookmark">permalink</a>. <span class="comments-link"><a href="#comments">3 Comments</a></span></div>
<div id="nav-below" class="navigation"><div class="nav-previous"><a href="/2010/10/12/" rel="prev">← Unicode filenames in zip archives</a></div><div class="nav-next"><a href="/2010/11/05/" rel="next">Logging without losing your mind →</a></div></div></div>)";
    const std::string after = wp_comments("3 Responses to <em>Why my cron job ran twice</em>",
                                          {{"Dave", "Same thing bit us in March, the other way round: the job never ran because 2:30 did not exist that night."},
                                           {"Priya", "Systemd timers have the same problem unless you set the timezone explicitly in the unit file."},
                                           {"Tom", "Thanks both, I added a note about the spring change to the post."}});
    return {"en: developer's blog post of 2010, code, three comments and a reply form (WordPress)",
            page(kEnWp, "Why my cron job ran twice on the last Sunday of October", m, after),
            {"This morning our nightly export sent every customer two invoices", "Cron runs in local time and has no idea",
             "30 1 * * * /usr/local/bin/export-invoices", "make the job idempotent"},
            chrome(kEnWp, {"Same thing bit us in March", "Systemd timers have the same problem", "Your email address will not be published",
                           "Logging without losing your mind", "Proudly powered by WordPress"}),
            {}};
}

// 4. German: a garden blog post of 2010 (WordPress): pictures with captions between the
// paragraphs, tags, two comments.
Fresh de_blog_2010_garden() {
    const std::string m = R"(<div id="post-88" class="post-88 post type-post hentry"><h2 class="entry-title">Die Tomaten sind endlich rot</h2>
<div class="entry-meta">Veröffentlicht am <span class="entry-date">14. August 2010</span> von Tina</div>
<div class="entry-content"><p>Nach dem kalten Frühjahr hatte ich die Hoffnung schon fast aufgegeben, aber seit letzter Woche werden die ersten Tomaten rot. Die Sorte Ochsenherz braucht bei mir immer am längsten, dafür sind die Früchte riesig.</p>
<div id="attachment_89" class="wp-caption aligncenter" style="width: 510px"><img src="/wp-content/uploads/2010/08/tomaten.jpg" alt="" width="500" height="375"><p class="wp-caption-text">Die erste Ochsenherz-Tomate, fast 400 Gramm schwer.</p></div>
<p>Gegen die Braunfäule habe ich dieses Jahr ein einfaches Dach aus Latten und Folie gebaut. Seitdem bleiben die Blätter trocken, und bisher ist keine einzige Pflanze krank geworden.</p>
<p>Die grünen Früchte, die im Oktober noch hängen, kommen wie jedes Jahr in eine Kiste mit ein paar Äpfeln. Das Ethylen der Äpfel lässt sie in zwei Wochen nachreifen.</p></div>
<div class="entry-utility">Schlagwörter: <a href="/tag/tomaten/" rel="tag">Tomaten</a>, <a href="/tag/braunfaeule/" rel="tag">Braunfäule</a> | <a href="#comments">2 Kommentare</a></div></div>)";
    const std::string after = wp_comments("2 Kommentare",
                                          {{"Gartenzwerg", "Bei uns hat die Braunfäule dieses Jahr alles erwischt, nächstes Jahr baue ich auch so ein Dach."},
                                           {"Sabine", "Die Idee mit den Äpfeln kannte ich noch nicht, das probiere ich im Herbst aus."}});
    return {"de: garden blog post of 2010, captioned pictures, tags, two comments (WordPress)",
            page(kDeWp, "Die Tomaten sind endlich rot", m, after),
            {"seit letzter Woche werden die ersten Tomaten rot", "ein einfaches Dach aus Latten und Folie gebaut",
             "Das Ethylen der Äpfel lässt sie in zwei Wochen nachreifen"},
            chrome(kDeWp, {"nächstes Jahr baue ich auch so ein Dach", "Die Idee mit den Äpfeln kannte ich noch nicht", "Juni 2010"}),
            {}};
}

// 5. English: a shop's product page (Bootstrap): the name, price and basket form, a description
// with a feature list and a specification table, then customer reviews with stars and "people
// also bought".
Fresh en_product_reviews() {
    const std::string m = R"(<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a></li><li class="breadcrumb-item"><a href="/tents">Tents</a></li><li class="breadcrumb-item active">Kestrel 2</li></ol></nav>
<div class="row"><div class="col-sm-6"><img class="img-fluid" src="/p/kestrel2.jpg" alt="Kestrel 2 tent"></div>
<div class="col-sm-6"><h1>Kestrel 2 Lightweight Tent</h1><p class="price h3">£289.00</p><p class="small text-success">In stock – order by 3pm for next-day delivery</p>
<form class="add-to-cart"><select name="colour"><option>Moss green</option><option>Sand</option></select><button class="btn btn-success">Add to basket</button></form></div></div>
<div class="product-description mt-4"><h2>Description</h2>
<p>The Kestrel 2 is a two-person backpacking tent that weighs just 1.6 kg packed. It pitches outer-first, so the inner stays dry when you set up in the rain.</p>
<p>Two doors and two porches mean neither of you has to climb over the other at night, and there is room in each porch for a rucksack and boots.</p>
<ul><li>Fly sheet: 20D ripstop nylon with a silicone coating</li><li>Hydrostatic head: 3,000 mm fly, 5,000 mm groundsheet</li><li>Aluminium poles with colour-coded clips</li></ul>
<table class="table table-sm"><tr><th>Packed size</th><td>42 × 15 cm</td></tr><tr><th>Inner height</th><td>105 cm</td></tr><tr><th>Berths</th><td>2</td></tr></table></div>
<div class="reviews mt-4"><h2>Customer reviews <small>(2)</small></h2>
<div class="review border-bottom py-2"><div class="stars">★★★★★</div><strong>Survived a night on Kinder Scout</strong><p>Pitched it in strong wind and it barely moved. The porches are big enough to cook in when it rains.</p><p class="small text-muted">Mark, 3 May 2024 · Verified purchase</p></div>
<div class="review border-bottom py-2"><div class="stars">★★★★☆</div><strong>Great but the pegs are weak</strong><p>Lovely tent, but two of the supplied pegs bent on the first trip. I replaced them with stronger ones.</p><p class="small text-muted">Hannah, 19 April 2024 · Verified purchase</p></div></div>
<div class="mt-4"><h2 class="h5">Customers also bought</h2><div class="row"><div class="col"><a href="/p/901">Trail footprint for Kestrel 2</a><br>£34.00</div><div class="col"><a href="/p/902">Titanium pegs, pack of 8</a><br>£18.00</div></div></div>)";
    return {"en: shop product page, description, feature list and spec table, two reviews, cross-sells (Bootstrap)",
            page(kEnShop, "Kestrel 2 Lightweight Tent", m),
            {"is a two-person backpacking tent that weighs just 1.6 kg packed", "Two doors and two porches mean neither of you",
             "Hydrostatic head: 3,000 mm fly", "42 × 15 cm"},
            chrome(kEnShop, {"Pitched it in strong wind and it barely moved", "two of the supplied pegs bent on the first trip", "Titanium pegs, pack of 8",
                             "order by 3pm for next-day delivery"}),
            {}};
}

// 6. German: a university's press release (TYPO3): the release, a boilerplate paragraph about
// the university, a press contact box and a "back" link; the news list in the left column.
Fresh de_press_release() {
    const std::string m = R"(<div class="news news-single"><div class="article"><div class="news-list-date">Pressemitteilung vom 06.03.2024</div>
<h1>Hochschule Nordheide erhält Förderung für Wasserstoff-Labor</h1>
<p class="bodytext"><strong>Das Land fördert den Aufbau eines Labors für Wasserstofftechnik an der Hochschule Nordheide mit 2,4 Millionen Euro. Ab dem Wintersemester sollen dort Studierende an Elektrolyseuren und Brennstoffzellen ausgebildet werden.</strong></p>
<p class="bodytext">Das Labor entsteht in einer ehemaligen Werkhalle auf dem Campus Buchholz. Neben der Lehre sollen dort gemeinsam mit Unternehmen aus der Region Prüfstände für kleine Elektrolyseure betrieben werden.</p>
<p class="bodytext">„Viele Betriebe im Landkreis suchen Fachkräfte, die Wasserstoffanlagen planen und warten können“, sagt Prof. Dr. Anke Lohmann, Vizepräsidentin für Forschung. „Mit dem Labor können wir diese Ausbildung endlich praktisch anbieten.“</p>
<p class="bodytext">Die ersten Geräte werden im Sommer geliefert; die Eröffnung ist für den Oktober geplant.</p>
<div class="news-contact"><h3>Pressekontakt</h3><p class="bodytext">Jana Wichmann, Hochschulkommunikation<br>Telefon 04181 555-120<br><a href="mailto:presse@example.org">presse@example.org</a></p></div>
<div class="news-single-backlink"><a href="/presse">Zurück zur Übersicht</a></div></div></div>)";
    return {"de: university press release with a press contact box (TYPO3)",
            page(kDeUni, "Hochschule Nordheide erhält Förderung für Wasserstoff-Labor", m),
            {"Das Land fördert den Aufbau eines Labors für Wasserstofftechnik", "Das Labor entsteht in einer ehemaligen Werkhalle",
             "Mit dem Labor können wir diese Ausbildung endlich praktisch anbieten", "die Eröffnung ist für den Oktober geplant"},
            chrome(kDeUni, {"Zurück zur Übersicht", "Semestertermine"}),
            {}};
}

// 7. English: a software project's changelog page (Bootstrap): an intro, an install command, and
// release sections of a version heading, a date and lists of changes.
Fresh en_changelog() {
    const std::string m = R"(<h1>Changelog</h1>
<p class="lead">All notable changes to Quiver are listed here. Quiver follows semantic versioning, so minor releases never break a working configuration.</p>
<p>To upgrade, run:</p><pre><code>pip install --upgrade quiver-cli</code></pre>
<h2 id="v2-4-0">2.4.0 <small class="text-muted">– 2024-04-02</small></h2>
<h3>Added</h3><ul><li>A <code>--dry-run</code> flag that prints the files a sync would change without touching them.</li><li>Support for reading credentials from the system keyring on macOS and Windows.</li></ul>
<h3>Fixed</h3><ul><li>Symbolic links pointing outside the source folder are no longer followed silently.</li><li>Progress output no longer garbles the terminal when it is narrower than 60 columns.</li></ul>
<h2 id="v2-3-1">2.3.1 <small class="text-muted">– 2024-02-11</small></h2>
<h3>Fixed</h3><ul><li>A crash when a file name contained a newline.</li></ul>
<p><a href="/changelog/older">Older releases</a></p>)";
    return {"en: software project changelog, version headings and lists of changes (Bootstrap)",
            page(kEnDev, "Changelog", m),
            {"All notable changes to Quiver are listed here", "pip install --upgrade quiver-cli", "prints the files a sync would change",
             "Symbolic links pointing outside the source folder", "A crash when a file name contained a newline"},
            chrome(kEnDev, {"Code of conduct"}),
            {}};
}

// 8. German: an FAQ page (TYPO3) as an accordion: each question a button naming its answer box,
// the first answer open, the others hidden until the reader opens them.
Fresh de_faq_accordion() {
    auto qa = [](int k, const char* q, const char* a) {
        const std::string id = "faq-" + std::to_string(k);
        return std::string("<div class=\"accordion-item\"><h3 class=\"accordion-header\"><button class=\"accordion-button\" type=\"button\" aria-expanded=\"") +
               (k == 1 ? "true" : "false") + "\" aria-controls=\"" + id + "\">" + q + "</button></h3><div id=\"" + id + "\" class=\"accordion-body\"" +
               (k == 1 ? "" : " hidden") + "><p class=\"bodytext\">" + a + "</p></div></div>\n";
    };
    const std::string m = std::string(R"(<div id="c301" class="csc-default"><h1>Häufige Fragen zur Hundesteuer</h1>
<p class="bodytext">Hier beantworten wir die Fragen, die uns Hundehalterinnen und Hundehalter am häufigsten stellen.</p></div>
<div id="c302" class="csc-default"><div class="accordion">
)") + qa(1, "Ab wann muss ich meinen Hund anmelden?", "Sie müssen Ihren Hund innerhalb von zwei Wochen nach der Anschaffung oder dem Zuzug bei der Stadtkasse anmelden. Welpen sind ab einem Alter von drei Monaten steuerpflichtig.") +
        qa(2, "Wie hoch ist die Hundesteuer?", "Für den ersten Hund beträgt die Steuer 84 Euro im Jahr, für jeden weiteren Hund 120 Euro. Für gefährliche Hunde gilt ein erhöhter Satz.") +
        qa(3, "Gibt es eine Ermäßigung?", "Hunde von Empfängern von Bürgergeld werden auf Antrag zur Hälfte besteuert. Blindenführhunde sind ganz von der Steuer befreit.") +
        qa(4, "Was passiert, wenn mein Hund stirbt?", "Melden Sie den Hund bitte mit dem Formular ab. Die zu viel gezahlte Steuer erstatten wir anteilig für die vollen Monate.") +
        "</div></div>";
    return {"de: FAQ accordion, answers hidden until a button opens them (TYPO3)",
            page(kDeTypo3, "Häufige Fragen zur Hundesteuer", m),
            {"innerhalb von zwei Wochen nach der Anschaffung", "Für den ersten Hund beträgt die Steuer 84 Euro",
             "Blindenführhunde sind ganz von der Steuer befreit", "erstatten wir anteilig für die vollen Monate", "Wie hoch ist die Hundesteuer?"},
            chrome(kDeTypo3, {"Fundbüro"}),
            {}};
}

// 9. English: a how-to post with code (WordPress 2010): numbered steps, shell and config blocks,
// a "related posts" list and a share row after it.
Fresh en_howto_code() {
    const std::string m = R"(<div id="post-301" class="post type-post hentry"><h1 class="entry-title">How to serve a Flask app behind nginx on a small VPS</h1>
<div class="entry-meta">Posted on <span class="entry-date">June 2, 2010</span></div>
<div class="entry-content"><p>Running the Flask development server in production is a bad idea: it handles one request at a time and stops when you close the terminal. Here is the setup I use on a 512 MB server.</p>
<p><strong>1. Install gunicorn</strong> in the app's virtualenv and check that it starts the app:</p>
<pre>pip install gunicorn
gunicorn -w 2 -b 127.0.0.1:8000 app:app</pre>
<p><strong>2. Point nginx at it.</strong> Create a site file with a proxy to the port gunicorn listens on:</p>
<pre>server {
    listen 80;
    location / { proxy_pass http://127.0.0.1:8000; }
}</pre>
<p><strong>3. Keep it running</strong> with supervisor, so that the app comes back after a crash or a reboot. Two workers are plenty for a small site; more only eat memory.</p></div>
<div class="sharedaddy"><h3 class="sd-title">Share this:</h3><ul><li><a href="/share/twitter">Twitter</a></li><li><a href="/share/facebook">Facebook</a></li><li><a href="/share/email">Email</a></li></ul></div>
<div id="jp-relatedposts"><h3>Related</h3><ul><li><a href="/2010/05/virtualenv/">Virtualenv for people in a hurry</a></li><li><a href="/2010/04/ssh-keys/">SSH keys in five minutes</a></li></ul></div></div>)";
    return {"en: how-to post with numbered steps in <strong>, shell and config blocks, share row and related list (WordPress)",
            page(kEnWp, "How to serve a Flask app behind nginx on a small VPS", m),
            {"Running the Flask development server in production is a bad idea", "gunicorn -w 2 -b 127.0.0.1:8000 app:app",
             "proxy_pass http://127.0.0.1:8000", "Two workers are plenty for a small site"},
            chrome(kEnWp, {"SSH keys in five minutes", "Share this:"}),
            {}};
}

// 10. Italian: a hotel's rooms page (Bootstrap): an intro, a booking form box, three room
// sections of a heading, a paragraph and a list of amenities, a box of reviews' ratings.
Fresh it_hotel_rooms() {
    const std::string m = R"(<div class="booking-widget card p-3 mb-4"><form action="/prenota"><label>Arrivo <input type="date" name="in"></label> <label>Partenza <input type="date" name="out"></label> <select name="ospiti"><option>2 adulti</option></select> <button class="btn btn-primary">Verifica disponibilità</button></form></div>
<h1>Le nostre camere</h1>
<p>Tutte le ventidue camere dell'Hotel Belvedere sono state rinnovate nel 2022 e la maggior parte ha un balcone con vista sul lago. Il wifi è gratuito in tutto l'albergo.</p>
<div class="room mb-4"><h2>Camera Classic</h2><p>Una camera doppia luminosa di 18 metri quadrati al primo piano, con vista sul giardino degli ulivi. Ideale per chi passa le giornate in bicicletta o in barca.</p><ul><li>Letto matrimoniale o due letti singoli</li><li>Doccia a filo pavimento</li><li>Aria condizionata</li></ul></div>
<div class="room mb-4"><h2>Camera Superior Vista Lago</h2><p>Al secondo e terzo piano, con un balcone privato da cui si vede il castello scaligero. Al mattino il sole entra direttamente in camera.</p><ul><li>Balcone con due sedie e tavolino</li><li>Macchina per il caffè</li></ul></div>
<div class="room mb-4"><h2>Suite Famiglia</h2><p>Due ambienti separati da una porta scorrevole, per due adulti e fino a due bambini. I lettini per i più piccoli sono gratuiti su richiesta.</p></div>
<div class="ratings card p-3"><strong>9,2 Eccellente</strong> · 418 recensioni · <a href="/recensioni">Leggi tutte</a></div>)";
    return {"it: hotel rooms page, booking form, room sections with amenity lists, rating box (Bootstrap)",
            page(kItHotel, "Le nostre camere", m),
            {"Tutte le ventidue camere dell'Hotel Belvedere sono state rinnovate", "con vista sul giardino degli ulivi",
             "Doccia a filo pavimento", "da cui si vede il castello scaligero", "I lettini per i più piccoli sono gratuiti"},
            chrome(kItHotel, {"Verifica disponibilità", "418 recensioni", "Pasqua sul Garda"}),
            {}};
}

// 11. German: a university course page (TYPO3): a facts table, sections on content, aims (a
// list) and admission, an "apply now" button, the advisory service in the contact column.
Fresh de_course_page() {
    const std::string m = R"(<div id="c501" class="csc-default"><h1>Umweltingenieurwesen (B.Eng.)</h1>
<table class="contenttable"><tr><th>Abschluss</th><td>Bachelor of Engineering</td></tr><tr><th>Regelstudienzeit</th><td>7 Semester</td></tr><tr><th>Studienbeginn</th><td>Wintersemester</td></tr><tr><th>Zulassung</th><td>örtlich zulassungsbeschränkt</td></tr></table></div>
<div id="c502" class="csc-default"><h2>Worum geht es?</h2><p class="bodytext">Im Studiengang Umweltingenieurwesen lernen Sie, wie Wasser aufbereitet, Böden saniert und Abfälle verwertet werden. In den ersten Semestern stehen Mathematik, Chemie und Mechanik auf dem Plan, danach wählen Sie einen Schwerpunkt.</p>
<p class="bodytext">Das fünfte Semester verbringen Sie im Praxissemester bei einem Unternehmen, einem Ingenieurbüro oder einer Behörde.</p></div>
<div id="c503" class="csc-default"><h2>Was Sie am Ende können</h2><ul><li>Kläranlagen und Trinkwasseranlagen bemessen</li><li>Altlasten erkunden und Sanierungen planen</li><li>Umweltverträglichkeitsprüfungen begleiten</li></ul></div>
<div id="c504" class="csc-default"><h2>Zulassung</h2><p class="bodytext">Sie brauchen die Fachhochschulreife, die allgemeine Hochschulreife oder eine gleichwertige berufliche Qualifikation. Ein Vorpraktikum ist nicht erforderlich.</p>
<p><a class="btn" href="/bewerbung">Jetzt bewerben</a></p></div>)";
    return {"de: university course page, facts table, sections and a list of aims (TYPO3)",
            page(kDeUni, "Umweltingenieurwesen (B.Eng.)", m),
            {"Regelstudienzeit", "wie Wasser aufbereitet, Böden saniert und Abfälle verwertet werden", "im Praxissemester bei einem Unternehmen",
             "Altlasten erkunden und Sanierungen planen", "Ein Vorpraktikum ist nicht erforderlich"},
            chrome(kDeUni, {"Jetzt bewerben", "Modulhandbücher"}),
            {}};
}

// 12. German: a local newspaper's article of 2009 in the table layout, all text in <font>: a
// dateline, the paragraphs with <br><br> between them, a print/e-mail row, an inline ad cell and
// a "more on the topic" list, "3 Leserkommentare".
Fresh de_news_tables_font() {
    const std::string m = R"(<font size="1" color="#666666">Lokales · 17.09.2009</font><br>
<font size="4" face="Georgia"><b>Neue Brücke über den Mühlgraben freigegeben</b></font><br><br>
<b>Nach acht Monaten Bauzeit können Fußgänger und Radfahrer den Mühlgraben wieder auf kurzem Weg überqueren.</b> Bürgermeister Klaus Weber gab die neue Holzbrücke am Mittwochnachmittag gemeinsam mit Schülern der Grundschule frei.<br><br>
Die alte Brücke war im vergangenen Winter gesperrt worden, nachdem ein Gutachter morsche Träger entdeckt hatte. Seitdem mussten Schulkinder einen Umweg von fast einem Kilometer über die Hauptstraße nehmen.<br><br>
<table align="right" width="160" border="0" cellpadding="4"><tr><td bgcolor="#f4f4f4"><font size="1">Anzeige</font><br><a href="http://ads.example.net/click?id=77"><img src="/banner/autohaus.gif" width="150" height="125" border="0" alt="Autohaus Kern"></a></td></tr></table>
Die neue Brücke ist aus Lärchenholz gebaut und etwas breiter als die alte, damit auch Kinderwagen und Fahrräder aneinander vorbeikommen. Die Kosten von 148.000 Euro trägt zu zwei Dritteln das Land.<br><br>
Im Frühjahr sollen am Ufer noch Bänke und ein Spielplatz entstehen.<br><br>
<font size="1"><a href="/drucken.php?id=4471">Drucken</a> | <a href="/empfehlen.php?id=4471">Artikel versenden</a> | <a href="/kommentare.php?id=4471">3 Leserkommentare</a></font><br><br>
<b>Mehr zum Thema:</b><br><a href="/index.php?artikel=4302">Mühlgrabenbrücke gesperrt: Gutachter findet morsche Träger</a><br><a href="/index.php?artikel=4388">Gemeinderat beschließt Neubau aus Holz</a>)";
    return {"de: local newspaper article of 2009, table layout and <font>, <br> paragraphs, ad cell, print/e-mail row, related links",
            page(kDeTables, "Neue Brücke über den Mühlgraben freigegeben", m),
            {"Nach acht Monaten Bauzeit können Fußgänger und Radfahrer", "Die alte Brücke war im vergangenen Winter gesperrt worden",
             "Die neue Brücke ist aus Lärchenholz gebaut", "Im Frühjahr sollen am Ufer noch Bänke und ein Spielplatz entstehen"},
            chrome(kDeTables, {"Artikel versenden", "3 Leserkommentare", "Gemeinderat beschließt Neubau aus Holz", "Narrenzunft wählt neuen Zunftmeister"}),
            {}};
}

// 13. English: a regional news article of 2015 in <div>s: byline, tools row (print, email, font
// size, comment count), an inline ad and an inline "Read more" line between paragraphs, a
// "More from News" box, tags.
Fresh en_news_2015() {
    const std::string m = R"(<div class="article"><h1 class="headline">Library to open on Sundays after volunteers step in</h1>
<div class="byline">By <a href="/author/sarah-lowe">Sarah Lowe</a> | Posted: Tuesday, March 10, 2015 6:00 am</div>
<div class="tools"><a href="/print/88213">Print</a> <a href="/email/88213">Email</a> <a href="#">A+</a> <a href="#">A-</a> <a href="#comments">12 comments</a></div>
<div class="article-body"><p>The central library will open on Sunday afternoons from next month, after more than forty residents signed up to help staff the building.</p>
<p>The council cut Sunday opening in 2011 to save money. Librarian Joan Mercer said the volunteers would run the lending desk and the children's corner, while paid staff remain in charge of the building.</p>
<div class="inline-ad"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-1423"></div></div>
<p><a href="/news/88102">Read more: Council budget: what the cuts mean for you</a></p>
<p>"Sunday is the only day many families can come in together," Mercer said. "We have had parents asking for this every week since it stopped."</p>
<p>The first Sunday opening is on April 12, from 1pm to 5pm. Anyone who wants to volunteer can sign up at the front desk.</p></div>
<div class="tags">Tags: <a href="/tag/library">Library</a>, <a href="/tag/council">Council</a></div></div>
<div class="related-box"><h3>More from News</h3><ul><li><a href="/news/88190">Pothole repairs to start in April</a><p>The council says the worst roads will be fixed first.</p></li><li><a href="/news/88177">School wins robotics contest</a><p>Pupils beat 30 teams from across the county.</p></li></ul></div>)";
    return {"en: regional news article of 2015 in <div>s, tools row with comment count, inline ad and read-more line, related box",
            page(kEnNews, "Library to open on Sundays after volunteers step in", m),
            {"The central library will open on Sunday afternoons from next month", "The council cut Sunday opening in 2011",
             "Sunday is the only day many families can come in together", "The first Sunday opening is on April 12"},
            chrome(kEnNews, {"12 comments", "Read more: Council budget", "The council says the worst roads will be fixed first", "Advertisement"}),
            {}};
}

// 14. German: a news article continued after an inline newsletter box (a heading, a sentence, an
// e-mail field and a button in the middle of the text), then an author box and reader comments.
Fresh de_news_newsletter_inline() {
    const std::string m = R"(<article class="article-detail"><div class="kicker">Verkehr</div><h1>Regionalbahn fährt ab Dezember im Halbstundentakt</h1>
<p class="teaser">Pendler zwischen Kreisstadt und Landeshauptstadt bekommen mehr Züge. Die Bahn setzt dafür neue Triebwagen ein.</p>
<p class="meta">Von Martin Köhler · 14.10.2015, 17:45 Uhr</p>
<p>Ab dem Fahrplanwechsel am 13. Dezember fahren die Züge der Regionalbahn zwischen 6 und 20 Uhr alle dreißig Minuten. Bisher gab es nur eine Verbindung pro Stunde, in den Abendstunden sogar nur alle zwei Stunden.</p>
<p>Möglich wird das durch ein zweites Gleis am Bahnhof Oberried, an dem sich die Züge künftig begegnen können. Die Bauarbeiten dort sollen bis Ende November abgeschlossen sein.</p>
<div class="newsletter-inline"><h4>Der Morgen-Newsletter</h4><p>Jeden Werktag um 6 Uhr die wichtigsten Nachrichten aus der Region in Ihrem Postfach.</p><form action="/newsletter"><input type="email" placeholder="Ihre E-Mail-Adresse"><button>Anmelden</button></form></div>
<p>Der Kreistag hatte den dichteren Takt seit Jahren gefordert. Landrätin Petra Sommer sprach von einem „großen Tag für alle, die jeden Morgen im Stau stehen“.</p>
<p>Die neuen Triebwagen haben mehr Platz für Fahrräder und sind barrierefrei. Die Fahrpreise bleiben gleich.</p>
<div class="author-box"><img src="/autoren/koehler.jpg" alt=""><p><b>Martin Köhler</b> ist Redakteur im Lokalressort und schreibt seit 2008 über Verkehr und Umwelt.</p></div></article>
<div class="comments"><h3>Kommentare (2)</h3><div class="comment"><span class="user">pendler_ka</span> <span class="date">14.10.2015 18:20</span><p>Endlich! Jetzt fehlt nur noch ein später Zug nach Konzerten in der Stadt.</p></div><div class="comment"><span class="user">H. Brandt</span> <span class="date">14.10.2015 19:02</span><p>Schön und gut, aber die Parkplätze am Bahnhof reichen heute schon nicht.</p></div></div>)";
    return {"de: news article continued after an inline newsletter box, author box and comments (2015 <div> layout)",
            page(kDeNews, "Regionalbahn fährt ab Dezember im Halbstundentakt", m),
            {"Pendler zwischen Kreisstadt und Landeshauptstadt bekommen mehr Züge", "fahren die Züge der Regionalbahn zwischen 6 und 20 Uhr",
             "Möglich wird das durch ein zweites Gleis", "Der Kreistag hatte den dichteren Takt seit Jahren gefordert", "Die Fahrpreise bleiben gleich"},
            chrome(kDeNews, {"Jeden Werktag um 6 Uhr die wichtigsten Nachrichten", "ist Redakteur im Lokalressort", "Jetzt fehlt nur noch ein später Zug",
                             "die Parkplätze am Bahnhof reichen heute schon nicht"}),
            {}};
}

std::vector<Fresh> fresh_pages() {
    return {de_club_news(),       de_municipal_service(), en_blog_2010(),    de_blog_2010_garden(), en_product_reviews(),
            de_press_release(),   en_changelog(),         de_faq_accordion(), en_howto_code(),      it_hotel_rooms(),
            de_course_page(),     de_news_tables_font(),  en_news_2015(),    de_news_newsletter_inline()};
}

// The number of pages that pass whole. Only ever rises.
constexpr int kFresh13Floor = 12;

}  // namespace

TEST_CASE("fresh page kinds, round 13, first half (club, authority, blog, shop, release, changelog, FAQ, how-to, hotel, course, news of 2009-2015): the main text is in and the chrome is out") {
    const auto all = fresh_pages();
    winnow::test::PageTally t = winnow::test::tally_pages(all, "f13a_");
    winnow::test::tally_headlines(all, t);
    MESSAGE("fresh pages (round 13, first half) passed whole: ", t.passed, " of ", all.size(), t.report);
    CHECK(t.passed >= kFresh13Floor);
}
