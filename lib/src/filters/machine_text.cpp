// Machine text and fragment debris by character statistics, whatever its vocabulary: one pass
// over a paragraph counts, per whitespace token, its letters (and their script), digits, code
// punctuation, symbols and shape changes; each token gets a score from those counts, and runs
// of scored tokens that are dense enough are cut (see filters/garbage_runs.cpp, which merges them
// with its own detectors).
//
// Why statistics: machine text leaks in endless dialects (SQL, logs, style rules, dumps,
// serialized data, fragments of a foreign script with counters) and no list of keywords keeps
// up. What they share is shape: letters glued to digits in alternation, code punctuation
// inside words, symbols in runs, identifiers, letters of a script foreign to the paragraph
// glued to numbers. Prose has these only one at a time (a product code, a version, a date, an
// emoji), so a single weak token never goes; a run needs several tokens and one clear one.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include <utf8proc.h>

#include "filters/evidence.hpp"
#include "filters/filters.hpp"
#include "filters/machine_tokens.hpp"

namespace winnow::detail {

namespace {

using namespace machine;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// How machine-like one token is: 0 prose, 1 odd but common in prose (a product code, an
// acronym, a version), 2 rarely prose (an identifier, key=value, foreign letters glued to
// digits), 3 not prose (code punctuation, long letter-digit alternation, a symbol run).
int token_score(const TokenStats& t, int paragraph_script, int dominant) {
    if (t.url) return 0;
    const int n = t.chars;
    // Symbols in a run: "★★★★", "▓▓▓▓▓▓"; a pair of emoji is a chat's, not debris.
    // A few emoji in a row are a chat's tone; a longer run is decoration.
    if (t.symbols >= 3 && t.symbols * 2 >= n && t.letters == 0) return t.same_symbol >= 4 || t.symbols >= 6 ? 3 : 2;
    if (t.same_symbol >= 4 && t.symbols >= 5) return 3;  // a run glued to a word ("yes✓✓✓✓✓")
    if (t.letters > 0 && t.tail_symbols >= 3) return 2;  // a shorter one: only with more of them
    // Letters of a script foreign to the paragraph glued to digits: fragment debris with counters.
    // (Mostly foreign letters: one Greek letter in a formula, "2πt", is mathematics.)
    const bool foreign = t.non_latin > 0 && !scripts_compatible(t.script, paragraph_script);
    if (foreign && t.non_latin * 2 >= t.letters && t.digits > 0 && t.letter_digit > 0) return 3;
    // The same glued behind a word of the paragraph ("stareロシキ12"): glued_prefix keeps the word.
    if (foreign && t.glued_script && !t.ends_latin && t.non_latin >= 2) return t.digits > 0 && t.letter_digit > 0 ? 3 : 1;
    // Foreign to the document only: a block of fragments alone has its own script, but so has a
    // quotation block, and in scripts written without spaces a clause with a date is one token.
    const bool foreign_to_page = t.non_latin > 0 && !scripts_compatible(t.script, dominant);
    if (foreign_to_page && t.non_latin * 2 >= t.letters && t.digits > 0 && t.letter_digit > 0 && t.chars <= 16) return 2;
    if (foreign_to_page && t.non_latin * 2 >= t.letters && t.letter_digit >= 2 && t.slashes >= 2) return 3;  // "ກະ12/ຄູ7/…"
    if (t.mixed_scripts && t.digits > 0) return 3;
    if (t.letters == 0 && t.digits == 0) return 0;  // punctuation, a dash, a lone symbol
    // Date and time glued in one token, or a time with seconds and a fraction: a logger's.
    // (A date or a time alone is prose, and only joins a run.)
    if (t.letters == 0) {
        // (A bracket around a logger's date-time, "[18/04/2017:05:39:31", does not hide it.)
        if (t.colons >= 2 && t.digits >= 10 && t.dashes + t.slashes >= 2) return 3;
        if (t.code > 0 && t.digits > 0 && t.code < 3) return 1;  // "+0100]", "[12]": odd, not alone
        if (t.colons >= 2 && t.digits >= 7 && t.dots + t.commas == 1) return 2;
        if (t.digits >= 6 && (t.dashes == 2 || t.slashes == 2) && t.chars <= 10) return 1;
    }
    if (t.formula) return 0;
    if (t.source_path) return 3;
    int score = 0;
    // Code punctuation inside a word ("a.b()", "id=7", "x_y", "{color:red}").
    if (t.code >= 3) score = 3;
    else if (t.code == 2) score = 2;
    else if (t.code == 1 && t.letters > 0) score = t.digits > 0 || t.colons > 0 ? 2 : 1;
    // Letters and digits in alternation: hashes, ids, timestamps ("a3f9c2", "2021-05-13T04:33:21Z").
    // (Latin letters only: in scripts written without spaces a token is a whole clause, and
    // "10月4日に" is a date; foreign letters with digits are judged above.)
    const bool latin = t.non_latin == 0;
    if (latin && t.letter_digit >= 4 && t.letters + t.digits >= 6) score = std::max(score, 3);
    else if (latin && t.letter_digit >= 2 && t.digits >= 4 && t.letters > 0 && t.colons + t.dashes >= 2) score = std::max(score, 3);
    else if (latin && t.letter_digit >= 1 && t.letters > 0 && t.digits > 0) score = std::max(score, 1);
    // A long blob in mixed case ("mahVobQ8joNSnarD…"): base64 or a key, never a word.
    if (t.chars >= 16 && t.camel * 5 >= t.letters && (t.letters + t.digits) * 10 >= t.chars * 8 && t.non_latin == 0)
        score = std::max(score, 3);
    // Hex digits only, with digits and letters both ("3fa9", "deadbeef01"): a dump's bytes.
    if (t.letters > 0 && t.hex_letters == t.letters && t.digits > 0 && t.letters + t.digits + t.colons == n && n >= 4)
        score = std::max(score, 2);
    // A path: two or more slashes around letters ("/srv/app/run.py:88").
    // (Words joined by slashes alone are a list: "actor/producer/writer".)
    if (t.slashes >= 2 && t.letters >= 3) score = std::max(score, t.colons > 0 || t.dots > 0 ? 3 : t.digits > 0 || t.code > 0 ? 2 : 1);
    // Identifiers: camelCase inside a word, dotted access ("obj.method").
    if (t.camel > 0 && t.lower >= 3 && (t.dots > 0 || t.code > 0 || t.camel >= 2)) score = std::max(score, 2);
    else if (t.camel > 0 && t.lower >= 2 && t.upper >= 1 && t.chars >= 5) score = std::max(score, 1);
    // snake_case: an identifier ("user_id"); usernames aside, prose does not join words so.
    if (t.code == 1 && t.underscore_joint && t.letters >= 3) score = std::max(score, 2);
    // Upper-case words ("WHERE", "WARN"): common in prose, only join a run.
    if (t.letters >= 3 && t.upper == t.letters && t.non_latin == 0) score = std::max(score, 1);
    // Foreign letters alone: a quotation in prose, or more fragments next to the numbered ones.
    if ((foreign || foreign_to_page) && t.non_latin * 2 >= t.letters) score = std::max(score, 1);
    return score;
}

// Length of good text at the start of a run's first token, glued to the debris: a sentence
// before code ("reported.\"}]"), a word of the paragraph's script before another script or
// digits ("книги2013-…"), or a word the document uses on its own before a blob. 0 if none.
std::uint32_t glued_prefix(std::string_view t, int paragraph_script, const KnownWord& known_word) {
    if (const std::size_t tail = machine::caps_tail(t)) return static_cast<std::uint32_t>(tail);  // "boatsSELECT"
    std::size_t i = 0, letters = 0;
    int script = script_none;
    bool lower_after_first = true;
    while (i < t.size()) {
        std::size_t next = i;
        const char32_t cp = next_code_point(t, next);
        const int s = script_of(cp);
        if ((cp == '\'' || cp == U'\u2019' || cp == '-') && letters > 0 && next < t.size()) {
            std::size_t after_mark = next;  // "l'aube", "well-known": one word
            if (script_of(next_code_point(t, after_mark)) == script) {
                i = next;
                continue;
            }
        }
        if (s == script_none || (script != script_none && !scripts_compatible(s, script))) break;
        if (letters > 0 && cp < 0x80 && cp >= 'A' && cp <= 'Z') lower_after_first = false;
        script = s;
        ++letters;
        i = next;
    }
    if (letters < 3 || i >= t.size() || !lower_after_first) return 0;
    {   // A word before a run of symbols keeps itself whatever its script.
        std::size_t k = i;
        const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(next_code_point(t, k)));
        if (cat == UTF8PROC_CATEGORY_SO || cat == UTF8PROC_CATEGORY_SM) return static_cast<std::uint32_t>(i);
    }
    const char after = t[i];
    // A sentence or clause mark, then something that is no letter: the mark stays with the word.
    if (std::string_view(".,;:!?").find(after) != std::string_view::npos) {
        std::size_t k = i + 1;
        const char32_t next = k < t.size() ? next_code_point(t, k) : U' ';
        if (i + 1 < t.size() && !is_letter(next) && std::string_view(".,;:!?").find(t[i + 1]) == std::string_view::npos)
            return static_cast<std::uint32_t>(i + 1);
        if (i + 2 < t.size() && t[i + 1] == after) return static_cast<std::uint32_t>(i + 1);  // "Company..\"]}"
        return 0;
    }
    // A word in the paragraph's own script, glued to letters of another or to digits.
    if (scripts_compatible(script, paragraph_script) && script != script_latin) return static_cast<std::uint32_t>(i);
    if (script == script_latin && known_word) {
        std::string word(t.substr(0, i));
        for (char& c : word) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        // (Before a separator the document counted the word itself once: "jobs/run_all.py".)
        const int own = after == '/' || after == '\\' ? 1 : 0;
        if (known_word(word) > own) return static_cast<std::uint32_t>(i);
    }
    return 0;
}

// How many different code points a short token has (up to 8 counted).
std::size_t distinct_code_points(std::string_view t) {
    std::array<char32_t, 8> seen{};
    std::size_t n = 0;
    for (std::size_t p = 0; p < t.size() && n < seen.size();) {
        const char32_t cp = next_code_point(t, p);
        if (std::find(seen.begin(), seen.begin() + static_cast<long>(n), cp) == seen.begin() + static_cast<long>(n)) seen[n++] = cp;
    }
    return n;
}

// Where the debris ends in a run's last token when a word is glued behind a closing bracket
// ("align=\"left\"]The"): after the bracket; else the token's end.
std::uint32_t glued_suffix_start(std::string_view t) {
    const std::size_t close = t.find_last_of(")]}>\"'");
    if (close == std::string_view::npos || close + 3 > t.size()) return static_cast<std::uint32_t>(t.size());
    std::size_t i = close + 1, letters = 0;
    while (i < t.size()) {
        std::size_t next = i;
        const char32_t cp = next_code_point(t, next);
        if (!is_letter(cp)) break;
        ++letters;
        i = next;
    }
    while (i < t.size() && std::string_view(".,;:!?").find(t[i]) != std::string_view::npos) ++i;
    return letters >= 2 && i == t.size() ? static_cast<std::uint32_t>(close + 1) : static_cast<std::uint32_t>(t.size());
}

}  // namespace

