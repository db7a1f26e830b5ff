// Reading a paragraph's whitespace tokens once, into the counts machine_text.cpp scores
// (machine_tokens.hpp's TokenStats): letters by case and script, digits, code punctuation,
// symbols, shape changes, and whether a token is a link, a formula, a source path or ends a
// sentence.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include <utf8proc.h>

#include "ascii.hpp"
#include "filters/evidence.hpp"
#include "filters/machine_tokens.hpp"

namespace winnow::detail::machine {

namespace {


// Whether a byte is one of a few, by table: the same answer as std::string_view(chars).find(c)
// (byte by byte, so a set spelled with multi-byte characters holds their bytes), without a
// library call for every character and token read_tokens reads.
class ByteSet {
public:
    constexpr explicit ByteSet(std::string_view chars) {
        for (const char c : chars) has_[static_cast<unsigned char>(c)] = true;
    }
    constexpr bool operator()(char c) const { return has_[static_cast<unsigned char>(c)]; }

private:
    std::array<bool, 256> has_{};
};

constexpr ByteSet kUrlTail(".,;:!?)\"'"), kClauseMarks(".,;:!?"), kPathTail(".,;)\"'"), kPathHead("(\"'"),
    kSentenceClosers("\"')]»”’"), kCodePunct("{}[]=_\\|^~`$#@");


// A link without a ':' or a '/': "www." opening it, or a bare domain at the end
// ("FactCheck.org,"): letters, a dot, two to four small letters.
bool bare_link(std::string_view t) {
    if (t.starts_with("www.")) return true;
    std::string_view bare = t;
    while (!bare.empty() && kUrlTail(bare.back())) bare.remove_suffix(1);
    if (const std::size_t dot = bare.rfind('.'); dot != std::string_view::npos && dot >= 2 && bare.size() - dot >= 3 &&
                                                 bare.size() - dot <= 5 &&
                                                 std::all_of(bare.begin() + static_cast<std::ptrdiff_t>(dot) + 1, bare.end(),
                                                             [](char c) { return c >= 'a' && c <= 'z'; }) &&
                                                 bare.find_first_of("{}[]=_|$#@()/\\") == std::string_view::npos)
        return true;
    return false;
}

}  // namespace

// A link, with or without its scheme ("pic.example.com/AbCd"): a host name before the first slash.
bool is_url(std::string_view t) {
    if (t.find("://") != std::string_view::npos || t.starts_with("mailto:") || is_doi(t) || bare_link(t)) return true;
    const std::size_t slash = t.find('/');
    if (slash == std::string_view::npos || slash < 4) return false;
    const std::string_view host = t.substr(0, slash);
    const std::size_t dot = host.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || host.size() - dot < 3) return false;
    return std::all_of(host.begin(), host.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
    });
}

// A chemical formula: element symbols (a capital, maybe one small letter) with counts and
// groups, at least one count ("NaHCO3", "Ca(OH)2"; subscript digits too).
bool is_formula(std::string_view t) {
    while (!t.empty() && kClauseMarks(t.back())) t.remove_suffix(1);
    if (t.size() < 2 || !(t[0] >= 'A' && t[0] <= 'Z')) return false;
    bool count = false;
    int capitals = 0;  // in a row: more than four is an acronym or upper-case hex, not elements
    for (std::size_t i = 0; i < t.size();) {
        const unsigned char c = static_cast<unsigned char>(t[i]);
        capitals = c >= 'A' && c <= 'Z' ? capitals + 1 : 0;
        if (capitals > 4) return false;
        if (c >= 'A' && c <= 'Z') {
            ++i;
            if (i < t.size() && t[i] >= 'a' && t[i] <= 'z') ++i;
        } else if (c >= '0' && c <= '9') {
            count = true;
            ++i;
        } else if (c == '(' || c == ')' || c == '+' || c == '-') {
            ++i;
        } else if (c == 0xE2 && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x82 &&
                   static_cast<unsigned char>(t[i + 2]) >= 0x80 && static_cast<unsigned char>(t[i + 2]) <= 0x89) {
            count = true;  // subscript digit
            i += 3;
        } else {
            return false;
        }
    }
    return count;
}

