// A statement of a query language (or any keyword-led machine command): upper-case keywords
// in groups of one to three, each followed by operands that are names (lower or mixed case,
// dotted or joined by '_'), numbers, operators, quoted literals or parenthesized lists, with
// the shape of code: an operator, a literal, a list, a qualified name or a closing ';'.
// Prose has upper-case words (acronyms, a shout) but not in alternation with lower-case
// operands and code order; a title-case word or a long plain stretch ends the candidate. No
// keyword is listed: the words are whatever upper-case tokens stand in those places. A
// statement whose names the document uses elsewhere is explained by its prose and stays.
#include <algorithm>
#include <string>

#include "filters/evidence.hpp"
#include "filters/garbage_tokens.hpp"
#include "filters/machine_tokens.hpp"

namespace winnow::detail::machine {

namespace gt = garbage_tokens;

namespace {

bool is_op(std::string_view t) { return !t.empty() && t.size() <= 3 && t.find_first_not_of("=<>!") == std::string_view::npos; }

// What the walk from a statement's first keyword found: where its last piece of code is, its
// keyword groups, its evidence of code, and its names (up to that last piece) the prose knows.
struct StatementWalk {
    std::size_t hi = 0;
    int groups = 0, depth = 0;
    bool op = false, literal = false, list = false, qualified = false, closed = false;
    std::size_t names_hi = 0, known_hi = 0;
};

// The token shapes a statement is read by, over one text's tokens.
class StatementScan {
public:
    StatementScan(std::string_view text, const std::vector<TokenStats>& toks, const KnownWord& known_word)
        : text_(text), toks_(toks), known_word_(known_word) {}

    std::string_view tok(std::size_t k) const { return text_.substr(toks_[k].b, toks_[k].e - toks_[k].b); }
    // A keyword: letters all in upper case, nothing else but commas.
    bool caps(std::size_t k) const {
        const TokenStats& t = toks_[k];
        return t.letters >= 2 && t.upper == t.letters && t.digits == 0 && t.code == 0 && t.non_latin == 0 &&
               t.letters + t.commas == t.chars;
    }
    // A first keyword glued behind the sentence's last word ("boatsTÜCI a=1 KAZ b;"): the
    // statement starts inside the token (find_machine_runs keeps the word by caps_tail).
    bool glued(std::size_t k) const {
        return toks_[k].upper >= 3 && toks_[k].digits == 0 && toks_[k].code == 0 && caps_tail(tok(k)) > 0;
    }
    std::size_t line_opening(std::size_t k, bool glued_start) const;
    // (count_names_known: whether to count the names the prose knows, which asks the document's words:
    // only a walk that found a statement needs them.)
    StatementWalk walk(std::size_t k, std::size_t lo, bool glued_start, bool count_names_known) const;
    std::size_t code_before(std::size_t lo, bool& op_seen, bool& literal_seen, bool& list_seen) const;

private:
    bool title(std::size_t k) const {  // "The", "Paris": a word of a sentence, not a name in code
        const std::string_view t = tok(k);
        return toks_[k].upper == 1 && t[0] >= 'A' && t[0] <= 'Z' && toks_[k].code == 0 &&
               toks_[k].lower + 1 == toks_[k].letters && toks_[k].dots == 0;
    }
    // A name in code shape: camelCase that starts in lower case ("rowCount"; a brand such as
    // "eBay" has one letter before the capital), or letters glued to digits ("col12").
    bool code_name(std::size_t k) const {
        const TokenStats& s = toks_[k];
        const char c = text_[s.b];
        if (s.non_latin > 0 || s.letters < 3) return false;
        return (c >= 'a' && c <= 'z' && s.camel > 0 && s.lower >= 3 && s.upper <= 2) ||
               (s.digits > 0 && s.letter_digit > 0 && s.lower >= 2);
    }
    bool line_break_before(std::size_t k) const {
        return text_.substr(toks_[k - 1].e, toks_[k].b - toks_[k - 1].e).find('\n') != std::string_view::npos;
    }
    void count_names(std::string_view t, std::size_t& names, std::size_t& known) const;

