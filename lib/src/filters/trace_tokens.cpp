// Token shapes of error traces, log lines and program messages: a log-level tag, a source
// position, a source file, a call's opening and closing, a logger's date, time and name, an
// exception's type, a server's label. Each is ordinary enough alone; the markers
// (error_traces.cpp, program_messages.cpp) read them in sequences.
#include <algorithm>
#include <string>

#include "filters/garbage_tokens.hpp"
#include "filters/trace_tokens.hpp"

namespace winnow::detail::garbage_tokens {

// A log-level tag ("[debug]", "[WARN]", "[error]"): a logger's line, never prose.
bool is_log_tag(std::string_view t) {
    while (!t.empty() && (t.back() == ':' || t.back() == ',')) t.remove_suffix(1);
    // "[warning]" is the longest; the bound also keeps callers probing long tokens linear.
    if (t.size() < 5 || t.size() > 9 || t.front() != '[' || t.back() != ']') return false;
    std::string level;
    for (char c : t.substr(1, t.size() - 2)) level += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    for (std::string_view l : {"debug", "info", "warn", "warning", "error", "trace", "verbose", "fatal", "log"})
        if (level == l) return true;
    return false;
}

// Where a path to a source file with a line number starts in a token ("/app/index.js:10:15",
// "(lib/util.py:42)"), or npos: stack traces and error messages, never prose.
std::size_t source_position(std::string_view t) {
    constexpr auto npos = std::string_view::npos;
    if (byte_in(t, ':') == npos) return npos;  // most tokens: no position, no need to look further
    // Every extension below is a '.' and later a ':' before a digit: a token without that
    // order ("Note:", "10:30") is not searched for each of them.
    {
        bool dot = false, position = false;
        for (std::size_t i = 0; i + 1 < t.size() && !position; ++i) {
            dot = dot || t[i] == '.';
            position = dot && t[i] == ':' && is_dig(t[i + 1]);
        }
        if (!position) return npos;
    }
    for (std::string_view ext : {".js:", ".mjs:", ".ts:", ".jsx:", ".tsx:", ".py:", ".php:", ".rb:", ".java:", ".go:",
                                 ".cs:", ".cpp:", ".cc:", ".c:", ".h:", ".kt:", ".swift:", ".rs:", ".erb:"}) {
        const std::size_t at = t.find(ext);
        if (at == npos || at == 0 || at + ext.size() >= t.size() || !is_dig(t[at + ext.size()])) continue;
        std::size_t b = at;
        while (b > 0 && (is_alpha(t[b - 1]) || is_dig(t[b - 1]) || t[b - 1] == '/' || t[b - 1] == '.' ||
                         t[b - 1] == '_' || t[b - 1] == '-' || t[b - 1] == '\\'))
            --b;
        // A bare "app.js:10" may be cited in prose: a folder or a column number makes it a trace.
        std::size_t d = at + ext.size();
        while (d < t.size() && is_dig(t[d])) ++d;
        const bool column = d + 1 < t.size() && t[d] == ':' && is_dig(t[d + 1]);
        const std::string_view path = t.substr(b, at - b);
        if (b < at && (column || path.find('/') != npos || path.find('\\') != npos)) return b;
        // A frame's method owns the position: "pkg.Class.method(File.java:42)". The call is glued
        // to a dotted name, which prose never writes before a parenthesis; the frame starts there.
        if (b >= 4 && b < at && t[b - 1] == '(') {
            std::size_t m = b - 1, dots = 0;
            while (m > 0 && (is_alpha(t[m - 1]) || is_dig(t[m - 1]) || t[m - 1] == '_' || t[m - 1] == '$' ||
                             (t[m - 1] == '.' && m >= 2 && m < b - 1 && t[m] != '.' && t[m - 2] != '.'))) {
                dots += t[m - 1] == '.';
                --m;
            }
            if (dots > 0 && m < b - 1 && t[m] != '.' && t[b - 2] != '.') return m;
        }
    }
    return npos;
}

// A source file named by an error message before its line: "/var/www/x/single.php on line 42",
// "File \"app.py\", line 12". The path is absolute or quoted; the caller checks the line.
bool is_source_file(std::string_view t) {
    if (byte_in(t, '.') == std::string_view::npos) return false;
    while (!t.empty() && (t.back() == ',' || t.back() == '"' || t.back() == '\'' || t.back() == ')')) t.remove_suffix(1);
    while (!t.empty() && (t.front() == '"' || t.front() == '\'' || t.front() == '(')) t.remove_prefix(1);
    if (t.size() < 4) return false;
    // Every extension below ends in a small letter: a token that does not ("end.") is none.
    if (!is_lower(t.back())) return false;
    for (std::string_view ext : {".js", ".mjs", ".ts", ".jsx", ".tsx", ".py", ".php", ".rb", ".java", ".go", ".cs",
                                 ".cpp", ".cc", ".c", ".h", ".kt", ".swift", ".rs"})
        if (t.ends_with(ext) && t.size() > ext.size()) return true;
    return false;
}

namespace trace {

namespace {

// Whether t is digits and the marks given alone (digits: how many).
bool digits_and(std::string_view t, std::string_view marks, std::size_t& digits) {
    digits = 0;
    for (char c : t) {
        if (is_dig(c)) ++digits;
        else if (byte_in(marks, c) == std::string_view::npos) return false;
    }
    return true;
}

}  // namespace

// A call statement with string arguments over a few tokens: "track('page', 'UA-123');". Each
// token alone is prose-like ("'page',"); the identifier glued to "('" and the "');" that closes
// it are code order. Returns the offset of the identifier inside the opening token, or npos.
std::size_t call_opening(std::string_view t) {
    constexpr auto npos = std::string_view::npos;
    const std::size_t open = byte_in(t, '(');
    if (open == npos || open == 0 || open + 1 >= t.size() || (t[open + 1] != '\'' && t[open + 1] != '"')) return npos;
    std::size_t m = open;
    while (m > 0 && (is_alpha(t[m - 1]) || is_dig(t[m - 1]) || t[m - 1] == '_' || t[m - 1] == '$' || t[m - 1] == '.')) --m;
    if (m == open || !(is_alpha(t[m]) || t[m] == '_' || t[m] == '$')) return npos;
    return m;
}

bool closes_call(std::string_view t) {
    return t.size() >= 3 && t.ends_with(");") && (t[t.size() - 3] == '\'' || t[t.size() - 3] == '"');
}

// A constant's name in capitals joined by underscores ("E_WARNING", "LOG_ERR"): an error level
// as a program prints it.
bool upper_snake(std::string_view t) {
    bool underscore = false;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i] == '_' && i > 0 && i + 1 < t.size() && t[i - 1] != '_') underscore = true;
        else if (!is_upper(t[i])) return false;
    }
    return underscore && t.size() >= 4;
}

