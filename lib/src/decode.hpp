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

// Writes each C1 control (U+0080-009F) of decoded HTML as a numeric character reference.
// The HTML parser turns a raw one into U+FFFD, but reads "&#128;"-"&#159;" as windows-1252
// does (the five bytes it leaves undefined stay C1 controls): either way the byte survives,
// and mojibake repair reads it back ("Ã\u0081rbol", "â€\u009D" of UTF-8 read as Latin-1).
// Returns false (html untouched) when there is none.
bool escape_c1_controls(std::string& html);

}  // namespace winnow::detail
