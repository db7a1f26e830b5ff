// Fast paths of the noise filters against the plain code they replace: a byte table or an early
// exit must give what the character-by-character reading gives, on generated text in several
// scripts and on real-looking lines (addresses, digits, marks, broken bytes).
#include <doctest/doctest.h>

#include <algorithm>
#include <numeric>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include <utf8proc.h>

#include "filters/evidence.hpp"
#include "filters/filters.hpp"
#include "filters/foreign_words.hpp"
#include "filters/promo_shapes.hpp"
#include "filters/residue_edit.hpp"
#include "filters/word_fold.hpp"
#include "fingerprint.hpp"

using namespace winnow;
using namespace winnow::detail;

namespace {

// block_script as it read every character before the ASCII byte table.
int plain_block_script(std::string_view text) {
    int counts[script_count + 1] = {};
    for (std::size_t i = 0; i < text.size();) {
        if ((text[i] == 'h' && text.compare(i, 4, "http") == 0) || (text[i] == 'w' && text.compare(i, 4, "www.") == 0)) {
            while (i < text.size() && text[i] != ' ') ++i;
            continue;
        }
        const char32_t cp = next_code_point(text, i);
        const int s = script_of(cp);
        ++counts[s == script_none && is_letter(cp) ? foreign_words::kUnlisted : s];
    }
    int best = script_none;
    for (int s = 1; s <= foreign_words::kUnlisted; ++s)
        if (counts[s] > counts[best] || (best == script_none && counts[s] > 0)) best = s;
    return best;
}

// Pieces a generated text is drawn from: words of many scripts, digits of several, marks,
// addresses, a letter of a script the table does not list, and a broken byte.
const std::vector<std::string>& pieces() {
    static const std::vector<std::string> p = {
        "the", "Weather", "in", "den", "Bergen", "été", "naïve", "Straße", "ÆØÅ",
        "Подпишитесь", "рассылку", "погода", "Ελλάδα", "καιρός", "שלום", "مرحبا", "العالم",
        "नमस्ते", "দেশ", "தமிழ்", "ภาษาไทย", "ქართული", "한국어", "ひらがな", "カタカナ", "漢字", "中文",
        "ㄅㄆㄇ", "ሰላም", "ᏣᎳᎩ", "123", "٣٤٥", "४५६", "１２３", " ", "  ", "\n", ".", ",", "!", "?", "—",
        "«", "»", "“", "”", "…", "🙂", "❤️", "(", ")", "[1]", "https://example.org/path?q=1",
        "http://x.y", "www.site.tld/a", "httpx", "wwwx", "h", "w", "\xC3", "\xE2\x80", "\xFF", "a\xCC\x81"};
    return p;
}

}  // namespace

TEST_CASE("block_script with its ASCII byte table reads as the plain character walk") {
    const std::vector<std::pair<std::string, int>> lines = {
        {"Am Morgen lag Nebel im Tal, am Nachmittag kam die Sonne durch.", script_latin},
        {"Подпишитесь на нашу рассылку: https://example.org/ru", script_cyrillic},
        {"今日は朝から雨が降っていましたが、午後には晴れました。", -1},
        {"See https://пример.рф/страница for more", script_latin},
        {"ok ΑΒΓΔ", script_greek},
        {"ab ΑΒΓΔ", -1},
        {"2024 — 15:30", script_none},
        {"www.example.com", script_none},
        {"", script_none},
    };
    for (const auto& [text, expected] : lines) {
        CAPTURE(text);
        CHECK(foreign_words::block_script(text) == plain_block_script(text));
        if (expected >= 0) CHECK(foreign_words::block_script(text) == expected);
    }
    std::mt19937 rng(20261204);
    const auto& p = pieces();
    for (int round = 0; round < 3000; ++round) {
        std::string text;
        const int n = 1 + static_cast<int>(rng() % 24);
        for (int k = 0; k < n; ++k) {
            text += p[rng() % p.size()];
            if (rng() % 3 != 0) text += ' ';
        }
        CAPTURE(text);
        REQUIRE(foreign_words::block_script(text) == plain_block_script(text));
    }
    // Long lines, mostly ASCII (read eight bytes at a time), with addresses anywhere in them,
    // opening a word or inside one, and a few words of other scripts: the count is close.
    const std::vector<std::string> ascii = {"the", "weather", "in", "Bergen", "was", "cold,", "and", "wet.", "share",
                                            "show", "thttp", "awww.", "http://a.b/c", "www.d.e", "h", "w", "1990", "-"};
    for (int round = 0; round < 2000; ++round) {
        std::string text;
        const int n = 40 + static_cast<int>(rng() % 160);
        for (int k = 0; k < n; ++k) {
            text += rng() % 12 == 0 ? p[rng() % p.size()] : ascii[rng() % ascii.size()];
            if (rng() % 5 != 0) text += ' ';
        }
        CAPTURE(text);
        REQUIRE(foreign_words::block_script(text) == plain_block_script(text));
    }
}

