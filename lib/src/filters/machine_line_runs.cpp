// Lines of a machine's text in a row, a line a block (a text page's session, dump or build file
// left unrendered): three or more lines, each bearing a mark prose does not write between its
// words, or a config line's shape, or short and without letters (a third of them at most), two
// or more with marks, and no sentence among them. The marks, by shape only: a shell's prompt; a
// bar alone opening the line (a template's parameter, "| name = …");
// a brace, bracket, angle bracket, bar, backslash, '=', '`' or '_' in a token of two or more
// characters; '$' before a letter or an opening mark (not a price); ';' inside a token; '*'
// glued to a letter, dot or slash; a path from the root or here, or of three parts, or a
// version after a slash ("HTTP/2"; one slash is prose's too: "and/or", "km/h"); ':' glued
// between a letter and
// a letter or digit ("BEGIN:VCARD", "node:20", "ex:14"); a token of two or more of
// `{}[]|!*=<>` alone ("!!", "|-", "**"); a long option ("--omit=dev") or a boundary after two
// or more dashes; '%' before a letter opening an operand ("%rbp"); a keyword in capitals
// opening a short line before technical arguments ("COPY app.py ."); an address in hex and a
// colon opening the line ("401126: 55 push"). Links and e-mail
// addresses bear none: a list of sources or contacts is prose's. Times ("18:00"), verses
// ("3:16"), phone numbers and dashes bear none either. A line ending on a brace it opens, and one
// of closing marks inside an open brace, count as marked; a name alone on its line inside one
// neither counts nor breaks the run.
#include <algorithm>

#include "filters/evidence.hpp"
#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens {

namespace {

bool link_or_address(std::string_view w) {
    if (w.find("://") != std::string_view::npos || w.starts_with("www.")) return true;
    const std::size_t at = w.find('@');
    return at != std::string_view::npos && at > 0 && w.find('.', at) != std::string_view::npos;
}

std::size_t token_marks(std::string_view w) {
    if (w.size() < 2 || link_or_address(w)) return 0;
    if (std::all_of(w.begin(), w.end(), [](char c) { return std::string_view("{}[]|!*=<>").find(c) != std::string_view::npos; }))
        return 1;  // ("|-", "!!"; a rule drawn with one symbol is none: line_marks)
    const bool alnum = std::any_of(w.begin(), w.end(), [](char c) { return is_alpha(c) || is_dig(c); });
    // A long option ("--omit=dev"), or a multipart body's boundary after its dashes ("------Web…").
    const std::size_t dashes = std::min(w.find_first_not_of('-'), w.size());
    std::size_t marks = dashes >= 2 && dashes < w.size() && is_alpha(w[dashes]);
    // A path: from the root or here ("/app", "./"), or of three parts ("lib/firin/ekmek.ex");
    // one slash is prose's too ("and/or", "km/h", an agency's credit).
    marks += w.front() == '/' || w.starts_with("./") || std::count(w.begin(), w.end(), '/') >= 2;
    for (std::size_t k = 0; k < w.size(); ++k) {
        const char c = w[k], prev = k > 0 ? w[k - 1] : ' ', next = k + 1 < w.size() ? w[k + 1] : ' ';
        if (std::string_view("{}[]|\\=`_").find(c) != std::string_view::npos) ++marks;
        else if (c == '<' || c == '>') marks += alnum;  // not an arrow ("->")
        else if (c == '$') marks += is_alpha(next) || next == '{' || next == '?' || next == '(';  // not a price
        else if (c == ';') marks += k + 1 < w.size();
        else if (c == '*') marks += is_alpha(prev) || is_alpha(next) || prev == '.' || next == '.' || prev == '/' || next == '/';
        else if (c == '/') marks += is_alpha(prev) && is_dig(next);  // a version ("HTTP/2", "nginx/1.24")
        else if (c == ':') marks += is_alpha(prev) && (is_alpha(next) || is_dig(next));
        // A register or a format opening an operand ("%rbp", "$0x0,%eax", "(%s)"); a share is a
        // number's ("50%").
        else if (c == '%') marks += is_alpha(next) && !is_alpha(prev) && !is_dig(prev);
    }
    return marks;
}

std::size_t line_marks(std::string_view t) {
    // A rule drawn with one symbol ("=====", "* * *") is the author's.
    if (t.find_first_not_of(std::string(1, t.front()) + " ") == std::string_view::npos) return 0;
    // A shell's prompt before a command: "$ ", "# " or "> " and a small letter.
    std::size_t marks = t.size() > 2 && (t[0] == '$' || t[0] == '#' || t[0] == '>') && t[1] == ' ' && is_lower(t[2]);
    // An address in hex before a colon opening the line: a disassembly's or a dump's row
    // ("401126: 55 push %rbp"); six signs or more, or a hex letter among four (a year is four digits).
    if (const std::size_t colon = t.find(": "); colon != std::string_view::npos && colon >= 4 && colon <= 16 &&
                                                std::all_of(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(colon), is_hex) &&
                                                (colon >= 6 || std::any_of(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(colon), is_alpha)))
        ++marks;
    // A bar alone opening the line: a template's parameter ("| name = …") or a table's row.
    marks += t.size() > 2 && t[0] == '|' && t[1] == ' ';
    // An instruction's keyword in capitals opening a short line before its arguments, one of
    // them technical — a file name, a path, an option, a "name:tag" (a build file's
    // "COPY requirements.txt .", "RUN pip install -r …"): a menu's or a heading's line in
    // capitals names dishes and prices, no file.
    if (const std::size_t sp = t.find(' '); sp != std::string_view::npos && sp >= 3 && sp <= 10 && t.size() <= 80 &&
                                             std::all_of(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(sp), is_upper)) {
        const std::string_view args = t.substr(sp + 1);
        bool technical = false;
        for (std::size_t p = 0; p < args.size() && !technical;) {
            const std::size_t e = std::min(args.find(' ', p), args.size());
            const std::string_view w = args.substr(p, e - p);
            technical = w.size() >= 2 && (w.front() == '/' || w.starts_with("./") || (w.front() == '-' && is_alpha(w[1])));
            for (std::size_t k = 1; k + 1 < w.size() && !technical; ++k)
                technical = (w[k] == '.' || w[k] == ':') && is_alpha(w[k - 1]) && is_alpha(w[k + 1]);
            p = e + 1;
        }
        marks += technical && !args.empty() && !is_upper(args.front());
    }
    for (std::size_t p = 0; p < t.size();) {
        const std::size_t e = std::min(t.find(' ', p), t.size());
        const std::string_view w = t.substr(p, e - p);
        // A brace alone between words ("errores { campo }"): prose sets none apart so.
        marks += (w == "{" || w == "}") && t.size() > 2 ? 1 : token_marks(w);
        p = e + 1;
    }
    return marks;
}

// A sentence's end: a stop after a letter at the line's end (a closing quote or bracket may
// follow), or before a space and a capital; or more than six words of letters alone.
bool has_sentence(std::string_view t) {
    std::size_t words = 0;
    for (std::size_t p = 0; p < t.size();) {
        const std::size_t e = std::min(t.find(' ', p), t.size());
        std::size_t q = p;
        bool letters = e - p >= 2;
        // (An ASCII byte is its own code point, a letter when is_alpha: no decoding.)
        while (letters && q < e)
            letters = static_cast<unsigned char>(t[q]) < 0x80 ? is_alpha(t[q++]) : is_letter(next_code_point(t, q));
        // (The count only grows: a paragraph of prose is decided at its seventh word, not read on.)
        if ((words += letters) > 6) return true;
        p = e + 1;
    }
    // A machine writes ASCII: more letters of other scripts than ASCII marks is prose's line,
    // and so is one with a sentence mark of another script ("。", "।", "؟").
    std::size_t ascii = 0, other = 0;
    for (std::size_t p = 0; p < t.size();) {
        if (static_cast<unsigned char>(t[p]) < 0x80) {  // (an ASCII byte: no sentence mark below)
            ascii += t[p++] != ' ';
            continue;
        }
        const char32_t cp = next_code_point(t, p);
        if (cp == U'\u3002' || cp == U'\uFF01' || cp == U'\uFF1F' || cp == U'\u0964' || cp == U'\u061F' || cp == U'\u06D4') return true;
        if (cp < 0x80) ascii += cp != ' ';
        else other += is_letter(cp);
    }
    if (other > ascii) return true;
    while (!t.empty() && std::string_view("\"')]").find(t.back()) != std::string_view::npos) t.remove_suffix(1);
    // (A stop closing a line of two words is a command's last argument as often: "COPY app.txt .",
    // read with the space before its stop taken away.)
    const bool short_line = std::count(t.begin(), t.end(), ' ') < 2;
    for (std::size_t k = 1; k < t.size(); ++k) {
        if (t[k] != '.' && t[k] != '!' && t[k] != '?') continue;
        if (!is_alpha(t[k - 1]) && static_cast<unsigned char>(t[k - 1]) < 0x80) continue;
        if ((k + 1 == t.size() && !short_line) || (k + 2 < t.size() && t[k + 1] == ' ' && is_upper(t[k + 2]))) return true;
    }
    return false;
}

}  // namespace

