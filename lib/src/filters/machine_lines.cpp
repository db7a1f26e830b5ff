// Machine text that is a sequence, not a token: statements of a query or command language and
// logger lines, found over the token statistics of filters/machine_text.cpp, which cuts the
// runs. Shape only: no keyword or level list.
#include <algorithm>
#include <string>

#include <utf8proc.h>

#include "filters/evidence.hpp"
#include "filters/garbage_tokens.hpp"
#include "filters/machine_tokens.hpp"

namespace winnow::detail::machine {

namespace gt = garbage_tokens;

// Whether the document's prose uses one of a token's names ("the app folder") besides the
// token itself: a path or statement explained by its sentence stays.
bool names_known(std::string_view t, const KnownWord& known_word, std::string_view around) {
    if (!known_word) return false;
    if (around.empty()) around = t;
    for (std::size_t p = 0; p < t.size();) {
        if (!((t[p] | 0x20) >= 'a' && (t[p] | 0x20) <= 'z')) { ++p; continue; }
        std::size_t e = p;
        while (e < t.size() && (t[e] | 0x20) >= 'a' && (t[e] | 0x20) <= 'z') ++e;
        if (e - p >= 3 && (p == 0 || !(t[p - 1] >= '0' && t[p - 1] <= '9')) && (e == t.size() || !(t[e] >= '0' && t[e] <= '9'))) {
            std::string w(t.substr(p, e - p));
            for (char& c : w) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
            std::size_t inside = 0;  // its own copies in the token (or around it) do not explain it
            const std::string_view name = t.substr(p, e - p);
            for (std::size_t q = around.find(name); q != std::string_view::npos; q = around.find(name, q + 1)) ++inside;
            if (static_cast<std::size_t>(known_word(w)) > inside) return true;
        }
        p = e;
    }
    return false;
}

std::size_t caps_tail(std::string_view t) {
    std::size_t p = 0, lower = 0, upper = 0, tail = 0;
    bool capital = false;  // a noun or a sentence's first word: "MarktWHERE"
    while (p < t.size()) {
        const std::size_t at = p;
        const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(next_code_point(t, p)));
        if (cat == UTF8PROC_CATEGORY_LU && at == 0) capital = true;
        else if (cat == UTF8PROC_CATEGORY_LL && upper == 0) ++lower;
        else if (cat == UTF8PROC_CATEGORY_LU && lower > 0) upper += upper == 0 ? (tail = at, 1) : 1;
        else if (cat == UTF8PROC_CATEGORY_MN && (lower > 0 || upper > 0)) continue;  // an accent that was not composed
        else return 0;
    }
    return upper >= 3 && (lower >= 2 || (upper >= 4 && !capital)) ? tail : 0;
}

