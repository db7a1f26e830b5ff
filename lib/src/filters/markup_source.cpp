// Markup source that a text page kept unrendered, one line a block: a front matter between two
// fences ("---" or "+++" alone on a line) whose lines are all "key: value" pairs or "- item"s,
// keys of one word without capitals ("slug:", "mwandishi:"), and a link reference definition
// alone on its line ("[anh-bia]: /static/img/x.jpg", "[1]: https://… \"Title\""). A text
// between two rules with labelled lines is prose's when its labels are words with a capital
// ("Zdroj: ČTK"); a footnote names no link target. Shape only: no key is listed.
#include "filters/evidence.hpp"
#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens {

namespace {

bool fence(std::string_view t) {
    return t.size() >= 3 && t.size() <= 8 && (t.find_first_not_of('-') == std::string_view::npos || t == "+++");
}

// "key: value" (or "key:" opening a list), the key one word of letters, digits, '_' or '-'
// with no capital; or "- item".
bool key_line(std::string_view t) {
    if (t.starts_with("- ")) return t.size() > 2;
    const std::size_t colon = t.find(':');
    if (colon == 0 || colon == std::string_view::npos || colon > 40 || (colon + 1 < t.size() && t[colon + 1] != ' ')) return false;
    bool letter = false;
    for (std::size_t p = 0; p < colon;) {
        const char32_t cp = next_code_point(t, p);
        if (is_letter(cp)) {
            if (is_upper_cp(cp)) return false;
            letter = true;
        } else if (!(cp >= '0' && cp <= '9') && cp != '_' && cp != '-') {
            return false;
        }
    }
    return letter;
}

// "[label]: target" with maybe a title after it: the target a link or a path without spaces.
bool link_definition(std::string_view t) {
    if (t.size() < 6 || t.front() != '[') return false;
    const std::size_t close = t.find("]: ");
    if (close == std::string_view::npos || close < 2 || close > 41 || t.substr(1, close - 1).find_first_of(" []") != std::string_view::npos)
        return false;
    std::string_view rest = t.substr(close + 3);
    const std::size_t space = rest.find(' ');
    const std::string_view target = rest.substr(0, space);
    const bool link = target.starts_with("http://") || target.starts_with("https://") || target.starts_with("<http") ||
                      target.starts_with("www.") || target.starts_with("/") || target.starts_with("./");
    if (!link || target.size() < 2) return false;
    if (space == std::string_view::npos) return true;
    const std::string_view title = rest.substr(space + 1);  // "Title", 'Title' or (Title)
    return title.size() >= 2 && ((title.front() == '"' && title.back() == '"') || (title.front() == '\'' && title.back() == '\'') ||
                                 (title.front() == '(' && title.back() == ')'));
}

}  // namespace

std::vector<char> markup_source_blocks(const std::vector<Block>& blocks) {
    std::vector<char> source(blocks.size(), 0);
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const std::string_view t = blocks[i].text;
        if (t.empty() || blocks[i].kind == BlockKind::code) continue;
        if (t.front() == '[' && link_definition(t)) {
            source[i] = 1;
            continue;
        }
        if (!fence(t)) continue;
        // The closing fence, after two or more key lines and nothing else.
        std::size_t j = i + 1, keys = 0;
        while (j < blocks.size() && j < i + 40 && !fence(blocks[j].text) && blocks[j].kind != BlockKind::code && key_line(blocks[j].text))
            keys += !blocks[j].text.starts_with("- "), ++j;
        if (j >= blocks.size() || blocks[j].text != t || keys < 2) continue;
        for (std::size_t q = i; q <= j; ++q) source[q] = 1;
        i = j;
    }
    return source;
}

}  // namespace winnow::detail::garbage_tokens
