// Cleaner::clean_unprofiled() + Cleaner::finish() give what Cleaner::clean() gives, and the
// compact form batch pass one keeps pages in reads back to the same Result.
#include <doctest/doctest.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "corpus_util.hpp"
#include "document_codec.hpp"

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string site_page(int n) {
    std::string body;
    for (int k = 0; k < 4; ++k)
        body += "<p>Story " + std::to_string(n) + " paragraph " + std::to_string(k) + " tells its own tale of " +
                std::to_string(n * 31 + k) + " lanterns.</p>";
    return "<html><head><link rel=canonical href='https://site.example/" + std::to_string(n) +
           "'></head><body><article><h1>Story " + std::to_string(n) + "</h1>" + body +
           "<p>Get the site.example letter in your inbox each Friday morning.</p>"
           "<ul><li>one <a href='/a'>link</a></li><li><b>two</b></li></ul><table><tr><th>h</th></tr><tr><td>c</td></tr></table>"
           "</article></body></html>";
}

const std::string kSamples[] = {"alibaba-ai-investment.html", "alibaba-ai-investment.txt", "blog-post-lists-code.html",
                                "data-table.html", "non-english-article.html", "german-article-latin1.html"};

}  // namespace

TEST_CASE("the encoded form reads back to the same result") {
    const winnow::Cleaner cleaner;
    for (const auto& name : kSamples) {
        CAPTURE(name);
        winnow::Result r = cleaner.clean(read_file(std::string(WINNOW_SOURCE_DIR) + "/samples/" + name));
        REQUIRE(r.ok());
        r.skipped_filters_from = "garbage";
        std::string bytes;
        winnow::detail::encode_result(r, bytes);
        winnow::Result back;
        REQUIRE(winnow::detail::decode_result(bytes, back));
        CHECK(back.skipped_filters_from == "garbage");
        CHECK(winnow::to_json(back.document, {true, true}) == winnow::to_json(r.document, {true, true}));
        CHECK(winnow::to_xml(back.document, {true, true}) == winnow::to_xml(r.document, {true, true}));
        CHECK(back.document.source_charset == r.document.source_charset);
        CHECK(back.document.input == r.document.input);
        // Every cut of the bytes is refused, never misread or crashing.
        for (std::size_t cut = 0; cut < bytes.size(); cut += 1 + bytes.size() / 97)
            CHECK_FALSE(winnow::detail::decode_result(std::string_view(bytes).substr(0, cut), back));
        CHECK_FALSE(winnow::detail::decode_result(bytes + "x", back));
    }
    winnow::Result failed;
    failed.error = "input is an image, not HTML or text";
    std::string bytes;
    winnow::detail::encode_result(failed, bytes);
    winnow::Result back;
    REQUIRE(winnow::detail::decode_result(bytes, back));
    CHECK(back.error == failed.error);
}

TEST_CASE("clean_unprofiled's fingerprints are SiteProfile::fingerprints of its document") {
    const winnow::Cleaner cleaner;
    std::vector<std::string> pages;
    for (const auto& name : kSamples) pages.push_back(read_file(std::string(WINNOW_SOURCE_DIR) + "/samples/" + name));
    for (int n = 0; n < 3; ++n) pages.push_back(site_page(n));
    for (const std::string& page : pages) {
        winnow::PageFingerprints made;
        const winnow::Result r = cleaner.clean_unprofiled(page, {"https://site.example/x"}, made);
        REQUIRE(r.ok());
        const winnow::Result plain = cleaner.clean_unprofiled(page, {"https://site.example/x"});
        CHECK(winnow::to_json(plain.document, {true, true}) == winnow::to_json(r.document, {true, true}));
        const winnow::PageFingerprints fresh = winnow::SiteProfile::fingerprints(r.document);
        CHECK(made.block == fresh.block);
        CHECK(made.counted == fresh.counted);
        CHECK_FALSE(made.block.empty());
    }
    winnow::PageFingerprints made{{1, 2}, {true, true}};
    const winnow::Result failed = cleaner.clean_unprofiled(std::string("\x89PNG\r\n\x1a\n", 8) + std::string(64, '\0'), {}, made);
    CHECK_FALSE(failed.ok());
    CHECK(made.block.empty());
}

