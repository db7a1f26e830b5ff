// Garbage runs: debris glued into otherwise good text (JSON closers, template and JS leaks,
// blobs, replacement characters, symbol runs, foreign word pieces with debug numbers).
//
// Method: the text is split into whitespace tokens and each token gets a class:
//   hard     unambiguous debris (closers, template braces, code, tags, blobs, U+FFFD runs,
//            long symbol runs) — only hard tokens start a run;
//   soft     odd but possible in prose (long decimals, camelCase, snake_case, key:value,
//            [tag]) — joins a run next to a hard token, or makes a sentence-less tail debris;
//   foreign  letters of a script foreign to the document, not quoted — joins runs only;
//   glue     a lone punctuation/symbol token ("-", "|") — joins runs only;
//   neutral  everything else (stops runs).
// So a number in a sentence, a quoted foreign phrase, an URL or an emoji never start a cut.
#include <algorithm>
#include <optional>
#include <string>
#include <unordered_set>

#include "block_edit.hpp"
#include "filters/evidence.hpp"
#include "filters/filters.hpp"

namespace winnow::detail {

namespace {

enum class Cls : std::uint8_t { neutral, glue, foreign, soft, hard };

struct Tok {
    std::uint32_t b = 0, e = 0;   // byte range in text
    std::uint32_t cut = 0;        // hard: offset inside the token where debris starts
    Cls cls = Cls::neutral;
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_dig(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_dig(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_terminal(char c) { return c == '.' || c == '!' || c == '?'; }

bool is_url(std::string_view t) {
    return t.find("://") != std::string_view::npos || t.starts_with("www.") || t.starts_with("mailto:");
}

// Bytes of a closing quote / bracket / guillemet at the end of a token ("word.»" ends a sentence).
bool ends_sentence(std::string_view t) {
    std::size_t n = t.size();
    while (n > 0) {
        const unsigned char c = static_cast<unsigned char>(t[n - 1]);
        if (c == '"' || c == '\'' || c == ')' || c == ']') { --n; continue; }
        // ” ’ » (UTF-8 tails) and … (E2 80 A6)
        if (n >= 3 && static_cast<unsigned char>(t[n - 3]) == 0xE2 && static_cast<unsigned char>(t[n - 2]) == 0x80) {
            const unsigned char last = c;
            if (last == 0xA6) return true;        // …
            if (last == 0x9D || last == 0x99) { n -= 3; continue; }
            break;
        }
        if (n >= 2 && static_cast<unsigned char>(t[n - 2]) == 0xC2 && c == 0xBB) { n -= 2; continue; }  // »
        break;
    }
    return n > 0 && is_terminal(t[n - 1]);
}

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

// Length of the word a blob is glued to ("administration" in "administrationlzNSGC…"), or 0.
// A word is leading digits plus letters in one case shape ("38million", "Brussels"); where it
// ends is ambiguous when the blob starts with lower case too, so only a word the document also
// uses on its own counts.
std::size_t glued_word_length(std::string_view blob, const KnownWord& known_word) {
    if (!known_word) return 0;
    std::size_t digits = 0;
    while (digits < blob.size() && is_dig(blob[digits])) ++digits;
    std::size_t end = digits;
    if (end < blob.size() && is_upper(blob[end])) ++end;
    while (end < blob.size() && is_lower(blob[end])) ++end;
    std::string word;
    for (std::size_t p = end; p >= digits + 3; --p) {
        word.clear();
        for (char c : blob.substr(digits, p - digits)) word += static_cast<char>(is_upper(c) ? c - 'A' + 'a' : c);
        if (known_word(word)) return p;
    }
    return 0;
}

// Where a path to a source file with a line number starts in a token ("/app/index.js:10:15",
// "(lib/util.py:42)"), or npos: stack traces and error messages, never prose.
std::size_t source_position(std::string_view t) {
    constexpr auto npos = std::string_view::npos;
    if (t.find(':') == npos) return npos;  // most tokens: no position, no need to look further
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
    }
    return npos;
}

// A source file named by an error message before its line: "/var/www/x/single.php on line 42",
// "File \"app.py\", line 12". The path is absolute or quoted; the caller checks the line.
bool is_source_file(std::string_view t) {
    if (t.find('.') == std::string_view::npos) return false;
    while (!t.empty() && (t.back() == ',' || t.back() == '"' || t.back() == '\'' || t.back() == ')')) t.remove_suffix(1);
    while (!t.empty() && (t.front() == '"' || t.front() == '\'' || t.front() == '(')) t.remove_prefix(1);
    if (t.size() < 4) return false;
    for (std::string_view ext : {".js", ".mjs", ".ts", ".py", ".php", ".rb", ".java", ".go", ".cs", ".cpp", ".kt", ".rs"})
        if (t.ends_with(ext) && t.size() > ext.size()) return true;
    return false;
}

// Position of the first hard-debris pattern inside the token, or npos.
std::size_t hard_at(std::string_view t, const KnownWord& known_word) {
    constexpr auto npos = std::string_view::npos;
    std::size_t best = npos;
    auto take = [&](std::size_t p) { if (p < best) best = p; };

    // Template delimiters: {{ }} {% %} ${ <% %>.
    for (std::string_view d : {"{{", "}}", "{%", "%}", "${", "<%", "%>"})
        if (auto p = t.find(d); p != npos) take(p);
    // JSON / markup closers: a run of quote+bracket characters with a brace, or ] with a quote.
    for (std::size_t i = 0; i < t.size();) {
        auto closer = [](char c) { return c == '"' || c == ']' || c == '}' || c == '[' || c == '{'; };
        if (!closer(t[i])) { ++i; continue; }
        std::size_t j = i;
        bool brace = false, bracket = false, quote = false;
        while (j < t.size() && closer(t[j])) {
            brace |= t[j] == '{' || t[j] == '}';
            bracket |= t[j] == ']';  // '"[' opens an editorial insertion ("[We] ...") in prose
            quote |= t[j] == '"';
            ++j;
        }
        if (j - i >= 2 && (brace || (bracket && quote))) take(i);
        i = j;
    }
    // Code: braces together with code punctuation, call chains, statements. Code glued
    // behind a sentence ("Delhi?(function(){") starts after the sentence's punctuation.
    // The same for a word's own colon or comma ("etapas:{{user}}", "reported.\"}]").
    std::size_t code_start = 0;
    for (std::size_t k = 1; k + 1 < t.size(); ++k) {
        const bool ends_word = is_terminal(t[k]) || t[k] == ':' || t[k] == ',' || t[k] == ';';
        if (ends_word && is_alpha(t[k - 1]) && std::string_view("({[<$.\"").find(t[k + 1]) != npos)
            code_start = k + 1;
    }
    // A style rule glued to a word ("close.adSlot{display:none}") starts at its selector.
    if (const std::size_t brace = t.find('{'); code_start == 0 && brace != npos) {
        std::size_t q = brace;
        while (q > 0 && (is_alpha(t[q - 1]) || is_dig(t[q - 1]) || t[q - 1] == '_' || t[q - 1] == '-')) --q;
        const bool word_before = q >= 2 && (is_alpha(t[q - 2]) || static_cast<unsigned char>(t[q - 2]) >= 0x80);
        if (q < brace && word_before && (t[q - 1] == '.' || t[q - 1] == '#')) code_start = q - 1;
    }
    const bool braces = t.find_first_of("{}") != npos;
    if (braces && t.find_first_of(":;=(") != npos) take(code_start);
    // (")(" and ");" alone occur in prose: "section 5(a)(1)", "(see partner);")
    for (std::string_view d : {"();", "});", "})", "){", "=>", "&&", "||", "[]", "()."})
        if (auto p = t.find(d); p != npos && t.size() > d.size()) take(code_start);
    // ident=ident( or ident=ident; (assignment glued without spaces)
    if (auto p = t.find('='); p != npos && p > 0 && p + 1 < t.size() && is_alpha(t[p - 1]) &&
                              (is_alpha(t[p + 1]) || t[p + 1] == '"') && t.find_first_of("(;") != npos)
        take(code_start);
    // Markup tags: </div>, <br/>, <span class="x">.
    for (std::size_t p = t.find('<'); p != npos; p = t.find('<', p + 1)) {
        std::size_t q = p + 1;
        if (q < t.size() && t[q] == '/') ++q;
        if (q < t.size() && is_alpha(t[q]) && t.find('>', q) != npos) { take(p); break; }
    }
    // Runs of box-drawing, block and geometric shape characters (U+2500-U+25FF): ■■■■■ ░░▒▒▓▓
    {
        std::size_t run = 0, start = 0;
        for (std::size_t i = 0; i < t.size();) {
            const auto b0 = static_cast<unsigned char>(t[i]);
            const bool shape = b0 == 0xE2 && i + 2 < t.size() && (static_cast<unsigned char>(t[i + 1]) == 0x94 ||
                                                                  static_cast<unsigned char>(t[i + 1]) == 0x95 ||
                                                                  static_cast<unsigned char>(t[i + 1]) == 0x96 ||
                                                                  static_cast<unsigned char>(t[i + 1]) == 0x97);
            if (shape) {
                if (run++ == 0) start = i;
                if (run >= 5) take(start);
                i += 3;
            } else {
                run = 0;
                ++i;
            }
        }
    }
    // Long runs of ASCII symbols.
    for (std::size_t i = 0; i < t.size();) {
        auto sym = [](char c) { return c == '#' || c == '=' || c == '*' || c == '~' || c == '_' || c == '+' ||
                                       c == '^' || c == '|' || c == '<' || c == '>' || c == '-' || c == '\\' ||
                                       c == '/' || c == '@' || c == '$' || c == '%' || c == '&'; };
        if (!sym(t[i])) { ++i; continue; }
        std::size_t j = i;
        while (j < t.size() && sym(t[j])) ++j;
        if (j - i >= 10) take(i);  // shorter runs censor words ("F*****")
        i = j;
    }
    // An inline data URI ("data:image/gif;base64,R0lGOD…"), whatever its payload looks like.
    if (const std::size_t data = t.find("data:"); data != npos) {
        const std::size_t marker = t.find(";base64,", data);
        if (marker != npos && marker - data < 64 && marker + 8 < t.size()) take(data);
    }
    // Blobs: base64 (mixed case + digits, long) and hex (0x..., long hex digests).
    for (std::size_t i = 0; i < t.size();) {
        auto b64 = [](char c) { return is_alpha(c) || is_dig(c) || c == '+' || c == '/' || c == '='; };
        if (!b64(t[i])) { ++i; continue; }
        // A hex address glued behind ("…euaq0x93404fb1a8") is a blob of its own (see below).
        auto hex_address = [&](std::size_t k) {
            if (k + 8 > t.size() || t[k] != '0' || (t[k + 1] != 'x' && t[k + 1] != 'X')) return false;
            std::size_t h = k + 2;
            while (h < t.size() && is_hex(t[h])) ++h;
            return h - k - 2 >= 6 && (h == t.size() || !b64(t[h]));
        };
        std::size_t j = i;
        int up = 0, lo = 0, dg = 0, changes = 0;
        int prev = -1;
        while (j < t.size() && b64(t[j]) && (j == i || !hex_address(j))) {
            const int k = is_upper(t[j]) ? 0 : is_lower(t[j]) ? 1 : is_dig(t[j]) ? 2 : 3;
            up += k == 0; lo += k == 1; dg += k == 2;
            if (prev >= 0 && k != prev) ++changes;
            prev = k;
            ++j;
        }
        const std::size_t len = j - i;
        if (len >= 24 && up >= 2 && lo >= 2 && dg >= 2 && changes * 4 >= static_cast<int>(len)) {
            if (t.substr(0, i).find_first_of(":;,") != npos) {
                // data:...;base64, — from the scheme on, or from the code's start
                const std::size_t scheme = t.substr(0, i).find("data:");
                take(scheme != npos && scheme > 0 ? scheme : code_start);
            } else {
                take(i + glued_word_length(t.substr(i, len), known_word));
            }
        }
        i = j;
    }
    for (std::size_t i = 0; i < t.size();) {
        if (!is_hex(t[i])) { ++i; continue; }
        std::size_t j = i;
        int dg = 0, lt = 0;
        while (j < t.size() && (is_hex(t[j]) || t[j] == '-')) {
            dg += is_dig(t[j]);
            lt += is_alpha(t[j]);
            ++j;
        }
        const bool prefixed = i >= 2 && t[i - 2] == '0' && (t[i - 1] == 'x' || t[i - 1] == 'X');
        if (prefixed && j - i >= 6) take(i - 2);
        else if (j - i >= 16 && dg >= 3 && lt >= 3 && (i == 0 || !is_alpha(t[i - 1])) && (j == t.size() || !is_alpha(t[j])))
            take(i);
        i = j;
        if (i < t.size() && (t[i] == 'x' || t[i] == 'X')) ++i;
    }
    // Percent-encoded bytes outside a URL: three or more %XX ("%E2%80%99s%20council").
    {
        std::size_t escapes = 0, first = npos;
        for (std::size_t p = t.find('%'); p != npos && p + 2 < t.size(); p = t.find('%', p + 1))
            if (is_hex(t[p + 1]) && is_hex(t[p + 2]) && (is_dig(t[p + 1]) || is_upper(t[p + 1]))) {
                if (first == npos) first = p;
                ++escapes;
            }
        if (escapes >= 3) take(first);
    }
    // Escape sequences left literal by a serializer: \u00e9, or two of \n \t \r \" in a row.
    {
        std::size_t escapes = 0, first = npos;
        for (std::size_t p = t.find('\\'); p != npos && p + 1 < t.size(); p = t.find('\\', p + 2)) {
            const char e = t[p + 1];
            const bool unicode = e == 'u' && p + 6 <= t.size() && is_hex(t[p + 2]) &&
                                 is_hex(t[p + 3]) && is_hex(t[p + 4]) && is_hex(t[p + 5]);
            if (unicode || e == 'n' || e == 't' || e == 'r' || e == '"') {
                if (first == npos) first = p;
                escapes += unicode ? 2 : 1;
            }
        }
        if (escapes >= 2) take(first);
    }
    // A query string: two or more key=value pairs joined by '&' ("sid=a8f9&ref=nl_2931").
    if (const std::size_t amp = t.find('&'); amp != npos && t.find('=') != npos) {
        std::size_t pairs = 0, start = 0;
        for (std::size_t p = 0; p <= t.size(); ++p) {
            if (p < t.size() && t[p] != '&') continue;
            const std::string_view pair = t.substr(start, p - start);
            const std::size_t eq = pair.find('=');
            pairs += eq != npos && eq > 0 && eq + 1 < pair.size();
            start = p + 1;
        }
        if (pairs >= 2) {
            const std::size_t q = t.find('?');
            take(q != npos && q < t.find('=') ? q : 0);  // "Tuesday?utm_source=…" keeps the word
        }
    }
    // A machine identifier: 16+ lower-case letters and digits in alternation ("x7k2m9p4q8r1s5").
    for (std::size_t i = 0; i < t.size();) {
        if (!is_lower(t[i]) && !is_dig(t[i])) { ++i; continue; }
        std::size_t j = i;
        int letters = 0, digits = 0, changes = 0;
        for (int prev = -1; j < t.size() && (is_lower(t[j]) || is_dig(t[j])); ++j) {
            const int k = is_dig(t[j]) ? 1 : 0;
            letters += k == 0;
            digits += k == 1;
            if (prev >= 0 && k != prev) ++changes;
            prev = k;
        }
        // (A run that continues a mixed-case word is the base64 rule's to judge.)
        const bool starts_word = i == 0 || !is_alpha(t[i - 1]);
        if (starts_word && j - i >= 16 && letters >= 5 && digits >= 5 && changes * 3 >= static_cast<int>(j - i) &&
            t.substr(i, j - i).find("0x") == npos)
            take(i);
        i = j;
    }
    // A source position: /app/index.js:10:15, "app.py", (file.php:42)
    if (const std::size_t pos = source_position(t); pos != npos) take(pos);
    if (t == "[object" || t == "Object]") take(0);
    if (is_log_tag(t)) take(0);
    return best;
}

bool is_soft(std::string_view t) {
    std::string_view core = t;
    while (!core.empty() && (core.back() == ',' || core.back() == ';' || core.back() == ':' || core.back() == ')'))
        core.remove_suffix(1);
    while (!core.empty() && core.front() == '(') core.remove_prefix(1);
    if (core.empty()) return false;
    // Long decimals: 0.026278714, 0.38172, 12.000001s (soft: they only join debris next to them)
    for (std::size_t p = core.find('.'); p != std::string_view::npos; p = core.find('.', p + 1)) {
        std::size_t d = p + 1;
        while (d < core.size() && is_dig(core[d])) ++d;
        if (p > 0 && is_dig(core[p - 1]) && d - p - 1 >= 4) return true;
    }
    // digits:letters (1:yy), letters=value, [tag]
    if (auto p = core.find(':'); p != std::string_view::npos && p > 0 && p + 1 < core.size() &&
                                 is_dig(core[p - 1]) && is_alpha(core[p + 1]))
        return !(core.ends_with("am") || core.ends_with("pm"));
    if (core.size() >= 3 && core.front() == '[' && core.back() == ']' &&
        std::all_of(core.begin() + 1, core.end() - 1, [](char c) { return is_lower(c) || c == '_' || c == '-'; }))
        return true;
    if (core == "undefined" || core == "NaN" || core == "null" || core == "[object Object]") return true;
    for (std::string_view rule : {"@media", "@font-face", "@import", "@keyframes", "@supports", "@charset"})
        if (core.starts_with(rule)) return true;  // a style sheet's at-rule
    if (core.starts_with("0x") || core.starts_with("0X")) return true;
    // identifiers: camelCase, snake_case, dotted.access (all ASCII)
    if (!std::all_of(core.begin(), core.end(), [](char c) { return is_alpha(c) || is_dig(c) || c == '_' || c == '.' || c == '$'; }))
        return false;
    if (core.size() >= 5 && is_lower(core[0])) {
        for (std::size_t i = 1; i < core.size(); ++i)
            if (is_upper(core[i]) && is_lower(core[i - 1])) return true;
    }
    if (auto p = core.find('_'); p != std::string_view::npos && p > 0 && p + 1 < core.size() && is_alpha(core[p - 1]) &&
                                 is_alpha(core[p + 1]))
        return true;
    if (auto p = core.find('.'); p != std::string_view::npos && p >= 2 && p + 2 < core.size() &&
                                 is_lower(core[p - 1]) && is_lower(core[p - 2]) && is_lower(core[p + 1]) &&
                                 is_lower(core[p + 2]) && core.back() != '.')
        return true;
    return false;
}

bool has_quote_mark(std::string_view t) {
    for (std::string_view q : {"\"", "«", "»", "“", "”", "„", "'", "‘", "’", "「", "」", "(", ")"})
        if (t.find(q) != std::string_view::npos) return true;
    return false;
}

// A plain word: letters a-z after an optional capital, an apostrophe or hyphen inside, a
// bracket or quote around and a sentence mark after. The bulk of prose; never debris, so the
// detectors below need not look at it.
bool plain_word(std::string_view t) {
    std::size_t b = 0, e = t.size();
    if (b < e && (t[b] == '(' || t[b] == '"' || t[b] == '\'')) ++b;
    while (e > b && std::string_view(".,;:!?)\"'").find(t[e - 1]) != std::string_view::npos) --e;
    if (b >= e) return false;
    const std::string_view core = t.substr(b, e - b);
    std::size_t i = is_upper(core[0]) ? 1 : 0;
    if (i == core.size()) return true;  // "I", "A"
    for (; i < core.size(); ++i)
        if (!is_lower(core[i]) && !((core[i] == '\'' || core[i] == '-') && i > 0 && i + 1 < core.size() && is_lower(core[i + 1])))
            return false;
    return core != "null" && core != "undefined";
}

Cls classify(std::string_view t, int dominant, std::uint32_t& cut, const KnownWord& known_word) {
    if (plain_word(t)) return Cls::neutral;
    if (is_url(t)) return Cls::neutral;
    std::size_t letters = 0, fffd = 0, digits = 0, foreign = 0;
    std::size_t i = 0;
    while (i < t.size()) {
        const char32_t cp = next_code_point(t, i);
        if (cp == 0xFFFD) { ++fffd; continue; }
        const int s = script_of(cp);
        if (s != script_none) {
            ++letters;
            if (s != script_latin && !scripts_compatible(s, dominant)) ++foreign;
        } else if (is_digit(cp)) {
            ++digits;
        }
    }
    if (fffd > 0) {
        // Mostly U+FFFD from the first one on: debris. Glued to a word ("March\uFFFD\uFFFD") it
        // starts after the word; two letters before it are more likely a piece of the debris.
        // Fewer (a broken letter inside a word) lose only the characters, below.
        const std::size_t first = t.find("\xEF\xBF\xBD");
        std::size_t word = 0, other = 0, tail_letters = 0, q = 0;
        while (q < t.size()) {
            const bool before = q < first;
            const char32_t cp = next_code_point(t, q);
            const bool wordish = is_letter(cp) || is_digit(cp);
            if (before) (wordish ? word : other) += 1;
            else tail_letters += wordish ? 1 : 0;
        }
        if (fffd >= tail_letters) {
            cut = word >= 3 && other == 0 ? static_cast<std::uint32_t>(first) : 0;
            return Cls::hard;
        }
    }
    if (auto p = hard_at(t, known_word); p != std::string_view::npos) {
        cut = static_cast<std::uint32_t>(p);
        return Cls::hard;
    }
    if (letters == 0 && digits == 0 && fffd == 0 && t.size() <= 3) return Cls::glue;
    if (fffd > 0 && letters <= 2) return Cls::soft;  // a scrap next to debris is part of it
    if (is_soft(t)) return Cls::soft;
    if (foreign * 2 > letters && !has_quote_mark(t)) return Cls::foreign;
    return Cls::neutral;
}

bool joins(Cls c) { return c != Cls::neutral; }

bool has_digit(std::string_view t) { return std::any_of(t.begin(), t.end(), is_dig); }

}  // namespace

std::vector<TextRange> find_garbage_runs(std::string_view original, int dominant, const KnownWord& known_word) {
    // Shortcodes and enclosed debris first; the other detectors see them blanked out, so a
    // word glued behind one ("…\"]The") is not taken for debris with it.
    std::vector<TextRange> shortcodes;
    find_shortcodes(original, shortcodes);
    find_enclosed_debris(original, shortcodes);
    std::sort(shortcodes.begin(), shortcodes.end(), [](const TextRange& a, const TextRange& b) { return a.begin < b.begin; });
    std::string masked;
    if (!shortcodes.empty()) {
        masked.assign(original);
        for (const TextRange& r : shortcodes) std::fill(masked.begin() + r.begin, masked.begin() + r.end, ' ');
    }
    const std::string_view text = shortcodes.empty() ? original : std::string_view(masked);
    std::vector<Tok> toks;
    // End of the current space-delimited word: a word split into several tokens below is
    // scanned once, not once per token (a 1 MB word of "<![CDATA[" was quadratic).
    std::size_t word_end = 0;
    for (std::size_t p = 0; p < text.size();) {
        while (p < text.size() && is_space(text[p])) ++p;
        if (p >= word_end) {
            word_end = p;
            while (word_end < text.size() && !is_space(text[word_end])) ++word_end;
        }
        std::size_t e = word_end;
        // "2025.[debug]" / "end.(function": debris glued behind a sentence end is its own token.
        for (std::size_t k = p + 1; k + 2 < e; ++k)
            if (is_terminal(text[k]) && !is_terminal(text[k - 1]) && std::string_view("[{(<").find(text[k + 1]) != std::string_view::npos) {
                e = k + 1;
                break;
            }
        // "consequences of[debug] rcmdBox ...": a log tag glued to a word starts a token.
        for (std::size_t k = p + 1; k + 4 < e; ++k)
            if (text[k] == '[') {
                // A log tag is at most 9 bytes: look no further (keeps "[[[[…" tokens linear).
                const std::size_t close = text.substr(0, std::min(e, k + 9)).find(']', k);
                if (close != std::string_view::npos && close < e && is_log_tag(text.substr(k, close + 1 - k))) {
                    e = k;
                    break;
                }
            }
        if (e > p) {
            Tok t;
            t.b = static_cast<std::uint32_t>(p);
            t.e = static_cast<std::uint32_t>(e);
            t.cls = classify(text.substr(p, e - p), dominant, t.cut, known_word);
            toks.push_back(t);
        }
        p = e;
    }
    std::vector<TextRange> out;
    const std::size_t n = toks.size();
    auto tok_text = [&](std::size_t k) { return text.substr(toks[k].b, toks[k].e - toks[k].b); };

    // Token shapes that are debris only together:
    auto nullish = [&](std::size_t k) {
        const std::string_view t = tok_text(k);
        return t == "NaN" || t == "undefined" || t == "null" || t == "[object" || t == "Object]";
    };
    auto all_digits = [&](std::size_t k) {
        const std::string_view t = tok_text(k);
        return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return is_dig(c) || c == '.' || c == ','; }) &&
               is_dig(t.front());
    };
    auto mark_hard = [&](std::size_t from, std::size_t to) {
        for (std::size_t j = from; j <= to; ++j) {
            toks[j].cls = Cls::hard;
            toks[j].cut = 0;
        }
    };
    for (std::size_t k = 0; k + 1 < n; ++k) {
        // "NaN undefined NaN": a serializer's empty values in a row
        if (nullish(k) && nullish(k + 1)) mark_hard(k, k + 1);
        // "at Object.<anonymous> (/app/index.js:10:15)": a stack frame, from its "at" on
        if (source_position(tok_text(k + 1)) != std::string_view::npos)
            for (std::size_t j = k + 1; j-- > 0 && k + 1 - j <= 3;)
                if (tok_text(j) == "at") {
                    mark_hard(j, k + 1);
                    break;
                }
        // "… in /var/www/app/single.php on line 42", "File \"app.py\", line 12": an error
        // message naming a source line, from its level label ("Warning:", "Traceback") on.
        if (!is_source_file(tok_text(k))) continue;
        std::size_t end = n;
        if (k + 3 < n && tok_text(k + 1) == "on" && tok_text(k + 2) == "line" && all_digits(k + 3)) end = k + 3;
        else if (k + 2 < n && tok_text(k + 1) == "line" && all_digits(k + 2)) end = k + 2;
        if (end == n) continue;
        std::size_t from = k;
        for (std::size_t j = k; j-- > 0 && k - j <= 10;) {
            std::string_view label = tok_text(j);
            if (ends_sentence(label)) break;
            while (!label.empty() && label.back() == ':') label.remove_suffix(1);
            if (label == "Warning" || label == "Notice" || label == "Deprecated" || label == "Fatal" ||
                label == "Error" || label == "Exception" || label == "Traceback" || label == "Parse") {
                from = j;
                break;
            }
        }
        mark_hard(from, end);
    }
    std::vector<std::pair<std::size_t, std::size_t>> runs;  // token index ranges, inclusive
    for (std::size_t k = 0; k < n; ++k) {
        if (toks[k].cls != Cls::hard) continue;
        std::size_t lo = k, hi = k;
        // A hard token glued behind text ("word.{{x}}") ends the run on the left.
        if (toks[k].cut == 0)
            while (lo > 0 && joins(toks[lo - 1].cls)) --lo;
        while (hi + 1 < n && joins(toks[hi + 1].cls)) ++hi;
        // A log line runs on after its tag: "[debug] fooWidget took 0.53s (54 nodes)". It ends
        // at its last technical token (digits, identifiers, a closing parenthesis of a group
        // with digits) within a few words, before any plain sentence end.
        if (is_log_tag(tok_text(k))) {
            bool group = false;
            for (std::size_t j = k + 1; j < n && j <= k + 8; ++j) {
                const std::string_view t = tok_text(j);
                const bool digits = has_digit(t);
                group = group || (t.front() == '(' && digits);
                const bool technical = toks[j].cls != Cls::neutral || digits || (group && t.back() == ')');
                if (technical) hi = std::max(hi, j);
                if (ends_sentence(t) && !technical) break;
                if (group && t.back() == ')') break;  // "(30 nodes)" closes the line
            }
        }
        // Debris at the end of a block often trails leftovers of its own (words of the
        // document's script, numbers): a short sentence-less tail with another odd token goes too.
        if (hi + 1 < n && n - hi - 1 <= 6) {
            bool sentence = false, odd = false;
            for (std::size_t j = hi + 1; j < n; ++j) {
                sentence |= ends_sentence(tok_text(j));
                odd |= toks[j].cls != Cls::neutral;
            }
            if (!sentence && odd) hi = n - 1;
        }
        if (!runs.empty() && lo <= runs.back().second + 2)  // one odd-free token between debris ("{{ x }}")
            runs.back().second = std::max(runs.back().second, hi);
        else runs.emplace_back(lo, hi);
        k = hi;
    }
    // A sentence-less tail after the last sentence made mostly of odd tokens (debug lines).
    if (n >= 2) {
        std::size_t start = n;
        for (std::size_t j = n; j-- > 0;)
            if (ends_sentence(tok_text(j))) { start = j + 1; break; }
        if (start > 0 && start < n && n - start <= 12 && (runs.empty() || runs.back().second < start)) {
            std::size_t soft = 0, odd = 0;
            for (std::size_t j = start; j < n; ++j) {
                soft += toks[j].cls == Cls::soft;
                odd += toks[j].cls == Cls::soft || toks[j].cls == Cls::glue;
            }
            if (soft >= 2 && odd * 5 >= (n - start) * 2) runs.emplace_back(start, n - 1);
        }
    }

