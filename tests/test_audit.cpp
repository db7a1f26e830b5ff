// The audit page (emit_audit.cpp): every removed block and span is shown where it was,
// marked with its reason; the legend counts them; everything from the input is escaped.
// Validity for a conforming HTML parser and the rendering in Chromium are checked by
// tests/test_audit_page.py.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <winnow/winnow.hpp>

namespace {

using winnow::Block;
using winnow::Removal;
using winnow::RemovalReason;

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The page's text as a reader sees it, with each removed element's text wrapped in
// "⟦reason|" … "⟧" so that order and reasons can be checked on one string.
std::string visible(const std::string& html) {
    std::string out;
    std::vector<bool> marked;  // per open element: whether it was a removal
    const std::size_t body = html.find("<main>");
    for (std::size_t i = body == std::string::npos ? 0 : body; i < html.size();) {
        if (html[i] == '<') {
            const std::size_t end = html.find('>', i);
            const std::string tag = html.substr(i, end - i + 1);
            if (tag.starts_with("</")) {
                if (!marked.empty()) {
                    if (marked.back()) out += "⟧";
                    marked.pop_back();
                }
            } else if (!tag.starts_with("<br")) {
                const std::size_t r = tag.find("data-reason=\"");
                const bool removal = r != std::string::npos;
                if (removal) out += "⟦" + tag.substr(r + 13, tag.find('"', r + 13) - r - 13) + "|";
                marked.push_back(removal);
            } else {
                out += '\n';
            }
            i = end + 1;
            continue;
        }
        if (html[i] == '&') {
            const std::size_t semi = html.find(';', i);
            const std::string e = html.substr(i, semi - i + 1);
            out += e == "&amp;" ? "&" : e == "&lt;" ? "<" : e == "&gt;" ? ">" : e == "&quot;" ? "\"" : e == "&#39;" ? "'" : e;
            i = semi + 1;
            continue;
        }
        out += html[i++];
    }
    return out;
}

void kept_texts(const std::vector<Block>& blocks, std::vector<std::pair<std::uint32_t, std::string>>& out) {
    for (const auto& b : blocks) {
        if (!b.text.empty()) out.emplace_back(b.order, b.text);
        kept_texts(b.children, out);
    }
}

}  // namespace

// The scraped sample article: its five promo boxes are caught by the noise filters (in the
// HTML version extraction already leaves them out, and extraction records no removals).
TEST_CASE("the sample's audit page shows its promo blocks and garbage runs in place, by reason") {
    const winnow::Result r = winnow::clean(read_file(std::string(WINNOW_SOURCE_DIR) + "/samples/alibaba-ai-investment.txt"));
    REQUIRE(r.ok());
    const winnow::Document& doc = r.document;
    const std::string page = winnow::to_audit_html(doc);
    const std::string seen = visible(page);
    std::vector<std::pair<std::uint32_t, std::string>> kept;
    kept_texts(doc.body, kept);

    // Removals in the order they were built; copies of one text are found one after another.
    std::vector<Removal> removed = doc.removed;
    std::stable_sort(removed.begin(), removed.end(), [](const Removal& a, const Removal& b) { return a.block < b.block; });
    std::map<std::string, std::size_t> search_from;
    std::size_t promo = 0, garbage = 0;
    for (const Removal& x : removed) {
        if (x.reason == RemovalReason::empty || x.text.empty()) continue;
        const std::string reason(winnow::to_string(x.reason));
        CAPTURE(reason);
        CAPTURE(x.text);
        const std::string shown = "⟦" + reason + "|" + x.text + "⟧";
        const std::size_t at = seen.find(shown, search_from[shown]);
        REQUIRE(at != std::string::npos);
        search_from[shown] = at + 1;
        promo += x.reason == RemovalReason::promo || x.reason == RemovalReason::repeated_block;
        garbage += x.reason == RemovalReason::garbage;
        if (!x.span) {
            // In place: after every kept block built before it, before every one built after.
            for (const auto& [order, text] : kept) {
                const std::size_t k = seen.find(text);
                if (k == std::string::npos) continue;  // a text with a cut span put back
                CAPTURE(text);
                if (order < x.block) CHECK(k < at);
                else CHECK(k > at);
            }
        } else {
            // Inside its block: the kept text before the cut leads up to it.
            for (const auto& [order, text] : kept) {
                if (order != x.block) continue;
                const std::size_t from = x.offset > 12 ? x.offset - 12 : 0;
                const std::string before = text.substr(from, std::min<std::size_t>(x.offset, text.size()) - from);
                CAPTURE(before);
                CHECK(seen.find(before + shown) != std::string::npos);
            }
        }
    }
    // Five copies of a promo box (title and text line each), one garbage run (samples/README.md).
    CHECK(promo >= 10);
    CHECK(garbage >= 1);
    // The legend counts each reason.
    for (RemovalReason reason : {RemovalReason::promo, RemovalReason::repeated_block, RemovalReason::garbage}) {
        std::size_t n = 0;
        for (const Removal& x : doc.removed) n += x.reason == reason;
        const std::string item = "<li data-reason=\"" + std::string(winnow::to_string(reason)) + "\">";
        const std::size_t li = page.find(item);
        REQUIRE(li != std::string::npos);
        CHECK(page.find("<b class=\"count\">" + std::to_string(n) + "</b>", li) < page.find("</li>", li));
    }
}

TEST_CASE("the audit page escapes the input and loads nothing") {
    winnow::Document d;
    d.meta.title = "</title><script>alert(1)</script>";
    d.meta.language = "en\" onload=\"x";
    Block p;
    p.text = "a <b>tag</b> & \"quotes\" ' \x01 control";
    p.order = 2;
    p.spans = {{winnow::Span::Kind::link, 0, 1, "javascript:alert(1)"}, {winnow::Span::Kind::link, 2, 4, "https://example.org/?a=1&b=\"2\""}};
    d.body.push_back(p);
    d.removed.push_back(Removal{RemovalReason::promo, false, "<img src=x onerror=alert(1)>", 1, 0.75, 1, 0});
    d.removed.push_back(Removal{RemovalReason::garbage, true, "{{ junk }}", 1, 0.9, 2, 1});
    const std::string page = winnow::to_audit_html(d);
    CHECK(page.find("<script") == std::string::npos);
    CHECK(page.find("<img") == std::string::npos);
    CHECK(page.find("<b>") == std::string::npos);
    CHECK(page.find("javascript:") == std::string::npos);  // only web links become <a href>
    CHECK(page.find("\x01") == std::string::npos);
    CHECK(page.find("lang=\"en&quot; onload=&quot;x\"") != std::string::npos);
    CHECK(page.find("href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\"") != std::string::npos);
    CHECK(page.find("title=\"removed: promo, score 0.75\"") != std::string::npos);
    // The promo block (built first) comes before the paragraph, the garbage span inside it.
    const std::string seen = visible(page);
    CHECK(seen.find("⟦promo|<img src=x onerror=alert(1)>⟧") < seen.find("tag"));
    CHECK(seen.find("a⟦garbage|{{ junk }}⟧ <b>tag</b>") != std::string::npos);
}