namespace {

// The repeated-block filter's grouping as it was before each block's postings were found once:
// the word's run searched for in the sorted postings, word by word. Same unions in the same
// order, so the same group roots.
std::vector<std::size_t> plain_near_duplicate_groups(const std::vector<BlockView>& views) {
    const std::size_t n = views.size();
    std::vector<std::size_t> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    const auto find = [&](std::size_t x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    };
    const auto unite = [&](std::size_t a, std::size_t b) { parent[find(a)] = find(b); };
    const auto near_duplicate = [](const BlockView& a, const BlockView& b, std::size_t shared) {
        const std::size_t na = a.words.size(), nb = b.words.size();
        if (na <= 3 || nb <= 3) return a.words == b.words;
        if (std::min(na, nb) * 10 < std::max(na, nb) * 6) return false;
        const std::size_t uni = a.set.size() + b.set.size() - shared;
        return uni > 0 && shared * 4 >= uni * 3;
    };
    std::vector<bool> representative(n, false);
    std::unordered_map<std::uint64_t, std::size_t> first_with;
    for (std::size_t i = 0; i < n; ++i) {
        if (!views[i].candidate) continue;
        std::uint64_t h = 1469598103934665603ull;
        for (auto w : views[i].words) h = (h ^ w) * 1099511628211ull;
        const auto [it, inserted] = first_with.emplace(h, i);
        if (!inserted && views[it->second].words == views[i].words) unite(i, it->second);
        else representative[i] = true;
    }
    constexpr std::size_t max_postings = 256;
    std::vector<std::pair<std::uint64_t, std::size_t>> postings;
    for (std::size_t i = 0; i < n; ++i)
        if (representative[i])
            for (auto w : views[i].set) postings.emplace_back(w, i);
    std::sort(postings.begin(), postings.end());
    std::vector<std::size_t> shared(n, 0), touched;
    for (std::size_t i = 0; i < n; ++i) {
        if (!representative[i]) continue;
        touched.clear();
        bool skipped = false;
        for (auto w : views[i].set) {
            const auto from = std::lower_bound(postings.begin(), postings.end(), std::pair<std::uint64_t, std::size_t>{w, 0});
            const auto to = std::upper_bound(from, postings.end(), std::pair<std::uint64_t, std::size_t>{w, n});
            if (static_cast<std::size_t>(to - from) > max_postings) {
                skipped = true;
                continue;
            }
            for (auto it = std::upper_bound(from, to, std::pair<std::uint64_t, std::size_t>{w, i}); it != to; ++it)
                if (shared[it->second]++ == 0) touched.push_back(it->second);
        }
        for (std::size_t j : touched) {
            if (skipped) {
                std::size_t common = 0;
                const auto& a = views[i].set;
                const auto& b = views[j].set;
                for (std::size_t x = 0, y = 0; x < a.size() && y < b.size();) {
                    if (a[x] < b[y]) ++x;
                    else if (b[y] < a[x]) ++y;
                    else ++common, ++x, ++y;
                }
                shared[j] = common;
            }
            if (near_duplicate(views[i], views[j], shared[j])) unite(i, j);
            shared[j] = 0;
        }
    }
    std::vector<std::size_t> roots(n);
    for (std::size_t i = 0; i < n; ++i) roots[i] = find(i);
    return roots;
}

Block block_of(BlockKind kind, std::string text) {
    Block b;
    b.kind = kind;
    b.text = std::move(text);
    return b;
}

// A page of blocks drawn from a few sentences, each copied as it is, with a word or two changed,
// shortened, or made anew from the vocabulary: near-duplicates and strangers side by side.
Document generated_page(std::mt19937& rng, const std::vector<std::string>& vocabulary, std::size_t blocks) {
    std::vector<std::vector<std::string>> sentences;
    for (int s = 0; s < 6; ++s) {
        std::vector<std::string> words;
        const std::size_t len = 2 + rng() % 18;
        for (std::size_t k = 0; k < len; ++k) words.push_back(vocabulary[rng() % vocabulary.size()]);
        sentences.push_back(words);
    }
    Document d;
    for (std::size_t b = 0; b < blocks; ++b) {
        std::vector<std::string> words = sentences[rng() % sentences.size()];
        switch (rng() % 5) {
            case 0: break;                                                                    // a copy
            case 1: words[rng() % words.size()] = vocabulary[rng() % vocabulary.size()]; break;  // a word changed
            case 2: if (words.size() > 3) words.pop_back(); break;                            // shortened
            case 3: words.push_back(vocabulary[rng() % vocabulary.size()]); break;            // lengthened
            default:
                for (auto& w : words) w = vocabulary[rng() % vocabulary.size()];              // another text
        }
        std::string text;
        for (const auto& w : words) text += (text.empty() ? "" : " ") + w;
        const auto kind = rng() % 7 == 0 ? BlockKind::heading : rng() % 11 == 0 ? BlockKind::figure : BlockKind::paragraph;
        d.body.push_back(block_of(kind, text + (rng() % 2 ? "." : "")));
    }
    return d;
}

}  // namespace

