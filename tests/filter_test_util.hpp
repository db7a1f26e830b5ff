// Helpers for the filter suites: build Documents the way the text stage does.
#pragma once
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <winnow/winnow.hpp>

#include "filters/filters.hpp"

namespace winnow::test {

inline Block para(std::string text, std::uint32_t line = 0) {
    Block b;
    b.kind = BlockKind::paragraph;
    b.text = std::move(text);
    b.source_line = line;
    return b;
}

// The garbage filter over one paragraph after a context paragraph (which sets the page's
// language and script): the paragraph's text afterwards, or "<removed>".
inline std::string garbage_filtered(std::string text, std::string context) {
    Document d;
    d.body.push_back(para(std::move(context)));
    d.body.push_back(para(std::move(text)));
    detail::remove_garbage(d, NoiseOptions{});
    return d.body.size() > 1 ? d.body[1].text : std::string("<removed>");
}

// One paragraph per line; blank lines become empty paragraphs (as blank HTML paragraphs do).
inline Document doc_from_lines(std::string_view text, bool keep_blank = true) {
    Document d;
    std::uint32_t line = 0;
    std::size_t p = 0;
    while (p <= text.size()) {
        std::size_t e = text.find('\n', p);
        if (e == std::string_view::npos) e = text.size();
        ++line;
        std::string_view l = text.substr(p, e - p);
        if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
        if (!l.empty() || keep_blank) d.body.push_back(para(std::string(l), line));
        p = e + 1;
    }
    return d;
}

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return {};
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline std::vector<std::string> texts(const Document& d) {
    std::vector<std::string> out;
    for (const auto& b : d.body) out.push_back(b.text);
    return out;
}

inline std::string joined(const Document& d) {
    std::string out;
    for (const auto& b : d.body) {
        out += b.text;
        out += '\n';
    }
    return out;
}

}  // namespace winnow::test
