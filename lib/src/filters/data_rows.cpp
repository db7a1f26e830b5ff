// Rows of a data file pasted as text, read token by token for the garbage detector
// (filters/debris_tokens.cpp, filters/garbage_runs.cpp, filters/markup_source.cpp): a machine's
// row of numbers, and a row of fields of any kind.
#include <algorithm>

#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens {

// A row of numbers written out by a machine: six or more numbers joined by ',' or ';' without
// spaces, two or more with a fraction ("2019,4.51,3.98,0.112,77,1203"; with ';' between, the
// fraction may be written with a comma: "12,4;13,1;…"). Prose puts a space after its commas.
bool number_row(std::string_view t) {
    while (!t.empty() && (t.back() == '.' || t.back() == ',' || t.back() == ';')) t.remove_suffix(1);
    if (t.size() < 11) return false;
    const char sep = t.find(';') != std::string_view::npos ? ';' : ',';
    std::size_t fields = 0, fractions = 0;
    for (std::size_t p = 0; p <= t.size();) {
        std::size_t e = t.find(sep, p);
        if (e == std::string_view::npos) e = t.size();
        std::string_view f = t.substr(p, e - p);
        if (!f.empty() && (f.front() == '-' || f.front() == '+')) f.remove_prefix(1);
        const std::size_t mark = f.find_first_of(sep == ';' ? ".," : ".");
        const std::string_view whole = f.substr(0, mark), part = mark == std::string_view::npos ? "" : f.substr(mark + 1);
        if (whole.empty() || !std::all_of(whole.begin(), whole.end(), is_dig)) return false;
        if (mark != std::string_view::npos && (part.empty() || !std::all_of(part.begin(), part.end(), is_dig))) return false;
        ++fields;
        fractions += mark != std::string_view::npos;
        p = e + 1;
    }
    return fields >= 6 && fractions >= 2;
}

// A row of a data file: three or more fields joined by ';' or ',' without a space
// ("id;nume;judet", "2023-01-04,14.2,0.83"), no field empty, none with a sentence's marks.
// Prose puts a space after its commas and semicolons, and a number grouped in thousands
// ("1,234,567") is no row. The number of fields and the separator, or 0.
std::size_t row_fields(std::string_view s, char& sep) {
    while (!s.empty() && (s.back() == '.' || s.back() == ',' || s.back() == ';')) s.remove_suffix(1);
    // Three fields need two separators of one kind (';' when there is one): most tokens, words
    // of prose, have none, and one count of both decides it without reading their fields.
    std::size_t semicolons = 0, commas = 0;
    for (const char c : s) semicolons += c == ';', commas += c == ',';
    sep = semicolons > 0 ? ';' : ',';
    if ((sep == ';' ? semicolons : commas) < 2) return 0;
    std::size_t count = 1;
    bool grouped = true;  // every field after the first three digits: a number, not a row
    for (std::size_t p = 0, f = 0; p <= s.size(); ++p) {
        if (p < s.size() && s[p] != sep) {
            const char c = s[p];
            if (!(is_alpha(c) || is_dig(c) || c == '.' || c == '-' || c == '_' || c == ':' || c == '/' ||
                  static_cast<unsigned char>(c) >= 0x80))
                return 0;
            continue;
        }
        if (p == f) return 0;  // an empty field
        if (f > 0) {
            ++count;
            grouped = grouped && p - f == 3 && std::all_of(s.begin() + static_cast<std::ptrdiff_t>(f), s.begin() + static_cast<std::ptrdiff_t>(p), is_dig);
        }
        f = p + 1;
    }
    return count >= 3 && !grouped ? count : 0;
}

}  // namespace winnow::detail::garbage_tokens
