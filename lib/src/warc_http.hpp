// HTTP messages inside WARC response records: the status line and headers, and the payload
// with its transfer encoding (chunked) and content encoding (gzip, deflate) undone.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace winnow::detail {

// Media type (lower case, no parameters) and charset parameter of a Content-Type value.
void parse_content_type(std::string_view value, std::string& media_type, std::string& charset);

// Value of header `name` (case-insensitive) in a block of "Name: value" lines (continuation
// lines folded in); empty when absent. The first occurrence wins.
std::string header_value(std::string_view block, std::string_view name);

// Offset just past the blank line that ends the header block starting at 0 (CRLF or LF line
// ends); npos when there is none within the first `limit` bytes.
// from: where to begin looking, when the bytes before it are known to hold no blank line.
std::size_t header_end(std::string_view data, std::size_t limit, std::size_t from = 0);

struct HttpResponse {
    int status = 0;
    std::string headers;            // the header lines (without the status line)
    std::size_t body_offset = 0;    // where the body starts in the message
};

// Parses the status line and finds the end of the headers. False when the message does not
// start with "HTTP/" and a status code, or the headers do not end within limit bytes.
bool parse_http_head(std::string_view message, std::size_t limit, HttpResponse& out);

// Undoes chunked transfer encoding. False on a malformed chunk size; trailers are ignored and
// a missing last chunk (a cut capture) keeps what was read.
bool dechunk(std::string_view body, std::string& out, std::size_t max_bytes, std::string& error);

// Inflates a gzip (any number of members), zlib or raw deflate body, up to max_bytes of
// output. False with a reason otherwise.
bool inflate_body(std::string_view body, std::string& out, std::size_t max_bytes, std::string& error);

}  // namespace winnow::detail