TEST_CASE("near-duplicate groups with each block's postings found once equal the word-by-word search") {
    const std::vector<std::vector<std::string>> vocabularies = {
        {"the", "sun", "rose", "over", "hills", "and", "a", "river", "ran", "cold", "Join", "our", "newsletter", "today", "free"},
        {"der", "Regen", "fiel", "auf", "die", "Stadt", "und", "Straßen", "glänzten", "Jetzt", "abonnieren", "kostenlos"},
        {"дождь", "шёл", "над", "городом", "и", "улицы", "блестели", "Подпишитесь", "на", "рассылку", "бесплатно"},
        {"雨が", "降って", "街の", "通りが", "光って", "いた", "今すぐ", "登録", "無料", "ニュースレター"},
        {"la", "pluie", "tombait", "sur", "ville", "et", "les", "rues", "brillaient", "123", "2024", "www.example.org"},
    };
    std::mt19937 rng(4021);
    std::size_t grouped = 0;  // views joined to another: the pages do hold near-duplicates
    for (int round = 0; round < 200; ++round) {
        const auto& vocabulary = vocabularies[static_cast<std::size_t>(round) % vocabularies.size()];
        const Document d = generated_page(rng, vocabulary, 3 + rng() % 60);
        const auto views = view_blocks(d);
        CAPTURE(round);
        const auto roots = near_duplicate_groups(views);
        REQUIRE(roots == plain_near_duplicate_groups(views));
        REQUIRE(roots == near_duplicate_groups(views, true));
        for (std::size_t i = 0; i < roots.size(); ++i) grouped += roots[i] != i;
    }
    CHECK(grouped > 500);
    // A long page whose common words stand in more blocks than the index follows (the pairs
    // are then counted from the whole word sets).
    for (int round = 0; round < 4; ++round) {
        const Document d = generated_page(rng, vocabularies[static_cast<std::size_t>(round)], 700);
        const auto views = view_blocks(d);
        CAPTURE(round);
        REQUIRE(near_duplicate_groups(views) == plain_near_duplicate_groups(views));
    }
}

