// Round 10 of the page kinds of issue 18: each page as its system writes it and the same page with
// every class and id token hashed (as tools/class_blind.py does), so a fixture passes on shape,
// not on the names a CMS gives its boxes.
#pragma once
#include <doctest/doctest.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include "extract_test_util.hpp"

namespace winnow::test::kinds10 {

// A stable hash of a class or id token, spelt in consonants and digits (no word survives).
inline std::string hash_token(const std::string& token) {
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : token) h = (h ^ c) * 1099511628211ull;
    static const char alphabet[] = "bcdfghjklmnpqrstvwxz0123456789";
    std::string out(1, alphabet[h % 20]);
    for (int i = 0; i < 6; ++i) out += alphabet[(h >> (8 + 8 * i)) % 30];
    return out;
}

// The page with every class and id attribute's tokens hashed, and in-page "#id" links with them.
inline std::string class_blind(const std::string& html) {
    static const std::regex attr(R"re((\s(?:class|id)=")([^"]*)("))re");
    std::string out;
    auto it = std::sregex_iterator(html.begin(), html.end(), attr);
    std::size_t last = 0;
    for (; it != std::sregex_iterator(); ++it) {
        const std::smatch& m = *it;
        out.append(html, last, static_cast<std::size_t>(m.position(0)) - last);
        out += m[1].str();
        std::string value = m[2].str(), hashed, token;
        for (std::size_t i = 0; i <= value.size(); ++i) {
            if (i == value.size() || value[i] == ' ') {
                if (!token.empty()) hashed += (hashed.empty() ? "" : " ") + hash_token(token);
                token.clear();
            } else {
                token += value[i];
            }
        }
        out += hashed + m[3].str();
        last = static_cast<std::size_t>(m.position(0) + m.length(0));
    }
    out.append(html, last, std::string::npos);
    return out;
}

struct KindPage {
    const char* name;
    std::string html;
    std::vector<std::string> in;   // sentences of the main text a reader would copy
    std::vector<std::string> out;  // chrome: menus, banners, share bars, related, comments, footer
};

inline void check_one(const KindPage& p, const std::string& html, const char* variant) {
    if (const char* dump = std::getenv("WINNOW_FRESH_DUMP"))
        std::ofstream(std::string(dump) + "/k10_" + p.name + "_" + variant + ".html") << html;
    const std::string got = text_of(html);
    INFO(p.name << " (" << variant << ")\n" << got);
    for (const std::string& s : p.in) CHECK_MESSAGE(has(got, s), "missing: " << s);
    for (const std::string& s : p.out) CHECK_MESSAGE(!has(got, s), "kept: " << s);
}

// The page as written only (one whose class-blind version fails, said where it is used).
inline void check_named(const KindPage& p) { check_one(p, p.html, "named"); }

// The page as written, then class-blind.
inline void check(const KindPage& p) {
    check_one(p, p.html, "named");
    check_one(p, class_blind(p.html), "hashed");
}

}  // namespace winnow::test::kinds10
