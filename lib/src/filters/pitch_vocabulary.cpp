// A pitch's vocabulary against the article's (promo_shapes.cpp reads the shapes, this file the
// words): content words matched by their stems, Han and kana by pairs of signs, text written in
// short words (Vietnamese) by pairs of words too; the article's side read once per page.
#include "filters/promo_shapes.hpp"

#include <algorithm>

#include <utf8proc.h>

#include "filters/evidence.hpp"
#include "filters/word_fold.hpp"
#include "hash_sort.hpp"

namespace winnow::detail {

namespace {

constexpr std::size_t kContentLetters = 5, kStem = 5, kMinContent = 2, kSoundRun = 3;

constexpr double kContentShared = 0.25;  // below this share of its content words in the article, a line is foreign

// The word's first kStem code points (the whole word if shorter).
std::string_view stem_of(std::string_view word) {
    std::size_t i = 0;
    for (std::size_t n = 0; n < kStem && i < word.size(); ++n) next_code_point(word, i);
    return word.substr(0, i);
}

bool content_word(std::string_view word) {
    std::size_t letters = 0;
    for (std::size_t i = 0; i < word.size();) {
        const char32_t cp = next_code_point(word, i);
        if (is_digit(cp)) return false;
        // (Marks count: an abugida writes its vowels as marks.)
        const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
        letters += is_letter(cp) || category == UTF8PROC_CATEGORY_MN || category == UTF8PROC_CATEGORY_MC;
    }
    return letters >= kContentLetters;
}

// The units a text's vocabulary is compared in: the stems of its content words (`all`: of every
// word, the article's side); in Han and kana, written without spaces, where a run is a clause,
// the pairs of neighbouring characters (most words there are two or more signs). The other
// scripts without spaces (Thai, Lao, Khmer, Myanmar) write sounds: a pair of their letters is
// no word; there the runs of kSoundRun neighbouring letters, marks left out.
// A language that writes its syllables apart (Vietnamese) has few words of kContentLetters: a
// text whose spaced words average under kShortWord letters is compared in the pairs of its
// neighbouring words too, as Han in pairs of signs (with `pairs`; `spaced` counts its spaced
// words and their letters, for the caller to tell).
// `letters` counts the letters of each script seen (script_count + 1 entries).
constexpr std::size_t kShortWord = 4;
// The letters a word writes: a Hangul syllable block writes two or three (its initial, its vowel
// and a final, if any), every other code point one.
std::size_t letters_written(std::string_view word) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < word.size();) {
        const char32_t cp = next_code_point(word, i);
        n += cp >= 0xAC00 && cp <= 0xD7A3 ? ((cp - 0xAC00) % 28 != 0 ? 3 : 2) : 1;
    }
    return n;
}
struct SpacedWords {
    std::size_t words = 0, letters = 0;
    bool short_worded() const { return words > 0 && letters < kShortWord * words; }
};
// Each unit is handed to add(std::string_view) as it is read (the caller keeps it as a string,
// or only its key).
template <class Add>
SpacedWords content_units(std::string_view text, bool all, Add&& add, std::vector<std::size_t>& letters, bool pairs,
                          bool decode_all = false) {
    SpacedWords spaced;
    std::vector<std::string_view> run;  // the spaced words in order, "" for a break (a number, another script)
    // The folded words (fold_words's) one after another in one buffer, not a string each.
    std::string folded;
    folded.reserve(text.size());
    std::vector<std::pair<std::size_t, std::size_t>> spans;  // each word's start and size in folded
    fold::for_each_folded_word(text, [&](std::string_view w, bool) {
        spans.emplace_back(folded.size(), w.size());
        folded += w;
    });
    std::vector<std::size_t> at;  // a word's code point offsets (one buffer for all the words)
    std::string sounds;                 // a word's letters without their marks (Thai-like scripts)
    std::vector<std::size_t> sound_starts;  // where each letter starts in sounds
    for (const auto& [start, size] : spans) {
        const std::string_view w(folded.data() + start, size);
        // A word of ASCII bytes (most words of most pages) without decoding: each byte a code
        // point, its letters Latin (script_of's ASCII rows), its other bytes of no script, no
        // mark among them, one letter written per byte.
        if (!decode_all && std::all_of(w.begin(), w.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
            std::size_t latin = 0;
            bool digits = false;
            for (const char c : w) {
                latin += static_cast<unsigned>((c | 0x20) - 'a') < 26u;
                digits = digits || (c >= '0' && c <= '9');
            }
            letters[script_latin] += latin;
            letters[script_none] += w.size() - latin;
            if (all || (!digits && latin >= kContentLetters)) add(w.substr(0, std::min(w.size(), kStem)));
            run.push_back(digits ? std::string_view() : std::string_view(w));
            ++spaced.words;
            spaced.letters += w.size();
            continue;
        }
        at.clear();
        bool unspaced = false, signs = false;
        for (std::size_t i = 0; i < w.size();) {
            at.push_back(i);
            const int script = script_of(next_code_point(w, i));
            ++letters[static_cast<std::size_t>(script)];
            unspaced = written_without_spaces(script) || unspaced;
            signs = script == script_han || script == script_hiragana || script == script_katakana || signs;
        }
        if (!unspaced) {
            if (all || content_word(w)) add(stem_of(w));
            const bool digits = std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
            run.push_back(digits ? std::string_view() : std::string_view(w));
            ++spaced.words;
            spaced.letters += letters_written(w);
            continue;
        }
        run.push_back({});
        at.push_back(w.size());
        if (!signs) {
            // (Thai, Lao, Khmer, Myanmar write sounds: a run of three letters, its vowel and tone
            // marks left out, is a syllable or most of one; a clause's words share few such runs
            // with a text on another subject.)
            sounds.clear();
            sound_starts.clear();
            for (std::size_t k = 0; k + 1 < at.size(); ++k) {
                std::size_t i = at[k];
                if (!is_combining_mark(next_code_point(w, i)))
                    sound_starts.push_back(sounds.size()), sounds.append(w, at[k], at[k + 1] - at[k]);
            }
            sound_starts.push_back(sounds.size());
            for (std::size_t k = 0; k + kSoundRun < sound_starts.size(); ++k)
                add(std::string_view(sounds).substr(sound_starts[k], sound_starts[k + kSoundRun] - sound_starts[k]));
            continue;
        }
        for (std::size_t k = 0; k + 2 < at.size(); ++k) {
            const std::string_view pair = std::string_view(w).substr(at[k], at[k + 2] - at[k]);
            if (pair.find_first_of("0-'") == std::string_view::npos) add(pair);
        }
    }
    if (pairs && spaced.short_worded()) {
        std::string joined;  // one buffer for every pair
        for (std::size_t k = 0; k + 1 < run.size(); ++k)
            if (!run[k].empty() && !run[k + 1].empty()) {
                joined.assign(run[k]) += ' ';
                joined += run[k + 1];
                add(std::string_view(joined));
            }
    }
    return spaced;
}

// The text with its written-out addresses and handles left out.
std::string without_ways_out(std::string_view text) {
    std::string out;
    for (std::size_t p = 0; p < text.size();) {
        const std::size_t e = std::min(text.find_first_of(" \n\t", p), text.size());
        std::string_view tok = text.substr(p, e - p);
        while (!tok.empty() && (tok.back() == ',' || tok.back() == '.' || tok.back() == ')')) tok.remove_suffix(1);
        if (!is_spelled_address(tok) && !is_handle(tok)) out.append(text.substr(p, e - p)) += ' ';
        p = e + 1;
    }
    return out;
}

}  // namespace