TEST_CASE("near-duplicate groups through each set's prefix equal the pass over every word on long paragraphs") {
    // Paragraphs of 20 to 80 words from a vocabulary of a few hundred (syllables of several
    // scripts put together), copied with up to a third of their words changed, dropped or added:
    // pairs on either side of the three-quarters line, and sets far apart in size.
    const std::vector<std::string> syllables = {"ka", "ri", "mo", "sen", "tal", "über", "été", "ми", "ра", "до",
                                                "λα", "νε", "שָׁ", "لا", "में", "の", "か", "한", "국", "ng"};
    std::mt19937 rng(77);
    std::vector<std::string> vocabulary;
    for (int k = 0; k < 300; ++k)
        vocabulary.push_back(syllables[rng() % syllables.size()] + syllables[rng() % syllables.size()] +
                             syllables[rng() % syllables.size()]);
    std::size_t grouped = 0;
    for (int round = 0; round < 60; ++round) {
        std::vector<std::vector<std::string>> sources;
        for (int s = 0; s < 5; ++s) {
            std::vector<std::string> words(20 + rng() % 60);
            for (auto& w : words) w = vocabulary[rng() % 120 + (rng() % 3 == 0 ? rng() % 180 : 0)];
            sources.push_back(words);
        }
        Document d;
        const std::size_t blocks = 10 + rng() % 200;
        for (std::size_t b = 0; b < blocks; ++b) {
            std::vector<std::string> words = sources[rng() % sources.size()];
            const std::size_t edits = rng() % (words.size() / 3 + 1);
            for (std::size_t e = 0; e < edits; ++e) {
                const std::size_t at = rng() % words.size();
                switch (rng() % 3) {
                    case 0: words[at] = vocabulary[rng() % vocabulary.size()]; break;
                    case 1: if (words.size() > 4) words.erase(words.begin() + static_cast<long>(at)); break;
                    default: words.insert(words.begin() + static_cast<long>(at), vocabulary[rng() % vocabulary.size()]);
                }
            }
            std::string text;
            for (const auto& w : words) text += (text.empty() ? "" : " ") + w;
            d.body.push_back(block_of(BlockKind::paragraph, text + "."));
        }
        const auto views = view_blocks(d);
        CAPTURE(round);
        const auto roots = near_duplicate_groups(views);
        REQUIRE(roots == plain_near_duplicate_groups(views));
        for (std::size_t i = 0; i < roots.size(); ++i) grouped += roots[i] != i;
    }
    CHECK(grouped > 300);
}

namespace {

// The fold as it read a text before the byte-fed folder: each token found first, asked whether
// it is an address, its words built in a buffer, trailing apostrophes and hyphens trimmed when
// the word ends. Gives each word and whether it opens a sentence; returns the same for a word
// after the text.
bool plain_url(std::string_view tok) {
    if (tok.find("://") != std::string_view::npos) return true;
    if (tok.empty() || (tok.front() != 'w' && tok.front() != '(')) return false;
    return tok.starts_with("www.") || tok.starts_with("(http") || tok.starts_with("(www.");
}

bool plain_fold(std::string_view text, std::vector<std::pair<std::string, bool>>& out, bool opens) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
    std::string word;
    auto emit = [&] {
        while (!word.empty() && (word.back() == '\'' || word.back() == '-')) word.pop_back();
        if (!word.empty()) {
            out.emplace_back(word, opens);
            opens = false;
        }
        word.clear();
    };
    std::size_t pos = 0;
    while (pos < text.size()) {
        while (pos < text.size() && space(text[pos])) ++pos;
        std::size_t end = pos;
        while (end < text.size() && !space(text[end])) ++end;
        const std::string_view tok = text.substr(pos, end - pos);
        if (!tok.empty() && !plain_url(tok)) {
            for (std::size_t i = 0; i < tok.size();) {
                const char32_t cp = next_code_point(tok, i);
                if (is_letter(cp)) {
                    const auto lower = static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp)));
                    char buf[4];
                    const auto k = utf8proc_encode_char(static_cast<utf8proc_int32_t>(lower), reinterpret_cast<utf8proc_uint8_t*>(buf));
                    word.append(buf, static_cast<std::size_t>(k));
                } else if (is_digit(cp)) {
                    if (word.empty() || word.back() != '0') word += '0';
                } else if ((cp == '\'' || cp == 0x2019 || cp == '-') && !word.empty()) {
                    word += cp == '-' ? '-' : '\'';
                } else {
                    emit();
                    if (cp == '.' || cp == '?' || cp == '!' || cp == ':') opens = true;
                }
            }
            emit();
        } else if (!tok.empty()) {
            opens = tok.back() == '.' || tok.back() == '?' || tok.back() == '!' || tok.back() == ':' ? true : opens;
        }
        pos = end;
    }
    return opens;
}

