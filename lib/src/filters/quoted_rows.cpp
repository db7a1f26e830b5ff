// Rows of a data file whose fields are quoted ("id","nome","cidade"): found whole on the text
// before the garbage filter reads tokens, since a quoted field may hold spaces ("Ana Souza")
// and the separator ("12,50"). A writer of CSV joins quoted fields with its separator and no
// space; prose that quotes words in a row puts a space after each comma ("a", "b", "c").
#include <string_view>
#include <vector>

#include "ascii.hpp"
#include "filters/filters.hpp"

namespace winnow::detail {

namespace {

constexpr std::size_t kFieldBytes = 96;  // a quoted field longer than this is a quotation

// The end of one field from p (a quoted string without a line break in it, or a bare value
// without spaces, quotes or separators), or npos; quoted tells which.
std::size_t field_end(std::string_view t, std::size_t p, bool& quoted) {
    quoted = p < t.size() && t[p] == '"';
    if (quoted) {
        const std::size_t close = t.substr(p + 1, kFieldBytes).find_first_of("\"\n");
        if (close == std::string_view::npos || t[p + 1 + close] != '"') return std::string_view::npos;
        return p + close + 2;
    }
    std::size_t e = p;
    while (e < t.size() && e - p < 40 && !is_ascii_space(t[e]) && t[e] != '"' && t[e] != ',' && t[e] != ';' && t[e] != '\t') ++e;
    return e > p ? e : std::string_view::npos;
}

bool separator(char c) { return c == ',' || c == ';' || c == '\t'; }

}  // namespace

// Three or more fields joined by one separator without spaces, two or more of them quoted and
// as many quoted as bare at least; a row that starts at a space, the text's start or a quote.
void find_quoted_rows(std::string_view t, std::vector<TextRange>& out) {
    for (std::size_t p = t.find('"'); p != std::string_view::npos && p < t.size(); p = t.find('"', p + 1)) {
        // A bare first field before the quote ("1,\"Ana\",…"): back to the token's start.
        std::size_t start = p;
        if (start > 0 && separator(t[start - 1])) {
            std::size_t b = start - 1;
            while (b > 0 && !is_ascii_space(t[b - 1]) && t[b - 1] != '"' && p - b < 40) --b;
            if (b == 0 || is_ascii_space(t[b - 1])) start = b;
        }
        std::size_t fields = 0, quoted_fields = 0, e = start;
        char sep = 0;
        for (std::size_t q = start;;) {
            bool quoted = false;
            const std::size_t fe = field_end(t, q, quoted);
            if (fe == std::string_view::npos) break;
            ++fields;
            quoted_fields += quoted;
            e = fe;
            if (fe >= t.size() || !separator(t[fe]) || (sep != 0 && t[fe] != sep)) break;
            sep = t[fe];
            q = fe + 1;
        }
        if (fields >= 3 && quoted_fields >= 2 && quoted_fields * 2 >= fields) {
            out.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(e)});
            p = e - 1;
        }
    }
}

}  // namespace winnow::detail
