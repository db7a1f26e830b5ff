// Garbage tokens: the class of each whitespace token of a text, the ground of the garbage
// runs (filters/garbage_runs.cpp). Debris glued into otherwise good text (JSON closers, template and JS leaks,
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
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

#include <gumbo.h>

#include "filters/evidence.hpp"
#include "filters/encoded_tokens.hpp"
#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens {

namespace {

bool is_url(std::string_view t) {
    return t.find("://") != std::string_view::npos || t.starts_with("www.") || t.starts_with("mailto:") || is_doi(t);
}

// A full-width sentence end or pause ("。", "！", "？", "，", "：") at the start of t.
bool full_width_stop(std::string_view t) {
    if (t.empty() || (static_cast<unsigned char>(t[0]) != 0xE3 && static_cast<unsigned char>(t[0]) != 0xEF)) return false;
    for (std::string_view m : {"\u3002", "\uFF01", "\uFF1F", "\uFF0C", "\uFF1A", "\u3001"})
        if (t.starts_with(m)) return true;
    return false;
}

// Where a key=value pair glued behind a sentence starts ("über.utm_source=x&…"): after the
// sentence's mark, when a word of any script stands before it; else 0.
std::size_t after_sentence(std::string_view t, std::size_t limit) {
    std::size_t start = 0;
    for (std::size_t k = 1; k + 1 < t.size() && k < limit; ++k)
        if (is_terminal(t[k]) && (is_alpha(t[k - 1]) || static_cast<unsigned char>(t[k - 1]) >= 0x80) && is_alpha(t[k + 1]))
            start = k + 1;
        else if (k + 3 < limit && full_width_stop(t.substr(k)))
            start = k + 3;
    return start;
}

// Each detector below returns the position of its first match inside token t, or npos; hard_at
// takes the earliest.
constexpr auto npos = std::string_view::npos;

// Template delimiters: {{ }} {% %} ${ <% %>, and a build file's or a shell's substitution of a
// name, "$(" and a letter ("$(CC)", "$(BUILD)/%.o"): a price is written "$5", never "$(".
std::size_t template_delimiter_at(std::string_view t) {
    std::size_t best = npos;
    for (std::string_view d : {"{{", "}}", "{%", "%}", "${", "<%", "%>"})
        best = std::min(best, t.find(d));
    for (std::size_t p = t.find("$("); p != npos && p < best; p = t.find("$(", p + 1))
        if (p + 2 < t.size() && is_alpha(t[p + 2])) best = p;
    return best;
}

// A placeholder a template or a script left unreplaced: a name in capitals, digits and '_' (three
// or more, a letter first) between the same one or two '%' on both sides ("%%AUTHOR_NAME%%",
// "%USERPROFILE%"). A percentage has its digits before the '%', never a capital after it.
std::size_t placeholder_at(std::string_view t) {
    for (std::size_t p = t.find('%'); p != npos; p = t.find('%', p + 1)) {
        const std::size_t marks = p + 1 < t.size() && t[p + 1] == '%' ? 2 : 1;
        std::size_t q = p + marks;
        if (q >= t.size() || !is_upper(t[q])) continue;
        while (q < t.size() && (is_upper(t[q]) || is_dig(t[q]) || t[q] == '_')) ++q;
        if (q - p - marks < 3 || q + marks > t.size()) continue;
        if (t.substr(q, marks) == std::string_view("%%", marks) && (q + marks == t.size() || t[q + marks] != '%')) return p;
    }
    return npos;
}

// JSON / markup closers: a run of quote+bracket characters with a brace, or ] with a quote.
std::size_t closer_run_at(std::string_view t) {
    auto closer = [](char c) { return c == '"' || c == ']' || c == '}' || c == '[' || c == '{'; };
    for (std::size_t i = 0; i < t.size();) {
        if (!closer(t[i])) { ++i; continue; }
        std::size_t j = i;
        bool brace = false, bracket = false, quote = false;
        while (j < t.size() && closer(t[j])) {
            brace |= t[j] == '{' || t[j] == '}';
            bracket |= t[j] == ']';  // '"[' opens an editorial insertion ("[We] ...") in prose
            quote |= t[j] == '"';
            ++j;
        }
        if (j - i >= 2 && (brace || (bracket && quote))) return i;
        i = j;
    }
    return npos;
}

// Where code glued behind words starts: after a sentence's punctuation ("Delhi?(function(){"),
// a word's own colon or comma ("etapas:{{user}}", "reported.\"}]"), in any script
// ("бюджета.\"]}"), or a full-width stop ("来る。\"}]"); a style rule glued to a word
// ("close.adSlot{display:none}") at its selector. 0 when nothing is glued before it.
std::size_t code_start_of(std::string_view t) {
    std::size_t code_start = 0;
    for (std::size_t k = 1; k + 1 < t.size(); ++k) {
        const bool ends_word = is_terminal(t[k]) || t[k] == ':' || t[k] == ',' || t[k] == ';';
        const bool letter_before = is_alpha(t[k - 1]) || static_cast<unsigned char>(t[k - 1]) >= 0x80;
        if (ends_word && letter_before && std::string_view("({[<$.\"").find(t[k + 1]) != npos)
            code_start = k + 1;
        else if (k + 3 < t.size() && full_width_stop(t.substr(k)) && std::string_view("({[<$\"!").find(t[k + 3]) != npos)
            code_start = k + 3;
    }
    if (const std::size_t brace = t.find('{'); code_start == 0 && brace != npos) {
        std::size_t q = brace;
        while (q > 0 && (is_alpha(t[q - 1]) || is_dig(t[q - 1]) || t[q - 1] == '_' || t[q - 1] == '-')) --q;
        const bool word_before = q >= 2 && (is_alpha(t[q - 2]) || static_cast<unsigned char>(t[q - 2]) >= 0x80);
        if (q < brace && word_before && (t[q - 1] == '.' || t[q - 1] == '#')) code_start = q - 1;
    }
    return code_start;
}

// Code: braces together with code punctuation, call chains, statements, a glued assignment.
bool looks_like_code(std::string_view t) {
    if (t.find_first_of("{}") != npos && t.find_first_of(":;=(") != npos) return true;
    // (")(" and ");" alone occur in prose: "section 5(a)(1)", "(see partner);")
    for (std::string_view d : {"();", "});", "})", "){", "=>", "&&", "||", "[]", "()."})
        if (t.find(d) != npos && t.size() > d.size()) return true;
    // ident=ident( or ident=ident; (assignment glued without spaces)
    const std::size_t p = t.find('=');
    return p != npos && p > 0 && p + 1 < t.size() && is_alpha(t[p - 1]) && (is_alpha(t[p + 1]) || t[p + 1] == '"') &&
           t.find_first_of("(;") != npos;
}

// A type's arguments glued to its name ("vector<int>", "Vec<u8>", "List<Integer>>", "Array<T>,"):
// '<' right after an identifier's character, only identifiers, commas, dots and brackets up to
// the last '>', and no letter after it; and no HTML element's name written as markup is (all
// lower or all upper case: "year<br>", "end<P>", "title<h2>"). A tag in text also stands apart
// or opens on a word it wraps ("<b>bold", "</p>", "<span class=…>").
bool type_arguments_at(std::string_view t, std::size_t p) {
    const auto ident = [](char c) { return is_alpha(c) || is_dig(c) || c == '_'; };
    if (p == 0 || !ident(t[p - 1])) return false;
    std::size_t name_end = p + 1;
    while (name_end < t.size() && is_alpha(t[name_end])) ++name_end;
    std::string name(t.substr(p + 1, name_end - p - 1));
    const bool one_case = std::all_of(name.begin(), name.end(), is_lower) || std::all_of(name.begin(), name.end(), is_upper);
    for (char& c : name) c = static_cast<char>(c | 0x20);
    if (name == "h" && name_end < t.size() && t[name_end] >= '1' && t[name_end] <= '6') name += t[name_end++];
    if (one_case && !name.empty() && name_end < t.size() && (t[name_end] == '>' || t[name_end] == '/') &&
        gumbo_tagn_enum(name.data(), static_cast<unsigned int>(name.size())) != GUMBO_TAG_UNKNOWN)
        return false;
    std::size_t last = npos;
    for (std::size_t k = p + 1; k < t.size(); ++k) {
        const char c = t[k];
        if (c == '>') last = k;
        else if (!(ident(c) || c == '<' || c == ',' || c == '.' || c == ':' || c == '?' || c == '[' || c == ']')) break;
    }
    return last != npos && (last + 1 == t.size() || !is_alpha(t[last + 1]));
}

// Markup tags: </div>, <br/>, <span class="x">; or an attribute closing a tag ("class=\"caption\">",
// "alt=''/>") whose name went into the token before ("<span"), split off by the space. Prose
// never closes a quote with '>'.
std::size_t markup_at(std::string_view t) {
    std::size_t best = npos;
    for (std::size_t p = t.find('<'); p != npos; p = t.find('<', p + 1)) {
        std::size_t q = p + 1;
        if (q < t.size() && t[q] == '/') ++q;
        if (q < t.size() && is_alpha(t[q]) && t.find('>', q) != npos && !(q == p + 1 && type_arguments_at(t, p))) {
            best = p;
            break;
        }
    }
    for (std::size_t eq = t.find('='); eq != npos && eq + 1 < t.size(); eq = t.find('=', eq + 1)) {
        const char q = t[eq + 1];
        if (q != '"' && q != '\'') continue;
        std::size_t name = eq;
        while (name > 0 && (is_alpha(t[name - 1]) || t[name - 1] == '-' || t[name - 1] == '_' || t[name - 1] == ':')) --name;
        const std::size_t close = t.find(q, eq + 2);
        if (name == eq || close == npos || !is_alpha(t[name])) continue;
        const std::string_view rest = t.substr(close + 1);
        if (rest.starts_with(">") || rest.starts_with("/>")) return std::min(best, name);
    }
    return best;
}

// Runs of five or more box-drawing, block and geometric shape characters (U+2500-U+25FF):
// ■■■■■ ░░▒▒▓▓; and runs of ten or more ASCII symbols (shorter ones censor words: "F*****").
std::size_t symbol_run_at(std::string_view t) {
    std::size_t best = npos;
    std::size_t run = 0, start = 0;
    for (std::size_t i = 0; i < t.size();) {
        const auto b0 = static_cast<unsigned char>(t[i]);
        const bool shape = b0 == 0xE2 && i + 2 < t.size() && (static_cast<unsigned char>(t[i + 1]) == 0x94 ||
                                                              static_cast<unsigned char>(t[i + 1]) == 0x95 ||
                                                              static_cast<unsigned char>(t[i + 1]) == 0x96 ||
                                                              static_cast<unsigned char>(t[i + 1]) == 0x97);
        if (shape) {
            if (run++ == 0) start = i;
            if (run >= 5) best = std::min(best, start);
            i += 3;
        } else {
            run = 0;
            ++i;
        }
    }
    auto sym = [](char c) { return c == '#' || c == '=' || c == '*' || c == '~' || c == '_' || c == '+' ||
                                   c == '^' || c == '|' || c == '<' || c == '>' || c == '-' || c == '\\' ||
                                   c == '/' || c == '@' || c == '$' || c == '%' || c == '&'; };
    for (std::size_t i = 0; i < t.size();) {
        if (!sym(t[i])) { ++i; continue; }
        std::size_t j = i;
        while (j < t.size() && sym(t[j])) ++j;
        if (j - i >= 10) best = std::min(best, i);
        i = j;
    }
    return best;
}

// A query string: two or more key=value pairs joined by '&' ("sid=a8f9&ref=nl_2931").
std::size_t query_string_at(std::string_view t) {
    if (t.find('&') == npos || t.find('=') == npos) return npos;
    std::size_t pairs = 0, start = 0;
    for (std::size_t p = 0; p <= t.size(); ++p) {
        if (p < t.size() && t[p] != '&') continue;
        const std::string_view pair = t.substr(start, p - start);
        const std::size_t eq = pair.find('=');
        pairs += eq != npos && eq > 0 && eq + 1 < pair.size();
        start = p + 1;
    }
    if (pairs < 2) return npos;
    const std::size_t q = t.find('?');
    // "Tuesday?utm_source=…" keeps the word, "Tag.utm_source=…" its sentence
    return q != npos && q < t.find('=') ? q : after_sentence(t, t.find('='));
}

// A machine identifier: 16+ lower-case letters and digits in alternation ("x7k2m9p4q8r1s5").
std::size_t machine_identifier_at(std::string_view t) {
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
            return i;
        i = j;
    }
    return npos;
}

