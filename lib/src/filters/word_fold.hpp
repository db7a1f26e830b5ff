// The one fold of the block filters (evidence.cpp, word_fold.cpp): a text's folded words —
// letters lower-cased, digit runs as '0', apostrophes (’ too) and hyphens kept inside words,
// tokens that are addresses skipped — handed to a sink as they are read, never built. The
// views' word hashes and lengths, fold_words, the call-to-action pieces, the fingerprints and
// the near-duplicate bands all read words this way, so they split alike.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <utf8proc.h>

#include "ascii.hpp"
#include "filters/evidence.hpp"

namespace winnow::detail::fold {

inline bool is_ascii_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// cp in UTF-8 at out (1 to 4 bytes, as append_utf8 writes it); returns the byte count.
inline std::size_t encode_utf8(char32_t cp, char* out) {
    if (cp < 0x80) {
        out[0] = static_cast<char>(cp);
        return 1;
    }
    if (cp < 0x800) {
        out[0] = static_cast<char>(0xC0 | (cp >> 6));
        out[1] = static_cast<char>(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = static_cast<char>(0xE0 | (cp >> 12));
        out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out[2] = static_cast<char>(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = static_cast<char>(0xF0 | (cp >> 18));
    out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[3] = static_cast<char>(0x80 | (cp & 0x3F));
    return 4;
}

// word_length's count, kept along a fold (fold_bytes with Length): a letter or digit opens a
// word unless one is open, an apostrophe or hyphen keeps it open, anything else closes it; a
// run of a script written without spaces counts a word per two signs. A space closes all, so
// the count of a text is the sum of its tokens' counts.
struct LengthCount {
    std::size_t words = 0, run = 0;
    bool in_word = false;
    void close_run() {
        if (run) words += (run + 1) / 2;
        run = 0;
    }
    void word_char() {
        close_run();
        if (!in_word) ++words;
        in_word = true;
    }
    void joiner() { close_run(); }
    void other() {
        close_run();
        in_word = false;
    }
    void unspaced() {
        ++run;
        in_word = false;
    }
};

// The fold of one text into a sink: sink.letters(p, n) for a run of n ASCII letters at p (to
// lower-case), sink.byte(c) for any other byte a word keeps, sink.end() after each word,
// sink.stop(cp) for a character that parts words (after the word before it ended),
// sink.address(last) for a token skipped as an address, with its last byte. An apostrophe or
// hyphen waits until a letter or a digit follows it in its word (a word's trailing ones are
// dropped): they stand together in the text, so only where they start is kept. A token is an
// address when it opens with "www.", "(http" or "(www.", or holds a "://" (each occurrence is
// found once, with the start of its token, rather than searched for in every token). One pass
// over the text, a token's end found as its characters are read. With Length, word_length's
// count too.
template <class Sink, bool Length>
class Folder {
public:
    Folder(std::string_view text, Sink& sink) : text_(text), s_(text.data()), n_(text.size()), sink_(sink) {}

    std::size_t run() {
        locate(0);
        std::size_t pos = 0;
        while (pos < n_) {
            while (pos < n_ && is_ascii_space(s_[pos])) ++pos;
            if (pos == n_) break;
            if (url_ != npos && url_ < pos) locate(pos);
            if (pos == url_token_ || ((s_[pos] == 'w' || s_[pos] == '(') &&
                                      (text_.compare(pos, 4, "www.") == 0 || text_.compare(pos, 5, "(http") == 0 ||
                                       text_.compare(pos, 5, "(www.") == 0))) {
                std::size_t e = pos;
                while (e < n_ && !is_ascii_space(s_[e])) ++e;
                sink_.address(s_[e - 1]);
                if constexpr (Length) length_.words += word_length(text_.substr(pos, e - pos));
                pos = e;
                continue;
            }
            pos = token(pos);
            emit();
            if constexpr (Length) length_.other();
        }
        if constexpr (Length) length_.close_run();
        return length_.words;
    }

private:
    static constexpr std::size_t npos = std::string_view::npos;

    // The characters of the token at pos, up to the next space (where it returns).
    std::size_t token(std::size_t pos) {
        while (pos < n_) {
            const auto c = static_cast<unsigned char>(s_[pos]);
            if (c >= 0x80) {
                pos = character(pos);
                continue;
            }
            if (is_ascii_letter(c)) {
                const std::size_t j = ascii_letters_end(s_, pos + 1, n_);
                flush(pos);
                sink_.letters(s_ + pos, j - pos);
                if constexpr (Length) length_.word_char();
                started_ = true;
                last_ = static_cast<char>(s_[j - 1] | 0x20);
                pos = j;
            } else if (is_ascii_space(static_cast<char>(c))) {
                break;
            } else if (c >= '0' && c <= '9') {
                digit(pos++);
            } else if (c == '\'' || c == '-') {
                if constexpr (Length) length_.joiner();
                if (started_) {
                    if (held_ == npos) held_ = pos;
                } else {
                    emit();
                    sink_.stop(c);
                }
                ++pos;
            } else {
                if constexpr (Length) length_.other();
                emit();
                sink_.stop(c);
                ++pos;
            }
        }
        return pos;
    }

    // The character past ASCII at `at`; returns where the next one starts.
    std::size_t character(std::size_t at) {
        std::size_t pos = at;
        const char32_t cp = next_code_point(text_, pos);
        const bool letter = is_letter(cp);
        const bool digit_cp = !letter && is_digit(cp);
        if constexpr (Length) {
            if (cp >= 0x0E00 && written_without_spaces(script_of(cp))) length_.unspaced();
            else if (letter || digit_cp) length_.word_char();
            else if (cp == 0x2019) length_.joiner();
            else length_.other();
        }
        if (letter) {
            char buf[4];
            const std::size_t k = encode_utf8(static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))), buf);
            flush(at);
            for (std::size_t b = 0; b < k; ++b) sink_.byte(buf[b]);
            started_ = true;
            last_ = buf[k - 1];
        } else if (digit_cp) {
            digit(at);
        } else if (cp == 0x2019 && started_) {
            if (held_ == npos) held_ = at;
        } else {
            emit();
            sink_.stop(cp);
        }
        return pos;
    }

    // The held marks, before a byte at `at` joins the word.
    void flush(std::size_t at) {
        if (held_ == npos) return;
        for (std::size_t k = held_; k < at;) {
            if (s_[k] == '\'' || s_[k] == '-') {
                sink_.byte(s_[k]);
                ++k;
            } else {  // U+2019, three bytes
                sink_.byte('\'');
                k += 3;
            }
        }
        held_ = npos;
    }
    void emit() {
        if (started_) sink_.end();
        started_ = false;
        held_ = npos;
        last_ = 0;
    }
    void digit(std::size_t at) {
        if constexpr (Length) length_.word_char();
        if (started_ && held_ == npos && last_ == '0') return;
        flush(at);
        sink_.byte('0');
        started_ = true;
        last_ = '0';
    }
    // The next "://" at or after `from` (a token's start) and where its token starts.
    void locate(std::size_t from) {
        url_ = text_.find("://", from);
        url_token_ = url_;
        if (url_ == npos) return;
        while (url_token_ > from && !is_ascii_space(s_[url_token_ - 1])) --url_token_;
    }

    const std::string_view text_;
    const char* const s_;
    const std::size_t n_;
    Sink& sink_;
    LengthCount length_;
    bool started_ = false;     // the word has a byte
    char last_ = 0;            // its last byte
    std::size_t held_ = npos;  // where the apostrophes and hyphens after it start
    std::size_t url_ = 0, url_token_ = npos;
};

// Folds text into sink (see Folder); with Length, returns word_length(text).
template <class Sink, bool Length = false>
std::size_t fold_bytes(std::string_view text, Sink& sink) {
    return Folder<Sink, Length>(text, sink).run();
}

inline constexpr std::uint64_t kFnvBasis = 14695981039346656037ull, kFnvPrime = 1099511628211ull;

// A sink that sees only the words' bytes.
struct ByteSink {
    void stop(char32_t) {}
    void address(char) {}
};

inline bool ends_sentence_mark(char32_t c) { return c == '.' || c == '?' || c == '!' || c == ':'; }

// Each folded word's FNV-1a hash, appended to out.
struct WordHashSink : ByteSink {
    std::vector<std::uint64_t>& out;
    std::uint64_t h = kFnvBasis;
    explicit WordHashSink(std::vector<std::uint64_t>& o) : out(o) {}
    void letters(const char* p, std::size_t k) {
        std::uint64_t x = h;
        for (std::size_t i = 0; i < k; ++i) x = (x ^ static_cast<unsigned char>(p[i] | 0x20)) * kFnvPrime;
        h = x;
    }
    void byte(char c) { h = (h ^ static_cast<unsigned char>(c)) * kFnvPrime; }
    void end() {
        out.push_back(h);
        h = kFnvBasis;
    }
};

// What the fold noted of a word as it wrote it (for_each_noted_word): where its first hyphen
// stands (npos: none; a word keeps a hyphen only between its letters or digits), and whether it
// holds a byte 0xE3..0xED, the lead bytes of the scripts written without spaces (Han, kana, Hangul:
// cta_piece's test).
struct WordNotes {
    std::size_t dash = std::string_view::npos;
    bool cjk = false;
};

// The sink of for_each_folded_word (Noted: and of for_each_noted_word, with the notes).
template <class Fn, bool Noted>
struct WordsSink {
    Fn& fn;
    bool opens;
    std::string word;
    WordNotes notes;
    void letters(const char* p, std::size_t k) {
        const std::size_t at = word.size();
        word.append(p, k);
        // (Through a pointer and a count held here: a char store may alias the string's own
        // size and pointer, which the loop would read again at every byte.)
        char* const d = word.data() + at;
        for (std::size_t i = 0; i < k; ++i) d[i] = static_cast<char>(d[i] | 0x20);
    }
    void byte(char c) {
        if constexpr (Noted) {
            const auto u = static_cast<unsigned char>(c);
            if (c == '-' && notes.dash == std::string_view::npos) notes.dash = word.size();
            notes.cjk = notes.cjk || (u >= 0xE3 && u <= 0xED);
        }
        word += c;
    }
    void end() {
        if constexpr (Noted) {
            fn(std::string_view(word), opens, notes);
            notes = WordNotes{};
        } else {
            fn(std::string_view(word), opens);
        }
        opens = false;
        word.clear();
    }
    void stop(char32_t cp) { opens = opens || ends_sentence_mark(cp); }
    void address(char last) { opens = opens || ends_sentence_mark(static_cast<unsigned char>(last)); }
};

// Calls fn(word, opens_sentence) for each folded word of text (fold_bytes). opens_sentence is
// true for the first word (when `opens`, as for a text standing alone), and for the first word
// after a '.', '?', '!' or ':' (or an address ending in one). Returns whether a word after the
// text would open a sentence. One buffer serves all words: no allocation per word.
template <class Fn>
bool for_each_folded_word(std::string_view text, Fn&& fn, bool opens = true) {
    WordsSink<Fn, false> sink{fn, opens, {}, {}};
    fold_bytes(text, sink);
    return sink.opens;
}

// for_each_folded_word calling fn(word, opens_sentence, notes): the word's WordNotes, kept as
// its bytes were written rather than searched for in it again.
template <class Fn>
bool for_each_noted_word(std::string_view text, Fn&& fn, bool opens = true) {
    WordsSink<Fn, true> sink{fn, opens, {}, {}};
    fold_bytes(text, sink);
    return sink.opens;
}

}  // namespace winnow::detail::fold
