// Entry frames of a list page (entry_frames.hpp). A frame is three or more short lines of one
// shape (the same marks and number of words, every letter run read as one letter, every digit run as one
// digit) holding three or more different numbers, two in three of them standing beside a short line
// (a title, a date line, another frame line, a caption: under 16 words, or a heading) rather than
// between two paragraphs of prose: an entry's edge. A call to action whose count or date changes is pasted between the article's
// paragraphs, prose on both sides, and frames nothing.
#include "filters/entry_frames.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>

namespace winnow::detail {

namespace {

constexpr std::size_t kFrameWords = 16;  // a frame line is a label, not a sentence's paragraph
constexpr std::size_t kProseWords = 16;  // a neighbour this long or longer is prose (a post title with its tools is shorter)
constexpr std::size_t kMinFrames = 3;

bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// The line's shape (letter runs as 'a', digit runs as '0', spaces as one ' ', marks kept; bytes
// of other scripts read as letters) and its digits, or an empty shape for a line without one.
void shape_of(std::string_view t, std::string& shape, std::string& digits) {
    shape.clear();
    digits.clear();
    char last = 0;
    for (const char ch : t) {
        const auto c = static_cast<unsigned char>(ch);
        char k;
        if (is_digit(c)) {
            k = '0';
            digits += ch;
        } else if (c >= 0x80 || static_cast<unsigned>((c | 0x20) - 'a') < 26u) {
            k = 'a';
            if (last == '0') digits += ' ';
        } else if (c == ' ' || c == '\n' || c == '\t') {
            k = ' ';
            if (last == '0') digits += ' ';
        } else {
            k = ch;
            if (last == '0') digits += ' ';
        }
        if ((k == 'a' || k == '0' || k == ' ') && k == last) continue;
        shape += k;
        last = k;
    }
    if (digits.empty()) shape.clear();
}

}  // namespace

EntryFrames entry_frames(const std::vector<BlockView>& views) {
    const std::size_t n = views.size();
    EntryFrames out;
    out.entry.assign(n, 0);
    out.frame.assign(n, false);
    // Short lines with a number, by shape.
    std::unordered_map<std::string, std::vector<std::size_t>> by_shape;
    std::vector<std::string> digits(n);
    std::string shape;
    for (std::size_t i = 0; i < n; ++i) {
        const BlockView& v = views[i];
        if (v.empty || v.words.empty() || v.length > kFrameWords) continue;
        shape_of(v.text, shape, digits[i]);
        if (!shape.empty()) by_shape[shape].push_back(i);
    }
    const auto text_before = [&](std::size_t i) {
        while (i > 0 && views[i - 1].words.empty()) --i;
        return i > 0 ? i - 1 : n;
    };
    const auto text_after = [&](std::size_t i) {
        std::size_t j = i + 1;
        while (j < n && views[j].words.empty()) ++j;
        return j;
    };
    // (A title, a date line, a caption: short, or a heading.)
    const auto short_line = [&](std::size_t j) { return j < n && (views[j].length < kProseWords || views[j].title_like); };
    for (const auto& [s, lines] : by_shape) {
        if (lines.size() < kMinFrames) continue;
        std::vector<std::string_view> numbers;
        for (std::size_t i : lines) numbers.emplace_back(digits[i]);
        std::sort(numbers.begin(), numbers.end());
        if (std::unique(numbers.begin(), numbers.end()) - numbers.begin() < static_cast<std::ptrdiff_t>(kMinFrames)) continue;
        std::size_t edges = 0;
        for (std::size_t i : lines) edges += short_line(text_before(i)) || short_line(text_after(i));
        if (edges * 3 < lines.size() * 2) continue;
        for (std::size_t i : lines) out.frame[i] = true;
        out.any = true;
    }
    if (!out.any) return out;
    for (std::size_t i = 0, e = 0; i < n; ++i) {
        e += out.frame[i];
        out.entry[i] = e;
    }
    return out;
}

bool EntryFrames::one_per_entry(const std::vector<std::size_t>& copies, const std::vector<BlockView>& views) const {
    if (!any || copies.size() < 2) return false;
    if (std::all_of(copies.begin(), copies.end(), [&](std::size_t i) { return frame[i]; })) return true;
    // (Two copies may be a pager over and under the list, or a box; three entries saying one
    // line are the list's.)
    if (copies.size() < 3) return false;
    std::size_t entries = 1;
    for (std::size_t k = 1; k < copies.size(); ++k) {
        const std::size_t a = copies[k - 1], b = copies[k];
        if (entry[a] == entry[b]) {
            // Back to back (only blocks without words between): one run of the entry.
            bool adjacent = true;
            for (std::size_t j = a + 1; j < b && adjacent; ++j) adjacent = views[j].words.empty();
            if (!adjacent) return false;
            continue;
        }
        ++entries;
    }
    return entries >= 3;
}

bool EntryFrames::lists(const std::vector<std::size_t>& copies, const std::vector<BlockView>& views, const Document& doc) const {
    if (!one_per_entry(copies, views)) return false;
    // Link text of a copy, in bytes.
    const auto linked = [&](std::size_t i) {
        std::size_t bytes = 0;
        for (const Span& sp : doc.body[views[i].index].spans)
            if (sp.kind == Span::Kind::link) bytes += sp.end - sp.begin;
        return bytes;
    };
    // A frame line with a link (a footer of permalink and comment count), or a line that is a
    // link for the most part (each entry's "read more"), is the entry's way out, not its text.
    const bool frames = frame[copies.front()];
    return std::none_of(copies.begin(), copies.end(), [&](std::size_t i) {
        const std::size_t bytes = linked(i);
        return frames ? bytes > 0 : bytes * 2 >= views[i].text.size();
    });
}

}  // namespace winnow::detail
