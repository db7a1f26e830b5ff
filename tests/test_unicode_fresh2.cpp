// Round 6 of fresh encoding and Unicode damage (tools/gen_unicode_fresh2.py: every case made by
// Python's codecs, never typed damaged): whole pages as bytes through the Cleaner (undeclared
// legacy encodings of twelve scripts, UTF-16 with and without a byte order mark, declarations
// that lie or disagree, a UTF-8 page with a few cp1252 bytes, a page quoting mojibake in <code>),
// damaged strings the round 5 suite did not have (non-Latin mojibake read as latin-1 or twice,
// damage beside correct text, double and triple escapes, decomposed Vietnamese and Hangul,
// invisible characters inside words, bidi controls around numbers, cp1252 punctuation left as C1
// controls, full-width ASCII in Latin text) and look-alikes that must come out exactly.
//
// Counted on main f9bf4d5: pages 22 of 28 exact (UTF-16 without a BOM refused as binary, a Western
// label over cp1251 and over Shift_JIS bytes trusted, cp1252 bytes pasted into UTF-8 left U+FFFD,
// mojibake quoted in <code> "repaired"); damaged 36: exact 31, partly 3 (cp1252 punctuation left as
// C1 controls: dropped), untouched 2 (full-width ASCII in Latin text); look-alikes 38 kept 38.
// After this branch (decode: UTF-16 by its NUL bytes, a Western label refuted by mostly non-ASCII
// letters, single cp1252 bytes pasted into UTF-8; unicode: C1 controls read as windows-1252,
// full-width ASCII folded outside CJK text, inline code kept literal): pages 28, damaged exact 36,
// look-alikes 38. Then two look-alike pages (a true iso-8859-1 label over dense Icelandic, a
// true windows-1252 one over dense Portuguese: the label must stay) guard the refuted-label
// rule: pages 30 of 30 (not counted on main, which trusts every Western label).
// The floors hold the figure reached; a change that loses a page, a repair or a look-alike fails.
//
// Decisions: a page passes when every paragraph of its article is in the output exactly; bidi
// formatting controls are invisible and go; full-width ASCII in Latin text folds to ASCII, while
// full-width forms among CJK text stay (NFC); the look-alikes are NFC (the stage composes).
#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "extract_test_util.hpp"
#include "unicode.hpp"

using namespace std::string_literals;
using winnow::UnicodeOptions;
using winnow::detail::normalize_text;

