// The time budget inside the stages: the long loops of dates, extraction and the noise filters
// read the clock every few iterations (BudgetTicker), so one slow stage on a hostile page stops
// near Limits::max_millis instead of at its end, with the error the stage boundaries give
// ("time budget of N ms exceeded during STAGE"). Each stage is run here with a budget already
// spent (it must stop inside its loops and say where) and without one (it must not); then whole
// hostile pages with max_millis = 50 must come back, as an error naming the stage or a result.
#include <doctest/doctest.h>

#include <ctime>
#include <string>

#include <winnow/winnow.hpp>

#include "../fuzz/output_checks.hpp"
#include "cpu_clock.hpp"
#include "dates.hpp"
#include "extract.hpp"
#include "filter_test_util.hpp"
#include "filters/evidence.hpp"
#include "filters/filters.hpp"
#include "limits.hpp"
#include "metadata.hpp"
#include "parse_html.hpp"

using namespace winnow;
using namespace winnow::detail;
using winnow::test::para;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr double slow = 8.0;   // the sanitizer build's stretch of time bounds, as in test_hostile
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr double slow = 8.0;
#else
constexpr double slow = 1.0;
#endif
#else
constexpr double slow = 1.0;
#endif

// A budget of 1 ms, waited out: every clock reading finds it spent.
Budget spent_budget() {
    Budget b(1);
    while (!b.expired()) {
    }
    return b;
}

// Runs f and returns the BudgetExceeded message it threw ("" when it returned).
template <class F>
std::string budget_error(F&& f) {
    try {
        f();
    } catch (const BudgetExceeded& e) {
        return e.what();
    }
    return {};
}

std::string repeat(std::string_view s, std::size_t n) {
    std::string out;
    out.reserve(s.size() * n);
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

using winnow::test::cpu_ms;

// A page of dated entries (distinct days, the markup of a feed) under an article.
std::string dated_page(int entries) {
    std::string page = "<html><body><h1>A headline of the page</h1><p>" +
                       repeat("An ordinary sentence of the article, with a clause. ", 20) + "</p>";
    for (int i = 0; i < entries; ++i)
        page += "<div class=\"entry\"><time pubdate datetime=\"20" + std::to_string(10 + i % 12) + "-" +
                std::to_string(10 + i % 3) + "-" + std::to_string(10 + i % 19) + "\">" + std::to_string(i) +
                "</time><p>Entry number " + std::to_string(i) + ", a short line.</p></div>";
    return page + "</body></html>";
}

// Top-level paragraphs, each a different sentence (words of several languages and made-up ones
// of two syllables: a vocabulary of hundreds), each with a cut link's " ." residue.
Document paragraphs(int n) {
    static const char* const words[] = {"river", "Stadt", "maison", "ciudad", "город", "東京", "window", "Brücke",
                                        "lumière", "camino", "дорога", "garden", "Wasser", "soleil", "montaña"};
    static const char* const syllables[] = {"ka", "lo", "mi", "ne", "ru", "sa", "te", "vi", "do", "fe", "gu", "pa",
                                            "zo", "be", "ti", "nu", "ha", "re", "wo", "ji"};
    Document d;
    for (int i = 0; i < n; ++i) {
        std::string text;
        for (int w = 0; w < 12; ++w) {
            const int k = i * 13 + w * 7;
            text += w % 3 ? std::string(syllables[k % 20]) + syllables[(k / 20 + w) % 20] : std::string(words[k % 15]);
            text += ' ';
        }
        text += "number " + std::to_string(i) + ", see the link .";
        d.body.push_back(para(text, static_cast<std::uint32_t>(i + 1)));
        d.body.back().order = static_cast<std::uint32_t>(i + 1);
    }
    return d;
}

// A page whose head is most of it: one keywords list of `words` entries, as many article:tag
// metas, and a JSON-LD article with as many authors (words of several languages).
std::string metadata_page(int words) {
    static const char* const stems[] = {"Brücke", "rivière", "город", "東京", "camino", "Wasser", "lumière", "дорога"};
    std::string keywords, metas, authors;
    for (int i = 0; i < words; ++i) {
        const std::string w = std::string(stems[i % 8]) + std::to_string(i);
        keywords += (i ? ", " : "") + w;
        if (i % 10 == 0) metas += "<meta property=\"article:tag\" content=\"" + w + "\">";
        authors += std::string(i ? "," : "") + "{\"@type\":\"Person\",\"name\":\"Autor " + w + "\"}";
    }
    return "<html><head><title>Ein Titel</title><meta name=\"keywords\" content=\"" + keywords + "\">" + metas +
           "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Un titre\",\"author\":[" +
           authors + "]}</script></head><body><h1>Ein Titel</h1><p>" +
           repeat("Une phrase ordinaire de l'article, avec une virgule. ", 20) + "</p></body></html>";
}

}  // namespace