// A logger's date ("2024-03-05", "2024/03/05") or date-time in one token ("2024-03-05T10:00:00Z",
// "[05/03/2024:10:00:00"); a time with seconds ("10:00:00", "10:00:00,118").
bool log_date(std::string_view t, bool& with_time) {
    if (!t.empty() && t.front() == '[') t.remove_prefix(1);
    std::size_t digits = 0;
    with_time = false;
    // Both shapes hold digits and these marks only: a word fails at its first letter, before
    // the marks are counted.
    if (!digits_and(t, "-/:T.,Z+", digits)) return false;
    const auto count = [&](char c) { return std::count(t.begin(), t.end(), c); };
    with_time = count(':') >= 2;
    if (with_time) return digits_and(t, "-/:T.,Z+", digits) && digits >= 12 && count('-') + count('/') == 2;
    return digits_and(t, "-/", digits) && digits >= 6 && t.size() <= 10 && (count('-') == 2 || count('/') == 2);
}
bool log_time(std::string_view t) {
    std::size_t digits = 0;
    return digits_and(t, ":.,Z", digits) && digits >= 6 && std::count(t.begin(), t.end(), ':') == 2 && is_dig(t.front());
}
// A logger's name before its message: "worker.poll:", "vn_bzaf:" (lower case, no sentence word
// is written with a dot or underscore inside, but a plain word may be a logger's name too).
bool logger_name(std::string_view t) {
    if (t.size() < 2 || t.back() != ':') return false;
    t.remove_suffix(1);
    return std::all_of(t.begin(), t.end(), [](char c) { return is_lower(c) || is_dig(c) || c == '.' || c == '_' || c == '-'; }) &&
           is_lower(t.front());
}
bool key_value(std::string_view t) {
    const std::size_t eq = t.find('=');
    return eq != std::string_view::npos && eq > 0 && eq + 1 < t.size() && (is_alpha(t[eq - 1]) || is_dig(t[eq - 1])) &&
           (is_alpha(t[eq + 1]) || is_dig(t[eq + 1]));
}