// What the byte-fed folders must give, from the plain words: the words and their sentence
// openings, joined by spaces, each word's FNV-1a hash, the joined text's hash.
std::uint64_t fnv1a(std::string_view w, std::uint64_t h = 14695981039346656037ull) {
    for (unsigned char c : w) h = (h ^ c) * 1099511628211ull;
    return h;
}

void check_folders(const std::string& text) {
    for (const bool opens : {true, false}) {
        std::vector<std::pair<std::string, bool>> plain;
        const bool plain_ends = plain_fold(text, plain, opens);
        bool ends = !plain_ends;
        CHECK(fold_words_opening(text, opens, ends) == plain);
        CHECK(ends == plain_ends);
    }
    std::vector<std::pair<std::string, bool>> plain;
    plain_fold(text, plain, true);
    std::vector<std::string> words;
    for (const auto& [w, o] : plain) words.push_back(w);
    CHECK(fold_words(text) == words);
    // The notes the fold keeps of each word as it writes it are what a search of the word finds:
    // its first hyphen, and a lead byte of the scripts written without spaces (a Cherokee
    // capital lower-cases into one).
    std::vector<std::pair<std::string, bool>> noted;
    fold::for_each_noted_word(text, [&](std::string_view w, bool o, const fold::WordNotes& notes) {
        noted.emplace_back(std::string(w), o);
        CHECK(notes.dash == w.find('-'));
        CHECK(notes.cjk == std::any_of(w.begin(), w.end(), [](char c) {
                  return static_cast<unsigned char>(c) >= 0xE3 && static_cast<unsigned char>(c) <= 0xED;
              }));
    });
    CHECK(noted == plain);
    std::string joined;
    for (const auto& w : words) joined += (joined.empty() ? "" : " ") + w;
    std::vector<std::uint64_t> expected;
    for (const auto& w : words) expected.push_back(fnv1a(w));
    std::vector<std::uint64_t> hashes;
    append_folded_word_hashes(text, hashes);
    CHECK(hashes == expected);
    std::string out = "x";  // appended to, not replaced
    append_folded_words(text, out);
    CHECK(out == "x" + joined);
    CHECK(folded_words_hash(text) == fnv1a(joined));
    // A block's view reads its hashes and its length in words in the same pass: as the plain
    // fold's hashes and word_length's count.
    Document d;
    d.body.push_back(block_of(BlockKind::paragraph, text));
    ViewMemo memo;
    for (const auto& v : {view_blocks(d), view_blocks(d, &memo)}) {
        REQUIRE(v.size() == 1);
        CHECK(std::vector<std::uint64_t>(v[0].words.begin(), v[0].words.end()) == expected);
        CHECK(v[0].length == word_length(text));
    }
}

}  // namespace

