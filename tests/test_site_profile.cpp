// Site profiles: order-independent learning, exact merging, deterministic save/load, and the
// boilerplate filter built on them.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "filter_test_util.hpp"
#include "filters/filters.hpp"
#include "fingerprint.hpp"
#include "near_fingerprint.hpp"

using namespace winnow;
using winnow::test::para;

namespace {
const std::string kFooter = "Copyright 2024 Example Media Group. All rights reserved worldwide.";
const std::string kNewsletter = "Get the best of our journalism in your inbox every morning.";

// Each page's own story in words of its own (a sentence with one word changed from page to page
// would be the site's template, which near-duplicate bands learn).
const char* const kLeads[] = {"the harbour board approved a new quay after years of argument over its cost",
                              "farmers in the valley lost half their apple harvest to a late spring frost",
                              "a retired teacher opened a lending library in her garden shed last winter",
                              "the regional court ruled that the old mill may be turned into flats",
                              "volunteers counted more than two hundred swallows nesting under the bridge",
                              "the orchestra will play its first concert in the restored town hall",
                              "a storm tore the roof off the bus depot and flooded the workshops",
                              "students built a solar boat that crossed the lake in under an hour",
                              "the bakery on the square celebrates a century of bread this weekend",
                              "miners' children collected the memories of their grandparents in a book"};
const char* const kSeconds[] = {"Engineers expect the work to last two summers and cost less than planned.",
                                "Insurers say claims from orchards have never been this high in spring.",
                                "Neighbours bring boxes of novels, and children come for comics after school.",
                                "Residents fear the traffic, while the owner promises parking under the yard.",
                                "Ornithologists think the warm autumn kept the birds here longer than usual.",
                                "Tickets sold out within hours, so a second evening has been added.",
                                "Mechanics worked through the night to keep the morning routes running.",
                                "Their teacher hopes to enter the boat in a national race next year.",
                                "The owner's grandson now bakes with the same wood oven his family built.",
                                "Copies will go to every school library in the district this autumn."};

std::vector<Document> site_pages() {
    std::vector<Document> pages;
    for (int i = 0; i < 10; ++i) {
        Document d;
        d.body.push_back(para("Unique story number " + std::to_string(i) + ": " + kLeads[i] + "."));
        d.body.push_back(para(kSeconds[i]));
        // Same footer everywhere (with a changing year: digits fold), newsletter on half.
        d.body.push_back(para("Copyright " + std::to_string(2015 + i) + " Example Media Group. All rights reserved worldwide."));
        if (i % 2 == 0) d.body.push_back(para(kNewsletter));
        d.body.push_back(para("Share"));
        pages.push_back(std::move(d));
    }
    return pages;
}
}  // namespace

TEST_CASE("fingerprints fold case, digits, punctuation, whitespace and URLs") {
    using detail::block_fingerprint;
    CHECK(block_fingerprint("Sign up: https://x.example/?utm=1 for FREE!") ==
          block_fingerprint("sign up  https://y.example/a?utm=2 for free"));
    CHECK(block_fingerprint("Copyright 2019 Example") == block_fingerprint("Copyright 2024 Example"));
    CHECK(block_fingerprint("Copyright 2019 Example") != block_fingerprint("Copyright 2019 Sample"));
    CHECK(detail::fold_for_fingerprint("Hello,   WORLD!") == "hello world");
}

TEST_CASE("learning is order independent and merge of halves equals the whole") {
    auto pages = site_pages();
    SiteProfile whole;
    for (const auto& p : pages) whole.add_page("www.example.com", p);

    auto shuffled = pages;
    std::mt19937 rng(42);
    std::shuffle(shuffled.begin(), shuffled.end(), rng);
    SiteProfile other;
    for (const auto& p : shuffled) other.add_page("example.com", p);
    CHECK(other.save() == whole.save());

    SiteProfile a, b;
    for (std::size_t i = 0; i < pages.size(); ++i) (i < 4 ? a : b).add_page("example.com", pages[i]);
    SiteProfile merged;
    merged.merge(b);
    merged.merge(a);
    CHECK(merged.save() == whole.save());

    CHECK(whole.pages_of("example.com") == 10);
    CHECK(whole.pages_with("example.com", kFooter) == 10);
    CHECK(whole.pages_with("EXAMPLE.com", kNewsletter) == 5);
    CHECK(whole.pages_with("example.com", "Share") == 0);  // too little text to count
    CHECK(whole.pages_of("other.org") == 0);
}

TEST_CASE("a page counts a fingerprint once") {
    Document d;
    d.body.push_back(para(kNewsletter));
    d.body.push_back(para(kNewsletter));
    SiteProfile p;
    p.add_page("example.com", d);
    CHECK(p.pages_with("example.com", kNewsletter) == 1);
}