// A statement of a query language (or any keyword-led machine command): upper-case keywords
// in groups of one to three, each followed by operands that are names (lower or mixed case,
// dotted or joined by '_'), numbers, operators, quoted literals or parenthesized lists, with
// the shape of code: an operator, a literal, a list, a qualified name or a closing ';'.
// Prose has upper-case words (acronyms, a shout) but not in alternation with lower-case
// operands and code order; a title-case word or a long plain stretch ends the candidate. No
// keyword is listed: the words are whatever upper-case tokens stand in those places. A
// statement whose names the document uses elsewhere is explained by its prose and stays.
void mark_statements(std::string_view text, const std::vector<TokenStats>& toks, std::vector<std::uint8_t>& score,
                     const KnownWord& known_word) {
    auto tok = [&](std::size_t k) { return text.substr(toks[k].b, toks[k].e - toks[k].b); };
    auto caps = [&](std::size_t k) {
        const TokenStats& t = toks[k];
        return t.letters >= 2 && t.upper == t.letters && t.digits == 0 && t.code == 0 && t.non_latin == 0 &&
               t.letters + t.commas == t.chars;
    };
    auto title = [&](std::size_t k) {  // "The", "Paris": a word of a sentence, not a name in code
        const std::string_view t = tok(k);
        return toks[k].upper == 1 && t[0] >= 'A' && t[0] <= 'Z' && toks[k].code == 0 && toks[k].lower + 1 == toks[k].letters &&
               toks[k].dots == 0;
    };
    auto is_op = [](std::string_view t) {
        return !t.empty() && t.size() <= 3 && t.find_first_not_of("=<>!") == std::string_view::npos;
    };
    // A name in code shape: camelCase that starts in lower case ("rowCount"; a brand such as
    // "eBay" has one letter before the capital), or letters glued to digits ("col12").
    auto code_name = [&](std::size_t k) {
        const TokenStats& s = toks[k];
        const char c = text[s.b];
        if (s.non_latin > 0 || s.letters < 3) return false;
        return (c >= 'a' && c <= 'z' && s.camel > 0 && s.lower >= 3 && s.upper <= 2) || (s.digits > 0 && s.letter_digit > 0 && s.lower >= 2);
    };
    // A statement pasted into a sentence may open with its lower-case keywords and operands
    // before the first upper-case keyword ("... ke_id >= 45 foo, bar SELECT ..."): walking back
    // on the same line, code pieces (an operator, a qualified name, a quoted literal, a number
    // right after an operator) join it over up to three plain words between them. The walk
    // stops at a sentence end, a title-case word or another script, and the statement starts at
    // its earliest code piece: the plain words before that are the sentence's (or an opening
    // keyword that cannot be told from them). Its operators, literals and lists are evidence.
    auto code_before = [&](std::size_t lo, bool& op_seen, bool& literal_seen, bool& list_seen) {
        std::size_t first = lo, plain = 0;
        for (std::size_t q = lo; q > 0 && plain <= 3;) {
            --q;
            const std::string_view t = tok(q);
            const TokenStats& s = toks[q];
            if (s.sentence_end || title(q) || s.non_latin > 0) break;
            if (text.substr(s.e, toks[q + 1].b - s.e).find('\n') != std::string_view::npos) break;
            const bool op = is_op(t) || (t.find_first_of("=<>") != std::string_view::npos && s.letters + s.digits > 0);
            const bool quoted = (t.front() == '\'' || t.front() == '"') && s.quotes >= 2 && s.chars <= 24;
            const bool number = s.letters == 0 && s.digits > 0 && q > 0 && is_op(tok(q - 1));
            // A list in parentheses, "(a, b)", read from its end: its items and the name before it.
            if (t.back() == ')') {
                std::size_t open = q;
                // (Items of code, not of a sentence: "(Lyon, Nice)" names places.)
                while (open > 0 && text[toks[open].b] != '(' && q - open < 8 && tok(open - 1).back() == ',' && !title(open)) --open;
                if (title(open) || (open + 1 < q && title(open + 1))) open = q;
                if (text[toks[open].b] == '(' && open < q) {
                    list_seen = true;
                    first = open > 0 && toks[open - 1].non_latin == 0 && !title(open - 1) && !toks[open - 1].sentence_end ? open - 1 : open;
                    q = first;
                    plain = 0;
                    continue;
                }
            }
            op_seen |= op;
            literal_seen |= quoted;
            if (op || quoted || number || code_name(q) || (s.letters >= 3 && s.underscore_joint)) {
                first = q;
                plain = 0;
            } else {
                ++plain;
            }
        }
        return first;
    };
    // A first keyword glued behind the sentence's last word ("boatsTÜCI a=1 KAZ b;"): the
    // statement starts inside the token (find_machine_runs keeps the word by caps_tail).
    auto glued = [&](std::size_t k) { return toks[k].upper >= 3 && toks[k].digits == 0 && toks[k].code == 0 && caps_tail(tok(k)) > 0; };
    const std::size_t n = toks.size();
    for (std::size_t k = 0; k < n; ++k) {
        const bool glued_start = !caps(k) && glued(k);
        if (!caps(k) && !glued_start) continue;
        int groups = 0, plain = 0, depth = 0;
        bool in_caps = false, op = false, literal = false, list = false, qualified = false, closed = false, list_ok = false;
        int list_items = 0;
        std::size_t hi = k, names = 0, known = 0, group_len = 0;
        // (Names up to the statement's last piece: the sentence's plain words after it are no evidence.)
        std::size_t names_hi = 0, known_hi = 0;
        // A line that starts with a few lower-case words before the first keyword starts with
        // the statement (its first keywords in lower case): prose lines start with a capital.
        std::size_t lo = k;
        {
            std::size_t ls = k;
            while (ls > 0 && k - ls <= 4 && text.substr(toks[ls - 1].e, toks[ls].b - toks[ls - 1].e).find('\n') == std::string_view::npos)
                --ls;
            const bool line_start = ls == 0 || text.substr(toks[ls - 1].e, toks[ls].b - toks[ls - 1].e).find('\n') != std::string_view::npos;
            bool plain_words = line_start && ls < k && text[toks[ls].b] >= 'a' && text[toks[ls].b] <= 'z';
            for (std::size_t q = ls; q < k && plain_words; ++q)
                plain_words = toks[q].non_latin == 0 && !toks[q].sentence_end && !title(q);
            if (plain_words && !glued_start) lo = ls;
        }
        // (The line's opening words are read from the first keyword on: they are the plain
        // words the walk back below takes, and counting them here would end the statement early.)
        std::size_t j = k;
        for (; j < n; ++j) {
            const std::string_view t = tok(j);
            const TokenStats& s = toks[j];
            const bool glued_here = glued_start && j == k;
            if (!glued_here && (s.non_latin > 0 || (title(j) && depth == 0))) break;
            if (j > lo && text.substr(toks[j - 1].e, s.b - toks[j - 1].e).find('\n') != std::string_view::npos) break;  // one line
            if ((caps(j) || glued_here) && depth == 0) {
                if (!in_caps) ++groups, group_len = 0;
                if (++group_len > 3) break;
                in_caps = true;
                plain = 0;
                continue;
            }
            const bool after_keyword = in_caps;
            in_caps = false;
            const int depth_before = depth;
            for (char c : t) depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) break;
            const bool operator_token = is_op(t) || t.find_first_of("=<>") != std::string_view::npos;
            op |= operator_token;
            const bool quoted = (t.front() == '\'' || t.front() == '"' || t.front() == '`') && s.quotes >= 2 && s.chars <= 24;
            literal |= quoted;
            // A list is items apart by commas in parentheses, each a name, number or literal:
            // "(a, b)", "(7, 'x')"; a parenthesis of prose has words without commas.
            const bool item = t.back() == ',' || t.back() == ')' || (depth > 0 && t.back() == '(');
            if (depth_before == 0 && depth > 0) list_items = 0, list_ok = true;
            if (depth_before > 0 || depth > 0) {
                list_ok &= item || operator_token;
                list_items += s.commas;
                if (depth == 0 && list_ok && list_items > 0) list = true;
            }
            // A qualified name: "a.b" (a dot between a name and two or more letters), "a_b".
            bool dotted = false;
            for (std::size_t d = t.find('.'); d != std::string_view::npos && d + 2 < t.size() && !dotted; d = t.find('.', d + 1))
                dotted = d > 0 && gt::is_alpha(t[d - 1]) && gt::is_alpha(t[d + 1]) && gt::is_alpha(t[d + 2]);
            qualified |= s.letters > 0 && (s.underscore_joint || dotted || code_name(j));
            closed |= t.back() == ';';
            // Names of the statement: its lower-case letter runs, as the document counts words.
            if (s.letters >= 3 && known_word)
                for (std::size_t p = 0; p < t.size();) {
                    if (!((t[p] | 0x20) >= 'a' && (t[p] | 0x20) <= 'z')) { ++p; continue; }
                    std::size_t e = p;
                    while (e < t.size() && ((t[e] | 0x20) >= 'a' && (t[e] | 0x20) <= 'z')) ++e;
                    if (e - p >= 3 && (p == 0 || !(t[p - 1] >= '0' && t[p - 1] <= '9')) && (e == t.size() || !(t[e] >= '0' && t[e] <= '9'))) {
                        std::string w(t.substr(p, e - p));
                        for (char& c : w) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
                        ++names;
                        known += known_word(w) >= 2;
                    }
                    p = e;
                }
            const bool codey = operator_token || ((depth > 0 || depth_before > 0) && list_ok) || s.digits > 0 || quoted ||
                               s.underscore_joint || dotted;
            if (depth == 0 && !codey && ++plain > 4) break;
            // The statement ends at its last piece of code, or at the name right after a keyword;
            // plain words after that are the sentence it was pasted into.
            // (A closing ';' is the statement's last piece, whatever the word it is glued to.)
            if (codey || closed || (after_keyword && !s.sentence_end)) hi = j, names_hi = names, known_hi = known;
            if (s.sentence_end || closed) break;
        }
        // (Its opening before the first keyword counts to its evidence and length: "a, b FROM c WHERE d=1".)
        const std::size_t opening = glued_start ? k : std::min(lo, code_before(k, op, literal, list));
        const int evidence = op + literal + list + qualified + closed;
        const bool statement = hi > k && (hi > opening + 1 || evidence >= 2) && ((groups >= 2 && evidence >= 1) || evidence >= 2) && depth <= 0;
        const bool explained = known_hi > 0 && known_hi * 2 >= names_hi;
        if (statement && !explained) {
            lo = opening;
            for (std::size_t q = lo; q <= hi; ++q) score[q] = std::max<std::uint8_t>(score[q], 2);
            score[k] = 3;
        }
        k = std::max(k, hi);
    }
}

