// The WARC reader (winnow/warc.hpp) on WARC files written here: plain, gzip per record and
// whole-file gzip; chunked and gzip-encoded HTTP bodies; a charset only in the HTTP header;
// records that are not pages; and damage (truncation, corrupt members, wrong lengths,
// garbage, oversized payloads), each reported at its byte offset with the good records kept.
#include <doctest/doctest.h>
#include <zlib.h>

#include <algorithm>
#include <string>
#include <vector>

#include <winnow/warc.hpp>
#include <winnow/winnow.hpp>

#include "corpus_util.hpp"
#include "cpu_clock.hpp"

using namespace winnow;

namespace {

std::string gzip(std::string_view data) {
    z_stream zs{};
    REQUIRE(deflateInit2(&zs, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK);
    std::string out(deflateBound(&zs, data.size()) + 64, '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    REQUIRE(deflate(&zs, Z_FINISH) == Z_STREAM_END);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return out;
}

std::string chunked(std::string_view body, std::size_t piece) {
    std::string out;
    char size[32];
    for (std::size_t i = 0; i < body.size(); i += piece) {
        const std::size_t n = std::min(piece, body.size() - i);
        std::snprintf(size, sizeof size, "%zx\r\n", n);
        out += size;
        out.append(body.substr(i, n));
        out += "\r\n";
    }
    return out + "0\r\n\r\n";
}

std::string record(std::string_view type, std::string_view uri, int n, std::string_view block,
                   std::string_view content_type, std::string_view version = "1.0") {
    std::string r = "WARC/" + std::string(version) + "\r\nWARC-Type: " + std::string(type) + "\r\n";
    if (!uri.empty()) r += "WARC-Target-URI: " + std::string(uri) + "\r\n";
    r += "WARC-Date: 2024-05-0" + std::to_string(n % 9 + 1) + "T10:00:00Z\r\n";
    r += "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-" + std::to_string(100000000000 + n) + ">\r\n";
    r += "Content-Type: " + std::string(content_type) + "\r\n";
    r += "Content-Length: " + std::to_string(block.size()) + "\r\n\r\n";
    r.append(block);
    return r + "\r\n\r\n";
}

std::string http(std::string_view body, std::string_view content_type, std::string_view extra = {}, int status = 200) {
    std::string h = "HTTP/1.1 " + std::to_string(status) + " Whatever\r\nServer: test\r\n";
    if (!content_type.empty()) h += "Content-Type: " + std::string(content_type) + "\r\n";
    h.append(extra);
    return h + "\r\n" + std::string(body);
}

std::string response(std::string_view uri, int n, std::string_view message) {
    return record("response", uri, n, message, "application/http; msgtype=response");
}

struct Read {
    std::vector<WarcPage> pages;
    std::vector<WarcIssue> issues;
    WarcCounts counts;
};

// Reads data through a ReadFn that hands out `step` bytes at a time.
Read read_all(const std::string& data, std::size_t step = 4096, WarcOptions options = {}) {
    std::size_t at = 0;
    WarcReader reader(
        [&](char* buf, std::size_t n, std::string*) -> std::ptrdiff_t {
            const std::size_t k = std::min({n, step, data.size() - at});
            std::copy_n(data.data() + at, k, buf);
            at += k;
            return static_cast<std::ptrdiff_t>(k);
        },
        options);
    Read out;
    WarcPage page;
    while (reader.next(page)) out.pages.push_back(page);
    out.issues = reader.take_issues();
    out.counts = reader.counts();
    return out;
}

bool has_issue(const Read& r, std::string_view words, std::uint64_t offset) {
    return std::any_of(r.issues.begin(), r.issues.end(), [&](const WarcIssue& i) {
        return i.offset == offset && i.message.find(words) != std::string::npos;
    });
}

// Pages to archive: a handful of the dev corpora when they are present, else built-in ones in
// several languages.
std::vector<std::string> test_pages() {
    std::vector<std::string> out;
    const auto paths = test::corpus_pages();
    for (std::size_t i = 0; i < paths.size() && out.size() < 8; i += std::max<std::size_t>(1, paths.size() / 8))
        out.push_back(test::read_page(paths[i]));
    if (out.empty()) {
        out.push_back("<html><head><title>Un jour</title></head><body><article><h1>Un jour au marché</h1>"
                      "<p>Le marché du samedi ouvre tôt ; les producteurs arrivent avant l'aube avec leurs "
                      "légumes et leurs fromages.</p></article></body></html>");
        out.push_back("<html><body><main><h1>Ein Tag am See</h1><p>Am Ufer des Sees stehen alte Bäume, "
                      "unter denen die Fischer ihre Netze flicken und über das Wetter reden.</p></main></body></html>");
        out.push_back("<html><body><div><h2>川の話</h2><p>川は山から海へ流れ、途中でいくつもの町を通り過ぎる。"
                      "人々は昔から川のそばに暮らしてきた。</p></div></body></html>");
    }
    return out;
}

// A WARC with every kind of record around the pages; returns the records (one string each)
// and the indexes of the page records.
struct Archive {
    std::vector<std::string> records;
    std::vector<std::string> bodies;   // expected page bodies, in order
    std::vector<std::string> uris;
};

Archive mixed_archive(const std::vector<std::string>& pages) {
    Archive a;
    int n = 0;
    a.records.push_back(record("warcinfo", "", n++, "software: test\r\nformat: WARC File Format 1.0\r\n",
                               "application/warc-fields"));
    for (std::size_t i = 0; i < pages.size(); ++i) {
        const std::string uri = "http://site" + std::to_string(i % 2) + ".example/page/" + std::to_string(i);
        a.records.push_back(record("request", uri, n++, "GET /page HTTP/1.1\r\nHost: x\r\n\r\n",
                                   "application/http; msgtype=request"));
        std::string message;
        switch (i % 3) {
            case 0: message = http(pages[i], "text/html"); break;
            case 1: message = http(chunked(pages[i], 777), "text/html; charset=\"utf-8\"", "Transfer-Encoding: chunked\r\n"); break;
            default: message = http(gzip(pages[i]), "text/html", "Content-Encoding: gzip\r\n");
        }
        a.records.push_back(response(uri, n++, message));
        a.bodies.push_back(pages[i]);
        a.uris.push_back(uri);
        a.records.push_back(record("metadata", uri, n++, "fetchTimeMs: 12\r\n", "application/warc-fields"));
    }
    a.records.push_back(record("revisit", a.uris[0], n++, http("", "text/html"), "application/http; msgtype=response"));
    a.records.push_back(response("http://site0.example/logo.png", n++, http("\x89PNG\r\n\x1a\n....", "image/png")));
    a.records.push_back(response("http://site0.example/gone", n++, http("<p>not here</p>", "text/html", {}, 404)));
    // A resource record (no HTTP message): the block is the page.
    const std::string text = "A plain text note.\n\nIt has two paragraphs of its own words.\n";
    a.records.push_back(record("resource", "file:///notes/note.txt", n++, text, "text/plain", "1.1"));
    a.bodies.push_back(text);
    a.uris.push_back("file:///notes/note.txt");
    return a;
}

std::string join(const std::vector<std::string>& parts, bool gzip_each) {
    std::string out;
    for (const auto& p : parts) out += gzip_each ? gzip(p) : p;
    return out;
}

void check_pages(const Read& r, const Archive& a) {
    REQUIRE(r.pages.size() == a.bodies.size());
    for (std::size_t i = 0; i < a.bodies.size(); ++i) {
        CHECK(r.pages[i].body == a.bodies[i]);
        CHECK(r.pages[i].target_uri == a.uris[i]);
        CHECK(r.pages[i].record_id.rfind("<urn:uuid:", 0) == 0);
        CHECK(!r.pages[i].date.empty());
    }
    CHECK(r.pages.back().is_text);
    CHECK(r.pages.back().type == "resource");
}

}  // namespace

TEST_CASE("plain, gzip-per-record and whole-file gzip WARCs give the same pages; other records are counted") {
    const auto pages = test_pages();
    const Archive a = mixed_archive(pages);
    const std::string plain = join(a.records, false);
    for (const std::string& data : {plain, join(a.records, true), gzip(plain)}) {
        for (std::size_t step : {std::size_t(65536), std::size_t(997), std::size_t(1)}) {
            if (step == 1 && data.size() > 400000) continue;  // byte-at-a-time only on small archives
            CAPTURE(step);
            const Read r = read_all(data, step);
            CHECK(r.issues.empty());
            for (const auto& i : r.issues) MESSAGE(i.offset << ": " << i.message);
            check_pages(r, a);
            CHECK(r.counts.records == a.records.size());
            CHECK(r.counts.pages == a.bodies.size());
            CHECK(r.counts.skipped_by_reason.at("request record") == pages.size());
            CHECK(r.counts.skipped_by_reason.at("metadata record") == pages.size());
            CHECK(r.counts.skipped_by_reason.at("warcinfo record") == 1);
            CHECK(r.counts.skipped_by_reason.at("revisit record") == 1);
            CHECK(r.counts.skipped_by_reason.at("not HTML or text") == 1);
            CHECK(r.counts.skipped_by_reason.at("status 404") == 1);
        }
    }
}

TEST_CASE("a page whose charset is only in the HTTP header is decoded with it") {
    // Cyrillic and Greek in single-byte code pages, with no <meta charset>.
    const std::string ru = "<html><body><article><h1>\xcd\xee\xe2\xee\xf1\xf2\xe8</h1><p>\xd0\xe5\xea\xe0 \xf2\xe5\xf7\xe5\xf2 "
        "\xec\xe5\xe4\xeb\xe5\xed\xed\xee \xec\xe8\xec\xee \xf1\xf2\xe0\xf0\xee\xe3\xee \xe3\xee\xf0\xee\xe4\xe0 \xe8 "
        "\xed\xee\xe2\xfb\xf5 \xec\xee\xf1\xf2\xee\xe2, \xe0 \xf0\xfb\xe1\xe0\xea\xe8 \xf1\xe8\xe4\xff\xf2 \xed\xe0 "
        "\xe1\xe5\xf0\xe5\xe3\xf3.</p></article></body></html>";
    const std::string el = "<html><body><article><h1>\xca\xe1\xe9\xf1\xfc\xf2</h1><p>\xc7 \xe8\xdc\xeb\xe1\xf3\xf3\xe1 "
        "\xe5\xdf\xed\xe1\xe9 \xde\xf1\xe5\xec\xe7 \xf3\xde\xec\xe5\xf1\xe1 \xea\xe1\xe9 \xef\xe9 \xe2\xdc\xf1\xea\xe5\xf2 "
        "\xe2\xe3\xe1\xdf\xed\xef\xf5\xed \xed\xf9\xf1\xdf\xf2 \xe1\xf0\xfc \xf4\xef \xeb\xe9\xec\xdc\xed\xe9.</p>"
        "</article></body></html>";
    const std::string data = response("http://ru.example/a", 1, http(ru, "text/html; charset=windows-1251")) +
                             response("http://el.example/b", 2, http(el, "text/html;charset=ISO-8859-7"));
    const Read r = read_all(data);
    REQUIRE(r.pages.size() == 2);
    CHECK(r.pages[0].charset == "windows-1251");
    CHECK(r.pages[1].charset == "ISO-8859-7");
    const Cleaner cleaner;
    const Result ru_doc = cleaner.clean(r.pages[0].body, Hints{r.pages[0].target_uri, r.pages[0].charset});
    REQUIRE(ru_doc.ok());
    CHECK(to_text(ru_doc.document).find("Река течет медленно") != std::string::npos);
    CHECK(ru_doc.document.meta.url == "http://ru.example/a");
    const Result el_doc = cleaner.clean(r.pages[1].body, Hints{r.pages[1].target_uri, r.pages[1].charset});
    REQUIRE(el_doc.ok());
    CHECK(to_text(el_doc.document).find("θάλασσα είναι ήρεμη") != std::string::npos);
}

TEST_CASE("a truncated last record is reported at its offset; the records before it are kept") {
    const auto pages = test_pages();
    const Archive a = mixed_archive(pages);
    for (bool gz : {false, true}) {
        CAPTURE(gz);
        std::string data = join(a.records, gz);
        const std::string last = gz ? gzip(a.records.back()) : a.records.back();
        const std::uint64_t last_at = data.size() - last.size();
        data.resize(data.size() - last.size() / 2);
        const Read r = read_all(data, 1000);
        REQUIRE(r.pages.size() == a.bodies.size() - 1);
        CHECK(r.pages.back().body == a.bodies[a.bodies.size() - 2]);
        CHECK(has_issue(r, "truncated", last_at));
    }
}

TEST_CASE("a corrupt gzip member costs its own record only") {
    const auto pages = test_pages();
    const Archive a = mixed_archive(pages);
    std::vector<std::string> members;
    for (const auto& rec : a.records) members.push_back(gzip(rec));
    // Member 2 is the first page's response: damage its deflate data in the middle.
    std::string& bad = members[2];
    for (std::size_t i = bad.size() / 2; i < bad.size() / 2 + 16 && i < bad.size() - 8; ++i) bad[i] = static_cast<char>(bad[i] ^ 0x5A);
    const std::uint64_t bad_at = members[0].size() + members[1].size();
    const std::string data = join(members, false);
    const Read r = read_all(data, 4096);
    CHECK(has_issue(r, "corrupt gzip member", bad_at));
    REQUIRE(r.pages.size() == a.bodies.size() - 1);
    for (std::size_t i = 1; i < a.bodies.size(); ++i) CHECK(r.pages[i - 1].body == a.bodies[i]);
}

TEST_CASE("a wrong Content-Length, garbage between records and a bad header are reported and skipped") {
    const std::vector<std::string> pages = {
        "<html><body><p>Första sidan handlar om skogen och om djuren som bor där under vintern.</p></body></html>",
        "<html><body><p>La seconda pagina parla del porto e delle barche che partono all'alba.</p></body></html>",
        "<html><body><p>The third page tells of a bridge that took forty years to build.</p></body></html>",
        "<html><body><p>Четвёртая страница рассказывает о дороге через горы и о старом перевале.</p></body></html>"};
    std::vector<std::string> recs;
    for (std::size_t i = 0; i < pages.size(); ++i)
        recs.push_back(response("http://x.example/" + std::to_string(i), int(i), http(pages[i], "text/html")));
    SUBCASE("Content-Length too large and too small") {
        for (long delta : {+40L, -25L}) {
            CAPTURE(delta);
            std::string bad = recs[1];
            const std::size_t at = bad.find("Content-Length: ") + 16;
            const std::size_t end = bad.find('\r', at);
            const long len = std::stol(bad.substr(at, end - at));
            bad.replace(at, end - at, std::to_string(len + delta));
            const std::string data = recs[0] + bad + recs[2] + recs[3];
            const Read r = read_all(data, 50);
            CHECK(has_issue(r, "Content-Length", recs[0].size()));
            REQUIRE(r.pages.size() == 3);
            CHECK(r.pages[0].body == pages[0]);
            CHECK(r.pages[1].body == pages[2]);
            CHECK(r.pages[2].body == pages[3]);
        }
    }
    SUBCASE("garbage between records and a record header without a length") {
        const std::string garbage("\x00\x01 binary junk \xff\xfe that is not a record\n", 39);
        std::string no_length = recs[2];
        const std::size_t at = no_length.find("Content-Length");
        no_length.replace(at, 14, "Content-Lungth");
        const std::string data = recs[0] + garbage + recs[1] + no_length + recs[3];
        const Read r = read_all(data, 64);
        CHECK(has_issue(r, "garbage", recs[0].size()));
        CHECK(has_issue(r, "Content-Length", recs[0].size() + garbage.size() + recs[1].size()));
        REQUIRE(r.pages.size() == 3);
        CHECK(r.pages[0].body == pages[0]);
        CHECK(r.pages[1].body == pages[1]);
        CHECK(r.pages[2].body == pages[3]);
    }
    SUBCASE("a payload over the size limit") {
        std::string big = "<html><body><p>" + std::string(5000, 'w') + "</p></body></html>";
        const std::string data = recs[0] + response("http://x.example/big", 9, http(big, "text/html")) + recs[1];
        WarcOptions o;
        o.max_record_bytes = 2000;
        o.max_header_bytes = 1000;
        const Read r = read_all(data, 333, o);
        CHECK(has_issue(r, "size limit", recs[0].size()));
        REQUIRE(r.pages.size() == 2);
        CHECK(r.pages[1].body == pages[1]);
        // The same over the limit only once inflated (a gzip-encoded body).
        const std::string zipped = recs[0] + response("http://x.example/big", 9, http(gzip(big), "text/html", "Content-Encoding: gzip\r\n")) + recs[1];
        const Read z = read_all(zipped, 333, o);
        CHECK(has_issue(z, "size limit", recs[0].size()));
        CHECK(z.pages.size() == 2);
    }
    SUBCASE("megabytes of garbage and an empty input") {
        std::string junk(3u << 20, 'W');
        for (std::size_t i = 0; i < junk.size(); i += 5) junk[i] = 'A';
        const Read r = read_all(junk + recs[3], 65536);
        REQUIRE(r.pages.size() == 1);
        CHECK(has_issue(r, "garbage", 0));
        const Read e = read_all("", 10);
        CHECK(e.pages.empty());
        CHECK(e.issues.empty());
    }
}

TEST_CASE("a read error ends the input with an issue") {
    const std::string rec = response("http://x.example/", 1, http("<p>Ein kurzer Text über das Meer.</p>", "text/html"));
    std::size_t calls = 0;
    WarcReader reader([&](char* buf, std::size_t n, std::string* error) -> std::ptrdiff_t {
        if (calls++ == 0) {
            const std::size_t k = std::min(n, rec.size());
            std::copy_n(rec.data(), k, buf);
            return static_cast<std::ptrdiff_t>(k);
        }
        if (error) *error = "device on fire";
        return -1;
    });
    WarcPage page;
    CHECK(reader.next(page));
    CHECK(page.body.find("Meer") != std::string::npos);
    CHECK_FALSE(reader.next(page));
    const auto issues = reader.take_issues();
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].message.find("device on fire") != std::string::npos);
}

