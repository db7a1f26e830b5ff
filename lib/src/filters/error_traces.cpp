// Error traces and log lines inside text: stack frames, error messages naming a source file
// and line, log-level tags, a serializer's empty values. Their words are ordinary one by one
// ("at", "line", "on"); it is the source position or the level tag that makes them debris.
#include <algorithm>
#include <string>

#include "filters/garbage_tokens.hpp"

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
                                 ".cs:", ".cpp:", ".cc:", ".c:", ".h:", ".kt:", ".swift:", ".rs:"}) {
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
bool digits_and(std::string_view t, std::string_view marks, std::size_t& digits) {
    digits = 0;
    for (char c : t) {
        if (is_dig(c)) ++digits;
        else if (byte_in(marks, c) == std::string_view::npos) return false;
    }
    return true;
}
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

namespace {

// A capitalized word of letters alone ("File", "Datei"), a short lower-case one ("in"), a
// function's name (letters, digits, '_', '.', "<>").
bool intro_word(std::string_view t) {
    return t.size() >= 2 && t.size() <= 12 && is_upper(t.front()) && std::all_of(t.begin() + 1, t.end(), is_lower);
}
bool all_caps(std::string_view t) { return t.size() >= 2 && t.size() <= 6 && std::all_of(t.begin(), t.end(), is_upper); }
bool short_word(std::string_view t) { return !t.empty() && t.size() <= 4 && std::all_of(t.begin(), t.end(), is_lower); }
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
bool all_digits(std::string_view t) {
    return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return is_dig(c) || c == '.' || c == ','; }) && is_dig(t.front());
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

// Marks the tokens of error traces hard, each kind by its sequence of shapes.
class TraceMarker {
public:
    TraceMarker(std::string_view text, std::vector<Tok>& toks) : text_(text), toks_(toks), n_(toks.size()) {}
    void log_lines();
    void calls();
    void frames_and_values();
    void server_messages();
    void numbered_labels();
    void exception_line();

private:
    // (Tokens lie within the text they were read from: no bounds check, asked of every token in every pass.)
    std::string_view tok_text(std::size_t k) const { return {text_.data() + toks_[k].b, toks_[k].e - toks_[k].b}; }
    // Whether token k has a length a nullish() word has (3, 4, 7 or 9 bytes): a bit test before the call.
    bool nullish_length(std::size_t k) const {
        const std::uint32_t n = toks_[k].e - toks_[k].b;
        return n < 32 && ((0x298u >> n) & 1u) != 0;
    }
    void mark_hard(std::size_t from, std::size_t to) {
        for (std::size_t j = from; j <= to; ++j) {
            toks_[j].cls = Cls::hard;
            toks_[j].cut = 0;
        }
    }
    std::size_t stack_frame(std::size_t k);
    void exception_head(std::size_t at);
    void log_head(std::size_t at);
    void exception_tail(std::size_t end);
    void source_line_error(std::size_t k);
    std::size_t level_label_before(std::size_t k, std::uint32_t& cut) const;

    std::string_view text_;
    std::vector<Tok>& toks_;
    std::size_t n_;
};

// A log line: a date-time, a level, a logger's name with a colon; a date and a time alone are
// prose ("on 2010-09-03 18:08:46 local time:"), so the line needs a glued date-time or a
// key=value after the name.
void TraceMarker::log_lines() {
    for (std::size_t k = 0; k + 1 < n_; ++k) {
        bool with_time = false;
        if (!(toks_[k].marks & m_digit) || !log_date(tok_text(k), with_time)) continue;  // (a date has digits)
        std::size_t j = k + 1;
        if (!with_time) {
            if (!log_time(tok_text(j))) continue;
            ++j;
        }
        bool capitals = false;
        if (j < n_ && !logger_name(tok_text(j)) && tok_text(j).size() <= 8 &&
            std::all_of(tok_text(j).begin(), tok_text(j).end(), [](char c) { return is_alpha(c) || c == '[' || c == ']'; })) {
            capitals = std::none_of(tok_text(j).begin(), tok_text(j).end(), is_lower);
            ++j;  // the level
        }
        if (j >= n_ || !logger_name(tok_text(j))) continue;
        // Apart, a date and a time need a level in capitals or a name no word has ("io.pool:").
        const std::string_view name = tok_text(j);
        if (!with_time && !capitals && name.find_first_of("._0123456789") == std::string_view::npos) continue;
        std::size_t end = with_time ? j : n_;
        for (std::size_t q = j + 1; q < n_ && q <= j + 4 && !ends_sentence(tok_text(q)); ++q)
            if (key_value(tok_text(q))) end = q;
        if (end == n_) continue;
        mark_hard(k, end);
        k = end;
    }
}

// A call opened and closed within a few tokens.
void TraceMarker::calls() {
    for (std::size_t k = 0; k < n_; ++k) {
        if (!(toks_[k].marks & m_paren)) continue;  // (a call opens with '(')
        const std::size_t at = call_opening(tok_text(k));
        if (at == std::string_view::npos) continue;
        for (std::size_t j = k; j < n_ && j <= k + 6; ++j)
            if (closes_call(tok_text(j))) {
                mark_hard(k, j);
                toks_[k].cut = static_cast<std::uint32_t>(at);
                break;
            }
    }
}

// "at Object.<anonymous> (/app/index.js:10:15)": a stack frame, from its "at" on (k + 1 is the
// source position). Where its "at" is, or npos.
std::size_t TraceMarker::stack_frame(std::size_t k) {
    for (std::size_t j = k + 1; j-- > 0 && k + 1 - j <= 3;)
        if (tok_text(j) == "at") {
            mark_hard(j, k + 1);
            return j;
        }
    // The frame's "at" glued behind the word before it ("undat ra.run(Main.java:82)"): the
    // frame goes from its "at", the word's letters stay.
    for (std::size_t j = k + 1; j-- > 0 && k + 1 - j <= 2;) {
        const std::string_view w = tok_text(j);
        if (w.size() >= 4 && w.ends_with("at") && std::all_of(w.begin(), w.end(), [](char c) {
                return is_lower(c) || c == '\'' || static_cast<unsigned char>(c) >= 0x80;
            })) {
            mark_hard(j, k + 1);
            toks_[j].cut = static_cast<std::uint32_t>(w.size() - 2);
            return std::string_view::npos;
        }
    }
    return std::string_view::npos;
}

// The line a trace opens with, before its first frame at `at`: the exception's type and its
// message ("java.lang.IllegalStateException: closed", "Uncaught ReferenceError: $ is not
// defined"), within the frame's sentence, with the few words before the type that open its
// segment ("Exception in thread \"main\" …").
void TraceMarker::exception_head(std::size_t at) {
    std::size_t type = n_;
    // (A message may end on its own stop right before the frame, .NET's "… of an object. at …".)
    for (std::size_t j = at; j-- > 0 && at - j <= 24;) {
        if (ends_sentence(tok_text(j)) && j + 1 < at) break;
        if (exception_type(tok_text(j))) type = j;
    }
    if (type == n_) {
        log_head(at);
        return;
    }
    std::size_t from = type;
    while (from > 0 && type - from < 4 && !ends_sentence(tok_text(from - 1))) --from;
    if (from > 0 && !ends_sentence(tok_text(from - 1))) from = type;  // not the segment's start
    mark_hard(from, at - 1);
}

// A logger's header right before a frame, from its segment's start: "ERROR 2026-03-01
// 12:30:07 [main] at …" (a level in capitals, a date, a time, a thread in brackets; a date or a
// time among them). A frame is never prose, and nor is what a logger prints before it.
void TraceMarker::log_head(std::size_t at) {
    std::size_t from = at;
    bool dated = false, timed = false, level = false;
    while (from > 0 && at - from < 5) {
        const std::string_view w = tok_text(from - 1);
        bool with_time = false;
        const bool date = log_date(w, with_time), time = log_time(w);
        const bool thread = w.size() >= 3 && w.size() <= 24 && w.front() == '[' && w.back() == ']';
        const bool tag = all_caps(w) || is_log_tag(w);
        if (!date && !time && !thread && !tag) break;
        dated = dated || date;
        timed = timed || time || with_time;
        level = level || tag;
        --from;
    }
    // (Glued inside a sentence, the whole header: a level, a date and a time.)
    const bool whole = dated && timed && level;
    if (!(dated || timed) || from == at || (from > 0 && !whole && !ends_sentence(tok_text(from - 1)))) return;
    mark_hard(from, at - 1);
}

// The exception a trace ends with, after its last frame (Python's: "… in wsgi_app ValueError:
// invalid literal …"): its type right after the frame, or after a chained cause's label of one
// or two words without digits ("Caused by:", "--->"), its message to the block's end when no
// sentence ends there.
void TraceMarker::exception_tail(std::size_t end) {
    if (end + 1 >= n_ || n_ - end > 24) return;
    std::size_t type = end + 1;
    while (type < n_ && type <= end + 2 && !exception_type(tok_text(type)) && !has_digit(tok_text(type)) &&
           !ends_sentence(tok_text(type)) && tok_text(type).size() <= 8)
        ++type;
    if (type >= n_ || !exception_type(tok_text(type))) return;
    for (std::size_t j = end + 1; j + 1 < n_; ++j)
        if (ends_sentence(tok_text(j))) return;
    mark_hard(end + 1, n_ - 1);
}

// The level label of an error message before its source file at k ("Warning:", "Traceback"),
// within sixteen tokens (a message of a dozen words: "Trying to access array offset on value of
// type null in …") and the same sentence: where the message starts (k if none) and, in cut,
// where the label starts in its token (glued behind a word or a sentence's stop).
std::size_t TraceMarker::level_label_before(std::size_t k, std::uint32_t& cut) const {
    for (std::size_t j = k; j-- > 0 && k - j <= 16;) {
        std::string_view label = tok_text(j);
        if (ends_sentence(label)) break;
        while (!label.empty() && label.back() == ':') label.remove_suffix(1);
        // The label may be glued behind the word before it ("cavesWarning:", "earlyE_WARNING"):
        // it starts at its capital, after lower-case or non-ASCII letters.
        std::size_t at = 0;
        for (std::size_t q = label.size(); q-- > 1;)
            if (is_upper(label[q]) && (is_lower(label[q - 1]) || static_cast<unsigned char>(label[q - 1]) >= 0x80 ||
                                       (q >= 2 && is_terminal(label[q - 1]) && !is_space(label[q - 2]) && !is_terminal(label[q - 2])))) {
                at = q;
                break;
            }
        const std::string_view level = label.substr(at);
        if (level == "Warning" || level == "Notice" || level == "Deprecated" || level == "Fatal" || level == "Error" ||
            level == "Exception" || level == "Traceback" || level == "Parse" || upper_snake(level)) {
            cut = static_cast<std::uint32_t>(at);
            // A capitals-only word before the label names what raised it ("PHP Warning:").
            return at == 0 && j > 0 && all_caps(tok_text(j - 1)) ? j - 1 : j;
        }
    }
    return k;
}

// "… in /var/www/app/single.php on line 42", "File \"app.py\", line 12": an error message
// naming a source line, from its level label on.
void TraceMarker::source_line_error(std::size_t k) {
    std::size_t end = n_;
    if (k + 3 < n_ && tok_text(k + 1) == "on" && tok_text(k + 2) == "line" && all_digits(tok_text(k + 3))) end = k + 3;
    else if (k + 2 < n_ && tok_text(k + 1) == "line" && all_digits(tok_text(k + 2))) end = k + 2;
    if (end == n_) return;
    std::uint32_t cut = 0;
    std::size_t from = level_label_before(k, cut);
    // A quoted path is a frame of a trace ("File \"app.py\", line 12, in main"): the one word
    // that introduces it and, after the line's comma, the two that name the function go too.
    const std::string_view path = tok_text(k);
    if (from == k && k > 0 && (path.front() == '"' || path.front() == '\'') && intro_word(tok_text(k - 1))) from = k - 1;
    if (end == k + 2 && path.front() == '"' && tok_text(end).back() == ',' && end + 2 < n_ && short_word(tok_text(end + 1)) &&
        is_name(tok_text(end + 2)))
        end += 2;
    mark_hard(from, end);
    toks_[from].cut = cut;
    exception_tail(end);
}

// A server's error message in parts, each after a label in capitals ("ERROR:  duplicate key …
// DETAIL:  Key (id)=(7) already exists.", "ORA-00942: … ORA-06512: at …"): two labels or more
// in one sentence, each over its message, a digit, quote or code mark among them, from the first
// to the sentence's end (or the block's) within a few words of the last. One label is prose's
// too ("NOTE: the museum closes early."), and so is a headline's "UPDATE: UPDATE: …".
void TraceMarker::server_messages() {
    // (A label ends with its ':': a token without one is not read.)
    const auto label = [&](std::size_t k) { return (toks_[k].marks & m_colon) && capital_label(tok_text(k)); };
    for (std::size_t k = 0; k < n_; ++k) {
        if (!label(k)) continue;
        // Labels of their own kinds, each over a message ("UPDATE: UPDATE: …" is a headline's
        // stutter), and a machine's token somewhere: a digit, a quote, '_', '=', '(' or '/'.
        std::size_t labels = 1, last = k, end = n_;
        bool machine = false;
        for (std::size_t j = k + 1; j < n_ && j - last <= 16; ++j) {
            const std::string_view t = tok_text(j);
            if (label(j)) {
                if (j == last + 1 || t == tok_text(last)) break;
                ++labels, last = j;
            } else {
                machine = machine || t.find_first_of("0123456789\"'_=(/") != std::string_view::npos;
            }
            if (ends_sentence(t)) {
                end = j;
                break;
            }
        }
        if (end == n_ && n_ - 1 - last <= 16 && last + 1 < n_) end = n_ - 1;
        // (A chain that fails fails from any label inside it too: the scan goes on after it.)
        if (labels < 2 || end == n_ || end == last || !machine) {
            k = last;
            continue;
        }
        mark_hard(k, end);
        k = end;
    }
}

// A word a program prints as a field's label before its number ("Msg", "Level", "Niveau",
// "État"): letters only, of any script, the first a capital.
bool number_label(std::string_view t) {
    if (t.size() < 2 || t.size() > 16) return false;
    // An ASCII first byte is its code point: no decoding for the tokens of Latin prose.
    if (static_cast<unsigned char>(t.front()) < 0x80 && !is_upper(t.front())) return false;
    utf8proc_int32_t first = 0;
    if (utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(t.data()), static_cast<utf8proc_ssize_t>(t.size()), &first) <= 0 ||
        !is_upper_cp(static_cast<char32_t>(first)))
        return false;
    return std::all_of(t.begin(), t.end(), [](char c) { return is_alpha(c) || static_cast<unsigned char>(c) >= 0x80; });
}