ContentUnits content_units_of(std::string_view text, bool all, bool pairs, bool decode_all) {
    ContentUnits u;
    u.letters.assign(script_count + 1, 0);
    const SpacedWords spaced = content_units(text, all, [&](std::string_view unit) { u.units.emplace_back(unit); }, u.letters, pairs, decode_all);
    u.spaced_words = spaced.words;
    u.spaced_letters = spaced.letters;
    return u;
}

std::uint64_t ArticleUnits::key(std::string_view s) {
    std::uint64_t h = 14695981039346656037ull;
    for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
}

void ArticleUnits::build() {
    built_ = true;
    units_.resize(views_.size());
    letters_.resize(views_.size());
    letters_total_.assign(script_count + 1, 0);
    for (std::size_t j = 0; j < views_.size(); ++j) {
        if (!prose_block(views_[j])) continue;
        letters_[j].assign(script_count + 1, 0);
        std::vector<std::uint64_t>& keys = units_[j];  // each unit's key, no string of it
        const SpacedWords spaced =
            content_units(views_[j].text, true, [&](std::string_view unit) { keys.push_back(key(unit)); }, letters_[j], true);
        spaced_words_ += spaced.words;
        spaced_letters_ += spaced.letters;
        sort_hashes(keys);
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        for (const std::uint64_t k : keys) ++views_with_[k];
        for (std::size_t k = 0; k < letters_total_.size(); ++k) letters_total_[k] += letters_[j][k];
    }
}