// A logger's line: a timestamp with seconds (a date and a time of day, apart or glued, maybe in
// brackets, maybe a zone), a level (one short word, maybe in brackets), then the logger's name or call ("worker.poll()", "fetch_job:", "n=4"). Each part
// alone is prose ("on 2024-06-01 at 18:30:00 I left"); the sequence is not. The line's plain
// words after the call go too when the line ends within three of them.
void mark_log_lines(std::string_view text, const std::vector<TokenStats>& toks, std::vector<std::uint8_t>& score) {
    auto tok = [&](std::size_t k) { return text.substr(toks[k].b, toks[k].e - toks[k].b); };
    // A line pasted without a space after a word ("closed2014-11-23 …"): its date starts at the
    // first digit after two or more letters; the word before it is the sentence's.
    auto head = [&](std::size_t k) -> std::string_view {
        const std::string_view t = tok(k);
        if (toks[k].letters == 0) return t;
        std::size_t p = 0, letters = 0;
        while (p < t.size() && !(t[p] >= '0' && t[p] <= '9')) {
            // (A bracketed stamp glued to the word: "closed[23/11/2014:…".)
            if (t[p] == '[' && letters >= 2 && p + 1 < t.size() && t[p + 1] >= '0' && t[p + 1] <= '9') return t.substr(p);
            if (!is_letter(next_code_point(t, p))) return {};
            ++letters;
        }
        return letters >= 2 && p < t.size() ? t.substr(p) : std::string_view{};
    };
    auto count = [](std::string_view t, std::string_view of) {
        std::size_t n = 0;
        for (char c : t) n += of.find(c) != std::string_view::npos;
        return n;
    };
    auto date = [&](std::size_t k) {
        const TokenStats& s = toks[k];
        if (s.letters == 0) return s.digits >= 6 && s.chars <= 12 && (s.dashes == 2 || s.slashes == 2);
        if (s.digits < 6 || (s.dashes != 2 && s.slashes != 2)) return false;  // (most tokens: no walk)
        const std::string_view t = head(k);
        const std::size_t digits = count(t, "0123456789"), dashes = count(t, "-"), slashes = count(t, "/");
        return digits >= 6 && t.size() <= 12 && digits + dashes + slashes == t.size() && (dashes == 2 || slashes == 2);
    };
    auto time = [&](std::size_t k) { return toks[k].letters == 0 && toks[k].colons >= 2 && toks[k].digits >= 6; };
    auto glued = [&](std::size_t k) {  // "2005-08-04T02:22:35Z", "[03/06/2015:19:34:11"
        const TokenStats& t = toks[k];
        if (t.colons < 2 || t.digits < 12 || t.dashes + t.slashes < 2) return false;
        if (t.letters <= 2) return true;
        const std::string_view h = head(k);  // behind a word: "sent2005-08-04T02:22:35Z"
        std::size_t letters = 0;
        for (char c : h) letters += gt::is_alpha(c);
        return !h.empty() && letters <= 2 && count(h, ":") >= 2 && count(h, "0123456789") >= 12 && count(h, "-/") >= 2;
    };
    auto level = [&](std::size_t k) {
        std::string_view t = tok(k);
        const bool bracketed = t.size() >= 3 && (t.front() == '[' || t.front() == '<') && (t.back() == ']' || t.back() == '>');
        if (bracketed) t = t.substr(1, t.size() - 2);
        if (!t.empty() && t.back() == ':') t.remove_suffix(1);
        // A short word of letters in any script and case ("WARN", "info", "ŽU", "ОШ"): the
        // call after it decides.
        if (t.empty() || t.size() > 16) return false;
        std::size_t letters = 0;
        for (std::size_t p = 0; p < t.size(); ++letters)
            if (!is_letter(next_code_point(t, p))) return false;
        return letters <= 8;
    };
    auto strong_level = [&](std::size_t k) {  // "[info]", "WARN": a plain "name:" may follow
        const std::string_view t = tok(k);
        return t.front() == '[' || t.front() == '<' || toks[k].upper == toks[k].letters;
    };
    auto call = [&](std::size_t k, bool named) {  // a logger's name or call: code shape, not a word
        const std::string_view t = tok(k);
        const TokenStats& s = toks[k];
        return s.letters > 0 && (s.code > 0 || s.underscore_joint || (named && t.back() == ':') || s.letter_digit > 0 ||
                                 s.camel > 0 || (s.dots > 0 && t.back() != '.'));
    };
    auto new_line = [&](std::size_t k) {
        return k == 0 || text.substr(toks[k - 1].e, toks[k].b - toks[k - 1].e).find('\n') != std::string_view::npos;
    };
    const std::size_t n = toks.size();
    for (std::size_t k = 0; k < n; ++k) {
        std::size_t j = k;
        if (glued(k)) j = k + 1;
        else if (date(k) && k + 1 < n && time(k + 1)) j = k + 2;
        else continue;
        const std::size_t stamp_end = j - 1;
        const bool zoned = j < n && toks[j].letters == 0 && toks[j].digits == 4 && tok(j).find_first_of("+-") == 0;  // "+0100]"
        if (zoned) ++j;
        if (j + 1 >= n || !level(j)) continue;
        // A plain "name:" after a level word in small letters ("info desk:") is a logger's
        // when the stamp is a machine's (a zone, fractions of a second, brackets) or the line
        // goes on with key=value pairs.
        const std::string_view stamp = tok(stamp_end);
        bool machine_stamp = zoned || tok(k).find('[') != std::string_view::npos;
        for (std::size_t p = stamp.rfind(':'); p != std::string_view::npos && p + 3 < stamp.size() && !machine_stamp; p = std::string_view::npos)
            machine_stamp = (stamp[p + 3] == '.' || stamp[p + 3] == ',') && p + 4 < stamp.size() && stamp[p + 4] >= '0' && stamp[p + 4] <= '9';
        for (std::size_t q = j + 2; q < n && q < j + 6 && !new_line(q) && !machine_stamp; ++q) {
            const std::string_view t = tok(q);
            const std::size_t eq = t.find('=');
            machine_stamp = eq != std::string_view::npos && eq >= 2 && eq + 1 < t.size() && gt::is_alpha(t[0]) && toks[q].letters >= 2;
        }
        if (!call(j + 1, strong_level(j) || machine_stamp)) continue;
        std::size_t hi = j + 1;
        std::size_t q = hi + 1;
        while (q < n && !new_line(q) && call(q, false) && !toks[q].sentence_end) hi = q++;
        std::size_t end = q;  // plain words to the line's end
        while (end < n && !new_line(end) && end - q < 3 && !toks[end].sentence_end && toks[end].upper <= 1) ++end;
        if (end > q && (end == n || new_line(end))) hi = end - 1;
        for (std::size_t r = k; r <= hi; ++r) score[r] = std::max<std::uint8_t>(score[r], r < j ? 3 : 2);
        k = hi;
    }
}

}  // namespace winnow::detail::machine
