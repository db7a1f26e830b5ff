// Stage 1 — decode: raw bytes in any common charset to valid UTF-8.
#pragma once
#include <string>
#include <string_view>

namespace winnow::detail {

struct DecodedInput {
    std::string text;        // valid UTF-8; undecodable bytes became U+FFFD
    std::string charset;     // canonical name of what the bytes were read as, e.g. "utf-8", "windows-1252"
    bool had_invalid_bytes = false;
    // text was left empty because the bytes are their own decoding (well-formed UTF-8, or
    // ASCII), when the caller let the bytes stand for it (decode_to_utf8's `borrow`).
    bool as_given = false;
    // The decoded text: the bytes decoded were these, and stay alive while it is read.
    std::string_view view(std::string_view bytes) const { return as_given ? bytes : std::string_view(text); }
};

// Order of evidence: BOM, then the transport charset (caller's hint; a Western one yields to
// the page's own declaration of another charset), then an in-document
// declaration (<meta charset>, http-equiv, XML declaration) checked against the bytes, then
// detection. Never throws for any byte sequence. borrow: bytes that need no decoding are not
// copied into text (as_given; read the result through view(bytes)), the common case of a page
// in UTF-8 or ASCII.
DecodedInput decode_to_utf8(std::string_view bytes, std::string_view transport_charset = {}, bool borrow = false);

}  // namespace winnow::detail
