// Small text helpers shared by the tests.
#pragma once
#include <string>
#include <string_view>

namespace winnow::test {

// White space runs collapsed to one space, none at the ends: compares texts whose line
// breaks and indentation may differ.
inline std::string squeeze(std::string_view s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = !out.empty();
        } else {
            if (space) out += ' ';
            space = false;
            out += c;
        }
    }
    return out;
}

}  // namespace winnow::test
