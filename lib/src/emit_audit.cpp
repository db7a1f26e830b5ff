// Stage — emit (audit): one self-contained HTML page (inline CSS, no script, nothing loaded
// from elsewhere) that shows the metadata, the kept article, and every removed block and
// span where it was, struck through and coloured by reason, with reason and score on hover.
//
// Placing removals: blocks are numbered in pre-order before the filters run (Block::order)
// and every Removal names its block. A removed block is written before the first kept block
// with a larger number; inside a container only between kept children (a number between two
// kept siblings can only belong to that container), else after the container. Cut spans are
// put back into their block's text in reverse order of removal, at the offset each was cut.
#include <winnow/winnow.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace winnow {

namespace {

// Appends text escaped for HTML content and attribute values, leaving out what an HTML
// parser reports as an error in the input stream (controls, noncharacters) and replacing
// invalid UTF-8 with U+FFFD.
void esc(std::string& out, std::string_view s, bool newline_as_br = false) {
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            switch (c) {
                case '&': out += "&amp;"; break;
                case '<': out += "&lt;"; break;
                case '>': out += "&gt;"; break;
                case '"': out += "&quot;"; break;
                case '\'': out += "&#39;"; break;
                case '\n': out += newline_as_br ? "<br>" : "\n"; break;
                case '\t': out += '\t'; break;
                default:
                    if (c >= 0x20 && c != 0x7F) out += static_cast<char>(c);
            }
            continue;
        }
        const std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
        bool ok = len >= 2 && i + len <= s.size();
        char32_t cp = ok ? (c & (0xFF >> (len + 1))) : 0;
        for (std::size_t k = 1; ok && k < len; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            ok = (cc & 0xC0) == 0x80;
            cp = (cp << 6) | (cc & 0x3F);
        }
        ok = ok && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF) &&
             cp >= (len == 2 ? 0x80u : len == 3 ? 0x800u : 0x10000u);
        if (!ok) {
            out += "\xEF\xBF\xBD";
            ++i;
            continue;
        }
        const bool control = cp >= 0x80 && cp <= 0x9F;
        const bool nonchar = (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
        if (!control && !nonchar) out.append(s.substr(i, len));
        i += len;
    }
}

std::string_view reason_class(RemovalReason r) {
    switch (r) {
        case RemovalReason::boilerplate: return "boilerplate";
        case RemovalReason::repeated_block: return "repeated";
        case RemovalReason::promo: return "promo";
        case RemovalReason::site_boilerplate: return "site";
        case RemovalReason::garbage: return "garbage";
        case RemovalReason::residue: return "residue";
        case RemovalReason::empty: return "empty";
    }
    return "boilerplate";
}

constexpr std::array<RemovalReason, 7> all_reasons{RemovalReason::boilerplate, RemovalReason::repeated_block,
                                                   RemovalReason::promo, RemovalReason::site_boilerplate,
                                                   RemovalReason::garbage, RemovalReason::residue,
                                                   RemovalReason::empty};

