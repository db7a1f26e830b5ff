#include "text_runs.hpp"

#include <array>
#include <bit>
#include <cctype>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace winnow::detail {

namespace {

constexpr unsigned char marker_lead = 0xF4;   // U+100000..U+10FFFF

// Byte classes for the run scanner: ASCII a run may hold, ASCII that ends it, a UTF-8 lead.
enum : std::uint8_t { plain, stop, lead };

constexpr std::array<std::uint8_t, 256> byte_classes() {
    std::array<std::uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c) {
        if (c >= 0x80) t[c] = lead;
        else if (c == '\t' || c == '\n' || c == '\f') t[c] = plain;
        // Controls Gumbo turns into U+FFFD, NUL and CR (the tokenizer changes them), "&" and "<".
        else if (c < 0x20 || c == 0x7F || c == '&' || c == '<') t[c] = stop;
        else t[c] = plain;
    }
    return t;
}
constexpr std::array<std::uint8_t, 256> k_class = byte_classes();

// Eight bytes at once: true when every one is printable ASCII other than "&", "<" and DEL (all
// of class plain, none a line break), so a scanner may skip the word whole. Each test flags
// some byte of the word exactly when one has the property (the classic has-zero-byte trick).
inline bool plain_word(std::uint64_t w) {
    constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    auto has_byte = [](std::uint64_t x, std::uint64_t b) {
        const std::uint64_t y = x ^ (ones * b);
        return (y - ones) & ~y & highs;
    };
    const std::uint64_t below_space = (w - ones * 0x20) & ~w & highs;
    return ((w & highs) | below_space | has_byte(w, '&') | has_byte(w, '<') | has_byte(w, 0x7F)) == 0;
}

inline std::uint64_t load_word(const unsigned char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
}

// Printable ASCII other than "&", "<" and DEL: the bytes plain_word lets through.
constexpr std::array<bool, 256> printable_plain() {
    std::array<bool, 256> t{};
    for (int c = 0x20; c < 0x7F; ++c) t[c] = c != '&' && c != '<';
    return t;
}
constexpr std::array<bool, 256> k_printable = printable_plain();

// How many bytes from s on are printable_plain: the scanners skip them whole and ask the byte
// classes only of the rest. Sixteen at a time where SSE2 is (every x86-64), the last sixteen
// overlapping the ones before: values and text runs are mostly such bytes, and the word test
// cost ~15 instructions per 8 of them.
inline std::size_t plain_prefix(const unsigned char* s, std::size_t n) {
    std::size_t j = 0;
#if defined(__SSE2__)
    if (n >= 16) {
        const __m128i space = _mm_set1_epi8(0x20), amp = _mm_set1_epi8('&'), lt = _mm_set1_epi8('<'),
                      del = _mm_set1_epi8(0x7F);
        // The bytes of s[at, at + 16) that stop a run, as bits; signed, bytes 0x80 and up compare
        // below the space too.
        const auto stops = [&](std::size_t at) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + at));
            const __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmplt_epi8(v, space), _mm_cmpeq_epi8(v, amp)),
                                           _mm_or_si128(_mm_cmpeq_epi8(v, lt), _mm_cmpeq_epi8(v, del)));
            return static_cast<unsigned>(_mm_movemask_epi8(m));
        };
        for (; j + 16 <= n; j += 16)
            if (const unsigned m = stops(j); m != 0) return j + static_cast<std::size_t>(std::countr_zero(m));
        if (j == n) return n;
        const unsigned m = stops(n - 16) >> (j + 16 - n);   // the bits of bytes j.. only
        return m ? j + static_cast<std::size_t>(std::countr_zero(m)) : n;
    }
#endif
    while (j + 8 <= n && plain_word(load_word(s + j))) j += 8;
    while (j < n && k_printable[s[j]]) ++j;
    return j;
}

// The run a placeholder (F4 8x xx xx, U+100000 + index) stands for.
inline std::uint32_t marker_index(const unsigned char* m) {
    return (m[1] & 0x0Fu) << 12 | (m[2] & 0x3Fu) << 6 | (m[3] & 0x3Fu);
}

