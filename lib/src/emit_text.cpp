// Stage — emit (text): the body as plain text, one block per paragraph, blocks separated by
// a blank line (the form article-extraction benchmarks score). Structure is marked the way
// text input reads it back (text_structure.cpp), so cleaning the output again keeps its
// blocks: "#" headings, "- " / "1. " list items indented two spaces per level, "> " quotes,
// ``` code fences, tab-separated table rows.
#include <winnow/winnow.hpp>

#include <algorithm>
#include <cstdint>
#include <vector>
#include <string_view>

#include "xml_text.hpp"

namespace winnow {

namespace {

void write_block(std::string& out, const Block& b, int list_depth, bool captions);

// A blank line before the next block (two, after a picture: see the figure case).
void separate(std::string& out) {
    if (out.empty()) return;
    std::size_t breaks = 0;
    while (breaks < out.size() && out[out.size() - 1 - breaks] == '\n') ++breaks;
    if (breaks < 2) out.append(2 - breaks, '\n');
}

// "> " before every line of a quote (">" alone on its blank lines).
void quote_lines(std::string& out, std::string_view inner) {
    while (!inner.empty() && inner.back() == '\n') inner.remove_suffix(1);
    for (std::size_t start = 0; start <= inner.size();) {
        std::size_t nl = inner.find('\n', start);
        if (nl == std::string_view::npos) nl = inner.size();
        const std::string_view line = inner.substr(start, nl - start);
        out += line.empty() ? ">" : "> ";
        out += line;
        if (nl < inner.size()) out += '\n';
        start = nl + 1;
    }
}

// A code fence longer than any backtick run that opens a line of the code.
std::size_t fence_for(std::string_view code) {
    std::size_t longest = 0;
    for (std::size_t start = 0; start < code.size();) {
        while (start < code.size() && (code[start] == ' ' || code[start] == '\t')) ++start;
        std::size_t n = 0;
        while (start + n < code.size() && code[start + n] == '`') ++n;
        longest = std::max(longest, n);
        const std::size_t nl = code.find('\n', start);
        if (nl == std::string_view::npos) break;
        start = nl + 1;
    }
    return std::max<std::size_t>(3, longest + 1);
}

void write_list(std::string& out, const Block& list, int depth) {
    int number = 1;
    for (const auto& item : list.children) {
        if (!out.empty() && out.back() != '\n') out += '\n';
        out.append(static_cast<std::size_t>(depth) * 2, ' ');
        out += list.ordered ? std::to_string(number++) + ". " : "- ";
        out += item.text;
        for (const auto& c : item.children)
            if (c.kind == BlockKind::list) write_list(out, c, depth + 1);
    }
}

void write_block(std::string& out, const Block& b, int list_depth, bool captions) {
    switch (b.kind) {
        case BlockKind::list:
            separate(out);
            write_list(out, b, list_depth);
            break;
        case BlockKind::quote: {
            std::string inner;
            if (!b.text.empty()) inner = b.text;
            for (const auto& c : b.children) write_block(inner, c, list_depth, captions);
            if (inner.empty()) break;
            separate(out);
            quote_lines(out, inner);
            break;
        }
        case BlockKind::table:
            separate(out);
            for (const auto& row : b.children) {
                if (!out.empty() && out.back() != '\n' && out.back() != ' ') out += '\n';
                bool first = true;
                for (const auto& cell : row.children) {
                    if (!first) out += '\t';
                    out += cell.text;
                    first = false;
                }
            }
            break;
        case BlockKind::figure: {
            // Captions describe the picture, not the story: the plain text (what article
            // extraction benchmarks score) leaves them out, unless they tell nearly all of it
            // (a photo story, a slideshow); XML and JSON keep them.
            const std::size_t before = out.size();
            for (const auto& c : b.children)
                if (c.kind != BlockKind::caption || captions) write_block(out, c, list_depth, captions);
            // A picture left out still parts the blocks around it: its place is one more blank
            // line, which text input reads as an empty block between them (as a promo box's
            // title and text are told from an article's line, a picture and a paragraph).
            if (out.size() == before && !out.empty()) {
                separate(out);
                out += '\n';
            }
            break;
        }
        case BlockKind::code:
            // Fenced as in Markdown, so that reading the text back (--input text) knows
            // it is code and leaves its brackets and symbols alone.
            {
                separate(out);
                const std::string fence(fence_for(b.text), '`');
                out += fence + "\n" + b.text + "\n" + fence;
            }
            break;
        case BlockKind::heading:
            // Marked as in Markdown; a heading inferred from plain text (level 0) stays as it
            // was read, a line of its own.
            if (b.text.empty()) break;
            separate(out);
            if (b.level > 0) out.append(std::min<std::size_t>(b.level, 6), '#') += ' ';
            out += b.text;
            break;
        case BlockKind::row: case BlockKind::cell: case BlockKind::item:
            break;  // written by their parents
        default:
            if (b.text.empty()) break;
            separate(out);
            out += b.text;
            break;
    }
}

}  // namespace

namespace {

// Bytes of text in captions and in everything else, in a block and its children.
void count_text(const Block& b, bool in_caption, std::size_t& captions, std::size_t& rest) {
    const bool caption = in_caption || b.kind == BlockKind::caption;
    (caption ? captions : rest) += b.text.size();
    for (const auto& c : b.children) count_text(c, caption, captions, rest);
}

// A page whose captions hold three times the text of the rest of its body (a lead line at most
// beside them) is told by its pictures. Where they hold less, they may be a promo box's picture
// and line as much as the story's.
bool captions_tell_the_story(const Document& doc) {
    std::size_t captions = 0, rest = 0;
    for (const auto& b : doc.body) count_text(b, false, captions, rest);
    return captions > 3 * rest;
}

}  // namespace

std::string to_text(const Document& doc) {
    const bool captions = captions_tell_the_story(doc);
    // Where the cleaner removed blocks between two it kept (spacers, a promo box), the text
    // keeps a break, one blank line more: read back, the blocks around the gap are not
    // neighbours either (one empty block, not a run of them, which would be evidence of a
    // promo box's trail). Known only where the source lines of the blocks differ.
    std::vector<std::uint32_t> removed;
    for (const auto& r : doc.removed)
        // (Not extraction's dropped links: they were chrome of the page, not blocks of the text.)
        if (!r.span && r.source_line && r.reason != RemovalReason::boilerplate) removed.push_back(r.source_line);
    std::sort(removed.begin(), removed.end());
    std::string out;
    std::uint32_t previous = 0;
    for (const auto& b : doc.body) {
        if (previous && b.source_line > previous + 1 && !out.empty()) {
            const auto gap = std::upper_bound(removed.begin(), removed.end(), previous);
            const auto n = std::lower_bound(gap, removed.end(), b.source_line) - gap;
            if (n > 0) {
                separate(out);
                out += '\n';
            }
        }
        if (b.source_line) previous = b.source_line;
        write_block(out, b, 0, captions);
    }
    while (!out.empty() && out.back() == '\n') out.pop_back();
    if (!out.empty()) out += '\n';
    return detail::xml_safe(out);
}

}  // namespace winnow
