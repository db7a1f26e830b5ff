// The live-figure rule of the exact-repeats pass (exact_repeats.cpp): a box pasted again with a
// number in it that changes from copy to copy ("Join 4,048 readers…", then "Join 72,639
// readers…") is one text. Its keys are the blocks' normalized texts with their numbers masked,
// taken only when three or more short blocks agree and their numbers stand in no running order.
#include "filters/counter_keys.hpp"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

#include <utf8proc.h>

#include "filters/evidence.hpp"

namespace winnow::detail {

namespace {

// A normalized key with its numbers masked: each number ("72 639", as "72,639" normalizes)
// becomes one '#'. Also the first number's value (0 if none)
// and whether the rest has words enough to be a box's line (two tokens, twelve bytes), not
// "photo 3 of 12".
struct MaskedKey {
    std::string text;
    std::uint64_t value = 0;
    bool wordy = false;
};

MaskedKey masked_key(std::string_view key) {
    MaskedKey m;
    std::size_t tokens = 0, bytes = 0;
    bool numbered = false, in_word = false;
    const auto digit = [&](std::size_t i) { return i < key.size() && key[i] >= '0' && key[i] <= '9'; };
    for (std::size_t i = 0; i < key.size();) {
        if (digit(i)) {
            // A number: digits, and groups of three after a space ("72 639", a thousands
            // separator normalized); "2 28" of "2/28" and "21 22" of "21:22" are two numbers.
            // (A number glued to Han or kana letters is masked as well.)
            for (;;) {
                for (; digit(i); ++i)
                    if (!numbered && m.value < 100000000000000000ull)
                        m.value = m.value * 10 + static_cast<std::uint64_t>(key[i] - '0');
                if (!(i < key.size() && key[i] == ' ' && digit(i + 1) && digit(i + 2) && digit(i + 3) && !digit(i + 4))) break;
                ++i;
            }
            numbered = true;
            m.text += '#';
            in_word = false;
            continue;
        }
        if (key[i] == ' ') {
            in_word = false;
        } else {
            tokens += !in_word;
            in_word = true;
            ++bytes;
        }
        m.text += key[i++];
    }
    m.wordy = tokens >= 2 && bytes >= 12;
    return m;
}

// Numbers in running order: monotone with steps of at most a month's days (steps, parts,
// chapters, dates, the years of a chronicle). A live figure shown again jumps about.
bool running_order(const std::vector<std::uint64_t>& v) {
    bool up = true, down = true;
    for (std::size_t k = 1; k < v.size(); ++k) {
        const std::uint64_t a = v[k - 1], b = v[k];
        up = up && b >= a && b - a <= 31;
        down = down && a >= b && a - b <= 31;
    }
    return up || down;
}

// An amount of money: a currency sign, or a number with a two-digit fraction ("39.99", "4,50").
// A price changes from record to record (a shop's line under each product) and is no counter.
bool names_price(std::string_view t) {
    for (std::size_t i = 0; i < t.size();) {
        const char c = t[i];
        if (static_cast<unsigned char>(c) >= 0x80) {
            const char32_t cp = next_code_point(t, i);
            if (utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_SC) return true;
            continue;
        }
        if (c == '$') return true;
        const auto digit = [&](std::size_t k) { return k < t.size() && t[k] >= '0' && t[k] <= '9'; };
        if ((c == '.' || c == ',') && i > 0 && digit(i - 1) && digit(i + 1) && digit(i + 2) && !digit(i + 3)) return true;
        ++i;
    }
    return false;
}

}  // namespace

void counter_keys(std::vector<std::string>& keys, const std::vector<BlockView>& views) {
    std::unordered_map<std::string, std::vector<std::size_t>> buckets;
    std::vector<MaskedKey> masked(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (keys[i].empty() || std::none_of(keys[i].begin(), keys[i].end(), [](char c) { return c >= '0' && c <= '9'; }))
            continue;
        if (names_price(views[i].text)) continue;
        masked[i] = masked_key(keys[i]);
        if (masked[i].wordy) buckets[masked[i].text].push_back(i);
    }
    for (auto& [text, m] : buckets) {
        if (m.size() < 3) continue;
        std::sort(m.begin(), m.end());
        std::vector<std::uint64_t> values;
        bool differ = false;
        for (std::size_t i : m) {
            values.push_back(masked[i].value);
            differ = differ || keys[i] != keys[m.front()];
        }
        if (!differ || running_order(values)) continue;
        // Prefixed so that no plain text's key can equal it.
        std::string key(1, '\x01');
        key += text;
        for (std::size_t i : m) keys[i] = key;
    }
}

}  // namespace winnow::detail