// A word of letters alone, of any script, maybe with clause marks at its end ("NASA", "Straße,",
// "город."): no detector of hard_at finds anything in it. Each needs a digit, an ASCII mark
// inside the token, a box-drawing character (lead byte E2), or a run of 24 ASCII letters
// (a blob); none of these is here.
bool letters_only(std::string_view t) {
    std::size_t e = t.size();
    while (e > 0 && (t[e - 1] == '.' || t[e - 1] == ',' || t[e - 1] == ';' || t[e - 1] == ':' || t[e - 1] == '!' || t[e - 1] == '?')) --e;
    std::size_t run = 0;
    for (std::size_t i = 0; i < e; ++i) {
        const auto c = static_cast<unsigned char>(t[i]);
        if (c >= 0x80) {
            if (c == 0xE2) return false;
            run = 0;
        } else if (!is_alpha(static_cast<char>(c)) || ++run >= 24) {
            return false;
        }
    }
    return e > 0;
}

// The bytes the detectors above need, by class (one bit each), so the token is read once for
// all of them: a detector whose byte the token lacks, or that needs a longer token, finds
// nothing in it and is not run.
enum NeededByte : std::uint16_t {
    n_brace = 1,         // '{' '}'
    n_percent = 2,       // '%'
    n_close_bracket = 4, // ']'
    n_open_bracket = 8,  // '['
    n_angle = 16,        // '<'
    n_equals = 32,       // '='
    n_amp = 64,          // '&'
    n_backslash = 128,   // '\'
    n_pipe = 256,        // '|'
    n_paren = 512,       // '(' ')'
    n_colon = 1024,      // ':'
    n_dot = 2048,        // '.'
    n_high = 4096,       // a byte of a multi-byte character
};
constexpr std::array<std::uint16_t, 256> kNeededBytes = [] {
    std::array<std::uint16_t, 256> m{};
    m['{'] = m['}'] = n_brace;
    m['%'] = n_percent;
    m[']'] = n_close_bracket;
    m['['] = n_open_bracket;
    m['<'] = n_angle;
    m['='] = n_equals;
    m['&'] = n_amp;
    m['\\'] = n_backslash;
    m['|'] = n_pipe;
    m['('] = m[')'] = n_paren;
    m[':'] = n_colon;
    m['.'] = n_dot;
    for (std::size_t c = 0x80; c < 0x100; ++c) m[c] = n_high;
    return m;
}();

