// The text-run placeholders' promise, checked: a page precleaned with placeholders and parsed
// with them restored gives the same flat DOM as the page precleaned without them (node kinds,
// tags, links, attributes, text, source lines). Used by tests/test_text_runs.cpp and the
// fuzz_text_runs target.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "parse_html.hpp"
#include "preclean.hpp"

namespace winnow::fuzz {

// Empty when both parses agree, else the first difference. runs_made: placeholders made.
inline std::string text_runs_difference(std::string_view html, std::size_t* runs_made = nullptr) {
    using namespace winnow::detail;
    std::string plain, placed;
    preclean_html(html, plain);
    TextRuns runs;
    preclean_html(html, placed, nullptr, nullptr, &runs);
    if (runs_made) *runs_made = runs.runs().size() + runs.values().size();
    const auto a = Dom::parse(plain, 2'000'000, 512);
    const auto b = Dom::parse(placed, 2'000'000, 512, &runs.runs(), &runs.values());
    if (a->nodes.size() != b->nodes.size())
        return "node count " + std::to_string(a->nodes.size()) + " vs " + std::to_string(b->nodes.size());
    for (std::size_t i = 0; i < a->nodes.size(); ++i) {
        const DomNode& x = a->nodes[i];
        const DomNode& y = b->nodes[i];
        const std::string at = "node " + std::to_string(i) + ": ";
        if (x.type != y.type || x.tag != y.tag) return at + "kind or tag";
        if (x.parent != y.parent || x.first_child != y.first_child || x.next_sibling != y.next_sibling)
            return at + "links";
        if (x.line != y.line) return at + "line " + std::to_string(x.line) + " vs " + std::to_string(y.line);
        if (x.text != y.text) return at + "text [" + std::string(x.text) + "] vs [" + std::string(y.text) + "]";
        if (x.attr_count != y.attr_count) return at + "attribute count";
        for (std::size_t k = 0; k < x.attr_count; ++k) {
            const DomAttr& p = a->attrs[x.attr_begin + k];
            const DomAttr& q = b->attrs[y.attr_begin + k];
            if (p.name != q.name || p.value != q.value) return at + "attribute " + std::string(p.name);
        }
    }
    if (a->html != b->html || a->head != b->head || a->body != b->body) return "html/head/body";
    return {};
}

}  // namespace winnow::fuzz