namespace {

// A path to a file: two or more directory separators ('/' or '\\') before a file name with a
// short extension, then maybe ":line" and ":column" ("src/app/main.rs:42", "C:\\x\\y.cs").
bool is_source_path(std::string_view t) {
    while (!t.empty() && kPathTail(t.back())) t.remove_suffix(1);
    while (!t.empty() && kPathHead(t.front())) t.remove_prefix(1);
    for (int part = 0; part < 2 && !t.empty() && t.back() >= '0' && t.back() <= '9'; ++part) {  // ":line", ":column"
        const std::size_t colon = t.find_last_of(':');
        if (colon == std::string_view::npos || t.find_first_not_of("0123456789", colon + 1) != std::string_view::npos) break;
        t = t.substr(0, colon);
    }
    const std::size_t last_sep = t.find_last_of("/\\");
    if (last_sep == std::string_view::npos) return false;
    const std::size_t dot = t.rfind('.');
    if (dot == std::string_view::npos || dot < last_sep + 2 || t.size() - dot < 2 || t.size() - dot > 6) return false;
    // One directory is enough when the file's name has the shape of code ("jobs/run_all.py",
    // "src/fetchTask.js", "lib/v2.go"); "docs/index.html" or "and/or." could be prose.
    if (std::count_if(t.begin(), t.end(), [](char c) { return c == '/' || c == '\\'; }) < 2) {
        bool code = false;
        for (std::size_t i = last_sep + 1; i < dot && !code; ++i)
            code = t[i] == '_' || (t[i] >= '0' && t[i] <= '9') ||
                   (i > last_sep + 1 && t[i] >= 'A' && t[i] <= 'Z' && t[i - 1] >= 'a' && t[i - 1] <= 'z');
        if (!code) return false;
    }
    for (std::size_t i = dot + 1; i < t.size(); ++i)
        if (!((t[i] | 0x20) >= 'a' && (t[i] | 0x20) <= 'z') && !(t[i] >= '0' && t[i] <= '9')) return false;
    // Directories are names: letters, digits and - _ . only (no spaces, no '=' or '?').
    return std::all_of(t.begin(), t.end(), [](char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? true : (c >= '0' && c <= '9') || std::string_view("/\\-_.:~").find(c) != std::string_view::npos;
    });
}

bool ends_sentence(std::string_view t) {
    while (!t.empty() && kSentenceClosers(t.back())) t.remove_suffix(1);
    // A multi-byte closing quote leaves its lead bytes: step back over a whole UTF-8 tail.
    while (!t.empty() && (static_cast<unsigned char>(t.back()) & 0xC0) == 0x80) {
        std::size_t b = t.size() - 1;
        while (b > 0 && (static_cast<unsigned char>(t[b]) & 0xC0) == 0x80) --b;
        const std::string_view tail = t.substr(b);
        if (tail != "»" && tail != "”" && tail != "’" && tail != "」" && tail != "。") break;
        if (tail == "。") return true;
        t.remove_suffix(tail.size());
    }
    return !t.empty() && (t.back() == '.' || t.back() == '!' || t.back() == '?');
}

void bump(std::uint16_t& v) { if (v < 0xFFFF) ++v; }
// n bumps at once.
void bump_by(std::uint16_t& v, std::size_t n) { v = static_cast<std::uint16_t>(std::min<std::size_t>(v + n, 0xFFFF)); }

// One pass over the text: the token being read and what the characters before it were.
class TokenReader {
public:
    TokenReader(std::string_view text, std::vector<TokenStats>& toks, ScriptCounts& scripts)
        : text_(text), toks_(toks), scripts_(scripts) {}
    // (WholeWords: plain words read at once; a parameter, not a flag asked at every token.)
    template <bool WholeWords>
    void run();

private:
    void open(std::size_t i);
    void close(std::size_t at);
    // A character's counts; its class (0 other, 1 letter, 2 digit) and whether it is a symbol.
    int read_ascii(char c, std::size_t i);
    void read_small_letters(std::size_t b, std::size_t e, std::size_t hex);
    void plain_word(std::size_t b, bool capital, const SmallRun& run, std::size_t e);
    int read_other(char32_t cp, bool& symbol);
    bool script_break(char32_t cp, std::size_t i) const;

