// Property test of extraction: random page templates (tests/page_templates.hpp) around real
// article text, cleaned by the whole pipeline; measures over fixed seeds the article words kept
// (recall), the share of the output that is chrome, the pages where the wrong block wins (less
// than half the article kept), and breaks these down by the chrome that leaked and by template
// trait, because held-out pages are templates nobody has seen.
//
//   WINNOW_PAGES_SEED=12 build/tests/test_extract_property    # one page: traits, input, output, what leaked
//   WINNOW_PAGES_CASES=5000 build/tests/test_extract_property # more pages than CI runs
//   WINNOW_PAGES_LIST=1 build/tests/test_extract_property     # also one line per page that lost or leaked
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <string>

#include <winnow/winnow.hpp>

#include "extract_test_util.hpp"
#include "filters/evidence.hpp"
#include "whole_atoms.hpp"
#include "page_templates.hpp"

using namespace winnow;
using winnow::test::contains_atom;
using winnow::test::Chrome;
using winnow::test::TemplatePage;

namespace {

// Words of an atom: spaces + 1, or for writing without spaces one word per two code points.
double words(std::string_view s) {
    const auto spaces = std::count(s.begin(), s.end(), ' ');
    if (spaces >= 2 || s.size() < 12) return static_cast<double>(spaces + 1);
    double cps = 0;
    for (unsigned char c : s) cps += (c & 0xC0) != 0x80;
    return std::max(1.0, cps / 2);
}

constexpr std::size_t kKinds = static_cast<std::size_t>(Chrome::count);

struct Outcome {
    double article = 0, kept = 0;           // article words, and those in the output
    double chrome[kKinds] = {}, leaked[kKinds] = {};  // chrome words by kind, and those in the output
    bool present[kKinds] = {};
    std::string output;
    bool title_ok = false;
    double recall() const { return article > 0 ? kept / article : 1; }
    double leaked_total() const {
        double t = 0;
        for (double l : leaked) t += l;
        return t;
    }
};

Outcome run_page(const Cleaner& cleaner, const TemplatePage& page) {
    Outcome o;
    const Result r = cleaner.clean(page.html);
    if (r.ok()) {
        o.output = r.document.meta.subtitle + "\n";
        winnow::test::all_block_text(r.document.body, o.output);
        o.title_ok = r.document.meta.title == page.title;
    }
    for (const auto& a : page.article) {
        o.article += words(a);
        if (contains_atom(o.output, a)) o.kept += words(a);
    }
    for (const auto& c : page.chrome) {
        const auto k = static_cast<std::size_t>(c.kind);
        o.present[k] = true;
        for (const auto& a : c.atoms) {
            o.chrome[k] += words(a);
            if (contains_atom(o.output, a)) o.leaked[k] += words(a);
        }
    }
    return o;
}

struct Tally {
    int pages = 0, wrong = 0, empty = 0, titles = 0;
    double article = 0, kept = 0, leaked = 0;
    void add(const Outcome& o) {
        ++pages;
        wrong += o.recall() < 0.5;
        empty += o.kept == 0 && o.leaked_total() == 0;
        titles += o.title_ok;
        article += o.article;
        kept += o.kept;
        leaked += o.leaked_total();
    }
    double recall() const { return article > 0 ? kept / article : 0; }
    double chrome_share() const { return kept + leaked > 0 ? leaked / (kept + leaked) : 0; }
    double wrong_share() const { return pages ? static_cast<double>(wrong) / pages : 0; }
};

std::string pct(double x) {
    char b[32];
    std::snprintf(b, sizeof b, "%.2f%%", 100 * x);
    return b;
}

std::uint64_t env_number(const char* name, std::uint64_t fallback) {
    const char* v = std::getenv(name);
    return v && *v ? std::strtoull(v, nullptr, 10) : fallback;
}

// Floors and ceilings over the first 400 seeds, just past the figures reached; they only tighten.
// main at 181c61c (the first run of this test): article recall 100.00%, chrome 5.62% of the
// output (newsletter boxes on 36 of 164 pages, sidebar prose on 18 of 208 — most in table
// layouts —, author bios on 10 of 166, comment threads before the article on 4 of 216), no page
// where the wrong block wins, none empty, title right on all. With a small form's lead-in going
// with it (prune.cpp): chrome 4.94% (newsletter on 2 pages), recall 99.82%: one page lost (seed
// 393: a thread before a short Japanese article in a site of Spanish chrome; the Spanish
// newsletter prose had carried the article's box, and without it the region takes the thread
// and the filters then read the Japanese lines as foreign fragments). With a table cell kept from
// widening to its row (extract_choice.cpp): chrome 4.38% (sidebar prose on 11 pages, was 16).
// With blocks that end before the title kept from widening the article (extract_choice.cpp):
// chrome 1.97% (comment threads set before the article: 5 pages -> 0), recall 100.00%, no page
// where the wrong block wins (seed 393 back). Left: author bios after short articles (11 of
// 166 pages), sidebar prose in table layouts (11 of 208).
constexpr int kCases = 400;
constexpr double kRecallFloor = 0.998;
constexpr double kChromeShareCeiling = 0.022;
constexpr double kWrongBlockCeiling = 0.0025;

}  // namespace

