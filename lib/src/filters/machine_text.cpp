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

#include "ascii.hpp"
#include "filters/evidence.hpp"
#include "filters/filters.hpp"
#include "filters/machine_tokens.hpp"

namespace winnow::detail {

namespace {

using namespace machine;


// How machine-like one token is: 0 prose, 1 odd but common in prose (a product code, an
// acronym, a version), 2 rarely prose (an identifier, key=value, foreign letters glued to
// digits), 3 not prose (code punctuation, long letter-digit alternation, a symbol run).
int token_score(const TokenStats& t, int paragraph_script, int dominant) {
    // A word of Latin letters, at most one a capital, and nothing else but stops, commas,
    // quotes and dashes: no rule below scores it (they need digits, symbols, code marks, slashes,
    // camel case, capitals or foreign letters), and it is most tokens of prose.
    if (t.non_latin == 0 && t.symbols == 0 && t.digits == 0 && t.code == 0 && t.slashes == 0 && t.camel == 0 && t.upper <= 1)
        return 0;
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

// A block of nothing but symbols, four or more (not a rating of one or two kinds of star):
// decoration between paragraphs, whatever the symbols.
bool decoration_block(std::string_view text, const std::vector<TokenStats>& toks) {
    std::size_t symbols = 0;
    bool bare = true;
    for (const TokenStats& t : toks) {
        symbols += t.symbols;
        bare = bare && t.letters == 0 && t.digits == 0;
    }
    const bool rating = toks.size() == 1 && symbols <= 5 && std::size_t{toks[0].same_symbol} + 1 >= symbols;
    return bare && symbols >= 4 && symbols * 2 >= text.size() / 4 && !rating;
}

// The paragraph's own script when it has one clearly (a Russian quotation block in an English
// page is not foreign to itself); else the document's.
int paragraph_script_of(const ScriptCounts& scripts, int dominant) {
    std::uint32_t total = 0, best_n = 0;
    int paragraph_script = dominant;
    // Japanese mixes Han and kana: a script's family counts together (the only family is
    // Han's, so its total is summed once, not per pair of the table's classes).
    std::uint32_t cjk_total = 0;
    // (Over the scripts with letters alone: a script without any adds nothing and is never best.)
    scripts.for_each_used([&](int s, std::uint32_t n) {
        if (s == script_none) return;
        total += n;
        if (scripts_compatible(s, script_han)) cjk_total += n;
    });
    scripts.for_each_used([&](int s, std::uint32_t n) {
        if (s == script_none) return;
        const std::uint32_t family = n > 0 && scripts_compatible(s, script_han) ? cjk_total : n;
        if (family > best_n) best_n = family, paragraph_script = s;
    });
    return total < 20 || best_n * 3 < total * 2 ? dominant : paragraph_script;
}

// Records, addresses and prompts are decided as a whole: their spans go as they are, and their
// tokens are not counted again by the runs. A finder whose tokens the paragraph lacks (totals)
// is not run: each condition below is one its every span needs (the finders append to spans
// alone, and none reads another's).
void cut_whole_spans(std::string_view text, const std::vector<TokenStats>& toks, const KnownWord& known_word,
                     const TokenTotals& totals, std::vector<std::uint8_t>& score, std::vector<TextRange>& out) {
    TokenSpans spans;
    // A syslog line's clock ("03:12:55"), an access log line's address.
    if (totals.stamp || totals.dotted_number) find_log_records(text, toks, spans);
    // Three page numbers in a row; "Label N of M": two numbers.
    if (totals.digits >= 3) find_page_number_runs(text, toks, spans);
    if (totals.digits >= 2) find_page_label(text, toks, spans);
    // Three counts, each led by digits.
    if (totals.digits >= 3) find_counter_runs(text, toks, spans);
    // A pictograph and one time or count: a token with a digit.
    if (totals.digits >= 1) find_status_stamps(text, toks, spans);
    find_breadcrumb_head(text, toks, spans);
    find_hashtag_runs(text, toks, spans);
    // A file name has a dot, digits and letters.
    if (totals.file_name) find_file_name_runs(text, toks, spans);
    find_format_specs(text, toks, spans);
    // Two signed changes, each a number.
    if (totals.digits >= 2) find_ticker_runs(text, toks, spans);
    // Two "name:" pairs; three names of a flattened record.
    if (totals.colons >= 2) find_records(text, toks, known_word, spans);
    if (totals.colons >= 3) find_flat_records(text, toks, known_word, spans);
    find_addresses(text, toks, spans);
    find_prompts(text, toks, spans);
    for (const TokenSpan& s : spans) {
        out.push_back({toks[s.lo].b + s.skip, toks[s.hi].e - s.keep});
        for (std::size_t q = s.lo; q <= s.hi; ++q) score[q] = 0;
    }
}

// A run of scored tokens and its weight.
struct Run {
    std::size_t lo = 0, hi = 0;
    int sum = 0, top = 0, count = 0, strong = 0;
};

// Scored tokens read into runs, and which runs are machine text.
class RunReader {
public:
    RunReader(std::string_view text, const std::vector<TokenStats>& toks, const std::vector<std::uint8_t>& score,
              int paragraph_script, int dominant, const KnownWord& known_word)
        : text_(text), toks_(toks), score_(score), paragraph_script_(paragraph_script), dominant_(dominant),
          known_word_(known_word) {}
    void cut(std::vector<TextRange>& out) const;

private:
    // Punctuation alone ("|", "-", "·") is no evidence either way: runs pass over it.
    bool transparent(std::size_t q) const { return score_[q] == 0 && toks_[q].letters == 0 && toks_[q].digits == 0; }
    Run grow(std::size_t k) const;
    bool clear(const Run& r) const;
    void extend_by_counter(Run& r) const;
    void cut_run(const Run& r, std::vector<TextRange>& out) const;

    std::string_view text_;
    const std::vector<TokenStats>& toks_;
    const std::vector<std::uint8_t>& score_;
    int paragraph_script_, dominant_;
    const KnownWord& known_word_;
};

// Runs: scored tokens, bridging up to two prose tokens between scored ones (SQL's "FROM
// orders WHERE") unless a sentence ends there.
Run RunReader::grow(std::size_t k) const {
    const std::size_t n = toks_.size();
    Run r{k, k, score_[k], score_[k], 1, score_[k] >= 2};
    std::size_t j = k + 1;
    while (j < n) {
        std::size_t g = j;
        bool sentence = toks_[r.hi].sentence_end;
        std::size_t gap = 0;
        while (g < n && score_[g] == 0 && gap < 3) {
            sentence |= toks_[g].sentence_end;
            gap += !transparent(g++);
        }
        if (g >= n || score_[g] == 0 || gap > 2 || sentence) break;
        r.hi = g;
        r.sum += score_[g];
        r.top = std::max<int>(r.top, score_[g]);
        r.strong += score_[g] >= 2;
        ++r.count;
        j = g + 1;
    }
    return r;
}

// A run goes when it is clearly machine text: enough weight, one clear token, and not a lone
// odd word between sentences.
bool RunReader::clear(const Run& r) const {
    // A token alone is enough only when long and blob- or code-like (a chemical name or a
    // model number is long too, but has neither case changes nor code punctuation).
    const TokenStats& only = toks_[r.lo];
    const bool foreign_only = only.non_latin > 0 && !scripts_compatible(only.script, paragraph_script_);
    const bool foreign_page_only = only.non_latin > 0 && !scripts_compatible(only.script, dominant_);
    const bool blob = r.count == 1 && r.top >= 3 &&
                      ((only.chars >= 20 && (only.code >= 4 || only.camel * 5 >= only.letters)) ||
                       (only.symbols >= 6 && only.same_symbol >= 5) ||                   // a long symbol run
                       (foreign_only && only.non_latin >= 4 && only.non_latin * 2 >= only.letters && only.letter_digit >= 4 &&
                        only.chars >= 12) ||   // fragments joined by marks
                       // the same in the page's foreign script, in pieces apart by slashes
                       // (a clause of a script without spaces has its digits, but not these)
                       (foreign_page_only && only.non_latin * 2 >= only.letters && only.letter_digit >= 2 &&
                        only.slashes >= 2) ||
                       // a source path whose names the prose never uses ("see the app folder")
                       (only.source_path && !names_known(text_.substr(only.b, only.e - only.b), known_word_)));
    // Symbol runs side by side with drawn shapes among them ("✦✦✦ ▶▶▶"): decoration. (Emoji
    // alone side by side may be a chat's tone.)
    // (The first may be glued behind a word, "road↯↯↯↯": the word stays, by glued_prefix.)
    bool symbols_only = r.hi > r.lo, shapes = false;
    for (std::size_t q = r.lo; q <= r.hi && symbols_only; ++q) {
        symbols_only = score_[q] >= 2 && toks_[q].symbols >= 3 &&
                       ((toks_[q].letters == 0 && toks_[q].digits == 0) || (q == r.lo && toks_[q].tail_symbols >= 3));
        shapes |= toks_[q].shapes > 0;
    }
    // Three or more different drawn shapes in one token ("☮♖☕☸", "↪⇒⇉"): no rating (one or
    // two kinds of star), no tone of a chat (emoji are not drawn shapes).
    const bool shape_mix = r.count == 1 && only.letters == 0 && only.digits == 0 && only.shapes >= 3 &&
                           only.shapes * 2 >= only.symbols && distinct_code_points(text_.substr(only.b, only.e - only.b)) >= 3;
    return (symbols_only && shapes) || blob || shape_mix ||
           (r.top >= 3 ? r.sum >= 5 && r.count >= 2 : r.top == 2 && r.strong >= 2 && r.sum >= 5 && r.count >= 3);
}

// Fragments of a foreign script with counters end with a counter of their own ("… वीस311 राह
// 126", "… ռէկի · 822"): a bare number right after them belongs to the run.
void RunReader::extend_by_counter(Run& r) const {
    const std::size_t n = toks_.size();
    const std::size_t num = r.hi + 2 < n && transparent(r.hi + 1) ? r.hi + 2 : r.hi + 1;
    if (num < n && toks_[num].letters == 0 && toks_[num].digits > 0 && toks_[num].digits <= 4 &&
        toks_[num].chars <= toks_[num].digits + 1 && !toks_[num].sentence_end) {
        bool fragments = false;
        for (std::size_t q = r.lo; q <= r.hi && !fragments; ++q)
            fragments = toks_[q].non_latin > 0 && !scripts_compatible(toks_[q].script, paragraph_script_) && toks_[q].digits > 0;
        if (fragments) r.hi = num, ++r.count;
    }
}

void RunReader::cut_run(const Run& r, std::vector<TextRange>& out) const {
    // The run must be machine text through and through: most of its tokens scored.
    std::size_t tokens = 0;
    for (std::size_t q = r.lo; q <= r.hi; ++q) tokens += !transparent(q);
    // (A token split off behind a sentence's end mark has no word of the sentence in it.)
    const TokenStats& first = toks_[r.lo];
    const bool split_off = first.b > 0 && !is_ascii_space(text_[first.b - 1]);
    std::uint32_t prefix = split_off ? 0 : glued_prefix(text_.substr(first.b, first.e - first.b), paragraph_script_, known_word_);
    // A name joined by '_' at a sentence's start ("… lata. cache_ttl=3600") is one name: no
    // prose word is glued to debris where no sentence goes on. (Inside a sentence,
    // "fiyata_pue.push(…)" is a word with a script's global glued behind it.)
    if (prefix > 0 && text_[first.b + prefix] == '_' && (r.lo == 0 || toks_[r.lo - 1].sentence_end)) prefix = 0;
    const TokenStats& last = toks_[r.hi];
    if (static_cast<std::size_t>(r.count) * 3 >= tokens * 2)
        out.push_back({first.b + prefix, last.b + glued_suffix_start(text_.substr(last.b, last.e - last.b))});
}

void RunReader::cut(std::vector<TextRange>& out) const {
    for (std::size_t k = 0; k < toks_.size();) {
        if (score_[k] == 0) { ++k; continue; }
        Run r = grow(k);
        if (clear(r)) {
            extend_by_counter(r);
            cut_run(r, out);
        }
        k = r.hi + 1;
    }
}

}  // namespace

namespace {

void count_into(TokenTotals& totals, const TokenStats& t) {
    totals.digits += t.digits > 0;
    totals.colons += t.colons > 0;
    totals.stamp |= t.colons >= 2 && t.digits >= 6;
    totals.dotted_number |= t.dots >= 3 && t.digits >= 4;
    totals.file_name |= t.dots > 0 && t.digits > 0 && t.letters > 0;
}

}  // namespace

TokenTotals machine::totals_of(const std::vector<TokenStats>& toks) {
    TokenTotals totals;
    for (const TokenStats& t : toks) count_into(totals, t);
    return totals;
}

void find_machine_runs(std::string_view text, int dominant, const KnownWord& known_word, std::vector<TextRange>& out) {
    MachineBuffers buffers;
    machine::find_machine_runs(text, dominant, known_word, out, buffers);
}

void machine::find_machine_runs(std::string_view text, int dominant, const KnownWord& known_word, std::vector<TextRange>& out,
                                MachineBuffers& buffers) {
    std::vector<TokenStats>& toks = buffers.toks;
    toks.clear();
    ScriptCounts scripts;
    read_tokens(text, toks, scripts);
    if (toks.empty()) return;
    if (decoration_block(text, toks)) {
        out.push_back({toks.front().b, toks.back().e});
        return;
    }
    const int paragraph_script = paragraph_script_of(scripts, dominant);
    std::vector<std::uint8_t>& score = buffers.score;
    score.assign(toks.size(), 0);
    // (A statement's first keyword is a token in capitals, two letters or more, or three capitals
    // glued behind a word: a paragraph without a token of two capitals has none to read.)
    // (The finders' totals counted in the same pass: totals_of's, the statements change no token.)
    bool capitals = buffers.screens == SpanScreens::off;
    TokenTotals totals;
    for (std::size_t k = 0; k < toks.size(); ++k) {
        score[k] = static_cast<std::uint8_t>(token_score(toks[k], paragraph_script, dominant));
        capitals |= toks[k].upper >= 2;
        count_into(totals, toks[k]);
    }
    if (capitals) mark_statements(text, toks, score, known_word);
    mark_operand_statements(text, toks, score, known_word, buffers.screens);
    if (buffers.screens == SpanScreens::off) {  // every finder runs
        totals.digits = totals.colons = toks.size() + 3;
        totals.stamp = totals.dotted_number = totals.file_name = true;
    }
    // A logger's line opens on a time with seconds, alone or glued to its date.
    if (totals.stamp) mark_log_lines(text, toks, score);
    cut_whole_spans(text, toks, known_word, totals, score, out);
    RunReader(text, toks, score, paragraph_script, dominant, known_word).cut(out);
}

}  // namespace winnow::detail