    std::string_view text_;
    std::vector<TokenStats>& toks_;
    ScriptCounts& scripts_;
    TokenStats* cur_ = nullptr;  // the token being read, in place at toks_' end
    bool in_token_ = false;
    int prev_ = 0;  // class of the previous character: 0 other, 1 letter, 2 digit
    bool prev_lower_ = false;
    char32_t prev_symbol_ = 0, prev_cp_ = 0;
    std::uint16_t symbol_run_ = 0;
};

void TokenReader::open(std::size_t i) {
    // (Read in place: a token is kept whole once opened, and its record is not copied.)
    cur_ = &toks_.emplace_back();
    cur_->b = static_cast<std::uint32_t>(i);
    in_token_ = true;
    prev_ = 0;
    prev_lower_ = false;
    prev_symbol_ = 0;
    prev_cp_ = 0;
    symbol_run_ = 0;
}

void TokenReader::close(std::size_t at) {
    if (!in_token_) return;
    cur_->e = static_cast<std::uint32_t>(at);
    const std::string_view t = text_.substr(cur_->b, cur_->e - cur_->b);
    // A link needs a '.', a ':' or a '/', a source path a '.' and a '/' or a '\\' (counted as
    // code): most tokens are plain words with none of them and skip both checks.
    // A link needs a '.', a ':' or a '/'; without a ':' or a '/' (a scheme, a DOI, a host
    // before its path) only a bare one is left: most tokens skip the rest.
    cur_->url = cur_->colons + cur_->slashes > 0 ? is_url(t) : cur_->dots > 0 && bare_link(t);
    // A formula opens on an element's capital and counts with an ASCII digit or a subscript (a
    // character of several bytes): most tokens are read no further.
    cur_->formula = t[0] >= 'A' && t[0] <= 'Z' && (cur_->digits > 0 || cur_->chars != t.size()) && is_formula(t);
    cur_->sentence_end = ends_sentence(t);
    cur_->source_path = !cur_->url && cur_->dots > 0 && cur_->slashes + cur_->code > 0 && is_source_path(t);
    in_token_ = false;
}

int TokenReader::read_ascii(char c, std::size_t i) {
    int cls = 0;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        cls = 1;
        const bool low = c >= 'a';
        bump(low ? cur_->lower : cur_->upper);
        if (!low && prev_lower_) bump(cur_->camel);
        prev_lower_ = low;
        if ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) bump(cur_->hex_letters);
        scripts_.add(script_latin, 1);
        cur_->ends_latin = true;
    } else if (c >= '0' && c <= '9') {
        cls = 2;
    } else if (kCodePunct(c)) {
        bump(cur_->code);
        if (c == '_' && prev_ == 1 && i < text_.size() && ((text_[i] | 0x20) >= 'a' && (text_[i] | 0x20) <= 'z'))
            cur_->underscore_joint = true;
    } else if (c == ')' && prev_cp_ == '(') {
        bump(cur_->code), bump(cur_->code);
    } else if (c == ',') {
        bump(cur_->commas);
    } else if (c == ';') {
        // A clause mark at the token's end is prose ("2009a;"); inside a word, code.
        if (i < text_.size() && !is_ascii_space(text_[i]) && text_[i] != ')' && text_[i] != '"') bump(cur_->code);
    } else if (c == '/') {
        bump(cur_->slashes);
    } else if (c == ':') {
        bump(cur_->colons);
    } else if (c == '.') {
        bump(cur_->dots);
    } else if (c == '-') {
        bump(cur_->dashes);
    } else if (c == '"' || c == '\'') {
        bump(cur_->quotes);
    } else if (c == '!' || c == '?') {
        cur_->exclamation = true;
    } else if (c == '<' || c == '>') {
        cur_->angle = true;
    }
    // Brackets against brackets are code ("(['", "]);"), as is one after a letter ("f(").
    const bool opener = c == '(' || c == '[' || c == '{';
    if ((c == '"' || c == '\'') && prev_cp_ == '(') bump(cur_->code);  // a call with a string: "f('x'"
    const bool closer = c == ')' || c == ']' || c == '}' || c == ';';
    if ((opener && (prev_cp_ == '(' || prev_cp_ == '[' || prev_cp_ == '{')) ||
        (closer && (prev_cp_ == ')' || prev_cp_ == ']' || prev_cp_ == '}')))
        bump(cur_->code);
    if (cls != 1) prev_lower_ = false;
    return cls;
}

