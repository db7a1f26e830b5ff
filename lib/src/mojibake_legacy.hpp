// Text written in a non-Latin single-byte page (windows-1251, -1253, -1255, -1256, -874, KOI8-R,
// ISO-8859-5) read as a Latin one: "æàñ" for "жас" (windows-1251 read as windows-1252). Not UTF-8
// misread, so not mojibake.cpp's scan: each word is written back to the reading page's bytes and
// read in the page whose script the text around it is written in.
#pragma once
#include <string>
#include <string_view>

namespace winnow::detail {

// Repairs such words in text into out; false (out untouched) when there is none.
bool repair_legacy_page_words(std::string_view text, std::string& out);

}  // namespace winnow::detail