TEST_CASE("the page generator is deterministic and varies every trait") {
    const auto a = winnow::test::make_template_page(42);
    CHECK(a.html == winnow::test::make_template_page(42).html);
    CHECK(winnow::test::make_template_page(43).html != a.html);
    std::map<std::string, std::map<std::string, int>> seen;
    int kinds[kKinds] = {};
    for (std::uint64_t s = 1; s <= 300; ++s) {
        const auto p = winnow::test::make_template_page(s);
        for (const auto& [trait, value] : p.traits) ++seen[trait][value];
        for (const auto& c : p.chrome) ++kinds[static_cast<std::size_t>(c.kind)];
        CHECK(p.article.size() >= 2);
        // Every atom is in the page as written (escaping aside: the texts have no markup characters).
        for (const auto& at : p.article) CHECK(p.html.find(at) != std::string::npos);
    }
    CHECK(seen["tag"].size() == 5);
    CHECK(seen["depth"].size() == 4);
    CHECK(seen["order"].size() == 3);
    CHECK(seen["names"].size() == 4);
    CHECK(seen["markup"].size() == 3);
    CHECK(seen["length"].size() == 3);
    CHECK(seen["comments"].size() == 3);
    for (int k : kinds) CHECK(k > 30);
}

TEST_CASE("the measure: the page's own text keeps every article atom and every chrome atom") {
    const auto page = winnow::test::make_template_page(5);
    std::string all;
    for (const auto& a : page.article) all += a + "\n";
    for (const auto& c : page.chrome)
        for (const auto& a : c.atoms) all += a + "\n";
    for (const auto& a : page.article) CHECK(contains_atom(all, a));
    CHECK(contains_atom("x Zq9xv y", "Zq9xv"));
    CHECK_FALSE(contains_atom("xZq9xv y", "Zq9xv"));
    CHECK(words("one two three") == 3);
    CHECK(words("山あいの小さな町では、去年の春から") > 5);
}