// A run of small ASCII letters [b, e) inside a token, most of prose: the counts the step of
// run() gives each of them (read_ascii's letter, no symbol, no script break), in one go.
// (hex: how many of them are 'a' to 'f', read with the run's end.)
void TokenReader::read_small_letters(std::size_t b, std::size_t e, std::size_t hex) {
    const std::size_t n = e - b;
    bump_by(cur_->chars, n);
    bump_by(cur_->lower, n);
    bump_by(cur_->letters, n);
    bump_by(cur_->hex_letters, hex);
    scripts_.add(script_latin, static_cast<std::uint32_t>(n));
    cur_->ends_latin = true;
    if (prev_ == 2) bump(cur_->letter_digit);  // only the first letter follows a digit
    prev_ = 1;
    prev_lower_ = true;
    prev_symbol_ = 0, symbol_run_ = 0;
    cur_->tail_symbols = 0;
    prev_cp_ = static_cast<unsigned char>(text_[e - 1]);
}

// A whole token [b, e) of ASCII letters, a capital at most and first, then small letters
// (run), then one ',' or '.' at most, a space or the text's end after it: most tokens of prose.
// Its record as open, read_ascii, read_small_letters and close leave it, written at once: no
// digit, case change after a small letter, symbol or other script; of close's tests, a formula
// needs a character of several bytes or a digit, a source path a slash or a code mark, a link
// a ':' or '/' or else a bare one (asked as close asks it).
void TokenReader::plain_word(std::size_t b, bool capital, const SmallRun& run, std::size_t e) {
    const std::size_t letters = run.end - b;
    TokenStats& t = toks_.emplace_back();
    t.b = static_cast<std::uint32_t>(b);
    t.e = static_cast<std::uint32_t>(e);
    bump_by(t.chars, e - b);
    bump_by(t.letters, letters);
    bump_by(t.lower, letters - capital);
    t.upper = capital;
    bump_by(t.hex_letters, run.hex + (capital && text_[b] <= 'F'));
    t.ends_latin = true;
    scripts_.add(script_latin, static_cast<std::uint32_t>(letters));
    if (e > run.end) {
        if (text_[run.end] == ',') {
            t.commas = 1;
        } else {
            t.dots = 1;
            const std::string_view w = text_.substr(b, e - b);
            t.url = bare_link(w);
            t.sentence_end = ends_sentence(w);
        }
    }
}

int TokenReader::read_other(char32_t cp, bool& symbol) {
    const int s = script_of(cp);
    if (s != script_none) {
        scripts_.add(s, 1);
        if (s != script_latin && prev_ == 1 && (prev_cp_ < 0x80 || script_of(prev_cp_) == script_latin)) cur_->glued_script = true;
        cur_->ends_latin = s == script_latin;
        if (s != script_latin) {
            if (cur_->non_latin == 0) cur_->script = static_cast<std::uint8_t>(s);
            else if (!scripts_compatible(s, cur_->script)) cur_->mixed_scripts = true;
            bump(cur_->non_latin);
        }
        const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
        const bool up = cat == UTF8PROC_CATEGORY_LU, low = cat == UTF8PROC_CATEGORY_LL;
        if (up) bump(cur_->upper);
        if (low) bump(cur_->lower);
        if (up && prev_lower_) bump(cur_->camel);
        prev_lower_ = low;
        return 1;
    }
    if (is_digit(cp)) {
        prev_lower_ = false;
        return 2;
    }
    const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    // Emoji modifiers and joiners are part of the symbol before them.
    const bool joiner = cp == 0x200D || cp == 0xFE0F || (cp >= 0x1F3FB && cp <= 0x1F3FF);
    symbol = !joiner && (cat == UTF8PROC_CATEGORY_SO || cat == UTF8PROC_CATEGORY_SM || cat == UTF8PROC_CATEGORY_SK);
    if (symbol) {
        bump(cur_->symbols);
        if (cp >= 0x2190 && cp <= 0x2BFF) bump(cur_->shapes);
        symbol_run_ = cp == prev_symbol_ ? static_cast<std::uint16_t>(symbol_run_ + 1) : 1;
        cur_->same_symbol = std::max(cur_->same_symbol, symbol_run_);
        prev_symbol_ = cp;
    }
    if (joiner) symbol = prev_symbol_ != 0;
    prev_lower_ = false;
    return 0;
}

