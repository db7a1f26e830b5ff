// Whether a text opens with a quotation mark, of any script's typography: a pull quote and a
// quotation over its source line both open with one. One set for every stage that asks.
#pragma once
#include <string_view>

namespace winnow::detail {

// The marks a quotation opens with: straight double and single quotes (typed text: "…", '…'),
// English and German curly ones (“…”, „…“, ‘…’, ‚…‘), guillemets both ways («…», »…«, ‹…›),
// and CJK corner brackets (「…」, 『…』). An elided word's apostrophe ("'tis") opens with a
// straight quote too; a block of it over a dash-led source line or between prose paragraphs is
// rare enough to ignore.
inline constexpr std::string_view kQuoteOpeners[] = {"\"",     "'",      "\u201C", "\u201E", "\u00AB", "\u00BB",
                                                     "\u2018", "\u201A", "\u300C", "\u300E", "\u2039"};

// t, past leading white space (space, tab, line feed, carriage return, form feed), opens with
// one of kQuoteOpeners.
inline bool opens_with_quote_mark(std::string_view t) {
    while (!t.empty() && (t.front() == ' ' || t.front() == '\n' || t.front() == '\t' || t.front() == '\r' || t.front() == '\f'))
        t.remove_prefix(1);
    for (const std::string_view m : kQuoteOpeners)
        if (t.starts_with(m)) return true;
    return false;
}

}  // namespace winnow::detail