TEST_CASE("save/load round trip; load rejects garbage with an error") {
    SiteProfile whole;
    for (const auto& p : site_pages()) whole.add_page("example.com", p);
    whole.add_page("news.example.org", site_pages()[0]);
    const std::string saved = whole.save();
    CHECK(saved.rfind("winnow-site-profile 1\n", 0) == 0);
    SiteProfile loaded;
    std::string error;
    REQUIRE(SiteProfile::load(saved, loaded, error));
    CHECK(error.empty());
    CHECK(loaded.save() == saved);
    CHECK(loaded.pages_with("example.com", kFooter) == 10);

    for (std::string bad : {std::string(""), std::string("hello\n"), std::string("winnow-site-profile 2\n"),
                            std::string("winnow-site-profile 1\n00000000000000ff 3\n"),
                            std::string("winnow-site-profile 1\nhost example.com x\n"),
                            std::string("winnow-site-profile 1\nhost example.com 2\nzz 1\n"),
                            std::string("winnow-site-profile 1\nhost example.com 2\n00000000000000ff 3\n")}) {
        SiteProfile keep = loaded;
        std::string err;
        CHECK_FALSE(SiteProfile::load(bad, keep, err));
        CHECK_FALSE(err.empty());
        CHECK(keep.save() == saved);  // a failed load leaves the target untouched
    }
}

TEST_CASE("site boilerplate filter drops blocks above the threshold only") {
    SiteProfile profile;
    for (const auto& p : site_pages()) profile.add_page("example.com", p);
    Document page = site_pages()[3];
    NoiseOptions o;  // min 3 pages and 30% of 10 pages: footer (10) and newsletter (5) go
    detail::remove_site_boilerplate(page, profile, "example.com", o);
    std::vector<RemovalReason> reasons;
    for (const auto& r : page.removed) reasons.push_back(r.reason);
    CHECK(page.removed.size() == 1);  // page 3 has the footer but not the newsletter
    CHECK(page.body.size() == 3);
    CHECK(page.body[0].text.find("Unique story number 3") == 0);
    CHECK(std::all_of(reasons.begin(), reasons.end(), [](auto r) { return r == RemovalReason::site_boilerplate; }));

    o.site_min_share = 0.6;  // newsletter (5 of 10) no longer qualifies; footer still does
    Document even = site_pages()[2];
    detail::remove_site_boilerplate(even, profile, "example.com", o);
    CHECK(even.body.size() == 4);
    o.site_min_pages = 11;
    Document none = site_pages()[2];
    detail::remove_site_boilerplate(none, profile, "example.com", o);
    CHECK(none.body.size() == 5);
    Document other_host = site_pages()[2];
    detail::remove_site_boilerplate(other_host, profile, "elsewhere.net", NoiseOptions{});
    CHECK(other_host.body.size() == 5);
}

TEST_CASE("a promo box the page's own filters took on some pages of a site is learned from all of them") {
    // A box in words foreign to one article and not to the next goes on some pages by the page
    // filters alone: the profile still counts it there, so it goes on the others too.
    for (const std::string promo : {std::string("Unser Wochenbrief kommt jeden Sonntag früh. Jetzt anmelden"),
                                    std::string("Το εβδομαδιαίο δελτίο μας έρχεται κάθε Κυριακή πρωί. Εγγραφή"),
                                    std::string("Наша недельная рассылка приходит каждое воскресенье утром. Подписаться")}) {
        std::vector<Document> pages = site_pages();
        for (std::size_t i = 0; i < pages.size(); ++i) {
            if (i < 2) {
                pages[i].body.push_back(para(promo));  // left by the page filters
            } else if (i < 4) {
                Removal rm;
                rm.reason = RemovalReason::promo;
                rm.text = promo;
                pages[i].removed.push_back(rm);  // taken by them
            }
        }
        SiteProfile profile;
        for (const auto& p : pages) profile.add_page("example.com", p);
        Document kept = pages[0];
        detail::remove_site_boilerplate(kept, profile, "example.com", NoiseOptions{});
        CHECK(std::none_of(kept.body.begin(), kept.body.end(), [&](const Block& b) { return b.text == promo; }));
        // With the page's fingerprints made once (a two-pass batch), the same; a span cut from a
        // block is no box and is not counted.
        Document known = pages[1];
        const PageFingerprints fingerprints = SiteProfile::fingerprints(known);
        detail::remove_site_boilerplate(known, profile, "example.com", NoiseOptions{}, &fingerprints);
        CHECK(std::none_of(known.body.begin(), known.body.end(), [&](const Block& b) { return b.text == promo; }));
        Document spans = pages[2];
        spans.removed.back().span = true;
        CHECK(SiteProfile::fingerprints(spans).block.size() == spans.body.size() + detail::near_band_count(spans));
        CHECK(SiteProfile::fingerprints(pages[2]).block.size() == pages[2].body.size() + 1 + detail::near_band_count(pages[2]));
    }
}