// A page naming no host (no url, canonical or og:url) is neither learned from nor filtered by a
// site profile: pass one makes no fingerprints for it, and its result is the same as ever.
TEST_CASE("clean_unprofiled makes no fingerprints for a page naming no host") {
    winnow::SiteProfile learned;
    const winnow::Cleaner plain;
    for (int n = 0; n < 6; ++n) {
        const winnow::Result r = plain.clean_unprofiled(site_page(n), {"https://site.example/x"});
        learned.add_page(winnow::site_host(r.document), r.document);
    }
    const winnow::Cleaner with_profile({}, std::make_shared<const winnow::SiteProfile>(learned));
    std::vector<std::string> pages;
    for (const auto& name : kSamples) pages.push_back(read_file(std::string(WINNOW_SOURCE_DIR) + "/samples/" + name));
    // The site's pages without their canonical link: the same blocks, no host.
    for (int n = 0; n < 3; ++n) {
        std::string page = site_page(n);
        const auto from = page.find("<link"), to = page.find("</head>");
        pages.push_back(page.erase(from, to - from));
    }
    std::size_t hostless = 0;
    for (const std::string& page : pages) {
        winnow::PageFingerprints made{{1, 2}, {true, true}};
        const winnow::Result r = plain.clean_unprofiled(page, {}, made);
        REQUIRE(r.ok());
        const winnow::Result unprofiled = plain.clean_unprofiled(page, {});
        CHECK(winnow::to_json(unprofiled.document, {true, true}) == winnow::to_json(r.document, {true, true}));
        const winnow::Result whole = with_profile.clean(page, {});
        CHECK(winnow::to_xml(with_profile.finish(r, made).document, {true, true}) ==
              winnow::to_xml(whole.document, {true, true}));
        if (winnow::site_host(r.document).empty()) {
            ++hostless;
            CHECK(made.block.empty());
            CHECK(made.counted.empty());
        } else {
            const winnow::PageFingerprints fresh = winnow::SiteProfile::fingerprints(r.document);
            CHECK(made.block == fresh.block);
            CHECK(made.counted == fresh.counted);
        }
    }
    CHECK(hostless >= 3);
}

TEST_CASE("finish(clean_unprofiled(page)) is clean(page), with and without a profile") {
    winnow::SiteProfile learned;
    const winnow::Cleaner plain;
    for (int n = 0; n < 6; ++n) {
        const winnow::Result r = plain.clean_unprofiled(site_page(n), {"https://site.example/x"});
        REQUIRE(r.ok());
        learned.add_page(winnow::site_host(r.document), r.document);
    }
    CHECK(learned.pages_of("site.example") == 6);
    const auto profile = std::make_shared<const winnow::SiteProfile>(learned);
    const winnow::Cleaner with_profile({}, profile);
    std::vector<std::string> pages;
    for (int n = 0; n < 6; ++n) pages.push_back(site_page(n));
    for (const auto& name : kSamples) pages.push_back(read_file(std::string(WINNOW_SOURCE_DIR) + "/samples/" + name));
    for (const auto& path : winnow::test::corpus_pages("shb-dev")) pages.push_back(winnow::test::read_page(path));
    std::size_t profile_removed = 0;
    for (const auto& page : pages) {
        for (const winnow::Cleaner* c : {&plain, &with_profile}) {
            const winnow::Result whole = c->clean(page, {"https://site.example/x"});
            const winnow::Result unprofiled = plain.clean_unprofiled(page, {"https://site.example/x"});
            const winnow::Result split = c->finish(unprofiled);
            REQUIRE(whole.ok() == split.ok());
            CHECK(winnow::to_xml(split.document, {true, true}) == winnow::to_xml(whole.document, {true, true}));
            CHECK(split.document.warnings == whole.document.warnings);
            // The same with the fingerprints pass one made (a batch's pass two).
            const winnow::Result reused =
                c->finish(unprofiled, winnow::SiteProfile::fingerprints(unprofiled.document));
            CHECK(winnow::to_xml(reused.document, {true, true}) == winnow::to_xml(whole.document, {true, true}));
            CHECK(reused.document.warnings == whole.document.warnings);
            for (const auto& x : whole.document.removed)
                profile_removed += x.reason == winnow::RemovalReason::site_boilerplate;
        }
    }
    CHECK(profile_removed >= 6);   // the letter line, once per page of the site
    // A failed result passes through unchanged.
    winnow::Result failed;
    failed.error = "bad";
    CHECK(with_profile.finish(failed).error == "bad");
}

