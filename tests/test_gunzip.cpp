// Reading gzip'd pages (tools/input_files.cpp): the whole-buffer fast path and zlib's streaming
// way must read the same bytes and fail the same way, whatever the member layout.
#include <doctest/doctest.h>
#include <zlib.h>

#include <random>
#include <string>

#include "../tools/input_files.hpp"

namespace {
std::string gzip(const std::string& data, int level = 6) {
    z_stream zs{};
    REQUIRE(deflateInit2(&zs, level, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK);
    std::string out(deflateBound(&zs, data.size()) + 32, '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    REQUIRE(deflate(&zs, Z_FINISH) == Z_STREAM_END);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return out;
}

std::string page(std::size_t paragraphs, unsigned seed) {
    std::mt19937 rng(seed);
    const char* words[] = {"Der", "Gemeinderat", "hat", "am", "Dienstag", "den", "Haushalt", "beschlossen", "el", "río",
                           "crece", "после", "дождя", "市の", "予算", "42"};
    std::string html = "<html><body>";
    for (std::size_t p = 0; p < paragraphs; ++p) {
        html += "<p>";
        for (int w = 0; w < 40; ++w) html += std::string(words[rng() % 16]) + ' ';
        html += "</p>\n";
    }
    return html + "</body></html>";
}

std::string random_bytes(std::size_t n, unsigned seed) {
    std::mt19937 rng(seed);
    std::string s(n, '\0');
    for (char& c : s) c = static_cast<char>(rng());
    return s;
}

struct Read {
    bool ok;
    std::string data, error;
};
Read gunzip(std::string data, std::size_t max_bytes = 1u << 30) {
    std::string error;
    const bool ok = winnow::cli::maybe_gunzip(data, max_bytes, error);
    return {ok, data, error};
}
}  // namespace

TEST_CASE("a gzip'd page reads back byte for byte, small, large and incompressible") {
    for (const std::string& original : {page(1, 1), page(3000, 2), random_bytes(300000, 3), std::string()}) {
        CAPTURE(original.size());
        const Read r = gunzip(gzip(original));
        CHECK(r.ok);
        CHECK(r.error.empty());
        CHECK(r.data == original);
    }
}

TEST_CASE("data without the gzip magic is left as it is") {
    const std::string plain = page(5, 4);
    const Read r = gunzip(plain);
    CHECK(r.ok);
    CHECK(r.data == plain);
}

TEST_CASE("concatenated members read as one file, as gzip -d reads them") {
    const std::string a = page(200, 5), b = page(7, 6), c = random_bytes(70000, 7);
    CHECK(gunzip(gzip(a) + gzip(b)).data == a + b);
    // The last member's size field alone would size the buffer too small (b is shorter than a),
    // and too large the other way round: both read whole.
    CHECK(gunzip(gzip(b) + gzip(a)).data == b + a);
    CHECK(gunzip(gzip(a) + gzip(b) + gzip(c)).data == a + b + c);
    // Bytes after the last member that are no member are ignored.
    const Read r = gunzip(gzip(a) + "trailing junk");
    CHECK(r.ok);
    CHECK(r.data == a);
}

TEST_CASE("a size field that lies, corrupt and truncated data fail with zlib's messages") {
    const std::string original = page(400, 8);
    const std::string z = gzip(original);

    std::string lying = z;
    lying[lying.size() - 1] ^= 0x01;  // the size field's top byte: 16 MiB off
    Read r = gunzip(lying);
    CHECK_FALSE(r.ok);
    CHECK(r.error.rfind("corrupt gzip data: ", 0) == 0);

    std::string corrupt = z;
    corrupt[corrupt.size() - 6] ^= 0x55;  // the checksum
    r = gunzip(corrupt);
    CHECK_FALSE(r.ok);
    CHECK(r.error.rfind("corrupt gzip data: ", 0) == 0);

    r = gunzip(z.substr(0, z.size() / 2));
    CHECK_FALSE(r.ok);
    CHECK(r.error == "truncated gzip data");
}

TEST_CASE("the size limit holds on the inflated bytes, whichever way they are read") {
    const std::string original = page(400, 9);
    const std::string z = gzip(original);
    Read r = gunzip(z, original.size() - 1);
    CHECK_FALSE(r.ok);
    CHECK(r.error.find("over the size limit") != std::string::npos);
    r = gunzip(gzip(original) + gzip(original), original.size() + 10);
    CHECK_FALSE(r.ok);
    r = gunzip(z, original.size());
    CHECK(r.ok);
    CHECK(r.data == original);
}