TEST_CASE("a page's fingerprints say where each box's bands are, and the filter matches those bands") {
    // A site's box printed with its last word changed from page to page (French, German,
    // Russian), nested in a list on some pages: its exact fingerprint differs page to page,
    // its near-duplicate bands agree.
    const std::vector<std::pair<std::string, std::vector<std::string>>> templates = {
        {"Recevez chaque matin notre lettre avec les titres du jour, les débats de la semaine et les "
         "rendez-vous culturels de votre région directement à {}",
         {"Lyon", "Nantes", "Lille", "Brest", "Dijon", "Reims", "Nancy", "Caen", "Metz", "Tours"}},
        {"Unser Morgenbrief bringt Ihnen jeden Tag die wichtigsten Nachrichten, Debatten und Termine "
         "aus der ganzen Region direkt nach {}",
         {"Hamburg", "Bremen", "Kiel", "Lübeck", "Rostock", "Schwerin", "Husum", "Emden", "Celle", "Goslar"}},
        {"Подпишитесь на нашу утреннюю рассылку и получайте главные новости, обзоры недели и афишу "
         "культурных событий вашего региона прямо в {}",
         {"Казани", "Самаре", "Перми", "Уфе", "Твери", "Туле", "Курске", "Омске", "Томске", "Орле"}}};
    for (const auto& [pattern, fills] : templates) {
        std::vector<std::string> variants;
        for (const auto& fill : fills) variants.push_back(pattern.substr(0, pattern.find("{}")) + fill);
        std::vector<Document> pages = site_pages();
        for (std::size_t i = 0; i < pages.size(); ++i) {
            Block box = para(variants[i % variants.size()]);
            if (i % 2) {
                Block list = para("");
                list.kind = BlockKind::list;
                list.children.push_back(std::move(box));
                pages[i].body.insert(pages[i].body.begin() + 1, std::move(list));
            } else {
                pages[i].body.insert(pages[i].body.begin() + 1, std::move(box));
            }
        }
        SiteProfile profile;
        for (const auto& p : pages) profile.add_page("example.com", p);
        for (std::size_t i : {0u, 1u}) {
            const PageFingerprints fingerprints = SiteProfile::fingerprints(pages[i]);
            const detail::FingerprintLayout layout = detail::fingerprint_layout(pages[i]);
            REQUIRE(layout.size() == fingerprints.block.size());
            // The story's two sentences and the box are box-sized, in pre-order; the footer too.
            std::vector<std::string> banded_texts;
            std::vector<const Block*> order;
            const auto flatten = [&](const auto& self, const std::vector<Block>& blocks) -> void {
                for (const auto& b : blocks) {
                    order.push_back(&b);
                    self(self, b.children);
                }
            };
            flatten(flatten, pages[i].body);
            REQUIRE(layout.body_blocks == order.size());
            for (std::size_t k = 0; k < layout.banded.size(); ++k) {
                const auto bands = detail::near_bands(order[layout.banded[k]]->text);
                CHECK(std::equal(bands.begin(), bands.end(), fingerprints.block.begin() + static_cast<std::ptrdiff_t>(layout.bands_of(k))));
            }
            CHECK(std::any_of(layout.banded.begin(), layout.banded.end(),
                              [&](std::size_t at) { return order[at]->text == variants[i % variants.size()]; }));
            // Matched by the bands the fingerprints carry: the box goes with them ...
            Document known = pages[i];
            detail::remove_site_boilerplate(known, profile, "example.com", NoiseOptions{}, &fingerprints);
            Document fresh = pages[i];
            detail::remove_site_boilerplate(fresh, profile, "example.com", NoiseOptions{});
            CHECK(known.removed.size() == fresh.removed.size());
            CHECK(std::any_of(known.removed.begin(), known.removed.end(),
                              [&](const Removal& r) { return r.text == variants[i % variants.size()]; }));
            // ... and stays when they carry other bands (they are taken, not made again).
            PageFingerprints other = fingerprints;
            for (std::size_t k = layout.bands_of(0); k < other.block.size(); ++k) other.block[k] ^= 0x5a5a5a5a5a5a5a5aull;
            Document blind = pages[i];
            detail::remove_site_boilerplate(blind, profile, "example.com", NoiseOptions{}, &other);
            CHECK(std::none_of(blind.removed.begin(), blind.removed.end(),
                               [&](const Removal& r) { return r.text == variants[i % variants.size()]; }));
        }
    }
}
