// Tags a social widget or a post's footer leaves in text, found over the tokens of
// filters/machine_text.cpp: hashtags, and emoji shortcodes a renderer did not turn into
// pictures (":fire: :clap:"), three or more in a row ("#aklatan #bangka #isla", glued
// "#کتاب#قطار#فرهنگ" or ":tada::rocket:" counts each), maybe parted by lone marks, the whole a
// segment of its own: after a sentence's stop (glued to it too, a danda as well) or at the
// block's start, before the block's end or a sentence's start. Prose names one tag inside a
// sentence ("with the tag #chonoi on …", "typing :smile: shows …"); a hashtag needs a letter
// ("#1 #2 #3" are ranks). Shape only: no tag is listed.
#include "filters/evidence.hpp"
#include "filters/machine_tokens.hpp"

namespace winnow::detail::machine {

namespace {

// How many emoji shortcodes a token is (':' name ':', the name two or more small ASCII letters,
// digits, '_', '+' or '-': ":heart_eyes:", ":+1:", ":100:"); 0 if it is not made of them alone.
std::size_t shortcodes(std::string_view t) {
    std::size_t codes = 0;
    for (std::size_t p = 0; p < t.size();) {
        if (t[p] != ':') return 0;
        std::size_t q = p + 1;
        while (q < t.size() && ((t[q] >= 'a' && t[q] <= 'z') || (t[q] >= '0' && t[q] <= '9') || t[q] == '_' || t[q] == '+' || t[q] == '-')) ++q;
        if (q - p - 1 < 2 || q >= t.size() || t[q] != ':') return 0;
        ++codes;
        p = q + 1;
    }
    return codes;
}

// How many tags a token is, from byte `from`: hashtags ('#' then letters, digits, '_',
// joiners or marks, each tag with a letter) or shortcodes; 0 if it is not made of tags alone. A
// stop or a comma may end it.
std::size_t hashtags(std::string_view t, std::size_t from) {
    t.remove_prefix(from);
    while (!t.empty() && (t.back() == '.' || t.back() == ',' || t.back() == '!' || t.back() == '?')) t.remove_suffix(1);
    if (!t.empty() && t.front() == ':') return shortcodes(t);
    std::size_t tags = 0;
    for (std::size_t p = 0; p < t.size();) {
        if (t[p] != '#') return 0;
        ++p;
        std::size_t letters = 0, body = 0;
        while (p < t.size() && t[p] != '#') {
            const char32_t cp = next_code_point(t, p);
            if (is_letter(cp)) ++letters;
            else if (!is_digit(cp) && cp != '_' && cp != 0x200C && cp != 0x200D) return 0;
            ++body;
        }
        if (letters == 0 || body == 0) return 0;
        ++tags;
    }
    return tags;
}

// Where tags glued behind a sentence's stop start in a token ("araw.#aklatan", "চলে।:tada:"):
// after the stop; 0 when the token starts with one; npos otherwise.
std::size_t tags_start(std::string_view t) {
    if (!t.empty() && (t.front() == '#' || t.front() == ':')) return 0;
    const std::size_t hash = t.find_first_of("#:");
    if (hash == std::string_view::npos || hash == 0) return std::string_view::npos;
    const char stop = t[hash - 1];
    const bool wide_stop = hash >= 3 && (t.substr(hash - 3, 3) == "\u3002" || t.substr(hash - 3, 3) == "\u0964");
    return stop == '.' || stop == '!' || stop == '?' || wide_stop ? hash : std::string_view::npos;
}

bool lone_mark(const TokenStats& s) { return s.letters == 0 && s.digits == 0 && s.chars <= 2; }

}  // namespace

void find_hashtag_runs(std::string_view text, const std::vector<TokenStats>& toks, TokenSpans& spans) {
    if (text.find('#') == std::string_view::npos && text.find(':') == std::string_view::npos) return;  // most blocks: no token read
    auto tok = [&](std::size_t k) { return text.substr(toks[k].b, toks[k].e - toks[k].b); };
    const std::size_t n = toks.size();
    for (std::size_t k = 0; k < n; ++k) {
        // Tags need a '#' (counted as code) or a ':' in the token: most tokens have neither.
        if (toks[k].colons == 0 && toks[k].code == 0) continue;
        const std::size_t skip = tags_start(tok(k));
        if (skip == std::string_view::npos || hashtags(tok(k), skip) == 0) continue;
        if (skip == 0 && k > 0 && !closes_sentence(tok(k - 1), toks[k - 1])) continue;  // inside a sentence
        std::size_t tags = 0, last = k;
        for (std::size_t q = k; q < n; ++q) {
            const std::size_t in = hashtags(tok(q), q == k ? skip : 0);
            if (in == 0 && !lone_mark(toks[q])) break;
            tags += in;
            if (in > 0) last = q;
            if (toks[q].sentence_end) break;
        }
        if (tags >= 3 && (last + 1 == n || opens_sentence(tok(last + 1))))
            spans.push_back({k, last, static_cast<std::uint32_t>(skip)});
        k = last;
    }
}

}  // namespace winnow::detail::machine
