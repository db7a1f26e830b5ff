#include "sniff_input.hpp"

#include <cctype>
#include <string>

#include "text_lines.hpp"

namespace winnow::detail {

namespace {

// The text with its fenced code left out: markup quoted in code is text.
std::string outside_fences(std::string_view s) {
    std::string out;
    std::size_t fence = 0;
    for (const TextLine& line : split_text_lines(s)) {
        const std::size_t f = fence_length(line.text);
        if (fence == 0 && f) fence = f;
        else if (fence && f >= fence) fence = 0;
        else if (fence == 0) out.append(line.raw).push_back('\n');
    }
    return out;
}

char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; }

// Whether s holds tag (lower-case ASCII) at p, its letters compared without case (what the
// C locale's tolower does to a copy, without the copy).
bool tag_at(std::string_view s, std::size_t p, std::string_view tag) {
    if (s.size() - p < tag.size()) return false;
    for (std::size_t k = 0; k < tag.size(); ++k)
        if (lower_ascii(s[p + k]) != tag[k]) return false;
    return true;
}

constexpr std::string_view kBlockTags[] = {"<p>", "<p ",  "<div", "<br",  "<li>", "<h1",   "<h2",    "<h3",
                                           "<table", "<tr", "<td", "<ul", "<ol", "<meta", "<script"};
constexpr std::string_view kInlineTags[] = {"<a href", "<span"};

}  // namespace

bool looks_like_html(std::string_view bytes) {
    std::string_view s = bytes.substr(0, 4096);
    if (s.starts_with("\xEF\xBB\xBF")) s.remove_prefix(3);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    for (std::string_view start : {"<!doctype html", "<html", "<?xml", "<head", "<body", "<!--"})
        if (tag_at(s, 0, start)) return true;
    // Fragments: tag-like openings of common elements. An HTML fragment is built of block
    // elements; inline links or spans alone, in text outside code fences, are markup that a
    // plain text quotes (an article about HTML, a scrape that kept a few literal tags).
    // Every tag opens at a '<': one pass over them asks each tag there, and stops once the
    // counts so far decide (the verdict only grows with them).
    const std::string all = outside_fences(s);
    const bool opens_tag = !s.empty() && s.front() == '<';
    std::size_t blocks = 0, inlines = 0;
    for (std::size_t p = all.find('<'); p != std::string::npos; p = all.find('<', p + 1)) {
        for (std::string_view tag : kBlockTags) blocks += tag_at(all, p, tag);
        for (std::string_view tag : kInlineTags) inlines += tag_at(all, p, tag);
        if ((opens_tag && blocks + inlines >= 1) || blocks >= 3 || (blocks >= 1 && blocks + inlines >= 3)) return true;
    }
    return false;
}

}  // namespace winnow::detail
