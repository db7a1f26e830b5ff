// The words and letters a foreign box is judged by: each block's script, its tokens (folded
// words; characters one by one in scripts written without spaces), the article's prose and the
// words it uses, the letters its prose writes. foreign_boxes.cpp decides on them.
#include "filters/foreign_words.hpp"
#include "hash_sort.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <unordered_map>

#include <utf8proc.h>

namespace winnow::detail::foreign_words {

namespace {
bool unspaced(char32_t cp) { return written_without_spaces(script_of(cp)); }
}  // namespace

std::uint64_t hash_words(const WordHashes& words) {
    std::uint64_t h = 1469598103934665603ull;
    for (auto w : words) h = (h ^ w) * 1099511628211ull;
    return h;
}

namespace {
std::uint64_t hash_bytes(std::string_view w) {
    std::uint64_t h = 14695981039346656037ull;
    for (unsigned char c : w) h = (h ^ c) * 1099511628211ull;
    return h;
}
}  // namespace

namespace {
// Whether a written-out address starts at byte i ("http…", "www."). (The first byte rules out
// both before a compare: the scans below ask at every character.)
bool address_at(std::string_view text, std::size_t i) {
    return (text[i] == 'h' && text.compare(i, 4, "http") == 0) || (text[i] == 'w' && text.compare(i, 4, "www.") == 0);
}
}  // namespace


namespace {
// The script class block_script counts an ASCII byte in, by table: most of most texts is ASCII,
// and a byte costs a look-up instead of a decode and two classifications. Built from the same
// classifications, so a byte counts exactly as its code point would.
const std::array<std::uint8_t, 128>& ascii_script_classes() {
    static const std::array<std::uint8_t, 128> table = [] {
        std::array<std::uint8_t, 128> t{};
        for (char32_t c = 0; c < 128; ++c) {
            const int s = script_of(c);
            t[c] = static_cast<std::uint8_t>(s == script_none && is_letter(c) ? kUnlisted : s);
        }
        return t;
    }();
    return table;
}
}  // namespace

// The most frequent script among a text's letters (script_none if it has none); URLs left out.
int block_script(std::string_view text) {
    static_assert(kUnlisted < 256, "a script class fits the byte table");
    const auto& ascii = ascii_script_classes();
    int counts[script_count + 1] = {};
    const std::size_t n = text.size();
    // Where the next address starts (an address is skipped to the next space): found by a
    // search for each of its openings, not asked at every byte; n if none is left.
    std::size_t next_http = text.find("http"), next_www = text.find("www.");
    const auto next_address = [&](std::size_t i) {
        if (next_http < i) next_http = text.find("http", i);
        if (next_www < i) next_www = text.find("www.", i);
        return std::min({next_http, next_www, n});
    };
    constexpr std::uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    for (std::size_t i = 0; i < n;) {
        const std::size_t address = next_address(i);
        if (i == address) {
            while (i < n && text[i] != ' ') ++i;
            continue;
        }
        while (i < address) {
            if (i + 8 <= address) {
                // Eight ASCII bytes at a time: a byte b (below 0x80) lower-cased is a letter (the
                // table's Latin; its other bytes are of no script) when b + 0x1F reaches 0x80 ('a'
                // and up) and b + 0x05 does not ('{' and up); no sum carries into the next byte.
                std::uint64_t w;
                std::memcpy(&w, text.data() + i, 8);
                if (!(w & high)) {
                    const std::uint64_t lower = w | 0x2020202020202020ull;
                    const std::uint64_t from_a = (lower + 0x1F * ones) & high, past_z = (lower + 0x05 * ones) & high;
                    const int latin = static_cast<int>((((from_a & ~past_z) >> 7) * ones) >> 56);
                    counts[script_latin] += latin;
                    counts[script_none] += 8 - latin;
                    i += 8;
                    continue;
                }
            }
            const auto byte = static_cast<unsigned char>(text[i]);
            if (byte < 0x80) {
                ++counts[ascii[byte]];
                ++i;
                continue;
            }
            const char32_t cp = next_code_point(text, i);
            const int s = script_of(cp);
            ++counts[s == script_none && is_letter(cp) ? kUnlisted : s];
        }
    }
    int best = script_none;
    for (int s = 1; s <= kUnlisted; ++s)
        if (counts[s] > counts[best] || (best == script_none && counts[s] > 0)) best = s;
    return best;
}

// Whether a block's script may be the article's (a block with no letters may).
bool same_writing(int script, int main_script) {
    if (script == script_none || main_script == script_none) return true;
    if (script == kUnlisted || main_script == kUnlisted) return script == main_script;
    return scripts_compatible(script, main_script);
}

namespace {
// Letters of an alphabet (not a syllabary or an ideographic script: there every text brings
// signs the others lack), lower-cased.
bool alphabet_letter(char32_t cp) {
    if (!is_letter(cp)) return false;
    const int s = script_of(cp);
    return s != script_none && s != script_han && s != script_hangul && !written_without_spaces(s);
}
}  // namespace

namespace {
char32_t lower(char32_t cp) { return static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))); }
}  // namespace

