#include "text_lines.hpp"

#include <cctype>

#include <utf8proc.h>

namespace winnow::detail {

std::string_view trim_line(std::string_view s) {
    static constexpr std::string_view wide[] = {"\xC2\xA0", "\xE3\x80\x80", "\xEF\xBB\xBF", "\xE2\x80\x8B"};
    for (bool changed = true; changed;) {
        changed = false;
        while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1), changed = true;
        while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1), changed = true;
        for (std::string_view w : wide) {
            if (s.starts_with(w)) s.remove_prefix(w.size()), changed = true;
            // "Â" + NBSP is mojibake of an NBSP: the Unicode stage repairs the pair whole.
            if (s.ends_with(w) && !s.substr(0, s.size() - w.size()).ends_with("\xC3\x82"))
                s.remove_suffix(w.size()), changed = true;
        }
    }
    return s;
}

std::vector<TextLine> split_text_lines(std::string_view text, std::uint32_t first_number) {
    std::vector<TextLine> lines;
    std::uint32_t number = first_number;
    for (std::size_t start = 0; start <= text.size();) {
        std::size_t nl = text.find('\n', start);
        if (nl == std::string_view::npos) nl = text.size();
        std::string_view raw = text.substr(start, nl - start);
        if (raw.ends_with('\r')) raw.remove_suffix(1);
        std::size_t indent = 0;
        while (indent < raw.size() && raw[indent] == ' ') ++indent;
        lines.push_back({trim_line(raw), raw, indent, number++});
        start = nl + 1;
    }
    return lines;
}

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::size_t line_words(std::string_view s) {
    std::size_t n = 0;
    bool in_word = false;
    for (char c : s) {
        const bool sp = std::isspace(static_cast<unsigned char>(c));
        if (!sp && !in_word) ++n;
        in_word = !sp;
    }
    return n;
}

std::vector<std::string_view> split_words(std::string_view s) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
        std::size_t j = i;
        while (j < s.size() && !std::isspace(static_cast<unsigned char>(s[j]))) ++j;
        if (j > i) words.push_back(s.substr(i, j - i));
        i = j;
    }
    return words;
}

bool ends_sentence(std::string_view s) {
    if (s.empty()) return false;
    const char c = s.back();
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == ',' || c == '"' || c == ')') return true;
    // Closing quotes and CJK full stops end sentences too (U+201D, U+3002, U+FF01, U+FF1F).
    for (std::string_view end : {"\xE2\x80\x9D", "\xE3\x80\x82", "\xEF\xBC\x81", "\xEF\xBC\x9F", "\xE2\x80\xA6"})
        if (s.ends_with(end)) return true;
    return false;
}

bool starts_upper_or_digit(std::string_view s) {
    if (s.empty()) return false;
    const auto c = static_cast<unsigned char>(s.front());
    if (c >= 0x80) return true;  // non-Latin scripts: no case to check
    return std::isupper(c) || std::isdigit(c) || c == '"' || c == '\'';
}

bool starts_lower(std::string_view s) {
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                    static_cast<utf8proc_ssize_t>(s.size()), &cp);
    return n > 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

std::size_t markdown_heading_level(std::string_view s) {
    std::size_t level = 0;
    while (level < s.size() && s[level] == '#') ++level;
    return level >= 1 && level <= 6 && level < s.size() && s[level] == ' ' ? level : 0;
}

bool read_list_marker(std::string_view s, ListMarker& m) {
    if (s.size() >= 2 && s[0] == '-' && s[1] == ' ') {
        m = {false, 0, 0, 2};
        return true;
    }
    std::size_t i = 0;
    unsigned number = 0;
    while (i < s.size() && i < 3 && std::isdigit(static_cast<unsigned char>(s[i]))) number = number * 10 + unsigned(s[i++] - '0');
    if (i > 0 && i + 1 < s.size() && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ') {
        m = {true, number, s[i], i + 2};
        return true;
    }
    return false;
}

bool is_quote_line(std::string_view s) { return s == ">" || s.starts_with("> "); }

std::string_view unquote(std::string_view raw) {
    while (!raw.empty() && raw.front() == ' ') raw.remove_prefix(1);
    if (raw.starts_with('>')) raw.remove_prefix(1);
    if (raw.starts_with(' ')) raw.remove_prefix(1);
    return raw;
}

std::size_t fence_length(std::string_view s) {
    std::size_t n = 0;
    while (n < s.size() && s[n] == '`') ++n;
    // An info string may follow ("```cpp"), but no further backtick (that is inline code).
    return n >= 3 && s.find('`', n) == std::string_view::npos ? n : 0;
}

}  // namespace winnow::detail