// A small form's lead-in (lib/src/prune.cpp): the heading and the sentence that ask for the field,
// and a label over the box, say nothing once the form is gone; a post above its comment form and
// a box holding the title stay. Hand-written pages in three languages and three markups.
TEST_CASE("a small form goes with its lead-in, its label and the heading of its section") {
    const std::string article =
        "<p>The valley's cheese makers agreed this spring to share one cellar, so that the cost of cooling and of the night watch is split "
        "between eleven families instead of each paying for its own.</p><p>Each family keeps its own recipe, and the wheels still carry "
        "the mark of the farm they came from, burnt into the rind before the first turning.</p><p>A technician checks the temperature and "
        "the damp twice a day and writes everything into a book that the farmers read in the evening.</p>";
    struct Case {
        const char* name;
        std::string box;
        std::vector<std::string> out;
    };
    const std::vector<Case> cases{
        {"heading, sentence, form",
         "<div><h3>Weekly letter</h3><p>Every Friday we send the stories that made people talk this week, chosen by our editors.</p>"
         "<form><input type=\"email\"><button>Go</button></form></div>",
         {"Weekly letter", "Every Friday we send"}},
        {"German, a div as heading",
         "<section><div>Unser Rundbrief</div><p>Jeden Freitag schicken wir Ihnen die wichtigsten Geschichten der Woche.</p>"
         "<form><label>E-Mail</label><input type=\"text\"><input type=\"submit\" value=\"OK\"></form></section>",
         {"Unser Rundbrief", "Jeden Freitag schicken wir"}},
        {"Russian, label over buttons and the box",
         "<div><div>Подписывайтесь</div><div><a href=\"/x\"></a></div><div><span>Каждую пятницу главное за неделю в одном письме.</span>"
         "<form><input type=\"email\"><button>ОК</button></form></div></div>",
         {"Подписывайтесь", "Каждую пятницу главное"}},
        {"heading over the reply box",
         "<h2>Leave a reply</h2><div class=\"x\"></div><div><p>Your address is never shown to other readers.</p><form><textarea></textarea>"
         "<button>Send</button></form></div>",
         {"Leave a reply", "Your address is never shown"}},
    };
    for (const auto& c : cases) {
        const std::string name = c.name;
        CAPTURE(name);
        const std::string out = winnow::test::block_text_of("<html><body><article><h1>Cellars shared</h1>" + article + c.box +
                                                            "</article></body></html>");
        CHECK(winnow::test::has(out, "each paying for its own"));
        CHECK(winnow::test::has(out, "writes everything into a book"));
        for (const auto& o : c.out) CHECK_FALSE(winnow::test::has(out, o));
    }
    // The post above its comment form: the box holds blocks of blocks, it stays.
    const std::string post = winnow::test::block_text_of(
        "<html><body><div><div><h3>Broken wheels</h3><p>A short note on the cellar, written by the technician after the night watch.</p></div>"
        "<h2>Leave a comment</h2><form><p><input type=\"text\"></p><textarea></textarea><input type=\"submit\"></form></div></body></html>");
    CHECK(winnow::test::has(post, "written by the technician"));
    // The field's own box inside the form (an input and its button in a group): the form's
    // lead-in goes all the same.
    const std::string grouped = winnow::test::block_text_of(
        "<html><body><article><h1>Cellars shared</h1>" + article +
        "<div><h3>Wochenbrief</h3><p>Jeden Freitag schicken wir die Geschichten der Woche.</p><form><div class=\"g\">"
        "<input type=\"email\"><button>OK</button></div></form></div></article></body></html>");
    CHECK(winnow::test::has(grouped, "writes everything into a book"));
    CHECK_FALSE(winnow::test::has(grouped, "Wochenbrief"));
    CHECK_FALSE(winnow::test::has(grouped, "Jeden Freitag"));
    // A picture beside the form's box is no label: the box around both stays, the picture with it.
    Result photo = clean("<html><body><article><h1>Cellars shared</h1>" + article +
                         "<div><img src=\"cellar-night.jpg\" alt=\"De kelder bij nacht\"><div><p>Elke vrijdag de verhalen van de "
                         "week.</p><form><input type=\"email\"><button>OK</button></form></div></div></article></body></html>");
    REQUIRE(photo.ok());
    bool picture = false;
    for (const Block& b : photo.document.body) picture = picture || b.src == "cellar-night.jpg";
    CHECK(picture);
}

// A layout table's row (lib/src/extract_choice.cpp): the article's cell does not widen to its row,
// whose other cells are columns beside it (a sidebar with a widget of prose); it goes on down its
// own column. Hand-written pages in two languages, the widget before and after the article.
TEST_CASE("the article's table cell does not take the column beside it") {
    const std::vector<std::string> articles{
        "<p>The valley's cheese makers agreed this spring to share one cellar, so that the cost of cooling and of the night watch is split "
        "between eleven families instead of each paying for its own.</p><p>Each family keeps its own recipe, and the wheels still carry "
        "the mark of the farm they came from, burnt into the rind before the first turning.</p><p>A technician checks the temperature and "
        "the damp twice a day and writes everything into a book that the farmers read in the evening.</p><p>The first results are good: "
        "losses have halved, and several restaurants in the town below now order every week.</p>",
        "<p>Die kleine Gemeinde hat im vergangenen Jahr ihre alte Mühle restauriert und darin ein Museum für das Handwerk der Region "
        "eröffnet, das an den Wochenenden geöffnet ist.</p><p>Freiwillige haben über zwei Winter die morschen Balken ersetzt, das Mahlwerk "
        "gereinigt und die Wasserräder nach alten Zeichnungen wieder aufgebaut.</p><p>Schulklassen aus den umliegenden Dörfern besuchen "
        "die Mühle inzwischen regelmäßig und lernen dort, wie früher Getreide zu Mehl verarbeitet wurde.</p><p>Im Sommer soll ein kleines "
        "Café im ehemaligen Lagerhaus öffnen, dessen Einnahmen den Unterhalt sichern sollen.</p>"};
    const std::vector<std::string> widgets{
        "<div><b>On the coast</b><p>Volunteers are needed for the beach clean on Sunday morning, meeting at the lifeboat station with "
        "gloves and bags, and soup is served afterwards.</p></div>",
        "<div><b>Am Wochenende</b><p>Am Samstag bleibt es überwiegend trocken, erst am Montag ziehen von Westen her wieder Schauer auf, "
        "und in den Höhenlagen kann es Frost geben.</p></div>"};
    for (std::size_t i = 0; i < articles.size(); ++i)
        for (bool widget_first : {false, true}) {
            const std::string article_cell = "<td><div><h1>Shared cellars</h1>" + articles[i] + "</div></td>";
            const std::string widget_cell = "<td>" + widgets[i] + "</td>";
            const std::string out = winnow::test::block_text_of(
                "<html><body><table><tr>" + (widget_first ? widget_cell + article_cell : article_cell + widget_cell) +
                "</tr></table></body></html>");
            CAPTURE(i);
            CAPTURE(widget_first);
            CHECK(winnow::test::has(out, i == 0 ? "each paying for its own" : "Museum für das Handwerk"));
            CHECK_FALSE(winnow::test::has(out, i == 0 ? "beach clean" : "überwiegend trocken"));
        }
}