// Whether a block in the article's alphabet is written in letters the article never uses: most
// of its words (three at least) carry a non-ASCII letter no prose block has (another language's
// marked letters, or words of no language). No quotation of a few words is judged so.
bool alien_letters(std::string_view text, const std::unordered_set<char32_t>& prose_letters) {
    std::size_t words = 0, alien = 0;
    bool in_word = false, odd = false;
    auto close = [&] {
        if (in_word) words += 1, alien += odd;
        in_word = odd = false;
    };
    for (std::size_t i = 0; i < text.size();) {
        if (address_at(text, i)) {  // an address is no word
            close();
            while (i < text.size() && text[i] != ' ' && text[i] != '\n') ++i;
            continue;
        }
        const char32_t cp = next_code_point(text, i);
        if (!is_letter(cp)) {
            close();
            continue;
        }
        in_word = true;
        // (Plain ASCII letters are left out: a rare one, "z" in an English text, is no other
        // language's mark.)
        odd = odd || (cp >= 0x80 && alphabet_letter(cp) && !prose_letters.contains(lower(cp)));
    }
    close();
    return alien >= 3 && alien * 2 >= words;
}

// The letters the article's prose writes: those of two different prose blocks at least (a
// long box pasted twice counts once), of one when the prose has fewer than three blocks.
std::unordered_set<char32_t> letters_prose_writes(const std::vector<BlockView>& views, const std::vector<bool>& prose) {
    std::unordered_map<char32_t, std::uint32_t> blocks_using;
    std::unordered_set<std::uint64_t> seen;
    std::unordered_set<char32_t> own;
    for (std::size_t i = 0; i < views.size(); ++i) {
        if (!prose[i] || !seen.insert(hash_words(views[i].words)).second) continue;
        own.clear();
        for (std::size_t p = 0; p < views[i].text.size();) {
            const char32_t cp = next_code_point(views[i].text, p);
            if (alphabet_letter(cp)) own.insert(lower(cp));
        }
        for (char32_t c : own) ++blocks_using[c];
    }
    const std::uint32_t need = seen.size() >= 3 ? 2 : 1;
    std::unordered_set<char32_t> letters;
    for (const auto& [c, count] : blocks_using)
        if (count >= need) letters.insert(c);
    return letters;
}

namespace {
void sort_unique(std::vector<std::uint64_t>& v) {
    sort_hashes(v);
    v.erase(std::unique(v.begin(), v.end()), v.end());
}
}  // namespace

// Sorted unique tokens of a text: folded words, unspaced-script characters one by one. With
// in_script, also (from the same pass over the words) the tokens of only the words in letters
// compatible with only_script (and words of digits): the prose's vocabulary is what it says in
// its own writing; a label or quotation glued into it in another script (a few dozen letters,
// counted one by one) would make every box in that script look like the article's.
std::vector<std::uint64_t> tokens(std::string_view text, int only_script, std::vector<std::uint64_t>* in_script) {
    std::vector<std::uint64_t> out;
    for (const std::string& w : fold_words(text)) {
        bool keep = in_script != nullptr;
        if (keep && only_script >= 0) {
            int script = script_none;
            for (std::size_t i = 0; i < w.size() && script == script_none;) {
                const char32_t cp = next_code_point(w, i);
                script = script_of(cp) == script_none && is_letter(cp) ? kUnlisted : script_of(cp);
            }
            keep = same_writing(script, only_script);
        }
        const std::size_t first = out.size();
        bool split = false;
        for (std::size_t i = 0; i < w.size() && !split;) split = unspaced(next_code_point(w, i));
        if (!split) {
            out.push_back(hash_bytes(w));
        } else {
            for (std::size_t i = 0; i < w.size();) {
                const std::size_t b = i;
                next_code_point(w, i);
                out.push_back(hash_bytes(std::string_view(w).substr(b, i - b)));
            }
        }
        if (keep) in_script->insert(in_script->end(), out.begin() + static_cast<std::ptrdiff_t>(first), out.end());
    }
    sort_unique(out);
    if (in_script) sort_unique(*in_script);
    return out;
}