// Position of the first hard-debris pattern inside the token, or npos.
std::size_t hard_at(std::string_view t, const KnownWord& known_word) {
    if (letters_only(t)) return npos;
    std::uint16_t bytes = 0;
    for (const char c : t) bytes |= kNeededBytes[static_cast<unsigned char>(c)];
    const auto has = [&](std::uint16_t any) { return (bytes & any) != 0; };
    std::size_t best = npos;
    // (Each delimiter has a brace, a '%' or a '('; a closer run a brace or a ']'; a tag a '<' or an
    // attribute's '='; a shape run a multi-byte character, an ASCII run ten bytes; a hex address
    // eight bytes, an identifier sixteen, a web token three parts of ten; escapes a '%', '&' or
    // '\\'; a query string '&'; a message key its '.'.)
    if (has(n_brace | n_percent | n_paren)) best = std::min(best, template_delimiter_at(t));
    if (has(n_percent)) best = std::min(best, placeholder_at(t));
    if (has(n_brace | n_close_bracket)) best = std::min(best, closer_run_at(t));
    if (has(n_angle | n_equals)) best = std::min(best, markup_at(t));
    if (has(n_high) || t.size() >= 10) best = std::min(best, symbol_run_at(t));
    if (t.size() >= 8) best = std::min(best, hex_at(t));
    if (has(n_percent | n_amp | n_backslash)) best = std::min(best, literal_escapes_at(t));
    if (has(n_amp)) best = std::min(best, query_string_at(t));
    if (t.size() >= 16) best = std::min(best, machine_identifier_at(t));
    if (t.size() >= 32) best = std::min(best, web_token_at(t));
    if (has(n_dot)) best = std::min(best, glued_message_key_at(t));
    // A blob is 24 bytes or more, or a data URI (its "data:"); code has a brace, a bracket, a
    // parenthesis, '=', '&' or '|'. Both need where code starts.
    const bool blob = t.size() >= 24 || has(n_colon);
    const bool code = has(n_brace | n_open_bracket | n_paren | n_equals | n_amp | n_pipe) && looks_like_code(t);
    const std::size_t code_start = blob || code ? code_start_of(t) : 0;
    if (blob) best = std::min(best, base64_at(t, code_start, known_word));
    if (code) best = std::min(best, code_start);
    // A source position: /app/index.js:10:15, "app.py", (file.php:42)
    best = std::min(best, source_position(t));
    if (t == "[object" || t == "Object]") best = 0;
    if ((is_dig(t.front()) || t.front() == '-') && number_row(t)) best = 0;
    if (is_log_tag(t)) best = 0;
    // The close of a tag written self-closing with a space ("<br />", "<hr />"): markup's alone.
    if (t.starts_with("/>")) best = 0;
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
    // A tag's opening split from its attributes by a space ("<div", "<img"): joins the attribute after it.
    if (core.size() >= 2 && core.front() == '<' && std::all_of(core.begin() + 1, core.end(), is_alpha)) return true;
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
    // (Compares, not a find in a string of marks: that calls memchr for every token.)
    const auto trailing_mark = [](char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == '"' || c == '\'';
    };
    while (e > b && trailing_mark(t[e - 1])) --e;
    if (b >= e) return false;
    const std::string_view core = t.substr(b, e - b);
    std::size_t i = is_upper(core[0]) ? 1 : 0;
    if (i == core.size()) return true;  // "I", "A"
    for (; i < core.size(); ++i)
        if (!is_lower(core[i]) && !((core[i] == '\'' || core[i] == '-') && i > 0 && i + 1 < core.size() && is_lower(core[i + 1])))
            return false;
    return core != "null" && core != "undefined";
}

}  // namespace

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