TEST_CASE("folding byte by byte gives the words the plain fold builds") {
    for (const std::string text :
         {"Sign up for our Weekly newsletter, it's free!", "you'll -- e-mail don't' rock-'n'-roll'- x-", "a''b --a '-' ’tis o’clock’",
          "Jetzt 30 Tage GRATIS testen: https://example.org/abo – Über-Angebot", "12 345 a1b2c x00 007- 3'4 ٣٤٥x १२-",
          "see (http://x.y) and (www.site.tld) or www.a.b, wwwx w. (https:", "foo,bar://x baz :// a:// b. http://x.y/ok. Join",
          "://", "a ://b c:// d", "Read more: www.example.org/join: now", "ends ?", "x!y:z.w a’’ ’b -c", "(http", "www", "ﬁ ǅ Σίσυφος ΣΊΣΥΦΟΣ K K",
          "Подпишитесь на рассылку: 2 письма в неделю", "毎週のニュースレター 登録 はこちら", "ภาษาไทย नमस्ते", "ᏣᎳᎩ Ꭰ-ᎡᎢ 구독-하기 abonnez-vous x-y-z 登録-free", "", "  ... -- ''  ",
          "\xC3 bad\xFF" "byte \xE2\x80 end\xE2", "tab\there\nnew\rline\fform\vvert"}) {
        CAPTURE(text);
        check_folders(text);
    }
    std::mt19937 rng(39);
    auto p = pieces();
    for (const char* extra : {"'", "-", "’", "it's", ":", ".", "://", "a://", "?", "漢字かな", "ภาษา", "x'", "'x", "-7", "a-", "http://a-b'c.d/e", "e-mail", "O'Neil-", "x-'", "K", "ǅ", "İstanbul", "Ꮳ", "구독", "0", "9x", "a://b", "(http", "(www."})
        p.push_back(extra);
    for (int round = 0; round < 4000; ++round) {
        std::string text;
        const int n = 1 + static_cast<int>(rng() % 24);
        for (int k = 0; k < n; ++k) {
            text += p[rng() % p.size()];
            if (rng() % 3 != 0) text += rng() % 7 == 0 ? '\t' : ' ';
        }
        CAPTURE(text);
        check_folders(text);
    }
}

TEST_CASE("content units of ASCII words read without decoding equal the character walk") {
    const auto same = [](const std::string& text) {
        CAPTURE(text);
        for (const bool all : {false, true})
            for (const bool pairs : {false, true}) {
                const ContentUnits fast = content_units_of(text, all, pairs);
                const ContentUnits plain = content_units_of(text, all, pairs, true);
                CHECK(fast.units == plain.units);
                CHECK(fast.letters == plain.letters);
                CHECK(fast.spaced_words == plain.spaced_words);
                CHECK(fast.spaced_letters == plain.spaced_letters);
            }
    };
    for (const std::string text :
         {"Subscribe to the weekly newsletter for exclusive offers", "Tôi đi học ở Hà Nội mỗi ngày với bạn tôi",
          "naïve café in Zürich: 30 Straßen, 2024-05-01, it's o'clock", "12345 abcde0 e-mail don't-",
          "ภาษาไทย ง่ายมาก and 漢字かな交じり文 with Latin words", "Подпишитесь на рассылку newsletter", ""}) {
        same(text);
    }
    std::mt19937 rng(3939);
    auto p = pieces();
    for (const char* extra : {"subscribe", "exclusive", "o'clock", "e-mail-", "abcd", "abcde", "abcdef1", "ngày", "học", "đi"})
        p.push_back(extra);
    for (int round = 0; round < 2000; ++round) {
        std::string text;
        const int n = 1 + static_cast<int>(rng() % 24);
        for (int k = 0; k < n; ++k) {
            text += p[rng() % p.size()];
            if (rng() % 3 != 0) text += ' ';
        }
        same(text);
    }
}

namespace {

// spelled_addresses as it walked every token, before the search for '/' and "www." ruled most
// texts out.
std::vector<std::string_view> plain_spelled_addresses(std::string_view text) {
    std::vector<std::string_view> out;
    for (std::size_t p = 0; p < text.size();) {
        while (p < text.size() && (text[p] == ' ' || text[p] == '\n' || text[p] == '\t')) ++p;
        std::size_t e = p;
        while (e < text.size() && text[e] != ' ' && text[e] != '\n' && text[e] != '\t') ++e;
        std::string_view tok = text.substr(p, e - p);
        while (!tok.empty() && (tok.back() == '.' || tok.back() == ',' || tok.back() == ')' || tok.back() == '/')) tok.remove_suffix(1);
        if (is_spelled_address(tok)) out.push_back(tok);
        p = e;
    }
    return out;
}

}  // namespace