namespace {
// The script tokens() gives a word (its first letter's), for a folded letter.
int word_script(char32_t lower) {
    const int s = script_of(lower);
    return s == script_none && is_letter(lower) ? kUnlisted : s;
}
}  // namespace

namespace {
// The script of every word of ASCII letters, when one script written with spaces has them all
// (else -1).
int ascii_word_script() {
    const int s = word_script('a');
    for (char32_t c = 'b'; c <= 'z'; ++c)
        if (word_script(c) != s) return -1;
    return s == script_none || unspaced('a') ? -1 : s;
}
}  // namespace

namespace {
// Whether every letter of text, folded as fold_words folds it, is of `script` (a script written
// with spaces): then tokens() splits no word into characters and every word's script is
// `script` or none (digits), so its tokens are the text's folded word set (BlockView::set).
bool letters_all_of(std::string_view text, int script) {
    for (std::size_t i = 0; i < text.size();) {
        if (static_cast<unsigned char>(text[i]) < 0x80) {   // ASCII: the caller's script, or no letter
            ++i;
            continue;
        }
        const char32_t cp = next_code_point(text, i);
        if (!is_letter(cp)) continue;
        const auto lower = static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp)));
        const int s = word_script(lower);
        if ((s != script_none && s != script) || unspaced(lower)) return false;
    }
    return true;
}
}  // namespace

double PageWords::overlap(std::size_t i) const {
    if (toks[i].empty()) return 1.0;
    std::size_t shared = 0;
    for (auto t : toks[i]) {
        shared += prose_uses.of(t) > (prose[i] ? 1u : 0u);
    }
    return static_cast<double>(shared) / static_cast<double>(toks[i].size());
}

void TokenUses::seal() {
    sort_hashes(uses_);
    // Each token once with its count: a question is then one search among the distinct tokens,
    // not two (the ends of its run) among all the uses.
    counts_.clear();
    std::size_t distinct = 0;
    for (std::size_t k = 0; k < uses_.size(); ++k) {
        if (k == 0 || uses_[k] != uses_[k - 1]) {
            uses_[distinct++] = uses_[k];
            counts_.push_back(0);
        }
        ++counts_.back();
    }
    uses_.resize(distinct);
    distinct_ = distinct;
}

std::uint32_t TokenUses::of(std::uint64_t t) const {
    const auto it = std::lower_bound(uses_.begin(), uses_.end(), t);
    return it != uses_.end() && *it == t ? counts_[static_cast<std::size_t>(it - uses_.begin())] : 0;
}

PageWords read_page_words(const std::vector<BlockView>& views, int main_script, std::size_t prose_words) {
    const std::size_t n = views.size();
    PageWords pw;
    pw.toks.resize(n);
    pw.prose.assign(n, false);
    pw.scripts.assign(n, script_none);
    const int ascii_script = ascii_word_script();
    for (std::size_t i = 0; i < n; ++i) {
        if (views[i].empty) continue;
        const int script = pw.scripts[i] = block_script(views[i].text);
        pw.prose[i] = views[i].candidate && views[i].length >= prose_words && same_writing(script, main_script);
        // Text in one script written with spaces, whose words all count: the view's word set
        // is its tokens (the same folded words, hashed alike), not folded again.
        if (ascii_script >= 0 && (!pw.prose[i] || same_writing(ascii_script, main_script)) &&
            letters_all_of(views[i].text, ascii_script)) {
            pw.toks[i].assign(views[i].set.begin(), views[i].set.end());
            if (pw.prose[i])
                for (auto t : pw.toks[i]) pw.prose_uses.add(t);
            continue;
        }
        std::vector<std::uint64_t> own;   // a prose block's words in the article's writing
        pw.toks[i] = tokens(views[i].text, main_script, pw.prose[i] ? &own : nullptr);
        for (auto t : own) pw.prose_uses.add(t);
    }
    pw.prose_uses.seal();
    return pw;
}

}  // namespace winnow::detail::foreign_words