bool ArticleUnits::has_outside(std::string_view s, const std::vector<std::size_t>& unit) {
    if (!built_) build();
    const std::uint64_t k = key(s);
    const auto it = views_with_.find(k);
    std::uint32_t outside = it == views_with_.end() ? 0 : it->second;
    for (const std::size_t u : unit)
        outside -= std::binary_search(units_[u].begin(), units_[u].end(), k) ? 1 : 0;
    return outside > 0;
}

bool ArticleUnits::short_worded() {
    if (!built_) build();
    return spaced_words_ > 0 && spaced_letters_ < kShortWord * spaced_words_;
}

std::vector<std::size_t> ArticleUnits::letters_outside(const std::vector<std::size_t>& unit) {
    if (!built_) build();
    std::vector<std::size_t> letters = letters_total_;
    for (const std::size_t u : unit)
        if (!letters_[u].empty())
            for (std::size_t k = 0; k < letters.size(); ++k) letters[k] -= letters_[u][k];
    return letters;
}

bool foreign_content(const std::vector<BlockView>& views, const std::vector<std::size_t>& unit, ArticleUnits& article,
                     std::size_t pairs_kept) {
    std::vector<std::string> units;
    std::vector<std::size_t> unit_letters(script_count + 1, 0);
    // (Addresses and handles are names, in Latin letters whatever the language: not its words.)
    // (Pairs of words only against an article written so too: a short line of short words in a
    // language of longer ones would find none of its pairs there.)
    for (std::size_t u : unit)
        content_units(without_ways_out(views[u].text), false, [&](std::string_view unit) { units.emplace_back(unit); },
                      unit_letters, article.short_worded());
    std::sort(units.begin(), units.end());
    units.erase(std::unique(units.begin(), units.end()), units.end());
    if (units.size() < kMinContent) return false;
    // A box in another script than the article's is foreign_boxes.cpp's, judged there as a whole
    // run (its title, its text and its button together).
    const auto main_script = [](const std::vector<std::size_t>& letters) {
        return static_cast<int>(std::max_element(letters.begin() + 1, letters.end()) - letters.begin());
    };
    if (!scripts_compatible(main_script(unit_letters), main_script(article.letters_outside(unit)))) return false;
    std::size_t shared = 0, pairs_shared = 0;
    for (const std::string& s : units) {
        const bool has = article.has_outside(s, unit);
        shared += has;
        pairs_shared += has && s.find(' ') != std::string::npos;
    }
    // (A pair of words is a word there, and most pairs straddle two: `pairs_kept` the article
    // shares name its subject, as a content word does.)
    return pairs_shared < pairs_kept && static_cast<double>(shared) < kContentShared * static_cast<double>(units.size());
}

}  // namespace winnow::detail