// The article starts at its title (lib/src/extract_choice.cpp): a thread the template sets before
// the title in source (a column placed first, shown after by style) is not the article's first
// part, even when its entries outweigh a short article (on main the region took the wrapper of
// both: entries strong beside the article's box). No class names; two languages.
TEST_CASE("a thread set before the title does not join the article under it") {
    struct Case {
        std::string article, entry, kept, out;
    };
    const std::vector<Case> cases{
        {"<p>The valley's cheese makers agreed this spring to share one cellar, so that the cost of cooling and of the night watch is split "
         "between eleven families instead of each paying for its own.</p><p>Each family keeps its own recipe, and the wheels still carry "
         "the mark of the farm they came from, burnt into the rind before the first turning.</p><p>A technician checks the temperature "
         "and the damp twice a day and writes everything into a book that the farmers read in the evening.</p>",
         "I have bought cheese from that valley for twenty summers and the wheels from the old farms were always the best ones, "
         "so I hope the shared cellar keeps them as they were. My uncle tried the same thing in the eighties and it ended badly, with two "
         "farms selling their herds within a year.",
         "each paying for its own", "I have bought cheese"},
        {"<p>Die kleine Gemeinde hat im vergangenen Jahr ihre alte Mühle restauriert und darin ein Museum für das Handwerk der Region "
         "eröffnet, das an den Wochenenden geöffnet ist.</p><p>Freiwillige haben über zwei Winter die morschen Balken ersetzt, das "
         "Mahlwerk gereinigt und die Wasserräder nach alten Zeichnungen wieder aufgebaut.</p>",
         "Ich war als Kind oft an dieser Mühle und freue mich sehr, dass sie jetzt endlich wieder für alle offen steht. Schade nur, "
         "dass die Öffnungszeiten so knapp sind, denn unter der Woche schafft man es nach der Arbeit kaum hin, und am Wochenende "
         "ist es dort im Sommer viel zu voll.",
         "Museum für das Handwerk", "Ich war als Kind oft"},
    };
    for (const auto& c : cases) {
        std::string thread = "<section><h3>12</h3>";
        for (int i = 1; i <= 9; ++i)
            thread += "<div><div><b>Reader " + std::string(1, static_cast<char>('A' + i)) + "</b> <span>" + std::to_string(i) +
                      ".3.2021</span></div><p>" + (i == 1 ? c.entry : c.entry.substr(0, c.entry.size() - static_cast<std::size_t>(i))) +
                      " " + std::to_string(i * 7) + "</p><a href=\"#r" + std::to_string(i) + "\">Reply</a></div>";
        thread += "</section>";
        // The article as runs parted by <br>s, as an old template writes it.
        std::string runs = c.article;
        for (std::size_t at; (at = runs.find("</p><p>")) != std::string::npos;) runs.replace(at, 7, "<br><br>");
        runs = "<div>" + runs.substr(3, runs.size() - 7) + "</div>";
        const std::string out = winnow::test::block_text_of("<html><body><div>" + thread + "<section><div><h1>A shared cellar</h1>" + runs +
                                                            "</div></section></div></body></html>");
        CAPTURE(c.kept);
        CHECK(winnow::test::has(out, c.kept));
        CHECK_FALSE(winnow::test::has(out, c.out));
    }
}

