#include "jsonl_compact.hpp"

#include <cstring>

#include "charset_tables.hpp"

namespace winnow::cli {

namespace {

int hex4(const char* p) {
    int v = 0;
    for (int k = 0; k < 4; ++k) {
        const char c = p[k];
        v <<= 4;
        if (c >= '0' && c <= '9') v |= c - '0';
        else if (c >= 'a' && c <= 'f') v |= c - 'a' + 10;
        else if (c >= 'A' && c <= 'F') v |= c - 'A' + 10;
        else return -1;
    }
    return v;
}

}  // namespace

std::size_t compact_json_escapes(std::string& text, std::size_t from, std::uint64_t& decoded) {
    std::size_t r = from, w = from;
    const std::size_t n = text.size();
    std::string utf8;
    const auto keep = [&](std::size_t len, std::uint64_t decodes_to) {
        std::memmove(text.data() + w, text.data() + r, len);
        w += len;
        r += len;
        decoded += decodes_to;
    };
    while (r < n) {
        const void* hit = std::memchr(text.data() + r, '\\', n - r);
        const std::size_t plain = (hit ? static_cast<std::size_t>(static_cast<const char*>(hit) - text.data()) : n) - r;
        keep(plain, plain);
        if (r >= n || r + 1 >= n) break;
        const char e = text[r + 1];
        if (e == '/') {
            text[w++] = '/';
            r += 2;
            ++decoded;
            continue;
        }
        if (e != 'u') {
            keep(2, 1);
            continue;
        }
        if (r + 6 > n) break;
        const int cp = hex4(text.data() + r + 2);
        if (cp < 0) {
            keep(2, 1);  // not JSON: the parser rejects the line as it stands
            continue;
        }
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            // A pair, or what the parser takes with it: joined, kept as it is, or left for later.
            if (r + 8 > n) break;
            if (text[r + 6] != '\\' || text[r + 7] != 'u') {
                keep(6, 3);
                continue;
            }
            if (r + 12 > n) break;
            const int lo = hex4(text.data() + r + 8);
            if (lo < 0xDC00 || lo > 0xDFFF) {
                keep(12, 3);
                continue;
            }
            utf8.clear();
            detail::append_utf8(utf8, static_cast<char32_t>(0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00)));
            r += 12;
        } else if (cp < 0x20 || cp == '"' || cp == '\\' || (cp >= 0xDC00 && cp <= 0xDFFF)) {
            keep(6, cp >= 0xDC00 ? 3 : 1);
            continue;
        } else {
            utf8.clear();
            detail::append_utf8(utf8, static_cast<char32_t>(cp));
            r += 6;
        }
        std::memcpy(text.data() + w, utf8.data(), utf8.size());
        w += utf8.size();
        decoded += utf8.size();
    }
    text.erase(w, r - w);
    return w;
}

bool jsonl_line_oversize(std::string_view line, std::size_t max_line) {
    if (line.size() <= max_line) return false;
    std::string held(line);
    std::uint64_t decoded = 0;
    compact_json_escapes(held, 0, decoded);
    return decoded > max_line || held.size() / 2 > max_line;
}

}  // namespace winnow::cli