// Where a beacon's address starts in t, or npos: a link whose query carries five or more
// parameters, three of them opaque values (four or more signs with a digit: ids, counters,
// stamps). A reader's link names a page, maybe a search of a few words and a page number;
// only a counter's pixel or collector sends a visit's identifiers along.
std::size_t beacon_url_at(std::string_view t) {
    const std::size_t scheme = t.find("://");
    const std::size_t q = t.find('?', scheme == npos ? 0 : scheme);
    if (scheme == npos || q == npos) return npos;
    std::size_t pairs = 0, opaque = 0, start = q + 1;
    for (std::size_t p = start; p <= t.size(); ++p) {
        if (p < t.size() && t[p] != '&') continue;
        const std::string_view pair = t.substr(start, p - start);
        const std::size_t eq = pair.find('=');
        if (eq != npos && eq > 0 && eq + 1 < pair.size()) {
            ++pairs;
            const std::string_view value = pair.substr(eq + 1);
            opaque += value.size() >= 4 && std::any_of(value.begin(), value.end(), is_dig);
        }
        start = p + 1;
    }
    if (pairs < 5 || opaque < 3) return npos;
    std::size_t b = scheme;
    while (b > 0 && is_alpha(t[b - 1])) --b;
    return b;
}

Cls classify(std::string_view t, int dominant, std::uint32_t& cut, const KnownWord& known_word) {
    if (plain_word(t)) return Cls::neutral;
    // A link is prose's, but for one that is a tag's content ("<loc>https://…</loc>"): markup's.
    // (A link in a tag's attribute, "<a href=\"https://…\">", is a text page quoting markup.)
    if (is_url(t)) {
        if (const std::size_t beacon = beacon_url_at(t); beacon != npos) {
            cut = static_cast<std::uint32_t>(beacon);
            return Cls::hard;
        }
        const std::size_t tag = markup_at(t);
        const std::size_t link = std::min(t.find(">http"), t.find(">www."));
        if (tag == std::string_view::npos || link == std::string_view::npos || tag > link) {
            // Debris glued behind a whole address ("…/report.\"]}"): the address stays, the tail is read.
            const std::size_t end = web_address_end(t);
            if (end > 0 && end < t.size())
                if (const std::size_t p = hard_at(t.substr(end), known_word); p != npos) {
                    cut = static_cast<std::uint32_t>(end + p);
                    return Cls::hard;
                }
            return Cls::neutral;
        }
        cut = static_cast<std::uint32_t>(tag);
        return Cls::hard;
    }
    std::size_t letters = 0, fffd = 0, digits = 0, foreign = 0;
    std::size_t i = 0;
    while (i < t.size()) {
        if (static_cast<unsigned char>(t[i]) < 0x80) {  // its own code point: script_of's and is_digit's ASCII rows
            letters += is_alpha(t[i]);
            digits += is_dig(t[i]);
            ++i;
            continue;
        }
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
    // One U+FFFD alone marks one undecodable byte of the page: a fact about the text, not
    // debris, so it stays where it is (runs of them are a broken stretch, below).
    if (fffd == 1) fffd = 0;
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

bool has_digit(std::string_view t) { return std::any_of(t.begin(), t.end(), is_dig); }

}  // namespace winnow::detail::garbage_tokens