namespace {

struct Page {
    const char* name;
    std::string bytes;
    std::vector<std::string> paragraphs;
};

const std::vector<Page> kPages = {
    {"ru cp1251 undeclared",
     "<!DOCTYPE html>\x0A<html lang=\"ru\"><head><title>\xCD\xEE\xE2\xFB\xE9 \xEC\xEE\xF1\xF2 \xF7\xE5\xF0\xE5\xE7 "
     "\xF0\xE5\xEA\xF3 \xEE\xF2\xEA\xF0\xFB\xF2</title></head>\x0A<body>\x0A<nav><a href=\"/\">Home</a>"
     " <a href=\"/news\">News</a> <a href=\"/contact\">Contact</a></nav>\x0A<article><h1>\xCD\xEE\xE2\xFB\xE9 "
     "\xEC\xEE\xF1\xF2 \xF7\xE5\xF0\xE5\xE7 \xF0\xE5\xEA\xF3 \xEE\xF2\xEA\xF0\xFB\xF2</h1>\x0A<p>\xC2\xF7\xE5\xF0\xE0 "
     "\xE2\xE5\xF7\xE5\xF0\xEE\xEC \xE2 \xE3\xEE\xF0\xEE\xE4\xE5 \xEE\xF2\xEA\xF0\xFB\xEB\xE8 \xED\xEE\xE2\xFB\xE9 "
     "\xEC\xEE\xF1\xF2 \xF7\xE5\xF0\xE5\xE7 \xF0\xE5\xEA\xF3. \xD1\xF2\xF0\xEE\xE8\xF2\xE5\xEB\xFC\xF1\xF2\xE2\xEE "
     "\xE7\xE0\xED\xFF\xEB\xEE \xEF\xEE\xF7\xF2\xE8 \xF2\xF0\xE8 \xE3\xEE\xE4\xE0, \xE8 \xE6\xE8\xF2\xE5\xEB\xE8 "
     "\xE4\xE0\xE2\xED\xEE \xE6\xE4\xE0\xEB\xE8 \xFD\xF2\xEE\xE3\xEE \xE4\xED\xFF.</p>\x0A<p>\xCF\xEE \xF1\xEB\xEE\xE2\xE0\xEC "
     "\xEC\xFD\xF0\xE0, \xEC\xEE\xF1\xF2 \xF1\xEE\xEA\xF0\xE0\xF2\xE8\xF2 \xE4\xEE\xF0\xEE\xE3\xF3 \xE4\xEE "
     "\xF6\xE5\xED\xF2\xF0\xE0 \xED\xE0 \xE4\xE2\xE0\xE4\xF6\xE0\xF2\xFC \xEC\xE8\xED\xF3\xF2. \xC4\xE2\xE8\xE6\xE5\xED\xE8\xE5"
     " \xEF\xEE \xED\xE5\xEC\xF3 \xE1\xF3\xE4\xE5\xF2 \xE1\xE5\xF1\xEF\xEB\xE0\xF2\xED\xFB\xEC \xE4\xEB\xFF "
     "\xE2\xF1\xE5\xF5.</p>\x0A<p>\xC8\xED\xE6\xE5\xED\xE5\xF0\xFB \xF0\xE0\xF1\xF1\xEA\xE0\xE7\xE0\xEB\xE8,"
     " \xF7\xF2\xEE \xEE\xEF\xEE\xF0\xFB \xF0\xE0\xF1\xF1\xF7\xE8\xF2\xE0\xED\xFB \xED\xE0 \xF1\xE8\xEB\xFC\xED\xFB\xE5 "
     "\xEF\xE0\xE2\xEE\xE4\xEA\xE8 \xE8 \xEC\xEE\xF0\xEE\xE7\xFB. \xD1\xEB\xE5\xE4\xF3\xFE\xF9\xE8\xEC "
     "\xEF\xF0\xEE\xE5\xEA\xF2\xEE\xEC \xF1\xF2\xE0\xED\xE5\xF2 \xF0\xE5\xEA\xEE\xED\xF1\xF2\xF0\xF3\xEA\xF6\xE8\xFF "
     "\xF1\xF2\xE0\xF0\xEE\xE9 \xED\xE0\xE1\xE5\xF0\xE5\xE6\xED\xEE\xE9.</p>\x0A</article>\x0A<footer>&"
     "copy; 2026</footer>\x0A</body></html>\x0A"s,
     {"\u0412\u0447\u0435\u0440\u0430 \u0432\u0435\u0447\u0435\u0440\u043E\u043C \u0432 \u0433\u043E\u0440\u043E\u0434\u0435 \u043E\u0442\u043A\u0440\u044B\u043B\u0438 \u043D\u043E\u0432\u044B\u0439 \u043C\u043E\u0441\u0442 \u0447\u0435\u0440\u0435\u0437 \u0440\u0435\u043A\u0443. \u0421\u0442\u0440\u043E\u0438\u0442\u0435\u043B\u044C\u0441\u0442\u0432\u043E \u0437\u0430\u043D\u044F\u043B\u043E \u043F\u043E\u0447\u0442\u0438 \u0442\u0440\u0438 \u0433\u043E\u0434\u0430, \u0438 \u0436\u0438\u0442\u0435\u043B\u0438 \u0434\u0430\u0432\u043D\u043E \u0436\u0434\u0430\u043B\u0438 \u044D\u0442\u043E\u0433\u043E \u0434\u043D\u044F.",
      "\u041F\u043E \u0441\u043B\u043E\u0432\u0430\u043C \u043C\u044D\u0440\u0430, \u043C\u043E\u0441\u0442 \u0441\u043E\u043A\u0440\u0430\u0442\u0438\u0442 \u0434\u043E\u0440\u043E\u0433\u0443 \u0434\u043E \u0446\u0435\u043D\u0442\u0440\u0430 \u043D\u0430 \u0434\u0432\u0430\u0434\u0446\u0430\u0442\u044C \u043C\u0438\u043D\u0443\u0442. \u0414\u0432\u0438\u0436\u0435\u043D\u0438\u0435 \u043F\u043E \u043D\u0435\u043C\u0443 \u0431\u0443\u0434\u0435\u0442 \u0431\u0435\u0441\u043F\u043B\u0430\u0442\u043D\u044B\u043C \u0434\u043B\u044F \u0432\u0441\u0435\u0445.",
      "\u0418\u043D\u0436\u0435\u043D\u0435\u0440\u044B \u0440\u0430\u0441\u0441\u043A\u0430\u0437\u0430\u043B\u0438, \u0447\u0442\u043E \u043E\u043F\u043E\u0440\u044B \u0440\u0430\u0441\u0441\u0447\u0438\u0442\u0430\u043D\u044B \u043D\u0430 \u0441\u0438\u043B\u044C\u043D\u044B\u0435 \u043F\u0430\u0432\u043E\u0434\u043A\u0438 \u0438 \u043C\u043E\u0440\u043E\u0437\u044B. \u0421\u043B\u0435\u0434\u0443\u044E\u0449\u0438\u043C \u043F\u0440\u043E\u0435\u043A\u0442\u043E\u043C \u0441\u0442\u0430\u043D\u0435\u0442 \u0440\u0435\u043A\u043E\u043D\u0441\u0442\u0440\u0443\u043A\u0446\u0438\u044F \u0441\u0442\u0430\u0440\u043E\u0439 \u043D\u0430\u0431\u0435\u0440\u0435\u0436\u043D\u043E\u0439."}},
    {"ru KOI8-R undeclared",
     "<!DOCTYPE html>\x0A<html lang=\"ru\"><head><title>\xEE\xCF\xD7\xD9\xCA \xCD\xCF\xD3\xD4 \xDE\xC5\xD2\xC5\xDA "
     "\xD2\xC5\xCB\xD5 \xCF\xD4\xCB\xD2\xD9\xD4</title></head>\x0A<body>\x0A<nav><a href=\"/\">Home</a>"
     " <a href=\"/news\">News</a> <a href=\"/contact\">Contact</a></nav>\x0A<article><h1>\xEE\xCF\xD7\xD9\xCA "
     "\xCD\xCF\xD3\xD4 \xDE\xC5\xD2\xC5\xDA \xD2\xC5\xCB\xD5 \xCF\xD4\xCB\xD2\xD9\xD4</h1>\x0A<p>\xF7\xDE\xC5\xD2\xC1 "
     "\xD7\xC5\xDE\xC5\xD2\xCF\xCD \xD7 \xC7\xCF\xD2\xCF\xC4\xC5 \xCF\xD4\xCB\xD2\xD9\xCC\xC9 \xCE\xCF\xD7\xD9\xCA "
     "\xCD\xCF\xD3\xD4 \xDE\xC5\xD2\xC5\xDA \xD2\xC5\xCB\xD5. \xF3\xD4\xD2\xCF\xC9\xD4\xC5\xCC\xD8\xD3\xD4\xD7\xCF "
     "\xDA\xC1\xCE\xD1\xCC\xCF \xD0\xCF\xDE\xD4\xC9 \xD4\xD2\xC9 \xC7\xCF\xC4\xC1, \xC9 \xD6\xC9\xD4\xC5\xCC\xC9 "
     "\xC4\xC1\xD7\xCE\xCF \xD6\xC4\xC1\xCC\xC9 \xDC\xD4\xCF\xC7\xCF \xC4\xCE\xD1.</p>\x0A<p>\xF0\xCF \xD3\xCC\xCF\xD7\xC1\xCD "
     "\xCD\xDC\xD2\xC1, \xCD\xCF\xD3\xD4 \xD3\xCF\xCB\xD2\xC1\xD4\xC9\xD4 \xC4\xCF\xD2\xCF\xC7\xD5 \xC4\xCF "
     "\xC3\xC5\xCE\xD4\xD2\xC1 \xCE\xC1 \xC4\xD7\xC1\xC4\xC3\xC1\xD4\xD8 \xCD\xC9\xCE\xD5\xD4. \xE4\xD7\xC9\xD6\xC5\xCE\xC9\xC5"
     " \xD0\xCF \xCE\xC5\xCD\xD5 \xC2\xD5\xC4\xC5\xD4 \xC2\xC5\xD3\xD0\xCC\xC1\xD4\xCE\xD9\xCD \xC4\xCC\xD1 "
     "\xD7\xD3\xC5\xC8.</p>\x0A<p>\xE9\xCE\xD6\xC5\xCE\xC5\xD2\xD9 \xD2\xC1\xD3\xD3\xCB\xC1\xDA\xC1\xCC\xC9,"
     " \xDE\xD4\xCF \xCF\xD0\xCF\xD2\xD9 \xD2\xC1\xD3\xD3\xDE\xC9\xD4\xC1\xCE\xD9 \xCE\xC1 \xD3\xC9\xCC\xD8\xCE\xD9\xC5 "
     "\xD0\xC1\xD7\xCF\xC4\xCB\xC9 \xC9 \xCD\xCF\xD2\xCF\xDA\xD9. \xF3\xCC\xC5\xC4\xD5\xC0\xDD\xC9\xCD "
     "\xD0\xD2\xCF\xC5\xCB\xD4\xCF\xCD \xD3\xD4\xC1\xCE\xC5\xD4 \xD2\xC5\xCB\xCF\xCE\xD3\xD4\xD2\xD5\xCB\xC3\xC9\xD1 "
     "\xD3\xD4\xC1\xD2\xCF\xCA \xCE\xC1\xC2\xC5\xD2\xC5\xD6\xCE\xCF\xCA.</p>\x0A</article>\x0A<footer>&"
     "copy; 2026</footer>\x0A</body></html>\x0A"s,
     {"\u0412\u0447\u0435\u0440\u0430 \u0432\u0435\u0447\u0435\u0440\u043E\u043C \u0432 \u0433\u043E\u0440\u043E\u0434\u0435 \u043E\u0442\u043A\u0440\u044B\u043B\u0438 \u043D\u043E\u0432\u044B\u0439 \u043C\u043E\u0441\u0442 \u0447\u0435\u0440\u0435\u0437 \u0440\u0435\u043A\u0443. \u0421\u0442\u0440\u043E\u0438\u0442\u0435\u043B\u044C\u0441\u0442\u0432\u043E \u0437\u0430\u043D\u044F\u043B\u043E \u043F\u043E\u0447\u0442\u0438 \u0442\u0440\u0438 \u0433\u043E\u0434\u0430, \u0438 \u0436\u0438\u0442\u0435\u043B\u0438 \u0434\u0430\u0432\u043D\u043E \u0436\u0434\u0430\u043B\u0438 \u044D\u0442\u043E\u0433\u043E \u0434\u043D\u044F.",
      "\u041F\u043E \u0441\u043B\u043E\u0432\u0430\u043C \u043C\u044D\u0440\u0430, \u043C\u043E\u0441\u0442 \u0441\u043E\u043A\u0440\u0430\u0442\u0438\u0442 \u0434\u043E\u0440\u043E\u0433\u0443 \u0434\u043E \u0446\u0435\u043D\u0442\u0440\u0430 \u043D\u0430 \u0434\u0432\u0430\u0434\u0446\u0430\u0442\u044C \u043C\u0438\u043D\u0443\u0442. \u0414\u0432\u0438\u0436\u0435\u043D\u0438\u0435 \u043F\u043E \u043D\u0435\u043C\u0443 \u0431\u0443\u0434\u0435\u0442 \u0431\u0435\u0441\u043F\u043B\u0430\u0442\u043D\u044B\u043C \u0434\u043B\u044F \u0432\u0441\u0435\u0445.",
      "\u0418\u043D\u0436\u0435\u043D\u0435\u0440\u044B \u0440\u0430\u0441\u0441\u043A\u0430\u0437\u0430\u043B\u0438, \u0447\u0442\u043E \u043E\u043F\u043E\u0440\u044B \u0440\u0430\u0441\u0441\u0447\u0438\u0442\u0430\u043D\u044B \u043D\u0430 \u0441\u0438\u043B\u044C\u043D\u044B\u0435 \u043F\u0430\u0432\u043E\u0434\u043A\u0438 \u0438 \u043C\u043E\u0440\u043E\u0437\u044B. \u0421\u043B\u0435\u0434\u0443\u044E\u0449\u0438\u043C \u043F\u0440\u043E\u0435\u043A\u0442\u043E\u043C \u0441\u0442\u0430\u043D\u0435\u0442 \u0440\u0435\u043A\u043E\u043D\u0441\u0442\u0440\u0443\u043A\u0446\u0438\u044F \u0441\u0442\u0430\u0440\u043E\u0439 \u043D\u0430\u0431\u0435\u0440\u0435\u0436\u043D\u043E\u0439."}},
    {"el cp1253 undeclared",
     "<!DOCTYPE html>\x0A<html lang=\"el\"><head><title>\xCD\xDD\xEF \xEC\xEF\xF5\xF3\xE5\xDF\xEF \xF3\xF4\xE7\xED "
     "\xF0\xE1\xEB\xE9\xDC \xF0\xFC\xEB\xE7</title></head>\x0A<body>\x0A<nav><a href=\"/\">Home</a> <a "
     "href=\"/news\">News</a> <a href=\"/contact\">Contact</a></nav>\x0A<article><h1>\xCD\xDD\xEF \xEC\xEF\xF5\xF3\xE5\xDF\xEF "
     "\xF3\xF4\xE7\xED \xF0\xE1\xEB\xE9\xDC \xF0\xFC\xEB\xE7</h1>\x0A<p>\xD4\xEF \xED\xDD\xEF \xEC\xEF\xF5\xF3\xE5\xDF\xEF "
     "\xF4\xE7\xF2 \xF0\xFC\xEB\xE7\xF2 \xDC\xED\xEF\xE9\xEE\xE5 \xF4\xE9\xF2 \xF0\xFC\xF1\xF4\xE5\xF2 "
     "\xF4\xEF\xF5 \xF4\xEF \xD3\xDC\xE2\xE2\xE1\xF4\xEF. \xD7\xE9\xEB\xE9\xDC\xE4\xE5\xF2 \xE5\xF0\xE9\xF3\xEA\xDD\xF0\xF4\xE5"
     "\xF2 \xF0\xE5\xF1\xDF\xEC\xE5\xED\xE1\xED \xF3\xF4\xE7\xED \xEF\xF5\xF1\xDC \xE1\xF0\xFC \xF4\xEF "
     "\xF0\xF1\xF9\xDF.</p>\x0A<p>\xC7 \xF3\xF5\xEB\xEB\xEF\xE3\xDE \xF0\xE5\xF1\xE9\xEB\xE1\xEC\xE2\xDC\xED\xE5\xE9 "
     "\xE1\xE3\xE3\xE5\xDF\xE1, \xED\xEF\xEC\xDF\xF3\xEC\xE1\xF4\xE1 \xEA\xE1\xE9 \xE3\xEB\xF5\xF0\xF4\xDC "
     "\xE1\xF0\xFC \xF4\xE7\xED \xE1\xF1\xF7\xE1\xDF\xE1 \xE5\xF0\xEF\xF7\xDE. \xC7 \xE5\xDF\xF3\xEF\xE4\xEF\xF2 "
     "\xE5\xDF\xED\xE1\xE9 \xE4\xF9\xF1\xE5\xDC\xED \xE3\xE9\xE1 \xF4\xEF\xF5\xF2 \xEC\xE1\xE8\xE7\xF4\xDD\xF2."
     "</p>\x0A<p>\xCF \xE4\xE9\xE5\xF5\xE8\xF5\xED\xF4\xDE\xF2 \xE4\xDE\xEB\xF9\xF3\xE5 \xFC\xF4\xE9 \xF4\xEF "
     "\xEC\xEF\xF5\xF3\xE5\xDF\xEF \xE8\xE1 \xF6\xE9\xEB\xEF\xEE\xE5\xED\xE5\xDF \xEA\xE1\xE9 \xE5\xEA\xE8\xDD\xF3\xE5\xE9\xF2 "
     "\xF3\xFD\xE3\xF7\xF1\xEF\xED\xE7\xF2 \xF4\xDD\xF7\xED\xE7\xF2 \xEA\xDC\xE8\xE5 \xEA\xE1\xEB\xEF\xEA\xE1\xDF\xF1\xE9."
     "</p>\x0A</article>\x0A<footer>&copy; 2026</footer>\x0A</body></html>\x0A"s,
     {"\u03A4\u03BF \u03BD\u03AD\u03BF \u03BC\u03BF\u03C5\u03C3\u03B5\u03AF\u03BF \u03C4\u03B7\u03C2 \u03C0\u03CC\u03BB\u03B7\u03C2 \u03AC\u03BD\u03BF\u03B9\u03BE\u03B5 \u03C4\u03B9\u03C2 \u03C0\u03CC\u03C1\u03C4\u03B5\u03C2 \u03C4\u03BF\u03C5 \u03C4\u03BF \u03A3\u03AC\u03B2\u03B2\u03B1\u03C4\u03BF. \u03A7\u03B9\u03BB\u03B9\u03AC\u03B4\u03B5\u03C2 \u03B5\u03C0\u03B9\u03C3\u03BA\u03AD\u03C0\u03C4\u03B5\u03C2 \u03C0\u03B5\u03C1\u03AF\u03BC\u03B5\u03BD\u03B1\u03BD \u03C3\u03C4\u03B7\u03BD \u03BF\u03C5\u03C1\u03AC \u03B1\u03C0\u03CC \u03C4\u03BF \u03C0\u03C1\u03C9\u03AF.",
      "\u0397 \u03C3\u03C5\u03BB\u03BB\u03BF\u03B3\u03AE \u03C0\u03B5\u03C1\u03B9\u03BB\u03B1\u03BC\u03B2\u03AC\u03BD\u03B5\u03B9 \u03B1\u03B3\u03B3\u03B5\u03AF\u03B1, \u03BD\u03BF\u03BC\u03AF\u03C3\u03BC\u03B1\u03C4\u03B1 \u03BA\u03B1\u03B9 \u03B3\u03BB\u03C5\u03C0\u03C4\u03AC \u03B1\u03C0\u03CC \u03C4\u03B7\u03BD \u03B1\u03C1\u03C7\u03B1\u03AF\u03B1 \u03B5\u03C0\u03BF\u03C7\u03AE. \u0397 \u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2 \u03B5\u03AF\u03BD\u03B1\u03B9 \u03B4\u03C9\u03C1\u03B5\u03AC\u03BD \u03B3\u03B9\u03B1 \u03C4\u03BF\u03C5\u03C2 \u03BC\u03B1\u03B8\u03B7\u03C4\u03AD\u03C2.",
      "\u039F \u03B4\u03B9\u03B5\u03C5\u03B8\u03C5\u03BD\u03C4\u03AE\u03C2 \u03B4\u03AE\u03BB\u03C9\u03C3\u03B5 \u03CC\u03C4\u03B9 \u03C4\u03BF \u03BC\u03BF\u03C5\u03C3\u03B5\u03AF\u03BF \u03B8\u03B1 \u03C6\u03B9\u03BB\u03BF\u03BE\u03B5\u03BD\u03B5\u03AF \u03BA\u03B1\u03B9 \u03B5\u03BA\u03B8\u03AD\u03C3\u03B5\u03B9\u03C2 \u03C3\u03CD\u03B3\u03C7\u03C1\u03BF\u03BD\u03B7\u03C2 \u03C4\u03AD\u03C7\u03BD\u03B7\u03C2 \u03BA\u03AC\u03B8\u03B5 \u03BA\u03B1\u03BB\u03BF\u03BA\u03B1\u03AF\u03C1\u03B9."}},
    {"ar cp1256 undeclared",
     "<!DOCTYPE html>\x0A<html lang=\"ar\"><head><title>\xC7\xDD\xCA\xCA\xC7\xCD \xE3\xDF\xCA\xC8\xC9 \xDA\xC7\xE3\xC9 "
     "\xCC\xCF\xED\xCF\xC9</title></head>\x0A<body>\x0A<nav><a href=\"/\">Home</a> <a href=\"/news\">Ne"
     "ws</a> <a href=\"/contact\">Contact</a></nav>\x0A<article><h1>\xC7\xDD\xCA\xCA\xC7\xCD \xE3\xDF\xCA\xC8\xC9 "
     "\xDA\xC7\xE3\xC9 \xCC\xCF\xED\xCF\xC9</h1>\x0A<p>\xC7\xDD\xCA\xCA\xCD\xCA \xC7\xE1\xC8\xE1\xCF\xED\xC9 "
     "\xC3\xE3\xD3 \xE3\xDF\xCA\xC8\xC9 \xDA\xC7\xE3\xC9 \xCC\xCF\xED\xCF\xC9 \xDD\xED \xE6\xD3\xD8 \xC7\xE1\xE3\xCF\xED\xE4\xC9"
     ". \xCA\xD6\xE3 \xC7\xE1\xE3\xDF\xCA\xC8\xC9 \xC3\xDF\xCB\xD1 \xE3\xE4 \xCE\xE3\xD3\xED\xE4 \xC3\xE1\xDD "
     "\xDF\xCA\xC7\xC8 \xC8\xC7\xE1\xE1\xDB\xC7\xCA \xC7\xE1\xDA\xD1\xC8\xED\xC9 \xE6\xC7\xE1\xC5\xE4\xCC\xE1\xED\xD2\xED\xC9."
     "</p>\x0A<p>\xE6\xDE\xC7\xE1 \xC7\xE1\xE3\xCF\xED\xD1 \xC5\xE4 \xC7\xE1\xE3\xDF\xCA\xC8\xC9 \xD3\xCA\xDD\xCA\xCD "
     "\xC3\xC8\xE6\xC7\xC8\xE5\xC7 \xDF\xE1 \xED\xE6\xE3 \xE3\xE4 \xC7\xE1\xD5\xC8\xC7\xCD \xCD\xCA\xEC "
     "\xC7\xE1\xE3\xD3\xC7\xC1. \xDF\xE3\xC7 \xCA\xE6\xDD\xD1 \xDE\xC7\xDA\xC7\xCA \xE1\xE1\xDE\xD1\xC7\xC1\xC9 "
     "\xE6\xC7\xE1\xCF\xD1\xC7\xD3\xC9 \xE1\xE1\xD8\xE1\xC7\xC8.</p>\x0A<p>\xE6\xED\xC3\xE3\xE1 \xC7\xE1\xD3\xDF\xC7\xE4 "
     "\xC3\xE4 \xCA\xD5\xC8\xCD \xC7\xE1\xE3\xDF\xCA\xC8\xC9 \xE3\xD1\xDF\xD2\xC7 \xCB\xDE\xC7\xDD\xED\xC7 "
     "\xED\xCC\xE3\xDA \xC7\xE1\xDF\xC8\xC7\xD1 \xE6\xC7\xE1\xD5\xDB\xC7\xD1 \xDD\xED \xC3\xE4\xD4\xD8\xC9 "
     "\xC3\xD3\xC8\xE6\xDA\xED\xC9.</p>\x0A</article>\x0A<footer>&copy; 2026</footer>\x0A</body></html>"
     "\x0A"s,
     {"\u0627\u0641\u062A\u062A\u062D\u062A \u0627\u0644\u0628\u0644\u062F\u064A\u0629 \u0623\u0645\u0633 \u0645\u0643\u062A\u0628\u0629 \u0639\u0627\u0645\u0629 \u062C\u062F\u064A\u062F\u0629 \u0641\u064A \u0648\u0633\u0637 \u0627\u0644\u0645\u062F\u064A\u0646\u0629. \u062A\u0636\u0645 \u0627\u0644\u0645\u0643\u062A\u0628\u0629 \u0623\u0643\u062B\u0631 \u0645\u0646 \u062E\u0645\u0633\u064A\u0646 \u0623\u0644\u0641 \u0643\u062A\u0627\u0628 \u0628\u0627\u0644\u0644\u063A\u0627\u062A \u0627\u0644\u0639\u0631\u0628\u064A\u0629 \u0648\u0627\u0644\u0625\u0646\u062C\u0644\u064A\u0632\u064A\u0629.",
      "\u0648\u0642\u0627\u0644 \u0627\u0644\u0645\u062F\u064A\u0631 \u0625\u0646 \u0627\u0644\u0645\u0643\u062A\u0628\u0629 \u0633\u062A\u0641\u062A\u062D \u0623\u0628\u0648\u0627\u0628\u0647\u0627 \u0643\u0644 \u064A\u0648\u0645 \u0645\u0646 \u0627\u0644\u0635\u0628\u0627\u062D \u062D\u062A\u0649 \u0627\u0644\u0645\u0633\u0627\u0621. \u0643\u0645\u0627 \u062A\u0648\u0641\u0631 \u0642\u0627\u0639\u0627\u062A \u0644\u0644\u0642\u0631\u0627\u0621\u0629 \u0648\u0627\u0644\u062F\u0631\u0627\u0633\u0629 \u0644\u0644\u0637\u0644\u0627\u0628.",
      "\u0648\u064A\u0623\u0645\u0644 \u0627\u0644\u0633\u0643\u0627\u0646 \u0623\u0646 \u062A\u0635\u0628\u062D \u0627\u0644\u0645\u0643\u062A\u0628\u0629 \u0645\u0631\u0643\u0632\u0627 \u062B\u0642\u0627\u0641\u064A\u0627 \u064A\u062C\u0645\u0639 \u0627\u0644\u0643\u0628\u0627\u0631 \u0648\u0627\u0644\u0635\u063A\u0627\u0631 \u0641\u064A \u0623\u0646\u0634\u0637\u0629 \u0623\u0633\u0628\u0648\u0639\u064A\u0629."}},
    {"he cp1255 undeclared",
     "<!DOCTYPE html>\x0A<html lang=\"he\"><head><title>\xE2\xEF \xF6\xE9\xE1\xE5\xF8\xE9 \xE7\xE3\xF9 "
     "\xF0\xF4\xFA\xE7 \xE1\xF2\xE9\xF8</title></head>\x0A<body>\x0A<nav><a href=\"/\">Home</a> <a href"
     "=\"/news\">News</a> <a href=\"/contact\">Contact</a></nav>\x0A<article><h1>\xE2\xEF \xF6\xE9\xE1\xE5\xF8\xE9 "
     "\xE7\xE3\xF9 \xF0\xF4\xFA\xE7 \xE1\xF2\xE9\xF8</h1>\x0A<p>\xE1\xE9\xE5\xED \xF9\xE9\xF9\xE9 \xF0\xF4\xFA\xE7 "
     "\xE2\xEF \xF6\xE9\xE1\xE5\xF8\xE9 \xE7\xE3\xF9 \xE1\xF9\xEB\xE5\xF0\xE4 \xE4\xF6\xF4\xE5\xF0\xE9\xFA "
     "\xF9\xEC \xE4\xF2\xE9\xF8. \xE4\xE2\xEF \xEB\xE5\xEC\xEC \xEE\xE2\xF8\xF9 \xEE\xF9\xE7\xF7\xE9\xED,"
     " \xF9\xE1\xE9\xEC\xE9 \xE4\xEC\xE9\xEB\xE4 \xE5\xF2\xF6\xE9\xED \xF8\xE1\xE9\xED.</p>\x0A<p>\xF8\xE0\xF9 "
     "\xE4\xF2\xE9\xF8\xE9\xE9\xE4 \xE0\xEE\xF8 \xF9\xE4\xE2\xEF \xF0\xE1\xF0\xE4 \xEC\xE0\xE7\xF8 \xF9\xF0\xE9\xED "
     "\xF9\xEC \xE1\xF7\xF9\xE5\xFA \xEE\xE4\xFA\xE5\xF9\xE1\xE9\xED. \xE4\xEB\xF0\xE9\xF1\xE4 \xEC\xE2\xEF "
     "\xE7\xE5\xF4\xF9\xE9\xFA \xE1\xEB\xEC \xF9\xF2\xE5\xFA \xE4\xE9\xE5\xED.</p>\x0A<p>\xE1\xF9\xE1\xE5\xF2\xE5\xFA "
     "\xE4\xF7\xF8\xE5\xE1\xE9\xED \xE9\xFA\xF7\xE9\xE9\xEE\xE5 \xE1\xE2\xEF \xE4\xE5\xF4\xF2\xE5\xFA \xEE\xE5\xE6\xE9\xF7\xE4 "
     "\xE5\xF1\xE3\xF0\xE0\xE5\xFA \xEC\xE9\xEC\xE3\xE9\xED \xE5\xEC\xEE\xE1\xE5\xE2\xF8\xE9\xED.</p>\x0A<"
     "/article>\x0A<footer>&copy; 2026</footer>\x0A</body></html>\x0A"s,
     {"\u05D1\u05D9\u05D5\u05DD \u05E9\u05D9\u05E9\u05D9 \u05E0\u05E4\u05EA\u05D7 \u05D2\u05DF \u05E6\u05D9\u05D1\u05D5\u05E8\u05D9 \u05D7\u05D3\u05E9 \u05D1\u05E9\u05DB\u05D5\u05E0\u05D4 \u05D4\u05E6\u05E4\u05D5\u05E0\u05D9\u05EA \u05E9\u05DC \u05D4\u05E2\u05D9\u05E8. \u05D4\u05D2\u05DF \u05DB\u05D5\u05DC\u05DC \u05DE\u05D2\u05E8\u05E9 \u05DE\u05E9\u05D7\u05E7\u05D9\u05DD, \u05E9\u05D1\u05D9\u05DC\u05D9 \u05D4\u05DC\u05D9\u05DB\u05D4 \u05D5\u05E2\u05E6\u05D9\u05DD \u05E8\u05D1\u05D9\u05DD.",
      "\u05E8\u05D0\u05E9 \u05D4\u05E2\u05D9\u05E8\u05D9\u05D9\u05D4 \u05D0\u05DE\u05E8 \u05E9\u05D4\u05D2\u05DF \u05E0\u05D1\u05E0\u05D4 \u05DC\u05D0\u05D7\u05E8 \u05E9\u05E0\u05D9\u05DD \u05E9\u05DC \u05D1\u05E7\u05E9\u05D5\u05EA \u05DE\u05D4\u05EA\u05D5\u05E9\u05D1\u05D9\u05DD. \u05D4\u05DB\u05E0\u05D9\u05E1\u05D4 \u05DC\u05D2\u05DF \u05D7\u05D5\u05E4\u05E9\u05D9\u05EA \u05D1\u05DB\u05DC \u05E9\u05E2\u05D5\u05EA \u05D4\u05D9\u05D5\u05DD.",
      "\u05D1\u05E9\u05D1\u05D5\u05E2\u05D5\u05EA \u05D4\u05E7\u05E8\u05D5\u05D1\u05D9\u05DD \u05D9\u05EA\u05E7\u05D9\u05D9\u05DE\u05D5 \u05D1\u05D2\u05DF \u05D4\u05D5\u05E4\u05E2\u05D5\u05EA \u05DE\u05D5\u05D6\u05D9\u05E7\u05D4 \u05D5\u05E1\u05D3\u05E0\u05D0\u05D5\u05EA \u05DC\u05D9\u05DC\u05D3\u05D9\u05DD \u05D5\u05DC\u05DE\u05D1\u05D5\u05D2\u05E8\u05D9\u05DD."}},
    {"pl ISO-8859-2 undeclared",
     "<!DOCTYPE html>\x0A<html lang=\"pl\"><head><title>Nowa linia tramwajowa w Krakowie</title></head>"
     "\x0A<body>\x0A<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/contact\">Contact"
     "</a></nav>\x0A<article><h1>Nowa linia tramwajowa w Krakowie</h1>\x0A<p>W sobot\xEA pasa\xBF""erow"
     "ie po raz pierwszy pojechali now\xB1 lini\xB1 tramwajow\xB1. Budowa trwa\xB3""a dwa lata i koszto"
     "wa\xB3""a wi\xEA""cej, ni\xBF zak\xB3""adano.</p>\x0A<p>Wed\xB3ug urz\xEA""dnik\xF3w podr\xF3\xBF "
     "z dworca do szpitala skr\xF3""ci si\xEA o kwadrans. Tramwaje b\xEA""d\xB1 kursowa\xE6 co siedem m"
     "inut.</p>\x0A<p>Mieszka\xF1""cy chwal\xB1 ciche wagony, ale narzekaj\xB1 na brak zadaszonych przy"
     "stank\xF3w przy g\xB3\xF3wnej ulicy.</p>\x0A</article>\x0A<footer>&copy; 2026</footer>\x0A</body>"
     "</html>\x0A"s,
     {"W sobot\u0119 pasa\u017Cerowie po raz pierwszy pojechali now\u0105 lini\u0105 tramwajow\u0105. Budowa trwa\u0142a dwa lata i kosztowa\u0142a wi\u0119cej, ni\u017C zak\u0142adano.",
      "Wed\u0142ug urz\u0119dnik\u00F3w podr\u00F3\u017C z dworca do szpitala skr\u00F3ci si\u0119 o kwadrans. Tramwaje b\u0119d\u0105 kursowa\u0107 co siedem minut.",
      "Mieszka\u0144cy chwal\u0105 ciche wagony, ale narzekaj\u0105 na brak zadaszonych przystank\u00F3w przy g\u0142\u00F3wnej ulicy."}},
    {"cs ISO-8859-2 undeclared",
     "<!DOCTYPE html>\x0A<html lang=\"cs\"><head><title>Nov\xE1 l\xE1vka p\xF8""es \xF8""eku Vltavu</ti"
     "tle></head>\x0A<body>\x0A<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/contac"
     "t\">Contact</a></nav>\x0A<article><h1>Nov\xE1 l\xE1vka p\xF8""es \xF8""eku Vltavu</h1>\x0A<p>V p\xE1t"
     "ek byla otev\xF8""ena nov\xE1 l\xE1vka pro p\xEC\xB9\xED a cyklisty p\xF8""es \xF8""eku. Stavba t"
     "rvala necel\xE9 dva roky a st\xE1la p\xF8""es dv\xEC st\xEC milion\xF9 korun.</p>\x0A<p>Podle sta"
     "rosty l\xE1vka spoj\xED dv\xEC \xE8tvrti, kter\xE9 dosud d\xEClila jen ru\xB9n\xE1 silnice. Chodc"
     "i u\xB9""et\xF8\xED a\xBE patn\xE1""ct minut.</p>\x0A<p>Ve\xE8""er se na l\xE1vce konal oh\xF2ost"
     "roj, na kter\xFD se p\xF8i\xB9lo pod\xEDvat n\xECkolik tis\xED""c lid\xED.</p>\x0A</article>\x0A<"
     "footer>&copy; 2026</footer>\x0A</body></html>\x0A"s,
     {"V p\u00E1tek byla otev\u0159ena nov\u00E1 l\u00E1vka pro p\u011B\u0161\u00ED a cyklisty p\u0159es \u0159eku. Stavba trvala necel\u00E9 dva roky a st\u00E1la p\u0159es dv\u011B st\u011B milion\u016F korun.",
      "Podle starosty l\u00E1vka spoj\u00ED dv\u011B \u010Dtvrti, kter\u00E9 dosud d\u011Blila jen ru\u0161n\u00E1 silnice. Chodci u\u0161et\u0159\u00ED a\u017E patn\u00E1ct minut.",
      "Ve\u010Der se na l\u00E1vce konal oh\u0148ostroj, na kter\u00FD se p\u0159i\u0161lo pod\u00EDvat n\u011Bkolik tis\u00EDc lid\u00ED."}},
    {"ja Shift_JIS undeclared",
     "<!DOCTYPE html>\x0A<html lang=\"ja\"><head><title>\x8Es\x97\xA7\x90}\x8F\x91\x8A\xD9\x82\xAA\x90V"
     "\x82\xB5\x82\xAD\x8AJ\x8A\xD9</title></head>\x0A<body>\x0A<nav><a href=\"/\">Home</a> <a href=\"/"
     "news\">News</a> <a href=\"/contact\">Contact</a></nav>\x0A<article><h1>\x8Es\x97\xA7\x90}\x8F\x91\x8A\xD9\x82\xAA\x90V"
     "\x82\xB5\x82\xAD\x8AJ\x8A\xD9</h1>\x0A<p>\x8Es\x97\xA7\x90}\x8F\x91\x8A\xD9\x82\xCC\x90V\x82\xB5\x82\xA2\x8C\x9A\x95\xA8\x82"
     "\xAA\x93y\x97j\x93\xFA\x82\xC9\x8AJ\x8A\xD9\x82\xB5\x82\xDC\x82\xB5\x82\xBD\x81""B\x92\xA9\x82\xA9\x82\xE7\x91\xBD\x82\xAD"
     "\x82\xCC\x89\xC6\x91\xB0\x98""A\x82\xEA\x82\xAA\x96K\x82\xEA\x81""A\x93\xFC\x8C\xFB\x82\xC9\x82\xCD\x92\xB7\x82\xA2\x97\xF1"
     "\x82\xAA\x82\xC5\x82\xAB\x82\xDC\x82\xB5\x82\xBD\x81""B</p>\x0A<p>\x8A\xD9\x93\xE0\x82\xC9\x82\xCD\x96\xF1\x93\xF1\x8F\\"
     "\x96\x9C\x8D\xFB\x82\xCC\x96{\x82\xAA\x82\xA0\x82\xE8\x81""A\x8Eq\x82\xC7\x82\xE0\x8C\xFC\x82\xAF\x82\xCC\x93\xC7\x82\xDD"
     "\x95\xB7\x82\xA9\x82\xB9\x82\xCC\x95\x94\x89\xAE\x82\xE0\x97p\x88\xD3\x82\xB3\x82\xEA\x82\xC4\x82\xA2\x82\xDC\x82\xB7\x81"
     """B\x8AJ\x8A\xD9\x8E\x9E\x8A\xD4\x82\xCD\x8C\xDF\x91O\x8B\xE3\x8E\x9E\x82\xA9\x82\xE7\x8C\xDF\x8C\xE3\x94\xAA\x8E\x9E\x82"
     "\xDC\x82\xC5\x82\xC5\x82\xB7\x81""B</p>\x0A<p>\x8A\xD9\x92\xB7\x82\xCD\x81u\x92n\x88\xE6\x82\xCC\x90l"
     "\x81X\x82\xAA\x8FW\x82\xDC\x82\xE9\x8F\xEA\x8F\x8A\x82\xC9\x82\xB5\x82\xBD\x82\xA2\x81v\x82\xC6\x98"""
     "b\x82\xB5\x82\xDC\x82\xB5\x82\xBD\x81""B\x97\x88\x8C\x8E\x82\xC9\x82\xCD\x8Du\x89\x89\x89\xEF\x82\xE0\x97\\"
     "\x92\xE8\x82\xB3\x82\xEA\x82\xC4\x82\xA2\x82\xDC\x82\xB7\x81""B</p>\x0A</article>\x0A<footer>&cop"
     "y; 2026</footer>\x0A</body></html>\x0A"s,
     {"\u5E02\u7ACB\u56F3\u66F8\u9928\u306E\u65B0\u3057\u3044\u5EFA\u7269\u304C\u571F\u66DC\u65E5\u306B\u958B\u9928\u3057\u307E\u3057\u305F\u3002\u671D\u304B\u3089\u591A\u304F\u306E\u5BB6\u65CF\u9023\u308C\u304C\u8A2A\u308C\u3001\u5165\u53E3\u306B\u306F\u9577\u3044\u5217\u304C\u3067\u304D\u307E\u3057\u305F\u3002",
      "\u9928\u5185\u306B\u306F\u7D04\u4E8C\u5341\u4E07\u518A\u306E\u672C\u304C\u3042\u308A\u3001\u5B50\u3069\u3082\u5411\u3051\u306E\u8AAD\u307F\u805E\u304B\u305B\u306E\u90E8\u5C4B\u3082\u7528\u610F\u3055\u308C\u3066\u3044\u307E\u3059\u3002\u958B\u9928\u6642\u9593\u306F\u5348\u524D\u4E5D\u6642\u304B\u3089\u5348\u5F8C\u516B\u6642\u307E\u3067\u3067\u3059\u3002",
      "\u9928\u9577\u306F\u300C\u5730\u57DF\u306E\u4EBA\u3005\u304C\u96C6\u307E\u308B\u5834\u6240\u306B\u3057\u305F\u3044\u300D\u3068\u8A71\u3057\u307E\u3057\u305F\u3002\u6765\u6708\u306B\u306F\u8B1B\u6F14\u4F1A\u3082\u4E88\u5B9A\u3055\u308C\u3066\u3044\u307E\u3059\u3002"}},
    {"ja EUC-JP undeclared",
     "<!DOCTYPE html>\x0A<html lang=\"ja\"><head><title>\xBB\xD4\xCE\xA9\xBF\xDE\xBD\xF1\xB4\xDB\xA4\xAC\xBF\xB7\xA4\xB7\xA4\xAF"
     "\xB3\xAB\xB4\xDB</title></head>\x0A<body>\x0A<nav><a href=\"/\">Home</a> <a href=\"/news\">News</"
     "a> <a href=\"/contact\">Contact</a></nav>\x0A<article><h1>\xBB\xD4\xCE\xA9\xBF\xDE\xBD\xF1\xB4\xDB\xA4\xAC\xBF\xB7\xA4\xB7"
     "\xA4\xAF\xB3\xAB\xB4\xDB</h1>\x0A<p>\xBB\xD4\xCE\xA9\xBF\xDE\xBD\xF1\xB4\xDB\xA4\xCE\xBF\xB7\xA4\xB7\xA4\xA4\xB7\xFA\xCA\xAA"
     "\xA4\xAC\xC5\xDA\xCD\xCB\xC6\xFC\xA4\xCB\xB3\xAB\xB4\xDB\xA4\xB7\xA4\xDE\xA4\xB7\xA4\xBF\xA1\xA3\xC4\xAB\xA4\xAB\xA4\xE9\xC2"
     "\xBF\xA4\xAF\xA4\xCE\xB2\xC8\xC2\xB2\xCF\xA2\xA4\xEC\xA4\xAC\xCB\xAC\xA4\xEC\xA1\xA2\xC6\xFE\xB8\xFD\xA4\xCB\xA4\xCF\xC4\xB9"
     "\xA4\xA4\xCE\xF3\xA4\xAC\xA4\xC7\xA4\xAD\xA4\xDE\xA4\xB7\xA4\xBF\xA1\xA3</p>\x0A<p>\xB4\xDB\xC6\xE2\xA4\xCB\xA4\xCF\xCC\xF3"
     "\xC6\xF3\xBD\xBD\xCB\xFC\xBA\xFD\xA4\xCE\xCB\xDC\xA4\xAC\xA4\xA2\xA4\xEA\xA1\xA2\xBB\xD2\xA4\xC9\xA4\xE2\xB8\xFE\xA4\xB1\xA4"
     "\xCE\xC6\xC9\xA4\xDF\xCA\xB9\xA4\xAB\xA4\xBB\xA4\xCE\xC9\xF4\xB2\xB0\xA4\xE2\xCD\xD1\xB0\xD5\xA4\xB5\xA4\xEC\xA4\xC6\xA4\xA4"
     "\xA4\xDE\xA4\xB9\xA1\xA3\xB3\xAB\xB4\xDB\xBB\xFE\xB4\xD6\xA4\xCF\xB8\xE1\xC1\xB0\xB6\xE5\xBB\xFE\xA4\xAB\xA4\xE9\xB8\xE1\xB8"
     "\xE5\xC8\xAC\xBB\xFE\xA4\xDE\xA4\xC7\xA4\xC7\xA4\xB9\xA1\xA3</p>\x0A<p>\xB4\xDB\xC4\xB9\xA4\xCF\xA1\xD6\xC3\xCF\xB0\xE8\xA4"
     "\xCE\xBF\xCD\xA1\xB9\xA4\xAC\xBD\xB8\xA4\xDE\xA4\xEB\xBE\xEC\xBD\xEA\xA4\xCB\xA4\xB7\xA4\xBF\xA4\xA4\xA1\xD7\xA4\xC8\xCF\xC3"
     "\xA4\xB7\xA4\xDE\xA4\xB7\xA4\xBF\xA1\xA3\xCD\xE8\xB7\xEE\xA4\xCB\xA4\xCF\xB9\xD6\xB1\xE9\xB2\xF1\xA4\xE2\xCD\xBD\xC4\xEA\xA4"
     "\xB5\xA4\xEC\xA4\xC6\xA4\xA4\xA4\xDE\xA4\xB9\xA1\xA3</p>\x0A</article>\x0A<footer>&copy; 2026</fo"
     "oter>\x0A</body></html>\x0A"s,
     {"\u5E02\u7ACB\u56F3\u66F8\u9928\u306E\u65B0\u3057\u3044\u5EFA\u7269\u304C\u571F\u66DC\u65E5\u306B\u958B\u9928\u3057\u307E\u3057\u305F\u3002\u671D\u304B\u3089\u591A\u304F\u306E\u5BB6\u65CF\u9023\u308C\u304C\u8A2A\u308C\u3001\u5165\u53E3\u306B\u306F\u9577\u3044\u5217\u304C\u3067\u304D\u307E\u3057\u305F\u3002",
      "\u9928\u5185\u306B\u306F\u7D04\u4E8C\u5341\u4E07\u518A\u306E\u672C\u304C\u3042\u308A\u3001\u5B50\u3069\u3082\u5411\u3051\u306E\u8AAD\u307F\u805E\u304B\u305B\u306E\u90E8\u5C4B\u3082\u7528\u610F\u3055\u308C\u3066\u3044\u307E\u3059\u3002\u958B\u9928\u6642\u9593\u306F\u5348\u524D\u4E5D\u6642\u304B\u3089\u5348\u5F8C\u516B\u6642\u307E\u3067\u3067\u3059\u3002",
      "\u9928\u9577\u306F\u300C\u5730\u57DF\u306E\u4EBA\u3005\u304C\u96C6\u307E\u308B\u5834\u6240\u306B\u3057\u305F\u3044\u300D\u3068\u8A71\u3057\u307E\u3057\u305F\u3002\u6765\u6708\u306B\u306F\u8B1B\u6F14\u4F1A\u3082\u4E88\u5B9A\u3055\u308C\u3066\u3044\u307E\u3059\u3002"}},
    {"zh GB18030 undeclared",
     "<!DOCTYPE html>\x0A<html lang=\"zh\"><head><title>\xB3\xC7\xCA\xD0\xD0\xC2\xB9\xAB\xD4\xB0\xD5\xFD\xCA\xBD\xBF\xAA\xB7\xC5"
     "</title></head>\x0A<body>\x0A<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/co"
     "ntact\">Contact</a></nav>\x0A<article><h1>\xB3\xC7\xCA\xD0\xD0\xC2\xB9\xAB\xD4\xB0\xD5\xFD\xCA\xBD\xBF\xAA\xB7\xC5<"
     "/h1>\x0A<p>\xB1\xBE\xD6\xDC\xC1\xF9\xA3\xAC\xCE\xBB\xD3\xDA\xB3\xC7\xCA\xD0\xB6\xAB\xB2\xBF\xB5\xC4\xD0\xC2\xB9\xAB\xD4\xB0"
     "\xD5\xFD\xCA\xBD\xCF\xF2\xCA\xD0\xC3\xF1\xBF\xAA\xB7\xC5\xA1\xA3\xB9\xAB\xD4\xB0\xD5\xBC\xB5\xD8\xD4\xBC\xC8\xFD\xCA\xAE\xB9"
     "\xAB\xC7\xEA\xA3\xAC\xBD\xA8\xC9\xE8\xD3\xC3\xC1\xCB\xC1\xBD\xC4\xEA\xCA\xB1\xBC\xE4\xA1\xA3</p>\x0A<"
     "p>\xB9\xAB\xD4\xB0\xC4\xDA\xD3\xD0\xBA\xFE\xB2\xB4\xA1\xA2\xB2\xBD\xD0\xD0\xB5\xC0\xBA\xCD\xB6\xF9\xCD\xAF\xD3\xCE\xC0\xD6"
     "\xB3\xA1\xA1\xA3\xB9\xDC\xC0\xED\xC8\xCB\xD4\xB1\xB1\xED\xCA\xBE\xA3\xAC\xB9\xAB\xD4\xB0\xC3\xBF\xCC\xEC\xD4\xE7\xC9\xCF\xC1"
     "\xF9\xB5\xE3\xBF\xAA\xC3\xC5\xA3\xAC\xCD\xED\xC9\xCF\xCA\xAE\xB5\xE3\xB9\xD8\xB1\xD5\xA1\xA3</p>\x0A<"
     "p>\xD0\xED\xB6\xE0\xBE\xD3\xC3\xF1\xD2\xBB\xD4\xE7\xBE\xCD\xC0\xB4\xB5\xBD\xB9\xAB\xD4\xB0\xC9\xA2\xB2\xBD\xA3\xAC\xCB\xFB"
     "\xC3\xC7\xCB\xB5\xD5\xE2\xC0\xEF\xB5\xC4\xBF\xD5\xC6\xF8\xBA\xDC\xBA\xC3\xA3\xAC\xBB\xB7\xBE\xB3\xD2\xB2\xBA\xDC\xB0\xB2\xBE"
     "\xB2\xA1\xA3</p>\x0A</article>\x0A<footer>&copy; 2026</footer>\x0A</body></html>\x0A"s,
     {"\u672C\u5468\u516D\uFF0C\u4F4D\u4E8E\u57CE\u5E02\u4E1C\u90E8\u7684\u65B0\u516C\u56ED\u6B63\u5F0F\u5411\u5E02\u6C11\u5F00\u653E\u3002\u516C\u56ED\u5360\u5730\u7EA6\u4E09\u5341\u516C\u9877\uFF0C\u5EFA\u8BBE\u7528\u4E86\u4E24\u5E74\u65F6\u95F4\u3002",
      "\u516C\u56ED\u5185\u6709\u6E56\u6CCA\u3001\u6B65\u884C\u9053\u548C\u513F\u7AE5\u6E38\u4E50\u573A\u3002\u7BA1\u7406\u4EBA\u5458\u8868\u793A\uFF0C\u516C\u56ED\u6BCF\u5929\u65E9\u4E0A\u516D\u70B9\u5F00\u95E8\uFF0C\u665A\u4E0A\u5341\u70B9\u5173\u95ED\u3002",
      "\u8BB8\u591A\u5C45\u6C11\u4E00\u65E9\u5C31\u6765\u5230\u516C\u56ED\u6563\u6B65\uFF0C\u4ED6\u4EEC\u8BF4\u8FD9\u91CC\u7684\u7A7A\u6C14\u5F88\u597D\uFF0C\u73AF\u5883\u4E5F\u5F88\u5B89\u9759\u3002"}},
    {"zh-Hant Big5 undeclared",
     "<!DOCTYPE html>\x0A<html lang=\"zh-Hant\"><head><title>\xAB\xB0\xA5\xAB\xB7s\xA4\xBD\xB6\xE9\xA5\xBF\xA6\xA1\xB6}"
     "\xA9\xF1</title></head>\x0A<body>\x0A<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a hr"
     "ef=\"/contact\">Contact</a></nav>\x0A<article><h1>\xAB\xB0\xA5\xAB\xB7s\xA4\xBD\xB6\xE9\xA5\xBF\xA6\xA1\xB6}"
     "\xA9\xF1</h1>\x0A<p>\xA5\xBB\xB6g\xA4\xBB\xA1""A\xA6\xEC\xA9\xF3\xAB\xB0\xA5\xAB\xAA""F\xB3\xA1\xAA\xBA\xB7s"
     "\xA4\xBD\xB6\xE9\xA5\xBF\xA6\xA1\xA6V\xA5\xAB\xA5\xC1\xB6}\xA9\xF1\xA1""C\xA4\xBD\xB6\xE9\xA6\xFB\xA6"""
     "a\xAC\xF9\xA4T\xA4Q\xA4\xBD\xB3\xBC\xA1""A\xAB\xD8\xB3]\xA5\xCE\xA4""F\xA8\xE2\xA6~\xAE\xC9\xB6\xA1\xA1"""
     "C</p>\x0A<p>\xA4\xBD\xB6\xE9\xA4\xBA\xA6\xB3\xB4\xF2\xAAy\xA1""B\xA8""B\xA6\xE6\xB9""D\xA9M\xA8\xE0\xB5\xA3\xB9"""
     "C\xBC\xD6\xB3\xF5\xA1""C\xBA\xDE\xB2z\xA4H\xAD\xFB\xAA\xED\xA5\xDC\xA1""A\xA4\xBD\xB6\xE9\xA8""C\xA4\xD1\xA6\xAD\xA4W"
     "\xA4\xBB\xC2I\xB6}\xAA\xF9\xA1""A\xB1\xDF\xA4W\xA4Q\xC2I\xC3\xF6\xB3\xAC\xA1""C</p>\x0A<p>\xB3\\\xA6h"
     "\xA9~\xA5\xC1\xA4@\xA6\xAD\xB4N\xA8\xD3\xA8\xEC\xA4\xBD\xB6\xE9\xB4\xB2\xA8""B\xA1""A\xA5L\xAD\xCC\xBB\xA1\xB3o"
     "\xB8\xCC\xAA\xBA\xAA\xC5\xAE\xF0\xAB\xDC\xA6n\xA1""A\xC0\xF4\xB9\xD2\xA4]\xAB\xDC\xA6w\xC0R\xA1"""
     "C</p>\x0A</article>\x0A<footer>&copy; 2026</footer>\x0A</body></html>\x0A"s,
     {"\u672C\u9031\u516D\uFF0C\u4F4D\u65BC\u57CE\u5E02\u6771\u90E8\u7684\u65B0\u516C\u5712\u6B63\u5F0F\u5411\u5E02\u6C11\u958B\u653E\u3002\u516C\u5712\u4F54\u5730\u7D04\u4E09\u5341\u516C\u9803\uFF0C\u5EFA\u8A2D\u7528\u4E86\u5169\u5E74\u6642\u9593\u3002",
      "\u516C\u5712\u5167\u6709\u6E56\u6CCA\u3001\u6B65\u884C\u9053\u548C\u5152\u7AE5\u904A\u6A02\u5834\u3002\u7BA1\u7406\u4EBA\u54E1\u8868\u793A\uFF0C\u516C\u5712\u6BCF\u5929\u65E9\u4E0A\u516D\u9EDE\u958B\u9580\uFF0C\u665A\u4E0A\u5341\u9EDE\u95DC\u9589\u3002",
      "\u8A31\u591A\u5C45\u6C11\u4E00\u65E9\u5C31\u4F86\u5230\u516C\u5712\u6563\u6B65\uFF0C\u4ED6\u5011\u8AAA\u9019\u88E1\u7684\u7A7A\u6C23\u5F88\u597D\uFF0C\u74B0\u5883\u4E5F\u5F88\u5B89\u975C\u3002"}},
    {"ko EUC-KR undeclared",
     "<!DOCTYPE html>\x0A<html lang=\"ko\"><head><title>\xBB\xF5 \xBD\xC3\xB8\xB3 \xB5\xB5\xBC\xAD\xB0\xFC "
     "\xB0\xB3\xB0\xFC</title></head>\x0A<body>\x0A<nav><a href=\"/\">Home</a> <a href=\"/news\">News</"
     "a> <a href=\"/contact\">Contact</a></nav>\x0A<article><h1>\xBB\xF5 \xBD\xC3\xB8\xB3 \xB5\xB5\xBC\xAD\xB0\xFC "
     "\xB0\xB3\xB0\xFC</h1>\x0A<p>\xC5\xE4\xBF\xE4\xC0\xCF\xBF\xA1 \xBB\xF5 \xBD\xC3\xB8\xB3 \xB5\xB5\xBC\xAD\xB0\xFC\xC0\xCC "
     "\xB9\xAE\xC0\xBB \xBF\xAD\xBE\xFA\xBD\xC0\xB4\xCF\xB4\xD9. \xBE\xC6\xC4\xA7\xBA\xCE\xC5\xCD \xB8\xB9\xC0\xBA "
     "\xB0\xA1\xC1\xB7\xB5\xE9\xC0\xCC \xC3\xA3\xBE\xC6\xBF\xCD \xC0\xD4\xB1\xB8\xBF\xA1 \xB1\xE4 \xC1\xD9\xC0\xCC "
     "\xBB\xFD\xB0\xE5\xBD\xC0\xB4\xCF\xB4\xD9.</p>\x0A<p>\xB5\xB5\xBC\xAD\xB0\xFC\xBF\xA1\xB4\xC2 \xBE\xE0 "
     "\xC0\xCC\xBD\xCA\xB8\xB8 \xB1\xC7\xC0\xC7 \xC3\xA5\xC0\xCC \xC0\xD6\xC0\xB8\xB8\xE7 \xBE\xEE\xB8\xB0\xC0\xCC\xB8\xA6 "
     "\xC0\xA7\xC7\xD1 \xB9\xE6\xB5\xB5 \xB8\xB6\xB7\xC3\xB5\xC7\xBE\xEE \xC0\xD6\xBD\xC0\xB4\xCF\xB4\xD9."
     " \xBF\xEE\xBF\xB5 \xBD\xC3\xB0\xA3\xC0\xBA \xBF\xC0\xC0\xFC \xBE\xC6\xC8\xA9 \xBD\xC3\xBA\xCE\xC5\xCD "
     "\xBF\xC0\xC8\xC4 \xBF\xA9\xB4\xFC \xBD\xC3\xB1\xEE\xC1\xF6\xC0\xD4\xB4\xCF\xB4\xD9.</p>\x0A<p>\xB0\xFC\xC0\xE5\xC0\xBA "
     "\xC1\xF6\xBF\xAA \xC1\xD6\xB9\xCE\xB5\xE9\xC0\xCC \xB8\xF0\xC0\xCC\xB4\xC2 \xC0\xE5\xBC\xD2\xB0\xA1 "
     "\xB5\xC7\xB1\xE2\xB8\xA6 \xB9\xD9\xB6\xF5\xB4\xD9\xB0\xED \xB8\xBB\xC7\xDF\xBD\xC0\xB4\xCF\xB4\xD9."
     "</p>\x0A</article>\x0A<footer>&copy; 2026</footer>\x0A</body></html>\x0A"s,
     {"\uD1A0\uC694\uC77C\uC5D0 \uC0C8 \uC2DC\uB9BD \uB3C4\uC11C\uAD00\uC774 \uBB38\uC744 \uC5F4\uC5C8\uC2B5\uB2C8\uB2E4. \uC544\uCE68\uBD80\uD130 \uB9CE\uC740 \uAC00\uC871\uB4E4\uC774 \uCC3E\uC544\uC640 \uC785\uAD6C\uC5D0 \uAE34 \uC904\uC774 \uC0DD\uACBC\uC2B5\uB2C8\uB2E4.",
      "\uB3C4\uC11C\uAD00\uC5D0\uB294 \uC57D \uC774\uC2ED\uB9CC \uAD8C\uC758 \uCC45\uC774 \uC788\uC73C\uBA70 \uC5B4\uB9B0\uC774\uB97C \uC704\uD55C \uBC29\uB3C4 \uB9C8\uB828\uB418\uC5B4 \uC788\uC2B5\uB2C8\uB2E4. \uC6B4\uC601 \uC2DC\uAC04\uC740 \uC624\uC804 \uC544\uD649 \uC2DC\uBD80\uD130 \uC624\uD6C4 \uC5EC\uB35F \uC2DC\uAE4C\uC9C0\uC785\uB2C8\uB2E4.",
      "\uAD00\uC7A5\uC740 \uC9C0\uC5ED \uC8FC\uBBFC\uB4E4\uC774 \uBAA8\uC774\uB294 \uC7A5\uC18C\uAC00 \uB418\uAE30\uB97C \uBC14\uB780\uB2E4\uACE0 \uB9D0\uD588\uC2B5\uB2C8\uB2E4."}},
    {"th windows-874 undeclared",
     "<!DOCTYPE html>\x0A<html lang=\"th\"><head><title>\xCB\xE9\xCD\xA7\xCA\xC1\xD8\xB4\xE1\xCB\xE8\xA7\xE3\xCB\xC1\xE8\xE0\xBB"
     "\xD4\xB4\xE3\xCB\xE9\xBA\xC3\xD4\xA1\xD2\xC3</title></head>\x0A<body>\x0A<nav><a href=\"/\">Home<"
     "/a> <a href=\"/news\">News</a> <a href=\"/contact\">Contact</a></nav>\x0A<article><h1>\xCB\xE9\xCD\xA7\xCA\xC1\xD8\xB4\xE1"
     "\xCB\xE8\xA7\xE3\xCB\xC1\xE8\xE0\xBB\xD4\xB4\xE3\xCB\xE9\xBA\xC3\xD4\xA1\xD2\xC3</h1>\x0A<p>\xE0\xC1\xD7\xE8\xCD\xC7\xD1\xB9"
     "\xE0\xCA\xD2\xC3\xEC\xB7\xD5\xE8\xBC\xE8\xD2\xB9\xC1\xD2 \xCB\xE9\xCD\xA7\xCA\xC1\xD8\xB4\xBB\xC3\xD0\xAA\xD2\xAA\xB9\xE1"
     "\xCB\xE8\xA7\xE3\xCB\xC1\xE8\xE4\xB4\xE9\xE0\xBB\xD4\xB4\xE3\xCB\xE9\xBA\xC3\xD4\xA1\xD2\xC3\xE1\xC5\xE9\xC7 "
     "\xC1\xD5\xA4\xC3\xCD\xBA\xA4\xC3\xD1\xC7\xA8\xD3\xB9\xC7\xB9\xC1\xD2\xA1\xC1\xD2\xC3\xCD\xB5\xD1\xE9\xA7\xE1\xB5\xE8\xE0\xAA"
     "\xE9\xD2</p>\x0A<p>\xC0\xD2\xC2\xE3\xB9\xCB\xE9\xCD\xA7\xCA\xC1\xD8\xB4\xC1\xD5\xCB\xB9\xD1\xA7\xCA\xD7\xCD\xBB\xC3\xD0\xC1"
     "\xD2\xB3\xCA\xCD\xA7\xE1\xCA\xB9\xE0\xC5\xE8\xC1 \xE1\xC5\xD0\xC1\xD5\xCB\xE9\xCD\xA7\xCD\xE8\xD2\xB9\xCB\xB9\xD1\xA7\xCA"
     "\xD7\xCD\xCA\xD3\xCB\xC3\xD1\xBA\xE0\xB4\xE7\xA1\xB4\xE9\xC7\xC2 \xE0\xBB\xD4\xB4\xB7\xD8\xA1\xC7\xD1\xB9\xB5\xD1\xE9\xA7"
     "\xE1\xB5\xE8\xE0\xA1\xE9\xD2\xE2\xC1\xA7\xE0\xAA\xE9\xD2</p>\x0A<p>\xBC\xD9\xE9\xCD\xD3\xB9\xC7\xC2\xA1\xD2\xC3\xA1\xC5\xE8"
     "\xD2\xC7\xC7\xE8\xD2 \xCD\xC2\xD2\xA1\xE3\xCB\xE9\xCB\xE9\xCD\xA7\xCA\xC1\xD8\xB4\xE0\xBB\xE7\xB9\xCA\xB6\xD2\xB9\xB7\xD5"
     "\xE8\xB7\xD5\xE8\xB7\xD8\xA1\xA4\xB9\xE3\xB9\xAA\xD8\xC1\xAA\xB9\xC1\xD2\xBE\xBA\xA1\xD1\xB9</p>\x0A<"
     "/article>\x0A<footer>&copy; 2026</footer>\x0A</body></html>\x0A"s,
     {"\u0E40\u0E21\u0E37\u0E48\u0E2D\u0E27\u0E31\u0E19\u0E40\u0E2A\u0E32\u0E23\u0E4C\u0E17\u0E35\u0E48\u0E1C\u0E48\u0E32\u0E19\u0E21\u0E32 \u0E2B\u0E49\u0E2D\u0E07\u0E2A\u0E21\u0E38\u0E14\u0E1B\u0E23\u0E30\u0E0A\u0E32\u0E0A\u0E19\u0E41\u0E2B\u0E48\u0E07\u0E43\u0E2B\u0E21\u0E48\u0E44\u0E14\u0E49\u0E40\u0E1B\u0E34\u0E14\u0E43\u0E2B\u0E49\u0E1A\u0E23\u0E34\u0E01\u0E32\u0E23\u0E41\u0E25\u0E49\u0E27 \u0E21\u0E35\u0E04\u0E23\u0E2D\u0E1A\u0E04\u0E23\u0E31\u0E27\u0E08\u0E33\u0E19\u0E27\u0E19\u0E21\u0E32\u0E01\u0E21\u0E32\u0E23\u0E2D\u0E15\u0E31\u0E49\u0E07\u0E41\u0E15\u0E48\u0E40\u0E0A\u0E49\u0E32",
      "\u0E20\u0E32\u0E22\u0E43\u0E19\u0E2B\u0E49\u0E2D\u0E07\u0E2A\u0E21\u0E38\u0E14\u0E21\u0E35\u0E2B\u0E19\u0E31\u0E07\u0E2A\u0E37\u0E2D\u0E1B\u0E23\u0E30\u0E21\u0E32\u0E13\u0E2A\u0E2D\u0E07\u0E41\u0E2A\u0E19\u0E40\u0E25\u0E48\u0E21 \u0E41\u0E25\u0E30\u0E21\u0E35\u0E2B\u0E49\u0E2D\u0E07\u0E2D\u0E48\u0E32\u0E19\u0E2B\u0E19\u0E31\u0E07\u0E2A\u0E37\u0E2D\u0E2A\u0E33\u0E2B\u0E23\u0E31\u0E1A\u0E40\u0E14\u0E47\u0E01\u0E14\u0E49\u0E27\u0E22 \u0E40\u0E1B\u0E34\u0E14\u0E17\u0E38\u0E01\u0E27\u0E31\u0E19\u0E15\u0E31\u0E49\u0E07\u0E41\u0E15\u0E48\u0E40\u0E01\u0E49\u0E32\u0E42\u0E21\u0E07\u0E40\u0E0A\u0E49\u0E32",
      "\u0E1C\u0E39\u0E49\u0E2D\u0E33\u0E19\u0E27\u0E22\u0E01\u0E32\u0E23\u0E01\u0E25\u0E48\u0E32\u0E27\u0E27\u0E48\u0E32 \u0E2D\u0E22\u0E32\u0E01\u0E43\u0E2B\u0E49\u0E2B\u0E49\u0E2D\u0E07\u0E2A\u0E21\u0E38\u0E14\u0E40\u0E1B\u0E47\u0E19\u0E2A\u0E16\u0E32\u0E19\u0E17\u0E35\u0E48\u0E17\u0E35\u0E48\u0E17\u0E38\u0E01\u0E04\u0E19\u0E43\u0E19\u0E0A\u0E38\u0E21\u0E0A\u0E19\u0E21\u0E32\u0E1E\u0E1A\u0E01\u0E31\u0E19"}},
    {"fr UTF-16LE with BOM",
     "\xFF\xFE<\x00!\x00""D\x00O\x00""C\x00T\x00Y\x00P\x00""E\x00 \x00h\x00t\x00m\x00l\x00>\x00\x0A\x00<"
     "\x00h\x00t\x00m\x00l\x00 \x00l\x00""a\x00n\x00g\x00=\x00\"\x00""f\x00r\x00\"\x00>\x00<\x00h\x00"""
     "e\x00""a\x00""d\x00>\x00<\x00t\x00i\x00t\x00l\x00""e\x00>\x00L\x00""e\x00 \x00m\x00""a\x00r\x00"""
     "c\x00h\x00\xE9\x00 \x00""c\x00o\x00u\x00v\x00""e\x00r\x00t\x00 \x00r\x00o\x00u\x00v\x00r\x00""e\x00 "
     "\x00s\x00""e\x00s\x00 \x00p\x00o\x00r\x00t\x00""e\x00s\x00<\x00/\x00t\x00i\x00t\x00l\x00""e\x00>\x00<"
     "\x00/\x00h\x00""e\x00""a\x00""d\x00>\x00\x0A\x00<\x00""b\x00o\x00""d\x00y\x00>\x00\x0A\x00<\x00n\x00"""
     "a\x00v\x00>\x00<\x00""a\x00 \x00h\x00r\x00""e\x00""f\x00=\x00\"\x00/\x00\"\x00>\x00H\x00o\x00m\x00"""
     "e\x00<\x00/\x00""a\x00>\x00 \x00<\x00""a\x00 \x00h\x00r\x00""e\x00""f\x00=\x00\"\x00/\x00n\x00""e"
     "\x00w\x00s\x00\"\x00>\x00N\x00""e\x00w\x00s\x00<\x00/\x00""a\x00>\x00 \x00<\x00""a\x00 \x00h\x00r"
     "\x00""e\x00""f\x00=\x00\"\x00/\x00""c\x00o\x00n\x00t\x00""a\x00""c\x00t\x00\"\x00>\x00""C\x00o\x00n"
     "\x00t\x00""a\x00""c\x00t\x00<\x00/\x00""a\x00>\x00<\x00/\x00n\x00""a\x00v\x00>\x00\x0A\x00<\x00"""
     "a\x00r\x00t\x00i\x00""c\x00l\x00""e\x00>\x00<\x00h\x00""1\x00>\x00L\x00""e\x00 \x00m\x00""a\x00r\x00"""
     "c\x00h\x00\xE9\x00 \x00""c\x00o\x00u\x00v\x00""e\x00r\x00t\x00 \x00r\x00o\x00u\x00v\x00r\x00""e\x00 "
     "\x00s\x00""e\x00s\x00 \x00p\x00o\x00r\x00t\x00""e\x00s\x00<\x00/\x00h\x00""1\x00>\x00\x0A\x00<\x00p"
     "\x00>\x00""A\x00p\x00r\x00\xE8\x00s\x00 \x00""d\x00i\x00x\x00-\x00h\x00u\x00i\x00t\x00 \x00m\x00o"
     "\x00i\x00s\x00 \x00""d\x00""e\x00 \x00t\x00r\x00""a\x00v\x00""a\x00u\x00x\x00,\x00 \x00l\x00""e\x00 "
     "\x00m\x00""a\x00r\x00""c\x00h\x00\xE9\x00 \x00""c\x00o\x00u\x00v\x00""e\x00r\x00t\x00 \x00""a\x00 "
     "\x00r\x00o\x00u\x00v\x00""e\x00r\x00t\x00 \x00s\x00""a\x00m\x00""e\x00""d\x00i\x00 \x00m\x00""a\x00t"
     "\x00i\x00n\x00.\x00 \x00L\x00""e\x00s\x00 \x00h\x00""a\x00""b\x00i\x00t\x00""a\x00n\x00t\x00s\x00 "
     "\x00\xE9\x00t\x00""a\x00i\x00""e\x00n\x00t\x00 \x00n\x00o\x00m\x00""b\x00r\x00""e\x00u\x00x\x00 \x00\xE0\x00 "
     "\x00""d\x00\xE9\x00""c\x00o\x00u\x00v\x00r\x00i\x00r\x00 \x00l\x00""e\x00s\x00 \x00\xE9\x00t\x00"""
     "a\x00l\x00s\x00 \x00r\x00\xE9\x00n\x00o\x00v\x00\xE9\x00s\x00.\x00<\x00/\x00p\x00>\x00\x0A\x00<\x00p"
     "\x00>\x00\xAB\x00 \x00""C\x00\x19 e\x00s\x00t\x00 \x00p\x00l\x00u\x00s\x00 \x00l\x00u\x00m\x00i\x00n"
     "\x00""e\x00u\x00x\x00 \x00q\x00u\x00\x19 a\x00v\x00""a\x00n\x00t\x00 \x00\xBB\x00,\x00 \x00""c\x00o"
     "\x00n\x00""f\x00i\x00""e\x00 \x00u\x00n\x00""e\x00 \x00""f\x00l\x00""e\x00u\x00r\x00i\x00s\x00t\x00"""
     "e\x00 \x00i\x00n\x00s\x00t\x00""a\x00l\x00l\x00\xE9\x00""e\x00 \x00""d\x00""e\x00p\x00u\x00i\x00s"
     "\x00 \x00v\x00i\x00n\x00g\x00t\x00 \x00""a\x00n\x00s\x00.\x00 \x00L\x00""e\x00s\x00 \x00l\x00o\x00y"
     "\x00""e\x00r\x00s\x00 \x00""d\x00""e\x00s\x00 \x00""c\x00o\x00m\x00m\x00""e\x00r\x00\xE7\x00""a\x00n"
     "\x00t\x00s\x00 \x00n\x00\x19 o\x00n\x00t\x00 \x00p\x00""a\x00s\x00 \x00""a\x00u\x00g\x00m\x00""e\x00n"
     "\x00t\x00\xE9\x00.\x00<\x00/\x00p\x00>\x00\x0A\x00<\x00p\x00>\x00L\x00""a\x00 \x00m\x00""a\x00i\x00r"
     "\x00i\x00""e\x00 \x00p\x00r\x00\xE9\x00v\x00o\x00i\x00t\x00 \x00""d\x00""e\x00s\x00 \x00""c\x00o\x00n"
     "\x00""c\x00""e\x00r\x00t\x00s\x00 \x00g\x00r\x00""a\x00t\x00u\x00i\x00t\x00s\x00 \x00""c\x00h\x00"""
     "a\x00q\x00u\x00""e\x00 \x00p\x00r\x00""e\x00m\x00i\x00""e\x00r\x00 \x00""d\x00i\x00m\x00""a\x00n\x00"""
     "c\x00h\x00""e\x00 \x00""d\x00u\x00 \x00m\x00o\x00i\x00s\x00,\x00 \x00""d\x00\xE8\x00s\x00 \x00l\x00\x19 "
     "\xE9\x00t\x00\xE9\x00 \x00p\x00r\x00o\x00""c\x00h\x00""a\x00i\x00n\x00.\x00<\x00/\x00p\x00>\x00\x0A\x00<"
     "\x00/\x00""a\x00r\x00t\x00i\x00""c\x00l\x00""e\x00>\x00\x0A\x00<\x00""f\x00o\x00o\x00t\x00""e\x00r"
     "\x00>\x00&\x00""c\x00o\x00p\x00y\x00;\x00 \x00""2\x00""0\x00""2\x00""6\x00<\x00/\x00""f\x00o\x00o"
     "\x00t\x00""e\x00r\x00>\x00\x0A\x00<\x00/\x00""b\x00o\x00""d\x00y\x00>\x00<\x00/\x00h\x00t\x00m\x00l"
     "\x00>\x00\x0A\x00"s,
     {"Apr\u00E8s dix-huit mois de travaux, le march\u00E9 couvert a rouvert samedi matin. Les habitants \u00E9taient nombreux \u00E0 d\u00E9couvrir les \u00E9tals r\u00E9nov\u00E9s.",
      "\u00AB C\u2019est plus lumineux qu\u2019avant \u00BB, confie une fleuriste install\u00E9e depuis vingt ans. Les loyers des commer\u00E7ants n\u2019ont pas augment\u00E9.",
      "La mairie pr\u00E9voit des concerts gratuits chaque premier dimanche du mois, d\u00E8s l\u2019\u00E9t\u00E9 prochain."}},
    {"ru UTF-16BE with BOM",
     "\xFE\xFF\x00<\x00!\x00""D\x00O\x00""C\x00T\x00Y\x00P\x00""E\x00 \x00h\x00t\x00m\x00l\x00>\x00\x0A\x00<"
     "\x00h\x00t\x00m\x00l\x00 \x00l\x00""a\x00n\x00g\x00=\x00\"\x00r\x00u\x00\"\x00>\x00<\x00h\x00""e\x00"""
     "a\x00""d\x00>\x00<\x00t\x00i\x00t\x00l\x00""e\x00>\x04\x1D\x04>\x04""2\x04K\x04""9\x00 \x04<\x04>"
     "\x04""A\x04""B\x00 \x04G\x04""5\x04@\x04""5\x04""7\x00 \x04@\x04""5\x04:\x04""C\x00 \x04>\x04""B\x04:"
     "\x04@\x04K\x04""B\x00<\x00/\x00t\x00i\x00t\x00l\x00""e\x00>\x00<\x00/\x00h\x00""e\x00""a\x00""d\x00>"
     "\x00\x0A\x00<\x00""b\x00o\x00""d\x00y\x00>\x00\x0A\x00<\x00n\x00""a\x00v\x00>\x00<\x00""a\x00 \x00h"
     "\x00r\x00""e\x00""f\x00=\x00\"\x00/\x00\"\x00>\x00H\x00o\x00m\x00""e\x00<\x00/\x00""a\x00>\x00 \x00<"
     "\x00""a\x00 \x00h\x00r\x00""e\x00""f\x00=\x00\"\x00/\x00n\x00""e\x00w\x00s\x00\"\x00>\x00N\x00""e"
     "\x00w\x00s\x00<\x00/\x00""a\x00>\x00 \x00<\x00""a\x00 \x00h\x00r\x00""e\x00""f\x00=\x00\"\x00/\x00"""
     "c\x00o\x00n\x00t\x00""a\x00""c\x00t\x00\"\x00>\x00""C\x00o\x00n\x00t\x00""a\x00""c\x00t\x00<\x00/"
     "\x00""a\x00>\x00<\x00/\x00n\x00""a\x00v\x00>\x00\x0A\x00<\x00""a\x00r\x00t\x00i\x00""c\x00l\x00"""
     "e\x00>\x00<\x00h\x00""1\x00>\x04\x1D\x04>\x04""2\x04K\x04""9\x00 \x04<\x04>\x04""A\x04""B\x00 \x04G"
     "\x04""5\x04@\x04""5\x04""7\x00 \x04@\x04""5\x04:\x04""C\x00 \x04>\x04""B\x04:\x04@\x04K\x04""B\x00<"
     "\x00/\x00h\x00""1\x00>\x00\x0A\x00<\x00p\x00>\x04\x12\x04G\x04""5\x04@\x04""0\x00 \x04""2\x04""5\x04G"
     "\x04""5\x04@\x04>\x04<\x00 \x04""2\x00 \x04""3\x04>\x04@\x04>\x04""4\x04""5\x00 \x04>\x04""B\x04:"
     "\x04@\x04K\x04;\x04""8\x00 \x04=\x04>\x04""2\x04K\x04""9\x00 \x04<\x04>\x04""A\x04""B\x00 \x04G\x04"""
     "5\x04@\x04""5\x04""7\x00 \x04@\x04""5\x04:\x04""C\x00.\x00 \x04!\x04""B\x04@\x04>\x04""8\x04""B\x04"""
     "5\x04;\x04L\x04""A\x04""B\x04""2\x04>\x00 \x04""7\x04""0\x04=\x04O\x04;\x04>\x00 \x04?\x04>\x04G\x04"""
     "B\x04""8\x00 \x04""B\x04@\x04""8\x00 \x04""3\x04>\x04""4\x04""0\x00,\x00 \x04""8\x00 \x04""6\x04"""
     "8\x04""B\x04""5\x04;\x04""8\x00 \x04""4\x04""0\x04""2\x04=\x04>\x00 \x04""6\x04""4\x04""0\x04;\x04"""
     "8\x00 \x04M\x04""B\x04>\x04""3\x04>\x00 \x04""4\x04=\x04O\x00.\x00<\x00/\x00p\x00>\x00\x0A\x00<\x00p"
     "\x00>\x04\x1F\x04>\x00 \x04""A\x04;\x04>\x04""2\x04""0\x04<\x00 \x04<\x04M\x04@\x04""0\x00,\x00 \x04<"
     "\x04>\x04""A\x04""B\x00 \x04""A\x04>\x04:\x04@\x04""0\x04""B\x04""8\x04""B\x00 \x04""4\x04>\x04@\x04>"
     "\x04""3\x04""C\x00 \x04""4\x04>\x00 \x04""F\x04""5\x04=\x04""B\x04@\x04""0\x00 \x04=\x04""0\x00 \x04"""
     "4\x04""2\x04""0\x04""4\x04""F\x04""0\x04""B\x04L\x00 \x04<\x04""8\x04=\x04""C\x04""B\x00.\x00 \x04\x14\x04"""
     "2\x04""8\x04""6\x04""5\x04=\x04""8\x04""5\x00 \x04?\x04>\x00 \x04=\x04""5\x04<\x04""C\x00 \x04""1"
     "\x04""C\x04""4\x04""5\x04""B\x00 \x04""1\x04""5\x04""A\x04?\x04;\x04""0\x04""B\x04=\x04K\x04<\x00 "
     "\x04""4\x04;\x04O\x00 \x04""2\x04""A\x04""5\x04""E\x00.\x00<\x00/\x00p\x00>\x00\x0A\x00<\x00p\x00>"
     "\x04\x18\x04=\x04""6\x04""5\x04=\x04""5\x04@\x04K\x00 \x04@\x04""0\x04""A\x04""A\x04:\x04""0\x04"""
     "7\x04""0\x04;\x04""8\x00,\x00 \x04G\x04""B\x04>\x00 \x04>\x04?\x04>\x04@\x04K\x00 \x04@\x04""0\x04"""
     "A\x04""A\x04G\x04""8\x04""B\x04""0\x04=\x04K\x00 \x04=\x04""0\x00 \x04""A\x04""8\x04;\x04L\x04=\x04K"
     "\x04""5\x00 \x04?\x04""0\x04""2\x04>\x04""4\x04:\x04""8\x00 \x04""8\x00 \x04<\x04>\x04@\x04>\x04"""
     "7\x04K\x00.\x00 \x04!\x04;\x04""5\x04""4\x04""C\x04N\x04I\x04""8\x04<\x00 \x04?\x04@\x04>\x04""5\x04:"
     "\x04""B\x04>\x04<\x00 \x04""A\x04""B\x04""0\x04=\x04""5\x04""B\x00 \x04@\x04""5\x04:\x04>\x04=\x04"""
     "A\x04""B\x04@\x04""C\x04:\x04""F\x04""8\x04O\x00 \x04""A\x04""B\x04""0\x04@\x04>\x04""9\x00 \x04="
     "\x04""0\x04""1\x04""5\x04@\x04""5\x04""6\x04=\x04>\x04""9\x00.\x00<\x00/\x00p\x00>\x00\x0A\x00<\x00/"
     "\x00""a\x00r\x00t\x00i\x00""c\x00l\x00""e\x00>\x00\x0A\x00<\x00""f\x00o\x00o\x00t\x00""e\x00r\x00>"
     "\x00&\x00""c\x00o\x00p\x00y\x00;\x00 \x00""2\x00""0\x00""2\x00""6\x00<\x00/\x00""f\x00o\x00o\x00t"
     "\x00""e\x00r\x00>\x00\x0A\x00<\x00/\x00""b\x00o\x00""d\x00y\x00>\x00<\x00/\x00h\x00t\x00m\x00l\x00>"
     "\x00\x0A"s,
     {"\u0412\u0447\u0435\u0440\u0430 \u0432\u0435\u0447\u0435\u0440\u043E\u043C \u0432 \u0433\u043E\u0440\u043E\u0434\u0435 \u043E\u0442\u043A\u0440\u044B\u043B\u0438 \u043D\u043E\u0432\u044B\u0439 \u043C\u043E\u0441\u0442 \u0447\u0435\u0440\u0435\u0437 \u0440\u0435\u043A\u0443. \u0421\u0442\u0440\u043E\u0438\u0442\u0435\u043B\u044C\u0441\u0442\u0432\u043E \u0437\u0430\u043D\u044F\u043B\u043E \u043F\u043E\u0447\u0442\u0438 \u0442\u0440\u0438 \u0433\u043E\u0434\u0430, \u0438 \u0436\u0438\u0442\u0435\u043B\u0438 \u0434\u0430\u0432\u043D\u043E \u0436\u0434\u0430\u043B\u0438 \u044D\u0442\u043E\u0433\u043E \u0434\u043D\u044F.",
      "\u041F\u043E \u0441\u043B\u043E\u0432\u0430\u043C \u043C\u044D\u0440\u0430, \u043C\u043E\u0441\u0442 \u0441\u043E\u043A\u0440\u0430\u0442\u0438\u0442 \u0434\u043E\u0440\u043E\u0433\u0443 \u0434\u043E \u0446\u0435\u043D\u0442\u0440\u0430 \u043D\u0430 \u0434\u0432\u0430\u0434\u0446\u0430\u0442\u044C \u043C\u0438\u043D\u0443\u0442. \u0414\u0432\u0438\u0436\u0435\u043D\u0438\u0435 \u043F\u043E \u043D\u0435\u043C\u0443 \u0431\u0443\u0434\u0435\u0442 \u0431\u0435\u0441\u043F\u043B\u0430\u0442\u043D\u044B\u043C \u0434\u043B\u044F \u0432\u0441\u0435\u0445.",
      "\u0418\u043D\u0436\u0435\u043D\u0435\u0440\u044B \u0440\u0430\u0441\u0441\u043A\u0430\u0437\u0430\u043B\u0438, \u0447\u0442\u043E \u043E\u043F\u043E\u0440\u044B \u0440\u0430\u0441\u0441\u0447\u0438\u0442\u0430\u043D\u044B \u043D\u0430 \u0441\u0438\u043B\u044C\u043D\u044B\u0435 \u043F\u0430\u0432\u043E\u0434\u043A\u0438 \u0438 \u043C\u043E\u0440\u043E\u0437\u044B. \u0421\u043B\u0435\u0434\u0443\u044E\u0449\u0438\u043C \u043F\u0440\u043E\u0435\u043A\u0442\u043E\u043C \u0441\u0442\u0430\u043D\u0435\u0442 \u0440\u0435\u043A\u043E\u043D\u0441\u0442\u0440\u0443\u043A\u0446\u0438\u044F \u0441\u0442\u0430\u0440\u043E\u0439 \u043D\u0430\u0431\u0435\u0440\u0435\u0436\u043D\u043E\u0439."}},
    {"ja UTF-16LE without BOM",
     "<\x00!\x00""D\x00O\x00""C\x00T\x00Y\x00P\x00""E\x00 \x00h\x00t\x00m\x00l\x00>\x00\x0A\x00<\x00h\x00t"
     "\x00m\x00l\x00 \x00l\x00""a\x00n\x00g\x00=\x00\"\x00j\x00""a\x00\"\x00>\x00<\x00h\x00""e\x00""a\x00"""
     "d\x00>\x00<\x00t\x00i\x00t\x00l\x00""e\x00>\x00\x02^\xCBz\xF3V\xF8""f(\x99L0\xB0""eW0O0\x8B\x95(\x99<"
     "\x00/\x00t\x00i\x00t\x00l\x00""e\x00>\x00<\x00/\x00h\x00""e\x00""a\x00""d\x00>\x00\x0A\x00<\x00"""
     "b\x00o\x00""d\x00y\x00>\x00\x0A\x00<\x00n\x00""a\x00v\x00>\x00<\x00""a\x00 \x00h\x00r\x00""e\x00"""
     "f\x00=\x00\"\x00/\x00\"\x00>\x00H\x00o\x00m\x00""e\x00<\x00/\x00""a\x00>\x00 \x00<\x00""a\x00 \x00h"
     "\x00r\x00""e\x00""f\x00=\x00\"\x00/\x00n\x00""e\x00w\x00s\x00\"\x00>\x00N\x00""e\x00w\x00s\x00<\x00/"
     "\x00""a\x00>\x00 \x00<\x00""a\x00 \x00h\x00r\x00""e\x00""f\x00=\x00\"\x00/\x00""c\x00o\x00n\x00t\x00"""
     "a\x00""c\x00t\x00\"\x00>\x00""C\x00o\x00n\x00t\x00""a\x00""c\x00t\x00<\x00/\x00""a\x00>\x00<\x00/"
     "\x00n\x00""a\x00v\x00>\x00\x0A\x00<\x00""a\x00r\x00t\x00i\x00""c\x00l\x00""e\x00>\x00<\x00h\x00"""
     "1\x00>\x00\x02^\xCBz\xF3V\xF8""f(\x99L0\xB0""eW0O0\x8B\x95(\x99<\x00/\x00h\x00""1\x00>\x00\x0A\x00<"
     "\x00p\x00>\x00\x02^\xCBz\xF3V\xF8""f(\x99n0\xB0""eW0D0\xFA^irL0\x1FW\xDC""f\xE5""ek0\x8B\x95(\x99W"
     "0~0W0_0\x02""0\x1DgK0\x89""0\x1AYO0n0\xB6[\xCF""e#\x90\x8C""0L0*\x8A\x8C""0\x01""0eQ\xE3Sk0o0w\x95"""
     "D0\x17RL0g0M0~0W0_0\x02""0<\x00/\x00p\x00>\x00\x0A\x00<\x00p\x00>\x00(\x99\x85Qk0o0\x04}\x8CNAS\x07N"
     "\x8AQn0,gL0B0\x8A""0\x01""0P[i0\x82""0\x11TQ0n0\xAD\x8A\x7F""0^\x80K0[0n0\xE8\x90K\\\x82""0(u\x0F"""
     "aU0\x8C""0f0D0~0Y0\x02""0\x8B\x95(\x99""Bf\x93\x95o0HSMR]NBfK0\x89""0HS\x8C_kQBf~0g0g0Y0\x02""0<\x00/"
     "\x00p\x00>\x00\x0A\x00<\x00p\x00>\x00(\x99w\x95o0\x0C""00W\xDFWn0\xBAN\x05""0L0\xC6\x96~0\x8B""04"
     "X@bk0W0_0D0\x0D""0h0q\x8AW0~0W0_0\x02""0eg\x08gk0o0\x1B\x8B\x14o\x1AO\x82""0\x88N\x9A[U0\x8C""0f0"
     "D0~0Y0\x02""0<\x00/\x00p\x00>\x00\x0A\x00<\x00/\x00""a\x00r\x00t\x00i\x00""c\x00l\x00""e\x00>\x00\x0A\x00<"
     "\x00""f\x00o\x00o\x00t\x00""e\x00r\x00>\x00&\x00""c\x00o\x00p\x00y\x00;\x00 \x00""2\x00""0\x00""2"
     "\x00""6\x00<\x00/\x00""f\x00o\x00o\x00t\x00""e\x00r\x00>\x00\x0A\x00<\x00/\x00""b\x00o\x00""d\x00y"
     "\x00>\x00<\x00/\x00h\x00t\x00m\x00l\x00>\x00\x0A\x00"s,
     {"\u5E02\u7ACB\u56F3\u66F8\u9928\u306E\u65B0\u3057\u3044\u5EFA\u7269\u304C\u571F\u66DC\u65E5\u306B\u958B\u9928\u3057\u307E\u3057\u305F\u3002\u671D\u304B\u3089\u591A\u304F\u306E\u5BB6\u65CF\u9023\u308C\u304C\u8A2A\u308C\u3001\u5165\u53E3\u306B\u306F\u9577\u3044\u5217\u304C\u3067\u304D\u307E\u3057\u305F\u3002",
      "\u9928\u5185\u306B\u306F\u7D04\u4E8C\u5341\u4E07\u518A\u306E\u672C\u304C\u3042\u308A\u3001\u5B50\u3069\u3082\u5411\u3051\u306E\u8AAD\u307F\u805E\u304B\u305B\u306E\u90E8\u5C4B\u3082\u7528\u610F\u3055\u308C\u3066\u3044\u307E\u3059\u3002\u958B\u9928\u6642\u9593\u306F\u5348\u524D\u4E5D\u6642\u304B\u3089\u5348\u5F8C\u516B\u6642\u307E\u3067\u3067\u3059\u3002",
      "\u9928\u9577\u306F\u300C\u5730\u57DF\u306E\u4EBA\u3005\u304C\u96C6\u307E\u308B\u5834\u6240\u306B\u3057\u305F\u3044\u300D\u3068\u8A71\u3057\u307E\u3057\u305F\u3002\u6765\u6708\u306B\u306F\u8B1B\u6F14\u4F1A\u3082\u4E88\u5B9A\u3055\u308C\u3066\u3044\u307E\u3059\u3002"}},
    {"de UTF-16BE without BOM",
     "\x00<\x00!\x00""D\x00O\x00""C\x00T\x00Y\x00P\x00""E\x00 \x00h\x00t\x00m\x00l\x00>\x00\x0A\x00<\x00h"
     "\x00t\x00m\x00l\x00 \x00l\x00""a\x00n\x00g\x00=\x00\"\x00""d\x00""e\x00\"\x00>\x00<\x00h\x00""e\x00"""
     "a\x00""d\x00>\x00<\x00t\x00i\x00t\x00l\x00""e\x00>\x00N\x00""e\x00u\x00""e\x00 \x00""F\x00\xE4\x00h"
     "\x00r\x00""e\x00 \x00\xFC\x00""b\x00""e\x00r\x00 \x00""d\x00""e\x00n\x00 \x00S\x00""e\x00""e\x00<"
     "\x00/\x00t\x00i\x00t\x00l\x00""e\x00>\x00<\x00/\x00h\x00""e\x00""a\x00""d\x00>\x00\x0A\x00<\x00"""
     "b\x00o\x00""d\x00y\x00>\x00\x0A\x00<\x00n\x00""a\x00v\x00>\x00<\x00""a\x00 \x00h\x00r\x00""e\x00"""
     "f\x00=\x00\"\x00/\x00\"\x00>\x00H\x00o\x00m\x00""e\x00<\x00/\x00""a\x00>\x00 \x00<\x00""a\x00 \x00h"
     "\x00r\x00""e\x00""f\x00=\x00\"\x00/\x00n\x00""e\x00w\x00s\x00\"\x00>\x00N\x00""e\x00w\x00s\x00<\x00/"
     "\x00""a\x00>\x00 \x00<\x00""a\x00 \x00h\x00r\x00""e\x00""f\x00=\x00\"\x00/\x00""c\x00o\x00n\x00t\x00"""
     "a\x00""c\x00t\x00\"\x00>\x00""C\x00o\x00n\x00t\x00""a\x00""c\x00t\x00<\x00/\x00""a\x00>\x00<\x00/"
     "\x00n\x00""a\x00v\x00>\x00\x0A\x00<\x00""a\x00r\x00t\x00i\x00""c\x00l\x00""e\x00>\x00<\x00h\x00"""
     "1\x00>\x00N\x00""e\x00u\x00""e\x00 \x00""F\x00\xE4\x00h\x00r\x00""e\x00 \x00\xFC\x00""b\x00""e\x00r"
     "\x00 \x00""d\x00""e\x00n\x00 \x00S\x00""e\x00""e\x00<\x00/\x00h\x00""1\x00>\x00\x0A\x00<\x00p\x00>"
     "\x00S\x00""e\x00i\x00t\x00 \x00M\x00o\x00n\x00t\x00""a\x00g\x00 \x00v\x00""e\x00r\x00k\x00""e\x00h"
     "\x00r\x00t\x00 \x00""e\x00i\x00n\x00""e\x00 \x00n\x00""e\x00u\x00""e\x00 \x00""F\x00\xE4\x00h\x00r"
     "\x00""e\x00 \x00\xFC\x00""b\x00""e\x00r\x00 \x00""d\x00""e\x00n\x00 \x00S\x00""e\x00""e\x00.\x00 "
     "\x00S\x00i\x00""e\x00 \x00i\x00s\x00t\x00 \x00g\x00r\x00\xF6\x00\xDF\x00""e\x00r\x00 \x00u\x00n\x00"""
     "d\x00 \x00l\x00""e\x00i\x00s\x00""e\x00r\x00 \x00""a\x00l\x00s\x00 \x00""d\x00""a\x00s\x00 \x00"""
     "a\x00l\x00t\x00""e\x00 \x00S\x00""c\x00h\x00i\x00""f\x00""f\x00,\x00 \x00""d\x00""a\x00s\x00 \x00"""
     "f\x00\xFC\x00n\x00""f\x00z\x00i\x00g\x00 \x00J\x00""a\x00h\x00r\x00""e\x00 \x00i\x00m\x00 \x00""D"
     "\x00i\x00""e\x00n\x00s\x00t\x00 \x00w\x00""a\x00r\x00.\x00<\x00/\x00p\x00>\x00\x0A\x00<\x00p\x00>"
     "\x00""D\x00i\x00""e\x00 \x00\xDC\x00""b\x00""e\x00r\x00""f\x00""a\x00h\x00r\x00t\x00 \x00""d\x00"""
     "a\x00u\x00""e\x00r\x00t\x00 \x00z\x00w\x00\xF6\x00l\x00""f\x00 \x00M\x00i\x00n\x00u\x00t\x00""e\x00n"
     "\x00;\x00 \x00""F\x00""a\x00h\x00r\x00r\x00\xE4\x00""d\x00""e\x00r\x00 \x00""d\x00\xFC\x00r\x00"""
     "f\x00""e\x00n\x00 \x00o\x00h\x00n\x00""e\x00 \x00""A\x00u\x00""f\x00p\x00r\x00""e\x00i\x00s\x00 \x00m"
     "\x00i\x00t\x00g\x00""e\x00n\x00o\x00m\x00m\x00""e\x00n\x00 \x00w\x00""e\x00r\x00""d\x00""e\x00n\x00."
     "\x00<\x00/\x00p\x00>\x00\x0A\x00<\x00p\x00>\x00""D\x00""e\x00r\x00 \x00""B\x00\xFC\x00r\x00g\x00"""
     "e\x00r\x00m\x00""e\x00i\x00s\x00t\x00""e\x00r\x00 \x00s\x00p\x00r\x00""a\x00""c\x00h\x00 \x00v\x00o"
     "\x00n\x00 \x00""e\x00i\x00n\x00""e\x00m\x00  \x1E\x00g\x00r\x00o\x00\xDF\x00""e\x00n\x00 \x00T\x00"""
     "a\x00g\x00 \x00""f\x00\xFC\x00r\x00 \x00""d\x00i\x00""e\x00 \x00R\x00""e\x00g\x00i\x00o\x00n \x1C\x00 "
     "\x00u\x00n\x00""d\x00 \x00""d\x00""a\x00n\x00k\x00t\x00""e\x00 \x00""d\x00""e\x00n\x00 \x00W\x00"""
     "e\x00r\x00""f\x00t\x00""a\x00r\x00""b\x00""e\x00i\x00t\x00""e\x00r\x00n\x00.\x00<\x00/\x00p\x00>\x00\x0A\x00<"
     "\x00/\x00""a\x00r\x00t\x00i\x00""c\x00l\x00""e\x00>\x00\x0A\x00<\x00""f\x00o\x00o\x00t\x00""e\x00r"
     "\x00>\x00&\x00""c\x00o\x00p\x00y\x00;\x00 \x00""2\x00""0\x00""2\x00""6\x00<\x00/\x00""f\x00o\x00o"
     "\x00t\x00""e\x00r\x00>\x00\x0A\x00<\x00/\x00""b\x00o\x00""d\x00y\x00>\x00<\x00/\x00h\x00t\x00m\x00l"
     "\x00>\x00\x0A"s,
     {"Seit Montag verkehrt eine neue F\u00E4hre \u00FCber den See. Sie ist gr\u00F6\u00DFer und leiser als das alte Schiff, das f\u00FCnfzig Jahre im Dienst war.",
      "Die \u00DCberfahrt dauert zw\u00F6lf Minuten; Fahrr\u00E4der d\u00FCrfen ohne Aufpreis mitgenommen werden.",
      "Der B\u00FCrgermeister sprach von einem \u201Egro\u00DFen Tag f\u00FCr die Region\u201C und dankte den Werftarbeitern."}},
    {"fr meta says utf-8, bytes are cp1252",
     "<!DOCTYPE html>\x0A<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Le march\xE9 couvert ro"
     "uvre ses portes</title></head>\x0A<body>\x0A<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a"
     "> <a href=\"/contact\">Contact</a></nav>\x0A<article><h1>Le march\xE9 couvert rouvre ses portes</"
     "h1>\x0A<p>Apr\xE8s dix-huit mois de travaux, le march\xE9 couvert a rouvert samedi matin. Les hab"
     "itants \xE9taient nombreux \xE0 d\xE9""couvrir les \xE9tals r\xE9nov\xE9s.</p>\x0A<p>\xAB C\x92"""
     "est plus lumineux qu\x92""avant \xBB, confie une fleuriste install\xE9""e depuis vingt ans. Les l"
     "oyers des commer\xE7""ants n\x92ont pas augment\xE9.</p>\x0A<p>La mairie pr\xE9voit des concerts "
     "gratuits chaque premier dimanche du mois, d\xE8s l\x92\xE9t\xE9 prochain.</p>\x0A</article>\x0A<f"
     "ooter>&copy; 2026</footer>\x0A</body></html>\x0A"s,
     {"Apr\u00E8s dix-huit mois de travaux, le march\u00E9 couvert a rouvert samedi matin. Les habitants \u00E9taient nombreux \u00E0 d\u00E9couvrir les \u00E9tals r\u00E9nov\u00E9s.",
      "\u00AB C\u2019est plus lumineux qu\u2019avant \u00BB, confie une fleuriste install\u00E9e depuis vingt ans. Les loyers des commer\u00E7ants n\u2019ont pas augment\u00E9.",
      "La mairie pr\u00E9voit des concerts gratuits chaque premier dimanche du mois, d\u00E8s l\u2019\u00E9t\u00E9 prochain."}},
    {"de meta says iso-8859-1, bytes are utf-8",
     "<!DOCTYPE html>\x0A<html lang=\"de\"><head><meta charset=\"iso-8859-1\"><title>Neue F\xC3\xA4hre "
     "\xC3\xBC""ber den See</title></head>\x0A<body>\x0A<nav><a href=\"/\">Home</a> <a href=\"/news\">N"
     "ews</a> <a href=\"/contact\">Contact</a></nav>\x0A<article><h1>Neue F\xC3\xA4hre \xC3\xBC""ber de"
     "n See</h1>\x0A<p>Seit Montag verkehrt eine neue F\xC3\xA4hre \xC3\xBC""ber den See. Sie ist gr\xC3\xB6\xC3\x9F"""
     "er und leiser als das alte Schiff, das f\xC3\xBCnfzig Jahre im Dienst war.</p>\x0A<p>Die \xC3\x9C"""
     "berfahrt dauert zw\xC3\xB6lf Minuten; Fahrr\xC3\xA4""der d\xC3\xBCrfen ohne Aufpreis mitgenommen "
     "werden.</p>\x0A<p>Der B\xC3\xBCrgermeister sprach von einem \xE2\x80\x9Egro\xC3\x9F""en Tag f\xC3\xBCr"
     " die Region\xE2\x80\x9C und dankte den Werftarbeitern.</p>\x0A</article>\x0A<footer>&copy; 2026</"
     "footer>\x0A</body></html>\x0A"s,
     {"Seit Montag verkehrt eine neue F\u00E4hre \u00FCber den See. Sie ist gr\u00F6\u00DFer und leiser als das alte Schiff, das f\u00FCnfzig Jahre im Dienst war.",
      "Die \u00DCberfahrt dauert zw\u00F6lf Minuten; Fahrr\u00E4der d\u00FCrfen ohne Aufpreis mitgenommen werden.",
      "Der B\u00FCrgermeister sprach von einem \u201Egro\u00DFen Tag f\u00FCr die Region\u201C und dankte den Werftarbeitern."}},
    {"ru http-equiv says iso-8859-1, bytes are cp1251",
     "<!DOCTYPE html>\x0A<html lang=\"ru\"><head><meta http-equiv=\"Content-Type\" content=\"text/html;"
     " charset=iso-8859-1\"><title>\xCD\xEE\xE2\xFB\xE9 \xEC\xEE\xF1\xF2 \xF7\xE5\xF0\xE5\xE7 \xF0\xE5\xEA\xF3 "
     "\xEE\xF2\xEA\xF0\xFB\xF2</title></head>\x0A<body>\x0A<nav><a href=\"/\">Home</a> <a href=\"/news\""
     ">News</a> <a href=\"/contact\">Contact</a></nav>\x0A<article><h1>\xCD\xEE\xE2\xFB\xE9 \xEC\xEE\xF1\xF2 "
     "\xF7\xE5\xF0\xE5\xE7 \xF0\xE5\xEA\xF3 \xEE\xF2\xEA\xF0\xFB\xF2</h1>\x0A<p>\xC2\xF7\xE5\xF0\xE0 \xE2\xE5\xF7\xE5\xF0\xEE\xEC"
     " \xE2 \xE3\xEE\xF0\xEE\xE4\xE5 \xEE\xF2\xEA\xF0\xFB\xEB\xE8 \xED\xEE\xE2\xFB\xE9 \xEC\xEE\xF1\xF2 "
     "\xF7\xE5\xF0\xE5\xE7 \xF0\xE5\xEA\xF3. \xD1\xF2\xF0\xEE\xE8\xF2\xE5\xEB\xFC\xF1\xF2\xE2\xEE \xE7\xE0\xED\xFF\xEB\xEE "
     "\xEF\xEE\xF7\xF2\xE8 \xF2\xF0\xE8 \xE3\xEE\xE4\xE0, \xE8 \xE6\xE8\xF2\xE5\xEB\xE8 \xE4\xE0\xE2\xED\xEE "
     "\xE6\xE4\xE0\xEB\xE8 \xFD\xF2\xEE\xE3\xEE \xE4\xED\xFF.</p>\x0A<p>\xCF\xEE \xF1\xEB\xEE\xE2\xE0\xEC "
     "\xEC\xFD\xF0\xE0, \xEC\xEE\xF1\xF2 \xF1\xEE\xEA\xF0\xE0\xF2\xE8\xF2 \xE4\xEE\xF0\xEE\xE3\xF3 \xE4\xEE "
     "\xF6\xE5\xED\xF2\xF0\xE0 \xED\xE0 \xE4\xE2\xE0\xE4\xF6\xE0\xF2\xFC \xEC\xE8\xED\xF3\xF2. \xC4\xE2\xE8\xE6\xE5\xED\xE8\xE5"
     " \xEF\xEE \xED\xE5\xEC\xF3 \xE1\xF3\xE4\xE5\xF2 \xE1\xE5\xF1\xEF\xEB\xE0\xF2\xED\xFB\xEC \xE4\xEB\xFF "
     "\xE2\xF1\xE5\xF5.</p>\x0A<p>\xC8\xED\xE6\xE5\xED\xE5\xF0\xFB \xF0\xE0\xF1\xF1\xEA\xE0\xE7\xE0\xEB\xE8,"
     " \xF7\xF2\xEE \xEE\xEF\xEE\xF0\xFB \xF0\xE0\xF1\xF1\xF7\xE8\xF2\xE0\xED\xFB \xED\xE0 \xF1\xE8\xEB\xFC\xED\xFB\xE5 "
     "\xEF\xE0\xE2\xEE\xE4\xEA\xE8 \xE8 \xEC\xEE\xF0\xEE\xE7\xFB. \xD1\xEB\xE5\xE4\xF3\xFE\xF9\xE8\xEC "
     "\xEF\xF0\xEE\xE5\xEA\xF2\xEE\xEC \xF1\xF2\xE0\xED\xE5\xF2 \xF0\xE5\xEA\xEE\xED\xF1\xF2\xF0\xF3\xEA\xF6\xE8\xFF "
     "\xF1\xF2\xE0\xF0\xEE\xE9 \xED\xE0\xE1\xE5\xF0\xE5\xE6\xED\xEE\xE9.</p>\x0A</article>\x0A<footer>&"
     "copy; 2026</footer>\x0A</body></html>\x0A"s,
     {"\u0412\u0447\u0435\u0440\u0430 \u0432\u0435\u0447\u0435\u0440\u043E\u043C \u0432 \u0433\u043E\u0440\u043E\u0434\u0435 \u043E\u0442\u043A\u0440\u044B\u043B\u0438 \u043D\u043E\u0432\u044B\u0439 \u043C\u043E\u0441\u0442 \u0447\u0435\u0440\u0435\u0437 \u0440\u0435\u043A\u0443. \u0421\u0442\u0440\u043E\u0438\u0442\u0435\u043B\u044C\u0441\u0442\u0432\u043E \u0437\u0430\u043D\u044F\u043B\u043E \u043F\u043E\u0447\u0442\u0438 \u0442\u0440\u0438 \u0433\u043E\u0434\u0430, \u0438 \u0436\u0438\u0442\u0435\u043B\u0438 \u0434\u0430\u0432\u043D\u043E \u0436\u0434\u0430\u043B\u0438 \u044D\u0442\u043E\u0433\u043E \u0434\u043D\u044F.",
      "\u041F\u043E \u0441\u043B\u043E\u0432\u0430\u043C \u043C\u044D\u0440\u0430, \u043C\u043E\u0441\u0442 \u0441\u043E\u043A\u0440\u0430\u0442\u0438\u0442 \u0434\u043E\u0440\u043E\u0433\u0443 \u0434\u043E \u0446\u0435\u043D\u0442\u0440\u0430 \u043D\u0430 \u0434\u0432\u0430\u0434\u0446\u0430\u0442\u044C \u043C\u0438\u043D\u0443\u0442. \u0414\u0432\u0438\u0436\u0435\u043D\u0438\u0435 \u043F\u043E \u043D\u0435\u043C\u0443 \u0431\u0443\u0434\u0435\u0442 \u0431\u0435\u0441\u043F\u043B\u0430\u0442\u043D\u044B\u043C \u0434\u043B\u044F \u0432\u0441\u0435\u0445.",
      "\u0418\u043D\u0436\u0435\u043D\u0435\u0440\u044B \u0440\u0430\u0441\u0441\u043A\u0430\u0437\u0430\u043B\u0438, \u0447\u0442\u043E \u043E\u043F\u043E\u0440\u044B \u0440\u0430\u0441\u0441\u0447\u0438\u0442\u0430\u043D\u044B \u043D\u0430 \u0441\u0438\u043B\u044C\u043D\u044B\u0435 \u043F\u0430\u0432\u043E\u0434\u043A\u0438 \u0438 \u043C\u043E\u0440\u043E\u0437\u044B. \u0421\u043B\u0435\u0434\u0443\u044E\u0449\u0438\u043C \u043F\u0440\u043E\u0435\u043A\u0442\u043E\u043C \u0441\u0442\u0430\u043D\u0435\u0442 \u0440\u0435\u043A\u043E\u043D\u0441\u0442\u0440\u0443\u043A\u0446\u0438\u044F \u0441\u0442\u0430\u0440\u043E\u0439 \u043D\u0430\u0431\u0435\u0440\u0435\u0436\u043D\u043E\u0439."}},
    {"el UTF-8 BOM, meta says windows-1253",
     "\xEF\xBB\xBF<!DOCTYPE html>\x0A<html lang=\"el\"><head><meta charset=\"windows-1253\"><title>\xCE\x9D\xCE\xAD\xCE\xBF "
     "\xCE\xBC\xCE\xBF\xCF\x85\xCF\x83\xCE\xB5\xCE\xAF\xCE\xBF \xCF\x83\xCF\x84\xCE\xB7\xCE\xBD \xCF\x80\xCE\xB1\xCE\xBB\xCE\xB9"
     "\xCE\xAC \xCF\x80\xCF\x8C\xCE\xBB\xCE\xB7</title></head>\x0A<body>\x0A<nav><a href=\"/\">Home</a>"
     " <a href=\"/news\">News</a> <a href=\"/contact\">Contact</a></nav>\x0A<article><h1>\xCE\x9D\xCE\xAD\xCE\xBF "
     "\xCE\xBC\xCE\xBF\xCF\x85\xCF\x83\xCE\xB5\xCE\xAF\xCE\xBF \xCF\x83\xCF\x84\xCE\xB7\xCE\xBD \xCF\x80\xCE\xB1\xCE\xBB\xCE\xB9"
     "\xCE\xAC \xCF\x80\xCF\x8C\xCE\xBB\xCE\xB7</h1>\x0A<p>\xCE\xA4\xCE\xBF \xCE\xBD\xCE\xAD\xCE\xBF \xCE\xBC\xCE\xBF\xCF\x85\xCF"
     "\x83\xCE\xB5\xCE\xAF\xCE\xBF \xCF\x84\xCE\xB7\xCF\x82 \xCF\x80\xCF\x8C\xCE\xBB\xCE\xB7\xCF\x82 \xCE\xAC\xCE\xBD\xCE\xBF\xCE"
     "\xB9\xCE\xBE\xCE\xB5 \xCF\x84\xCE\xB9\xCF\x82 \xCF\x80\xCF\x8C\xCF\x81\xCF\x84\xCE\xB5\xCF\x82 \xCF\x84\xCE\xBF\xCF\x85 "
     "\xCF\x84\xCE\xBF \xCE\xA3\xCE\xAC\xCE\xB2\xCE\xB2\xCE\xB1\xCF\x84\xCE\xBF. \xCE\xA7\xCE\xB9\xCE\xBB\xCE\xB9\xCE\xAC\xCE\xB4"
     "\xCE\xB5\xCF\x82 \xCE\xB5\xCF\x80\xCE\xB9\xCF\x83\xCE\xBA\xCE\xAD\xCF\x80\xCF\x84\xCE\xB5\xCF\x82 "
     "\xCF\x80\xCE\xB5\xCF\x81\xCE\xAF\xCE\xBC\xCE\xB5\xCE\xBD\xCE\xB1\xCE\xBD \xCF\x83\xCF\x84\xCE\xB7\xCE\xBD "
     "\xCE\xBF\xCF\x85\xCF\x81\xCE\xAC \xCE\xB1\xCF\x80\xCF\x8C \xCF\x84\xCE\xBF \xCF\x80\xCF\x81\xCF\x89\xCE\xAF."
     "</p>\x0A<p>\xCE\x97 \xCF\x83\xCF\x85\xCE\xBB\xCE\xBB\xCE\xBF\xCE\xB3\xCE\xAE \xCF\x80\xCE\xB5\xCF\x81\xCE\xB9\xCE\xBB\xCE"
     "\xB1\xCE\xBC\xCE\xB2\xCE\xAC\xCE\xBD\xCE\xB5\xCE\xB9 \xCE\xB1\xCE\xB3\xCE\xB3\xCE\xB5\xCE\xAF\xCE\xB1,"
     " \xCE\xBD\xCE\xBF\xCE\xBC\xCE\xAF\xCF\x83\xCE\xBC\xCE\xB1\xCF\x84\xCE\xB1 \xCE\xBA\xCE\xB1\xCE\xB9 "
     "\xCE\xB3\xCE\xBB\xCF\x85\xCF\x80\xCF\x84\xCE\xAC \xCE\xB1\xCF\x80\xCF\x8C \xCF\x84\xCE\xB7\xCE\xBD "
     "\xCE\xB1\xCF\x81\xCF\x87\xCE\xB1\xCE\xAF\xCE\xB1 \xCE\xB5\xCF\x80\xCE\xBF\xCF\x87\xCE\xAE. \xCE\x97 "
     "\xCE\xB5\xCE\xAF\xCF\x83\xCE\xBF\xCE\xB4\xCE\xBF\xCF\x82 \xCE\xB5\xCE\xAF\xCE\xBD\xCE\xB1\xCE\xB9 "
     "\xCE\xB4\xCF\x89\xCF\x81\xCE\xB5\xCE\xAC\xCE\xBD \xCE\xB3\xCE\xB9\xCE\xB1 \xCF\x84\xCE\xBF\xCF\x85\xCF\x82 "
     "\xCE\xBC\xCE\xB1\xCE\xB8\xCE\xB7\xCF\x84\xCE\xAD\xCF\x82.</p>\x0A<p>\xCE\x9F \xCE\xB4\xCE\xB9\xCE\xB5\xCF\x85\xCE\xB8\xCF"
     "\x85\xCE\xBD\xCF\x84\xCE\xAE\xCF\x82 \xCE\xB4\xCE\xAE\xCE\xBB\xCF\x89\xCF\x83\xCE\xB5 \xCF\x8C\xCF\x84\xCE\xB9 "
     "\xCF\x84\xCE\xBF \xCE\xBC\xCE\xBF\xCF\x85\xCF\x83\xCE\xB5\xCE\xAF\xCE\xBF \xCE\xB8\xCE\xB1 \xCF\x86\xCE\xB9\xCE\xBB\xCE\xBF"
     "\xCE\xBE\xCE\xB5\xCE\xBD\xCE\xB5\xCE\xAF \xCE\xBA\xCE\xB1\xCE\xB9 \xCE\xB5\xCE\xBA\xCE\xB8\xCE\xAD\xCF\x83\xCE\xB5\xCE\xB9"
     "\xCF\x82 \xCF\x83\xCF\x8D\xCE\xB3\xCF\x87\xCF\x81\xCE\xBF\xCE\xBD\xCE\xB7\xCF\x82 \xCF\x84\xCE\xAD\xCF\x87\xCE\xBD\xCE\xB7"
     "\xCF\x82 \xCE\xBA\xCE\xAC\xCE\xB8\xCE\xB5 \xCE\xBA\xCE\xB1\xCE\xBB\xCE\xBF\xCE\xBA\xCE\xB1\xCE\xAF\xCF\x81\xCE\xB9."
     "</p>\x0A</article>\x0A<footer>&copy; 2026</footer>\x0A</body></html>\x0A"s,
     {"\u03A4\u03BF \u03BD\u03AD\u03BF \u03BC\u03BF\u03C5\u03C3\u03B5\u03AF\u03BF \u03C4\u03B7\u03C2 \u03C0\u03CC\u03BB\u03B7\u03C2 \u03AC\u03BD\u03BF\u03B9\u03BE\u03B5 \u03C4\u03B9\u03C2 \u03C0\u03CC\u03C1\u03C4\u03B5\u03C2 \u03C4\u03BF\u03C5 \u03C4\u03BF \u03A3\u03AC\u03B2\u03B2\u03B1\u03C4\u03BF. \u03A7\u03B9\u03BB\u03B9\u03AC\u03B4\u03B5\u03C2 \u03B5\u03C0\u03B9\u03C3\u03BA\u03AD\u03C0\u03C4\u03B5\u03C2 \u03C0\u03B5\u03C1\u03AF\u03BC\u03B5\u03BD\u03B1\u03BD \u03C3\u03C4\u03B7\u03BD \u03BF\u03C5\u03C1\u03AC \u03B1\u03C0\u03CC \u03C4\u03BF \u03C0\u03C1\u03C9\u03AF.",
      "\u0397 \u03C3\u03C5\u03BB\u03BB\u03BF\u03B3\u03AE \u03C0\u03B5\u03C1\u03B9\u03BB\u03B1\u03BC\u03B2\u03AC\u03BD\u03B5\u03B9 \u03B1\u03B3\u03B3\u03B5\u03AF\u03B1, \u03BD\u03BF\u03BC\u03AF\u03C3\u03BC\u03B1\u03C4\u03B1 \u03BA\u03B1\u03B9 \u03B3\u03BB\u03C5\u03C0\u03C4\u03AC \u03B1\u03C0\u03CC \u03C4\u03B7\u03BD \u03B1\u03C1\u03C7\u03B1\u03AF\u03B1 \u03B5\u03C0\u03BF\u03C7\u03AE. \u0397 \u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2 \u03B5\u03AF\u03BD\u03B1\u03B9 \u03B4\u03C9\u03C1\u03B5\u03AC\u03BD \u03B3\u03B9\u03B1 \u03C4\u03BF\u03C5\u03C2 \u03BC\u03B1\u03B8\u03B7\u03C4\u03AD\u03C2.",
      "\u039F \u03B4\u03B9\u03B5\u03C5\u03B8\u03C5\u03BD\u03C4\u03AE\u03C2 \u03B4\u03AE\u03BB\u03C9\u03C3\u03B5 \u03CC\u03C4\u03B9 \u03C4\u03BF \u03BC\u03BF\u03C5\u03C3\u03B5\u03AF\u03BF \u03B8\u03B1 \u03C6\u03B9\u03BB\u03BF\u03BE\u03B5\u03BD\u03B5\u03AF \u03BA\u03B1\u03B9 \u03B5\u03BA\u03B8\u03AD\u03C3\u03B5\u03B9\u03C2 \u03C3\u03CD\u03B3\u03C7\u03C1\u03BF\u03BD\u03B7\u03C2 \u03C4\u03AD\u03C7\u03BD\u03B7\u03C2 \u03BA\u03AC\u03B8\u03B5 \u03BA\u03B1\u03BB\u03BF\u03BA\u03B1\u03AF\u03C1\u03B9."}},
    {"cs http-equiv windows-1250 and meta charset utf-8 disagree, bytes utf-8",
     "<!DOCTYPE html>\x0A<html lang=\"cs\"><head><meta http-equiv=\"Content-Type\" content=\"text/html;"
     " charset=windows-1250\"><meta charset=\"utf-8\"><title>Nov\xC3\xA1 l\xC3\xA1vka p\xC5\x99""es \xC5\x99"""
     "eku Vltavu</title></head>\x0A<body>\x0A<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a "
     "href=\"/contact\">Contact</a></nav>\x0A<article><h1>Nov\xC3\xA1 l\xC3\xA1vka p\xC5\x99""es \xC5\x99"""
     "eku Vltavu</h1>\x0A<p>V p\xC3\xA1tek byla otev\xC5\x99""ena nov\xC3\xA1 l\xC3\xA1vka pro p\xC4\x9B\xC5\xA1\xC3\xAD "
     "a cyklisty p\xC5\x99""es \xC5\x99""eku. Stavba trvala necel\xC3\xA9 dva roky a st\xC3\xA1la p\xC5\x99"""
     "es dv\xC4\x9B st\xC4\x9B milion\xC5\xAF korun.</p>\x0A<p>Podle starosty l\xC3\xA1vka spoj\xC3\xAD "
     "dv\xC4\x9B \xC4\x8Dtvrti, kter\xC3\xA9 dosud d\xC4\x9Blila jen ru\xC5\xA1n\xC3\xA1 silnice. Chodc"
     "i u\xC5\xA1""et\xC5\x99\xC3\xAD a\xC5\xBE patn\xC3\xA1""ct minut.</p>\x0A<p>Ve\xC4\x8D""er se na "
     "l\xC3\xA1vce konal oh\xC5\x88ostroj, na kter\xC3\xBD se p\xC5\x99i\xC5\xA1lo pod\xC3\xADvat n\xC4\x9Bk"
     "olik tis\xC3\xAD""c lid\xC3\xAD.</p>\x0A</article>\x0A<footer>&copy; 2026</footer>\x0A</body></ht"
     "ml>\x0A"s,
     {"V p\u00E1tek byla otev\u0159ena nov\u00E1 l\u00E1vka pro p\u011B\u0161\u00ED a cyklisty p\u0159es \u0159eku. Stavba trvala necel\u00E9 dva roky a st\u00E1la p\u0159es dv\u011B st\u011B milion\u016F korun.",
      "Podle starosty l\u00E1vka spoj\u00ED dv\u011B \u010Dtvrti, kter\u00E9 dosud d\u011Blila jen ru\u0161n\u00E1 silnice. Chodci u\u0161et\u0159\u00ED a\u017E patn\u00E1ct minut.",
      "Ve\u010Der se na l\u00E1vce konal oh\u0148ostroj, na kter\u00FD se p\u0159i\u0161lo pod\u00EDvat n\u011Bkolik tis\u00EDc lid\u00ED."}},
    {"pl meta charset utf-8 and http-equiv iso-8859-2 disagree, bytes iso-8859-2",
     "<!DOCTYPE html>\x0A<html lang=\"pl\"><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Typ"
     "e\" content=\"text/html; charset=iso-8859-2\"><title>Nowa linia tramwajowa w Krakowie</title></he"
     "ad>\x0A<body>\x0A<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/contact\">Cont"
     "act</a></nav>\x0A<article><h1>Nowa linia tramwajowa w Krakowie</h1>\x0A<p>W sobot\xEA pasa\xBF""e"
     "rowie po raz pierwszy pojechali now\xB1 lini\xB1 tramwajow\xB1. Budowa trwa\xB3""a dwa lata i kos"
     "ztowa\xB3""a wi\xEA""cej, ni\xBF zak\xB3""adano.</p>\x0A<p>Wed\xB3ug urz\xEA""dnik\xF3w podr\xF3\xBF "
     "z dworca do szpitala skr\xF3""ci si\xEA o kwadrans. Tramwaje b\xEA""d\xB1 kursowa\xE6 co siedem m"
     "inut.</p>\x0A<p>Mieszka\xF1""cy chwal\xB1 ciche wagony, ale narzekaj\xB1 na brak zadaszonych przy"
     "stank\xF3w przy g\xB3\xF3wnej ulicy.</p>\x0A</article>\x0A<footer>&copy; 2026</footer>\x0A</body>"
     "</html>\x0A"s,
     {"W sobot\u0119 pasa\u017Cerowie po raz pierwszy pojechali now\u0105 lini\u0105 tramwajow\u0105. Budowa trwa\u0142a dwa lata i kosztowa\u0142a wi\u0119cej, ni\u017C zak\u0142adano.",
      "Wed\u0142ug urz\u0119dnik\u00F3w podr\u00F3\u017C z dworca do szpitala skr\u00F3ci si\u0119 o kwadrans. Tramwaje b\u0119d\u0105 kursowa\u0107 co siedem minut.",
      "Mieszka\u0144cy chwal\u0105 ciche wagony, ale narzekaj\u0105 na brak zadaszonych przystank\u00F3w przy g\u0142\u00F3wnej ulicy."}},
    {"ja meta says iso-8859-1, bytes are Shift_JIS",
     "<!DOCTYPE html>\x0A<html lang=\"ja\"><head><meta charset=\"iso-8859-1\"><title>\x8Es\x97\xA7\x90}"
     "\x8F\x91\x8A\xD9\x82\xAA\x90V\x82\xB5\x82\xAD\x8AJ\x8A\xD9</title></head>\x0A<body>\x0A<nav><a hr"
     "ef=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/contact\">Contact</a></nav>\x0A<article><"
     "h1>\x8Es\x97\xA7\x90}\x8F\x91\x8A\xD9\x82\xAA\x90V\x82\xB5\x82\xAD\x8AJ\x8A\xD9</h1>\x0A<p>\x8Es\x97\xA7\x90}"
     "\x8F\x91\x8A\xD9\x82\xCC\x90V\x82\xB5\x82\xA2\x8C\x9A\x95\xA8\x82\xAA\x93y\x97j\x93\xFA\x82\xC9\x8AJ"
     "\x8A\xD9\x82\xB5\x82\xDC\x82\xB5\x82\xBD\x81""B\x92\xA9\x82\xA9\x82\xE7\x91\xBD\x82\xAD\x82\xCC\x89\xC6\x91\xB0\x98"""
     "A\x82\xEA\x82\xAA\x96K\x82\xEA\x81""A\x93\xFC\x8C\xFB\x82\xC9\x82\xCD\x92\xB7\x82\xA2\x97\xF1\x82\xAA\x82\xC5\x82\xAB\x82"
     "\xDC\x82\xB5\x82\xBD\x81""B</p>\x0A<p>\x8A\xD9\x93\xE0\x82\xC9\x82\xCD\x96\xF1\x93\xF1\x8F\\\x96\x9C\x8D\xFB\x82\xCC\x96{"
     "\x82\xAA\x82\xA0\x82\xE8\x81""A\x8Eq\x82\xC7\x82\xE0\x8C\xFC\x82\xAF\x82\xCC\x93\xC7\x82\xDD\x95\xB7\x82\xA9\x82\xB9\x82\xCC"
     "\x95\x94\x89\xAE\x82\xE0\x97p\x88\xD3\x82\xB3\x82\xEA\x82\xC4\x82\xA2\x82\xDC\x82\xB7\x81""B\x8AJ"
     "\x8A\xD9\x8E\x9E\x8A\xD4\x82\xCD\x8C\xDF\x91O\x8B\xE3\x8E\x9E\x82\xA9\x82\xE7\x8C\xDF\x8C\xE3\x94\xAA\x8E\x9E\x82\xDC\x82"
     "\xC5\x82\xC5\x82\xB7\x81""B</p>\x0A<p>\x8A\xD9\x92\xB7\x82\xCD\x81u\x92n\x88\xE6\x82\xCC\x90l\x81X"
     "\x82\xAA\x8FW\x82\xDC\x82\xE9\x8F\xEA\x8F\x8A\x82\xC9\x82\xB5\x82\xBD\x82\xA2\x81v\x82\xC6\x98""b"
     "\x82\xB5\x82\xDC\x82\xB5\x82\xBD\x81""B\x97\x88\x8C\x8E\x82\xC9\x82\xCD\x8Du\x89\x89\x89\xEF\x82\xE0\x97\\"
     "\x92\xE8\x82\xB3\x82\xEA\x82\xC4\x82\xA2\x82\xDC\x82\xB7\x81""B</p>\x0A</article>\x0A<footer>&cop"
     "y; 2026</footer>\x0A</body></html>\x0A"s,
     {"\u5E02\u7ACB\u56F3\u66F8\u9928\u306E\u65B0\u3057\u3044\u5EFA\u7269\u304C\u571F\u66DC\u65E5\u306B\u958B\u9928\u3057\u307E\u3057\u305F\u3002\u671D\u304B\u3089\u591A\u304F\u306E\u5BB6\u65CF\u9023\u308C\u304C\u8A2A\u308C\u3001\u5165\u53E3\u306B\u306F\u9577\u3044\u5217\u304C\u3067\u304D\u307E\u3057\u305F\u3002",
      "\u9928\u5185\u306B\u306F\u7D04\u4E8C\u5341\u4E07\u518A\u306E\u672C\u304C\u3042\u308A\u3001\u5B50\u3069\u3082\u5411\u3051\u306E\u8AAD\u307F\u805E\u304B\u305B\u306E\u90E8\u5C4B\u3082\u7528\u610F\u3055\u308C\u3066\u3044\u307E\u3059\u3002\u958B\u9928\u6642\u9593\u306F\u5348\u524D\u4E5D\u6642\u304B\u3089\u5348\u5F8C\u516B\u6642\u307E\u3067\u3067\u3059\u3002",
      "\u9928\u9577\u306F\u300C\u5730\u57DF\u306E\u4EBA\u3005\u304C\u96C6\u307E\u308B\u5834\u6240\u306B\u3057\u305F\u3044\u300D\u3068\u8A71\u3057\u307E\u3057\u305F\u3002\u6765\u6708\u306B\u306F\u8B1B\u6F14\u4F1A\u3082\u4E88\u5B9A\u3055\u308C\u3066\u3044\u307E\u3059\u3002"}},
    {"ru meta says utf-8, bytes are KOI8-R",
     "<!DOCTYPE html>\x0A<html lang=\"ru\"><head><meta charset=\"utf-8\"><title>\xEE\xCF\xD7\xD9\xCA \xCD\xCF\xD3\xD4 "
     "\xDE\xC5\xD2\xC5\xDA \xD2\xC5\xCB\xD5 \xCF\xD4\xCB\xD2\xD9\xD4</title></head>\x0A<body>\x0A<nav><"
     "a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/contact\">Contact</a></nav>\x0A<artic"
     "le><h1>\xEE\xCF\xD7\xD9\xCA \xCD\xCF\xD3\xD4 \xDE\xC5\xD2\xC5\xDA \xD2\xC5\xCB\xD5 \xCF\xD4\xCB\xD2\xD9\xD4<"
     "/h1>\x0A<p>\xF7\xDE\xC5\xD2\xC1 \xD7\xC5\xDE\xC5\xD2\xCF\xCD \xD7 \xC7\xCF\xD2\xCF\xC4\xC5 \xCF\xD4\xCB\xD2\xD9\xCC\xC9 "
     "\xCE\xCF\xD7\xD9\xCA \xCD\xCF\xD3\xD4 \xDE\xC5\xD2\xC5\xDA \xD2\xC5\xCB\xD5. \xF3\xD4\xD2\xCF\xC9\xD4\xC5\xCC\xD8\xD3\xD4"
     "\xD7\xCF \xDA\xC1\xCE\xD1\xCC\xCF \xD0\xCF\xDE\xD4\xC9 \xD4\xD2\xC9 \xC7\xCF\xC4\xC1, \xC9 \xD6\xC9\xD4\xC5\xCC\xC9 "
     "\xC4\xC1\xD7\xCE\xCF \xD6\xC4\xC1\xCC\xC9 \xDC\xD4\xCF\xC7\xCF \xC4\xCE\xD1.</p>\x0A<p>\xF0\xCF \xD3\xCC\xCF\xD7\xC1\xCD "
     "\xCD\xDC\xD2\xC1, \xCD\xCF\xD3\xD4 \xD3\xCF\xCB\xD2\xC1\xD4\xC9\xD4 \xC4\xCF\xD2\xCF\xC7\xD5 \xC4\xCF "
     "\xC3\xC5\xCE\xD4\xD2\xC1 \xCE\xC1 \xC4\xD7\xC1\xC4\xC3\xC1\xD4\xD8 \xCD\xC9\xCE\xD5\xD4. \xE4\xD7\xC9\xD6\xC5\xCE\xC9\xC5"
     " \xD0\xCF \xCE\xC5\xCD\xD5 \xC2\xD5\xC4\xC5\xD4 \xC2\xC5\xD3\xD0\xCC\xC1\xD4\xCE\xD9\xCD \xC4\xCC\xD1 "
     "\xD7\xD3\xC5\xC8.</p>\x0A<p>\xE9\xCE\xD6\xC5\xCE\xC5\xD2\xD9 \xD2\xC1\xD3\xD3\xCB\xC1\xDA\xC1\xCC\xC9,"
     " \xDE\xD4\xCF \xCF\xD0\xCF\xD2\xD9 \xD2\xC1\xD3\xD3\xDE\xC9\xD4\xC1\xCE\xD9 \xCE\xC1 \xD3\xC9\xCC\xD8\xCE\xD9\xC5 "
     "\xD0\xC1\xD7\xCF\xC4\xCB\xC9 \xC9 \xCD\xCF\xD2\xCF\xDA\xD9. \xF3\xCC\xC5\xC4\xD5\xC0\xDD\xC9\xCD "
     "\xD0\xD2\xCF\xC5\xCB\xD4\xCF\xCD \xD3\xD4\xC1\xCE\xC5\xD4 \xD2\xC5\xCB\xCF\xCE\xD3\xD4\xD2\xD5\xCB\xC3\xC9\xD1 "
     "\xD3\xD4\xC1\xD2\xCF\xCA \xCE\xC1\xC2\xC5\xD2\xC5\xD6\xCE\xCF\xCA.</p>\x0A</article>\x0A<footer>&"
     "copy; 2026</footer>\x0A</body></html>\x0A"s,
     {"\u0412\u0447\u0435\u0440\u0430 \u0432\u0435\u0447\u0435\u0440\u043E\u043C \u0432 \u0433\u043E\u0440\u043E\u0434\u0435 \u043E\u0442\u043A\u0440\u044B\u043B\u0438 \u043D\u043E\u0432\u044B\u0439 \u043C\u043E\u0441\u0442 \u0447\u0435\u0440\u0435\u0437 \u0440\u0435\u043A\u0443. \u0421\u0442\u0440\u043E\u0438\u0442\u0435\u043B\u044C\u0441\u0442\u0432\u043E \u0437\u0430\u043D\u044F\u043B\u043E \u043F\u043E\u0447\u0442\u0438 \u0442\u0440\u0438 \u0433\u043E\u0434\u0430, \u0438 \u0436\u0438\u0442\u0435\u043B\u0438 \u0434\u0430\u0432\u043D\u043E \u0436\u0434\u0430\u043B\u0438 \u044D\u0442\u043E\u0433\u043E \u0434\u043D\u044F.",
      "\u041F\u043E \u0441\u043B\u043E\u0432\u0430\u043C \u043C\u044D\u0440\u0430, \u043C\u043E\u0441\u0442 \u0441\u043E\u043A\u0440\u0430\u0442\u0438\u0442 \u0434\u043E\u0440\u043E\u0433\u0443 \u0434\u043E \u0446\u0435\u043D\u0442\u0440\u0430 \u043D\u0430 \u0434\u0432\u0430\u0434\u0446\u0430\u0442\u044C \u043C\u0438\u043D\u0443\u0442. \u0414\u0432\u0438\u0436\u0435\u043D\u0438\u0435 \u043F\u043E \u043D\u0435\u043C\u0443 \u0431\u0443\u0434\u0435\u0442 \u0431\u0435\u0441\u043F\u043B\u0430\u0442\u043D\u044B\u043C \u0434\u043B\u044F \u0432\u0441\u0435\u0445.",
      "\u0418\u043D\u0436\u0435\u043D\u0435\u0440\u044B \u0440\u0430\u0441\u0441\u043A\u0430\u0437\u0430\u043B\u0438, \u0447\u0442\u043E \u043E\u043F\u043E\u0440\u044B \u0440\u0430\u0441\u0441\u0447\u0438\u0442\u0430\u043D\u044B \u043D\u0430 \u0441\u0438\u043B\u044C\u043D\u044B\u0435 \u043F\u0430\u0432\u043E\u0434\u043A\u0438 \u0438 \u043C\u043E\u0440\u043E\u0437\u044B. \u0421\u043B\u0435\u0434\u0443\u044E\u0449\u0438\u043C \u043F\u0440\u043E\u0435\u043A\u0442\u043E\u043C \u0441\u0442\u0430\u043D\u0435\u0442 \u0440\u0435\u043A\u043E\u043D\u0441\u0442\u0440\u0443\u043A\u0446\u0438\u044F \u0441\u0442\u0430\u0440\u043E\u0439 \u043D\u0430\u0431\u0435\u0440\u0435\u0436\u043D\u043E\u0439."}},
    {"is dense Icelandic, iso-8859-1 label true",
     "<!DOCTYPE html>\x0A<html lang=\"is\"><head><meta charset=\"iso-8859-1\"><title>N\xFD br\xFA yfir "
     "\xE1na opnu\xF0</title></head>\x0A<body>\x0A<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a"
     "> <a href=\"/contact\">Contact</a></nav>\x0A<article><h1>N\xFD br\xFA yfir \xE1na opnu\xF0</h1>\x0A<"
     "p>\xCD g\xE6r var n\xFD br\xFA yfir \xE1na opnu\xF0 vi\xF0 h\xE1t\xED\xF0lega ath\xF6""fn. \xCD"""
     "b\xFA""ar \xFEorpsins h\xF6""f\xF0u be\xF0i\xF0 eftir henni \xED m\xF6rg \xE1r.</p>\x0A<p>Br\xFAi"
     "n styttir lei\xF0ina til b\xE6jarins um tuttugu m\xEDn\xFAtur, s\xF6g\xF0u \xFE""eir sem \xF3ku f"
     "yrstir yfir hana.</p>\x0A<p>N\xE6sta verkefni er a\xF0 gera g\xF6ngust\xEDg me\xF0""fram \xE1nni,"
     " fr\xE1 br\xFAnni a\xF0 g\xF6mlu h\xF6""fninni.</p>\x0A</article>\x0A<footer>&copy; 2026</footer>"
     "\x0A</body></html>\x0A"s,
     {"\u00CD g\u00E6r var n\u00FD br\u00FA yfir \u00E1na opnu\u00F0 vi\u00F0 h\u00E1t\u00ED\u00F0lega ath\u00F6fn. \u00CDb\u00FAar \u00FEorpsins h\u00F6f\u00F0u be\u00F0i\u00F0 eftir henni \u00ED m\u00F6rg \u00E1r.",
      "Br\u00FAin styttir lei\u00F0ina til b\u00E6jarins um tuttugu m\u00EDn\u00FAtur, s\u00F6g\u00F0u \u00FEeir sem \u00F3ku fyrstir yfir hana.",
      "N\u00E6sta verkefni er a\u00F0 gera g\u00F6ngust\u00EDg me\u00F0fram \u00E1nni, fr\u00E1 br\u00FAnni a\u00F0 g\u00F6mlu h\u00F6fninni."}},
    {"pt dense Portuguese, windows-1252 label true",
     "<!DOCTYPE html>\x0A<html lang=\"pt\"><head><meta http-equiv=\"Content-Type\" content=\"text/html;"
     " charset=windows-1252\"><title>Nova ponte \xE9 inaugurada na regi\xE3o</title></head>\x0A<body>\x0A<"
     "nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/contact\">Contact</a></nav>\x0A<"
     "article><h1>Nova ponte \xE9 inaugurada na regi\xE3o</h1>\x0A<p>A nova ponte sobre o rio foi inaug"
     "urada ontem, ap\xF3s tr\xEAs anos de obras. Milhares de pessoas estiveram l\xE1.</p>\x0A<p>Segund"
     "o o prefeito, a liga\xE7\xE3o reduzir\xE1 em vinte minutos o trajeto at\xE9 o centro da cidade.</"
     "p>\x0A<p>As pr\xF3ximas obras incluem uma ciclovia e a recupera\xE7\xE3o das cal\xE7""adas pr\xF3x"
     "imas \xE0 esta\xE7\xE3o.</p>\x0A</article>\x0A<footer>&copy; 2026</footer>\x0A</body></html>\x0A"s,
     {"A nova ponte sobre o rio foi inaugurada ontem, ap\u00F3s tr\u00EAs anos de obras. Milhares de pessoas estiveram l\u00E1.",
      "Segundo o prefeito, a liga\u00E7\u00E3o reduzir\u00E1 em vinte minutos o trajeto at\u00E9 o centro da cidade.",
      "As pr\u00F3ximas obras incluem uma ciclovia e a recupera\u00E7\u00E3o das cal\u00E7adas pr\u00F3ximas \u00E0 esta\u00E7\u00E3o."}},
    {"en UTF-8 with a few cp1252 smart quotes",
     "<!DOCTYPE html>\x0A<html lang=\"en\"><head><meta charset=\"utf-8\"><title>The old mill reopens as"
     " a museum</title></head>\x0A<body>\x0A<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a h"
     "ref=\"/contact\">Contact</a></nav>\x0A<article><h1>The old mill reopens as a museum</h1>\x0A<p>Th"
     "e old mill on the river reopened on Saturday as a museum of local history. Hundreds of visitors q"
     "ueued before the doors opened.</p>\x0A<p>\x93We wanted people to see how flour was made here for "
     "two centuries,\x94 said the curator. Entry is free for children under twelve.</p>\x0A<p>The caf\xC3\xA9 "
     "on the ground floor serves bread baked from the mill\x92s own flour \x97 a detail visitors seem t"
     "o love.</p>\x0A</article>\x0A<footer>&copy; 2026</footer>\x0A</body></html>\x0A"s,
     {"The old mill on the river reopened on Saturday as a museum of local history. Hundreds of visitors queued before the doors opened.",
      "\u201CWe wanted people to see how flour was made here for two centuries,\u201D said the curator. Entry is free for children under twelve.",
      "The caf\u00E9 on the ground floor serves bread baked from the mill\u2019s own flour \u2014 a detail visitors seem to love."}},
    {"fr UTF-8 with one cp1252 apostrophe and guillemet",
     "<!DOCTYPE html>\x0A<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Le march\xC3\xA9 couver"
     "t rouvre ses portes</title></head>\x0A<body>\x0A<nav><a href=\"/\">Home</a> <a href=\"/news\">New"
     "s</a> <a href=\"/contact\">Contact</a></nav>\x0A<article><h1>Le march\xC3\xA9 couvert rouvre ses "
     "portes</h1>\x0A<p>Apr\xC3\xA8s dix-huit mois de travaux, le march\xC3\xA9 couvert a rouvert samed"
     "i matin. Les habitants \xC3\xA9taient nombreux \xC3\xA0 d\xC3\xA9""couvrir les \xC3\xA9tals r\xC3\xA9n"
     "ov\xC3\xA9s.</p>\x0A<p>\xAB C\x92""est plus lumineux qu\xE2\x80\x99""avant \xC2\xBB, confie une f"
     "leuriste install\xC3\xA9""e depuis vingt ans. Les loyers des commer\xC3\xA7""ants n\xE2\x80\x99on"
     "t pas augment\xC3\xA9.</p>\x0A<p>La mairie pr\xC3\xA9voit des concerts gratuits chaque premier di"
     "manche du mois, d\xC3\xA8s l\xE2\x80\x99\xC3\xA9t\xC3\xA9 prochain.</p>\x0A</article>\x0A<footer>"
     "&copy; 2026</footer>\x0A</body></html>\x0A"s,
     {"Apr\u00E8s dix-huit mois de travaux, le march\u00E9 couvert a rouvert samedi matin. Les habitants \u00E9taient nombreux \u00E0 d\u00E9couvrir les \u00E9tals r\u00E9nov\u00E9s.",
      "\u00AB C\u2019est plus lumineux qu\u2019avant \u00BB, confie une fleuriste install\u00E9e depuis vingt ans. Les loyers des commer\u00E7ants n\u2019ont pas augment\u00E9.",
      "La mairie pr\u00E9voit des concerts gratuits chaque premier dimanche du mois, d\u00E8s l\u2019\u00E9t\u00E9 prochain."}},
    {"en page about encodings quotes mojibake in <code>",
     "<!DOCTYPE html>\x0A<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Why text turns into moj"
     "ibake</title></head>\x0A<body>\x0A<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href="
     "\"/contact\">Contact</a></nav>\x0A<article><h1>Why text turns into mojibake</h1>\x0A<p>When a UTF"
     "-8 page is read as Windows-1252, the letter \xC3\xA9 turns into <code>\xC3\x83\xC2\xA9</code> and"
     " the apostrophe \xE2\x80\x99 into <code>\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2</code>; readers see this"
     " often in old forum posts.</p>\x0A<p>The fix is to decode the bytes with the right charset, not t"
     "o replace the strings <code>\xC3\x83\xC2\xBC</code> by hand, because the same bytes mean differen"
     "t things in other code pages.</p>\x0A<p>Declaring the charset in the HTTP header and in a meta el"
     "ement avoids the problem for every browser and crawler.</p>\x0A</article>\x0A<footer>&copy; 2026<"
     "/footer>\x0A</body></html>\x0A"s,
     {"When a UTF-8 page is read as Windows-1252, the letter \u00E9 turns into \u00C3\u00A9 and the apostrophe \u2019 into \u00E2\u20AC\u2122; readers see this often in old forum posts.",
      "The fix is to decode the bytes with the right charset, not to replace the strings \u00C3\u00BC by hand, because the same bytes mean different things in other code pages.",
      "Declaring the charset in the HTTP header and in a meta element avoids the problem for every browser and crawler."}},
};

struct Damaged {
    const char* name;
    std::string in, expected;
};

const std::vector<Damaged> kDamaged = {
    {"ru read as latin-1 (C1 controls)",
     "\u00D0\u009C\u00D0\u00BE\u00D1\u0081\u00D0\u00BA\u00D0\u00B2\u00D0\u00B0 \u00D0\u00B2\u00D1\u0081\u00D1\u0082\u00D1\u0080\u00D0\u00B5\u00D1\u0087\u00D0\u00B0\u00D0\u00B5\u00D1\u0082 \u00D0\u00B3\u00D0\u00BE\u00D1\u0081\u00D1\u0082\u00D0\u00B5\u00D0\u00B9 \u00D1\u0082\u00D1\u0091\u00D0\u00BF\u00D0\u00BB\u00D0\u00BE\u00D0\u00B9 \u00D0\u00BF\u00D0\u00BE\u00D0\u00B3\u00D0\u00BE\u00D0\u00B4\u00D0\u00BE\u00D0\u00B9 \u00D0\u00B8 \u00D0\u00BD\u00D0\u00BE\u00D0\u00B2\u00D1\u008B\u00D0\u00BC\u00D0\u00B8 \u00D0\u00B2\u00D1\u008B\u00D1\u0081\u00D1\u0082\u00D0\u00B0\u00D0\u00B2\u00D0\u00BA\u00D0\u00B0\u00D0\u00BC\u00D0\u00B8.",
     "\u041C\u043E\u0441\u043A\u0432\u0430 \u0432\u0441\u0442\u0440\u0435\u0447\u0430\u0435\u0442 \u0433\u043E\u0441\u0442\u0435\u0439 \u0442\u0451\u043F\u043B\u043E\u0439 \u043F\u043E\u0433\u043E\u0434\u043E\u0439 \u0438 \u043D\u043E\u0432\u044B\u043C\u0438 \u0432\u044B\u0441\u0442\u0430\u0432\u043A\u0430\u043C\u0438."},
    {"el read as latin-1",
     "\u00CE\u0097 \u00CE\u0098\u00CE\u00B5\u00CF\u0083\u00CF\u0083\u00CE\u00B1\u00CE\u00BB\u00CE\u00BF\u00CE\u00BD\u00CE\u00AF\u00CE\u00BA\u00CE\u00B7 \u00CE\u00B5\u00CE\u00AF\u00CE\u00BD\u00CE\u00B1\u00CE\u00B9 \u00CE\u00B7 \u00CE\u00B4\u00CE\u00B5\u00CF\u008D\u00CF\u0084\u00CE\u00B5\u00CF\u0081\u00CE\u00B7 \u00CE\u00BC\u00CE\u00B5\u00CE\u00B3\u00CE\u00B1\u00CE\u00BB\u00CF\u008D\u00CF\u0084\u00CE\u00B5\u00CF\u0081\u00CE\u00B7 \u00CF\u0080\u00CF\u008C\u00CE\u00BB\u00CE\u00B7 \u00CF\u0084\u00CE\u00B7\u00CF\u0082 \u00CE\u0095\u00CE\u00BB\u00CE\u00BB\u00CE\u00AC\u00CE\u00B4\u00CE\u00B1\u00CF\u0082.",
     "\u0397 \u0398\u03B5\u03C3\u03C3\u03B1\u03BB\u03BF\u03BD\u03AF\u03BA\u03B7 \u03B5\u03AF\u03BD\u03B1\u03B9 \u03B7 \u03B4\u03B5\u03CD\u03C4\u03B5\u03C1\u03B7 \u03BC\u03B5\u03B3\u03B1\u03BB\u03CD\u03C4\u03B5\u03C1\u03B7 \u03C0\u03CC\u03BB\u03B7 \u03C4\u03B7\u03C2 \u0395\u03BB\u03BB\u03AC\u03B4\u03B1\u03C2."},
    {"ar read as latin-1",
     "\u00D8\u00A7\u00D9\u0084\u00D9\u0082\u00D8\u00A7\u00D9\u0087\u00D8\u00B1\u00D8\u00A9 \u00D9\u0087\u00D9\u008A \u00D8\u00B9\u00D8\u00A7\u00D8\u00B5\u00D9\u0085\u00D8\u00A9 \u00D9\u0085\u00D8\u00B5\u00D8\u00B1 \u00D9\u0088\u00D8\u00A3\u00D9\u0083\u00D8\u00A8\u00D8\u00B1 \u00D9\u0085\u00D8\u00AF\u00D9\u0086\u00D9\u0087\u00D8\u00A7.",
     "\u0627\u0644\u0642\u0627\u0647\u0631\u0629 \u0647\u064A \u0639\u0627\u0635\u0645\u0629 \u0645\u0635\u0631 \u0648\u0623\u0643\u0628\u0631 \u0645\u062F\u0646\u0647\u0627."},
    {"he read as latin-1",
     "\u00D7\u0099\u00D7\u00A8\u00D7\u0095\u00D7\u00A9\u00D7\u009C\u00D7\u0099\u00D7\u009D \u00D7\u0094\u00D7\u0099\u00D7\u0090 \u00D7\u00A2\u00D7\u0099\u00D7\u00A8 \u00D7\u00A2\u00D7\u00AA\u00D7\u0099\u00D7\u00A7\u00D7\u0094 \u00D7\u00A2\u00D7\u009D \u00D7\u0094\u00D7\u0099\u00D7\u00A1\u00D7\u0098\u00D7\u0095\u00D7\u00A8\u00D7\u0099\u00D7\u0094 \u00D7\u0090\u00D7\u00A8\u00D7\u0095\u00D7\u009B\u00D7\u0094.",
     "\u05D9\u05E8\u05D5\u05E9\u05DC\u05D9\u05DD \u05D4\u05D9\u05D0 \u05E2\u05D9\u05E8 \u05E2\u05EA\u05D9\u05E7\u05D4 \u05E2\u05DD \u05D4\u05D9\u05E1\u05D8\u05D5\u05E8\u05D9\u05D4 \u05D0\u05E8\u05D5\u05DB\u05D4."},
    {"bg cp1252",
     "\u00D0\u00A1\u00D0\u00BE\u00D1\u201E\u00D0\u00B8\u00D1\u008F \u00D0\u00B5 \u00D1\u0081\u00D1\u201A\u00D0\u00BE\u00D0\u00BB\u00D0\u00B8\u00D1\u2020\u00D0\u00B0\u00D1\u201A\u00D0\u00B0 \u00D0\u00BD\u00D0\u00B0 \u00D0\u2018\u00D1\u0160\u00D0\u00BB\u00D0\u00B3\u00D0\u00B0\u00D1\u20AC\u00D0\u00B8\u00D1\u008F \u00D0\u00B8 \u00D0\u00BD\u00D0\u00B0\u00D0\u00B9-\u00D0\u00B3\u00D0\u00BE\u00D0\u00BB\u00D0\u00B5\u00D0\u00BC\u00D0\u00B8\u00D1\u008F\u00D1\u201A \u00D1\u009D \u00D0\u00B3\u00D1\u20AC\u00D0\u00B0\u00D0\u00B4.",
     "\u0421\u043E\u0444\u0438\u044F \u0435 \u0441\u0442\u043E\u043B\u0438\u0446\u0430\u0442\u0430 \u043D\u0430 \u0411\u044A\u043B\u0433\u0430\u0440\u0438\u044F \u0438 \u043D\u0430\u0439-\u0433\u043E\u043B\u0435\u043C\u0438\u044F\u0442 \u045D \u0433\u0440\u0430\u0434."},
    {"sr Cyrillic cp1252",
     "\u00D0\u2018\u00D0\u00B5\u00D0\u00BE\u00D0\u00B3\u00D1\u20AC\u00D0\u00B0\u00D0\u00B4 \u00D1\u02DC\u00D0\u00B5 \u00D0\u00B3\u00D0\u00BB\u00D0\u00B0\u00D0\u00B2\u00D0\u00BD\u00D0\u00B8 \u00D0\u00B3\u00D1\u20AC\u00D0\u00B0\u00D0\u00B4 \u00D0\u00A1\u00D1\u20AC\u00D0\u00B1\u00D0\u00B8\u00D1\u02DC\u00D0\u00B5.",
     "\u0411\u0435\u043E\u0433\u0440\u0430\u0434 \u0458\u0435 \u0433\u043B\u0430\u0432\u043D\u0438 \u0433\u0440\u0430\u0434 \u0421\u0440\u0431\u0438\u0458\u0435."},
    {"fa cp1252 (with ZWNJ)",
     "\u00D8\u00AA\u00D9\u2021\u00D8\u00B1\u00D8\u00A7\u00D9\u2020 \u00D9\u00BE\u00D8\u00A7\u00DB\u0152\u00D8\u00AA\u00D8\u00AE\u00D8\u00AA \u00D8\u00A7\u00DB\u0152\u00D8\u00B1\u00D8\u00A7\u00D9\u2020 \u00D9\u02C6 \u00D8\u00A8\u00D8\u00B2\u00D8\u00B1\u00DA\u00AF\u00E2\u20AC\u0152\u00D8\u00AA\u00D8\u00B1\u00DB\u0152\u00D9\u2020 \u00D8\u00B4\u00D9\u2021\u00D8\u00B1 \u00D8\u00A2\u00D9\u2020 \u00D8\u00A7\u00D8\u00B3\u00D8\u00AA.",
     "\u062A\u0647\u0631\u0627\u0646 \u067E\u0627\u06CC\u062A\u062E\u062A \u0627\u06CC\u0631\u0627\u0646 \u0648 \u0628\u0632\u0631\u06AF\u200C\u062A\u0631\u06CC\u0646 \u0634\u0647\u0631 \u0622\u0646 \u0627\u0633\u062A."},
    {"ru twice cp1252",
     "\u00C3\u0090\u00C5\u201C\u00C3\u0090\u00C2\u00BE\u00C3\u2018\u00C2\u0081\u00C3\u0090\u00C2\u00BA\u00C3\u0090\u00C2\u00B2\u00C3\u0090\u00C2\u00B0 \u00C3\u0090\u00C2\u00B2\u00C3\u2018\u00C2\u0081\u00C3\u2018\u00E2\u20AC\u0161\u00C3\u2018\u00E2\u201A\u00AC\u00C3\u0090\u00C2\u00B5\u00C3\u2018\u00E2\u20AC\u00A1\u00C3\u0090\u00C2\u00B0\u00C3\u0090\u00C2\u00B5\u00C3\u2018\u00E2\u20AC\u0161 \u00C3\u0090\u00C2\u00B3\u00C3\u0090\u00C2\u00BE\u00C3\u2018\u00C2\u0081\u00C3\u2018\u00E2\u20AC\u0161\u00C3\u0090\u00C2\u00B5\u00C3\u0090\u00C2\u00B9 \u00C3\u2018\u00E2\u20AC\u0161\u00C3\u2018\u00E2\u20AC\u02DC\u00C3\u0090\u00C2\u00BF\u00C3\u0090\u00C2\u00BB\u00C3\u0090\u00C2\u00BE\u00C3\u0090\u00C2\u00B9 \u00C3\u0090\u00C2\u00BF\u00C3\u0090\u00C2\u00BE\u00C3\u0090\u00C2\u00B3\u00C3\u0090\u00C2\u00BE\u00C3\u0090\u00C2\u00B4\u00C3\u0090\u00C2\u00BE\u00C3\u0090\u00C2\u00B9 \u00C3\u0090\u00C2\u00B8 \u00C3\u0090\u00C2\u00BD\u00C3\u0090\u00C2\u00BE\u00C3\u0090\u00C2\u00B2\u00C3\u2018\u00E2\u20AC\u00B9\u00C3\u0090\u00C2\u00BC\u00C3\u0090\u00C2\u00B8 \u00C3\u0090\u00C2\u00B2\u00C3\u2018\u00E2\u20AC\u00B9\u00C3\u2018\u00C2\u0081\u00C3\u2018\u00E2\u20AC\u0161\u00C3\u0090\u00C2\u00B0\u00C3\u0090\u00C2\u00B2\u00C3\u0090\u00C2\u00BA\u00C3\u0090\u00C2\u00B0\u00C3\u0090\u00C2\u00BC\u00C3\u0090\u00C2\u00B8.",
     "\u041C\u043E\u0441\u043A\u0432\u0430 \u0432\u0441\u0442\u0440\u0435\u0447\u0430\u0435\u0442 \u0433\u043E\u0441\u0442\u0435\u0439 \u0442\u0451\u043F\u043B\u043E\u0439 \u043F\u043E\u0433\u043E\u0434\u043E\u0439 \u0438 \u043D\u043E\u0432\u044B\u043C\u0438 \u0432\u044B\u0441\u0442\u0430\u0432\u043A\u0430\u043C\u0438."},
    {"el twice cp1252",
     "\u00C3\u017D\u00E2\u20AC\u201D \u00C3\u017D\u00CB\u0153\u00C3\u017D\u00C2\u00B5\u00C3\u008F\u00C6\u2019\u00C3\u008F\u00C6\u2019\u00C3\u017D\u00C2\u00B1\u00C3\u017D\u00C2\u00BB\u00C3\u017D\u00C2\u00BF\u00C3\u017D\u00C2\u00BD\u00C3\u017D\u00C2\u00AF\u00C3\u017D\u00C2\u00BA\u00C3\u017D\u00C2\u00B7 \u00C3\u017D\u00C2\u00B5\u00C3\u017D\u00C2\u00AF\u00C3\u017D\u00C2\u00BD\u00C3\u017D\u00C2\u00B1\u00C3\u017D\u00C2\u00B9 \u00C3\u017D\u00C2\u00B7 \u00C3\u017D\u00C2\u00B4\u00C3\u017D\u00C2\u00B5\u00C3\u008F\u00C2\u008D\u00C3\u008F\u00E2\u20AC\u017E\u00C3\u017D\u00C2\u00B5\u00C3\u008F\u00C2\u0081\u00C3\u017D\u00C2\u00B7 \u00C3\u017D\u00C2\u00BC\u00C3\u017D\u00C2\u00B5\u00C3\u017D\u00C2\u00B3\u00C3\u017D\u00C2\u00B1\u00C3\u017D\u00C2\u00BB\u00C3\u008F\u00C2\u008D\u00C3\u008F\u00E2\u20AC\u017E\u00C3\u017D\u00C2\u00B5\u00C3\u008F\u00C2\u0081\u00C3\u017D\u00C2\u00B7 \u00C3\u008F\u00E2\u201A\u00AC\u00C3\u008F\u00C5\u2019\u00C3\u017D\u00C2\u00BB\u00C3\u017D\u00C2\u00B7 \u00C3\u008F\u00E2\u20AC\u017E\u00C3\u017D\u00C2\u00B7\u00C3\u008F\u00E2\u20AC\u0161 \u00C3\u017D\u00E2\u20AC\u00A2\u00C3\u017D\u00C2\u00BB\u00C3\u017D\u00C2\u00BB\u00C3\u017D\u00C2\u00AC\u00C3\u017D\u00C2\u00B4\u00C3\u017D\u00C2\u00B1\u00C3\u008F\u00E2\u20AC\u0161.",
     "\u0397 \u0398\u03B5\u03C3\u03C3\u03B1\u03BB\u03BF\u03BD\u03AF\u03BA\u03B7 \u03B5\u03AF\u03BD\u03B1\u03B9 \u03B7 \u03B4\u03B5\u03CD\u03C4\u03B5\u03C1\u03B7 \u03BC\u03B5\u03B3\u03B1\u03BB\u03CD\u03C4\u03B5\u03C1\u03B7 \u03C0\u03CC\u03BB\u03B7 \u03C4\u03B7\u03C2 \u0395\u03BB\u03BB\u03AC\u03B4\u03B1\u03C2."},
    {"ar twice cp1252",
     "\u00C3\u02DC\u00C2\u00A7\u00C3\u2122\u00E2\u20AC\u017E\u00C3\u2122\u00E2\u20AC\u0161\u00C3\u02DC\u00C2\u00A7\u00C3\u2122\u00E2\u20AC\u00A1\u00C3\u02DC\u00C2\u00B1\u00C3\u02DC\u00C2\u00A9 \u00C3\u2122\u00E2\u20AC\u00A1\u00C3\u2122\u00C5\u00A0 \u00C3\u02DC\u00C2\u00B9\u00C3\u02DC\u00C2\u00A7\u00C3\u02DC\u00C2\u00B5\u00C3\u2122\u00E2\u20AC\u00A6\u00C3\u02DC\u00C2\u00A9 \u00C3\u2122\u00E2\u20AC\u00A6\u00C3\u02DC\u00C2\u00B5\u00C3\u02DC\u00C2\u00B1 \u00C3\u2122\u00CB\u2020\u00C3\u02DC\u00C2\u00A3\u00C3\u2122\u00C6\u2019\u00C3\u02DC\u00C2\u00A8\u00C3\u02DC\u00C2\u00B1 \u00C3\u2122\u00E2\u20AC\u00A6\u00C3\u02DC\u00C2\u00AF\u00C3\u2122\u00E2\u20AC\u00A0\u00C3\u2122\u00E2\u20AC\u00A1\u00C3\u02DC\u00C2\u00A7.",
     "\u0627\u0644\u0642\u0627\u0647\u0631\u0629 \u0647\u064A \u0639\u0627\u0635\u0645\u0629 \u0645\u0635\u0631 \u0648\u0623\u0643\u0628\u0631 \u0645\u062F\u0646\u0647\u0627."},
    {"ru cp1252 then latin-1",
     "\u00C3\u0090\u00C5\u0093\u00C3\u0090\u00C2\u00BE\u00C3\u0091\u00C2\u0081\u00C3\u0090\u00C2\u00BA\u00C3\u0090\u00C2\u00B2\u00C3\u0090\u00C2\u00B0 \u00C3\u0090\u00C2\u00B2\u00C3\u0091\u00C2\u0081\u00C3\u0091\u00E2\u0080\u009A\u00C3\u0091\u00E2\u0082\u00AC\u00C3\u0090\u00C2\u00B5\u00C3\u0091\u00E2\u0080\u00A1\u00C3\u0090\u00C2\u00B0\u00C3\u0090\u00C2\u00B5\u00C3\u0091\u00E2\u0080\u009A \u00C3\u0090\u00C2\u00B3\u00C3\u0090\u00C2\u00BE\u00C3\u0091\u00C2\u0081\u00C3\u0091\u00E2\u0080\u009A\u00C3\u0090\u00C2\u00B5\u00C3\u0090\u00C2\u00B9 \u00C3\u0091\u00E2\u0080\u009A\u00C3\u0091\u00E2\u0080\u0098\u00C3\u0090\u00C2\u00BF\u00C3\u0090\u00C2\u00BB\u00C3\u0090\u00C2\u00BE\u00C3\u0090\u00C2\u00B9 \u00C3\u0090\u00C2\u00BF\u00C3\u0090\u00C2\u00BE\u00C3\u0090\u00C2\u00B3\u00C3\u0090\u00C2\u00BE\u00C3\u0090\u00C2\u00B4\u00C3\u0090\u00C2\u00BE\u00C3\u0090\u00C2\u00B9 \u00C3\u0090\u00C2\u00B8 \u00C3\u0090\u00C2\u00BD\u00C3\u0090\u00C2\u00BE\u00C3\u0090\u00C2\u00B2\u00C3\u0091\u00E2\u0080\u00B9\u00C3\u0090\u00C2\u00BC\u00C3\u0090\u00C2\u00B8 \u00C3\u0090\u00C2\u00B2\u00C3\u0091\u00E2\u0080\u00B9\u00C3\u0091\u00C2\u0081\u00C3\u0091\u00E2\u0080\u009A\u00C3\u0090\u00C2\u00B0\u00C3\u0090\u00C2\u00B2\u00C3\u0090\u00C2\u00BA\u00C3\u0090\u00C2\u00B0\u00C3\u0090\u00C2\u00BC\u00C3\u0090\u00C2\u00B8.",
     "\u041C\u043E\u0441\u043A\u0432\u0430 \u0432\u0441\u0442\u0440\u0435\u0447\u0430\u0435\u0442 \u0433\u043E\u0441\u0442\u0435\u0439 \u0442\u0451\u043F\u043B\u043E\u0439 \u043F\u043E\u0433\u043E\u0434\u043E\u0439 \u0438 \u043D\u043E\u0432\u044B\u043C\u0438 \u0432\u044B\u0441\u0442\u0430\u0432\u043A\u0430\u043C\u0438."},
    {"ru one damaged word in correct Russian",
     "\u041C\u043E\u0441\u043A\u0432\u0430 \u0432\u0441\u0442\u0440\u0435\u0447\u0430\u0435\u0442 \u00D0\u00B3\u00D0\u00BE\u00D1\u0081\u00D1\u201A\u00D0\u00B5\u00D0\u00B9 \u0442\u0451\u043F\u043B\u043E\u0439 \u043F\u043E\u0433\u043E\u0434\u043E\u0439 \u0438 \u043D\u043E\u0432\u044B\u043C\u0438 \u0432\u044B\u0441\u0442\u0430\u0432\u043A\u0430\u043C\u0438.",
     "\u041C\u043E\u0441\u043A\u0432\u0430 \u0432\u0441\u0442\u0440\u0435\u0447\u0430\u0435\u0442 \u0433\u043E\u0441\u0442\u0435\u0439 \u0442\u0451\u043F\u043B\u043E\u0439 \u043F\u043E\u0433\u043E\u0434\u043E\u0439 \u0438 \u043D\u043E\u0432\u044B\u043C\u0438 \u0432\u044B\u0441\u0442\u0430\u0432\u043A\u0430\u043C\u0438."},
    {"el one damaged word in correct Greek",
     "\u0397 \u00CE\u02DC\u00CE\u00B5\u00CF\u0192\u00CF\u0192\u00CE\u00B1\u00CE\u00BB\u00CE\u00BF\u00CE\u00BD\u00CE\u00AF\u00CE\u00BA\u00CE\u00B7 \u03B5\u03AF\u03BD\u03B1\u03B9 \u03B7 \u03B4\u03B5\u03CD\u03C4\u03B5\u03C1\u03B7 \u03BC\u03B5\u03B3\u03B1\u03BB\u03CD\u03C4\u03B5\u03C1\u03B7 \u03C0\u03CC\u03BB\u03B7 \u03C4\u03B7\u03C2 \u0395\u03BB\u03BB\u03AC\u03B4\u03B1\u03C2.",
     "\u0397 \u0398\u03B5\u03C3\u03C3\u03B1\u03BB\u03BF\u03BD\u03AF\u03BA\u03B7 \u03B5\u03AF\u03BD\u03B1\u03B9 \u03B7 \u03B4\u03B5\u03CD\u03C4\u03B5\u03C1\u03B7 \u03BC\u03B5\u03B3\u03B1\u03BB\u03CD\u03C4\u03B5\u03C1\u03B7 \u03C0\u03CC\u03BB\u03B7 \u03C4\u03B7\u03C2 \u0395\u03BB\u03BB\u03AC\u03B4\u03B1\u03C2."},
    {"fr damaged and correct accents in one sentence",
     "Le caf\u00E9 est ouvert mais le th\u00C3\u00A9\u00C3\u00A2tre est ferm\u00E9.",
     "Le caf\u00E9 est ouvert mais le th\u00E9\u00E2tre est ferm\u00E9."},
    {"de damaged quotes beside correct umlauts",
     "Er sagte: \u00E2\u20AC\u017EGr\u00C3\u00BC\u00C3\u0178e aus K\u00F6ln\u201C und l\u00E4chelte.",
     "Er sagte: \u201EGr\u00FC\u00DFe aus K\u00F6ln\u201C und l\u00E4chelte."},
    {"en one damaged apostrophe among correct ones",
     "It\u2019s late, and the shop\u00E2\u20AC\u2122s closed; we\u2019ll come back.",
     "It\u2019s late, and the shop\u2019s closed; we\u2019ll come back."},
    {"pt cp1252 in sentence with correct \u00C3O capitals",
     "JO\u00C3O disse que n\u00C3\u00A3o sabia.",
     "JO\u00C3O disse que n\u00E3o sabia."},
    {"double-escaped &amp;uuml;",
     "Die Gr&amp;uuml;nen haben gewonnen.",
     "Die Gr\u00FCnen haben gewonnen."},
    {"double-escaped &amp;rsquo; and &amp;hellip;",
     "We&amp;rsquo;re done&amp;hellip; for now.",
     "We\u2019re done\u2026 for now."},
    {"double-escaped hex &amp;#x2014;",
     "Paris &amp;#x2014; Lyon en deux heures.",
     "Paris \u2014 Lyon en deux heures."},
    {"triple-escaped &amp;amp;eacute;",
     "La soir&amp;amp;eacute;e commence.",
     "La soir\u00E9e commence."},
    {"double-escaped Cyrillic decimal",
     "&amp;#1052;&amp;#1080;&amp;#1088; is peace.",
     "\u041C\u0438\u0440 is peace."},
    {"NFD Vietnamese sentence",
     "Ha\u0300 No\u0323\u0302i la\u0300 thu\u0309 \u0111o\u0302 cu\u0309a nu\u031Bo\u031B\u0301c Co\u0323\u0302ng ho\u0300a Xa\u0303 ho\u0323\u0302i chu\u0309 nghi\u0303a Vie\u0323\u0302t Nam.",
     "H\u00E0 N\u1ED9i l\u00E0 th\u1EE7 \u0111\u00F4 c\u1EE7a n\u01B0\u1EDBc C\u1ED9ng h\u00F2a X\u00E3 h\u1ED9i ch\u1EE7 ngh\u0129a Vi\u1EC7t Nam."},
    {"decomposed Hangul jamo",
     "\u1109\u1165\u110B\u116E\u11AF\u110B\u1173\u11AB \u1103\u1162\u1112\u1161\u11AB\u1106\u1175\u11AB\u1100\u116E\u11A8\u110B\u1174 \u1109\u116E\u1103\u1169\u110B\u1175\u1106\u1167 \u1100\u1161\u110C\u1161\u11BC \u110F\u1173\u11AB \u1103\u1169\u1109\u1175\u110B\u1175\u11B8\u1102\u1175\u1103\u1161.",
     "\uC11C\uC6B8\uC740 \uB300\uD55C\uBBFC\uAD6D\uC758 \uC218\uB3C4\uC774\uBA70 \uAC00\uC7A5 \uD070 \uB3C4\uC2DC\uC785\uB2C8\uB2E4."},
    {"NFD Polish and Czech",
     "Z\u0301ro\u0301d\u0142o i r\u030Ceka p\u0142yna\u0328 obok.",
     "\u0179r\u00F3d\u0142o i \u0159eka p\u0142yn\u0105 obok."},
    {"soft hyphens inside Russian words",
     "\u0413\u043E\u0441\u0443\u00AD\u0434\u0430\u0440\u00AD\u0441\u0442\u0432\u0435\u043D\u00AD\u043D\u044B\u0439 \u043C\u0443\u0437\u0435\u0439 \u043E\u0442\u043A\u0440\u044B\u0442.",
     "\u0413\u043E\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u0435\u043D\u043D\u044B\u0439 \u043C\u0443\u0437\u0435\u0439 \u043E\u0442\u043A\u0440\u044B\u0442."},
    {"zero-width spaces inside German words",
     "Die Bundes\u200Bregierung hat die Haus\u200Bhalts\u200Bdebatte vertagt.",
     "Die Bundesregierung hat die Haushaltsdebatte vertagt."},
    {"ZWNBSP (U+FEFF) inside a word",
     "The pass\uFEFFword is not stored.",
     "The password is not stored."},
    {"bidi isolates around numbers",
     "Call \u2066+1 555 0100\u2069 or visit room \u2068204\u2069.",
     "Call +1 555 0100 or visit room 204."},
    {"bidi embedding around a number in Arabic",
     "\u0627\u0644\u0633\u0639\u0631 \u202A250\u202C \u062F\u0648\u0644\u0627\u0631 \u0641\u0642\u0637.",
     "\u0627\u0644\u0633\u0639\u0631 250 \u062F\u0648\u0644\u0627\u0631 \u0641\u0642\u0637."},
    {"RLM/LRM around a year in Latin text",
     "Founded in \u200F1998\u200E, the firm grew fast.",
     "Founded in 1998, the firm grew fast."},
    {"cp1252 quotes read as latin-1 (C1 controls) in correct text",
     "He called it \u0093the best year\u0094 \u0096 twice.",
     "He called it \u201Cthe best year\u201D \u2013 twice."},
    {"cp1252 euro and ellipsis read as latin-1",
     "Only 5\u0080\u0085 really.",
     "Only 5\u20AC\u2026 really."},
    {"cp1252 apostrophes read as latin-1 in French",
     "L\u0092\u00E9t\u00E9 et l\u0092hiver.",
     "L\u2019\u00E9t\u00E9 et l\u2019hiver."},
    {"full-width ASCII words in English",
     "Order now: \uFF26\uFF32\uFF25\uFF25 shipping on all items.",
     "Order now: FREE shipping on all items."},
    {"full-width digits and letters in German",
     "Die Linie \uFF35\uFF12 f\u00E4hrt alle \uFF15 Minuten.",
     "Die Linie U2 f\u00E4hrt alle 5 Minuten."},
};

struct Lookalike {
    const char* name;
    std::string text;
};

const std::vector<Lookalike> kLookalikes = {
    {"pt JO\u00C3O and CONCEI\u00C7\u00C3O", "JO\u00C3O DA CONCEI\u00C7\u00C3O CHEGOU ONTEM."},
    {"pt GUIMAR\u00C3ES", "A CIDADE DE GUIMAR\u00C3ES \u00C9 HIST\u00D3RICA."},
    {"pt AMANH\u00C3 before a closing quote", "Ele gritou: \u201CAT\u00C9 AMANH\u00D4 e saiu."},
    {"pt ALEM\u00C3 before an ellipsis", "A PALAVRA \u00C9 ALEM\u00C3\u2026 OU N\u00C3O?"},
    {"pt M\u00C3E before a comma", "M\u00C3E, PAI E IRM\u00C3OS."},
    {"es ESPA\u00D1A and A\u00D1O", "ESPA\u00D1A GAN\u00D3 EL A\u00D1O PASADO."},
    {"ca l\u00B7l", "El col\u00B7legi de la Vall d\u2019Aran \u00E9s a Lleida."},
    {"fr CH\u00C2TEAU and \u0152UVRE", "LE CH\u00C2TEAU ET SES \u0152UVRES D\u2019ART."},
    {"de capital \u1E9E", "STRA\u1E9EE UND GR\u00DC\u1E9EE."},
    {"ZWJ emoji: technologist with skin tone", "Meet our coder \U0001F469\U0001F3FD\u200D\U0001F4BB and her team."},
    {"ZWJ emoji: people holding hands, heart on fire", "Friends \U0001F9D1\u200D\U0001F91D\u200D\U0001F9D1 forever \u2764\uFE0F\u200D\U0001F525."},
    {"variation selectors text and emoji", "Call \u260E\uFE0F or write \u2709\uFE0E today; done \u2714\uFE0E."},
    {"ideographic variation selector", "\u845B\U000E0100\u98FE\u533A\u306E\u5929\u6C17\u3067\u3059\u3002"},
    {"keycap sequence", "Press 1\uFE0F\u20E3 then #\uFE0F\u20E3 to continue."},
    {"flag sequences", "Teams from \U0001F1EB\U0001F1F7 and \U0001F1EF\U0001F1F5 played."},
    {"tr dotless and dotted I", "KIRIKKALE'de \u0131l\u0131k bir g\u00FCn; \u0130zmir'de ya\u011Fmur var."},
    {"az \u0259", "Az\u0259rbaycan dili \u00E7ox g\u00F6z\u0259ldir."},
    {"ja full-width digits", "\u7B2C\uFF12\u56DE\u4F1A\u8B70\u306F\uFF13\u6708\uFF11\uFF15\u65E5\u306B\u958B\u50AC\u3055\u308C\u307E\u3059\u3002"},
    {"zh full-width digits and percent", "\u4EF7\u683C\u4E0A\u6DA8\u4E86\uFF11\uFF12\uFF05\uFF0C\u8FBE\u5230\uFF13\uFF10\uFF10\u5143\u3002"},
    {"ja full-width parentheses and colon", "\u4F1A\u8B70\uFF08\u6771\u4EAC\uFF09\uFF1A\u5348\u5F8C\uFF13\u6642\u304B\u3089\u3002"},
    {"ar tatweel", "\u0645\u0640\u0631\u062D\u0640\u0628\u0640\u0627 \u0628\u0640\u0643\u0640\u0645 \u0641\u064A \u0627\u0644\u0640\u0645\u0640\u0648\u0642\u0640\u0639."},
    {"ar harakat", "\u0628\u0650\u0633\u0652\u0645\u0650 \u0627\u0644\u0644\u064E\u0651\u0647\u0650 \u0627\u0644\u0631\u064E\u0651\u062D\u0652\u0645\u064E\u0670\u0646\u0650 \u0627\u0644\u0631\u064E\u0651\u062D\u0650\u064A\u0645\u0650"},
    {"he niqqud", "\u05D1\u05B0\u05BC\u05E8\u05B5\u05D0\u05E9\u05B4\u05C1\u05D9\u05EA \u05D1\u05B8\u05BC\u05E8\u05B8\u05D0 \u05D0\u05B1\u05DC\u05B9\u05D4\u05B4\u05D9\u05DD"},
    {"math alphanumerics", "Let \U0001D453(\U0001D465) = \U0001D465\u00B2 over \u211D, with \U0001D53D a field."},
    {"math operators", "\u2200x \u2208 \u2115: \u222B\u2080\u00B9 x dx = \u00BD and A \u2286 B \u21D4 A \u2229 B = A."},
    {"sub- and superscripts", "H\u2082O and CO\u2082 at 10\u207B\u00B3 mol."},
    {"Devanagari with nukta and ZWJ", "\u0915\u093C\u093F\u0932\u093E \u0914\u0930 \u091C\u093C\u092E\u0940\u0928 \u0915\u094D\u200D\u0937\u0964"},
    {"Sinhala ZWJ conjunct", "\u0DC1\u0DCA\u200D\u0DBB\u0DD3 \u0DBD\u0D82\u0D9A\u0DCF\u0DC0"},
    {"Japanese with prolonged sound mark", "\u30B3\u30FC\u30D2\u30FC\u3068\u30B1\u30FC\u30AD\u3001\u30E9\u30FC\u30E1\u30F3\u3002"},
    {"Korean syllables", "\uD55C\uAD6D\uC5B4 \uD14D\uC2A4\uD2B8\uB294 \uADF8\uB300\uB85C \uB0A8\uC544\uC57C \uD569\uB2C8\uB2E4."},
    {"Greek tonos and dialytika", "\u039F\u03B9 \u0395\u03C5\u03C1\u03C9\u03C0\u03B1\u0390\u03BF\u03B9 \u03BA\u03B1\u03B9 \u03B7 \u03C0\u03C1\u03BF\u03CB\u03C0\u03CC\u03B8\u03B5\u03C3\u03B7."},
    {"Vietnamese NFC capitals", "H\u00C0 N\u1ED8I V\u00C0 TH\u00C0NH PH\u1ED0 H\u1ED2 CH\u00CD MINH."},
    {"Thai with tone marks", "\u0E20\u0E32\u0E29\u0E32\u0E44\u0E17\u0E22\u0E21\u0E35\u0E27\u0E23\u0E23\u0E13\u0E22\u0E38\u0E01\u0E15\u0E4C\u0E2A\u0E35\u0E48\u0E23\u0E39\u0E1B"},
    {"Cyrillic with Latin abbreviation", "\u041A\u043E\u043C\u043F\u0430\u043D\u0438\u044F IBM \u043E\u0442\u043A\u0440\u044B\u043B\u0430 \u043E\u0444\u0438\u0441 \u0432 \u041C\u043E\u0441\u043A\u0432\u0435."},
    {"en dash and em dash prose", "Pages 10\u201312 \u2014 see the appendix."},
    {"degree, micro, ohm", "25 \u00B0C, 5 \u00B5m and 10 \u03A9."},
    {"ampersands in abbreviations", "Q&A, P&L and the S&P 500 rose; AT&amp T fell."},
    {"a single C-cedilla sentence", "\u00C7a ne co\u00FBte que 3 \u20AC."},

};

constexpr int kPagesFloor = 30;
constexpr int kRepairedFloor = 36;
constexpr int kLookalikesKeptFloor = 38;

}  // namespace

