// One fuzz case for each target, as a function that returns what went wrong (empty: all
// good). The libFuzzer targets abort on a problem; tests/test_fuzz_regressions.cpp replays
// the saved reproducers in tests/data/fuzz-regressions/ through the same functions.
#pragma once
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include <winnow/winnow.hpp>

#include "output_checks.hpp"
#include "unicode.hpp"

namespace winnow::fuzz {

inline constexpr std::uint32_t clean_budget_ms = 2000;
// clean() checks its budget between stages, so it may overrun by one stage; fuzz inputs are
// small, so the grace still catches anything badly superlinear (and the sanitizer build's
// slowness).
inline constexpr std::uint32_t clean_grace_ms = 3000;

inline const winnow::Cleaner& fuzz_cleaner(bool as_text) {
    static const winnow::Cleaner automatic = [] {
        winnow::Options o;
        o.limits.max_millis = clean_budget_ms;
        return winnow::Cleaner(o);
    }();
    static const winnow::Cleaner text = [] {
        winnow::Options o;
        o.input = winnow::InputKind::text;
        o.unicode.nfkc = true;
        o.unicode.fold_typography = true;
        o.limits.max_millis = clean_budget_ms;
        return winnow::Cleaner(o);
    }();
    return as_text ? text : automatic;
}

// Whole pipeline: clean() then the three serializers. Inputs of odd size also take the text
// road with the other Unicode switches.
inline std::string clean_case(std::string_view bytes) {
    for (const bool as_text : {false, true}) {
        if (as_text && bytes.size() % 2 == 0) break;
        winnow::Hints hints;
        hints.url = "https://example.com/a/b.html";
        const auto start = std::chrono::steady_clock::now();
        const winnow::Result r = fuzz_cleaner(as_text).clean(bytes, hints);
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
        if (ms > clean_budget_ms + clean_grace_ms) return "clean() took " + std::to_string(ms) + " ms";
        if (!r.ok()) {
            if (!winnow::checks::valid_utf8(r.error)) return "error message is not valid UTF-8";
            continue;
        }
        std::string problem = winnow::checks::check_outputs(r.document);
        if (!problem.empty()) return problem;
    }
    return {};
}

// Replaces every byte that does not start a valid UTF-8 sequence with U+FFFD (as decode does).
inline std::string make_valid_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        if (c < 0x80 || (i + len <= s.size() && winnow::checks::valid_utf8(s.substr(i, len)))) {
            out.append(s.substr(i, len));
            i += len;
        } else {
            out += "\xEF\xBF\xBD";
            ++i;
        }
    }
    return out;
}

inline bool has_controls(std::string_view s, bool preformatted) {
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0x7F) return true;
        if (c < 0x20 && !(preformatted && (c == '\n' || c == '\t'))) return true;
    }
    return false;
}

// Unicode stage alone. The first byte picks the UnicodeOptions (and plain or preformatted);
// the rest, made valid UTF-8, is the text run. Checks: valid UTF-8 out, no C0 controls (tab
// and newline allowed in preformatted text), idempotence as unicode.hpp promises, speed.
inline std::string unicode_case(std::string_view bytes) {
    if (bytes.empty()) return {};
    const auto flags = static_cast<unsigned char>(bytes[0]);
    winnow::UnicodeOptions options;
    options.nfkc = flags & 1;
    options.repair_mojibake = flags & 2;
    options.fold_typography = flags & 4;
    const bool preformatted = flags & 8;
    const std::string in = make_valid_utf8(bytes.substr(1));
    auto run = [&](const std::string& s) {
        return preformatted ? winnow::detail::normalize_preformatted(s, options)
                            : winnow::detail::normalize_text(s, options);
    };
    const auto start = std::chrono::steady_clock::now();
    const std::string once = run(in);
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
    const std::string shown = "\n  in : " + in + "\n  out: " + once;
    if (ms > 1000) return "took " + std::to_string(ms) + " ms" + shown;
    if (!winnow::checks::valid_utf8(once)) return "output is not valid UTF-8" + shown;
    if (has_controls(once, preformatted)) return "output keeps control characters" + shown;
    const std::string twice = run(once);
    if (twice != once) return "not idempotent" + shown + "\n  again: " + twice;
    return {};
}

}  // namespace winnow::fuzz
