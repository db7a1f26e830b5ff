// Block model from a text body that came without markup (schema.org articleBody): one
// paragraph per line; tags some sites leave in it end a paragraph where they break the flow.
#include <cctype>
#include <string>

#include "blocks.hpp"

namespace winnow::detail {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// A tag that breaks the text flow: paragraphs, line breaks, headings, list items, divisions.
bool breaks_flow(std::string_view tag) {
    std::size_t i = tag.starts_with("</") ? 2 : 1;
    std::string name;
    for (; i < tag.size() && name.size() < 10; ++i) {
        const char c = tag[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) break;
        name += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return name == "p" || name == "br" || name == "div" || name == "li" || name == "ul" || name == "ol" ||
           (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6');
}

}  // namespace

std::vector<Block> blocks_from_text_body(std::string_view text) {
    std::vector<Block> out;
    std::string line;
    bool pending_space = false;
    const auto flush = [&] {
        if (!line.empty()) {
            Block b;
            b.text = std::move(line);
            out.push_back(std::move(b));
        }
        line.clear();
        pending_space = false;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '<' && i + 1 < text.size() && (text[i + 1] == '/' || std::isalpha(static_cast<unsigned char>(text[i + 1])))) {
            const std::size_t close = text.find('>', i);
            if (close != std::string_view::npos && close - i < 200) {
                if (breaks_flow(text.substr(i, close - i))) flush();
                else pending_space = pending_space || !line.empty();
                i = close;
                continue;
            }
        }
        if (c == '\n') {
            flush();
        } else if (is_space(c)) {
            pending_space = !line.empty();
        } else {
            if (pending_space) line += ' ';
            pending_space = false;
            line += c;
        }
    }
    flush();
    return out;
}

}  // namespace winnow::detail