std::size_t machine_line_run(const std::vector<Block>& blocks, std::size_t i) {
    std::size_t j = i, marked = 0, bare = 0;
    long depth = 0;  // braces opened by the run's lines and not yet closed
    for (; j < blocks.size() && j < i + 200; ++j) {
        const Block& b = blocks[j];
        const std::string_view t = b.text;
        if (b.kind == BlockKind::code || !b.children.empty() || t.empty() || t.find('\n') != std::string_view::npos ||
            std::any_of(b.spans.begin(), b.spans.end(), [](const Span& s) { return s.kind == Span::Kind::code; }) || has_sentence(t))
            break;
        const long opened = depth;
        depth += std::count(t.begin(), t.end(), '{') - std::count(t.begin(), t.end(), '}');
        // A line that opens a block with a brace at its end ("mutation {"), or closes blocks
        // the run opened ("}", "});"): code's layout, never prose's.
        const bool opens = t.size() >= 3 && t.back() == '{' && t[t.size() - 2] == ' ';
        const bool closes = opened > 0 && t.find_first_not_of("}]);, ") == std::string_view::npos;
        if (line_marks(t) > 0 || opens || closes) { ++marked; continue; }
        // Inside a block a brace opened, a field's name alone on its line ("ok", "user_id").
        if (opened > 0 && t.size() <= 40 && std::all_of(t.begin(), t.end(), [](char c) { return is_alpha(c) || is_dig(c) || c == '_'; }))
            continue;
        const bool letterless = t.size() <= 6 && std::none_of(t.begin(), t.end(), [](char c) { return is_alpha(c) || static_cast<unsigned char>(c) >= 0x80; });
        if (!letterless && !config_shaped(t)) break;
        if (letterless && ++bare * 3 > j + 1 - i) break;
    }
    return j - i >= 3 && marked >= 2 ? j - i : 0;
}

}  // namespace winnow::detail::garbage_tokens
