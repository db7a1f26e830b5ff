// Stage 1 — decode: raw bytes in any common charset to valid UTF-8.
#pragma once
#include <string>
#include <string_view>

namespace winnow::detail {

struct DecodedInput {
    std::string text;        // valid UTF-8; undecodable bytes became U+FFFD
    std::string charset;     // canonical name of what the bytes were read as, e.g. "utf-8", "windows-1252"
    bool had_invalid_bytes = false;
};

// Order of evidence: BOM, then the transport charset (caller's hint), then an in-document
// declaration (<meta charset>, http-equiv, XML declaration) checked against the bytes, then
// detection. Never throws for any byte sequence.
DecodedInput decode_to_utf8(std::string_view bytes, std::string_view transport_charset = {});

}  // namespace winnow::detail
