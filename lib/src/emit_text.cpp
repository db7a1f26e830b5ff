// Stage — emit (text): the body as plain text, one block per paragraph, blocks separated by
// a blank line (the form article-extraction benchmarks score).
#include <winnow/winnow.hpp>

#include "xml_text.hpp"

namespace winnow {

namespace {

void write_block(std::string& out, const Block& b, int list_depth);

void separate(std::string& out) {
    if (out.empty()) return;
    while (!out.empty() && out.back() == '\n') out.pop_back();
    out += "\n\n";
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

void write_block(std::string& out, const Block& b, int list_depth) {
    switch (b.kind) {
        case BlockKind::list:
            separate(out);
            write_list(out, b, list_depth);
            break;
        case BlockKind::quote:
            if (!b.text.empty()) {
                separate(out);
                out += b.text;
            }
            for (const auto& c : b.children) write_block(out, c, list_depth);
            break;
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
        case BlockKind::figure:
            // Captions describe the picture, not the story: the plain text (what article
            // extraction benchmarks score) leaves them out; XML and JSON keep them.
            for (const auto& c : b.children)
                if (c.kind != BlockKind::caption) write_block(out, c, list_depth);
            break;
        case BlockKind::code:
            // Fenced as in Markdown, so that reading the text back (--input text) knows
            // it is code and leaves its brackets and symbols alone.
            separate(out);
            out += "```\n";
            out += b.text;
            out += "\n```";
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

std::string to_text(const Document& doc) {
    std::string out;
    for (const auto& b : doc.body) write_block(out, b, 0);
    if (!out.empty() && out.back() != '\n') out += '\n';
    return detail::xml_safe(out);
}

}  // namespace winnow
