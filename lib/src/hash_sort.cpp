#include "hash_sort.hpp"

#include <algorithm>
#include <array>
#include <cstddef>

namespace winnow::detail {

namespace {
// Below this many values std::sort is as fast (cachegrind on random 64-bit values, sizes 8-16:
// the same mispredicts, 1.6x the instructions with the bucket pass; 16-48: a third to a quarter
// of std::sort's mispredicts for as many instructions).
constexpr std::size_t kBucketMin = 16;
// A bucket of more than this many values (hashes whose top bits are not spread) is put in order
// by std::sort, so the worst case stays n log n.
constexpr std::size_t kInsertionMax = 16;
constexpr int kMaxBits = 16;
constexpr std::size_t kStackBuckets = 1024;

// Insertion sort of values already ordered but within runs of at most kInsertionMax: each value
// moves back inside its bucket only. One pass over all buckets, not one call per bucket: a loop
// over buckets branching on each one's size (0, 1, 2 or 3 values at random) mispredicted about
// every other bucket; here a value already after its predecessor costs one compare.
void settle(std::uint64_t* first, std::uint64_t* last) {
    for (std::uint64_t* i = first + 1; i < last; ++i) {
        const std::uint64_t x = *i;
        if (i[-1] <= x) continue;
        std::uint64_t* j = i;
        do {
            *j = j[-1];
            --j;
        } while (j > first && j[-1] > x);
        *j = x;
    }
}
}  // namespace

void sort_hashes(std::vector<std::uint64_t>& v) {
    const std::size_t n = v.size();
    if (n < kBucketMin) {
        std::sort(v.begin(), v.end());
        return;
    }
    // Hashes spread evenly over their top bits: one counting pass and one scatter by the top
    // bits (about two values per bucket) leave each bucket a handful of values to order.
    int bits = 1;
    while ((std::size_t{1} << bits) * 2 < n && bits < kMaxBits) ++bits;
    const int shift = 64 - bits;
    const std::size_t buckets = std::size_t{1} << bits;
    // The counts of up to kStackBuckets buckets (n up to ~2,000: nearly every call) on the
    // stack, not one more allocation per sort.
    std::array<std::uint32_t, kStackBuckets> on_stack;
    std::vector<std::uint32_t> on_heap;
    std::uint32_t* next = on_stack.data();
    if (buckets > kStackBuckets) {
        on_heap.resize(buckets);
        next = on_heap.data();
    }
    std::fill(next, next + buckets, 0u);
    for (const std::uint64_t x : v) ++next[x >> shift];
    std::uint32_t sum = 0;
    bool crowded = false;   // some bucket holds more than kInsertionMax values
    for (std::size_t b = 0; b < buckets; ++b) {
        const std::uint32_t here = next[b];
        crowded |= here > kInsertionMax;
        next[b] = sum;
        sum += here;
    }
    std::vector<std::uint64_t> out(n);
    for (const std::uint64_t x : v) out[next[x >> shift]++] = x;
    std::uint64_t* const first = out.data();
    if (crowded) {
        // After the scatter next[b] is where bucket b ends (and bucket b + 1 begins).
        std::uint64_t* begin = first;
        for (std::size_t b = 0; b < buckets; ++b) {
            std::uint64_t* end = first + next[b];
            if (end - begin > static_cast<std::ptrdiff_t>(kInsertionMax)) std::sort(begin, end);
            begin = end;
        }
    }
    settle(first, first + n);
    v.swap(out);
}

}  // namespace winnow::detail