// A sentence's end mark between letters of two scripts ("기억한다.worker_threads=8"): the
// sentence ends there, and what is glued behind it is judged as a token of its own.
bool TokenReader::script_break(char32_t cp, std::size_t i) const {
    if (!((cp == '.' || cp == '!' || cp == '?') && i < text_.size() && prev_cp_ >= 0x80)) return false;
    std::size_t j = i;
    const int before = script_of(prev_cp_), after = script_of(next_code_point(text_, j));
    return before != script_none && after != script_none && !scripts_compatible(before, after);
}

template <bool WholeWords>
void TokenReader::run() {
    for (std::size_t i = 0; i < text_.size();) {
        const unsigned char c0 = static_cast<unsigned char>(text_[i]);
        if (c0 < 0x80 && is_ascii_space(static_cast<char>(c0))) {
            close(i);
            ++i;
            continue;
        }
        // Code closed by a brace or bracket, or a statement's ';', glued before letters of another
        // script ("…}}很多", "…]);色は"): in scripts written without spaces that is the next
        // sentence, a token of its own, so the code's score does not take the clause with it.
        if (in_token_ && c0 >= 0x80 && (prev_cp_ == '}' || prev_cp_ == ']' || prev_cp_ == ';')) {
            std::size_t j = i;
            const int s = script_of(next_code_point(text_, j));
            if (s != script_none && s != script_latin) close(i);
        }
        const bool capital = c0 >= 'A' && c0 <= 'Z';
        if (WholeWords && !in_token_ && (capital || (c0 >= 'a' && c0 <= 'z'))) {
            // A word most tokens of prose are: read whole at once when it is one (plain_word).
            const SmallRun run = small_letters_run(text_.data(), i + capital, text_.size());
            std::size_t e = run.end;
            if (e < text_.size() && (text_[e] == ',' || text_[e] == '.')) ++e;
            if (e == text_.size() || is_ascii_space(text_[e])) {
                plain_word(i, capital, run, e);
                i = e;
                continue;
            }
            open(i);
            if (!capital) {
                read_small_letters(i, run.end, run.hex);
                i = run.end;
                continue;
            }
        }
        if (!in_token_) open(i);
        if (c0 >= 'a' && c0 <= 'z') {
            const SmallRun run = small_letters_run(text_.data(), i, text_.size());
            read_small_letters(i, run.end, run.hex);
            i = run.end;
            continue;
        }
        char32_t cp;
        if (c0 < 0x80) {
            cp = c0;
            ++i;
        } else {
            cp = next_code_point(text_, i);
        }
        bump(cur_->chars);
        bool symbol = false;
        const int cls = cp < 0x80 ? read_ascii(static_cast<char>(cp), i) : read_other(cp, symbol);
        if (cls == 1) bump(cur_->letters);
        if (cls == 2) bump(cur_->digits);
        if (cls && prev_ && cls != prev_) bump(cur_->letter_digit);
        if (!symbol) prev_symbol_ = 0, symbol_run_ = 0;
        cur_->tail_symbols = symbol ? static_cast<std::uint16_t>(cur_->tail_symbols + (cur_->tail_symbols < 0xFFFF)) : 0;
        const bool breaks = script_break(cp, i);
        prev_ = cls ? cls : prev_;
        prev_cp_ = cp;
        if (breaks) {
            close(i);
            continue;
        }
        // In scripts written without spaces a token would be a whole sentence: their full-width
        // sentence and clause marks end a token, so a citation or code glued behind one is
        // judged alone, not with the clause before it.
        if (cp == U'\u3001' || cp == U'\u3002' || cp == U'\uFF01' || cp == U'\uFF0C' || cp == U'\uFF1F' || cp == U'\uFF1B')
            close(i);
    }
    close(text_.size());
}

}  // namespace

void read_tokens(std::string_view text, std::vector<TokenStats>& toks, ScriptCounts& scripts, WordPath path) {
    TokenReader reader(text, toks, scripts);
    if (path == WordPath::whole) reader.run<true>();
    else reader.run<false>();
}

}  // namespace winnow::detail::machine
