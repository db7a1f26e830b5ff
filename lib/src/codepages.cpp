// Reverse index of the code-page tables: character → byte in every page.
#include "codepages.hpp"

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace winnow::detail {
namespace {

struct Entry {
    char32_t cp;
    PageBytes bytes;
};

// Past this code point only a few characters of the pages (page_bytes reads them by binary search).
constexpr char32_t kDirect = 0x2600;

// Sorted by code point; at most 17 × 128 entries, so a binary search is a handful of steps.
std::vector<Entry> build_index() {
    std::vector<Entry> index;
    index.reserve(static_cast<std::size_t>(kCodePageCount) * 128 + 64);
    // Each character's entry found by a table below kDirect (a search of the entries so far for
    // each of the pages' 1,500 characters cost 1.6M instructions, once per process: a
    // page's worth of cleaning for a one-page run), by a search of the few above it.
    std::vector<std::uint16_t> slot(kDirect, 0);  // position + 1 in index, 0: none yet
    auto find = [&](char32_t cp) -> PageBytes& {
        if (cp < kDirect) {
            if (slot[cp] == 0) {
                index.push_back(Entry{cp, {}});
                slot[cp] = static_cast<std::uint16_t>(index.size());
            }
            return index[slot[cp] - 1u].bytes;
        }
        for (auto& e : index)
            if (e.cp == cp) return e.bytes;
        index.push_back(Entry{cp, {}});
        return index.back().bytes;
    };
    for (int p = 0; p < kCodePageCount; ++p) {
        for (int i = 0; i < 128; ++i) {
            const auto b = static_cast<std::uint8_t>(0x80 + i);
            PageBytes& pb = find(kCodePageHigh[static_cast<std::size_t>(p)][static_cast<std::size_t>(i)]);
            pb.byte[static_cast<std::size_t>(p)] = b;
            if (b >= 0xC2 && b <= 0xF4) pb.lead |= static_cast<PageMask>(1u << p);
            if (b <= 0xBF) pb.cont |= static_cast<PageMask>(1u << p);
        }
    }
    // ISO-8859-1's C1 controls stand for bytes 80-9F in the windows-1252 page, next to the
    // characters windows-1252 has there ("Ð\u009F" is "П" read as Latin-1).
    for (char32_t c = 0x80; c <= 0x9F; ++c) {
        PageBytes& pb = find(c);
        pb.byte[kCp1252] = static_cast<std::uint8_t>(c);
        pb.cont |= 1u << kCp1252;
    }
    // MacRoman as older mappings (glibc's among them) decode it: C6 as Greek Delta rather than
    // the increment sign, F0 (the Apple logo) as another private-use character.
    for (const auto& [cp, b] : {std::pair<char32_t, std::uint8_t>{0x0394, 0xC6}, {0xE01E, 0xF0}}) {
        PageBytes& pb = find(cp);
        pb.byte[kMacRoman] = b;
        if (b >= 0xC2 && b <= 0xF4) pb.lead |= 1u << kMacRoman;
    }
    std::sort(index.begin(), index.end(), [](const Entry& a, const Entry& b) { return a.cp < b.cp; });
    return index;
}

}  // namespace

const PageBytes* page_bytes(char32_t cp) noexcept {
    // Past the box drawing block (kDirect) only MacRoman's Apple logo (U+F8FF) and "fi" ligatures.
    if (cp >= kDirect && cp != 0xF8FF && cp != 0xE01E && cp != 0xFB01 && cp != 0xFB02) return nullptr;
    // Mojibake repair asks for every non-ASCII character of every text, so the common
    // range is a direct table (position + 1 in the index, 0: no page has it).
    struct Lookup {
        std::vector<Entry> index = build_index();
        std::vector<std::uint16_t> direct = std::vector<std::uint16_t>(kDirect, 0);
        Lookup() {
            for (std::size_t k = 0; k < index.size(); ++k)
                if (index[k].cp < kDirect) direct[index[k].cp] = static_cast<std::uint16_t>(k + 1);
        }
    };
    static const Lookup lookup;
    if (cp < kDirect) {
        const std::uint16_t k = lookup.direct[cp];
        return k ? &lookup.index[k - 1].bytes : nullptr;
    }
    const auto& index = lookup.index;
    const auto it = std::lower_bound(index.begin(), index.end(), cp, [](const Entry& e, char32_t c) { return e.cp < c; });
    return it != index.end() && it->cp == cp ? &it->bytes : nullptr;
}

}  // namespace winnow::detail
