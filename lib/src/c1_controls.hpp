// C1 controls (U+0080-009F) are windows-1252 bytes read as Latin-1: in HTML and in text they
// are read back as windows-1252, as HTML itself reads "&#128;"-"&#159;".
#pragma once
#include <string>
#include <string_view>

namespace winnow::detail {

// Writes each C1 control (U+0080-009F) of decoded HTML as a numeric character reference.
// The HTML parser turns a raw one into U+FFFD, but reads "&#128;"-"&#159;" as windows-1252
// does (the five bytes it leaves undefined stay C1 controls): either way the byte survives,
// and mojibake repair reads it back ("Ã\u0081rbol", "â€\u009D" of UTF-8 read as Latin-1).
// Returns false (html untouched) when there is none.
bool escape_c1_controls(std::string& html);
// The same, html read where it stands: out is its escaped copy when there is a control to
// escape (true), else untouched (false).
bool escape_c1_controls(std::string_view html, std::string& out);

// The same reading for text: each C1 control that windows-1252 defines becomes its character
// (“ rather than U+0093); the five it leaves undefined stay, as a browser leaves them. UTF-8
// read as Latin-1 thus becomes UTF-8 read as windows-1252, which mojibake repair reads back.
// Returns false (text untouched) when there is none.
bool c1_controls_as_cp1252(std::string& text);

}  // namespace winnow::detail