    std::string_view text_;
    const std::vector<TokenStats>& toks_;
    const KnownWord& known_word_;
};

// A line that starts with a few lower-case words before the first keyword starts with the
// statement (its first keywords in lower case): prose lines start with a capital.
std::size_t StatementScan::line_opening(std::size_t k, bool glued_start) const {
    std::size_t ls = k;
    while (ls > 0 && k - ls <= 4 && !line_break_before(ls)) --ls;
    const bool line_start = ls == 0 || line_break_before(ls);
    bool plain_words = line_start && ls < k && text_[toks_[ls].b] >= 'a' && text_[toks_[ls].b] <= 'z';
    for (std::size_t q = ls; q < k && plain_words; ++q)
        plain_words = toks_[q].non_latin == 0 && !toks_[q].sentence_end && !title(q);
    return plain_words && !glued_start ? ls : k;
}

// Names of the statement: its lower-case letter runs, as the document counts words.
void StatementScan::count_names(std::string_view t, std::size_t& names, std::size_t& known) const {
    for (std::size_t p = 0; p < t.size();) {
        if (!((t[p] | 0x20) >= 'a' && (t[p] | 0x20) <= 'z')) { ++p; continue; }
        std::size_t e = p;
        while (e < t.size() && ((t[e] | 0x20) >= 'a' && (t[e] | 0x20) <= 'z')) ++e;
        if (e - p >= 3 && (p == 0 || !(t[p - 1] >= '0' && t[p - 1] <= '9')) && (e == t.size() || !(t[e] >= '0' && t[e] <= '9'))) {
            std::string w(t.substr(p, e - p));
            for (char& c : w) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
            ++names;
            known += known_word_(w) >= 2;
        }
        p = e;
    }
}

// From the first keyword on, one line: keyword groups and their operands, to the statement's
// last piece of code. (The line's opening words are read from the first keyword on: they are
// the plain words code_before takes, and counting them here would end the statement early.)
StatementWalk StatementScan::walk(std::size_t k, std::size_t lo, bool glued_start, bool count_names_known) const {
    StatementWalk w;
    w.hi = k;
    int plain = 0, list_items = 0;
    bool in_caps = false, list_ok = false;
    std::size_t names = 0, known = 0, group_len = 0;
    for (std::size_t j = k; j < toks_.size(); ++j) {
        const std::string_view t = tok(j);
        const TokenStats& s = toks_[j];
        const bool glued_here = glued_start && j == k;
        if (!glued_here && (s.non_latin > 0 || (title(j) && w.depth == 0))) break;
        if (j > lo && line_break_before(j)) break;  // one line
        if ((caps(j) || glued_here) && w.depth == 0) {
            if (!in_caps) ++w.groups, group_len = 0;
            if (++group_len > 3) break;
            in_caps = true;
            plain = 0;
            continue;
        }
        const bool after_keyword = in_caps;
        in_caps = false;
        const int depth_before = w.depth;
        for (char c : t) w.depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        if (w.depth < 0) break;
        const bool operator_token = is_op(t) || t.find_first_of("=<>") != std::string_view::npos;
        w.op |= operator_token;
        const bool quoted = (t.front() == '\'' || t.front() == '"' || t.front() == '`') && s.quotes >= 2 && s.chars <= 24;
        w.literal |= quoted;
        // A list is items apart by commas in parentheses, each a name, number or literal:
        // "(a, b)", "(7, 'x')"; a parenthesis of prose has words without commas.
        const bool item = t.back() == ',' || t.back() == ')' || (w.depth > 0 && t.back() == '(');
        if (depth_before == 0 && w.depth > 0) list_items = 0, list_ok = true;
        if (depth_before > 0 || w.depth > 0) {
            list_ok &= item || operator_token;
            list_items += s.commas;
            if (w.depth == 0 && list_ok && list_items > 0) w.list = true;
        }
        // A qualified name: "a.b" (a dot between a name and two or more letters), "a_b".
        bool dotted = false;
        for (std::size_t d = t.find('.'); d != std::string_view::npos && d + 2 < t.size() && !dotted; d = t.find('.', d + 1))
            dotted = d > 0 && gt::is_alpha(t[d - 1]) && gt::is_alpha(t[d + 1]) && gt::is_alpha(t[d + 2]);
        w.qualified |= s.letters > 0 && (s.underscore_joint || dotted || code_name(j));
        w.closed |= t.back() == ';';
        if (count_names_known && s.letters >= 3 && known_word_) count_names(t, names, known);
        const bool codey = operator_token || ((w.depth > 0 || depth_before > 0) && list_ok) || s.digits > 0 || quoted ||
                           s.underscore_joint || dotted;
        if (w.depth == 0 && !codey && ++plain > 4) break;
        // The statement ends at its last piece of code, or at the name right after a keyword;
        // plain words after that are the sentence it was pasted into.
        // (A closing ';' is the statement's last piece, whatever the word it is glued to.)
        if (codey || w.closed || (after_keyword && !s.sentence_end)) w.hi = j, w.names_hi = names, w.known_hi = known;
        if (s.sentence_end || w.closed) break;
    }
    return w;
}

// A statement pasted into a sentence may open with its lower-case keywords and operands
// before the first upper-case keyword ("... ke_id >= 45 foo, bar SELECT ..."): walking back
// on the same line, code pieces (an operator, a qualified name, a quoted literal, a number
// right after an operator) join it over up to three plain words between them. The walk
// stops at a sentence end, a title-case word or another script, and the statement starts at
// its earliest code piece: the plain words before that are the sentence's (or an opening
// keyword that cannot be told from them). Its operators, literals and lists are evidence.
std::size_t StatementScan::code_before(std::size_t lo, bool& op_seen, bool& literal_seen, bool& list_seen) const {
    std::size_t first = lo, plain = 0;
    for (std::size_t q = lo; q > 0 && plain <= 3;) {
        --q;
        const std::string_view t = tok(q);
        const TokenStats& s = toks_[q];
        if (s.sentence_end || title(q) || s.non_latin > 0) break;
        if (line_break_before(q + 1)) break;
        const bool op = is_op(t) || (t.find_first_of("=<>") != std::string_view::npos && s.letters + s.digits > 0);
        const bool quoted = (t.front() == '\'' || t.front() == '"') && s.quotes >= 2 && s.chars <= 24;
        const bool number = s.letters == 0 && s.digits > 0 && q > 0 && is_op(tok(q - 1));
        // A list in parentheses, "(a, b)", read from its end: its items and the name before it.
        if (t.back() == ')') {
            std::size_t open = q;
            // (Items of code, not of a sentence: "(Lyon, Nice)" names places.)
            while (open > 0 && text_[toks_[open].b] != '(' && q - open < 8 && tok(open - 1).back() == ',' && !title(open)) --open;
            if (title(open) || (open + 1 < q && title(open + 1))) open = q;
            if (text_[toks_[open].b] == '(' && open < q) {
                list_seen = true;
                first = open > 0 && toks_[open - 1].non_latin == 0 && !title(open - 1) && !toks_[open - 1].sentence_end ? open - 1 : open;
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
}

}  // namespace

void mark_statements(std::string_view text, const std::vector<TokenStats>& toks, std::vector<std::uint8_t>& score,
                     const KnownWord& known_word) {
    const StatementScan scan(text, toks, known_word);
    for (std::size_t k = 0; k < toks.size(); ++k) {
        const bool glued_start = !scan.caps(k) && scan.glued(k);
        if (!scan.caps(k) && !glued_start) continue;
        const std::size_t lo = scan.line_opening(k, glued_start);
        StatementWalk w = scan.walk(k, lo, glued_start, false);
        // (Its opening before the first keyword counts to its evidence and length: "a, b FROM c WHERE d=1".)
        const std::size_t opening = glued_start ? k : std::min(lo, scan.code_before(k, w.op, w.literal, w.list));
        const int evidence = w.op + w.literal + w.list + w.qualified + w.closed;
        const bool statement = w.hi > k && (w.hi > opening + 1 || evidence >= 2) &&
                               ((w.groups >= 2 && evidence >= 1) || evidence >= 2) && w.depth <= 0;
        // Whether its names are the prose's is asked of a statement alone: the walk again, the
        // same tokens, now with the names counted (the document's words are gathered on first ask).
        const auto explained = [&] {
            const StatementWalk named = scan.walk(k, lo, glued_start, true);
            return named.known_hi > 0 && named.known_hi * 2 >= named.names_hi;
        };
        if (statement && !explained()) {
            for (std::size_t q = opening; q <= w.hi; ++q) score[q] = std::max<std::uint8_t>(score[q], 2);
            score[k] = 3;
        }
        k = std::max(k, w.hi);
    }
}

}  // namespace winnow::detail::machine