namespace {
// A page of a site: paragraphs of words no other page puts in that order, and the house line
// every page of the site ends with.
std::string house_page(int n) {
    static const char* const kWords[] = {"harbour", "lantern", "meadow",  "copper", "orchard", "thistle",
                                         "granite", "willow",  "saffron", "beacon", "quarry",  "juniper"};
    std::string body;
    for (int k = 0; k < 3; ++k) {
        body += "<p>";
        for (int w = 0; w < 9; ++w) body += std::string(kWords[(n * 5 + k * 7 + w * (n % 5 + 1)) % 12]) + ' ';
        body += "</p>";
    }
    return "<html><head><link rel=canonical href='https://house.example/" + std::to_string(n) +
           "'></head><body><article><h1>Notes</h1>" + body +
           "<p>Get the house letter in your inbox each Friday morning.</p></article></body></html>";
}
}  // namespace

TEST_CASE("finish() judges blocks by the fingerprints it is given, and ignores another document's") {
    winnow::SiteProfile learned;
    const winnow::Cleaner plain;
    for (int n = 0; n < 6; ++n) {
        const winnow::Result r = plain.clean_unprofiled(house_page(n), {"https://house.example/x"});
        REQUIRE(r.ok());
        learned.add_page(winnow::site_host(r.document), winnow::SiteProfile::fingerprints(r.document));
    }
    const winnow::Cleaner with_profile({}, std::make_shared<const winnow::SiteProfile>(learned));
    const winnow::Result page = plain.clean_unprofiled(house_page(7), {"https://house.example/x"});
    REQUIRE(page.ok());
    const auto removed = [](const winnow::Result& r) {
        std::size_t n = 0;
        for (const auto& x : r.document.removed) n += x.reason == winnow::RemovalReason::site_boilerplate;
        return n;
    };
    const winnow::PageFingerprints own = winnow::SiteProfile::fingerprints(page.document);
    const std::size_t baseline = removed(with_profile.finish(page));
    CHECK(baseline == 1);   // the house line
    CHECK(removed(with_profile.finish(page, own)) == baseline);
    // Given a paragraph's block the house line's fingerprint, the filter takes its word for it.
    std::size_t house = own.block.size(), story = own.block.size();
    for (std::size_t i = 0; i < own.block.size(); ++i) {
        if (!own.counted[i]) continue;
        const std::uint32_t seen = learned.pages_with_fingerprint("house.example", own.block[i]);
        if (seen == 6) house = i;
        else if (seen == 0 && story == own.block.size()) story = i;
    }
    REQUIRE(house < own.block.size());
    REQUIRE(story < own.block.size());
    winnow::PageFingerprints swapped = own;
    swapped.block[story] = own.block[house];
    CHECK(removed(with_profile.finish(page, swapped)) == baseline + 1);
    // Fingerprints of a document with another block count are not used.
    winnow::PageFingerprints other = swapped;
    other.block.push_back(0);
    other.counted.push_back(false);
    CHECK(removed(with_profile.finish(page, other)) == baseline);
}