inline bool cont(unsigned char c) { return (c & 0xC0) == 0x80; }
inline bool is_ws(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\f'; }

// Length of the well-formed UTF-8 character at s that Gumbo keeps as it is, or 0: C1
// controls, noncharacters (U+FDD0..FDEF, U+xFFFE/xFFFF), planes 16-17 and bad UTF-8 end a run.
std::size_t kept_char(const unsigned char* s, std::size_t left) {
    const unsigned char c = s[0];
    if (c >= 0xC2 && c <= 0xDF) {
        if (left < 2 || !cont(s[1]) || (c == 0xC2 && s[1] < 0xA0)) return 0;
        return 2;
    }
    if (c >= 0xE0 && c <= 0xEF) {
        if (left < 3 || !cont(s[1]) || !cont(s[2])) return 0;
        if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] > 0x9F)) return 0;
        if (c == 0xEF && ((s[1] == 0xB7 && s[2] >= 0x90 && s[2] <= 0xAF) || (s[1] == 0xBF && s[2] >= 0xBE))) return 0;
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF3) {
        if (left < 4 || !cont(s[1]) || !cont(s[2]) || !cont(s[3]) || (c == 0xF0 && s[1] < 0x90)) return 0;
        if ((s[1] & 0x0F) == 0x0F && s[2] == 0xBF && s[3] >= 0xBE) return 0;
        return 4;
    }
    return 0;
}

// A numeric character reference at s (just past "&#") that may reach plane 16: Gumbo would
// write the placeholders' own bytes. Seven decimal or six hex digits, leading zeros aside.
bool reference_may_reach_plane16(const char* s, const char* end) {
    const bool hex = s < end && (*s == 'x' || *s == 'X');
    if (hex) ++s;
    while (s < end && *s == '0') ++s;
    std::size_t digits = 0;
    while (s < end && (hex ? std::isxdigit(static_cast<unsigned char>(*s)) : (*s >= '0' && *s <= '9'))) ++s, ++digits;
    return digits >= (hex ? 6u : 7u);
}

}  // namespace

bool TextRuns::start(std::string_view page) {
    runs_.clear();
    values_.clear();
    decoded_.clear();
    saved_ = 0;
    enabled_ = std::memchr(page.data(), marker_lead, page.size()) == nullptr;
    const char* end = page.data() + page.size();
    for (const char* p = page.data(); enabled_ && p < end;) {
        p = static_cast<const char*>(std::memchr(p, '&', static_cast<std::size_t>(end - p)));
        if (!p) break;
        ++p;
        if (p < end && *p == '#' && reference_may_reach_plane16(p + 1, end)) enabled_ = false;
    }
    return enabled_;
}

