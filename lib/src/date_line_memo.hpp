// is_date_line (extract_lines.hpp) read once per text and page. The extract stage asks it of a
// box, again of the box's only child holding the same words, and again of each line it dropped
// (drop_stamp_counts, drop_info_box_rest); the thread finder of an element and of its text node.
// The answer depends on the text alone, so a page's memo keyed by the text gives the same
// answers as asking each time.
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "extract_lines.hpp"

namespace winnow::detail {

// A yes/no test of a text alone, answered once per text.
class TextAnswers {
public:
    template <class Test>
    bool operator()(std::string_view text, Test&& test) {
        if (const auto it = seen_.find(text); it != seen_.end()) return it->second;
        const bool yes = test(text);
        seen_.emplace(std::string(text), yes);
        return yes;
    }

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, bool, Hash, std::equal_to<>> seen_;
};

class DateLineMemo {
public:
    // is_date_line(text) (named: false).
    bool operator()(std::string_view text) {
        return answers_(text, [](std::string_view t) { return is_date_line(t); });
    }

private:
    TextAnswers answers_;
};

}  // namespace winnow::detail