TEST_CASE("spelled-out addresses found after the search for their marks equal the plain token walk") {
    const std::vector<std::string> lines = {
        "Follow us at t.me/channel and www.example.org, or https://example.org/x.", "and/or km/h 1.5/2 it's e-mail o’clock",
        "今日は朝から雨が降っていました ภาษาไทย ok", "a@b.com/x facebook.com/page www. wwwx", "", "---", "x'-y 'a' -b-"};
    for (const auto& text : lines) {
        CAPTURE(text);
        CHECK(spelled_addresses(text) == plain_spelled_addresses(text));
    }
    std::mt19937 rng(1939);
    auto p = pieces();
    for (const char* extra : {"t.me/name", "example.com/page", "/", "www.", "'", "-", "’", "and/or", "a.b/c", "x.org/"}) p.push_back(extra);
    for (int round = 0; round < 4000; ++round) {
        std::string text;
        const int n = 1 + static_cast<int>(rng() % 24);
        for (int k = 0; k < n; ++k) {
            text += p[rng() % p.size()];
            if (rng() % 3 != 0) text += rng() % 9 == 0 ? '\n' : ' ';
        }
        CAPTURE(text);
        REQUIRE(spelled_addresses(text) == plain_spelled_addresses(text));
    }
}

TEST_CASE("token uses sealed into distinct tokens with counts answer as counting every use") {
    std::mt19937_64 rng(77);
    for (int round = 0; round < 50; ++round) {
        foreign_words::TokenUses uses;
        std::vector<std::uint64_t> all;
        const std::size_t n = rng() % 400;
        for (std::size_t k = 0; k < n; ++k) {
            const std::uint64_t t = rng() % (1 + rng() % 60) * 0x9E3779B97F4A7C15ull;
            uses.add(t);
            all.push_back(t);
        }
        uses.seal();
        std::vector<std::uint64_t> distinct = all;
        std::sort(distinct.begin(), distinct.end());
        distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
        CHECK(uses.size() == distinct.size());
        for (std::uint64_t probe = 0; probe < 70; ++probe) {
            const std::uint64_t t = probe * 0x9E3779B97F4A7C15ull;
            CHECK(uses.of(t) == static_cast<std::uint32_t>(std::count(all.begin(), all.end(), t)));
        }
    }
}

TEST_CASE("find_any by strcspn finds what a byte-by-byte search finds, NUL bytes inside included") {
    const auto plain = [](const std::string& t, std::size_t from, std::string_view set) {
        for (std::size_t i = from; i < t.size(); ++i)
            if (set.find(t[i]) != std::string_view::npos) return i;
        return t.size();
    };
    const std::vector<std::string_view> sets = {".,;", "[(\xE3\xEF", "^(\xC2\xE2"};
    std::mt19937 rng(5);
    auto p = pieces();
    for (const char* extra : {"[1]", "(x)", "word .", ", ;", "^3", "¹²", "⁽³⁾", "【12】", "（出典）", "［注］"}) p.push_back(extra);
    p.push_back(std::string(1, '\0'));
    p.push_back(std::string("a\0.b", 4));
    for (int round = 0; round < 3000; ++round) {
        std::string text;
        const int n = static_cast<int>(rng() % 16);
        for (int k = 0; k < n; ++k) text += p[rng() % p.size()];
        CAPTURE(text);
        for (const auto set : sets)
            for (std::size_t from = 0; from <= text.size() + 1; from += 1 + rng() % 3)
                REQUIRE(find_any(text, from, std::string(set).c_str()) == plain(text, from, set));
    }
}

TEST_CASE("the exact-repeat key and the residue fold read ASCII without decoding as the character walk does") {
    std::mt19937 rng(4242);
    auto p = pieces();
    for (const char* extra : {"ABC", "Step 1", "[Source]", "(LINK)", "@#$%^&*", "\x7F", "İ", "ẞ", "K"}) p.push_back(extra);
    for (int round = 0; round < 4000; ++round) {
        std::string text;
        const int n = static_cast<int>(rng() % 20);
        for (int k = 0; k < n; ++k) {
            text += p[rng() % p.size()];
            if (rng() % 3 != 0) text += ' ';
        }
        CAPTURE(text);
        REQUIRE(exact_repeat_key(text) == exact_repeat_key(text, true));
        REQUIRE(residue_fold(text) == residue_fold(text, true));
    }
}