// A function's name as a frame prints it (letters, digits, '_', '.', "<>").
bool is_name(std::string_view t) {
    return !t.empty() && t.size() <= 40 && (is_alpha(t.front()) || t.front() == '_' || t.front() == '<') &&
           std::all_of(t.begin(), t.end(), [](char c) { return is_alpha(c) || is_dig(c) || c == '_' || c == '.' || c == '<' || c == '>'; }) &&
           t.back() != '.';
}
// Token shapes that are debris only together:
bool nullish(std::string_view t) {
    switch (t.size()) {  // (by length first: asked of every token, and most have none of these lengths' words)
        case 3: return t == "NaN";
        case 4: return t == "null";
        case 7: return t == "[object" || t == "Object]";
        case 9: return t == "undefined";
        default: return false;
    }
}

// An exception's type as a runtime prints it before its message: a name with a capital after a
// small letter inside ("ReferenceError:", "NullPointerException:") or a qualified name whose
// last part is capitalised, in a package of small letters or of three parts or more
// ("java.lang.IllegalStateException:", "System.IO.IOException:"), then a colon. Alone it may be
// a brand ("YouTube:"): it counts only beside a stack frame.
bool exception_type(std::string_view t) {
    if (t.size() < 6 || t.size() > 120 || t.back() != ':') return false;
    t.remove_suffix(1);
    if (!is_alpha(t.front()) || t.back() == '.') return false;
    bool inner_capital = false;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (!(is_alpha(c) || is_dig(c) || c == '_' || c == '.' || c == '$')) return false;
        if (c == '.' && i + 1 < t.size() && t[i + 1] == '.') return false;
        inner_capital = inner_capital || (i > 0 && is_upper(c) && is_lower(t[i - 1]));
    }
    const std::size_t dot = t.rfind('.');
    return inner_capital || (dot != std::string_view::npos && is_upper(t[dot + 1]) &&
                             (is_lower(t.front()) || std::count(t.begin(), t.end(), '.') >= 2));
}

// A label in capitals a server prints before its message: "ERROR:", "DETAIL:", "ORA-00942:",
// "SQLSTATE[23505]:" (letters, maybe a code of digits after '-' or in brackets, then a colon).
bool capital_label(std::string_view t) {
    if (t.size() < 4 || t.size() > 24 || t.back() != ':') return false;
    t.remove_suffix(1);
    std::size_t p = 0;
    while (p < t.size() && is_upper(t[p])) ++p;
    if (p < 2) return false;
    if (p == t.size()) return p >= 3;
    const char open = t[p];
    if (open != '-' && open != '[') return false;
    std::size_t d = p + 1;
    while (d < t.size() && (is_dig(t[d]) || is_upper(t[d]))) ++d;
    if (d - p - 1 < 3 || !is_dig(t[p + 1])) return false;
    return open == '-' ? d == t.size() : d + 1 == t.size() && t[d] == ']';
}

// A label with an error code: capital_label's with a code of five characters or more after '-'
// ("ORA-00904:") or in brackets, there maybe opening on a capital ("SQLSTATE[HY000]:").
bool coded_label(std::string_view t) {
    if (t.size() < 7 || t.size() > 24 || t.back() != ':') return false;
    std::size_t p = 0;
    while (p < t.size() && is_upper(t[p])) ++p;
    if (p < 2 || p + 1 >= t.size()) return false;
    if (t[p] == '-') return capital_label(t) && t.size() - p - 2 >= 5;
    if (t[p] != '[' || t.size() < p + 4 || t[t.size() - 2] != ']') return false;
    const std::string_view code = t.substr(p + 1, t.size() - p - 3);
    return code.size() >= 3 && code.size() <= 8 && std::all_of(code.begin(), code.end(), [](char c) { return is_dig(c) || is_upper(c); }) &&
           std::any_of(code.begin(), code.end(), is_dig);
}

// A frame's call without a source file (.NET): "System.Linq.Enumerable.First[TSource](…": a
// qualified name of three or more parts with a capital glued to its '(' or '['.
bool qualified_call(std::string_view t) {
    const std::size_t open = t.find_first_of("([");
    if (open == std::string_view::npos || open < 5 || !is_alpha(t.front())) return false;
    const std::string_view name = t.substr(0, open);
    if (std::count(name.begin(), name.end(), '.') < 2 || name.back() == '.') return false;
    bool capital = false;
    for (char c : name) {
        if (!(is_alpha(c) || is_dig(c) || c == '_' || c == '.' || c == '$' || c == '`')) return false;
        capital = capital || is_upper(c);
    }
    return capital;
}

}  // namespace trace

}  // namespace winnow::detail::garbage_tokens