constexpr std::string_view style = R"(
body{font:16px/1.55 Georgia,"DejaVu Serif",serif;color:#1d1d1d;background:#fff;max-width:50em;margin:1.5em auto;padding:0 1.2em}
header{font:14px/1.45 "DejaVu Sans",Arial,sans-serif;border-bottom:1px solid #ccc;margin-bottom:1.4em;padding-bottom:.8em}
header h1{font-size:18px;margin:0 0 .5em}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.15em 1em;margin:0 0 .8em}
dl.meta dt{color:#666}dl.meta dd{margin:0}
ul.legend{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.4em 1.4em}
ul.legend li{white-space:nowrap}
.sw{display:inline-block;width:.9em;height:.9em;margin-right:.35em;vertical-align:-.1em;border-radius:2px;border:1px solid #0003}
del.removed,.removed del{text-decoration:line-through;text-decoration-thickness:2px}
del.removed{padding:0 .15em;border-radius:2px}
div.removed,li.removed,td.removed{border-left:4px solid;padding:.25em .6em;margin:.6em 0;font-size:.92em}
.r-boilerplate{color:#555;background:#eee;border-color:#888}
.r-repeated{color:#8a4b08;background:#fdebd0;border-color:#e67e22}
.r-promo{color:#922b21;background:#fadbd8;border-color:#c0392b}
.r-site{color:#5b2c6f;background:#ebdef0;border-color:#8e44ad}
.r-garbage{color:#4d5600;background:#eef3c6;border-color:#8a9a00}
.r-residue{color:#1a5276;background:#d6eaf8;border-color:#2980b9}
.r-empty{color:#999;background:#f6f6f6;border-color:#ccc}
.sw.r-boilerplate{background:#888}.sw.r-repeated{background:#e67e22}.sw.r-promo{background:#c0392b}
.sw.r-site{background:#8e44ad}.sw.r-garbage{background:#8a9a00}.sw.r-residue{background:#2980b9}.sw.r-empty{background:#ccc}
pre{background:#f4f4f4;padding:.6em;overflow:auto}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em}
figure{margin:1em 0}.picture{font:13px "DejaVu Sans",sans-serif;color:#666;border:1px dashed #bbb;padding:.4em;word-break:break-all}
blockquote{border-left:3px solid #ccc;margin-left:0;padding-left:1em;color:#444}
)";

// What a container holds, so a removal written between its children has the right element.
enum class Holder { flow, list, table, row };

class AuditWriter {
public:
    explicit AuditWriter(const Document& doc) : doc_(doc) {
        for (const auto& r : doc.removed) {
            // Nothing visible to show: empty blocks, and the blank blocks trailing a removed unit
            // (counted in the legend all the same).
            if (r.reason == RemovalReason::empty || r.text.find_first_not_of(" \t\n\r\xC2\xA0") == std::string::npos) continue;
            if (r.span) spans_of_.push_back(&r);
            else pending_.push_back(&r);
        }
        std::vector<std::uint32_t> kept;
        collect_orders(doc.body, kept);
        std::sort(kept.begin(), kept.end());
        // Spans cut from a block that later went as a whole are shown where that block was.
        for (const Removal* r : spans_of_)
            if (!std::binary_search(kept.begin(), kept.end(), r->block) || r->block == 0) pending_.push_back(r);
        std::stable_sort(pending_.begin(), pending_.end(),
                         [](const Removal* a, const Removal* b) { return a->block < b->block; });
        // By block, in the order they were made within each block (looked up per block).
        std::stable_sort(spans_of_.begin(), spans_of_.end(),
                         [](const Removal* a, const Removal* b) { return a->block < b->block; });
    }

    std::string page() {
        out_ += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
        out_ += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>winnow audit: ";
        esc(out_, doc_.meta.title.empty() ? std::string_view("untitled") : std::string_view(doc_.meta.title));
        out_ += "</title>\n<style>";
        out_ += style;
        out_ += "</style>\n</head>\n<body>\n<header>\n<h1>winnow audit</h1>\n";
        metadata();
        legend();
        out_ += "</header>\n<main><article";
        if (!doc_.meta.language.empty()) {
            out_ += " lang=\"";
            esc(out_, doc_.meta.language);
            out_ += '"';
        }
        out_ += ">\n";
        blocks(doc_.body, Holder::flow);
        flush(UINT32_MAX, Holder::flow);
        out_ += "</article></main>\n</body>\n</html>\n";
        return std::move(out_);
    }

private:
    const Document& doc_;
    std::string out_;
    std::vector<const Removal*> pending_;    // block removals (and orphan spans) by Removal::block
    std::size_t next_pending_ = 0;
    std::vector<const Removal*> spans_of_;   // span removals by block, in the order they were made

    static void collect_orders(const std::vector<Block>& blocks, std::vector<std::uint32_t>& out) {
        for (const auto& b : blocks) {
            out.push_back(b.order);
            collect_orders(b.children, out);
        }
    }

    void metadata() {
        const Metadata& m = doc_.meta;
        out_ += "<dl class=\"meta\">\n";
        auto row = [&](std::string_view name, std::string_view value) {
            if (value.empty()) return;
            out_ += "<dt>";
            out_ += name;
            out_ += "</dt><dd>";
            esc(out_, value);
            out_ += "</dd>\n";
        };
        row("title", m.title);
        row("subtitle", m.subtitle);
        std::string authors;
        for (const auto& a : m.authors) {
            if (!authors.empty()) authors += "; ";
            authors += a.name;
            if (!a.role.empty()) authors += " (" + a.role + ")";
        }
        row("authors", authors);
        row("published", m.published);
        row("modified", m.modified);
        row("site", m.site);
        row("url", m.url);
        row("canonical", m.canonical_url);
        row("language", m.language);
        std::string tags;
        for (const auto& t : m.tags) tags += (tags.empty() ? "" : ", ") + t;
        row("tags", tags);
        row("description", m.description);
        row("charset", doc_.source_charset);
        for (const auto& w : doc_.warnings) row("warning", w);
        out_ += "</dl>\n";
    }

    void legend() {
        out_ += "<ul class=\"legend\">\n";
        for (RemovalReason r : all_reasons) {
            std::size_t blocks = 0, spans = 0;
            for (const auto& x : doc_.removed)
                if (x.reason == r) (x.span ? spans : blocks)++;
            out_ += "<li data-reason=\"";
            out_ += to_string(r);
            out_ += "\"><span class=\"sw r-";
            out_ += reason_class(r);
            out_ += "\"></span>";
            out_ += to_string(r);
            out_ += ": <b class=\"count\">" + std::to_string(blocks + spans) + "</b>";
            if (spans) out_ += " (" + std::to_string(spans) + (spans == 1 ? " span)" : " spans)");
            if (r == RemovalReason::empty && blocks + spans) out_ += " not shown";
            out_ += "</li>\n";
        }
        out_ += "</ul>\n";
    }

    void attributes(const Removal& r) {
        char score[32];
        std::snprintf(score, sizeof score, "%.2f", r.score);
        out_ += " class=\"removed r-";
        out_ += reason_class(r.reason);
        out_ += "\" data-reason=\"";
        out_ += to_string(r.reason);
        out_ += "\" title=\"removed: ";
        out_ += to_string(r.reason);
        out_ += ", score ";
        out_ += score;
        out_ += '"';
    }

    // Writes every pending removal numbered below `before`, as elements the holder may contain.
    void flush(std::uint32_t before, Holder holder) {
        for (; next_pending_ < pending_.size() && pending_[next_pending_]->block < before; ++next_pending_) {
            const Removal& r = *pending_[next_pending_];
            const char* tag = holder == Holder::list ? "li" : holder == Holder::row ? "td" : "div";
            if (holder == Holder::table) out_ += "<tr><td colspan=\"99\"";
            else {
                out_ += '<';
                out_ += tag;
            }
            attributes(r);
            out_ += "><del>";
            esc(out_, r.text, true);
            out_ += "</del>";
            if (holder == Holder::table) out_ += "</td></tr>\n";
            else {
                out_ += "</";
                out_ += tag;
                out_ += ">\n";
            }
        }
    }

    void blocks(const std::vector<Block>& children, Holder holder) {
        for (const auto& b : children) {
            flush(b.order, holder);
            block(b);
        }
    }

    // Inside a container every removal numbered below a kept child is its own (everything
    // before the container was written before it). Those after the last kept child may lie
    // outside it: they wait for the next kept block.
    void inner_blocks(const std::vector<Block>& children, Holder holder) { blocks(children, holder); }

    void block(const Block& b) {
        switch (b.kind) {
            case BlockKind::heading: {
                std::string tag = "h1";
                tag[1] = static_cast<char>('0' + std::clamp<int>(b.level, 1, 6));
                element(tag, b);
                return;
            }
            case BlockKind::list:
                out_ += b.ordered ? "<ol>\n" : "<ul>\n";
                inner_blocks(b.children, Holder::list);
                out_ += b.ordered ? "</ol>\n" : "</ul>\n";
                return;
            case BlockKind::item:
                out_ += "<li>";
                text(b);
                inner_blocks(b.children, Holder::flow);
                out_ += "</li>\n";
                return;
            case BlockKind::quote:
                out_ += "<blockquote>\n";
                if (!b.text.empty()) element("p", b);
                inner_blocks(b.children, Holder::flow);
                out_ += "</blockquote>\n";
                return;
            case BlockKind::code:
                out_ += "<pre><code>";
                esc(out_, b.text);
                out_ += "</code></pre>\n";
                return;
            case BlockKind::table:
                out_ += "<table>\n";
                inner_blocks(b.children, Holder::table);
                out_ += "</table>\n";
                return;
            case BlockKind::row:
                out_ += "<tr>";
                inner_blocks(b.children, Holder::row);
                out_ += "</tr>\n";
                return;
            case BlockKind::cell:
                out_ += b.header ? "<th>" : "<td>";
                text(b);
                out_ += b.header ? "</th>" : "</td>";
                return;
            case BlockKind::figure:
                out_ += "<figure>";
                // The picture is named, not loaded: the page fetches nothing.
                if (!b.src.empty()) {
                    out_ += "<div class=\"picture\">picture: ";
                    esc(out_, b.src);
                    out_ += "</div>";
                }
                for (const auto& c : b.children) {
                    out_ += "<figcaption>";
                    text(c);
                    out_ += "</figcaption>";
                }
                out_ += "</figure>\n";
                return;
            case BlockKind::caption:
                element("p", b);
                return;
            case BlockKind::paragraph:
                element("p", b);
                if (!b.children.empty()) inner_blocks(b.children, Holder::flow);
                return;
        }
    }

    void element(const std::string& tag, const Block& b) {
        out_ += '<' + tag + '>';
        text(b);
        out_ += "</" + tag + ">\n";
    }

    // The block's text with its spans, and the spans cut from it put back in place.
    void text(const Block& b) {
        struct Piece {
            std::size_t begin = 0, end = 0;  // kept text range
            const Removal* cut = nullptr;    // or a cut span
            std::size_t size() const { return cut ? cut->text.size() : end - begin; }
        };
        std::vector<Piece> pieces{{0, b.text.size(), nullptr}};
        struct ByBlock {
            bool operator()(const Removal* r, std::uint32_t n) const { return r->block < n; }
            bool operator()(std::uint32_t n, const Removal* r) const { return n < r->block; }
        };
        const auto [first, last] = std::equal_range(spans_of_.begin(), spans_of_.end(), b.order, ByBlock{});
        if (b.order != 0)
            for (auto it = std::make_reverse_iterator(last); it != std::make_reverse_iterator(first); ++it) {
                std::size_t at = (*it)->offset, k = 0;
                while (k < pieces.size() && at > pieces[k].size()) at -= pieces[k++].size();
                if (k < pieces.size() && !pieces[k].cut && at > 0 && at < pieces[k].size()) {
                    std::size_t split = pieces[k].begin + at;
                    while (split > pieces[k].begin && (static_cast<unsigned char>(b.text[split]) & 0xC0) == 0x80) --split;
                    Piece tail = pieces[k];
                    tail.begin = split;
                    pieces[k].end = split;
                    pieces.insert(pieces.begin() + static_cast<std::ptrdiff_t>(k) + 1, tail);
                    ++k;
                } else if (k < pieces.size() && at > 0) {
                    ++k;  // at the end of a piece (or inside a cut): after it
                }
                pieces.insert(pieces.begin() + static_cast<std::ptrdiff_t>(std::min(k, pieces.size())), Piece{0, 0, *it});
            }
        for (const Piece& p : pieces) {
            if (p.cut) {
                out_ += "<del";
                attributes(*p.cut);
                out_ += '>';
                esc(out_, p.cut->text, true);
                out_ += "</del>";
            } else if (p.end > p.begin) {
                inline_range(b, p.begin, p.end);
            }
        }
    }

    // Text [from, to) with its spans. Each stretch between span edges opens and closes its own
    // tags, so overlapping spans still give well-nested HTML.
    void inline_range(const Block& b, std::size_t from, std::size_t to) {
        if (b.spans.empty() || b.spans.size() > 500) {
            esc(out_, std::string_view(b.text).substr(from, to - from), true);
            return;
        }
        std::vector<std::size_t> edges{from, to};
        for (const auto& s : b.spans)
            for (std::size_t e : {std::size_t(s.begin), std::size_t(s.end)})
                if (e > from && e < to) edges.push_back(e);
        std::sort(edges.begin(), edges.end());
        edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
        for (std::size_t k = 0; k + 1 < edges.size(); ++k) {
            const std::size_t a = edges[k], z = edges[k + 1];
            std::vector<const Span*> on;
            for (const auto& s : b.spans)
                if (s.begin <= a && s.end >= z) on.push_back(&s);
            for (const Span* s : on) open(*s);
            esc(out_, std::string_view(b.text).substr(a, z - a), true);
            for (auto it = on.rbegin(); it != on.rend(); ++it) close(**it);
        }
    }

    static bool web_link(std::string_view t) {
        return t.starts_with("http://") || t.starts_with("https://") || t.starts_with("mailto:");
    }

    void open(const Span& s) {
        switch (s.kind) {
            case Span::Kind::emphasis: out_ += "<em>"; break;
            case Span::Kind::strong: out_ += "<strong>"; break;
            case Span::Kind::code: out_ += "<code>"; break;
            case Span::Kind::link:
                if (web_link(s.target)) {
                    out_ += "<a href=\"";
                    esc(out_, s.target);
                    out_ += "\" rel=\"noreferrer\">";
                } else {
                    out_ += "<span class=\"link\">";
                }
                break;
        }
    }

    void close(const Span& s) {
        switch (s.kind) {
            case Span::Kind::emphasis: out_ += "</em>"; break;
            case Span::Kind::strong: out_ += "</strong>"; break;
            case Span::Kind::code: out_ += "</code>"; break;
            case Span::Kind::link: out_ += web_link(s.target) ? "</a>" : "</span>"; break;
        }
    }
};

}  // namespace

std::string to_audit_html(const Document& doc) { return AuditWriter(doc).page(); }

}  // namespace winnow
