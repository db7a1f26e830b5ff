#include "warc_http.hpp"

#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <cstring>

namespace winnow::detail {

namespace {

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i])) return false;
    return true;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

// One inflate pass with the given window bits; false on corrupt data or over the limit.
bool inflate_with(std::string_view in, int window_bits, std::string& out, std::size_t max_bytes, std::string& error) {
    z_stream zs{};
    if (inflateInit2(&zs, window_bits) != Z_OK) {
        error = "cannot start decompression";
        return false;
    }
    out.clear();
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    zs.avail_in = static_cast<uInt>(std::min<std::size_t>(in.size(), UINT32_MAX));
    char buf[1 << 16];
    bool ok = true;
    while (true) {
        zs.next_out = reinterpret_cast<Bytef*>(buf);
        zs.avail_out = sizeof buf;
        const int rc = inflate(&zs, Z_NO_FLUSH);
        out.append(buf, sizeof buf - zs.avail_out);
        if (out.size() > max_bytes) {
            error = "decompressed payload is over the size limit";
            ok = false;
            break;
        }
        if (rc == Z_STREAM_END) {
            // Another gzip member may follow; trailing junk after the last one is ignored.
            if (zs.avail_in >= 2 && static_cast<unsigned char>(zs.next_in[0]) == 0x1F &&
                static_cast<unsigned char>(zs.next_in[1]) == 0x8B) {
                inflateReset(&zs);
                continue;
            }
            break;
        }
        if (rc == Z_BUF_ERROR || (rc == Z_OK && zs.avail_in == 0 && zs.avail_out != 0)) {
            // Input ended inside the stream: a cut capture; keep what was inflated.
            if (out.empty()) {
                error = "compressed payload is truncated";
                ok = false;
            }
            break;
        }
        if (rc != Z_OK) {
            error = std::string("corrupt compressed payload (") + (zs.msg ? zs.msg : "bad data") + ")";
            ok = false;
            break;
        }
    }
    inflateEnd(&zs);
    return ok;
}

}  // namespace

void parse_content_type(std::string_view value, std::string& media_type, std::string& charset) {
    media_type.clear();
    charset.clear();
    const std::size_t semi = value.find(';');
    for (char c : trim(value.substr(0, semi))) media_type += lower(c);
    if (semi == std::string_view::npos) return;
    std::string_view params = value.substr(semi + 1);
    while (!params.empty()) {
        const std::size_t next = params.find(';');
        std::string_view p = trim(params.substr(0, next));
        params = next == std::string_view::npos ? std::string_view{} : params.substr(next + 1);
        const std::size_t eq = p.find('=');
        if (eq == std::string_view::npos || !iequals(trim(p.substr(0, eq)), "charset")) continue;
        std::string_view v = trim(p.substr(eq + 1));
        if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front())
            v = v.substr(1, v.size() - 2);
        charset.assign(trim(v));
        return;
    }
}

std::string header_value(std::string_view block, std::string_view name) {
    std::string value;
    bool in_match = false;
    while (!block.empty()) {
        const std::size_t nl = block.find('\n');
        std::string_view line = block.substr(0, nl);
        block = nl == std::string_view::npos ? std::string_view{} : block.substr(nl + 1);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (!line.empty() && (line.front() == ' ' || line.front() == '\t')) {  // folded continuation
            if (in_match) {
                value += ' ';
                value += trim(line);
            }
            continue;
        }
        if (in_match) break;
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos || !iequals(trim(line.substr(0, colon)), name)) continue;
        value.assign(trim(line.substr(colon + 1)));
        in_match = true;
    }
    return value;
}

std::size_t header_end(std::string_view data, std::size_t limit, std::size_t from) {
    const std::size_t n = std::min(data.size(), limit);
    std::size_t pos = from;
    while (pos < n) {
        const void* hit = std::memchr(data.data() + pos, '\n', n - pos);
        if (!hit) return std::string_view::npos;
        const std::size_t nl = static_cast<std::size_t>(static_cast<const char*>(hit) - data.data());
        if (nl + 1 < data.size() && data[nl + 1] == '\n') return nl + 2;
        if (nl + 2 < data.size() && data[nl + 1] == '\r' && data[nl + 2] == '\n') return nl + 3;
        pos = nl + 1;
    }
    return std::string_view::npos;
}

bool parse_http_head(std::string_view message, std::size_t limit, HttpResponse& out) {
    if (message.substr(0, 5) != "HTTP/") return false;
    const std::size_t eol = message.find('\n');
    if (eol == std::string_view::npos) return false;
    std::string_view status_line = message.substr(0, eol);
    const std::size_t sp = status_line.find(' ');
    if (sp == std::string_view::npos) return false;
    std::string_view code = trim(status_line.substr(sp + 1));
    if (code.size() < 3 || !std::all_of(code.begin(), code.begin() + 3, [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    out.status = (code[0] - '0') * 100 + (code[1] - '0') * 10 + (code[2] - '0');
    // A response without headers ends its status line with the blank line.
    const std::string_view rest = message.substr(eol + 1);
    std::size_t end;
    if (rest.substr(0, 1) == "\n") end = 1;
    else if (rest.substr(0, 2) == "\r\n") end = 2;
    else end = header_end(rest, limit);
    if (end == std::string_view::npos) return false;
    out.headers.assign(rest.substr(0, end));
    out.body_offset = eol + 1 + end;
    return true;
}

bool dechunk(std::string_view body, std::string& out, std::size_t max_bytes, std::string& error) {
    out.clear();
    std::size_t pos = 0;
    while (pos < body.size()) {
        std::size_t eol = body.find('\n', pos);
        if (eol == std::string_view::npos) eol = body.size();
        std::string_view line = trim(body.substr(pos, eol - pos));
        line = line.substr(0, line.find(';'));  // chunk extensions
        if (line.empty() || line.size() > 16 ||
            !std::all_of(line.begin(), line.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); })) {
            error = "malformed chunked transfer encoding";
            return false;
        }
        const std::size_t size = std::stoull(std::string(line), nullptr, 16);
        pos = std::min(body.size(), eol + 1);
        if (size == 0) return true;  // last chunk; trailers ignored
        const std::size_t take = std::min(size, body.size() - pos);
        if (out.size() + take > max_bytes) {
            error = "payload is over the size limit";
            return false;
        }
        out.append(body.substr(pos, take));
        pos += take;
        if (body.substr(pos, 2) == "\r\n") pos += 2;
        else if (body.substr(pos, 1) == "\n") pos += 1;
    }
    return true;  // cut before the last chunk: keep what arrived
}

bool inflate_body(std::string_view body, std::string& out, std::size_t max_bytes, std::string& error) {
    // 32 + MAX_WBITS: gzip or zlib by their headers; servers that say "deflate" often send a
    // raw deflate stream, tried second.
    if (inflate_with(body, 32 + MAX_WBITS, out, max_bytes, error)) return true;
    if (error.find("size limit") != std::string::npos) return false;
    std::string raw_error;
    if (inflate_with(body, -MAX_WBITS, out, max_bytes, raw_error)) return true;
    return false;
}

}  // namespace winnow::detail
