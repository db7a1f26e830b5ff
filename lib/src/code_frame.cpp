#include "code_frame.hpp"

#include <array>
#include <cstddef>
#include <string_view>

namespace winnow::detail {

namespace {

constexpr std::size_t kScan = 20000;  // nodes read under one table at most

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

// Reads the gutter cell's numbers into `next` (the number the run expects; 0 before the first).
// False when the cell holds anything but whole numbers, or a number out of turn.
bool read_gutter(const Dom& dom, std::uint32_t cell, long& next, std::size_t& count) {
    std::size_t seen = 0;
    for (std::uint32_t m = dom.next_in(cell, cell); m != no_node;) {
        const DomNode& mn = dom.nodes[m];
        if (++seen > kScan) return false;
        if (mn.removed) {
            m = dom.next_in(m, cell, true);
            continue;
        }
        if (mn.type == NodeType::text || mn.type == NodeType::cdata) {
            const std::string_view t = mn.text;
            for (std::size_t i = 0; i < t.size();) {
                if (is_space(t[i])) {
                    ++i;
                    continue;
                }
                long v = 0;
                std::size_t j = i;
                for (; j < t.size() && !is_space(t[j]); ++j) {
                    if (t[j] < '0' || t[j] > '9' || j - i > 6) return false;
                    v = v * 10 + (t[j] - '0');
                }
                if (count > 0 && v != next) return false;
                next = v + 1;
                ++count;
                i = j;
            }
        }
        m = dom.next_in(m, cell);
    }
    return true;
}

constexpr bool line_element(GumboTag t) {
    return t == GUMBO_TAG_DIV || t == GUMBO_TAG_P || t == GUMBO_TAG_LI || t == GUMBO_TAG_TR;
}

// The code cell's text as written: a <br> or a line's own element starts a new line. Sets `code`
// when the cell holds a <pre> or <code>.
void read_code(const Dom& dom, std::uint32_t cell, std::string& out, bool& code) {
    for (std::uint32_t m = dom.next_in(cell, cell); m != no_node;) {
        const DomNode& mn = dom.nodes[m];
        if (mn.removed) {
            m = dom.next_in(m, cell, true);
            continue;
        }
        if (mn.type == NodeType::text || mn.type == NodeType::whitespace || mn.type == NodeType::cdata) {
            out += mn.text;
        } else if (mn.type == NodeType::element) {
            if (mn.tag == GUMBO_TAG_PRE || mn.tag == GUMBO_TAG_CODE) code = true;
            if (mn.tag == GUMBO_TAG_BR) out += '\n';
            else if (line_element(mn.tag) && !out.empty() && out.back() != '\n') out += '\n';
        }
        m = dom.next_in(m, cell);
    }
}

}  // namespace

std::optional<std::string> line_number_frame(const Dom& dom, std::uint32_t table) {
    long next = 0;
    std::size_t numbers = 0, rows = 0;
    bool code = false;
    std::string text;
    std::size_t seen = 0;
    for (std::uint32_t m = dom.next_in(table, table); m != no_node;) {
        const DomNode& mn = dom.nodes[m];
        if (++seen > kScan) return std::nullopt;
        if (mn.removed) {
            m = dom.next_in(m, table, true);
            continue;
        }
        if (mn.type == NodeType::element && mn.tag == GUMBO_TAG_TABLE) return std::nullopt;  // nested: layout
        if (mn.type != NodeType::element || mn.tag != GUMBO_TAG_TR) {
            m = dom.next_in(m, table);
            continue;
        }
        // A row: exactly two cells, the gutter and the code.
        std::array<std::uint32_t, 2> cells{no_node, no_node};
        std::size_t n = 0;
        for (std::uint32_t c = mn.first_child; c != no_node; c = dom.nodes[c].next_sibling) {
            const DomNode& cn = dom.nodes[c];
            if (cn.removed || cn.type != NodeType::element) continue;
            if (cn.tag != GUMBO_TAG_TD && cn.tag != GUMBO_TAG_TH) return std::nullopt;
            if (n == 2) return std::nullopt;
            cells[n++] = c;
        }
        if (n != 2) return std::nullopt;
        const std::size_t before = numbers;
        if (!read_gutter(dom, cells[0], next, numbers)) return std::nullopt;
        if (rows > 0 && numbers != before + 1) return std::nullopt;  // a row per line: one number each
        if (rows > 0 || numbers == before + 1) text += '\n';
        // Each row's code cell holds a <pre> or <code>: a data table of numbered rows stops here.
        bool row_code = false;
        read_code(dom, cells[1], text, row_code);
        if (!row_code) return std::nullopt;
        code = true;
        ++rows;
        m = dom.next_in(m, table, true);
    }
    // Two numbers at least, and a row per line only when each has its number.
    if (!code || numbers < 2 || (rows > 1 && numbers != rows)) return std::nullopt;
    while (!text.empty() && is_space(text.back())) text.pop_back();
    while (!text.empty() && text.front() == '\n') text.erase(0, 1);
    if (text.empty()) return std::nullopt;
    return text;
}

}  // namespace winnow::detail
