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

std::size_t count(const std::string& s, std::string_view what) {
    std::size_t n = 0;
    for (std::size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
    return n;
}

}  // namespace

bool looks_like_html(std::string_view bytes) {
    std::string_view s = bytes.substr(0, 4096);
    if (s.starts_with("\xEF\xBB\xBF")) s.remove_prefix(3);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    const std::string head = ascii_lower(s.substr(0, 1024));
    for (std::string_view start : {"<!doctype html", "<html", "<?xml", "<head", "<body", "<!--"})
        if (head.starts_with(start)) return true;
    // Fragments: tag-like openings of common elements. An HTML fragment is built of block
    // elements; inline links or spans alone, in text outside code fences, are markup that a
    // plain text quotes (an article about HTML, a scrape that kept a few literal tags).
    const std::string all = ascii_lower(outside_fences(s));
    std::size_t blocks = 0, inlines = 0;
    for (std::string_view tag : {"<p>", "<p ", "<div", "<br", "<li>", "<h1", "<h2", "<h3", "<table", "<tr", "<td",
                                 "<ul", "<ol", "<meta", "<script"})
        blocks += count(all, tag);
    for (std::string_view tag : {"<a href", "<span"}) inlines += count(all, tag);
    return (head.starts_with("<") && blocks + inlines >= 1) || blocks >= 3 || (blocks >= 1 && blocks + inlines >= 3);
}

}  // namespace winnow::detail