// A record whose Content-Length claims far more than the data holds (a bit flip, a writer's
// bug) must not swallow the records after it: the claim ends with its gzip member, with the
// input (when its size is known) or at the next WARC version line when the input ends first.
TEST_CASE("a run of version lines without a blank line costs its own bytes") {
    // Each line opens a header that never ends: the search for its blank line reads on to the
    // header limit (1 MB; the run is longer). What one search read holds no blank line for the
    // next either, so it is not read again (before: every line read the next megabyte).
    const std::string first = "<html><body><p>Die erste Seite erzählt von einem Hafen im Norden.</p></body></html>";
    const std::string second = "<html><body><p>Вторая страница рассказывает о мосте через реку.</p></body></html>";
    std::string junk;
    for (int i = 0; i < 60'000; ++i) junk += "WARC/1.0\r\nX-Junk: " + std::to_string(i) + "\r\n";
    const std::string data = response("http://x.example/1", 1, http(first, "text/html")) + junk +
                             response("http://x.example/2", 2, http(second, "text/html"));
    const double start = winnow::test::cpu_ms();
    const Read r = read_all(data, 4096);
    const double ms = winnow::test::cpu_ms() - start;
    REQUIRE(r.pages.size() == 2);
    CHECK(r.pages[0].body == first);
    CHECK(r.pages[1].body == second);
    CHECK_FALSE(r.issues.empty());
    CHECK_MESSAGE(ms < 3000, "60,000 unended headers took " << ms << " ms");
}

TEST_CASE("a record claiming a huge Content-Length costs only itself") {
    const std::vector<std::string> pages = {
        "<html><body><p>Die erste Seite erzählt von einer Mühle am Bach und vom Müller.</p></body></html>",
        "<html><body><p>La deuxième page parle d'un phare et de son gardien solitaire.</p></body></html>",
        "<html><body><p>La tercera página habla de un mercado que abre antes del amanecer.</p></body></html>",
        "<html><body><p>四つ目のページは古い橋と川の渡し守の話です。</p></body></html>"};
    std::vector<std::string> recs;
    for (std::size_t i = 0; i < pages.size(); ++i)
        recs.push_back(response("http://y.example/" + std::to_string(i), int(i), http(pages[i], "text/html")));
    WarcOptions o;
    o.max_record_bytes = 2000;
    o.max_header_bytes = 1000;
    for (const std::string claim : {"999999999999999999", "5000"}) {
        CAPTURE(claim);
        std::string bad = recs[1];
        const std::size_t at = bad.find("Content-Length: ") + 16;
        bad.replace(at, bad.find('\r', at) - at, claim);
        const auto check = [&](const Read& r) {
            CHECK(has_issue(r, "claims " + std::string(claim), recs[0].size()));
            REQUIRE(r.pages.size() == 3);
            CHECK(r.pages[0].body == pages[0]);
            CHECK(r.pages[1].body == pages[2]);
            CHECK(r.pages[2].body == pages[3]);
        };
        const std::string plain = recs[0] + bad + recs[2] + recs[3];
        for (std::size_t step : {std::size_t(7), std::size_t(50), std::size_t(4096)}) {
            CAPTURE(step);
            check(read_all(plain, step, o));  // a pipe: the version line after the claim's start
            WarcOptions sized = o;
            sized.input_bytes = plain.size();
            check(read_all(plain, step, sized));  // a file of known size
            // gzip per record: the member ends the record (the first member's offset is 0).
            const std::string zipped = gzip(recs[0]) + gzip(bad) + gzip(recs[2]) + gzip(recs[3]);
            const Read z = read_all(zipped, step, o);
            CHECK(has_issue(z, "gzip member ends", gzip(recs[0]).size()));
            REQUIRE(z.pages.size() == 3);
            CHECK(z.pages[1].body == pages[2]);
        }
    }
    SUBCASE("a true oversized record holding a WARC version line is still skipped whole") {
        // An archived WARC file as a payload: its version lines are not records of this file.
        std::string nested = "<pre>\n" + recs[2] + std::string(4000, 'x') + "\n</pre>";
        const std::string big = response("http://y.example/big", 7, http(nested, "text/html"));
        const std::string data = recs[0] + big + recs[3];
        for (std::size_t step : {std::size_t(50), std::size_t(4096)}) {
            const Read r = read_all(data, step, o);
            CHECK(has_issue(r, "size limit", recs[0].size()));
            CHECK_FALSE(std::any_of(r.issues.begin(), r.issues.end(),
                                    [](const WarcIssue& i) { return i.message.find("claims") != std::string::npos; }));
            REQUIRE(r.pages.size() == 2);
            CHECK(r.pages[1].body == pages[3]);
        }
    }
}

// On a pipe the claim's end cannot be awaited: when more than a record's limit of data follows
// the bad record's header, the records in there were lost (only a version line within the
// limit was kept). A version line at a line start whose record is framed by its own length
// (the next record follows where it ends) is a record of the file: reading resumes there.
TEST_CASE("a bogus claim on a pipe followed by more than a record's limit of records costs only itself") {
    const std::vector<std::string> words = {"Mühle", "phare", "mercado", "мельница", "水車", "faro", "Brücke", "gardien"};
    std::vector<std::string> pages, recs;
    for (int i = 0; i < 24; ++i) {
        pages.push_back("<html><body><p>Page " + std::to_string(i) + " tells of the " + words[i % words.size()] +
                        " and of the people around it, one story per page.</p></body></html>");
        recs.push_back(response("http://z.example/" + std::to_string(i), i, http(pages.back(), "text/html")));
    }
    WarcOptions o;
    o.max_record_bytes = 2000;
    o.max_header_bytes = 1000;
    for (const std::size_t filler : {std::size_t(0), std::size_t(5000)}) {
        CAPTURE(filler);
        // The bad record: a huge claim, and (second case) its own body longer than the limit.
        std::string bad = response("http://z.example/bad", 99, http("<p>" + std::string(filler, 'y') + "</p>", "text/html"));
        const std::size_t at = bad.find("Content-Length: ") + 16;
        bad.replace(at, bad.find('\r', at) - at, "999999999999999999");
        std::string data = recs[0] + bad;
        for (std::size_t i = 1; i < recs.size(); ++i) data += recs[i];
        REQUIRE(data.size() - recs[0].size() - bad.size() > 3 * (o.max_record_bytes + o.max_header_bytes));
        for (std::size_t step : {std::size_t(7), std::size_t(50), std::size_t(4096)}) {
            CAPTURE(step);
            const Read r = read_all(data, step, o);   // a pipe: no input size
            CHECK(has_issue(r, "claims 999999999999999999", recs[0].size()));
            REQUIRE(r.pages.size() == pages.size());
            for (std::size_t i = 0; i < pages.size(); ++i) CHECK(r.pages[i].body == pages[i]);
        }
    }
}

// What the archive says of a page it holds in part, or in an encoding that is not read: the
// partial page comes out with an issue, the undecodable one is an issue (not a quiet skip),
// and a body stored already decoded under its original Content-Encoding header is read as is.
TEST_CASE("partial, undecodable and already-decoded pages") {
    const std::string page = "<html><body><p>Μια μικρή σελίδα για το λιμάνι και τα καράβια του.</p></body></html>";
    const std::string ok = response("http://z.example/ok", 1, http("<p>Un párrafo corto sobre el puerto.</p>", "text/html"));
    const auto with_header = [](std::string rec, const std::string& line) {
        return rec.insert(rec.find("\r\n") + 2, line + "\r\n");
    };
    const std::string cut = with_header(response("http://z.example/cut", 2, http(page.substr(0, 40), "text/html")),
                                        "WARC-Truncated: length");
    const std::string seg = with_header(response("http://z.example/seg", 3, http(page.substr(0, 50), "text/html")),
                                        "WARC-Segment-Number: 1");
    const std::string br = response("http://z.example/br", 4, http("\x1b\x03\x00\xf8", "text/html", "Content-Encoding: br\r\n"));
    const std::string stored = response("http://z.example/dec", 5, http(page, "text/html", "Content-Encoding: gzip\r\n"));
    const std::string binary = response("http://z.example/bin", 6, http("\x01\x02 not gzip", "text/html", "Content-Encoding: gzip\r\n"));
    const std::vector<std::string> recs = {cut, seg, br, stored, binary, ok};
    std::vector<std::uint64_t> at(1, 0);
    for (const std::string& r : recs) at.push_back(at.back() + r.size());
    const Read r = read_all(join(recs, false), 100);
    CHECK(has_issue(r, "WARC-Truncated: length", at[0]));
    CHECK(has_issue(r, "segmented record", at[1]));
    CHECK(has_issue(r, "Content-Encoding br, which is not supported", at[2]));
    CHECK(has_issue(r, "Content-Encoding gzip", at[4]));
    CHECK(r.issues.size() == 4);
    REQUIRE(r.pages.size() == 4);
    CHECK(r.pages[0].body == page.substr(0, 40));
    CHECK(r.pages[1].body == page.substr(0, 50));
    CHECK(r.pages[2].body == page);
    CHECK(r.pages[3].target_uri == "http://z.example/ok");
}
