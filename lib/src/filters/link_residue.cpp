// Link residue: what is left in text where a link was cut out or flattened —
// " ." / " ," before a clause end, bare link labels "(source)", orphan "[1]" footnote markers,
// empty "()"/"[]"; raw markdown links "[label](https://…)" are read in markdown_links.cpp.
// Each kind of residue has its file: bracket_residue.cpp, bare_markers.cpp, markdown_links.cpp,
// linked_marks.cpp; this one reads the document's habits and runs them.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>

#include <utf8proc.h>

#include "ascii.hpp"
#include "block_edit.hpp"
#include "filters/evidence.hpp"
#include "filters/filters.hpp"
#include "filters/link_residue_context.hpp"
#include "filters/page_script.hpp"
#include "filters/residue_edit.hpp"

namespace winnow::detail {

namespace {

std::string fold_case(std::string_view s, bool decode_all = false) {
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        // ASCII without decoding: only 'A'-'Z' change.
        if (const auto c = static_cast<unsigned char>(s[i]); c < 0x80 && !decode_all) {
            out += static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
            ++i;
            continue;
        }
        const char32_t cp = next_code_point(s, i);
        utf8proc_uint8_t buf[4];
        const auto n = utf8proc_encode_char(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp)), buf);
        out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
    }
    return out;
}

}  // namespace

void count_spaced_marks(std::string_view t, std::size_t& commas, std::size_t& marks, bool plain) {
    if (plain) {
        for (std::size_t p = 0; p + 2 < t.size(); ++p) {
            if (t[p] != ' ' || t[p + 2] != ' ') continue;
            const char mark = t[p + 1];
            if (mark == ',') ++commas;
            else if (mark == ':' || mark == '!' || mark == '?') ++marks;
        }
        return;
    }
    // A mark at q with a space on either side (1 <= q <= size - 2): memchr jumps from one mark
    // to the next, where the plain loop asked every byte whether a space opened the pattern.
    for (const char mark : {',', ':', '!', '?'}) {
        std::size_t& count = mark == ',' ? commas : marks;
        for (std::size_t q = t.find(mark, 1); q != std::string_view::npos && q + 1 < t.size(); q = t.find(mark, q + 1))
            count += t[q - 1] == ' ' && t[q + 1] == ' ';
    }
}

namespace link_residue {
namespace {

Context read_context(Document& doc, std::optional<int> page_script) {
    Context c;
    c.body = &doc.body;
    c.subtitle = doc.meta.subtitle;
    for (const std::string* u : {&doc.meta.url, &doc.meta.canonical_url})
        if (!u->empty()) c.page_urls.push_back(*u);
    std::size_t spaced = 0, marks = 0;
    for_each_text_block(doc.body, [&](Block& b) {
        const std::string& t = b.text;
        // A note starts its block with its marker: "[3]", "[^3]", "[a]", "(*3)", "³", "^3".
        if (t.size() >= 2 && (t[0] == '[' || t[0] == '(')) {
            const auto close = t.find(t[0] == '[' ? ']' : ')');
            if (close != std::string::npos && close <= 16) c.notes.push_back(t.substr(0, close + 1));
        } else if (!t.empty()) {
            std::size_t e = 0;
            while (e < t.size() && !is_ascii_space(t[e]) && t[e] != '.' && t[e] != ':' && t[e] != ')') ++e;
            if (e <= 8) c.notes.push_back(t.substr(0, e));
        }
        count_spaced_marks(t, spaced, marks);
        if (t.ends_with(" !") || t.ends_with(" ?")) ++marks;
    });
    c.spaced_commas = spaced >= 3;
    c.spaced_marks = marks >= 2;
    c.main_script = page_script ? *page_script : dominant_script(doc);
    return c;
}

// " ." / " ," / " ;" where a link between the word and the punctuation was cut.
void remove_space_before_punct(Document& doc, Block& b, const Context& ctx) {
    if (ctx.spaced_commas) return;  // the author spaces punctuation: style, not residue
    // (Only '.', ',' and ';' right after an ASCII space can start a cut: find_any passes over
    // every other byte.)
    const std::string& t = b.text;
    const std::size_t n = t.size();
    std::vector<std::pair<std::uint32_t, std::uint32_t>> cuts;
    for (std::size_t i = 1; i < n; ++i) {
        i = find_any(t, i, ".,;");
        if (i >= n) break;
        const char c = t[i];
        if (!is_ascii_space(t[i - 1])) continue;
        if (c == ';' && ctx.spaced_marks) continue;  // and so does one who spaces ':', '!' and '?'
        std::size_t s = i - 1;
        while (s > 0 && is_ascii_space(t[s - 1])) --s;
        if (s == 0) continue;
        const char prev = t[s - 1];
        if (prev == '.' || prev == ',' || prev == ';' || prev == ':') continue;       // ". . ." spaced ellipsis
        const char next = i + 1 < t.size() ? t[i + 1] : ' ';
        if (!(is_ascii_space(next) || next == '"' || next == '\'' || next == ')' ||
              static_cast<unsigned char>(next) >= 0x80))
            continue;                                                                   // ".NET", ".5"
        if (c == '.' && i + 1 < t.size() && t[i + 1] == '.') continue;                  // " ..." ellipsis
        if (c == '.' && i + 2 < t.size() && is_ascii_space(t[i + 1]) && t[i + 2] == '.') continue;  // ". . ."
        cuts.emplace_back(static_cast<std::uint32_t>(s), static_cast<std::uint32_t>(i));
    }
    for (auto it = cuts.rbegin(); it != cuts.rend(); ++it) {
        record_residue(doc, b, b.text.substr(it->first, it->second - it->first), it->first);
        erase_text(b, it->first, it->second);
    }
}

}  // namespace
}  // namespace link_residue

void remove_link_residue(Document& doc, const NoiseOptions& options, const Budget& budget, std::optional<int> page_script) {
    using namespace link_residue;
    if (!options.link_residue) return;
    const Context ctx = read_context(doc, page_script);
    // (Ticked before a block is edited: stopped, every block is cleaned or untouched.)
    BudgetTicker ticker(budget, "noise filtering", 64);
    const LinkedMarkContext marks{[&](std::string_view t) { return ctx.in_page(t); },
                                  [&](std::string_view p) { return ctx.used_once(p); },
                                  [&](std::string_view p) { return ctx.said(p); },
                                  [&](std::string_view l) { return ctx.link_labels(l); }};
    auto clean = [&](Block& b) {
        if (b.kind == BlockKind::code || b.text.empty()) return;
        ticker.tick();
        convert_markdown_links(doc, b);
        if (!b.spans.empty()) remove_linked_marks(doc, b, marks);
        remove_bracketed(doc, b, ctx);
        remove_bare_markers(doc, b, ctx);
        remove_space_before_punct(doc, b, ctx);
    };
    remove_jump_links(doc, marks);
    for_each_text_block(doc.body, clean);
    // The subtitle (a dek, or the first paragraph of a text under its title) is article text
    // too: an orphan marker there is as much residue as in the body.
    if (!doc.meta.subtitle.empty() && !doc.body.empty()) {
        Block dek;
        dek.text = std::move(doc.meta.subtitle);
        clean(dek);
        doc.meta.subtitle = std::move(dek.text);
    }
}

void remove_link_residue(Document& doc, const NoiseOptions& options, const Budget& budget) {
    remove_link_residue(doc, options, budget, std::nullopt);
}

std::string residue_fold(std::string_view text, bool decode_all) { return fold_case(text, decode_all); }

}  // namespace winnow::detail