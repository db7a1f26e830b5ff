// Fast paths of the noise filters against the plain code they replace: a byte table or an early
// exit must give what the character-by-character reading gives, on generated text in several
// scripts and on real-looking lines (addresses, digits, marks, broken bytes).
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "filters/evidence.hpp"
#include "filters/foreign_words.hpp"

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
}