    for (auto [lo, hi] : runs) {
        std::uint32_t begin = toks[lo].b;
        const Tok& first = toks[lo];
        if (first.cls == Cls::hard && first.cut > 0) {
            const std::string_view prefix = text.substr(first.b, first.cut);
            const bool punct_only = std::none_of(prefix.begin(), prefix.end(), [](char c) {
                return is_alpha(c) || is_dig(c) || static_cast<unsigned char>(c) >= 0x80;
            });
            begin = first.b + first.cut;
            if (punct_only) {
                // "word. .\"}x": the lone period belongs to the debris; "word .\"}x" keeps it
                // (it is the sentence end, separated by a cut link).
                if (lo > 0 && ends_sentence(tok_text(lo - 1))) begin = first.b;
            } else if (prefix.size() >= 2 && is_terminal(prefix.back()) && prefix.back() == prefix[prefix.size() - 2]) {
                --begin;  // "Company..\"]}": one period is the sentence's, one the debris'
            }
        }
        // Code runs are bracket balanced: an unmatched ')' pulls the start back to its '('.
        int open = 0;
        for (std::uint32_t p = begin; p < toks[hi].e; ++p) {
            if (text[p] == '(') ++open;
            else if (text[p] == ')') --open;
        }
        if (open < 0) {
            std::uint32_t p = begin;
            const std::uint32_t floor = lo > 0 ? toks[lo - 1].b : 0;
            while (p > floor && open < 0) {
                --p;
                if (text[p] == '(') ++open;
                else if (text[p] == ')') --open;
            }
            if (open == 0) begin = p;
        }
        out.push_back({begin, toks[hi].e});
    }
    // Single U+FFFD inside otherwise good words: drop just the character.
    // (The runs are in text order: one cursor walks them along.)
    const std::size_t run_count = out.size();
    std::size_t run = 0;
    for (std::size_t p = text.find("\xEF\xBF\xBD"); p != std::string_view::npos; p = text.find("\xEF\xBF\xBD", p + 3)) {
        while (run < run_count && out[run].end <= p) ++run;
        if (run < run_count && out[run].begin <= p) continue;
        out.push_back({static_cast<std::uint32_t>(p), static_cast<std::uint32_t>(p + 3)});
    }
    out.insert(out.end(), shortcodes.begin(), shortcodes.end());
    // Machine runs by statistics take whole tokens; where a detector above found the debris
    // start inside the run's first token (after a word it is glued to), that start wins.
    std::vector<TextRange> machine;
    find_machine_runs(original, dominant, known_word, machine);
    for (TextRange& m : machine) {
        std::uint32_t first_end = m.begin;
        while (first_end < m.end && !is_space(original[first_end])) ++first_end;
        std::uint32_t start = first_end;
        for (const TextRange& r : out)
            if (r.begin > m.begin && r.begin < start) start = r.begin;
        if (start < first_end) m.begin = start;
    }
    out.insert(out.end(), machine.begin(), machine.end());
    std::sort(out.begin(), out.end(), [](const TextRange& a, const TextRange& b) { return a.begin < b.begin; });
    // Ranges from the different detectors may overlap: merge them, so each byte goes once.
    // Debris parted only by a separator ("{{author}} | {{date}}") goes as one run.
    auto separator_only = [&](std::uint32_t b, std::uint32_t e) {
        int marks = 0;
        for (std::uint32_t k = b; k < e; ++k) {
            if (is_space(original[k])) continue;
            if (std::string_view("|/-,;:").find(original[k]) == std::string_view::npos || ++marks > 2) return false;
        }
        return true;
    };
    std::vector<TextRange> merged;
    for (const TextRange& r : out) {
        if (!merged.empty() && (r.begin <= merged.back().end || separator_only(merged.back().end, r.begin)))
            merged.back().end = std::max(merged.back().end, r.end);
        else merged.push_back(r);
    }
    return merged;
}

namespace {

// Lower-case ASCII words that stand alone (between non-alphanumerics) in the blocks' texts.
void collect_words(const std::vector<Block>& blocks, std::unordered_set<std::string>& words) {
    for (const Block& b : blocks) {
        const std::string_view t = b.text;
        for (std::size_t p = 0; p < t.size();) {
            if (!is_alpha(t[p])) { ++p; continue; }
            std::size_t e = p;
            while (e < t.size() && is_alpha(t[e])) ++e;
            const bool alone = (p == 0 || !is_dig(t[p - 1])) && (e == t.size() || !is_dig(t[e]));
            if (alone && e - p >= 3 && e - p <= 24) {
                std::string w(t.substr(p, e - p));
                for (char& c : w) c = is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
                words.insert(std::move(w));
            }
            p = e;
        }
        collect_words(b.children, words);
    }
}

}  // namespace

void remove_garbage(Document& doc, const NoiseOptions& options) {
    if (!options.garbage) return;
    const int dominant = dominant_script(doc);
    // Gathered on first use: only a blob glued to a word asks.
    std::optional<std::unordered_set<std::string>> words;
    const KnownWord known_word = [&](std::string_view w) {
        if (!words) {
            words.emplace();
            collect_words(doc.body, *words);
        }
        return words->contains(std::string(w));
    };
    // Whole blocks that are nothing but debris go; otherwise the runs are cut out.
    std::function<void(std::vector<Block>&)> walk = [&](std::vector<Block>& blocks) {
        // Blocks that go are marked and compacted once at the end: erasing each in place
        // was quadratic on pages with many debris blocks.
        std::vector<char> gone(blocks.size(), 0);
        for (std::size_t i = 0; i < blocks.size();) {
            Block& b = blocks[i];
            if (b.kind == BlockKind::code) { ++i; continue; }
            walk(b.children);
            if (b.text.empty()) { ++i; continue; }
            // A block drawn with one repeated symbol ("______") is a separator the author typed.
            if (b.text.find_first_not_of(b.text.front()) == std::string::npos) { ++i; continue; }
            auto runs = find_garbage_runs(b.text, dominant, known_word);
            if (runs.empty()) { ++i; continue; }
            const std::string original = b.text;
            for (auto it = runs.rbegin(); it != runs.rend(); ++it) {
                doc.removed.push_back(Removal{RemovalReason::garbage, true,
                                              original.substr(it->begin, it->end - it->begin), b.source_line, 0.9,
                                              b.order, static_cast<std::uint32_t>(it->begin)});
                erase_text(b, it->begin, it->end);
            }
            tidy_spaces(b);
            bool meaningful = false;
            std::size_t p = 0;
            while (p < b.text.size() && !meaningful) {
                const char32_t cp = next_code_point(b.text, p);
                meaningful = is_letter(cp) || is_digit(cp);
            }
            if (!meaningful && b.children.empty() && b.kind != BlockKind::figure) {
                // Whole block was debris: record it once as a block removal instead of spans.
                doc.removed.resize(doc.removed.size() - runs.size());
                doc.removed.push_back(Removal{RemovalReason::garbage, false, original, b.source_line, 0.9, b.order, 0});
                gone[i] = 1;
            }
            ++i;
        }
        std::size_t kept = 0;
        for (std::size_t i = 0; i < blocks.size(); ++i)
            if (!gone[i]) {
                if (kept != i) blocks[kept] = std::move(blocks[i]);
                ++kept;
            }
        blocks.resize(kept);
    };
    walk(doc.body);
}

}  // namespace winnow::detail
