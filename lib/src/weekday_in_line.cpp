#include "weekday_in_line.hpp"

#include <utf8proc.h>

#include "date_words.hpp"

namespace winnow::detail {

namespace {

bool letter_byte(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; }

// The word of letter bytes beginning at `from`, or ending just before `to`.
std::string_view word_from(std::string_view line, std::size_t from) {
    std::size_t end = from;
    while (end < line.size() && letter_byte(static_cast<unsigned char>(line[end]))) ++end;
    return line.substr(from, end - from);
}
std::string_view word_before(std::string_view line, std::size_t to) {
    std::size_t begin = to;
    while (begin > 0 && letter_byte(static_cast<unsigned char>(line[begin - 1]))) --begin;
    return line.substr(begin, to - begin);
}

// A capitalized word of three letters or more that names no month or weekday: a name's part.
bool name_word(std::string_view w) {
    if (w.empty()) return false;
    utf8proc_int32_t cp = 0;
    const auto step = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(w.data()),
                                       static_cast<utf8proc_ssize_t>(w.size()), &cp);
    if (step <= 0 || utf8proc_category(cp) != UTF8PROC_CATEGORY_LU) return false;
    std::size_t letters = 0;
    for (const char c : w) letters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return letters >= 3 && month_from_word(w) == 0 && weekday_from_word(w) == 0;
}

constexpr std::string_view kOpen = "\xEF\xBC\x88", kClose = "\xEF\xBC\x89";  // （ ）

}  // namespace

bool weekday_in_line(std::string_view line, std::size_t at, std::size_t length) {
    std::string_view word = line.substr(at, length);
    if (word.starts_with(kOpen)) word.remove_prefix(kOpen.size()), at += kOpen.size();
    if (word.ends_with(kClose)) word.remove_suffix(kClose.size());
    std::size_t begin = at, end = at + word.size();
    if (weekday_from_word(word) == 0) {
        // "segunda-feira" split at its hyphen: its first word or its second.
        if (end + 1 < line.size() && line[end] == '-') {
            end += 1 + word_from(line, end + 1).size();
        } else if (begin > 1 && line[begin - 1] == '-') {
            begin -= 1 + word_before(line, begin - 1).size();
        } else {
            return false;
        }
        if (weekday_from_word(line.substr(begin, end - begin)) == 0) return false;
    }
    if (begin >= 2 && line[begin - 1] == ' ' && name_word(word_before(line, begin - 1))) return false;
    if (end + 1 < line.size() && line[end] == ' ' && name_word(word_from(line, end + 1))) return false;
    return true;
}

}  // namespace winnow::detail
