// Streaming WARC reader: records are framed by their header's Content-Length; a record whose
// frame is wrong (bad length, garbage, damage inherited from a corrupt gzip member) is
// reported and the reader resynchronises on the next "WARC/1." version line. Memory holds one
// record at a time (records over the limit are skipped without being held).
#include <winnow/warc.hpp>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string_view>
#include <utility>

#include "gzip_stream.hpp"
#include "warc_http.hpp"

namespace winnow {

namespace {

constexpr std::string_view kVersion = "WARC/1.";
constexpr std::size_t kMaxReasons = 64;  // distinct skip reasons counted by name

bool is_page_type(std::string_view media_type, bool& is_text) {
    is_text = media_type == "text/plain";
    return media_type.empty() || media_type == "text/html" || media_type == "application/xhtml+xml" || is_text;
}

// A body that is plainly markup, not a compressed stream: after spaces it opens with '<' and
// its first bytes hold no control characters (gzip and zlib streams start with bytes that
// are not '<'; a raw deflate stream that does is binary soon after).
bool plain_markup(std::string_view body) {
    std::size_t i = 0;
    while (i < body.size() && (body[i] == ' ' || body[i] == '\t' || body[i] == '\r' || body[i] == '\n')) ++i;
    if (i >= body.size() || body[i] != '<') return false;
    const std::string_view head = body.substr(i, 512);
    return std::none_of(head.begin(), head.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x20 && u != '\t' && u != '\r' && u != '\n';
    });
}

// A record header's Content-Length: decimal digits, at most 18 (no overflow); false when
// missing or malformed.
bool content_length(std::string_view head, std::uint64_t& length) {
    const std::string text = detail::header_value(head, "Content-Length");
    if (text.empty() || text.size() > 18 || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    length = std::stoull(text);
    return true;
}

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace

struct WarcReader::Impl {
    Impl(ReadFn read, WarcOptions o) : options(o), input(std::move(read), issues) {}

    WarcOptions options;
    std::vector<WarcIssue> issues;
    WarcCounts counts;
    detail::GzipStream input;
    std::string buf;                // inflated bytes from base
    std::size_t pos = 0;            // next unread byte in buf
    std::uint64_t base = 0;         // data offset of buf[0]
    bool at_end = false;
    bool pinned = false;            // buffer indices of a record are held: no compaction
    static constexpr std::uint64_t kNone = UINT64_MAX;
    std::uint64_t hold = kNone;     // data offset kept buffered while an oversized claim is skipped
    std::uint64_t issues_taken = 0;
    std::uint64_t blank_free_to = 0;  // data offset: a header search read no blank line up to here

    bool fill() {
        if (at_end) return false;
        // Drop consumed bytes (amortised linear), keeping a held candidate record start.
        const std::size_t drop = hold == kNone ? pos : std::min<std::size_t>(pos, hold - base);
        if (!pinned && drop > 0 && drop >= buf.size() / 2) {
            buf.erase(0, drop);
            base += drop;
            pos -= drop;
        }
        const std::size_t before = buf.size();
        while (buf.size() == before)
            if (!input.pull(buf)) {
                at_end = true;
                return false;
            }
        return true;
    }
    // Ensures n unread bytes are buffered (fewer at the end of the input).
    bool need(std::size_t n) {
        while (buf.size() - pos < n)
            if (!fill()) return false;
        return true;
    }

    void report(std::uint64_t data_pos, std::string message) {
        const std::uint64_t off = input.file_offset(data_pos);
        if (input.gzip() && off != data_pos)
            message += " (byte " + std::to_string(data_pos) + " of the inflated data)";
        issues.push_back({off, std::move(message)});
    }
    void skip_reason(std::string reason) {
        ++counts.skipped;
        if (counts.skipped_by_reason.size() >= kMaxReasons && !counts.skipped_by_reason.count(reason))
            reason = "other";
        ++counts.skipped_by_reason[reason];
    }

    // Moves pos to the next "WARC/1." at or after buffer index from; false at the end of the
    // input. Scanned bytes are dropped as it goes, so garbage of any length costs linear time.
    bool resync(std::size_t from) {
        pinned = false;
        pos = std::min(from, buf.size());
        while (true) {
            const std::size_t hit = std::string_view(buf).find(kVersion, pos);
            if (hit != std::string_view::npos) {
                pos = hit;
                return true;
            }
            pos = buf.size() >= kVersion.size() ? std::max(pos, buf.size() - kVersion.size() + 1) : pos;
            if (!fill()) {
                pos = buf.size();
                return false;
            }
        }
    }

    // Skips n bytes from pos without keeping them. False when the input ends first.
    bool skip_bytes(std::uint64_t n) {
        pinned = false;
        while (n > 0) {
            const std::size_t here = std::min<std::uint64_t>(n, buf.size() - pos);
            pos += here;
            n -= here;
            if (n > 0 && !fill()) return false;
        }
        return true;
    }

    bool next(WarcPage& page);
    bool read_record(WarcPage& page, bool& is_page);
    bool at_next_record();
    std::size_t header_length(std::uint64_t start);
    bool skip_misframed(std::uint64_t start, std::size_t body_at, std::uint64_t length);
    struct Payload {
        std::string media, charset, transfer, encoding;
        std::size_t body_offset = 0;    // where the payload starts in the block
    };
    bool skip_oversized(const std::string& type, const std::string& warc_content_type, bool wanted,
                        std::size_t body_at, std::uint64_t length, std::uint64_t start);
    bool skip_claim(std::uint64_t start, std::size_t body_at, std::uint64_t length);
    std::uint64_t find_version_line(std::uint64_t from, std::uint64_t to) const;
    bool framed_record_at(std::uint64_t at) const;
    bool ends_at(std::size_t end);
    bool classify(std::string_view type, std::string_view warc_content_type, std::string_view block,
                  std::uint64_t at, Payload& kind, bool& is_text);
    bool take_payload(std::string_view type, std::string_view warc_type_header, std::string_view block,
                      std::uint64_t at, WarcPage& page);
};

bool WarcReader::Impl::next(WarcPage& page) {
    while (true) {
        bool is_page = false;
        if (!read_record(page, is_page)) return false;
        if (is_page) {
            ++counts.pages;
            return true;
        }
    }
}

// Steps over the blank lines between records (the CRLF CRLF after each block, and lenient
// extras) and drops consumed bytes. False at the end of the input.
bool WarcReader::Impl::at_next_record() {
    while (true) {
        while (pos < buf.size() && (buf[pos] == '\r' || buf[pos] == '\n')) ++pos;
        if (pos < buf.size() || !fill()) break;
    }
    if (pos >= buf.size()) return false;
    // Consumed bytes go here too: the fills inside a record are pinned, and with small records
    // nearly every fill is, so the buffer would otherwise grow with the whole input.
    if (pos >= buf.size() / 2) {
        buf.erase(0, pos);
        base += pos;
        pos = 0;
    }
    input.forget_before(base + pos);
    return true;
}

// Finds the header block's end (the first blank line) of the record at pos. npos when it has
// none within the limit; the caller reports and resynchronises.
// What a search has read holds no blank line: neither the next fill nor a header found inside
// it (a run of version lines with no blank line between them) reads it again, so each such
// line costs its own bytes, not a header limit's.
std::size_t WarcReader::Impl::header_length(std::uint64_t start) {
    std::size_t head_len;
    std::size_t from = blank_free_to > base + pos ? static_cast<std::size_t>(blank_free_to - (base + pos)) : 0;
    while ((head_len = detail::header_end(std::string_view(buf).substr(pos), options.max_header_bytes, from)) ==
           std::string_view::npos) {
        const std::size_t scanned = std::min(buf.size() - pos, options.max_header_bytes);
        from = std::max(from, scanned >= 2 ? scanned - 2 : 0);
        blank_free_to = base + pos + from;
        if (buf.size() - pos > options.max_header_bytes || !fill()) {
            const bool ended = at_end && buf.size() - pos <= options.max_header_bytes;
            report(start, ended ? "truncated record header (the input ends inside it)"
                                : "record header without an end (no blank line); skipped");
            return std::string_view::npos;
        }
    }
    return head_len;
}

// A record whose block does not end where its Content-Length says: reported, and the reader
// resynchronises on the next version line after the header. False at the end of the input.
bool WarcReader::Impl::skip_misframed(std::uint64_t start, std::size_t body_at, std::uint64_t length) {
    const std::size_t rel_body = body_at - pos;
    const bool found = resync(body_at);
    if (found)
        report(start, "record does not end where its Content-Length (" + std::to_string(length) +
                          ") says; skipped to the next record");
    else if (base + pos < start + rel_body + length)
        report(start, "truncated record (the input ends after " + std::to_string(base + pos - start - rel_body) +
                          " of " + std::to_string(length) + " bytes)");
    else
        report(start, "record does not end where its Content-Length (" + std::to_string(length) + ") says");
    return found;
}

// Reads one record (or skips garbage up to the next one). False at the end of the input.
bool WarcReader::Impl::read_record(WarcPage& page, bool& is_page) {
    if (!at_next_record()) return false;
    const std::uint64_t start = base + pos;
    struct Pin {
        bool& flag;
        explicit Pin(bool& f) : flag(f) { flag = true; }
        ~Pin() { flag = false; }
    } pin(pinned);
    need(kVersion.size());
    if (std::string_view(buf).substr(pos, kVersion.size()) != kVersion) {
        const bool found = resync(pos + 1);
        report(start, "not a WARC record header: " +
                          std::to_string(found ? base + pos - start : base + buf.size() - start) +
                          " bytes of garbage skipped");
        return found;
    }
    const std::size_t head_len = header_length(start);
    if (head_len == std::string_view::npos) return resync(pos + 1);
    const std::string_view head = std::string_view(buf).substr(pos, head_len);
    std::uint64_t length = 0;
    if (!content_length(head, length)) {
        report(start, "record header without a valid Content-Length; skipped");
        return resync(pos + 1);
    }
    std::string type = lower_ascii(detail::header_value(head, "WARC-Type"));
    const bool wanted = type == "response" || type == "resource";
    page.type = type;
    page.record_id = detail::header_value(head, "WARC-Record-ID");
    page.date = detail::header_value(head, "WARC-Date");
    page.target_uri = detail::header_value(head, "WARC-Target-URI");
    if (page.target_uri.size() >= 2 && page.target_uri.front() == '<' && page.target_uri.back() == '>')
        page.target_uri = page.target_uri.substr(1, page.target_uri.size() - 2);  // WARC/1.0 draft style
    const std::string warc_content_type = detail::header_value(head, "Content-Type");
    // Read now: filling the buffer below may move it (head views it).
    const std::string truncated = detail::header_value(head, "WARC-Truncated");
    const bool segmented = !detail::header_value(head, "WARC-Segment-Number").empty();
    page.offset = input.file_offset(start);
    const std::size_t body_at = pos + head_len;

    // Over the limit: skipped without holding it (an HTTP head and a page's markup count, so
    // the limit on the record is the payload limit plus a header block).
    if (length > options.max_record_bytes + options.max_header_bytes)
        return skip_oversized(type, warc_content_type, wanted, body_at, length, start);
    const std::size_t end = body_at + static_cast<std::size_t>(length);
    if (!ends_at(end)) return skip_misframed(start, body_at, length);
    ++counts.records;
    pos = end;
    if (!wanted) {
        skip_reason(type.empty() ? "record without a type" : type + " record");
        return true;
    }
    is_page = take_payload(type, warc_content_type, std::string_view(buf).substr(body_at, end - body_at), start, page);
    // A page the archive holds only in part comes out, and says so.
    if (is_page && !truncated.empty())
        report(start, "payload truncated when archived (WARC-Truncated: " + truncated.substr(0, 40) + "); the page is partial");
    else if (is_page && segmented)
        report(start, "first segment of a segmented record (its continuation records are not joined); the page is partial");
    return true;
}

// Skips a record over the size limit without holding it; reported when it is a page (a large
// video or a 404 is skipped as usual). False when the input ends inside it.
bool WarcReader::Impl::skip_oversized(const std::string& type, const std::string& warc_content_type, bool wanted,
                                      std::size_t body_at, std::uint64_t length, std::uint64_t start) {
    ++counts.records;
    bool page_over_limit = false;
    if (wanted) {
        const std::size_t peek = std::min<std::uint64_t>(length, options.max_header_bytes);
        while (buf.size() - body_at < peek && fill()) {}
        Payload kind;
        bool is_text = false;
        const std::string_view head_bytes = std::string_view(buf).substr(body_at, peek);
        detail::HttpResponse http;
        const bool head_ok = type != "response" || detail::parse_http_head(head_bytes, peek, http);
        page_over_limit = !head_ok || classify(type, warc_content_type, head_bytes, start, kind, is_text);
    } else {
        skip_reason(type.empty() ? "record without a type" : type + " record");
    }
    const std::uint64_t end = base + body_at + length;
    if (!skip_claim(start, body_at, length)) return false;
    if (base + pos == end && page_over_limit)
        report(start, "record of " + std::to_string(length) + " bytes is over the size limit; skipped");
    return true;
}

// Skips the block of a record claiming `length` bytes. A claim is believed only as far as the
// data backs it: a record that starts a gzip member ends with it, and when the input ends
// before the claimed end, reading resumes at the first WARC version line inside the claim
// (kept buffered while it is within a record's size limit). False when nothing is left.
bool WarcReader::Impl::skip_claim(std::uint64_t start, std::size_t body_at, std::uint64_t length) {
    pinned = false;
    pos = body_at;
    const std::uint64_t body = base + body_at, end = body + length;
    const bool own_member = input.member_starts_at(start);
    const std::uint64_t bound = options.max_record_bytes + options.max_header_bytes;
    const std::string claim = "record claims " + std::to_string(length) + " bytes (Content-Length) but ";
    std::uint64_t scanned = body;  // version lines are searched for from here
    hold = kNone;
    if (options.input_bytes != 0 && !input.gzip() && end > options.input_bytes) {
        const bool found = resync(body_at);
        report(start, claim + "the input has " + std::to_string(options.input_bytes - std::min(body, options.input_bytes)) +
                          " bytes after its header; " + (found ? "skipped to the next record" : "skipped"));
        return found;
    }
    while (true) {
        if (own_member) {
            if (const std::uint64_t next = input.next_member_after(start); next < end) {
                hold = kNone;
                pos = static_cast<std::size_t>(next - base);
                report(start, claim + "its gzip member ends after " + std::to_string(next - body) +
                                  "; skipped to the next member");
                return true;
            }
        }
        const std::uint64_t have = base + buf.size();
        if (have >= end) {
            hold = kNone;
            pos = static_cast<std::size_t>(end - base);
            return true;
        }
        if (hold == kNone) {
            hold = find_version_line(scanned, have);
            scanned = have > 16 ? std::max(scanned, have - 16) : scanned;
        }
        // A candidate farther back than a record may reach is taken when it starts a record
        // framed like the file's own (its length ends at the next record), else given up (and
        // the next one sought): the pipe cannot wait for the claim's end to tell.
        while (hold != kNone && have - hold > bound) {
            if (framed_record_at(hold)) {
                pos = static_cast<std::size_t>(hold - base);
                report(start, claim + "a record framed by its own Content-Length starts inside it, " +
                                  std::to_string(hold - body) + " bytes on; skipped to it at byte " +
                                  std::to_string(input.file_offset(hold)));
                hold = kNone;
                return true;
            }
            const std::uint64_t next = find_version_line(hold + 1, have);
            hold = next;
            if (next == kNone) scanned = have > 16 ? have - 16 : scanned;
        }
        // The last bytes stay for a version line cut by the buffer's end.
        pos = buf.size() - std::min<std::size_t>(buf.size(), 16);
        if (!fill()) break;
    }
    const std::uint64_t got = base + buf.size() - body;
    if (hold == kNone) {
        report(start, "truncated record (the input ends after " + std::to_string(got) + " of " +
                          std::to_string(length) + " bytes)");
        return false;
    }
    pos = static_cast<std::size_t>(hold - base);
    report(start, claim + "the input ends after " + std::to_string(got) + "; skipped to the next record at byte " +
                      std::to_string(input.file_offset(hold)));
    hold = kNone;
    return true;
}

// The data offset of the first "WARC/1.x" version line starting at a line start in [from, to)
// of the buffer, kNone when there is none (a line cut by the buffer's end is not matched).
std::uint64_t WarcReader::Impl::find_version_line(std::uint64_t from, std::uint64_t to) const {
    const std::string_view b(buf);
    std::size_t at = static_cast<std::size_t>(std::max(from, base) - base);
    const std::size_t stop = static_cast<std::size_t>(std::min<std::uint64_t>(to, base + b.size()) - base);
    while ((at = b.find(kVersion, at)) != std::string_view::npos && at < stop) {
        const std::size_t v = at + kVersion.size();
        const bool line_start = at == 0 ? base == 0 : b[at - 1] == '\n';
        const bool line_end = v + 1 < b.size() && std::isdigit(static_cast<unsigned char>(b[v])) &&
                              (b[v + 1] == '\n' || (b[v + 1] == '\r' && v + 2 < b.size() && b[v + 2] == '\n'));
        if (line_start && line_end) return base + at;
        ++at;
    }
    return kNone;
}

// Whether the buffered bytes at data offset `at` hold a whole record header with a valid
// Content-Length whose block ends where the next "WARC/1." follows (after blank lines): a
// record of this file, not a version line quoted inside a payload. The header is read line by
// line and given up at the next version line, so candidates tried one after another read each
// byte once (a stream of version lines costs linear time).
bool WarcReader::Impl::framed_record_at(std::uint64_t at) const {
    const std::string_view rest = std::string_view(buf).substr(static_cast<std::size_t>(at - base));
    const std::size_t limit = std::min(rest.size(), options.max_header_bytes);
    std::size_t line = rest.find('\n');
    if (line == std::string_view::npos) return false;
    ++line;
    while (true) {
        if (line >= limit) return false;
        const std::size_t nl = rest.find('\n', line);
        if (nl == std::string_view::npos || nl >= limit) return false;
        std::string_view text = rest.substr(line, nl - line);
        if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
        line = nl + 1;
        if (text.empty()) break;   // the blank line that ends the header
        if (text.starts_with(kVersion)) return false;
    }
    std::uint64_t length = 0;
    if (!content_length(rest.substr(0, line), length) || length > rest.size() - line) return false;
    std::size_t after = line + static_cast<std::size_t>(length);
    while (after < rest.size() && (rest[after] == '\r' || rest[after] == '\n')) ++after;
    return rest.substr(after, kVersion.size()) == kVersion;
}

// Whether a record body ending at buffer index end is followed by what follows a record:
// blank lines, then the next record or the end of the input. Otherwise the Content-Length (or
// the data) is wrong.
bool WarcReader::Impl::ends_at(std::size_t end) {
    while (buf.size() < end + 4 && fill()) {}
    if (buf.size() < end) return false;
    std::size_t after = end;
    while (true) {
        while (after < buf.size() && (buf[after] == '\r' || buf[after] == '\n')) ++after;
        if (after < buf.size() || !fill()) break;
    }
    while (buf.size() < after + kVersion.size() && fill()) {}
    if (after >= buf.size() ? at_end : std::string_view(buf).substr(after, kVersion.size()) == kVersion) return true;
    // The standard terminator with something else after it: the record is whole, and what
    // follows is garbage that the next call reports.
    return std::string_view(buf).substr(end, 4) == "\r\n\r\n";
}

// What a response or resource block carries: fills `kind` and returns true for an HTML or text
// page; otherwise counts the record as skipped (or reports a malformed HTTP message).
bool WarcReader::Impl::classify(std::string_view type, std::string_view warc_content_type, std::string_view block,
                                std::uint64_t at, Payload& kind, bool& is_text) {
    if (type == "response") {
        detail::HttpResponse http;
        if (!detail::parse_http_head(block, options.max_header_bytes, http)) {
            std::string ct, cs;
            detail::parse_content_type(warc_content_type, ct, cs);
            if (ct == "application/http") report(at, "response record with a malformed HTTP header; skipped");
            else skip_reason("non-HTTP response");
            return false;
        }
        if (http.status != 200) {
            skip_reason("status " + std::to_string(http.status));
            return false;
        }
        detail::parse_content_type(detail::header_value(http.headers, "Content-Type"), kind.media, kind.charset);
        kind.transfer = lower_ascii(detail::header_value(http.headers, "Transfer-Encoding"));
        kind.encoding = lower_ascii(detail::header_value(http.headers, "Content-Encoding"));
        kind.body_offset = http.body_offset;
    } else {
        detail::parse_content_type(warc_content_type, kind.media, kind.charset);
    }
    if (!is_page_type(kind.media, is_text)) {
        skip_reason("not HTML or text");
        return false;
    }
    if (!kind.encoding.empty() && kind.encoding != "identity" && kind.encoding != "gzip" && kind.encoding != "x-gzip" &&
        kind.encoding != "deflate") {
        // A page that cannot be decoded is a page lost: an error, not a record of another kind.
        report(at, "page with Content-Encoding " + kind.encoding.substr(0, 40) +
                       ", which is not supported (gzip, deflate and identity are); skipped");
        return false;
    }
    return true;
}

// Extracts the page from a response (HTTP message) or resource block; false (counted or
// reported) when it is not an HTML or text page.
bool WarcReader::Impl::take_payload(std::string_view type, std::string_view warc_content_type, std::string_view block,
                                    std::uint64_t at, WarcPage& page) {
    Payload kind;
    if (!classify(type, warc_content_type, block, at, kind, page.is_text)) return false;
    const std::string& media = kind.media;
    const std::string& charset = kind.charset;
    const std::string& transfer = kind.transfer;
    const std::string& encoding = kind.encoding;
    std::string_view payload = block.substr(kind.body_offset);
    page.content_type = media;
    page.charset = charset;
    std::string scratch, error;
    if (transfer.find("chunked") != std::string::npos) {
        if (!detail::dechunk(payload, scratch, options.max_record_bytes, error)) {
            report(at, error + "; skipped");
            return false;
        }
        page.body.swap(scratch);
        payload = page.body;
    }
    if (encoding == "gzip" || encoding == "x-gzip" || encoding == "deflate") {
        if (detail::inflate_body(payload, scratch, options.max_record_bytes, error)) {
            page.body.swap(scratch);
        } else if (plain_markup(payload)) {
            // Some archivers store the body decoded and keep the header: markup is no stream.
            if (payload.data() != page.body.data()) page.body.assign(payload);
        } else {
            report(at, error + " (Content-Encoding " + encoding + "); skipped");
            return false;
        }
    } else if (payload.data() != page.body.data()) {
        page.body.assign(payload);
    }
    if (page.body.size() > options.max_record_bytes) {
        report(at, "payload of " + std::to_string(page.body.size()) + " bytes is over the size limit; skipped");
        return false;
    }
    return true;
}

WarcReader::WarcReader(ReadFn read, WarcOptions options) : impl_(std::make_unique<Impl>(std::move(read), options)) {}
WarcReader::~WarcReader() = default;
WarcReader::WarcReader(WarcReader&&) noexcept = default;
WarcReader& WarcReader::operator=(WarcReader&&) noexcept = default;

bool WarcReader::next(WarcPage& page) {
    const bool got = impl_->next(page);
    impl_->counts.issues = impl_->issues_taken + impl_->issues.size();
    return got;
}

std::vector<WarcIssue> WarcReader::take_issues() {
    std::vector<WarcIssue> out;
    out.swap(impl_->issues);
    impl_->issues_taken += out.size();
    return out;
}

const WarcCounts& WarcReader::counts() const noexcept { return impl_->counts; }

}  // namespace winnow