// A field's number: digits, a comma after it when another field follows.
bool field_number(std::string_view t, bool& comma) {
    comma = !t.empty() && t.back() == ',';
    if (comma) t.remove_suffix(1);
    return !t.empty() && t.size() <= 6 && std::all_of(t.begin(), t.end(), is_dig);
}

// A message headed by four or more labelled numbers in a fixed rhythm ("Msg 208, Level 16,
// State 1, Line 3 Invalid object name 'x'."): each label a different capitalized word, each
// number but the last followed by a comma, then the message to its sentence's end with a
// machine's token in it (a quote, '_', '=', '(' or a dot inside a word). Prose names one or two
// such fields ("level 16"), and an address spelled out in full has no such message after it.
void TraceMarker::numbered_labels() {
    for (std::size_t k = 0; k + 7 < n_; ++k) {
        std::size_t pairs = 0, j = k;
        bool comma = true, open = true;
        bool next_comma = false;
        // (A field's number is digits: a label without one after it is not read.)
        while (open && j + 1 < n_ && (toks_[j + 1].marks & m_digit) && number_label(tok_text(j)) &&
               field_number(tok_text(j + 1), next_comma)) {
            for (std::size_t q = k; q < j; q += 2)
                if (tok_text(q) == tok_text(j)) open = false;
            if (!open) break;
            comma = next_comma;
            ++pairs, j += 2;
            if (!comma) break;
        }
        if (pairs < 4 || comma || !open) continue;
        std::size_t end = n_;
        bool machine = false;
        for (std::size_t q = j; q < n_ && q <= j + 16; ++q) {
            const std::string_view t = tok_text(q);
            const std::size_t dot = t.find('.');
            machine = machine || t.find_first_of("\"'_=(") != std::string_view::npos ||
                      (dot != std::string_view::npos && dot > 0 && dot + 1 < t.size() && is_alpha(t[dot + 1]));
            if (ends_sentence(t) || q + 1 == n_) {
                end = q;
                break;
            }
        }
        if (end == n_ || !machine) continue;
        mark_hard(k, end);
        k = end;
    }
}

