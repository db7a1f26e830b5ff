// Statements whose keywords are in lower case ("update t set a_b=4 where c=7"), found by their
// operands, not their words: on one line, pieces of code (a comparison or assignment of a
// name, a quoted literal, a parenthesized list of code items, a qualified name, a closing ';')
// follow each other with at most three plain words between them. Prose has one such piece at
// a time (an equation, a quoted word, a model number); two or more pieces of two or more kinds
// in a row are a statement. The cut runs from the first piece to the last (plus the line's
// opening words when the line is nothing else): the plain words before the first piece cannot
// be told from the sentence's by shape, so they stay.
#include <algorithm>
#include <bit>
#include <string>

#include "filters/evidence.hpp"
#include "filters/garbage_tokens.hpp"
#include "filters/machine_tokens.hpp"

namespace winnow::detail::machine {

namespace {

namespace gt = garbage_tokens;

enum Kind : unsigned { k_op = 1, k_literal = 2, k_list = 4, k_qualified = 8, k_closed = 16 };

struct Reader {
    std::string_view text;
    const std::vector<TokenStats>& toks;
    bool screened = true;  // off: every token is read whole (the differential test's plain reading)

    std::string_view tok(std::size_t k) const { return text.substr(toks[k].b, toks[k].e - toks[k].b); }
    // (Loops here, not find or find_first_of: those call memchr for a gap of one space or for
    // every byte of a token, and every token is asked.)
    bool new_line(std::size_t k) const {
        if (k == 0) return true;
        for (std::uint32_t p = toks[k - 1].e; p < toks[k].b; ++p)
            if (text[p] == '\n') return true;
        return false;
    }
    // A word of a sentence: a capital then small letters ("The", "Paris").
    bool title(std::size_t k) const {
        const TokenStats& s = toks[k];
        return s.upper == 1 && s.letters >= 2 && gt::is_alpha(text[s.b]) && text[s.b] <= 'Z' && s.lower + 1 == s.letters;
    }
    // A name of code: letters with '_' between, a dot between names, letters glued to digits
    // or a camelCase that starts small. Two or more letters (a variable of math is one).
    bool name(std::string_view t, const TokenStats& s) const {
        if (s.letters < 2 || s.non_latin > 0) return false;
        bool dotted = false;  // (a token without dots skips the search)
        for (std::size_t d = s.dots > 0 ? t.find('.') : std::string_view::npos; d != std::string_view::npos && d + 2 < t.size() && !dotted; d = t.find('.', d + 1))
            dotted = d > 0 && gt::is_alpha(t[d - 1]) && gt::is_alpha(t[d + 1]) && gt::is_alpha(t[d + 2]);
        return s.underscore_joint || dotted || (s.letter_digit > 0 && s.lower >= 2 && gt::is_alpha(t[0])) ||
               (t[0] >= 'a' && t[0] <= 'z' && s.camel > 0 && s.upper <= 2);
    }
    // Whether token k's counts tell it is a plain word or number, piece() 0, without reading it:
    // a link; or no operator ('=' is code, '<' '>' an angle), no backtick (code), no '_' joint,
    // letter-digit change or camel case for a name, no closing ';', no '.' but a sentence's
    // own at its end (a qualified name has a letter after its dot), and no quote opening it
    // (an apostrophe inside a word, "don't", is no literal).
    bool plain_by_counts(std::size_t k) const {
        const TokenStats& s = toks[k];
        if (s.url) return true;
        if (s.code != 0 || s.angle || s.underscore_joint || s.letter_digit != 0 || s.camel != 0 || text[s.e - 1] == ';')
            return false;
        if (s.dots > 1 || (s.dots == 1 && text[s.e - 1] != '.')) return false;
        if (s.quotes == 0) return true;
        std::uint32_t p = s.b;
        while (p < s.e && text[p] == '(') ++p;
        return p < s.e && text[p] != '\'';
    }
    // Whether a statement's piece may start at token k: a list opens on '(', any other piece
    // is a token piece() does not rule out by its counts.
    bool may_open_piece(std::size_t k) const { return text[toks[k].b] == '(' || !plain_by_counts(k); }
    // The kinds of code one token is (0: a plain word or number).
    unsigned piece(std::size_t k) const {
        std::string_view t = tok(k);
        const TokenStats& s = toks[k];
        if (s.url) return 0;  // a link's query ("?id=7") is no assignment
        if (screened && plain_by_counts(k)) return 0;
        unsigned kinds = 0;
        // (A closing ';' counts only on code: after a word or a year it is a clause mark.)
        const bool semicolon = t.back() == ';' && t.size() > 1;
        if (semicolon) t.remove_suffix(1);
        const bool list_close = semicolon && t.back() == ')';
        while (!t.empty() && (t.back() == ',' || t.back() == ')')) t.remove_suffix(1);
        while (!t.empty() && t.front() == '(') t.remove_prefix(1);
        if (t.empty()) return kinds;
        // "a_b=4", "n>=10": a name, an operator and a value; or an operator alone between a
        // name and a value ("col < 90").
        const auto op = std::find_if(t.begin(), t.end(), [](char c) { return c == '=' || c == '<' || c == '>'; });
        if (op != t.end()) {
            const std::size_t o = static_cast<std::size_t>(op - t.begin());
            std::size_t e = o;
            while (e < t.size() && std::string_view("=<>!").find(t[e]) != std::string_view::npos) ++e;
            std::size_t letters = 0;
            for (std::size_t p = 0; p < o; ++p) letters += gt::is_alpha(t[p]);
            const bool bare = o == 0 && e == t.size() && e <= 2;
            if ((letters >= 2 && e < t.size()) || (bare && k > 0 && k + 1 < toks.size() && toks[k - 1].letters >= 2 &&
                                                   toks[k + 1].digits > 0 && toks[k + 1].letters == 0))
                kinds |= k_op;
        }
        // (A quoted word is a piece but no kind of its own: prose quotes a command too, "type 'ls'".)
        if ((t.front() == '\'' || t.front() == '`') && t.size() >= 3 && (t.back() == '\'' || t.back() == '`') && s.chars <= 24)
            kinds |= k_literal;
        if (name(t, s)) kinds |= k_qualified;
        if (semicolon && (kinds != 0 || list_close)) kinds |= k_closed;
        return kinds;
    }
    // A parenthesized list of two or more code items from token k on ("(a, b)", "(7, 'x')"):
    // its last token, or k when there is none. Words of a sentence ("(Lyon, Nice)", "(see
    // above)") are no items.
    std::size_t list_end(std::size_t k) const {
        if (text[toks[k].b] != '(' || toks[k].sentence_end) return k;
        for (std::size_t q = k; q < toks.size() && q < k + 8; ++q) {
            if (q > k && new_line(q)) return k;
            std::string_view t = tok(q);
            if (q == k) t.remove_prefix(1);
            const bool last = t.back() == ')' || t.ends_with(");") || t.ends_with("),");
            const bool item_end = last || t.back() == ',';
            if (!item_end || title(q) || toks[q].non_latin > 0 || t.find('(') != std::string_view::npos) return k;
            if (last) return q > k ? q : k;
        }
        return k;
    }
};

}  // namespace

void mark_operand_statements(std::string_view text, const std::vector<TokenStats>& toks, std::vector<std::uint8_t>& score,
                             const KnownWord& known_word, SpanScreens screens) {
    const Reader r{text, toks, screens == SpanScreens::on};
    const std::size_t n = toks.size();
    // A statement is two pieces or more, each starting at a token of its own that may open one:
    // a paragraph with fewer such tokens (most prose) has none, and is not read further.
    if (r.screened) {
        std::size_t openers = 0;
        for (std::size_t k = 0; k < n && openers < 2; ++k) openers += r.may_open_piece(k);
        if (openers < 2) return;
    }
    std::size_t k = 0;
    while (k < n) {
        // A candidate from its first piece: pieces and lists, at most three plain words apart.
        std::size_t first = n, last = n, pieces = 0, plain = 0, lists = 0;
        bool quoted_list = false;
        unsigned kinds = 0;
        std::size_t q = k;
        for (; q < n; ++q) {
            if (first != n && r.new_line(q)) break;
            // (Before the first piece a token that cannot open one changes nothing: not read.)
            if (first == n && r.screened && !r.may_open_piece(q)) continue;
            const TokenStats& s = toks[q];
            if (s.non_latin > 0 || r.title(q)) {
                if (first != n) break;
                continue;
            }
            unsigned here = 0;
            std::size_t end = r.list_end(q);
            if (end > q) here = k_list;
            for (std::size_t p = q; p <= end; ++p) here |= r.piece(p);
            if (here != 0) {
                if (first == n) first = q;
                // (An operator alone takes the value after it: "col >= 40".)
                if (end == q && (here & k_op) && toks[q].letters == 0 && q + 1 < n && !r.new_line(q + 1)) ++end;
                last = end, ++pieces, kinds |= here, plain = 0, lists += end > q;
                quoted_list |= end > q && (here & k_literal);
                q = end;
                if ((here & k_closed) || toks[end].sentence_end) { ++q; break; }
                continue;
            }
            if (first == n) continue;
            if (s.sentence_end || ++plain > 3) break;
        }
        if (first == n) break;
        const int kind_count = std::popcount(kinds & ~unsigned{k_literal});
        // Explained when the prose uses the names of half its pieces or more, more often than
        // the statement and the words before it do (a tutorial).
        const std::size_t from = first >= 6 ? first - 6 : 0;
        // (Asked of a statement's shape alone: the document's words are gathered on first ask.)
        const auto explained = [&] {
            const std::string_view span = text.substr(toks[from].b, toks[last].e - toks[from].b);
            std::size_t named = 0, known = 0;
            CopyCounts copies;
            for (std::size_t p = first; p <= last; ++p)
                if (toks[p].letters >= 2 && r.piece(p) != 0) ++named, known += names_known(r.tok(p), known_word, span, &copies);
            return named > 0 && known * 2 >= named;
        };
        // (Two lists in a row, one with a quoted item, are two kinds: "(a, b) … (7, 'x')"; the
        // points "(1, 2) and (3, 4)" of a sentence on geometry are not.)
        if (pieces >= 2 && (kind_count >= 2 || (lists >= 2 && quoted_list)) && !explained()) {
            // The line's opening words go too when the statement fills the line: a line of prose
            // starts with a capital and does not end in code.
            std::size_t lo = first;
            const bool to_line_end = last + 1 == n || r.new_line(last + 1);
            if (to_line_end) {
                std::size_t ls = first;
                while (ls > 0 && first - ls < 6 && !r.new_line(ls)) --ls;
                bool plain_words = r.new_line(ls) && ls < first && text[toks[ls].b] >= 'a' && text[toks[ls].b] <= 'z';
                for (std::size_t p = ls; p < first && plain_words; ++p)
                    plain_words = toks[p].non_latin == 0 && !toks[p].sentence_end && !r.title(p);
                if (plain_words) lo = ls;
            }
            for (std::size_t p = lo; p <= last; ++p) score[p] = std::max<std::uint8_t>(score[p], 2);
            score[first] = std::max<std::uint8_t>(score[first], 3);
        }
        k = std::max(q, first + 1);
    }
}

}  // namespace winnow::detail::machine