void find_machine_runs(std::string_view text, int dominant, const KnownWord& known_word, std::vector<TextRange>& out) {
    std::vector<TokenStats> toks;
    std::array<std::uint32_t, script_count> scripts{};
    read_tokens(text, toks, scripts);
    if (toks.empty()) return;
    {   // A block of nothing but symbols, four or more (not a rating of one or two kinds of star):
        // decoration between paragraphs, whatever the symbols.
        std::size_t symbols = 0;
        bool bare = true;
        for (const TokenStats& t : toks) {
            symbols += t.symbols;
            bare = bare && t.letters == 0 && t.digits == 0;
        }
        const bool rating = toks.size() == 1 && symbols <= 5 && std::size_t{toks[0].same_symbol} + 1 >= symbols;
        if (bare && symbols >= 4 && symbols * 2 >= text.size() / 4 && !rating) {
            out.push_back({toks.front().b, toks.back().e});
            return;
        }
    }
    // The paragraph's own script when it has one clearly (a Russian quotation block in an
    // English page is not foreign to itself); else the document's.
    std::uint32_t total = 0, best_n = 0;
    int paragraph_script = dominant;
    // Japanese mixes Han and kana: a script's family counts together (the only family is
    // Han's, so its total is summed once, not per pair of the table's classes).
    std::uint32_t cjk_total = 0;
    for (int s = 1; s < script_count; ++s) {
        total += scripts[static_cast<std::size_t>(s)];
        if (scripts_compatible(s, script_han)) cjk_total += scripts[static_cast<std::size_t>(s)];
    }
    for (int s = 1; s < script_count; ++s) {
        const std::uint32_t n = scripts[static_cast<std::size_t>(s)];
        const std::uint32_t family = n > 0 && scripts_compatible(s, script_han) ? cjk_total : n;
        if (family > best_n) best_n = family, paragraph_script = s;
    }
    if (total < 20 || best_n * 3 < total * 2) paragraph_script = dominant;

    std::vector<std::uint8_t> score(toks.size());
    for (std::size_t k = 0; k < toks.size(); ++k) score[k] = static_cast<std::uint8_t>(token_score(toks[k], paragraph_script, dominant));
    mark_statements(text, toks, score, known_word);
    mark_operand_statements(text, toks, score, known_word);
    mark_log_lines(text, toks, score);
    {   // Records, addresses and prompts are decided as a whole: their spans go as they are.
        TokenSpans spans;
        find_log_records(text, toks, spans);
        find_page_numbers(text, toks, spans);
        find_counter_runs(text, toks, spans);
        find_breadcrumb_head(text, toks, spans);
        find_hashtag_runs(text, toks, spans);
        find_file_name_runs(text, toks, spans);
        find_format_specs(text, toks, spans);
        find_ticker_runs(text, toks, spans);
        find_records(text, toks, known_word, spans);
        find_addresses(text, toks, spans);
        find_prompts(text, toks, spans);
        for (const TokenSpan& s : spans) {
            out.push_back({toks[s.lo].b + s.skip, toks[s.hi].e - s.keep});
            for (std::size_t q = s.lo; q <= s.hi; ++q) score[q] = 0;  // not counted twice by the runs below
        }
    }
    // Punctuation alone ("|", "-", "·") is no evidence either way: runs pass over it.
    auto transparent = [&](std::size_t q) { return score[q] == 0 && toks[q].letters == 0 && toks[q].digits == 0; };

    // Runs: scored tokens, bridging up to two prose tokens between scored ones (SQL's "FROM
    // orders WHERE") unless a sentence ends there. A run goes when it is clearly machine text:
    // enough weight, one clear token, and not a lone odd word between sentences.
    const std::size_t n = toks.size();
    for (std::size_t k = 0; k < n;) {
        if (score[k] == 0) { ++k; continue; }
        std::size_t lo = k, hi = k;
        int sum = score[k], top = score[k], count = 1, strong = score[k] >= 2;
        std::size_t j = k + 1;
        while (j < n) {
            std::size_t g = j;
            bool sentence = toks[hi].sentence_end;
            std::size_t gap = 0;
            while (g < n && score[g] == 0 && gap < 3) {
                sentence |= toks[g].sentence_end;
                gap += !transparent(g++);
            }
            if (g >= n || score[g] == 0 || gap > 2 || sentence) break;
            hi = g;
            sum += score[g];
            top = std::max<int>(top, score[g]);
            strong += score[g] >= 2;
            ++count;
            j = g + 1;
        }
        // A token alone is enough only when long and blob- or code-like (a chemical name or a
        // model number is long too, but has neither case changes nor code punctuation).
        const TokenStats& only = toks[k];
        const bool foreign_only = only.non_latin > 0 && !scripts_compatible(only.script, paragraph_script);
        const bool foreign_page_only = only.non_latin > 0 && !scripts_compatible(only.script, dominant);
        const bool blob = count == 1 && top >= 3 &&
                          ((only.chars >= 20 && (only.code >= 4 || only.camel * 5 >= only.letters)) ||
                           (only.symbols >= 6 && only.same_symbol >= 5) ||                   // a long symbol run
                           (foreign_only && only.non_latin >= 4 && only.non_latin * 2 >= only.letters && only.letter_digit >= 4 &&
                            only.chars >= 12) ||   // fragments joined by marks
                           // the same in the page's foreign script, in pieces apart by slashes
                           // (a clause of a script without spaces has its digits, but not these)
                           (foreign_page_only && only.non_latin * 2 >= only.letters && only.letter_digit >= 2 &&
                            only.slashes >= 2) ||
                           // a source path whose names the prose never uses ("see the app folder")
                           (only.source_path && !names_known(text.substr(only.b, only.e - only.b), known_word)));
        // Symbol runs side by side with drawn shapes among them ("✦✦✦ ▶▶▶"): decoration. (Emoji
        // alone side by side may be a chat's tone.)
        // (The first may be glued behind a word, "road↯↯↯↯": the word stays, by glued_prefix.)
        bool symbols_only = hi > lo, shapes = false;
        for (std::size_t q = lo; q <= hi && symbols_only; ++q) {
            symbols_only = score[q] >= 2 && toks[q].symbols >= 3 &&
                           ((toks[q].letters == 0 && toks[q].digits == 0) || (q == lo && toks[q].tail_symbols >= 3));
            shapes |= toks[q].shapes > 0;
        }
        // Three or more different drawn shapes in one token ("☮♖☕☸", "↪⇒⇉"): no rating (one or
        // two kinds of star), no tone of a chat (emoji are not drawn shapes).
        const bool shape_mix = count == 1 && only.letters == 0 && only.digits == 0 && only.shapes >= 3 &&
                               only.shapes * 2 >= only.symbols && distinct_code_points(text.substr(only.b, only.e - only.b)) >= 3;
        const bool clear = (symbols_only && shapes) || blob || shape_mix || (top >= 3 ? sum >= 5 && count >= 2 : top == 2 && strong >= 2 && sum >= 5 && count >= 3);
        // Fragments of a foreign script with counters end with a counter of their own
        // ("… वीस311 राह 126", "… ռէկի · 822"): a bare number right after them belongs to the run.
        const std::size_t num = hi + 2 < n && transparent(hi + 1) ? hi + 2 : hi + 1;
        if (clear && num < n && toks[num].letters == 0 && toks[num].digits > 0 && toks[num].digits <= 4 &&
            toks[num].chars <= toks[num].digits + 1 && !toks[num].sentence_end) {
            bool fragments = false;
            for (std::size_t q = lo; q <= hi && !fragments; ++q)
                fragments = toks[q].non_latin > 0 && !scripts_compatible(toks[q].script, paragraph_script) && toks[q].digits > 0;
            if (fragments) hi = num, ++count;
        }
        if (clear) {
            // The run must be machine text through and through: most of its tokens scored.
            std::size_t tokens = 0;
            for (std::size_t q = lo; q <= hi; ++q) tokens += !transparent(q);
            // (A token split off behind a sentence's end mark has no word of the sentence in it.)
            const bool split_off = toks[lo].b > 0 && !is_space(text[toks[lo].b - 1]);
            std::uint32_t prefix = split_off ? 0 : glued_prefix(text.substr(toks[lo].b, toks[lo].e - toks[lo].b), paragraph_script, known_word);
            // A name joined by '_' at a sentence's start ("… lata. cache_ttl=3600") is one name: no
            // prose word is glued to debris where no sentence goes on. (Inside a sentence,
            // "fiyata_pue.push(…)" is a word with a script's global glued behind it.)
            if (prefix > 0 && text[toks[lo].b + prefix] == '_' && (lo == 0 || toks[lo - 1].sentence_end)) prefix = 0;
            if (static_cast<std::size_t>(count) * 3 >= tokens * 2)
                out.push_back({toks[lo].b + prefix,
                               toks[hi].b + glued_suffix_start(text.substr(toks[hi].b, toks[hi].e - toks[hi].b))});
        }
        k = hi + 1;
    }
}

}  // namespace winnow::detail