TEST_CASE("a spent budget stops the metadata stage inside its loops, and no budget does not") {
    const std::string page = metadata_page(20'000);
    auto dom = Dom::parse(page, 1'000'000, 400);
    const std::string error = budget_error([&] { read_metadata(*dom, "https://example.org/m", "2024-01-01", spent_budget()); });
    CHECK(error.find("exceeded during metadata") != std::string::npos);
    PageFacts facts;
    CHECK(budget_error([&] { facts = read_metadata(*dom, "https://example.org/m", "2024-01-01"); }).empty());
    CHECK(facts.meta.tags.size() == 20'000);
    CHECK(facts.meta.authors.size() == 1000);  // the cap on a byline's names
}

TEST_CASE("a spent budget stops the dates stage inside its passes, and no budget does not") {
    const std::string page = dated_page(3000);
    auto dom = Dom::parse(page, 1'000'000, 400);
    // The stage on its own: read_metadata, which runs it, has its own loops stopped first.
    const DateContext context{"https://example.org/a", "en", "2024-01-01"};
    const std::string error = budget_error([&] { find_dates(*dom, context, spent_budget()); });
    CHECK(error.find("exceeded during dates") != std::string::npos);
    CHECK(error.find("Limits::max_millis") != std::string::npos);
    CHECK(budget_error([&] { find_dates(*dom, context, Budget::none()); }).empty());
    CHECK(budget_error([&] { read_metadata(*dom, "https://example.org/a", "2024-01-01"); }).empty());
}

TEST_CASE("a spent budget stops extraction inside its passes over the nodes") {
    const std::string page = "<html><body><div><h1>Title</h1>" +
                             repeat("<p>Un paragraphe ordinaire, avec une virgule, et <a href=\"/x\">un lien</a>.</p>", 2000) +
                             "</div><ul>" + repeat("<li><a href=\"/r\">Related</a></li>", 500) + "</ul></body></html>";
    auto dom = Dom::parse(page, 1'000'000, 400);
    const PageFacts facts = read_metadata(*dom, {});
    const std::string error = budget_error([&] { extract_main_content(*dom, facts, spent_budget()); });
    CHECK(error.find("exceeded during extraction") != std::string::npos);
    auto fresh = Dom::parse(page, 1'000'000, 400);
    CHECK(budget_error([&] { extract_main_content(*fresh, facts); }).empty());
}

TEST_CASE("a spent budget stops each noise filter before it edits the document") {
    const NoiseOptions noise;
    const Document page = paragraphs(3000);
    // The filters that judge first and edit last leave the page as it was.
    const auto untouched = [&](const std::string& name, auto&& filter) {
        CAPTURE(name);
        Document d = page;
        const std::string error = budget_error([&] { filter(d, spent_budget()); });
        CHECK(error.find("exceeded during noise filtering") != std::string::npos);
        REQUIRE(d.body.size() == page.body.size());
        for (std::size_t i = 0; i < d.body.size(); ++i) CHECK(d.body[i].text == page.body[i].text);
        Document free = page;
        CHECK(budget_error([&] { filter(free, Budget::none()); }).empty());
    };
    untouched("exact repeats", [&](Document& d, const Budget& b) { remove_exact_repeats(d, noise, nullptr, b); });
    untouched("repeated blocks", [&](Document& d, const Budget& b) { remove_repeated_blocks(d, noise, nullptr, b); });
    untouched("promo blocks", [&](Document& d, const Budget& b) { remove_promo_blocks(d, noise, nullptr, b); });
    untouched("foreign boxes", [&](Document& d, const Budget& b) { remove_foreign_boxes(d, noise, nullptr, b); });
    // Link residue edits block by block: stopped, the blocks before are cleaned, the rest not.
    Document d = page;
    CHECK(budget_error([&] { remove_link_residue(d, noise, spent_budget()); }).find("noise filtering") != std::string::npos);
    REQUIRE(d.body.size() == page.body.size());
    CHECK(d.body.back().text == page.body.back().text);
    Document all = page;
    remove_link_residue(all, noise);
    CHECK(all.body.back().text != page.body.back().text);  // " ." after a cut link goes, when it runs
}

TEST_CASE("a spent budget stops the garbage filter between blocks, every removal recorded") {
    // Every other block is debris as a whole (a data row of quoted fields); the rest are prose.
    Document page;
    for (std::uint32_t i = 1; i <= 2000; ++i) {
        page.body.push_back(i % 2 ? para("Ein gewöhnlicher Satz des Artikels, Nummer " + std::to_string(i) + ", mit Worten.", i)
                                  : para("\"id\",\"nome\",\"cidade\",\"" + std::to_string(i) + "\",\"x\"", i));
        page.body.back().order = i;
    }
    Document d = page;
    const std::string error = budget_error([&] { remove_garbage(d, NoiseOptions{}, spent_budget()); });
    CHECK(error.find("exceeded during noise filtering") != std::string::npos);
    Document all = page;
    remove_garbage(all, NoiseOptions{});
    REQUIRE(all.body.size() < page.body.size());  // the rows go when it runs to the end
    // Stopped: some blocks were judged, most were not, and each block gone has its removal.
    CHECK(d.body.size() > all.body.size());
    CHECK(d.body.back().text == page.body.back().text);
    std::size_t whole = 0;
    for (const Removal& r : d.removed) whole += !r.span;
    CHECK(whole == page.body.size() - d.body.size());
}

TEST_CASE("hostile pages with a 50 ms budget come back, and an error names its stage") {
    struct Case {
        const char* name;
        std::string input;
    };
    std::string interleaved;  // 20,000 linked lines, each said three times, a round after another
    for (int round = 0; round < 3; ++round)
        for (int g = 0; g < 6000; ++g)
            interleaved += "<p><a href=\"/g" + std::to_string(g) + "\">Offer " + std::to_string(g) + " for readers " +
                           std::to_string(g * 7) + "</a> now " + std::to_string(g) + "</p>";
    std::string lines;  // plain text: 200,000 short lines
    for (int i = 0; i < 200'000; ++i) lines += "Line " + std::to_string(i) + " of a long text.\n\n";
    const Case cases[] = {
        {"200,000 tiny paragraphs", "<html><body>" + repeat("<p>x</p>", 200'000) + "</body></html>"},
        {"18,000 near-duplicate linked lines", "<html><body><article>" + interleaved + "</article></body></html>"},
        {"100,000 nested elements", "<html><body>" + repeat("<div>", 100'000) + "text" + repeat("</div>", 100'000)},
        {"20,000 dated entries", dated_page(20'000)},
        {"200,000 lines of text", lines},
        {"a head of 200,000 keywords and authors", metadata_page(200'000)},
    };
    winnow::Options options;
    options.limits.max_millis = 50;
    const winnow::Cleaner cleaner(options);
    for (const Case& c : cases) {
        const std::string name = c.name;
        CAPTURE(name);
        const double start = cpu_ms();
        const winnow::Result r = cleaner.clean(c.input);
        const double ms = cpu_ms() - start;
        // Bound: test_hostile's for a page of this size (each stage stops within a stride of the budget).
        CHECK_MESSAGE(ms < 4000 * slow, name << " took " << ms << " ms");
        if (r.ok()) {
            CHECK(checks::check_outputs(r.document).empty());
            for (const std::string& w : r.document.warnings)
                if (w.find("Limits::max_millis") != std::string::npos) CHECK(w.find("during noise filtering") != std::string::npos);
        } else {
            CHECK(r.error.starts_with("time budget of 50 ms exceeded during "));
            bool named = false;
            for (const char* stage : {"decoding", "parsing", "metadata", "dates", "extraction", "block building",
                                      "Unicode normalization"})
                named = named || r.error.find(std::string("during ") + stage + " (") != std::string::npos;
            CHECK_MESSAGE(named, r.error);
        }
        MESSAGE(name << ": " << (r.ok() ? "ok" : r.error) << ", " << static_cast<long>(ms) << " ms");
    }
}