TEST_CASE("random page templates: the article wins, little chrome comes with it") {
    const Cleaner cleaner;
    if (const std::uint64_t one = env_number("WINNOW_PAGES_SEED", 0)) {
        const auto page = winnow::test::make_template_page(one);
        const auto o = run_page(cleaner, page);
        std::cout << "seed " << one << ":";
        for (const auto& [t, v] : page.traits) std::cout << " " << t << "=" << v;
        std::cout << "\n--- input\n" << page.html << "\n--- output\n" << o.output << "--- recall " << pct(o.recall()) << ", title "
                  << (o.title_ok ? "ok" : "wrong") << "\n";
        for (const auto& c : page.chrome)
            for (const auto& a : c.atoms)
                if (contains_atom(o.output, a)) std::cout << "leaked " << winnow::test::kChromeNames[static_cast<std::size_t>(c.kind)] << ": " << a << "\n";
        for (const auto& a : page.article)
            if (!contains_atom(o.output, a)) std::cout << "lost: " << a << "\n";
        return;
    }
    const std::uint64_t cases = env_number("WINNOW_PAGES_CASES", kCases);
    const bool list = env_number("WINNOW_PAGES_LIST", 0) != 0;
    Tally all;
    std::map<std::string, Tally> by_trait;
    double chrome[kKinds] = {}, leaked[kKinds] = {};
    int present[kKinds] = {}, leaked_pages[kKinds] = {};
    std::vector<std::uint64_t> wrong_seeds;
    for (std::uint64_t seed = 1; seed <= cases; ++seed) {
        const auto page = winnow::test::make_template_page(seed);
        const auto o = run_page(cleaner, page);
        all.add(o);
        for (const auto& [t, v] : page.traits) by_trait[t + "=" + v].add(o);
        std::string leaks;
        for (std::size_t k = 0; k < kKinds; ++k) {
            chrome[k] += o.chrome[k];
            leaked[k] += o.leaked[k];
            present[k] += o.present[k];
            leaked_pages[k] += o.leaked[k] > 0;
            if (o.leaked[k] > 0) leaks += " " + std::string(winnow::test::kChromeNames[k]) + ":" + std::to_string(static_cast<int>(o.leaked[k]));
        }
        if (o.recall() < 0.5 && wrong_seeds.size() < 12) wrong_seeds.push_back(seed);
        if (list && (o.recall() < 1 || !leaks.empty())) {
            std::cout << "page " << seed << " recall " << pct(o.recall()) << " leaked" << (leaks.empty() ? " -" : leaks) << " |";
            for (const auto& [t, v] : page.traits) std::cout << " " << t << "=" << v;
            std::cout << "\n";
        }
    }
    std::string wrong;
    for (auto s : wrong_seeds) wrong += " " + std::to_string(s);
    MESSAGE("pages " << cases << ": article recall " << pct(all.recall()) << ", chrome " << pct(all.chrome_share())
                     << " of the output, wrong block " << pct(all.wrong_share()) << " (" << all.wrong << " pages:" << wrong
                     << "), empty " << all.empty << ", title right " << pct(static_cast<double>(all.titles) / all.pages));
    std::string kinds;
    for (std::size_t k = 0; k < kKinds; ++k)
        kinds += " " + std::string(winnow::test::kChromeNames[k]) + " " + std::to_string(leaked_pages[k]) + "/" + std::to_string(present[k]) +
                 " pages, " + pct(chrome[k] > 0 ? leaked[k] / chrome[k] : 0) + " of its words;";
    MESSAGE("chrome that leaked, by kind:" << kinds);
    std::string traits;
    for (const auto& [tv, t] : by_trait)
        traits += "\n  " + tv + ": " + std::to_string(t.pages) + " pages, recall " + pct(t.recall()) + ", chrome " + pct(t.chrome_share()) +
                  ", wrong " + pct(t.wrong_share());
    MESSAGE("by template trait:" << traits);
    if (cases == static_cast<std::uint64_t>(kCases)) {
        CHECK(all.recall() >= kRecallFloor);
        CHECK(all.chrome_share() <= kChromeShareCeiling);
        CHECK(all.wrong_share() <= kWrongBlockCeiling);
        CHECK(all.empty == 0);
    }
}