TEST_CASE("fresh pages as bytes: every article paragraph comes out exactly") {
    int passed = 0;
    for (const auto& p : kPages) {
        const winnow::Result r = winnow::clean(p.bytes);
        std::string out = r.ok() ? std::string() : "(refused: " + r.error + ")";
        winnow::test::all_block_text(r.document.body, out);
        int missing = 0;
        for (const auto& para : p.paragraphs) {
            if (!winnow::test::has(out, para)) ++missing;
        }
        if (missing == 0) ++passed;
        else std::printf("  page not exact: %s: %d of %zu paragraphs missing; got: %.300s\n", p.name, missing,
                         p.paragraphs.size(), out.c_str());
    }
    std::printf("fresh pages %zu: exact %d\n", kPages.size(), passed);
    CHECK(kPages.size() >= 30);
    CHECK(passed >= kPagesFloor);
}

TEST_CASE("fresh damage round 6: repaired exactly, partly, untouched") {
    int exact = 0, partly = 0, untouched = 0;
    for (const auto& c : kDamaged) {
        const std::string out = normalize_text(c.in, UnicodeOptions{});
        if (out == c.expected) ++exact;
        else if (out != c.in) ++partly;
        else ++untouched;
        if (out != c.expected) std::printf("  damaged, not repaired: %s: %s\n", c.name, out.c_str());
    }
    std::printf("fresh damaged %zu: exact %d, partly %d, untouched %d\n", kDamaged.size(), exact, partly, untouched);
    CHECK(kDamaged.size() >= 30);
    CHECK(exact >= kRepairedFloor);
}

TEST_CASE("fresh look-alikes round 6 come out unchanged") {
    int kept = 0;
    for (const auto& c : kLookalikes) {
        const std::string out = normalize_text(c.text, UnicodeOptions{});
        if (out == c.text) ++kept;
        else std::printf("  look-alike changed: %s: %s\n", c.name, out.c_str());
    }
    std::printf("fresh look-alikes %zu: kept %d\n", kLookalikes.size(), kept);
    CHECK(kLookalikes.size() >= 30);
    CHECK(kept >= kLookalikesKeptFloor);
}
