// winnow/warc.hpp — a small streaming reader for WARC files (web archives, ISO 28500:
// WARC/1.0 and WARC/1.1), to feed their pages to a winnow::Cleaner.
//
//   winnow::WarcReader reader(read_fn);            // read_fn fills a buffer, like read(2)
//   winnow::WarcPage page;
//   while (reader.next(page)) {
//       winnow::Hints hints{page.target_uri, page.charset};
//       auto r = cleaner.clean(page.body, hints);
//       for (auto& issue : reader.take_issues()) ...   // bad records, reported and skipped
//   }
//
// Plain files and gzip (one member per record, the usual layout, or one member for the whole
// file) are both read; memory stays bounded by the largest record kept (max_record_bytes).
// Bad input never stops the reader early when it can resume: a corrupt gzip member, a wrong
// Content-Length or a garbage record header is reported as an issue with its byte offset and
// reading goes on at the next record.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <winnow/winnow.hpp>

namespace winnow {

struct WarcOptions {
    std::size_t max_record_bytes = 64u << 20;   // payload (after HTTP decoding) past this: skipped, reported
    std::size_t max_header_bytes = 1u << 20;    // a WARC or HTTP header block past this is garbage
    // Size of the input when known (a regular file; 0: unknown). In a plain (not gzip) input a
    // record claiming more bytes than are left is cut at once and reading resumes at the next record.
    std::uint64_t input_bytes = 0;
};

// One page: a response record with an HTTP 200 HTML or text payload, or a resource record
// with an HTML or text block.
struct WarcPage {
    std::string target_uri;         // WARC-Target-URI (the page URL)
    std::string record_id;          // WARC-Record-ID, as written (e.g. "<urn:uuid:...>")
    std::string date;               // WARC-Date
    std::string type;               // "response" or "resource"
    std::string content_type;       // media type of the payload, lower case, without parameters
    std::string charset;            // charset parameter of the payload's Content-Type, if any
    bool is_text = false;           // text/plain payload (not HTML)
    std::string body;               // payload bytes: chunked and gzip/deflate encodings undone
    std::uint64_t offset = 0;       // where the record starts in the file (its gzip member when compressed)
};

// A problem found in the input, reading went on after it where it could.
struct WarcIssue {
    std::uint64_t offset = 0;       // byte offset in the file (of the gzip member, when compressed)
    std::string message;            // e.g. "record header is not WARC (garbage skipped)"
};

struct WarcCounts {
    std::uint64_t records = 0;      // records read (all types)
    std::uint64_t pages = 0;        // records returned by next()
    std::uint64_t skipped = 0;      // well-formed records that are not pages
    std::uint64_t issues = 0;       // problems reported
    std::map<std::string, std::uint64_t> skipped_by_reason;  // "request record", "status 404", ...
};

class WINNOW_API WarcReader {
public:
    // Fills buf with up to n bytes; returns the count, 0 at the end, -1 on an error (with the
    // reason in *error when given). Called only from next().
    using ReadFn = std::function<std::ptrdiff_t(char* buf, std::size_t n, std::string* error)>;

    explicit WarcReader(ReadFn read, WarcOptions options = {});
    ~WarcReader();
    WarcReader(WarcReader&&) noexcept;
    WarcReader& operator=(WarcReader&&) noexcept;

    // Next page; false at the end of the input (or after a read error, reported as an issue).
    bool next(WarcPage& page);
    // Problems found since the last call, in input order.
    std::vector<WarcIssue> take_issues();
    const WarcCounts& counts() const noexcept;

    struct Impl;
private:
    std::unique_ptr<Impl> impl_;
};

}  // namespace winnow