// A trace's first line closing the block without its frames (they went as a block of their
// own): a few words at the segment's start, a qualified exception type
// ("java.lang.IllegalStateException:") and a message without a stop to the block's end.
void TraceMarker::exception_line() {
    if (n_ < 2 || n_ > 24) return;
    std::size_t from = n_;
    for (std::size_t k = n_; k-- > 0;)
        if (ends_sentence(tok_text(k))) {
            if (k + 1 == n_) return;  // the block ends on a sentence
            from = k + 1;
            break;
        }
    if (from == n_) from = 0;
    for (std::size_t j = from; j < n_ && j <= from + 4; ++j) {
        const std::string_view t = tok_text(j);
        if (exception_type(t) && t.find('.') != std::string_view::npos) {
            mark_hard(from, n_ - 1);
            return;
        }
    }
}

void TraceMarker::frames_and_values() {
    for (std::size_t k = 0; k + 1 < n_; ++k) {
        // "NaN undefined NaN": a serializer's empty values in a row
        if (nullish_length(k) && nullish_length(k + 1) && nullish(tok_text(k)) && nullish(tok_text(k + 1))) mark_hard(k, k + 1);
        // (A source position has a ':' before its line, a source file a '.' before its extension.)
        if ((toks_[k + 1].marks & m_colon) && source_position(tok_text(k + 1)) != std::string_view::npos) {
            if (const std::size_t at = stack_frame(k); at != std::string_view::npos) exception_head(at);
            exception_tail(k + 1);
        } else if (tok_text(k) == "at" && qualified_call(tok_text(k + 1))) {
            // A frame without a source file runs to the token closing its call.
            std::size_t end = k + 1;
            while (end < n_ && end <= k + 4 && tok_text(end).find(')') == std::string_view::npos) ++end;
            if (end < n_ && end <= k + 4) {
                // .NET's frame names its file after the call: "… in C:\src\LoanService.cs:line 57".
                if (end + 2 < n_ && short_word(tok_text(end + 1)) &&
                    tok_text(end + 2).find_first_of("/\\") != std::string_view::npos && tok_text(end + 2).find('.') != std::string_view::npos) {
                    end += 2;
                    if (end + 1 < n_ && all_digits(tok_text(end + 1))) ++end;
                }
                // A separator line between its traces, framed by one rule of marks on both sides
                // ("--- End of inner exception stack trace ---").
                if (const std::string_view rule = end + 1 < n_ ? tok_text(end + 1) : std::string_view();
                    rule.size() >= 3 && rule.find_first_not_of(rule.front()) == std::string_view::npos && !is_alpha(rule.front()) &&
                    !is_dig(rule.front()))
                    for (std::size_t j = end + 2; j < n_ && j <= end + 10; ++j)
                        if (tok_text(j) == rule) {
                            end = j;
                            break;
                        }
                mark_hard(k, end);
                exception_head(k);
                exception_tail(end);
            }
        }
        if ((toks_[k].marks & m_dot) && is_source_file(tok_text(k))) source_line_error(k);
    }
}

}  // namespace

void mark_error_traces(std::string_view text, std::vector<Tok>& toks, TraceScreens screens, const TokenCensus* census) {
    TraceMarker marker(text, toks);
    const bool screened = screens == TraceScreens::on;
    // A log line opens with a date and a numbered message holds four field numbers, each a token
    // with a digit: a block with fewer such tokens has none (the marks stay as read, the passes
    // change only the tokens' classes).
    std::size_t digit_tokens = 0;
    if (screened && census) digit_tokens = census->digit;
    else if (screened)
        for (const Tok& t : toks) digit_tokens += (t.marks & m_digit) != 0;
    if (!screened || digit_tokens > 0) marker.log_lines();
    // A call opens with '(' and a server's label ends with ':': a block without one has none.
    if (text.find('(') != std::string_view::npos) marker.calls();
    marker.frames_and_values();
    if (text.find(':') != std::string_view::npos) marker.server_messages();
    if (!screened || digit_tokens >= 4) marker.numbered_labels();
    marker.exception_line();
}

}  // namespace winnow::detail::garbage_tokens
