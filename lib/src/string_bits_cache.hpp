// A per-call memo from short strings (class and id values) to a byte of bits, in one flat
// open-addressed table: templates repeat their class names, and a node-based hash map paid an
// allocation for each distinct one.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace winnow::detail {

class StringBitsCache {
public:
    // capacity: at most how many distinct keys will be stored (the table holds twice that).
    explicit StringBitsCache(std::size_t capacity) : slots_(std::bit_ceil(2 * capacity + 2)), mask_(slots_.size() - 1) {}

    // The bits stored for key, or nullptr.
    const std::uint8_t* find(std::string_view key) const {
        for (std::size_t i = hash(key) & mask_;; i = (i + 1) & mask_) {
            const Slot& s = slots_[i];
            if (!s.used) return nullptr;
            if (s.key == key) return &s.bits;
        }
    }

    // Stores bits for key (not already stored); keys past the capacity are not kept.
    void put(std::string_view key, std::uint8_t bits) {
        if (2 * (size_ + 1) > slots_.size()) return;
        std::size_t i = hash(key) & mask_;
        while (slots_[i].used) i = (i + 1) & mask_;
        slots_[i] = Slot{key, bits, true};
        ++size_;
    }

private:
    struct Slot {
        std::string_view key;
        std::uint8_t bits = 0;
        bool used = false;
    };

    // Eight bytes a step (a byte at a time cost more than the lookup it spares), each step's
    // high bits folded down: the table is indexed by the low ones.
    static std::size_t hash(std::string_view s) {
        std::uint64_t h = 14695981039346656037ull;
        std::size_t i = 0;
        for (; i + 8 <= s.size(); i += 8) {
            std::uint64_t w;
            std::memcpy(&w, s.data() + i, 8);
            h = (h ^ w) * 0x9E3779B97F4A7C15ull;
            h ^= h >> 29;
        }
        for (; i < s.size(); ++i) h = (h ^ static_cast<unsigned char>(s[i])) * 1099511628211ull;
        return static_cast<std::size_t>(h ^ (h >> 29));
    }

    std::vector<Slot> slots_;
    std::size_t mask_;
    std::size_t size_ = 0;
};

}  // namespace winnow::detail