void TextRuns::append_run(std::string_view run, std::string& out) {
    const auto* s = reinterpret_cast<const unsigned char*>(run.data());
    std::size_t lead = 0, trail = 0;
    while (lead < run.size() && is_ws(s[lead])) ++lead;
    while (trail < run.size() - lead && is_ws(s[run.size() - 1 - trail])) ++trail;
    const std::size_t interior = run.size() - lead - trail;
    if (interior < min_interior || runs_.size() >= max_runs) {
        out.append(run);
        return;
    }
    // (Line breaks are few in a run: memchr jumps between them, where a loop asked every byte.)
    std::uint32_t newlines = 0;
    const char* const interior_end = run.data() + lead + interior;
    for (const char* q = run.data() + lead;
         (q = static_cast<const char*>(std::memchr(q, '\n', static_cast<std::size_t>(interior_end - q)))) != nullptr; ++q)
        ++newlines;
    const std::uint32_t cp = 0x100000 + static_cast<std::uint32_t>(runs_.size());
    runs_.push_back({run.data(), static_cast<std::uint32_t>(lead), static_cast<std::uint32_t>(interior),
                     static_cast<std::uint32_t>(trail), newlines});
    out.append(run.data(), lead);
    const char marker[4] = {static_cast<char>(marker_lead), static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
                            static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(marker, 4);
    out.append(newlines, '\n');
    out.append(run.data() + lead + interior, trail);
    saved_ += interior - 4 - newlines;
}

void TextRuns::append_value(std::string_view value, std::string& out) {
    const auto* s = reinterpret_cast<const unsigned char*>(value.data());
    const std::size_t n = value.size();
    if (!enabled_ || n < min_interior || values_.size() >= max_runs) {
        out.append(value);
        return;
    }
    std::uint32_t newlines = 0;
    std::size_t amps = 0;
    for (std::size_t j = 0; j < n;) {
        j += plain_prefix(s + j, n - j);
        if (j >= n) break;
        const std::uint8_t k = k_class[s[j]];
        if (k == plain) {
            newlines += s[j] == '\n';
            ++j;
        } else if (const std::size_t len = k == lead ? kept_char(s + j, n - j) : 0) {
            j += len;
        } else if (value.substr(j, 5) == "&amp;") {
            ++amps;
            j += 5;
        } else {
            out.append(value);   // "<", controls, bad UTF-8, other references: Gumbo would change them
            return;
        }
    }
    std::string_view kept = value;
    if (amps) {
        std::string& d = decoded_.emplace_back();
        d.reserve(n - 4 * amps);
        for (std::size_t j = 0; j < n;) {
            const std::size_t a = value.find("&amp;", j);
            d.append(value.substr(j, a == std::string_view::npos ? n - j : a + 1 - j));
            if (a == std::string_view::npos) break;
            j = a + 5;
        }
        kept = d;
    }
    const std::uint32_t cp = 0x100000 + static_cast<std::uint32_t>(values_.size());
    values_.push_back({kept.data(), 0, static_cast<std::uint32_t>(kept.size()), 0, newlines});
    const char marker[4] = {static_cast<char>(marker_lead), static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
                            static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(marker, 4);
    out.append(newlines, '\n');
    saved_ += n - 4 - newlines;
}

void TextRuns::append_text(std::string_view text, std::string& out) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t copied = 0;
    for (std::size_t i = 0; i < n && enabled_;) {
        std::size_t j = i;
        std::size_t bad = 0;   // bytes of what ended the run at j
        while (j < n) {
            j += plain_prefix(s + j, n - j);
            if (j >= n) break;
            const std::uint8_t k = k_class[s[j]];
            if (k == plain) {
                ++j;
            } else if (k == lead) {
                const std::size_t len = kept_char(s + j, n - j);
                if (!len) {
                    bad = 1;
                    break;
                }
                j += len;
            } else {
                bad = 1;
                break;
            }
        }
        if (j - i >= min_interior) {
            out.append(text.data() + copied, i - copied);
            append_run(text.substr(i, j - i), out);
            copied = j;
        }
        if (bad && s[j] == '&') {
            ++j;   // a character reference is letters, digits, "#" and ";": resume after them
            while (j < n && (std::isalnum(static_cast<int>(s[j])) || s[j] == '#' || s[j] == ';')) ++j;
        } else {
            j += bad;
        }
        i = j;
    }
    out.append(text.data() + copied, n - copied);
}

std::size_t restored_size(std::string_view text, const std::vector<TextRun>& runs, const TextRun** only) {
    const char* b = text.data();
    const char* e = b + text.size();
    const char* p = static_cast<const char*>(std::memchr(b, marker_lead, text.size()));
    if (!p) return 0;
    std::size_t total = 0, count = 0;
    const TextRun* last = nullptr;
    const char* from = b;
    while (p) {
        if (e - p < 4) return 0;
        const auto* m = reinterpret_cast<const unsigned char*>(p);
        const std::uint32_t index = marker_index(m);
        if ((m[1] & 0xF0) != 0x80 || index >= runs.size()) return 0;
        const TextRun& r = runs[index];
        if (static_cast<std::size_t>(e - p) < 4 + r.newlines) return 0;
        total += static_cast<std::size_t>(p - from) + r.interior;
        from = p + 4 + r.newlines;
        last = &r;
        ++count;
        p = static_cast<const char*>(std::memchr(from, marker_lead, static_cast<std::size_t>(e - from)));
    }
    total += static_cast<std::size_t>(e - from);
    if (count == 1 && text.size() == last->lead + 4 + last->newlines + last->trail &&
        static_cast<unsigned char>(b[last->lead]) == marker_lead &&
        std::memcmp(b, last->begin, last->lead) == 0 &&
        std::memcmp(e - last->trail, last->begin + last->lead + last->interior, last->trail) == 0)
        *only = last;
    return total;
}

void restore_into(std::string_view text, const std::vector<TextRun>& runs, char* out) {
    const char* b = text.data();
    const char* e = b + text.size();
    const char* from = b;
    for (const char* p; (p = static_cast<const char*>(std::memchr(from, marker_lead, static_cast<std::size_t>(e - from))));) {
        std::memcpy(out, from, static_cast<std::size_t>(p - from));
        out += p - from;
        const auto* m = reinterpret_cast<const unsigned char*>(p);
        const TextRun& r = runs[marker_index(m)];
        std::memcpy(out, r.begin + r.lead, r.interior);
        out += r.interior;
        from = p + 4 + r.newlines;
    }
    std::memcpy(out, from, static_cast<std::size_t>(e - from));
}

}  // namespace winnow::detail
