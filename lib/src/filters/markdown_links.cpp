// Raw markdown links that survived into a block's text (text input, a CMS that printed its
// source): part of the link-residue filter, run first on every block (link_residue.cpp).
#include <algorithm>
#include <string>

#include "ascii.hpp"
#include "block_edit.hpp"
#include "filters/filters.hpp"
#include "filters/residue_edit.hpp"

namespace winnow::detail {

// Raw markdown links: "[label](https://…)" → "label" with a link span; "[3](https://…)"
// (a footnote number) → removed, its target moved to the word before it.
void convert_markdown_links(Document& doc, Block& b) {
    // (A forward search finds most texts without a "](" far faster than the backward one below.)
    if (b.text.find("](") == std::string::npos) return;
    for (std::size_t close = b.text.rfind("]("); close != std::string::npos && close > 0;
         close = close == 0 ? std::string::npos : b.text.rfind("](", close - 1)) {
        const std::string& t = b.text;
        // Searches stay within a label's and a URL's length, so a long run of "](" is linear.
        const std::size_t from = close > 300 ? close - 300 : 0;
        const std::size_t open = std::string_view(t).substr(from, close - from).rfind('[');
        if (open == std::string_view::npos) continue;
        const std::size_t open_at = from + open;
        if (t.find_first_of("]\n", open_at + 1) != close) continue;
        const std::size_t url_b = close + 2;
        const std::size_t url_limit = std::min(t.size(), url_b + 2048);
        std::size_t url_e = url_b;
        int depth = 0;
        while (url_e < url_limit && !is_ascii_space(t[url_e])) {
            if (t[url_e] == '(') ++depth;
            else if (t[url_e] == ')' && depth-- == 0) break;
            ++url_e;
        }
        if (url_e >= url_limit || t[url_e] != ')') continue;
        const std::string url = t.substr(url_b, url_e - url_b);
        if (!(url.starts_with("http://") || url.starts_with("https://") || url.starts_with("/") || url.starts_with("www.")))
            continue;
        const std::string label = t.substr(open_at + 1, close - open_at - 1);
        const bool footnote = !label.empty() && label.size() <= 3 && std::all_of(label.begin(), label.end(), is_ascii_digit);
        if (footnote || label.empty()) {
            const auto begin = with_leading_space(t, static_cast<std::uint32_t>(open_at));
            record_residue(doc, b, t.substr(begin, url_e + 1 - begin), begin);
            erase_text(b, begin, static_cast<std::uint32_t>(url_e + 1));
            relink_previous_word(b, begin, url);
        } else {
            record_residue(doc, b, "[](" + url + ")", close - 1);
            erase_text(b, static_cast<std::uint32_t>(close), static_cast<std::uint32_t>(url_e + 1));
            erase_text(b, static_cast<std::uint32_t>(open_at), static_cast<std::uint32_t>(open_at + 1));
            b.spans.push_back(Span{Span::Kind::link, static_cast<std::uint32_t>(open_at),
                                   static_cast<std::uint32_t>(close - 1), url});
            std::sort(b.spans.begin(), b.spans.end(), [](const Span& x, const Span& y) { return x.begin < y.begin; });
        }
    }
}

}  // namespace winnow::detail
