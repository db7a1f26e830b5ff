// Evidence the decode stage weighs against a label or a decoder's verdict: the byte shapes of
// UTF-16 without a byte order mark, of a Western label over non-Latin text, and of single
// windows-1252 bytes pasted into UTF-8.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace winnow::detail {

// "utf-16le" or "utf-16be" when bytes without a byte order mark have the NUL pattern of
// UTF-16 text (a NUL in every other byte of the head, on one side only); "" otherwise.
std::string_view utf16_without_bom(std::string_view bytes);

// "utf-16le" or "utf-16be" when bytes without a byte order mark (and mostly without NULs) read
// as Chinese, Japanese or Korean text in one UTF-16 byte order only; "" otherwise. The caller
// rules out the double-byte legacy charsets (the bytes must not read cleanly in any of them).
std::string_view utf16_cjk_without_bom(std::string_view bytes);

// True when the NULs in a page's head sit amid single-byte markup (tags that read as tags byte
// by byte) and are under a third of it: stray NULs in HTML, not binary data.
bool nuls_amid_markup(std::string_view head);

// True when a Western label (windows-1252, ISO-8859-15) sits over text whose letters are mostly
// non-ASCII: the label lies, detection should decide.
bool western_label_refuted(std::string_view bytes, std::string_view canonical_label);

// True when the ill-formed UTF-8 byte p[at] (a maximal subpart of one byte) has the shape of a
// windows-1252 byte pasted into UTF-8 text.
bool pasted_cp1252(const unsigned char* p, std::size_t n, std::size_t at);

// True when a detector's guess is a Latin neighbour of windows-1252 (ISO-8859-2/3/15, windows-1254...)
// but every high byte of the page's text reads as a Western letter or sign in windows-1252, and
// none is a letter only the guess has: windows-1252 is the better reading (charset_western.cpp).
// sample: detection_sample's, the one the detector read.
bool western_text_in_latin_guess(std::string_view sample, std::string_view guess);

// True when a detector's guess is windows-1252 but the page's text holds ISO-8859-15's own letters
// (Š š ž Œ œ, signs in windows-1252) opening or inside words, and none of windows-1252's typography.
// sample: detection_sample's.
bool latin9_letters_in_western_guess(std::string_view sample, std::string_view guess);

// The page's text for charset detection: the bytes outside tags, comments and script/style
// bodies, each left-out piece one space. Empty when that text holds no byte above 0x7F (the
// markup's non-ASCII bytes are then the only evidence, and the caller reads the raw bytes).
std::string detection_text(std::string_view bytes);

// What the detector and the Western checks after it read: detection_text of the page's first
// 256 KiB (plenty for a verdict), or those bytes themselves when it is empty. Made once per page
// (into text, which the view may point into): each reader made its own copy before.
std::string_view detection_sample(std::string_view bytes, std::string& text);

}  // namespace winnow::detail
